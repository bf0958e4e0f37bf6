package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/pkg/safe"
)

// CheckOptions are the inputs of claimdiff check.
type CheckOptions struct {
	Env   *Env
	Store *storeOpener
}

// NewCmdCheck builds claimdiff check.
func NewCmdCheck(env *Env, store *storeOpener, runF func(context.Context, *CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{Env: env, Store: store}
	return &cobra.Command{
		Use:   "check",
		Short: "Check the store's integrity",
		Long: `Run SQLite's integrity and foreign key checks on the store, and the store's
own invariants: every claim has its article and its source, no claim's low
bound is above its high, every extracted claim's span lies inside its
article's text, and the count of claims kept per part matches the claims.

Prints what is wrong and exits with code 1, or says the store is healthy.`,
		Example: `  claimdiff check
  claimdiff check --db archive.db || echo "restore archive.db from a backup"`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return checkRun(cmd.Context(), opts)
		},
	}
}

func checkRun(ctx context.Context, opts *CheckOptions) error {
	db, err := opts.Store.Existing(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	problems, err := db.Check(ctx)
	if err != nil {
		return err
	}
	counts, err := db.Counts(ctx)
	if err != nil {
		return err
	}
	out := opts.Env.IO.Out
	if len(problems) == 0 {
		fmt.Fprintf(out, "%s is healthy: %s, %s, %s\n", safe.Line(opts.Store.Name()), plural(counts.Articles, "article"),
			plural(counts.Claims, "claim"), plural(counts.Sources, "source"))
		return nil
	}
	for _, p := range problems {
		fmt.Fprintln(out, safe.Line(fmt.Sprint(p))) // problems quote stored names
	}
	return fmt.Errorf("%s: %s found", opts.Store.Name(), plural(len(problems), "problem"))
}
