package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/disputes"
	"github.com/claimdiff/claimdiff/pkg/report"
)

// BriefOptions are the inputs of claimdiff brief.
type BriefOptions struct {
	Env   *Env
	Store *storeOpener
	compareFlags
	ID     string
	Format string
}

// NewCmdBrief builds claimdiff brief.
func NewCmdBrief(env *Env, store *storeOpener, runF func(context.Context, *BriefOptions) error) *cobra.Command {
	opts := &BriefOptions{Env: env, Store: store}
	cmd := &cobra.Command{
		Use:   "brief [ID]",
		Short: "Prepare a fact-check of one dispute",
		Long: `Prepare the fact-check of one dispute: every claim with its exact quote,
source, kind, the outlet that relayed it, outlet, article, the day it was
stated and its interval; the independent sources (a source relayed by many
outlets counts once); what is agreed and what is not; and the questions
to put to each source.

Name the dispute by the ID 'claimdiff conflicts' prints, or by its
quantity with --subject, --metric and --location; when these fit several
disputes, the candidates are listed.

--format claimreview writes schema.org ClaimReview drafts in JSON-LD, one
per claim in dispute, with the rating left for the fact-checker and the
claim's interval as an additional property.`,
		Example: `  claimdiff brief d-3f9c2a17b0
  claimdiff brief --subject "north korean troops" --location Kursk
  claimdiff brief d-3f9c2a17b0 --format md > brief.md
  claimdiff brief d-3f9c2a17b0 --format claimreview > reviews.jsonld`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.ID = args[0]
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return briefRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	opts.addQuantity(f)
	opts.addRules(f)
	f.StringVar(&opts.Format, "format", "table", "output `FORMAT`: table (plain text), md, csv (the claims), json, html, claimreview")
	return cmd
}

const formatClaimReview report.Format = "claimreview"

func briefRun(ctx context.Context, opts *BriefOptions) error {
	format, opt, err := opts.parse(opts.Format, append(reportFormats, formatClaimReview)...)
	if err != nil {
		return err
	}
	if opts.ID == "" && opts.Subject == "" && opts.Metric == "" && opts.Location == "" {
		return usagef("name a dispute: give its ID (from 'claimdiff conflicts') or --subject, --metric, --location")
	}
	if opts.ID != "" && (opts.Subject != "" || opts.Metric != "" || opts.Location != "") {
		return usagef("give either a dispute ID or --subject/--metric/--location, not both")
	}
	db, err := opts.Store.Existing(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	q, err := opts.query()
	if err != nil {
		return err
	}
	l := disputes.NewLoader(db, opt)
	ds, err := l.Load(ctx, q, opt, nil)
	if err != nil {
		return err
	}
	d, err := pickDispute(ds, opts)
	if err != nil {
		return err
	}
	c, err := l.Whole(ctx, d)
	if err != nil {
		return err
	}
	b := report.NewBrief(c, opt)
	out := opts.Env.IO.Out
	switch format {
	case report.FormatJSON:
		return report.WriteBriefJSON(out, &b)
	case report.FormatHTML:
		return report.WriteBriefHTML(out, &b)
	case formatClaimReview:
		return report.WriteClaimReviews(out, &b)
	case report.FormatCSV:
		return report.ClaimsCSV(b.Conflict.Claims).Render(out, format, false)
	}
	return report.WriteBrief(out, &b, format)
}

// pickDispute finds the one dispute the options name.
func pickDispute(cs []disputes.Dispute, opts *BriefOptions) (*disputes.Dispute, error) {
	if opts.ID != "" {
		for i := range cs {
			if strings.EqualFold(cs[i].ID, opts.ID) {
				return &cs[i], nil
			}
		}
		return nil, claimdiff.Errorf(claimdiff.ENOTFOUND,
			"no dispute %s: 'claimdiff conflicts' lists the disputes and their IDs (with the same --window, --tolerance, --min-severity)", opts.ID)
	}
	switch len(cs) {
	case 0:
		return nil, claimdiff.Errorf(claimdiff.ENOTFOUND, "no dispute about %s", opts.describe())
	case 1:
		return &cs[0], nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d disputes about %s; name one by its ID:", len(cs), opts.describe())
	for _, c := range cs {
		fmt.Fprintf(&b, "\n  %s  %s (%s, since %s)", c.ID, c.Quantity, c.Severity, claimdiff.FormatDate(c.Since))
	}
	return nil, usagef("%s", b.String())
}

func (c *compareFlags) describe() string {
	var parts []string
	for _, p := range [][2]string{{"subject", c.Subject}, {"metric", c.Metric}, {"location", c.Location}} {
		if p[1] != "" {
			parts = append(parts, p[0]+" "+p[1])
		}
	}
	return strings.Join(parts, ", ")
}
