package eval

import (
	"math"
	"testing"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

func c(article string, v float64, m claimdiff.Metric, source string, alts ...string) claimdiff.Claim {
	return claimdiff.Claim{Article: article, Value: v, Metric: m, Source: source, SourceAlts: alts,
		Qualifier: claimdiff.Exact, Subject: "north korean troops", Location: "Kursk"}
}

func TestScoring(t *testing.T) {
	const T, K = claimdiff.Troops, claimdiff.Killed
	for _, tc := range []struct {
		desc                      string
		gold, pred                []claimdiff.Claim
		matched, sourced, fp      int
		repeats                   int
		precision, recall, srcAcc float64
	}{
		{"a perfect list scores 1",
			[]claimdiff.Claim{c("a", 11000, T, "Zelensky"), c("a", 50, K, "GUR")},
			[]claimdiff.Claim{c("a", 11000, T, "Zelensky"), c("a", 50, K, "GUR")},
			2, 2, 0, 0, 1, 1, 1},
		{"the metric must match",
			[]claimdiff.Claim{c("a", 50, K, "GUR")},
			[]claimdiff.Claim{c("a", 50, T, "GUR")},
			0, 0, 1, 0, 0, 0, 0},
		{"the article must match",
			[]claimdiff.Claim{c("a", 50, K, "GUR"), c("b", 1, K, "x")},
			[]claimdiff.Claim{c("b", 50, K, "GUR")},
			0, 0, 1, 0, 0, 0, 0},
		{"a repeat of a matched figure counts neither way",
			[]claimdiff.Claim{c("a", 11000, T, "Zelensky")},
			[]claimdiff.Claim{c("a", 11000, T, "Zelensky"), c("a", 11000, T, "ntv")},
			1, 1, 0, 1, 1, 1, 1},
		{"unmatched predictions repeating each other count once",
			[]claimdiff.Claim{c("a", 11000, T, "Zelensky")},
			[]claimdiff.Claim{c("a", 11000, T, "Zelensky"), c("a", 2022, T, "x"), c("a", 2022, T, "y")},
			1, 1, 1, 0, 0.5, 1, 1},
		{"matching prefers the prediction with the right source",
			[]claimdiff.Claim{c("a", 10000, T, "Pat Ryder")},
			[]claimdiff.Claim{c("a", 10000, T, "ntv"), c("a", 10000, T, "Pat Ryder")},
			1, 1, 0, 1, 1, 1, 1},
		{"source_alts count as right",
			[]claimdiff.Claim{c("a", 10000, T, "US government", "Pentagon")},
			[]claimdiff.Claim{c("a", 10000, T, "pentagon")},
			1, 1, 0, 0, 1, 1, 1},
		{"either part of a parenthetical name counts",
			[]claimdiff.Claim{c("a", 2000, K, "South Korean National Intelligence Service (NIS)")},
			[]claimdiff.Claim{c("a", 2000, K, "NIS")},
			1, 1, 0, 0, 1, 1, 1},
		{"a wrong source is a match but not a sourced one",
			[]claimdiff.Claim{c("a", 2000, K, "NIS"), c("a", 5, K, "x")},
			[]claimdiff.Claim{c("a", 2000, K, "Reuters"), c("a", 5, K, "x")},
			2, 1, 0, 0, 1, 1, 0.5},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			r := Score(tc.gold, tc.pred)
			if r.Matched != tc.matched || r.Sourced != tc.sourced || r.FalsePos != tc.fp || r.Repeats != tc.repeats {
				t.Errorf("matched %d sourced %d fp %d repeats %d; want %d %d %d %d",
					r.Matched, r.Sourced, r.FalsePos, r.Repeats, tc.matched, tc.sourced, tc.fp, tc.repeats)
			}
			if !near(r.Precision, tc.precision) || !near(r.Recall, tc.recall) || (tc.matched > 0 && !near(r.SourceAcc, tc.srcAcc)) {
				t.Errorf("precision %.3f recall %.3f source acc %.3f", r.Precision, r.Recall, r.SourceAcc)
			}
		})
	}
}

func TestRangesMatchOnBothEnds(t *testing.T) {
	g := c("a", 11000, claimdiff.Troops, "Ryder")
	g.Value2 = claimdiff.Float(12000)
	p := g
	p.Value2 = claimdiff.Float(13000)
	if r := Score([]claimdiff.Claim{g}, []claimdiff.Claim{p}); r.Matched != 0 {
		t.Error("a range with another upper end matched")
	}
	if r := Score([]claimdiff.Claim{g}, []claimdiff.Claim{g}); r.Matched != 1 || r.F1 != 1 {
		t.Error("the same range did not match")
	}
}

func TestFieldAccuracies(t *testing.T) {
	g := c("a", 11000, claimdiff.Troops, "Ryder")
	p := g
	p.Location, p.Qualifier = "russia", claimdiff.Approx
	r := Score([]claimdiff.Claim{g}, []claimdiff.Claim{p})
	if r.LocationAcc != 0 || r.QualifierAcc != 0 || r.SubjAcc != 1 || len(r.Mismatch) != 1 {
		t.Errorf("%+v", r)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestSourceNames(t *testing.T) {
	for _, tc := range []struct {
		desc, gold, pred string
		same             bool
	}{
		{"case is ignored", "Gaza Health Ministry", "gaza health ministry", true},
		{"spacing is ignored", "coast guard", "Coastguard", true},
		{"punctuation is ignored", "U.S. Army", "US Army", true},
		{"British and American spelling are one", "organisers", "organizers", true},
		{"Defence is Defense", "UK Defence Ministry", "UK Defense Ministry", true},
		{"Ministry of X is X Ministry", "UK Ministry of Defence", "UK Defence Ministry", true},
		{"labour is labor", "Labour Party", "Labor Party", true},
		{"either part of a parenthetical", "South Korean National Intelligence Service (NIS)", "NIS", true},
		{"the long part of a parenthetical", "South Korean National Intelligence Service (NIS)", "south korean national intelligence service", true},
		{"a dropped word is another name", "Paris police headquarters", "Paris police", false},
		{"an added word is another name", "Geological Survey", "US Geological Survey", false},
		{"short words keep their ending", "hour", "hor", false},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			g := claimdiff.Claim{Source: tc.gold}
			p := claimdiff.Claim{Source: tc.pred}
			if got := SourceRight(&g, &p); got != tc.same {
				t.Errorf("SourceRight(%q, %q) = %v", tc.gold, tc.pred, got)
			}
		})
	}
}

func TestOptionalGoldCountsNeitherWay(t *testing.T) {
	opt := c("a", 300, claimdiff.Other, "x")
	opt.Optional = true
	gold := []claimdiff.Claim{c("a", 11000, claimdiff.Troops, "Zelensky"), opt}
	// Matching the optional claim is neither right nor wrong.
	r := Score(gold, []claimdiff.Claim{c("a", 11000, claimdiff.Troops, "Zelensky"), c("a", 300, claimdiff.Other, "x")})
	if r.Gold != 1 || r.Matched != 1 || r.FalsePos != 0 || r.Precision != 1 || r.Recall != 1 || r.OnOptional != 1 {
		t.Errorf("with the optional figure predicted: gold %d matched %d fp %d P %.2f R %.2f", r.Gold, r.Matched, r.FalsePos, r.Precision, r.Recall)
	}
	// Missing it costs nothing.
	r = Score(gold, []claimdiff.Claim{c("a", 11000, claimdiff.Troops, "Zelensky")})
	if r.Recall != 1 || len(r.Misses) != 0 {
		t.Errorf("without it: recall %.2f, misses %d", r.Recall, len(r.Misses))
	}
	// A prediction of the same figure goes to the claim that counts first.
	g2 := c("a", 300, claimdiff.Other, "y")
	r = Score([]claimdiff.Claim{opt, g2}, []claimdiff.Claim{c("a", 300, claimdiff.Other, "y")})
	if r.Matched != 1 || r.Recall != 1 {
		t.Errorf("the optional claim took the only prediction: matched %d", r.Matched)
	}
}
