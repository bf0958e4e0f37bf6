package cli

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/pkg/compare"
	"github.com/claimdiff/claimdiff/pkg/disputes"
	"github.com/claimdiff/claimdiff/pkg/report"
)

// SourcesOptions are the inputs of claimdiff sources.
type SourcesOptions struct {
	Env   *Env
	Store *storeOpener
	compareFlags
	Format string
}

// NewCmdSources builds claimdiff sources.
func NewCmdSources(env *Env, store *storeOpener, runF func(context.Context, *SourcesOptions) error) *cobra.Command {
	opts := &SourcesOptions{Env: env, Store: store}
	cmd := &cobra.Command{
		Use:   "sources",
		Short: "Rank sources by their claims, disputes and distance from consensus",
		Long: `List every source with how many claims it made, on how many quantities, in
how many disputes it stands, and its mean deviation: how far its figures
lie, on average, from the consensus of their quantity on the day they were
stated (the interval most independent sources support), as a share of
the consensus. A source whose figures all lie inside the consensus has a
deviation of 0; one with no other source to measure against has none.`,
		Example: `  claimdiff sources
  claimdiff sources --since 2024-11-01 --format csv > sources.csv
  claimdiff sources --format json | jq '.[] | select(.disputes > 0)'`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return sourcesRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	opts.addDates(f)
	opts.addRules(f)
	opts.addLimit(f, "sources")
	f.StringVar(&opts.Format, "format", "table", "output `FORMAT`: table, md, csv, json, html")
	return cmd
}

func sourcesRun(ctx context.Context, opts *SourcesOptions) error {
	format, opt, err := opts.parse(opts.Format, reportFormats...)
	if err != nil {
		return err
	}
	db, err := opts.Store.Existing(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	tally := compare.NewSourceTally(opt)
	q, err := opts.query()
	if err != nil {
		return err
	}
	if _, err := disputes.NewLoader(db, opt).Load(ctx, q, opt, tally.Add); err != nil {
		return err
	}
	stats := limited(tally.Stats(), opts.Limit)
	out := opts.Env.IO.Out
	switch format {
	case report.FormatJSON:
		return report.WriteSourcesJSON(out, stats)
	case report.FormatHTML:
		return report.WriteTablePage(out, "claimdiff · sources", report.SourcesTable(stats))
	}
	return report.SourcesTable(stats).Render(out, format, opts.Env.display())
}
