package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// importedArticles is a store of claims imported with their articles' URLs
// and titles: Pat Ryder's figure in two articles of one site without an
// outlet, Zelensky's in an article known by its file name alone. Each also
// gives the Pentagon's count of the killed, which tells that the three
// articles are one story.
func importedArticles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	db, file := filepath.Join(dir, "a.db"), filepath.Join(dir, "claims.jsonl")
	rec := func(article, url, title, source string, v int) string {
		var out string
		for _, metric := range []string{"troops", "killed"} {
			m := map[string]any{"article": article, "quote": source + " nannte die Zahl.", "raw": "x", "qualifier": "exact", "value": v,
				"metric": metric, "subject": "north korean troops", "location": "Kursk", "source": source, "source_kind": "official",
				"published": "2024-11-12", "stated_on": "2024-11-12"}
			if metric == "killed" {
				m["value"], m["source"], m["quote"] = 200, "Pentagon", "Das Pentagon nannte 200 Tote."
			}
			if url != "" {
				m["url"], m["title"] = url, title
			}
			b, _ := json.Marshal(m)
			out += string(b) + "\n"
		}
		return out
	}
	lines := rec("k1.txt", "https://www.krone.at/1", "Zehntausend in Kursk", "Pat Ryder", 10000) +
		rec("k2.txt", "https://www.krone.at/2", "Noch einmal zehntausend", "Pat Ryder", 10000) +
		rec("z.txt", "", "", "Volodymyr Zelensky", 12000)
	if err := os.WriteFile(file, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	env, _, errb := testEnv(false)
	if code := run(t, env, "import", file, "--db", db); code != 0 {
		t.Fatalf("import: %s", errb)
	}
	return db
}

// Two articles of one site without an outlet are one outlet, named by the
// site's host, in the comparison's tables as in the JSON that reads the
// claims back; an article known by neither outlet nor URL is "unknown
// outlet", never its file name.
func TestOutletsAreNamedByHostNotFile(t *testing.T) {
	db := importedArticles(t)
	env, out, errb := testEnv(false)
	if code := run(t, env, "conflicts", "--db", db, "--format", "md"); code != 0 {
		t.Fatalf("conflicts: %s", errb)
	}
	if !strings.Contains(out.String(), "Pat Ryder 10,000 ·") || strings.Contains(out.String(), "outlets)") {
		t.Errorf("two articles of krone.at are one outlet:\n%s", out)
	}
	for _, args := range [][]string{{"conflicts"}, {"weekly", "--week", "2024-W46"}} {
		env, out, errb := testEnv(false)
		if code := run(t, env, append(args, "--db", db, "--format", "json")...); code != 0 {
			t.Fatalf("%s: %s", args[0], errb)
		}
		s := out.String()
		for _, want := range []string{`"krone.at"`, `"unknown outlet"`, `"url": "https://www.krone.at/1"`, `"title": "Zehntausend in Kursk"`} {
			if !strings.Contains(s, want) {
				t.Errorf("%s --format json lacks %s:\n%s", args[0], want, s)
			}
		}
		if strings.Contains(s, `"z.txt"`+"\n") || strings.Contains(s, `"k1.txt"`+"\n") {
			t.Errorf("%s --format json names an outlet by its file:\n%s", args[0], s)
		}
	}
}

// brief --format claimreview takes the reviewer from --reviewer, else from
// $CLAIMDIFF_REVIEWER, and the page from --review-url; what it lacks it
// leaves out, with a note.
func TestBriefClaimReviewReviewerAndPage(t *testing.T) {
	db := importedArticles(t)
	id := disputeID(t, db, "Kursk")
	for _, tc := range []struct {
		desc      string
		args      []string
		env       string
		want      []string
		never     []string
		wantNotes []string
	}{
		{desc: "flags", args: []string{"--reviewer", "Faktencheck Nord", "--review-url", "https://factcheck.example/kursk"},
			want: []string{`"url": "https://factcheck.example/kursk#claim-1"`, `"name": "Faktencheck Nord"`, `"datePublished": "2024-11-20"`,
				`"headline": "Zehntausend in Kursk"`, `"url": "https://www.krone.at/1"`}},
		{desc: "the environment names the reviewer", env: "Prüfstelle", want: []string{`"name": "Prüfstelle"`},
			never: []string{`"url": "https://factcheck`}, wantNotes: []string{`no "url"`}},
		{desc: "a flag before the environment", args: []string{"--reviewer", "Faktencheck Nord"}, env: "Prüfstelle",
			want: []string{`"name": "Faktencheck Nord"`}, never: []string{"Prüfstelle"}, wantNotes: []string{`no "url"`}},
		{desc: "neither", never: []string{`"url": "https://factcheck`, `"Organization",` + "\n" + `      "name": ""`},
			wantNotes: []string{`no "url"`, `no "author"`, "--reviewer", "--review-url"}},
	} {
		env, out, errb := testEnv(false)
		env.Getenv = func(k string) string {
			if k == reviewerEnv {
				return tc.env
			}
			return ""
		}
		args := append([]string{"brief", id, "--db", db, "--format", "claimreview"}, tc.args...)
		if code := run(t, env, args...); code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.desc, code, errb)
		}
		for _, w := range tc.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: lacks %s:\n%s", tc.desc, w, out)
			}
		}
		for _, n := range tc.never {
			if strings.Contains(out.String(), n) {
				t.Errorf("%s: holds %s:\n%s", tc.desc, n, out)
			}
		}
		for _, w := range tc.wantNotes {
			if !strings.Contains(errb.String(), w) {
				t.Errorf("%s: no note saying %s: %q", tc.desc, w, errb)
			}
		}
		if len(tc.wantNotes) == 0 && errb.Len() > 0 {
			t.Errorf("%s: notes %q", tc.desc, errb)
		}
	}
	for _, args := range [][]string{
		{"--format", "claimreview", "--review-url", "javascript:alert(1)"},
		{"--format", "claimreview", "--review-url", "factcheck.example/kursk"},
		{"--format", "json", "--reviewer", "Faktencheck Nord"},
	} {
		env, _, errb := testEnv(false)
		if code := run(t, env, append([]string{"brief", id, "--db", db}, args...)...); code != 2 {
			t.Errorf("%v: exit %d, want 2 (a usage error): %s", args, code, errb)
		}
	}
}
