package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/fixtures"
)

// DemoOptions are the inputs of claimdiff demo.
type DemoOptions struct {
	Env   *Env
	Store *storeOpener
}

// NewCmdDemo builds claimdiff demo.
func NewCmdDemo(env *Env, store *storeOpener, runF func(context.Context, *DemoOptions) error) *cobra.Command {
	opts := &DemoOptions{Env: env, Store: store}
	return &cobra.Command{
		Use:   "demo",
		Short: "Run the whole job on the bundled seed articles",
		Long: `Ingest the five bundled seed articles — German reports from November and
December 2024 on North Korean troops in Russia — into a fresh store,
extracting their claims, and print where the sources disagree.

The store is a temporary file, removed afterwards, unless --db names one to
keep for trying the other commands on.`,
		Example: `  claimdiff demo
  claimdiff demo --db demo.db && claimdiff brief --db demo.db --location Kursk`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return demoRun(cmd.Context(), opts)
		},
	}
}

func demoRun(ctx context.Context, opts *DemoOptions) error {
	env := opts.Env
	tmp, err := os.MkdirTemp("", "claimdiff-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	articles := filepath.Join(tmp, "seeds")
	if err := fixtures.WriteDir(fixtures.Seeds, articles); err != nil {
		return fmt.Errorf("write the seed articles: %w", err)
	}
	store := opts.Store
	if *store.flag == "" {
		path := filepath.Join(tmp, "demo.db")
		store = &storeOpener{env: env, flag: &path, display: "a temporary store"}
	} else if info, err := os.Stat(store.Path()); err == nil && info.Mode().IsRegular() && info.Size() > 0 {
		// An empty file becomes the store; a folder or another kind of
		// file is refused by the store's own checks.
		return usagef("--db %s exists already: the demo needs a fresh store; name a new file or remove it", store.Path())
	}
	fmt.Fprintf(env.IO.Out, "claimdiff demo: the five seed articles, into %s\n\n", store.Name())
	if err := ingestRun(ctx, &IngestOptions{Env: env, Store: store, Paths: []string{articles}}); err != nil {
		return err
	}
	fmt.Fprintln(env.IO.Out)
	fmt.Fprintln(env.IO.Out, "Where the sources disagree (claimdiff conflicts):")
	fmt.Fprintln(env.IO.Out)
	if err := conflictsRun(ctx, &ConflictsOptions{Env: env, Store: store, compareFlags: defaultCompareFlags(), Format: "table"}); err != nil {
		return err
	}
	if *opts.Store.flag != "" {
		fmt.Fprintf(env.IO.Out, "\nNext: claimdiff brief --db %s ID, claimdiff weekly --db %s, claimdiff sources --db %s\n",
			store.Path(), store.Path(), store.Path())
	} else {
		fmt.Fprintln(env.IO.Out, "\nKeep the store with --db demo.db to try claimdiff brief, weekly and sources on it.")
	}
	return nil
}
