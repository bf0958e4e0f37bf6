package extract

import (
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// attribute decides who puts figure f of sentence si forward, and returns
// the token of the cue that says so (-1 when none does).
//
// In order: the nearest attribution in the sentence ("laut X", "sagte X",
// "X zufolge", "citing X"); a quotation's speaker; the last source, when
// the sentence is German reported speech (Konjunktiv, "soll", "demnach");
// a source named in the next sentence that points back ("Das teilte die
// Polizei mit"); else the outlet itself.
func (d *doc) attribute(f *figure, si int) (source, int) {
	cues := d.usableCues(si)
	// A cue in the figure's own clause speaks for it before any other: "Die
	// Polizei schätzte die Zahl auf 15.000, die Veranstalter sprachen von
	// 40.000".
	s := d.sents[si]
	clause := d.clauseStart(f.start, s.start)
	var own []cue
	for _, c := range cues {
		if d.clauseStart(c.at, s.start) == clause {
			own = append(own, c)
		}
	}
	if len(own) > 0 {
		cues = own
	}
	best, bestDist := -1, 1<<30
	for i, c := range cues {
		var dist int
		switch {
		case c.end <= f.start:
			dist = f.start - c.end
		case c.at >= f.end:
			dist = c.at - f.end
			if c.kind == cuePrep || c.kind == cueAnaphor {
				dist += 3 // "laut X" speaks for what follows it
			}
		default:
			dist = 0
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 {
		c := cues[best]
		if c.inherits {
			if d.last.src.ok() {
				return d.last.src, c.at
			}
		} else {
			return c.src, c.at
		}
	}
	if src, ok := d.quoteSpeaker(si); ok {
		return src, -1
	}
	if d.reportedSpeech(si) && d.last.src.ok() && si-d.last.srcSent <= 3 {
		return d.last.src, -1
	}
	if si+1 < len(d.sents) && d.pointsBack(si+1) {
		for _, c := range d.usableCues(si + 1) {
			if !c.inherits {
				return c.src, -1
			}
		}
	}
	return d.outlet(), -1
}

// usableCues drops a speech verb that a relay right after it refines:
// "berichtete der Sender Al-Masirah unter Berufung auf das Ministerium".
func (d *doc) usableCues(si int) []cue {
	cues := d.sentenceCues(si)
	var out []cue
	for i, c := range cues {
		if c.kind == cueVerb {
			superseded := false
			for _, r := range cues[i+1:] {
				if r.kind == cueRelay && r.at-c.end <= 8 {
					superseded = true
				}
			}
			if superseded {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// outlet is the source of a figure nobody is cited for: the outlet, or
// "unattributed" when the outlet is unknown.
func (d *doc) outlet() source {
	if d.meta.Outlet != "" {
		return d.canonicalOutlet(d.meta.Outlet)
	}
	return source{name: "unattributed", kind: claimdiff.KindOther}
}

func (d *doc) canonicalOutlet(name string) source {
	return source{name: name, kind: claimdiff.KindMedia, text: name}
}

// reportedSpeech: the sentence is German indirect speech or hearsay —
// "seien", "habe", "könne", "soll", "demnach" — and so carries the last
// source on.
func (d *doc) reportedSpeech(si int) bool {
	s := d.sents[si]
	for k := s.start; k < s.end; k++ {
		if _, ok := d.at(d.l.reported, k, s.end); ok {
			return true
		}
	}
	return false
}

// pointsBack: the sentence opens with "Das", "Dies", "This" and attributes:
// "Das haben Aussagen von Überlebenden ergeben, wie … twitterte."
func (d *doc) pointsBack(si int) bool {
	s := d.sents[si]
	switch d.toks[s.start].Lower {
	case "das", "dies", "this", "that", "these":
	default:
		return false
	}
	// "Das haben … ergeben", not "Das Rote Kreuz berichtete".
	if n := d.tok(s.start + 1); n == nil || n.Kind != lang.Word || startsUpperRune(n.Text) {
		return false
	}
	for _, c := range d.sentenceCues(si) {
		if !c.inherits {
			return true
		}
	}
	return false
}

// remember updates the discourse with what sentence si named.
func (d *doc) remember(si int) {
	cues := d.sentenceCues(si)
	// Bodies named without speaking are what "der Geheimdienst" may point
	// back to later: "…, der südkoreanische Geheimdienst gehe davon aus".
	if !d.sents[si].headline {
		for _, m := range d.mentCache[si] {
			if !m.pronoun && !m.recipient && m.src.ok() && m.src.role == roleBody && m.src.org == nil {
				d.notePlain(m.src)
			}
		}
	}
	for _, c := range cues {
		if c.inherits || !c.src.ok() || d.sents[si].headline {
			continue
		}
		d.last.src, d.last.srcSent = c.src, si
		if c.src.org != nil {
			d.note(*c.src.org)
		}
		d.note(c.src)
		if c.src.role == rolePerson {
			d.last.speaker = c.src
			d.last.speaker.via = ""
		}
	}
}

// notePlain adds a source to those anaphora may point back to, the most
// recent first, eight at most, without making it the last speaker of its
// kind.
func (d *doc) notePlain(s source) {
	s.via = ""
	if len(d.last.bodies) < 8 {
		d.last.bodies = append(d.last.bodies, source{})
	}
	copy(d.last.bodies[1:], d.last.bodies)
	d.last.bodies[0] = s
}

func (d *doc) note(s source) {
	s.via = ""
	switch s.role {
	case rolePerson:
		d.last.person = s
	case roleOfficial:
		d.last.official = s
	case roleBody, roleMetonym:
		d.last.body = s
	}
	d.notePlain(s)
}

// quoteSpan is a quotation: the tokens of its opening and closing marks.
type quoteSpan struct{ open, close int }

// findQuotes pairs quotation marks: „…“ and “…” and »…« and "…".
func (d *doc) findQuotes() {
	var stack []int
	straight := -1
	for i := range d.toks {
		t := &d.toks[i]
		if t.Kind != lang.Punct {
			continue
		}
		switch t.Text {
		case "„", "«", "»":
			if t.Text == "«" && len(stack) > 0 && d.toks[stack[len(stack)-1]].Text == "»" {
				d.quotes = append(d.quotes, quoteSpan{stack[len(stack)-1], i})
				stack = stack[:len(stack)-1]
				continue
			}
			stack = append(stack, i)
		case "“":
			if len(stack) > 0 && d.toks[stack[len(stack)-1]].Text == "„" {
				d.quotes = append(d.quotes, quoteSpan{stack[len(stack)-1], i})
				stack = stack[:len(stack)-1]
			} else {
				stack = append(stack, i) // English opening mark
			}
		case "”":
			if len(stack) > 0 {
				d.quotes = append(d.quotes, quoteSpan{stack[len(stack)-1], i})
				stack = stack[:len(stack)-1]
			}
		case "\"":
			if straight < 0 {
				straight = i
			} else {
				d.quotes = append(d.quotes, quoteSpan{straight, i})
				straight = -1
			}
		}
	}
}

// quoteSpeaker: a sentence inside a quotation that runs over several
// sentences belongs to the speaker named where the quotation closes
// ("…“, fügte er hinzu") or opens ("sagte Umerov: „…").
func (d *doc) quoteSpeaker(si int) (source, bool) {
	s := d.sents[si]
	for _, q := range d.quotes {
		if q.open > s.start || q.close < s.end-1 {
			if !(q.open <= s.start && q.close >= s.end-2) {
				continue
			}
		}
		// The sentences where it closes and opens.
		for sj := si; sj < len(d.sents) && sj <= si+4; sj++ {
			if d.sents[sj].start <= q.close && q.close < d.sents[sj].end {
				for _, c := range d.usableCues(sj) {
					if c.at > q.close && !c.inherits {
						return c.src, true
					}
				}
				break
			}
		}
		for sj := si; sj >= 0 && sj >= si-4; sj-- {
			if d.sents[sj].start <= q.open && q.open < d.sents[sj].end {
				for _, c := range d.usableCues(sj) {
					if c.end <= q.open && !c.inherits {
						return c.src, true
					}
				}
				break
			}
		}
	}
	return source{}, false
}

// findAcronyms reads the article's own acronyms — "Wahlkommission (IEC)",
// "National Intelligence Service(NIS)" — so that a later "die
// Wahlkommission" is the IEC.
func (d *doc) findAcronyms() {
	d.acronyms = map[string]source{}
	d.acronymText = map[string]source{}
	for i := 2; i+1 < len(d.toks); i++ {
		if d.toks[i-1].Text != "(" || d.toks[i+1].Text != ")" || !isAcronymText(d.toks[i].Text) {
			continue
		}
		acr := d.toks[i].Text
		src := source{name: acr, kind: claimdiff.KindOfficial, text: acr, role: roleBody}
		if n := lang.Sources().Lookup(acr); n != nil {
			src = d.fromNamed(n, acr)
		}
		d.acronymText[acr] = src
		// The kind of body named just before: its head word, and the whole.
		for j := i - 2; j >= 0 && j >= i-5; j-- {
			if d.toks[j].Kind != lang.Word {
				break
			}
			if m, ok := d.l.orgTypes.At(d.toks[:i-1], j); ok {
				d.acronyms[lang.Lower(d.span(m.Start, m.End))] = src
				break
			}
		}
	}
}

// country is the country the article is most about, by how often it names
// the country, its people, or places in it. Ministries and governments
// named without a country belong to it.
// region is the region the article is most about, when its country's
// regions have governments of their own (lang.RegionalGovernments); nil
// otherwise.
func (d *doc) region() *lang.Named {
	if !d.regionDone {
		d.regionDone = true
		d.regionOf = d.mostNamed(governingRegion)
	}
	return d.regionOf
}

// country is the country the article names most, through its places.
func (d *doc) country() *lang.Named {
	if !d.countryDone {
		d.countryDone = true
		d.countryOf = d.mostNamed(d.countryOfPlace)
	}
	return d.countryOf
}

// mostNamed is the place the article names most often through of (the
// country of each place named, say); ties go to the first name in
// alphabetical order; nil when of finds none.
func (d *doc) mostNamed(of func(*lang.Named) *lang.Named) *lang.Named {
	count := map[*lang.Named]int{}
	for k := 0; k < len(d.toks); k++ {
		if d.toks[k].Kind != lang.Word {
			continue
		}
		p, ok := d.place(k, len(d.toks))
		if !ok {
			continue
		}
		if n := of(p.Named); n != nil {
			count[n]++
		}
		k = p.End - 1
	}
	var most *lang.Named
	best := 0
	for n, c := range count {
		if c > best || c == best && n.Name < most.Name {
			best, most = c, n
		}
	}
	return most
}

// period is the phrase that makes a figure a count over a stated interval
// or an increment: "weitere", "am Samstag und Sonntag", "binnen 24 Stunden".
func (d *doc) period(f *figure, c *counted, s sentence) string {
	if c.increment != "" {
		return c.increment
	}
	if t := d.tok(f.end); t != nil && f.end < s.end {
		if m, ok := d.at(d.l.increment, f.end, s.end); ok && m.Entry.Phrase != "mehr" && m.Entry.Phrase != "more" {
			return d.span(m.Start, m.End)
		}
	}
	if f.start > s.start {
		if m, ok := d.ending(d.l.increment, f.start); ok && m.Start >= s.start && m.Entry.Phrase != "mehr" && m.Entry.Phrase != "more" && m.Entry.Phrase != "new" && m.Entry.Phrase != "neue" {
			return d.span(m.Start, m.End)
		}
	}
	best, bestDist := "", 1<<30
	for k := s.start; k < s.end; k++ {
		m, ok := d.at(d.l.period, k, s.end)
		if !ok {
			continue
		}
		dist := absInt(k - f.start)
		if dist < bestDist && dist < 16 {
			best, bestDist = d.span(m.Start, m.End), dist
		}
		k = m.End - 1
	}
	return strings.TrimSpace(best)
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
