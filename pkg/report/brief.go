package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
	"github.com/claimdiff/claimdiff/pkg/safe"
)

// Brief is a fact-check's preparation for one dispute.
type Brief struct {
	Conflict  claimdiff.Conflict
	Consensus claimdiff.Consensus
	Questions map[string][]string // by source
}

// NewBrief prepares the brief of a dispute: what is agreed among its
// sources, what is not, and what to ask each.
func NewBrief(c claimdiff.Conflict, opt compare.Options) Brief {
	b := Brief{Conflict: c, Questions: map[string][]string{}}
	asOf := c.Until
	cons := compare.ConsensusAsOf(c.Claims, asOf, wideWindow(opt, c))
	for _, x := range cons {
		if x.Quantity == c.Quantity {
			b.Consensus = x
		}
	}
	q := c.Quantity
	for _, v := range c.Voices {
		cl := c.Claims[v.Claims[0]]
		var qs []string
		qs = append(qs, fmt.Sprintf("What is the figure of %s (%s) based on: a count, an estimate, intelligence? Can the underlying data be shared?",
			Interval(v.Low, v.High), cl.Raw))
		if q.Location != "" {
			qs = append(qs, fmt.Sprintf("Does it count %s in %s only, or in a wider or narrower area?", q.Subject, q.Location))
		}
		if q.Kind == claimdiff.Standing {
			qs = append(qs, "As of which day does it hold? Is it a running total, or a count since a given date?")
		} else {
			qs = append(qs, fmt.Sprintf("Which days exactly does %q cover?", cl.Period))
		}
		if cl.Via != "" {
			qs = append(qs, fmt.Sprintf("Was it given to %s as quoted, and is there a record of the statement?", cl.Via))
		}
		if strings.HasPrefix(cl.Source, "unnamed") || cl.SourceKind == claimdiff.KindAnonymous {
			qs = append(qs, "Can the outlet say which office the unnamed source speaks for, and whether another source confirms the figure?")
		}
		for _, p := range c.Pairs {
			other := -1
			switch {
			case contains(v.Claims, p.A):
				other = p.B
			case contains(v.Claims, p.B):
				other = p.A
			}
			if other >= 0 {
				o := c.Claims[other]
				qs = append(qs, fmt.Sprintf("How does it square with %s's %s (%s), stated %s?", o.Source, Interval(o.Low, o.High),
					o.Raw, dash(claimdiff.FormatDate(o.StatedOn))))
			}
		}
		b.Questions[v.Source] = dedupeStrings(qs)
	}
	return b
}

// wideWindow makes the brief's consensus see every claim of the dispute.
func wideWindow(opt compare.Options, c claimdiff.Conflict) compare.Options {
	days := int(c.Until.Sub(c.Since).Hours()/24) + 1
	if days > opt.Window {
		opt.Window = days
	}
	return opt
}

func contains(list []int, x int) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}

func dedupeStrings(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// agreed says what the sources agree on.
func (b *Brief) agreed() string {
	c := b.Consensus
	if len(c.Support) == 0 {
		return "Nothing: the sources split evenly (" + compare.Describe(c) + ")."
	}
	return fmt.Sprintf("%s is held by %s.", compare.Describe(c), strings.Join(c.Support, ", "))
}

// disagreements lists the pairs in conflict for people.
func (b *Brief) disagreements() []string {
	c := &b.Conflict
	var out []string
	for _, p := range c.Pairs {
		a, o := c.Claims[p.A], c.Claims[p.B]
		why := map[claimdiff.ConflictKind]string{
			claimdiff.Intervals:             "the figures do not meet",
			claimdiff.UpperBound:            "the upper bound lies far above the other figure",
			claimdiff.PartAboveWhole:        "the figure for a part is above the figure for the whole",
			claimdiff.KilledAboveCasualties: "more killed than casualties",
		}[p.Kind]
		out = append(out, fmt.Sprintf("%s (%s, %s, %s) against %s (%s, %s, %s): %s; gap %.0f%%, %s.",
			a.Source, Interval(a.Low, a.High), dash(a.Location), dash(claimdiff.FormatDate(a.StatedOn)),
			o.Source, Interval(o.Low, o.High), dash(o.Location), dash(claimdiff.FormatDate(o.StatedOn)), why, 100*p.Gap, p.Severity))
	}
	return out
}

// WriteBrief writes the brief as text or Markdown. Text from data is made
// safe for the medium: one line of prose each, control characters shown
// escaped (safe.Line), or inline Markdown (safe.Markdown), so that a source
// or a quote never starts a line, a heading or a table of its own.
func WriteBrief(w io.Writer, b *Brief, f Format) error {
	c := &b.Conflict
	var s strings.Builder
	h := func(level int, title string) {
		if f == FormatMD {
			s.WriteString(strings.Repeat("#", level) + " " + title + "\n\n")
		} else {
			s.WriteString(title + "\n" + strings.Repeat(map[int]string{1: "=", 2: "-"}[level], len([]rune(title))) + "\n\n")
		}
	}
	esc := safe.Line
	if f == FormatMD {
		esc = safe.Markdown
	}
	h(1, "Fact-check brief: "+esc(c.Quantity.String()))
	fmt.Fprintf(&s, "Dispute %s · %s · gap %.0f%% · stated %s to %s\n\n", c.ID, severityLabel(c), 100*c.Gap,
		dash(claimdiff.FormatDate(c.Since)), dash(claimdiff.FormatDate(c.Until)))
	h(2, "The claims")
	for i, cl := range c.Claims {
		fmt.Fprintf(&s, "%d. %s (%s%s): %s — %s\n", i+1, esc(cl.Source), cl.SourceKind, viaText(cl.Via, esc),
			esc(cl.Raw), Interval(cl.Low, cl.High))
		fmt.Fprintf(&s, "   %s, published %s, stated %s\n", esc(cl.OutletName()), dash(claimdiff.FormatDate(cl.Published)),
			dash(claimdiff.FormatDate(cl.StatedOn)))
		fmt.Fprintf(&s, "   > %s\n", esc(cl.Quote))
		s.WriteString("   " + articleLine(&c.Claims[i], f, esc) + "\n\n")
	}
	h(2, "Independent sources")
	for _, v := range c.Voices {
		fmt.Fprintf(&s, "- %s: %s, carried by %s\n", esc(v.Source), Interval(v.Low, v.High), esc(strings.Join(v.Outlets, ", ")))
	}
	s.WriteString("\n")
	h(2, "What is agreed")
	s.WriteString(esc(b.agreed()) + "\n\n")
	h(2, "What is not")
	for _, d := range b.disagreements() {
		s.WriteString("- " + esc(d) + "\n")
	}
	s.WriteString("\n")
	h(2, "What to ask")
	for _, v := range c.Voices {
		fmt.Fprintf(&s, "%s:\n", esc(v.Source))
		for _, q := range b.Questions[v.Source] {
			s.WriteString("- " + esc(q) + "\n")
		}
		s.WriteString("\n")
	}
	_, err := io.WriteString(w, s.String())
	return err
}

// articleLine leads a reader of the brief to the claim's article: its
// title and URL where they are known (in Markdown a link, made only of an
// http or https URL), else the article's key, which 'claimdiff claims
// --article' takes.
func articleLine(cl *claimdiff.Claim, f Format, esc func(string) string) string {
	url := cl.ArticleURL()
	switch {
	case url == "" && cl.Title == "":
		return "article " + esc(cl.Article) + " (no URL or title stored)"
	case url == "":
		return "“" + esc(cl.Title) + "” (article " + esc(cl.Article) + ", no URL stored)"
	case f == FormatMD:
		if !claimdiff.WebURL(url) {
			return esc(articleLabel(cl)) + " " + esc(url)
		}
		return mdLink(esc(articleLabel(cl)), url)
	case cl.Title == "":
		return esc(url)
	}
	return "“" + esc(cl.Title) + "” " + esc(url)
}

func viaText(via string, esc func(string) string) string {
	if via == "" {
		return ""
	}
	return ", via " + esc(via)
}

// briefJSON is the stable JSON shape of a brief; see the README.
type briefJSON struct {
	Dispute       conflictJSON        `json:"dispute"`
	Agreed        string              `json:"agreed"`
	Consensus     *intervalJSON       `json:"consensus"`
	Support       []string            `json:"support"`
	Disagreements []string            `json:"disagreements"`
	Questions     map[string][]string `json:"questions"`
}

type intervalJSON struct {
	Low  *float64 `json:"low"`
	High *float64 `json:"high"`
}

// WriteBriefJSON writes the brief in the documented JSON shape.
func WriteBriefJSON(w io.Writer, b *Brief) error {
	out := briefJSON{Dispute: toConflictJSON(&b.Conflict), Agreed: b.agreed(), Support: orEmptyS(b.Consensus.Support),
		Disagreements: b.disagreements(), Questions: b.Questions}
	if len(b.Consensus.Support) > 0 {
		out.Consensus = &intervalJSON{b.Consensus.Low, b.Consensus.High}
	}
	return writeJSON(w, out)
}

// WriteBriefHTML writes the brief as one self-contained page.
func WriteBriefHTML(w io.Writer, b *Brief) error {
	var md strings.Builder
	c := &b.Conflict
	pageStart(&md, "Fact-check brief: "+c.Quantity.String())
	fmt.Fprintf(&md, "<h1>Fact-check brief: %s</h1>\n<p class=\"meta\">Dispute %s · %s · gap %.0f%% · stated %s to %s</p>\n",
		escapeHTML(c.Quantity.String()), escapeHTML(c.ID), escapeHTML(severityLabel(c)), 100*c.Gap,
		escapeHTML(dash(claimdiff.FormatDate(c.Since))), escapeHTML(dash(claimdiff.FormatDate(c.Until))))
	md.WriteString(Timeline(c))
	md.WriteString("<h2>The claims</h2>\n")
	disputeHTML(&md, c)
	md.WriteString("<h2>What is agreed</h2>\n<p>" + escapeHTML(b.agreed()) + "</p>\n<h2>What is not</h2>\n<ul>")
	for _, d := range b.disagreements() {
		md.WriteString("<li>" + escapeHTML(d) + "</li>")
	}
	md.WriteString("</ul>\n<h2>What to ask</h2>\n")
	for _, v := range c.Voices {
		md.WriteString("<h3>" + escapeHTML(v.Source) + "</h3><ul>")
		for _, q := range b.Questions[v.Source] {
			md.WriteString("<li>" + escapeHTML(q) + "</li>")
		}
		md.WriteString("</ul>\n")
	}
	pageEnd(&md)
	_, err := io.WriteString(w, md.String())
	return err
}
