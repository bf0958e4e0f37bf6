package cli

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
)

// hostileCorpus is text written to harm whoever reads claimdiff's output:
// spreadsheet formulas, terminal control sequences, look-alike names,
// Markdown and HTML structure. It is kept as JSON so that the file itself
// holds no control characters.
type hostileCorpus struct {
	Formulas   []string `json:"formulas"`
	Controls   []string `json:"controls"`
	Lookalikes []string `json:"lookalikes"`
	Markdown   []string `json:"markdown"`
	HTML       []string `json:"html"`
}

func readHostileCorpus(t *testing.T) hostileCorpus {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "hostile", "corpus.json"))
	if err != nil {
		t.Fatal(err)
	}
	var c hostileCorpus
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// all is every hostile string, and a name far over the length limits cut
// to one that is not.
func (c hostileCorpus) all() []string {
	var out []string
	for _, list := range [][]string{c.Formulas, c.Controls, c.Markdown, c.HTML} {
		out = append(out, list...)
	}
	return out
}

// hostileURL is an address that is one — it is stored — but carries markup.
const hostileURL = `https://evil.example/a?q="><script>alert('EVIL')</script>&x=|EVIL|`

// buildHostileStore makes a store from the corpus: two articles ingested
// with a manifest whose outlet, title and URL are hostile, their text
// hostile too; and claims imported whose source, subject, quote, outlet
// and title are. Every source of the corpus disputes the others about one
// quantity; the look-alikes all give one figure, and a hostile subject is
// disputed by two of them.
func buildHostileStore(t *testing.T, c hostileCorpus) (dir, db string, stderr string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "hostile.db")
	arts := filepath.Join(dir, "articles")
	os.Mkdir(arts, 0o755)
	text := func(who string, n int) string {
		return strings.Join(c.Controls, " ") + "\n\n" + fmt.Sprintf("Laut %s kamen %d Menschen ums Leben. ", who, n) +
			strings.Join(c.Markdown, "\n") + "\n" + strings.Join(c.HTML, " ") + "\n" + strings.Join(c.Formulas, "\n")
	}
	os.WriteFile(filepath.Join(arts, "a.txt"), []byte(text("Polizei", 12)), 0o644)
	os.WriteFile(filepath.Join(arts, "b.txt"), []byte(text("Feuerwehr", 40)), 0o644)
	// A page whose title is far over the limit: cut, with a warning.
	os.WriteFile(filepath.Join(arts, "c.html"), []byte("<html><head><title>"+strings.Repeat("EVIL long title \u202e ", 60)+
		"</title></head><body><article><p>"+html.EscapeString(text("Armee", 70))+"</p><p>"+
		strings.Repeat("Laut Armee kamen 70 Menschen ums Leben. ", 20)+"</p></article></body></html>"), 0o644)
	manifest := func(article, outlet, title string) string {
		b, _ := json.Marshal(map[string]string{"article": article, "outlet": outlet, "title": title, "url": hostileURL + article,
			"published": "2024-11-12", "language": "de", "story": "hostile"})
		return string(b) + "\n"
	}
	os.WriteFile(filepath.Join(dir, "manifest.jsonl"), []byte(
		manifest("a.txt", c.Controls[0], c.Markdown[1])+manifest("b.txt", c.Formulas[0], c.Controls[0]+c.HTML[0])), 0o644)
	env, _, errb := testEnv(false)
	if code := run(t, env, "ingest", arts, "--manifest", filepath.Join(dir, "manifest.jsonl"), "--db", db); code != 0 {
		t.Fatalf("ingest: %d %s", code, errb)
	}
	stderr = errb.String()

	// The claims stand in the two articles, so that they are compared.
	articleOf := func(i int) string { return []string{"a.txt", "b.txt"}[i%2] }
	var lines []string
	rec := func(article, source, subject, quote, outlet string, value float64) {
		b, _ := json.Marshal(map[string]any{
			"article": article, "quote": quote + " " + fmt.Sprint(value), "raw": fmt.Sprint(value), "qualifier": "exact",
			"value": value, "value2": nil, "metric": "killed", "subject": subject, "location": "Gaza",
			"source": source, "source_kind": "official", "via": nil, "period": nil, "outlet": outlet,
			"title": quote, "url": hostileURL, "published": "2024-11-12", "stated_on": "2024-11-12",
		})
		lines = append(lines, string(b))
	}
	hostile := c.all()
	for i, s := range hostile {
		rec(articleOf(i), s, "people", hostile[(i+1)%len(hostile)], hostile[(i+2)%len(hostile)],
			float64(100*(i+1)))
	}
	for i, s := range c.Lookalikes {
		rec(articleOf(i), s, "people", s, c.Controls[0], 5000)
	}
	// A name at the length limit that would be a formula.
	rec("b.txt", "="+strings.Repeat("EVIL long ", 19)+"EVIL long", "people", c.Formulas[0], c.Formulas[1], 7000)
	// A dispute about a subject that would open Markdown blocks.
	rec("a.txt", c.Lookalikes[1], c.Markdown[1], c.Markdown[0], c.Formulas[0], 10)
	rec("b.txt", c.Controls[0], c.Markdown[1], c.Controls[1], c.Formulas[1], 90)
	file := filepath.Join(dir, "hostile.jsonl")
	os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	env, _, errb = testEnv(false)
	if code := run(t, env, "import", file, "--db", db); code != 0 {
		t.Fatalf("import: %d %s", code, errb)
	}
	return dir, db, stderr + errb.String()
}

// hostileRun is one command over the hostile store and what it wrote.
type hostileRun struct {
	name, format string
	tty          bool
	out, err     string
}

// runHostile runs every command in every format over the store.
func runHostile(t *testing.T, dir, db string) []hostileRun {
	t.Helper()
	var runs []hostileRun
	do := func(format string, tty bool, args ...string) string {
		env, out, errb := testEnv(tty)
		full := append(append([]string{}, args...), "--db", db)
		if format != "" {
			full = append(full, "--format", format)
		}
		if code := run(t, env, full...); code != 0 {
			t.Fatalf("%s: exit %d: %s", strings.Join(full, " "), code, errb)
		}
		runs = append(runs, hostileRun{strings.Join(args, " "), format, tty, out.String(), errb.String()})
		return out.String()
	}
	report := []string{"table", "md", "csv", "json", "html"}
	for _, args := range [][]string{{"conflicts"}, {"weekly", "--week", "2024-W46"}, {"sources"}, {"stories"}} {
		do("table", true, args...)
		for _, f := range report {
			do(f, false, args...)
		}
	}
	do("table", true, "claims")
	for _, f := range []string{"table", "csv", "jsonl"} {
		do(f, false, "claims")
	}
	var ds []struct {
		ID       string
		Quantity struct{ Subject string }
	}
	if err := json.Unmarshal([]byte(do("json", false, "conflicts")), &ds); err != nil || len(ds) < 2 {
		t.Fatalf("want disputes: %v %d", err, len(ds))
	}
	briefs := map[string]bool{ds[0].ID: true}
	for _, d := range ds {
		if strings.Contains(strings.ToUpper(d.Quantity.Subject), "EVIL") {
			briefs[d.ID] = true
		}
	}
	if len(briefs) < 2 {
		t.Fatalf("no dispute about the hostile subject among %d", len(ds))
	}
	for id := range briefs {
		for _, f := range append(report, "claimreview") {
			do(f, false, "brief", id)
		}
	}
	// extract writes the claims of the hostile articles without a store.
	for _, f := range []string{"jsonl", "table", "csv"} {
		env, out, errb := testEnv(false)
		if code := run(t, env, "extract", filepath.Join(dir, "articles"), "--manifest", filepath.Join(dir, "manifest.jsonl"), "--format", f); code != 0 {
			t.Fatalf("extract: %d %s", code, errb)
		}
		runs = append(runs, hostileRun{"extract", f, false, out.String(), errb.String()})
	}
	return runs
}

// rawControl finds a character a terminal would interpret: a C0 control
// other than the line break and the tab, DEL, a C1 control, a
// bidirectional control, a line or paragraph separator.
func rawControl(s string) (rune, bool) {
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20, r >= 0x7f && r <= 0x9f, r == '\u2028', r == '\u2029', r == '\u061c', r == '\u200e', r == '\u200f',
			r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
			return r, true
		}
	}
	return 0, false
}

// Text from data never reaches a terminal, a spreadsheet, a Markdown
// renderer or a browser as anything but text, in any command or format.
func TestHostileInput(t *testing.T) {
	c := readHostileCorpus(t)
	dir, db, stderr := buildHostileStore(t, c)
	runs := runHostile(t, dir, db)

	t.Run("control characters", func(t *testing.T) {
		for _, r := range runs {
			if x, ok := rawControl(r.out); ok {
				t.Errorf("%s --format %s (tty %v) writes a raw %U", r.name, r.format, r.tty, x)
			}
			if x, ok := rawControl(r.err); ok {
				t.Errorf("%s --format %s writes a raw %U to standard error", r.name, r.format, x)
			}
		}
		if x, ok := rawControl(stderr); ok {
			t.Errorf("ingest or import warns with a raw %U", x)
		}
	})

	t.Run("csv formulas", func(t *testing.T) {
		n := 0
		for _, r := range runs {
			if r.format != "csv" {
				continue
			}
			rows, err := csv.NewReader(strings.NewReader(r.out)).ReadAll()
			if err != nil {
				t.Fatalf("%s: not CSV: %v", r.name, err)
			}
			for _, row := range rows {
				for _, cell := range row {
					n++
					if formulaCell(cell) {
						t.Errorf("%s --format csv: a spreadsheet evaluates %q", r.name, cell)
					}
				}
			}
		}
		if n == 0 {
			t.Fatal("no CSV cells")
		}
	})

	t.Run("look-alike sources", func(t *testing.T) {
		for _, r := range runs {
			if r.name != "sources" || r.format != "json" {
				continue
			}
			var stats []struct{ Source string }
			if err := json.Unmarshal([]byte(r.out), &stats); err != nil {
				t.Fatal(err)
			}
			seen := map[string]string{}
			for _, s := range stats {
				k := skeleton(s.Source)
				if prev, ok := seen[k]; ok {
					t.Errorf("sources %q and %q look alike", prev, s.Source)
				}
				seen[k] = s.Source
			}
			if seen["Ukrainian government"] != "Ukrainian government" {
				t.Errorf("the look-alikes are not one source: %q", seen["Ukrainian government"])
			}
		}
		if !strings.Contains(stderr, "warning: cut 1 over-long field to the length limits (first: a title over 500 characters)") {
			t.Errorf("no warning of the title cut:\n%s", stderr)
		}
		if !strings.Contains(stderr, "warning: removed invisible characters") {
			t.Errorf("no warning of the names cleaned:\n%s", stderr)
		}
	})

	t.Run("markdown structure", func(t *testing.T) {
		for _, r := range runs {
			if r.format == "md" {
				checkMarkdown(t, r.name, r.out)
			}
		}
	})

	t.Run("html escaped", func(t *testing.T) {
		for _, r := range runs {
			if r.format == "html" {
				checkHTML(t, r.name, r.out)
			}
		}
	})

	t.Run("json and jsonl carry the text", func(t *testing.T) {
		for _, r := range runs {
			switch r.format {
			case "json", "claimreview":
				var v any
				if err := json.Unmarshal([]byte(r.out), &v); err != nil {
					t.Errorf("%s --format %s: not JSON: %v", r.name, r.format, err)
				}
			case "jsonl":
				for _, line := range strings.Split(strings.TrimSpace(r.out), "\n") {
					var v map[string]any
					if err := json.Unmarshal([]byte(line), &v); err != nil {
						t.Errorf("%s: not JSON: %v", r.name, err)
					}
				}
			}
		}
	})

	t.Run("tab-separated", func(t *testing.T) {
		for _, r := range runs {
			if r.format != "table" || r.tty || r.name == "brief" || strings.HasPrefix(r.name, "brief ") {
				continue
			}
			lines := strings.Split(strings.TrimRight(r.out, "\n"), "\n")
			cells := strings.Count(lines[0], "\t")
			for _, l := range lines {
				if strings.HasPrefix(r.name, "weekly") {
					continue // its parts have their own columns
				}
				if strings.Count(l, "\t") != cells {
					t.Errorf("%s: a line of %d cells among lines of %d: %q", r.name, strings.Count(l, "\t")+1, cells+1, l)
				}
			}
		}
	})
}

// formulaCell reports whether a spreadsheet would evaluate a CSV cell: one
// that starts with =, +, -, @, a tab or a carriage return and is not a
// plain number.
func formulaCell(s string) bool {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return false
	}
	return !regexp.MustCompile(`^[-+]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$`).MatchString(s)
}

// skeleton is a name as it shows: without format and control characters,
// its white space of any kind one space.
func skeleton(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\u200b' || unicode.IsSpace(r):
			return ' '
		case unicode.In(r, unicode.Cc, unicode.Cf):
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// ourHeadings are the Markdown headings claimdiff writes itself.
var ourHeadings = regexp.MustCompile(`^(# Fact-check brief: |# Week \d{4}-W\d\d |## (The claims|Independent sources|What is agreed|What is not|What to ask|New claims|New disputes|Resolved disputes|Disputes no longer current|Consensus that moved|Sources that revised their figures)( \(\d+\))?$)`)

// blockStart is Markdown that opens a block at the start of a line (after
// up to three spaces): a heading, a quote, a table row, a list item, a
// fence, a setext underline.
var blockStart = regexp.MustCompile("^ {0,3}(#|>|\\||[-+*] |\\d+[.)]( |$)|```|~~~|=+ *$|-+ *$)")

// checkMarkdown finds structure that data opened: a heading that is not
// one of ours, a table row outside a table of ours or with cells that data
// added, a line that data began with a block.
func checkMarkdown(t *testing.T, name, s string) {
	t.Helper()
	lines := strings.Split(s, "\n")
	cells := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "|") {
			n := len(regexp.MustCompile(`(^|[^\\])(\\\\)*\|`).FindAllString(l, -1))
			// Our tables begin with a header row over a "| --- |" row.
			if i+1 < len(lines) && strings.HasPrefix(lines[i+1], "| --- |") {
				cells = n
			}
			switch {
			case cells < 0:
				t.Errorf("%s --format md: data began a table: %q", name, l)
			case n != cells:
				t.Errorf("%s --format md: data added table cells: %q", name, l)
			}
			continue
		}
		cells = -1
		if strings.HasPrefix(l, "#") && !ourHeadings.MatchString(l) {
			t.Errorf("%s --format md: data opened a heading: %q", name, l)
		}
		// What our own list items, numbered claims and quotes hold must
		// open no block of its own.
		rest := l
		for _, p := range []string{"- ", "   > "} {
			rest = strings.TrimPrefix(rest, p)
		}
		rest = regexp.MustCompile(`^\d+\. `).ReplaceAllString(rest, "")
		if rest != l && blockStart.MatchString(rest) && strings.Contains(rest, "EVIL") {
			t.Errorf("%s --format md: data opened a block: %q", name, l)
		}
		if rest == l && !strings.HasPrefix(l, "#") && blockStart.MatchString(l) && strings.Contains(l, "EVIL") {
			t.Errorf("%s --format md: data began a block: %q", name, l)
		}
	}
}

// okTags are the elements claimdiff's pages are made of.
var okTags = map[string]bool{"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
	"h1": true, "h2": true, "h3": true, "p": true, "table": true, "thead": true, "tbody": true, "tr": true, "th": true,
	"td": true, "section": true, "span": true, "ul": true, "li": true, "a": true, "div": true, "svg": true, "line": true,
	"text": true, "circle": true, "path": true, "i": true, "footer": true}

// checkHTML finds markup that data added: an element or an attribute that
// is not one of ours, a link that is not to a web address.
func checkHTML(t *testing.T, name, s string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(s))
	texts := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			if !okTags[tok.Data] {
				t.Errorf("%s --format html: data added a <%s>", name, tok.Data)
			}
			for _, a := range tok.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "src" {
					t.Errorf("%s --format html: data added an attribute %s=%q", name, a.Key, a.Val)
				}
				if a.Key == "href" && !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://") {
					t.Errorf("%s --format html: a link to %q", name, a.Val)
				}
			}
		case html.TextToken:
			if strings.Contains(tok.Data, "EVIL") {
				texts++
			}
		}
	}
	if texts == 0 && name != "stories" {
		t.Errorf("%s --format html shows no hostile text as text", name)
	}
}

// Error messages and warnings that quote data show its control
// characters escaped; a field over its limit is refused with its file and
// line.
func TestHostileInputInErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "e.db")
	osc := "\x1b]0;pwned\x07\x1b[2J"
	claim := func(source string) string {
		b, _ := json.Marshal(map[string]any{"article": "a.txt", "quote": "q 5", "raw": "5", "qualifier": "exact", "value": 5,
			"metric": "killed", "subject": "people", "source": source, "source_kind": "official"})
		return string(b) + "\n"
	}
	long := filepath.Join(dir, "long.jsonl")
	os.WriteFile(long, []byte(claim("Polizei")+claim(strings.Repeat("x", 201))), 0o644)
	manifest := filepath.Join(dir, "manifest.jsonl")
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Laut Polizei kamen 12 Menschen ums Leben."), 0o644)
	os.WriteFile(manifest, []byte(`{"article":"a.txt","url":"https://evil.example/\u001b]0;x\u0007"}`+"\n"), 0o644)
	ok := filepath.Join(dir, "ok.jsonl")
	os.WriteFile(ok, []byte(claim("Polizei")), 0o644)
	if env, _, errb := testEnv(false); run(t, env, "import", ok, "--db", db) != 0 {
		t.Fatal(errb)
	}
	longOutlet := filepath.Join(dir, "long-outlet.jsonl")
	os.WriteFile(longOutlet, []byte(`{"article":"a.txt","outlet":"`+strings.Repeat("o", 201)+`"}`+"\n"), 0o644)
	for _, tc := range []struct {
		desc string
		args []string
		want string
	}{
		{"a file name with an OSC sequence", []string{"ingest", filepath.Join(dir, osc+".txt")}, `\x1b]0;pwned\x07\x1b[2J.txt: no such file`},
		{"a claims file name with an OSC sequence", []string{"import", filepath.Join(dir, osc+".jsonl")}, `\x1b]0;pwned\x07`},
		{"a dispute ID with an OSC sequence", []string{"brief", osc}, `no dispute \x1b]0;pwned`},
		{"a source over the limit", []string{"import", long}, `long.jsonl:2: "source" is 201 characters long: at most 200 are allowed`},
		{"a URL with control characters", []string{"ingest", dir, "--manifest", manifest}, `manifest.jsonl:1: "url" holds a control or invisible character (\x1b)`},
		{"an outlet over the limit", []string{"ingest", dir, "--manifest", longOutlet}, `long-outlet.jsonl:1: "outlet" is 201 characters long`},
		{"an --outlet over the limit", []string{"ingest", dir, "--outlet", strings.Repeat("o", 201)}, `--outlet: "outlet" is 201 characters long`},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			env, _, errb := testEnv(false)
			code := run(t, env, append(tc.args, "--db", db)...)
			if code == 0 {
				t.Fatalf("exit 0")
			}
			if x, ok := rawControl(errb.String()); ok {
				t.Errorf("the message holds a raw %U: %q", x, errb)
			}
			if !strings.Contains(errb.String(), tc.want) {
				t.Errorf("message %q does not say %q", errb, tc.want)
			}
		})
	}
}
