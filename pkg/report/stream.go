package report

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/safe"
)

// ConflictWriter writes disputes one at a time as JSON (a list in the
// documented shape), CSV (a row per claim in dispute) or HTML (the page
// WriteConflictsHTML writes), so that a report on a large store never holds
// all of their claims.
type ConflictWriter struct {
	w      *bufio.Writer
	f      Format
	csv    *csv.Writer
	title  string
	n      int
	closed bool
}

// NewConflictWriter starts a report in format f: FormatJSON, FormatCSV or
// FormatHTML. title heads the HTML page; count is the number of disputes
// it will hold, for its summary line.
func NewConflictWriter(w io.Writer, f Format, title string, count int) (*ConflictWriter, error) {
	cw := &ConflictWriter{w: bufio.NewWriterSize(w, 64<<10), f: f, title: title}
	switch f {
	case FormatJSON:
		cw.w.WriteString("[")
	case FormatCSV:
		cw.csv = csv.NewWriter(cw.w)
		if err := writeCSV(cw.csv, conflictsCSVHeader); err != nil {
			return nil, err
		}
	case FormatHTML:
		var b strings.Builder
		pageStart(&b, title)
		fmt.Fprintf(&b, "<h1>%s</h1>\n<p class=\"meta\">%d disputes, most severe first.</p>\n", escapeHTML(title), count)
		cw.w.WriteString(b.String())
	default:
		return nil, fmt.Errorf("disputes are not streamed as %s", f)
	}
	return cw, nil
}

// Write adds one dispute, which must carry its claims.
func (cw *ConflictWriter) Write(c *claimdiff.Conflict) error {
	defer func() { cw.n++ }()
	switch cw.f {
	case FormatJSON:
		b, err := json.MarshalIndent(toConflictJSON(c), "  ", "  ")
		if err != nil {
			return err
		}
		sep := ",\n  "
		if cw.n == 0 {
			sep = "\n  "
		}
		cw.w.WriteString(sep)
		_, err = cw.w.Write(safe.JSON(b))
		return err
	case FormatCSV:
		for _, row := range conflictCSVRows(c) {
			if err := writeCSV(cw.csv, row); err != nil {
				return err
			}
		}
		return nil
	}
	var b strings.Builder
	disputeHTML(&b, c)
	_, err := cw.w.WriteString(b.String())
	return err
}

// Close ends the report and flushes it.
func (cw *ConflictWriter) Close() error {
	if cw.closed {
		return nil
	}
	cw.closed = true
	switch cw.f {
	case FormatJSON:
		if cw.n > 0 {
			cw.w.WriteString("\n")
		}
		cw.w.WriteString("]\n")
	case FormatCSV:
		cw.csv.Flush()
		if err := cw.csv.Error(); err != nil {
			return err
		}
	case FormatHTML:
		var b strings.Builder
		pageEnd(&b)
		cw.w.WriteString(b.String())
	}
	return cw.w.Flush()
}
