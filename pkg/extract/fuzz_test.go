package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/pkg/lang"
)

// FuzzNumbers feeds the number reader figures of every shape: it must not
// panic, and what it reads must be a count.
func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"11.000", "11 000", "1,5 Millionen", "2.5 million", "zehntausend", "fünfzigtausend",
		"zwei Dutzend", "27-hundred", "three-thousand", "500k", "1.234,5", "10.000-12.000", "einundzwanzig",
		"eine halbe Million", "half a million", "tens of thousands", "9999999999999999999999", "0,0,0", "1..2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, code := range lang.Codes() {
			d := &doc{text: s, l: getLanguage(code)}
			d.prepare()
			for _, fig := range d.figures(nil, 0, len(d.toks)) {
				if fig.value < 0 || fig.value2 != nil && *fig.value2 < fig.value {
					t.Fatalf("%q read as %g–%v", s, fig.value, fig.value2)
				}
				if fig.start < 0 || fig.end > len(d.toks) || fig.start >= fig.end {
					t.Fatalf("%q: figure tokens %d–%d", s, fig.start, fig.end)
				}
			}
		}
	})
}

// FuzzExtract: on any text, extraction does not panic, every span lies
// inside the text, and every claim is a valid claim record.
func FuzzExtract(f *testing.F) {
	for _, t := range seedCorpus(f) {
		f.Add(t[:min(len(t), 600)])
	}
	for _, s := range []string{"„Hunderte“ Soldaten seien getötet worden, sagte er.", "Laut Kiew: 11.000.",
		"At least 19 people were killed, the ministry said.", "\x00\xff", "1.2.3.4.5", "„„„“", "sagte sagte sagte",
		"Citing officials, Reuters reported 300 deaths.", "Unter Berufung auf Behörden, berichtete die Agentur von 300 Toten."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, code := range lang.Codes() {
			for _, c := range Extract(text, Meta{Key: "k", Language: code, Outlet: "O"}) {
				if c.Span.Start < 0 || c.Span.End > len(text) || c.Span.Start >= c.Span.End {
					t.Fatalf("span %v outside %d bytes", c.Span, len(text))
				}
				if !strings.Contains(text, c.Quote) {
					t.Fatalf("quote %q is not in the text", c.Quote)
				}
				if err := c.Validate(); err != nil {
					t.Fatalf("%q: %v", c.Raw, err)
				}
				if c.Low != nil && c.High != nil && *c.Low > *c.High {
					t.Fatalf("low above high: %q", c.Raw)
				}
			}
		}
	})
}

// The sentence splitter keeps offsets into the text: every sentence is a
// run of tokens inside it, in order, none overlapping the next.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"Laut Polizei kamen 12 Menschen ums Leben. Die Feuerwehr sprach von 14.",
		"„Wir sind sicher“, sagte er. Dr. Weber, z. B. in Berlin, widersprach.",
		"U.S. officials said 5,000 troops were sent. « Non », dit-il.\nZur Startseite\nKurz: 3 Tote",
		"", "...", "\x80\x81", "Ä.Ö.Ü. ß.",
	} {
		f.Add(s, "de")
	}
	f.Fuzz(func(t *testing.T, text, code string) {
		l := getLanguage(code)
		if l == nil {
			l = getLanguage("en")
		}
		d := docPool.Get().(*doc)
		defer d.release()
		d.text, d.l = text, l
		d.prepare()
		last := -1
		for i, s := range d.sents {
			if s.start < 0 || s.end > len(d.toks) || s.start >= s.end {
				t.Fatalf("sentence %d: tokens [%d, %d) of %d", i, s.start, s.end, len(d.toks))
			}
			if s.start <= last {
				t.Fatalf("sentence %d overlaps the one before", i)
			}
			last = s.end - 1
			for k := s.start; k < s.end; k++ {
				tok := d.toks[k]
				if tok.Start < 0 || tok.End > len(text) || tok.Start > tok.End || text[tok.Start:tok.End] != tok.Text {
					t.Fatalf("token %d %+v is not the text at its offsets", k, tok)
				}
			}
		}
	})
}
