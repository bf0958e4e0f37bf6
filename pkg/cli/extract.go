package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/extract"
	"github.com/claimdiff/claimdiff/pkg/ingest"
	"github.com/claimdiff/claimdiff/pkg/pipeline"
	"github.com/claimdiff/claimdiff/pkg/report"
)

// Extractor returns the claim extractor ingest runs on every article.
func Extractor() pipeline.ExtractFunc { return extract.Article }

// ExtractOptions are the inputs of claimdiff extract.
type ExtractOptions struct {
	Env      *Env
	Paths    []string
	Manifest string
	Meta     metaFlags
	Jobs     int
	Format   string
}

// NewCmdExtract builds claimdiff extract.
func NewCmdExtract(env *Env, runF func(context.Context, *ExtractOptions) error) *cobra.Command {
	opts := &ExtractOptions{Env: env}
	cmd := &cobra.Command{
		Use:   "extract [PATH...]",
		Short: "Extract claims from articles, without a store",
		Long: `Read articles as ingest does and write their claims to standard output,
without storing anything: a stateless worker, so that extraction can run
anywhere and in parallel, and its output be imported later.

PATH is a text, HTML or JSONL article file or a folder; with no PATH, or
with -, a JSONL article dump is read from standard input. The output is one
claim record a line (the claims format), in the order the articles are
read; --format table shows the claims for people instead.`,
		Example: `  claimdiff extract fixtures/ > claims.jsonl
  claimdiff extract report.txt --lang de --published 2024-11-13 --outlet "Keystone-ATS"
  cat dump.jsonl | claimdiff extract | claimdiff import - --db other.db`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if len(opts.Paths) == 0 {
				opts.Paths = []string{"-"}
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return extractRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Manifest, "manifest", "", "JSONL `FILE` with each article's outlet, date, language and URL")
	opts.Meta.register(cmd)
	cmd.Flags().IntVarP(&opts.Jobs, "jobs", "j", 0, "extraction workers (default: one per core)")
	cmd.Flags().StringVar(&opts.Format, "format", "jsonl", "output `FORMAT`: jsonl, table, csv")
	return cmd
}

func extractRun(ctx context.Context, opts *ExtractOptions) error {
	env := opts.Env
	format, err := report.ParseFormat(opts.Format, report.FormatJSONL, report.FormatTable, report.FormatCSV)
	if err != nil {
		return usagef("--format: %v", err)
	}
	iopts, err := opts.Meta.options(opts.Paths, opts.Manifest)
	if err != nil {
		return err
	}
	iopts.Stdin = env.IO.In
	iopts.Warn = func(msg string) { warn(env, msg) }
	cfg := pipeline.Config{Paths: opts.Paths, Options: iopts, Workers: opts.Jobs, Extract: Extractor()}

	jw := report.NewJSONLWriter(env.IO.Out)
	var all []claimdiff.Claim
	articles, count := 0, 0
	err = pipeline.Run(ctx, cfg, func(d ingest.Document, claims []claimdiff.Claim) error {
		articles++
		count += len(claims)
		if format != report.FormatJSONL {
			all = append(all, claims...)
			return nil
		}
		for i := range claims {
			if err := jw.Write(&claims[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := jw.Flush(); err != nil {
		return err
	}
	switch format {
	case report.FormatTable:
		if err := report.ClaimsTable(all).Render(env.IO.Out, format, env.display()); err != nil {
			return err
		}
	case report.FormatCSV:
		if err := report.ClaimsCSV(all).Render(env.IO.Out, format, report.Display{}); err != nil {
			return err
		}
	}
	if env.IO.ErrTTY {
		fmt.Fprintf(env.IO.Err, "extracted %s from %s\n", plural(count, "claim"), plural(articles, "article"))
	}
	return nil
}
