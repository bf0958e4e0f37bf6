package report

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/compare"
)

// SourcesTable is one row per source: its claims, its disputes, and its
// mean deviation from the consensus.
func SourcesTable(stats []compare.SourceStat) *Table {
	t := &Table{Header: []string{"SOURCE", "KIND", "CLAIMS", "QUANTITIES", "IN DISPUTES", "MEAN DEVIATION"}}
	for _, s := range stats {
		dev := "–"
		if !math.IsNaN(s.Deviation) {
			dev = fmt.Sprintf("%.1f%% (%d measured)", 100*s.Deviation, s.Measured)
		}
		t.Append(s.Source, string(s.Kind), fmt.Sprint(s.Claims), fmt.Sprint(s.Quantities), fmt.Sprint(s.Disputes), dev)
	}
	return t
}

type sourceJSON struct {
	Source     string   `json:"source"`
	Kind       string   `json:"source_kind"`
	Claims     int      `json:"claims"`
	Quantities int      `json:"quantities"`
	Disputes   int      `json:"disputes"`
	Deviation  *float64 `json:"mean_deviation"`
	Measured   int      `json:"measured"`
}

// WriteSourcesJSON writes source statistics in the documented JSON shape.
func WriteSourcesJSON(w io.Writer, stats []compare.SourceStat) error {
	out := make([]sourceJSON, len(stats))
	for i, s := range stats {
		out[i] = sourceJSON{s.Source, string(s.Kind), s.Claims, s.Quantities, s.Disputes, nil, s.Measured}
		if !math.IsNaN(s.Deviation) {
			d := round4(s.Deviation)
			out[i].Deviation = &d
		}
	}
	return writeJSON(w, out)
}

// WriteTablePage writes a table as one self-contained HTML page.
func WriteTablePage(w io.Writer, title string, t *Table) error {
	var b strings.Builder
	pageStart(&b, title)
	fmt.Fprintf(&b, "<h1>%s</h1>\n", escapeHTML(title))
	if err := t.renderHTML(&b); err != nil {
		return err
	}
	pageEnd(&b)
	_, err := io.WriteString(w, b.String())
	return err
}
