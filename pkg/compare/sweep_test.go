package compare

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// pairwiseFind is the comparison as it was before the sweep: every claim
// with every claim in its window. It is the reference the sweep must
// equal, dispute for dispute, pair for pair.
func pairwiseFind(claims []claimdiff.Claim, only []int, opt Options) []Found {
	return assemble(link(claims, only, opt, everyPair), opt)
}

// pile describes random claims: how many sources state them, over how many
// days, about which metrics and places, how figures are written.
type pile struct {
	sources, days int
	unknown       float64 // share of claims of no known day
	metrics       []claimdiff.Metric
	places        []string
	round         bool // round thousands, so that many pairs are as wide
	negative      bool // some figures below zero, which the sweep leaves to the pairs
}

var allQualifiers = []claimdiff.Qualifier{claimdiff.Exact, claimdiff.Approx, claimdiff.Nearly, claimdiff.AtLeast,
	claimdiff.MoreThan, claimdiff.AtMost, claimdiff.LessThan, claimdiff.Range, claimdiff.Vague, claimdiff.Exact, claimdiff.AtMost}

func (p pile) claims(r *rand.Rand, n int) []claimdiff.Claim {
	out := make([]claimdiff.Claim, n)
	for i := range out {
		q := allQualifiers[r.IntN(len(allQualifiers))]
		v := float64(r.IntN(5000))
		if p.round {
			v = float64(1000 * r.IntN(6))
		}
		if p.negative && r.IntN(8) == 0 {
			v = -v
		}
		var v2 *float64
		switch q {
		case claimdiff.Range:
			v2 = claimdiff.Float(v + float64(r.IntN(3000)))
		case claimdiff.Vague:
			v = []float64{100, 1000, 10000}[r.IntN(3)]
		}
		low, high, err := claimdiff.Bounds(q, v, v2)
		if err != nil {
			panic(err)
		}
		out[i] = claimdiff.Claim{ID: int64(i + 1), Article: fmt.Sprintf("a%d", r.IntN(n/3+1)), Raw: fmt.Sprint(v), Qualifier: q, Value: v,
			Value2: v2, Low: low, High: high, Metric: p.metrics[r.IntN(len(p.metrics))], Subject: "north korean troops",
			Location: p.places[r.IntN(len(p.places))], Source: fmt.Sprintf("Source %d", r.IntN(p.sources)),
			StatedOn: time.Date(2024, 10, 1+r.IntN(p.days), 0, 0, 0, 0, time.UTC)}
		if r.Float64() < p.unknown {
			out[i].StatedOn = time.Time{}
		}
	}
	return out
}

// The sweep finds what comparing every pair finds: the same disputes, the
// same claims in them, the same worst pair for every claim.
func TestSweepFindsWhatEveryPairFinds(t *testing.T) {
	defer func(n int) { pairsPerClaim = n }(pairsPerClaim)
	casualties := []claimdiff.Metric{claimdiff.Killed, claimdiff.Wounded, claimdiff.Casualties}
	nested := []string{"Russia", "Kursk", "Belgorod"}
	for _, tc := range []struct {
		desc string
		pile pile
	}{
		{"one quantity, two sources on three days", pile{sources: 2, days: 3, metrics: []claimdiff.Metric{claimdiff.Troops}, places: []string{"Kursk"}}},
		{"one quantity, many sources over two months, some days unknown",
			pile{sources: 12, days: 60, unknown: 0.1, metrics: []claimdiff.Metric{claimdiff.Troops}, places: []string{"Kursk"}}},
		{"round figures: many pairs as wide", pile{sources: 4, days: 20, unknown: 0.1, round: true, metrics: []claimdiff.Metric{claimdiff.Troops}, places: []string{"Kursk"}}},
		{"every day unknown", pile{sources: 5, days: 1, unknown: 1, metrics: []claimdiff.Metric{claimdiff.Troops}, places: []string{"Kursk"}}},
		{"parts above wholes", pile{sources: 6, days: 30, unknown: 0.1, metrics: []claimdiff.Metric{claimdiff.Troops}, places: nested}},
		{"parts above wholes in round figures", pile{sources: 3, days: 10, unknown: 0.2, round: true, metrics: []claimdiff.Metric{claimdiff.Troops}, places: nested}},
		{"killed above casualties, one source's wounded added on its day",
			pile{sources: 2, days: 3, unknown: 0.1, metrics: casualties, places: []string{"Kursk"}}},
		{"killed, wounded and casualties at nested places", pile{sources: 5, days: 40, unknown: 0.1, metrics: casualties, places: nested}},
		{"round casualties at nested places", pile{sources: 3, days: 5, unknown: 0.1, round: true, metrics: casualties, places: nested}},
		{"figures below zero are compared pair by pair",
			pile{sources: 4, days: 10, unknown: 0.1, negative: true, metrics: casualties, places: nested}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			for seed := range uint64(40) {
				// Every quantity swept, or some compared pair by pair.
				pairsPerClaim = []int{0, 8}[seed%5/4]
				r := rand.New(rand.NewPCG(seed, 3))
				claims := tc.pile.claims(r, 20+r.IntN(250))
				opt := Defaults
				opt.Window = []int{0, 7, 14, 1000}[seed%4]
				opt.Tolerance = []float64{0, 0, 0.05, 1.5}[seed/4%4]
				want := pairwiseFind(claims, nil, opt)
				if got := Find(claims, opt); !reflect.DeepEqual(got, want) {
					t.Fatalf("seed %d (window %d, tolerance %g):\n%s", seed, opt.Window, opt.Tolerance, diffFound(claims, got, want))
				}
				// And among some of the claims, as a store's parts are.
				var only []int
				for i := range claims {
					if r.IntN(3) > 0 {
						only = append(only, i)
					}
				}
				if got, want := FindAmong(claims, only, opt), pairwiseFind(claims, only, opt); !reflect.DeepEqual(got, want) {
					t.Fatalf("seed %d among some: \n%s", seed, diffFound(claims, got, want))
				}
			}
		})
	}
}

func diffFound(claims []claimdiff.Claim, got, want []Found) string {
	g, w := byID(claims, got), byID(claims, want)
	out := fmt.Sprintf("%d disputes, want %d\n", len(got), len(want))
	for id := range w {
		if g[id] != w[id] {
			out += fmt.Sprintf("want %s %s\n got %s\n", id, w[id], g[id])
		}
	}
	for id := range g {
		if _, ok := w[id]; !ok {
			out += fmt.Sprintf("extra %s %s\n", id, g[id])
		}
	}
	return out
}

// worstPartner is the source of the claim that claims[i] disagrees with
// most, as the sweep finds it.
func worstPartner(claims []claimdiff.Claim, i int) string {
	defer func(n int) { pairsPerClaim = n }(pairsPerClaim)
	pairsPerClaim = 0
	g := link(claims, nil, Defaults, sweepWide)
	e := g.worst[i]
	if e.gap < 0 {
		return ""
	}
	if e.a == i {
		return claims[e.b].Source
	}
	return claims[e.a].Source
}

func TestWorstPartner(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 11, d, 0, 0, 0, 0, time.UTC) }
	claim := func(source string, q claimdiff.Qualifier, v float64, v2 *float64, on int) claimdiff.Claim {
		low, high, _ := claimdiff.Bounds(q, v, v2)
		return claimdiff.Claim{Article: source + ".txt", Qualifier: q, Value: v, Value2: v2, Low: low, High: high,
			Metric: claimdiff.Other, Subject: "demonstrators", Location: "Berlin", Source: source, StatedOn: day(on)}
	}
	for _, tc := range []struct {
		desc   string
		claims []claimdiff.Claim // the first is the claim asked about
		want   string
	}{
		{"100 against 1.000 and 2.000 bis 20.000: the nearer figure, for a gap divides by the larger bound",
			[]claimdiff.Claim{claim("police", claimdiff.Exact, 100, nil, 1), claim("a", claimdiff.Exact, 1000, nil, 1),
				claim("b", claimdiff.Range, 2000, claimdiff.Float(20000), 1)}, "a"},
		{"of two figures as far, the one stated first",
			[]claimdiff.Claim{claim("police", claimdiff.Exact, 100, nil, 1), claim("a", claimdiff.Exact, 1000, nil, 2),
				claim("b", claimdiff.Exact, 1000, nil, 1)}, "b"},
		{"the farthest figure of another source, not the own source's revision",
			[]claimdiff.Claim{claim("police", claimdiff.Exact, 1000, nil, 1), claim("police", claimdiff.Exact, 100, nil, 2),
				claim("a", claimdiff.Exact, 500, nil, 2)}, "a"},
		{"bis zu 120.000 against rund 40.000 and 50.000: the lower figure",
			[]claimdiff.Claim{claim("organizers", claimdiff.AtMost, 120000, nil, 1), claim("a", claimdiff.Exact, 50000, nil, 1),
				claim("police", claimdiff.Approx, 40000, nil, 1)}, "police"},
		{"rund 40.000 against bis zu 90.000 and bis zu 120.000: the higher bound",
			[]claimdiff.Claim{claim("police", claimdiff.Approx, 40000, nil, 1), claim("a", claimdiff.AtMost, 90000, nil, 1),
				claim("organizers", claimdiff.AtMost, 120000, nil, 1)}, "organizers"},
		{"figures three weeks apart are no pair",
			[]claimdiff.Claim{claim("police", claimdiff.Exact, 100, nil, 1), claim("a", claimdiff.Exact, 1000, nil, 22)}, ""},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if got := worstPartner(tc.claims, 0); got != tc.want {
				t.Errorf("worst partner %q, want %q", got, tc.want)
			}
		})
	}
}
