package compare

import (
	"math"
	"sort"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// The disputes of a quantity are found by sorting and sweeping, not by
// comparing every claim with every other: a million claims of one figure
// have some 10^11 pairs within a window, and as many of them may conflict,
// but what the comparison returns is smaller — the sets of claims linked
// by conflicts, and for each claim the pair it disagrees in most. Both
// follow from a few questions about the claims within a claim's window:
//
//   - which claim of another source lies furthest below it, and which
//     first of those as far (the intervals sorted by their high ends);
//   - which lies furthest above it, by the gap, which divides by the
//     higher claim's own larger bound (a search among the intervals sorted
//     by their low ends, pruned by bounds on the gap);
//   - for an upper bound, the lowest figure of another source; for a
//     figure, the highest upper bound of another source;
//   - and, for the sets, every claim of another source that lies below
//     it: all of them join its dispute, which a union by sources, lowest
//     rank first, does once per set of claims already joined.
//
// The window is a sweep over days: days are cut into blocks one window
// long, so that all claims of a block are within the window of each other,
// a claim's partners in the block before are those later in their block
// than it is in its own, and in the block after those earlier; claims of
// no known day are compared with every claim.
//
// Every pair is met from both its claims, so joining each claim with those
// below it, and each upper bound with the figures under it, links them all.
// Of pairs as wide, a claim's worst is the partner first by place in its
// quantity, as when the pairs were added in that order.
//
// Each question costs a logarithm of the claims in the window but one: the
// search for the claim furthest above is pruned by bounds on the gap, not
// bounded by them. Figures as reporters write them — exact, rounded,
// ranges of a few widths — keep it to a few nodes of the tree; intervals
// of ever other widths could make it visit more.
//
// The sweep reads bounds as counts: none negative, the low end not above
// the high. A quantity with a figure outside that is compared pair by pair,
// and so is one whose windows hold few claims (pairsPerClaim).

// entry is a candidate for a best: a key, smaller being better, and the
// claim's source.
type entry struct {
	key float64
	src int32
}

const noSource int32 = -1

// best2 is the best entry and the best of another source than the best's,
// enough to answer "the best of any source but s" for every s.
type best2 struct{ a, b entry }

var none2 = best2{entry{math.Inf(1), noSource}, entry{math.Inf(1), noSource}}

// add adds e and reports whether the best two changed.
func (t *best2) add(e entry) bool {
	if e.src == noSource {
		return false
	}
	if t.a.src == noSource || e.key < t.a.key {
		if e.src != t.a.src {
			t.b = t.a
		}
		t.a = e
		return true
	}
	if e.src != t.a.src && (t.b.src == noSource || e.key < t.b.key) {
		t.b = e
		return true
	}
	return false
}

func (t *best2) merge(o best2) {
	t.add(o.a)
	t.add(o.b)
}

// except is the best entry of a source other than s.
func (t *best2) except(s int32) (entry, bool) {
	if t.a.src != noSource && t.a.src != s {
		return t.a, true
	}
	if t.b.src != noSource {
		return t.b, true
	}
	return entry{}, false
}

func treeSize(n int) int {
	size := 1
	for size < n {
		size *= 2
	}
	return size
}

func newTree(size int) []best2 {
	t := make([]best2, 2*size)
	for i := range t {
		t[i] = none2
	}
	return t
}

// distinct sorts values and drops repeats.
func distinct(values []float64) []float64 {
	sort.Float64s(values)
	out := values[:0]
	for i, v := range values {
		if i == 0 || v != values[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// hiIndex holds claims by one value, usually the high end of their
// interval: for each distinct value, the first claim of two sources that
// state it, by their place in their quantity.
type hiIndex struct {
	value []float64 // the distinct values, ascending
	size  int
	pos   []best2 // per node of the tree over the values: the least places
}

func newHiIndex(values []float64) *hiIndex {
	x := &hiIndex{value: distinct(values)}
	x.size = treeSize(len(x.value))
	x.pos = newTree(x.size)
	return x
}

// class is the rank of value among the distinct values.
func (x *hiIndex) class(v float64) int { return sort.SearchFloat64s(x.value, v) }

func (x *hiIndex) insert(class int, pos, src int32) {
	e := entry{float64(pos), src}
	for n := class + x.size; n >= 1 && x.pos[n].add(e); n /= 2 {
	}
}

func (x *hiIndex) has(n int, s int32) bool {
	_, ok := x.pos[n].except(s)
	return ok
}

// rank is how many values satisfy cond, which holds for values up to some
// value and for none above.
func (x *hiIndex) rank(cond func(float64) bool) int32 {
	return int32(sort.Search(len(x.value), func(c int) bool { return !cond(x.value[c]) }))
}

// near finds, among the claims of sources other than s whose value
// satisfies cond (true up to some value), the lowest value and the gap g
// gives it, g not increasing with the value; and of the claims whose value
// gives the same gap, the first by place.
func (x *hiIndex) near(s int32, cond func(float64) bool, g func(float64) float64) (gap float64, pos int32, ok bool) {
	if len(x.value) == 0 || !x.has(1, s) {
		return 0, 0, false
	}
	n := 1
	for n < x.size {
		if x.has(2*n, s) {
			n = 2 * n
		} else {
			n = 2*n + 1
		}
	}
	c0 := n - x.size
	if !cond(x.value[c0]) {
		return 0, 0, false
	}
	gap = g(x.value[c0])
	// Values a little apart can give the same gap in floating point: of
	// those, too, the first claim is the pair.
	rest := x.value[c0:]
	end := c0 + sort.Search(len(rest), func(k int) bool { v := rest[k]; return !cond(v) || g(v) != gap })
	acc := none2
	for l, r := c0+x.size, end+x.size; l < r; l, r = l/2, r/2 {
		if l&1 == 1 {
			acc.merge(x.pos[l])
			l++
		}
		if r&1 == 1 {
			r--
			acc.merge(x.pos[r])
		}
	}
	e, _ := acc.except(s)
	return gap, int32(e.key), true
}

// ratioIndex holds claims by two values x ≤ y, for gaps of the form
// (x − h) / y: a claim above another at h, whose gap is the distance over
// its own larger bound. For each distinct pair, the first claim of two
// sources, and for each node of the tree the largest x and least y, which
// bound the gap of every claim below it.
type ratioIndex struct {
	x, y            []float64 // the distinct pairs, by x, then y
	size            int
	pos, maxX, minY []best2
}

func newRatioIndex(pairs [][2]float64) *ratioIndex {
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i][0] != pairs[j][0] {
			return pairs[i][0] < pairs[j][0]
		}
		return pairs[i][1] < pairs[j][1]
	})
	r := &ratioIndex{}
	for i, p := range pairs {
		if i == 0 || p != pairs[i-1] {
			r.x, r.y = append(r.x, p[0]), append(r.y, p[1])
		}
	}
	r.size = treeSize(len(r.x))
	r.pos, r.maxX, r.minY = newTree(r.size), newTree(r.size), newTree(r.size)
	return r
}

func (r *ratioIndex) insert(x, y float64, pos, src int32) {
	c := sort.Search(len(r.x), func(c int) bool { return r.x[c] > x || r.x[c] == x && r.y[c] >= y })
	p, mx, my := entry{float64(pos), src}, entry{-x, src}, entry{y, src}
	for n := c + r.size; n >= 1; n /= 2 {
		a, b, d := r.pos[n].add(p), r.maxX[n].add(mx), r.minY[n].add(my)
		if !a && !b && !d {
			break
		}
	}
}

// search finds the largest gap (x − h) / y among claims of sources other
// than s whose x satisfies cond (true from some x on), and of those as
// large the first by place.
func (r *ratioIndex) search(h float64, s int32, cond func(float64) bool) (gap float64, pos int32, ok bool) {
	st := ratioSearch{r: r, h: h, s: s, from: sort.Search(len(r.x), func(c int) bool { return cond(r.x[c]) })}
	if st.from < len(r.x) {
		st.visit(1, 0, r.size)
	}
	return st.gap, st.pos, st.found
}

type ratioSearch struct {
	r     *ratioIndex
	h     float64
	s     int32
	from  int
	found bool
	gap   float64
	pos   int32
}

func (st *ratioSearch) visit(n, lo, hi int) {
	r := st.r
	if hi <= st.from {
		return
	}
	p, ok := r.pos[n].except(st.s)
	if !ok {
		return
	}
	if n >= r.size {
		c := n - r.size
		g := (r.x[c] - st.h) / r.y[c]
		if !st.found || g > st.gap || g == st.gap && int32(p.key) < st.pos {
			st.found, st.gap, st.pos = true, g, int32(p.key)
		}
		return
	}
	// The gap of every claim below n is at most this: floating point
	// subtraction and division are monotone.
	mx, _ := r.maxX[n].except(st.s)
	my, _ := r.minY[n].except(st.s)
	if bound := (-mx.key - st.h) / my.key; st.found && (bound < st.gap || bound == st.gap && int32(p.key) >= st.pos) {
		return
	}
	mid := (lo + hi) / 2
	st.visit(2*n+1, mid, hi)
	st.visit(2*n, lo, mid)
}

// token is a claim in a prefixJoin: its rank, its node in the union-find,
// its source.
type token struct{ rank, node, src int32 }

// srcKey is a source's least rank, as of generation gen.
type srcKey struct{ rank, src, gen int32 }

// tokenHeap and srcHeap are min-heaps by rank.
type tokenHeap []token

func (h *tokenHeap) push(t token) {
	s := append(*h, t)
	for i := len(s) - 1; i > 0; {
		p := (i - 1) / 2
		if s[p].rank <= s[i].rank {
			break
		}
		s[p], s[i] = s[i], s[p]
		i = p
	}
	*h = s
}

func (h *tokenHeap) pop() token {
	s := *h
	top := s[0]
	last := len(s) - 1
	s[0] = s[last]
	s = s[:last]
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < len(s) && s[l].rank < s[m].rank {
			m = l
		}
		if l+1 < len(s) && s[l+1].rank < s[m].rank {
			m = l + 1
		}
		if m == i {
			break
		}
		s[i], s[m] = s[m], s[i]
		i = m
	}
	*h = s
	return top
}

type srcHeap []srcKey

func (h *srcHeap) push(t srcKey) {
	s := append(*h, t)
	for i := len(s) - 1; i > 0; {
		p := (i - 1) / 2
		if s[p].rank <= s[i].rank {
			break
		}
		s[p], s[i] = s[i], s[p]
		i = p
	}
	*h = s
}

func (h *srcHeap) pop() srcKey {
	s := *h
	top := s[0]
	last := len(s) - 1
	s[0] = s[last]
	s = s[:last]
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < len(s) && s[l].rank < s[m].rank {
			m = l
		}
		if l+1 < len(s) && s[l+1].rank < s[m].rank {
			m = l + 1
		}
		if m == i {
			break
		}
		s[i], s[m] = s[m], s[i]
		i = m
	}
	*h = s
	return top
}

// prefixJoin joins a claim with every claim of another source ranked below
// some rank, without visiting each: claims once joined stay joined, so
// each joined set keeps only its two lowest-ranked claims of distinct
// sources, which answer for it, and the sources are kept in a heap by
// their lowest rank.
type prefixJoin struct {
	local map[int32]int32 // source → its number here
	heaps []tokenHeap     // per source
	gen   []int32         // per source: the generation of its entry in srcs, -1 for none
	srcs  srcHeap
}

func newPrefixJoin() *prefixJoin { return &prefixJoin{local: map[int32]int32{}} }

func (pj *prefixJoin) add(t token) {
	s, ok := pj.local[t.src]
	if !ok {
		s = int32(len(pj.heaps))
		pj.local[t.src] = s
		pj.heaps = append(pj.heaps, nil)
		pj.gen = append(pj.gen, -1)
	}
	h := &pj.heaps[s]
	if len(*h) == 0 || t.rank < (*h)[0].rank {
		pj.gen[s]++
		if pj.gen[s] == 0 {
			pj.gen[s] = 1
		}
		pj.srcs.push(srcKey{t.rank, s, pj.gen[s]})
	}
	h.push(t)
}

// join joins node with every claim ranked below r of a source other than
// src.
func (pj *prefixJoin) join(r, src, node int32, unite func(a, b int32)) {
	own, ok := pj.local[src]
	if !ok {
		own = -1
	}
	var kept [2]token
	nkept := 0
	keep := func(t token) {
		switch {
		case nkept == 0:
			kept[0], nkept = t, 1
		case t.src == kept[0].src:
			if t.rank < kept[0].rank {
				kept[0] = t
			}
		case t.rank < kept[0].rank:
			kept[1], kept[0], nkept = kept[0], t, 2
		case nkept == 1 || t.rank < kept[1].rank:
			kept[1], nkept = t, 2
		}
	}
	var aside srcKey
	setAside := false
	for len(pj.srcs) > 0 && pj.srcs[0].rank < r {
		k := pj.srcs.pop()
		if k.gen != pj.gen[k.src] {
			continue // superseded
		}
		if k.src == own {
			aside, setAside = k, true
			continue
		}
		pj.gen[k.src]++
		h := &pj.heaps[k.src]
		for len(*h) > 0 && (*h)[0].rank < r {
			t := h.pop()
			unite(node, t.node)
			keep(t)
		}
		if len(*h) > 0 {
			pj.srcs.push(srcKey{(*h)[0].rank, k.src, pj.gen[k.src]})
		} else {
			pj.gen[k.src] = -1
		}
	}
	if setAside {
		pj.srcs.push(aside)
	}
	for _, t := range kept[:nkept] {
		pj.add(t)
	}
}

// inserter is a set of claims that grows by one claim at a time.
type inserter interface{ insert(j int) }

// sweepWindow asks, for each claim of qs, every claim of ss within its
// window: it calls ask with sets of claims of ss that together are those
// within the window of the claim, each once. qs and ss are ordered by day,
// unknown days first.
func sweepWindow[S inserter](items []item, qs, ss []int, window int, build func(universe []int) S, ask func(q int, s S)) {
	if len(qs) == 0 || len(ss) == 0 {
		return
	}
	unknown := func(idx []int) int {
		return sort.Search(len(idx), func(k int) bool { return items[idx[k]].day != noDay })
	}
	uq, us := unknown(qs), unknown(ss)
	fill := func(universe []int) S {
		set := build(universe)
		for _, j := range universe {
			set.insert(j)
		}
		return set
	}
	if uq > 0 {
		all := fill(ss)
		for _, q := range qs[:uq] {
			ask(q, all)
		}
	}
	kq, ks := qs[uq:], ss[us:]
	if len(kq) == 0 {
		return
	}
	if us > 0 {
		u := fill(ss[:us])
		for _, q := range kq {
			ask(q, u)
		}
	}
	if window < 0 || len(ks) == 0 {
		return
	}
	first := min(items[kq[0]].day, items[ks[0]].day)
	last := max(items[kq[len(kq)-1]].day, items[ks[len(ks)-1]].day)
	span := last - first
	length := span + 1 // one block when the window spans every day
	if window < span {
		length = window + 1
	}
	block := func(j int) int { return (items[j].day - first) / length }
	offset := func(j int) int { return (items[j].day - first) % length }
	type run struct{ lo, hi int }
	runs := func(idx []int) map[int]run {
		out := map[int]run{}
		for lo := 0; lo < len(idx); {
			b, hi := block(idx[lo]), lo+1
			for hi < len(idx) && block(idx[hi]) == b {
				hi++
			}
			out[b] = run{lo, hi}
			lo = hi
		}
		return out
	}
	sBlocks := runs(ks)
	for lo := 0; lo < len(kq); {
		b, hi := block(kq[lo]), lo+1
		for hi < len(kq) && block(kq[hi]) == b {
			hi++
		}
		here := kq[lo:hi]
		lo = hi
		// The block itself: every claim of it is within the window.
		if r, ok := sBlocks[b]; ok {
			set := fill(ks[r.lo:r.hi])
			for _, q := range here {
				ask(q, set)
			}
		}
		// The block after: its claims earlier in it than q is in its own.
		if r, ok := sBlocks[b+1]; ok {
			after := ks[r.lo:r.hi]
			set, k := build(after), 0
			for _, q := range here {
				for k < len(after) && offset(after[k]) < offset(q) {
					set.insert(after[k])
					k++
				}
				if k > 0 {
					ask(q, set)
				}
			}
		}
		// The block before: its claims later in it than q is in its own.
		if r, ok := sBlocks[b-1]; ok {
			before := ks[r.lo:r.hi]
			set, k := build(before), len(before)-1
			for x := len(here) - 1; x >= 0; x-- {
				q := here[x]
				for k >= 0 && offset(before[k]) > offset(q) {
					set.insert(before[k])
					k--
				}
				if k < len(before)-1 {
					ask(q, set)
				}
			}
		}
	}
}

// pairsPerClaim is how many pairs within the window a claim may have, on
// average, for comparing pair by pair to be the cheaper: a pair costs a few
// nanoseconds, a claim in the sweep some microseconds. Most quantities are
// stated a few times a day at most, and compare faster pair by pair; a
// crowded window is swept. Tests set it to zero to sweep everything.
var pairsPerClaim = 256

// fewPairs tells whether the claims of qs have at most budget claims of ss
// within their windows, all told. It counts in one pass over both, ordered
// by day, unknown days first.
func fewPairs(items []item, qs, ss []int, window, budget int) bool {
	unknown := func(idx []int) int {
		return sort.Search(len(idx), func(k int) bool { return items[idx[k]].day != noDay })
	}
	uq, us := unknown(qs), unknown(ss)
	pairs := uq*len(ss) + (len(qs)-uq)*us
	if pairs > budget {
		return false
	}
	if window < 0 {
		return true
	}
	ks := ss[us:]
	lo, hi := 0, 0
	for _, q := range qs[uq:] {
		d := items[q].day
		for lo < len(ks) && items[ks[lo]].day < d-window {
			lo++
		}
		for hi < len(ks) && items[ks[hi]].day <= d+window {
			hi++
		}
		if pairs += hi - lo; pairs > budget {
			return false
		}
	}
	return true
}

// sweepable tells whether the claims' bounds are counts, as the sweep
// reads them: none negative or undefined, the low end not above the high.
func sweepable(items []item, idx []int) bool {
	for _, i := range idx {
		it := &items[i]
		if it.c.Low != nil && !(it.lo >= 0 && it.lo < math.Inf(1)) {
			return false
		}
		if it.c.High != nil && !(it.hi >= 0 && it.hi < math.Inf(1)) {
			return false
		}
		if !(it.lo <= it.hi) {
			return false
		}
	}
	return true
}

// cand is the worst pair found so far for a claim: the partner's place in
// its quantity, and the gap.
type cand struct {
	ok  bool
	gap float64
	pos int32
}

// consider keeps the larger gap, and of two as large the first partner,
// as adding the pairs in order of place would.
func (c *cand) consider(gap float64, pos int32) {
	if !c.ok || gap > c.gap || gap == c.gap && pos < c.pos {
		c.ok, c.gap, c.pos = true, gap, pos
	}
}

func bounded(v float64) bool { return !math.IsInf(v, 0) }

// top is a claim's larger finite bound, the divisor of the gaps it has
// with claims below it.
func top(it *item) float64 {
	if bounded(it.hi) {
		return it.hi
	}
	return it.lo
}

// claimSet is a set of claims of one quantity, for the sweep: each index
// answers one of the questions asked of a claim.
type claimSet struct {
	items     []item
	posOf     []int32
	hi        *hiIndex    // claims with a finite high end: those below
	plain     *hiIndex    // of those, no upper bounds: those an upper bound disputes
	lo        *ratioIndex // claims with a finite low end: those above
	up        *ratioIndex // upper bounds: those that dispute a figure
	joinHi    *prefixJoin
	joinPlain *prefixJoin
}

func newClaimSet(items []item, posOf []int32, universe []int) *claimSet {
	var his, plains []float64
	var los, ups [][2]float64
	for _, j := range universe {
		it := &items[j]
		if bounded(it.hi) {
			his = append(his, it.hi)
			if !it.upper {
				plains = append(plains, it.hi)
			}
		}
		if bounded(it.lo) {
			los = append(los, [2]float64{it.lo, top(it)})
		}
		if it.upper {
			ups = append(ups, [2]float64{it.hi, it.hi})
		}
	}
	return &claimSet{items: items, posOf: posOf, hi: newHiIndex(his), plain: newHiIndex(plains),
		lo: newRatioIndex(los), up: newRatioIndex(ups), joinHi: newPrefixJoin(), joinPlain: newPrefixJoin()}
}

func (s *claimSet) insert(j int) {
	it := &s.items[j]
	pos := s.posOf[j]
	if bounded(it.hi) {
		c := s.hi.class(it.hi)
		s.hi.insert(c, pos, it.src)
		s.joinHi.add(token{int32(c), int32(j), it.src})
		if !it.upper {
			c := s.plain.class(it.hi)
			s.plain.insert(c, pos, it.src)
			s.joinPlain.add(token{int32(c), int32(j), it.src})
		}
	}
	if bounded(it.lo) {
		s.lo.insert(it.lo, top(it), pos, it.src)
	}
	if it.upper {
		s.up.insert(it.hi, it.hi, pos, it.src)
	}
}

// sweepQuantityEdges finds the disputes of one quantity as
// appendQuantityEdges does, by sweeping.
func sweepQuantityEdges(g *graph, items []item, idx []int, posOf []int32, opt Options) {
	unite := func(a, b int32) {
		if ra, rb := g.find(a), g.find(b); ra != rb {
			g.parent[ra] = rb
		}
	}
	worst := make([]cand, len(idx))
	ask := func(v int, s *claimSet) {
		it := &items[v]
		w := &worst[posOf[v]]
		src, node := it.src, int32(v)
		if bounded(it.lo) { // claims below it
			lo, larger := it.lo, top(it)
			cond := func(h float64) bool { return h < lo-1 }
			if gap, pos, ok := s.hi.near(src, cond, func(h float64) float64 { return (lo - h) / larger }); ok {
				w.consider(gap, pos)
				s.joinHi.join(s.hi.rank(cond), src, node, unite)
			}
		}
		if it.upper { // figures far below an upper bound
			u := it.hi
			cond := func(h float64) bool { return u > h && (u-h)/u >= majorGap }
			if gap, pos, ok := s.plain.near(src, cond, func(h float64) float64 { return (u - h) / u }); ok {
				w.consider(gap, pos)
				s.joinPlain.join(s.plain.rank(cond), src, node, unite)
			}
		}
		if bounded(it.hi) { // claims above it
			h := it.hi
			if gap, pos, ok := s.lo.search(h, src, func(x float64) bool { return h < x-1 }); ok {
				w.consider(gap, pos)
			}
			if !it.upper { // upper bounds far above it
				if gap, pos, ok := s.up.search(h, src, func(x float64) bool { return x > h }); ok && gap >= majorGap {
					w.consider(gap, pos)
				}
			}
		}
	}
	sweepWindow(items, idx, idx, opt.Window, func(u []int) *claimSet { return newClaimSet(items, posOf, u) }, ask)
	for k, i := range idx {
		c := worst[k]
		if !c.ok {
			continue
		}
		a, b := i, idx[c.pos]
		if int(c.pos) < k {
			a, b = b, a
		}
		kind, gp, _ := disagree(&items[a], &items[b])
		g.worst[i] = edge{a: a, b: b, kind: kind, gap: gp}
	}
}

// hiSet is a set of claims by their high ends, with a join for those
// below a figure.
type hiSet struct {
	items []item
	posOf []int32
	node  func(j int) int32
	hi    *hiIndex
	join  *prefixJoin
}

func newHiSet(items []item, posOf []int32, node func(int) int32, universe []int) *hiSet {
	his := make([]float64, len(universe))
	for k, j := range universe {
		his[k] = items[j].hi
	}
	return &hiSet{items: items, posOf: posOf, node: node, hi: newHiIndex(his), join: newPrefixJoin()}
}

func (s *hiSet) insert(j int) {
	it := &s.items[j]
	c := s.hi.class(it.hi)
	s.hi.insert(c, s.posOf[j], it.src)
	s.join.add(token{int32(c), s.node(j), it.src})
}

// ask finds the worst claim of s below a figure lo of source src (any
// source for noSource), lo > hi+1 with the gap (lo − hi)/lo, and joins the
// node with all of them.
func (s *hiSet) ask(lo float64, src, node int32, w *cand, unite func(a, b int32)) {
	cond := func(h float64) bool { return lo > h+1 }
	if gap, pos, ok := s.hi.near(src, cond, func(h float64) float64 { return (lo - h) / lo }); ok {
		w.consider(gap, pos)
		s.join.join(s.hi.rank(cond), src, node, unite)
	}
}

// ratioSet is a set of claims by a figure x, for the gap (x − h)/x of a
// claim at h below them.
type ratioSet struct {
	items []item
	posOf []int32
	x     func(j int) float64
	r     *ratioIndex
}

func newRatioSet(items []item, posOf []int32, x func(int) float64, universe []int) *ratioSet {
	pairs := make([][2]float64, len(universe))
	for k, j := range universe {
		pairs[k] = [2]float64{x(j), x(j)}
	}
	return &ratioSet{items: items, posOf: posOf, x: x, r: newRatioIndex(pairs)}
}

func (s *ratioSet) insert(j int) {
	x := s.x(j)
	s.r.insert(x, x, s.posOf[j], s.items[j].src)
}

func (s *ratioSet) ask(h float64, src int32, w *cand) {
	if gap, pos, ok := s.r.search(h, src, func(x float64) bool { return x > h+1 }); ok {
		w.consider(gap, pos)
	}
}

// localUnion links claims of two quantities before their nodes are made:
// a part's node in its whole's disputes exists only once it has a
// conflict, and nodes are numbered in order of the parts.
type localUnion struct {
	parent  []int32
	touched []bool
}

func newLocalUnion(n int) *localUnion {
	u := &localUnion{parent: make([]int32, n), touched: make([]bool, n)}
	for i := range u.parent {
		u.parent[i] = int32(i)
	}
	return u
}

func (u *localUnion) find(x int32) int32 { return root(u.parent, x) }

func (u *localUnion) unite(a, b int32) {
	u.touched[a], u.touched[b] = true, true
	if ra, rb := u.find(a), u.find(b); ra != rb {
		u.parent[ra] = rb
	}
}

// transfer makes the links in the graph: local number x is node(x).
func (u *localUnion) transfer(g *graph, node func(x int32) int32) {
	rep := make(map[int32]int32)
	for x := range u.parent {
		if !u.touched[x] {
			continue
		}
		n := node(int32(x))
		r := u.find(int32(x))
		if first, ok := rep[r]; ok {
			if ra, rb := g.find(n), g.find(first); ra != rb {
				g.parent[ra] = rb
			}
		} else {
			rep[r] = n
		}
	}
}

func withFinite(items []item, idx []int, hi bool) []int {
	var out []int
	for _, i := range idx {
		if hi && bounded(items[i].hi) || !hi && bounded(items[i].lo) {
			out = append(out, i)
		}
	}
	return out
}

// sweepPartAboveWhole files the conflicts of a part's claims above its
// whole's as the pairwise loop of appendCrossEdges does, by sweeping.
func sweepPartAboveWhole(g *graph, items []item, parts, wholes []int, posOf []int32, wq quantityRef, opt Options) {
	ps, ws := withFinite(items, parts, false), withFinite(items, wholes, true)
	if len(ps) == 0 || len(ws) == 0 {
		return
	}
	// Each part's worst whole, and the wholes it is linked with.
	np := int32(len(parts))
	local := newLocalUnion(len(parts) + len(wholes))
	wholeNode := func(j int) int32 { return np + posOf[j] }
	worst := make([]cand, len(parts))
	sweepWindow(items, ps, ws, opt.Window, func(u []int) *hiSet { return newHiSet(items, posOf, wholeNode, u) },
		func(p int, s *hiSet) {
			s.ask(items[p].lo, items[p].src, posOf[p], &worst[posOf[p]], local.unite)
		})
	for k, p := range parts {
		if c := worst[k]; c.ok {
			n := g.node(wq.q, wq.id, p, false)
			g.worst[n] = edge{a: wholes[c.pos], b: p, kind: claimdiff.PartAboveWhole, gap: c.gap}
		}
	}
	local.transfer(g, func(x int32) int32 {
		if x < np {
			return g.node(wq.q, wq.id, parts[x], false)
		}
		return int32(wholes[x-np])
	})
	// Each whole's worst part.
	lo := func(j int) float64 { return items[j].lo }
	worst = make([]cand, len(wholes))
	sweepWindow(items, ws, ps, opt.Window, func(u []int) *ratioSet { return newRatioSet(items, posOf, lo, u) },
		func(w int, s *ratioSet) { s.ask(items[w].hi, items[w].src, &worst[posOf[w]]) })
	for k, w := range wholes {
		if c := worst[k]; c.ok && c.gap > g.worst[w].gap {
			g.worst[w] = edge{a: w, b: parts[c.pos], kind: claimdiff.PartAboveWhole, gap: c.gap}
		}
	}
}

// quantityRef is a quantity and its number in the graph.
type quantityRef struct {
	q  claimdiff.Quantity
	id int32
}

type srcDay struct {
	src int32
	day int
}

// sweepKilledAboveCasualties files the conflicts of killed above
// casualties as the pairwise loop of appendCrossEdges does, by sweeping:
// killed of another source within the window, and of the same source on
// the same day, with its wounded added.
func sweepKilledAboveCasualties(g *graph, items []item, killed, casualties, wounded []int, posOf []int32, cq quantityRef, opt Options) {
	ks, cs := withFinite(items, killed, false), withFinite(items, casualties, true)
	if len(ks) == 0 || len(cs) == 0 {
		return
	}
	// The wounded a source gives on a day: its first figure with a low end.
	woundedOn := map[srcDay]float64{}
	for _, w := range wounded {
		k := srcDay{items[w].src, items[w].day}
		if _, ok := woundedOn[k]; !ok && bounded(items[w].lo) {
			woundedOn[k] = items[w].lo
		}
	}
	withWounded := func(j int) float64 {
		lo := items[j].lo
		if w, ok := woundedOn[srcDay{items[j].src, items[j].day}]; ok {
			lo += w
		}
		return lo
	}
	bySrcDay := func(idx []int) map[srcDay][]int {
		out := map[srcDay][]int{}
		for _, j := range idx {
			k := srcDay{items[j].src, items[j].day}
			out[k] = append(out[k], j)
		}
		return out
	}
	nk := int32(len(killed))
	local := newLocalUnion(len(killed) + len(casualties))
	casualtyNode := func(j int) int32 { return nk + posOf[j] }
	worst := make([]cand, len(killed))
	sweepWindow(items, ks, cs, opt.Window, func(u []int) *hiSet { return newHiSet(items, posOf, casualtyNode, u) },
		func(k int, s *hiSet) {
			s.ask(items[k].lo, items[k].src, posOf[k], &worst[posOf[k]], local.unite)
		})
	sameC := bySrcDay(cs)
	for k, ids := range bySrcDay(ks) {
		c, ok := sameC[k]
		if !ok {
			continue
		}
		s := newHiSet(items, posOf, casualtyNode, c)
		for _, j := range c {
			s.insert(j)
		}
		for _, j := range ids {
			s.ask(withWounded(j), noSource, posOf[j], &worst[posOf[j]], local.unite)
		}
	}
	for k, j := range killed {
		if c := worst[k]; c.ok {
			n := g.node(cq.q, cq.id, j, false)
			g.worst[n] = edge{a: casualties[c.pos], b: j, kind: claimdiff.KilledAboveCasualties, gap: c.gap}
		}
	}
	local.transfer(g, func(x int32) int32 {
		if x < nk {
			return g.node(cq.q, cq.id, killed[x], false)
		}
		return int32(casualties[x-nk])
	})
	// Each casualty figure's worst killed.
	lo := func(j int) float64 { return items[j].lo }
	worst = make([]cand, len(casualties))
	sweepWindow(items, cs, ks, opt.Window, func(u []int) *ratioSet { return newRatioSet(items, posOf, lo, u) },
		func(c int, s *ratioSet) { s.ask(items[c].hi, items[c].src, &worst[posOf[c]]) })
	sameK := bySrcDay(ks)
	for k, ids := range bySrcDay(cs) {
		kl, ok := sameK[k]
		if !ok {
			continue
		}
		s := newRatioSet(items, posOf, withWounded, kl)
		for _, j := range kl {
			s.insert(j)
		}
		for _, j := range ids {
			s.ask(items[j].hi, noSource, &worst[posOf[j]])
		}
	}
	for k, c := range casualties {
		if w := worst[k]; w.ok && w.gap > g.worst[c].gap {
			g.worst[c] = edge{a: c, b: killed[w.pos], kind: claimdiff.KilledAboveCasualties, gap: w.gap}
		}
	}
}
