package extract

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/fixtures"
)

// seedCorpus returns the German seed articles.
func seedCorpus(tb testing.TB) []string {
	tb.Helper()
	var texts []string
	err := fs.WalkDir(fixtures.Seeds, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".txt") {
			return err
		}
		b, err := fs.ReadFile(fixtures.Seeds, path)
		texts = append(texts, string(b))
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return texts
}

// BenchmarkExtractGerman measures extraction on the German seed articles,
// one core; MB/s is of article text.
func BenchmarkExtractGerman(b *testing.B) {
	texts := seedCorpus(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Extract(t, Meta{Language: "de"})
		}
	}
}
