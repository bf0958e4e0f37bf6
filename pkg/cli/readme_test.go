package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
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
	env.Width = 80 // the README shows a terminal of 80 columns
	if code := run(t, env, "demo"); code != 0 {
		t.Fatalf("demo: %d %s", code, errb)
	}
	got := timings.ReplaceAllString(out.String(), "in T")
	want = timings.ReplaceAllString(want, "in T")
	if strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Errorf("README.md's demo block is out of date; make demo now prints:\n%s", got)
	}
}

// readmeCommand is a claimdiff command of README.md, and what the README
// shows it prints, when a block of output follows its sh block ("" for
// nothing shown).
type readmeCommand struct {
	cmd, shows string
}

// readmeCommands returns the claimdiff commands of README.md's sh blocks,
// in order, as they are written: continued lines joined, comments cut.
// make targets and go commands are left to the Makefile's own checks. An
// output block right after an sh block is what its first command prints.
func readmeCommands(t *testing.T) []readmeCommand {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var out []readmeCommand
	for _, m := range shBlock.FindAllStringSubmatch(string(data), -1) {
		block := strings.ReplaceAll(m[1], "\\\n", " ")
		first := true
		for _, line := range strings.Split(block, "\n") {
			cmd := strings.TrimSpace(cutComment(line))
			if !strings.HasPrefix(cmd, "claimdiff ") {
				continue
			}
			c := readmeCommand{cmd: cmd}
			if first {
				c.shows = m[2]
			}
			first = false
			out = append(out, c)
		}
	}
	return out
}

// shBlock is an sh block, and the plain block that may follow it.
var shBlock = regexp.MustCompile("(?s)```sh\n(.*?)```\n(?:\n```\n(.*?)```)?")

// shows tells how output differs from what the README shows of it: its
// lines in order, where a line ending in "…" stands for any line it
// begins, and a line "…" for any lines; "" when it does not differ.
func shows(output, shown string) string {
	got := strings.Split(strings.TrimRight(output, "\n"), "\n")
	i := 0
	skip := false
	for _, want := range strings.Split(strings.TrimRight(shown, "\n"), "\n") {
		if want == "…" {
			skip = true
			continue
		}
		prefix, elided := strings.CutSuffix(want, "…")
		matches := func(line string) bool {
			if elided {
				return strings.HasPrefix(line, strings.TrimRight(prefix, " "))
			}
			return line == want
		}
		for i < len(got) && !matches(got[i]) {
			if !skip {
				return fmt.Sprintf("the README shows %q where claimdiff prints %q", want, got[i])
			}
			i++
		}
		if i == len(got) {
			return fmt.Sprintf("the README shows %q, which claimdiff does not print", want)
		}
		i++
		skip = false
	}
	return ""
}

// cutComment cuts a shell comment — a # after white space, outside
// quotes — from a line.
func cutComment(line string) string {
	var quote rune
	prev := ' '
	for i, r := range line {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '\'' || r == '"':
			quote = r
		case r == '#' && (prev == ' ' || prev == '\t'):
			return line[:i]
		}
		prev = r
	}
	return line
}

// Every claimdiff command of README.md runs as written, in the order the
// README gives them, from a folder holding the project's fixtures/, and
// succeeds: an example that drifts from the program fails here.
func TestReadmeExamples(t *testing.T) {
	cmds := readmeCommands(t)
	if len(cmds) < 20 {
		t.Fatalf("found %d claimdiff commands in README.md", len(cmds))
	}
	var script strings.Builder
	var shown []string
	for _, c := range cmds {
		script.WriteString("exec sh -c '" + strings.ReplaceAll(c.cmd, "'", `'"'"'`) + "'\n")
		if c.shows != "" {
			script.WriteString(fmt.Sprintf("readme-shows %d\n", len(shown)))
			shown = append(shown, c.shows)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "readme.txtar"), []byte(script.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: dir,
		Setup: func(env *testscript.Env) error {
			env.Setenv("CLAIMDIFF_DB", "")
			return os.CopyFS(filepath.Join(env.WorkDir, "fixtures"), os.DirFS("../../fixtures"))
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// readme-shows N: the last command printed the README's
			// output block N.
			"readme-shows": func(ts *testscript.TestScript, neg bool, args []string) {
				n, _ := strconv.Atoi(args[0])
				if diff := shows(ts.ReadFile("stdout"), shown[n]); diff != "" {
					ts.Fatalf("%s", diff)
				}
			},
		},
	})
}
