package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
	"github.com/claimdiff/claimdiff/pkg/jsonl"
	"github.com/claimdiff/claimdiff/pkg/pipeline"
	"github.com/claimdiff/claimdiff/pkg/safe"
)

// ImportOptions are the inputs of claimdiff import.
type ImportOptions struct {
	Env       *Env
	Store     *storeOpener
	File      string
	NoRefresh bool
}

// NewCmdImport builds claimdiff import.
func NewCmdImport(env *Env, store *storeOpener, runF func(context.Context, *ImportOptions) error) *cobra.Command {
	opts := &ImportOptions{Env: env, Store: store}
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Store claims written or corrected by hand",
		Long: `Store curated claims from a JSONL file in the claim record format (the
format 'claimdiff claims --format jsonl' writes, and gold files use).

Every line is checked — qualifier, metric and source kind from their lists,
numbers that are counts (finite, at most 10^15, value and value2 whole
except for the metric "other"), low ≤ high, value2 only on ranges, a quote,
no NUL character — before anything is stored. A bad line is reported as FILE:LINE: reason, and then nothing from
the file is stored. A claim whose article is not in the store creates it by
key; ingesting the article's text later fills it in. Claims already stored
are not stored twice. Absent low and high are derived from the qualifier.

An imported claim is a curated one (a claim whose record says "unreviewed"
becomes "curated": a person imported it). It replaces the extracted claims
of its article that stand for the same figure — the same span of the text,
or the same value in the same quote — so that a corrected claim is one
voice, not two. What it replaced is kept in the store, and extracting the
article again never brings it back.

FILE - reads standard input. Then, as after an ingest, the disputes of the
parts that gained claims are found again and kept.`,
		Example: `  claimdiff import fixtures/seeds.gold.jsonl
  claimdiff claims --format jsonl > claims.jsonl   # edit, then:
  claimdiff import claims.jsonl --db other.db`,
		Args: exactArgs(1, "one claims file (JSONL), or - for standard input"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return importRun(cmd.Context(), opts)
		},
	}
	registerNoRefresh(cmd, &opts.NoRefresh)
	return cmd
}

// maxReported is how many bad lines an import lists before it stops listing.
const maxReported = 20

func importRun(ctx context.Context, opts *ImportOptions) error {
	env := opts.Env
	var names safe.Names
	claims, err := readClaimsFile(opts.File, env.IO.In, claimdiff.ReviewCurated, &names)
	if err != nil {
		return err
	}
	warn(env, names.Warnings()...)
	db, err := opts.Store.Create(ctx)
	if err != nil {
		return stopped(ctx, err)
	}
	defer db.Close()
	w, err := db.Begin(ctx, "import")
	if err != nil {
		return stopped(ctx, err)
	}
	defer w.Rollback()
	if err := pipeline.NewGrouper(w, compare.Defaults.Window).Claims(claims); err != nil {
		return stopped(ctx, err)
	}
	if err := w.AddClaims(claims); err != nil {
		if claimdiff.ErrorCode(err) == claimdiff.EINVALID {
			return claimdiff.Invalid(opts.File, err)
		}
		return stopped(ctx, err)
	}
	stats, err := w.Commit()
	if err != nil {
		return stopped(ctx, err)
	}
	replaced := ""
	if stats.Replaced > 0 {
		replaced = fmt.Sprintf("; they replace %s", plural(stats.Replaced, "extracted claim"))
	}
	fmt.Fprintf(env.IO.Out, "imported %s (%d already stored) from %s into %s%s\n",
		plural(stats.Claims, "claim"), stats.ClaimsExisting, safe.Line(opts.File), safe.Line(db.Path), replaced)
	if stats.Claims > 0 && !opts.NoRefresh {
		return refreshDisputes(ctx, env, db)
	}
	return nil
}

// readClaimsFile reads and checks every line of a claims file. It reports
// every bad line, up to maxReported, as FILE:LINE: reason. Claims without a
// review state get review. Names are cleaned by names, and a field over its
// limit (see package safe) makes its line bad.
func readClaimsFile(name string, stdin io.Reader, review claimdiff.Review, names *safe.Names) ([]claimdiff.Claim, error) {
	var r io.Reader
	if name == "-" {
		r, name = stdin, "stdin"
	} else {
		f, err := os.Open(name)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return nil, claimdiff.Invalid(name, err)
		}
		defer f.Close()
		r = f
	}
	var claims []claimdiff.Claim
	var bad []string
	badCount := 0
	err := jsonl.Each(r, name, func(n int, data []byte) error {
		c, err := claimdiff.DecodeClaim(data)
		if err == nil {
			// Cleaning may leave a name empty: check the claim again.
			if err = names.Claim(&c, true); err == nil {
				err = c.Validate()
			}
		}
		if err != nil {
			badCount++
			if len(bad) < maxReported {
				bad = append(bad, fmt.Sprintf("%s:%d: %v", name, n, err))
			}
			return nil
		}
		if c.Review == "" || review != "" && c.Review == claimdiff.ReviewUnreviewed {
			c.Review = review
		}
		claims = append(claims, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if badCount > 0 {
		more := ""
		if badCount > len(bad) {
			more = fmt.Sprintf("\n… and %d more", badCount-len(bad))
		}
		return nil, claimdiff.Errorf(claimdiff.EINVALID, "%s%s\n%s: %s bad; nothing was stored",
			strings.Join(bad, "\n"), more, name, plural(badCount, "line"))
	}
	if len(claims) == 0 {
		return nil, claimdiff.Errorf(claimdiff.EINVALID, "%s: holds no claims", name)
	}
	return claims, nil
}
