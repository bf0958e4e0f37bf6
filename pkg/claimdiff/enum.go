package claimdiff

// Qualifier says how a figure is hedged: "fast 50.000" is nearly 50,000.
type Qualifier string

// Qualifiers of the claim record.
const (
	Exact    Qualifier = "exact"
	Approx   Qualifier = "approx"    // rund, etwa, ca., about, around
	Nearly   Qualifier = "nearly"    // fast, knapp, almost, nearly
	AtLeast  Qualifier = "at_least"  // mindestens, at least
	MoreThan Qualifier = "more_than" // mehr als, über, more than, over
	AtMost   Qualifier = "at_most"   // höchstens, bis zu, up to
	LessThan Qualifier = "less_than" // weniger als, unter, fewer than
	Range    Qualifier = "range"     // A bis B, zwischen A und B
	Vague    Qualifier = "vague"     // Hunderte, tens of thousands
)

// Qualifiers lists every valid qualifier.
var Qualifiers = []Qualifier{Exact, Approx, Nearly, AtLeast, MoreThan, AtMost, LessThan, Range, Vague}

// Valid reports whether q is one of Qualifiers.
func (q Qualifier) Valid() bool { return contains(Qualifiers, q) }

// Metric is what a figure counts.
type Metric string

// Metrics of the claim record.
const (
	Troops     Metric = "troops"     // personnel present, deployed or sent
	Killed     Metric = "killed"     //
	Wounded    Metric = "wounded"    //
	Casualties Metric = "casualties" // killed or wounded together
	Captured   Metric = "captured"   //
	Missing    Metric = "missing"    //
	Other      Metric = "other"      // anything else that is counted
)

// Metrics lists every valid metric.
var Metrics = []Metric{Troops, Killed, Wounded, Casualties, Captured, Missing, Other}

// Valid reports whether m is one of Metrics.
func (m Metric) Valid() bool { return contains(Metrics, m) }

// SourceKind is what kind of speaker a source is.
type SourceKind string

// Source kinds of the claim record.
const (
	KindOfficial     SourceKind = "official"
	KindMilitary     SourceKind = "military"
	KindIntelligence SourceKind = "intelligence"
	KindMedia        SourceKind = "media"
	KindAnonymous    SourceKind = "anonymous"
	KindAgency       SourceKind = "agency"
	KindOther        SourceKind = "other"
)

// SourceKinds lists every valid source kind.
var SourceKinds = []SourceKind{KindOfficial, KindMilitary, KindIntelligence, KindMedia, KindAnonymous, KindAgency, KindOther}

// Valid reports whether k is one of SourceKinds.
func (k SourceKind) Valid() bool { return contains(SourceKinds, k) }

// Reviews lists every valid review state.
var Reviews = []Review{ReviewUnreviewed, ReviewCurated, ReviewAccepted, ReviewRejected}

// Valid reports whether r is one of Reviews.
func (r Review) Valid() bool { return contains(Reviews, r) }

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
