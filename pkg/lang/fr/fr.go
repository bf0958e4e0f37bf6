// Package fr is claimdiff's French: its words, attribution frames and
// aliases (fr.lex), the grammar that data cannot say (Grammar), and the
// learned weights of the source ranker (ranker.tsv). Importing it
// registers the language with package lang.
package fr

import (
	"embed"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/lang"
)

//go:embed fr.lex ranker.tsv
var files embed.FS

func init() { lang.Register("fr", files, Grammar{}) }

// Grammar is French grammar as the extractor needs it.
type Grammar struct{}

// VerbForms writes a verb's present, imperfect, simple past, future,
// conditional and participles. A verb in -er is regular: "indiquer" →
// indique, indiquent, indiquait, indiqua, indiquera, indiquerait, indiqué,
// indiquée, indiquant; "annoncer" writes ç before a and o (annonçait), and
// "encourager" keeps its e (encourageait). The data lists every form of an
// irregular verb ("dire = dit disent … dit"), the participle last. The
// compound past is the auxiliary and the participle: "a indiqué" is read by
// its participle.
func (Grammar) VerbForms(lemma string, irregular func(string) []string) []lang.VerbForm {
	particle, base := lang.SplitLemma(lemma)
	var out []lang.VerbForm
	if forms := irregular(base); len(forms) > 0 {
		for i, f := range forms {
			out = append(out, lang.VerbForm{Word: f, Particle: particle, Participle: i == len(forms)-1})
		}
		return lang.DedupeForms(out)
	}
	if !strings.HasSuffix(base, "er") {
		return []lang.VerbForm{{Word: base, Particle: particle}}
	}
	stem := strings.TrimSuffix(base, "er")
	soft := stem // before a and o
	switch {
	case strings.HasSuffix(stem, "c"):
		soft = strings.TrimSuffix(stem, "c") + "ç"
	case strings.HasSuffix(stem, "g"):
		soft = stem + "e"
	}
	for _, f := range []string{stem + "e", stem + "es", stem + "ent", stem + "ons", stem + "ez", base,
		soft + "ait", soft + "aient", soft + "a", stem + "èrent",
		stem + "era", stem + "eront", stem + "erait", stem + "eraient", soft + "ant"} {
		out = append(out, lang.VerbForm{Word: f, Particle: particle, Plain: f == stem+"e" || f == stem+"ent"})
	}
	for _, end := range []string{"é", "ée", "és", "ées"} {
		out = append(out, lang.VerbForm{Word: stem + end, Particle: particle, Participle: true})
	}
	return lang.DedupeForms(out)
}

// CapitalizesNouns: French capitalizes names, not nouns.
func (Grammar) CapitalizesNouns() bool { return false }

// InvertsAfterFronting: French keeps its subject before the verb after a
// fronted phrase; it inverts a reporting verb after what is reported
// ("…, a indiqué le ministère").
func (Grammar) InvertsAfterFronting() bool { return false }

// MayBeAdjective: a French adjective may stand before its noun or after
// it; any lower-case word the data does not know as a function word or
// verb may.
func (Grammar) MayBeAdjective(string) bool { return true }

// BaseNoun: French nouns carry no case endings.
func (Grammar) BaseNoun(w string) string { return w }

// ObjectFollowsVerb: French puts a verb's object after it ("ont tué
// douze personnes").
func (Grammar) ObjectFollowsVerb() bool { return true }

// NounHeads: compounds are written apart; a word is read as it is.
func (Grammar) NounHeads(_ string, heads []string) []string { return heads }

// MayBePluralNoun: a French plural ends in s or x.
func (Grammar) MayBePluralNoun(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x")) && !strings.HasSuffix(w, "ss")
}

// PlaceOfAdjective: French town adjectives ("parisien", "lyonnais") are
// irregular; the data lists those it knows as forms of the place.
func (Grammar) PlaceOfAdjective(string) []string { return nil }
