package rank

import (
	"bytes"
	"strings"
	"testing"
)

// vec builds a candidate with the named features.
func vec(names ...string) Vec {
	v := NewVec(true)
	for _, n := range names {
		v.Add(strings.Split(n, "|")...)
	}
	return v
}

// examples: the right candidate is the one in the figure's clause, or,
// when no cue is there, the outlet — a rule a linear model can learn.
func examples() []Example {
	var out []Example
	for i := 0; i < 30; i++ {
		switch i % 3 {
		case 0:
			out = append(out, Example{
				Cands: []Vec{vec("frame|verb", "clause|same"), vec("frame|prep", "clause|other"), vec("outlet")},
				Right: []bool{true, false, false},
			})
		case 1:
			out = append(out, Example{
				Cands: []Vec{vec("frame|verb", "clause|other"), vec("frame|prep", "clause|same"), vec("outlet")},
				Right: []bool{false, true, false},
			})
		default:
			out = append(out, Example{
				Cands: []Vec{vec("frame|verb", "clause|other", "sentences|1"), vec("outlet")},
				Right: []bool{false, true},
			})
		}
	}
	return out
}

func TestTrainLearnsASeparableRule(t *testing.T) {
	m := Train(examples(), Options{})
	for i, ex := range examples()[:3] {
		best, bestScore := -1, 0.0
		for j := range ex.Cands {
			if s := m.Score(ex.Cands[j].IDs); best < 0 || s > bestScore {
				best, bestScore = j, s
			}
		}
		if !ex.Right[best] {
			t.Errorf("example %d: chose candidate %d", i, best)
		}
	}
	if m.Weight("clause", "same") <= m.Weight("clause", "other") {
		t.Errorf("clause|same %.2f should outweigh clause|other %.2f", m.Weight("clause", "same"), m.Weight("clause", "other"))
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := Train(examples(), Options{}).Write(&a); err != nil {
		t.Fatal(err)
	}
	if err := Train(examples(), Options{}).Write(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("two trainings differ:\n%s\n---\n%s", a.String(), b.String())
	}
}

func TestWeightsFileRoundTrip(t *testing.T) {
	m := Train(examples(), Options{})
	var buf bytes.Buffer
	if err := m.Write(&buf, "trained for a test"); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "# trained for a test\n") {
		t.Errorf("header missing: %q", buf.String())
	}
	back, err := Parse(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range examples()[:3] {
		for _, c := range ex.Cands {
			if m.Score(c.IDs) != back.Score(c.IDs) {
				t.Errorf("%v: score %.4f, read back %.4f", c.Names, m.Score(c.IDs), back.Score(c.IDs))
			}
		}
	}
}

func TestParseRejectsBadLines(t *testing.T) {
	for _, bad := range []string{"1.0 frame|verb", "x\tframe|verb", "NaN\tframe", "+Inf\tframe"} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("Parse(%q) accepted it", bad)
		}
	}
	if m, err := Parse([]byte("# comment\n\n0.5\tframe|verb\n")); err != nil || m.Weight("frame", "verb") != 0.5 {
		t.Errorf("a good file: %v, weight %.2f", err, m.Weight("frame", "verb"))
	}
}

func TestExamplesWithoutARightCandidateAreSkipped(t *testing.T) {
	m := Train([]Example{{Cands: []Vec{vec("a"), vec("b")}, Right: []bool{false, false}}}, Options{})
	if m.Len() != 0 {
		t.Errorf("learned %d weights from an example with no right candidate", m.Len())
	}
}

func BenchmarkScore(b *testing.B) {
	m := Train(examples(), Options{})
	v := NewVec(false)
	for i := 0; i < b.N; i++ {
		v.Reset(false)
		v.Add("frame", "verb")
		v.Add("frame", "verb", "clause", "same")
		v.Add("sentences", "0")
		_ = m.Score(v.IDs)
	}
}

func TestWith(t *testing.T) {
	for _, parts := range [][]string{{"t", "verb.after"}, {"t", "verb.after", "sd", "1"}, {"g", "frame", ""}, {"g", "", "x"}} {
		for n := 0; n <= len(parts); n++ {
			if got, want := Hash(parts[:n]...).With(parts[n:]...), Hash(parts...); n > 0 && got != want {
				t.Errorf("Hash(%q).With(%q) = %x, want %x", parts[:n], parts[n:], got, want)
			}
		}
	}
}

func TestScoreReadsEveryWeight(t *testing.T) {
	weights := map[string]float64{}
	for i := 0; i < 300; i++ {
		weights["f|"+strings.Repeat("x", i%7)+"|"+string(rune('a'+i%26))+string(rune('a'+i/26))] = float64(i) - 150.5
	}
	m := FromWeights(weights)
	for name, w := range weights {
		if got := m.Score([]Feature{Hash(strings.Split(name, "|")...)}); got != w && w != 0 {
			t.Errorf("Score(%s) = %v, want %v", name, got, w)
		}
	}
	if got := m.Score([]Feature{Hash("no", "such", "feature")}); got != 0 {
		t.Errorf("Score of an unknown feature = %v, want 0", got)
	}
}
