// Package story groups articles into stories: the same event told by
// several outlets over several days. Claims are compared only within a
// story, so that two events that happen to share a quantity ("people
// killed") are never read as one dispute.
//
// The method, in two sentences: an article joins the story of an earlier
// article whose figures stand mostly in the same place (or the one in the
// other: Kursk in Russia) when there is
// evidence that both tell one event — each figure both give for the same
// thing counts two, a second thing both count one, a source both name one.
// Articles dated at most the comparison window apart need two; an article
// without a date needs four, else it is a story of its own.
//
// Grouping is a pure function of what the articles say and of their dates:
// the same articles, added in the same order, make the same stories.
package story

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// Profile is what grouping reads of an article: when it appeared, where
// its figures stand, what they count and who gives them.
type Profile struct {
	Article string
	Date    time.Time // zero when unknown
	// Places are the places its claims name, most named first: Places[0]
	// is the article's place.
	Places []string
	// Counted are the things its claims count, as subject and metric.
	Counted []string
	// Named are the sources its claims name, outlets and anonymous ones
	// left out.
	Named []string
	// Figures are its figures of ten and more, with what they count and
	// over which period: two articles that give the same figure for the
	// same thing tell the same event more likely than not.
	Figures []string
}

// Place is the article's place: where most of its figures stand.
func (p *Profile) Place() string {
	if len(p.Places) == 0 {
		return ""
	}
	return p.Places[0]
}

// ProfileOf reads the profile of an article from its claims.
func ProfileOf(a *claimdiff.Article, claims []claimdiff.Claim) Profile {
	p := Profile{Article: a.Key, Date: a.Published}
	places := map[string]int{}
	var order []string
	counted, named, figures := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for i := range claims {
		c := &claims[i]
		if l := strings.TrimSpace(c.Location); l != "" {
			if places[l] == 0 {
				order = append(order, l)
			}
			places[l]++
		}
		if k := CountedKey(c); !counted[k] {
			counted[k] = true
			p.Counted = append(p.Counted, k)
		}
		if c.Value >= minFigure {
			// The period is part of what is counted: the figure of an
			// earlier day, quoted for contrast, is no sign of one event.
			f := CountedKey(c) + "|" + strconv.FormatFloat(c.Value, 'g', -1, 64)
			if period := strings.ToLower(strings.TrimSpace(c.Period)); period != "" {
				f += "|" + period
			}
			if !figures[f] {
				figures[f] = true
				p.Figures = append(p.Figures, f)
			}
		}
		// Proper names only: "police" and "organisers" name no one in
		// particular (canonical names of a kind are lower case).
		if s := strings.TrimSpace(c.Source); s != "" && !named[s] && c.SourceKind != claimdiff.KindAnonymous &&
			c.SourceKind != claimdiff.KindMedia && s != a.Outlet && startsUpper(s) {
			named[s] = true
			p.Named = append(p.Named, s)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return places[order[i]] > places[order[j]] })
	p.Places = order
	sort.Strings(p.Counted)
	sort.Strings(p.Named)
	sort.Strings(p.Figures)
	return p
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// CountedKey is what a claim counts, as grouping compares it: its subject
// and metric.
func CountedKey(c *claimdiff.Claim) string {
	return strings.ToLower(strings.TrimSpace(c.Subject)) + "|" + string(c.Metric)
}

// The evidence that joins an article to a story (see score).
const (
	datedEvidence   = 2  // both dated, at most the window apart
	undatedEvidence = 4  // either without a date
	minFigure       = 10 // a smaller figure is too common to tell events apart
)

// Index holds the articles grouped so far and assigns the next ones to
// stories. It finds the candidates for an article without looking at every
// member, by what the evidence needs: a dated article shares a figure or
// a named source with a member dated within the window (two things
// counted in common are worth one point only), and an article without a
// date shares a figure with any member. So members are indexed by
// outermost place and figure, and, when dated, by outermost place, figure
// or source, and span of days as long as the window.
type Index struct {
	window  int
	parent  func(string) string // the place that contains a place; "" for none
	parents map[string]string   // parent's answers so far
	members []member
	byFig   map[uint64][]int32 // members by outermost place and figure (see indexKey)
	bySpan  map[uint64][]int32 // dated members by outermost place, figure or source, and span of days
	undated map[uint64][]int32 // members without a date by outermost place and figure
	stories map[string]string  // story key → place
	seen    []int32            // scratch: the last article each member was a candidate for
}

type member struct {
	place string // the article's place
	story string
	root  uint64 // the digest of the outermost place containing the article's place
	day   int    // days since 1970; noDay when unknown
	// The profile's lists as sorted digests, compared many times over.
	figures, counted, named []uint64
}

// newMember prepares a profile for the index.
func (x *Index) newMember(p Profile, story string) member {
	return member{place: p.Place(), story: story, root: digest(x.root(p.Place())), day: dayOf(p.Date),
		figures: digests(p.Figures), counted: digests(p.Counted), named: digests(p.Named)}
}

// digests are the sorted digests of a list of strings.
func digests(list []string) []uint64 {
	out := make([]uint64, len(list))
	for i, s := range list {
		out[i] = digest(s)
	}
	slices.Sort(out)
	return out
}

// digest is the FNV-1a digest of a string.
func digest(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// indexKey is an index key as one number, from the digest of an
// outermost place, the digest of a figure or a source, and for dated
// members the span of days (day / (window+1)). Two keys that collide only
// bring a candidate more, which score then weighs like any other.
func indexKey(place, key uint64, span int) uint64 {
	return (place*0x100000001b3 ^ key) + uint64(span)*0x9e3779b97f4a7c15
}

// sourceKey marks a source's digest apart from a figure's.
const sourceKey = 1 << 63

const noDay = -1 << 31

// NewIndex returns an empty index that joins dated articles at most window
// days apart. parent tells the place that contains a place ("Kursk" →
// "Russia"), "" for none: an article about a place and one about the place
// that contains it may tell one story.
func NewIndex(window int, parent func(string) string) *Index {
	if parent == nil {
		parent = func(string) string { return "" }
	}
	return &Index{window: window, parent: parent, byFig: map[uint64][]int32{}, bySpan: map[uint64][]int32{},
		undated: map[uint64][]int32{}, stories: map[string]string{}, parents: map[string]string{}}
}

// parentOf is parent's answer for place, asked once.
func (x *Index) parentOf(place string) string {
	up, ok := x.parents[place]
	if !ok {
		up = x.parent(place)
		x.parents[place] = up
	}
	return up
}

// root is the outermost place containing place.
func (x *Index) root(place string) string {
	for n := 0; n < 16; n++ { // a cycle in the data ends here
		up := x.parentOf(place)
		if up == "" {
			break
		}
		place = up
	}
	return place
}

// within tells whether place a is place b or lies in it.
func (x *Index) within(a, b string) bool {
	for n := 0; n < 16 && a != ""; n++ {
		if a == b {
			return true
		}
		a = x.parentOf(a)
	}
	return false
}

// Add records an article already grouped into story, whose place is place.
func (x *Index) Add(p Profile, story, place string) {
	if _, ok := x.stories[story]; !ok {
		x.stories[story] = place
	}
	m := x.newMember(p, story)
	i := int32(len(x.members))
	x.members = append(x.members, m)
	x.seen = append(x.seen, -1)
	if p.Place() == "" {
		return
	}
	for _, f := range m.figures {
		k := indexKey(m.root, f&^sourceKey, noDay)
		x.byFig[k] = append(x.byFig[k], i)
		if m.day == noDay {
			x.undated[k] = append(x.undated[k], i)
		} else {
			k = indexKey(m.root, f&^sourceKey, x.span(m.day))
			x.bySpan[k] = append(x.bySpan[k], i)
		}
	}
	if m.day != noDay {
		for _, n := range m.named {
			k := indexKey(m.root, n|sourceKey, x.span(m.day))
			x.bySpan[k] = append(x.bySpan[k], i)
		}
	}
}

// span is the span of days a day falls in: spans are as long as the
// window, so that a day within the window of another lies in its span or
// the one before or after.
func (x *Index) span(day int) int {
	w := x.window + 1
	if day < 0 {
		return -((-day + w - 1) / w)
	}
	return day / w
}

// Assign finds the story an article tells and records it there: the story
// of the article it shares most with, else a new story named after its
// place and date. It returns the story's key and place.
func (x *Index) Assign(p Profile) (story, place string) {
	best, bestScore := -1, 0
	q := x.newMember(p, "")
	x.candidates(&q, func(i int32) {
		if s := x.score(&x.members[i], &q); s > bestScore || s == bestScore && s > 0 && int(i) < best {
			best, bestScore = int(i), s
		}
	})
	if best >= 0 {
		story = x.members[best].story
	} else {
		story = x.newKey(p)
	}
	place, ok := x.stories[story]
	if !ok {
		place = p.Place()
	}
	x.Add(p, story, place)
	return story, place
}

// candidates calls fn once with each member that may tell the same story
// as p (see Index).
func (x *Index) candidates(q *member, fn func(int32)) {
	if q.place == "" {
		return
	}
	me := int32(len(x.members))
	visit := func(list []int32) {
		for _, i := range list {
			if x.seen[i] != me {
				x.seen[i] = me
				fn(i)
			}
		}
	}
	if q.day == noDay {
		for _, f := range q.figures {
			visit(x.byFig[indexKey(q.root, f&^sourceKey, noDay)])
		}
		return
	}
	for sp := x.span(q.day) - 1; sp <= x.span(q.day)+1; sp++ {
		for _, f := range q.figures {
			visit(x.bySpan[indexKey(q.root, f&^sourceKey, sp)])
		}
		for _, n := range q.named {
			visit(x.bySpan[indexKey(q.root, n|sourceKey, sp)])
		}
	}
	// Members without a date need a figure in common.
	for _, f := range q.figures {
		visit(x.undated[indexKey(q.root, f&^sourceKey, noDay)])
	}
}

// Join records an article in a story the user named, creating it when it
// is new, with the article's place as the story's.
func (x *Index) Join(p Profile, story string) (place string) {
	place, ok := x.stories[story]
	if !ok {
		place = p.Place()
	}
	x.Add(p, story, place)
	return place
}

// score is the evidence that an article tells the same event as a member
// already grouped; 0 when it is too little to join them. Only articles
// whose figures stand mostly in the same place, or the one in the other,
// are weighed; then each figure both give for the same thing counts two,
// a second thing both count one, and a source both name one. Articles
// dated at most the window apart need two; where either has no date, four.
func (x *Index) score(m, q *member) int {
	need := undatedEvidence
	if m.day != noDay && q.day != noDay {
		if d := m.day - q.day; d > x.window || -d > x.window {
			return 0
		}
		need = datedEvidence
	}
	evidence := 2 * common(m.figures, q.figures)
	if common(m.counted, q.counted) >= 2 {
		evidence++
	}
	if common(m.named, q.named) > 0 {
		evidence++
	}
	if evidence < need {
		return 0
	}
	a, b := m.place, q.place
	if a == "" || b == "" || !x.within(a, b) && !x.within(b, a) {
		return 0
	}
	return evidence
}

// common counts the digests two sorted lists share.
func common(a, b []uint64) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

func dayOf(t time.Time) int {
	if t.IsZero() {
		return noDay
	}
	return int(t.Unix() / 86400)
}

// newKey names a new story by its place and date, "kursk-2024-11-05", or
// by its place and a digest of its article when it has no date; a second
// story of the same name gets "-2", and so on.
func (x *Index) newKey(p Profile) string {
	base := Slug(p.Place())
	if base == "" {
		base = "story"
	}
	if !p.Date.IsZero() {
		base += "-" + p.Date.Format(claimdiff.DateLayout)
	} else {
		h := sha256.Sum256([]byte(p.Article))
		base += "-" + hex.EncodeToString(h[:3])
	}
	key := base
	for n := 2; ; n++ {
		if _, taken := x.stories[key]; !taken {
			return key
		}
		key = base + "-" + strconv.Itoa(n)
	}
}

// Slug is a name as a story key takes it: lower case ASCII letters and
// digits, words joined by hyphens.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == 'ä':
			b.WriteString("ae")
		case r == 'ö':
			b.WriteString("oe")
		case r == 'ü':
			b.WriteString("ue")
		case r == 'ß':
			b.WriteString("ss")
		default:
			dash = true
		}
	}
	return b.String()
}
