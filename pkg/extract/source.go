package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// source is who puts a figure forward.
type source struct {
	name string
	kind claimdiff.SourceKind
	text string // as printed
	via  string
	role mentionRole
	org  *source // the body a spokesperson speaks for, for "die Organisation" later
}

func (s source) ok() bool { return s.name != "" }

// mentionRole is what a mention refers to, for the anaphora that point
// back at it ("er", "der Beamte", "die Behörde").
type mentionRole uint8

const (
	rolePerson mentionRole = iota + 1
	roleOfficial
	roleBody
	roleMetonym
	roleGeneric
)

// mention is a possible speaker named in a sentence: tokens [start, end).
type mention struct {
	start, end int
	src        source
	pronoun    bool // er, sie, he, she: resolved from the discourse
	recipient  bool // "told AFP": spoken to, not speaking
}

// countedAt: a counted noun starts at k, so that a verb there is part of
// its name: "registered voters".
func (d *doc) countedAt(k, e int) bool {
	kind, _, _ := d.countedNoun(k, e)
	return kind != nounNone
}

// sentenceSubject is the speaker of a verb whose clause is empty: a person
// named before it, else the first speaker of the sentence.
func (d *doc) sentenceSubject(ments []mention, from, to int) mention {
	var first mention
	for _, m := range ments {
		if m.end > to || m.start < from || m.recipient || m.pronoun && !m.src.ok() {
			continue
		}
		if m.src.role == rolePerson {
			return m
		}
		if !first.src.ok() {
			first = m
		}
	}
	return first
}

func (d *doc) isQuoteOrComma(i int) bool {
	t := d.tok(i)
	return t != nil && t.Kind == lang.Punct && strings.ContainsAny(t.Text, ",“”\"»«'’")
}

func (d *doc) mentionAfter(ments []mention, from, to, within int) mention {
	for _, m := range ments {
		if m.recipient {
			continue
		}
		if m.start > 0 && d.is(d.l.attributiveAgent, m.start-1) && m.start > from {
			continue // "das vom ukrainischen Militär geführte Widerstandszentrum"
		}
		if m.start >= from && m.start < to && m.start < from+within {
			// No clause boundary between: "laut Polizei, die …" is fine, a
			// full stop is not.
			blocked := false
			for j := from; j < m.start; j++ {
				if t := d.toks[j].Text; t == "." || t == ";" || d.toks[j].Kind == lang.Number {
					blocked = true
				}
			}
			if !blocked {
				return m
			}
		}
	}
	return mention{}
}

func (d *doc) mentionBefore(ments []mention, from, to int) mention {
	for i := len(ments) - 1; i >= 0; i-- {
		if m := ments[i]; m.end <= to && m.start >= from && !m.recipient {
			return m
		}
	}
	return mention{}
}

// angabenCue: a word such as "Angaben", "US-Angaben", "Erkenntnissen"
// serves as a cue after "nach" ("nach jemenitischen Angaben") or before
// "zufolge" ("Westlichen Angaben zufolge").
func (d *doc) angabenCue(k, sentStart, e int) bool {
	for j := k - 1; j >= sentStart && j >= k-4; j-- {
		if d.is(d.l.figuresGovernors, j) {
			return true
		}
		if d.toks[j].Kind == lang.Punct {
			break
		}
	}
	return false
}

// resolveAngaben names the source of "nach US-Angaben", "nach Angaben des
// Generalstabs", "nach jemenitischen Angaben", "Ukrainischen, südkoreanischen
// und westlichen Regierungsangaben zufolge", "nach offiziellen Angaben".
func (d *doc) resolveAngaben(ments []mention, k, sentStart, e int) source {
	if k < sentStart {
		return source{}
	}
	// "nach Angaben des ukrainischen Generalstabs": the genitive after.
	if m := d.mentionAfter(ments, k+1, e, 8); m.src.ok() && m.start <= k+3 {
		return m.src
	}
	t := &d.toks[k]
	// The compound's first part: "US-Angaben", "Militärangaben", "Regierungsangaben".
	var orgType string
	var nats []string
	low := t.Lower
	if i := strings.LastIndex(low, "-"); i > 0 {
		prefix := t.Text[:i]
		if n := lang.Sources().Lookup(prefix); n != nil && n.Type == "body" {
			return d.fromNamed(n, t.Text) // "nach UN-Angaben", "nach Verdi-Angaben"
		}
		if p, ok := lang.Places().At(lang.Tokenize(prefix), 0); ok {
			nats = append(nats, p.Named.Adjective)
		}
	} else {
		for _, o := range d.l.orgWords {
			if len(o.word) > 3 && strings.HasPrefix(low, o.word) && low != o.word {
				orgType = o.value
				break
			}
		}
	}
	// Adjectives before: "jemenitischen", "westlichen", "offiziellen".
	official := false
	for j := k - 1; j >= sentStart && j >= k-6; j-- {
		tj := &d.toks[j]
		if d.is(d.l.figuresGovernors, j) || d.isArticle(j) {
			break
		}
		if p, ok := d.place(j, k); ok && p.Role == lang.AsAdjective {
			if p.Named.Adjective == "" {
				// "nach Kiewer Angaben": a capital's figures are its government's.
				if n := lang.Sources().Lookup(p.Named.Name); n != nil && n.Type == "metonym" {
					return d.fromNamed(n, d.span(j, k+1))
				}
				nats = append([]string{p.Named.Name}, nats...)
				continue
			}
			nats = append([]string{p.Named.Adjective}, nats...)
			continue
		}
		if d.is(d.l.officialWords, j) {
			official = true
			continue
		}
		if d.isConjunction(j) || tj.Text == "," {
			continue
		}
		if tj.Kind == lang.Punct {
			break
		}
	}
	compound := strings.Contains(low, "-")
	switch {
	case len(nats) > 0 && orgType == "" && !official && compound:
		// "nach US-Angaben": the government.
		return d.canonical(joinList(nats)+" government", claimdiff.KindOfficial, roleBody)
	case len(nats) > 0 && orgType == "" && !official:
		if len(nats) > 1 {
			return d.canonical(joinList(nats)+" governments", claimdiff.KindOfficial, roleBody)
		}
		if nats[0] == "Western" {
			return d.canonical("Western officials", claimdiff.KindOfficial, roleBody)
		}
		return d.canonical(nats[0]+" authorities", claimdiff.KindOfficial, roleBody)
	case orgType != "":
		if len(nats) > 1 {
			return d.canonical(joinList(nats)+" "+plural(orgType), claimdiff.KindOfficial, roleBody)
		}
		if len(nats) == 0 && needsCountry(orgType) {
			return d.canonical(d.governed(orgType, d.country()), kindOfOrg(orgType), roleBody)
		}
		return d.canonical(strings.TrimSpace(strings.Join(nats, " ")+" "+orgType), kindOfOrg(orgType), roleBody)
	case official:
		if c := d.country(); c != nil {
			return d.canonical(c.Adjective+" authorities", claimdiff.KindOfficial, roleBody)
		}
		return d.canonical("official figures", claimdiff.KindOfficial, roleBody)
	}
	return source{}
}

// genitiveBody reads a body the lexicon does not know, named in the
// genitive after an attribution: "nach Schätzungen des Mietervereins"
// (Mieterverein), "nach Angaben des Landesverbandes" (Landesverband).
func (d *doc) genitiveBody(k, e int) source {
	if k+1 >= e || !d.is(d.l.genitive, k) || !d.l.grammar.CapitalizesNouns() {
		return source{}
	}
	t := &d.toks[k+1]
	if t.Kind != lang.Word || !d.isNounLike(k+1) || len([]rune(t.Text)) < 4 {
		return source{}
	}
	if _, ok := d.place(k+1, e); ok {
		return source{}
	}
	if k+2 < e && d.toks[k+2].Kind == lang.Word && d.isNounLike(k+2) {
		return source{} // a name of two words is for the gazetteer
	}
	name := d.l.grammar.BaseNoun(t.Text)
	return source{name: name, kind: claimdiff.KindOther, text: d.span(k, k+2), role: roleBody}
}

// composeFigures: "according to Israeli tallies", "nach offiziellen Angaben"
// when no mention follows a cue.
func (d *doc) composeFigures(k, e int) source {
	for j := k; j < e && j < k+3; j++ {
		if d.framePhraseAt(j, e) == frameFigures {
			return d.resolveAngaben(nil, j, k, e)
		}
	}
	return source{}
}

// mentions finds every possible speaker named in a sentence. It reads
// them into a scratch buffer and keeps them in the document's buffer of
// mentions, which the next document reuses.
func (d *doc) mentions(s sentence) []mention {
	out := d.mentScratch[:0]
	l := d.l
	e := s.end
	// Where a body's name or an unnamed official may start: walking back
	// from each kind of body and each official's title over the words
	// that may stand before them — the slower readers look only there.
	d.nextOrg = resize(d.nextOrg, e-s.start)
	d.nextHead = resize(d.nextHead, e-s.start)
	d.mentFrom = s.start
	for k := s.start; k < e; k++ {
		if d.toks[k].Kind != lang.Word {
			continue
		}
		if _, ok := d.orgTypeAt(k, e); ok {
			d.markBack(d.nextOrg, k, s.start)
		}
		if d.bits[k].Has(l.officialHeads) {
			d.markBack(d.nextHead, k, s.start)
		} else if w := d.toks[k].Lower; strings.Contains(w, "-") && has(l.officialHeads, w[strings.LastIndex(w, "-")+1:]) {
			d.markBack(d.nextHead, k, s.start) // "US-Beamten"
		}
	}
	for k := s.start; k < e; k++ {
		t := &d.toks[k]
		if t.Kind != lang.Word || !d.mayStartMention(k) {
			continue
		}
		m, ok := d.mentionAt(k, s)
		if !ok {
			continue
		}
		if m.start > s.start {
			_, m.recipient = d.ending(l.recipient, m.start)
		}
		if m.src.role == rolePerson {
			// "Malu Dreyer (SPD)": the party in parentheses is the
			// person's, not a speaker of its own.
			m.end = d.pastParenthesis(m.end, e)
			d.notePerson(m.src)
		}
		// "AFP news agency", "die Agentur Reuters": a name and the kind of
		// body it is are one mention, named by the name.
		if n := len(out); n > 0 && out[n-1].end == m.start && !out[n-1].pronoun && out[n-1].src.ok() &&
			m.src.name != "" && !startsUpperRune(m.src.name) && m.src.role == roleBody && m.src.kind != claimdiff.KindAnonymous &&
			!d.cueStartsAt(m.start) { // not "The IDF reports", not "CNN einen US-Beamten"
			out[n-1].end = m.end
			k = m.end - 1
			continue
		}
		// An apposition: "A police spokesman, Daniel Hart,", "The union,
		// Unite,", "Aleksandar Gubas, the director of …,": one speaker,
		// named by the name.
		if n := len(out); n > 0 && m.start == out[n-1].end+1 && d.toks[out[n-1].end].Text == "," && !out[n-1].recipient &&
			!out[n-1].pronoun && !m.pronoun && (m.end >= e || d.toks[m.end].Text == "," || d.isVerbCue(m.end)) {
			prev := &out[n-1]
			if isProperName(m.src) && !isProperName(prev.src) {
				prev.src = m.src
			}
			prev.end = m.end
			k = m.end - 1
			continue
		}
		out = append(out, m)
		k = m.end - 1
	}
	// An apposition of a bare name: "The union, Unite, said".
	for i := range out {
		m := &out[i]
		if m.end >= e || d.toks[m.end].Text != "," || isProperName(m.src) || m.pronoun || m.src.role != roleBody {
			continue
		}
		a := m.end + 1
		b := a
		for b < e && b < a+4 && d.toks[b].Kind == lang.Word && startsUpperRune(d.toks[b].Text) && !d.isFunctionWord(b) {
			b++
		}
		if b > a && b < e && d.toks[b].Text == "," && (i+1 == len(out) || out[i+1].start >= b) {
			name := d.span(a, b)
			m.src = source{name: name, kind: m.src.kind, text: name, role: roleBody}
			if n := lang.Sources().Lookup(name); n != nil {
				m.src = d.fromNamed(n, name)
			}
			m.end = b
		}
	}
	d.mentScratch = out
	from := len(d.allMents)
	d.allMents = append(d.allMents, out...)
	return d.allMents[from:len(d.allMents):len(d.allMents)]
}

// mayStartMention: a mention may start at token k — a capitalized word, a
// word of a title, an anaphor or a kind of body, a nationality, a compound.
func (d *doc) mayStartMention(k int) bool {
	t := &d.toks[k]
	if startsUpperRune(t.Text) || d.bits[k].Has(d.l.mentionStart) || strings.Contains(t.Text, "-") {
		return true
	}
	p, ok := d.place(k, len(d.toks))
	return ok && p.Role == lang.AsAdjective
}

// markBack marks token k, and the tokens before it that may open the same
// name — words, commas, possessives, up to eight, stopping at function
// words other than "und"/"and" — as places where a name may start.
func (d *doc) markBack(table []int, k, from int) {
	for j := k; j >= from && j > k-9; j-- {
		t := &d.toks[j]
		if j < k {
			switch {
			case t.Kind == lang.Number:
				return
			case t.Kind == lang.Punct && t.Text != "," && !d.is(d.l.possessives, j) && t.Text != "-":
				return
			case t.Kind == lang.Word && d.is(d.l.stop, j) && !d.isConjunction(j) && !d.starts(d.l.anonymous, j):
				table[j-from] = 1 // an article opens the name: "die Polizei"
				return
			}
		}
		table[j-from] = 1
	}
}

// near reports whether, by a table mentions built, a body's name or an
// unnamed official may start at token k.
func (d *doc) near(table []int, k, _ int) bool {
	i := k - d.mentFrom
	if i < 0 || i >= len(table) {
		return true // outside the sentence the tables cover: look
	}
	return table[i] != 0
}

// mentionAt reads a mention starting at token k of sentence s (see
// readMention). A reading that did not recall the discourse is the same
// whenever the sentence is read — ahead, then for real — and is kept for
// the document, by token; one that did is read afresh each time, as what
// it points back to may have changed.
func (d *doc) mentionAt(k int, s sentence) (mention, bool) {
	memo := &d.mentMemo[k]
	if memo.known {
		return memo.m, memo.ok
	}
	recalls := d.recalls
	m, ok := d.readMention(k, s)
	if d.recalls == recalls {
		*memo = mentMemo{m: m, ok: ok, known: true}
	}
	return m, ok
}

// mentMemo is a reading of a mention kept for the document (see
// mentionAt).
type mentMemo struct {
	m     mention
	ok    bool
	known bool
}

// readMention reads a mention starting at token k, trying in turn: a role
// with a name, a known source, an anonymous official, a kind of body, an
// anaphor, a name.
func (d *doc) readMention(k int, s sentence) (mention, bool) {
	l := d.l
	e := s.end
	// Determiners and adjectives before the head are part of the mention.
	start := k

	// A role before a name: "Präsident Wolodymyr Selenskyj", "UN spokeswoman
	// Ravina Shamdasani", "der Abgeordnete Lee Seong-kweun".
	if m, ok := d.at(l.roles, k, e); ok {
		j := m.End
		if j < e && d.toks[j].Text == "," {
			j++ // "Oberbefehlshaber der ukrainischen Armee, Oleksandr Syrsky"
		}
		if name, end, ok := d.nameAfterRole(j, e); ok {
			return mention{start: start, end: end, src: name}, true
		}
		// An apposition with a name: "Ein Sprecher des … (IOM), Flavio Di
		// Giacomo,", "Der Sprecher des Gesundheitsministeriums, Ahmed Khalil,".
		if n, ok := d.appositionName(m.End, e); ok {
			for j := m.End; j < n.start; j++ {
				if b, ok := d.mentionAt(j, s); ok && b.end <= n.start && b.src.ok() && b.src.role != rolePerson {
					n.src.org = &b.src
					break
				}
			}
			return mention{start: start, end: n.end, src: n.src}, true
		}
		// The role's body: "Sprecher des US-Außenministeriums", "ein Polizeisprecher".
		for j := m.End; j < e && j < m.End+5; j++ {
			if d.toks[j].Kind == lang.Punct && d.toks[j].Text != "-" {
				break
			}
			if b, ok := d.bodyAt(j, s); ok {
				b.start = start
				return b, true
			}
		}
		if org := d.orgInWord(m.Start); org != "" {
			// "Polizeisprecher", "des Innenministeriums": the body, of the
			// sentence's country when it has one.
			if needsCountry(org) {
				org = d.governed(org, d.sentenceCountry(s))
			}
			return mention{start: start, end: m.End, src: d.canonical(org, kindOfOrg(org), roleBody)}, true
		}
		if m.Entry.Value != "title" { // "General", "Chief": titles before a name, not roles alone
			// A role alone stays a role: "the spokesman".
			if ana, ok := d.at(l.anaPerson, k-1, e); ok && ana.End == m.End {
				return d.anaphor(rolePerson, k-1, m.End), true
			}
		}
	}
	if m, ok := d.documentAt(k, s); ok {
		return m, true
	}
	t := &d.toks[k]
	if src, ok := d.acronymText[t.Text]; ok {
		return mention{start: k, end: k + 1, src: src}, true
	}
	// "AFP-Reporter", "CNN-Korrespondent": the known source before the hyphen.
	if i := strings.LastIndex(t.Text, "-"); i > 0 {
		if n := lang.Sources().Lookup(t.Text[:i]); n != nil && n.Type == "body" {
			suffix := lang.Lower(t.Text[i+1:])
			// "AFP-Reporter", "Hisbollah-Miliz", "Afad-Abteilung": a role or
			// a part of the body.
			if has(l.roles, suffix) || has(l.officialHeads, suffix) || has(l.bodyParts, suffix) {
				return mention{start: k, end: k + 1, src: d.fromNamed(n, t.Text)}, true
			}
			if ot, ok := d.orgTypeAt(k, e); ok && !ot.known {
				return mention{start: k, end: k + 1, src: d.fromNamed(n, t.Text)}, true
			}
		}
	}
	if f, ok := d.source(k, e); ok {
		end := f.End
		src := d.fromNamed(f.Named, d.span(f.Start, f.End))
		// "Israel's Magen David Adom (MDA)": a parenthesis names it better.
		if end+2 < e && d.toks[end].Text == "(" {
			if g, ok := d.source(end+1, e); ok && g.End < e && d.toks[g.End].Text == ")" {
				src = d.fromNamed(g.Named, d.span(g.Start, g.End))
				end = g.End + 1
			}
		}
		if src.role == roleMetonym && !d.metonymPosition(k) {
			return mention{}, false
		}
		// A person named after a body's alias: "Sprecher Andrii Tscherniak".
		return mention{start: start, end: end, src: src}, true
	}
	if d.near(d.nextHead, k, 8) {
		if m, ok := d.anonymousAt(k, s); ok {
			return m, true
		}
	}
	// Where nouns carry no capital, a run of capitalized words ending in
	// a kind of body is that body's own name: "the Dalton Hospital
	// Association", "the London Fire Brigade".
	if !l.grammar.CapitalizesNouns() && startsUpperRune(t.Text) && d.near(d.nextOrg, k, 9) {
		if name, end, ok := d.nameAt(k, e); ok && name.role == roleBody && end-k >= 2 {
			return mention{start: k, end: end, src: name}, true
		}
	}
	if d.near(d.nextOrg, k, 9) {
		if b, ok := d.bodyAt(k, s); ok {
			return b, true
		}
	}
	// Anaphors point back: "er", "der Beamte", "die Behörde". One with
	// nothing to point back to is read as a name instead ("die Polizei"),
	// and none is followed by a possessive ("the sheriff's office") or
	// opens a longer name.
	notAnaphor := func(m lang.Match) bool {
		if m.End < e && d.is(d.l.possessives, m.End) {
			return true // "the sheriff's office"
		}
		if m.End < e && !l.grammar.CapitalizesNouns() && d.toks[m.End].Kind == lang.Word && !startsUpperRune(d.toks[m.End].Text) &&
			!d.isFunctionWord(m.End) && !d.isVerbCue(m.End) && !d.is(l.subjectMarkers, m.End) {
			return true // "the official death toll": an adjective
		}
		if m.End < e && d.toks[m.End].Kind == lang.Word && startsUpperRune(d.toks[m.End].Text) && !d.isCommonWord(m.End) &&
			!d.isVerbCue(m.End) && !d.isFunctionWord(m.End) {
			return true // "die Organisation Pro Asyl": a name follows
		}
		if m.End+1 < e && (d.is(l.partitive, m.End) || d.is(l.genitive, m.End)) {
			a := m.End + 1
			if d.isArticle(a) {
				a++
			}
			if _, ok := d.place(a, e); ok || a < e && startsUpperRune(d.toks[a].Text) {
				return true // "la préfecture de la Vienne"
			}
		}
		for j := m.Start + 1; j < m.End; j++ {
			if g, ok := d.source(j, e); ok && g.End > m.End {
				return true // "The UN refugee agency"
			}
		}
		return false
	}
	if m, ok := d.at(l.anaPerson, k, e); ok && !notAnaphor(m) {
		if a := d.anaphor(rolePerson, k, m.End); a.src.ok() || m.End-m.Start == 1 {
			return a, true
		}
	}
	if m, ok := d.at(l.anaOfficial, k, e); ok && !notAnaphor(m) {
		if a := d.anaphor(roleOfficial, k, m.End); a.src.ok() {
			return a, true
		}
	}
	if m, ok := d.at(l.anaOrg, k, e); ok && !notAnaphor(m) {
		if a := d.anaphor(roleBody, k, m.End); a.src.ok() {
			return a, true
		}
	}
	// Where every noun is capitalized, a capital says little: a name
	// needs a speech verb next to it.
	capsNouns := d.l.grammar.CapitalizesNouns()
	// A capitalized word may be a name, but a document is nobody: "in
	// einer auf Telegram veröffentlichten Mitteilung".
	if (!capsNouns || d.verbNear(k, e)) && startsUpperRune(t.Text) && !has(l.documents, t.Lower) {
		if name, end, ok := d.nameAt(k, e); ok && (!capsNouns || d.nextToVerb(k, end, e)) {
			return mention{start: k, end: end, src: name}, true
		}
	}
	// A country standing for its government in a cue position: "laut Polen".
	if p, ok := d.place(k, e); ok && p.Role == lang.AsName && p.Named.Kind == "country" && d.metonymPosition(k) {
		return mention{start: k, end: p.End, src: d.canonical(p.Named.Adjective+" government", claimdiff.KindOfficial, roleMetonym)}, true
	}
	return mention{}, false
}

// metonymPosition: a place stands for its government only where a speaker
// stands — right after "laut", "nach Angaben", "according to", or right
// before or after a speech verb ("Kyiv said", "sagte Kiew").
func (d *doc) metonymPosition(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if kind := d.framePhraseAt(j, len(d.toks)); kind == framePrep || kind == frameFigures {
			return true
		}
		if d.isVerbCue(j) {
			return true
		}
		if !d.isArticle(j) {
			break
		}
	}
	for j := k + 1; j < len(d.toks) && j <= k+4; j++ {
		if d.isVerbCue(j) || d.framePhraseAt(j, len(d.toks)) == framePostp {
			return true
		}
		if d.toks[j].Kind == lang.Punct {
			break
		}
	}
	// "Russland hatte zuletzt von rund 6000 Toten gesprochen": the subject
	// opening a clause whose verb is a speech verb.
	if k == 0 || d.toks[k-1].Kind == lang.Punct || d.toks[k-1].Newline || k >= 1 && d.isArticle(k-1) && (k < 2 || d.toks[k-2].Kind == lang.Punct || d.toks[k].Newline) {
		for j := k + 1; j < len(d.toks) && j <= k+16; j++ {
			if d.toks[j].Kind == lang.Punct && d.toks[j].Text != "-" {
				break
			}
			if d.isVerbCue(j) {
				return true
			}
		}
	}
	return false
}

// verbNear: a speech verb stands right before token k or within the next
// five tokens — where German names a speaker without a title.
func (d *doc) verbNear(k, e int) bool {
	if d.isVerbCue(k - 1) {
		return true
	}
	for j := k + 1; j < e && j <= k+5; j++ {
		if d.isVerbCue(j) {
			return true
		}
	}
	return false
}

func (d *doc) nextToVerb(k, end, e int) bool {
	return end < e && d.isVerbCue(end) || d.isVerbCue(k-1)
}

// nameAt reads a proper name at token j: a run of capitalized words, with
// the small words names hold between them ("Organisation for the
// Protection of Civilians", "Di Giacomo"), two words or more, or one a
// speech verb stands next to; or one known name. A role inside the run is
// not part of the name: "Vizepräsident Fuat Oktay" is Fuat Oktay, and so is
// "National Civil Protection Coordinator Luis Felipe Puente". One word that
// is the surname of a person named before is that person.
func (d *doc) nameAt(j, e int) (source, int, bool) { return d.nameRun(j, e, false) }

// nameAfterRole reads the name after a role, where a place's name may
// open it: "Interior Minister Sofia Lind".
func (d *doc) nameAfterRole(j, e int) (source, int, bool) { return d.nameRun(j, e, true) }

func (d *doc) nameRun(j, e int, afterRole bool) (source, int, bool) {
	if j >= e {
		return source{}, 0, false
	}
	if f, ok := d.source(j, e); ok && f.Named.Type == "person" {
		return d.fromNamed(f.Named, d.span(f.Start, f.End)), f.End, true
	}
	capsNouns := d.l.grammar.CapitalizesNouns()
	// A capital at the start of a sentence or quotation says nothing; one
	// inside a sentence marks a name where nouns are lower case.
	opensSentence := j == 0 || d.toks[j].Newline || d.toks[j-1].Kind == lang.Punct && strings.ContainsAny(d.toks[j-1].Text, ".!?:„“\"”«»")
	end, words, body := j, 0, false
	start := j
	for end < e && end < j+10 {
		t := &d.toks[end]
		if t.Kind == lang.Word && startsUpperRune(t.Text) {
			if m, ok := d.at(d.l.roles, end, e); ok && m.End < e && startsUpperRune(d.toks[m.End].Text) {
				// A role inside the run: the name starts after it.
				start, words, body = m.End, 0, false
				end = m.End
				continue
			}
			if d.isCommonWord(end) && !(words > 0 && !capsNouns && !d.isFunctionWord(end)) && !(end == start && !capsNouns && !opensSentence && !d.isFunctionWord(end) && !d.isPlaceWord(end)) {
				p, isPlace := d.place(end, e)
				// A nationality may open a body's name: "Norwegian
				// Directorate of Elections", "Irish Nurses and Midwives …".
				if isPlace && p.Role == lang.AsAdjective && end == start && !capsNouns {
					end = p.End
					continue
				}
				// So may a place, inside a sentence, before another word of
				// the name ("the London Fire Brigade"), or a name after a
				// role ("Interior Minister Sofia Lind").
				if isPlace && end == start && (afterRole || !capsNouns && !opensSentence) && p.End < e &&
					startsUpperRune(d.toks[p.End].Text) && d.toks[p.End].Kind == lang.Word && !d.isFunctionWord(p.End) {
					words += p.End - end
					end = p.End
					continue
				}
				break
			}
			end++
			words++
			continue
		}
		// Names hold small words: "Directorate of Elections", "Organisation
		// for the Protection of Civilians".
		if !capsNouns && words > 0 && d.is(d.l.nameConnectors, end) {
			n := end
			for n < e && n < end+3 && d.is(d.l.nameConnectors, n) {
				n++
			}
			if n < e && d.toks[n].Kind == lang.Word && startsUpperRune(d.toks[n].Text) && !d.isFunctionWord(n) {
				end = n
				body = true
				continue
			}
		}
		break
	}
	if words == 0 {
		return source{}, 0, false
	}
	if end-start < 2 {
		if p, ok := d.personNamed(d.toks[start].Text); ok {
			return p, end, true // "Keller fügte hinzu" after "Bürgermeister Jonas Keller"
		}
		if !d.cueNextTo(start, end, e) {
			return source{}, 0, false
		}
		// Where every noun is capitalized, one word is a name only right
		// after the speech verb ("sagte Merkel").
		if capsNouns && !d.isVerbCue(start-1) {
			return source{}, 0, false
		}
	}
	name := d.span(start, end)
	if f, ok := d.source(start, e); ok && f.End == end {
		return d.fromNamed(f.Named, name), end, true
	}
	// "Elmore County", "Weinbaugebiet Sonoma": a name the data does not
	// know, opened or closed by a kind of place, is a place.
	if end-start >= 2 && !body && (d.is(d.l.placeHeads, start) || d.is(d.l.placeHeads, end-1)) {
		if _, known := d.source(start, e); !known {
			return source{}, 0, false
		}
	}
	// "at Trafalgar Square, Metropolitan Police said": a name the data does
	// not know, after a preposition of place, is a place.
	if start > 0 && has(d.l.placePrepositions, d.toks[start-1].Lower) && !body {
		if _, isBody := d.orgTypeAt(end-1, end); !isBody {
			return source{}, 0, false
		}
	}
	// "the Iranian-backed Houthis": a hyphenated modifier describes a
	// body known by name; the name is the body's.
	if end-start >= 2 && strings.Contains(d.toks[start].Text, "-") {
		if f, ok := d.source(start+1, e); ok && f.End == end && f.Named.Type == "body" {
			return d.fromNamed(f.Named, d.span(start+1, end)), end, true
		}
	}
	if _, isBody := d.orgTypeAt(end-1, end); body || end-start > 3 || isBody {
		return source{name: name, kind: claimdiff.KindOther, text: name, role: roleBody}, end, true
	}
	if end-start == 1 {
		if p, ok := d.personNamed(name); ok {
			return p, end, true
		}
	}
	return source{name: name, kind: claimdiff.KindOfficial, text: name, role: rolePerson}, end, true
}

// notePerson keeps a person named in full, so that the surname alone
// names them later: "teilte der Sheriff, Kory Honea, mit … laut Honea".
func (d *doc) notePerson(p source) {
	if !strings.Contains(p.name, " ") {
		return
	}
	for _, q := range d.last.people {
		if q.name == p.name {
			return
		}
	}
	d.last.people = append(d.last.people, p)
}

// personNamed is the person named before whose surname w is.
func (d *doc) personNamed(w string) (source, bool) {
	people := d.recall().people
	for i := len(people) - 1; i >= 0; i-- {
		p := people[i]
		if sp := strings.LastIndexByte(p.name, ' '); sp > 0 && p.name[sp+1:] == w {
			return p, true
		}
	}
	return source{}, false
}

// isFunctionWord: a word of the language's stop list or a preposition,
// which no name holds.
func (d *doc) isFunctionWord(k int) bool {
	return d.is(d.l.stop, k) || d.is(d.l.prepositions, k) || d.is(d.l.months, k) || d.is(d.l.weekdays, k)
}

// isPlaceWord: a place's name or adjective starts at token k.
func (d *doc) isPlaceWord(k int) bool {
	_, ok := d.place(k, len(d.toks))
	return ok
}

// cueNextTo: a speech verb stands right before [j, end) or right after it,
// so that a single word there may name a speaker ("Codelco said").
func (d *doc) cueNextTo(j, end, e int) bool {
	return end < e && d.isVerbCue(end) || d.isVerbCue(j-1)
}

// isCommonWord: a capitalized word that is not part of a name — a place,
// a month, a known noun, a role, a word of the lexicon.
func (d *doc) isCommonWord(k int) bool { return d.fact(k, factCommonWord, (*doc).readCommonWord) }

func (d *doc) readCommonWord(k int) bool {
	l := d.l
	if _, ok := d.place(k, len(d.toks)); ok {
		return true
	}
	for _, set := range []*lang.Set{l.months, l.weekdays, l.roles, l.orgTypes, l.stop, l.countedPeople, l.countedTroops,
		l.countedThings, l.anaPerson, l.qualifiersAll, l.vague, l.numbers, l.commonWords} {
		if d.is(set, k) {
			return true
		}
	}
	if _, ok := d.source(k, len(d.toks)); ok {
		if f, _ := d.source(k, len(d.toks)); f.Named.Type != "person" {
			return true
		}
	}
	return d.metricAt(k, len(d.toks)) != ""
}

func (d *doc) appositionName(k, e int) (mention, bool) {
	for j := k; j < e && j < k+14; j++ {
		if d.toks[j].Text == "," {
			if src, end, ok := d.nameAt(j+1, e); ok && src.role == rolePerson {
				return mention{start: j + 1, end: end, src: src}, true
			}
			return mention{}, false
		}
		if t := d.toks[j].Text; t == "." || t == ";" {
			break
		}
	}
	return mention{}, false
}

// orgInWord finds a kind of body inside a compound role word:
// "Polizeisprecher" speaks for the police.
func (d *doc) orgInWord(k int) string {
	w := d.toks[k].Lower
	for _, o := range d.l.orgWords {
		if len(o.word) >= 5 && strings.HasPrefix(w, o.word) && w != o.word {
			return o.value
		}
	}
	return ""
}

// anonymousAt reads an unnamed speaker: "ein hochrangiger amerikanischer
// Militärbeamter", "einen nicht identifizierten US-Beamten", "unnamed US
// officials", "a security official", "Ukrainische Geheimdienstquellen".
func (d *doc) anonymousAt(k int, s sentence) (mention, bool) {
	l := d.l
	e := s.end
	var nats, quals []string
	marked, singular := false, false
	j := k
	for j < e && j < k+7 {
		t := &d.toks[j]
		if m, ok := d.at(l.anonymous, j, e); ok {
			marked = true
			if d.is(l.weak, j) || m.Entry.Value == "one" {
				singular = true
			}
			j = m.End
			continue
		}
		if p, ok := d.place(j, e); ok && (p.Role == lang.AsAdjective || p.Named.Kind == "country" && (p.End < e && d.toks[p.End].Text == "-" || !d.l.grammar.CapitalizesNouns())) {
			nats = append(nats, p.Named.Adjective)
			j = p.End
			if j < e && d.toks[j].Text == "-" {
				j++
			}
			continue
		}
		if d.isConjunction(j) {
			j++
			continue
		}
		head, prefix := t.Lower, ""
		if i := strings.LastIndex(head, "-"); i > 0 {
			prefix, head = t.Text[:i], head[i+1:]
		}
		if hm, ok := l.officialHeads.Has(head); ok {
			if prefix != "" {
				if p, ok := lang.Places().At(lang.Tokenize(prefix), 0); ok {
					nats = append(nats, p.Named.Adjective)
				}
			}
			if !marked && j == k && !isPluralHead(hm.Value) {
				return mention{}, false // "Beamter" alone is no speaker
			}
			h := hm.Value
			if singular {
				h = strings.TrimSuffix(h, "s")
			}
			// "a spokesperson for the force", "ein Sprecher der Polizei": a
			// spokesperson speaks for the body.
			end := j + 1
			if h == "spokesperson" && end+1 < e && d.is(l.documentOf, end) {
				a := end + 1
				if d.isArticle(a) && a+1 < e {
					a++
				}
				if body, ok := d.mentionAt(a, s); ok && body.src.ok() && body.src.role != rolePerson {
					body.start = k
					return body, true
				}
			}
			// What follows the head says whose it is, where adjectives follow
			// their noun: "un responsable ukrainien sous couvert d'anonymat",
			// "une source policière".
			for end < e {
				if p, ok := d.place(end, e); ok && p.Role == lang.AsAdjective {
					nats = append(nats, p.Named.Adjective)
					end = p.End
					continue
				}
				if q, ok := l.officialModifiers.Has(d.toks[end].Lower); ok && !d.l.grammar.CapitalizesNouns() {
					quals = append(quals, q.Value)
					end++
					continue
				}
				if m, ok := d.at(l.anonymous, end, e); ok && m.End-m.Start > 1 {
					marked = true
					end = m.End
					continue
				}
				break
			}
			// "a police spokesman": the spokesperson of a body speaks for it.
			if h == "spokesperson" && len(quals) == 1 && !marked {
				if ot, ok := l.orgTypes.Has(quals[0]); ok {
					name := ot.Value
					if len(nats) > 0 {
						name = joinList(dedupe(nats)) + " " + name
					}
					return mention{start: k, end: end, src: d.canonical(name, kindOfOrg(ot.Value), roleBody)}, true
				}
			}
			if end+1 < e && (d.is(d.l.genitive, end) || d.is(d.l.partitive, end)) {
				if ot, ok := d.at(l.orgTypes, end+1, e); ok {
					quals = append(quals, lang.Lower(ot.Entry.Value))
					end = ot.End
				}
			}
			parts := []string{"unnamed"}
			kind := claimdiff.KindAnonymous
			if !marked && !d.l.anonymousPlural && !has(l.anonymousHeads, h) {
				// "Saudi officials said": named by their office, not anonymous
				// — unlike sources, which are never named.
				parts, kind = nil, claimdiff.KindOfficial
			}
			// "Local officials in Sindh": officials named by their office
			// are those of the place they serve.
			if kind == claimdiff.KindOfficial && len(nats) == 0 && end+1 < e && d.is(l.locative, end) {
				a := end + 1
				if d.isArticle(a) && a+1 < e {
					a++
				}
				if p, ok := d.place(a, e); ok && p.Role == lang.AsName {
					parts = append(parts, p.Named.Name)
					end = p.End
				}
			}
			if len(nats) > 0 {
				parts = append(parts, joinList(dedupe(nats)))
			}
			parts = append(parts, quals...)
			parts = append(parts, h)
			name := strings.Join(parts, " ")
			return mention{start: k, end: end, src: source{name: name, kind: kind, text: d.span(k, end), role: roleOfficial}}, true
		}
		if q, ok := l.officialModifiers.Has(t.Lower); ok {
			// Some adjectives say whose official it is: "a security
			// official", "Credible sources" opening a sentence.
			quals = append(quals, q.Value)
			j++
			continue
		}
		if d.isAdjective(j) {
			j++ // other adjectives: "hochrangiger", "senior", "second"
			continue
		}
		break
	}
	return mention{}, false
}

// isAdjective: token k is a word that may modify a noun in a name — a
// lower-case word that is neither a function word nor a preposition nor a
// verb we know; in German, one with an adjective's ending.
func (d *doc) isAdjective(k int) bool { return d.fact(k, factAdjective, (*doc).readAdjective) }

func (d *doc) readAdjective(k int) bool {
	t := &d.toks[k]
	if t.Kind != lang.Word || startsUpperRune(t.Text) && !strings.Contains(t.Text, "-") {
		return false
	}
	l := d.l
	if d.is(l.stop, k) || d.is(l.prepositions, k) || l.isVerbForm(t.Lower) || d.is(l.weak, k) {
		return false // "AFP news agency quoted an unnamed official": a verb ends the name
	}
	return l.grammar.MayBeAdjective(t.Lower)
}

func isPluralHead(h string) bool { return strings.HasSuffix(h, "s") }

// bodyAt reads a kind of body with what names it: "die Polizei in Ulm",
// "Französische Gesundheitsbehörden", "the interior ministry", "Hong Kong
// police", "Authorities in Oregon", "die Veranstalter".
func (d *doc) bodyAt(k int, s sentence) (mention, bool) {
	l := d.l
	e := s.end
	var nats, qualifiers, mods []string
	var place string
	j := k
	adjectives := 0
	for j < e && j < k+8 {
		t := &d.toks[j]
		if _, ok := d.orgTypeAt(j, e); ok {
			break // "the Spanish Interior Ministry", "l'ONG SOS Méditerranée": the kind of body
		}
		if p, ok := d.place(j, e); ok {
			possessive := strings.HasSuffix(d.toks[p.End-1].Lower, "s") || p.End < e && d.is(d.l.possessives, p.End)
			switch {
			case p.Role == lang.AsAdjective && p.Named.Adjective == "":
				place = p.Named.Name // "das bayerische Innenministerium": Bavaria's
			case p.Role == lang.AsAdjective:
				nats = append(nats, p.Named.Adjective)
			case p.Named.Kind == "country" && p.Role == lang.AsName && possessive:
				nats = append(nats, p.Named.Adjective) // "Israels Armee", "Russia's"
			default:
				place = p.Named.Name
				if _, head := d.orgTypeAt(p.End, e); !head && !possessive && l.grammar.CapitalizesNouns() {
					// "der Ukraine starteten ukrainische Streitkräfte": a
					// place's name ends a noun phrase that has a capital for
					// every noun; "Polizei Köln" names its body after it.
					return mention{}, false
				}
			}
			j = p.End
			continue
		}
		// A name the gazetteer lacks before a kind of body, where nouns
		// are not capitalized: "the Uttar Pradesh health department".
		if !l.grammar.CapitalizesNouns() && t.Kind == lang.Word && startsUpperRune(t.Text) && !d.isCommonWord(j) && j < k+3 &&
			j != s.start && !t.Newline {
			qualifiers = append(qualifiers, t.Text)
			j++
			continue
		}
		if d.isConjunction(j) || t.Text == "," && len(nats) > 0 || d.is(d.l.possessives, j) {
			j++
			continue
		}
		if _, ok := d.orgTypeAt(j, e); ok {
			break
		}
		if bm, ok := l.bodyModifiers.Has(t.Lower); ok && adjectives < 2 {
			mods = append(mods, bm.Value) // "Unabhängige russische Medien"
			j++
			adjectives++
			continue
		}
		if d.isAdjective(j) && adjectives < 2 {
			j++ // an adjective: "nationale", "local", "state-run"
			adjectives++
			continue
		}
		break
	}
	ot, ok := d.orgTypeAt(j, e)
	if !ok {
		return mention{}, false
	}
	orgType := ot.name
	end := ot.end
	// Where nouns are not capitalized, the words before the head that say
	// which body it is are its name: "unofficial reports", "local
	// resistance committee", "the state's emergency management agency".
	if !l.grammar.CapitalizesNouns() && ot.start > k {
		var words []string
		for i := ot.start - 1; i >= k && i >= ot.start-3; i-- {
			a := &d.toks[i]
			if d.is(l.possessives, i) {
				continue
			}
			if a.Kind != lang.Word || startsUpperRune(a.Text) || d.is(l.stop, i) || strings.Contains(lang.Lower(orgType), a.Lower) ||
				d.is(l.countryNouns, i) || d.l.isVerbForm(a.Lower) {
				break
			}
			words = append([]string{a.Lower}, words...)
		}
		if len(words) > 0 {
			orgType = strings.Join(words, " ") + " " + orgType
		}
	} else if !l.grammar.CapitalizesNouns() && ot.start == k && k > s.start {
		// "unconfirmed and unofficial reports": the adjective right before.
		if a := &d.toks[k-1]; d.isAdjective(k-1) && !strings.Contains(lang.Lower(orgType), a.Lower) && d.orgTypeTakesAdjective(orgType) {
			orgType = a.Lower + " " + orgType
			k--
		}
	}
	if len(qualifiers) > 0 && place == "" {
		place = strings.Join(qualifiers, " ")
		// "The GMB union": a body's own short name before a generic kind.
		if len(qualifiers) == 1 && isAcronymText(qualifiers[0]) && len(nats) == 0 && !isLocalBody(ot.name) {
			src := source{name: qualifiers[0], kind: ot.kind, text: d.span(k, ot.end), role: roleBody}
			if n := lang.Sources().Lookup(qualifiers[0]); n != nil {
				src = d.fromNamed(n, src.text)
			}
			return mention{start: k, end: ot.end, src: src}, true
		}
	} else if len(qualifiers) > 0 && len(nats) > 0 {
		orgType = strings.Join(qualifiers, " ") + " " + orgType // "the Spanish Interior Ministry"
	}
	// Whose body it is, said after its head: a nationality ("l'état-major
	// ukrainien", "le ministère français de l'Intérieur"), a country or
	// region after "de", "of", a genitive ("la préfecture de la Vienne",
	// "das Gesundheitsministerium der Ukraine").
	for n := 0; n < 3 && end < e; n++ {
		if p, ok := d.place(end, e); ok && p.Role == lang.AsAdjective && len(nats) == 0 && place == "" {
			if p.Named.Kind == "country" {
				nats = append(nats, p.Named.Adjective)
			} else {
				place = p.Named.Name
			}
			end = p.End
			continue
		}
		if !d.is(l.partitive, end) && !d.is(l.genitive, end) {
			break
		}
		a := end + 1
		if d.isArticle(a) {
			a++
		}
		// What the body does, said after it: "le ministère russe de la
		// Défense" is the Defence Ministry.
		if m, ok := d.at(l.compoundModifiers, a, e); ok && !strings.Contains(orgType, " ") {
			orgType = m.Entry.Value + " " + titleWord(orgType)
			end = m.End
			continue
		}
		p, ok := d.place(a, e)
		if !ok || p.Role != lang.AsName || len(nats) > 0 || place != "" {
			break
		}
		if p.Named.Kind == "country" {
			nats = append(nats, p.Named.Adjective)
		} else {
			place = p.Named.Name
		}
		end = p.End
	}
	// A local body's place after it, one the gazetteer may not know: "die
	// Stadtverwaltung von Lindenau", "das Landratsamt Fulda", "Police in
	// Bristol".
	if place == "" && len(nats) == 0 && isLocalBody(ot.name) {
		if name, pend, ok := d.placeNameAfter(end, e); ok {
			place, end = name, pend
		}
	}
	// A name after the kind of body: "Gewerkschaft Verdi", "der
	// Netzbetreiber Schleswig-Holstein Netz".
	if place == "" {
		if n, nend, ok := d.nameAfterBody(end, e); ok {
			return mention{start: k, end: nend, src: n}, true
		}
	}
	// A place after: "die Polizei in Ulm", "Polizei Köln", "Authorities in Oregon".
	if place == "" && len(nats) == 0 {
		a := end
		if a < e && d.is(d.l.placeConnectors, a) {
			a++
		}
		if p, ok := d.place(a, e); ok && p.Role == lang.AsName && a <= end+1 {
			switch {
			case p.Named.Kind == "country":
				nats = append(nats, p.Named.Adjective)
			case strings.Contains(lang.Lower(ot.name), "ministry") || lang.Lower(ot.name) == "government":
				// "das Gesundheitsministerium in Tirana": the capital's
				// country; "das Innenministerium in Dresden": the region's.
				if r := governingRegion(p.Named); r != nil {
					place = r.Name
				} else if c := d.countryOfPlace(p.Named); c != nil {
					nats = append(nats, c.Adjective)
				}
			default:
				place = p.Named.Name
			}
			end = p.End
		}
	}
	// A local body named without its place takes the place the sentence
	// names: "In Lee County alone, the sheriff's office said".
	if place == "" && len(nats) == 0 && isLocalBody(ot.name) {
		if p, ok := d.sentencePlace(s, k); ok {
			place = p
		}
	}
	// "Wahlkommission (IEC)": the article's own acronym for it.
	if end+2 < e && d.toks[end].Text == "(" {
		if g, ok := d.source(end+1, e); ok {
			return mention{start: k, end: g.End + 1, src: d.fromNamed(g.Named, d.span(k, g.End+1))}, true
		}
		if acr := d.toks[end+1]; isAcronymText(acr.Text) && d.toks[end+2].Text == ")" {
			return mention{start: k, end: end + 3, src: source{name: acr.Text, kind: ot.kind, text: d.span(k, end+3), role: roleBody}}, true
		}
	}
	if acr, ok := d.acronyms[lang.Lower(d.span(ot.start, ot.end))]; ok && len(nats) == 0 && place == "" {
		return mention{start: k, end: end, src: acr}, true
	}
	var name string
	switch {
	case len(nats) > 1:
		name = joinList(dedupe(nats)) + " " + plural(orgType)
	case len(nats) == 1:
		name = nats[0] + " " + orgType
	case place != "":
		name = place + " " + orgType
	default:
		// "the nation's spy agency" after the NIS, "die Behörde" after the
		// Gesundheitsbehörde: a bare kind of body with a definite article
		// is the body of that kind named before.
		if prev, ok := d.sameBody(ot.name); ok {
			return mention{start: k, end: end, src: prev}, true
		}
		if len(mods) == 0 && (d.isArticle(ot.start-1) || d.is(l.stop, max(ot.start-1, 0)) && ot.start > s.start) {
			if prev, ok := d.antecedent(ot); ok {
				return mention{start: k, end: end, src: prev, pronoun: true}, true
			}
		}
		name = orgType
		if needsCountry(ot.name) {
			name = d.governed(orgType, d.sentenceCountry(s))
		}
	}
	if len(mods) > 0 {
		name = strings.Join(mods, " ") + " " + name // "independent Russian media"
	}
	return mention{start: k, end: end, src: d.canonical(name, ot.kind, roleBody)}, true
}

// nameAfterBody reads a proper name right after a kind of body: capitalized
// words the lexicon does not know, ending where the clause or a speech verb
// begins.
func (d *doc) nameAfterBody(k, e int) (source, int, bool) {
	if k >= e || !startsUpperRune(d.toks[k].Text) || d.toks[k].Kind != lang.Word {
		return source{}, 0, false
	}
	if f, ok := d.source(k, e); ok && f.Named.Type == "body" {
		return d.fromNamed(f.Named, d.span(f.Start, f.End)), f.End, true
	}
	end := k
	for end < e && end < k+4 && d.toks[end].Kind == lang.Word && startsUpperRune(d.toks[end].Text) {
		if d.isCommonWord(end) {
			if _, isPlace := d.place(end, e); !isPlace || end+1 >= e || !startsUpperRune(d.toks[end+1].Text) {
				break
			}
		}
		end++
	}
	if end == k {
		return source{}, 0, false
	}
	if end < e {
		next := &d.toks[end]
		lower := next.Kind == lang.Word && !startsUpperRune(next.Text) // "der Nachrichtenagentur ANSA haben …"
		if !(next.Kind == lang.Punct || lower || d.isVerbCue(end) || d.is(d.l.prepositions, end) || d.is(d.l.subjectMarkers, end)) {
			return source{}, 0, false
		}
	}
	name := d.span(k, end)
	return source{name: name, kind: claimdiff.KindOther, text: name, role: roleBody}, end, true
}

// isLocalBody: a body that belongs to a town or district.
func isLocalBody(orgType string) bool { return lang.BodyKinds()[lang.Lower(orgType)].Local }

// placeNameAfter reads the name of a place right after a body, or after
// "in", "von", "of" that follow it: a place the gazetteer knows, or one to
// three capitalized words that are no common word.
func (d *doc) placeNameAfter(k, e int) (string, int, bool) {
	a := k
	if a < e && (d.is(d.l.locative, a) || d.is(d.l.partitive, a)) {
		a++
	}
	article := d.isArticle(a)
	if article {
		a++ // "de la Vienne"
	}
	if a >= e {
		return "", k, false
	}
	if p, ok := d.place(a, e); ok && p.Role == lang.AsName {
		return p.Named.Name, p.End, true
	}
	if article && d.l.grammar.CapitalizesNouns() {
		return "", k, false // "die Polizei bei der Massenpanik": a noun, not a town
	}
	end := a
	for end < e && end < a+3 {
		t := &d.toks[end]
		if t.Kind != lang.Word || !startsUpperRune(t.Text) || d.isFunctionWord(end) || d.isCommonWord(end) || d.isVerbCue(end) {
			break
		}
		if _, ok := d.source(end, e); ok {
			break
		}
		end++
	}
	if end == a {
		return "", k, false
	}
	return d.span(a, end), end, true
}

// sentencePlace is a town, district or region the sentence names before
// token k.
func (d *doc) sentencePlace(s sentence, k int) (string, bool) {
	for j := s.start; j < k; j++ {
		if p, ok := d.placeAt(j, s.end); ok && p.Named.Kind != "country" && p.Named.Kind != "continent" && p.Named.Kind != "sea" {
			return p.Named.Name, true
		}
	}
	return "", false
}

// countryOfPlace is the country a place lies in.
func (d *doc) countryOfPlace(n *lang.Named) *lang.Named {
	g := lang.Places()
	for n != nil && n.Kind != "country" {
		n = g.Parent(n)
	}
	return n
}

// sameBody finds, among the sources named before, one of the kind of body
// a bare "the agency", "der Geheimdienst" points back to.
func (d *doc) sameBody(orgType string) (source, bool) {
	kind := kindOfOrg(orgType)
	if kind != claimdiff.KindIntelligence && kind != claimdiff.KindMilitary {
		return source{}, false
	}
	for _, b := range d.recall().bodies {
		if b.kind == kind && b.role == roleBody {
			return b.source, true
		}
	}
	return source{}, false
}

// antecedent finds the body a definite, bare kind of body points back to:
// the last speaker or body named before whose name says it is of that kind
// ("the agency" → the … Agency), or whose printed name holds the word
// ("die Behörde" → the Gesundheitsbehörde).
func (d *doc) antecedent(ot orgType) (source, bool) {
	stem := lang.Lower(ot.name)
	for _, end := range []string{"ies", "y", "s"} {
		if strings.HasSuffix(stem, end) && len(stem) > len(end)+3 {
			stem = strings.TrimSuffix(stem, end)
			break
		}
	}
	word := lang.Lower(d.span(ot.start, ot.end))
	if w := d.l.grammar.BaseNoun(d.span(ot.start, ot.end)); w != "" {
		word = lang.Lower(w)
	}
	match := func(b source, name, text string) bool { // name and text in lower case
		return b.role == roleBody && b.ok() &&
			(len(stem) > 3 && strings.Contains(name, stem) || len(word) > 3 && strings.Contains(text, word))
	}
	last := d.recall()
	if s := last.src; s.role == roleBody && s.ok() && match(s, lang.Lower(s.name), lang.Lower(s.text)) {
		s.via = ""
		return s, true
	}
	for i := range last.bodies {
		b := &last.bodies[i]
		if name, text := b.lower(); match(b.source, name, text) {
			return b.source, true
		}
	}
	return source{}, false
}

// sentenceCountry is the country a sentence names first, else the article's.
func (d *doc) sentenceCountry(s sentence) *lang.Named {
	for k := s.start; k < s.end; k++ {
		if p, ok := d.place(k, s.end); ok && p.Role == lang.AsName {
			if n := d.countryOfPlace(p.Named); n != nil {
				return n
			}
			k = p.End - 1
		}
	}
	return d.country()
}

// governingRegion is the region n lies in, or is, when its country's
// regions have governments of their own; nil otherwise.
func governingRegion(n *lang.Named) *lang.Named {
	g := lang.Places()
	for ; n != nil; n = g.Parent(n) {
		if n.Kind == "region" {
			for c := g.Parent(n); c != nil; c = g.Parent(c) {
				if c.Kind == "country" && lang.RegionalGovernments()[c.Name] {
					return n
				}
			}
			return nil
		}
	}
	return nil
}

// governed names a body of government named without its owner: in an
// article about a region with a government of its own, in country, the
// region's ministry or government ("Saxony Interior Ministry"); else the
// country's ("French Interior Ministry").
func (d *doc) governed(org string, country *lang.Named) string {
	if country == nil {
		return org
	}
	if low := lang.Lower(org); strings.Contains(low, "ministry") || low == "government" {
		if r := d.region(); r != nil && d.countryOfPlace(r) == country {
			return r.Name + " " + org
		}
	}
	return country.Adjective + " " + org
}

// orgTypeTakesAdjective: a kind of body whose adjective says which it is —
// reports and media ("unofficial reports", "independent media").
func (d *doc) orgTypeTakesAdjective(orgType string) bool {
	return kindOfOrg(orgType) == claimdiff.KindMedia || kindOfOrg(orgType) == claimdiff.KindOther
}

// needsCountry: a ministry or government named without its country is the
// one of the country the article is about.
func needsCountry(orgType string) bool { return lang.BodyKinds()[lang.Lower(orgType)].National }

// anaphor resolves "er", "der Beamte", "die Behörde" to the last speaker of
// that role in the article.
func (d *doc) anaphor(role mentionRole, k, end int) mention {
	m := mention{start: k, end: end, pronoun: true}
	dis := d.recall()
	switch role {
	case rolePerson:
		m.src = dis.person
		if dis.speaker.ok() {
			m.src = dis.speaker
		}
	case roleOfficial:
		m.src = dis.official
		if !m.src.ok() {
			m.src = dis.person
		}
	case roleBody:
		m.src = dis.body
	}
	// "the ministry" after the Houthi-run health ministry, "der
	// Geheimdienst" after the NIS, "the advisor" after Ukraine's
	// presidential advisor: the last source whose name holds the word, or
	// the English name of the kind of body ("die Regierung": government).
	w := lang.Lower(d.toks[end-1].Text)
	if len(w) > 3 {
		kindWord := ""
		if ot, ok := d.l.orgTypes.Has(w); ok {
			// "authorities" finds an "Authority": compare the stem.
			kindWord = strings.TrimSuffix(strings.TrimSuffix(lang.Lower(ot.Value), "ies"), "s")
		}
		matched := false
		for i := range dis.bodies {
			b := &dis.bodies[i]
			name, text := b.lower()
			if strings.Contains(name, w) || strings.Contains(text, w) ||
				strings.Contains(name, strings.Replace(w, "advisor", "adviser", 1)) ||
				kindWord != "" && strings.Contains(name, kindWord) {
				m.src, matched = b.source, true
				break
			}
		}
		if !matched && kindWord != "" && role == roleBody {
			m.src = source{} // "die Regierung" with no government named before: read it afresh
		}
		if !m.src.ok() && role == roleBody {
			m.src = d.namedAfter(k, w, kindWord)
		}
	}
	// "The New York Times reported, citing unnamed US officials … Russia's
	// casualties are approaching 300,000, the newspaper reported": the
	// relay goes on relaying the same source.
	if last := dis.src; m.src.ok() && last.ok() && last.via != "" && strings.EqualFold(m.src.name, last.via) {
		m.src = last
		return m
	}
	if m.src.ok() {
		m.src.via = ""
	}
	return m
}

// namedAfter is a known body named in the sentences after token k whose
// name holds w or kindWord: a quotation may open an article with "…, the
// organization wrote" before "The World Health Organization estimates".
func (d *doc) namedAfter(k int, w, kindWord string) source {
	si := d.sentenceOf(d.toks[k].Start)
	if si < 0 || d.recall().body.ok() {
		return source{} // only where nothing was named before
	}
	for sj := si; sj < len(d.sents) && sj <= si+3; sj++ {
		s := d.sents[sj]
		from := s.start
		if sj == si {
			from = k + 1
		}
		for j := from; j < s.end; j++ {
			f, ok := d.source(j, s.end)
			if !ok || f.Named.Type != "body" {
				continue
			}
			name := lang.Lower(f.Named.Name)
			if strings.Contains(name, w) || kindWord != "" && strings.Contains(name, kindWord) {
				return d.fromNamed(f.Named, d.span(f.Start, f.End))
			}
			j = f.End - 1
		}
	}
	return source{}
}

// fromNamed makes a source of a known source.
func (d *doc) fromNamed(n *lang.Named, text string) source {
	role := roleBody
	switch n.Type {
	case "person":
		role = rolePerson
	case "metonym":
		role = roleMetonym
	}
	return source{name: n.Name, kind: claimdiff.SourceKind(n.Kind), text: text, role: role}
}

// canonical replaces a composed name by the known source it is a form of:
// "Ukrainian military intelligence" is the GUR.
func (d *doc) canonical(name string, kind claimdiff.SourceKind, role mentionRole) source {
	if n := lang.Sources().Lookup(name); n != nil {
		s := d.fromNamed(n, name)
		return s
	}
	return source{name: name, kind: kind, text: name, role: role}
}

// kindOfOrg is the source kind of a kind of body.
func kindOfOrg(orgType string) claimdiff.SourceKind {
	low := lang.Lower(orgType)
	if b, ok := lang.BodyKinds()[low]; ok {
		return claimdiff.SourceKind(b.Kind)
	}
	if strings.HasSuffix(low, " reports") || strings.HasSuffix(low, " media") {
		return claimdiff.KindMedia // "unofficial reports", "independent media"
	}
	return claimdiff.KindOfficial
}

func plural(s string) string {
	if p := lang.BodyKinds()[lang.Lower(s)].Plural; p != "" {
		if len(p) >= len(s) && strings.EqualFold(p[:len(s)], s) {
			return s + p[len(s):] // as the name was written: "Police", "Governments"
		}
		return p
	}
	if strings.HasSuffix(s, "y") && !strings.HasSuffix(s, "ry") {
		return s[:len(s)-1] + "ies"
	}
	if strings.HasSuffix(s, "s") {
		return s
	}
	if strings.HasSuffix(s, "ry") {
		return s[:len(s)-1] + "ies"
	}
	return s + "s"
}

// joinList writes "A", "A and B", "A, B and C".
func joinList(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}

func isAcronymText(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// pastParenthesis returns the token after a short parenthesis of one to
// three words opening at k, or k when none opens there.
func (d *doc) pastParenthesis(k, e int) int {
	if k >= e || d.toks[k].Text != "(" {
		return k
	}
	for j := k + 1; j < e && j <= k+4; j++ {
		switch t := &d.toks[j]; {
		case t.Text == ")":
			if j > k+1 {
				return j + 1
			}
			return k
		case t.Kind != lang.Word && t.Text != "-":
			return k
		}
	}
	return k
}

// isProperName: the source is named by a name — a person's, or a body's
// own — rather than described ("police", "unnamed officials").
func isProperName(s source) bool {
	if s.role == rolePerson {
		return true
	}
	return s.kind != claimdiff.KindAnonymous && startsUpperRune(s.name) && !isDescribed(s.name)
}

// isDescribed: a name composed of a nationality or place and a kind of
// body ("Italian coast guard") rather than the body's own.
func isDescribed(name string) bool {
	words := strings.Fields(name)
	last := words[len(words)-1]
	return len(words) > 1 && last == strings.ToLower(last)
}

// titleWord capitalizes the first letter of a word: "ministry" → "Ministry".
func titleWord(w string) string {
	for i, r := range w {
		return string(unicode.ToUpper(r)) + w[i+utf8.RuneLen(r):]
	}
	return w
}

// documentAt reads a document that carries figures, at token k, as the
// speaker it stands for: whose it is, said after it ("A report by regional
// monitors", "Early reports from the local resistance committee", "Laut
// einer Erklärung der Präsidentschaft"); else, with a definite article, the
// last speaker ("The statement said", "Dem Bericht zufolge"). A part of a
// body stands for the body named after it: "la direction de la SNCF".
func (d *doc) documentAt(k int, s sentence) (mention, bool) {
	l := d.l
	e := s.end
	j := k
	if d.isArticle(j) {
		j++
	}
	for j < e && j < k+3 && d.toks[j].Kind == lang.Word && !d.is(l.documents, j) && !d.is(l.bodyParts, j) && d.isAdjective(j) {
		j++ // "Early reports", "einer offiziellen Erklärung"
	}
	if j >= e {
		return mention{}, false
	}
	part := d.is(l.bodyParts, j) && !d.is(l.roles, j) // a spokesman is a person
	if !part && !d.is(l.documents, j) {
		return mention{}, false
	}
	if d.l.grammar.CapitalizesNouns() && !startsUpperRune(d.toks[j].Text) {
		return mention{}, false // "berichten" the verb
	}
	end := j + 1
	if end < e && d.is(l.documentOf, end) {
		a := end + 1
		if d.isArticle(a) && a+1 < e {
			a++
		}
		for b := a; b < e && b < a+3; b++ {
			if m, ok := d.mentionAt(b, s); ok && m.src.ok() && !m.recipient {
				m.start = k
				return m, true
			}
			if d.toks[b].Kind == lang.Punct {
				break
			}
		}
		if src := d.nameInSlot(a, e); src.ok() {
			return mention{start: k, end: a + len(strings.Fields(src.text)), src: src}, true // "la direction de la SNCF"
		}
	}
	if part {
		return mention{}, false
	}
	if d.isArticle(k-1) || d.isArticle(k) {
		// The body named last, who most likely issued it, else the last
		// speaker.
		dis := d.recall()
		src := dis.src
		if len(dis.bodies) > 0 && dis.bodies[0].ok() {
			src = dis.bodies[0].source
		}
		if src.ok() {
			src.via = ""
			return mention{start: k, end: end, src: src, pronoun: true}, true
		}
	}
	return mention{}, false
}
