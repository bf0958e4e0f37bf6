package cli

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/report"
	"github.com/claimdiff/claimdiff/pkg/safe"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// ClaimsOptions are the inputs of claimdiff claims.
type ClaimsOptions struct {
	Env   *Env
	Store *storeOpener

	Article, Source, Metric, Since, Until string
	Format                                string
	Limit                                 int
}

// NewCmdClaims builds claimdiff claims.
func NewCmdClaims(env *Env, store *storeOpener, runF func(context.Context, *ClaimsOptions) error) *cobra.Command {
	opts := &ClaimsOptions{Env: env, Store: store}
	cmd := &cobra.Command{
		Use:   "claims",
		Short: "List stored claims",
		Long: `List the claims in the store, ordered by article and position.

--format table draws a table on a terminal and writes tab-separated lines
when piped; jsonl writes claim records (the claims format, re-importable
with 'claimdiff import'); csv writes every field with a header.`,
		Example: `  claimdiff claims
  claimdiff claims --source "Volodymyr Zelensky" --metric troops
  claimdiff claims --since 2024-11-01 --until 2024-11-30 --format csv > november.csv
  claimdiff claims --format jsonl | jq -r .source | sort | uniq -c`,
		Args: exactArgs(0, "no arguments; filter with flags"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return claimsRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Article, "article", "", "only claims of the article with this `KEY` (file name or URL)")
	f.StringVar(&opts.Source, "source", "", "only claims by this `SOURCE` (canonical name or a name it was printed under)")
	f.StringVar(&opts.Metric, "metric", "", "only this `METRIC`: troops, killed, wounded, casualties, captured, missing, other")
	f.StringVar(&opts.Since, "since", "", "only claims stated on or after `DATE` (YYYY-MM-DD)")
	f.StringVar(&opts.Until, "until", "", "only claims stated on or before `DATE` (YYYY-MM-DD)")
	f.StringVar(&opts.Format, "format", "table", "output `FORMAT`: table, jsonl, json, csv")
	addLimit(f, &opts.Limit, "claims")
	return cmd
}

func (o *ClaimsOptions) filter() (sqlite.Filter, error) {
	// Stored names are cleaned; so is the name asked for.
	source, _ := safe.Name(o.Source)
	f := sqlite.Filter{Article: o.Article, Source: source, Metric: claimdiff.Metric(o.Metric), Limit: o.Limit}
	if err := checkLimit(o.Limit); err != nil {
		return f, err
	}
	if o.Metric != "" && !f.Metric.Valid() {
		return f, usagef("--metric %q is not one of troops, killed, wounded, casualties, captured, missing, other", o.Metric)
	}
	var err error
	if f.Since, err = parseDateFlag("since", o.Since); err != nil {
		return f, err
	}
	if f.Until, err = parseDateFlag("until", o.Until); err != nil {
		return f, err
	}
	return f, nil
}

func claimsRun(ctx context.Context, opts *ClaimsOptions) error {
	format, err := report.ParseFormat(opts.Format, report.FormatTable, report.FormatJSONL, report.FormatJSON, report.FormatCSV)
	if err != nil {
		return usagef("--format: %v", err)
	}
	filter, err := opts.filter()
	if err != nil {
		return err
	}
	db, err := opts.Store.Existing(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := requireKnown(ctx, db, named{"article", sqlite.KnownArticle, filter.Article}); err != nil {
		return err
	}
	if filter.Source, err = knownSource(ctx, db, filter.Source); err != nil {
		return err
	}
	if err := requireKnown(ctx, db, named{"source", sqlite.KnownSource, filter.Source}); err != nil {
		return err
	}
	out := opts.Env.IO.Out
	if format == report.FormatJSONL {
		// Streamed: a store of a million claims prints without holding them.
		w := report.NewJSONLWriter(out)
		if err := db.EachClaim(ctx, filter, w.Write); err != nil {
			return err
		}
		return w.Flush()
	}
	claims, err := db.Claims(ctx, filter)
	if err != nil {
		return err
	}
	if format == report.FormatJSON {
		return report.WriteClaimsJSON(out, claims)
	}
	if format == report.FormatCSV {
		return report.ClaimsCSV(claims).Render(out, format, report.Display{})
	}
	return report.ClaimsTable(claims).Render(out, format, opts.Env.display())
}
