package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
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
		meta.Language = "de"
	}
	d := &doc{text: string(data), meta: meta, l: getLanguage(meta.Language)}
	d.prepare()
	d.cueCache = make([]*[]cue, len(d.sents))
	d.mentCache = make([][]mention, len(d.sents))
	d.markNeeded()
	d.findQuotes()
	d.findAcronyms()
	var last = new(*claimdiffClaim)
	_ = last
	for si, s := range d.sents {
		fmt.Printf("\n[%d%s] %s\n", si, map[bool]string{true: " H", false: ""}[s.headline], d.span(s.start, s.end))
		for _, m := range d.mentions(s) {
			fmt.Printf("    mention %q → %q (%s) pronoun=%v\n", d.span(m.start, m.end), m.src.name, m.src.kind, m.pronoun)
		}
		for _, c := range d.sentenceCues(si) {
			fmt.Printf("    cue %d %q → %q via %q inherits=%v\n", c.kind, d.span(c.at, c.end), c.src.name, c.src.via, c.inherits)
		}
		for _, f := range d.figures(s.start, s.end) {
			why := d.notClaim(&f, s.start, s.end)
			fmt.Printf("    figure %q = %g %s %s\n", d.span(f.start, f.end), f.value, f.qual, strings.TrimSpace(why))
		}
		d.remember(si)
	}
	fmt.Println()
	for _, c := range Extract(string(data), meta) {
		fmt.Printf("CLAIM %-22q %-9s %-10s %-35q @%-12s by %s (%s) via %q period %q stated %s\n", c.Raw, c.Qualifier, c.Metric, c.Subject, c.Location, c.Source, c.SourceKind, c.Via, c.Period, c.StatedOn.Format("2006-01-02"))
	}
}

type claimdiffClaim struct{}
