package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/pkg/compare"
	"github.com/claimdiff/claimdiff/pkg/disputes"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// golden compares got with testdata/golden/name, or rewrites the file
// under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run 'go test ./pkg/cli -run %s -update' to write it)", err, t.Name())
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./pkg/cli -update rewrites it):\n--- got\n%s\n--- want\n%s",
			name, got, want)
	}
}

// TestReportsGolden holds every report in every format on the seeds' gold
// claims.
func TestReportsGolden(t *testing.T) {
	_, db := seededStore(t)
	kursk := disputeID(t, db, "Kursk")
	reports := []struct {
		name string
		args []string
		exts []string
	}{
		{"conflicts", []string{"conflicts"}, []string{"table", "md", "csv", "json", "html"}},
		{"weekly", []string{"weekly", "--week", "2024-W46", "--against", "2024-W45"}, []string{"table", "md", "csv", "json", "html"}},
		// A week later both disputes are no longer current: Blinken's figures left the window.
		{"weekly-aged", []string{"weekly", "--week", "2024-W47", "--against", "2024-W46"}, []string{"table", "csv", "json"}},
		{"brief", []string{"brief", kursk}, []string{"table", "md", "csv", "json", "html", "claimreview"}},
		{"sources", []string{"sources"}, []string{"table", "md", "csv", "json", "html"}},
	}
	for _, r := range reports {
		for _, format := range r.exts {
			for _, tty := range []bool{false, true} {
				if tty && format != "table" {
					continue
				}
				name := r.name + "." + format
				if tty {
					name = r.name + ".tty"
				}
				t.Run(name, func(t *testing.T) {
					env, out, errb := testEnv(tty)
					args := append(append([]string{}, r.args...), "--db", db, "--format", format)
					if code := run(t, env, args...); code != 0 {
						t.Fatalf("claimdiff %s: exit %d: %s", strings.Join(args, " "), code, errb)
					}
					if format == "json" || format == "claimreview" {
						if !json.Valid(out.Bytes()) {
							t.Fatalf("not JSON:\n%s", out)
						}
					}
					golden(t, name, out.Bytes())
				})
			}
		}
	}
}

// disputeID returns the ID of the seeds' dispute at a location.
func disputeID(t *testing.T, db, location string) string {
	t.Helper()
	env, out, errb := testEnv(false)
	if code := run(t, env, "conflicts", "--db", db, "--location", location, "--format", "json"); code != 0 {
		t.Fatalf("conflicts: %d %s", code, errb)
	}
	var cs []struct{ ID string }
	if err := json.Unmarshal(out.Bytes(), &cs); err != nil || len(cs) != 1 {
		t.Fatalf("want one dispute in %s, got %d (%v):\n%s", location, len(cs), err, out)
	}
	return cs[0].ID
}

// The seeds' gold claims hold exactly two disputes, both on North Korean
// troops and both with Blinken on one side: in Kursk and in Russia. The
// ~50,000 force and the casualty figures are not in dispute.
func TestSeedDisputes(t *testing.T) {
	_, db := seededStore(t)
	env, out, errb := testEnv(false)
	if code := run(t, env, "conflicts", "--db", db, "--format", "json"); code != 0 {
		t.Fatalf("conflicts: %d %s", code, errb)
	}
	var cs []struct {
		Quantity struct{ Subject, Metric, Location string }
		Claims   []struct{ Source string }
	}
	if err := json.Unmarshal(out.Bytes(), &cs); err != nil {
		t.Fatal(err)
	}
	var where []string
	for _, c := range cs {
		where = append(where, c.Quantity.Subject+"/"+c.Quantity.Metric+"/"+c.Quantity.Location)
		blinken := false
		for _, cl := range c.Claims {
			blinken = blinken || cl.Source == "Antony Blinken"
		}
		if !blinken {
			t.Errorf("dispute %s/%s without Blinken", c.Quantity.Subject, c.Quantity.Location)
		}
	}
	if strings.Join(where, " ") != "north korean troops/troops/Kursk north korean troops/troops/Russia" {
		t.Errorf("disputes: %q", where)
	}
}

// Week 46 against week 45: Zelensky's 11,000 and Patel's "more than 10,000"
// are new, and the Russia-wide consensus moved.
func TestWeeklySeeds(t *testing.T) {
	_, db := seededStore(t)
	env, out, errb := testEnv(false)
	if code := run(t, env, "weekly", "--db", db, "--week", "2024-W46", "--against", "2024-W45", "--format", "json"); code != 0 {
		t.Fatalf("weekly: %d %s", code, errb)
	}
	var wd struct {
		NewClaims []struct{ Source, Raw string } `json:"new_claims"`
		Moved     []struct {
			Quantity struct{ Location string }
			From, To string
		} `json:"consensus_moved"`
	}
	if err := json.Unmarshal(out.Bytes(), &wd); err != nil {
		t.Fatal(err)
	}
	has := func(source, raw string) bool {
		for _, c := range wd.NewClaims {
			if c.Source == source && c.Raw == raw {
				return true
			}
		}
		return false
	}
	if !has("Volodymyr Zelensky", "11.000") || !has("Vedant Patel", "mehr als 10.000") {
		t.Errorf("new claims lack Zelensky's 11.000 or Patel's mehr als 10.000: %+v", wd.NewClaims)
	}
	moved := false
	for _, m := range wd.Moved {
		moved = moved || m.Quantity.Location == "Russia"
	}
	if !moved {
		t.Errorf("the consensus on Russia did not move: %+v", wd.Moved)
	}
}

// Week 47 against week 46: both disputes of the seeds stood at the end of
// week 46, and neither at the end of week 47, because Blinken's figures,
// stated on 5 November, left the 14-day window, not because anyone's figures
// came to meet. They are no longer current, not resolved.
func TestWeeklyAgedOutIsNotResolved(t *testing.T) {
	_, db := seededStore(t)
	env, out, errb := testEnv(false)
	if code := run(t, env, "weekly", "--db", db, "--week", "2024-W47", "--against", "2024-W46", "--format", "json"); code != 0 {
		t.Fatalf("weekly: %d %s", code, errb)
	}
	var wd struct {
		Resolved []struct{ ID string } `json:"resolved_disputes"`
		AgedOut  []struct {
			Quantity struct{ Location string }
		} `json:"aged_out_disputes"`
	}
	if err := json.Unmarshal(out.Bytes(), &wd); err != nil {
		t.Fatal(err)
	}
	var where []string
	for _, c := range wd.AgedOut {
		where = append(where, c.Quantity.Location)
	}
	if len(wd.Resolved) != 0 || strings.Join(where, " ") != "Kursk Russia" {
		t.Errorf("resolved %v, no longer current in %q; want none resolved, Kursk and Russia no longer current", wd.Resolved, where)
	}
}

// What the store keeps of a run of conflicts is what a fresh comparison
// finds, also after a claim joins one part of the store.
func TestCachedConflictsAreFresh(t *testing.T) {
	for _, refresh := range []bool{true, false} {
		t.Run(fmt.Sprintf("refresh=%v", refresh), func(t *testing.T) {
			dir, db := seededStore(t)
			cold := conflictsOf(t, db, "json")
			if warm := conflictsOf(t, db, "json"); warm != cold {
				t.Errorf("a second run differs from the first:\n%s\n---\n%s", warm, cold)
			}
			// Zelensky on Kursk again, far lower: the Kursk dispute grows.
			extra := filepath.Join(dir, "extra.jsonl")
			line := `{"article":"003_85ee40c7f8e86b3b.txt","quote":"Laut Selenskyj sind 3000 Nordkoreaner in Kursk.","raw":"3000",` +
				`"qualifier":"exact","value":3000,"value2":null,"low":3000,"high":3000,"metric":"troops","subject":"north korean troops",` +
				`"location":"Kursk","source":"Andrij Jermak","source_kind":"official","via":null,"period":null}` + "\n"
			if err := os.WriteFile(extra, []byte(line), 0o644); err != nil {
				t.Fatal(err)
			}
			args := []string{"import", extra, "--db", db}
			if !refresh {
				args = append(args, "--no-refresh")
			}
			env, out, errb := testEnv(false)
			if code := run(t, env, args...); code != 0 {
				t.Fatalf("import: %s", errb)
			}
			if said := strings.Contains(out.String(), "updated the disputes of 1 part of the store"); said != refresh {
				t.Errorf("import said %q", out)
			}
			for _, format := range []string{"json", "table"} {
				cached, fresh := conflictsOf(t, db, format), conflictsOf(t, db, format, "--recompute")
				if cached != fresh {
					t.Errorf("after a new claim, the cached %s differs from a fresh one:\n%s\n---\n%s", format, cached, fresh)
				}
				if cached == cold || !strings.Contains(cached, "Andrij Jermak") {
					t.Errorf("%s: the new claim did not join the Kursk dispute", format)
				}
			}
		})
	}
}

// TestIncrementalConflicts adds synthetic articles to a compared store a
// few at a time, kept up to date by the ingest or left to conflicts, and
// checks each time that what conflicts answers from kept results is what
// it finds comparing every claim afresh.
func TestIncrementalConflicts(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	corpus := func(articles int, seed uint64) string {
		t.Helper()
		env, out, _ := testEnv(false)
		if err := synthRun(context.Background(), &SynthOptions{Env: env, Articles: articles, Seed: seed}); err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, fmt.Sprintf("corpus-%d.jsonl", seed))
		if err := os.WriteFile(name, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return name
	}
	ingest := func(file string, extra ...string) {
		t.Helper()
		env, _, errb := testEnv(false)
		if code := run(t, env, append([]string{"ingest", file, "--db", db}, extra...)...); code != 0 {
			t.Fatalf("ingest: %s", errb)
		}
	}
	ingest(corpus(400, 7))
	conflictsOf(t, db, "table") // keeps every part's disputes and claims
	for seed := uint64(100); seed < 106; seed++ {
		var extra []string
		if seed%2 == 1 {
			extra = []string{"--no-refresh"}
		}
		ingest(corpus(3, seed), extra...)
		for _, format := range []string{"table", "json"} {
			cached, fresh := conflictsOf(t, db, format), conflictsOf(t, db, format, "--recompute")
			if cached != fresh {
				t.Fatalf("after seed %d (%v), the %s answered from kept results differs from a fresh one", seed, extra, format)
			}
		}
	}
}

// An ingest keeps the disputes current under the options of the last
// conflicts, not the defaults: the next conflicts with those options
// compares nothing again.
func TestIngestKeepsTheLastOptions(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	corpus := func(seed uint64) string {
		env, out, _ := testEnv(false)
		if err := synthRun(context.Background(), &SynthOptions{Env: env, Articles: 40, Seed: seed}); err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, fmt.Sprintf("c%d.jsonl", seed))
		if err := os.WriteFile(name, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return name
	}
	for _, args := range [][]string{{"ingest", corpus(1)}, {"conflicts", "--window", "7"}, {"ingest", corpus(2)}} {
		env, _, errb := testEnv(false)
		if code := run(t, env, append(args, "--db", db)...); code != 0 {
			t.Fatalf("%v: %s", args, errb)
		}
	}
	store, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	store.PartOf, store.PartScheme = compare.PartOf, compare.PartScheme
	parts, _ := store.Parts(context.Background())
	opt := compare.Defaults
	opt.Window = 7
	kept, _ := store.CachedSummaries(context.Background(), disputes.OptionsKey(opt))
	for _, p := range parts {
		if k, ok := kept[p.Part]; !ok || k.Claims != p.Claims {
			t.Errorf("part %q: not kept current under --window 7 (%v, %d of %d claims)", p.Part, ok, k.Claims, p.Claims)
		}
	}
}

// conflictsOf runs claimdiff conflicts on db in format.
func conflictsOf(t *testing.T, db, format string, extra ...string) string {
	t.Helper()
	env, out, errb := testEnv(false)
	if code := run(t, env, append([]string{"conflicts", "--db", db, "--format", format}, extra...)...); code != 0 {
		t.Fatalf("conflicts: %d %s", code, errb)
	}
	return out.String()
}
