package compare

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// SourceStat sums up one source: how many claims it made, in how many
// disputes it stands, and how far its figures lie from the consensus.
type SourceStat struct {
	Source     string
	Kind       claimdiff.SourceKind
	Claims     int
	Disputes   int
	Quantities int
	// Deviation is the mean distance of the source's figures from the
	// consensus of their quantity on the day they were stated, as a share
	// of the consensus; NaN when none could be measured.
	Deviation float64
	Measured  int
}

// SourceStats returns a SourceStat per source, most claims first.
func SourceStats(claims []claimdiff.Claim, conflicts []claimdiff.Conflict, opt Options) []SourceStat {
	t := NewSourceTally(opt)
	found := make([]Found, len(conflicts))
	for i := range conflicts {
		found[i].Conflict = conflicts[i]
	}
	t.Add(claims, found)
	return t.Stats()
}

// SourceTally sums up sources over claims given in parts — one subject at
// a time, say — so that a large store need not be held at once. A part
// must hold every claim of the quantities it touches.
type SourceTally struct {
	opt        Options
	stats      map[string]*SourceStat
	quantities map[string]map[claimdiff.Quantity]bool
	sum        map[string]float64
}

// NewSourceTally starts an empty tally.
func NewSourceTally(opt Options) *SourceTally {
	return &SourceTally{opt: opt, stats: map[string]*SourceStat{}, quantities: map[string]map[claimdiff.Quantity]bool{},
		sum: map[string]float64{}}
}

// Add counts a part: its claims and the disputes found among them.
func (t *SourceTally) Add(claims []claimdiff.Claim, conflicts []Found) {
	for i := range claims {
		c := &claims[i]
		k := strings.ToLower(c.Source)
		s := t.stats[k]
		if s == nil {
			s = &SourceStat{Source: c.Source, Kind: c.SourceKind}
			t.stats[k] = s
			t.quantities[k] = map[claimdiff.Quantity]bool{}
		}
		s.Claims++
		t.quantities[k][QuantityOf(c)] = true
	}
	for _, cf := range conflicts {
		seen := map[string]bool{}
		for _, v := range cf.Voices {
			k := strings.ToLower(v.Source)
			if s := t.stats[k]; s != nil && !seen[k] {
				s.Disputes++
				seen[k] = true
			}
		}
	}
	// Deviation from the consensus of the quantity as of each claim's day:
	// the latest figure of each source in the window before it. Groups are
	// ordered by day, so the window is a run of the group.
	items := prepare(claims, nil, t.opt)
	for q, idx := range group(items) {
		from := 0
		// Claims of one day share their consensus: it is found once a day.
		consDay, cons, measurable := noDay, claimdiff.Consensus{}, false
		for x, i := range idx {
			it := &items[i]
			if it.day == noDay {
				continue
			}
			if it.day != consDay {
				for from < x && items[idx[from]].day != noDay && it.day-items[idx[from]].day > t.opt.Window {
					from++
				}
				latest := map[int32]*item{}
				for _, j := range idx[from:] {
					o := &items[j]
					if o.day > it.day {
						break
					}
					if o.day == noDay || it.day-o.day > t.opt.Window {
						continue
					}
					if p, ok := latest[o.src]; !ok || o.day >= p.day {
						latest[o.src] = o
					}
				}
				consDay, measurable = it.day, len(latest) >= 2
				if measurable {
					cons = consensusOf(q, it.c.StatedOn, slices.Collect(maps.Values(latest)))
				}
			}
			if !measurable {
				continue
			}
			if dev, ok := deviation(it, cons); ok {
				k := strings.ToLower(it.c.Source)
				t.sum[k] += dev
				t.stats[k].Measured++
			}
		}
	}
}

// Stats returns a SourceStat per source counted so far, most claims first.
func (t *SourceTally) Stats() []SourceStat {
	var out []SourceStat
	for k, s := range t.stats {
		s.Quantities = len(t.quantities[k])
		s.Deviation = math.NaN()
		if s.Measured > 0 {
			s.Deviation = t.sum[k] / float64(s.Measured)
		}
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Claims != out[j].Claims {
			return out[i].Claims > out[j].Claims
		}
		return out[i].Source < out[j].Source
	})
	return out
}

// deviation is how far an item's interval lies from the consensus, as a
// share of the consensus figure: 0 when they meet.
func deviation(it *item, c claimdiff.Consensus) (float64, bool) {
	if c.Low == nil && c.High == nil {
		return 0, false
	}
	lo, hi := math.Inf(-1), math.Inf(1)
	if c.Low != nil {
		lo = *c.Low
	}
	if c.High != nil {
		hi = *c.High
	}
	ref := lo
	if math.IsInf(ref, -1) {
		ref = hi
	}
	if ref <= 0 {
		return 0, false
	}
	switch {
	case it.hi < lo:
		return (lo - it.hi) / ref, true
	case it.lo > hi:
		return (it.lo - hi) / ref, true
	}
	return 0, true
}
