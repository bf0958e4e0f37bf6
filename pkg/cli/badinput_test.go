package cli

import (
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/fixtures"
)

// extractedStore returns a store holding the seed articles with their
// extracted claims (which carry spans into the text).
func extractedStore(t *testing.T) (dir, db string) {
	t.Helper()
	dir = t.TempDir()
	seeds := filepath.Join(dir, "seeds")
	if err := fixtures.WriteDir(fixtures.Seeds, seeds); err != nil {
		t.Fatal(err)
	}
	db = filepath.Join(dir, "x.db")
	env, _, errb := testEnv(false)
	if code := run(t, env, "ingest", seeds, "--db", db); code != 0 {
		t.Fatalf("ingest: %d %s", code, errb)
	}
	return dir, db
}

func claimsJSONL(t *testing.T, db string) string {
	t.Helper()
	env, out, errb := testEnv(false)
	if code := run(t, env, "claims", "--db", db, "--format", "jsonl"); code != 0 {
		t.Fatalf("claims: %d %s", code, errb)
	}
	return out.String()
}

func TestCheck(t *testing.T) {
	_, db := extractedStore(t)
	env, out, errb := testEnv(false)
	if code := run(t, env, "check", "--db", db); code != 0 || !strings.Contains(out.String(), "is healthy: 5 articles") {
		t.Fatalf("a fresh store: exit %d\n%s%s", code, out, errb)
	}

	// Break the store behind claimdiff's back, past its constraints.
	raw, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`PRAGMA ignore_check_constraints = ON`,
		`PRAGMA foreign_keys = OFF`,
		`UPDATE claims SET low = 20000, high = 10 WHERE id = (SELECT MIN(id) FROM claims WHERE low IS NOT NULL AND high IS NOT NULL)`,
		`UPDATE claims SET span_end = 1000000 WHERE id = (SELECT MAX(id) FROM claims WHERE span_end > 0 AND article_id =
			(SELECT id FROM articles WHERE key = '000_a05c430ad2a4c3d2.txt'))`,
		`DELETE FROM articles WHERE key = '004_6809f6b9984345a3.txt'`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	raw.Close()

	env, out, errb = testEnv(false)
	if code := run(t, env, "check", "--db", db); code != ExitError {
		t.Errorf("a broken store: exit %d, want %d", code, ExitError)
	}
	for _, want := range []string{"bounds: claim", "span: claim", "foreign keys: claims row", "claim without article"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("check does not report %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errb.String(), "problems found") {
		t.Errorf("stderr: %s", errb)
	}
}

// A 200 MB file is refused by the size limit, before it is read; the store
// keeps what it had.
func TestHugeFileIsRefused(t *testing.T) {
	dir, db := extractedStore(t)
	before := claimsJSONL(t, db)
	folder := filepath.Join(dir, "in")
	os.MkdirAll(folder, 0o755)
	os.WriteFile(filepath.Join(folder, "a-good.txt"), []byte("Laut Polizei kamen 12 Menschen ums Leben."), 0o644)
	huge := filepath.Join(folder, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	env, _, errb := testEnv(false)
	if code := run(t, env, "ingest", folder, "--db", db); code != ExitUsage {
		t.Errorf("exit %d, want %d", code, ExitUsage)
	}
	if !strings.Contains(errb.String(), "huge.txt") || !strings.Contains(errb.String(), "MiB limit") {
		t.Errorf("error does not name the file and the limit: %s", errb)
	}
	if after := claimsJSONL(t, db); after != before {
		t.Error("the refused ingest changed the store")
	}
}

// Deeply nested and malformed HTML is read or refused, never a crash.
func TestNestedAndMalformedHTML(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "h.db")
	nested := strings.Repeat("<div>", 100_000) + "<p>Laut Polizei kamen 12 Menschen ums Leben, teilte die Behörde am Montag mit.</p>" +
		strings.Repeat("</div>", 100_000)
	broken := "<html><body><p>Laut Feuerwehr kamen 40 Menschen ums Leben, teilte sie mit. <b><i>unclosed <table><tr><td>" +
		"<p>Mehr als 200 Menschen wurden verletzt, sagte ein Sprecher.<<<>>></html"
	for name, page := range map[string]string{"nested.html": nested, "broken.html": broken} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(page), 0o644)
		env, out, errb := testEnv(false)
		code := run(t, env, "ingest", path, "--db", db)
		if code != 0 && (code != ExitUsage || !strings.Contains(errb.String(), name)) {
			t.Errorf("%s: exit %d: %s%s", name, code, out, errb)
		}
	}
	env, out, _ := testEnv(false)
	if code := run(t, env, "check", "--db", db); code != 0 {
		t.Errorf("check: %s", out)
	}
}

// SQL metacharacters and HTML in article text, outlet and source names are
// stored verbatim and shown as text.
func TestHostileNamesAreStoredVerbatim(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	outlet := `Robert'); DROP TABLE articles;-- <img src=x onerror=alert(1)>`
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(`Laut Polizei kamen 12 Menschen ums Leben. <script>alert("a")</script>`), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte(`Laut Feuerwehr kamen 40 Menschen ums Leben. '; DELETE FROM claims; --`), 0o644)
	os.WriteFile(filepath.Join(dir, "manifest.jsonl"), []byte(
		`{"article":"a.txt","outlet":`+jsonString(outlet)+`,"published":"2024-11-12","language":"de","story":"hostile"}`+"\n"+
			`{"article":"b.txt","outlet":"Kurier","published":"2024-11-12","language":"de","story":"hostile"}`+"\n"), 0o644)
	env, _, errb := testEnv(false)
	if code := run(t, env, "ingest", dir, "--db", db); code != 0 {
		t.Fatalf("ingest: %s", errb)
	}
	all := claimsJSONL(t, db)
	if !strings.Contains(all, jsonString(outlet)) || !strings.Contains(all, `\u003cscript\u003ealert(\"a\")`) && !strings.Contains(all, `<script>alert(\"a\")`) {
		t.Errorf("not stored verbatim:\n%s", all)
	}
	for _, format := range []string{"html", "md"} {
		env, out, errb := testEnv(false)
		if code := run(t, env, "conflicts", "--db", db, "--format", format); code != 0 {
			t.Fatalf("conflicts: %s", errb)
		}
		if !strings.Contains(out.String(), "police") {
			t.Fatalf("no dispute between police and fire brigade:\n%s", out)
		}
		for _, bad := range []string{"<img src=x", "<script>alert"} {
			if strings.Contains(out.String(), bad) {
				t.Errorf("%s holds %q unescaped", format, bad)
			}
		}
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
