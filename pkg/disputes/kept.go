package disputes

// What the store keeps of the comparison, part by part (see compare.PartOf):
// a summary of each dispute for tables, its details for the rest, and what
// it was found among. A part that gained claims since is compared again —
// by Load, or by the ingest that added them (Refresh) — and only in the
// quantities the new claims touch (findAgain).

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// cached returns the disputes of every part, from the store's cache where
// a part has not changed since, comparing the others and caching them.
func (l *Loader) cached(ctx context.Context, opt compare.Options, recompute bool) ([]Dispute, error) {
	parts, current, stale, err := l.split(ctx, recompute)
	if err != nil {
		return nil, err
	}
	var out []Dispute
	for _, c := range current {
		n := len(out)
		if out, err = decodeSummaries(c.kept.Summary, c.Part, out); err != nil {
			out = out[:n]
			stale = append(stale, keptPart{c.PartCount, c.kept, false}) // written by another version: find again
		}
	}
	found, err := l.compareParts(ctx, opt, parts, stale)
	return append(out, found...), err
}

// split reads the parts of the store and what is kept of them (nothing,
// with recompute), and tells those whose kept disputes were found among
// all their claims from the stale ones.
func (l *Loader) split(ctx context.Context, recompute bool) (parts []sqlite.PartCount, current, stale []keptPart, err error) {
	if parts, err = l.db.Parts(ctx); err != nil {
		return nil, nil, nil, err
	}
	kept := map[string]sqlite.Kept{}
	if !recompute {
		if kept, err = l.db.CachedSummaries(ctx, l.options); err != nil {
			return nil, nil, nil, err
		}
	}
	for _, p := range parts {
		k, ok := kept[p.Part]
		if ok && k.Claims == p.Claims {
			current = append(current, keptPart{p, k, true})
		} else {
			stale = append(stale, keptPart{p, k, ok})
		}
	}
	return parts, current, stale, nil
}

// keptPart is a part of the store and what was kept of its disputes, if
// anything: for a stale part, to be found again.
type keptPart struct {
	sqlite.PartCount
	kept sqlite.Kept
	ok   bool
}

// RefreshLimit is how many claims the parts an ingest changed may hold for
// it to compare them again at once (see Loader.Refresh).
const RefreshLimit = 250_000

// Refresh compares again the parts of the store that gained claims since
// their disputes were kept, and keeps what it finds, so that the next Load
// answers from kept results alone — when those parts hold at most limit
// claims; after a larger ingest it leaves them to the next Load. It
// returns how many parts it compared.
func (l *Loader) Refresh(ctx context.Context, opt compare.Options, limit int) (int, error) {
	parts, _, stale, err := l.split(ctx, false)
	if err != nil {
		return 0, err
	}
	claims := 0
	for _, p := range stale {
		claims += p.Claims
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
func (l *Loader) compareParts(ctx context.Context, opt compare.Options, parts []sqlite.PartCount, stale []keptPart) ([]Dispute, error) {
	total, claims := 0, 0
	for _, p := range parts {
		total += p.Claims
	}
	todo := map[string]*keptPart{}
	for i := range stale {
		todo[stale[i].Part] = &stale[i]
		claims += stale[i].Claims
	}
	type job struct {
		part   *keptPart
		claims []claimdiff.Claim // nil: read the part
	}
	var (
		mu      sync.Mutex
		out     []Dispute
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
func (l *Loader) comparePart(ctx context.Context, p *keptPart, claims []claimdiff.Claim, opt compare.Options) ([]Dispute, sqlite.CacheEntry, error) {
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
	opt.MinSeverity = claimdiff.Minor // kept whole; Load filters
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
func (l *Loader) findAgain(ctx context.Context, p *keptPart, claims []claimdiff.Claim, opt compare.Options) ([]Dispute, error) {
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
	var out []Dispute
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
		out = []Dispute{} // none, found
	}
	return out, nil
}

// keptDetails reads the details kept for a part's disputes, by ID.
func (l *Loader) keptDetails(ctx context.Context, part string) (map[string]*disputeDetail, error) {
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
