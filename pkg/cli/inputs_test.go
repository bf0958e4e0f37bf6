package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/pkg/pipeline"
)

// runWithin is run that fails the test, rather than hang, when claimdiff
// does not end within a few seconds.
func runWithin(t *testing.T, env *Env, args ...string) int {
	t.Helper()
	done := make(chan int, 1)
	go func() { done <- Main(t.Context(), env, args) }()
	select {
	case code := <-done:
		return code
	case <-time.After(10 * time.Second):
		t.Fatalf("claimdiff %s hangs", strings.Join(args, " "))
		return 0
	}
}

// A named pipe among the inputs is refused by name; nothing waits for it
// and the store is left as it was.
func TestNamedPipeAmongTheInputs(t *testing.T) {
	dir, db := extractedStore(t)
	folder := filepath.Join(dir, "in")
	os.MkdirAll(folder, 0o755)
	os.WriteFile(filepath.Join(folder, "a.txt"), []byte("Laut Polizei kamen 12 Menschen ums Leben."), 0o644)
	fifo := filepath.Join(folder, "b.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	before := fileDigest(t, db)
	for _, args := range [][]string{{"ingest", folder, "--db", db}, {"ingest", fifo, "--db", db}, {"extract", folder}} {
		env, _, errb := testEnv(false)
		if code := runWithin(t, env, args...); code != ExitUsage || !strings.Contains(errb.String(), fifo+": a named pipe") {
			t.Errorf("%s: exit %d: %s", strings.Join(args, " "), code, errb)
		}
	}
	if fileDigest(t, db) != before {
		t.Error("the refused ingest changed the store")
	}
}

// A language claimdiff has no data for is a usage error that lists those
// it has; nothing is stored that a later ingest would skip.
func TestUnsupportedLanguage(t *testing.T) {
	dir, db := extractedStore(t)
	article := filepath.Join(dir, "a.txt")
	os.WriteFile(article, []byte("Laut Polizei kamen 12 Menschen ums Leben."), 0o644)
	dump := filepath.Join(dir, "dump.jsonl")
	os.WriteFile(dump, []byte(`{"language":"xx","text":"Laut Polizei kamen 12 Menschen ums Leben."}`+"\n"), 0o644)
	before := fileDigest(t, db)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"ingest", article, "--lang", "xx", "--db", db}, `--lang "xx" is not a language claimdiff reads: de, en, fr`},
		{[]string{"extract", article, "--lang", "xx"}, `--lang "xx" is not a language claimdiff reads: de, en, fr`},
		{[]string{"ingest", dump, "--db", db}, `dump.jsonl:1: language "xx" is not one claimdiff reads: de, en, fr`},
	} {
		env, _, errb := testEnv(false)
		if code := run(t, env, tc.args...); code != ExitUsage || !strings.Contains(errb.String(), tc.want) {
			t.Errorf("%s: exit %d: %s", strings.Join(tc.args, " "), code, errb)
		}
	}
	if fileDigest(t, db) != before {
		t.Error("a refused ingest changed the store")
	}
	env, out, errb := testEnv(false)
	if code := run(t, env, "ingest", article, "--lang", "de", "--db", db); code != 0 || !strings.Contains(out.String(), "with 1 claim") {
		t.Errorf("the right language: exit %d: %s%s", code, out, errb)
	}
}

// An article of more figures than an article holds keeps the first
// pipeline.MaxClaims, and a warning names it.
func TestClaimsOfOneArticleAreCapped(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := 0; i < pipeline.MaxClaims+100; i++ {
		fmt.Fprintf(&b, "In Ort %d kamen laut Polizei %d Menschen ums Leben.\n", i, 10+i)
	}
	article := filepath.Join(dir, "table.txt")
	os.WriteFile(article, []byte(b.String()), 0o644)
	env, out, errb := testEnv(false)
	code := run(t, env, "ingest", article, "--lang", "de", "--db", filepath.Join(dir, "c.db"), "--no-refresh")
	if code != 0 || !strings.Contains(out.String(), fmt.Sprintf("with %d claims", pipeline.MaxClaims)) ||
		!strings.Contains(errb.String(), fmt.Sprintf("table.txt: %d figures found; only the first %d are kept", pipeline.MaxClaims+100, pipeline.MaxClaims)) {
		t.Errorf("exit %d:\n%s%s", code, out, errb)
	}
}

// Numbers and text no claim holds are refused by import, line by line,
// and the store is left as it was.
func TestImportRefusesWhatNoClaimHolds(t *testing.T) {
	dir, db := extractedStore(t)
	before := fileDigest(t, db)
	const base = `"article":"x.txt","raw":"9000","qualifier":"exact","metric":"troops","subject":"troops","source":"Pat Ryder","source_kind":"official"`
	for _, tc := range []struct{ desc, fields, want string }{
		{"a value too large", `"quote":"q","value":1e308`, `is above 1e+15`},
		{"a fraction of troops", `"quote":"q","value":9000.5`, `is not a whole number`},
		{"no quote", `"value":9000`, `"quote" is empty`},
		{"a NUL in the quote", `"quote":"a\u0000b","value":9000`, `holds a NUL character`},
	} {
		file := filepath.Join(dir, "bad.jsonl")
		os.WriteFile(file, []byte(`{`+base+`,"quote":"Pat Ryder sprach von 9000 Soldaten.","value":9000}`+"\n{"+base+","+tc.fields+"}\n"), 0o644)
		env, _, errb := testEnv(false)
		if code := run(t, env, "import", file, "--db", db); code != ExitUsage || !strings.Contains(errb.String(), "bad.jsonl:2: ") ||
			!strings.Contains(errb.String(), tc.want) {
			t.Errorf("%s: exit %d: %s", tc.desc, code, errb)
		}
		if fileDigest(t, db) != before {
			t.Fatalf("%s: the refused import changed the store", tc.desc)
		}
	}
}
