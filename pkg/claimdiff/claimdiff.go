// Package claimdiff holds the domain types that every stage of the pipeline
// speaks: articles, the claims extracted from them, their sources, the
// quantities they are about and the conflicts between them.
//
// The package imports only the standard library. Stages (ingest, extract,
// sqlite, compare, report, cli) import it; it imports none of them.
package claimdiff

import (
	"time"
)

// Article is one news text as it was ingested.
type Article struct {
	ID int64
	// Key identifies the article: its file name when it was read from a
	// file, else its URL. Claims refer to articles by key.
	Key       string
	URL       string
	Title     string
	Outlet    string    // publisher; "" when unknown
	Published time.Time // zero when unknown
	Language  string    // ISO 639-1: "de", "en"
	// Story is the key of the story the article tells (see Story); "" until
	// the article is grouped.
	Story string
	// SHA256 is the hex digest of the normalized text; two articles with
	// the same digest are the same article.
	SHA256 string
	Text   string
}

// ListedArticle is an article as a listing shows it: its metadata (its
// Text left empty) and how many claims the store holds of it.
type ListedArticle struct {
	Article
	Claims int
}

// Source is who puts a figure forward: a person, a body, an outlet.
type Source struct {
	Name string
	Kind SourceKind
}

// Review says where a stored claim came from and whether a person checked it.
type Review string

// Review states.
const (
	ReviewUnreviewed Review = "unreviewed" // extracted, nobody looked at it
	ReviewCurated    Review = "curated"    // imported by hand
	ReviewAccepted   Review = "accepted"
	ReviewRejected   Review = "rejected"
)

// Span is a byte range [Start, End) in an article's text.
type Span struct {
	Start, End int
}

// Claim is one figure that one source puts on one countable thing, as
// printed in one article. Its JSON form is the claim record of the claims
// format (see MarshalJSON).
type Claim struct {
	ID      int64
	Article string // article key

	Quote     string // the sentence carrying the figure, as printed
	Raw       string // the figure with its qualifier, as printed
	Qualifier Qualifier
	Value     float64
	Value2    *float64 // upper end of a range
	Low       *float64 // nil: open
	High      *float64 // nil: open

	Metric   Metric
	Subject  string // canonical English, lower case
	Location string // canonical English; "" when none is named

	Source     string
	SourceKind SourceKind
	SourceText string   // the source as printed ("Selenskyj"), when it differs
	Via        string   // relaying go-between; "" when none
	Period     string   // the phrase marking a period count or increment; "" for standing figures
	SourceAlts []string // gold files only: other names under which the source is right
	// Optional marks a gold claim annotators could not agree is a claim:
	// scoring counts it neither way.
	Optional bool

	Outlet    string
	Published time.Time // zero when unknown
	StatedOn  time.Time // zero when unknown
	// URL and Title are the article's, as stored with it; "" when unknown.
	// Reports lead back to the article by them rather than by its key,
	// which is often a file name that means nothing to a reader.
	URL   string
	Title string

	// Story is the key of the story the claim's article tells, and
	// StoryPlace that story's place: claims are compared only within a
	// story, and a claim that names no place is compared under its
	// story's.
	Story, StoryPlace string

	Span             Span
	Extractor        string
	ExtractorVersion string
	Review           Review
}

// Float returns a pointer to v, for the optional numbers of a Claim.
func Float(v float64) *float64 { return &v }

// DateLayout is how dates are written everywhere: YYYY-MM-DD.
const DateLayout = "2006-01-02"

// ParseDate reads a YYYY-MM-DD date; "" is the zero time.
func ParseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(DateLayout, s)
}

// FormatDate writes t as YYYY-MM-DD, or "" for the zero time.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(DateLayout)
}

// Story is one event told by one or more articles, perhaps by several
// outlets over several days: the claims of one story are compared with each
// other, never with another story's.
type Story struct {
	Key   string // "kursk-2024-11-05"; given by the user or made at grouping
	Place string // canonical English; "" when its articles name none
	// Articles is how many articles tell it, from Since to Until (zero
	// when none of them is dated).
	Articles     int
	Since, Until time.Time
	// Places are the places its claims name, most named first.
	Places []string
	// Disputes is how many disputes the comparison finds in it.
	Disputes int
}
