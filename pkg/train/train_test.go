package train_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/pkg/eval"
	_ "github.com/claimdiff/claimdiff/pkg/lang/languages"
	"github.com/claimdiff/claimdiff/pkg/rank"
	"github.com/claimdiff/claimdiff/pkg/train"
)

func load(t *testing.T, dirs ...string) []train.Article {
	t.Helper()
	var arts []train.Article
	for _, d := range dirs {
		set, err := train.LoadSet(d)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, set.Articles...)
	}
	return arts
}

func TestLoadSet(t *testing.T) {
	set, err := train.LoadSet("../../fixtures")
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Articles) != 5 {
		t.Fatalf("the seed set has %d articles, want 5", len(set.Articles))
	}
	for i, a := range set.Articles {
		if len(a.Gold) == 0 {
			t.Errorf("%s: no gold claims", a.Article.Key)
		}
		if a.Article.Language != "de" || a.Article.Text == "" {
			t.Errorf("%s: language %q, %d bytes of text", a.Article.Key, a.Article.Language, len(a.Article.Text))
		}
		if i > 0 && set.Articles[i-1].Article.Key >= a.Article.Key {
			t.Errorf("articles out of order: %s before %s", set.Articles[i-1].Article.Key, a.Article.Key)
		}
	}
}

// writeSet writes a gold set of one article into a temporary folder,
// leaving out the files named in skip.
func writeSet(t *testing.T, gold string, skip ...string) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"manifest.jsonl": `{"article":"a.txt","outlet":"Testblatt","published":"2024-11-13","language":"de"}` + "\n",
		"gold.jsonl":     gold,
		"a.txt":          "Die Polizei zählte 300 Demonstranten.\n",
	}
	for name, text := range files {
		if strings.Contains(strings.Join(skip, " "), name) {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadSetErrors(t *testing.T) {
	good := `{"article":"a.txt","quote":"Die Polizei zählte 300 Demonstranten.","raw":"300","qualifier":"exact","value":300,` +
		`"metric":"other","subject":"protesters","source":"Polizei","source_kind":"official"}` + "\n"
	for _, tc := range []struct {
		name, gold string
		skip       []string
		want       string
	}{
		{"no manifest", good, []string{"manifest.jsonl"}, "needs a manifest.jsonl"},
		{"no gold", good, []string{"gold.jsonl"}, "needs one gold.jsonl"},
		{"bad gold line", good + "{not json\n", nil, "gold.jsonl:2"},
		{"missing article", good, []string{"a.txt"}, "a.txt"},
		{"gold of an unlisted article", good + strings.Replace(good, `"a.txt"`, `"b.txt"`, 1), nil, "b.txt, an article the manifest does not list"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := train.LoadSet(writeSet(t, tc.gold, tc.skip...))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one naming %q", err, tc.want)
			}
			if testing.Verbose() {
				t.Log(err)
			}
		})
	}
}

// Training is deterministic: the same articles give the same weights file,
// byte for byte.
func TestFitIsDeterministic(t *testing.T) {
	arts := load(t, "../../fixtures", "../../fixtures/written")
	write := func() map[string]string {
		out := map[string]string{}
		for code, m := range train.Fit(arts, train.Options{Rounds: 2, Epochs: 100}) {
			var b bytes.Buffer
			if err := m.Write(&b, train.Header(code, []string{"fixtures"})...); err != nil {
				t.Fatal(err)
			}
			out[code] = b.String()
		}
		return out
	}
	first, second := write(), write()
	if len(first) == 0 {
		t.Fatal("no model trained")
	}
	for code := range first {
		if first[code] != second[code] {
			t.Errorf("%s: two trainings on the same articles wrote different weights", code)
		}
		if _, err := rank.Parse([]byte(first[code])); err != nil {
			t.Errorf("%s: the weights written do not read back: %v", code, err)
		}
	}
}

// sourced counts the predicted claims whose figure and source the gold has.
func sourced(t *testing.T, preds []train.Prediction, arts []train.Article) int {
	t.Helper()
	r := eval.Score(train.Gold(arts), train.Claims(preds))
	return r.Sourced
}

// Weights fitted to articles choose their sources at least as well as no
// weights at all, where the nearest reading wins.
func TestFitLearns(t *testing.T) {
	arts := load(t, "../../fixtures/written")
	empty := map[string]*rank.Model{"de": rank.Empty(), "en": rank.Empty()}
	before := sourced(t, train.Predict(arts, empty), arts)
	after := sourced(t, train.Predict(arts, train.Fit(arts, train.Options{})), arts)
	if after < before {
		t.Errorf("fitted weights give %d sourced claims, fewer than the %d of no weights", after, before)
	}
}

// Cross-validation predicts every article once, in its place.
func TestCrossValidateCoversEveryArticle(t *testing.T) {
	arts := load(t, "../../fixtures")
	preds := train.CrossValidate(arts, 2, train.Options{Rounds: 1, Epochs: 50})
	if len(preds) != len(arts) {
		t.Fatalf("%d predictions for %d articles", len(preds), len(arts))
	}
	for i, p := range preds {
		if p.Article != &arts[i] {
			t.Errorf("prediction %d is for %v, want %s", i, p.Article, arts[i].Article.Key)
		}
		if len(p.Claims) == 0 {
			t.Errorf("%s: no claims predicted", arts[i].Article.Key)
		}
	}
}
