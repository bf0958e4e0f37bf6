package safe

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

func TestName(t *testing.T) {
	for _, tc := range []struct {
		desc, in, want string
		changed        bool
	}{
		{"a plain name", "Ukrainian government", "Ukrainian government", false},
		{"a zero-width space is a break between words", "Ukrainian\u200bgovernment", "Ukrainian government", true},
		{"a zero-width space between words", "Ukrainian \u200bgovernment", "Ukrainian government", true},
		{"zero-width joiner and BOM", "\ufeffKyiv\u200d", "Kyiv", true},
		{"an RTL override", "\u202eUkrainian government", "Ukrainian government", true},
		{"controls", "Ukrainian\x1b]0;x\a government", "Ukrainian]0;x government", true},
		{"a no-break space is a space", "Ukrainian\u00a0government", "Ukrainian government", true},
		{"a line break is a space", "Ukrainian\ngovernment", "Ukrainian government", true},
		{"spaces are collapsed and trimmed", "  Ukrainian   government ", "Ukrainian government", false},
		{"NFD becomes NFC", "Zu\u0308rich", "Zürich", false},
		{"a soft hyphen", "Bundes\u00adregierung", "Bundesregierung", true},
		{"a Hangul filler", "Ukrainian\u3164government", "Ukrainiangovernment", true},
	} {
		got, changed := Name(tc.in)
		if got != tc.want || changed != tc.changed {
			t.Errorf("%s: Name(%q) = %q, %v; want %q, %v", tc.desc, tc.in, got, changed, tc.want, tc.changed)
		}
	}
}

// Names that differ only by invisible characters or odd white space are
// one name after Name.
func TestLookAlikesAreOneName(t *testing.T) {
	want := "Ukrainian government"
	for _, in := range []string{
		"Ukrainian government", "Ukrainian\u200bgovernment", "Ukrainian \u200bgovernment", "\u202eUkrainian government\u202c",
		"Ukrainian\u00a0government", "Ukrainian\u2003government", "\ufeffUkrainian government",
		"Ukrainian\u200d government", "Ukrainian\tgovernment", "Ukrainian\u2028government",
	} {
		if got, _ := Name(in); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestVisible(t *testing.T) {
	if got, want := Visible("a\u200bb\x1b c\u00a0d"), `a\u200bb\x1b c\u00a0d`; got != want {
		t.Errorf("Visible = %q, want %q", got, want)
	}
}

func TestCut(t *testing.T) {
	long := strings.Repeat("word ", 100)
	got := Cut(long, 200)
	if n := utf8.RuneCountInString(got); n > 200 || !strings.HasSuffix(got, "word…") {
		t.Errorf("Cut: %d characters, %q", n, got)
	}
	if Cut("short", 200) != "short" {
		t.Error("Cut changed a short string")
	}
	if got := Cut(strings.Repeat("ä", 300), 10); got != strings.Repeat("ä", 9)+"…" {
		t.Errorf("Cut without spaces = %q", got)
	}
}

func TestClaimStrict(t *testing.T) {
	var n Names
	c := claimdiff.Claim{Article: "a.txt", Quote: "q", Raw: "5", Subject: "people", Source: strings.Repeat("x", MaxName+1)}
	err := n.Claim(&c, true)
	if err == nil || !strings.Contains(err.Error(), `"source" is 201 characters long: at most 200 are allowed`) {
		t.Errorf("strict: %v", err)
	}
	c = claimdiff.Claim{Article: "a.txt", Quote: strings.Repeat("q ", MaxQuote), Raw: "5", Subject: "people", Source: "x"}
	if err := n.Claim(&c, true); err == nil || !strings.Contains(err.Error(), `"quote"`) {
		t.Errorf("strict quote: %v", err)
	}
	c = claimdiff.Claim{Article: "a.txt", Raw: "5", Subject: "people", Source: "x", URL: "https://example.org/a\x1b]0;x\a"}
	if err := n.Claim(&c, true); err == nil || !strings.Contains(err.Error(), `"url"`) || strings.ContainsRune(err.Error(), 0x1b) {
		t.Errorf("strict url: %v", err)
	}
}

func TestClaimLenient(t *testing.T) {
	var n Names
	c := claimdiff.Claim{Article: "a.txt", Quote: strings.Repeat("q ", MaxQuote), Raw: "5", Subject: "people\u200b",
		Source: "Ukrainian\u200b government", Outlet: strings.Repeat("o", 300), URL: "https://example.org/\x1b"}
	if err := n.Claim(&c, false); err != nil {
		t.Fatal(err)
	}
	if c.Source != "Ukrainian government" || c.Subject != "people" || c.URL != "" {
		t.Errorf("cleaned: %q %q %q", c.Source, c.Subject, c.URL)
	}
	if utf8.RuneCountInString(c.Quote) > MaxQuote || utf8.RuneCountInString(c.Outlet) > MaxName {
		t.Errorf("not cut: %d, %d", utf8.RuneCountInString(c.Quote), utf8.RuneCountInString(c.Outlet))
	}
	w := n.Warnings()
	if len(w) != 2 || !strings.HasPrefix(w[0], "removed invisible characters or odd white space from 2 names (first: ") ||
		!strings.Contains(w[0], `\u200b`) || !strings.HasPrefix(w[1], "cut 2 over-long fields") {
		t.Errorf("warnings: %q", w)
	}
}

func ExampleName() {
	name, changed := Name("Ukrainian\u200bgovernment")
	fmt.Printf("%q %v\n", name, changed)
	// Output: "Ukrainian government" true
}
