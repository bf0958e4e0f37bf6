package safe

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// Limits on the text claimdiff stores, in characters. A claim record or a
// manifest line over a limit is refused with an error naming its file and
// line; text claimdiff finds itself — extracted from an article, read from
// an HTML page — is cut to the limit, ending in "…", and a warning says so.
const (
	// MaxName bounds a name: a source, an outlet, a subject, a place, a
	// go-between, a period phrase, and a figure as printed. The longest
	// official name of a body runs to about 120 characters.
	MaxName = 200
	// MaxTitle bounds an article's title.
	MaxTitle = 500
	// MaxURL bounds a URL and an article's key (a file name or a URL):
	// browsers and servers stop reading addresses at about 2,000.
	MaxURL = 2048
	// MaxQuote bounds a quote, the sentence carrying a figure: a long
	// sentence of a news article is 400 characters; 4,000 is a paragraph.
	MaxQuote = 4000
)

// invisible reports whether r shows as nothing, or as a blank where none
// should be: controls, format characters (zero-width space and joiners,
// bidirectional controls, the byte-order mark, soft hyphen, tags), and the
// fillers and selectors that render as nothing.
func invisible(r rune) bool {
	switch {
	case unicode.In(r, unicode.Cc, unicode.Cf):
		return true
	case r == '\u034f', r == '\u115f', r == '\u1160', r == '\u17b4', r == '\u17b5',
		r == '\u2800', r == '\u3164', r == '\uffa0':
		return true
	case r >= '\u180b' && r <= '\u180f', r >= '\ufe00' && r <= '\ufe0f', r >= 0xe0100 && r <= 0xe01ef:
		return true
	}
	return false
}

// Name returns a name as claimdiff stores it: in Unicode NFC; white space
// of any kind (a tab, a line break, a no-break or ideographic space) made
// one plain space, and trimmed; a zero-width space (U+200B), which marks
// a break between words, made a space too; invisible characters removed —
// controls, zero-width joiners (U+200C, U+200D, U+2060), bidirectional
// controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F), the byte-order
// mark U+FEFF, soft hyphens, variation selectors and fillers. Two names
// that look alike are then one name. changed reports whether white space
// other than plain spaces, or an invisible character, was there.
func Name(s string) (name string, changed bool) {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			changed = true
		case unicode.IsSpace(r) || whiteControl(r) || r == '\u200b':
			if r != ' ' {
				changed = true
			}
			space = b.Len() > 0
		case invisible(r):
			changed = true
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	// NFC after the removals: a control between two combining marks kept
	// them apart, and once it is gone they take their canonical order.
	name = norm.NFC.String(b.String())
	return name, changed
}

// Visible returns s with every character Name would remove or make a
// space written as an escape (\u200b, \x1b), and nothing else changed: for
// messages that show what was cleaned.
func Visible(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r != ' ' && (invisible(r) || unicode.IsSpace(r) || control(r)):
			escapeRune(&b, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// Cut returns s cut to at most max characters, at a space where one falls
// in its last fifth, ending in "…" when anything was cut.
func Cut(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	runes := []rune(s)[:max-1]
	for i := len(runes) - 1; i > max*4/5; i-- {
		if runes[i] == ' ' {
			runes = runes[:i]
			break
		}
	}
	return strings.TrimRight(string(runes), " ") + "…"
}

// CheckLen returns an error naming field when s is longer than max
// characters.
func CheckLen(field, s string, max int) error {
	if n := utf8.RuneCountInString(s); n > max {
		return fmt.Errorf("%q is %d characters long: at most %d are allowed", field, n, max)
	}
	return nil
}

// CheckURL returns an error when s is longer than MaxURL or holds a
// control character, an invisible one or white space other than a plain
// space (which scraped addresses often hold, and links percent-encode).
func CheckURL(field, s string) error {
	if err := CheckLen(field, s, MaxURL); err != nil {
		return err
	}
	for _, r := range s {
		if r != ' ' && (invisible(r) || unicode.IsSpace(r) || control(r)) {
			return fmt.Errorf("%q holds a control or invisible character (%s): percent-encode it", field, Visible(string(r)))
		}
	}
	return nil
}

// CheckName returns an error when the name s, once cleaned, is longer
// than max characters.
func CheckName(field, s string, max int) error {
	name, _ := Name(s)
	return CheckLen(field, name, max)
}

// Names cleans names with Name and cuts text with Cut, and remembers
// what it changed so that a run warns once. It is safe for concurrent use.
type Names struct {
	mu        sync.Mutex
	cleaned   map[string]bool
	firstName string
	cut       int
	firstCut  string
}

// Name cleans one name (see the function Name).
func (n *Names) Name(s string) string {
	name, changed := Name(s)
	if changed {
		n.mu.Lock()
		if n.cleaned == nil {
			n.cleaned = map[string]bool{}
		}
		if !n.cleaned[s] {
			if len(n.cleaned) == 0 {
				n.firstName = s
			}
			n.cleaned[s] = true
		}
		n.mu.Unlock()
	}
	return name
}

// Cut cuts s to max characters (see the function Cut), counting it.
func (n *Names) Cut(field, s string, max int) string {
	out := Cut(s, max)
	if out != s {
		n.mu.Lock()
		if n.cut == 0 {
			n.firstCut = field
		}
		n.cut++
		n.mu.Unlock()
	}
	return out
}

// Warnings say what was changed, a line each; none when nothing was.
func (n *Names) Warnings() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	var out []string
	if k := len(n.cleaned); k > 0 {
		out = append(out, fmt.Sprintf("removed invisible characters or odd white space from %s (first: %s)",
			plural(k, "name"), Visible(fmt.Sprintf("%q", n.firstName))))
	}
	if n.cut > 0 {
		out = append(out, fmt.Sprintf("cut %s to the length limits (first: a %s over %s)",
			plural(n.cut, "over-long field"), n.firstCut, limitOf(n.firstCut)))
	}
	return out
}

func limitOf(field string) string {
	for _, f := range claimFields {
		if f.name == field {
			return fmt.Sprintf("%d characters", f.max)
		}
	}
	return "its limit"
}

func plural(k int, noun string) string {
	if k == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", k, noun)
}

// claimField is a text field of a claim, its limit, and whether it is a
// name (cleaned by Name) or text kept as printed (quote, figure).
type claimField struct {
	name   string
	get    func(c *claimdiff.Claim) *string
	max    int
	isName bool
}

// claimFields are the text fields of a claim, in the order of the claim
// record.
var claimFields = []claimField{
	{"article", func(c *claimdiff.Claim) *string { return &c.Article }, MaxURL, false},
	{"quote", func(c *claimdiff.Claim) *string { return &c.Quote }, MaxQuote, false},
	{"raw", func(c *claimdiff.Claim) *string { return &c.Raw }, MaxName, false},
	{"subject", func(c *claimdiff.Claim) *string { return &c.Subject }, MaxName, true},
	{"location", func(c *claimdiff.Claim) *string { return &c.Location }, MaxName, true},
	{"source", func(c *claimdiff.Claim) *string { return &c.Source }, MaxName, true},
	{"source_text", func(c *claimdiff.Claim) *string { return &c.SourceText }, MaxName, true},
	{"via", func(c *claimdiff.Claim) *string { return &c.Via }, MaxName, true},
	{"period", func(c *claimdiff.Claim) *string { return &c.Period }, MaxName, true},
	{"outlet", func(c *claimdiff.Claim) *string { return &c.Outlet }, MaxName, true},
	{"title", func(c *claimdiff.Claim) *string { return &c.Title }, MaxTitle, true},
}

// Claim cleans the names of a claim — source, the source as printed,
// go-between, subject, place, period, outlet, title, other names of the
// source — and checks every text field against its limit. When strict, a
// field over its limit, or a URL that is not one, is an error naming the
// field; else the field is cut, and such a URL dropped. The quote, the
// figure as printed and the article's key are kept as they are: they must
// match the article's text and key.
func (n *Names) Claim(c *claimdiff.Claim, strict bool) error {
	for _, f := range claimFields {
		p := f.get(c)
		if f.isName {
			*p = n.Name(*p)
		}
		if strict {
			if err := CheckLen(f.name, *p, f.max); err != nil {
				return err
			}
		} else {
			*p = n.Cut(f.name, *p, f.max)
		}
	}
	for i, alt := range c.SourceAlts {
		c.SourceAlts[i] = n.Name(alt)
		if strict {
			if err := CheckLen("source_alts", c.SourceAlts[i], MaxName); err != nil {
				return err
			}
		} else {
			c.SourceAlts[i] = n.Cut("source_alts", c.SourceAlts[i], MaxName)
		}
	}
	if c.URL != "" {
		if err := CheckURL("url", c.URL); err != nil {
			if strict {
				return err
			}
			c.URL = ""
		}
	}
	return nil
}

// Article cleans the metadata of an article: its outlet and title are
// cleaned as names and cut to their limits; a URL that is not one is
// dropped. Its text and key are kept as they are.
func (n *Names) Article(a *claimdiff.Article) {
	a.Outlet = n.Cut("outlet", n.Name(a.Outlet), MaxName)
	a.Title = n.Cut("title", n.Name(a.Title), MaxTitle)
	if a.URL != "" && CheckURL("url", a.URL) != nil {
		a.URL = ""
	}
}
