package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/fixtures"
	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func collect(t *testing.T, paths []string, opts Options) ([]Document, error) {
	t.Helper()
	var docs []Document
	err := Walk(paths, opts, func(d Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

func TestWalkSeedFolderReadsItsManifest(t *testing.T) {
	dir := t.TempDir()
	if err := fixtures.WriteDir(fixtures.Seeds, dir); err != nil {
		t.Fatal(err)
	}
	docs, err := collect(t, []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 5 {
		t.Fatalf("read %d articles, want the 5 seeds (manifest and gold are not articles)", len(docs))
	}
	a := docs[3].Article
	if a.Key != "003_85ee40c7f8e86b3b.txt" || a.Outlet != "Keystone-ATS" || claimdiff.FormatDate(a.Published) != "2024-11-13" || a.Language != "de" {
		t.Errorf("article 3 metadata = %q %q %s %q", a.Key, a.Outlet, claimdiff.FormatDate(a.Published), a.Language)
	}
	if docs[2].Article.Outlet != "" {
		t.Errorf("article 2 has a null outlet in the manifest, got %q", docs[2].Article.Outlet)
	}
	if len(a.SHA256) != 64 || !strings.HasPrefix(a.Text, "Nordkoreanische Truppen") {
		t.Errorf("digest %q, text %.30q", a.SHA256, a.Text)
	}
}

func TestWalkPlainTextWithFlags(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "report.txt", "Rund 200 Menschen demonstrierten am Samstag.\r\n\r\n")
	docs, err := collect(t, []string{p}, Options{Defaults: Meta{Outlet: "Stadtblatt", Language: "de", URL: "https://stadtblatt.example/demo"}})
	if err != nil {
		t.Fatal(err)
	}
	a := docs[0].Article
	if a.Key != "report.txt" {
		t.Errorf("key = %q, want the file name even with a URL", a.Key)
	}
	if a.Text != "Rund 200 Menschen demonstrierten am Samstag." {
		t.Errorf("text not normalized: %q", a.Text)
	}
	if a.Outlet != "Stadtblatt" || a.URL != "https://stadtblatt.example/demo" {
		t.Errorf("flags not applied: %+v", a)
	}
}

func TestWalkHTMLTakesTextAndMetadataFromThePage(t *testing.T) {
	docs, err := collect(t, []string{"../../fixtures/pages/oder-flood.html"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := docs[0].Article
	if a.Title != "Hochwasser an der Oder: Tausende evakuiert" || a.Outlet != "Oderland-Kurier" ||
		claimdiff.FormatDate(a.Published) != "2025-09-18" || a.Language != "de" {
		t.Errorf("metadata = title %q outlet %q published %s lang %q", a.Title, a.Outlet, claimdiff.FormatDate(a.Published), a.Language)
	}
	if !strings.Contains(a.Text, "rund 3500 Menschen") || !strings.Contains(a.Text, "mehr als 600 Einsatzkräfte") {
		t.Errorf("article paragraphs missing from %q", a.Text)
	}
	for _, furniture := range []string{"console.debug", "Impressum", "12 Tipps", "Sport 24"} {
		if strings.Contains(a.Text, furniture) {
			t.Errorf("page furniture %q kept in %q", furniture, a.Text)
		}
	}
	if strings.Count(a.Text, "\n") < 2 {
		t.Errorf("paragraphs run together: %q", a.Text)
	}
}

func TestWalkJSONLDump(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "dump.jsonl", `{"url":"https://a.example/1","title":"Eins","outlet":"A","published":"2025-01-02","language":"en","text":"About 300 people marched."}
{"url":null,"title":null,"outlet":null,"published":null,"language":null,"text":"Etwa 40 Menschen wurden verletzt."}
`)
	docs, err := collect(t, []string{p}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("read %d articles, want 2", len(docs))
	}
	if docs[0].Article.Key != "https://a.example/1" || docs[0].Origin != p+":1" {
		t.Errorf("first article key %q origin %q", docs[0].Article.Key, docs[0].Origin)
	}
	if docs[1].Article.Key != "dump.jsonl:2" {
		t.Errorf("an article without URL is keyed by dump and line, got %q", docs[1].Article.Key)
	}
}

func TestWalkStdin(t *testing.T) {
	docs, err := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(`{"url":"u1","text":"Two people died."}` + "\n")})
	if err != nil || len(docs) != 1 || docs[0].Article.Key != "u1" {
		t.Fatalf("docs %+v, err %v", docs, err)
	}
}

func TestWalkWarnsAboutUnusedManifestEntries(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.txt", "Text.")
	m := write(t, dir, "m.jsonl", `{"article":"a.txt","outlet":"X"}`+"\n"+`{"article":"gone.txt","outlet":"Y"}`+"\n")
	var warnings []string
	_, err := collect(t, []string{p}, Options{Manifest: m, Warn: func(s string) { warnings = append(warnings, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "m.jsonl:2: gone.txt") {
		t.Errorf("warnings = %q", warnings)
	}
}

// Every bad input stops the walk with one error that names the file, and
// the line where there is one.
func TestWalkRejectsBadInput(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", "Mindestens 12 Menschen starben.")
	for _, tc := range []struct {
		desc  string
		paths func() []string
		opts  func() Options
		want  []string
	}{
		{"a missing file", func() []string { return []string{filepath.Join(dir, "nope.txt")} }, nil,
			[]string{"nope.txt", "no such file or folder"}},
		{"a folder with no articles", func() []string {
			d := filepath.Join(dir, "empty")
			os.MkdirAll(d, 0o755)
			write(t, d, "notes.md", "# notes")
			return []string{d}
		}, nil, []string{"empty", "holds no articles"}},
		{"a binary file", func() []string { return []string{write(t, dir, "bin.txt", "GIF89a\x00\x01\x02")} }, nil,
			[]string{"bin.txt", "binary"}},
		{"a file that is not UTF-8", func() []string {
			return []string{write(t, dir, "latin1.txt", "Erste Zeile\nStra\xdfe gesperrt")}
		}, nil, []string{"latin1.txt", "not UTF-8", "line 2"}},
		{"an empty file", func() []string { return []string{write(t, dir, "empty.txt", " \n\n")} }, nil,
			[]string{"empty.txt", "empty"}},
		{"a file of another kind", func() []string { return []string{write(t, dir, "doc.pdf", "%PDF")} }, nil,
			[]string{"doc.pdf", "not an article file"}},
		{"a malformed manifest line", func() []string { return []string{good} }, func() Options {
			return Options{Manifest: write(t, dir, "bad-manifest.jsonl", `{"article":"good.txt"}`+"\n"+`{"article": "x.txt", "published": 2024}`+"\n")}
		}, []string{"bad-manifest.jsonl:2", "not a manifest entry"}},
		{"a manifest date that is not a date", func() []string { return []string{good} }, func() Options {
			return Options{Manifest: write(t, dir, "date-manifest.jsonl", `{"article":"good.txt","published":"12.11.2024"}`+"\n")}
		}, []string{"date-manifest.jsonl:1", `"published" "12.11.2024" is not a date`}},
		{"a missing manifest", func() []string { return []string{good} }, func() Options {
			return Options{Manifest: filepath.Join(dir, "none.jsonl")}
		}, []string{"none.jsonl"}},
		{"a malformed JSONL dump line", func() []string {
			return []string{write(t, dir, "broken.jsonl", `{"url":"a","text":"Eins."}`+"\n"+`{"url":"b","text":"Zwei.`+"\n")}
		}, nil, []string{"broken.jsonl:2", "not an article"}},
		{"a JSONL dump line without text", func() []string {
			return []string{write(t, dir, "notext.jsonl", `{"url":"a","text":"Eins."}`+"\n"+`{"url":"b"}`+"\n")}
		}, nil, []string{"notext.jsonl:2", `"text" is missing`}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			opts := Options{}
			if tc.opts != nil {
				opts = tc.opts()
			}
			docs, err := collect(t, tc.paths(), opts)
			if err == nil {
				t.Fatalf("no error; read %d articles", len(docs))
			}
			if claimdiff.ErrorCode(err) != claimdiff.EINVALID {
				t.Errorf("error code %q, want invalid: %v", claimdiff.ErrorCode(err), err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

func TestFileOverTheLimitIsRefused(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFileBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = collect(t, []string{p}, Options{})
	if err == nil || !strings.Contains(err.Error(), "huge.txt") || !strings.Contains(err.Error(), "limit") {
		t.Fatalf("err = %v", err)
	}
}

// A page nested thousands of levels deep is refused at once, before the
// parser (whose time grows with the square of the nesting) sees it; a
// deep but reasonable page is read.
func TestDeeplyNestedHTMLIsRefused(t *testing.T) {
	deep := []byte(strings.Repeat("<div>", 100_000) + "<p>Laut Polizei kamen 12 Menschen ums Leben.</p>" + strings.Repeat("</div>", 100_000))
	if _, err := parseHTML(deep, ""); err == nil || !strings.Contains(err.Error(), "nested 100000 levels deep") {
		t.Errorf("err = %v", err)
	}
	shallow := []byte("<html><body>" + strings.Repeat("<div>", 50) + "<p>Laut Polizei kamen 12 Menschen ums Leben, teilte die Behörde am Montag in der Stadt mit. Die Feuerwehr war mit vielen Kräften im Einsatz.</p>" +
		strings.Repeat("<li>item", 5000) + strings.Repeat("</div>", 50) + "</body></html>")
	if p, err := parseHTML(shallow, ""); err != nil || !strings.Contains(p.Text, "12 Menschen") {
		t.Errorf("a reasonable page: %v %q", err, p.Text)
	}
}
