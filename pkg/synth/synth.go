// Package synth writes a synthetic news corpus for benchmarks: German and
// English articles whose sentences put figures — troop counts, tolls, crowd
// sizes — in the mouths of sources, with varied qualifiers, places, outlets
// and dates, and the claims each article holds. The same Config always
// gives the same corpus, so that figures measured on it can be reproduced.
//
// The text is made for measuring speed, not quality: it is regular where
// real news is not.
package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// Config shapes a corpus. Zero fields take the defaults of Defaults.
type Config struct {
	Seed uint64
	// Articles is how many articles to write; each holds about
	// ClaimsPerArticle claims.
	Articles         int
	ClaimsPerArticle int
	// Quantities is how many things the corpus puts figures on; sources
	// disagree on about one in DisputeEvery figures.
	Quantities   int
	DisputeEvery int
	Sources      int
	Outlets      int
	Start        time.Time
	Days         int
}

// Defaults: ten claims an article, 1,000 quantities, 300 sources, 40
// outlets, two years from 2024-01-01.
var Defaults = Config{Seed: 1, ClaimsPerArticle: 10, Quantities: 1000, DisputeEvery: 8, Sources: 300, Outlets: 40,
	Start: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Days: 730}

// Doc is one synthetic article and the claims it holds, with spans into its
// text.
type Doc struct {
	Article claimdiff.Article
	Claims  []claimdiff.Claim
}

func (c Config) withDefaults() Config {
	d := Defaults
	if c.Seed != 0 {
		d.Seed = c.Seed
	}
	d.Articles = c.Articles
	for _, p := range []struct{ dst, src *int }{{&d.ClaimsPerArticle, &c.ClaimsPerArticle}, {&d.Quantities, &c.Quantities},
		{&d.DisputeEvery, &c.DisputeEvery}, {&d.Sources, &c.Sources}, {&d.Outlets, &c.Outlets}, {&d.Days, &c.Days}} {
		if *p.src > 0 {
			*p.dst = *p.src
		}
	}
	if !c.Start.IsZero() {
		d.Start = c.Start
	}
	return d
}

// quantity is a thing the corpus counts, with its true value.
type quantity struct {
	thing    thing
	place    place
	base     float64
	language string
}

// Generate calls fn with each article of the corpus in turn. The Doc is
// reused: fn must copy what it keeps.
func Generate(cfg Config, fn func(*Doc) error) error {
	cfg = cfg.withDefaults()
	r := rand.New(rand.NewPCG(cfg.Seed, 0x636c61696d64))
	// Quantities are distinct pairs of a thing and a place, each with its
	// true value.
	combos := r.Perm(len(things) * len(places))
	quantities := make([]quantity, min(cfg.Quantities, len(combos)))
	for i := range quantities {
		th := things[combos[i]%len(things)]
		quantities[i] = quantity{thing: th, place: places[combos[i]/len(things)],
			base: roundTo(th.scale*(0.5+r.Float64()*4), 2)}
	}
	sources := make([]string, cfg.Sources)
	for i := range sources {
		sources[i] = firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))]
	}
	outlets := make([]string, cfg.Outlets)
	for i := range outlets {
		outlets[i] = fmt.Sprintf("%s %s", outletWords[i%len(outletWords)], outletKinds[(i/len(outletWords))%len(outletKinds)])
	}
	var doc Doc
	var text strings.Builder
	for n := 0; n < cfg.Articles; n++ {
		lang := "de"
		if r.IntN(2) == 1 {
			lang = "en"
		}
		published := cfg.Start.AddDate(0, 0, r.IntN(cfg.Days))
		outlet := outlets[r.IntN(len(outlets))]
		key := fmt.Sprintf("synth-%07d.txt", n)
		text.Reset()
		doc.Claims = doc.Claims[:0]
		title := headline(lang, r)
		text.WriteString(title + "\n\n")
		k := cfg.ClaimsPerArticle/2 + r.IntN(cfg.ClaimsPerArticle+1)
		// An article is about one event: two quantities, and now and then
		// a figure on something else.
		topic := [2]int{r.IntN(len(quantities)), r.IntN(len(quantities))}
		for i := 0; i < k; i++ {
			q := &quantities[topic[i%2]]
			if r.IntN(8) == 0 {
				q = &quantities[r.IntN(len(quantities))]
			}
			value := q.base
			if r.IntN(cfg.DisputeEvery) == 0 {
				value *= 0.3 + r.Float64()*0.5 // a dissenting figure
			} else {
				value *= 0.97 + r.Float64()*0.06
			}
			value = roundTo(value, 2)
			c := sentence(&text, lang, r, q, value, sources[r.IntN(len(sources))], published)
			c.Article, c.Outlet, c.Published = key, outlet, published
			doc.Claims = append(doc.Claims, c)
			if r.IntN(4) == 0 {
				text.WriteString("\n\n")
			} else {
				text.WriteString(" ")
			}
		}
		doc.Article = claimdiff.Article{Key: key, Title: title, Outlet: outlet, Published: published, Language: lang,
			Text: text.String()}
		if err := fn(&doc); err != nil {
			return err
		}
	}
	return nil
}

// sentence writes one sentence holding a figure and returns its claim.
func sentence(b *strings.Builder, lang string, r *rand.Rand, q *quantity, value float64, source string, published time.Time) claimdiff.Claim {
	qual := qualifiers[r.IntN(len(qualifiers))]
	var value2 *float64
	if qual.q == claimdiff.Range {
		value2 = claimdiff.Float(roundTo(value*1.2, 2))
	}
	words := qual.de
	if lang == "en" {
		words = qual.en
	}
	num := formatNumber(value, lang)
	raw := num
	if value2 != nil {
		raw = fmt.Sprintf(words, num, formatNumber(*value2, lang))
	} else if words != "" {
		raw = words + " " + num
	}
	day := published
	when := ""
	if r.IntN(3) == 0 {
		day = published.AddDate(0, 0, -1)
		when = map[string]string{"de": " am Vortag", "en": " the day before"}[lang]
		if lang == "de" {
			when = " am " + germanWeekdays[day.Weekday()]
		} else {
			when = " on " + day.Weekday().String()
		}
	}
	start := b.Len()
	var figAt int
	role := roles[r.IntN(len(roles))]
	switch lang {
	case "de":
		fmt.Fprintf(b, "%s %s sagte%s, ", role.de, source, when)
		figAt = b.Len()
		fmt.Fprintf(b, "%s %s seien in %s %s.", raw, q.thing.de, q.place.de, q.thing.verbDE)
	default:
		figAt = b.Len()
		raw = strings.ToUpper(raw[:1]) + raw[1:]
		fmt.Fprintf(b, "%s %s %s in %s, %s %s said%s.", raw, q.thing.en, q.thing.verbEN, q.place.en, role.en, source, when)
	}
	c := claimdiff.Claim{
		Quote: b.String()[start:], Raw: raw, Qualifier: qual.q, Value: value, Value2: value2,
		Metric: q.thing.metric, Subject: q.thing.subject, Location: q.place.en, Source: source,
		SourceKind: claimdiff.KindOfficial, StatedOn: day,
		Span: claimdiff.Span{Start: figAt, End: figAt + len(raw)},
	}
	c.Low, c.High, _ = claimdiff.Bounds(c.Qualifier, c.Value, c.Value2)
	return c
}

func headline(lang string, r *rand.Rand) string {
	if lang == "de" {
		return headlinesDE[r.IntN(len(headlinesDE))]
	}
	return headlinesEN[r.IntN(len(headlinesEN))]
}

// roundTo keeps the first digits of v: 12,345 to two is 12,000.
func roundTo(v float64, digits int) float64 {
	if v < 1 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v))-float64(digits-1))
	return math.Max(1, math.Round(v/p)*p)
}

// formatNumber writes 12000 as German "12.000" or English "12,000".
func formatNumber(v float64, lang string) string {
	s := claimdiff.FormatNumber(v)
	if lang == "de" {
		s = strings.ReplaceAll(s, ",", ".")
	}
	return s
}

var germanWeekdays = [...]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}
