package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// nounKind is what kind of thing a counted noun names.
type nounKind uint8

const (
	nounNone      nounKind = iota
	nounTroops             // Soldaten, troops
	nounPersonnel          // Polizisten, firefighters: deployed personnel
	nounPeople             // Menschen, civilians, Tote
	nounDemonym            // Nordkoreaner, Palestinians
	nounThing              // Gebäude, buildings, hectares
)

// counted is what a figure counts.
type counted struct {
	kind      nounKind
	noun      int // token of the head noun; -1 when there is none
	subject   string
	metric    claimdiff.Metric
	increment string // "weitere", "additional" as printed
	own       bool   // "498 of its troops": the speaker's own
	byDefault bool   // nothing in its clause said what befell it
	open      bool   // its noun is one the data does not list
}

// partitiveWhole reads the figure after "von"/"of" and what it counts.
func (d *doc) partitiveWhole(k, e int) (counted, bool) {
	for j := k; j < e && j < k+3; j++ {
		f, ok := d.figureAt(j, e)
		if !ok {
			continue
		}
		c, ok := d.whatCounted(&f, sentence{start: j, end: e}, nil, nil, -1)
		return c, ok && (c.noun >= 0 || c.metric != claimdiff.Other && c.metric != "")
	}
	return counted{}, false
}

func (d *doc) isDeterminer(j int) bool {
	return d.is(d.l.determiners, j)
}

func (d *doc) isArticle(j int) bool {
	return d.is(d.l.articles, j)
}

// countedNoun reads a counted noun at token k: its kind, its subject and
// how many tokens it takes.
func (d *doc) countedNoun(k, e int) (nounKind, string, int) {
	l := d.l
	// "40 Schwer- und 15 Schwerstverletzte", "Schwer- oder Leichtverletzte":
	// the first half of a compound whose second half the next one carries.
	if k+3 < e && d.toks[k].Kind == lang.Word && d.toks[k+1].Text == "-" && !d.toks[k+1].Space &&
		(d.isConjunction(k+2) || d.is(l.casualtyOr, k+2)) {
		j := k + 3
		if d.toks[j].Kind == lang.Number && j+1 < e {
			j++
		}
		if kind, subj, _ := d.countedNoun(j, e); kind != nounNone {
			return kind, subj, 1
		}
	}
	for _, x := range l.countedSets {
		if m, ok := d.at(x.set, k, e); ok {
			subj := m.Entry.Value
			if subj == "" {
				subj = strings.ToLower(d.span(m.Start, m.End))
			}
			return x.kind, subj, m.End - m.Start
		}
	}
	if p, ok := d.place(k, e); ok && p.Role == lang.AsDemonym {
		return nounDemonym, strings.ToLower(p.Named.Adjective) + "s", p.End - p.Start
	}
	if k < e && d.toks[k].Kind == lang.Word && d.isNounLike(k) {
		if kind, subj := d.nounByHead(d.toks[k].Lower); kind != nounNone {
			return kind, subj, 1
		}
	}
	if m := d.metricAt(k, e); m != "" && m != claimdiff.Troops && d.isNounLike(k) {
		return nounPeople, d.metricSubject(m), 1
	}
	return nounNone, "", 0
}

// metricSubject is the subject of a bare casualty noun: "97 Tote" counts people.
func (d *doc) metricSubject(claimdiff.Metric) string { return "people" }

// isNounLike: a word that is a noun — capitalized where every noun is,
// else one of the metric words the data marks as nouns ("deaths").
func (d *doc) isNounLike(k int) bool {
	t := &d.toks[k]
	if d.l.grammar.CapitalizesNouns() {
		return startsUpperRune(t.Text)
	}
	return d.is(d.l.metricNouns, k)
}

// isOpenNoun: a noun the lexicon does not list but that a figure plainly
// counts — in German any capitalized word that is not a place, a month or
// a weekday; in English a plural word.
func (d *doc) isOpenNoun(k int, f *figure) bool {
	t := &d.toks[k]
	if t.Kind != lang.Word {
		return false
	}
	if d.is(d.l.months, k) || d.is(d.l.weekdays, k) {
		return false
	}
	if _, ok := d.place(k, len(d.toks)); ok {
		return false
	}
	if d.l.grammar.CapitalizesNouns() {
		return startsUpperRune(t.Text) && !d.is(d.l.stop, k)
	}
	return d.l.grammar.MayBePluralNoun(t.Lower) && !d.is(d.l.stop, k)
}

// isModifier: a word that may stand between a figure and its noun — an
// adjective, a participle, "other".
func (d *doc) isModifier(k int) bool {
	t := &d.toks[k]
	if d.is(d.l.nounAdverbs, k) {
		return true // "57 zuvor gerettete Menschen"
	}
	if t.Kind != lang.Word || d.is(d.l.stop, k) {
		return false
	}
	if d.is(d.l.prepositions, k) || d.l.isVerbForm(t.Lower) {
		return false
	}
	if d.l.grammar.CapitalizesNouns() {
		return !startsUpperRune(t.Text) // adjectives are the words without a capital
	}
	return true
}

// nounBeforeParenthesis reads a figure alone in parentheses: it counts
// the noun before them ("fewer participants (250,000)"), or what the figure
// before it in the sentence counts ("Syrien (3.400), Serbien (2.400)",
// "but the ministry more (118,500)").
func (d *doc) nounBeforeParenthesis(f *figure, s sentence, prev *claimdiff.Claim, c *counted) bool {
	if f.start-1 <= s.start || f.end >= s.end || d.toks[f.start-1].Text != "(" || d.toks[f.end].Text != ")" {
		return false
	}
	open := f.start - 1
	for k := open - 1; k >= s.start && k >= open-3; k-- {
		if d.toks[k].Kind != lang.Word {
			break
		}
		if kind, subj, _ := d.countedNoun(k, open); kind != nounNone {
			c.kind, c.noun, c.subject = kind, k, subj
			if kind == nounThing {
				c.metric = claimdiff.Other
			}
			return true
		}
	}
	if prev == nil {
		// "Hauptherkunftsländer der Antragsteller waren Syrien (3.400), …":
		// a list of places with their figures counts the sentence's people.
		if _, ok := d.place(open-1, open); !ok {
			return false
		}
		for k := s.start; k < open; k++ {
			if kind, subj, _ := d.countedNoun(k, open); kind == nounPeople || kind == nounTroops || kind == nounPersonnel {
				c.kind, c.noun, c.subject = kind, k, subj
				return true
			}
		}
		return false
	}
	c.kind, c.subject, c.metric = nounPeople, prev.Subject, prev.Metric
	return true
}

// attributionFollows: at token k begins an attribution clause — ", sagte
// er", ", wie die Polizei mitteilte", ", the ministry said".
func (d *doc) attributionFollows(k, e int) bool {
	if k >= e {
		return false
	}
	if d.isVerbCue(k) {
		return true
	}
	if m, ok := d.at(d.l.framePhrases, k, e); ok {
		if d.l.phraseKind(m.Entry) == framePrep {
			return true
		}
	}
	// ", the ministry said": a cue verb within the next few words.
	for j := k + 1; j < k+5 && j < e; j++ {
		if d.toks[j].Kind == lang.Punct {
			return false
		}
		if d.isVerbCue(j) {
			return true
		}
	}
	return false
}

// knownThing: the noun at k is one the lexicon counts.
func (d *doc) knownThing(k, e int) bool {
	if k < 0 {
		return false
	}
	_, ok := d.at(d.l.countedThings, k, e)
	return ok
}

// endsClause: nothing follows the figure in its clause: "laut CGT 3,5
// Millionen.", "stieg auf 28 858."
func (d *doc) endsClause(f *figure, s sentence) bool {
	if f.end >= s.end {
		return true
	}
	switch d.toks[f.end].Text {
	case ",", ".", ";", ":", "!", "?", "“", "”", "\"":
		return true
	}
	return false
}

// continuesList: the figure stands in a list after another figure of the
// sentence — "83 Palästinenser getötet und 125 weitere verletzt", "19 in
// California, three in Oregon and one in Washington state", "darunter 11.000".
func (d *doc) continuesList(f *figure, s sentence) bool {
	for k := f.start - 1; k >= s.start && k >= f.start-12; k-- {
		t := &d.toks[k]
		if t.Kind == lang.Number || !f.weak && d.is(d.l.numbers, k) { // "…, four in Alapuzha and one in Palakkad"
			return true
		}
		if t.Text == "." || t.Text == ";" || d.is(d.l.totalWords, k) {
			return false // "…, die Zahl der Verletzten ist auf 2.059 gestiegen": a total of its own
		}
	}
	return false
}

// nounBefore finds the counted noun of a total printed before the figure:
// "die Zahl der Todesopfer … liegt bei 157", "the death toll rose to 3,381".
func (d *doc) nounBefore(f *figure, s sentence, prevs []*claimdiff.Claim, c *counted) bool {
	// "die Zahl der Palästinenser, die … getötet wurden", "the number of
	// troops killed or wounded": the noun after the word for a total, the
	// total nearest the figure ("die Zahl der Toten liegt bei 20, die Zahl
	// der Verletzten bei 45").
	for z := f.start - 1; z >= s.start; z-- {
		if !d.is(d.l.totalWords, z) {
			continue
		}
		for k := z + 1; k < f.start && k <= z+6; k++ {
			if d.is(d.l.prepositions, k) && !d.is(d.l.partitive, k) && !d.is(d.l.genitive, k) {
				break // "the death toll in all provinces": where, not what
			}
			kind, subj, n := d.countedNoun(k, f.start)
			if kind == nounNone && k == z+2 && (d.is(d.l.partitive, z+1) || d.is(d.l.genitive, z+1)) &&
				d.isOpenNoun(k, f) {
				// "die Zahl der Evakuierten": a noun the data does not list.
				kind, subj, n = nounPeople, lang.Lower(d.toks[k].Text), 1
			}
			if kind == nounNone {
				continue
			}
			if kind == nounThing {
				// "the total number of valid votes cast was 13,432,857".
				c.kind, c.subject, c.metric = kind, subj, claimdiff.Other
				return true
			}
			c.kind, c.subject = kind, subj
			if adj := d.adjectiveBefore(k, z+1); adj != "" && kind != nounDemonym {
				c.subject = adj + " " + subj // "die Zahl nordkoreanischer Streitkräfte"
			}
			if m := d.metricAt(k, f.start); m != "" && m != claimdiff.Troops {
				c.metric = m
			} else if m := d.metricBetween(z+1, k); m != "" && m != claimdiff.Troops {
				c.metric = m // "die Zahl der getöteten Soldaten": the participle before the noun
			} else if m := d.metricBetween(k+n, f.start); m != "" {
				c.metric = m
			}
			return true
		}
	}
	for k := f.start - 1; k >= s.start; k-- {
		if d.toks[k].Kind == lang.Number && inClaims(d.toks[k].Start, prevs) {
			return false
		}
		if kind, subj, _ := d.countedNoun(k, f.start); kind != nounNone {
			if kind == nounThing {
				return false
			}
			c.kind, c.subject = kind, subj
			if adj := d.adjectiveBefore(k, s.start); adj != "" && kind != nounDemonym {
				c.subject = adj + " " + subj
			}
			if m := d.metricAt(k, f.start); m != "" && m != claimdiff.Troops {
				c.metric = m
			} else if m := d.metricBetween(k+1, f.start); m != "" {
				// "die Zahl der Palästinenser, die … getötet wurden, … auf 28 858".
				c.metric = m
			}
			// "Police estimated the crowd at 15,000", "bezifferte die Menge
			// auf", "a crowd of 93,000".
			return d.totalWithoutNoun(f, s) || d.metricAt(k, f.start) != "" ||
				d.is(d.l.estimateAt, f.start-1) && k >= f.start-3 ||
				k == f.start-2 && d.is(d.l.partitive, f.start-1) && kind == nounPeople
		}
	}
	return false
}

// nounAfterParticiple reads the counted noun after an attributive
// participle, past up to two nationality adjectives or modifiers:
// "getöteten (ukrainischen) Soldaten", "getöteten Nordkoreanern". It
// returns the noun's kind, subject, token, length and the adjective.
func (d *doc) nounAfterParticiple(k, e int) (kind nounKind, subj string, at, n int, adj string) {
	for j := k; j < e && j < k+3; j++ {
		if kind, subj, n := d.countedNoun(j, e); kind != nounNone && kind != nounThing {
			return kind, subj, j, n, adj
		}
		if p, ok := d.place(j, e); ok && p.Role == lang.AsAdjective {
			adj = strings.ToLower(p.Named.Adjective)
			j = p.End - 1
			continue
		}
		if !d.isModifier(j) {
			break
		}
	}
	return nounNone, "", -1, 0, ""
}

// adjectiveBefore is the nationality adjective among the two tokens before
// the noun at k, not before from: "nordkoreanischer Streitkräfte".
func (d *doc) adjectiveBefore(k, from int) string {
	for j := k - 1; j >= from && j >= k-2; j-- {
		if p, ok := d.place(j, k); ok && p.Role == lang.AsAdjective {
			return strings.ToLower(p.Named.Adjective)
		}
	}
	return ""
}

// sender is the nationality of troops a country sends: in the figure's
// clause a deployment verb and a country (or its capital) named outside a
// preposition — "Nordkorea entsandte mehr als 10.000 Soldaten",
// "Pjöngjang habe 12.000 Soldaten entsandt", "Russia has deployed 50,000
// troops". Where the troops go ("nach Russland") is no sender.
func (d *doc) sender(f *figure, s sentence) string {
	start := d.clauseStart(f.start, s.start)
	end := f.end
	for end < s.end && d.toks[end].Text != "," && d.toks[end].Text != ";" {
		end++
	}
	verb := false
	for k := start; k < end && !verb; k++ {
		verb = d.metricAt(k, end) == claimdiff.Troops
	}
	if !verb {
		return ""
	}
	for k := start; k < end; k++ {
		if k >= f.start && k < f.end {
			continue
		}
		p, ok := d.place(k, end)
		if !ok || p.Role != lang.AsName {
			continue
		}
		if k > s.start && (d.is(d.l.prepositions, k-1) || d.is(d.l.locative, k-1) || d.is(d.l.partitive, k-1)) {
			k = p.End - 1
			continue
		}
		n := p.Named
		if n.Kind == "city" {
			n = lang.Places().Lookup(n.Parent) // a capital for its country
		}
		if n != nil && n.Kind == "country" && n.Adjective != "" {
			return strings.ToLower(n.Adjective)
		}
		k = p.End - 1
	}
	return ""
}

func inClaims(off int, claims []*claimdiff.Claim) bool {
	for _, c := range claims {
		if off >= c.Span.Start && off < c.Span.End {
			return true
		}
	}
	return false
}

// totalWithoutNoun: the sentence speaks of a number, total or toll that the
// figure gives ("die Zahl … auf 110", "the toll rose to 55").
func (d *doc) totalWithoutNoun(f *figure, s sentence) bool {
	return d.wordIn(d.l.totalWords, s.start, f.start)
}

// subjectPosition: the figure opens its sentence or clause, where German
// and English put the subject: "Fast 150 000 seien in Griechenland angelandet."
func (d *doc) subjectPosition(f *figure, s sentence) bool {
	start := d.clauseStart(f.start, s.start)
	for start < f.start && d.toks[start].Kind == lang.Punct {
		start++ // an opening quote: "„Mindestens 10.000“ seien …"
	}
	if f.start > s.start && d.is(d.l.complementizers, f.start-1) {
		return true // "reported that 150,000 rallied"
	}
	return f.start == start
}

func (d *doc) unitName(f *figure) string {
	set := d.l.unitArea
	if f.unitKind == unitCurrency {
		set = d.l.currency
	}
	if e, ok := set.Has(lang.Lower(f.unit)); ok && e.Value != "" {
		return e.Value
	}
	return lang.Lower(f.unit)
}

func dedupe(list []string) []string {
	seen := map[string]bool{}
	out := list[:0]
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func startsUpperRune(s string) bool {
	if len(s) > 0 && s[0] < 0x80 {
		return s[0]-'A' < 26 // small enough to be inlined for the common case
	}
	return startsUpperBeyondASCII(s)
}

func startsUpperBeyondASCII(s string) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// nounAfterTotal reads the noun a figure counts after a word for a total
// that follows it: "estime à 120 000 le nombre de manifestants".
func (d *doc) nounAfterTotal(f *figure, s sentence, c *counted) bool {
	k := f.end
	if d.isArticle(k) {
		k++
	}
	if k >= s.end || !d.is(d.l.totalWords, k) {
		return false
	}
	k++
	if k < s.end && (d.is(d.l.partitive, k) || d.is(d.l.genitive, k)) {
		k++
	}
	if d.isArticle(k) {
		k++
	}
	if kind, subj, _ := d.countedNoun(k, s.end); kind != nounNone {
		c.kind, c.noun, c.subject = kind, k, subj
		return true
	}
	if k < s.end && d.isOpenNoun(k, f) {
		c.kind, c.noun, c.open, c.subject = nounThing, k, true, lang.Lower(d.toks[k].Text)
		return true
	}
	return false
}

// nounOfLaterFigure gives a figure without a noun the noun of the next
// figure of its sentence, when that one has one of the data's.
func (d *doc) nounOfLaterFigure(f *figure, s sentence, nextFig int, c *counted) bool {
	if nextFig < 0 {
		return false
	}
	for _, g := range d.figs[d.sentenceOf(d.toks[f.start].Start)] {
		if g.start != nextFig {
			continue
		}
		if kind, subj, _ := d.countedNoun(g.end, s.end); kind != nounNone && kind != nounThing {
			c.kind, c.noun, c.subject = kind, g.end, subj
			return true
		}
	}
	return false
}

// conjunctionBefore: a conjunction opens the figure's clause, within the
// three tokens before it: "… and 52 others were pulled out".
func (d *doc) conjunctionBefore(f *figure, s sentence) bool {
	for k := f.start - 1; k >= s.start && k >= f.start-3; k-- {
		if d.isConjunction(k) {
			return true
		}
		if d.toks[k].Kind == lang.Punct {
			return false
		}
	}
	return false
}

// weakCounts: a weak figure ("ein", "eine") stands before what a toll
// counts — a counted noun or a casualty noun, perhaps after two modifiers
// ("ein weiterer Mitarbeiter", "ein Kind") — and not before a noun counted
// nowhere ("bei einem Angriff").
func (d *doc) weakCounts(f *figure, e int) bool {
	for k := f.end; k < e && k <= f.end+2; k++ {
		if kind, _, _ := d.countedNoun(k, e); kind != nounNone {
			return true
		}
		if !d.isModifier(k) {
			return false
		}
	}
	return false
}

// countedSet is a section of counted nouns and the kind it counts.
type countedSet struct {
	set  *lang.Set
	kind nounKind
}

// nounByHead reads a noun the data does not list by what the grammar says
// it may be read as: a form of a listed noun ("Säcken" are Säcke), or a
// compound ending in one of [compound-heads] ("Erstanträge" are Anträge),
// whose first part may say which kind ("Masern-Fälle" are measles cases)
// or whose they are ("US-Soldaten" are US troops).
// Only listed heads end compounds, so that "Baustellen" are no Stellen.
func (d *doc) nounByHead(w string) (nounKind, string) {
	l := d.l
	d.heads = l.grammar.NounHeads(w, d.heads[:0])
	base := w // the form the heads are parts of
	for _, head := range d.heads {
		whole := len(head) >= len(w)-1 && strings.HasPrefix(w, head) // the word itself, in another form
		if whole {
			base = head
		} else if !has(l.compoundHeads, head) {
			continue
		}
		for _, x := range l.countedSets {
			en, ok := x.set.Has(head)
			if !ok {
				continue
			}
			subj := en.Value
			if subj == "" {
				subj = head
			}
			if !whole {
				from := base
				if !strings.HasSuffix(from, head) {
					from = w
				}
				prefix := strings.TrimSuffix(strings.TrimSuffix(from, head), "-")
				if m, ok := l.kindModifiers.Has(prefix); ok && m.Value != "" {
					subj = m.Value + " " + subj
				} else if n := lang.Places().Lookup(prefix); n != nil && n.Kind == "country" && n.Adjective != "" && x.kind != nounThing {
					subj = strings.ToLower(n.Adjective) + " " + subj // "US-Soldaten": US troops
				}
			}
			return x.kind, subj
		}
	}
	return nounNone, ""
}
