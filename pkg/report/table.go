// Package report renders what the other stages produce — claim lists,
// scores, conflicts, weekly diffs, fact-check briefs — for people and for
// programs: boxed tables on a terminal, tab-separated lines in a pipe, CSV,
// Markdown, JSON and self-contained HTML.
//
// Article text is untrusted: every format makes it safe for its medium
// through package safe — control characters shown escaped on a terminal,
// in tab-separated lines and everywhere else, formulas neutralised in CSV,
// markup escaped in Markdown and HTML.
package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/safe"
)

// Format is an output format.
type Format string

// Output formats. Not every report speaks every format.
const (
	FormatTable Format = "table" // boxed on a terminal, tab-separated in a pipe
	FormatCSV   Format = "csv"
	FormatMD    Format = "md"
	FormatJSON  Format = "json"
	FormatJSONL Format = "jsonl"
	FormatHTML  Format = "html"
)

// ParseFormat checks a --format value against the formats a command offers.
func ParseFormat(s string, allowed ...Format) (Format, error) {
	names := make([]string, len(allowed))
	for i, f := range allowed {
		if string(f) == s {
			return f, nil
		}
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown format %q: choose one of %s", s, strings.Join(names, ", "))
}

// Table is a report as rows of cells.
type Table struct {
	Header []string
	Rows   [][]string
	// Wide columns are wrapped on a terminal at this many characters; 0
	// means 48.
	MaxWidth int
	// Links holds the web address a cell leads to, by row and column; ""
	// or a short row for none. Markdown and HTML make such a cell a link;
	// the other formats write its text alone.
	Links [][]string
}

// Append adds a row. The table keeps the slice.
func (t *Table) Append(cells ...string) { t.Rows = append(t.Rows, cells) }

// Link makes cell col of the last row lead to url, when url is an http or
// https address; anything else (a file name, a "javascript:" address) is
// not linked.
func (t *Table) Link(col int, url string) {
	if len(t.Rows) == 0 || !claimdiff.WebURL(url) {
		return
	}
	row := len(t.Rows) - 1
	for len(t.Links) <= row {
		t.Links = append(t.Links, nil)
	}
	for len(t.Links[row]) <= col {
		t.Links[row] = append(t.Links[row], "")
	}
	t.Links[row][col] = url
}

// link returns the address cell (row, col) leads to; "" for none.
func (t *Table) link(row, col int) string {
	if row >= 0 && row < len(t.Links) && col < len(t.Links[row]) {
		return t.Links[row][col]
	}
	return ""
}

// Display says where a table goes: a terminal (TTY) of Width columns (0
// when unknown), or a file or pipe, where Header asks for a header line
// before the tab-separated rows.
type Display struct {
	TTY    bool
	Width  int
	Header bool
}

// Render writes the table in format f. FormatTable draws boxes on a
// terminal, fitted to its width, and writes one tab-separated line a row
// elsewhere — after a header line only when d.Header asks — so that the
// output pipes into cut, sort and awk.
func (t *Table) Render(w io.Writer, f Format, d Display) error {
	switch f {
	case FormatTable:
		if d.TTY {
			return t.renderBoxed(w, d.Width)
		}
		if d.Header {
			var b strings.Builder
			tsvLine(&b, t.Header)
			if _, err := io.WriteString(w, b.String()); err != nil {
				return err
			}
		}
		return t.renderTSV(w)
	case FormatCSV:
		return t.renderCSV(w)
	case FormatMD:
		return t.renderMarkdown(w)
	case FormatHTML:
		return t.renderHTML(w)
	}
	return fmt.Errorf("a table cannot be written as %s", f)
}

// renderBoxed draws the table in boxes. On a terminal of known width the
// long columns are wrapped so that every line fits it, and the short ones
// kept whole (see fitColumns); else a long cell wraps at MaxWidth.
func (t *Table) renderBoxed(w io.Writer, termWidth int) error {
	width := t.MaxWidth
	if width == 0 {
		width = 48
	}
	opts := []tablewriter.Option{}
	if termWidth > 0 {
		cb := tablewriter.NewConfigBuilder()
		for col, c := range fitColumns(t.naturalWidths(), termWidth) {
			cb.ForColumn(col).WithMaxWidth(c + cellPadding)
		}
		opts = append(opts, tablewriter.WithConfig(cb.Build()))
	} else {
		opts = append(opts, tablewriter.WithRowMaxWidth(width))
	}
	opts = append(opts,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
	)
	return t.fill(tablewriter.NewTable(w, opts...))
}

// A boxed cell takes a space of padding on each side, and each column a
// border after it: a line is 1 + Σ(width + 3) characters.
const (
	cellPadding = 2
	cellBorder  = 1
	minWrapped  = 10 // a wrapped column is at least this wide
)

// naturalWidths are the widths of the columns' widest cells, header
// included, as the terminal shows them.
func (t *Table) naturalWidths() []int {
	widths := make([]int, len(t.Header))
	measure := func(cells []string) {
		for i, c := range cells {
			if i >= len(widths) {
				break
			}
			for _, line := range strings.Split(safe.Field(c), "\n") {
				widths[i] = max(widths[i], utf8.RuneCountInString(line))
			}
		}
	}
	measure(t.Header)
	for _, r := range t.Rows {
		measure(r)
	}
	return widths
}

// fitColumns gives each column the width it may take on a terminal of
// termWidth characters: every column whole when they fit; else the short
// ones whole and the rest, the long ones, sharing what is left equally
// (each at least minWrapped, so that a very narrow terminal wraps lines
// rather than cells into letters).
func fitColumns(natural []int, termWidth int) []int {
	out := append([]int(nil), natural...)
	budget := termWidth - cellBorder - len(natural)*(cellPadding+cellBorder)
	total := 0
	for _, w := range natural {
		total += w
	}
	if total <= budget {
		return out
	}
	wrapped := make([]bool, len(natural))
	for i := range wrapped {
		wrapped[i] = true
	}
	for {
		n, left := 0, budget
		for i, w := range natural {
			if wrapped[i] {
				n++
			} else {
				left -= w
			}
		}
		if n == 0 {
			return out
		}
		share := max(left/n, minWrapped)
		changed := false
		for i, w := range natural {
			if wrapped[i] && w <= share {
				wrapped[i], changed = false, true
			}
		}
		if !changed {
			for i := range natural {
				if wrapped[i] {
					out[i] = share
				}
			}
			return out
		}
	}
}

func (t *Table) fill(tbl *tablewriter.Table) error {
	tbl.Header(toAny(t.Header, safe.Field)...)
	for _, r := range t.Rows {
		if err := tbl.Append(toAny(r, safe.Field)...); err != nil {
			return err
		}
	}
	return tbl.Render()
}

// toAny makes each cell safe with esc.
func toAny(cells []string, esc func(string) string) []any {
	out := make([]any, len(cells))
	for i, c := range cells {
		out[i] = esc(c)
	}
	return out
}

// tsvLine writes cells as one tab-separated line: a tab or line break in a
// cell is escaped (see safe.Field), so that it splits neither the cell
// nor the line.
func tsvLine(b *strings.Builder, cells []string) {
	for i, c := range cells {
		if i > 0 {
			b.WriteByte('\t')
		}
		b.WriteString(safe.Field(c))
	}
	b.WriteByte('\n')
}

func (t *Table) renderTSV(w io.Writer) error {
	var b strings.Builder
	for _, r := range t.Rows {
		b.Reset()
		tsvLine(&b, r)
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

func (t *Table) renderCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := writeCSV(cw, t.Header); err != nil {
		return err
	}
	for _, r := range t.Rows {
		if err := writeCSV(cw, r); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeCSV writes a row whose cells no spreadsheet evaluates (see
// safe.CSV).
func writeCSV(cw *csv.Writer, cells []string) error {
	row := make([]string, len(cells))
	for i, c := range cells {
		row[i] = safe.CSV(c)
	}
	return cw.Write(row)
}

func (t *Table) renderMarkdown(w io.Writer) error {
	var b strings.Builder
	row := func(i int, cells []string) {
		b.WriteString("|")
		for j, c := range cells {
			text := safe.Markdown(c)
			if u := t.link(i, j); u != "" {
				text = mdLink(text, u)
			}
			b.WriteString(" " + text + " |")
		}
		b.WriteString("\n")
	}
	row(-1, t.Header)
	b.WriteString("|")
	for range t.Header {
		b.WriteString(" --- |")
	}
	b.WriteString("\n")
	for i, r := range t.Rows {
		row(i, r)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (t *Table) renderHTML(w io.Writer) error {
	var b strings.Builder
	b.WriteString("<table>\n<thead><tr>")
	for _, h := range t.Header {
		b.WriteString("<th>" + escapeHTML(h) + "</th>")
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	for i, r := range t.Rows {
		b.WriteString("<tr>")
		for j, c := range r {
			b.WriteString("<td>" + linkHTML(c, t.link(i, j)) + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// mdURL keeps an address whole inside a Markdown link in a table cell:
// what would end the link or the cell is percent-encoded, which leaves the
// address the same.
var mdURL = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E", "|", "%7C", "[", "%5B", "]", "%5D", "`", "%60", "\\", "%5C")

// mdLink writes a Markdown link; text must be escaped already, url is an
// http or https address.
func mdLink(text, url string) string {
	if text == "" {
		text = safe.Markdown(url)
	}
	return "[" + text + "](" + safe.Field(mdURL.Replace(url)) + ")"
}

// linkHTML writes text, escaped, as a link to url when url is an http or
// https address, else as text alone.
func linkHTML(text, url string) string {
	if !claimdiff.WebURL(url) {
		return escapeHTML(text)
	}
	if text == "" {
		text = url
	}
	return `<a href="` + escapeHTML(url) + `" rel="noopener noreferrer">` + escapeHTML(text) + "</a>"
}
