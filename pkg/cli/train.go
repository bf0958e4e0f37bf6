package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/eval"
	"github.com/claimdiff/claimdiff/pkg/rank"
	"github.com/claimdiff/claimdiff/pkg/report"
	"github.com/claimdiff/claimdiff/pkg/train"
)

// TrainOptions are the inputs of claimdiff train.
type TrainOptions struct {
	Env   *Env
	Sets  []string
	Write string
	Folds int
	Parts []string
	Show  bool
	Train train.Options
}

// NewCmdTrain builds claimdiff train.
func NewCmdTrain(env *Env, runF func(context.Context, *TrainOptions) error) *cobra.Command {
	opts := &TrainOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "train SET...",
		Short: "Fit the source ranker to gold sets and measure it by cross-validation",
		Long: `Fit each language's source ranker — the model that chooses, for every
figure, who puts it forward among the sources its sentence and the ones
around it name — to gold sets, and report how well extraction does.

A SET is a folder with a manifest.jsonl, a gold file (gold.jsonl or
*.gold.jsonl) and the manifest's articles, in the folder or in its
articles/ subfolder: fixtures, fixtures/written and the dev set are such
sets. Training is deterministic: the same sets give the same weights.

Two figures are reported. Cross-validated: the articles are dealt into
--folds folds, and each fold is extracted with weights trained on the
others only, so no article is scored by weights that saw it — the figure
that says how extraction does on text it has never seen. Fitted: every
article extracted with the weights trained on all of them, the weights
--write writes. --part FIRST:LAST reports the articles whose names fall in
that range on their own too.

--write DIR writes the weights to DIR/<language>/ranker.tsv (make train
writes them into pkg/lang, where they are built into claimdiff).`,
		Example: `  claimdiff train fixtures fixtures/written
  claimdiff train fixtures fixtures/written ../shared/devset --part d041.txt:d200.txt
  claimdiff train fixtures fixtures/written --write pkg/lang --folds 0`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("train needs at least one gold set folder (fixtures, say)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Sets = args
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return trainRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Write, "write", "", "write the weights to `DIR`/<language>/ranker.tsv")
	f.IntVar(&opts.Folds, "folds", 5, "cross-validation folds (`N` articles apart); 0 skips cross-validation")
	f.StringArrayVar(&opts.Parts, "part", nil, "also report the articles named `FIRST:LAST` (inclusive) on their own")
	f.Float64Var(&opts.Train.L2, "l2", 0, "the penalty on the square of each weight, per example (default 0.003)")
	f.IntVar(&opts.Train.Epochs, "steps", 0, "gradient steps a round (default 400)")
	f.IntVar(&opts.Train.Rounds, "rounds", 0, "extract-then-learn rounds (default 3)")
	f.BoolVar(&opts.Show, "show", false, "list the cross-validated claims whose source is wrong, with the readings the ranker chose from")
	return cmd
}

func trainRun(ctx context.Context, opts *TrainOptions) error {
	env := opts.Env
	if opts.Folds == 1 || opts.Folds < 0 {
		return usagef("--folds: %d folds cannot hold an article out; use 0 or at least 2", opts.Folds)
	}
	var parts [][2]string
	for _, p := range opts.Parts {
		first, last, ok := strings.Cut(p, ":")
		if !ok || first == "" || last == "" || first > last {
			return usagef("--part %q: want FIRST:LAST, two article names in order (d041.txt:d200.txt)", p)
		}
		parts = append(parts, [2]string{first, last})
	}
	var arts []train.Article
	var names []string
	seen := map[string]string{}
	for _, dir := range opts.Sets {
		set, err := train.LoadSet(dir)
		if err != nil {
			return err
		}
		for _, a := range set.Articles {
			if other, ok := seen[a.Article.Key]; ok {
				return claimdiff.Errorf(claimdiff.EINVALID, "%s: the article %s is in %s too; article names must differ across gold sets", set.Name, a.Article.Key, other)
			}
			seen[a.Article.Key] = set.Name
		}
		arts = append(arts, set.Articles...)
		names = append(names, set.Name)
	}
	codes := train.Languages(arts)
	if opts.Write != "" {
		for _, code := range codes {
			dir := filepath.Join(opts.Write, code)
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				return claimdiff.Errorf(claimdiff.EINVALID, "--write %s: no folder %s for the language %q; nothing was written", opts.Write, dir, code)
			}
		}
	}
	gold := train.Gold(arts)
	fmt.Fprintf(env.IO.Err, "%s in %s, %s\n", plural(len(arts), "article"), plural(len(names), "gold set"), plural(len(gold), "gold claim"))

	rows := groups(arts, parts)
	if opts.Folds > 0 {
		start := time.Now()
		preds := train.CrossValidate(arts, opts.Folds, opts.Train)
		fmt.Fprintf(env.IO.Out, "Cross-validated by article (%d folds: no article is scored by weights trained on it):\n", opts.Folds)
		if err := renderScores(env, scoreTable(rows, train.Claims(preds))); err != nil {
			return err
		}
		fmt.Fprintf(env.IO.Err, "cross-validated in %s\n", time.Since(start).Round(time.Millisecond))
		if opts.Show {
			showMisses(env, train.WrongSources(preds))
		}
	}
	models := train.Fit(arts, opts.Train)
	fmt.Fprintln(env.IO.Out, "\nFitted (every article scored by the weights trained on all of them):")
	if err := renderScores(env, scoreTable(rows, train.Claims(train.Predict(arts, models)))); err != nil {
		return err
	}
	if opts.Write == "" {
		return nil
	}
	for _, code := range codes {
		path := filepath.Join(opts.Write, code, "ranker.tsv")
		if err := writeWeights(path, models[code], train.Header(code, names)); err != nil {
			return err
		}
		fmt.Fprintf(env.IO.Err, "wrote %s (%s)\n", path, plural(models[code].Len(), "weight"))
	}
	return nil
}

// writeWeights writes a model to path through a temporary file beside it,
// so that a failed write leaves the old weights in place.
func writeWeights(path string, m *rank.Model, header []string) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".ranker-*.tsv")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // once renamed, there is nothing left to remove
	if err := m.Write(f, header...); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// scoreGroup is a row of the score tables: a set, a part, a language.
type scoreGroup struct {
	name     string
	articles []*train.Article
}

func groups(arts []train.Article, parts [][2]string) []scoreGroup {
	var out []scoreGroup
	add := func(name string, keep func(a *train.Article) bool) {
		g := scoreGroup{name: name}
		for i := range arts {
			if keep(&arts[i]) {
				g.articles = append(g.articles, &arts[i])
			}
		}
		out = append(out, g)
	}
	seenSet, seenLang := map[string]bool{}, map[string]bool{}
	var sets, langs []string
	for _, a := range arts {
		if !seenSet[a.Set] {
			seenSet[a.Set] = true
			sets = append(sets, a.Set)
		}
		if l := a.Article.Language; !seenLang[l] {
			seenLang[l] = true
			langs = append(langs, l)
		}
	}
	sort.Strings(langs)
	for _, s := range sets {
		s := s
		add(s, func(a *train.Article) bool { return a.Set == s })
	}
	for _, p := range parts {
		p := p
		add(p[0]+"–"+p[1], func(a *train.Article) bool { return a.Article.Key >= p[0] && a.Article.Key <= p[1] })
	}
	for _, l := range langs {
		l := l
		add("language "+l, func(a *train.Article) bool { return a.Article.Language == l })
	}
	add("all", func(*train.Article) bool { return true })
	return out
}

// scoreTable scores the predictions of each group's articles.
// renderScores draws a score table on a terminal; in a pipe its rows are
// tab-separated, under a comment line that names the columns.
func renderScores(env *Env, t *report.Table) error {
	if !env.IO.OutTTY {
		fmt.Fprintln(env.IO.Out, "# "+strings.Join(t.Header, "\t"))
	}
	return t.Render(env.IO.Out, report.FormatTable, env.display())
}

func scoreTable(rows []scoreGroup, preds []claimdiff.Claim) *report.Table {
	t := &report.Table{Header: []string{"ARTICLES", "GOLD", "P", "R", "F1", "SOURCED F1", "SOURCE", "LOCATION", "SUBJECT", "SET"}}
	f := func(v float64) string { return fmt.Sprintf("%.3f", v) }
	byArticle := map[string][]claimdiff.Claim{}
	for _, p := range preds {
		byArticle[p.Article] = append(byArticle[p.Article], p)
	}
	for _, g := range rows {
		var gold, pred []claimdiff.Claim
		for _, a := range g.articles {
			gold = append(gold, a.Gold...)
			pred = append(pred, byArticle[a.Article.Key]...)
		}
		r := eval.Score(gold, pred)
		t.Append(fmt.Sprint(len(g.articles)), fmt.Sprint(r.Gold), f(r.Precision), f(r.Recall), f(r.F1), f(r.SourcedF1),
			f(r.SourceAcc), f(r.LocationAcc), f(r.SubjAcc), g.name)
	}
	return t
}

// showMisses lists the claims with a wrong source, and says for each
// whether some reading named the right one.
func showMisses(env *Env, misses []train.Miss) {
	reachable := 0
	for _, m := range misses {
		if m.Reachable {
			reachable++
		}
	}
	w := env.IO.Out
	fmt.Fprintf(w, "\n%d claims with a wrong source: %d where a reading named the right one (the ranker chose wrong), %d where none did\n",
		len(misses), reachable, len(misses)-reachable)
	for _, m := range misses {
		tag := "unreached"
		if m.Reachable {
			tag = "misranked"
		}
		c := m.Choice.Claim
		fmt.Fprintf(w, "\n%s %s %q %s: gold %q, chose %q\n    %s\n", tag, c.Article, c.Raw, c.Metric, m.Gold.Source, c.Source, clipText(c.Quote, 300))
		for i, cand := range m.Choice.Candidates {
			mark := " "
			if i == m.Choice.Chosen {
				mark = ">"
			}
			fmt.Fprintf(w, "    %s %-22s %-40q %7.2f\n", mark, cand.Type, cand.Source, cand.Score)
		}
	}
}

func clipText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
