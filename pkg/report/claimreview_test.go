package report

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/piprate/json-gold/ld"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
)

// schemaProperties lists, for each type a ClaimReview draft writes, the
// schema.org properties it may carry: the type's own and those it inherits
// (ClaimReview from Review, CreativeWork and Thing; Claim and NewsArticle
// from CreativeWork and Thing; Rating, Organization and Person from Thing),
// as far as a fact-check could use them. additionalProperty is not among
// them: schema.org defines it on Place, Product and QualitativeValue, not on
// Claim.
var schemaProperties = map[string][]string{
	"ClaimReview": {"claimReviewed", "itemReviewed", "reviewRating", "reviewBody", "reviewAspect", "author", "datePublished",
		"publisher", "headline", "text", "inLanguage", "url", "name", "description", "sameAs"},
	"Claim": {"appearance", "firstAppearance", "claimInterpreter", "author", "datePublished", "text", "name", "url",
		"description", "inLanguage"},
	"NewsArticle":  {"headline", "datePublished", "publisher", "author", "url", "name", "description", "inLanguage"},
	"CreativeWork": {"headline", "datePublished", "publisher", "author", "url", "name", "description", "inLanguage"},
	"Organization": {"name", "url", "sameAs", "description"},
	"Person":       {"name", "url", "sameAs", "jobTitle", "description"},
	"Rating": {"ratingValue", "bestRating", "worstRating", "ratingExplanation", "reviewAspect", "author", "alternateName",
		"name", "description"},
}

// schemaWanted lists what the fact-check tools require or recommend of
// each type, and every draft must hold: for a ClaimReview the claim in a
// line, the claim reviewed, the rating, the day; for the Claim where it
// appeared and when; for the Rating its value and its verdict in words
// (alternateName, which the tools require). url and author of the review,
// and author of the claim, are wanted where they are known (see the test).
var schemaWanted = map[string][]string{
	"ClaimReview":  {"claimReviewed", "itemReviewed", "reviewRating", "datePublished"},
	"Claim":        {"appearance", "datePublished", "text"},
	"NewsArticle":  {"datePublished"},
	"Rating":       {"ratingValue", "alternateName"},
	"Organization": {"name"},
	"Person":       {"name"},
}

// checkSchema walks a JSON-LD value and reports every property its @type
// does not allow, and every wanted one that is missing.
func checkSchema(t *testing.T, path string, v any) {
	t.Helper()
	switch v := v.(type) {
	case []any:
		for i, x := range v {
			checkSchema(t, fmt.Sprintf("%s[%d]", path, i), x)
		}
	case map[string]any:
		typ, _ := v["@type"].(string)
		allowed, ok := schemaProperties[typ]
		if !ok {
			t.Errorf("%s: @type %q is none of the types a draft may write", path, typ)
			return
		}
		for key, x := range v {
			if key == "@type" || key == "@context" {
				continue
			}
			if !containsString(allowed, key) {
				t.Errorf("%s: %s has no property %q in schema.org", path, typ, key)
			}
			if _, nested := x.(string); !nested {
				checkSchema(t, path+"."+key, x)
			}
		}
		for _, key := range schemaWanted[typ] {
			if _, ok := v[key]; !ok {
				t.Errorf("%s: %s lacks %q", path, typ, key)
			}
		}
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// reviewDispute has Pat Ryder's quote printed by two articles, a body's
// figure, and an unnamed source's.
func reviewDispute() claimdiff.Conflict {
	c := articleDispute()
	ryder := c.Claims[0]
	again := ryder
	again.Article, again.URL, again.Title, again.Outlet = "d020.txt", "https://orf.at/stories/1/", "Zehntausend Soldaten in Kursk", "ORF"
	again.StatedOn = ryder.StatedOn.AddDate(0, 0, 1)
	body := c.Claims[2]
	body.Source, body.SourceKind = "US government", claimdiff.KindOfficial
	unnamed := c.Claims[1]
	unnamed.Source, unnamed.SourceKind, unnamed.Quote = "unnamed US official", claimdiff.KindAnonymous, "Ein Beamter sprach von 12.000."
	unnamed.Qualifier, unnamed.Value, unnamed.Low = claimdiff.AtLeast, 12000, claimdiff.Float(12000)
	unnamed.High = nil
	c.Claims = []claimdiff.Claim{ryder, again, body, unnamed}
	c.Voices = compare.Voices(c.Claims)
	return c
}

func reviewsOf(t *testing.T, c claimdiff.Conflict, opt ReviewOptions) (string, []map[string]any) {
	t.Helper()
	b := NewBrief(c, compare.Defaults)
	var out strings.Builder
	if err := WriteClaimReviews(&out, &b, opt); err != nil {
		t.Fatal(err)
	}
	var list []map[string]any
	if err := json.Unmarshal([]byte(out.String()), &list); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	return out.String(), list
}

var reviewOpts = ReviewOptions{URL: "https://factcheck.example/2024/kursk", Reviewer: "Faktencheck Nord",
	Date: time.Date(2024, 11, 20, 9, 0, 0, 0, time.UTC)}

// Every property of a draft is one schema.org defines for its type, and
// the wanted ones are there.
func TestClaimReviewPropertiesAreSchemaOrgs(t *testing.T) {
	for _, c := range []claimdiff.Conflict{reviewDispute(), articleDispute()} {
		_, list := reviewsOf(t, c, reviewOpts)
		for i, r := range list {
			checkSchema(t, fmt.Sprintf("review[%d]", i), r)
			for _, key := range []string{"@context", "url", "author"} {
				if _, ok := r[key]; !ok {
					t.Errorf("review[%d] lacks %q, though it was given", i, key)
				}
			}
		}
	}
}

func TestClaimReviewDrafts(t *testing.T) {
	_, list := reviewsOf(t, reviewDispute(), reviewOpts)
	if len(list) != 3 {
		t.Fatalf("%d reviews; want 3: one quote by one source, printed twice, is one review", len(list))
	}
	get := func(v any, path ...string) any {
		for _, p := range path {
			m, _ := v.(map[string]any)
			v = m[p]
		}
		return v
	}
	for _, tc := range []struct {
		desc   string
		review int
		path   []string
		want   any
	}{
		{"the review's URL: the page with a fragment per claim", 0, []string{"url"}, "https://factcheck.example/2024/kursk#claim-1"},
		{"the third review's fragment", 2, []string{"url"}, "https://factcheck.example/2024/kursk#claim-3"},
		{"published today", 0, []string{"datePublished"}, "2024-11-20"},
		{"the reviewer is an organization", 0, []string{"author", "@type"}, "Organization"},
		{"the reviewer by name", 0, []string{"author", "name"}, "Faktencheck Nord"},
		{"claimReviewed: the claim in a line", 0, []string{"claimReviewed"}, "Pat Ryder: 10,000 north korean troops in Kursk"},
		{"with its qualifier", 2, []string{"claimReviewed"}, "unnamed US official: at least 12,000 north korean troops in Kursk"},
		{"the quote is the claim's text", 0, []string{"itemReviewed", "text"}, "Pat Ryder sprach von 10,000 Soldaten."},
		{"a person is a Person", 0, []string{"itemReviewed", "author", "@type"}, "Person"},
		{"a body is an Organization", 1, []string{"itemReviewed", "author", "@type"}, "Organization"},
		{"an unnamed source is no author", 2, []string{"itemReviewed", "author"}, nil},
		{"the claim dates from the first day it was stated", 0, []string{"itemReviewed", "datePublished"}, "2024-11-05"},
		{"the rating is left for the fact-checker", 0, []string{"reviewRating", "ratingValue"}, ""},
		{"its verdict in words too", 0, []string{"reviewRating", "alternateName"}, ""},
	} {
		if got := get(list[tc.review], tc.path...); got != tc.want {
			t.Errorf("%s: %s = %#v, want %#v", tc.desc, strings.Join(tc.path, "."), got, tc.want)
		}
	}
	apps, _ := get(list[0], "itemReviewed", "appearance").([]any)
	if len(apps) != 2 {
		t.Fatalf("Pat Ryder's quote appeared in two articles; appearances %v", apps)
	}
	for i, want := range []map[string]string{
		{"@type": "NewsArticle", "url": "https://www.krone.at/3561234", "headline": "Nordkoreaner an der Front", "datePublished": "2024-11-05"},
		{"@type": "NewsArticle", "url": "https://orf.at/stories/1/", "headline": "Zehntausend Soldaten in Kursk", "publisher.name": "ORF"},
	} {
		for k, v := range want {
			if got := get(apps[i], strings.Split(k, ".")...); got != v {
				t.Errorf("appearance %d: %s = %#v, want %q", i, k, got, v)
			}
		}
	}
}

// Without a reviewer or a page, the drafts leave author and url out rather
// than write them empty; and no draft's appearance names a file.
func TestClaimReviewWithoutReviewerOrPage(t *testing.T) {
	out, list := reviewsOf(t, articleDispute(), ReviewOptions{Date: reviewOpts.Date})
	for i, r := range list {
		if _, ok := r["url"]; ok {
			t.Errorf("review %d has a url", i)
		}
		if _, ok := r["author"]; ok {
			t.Errorf("review %d has an author", i)
		}
	}
	for _, bad := range []string{".txt", "javascript:", "additionalProperty", "unattributed"} {
		if strings.Contains(out, bad) {
			t.Errorf("drafts hold %q:\n%s", bad, out)
		}
	}
}

func TestIsPerson(t *testing.T) {
	for _, tc := range []struct {
		desc string
		name string
		kind claimdiff.SourceKind
		want bool
	}{
		{"a person in the gazetteer", "Volodymyr Zelensky", claimdiff.KindOfficial, true},
		{"a name the gazetteer does not know", "Pat Ryder", claimdiff.KindOfficial, true},
		{"a military officer's name", "Jana Novak", claimdiff.KindMilitary, true},
		{"a government is a body", "US government", claimdiff.KindOfficial, false},
		{"a ministry is a body", "Ukrainian Interior Ministry", claimdiff.KindOfficial, false},
		{"an acronym is a body", "US Army", claimdiff.KindMilitary, false},
		{"one word is a body", "Pentagon", claimdiff.KindOfficial, false},
		{"an outlet is no person", "Kyiv Independent", claimdiff.KindMedia, false},
		{"an agency is no person", "Reuters", claimdiff.KindAgency, false},
	} {
		if got := IsPerson(tc.name, tc.kind); got != tc.want {
			t.Errorf("%s: IsPerson(%q, %s) = %v, want %v", tc.desc, tc.name, tc.kind, got, tc.want)
		}
	}
}

// offlineLoader serves the schema.org context from testdata, so that the
// test never reaches the network. The file defines the schema.org terms a
// draft may use and no @vocab: a term outside them is dropped by expansion,
// which the test counts.
type offlineLoader struct{ context any }

func (l offlineLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	if strings.TrimRight(u, "/") != "https://schema.org" {
		return nil, fmt.Errorf("offline: no document %s", u)
	}
	return &ld.RemoteDocument{DocumentURL: u, Document: l.context}, nil
}

// A JSON-LD processor expands every term of the drafts to a schema.org IRI
// and drops none.
func TestClaimReviewExpandsAsJSONLD(t *testing.T) {
	data, err := os.ReadFile("testdata/schemaorg-context.jsonld")
	if err != nil {
		t.Fatal(err)
	}
	var context any
	if err := json.Unmarshal(data, &context); err != nil {
		t.Fatal(err)
	}
	out, _ := reviewsOf(t, reviewDispute(), reviewOpts)
	var doc any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	proc := ld.NewJsonLdProcessor()
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = offlineLoader{context}
	expanded, err := proc.Expand(doc, opts)
	if err != nil {
		t.Fatalf("expand: %v", err)
	}
	var terms, iris []string
	var walkIn func(any)
	walkIn = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				walkIn(x)
			}
		case map[string]any:
			for k, x := range v {
				if !strings.HasPrefix(k, "@") {
					terms = append(terms, k)
				}
				walkIn(x)
			}
		}
	}
	var walkOut func(any)
	walkOut = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				walkOut(x)
			}
		case map[string]any:
			for k, x := range v {
				switch {
				case k == "@type":
					// A node's types are a list, a typed value's (a Date) one.
					types, ok := x.([]any)
					if !ok {
						types = []any{x}
					}
					for _, typ := range types {
						if s, _ := typ.(string); !strings.HasPrefix(s, "https://schema.org/") {
							t.Errorf("@type %v is no schema.org type", typ)
						}
					}
				case strings.HasPrefix(k, "@"):
				case strings.HasPrefix(k, "https://schema.org/"):
					iris = append(iris, strings.TrimPrefix(k, "https://schema.org/"))
				default:
					t.Errorf("expanded property %q is no schema.org IRI", k)
				}
				walkOut(x)
			}
		}
	}
	walkIn(doc)
	walkOut(expanded)
	sort.Strings(terms)
	sort.Strings(iris)
	if strings.Join(terms, " ") != strings.Join(iris, " ") {
		t.Errorf("expansion dropped terms:\nwritten  %v\nexpanded %v", terms, iris)
	}
	if len(iris) == 0 {
		t.Error("nothing expanded")
	}
}
