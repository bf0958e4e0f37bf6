package claimdiff

import "strings"

// FigureKind tells the kinds of figure apart, which are never compared
// with each other.
type FigureKind string

// Compared reports whether figures of this kind are compared at all: an
// increment, a part and a capacity are not.
func (k FigureKind) Compared() bool {
	return k != Increment && k != Part && k != Capacity
}

// Figure kinds.
const (
	Standing  FigureKind = "standing"  // a running total or standing figure
	PeriodCnt FigureKind = "period"    // a count over a stated interval
	Increment FigureKind = "increment" // "weitere", "additional"
	// Part is a part of a figure given before: "1.000 dieser Soldaten",
	// "14 of them". It is compared with nothing.
	Part FigureKind = "part"
	// Capacity is what a place holds or a permit allows, not a count of
	// what came: "für 50.000 Menschen angemeldet". It is compared with
	// nothing.
	Capacity FigureKind = "capacity"
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
