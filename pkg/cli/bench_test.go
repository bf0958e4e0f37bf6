package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/pkg/ingest"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
	"github.com/claimdiff/claimdiff/pkg/synth"
)

// benchStore returns a store of the synthetic corpus holding about claims
// claims, built once and kept in the temporary folder for later runs (it
// takes a while to write; remove claimdiff-bench-*.db to rebuild).
func benchStore(b *testing.B, claims int) string {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("claimdiff-bench-%d-v3.db", claims))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".part"
	os.Remove(tmp)
	ctx := context.Background()
	db, err := sqlite.Open(ctx, tmp)
	if err != nil {
		b.Fatal(err)
	}
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
	stats, err := w.Commit()
	if err != nil {
		b.Fatal(err)
	}
	db.Close()
	b.Logf("built %s: %d articles, %d claims", path, stats.Articles, stats.Claims)
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path
}

// benchCommand runs a claimdiff command over the million-claim store, its
// output discarded.
func benchCommand(b *testing.B, args ...string) {
	benchCommandDB(b, benchStore(b, 1_000_000), args...)
}

func benchCommandDB(b *testing.B, db string, args ...string) {
	env, _, errb := testEnv(false)
	env.IO.Out = io.Discard
	runtime.GC()
	resetPeakRSS()
	b.ResetTimer()
	for b.Loop() {
		if code := Main(context.Background(), env, append(args, "--db", db)); code != 0 {
			b.Fatalf("exit %d: %s", code, errb)
		}
	}
	if mb := peakRSSMB(); mb > 0 {
		b.ReportMetric(mb, "peak-RSS-MB")
	}
}

// resetPeakRSS starts the process's peak resident memory afresh (Linux).
func resetPeakRSS() { os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSSMB is the process's peak resident memory since resetPeakRSS, in
// MB; 0 where the system does not tell.
func peakRSSMB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 64)
			return kb / 1024
		}
	}
	return 0
}

// BenchmarkConflicts1M is 'claimdiff conflicts' (the table) over a store
// of a million claims.
func BenchmarkConflicts1M(b *testing.B) { benchCommand(b, "conflicts") }

// BenchmarkConflictsJSON1M is 'claimdiff conflicts --format json' over a
// store of a million claims: every claim in dispute read back whole.
func BenchmarkConflictsJSON1M(b *testing.B) { benchCommand(b, "conflicts", "--format", "json") }

// BenchmarkWeekly1M is 'claimdiff weekly' over a store of a million claims.
func BenchmarkWeekly1M(b *testing.B) {
	benchCommand(b, "weekly", "--week", "2025-W20", "--against", "2025-W19")
}
