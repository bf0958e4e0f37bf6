package claimdiff

import "strings"

// FigureKind tells the three kinds of figure apart, which are never
// compared with each other.
type FigureKind string

// Figure kinds.
const (
	Standing  FigureKind = "standing"  // a running total or standing figure
	PeriodCnt FigureKind = "period"    // a count over a stated interval
	Increment FigureKind = "increment" // "weitere", "additional"
)

// Quantity is what claims are compared on: the same story, the same
// canonical subject, metric and location, and the same kind of figure.
// Period counts carry their period, since only counts over the same period
// compare.
type Quantity struct {
	Story    string
	Subject  string
	Metric   Metric
	Location string
	Kind     FigureKind
	Period   string
}

// String names the quantity the way the reports print it:
// "north korean troops in Kursk", "people (killed) in Gaza".
func (q Quantity) String() string {
	var b strings.Builder
	b.WriteString(q.Subject)
	if string(q.Metric) != q.Subject && !(q.Metric == Troops && strings.HasSuffix(q.Subject, "troops")) {
		b.WriteString(" (" + string(q.Metric) + ")")
	}
	if q.Location != "" {
		b.WriteString(" in " + q.Location)
	}
	if q.Kind == PeriodCnt && q.Period != "" {
		b.WriteString(", " + q.Period)
	}
	return b.String()
}
