package sqlite

import (
	"context"
	"database/sql"
	"math"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compact"
)

// A part's snapshot is its comparable claims, as ComparableClaims reads
// them, kept in one blob: claims are only ever added to a part, so that the
// part's claims are its snapshot and the few added after it (those with a
// higher ID), and a part that gained one claim is read in a few
// milliseconds instead of a query over thousands of rows.
//
// The blob holds a table of the part's distinct strings, then the claims in
// ID order, each as varints (the ID as its distance from the one before,
// strings as their place in the table, dates as days since 1970) and its
// numbers as 8 bytes each.

// The magic names the layout: a snapshot of another layout is not read but
// made again from the part's rows.
const snapshotMagic = "cds3"

// Flags of a claim in a snapshot: which optional numbers and dates follow.
const (
	snapValue2 = 1 << iota
	snapLow
	snapHigh
	snapStated
	snapPublished
	snapAll = 1<<iota - 1
)

// maxDays bounds the dates of a snapshot, in days from 1970: ten thousand
// years, well inside what time.Time holds.
const maxDays = 10_000 * 366

// Snapshot is a part's claims, encoded for the store.
type Snapshot struct {
	through int64 // the highest ID
	data    []byte
}

// NewSnapshot encodes a part's claims, as PartClaims returns them, for
// StoreCache to keep; nil for no claims.
func NewSnapshot(claims []claimdiff.Claim) *Snapshot {
	if len(claims) == 0 {
		return nil
	}
	return &Snapshot{through: claims[len(claims)-1].ID, data: encodeSnapshot(claims)}
}

// encodeSnapshot writes claims, ordered by ID, as a snapshot.
func encodeSnapshot(claims []claimdiff.Claim) []byte {
	w := compact.NewWriter(40 * len(claims))
	w.Uvarint(uint64(len(claims)))
	var prev int64
	for i := range claims {
		c := &claims[i]
		w.Uvarint(uint64(c.ID - prev))
		prev = c.ID
		for _, s := range [...]string{c.Article, c.Outlet, c.URL, string(c.Qualifier), string(c.Metric), c.Subject, c.Location,
			c.Source, string(c.SourceKind), c.Period, c.Story, c.StoryPlace} {
			w.String(s)
		}
		w.Byte(snapshotFlags(c))
		w.Float(c.Value)
		for _, f := range [...]*float64{c.Value2, c.Low, c.High} {
			if f != nil {
				w.Float(*f)
			}
		}
		for _, t := range [...]time.Time{c.StatedOn, c.Published} {
			if !t.IsZero() {
				w.Varint(t.Unix() / 86400)
			}
		}
	}
	return w.Bytes(snapshotMagic)
}

func snapshotFlags(c *claimdiff.Claim) byte {
	var flags byte
	if c.Value2 != nil {
		flags |= snapValue2
	}
	if c.Low != nil {
		flags |= snapLow
	}
	if c.High != nil {
		flags |= snapHigh
	}
	if !c.StatedOn.IsZero() {
		flags |= snapStated
	}
	if !c.Published.IsZero() {
		flags |= snapPublished
	}
	return flags
}

// decodeSnapshot reads the claims of a snapshot into a slice with room for
// capacity claims.
func decodeSnapshot(data []byte, capacity int) ([]claimdiff.Claim, error) {
	r := compact.NewReader(data, snapshotMagic)
	count := r.Count(22) // an ID, twelve strings, the flags and the value
	if r.Err() != nil {
		return nil, r.Err()
	}
	claims := make([]claimdiff.Claim, count, max(count, capacity))
	floats := make([]float64, 0, 3*count)
	damaged := false // by a value no claim holds
	finite := func() float64 {
		f := r.Float()
		damaged = damaged || math.IsNaN(f) || math.IsInf(f, 0)
		return f
	}
	number := func() *float64 {
		floats = append(floats, finite())
		return &floats[len(floats)-1]
	}
	days := map[int64]time.Time{}
	date := func() time.Time {
		d := r.Varint()
		if d < -maxDays || d > maxDays {
			damaged = true
			return time.Time{}
		}
		t, ok := days[d]
		if !ok {
			t = time.Unix(d*86400, 0).UTC()
			days[d] = t
		}
		return t
	}
	var id int64
	for i := range claims {
		c := &claims[i]
		id += int64(r.Uvarint())
		c.ID = id
		c.Article, c.Outlet, c.URL = r.String(), r.String(), r.String()
		c.Qualifier, c.Metric = claimdiff.Qualifier(r.String()), claimdiff.Metric(r.String())
		c.Subject, c.Location, c.Source = r.String(), r.String(), r.String()
		c.SourceKind, c.Period = claimdiff.SourceKind(r.String()), r.String()
		c.Story, c.StoryPlace = r.String(), r.String()
		flags := r.Byte()
		damaged = damaged || flags&^snapAll != 0
		c.Value = finite()
		if flags&snapValue2 != 0 {
			c.Value2 = number()
		}
		if flags&snapLow != 0 {
			c.Low = number()
		}
		if flags&snapHigh != 0 {
			c.High = number()
		}
		if flags&snapStated != 0 {
			c.StatedOn = date()
		}
		if flags&snapPublished != 0 {
			c.Published = date()
		}
		if r.Err() != nil {
			return nil, r.Err()
		}
		if damaged {
			return nil, compact.ErrDamaged
		}
	}
	return claims, r.End()
}

// PartClaims returns the comparable claims of one part, as ComparableClaims
// with Filter{Part: part} would, from the part's snapshot and the claims
// added since; expect is how many the part holds (see Parts). It reports
// how many of them the snapshot lacks (all, when there is none), so that
// the caller may keep them as a new one with StoreCache once they are many.
func (db *DB) PartClaims(ctx context.Context, part string, expect int) (claims []claimdiff.Claim, lacks int, err error) {
	var data []byte
	var through int64
	err = db.db.QueryRowContext(ctx, `SELECT through, data FROM part_claims WHERE part = ?`, part).Scan(&through, &data)
	switch {
	case err == sql.ErrNoRows:
		return db.wholePart(ctx, part, expect)
	case err != nil:
		return nil, 0, err
	}
	kept, err := decodeSnapshot(data, expect)
	if err != nil || (len(kept) > 0 && kept[len(kept)-1].ID != through) {
		return db.wholePart(ctx, part, expect)
	}
	claims = kept
	err = db.eachComparable(ctx, Filter{Part: part, After: through}, "claims.id", func(_ string, c *claimdiff.Claim) error {
		claims = append(claims, *c)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	if len(claims) < expect {
		return db.wholePart(ctx, part, expect) // not the claims the part holds: made under other parts
	}
	return claims, len(claims) - len(kept), nil
}

// wholePart reads a part's claims from its rows, for a new snapshot.
func (db *DB) wholePart(ctx context.Context, part string, expect int) ([]claimdiff.Claim, int, error) {
	claims, err := db.comparable(ctx, Filter{Part: part}, expect)
	return claims, len(claims), err
}
