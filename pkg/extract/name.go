package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// Names: runs of capitalized words read as people or bodies, and the
// people named before whose surnames name them again.

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
	if f, ok := d.source(j, e); ok && f.Named.Type == "person" && !d.nameGoesOn(f.End, e) {
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
			// A role's word as a surname: "Thomas König, Leiter …".
			if words > 0 && end == start+1 && d.is(d.l.roles, end) && (end+1 >= e || !startsUpperRune(d.toks[end+1].Text) && !d.is(d.l.nameConnectors, end+1)) &&
				d.firstName(start) { // (not "Vizianagaram Superintendent of Police")
				end++
				words++
				continue
			}
			if t.Hyphen && words == 0 && end+1 < e && startsUpperRune(d.toks[end+1].Text) && has(d.l.roles, hyphenTail(t.Lower)) {
				start, end = end+1, end+1 // "Verdi-Verhandlungsführer Ole Borgfeld": a body's role, then the name
				continue
			}
			if m, ok := d.at(d.l.roles, end, e); ok && m.End < e && startsUpperRune(d.toks[m.End].Text) && !d.isOrgTypeAt(m.End, e) {
				// ("General Authority for Statistics" is no general's name)
				// A role inside the run: the name starts after it.
				start, words, body = m.End, 0, false
				end = m.End
				continue
			}
			if d.isCommonWord(end) && !((words > 0 || end > start) && !capsNouns && !d.isFunctionWord(end)) && !(end == start && !capsNouns && !opensSentence && !d.isFunctionWord(end) && !d.isPlaceWord(end)) {
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
		// A particle joined to a family name: "Khalid al-Tayeb", "Yahya
		// al-Sinwar".
		if words > 0 && t.Kind == lang.Word && particleName(t.Text) {
			end++
			words++
			continue
		}
		// An initial: "M. Ravindran", "George W. Bush".
		if t.Kind == lang.Punct && t.Text == "." && !t.Space && end > start && end+1 < e && (isInitial(d.toks[end-1].Text) || d.is(d.l.nameAbbreviations, end-1)) &&
			d.toks[end+1].Kind == lang.Word && startsUpperRune(d.toks[end+1].Text) {
			end++
			continue
		}
		// A possessive inside a name, before another of its words or its
		// kind: "People's Vote", "Women's March", "Young Lawyers'
		// Association" — not a place's ("Britain's Home Office") nor a
		// known source's.
		pluralMark := d.toks[end].Text == "'" || d.toks[end].Text == "’" // "National Farmers' Union": a plural's mark inside a name
		if words > 0 && d.is(d.l.possessives, end) && end+1 < e && d.toks[end+1].Kind == lang.Word &&
			(!d.holdsBodyWord(start, end) || pluralMark && d.isOrgTypeAt(end+1, e)) && // not "Goldridge Mining's Kalkfontein shaft"
			startsUpperRune(d.toks[end+1].Text) && !d.isFunctionWord(end+1) && (!d.isCommonWord(end+1) || d.isOrgTypeAt(end+1, e)) {
			if p, isPlace := d.place(start, end); !isPlace || p.End != end { // "Georgian Young Lawyers' Association": not the place's
				if f, known := d.source(start, e); !known || f.End != end {
					end++
					continue
				}
			}
		}
		// Names hold small words: "Directorate of Elections", "Organisation
		// for the Protection of Civilians".
		if !capsNouns && !afterRole && words > 0 && d.is(d.l.nameConnectors, end) && !(d.is(d.l.partitive, end) && d.isArticle(end+1) && d.personsName(start, end)) { // ("Fire Chief Dale Marchetti of the … Department")
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
	apposed := false
	if end-start < 2 {
		if d.commonNounShape(start) {
			return source{}, 0, false // "meldete Einschränkungen": a noun, however capitalized
		}
		if d.is(d.l.placeHeads, start) {
			return source{}, 0, false // "County" of "Elmore County" alone names nobody
		}
		if p, ok := d.personNamed(d.toks[start].Text); ok {
			return p, end, true // "Keller fügte hinzu" after "Bürgermeister Jonas Keller"
		}
		own := capsNouns && d.subjectPlace(start) && (d.ownAfter(end, e) || d.placeThenVerb(end, e)) // "Die Rega flog nach eigenen Angaben elf Einsätze", "Die Varisano-Kliniken im Main-Taunus-Kreis meldeten"
		apposed = d.apposedToSubject(start, end, e)                                                  // "The electoral body, Elecam, said"
		if !d.cueNextTo(start, end, e) && !own && !d.relativeThenCue(end, e) && !apposed {
			return source{}, 0, false
		}
		// A capital opening a sentence, before a verb that may be a noun,
		// is a noun's: "Crime records compiled by …", "Police reports …".
		if opensSentence && !capsNouns && !d.isVerbCue(start-1) && d.nounVerbAt(end) {
			return source{}, 0, false
		}
		// An acronym next to a speech verb is a body's name in any
		// language: "Die FPÖ sprach von …", "the NAACP said".
		if isAcronymText(d.toks[start].Text) {
			return source{name: d.toks[start].Text, kind: claimdiff.KindOther, text: d.toks[start].Text, role: roleBody}, end, true
		}
		// Where every noun is capitalized, one word is a name only right
		// after the speech verb ("sagte Merkel"), or opening the sentence
		// with no article, right before it ("Vivantes teilte mit").
		opensBare := start == j && end == start+1 && d.bareNameBeforeCue(start, e)
		if capsNouns && !d.isVerbCue(start-1) && !own && !d.relativeThenCue(end, e) && !apposed && !opensBare {
			return source{}, 0, false
		}
	}
	// "die Krankenkasse AOK", "die Seenotrettungsorganisation Sea-Watch":
	// where every noun has a capital, a noun after an article and before
	// an acronym or a hyphenated name says what kind of body the name is.
	// So may an adjective of the name before the noun: "das Europäische
	// Waldbrandinformationssystem EFFIS".
	if capsNouns && !afterRole && (end-start == 2 || end-start == 3 && isAcronymText(d.toks[end-1].Text)) && start > 0 &&
		(d.isArticle(start-1) || d.adjectiveAfterArticle(start-1)) {
		if n := d.toks[end-1].Text; isAcronymText(n) || end-start == 2 && strings.Contains(n, "-") {
			if _, known := d.source(start, e); !known {
				start = end - 1
			}
		}
	}
	name := d.span(start, end)
	if f, ok := d.source(start, e); ok && f.End == end {
		return d.fromNamed(f.Named, name), end, true
	}
	// "Severe Tropical Storm Ramil", "Cyclone Freddy": an event's name
	// names no speaker.
	if d.wordIn(d.l.eventHeads, start, end) {
		return source{}, 0, false
	}
	// "Elmore County", "Weinbaugebiet Sonoma" — a name opened or closed by
	// a kind of place — and, where nouns have capitals, a name after one ("des Flusses Glatzer Neiße";
	// not "at the airport Ana Lopez" nor "Secretary of State Phil McGrane"):
	// a place's name the data does not know.
	if !body && (capsNouns && start > 0 && d.is(d.l.placeHeads, start-1) ||
		end-start >= 2 && (d.is(d.l.placeHeads, start) || d.is(d.l.placeHeads, end-1))) {
		if _, known := d.source(start, e); !known {
			return source{}, 0, false
		}
	}
	// "at Trafalgar Square, Metropolitan Police said": a name the data does
	// not know, after a preposition of place, is a place.
	if start > 0 && has(d.l.placePrepositions, d.toks[start-1].Lower) && !body {
		if _, isBody := d.orgTypeAt(end-1, end); !isBody && !d.holdsBodyWord(start, end) { // "at Goldridge Mining's shaft": a company's
			return source{}, 0, false
		}
	}
	// "the Iranian-backed Houthis", "the NGO ACLED": a hyphenated modifier
	// or a kind of body describes a body known by name; the name is the
	// body's.
	if end-start >= 2 && (strings.Contains(d.toks[start].Text, "-") || d.isOrgTypeAt(start, start+1)) {
		if f, ok := d.source(start+1, e); ok && f.End == end && f.Named.Type == "body" {
			return d.fromNamed(f.Named, d.span(start+1, end)), end, true
		}
	}
	if end-start >= 2 && d.is(d.l.mediaWords, end-1) {
		return source{name: name, kind: claimdiff.KindMedia, text: name, role: roleBody}, end, true // "der Hollbacher Kurier", "The Kelder Herald"
	}
	if _, isBody := d.orgTypeAt(end-1, end); body || words > 3 || isBody || d.holdsBodyWord(start, end) || apposed && d.isOrgTypeAt(start-2, start-1) {
		return source{name: name, kind: claimdiff.KindOther, text: name, role: roleBody}, end, true
	}
	if end-start == 1 {
		if p, ok := d.personNamed(name); ok {
			return p, end, true
		}
	}
	if isAcronymText(d.toks[start].Text) {
		return source{name: name, kind: claimdiff.KindOther, text: name, role: roleBody}, end, true // "SOS Humanity": no person's name opens with an acronym
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
	var sur surname
	if sp := strings.LastIndexByte(p.name, ' '); sp > 0 {
		sur = surname{text: p.name[sp+1:], ok: true}
	}
	d.last.people = append(d.last.people, p)
	d.last.surnames = append(d.last.surnames, sur)
	d.gen.people++
}

// personNamed is the person named before whose surname w is.
func (d *doc) personNamed(w string) (source, bool) {
	people, surnames := d.recallPeople()
	for i := len(people) - 1; i >= 0; i-- {
		if surnames[i].ok && surnames[i].text == w {
			return people[i], true
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
// ownAfter: a phrase of its own count ("nach eigenen Angaben") follows
// token end within six words of its clause, so that a name before it is
// the clause's speaker, where every noun has a capital and a name needs
// such a sign: "Die Rega flog am Abend nach eigenen Angaben elf Einsätze".
func (d *doc) ownAfter(end, e int) bool {
	if end >= e || d.toks[end].Kind != lang.Word {
		return false
	}
	for j := end; j < e && j <= end+6; j++ {
		if d.toks[j].Kind == lang.Punct {
			return false
		}
		if d.framePhraseAt(j, e) == frameOwn {
			return true
		}
	}
	return false
}

// placeThenVerb: a phrase of place, then a frame verb, follows token end:
// "im Main-Taunus-Kreis meldeten" — the subject's own verb after where it is.
func (d *doc) placeThenVerb(end, e int) bool {
	if end >= e || !d.is(d.l.locative, end) {
		return false
	}
	j := end + 1
	if j < e && d.isArticle(j) {
		j++
	}
	n := j
	for n < e && n < j+3 && d.toks[n].Kind == lang.Word && startsUpperRune(d.toks[n].Text) {
		n++
	}
	return n > j && n < e && d.isVerbCue(n)
}

// subjectPlace: token k opens its sentence, after an article and an adjective at most:
// the subject's place ("Die Rega flog …"), not "am Abend".
func (d *doc) subjectPlace(k int) bool {
	return d.opensSentence(k) || k > 0 && d.isArticle(k-1) && d.opensSentence(k-1) ||
		k > 1 && d.adjectiveAfterArticle(k-1) && d.opensSentence(k-2) // "Die deutsche Organisation Sea-Watch"
}

// adjectiveAfterArticle: token k is a lower-case word after an article,
// as "deutsche" in "die deutsche Organisation".
func (d *doc) adjectiveAfterArticle(k int) bool {
	return k > 0 && d.toks[k].Kind == lang.Word && !startsUpperRune(d.toks[k].Text) && !d.isArticle(k) && d.isArticle(k-1)
}

// opensSentence: token k opens its sentence or line — after a full stop, a
// question or exclamation mark or a colon.
func (d *doc) opensSentence(k int) bool {
	return k == 0 || d.toks[k].Newline || d.toks[k-1].Kind == lang.Punct && strings.ContainsAny(d.toks[k-1].Text, ".!?:")
}

// relativeThenCue: a relative clause between commas follows token end,
// and a verb cue right after it: "Kuppet, which represents secondary
// school tutors, said …" — the name before is the verb's subject.
func (d *doc) relativeThenCue(end, e int) bool {
	if end+1 >= e || d.toks[end].Text != "," || !d.is(d.l.relativePronouns, end+1) && !(!d.l.grammar.CapitalizesNouns() && d.isArticle(end+1)) {
		return false // (or an apposition, where nouns carry no capital: "Oxfam, the British charity, said")
	}
	for c := end + 2; c < e && c < end+14; c++ {
		if d.toks[c].Text == "," {
			return c+1 < e && d.isVerbCue(c+1)
		}
		if d.toks[c].Kind == lang.Punct {
			return false
		}
	}
	return false
}

func (d *doc) cueNextTo(j, end, e int) bool {
	if end+1 < e && d.is(d.l.subjectParticles, end) {
		end++ // "Die Rheinbahn selbst ging von … aus"
	}
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
	if d.framePhraseAt(k, len(d.toks)) == frameFigures {
		return true // "lässt Polizeisprecher Markus Niesczery Zahlen sprechen"
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

// nameAfterBody reads a proper name right after a kind of body: capitalized
// words the lexicon does not know, ending where the clause or a speech verb
// begins.
func (d *doc) nameAfterBody(k, e int) (source, int, bool) {
	if k+2 < e && d.toks[k].Kind == lang.Punct && strings.ContainsAny(d.toks[k].Text, "„“\"«»") {
		// A name in quotation marks: "die Plattform „Bauern am Limit“".
		for end := k + 1; end < e && end <= k+7; end++ {
			if t := &d.toks[end]; t.Kind == lang.Punct {
				if end > k+1 && strings.ContainsAny(t.Text, "“”\"«»") && startsUpperRune(d.toks[k+1].Text) {
					name := d.span(k+1, end)
					if n := lang.Sources().Lookup(name); n != nil {
						return d.fromNamed(n, name), end + 1, true
					}
					return source{name: name, kind: claimdiff.KindOther, text: name, role: roleBody}, end + 1, true
				}
				break
			}
		}
		return source{}, 0, false
	}
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
		// A figure may follow: "nach Angaben des Betreibers Fraport 1.050 …".
		if !(next.Kind != lang.Word || lower || d.isVerbCue(end) || d.is(d.l.prepositions, end) || d.is(d.l.subjectMarkers, end)) {
			return source{}, 0, false
		}
	}
	name := d.span(k, end)
	return source{name: name, kind: claimdiff.KindOther, text: name, role: roleBody}, end, true
}

// nameGoesOn: a capitalized word the lexicon does not know stands at k,
// so that a known person's name before it is only part of another's:
// "Kim" of "Kim Jae-hyun" is no Kim Jong Un.
func (d *doc) nameGoesOn(k, e int) bool {
	return k < e && d.toks[k].Kind == lang.Word && startsUpperRune(d.toks[k].Text) && !d.isCommonWord(k) && !d.isVerbCue(k) && !d.isOrgTypeAt(k, e)
}

// particleName: a lower-case particle joined by a hyphen to a capitalized
// name, "al-Tayeb", "el-Sisi".
func particleName(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i <= 3 && i+1 < len(w) && !startsUpperRune(w) && startsUpperRune(w[i+1:])
}

// commonNounShape: the word at k ends as the language's common nouns do
// ([noun-endings]: "Einschränkungen", "Gesellschaft") and is no source the
// data knows.
func (d *doc) commonNounShape(k int) bool {
	if !endsWithAny(d.toks[k].Lower, d.l.nounEndings, 3) {
		return false
	}
	_, known := d.source(k, k+1)
	return !known
}

// endsWithAny: w ends with one of the endings, after at least stem bytes.
func endsWithAny(w string, endings []string, stem int) bool {
	for _, end := range endings {
		if len(w) >= len(end)+stem && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// isInitial: one capital letter, as "M" in "M. Ravindran".
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// isAcronymText: a word of capitals only, two to eight bytes long — a
// body's short name ("UNHCR", "FPÖ"), as people are not abbreviated.
func isAcronymText(s string) bool {
	if len(s) < 2 || len(s) > 8 || s[0] < utf8.RuneSelf && (s[0] < 'A' || s[0] > 'Z') {
		return false // the common case, told by the first byte: no capital of ASCII
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
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

// nounVerbAt: the frame verb at token k has a form that is also a noun
// ("records", "reports", "counts").
func (d *doc) nounVerbAt(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	for _, vc := range d.l.verbs[d.toks[k].Lower] {
		if vc.nounToo {
			return true
		}
	}
	return false
}

// firstName: token k may open a person's name, as a given name before a
// surname: a capitalized word that no data knows.
func (d *doc) firstName(k int) bool {
	t := &d.toks[k]
	return t.Kind == lang.Word && startsUpperRune(t.Text) && !d.isCommonWord(k) && !d.isFunctionWord(k)
}

// holdsBodyWord: a word of tokens [start, end) is one no person's name
// holds: "Emergency Management Victoria" is a body, "Sahel Risk
// Analytics" too.
func (d *doc) holdsBodyWord(start, end int) bool {
	return d.wordIn(d.l.bodyWords, start, end)
}

// isOrgTypeAt: a kind of body is read at token k: "Association".
func (d *doc) isOrgTypeAt(k, e int) bool {
	_, ok := d.orgTypeAt(k, e)
	return ok
}

// apposedToSubject: the word [start, end) stands between commas after a
// noun phrase that opens the sentence, and a verb of saying follows: "The
// electoral body, Elecam, said", "Die Wahlbehörde, Elecam, teilte mit" —
// the name of the body the phrase describes.
func (d *doc) apposedToSubject(start, end, e int) bool {
	if start >= 3 && d.isArticle(start-1) && d.toks[start-2].Text == "," {
		start-- // "Bayerns größter Stromnetzbetreiber, das Bayernwerk Netz, verzeichnete"
	}
	if start < 2 || end+1 >= e || d.toks[start-1].Text != "," || d.toks[end].Text != "," || !d.isVerbCue(end+1) {
		return false
	}
	for j := start - 2; j >= 0; j-- {
		if d.opensSentence(j) {
			return d.isArticle(j) || d.isPlaceWord(j) // (a place's possessive may open it too)
		}
		if t := &d.toks[j]; t.Kind != lang.Word || d.isVerbCue(j) {
			return false
		}
	}
	return false
}

// personsName: the words [start, end) before a name's small word are a
// person's name, not the first of a body's: two words or more, none of a
// body's or a place's ("Jacqueline Wilma Parlevliet of the UN refugee
// agency" is a person of a body; "National Institute of Statistics" and
// "Bank of England" are bodies).
func (d *doc) personsName(start, end int) bool {
	if end-start < 2 || d.holdsBodyWord(start, end) {
		return false
	}
	for j := start; j < end; j++ {
		if d.isOrgTypeAt(j, end) || d.isPlaceWord(j) || d.isCommonWord(j) || d.toks[j].Kind != lang.Word {
			return false
		}
	}
	return true
}
