package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/pkg/lang"
)

// TestDebugFile prints the sentences, cues and claims of the file in
// $CLAIMDIFF_DEBUG, for people tuning the rules.
func TestDebugFile(t *testing.T) {
	path := os.Getenv("CLAIMDIFF_DEBUG")
	if path == "" {
		t.Skip("set CLAIMDIFF_DEBUG=file to trace the extractor on it")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	meta := Meta{Key: path, Language: os.Getenv("CLAIMDIFF_LANG"), Outlet: os.Getenv("CLAIMDIFF_OUTLET")}
	meta.Published, _ = time.Parse("2006-01-02", os.Getenv("CLAIMDIFF_PUBLISHED"))
	if meta.Language == "" {
		meta.Language = lang.Detect(string(data))
	}
	traceSentence = func(d *doc, si int) {
		s := d.sents[si]
		fmt.Printf("\n[%d%s] %s\n", si, map[bool]string{true: " H", false: ""}[s.headline], d.span(s.start, s.end))
		frames := d.sentenceFrames(si)
		if os.Getenv("CLAIMDIFF_DEBUG_TOKENS") != "" {
			for k := s.start; k < s.end; k++ {
				if m, ok := d.mentionAt(k, s); ok {
					fmt.Printf("    at %d %q: mention %q → %q start=%v\n", k, d.toks[k].Text, d.span(m.start, m.end), m.src.name, d.mayStartMention(k))
				}
			}
		}
		for _, m := range d.mentCache[si] {
			fmt.Printf("    mention %q → %q (%s) pronoun=%v\n", d.span(m.start, m.end), m.src.name, m.src.kind, m.pronoun)
		}
		for _, f := range frames {
			fmt.Printf("    frame %s %q content %q inherits=%v first=%v\n", f.kind, d.span(f.at, f.end), d.span(f.lo, f.hi), f.inherits, f.first)
			for _, fl := range f.fillers {
				fmt.Printf("        %s %q via %q\n", slotNames[fl.slot], fl.src.name, fl.src.via)
			}
		}
		for _, f := range d.figs[si] {
			why := d.notClaim(&f, s.start, s.end)
			fmt.Printf("    figure %q = %g %s %s\n", d.span(f.start, f.end), f.value, f.qual, strings.TrimSpace(why))
		}
	}
	defer func() { traceSentence = nil }()
	fmt.Println()
	claims, choices := ExtractWith(string(data), meta, Options{Explain: true})
	for _, ch := range choices {
		fmt.Printf("CHOICE %q\n", ch.Claim.Raw)
		for i, c := range ch.Candidates {
			mark := " "
			if i == ch.Chosen {
				mark = ">"
			}
			fmt.Printf("  %s %-14s %-30q %6.2f  %s\n", mark, c.Type, c.Source, c.Score, strings.Join(c.Features.Names, " "))
		}
	}
	for _, c := range claims {
		fmt.Printf("CLAIM %-22q %-9s %-10s %-35q @%-12s by %s (%s) via %q period %q stated %s\n", c.Raw, c.Qualifier, c.Metric, c.Subject, c.Location, c.Source, c.SourceKind, c.Via, c.Period, c.StatedOn.Format("2006-01-02"))
	}
}
