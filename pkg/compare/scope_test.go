package compare

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// randomClaims are claims in one part of a store, as reports might hold
// them: killed, wounded and casualties at places one inside another, from
// sources on days (some unknown), of every kind of qualifier.
func randomClaims(r *rand.Rand, n, sources, days int) []claimdiff.Claim {
	places := []string{"Russia", "Kursk", "Belgorod", ""}
	metrics := []claimdiff.Metric{claimdiff.Killed, claimdiff.Wounded, claimdiff.Casualties}
	qualifiers := []claimdiff.Qualifier{claimdiff.Exact, claimdiff.Approx, claimdiff.AtLeast, claimdiff.AtMost, claimdiff.Exact}
	periods := []string{"", "", "", "seit Oktober", "weitere"}
	out := make([]claimdiff.Claim, n)
	for i := range out {
		q := qualifiers[r.IntN(len(qualifiers))]
		v := float64(100 + r.IntN(5000))
		low, high, _ := claimdiff.Bounds(q, v, nil)
		out[i] = claimdiff.Claim{ID: int64(i + 1), Article: fmt.Sprintf("a%d", r.IntN(n/3+1)), Qualifier: q, Value: v,
			Low: low, High: high, Metric: metrics[r.IntN(len(metrics))], Subject: "north korean troops",
			Location: places[r.IntN(len(places))], Period: periods[r.IntN(len(periods))],
			Source: fmt.Sprintf("Source %d", r.IntN(sources)), Outlet: fmt.Sprintf("Outlet %d", r.IntN(4)),
			StatedOn: time.Date(2024, 10, 1+r.IntN(days), 0, 0, 0, 0, time.UTC)}
		if r.IntN(10) == 0 {
			out[i].StatedOn = time.Time{}
		}
	}
	return out
}

// roundFigures makes every figure a round thousand, so that many pairs are
// as wide as others.
func roundFigures(claims []claimdiff.Claim) []claimdiff.Claim {
	for i := range claims {
		c := &claims[i]
		c.Value = 1000 * float64(1+int(c.Value)%5)
		c.Low, c.High, _ = claimdiff.Bounds(c.Qualifier, c.Value, nil)
	}
	return claims
}

// byID is what Find returns, with each dispute's claims named by ID.
func byID(claims []claimdiff.Claim, found []Found) map[string]string {
	out := map[string]string{}
	for _, f := range found {
		ids := make([]int64, len(f.Index))
		for i, x := range f.Index {
			ids[i] = claims[x].ID
		}
		c := f.Conflict
		out[c.ID] = fmt.Sprintf("%s %s %.6f %v %v %v claims %v pairs %v", c.Quantity, c.Severity, c.Gap, c.Since, c.Until,
			c.Sources, ids, c.Pairs)
	}
	return out
}

// The disputes found afresh after claims are added are those found before
// outside the scope of the added claims, and those found in its scope among
// the claims it needs.
func TestScopeFindsWhatAFreshComparisonFinds(t *testing.T) {
	for seed := range uint64(120) {
		r := rand.New(rand.NewPCG(seed, 1))
		// Half over two months, half crowded into three days by two
		// sources: the same source's killed, wounded and casualties of a
		// day are compared together.
		sources, days := 6, 60
		if seed%2 == 1 {
			sources, days = 2, 3
		}
		all := randomClaims(r, 40+r.IntN(300), sources, days)
		if seed%3 == 0 {
			all = roundFigures(all)
		}
		split := len(all) - 1 - r.IntN(4)
		old, added := all[:split], all[split:]

		want := byID(all, Find(all, Defaults))
		got := map[string]string{}
		scope := Touched(added)
		for id, d := range byID(old, Find(old, Defaults)) {
			var q claimdiff.Quantity
			for _, f := range Find(old, Defaults) {
				if f.ID == id {
					q = f.Quantity
				}
			}
			if !scope.Touches(q) {
				got[id] = d
			}
		}
		needed := []int{}
		for i := range all {
			if scope.Needs(&all[i]) {
				needed = append(needed, i)
			}
		}
		found := FindAmong(all, needed, Defaults)
		kept := found[:0]
		for _, f := range found {
			if scope.Touches(f.Quantity) {
				kept = append(kept, f)
			}
		}
		for id, d := range byID(all, kept) {
			got[id] = d
		}
		if !reflect.DeepEqual(got, want) {
			for id := range want {
				if got[id] != want[id] {
					t.Logf("want %s %s\n got %s", id, want[id], got[id])
				}
			}
			t.Fatalf("seed %d: %d disputes from the scope, %d afresh", seed, len(got), len(want))
		}
		if len(needed) == len(all) && len(all) > 100 {
			t.Logf("seed %d: the scope needs every claim", seed)
		}
	}
}

// Find returns the same on every run, pairs and all.
func TestFindIsDeterministic(t *testing.T) {
	claims := roundFigures(randomClaims(rand.New(rand.NewPCG(7, 7)), 400, 6, 60))
	first := byID(claims, Find(claims, Defaults))
	for range 20 {
		if again := byID(claims, Find(claims, Defaults)); !reflect.DeepEqual(again, first) {
			t.Fatal("two runs over the same claims differ")
		}
	}
}
