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
	// ReviewURL and Reviewer fill in the ClaimReview drafts' url and
	// author (see report.ReviewOptions).
	ReviewURL string
	Reviewer  string
}

// reviewerEnv names the fact-checking organization when --reviewer does
// not, so that a desk sets it once.
const reviewerEnv = "CLAIMDIFF_REVIEWER"

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
per claim in dispute (a quote by one source is one review, however many
articles printed it): claimReviewed says the claim in one line ("Pat
Ryder: at least 10,000 north korean troops in Kursk"); itemReviewed is
the Claim with its quote as text, its author (a Person, or an
Organization for a body; none for an unnamed source), the day it was
stated and the articles it appeared in (url, headline, publisher);
datePublished is today. Fill in before publishing:
  - reviewRating.ratingValue and alternateName, left empty: the verdict
    as a number from 1 (worst) to 5 (best) and in words;
  - url: give the page the fact-check is published on with --review-url,
    and each review gets that page with "#claim-N"; without it, url is
    left out and a note says so;
  - author: the fact-checking organization, from --reviewer or the
    CLAIMDIFF_REVIEWER environment variable; without either, author is
    left out and a note says so.`,
		Example: `  claimdiff brief d-c2c22fcde9
  claimdiff brief --subject "north korean troops" --location Kursk
  claimdiff brief d-c2c22fcde9 --format md > brief.md
  claimdiff brief d-c2c22fcde9 --format claimreview > reviews.jsonld
  claimdiff brief d-c2c22fcde9 --format claimreview --reviewer "Faktencheck Nord" \
      --review-url https://faktencheck.example/2024/kursk > reviews.jsonld
  CLAIMDIFF_REVIEWER="Faktencheck Nord" claimdiff brief d-c2c22fcde9 --format claimreview`,
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
	f.StringVar(&opts.ReviewURL, "review-url", "", "claimreview: the `URL` of the page publishing the fact-check; each review's url is it with #claim-N")
	f.StringVar(&opts.Reviewer, "reviewer", "", "claimreview: the fact-checking organization `NAME`, the reviews' author (default $"+reviewerEnv+")")
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
	review, err := opts.reviewOptions(format)
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
		if review.URL == "" {
			fmt.Fprintln(opts.Env.IO.Err, "claimdiff: the reviews have no \"url\": give the page that publishes the fact-check with --review-url, or add it before publishing")
		}
		if review.Reviewer == "" {
			fmt.Fprintln(opts.Env.IO.Err, "claimdiff: the reviews have no \"author\": name the fact-checking organization with --reviewer or $"+reviewerEnv+", or add it before publishing")
		}
		return report.WriteClaimReviews(out, &b, review)
	case report.FormatCSV:
		return report.ClaimsCSV(b.Conflict.Claims).Render(out, format, report.Display{})
	}
	return report.WriteBrief(out, &b, format)
}

// reviewOptions reads --review-url and --reviewer, which only the
// ClaimReview drafts take.
func (opts *BriefOptions) reviewOptions(format report.Format) (report.ReviewOptions, error) {
	r := report.ReviewOptions{URL: strings.TrimSpace(opts.ReviewURL), Reviewer: strings.TrimSpace(opts.Reviewer),
		Date: opts.Env.Now()}
	if format != formatClaimReview {
		if r.URL != "" || r.Reviewer != "" {
			return r, usagef("--review-url and --reviewer fill in ClaimReview drafts: add --format claimreview")
		}
		return r, nil
	}
	if r.URL != "" && !claimdiff.WebURL(r.URL) {
		return r, usagef("--review-url %q: give the http or https address of the page that publishes the fact-check", opts.ReviewURL)
	}
	if r.Reviewer == "" {
		r.Reviewer = strings.TrimSpace(opts.Env.Getenv(reviewerEnv))
	}
	return r, nil
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
