package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/safe"
)

// ConflictsTable is one row per dispute: who says what about which
// quantity, how far apart, since when.
func ConflictsTable(cs []claimdiff.Conflict) *Table {
	t := &Table{Header: []string{"ID", "SEVERITY", "GAP", "QUANTITY", "SINCE", "WHO SAYS WHAT"}, MaxWidth: 60}
	for _, c := range cs {
		t.Append(c.ID, severityLabel(&c), fmt.Sprintf("%.0f%%", 100*c.Gap), c.Quantity.String(),
			dash(claimdiff.FormatDate(c.Since)), voicesLine(&c))
	}
	return t
}

// conflictsCSVHeader heads the CSV of disputes: one row per claim in
// dispute, with its dispute.
var conflictsCSVHeader = []string{"dispute", "severity", "gap", "subject", "metric", "location", "period", "source", "source_kind",
	"raw", "low", "high", "outlet", "article", "url", "title", "stated_on", "quote"}

func conflictCSVRows(c *claimdiff.Conflict) [][]string {
	var rows [][]string
	for _, cl := range c.Claims {
		rows = append(rows, []string{c.ID, string(c.Severity), fmt.Sprintf("%.4f", c.Gap), c.Quantity.Subject, string(c.Quantity.Metric),
			c.Quantity.Location, c.Quantity.Period, cl.Source, string(cl.SourceKind), cl.Raw, num(cl.Low), num(cl.High),
			cl.Outlet, cl.Article, cl.ArticleURL(), cl.Title, claimdiff.FormatDate(cl.StatedOn), cl.Quote})
	}
	return rows
}

func severityLabel(c *claimdiff.Conflict) string {
	s := string(c.Severity)
	for _, p := range c.Pairs {
		if p.Kind == claimdiff.UpperBound {
			return s + " (bound)"
		}
	}
	return s
}

// MaxVoices is how many sources a table cell names before it counts the
// rest; json, csv and html list them all.
const MaxVoices = 8

// voicesLine writes each independent source with its figure and how many
// outlets carried it: "Antony Blinken 7,200–8,800 · US government ≥10,000
// (2 outlets)", the first MaxVoices of them.
func voicesLine(c *claimdiff.Conflict) string {
	var b strings.Builder
	total := max(c.Sources, len(c.Voices))
	for i, v := range c.Voices {
		if i == MaxVoices {
			break
		}
		if i > 0 {
			b.WriteString(" · ")
		}
		b.WriteString(v.Source + " " + Interval(v.Low, v.High))
		if len(v.Outlets) > 1 {
			fmt.Fprintf(&b, " (%d outlets)", len(v.Outlets))
		}
	}
	if total > MaxVoices {
		fmt.Fprintf(&b, " · and %d more", total-MaxVoices)
	}
	return b.String()
}

// conflictJSON is the stable JSON shape of a dispute; see the README.
type conflictJSON struct {
	ID       string            `json:"id"`
	Quantity quantityJSON      `json:"quantity"`
	Severity string            `json:"severity"`
	Gap      float64           `json:"gap"`
	Since    *string           `json:"since"`
	Until    *string           `json:"until"`
	Kinds    []string          `json:"kinds"`
	Claims   []claimdiff.Claim `json:"claims"`
	Pairs    []pairJSON        `json:"pairs"`
	Voices   []voiceJSON       `json:"voices"`
}

type quantityJSON struct {
	Story    *string `json:"story"`
	Subject  string  `json:"subject"`
	Metric   string  `json:"metric"`
	Location *string `json:"location"`
	Kind     string  `json:"kind"`
	Period   *string `json:"period"`
}

type pairJSON struct {
	A        int     `json:"a"`
	B        int     `json:"b"`
	Kind     string  `json:"kind"`
	Gap      float64 `json:"gap"`
	Severity string  `json:"severity"`
}

type voiceJSON struct {
	Source     string   `json:"source"`
	SourceKind string   `json:"source_kind"`
	Low        *float64 `json:"low"`
	High       *float64 `json:"high"`
	Outlets    []string `json:"outlets"`
	Claims     []int    `json:"claims"`
}

func toQuantityJSON(q claimdiff.Quantity) quantityJSON {
	return quantityJSON{Story: nullable(q.Story), Subject: q.Subject, Metric: string(q.Metric), Location: nullable(q.Location), Kind: string(q.Kind), Period: nullable(q.Period)}
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func toConflictJSON(c *claimdiff.Conflict) conflictJSON {
	out := conflictJSON{ID: c.ID, Quantity: toQuantityJSON(c.Quantity), Severity: string(c.Severity), Gap: round4(c.Gap),
		Since: nullable(claimdiff.FormatDate(c.Since)), Until: nullable(claimdiff.FormatDate(c.Until)),
		Claims: c.Claims, Kinds: []string{}, Pairs: []pairJSON{}, Voices: []voiceJSON{}}
	kinds := map[string]bool{}
	for _, p := range c.Pairs {
		out.Pairs = append(out.Pairs, pairJSON{p.A, p.B, string(p.Kind), round4(p.Gap), string(p.Severity)})
		kinds[string(p.Kind)] = true
	}
	for k := range kinds {
		out.Kinds = append(out.Kinds, k)
	}
	sort.Strings(out.Kinds)
	for _, v := range c.Voices {
		out.Voices = append(out.Voices, voiceJSON{v.Source, string(v.SourceKind), v.Low, v.High, v.Outlets, v.Claims})
	}
	return out
}

func round4(f float64) float64 {
	return float64(int64(f*10000+0.5)) / 10000
}

func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true) // JSON read into a page stays inert
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(safe.JSON(buf.Bytes()))
	return err
}

// WriteConflictsHTML writes disputes as one self-contained page.
func WriteConflictsHTML(w io.Writer, cs []claimdiff.Conflict, title string) error {
	var b strings.Builder
	pageStart(&b, title)
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p class=\"meta\">%d disputes, most severe first.</p>\n", escapeHTML(title), len(cs))
	for _, c := range cs {
		disputeHTML(&b, &c)
	}
	pageEnd(&b)
	_, err := io.WriteString(w, b.String())
	return err
}

func disputeHTML(b *strings.Builder, c *claimdiff.Conflict) {
	fmt.Fprintf(b, "<section class=\"dispute %s\" id=\"%s\">\n<h2>%s <span class=\"sev\">%s · gap %.0f%%</span></h2>\n",
		escapeHTML(string(c.Severity)), escapeHTML(c.ID), escapeHTML(c.Quantity.String()), escapeHTML(severityLabel(c)), 100*c.Gap)
	fmt.Fprintf(b, "<p class=\"meta\">%s · since %s</p>\n", escapeHTML(c.ID), escapeHTML(dash(claimdiff.FormatDate(c.Since))))
	claimsHTML(b, c)
	b.WriteString("</section>\n")
}

// claimsHTML writes the claims of a dispute as a table, quotes as text,
// each article by its title and linked to its URL where these are known.
func claimsHTML(b *strings.Builder, c *claimdiff.Conflict) {
	b.WriteString("<table><thead><tr><th>Source</th><th>Figure</th><th>Interval</th><th>Stated</th><th>Outlet</th><th>Article</th><th>Quote</th></tr></thead><tbody>\n")
	for i := range c.Claims {
		cl := &c.Claims[i]
		fmt.Fprintf(b, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class=\"quote\">%s</td></tr>\n",
			escapeHTML(cl.Source), escapeHTML(cl.Raw), escapeHTML(Interval(cl.Low, cl.High)), escapeHTML(dash(claimdiff.FormatDate(cl.StatedOn))),
			escapeHTML(cl.OutletName()), linkHTML(articleLabel(cl), cl.ArticleURL()), escapeHTML(cl.Quote))
	}
	b.WriteString("</tbody></table>\n")
}

// pageStart opens a self-contained page: inline style, nothing loaded from
// elsewhere.
func pageStart(b *strings.Builder, title string) {
	fmt.Fprintf(b, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2433;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{font-size:1.15rem;margin:1.6rem 0 .3rem} h3{font-size:1rem}
.meta{color:#5b6475;font-size:.9rem;margin:.2rem 0 .8rem}
table{border-collapse:collapse;width:100%%;font-size:.88rem;margin:.4rem 0 1rem}
th,td{border-bottom:1px solid #d9dee7;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f4f8;font-weight:600}
td.quote{color:#3a4254;font-style:italic;max-width:32rem}
.sev{font-weight:500;font-size:.85rem;color:#5b6475}
.severe h2 .sev{color:#b42318} .major h2 .sev{color:#b54708} .minor h2 .sev{color:#475467}
.chart{margin:.5rem 0 1.2rem} .legend span{display:inline-block;margin-right:1rem;font-size:.82rem}
.legend i{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.3rem;vertical-align:-1px}
ul{padding-left:1.2rem}
</style></head><body>
`, escapeHTML(title))
}

func pageEnd(b *strings.Builder) {
	b.WriteString("<footer class=\"meta\">Made by claimdiff.</footer>\n</body></html>\n")
}
