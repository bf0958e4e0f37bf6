package report

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// ReviewOptions is what a ClaimReview draft needs beyond the brief: who
// publishes the fact-check, on which page, on which day.
type ReviewOptions struct {
	// URL is the page the fact-check is published on. Each review's url is
	// that page with a fragment naming its claim ("#claim-2"), as the
	// fact-check tools allow several reviews on one page. "" leaves url out.
	URL string
	// Reviewer names the fact-checking organization, the reviews' author;
	// "" leaves author out.
	Reviewer string
	// Date is the day the reviews are published: their datePublished.
	Date time.Time
}

// The JSON-LD shapes of a ClaimReview draft. Every property is one that
// schema.org defines for the type it is written on (claimreview_test.go
// checks them against the definitions); optional ones are left out when
// claimdiff does not know them rather than written empty.
type (
	claimReviewLD struct {
		Context       string   `json:"@context"`
		Type          string   `json:"@type"` // ClaimReview
		URL           string   `json:"url,omitempty"`
		DatePublished string   `json:"datePublished,omitempty"`
		Author        *namedLD `json:"author,omitempty"`
		ClaimReviewed string   `json:"claimReviewed"`
		ItemReviewed  claimLD  `json:"itemReviewed"`
		ReviewRating  ratingLD `json:"reviewRating"`
	}
	// claimLD is the claim as it was made: who made it, when, the sentence
	// that carries it and where it was printed.
	claimLD struct {
		Type          string         `json:"@type"` // Claim
		Author        *namedLD       `json:"author,omitempty"`
		DatePublished string         `json:"datePublished,omitempty"`
		Text          string         `json:"text"`
		Appearance    []appearanceLD `json:"appearance"`
	}
	appearanceLD struct {
		Type          string   `json:"@type"` // NewsArticle
		URL           string   `json:"url,omitempty"`
		Headline      string   `json:"headline,omitempty"`
		DatePublished string   `json:"datePublished,omitempty"`
		Publisher     *namedLD `json:"publisher,omitempty"`
	}
	// namedLD is a Person or an Organization by its name.
	namedLD struct {
		Type string `json:"@type"`
		Name string `json:"name"`
	}
	// ratingLD is the verdict, left for the fact-checker: ratingValue (a
	// number from worstRating 1 to bestRating 5, schema.org's default
	// scale) and alternateName (the verdict in words, which the fact-check
	// tools require) are empty placeholders.
	ratingLD struct {
		Type          string `json:"@type"` // Rating
		RatingValue   string `json:"ratingValue"`
		AlternateName string `json:"alternateName"`
	}
)

// claimReviews drafts one schema.org ClaimReview per claim of the brief's
// dispute: a quote put forward by one source is one review, however many
// articles printed it (each is an appearance of the claim).
func claimReviews(b *Brief, opt ReviewOptions) []claimReviewLD {
	c := &b.Conflict
	var out []claimReviewLD
	index := map[[2]string]int{} // by quote and source
	for i := range c.Claims {
		cl := &c.Claims[i]
		app := appearanceOf(cl)
		key := [2]string{strings.TrimSpace(cl.Quote), cl.Source}
		if j, ok := index[key]; ok {
			r := &out[j]
			if !containsAppearance(r.ItemReviewed.Appearance, app) {
				r.ItemReviewed.Appearance = append(r.ItemReviewed.Appearance, app)
			}
			if d := claimdiff.FormatDate(cl.StatedOn); d != "" && (r.ItemReviewed.DatePublished == "" || d < r.ItemReviewed.DatePublished) {
				r.ItemReviewed.DatePublished = d // the day it was first stated
			}
			continue
		}
		index[key] = len(out)
		r := claimReviewLD{
			Context: "https://schema.org", Type: "ClaimReview",
			DatePublished: claimdiff.FormatDate(opt.Date),
			ClaimReviewed: ShortClaim(cl),
			ItemReviewed: claimLD{Type: "Claim", Author: claimAuthor(cl), Text: cl.Quote,
				DatePublished: claimdiff.FormatDate(statedOrPublished(cl)), Appearance: []appearanceLD{app}},
			ReviewRating: ratingLD{Type: "Rating"},
		}
		if opt.URL != "" {
			r.URL = fmt.Sprintf("%s#claim-%d", strings.SplitN(opt.URL, "#", 2)[0], len(out)+1)
		}
		if opt.Reviewer != "" {
			r.Author = &namedLD{Type: "Organization", Name: opt.Reviewer}
		}
		out = append(out, r)
	}
	return out
}

// WriteClaimReviews writes the brief's ClaimReview drafts as one JSON-LD
// list.
func WriteClaimReviews(w io.Writer, b *Brief, opt ReviewOptions) error {
	reviews := claimReviews(b, opt)
	if reviews == nil {
		reviews = []claimReviewLD{}
	}
	return writeJSON(w, reviews)
}

func statedOrPublished(cl *claimdiff.Claim) time.Time {
	if !cl.StatedOn.IsZero() {
		return cl.StatedOn
	}
	return cl.Published
}

func appearanceOf(cl *claimdiff.Claim) appearanceLD {
	a := appearanceLD{Type: "NewsArticle", Headline: cl.Title, DatePublished: claimdiff.FormatDate(cl.Published)}
	if u := cl.ArticleURL(); claimdiff.WebURL(u) {
		a.URL = u
	}
	if cl.Outlet != "" {
		a.Publisher = &namedLD{Type: "Organization", Name: cl.Outlet}
	}
	return a
}

func containsAppearance(list []appearanceLD, a appearanceLD) bool {
	for _, x := range list {
		if x.URL == a.URL && x.Headline == a.Headline && x.DatePublished == a.DatePublished &&
			(x.Publisher == nil) == (a.Publisher == nil) && (x.Publisher == nil || *x.Publisher == *a.Publisher) {
			return true
		}
	}
	return false
}

// claimAuthor is who made the claim: a Person for people, an Organization
// for bodies, and nobody for an unnamed or unattributed source, whom a
// review must not pass off as an author.
func claimAuthor(cl *claimdiff.Claim) *namedLD {
	if unattributed(cl) {
		return nil
	}
	if IsPerson(cl.Source, cl.SourceKind) {
		return &namedLD{Type: "Person", Name: cl.Source}
	}
	return &namedLD{Type: "Organization", Name: cl.Source}
}

// unattributed: the claim names no one who could be its author.
func unattributed(cl *claimdiff.Claim) bool {
	s := strings.ToLower(cl.Source)
	return cl.SourceKind == claimdiff.KindAnonymous || s == "unattributed" || strings.HasPrefix(s, "unnamed ") || s == ""
}

// IsPerson tells a person ("Pat Ryder") from a body ("US government",
// "Pentagon") by the name of a source. A known source is what the sources
// gazetteer says it is. Else the extractor's rule for a name it does not
// know holds: a person is an official, military or intelligence source
// named by two to four capitalized words ("Vedant Patel"), none of them an
// acronym ("US") and none ending in a kind of body ("interior ministry").
func IsPerson(name string, kind claimdiff.SourceKind) bool {
	if n := lang.Sources().Lookup(name); n != nil {
		return n.Type == "person"
	}
	switch kind {
	case claimdiff.KindOfficial, claimdiff.KindMilitary, claimdiff.KindIntelligence:
	default:
		return false
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	low := lang.Lower(name)
	for body := range lang.BodyKinds() {
		if low == body || strings.HasSuffix(low, " "+body) {
			return false
		}
	}
	for _, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) || strings.ToUpper(w) == w {
			return false
		}
	}
	return true
}

// ShortClaim says a claim in one line, as a ClaimReview's claimReviewed
// does: who, the figure with its qualifier, what it counts, where — "Pat
// Ryder: at least 10,000 north korean troops in Kursk".
func ShortClaim(cl *claimdiff.Claim) string {
	var b strings.Builder
	if s := strings.ToLower(cl.Source); s != "unattributed" && s != "" {
		b.WriteString(cl.Source + ": ")
	}
	b.WriteString(figurePhrase(cl) + " ")
	q := compare.QuantityOf(cl)
	b.WriteString(q.Subject)
	switch q.Metric {
	case claimdiff.Killed, claimdiff.Wounded, claimdiff.Captured, claimdiff.Missing:
		if !strings.HasSuffix(q.Subject, string(q.Metric)) {
			b.WriteString(" " + string(q.Metric))
		}
	case claimdiff.Casualties:
		if !strings.HasSuffix(q.Subject, "casualties") {
			b.WriteString(" (casualties)")
		}
	}
	if q.Location != "" {
		b.WriteString(" in " + q.Location)
	}
	if q.Period != "" {
		b.WriteString(" (" + q.Period + ")")
	}
	return b.String()
}

// figurePhrase writes the figure with its qualifier in English words.
func figurePhrase(cl *claimdiff.Claim) string {
	n := claimdiff.FormatNumber(cl.Value)
	switch cl.Qualifier {
	case claimdiff.Approx:
		return "about " + n
	case claimdiff.Nearly:
		return "nearly " + n
	case claimdiff.AtLeast:
		return "at least " + n
	case claimdiff.MoreThan:
		return "more than " + n
	case claimdiff.AtMost:
		return "up to " + n
	case claimdiff.LessThan:
		return "fewer than " + n
	case claimdiff.Range:
		if cl.Value2 != nil {
			return n + " to " + claimdiff.FormatNumber(*cl.Value2)
		}
	case claimdiff.Vague:
		if cl.Low != nil && cl.High != nil {
			return "between " + claimdiff.FormatNumber(*cl.Low) + " and " + claimdiff.FormatNumber(*cl.High) + " (“" + cl.Raw + "”)"
		}
		return "“" + cl.Raw + "”"
	}
	return n
}
