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

// keptDetails reads the details kept for a part's disputes, by ID.
func (l *loader) keptDetails(ctx context.Context, part string) (map[string]*disputeDetail, error) {
	data, err := l.db.CachedDetail(ctx, part, l.options)
	if err != nil {
		return nil, err
	}
	if data == nil {
		return map[string]*disputeDetail{}, nil
	}
	byID, err := decodeDetails(data)
	if err != nil {
		return nil, fmt.Errorf("the kept disputes of %q: %w", part, err)
	}
	return byID, nil
}

// load returns the disputes the flags select, most severe first. A store
// is compared a part at a time (see compare.PartOf), on every core. Without
// dates, what is found in each part is kept in the store, and only the
// parts that gained claims since are compared again; with --since or
// --until, or when each wants every part's claims, all are compared afresh:
// claims are then filtered by date — from a window's width before --since —
// and each sees every part's claims and disputes, one part at a time.
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

// cached returns the disputes of every part, from the store's cache where
// a part has not changed since, comparing the others and caching them.
func (l *loader) cached(ctx context.Context, opt compare.Options, recompute bool) ([]dispute, error) {
	parts, err := l.db.Parts(ctx)
	if err != nil {
		return nil, err
	}
	kept := map[string]sqlite.Kept{}
	if !recompute {
		if kept, err = l.db.CachedSummaries(ctx, l.options); err != nil {
			return nil, err
		}
	}
	var out []dispute
	var stale []stalePart
	for _, p := range parts {
		k, ok := kept[p.Part]
		if !ok || k.Claims != p.Claims {
			stale = append(stale, stalePart{p, k, ok})
			continue
		}
		n := len(out)
		if out, err = decodeSummaries(k.Summary, p.Part, out); err != nil {
			out = out[:n]
			stale = append(stale, stalePart{p, k, false}) // written by another version: find again
		}
	}
	found, err := l.compareParts(ctx, opt, parts, stale)
	return append(out, found...), err
}

// stalePart is a part whose disputes are to be found again, and what was
// kept of them, if anything.
type stalePart struct {
	sqlite.PartCount
	kept sqlite.Kept
	ok   bool
}

// refreshLimit is how many claims the parts an ingest changed may hold for
// it to compare them again at once (see refresh).
const refreshLimit = 250_000

// refresh compares again the parts of the store that gained claims since
// their disputes were kept, and keeps what it finds, so that the next
// conflicts answers from kept results alone — when those parts hold at
// most limit claims; after a larger ingest it leaves them to the next
// conflicts. It returns how many parts it compared.
func (l *loader) refresh(ctx context.Context, opt compare.Options, limit int) (int, error) {
	parts, err := l.db.Parts(ctx)
	if err != nil {
		return 0, err
	}
	kept, err := l.db.CachedSummaries(ctx, l.options)
	if err != nil {
		return 0, err
	}
	var stale []stalePart
	claims := 0
	for _, p := range parts {
		if k, ok := kept[p.Part]; !ok || k.Claims != p.Claims {
			stale = append(stale, stalePart{p, k, ok})
			claims += p.Claims
		}
	}
	if len(stale) == 0 || claims > limit {
		return 0, nil
	}
	_, err = l.compareParts(ctx, opt, parts, stale)
	return len(stale), err
}

// compareParts finds the disputes of the stale parts, on every core, and
// keeps them: each part read on its own when they are few, else all in one
// pass over the store.
func (l *loader) compareParts(ctx context.Context, opt compare.Options, parts []sqlite.PartCount, stale []stalePart) ([]dispute, error) {
	total, claims := 0, 0
	for _, p := range parts {
		total += p.Claims
	}
	todo := map[string]*stalePart{}
	for i := range stale {
		todo[stale[i].Part] = &stale[i]
		claims += stale[i].Claims
	}
	type job struct {
		part   *stalePart
		claims []claimdiff.Claim // nil: read the part
	}
	var (
		mu      sync.Mutex
		out     []dispute
		entries []sqlite.CacheEntry
	)
	err := onEveryCore(ctx, func(send func(job) error) error {
		if 4*claims > total {
			return l.db.EachPart(ctx, sqlite.Filter{}, func(part string, claims []claimdiff.Claim) error {
				if todo[part] == nil {
					return nil
				}
				return send(job{todo[part], claims})
			})
		}
		for i := range stale {
			if err := send(job{part: &stale[i]}); err != nil {
				return err
			}
		}
		return nil
	}, func(j job) error {
		ds, entry, err := l.comparePart(ctx, j.part, j.claims, opt)
		if err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		out = append(out, ds...)
		entries = append(entries, entry)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// A cache: when an ingest holds the store, it is left for next time.
	if _, err := l.db.StoreCache(ctx, entries); err != nil {
		return nil, err
	}
	return out, nil
}

// snapshotSlack is how many claims, beyond an eighth of the part, its
// snapshot may lack before it is written again.
const snapshotSlack = 256

// comparePart finds the disputes of a stale part, reading its claims when
// claims is nil, and encodes them for the cache, with the claims when the
// part's snapshot lacks many of them. Where the part's disputes were kept
// before it gained claims, only the quantities the new claims touch are
// compared again (see compare.Scope).
func (l *loader) comparePart(ctx context.Context, p *stalePart, claims []claimdiff.Claim, opt compare.Options) ([]dispute, sqlite.CacheEntry, error) {
	entry := sqlite.CacheEntry{Part: p.Part, Options: l.options}
	lacks := len(claims)
	if claims == nil {
		var err error
		if claims, lacks, err = l.db.PartClaims(ctx, p.Part, p.Claims); err != nil {
			return nil, entry, err
		}
	}
	// The snapshot is written again once it lacks many claims: until then
	// they are read after it.
	if lacks > 0 && (lacks == len(claims) || lacks > snapshotSlack+len(claims)/8) {
		entry.Snapshot = sqlite.NewSnapshot(claims)
	}
	opt.MinSeverity = claimdiff.Minor // kept whole; load filters
	ds, err := l.findAgain(ctx, p, claims, opt)
	if err != nil {
		return nil, entry, err
	}
	if ds == nil {
		ds = disputesOf(claims, compare.Find(claims, opt))
	}
	entry.Summary, entry.Detail = encodeSummaries(ds), encodeDetails(ds)
	entry.Claims = len(claims)
	if len(claims) > 0 {
		entry.Through = claims[len(claims)-1].ID
	}
	return ds, entry, nil
}

// findAgain finds the disputes of a part that gained claims from those
// kept before: it keeps the disputes of the quantities the added claims do
// not touch, and compares the others among the claims they need. It
// returns nil when what was kept does not fit the claims (there is none,
// or the part is not the kept claims and some added after them), or when
// most claims are new: then the part is compared whole.
func (l *loader) findAgain(ctx context.Context, p *stalePart, claims []claimdiff.Claim, opt compare.Options) ([]dispute, error) {
	if !p.ok || p.kept.Claims <= 0 {
		return nil, nil
	}
	first := sort.Search(len(claims), func(i int) bool { return claims[i].ID > p.kept.Through })
	added := claims[first:]
	if first != p.kept.Claims || len(added) == 0 || 4*len(added) > len(claims) {
		return nil, nil
	}
	old, err := decodeSummaries(p.kept.Summary, p.Part, nil)
	if err != nil {
		return nil, nil
	}
	details, err := l.keptDetails(ctx, p.Part)
	if err != nil {
		return nil, nil // compared whole, the part is kept anew
	}
	scope := compare.Touched(added)
	var out []dispute
	for _, d := range old {
		if scope.Touches(d.Quantity) {
			continue
		}
		if d.detail = details[d.ID]; d.detail == nil {
			return nil, nil // not kept with its summary: compare the part whole
		}
		out = append(out, d)
	}
	needed := make([]int, 0, len(claims)) // not nil: none is none
	for i := range claims {
		if scope.Needs(&claims[i]) {
			needed = append(needed, i)
		}
	}
	for _, f := range compare.FindAmong(claims, needed, opt) {
		if scope.Touches(f.Quantity) {
			out = append(out, newDispute(claims, &f))
		}
	}
	if out == nil {
		out = []dispute{} // none, found
	}
	return out, nil
}
