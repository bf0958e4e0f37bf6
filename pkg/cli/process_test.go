package cli

import (
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// These tests run claimdiff as real processes (this test binary, started
// with asMainEnv set): two at once on one store, and one killed mid-ingest.

// claimdiffCmd is claimdiff with args as a process of its own.
func claimdiffCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), asMainEnv+"=1")
	return cmd
}

// writeCorpus writes n synthetic articles from seed as a JSONL dump.
func writeCorpus(t *testing.T, path string, n int, seed uint64) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	env, _, _ := testEnv(false)
	env.IO.Out = f
	if err := synthRun(context.Background(), &SynthOptions{Env: env, Articles: n, Seed: seed}); err != nil {
		t.Fatal(err)
	}
}

// storeCounts reads a store's counts as a reader would.
func storeCounts(t *testing.T, path string) sqlite.Counts {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c, err := db.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Two ingests into one store at once both finish; an article both carry is
// stored once; conflicts answers while they write.
func TestConcurrentIngests(t *testing.T) {
	if testing.Short() {
		t.Skip("runs processes")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "shared.db")
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	writeCorpus(t, a, 1500, 1)
	writeCorpus(t, b, 1500, 2)
	// The first 300 articles of a are in b too.
	data, _ := os.ReadFile(a)
	lines := strings.SplitAfter(string(data), "\n")
	extra, _ := os.ReadFile(b)
	if err := os.WriteFile(b, []byte(strings.Join(lines[:300], "")+string(extra)), 0o644); err != nil {
		t.Fatal(err)
	}

	var wg sync.WaitGroup
	errs := make([]error, 2)
	outs := make([][]byte, 2)
	for i, corpus := range []string{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i], errs[i] = claimdiffCmd("ingest", corpus, "--db", db).CombinedOutput()
		}()
	}
	// A reader while they write: it must answer, not wait for them — once
	// the store exists (an empty file is a store still being made, which
	// conflicts rightly calls none).
	time.Sleep(300 * time.Millisecond)
	for i := 0; i < 100; i++ {
		if st, err := os.Stat(db); err == nil && st.Size() > 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if st, err := os.Stat(db); err == nil && st.Size() > 0 {
		out, err := claimdiffCmd("conflicts", "--db", db).CombinedOutput()
		if err != nil {
			t.Errorf("conflicts during the ingests: %v\n%s", err, out)
		}
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("ingest %d: %v\n%s", i, err, outs[i])
		}
	}
	if c := storeCounts(t, db); c.Articles != 3000 {
		t.Errorf("%d articles stored, want 3000 (1500 + 1500, the 300 in both once)", c.Articles)
	}
	if out, err := claimdiffCmd("check", "--db", db).CombinedOutput(); err != nil {
		t.Errorf("check after the ingests: %v\n%s", err, out)
	}
}

// kill -9 in the middle of an ingest leaves the store as it was before
// that ingest began.
func TestKilledIngestLeavesTheStore(t *testing.T) {
	if testing.Short() {
		t.Skip("runs processes")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "crash.db")
	small, big := filepath.Join(dir, "small.jsonl"), filepath.Join(dir, "big.jsonl")
	writeCorpus(t, small, 50, 3)
	writeCorpus(t, big, 20000, 4)
	if out, err := claimdiffCmd("ingest", small, "--db", db).CombinedOutput(); err != nil {
		t.Fatalf("first ingest: %v\n%s", err, out)
	}
	before := storeCounts(t, db)

	cmd := claimdiffCmd("ingest", big, "--db", db)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once it has written: when the store's write-ahead log grows.
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if info, err := os.Stat(db + "-wal"); err == nil && info.Size() > 1<<20 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("the ingest was not killed (it ended: %v); make the corpus larger", err)
	}

	if after := storeCounts(t, db); after != before {
		t.Errorf("after kill -9: %+v, before: %+v", after, before)
	}
	if out, err := claimdiffCmd("check", "--db", db).CombinedOutput(); err != nil {
		t.Errorf("check after kill -9: %v\n%s", err, out)
	}
	raw, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var runs, finished int
	raw.QueryRow(`SELECT COUNT(*), COUNT(finished_at) FROM ingest_runs`).Scan(&runs, &finished)
	if runs != finished {
		t.Errorf("%d ingest runs recorded, %d finished: the killed one left a trace", runs, finished)
	}
}
