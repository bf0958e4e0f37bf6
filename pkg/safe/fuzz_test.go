package safe

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hostile reports the first character of s a terminal would interpret:
// a control or bidirectional formatting character other than allowed.
func hostile(s, allowed string) (rune, bool) {
	for _, r := range s {
		if strings.ContainsRune(allowed, r) {
			continue
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == utf8.RuneError {
			return r, true
		}
	}
	return 0, false
}

// FuzzEscapers: whatever the text, the terminal forms hold no character a
// terminal would interpret, a CSV cell never starts a formula, a name holds
// no invisible character and cleaning it twice changes nothing more.
func FuzzEscapers(f *testing.F) {
	for _, s := range []string{"", "Ukrainian\u200bgovernment", "\x1b]0;pwned\a\x1b[2J", "=HYPERLINK(\"x\")", "-5", "\u202eevil",
		"line\nbreak\tand tab", "\xff\xfe", "# heading", "| cell |"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, out := range map[string]string{"Terminal": Terminal(s), "Line": Line(s), "Field": Field(s)} {
			allowed := ""
			if name == "Terminal" {
				allowed = "\n\t"
			}
			if r, bad := hostile(out, allowed); bad {
				t.Errorf("%s(%q) holds %U: %q", name, s, r, out)
			}
		}
		if out := Field(s); strings.ContainsAny(out, "\t\n") {
			t.Errorf("Field(%q) splits a field or a line: %q", s, out)
		}
		if out := CSV(s); out != "" && strings.ContainsRune("=+-@\t\r", rune(out[0])) && !isNumber(s) {
			t.Errorf("CSV(%q) starts a formula: %q", s, out)
		}
		if out := Markdown(s); strings.Contains(out, "\n") {
			t.Errorf("Markdown(%q) breaks the line: %q", s, out)
		}
		name, _ := Name(s)
		if r, bad := hostile(name, ""); bad {
			t.Errorf("Name(%q) holds %U: %q", s, r, name)
		}
		if again, changed := Name(name); changed || again != name {
			t.Errorf("Name is not idempotent: %q → %q → %q", s, name, again)
		}
	})
}

// isNumber: s is a plain number, which a CSV cell keeps as it is.
func isNumber(s string) bool {
	s = strings.TrimLeft(s, "+-")
	if s == "" {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("0123456789.eE+-", r) {
			return false
		}
	}
	return true
}
