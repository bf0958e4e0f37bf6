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
	"crypto/sha256"
	"encoding/hex"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
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
}

const noDay = math.MinInt32

// QuantityOf returns the quantity a claim is about.
func QuantityOf(c *claimdiff.Claim) claimdiff.Quantity {
	q := claimdiff.Quantity{
		Subject:  strings.ToLower(strings.TrimSpace(c.Subject)),
		Metric:   c.Metric,
		Location: strings.TrimSpace(c.Location),
		Kind:     claimdiff.Standing,
	}
	if p := strings.TrimSpace(c.Period); p != "" {
		q.Kind = claimdiff.PeriodCnt
		q.Period = strings.ToLower(p)
		if isIncrement(q.Period) {
			q.Kind, q.Period = claimdiff.Increment, ""
		}
	}
	return q
}

// isIncrement: the period is an increment word of some language: "weitere",
// "additional".
func isIncrement(p string) bool {
	toks := lang.Tokenize(p)
	if len(toks) == 0 {
		return false
	}
	for _, code := range lang.Codes() {
		if _, ok := lang.Get(code).Section("increment").Has(toks[0].Lower); ok && len(toks) <= 2 {
			return true
		}
	}
	return false
}

func prepare(claims []claimdiff.Claim, opt Options) []item {
	items := make([]item, 0, len(claims))
	for i := range claims {
		c := &claims[i]
		it := item{c: c, idx: i, q: QuantityOf(c), lo: math.Inf(-1), hi: math.Inf(1), day: noDay}
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

// edge is one conflict between two items, filed under a quantity.
type edge struct {
	a, b int // item indexes
	kind claimdiff.ConflictKind
	gap  float64
	q    claimdiff.Quantity
}

// Conflicts returns the disputes among claims, most severe first.
func Conflicts(claims []claimdiff.Claim, opt Options) []claimdiff.Conflict {
	items := prepare(claims, opt)
	groups := group(items)
	var edges []edge
	for q, idx := range groups {
		edges = appendQuantityEdges(edges, items, idx, q, opt)
	}
	edges = appendCrossEdges(edges, items, groups, opt)
	return assemble(items, edges, opt)
}

// group gathers item indexes by quantity, each group ordered by day.
func group(items []item) map[claimdiff.Quantity][]int {
	groups := map[claimdiff.Quantity][]int{}
	for i := range items {
		if items[i].q.Kind == claimdiff.Increment {
			continue // "rund 2000 weitere" is compared with nothing
		}
		groups[items[i].q] = append(groups[items[i].q], i)
	}
	for _, idx := range groups {
		sort.SliceStable(idx, func(x, y int) bool { return items[idx[x]].day < items[idx[y]].day })
	}
	return groups
}

// appendQuantityEdges compares the claims of one quantity with each other,
// each with those stated in the window after it.
func appendQuantityEdges(edges []edge, items []item, idx []int, q claimdiff.Quantity, opt Options) []edge {
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
			if kind, g, ok := disagree(a, b); ok {
				edges = append(edges, edge{a: i, b: j, kind: kind, gap: g, q: q})
			}
		}
	}
	return edges
}

func sameSource(a, b *item) bool {
	return strings.EqualFold(a.c.Source, b.c.Source)
}

// appendCrossEdges finds conflicts across quantities: a part above the
// whole, killed above casualties.
func appendCrossEdges(edges []edge, items []item, groups map[claimdiff.Quantity][]int, opt Options) []edge {
	places := lang.Places()
	for q, parts := range groups {
		// Part above whole: each ancestor of the location is a whole.
		for n := places.Parent(places.Lookup(q.Location)); n != nil; n = places.Parent(n) {
			wq := q
			wq.Location = n.Name
			wholes, ok := groups[wq]
			if !ok {
				continue
			}
			for _, p := range parts {
				for _, w := range wholes {
					a, b := &items[p], &items[w]
					if sameSource(a, b) || !within(a.day, b.day, opt.Window) || math.IsInf(a.lo, -1) || math.IsInf(b.hi, 1) {
						continue
					}
					if a.lo > b.hi+1 {
						edges = append(edges, edge{a: w, b: p, kind: claimdiff.PartAboveWhole, gap: (a.lo - b.hi) / a.lo, q: wq})
					}
				}
			}
		}
		// Killed above casualties.
		if q.Metric != claimdiff.Killed {
			continue
		}
		cq := q
		cq.Metric = claimdiff.Casualties
		wq := q
		wq.Metric = claimdiff.Wounded
		for _, k := range parts {
			for _, c := range groups[cq] {
				a, b := &items[k], &items[c]
				if !within(a.day, b.day, opt.Window) || math.IsInf(a.lo, -1) || math.IsInf(b.hi, 1) {
					continue
				}
				lo := a.lo
				if sameSource(a, b) {
					// The same source on the same day: killed and wounded
					// together may not exceed its casualties either.
					if a.day != b.day {
						continue
					}
					for _, w := range groups[wq] {
						if sameSource(&items[w], a) && items[w].day == a.day && !math.IsInf(items[w].lo, -1) {
							lo += items[w].lo
							break
						}
					}
				}
				if lo > b.hi+1 {
					edges = append(edges, edge{a: c, b: k, kind: claimdiff.KilledAboveCasualties, gap: (lo - b.hi) / lo, q: cq})
				}
			}
		}
	}
	return edges
}

// assemble joins edges into disputes: per quantity, the claims linked by
// conflicts form one dispute.
func assemble(items []item, edges []edge, opt Options) []claimdiff.Conflict {
	byQ := map[claimdiff.Quantity][]edge{}
	for _, e := range edges {
		byQ[e.q] = append(byQ[e.q], e)
	}
	var out []claimdiff.Conflict
	for q, es := range byQ {
		parent := map[int]int{}
		var find func(int) int
		find = func(x int) int {
			if p, ok := parent[x]; ok && p != x {
				r := find(p)
				parent[x] = r
				return r
			}
			parent[x] = x
			return x
		}
		for _, e := range es {
			parent[find(e.a)] = find(e.b)
		}
		comps := map[int][]edge{}
		for _, e := range es {
			r := find(e.a)
			comps[r] = append(comps[r], e)
		}
		for _, ce := range comps {
			c := build(items, q, ce)
			if c.Severity.Rank() >= opt.MinSeverity.Rank() {
				out = append(out, c)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Severity.Rank() != b.Severity.Rank() {
			return a.Severity.Rank() > b.Severity.Rank()
		}
		if a.Gap != b.Gap {
			return a.Gap > b.Gap
		}
		return a.ID < b.ID
	})
	return out
}

func build(items []item, q claimdiff.Quantity, es []edge) claimdiff.Conflict {
	c := claimdiff.Conflict{Quantity: q}
	pos := map[int]int{}
	var order []int
	for _, e := range es {
		for _, x := range []int{e.a, e.b} {
			if _, ok := pos[x]; !ok {
				pos[x] = -1
				order = append(order, x)
			}
		}
	}
	// Claims by day, then source: a stable order for reports and IDs.
	sort.SliceStable(order, func(i, j int) bool {
		a, b := items[order[i]].c, items[order[j]].c
		if !a.StatedOn.Equal(b.StatedOn) {
			return a.StatedOn.Before(b.StatedOn)
		}
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Article < b.Article
	})
	for n, x := range order {
		pos[x] = n
		cl := *items[x].c
		c.Claims = append(c.Claims, cl)
		if !cl.StatedOn.IsZero() && (c.Since.IsZero() || cl.StatedOn.Before(c.Since)) {
			c.Since = cl.StatedOn
		}
		if cl.StatedOn.After(c.Until) {
			c.Until = cl.StatedOn
		}
	}
	for _, e := range es {
		p := claimdiff.ConflictPair{A: pos[e.a], B: pos[e.b], Kind: e.kind, Gap: e.gap, Severity: SeverityOf(e.gap)}
		c.Pairs = append(c.Pairs, p)
		if e.gap > c.Gap {
			c.Gap = e.gap
		}
	}
	sort.Slice(c.Pairs, func(i, j int) bool {
		if c.Pairs[i].A != c.Pairs[j].A {
			return c.Pairs[i].A < c.Pairs[j].A
		}
		return c.Pairs[i].B < c.Pairs[j].B
	})
	c.Severity = SeverityOf(c.Gap)
	c.Voices = Voices(c.Claims)
	c.ID = conflictID(q, c.Claims)
	return c
}

// conflictID is a short digest of the quantity and the dispute's first
// claim, so that a dispute keeps its ID while later claims join it.
func conflictID(q claimdiff.Quantity, claims []claimdiff.Claim) string {
	h := sha256.New()
	h.Write([]byte(q.String()))
	if len(claims) > 0 {
		c := &claims[0]
		h.Write([]byte("\x00" + c.Article + "\x00" + c.Raw + "\x00" + c.Source))
	}
	return "d-" + hex.EncodeToString(h.Sum(nil))[:10]
}

// Voices gathers claims by source: one voice per source and interval,
// listing every outlet that carried it.
func Voices(claims []claimdiff.Claim) []claimdiff.Voice {
	type key struct {
		source string
		lo, hi string
	}
	idx := map[key]int{}
	var out []claimdiff.Voice
	for i := range claims {
		c := &claims[i]
		k := key{strings.ToLower(c.Source), bound(c.Low), bound(c.High)}
		n, ok := idx[k]
		if !ok {
			n = len(out)
			idx[k] = n
			out = append(out, claimdiff.Voice{Source: c.Source, SourceKind: c.SourceKind, Low: c.Low, High: c.High})
		}
		v := &out[n]
		v.Claims = append(v.Claims, i)
		outlet := c.Outlet
		if outlet == "" {
			outlet = c.Article
		}
		if !contains(v.Outlets, outlet) {
			v.Outlets = append(v.Outlets, outlet)
		}
	}
	return out
}

func bound(f *float64) string {
	if f == nil {
		return "open"
	}
	return strconv.FormatFloat(*f, 'g', -1, 64)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
