package lang

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/fixtures"
)

func TestTokenize(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       []string // each token's Lower
	}{
		{"inner hyphen", "US-Beamten sagten", []string{"us-beamten", "sagten"}},
		{"possessive", "Russia's army", []string{"russia", "'s", "army"}},
		{"typographic possessive", "Russia’s army", []string{"russia", "'s", "army"}},
		{"elision", "l'Intérieur", []string{"l'", "intérieur"}},
		{"typographic elision", "qu’il a dit", []string{"qu'", "il", "a", "dit"}},
		{"apostrophe inside a word", "aujourd'hui", []string{"aujourd'hui"}},
		{"dotted abbreviation", "die U.S. Army", []string{"die", "u.s.", "army"}},
		{"number with separators", "50.000 und 1,5.", []string{"50.000", "und", "1,5", "."}},
		{"quote marks", "„Wir“", []string{"„", "wir", "“"}},
		{"one slash", "und/oder", []string{"und/oder"}},
		{"soft hyphen is space", "Kriegs\u00adgebiet", []string{"kriegs", "gebiet"}},
		{"Devanagari digits with ASCII ones are one word", "१२.000 Menschen", []string{"१२.000", "menschen"}},
		{"ASCII digits with Arabic-Indic ones are one word", "12.٠٠٠ x", []string{"12.٠٠٠", "x"}},
		{"Arabic-Indic digits", "١٢٣", []string{"١٢٣"}},
	} {
		var got []string
		for _, tok := range Tokenize(tc.text) {
			got = append(got, tok.Lower)
			if tok.Kind == Number && strings.ContainsFunc(tok.Text, func(r rune) bool { return r > 0x7f }) {
				t.Errorf("%s: %q is taken for a number", tc.desc, tok.Text)
			}
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %q gives %q, want %q", tc.desc, tc.text, got, tc.want)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	text := "Laut l’Intérieur: 1.200 Tote.\nRussia's  Armee"
	for _, tok := range AppendTokens(nil, text, 10) {
		if text[tok.Start-10:tok.End-10] != tok.Text {
			t.Errorf("%q at [%d,%d) is %q", tok.Text, tok.Start, tok.End, text[tok.Start-10:tok.End-10])
		}
	}
}

// TestTokenHyphen: a token is marked as holding a hyphen when its text
// holds one, also a part of a word split at its apostrophe.
func TestTokenHyphen(t *testing.T) {
	text := "US-Beamten, d'Ouest-France - Nord-Süd l'Île-de-France's West-Bank's x-'s 1-2 ‐ –"
	for _, tok := range Tokenize(text) {
		if want := strings.Contains(tok.Text, "-"); tok.Hyphen != want {
			t.Errorf("%q: Hyphen is %v, want %v", tok.Text, tok.Hyphen, want)
		}
	}
}

// FuzzTokenizeLowered: tokens that take their lower case from a lowered
// copy of the text are the tokens that lower themselves.
func FuzzTokenizeLowered(f *testing.F) {
	for _, s := range []string{"l'Intérieur qu’il Russia's", "U.S. z.B. 50.000 1,5", "ÄRZTE straße Ÿ ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		lowered, ok := LowerText(text)
		if !ok {
			return
		}
		want := AppendTokens(nil, text, 0)
		if got := AppendTokensLower(nil, text, lowered, 0); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: lowered text gives %v, want %v", text, got, want)
		}
		for _, tok := range want {
			if tok.Lower != folded(tok.Text) {
				t.Errorf("%q: lower case %q", tok.Text, tok.Lower)
			}
			if tok.Hyphen != strings.Contains(tok.Text, "-") {
				t.Errorf("%q: Hyphen is %v", tok.Text, tok.Hyphen)
			}
		}
	})
}

// folded is strings.ToLower that reads the typographic apostrophe as the
// plain one and ß as ss.
func folded(s string) string {
	return strings.NewReplacer("’", "'", "ß", "ss").Replace(strings.ToLower(s))
}

// FuzzLower: lower is folded, and so is appendToLower but for the
// apostrophe.
func FuzzLower(f *testing.F) {
	for _, s := range []string{"Russia’s", "abc\xff", "ẞİ\uFFFDÄ’", "Ǆǅ ΣΑΣ", "straße", "L’Élysée"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lower(s), folded(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendToLower(nil, s)), strings.ReplaceAll(strings.ToLower(s), "ß", "ss"); got != want {
			t.Errorf("appendToLower(%q) = %q, want %q", s, got, want)
		}
	})
}

// BenchmarkTokenize tokenizes the written articles as the extractor does:
// from a lowered copy of the text, then each token's facts.
func BenchmarkTokenize(b *testing.B) {
	var texts []string
	n := 0
	for _, set := range []struct {
		files fs.FS
		glob  string
	}{{fixtures.Written, "written/*.txt"}, {fixtures.WrittenFR, "written-fr/*.txt"}} {
		names, _ := fs.Glob(set.files, set.glob)
		for _, name := range names {
			data, err := fs.ReadFile(set.files, name)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(data))
			n += len(data)
		}
	}
	lx := Get("de")
	b.SetBytes(int64(n))
	var toks []Token
	for b.Loop() {
		for _, text := range texts {
			lowered, _ := LowerText(text)
			toks = AppendTokensLower(toks[:0], text, lowered, 0)
			for _, t := range toks {
				lx.Info(t.Lower)
			}
		}
	}
}

func TestLowerTextEightBytes(t *testing.T) {
	var all []byte
	for c := 0; c < 0x80; c++ {
		all = append(all, byte(c))
	}
	for _, s := range []string{string(all), "Die POLIZEI in München meldete 12 Tote; ÄÖÜ äöü @[`{ AZaz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{"} {
		for i := 0; i < len(s); i++ {
			if !utf8.RuneStart(s[i]) {
				continue
			}
			got, ok := LowerText(s[i:])
			if want := strings.ToLower(s[i:]); !ok || got != want {
				t.Errorf("LowerText(%q) = %q, %v; want %q", s[i:], got, ok, want)
			}
		}
	}
}

func TestAppendLowerIsLower(t *testing.T) {
	for _, s := range []string{"", "polizei", "Die POLIZEI in München", "Straße ẞ", "Ministry’s", "ÉTAT-MAJOR", "bad \xff byte", "ΑΘΗΝΑ", "İstanbul", "\ufffd"} {
		if got, want := string(AppendLower([]byte("x"), s)), "x"+Lower(s); got != want {
			t.Errorf("AppendLower(%q) = %q; want %q", s, got, want)
		}
	}
}

func FuzzAppendLower(f *testing.F) {
	f.Add("Die POLIZEI in München, Straße ẞ, Ministry’s")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(AppendLower(nil, s)), Lower(s); got != want {
			t.Errorf("AppendLower(%q) = %q; want %q", s, got, want)
		}
	})
}
