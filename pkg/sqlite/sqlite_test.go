package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

var ctx = context.Background()

func open(t *testing.T, path string) *DB {
	t.Helper()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return time.Date(2024, 11, 20, 12, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { db.Close() })
	return db
}

func article(key, text string) *claimdiff.Article {
	return &claimdiff.Article{Key: key, Text: text, SHA256: "sha-" + text, Outlet: "ntv", Language: "de",
		Published: time.Date(2024, 12, 5, 0, 0, 0, 0, time.UTC)}
}

func claim(article, raw string, v float64) claimdiff.Claim {
	low, high, _ := claimdiff.Bounds(claimdiff.Exact, v, nil)
	return claimdiff.Claim{Article: article, Quote: raw + " Soldaten.", Raw: raw, Qualifier: claimdiff.Exact, Value: v,
		Low: low, High: high, Metric: claimdiff.Troops, Subject: "north korean troops", Location: "Kursk",
		Source: "Volodymyr Zelensky", SourceKind: claimdiff.KindOfficial, SourceText: "Selenskyj", Span: claimdiff.Span{Start: 0, End: len(raw)}}
}

func counts(t *testing.T, db *DB) Counts {
	t.Helper()
	c, err := db.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestMigrationsOnAnEmptyDatabase(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "new.db"))
	migrations, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	v, err := db.SchemaVersion(ctx)
	if err != nil || v != len(migrations) {
		t.Fatalf("schema version %d, %v; want %d", v, err, len(migrations))
	}
	for _, table := range []string{"outlets", "sources", "source_aliases", "articles", "claims", "ingest_runs"} {
		var n int
		if err := db.db.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name=?`, table).Scan(&n); err != nil || n != 1 {
			t.Errorf("table %s missing", table)
		}
	}
}

// A store an older claimdiff left at schema version 1, with a claim in it,
// is brought up to date on open, and its claim stays and can be compared.
func TestMigrationsOnAnExistingDatabaseKeepItsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "existing.db")
	migrations, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
		migrations[0].sql,
		`INSERT INTO schema_version VALUES (1, '0001_init.sql', '2024-11-01T00:00:00Z')`,
		`INSERT INTO sources (id, name, kind) VALUES (1, 'Volodymyr Zelensky', 'official')`,
		`INSERT INTO articles (id, key, text, sha256) VALUES (1, 'a.txt', 'Text A', 'abc')`,
		`INSERT INTO claims (article_id, quote, raw, qualifier, value, low, high, metric, subject, location, source_id,
			source_kind, fingerprint, stated_on) VALUES (1, 'q', '11.000', 'exact', 11000, 11000, 11000, 'troops',
			'north korean troops', 'Kursk', 1, 'official', 'f', '2024-11-12')`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	raw.Close()

	db := open(t, path)
	if c := counts(t, db); c.Articles != 1 || c.Claims != 1 {
		t.Errorf("after the migrations: %+v", c)
	}
	var applied int
	db.db.QueryRow(`SELECT COUNT(*) FROM schema_version`).Scan(&applied)
	if applied != len(migrations) {
		t.Errorf("migrations recorded %d times, want %d", applied, len(migrations))
	}
	if changed, err := db.EnsureParts(ctx); err != nil || !changed {
		t.Errorf("parts of the old claims: changed %v, %v", changed, err)
	}
	var parts []string
	err = db.EachPart(ctx, Filter{}, func(part string, claims []claimdiff.Claim) error {
		parts = append(parts, part)
		if len(claims) != 1 || claims[0].Article != "a.txt" || claims[0].Source != "Volodymyr Zelensky" {
			t.Errorf("comparable claims after the migrations: %+v", claims)
		}
		return nil
	})
	if err != nil || len(parts) != 1 || parts[0] != "north korean troops" {
		t.Errorf("parts %q, %v", parts, err)
	}
}

func TestADatabaseFromANewerClaimdiffIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "newer.db")
	db := open(t, path)
	db.db.Exec(`INSERT INTO schema_version (version, name, applied_at) VALUES (99, '0099_future.sql', 'x')`)
	db.Close()
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("err = %v", err)
	}
}

func TestAFileThatIsNotADatabaseIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(path, []byte(strings.Repeat("this is not sqlite\n", 100)), 0o644)
	_, err := Open(ctx, path)
	if err == nil || !strings.Contains(err.Error(), "not a claimdiff store") || claimdiff.ErrorCode(err) != claimdiff.EINVALID {
		t.Fatalf("err = %v", err)
	}
}

func TestEveryConnectionHasForeignKeysAndWAL(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "p.db"))
	db.db.SetMaxOpenConns(3)
	conns := make([]*sql.Conn, 3)
	for i := range conns {
		c, err := db.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns[i] = c
	}
	for i, c := range conns {
		var fk int
		var mode string
		c.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk)
		c.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode)
		if fk != 1 || mode != "wal" {
			t.Errorf("connection %d: foreign_keys=%d journal_mode=%s", i, fk, mode)
		}
		c.Close()
	}
}

func TestReingestOfTheSameArticleChangesNothing(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "i.db"))
	for round := 0; round < 2; round++ {
		w, err := db.Begin(ctx, "ingest")
		if err != nil {
			t.Fatal(err)
		}
		stored, err := w.AddArticle(article("a.txt", "Text A"), []claimdiff.Claim{claim("a.txt", "11.000", 11000)})
		if err != nil {
			t.Fatal(err)
		}
		if stored != (round == 0) {
			t.Errorf("round %d: stored = %v", round, stored)
		}
		s, err := w.Commit()
		if err != nil {
			t.Fatal(err)
		}
		if round == 1 && (s.Skipped != 1 || s.Articles != 0 || s.Claims != 0) {
			t.Errorf("second ingest: %+v", s)
		}
	}
	if c := counts(t, db); c.Articles != 1 || c.Claims != 1 {
		t.Errorf("store holds %+v", c)
	}
}

func TestARolledBackWriteLeavesTheStoreAsItWas(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "r.db"))
	w, _ := db.Begin(ctx, "ingest")
	w.AddArticle(article("a.txt", "Text A"), []claimdiff.Claim{claim("a.txt", "11.000", 11000)})
	w.Commit()
	before := counts(t, db)

	w, _ = db.Begin(ctx, "ingest")
	if _, err := w.AddArticle(article("b.txt", "Text B"), []claimdiff.Claim{claim("b.txt", "8000", 8000)}); err != nil {
		t.Fatal(err)
	}
	w.Rollback()
	if after := counts(t, db); after != before {
		t.Errorf("after rollback %+v, before %+v", after, before)
	}
}

func TestTheSameKeyWithAnotherTextIsAnError(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "k.db"))
	w, _ := db.Begin(ctx, "ingest")
	defer w.Rollback()
	w.AddArticle(article("a.txt", "Text A"), nil)
	_, err := w.AddArticle(article("a.txt", "Text A, edited"), nil)
	if err == nil || claimdiff.ErrorCode(err) != claimdiff.EINVALID || !strings.Contains(err.Error(), `"a.txt"`) {
		t.Fatalf("err = %v", err)
	}
}

func TestImportedClaimsCreateTheirArticleAndIngestFillsItIn(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "f.db"))
	c := claim("a.txt", "11.000", 11000)
	c.Outlet, c.Published = "Keystone-ATS", time.Date(2024, 11, 13, 0, 0, 0, 0, time.UTC)
	w, _ := db.Begin(ctx, "import")
	if err := w.AddClaims([]claimdiff.Claim{c, c}); err != nil {
		t.Fatal(err)
	}
	s, err := w.Commit()
	if err != nil || s.Claims != 1 || s.ClaimsExisting != 1 {
		t.Fatalf("import %+v, %v: the same claim twice is stored once", s, err)
	}
	a, err := db.Article(ctx, "a.txt")
	if err != nil || a.Text != "" || a.Outlet != "Keystone-ATS" {
		t.Fatalf("placeholder article %+v, %v", a, err)
	}
	w, _ = db.Begin(ctx, "ingest")
	stored, err := w.AddArticle(article("a.txt", "Text A"), nil)
	if err != nil || !stored {
		t.Fatalf("stored %v, %v", stored, err)
	}
	w.Commit()
	if a, _ = db.Article(ctx, "a.txt"); a.Text != "Text A" {
		t.Errorf("text not filled in: %+v", a)
	}
	list, _ := db.Claims(ctx, Filter{})
	if len(list) != 1 || claimdiff.FormatDate(list[0].StatedOn) != "2024-11-13" {
		t.Errorf("claims %+v: stated_on defaults to the publication date", list)
	}
}

func TestClaimsReadBackAsWritten(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "rt.db"))
	c := claim("a.txt", "11.000 bis 12.000", 11000)
	c.Qualifier, c.Value2 = claimdiff.Range, claimdiff.Float(12000)
	c.Low, c.High = claimdiff.Float(11000), claimdiff.Float(12000)
	c.Via, c.Period, c.SourceAlts = "CNN", "weitere", []string{"Pentagon"}
	c.StatedOn = time.Date(2024, 11, 4, 0, 0, 0, 0, time.UTC)
	c.Extractor, c.ExtractorVersion, c.Review = "rules", "1", claimdiff.ReviewAccepted
	w, _ := db.Begin(ctx, "ingest")
	w.AddArticle(article("a.txt", "Text A"), []claimdiff.Claim{c})
	w.Commit()
	got, err := db.Claims(ctx, Filter{Source: "selenskyj"})
	if err != nil || len(got) != 1 {
		t.Fatalf("by alias: %v, %v", got, err)
	}
	g := got[0]
	g.ID = 0
	want := c
	want.Outlet, want.Published, want.SourceText = "ntv", time.Date(2024, 12, 5, 0, 0, 0, 0, time.UTC), ""
	if !reflect.DeepEqual(g, want) {
		t.Errorf("read back\n%+v\nwant\n%+v", g, want)
	}
}

func TestFilters(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "flt.db"))
	a, b := claim("a.txt", "11.000", 11000), claim("b.txt", "50", 50)
	b.Metric, b.Source = claimdiff.Killed, "Ukrainian special forces"
	b.StatedOn = time.Date(2024, 12, 17, 0, 0, 0, 0, time.UTC)
	w, _ := db.Begin(ctx, "ingest")
	w.AddArticle(article("a.txt", "A"), []claimdiff.Claim{a})
	w.AddArticle(article("b.txt", "B"), []claimdiff.Claim{b})
	w.Commit()
	for _, tc := range []struct {
		desc string
		f    Filter
		want int
	}{
		{"no filter", Filter{}, 2},
		{"by article", Filter{Article: "b.txt"}, 1},
		{"by source, any case", Filter{Source: "ukrainian SPECIAL forces"}, 1},
		{"by metric", Filter{Metric: claimdiff.Killed}, 1},
		{"since", Filter{Since: time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC)}, 1},
		{"until", Filter{Until: time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC)}, 1},
	} {
		got, err := db.Claims(ctx, tc.f)
		if err != nil || len(got) != tc.want {
			t.Errorf("%s: %d claims, %v; want %d", tc.desc, len(got), err, tc.want)
		}
	}
}

// Every read of claims carries the article's URL and title, so that
// reports lead back to the article rather than to its file name.
func TestClaimsCarryTheirArticlesURLAndTitle(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "url.db"))
	a := article("d012.txt", "Text D")
	a.Outlet, a.URL, a.Title = "", "https://www.krone.at/3561234", "Nordkoreaner an der Front"
	w, _ := db.Begin(ctx, "ingest")
	if _, err := w.AddArticle(a, []claimdiff.Claim{claim("d012.txt", "11.000", 11000)}); err != nil {
		t.Fatal(err)
	}
	imported := claim("e.txt", "12.000", 12000)
	imported.URL, imported.Title = "https://kurier.at/a", "Zwölftausend"
	if err := w.AddClaims([]claimdiff.Claim{imported}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{
		"d012.txt": {"https://www.krone.at/3561234", "Nordkoreaner an der Front"},
		"e.txt":    {"https://kurier.at/a", "Zwölftausend"},
	}
	check := func(how string, claims []claimdiff.Claim, title bool) {
		t.Helper()
		if len(claims) != 2 {
			t.Fatalf("%s: %d claims", how, len(claims))
		}
		for _, c := range claims {
			w := want[c.Article]
			if !title {
				w[1] = ""
			}
			if c.URL != w[0] || c.Title != w[1] {
				t.Errorf("%s: %s has URL %q, title %q; want %q, %q", how, c.Article, c.URL, c.Title, w[0], w[1])
			}
		}
	}
	all, err := db.Claims(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	check("Claims", all, true)
	byID, err := db.ClaimsByID(ctx, []int64{all[0].ID, all[1].ID})
	if err != nil {
		t.Fatal(err)
	}
	check("ClaimsByID", byID, true)
	// The comparison reads the URL (which names an outlet) but not the
	// title; FillQuotes adds that.
	for _, f := range []Filter{{}, {Subject: "north korean troops"}} {
		comparable, err := db.ComparableClaims(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		check("ComparableClaims", comparable, false)
		if err := db.FillQuotes(ctx, comparable); err != nil {
			t.Fatal(err)
		}
		check("FillQuotes", comparable, true)
	}
}

// TestStoredAskedWhileArticlesAreAdded: the extracting goroutines ask
// Stored while the adding one asks Known and adds; each must get its own
// article's answer, so that articles stored without extraction get their
// claims and none seems stored under another name.
func TestStoredAskedWhileArticlesAreAdded(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "s.db"))
	const n = 300
	w, err := db.Begin(ctx, "ingest")
	if err != nil {
		t.Fatal(err)
	}
	w.SetExtracting(false)
	for i := 0; i < n; i++ {
		if _, err := w.AddArticle(article(fmt.Sprintf("a%03d.txt", i), fmt.Sprintf("Text %d", i)), nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	w, err = db.Begin(ctx, "ingest")
	if err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := g; ; i = (i + 7) % n {
				select {
				case <-stop:
					return
				default:
				}
				w.Stored("sha-" + fmt.Sprintf("Text %d", i))
			}
		}(g)
	}
	for i := 0; i < n; i++ {
		a := article(fmt.Sprintf("a%03d.txt", i), fmt.Sprintf("Text %d", i))
		if _, err := w.Known(a.SHA256); err != nil {
			t.Fatal(err)
		}
		if _, err := w.AddArticle(a, []claimdiff.Claim{claim(a.Key, "11.000", 11000)}); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	s, err := w.Commit()
	if err != nil {
		t.Fatal(err)
	}
	if s.Skipped != 0 || s.Extracted != n {
		t.Errorf("stats %+v: every article stored without extraction gets its claims", s)
	}
}
