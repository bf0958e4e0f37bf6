package cli

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostile is article text that would run as script, break out of an HTML
// attribute, open Markdown markup or end a CSV cell, were it not escaped.
const hostile = `<script>alert("x")</script> & "quoted" | *bold* 'it' ` + "`code`" + `, "end`

// hostileStore holds two claims in dispute whose quotes, sources and
// outlet are hostile text.
func hostileStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	rec := func(source, raw string, value float64) string {
		b, _ := json.Marshal(map[string]any{
			"article": "https://example.org/a?x=<b>&y=\"1\"", "quote": hostile + " " + raw, "raw": raw, "qualifier": "exact",
			"value": value, "value2": nil, "low": value, "high": value, "metric": "killed", "subject": "people",
			"location": "Gaza", "source": source, "source_kind": "official", "via": nil, "period": nil,
			"outlet": `<img src=x onerror=alert(1)> "Post"`, "published": "2024-11-12", "stated_on": "2024-11-12",
		})
		return string(b)
	}
	file := filepath.Join(dir, "hostile.jsonl")
	lines := rec(`Robert'); DROP TABLE claims;-- <b>`, "100", 100) + "\n" + rec(`<i>Ministry</i> "of" Health`, "400", 400) + "\n"
	if err := os.WriteFile(file, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "h.db")
	env, _, errb := testEnv(false)
	if code := run(t, env, "import", file, "--db", db); code != 0 {
		t.Fatalf("import: %d %s", code, errb)
	}
	return db
}

// Article text is untrusted: in every format a quote holding <script> or
// a quotation mark is shown as text.
func TestUntrustedTextIsEscaped(t *testing.T) {
	db := hostileStore(t)
	env, out, _ := testEnv(false)
	if code := run(t, env, "conflicts", "--db", db, "--format", "json"); code != 0 {
		t.Fatal(code)
	}
	var cs []struct{ ID string }
	if err := json.Unmarshal(out.Bytes(), &cs); err != nil || len(cs) != 1 {
		t.Fatalf("want one dispute: %v\n%s", err, out)
	}
	id := cs[0].ID
	for _, args := range [][]string{
		{"conflicts"}, {"weekly", "--week", "2024-W46"}, {"brief", id}, {"sources"}, {"claims"},
	} {
		formats := []string{"table", "md", "csv", "json", "html"}
		switch args[0] {
		case "brief":
			formats = append(formats, "claimreview")
		case "claims":
			formats = []string{"table", "csv", "jsonl"}
		}
		for _, format := range formats {
			name := args[0] + "." + format
			t.Run(name, func(t *testing.T) {
				env, out, errb := testEnv(false)
				if code := run(t, env, append(append([]string{}, args...), "--db", db, "--format", format)...); code != 0 {
					t.Fatalf("exit %d: %s", code, errb)
				}
				checkEscaped(t, format, out.String(), args[0] != "sources")
			})
		}
	}
}

func checkEscaped(t *testing.T, format, s string, hasQuotes bool) {
	t.Helper()
	switch format {
	case "html":
		for _, bad := range []string{"<script>alert", "<img src=x", "<i>Ministry", "<b>"} {
			if strings.Contains(s, bad) {
				t.Errorf("HTML holds %q unescaped", bad)
			}
		}
		if hasQuotes && !strings.Contains(s, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
			t.Errorf("HTML does not show the quote as text")
		}
	case "md":
		for _, bad := range []string{"<script>", "<img", "<i>", "<b>"} {
			if strings.Contains(s, bad) {
				t.Errorf("Markdown holds %q unescaped", bad)
			}
		}
	case "json", "claimreview":
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			t.Fatalf("not JSON: %v", err)
		}
		if hasQuotes && !strings.Contains(flatten(v), hostile) {
			t.Errorf("JSON does not carry the quote verbatim")
		}
	case "jsonl":
		for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
			var v map[string]any
			if err := json.Unmarshal([]byte(line), &v); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			if !strings.HasPrefix(v["quote"].(string), hostile) {
				t.Errorf("quote not verbatim: %q", v["quote"])
			}
		}
	case "csv":
		rows, err := csv.NewReader(strings.NewReader(s)).ReadAll()
		if err != nil {
			t.Fatalf("not CSV: %v", err)
		}
		if hasQuotes && !strings.Contains(flatten(rows), hostile) {
			t.Errorf("CSV does not carry the quote verbatim")
		}
	case "table":
		// In a pipe: one line a row, tabs between cells; text as printed.
		for _, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
			if strings.Count(line, "\t") == 0 && line != "" && !strings.HasPrefix(line, "Fact-check") && !strings.Contains(s, "=====") {
				t.Errorf("line without cells: %q", line)
			}
		}
	}
}

// flatten joins every string in a decoded JSON value or CSV table.
func flatten(v any) string {
	var b strings.Builder
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			b.WriteString(x + "\n")
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		case [][]string:
			for _, r := range x {
				for _, c := range r {
					b.WriteString(c + "\n")
				}
			}
		}
	}
	walk(v)
	return b.String()
}
