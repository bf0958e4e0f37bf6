package cli

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/fixtures"
)

// fileDigest is the SHA-256 of a file, "absent" when there is none.
func fileDigest(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return "absent"
	}
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// storeCommands are every command that opens the store, with what each
// needs to get that far. seeds is a folder of articles, gold a claims file.
func storeCommands(seeds, gold string) [][]string {
	return [][]string{
		{"claims"}, {"conflicts"}, {"brief", "d-0000000000"}, {"weekly"}, {"sources"}, {"stories"},
		{"eval", "--gold", gold}, {"check"},
		{"ingest", seeds}, {"import", gold}, {"demo"},
	}
}

// Another program's database, or any other file, is refused by every
// command, and left as it was, byte for byte.
func TestForeignFilesAreNotStores(t *testing.T) {
	dir := t.TempDir()
	seeds := filepath.Join(dir, "seeds")
	if err := fixtures.WriteDir(fixtures.Seeds, seeds); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(seeds, fixtures.SeedsGold)

	customers := filepath.Join(dir, "customers.db")
	raw, err := sql.Open("sqlite3", customers)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)`, `INSERT INTO customers (name) VALUES ('Ada')`} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	notes := filepath.Join(dir, "notes.db")
	os.WriteFile(notes, []byte("not a database at all\n"), 0o644)

	for _, tc := range []struct{ file, want string }{
		{customers, "is an SQLite database but not a claimdiff store"},
		{notes, "not an SQLite database"},
	} {
		before := fileDigest(t, tc.file)
		for _, args := range storeCommands(seeds, gold) {
			env, out, errb := testEnv(false)
			code := run(t, env, append(args, "--db", tc.file)...)
			want := tc.want
			if args[0] == "demo" {
				want = "exists already: the demo needs a fresh store"
			}
			if code != ExitUsage || !strings.Contains(errb.String(), tc.file) || !strings.Contains(errb.String(), want) {
				t.Errorf("%s on %s: exit %d, want %d and %q naming the file:\n%s%s", args[0], filepath.Base(tc.file), code, ExitUsage, want, out, errb)
			}
			if after := fileDigest(t, tc.file); after != before {
				t.Fatalf("%s changed %s", args[0], tc.file)
			}
			for _, side := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(tc.file + side); err == nil {
					t.Errorf("%s left %s%s", args[0], filepath.Base(tc.file), side)
				}
			}
		}
	}
}

// A read command on a missing or empty file says there is no store there
// and makes none; a write command makes the store.
func TestReadCommandsMakeNoStore(t *testing.T) {
	dir := t.TempDir()
	seeds := filepath.Join(dir, "seeds")
	if err := fixtures.WriteDir(fixtures.Seeds, seeds); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(seeds, fixtures.SeedsGold)
	empty, missing := filepath.Join(dir, "empty.db"), filepath.Join(dir, "missing.db")
	os.WriteFile(empty, nil, 0o644)
	for _, args := range storeCommands(seeds, gold)[:8] {
		for _, p := range []string{empty, missing} {
			env, _, errb := testEnv(false)
			if code := run(t, env, append(args, "--db", p)...); code != ExitNotFound || !strings.Contains(errb.String(), "no store at "+p) {
				t.Errorf("%s on %s: exit %d, want %d: %s", args[0], filepath.Base(p), code, ExitNotFound, errb)
			}
		}
		if info, err := os.Stat(empty); err != nil || info.Size() != 0 {
			t.Fatalf("%s wrote to the empty file", args[0])
		}
		if _, err := os.Stat(missing); err == nil {
			t.Fatalf("%s made a file", args[0])
		}
	}
	for _, args := range [][]string{{"ingest", seeds}, {"import", gold}, {"demo"}} {
		p := filepath.Join(dir, args[0]+".db")
		os.WriteFile(p, nil, 0o644)
		env, _, errb := testEnv(false)
		if code := run(t, env, append(args, "--db", p)...); code != 0 {
			t.Errorf("%s into an empty file: exit %d: %s", args[0], code, errb)
		}
		env, out, _ := testEnv(false)
		if code := run(t, env, "check", "--db", p); code != 0 {
			t.Errorf("%s made no healthy store: %s", args[0], out)
		}
	}
}

func TestStoreThatIsAFolder(t *testing.T) {
	dir := t.TempDir()
	seeds := filepath.Join(t.TempDir(), "seeds")
	if err := fixtures.WriteDir(fixtures.Seeds, seeds); err != nil {
		t.Fatal(err)
	}
	for _, args := range storeCommands(seeds, filepath.Join(seeds, fixtures.SeedsGold)) {
		env, _, errb := testEnv(false)
		if code := run(t, env, append(args, "--db", dir)...); code != ExitUsage || !strings.Contains(errb.String(), dir+" is a folder") {
			t.Errorf("%s --db FOLDER: exit %d, want %d: %s", args[0], code, ExitUsage, errb)
		}
	}
}

// A store whose pages are damaged takes no ingest or import, and says to
// run claimdiff check.
func TestDamagedStoreTakesNoWrites(t *testing.T) {
	dir, db := extractedStore(t)
	raw, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	data, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	// Noise over the last page but one: a page of the data, not the header.
	const page = 4096
	at := len(data) - 2*page
	for i := at + 8; i < at+page; i++ {
		data[i] = byte(i * 13)
	}
	os.WriteFile(db, data, 0o644)
	before := fileDigest(t, db)
	article := filepath.Join(dir, "new.txt")
	os.WriteFile(article, []byte("Laut Polizei kamen 12 Menschen ums Leben."), 0o644)
	for _, args := range [][]string{{"ingest", article}, {"import", filepath.Join(dir, "seeds", fixtures.SeedsGold)}} {
		env, _, errb := testEnv(false)
		code := run(t, env, append(args, "--db", db)...)
		if code != ExitUsage || !strings.Contains(errb.String(), "is damaged") || !strings.Contains(errb.String(), "claimdiff check --db "+db) {
			t.Errorf("%s into a damaged store: exit %d: %s", args[0], code, errb)
		}
		if fileDigest(t, db) != before {
			t.Fatalf("%s wrote to the damaged store", args[0])
		}
	}
}

// What SQLite says of a store ("no such table", "disk I/O error") comes
// with the store's name.
func TestStoreErrorsNameTheStore(t *testing.T) {
	_, db := extractedStore(t)
	raw, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`DROP TABLE stories`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	env, _, errb := testEnv(false)
	if code := run(t, env, "stories", "--db", db); code != ExitError || !strings.Contains(errb.String(), "claimdiff: store "+db+": ") {
		t.Errorf("exit %d: %s", code, errb)
	}
}
