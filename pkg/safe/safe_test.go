package safe

import (
	"encoding/json"
	"fmt"
	"testing"
)

func TestTerminal(t *testing.T) {
	for _, tc := range []struct{ desc, in, want string }{
		{"plain text is left alone", "Ukrainian government 11.000 „Zahl“", "Ukrainian government 11.000 „Zahl“"},
		{"an OSC title and a screen clear are shown, not run", "\x1b]0;pwned\a\x1b[2J", `\x1b]0;pwned\x07\x1b[2J`},
		{"line breaks and tabs stay", "a\nb\tc", "a\nb\tc"},
		{"a carriage return is shown", "ok\rfake", `ok\rfake`},
		{"DEL is shown", "a\x7fb", `a\x7fb`},
		{"a C1 CSI is shown", "a\u009b2Jb", `a\u009b2Jb`},
		{"an RTL override is shown", "abc\u202edcba", `abc\u202edcba`},
		{"isolates and marks are shown", "\u2066x\u2069\u200f", `\u2066x\u2069\u200f`},
		{"a line separator is shown", "a\u2028b", `a\u2028b`},
		{"bytes that are not UTF-8 are shown", "a\xffb", `a\xffb`},
		{"a zero-width space does no harm to a terminal", "a\u200bb", "a\u200bb"},
	} {
		if got := Terminal(tc.in); got != tc.want {
			t.Errorf("%s: Terminal(%q) = %q, want %q", tc.desc, tc.in, got, tc.want)
		}
	}
}

func TestLineAndField(t *testing.T) {
	for _, tc := range []struct{ desc, in, line, field string }{
		{"a line break", "a\nb", "a b", `a\nb`},
		{"a tab", "a\tb", "a b", `a\tb`},
		{"CR LF", "a\r\nb", "a  b", `a\r\nb`},
		{"ESC", "a\x1bb", `a\x1bb`, `a\x1bb`},
		{"backslashes stay", `C:\x`, `C:\x`, `C:\x`},
	} {
		if got := Line(tc.in); got != tc.line {
			t.Errorf("%s: Line(%q) = %q, want %q", tc.desc, tc.in, got, tc.line)
		}
		if got := Field(tc.in); got != tc.field {
			t.Errorf("%s: Field(%q) = %q, want %q", tc.desc, tc.in, got, tc.field)
		}
	}
}

func TestCSV(t *testing.T) {
	for _, tc := range []struct{ desc, in, want string }{
		{"a formula", `=HYPERLINK("http://evil.example","x")`, `'=HYPERLINK("http://evil.example","x")`},
		{"a plus formula", "+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
		{"a minus formula", "-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
		{"an at formula", "@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"},
		{"a leading tab", "\t=1+1", "'\t=1+1"},
		{"a leading carriage return", "\r=1+1", `'\r=1+1`},
		{"a negative number stays a number", "-5", "-5"},
		{"a signed fraction stays", "+3.25", "+3.25"},
		{"an exponent stays", "-1.5e3", "-1.5e3"},
		{"a sign alone is text", "-", "'-"},
		{"a dash of a missing value is text", "-–", "'-–"},
		{"a name starting with a hyphen", "-Reuters", "'-Reuters"},
		{"an equals sign inside is harmless", "a=b", "a=b"},
		{"empty", "", ""},
		{"controls are shown", "a\x1b]0;x\a", `a\x1b]0;x\x07`},
	} {
		if got := CSV(tc.in); got != tc.want {
			t.Errorf("%s: CSV(%q) = %q, want %q", tc.desc, tc.in, got, tc.want)
		}
	}
}

func TestMarkdown(t *testing.T) {
	for _, tc := range []struct{ desc, in, want string }{
		{"plain", "Ukrainian government", "Ukrainian government"},
		{"a line break cannot start a heading", "x\n# Owned", "x # Owned"},
		{"a heading at the start", "# Owned", `\# Owned`},
		{"a table row", "a | b", `a \| b`},
		{"a line break cannot start a table", "x\n| a | b |\n|---|---|", `x \| a \| b \| \|---\|---\|`},
		{"a list", "- item", `\- item`},
		{"a plus list", "+ item", `\+ item`},
		{"an ordered list", "12. item", `12\. item`},
		{"an ordered list with a parenthesis", "3) item", `3\) item`},
		{"a number is no list", "12,000", "12,000"},
		{"a decimal is no list", "0.0% (1 measured)", "0.0% (1 measured)"},
		{"an ordered list at the end", "7.", `7\.`},
		{"a quote block", "> quoted", "&gt; quoted"},
		{"a fence", "~~~", `\~~~`},
		{"code", "`rm -rf`", "\\`rm -rf\\`"},
		{"a link", "[x](http://evil.example)", `\[x\](http://evil.example)`},
		{"HTML", "<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"},
		{"emphasis", "*a* _b_", `\*a\* \_b\_`},
		{"a backslash cannot undo an escape", `\|`, `\\\|`},
		{"controls are shown", "a\x1b[2J", `a\\x1b\[2J`},
	} {
		if got := Markdown(tc.in); got != tc.want {
			t.Errorf("%s: Markdown(%q) = %q, want %q", tc.desc, tc.in, got, tc.want)
		}
	}
}

func TestHTML(t *testing.T) {
	in := "<script>alert(\"x\")</script> & 'y'\x1b[2J"
	want := `&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;y&#39;\x1b[2J`
	if got := HTML(in); got != want {
		t.Errorf("HTML(%q) = %q, want %q", in, got, want)
	}
}

func TestJSON(t *testing.T) {
	in := "a\x7fb\u009bc\u202ed\x1be"
	raw, err := json.Marshal(map[string]string{"s": in})
	if err != nil {
		t.Fatal(err)
	}
	out := JSON(raw)
	for _, r := range string(out) {
		if control(r) {
			t.Fatalf("raw control %U left in %s", r, out)
		}
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil || back["s"] != in {
		t.Fatalf("JSON(%s) = %s, decodes to %q (%v)", raw, out, back["s"], err)
	}
	clean := []byte(`{"s":"Zürich"}`)
	if got := JSON(clean); string(got) != string(clean) {
		t.Errorf("clean JSON changed: %s", got)
	}
}

func ExampleCSV() {
	fmt.Println(CSV(`=HYPERLINK("http://evil.example","x")`))
	fmt.Println(CSV("-5"))
	// Output:
	// '=HYPERLINK("http://evil.example","x")
	// -5
}

func ExampleTerminal() {
	fmt.Println(Terminal("\x1b]0;pwned\a\x1b[2J"))
	// Output: \x1b]0;pwned\x07\x1b[2J
}
