// Package de is claimdiff's German: its words, attribution frames and
// aliases (de.lex), the grammar that data cannot say (Grammar), and the
// learned weights of the source ranker (ranker.tsv). Importing it
// registers the language with package lang.
package de

import (
	"embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/pkg/lang"
)

//go:embed de.lex ranker.tsv
var files embed.FS

func init() { lang.Register("de", files, Grammar{}) }

// Grammar is German grammar as the extractor needs it.
type Grammar struct{}

// inseparable are the prefixes that keep a verb's participle without
// "ge-": berichten → berichtet, verzeichnen → verzeichnet.
var inseparable = []string{"be", "emp", "ent", "er", "ge", "miss", "ver", "zer"}

// VerbForms writes a lemma's present, preterite, Konjunktiv I and
// participle. A weak verb's forms come from its stem ("sagen": sagt,
// sagte, gesagt); a strong verb's from the data's three forms ("sprechen
// = spricht sprach gesprochen"). A separable particle ("mit|teilen")
// stands after the finite verb in a main clause ("teilte … mit") and
// before it in a subordinate one ("mitteilte"), and inside the participle
// ("mitgeteilt").
func (Grammar) VerbForms(lemma string, irregular func(string) []string) []lang.VerbForm {
	particle, base := lang.SplitLemma(lemma)
	finite, plurals, participle := conjugate(base, irregular)
	var out []lang.VerbForm
	for i, f := range finite {
		out = append(out, lang.VerbForm{Word: f, Particle: particle, Plural: i < plurals})
		if particle != "" {
			out = append(out, lang.VerbForm{Word: particle + f, Plural: i < plurals}) // "…, wie die Polizei mitteilte"
		}
	}
	if particle != "" {
		out = append(out, lang.VerbForm{Word: particle + base}, lang.VerbForm{Word: particle + "zu" + base})
	}
	out = append(out, lang.VerbForm{Word: particle + participle, Participle: true})
	return lang.DedupeForms(out)
}

// conjugate returns the finite forms and the participle of a verb without
// separable particle; the first plurals of the finite forms are of the
// plural only.
func conjugate(base string, irregular func(string) []string) (finite []string, plurals int, participle string) {
	stem := base
	switch {
	case strings.HasSuffix(base, "eln"), strings.HasSuffix(base, "ern"):
		stem = strings.TrimSuffix(base, "n") // beziffern → beziffer
	case strings.HasSuffix(base, "en"):
		stem = strings.TrimSuffix(base, "en")
	case strings.HasSuffix(base, "n"):
		stem = strings.TrimSuffix(base, "n")
	}
	e := ""
	if needsE(stem) {
		e = "e" // berichten → berichtet, rechnen → rechnete
	}
	plural := base
	if forms := irregular(base); len(forms) == 3 {
		// A strong verb: present third person, preterite, participle.
		pres, pret, part := forms[0], forms[1], forms[2]
		finite = []string{plural, pretPlural(pret), stem + "e", stem + e + "t", pres, pret, pret + "t"}
		if strings.HasSuffix(pres, "t") && !strings.HasSuffix(stem, "t") {
			finite = append(finite, strings.TrimSuffix(pres, "t")+"st")
		}
		return finite, 2, part
	}
	finite = []string{plural, stem + e + "ten", stem + "e", stem + e + "t", stem + e + "st",
		stem + e + "te", stem + e + "tet", stem + e + "test"}
	plurals = 2
	switch {
	case strings.HasSuffix(base, "ieren"), hasInseparable(base):
		participle = stem + e + "t" // registriert, berichtet
	default:
		participle = "ge" + stem + e + "t" // gesagt, gemeldet
	}
	return finite, plurals, participle
}

// pretPlural is the plural of a strong preterite: sprach → sprachen,
// nannte → nannten.
func pretPlural(pret string) string {
	if strings.HasSuffix(pret, "e") {
		return pret + "n"
	}
	return pret + "en"
}

// needsE: a stem ending in d or t, or in m or n after a consonant other
// than l, r, m or a lengthening h, takes an e before the endings -t, -te:
// berichtet, rechnete, but lernt, wohnt.
func needsE(stem string) bool {
	if strings.HasSuffix(stem, "d") || strings.HasSuffix(stem, "t") {
		return true
	}
	n := len(stem)
	if n < 2 || stem[n-1] != 'm' && stem[n-1] != 'n' {
		return false
	}
	switch prev := stem[n-2]; {
	case prev == 'h':
		return n >= 3 && stem[n-3] == 'c' // rechnen, but wohnen
	case prev >= 0x80 || strings.IndexByte("aeiouylrm", prev) >= 0:
		return false
	}
	return true
}

func hasInseparable(base string) bool {
	for _, p := range inseparable {
		if strings.HasPrefix(base, p) && len(base) > len(p)+3 {
			return true
		}
	}
	return false
}

// CapitalizesNouns: every German noun is capitalized.
func (Grammar) CapitalizesNouns() bool { return true }

// InvertsAfterFronting: German is verb-second; after a fronted phrase the
// subject follows the finite verb.
func (Grammar) InvertsAfterFronting() bool { return true }

// MayBeAdjective: a German attributive adjective ends in -e, -en, -er,
// -es or -em.
func (Grammar) MayBeAdjective(w string) bool {
	for _, end := range []string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// BaseNoun undoes the genitive ending of a masculine or neuter noun:
// "Mietervereins" → "Mieterverein", "Verbandes" → "Verband".
func (Grammar) BaseNoun(w string) string {
	n := utf8.RuneCountInString(w)
	switch {
	case n >= 5 && strings.HasSuffix(w, "es") && !strings.ContainsRune("aeiouäöülrn", lastRune(w[:len(w)-2])):
		return w[:len(w)-2]
	case n > 4 && strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

func lastRune(w string) rune {
	r, _ := utf8.DecodeLastRuneInString(w)
	return r
}

// PlaceOfAdjective: a German town's adjective is its name with -er, which
// does not decline: "Kiewer Angaben", "die Bremer Feuerwehr"; a name in
// -en drops it ("Bremen" → "Bremer"), and so may its e ("München" →
// "Münchner").
func (Grammar) PlaceOfAdjective(w string) []string {
	if len(w) < 5 || !strings.HasSuffix(w, "er") || !startsUpper(w) {
		return nil
	}
	base := strings.TrimSuffix(w, "er")
	out := []string{base, base + "en"}
	if strings.HasSuffix(base, "n") {
		out = append(out, strings.TrimSuffix(base, "n")+"en")
	}
	return out
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// ObjectFollowsVerb: a German participle or verb in a subordinate clause
// stands after its object ("sind 40 Menschen getötet worden").
func (Grammar) ObjectFollowsVerb() bool { return false }

// NounHeads: a dative plural adds -n to a plural in -e, -er or -el
// ("Säcken", "Häusern"), and a compound is what its last part is
// ("Erstanträge" are Anträge, "Masern-Fälle" Fälle): the word without the
// -n, then each last part of four letters or more after three or more,
// longest first, of both.
func (Grammar) NounHeads(w string, heads []string) []string {
	forms := [2]string{w}
	if utf8.RuneCountInString(w) > 4 && strings.HasSuffix(w, "n") {
		if base := w[:len(w)-1]; strings.HasSuffix(base, "e") || strings.HasSuffix(base, "er") || strings.HasSuffix(base, "el") {
			heads = append(heads, base)
			forms[1] = base
		}
	}
	for _, f := range forms {
		// Each last part of four letters or more after three or more; a
		// hyphen ends the first part wherever it stands ("US-Soldaten").
		n, left := 0, utf8.RuneCountInString(f)
		for i, r := range f {
			switch {
			case r == '-':
				if i+1 < len(f) {
					heads = append(heads, f[i+1:])
				}
			case n >= 3 && left >= 4 && f[i-1] != '-':
				heads = append(heads, f[i:])
			}
			n++
			left--
		}
	}
	return heads
}

// MayBePluralNoun: German shows its nouns by their capital.
func (Grammar) MayBePluralNoun(string) bool { return false }
