package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
	"github.com/claimdiff/claimdiff/pkg/report"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// WeeklyOptions are the inputs of claimdiff weekly.
type WeeklyOptions struct {
	Env   *Env
	Store *storeOpener
	compareFlags
	Week, Against string
	Format        string
}

// NewCmdWeekly builds claimdiff weekly.
func NewCmdWeekly(env *Env, store *storeOpener, runF func(context.Context, *WeeklyOptions) error) *cobra.Command {
	opts := &WeeklyOptions{Env: env, Store: store}
	cmd := &cobra.Command{
		Use:   "weekly",
		Short: "Report what changed from one ISO week to another",
		Long: `Report what changed from one ISO week (Monday to Sunday) to another: the
claims stated in the week, the disputes that opened, those resolved and those
no longer current, the quantities whose consensus moved ("north korean troops
in Russia: 10,000 → 11,000–12,000") and the sources that revised their own
figures. Each week's end sees the figures stated in the --window days
before it.

A dispute standing at the end of --against and not at the end of --week is
resolved when the sources that disagreed still have figures on the quantity
in the window and those figures now meet: one of them revised its figure
into the other's interval, say. It is no longer current ("aged out") when
the figures of one side or both have left the window and their sources have
stated none since: nothing says whether they still disagree. A dispute that
only fell below --min-severity is neither. A revision is one source's changed figure
on the same quantity on another day; a part ("1.000 dieser Soldaten"), a
capacity or an increment revises nothing, and a figure that names no place
is not taken for a revision of one that does.

--week defaults to the latest week in which a claim was stated (not after
today); --against defaults to the week before --week.

--format html writes one self-contained page with a timeline per disputed
quantity: each claim an interval at the day it was stated, one colour per
source.`,
		Example: `  claimdiff weekly
  claimdiff weekly --week 2024-W46 --against 2024-W45
  claimdiff weekly --week 2024-W46 --format md > week46.md
  claimdiff weekly --format html > week.html`,
		Args: exactArgs(0, "no arguments; choose weeks with --week and --against"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return weeklyRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Week, "week", "", "the ISO `WEEK` to report, such as 2024-W46 (default: the latest week with claims)")
	f.StringVar(&opts.Against, "against", "", "the ISO `WEEK` to compare with (default: the week before --week)")
	opts.addRules(f)
	f.StringVar(&opts.Format, "format", "table", "output `FORMAT`: table, md, csv, json, html")
	return cmd
}

func weeklyRun(ctx context.Context, opts *WeeklyOptions) error {
	format, opt, err := opts.parse(opts.Format, reportFormats...)
	if err != nil {
		return err
	}
	var week, against compare.Week
	if opts.Week != "" {
		if week, err = compare.ParseWeek(opts.Week); err != nil {
			return usagef("--week: %v", err)
		}
	}
	if opts.Against != "" {
		if against, err = compare.ParseWeek(opts.Against); err != nil {
			return usagef("--against: %v", err)
		}
	}
	db, err := opts.Store.Existing(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if opts.Week == "" {
		last, err := db.LastStatedOn(ctx, opts.Env.Now())
		if err != nil {
			return err
		}
		if last.IsZero() {
			last = opts.Env.Now()
		}
		week = compare.WeekOf(last)
	}
	if opts.Against == "" {
		against = week.Prev()
	}
	if !against.Start().Before(week.Start()) {
		return usagef("--against %s is not before --week %s: weekly reports what changed since an earlier week", against, week)
	}
	// Both weeks' ends see a window of days before them.
	first, last := week.Start(), week.End()
	if against.Start().Before(first) {
		first = against.Start()
	}
	if against.End().After(last) {
		last = against.End()
	}
	claims, err := db.ComparableClaims(ctx, sqlite.Filter{Since: first.AddDate(0, 0, -opt.Window), Until: last})
	if err != nil {
		return err
	}
	wd := compare.Weekly(claims, week, against, opt)
	if err := fillWeekly(ctx, db, &wd); err != nil {
		return err
	}
	out := opts.Env.IO.Out
	switch format {
	case report.FormatJSON:
		return report.WriteWeeklyJSON(out, &wd)
	case report.FormatHTML:
		return report.WriteWeeklyHTML(out, &wd)
	}
	if opts.Week == "" && opts.Env.IO.ErrTTY {
		fmt.Fprintf(opts.Env.IO.Err, "week %s, the latest with claims; choose another with --week\n", week)
	}
	return report.WriteWeekly(out, &wd, format, opts.Env.display())
}

// fillWeekly adds the quotes of every claim the weekly report shows.
func fillWeekly(ctx context.Context, db *sqlite.DB, wd *compare.WeeklyDiff) error {
	if err := db.FillQuotes(ctx, wd.NewClaims); err != nil {
		return err
	}
	for _, cs := range [][]claimdiff.Conflict{wd.Disputes, wd.NewDisputes, wd.Resolved, wd.AgedOut} {
		if err := fillQuotes(ctx, db, cs); err != nil {
			return err
		}
	}
	for i := range wd.Revisions {
		r := &wd.Revisions[i]
		pair := []claimdiff.Claim{r.From, r.To}
		if err := db.FillQuotes(ctx, pair); err != nil {
			return err
		}
		r.From, r.To = pair[0], pair[1]
	}
	return nil
}
