package claimdiff

import "time"

// Severity grades a dispute by its gap: minor below 15 %, major from 15 to
// 50 %, severe above 50 %.
type Severity string

// Severities, from the least.
const (
	Minor  Severity = "minor"
	Major  Severity = "major"
	Severe Severity = "severe"
)

// Rank orders severities: minor 1, major 2, severe 3; 0 for anything else.
func (s Severity) Rank() int {
	switch s {
	case Minor:
		return 1
	case Major:
		return 2
	case Severe:
		return 3
	}
	return 0
}

// ConflictKind says why two claims disagree.
type ConflictKind string

// Conflict kinds.
const (
	// Intervals: the two figures' intervals do not meet.
	Intervals ConflictKind = "interval"
	// UpperBound: an upper bound ("bis zu 120.000") lies far above
	// another source's figure.
	UpperBound ConflictKind = "bound"
	// PartAboveWhole: a figure for a part (Kursk) above another source's
	// figure for the whole (Russia).
	PartAboveWhole ConflictKind = "part-whole"
	// KilledAboveCasualties: more killed, or killed and wounded, than
	// casualties.
	KilledAboveCasualties ConflictKind = "killed-casualties"
)

// Conflict is one dispute: claims about one quantity, from different
// independent sources, that cannot all be true.
type Conflict struct {
	// ID identifies the dispute by its quantity and its first claim; it
	// stays the same while later claims join.
	ID       string
	Quantity Quantity
	Severity Severity
	// Gap is the largest distance between disagreeing figures, as a share
	// of the larger figure.
	Gap float64
	// Since and Until are the first and last days a disputed figure was
	// stated.
	Since, Until time.Time
	Claims       []Claim
	Pairs        []ConflictPair
	Voices       []Voice
	// Sources is how many independent voices the dispute has: Voices may
	// hold only the first of them where a report needs no more.
	Sources int
}

// ConflictPair is two claims of a Conflict that disagree, by their index
// in Conflict.Claims.
type ConflictPair struct {
	A, B     int
	Kind     ConflictKind
	Gap      float64
	Severity Severity
}

// Voice is one independent source's figure on a quantity: the claims that
// carry it, however many outlets relayed them, count once.
type Voice struct {
	Source     string
	SourceKind SourceKind
	Low, High  *float64
	Outlets    []string
	Claims     []int // indexes in the Claims of the Conflict or Consensus
}

// Revision is a source changing its own figure on a quantity.
type Revision struct {
	Source   string
	Quantity Quantity
	From, To Claim
}

// Consensus is, for one quantity as of one day, the interval that most
// independent sources support, and the sources outside it.
type Consensus struct {
	Quantity Quantity
	AsOf     time.Time
	// Low and High bound the agreed interval; both nil when the sources
	// split evenly and nothing is agreed.
	Low, High *float64
	Support   []string // sources whose figures hold the interval
	Outliers  []string // sources whose figures do not
	// Alternatives are the tied intervals when nothing is agreed.
	Alternatives [][2]*float64
}
