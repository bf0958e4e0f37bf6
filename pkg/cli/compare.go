package cli

import (
	"context"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
	"github.com/claimdiff/claimdiff/pkg/disputes"
	"github.com/claimdiff/claimdiff/pkg/report"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// compareFlags are the flags the comparison reports share: how to compare
// (--window, --tolerance, --min-severity) and which disputes to show
// (--subject, --metric, --location, --since, --until).
type compareFlags struct {
	Window      int
	Tolerance   float64
	MinSeverity string
	Recompute   bool

	Subject, Metric, Location, Story string
	Since, Until                     string
	Limit                            int
}

// defaultCompareFlags are the flags' defaults, for commands that run a
// comparison without parsing flags.
func defaultCompareFlags() compareFlags {
	return compareFlags{Window: compare.Defaults.Window, MinSeverity: string(compare.Defaults.MinSeverity)}
}

func (c *compareFlags) addRules(f *pflag.FlagSet) {
	f.IntVar(&c.Window, "window", compare.Defaults.Window, "compare figures stated at most `DAYS` apart")
	f.Float64Var(&c.Tolerance, "tolerance", 0, "widen every figure by this `SHARE` before comparing (0.05 reads 10,000 as 9,500–10,500)")
	f.StringVar(&c.MinSeverity, "min-severity", "minor", "only disputes at least this `SEVERITY`: minor, major, severe")
	f.BoolVar(&c.Recompute, "recompute", false, "compare every part of the store afresh, not only those with new claims since the last run")
}

func (c *compareFlags) addQuantity(f *pflag.FlagSet) {
	f.StringVar(&c.Subject, "subject", "", "only disputes about this canonical `SUBJECT` (\"north korean troops\")")
	f.StringVar(&c.Metric, "metric", "", "only this `METRIC`: troops, killed, wounded, casualties, captured, missing, other")
	f.StringVar(&c.Location, "location", "", "only disputes located in this `PLACE` (\"Kursk\")")
	f.StringVar(&c.Story, "story", "", "only disputes of this `STORY` (see claimdiff stories)")
}

func (c *compareFlags) addLimit(f *pflag.FlagSet, what string) {
	addLimit(f, &c.Limit, what)
}

// addLimit registers --limit N for a listing of what.
func addLimit(f *pflag.FlagSet, limit *int, what string) {
	f.IntVar(limit, "limit", 0, "at most `N` "+what+" (0: all)")
}

// checkLimit is --limit's usage error when it is negative.
func checkLimit(n int) error {
	if n < 0 {
		return usagef("--limit %d: give a number, 1 or more (0 for all)", n)
	}
	return nil
}

// limited is the first n of list, or all of it for n 0.
func limited[T any](list []T, n int) []T {
	if n > 0 && len(list) > n {
		return list[:n]
	}
	return list
}

func (c *compareFlags) addDates(f *pflag.FlagSet) {
	f.StringVar(&c.Since, "since", "", "only disputes with a figure stated on or after `DATE` (YYYY-MM-DD)")
	f.StringVar(&c.Until, "until", "", "compare only figures stated on or before `DATE` (YYYY-MM-DD)")
}

func (c *compareFlags) options() (compare.Options, error) {
	opt := compare.Defaults
	if c.Window < 0 {
		return opt, usagef("--window %d: give a number of days, 0 or more", c.Window)
	}
	if c.Tolerance < 0 || c.Tolerance >= 1 {
		return opt, usagef("--tolerance %g: give a share from 0 to below 1, such as 0.05", c.Tolerance)
	}
	opt.Window, opt.Tolerance = c.Window, c.Tolerance
	if c.MinSeverity != "" {
		opt.MinSeverity = claimdiff.Severity(strings.ToLower(c.MinSeverity))
		if opt.MinSeverity.Rank() == 0 {
			return opt, usagef("--min-severity %q is not one of minor, major, severe", c.MinSeverity)
		}
	}
	if c.Metric != "" && !claimdiff.Metric(c.Metric).Valid() {
		return opt, usagef("--metric %q is not one of troops, killed, wounded, casualties, captured, missing, other", c.Metric)
	}
	return opt, nil
}

// dates reads --since and --until.
func (c *compareFlags) dates() (since, until time.Time, err error) {
	if since, err = parseDateFlag("since", c.Since); err != nil {
		return
	}
	until, err = parseDateFlag("until", c.Until)
	if err == nil && !since.IsZero() && !until.IsZero() && until.Before(since) {
		err = usagef("--until %s is before --since %s", c.Until, c.Since)
	}
	return
}

// query is what the flags select of the disputes: the dates, --recompute,
// and the quantity.
func (c *compareFlags) query() (disputes.Query, error) {
	since, until, err := c.dates()
	return disputes.Query{Since: since, Until: until, Recompute: c.Recompute, Match: c.matches}, err
}

// matches reports whether a dispute is about the quantity the flags name.
func (c *compareFlags) matches(x *claimdiff.Conflict) bool {
	q := x.Quantity
	return (c.Subject == "" || strings.EqualFold(q.Subject, c.Subject)) &&
		(c.Metric == "" || string(q.Metric) == c.Metric) &&
		(c.Location == "" || strings.EqualFold(q.Location, c.Location)) &&
		(c.Story == "" || q.Story == c.Story)
}

// checkNamed reads the place --location names in any supported language
// under its canonical name, and fails with not found when --story,
// --location or --subject names a thing the store does not hold.
func (c *compareFlags) checkNamed(ctx context.Context, db *sqlite.DB) error {
	if err := requireStory(ctx, db, c.Story); err != nil {
		return err
	}
	if c.Location != "" {
		c.Location = canonicalPlace(c.Location)
	}
	return requireKnown(ctx, db, named{"location", sqlite.KnownLocation, c.Location}, named{"subject", sqlite.KnownSubject, c.Subject})
}

// fillQuotes adds quotes to the claims of the disputes a report shows,
// in one pass over the store.
func fillQuotes(ctx context.Context, db *sqlite.DB, cs []claimdiff.Conflict) error {
	var all []claimdiff.Claim
	for i := range cs {
		all = append(all, cs[i].Claims...)
	}
	if err := db.FillQuotes(ctx, all); err != nil {
		return err
	}
	for i := range cs {
		n := copy(cs[i].Claims, all)
		all = all[n:]
	}
	return nil
}

// reportFormats are the formats every comparison report speaks.
var reportFormats = []report.Format{report.FormatTable, report.FormatMD, report.FormatCSV, report.FormatJSON, report.FormatHTML}

// parse checks a comparison command's flags: --format among formats, the
// comparison options, the dates.
func (c *compareFlags) parse(format string, formats ...report.Format) (report.Format, compare.Options, error) {
	f, err := report.ParseFormat(format, formats...)
	if err != nil {
		return f, compare.Options{}, usagef("--format: %v", err)
	}
	opt, err := c.options()
	if err != nil {
		return f, opt, err
	}
	if err := checkLimit(c.Limit); err != nil {
		return f, opt, err
	}
	_, _, err = c.dates()
	return f, opt, err
}
