package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
