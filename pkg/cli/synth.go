package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/synth"
)

// SynthOptions are the inputs of claimdiff synth.
type SynthOptions struct {
	Env      *Env
	Articles int
	Seed     uint64
}

// NewCmdSynth builds claimdiff synth.
func NewCmdSynth(env *Env, runF func(context.Context, *SynthOptions) error) *cobra.Command {
	opts := &SynthOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "synth",
		Short: "Write a synthetic news corpus, for benchmarks",
		Long: `Write a synthetic corpus of German and English news articles as a JSONL
article dump on standard output: figures on troops, tolls, crowds and
migration, put in the mouths of some 300 sources, with varied qualifiers,
places, 40 outlets and dates over two years. The same --seed and --articles
always give the same corpus, so that measured speeds can be reproduced.

The text is regular where real news is not: it is for measuring speed and
memory, not the quality of extraction.`,
		Example: `  claimdiff synth --articles 100000 > corpus.jsonl
  claimdiff synth --articles 1000 | claimdiff ingest - --db bench.db`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return synthRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().IntVar(&opts.Articles, "articles", 1000, "how many `N` articles to write")
	cmd.Flags().Uint64Var(&opts.Seed, "seed", 1, "the corpus `SEED`")
	return cmd
}

func synthRun(ctx context.Context, opts *SynthOptions) error {
	if opts.Articles < 0 {
		return usagef("--articles %d: give a number of articles, 0 or more", opts.Articles)
	}
	w := bufio.NewWriterSize(opts.Env.IO.Out, 256<<10)
	enc := json.NewEncoder(w)
	err := synth.Generate(synth.Config{Seed: opts.Seed, Articles: opts.Articles}, func(d *synth.Doc) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		a := &d.Article
		return enc.Encode(map[string]any{
			"url": fmt.Sprintf("https://synth.example/%d/%s", opts.Seed, a.Key), "title": a.Title, "outlet": a.Outlet,
			"published": claimdiff.FormatDate(a.Published), "language": a.Language, "text": a.Text,
		})
	})
	if err != nil {
		return err
	}
	return w.Flush()
}
