package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/pkg/lang"
)

// location is where the counted thing is: the place named nearest the
// figure in its sentence outside the attribution; else a place in the
// attribution — the speaker's name ("die Polizei in Ulm") or where they
// spoke ("sagte … in Seoul"); else the last place the sentence before
// names. A dateline never counts.
func (d *doc) location(f *figure, si, cueAt int) string {
	s := d.sents[si]
	r := d.placeReadingOf(si)
	if !r.spansKnown {
		r.names, r.said = d.attributionSpans(si, r.names, r.said)
		r.spansKnown = true
	}
	names := r.names
	skip := append(append(r.skip[:0], names...), r.said...) // the speakers and where they spoke
	if w, ok := d.partitiveSpan(f, s); ok {
		skip = append(skip, w) // "rund 8000 von 10.000 in Russland vermuteten Soldaten … nach Kursk"
	}
	r.skip = skip
	best, bestDist := "", 1<<30
	named := r.named[:0] // every place the sentence names, for specificity
	bestAt := -1
	for _, p := range d.sentencePlaces(si) {
		k := p.start
		if p.never || inSpans(k, skip) {
			continue
		}
		dist := 0
		switch {
		case p.end <= f.start:
			dist = f.start - p.end
		case k >= f.end:
			dist = k - f.end
		}
		if !p.afterLocative {
			dist += 8 // "Pjöngjang habe … in das Gebiet Kursk entsandt"
		}
		if p.origin {
			dist += 12 // "51 people from Syria": where they come from
		}
		if d.figureBetween(f, si, k) {
			dist += 20 // "19 deaths in California, three in Oregon": the other figure's place
		} else if p.end <= f.start && d.trailsFigure(f, si, k) {
			dist += 2 // "…, three in Oregon and one in Washington state": Oregon is the three's
		}
		if dist < bestDist {
			best, bestDist, bestAt = p.name, dist, len(named)
		}
		named = append(named, p.namedAt)
	}
	r.named = named
	// "in Kabul, Afghanistan", "Hongkong (China)": a place right beside the
	// one chosen, and within it, is the more precise.
	if bestAt >= 0 {
		best = mostSpecific(named[bestAt], named)
	}
	if best != "" {
		return best
	}
	// "the death toll in all states put together": a total over many
	// places, of none of them.
	if _, ok := d.firstIn(d.l.placeTotals, s.start, s.end); ok {
		return ""
	}
	// "Vor der Insel", "in his county", "the country": a place named before,
	// referred back to by its kind.
	if p := d.placeReferredBack(s, skip); p != "" {
		return p
	}
	// "Organizers claimed 430,000 participants nationwide": the country
	// the article is about.
	if c := d.country(); c != nil {
		if _, ok := d.firstIn(d.l.countryWide, s.start, s.end); ok {
			return c.Name
		}
	}
	// Failing that, a place in the speaker's name: "The Los Angeles
	// march's organizers claimed a turnout of 750,000", "Hong Kong police
	// put the number at 190,000" — not where they spoke ("teilten … in
	// Kiew mit").
	// A country there is a national body's, or the government itself
	// ("Russland sprach von 10.000 Toten"), and says nothing of where.
	for _, sp := range names {
		for k := sp[0]; k < sp[1] && k < s.end; k++ {
			if p, ok := d.placeAt(k, s.end); ok && !d.isDateline(k, si) && p.Named.Kind != "country" && !d.seatOfGovernment(k, p.End) {
				return p.Named.Name
			}
			// "Carroll County Coroner …", "sheriff of Gibson County": a
			// place the data does not know, named with its kind.
			if name, ok := d.headedPlaceAt(k, min(sp[1], s.end)); ok {
				return name
			}
		}
	}
	if si > 0 {
		return d.lastPlaceBefore(si)
	}
	return ""
}

// sentencePlace is a place a sentence names, with what location asks of
// it whatever the figure.
type sentencePlace struct {
	namedAt
	never         bool // a dateline, a place compared with, a possessor: no figure's place
	afterLocative bool // see afterLocative
	origin        bool // see originAt
}

// placeReading is what location reads of a sentence whatever the
// figure, kept for the sentence's next figures: most sentences with a
// claim hold more than one figure.
type placeReading struct {
	sent        int // the sentence read, plus one: 0 when none is
	places      []sentencePlace
	placesKnown bool
	names, said [][2]int // see attributionSpans
	spansKnown  bool
	before      string // see lastPlaceBefore
	beforeKnown bool
	// Room for what location reads of each figure.
	skip  [][2]int
	named []namedAt
}

// placeReadingOf is the reading of sentence si, emptied first when it holds
// another sentence's.
func (d *doc) placeReadingOf(si int) *placeReading {
	r := &d.placeRead
	if r.sent != si+1 {
		*r = r.emptied()
		r.sent = si + 1
	}
	return r
}

// emptied is r with nothing read, keeping its room.
func (r *placeReading) emptied() placeReading {
	return placeReading{places: r.places[:0], names: r.names[:0], said: r.said[:0], skip: r.skip[:0], named: r.named[:0]}
}

// sentencePlaces are the places sentence si names, in order: the places
// the data knows, places at sea off a coast, and places it does not know
// named after a preposition (see openPlaceAt).
func (d *doc) sentencePlaces(si int) []sentencePlace {
	r := d.placeReadingOf(si)
	if r.placesKnown {
		return r.places
	}
	s := d.sents[si]
	for k := s.start; k < s.end; k++ {
		p, ok := d.placeAt(k, s.end)
		name, end := "", 0
		if ok {
			name, end = p.Named.Name, p.End
		}
		if n, e, at := d.offshoreAt(k, s.end); at {
			name, end, ok = n, e, true
		}
		if !ok {
			if name, end, ok = d.openPlaceAt(k, s); !ok {
				continue
			}
		}
		sp := sentencePlace{namedAt: namedAt{name, k, end}}
		sp.never = d.isDateline(k, si) || d.compared(k, s.start) || d.possessor(end, s.end)
		if !sp.never {
			sp.afterLocative = d.afterLocative(k, s.start)
			sp.origin = d.originAt(k, s.start)
		}
		r.places = append(r.places, sp)
		k = end - 1
	}
	r.placesKnown = true
	return r.places
}

// lastPlaceBefore is the last place the sentence before si names, one in
// the article's country before a foreign one ("… a town in Khyber, in
// the region that borders Afghanistan"); "" when it names none.
func (d *doc) lastPlaceBefore(si int) string {
	r := d.placeReadingOf(si)
	if !r.beforeKnown {
		r.before, r.beforeKnown = d.readLastPlaceBefore(si), true
	}
	return r.before
}

func (d *doc) readLastPlaceBefore(si int) string {
	prev := d.sents[si-1]
	pskip := d.speakerSpans(si - 1)
	home, last := d.country(), ""
	for k := prev.end - 1; k >= prev.start; k-- {
		// What stands at k first, the slower tests of its context after:
		// most tokens are no place.
		p, ok := d.placeAt(k, prev.end)
		ok = ok && !d.possessor(p.End, prev.end)
		open, name := false, ""
		if !ok {
			name, _, open = d.openPlaceAt(k, prev)
		}
		if !ok && !open || inSpans(k, pskip) || d.isDateline(k, si-1) || d.compared(k, prev.start) || d.originAt(k, prev.start) {
			continue
		}
		if !ok {
			return name // "a main town in Khyber": a place the data does not know
		}
		if c := d.countryOfPlace(p.Named); home == nil || c == nil || c == home {
			return p.Named.Name
		}
		if last == "" {
			last = p.Named.Name
		}
	}
	return last
}

// offshoreAt reads at token k a place at sea off a coast, named in English
// "off Libya": "vor der libyschen Küste", "off the coast of Libya", "au
// large des côtes libyennes", and where [offshore] says a name alone may
// follow, "off Libya", "au large de la Libye". It returns the name and
// where the phrase ends.
func (d *doc) offshoreAt(k, e int) (string, int, bool) {
	if d.toks[k].Kind != lang.Word || !d.starts(d.l.offshore, k) {
		return "", 0, false
	}
	m, ok := d.at(d.l.offshore, k, e)
	if !ok {
		return "", 0, false
	}
	skipArticles := func(j int) int {
		for j < e && d.isArticle(j) {
			j++
		}
		return j
	}
	j := skipArticles(m.End)
	if j >= e {
		return "", 0, false
	}
	off := func(p lang.Found) (string, int, bool) { return "off " + p.Named.Name, p.End, true }
	if d.is(d.l.coastWords, j) {
		// "off the coast of Libya", "vor der Küste Libyens", "au large des
		// côtes libyennes".
		j++
		if j < e && (d.is(d.l.partitive, j) || d.is(d.l.genitive, j)) {
			j = skipArticles(j + 1)
		}
		if j < e {
			if p, ok := d.place(j, e); ok && p.Named.Kind != "bloc" {
				return off(p)
			}
		}
		return "", 0, false
	}
	p, ok := d.place(j, e)
	if !ok || p.Named.Kind == "bloc" {
		return "", 0, false
	}
	if p.Role == lang.AsAdjective && p.End < e && d.is(d.l.coastWords, p.End) {
		name, _, ok := off(p)
		return name, p.End + 1, ok // "vor der libyschen Küste"
	}
	if p.Role == lang.AsName && m.Entry.Value == "name" && p.Named.Kind != "city" {
		return off(p) // "off Libya", not "sealed off Jenin"
	}
	return "", 0, false
}

// openPlaceAt reads a place the place data does not know at token k: the
// capitalized words right after a preposition of [open-place-before] ("in
// Mesinges", "near Napnapan", "à Vernay"), where capitals mark names
// alone. It returns the place as printed and where it ends.
func (d *doc) openPlaceAt(k int, s sentence) (string, int, bool) {
	if t := &d.toks[k]; k <= s.start || t.Kind != lang.Word || !startsUpperRune(t.Text) {
		return "", 0, false // isOpenPlaceStart's first tests: the cheap ones
	}
	// "the town of Zamzam", "im Ort Tonalá": a word for a place names it,
	// whatever capitals mean; a preposition alone does only where capitals
	// mark names alone. (Asked before the slower tests of the token itself:
	// most tokens have neither before them.)
	named, ok := d.ending(d.l.placeNamedAfter, k)
	if !ok {
		if d.l.grammar.CapitalizesNouns() {
			return "", 0, false
		}
		if _, ok := d.ending(d.l.openPlaceBefore, k); !ok {
			return "", 0, false
		}
	}
	if !d.isOpenPlaceStart(k) {
		return "", 0, false
	}
	end := k + 1
	for end < s.end && end < k+4 && d.isOpenPlaceWord(end) {
		end++
	}
	if ok && named.Entry.Value != "" {
		return d.span(k, end) + " " + named.Entry.Value, end, true // "im Landkreis Konstanz": Konstanz district
	}
	return d.span(k, end), end, true
}

// headedPlaceAt reads, at token k and before e, a place the data does not
// know that its kind names: one to three capitalized words and a word of
// [place-heads] ("Carroll County", "Gibson County").
func (d *doc) headedPlaceAt(k, e int) (string, bool) {
	if k > 0 && d.isOpenPlaceWord(k-1) || !d.isOpenPlaceStart(k) {
		return "", false // not from the middle of a name
	}
	for end := k + 1; end < e && end <= k+3; end++ {
		if t := &d.toks[end]; t.Kind == lang.Word && startsUpperRune(t.Text) && d.is(d.l.placeHeads, end) {
			return d.span(k, end+1), true
		}
		if !d.isOpenPlaceWord(end) {
			return "", false
		}
	}
	return "", false
}

// isOpenPlaceStart: token k may be a word of a place the data does not
// know: a capitalized word of four letters or more that is no acronym
// ("EVMs"), no abbreviation ("Feb"), no common word and no known source.
func (d *doc) isOpenPlaceStart(k int) bool {
	t := &d.toks[k]
	if t.Kind != lang.Word || utf8.RuneCountInString(t.Text) < 4 || !startsUpperRune(t.Text) || d.isCommonWord(k) {
		return false
	}
	if _, n := utf8.DecodeRuneInString(t.Text); unicode.IsUpper(firstRune(t.Text[n:])) {
		return false
	}
	_, known := d.source(k, k+1)
	return !known
}

// isOpenPlaceWord: token k may continue such a place ("Kelder Bay").
func (d *doc) isOpenPlaceWord(k int) bool {
	t := &d.toks[k]
	return t.Kind == lang.Word && startsUpperRune(t.Text) && !d.isCommonWord(k)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// possessor: the place that ends at k owns what follows rather than
// locating it — a party to a war and what befell it: "Russia's military
// casualties".
func (d *doc) possessor(k, e int) bool {
	end, ok := d.partyAfter(k, e)
	return ok && d.metricAt(end, e) != "" // "military casualties", not "air force said"
}

// possessive: the place that ends at k owns a military: "Russia's army".
func (d *doc) possessive(k, e int) bool {
	_, ok := d.partyAfter(k, e)
	return ok
}

// partyAfter reads "'s military" after a place that ends at k, and returns
// where it ends.
func (d *doc) partyAfter(k, e int) (int, bool) {
	isS := func(i int) bool { return i >= 0 && i < e && (d.toks[i].Text == "'s" || d.toks[i].Text == "’s") }
	switch {
	case isS(k): // "Russia" "’s"
		k++
	case !isS(k - 1): // or "’s" read with the place
		return 0, false
	}
	m, ok := d.at(d.l.partyNouns, k, e)
	return m.End, ok
}

// partitiveSpan is the whole a figure is part of, when "von"/"of" and a
// figure follow it: the tokens from there to the whole's noun, whose places
// are the whole's, not the part's.
func (d *doc) partitiveSpan(f *figure, s sentence) ([2]int, bool) {
	if f.end >= s.end || !d.is(d.l.partitive, f.end) {
		return [2]int{}, false
	}
	num := -1
	for j := f.end + 1; j < s.end && j <= f.end+3; j++ {
		if d.toks[j].Kind == lang.Number {
			num = j
			break
		}
	}
	if num < 0 {
		return [2]int{}, false
	}
	for j := num + 1; j < s.end && j < num+10; j++ {
		if d.toks[j].Kind == lang.Punct {
			return [2]int{}, false
		}
		if kind, _, n := d.countedNoun(j, s.end); kind != nounNone {
			return [2]int{f.end, j + n}, true
		}
	}
	return [2]int{}, false
}

type namedAt struct {
	name       string
	start, end int // tokens
}

// mostSpecific returns the place among named that lies within best and
// stands right beside it, if one does; else best.
func mostSpecific(best namedAt, named []namedAt) string {
	places := lang.Places()
	for _, n := range named {
		if n.name == best.name || n.end+3 < best.start || best.end+3 < n.start {
			continue
		}
		for p := places.Parent(places.Lookup(n.name)); p != nil; p = places.Parent(p) {
			if p.Name == best.name {
				return n.name
			}
		}
	}
	return best.name
}

// compared: the place at k is what something is compared with, "the size
// of New Jersey", not where it is.
func (d *doc) compared(k, sentStart int) bool {
	if !d.mayStartBefore(d.l.placeComparison, k) {
		return false // no phrase of [place-comparison] starts in the words before: the common case
	}
	for j := k - 1; j >= sentStart && j >= k-4; j-- {
		if m, ok := d.at(d.l.placeComparison, j, k); ok && m.End >= k-1 {
			return true
		}
	}
	return false
}

// afterLocative: a preposition of place stands within a few words before
// token k ("in der russischen Region Kursk", "nach Russland").
func (d *doc) afterLocative(k, sentStart int) bool {
	for j := k - 1; j >= sentStart && j >= k-4; j-- {
		if d.is(d.l.locative, j) {
			return true
		}
		if d.toks[j].Kind == lang.Punct {
			return false
		}
	}
	return false
}

// placeAt reads a place named (not an adjective or demonym) at token k.
// (A lower-case word opens a place's name only where the data lists it
// among the [place-openers]: "southern Lebanon".)
func (d *doc) placeAt(k, e int) (lang.Found, bool) {
	t := &d.toks[k]
	if t.Kind != lang.Word || !startsUpperRune(t.Text) && !d.is(d.l.placeOpeners, k) {
		return lang.Found{}, false
	}
	p, ok := d.place(k, e)
	if !ok || p.Role != lang.AsName || p.Named.Kind == "bloc" {
		return lang.Found{}, false
	}
	return p, true
}

// speakerSpans are the token spans of the sentence's speakers and of the
// clause after a speech verb up to the next comma ("sagte am Dienstag in
// Seoul").
func (d *doc) speakerSpans(si int) [][2]int {
	names, said := d.attributionSpans(si, nil, nil)
	return append(names, said...)
}

// attributionSpans appends to names the token spans of the sentence's
// speakers with their cues, and to said the spans that say where they
// spoke: the clause after a speech verb up to the next comma ("sagte am
// Dienstag in Seoul").
func (d *doc) attributionSpans(si int, names, said [][2]int) ([][2]int, [][2]int) {
	s := d.sents[si]
	frames := d.sentenceFrames(si)
	for i := range frames {
		c := &frames[i]
		lo, hi := c.at, c.end
		for _, m := range d.mentCache[si] {
			if m.pronoun {
				continue
			}
			for _, fl := range c.fillers {
				if m.src.name != fl.src.name {
					continue
				}
				if m.start < lo && c.at-m.end < 8 {
					lo = m.start
				}
				if m.end > hi && m.start-c.end < 8 {
					hi = m.end
				}
			}
		}
		names = append(names, [2]int{lo, hi})
		if c.kind == frameVerb && !c.inherits && !(len(c.fillers) > 0 && c.fillers[0].slot == slotGapped) { // not "were estimated to be gathered in Haifa", nor "…, in Fulda etwa 600"
			where := hi
			for k := hi; k < s.end && k < hi+6 && d.toks[k].Kind != lang.Punct; k++ {
				where = k + 1
			}
			if where > hi {
				said = append(said, [2]int{hi, where})
			}
		}
	}
	return names, said
}

func inSpans(k int, spans [][2]int) bool {
	for _, s := range spans {
		if k >= s[0] && k < s[1] {
			return true
		}
	}
	return false
}

// isDateline: "TAIPEH, Taiwan –", "DUBAI, United Arab Emirates —",
// "Kiew." at the head of an article.
func (d *doc) isDateline(k, si int) bool {
	s := d.sents[si]
	if !s.first || k > s.start+2 {
		return false // a dateline's place opens the paragraph: "BERLIN –", "TAIPEH, Taiwan –"
	}
	for j := k; j < s.end && j < s.start+6; j++ {
		switch d.toks[j].Text {
		case "–", "—", "(":
			return true
		}
	}
	return s.end-s.start <= 3
}

// figureBetween: another figure of sentence si that may be a claim stands
// between figure f and the place at token k after it. (One before,
// between the place and f, may be the whole f is part of: "in Kursk fast
// 50.000 Soldaten, darunter 11.000 Nordkoreaner".)
func (d *doc) figureBetween(f *figure, si, k int) bool {
	figs := d.figs[si]
	for i := range figs {
		g := &figs[i]
		if g.start == f.start || i < len(d.claimable) && !d.claimable[i] {
			continue
		}
		if k >= f.end && g.start >= f.end && g.end <= k {
			return true
		}
	}
	return false
}

// trailsFigure: the place at token k closes the part of a list that
// another figure of sentence si opens, before figure f: "19 deaths in
// California, three …".
func (d *doc) trailsFigure(f *figure, si, k int) bool {
	figs := d.figs[si]
	for i := range figs {
		g := &figs[i]
		if g.start == f.start || i < len(d.claimable) && !d.claimable[i] || g.end > k || k-g.end > 8 {
			continue
		}
		clean := true
		for j := g.end; j < k; j++ {
			if t := &d.toks[j]; t.Kind == lang.Punct || t.Kind == lang.Number {
				clean = false
				break
			}
		}
		if clean {
			return true
		}
	}
	return false
}

// seatOfGovernment: the place at tokens [k, end) is a name the sources
// know as a government's ("die Führung in Moskau", "Kyiv said"), which
// says who, not where.
func (d *doc) seatOfGovernment(k, end int) bool {
	f, ok := d.source(k, end)
	return ok && f.End == end && f.Named.Type == "metonym"
}

// originAt: the place at token k is where something comes from — after
// "from", "aus", or later in a list that opens so ("from Syria, Egypt and
// Bangladesh").
func (d *doc) originAt(k, sentStart int) bool {
	j := k // the token after the one looked at
	for steps := 0; j > sentStart && steps < 12; steps++ {
		if _, ok := d.ending(d.l.placeOrigin, j); ok {
			return true
		}
		b := j - 1
		switch {
		case d.toks[b].Text == "," || d.isConjunction(b) || d.isArticle(b):
			j = b // "aus Gambia, der Elfenbeinküste und dem Sudan"
		default:
			a, ok := d.placeEndingAt(b, sentStart)
			if !ok && d.isOpenPlaceWord(b) && (d.toks[b+1].Text == "," || d.isConjunction(b+1)) {
				a, ok = b, true // a place the data does not know, in the list: not "aus Sicht der Ukraine"
			}
			if !ok {
				return false
			}
			j = a // "Syria" in "from Syria and Egypt"
		}
	}
	return false
}

// placeEndingAt is the start of a place whose name ends at token b.
func (d *doc) placeEndingAt(b, sentStart int) (int, bool) {
	for a := b; a >= sentStart && a >= b-3; a-- {
		if p, ok := d.place(a, b+1); ok && p.End == b+1 {
			return a, true
		}
	}
	return 0, false
}

// placeReferredBack reads a place the sentence refers back to by its kind
// ("der Insel", "the city", "das Land", "in his county"), outside the
// spans in skip: the nearest place named before whose kind, or whose
// containing place's kind, is one the [place-anaphors] entry names. ""
// when there is none.
func (d *doc) placeReferredBack(s sentence, skip [][2]int) string {
	if !d.mayStartIn(d.l.placeAnaphors, s.start, s.end) {
		return "" // most sentences hold no word of [place-anaphors]
	}
	for k := s.start + 1; k < s.end; k++ {
		m, ok := d.at(d.l.placeAnaphors, k, s.end)
		if !ok || inSpans(k, skip) {
			continue
		}
		// A determiner within three words before: "vor der
		// süditalienischen Insel", "in his county".
		definite := false
		for j := k - 1; j >= s.start && j >= k-3; j-- {
			if d.isArticle(j) || d.isDeterminer(j) {
				_, origin := d.ending(d.l.placeOrigin, j) // "Rettungskräfte aus der Stadt"
				definite = !origin
				break
			}
		}
		if !definite {
			continue
		}
		if n, ok := d.placeBack(s.start, d.l.placeKinds[m.Entry], false); ok {
			return n.Name
		}
		return ""
	}
	return ""
}

// placeBefore is what "the territory's" and "the state's" at token k
// point back to: the nearest place named before, dateline included, when
// it is of one of kinds or lies in one.
func (d *doc) placeBefore(k int, kinds []string) (*lang.Named, bool) {
	return d.placeBack(k, kinds, true)
}

// placeBack is the last place named before token k that is of one of
// kinds or lies in one, skipping a place where something came from ("from
// Israel"). With nearest, only the nearest place is asked, the dateline's
// too; without it, the search goes on past places of other kinds and
// passes over datelines.
func (d *doc) placeBack(k int, kinds []string, nearest bool) (*lang.Named, bool) {
	for j := k - 1; j >= 0; j-- {
		a, ok := d.placeEndingAt(j, 0)
		if !ok {
			continue
		}
		p, ok := d.placeAt(a, j+1)
		si := d.sentenceOf(d.toks[a].Start)
		if !ok || !nearest && si >= 0 && d.isDateline(a, si) || si >= 0 && d.originAt(a, d.sents[si].start) {
			j = a
			continue
		}
		for n := p.Named; n != nil; n = lang.Places().Parent(n) {
			if slices.Contains(kinds, n.Kind) {
				return n, true
			}
		}
		if nearest {
			return nil, false
		}
		j = p.Start
	}
	return nil, false
}

// compoundPlace reads a place the gazetteer does not know from a name
// joined by hyphens to a word for its kind ([place-compounds]):
// "Rhein-Erft-Kreis" is the Rhein-Erft district. The entry's value is the
// English word for the kind, then, after a comma, the kind of body that
// governs it: "kreis = district, district administration". nil when the
// token is none such.
func (d *doc) compoundPlace(k int) *lang.Named {
	t := &d.toks[k]
	if n := d.compassPlace(t); n != nil {
		return n
	}
	i := lastHyphen(t)
	if i < 3 || i == len(t.Text)-1 || !startsUpperRune(t.Text) {
		return nil
	}
	e, ok := d.l.placeCompounds.Has(lang.Lower(t.Text[i+1:]))
	if !ok {
		return nil
	}
	kind, _, _ := strings.Cut(e.Value, ",")
	return &lang.Named{Name: t.Text[:i] + " " + strings.TrimSpace(kind), Kind: "region"}
}

// compoundPlaceBody is the kind of body that governs a place read by
// compoundPlace, "district administration"; "" for any other place.
func (d *doc) compoundPlaceBody(k int) string {
	t := &d.toks[k]
	i := lastHyphen(t)
	if i < 3 || d.compoundPlace(k) == nil {
		return ""
	}
	e, _ := d.l.placeCompounds.Has(lang.Lower(t.Text[i+1:]))
	_, body, _ := strings.Cut(e.Value, ",")
	return strings.TrimSpace(body)
}

// compassPlace reads a part of a known place named by a compass word
// joined to the place's name ([compass-prefixes]): "Nordsyrien" is
// northern Syria, within Syria. nil when the token is none such.
func (d *doc) compassPlace(t *lang.Token) *lang.Named {
	if !startsUpperRune(t.Text) {
		return nil
	}
	for _, e := range d.l.compassPrefixes.Entries() {
		rest, ok := strings.CutPrefix(t.Lower, e.Phrase)
		if !ok || len(rest) < 3 || rest[0] == '-' {
			continue
		}
		p := lang.Places().Lookup(rest)
		if p == nil || p.Kind == "continent" {
			continue
		}
		return &lang.Named{Name: e.Value + " " + p.Name, Kind: "region", Parent: p.Name}
	}
	return nil
}

// openTown is a town the article names that the place data does not know.
type openTown struct {
	words []string // its words, lower case
	named *lang.Named
}

// findOpenTowns finds the towns the article names that the place data
// does not know ("Grimma. Bei der Oberbürgermeisterwahl in Grimma …"),
// so that they locate figures and name local bodies as known towns do
// ("die Stadt" is Grimma's). A town is a name of capitalized words that
// opens the article's dateline or follows a word for a town ("the town of",
// "Gemeinde") or, when it ends as towns' names do ([town-names]:
// "Eggenfelden", not "Sicherheit"), a preposition of place, that the article
// names at least twice, and never after an article: "in Kliniken … die
// Kliniken" and "im Jahr" name no town. It reports whether it found any.
func (d *doc) findOpenTowns() bool {
	d.openTowns = d.openTowns[:0]
	for si, s := range d.sents {
		for k := s.start; k < s.end; k++ {
			start := k
			if k == s.start {
				if s.headline || !d.isDateline(k, si) {
					continue
				}
			} else if named, ok := d.ending(d.l.placeNamedAfter, k); ok {
				if named.Entry.Value != "" {
					continue // "im Landkreis Konstanz": a district, no town
				}
				if a := named.Start - 1; a < s.start || !(d.isArticle(a) || d.is(d.l.fusedArticles, a) || d.is(d.l.determiners, a)) {
					continue // "die Stadt Halle", not "vor Ort Verstärkung"
				}
			} else if !d.is(d.l.placePrepositions, k-1) || !d.is(d.l.townNames, k) || d.toks[k].Word > 0 {
				continue // "in Sicherheit", "bei Vivantes", "in Rohingya camps", "in Übersee": a preposition alone shows no town
			}
			end, ok := d.openTownSpan(start, s.end)
			if !ok {
				continue
			}
			d.addOpenTown(start, end)
			k = end - 1
		}
	}
	return len(d.openTowns) > 0
}

// openTownSpan reads the words of a town the data does not know at token
// k: one to three capitalized words, the first no common word, no known
// place or source. A dateline's capitals ("GRIMMA, Germany –") count.
func (d *doc) openTownSpan(k, e int) (int, bool) {
	t := &d.toks[k]
	if t.Kind != lang.Word || utf8.RuneCountInString(t.Text) < 4 || !startsUpperRune(t.Text) || d.isCommonWord(k) {
		return 0, false
	}
	if _, known := d.source(k, k+1); known {
		return 0, false
	}
	if _, known := d.place(k, k+1); known {
		return 0, false // a town the data knows
	}
	end := k + 1
	for end < e && end < k+3 && d.isOpenPlaceWord(end) {
		if _, known := d.source(end, end+1); known || d.is(d.l.placeHeads, end) {
			break
		}
		end++
	}
	return end, true
}

// addOpenTown keeps the words of tokens [k, end) as a town when the
// article names them twice or more, never after an article, once at
// least not all in capitals (whose printing is the town's name).
func (d *doc) addOpenTown(k, end int) {
	n := end - k
	for _, t := range d.openTowns {
		if len(t.words) == n && d.wordsAt(k, t.words) {
			return
		}
	}
	words := make([]string, n)
	for i := range words {
		words[i] = d.toks[k+i].Lower
	}
	times, name := 0, ""
	for j := 0; j+n <= len(d.toks); j++ {
		if !startsUpperRune(d.toks[j].Text) || !d.wordsAt(j, words) {
			continue
		}
		if j > 0 && (d.isArticle(j-1) || d.is(d.l.determiners, j-1) || d.is(d.l.fusedArticles, j-1)) &&
			(d.l.grammar.CapitalizesNouns() || !d.lowerWordAt(j+n)) {
			return // "die Kliniken", "im Jahr": a noun (not "the Marrowby flood defences")
		}
		if j > 0 && !d.toks[j].Newline && d.toks[j-1].Kind == lang.Word && startsUpperRune(d.toks[j-1].Text) && !d.opensSentence(j-1) &&
			!d.isCommonWord(j-1) && !d.isOrgTypeAt(j-1, j) {
			return // "Petra Rosenberg": a surname (not "die Stadt Halle", "des Polizeipräsidiums Ravensburg")
		}
		if j+n < len(d.toks) && d.toks[j+n].Kind == lang.Word && startsUpperRune(d.toks[j+n].Text) {
			if d.is(d.l.placeHeads, j+n) {
				return // "Clark County": a place of its kind, read as one (headedPlaceAt)
			}
			continue // the start of a longer name
		}
		times++
		if name == "" && !isAcronymText(d.toks[j].Text) {
			name = d.span(j, j+n)
		}
	}
	if times < 2 || name == "" {
		return
	}
	d.openTowns = append(d.openTowns, openTown{words: words, named: &lang.Named{Name: name, Kind: "city"}})
}

// wordsAt: the tokens from k are words, in lower case.
func (d *doc) wordsAt(k int, words []string) bool {
	if k+len(words) > len(d.toks) {
		return false
	}
	for i, w := range words {
		if d.toks[k+i].Lower != w {
			return false
		}
	}
	return true
}

// openTownAt reads a town of findOpenTowns at token k, ending by e; not
// after a word for a district, which names the district ("im Landkreis
// Passau" after "die Stadt Passau").
func (d *doc) openTownAt(k, e int) (lang.Found, bool) {
	for _, t := range d.openTowns {
		if end := k + len(t.words); end <= e && d.wordsAt(k, t.words) {
			if named, ok := d.ending(d.l.placeNamedAfter, k); ok && named.Entry.Value != "" {
				return lang.Found{}, false
			}
			return lang.Found{Start: k, End: end, Named: t.named, Role: lang.AsName}, true
		}
	}
	return lang.Found{}, false
}

// lowerWordAt: token k is a word without a capital.
func (d *doc) lowerWordAt(k int) bool {
	return k < len(d.toks) && d.toks[k].Kind == lang.Word && !startsUpperRune(d.toks[k].Text)
}
