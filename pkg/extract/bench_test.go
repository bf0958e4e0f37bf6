package extract

import (
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/fixtures"
)

// seedCorpus returns the German seed articles.
func seedCorpus(tb testing.TB) []string {
	tb.Helper()
	return corpus(tb, fixtures.Seeds, ".", "")
}

// corpus returns the .txt files of dir in fsys whose names start with prefix.
func corpus(tb testing.TB, fsys fs.FS, dir, prefix string) []string {
	tb.Helper()
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		tb.Fatal(err)
	}
	var texts []string
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".txt") || !strings.HasPrefix(e.Name(), prefix) {
			continue
		}
		b, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// BenchmarkExtract measures extraction on one core: MB/s of article text,
// and allocations per article.
func BenchmarkExtract(b *testing.B) {
	written := func(from, to int) []string {
		var out []string
		for _, t := range corpus(b, fixtures.Written, "written", "w") {
			out = append(out, t)
		}
		return out[from:to]
	}
	dev := devCorpus(b)
	for _, tc := range []struct {
		name  string
		lang  string
		texts []string
	}{
		{"seeds-de", "de", seedCorpus(b)},
		{"written-de", "de", written(0, 16)},
		{"written-en", "en", written(16, 32)},
		{"written-fr", "fr", corpus(b, fixtures.WrittenFR, "written-fr", "f")},
		{"devset-de", "de", dev["de"]},
		{"devset-en", "en", dev["en"]},
	} {
		b.Run(tc.name, func(b *testing.B) {
			if len(tc.texts) == 0 {
				b.Skip("no dev set at ../shared/devset (set CLAIMDIFF_DEVSET=folder)")
			}
			n := 0
			for _, t := range tc.texts {
				n += len(t)
			}
			b.SetBytes(int64(n))
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, t := range tc.texts {
					Extract(t, Meta{Language: tc.lang})
				}
			}
			b.StopTimer()
			runtime.ReadMemStats(&after)
			articles := float64(b.N * len(tc.texts))
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/articles, "allocs/article")
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/articles, "B/article")
		})
	}
}

// devCorpus reads the dev set's articles by language, when it is there:
// $CLAIMDIFF_DEVSET, else ../shared/devset beside the repository.
func devCorpus(tb testing.TB) map[string][]string {
	tb.Helper()
	dir := os.Getenv("CLAIMDIFF_DEVSET")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "devset")
	}
	data, err := os.ReadFile(filepath.Join(dir, "manifest.jsonl"))
	if err != nil {
		return nil
	}
	out := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var m struct{ Article, Language string }
		if json.Unmarshal([]byte(line), &m) != nil {
			continue
		}
		text, err := os.ReadFile(filepath.Join(dir, "articles", m.Article))
		if err != nil {
			continue
		}
		out[m.Language] = append(out[m.Language], string(text))
	}
	return out
}
