package cli

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"sync"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
	"github.com/claimdiff/claimdiff/pkg/report"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// dispute is a Conflict whose claims are kept as IDs until a report needs
// them whole, so that the disputes of a large store fit in memory.
type dispute struct {
	claimdiff.Conflict // Claims is nil; Pairs holds one of each kind; Voices the first
	detail             *disputeDetail
	part               string // where a cached dispute's detail is found
}

// disputeDetail is what whole() needs beyond the summary: the claims by ID
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

// maxVoicesKept is how many voices a dispute keeps until whole() is
// called: as many as a table names.
const maxVoicesKept = report.MaxVoices

// newDispute keeps what a dispute found among claims needs.
func newDispute(claims []claimdiff.Claim, f *compare.Found) dispute {
	d := dispute{Conflict: f.Conflict, detail: &disputeDetail{IDs: make([]int64, len(f.Index)), Pairs: make([]pair, len(f.Pairs))}}
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
func disputesOf(claims []claimdiff.Claim, found []compare.Found) []dispute {
	ds := make([]dispute, len(found))
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

// conflicts returns the disputes without their claims, for reports that
// show only who says what.
func conflicts(ds []dispute) []claimdiff.Conflict {
	out := make([]claimdiff.Conflict, len(ds))
	for i := range ds {
		out[i] = ds[i].Conflict
	}
	return out
}

// loader reads disputes from the store, and their claims back when a
// report needs them.
type loader struct {
	db      *sqlite.DB
	options string
	details map[string]map[string]*disputeDetail // cached details by part, then dispute ID
}

func newLoader(db *sqlite.DB, opt compare.Options) *loader {
	return &loader{db: db, options: optionsKey(opt), details: map[string]map[string]*disputeDetail{}}
}

// optionsKey names the comparison options a cached result was found
// under. Every severity is kept: load filters.
func optionsKey(opt compare.Options) string {
	return fmt.Sprintf("v4 window=%d tolerance=%g", opt.Window, opt.Tolerance)
}

// optionsOfKey reads back the options optionsKey named; false for a key
// of another version.
func optionsOfKey(key string) (compare.Options, bool) {
	opt := compare.Defaults
	if _, err := fmt.Sscanf(key, "v4 window=%d tolerance=%g", &opt.Window, &opt.Tolerance); err != nil {
		return compare.Defaults, false
	}
	return opt, optionsKey(opt) == key
}

// whole returns the dispute with its claims read back from the store.
func (l *loader) whole(ctx context.Context, d *dispute) (claimdiff.Conflict, error) {
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

// load returns the disputes the flags select, most severe first. A store
// is compared a part at a time (see compare.PartOf), on every core. Without
// dates, what is found in each part is kept in the store, and only the
// quantities that gained claims since are compared again (kept.go); with
// --since or --until, or when each wants every part's claims, all are
// compared afresh: claims are then filtered by date — from a window's width
// before --since — and each sees every part's claims and disputes, one
// part at a time.
func (l *loader) load(ctx context.Context, c *compareFlags, opt compare.Options,
	each func([]claimdiff.Claim, []compare.Found)) ([]dispute, error) {
	since, until, err := c.dates()
	if err != nil {
		return nil, err
	}
	if _, err := l.db.EnsureParts(ctx); err != nil {
		return nil, err
	}
	var out []dispute
	if since.IsZero() && until.IsZero() && each == nil {
		out, err = l.cached(ctx, opt, c.Recompute)
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
		if c.matches(&d.Conflict) && d.Severity.Rank() >= opt.MinSeverity.Rank() && (since.IsZero() || !d.Until.Before(since)) {
			kept = append(kept, d)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return compare.Before(&kept[i].Conflict, &kept[j].Conflict) })
	return kept, nil
}

// fresh compares every part of the store: one goroutine reads the store
// while the parts read so far are compared on the others.
func (l *loader) fresh(ctx context.Context, f sqlite.Filter, opt compare.Options,
	each func([]claimdiff.Claim, []compare.Found)) ([]dispute, error) {
	var (
		mu  sync.Mutex
		out []dispute
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
