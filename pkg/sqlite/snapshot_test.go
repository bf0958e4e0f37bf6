package sqlite

import (
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// addArticles writes n articles from number from on, each with two claims
// of one subject (a part, in a store without PartOf).
func addArticles(t *testing.T, db *DB, from, n int) {
	t.Helper()
	w, err := db.Begin(ctx, "ingest")
	if err != nil {
		t.Fatal(err)
	}
	defer w.Rollback()
	for i := from; i < from+n; i++ {
		key := fmt.Sprintf("a%03d.txt", i)
		c := claim(key, "11.000", float64(11000+i))
		c.StatedOn = time.Date(2024, 11, 1+i%28, 0, 0, 0, 0, time.UTC)
		d := claim(key, "bis zu 300", 300)
		d.Qualifier, d.Low, d.Metric, d.Location, d.Period = claimdiff.AtMost, nil, claimdiff.Killed, "", "seit Oktober"
		d.Source = fmt.Sprintf("Source %d", i%5)
		a := article(key, "Text "+key)
		if i%3 == 0 {
			a.URL = fmt.Sprintf("https://www.example.org/%d", i) // kept in the snapshot too
		}
		if _, err := w.AddArticle(a, []claimdiff.Claim{c, d}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.Commit(); err != nil {
		t.Fatal(err)
	}
}

func partClaims(t *testing.T, db *DB) map[string][]claimdiff.Claim {
	t.Helper()
	parts, err := db.Parts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]claimdiff.Claim{}
	for _, p := range parts {
		claims, err := db.ComparableClaims(ctx, Filter{Part: p.Part})
		if err != nil || len(claims) != p.Claims {
			t.Fatalf("%s: %d claims, %v; want %d", p.Part, len(claims), err, p.Claims)
		}
		out[p.Part] = claims
	}
	return out
}

func TestASnapshotReadsBackAsItsClaims(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "snap.db"))
	addArticles(t, db, 0, 30)
	for part, claims := range partClaims(t, db) {
		got, err := decodeSnapshot(encodeSnapshot(claims), 0)
		if err != nil || !reflect.DeepEqual(got, claims) {
			t.Errorf("%q read back as\n%+v, %v\nwant\n%+v", part, got, err, claims)
		}
	}
}

// PartClaims answers as ComparableClaims does: with no snapshot, from an
// up-to-date one, and from one with claims added since.
func TestPartClaimsAreThePartsClaims(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "part.db"))
	addArticles(t, db, 0, 20)
	check := func(stage string, wantLacks int) {
		t.Helper()
		parts, _ := db.Parts(ctx)
		var entries []CacheEntry
		for _, p := range parts {
			want, _ := db.ComparableClaims(ctx, Filter{Part: p.Part})
			got, lacks, err := db.PartClaims(ctx, p.Part, p.Claims)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, %q: got\n%+v, %v\nwant\n%+v", stage, p.Part, got, err, want)
			}
			if lacks != wantLacks {
				t.Errorf("%s, %q: the snapshot lacks %d claims, want %d", stage, p.Part, lacks, wantLacks)
			}
			if lacks > 0 {
				entries = append(entries, CacheEntry{Part: p.Part, Options: "x", Summary: []byte{}, Detail: []byte{},
					Snapshot: NewSnapshot(got)})
			}
		}
		if ok, err := db.StoreCache(ctx, entries); !ok || err != nil {
			t.Fatalf("%s: not kept: %v", stage, err)
		}
	}
	check("no snapshot", 40)
	check("up to date", 0)
	addArticles(t, db, 20, 3)
	check("three articles later", 6)
	check("up to date again", 0)

	// A damaged snapshot is read around, and written again.
	if _, err := db.db.ExecContext(ctx, `UPDATE part_claims SET data = substr(data, 1, 40)`); err != nil {
		t.Fatal(err)
	}
	if problems, err := db.Check(ctx); err != nil || len(problems) != 1 || problems[0].Check != "kept claims" {
		t.Errorf("check found %v, %v; want the damaged snapshot", problems, err)
	}
	check("damaged", 46)
	check("repaired", 0)
	if problems, err := db.Check(ctx); err != nil || len(problems) != 0 {
		t.Errorf("check found %v, %v in a repaired store", problems, err)
	}
}

func TestDamagedSnapshotsAreErrorsNotPanics(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "dmg.db"))
	addArticles(t, db, 0, 5)
	for _, claims := range partClaims(t, db) {
		data := encodeSnapshot(claims)
		for n := range len(data) {
			if _, err := decodeSnapshot(data[:n], 0); err == nil {
				t.Fatalf("a snapshot cut to %d of %d bytes decoded", n, len(data))
			}
		}
	}
}

// FuzzSnapshot: whatever a damaged store holds, decoding it returns claims
// or an error, never a panic, and what decodes encodes back the same.
func FuzzSnapshot(f *testing.F) {
	f.Add(encodeSnapshot([]claimdiff.Claim{claim("a.txt", "11.000", 11000)}))
	c := claim("b.txt", "bis zu 300", 300)
	c.Low, c.Value2, c.StatedOn = nil, claimdiff.Float(310), time.Date(1969, 7, 20, 0, 0, 0, 0, time.UTC)
	f.Add(encodeSnapshot([]claimdiff.Claim{c, claim("c.txt", "5", 5)}))
	f.Add([]byte("cds2\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		claims, err := decodeSnapshot(data, 0)
		if err != nil {
			return
		}
		again, err := decodeSnapshot(encodeSnapshot(claims), 0)
		if err != nil || !reflect.DeepEqual(again, claims) {
			t.Fatalf("decoded claims encode back otherwise: %v", err)
		}
	})
}
