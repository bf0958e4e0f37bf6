// Package report renders what the other stages produce — claim lists,
// scores, conflicts, weekly diffs, fact-check briefs — for people and for
// programs: boxed tables on a terminal, tab-separated lines in a pipe, CSV,
// Markdown, JSON and self-contained HTML.
//
// Article text is untrusted: every format escapes it for its medium.
package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
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
}

// Append adds a row. The table keeps the slice.
func (t *Table) Append(cells ...string) { t.Rows = append(t.Rows, cells) }

// Render writes the table in format f. FormatTable draws boxes when tty is
// true and writes one tab-separated line a row, without a header, when it
// is not, so that the output pipes into cut, sort and awk.
func (t *Table) Render(w io.Writer, f Format, tty bool) error {
	switch f {
	case FormatTable:
		if tty {
			return t.renderBoxed(w)
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

func (t *Table) renderBoxed(w io.Writer) error {
	width := t.MaxWidth
	if width == 0 {
		width = 48
	}
	tbl := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithRowMaxWidth(width),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
	)
	return t.fill(tbl)
}

func (t *Table) fill(tbl *tablewriter.Table) error {
	tbl.Header(toAny(t.Header)...)
	for _, r := range t.Rows {
		if err := tbl.Append(toAny(r)...); err != nil {
			return err
		}
	}
	return tbl.Render()
}

func toAny(cells []string) []any {
	out := make([]any, len(cells))
	for i, c := range cells {
		out[i] = c
	}
	return out
}

// tsvCell keeps a cell on its line and in its column.
var tsvCell = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

func (t *Table) renderTSV(w io.Writer) error {
	var b strings.Builder
	for _, r := range t.Rows {
		b.Reset()
		for i, c := range r {
			if i > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(tsvCell.Replace(c))
		}
		b.WriteByte('\n')
		if _, err := io.WriteString(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

func (t *Table) renderCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.Header); err != nil {
		return err
	}
	for _, r := range t.Rows {
		if err := cw.Write(r); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// mdCell escapes what would end a Markdown table cell or start markup.
var mdCell = strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;", ">", "&gt;", "&", "&amp;", "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`)

func (t *Table) renderMarkdown(w io.Writer) error {
	var b strings.Builder
	row := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + mdCell.Replace(c) + " |")
		}
		b.WriteString("\n")
	}
	row(t.Header)
	b.WriteString("|")
	for range t.Header {
		b.WriteString(" --- |")
	}
	b.WriteString("\n")
	for _, r := range t.Rows {
		row(r)
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
	for _, r := range t.Rows {
		b.WriteString("<tr>")
		for _, c := range r {
			b.WriteString("<td>" + escapeHTML(c) + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
