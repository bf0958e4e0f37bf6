package extract

import (
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// Mentions: who a sentence names, read token by token — people, roles,
// bodies, documents, pronouns — for the frames to take their sources from.

// source is who puts a figure forward.
type source struct {
	name string
	kind claimdiff.SourceKind
	text string // as printed
	via  string
	role mentionRole
	org  *source // the body a spokesperson speaks for, for "die Organisation" later
	// joint: two bodies speaking together ("Regierung und Militär"), which
	// no anaphor of one kind of body points back to.
	joint bool
	// implied: named by no words of the text but guessed from them: "the
	// official toll" is the authorities' of the article's country.
	implied bool
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

// antecedentInSentence is the body named earlier in its own sentence that
// an anaphor of a body, m, points back to, rather than a body of earlier
// sentences: a group for a word any group answers to ("…, wie die
// Organisation mitteilte"), a company for a company's word ("des
// Unternehmens", or any word the data gives no kind of body for), else a
// body whose name holds the anaphor's word.
func (d *doc) antecedentInSentence(before []mention, m mention, e int) (source, bool) {
	a, ok := d.at(d.l.anaOrg, m.start, e)
	if !ok || a.End != m.end || a.Entry.Value == "media" {
		return source{}, false
	}
	w := d.toks[m.end-1].Lower
	company := true // a word the data gives no kind of body for ("Unternehmen") is any group's
	if ot, ok := d.l.orgTypes.Has(w); ok {
		company = bodyKind(ot.Value).Company
	}
	for i := len(before) - 1; i >= 0; i-- {
		b := before[i]
		if b.pronoun || b.recipient || !b.src.ok() || b.src.role != roleBody || b.src.joint {
			continue
		}
		group := isProperName(b.src) && b.src.kind != claimdiff.KindMedia && b.src.kind != claimdiff.KindMilitary && b.src.kind != claimdiff.KindIntelligence
		if a.Entry.Value == "recent" && group || company && group && b.src.kind == claimdiff.KindOther ||
			len(w) > 3 && (strings.Contains(lang.Lower(b.src.name), w) || strings.Contains(lang.Lower(b.src.text), w)) {
			b.src.via = ""
			return b.src, true
		}
	}
	return source{}, false
}

// inUnit: token k is the unit of one of figs ("Hektar", "Euro").
func inUnit(figs []figure, k int) bool {
	for i := range figs {
		if f := &figs[i]; f.unitKind != noUnit && k >= f.numEnd && k < f.end {
			return true
		}
	}
	return false
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
		} else if t := &d.toks[k]; t.Hyphen && has(l.officialHeads, hyphenTail(t.Lower)) {
			d.markBack(d.nextHead, k, s.start) // "US-Beamten"
		}
	}
	var figs []figure // the sentence's figures, whose units name nobody: "80 Hektar Schutzwald"
	if si := d.sentenceOf(d.toks[s.start].Start); si >= 0 && si < len(d.figs) {
		figs = d.figs[si]
	}
	for k := s.start; k < e; k++ {
		t := &d.toks[k]
		if t.Kind != lang.Word || !d.mayStartMention(k) || inUnit(figs, k) {
			continue
		}
		m, ok := d.mentionAt(k, s)
		if !ok {
			continue
		}
		if d.datelineCredit(m, s) {
			k = m.end - 1
			continue // "KYIV, March 14 (Reuters) -": whose copy it is, no speaker
		}
		if (m.src.role != rolePerson || m.end-m.start == 1 && lang.Sources().Lookup(m.src.name) == nil) && !m.pronoun && m.end < e && d.toks[m.end].Kind == lang.Word && !startsUpperRune(d.toks[m.end].Text) && d.mayStartMention(m.end) {
			// "said Oxfam spokeswoman Ana Lopez": a body (or one word the
			// data does not know), its officer's role and name — the
			// officer speaks, for the body.
			if p, ok := d.mentionAt(m.end, s); ok && p.start == m.end && p.src.role == rolePerson {
				org := m.src
				p.start, p.src.org = m.start, &org
				m = p
			}
		}
		if d.countedAfterTotal(m, s) {
			k = m.end - 1
			continue // "schätzte die Zahl der freiwilligen Helfer auf 700": what is counted, no speaker
		}
		if m.start > s.start {
			_, m.recipient = d.ending(l.recipient, m.start)
			if !m.recipient && m.start-1 > s.start && d.isArticle(m.start-1) {
				// "told the Baltic Herald" — not "À la préfecture, on …"
				if rm, ok := d.ending(l.recipient, m.start-1); ok && !(rm.End-rm.Start == 1 && d.is(l.prepositions, rm.Start)) {
					m.recipient = true
				}
			}
			if !m.recipient && d.dativeAfterCue(m.start, s.start) {
				m.recipient = d.framePhraseAt(m.end, e) != framePostp // not "dem Innenministerium zufolge"
			}
			// "sagte der Deutschen Presse-Agentur": an outlet after a verb of
			// saying, an article that may be dative and an adjective of a
			// dative ending ([dative-endings]) is whom it was said to (not
			// "berichtete der NDR", whose verb is no verb of saying).
			if !m.recipient && !m.pronoun && (m.src.kind == claimdiff.KindMedia || m.src.kind == claimdiff.KindAgency) && m.start-2 >= s.start &&
				d.is(l.dativeArticles, m.start-1) && (d.is(l.sayVerbs, m.start-2) || d.speakerAfterSay(out, m.start-1)) && d.framePhraseAt(m.end, e) != framePostp &&
				m.end-m.start > 1 && endsWithAny(d.toks[m.start].Lower, l.dativeEndings, 0) { // "der Deutschen …": no nominative
				m.recipient = true
			}
		}
		if !m.recipient && !m.pronoun && (m.src.kind == claimdiff.KindMedia || m.src.kind == claimdiff.KindAgency) && m.start-1 > s.start &&
			d.is(l.sayVerbs, m.start-1) && len(out) > 0 && !out[len(out)-1].recipient && out[len(out)-1].end < m.start &&
			!d.commaBetween(out[len(out)-1].end, m.start) && (m.end >= e || d.toks[m.end].Kind == lang.Punct) {
			// "Präsident Selenskyj sagte BILD: …": an outlet right after a
			// verb of saying whose subject stands before it is whom it
			// was said to.
			m.recipient = true
		}
		if m.src.role == roleBody && m.src.ok() && !m.pronoun && m.end < e && d.info[m.end].Place {
			// "Amnesty International Nigeria said": a body's national
			// branch, named with its country.
			if p, ok := d.place(m.end, e); ok && p.Role == lang.AsName && p.Named.Kind == "country" &&
				(p.End == e || d.toks[p.End].Kind == lang.Punct || d.isVerbCue(p.End)) && isProperName(m.src) {
				m.src.name += " " + d.span(p.Start, p.End)
				m.src.text = d.span(m.start, p.End)
				m.end = p.End
			}
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
			m.src.name != "" && (!startsUpperRune(m.src.name) || !startsUpperRune(d.toks[m.start].Text)) && m.src.role == roleBody && m.src.kind != claimdiff.KindAnonymous &&
			!d.cueStartsAt(m.start) { // not "The IDF reports", not "CNN einen US-Beamten"
			out[n-1].end = m.end
			k = m.end - 1
			continue
		}
		// "Fire Chief Dale Marchetti of the Barriere Fire Department": a
		// person and the body they serve are one mention, the person's.
		// "a medical source at the city's Teaching Hospital": an unnamed
		// source and where it works, the source's.
		if n := len(out); n > 0 && (out[n-1].src.role == rolePerson || out[n-1].src.kind == claimdiff.KindAnonymous) && !out[n-1].pronoun && m.src.role == roleBody && m.start > out[n-1].end {
			a := out[n-1].end
			if (d.is(l.partitive, a) || out[n-1].src.kind == claimdiff.KindAnonymous && d.is(l.locative, a)) && (m.start == a+1 || m.start == a+2 && d.isArticle(a+1)) {
				org := m.src
				out[n-1].src.org = &org
				out[n-1].end = m.end
				k = m.end - 1
				continue
			}
		}
		// An apposition: "A police spokesman, Daniel Hart,", "The union,
		// Unite,", "Aleksandar Gubas, the director of …,": one speaker,
		// named by the name.
		// "le préfet, Jean-Luc Marchand": a role that would point back is
		// named by the name after it.
		named := m.src.role == rolePerson && !m.pronoun
		// Not a count of speakers: "the town of Um Sereiba, two U.N.
		// officials said" ends one clause and opens another.
		if n := len(out); n > 0 && (m.start == out[n-1].end+1 || m.start == out[n-1].end+2 && d.isArticle(m.start-1) && d.describes(out[n-1]) && (lang.Sources().Lookup(m.src.name) != nil || !d.isOrgTypeAt(m.start, m.end))) && d.toks[out[n-1].end].Text == "," && !out[n-1].recipient && !d.afterPreposition(out[n-1].start, s.start) &&
			!d.countWord(m.start) && !(out[n-1].src.kind == claimdiff.KindAnonymous && m.src.role == roleBody && !isProperName(m.src)) && // not "killed 16 residents, police said"
			!(out[n-1].src.kind == claimdiff.KindAnonymous && d.countWord(out[n-1].start)) && // not "injured two workers, Governor Oleh Kiper said"
			(!out[n-1].pronoun || named) && !m.pronoun && (m.end >= e || d.toks[m.end].Text == "," || d.toks[m.end].Text == "." || d.isVerbCue(m.end)) {
			prev := &out[n-1]
			// "The Police Public Relations Officer of the … Command, Yusuf
			// Danladi,": a body's name that holds a role is the person's title.
			titled := named && (prev.src.role == roleBody && d.holdsRoleWord(prev.start, prev.end) ||
				prev.src.role == rolePerson && d.nameHoldsRoleWord(*prev)) // "the Returning Officer, Prof. Olufemi Bamidele,"
			if m.src.role == rolePerson && !prev.pronoun && d.describes(*prev) && lang.Sources().Lookup(m.src.name) == nil {
				// "Bayerns größter Stromnetzbetreiber, das Bayernwerk Netz,":
				// a name apposed to a kind of body is the body's, whatever
				// its words.
				m.src.role, m.src.kind = roleBody, prev.src.kind
			}
			if isProperName(m.src) && (!isProperName(prev.src) || prev.pronoun || titled || m.src.role == roleBody && d.describes(*prev)) {
				if m.src.kind == claimdiff.KindOther && d.describes(*prev) {
					m.src.kind = prev.src.kind // "the electoral commission, Elecam,": an official body
				}
				prev.src, prev.pronoun = m.src, false
			}
			prev.end = m.end
			k = m.end - 1
			continue
		}
		if !m.pronoun && len(d.acronymText) > 0 {
			m = d.spelledAcronym(m, e) // "The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)"
		}
		if m.src.kind == claimdiff.KindAnonymous && !m.pronoun {
			if b, ok := spokespersonOfNamed(out, m); ok {
				m.src = b // "At St James's Hospital …, a hospital spokeswoman told"
			}
		}
		if m.pronoun && m.start > s.start {
			if b, ok := d.antecedentInSentence(out, m, e); ok {
				m.src = b // "Die Deutsche Bahn sperrte die Strecke; ein Sprecher des Unternehmens sagte"
			}
		}
		if m.src.role == roleBody && !m.pronoun && m.end+1 < e && d.is(l.possessives, m.end) {
			// "the military's media wing said": the wing speaks for its body.
			if p, ok := d.at(l.bodyParts, m.end+1, e); ok && !d.is(l.roles, m.end+1) {
				m.end = p.End
			}
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
	d.speakersPronouns(out, s)
	out = d.coordinate(out)
	d.mentScratch = out
	from := len(d.allMents)
	d.allMents = append(d.allMents, out...)
	return d.allMents[from:len(d.allMents):len(d.allMents)]
}

// nameHoldsRoleWord: a person's name as read holds a role's or an
// official's word — a title read as a name ("Returning Officer").
func (d *doc) nameHoldsRoleWord(m mention) bool {
	for j := m.start; j < m.end; j++ {
		if strings.Contains(m.src.name, d.toks[j].Text) && d.roleWord(j) {
			return true
		}
	}
	return false
}

// holdsRoleWord: a role's or an official's word stands in tokens [a, b).
func (d *doc) holdsRoleWord(a, b int) bool {
	for j := a; j < b; j++ {
		if d.roleWord(j) {
			return true
		}
	}
	return false
}

// roleWord: token j is a role's word or an official's: "Officer", "Sprecher".
func (d *doc) roleWord(j int) bool { return d.is(d.l.roles, j) || d.bits[j].Has(d.l.officialHeads) }

// officialsOf reads the officials of a body the source found at f names,
// "UN officials", "NATO diplomats": the body as printed, without the points
// of an acronym ("U.N." is UN), and the head after it — plural, unless one
// is marked as unnamed ("a senior Hamas official").
func (d *doc) officialsOf(f lang.Found, e int, one bool) (body, head string, ok bool) {
	if f.Named.Type != "body" || f.End >= e {
		return "", "", false
	}
	hm, ok := d.l.officialHeads.Has(d.toks[f.End].Lower)
	if !ok || !one && !isPluralHead(hm.Value) {
		return "", "", false
	}
	return strings.ReplaceAll(d.span(f.Start, f.End), ".", ""), hm.Value, true
}

// mayStartMention: a mention may start at token k — a capitalized word, a
// word of a title, an anaphor or a kind of body, a nationality, a compound.
func (d *doc) mayStartMention(k int) bool {
	t := &d.toks[k]
	if startsUpperRune(t.Text) || d.bits[k].Has(d.l.mentionStart) || t.Hyphen {
		return true
	}
	p, ok := d.place(k, len(d.toks))
	return ok && p.Role == lang.AsAdjective
}

// lastHyphen is strings.LastIndexByte(t.Text, '-'): -1 without a search
// for the tokens that hold no hyphen, which the tokenizer marks.
func lastHyphen(t *lang.Token) int {
	if !t.Hyphen {
		return -1
	}
	return strings.LastIndexByte(t.Text, '-')
}

// hyphenTail is the part of a word after its last hyphen: "beamten" in
// "US-Beamten", the word itself when it has none.
func hyphenTail(w string) string {
	return w[strings.LastIndexByte(w, '-')+1:]
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
				// "one of the humanitarian workers": a marker of the unnamed
				// may open before the article.
				for b := j - 1; b >= from && b >= j-2; b-- {
					if d.starts(d.l.anonymous, b) {
						table[b-from] = 1
					}
				}
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
// readMention). Its reading is kept for the document, by token, with the
// parts of the discourse it read: it is read again only when one of them
// has changed since, as what it points back to may have.
func (d *doc) mentionAt(k int, s sentence) (mention, bool) {
	if n := d.mentMemo[k]; n > 0 {
		if r := &d.mentRead[n-1]; r.gen.unchanged(d.gen, r.deps) {
			d.reads |= r.deps // what the reading read, the reader reads
			return r.m, r.ok
		}
	}
	outer := d.reads
	d.reads = 0
	m, ok := d.readMention(k, s)
	r := mentionReading{m: m, ok: ok, deps: d.reads, gen: d.gen}
	d.reads |= outer
	if n := d.mentMemo[k]; n > 0 {
		d.mentRead[n-1] = r
	} else {
		d.mentRead = append(d.mentRead, r)
		d.mentMemo[k] = int32(len(d.mentRead))
	}
	return m, ok
}

// mentionReading is a reading of the mention at a token, kept by
// mentionAt: what was read, and the parts of the discourse it read with
// their counts of changes then.
type mentionReading struct {
	m    mention
	ok   bool
	deps discourseParts
	gen  discourseGen
}

// readMention reads a mention starting at token k, trying in turn: a role
// with a name, a known source, an anonymous official, a kind of body, an
// anaphor, a name.
func (d *doc) readMention(k int, s sentence) (mention, bool) {
	l := d.l
	e := s.end
	// Determiners and adjectives before the head are part of the mention.
	start := k
	if m, ok := d.memberAnaphor(k, e); ok {
		return m, true // "laut der Uno-Organisation", "the UN agency said"
	}

	// A role before a name: "Präsident Wolodymyr Selenskyj", "UN spokeswoman
	// Ravina Shamdasani", "der Abgeordnete Lee Seong-kweun".
	if m, ok := d.at(l.roles, k, e); ok && !d.sourceOutlasts(k, m.End, e) && !(m.Entry.Value == "title" && (d.isOrgTypeAt(m.End, e) || d.orgTypeOutlasts(k, m.End, e))) {
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
		// A role with its office or its place, then the name:
		// "Superintendent of Police Anita Rao", "the prefect of police of
		// Paris Laurent Nuñez".
		if j := d.pastOfficeAndPlace(m.End, e); j > m.End {
			if name, end, ok := d.nameAfterRole(j, e); ok && name.role == rolePerson && end-j >= 2 {
				return mention{start: start, end: end, src: name}, true
			}
			// "… Laurent Nuñez on BFMTV": two names' words, then what is no
			// part of a person's name.
			if j+2 <= e && d.firstName(j) && d.firstName(j+1) && (j+2 == e || d.toks[j+2].Kind != lang.Word || d.isFunctionWord(j+2)) {
				name := d.span(j, j+2)
				src := source{name: name, kind: claimdiff.KindOfficial, text: name, role: rolePerson}
				if n := lang.Sources().Lookup(name); n != nil {
					src = d.fromNamed(n, name)
				}
				return mention{start: start, end: j + 2, src: src}, true
			}
		}
		// "The mayor of Amatrice said": no name after the role and its
		// place; the office speaks, named by both.
		if office, end, ok := d.officeOfPlace(m, e); ok {
			return mention{start: start, end: end, src: office}, true
		}
		// "Commissioner for Refugee Affairs Josephine Wanjiru", "Minister
		// for Foreign Affairs Penny Wong": where nouns carry no capital,
		// the office's words run into the name, whose are the last two.
		if !l.grammar.CapitalizesNouns() && m.End+3 < e && d.is(l.nameConnectors, m.End) {
			n := m.End + 1
			for n < e && d.toks[n].Kind == lang.Word && startsUpperRune(d.toks[n].Text) && !d.isFunctionWord(n) {
				n++
			}
			if n-(m.End+1) >= 3 && (n == e || d.toks[n].Kind == lang.Punct || d.isVerbCue(n)) &&
				!d.isCommonWord(n-2) && !d.isCommonWord(n-1) && !d.isOrgTypeAt(n-2, n) && !d.isOrgTypeAt(n-1, n) {
				name := d.span(n-2, n)
				src := source{name: name, kind: claimdiff.KindOfficial, text: name, role: rolePerson}
				if f := lang.Sources().Lookup(name); f != nil {
					src = d.fromNamed(f, name)
				}
				return mention{start: start, end: n, src: src}, true
			}
		}
		// The role's body: "Sprecher des US-Außenministeriums", "ein Polizeisprecher".
		for j := m.End; j < e && j < m.End+5; j++ {
			if d.toks[j].Kind == lang.Punct && d.toks[j].Text != "-" || d.isVerbCue(j) {
				break
			}
			if t := &d.toks[j]; l.grammar.CapitalizesNouns() && t.Kind == lang.Word && !startsUpperRune(t.Text) && !d.isArticle(j) &&
				!d.is(l.genitive, j) && !d.is(l.partitive, j) && !d.isAdjective(j) {
				break // "Ein Armeesprecher warf der Hamas vor": a verb, and whom it blamed
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
				org = d.governed(org, d.sentenceCountry(s), d.l.federalPrefix(d.toks[m.Start].Lower))
			} else if prev, ok := d.localAntecedent(org); ok && isLocalBody(org) {
				return mention{start: start, end: m.End, src: prev, pronoun: true}, true
			} else if place, ok := d.localPlace(s, start, m.End, org, true); ok && isLocalBody(org) {
				org = placeKind(place, org) // "ein Kreissprecher" after the Landkreis Stade: its spokesperson
			}
			return mention{start: start, end: m.End, src: d.canonical(org, kindOfOrg(org), roleBody)}, true
		}
		if m.Entry.Value != "title" { // "General", "Chief": titles before a name, not roles alone
			// A role alone stays a role: "the spokesman".
			if ana, ok := d.at(l.anaPerson, k-1, e); ok && ana.End == m.End && !(m.End < e && d.is(l.possessives, m.End)) {
				return d.anaphor(rolePerson, k-1, m.End), true
			}
			// "Nach Angaben des Gouverneurs" after "Das teilte Gouverneur
			// Abdullahi Garba mit": a role alone after an article is the
			// person who last spoke, named with it.
			if k > s.start && d.isArticle(k-1) && !(m.End < e && d.is(l.possessives, m.End)) {
				if p, ok := d.lastSpeakerWith(d.toks[k].Text); ok {
					return mention{start: k - 1, end: m.End, src: p, pronoun: true}, true
				}
			}
		}
	}
	if t := &d.toks[k]; k+2 < e && t.Kind == lang.Word && startsUpperRune(t.Text) && d.toks[k+1].Kind == lang.Number &&
		d.isVerbCue(k+2) && !d.isFunctionWord(k) && !d.l.grammar.CapitalizesNouns() {
		// "Rescue 1122 said", "Channel 4 reported": a name with its number,
		// right before a verb of saying.
		name := d.span(k, k+2)
		return mention{start: k, end: k + 2, src: d.canonical(name, claimdiff.KindOther, roleBody)}, true
	}
	if f, known := d.source(k, e); !known || f.End <= k+1 { // "Statistik Austria" is a body's name
		if m, ok := d.documentAt(k, s); ok {
			return m, true
		}
	}
	t := &d.toks[k]
	if len(d.acronymText) > 0 && isAcronymText(t.Text) { // every key is one: most words are not looked up
		if src, ok := d.acronymText[t.Text]; ok {
			return mention{start: k, end: k + 1, src: src}, true
		}
	}
	if f, known := d.source(k, e); known && f.End > k && strings.IndexByte(t.Text, '-') > 0 {
		// "die UNO-Menschenrechtsmission": a compound the data knows whole.
		return mention{start: k, end: f.End, src: d.fromNamed(f.Named, d.span(k, f.End))}, true
	}
	if m, ok := d.regionsBodyCompound(k); ok {
		return m, true // "des NRW-Innenministeriums": North Rhine-Westphalia's
	}
	if i := lastHyphen(t); i > 0 {
		suffix := hyphenTail(t.Lower)
		if k+1 < e && d.nameFollows(k+1, e) {
			// "des Uno-Nothilfebüros Ocha", "Verdi-Verhandlungsführer Mark
			// Ortmann": a known body's compound, then a name — the body's
			// own, or the person in the role.
			if f, ok := d.source(k+1, e); ok && f.Named.Type == "body" {
				return mention{start: k, end: f.End, src: d.fromNamed(f.Named, d.span(k, f.End))}, true
			}
			if has(l.roles, suffix) {
				if name, end, ok := d.nameAfterRole(k+1, e); ok && name.role == rolePerson {
					return mention{start: k, end: end, src: name}, true
				}
			}
		} else if n := lang.Sources().Lookup(t.Text[:i]); n != nil && n.Type == "body" {
			// The known source before the hyphen, where no name follows
			// (that is the body's, read above: "die EU-Grenzschutzagentur
			// Frontex"): "AFP-Reporter", "Hisbollah-Miliz", "Afad-Abteilung"
			// are a role or a part of the body; "UN-Diplomaten",
			// "NATO-Beamte" officials of the body, read as "US-Beamte" are.
			if hm, ok := l.officialHeads.Has(suffix); ok && isPluralHead(hm.Value) {
				if m, ok := d.anonymousAt(k, s); ok {
					return m, true
				}
			}
			if has(l.roles, suffix) || has(l.officialHeads, suffix) || has(l.bodyParts, suffix) {
				return mention{start: k, end: k + 1, src: d.fromNamed(n, t.Text)}, true
			}
			if ot, ok := d.orgTypeAt(k, e); ok && !ot.known {
				return mention{start: k, end: k + 1, src: d.fromNamed(n, t.Text)}, true
			}
		} else if src, ok := d.acronymText[t.Text[:i]]; ok && (has(l.roles, suffix) || has(l.officialHeads, suffix)) {
			// "ein KVG-Sprecher" after "die Kieler Verkehrsgesellschaft
			// (KVG)": the article's own acronym of a body, as a known one.
			src.via = ""
			return mention{start: k, end: k + 1, src: src}, true
		}
	}
	if f, ok := d.source(k, e); ok {
		end := f.End
		src := d.fromNamed(f.Named, d.span(f.Start, f.End))
		// "UN officials said", "NATO officials": officials named by the
		// body they serve, as "Saudi officials" by their country.
		if body, head, ok := d.officialsOf(f, e, false); ok && src.role == roleBody && !has(l.anonymousHeads, head) {
			return mention{start: start, end: end + 1, src: source{name: body + " " + head, kind: claimdiff.KindOfficial, text: d.span(f.Start, end+1), role: roleOfficial}}, true
		}
		// "Israel's Magen David Adom (MDA)": a parenthesis names it better.
		if end+2 < e && d.toks[end].Text == "(" {
			if g, ok := d.source(end+1, e); ok && g.End < e && d.toks[g.End].Text == ")" {
				src = d.fromNamed(g.Named, d.span(g.Start, g.End))
				end = g.End + 1
			}
		}
		// "the Israel Prison Service": a country's name opening a body's
		// own name, where nouns carry no capital.
		if src.role == roleMetonym && !l.grammar.CapitalizesNouns() && end < e && startsUpperRune(d.toks[end].Text) && !d.isFunctionWord(end) {
			if name, nend, ok := d.nameAt(k, e); ok && name.role == roleBody && nend > end+1 {
				return d.withAcronym(mention{start: k, end: nend, src: name}, e), true
			}
		}
		if p, ok := d.place(k, e); src.role == roleMetonym && ok && p.End < end {
			return mention{start: start, end: end, src: src}, true // "Israeli government figures": the government named, no metonym
		}
		if src.role == roleMetonym && !d.metonymPosition(k) {
			// "…, Ukraine's air force said": no metonym, but a body's
			// country, before the body's description.
			if a := end + 1; d.near(d.nextOrg, k, 9) && a < e && d.is(l.possessives, end) && (!startsUpperRune(d.toks[a].Text) || d.isOrgTypeAt(a, e)) {
				if b, ok := d.bodyAt(k, s); ok {
					b.start = a // the country still says where, as a place of the sentence
					return b, true
				}
			}
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
		if name, end, ok := d.nameAt(k, e); ok && name.role == roleBody && end-k >= 2 && !d.kindOnly(k, end) {
			if ot, ok := d.orgTypeAt(k, end); ok && ot.start == k && ot.end == end && seatedGovernment(ot.name) {
				// "the Ministry of Health said" in a report on Malawi: the
				// Malawi Ministry of Health, printed as the country prints it.
				if c := d.sentenceCountry(s); c != nil {
					name = d.canonical(c.Name+" "+name.name, claimdiff.KindOfficial, roleBody)
				}
			}
			return d.withAcronym(mention{start: k, end: end, src: name}, e), true
		}
	}
	if d.near(d.nextOrg, k, 9) {
		if b, ok := d.bodyAt(k, s); ok {
			return b, true
		}
	}
	if m, ok := d.modifiedAnaphor(k, e); ok {
		return m, true
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
		name := m.End
		if name+1 < e && d.toks[name].Kind == lang.Punct && strings.ContainsAny(d.toks[name].Text, "„“\"«") {
			name++ // "der Zeitung „Le Monde“"
		}
		if name < e && d.toks[name].Kind == lang.Word && startsUpperRune(d.toks[name].Text) && !d.isCommonWord(name) &&
			!d.isVerbCue(name) && !d.isFunctionWord(name) {
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
		// "The Office for National Statistics": a name goes on after "for"
		// (not "the agency on Tuesday").
		if m.End+1 < e && !l.grammar.CapitalizesNouns() && d.is(l.nameConnectors, m.End) {
			if a := m.End + 1; d.toks[a].Kind == lang.Word && startsUpperRune(d.toks[a].Text) && !d.isCommonWord(a) {
				return true
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
		// A pronoun of a language whose genders are grammatical ("elle",
		// "sie") points back to a body when a body spoke last, printed
		// with an article of the pronoun's gender: "…, a indiqué la
		// compagnie. Elle a précisé …". The entry's value lists the
		// articles: "elle = or-body la".
		if articles, ok := strings.CutPrefix(m.Entry.Value, "or-body"); ok {
			if last := d.recall().src; last.ok() && (last.role == roleBody || last.role == roleMetonym) &&
				d.printedWith(last.text, strings.Fields(articles)) {
				return mention{start: k, end: m.End, pronoun: true, src: last}, true
			}
		}
		if a := d.anaphor(rolePerson, k, m.End); a.src.ok() || m.End-m.Start == 1 {
			return a, true
		}
	}
	if m, ok := d.at(l.anaOfficial, k, e); ok && !notAnaphor(m) {
		if a := d.anaphor(roleOfficial, k, m.End); a.src.ok() {
			return a, true
		}
	}
	if m, ok := d.at(l.anaOrg, k, e); ok && !notAnaphor(m) && !d.townsBody(m.End-1, s) && !d.namedByPurpose(m.End, e) {
		if m.Entry.Value == "media" {
			// "the newspaper reported": the outlet named last, still
			// relaying whom it cited.
			if a, ok := d.mediaAnaphor(k, m.End); ok {
				return a, true
			}
		}
		if m.Entry.Value == "recent" {
			// "…, wie die Organisation mitteilte" after "Die Seenotretter
			// von SOS Humanity": a word any group answers to means the
			// group named last by a name of its own.
			if b, ok := d.recentGroup(); ok {
				return mention{start: k, end: m.End, pronoun: true, src: b}, true
			}
		}
		if a := d.anaphor(roleBody, k, m.End); a.src.ok() {
			return a, true
		}
	}
	// A surname the article gave in full before names that person
	// wherever it stands: "…, wie Ziller dem ZDF in der Nacht mitteilte".
	if startsUpperRune(t.Text) && k+1 < e && !startsUpperRune(d.toks[k+1].Text) || startsUpperRune(t.Text) && k+1 == e {
		if p, ok := d.personNamed(t.Text); ok {
			return mention{start: k, end: k + 1, src: p}, true
		}
	}
	// Where every noun is capitalized, a capital says little: a name
	// needs a speech verb next to it.
	capsNouns := d.l.grammar.CapitalizesNouns()
	// A capitalized word may be a name, but a document is nobody: "in
	// einer auf Telegram veröffentlichten Mitteilung".
	// Nor is a name right after a preposition of place a speaker: it is
	// where something happened, "autour de Gidan Bako".
	afterPlace := func() bool { // asked last: the slowest test
		if _, ok := d.ending(l.openPlaceBefore, k); ok {
			return true
		}
		if _, ok := d.ending(l.placeNamedAfter, k); ok { // "the town of Um Sumeima"
			return true
		}
		a, ok := d.placeEndingAt(k, s.start) // "Younis" of "the city of Khan Younis": a place's last word
		return ok && a < k
	}
	// "Neighbouring Niger said": a capital opening the sentence before a
	// country's name is a word of the sentence, not a name's.
	if k+1 < e && d.opensSentence(k) && d.is(l.placeEpithets, k) && d.info[k+1].Place {
		if p, ok := d.place(k+1, e); ok && p.Role == lang.AsName && p.Named.Kind == "country" {
			return mention{}, false
		}
	}
	// (The word's own tests first: most words fail them, and the tests of
	// the words around it, which read only the text, need not be made.)
	if startsUpperRune(t.Text) && !has(l.documents, t.Lower) && !(capsNouns && d.afterArticle(k) && !isAcronymText(t.Text) && !d.bareNameBeforeCue(k, e)) {
		own := capsNouns && d.subjectPlace(k) && (d.ownAfter(k+1, e) || d.placeThenVerb(k+1, e))
		subjectRelative := capsNouns && d.subjectPlace(k) && d.relativeThenCue(k+1, e)  // "Die Rega, die …, sprach"
		roleApposed := capsNouns && d.opensSentence(k) && d.roleAppositionThenCue(k, e) // "Anna Roth, eine Sprecherin der Polizei, sagte"
		if (!capsNouns || own || d.verbNear(k, e) || subjectRelative || roleApposed) && !afterPlace() {
			if name, end, ok := d.nameAt(k, e); ok && (!capsNouns || own || d.nextToVerb(k, end, e) || subjectRelative || d.apposedToSubject(k, end, e) ||
				roleApposed && name.role == rolePerson && end-k >= 2 && d.toks[end].Text == ",") &&
				!(end < e && d.is(l.placeHeads, end)) { // "the Kigoma, Kagera and Rukwa regions": places
				return d.withAcronym(mention{start: k, end: end, src: name}, e), true
			}
		}
	}
	// "Die Hamburger Hochbahn meldete", "Die Wiener Linien meldeten": a
	// town's adjective and a word the data does not know, opening the
	// sentence after an article and before a verb of saying, are a body's
	// own name, as printed.
	if k > 0 && d.isArticle(k-1) && d.opensSentence(k-1) && k+2 < e && d.isVerbCue(k+2) {
		if p, ok := d.place(k, k+1); ok && p.Role == lang.AsAdjective && p.End == k+1 && startsUpperRune(d.toks[k+1].Text) &&
			d.bits[k+1] == (lang.Bits{}) && !d.commonNounShape(k+1) {
			name := d.span(k, k+2)
			return mention{start: k, end: k + 2, src: source{name: name, kind: claimdiff.KindOther, text: name, role: roleBody}}, true
		}
	}
	// A district named by a compound, standing for the body that governs
	// it: "Der Rhein-Erft-Kreis schätzt den Schaden auf …".
	if body := d.compoundPlaceBody(k); body != "" && d.metonymPosition(k) {
		name := placeKind(d.compoundPlace(k).Name, body)
		return mention{start: k, end: k + 1, src: d.canonical(name, kindOfOrg(body), roleBody)}, true
	}
	// A country standing for its government in a cue position: "laut Polen".
	// (A place by its name is in the gazetteer, whose first words info.Place
	// marks; place reads any other token as an adjective at most.)
	if d.info[k].Place {
		if p, ok := d.place(k, e); ok && p.Role == lang.AsName && p.Named.Kind == "country" && d.metonymPosition(k) {
			return mention{start: k, end: p.End, src: d.canonical(p.Named.Adjective+" government", claimdiff.KindOfficial, roleMetonym)}, true
		}
	}
	return mention{}, false
}

// speakerAfterSay: the last mention read ends at token k and stands right
// after a verb of saying, "sagte ein Offizier": what follows in the dative
// is whom it was said to ("der Nachrichtenagentur AFP").
func (d *doc) speakerAfterSay(out []mention, k int) bool {
	n := len(out)
	return n > 0 && out[n-1].end == k && !out[n-1].recipient && out[n-1].src.role != roleBody && d.saidBefore(out[n-1].start)
}

// orgTypeOutlasts: a kind of body starts at k and ends past end — "General
// Staff", whose first word is a title too.
func (d *doc) orgTypeOutlasts(k, end, e int) bool {
	ot, ok := d.orgTypeAt(k, e)
	return ok && ot.start == k && ot.end > end
}

// townsBody: token k is a town's kind of body whose own clause names a town
// before it, "In Dresden meldete die Polizei": that town's, not the body of
// that kind that spoke before.
func (d *doc) townsBody(k int, s sentence) bool {
	ot, ok := d.orgTypeAt(k, s.end)
	if !ok || !isLocalBody(ot.name) {
		return false
	}
	_, ok = d.clausePlace(s, k)
	return ok
}

// nameFollows: a capitalized word that is no common word, verb or kind of
// body stands at k — a name.
func (d *doc) nameFollows(k, e int) bool {
	t := &d.toks[k]
	return t.Kind == lang.Word && startsUpperRune(t.Text) && !d.isCommonWord(k) && !d.isVerbCue(k) && !d.isFunctionWord(k) && !d.isOrgTypeAt(k, e)
}

// printedWith: a body printed as text opens with one of the articles
// ("la compagnie" with "la"), or with no article at all (a name, "OMS",
// whose gender the text does not show); any is fine when none is listed.
func (d *doc) printedWith(text string, articles []string) bool {
	if len(articles) == 0 {
		return true
	}
	low := strings.ReplaceAll(lang.Lower(strings.TrimSpace(text)), "’", "'")
	first, _, _ := strings.Cut(low, " ")
	for _, a := range articles {
		if first == a || strings.HasSuffix(a, "'") && strings.HasPrefix(low, a) { // "l'agence"
			return true
		}
	}
	if _, ok := d.l.articles.Has(first); ok {
		return false
	}
	elided, _, ok := strings.Cut(first, "'")
	return !ok || len(elided) > 2 // "l'…" is an article of either gender
}

// metonymPosition: a place stands for its government only where a speaker
// stands — right after "laut", "nach Angaben", "according to", or right
// before or after a speech verb ("Kyiv said", "sagte Kiew").
func (d *doc) metonymPosition(k int) bool {
	// "Amnesty International Nigeria said", "Die Geflügelwirtschaft
	// Österreich warnte": a country after a name is part of the name.
	if j := k - 1; j >= 0 && d.toks[j].Kind == lang.Word && startsUpperRune(d.toks[j].Text) && !d.opensSentence(j) &&
		!d.isFunctionWord(j) && !d.isArticle(j) && !d.isVerbCue(j) && !d.isPlaceWord(j) && !d.frameBefore(k) {
		return false
	}
	// "Demnach stellten in Deutschland 52.318 Menschen …": after a
	// preposition of place, where, not who — unless an impersonal cue
	// says its words came from there ("aus Moskau hieß es").
	if k > 0 && d.is(d.l.locative, k-1) {
		return d.is(d.l.impersonalSource, k-1) && d.impersonalCueNear(k)
	}
	if k > 1 && d.isArticle(k-1) && d.is(d.l.locative, k-2) {
		return false // "Die UN-Mission in der Ukraine zählte": where the mission is
	}
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
		// "Russland unterhält nach eigenen Angaben …": its own figures.
		if kind := d.framePhraseAt(j, len(d.toks)); d.isVerbCue(j) || kind == framePostp || kind == frameOwn {
			return true
		}
		if d.toks[j].Kind == lang.Punct {
			break
		}
	}
	// "während in Kiew von etwa 13 000 die Rede war", "aus Moskau hieß
	// es": where an impersonal cue's words came from.
	if k > 0 && d.is(d.l.impersonalSource, k-1) && d.impersonalCueNear(k) {
		return true
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
// roleAppositionThenCue: the words from token k run, two to four
// capitalized words, up to a comma, then an apposition that holds a role
// ([roles], [official-heads]) up to a second comma, then a verb of the
// cues: "Anna Roth, eine Sprecherin der Polizei, sagte", where the name
// before the apposition is the subject.
func (d *doc) roleAppositionThenCue(k, e int) bool {
	c := k
	for c < e && c < k+4 && d.toks[c].Kind == lang.Word && startsUpperRune(d.toks[c].Text) {
		c++
	}
	if c-k < 2 || c >= e || d.toks[c].Text != "," {
		return false
	}
	role := false
	for j := c + 1; j < e && j <= c+10; j++ {
		t := &d.toks[j]
		if t.Kind == lang.Punct {
			return t.Text == "," && role && j > c+1 && d.isVerbCue(j+1)
		}
		if d.is(d.l.roles, j) || d.bits[j].Has(d.l.officialHeads) {
			role = true
		}
	}
	return false
}

func (d *doc) verbNear(k, e int) bool {
	if d.isVerbCue(k-1) || d.auxiliaryThenCue(k-1, e) && d.frontedBefore(k-1) {
		return true
	}
	for j := k + 1; j < e && j <= k+5; j++ {
		if d.isVerbCue(j) || d.auxiliaryThenCue(j, e) {
			return true
		}
	}
	return false
}

// nextToVerb: a verb of saying, or an auxiliary of its perfect, stands
// right after the words [k, end) or right before them.
func (d *doc) nextToVerb(k, end, e int) bool {
	if k > 0 && end < e && d.quotedSpan(k-1, end) {
		k, end = k-1, end+1 // "wie die „Süddeutsche Zeitung“ berichtete": a title in quotation marks
	}
	if end+1 < e && d.is(d.l.subjectParticles, end) {
		end++ // "Die Rheinbahn selbst ging von … aus"
	}
	return end < e && (d.isVerbCue(end) || d.auxiliaryThenCue(end, e)) || d.isVerbCue(k-1) || d.auxiliaryThenCue(k-1, e) && d.frontedBefore(k-1)
}

// frontedBefore: what stands before the auxiliary at token aux in its
// clause is a fronted phrase, not a subject, so that the name after the
// auxiliary is its subject: "Vor der Sitzung hatte Brandl …", "Gestern
// hatte Brandl …" — not "Die Polizei hat Jonas Keller … gemeldet".
func (d *doc) frontedBefore(aux int) bool {
	si := d.sentenceOf(d.toks[aux].Start)
	if si < 0 {
		return false
	}
	cs := d.clauseStart(aux, d.sents[si].start)
	return cs < aux && (d.is(d.l.prepositions, cs) || aux == cs+1 && !d.isArticle(cs) && !d.isOrgTypeAt(cs, aux))
}

// quotedSpan: tokens open and close are the marks of one quotation.
func (d *doc) quotedSpan(open, close int) bool {
	q, ok := d.quoteOpenedAt(open)
	return ok && q.close == close
}

// auxiliaryThenCue: token j is an auxiliary of the perfect and a verb of
// saying follows in its clause: "Brandl hatte von 1200 Fällen
// gesprochen", "hatte Uwe Brandl … gemeldet".
func (d *doc) auxiliaryThenCue(j, e int) bool {
	if j < 0 || j >= e || !d.is(d.l.perfectAux, j) {
		return false
	}
	for i := j + 1; i < d.clauseEnd(j+1, e) && i <= j+12; i++ {
		if d.isVerbCue(i) {
			return true
		}
	}
	return false
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

// sentenceSubject is the speaker of a verb whose clause is empty: a person
// named before it, else the first speaker of the sentence — not one
// inside a quotation, whose words are a speaker's own ("\"… of the
// workers,\" said the union, claiming that …").
func (d *doc) sentenceSubject(ments []mention, from, to int) mention {
	var first mention
	for _, m := range ments {
		if m.end > to || m.start < from || m.recipient || m.pronoun && !m.src.ok() || d.quotedMention(m) {
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

// quotedMention: mention m stands inside a quotation.
func (d *doc) quotedMention(m mention) bool {
	for _, q := range d.quotes {
		if q.open < m.start && m.end <= q.close {
			return true
		}
	}
	return false
}

func (d *doc) isQuoteOrComma(i int) bool {
	t := d.tok(i)
	return t != nil && t.Kind == lang.Punct && strings.ContainsAny(t.Text, ",“”\"»«'’")
}

// countedAt: a counted noun starts at k, so that a verb there is part of
// its name: "registered voters".
func (d *doc) countedAt(k, e int) bool {
	kind, _, _ := d.countedNoun(k, e)
	return kind != nounNone
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

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// modifiedAnaphor reads a body pointed back to with modifiers between the
// article and the noun — "die oppositionsnahe Organisation", "the state
// emergency agency", "the London-based Observatory" — when the article
// named a body of that kind before. A nationality is no such modifier:
// "die ukrainische Armee" is a body described, not one pointed back to.
func (d *doc) modifiedAnaphor(k, e int) (mention, bool) {
	if !d.isArticle(k) {
		return mention{}, false
	}
	if _, known := d.source(k+1, e); known {
		return mention{}, false // "the Houthi-run health ministry": a body the data knows by that name
	}
	caps := d.l.grammar.CapitalizesNouns()
	for j := k + 1; j < e && j <= k+3; j++ {
		t := &d.toks[j]
		if t.Kind != lang.Word {
			return mention{}, false
		}
		if j > k+1 && d.l.anaOrgHeads[t.Lower] {
			if d.opensName(j+1, e) {
				return mention{}, false // "the agency's", "die Organisation Memorial", "der internationalen Organisation für Migration"
			}
			// A word any group answers to means the group named last:
			// "The medical group said" after the Sudan Doctors Network.
			if d.l.groupHeads[t.Lower] {
				if b, ok := d.recentGroup(); ok {
					return mention{start: k, end: j + 1, pronoun: true, src: b}, true
				}
			}
			// Only a body whose name says it is of that kind: "the
			// disaster agency" is not any body named last.
			a := d.anaphor(roleBody, k, j+1)
			if name, text := lang.Lower(a.src.name), lang.Lower(a.src.text); a.src.ok() &&
				(strings.Contains(name, t.Lower) || strings.Contains(text, t.Lower) || knownAs(a.src.name, t.Lower, "")) &&
				d.modifiersFit(k+1, j, name, text) {
				return a, true
			}
			return mention{}, false
		}
		// A modifier: lower case (or hyphenated, "London-based"), neither a
		// word of grammar nor a place.
		if startsUpperRune(t.Text) && (caps || !strings.Contains(t.Text, "-")) || d.isFunctionWord(j) || d.isVerbCue(j) || d.isPlaceWord(j) {
			return mention{}, false
		}
	}
	return mention{}, false
}

// opensName: what follows a noun at token j makes it part of a longer
// name — a possessive, a capitalized word, a parenthesis, or a connector
// before one ("Organisation für Migration", "Office of the President").
func (d *doc) opensName(j, e int) bool {
	if j >= e {
		return false
	}
	t := &d.toks[j]
	switch {
	case d.is(d.l.possessives, j) || t.Text == "(":
		return true
	case t.Kind == lang.Word && startsUpperRune(t.Text) && !d.isFunctionWord(j):
		return true
	case d.is(d.l.nameConnectors, j) || d.is(d.l.genitive, j) || d.is(d.l.partitive, j):
		n := j + 1
		if d.isArticle(n) {
			n++
		}
		return n < e && d.toks[n].Kind == lang.Word && startsUpperRune(d.toks[n].Text)
	}
	return false
}

// coordinate makes one speaker of two bodies joined by "und", "and":
// "wie Regierung und Militär mitteilten", "according to the UNHCR and the
// IOM". What they say, they say together.
func (d *doc) coordinate(out []mention) []mention {
	n := 0
	for i := 0; i < len(out); i++ {
		m := out[i]
		if i+1 < len(out) && d.joined(m, out[i+1]) {
			b := out[i+1]
			m.src = jointSource(m.src, b.src)
			m.end = b.end
			i++
		}
		out[n] = m
		n++
	}
	return out[:n]
}

// joined: mentions a and b name two bodies, with a coordinator and maybe
// an article between them and nothing else.
func (d *doc) joined(a, b mention) bool {
	speaks := func(m mention) bool {
		return m.src.ok() && !m.pronoun && !m.recipient && m.src.via == "" &&
			(m.src.role == roleBody || m.src.role == roleMetonym)
	}
	if !speaks(a) || !speaks(b) || a.src.name == b.src.name || b.start <= a.end {
		return false
	}
	m, ok := d.at(d.l.coordinators, a.end, b.start)
	if !ok {
		return false
	}
	j := m.End
	if j < b.start && (d.isArticle(j) || d.is(d.l.genitive, j)) {
		j++
	}
	return j == b.start
}

// jointSource names two bodies speaking together: "Burkinabe government
// and military" where both are of one country, else "A and B".
func jointSource(a, b source) source {
	j := a
	j.org = nil
	j.joint = true
	aw, bw := strings.Fields(a.name), strings.Fields(b.name)
	common := 0
	for common < len(aw)-1 && common < len(bw)-1 && aw[common] == bw[common] {
		common++
	}
	switch {
	case common > 0:
		// "Burkina Faso government and military"
		j.name = strings.Join(aw, " ") + " and " + strings.Join(bw[common:], " ")
	case len(aw) > 1 && len(bw) > 1 && aw[len(aw)-1] == bw[len(bw)-1] && a.role == roleMetonym && b.role == roleMetonym:
		// "Polish and Austrian governments"
		tail := aw[len(aw)-1]
		j.name = strings.Join(aw[:len(aw)-1], " ") + " and " + strings.Join(bw[:len(bw)-1], " ") + " " + plural(tail)
	default:
		j.name = a.name + " and " + b.name
	}
	j.text = a.text + " / " + b.text
	return j
}

// sourceOutlasts: a known source's name opens at token k and goes past
// end, where a title ends: "General Staff of the Armed Forces of
// Ukraine", "General Motors" are no General's.
func (d *doc) sourceOutlasts(k, end, e int) bool {
	f, ok := d.source(k, e)
	return ok && f.End > end
}

// pastOfficeAndPlace reads past "of Police", "of Paris" after a role that
// ends at token j, and returns where they end (j when neither follows).
func (d *doc) pastOfficeAndPlace(j, e int) int {
	l := d.l
	of := func(k int) bool { return k+1 < e && (d.is(l.partitive, k) || d.is(l.genitive, k)) }
	if of(j) {
		if ot, ok := d.orgTypeAt(j+1, e); ok {
			j = ot.end
		}
	}
	if of(j) {
		if p, ok := d.place(j+1, e); ok && p.Role == lang.AsName {
			j = p.End
		}
	}
	return j
}

// impersonalCueNear: an impersonal cue ("hieß es", "die Rede") stands in
// the clause of token k, within a dozen tokens.
func (d *doc) impersonalCueNear(k int) bool {
	si := d.sentenceOf(d.toks[k].Start)
	if si < 0 {
		return false
	}
	s := d.sents[si]
	from, to := max(d.clauseStart(k, s.start), k-12), min(d.clauseEnd(k+1, s.end), k+13)
	_, ok := d.firstIn(d.l.impersonalCues, from, to)
	return ok
}

// withAcronym extends a body's name by the acronym the article gives it in
// parentheses right after ("… Authority (KSDMA)"), naming it as the
// acronym is named everywhere in the article (see findAcronyms).
func (d *doc) withAcronym(m mention, e int) mention {
	if m.src.role != roleBody || m.end+2 >= e || d.toks[m.end].Text != "(" || d.toks[m.end+2].Text != ")" {
		return m
	}
	if src, ok := d.acronymText[d.toks[m.end+1].Text]; ok {
		m.src, m.end = src, m.end+3
	}
	return m
}

// spokespersonOfNamed is the body an unnamed spokesperson of a kind of
// body speaks for, where the sentence named a body of that kind before
// it by a name of its own: "At St James's Hospital …, a hospital
// spokeswoman said" speaks for the hospital.
func spokespersonOfNamed(before []mention, m mention) (source, bool) {
	words := strings.Fields(m.src.name)
	if len(words) < 3 || words[len(words)-1] != "spokesperson" {
		return source{}, false
	}
	kind := words[len(words)-2]
	for i := len(before) - 1; i >= 0; i-- {
		b := before[i]
		if b.pronoun || b.recipient || b.src.role != roleBody || !isProperName(b.src) {
			continue
		}
		if hasWordWith(lang.Lower(b.src.name), kind) {
			b.src.via = ""
			return b.src, true
		}
	}
	return source{}, false
}

// regionsBodyCompound reads a region's or town's name joined by a hyphen
// to a kind of body the data translates as a word of its own: "das
// NRW-Innenministerium" is North Rhine-Westphalia's Interior Ministry.
func (d *doc) regionsBodyCompound(k int) (mention, bool) {
	t := &d.toks[k]
	i := lastHyphen(t)
	if i <= 0 || i == len(t.Text)-1 {
		return mention{}, false
	}
	e, ok := d.l.orgTypes.Has(lang.Lower(t.Text[i+1:]))
	if !ok || !startsUpperRune(e.Value) {
		return mention{}, false // a kind of body's own English name: "Interior Ministry"
	}
	p := lang.Places().Lookup(t.Text[:i])
	if p == nil || p.Kind == "country" || p.Kind == "continent" {
		return mention{}, false
	}
	return mention{start: k, end: k + 1, src: d.canonical(regionalName(p)+" "+e.Value, kindOfOrg(e.Value), roleBody)}, true
}

// officeOfPlace names the office of a role read at m with the place
// named after it, where no name follows: "the mayor of Amatrice said".
// The role's English is the entry's value, or the role as printed where
// the language's roles are English words (english_roles in its
// settings). Titles ("General") are no offices. It returns where the
// place ends.
func (d *doc) officeOfPlace(m lang.Match, e int) (source, int, bool) {
	if m.Entry.Value == "title" || m.End+1 >= e || !(d.is(d.l.partitive, m.End) || d.is(d.l.genitive, m.End)) {
		return source{}, 0, false
	}
	role := m.Entry.Value
	if role == "" && d.l.lx.Setting("english_roles") == "yes" {
		role = lang.Lower(d.span(m.Start, m.End))
	}
	if role == "" {
		return source{}, 0, false
	}
	a := m.End + 1
	if a < e && d.isArticle(a) || d.is(d.l.genitive, m.End) {
		// "the mayor of the town", "der Bürgermeister der kleinen Stadt":
		// the town named before.
		j := a
		if d.isArticle(j) {
			j++
		}
		for j < e && j < a+3 && d.lowerWordAt(j) && !d.is(d.l.placeAnaphors, j) {
			j++ // "der kleinen Stadt", "the small town"
		}
		if pm, ok := d.at(d.l.placeAnaphors, j, e); ok {
			if p, ok := d.placeBefore(m.Start, d.l.placeKinds[pm.Entry]); ok && p.Kind != "country" {
				return source{name: role + " of " + p.Name, kind: claimdiff.KindOfficial, text: d.span(m.Start, pm.End), role: roleOfficial}, pm.End, true
			}
		}
		if d.isArticle(a) {
			return source{}, 0, false // "the head of the agency": a body's, read as such
		}
	}
	b := a
	for b < e && b < a+3 && d.toks[b].Kind == lang.Word && startsUpperRune(d.toks[b].Text) && !d.isFunctionWord(b) && !d.isOrgTypeAt(b, e) {
		b++
	}
	if b == a || b < e && !d.isVerbCue(b) && d.toks[b].Kind != lang.Punct {
		return source{}, 0, false // a name follows, or the role's body
	}
	place := d.span(a, b)
	if p, ok := d.place(a, b); ok && p.End == b {
		place = p.Named.Name
	} else if d.l.grammar.CapitalizesNouns() && d.is(d.l.genitive, m.End) {
		return source{}, 0, false // "des Bundesstaates Kebbi": after a genitive's article a capital is a noun's
	}
	name := role + " of " + place
	return source{name: name, kind: claimdiff.KindOfficial, text: d.span(m.Start, b), role: roleOfficial}, b, true
}

// spelledAcronym extends a body's mention m to the parenthesized acronym
// its words, with a comma among them, spell out: "The Kenya Medical
// Practitioners, Pharmacists and Dentists Union (KMPDU)" is one mention
// of the union, named as its acronym is.
func (d *doc) spelledAcronym(m mention, e int) mention {
	for p := m.end; p+2 < e && p < m.end+10; p++ {
		t := &d.toks[p]
		if t.Text != "(" {
			if t.Kind == lang.Punct && t.Text != "," {
				return m
			}
			continue
		}
		src, ok := d.acronymText[d.toks[p+1].Text]
		if !ok || d.toks[p+2].Text != ")" {
			return m
		}
		if j, ok := d.spelledOut(m.start, p, d.toks[p+1].Text); ok && (j == m.start || j == m.start+1 && d.isArticle(m.start)) {
			m.src, m.end = src, p+3
		}
		return m
	}
	return m
}

// afterArticle: an article and a lower-case word stand before token k:
// "die versicherten Schäden" is a noun phrase, where every noun has a
// capital, and no name ("Die Rega flog" may be one).
func (d *doc) afterArticle(k int) bool {
	if k+1 < len(d.toks) && d.toks[k+1].Kind == lang.Word && startsUpperRune(d.toks[k+1].Text) || d.toks[k].Hyphen {
		return false // "Die spanische Open Arms": a name of its own words
	}
	return k > 1 && d.toks[k-1].Kind == lang.Word && !startsUpperRune(d.toks[k-1].Text) && !d.isArticle(k-1) && d.isArticle(k-2)
}

// dativeAfterCue: the mention at token k stands in the dative after a
// speech verb — whom it was said to: "sagte dem NDR", "sagte sie der
// Deutschen Presse-Agentur".
func (d *doc) dativeAfterCue(k, from int) bool {
	a := k - 1
	if a-1 < from {
		return false
	}
	m, ok := d.at(d.l.dativeArticles, a, k)
	if !ok {
		return false
	}
	v := a - 1
	speaker := false
	if d.is(d.l.anaPerson, v) && v-1 >= from {
		v, speaker = v-1, true // "sagte sie der …"
	}
	return d.isVerbCue(v) && (speaker || m.Entry.Value == "dative")
}

// afterPreposition: a preposition stands before token k, an article at
// most between: "taken to hospital, police said" — the hospital is where
// they were taken, no subject that an apposition could follow.
func (d *doc) afterPreposition(k, from int) bool {
	j := k - 1
	if j > from && d.isArticle(j) {
		j--
	}
	if j < from || !d.is(d.l.prepositions, j) || d.is(d.l.passiveAgent, j) {
		return false
	}
	// Not one of an attribution: "according to a police spokesman, Daniel Hart,".
	for a := j; a >= from && a >= j-2; a-- {
		if d.framePhraseAt(a, k) == framePrep {
			return false
		}
	}
	return true
}

// lastSpeakerWith is the person who spoke last, when the role word w
// stands in the sentence where they spoke, both read in their base form:
// "des Landrats" after "Das teilte Landrat Peter Vogt mit."
func (d *doc) lastSpeakerWith(w string) (source, bool) {
	dis := d.recall()
	sp := dis.speaker
	if !sp.ok() || sp.role != rolePerson || dis.src.name != sp.name || dis.srcSent < 0 || dis.srcSent >= len(d.sents) {
		return source{}, false
	}
	base := lang.Lower(d.l.grammar.BaseNoun(w))
	s := d.sents[dis.srcSent]
	for j := s.start; j < s.end; j++ {
		if d.is(d.l.roles, j) && lang.Lower(d.l.grammar.BaseNoun(d.toks[j].Text)) == base {
			sp.via = ""
			return sp, true
		}
	}
	return source{}, false
}

// speakersPronouns resolves a pronoun that opens what a verb of saying
// reports to the verb's subject: in "Phivolcs said it had recorded 1,420
// aftershocks" and "Die Küstenwache erklärte, sie habe 45 Menschen
// gerettet", "it" and "sie" are who speaks, whoever the discourse named
// last. The pronoun must agree: a person's pronoun a person, a body's a
// body; one that may be either ("sie", "elle"), either.
func (d *doc) speakersPronouns(out []mention, s sentence) {
	l := d.l
	for i := 1; i < len(out); i++ {
		p := &out[i]
		if p.src.role == roleBody && bodyKind(p.src.name).Company && p.start > s.start && d.isArticle(p.start-1) && d.describes(*p) {
			// "strich der Betreiber Fraport 1116 Flüge, wie der Konzern
			// mitteilte": a company's anaphor that found none named before
			// the sentence is the company the sentence named.
			for j := i - 1; j >= 0; j-- {
				if q := &out[j]; !q.pronoun && !q.recipient && q.src.role == roleBody && q.src.kind == claimdiff.KindOther && isProperName(q.src) {
					p.src = q.src
					break
				}
			}
			continue
		}
		if !p.pronoun || p.end-p.start != 1 {
			continue
		}
		person, body := false, false
		if m, ok := d.at(l.anaPerson, p.start, s.end); ok && m.End == p.end {
			person, body = true, strings.HasPrefix(m.Entry.Value, "or-body")
		} else if m, ok := d.at(l.anaOrg, p.start, s.end); ok && m.End == p.end {
			body = true
		} else {
			continue
		}
		// "Die Polizei kontrollierte 38 Personen, wie sie mitteilte": the
		// subject that opens the sentence.
		if a := p.start - 1; a-1 > s.start && d.is(l.tagOpeners, a) && d.toks[a-1].Text == "," {
			if q := &out[0]; q.start <= s.start+1 && (!q.pronoun || q.end-q.start > 1) && !q.recipient && q.src.ok() && q.end < a {
				if isPerson := q.src.role == rolePerson; isPerson && person || !isPerson && body {
					p.src = q.src
				}
			}
			continue
		}
		// The verb, then at most a few words ("on Monday", "in a
		// statement") and a comma or "that" before the pronoun.
		v := p.start - 1
		if v > s.start && (d.toks[v].Text == "," || d.is(l.complementizers, v)) {
			v--
		}
		for n := 0; n < 4 && v > s.start && !d.isVerbCue(v); n++ {
			if d.toks[v].Kind != lang.Word || mentionEndsAt(out[:i], v+1) {
				v = s.start
			}
			v--
		}
		if v <= s.start || !d.isVerbCue(v) {
			continue
		}
		q := &out[i-1]
		if q.recipient || !q.src.ok() || d.pastParenthesis(q.end, v) != v && !(d.toks[q.end].Text == "," && q.end+1 == v) {
			continue
		}
		if isPerson := q.src.role == rolePerson; isPerson && !person || !isPerson && !body {
			continue
		}
		p.src = q.src
	}
}

// frameBefore: a cue phrase of a frame opens in the three tokens before k
// ("nach Angaben Kiews").
func (d *doc) frameBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if d.framePhraseAt(j, k) != 0 {
			return true
		}
	}
	return false
}

// datelineCredit: mention m is the agency credited in the dateline that
// opens a paragraph, in parentheses before a dash: "KYIV, March 14
// (Reuters) -", "GENF (dpa) –".
func (d *doc) datelineCredit(m mention, s sentence) bool {
	if !s.first || m.start > s.start+8 || m.start == 0 || m.end+1 >= s.end || d.toks[m.start-1].Text != "(" || d.toks[m.end].Text != ")" {
		return false
	}
	switch d.toks[m.end+1].Text {
	case "-", "–", "—", "--":
		return true
	}
	return false
}

// bareNameBeforeCue: token k is a word no phrase of the lexicon opens and
// no common noun's shape, right before a verb of saying, opening its
// sentence or after the article that opens it: "Vivantes teilte mit",
// "Die Lufthansa bezifferte" — a name, where every noun has a capital.
func (d *doc) bareNameBeforeCue(k, e int) bool {
	opens := d.opensSentence(k) || k > 0 && d.isArticle(k-1) && d.opensSentence(k-1)
	v := k + 1
	if v+1 < e && d.is(d.l.subjectParticles, v) {
		v++ // "Die Rheinbahn selbst ging von … aus"
	}
	return opens && v < e && d.isVerbCue(v) && !d.pluralVerbAt(v) && d.bits[k] == (lang.Bits{}) && !d.commonNounShape(k)
}

// kindOnly: tokens [k, end) are a kind of body and nothing more, however
// capitalized: "the Defense Ministry" is a country's, not a name of its own.
func (d *doc) kindOnly(k, end int) bool {
	if d.wordIn(d.l.nameConnectors, k, end) {
		return false // "the Ministry of Health" stays as printed: the gold writes it so, with its country's name
	}
	ot, ok := d.orgTypeAt(k, end)
	return ok && ot.start == k && ot.end == end && ot.known
}

// namedByPurpose: what a body is for follows token k, which names the body
// rather than pointing back: "des Ministeriums für Gesundheit".
func (d *doc) namedByPurpose(k, e int) bool {
	return k+1 < e && d.is(d.l.bodyComplement, k) && startsUpperRune(d.toks[k+1].Text)
}

// memberAnaphor reads, at token k, a word for a body joined to a known
// body's name — "die Uno-Organisation", "the UN agency" — which points back
// to the body named last that is one of that body's own: one whose forms
// name it with that body's name ("UN migration agency", a form of the IOM).
func (d *doc) memberAnaphor(k, e int) (mention, bool) {
	t := &d.toks[k]
	if k == 0 || !d.isArticle(k-1) {
		return mention{}, false // "a UN agency said": no pointer back
	}
	var parent *lang.Named
	end := k + 1
	if i := lastHyphen(t); i > 0 && d.l.anaOrgHeads[hyphenTail(t.Lower)] {
		if f, ok := lang.Sources().At(lang.Tokenize(t.Text[:i]), 0); ok && f.End == 1 && f.Named.Type == "body" {
			parent = f.Named
		}
	} else if f, ok := d.source(k, e); ok && f.End < e && f.Named.Type == "body" && d.l.anaOrgHeads[d.toks[f.End].Lower] {
		parent, end = f.Named, f.End+1
	}
	if parent == nil {
		return mention{}, false
	}
	if _, named := d.source(end, e); named {
		return mention{}, false // "der UN-Organisation IOM": the name follows
	}
	if end < e && (d.is(d.l.bodyComplement, end) || d.is(d.l.nameConnectors, end)) {
		return mention{}, false // "the UN agency for refugees": a body described, not pointed back to
	}
	b, ok := d.lastBody(func(b source, _, _ string) bool {
		n := lang.Sources().Lookup(b.name)
		return n != nil && n != parent && memberOf(n, parent)
	})
	if !ok {
		return mention{}, false
	}
	return mention{start: k, end: end, src: b, pronoun: true}, true
}

// memberOf: one of n's forms opens with one of parent's, then a space or a
// hyphen: "un migration agency", "un-kinderhilfswerk" of the United Nations.
func memberOf(n, parent *lang.Named) bool {
	for _, f := range n.Forms {
		for _, p := range parent.Forms {
			if len(f) > len(p) && strings.HasPrefix(f, p) && (f[len(p)] == ' ' || f[len(p)] == '-') {
				return true
			}
		}
	}
	return false
}

// modifiersFit: the words of tokens [a, b) before an anaphor's noun may
// describe the body it points back to, whose name and text are given:
// each is a word of its name, a description joined by a hyphen
// ("London-based"), a word for the region's ("state") or a common word
// ("local"). "the public works department" points back to no health
// department.
func (d *doc) modifiersFit(a, b int, name, text string) bool {
	for j := a; j < b; j++ {
		w := d.toks[j].Lower
		if d.toks[j].Hyphen || d.l.regionalPrefix(w) || d.is(d.l.commonWords, j) || d.isFunctionWord(j) ||
			strings.Contains(name, w) || strings.Contains(text, w) {
			continue
		}
		return false
	}
	return true
}

// countedAfterTotal: mention m is what a total counts — it follows a word
// for a total and a genitive or partitive word, perhaps with adjectives
// between: "die Zahl der freiwilligen Helfer", "the number of rescue
// workers". Those are counted, not speaking. (Bodies and people are not:
// "die Bilanz der Feuerwehr" is the fire brigade's.)
func (d *doc) countedAfterTotal(m mention, s sentence) bool {
	if m.pronoun || m.src.role == rolePerson || m.src.role == roleBody || m.src.role == roleMetonym {
		return false // "die Bilanz der Feuerwehr", "der ukrainischen Regierung": a body's own tally
	}
	j := m.start - 1
	for j > s.start && d.toks[j].Kind == lang.Word && !startsUpperRune(d.toks[j].Text) && !d.is(d.l.genitive, j) && !d.is(d.l.partitive, j) && j > m.start-3 {
		j-- // "der freiwilligen Helfer": adjectives between
	}
	return j > s.start && (d.is(d.l.genitive, j) || d.is(d.l.partitive, j)) && d.is(d.l.totalWords, j-1)
}
