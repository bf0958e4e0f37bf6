package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/mattn/go-sqlite3"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// PartCount is a part of the store and how many claims it holds.
type PartCount struct {
	Part   string
	Claims int
}

// Parts returns every part of the store with its number of claims.
func (db *DB) Parts(ctx context.Context) ([]PartCount, error) {
	var out []PartCount
	err := db.eachRow(ctx, `SELECT part, claims FROM parts ORDER BY part`, func(r *sql.Rows) error {
		var p PartCount
		err := r.Scan(&p.Part, &p.Claims)
		out = append(out, p)
		return err
	})
	return out, err
}

// EnsureParts brings the parts of the stored claims up to the store's
// PartScheme: after a new claimdiff divides claims otherwise, each claim's
// part is computed again (once: it takes a while on a large store). It
// reports whether it had to.
func (db *DB) EnsureParts(ctx context.Context) (bool, error) {
	scheme, err := storedScheme(ctx, db.db)
	if err != nil {
		return false, err
	}
	if scheme == db.partScheme() {
		return false, nil
	}
	return true, db.inTx(ctx, func(tx *sql.Tx) error { return db.repartition(ctx, tx) })
}

// storedScheme is the scheme the stored parts were computed by; "" when
// none was recorded.
func storedScheme(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (string, error) {
	var scheme string
	err := q.QueryRowContext(ctx, `SELECT value FROM store_meta WHERE key = 'part_scheme'`).Scan(&scheme)
	if err == sql.ErrNoRows {
		err = nil
	}
	return scheme, err
}

// repartition computes every claim's part again, inside tx.
func (db *DB) repartition(ctx context.Context, tx *sql.Tx) error {
	type row struct {
		id   int64
		part string
	}
	var rows []row
	counts := map[string]int{}
	q, err := tx.QueryContext(ctx, `SELECT c.id, c.subject, c.metric, COALESCE(c.location, ''), COALESCE(c.period, ''), c.part,
		c.story, COALESCE(st.place, '') FROM claims c LEFT JOIN stories st ON st.key = c.story`)
	if err != nil {
		return err
	}
	for q.Next() {
		var c claimdiff.Claim
		var old string
		if err := q.Scan(&c.ID, &c.Subject, &c.Metric, &c.Location, &c.Period, &old, &c.Story, &c.StoryPlace); err != nil {
			q.Close()
			return err
		}
		part := db.partOf(&c)
		counts[part]++
		if part != old {
			rows = append(rows, row{c.ID, part})
		}
	}
	q.Close()
	if err := q.Err(); err != nil {
		return err
	}
	upd, err := tx.PrepareContext(ctx, `UPDATE claims SET part = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer upd.Close()
	for _, r := range rows {
		if _, err := upd.ExecContext(ctx, r.part, r.id); err != nil {
			return err
		}
	}
	for _, stmt := range []string{`DELETE FROM parts`, `DELETE FROM dispute_summaries`, `DELETE FROM dispute_details`, `DELETE FROM part_claims`} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	for part, n := range counts {
		if _, err := tx.ExecContext(ctx, `INSERT INTO parts (part, claims) VALUES (?, ?)`, part, n); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO store_meta (key, value) VALUES ('part_scheme', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, db.partScheme())
	return err
}

// dropKept removes what is kept of a part — its disputes' summaries and
// details, its snapshot — when a claim left it: the part is then compared
// again from its rows.
func dropKept(ctx context.Context, tx *sql.Tx, part string) error {
	for _, stmt := range []string{`DELETE FROM dispute_summaries WHERE part = ?`, `DELETE FROM dispute_details WHERE part = ?`,
		`DELETE FROM part_claims WHERE part = ?`} {
		if _, err := tx.ExecContext(ctx, stmt, part); err != nil {
			return err
		}
	}
	return nil
}

// CacheEntry is what the comparison found in one part of the store under
// some options, encoded by the caller — a summary for tables and the detail
// for the rest — and what it was found among: Claims claims, up to ID
// Through. Snapshot, when PartClaims found the part's snapshot behind, is
// the part's claims to keep as the new one.
type CacheEntry struct {
	Part, Options   string
	Summary, Detail []byte
	Claims          int
	Through         int64
	Snapshot        *Snapshot
}

// Kept is a part's summary as CachedSummaries returns it, with the number
// of claims, and the highest ID, it was found among: it is stale when the
// part holds more claims now.
type Kept struct {
	Summary []byte
	Claims  int
	Through int64
}

// KeptOptions returns the options most of the kept disputes were found
// under; "" when none are kept.
func (db *DB) KeptOptions(ctx context.Context) (string, error) {
	var options string
	err := db.db.QueryRowContext(ctx, `SELECT options FROM dispute_summaries GROUP BY options ORDER BY COUNT(*) DESC, options LIMIT 1`).Scan(&options)
	if err == sql.ErrNoRows {
		err = nil
	}
	return options, err
}

// CachedSummaries returns the summaries cached under options, by part.
func (db *DB) CachedSummaries(ctx context.Context, options string) (map[string]Kept, error) {
	out := map[string]Kept{}
	err := db.eachRow(ctx, `SELECT part, summary, claims, through FROM dispute_summaries WHERE options = ?`, func(r *sql.Rows) error {
		var part string
		var k Kept
		err := r.Scan(&part, &k.Summary, &k.Claims, &k.Through)
		out[part] = k
		return err
	}, options)
	return out, err
}

// CachedDetail returns the detail cached for a part under options; nil
// when there is none.
func (db *DB) CachedDetail(ctx context.Context, part, options string) ([]byte, error) {
	var detail []byte
	err := db.db.QueryRowContext(ctx, `SELECT detail FROM dispute_details WHERE part = ? AND options = ?`, part, options).Scan(&detail)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	return detail, err
}

// StoreCache keeps entries for later reads. It is a cache: when another
// process holds the write lock (an ingest), it gives up at once and keeps
// nothing, and it never waits. It reports whether it stored them.
func (db *DB) StoreCache(ctx context.Context, entries []CacheEntry) (bool, error) {
	if len(entries) == 0 {
		return true, nil
	}
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return false, err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `PRAGMA busy_timeout = 0`); err != nil {
		return false, err
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA busy_timeout = `+strconv.Itoa(int(BusyTimeout.Milliseconds())))
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		if isBusy(err) {
			return false, nil
		}
		return false, err
	}
	defer tx.Rollback()
	// What was found under parts that another claimdiff has since divided
	// otherwise is not kept.
	if scheme, err := storedScheme(ctx, tx); err != nil || scheme != db.partScheme() {
		return false, err
	}
	upsert := func(what, stmt string, part string, args ...any) error {
		if _, err := tx.ExecContext(ctx, stmt, append([]any{part}, args...)...); err != nil {
			return fmt.Errorf("keep the %s of %q: %w", what, part, err)
		}
		return nil
	}
	for _, e := range entries {
		err := upsert("disputes", `INSERT INTO dispute_summaries (part, options, summary, claims, through) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (part) DO UPDATE SET options = excluded.options, summary = excluded.summary, claims = excluded.claims,
				through = excluded.through`, e.Part, e.Options, e.Summary, e.Claims, e.Through)
		if err == nil {
			err = upsert("disputes", `INSERT INTO dispute_details (part, options, detail) VALUES (?, ?, ?)
				ON CONFLICT (part) DO UPDATE SET options = excluded.options, detail = excluded.detail`, e.Part, e.Options, e.Detail)
		}
		if err == nil && e.Snapshot != nil {
			err = upsert("claims", `INSERT INTO part_claims (part, through, data) VALUES (?, ?, ?)
				ON CONFLICT (part) DO UPDATE SET through = excluded.through, data = excluded.data`,
				e.Part, e.Snapshot.through, e.Snapshot.data)
		}
		if isBusy(err) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
	}
	if err := tx.Commit(); err != nil {
		if isBusy(err) {
			return false, nil
		}
		return false, err
	}
	return true, nil
}

// isBusy: another connection holds the lock.
func isBusy(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked)
}
