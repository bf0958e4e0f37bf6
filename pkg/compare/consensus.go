package compare

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// Revisions lists the sources that changed their own figure on a quantity:
// two claims of one source on the same quantity — the same story, subject,
// metric, place, kind and period — stated on different days, whose figures
// differ, the later one the revision. Claims without a day are left out,
// and so are parts, capacities and increments, which are figures of their
// own and revise nothing.
//
// A figure that names no place is taken for a revision only of another
// that names none, though both are compared under the story's place: a
// source's 11,000 in Russia, written without the place in a story set in
// Kursk, is no revision of its 10,000 in Kursk.
func Revisions(claims []claimdiff.Claim, opt Options) []claimdiff.Revision {
	items := prepare(claims, nil, opt)
	groups := group(items)
	var out []claimdiff.Revision
	type figuresOf struct {
		source string // in lower case
		placed bool   // the claims name their place
	}
	for q, idx := range groups {
		if !q.Kind.Compared() {
			continue
		}
		bySource := map[figuresOf][]int{}
		for _, i := range idx {
			if items[i].day != noDay {
				c := items[i].c
				k := figuresOf{strings.ToLower(c.Source), strings.TrimSpace(c.Location) != ""}
				bySource[k] = append(bySource[k], i)
			}
		}
		for _, list := range bySource {
			for n := 1; n < len(list); n++ {
				a, b := &items[list[n-1]], &items[list[n]]
				if a.day == b.day {
					continue
				}
				if _, _, ok := disagree(a, b); ok || a.c.Value != b.c.Value && a.c.Qualifier == b.c.Qualifier {
					out = append(out, claimdiff.Revision{Source: b.c.Source, Quantity: q, From: *a.c, To: *b.c})
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].To.StatedOn.Equal(out[j].To.StatedOn) {
			return out[i].To.StatedOn.Before(out[j].To.StatedOn)
		}
		if out[i].Source != out[j].Source {
			return out[i].Source < out[j].Source
		}
		return out[i].Quantity.String() < out[j].Quantity.String()
	})
	return out
}

// ConsensusAsOf returns, for every quantity with figures stated in the
// window ending on asOf, the interval that most independent sources
// support. A source's latest figure in the window stands for it.
func ConsensusAsOf(claims []claimdiff.Claim, asOf time.Time, opt Options) []claimdiff.Consensus {
	items := prepare(claims, nil, opt)
	last := int(asOf.Unix() / 86400)
	groups := group(items)
	var out []claimdiff.Consensus
	for q, idx := range groups {
		latest := map[string]*item{}
		for _, i := range idx {
			it := &items[i]
			if it.day == noDay || it.day > last || last-it.day > opt.Window {
				continue
			}
			k := strings.ToLower(it.c.Source)
			if prev, ok := latest[k]; !ok || it.day >= prev.day {
				latest[k] = it
			}
		}
		if len(latest) == 0 {
			continue
		}
		out = append(out, consensusOf(q, asOf, slices.Collect(maps.Values(latest))))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Quantity.String() < out[j].Quantity.String() })
	return out
}

// consensusOf finds the points covered by the most voices: a sweep over
// the interval ends. One stretch of them is the consensus; several tied
// stretches are alternatives, and nothing is agreed.
func consensusOf(q claimdiff.Quantity, asOf time.Time, voices []*item) claimdiff.Consensus {
	type event struct {
		at    float64
		delta int
	}
	var evs []event
	for _, v := range voices {
		evs = append(evs, event{v.lo, +1}, event{v.hi, -1})
	}
	// Openings before closings at one point: closed intervals meet there.
	sort.Slice(evs, func(i, j int) bool {
		if evs[i].at != evs[j].at {
			return evs[i].at < evs[j].at
		}
		return evs[i].delta > evs[j].delta
	})
	best, cur := 0, 0
	var stretches [][2]float64
	for i, e := range evs {
		cur += e.delta
		if e.delta < 0 {
			continue
		}
		end := e.at
		if i+1 < len(evs) {
			end = evs[i+1].at
		}
		switch {
		case cur > best:
			best, stretches = cur, [][2]float64{{e.at, end}}
		case cur == best:
			stretches = append(stretches, [2]float64{e.at, end})
		}
	}
	stretches = merge(stretches)
	c := claimdiff.Consensus{Quantity: q, AsOf: asOf}
	inside := func(v *item, s [2]float64) bool { return v.lo <= s[0] && s[1] <= v.hi }
	if len(stretches) == 1 {
		s := stretches[0]
		c.Low, c.High = finite(s[0]), finite(s[1])
		for _, v := range voices {
			if inside(v, s) {
				c.Support = append(c.Support, v.c.Source)
			} else {
				c.Outliers = append(c.Outliers, v.c.Source)
			}
		}
	} else {
		for _, s := range stretches {
			c.Alternatives = append(c.Alternatives, [2]*float64{finite(s[0]), finite(s[1])})
		}
		for _, v := range voices {
			c.Outliers = append(c.Outliers, v.c.Source)
		}
	}
	sort.Strings(c.Support)
	sort.Strings(c.Outliers)
	return c
}

// merge joins touching stretches.
func merge(s [][2]float64) [][2]float64 {
	var out [][2]float64
	for _, x := range s {
		if n := len(out); n > 0 && x[0] <= out[n-1][1] {
			if x[1] > out[n-1][1] {
				out[n-1][1] = x[1]
			}
			continue
		}
		out = append(out, x)
	}
	return out
}

func finite(v float64) *float64 {
	if math.IsInf(v, 0) {
		return nil
	}
	return claimdiff.Float(v)
}
