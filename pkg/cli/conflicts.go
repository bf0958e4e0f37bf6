package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/pkg/disputes"
	"github.com/claimdiff/claimdiff/pkg/report"
)

// ConflictsOptions are the inputs of claimdiff conflicts.
type ConflictsOptions struct {
	Env   *Env
	Store *storeOpener
	compareFlags
	Format string
}

// NewCmdConflicts builds claimdiff conflicts.
func NewCmdConflicts(env *Env, store *storeOpener, runF func(context.Context, *ConflictsOptions) error) *cobra.Command {
	opts := &ConflictsOptions{Env: env, Store: store}
	cmd := &cobra.Command{
		Use:   "conflicts",
		Short: "List where sources disagree, most severe first",
		Long: `List the disputes among the stored claims: figures about one quantity — the
same subject, metric, location and kind of figure — from different
independent sources, stated within --window days of each other, whose
intervals do not meet. Also disputes across quantities: a part above the
whole (Kursk above Russia), more killed than casualties.

Severity grades the gap, the distance between the figures as a share of
the larger: minor below 15 %, major from 15 to 50 %, severe above 50 %.
A lower bound ("at least 10,000") never disputes a higher figure; an upper
bound ("up to 120,000") far above another figure does. A source that
changes its own figure has revised it; that is no dispute (see weekly).

What is found is kept in the store, a part of it at a time (a subject, the
country of the place, a class of metric). An ingest or import updates it
for the claims it adds; otherwise the parts that gained claims are
compared again here, and only in the quantities the new claims touch.
--recompute compares every part afresh.

--format table draws a table on a terminal and writes tab-separated lines
when piped; json writes the documented shape (see the README); html
writes one self-contained page.`,
		Example: `  claimdiff conflicts
  claimdiff conflicts --metric troops --location Kursk
  claimdiff conflicts --since 2024-11-01 --min-severity major --format md
  claimdiff conflicts --tolerance 0.05 --format json | jq '.[] | {id, gap}'
  claimdiff conflicts --format html > disputes.html`,
		Args: exactArgs(0, "no arguments; filter with flags"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return conflictsRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	opts.addQuantity(f)
	opts.addDates(f)
	opts.addRules(f)
	opts.addLimit(f, "disputes, the most severe")
	f.StringVar(&opts.Format, "format", "table", "output `FORMAT`: table, md, csv, json, html")
	return cmd
}

func conflictsRun(ctx context.Context, opts *ConflictsOptions) error {
	format, opt, err := opts.parse(opts.Format, reportFormats...)
	if err != nil {
		return err
	}
	db, err := opts.Store.Existing(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := opts.checkNamed(ctx, db); err != nil {
		return err
	}
	q, err := opts.query()
	if err != nil {
		return err
	}
	l := disputes.NewLoader(db, opt)
	ds, err := l.Load(ctx, q, opt, nil)
	if err != nil {
		return err
	}
	ds = limited(ds, opts.Limit)
	out := opts.Env.IO.Out
	switch format {
	case report.FormatJSON, report.FormatCSV, report.FormatHTML:
		// A dispute at a time, its claims read back whole: a store of
		// millions of claims prints without holding them.
		w, err := report.NewConflictWriter(out, format, "claimdiff · disputes", len(ds))
		if err != nil {
			return err
		}
		for i := range ds {
			c, err := l.Whole(ctx, &ds[i])
			if err != nil {
				return err
			}
			if err := w.Write(&c); err != nil {
				return err
			}
		}
		return w.Close()
	}
	if len(ds) == 0 && opts.Env.IO.OutTTY {
		fmt.Fprintln(out, "No disputes: the sources agree, or no two compared figures were stated within the window.")
		return nil
	}
	return report.ConflictsTable(disputes.Conflicts(ds)).Render(out, format, opts.Env.display())
}
