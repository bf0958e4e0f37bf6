package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	sqlite3 "github.com/mattn/go-sqlite3"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// ApplicationID is the number claimdiff writes into the header of every
// store it creates (SQLite's PRAGMA application_id): 0x43446966, the bytes
// "CDif". A file is a claimdiff store when its header carries it, or, for
// stores made before the id existed, when it holds claimdiff's
// schema_version, articles and claims tables; such a store is given the id
// on its next write. Every other file is refused before SQLite is asked to
// write to it, so that a mistyped --db never changes another program's
// database.
const ApplicationID = 0x43446966

// sqliteMagic opens every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// kind is what a file is, as a store.
type kind int

const (
	kindNone   kind = iota // no file, an empty one, or an SQLite database without tables
	kindStore              // a claimdiff store
	kindLegacy             // a claimdiff store made before the application id
)

// NoStoreError is the answer of OpenExisting where there is no store.
type NoStoreError struct {
	Path string
	// Empty: the file exists but holds nothing (0 bytes, or an SQLite
	// database without tables).
	Empty bool
}

func (e *NoStoreError) Error() string {
	if e.Empty {
		return fmt.Sprintf("no store at %s (the file is empty)", e.Path)
	}
	return "no store at " + e.Path
}

// inspect tells what the file at path is without writing to it: it reads
// the file's first bytes, and asks SQLite through a read-only connection
// only when they are an SQLite header. A file that is neither nothing nor a
// claimdiff store is an invalid-input error that names it.
func inspect(ctx context.Context, path string) (kind, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return kindNone, nil
	case err != nil:
		return kindNone, claimdiff.Invalid("store "+path, unwrapPathError(err))
	case info.IsDir():
		return kindNone, claimdiff.Errorf(claimdiff.EINVALID,
			"store %s is a folder: name a file with --db, such as %s", path, joinPath(path, DefaultPath))
	case !info.Mode().IsRegular():
		return kindNone, claimdiff.Errorf(claimdiff.EINVALID,
			"store %s is not a regular file (%s): name a store file with --db", path, fileType(info.Mode()))
	case info.Size() == 0:
		return kindNone, nil
	}
	head, err := readHead(path, 100)
	if err != nil {
		return kindNone, claimdiff.Invalid("store "+path, unwrapPathError(err))
	}
	if len(head) < 100 || !bytes.HasPrefix(head, sqliteMagic) {
		return kindNone, claimdiff.Errorf(claimdiff.EINVALID,
			"%s is not a claimdiff store: it is not an SQLite database. It was left as it was; name a store, or a new file, with --db", path)
	}
	// The header on disk may be older than the database: in WAL mode the
	// newest first page can stand in the -wal file. So SQLite is asked,
	// read-only and without the journal-mode setting of dsn, which would
	// write to the file.
	ro, err := sql.Open("sqlite3", "file:"+escapePath(path)+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		return kindNone, fmt.Errorf("open store %s: %w", path, err)
	}
	defer ro.Close()
	// The id and the tables in one statement, so one snapshot: another
	// claimdiff creating the store commits both at once (see migrate),
	// and two statements could see the tables of its commit and the id of
	// before it.
	var id int64
	var names sql.NullString
	err = ro.QueryRowContext(ctx, `SELECT application_id,
		(SELECT group_concat(name, char(31)) FROM sqlite_master WHERE type = 'table')
		FROM pragma_application_id`).Scan(&id, &names)
	tables := map[string]bool{}
	if names.Valid {
		for _, name := range strings.Split(names.String, "\x1f") {
			tables[name] = true
		}
	}
	switch {
	case isNotADatabase(err):
		return kindNone, claimdiff.Errorf(claimdiff.EINVALID,
			"%s is not a claimdiff store: SQLite cannot read it (%v). It was left as it was; name a store, or a new file, with --db", path, err)
	case err != nil:
		return kindNone, fmt.Errorf("store %s: %w", path, err)
	case id == ApplicationID:
		return kindStore, nil
	case id != 0:
		return kindNone, claimdiff.Errorf(claimdiff.EINVALID,
			"%s is another program's SQLite database (application id %#x), not a claimdiff store. It was left as it was; name a store, or a new file, with --db", path, id)
	case len(tables) == 0:
		// A database SQLite has only begun: another claimdiff creating the
		// store, or an empty database someone made for it.
		return kindNone, nil
	case tables["schema_version"] && tables["articles"] && tables["claims"]:
		return kindLegacy, nil
	}
	return kindNone, claimdiff.Errorf(claimdiff.EINVALID,
		"%s is an SQLite database but not a claimdiff store: its tables are not claimdiff's. It was left as it was; name a store, or a new file, with --db", path)
}

func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, n)
	k, err := io.ReadFull(f, head)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = nil
	}
	return head[:k], err
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func fileType(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a plain file"
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

// claimStore gives a store claimdiff's application id, inside a write
// transaction: a new store, and one made before the id existed, on its
// next write.
func claimStore(ctx context.Context, tx *sql.Tx) error {
	var id int64
	if err := tx.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&id); err != nil {
		return err
	}
	if id == ApplicationID {
		return nil
	}
	_, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA application_id = %d`, ApplicationID))
	return err
}

// QuickCheckMax is the largest store checked before each write: SQLite's
// quick check reads every page, about a second per 100 MiB, which a small
// ingest into a large store should not wait for. Larger stores are checked
// by 'claimdiff check'.
const QuickCheckMax = 128 << 20

// quickCheck runs SQLite's quick check inside a write transaction: a store
// whose pages are damaged takes no writes, which would build on the damage.
// Stores above QuickCheckMax are not checked.
func (db *DB) quickCheck(ctx context.Context, tx *sql.Tx) error {
	if info, err := os.Stat(db.Path); err == nil && info.Size() > QuickCheckMax {
		return nil
	}
	rows, err := tx.QueryContext(ctx, `PRAGMA quick_check`)
	if err != nil {
		if isNotADatabase(err) {
			return db.damaged(err.Error())
		}
		return err
	}
	defer rows.Close()
	var first string
	for rows.Next() {
		if err := rows.Scan(&first); err != nil {
			return err
		}
		break
	}
	if err := rows.Err(); err != nil {
		if isNotADatabase(err) {
			return db.damaged(err.Error())
		}
		return err
	}
	if first != "ok" {
		return db.damaged(first)
	}
	return nil
}

func (db *DB) damaged(detail string) error {
	return claimdiff.Errorf(claimdiff.EINVALID,
		"store %s is damaged (SQLite's quick check: %s); nothing was written to it. Run 'claimdiff check --db %s' to see what is wrong",
		db.Path, detail, db.Path)
}

// IsStoreError reports whether err comes from SQLite itself (a full disk,
// an I/O error, a lock), for messages that should name the store.
func IsStoreError(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se)
}

// named makes an error of the store name it: a lock held too long says
// which store, and who holds it.
func (db *DB) named(err error) error {
	if err == nil || !isBusy(err) {
		return err
	}
	return &claimdiff.Error{Code: claimdiff.EINTERNAL, Message: fmt.Sprintf(
		"store %s is locked: another claimdiff holds it (an ingest or import writing to it) and did not let go within %s; try again when it is done",
		db.Path, BusyTimeout), Err: err}
}
