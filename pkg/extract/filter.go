package extract

import (
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// notClaim says why a figure is not a claim — a date, a time, a year, an
// age, a calibre, an ordinal, a label, a measurement, a duration, a rate, a
// share, a planned figure, a count of speakers — or "" when it may be one.
// Whether it counts something is decided afterwards.
func (d *doc) notClaim(f *figure, sentStart, sentEnd int) string {
	l := d.l
	t := &d.toks[f.numStart]
	prev := d.tok(f.start - 1)
	next := d.tok(f.numEnd)
	if f.unitKind == unitCurrency && f.value < 1000 {
		return "price"
	}
	if f.unitKind == unitCurrency && d.convertsAmount(f, sentStart) {
		return "conversion" // "1m rupees ($11,700; £9,200)"
	}
	if t.Kind == lang.Number {
		if strings.Count(t.Text, ".")+strings.Count(t.Text, ",") >= 2 && !d.isGrouped(t.Text) {
			return "date" // "05.12.2024"
		}
		if next != nil && (next.Text == ":" || next.Text == "/") && !next.Space && d.tokKind(f.numEnd+1) == lang.Number {
			return "time or score" // "11:58", "3:1", "24/7"
		}
		if prev != nil && (prev.Text == ":" || prev.Text == "/") && !t.Space && d.tokKind(f.start-2) == lang.Number {
			return "time or score"
		}
		if prev != nil && prev.Kind == lang.Word && isCapitalized(prev.Text) && f.start-1 > sentStart &&
			next != nil && next.Kind == lang.Punct && strings.ContainsAny(next.Text, "“”\"»«") {
			return "name" // the ship „Humanity 1“, the "Sea Watch 3"
		}
		if next != nil && next.Text == "." && !next.Space && f.numEnd == f.end && d.ordinalStop(f.numEnd) {
			return "ordinal or date" // "am 6. August", "der 11. Luftlandebrigade"
		}
		if before := d.tok(f.numStart - 1); before != nil && !t.Space && (before.Kind == lang.Word || before.Text == "-" && d.tokKind(f.numStart-2) == lang.Word && !before.Space) {
			return "label" // "F-16", "G7"
		}
		if isYear(t.Text) && f.qual == "exact" && f.unitKind == noUnit && !d.countedFollows(f.numEnd, sentEnd) &&
			!(f.numEnd < sentEnd && d.is(l.occurrenceUnits, f.numEnd)) { // "2031 Mal im Einsatz"
			return "year"
		}
		// "Explosives Act 1875": a year or a number that names something,
		// right after a name's capitalized word (where a capital marks a
		// name, not every noun).
		if isYearLike(t.Text) && f.qual == "exact" && f.unitKind == noUnit && f.numStart-1 > sentStart && !l.grammar.CapitalizesNouns() &&
			d.nameWordBefore(f.numStart-1) && !d.countedNext(f.numEnd, sentEnd) && !d.countedFollows(f.numEnd, sentEnd) {
			return "label"
		}
		// "seit 2019 Hunderttausende", "arrived in 2023 were", "Sommer
		// 2023": after a word that stands before years, a year — unless
		// what it counts follows at once ("in 2000 Häusern").
		if isYear(t.Text) && f.qual == "exact" && f.unitKind == noUnit && f.numStart > sentStart &&
			d.is(l.yearBefore, f.numStart-1) && !d.countedNext(f.numEnd, sentEnd) {
			return "year"
		}
		// "1994-2017", "2014–2022": a span of years.
		if isYear(t.Text) && f.qual == claimdiff.Range && f.value2 != nil && isYearValue(*f.value2) && *f.value2 > f.value &&
			f.unitKind == noUnit && !d.countedFollows(f.numEnd, sentEnd) && !d.countedFollows(f.end, sentEnd) {
			return "years"
		}
	}
	// "39-jährige", "60-mm-Mörser", "25-second", "two-story".
	if next != nil && next.Text == "-" && !next.Space && f.numEnd == f.end {
		if after := d.tok(f.numEnd + 1); after != nil && !after.Space && after.Kind == lang.Word {
			return "compound modifier"
		}
	}
	if d.monthNear(f) {
		return "date"
	}
	if m, ok := d.ending(l.labelBefore, f.start); ok && m.Start >= sentStart && !d.countedFollows(f.end, sentEnd) && !d.countedNext(f.end, sentEnd) {
		return "label" // "Woche 23", but "in der Woche 28 Boote"
	}
	if f.unitKind == noUnit && f.numEnd < sentEnd {
		u := f.numEnd
		if u+2 < sentEnd && d.isConjunction(u) && d.toks[u+1].Kind == lang.Number {
			u += 2 // "im Alter von 67 und 71 Jahren": the unit after the second
		}
		if _, ok := d.at(l.unitTime, u, sentEnd); ok {
			return "duration or time"
		}
		if _, ok := d.at(l.unitMeasure, u, sentEnd); ok && !(f.value >= 100 && d.is(l.occurrenceUnits, u)) {
			return "measurement or share" // but "2031 Mal im Einsatz" counts call-outs
		}
		if _, ok := d.at(l.age, u, sentEnd); ok {
			return "age"
		}
	}
	if m, ok := d.ending(l.age, f.start); ok && m.Start >= sentStart {
		return "age" // "aged 37"
	}
	// "Ahmad Bahaa, 37, an engineer".
	if prev != nil && next != nil && prev.Text == "," && next.Text == "," && !f.words && f.value < 120 &&
		f.qual == "exact" && d.tokKind(f.start-2) == lang.Word && isCapitalized(d.toks[f.start-2].Text) {
		return "age"
	}
	if m, ok := d.ending(l.averageBefore, f.start); ok && m.Start >= sentStart {
		return "average" // "an average of 63 people crossing per boat"
	}
	for k := f.end; k < f.end+4 && k < sentEnd; k++ {
		if m, ok := d.at(l.rateAfter, k, sentEnd); ok && (m.Entry.Value != "ends" || d.tokKind(m.End) == lang.Punct && !d.is(l.prepositions, m.Start-1)) {
			return "rate" // "per boat"; "14,500 vehicles a day." — not "a day after", not "in a week"
		}
		if d.toks[k].Kind == lang.Punct {
			break
		}
	}
	// Small numbers in words after a preposition: "auf drei Fronten", "in zwei Teile".
	if f.words && !f.vague && f.value <= 12 && prev != nil && has(l.prepositions, prev.Lower) && f.qual == "exact" &&
		d.metricAt(f.end, sentEnd) == "" && !d.countedFollows(f.end, sentEnd) && d.metricAt(f.end+1, sentEnd) == "" &&
		(next == nil || !has(l.partitive, next.Lower)) && !d.knownThing(f.end, sentEnd) &&
		!d.totalWithoutNoun(f, sentence{start: sentStart, end: sentEnd}) { // "stieg die Zahl der Toten auf fünf"
		return "incidental number word" // but "unterstützt von zwei Löschhubschraubern" counts them
	}
	// "un nouveau bilan", "einen Bericht": one document or total, no count.
	if f.weak {
		for k := f.end; k < f.end+3 && k < sentEnd && d.toks[k].Kind == lang.Word; k++ {
			if d.is(l.totalWords, k) || d.is(l.documents, k) {
				return "one document"
			}
		}
	}
	// "eine aus Milizen hervorgegangene Armee": an article opening a noun
	// phrase that a preposition goes on, not the number one.
	if f.weak && next != nil && has(l.prepositions, next.Lower) && !has(l.partitive, next.Lower) && !d.countedCloses(f.numEnd, sentEnd) {
		return "article"
	}
	// "ein fünftes Todesopfer", "ein drittes Opfer": one more, the fifth.
	if f.weak && f.numEnd < sentEnd && d.is(l.ordinalWords, f.numEnd) {
		return "ordinal"
	}
	// "setzt dabei Einheiten ein“": a German verb particle at the end of a
	// clause, not the number one.
	if f.weak && (next == nil || next.Kind == lang.Punct) {
		return "verb particle"
	}
	// "spared no one", "keiner": a negated one counts nobody.
	if f.words && f.value == 1 && prev != nil && has(l.negations, prev.Lower) {
		return "nobody"
	}
	// "one of the survivors", "einer der Beamten"; "members of one family".
	if f.words && f.value == 1 && next != nil && (has(l.partitive, next.Lower) || has(l.genitive, next.Lower)) {
		return "partitive one"
	}
	if f.words && f.value == 1 && f.qual == "exact" && prev != nil && f.start-1 > sentStart && has(l.partitive, prev.Lower) && d.singularNounAt(f.end, sentEnd) {
		return "one of a kind" // "Six members of one family"
	}
	if d.prospective(f, sentStart, sentEnd) {
		return "prospective"
	}
	if d.speakerCount(f, sentStart, sentEnd) {
		return "count of speakers"
	}
	return ""
}

func (d *doc) tok(i int) *lang.Token {
	if i < 0 || i >= len(d.toks) {
		return nil
	}
	return &d.toks[i]
}

func (d *doc) tokKind(i int) lang.TokenKind {
	if t := d.tok(i); t != nil {
		return t.Kind
	}
	return lang.Punct
}

func (d *doc) isGrouped(s string) bool {
	sep := "."
	if strings.Contains(s, ",") && !strings.Contains(s, ".") {
		sep = ","
	}
	groups := strings.Split(s, sep)
	if len(groups[0]) > 3 {
		return false
	}
	thousands, indian := true, len(groups) > 2 && len(groups[0]) <= 2 && len(groups[len(groups)-1]) == 3
	for i, g := range groups[1:] {
		if len(g) != 3 {
			thousands = false
		}
		if i < len(groups)-2 && len(g) != 2 {
			indian = false // lakhs and crores: "4,82,00,660"
		}
	}
	return thousands || indian
}

// isYearValue: a whole number a year of the last two centuries might be.
func isYearValue(v float64) bool {
	return v == float64(int(v)) && v >= 1900 && v <= 2099
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	return (s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0')
}

// countedFollows: a counted noun or an increment word stands right after
// token i, so a year-like number is a count ("2000 Soldaten").
func (d *doc) countedFollows(i, e int) bool {
	l := d.l
	for k := i; k < i+3 && k < e; k++ {
		t := &d.toks[k]
		if has(l.increment, t.Lower) {
			return true
		}
		if d.is(l.numberStart, k) {
			return false // "am Frauenstreik 2019 Hunderttausende Frauen": another figure's noun
		}
		for _, set := range []*lang.Set{l.countedTroops, l.countedPersonnel, l.countedPeople} {
			if _, ok := d.at(set, k, e); ok {
				return true
			}
		}
		if t.Kind != lang.Word {
			return false
		}
	}
	return false
}

// countedNext: a counted noun, of people or of things, stands at token i,
// or after an increment word there ("2000 weitere Soldaten").
func (d *doc) countedNext(i, e int) bool {
	if i < e && has(d.l.increment, d.toks[i].Lower) {
		i++
	}
	kind, _, _ := d.countedNoun(i, e)
	return kind != nounNone
}

// monthNear: "June 23", "Feb. 7", "23 June", "7. Oktober".
func (d *doc) monthNear(f *figure) bool {
	if f.value > 31 || f.words {
		return false
	}
	if _, ok := d.ending(d.l.months, f.start); ok {
		return true
	}
	k := f.numEnd
	if t := d.tok(k); t != nil && t.Text == "." {
		k++
	}
	if t := d.tok(k); t != nil {
		if _, ok := d.l.months.Has(t.Lower); ok {
			return true
		}
	}
	return false
}

// prospective: a planned, wished-for or expected figure, marked in its
// clause before it ("will … entsenden", "expected to", "um … zu locken").
func (d *doc) prospective(f *figure, sentStart, sentEnd int) bool {
	from := d.clauseStart(f.start, sentStart)
	if f.start-from > 10 {
		from = f.start - 10
	}
	to := f.end + 8
	if to > sentEnd {
		to = sentEnd
	}
	for k := from; k < to; k++ {
		if k >= f.start && k < f.end {
			continue
		}
		if d.toks[k].Kind == lang.Punct && k > f.end {
			break
		}
		if k >= f.end && d.toks[k].Kind == lang.Number {
			break // "… at least 7.2 million displaced and some 2 million expected": the next figure's
		}
		if m, ok := d.at(d.l.prospective, k, to); ok {
			if k >= f.end && d.numberWithin(m.End, m.End+2, sentEnd) {
				break // "8,500 out of the expected 12,000": the next figure's mark
			}
			if vc, ok := d.verbAt(k, sentEnd, nil); ok && vc.need != "" {
				continue // "will … aufgebracht haben" claims, it does not plan
			}
			return true
		}
	}
	return false
}

// countedCloses: a counted noun closes the phrase opening at token i before
// its clause ends, within eight words: "ein an der Front eingesetzter
// Soldat".
func (d *doc) countedCloses(i, e int) bool {
	for k := i; k < e && k < i+8; k++ {
		if d.toks[k].Kind == lang.Punct {
			return false
		}
		if kind, _, _ := d.countedNoun(k, e); kind != nounNone {
			return true
		}
	}
	return false
}

// numberWithin: a number token stands in tokens [from, to) of a sentence
// that ends at e.
func (d *doc) numberWithin(from, to, e int) bool {
	for k := from; k < to && k < e; k++ {
		if d.toks[k].Kind == lang.Number {
			return true
		}
	}
	return false
}

// speakerCount: "zwei Diplomaten sagten", "two Egyptian diplomats told".
func (d *doc) speakerCount(f *figure, sentStart, sentEnd int) bool {
	for k := f.end; k < f.end+3 && k < sentEnd; k++ {
		if d.toks[k].Kind == lang.Punct {
			break // "killed 55 people, officials said": the speakers are not counted
		}
		if kind, _, _ := d.countedNoun(k, sentEnd); kind != nounNone {
			if _, ok := d.at(d.l.speakerNouns, k, sentEnd); !ok {
				break // "5,600 buildings Turkish officials said were destroyed"
			}
		}
		if m, ok := d.at(d.l.speakerNouns, k, sentEnd); ok {
			if f.start > sentStart {
				// "citing two security sources"; "…, ont indiqué deux
				// responsables locaux.": who speaks, counted — not "said
				// some 1,200 residents remained", whose clause goes on.
				if m, cue := d.ending(d.l.framePhrases, f.start); cue && d.l.phraseKind(m.Entry) == frameRelay {
					return true
				}
				if d.is(d.l.sayVerbs, f.start-1) && d.closesClause(m.End, sentEnd) {
					return true
				}
			}
			from := m.End
			// "Two senior officials, speaking on condition of anonymity,
			// said": past an aside between commas.
			if from < sentEnd && d.toks[from].Text == "," && f.start == d.clauseStart(f.start, sentStart) {
				for c := from + 1; c < sentEnd && c < from+10; c++ {
					if d.toks[c].Text == "," {
						from = c + 1
						break
					}
				}
			}
			for j := from; j < from+3 && j < sentEnd; j++ {
				if d.toks[j].Kind == lang.Punct {
					break // "killed 16 residents, police said": the next clause's speakers
				}
				if d.isVerbCue(j) && d.saysAt(j) {
					return true // (not "More than 200 residents were evacuated": an act)
				}
			}
			return false
		}
	}
	return false
}

// clauseStart returns the first token of the clause holding token i: after
// the last comma, semicolon, colon or dash before it, within the sentence.
func (d *doc) clauseStart(i, sentStart int) int {
	for k := i - 1; k >= sentStart; k-- {
		switch d.toks[k].Text {
		case ",", ";", ":", "–", "—":
			return k + 1
		case "-":
			if d.toks[k].Space && k+1 < len(d.toks) && d.toks[k+1].Space {
				return k + 1 // a hyphen set apart as a dash: "… Teilnehmern - die Schätzung …"
			}
		}
	}
	return sentStart
}

func isCapitalized(s string) bool {
	for _, r := range s {
		return r >= 'A' && r <= 'Z' || r >= 'À' && r <= 'Þ'
	}
	return false
}

// isYearLike: four digits from 1000 to 2099, without separators.
func isYearLike(s string) bool {
	return len(s) == 4 && (s[0] == '1' || s[0] == '2' && s[1] == '0') && strings.Trim(s, "0123456789") == ""
}

// nameWordBefore: token k is a capitalized word of a name, not a body,
// source or kind of body that might state a figure ("Polizei 2000").
func (d *doc) nameWordBefore(k int) bool {
	t := &d.toks[k]
	if t.Kind != lang.Word || !startsUpperRune(t.Text) || d.isFunctionWord(k) || d.isVerbCue(k) {
		return false
	}
	if _, ok := d.orgTypeAt(k, k+1); ok {
		return false
	}
	if _, ok := d.source(k, k+1); ok {
		return false
	}
	return !d.is(d.l.roles, k) && !d.is(d.l.officialHeads, k)
}

// singularNounAt: a word that, by the language's grammar, is no plural
// noun stands at token i: "one family".
func (d *doc) singularNounAt(i, e int) bool {
	if i >= e || d.toks[i].Kind != lang.Word || d.isFunctionWord(i) {
		return false
	}
	return !d.l.grammar.MayBePluralNoun(d.toks[i].Lower)
}

// convertsAmount: money figure f stands in a parenthesis right after
// another amount of money, which it converts: "1m rupees ($11,700;
// £9,200)".
func (d *doc) convertsAmount(f *figure, sentStart int) bool {
	for j := f.start - 1; j > sentStart && j >= f.start-6; j-- {
		t := &d.toks[j]
		switch {
		case t.Text == "(":
			return j-1 >= sentStart && (d.is(d.l.currency, j-1) || d.toks[j-1].Kind == lang.Number)
		case t.Kind == lang.Word && !d.is(d.l.currency, j):
			return false // "(im Vorjahr: 250 Millionen Euro)": words of their own, no conversion
		case t.Text == ")":
			return false
		}
	}
	return false
}

// closesClause: the clause ends at token k, or after one or two lower-case
// words there ("deux responsables locaux.").
func (d *doc) closesClause(k, sentEnd int) bool {
	for j := k; j <= k+2; j++ {
		if j >= sentEnd || d.toks[j].Kind == lang.Punct {
			return true
		}
		if t := &d.toks[j]; t.Kind != lang.Word || startsUpperRune(t.Text) || d.isVerbCue(j) {
			return false
		}
	}
	return false
}

// saysAt: the verb cue at token k may be a verb of saying, not only an
// act's ("evacuated", "arrested").
func (d *doc) saysAt(k int) bool {
	for _, vc := range d.l.verbs[d.toks[k].Lower] {
		if vc.kind != frameAct {
			return true
		}
	}
	return false
}
