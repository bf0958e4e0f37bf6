package report

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
)

// WeeklyTables are the weekly diff as tables, one per part: new claims,
// new disputes, resolved disputes, disputes no longer current, consensus
// that moved, revisions.
func WeeklyTables(wd *compare.WeeklyDiff) []NamedTable {
	claims := &Table{Header: []string{"STATED", "SOURCE", "FIGURE", "INTERVAL", "QUANTITY", "OUTLET", "ARTICLE"}}
	for _, c := range wd.NewClaims {
		claims.Append(claimdiff.FormatDate(c.StatedOn), c.Source, c.Raw, Interval(c.Low, c.High), compare.QuantityOf(&c).String(),
			c.OutletName(), articleLabel(&c))
		claims.Link(6, c.ArticleURL())
	}
	disputes := func(cs []claimdiff.Conflict) *Table {
		t := &Table{Header: []string{"ID", "SEVERITY", "QUANTITY", "WHO SAYS WHAT"}, MaxWidth: 60}
		for _, c := range cs {
			t.Append(c.ID, severityLabel(&c), c.Quantity.String(), voicesLine(&c))
		}
		return t
	}
	moved := &Table{Header: []string{"QUANTITY", wd.Against.String(), wd.Week.String(), "SUPPORTED BY"}}
	for _, m := range wd.Moved {
		moved.Append(m.Quantity.String(), compare.Describe(m.From), compare.Describe(m.To), strings.Join(m.To.Support, ", "))
	}
	revisions := &Table{Header: []string{"SOURCE", "QUANTITY", "FROM", "TO", "STATED"}}
	for _, r := range wd.Revisions {
		revisions.Append(r.Source, r.Quantity.String(), Interval(r.From.Low, r.From.High)+" ("+claimdiff.FormatDate(r.From.StatedOn)+")",
			Interval(r.To.Low, r.To.High), claimdiff.FormatDate(r.To.StatedOn))
	}
	return []NamedTable{
		{"New claims", "new-claim", claims},
		{"New disputes", "new-dispute", disputes(wd.NewDisputes)},
		{"Resolved disputes", "resolved-dispute", disputes(wd.Resolved)},
		{"Disputes no longer current", "aged-out-dispute", disputes(wd.AgedOut)},
		{"Consensus that moved", "moved", moved},
		{"Sources that revised their figures", "revision", revisions},
	}
}

// NamedTable is a table with a heading, and the tag its rows carry in a
// pipe.
type NamedTable struct {
	Title, Tag string
	Table      *Table
}

// WriteWeekly writes the weekly diff as text tables, Markdown or CSV.
func WriteWeekly(w io.Writer, wd *compare.WeeklyDiff, f Format, d Display) error {
	tables := WeeklyTables(wd)
	switch f {
	case FormatCSV:
		return WeeklyCSV(wd).Render(w, FormatCSV, Display{})
	case FormatTable:
		if !d.TTY {
			// In a pipe: one tab-separated line a row, tagged with its part.
			// With --header, each part's rows follow a line naming its
			// columns: "part", then the part's own.
			var b strings.Builder
			for _, nt := range tables {
				if d.Header && len(nt.Table.Rows) > 0 {
					b.Reset()
					tsvLine(&b, append([]string{"part"}, nt.Table.Header...))
					if _, err := io.WriteString(w, b.String()); err != nil {
						return err
					}
				}
				for _, r := range nt.Table.Rows {
					b.Reset()
					tsvLine(&b, append([]string{nt.Tag}, r...))
					if _, err := io.WriteString(w, b.String()); err != nil {
						return err
					}
				}
			}
			return nil
		}
	}
	fmt.Fprintf(w, "%sWeek %s (%s to %s) against %s\n\n", mdHeading(f, "# "), wd.Week, claimdiff.FormatDate(wd.Week.Start()),
		claimdiff.FormatDate(wd.Week.End()), wd.Against)
	for _, nt := range tables {
		fmt.Fprintf(w, "%s%s (%d)\n\n", mdHeading(f, "## "), nt.Title, len(nt.Table.Rows))
		if len(nt.Table.Rows) == 0 {
			fmt.Fprintln(w, "none")
			fmt.Fprintln(w)
			continue
		}
		if err := nt.Table.Render(w, f, d); err != nil {
			return err
		}
		fmt.Fprintln(w)
	}
	return nil
}

// WeeklyCSV is the weekly diff as one table with a row per item: each new
// claim, each claim of a new, resolved or no longer current ("aged-out")
// dispute, each quantity whose consensus moved and each revision, tagged
// with its part.
func WeeklyCSV(wd *compare.WeeklyDiff) *Table {
	t := &Table{Header: []string{"part", "dispute", "subject", "metric", "location", "source", "raw", "low", "high",
		"from", "to", "stated_on", "outlet", "article", "url", "title", "quote"}}
	claim := func(part, id string, c *claimdiff.Claim) {
		q := compare.QuantityOf(c)
		t.Append(part, id, q.Subject, string(q.Metric), q.Location, c.Source, c.Raw, num(c.Low), num(c.High), "", "",
			claimdiff.FormatDate(c.StatedOn), c.Outlet, c.Article, c.ArticleURL(), c.Title, c.Quote)
	}
	for i := range wd.NewClaims {
		claim("new-claim", "", &wd.NewClaims[i])
	}
	for _, p := range []struct {
		part string
		cs   []claimdiff.Conflict
	}{{"new-dispute", wd.NewDisputes}, {"resolved-dispute", wd.Resolved}, {"aged-out-dispute", wd.AgedOut}} {
		for _, c := range p.cs {
			for i := range c.Claims {
				claim(p.part, c.ID, &c.Claims[i])
			}
		}
	}
	for _, m := range wd.Moved {
		t.Append("moved", "", m.Quantity.Subject, string(m.Quantity.Metric), m.Quantity.Location, strings.Join(m.To.Support, "; "),
			"", num(m.To.Low), num(m.To.High), compare.Describe(m.From), compare.Describe(m.To), claimdiff.FormatDate(m.To.AsOf), "", "", "", "", "")
	}
	for _, r := range wd.Revisions {
		t.Append("revision", "", r.Quantity.Subject, string(r.Quantity.Metric), r.Quantity.Location, r.Source, r.To.Raw,
			num(r.To.Low), num(r.To.High), Interval(r.From.Low, r.From.High), Interval(r.To.Low, r.To.High),
			claimdiff.FormatDate(r.To.StatedOn), r.To.Outlet, r.To.Article, r.To.ArticleURL(), r.To.Title, r.To.Quote)
	}
	return t
}

func mdHeading(f Format, h string) string {
	if f == FormatMD {
		return h
	}
	return ""
}

// weeklyJSON is the stable JSON shape of a weekly diff; see the README.
type weeklyJSON struct {
	Week        string            `json:"week"`
	Against     string            `json:"against"`
	From        string            `json:"from"`
	To          string            `json:"to"`
	NewClaims   []claimdiff.Claim `json:"new_claims"`
	NewDisputes []conflictJSON    `json:"new_disputes"`
	Resolved    []conflictJSON    `json:"resolved_disputes"`
	AgedOut     []conflictJSON    `json:"aged_out_disputes"`
	Moved       []movedJSON       `json:"consensus_moved"`
	Revisions   []revisionJSON    `json:"revisions"`
	Disputes    []conflictJSON    `json:"disputes"`
}

type movedJSON struct {
	Quantity quantityJSON `json:"quantity"`
	From     string       `json:"from"`
	To       string       `json:"to"`
	Support  []string     `json:"support"`
}

type revisionJSON struct {
	Source   string          `json:"source"`
	Quantity quantityJSON    `json:"quantity"`
	From     claimdiff.Claim `json:"from"`
	To       claimdiff.Claim `json:"to"`
}

// WriteWeeklyJSON writes the weekly diff in the documented JSON shape.
func WriteWeeklyJSON(w io.Writer, wd *compare.WeeklyDiff) error {
	conv := func(cs []claimdiff.Conflict) []conflictJSON {
		out := make([]conflictJSON, len(cs))
		for i := range cs {
			out[i] = toConflictJSON(&cs[i])
		}
		return out
	}
	out := weeklyJSON{Week: wd.Week.String(), Against: wd.Against.String(),
		From: claimdiff.FormatDate(wd.Week.Start()), To: claimdiff.FormatDate(wd.Week.End()),
		NewClaims: orEmpty(wd.NewClaims), NewDisputes: conv(wd.NewDisputes), Resolved: conv(wd.Resolved),
		AgedOut: conv(wd.AgedOut),
		Moved:   []movedJSON{}, Revisions: []revisionJSON{}, Disputes: conv(wd.Disputes)}
	for _, m := range wd.Moved {
		out.Moved = append(out.Moved, movedJSON{toQuantityJSON(m.Quantity), compare.Describe(m.From), compare.Describe(m.To), orEmptyS(m.To.Support)})
	}
	for _, r := range wd.Revisions {
		out.Revisions = append(out.Revisions, revisionJSON{r.Source, toQuantityJSON(r.Quantity), r.From, r.To})
	}
	return writeJSON(w, out)
}

func orEmpty(c []claimdiff.Claim) []claimdiff.Claim {
	if c == nil {
		return []claimdiff.Claim{}
	}
	return c
}

func orEmptyS(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// WriteWeeklyHTML writes the weekly diff as one self-contained page, with
// a timeline per disputed quantity: each claim an interval at its date,
// one colour per source.
func WriteWeeklyHTML(w io.Writer, wd *compare.WeeklyDiff) error {
	var b strings.Builder
	title := fmt.Sprintf("claimdiff · week %s against %s", wd.Week, wd.Against)
	pageStart(&b, title)
	fmt.Fprintf(&b, "<h1>Week %s</h1>\n<p class=\"meta\">%s to %s, against %s.</p>\n", escapeHTML(wd.Week.String()),
		claimdiff.FormatDate(wd.Week.Start()), claimdiff.FormatDate(wd.Week.End()), escapeHTML(wd.Against.String()))
	for _, nt := range WeeklyTables(wd) {
		fmt.Fprintf(&b, "<h2>%s (%d)</h2>\n", escapeHTML(nt.Title), len(nt.Table.Rows))
		if len(nt.Table.Rows) == 0 {
			b.WriteString("<p class=\"meta\">none</p>\n")
			continue
		}
		if err := nt.Table.renderHTML(&b); err != nil {
			return err
		}
	}
	fmt.Fprintf(&b, "<h2>Disputes standing at the end of the week (%d)</h2>\n", len(wd.Disputes))
	for _, c := range wd.Disputes {
		fmt.Fprintf(&b, "<h3>%s <span class=\"sev\">%s · gap %.0f%%</span></h3>\n", escapeHTML(c.Quantity.String()),
			escapeHTML(severityLabel(&c)), 100*c.Gap)
		b.WriteString(Timeline(&c))
		claimsHTML(&b, &c)
	}
	pageEnd(&b)
	_, err := io.WriteString(w, b.String())
	return err
}

// palette holds colours that stay apart for the eye.
var palette = []string{"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"}

// Timeline draws a dispute as inline SVG: time across, the figure up, each
// claim a bar from its low to its high at the day it was stated (an arrow
// where it is open), one colour per source.
func Timeline(c *claimdiff.Conflict) string {
	const W, H, left, right, top, bottom = 720, 260, 70, 20, 20, 40
	var b strings.Builder
	first, last := time.Time{}, time.Time{}
	maxV := 0.0
	for _, cl := range c.Claims {
		if !cl.StatedOn.IsZero() {
			if first.IsZero() || cl.StatedOn.Before(first) {
				first = cl.StatedOn
			}
			if cl.StatedOn.After(last) {
				last = cl.StatedOn
			}
		}
		for _, v := range []*float64{cl.Low, cl.High} {
			if v != nil && *v > maxV {
				maxV = *v
			}
		}
		if cl.Value > maxV {
			maxV = cl.Value
		}
	}
	if maxV == 0 {
		maxV = 1
	}
	maxV *= 1.15
	if first.IsZero() {
		first = time.Unix(0, 0).UTC()
		last = first
	}
	span := last.Sub(first).Hours() / 24
	pad := math.Max(1, span*0.1)
	x := func(t time.Time) float64 {
		if t.IsZero() {
			t = first
		}
		d := t.Sub(first).Hours()/24 + pad
		return left + d/(span+2*pad)*(W-left-right)
	}
	y := func(v float64) float64 { return top + (1-v/maxV)*(H-top-bottom) }
	colours := map[string]string{}
	var sources []string
	for _, cl := range c.Claims {
		if _, ok := colours[cl.Source]; !ok {
			colours[cl.Source] = palette[len(colours)%len(palette)]
			sources = append(sources, cl.Source)
		}
	}
	fmt.Fprintf(&b, "<div class=\"chart\"><svg class=\"timeline\" data-dispute=\"%s\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">\n",
		escapeHTML(c.ID), W, H, W, H, escapeHTML("Timeline of "+c.Quantity.String()))
	// Axes and grid.
	fmt.Fprintf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#98a2b3\"/>\n", left, H-bottom, W-right, H-bottom)
	fmt.Fprintf(&b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#98a2b3\"/>\n", left, top, left, H-bottom)
	for i := 0; i <= 4; i++ {
		v := maxV / 1.15 * float64(i) / 4
		fmt.Fprintf(&b, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eaecf0\"/><text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#475467\">%s</text>\n",
			left, y(v), W-right, y(v), left-6, y(v)+4, escapeHTML(Number(math.Round(v))))
	}
	// Day labels, left to right, each clear of the one before.
	lastLabel := -1e9
	for _, cl := range sortedByDay(c.Claims) {
		d := claimdiff.FormatDate(cl.StatedOn)
		if d == "" || x(cl.StatedOn)-lastLabel < 72 {
			continue
		}
		lastLabel = x(cl.StatedOn)
		fmt.Fprintf(&b, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#475467\">%s</text>\n", x(cl.StatedOn), H-bottom+16, escapeHTML(d))
	}
	// One bar per claim, set apart a little where several share a day.
	perDay := map[string]int{}
	for _, cl := range c.Claims {
		d := claimdiff.FormatDate(cl.StatedOn)
		off := float64(perDay[d]) * 9
		perDay[d]++
		cx := x(cl.StatedOn) + off - 4
		lo, hi := 0.0, maxV
		if cl.Low != nil {
			lo = *cl.Low
		}
		if cl.High != nil {
			hi = *cl.High
		}
		col := colours[cl.Source]
		label := escapeHTML(fmt.Sprintf("%s: %s (%s)", cl.Source, cl.Raw, Interval(cl.Low, cl.High)))
		if lo == hi {
			fmt.Fprintf(&b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"><title>%s</title></circle>\n", cx, y(lo), col, label)
			continue
		}
		fmt.Fprintf(&b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"6\" stroke-linecap=\"round\"><title>%s</title></line>\n",
			cx, y(lo), cx, y(hi), col, label)
		if cl.High == nil {
			fmt.Fprintf(&b, "<path d=\"M%.1f %.1f l-6 9 h12 z\" fill=\"%s\"/>\n", cx, y(hi)-2, col)
		}
	}
	b.WriteString("</svg>\n<div class=\"legend\">")
	sort.Strings(sources)
	for _, s := range sources {
		fmt.Fprintf(&b, "<span><i style=\"background:%s\"></i>%s</span>", colours[s], escapeHTML(s))
	}
	b.WriteString("</div></div>\n")
	return b.String()
}

func sortedByDay(claims []claimdiff.Claim) []claimdiff.Claim {
	out := append([]claimdiff.Claim(nil), claims...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].StatedOn.Before(out[j].StatedOn) })
	return out
}
