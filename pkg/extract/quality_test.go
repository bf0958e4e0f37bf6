package extract

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/fixtures"
	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/eval"
	"github.com/claimdiff/claimdiff/pkg/ingest"
)

// TestQualityBar holds the extractor to its bar on the bundled gold sets:
// F1 ≥ 0.95 and sourced F1 ≥ 0.90 and qualifier accuracy ≥ 0.95 on the
// seeds, F1 ≥ 0.90 and sourced F1 ≥ 0.80 on the written articles.
func TestQualityBar(t *testing.T) {
	for _, tc := range []struct {
		name             string
		fsys             fs.FS
		dir, gold        string
		f1, sourced, qua float64
	}{
		{"seeds", fixtures.Seeds, ".", fixtures.SeedsGold, 0.95, 0.90, 0.95},
		{"written", fixtures.Written, "written", fixtures.WrittenGold, 0.90, 0.80, 0.95},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pred := extractDir(t, tc.fsys, tc.dir)
			gold := readGold(t, tc.fsys, tc.gold)
			r := eval.Score(gold, pred)
			t.Logf("%s: precision %.3f recall %.3f F1 %.3f sourced F1 %.3f qualifier %.3f location %.3f subject %.3f",
				tc.name, r.Precision, r.Recall, r.F1, r.SourcedF1, r.QualifierAcc, r.LocationAcc, r.SubjAcc)
			if r.F1 < tc.f1 || r.SourcedF1 < tc.sourced || r.QualifierAcc < tc.qua {
				t.Errorf("F1 %.3f (bar %.2f), sourced F1 %.3f (bar %.2f), qualifier accuracy %.3f (bar %.2f)",
					r.F1, tc.f1, r.SourcedF1, tc.sourced, r.QualifierAcc, tc.qua)
			}
		})
	}
}

func extractDir(t *testing.T, fsys fs.FS, dir string) []claimdiff.Claim {
	t.Helper()
	meta := map[string]Meta{}
	data, err := fs.ReadFile(fsys, path.Join(dir, "manifest.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var m struct{ Article, Outlet, Published, Language string }
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatal(err)
		}
		pub, _ := ingest.ParseTime(m.Published)
		meta[m.Article] = Meta{Key: m.Article, Outlet: m.Outlet, Published: pub, Language: m.Language}
	}
	var claims []claimdiff.Claim
	entries, _ := fs.ReadDir(fsys, dir)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		text, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		claims = append(claims, Extract(ingest.Normalize(string(text)), meta[e.Name()])...)
	}
	return claims
}

func readGold(t *testing.T, fsys fs.FS, name string) []claimdiff.Claim {
	t.Helper()
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		t.Fatal(err)
	}
	var gold []claimdiff.Claim
	for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		c, err := claimdiff.DecodeClaim(line)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		gold = append(gold, c)
	}
	return gold
}
