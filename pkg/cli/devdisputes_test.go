package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDevSetDisputes measures the disputes on the dev set, when it is there
// ($CLAIMDIFF_DEVSET, else ../shared/devset beside the repository): the
// disputes found among the hand-checked claims and among the extracted
// ones, how many of either pool articles of different events (events.json),
// how many of the hand-checked disputes the extracted claims find, and how
// many of the extracted disputes are real. Each is measured with the
// articles as they come (most undated) and with every article dated
// (dates.json). 'make eval-dev' prints the figures.
//
// It fails when a dispute among the hand-checked claims pools two events:
// grouping into stories must keep the events apart where the claims are
// right; and when, with the articles as they come (most undated), one
// among the extracted claims does.
func TestDevSetDisputes(t *testing.T) {
	dir := os.Getenv("CLAIMDIFF_DEVSET")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "devset")
	}
	if _, err := os.Stat(filepath.Join(dir, "events.json")); err != nil {
		t.Skip("no dev set with events.json (set CLAIMDIFF_DEVSET=folder)")
	}
	events := readJSONMap(t, filepath.Join(dir, "events.json"))
	dated := datedManifest(t, dir)
	for _, mode := range []struct{ name, manifest string }{
		{"as they come", filepath.Join(dir, "manifest.jsonl")},
		{"all dated", dated},
	} {
		tmp := t.TempDir()
		gold, pred := filepath.Join(tmp, "gold.db"), filepath.Join(tmp, "pred.db")
		articles := filepath.Join(dir, "articles")
		mustRun(t, "ingest", articles, "--manifest", mode.manifest, "--no-extract", "--db", gold)
		mustRun(t, "import", filepath.Join(dir, "gold.jsonl"), "--db", gold)
		mustRun(t, "ingest", articles, "--manifest", mode.manifest, "--db", pred)
		g, p := disputesOf(t, gold), disputesOf(t, pred)
		found, real := 0, 0
		for _, x := range g {
			if matchesAny(x, p) {
				found++
			}
		}
		for _, x := range p {
			if matchesAny(x, g) {
				real++
			}
		}
		gx, px := acrossEvents(g, events), acrossEvents(p, events)
		fmt.Printf("dev set disputes, %s: hand-checked claims %d (%d across events); extracted claims %d (%d across events);"+
			" found %d of the hand-checked, %d of the extracted are real\n", mode.name, len(g), gx, len(p), px, found, real)
		if gx > 0 {
			t.Errorf("%s: %d disputes among the hand-checked claims pool articles of different events", mode.name, gx)
		}
		// Undated articles join a story only on strong evidence: as they
		// come, not even the extracted claims pool two events.
		if mode.name == "as they come" && px > 0 {
			t.Errorf("%s: %d disputes among the extracted claims pool articles of different events", mode.name, px)
		}
	}
}

// devDispute is a dispute as the test reads it: its claims by article and
// value.
type devDispute map[string]bool

func disputesOf(t *testing.T, db string) []devDispute {
	t.Helper()
	env, out, errb := testEnv(false)
	if code := run(t, env, "conflicts", "--db", db, "--format", "json"); code != 0 {
		t.Fatalf("conflicts: %s", errb)
	}
	var list []struct {
		Claims []struct {
			Article string
			Value   float64
		}
	}
	if err := json.Unmarshal(out.Bytes(), &list); err != nil {
		t.Fatal(err)
	}
	ds := make([]devDispute, len(list))
	for i, d := range list {
		ds[i] = devDispute{}
		for _, c := range d.Claims {
			ds[i][fmt.Sprintf("%s\x00%g", c.Article, c.Value)] = true
		}
	}
	return ds
}

// matchesAny: two of the dispute's claims (by article and value) stand in
// one dispute of the others.
func matchesAny(d devDispute, others []devDispute) bool {
	for _, o := range others {
		n := 0
		for k := range d {
			if o[k] {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

func acrossEvents(ds []devDispute, events map[string]string) int {
	n := 0
	for _, d := range ds {
		seen := map[string]bool{}
		for k := range d {
			article, _, _ := strings.Cut(k, "\x00")
			seen[events[article]] = true
		}
		if len(seen) > 1 {
			n++
		}
	}
	return n
}

func mustRun(t *testing.T, args ...string) {
	t.Helper()
	env, _, errb := testEnv(false)
	if code := run(t, env, args...); code != 0 {
		t.Fatalf("%s: exit %d: %s", strings.Join(args, " "), code, errb)
	}
}

func readJSONMap(t *testing.T, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for k, v := range raw {
		if s, ok := v.(string); ok {
			out[k] = s
		}
	}
	return out
}

// datedManifest writes the dev set's manifest with every article dated by
// dates.json.
func datedManifest(t *testing.T, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "dates.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dates map[string]json.RawMessage
	if err := json.Unmarshal(data, &dates); err != nil {
		t.Fatal(err)
	}
	manifest, err := os.ReadFile(filepath.Join(dir, "manifest.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(string(manifest)), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		var d struct{ Date string }
		if raw, ok := dates[fmt.Sprint(m["article"])]; ok && json.Unmarshal(raw, &d) == nil && d.Date != "" {
			m["published"] = d.Date
		}
		out, _ := json.Marshal(m)
		b.Write(out)
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "dated.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
