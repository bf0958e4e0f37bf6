// Package train fits each language's source ranker to gold sets —
// articles with hand-checked claims — and measures it as it will meet
// text it has never seen: by cross-validation over articles, so that no
// article is ever scored by weights that learned from it.
//
// Training is a few rounds of extract-then-learn. Round one extracts with
// no weights, each figure taking the nearest reading of its source; each
// claim whose figure the gold has becomes an example: its candidate
// sources, those naming the gold's source marked right. The ranker is
// trained on them, the articles are extracted again with it (a claim's
// features depend on the sources chosen before it), and so on. Every step
// is a function of the gold sets alone, so the same sets give the same
// weights.
//
// The features are shared by the languages, and each also has a copy of
// its own ("de/…"): one training learns what holds everywhere and what
// one language does differently, and each language's weights file holds
// the sum.
package train

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/eval"
	"github.com/claimdiff/claimdiff/pkg/extract"
	"github.com/claimdiff/claimdiff/pkg/ingest"
	"github.com/claimdiff/claimdiff/pkg/rank"
)

// Article is one article of a gold set with its gold claims.
type Article struct {
	Set     string
	Article claimdiff.Article
	Gold    []claimdiff.Claim
}

// Set is a gold set: a folder with a manifest.jsonl, a gold file
// (gold.jsonl or *.gold.jsonl) and the manifest's articles, in the folder
// or in its articles/ subfolder.
type Set struct {
	Name     string
	Articles []Article
}

// LoadSet reads the gold set in dir.
func LoadSet(dir string) (*Set, error) {
	manifest := filepath.Join(dir, "manifest.jsonl")
	if _, err := os.Stat(manifest); err != nil {
		return nil, claimdiff.Errorf(claimdiff.EINVALID, "%s: a gold set needs a manifest.jsonl", dir)
	}
	goldPath := filepath.Join(dir, "gold.jsonl")
	if _, err := os.Stat(goldPath); err != nil {
		matches, _ := filepath.Glob(filepath.Join(dir, "*.gold.jsonl"))
		if len(matches) != 1 {
			return nil, claimdiff.Errorf(claimdiff.EINVALID, "%s: a gold set needs one gold.jsonl or *.gold.jsonl, found %d", dir, len(matches))
		}
		goldPath = matches[0]
	}
	gold, err := readGold(goldPath)
	if err != nil {
		return nil, err
	}
	names, err := manifestArticles(manifest)
	if err != nil {
		return nil, err
	}
	listed := map[string]bool{}
	for _, n := range names {
		listed[n] = true
	}
	for key := range gold {
		if !listed[key] {
			return nil, claimdiff.Errorf(claimdiff.EINVALID, "%s: gold claims for %s, an article the manifest does not list", goldPath, key)
		}
	}
	artDir := dir
	if st, err := os.Stat(filepath.Join(dir, "articles")); err == nil && st.IsDir() {
		artDir = filepath.Join(dir, "articles")
	}
	var paths []string
	for _, n := range names {
		paths = append(paths, filepath.Join(artDir, n))
	}
	set := &Set{Name: filepath.ToSlash(filepath.Clean(dir))}
	err = ingest.Walk(paths, ingest.Options{Manifest: manifest}, func(doc ingest.Document) error {
		a := doc.Article
		set.Articles = append(set.Articles, Article{Set: set.Name, Article: a, Gold: gold[a.Key]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(set.Articles, func(i, j int) bool { return set.Articles[i].Article.Key < set.Articles[j].Article.Key })
	return set, nil
}

func readGold(path string) (map[string][]claimdiff.Claim, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string][]claimdiff.Claim{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		c, err := claimdiff.DecodeClaim(line)
		if err != nil {
			return nil, claimdiff.Errorf(claimdiff.EINVALID, "%s:%d: %v", path, n, err)
		}
		out[c.Article] = append(out[c.Article], c)
	}
	return out, sc.Err()
}

func manifestArticles(path string) ([]string, error) {
	m, err := ingest.ReadManifest(path)
	if err != nil {
		return nil, err
	}
	return m.Keys(), nil
}

// Options steer training.
type Options struct {
	Rounds int     // extract-then-learn rounds; 0 means 3
	Epochs int     // gradient steps a round; 0 means the rank package's default
	L2     float64 // the weights' penalty; 0 means the rank package's default
}

// Fit trains each language's ranker on the articles.
func Fit(arts []Article, opt Options) map[string]*rank.Model {
	if opt.Rounds == 0 {
		opt.Rounds = 3
	}
	models := map[string]*rank.Model{}
	for round := 0; round < opt.Rounds; round++ {
		var examples []rank.Example
		for _, a := range arts {
			_, choices := run(a, models)
			examples = append(examples, Examples(a, choices)...)
		}
		shared := rank.Train(examples, rank.Options{Epochs: opt.Epochs, L2: opt.L2})
		models = split(shared, Languages(arts))
	}
	return models
}

// run extracts an article with its language's model of models (none: the
// nearest reading wins).
func run(a Article, models map[string]*rank.Model) ([]claimdiff.Claim, []extract.Choice) {
	m := models[a.Article.Language]
	if m == nil {
		m = rank.Empty()
	}
	meta := extract.Meta{Key: a.Article.Key, Outlet: a.Article.Outlet, Published: a.Article.Published, Language: a.Article.Language}
	return extract.ExtractWith(a.Article.Text, meta, extract.Options{Model: m, Explain: true})
}

// Examples turns the choices made in an article into training examples:
// a claim whose figure (value, value2, metric) the gold has, with its
// candidates marked right where they name that gold claim's source.
func Examples(a Article, choices []extract.Choice) []rank.Example {
	var out []rank.Example
	for _, ch := range choices {
		var golds []*claimdiff.Claim
		for i := range a.Gold {
			if g := &a.Gold[i]; sameFigure(g, &ch.Claim) {
				golds = append(golds, g)
			}
		}
		if len(golds) == 0 {
			continue
		}
		ex := rank.Example{}
		any := false
		for _, c := range ch.Candidates {
			right := false
			pred := claimdiff.Claim{Source: c.Source}
			for _, g := range golds {
				if eval.SourceRight(g, &pred) {
					right = true
				}
			}
			any = any || right
			ex.Cands = append(ex.Cands, augment(c.Features, a.Article.Language))
			ex.Right = append(ex.Right, right)
		}
		if any {
			out = append(out, ex)
		}
	}
	return out
}

func sameFigure(g, p *claimdiff.Claim) bool {
	if g.Value != p.Value || g.Metric != p.Metric || (g.Value2 == nil) != (p.Value2 == nil) {
		return false
	}
	return g.Value2 == nil || *g.Value2 == *p.Value2
}

// augment adds to every feature a copy of its own for the language.
func augment(v rank.Vec, code string) rank.Vec {
	out := rank.NewVec(true)
	for _, n := range v.Names {
		parts := strings.Split(n, "|")
		out.Add(parts...)
		parts[0] = code + "/" + parts[0]
		out.Add(parts...)
	}
	return out
}

// split writes a shared model trained on augmented features as one model
// a language: each feature's weight is the shared one plus the language's
// own.
func split(shared *rank.Model, codes []string) map[string]*rank.Model {
	all := shared.Weights()
	out := map[string]*rank.Model{}
	for _, code := range codes {
		w := map[string]float64{}
		for n, v := range all {
			if i := strings.Index(n, "/"); i > 0 && !strings.Contains(n[:i], "|") {
				if n[:i] == code {
					w[n[i+1:]] += v
				}
				continue
			}
			w[n] += v
		}
		out[code] = rank.FromWeights(w)
	}
	return out
}

// Languages lists the languages of the articles, in order.
func Languages(arts []Article) []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range arts {
		if c := a.Article.Language; !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

// Prediction is what extraction made of one article: its claims, and the
// choice behind each claim's source (before headline restatements were
// dropped).
type Prediction struct {
	Article *Article
	Claims  []claimdiff.Claim
	Choices []extract.Choice
}

// Claims are the predictions' claims.
func Claims(preds []Prediction) []claimdiff.Claim {
	var out []claimdiff.Claim
	for _, p := range preds {
		out = append(out, p.Claims...)
	}
	return out
}

// CrossValidate predicts the claims of every article with weights trained
// on the other folds: article i of arts is in fold i mod folds.
func CrossValidate(arts []Article, folds int, opt Options) []Prediction {
	preds := make([]Prediction, len(arts))
	for k := 0; k < folds; k++ {
		var trainOn, held []Article
		for i, a := range arts {
			if i%folds == k {
				held = append(held, a)
			} else {
				trainOn = append(trainOn, a)
			}
		}
		models := Fit(trainOn, opt)
		for i := range arts {
			if i%folds == k {
				claims, choices := run(arts[i], models)
				preds[i] = Prediction{&arts[i], claims, choices}
			}
		}
	}
	return preds
}

// Predict extracts every article with the given models.
func Predict(arts []Article, models map[string]*rank.Model) []Prediction {
	preds := make([]Prediction, len(arts))
	for i := range arts {
		claims, choices := run(arts[i], models)
		preds[i] = Prediction{&arts[i], claims, choices}
	}
	return preds
}

// Miss is a claim whose figure the gold has but whose source is wrong.
type Miss struct {
	Article *Article
	Gold    *claimdiff.Claim
	Choice  extract.Choice
	// Reachable is true when a candidate names the gold's source: the
	// ranker chose wrong. Otherwise no reading found the source.
	Reachable bool
}

// WrongSources lists the predictions' claims that match a gold figure
// with the wrong source, leaving out repeats of a figure another claim of
// the article gives with the right one.
func WrongSources(preds []Prediction) []Miss {
	var out []Miss
	for _, p := range preds {
		rightFigure := func(ch *extract.Choice) bool {
			for _, o := range p.Choices {
				if !sameFigure(&o.Claim, &ch.Claim) {
					continue
				}
				for i := range p.Article.Gold {
					if g := &p.Article.Gold[i]; sameFigure(g, &o.Claim) && eval.SourceRight(g, &o.Claim) {
						return true
					}
				}
			}
			return false
		}
		for _, ch := range p.Choices {
			if rightFigure(&ch) {
				continue
			}
			var gold *claimdiff.Claim
			right := false
			for i := range p.Article.Gold {
				g := &p.Article.Gold[i]
				if !sameFigure(g, &ch.Claim) || g.Optional {
					continue
				}
				gold = g
				if eval.SourceRight(g, &ch.Claim) {
					right = true
				}
			}
			if gold == nil || right {
				continue
			}
			m := Miss{Article: p.Article, Gold: gold, Choice: ch}
			for _, c := range ch.Candidates {
				if eval.SourceRight(gold, &claimdiff.Claim{Source: c.Source}) {
					m.Reachable = true
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// Gold is the gold claims of the articles.
func Gold(arts []Article) []claimdiff.Claim {
	var out []claimdiff.Claim
	for _, a := range arts {
		out = append(out, a.Gold...)
	}
	return out
}

// Header is the comment a weights file starts with.
func Header(code string, sets []string) []string {
	return []string{
		fmt.Sprintf("Source ranker weights for %q, written by `make train` (claimdiff train): do not edit.", code),
		"Trained on: " + strings.Join(sets, ", "),
		"A line is a weight and a feature; a candidate's score is the sum of its features' weights.",
	}
}
