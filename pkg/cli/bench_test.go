package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/pkg/compare"
	"github.com/claimdiff/claimdiff/pkg/ingest"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
	"github.com/claimdiff/claimdiff/pkg/synth"
)

// The benchmarks here run claimdiff as a process of its own — this test
// binary, started with asMainEnv set — so that they measure what a user
// runs, start-up included, and its peak resident memory alone.

// asMainEnv makes the test binary run claimdiff's Main (see TestMain).
const asMainEnv = "CLAIMDIFF_TEST_AS_MAIN"

// runClaimdiff runs claimdiff with args in a process of its own and
// returns its wall time and peak resident memory in MB.
func runClaimdiff(tb testing.TB, env []string, args ...string) (time.Duration, float64) {
	tb.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(append(os.Environ(), asMainEnv+"=1"), env...)
	cmd.Stdout = io.Discard
	var stderr limitedBuffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		tb.Fatalf("claimdiff %v: %v\n%s", args, err, stderr.b)
	}
	elapsed := time.Since(start)
	rss := 0.0
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = float64(ru.Maxrss) / 1024 // kilobytes on Linux
	}
	return elapsed, rss
}

type limitedBuffer struct{ b []byte }

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if len(l.b) < 64<<10 {
		l.b = append(l.b, p...)
	}
	return len(p), nil
}

// cached returns the file name in the temporary folder for a benchmark
// input, and whether it is there already.
func cached(name string) (string, bool) {
	path := filepath.Join(os.TempDir(), name)
	_, err := os.Stat(path)
	return path, err == nil
}

// benchCorpus returns the synthetic corpus of n articles as a JSONL dump,
// written once.
func benchCorpus(b *testing.B, n int) string {
	b.Helper()
	path, ok := cached(fmt.Sprintf("claimdiff-corpus-%d-v2.jsonl", n))
	if ok {
		return path
	}
	f, err := os.Create(path + ".part")
	if err != nil {
		b.Fatal(err)
	}
	env, _, _ := testEnv(false)
	env.IO.Out = f
	if err := synthRun(context.Background(), &SynthOptions{Env: env, Articles: n, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(path+".part", path); err != nil {
		b.Fatal(err)
	}
	return path
}

// benchStore returns a store of the synthetic corpus holding about claims
// claims, its claims stored as the corpus gives them (not extracted), built
// once and kept in the temporary folder for later runs.
func benchStore(b *testing.B, claims int) string {
	b.Helper()
	path, ok := cached(fmt.Sprintf("claimdiff-bench-%d-v7.db", claims))
	if ok {
		return path
	}
	tmp := path + ".part"
	os.Remove(tmp)
	ctx := context.Background()
	db, err := sqlite.Open(ctx, tmp)
	if err != nil {
		b.Fatal(err)
	}
	db.PartOf, db.PartScheme = compare.PartOf, compare.PartScheme
	w, err := db.Begin(ctx, "import")
	if err != nil {
		b.Fatal(err)
	}
	cfg := synth.Config{Articles: claims / synth.Defaults.ClaimsPerArticle}
	err = synth.Generate(cfg, func(d *synth.Doc) error {
		d.Article.SHA256 = ingest.Digest(ingest.Normalize(d.Article.Text))
		_, err := w.AddArticle(&d.Article, d.Claims)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := w.Commit(); err != nil {
		b.Fatal(err)
	}
	db.Close()
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkIngest100k ingests the 100,000-article synthetic corpus into a
// new store, end to end: reading, extraction, SQLite. "all-cores" extracts
// on every core; "one-core" runs with GOMAXPROCS=1; "reingest" runs the
// ingest again on the store "all-cores" wrote, every article stored already.
func BenchmarkIngest100k(b *testing.B) {
	const n = 100_000
	corpus := benchCorpus(b, n)
	info, _ := os.Stat(corpus)
	var store string
	for _, c := range []struct {
		name string
		env  []string
	}{{"all-cores", nil}, {"one-core", []string{"GOMAXPROCS=1"}}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				db := filepath.Join(b.TempDir(), "ingest.db")
				elapsed, rss := runClaimdiff(b, c.env, "ingest", corpus, "--db", db)
				b.ReportMetric(n/elapsed.Seconds(), "articles/s")
				b.ReportMetric(float64(info.Size())/1e6/elapsed.Seconds(), "MB/s")
				b.ReportMetric(rss, "peak-RSS-MB")
				if c.name == "all-cores" {
					store = filepath.Join(os.TempDir(), "claimdiff-bench-reingest.db")
					copyFile(b, db, store)
				}
			}
		})
	}
	b.Run("reingest", func(b *testing.B) {
		if store == "" {
			b.Skip("needs the store of all-cores")
		}
		defer os.Remove(store)
		for b.Loop() {
			elapsed, rss := runClaimdiff(b, nil, "ingest", corpus, "--db", store)
			b.ReportMetric(n/elapsed.Seconds(), "articles/s")
			b.ReportMetric(rss, "peak-RSS-MB")
		}
	})
}

// benchCommand runs a claimdiff command over the million-claim store.
func benchCommand(b *testing.B, args ...string) {
	db := benchStore(b, 1_000_000)
	for b.Loop() {
		elapsed, rss := runClaimdiff(b, nil, append(args, "--db", db)...)
		b.ReportMetric(elapsed.Seconds(), "s/run")
		b.ReportMetric(rss, "peak-RSS-MB")
	}
}

// BenchmarkConflicts1M is 'claimdiff conflicts' (the table) over a store
// of a million claims: "recompute" compares every part of the store,
// "cached" reads what the last run found. "after-one-article" ingests one
// more article, which finds the disputes of the parts it changed again,
// then runs conflicts; "after-one-article-no-refresh" ingests it with
// --no-refresh, so that conflicts compares those parts itself. Each of
// these adds five articles, one at a time, and reports the mean and the
// slowest conflicts, and the mean ingest.
func BenchmarkConflicts1M(b *testing.B) {
	b.Run("recompute", func(b *testing.B) { benchCommand(b, "conflicts", "--recompute") })
	b.Run("cached", func(b *testing.B) { benchCommand(b, "conflicts") })
	b.Run("after-one-article", func(b *testing.B) { benchOneMore(b) })
	b.Run("after-one-article-no-refresh", func(b *testing.B) { benchOneMore(b, "--no-refresh") })
}

func benchOneMore(b *testing.B, ingestFlags ...string) {
	const articles = 5
	base := benchStore(b, 1_000_000)
	db := filepath.Join(b.TempDir(), "incremental.db")
	copyFile(b, base, db)
	runClaimdiff(b, nil, "conflicts", "--db", db) // the kept results, as a user's last run left them
	seed := uint64(1000)
	for b.Loop() {
		var ingest, conflicts, slowest time.Duration
		var rss float64
		for range articles {
			b.StopTimer()
			seed++
			article := filepath.Join(b.TempDir(), "article.jsonl")
			f, err := os.Create(article)
			if err != nil {
				b.Fatal(err)
			}
			env, _, _ := testEnv(false)
			env.IO.Out = f
			if err := synthRun(context.Background(), &SynthOptions{Env: env, Articles: 1, Seed: seed}); err != nil {
				b.Fatal(err)
			}
			f.Close()
			elapsed, _ := runClaimdiff(b, nil, append([]string{"ingest", article, "--db", db}, ingestFlags...)...)
			ingest += elapsed
			b.StartTimer()
			elapsed, peak := runClaimdiff(b, nil, "conflicts", "--db", db)
			conflicts += elapsed
			slowest, rss = max(slowest, elapsed), max(rss, peak)
		}
		b.ReportMetric(float64(conflicts.Milliseconds())/articles, "ms/run")
		b.ReportMetric(float64(slowest.Milliseconds()), "slowest-ms")
		b.ReportMetric(float64(ingest.Milliseconds())/articles, "ingest-ms")
		b.ReportMetric(rss, "peak-RSS-MB")
	}
}

func copyFile(b *testing.B, from, to string) {
	b.Helper()
	in, err := os.Open(from)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkConflictsJSON1M is 'claimdiff conflicts --format json' over a
// store of a million claims: every claim in dispute read back whole.
func BenchmarkConflictsJSON1M(b *testing.B) { benchCommand(b, "conflicts", "--format", "json") }

// BenchmarkWeekly1M is 'claimdiff weekly' over a store of a million claims.
func BenchmarkWeekly1M(b *testing.B) {
	benchCommand(b, "weekly", "--week", "2025-W20", "--against", "2025-W19")
}
