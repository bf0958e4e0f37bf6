package cli

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/spf13/pflag"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// compareFlags are the flags the comparison reports share: how to compare
// (--window, --tolerance, --min-severity) and which disputes to show
// (--subject, --metric, --location, --since, --until).
type compareFlags struct {
	Window      int
	Tolerance   float64
	MinSeverity string

	Subject, Metric, Location string
	Since, Until              string
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
}

func (c *compareFlags) addQuantity(f *pflag.FlagSet) {
	f.StringVar(&c.Subject, "subject", "", "only disputes about this canonical `SUBJECT` (\"north korean troops\")")
	f.StringVar(&c.Metric, "metric", "", "only this `METRIC`: troops, killed, wounded, casualties, captured, missing, other")
	f.StringVar(&c.Location, "location", "", "only disputes located in this `PLACE` (\"Kursk\")")
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

// matches reports whether a dispute is about the quantity the flags name.
func (c *compareFlags) matches(x *claimdiff.Conflict) bool {
	q := x.Quantity
	return (c.Subject == "" || strings.EqualFold(q.Subject, c.Subject)) &&
		(c.Metric == "" || string(q.Metric) == c.Metric) &&
		(c.Location == "" || strings.EqualFold(q.Location, c.Location))
}

// dispute is a Conflict whose claims are kept as IDs until a report needs
// them whole, so that the disputes of a large store fit in memory.
type dispute struct {
	claimdiff.Conflict // Claims is nil; see ids
	ids                []int64
}

// loadConflicts reads the claims the comparison needs, a subject at a
// time, and returns the disputes the flags select, most severe first. Claims
// are filtered in the store by date only — from a window's width before
// --since — since a dispute about Russia may involve a claim about Kursk,
// and killed may dispute casualties. each, when not nil, sees every
// subject's claims and disputes, one subject at a time.
func loadConflicts(ctx context.Context, db *sqlite.DB, c *compareFlags, opt compare.Options,
	each func([]claimdiff.Claim, []compare.Found)) ([]dispute, error) {
	since, until, err := c.dates()
	if err != nil {
		return nil, err
	}
	var f sqlite.Filter
	if !since.IsZero() {
		f.Since = since.AddDate(0, 0, -opt.Window)
	}
	f.Until = until
	if c.Subject != "" && each == nil {
		f.Subject = c.Subject
	}
	// The store is read on one goroutine while the subjects read so far
	// are compared on the others.
	var (
		mu   sync.Mutex
		out  []dispute
		wg   sync.WaitGroup
		work = make(chan []claimdiff.Claim, 1)
	)
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for claims := range work {
				found := compare.Find(claims, opt)
				var mine []dispute
				for i := range found {
					x := &found[i]
					if !c.matches(&x.Conflict) || (!since.IsZero() && x.Until.Before(since)) {
						continue
					}
					d := dispute{Conflict: x.Conflict, ids: make([]int64, len(x.Index))}
					for j, k := range x.Index {
						d.ids[j] = claims[k].ID
					}
					mine = append(mine, d)
				}
				mu.Lock()
				out = append(out, mine...)
				if each != nil {
					each(claims, found)
				}
				mu.Unlock()
			}
		}()
	}
	err = db.EachSubject(ctx, f, func(claims []claimdiff.Claim) error {
		select {
		case work <- claims:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	close(work)
	wg.Wait()
	sort.Slice(out, func(i, j int) bool { return compare.Before(&out[i].Conflict, &out[j].Conflict) })
	return out, err
}

// conflicts returns the disputes without their claims, for reports that
// show only who says what.
func conflicts(ds []dispute) []claimdiff.Conflict {
	out := make([]claimdiff.Conflict, len(ds))
	for i := range ds {
		out[i] = ds[i].Conflict
	}
	return out
}

// whole returns the dispute with its claims read back from the store.
func (d *dispute) whole(ctx context.Context, db *sqlite.DB) (claimdiff.Conflict, error) {
	c := d.Conflict
	claims, err := db.ClaimsByID(ctx, d.ids)
	if err != nil {
		return c, err
	}
	if len(claims) != len(d.ids) {
		return c, fmt.Errorf("dispute %s: %d of its claims are no longer stored", d.ID, len(d.ids)-len(claims))
	}
	c.Claims = claims
	return c, nil
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
