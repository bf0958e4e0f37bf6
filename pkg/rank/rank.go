// Package rank chooses one of several candidates with a linear model over
// named, class-level features, and trains that model from examples.
//
// A candidate is described by the features it has ("frame=verb",
// "frame=verb|slot=after", "sentences=1"); each feature is a name hashed to
// a number, so that scoring a candidate allocates nothing. A model is one
// weight per feature; a candidate's score is the sum of its features'
// weights, and the highest-scoring candidate wins.
//
// Training fits a log-linear model to ranking examples: each example is a
// group of candidates of which some are right. It is deterministic —
// the same examples in the same order give the same weights, to the last
// digit written — so that a weights file trained from the same gold can be
// checked into the repository and reproduced.
package rank

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sort"
	"strconv"
	"strings"
)

// Feature is a feature's name, hashed.
type Feature uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	sep       = '|'
)

// Hash returns the feature named by parts joined with "|": Hash("frame",
// "verb") is the feature "frame|verb".
func Hash(parts ...string) Feature {
	if len(parts) == 0 {
		return Feature(fnvOffset)
	}
	return Feature(mixIn(fnvOffset, parts[0])).With(parts[1:]...)
}

// With returns the feature named by f's parts followed by parts:
// Hash(a, b).With(c) is Hash(a, b, c). A caller that names many features
// after the same first parts hashes those once.
func (f Feature) With(parts ...string) Feature {
	h := uint64(f)
	for _, p := range parts {
		h ^= sep
		h *= fnvPrime
		h = mixIn(h, p)
	}
	return Feature(h)
}

// mixIn folds the bytes of p into the FNV-1a hash h.
func mixIn(h uint64, p string) uint64 {
	for j := 0; j < len(p); j++ {
		h ^= uint64(p[j])
		h *= fnvPrime
	}
	return h
}

// Name joins parts the way Hash reads them.
func Name(parts ...string) string { return strings.Join(parts, string(sep)) }

// Vec is the features of one candidate. With names kept (for training and
// for explaining a choice) it also records each feature's name.
type Vec struct {
	IDs   []Feature
	Names []string
	keep  bool
}

// NewVec returns an empty feature vector; keepNames records names too.
func NewVec(keepNames bool) Vec { return Vec{keep: keepNames} }

// Add adds the feature named by parts.
func (v *Vec) Add(parts ...string) {
	v.IDs = append(v.IDs, Hash(parts...))
	if v.keep {
		v.Names = append(v.Names, Name(parts...))
	}
}

// KeepsNames reports whether the vector records names.
func (v *Vec) KeepsNames() bool { return v.keep }

// AddHashed adds a feature hashed already, for a vector that keeps no
// names (see KeepsNames).
func (v *Vec) AddHashed(id Feature) { v.IDs = append(v.IDs, id) }

// Reset empties the vector, keeping its buffers; keepNames says whether
// it records names from now on.
func (v *Vec) Reset(keepNames bool) {
	v.IDs = v.IDs[:0]
	v.Names = v.Names[:0]
	v.keep = keepNames
}

// Model is one weight per feature.
type Model struct {
	w     map[Feature]float64
	names map[Feature]string
	// slots holds w again for Score, which looks up every feature of
	// every candidate: an open-addressed table of one small array, made
	// once a model is complete (see index); nil until then.
	slots []weightSlot
}

// weightSlot is a feature and its weight; used tells a slot taken.
type weightSlot struct {
	id   Feature
	w    float64
	used bool
}

// index makes the table Score reads; a model's weights do not change
// once it is made.
func (m *Model) index() *Model {
	n := 8
	for n < 2*len(m.w) {
		n *= 2
	}
	m.slots = make([]weightSlot, n)
	for id, w := range m.w {
		i := m.slot(id)
		for m.slots[i].used {
			i = (i + 1) & uint64(n-1)
		}
		m.slots[i] = weightSlot{id: id, w: w, used: true}
	}
	return m
}

// slot is where the table looks for id first (Fibonacci hashing).
func (m *Model) slot(id Feature) uint64 {
	return (uint64(id) * 0x9E3779B97F4A7C15) >> (64 - bits.Len(uint(len(m.slots)-1)))
}

// weight is w[id], read from the table when there is one.
func (m *Model) weight(id Feature) float64 {
	if m.slots == nil {
		return m.w[id]
	}
	mask := uint64(len(m.slots) - 1)
	for i := m.slot(id); m.slots[i].used; i = (i + 1) & mask {
		if m.slots[i].id == id {
			return m.slots[i].w
		}
	}
	return 0
}

// Score is the sum of the weights of the features.
func (m *Model) Score(ids []Feature) float64 {
	if m == nil {
		return 0
	}
	s := 0.0
	for _, id := range ids {
		s += m.weight(id)
	}
	return s
}

// Weight returns the weight of the feature named by parts.
func (m *Model) Weight(parts ...string) float64 {
	if m == nil {
		return 0
	}
	return m.w[Hash(parts...)]
}

// Len is the number of features with a weight.
func (m *Model) Len() int {
	if m == nil {
		return 0
	}
	return len(m.w)
}

// Parse reads a weights file: one "weight<TAB>feature name" a line; blank
// lines and lines starting with "#" are skipped.
func Parse(data []byte) (*Model, error) {
	m := &Model{w: map[Feature]float64{}, names: map[Feature]string{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		weight, name, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: want \"weight<TAB>feature\", got %q", n, line)
		}
		v, err := strconv.ParseFloat(weight, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("line %d: weight %q is not a number", n, weight)
		}
		id := Hash(strings.Split(name, string(sep))...)
		m.w[id] = v
		m.names[id] = name
	}
	return m.index(), sc.Err()
}

// Write writes the model as a weights file, features sorted by name, with
// a header of comment lines.
func (m *Model) Write(w io.Writer, header ...string) error {
	bw := bufio.NewWriter(w)
	for _, h := range header {
		fmt.Fprintf(bw, "# %s\n", h)
	}
	ids := make([]Feature, 0, len(m.w))
	for id, v := range m.w {
		if v != 0 {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return m.names[ids[i]] < m.names[ids[j]] })
	for _, id := range ids {
		fmt.Fprintf(bw, "%s\t%s\n", strconv.FormatFloat(m.w[id], 'f', 4, 64), m.names[id])
	}
	return bw.Flush()
}

// Example is one choice to learn: the candidates' features and which of
// them are right. An example with no right candidate teaches nothing and
// is skipped.
type Example struct {
	Cands []Vec
	Right []bool
}

// Options steer training.
type Options struct {
	Epochs int // full-batch gradient steps; 0 means 400
	// L2 is the penalty on the square of each weight; 0 means 0.003 an
	// example (chosen by the cross-validated sourced F1 of the gold sets:
	// 0.001 to 0.01 score within a point of each other, 0.1 two lower).
	L2 float64
}

// Weights returns the model's weights by feature name.
func (m *Model) Weights() map[string]float64 {
	out := map[string]float64{}
	if m == nil {
		return out
	}
	for id, v := range m.w {
		if n, ok := m.names[id]; ok {
			out[n] = v
		}
	}
	return out
}

// FromWeights makes a model of weights by feature name.
func FromWeights(weights map[string]float64) *Model {
	m := &Model{w: map[Feature]float64{}, names: map[Feature]string{}}
	for n, v := range weights {
		if v == 0 {
			continue
		}
		id := Hash(strings.Split(n, string(sep))...)
		m.w[id] = v
		m.names[id] = n
	}
	return m.index()
}

// Empty is a model with no weights: every candidate scores 0, and the
// first wins.
func Empty() *Model { return &Model{w: map[Feature]float64{}, names: map[Feature]string{}} }

// Train fits a log-linear model: the probability of a candidate is its
// exponentiated score over the sum of its group's, and training maximizes
// the probability the right candidates have, less an L2 penalty on the
// weights, by full-batch gradient steps with AdaGrad step sizes. Every
// sum runs in the order of the examples, so the weights are a function of
// the examples alone.
func Train(examples []Example, opt Options) *Model {
	if opt.Epochs == 0 {
		opt.Epochs = 400
	}
	if opt.L2 == 0 {
		opt.L2 = 0.003
	}
	// Dense feature indices, in first-seen order.
	index := map[Feature]int{}
	var names []string
	var ids []Feature
	type cand struct{ feats []int }
	type group struct {
		cands []cand
		right []bool
	}
	var groups []group
	for _, ex := range examples {
		hasRight, hasWrong := false, false
		for _, r := range ex.Right {
			hasRight = hasRight || r
			hasWrong = hasWrong || !r
		}
		if !hasRight || !hasWrong {
			continue // nothing to learn: no right reading, or no wrong one
		}
		g := group{right: ex.Right}
		for _, c := range ex.Cands {
			var fs []int
			for i, id := range c.IDs {
				j, ok := index[id]
				if !ok {
					j = len(ids)
					index[id] = j
					ids = append(ids, id)
					name := ""
					if i < len(c.Names) {
						name = c.Names[i]
					}
					names = append(names, name)
				}
				fs = append(fs, j)
			}
			g.cands = append(g.cands, cand{fs})
		}
		groups = append(groups, g)
	}
	w := make([]float64, len(ids))
	grad := make([]float64, len(ids))
	hist := make([]float64, len(ids))
	lambda := opt.L2 * float64(len(groups))
	const rate = 0.5
	scores := []float64{}
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		for i := range grad {
			grad[i] = lambda * w[i]
		}
		for _, g := range groups {
			scores = scores[:0]
			max := math.Inf(-1)
			for _, c := range g.cands {
				s := 0.0
				for _, f := range c.feats {
					s += w[f]
				}
				scores = append(scores, s)
				if s > max {
					max = s
				}
			}
			var z, zr float64
			for i, s := range scores {
				e := math.Exp(s - max)
				z += e
				if g.right[i] {
					zr += e
				}
			}
			// d(−log P(right))/d s_i = P(i) − P(i | right)·[i right]
			for i, s := range scores {
				e := math.Exp(s - max)
				d := e / z
				if g.right[i] {
					d -= e / zr
				}
				for _, f := range g.cands[i].feats {
					grad[f] += d
				}
			}
		}
		for i, gi := range grad {
			hist[i] += gi * gi
			if hist[i] > 0 {
				w[i] -= rate * gi / math.Sqrt(hist[i])
			}
		}
	}
	m := &Model{w: map[Feature]float64{}, names: map[Feature]string{}}
	for i, id := range ids {
		if r := math.Round(w[i]*1e4) / 1e4; r != 0 {
			m.w[id] = r
			m.names[id] = names[i]
		}
	}
	return m.index()
}
