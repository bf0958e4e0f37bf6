package report

import (
	"fmt"
	"io"
	"math"

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
