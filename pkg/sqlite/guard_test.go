package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// digest is a file's SHA-256, or "absent".
func digest(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return "absent"
	}
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return string(sum[:])
}

// foreignDB makes an SQLite database of another program, in rollback mode
// as most are.
func foreignDB(t *testing.T, path string, stmts ...string) {
	t.Helper()
	raw, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	for _, q := range stmts {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

func applicationID(t *testing.T, path string) int64 {
	t.Helper()
	raw, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var id int64
	if err := raw.QueryRow(`PRAGMA application_id`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}

func TestOnlyClaimdiffStoresAreOpened(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.db")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		desc  string
		make  func(path string)
		want  string // in the error
		code  string
		isDir bool
	}{
		{desc: "another program's database, with tables of its own", make: func(p string) {
			foreignDB(t, p, `CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)`, `INSERT INTO customers (name) VALUES ('Ada')`)
		}, want: "not a claimdiff store: its tables are not claimdiff's", code: claimdiff.EINVALID},
		{desc: "another program's database, with its application id", make: func(p string) {
			foreignDB(t, p, `PRAGMA application_id = 1196444487`, `CREATE TABLE gpkg_contents (table_name TEXT)`)
		}, want: "another program's SQLite database (application id 0x47504b47)", code: claimdiff.EINVALID},
		{desc: "a database with claimdiff's table names but another id", make: func(p string) {
			foreignDB(t, p, `PRAGMA application_id = 7`, `CREATE TABLE schema_version (version INTEGER)`,
				`CREATE TABLE articles (id INTEGER)`, `CREATE TABLE claims (id INTEGER)`)
		}, want: "application id 0x7", code: claimdiff.EINVALID},
		{desc: "a text file", make: func(p string) {
			os.WriteFile(p, []byte("name,email\nAda,ada@example.org\n"), 0o644)
		}, want: "not an SQLite database", code: claimdiff.EINVALID},
		{desc: "a file that starts as SQLite's do but is too short", make: func(p string) {
			os.WriteFile(p, []byte("SQLite format 3\x00"), 0o644)
		}, want: "not an SQLite database", code: claimdiff.EINVALID},
		{desc: "a folder", make: func(p string) { os.Mkdir(p, 0o755) }, want: "is a folder", code: claimdiff.EINVALID, isDir: true},
	} {
		path := filepath.Join(dir, strings.ReplaceAll(tc.desc, " ", "-")+".db")
		tc.make(path)
		before := ""
		if !tc.isDir {
			before = digest(t, path)
		}
		for _, opener := range []func(context.Context, string) (*DB, error){Open, OpenExisting} {
			db, err := opener(ctx, path)
			if err == nil {
				db.Close()
				t.Errorf("%s: opened", tc.desc)
				continue
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), path) {
				t.Errorf("%s: error %q does not say %q and name the file", tc.desc, err, tc.want)
			}
			if got := claimdiff.ErrorCode(err); got != tc.code {
				t.Errorf("%s: code %s, want %s", tc.desc, got, tc.code)
			}
		}
		if !tc.isDir && digest(t, path) != before {
			t.Errorf("%s: the file was changed", tc.desc)
		}
		for _, side := range []string{"-wal", "-shm", "-journal"} {
			if _, err := os.Stat(path + side); err == nil {
				t.Errorf("%s: %s left beside it", tc.desc, side)
			}
		}
	}

	// A named pipe is refused without being opened (opening it would wait
	// for a writer).
	if _, err := Open(ctx, fifo); err == nil || !strings.Contains(err.Error(), "named pipe") {
		t.Errorf("a named pipe: %v", err)
	}
}

func TestMissingAndEmptyFilesBecomeStoresOnlyByWriting(t *testing.T) {
	dir := t.TempDir()
	missing, empty := filepath.Join(dir, "missing.db"), filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o644)
	for _, p := range []string{missing, empty} {
		_, err := OpenExisting(ctx, p)
		var none *NoStoreError
		if !errors.As(err, &none) || claimdiff.ErrorCode(err) != claimdiff.ENOTFOUND {
			t.Errorf("%s: %v, want no store", p, err)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("reading made a file")
	}
	if info, _ := os.Stat(empty); info.Size() != 0 {
		t.Error("reading wrote to the empty file")
	}
	for _, p := range []string{missing, empty} {
		db := open(t, p)
		db.Close()
		if id := applicationID(t, p); id != ApplicationID {
			t.Errorf("%s: application id %#x, want %#x", p, id, ApplicationID)
		}
		db, err := OpenExisting(ctx, p)
		if err != nil {
			t.Fatalf("%s: the new store is not one: %v", p, err)
		}
		db.Close()
	}
}

// A store made before the application id is claimdiff's by its tables,
// and takes the id on its next write.
func TestStoresWithoutTheIDAreAdopted(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db := open(t, path)
	w, err := db.Begin(ctx, "ingest")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.AddArticle(article("a.txt", "Selenskyj sprach von 11.000 Soldaten."), []claimdiff.Claim{claim("a.txt", "11.000", 11000)}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	db.Close()
	foreignDB(t, path, `PRAGMA application_id = 0`)

	db, err = OpenExisting(ctx, path)
	if err != nil {
		t.Fatalf("a store without the id is refused: %v", err)
	}
	if id := applicationID(t, path); id != 0 {
		t.Errorf("reading set the id")
	}
	w, err = db.Begin(ctx, "import")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if id := applicationID(t, path); id != ApplicationID {
		t.Errorf("after a write: application id %#x, want %#x", id, ApplicationID)
	}
}

// A damaged store takes no writes, and says to run claimdiff check.
func TestDamagedStoreRefusesWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "damaged.db")
	db := open(t, path)
	w, err := db.Begin(ctx, "ingest")
	if err != nil {
		t.Fatal(err)
	}
	var claims []claimdiff.Claim
	for i := 0; i < 2000; i++ {
		claims = append(claims, claim("a.txt", strings.Repeat("1", 1+i%9)+"."+strings.Repeat("0", 3)+"-"+string(rune('a'+i%26))+strings.Repeat("x", i%50), float64(1000+i)))
	}
	if _, err := w.AddArticle(article("a.txt", "Selenskyj sprach von 11.000 Soldaten."), claims); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Fold the WAL into the file, then overwrite a page in the middle of
	// the claims with noise.
	foreignDB(t, path, `PRAGMA wal_checkpoint(TRUNCATE)`)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	mid := (len(data) / page / 2) * page
	for i := mid + 8; i < mid+page; i++ {
		data[i] = byte(i * 7)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	before := digest(t, path)

	db, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("the store opens for its check: %v", err)
	}
	defer db.Close()
	_, err = db.Begin(ctx, "ingest")
	if err == nil || !strings.Contains(err.Error(), "is damaged") || !strings.Contains(err.Error(), "claimdiff check --db "+path) {
		t.Fatalf("a damaged store: %v", err)
	}
	db.Close()
	if digest(t, path) != before {
		t.Error("the damaged store was written to")
	}
}

// A write that finds the store locked past the busy timeout names the
// store and who holds it.
func TestLockedStoreIsNamed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "busy.db")
	db := open(t, path)
	locked := db.named(sqliteBusy(t, path))
	if !strings.Contains(locked.Error(), "store "+path+" is locked") || !strings.Contains(locked.Error(), "another claimdiff") {
		t.Errorf("%v", locked)
	}
}

// sqliteBusy returns the error SQLite gives a writer that finds the store
// locked: a second writer with no patience while a first holds the lock.
func sqliteBusy(t *testing.T, path string) error {
	t.Helper()
	first, err := sql.Open("sqlite3", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	tx, err := first.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	second, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=0&_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	tx2, err := second.Begin()
	if err == nil {
		tx2.Rollback()
		t.Fatal("the second writer was let in")
	}
	return err
}

// A write whose context is cancelled stores nothing, and says so.
func TestInterruptedWriteStoresNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "i.db")
	db := open(t, path)
	c, cancel := context.WithCancel(ctx)
	w, err := db.Begin(c, "import")
	if err != nil {
		t.Fatal(err)
	}
	if err := w.AddClaims([]claimdiff.Claim{claim("a.txt", "11.000", 11000)}); err != nil {
		t.Fatal(err)
	}
	cancel()
	_, err = w.Commit()
	var in *Interrupted
	if !errors.As(err, &in) || !errors.Is(err, context.Canceled) || err.Error() != "interrupted: nothing was stored" {
		t.Fatalf("commit after an interrupt: %v", err)
	}
	if n, _ := db.Counts(ctx); n.Claims != 0 {
		t.Errorf("%d claims stored", n.Claims)
	}
}
