package cli

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/eval"
	"github.com/claimdiff/claimdiff/pkg/report"
	"github.com/claimdiff/claimdiff/pkg/safe"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// EvalOptions are the inputs of claimdiff eval.
type EvalOptions struct {
	Env   *Env
	Store *storeOpener

	Gold, Pred    string
	Show          bool
	Format        string
	MinF1, MinSrc float64
}

// NewCmdEval builds claimdiff eval.
func NewCmdEval(env *Env, store *storeOpener, runF func(context.Context, *EvalOptions) error) *cobra.Command {
	opts := &EvalOptions{Env: env, Store: store}
	cmd := &cobra.Command{
		Use:   "eval --gold FILE [--pred FILE]",
		Short: "Score claims against hand-checked gold claims",
		Long: `Score the stored claims, or the claims of a prediction file, against a gold
file of hand-checked claims (both in the claim record format).

A prediction matches a gold claim of the same article with the same value,
value2 and metric; each gold claim matches at most one prediction. A
prediction repeating a matched figure counts neither way; unmatched
predictions that repeat each other count once. Reported: precision, recall,
F1; sourced F1, which credits only matches that also name the right source
(or one of the gold's source_alts); and, on the matches, the accuracy of
source, qualifier, location and subject. Predictions in articles the gold
does not cover are left out.

--show lists the gold claims missed, the false positives and the matches
with a field wrong. --min-f1 and --min-sourced-f1 make eval exit with code
4 when a score is below them, for use in scripts.`,
		Example: `  claimdiff import fixtures/seeds.gold.jsonl && claimdiff eval --gold fixtures/seeds.gold.jsonl
  claimdiff eval --gold gold.jsonl --pred predicted.jsonl --show
  claimdiff eval --gold gold.jsonl --min-f1 0.9 --format json`,
		Args: exactArgs(0, "no arguments; name files with --gold and --pred"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Gold == "" {
				return usagef("eval needs --gold FILE: the hand-checked claims to score against")
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return evalRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Gold, "gold", "", "gold claims `FILE` (JSONL claim records)")
	f.StringVar(&opts.Pred, "pred", "", "predicted claims `FILE` (JSONL); default: the stored claims")
	f.BoolVar(&opts.Show, "show", false, "list misses, false positives and wrong fields")
	f.StringVar(&opts.Format, "format", "table", "output `FORMAT`: table, json")
	f.Float64Var(&opts.MinF1, "min-f1", 0, "exit with code 4 when F1 is below this")
	f.Float64Var(&opts.MinSrc, "min-sourced-f1", 0, "exit with code 4 when sourced F1 is below this")
	return cmd
}

func evalRun(ctx context.Context, opts *EvalOptions) error {
	format, err := report.ParseFormat(opts.Format, report.FormatTable, report.FormatJSON)
	if err != nil {
		return usagef("--format: %v", err)
	}
	gold, err := readClaimsFile(opts.Gold, opts.Env.IO.In, "", new(safe.Names))
	if err != nil {
		return err
	}
	var pred []claimdiff.Claim
	if opts.Pred != "" {
		if pred, err = readClaimsFile(opts.Pred, opts.Env.IO.In, "", new(safe.Names)); err != nil {
			return err
		}
	} else {
		db, err := opts.Store.Existing(ctx)
		if err != nil {
			return err
		}
		defer db.Close()
		if pred, err = db.Claims(ctx, sqlite.Filter{}); err != nil {
			return err
		}
	}
	r := eval.Score(gold, pred)
	out := opts.Env.IO.Out
	if format == report.FormatJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(evalJSON(&r, opts.Show)); err != nil {
			return err
		}
	} else {
		if err := report.ScoreTable(&r).Render(out, format, opts.Env.display()); err != nil {
			return err
		}
		if opts.Show {
			if err := report.WriteEvalDetails(out, &r); err != nil {
				return err
			}
		}
	}
	if r.F1 < opts.MinF1 {
		return &belowError{fmt.Sprintf("F1 %.3f is below --min-f1 %.3f", r.F1, opts.MinF1)}
	}
	if r.SourcedF1 < opts.MinSrc {
		return &belowError{fmt.Sprintf("sourced F1 %.3f is below --min-sourced-f1 %.3f", r.SourcedF1, opts.MinSrc)}
	}
	return nil
}

// evalJSON is the stable JSON shape of an eval result.
func evalJSON(r *eval.Result, details bool) any {
	type counts struct {
		Gold      int `json:"gold"`
		Predicted int `json:"predicted"`
		Matched   int `json:"matched"`
		Sourced   int `json:"sourced"`
		FalsePos  int `json:"false_positives"`
		Repeats   int `json:"repeats"`
		Ignored   int `json:"ignored"`
		Optional  int `json:"optional"`
		OnOpt     int `json:"predicted_optional"`
	}
	type out struct {
		Precision    float64           `json:"precision"`
		Recall       float64           `json:"recall"`
		F1           float64           `json:"f1"`
		SourcedF1    float64           `json:"sourced_f1"`
		SourceAcc    float64           `json:"source_accuracy"`
		QualifierAcc float64           `json:"qualifier_accuracy"`
		LocationAcc  float64           `json:"location_accuracy"`
		SubjectAcc   float64           `json:"subject_accuracy"`
		Counts       counts            `json:"counts"`
		Misses       []claimdiff.Claim `json:"misses,omitempty"`
		FalsePos     []claimdiff.Claim `json:"false_positives,omitempty"`
	}
	o := out{
		Precision: r.Precision, Recall: r.Recall, F1: r.F1, SourcedF1: r.SourcedF1,
		SourceAcc: r.SourceAcc, QualifierAcc: r.QualifierAcc, LocationAcc: r.LocationAcc, SubjectAcc: r.SubjAcc,
		Counts: counts{r.Gold, r.Predicted, r.Matched, r.Sourced, r.FalsePos, r.Repeats, r.Ignored, r.Optional, r.OnOptional},
	}
	if details {
		o.Misses, o.FalsePos = r.Misses, r.Extra
	}
	return o
}
