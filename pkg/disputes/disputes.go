// Package disputes is what claimdiff keeps of the comparison in the store,
// and how it reads it back. The store is compared a part at a time (see
// compare.PartOf), and of each part it keeps a summary of each dispute —
// what a table shows of it —, the dispute's details — its claims by ID and
// every pair —, how many claims, through which ID, they were found among,
// and now and then a snapshot of those claims (see sqlite.NewSnapshot).
// Reports read the summaries; a dispute's claims are read back only when a
// report shows it whole (Loader.Whole).
//
// The update is incremental. A part whose claims have not changed since is
// read from its summaries alone; a part that gained claims is compared
// again — by Load, or by the ingest that added them (Loader.Refresh) — and
// only in the quantities the new claims touch (see compare.Scope): the
// disputes of the others stand as they were kept, with their details.
//
// Summaries and details are written in the binary encoding of package
// compact, each behind a magic string of its own ("cdv2", "cdd1"):
// summaries are read for every part on every run, so they are compact and
// decoded without reflection. A summary another version wrote, or a
// damaged one, has its part compared afresh. What is kept is keyed by the
// options it was found under (OptionsKey).
package disputes

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
	"github.com/claimdiff/claimdiff/pkg/report"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// Dispute is a Conflict whose claims are kept as IDs until a report needs
// them whole (Loader.Whole), so that the disputes of a large store fit in
// memory.
type Dispute struct {
	claimdiff.Conflict // Claims is nil; Pairs holds one of each kind; Voices the first
	detail             *disputeDetail
	part               string // where a cached dispute's detail is found
}

// disputeDetail is what Whole needs beyond the summary: the claims by ID
// and every pair, compactly.
type disputeDetail struct {
	IDs   []int64
	Pairs []pair
}

// pair is a ConflictPair in less than half the memory.
type pair struct {
	A, B int32
	Gap  float64
	Kind uint8
}

var pairKinds = []claimdiff.ConflictKind{claimdiff.Intervals, claimdiff.UpperBound, claimdiff.PartAboveWhole,
	claimdiff.KilledAboveCasualties}

func kindIndex(k claimdiff.ConflictKind) uint8 {
	return uint8(max(0, slices.Index(pairKinds, k)))
}

// maxVoicesKept is how many voices a dispute keeps until Whole is
// called: as many as a table names.
const maxVoicesKept = report.MaxVoices

// newDispute keeps what a dispute found among claims needs.
func newDispute(claims []claimdiff.Claim, f *compare.Found) Dispute {
	d := Dispute{Conflict: f.Conflict, detail: &disputeDetail{IDs: make([]int64, len(f.Index)), Pairs: make([]pair, len(f.Pairs))}}
	for j, k := range f.Index {
		d.detail.IDs[j] = claims[k].ID
	}
	var kinds []claimdiff.ConflictPair
	for j, p := range f.Pairs {
		d.detail.Pairs[j] = pair{int32(p.A), int32(p.B), p.Gap, kindIndex(p.Kind)}
		if !slices.ContainsFunc(kinds, func(k claimdiff.ConflictPair) bool { return k.Kind == p.Kind }) {
			kinds = append(kinds, p)
		}
	}
	d.Pairs = kinds
	if len(d.Voices) > maxVoicesKept {
		d.Voices = append([]claimdiff.Voice(nil), d.Voices[:maxVoicesKept]...)
	}
	return d
}

// disputesOf keeps what each dispute found among claims needs.
func disputesOf(claims []claimdiff.Claim, found []compare.Found) []Dispute {
	ds := make([]Dispute, len(found))
	for i := range found {
		ds[i] = newDispute(claims, &found[i])
	}
	return ds
}

// onEveryCore runs do, on one goroutine per core, for each job that
// produce sends, and returns the first error of either. Once do fails,
// send returns an error, so that produce stops.
func onEveryCore[J any](ctx context.Context, produce func(send func(J) error) error, do func(J) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg    sync.WaitGroup
		once  sync.Once
		first error
		jobs  = make(chan J, 1)
	)
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if err := do(j); err != nil {
					once.Do(func() { first = err; cancel() })
				}
			}
		}()
	}
	err := produce(func(j J) error {
		select {
		case jobs <- j:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	close(jobs)
	wg.Wait()
	if first != nil {
		return first
	}
	return err
}

// Conflicts returns the disputes without their claims, for reports that
// show only who says what.
func Conflicts(ds []Dispute) []claimdiff.Conflict {
	out := make([]claimdiff.Conflict, len(ds))
	for i := range ds {
		out[i] = ds[i].Conflict
	}
	return out
}

// Loader reads disputes from the store, and their claims back when a
// report needs them. It is not safe for concurrent use.
type Loader struct {
	db      *sqlite.DB
	options string
	details map[string]map[string]*disputeDetail // cached details by part, then dispute ID
}

// NewLoader returns a Loader of the disputes of db found under opt's
// window and tolerance: those it keeps, and those it finds. db divides its
// claims into parts as the comparison does: its PartOf and PartScheme are
// compare.PartOf and compare.PartScheme.
func NewLoader(db *sqlite.DB, opt compare.Options) *Loader {
	return &Loader{db: db, options: OptionsKey(opt), details: map[string]map[string]*disputeDetail{}}
}

// OptionsKey names the comparison options a kept result was found under.
// Every severity is kept: Load filters.
func OptionsKey(opt compare.Options) string {
	return fmt.Sprintf("v4 window=%d tolerance=%g", opt.Window, opt.Tolerance)
}

// OptionsOfKey reads back the options OptionsKey named; false for a key
// of another version.
func OptionsOfKey(key string) (compare.Options, bool) {
	opt := compare.Defaults
	if _, err := fmt.Sscanf(key, "v4 window=%d tolerance=%g", &opt.Window, &opt.Tolerance); err != nil {
		return compare.Defaults, false
	}
	return opt, OptionsKey(opt) == key
}

// Whole returns the dispute with its claims read back from the store.
func (l *Loader) Whole(ctx context.Context, d *Dispute) (claimdiff.Conflict, error) {
	c := d.Conflict
	detail := d.detail
	if detail == nil {
		byID, ok := l.details[d.part]
		if !ok {
			var err error
			if byID, err = l.keptDetails(ctx, d.part); err != nil {
				return c, err
			}
			l.details[d.part] = byID
		}
		if detail = byID[d.ID]; detail == nil {
			return c, fmt.Errorf("dispute %s changed while it was read; run the command again", d.ID)
		}
	}
	claims, err := l.db.ClaimsByID(ctx, detail.IDs)
	if err != nil {
		return c, err
	}
	if len(claims) != len(detail.IDs) {
		return c, fmt.Errorf("dispute %s: %d of its claims are no longer stored", d.ID, len(detail.IDs)-len(claims))
	}
	c.Claims = claims
	c.Voices = compare.Voices(claims)
	c.Pairs = make([]claimdiff.ConflictPair, len(detail.Pairs))
	for i, p := range detail.Pairs {
		c.Pairs[i] = claimdiff.ConflictPair{A: int(p.A), B: int(p.B), Kind: pairKinds[p.Kind], Gap: p.Gap, Severity: compare.SeverityOf(p.Gap)}
	}
	return c, nil
}

// Query selects the disputes Load returns.
type Query struct {
	// Since, when set, keeps the disputes with a figure stated on or after
	// it; the claims from a window's width before it are compared.
	Since time.Time
	// Until, when set, compares only the figures stated on or before it.
	Until time.Time
	// Recompute compares every part afresh, not only those that gained
	// claims since their disputes were kept.
	Recompute bool
	// Match, when set, keeps only the disputes it accepts.
	Match func(*claimdiff.Conflict) bool
}

// Load returns the disputes q selects at opt.MinSeverity or above, most
// severe first. A store is compared a part at a time (see compare.PartOf),
// on every core. Without dates, what is found in each part is kept in the
// store, and only the quantities that gained claims since are compared
// again (kept.go); with Since or Until, or when each wants every part's
// claims, all are compared afresh: claims are then filtered by date — from
// a window's width before Since — and each sees every part's claims and
// disputes, one part at a time.
func (l *Loader) Load(ctx context.Context, q Query, opt compare.Options,
	each func([]claimdiff.Claim, []compare.Found)) ([]Dispute, error) {
	since, until := q.Since, q.Until
	if _, err := l.db.EnsureParts(ctx); err != nil {
		return nil, err
	}
	var (
		out []Dispute
		err error
	)
	if since.IsZero() && until.IsZero() && each == nil {
		out, err = l.cached(ctx, opt, q.Recompute)
	} else {
		f := sqlite.Filter{Until: until}
		if !since.IsZero() {
			f.Since = since.AddDate(0, 0, -opt.Window)
		}
		out, err = l.fresh(ctx, f, opt, each)
	}
	if err != nil {
		return nil, err
	}
	kept := out[:0]
	for _, d := range out {
		if (q.Match == nil || q.Match(&d.Conflict)) && d.Severity.Rank() >= opt.MinSeverity.Rank() && (since.IsZero() || !d.Until.Before(since)) {
			kept = append(kept, d)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return compare.Before(&kept[i].Conflict, &kept[j].Conflict) })
	return kept, nil
}

// fresh compares every part of the store: one goroutine reads the store
// while the parts read so far are compared on the others.
func (l *Loader) fresh(ctx context.Context, f sqlite.Filter, opt compare.Options,
	each func([]claimdiff.Claim, []compare.Found)) ([]Dispute, error) {
	var (
		mu  sync.Mutex
		out []Dispute
	)
	err := onEveryCore(ctx, func(send func([]claimdiff.Claim) error) error {
		return l.db.EachPart(ctx, f, func(_ string, claims []claimdiff.Claim) error { return send(claims) })
	}, func(claims []claimdiff.Claim) error {
		found := compare.Find(claims, opt)
		mine := disputesOf(claims, found)
		mu.Lock()
		defer mu.Unlock()
		out = append(out, mine...)
		if each != nil {
			each(claims, found)
		}
		return nil
	})
	return out, err
}
