package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"

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
	compound   bool // read as the head of a compound word ("Hafenbehörde")
	// federal: named as the federation's ("Bundesinnenministerium",
	// "the federal health ministry"): the country's, not a state's.
	federal bool
	// regional: named as a state's or region's ("Landeswahlbehörde"): of
	// the region the article is about, where its name gives none.
	regional bool
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
	if d.orgMemo[j] == 0 {
		d.orgMemo[j] = -1
		if ot, ok := d.readOrgType(j, len(d.toks)); ok {
			d.orgFound = append(d.orgFound, ot)
			d.orgMemo[j] = int32(len(d.orgFound))
		}
	}
	if n := d.orgMemo[j]; n > 0 && d.orgFound[n-1].end <= e {
		return d.orgFound[n-1], true
	}
	return orgType{}, false
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
		full := strings.TrimSuffix(word[:len(word)-len(h.suffix)], "-")
		prefix := strings.TrimSuffix(full, "s")
		federal := l.federalPrefix(prefix)
		regional := l.regionalPrefix(prefix) || l.regionalPrefix(full) // "Landes" in "Landeswahlbehörde"
		mod, ok := l.compoundModifiers.Has(prefix)
		if !ok && prefix != full {
			mod, ok = l.compoundModifiers.Has(full) // "Bundes" in "Bundeskanzlei": an s of its own
		}
		if ok {
			return orgType{start: j, end: j + 1, name: mod.Value + " " + h.head, kind: h.kind, federal: federal, regional: regional, compound: true}, true
		}
		// Two modifiers or more, unless the word is a known source's own
		// name ("Bundesinnenministerium").
		if mods, ok := l.modifierChain(prefix); ok && lang.Sources().Lookup(l.grammar.BaseNoun(t.Text)) == nil {
			return orgType{start: j, end: j + 1, name: mods + " " + h.head, kind: h.kind, regional: regional, compound: true}, true
		}
		if _, isPlace := d.place(j, e); isPlace {
			return orgType{}, false
		}
		// A name joined by a hyphen to a kind the data translates:
		// "Nasser-Krankenhaus" is the Nasser Hospital.
		if i := strings.LastIndexByte(t.Text, '-'); i >= 3 && startsUpperRune(t.Text) && !strings.ContainsRune(t.Text[:i], '-') {
			if _, isPlace := lang.Places().At(lang.Tokenize(t.Text[:i]), 0); !isPlace {
				return orgType{start: j, end: j + 1, name: t.Text[:i] + " " + h.head, kind: h.kind, compound: true}, true
			}
		}
		return orgType{start: j, end: j + 1, name: l.grammar.BaseNoun(t.Text), kind: h.kind, compound: true}, true
	}
	return orgType{}, false
}

// modifierChain reads the first part of a compound body name as one or
// more [compound-modifiers], each maybe joined by an "s": "Kommunikations"
// is Communications, "Kreisgesundheits" District Health.
func (l *language) modifierChain(prefix string) (string, bool) {
	if mod, ok := l.compoundModifiers.Has(prefix); ok {
		return mod.Value, true
	}
	for i := len(prefix) - 3; i >= 3; i-- {
		mod, ok := l.compoundModifiers.Has(prefix[:i])
		if !ok {
			continue
		}
		rest := prefix[i:]
		if r, ok := l.modifierChain(rest); ok {
			return mod.Value + " " + r, true
		}
		if r, ok := l.modifierChain(strings.TrimPrefix(rest, "s")); ok && strings.HasPrefix(rest, "s") {
			return mod.Value + " " + r, true
		}
	}
	return "", false
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

// isAdjective: token k is a word that may modify a noun in a name — a
// lower-case word that is neither a function word nor a preposition nor a
// verb we know; in German, one with an adjective's ending.
func (d *doc) isAdjective(k int) bool { return d.fact(k, factAdjective, (*doc).readAdjective) }

func (d *doc) readAdjective(k int) bool {
	t := &d.toks[k]
	l := d.l
	opens := d.opensSentence(k)
	if t.Kind != lang.Word || startsUpperRune(t.Text) && !strings.Contains(t.Text, "-") && !(opens && d.is(l.commonWords, k)) {
		return false // a capital, but for a common word opening a sentence: "Earlier reports"
	}
	if opens && d.is(l.commonWords, k) {
		return true
	}
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
	natEnd := -1 // where the last nationality read ends: "US, British and French officials"
	for j < e && j < k+8 {
		t := &d.toks[j]
		if _, ok := d.orgTypeAt(j, e); ok {
			break // "the Spanish Interior Ministry", "l'ONG SOS Méditerranée": the kind of body
		}
		// "the territory's Health Ministry", "the state's education
		// ministry": the place named before, of the anaphor's kind.
		if m, ok := d.at(l.placeAnaphors, j, e); ok && m.End < e && d.is(l.possessives, m.End) && j > s.start && d.isArticle(j-1) && len(nats) == 0 && place == "" {
			if p, ok := d.placeBefore(j, l.placeKinds[m.Entry]); ok {
				if p.Kind == "country" {
					nats = append(nats, p.Adjective)
				} else {
					place = p.Name
				}
				j = m.End + 1
				continue
			}
		}
		// "nach Angaben der dortigen Gesundheitsbehörde": the body of the
		// place named last before it.
		if d.is(l.thereWords, j) && len(nats) == 0 && place == "" {
			if p, ok := d.placeBefore(j, placeKindsAny); ok {
				if p.Kind == "country" {
					nats = append(nats, p.Adjective)
				} else {
					place = p.Name
				}
				j++
				continue
			}
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
				if short := strings.ReplaceAll(d.span(p.Start, p.End), ".", ""); p.Named.Kind == "country" && isAcronymText(short) {
					place = short // "the U.S. Coast Guard": the US Coast Guard
				}
				if _, head := d.orgTypeAt(p.End, e); !head && !possessive && l.grammar.CapitalizesNouns() {
					// "der Ukraine starteten ukrainische Streitkräfte": a
					// place's name ends a noun phrase that has a capital for
					// every noun; "Polizei Köln" names its body after it.
					return mention{}, false
				}
			}
			j, natEnd = p.End, p.End
			continue
		}
		// "the official Xinhua news agency": a known body, and its kind
		// after it.
		if f, ok := d.source(j, e); ok && f.Named.Type == "body" && len(nats) == 0 && place == "" {
			end := f.End
			if ot, ok := d.orgTypeAt(f.End, e); ok {
				end = ot.end
			}
			return mention{start: k, end: end, src: d.fromNamed(f.Named, d.span(k, end))}, true
		}
		// A name the gazetteer lacks before a kind of body, where nouns
		// are not capitalized: "the Uttar Pradesh health department".
		if !l.grammar.CapitalizesNouns() && t.Kind == lang.Word && startsUpperRune(t.Text) && !d.isCommonWord(j) && j < k+3 &&
			j != s.start && !t.Newline {
			qualifiers = append(qualifiers, t.Text)
			j++
			continue
		}
		if d.isConjunction(j) || t.Text == "," && len(nats) > 0 && natEnd == j || d.is(d.l.possessives, j) {
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
	// A kind opening a known body's longer name after a nationality: "des
	// ukrainischen Koordinierungsstabs für Kriegsgefangene".
	if j > k {
		if f, ok := d.source(ot.start, e); ok && f.Named.Type == "body" && f.End > ot.end {
			return mention{start: k, end: f.End, src: d.fromNamed(f.Named, d.span(k, f.End))}, true
		}
	}
	if ot.start == k && ot.end == ot.start+1 && has(l.placeNamedAfter, lang.Lower(l.grammar.BaseNoun(d.toks[ot.start].Text))) && d.afterPlacePreposition(k, s.start) {
		return mention{}, false // "In der Stadt harrten …": a place, not its administration
	}
	if ot.start == k && ot.end == ot.start+1 && k > s.start && d.is(l.infinitiveMarkers, k-1) && ot.end < e && (d.isArticle(ot.end) || d.isDeterminer(ot.end)) &&
		d.framePhraseAt(k-2, k) == 0 {
		return mention{}, false // "deployed 1,100 officers to police the demonstration": a verb
	}
	orgType := ot.name
	end := ot.end
	local := isLocalBody(ot.name) // asked below up to three times
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
			if i == k && startsUpperRune(a.Text) && d.isAdjective(i) && d.is(l.commonWords, i) {
				words = append([]string{a.Lower}, words...) // "Earlier reports"
				break
			}
			if a.Kind != lang.Word || startsUpperRune(a.Text) || d.is(l.stop, i) || strings.Contains(lang.Lower(orgType), a.Lower) ||
				d.is(l.countryNouns, i) || d.l.isVerbForm(a.Lower) || d.is(l.placeAnaphors, i) && d.is(l.possessives, i+1) || // not "the territory's"
				d.describedByKind(a.Lower) { // not "army-aligned"
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
		} else if (ot.kind == claimdiff.KindOther || ot.kind == claimdiff.KindOfficial && !ot.known) && !local {
			// "a monitoring group said", "the public works department
			// said": the words between the article and a body's kind say
			// which body, as they do where the reading starts at the
			// article.
			j := k
			for j > s.start && j > k-3 && d.toks[j-1].Kind == lang.Word && !startsUpperRune(d.toks[j-1].Text) &&
				!d.isFunctionWord(j-1) && !d.isArticle(j-1) && !d.isPlaceWord(j-1) && !d.is(l.possessives, j-1) { // (between an article and the kind, "monitoring" is no verb)
				j--
			}
			if j < k && j > s.start && (d.isArticle(j-1) || d.is(l.determiners, j-1) || d.is(l.anonymous, j-1)) {
				words := lang.Lower(d.span(j, k))
				if first, rest, ok := strings.Cut(words, " "); ok && slices.Contains(l.regionalPrefixes, first) {
					if r := d.articleRegion(); r != nil {
						words = regionalName(r) + " " + rest // "the state public works department" in a report on Bihar
					}
				}
				orgType = words + " " + orgType
				k = j
				local = isLocalBody(orgType) // "the regional military administration"
			}
		}
	}
	if len(qualifiers) > 0 && !l.grammar.CapitalizesNouns() && ot.kind == claimdiff.KindOther && !local && !startsUpperRune(d.toks[ot.start].Text) {
		// "the Sea Lifeline charity", "the Save British Farming group": a
		// group's own name before a word for its kind is its name.
		q := ot.start
		for q > k && d.toks[q-1].Kind == lang.Word && startsUpperRune(d.toks[q-1].Text) && !d.isArticle(q-1) {
			q--
		}
		if q < ot.start && ot.start-q >= 2 && !d.allPlaces(q, ot.start) {
			name := d.span(q, ot.start)
			src := source{name: name, kind: ot.kind, text: d.span(k, ot.end), role: roleBody}
			if n := lang.Sources().Lookup(name); n != nil {
				src = d.fromNamed(n, src.text)
			}
			return mention{start: k, end: ot.end, src: src}, true
		}
	}
	if len(qualifiers) > 0 && len(nats) > 0 && place == "" && startsUpperRune(d.toks[ot.start].Text) {
		// "Britain's Defence Intelligence": after a country's name, the
		// capitalized words before a capitalized kind are its name.
		orgType = strings.Join(qualifiers, " ") + " " + d.span(ot.start, ot.end)
	} else if len(qualifiers) > 0 && place == "" {
		place = strings.Join(qualifiers, " ")
		// "The GMB union": a body's own short name before a generic kind.
		if len(qualifiers) == 1 && isAcronymText(qualifiers[0]) && len(nats) == 0 && !local && !startsUpperRune(d.toks[ot.start].Text) { // not "SBM Intelligence", a name whole
			src := source{name: qualifiers[0], kind: ot.kind, text: d.span(k, ot.end), role: roleBody}
			if n := lang.Sources().Lookup(qualifiers[0]); n != nil {
				src = d.fromNamed(n, src.text)
			}
			return mention{start: k, end: ot.end, src: src}, true
		}
		if len(qualifiers) == 1 && isAcronymText(qualifiers[0]) && len(nats) == 0 && !local && startsUpperRune(d.toks[ot.start].Text) {
			// "SBM Intelligence": an acronym and a capitalized kind are a
			// name of their own, whole.
			name := qualifiers[0] + " " + d.span(ot.start, ot.end)
			return mention{start: k, end: ot.end, src: d.canonical(name, claimdiff.KindOther, roleBody)}, true
		}
	} else if len(qualifiers) > 0 {
		orgType = strings.Join(qualifiers, " ") + " " + orgType // "the Spanish Interior Ministry", "Kenya Wildlife Service"
	}
	// Whose body it is, said after its head: a nationality ("l'état-major
	// ukrainien", "le ministère français de l'Intérieur"), a country or
	// region after a partitive or a genitive ("la préfecture de la Vienne",
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
		if !d.is(l.partitive, end) && !d.is(l.genitive, end) && !d.is(l.bodyComplement, end) {
			break
		}
		a := end + 1
		if d.isArticle(a) {
			a++
		}
		// "der Provinz Kano": a place named after the word of its kind.
		if a+1 < e && place == "" && len(nats) == 0 && has(l.placeNamedAfter, lang.Lower(l.grammar.BaseNoun(d.toks[a].Text))) {
			if p, ok := d.place(a+1, e); ok && p.Role == lang.AsName && p.Named.Kind != "country" {
				place, end = p.Named.Name, p.End
				continue
			}
		}
		// What the body does, said after it: "le ministère russe de la
		// Défense" is the Defence Ministry, "das Staatsministerium des
		// Innern" the State Interior Ministry.
		if m, ok := d.at(l.compoundModifiers, a, e); ok && strings.Count(orgType, " ") <= 1 && !strings.Contains(orgType, m.Entry.Value) &&
			!(m.End < e && d.isConjunction(m.End)) { // not "für Asyl und Rückführungen": kept whole below
			if i := strings.LastIndexByte(orgType, ' '); i > 0 && !startsUpperRune(orgType[i+1:]) {
				orgType = m.Entry.Value + " " + orgType // "die Gesundheitsbehörden der Provinz": provincial health authorities
			} else if i > 0 {
				orgType = orgType[:i] + " " + m.Entry.Value + " " + titleWord(orgType[i+1:])
			} else {
				orgType = m.Entry.Value + " " + titleWord(orgType)
			}
			end = m.End
			ot.name = orgType // what an article before it points back to
			continue
		}
		// "India's Ministry of External Affairs": where nouns carry no
		// capital, capitalized words after "of" go on with a capitalized
		// kind's name.
		if !l.grammar.CapitalizesNouns() && a == end+1 && startsUpperRune(d.toks[ot.start].Text) && !strings.Contains(orgType, " ") {
			if _, isPlace := d.place(a, e); !isPlace {
				n := a
				for n < e && d.toks[n].Kind == lang.Word && (startsUpperRune(d.toks[n].Text) && !d.isVerbCue(n) || n > a && d.is(l.nameConnectors, n) && n+1 < e && startsUpperRune(d.toks[n+1].Text)) {
					if _, role := d.at(l.roles, n, e); role {
						break // "the Department of Homeland Security Secretary Kristi Noem"
					}
					n++
				}
				if n > a {
					orgType = d.span(ot.start, n)
					end = n
					break
				}
			}
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
	// What the body is for or whose it is, where every noun has a capital:
	// "für Asyl und Rückführungen", "der Versicherer" (tokens [end, cend)).
	cend := d.complementEnd(end, e)
	// "das Europäische Zentrum für die Prävention … (ECDC)": a known
	// body's short name in parentheses after what it is for.
	if cend > end && cend+2 < e && d.toks[cend].Text == "(" {
		if g, ok := d.source(cend+1, e); ok && g.End < e && d.toks[g.End].Text == ")" && g.Named.Type == "body" {
			return mention{start: k, end: g.End + 1, src: d.fromNamed(g.Named, d.span(k, g.End+1))}, true
		}
	}
	// "das Gesundheitsamt des Landkreises" after the Landkreis Stade: the
	// district's, whose name was given before.
	if place == "" && len(nats) == 0 && len(mods) == 0 && !ot.known && !needsCountry(ot.name) && end == ot.end && ot.end-ot.start == 1 {
		if a := end + 1; a < e && (d.is(l.genitive, end) || d.isArticle(end)) {
			if kt, ok := d.orgTypeAt(a, e); ok && isLocalBody(kt.name) {
				if kt.end == e || d.toks[kt.end].Kind != lang.Word || !startsUpperRune(d.toks[kt.end].Text) {
					if name, ok := d.localPlaceBefore(kt.name, k); ok {
						place, end = name, kt.end
					}
				} else if name, pend, ok := d.placeNameAfter(kt.end, e); ok {
					place, end = name, pend // "das Gesundheitsamt des Landkreises Verden"
				}
			}
		}
	}
	// A body the data does not know, named by what it is for or whose it
	// is: "der Verband der Versicherer", "das Landesamt für Asyl und
	// Rückführungen" — kept whole, as printed, its head in the nominative.
	// A nationality before it may be left out of the printed name: "des
	// Österreichischen Kuratoriums für Alpine Sicherheit". (Where the
	// district's place was found above, end has moved and place is set.)
	if place == "" && (len(nats) == 0 || end < e && d.is(l.bodyComplement, end)) && len(mods) == 0 &&
		(!ot.known || end < e && d.is(l.bodyComplement, end)) && !needsCountry(ot.name) &&
		end == ot.end && ot.end-ot.start == 1 && cend > end {
		name := l.grammar.BaseNoun(d.toks[ot.start].Text) + " " + d.span(end, cend)
		if en, ok := d.complementInEnglish(ot, end, cend); ok {
			name = en // "das Landesamt für Gesundheit und Soziales": the State Office for Health and Social Affairs
			switch r := d.articleRegion(); {
			case len(nats) == 1:
				name = nats[0] + " " + name
			case len(nats) > 1:
				// several nationalities: the name as translated, theirs jointly
			case r != nil && (ot.regional || l.regionalPrefix(d.toks[ot.start].Lower)):
				name = regionalName(r) + " " + name // "das Landesamt für Umwelt" in a report on Saxony
			case seatedGovernment(name):
				name = d.governed(name, d.bodysCountry(s), ot.federal) // "das Ministerium für Klimakrise" in a report on Greece
			}
			if cend+2 < e && d.toks[cend].Text == "(" && d.toks[cend+2].Text == ")" && (isAcronymText(d.toks[cend+1].Text) || d.shortName(cend+1)) {
				name += " (" + d.toks[cend+1].Text + ")" // "(Lageso)": its short name, as printed
				cend += 3
			}
		}
		return mention{start: k, end: cend, src: source{name: name, kind: ot.kind, text: d.span(ot.start, cend), role: roleBody}}, true
	}
	// A local body's place after it, one the gazetteer may not know: "die
	// Stadtverwaltung von Lindenau", "das Landratsamt Fulda", "Police in
	// Bristol".
	if place == "" && len(nats) == 0 && local {
		if name, pend, ok := d.placeNameAfter(end, e); ok {
			place, end = name, pend
		}
	}
	// A body read from a compound the kinds of body do not list keeps the
	// place or name after it: "das Regierungspräsidium Darmstadt" as
	// printed, where the data has no English for it; "die Hafenbehörde in
	// Kassel" as the Kassel Port Authority, where it has.
	if place == "" && len(nats) == 0 && ot.compound && !isLocalBody(ot.name) && !needsCountry(ot.name) &&
		!seatedGovernment(ot.name) { // a ministry's place is its country's capital or its region's (below)
		asPrinted := ot.name == l.grammar.BaseNoun(d.toks[ot.start].Text)
		a := end
		if a+1 < e && (d.is(l.locative, a) || d.is(l.partitive, a)) {
			a++ // "in Kassel", "von Kassel"
		}
		pend, pname := 0, ""
		if p, ok := d.place(a, e); ok && p.Role == lang.AsName && p.Named.Kind == "country" && a > end {
			nats = append(nats, p.Named.Adjective) // "die Hafenbehörde in der Ukraine" is Ukraine's
			end = p.End
		} else if ok && p.Role == lang.AsName {
			pend, pname = p.End, p.Named.Name
			if asPrinted {
				pname = d.span(p.Start, p.End)
			}
		} else if n, nend, ok := d.nameAfterBody(end, e); ok && a == end && (asPrinted || nend == end+1 && d.is(l.townNames, end)) && n.name == n.text && ot.kind == claimdiff.KindOfficial &&
			lang.Sources().Lookup(n.name) == nil {
			// An official body's name after it is its place's ("Darmstadt");
			// another's is its own ("der Stromversorger Wemag"), and so is
			// the name after a kind the data translates ("die
			// Rettungsbehörde Basarnas").
			pend, pname = nend, n.name
		}
		if pend > 0 {
			name := pname + " " + ot.name
			if asPrinted {
				name = ot.name + " " + pname
			}
			return mention{start: k, end: pend, src: source{name: name, kind: ot.kind, text: d.span(ot.start, pend), role: roleBody}}, true
		}
	}
	// A name after the kind of body: "Gewerkschaft Verdi", "der
	// Netzbetreiber Schleswig-Holstein Netz".
	if place == "" {
		if n, nend, ok := d.nameAfterBody(end, e); ok {
			// Where nouns carry no capital, a capitalized kind is part of
			// the name: "le Collectif Littoral Solidaire".
			if !l.grammar.CapitalizesNouns() && ot.end == end && ot.start > s.start && startsUpperRune(d.toks[ot.start].Text) &&
				n.name == n.text && lang.Sources().Lookup(n.name) == nil {
				n.name = d.span(ot.start, nend)
				n.text = n.name
			} else if lang.Sources().Lookup(n.name) == nil && !reports(source{kind: ot.kind}) { // a news agency relays: "the agency" is seldom it
				// A name the data does not know is a body of the kind
				// printed before it, and "die Behörde" points back to it:
				// "die Katastrophenschutzbehörde Nema".
				n.kind, n.text = ot.kind, d.span(ot.start, nend)
			}
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
			case seatedGovernment(ot.name) || needsCountry(ot.name) && (ot.kind == claimdiff.KindMilitary || ot.kind == claimdiff.KindIntelligence):
				// "das Gesundheitsministerium in Tirana": the capital's
				// country; "das Innenministerium in Dresden": the region's;
				// "der Generalstab in Kiew": Ukraine's.
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
	if place == "" && len(nats) == 0 && local {
		place, _ = d.localPlace(s, k, end, ot.name, d.definiteBefore(k, ot.start, s.start))
	}
	// "Wahlkommission (IEC)": the article's own acronym for it.
	if end+2 < e && d.toks[end].Text == "(" {
		if g, ok := d.source(end+1, e); ok {
			return mention{start: k, end: g.End + 1, src: d.fromNamed(g.Named, d.span(k, g.End+1))}, true
		}
		if from, ok := d.spelledOut(k, end, d.toks[end+1].Text); ok && d.toks[end+2].Text == ")" {
			// "Nigeria's National Emergency Management Agency (Nema)": a
			// name printed in full with its own initials is that name.
			name := d.span(from, end) + " (" + strings.ToUpper(d.toks[end+1].Text) + ")"
			return mention{start: k, end: end + 3, src: source{name: name, kind: ot.kind, text: d.span(k, end+3), role: roleBody}}, true
		}
		if acr := d.toks[end+1]; d.toks[end+2].Text == ")" && (isAcronymText(acr.Text) || !ot.known && d.shortName(end+1)) {
			return mention{start: k, end: end + 3, src: source{name: acr.Text, kind: ot.kind, text: d.span(k, end+3), role: roleBody}}, true
		}
	}
	if acr, ok := d.acronyms[lang.Lower(d.span(ot.start, ot.end))]; ok && len(nats) == 0 && place == "" {
		return mention{start: k, end: end, src: acr}, true
	}
	// "das Potsdamer Innenministerium": a government's town is its seat,
	// and the ministry its region's, or its country's.
	if place != "" && len(nats) == 0 && seatedGovernment(orgType) {
		if n := lang.Places().Lookup(place); n != nil && n.Kind == "city" {
			if r := governingRegion(n); r != nil {
				place = r.Name
			} else if c := d.countryOfPlace(n); c != nil {
				place = ""
				nats = append(nats, c.Adjective)
			}
		}
	}
	// "Yemen's Houthi-run health ministry": a known body named after a
	// possessive inside the words read, up to their end, is that body.
	// (Not the national branch of a known body: "the Italian Red Cross".)
	for j := k + 1; j <= ot.start && j < end; j++ {
		if f, ok := d.source(j, e); ok && f.End == end && f.Named.Type == "body" && d.is(l.possessives, j-1) {
			return mention{start: k, end: end, src: d.fromNamed(f.Named, d.span(j, end))}, true
		}
	}
	var name, regionName string
	switch {
	case len(nats) > 1:
		name = joinList(dedupe(nats)) + " " + plural(orgType)
	case len(nats) == 1:
		name = nats[0] + " " + orgType
	case place != "":
		name = placeKind(d.placeStem(place), orgType)
		if n := lang.Places().Lookup(place); n != nil && n.Kind == "region" && n.Adjective != "" {
			name = n.Adjective + " " + orgType // "die Polizei in Oberbayern": the Bavarian police
		}
	default:
		// "the nation's spy agency" after the NIS, "die Behörde" after the
		// Gesundheitsbehörde: a bare kind of body with a definite article
		// is the body of that kind named before.
		if prev, ok := d.sameBody(ot.name); ok && !(needsCountry(ot.name) && d.otherCountry(prev, k)) {
			return mention{start: k, end: end, src: prev}, true
		}
		if len(mods) == 0 && end == ot.end && (d.definiteBefore(k, ot.start, s.start) || orgType != ot.name && d.isArticle(k-1)) { // (not "das Ministerium für Gesundheit")
			if prev, ok := d.antecedent(ot, k); ok && !(needsCountry(ot.name) && d.otherCountry(prev, k)) &&
				(orgType == ot.name || d.modifiersFit(k, ot.start, lang.Lower(prev.name), lang.Lower(prev.text))) { // "the public works department" is no other department
				return mention{start: k, end: end, src: prev, pronoun: true}, true
			}
		}
		name = orgType
		if needsCountry(ot.name) {
			name = d.governed(orgType, d.bodysCountry(s), ot.federal || d.is(l.federalWords, ot.start-1))
		} else if r := d.articleRegion(); ot.regional && r != nil {
			// "Nach Angaben der Landeswahlbehörde" in a report on Vorarlberg.
			regionName = regionalName(r)
		}
		if local && len(mods) == 0 {
			if prev, ok := d.localAntecedent(orgType); ok && (orgType == ot.name || d.modifiersFit(k, ot.start, lang.Lower(prev.name), lang.Lower(prev.text))) {
				return mention{start: k, end: end, src: prev, pronoun: true}, true
			}
		}
	}
	for i := len(mods) - 1; i >= 0; i-- {
		if m := mods[i]; startsUpperRune(m) {
			// A word of the name, written with a capital in the data, goes
			// before the kind's last word: "Statistisches Landesamt
			// Rheinland-Pfalz" is the Rhineland-Palatinate State Statistical
			// Office.
			if sp := strings.LastIndexByte(name, ' '); sp > 0 {
				name = name[:sp+1] + m + name[sp:]
			} else {
				name = m + " " + name
			}
		} else {
			name = m + " " + name // "independent Russian media"
		}
	}
	if regionName != "" {
		name = regionName + " " + name // "laut Statistischem Landesamt": the Saxon State Statistical Office
	}
	return mention{start: k, end: end, src: d.canonical(name, ot.kind, roleBody)}, true
}

// spelledOut finds where the capitalized words before token end start
// whose initials spell acr ("National Emergency Management Agency" for
// "Nema", "of", "for", "and" and commas passed over, and one word inside
// that the acronym leaves out): three words at least, none before k.
func (d *doc) spelledOut(k, end int, acr string) (int, bool) {
	letters := []rune(strings.ToUpper(acr))
	if len(letters) < 3 || len(letters) > 8 {
		return 0, false
	}
	i, skips := len(letters)-1, 0
	for j := end - 1; j >= k; j-- {
		t := &d.toks[j]
		if t.Text == "," && j > k && i < len(letters)-1 {
			continue // "Kenya Medical Practitioners, Pharmacists and Dentists Union"
		}
		if t.Kind != lang.Word {
			return 0, false
		}
		if !startsUpperRune(t.Text) {
			if (d.is(d.l.nameConnectors, j) || d.isConjunction(j)) && j > k {
				continue
			}
			return 0, false
		}
		if []rune(strings.ToUpper(t.Text))[0] != letters[i] {
			if skips < 1 && i < len(letters)-1 && i > 0 {
				skips++ // "Practitioners, Pharmacists and Dentists Union" for "PDU": a word the acronym leaves out
				continue
			}
			return 0, false
		}
		if i--; i < 0 {
			return j, true
		}
	}
	return 0, false
}

// afterPlacePreposition: a preposition of where something is
// ([place-prepositions]) stands right before token k, perhaps with an
// article between: "in der Stadt", "im Landkreis".
func (d *doc) afterPlacePreposition(k, from int) bool {
	j := k - 1
	if j > from && d.isArticle(j) {
		j--
	}
	return j >= from && d.is(d.l.placePrepositions, j)
}

// localAntecedent is the body of a town or district named before whose
// name holds the kind of body, named now without its place: "die
// Polizei" or "ein Polizeisprecher" after the Polizeipräsidium München.
func (d *doc) localAntecedent(kind string) (source, bool) {
	low := lang.Lower(kind)
	stem := stemOf(low)
	if len(stem) <= 3 {
		return source{}, false
	}
	return d.lastBody(func(b source, name, _ string) bool {
		return b.role == roleBody && b.ok() && name != low && hasWordWith(name, stem) && !b.joint && placeBody(b.name)
	})
}

// shortName: the word at k may be a body's own short name in
// parentheses after its kind, as "Basarnas" in "die nationale Such- und
// Rettungsbehörde (Basarnas)": a capitalized word that is no place and no
// word the lexicon knows.
func (d *doc) shortName(k int) bool {
	t := &d.toks[k]
	if t.Kind != lang.Word || !startsUpperRune(t.Text) || d.isCommonWord(k) {
		return false
	}
	_, isPlace := d.place(k, k+1)
	return !isPlace
}

// localPlaceBefore is the place named with a local body of the same kind
// in the sentences up to two before token k: "Stade" for "des
// Landkreises" after "im Landkreis Stade"; or a place that body governs,
// named by a compound ("im Main-Kinzig-Kreis").
func (d *doc) localPlaceBefore(kind string, k int) (string, bool) {
	si := d.sentenceOf(d.toks[k].Start)
	from := d.sents[max(si-2, 0)].start
	for j := k - 1; j >= from; j-- {
		if d.toks[j].Kind == lang.Word && d.compoundPlaceBody(j) == kind {
			return d.compoundPlace(j).Name, true // "des Kreises" after the Main-Kinzig-Kreis
		}
		if d.toks[j].Kind == lang.Word && startsUpperRune(d.toks[j].Text) {
			// "Laut Bezirkshauptmannschaft" after "im Bezirk Leibnitz": a
			// place named by the word the body's kind opens with.
			sj := d.sents[d.sentenceOf(d.toks[j].Start)]
			if j > 0 {
				if ot, ok := d.orgTypeAt(j-1, j); ok && ot.name == kind {
					continue // "im Landkreis Stade": read below, by its kind
				}
			}
			if name, end, ok := d.openPlaceAt(j, sj); ok && end <= k && placeKind(name, kind) != name+" "+kind {
				return name, true
			}
		}
		ot, ok := d.orgTypeAt(j, len(d.toks))
		if !ok || ot.name != kind || ot.start != j {
			continue
		}
		sj := d.sents[d.sentenceOf(d.toks[j].Start)]
		if name, _, ok := d.placeNameAfter(ot.end, sj.end); ok {
			return name, true
		}
	}
	return "", false
}

// placeBody: a name that is a place's name and a local kind of body,
// "Rostock police", "Munich Police Headquarters" — not "Police Federation".
func placeBody(name string) bool {
	place, _ := splitPlaceBody(name)
	return place != nil
}

// splitPlaceBody splits a local body's name into the place it opens with
// and its kind: "Frankfurt" and "Police Headquarters" of "Frankfurt Police
// Headquarters". The place is nil where the name is none such.
func splitPlaceBody(name string) (*lang.Named, string) {
	if !singleSpaced(name) {
		name = strings.Join(strings.Fields(name), " ")
	}
	for i := strings.IndexByte(name, ' '); i >= 0; {
		if p := lang.Places().Lookup(name[:i]); p != nil {
			if kind := name[i+1:]; isLocalBody(kind) {
				return p, kind
			}
			return nil, ""
		}
		j := strings.IndexByte(name[i+1:], ' ')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return nil, ""
}

// singleSpaced: the words of s are parted by one space each, with none
// before or after, as strings.Join(strings.Fields(s), " ") would write
// them; then its words are read in place.
func singleSpaced(s string) bool {
	space := true // as if a space stood before s
	for _, r := range s {
		isSpace := unicode.IsSpace(r)
		if isSpace && (r != ' ' || space) {
			return false
		}
		space = isSpace
	}
	return !space || s == ""
}

// townAfter is the first town sentence s names after token k in its
// clause: the town of a local body named by its kind alone before it (not
// "…, 100 Kilometer südwestlich der Provinzhauptstadt Peshawar" after a
// comma).
func (d *doc) townAfter(s sentence, k int) (string, bool) {
	for j := k; j < s.end && d.toks[j].Text != ","; j++ {
		if !d.info[j].Place || !d.afterPlacePreposition(j, s.start) {
			continue // "in Lwiw", not "Fans aus Dresden", "nach Frankfurt gebracht"
		}
		if p, ok := d.place(j, s.end); ok && p.Role == lang.AsName && p.Named.Kind == "city" {
			return p.Named.Name, true
		}
	}
	return "", false
}

// townBefore is the town named last in the two sentences before token
// k's, when exactly one town is named there: whose a town's body named
// without its place is.
func (d *doc) townBefore(k int) (string, bool) {
	si := d.sentenceOf(d.toks[k].Start)
	if si == 0 {
		return "", false
	}
	from, to := d.sents[max(si-2, 0)].start, d.sents[si].start
	town := ""
	for j := from; j < to; j++ {
		if !d.info[j].Place {
			continue
		}
		if p, ok := d.place(j, to); ok && p.Role == lang.AsName && p.Named.Kind == "city" {
			if town != "" && town != p.Named.Name {
				return "", false // two towns: which is meant is not said
			}
			town = p.Named.Name
		}
	}
	return town, town != ""
}

// placeStem is a place's name without the word for its kind a compound
// joins to it ([place-compounds]): "Ortenau" of "Ortenaukreis", whose
// body's kind says it is a district.
func (d *doc) placeStem(place string) string {
	low := lang.Lower(place)
	for _, e := range d.l.placeCompounds.Entries() {
		if stem, ok := strings.CutSuffix(low, e.Phrase); ok && len(stem) >= 3 && !strings.Contains(place, " ") {
			return strings.TrimSuffix(place[:len(stem)], "-")
		}
	}
	return place
}

// placeKind names a local body by its place and kind, the kind's word
// said once: the Main-Kinzig district's "district administration" is the
// "Main-Kinzig district administration".
func placeKind(place, kind string) string {
	if i := strings.LastIndexByte(place, ' '); i > 0 {
		if first, _, _ := strings.Cut(kind, " "); strings.EqualFold(place[i+1:], first) {
			place = place[:i]
		}
	}
	return place + " " + kind
}

// placeKindsAny are the kinds of place a word for "there" may point back
// to: any.
var placeKindsAny = []string{"country", "region", "city"}

// bodysCountry is the country whose a national body named without one is
// in sentence s: the article's, when the sentence names it among others
// ("Russia launched 96 drones against Ukraine, the Air Force said" in a
// report from Ukraine), else the first the sentence names, else the
// article's.
func (d *doc) bodysCountry(s sentence) *lang.Named {
	c := d.country()
	if c == nil {
		return d.sentenceCountry(s)
	}
	si := d.sentenceOf(d.toks[s.start].Start)
	for k := s.start; k < s.end; k++ {
		if !d.info[k].Place || si >= 0 && d.isDateline(k, si) {
			continue // ("MOSCOW (…) – The health ministry said … in Syria": where the reporter is)
		}
		if p, ok := d.place(k, s.end); ok && p.Role == lang.AsName && d.countryOfPlace(p.Named) == c {
			return c
		}
	}
	return d.sentenceCountry(s)
}

// allPlaces: tokens [a, b) are places' names or adjectives and nothing
// else: "Uttar Pradesh", "Kenyan".
func (d *doc) allPlaces(a, b int) bool {
	for j := a; j < b; {
		p, ok := d.place(j, b)
		if !ok {
			return false
		}
		j = p.End
	}
	return true
}

// isLocalBody: a body that belongs to a town or district.
func isLocalBody(orgType string) bool {
	if k, ok := lang.BodyKindOf(orgType); ok {
		return k.Local
	}
	// A kind the data does not list is local when its first word opens a
	// local kind's name: a compound's "District Health Office" is, as the
	// "district administration" is.
	first, _, ok := strings.Cut(lang.Lower(orgType), " ")
	return ok && localFirstWords()[first]
}

// localFirstWords are the first words of the local kinds of body named
// in two words or more: "district", "city", "county".
var localFirstWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for name, k := range lang.BodyKinds() {
		if first, _, ok := strings.Cut(name, " "); ok && k.Local {
			out[first] = true
		}
	}
	return out
})

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
		if p.Named.Kind == "country" || p.Named.Kind == "continent" {
			return "", k, false // "laut Polizei aus Deutschland": where people come from, no town's body
		}
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
	// The body's own clause first: "In Paris zählte die Polizei …, in
	// Lyon waren es nach Angaben der Präfektur 21.500" is Lyon's.
	if name, ok := d.clausePlace(s, k); ok {
		return name, true
	}
	for j := s.start; j < k; j++ {
		if name, ok := d.localPlaceAt(s, j); ok {
			return name, true
		}
	}
	return "", false
}

// localPlaceAt is the place below a country that sentence s names at
// token j, a dateline's left out ("PUNE: …" is where it was written).
func (d *doc) localPlaceAt(s sentence, j int) (string, bool) {
	p, ok := d.placeAt(j, s.end)
	if !ok || p.Named.Kind == "country" || p.Named.Kind == "continent" || p.Named.Kind == "sea" {
		return "", false
	}
	if d.isDateline(j, d.sentenceOf(d.toks[s.start].Start)) || j == s.start && p.End < s.end && d.toks[p.End].Text == ":" {
		return "", false
	}
	if d.originAt(j, s.start) {
		return "", false // "Zwei Wintersportler aus Bayern …, bestätigte die Polizei": where they came from
	}
	return p.Named.Name, true
}

// localPlace is the place of a local body of the kind named, read at
// tokens [k, end) without its place: the place its sentence names before
// it; then, when the body is named as one known already (definite: "die
// Polizei"), the place named with a body of the same kind before, the town
// its clause names after it, the town the sentences before name, or the
// town of the last town's body named.
func (d *doc) localPlace(s sentence, k, end int, kind string, definite bool) (string, bool) {
	if p, ok := d.sentencePlace(s, k); ok {
		return p, true
	}
	if !definite {
		return "", false
	}
	if p, ok := d.localPlaceBefore(kind, k); ok {
		return p, true // "nach Angaben des Kreises" after the Kreis Stade
	}
	if p, ok := d.townAfter(s, end); ok {
		return p, true // "Nach Angaben der Stadtverwaltung wurden … Gebäude in Lwiw beschädigt"
	}
	if p, ok := d.townBefore(k); ok {
		return p, true // "nach Schätzungen der Stadt" after Cologne was named
	}
	// "Nach Angaben der Staatsanwaltschaft" after the Polizeipräsidium
	// Frankfurt spoke: the town of the last town's body named.
	var town string
	d.lastBody(func(b source, _, _ string) bool {
		if p, _ := splitPlaceBody(b.name); b.ok() && b.role == roleBody && p != nil && p.Kind == "city" {
			town = p.Name
			return true
		}
		return false
	})
	if town == "" {
		town = d.datelineTown() // "Düsseldorf. …" then "ein Sprecher des Polizeipräsidiums"
	}
	if town == "" {
		town = d.onlyTown() // "Warnstreik in Düsseldorf" … "laut Polizei", paragraphs later
	}
	return town, town != ""
}

// onlyTown is the town an article is about when it names one town alone,
// twice or more (a region or a country besides): its local bodies are that
// town's wherever they speak. "" when it names none, once, or several.
func (d *doc) onlyTown() string {
	var town *lang.Named
	times := 0
	for _, p := range d.placesNamed() {
		if p.Kind != "city" {
			continue
		}
		if town != nil && p != town {
			return ""
		}
		town = p
		times++
	}
	if times < 2 {
		return ""
	}
	return town.Name
}

// datelineTown is the town an article's dateline names ("Düsseldorf. Bei
// einer Großkundgebung …") when its text names the town again: where its
// local bodies are, when a sentence names none. "" when it has none, or
// names its town in the dateline alone, as wire copy from a capital does
// of a story elsewhere ("ABUJA, Nigeria (AP) —" on an attack in Zamfara).
func (d *doc) datelineTown() string {
	for si := range d.sents {
		s := d.sents[si]
		if s.headline {
			continue
		}
		for k := s.start; k < s.end && k <= s.start+2; k++ {
			if p, ok := d.place(k, s.end); ok && p.Role == lang.AsName && p.Named.Kind == "city" && d.isDateline(k, si) {
				for j := p.End; j < len(d.toks); j++ {
					if q, ok := d.place(j, len(d.toks)); ok && q.Named == p.Named {
						return p.Named.Name
					}
				}
				return ""
			}
		}
		return ""
	}
	return ""
}

// clausePlace is the place below a country named in the clause of token k
// before it: the town whose body "die Polizei" is in "In Dresden meldete
// die Polizei …", whatever police spoke before.
func (d *doc) clausePlace(s sentence, k int) (string, bool) {
	for j := k - 1; j >= d.clauseStart(k, s.start); j-- {
		if name, ok := d.localPlaceAt(s, j); ok {
			return name, true
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
		if b.kind == kind && b.role == roleBody && (isProperName(b.source) || lang.Lower(b.name) == lang.Lower(orgType)) {
			return b.source, true // not "die Miliz" for "die Armee": a kind alone is only that kind
		}
	}
	return source{}, false
}

// orgTypeTakesAdjective: a kind of body whose adjective says which it is —
// reports and media ("unofficial reports", "independent media").
func (d *doc) orgTypeTakesAdjective(orgType string) bool {
	return kindOfOrg(orgType) == claimdiff.KindMedia || kindOfOrg(orgType) == claimdiff.KindOther
}

// definiteBefore: the description of a body whose kind starts at token
// kind, read from token k, is definite — an article or another function
// word before it, perhaps with lower-case modifiers between: "the
// agency", "the state emergency agency".
func (d *doc) definiteBefore(k, kind, sentStart int) bool {
	if kind > sentStart && (d.isArticle(kind-1) || d.is(d.l.stop, kind-1)) {
		return true
	}
	j := k - 1
	for n := 0; n < 2 && j > sentStart && d.toks[j].Kind == lang.Word && !startsUpperRune(d.toks[j].Text) && !d.isArticle(j); n++ {
		j--
	}
	return j < k-1 && j >= sentStart && d.isArticle(j)
}

// complementEnd reads what a body is for or whose it is after token j,
// where every noun has a capital: "der Versicherer", "für Asyl und
// Rückführungen" — up to four nouns, none a common word (a place, a known
// source, a word of the lexicon: isCommonWord), a kind of body or a word
// that refers back ("des Landes"). It returns j when there is none.
func (d *doc) complementEnd(j, e int) int {
	l := d.l
	if !l.grammar.CapitalizesNouns() || j+1 >= e || !(d.is(l.genitive, j) || d.is(l.bodyComplement, j)) {
		return j
	}
	a := j + 1
	if d.isArticle(a) {
		a++
	}
	end, nouns := j, 0
	for b := a; b < e && b < a+6 && nouns < 4; b++ {
		t := &d.toks[b]
		if nouns > 0 && (d.isConjunction(b) || d.is(l.genitive, b) || d.is(l.partitive, b) || d.isArticle(b)) && b+1 < e {
			continue // "für die Behandlung von Kriegsgefangenen"
		}
		if t.Kind != lang.Word || !startsUpperRune(t.Text) || d.is(l.placeAnaphors, b) || d.isVerbCue(b) {
			break
		}
		if _, ok := d.orgTypeAt(b, e); ok {
			if !d.is(l.bodyComplement, j) {
				break
			}
			// what a body is for may name another: "Ministerium für
			// Klimakrise und Katastrophenschutz"
		} else if d.isCommonWord(b) && !d.is(l.bodyComplement, j) {
			break
		}
		nouns++
		end = b + 1
	}
	return end
}

// describedByKind: a hyphenated word whose first part is a kind of body
// ("army-aligned", "government-run") describes who stands behind a body;
// it is no word of the body's name.
func (d *doc) describedByKind(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 {
		return false
	}
	_, ok := d.l.orgTypes.Has(w[:i])
	return ok
}

// regionalName is how a region names its own bodies: by its adjective
// where it has one ("Carinthian"), else by its name ("Vorarlberg").
func regionalName(r *lang.Named) string {
	if r.Adjective != "" {
		return r.Adjective
	}
	return r.Name
}

// complementInEnglish names in English a body whose kind the data
// translates, followed by what it is for (tokens [end, cend)), when the
// data translates every word of that too: "Landesamt für Gesundheit und
// Soziales" is the State Office for Health and Social Affairs, and
// "Ministerium für Klimakrise" the Climate Crisis Ministry. A word it does
// not translate keeps the name as printed.
func (d *doc) complementInEnglish(ot orgType, end, cend int) (string, bool) {
	l := d.l
	if ot.name == l.grammar.BaseNoun(d.toks[ot.start].Text) {
		return "", false // a kind named as printed
	}
	prep, ok := l.bodyComplement.Has(d.toks[end].Lower)
	if !ok || prep.Value == "" {
		return "", false
	}
	var b strings.Builder
	for j := end + 1; j < cend; j++ {
		if d.isArticle(j) {
			continue
		}
		if c, ok := l.conjunctions.Has(d.toks[j].Lower); ok {
			if c.Value == "" {
				return "", false
			}
			b.WriteString(" ")
			b.WriteString(c.Value)
			continue
		}
		w, ok := l.compoundModifiers.Has(d.toks[j].Lower)
		if !ok {
			w, ok = l.compoundModifiers.Has(lang.Lower(l.grammar.BaseNoun(d.toks[j].Text)))
		}
		if !ok || w.Value == "" {
			return "", false
		}
		b.WriteString(" ")
		b.WriteString(w.Value)
	}
	if seatedGovernment(ot.name) {
		// A ministry is named by what it is for before it, as English
		// names ministries ("Ministerium für Gesundheit": the Health
		// Ministry).
		return strings.TrimPrefix(b.String(), " ") + " " + titleWord(ot.name), true
	}
	return ot.name + " " + prep.Value + b.String(), true
}
