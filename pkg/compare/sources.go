package compare

import (
	"math"
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
	stats := map[string]*SourceStat{}
	quantities := map[string]map[claimdiff.Quantity]bool{}
	for i := range claims {
		c := &claims[i]
		k := strings.ToLower(c.Source)
		s := stats[k]
		if s == nil {
			s = &SourceStat{Source: c.Source, Kind: c.SourceKind}
			stats[k] = s
			quantities[k] = map[claimdiff.Quantity]bool{}
		}
		s.Claims++
		quantities[k][QuantityOf(c)] = true
	}
	for _, cf := range conflicts {
		seen := map[string]bool{}
		for _, v := range cf.Voices {
			k := strings.ToLower(v.Source)
			if s := stats[k]; s != nil && !seen[k] {
				s.Disputes++
				seen[k] = true
			}
		}
	}
	// Deviation from the consensus of the quantity as of each claim's day.
	items := prepare(claims, opt)
	groups := group(items)
	sum := map[string]float64{}
	for q, idx := range groups {
		for _, i := range idx {
			it := &items[i]
			if it.day == noDay {
				continue
			}
			latest := map[string]*item{}
			for _, j := range idx {
				o := &items[j]
				if o.day == noDay || o.day > it.day || it.day-o.day > opt.Window {
					continue
				}
				sk := strings.ToLower(o.c.Source)
				if p, ok := latest[sk]; !ok || o.day >= p.day {
					latest[sk] = o
				}
			}
			if len(latest) < 2 {
				continue
			}
			cons := consensusOf(q, it.c.StatedOn, latest)
			if dev, ok := deviation(it, cons); ok {
				k := strings.ToLower(it.c.Source)
				sum[k] += dev
				stats[k].Measured++
			}
		}
	}
	var out []SourceStat
	for k, s := range stats {
		s.Quantities = len(quantities[k])
		s.Deviation = math.NaN()
		if s.Measured > 0 {
			s.Deviation = sum[k] / float64(s.Measured)
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
