package extract

import (
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// Pointing back: pronouns, definite descriptions ("the ministry") and
// documents ("the statement") resolved against what the article named.

// antecedent finds the body a definite, bare kind of body points back to:
// first, read from token k, the last body named whose name holds every
// word of the description ("the state emergency agency" → the Emergency
// Management Agency of Mississippi, not a later agency); else the last
// speaker or body whose name says it is of that kind ("the agency" → the
// … Agency) or whose printed name holds the word ("die Behörde" → the
// Gesundheitsbehörde).
func (d *doc) antecedent(ot orgType, k int) (source, bool) {
	if ot.end-k > 1 {
		if words := d.descriptionWords(k, ot.end); len(words) > 1 {
			if b, ok := d.lastBody(func(b source, name, _ string) bool {
				return b.role == roleBody && b.ok() && holdsWords(name, words)
			}); ok {
				return b, true
			}
		}
	}
	stem := stemOf(d.lower(ot.name))
	word := d.lower(d.span(ot.start, ot.end))
	if w := d.l.grammar.BaseNoun(d.span(ot.start, ot.end)); w != "" {
		word = d.lower(w)
	}
	anyOfficial := d.l.anyBodyAnaphors[word]                   // "die Behörde": whichever authority was named last
	return d.lastBody(func(b source, name, text string) bool { // name and text in lower case
		return b.role == roleBody && b.ok() &&
			(anyOfficial && b.kind == claimdiff.KindOfficial && !b.joint ||
				len(stem) > 3 && hasWordWith(name, stem) || len(word) > 3 && strings.Contains(text, word) ||
				len(word) > 3 && knownAs(b.name, word, "")) // "die Gewerkschaft" after Verdi, known as "Gewerkschaft Verdi"
	})
}

// hasWordWith: a word of name opens with stem — "ministr" in "Defence
// Ministry", not in "city administration".
func hasWordWith(name, stem string) bool {
	for i := strings.Index(name, stem); i >= 0; {
		if i == 0 || name[i-1] == ' ' || name[i-1] == '-' {
			return true
		}
		j := strings.Index(name[i+1:], stem)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// lastBody is the last source the discourse recalls, unless it is a joint
// one, or else the last body named, that match accepts (given the name and
// the printed text in lower case).
func (d *doc) lastBody(match func(b source, name, text string) bool) (source, bool) {
	last := d.recall()
	if s := last.src; !s.joint && match(s, d.lower(s.name), d.lower(s.text)) {
		s.via = ""
		return s, true
	}
	for i := range last.bodies {
		b := &last.bodies[i]
		if name, text := b.lower(d); match(b.source, name, text) {
			return b.source, true
		}
	}
	return source{}, false
}

// recentGroup is the body named last, when it is known by a name of its
// own and is no outlet, army or service: an aid group, a union, a
// company, an international organisation.
func (d *doc) recentGroup() (source, bool) {
	dis := d.recall()
	if len(dis.bodies) == 0 {
		return source{}, false
	}
	b := dis.bodies[0].source
	if b.role != roleBody || b.joint || !isProperName(b) ||
		b.kind == claimdiff.KindMedia || b.kind == claimdiff.KindMilitary || b.kind == claimdiff.KindIntelligence {
		return source{}, false
	}
	b.via = ""
	return b, true
}

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
	w := d.toks[end-1].Lower
	if len(w) > 3 {
		kindWord, national, companyKind := "", false, false
		if ot, ok := d.l.orgTypes.Has(w); ok {
			national = needsCountry(ot.Value)
			companyKind = bodyKind(ot.Value).Company // "the company", "der Konzern"
			// "authorities" finds an "Authority": compare the stem.
			kindWord = strings.TrimSuffix(strings.TrimSuffix(lang.Lower(ot.Value), "ies"), "s")
		}
		matched := false
		anyBody := d.l.anyBodyAnaphors[w] // "teilte die Behörde mit" after the General Staff
		// A body named by the word first, else, for the words that may
		// point back to any authority, the last authority: "the General
		// Staff said" after the General Staff and the Air Force.
		for pass := 0; pass < 2 && !matched; pass++ {
			for i := range dis.bodies {
				b := &dis.bodies[i]
				name, text := b.lower(d)
				if pass == 0 && (strings.Contains(name, w) || strings.Contains(text, w) ||
					strings.Contains(name, strings.Replace(w, "advisor", "adviser", 1)) ||
					kindWord != "" && strings.Contains(name, kindWord) || knownAs(b.source.name, w, kindWord)) ||
					pass == 1 && anyBody && (b.kind == claimdiff.KindOfficial || b.kind == claimdiff.KindMilitary) && b.role == roleBody && !b.joint {
					m.src, matched = b.source, true
					break
				}
			}
		}
		if !matched && kindWord != "" && role == roleBody {
			m.src = source{} // "die Regierung" with no government named before: read it afresh
		}
		if !matched && (kindWord == "" || companyKind) && role == roleBody && !m.src.ok() && len(dis.bodies) > 0 &&
			dis.bodies[0].role == roleBody && dis.bodies[0].kind == claimdiff.KindOther && (!companyKind || d.plainName(dis.bodies[0].source)) {
			// "teilte das Unternehmen mit" after "Beim Mobilfunkanbieter
			// Telvio …": the body named last, though it has not spoken — a
			// company, a union, a group, not an authority.
			m.src = dis.bodies[0].source
			matched = true
		}
		// "Allein in der Türkei wurden den Behörden zufolge …" after
		// Syria's authorities: the sentence names another country, whose
		// authorities these are.
		if matched && national && role == roleBody && d.otherCountry(m.src, k) {
			m.src = source{}
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

// knownAs: a form of the known source named name holds w or kindWord: "le
// syndicat" after the CGT, printed elsewhere as "CGT union".
func knownAs(name, w, kindWord string) bool {
	n := lang.Sources().Lookup(name)
	if n == nil {
		return false
	}
	for _, f := range n.Forms {
		if strings.Contains(f, w) || kindWord != "" && strings.Contains(f, kindWord) {
			return true
		}
	}
	return false
}

// mediaAnaphor resolves "the newspaper", "die Zeitung": while the last
// source is relayed by an outlet, the outlet goes on relaying it; else the
// last body that is a medium.
func (d *doc) mediaAnaphor(k, end int) (mention, bool) {
	dis := d.recall()
	if dis.src.ok() && dis.src.via != "" {
		return mention{start: k, end: end, pronoun: true, src: dis.src}, true
	}
	for i := range dis.bodies {
		if b := dis.bodies[i].source; reports(b) {
			b.via = ""
			return mention{start: k, end: end, pronoun: true, src: b}, true
		}
	}
	return mention{}, false
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

// documentAt reads a document that carries figures, at token k, as the
// speaker it stands for: whose it is, said after it ("A report by regional
// monitors", "Early reports from the local resistance committee", "Laut
// einer Erklärung der Präsidentschaft"); else, with a definite article, the
// last speaker ("The statement said", "Dem Bericht zufolge"). A part of a
// body stands for the body named after it: "la direction de la SNCF".
func (d *doc) documentAt(k int, s sentence) (mention, bool) {
	l := d.l
	e := s.end
	if !d.documentNear(k, e) {
		return mention{}, false // the test below fails at once: no document or part where it looks
	}
	j := k
	own := d.is(l.ownDeterminers, j) // "Its latest assessment found": the body's own
	if d.isArticle(j) || own {
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
	if part && !d.l.grammar.CapitalizesNouns() && startsUpperRune(d.toks[j].Text) && j > 0 && d.isArticle(j-1) {
		return mention{}, false // "the Department of Health": a name's first word, read as a name
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
		if src := d.nameInSlot(a, e, false); src.ok() {
			return mention{start: k, end: a + len(strings.Fields(src.text)), src: src}, true // "la direction de la SNCF"
		}
	}
	if part {
		return mention{}, false
	}
	if d.isArticle(k-1) || d.isArticle(k) || own || k == j && d.framePhraseAt(k-1, e) == framePrep {
		// The body named last, who most likely issued it, else the last
		// speaker: "die Statistik", "laut Urteil".
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

// otherCountry: the sentence that holds token k names a country after a
// preposition of place, and src is named for another one ("Syrian
// authorities").
func (d *doc) otherCountry(src source, k int) bool {
	si := d.sentenceOf(d.toks[k].Start)
	if si < 0 {
		return false
	}
	named := d.countryWhere(d.sents[si])
	if named == nil || named.Adjective == "" || strings.HasPrefix(src.name, named.Adjective+" ") {
		return false
	}
	p, ok := lang.Places().At(lang.Tokenize(src.name), 0)
	return ok && p.Role == lang.AsAdjective && p.Named.Kind == "country"
}

// countryWhere is the first country sentence s names after a preposition
// of place, where things happen ("Allein in der Türkei wurden …"), not one
// named as an actor ("Russland habe 790.000 Mann verloren").
func (d *doc) countryWhere(s sentence) *lang.Named {
	for k := s.start + 1; k < s.end; k++ {
		if !d.info[k].Place {
			continue
		}
		p, ok := d.place(k, s.end)
		if !ok || p.Role != lang.AsName || p.Named.Kind != "country" {
			continue
		}
		if d.afterPlacePreposition(k, s.start) {
			return p.Named
		}
	}
	return nil
}

// documentNear: a document or a part of a body may stand at one of the
// four tokens from k on, where documentAt looks for one (an article and
// up to two adjectives before it). Most tokens have none, and their
// section bits say so without a lookup. It must look wherever documentAt
// does: a change to documentAt's window or sets is a change here.
func (d *doc) documentNear(k, e int) bool {
	if to := min(k+4, e); to > k && !d.mayStartBefore(d.l.documentsOrParts, to) {
		return false // the six tokens before the fourth hold none: most do not
	}
	for j := k; j < e && j < k+4; j++ {
		if d.starts(d.l.documentsOrParts, j) {
			return true
		}
	}
	return false
}

// descriptionWords are the stems of the words of a description, tokens
// [k, end), in lower case: "emergency agency" → "emergenc", "agenc".
func (d *doc) descriptionWords(k, end int) []string {
	var out []string
	for j := k; j < end; j++ {
		if t := &d.toks[j]; t.Kind == lang.Word && len(t.Lower) > 2 && !d.is(d.l.stop, j) {
			out = append(out, stemOf(t.Lower))
		}
	}
	return out
}

// stemOf cuts a plural or a final y: "agencies", "agency" → "agenc".
func stemOf(w string) string {
	for _, end := range []string{"ies", "y", "s"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+3 {
			return strings.TrimSuffix(w, end)
		}
	}
	return w
}

// holdsWords: some word of name (lower case) starts with each stem.
func holdsWords(name string, stems []string) bool {
	for _, st := range stems {
		found := false
		for f := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == ' ' || r == '-' || r == '(' || r == ')' }) {
			if strings.HasPrefix(f, st) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// plainName: a body's name is its own, printed with no word of a kind of
// body the data knows and no known source's: "Thabong Gold Mines" may be
// what "the company" points back to, "Interior Ministry" may not.
func (d *doc) plainName(b source) bool {
	if !isProperName(b) || lang.Sources().Lookup(b.name) != nil {
		return false
	}
	// No kind of body ends it: "Office", "Sheriff's Office".
	toks := lang.Tokenize(b.name)
	for i := range toks {
		if m, ok := d.l.orgTypes.At(toks, i); ok && m.End == len(toks) {
			return false
		}
	}
	return true
}
