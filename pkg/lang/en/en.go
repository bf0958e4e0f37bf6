// Package en is claimdiff's English: its words, attribution frames and
// aliases (en.lex), the grammar that data cannot say (Grammar), and the
// learned weights of the source ranker (ranker.tsv). Importing it
// registers the language with package lang.
package en

import (
	"embed"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/lang"
)

//go:embed en.lex ranker.tsv
var files embed.FS

func init() { lang.Register("en", files, Grammar{}) }

// Grammar is English grammar as the extractor needs it.
type Grammar struct{}

// VerbForms writes a lemma's third person, past, participle and -ing
// forms: "estimate" → estimates, estimated, estimating. The data gives
// the past and participle of an irregular verb ("say = said said"). A
// particle ("point|out") follows the verb in its clause.
func (Grammar) VerbForms(lemma string, irregular func(string) []string) []lang.VerbForm {
	particle, base := lang.SplitLemma(lemma)
	past, part := regularPast(base), regularPast(base)
	if forms := irregular(base); len(forms) == 2 {
		past, part = forms[0], forms[1]
	}
	out := []lang.VerbForm{
		{Word: base, Particle: particle, Plain: true},
		{Word: thirdPerson(base), Particle: particle, Plain: true},
		{Word: past, Particle: particle},
		{Word: gerund(base), Particle: particle},
		{Word: part, Particle: particle, Participle: true},
	}
	return lang.DedupeForms(out)
}

func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "y") && len(v) > 2 && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

func regularPast(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case strings.HasSuffix(v, "y") && len(v) > 2 && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ied"
	}
	return v + "ed"
}

func gerund(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee"):
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// CapitalizesNouns: English capitalizes names, not nouns.
func (Grammar) CapitalizesNouns() bool { return false }

// InvertsAfterFronting: English keeps its subject before the verb after a
// fronted phrase; it inverts only a reporting verb after what is reported
// ("…, said the minister").
func (Grammar) InvertsAfterFronting() bool { return false }

// MayBeAdjective: any lower-case English word the data does not know as a
// function word or verb may modify a noun.
func (Grammar) MayBeAdjective(string) bool { return true }

// BaseNoun: English nouns carry no case endings.
func (Grammar) BaseNoun(w string) string { return w }

// PlaceOfAdjective: English makes no regular adjectives of town names.
func (Grammar) PlaceOfAdjective(string) []string { return nil }

// ObjectFollowsVerb: English puts a verb's object after it.
func (Grammar) ObjectFollowsVerb() bool { return true }

// NounHeads: compounds are written apart; a word is read as it is.
func (Grammar) NounHeads(_ string, heads []string) []string { return heads }

// MayBePluralNoun: an English plural ends in s, not in ss or us.
func (Grammar) MayBePluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}
