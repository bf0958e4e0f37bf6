package extract

import (
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// orgType is a kind of body found in the text: "Innenministerium",
// "the interior ministry", "Arbeitgeberverband", "resistance committee".
type orgType struct {
	start, end int
	name       string // in English: "Interior Ministry", "committee"
	kind       claimdiff.SourceKind
	known      bool // from [org-types], whose names the rules know
}

// orgTypeAt reads a kind of body at token j: a phrase of [org-types], or
// a word whose head is a [body-heads] entry — a German compound is read
// part by part, its first part by [compound-modifiers], so that
// "Innenbehörde" is the Interior Authority; a first part the data does
// not know keeps the word as printed ("Mieterverein").
func (d *doc) orgTypeAt(j, e int) (orgType, bool) {
	if j < 0 || j >= len(d.orgMemo) {
		return d.readOrgType(j, e)
	}
	m := &d.orgMemo[j]
	if m.state == 0 {
		m.state = 2
		if ot, ok := d.readOrgType(j, len(d.toks)); ok {
			m.ot, m.state = ot, 1
		}
	}
	if m.state != 1 || m.ot.end > e {
		return orgType{}, false
	}
	return m.ot, true
}

// orgMemo is what orgTypeAt found at a token: 0 not read yet, 1 found,
// 2 none.
type orgMemo struct {
	ot    orgType
	state uint8
}

func (d *doc) readOrgType(j, e int) (orgType, bool) {
	l := d.l
	if m, ok := d.at(l.orgTypes, j, e); ok {
		return orgType{start: m.Start, end: m.End, name: m.Entry.Value, kind: kindOfOrg(m.Entry.Value), known: true}, true
	}
	if j >= e || d.toks[j].Kind != lang.Word || !d.starts(l.bodyHeads, j) && len(l.bodyHeadSuffixes) == 0 {
		return orgType{}, false
	}
	t := &d.toks[j]
	if l.grammar.CapitalizesNouns() && !startsUpperRune(t.Text) {
		return orgType{}, false // a noun, or nothing: "insgesamt" is no Amt
	}
	if d.is(l.stop, j) || d.is(l.commonWords, j) {
		return orgType{}, false // nor is "Insgesamt" opening a sentence
	}
	word := t.Lower // lang.Lower(t.Text)
	if base := l.grammar.BaseNoun(t.Text); base != t.Text {
		word = lang.Lower(base)
	}
	if e, ok := l.bodyHeads.Has(word); ok && !strings.HasPrefix(e.Phrase, "*") {
		head, kind := headSpec(e.Value)
		return orgType{start: j, end: j + 1, name: head, kind: kind}, true
	}
	if word == "" {
		return orgType{}, false
	}
	for _, h := range l.bodyHeadsByLast[word[len(word)-1]] {
		if word == h.suffix {
			return orgType{start: j, end: j + 1, name: h.head, kind: h.kind}, true // "die Marine"
		}
		if !strings.HasSuffix(word, h.suffix) || len(word) < len(h.suffix)+3 {
			continue
		}
		prefix := strings.TrimSuffix(strings.TrimSuffix(word[:len(word)-len(h.suffix)], "-"), "s")
		if mod, ok := l.compoundModifiers.Has(prefix); ok {
			return orgType{start: j, end: j + 1, name: mod.Value + " " + h.head, kind: h.kind}, true
		}
		if _, isPlace := d.place(j, e); isPlace {
			return orgType{}, false
		}
		return orgType{start: j, end: j + 1, name: l.grammar.BaseNoun(t.Text), kind: h.kind}, true
	}
	return orgType{}, false
}

// bodyHead is a [body-heads] entry that is a word's ending.
type bodyHead struct {
	suffix, head string
	kind         claimdiff.SourceKind
}

// headSpec reads a [body-heads] value: the English head, then the kind.
func headSpec(value string) (string, claimdiff.SourceKind) {
	f := strings.Fields(value)
	if len(f) < 2 {
		return value, claimdiff.KindOfficial
	}
	kind := claimdiff.SourceKind(f[len(f)-1])
	if !kind.Valid() {
		kind = claimdiff.KindOther
	}
	return strings.Join(f[:len(f)-1], " "), kind
}

// loadBodyHeads reads the [body-heads] that are word endings, longest
// first.
func (l *language) loadBodyHeads(lx *lang.Lexicon) {
	l.bodyHeads = lx.Section("body-heads")
	l.compoundModifiers = lx.Section("compound-modifiers")
	for _, e := range l.bodyHeads.Entries() {
		if strings.HasPrefix(e.Phrase, "*") {
			head, kind := headSpec(e.Value)
			l.bodyHeadSuffixes = append(l.bodyHeadSuffixes, bodyHead{suffix: lang.Lower(e.Phrase[1:]), head: head, kind: kind})
		}
	}
	hs := l.bodyHeadSuffixes
	for i := 1; i < len(hs); i++ {
		for j := i; j > 0 && len(hs[j].suffix) > len(hs[j-1].suffix); j-- {
			hs[j], hs[j-1] = hs[j-1], hs[j]
		}
	}
	for _, h := range hs {
		if h.suffix != "" { // a lone "*" names no ending
			last := h.suffix[len(h.suffix)-1]
			l.bodyHeadsByLast[last] = append(l.bodyHeadsByLast[last], h)
		}
	}
}
