package cli

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// readmeBlock returns the first fenced block of README.md after the line
// holding marker.
func readmeBlock(t *testing.T, marker string) string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	i := strings.Index(text, marker)
	if i < 0 {
		t.Fatalf("README.md has no %q", marker)
	}
	rest := text[i:]
	start := strings.Index(rest, "```\n")
	if start < 0 {
		t.Fatalf("README.md has no block after %q", marker)
	}
	rest = rest[start+4:]
	end := strings.Index(rest, "```")
	if end < 0 {
		t.Fatalf("README.md: the block after %q is not closed", marker)
	}
	return rest[:end]
}

// timings stand for how long a step took, which differs from run to run.
var timings = regexp.MustCompile(`\bin \d+(\.\d+)?(ms|µs|s)\b`)

// The quick start's demo prints what README.md shows.
func TestReadmeDemo(t *testing.T) {
	want := readmeBlock(t, "On a terminal:")
	env, out, errb := testEnv(true)
	if code := run(t, env, "demo"); code != 0 {
		t.Fatalf("demo: %d %s", code, errb)
	}
	got := timings.ReplaceAllString(out.String(), "in T")
	want = timings.ReplaceAllString(want, "in T")
	if strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Errorf("README.md's demo block is out of date; make demo now prints:\n%s", got)
	}
}
