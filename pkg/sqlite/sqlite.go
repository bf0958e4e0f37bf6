// Package sqlite is the claim store: articles, claims, sources and outlets in
// one SQLite file, through github.com/mattn/go-sqlite3. It is the only
// package that speaks SQL.
//
// The schema comes from the embedded migrations/*.sql files, applied in
// order on Open and recorded in schema_version. Every write is one
// transaction, so a failed ingest or import leaves the store as it was.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DefaultPath is the store used when neither --db nor CLAIMDIFF_DB names one.
const DefaultPath = "claimdiff.db"

// BusyTimeout is how long a connection waits for another process's write
// transaction before giving up. An ingest holds the write lock for its whole
// transaction, so a second ingest waits rather than fails.
const BusyTimeout = 60 * time.Second

// DB is an open claim store.
type DB struct {
	db   *sql.DB
	Path string
	// Now is the clock, replaceable in tests.
	Now func() time.Time
	// PartOf names the part of the store a claim is kept in (see
	// compare.PartOf), and PartScheme names the way it divides them,
	// asked only when the store's parts are checked; without them a part
	// is a subject.
	PartOf     func(*claimdiff.Claim) string
	PartScheme func() string
}

func (db *DB) partOf(c *claimdiff.Claim) string {
	if db.PartOf != nil {
		return db.PartOf(c)
	}
	return c.Subject
}

func (db *DB) partScheme() string {
	if db.PartOf != nil && db.PartScheme != nil {
		return db.PartScheme()
	}
	return "subject"
}

// dsn puts the per-connection settings in the connection string, so that
// every pooled connection has them (a PRAGMA run through db.Exec reaches
// one connection only):
//   - WAL: readers never block the writer, and a crash leaves the last
//     committed transaction intact;
//   - synchronous=NORMAL: safe against a process crash in WAL mode, and
//     much faster than FULL;
//   - foreign keys on, so a claim cannot outlive its article;
//   - a busy timeout, so concurrent processes wait instead of failing;
//   - BEGIN IMMEDIATE for transactions, so two writers queue on the lock
//     instead of deadlocking when a read transaction upgrades.
func dsn(path string) string {
	v := url.Values{}
	v.Set("_journal_mode", "WAL")
	v.Set("_synchronous", "NORMAL")
	v.Set("_foreign_keys", "on")
	v.Set("_busy_timeout", strconv.Itoa(int(BusyTimeout/time.Millisecond)))
	v.Set("_txlock", "immediate")
	v.Set("_cache_size", "-65536")
	return "file:" + escapePath(path) + "?" + v.Encode()
}

func escapePath(p string) string {
	// A '?' or '#' in a file name would end the path part of the URI.
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return r.Replace(p)
}

// Open opens the store at path for writing, creating it when there is no
// file or an empty one, and brings its schema up to date. A file that is
// not a claimdiff store (see ApplicationID) is refused untouched.
func Open(ctx context.Context, path string) (*DB, error) {
	return openStore(ctx, path, true)
}

// OpenExisting opens the store at path, which must exist: for commands
// that read, so that a mistyped --db is an error rather than an empty
// answer. Where there is no store it returns a *NoStoreError and leaves
// the path as it was.
func OpenExisting(ctx context.Context, path string) (*DB, error) {
	return openStore(ctx, path, false)
}

func openStore(ctx context.Context, path string, create bool) (*DB, error) {
	if path == "" {
		path = DefaultPath
	}
	if dir := filepath.Dir(path); dir != "." {
		if _, err := os.Stat(dir); err != nil {
			return nil, claimdiff.Errorf(claimdiff.EINVALID, "database %s: folder %s does not exist", path, dir)
		}
	}
	k, err := inspect(ctx, path)
	if err != nil {
		return nil, err
	}
	if k == kindNone && !create {
		_, statErr := os.Stat(path)
		return nil, &claimdiff.Error{Code: claimdiff.ENOTFOUND, Err: &NoStoreError{Path: path, Empty: statErr == nil}}
	}
	sqldb, err := sql.Open("sqlite3", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	db := &DB{db: sqldb, Path: path, Now: time.Now}
	if err := db.migrateRetrying(ctx); err != nil {
		sqldb.Close()
		if isNotADatabase(err) {
			return nil, claimdiff.Errorf(claimdiff.EINVALID, "%s is not a claimdiff database (SQLite says: %v); name another with --db", path, err)
		}
		if isBusy(err) {
			return nil, db.named(err)
		}
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	return db, nil
}

func isNotADatabase(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrNotADB || se.Code == sqlite3.ErrCorrupt)
}

// Close closes the store.
func (db *DB) Close() error { return db.db.Close() }

// SchemaVersion returns the number of the last migration applied.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := db.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v)
	return v, err
}

type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrations, "migrations")
	if err != nil {
		return nil, err
	}
	var list []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with its number", e.Name())
		}
		body, err := migrations.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		list = append(list, migration{v, e.Name(), string(body)})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].version < list[j].version })
	return list, nil
}

// migrateRetrying migrates, and tries again while another process holds
// the database in a way SQLite does not wait for (it answers "database is
// locked" at once, rather than risk a deadlock, to a connection that would
// write while another is turning a new database to WAL), up to the busy
// timeout.
func (db *DB) migrateRetrying(ctx context.Context) error {
	deadline := time.Now().Add(BusyTimeout)
	for pause := 5 * time.Millisecond; ; pause = min(2*pause, 200*time.Millisecond) {
		err := db.migrate(ctx)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pause):
		}
	}
}

// migrate applies, each in its own transaction, the migrations the
// database has not seen.
func (db *DB) migrate(ctx context.Context) error {
	// A new store is claimdiff's from its first table on: the id and
	// schema_version come in one transaction, so that another claimdiff
	// never sees one without the other (see inspect). An existing store
	// takes no write lock here: readers never wait.
	var begun int
	if err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`).Scan(&begun); err != nil {
		return err
	}
	if begun == 0 {
		err := db.inTx(ctx, func(tx *sql.Tx) error {
			if err := claimStore(ctx, tx); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
				version    INTEGER PRIMARY KEY,
				name       TEXT NOT NULL,
				applied_at TEXT NOT NULL
			)`)
			return err
		})
		if err != nil {
			return err
		}
	}
	current, err := db.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	list, err := loadMigrations()
	if err != nil {
		return err
	}
	if n := len(list); n > 0 && current > list[n-1].version {
		return fmt.Errorf("schema version %d is newer than this claimdiff knows (%d); use a newer claimdiff", current, list[n-1].version)
	}
	for _, m := range list {
		if m.version <= current {
			continue
		}
		err := db.inTx(ctx, func(tx *sql.Tx) error {
			// Another process may have applied it since we looked: the
			// transaction holds the write lock, so look again.
			var now int
			if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&now); err != nil {
				return err
			}
			if now >= m.version {
				return nil
			}
			if err := claimStore(ctx, tx); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, db.Now().UTC().Format(time.RFC3339))
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// inTx runs fn in a transaction, committing when it returns nil.
func (db *DB) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullFloat(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

func nullDate(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format(claimdiff.DateLayout)
}
