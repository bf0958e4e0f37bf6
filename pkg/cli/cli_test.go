package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/fixtures"
)

// testEnv is an Env with buffers for streams, a fixed clock and an empty
// environment.
func testEnv(tty bool) (*Env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &Env{
		IO:     IOStreams{In: strings.NewReader(""), Out: &out, Err: &errb, OutTTY: tty, ErrTTY: false},
		Now:    func() time.Time { return time.Date(2024, 11, 20, 9, 0, 0, 0, time.UTC) },
		Getenv: func(string) string { return "" },
	}, &out, &errb
}

func run(t *testing.T, env *Env, args ...string) int {
	t.Helper()
	return Main(context.Background(), env, args)
}

// seededStore returns a store holding the seed articles and their gold claims.
func seededStore(t *testing.T) (dir, db string) {
	t.Helper()
	dir = t.TempDir()
	seeds := filepath.Join(dir, "seeds")
	if err := fixtures.WriteDir(fixtures.Seeds, seeds); err != nil {
		t.Fatal(err)
	}
	db = filepath.Join(dir, "c.db")
	env, _, errb := testEnv(false)
	if code := run(t, env, "ingest", seeds, "--no-extract", "--db", db); code != 0 {
		t.Fatalf("ingest: %d %s", code, errb)
	}
	if code := run(t, env, "import", filepath.Join(seeds, fixtures.SeedsGold), "--db", db); code != 0 {
		t.Fatalf("import: %d %s", code, errb)
	}
	return dir, db
}

func TestClaimsOnATerminalAndInAPipe(t *testing.T) {
	_, db := seededStore(t)

	env, out, _ := testEnv(true)
	if code := run(t, env, "claims", "--db", db, "--article", "001_bb2f8355f90a2314.txt"); code != 0 {
		t.Fatal(code)
	}
	tty := out.String()
	if !strings.Contains(tty, "┌") || !strings.Contains(tty, "SOURCE") || !strings.Contains(tty, "Antony Blinken") {
		t.Errorf("terminal output is not a table with a header:\n%s", tty)
	}

	env, out, _ = testEnv(false)
	run(t, env, "claims", "--db", db, "--article", "001_bb2f8355f90a2314.txt")
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 6 {
		t.Fatalf("piped output has %d lines, want one per claim (6):\n%s", len(lines), out)
	}
	for _, l := range lines {
		if strings.ContainsAny(l, "┌│") || len(strings.Split(l, "\t")) != 10 {
			t.Errorf("piped line is not 10 tab-separated fields: %q", l)
		}
	}
	if strings.Contains(out.String(), "SOURCE") {
		t.Error("piped output carries the header")
	}
}

func TestEvalOnATerminalAndInAPipe(t *testing.T) {
	dir, db := seededStore(t)
	gold := filepath.Join(dir, "seeds", fixtures.SeedsGold)
	env, out, _ := testEnv(true)
	run(t, env, "eval", "--db", db, "--gold", gold)
	if !strings.Contains(out.String(), "│ F1") {
		t.Errorf("terminal:\n%s", out)
	}
	env, out, _ = testEnv(false)
	run(t, env, "eval", "--db", db, "--gold", gold)
	if !strings.Contains(out.String(), "F1\t1.000\t") {
		t.Errorf("pipe:\n%s", out)
	}
}

func TestIngestReportsProgressOnlyOnATerminal(t *testing.T) {
	dir := t.TempDir()
	if err := fixtures.WriteDir(fixtures.Seeds, dir); err != nil {
		t.Fatal(err)
	}
	for _, tty := range []bool{false, true} {
		env, out, errb := testEnv(false)
		env.IO.ErrTTY = tty
		db := filepath.Join(t.TempDir(), "p.db")
		if code := run(t, env, "ingest", dir, "--db", db); code != 0 {
			t.Fatal(code, errb)
		}
		if got := strings.Contains(errb.String(), "% of ") && strings.Contains(errb.String(), " left"); got != tty {
			t.Errorf("tty=%v: progress shown = %v: %q", tty, got, errb)
		}
		if !strings.HasPrefix(out.String(), "ingested 5 articles") {
			t.Errorf("summary: %q", out)
		}
	}
}

func TestExitCodes(t *testing.T) {
	_, db := seededStore(t)
	for _, tc := range []struct {
		desc string
		args []string
		code int
	}{
		{"success", []string{"claims", "--db", db}, ExitOK},
		{"an unknown flag", []string{"claims", "--colour"}, ExitUsage},
		{"an unknown command", []string{"frobnicate"}, ExitUsage},
		{"a bad format", []string{"claims", "--db", db, "--format", "xml"}, ExitUsage},
		{"a missing input file", []string{"ingest", "--db", db, "no-such.txt"}, ExitUsage},
		{"no store", []string{"claims", "--db", filepath.Join(t.TempDir(), "none.db")}, ExitNotFound},
		{"a missing gold file", []string{"eval", "--db", db, "--gold", filepath.Join(t.TempDir(), "g.jsonl")}, ExitUsage},
		{"eval without --gold", []string{"eval", "--db", db}, ExitUsage},
	} {
		env, _, errb := testEnv(false)
		if code := run(t, env, tc.args...); code != tc.code {
			t.Errorf("%s: exit %d, want %d (%s)", tc.desc, code, tc.code, errb)
		}
		if tc.code != 0 && !strings.HasPrefix(errb.String(), "claimdiff: ") {
			t.Errorf("%s: error not printed as 'claimdiff: …': %q", tc.desc, errb)
		}
	}
}

func TestEvalThresholds(t *testing.T) {
	dir, db := seededStore(t)
	gold := filepath.Join(dir, "seeds", fixtures.SeedsGold)
	env, _, _ := testEnv(false)
	if code := run(t, env, "eval", "--db", db, "--gold", gold, "--min-f1", "0.99", "--min-sourced-f1", "0.99"); code != ExitOK {
		t.Errorf("perfect score below threshold: %d", code)
	}
	empty := filepath.Join(dir, "empty.db")
	run(t, env, "ingest", filepath.Join(dir, "seeds"), "--no-extract", "--db", empty)
	env, _, errb := testEnv(false)
	if code := run(t, env, "eval", "--db", empty, "--gold", gold, "--min-f1", "0.5"); code != ExitBelow {
		t.Errorf("no claims: exit %d, want %d (%s)", code, ExitBelow, errb)
	}
}

// The demo extracts the seeds' claims and finds the two disputes the
// comparison semantics name: North Korean troops in Kursk and in Russia.
func TestDemo(t *testing.T) {
	env, out, errb := testEnv(false)
	if code := run(t, env, "demo"); code != 0 {
		t.Fatalf("demo: %d %s", code, errb)
	}
	if n := strings.Count(out.String(), "\nd-"); n != 2 {
		t.Errorf("demo shows %d disputes, want 2:\n%s", n, out)
	}
	for _, want := range []string{"ingested 5 articles", "north korean troops in Kursk", "north korean troops in Russia", "Volodymyr Zelensky"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
}
