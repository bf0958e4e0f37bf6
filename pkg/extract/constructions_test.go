package extract

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/eval"
)

// construction is one row of testdata/constructions.txt: a sentence we
// wrote that shows one construction of a language, and the claims it must
// give.
type construction struct {
	name, lang, text string
	want             []wantClaim
	none             []string
	line             int
}

type wantClaim struct {
	raw    string
	metric claimdiff.Metric
	source string
	kind   claimdiff.SourceKind // "" where the row does not say
}

func readConstructions(t *testing.T, file string) []construction {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []construction
	var cur *construction
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("%s:%d: want key: value, got %q", file, n, line)
		}
		value = strings.TrimSpace(value)
		switch key {
		case "name":
			out = append(out, construction{name: value, line: n})
			cur = &out[len(out)-1]
		case "lang":
			cur.lang = value
		case "text":
			cur.text = strings.ReplaceAll(value, " ¶ ", "\n\n") // a paragraph break
		case "want":
			parts := strings.Split(value, "|")
			if len(parts) != 3 && len(parts) != 4 {
				t.Fatalf("%s:%d: want raw | metric | source [| kind], got %q", file, n, value)
			}
			m := claimdiff.Metric(strings.TrimSpace(parts[1]))
			if !m.Valid() {
				t.Fatalf("%s:%d: metric %q", file, n, parts[1])
			}
			w := wantClaim{raw: strings.TrimSpace(parts[0]), metric: m, source: strings.TrimSpace(parts[2])}
			if len(parts) == 4 {
				if w.kind = claimdiff.SourceKind(strings.TrimSpace(parts[3])); !w.kind.Valid() {
					t.Fatalf("%s:%d: source kind %q", file, n, parts[3])
				}
			}
			cur.want = append(cur.want, w)
		case "none":
			cur.none = append(cur.none, value)
		default:
			t.Fatalf("%s:%d: unknown key %q", file, n, key)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestConstructions runs every construction of the table: each claim it
// wants must be extracted — the figure as printed, its metric, and its
// source as scoring compares names — and no figure it lists as none.
func TestConstructions(t *testing.T) {
	rows := readConstructions(t, "testdata/constructions.txt")
	perLang := map[string]int{}
	names := map[string]bool{}
	for _, r := range rows {
		perLang[r.lang]++
		if names[r.name] {
			t.Errorf("constructions.txt:%d: the name %q is used twice", r.line, r.name)
		}
		names[r.name] = true
	}
	for _, code := range []string{"de", "en", "fr"} {
		if perLang[code] < 60 {
			t.Errorf("%d constructions in %s; the table should show at least 60 a language", perLang[code], code)
		}
	}
	failed := 0
	for _, r := range rows {
		if problems, got := checkConstruction(r); len(problems) > 0 {
			failed++
			t.Errorf("constructions.txt:%d: %s\n\t%s\n\tgot: %s", r.line, r.name, strings.Join(problems, "; "), got)
		}
	}
	if failed > 0 {
		t.Logf("%d of %d constructions fail", failed, len(rows))
	}
}

// TestConstructionsNotYetRead holds the constructions claimdiff does not
// read right yet. It fails when one of them passes: move it to the table,
// where it is held from then on.
func TestConstructionsNotYetRead(t *testing.T) {
	rows := readConstructions(t, "testdata/constructions-todo.txt")
	for _, r := range rows {
		if problems, _ := checkConstruction(r); len(problems) == 0 {
			t.Errorf("constructions-todo.txt:%d: %s now passes: move it to constructions.txt", r.line, r.name)
		}
	}
	t.Logf("%d constructions not yet read right", len(rows))
}

// checkConstruction extracts a row's text and lists what differs from
// what it wants.
func checkConstruction(r construction) (problems []string, got string) {
	claims := Extract(r.text, Meta{Key: "t", Outlet: "Testblatt", Language: r.lang})
	for _, w := range r.want {
		found := false
		for i := range claims {
			c := &claims[i]
			if c.Raw == w.raw && c.Metric == w.metric && eval.SourceRight(&claimdiff.Claim{Source: w.source}, c) &&
				(w.kind == "" || c.SourceKind == w.kind) {
				found = true
			}
		}
		if !found {
			problems = append(problems, strings.TrimSpace(fmt.Sprintf("want %q %s by %q %s", w.raw, w.metric, w.source, w.kind)))
		}
	}
	for _, raw := range r.none {
		for i := range claims {
			if strings.Contains(claims[i].Raw, raw) {
				problems = append(problems, fmt.Sprintf("%q is no claim", claims[i].Raw))
			}
		}
	}
	var list []string
	for _, c := range claims {
		list = append(list, fmt.Sprintf("%q %s by %q (%s)", c.Raw, c.Metric, c.Source, c.SourceKind))
	}
	return problems, strings.Join(list, "; ")
}
