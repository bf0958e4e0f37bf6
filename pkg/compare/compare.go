// Package compare finds where claims disagree. It is a pure function of the
// claims: no store, no clock. The rules are those of claimdiff's comparison
// semantics:
//
//   - claims are compared only within one quantity — the same canonical
//     subject, metric and location, and the same kind of figure: a
//     standing figure never meets a count over a period or an increment,
//     and counts over periods meet only over the same period;
//   - only figures stated within a window of days of each other are
//     compared, and a source never disputes itself: a source that changes
//     its own figure has made a revision;
//   - each claim allows a closed interval; two claims conflict when their
//     intervals do not meet, and the gap is the distance between them as a
//     share of the larger bound; an upper bound ("bis zu", "up to") also
//     disputes a figure it lies far above, while a lower bound
//     ("mindestens") never disputes a higher figure;
//   - a part (Kursk) above the whole (Russia), and killed above casualties,
//     are conflicts across quantities, filed with the whole and the
//     casualties;
//   - sources relayed by several outlets count once (voices).
package compare

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
	_ "github.com/claimdiff/claimdiff/pkg/lang/languages" // the lexicons looked up here
)

// Options tune the comparison. The zero value is not useful: start from
// Defaults.
type Options struct {
	// Window is how many days apart two figures may be stated and still
	// be compared.
	Window int
	// Tolerance widens every interval by this share before comparing, for
	// reading rounded figures loosely.
	Tolerance float64
	// MinSeverity drops disputes below it.
	MinSeverity claimdiff.Severity
}

// Defaults are the comparison's defaults: a 14-day window, no tolerance,
// every severity.
var Defaults = Options{Window: 14, MinSeverity: claimdiff.Minor}

// Severity thresholds on the gap.
const (
	majorGap  = 0.15
	severeGap = 0.50
)

// apart is how many times larger than the figures below it a figure must
// be to count something else: two estimates of one crowd or one toll differ
// by a factor of a few, while 15 dead in one town and 90,000 in a province,
// or 7 seats and 48 million voters, are not one quantity misread twice.
const apart = 30

// SeverityOf grades a gap.
func SeverityOf(gap float64) claimdiff.Severity {
	switch {
	case gap > severeGap:
		return claimdiff.Severe
	case gap >= majorGap:
		return claimdiff.Major
	}
	return claimdiff.Minor
}

// item is a claim prepared for comparison.
type item struct {
	c      *claimdiff.Claim
	idx    int // index in the caller's slice
	q      claimdiff.Quantity
	lo, hi float64 // with ±Inf for open ends, widened by the tolerance
	upper  bool    // an upper bound: "bis zu", "up to", "höchstens"
	day    int     // days since the epoch; noDay when unknown
	src    int32   // the source, numbered alike for names alike but for case
}

// sourceIDs numbers sources, the same number for names that differ only in
// case.
type sourceIDs struct {
	byName, byLower map[string]int32
}

func newSourceIDs() *sourceIDs {
	return &sourceIDs{byName: map[string]int32{}, byLower: map[string]int32{}}
}

func (s *sourceIDs) id(name string) int32 {
	if id, ok := s.byName[name]; ok {
		return id
	}
	lower := strings.ToLower(name)
	id, ok := s.byLower[lower]
	if !ok {
		id = int32(len(s.byLower))
		s.byLower[lower] = id
	}
	s.byName[name] = id
	return id
}

const noDay = math.MinInt32

// QuantityOf returns the quantity a claim is about: a claim that names no
// place is about its story's, and its subject is read in the controlled
// vocabulary ("demonstrators" are protesters), as a claim written by hand
// may name it otherwise.
func QuantityOf(c *claimdiff.Claim) claimdiff.Quantity {
	q := claimdiff.Quantity{
		Story:    c.Story,
		Subject:  lang.CanonicalSubject(strings.ToLower(strings.TrimSpace(c.Subject))),
		Metric:   c.Metric,
		Location: locationOf(c),
		Kind:     claimdiff.Standing,
	}
	if p := strings.TrimSpace(c.Period); p != "" {
		q.Kind = periodKind(p)
		if q.Kind == claimdiff.PeriodCnt {
			q.Period = strings.ToLower(p)
		}
	}
	return q
}

// locationOf is the place a claim is compared under: its own, else its
// story's.
func locationOf(c *claimdiff.Claim) string {
	if l := strings.TrimSpace(c.Location); l != "" {
		return l
	}
	return strings.TrimSpace(c.StoryPlace)
}

// periodKind tells what a claim's period phrase makes of its figure, by
// the words of every language: an increment ("weitere", "additional"), a
// part of a figure given before ("dieser", "of them"), a capacity or
// permit ("angemeldet", "room for"), else a count over a period.
func periodKind(p string) claimdiff.FigureKind {
	toks := lang.Tokenize(p)
	if len(toks) == 0 {
		return claimdiff.PeriodCnt
	}
	for i := range toks {
		toks[i].Lower = strings.ToLower(toks[i].Text)
	}
	for _, code := range lang.Codes() {
		lx := lang.Get(code)
		if _, ok := lx.Section("increment").Has(toks[0].Lower); ok && len(toks) <= 2 {
			return claimdiff.Increment
		}
		for _, k := range [...]struct {
			section string
			kind    claimdiff.FigureKind
		}{{"part", claimdiff.Part}, {"capacity", claimdiff.Capacity}} {
			if m, ok := lx.Section(k.section).At(toks, 0); ok && m.End == len(toks) {
				return k.kind
			}
		}
	}
	return claimdiff.PeriodCnt
}

// quantityKey is what QuantityOf reads of a claim.
type quantityKey struct {
	story, subject, location, storyPlace, period string
	metric                                       claimdiff.Metric
}

func keyOf(c *claimdiff.Claim) quantityKey {
	return quantityKey{c.Story, c.Subject, c.Location, c.StoryPlace, c.Period, c.Metric}
}

// prepare makes items of the claims, or of those at the indexes in only
// when it is not nil.
func prepare(claims []claimdiff.Claim, only []int, opt Options) []item {
	n := len(claims)
	if only != nil {
		n = len(only)
	}
	items := make([]item, 0, n)
	quantities := map[quantityKey]claimdiff.Quantity{} // QuantityOf, once per distinct quantity
	sources := newSourceIDs()
	for x := range n {
		i := x
		if only != nil {
			i = only[x]
		}
		c := &claims[i]
		k := keyOf(c)
		q, ok := quantities[k]
		if !ok {
			q = QuantityOf(c)
			quantities[k] = q
		}
		it := item{c: c, idx: i, q: q, lo: math.Inf(-1), hi: math.Inf(1), day: noDay, src: sources.id(c.Source)}
		if c.Low != nil {
			it.lo = *c.Low * (1 - opt.Tolerance)
		}
		if c.High != nil {
			it.hi = *c.High * (1 + opt.Tolerance)
		}
		it.upper = c.Low == nil && c.High != nil
		if !c.StatedOn.IsZero() {
			it.day = int(c.StatedOn.Unix() / 86400)
		}
		items = append(items, it)
	}
	return items
}

// within: two days are compared when either is unknown or they lie within
// the window.
func within(a, b, window int) bool {
	if a == noDay || b == noDay {
		return true
	}
	d := a - b
	if d < 0 {
		d = -d
	}
	return d <= window
}

// disagree tells whether two items of one quantity conflict, how, and by
// what gap. Counts are whole: intervals one apart (…9,999 and 10,000…)
// meet.
func disagree(a, b *item) (claimdiff.ConflictKind, float64, bool) {
	switch {
	case a.hi < b.lo-1:
		return claimdiff.Intervals, gap(b.lo-a.hi, a, b), true
	case b.hi < a.lo-1:
		return claimdiff.Intervals, gap(a.lo-b.hi, a, b), true
	}
	// An upper bound is a high estimate: far above another figure it disputes it.
	for _, p := range [2][2]*item{{a, b}, {b, a}} {
		u, o := p[0], p[1]
		if u.upper && !o.upper && !math.IsInf(o.hi, 1) && u.hi > o.hi {
			if g := (u.hi - o.hi) / u.hi; g >= majorGap {
				return claimdiff.UpperBound, g, true
			}
		}
	}
	return "", 0, false
}

// gap is a distance as a share of the larger finite bound of the two.
func gap(distance float64, a, b *item) float64 {
	larger := 0.0
	for _, v := range []float64{a.lo, a.hi, b.lo, b.hi} {
		if !math.IsInf(v, 0) && math.Abs(v) > larger {
			larger = math.Abs(v)
		}
	}
	if larger == 0 {
		return 0
	}
	return distance / larger
}

// edge is one conflict between two items of a quantity's dispute.
type edge struct {
	a, b int // item indexes
	kind claimdiff.ConflictKind
	gap  float64
}

// graph gathers the conflicts as they are found, without keeping them all:
// the sets of claims they link, per quantity, and for each claim the pair
// it disagrees in most. Its memory grows with the claims, not with the
// pairs, which a large store has many times more of.
//
// Its nodes are the items, each in its own quantity's disputes, and, for an
// item that also stands in another quantity's dispute (a part in its
// whole's), one more node for that.
type graph struct {
	items  []item
	parent []int32
	item   []int32 // the item of each node
	worst  []edge  // the worst pair of each node; gap < 0 for none
	proxyQ map[int32]claimdiff.Quantity
	proxy  map[proxyKey]int32
	qid    map[claimdiff.Quantity]int32
	pos    []int32 // scratch for build
}

type proxyKey struct {
	q, item int32 // quantity number, item
}

func newGraph(items []item) *graph {
	// Room for as many nodes again for items in other quantities' disputes.
	n := len(items)
	g := &graph{items: items, parent: make([]int32, n, 2*n), item: make([]int32, n, 2*n),
		worst: make([]edge, n, 2*n), proxyQ: map[int32]claimdiff.Quantity{}, proxy: map[proxyKey]int32{},
		qid: map[claimdiff.Quantity]int32{}}
	for i := range items {
		g.parent[i], g.item[i], g.worst[i].gap = int32(i), int32(i), -1
	}
	return g
}

// id numbers a quantity, for looking up nodes of foreign items.
func (g *graph) id(q claimdiff.Quantity) int32 {
	id, ok := g.qid[q]
	if !ok {
		id = int32(len(g.qid))
		g.qid[q] = id
	}
	return id
}

// node is item x's node in the disputes of quantity q, numbered id.
func (g *graph) node(q claimdiff.Quantity, id int32, x int, own bool) int32 {
	if own {
		return int32(x)
	}
	k := proxyKey{id, int32(x)}
	if n, ok := g.proxy[k]; ok {
		return n
	}
	n := int32(len(g.parent))
	g.parent = append(g.parent, n)
	g.item = append(g.item, int32(x))
	g.worst = append(g.worst, edge{gap: -1})
	g.proxy[k] = n
	g.proxyQ[n] = q
	return n
}

func (g *graph) find(x int32) int32 { return root(g.parent, x) }

// root is the root of x in a union-find forest given by parent, halving
// the path on the way.
func root(parent []int32, x int32) int32 {
	for parent[x] != x {
		parent[x] = parent[parent[x]]
		x = parent[x]
	}
	return x
}

// add files a conflict under quantity q, numbered id; ownA and ownB tell
// whether the items are of q themselves.
func (g *graph) add(q claimdiff.Quantity, id int32, e edge, ownA, ownB bool) {
	na, nb := g.node(q, id, e.a, ownA), g.node(q, id, e.b, ownB)
	for _, n := range [2]int32{na, nb} {
		if e.gap > g.worst[n].gap {
			g.worst[n] = e
		}
	}
	g.parent[g.find(na)] = g.find(nb)
}

// quantity is the quantity whose disputes node n stands in.
func (g *graph) quantity(n int32) claimdiff.Quantity {
	if q, ok := g.proxyQ[n]; ok {
		return q
	}
	return g.items[n].q
}

// Conflicts returns the disputes among claims, most severe first.
func Conflicts(claims []claimdiff.Claim, opt Options) []claimdiff.Conflict {
	found := Find(claims, opt)
	out := make([]claimdiff.Conflict, len(found))
	for i, f := range found {
		out[i] = f.Conflict
		out[i].Claims = make([]claimdiff.Claim, len(f.Index))
		for n, x := range f.Index {
			out[i].Claims[n] = claims[x]
		}
	}
	return out
}

// Found is a dispute as Find returns it: a Conflict without its claims,
// and where they stand in the claims given.
type Found struct {
	claimdiff.Conflict       // Claims is nil
	Index              []int // Conflict's claims by their index in the input
}

// Find returns the disputes among claims, most severe first, as Conflicts
// does, but without copying their claims: for comparing many claims at
// once.
func Find(claims []claimdiff.Claim, opt Options) []Found {
	return FindAmong(claims, nil, opt)
}

// FindAmong is Find over the claims at the indexes in only, in increasing
// order; Found.Index still points into claims.
func FindAmong(claims []claimdiff.Claim, only []int, opt Options) []Found {
	return assemble(link(claims, only, opt, sweepWide), opt)
}

// pairing says how the claims of a quantity are compared with those in
// their window.
type pairing int

const (
	// sweepWide sweeps where the windows hold many claims (see sweep.go).
	sweepWide pairing = iota
	// everyPair compares every claim with every claim in its window: the
	// reference the sweep must equal.
	everyPair
)

// link builds the graph of the claims at the indexes in only (all when
// nil): a node per claim, an edge per pair that disagrees.
func link(claims []claimdiff.Claim, only []int, opt Options, how pairing) *graph {
	items := prepare(claims, only, opt)
	groups := group(items)
	g := newGraph(items)
	// Each claim's place in its quantity, by day: of pairs as wide, the
	// first by place is a claim's worst.
	posOf := make([]int32, len(items))
	for _, idx := range groups {
		for k, i := range idx {
			posOf[i] = int32(k)
		}
	}
	for q, idx := range groups {
		appendQuantityEdges(g, items, idx, posOf, q, opt, how)
	}
	appendCrossEdges(g, items, groups, posOf, opt, how)
	return g
}

// group gathers item indexes by quantity, each group ordered by day
// (unknown days first).
func group(items []item) map[claimdiff.Quantity][]int {
	groups := map[claimdiff.Quantity][]int{}
	for i := range items {
		if !items[i].q.Kind.Compared() {
			continue // "rund 2000 weitere", "1.000 dieser Soldaten", "Platz für 50.000"
		}
		groups[items[i].q] = append(groups[items[i].q], i)
	}
	for _, idx := range groups {
		sort.SliceStable(idx, func(x, y int) bool { return items[idx[x]].day < items[idx[y]].day })
	}
	return groups
}

// appendQuantityEdges compares the claims of one quantity with each other,
// each with those stated in its window: pair by pair when the windows hold
// few claims or the figures are not counts, else by sweeping (see
// sweep.go), which finds the same.
func appendQuantityEdges(g *graph, items []item, idx []int, posOf []int32, q claimdiff.Quantity, opt Options, how pairing) {
	bands := scaleBands(items, idx)
	if len(bands) == 1 {
		appendBandEdges(g, items, idx, posOf, q, opt, how)
		return
	}
	// Each band is compared as a quantity of its own, its claims placed
	// within it; their places in the whole quantity are put back after.
	for _, band := range bands {
		if len(band) < 2 {
			continue
		}
		for k, i := range band {
			posOf[i] = int32(k)
		}
		appendBandEdges(g, items, band, posOf, q, opt, how)
	}
	for k, i := range idx {
		posOf[i] = int32(k)
	}
}

// scaleBands splits the claims of a quantity (ordered by day) where the
// figures jump by more than apart: sorted by their low ends, a claim whose
// low end is that many times above every high end before it opens a band of
// its own. Each band keeps the order by day.
func scaleBands(items []item, idx []int) [][]int {
	if len(idx) < 2 {
		return [][]int{idx}
	}
	byLo := append([]int(nil), idx...)
	sort.SliceStable(byLo, func(x, y int) bool { return items[byLo[x]].lo < items[byLo[y]].lo })
	band := make(map[int]int, len(idx))
	n, hi := 0, items[byLo[0]].hi
	for _, i := range byLo {
		it := &items[i]
		if hi > 0 && !math.IsInf(hi, 1) && it.lo > apart*hi {
			n++
		}
		band[i] = n
		hi = math.Max(hi, it.hi)
	}
	if n == 0 {
		return [][]int{idx}
	}
	out := make([][]int, n+1)
	for _, i := range idx {
		out[band[i]] = append(out[band[i]], i)
	}
	return out
}

func appendBandEdges(g *graph, items []item, idx []int, posOf []int32, q claimdiff.Quantity, opt Options, how pairing) {
	if how == sweepWide && !fewPairs(items, idx, idx, opt.Window, 2*pairsPerClaim*len(idx)) && sweepable(items, idx) {
		sweepQuantityEdges(g, items, idx, posOf, opt)
		return
	}
	appendQuantityPairs(g, items, idx, q, opt)
}

// appendQuantityPairs compares the claims of one quantity pair by pair,
// each with those stated in the window after it.
func appendQuantityPairs(g *graph, items []item, idx []int, q claimdiff.Quantity, opt Options) {
	for x, i := range idx {
		a := &items[i]
		for _, j := range idx[x+1:] {
			b := &items[j]
			if a.day != noDay && b.day != noDay && b.day-a.day > opt.Window {
				break
			}
			if !within(a.day, b.day, opt.Window) || sameSource(a, b) {
				continue
			}
			if kind, gp, ok := disagree(a, b); ok {
				g.add(q, -1, edge{a: i, b: j, kind: kind, gap: gp}, true, true)
			}
		}
	}
}

func sameSource(a, b *item) bool { return a.src == b.src }

// inWindow calls fn with each item of idx (ordered by day) that may be
// compared with one stated on day: those of unknown day, and those within
// the window of it.
func inWindow(items []item, idx []int, day, window int, fn func(int)) {
	known := sort.Search(len(idx), func(k int) bool { return items[idx[k]].day != noDay })
	for _, j := range idx[:known] {
		fn(j)
	}
	from, to := known, len(idx)
	if day != noDay {
		from = known + sort.Search(len(idx)-known, func(k int) bool { return items[idx[known+k]].day >= day-window })
		to = known + sort.Search(len(idx)-known, func(k int) bool { return items[idx[known+k]].day > day+window })
	}
	for _, j := range idx[from:to] {
		fn(j)
	}
}

// sortedQuantities are the quantities of groups in a fixed order.
func sortedQuantities(groups map[claimdiff.Quantity][]int) []claimdiff.Quantity {
	quantities := make([]claimdiff.Quantity, 0, len(groups))
	for q := range groups {
		quantities = append(quantities, q)
	}
	slices.SortFunc(quantities, func(a, b claimdiff.Quantity) int {
		return cmp.Or(cmp.Compare(a.Story, b.Story), cmp.Compare(a.Subject, b.Subject), cmp.Compare(a.Metric, b.Metric), cmp.Compare(a.Location, b.Location),
			cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Period, b.Period))
	})
	return quantities
}

// appendCrossEdges finds conflicts across quantities: a part above the
// whole, killed above casualties. Each pair of quantities is compared as
// one quantity is: the claims of a part with those of its whole in their
// window, the killed with the casualties, pair by pair when the windows
// hold few claims or the figures are not counts, else by sweeping.
//
// The quantities are taken in order, so that of two pairs as wide, the
// same is a claim's worst on every run.
func appendCrossEdges(g *graph, items []item, groups map[claimdiff.Quantity][]int, posOf []int32, opt Options, how pairing) {
	places := lang.Places()
	quantities := sortedQuantities(groups)
	for _, q := range quantities {
		parts := groups[q]
		// Part above whole: each ancestor of the location is a whole.
		for n := places.Parent(places.Lookup(q.Location)); n != nil; n = places.Parent(n) {
			wq := q
			wq.Location = n.Name
			wholes, ok := groups[wq]
			if !ok {
				continue
			}
			wid := g.id(wq)
			if how == sweepWide && !fewPairs(items, parts, wholes, opt.Window, pairsPerClaim*(len(parts)+len(wholes))) &&
				sweepable(items, parts) && sweepable(items, wholes) {
				sweepPartAboveWhole(g, items, parts, wholes, posOf, quantityRef{wq, wid}, opt)
			} else {
				appendPartAboveWholePairs(g, items, parts, wholes, wq, wid, opt)
			}
		}
		// Killed above casualties.
		if q.Metric != claimdiff.Killed {
			continue
		}
		cq := q
		cq.Metric = claimdiff.Casualties
		casualties, ok := groups[cq]
		if !ok {
			continue
		}
		cid := g.id(cq)
		wq := q
		wq.Metric = claimdiff.Wounded
		wounded := groups[wq]
		// Pair by pair, a source's pairs on one day look up its wounded.
		budget := pairsPerClaim * (len(parts) + len(casualties)) / (1 + len(wounded))
		if how == sweepWide && !fewPairs(items, parts, casualties, opt.Window, budget) &&
			sweepable(items, parts) && sweepable(items, casualties) && sweepable(items, wounded) {
			sweepKilledAboveCasualties(g, items, parts, casualties, wounded, posOf, quantityRef{cq, cid}, opt)
		} else {
			appendKilledAboveCasualtiesPairs(g, items, parts, casualties, wounded, cq, cid, opt)
		}
	}
}

// appendPartAboveWholePairs compares each claim of a part with each claim
// of its whole within its window.
func appendPartAboveWholePairs(g *graph, items []item, parts, wholes []int, wq claimdiff.Quantity, wid int32, opt Options) {
	for _, p := range parts {
		a := &items[p]
		if math.IsInf(a.lo, -1) {
			continue
		}
		inWindow(items, wholes, a.day, opt.Window, func(w int) {
			b := &items[w]
			if !math.IsInf(b.hi, 1) && a.lo > b.hi+1 && !sameSource(a, b) {
				g.add(wq, wid, edge{a: w, b: p, kind: claimdiff.PartAboveWhole, gap: (a.lo - b.hi) / a.lo}, true, false)
			}
		})
	}
}

// appendKilledAboveCasualtiesPairs compares each claim of killed with each
// claim of casualties within its window.
func appendKilledAboveCasualtiesPairs(g *graph, items []item, killed, casualties, wounded []int, cq claimdiff.Quantity, cid int32, opt Options) {
	for _, k := range killed {
		a := &items[k]
		if math.IsInf(a.lo, -1) {
			continue
		}
		inWindow(items, casualties, a.day, opt.Window, func(c int) {
			b := &items[c]
			if math.IsInf(b.hi, 1) {
				return
			}
			lo := a.lo
			if sameSource(a, b) {
				// The same source on the same day: killed and wounded
				// together may not exceed its casualties either.
				if a.day != b.day {
					return
				}
				for _, w := range wounded {
					if sameSource(&items[w], a) && items[w].day == a.day && !math.IsInf(items[w].lo, -1) {
						lo += items[w].lo
						break
					}
				}
			}
			if lo > b.hi+1 {
				g.add(cq, cid, edge{a: c, b: k, kind: claimdiff.KilledAboveCasualties, gap: (lo - b.hi) / lo}, true, false)
			}
		})
	}
}

// assemble turns the graph into disputes: the claims of a quantity linked
// by conflicts form one dispute.
func assemble(g *graph, opt Options) []Found {
	members := map[int32][]int32{}
	var roots []int32
	for n := range g.parent {
		if g.worst[n].gap < 0 {
			continue
		}
		r := g.find(int32(n))
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], int32(n))
	}
	var out []Found
	ids := make(map[string]bool, len(roots))
	for _, r := range roots {
		f, first := build(g, g.quantity(r), members[r])
		if ids[f.ID] {
			// Two disputes of one quantity begun on one day: the later
			// one is told apart by its first claim.
			f.ID = claimID(f.Quantity, first)
		}
		ids[f.ID] = true
		if f.Severity.Rank() >= opt.MinSeverity.Rank() {
			out = append(out, f)
		}
	}
	sort.Slice(out, func(i, j int) bool { return Before(&out[i].Conflict, &out[j].Conflict) })
	return out
}

// Before orders disputes most severe first, then by gap, then by ID.
func Before(a, b *claimdiff.Conflict) bool {
	if a.Severity.Rank() != b.Severity.Rank() {
		return a.Severity.Rank() > b.Severity.Rank()
	}
	if a.Gap != b.Gap {
		return a.Gap > b.Gap
	}
	return a.ID < b.ID
}

// build makes the dispute of quantity q among the nodes, with the pair
// each claim disagrees in most; it returns the dispute's first claim too.
func build(g *graph, q claimdiff.Quantity, nodes []int32) (Found, *claimdiff.Claim) {
	items := g.items
	f := Found{Conflict: claimdiff.Conflict{Quantity: q}}
	c := &f.Conflict
	// Claims by day, then source, then article: a stable order for reports
	// and IDs. The names are ranked first, so that a dispute of a million
	// claims is sorted by numbers.
	sources, articles := newNameRanks(len(nodes)), newNameRanks(len(nodes))
	keys := make([]nodeKey, len(nodes))
	for n, node := range nodes {
		x := g.item[node]
		keys[n] = nodeKey{day: items[x].day, source: sources.of(items[x].c.Source), article: articles.of(items[x].c.Article), item: x, node: node}
	}
	sources.rank()
	articles.rank()
	for n := range keys {
		keys[n].source, keys[n].article = sources.ranks[keys[n].source], articles.ranks[keys[n].article]
	}
	slices.SortFunc(keys, func(a, b nodeKey) int {
		return cmp.Or(cmp.Compare(a.day, b.day), cmp.Compare(a.source, b.source), cmp.Compare(a.article, b.article), cmp.Compare(a.item, b.item))
	})
	for n := range keys {
		nodes[n] = keys[n].node
	}
	if g.pos == nil {
		g.pos = make([]int32, len(items))
	}
	pos := g.pos // item → place in the dispute, set for the items of this dispute
	f.Index = make([]int, len(nodes))
	for n, node := range nodes {
		x := int(g.item[node])
		pos[x] = int32(n)
		f.Index[n] = items[x].idx
		cl := items[x].c
		if !cl.StatedOn.IsZero() && (c.Since.IsZero() || cl.StatedOn.Before(c.Since)) {
			c.Since = cl.StatedOn
		}
		if cl.StatedOn.After(c.Until) {
			c.Until = cl.StatedOn
		}
	}
	pairs := make([]claimdiff.ConflictPair, 0, len(nodes))
	for _, node := range nodes {
		e := g.worst[node]
		pairs = append(pairs, claimdiff.ConflictPair{A: int(pos[e.a]), B: int(pos[e.b]), Kind: e.kind, Gap: e.gap})
		if e.gap > c.Gap {
			c.Gap = e.gap
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].A != pairs[j].A {
			return pairs[i].A < pairs[j].A
		}
		return pairs[i].B < pairs[j].B
	})
	for i, p := range pairs {
		if i > 0 && p.A == pairs[i-1].A && p.B == pairs[i-1].B {
			continue // the worst pair of both its claims
		}
		p.Severity = SeverityOf(p.Gap)
		c.Pairs = append(c.Pairs, p)
	}
	claimAt := func(n int) *claimdiff.Claim { return items[g.item[nodes[n]]].c }
	c.Severity = SeverityOf(c.Gap)
	c.Voices = voices(len(nodes), claimAt, func(n int) int32 { return items[g.item[nodes[n]]].src })
	c.Sources = len(c.Voices)
	c.ID = conflictID(q, claimAt(0))
	return f, claimAt(0)
}

// nodeKey is where a node stands in its dispute.
type nodeKey struct {
	day             int
	source, article int32 // ranks of the names
	item, node      int32
}

// nameRanks numbers names, then ranks them in order.
type nameRanks struct {
	number map[string]int32
	names  []string
	ranks  []int32 // by number
}

func newNameRanks(n int) *nameRanks { return &nameRanks{number: make(map[string]int32, min(n, 64))} }

func (r *nameRanks) of(name string) int32 {
	if n, ok := r.number[name]; ok {
		return n
	}
	n := int32(len(r.names))
	r.number[name] = n
	r.names = append(r.names, name)
	return n
}

func (r *nameRanks) rank() {
	order := make([]int32, len(r.names))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(r.names[a], r.names[b]) })
	r.ranks = make([]int32, len(order))
	for rank, n := range order {
		r.ranks[n] = int32(rank)
	}
}

// conflictID is a short digest of the quantity, its story and the day the
// dispute's first figure was stated: a dispute keeps its ID while later
// claims join it, and when a hand-checked claim replaces an extracted one.
func conflictID(q claimdiff.Quantity, first *claimdiff.Claim) string {
	h := sha256.New()
	h.Write([]byte(q.String()))
	if q.Story != "" {
		h.Write([]byte("\x00story " + q.Story))
	}
	h.Write([]byte("\x00since " + claimdiff.FormatDate(first.StatedOn)))
	return "d-" + hex.EncodeToString(h.Sum(nil))[:10]
}

// claimID tells apart a second dispute of one quantity begun on the same
// day by its first claim: article, figure and source.
func claimID(q claimdiff.Quantity, first *claimdiff.Claim) string {
	h := sha256.New()
	h.Write([]byte(q.String() + "\x00story " + q.Story))
	h.Write([]byte("\x00" + first.Article + "\x00" + string(first.Qualifier) + " " + strconv.FormatFloat(first.Value, 'g', -1, 64) +
		"\x00" + first.Source))
	return "d-" + hex.EncodeToString(h.Sum(nil))[:10]
}

// Voices gathers claims by source: one voice per source and interval,
// listing every outlet that carried it by name (see Claim.OutletName).
func Voices(claims []claimdiff.Claim) []claimdiff.Voice {
	sources := newSourceIDs()
	return voices(len(claims), func(i int) *claimdiff.Claim { return &claims[i] },
		func(i int) int32 { return sources.id(claims[i].Source) })
}

// voices gathers n claims by their source, numbered by src.
func voices(n int, claim func(int) *claimdiff.Claim, src func(int) int32) []claimdiff.Voice {
	type key struct {
		lo, hi         float64
		source         int32
		openLo, openHi bool
	}
	idx := make(map[key]int, n)
	out := make([]claimdiff.Voice, 0, n)
	for i := 0; i < n; i++ {
		c := claim(i)
		k := key{source: src(i), openLo: c.Low == nil, openHi: c.High == nil}
		if c.Low != nil {
			k.lo = *c.Low
		}
		if c.High != nil {
			k.hi = *c.High
		}
		m, ok := idx[k]
		if !ok {
			m = len(out)
			idx[k] = m
			out = append(out, claimdiff.Voice{Source: c.Source, SourceKind: c.SourceKind, Low: c.Low, High: c.High})
		}
		v := &out[m]
		v.Claims = append(v.Claims, i)
		// Outlets by name: an article without one counts under the host
		// of its URL, and all articles known by neither as one unknown
		// outlet, since nothing says they are several.
		outlet := c.OutletName()
		if !contains(v.Outlets, outlet) {
			v.Outlets = append(v.Outlets, outlet)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
