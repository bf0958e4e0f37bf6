package lang

import (
	"sort"
	"strings"
	"sync"
)

// Grammar is what a language's data cannot say by listing words: how a
// verb entered once by its lemma is written in the text, which words may
// be nouns or adjectives, how word order places a subject. Each language's grammar is a
// small Go type beside its data; the extractor calls it through this
// interface and never asks which language it reads.
type Grammar interface {
	// VerbForms lists the written forms of a verb entered in the data by
	// its lemma. "mit|teilen" is a verb with a separable particle: German
	// gives "teilte" (with "mit" to come later in its clause), "mitteilte"
	// and "mitgeteilt". irregular returns the data's forms for a lemma
	// whose forms no rule makes (the [irregular-verbs] section), or nil.
	VerbForms(lemma string, irregular func(lemma string) []string) []VerbForm
	// CapitalizesNouns reports whether every noun is written with a
	// capital letter (German), so that a capitalized word inside a
	// sentence is a noun and not necessarily a name.
	CapitalizesNouns() bool
	// InvertsAfterFronting reports whether a finite verb after a fronted
	// phrase has its subject after it ("In Kassel zählte die Polizei …").
	InvertsAfterFronting() bool
	// MayBeAdjective reports whether a lower-case word may be an
	// adjective before a noun ("hochrangiger", "senior").
	MayBeAdjective(lower string) bool
	// BaseNoun undoes a case ending of a noun: "Mietervereins" →
	// "Mieterverein". Languages without cases return the word.
	BaseNoun(word string) string
	// ObjectFollowsVerb reports whether a verb's object follows it in a
	// main clause ("killed at least four people", "ont tué douze
	// personnes"); German puts a participle after it ("sind … getötet
	// worden").
	ObjectFollowsVerb() bool
	// MayBePluralNoun reports whether a lower-case word the data does not
	// list may be a plural noun a figure counts: "hospitals", "maisons".
	// A language that capitalizes nouns answers by the capital instead.
	MayBePluralNoun(lower string) bool
	// NounHeads appends to heads, longest first, what a noun the data does
	// not list (lower case) may be read as: German undoes a dative plural
	// ("säcken" → "säcke") and reads a compound by its last parts
	// ("erstanträge" → "anträge"). Languages that write compounds apart
	// append nothing. The heads are parts of lower: reading them
	// allocates nothing but heads.
	NounHeads(lower string, heads []string) []string
	// PlaceOfAdjective lists the names a word may be the adjective of a
	// town made of: German "Kiewer" → Kiew, "Bremer" → Bremen. nil when
	// the language makes no such adjectives, or w is none.
	PlaceOfAdjective(w string) []string
}

// VerbForm is one written form of a verb.
type VerbForm struct {
	Word string // the form, lower case, one token
	// Particle is a word that must follow in the same clause for the form
	// to be this verb: "mit" after "teilte". "" when none.
	Particle string
	// Participle is true for a past participle: in a passive its agent
	// ("von", "by") is who acts.
	Participle bool
	// Plain is true for an unmarked present form ("report", "reports"),
	// which in some languages is written as a noun too.
	Plain bool
	// Plural is true for a finite form only a plural subject takes
	// ("teilten", "meldeten"): its subject is no single name.
	Plural bool
}

var (
	grammarMu sync.RWMutex
	grammars  = map[string]Grammar{}
)

// RegisterGrammar makes g the grammar of the language code. Each
// language's package calls it from init.
func RegisterGrammar(code string, g Grammar) {
	grammarMu.Lock()
	defer grammarMu.Unlock()
	grammars[code] = g
}

// GrammarOf returns the grammar of a language, or nil.
func GrammarOf(code string) Grammar {
	grammarMu.RLock()
	defer grammarMu.RUnlock()
	return grammars[code]
}

// dedupeForms keeps one of each (word, particle), sorted: a form that is
// both a participle and a finite form ("berichtet") is kept once, as a
// participle; one that is both plain and past ("put"), as a past.
func dedupeForms(forms []VerbForm) []VerbForm {
	type key struct{ w, p string }
	seen := map[key]int{}
	var out []VerbForm
	for _, f := range forms {
		if f.Word == "" {
			continue
		}
		k := key{f.Word, f.Particle}
		if i, ok := seen[k]; ok {
			out[i].Participle = out[i].Participle || f.Participle
			out[i].Plain = out[i].Plain && f.Plain // "put" is a past too
			continue
		}
		seen[k] = len(out)
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Word < out[j].Word })
	return out
}

// DedupeForms is dedupeForms for the languages' grammars.
func DedupeForms(forms []VerbForm) []VerbForm { return dedupeForms(forms) }

// SplitLemma splits a lemma with a separable particle: "mit|teilen" →
// "mit", "teilen".
func SplitLemma(lemma string) (particle, base string) {
	if p, b, ok := strings.Cut(lemma, "|"); ok {
		return p, b
	}
	return "", lemma
}
