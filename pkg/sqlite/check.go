package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// Problem is one thing wrong with a store.
type Problem struct {
	Check  string // which check found it
	Detail string
}

func (p Problem) String() string { return p.Check + ": " + p.Detail }

// maxPerCheck bounds how many problems one check reports.
const maxPerCheck = 20

// Check runs SQLite's integrity and foreign key checks and the store's own
// invariants: every claim has its article and source, low ≤ high, a claim's
// span lies inside its article's text, the parts count their claims, and
// each part's snapshot holds its claims.
// It returns what is wrong; none is a healthy store.
func (db *DB) Check(ctx context.Context) ([]Problem, error) {
	var out []Problem
	add := func(check, detail string) { out = append(out, Problem{check, detail}) }
	checks := []struct {
		name, query string
		row         func(*sql.Rows) (string, error)
	}{
		{"integrity", `PRAGMA integrity_check`, func(r *sql.Rows) (string, error) {
			var msg string
			err := r.Scan(&msg)
			if msg == "ok" {
				return "", err
			}
			return msg, err
		}},
		{"foreign keys", `PRAGMA foreign_key_check`, func(r *sql.Rows) (string, error) {
			var table, parent string
			var rowid sql.NullInt64
			var fk int
			err := r.Scan(&table, &rowid, &parent, &fk)
			return fmt.Sprintf("%s row %d refers to a missing %s row", table, rowid.Int64, parent), err
		}},
		{"claim without article", `SELECT c.id FROM claims c LEFT JOIN articles a ON a.id = c.article_id WHERE a.id IS NULL`,
			idRow("claim %d has no article")},
		{"claim without source", `SELECT c.id FROM claims c LEFT JOIN sources s ON s.id = c.source_id WHERE s.id IS NULL`,
			idRow("claim %d has no source")},
		{"bounds", `SELECT id FROM claims WHERE low IS NOT NULL AND high IS NOT NULL AND low > high`,
			idRow("claim %d has low above high")},
		{"span", `SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id
			WHERE a.sha256 IS NOT NULL AND c.span_end > 0 AND (c.span_start > c.span_end OR c.span_end > length(CAST(a.text AS BLOB)))`,
			idRow("claim %d has a span outside its article's text")},
		{"parts", `SELECT COALESCE(p.part, c.part), COALESCE(p.claims, 0), COALESCE(c.n, 0) FROM parts p
			FULL JOIN (SELECT part, COUNT(*) AS n FROM claims GROUP BY part) c ON c.part = p.part
			WHERE COALESCE(p.claims, 0) != COALESCE(c.n, 0)`, func(r *sql.Rows) (string, error) {
			var part string
			var counted, held int
			err := r.Scan(&part, &counted, &held)
			return fmt.Sprintf("part %q counts %d claims and holds %d", part, counted, held), err
		}},
	}
	// Parts not yet computed by the current scheme are computed on the next
	// comparison; until then their counts are not wrong, only old.
	scheme, err := storedScheme(ctx, db.db)
	if err != nil {
		return nil, err
	}
	for _, c := range checks {
		if c.name == "parts" && scheme != db.partScheme() {
			continue
		}
		n := 0
		err := db.eachRow(ctx, c.query, func(r *sql.Rows) error {
			msg, err := c.row(r)
			if err != nil || msg == "" {
				return err
			}
			if n++; n <= maxPerCheck {
				add(c.name, msg)
			} else if n == maxPerCheck+1 {
				add(c.name, "… and more")
			}
			return nil
		})
		if err != nil {
			return out, fmt.Errorf("check %s: %w", c.name, err)
		}
	}
	if scheme != db.partScheme() {
		return out, nil
	}
	kept, err := db.checkSnapshots(ctx)
	return append(out, kept...), err
}

// checkSnapshots checks that every part's snapshot decodes and holds the
// part's claims up to its highest ID.
func (db *DB) checkSnapshots(ctx context.Context) ([]Problem, error) {
	var parts []string
	err := db.eachRow(ctx, `SELECT part FROM part_claims ORDER BY part`, func(r *sql.Rows) error {
		var part string
		err := r.Scan(&part)
		parts = append(parts, part)
		return err
	})
	var out []Problem
	for _, part := range parts {
		if err != nil || len(out) > maxPerCheck {
			break
		}
		var through int64
		var data []byte
		var held int
		if err = db.db.QueryRowContext(ctx, `SELECT through, data FROM part_claims WHERE part = ?`, part).Scan(&through, &data); err != nil {
			break
		}
		if err = db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM claims WHERE part = ? AND id <= ?`, part, through).Scan(&held); err != nil {
			break
		}
		claims, derr := decodeSnapshot(data, 0)
		switch {
		case derr != nil:
			out = append(out, Problem{"kept claims", fmt.Sprintf("the snapshot of part %q is damaged: %v", part, derr)})
		case len(claims) != held:
			out = append(out, Problem{"kept claims", fmt.Sprintf("the snapshot of part %q holds %d claims, the part %d up to claim %d",
				part, len(claims), held, through)})
		}
	}
	if err != nil {
		err = fmt.Errorf("check kept claims: %w", err)
	}
	return out, err
}

func idRow(format string) func(*sql.Rows) (string, error) {
	return func(r *sql.Rows) (string, error) {
		var id int64
		err := r.Scan(&id)
		return fmt.Sprintf(format, id), err
	}
}
