package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/fixtures"
)

// Ctrl-C during an ingest stores nothing, says so, and exits with 130.
func TestInterruptedIngestStoresNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs processes")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "i.db")
	small, big := filepath.Join(dir, "small.jsonl"), filepath.Join(dir, "big.jsonl")
	writeCorpus(t, small, 20, 5)
	writeCorpus(t, big, 20000, 6)
	if out, err := claimdiffCmd("ingest", small, "--db", db).CombinedOutput(); err != nil {
		t.Fatalf("first ingest: %v\n%s", err, out)
	}
	before := storeCounts(t, db)

	cmd := claimdiffCmd("ingest", big, "--db", db)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Interrupt it in the middle: it has opened the store (its write-ahead
	// log is there) and is some way into the 20,000 articles.
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := os.Stat(db + "-wal"); err == nil {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != ExitInterrupted {
		t.Errorf("exit %d, want %d: %s", code, ExitInterrupted, stderr.String())
	}
	if got := stderr.String(); got != "claimdiff: interrupted: nothing was stored\n" {
		t.Errorf("stderr: %q", got)
	}
	if after := storeCounts(t, db); after != before {
		t.Errorf("after Ctrl-C: %+v, before: %+v", after, before)
	}
	if out, err := claimdiffCmd("check", "--db", db).CombinedOutput(); err != nil {
		t.Errorf("check after Ctrl-C: %v\n%s", err, out)
	}
}

// Ctrl-C during an import blames no input: it says nothing was stored.
func TestInterruptedImportBlamesNoInput(t *testing.T) {
	dir := t.TempDir()
	if err := fixtures.WriteDir(fixtures.Seeds, filepath.Join(dir, "seeds")); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "seeds", fixtures.SeedsGold)
	// A store to import into, and a clock that stands for the moment the
	// user presses Ctrl-C: the import's first look at it is after its
	// transaction began.
	other := filepath.Join(dir, "other.db")
	env, _, errb := testEnv(false)
	if code := run(t, env, "ingest", filepath.Join(dir, "seeds"), "--no-extract", "--db", other); code != 0 {
		t.Fatal(errb)
	}
	before := fileDigest(t, other)
	ctx, cancel := context.WithCancel(context.Background())
	env, out, errb := testEnv(false)
	now := env.Now
	env.Now = func() time.Time { cancel(); return now() }
	code := Main(ctx, env, []string{"import", gold, "--db", other})
	if code != ExitInterrupted || errb.String() != "claimdiff: interrupted: nothing was stored\n" {
		t.Errorf("exit %d, want %d:\n%s%s", code, ExitInterrupted, out, errb)
	}
	if fileDigest(t, other) != before {
		t.Error("the interrupted import changed the store")
	}
}
