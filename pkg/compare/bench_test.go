package compare

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// oneQuantity is n claims of one figure, as one long article or a
// crowded story might give it: eight sources over four weeks, a few of
// unknown day, figures written as reporters write them, one in eleven an
// upper bound.
func oneQuantity(n int) []claimdiff.Claim {
	r := rand.New(rand.NewPCG(uint64(n), 11))
	qualifiers := []claimdiff.Qualifier{claimdiff.Exact, claimdiff.Exact, claimdiff.Exact, claimdiff.Approx, claimdiff.Approx,
		claimdiff.Nearly, claimdiff.AtLeast, claimdiff.MoreThan, claimdiff.AtMost, claimdiff.Range, claimdiff.Vague}
	out := make([]claimdiff.Claim, n)
	for i := range out {
		q := qualifiers[r.IntN(len(qualifiers))]
		v := float64(5000 + 10*r.IntN(1000))
		var v2 *float64
		switch q {
		case claimdiff.Range:
			v2 = claimdiff.Float(v + float64(1000*r.IntN(4)))
		case claimdiff.Vague:
			v = 10000
		}
		low, high, _ := claimdiff.Bounds(q, v, v2)
		out[i] = claimdiff.Claim{ID: int64(i + 1), Article: fmt.Sprintf("a%d", i/1000), Qualifier: q, Value: v, Value2: v2,
			Low: low, High: high, Metric: claimdiff.Troops, Subject: "north korean troops", Location: "Kursk",
			Source: fmt.Sprintf("Source %d", r.IntN(8)), StatedOn: time.Date(2024, 10, 1+r.IntN(28), 0, 0, 0, 0, time.UTC)}
		if r.IntN(50) == 0 {
			out[i].StatedOn = time.Time{}
		}
	}
	return out
}

// BenchmarkFindOneQuantity is the comparison of one quantity's claims,
// all of them in one dispute: the sweep at 10^4, 10^5 and 10^6 claims
// (n log n: the cost per claim grows with log n), and every pair, as the
// comparison was, at 10^4.
func BenchmarkFindOneQuantity(b *testing.B) {
	for _, bc := range []struct {
		name string
		n    int
		find func([]claimdiff.Claim, []int, Options) []Found
	}{
		{"sweep-1e4", 10_000, FindAmong},
		{"sweep-1e5", 100_000, FindAmong},
		{"sweep-1e6", 1_000_000, FindAmong},
		{"every-pair-1e4", 10_000, pairwiseFind},
	} {
		b.Run(bc.name, func(b *testing.B) {
			claims := oneQuantity(bc.n)
			var found []Found
			for b.Loop() {
				found = bc.find(claims, nil, Defaults)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(bc.n), "ns/claim")
			if len(found) == 0 {
				b.Fatal("no dispute")
			}
		})
	}
}
