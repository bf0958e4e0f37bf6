package extract

import (
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// The metric of a figure — killed, wounded, missing, captured, troops,
// casualties, other — from the cue words of its own clause and list.

// metricOrder is the order metric cues are tried in: the specific before
// the general, so that "Todesopfer" is killed and not casualties.
var metricOrder = []claimdiff.Metric{claimdiff.Killed, claimdiff.Wounded, claimdiff.Missing,
	claimdiff.Captured, claimdiff.Casualties, claimdiff.Troops}

// whatCounted finds the noun a figure counts, the subject it makes and the
// metric. prevs are the claims read so far in the sentence, last is the
// last claim of the article before this sentence. ok is false when the
// figure counts nothing.
func (d *doc) whatCounted(f *figure, s sentence, prevs []*claimdiff.Claim, last *claimdiff.Claim, nextFig int) (counted, bool) {
	l := d.l
	c := counted{noun: -1}
	e := s.end

	if f.unitKind == unitArea || f.unitKind == unitCurrency {
		c.kind, c.metric = nounThing, claimdiff.Other
		c.subject = d.unitName(f)
		if f.unitKind == unitArea {
			if st := d.thingState(f.end, e); st != "" {
				c.subject = st + " " + c.subject // "1,800 hectares burned"
			}
		}
		return c, true
	}

	// The noun after the figure, past increment words, adjectives and
	// nationalities: "rund 2000 weitere nordkoreanische Soldaten".
	var mods []string
	kindMod := "" // a word that says which kind of the noun: "dengue" in "dengue cases"
	k := f.end
	skipped := 0
	for k < e && skipped < 5 {
		t := &d.toks[k]
		if t.Kind == lang.Punct {
			if strings.ContainsAny(t.Text, "„“\"”»«'’") {
				k++
				continue
			}
			break
		}
		if t.Kind == lang.Number {
			break
		}
		if m, ok := d.at(l.increment, k, e); ok && c.increment == "" && k == f.end {
			c.increment = d.span(m.Start, m.End)
			k = m.End
			continue
		}
		if d.is(l.partitive, k) && k == f.end && (f.vague || d.toks[f.numEnd-1].Kind == lang.Word) && !d.isDeterminer(k+1) {
			k++ // "tens of thousands of people", "Hunderten von Hitzetoten", "1,5 million de manifestants"
			continue
		}
		if d.is(l.partitive, k) && k+1 < e && d.isDeterminer(k+1) {
			if g, ok := d.partitiveWhole(k+2, e); ok {
				c.kind, c.noun, c.subject, c.metric = g.kind, g.noun, g.subject, g.metric
				break // "Five of the six killed"
			}
			c.own = d.is(l.ownDeterminers, k+1)
			k += 2 // "498 of its troops", "around 6,000 of its fighters' deaths"
			skipped++
			continue
		}
		if (d.is(l.partitive, k) || d.is(l.genitive, k)) && k == f.end {
			// "rund 8000 von insgesamt 10.000 … Soldaten", "800 der 1200
			// Lastwagen": the part counts what the whole counts.
			if g, ok := d.partitiveWhole(k+1, e); ok {
				c.kind, c.noun, c.subject = g.kind, g.noun, g.subject
				break
			}
		}
		if d.is(l.locative, k) && k+1 < e {
			// "10.000 in Russland vermuteten Soldaten": a place between.
			j := k + 1
			for j < e && j < k+3 && (d.is(l.stop, j) || d.isArticle(j)) {
				j++
			}
			if p, ok := d.place(j, e); ok && p.Role == lang.AsName {
				k = p.End
				skipped++
				continue
			}
		}
		if kind, subj, n := d.countedNoun(k, e); kind != nounNone {
			c.kind, c.noun, c.subject = kind, k, subj
			if kind == nounDemonym {
				mods = nil // the demonym carries the nationality
			}
			k += n
			break
		}
		if p, ok := d.place(k, e); ok && p.Role == lang.AsAdjective {
			mods = append(mods, strings.ToLower(p.Named.Adjective))
			k = p.End
			skipped++
			continue
		}
		if m := d.metricAt(k, e); m != "" {
			// "6000 getöteten Soldaten": a participle before its noun.
			if kind, subj, at, n, adj := d.nounAfterParticiple(k+1, e); kind != nounNone {
				c.kind, c.noun, c.subject = kind, at, subj
				if m != claimdiff.Troops {
					c.metric = m
				}
				if kind == nounDemonym {
					mods = nil
				} else if adj != "" {
					mods = append(mods, adj)
				}
				k = at + n
			}
			break // "47 verletzt", "55 dead"
		}
		if d.isOpenNoun(k, f) {
			c.kind, c.noun, c.open = nounThing, k, true
			c.subject = strings.ToLower(t.Text)
			if d.is(l.occurrenceUnits, k) {
				c.subject = "times" // "2031 Mal im Einsatz"
			}
			k++
			break
		}
		if m, ok := d.at(l.kindModifiers, k, e); ok && kindMod == "" {
			kindMod = m.Entry.Value // "1,700 dengue cases": which cases
			k = m.End
			skipped++
			continue
		}
		if m, ok := d.at(l.thingStates, k, e); ok && kindMod == "" {
			kindMod = m.Entry.Value // "300 destroyed homes"
			k = m.End
			skipped++
			continue
		}
		if d.isModifier(k) {
			k++
			skipped++
			continue
		}
		break
	}
	// Which kind, said after the noun: "Fälle von Dengue", "cases of
	// cholera", "cas de rougeole".
	if kindMod == "" && c.noun >= 0 && k < e && (d.is(l.partitive, k) || d.is(l.genitive, k)) {
		j := k + 1
		if d.isArticle(j) {
			j++
		}
		if m, ok := d.at(l.kindModifiers, j, e); ok {
			kindMod = m.Entry.Value
		}
	}
	// A nationality after the noun: "„50 Soldaten“ Nordkoreas", "soldiers of North Korea".
	if c.noun >= 0 && len(mods) == 0 && c.kind != nounDemonym {
		for j := k; j < k+3 && j < e; j++ {
			if d.toks[j].Kind == lang.Punct && !strings.ContainsAny(d.toks[j].Text, "„“\"”") {
				break
			}
			if p, ok := d.place(j, e); ok && p.Named.Kind == "country" && p.Role == lang.AsName && strings.HasSuffix(d.toks[p.End-1].Lower, "s") {
				mods = append(mods, strings.ToLower(p.Named.Adjective))
				break
			}
		}
	}

	var prevClaim *claimdiff.Claim
	if len(prevs) > 0 {
		prevClaim = prevs[len(prevs)-1]
	}
	// No noun: a list that shares one ("83 Palästinenser getötet und 125
	// weitere verletzt"), or a total whose noun stands before ("die Zahl der
	// Toten stieg auf 28 858").
	if c.noun < 0 {
		switch {
		case d.metricAfter(f, s, nextFig, 6) != "" && (prevClaim == nil || !d.continuesList(f, s)) && c.increment == "":
			// "47 verletzt", "another 1,000 had been injured", "Dozens are missing";
			// in a report on troops, `"several hundred" killed or wounded`
			// are troops.
			c.kind, c.subject = nounPeople, "people"
			if prevClaim != nil {
				c.subject = prevClaim.Subject
			} else if last != nil && strings.HasSuffix(last.Subject, "troops") {
				c.subject = last.Subject
			}
		case c.increment != "" && prevClaim == nil && d.metricAfter(f, s, nextFig, 12) != "":
			// "23 weitere wurden verletzt": its own verb.
			c.kind, c.subject = nounPeople, "people"
			c.metric = d.metricAfter(f, s, nextFig, 12)
		case prevClaim != nil && (d.continuesList(f, s) || c.increment != ""):
			c.subject, c.kind = prevClaim.Subject, nounPeople
			c.metric = prevClaim.Metric
			if prevClaim.Metric == claimdiff.Troops {
				c.kind = nounTroops
			}
			// Its own verb first: right before it ("verschleppten 250
			// weitere", "injured 40 others"), else after it ("50 Soldaten
			// vernichtet und 47 verletzt").
			if m := d.metricAt(f.start-1, f.start); m != "" && m != claimdiff.Troops {
				c.metric = m // "and injured more than 3,000 - …": the verb right before it
			} else if m := d.metricAfter(f, s, nextFig, 12); m != "" && m != claimdiff.Troops {
				c.metric = m
			} else if !f.weak && d.peopleVerbInConjunct(f, s, nextFig) {
				c.metric = claimdiff.Other // "… getötet und mehr als 14 Millionen vertrieben"
			}
		case !f.weak && d.peopleVerbInConjunct(f, s, nextFig):
			// "4.5 million have been internally displaced", "displaced
			// more than two million": the verb says they are people.
			c.kind, c.subject, c.metric = nounPeople, "people", claimdiff.Other
		case d.nounBeforeParenthesis(f, s, prevClaim, &c):
		case d.nounAfterTotal(f, s, &c):
		case d.nounBefore(f, s, prevs, &c):
		case d.totalWithoutNoun(f, s) && (last != nil || !s.headline && d.metricBetween(d.clauseStart(f.start, s.start), f.start) != ""):
			c.subject, c.kind = "people", nounPeople
			if last != nil {
				c.subject, c.metric = last.Subject, last.Metric
			}
			// "The official death toll … stands at 30": the total says what it counts.
			if m := d.metricBetween(d.clauseStart(f.start, s.start), f.start); m != "" {
				c.metric = m
			}
		case (d.subjectPosition(f, s) && f.qual != claimdiff.Vague || d.endsClause(f, s)) && last != nil:
			// "Fast 150 000 seien in Griechenland angelandet", "laut CGT 3,5 Millionen."
			c.subject, c.metric, c.kind = last.Subject, last.Metric, nounPeople
		case d.endsClause(f, s) && d.nounOfLaterFigure(f, s, nextFig, &c):
			// "Die Polizei sprach von 50.000, die Veranstalter von 130.000
			// Teilnehmern": the noun of the figure it is set against.
		case d.speechObject(f, s) && d.crowdKind() != "":
			// "Von 4000 bis 5000 spricht die Polizei" in a report on a
			// rally: the crowd.
			c.kind, c.subject, c.metric = nounPeople, d.crowdKind(), claimdiff.Other
		default:
			return c, false
		}
	}

	// "498 of its troops have been killed and a further 1,597 wounded": a
	// bare casualty noun continuing a list counts what the list counts.
	if c.noun >= 0 && c.subject == "people" && prevClaim != nil && prevClaim.Subject != "people" &&
		(f.increment || c.increment != "" || d.continuesList(f, s)) && d.metricAt(c.noun, e) != "" {
		c.subject = prevClaim.Subject
		if prevClaim.Metric == claimdiff.Troops || strings.HasSuffix(prevClaim.Subject, "troops") {
			c.kind = nounTroops
		}
	}
	// The metric: from the noun, else from the verbs around the figure. A
	// thing counted ("hundreds of homes destroyed") is no casualty.
	if c.kind == nounThing && c.metric == "" {
		c.metric = claimdiff.Other
		if c.noun >= 0 {
			if m := d.metricAt(c.noun, e); m != "" && m != claimdiff.Troops {
				c.metric = m
			}
		}
		if c.metric == claimdiff.Other && c.open {
			// A noun the data does not know may count people: what befell
			// them, before the next figure, says so ("15 Militärpolizisten
			// wurden getötet"), or else its whole does (byDefault).
			m := d.metricNear(f, s, nextFig)
			if m == "" && d.pairedWithNext(f, nextFig) {
				m = d.sharedMetric(nextFig, s) // "23 rebels and 47 civilians were killed"
			}
			if m != "" && m != claimdiff.Troops {
				c.metric = m
			} else {
				c.byDefault = true
			}
		}
		if f.words && !f.vague && f.value <= 12 && !d.knownThing(c.noun, e) && !d.l.grammar.CapitalizesNouns() && f.start > s.start &&
			(d.isArticle(f.start-1) || d.is(d.l.determiners, f.start-1)) {
			// "the two warring sides": a plural without a capital is no
			// sure noun, and an article before a small number refers to
			// things known rather than counting them ("said seven
			// tornadoes had touched down" counts)
			return c, false
		}
	}
	if c.kind != nounThing && (c.metric == "" || c.metric == claimdiff.Other || c.metric == claimdiff.Troops) {
		if c.noun >= 0 {
			if m := d.metricAt(c.noun, e); m != "" && m != claimdiff.Troops {
				c.metric = m
			}
		}
		if c.metric == "" && c.noun >= 0 && c.kind == nounPeople && !f.weak && d.peopleVerbInConjunct(f, s, nextFig) {
			// "…, with more than 9,000 people affected": the figure's own
			// verb says what befell them, not a toll the sentence gave before.
			c.metric = claimdiff.Other
		}
		if c.metric == "" || c.metric == claimdiff.Other || c.metric == claimdiff.Troops && c.noun < 0 {
			if m := d.metricAround(f, s, nextFig); m != "" && (m != claimdiff.Troops || c.kind == nounDemonym) &&
				!(c.kind == nounPersonnel && d.harmIsObject(f, s)) {
				c.metric = m
			}
		}
		if c.metric == "" && c.kind == nounPeople {
			// "Die Zahl der Todesopfer … beläuft sich auf 2.012 Personen":
			// the total the figure gives says what befell them.
			c.metric = d.totalMetric(f, s)
		}
		if (c.metric == "" || c.metric == claimdiff.Troops) && f.start > s.start && d.is(d.l.estimateAt, f.start-1) {
			// "bezifferte die russischen Verluste auf rund 1.340 Soldaten":
			// what was estimated says what befell them.
			if m := d.metricBetween(d.clauseStart(f.start, s.start), f.start-1); m != "" {
				c.metric = m
			}
		}
	}
	if c.metric == "" {
		c.byDefault = true
		switch c.kind {
		case nounTroops, nounPersonnel:
			c.metric = claimdiff.Troops
		default:
			c.metric = claimdiff.Other
		}
	}
	if f.weak && (c.kind == nounThing || c.kind == nounNone || c.metric == claimdiff.Other || c.metric == claimdiff.Troops) {
		return c, false // "ein Sprecher", "eine Frau" outside a toll
	}
	if c.subject == "" {
		c.subject = "people"
	}
	if c.kind == nounDemonym && (c.metric == claimdiff.Troops || prevClaim != nil && prevClaim.Metric == claimdiff.Troops && c.metric == claimdiff.Other) {
		// "fast 50.000 Soldaten, darunter 11.000 Nordkoreaner".
		c.subject = strings.TrimSuffix(c.subject, "s") + " troops"
		c.metric = claimdiff.Troops
	}
	if len(mods) == 0 && c.kind == nounTroops && c.subject == "troops" {
		if adj := d.sender(f, s); adj != "" {
			mods = append(mods, adj) // "Nordkorea entsandte 10.000 Soldaten"
		}
	}
	if kindMod == "" && c.kind == nounThing && c.noun >= 0 {
		kindMod = d.thingState(c.noun+1, e) // "300 Häuser wurden zerstört": destroyed houses
		if m, ok := d.at(l.thingStates, f.start-1, f.start); ok && kindMod == "" {
			kindMod = m.Entry.Value // "The fire destroyed 300 homes"
		}
	}
	if kindMod != "" && c.noun >= 0 && c.subject != "people" {
		c.subject = kindMod + " " + c.subject // "dengue cases", "measles patients"
	}
	if len(mods) > 0 && (c.kind == nounTroops || c.kind == nounPeople || c.kind == nounPersonnel) {
		c.subject = strings.Join(dedupe(mods), " and ") + " " + c.subject
	}
	return c, true
}

// metricAt returns the metric a cue at token k names, or "".
func (d *doc) metricAt(k, e int) claimdiff.Metric {
	if k < 0 || k >= e || !d.bits[k].Has(d.l.anyMetric) {
		return ""
	}
	for _, ms := range d.l.metrics {
		if _, ok := d.at(ms.set, k, e); ok {
			if d.negated(k) {
				return "" // "nicht oder nur minimal verletzt", "were not injured"
			}
			if k > 0 && k+1 < e && d.is(d.l.passiveAgent, k+1) && (d.is(d.l.documents, k-1) || d.framePhraseAt(k-1, e) == frameFigures) {
				return "" // "figures released by the city": what befell the figures, not "Nach Angaben starben"
			}
			return ms.m
		}
	}
	return ""
}

// negated: a negation stands among the four tokens before token k, in its
// clause.
func (d *doc) negated(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := &d.toks[j]
		if t.Kind == lang.Punct || t.Kind == lang.Number {
			return false
		}
		if d.is(d.l.negations, j) {
			return true
		}
	}
	return false
}

// metricAround looks for a metric cue in the figure's clause: first after
// it, up to the next figure that has a verb of its own, then before it. A
// killed cue and a wounded cue joined by "oder" make casualties.
func (d *doc) metricAround(f *figure, s sentence, nextFig int) claimdiff.Metric {
	if d.peopleVerbInConjunct(f, s, nextFig) {
		return "" // "getötet und 1,3 Millionen Menschen vertrieben": its own verb
	}
	if m := d.metricInPart(f, s, nextFig); m != "" {
		return m
	}
	if d.listFollows(f, nextFig) {
		return d.metricForward(f, s, nextFig, false)
	}
	return ""
}

// metricNear is metricAround within the figure's own part of a list.
func (d *doc) metricNear(f *figure, s sentence, nextFig int) claimdiff.Metric {
	if d.peopleVerbInConjunct(f, s, nextFig) {
		return "" // its own verb
	}
	return d.metricInPart(f, s, nextFig)
}

// metricInPart reads the cues of the figure's own part of a list.
func (d *doc) metricInPart(f *figure, s sentence, nextFig int) claimdiff.Metric {
	// Where an object follows its verb, the verb of an object stands
	// before it ("killed at least four people"), of a subject after it
	// ("At least 23 people have died"); else mostly after ("sind …
	// getötet worden").
	if d.l.grammar.ObjectFollowsVerb() && !d.subjectFirst(f, s) {
		if m := d.metricBefore(f, s); m != "" {
			return m
		}
		return d.metricForward(f, s, nextFig, true)
	}
	if m := d.metricForward(f, s, nextFig, true); m != "" {
		return m
	}
	if d.l.grammar.ObjectFollowsVerb() && d.subjectFirst(f, s) && d.conjunctionBefore(f, s) {
		return "" // "Three people drowned and 52 others were pulled out": its own clause
	}
	return d.metricBefore(f, s)
}

// peopleVerbInConjunct: a verb of the [people-verbs] — evacuated,
// displaced, rescued — stands in the figure's own part of a list or
// clause, between the conjunctions or commas around it: "affecting nearly
// 43 lakh people and claiming 15 lives".
func (d *doc) peopleVerbInConjunct(f *figure, s sentence, nextFig int) bool {
	bound := func(k int) bool {
		t := &d.toks[k]
		return d.isConjunction(k) || t.Kind == lang.Number || t.Kind == lang.Punct && t.Text != "-" && t.Text != "'" && t.Text != "’"
	}
	start := f.start
	for start > s.start && !bound(start-1) {
		start--
	}
	end := f.end
	for end < s.end && end != nextFig && !bound(end) {
		end++
	}
	for k := start; k < end; k++ {
		if k >= f.start && k < f.end {
			continue
		}
		if _, ok := d.at(d.l.peopleVerbs, k, end); ok {
			return true
		}
	}
	return false
}

// subjectFirst: the figure's noun phrase is followed by its verb
// ("people have died", "were killed", "dead"): a [subject-markers] word or
// a metric word within four tokens after it.
func (d *doc) subjectFirst(f *figure, s sentence) bool {
	k := f.end
	for k < s.end && k < f.end+4 {
		t := &d.toks[k]
		if d.is(d.l.subjectMarkers, k) {
			return true
		}
		if d.metricAt(k, s.end) != "" {
			return true
		}
		if t.Kind == lang.Punct && strings.ContainsAny(t.Text, "\"”’'»«") {
			k++ // `"several hundred" killed or wounded`
			continue
		}
		if t.Kind != lang.Word {
			return false
		}
		k++
	}
	return false
}

// listFollows: the next figure is joined to this one by "und", "and" or a
// comma, so that a verb after it may be theirs together.
func (d *doc) listFollows(f *figure, nextFig int) bool {
	if nextFig < 0 {
		return false
	}
	for k := f.end; k < nextFig; k++ {
		t := &d.toks[k]
		if d.isConjunction(k) || d.is(d.l.casualtyOr, k) || t.Text == "," || t.Text == "-" || t.Text == "–" {
			return true
		}
		if _, ok := d.at(d.l.partOf, k, nextFig); ok {
			return true
		}
	}
	return false
}

// pairedWithNext: the next figure follows this one's noun after a
// conjunction, nothing else between: "23 rebels and 47 civilians".
func (d *doc) pairedWithNext(f *figure, nextFig int) bool {
	if nextFig < 0 || nextFig-f.end > 4 || !d.isConjunction(nextFig-1) {
		return false
	}
	for k := f.end; k < nextFig-1; k++ {
		if d.toks[k].Kind != lang.Word || d.isVerbCue(k) {
			return false
		}
	}
	return true
}

// sharedMetric is the metric of the verb after the next figure and its
// noun, which a pair of figures shares: "23 rebels and 47 civilians were
// killed", but not "2400 cholera cases and 37 deaths", where the noun is
// the second figure's own.
func (d *doc) sharedMetric(next int, s sentence) claimdiff.Metric {
	j := d.figureEnd(next, s.end) // the next figure's noun
	for k := j + 1; k < s.end && k < j+8; k++ {
		if d.toks[k].Kind == lang.Punct && d.toks[k].Text != "-" {
			break
		}
		if m := d.metricAt(k, s.end); m != "" {
			return m
		}
	}
	return ""
}

func (d *doc) metricBefore(f *figure, s sentence) claimdiff.Metric {
	if f.start > s.start && d.is(d.l.placePrepositions, f.start-1) {
		return "" // "… deaths have been reported in 18 governorates": places, not what befell them
	}
	from := d.clauseStart(f.start, s.start)
	if f.start-from > 14 {
		from = f.start - 14
	}
	for k := f.start - 1; k >= from; k-- {
		if d.toks[k].Kind == lang.Number || d.is(d.l.complementizers, k) {
			break // ("A report released in July found that 3,000 troops …": the reported clause's own)
		}
		if m := d.metricAt(k, f.start); m != "" {
			return m
		}
	}
	return ""
}

// metricForward looks after the figure, up to the next figure when
// untilNext, else past it.
func (d *doc) metricForward(f *figure, s sentence, nextFig int, untilNext bool) claimdiff.Metric {
	e := s.end
	found := claimdiff.Metric("")
	foundAt := -1
	for k := f.end; k < e && k < f.end+30; k++ {
		if end := d.pastDashes(k, e); end > k {
			k = end - 1 // "Six members of one family -- a couple and their four children -- were killed"
			continue
		}
		if untilNext && k == nextFig {
			break
		}
		if k > f.end && d.isConjunction(k-1) && found == "" && nextFig > k && nextFig-k <= 3 && d.metricAt(k, e) != "" {
			break // "und verschleppten 250 weitere": the next figure's verb
		}
		if k > f.end+1 && found == "" && nextFig == k+1 && d.l.grammar.ObjectFollowsVerb() && d.metricAt(k, e) != "" {
			break // "…, who arrived on more than 40 motorcycles, also killed six residents": the verb of the figure after it
		}
		t := &d.toks[k]
		if t.Text == "." && d.toks[k-1].Kind == lang.Number && k+1 < e {
			continue // an ordinal's point: "zwischen dem 1. Januar und dem 15. August"
		}
		if t.Kind == lang.Punct && (t.Text == "." || t.Text == ";" || t.Text == "!" || t.Text == "?") {
			break
		}
		if t.Text == "," && (d.attributionFollows(k+1, e) || found == claimdiff.Troops || d.totalOpens(k+1, e)) {
			break // "…, die Zahl der Verletzten auf 2.059": another total's clause
		}
		if k == nextFig && found != "" {
			break
		}
		if k == nextFig && !d.truncatedBefore(f.end, nextFig) {
			// The next figure's own noun counts for it alone: "151
			// patients … 93 deaths", "20 Soldaten und 15 Tote"; but "40
			// Schwer- und 15 Schwerstverletzte" share it.
			k = d.figureEnd(nextFig, e)
			continue
		}
		if m := d.metricAt(k, e); m != "" {
			// Troops are what is counted; a verb in the clause may say what
			// befell them: "572 Soldaten und Soldatinnen getötet".
			if found == "" || found == claimdiff.Troops && m != claimdiff.Troops {
				found, foundAt = m, k
				if m == claimdiff.Killed || m == claimdiff.Wounded || m == claimdiff.Troops || m == claimdiff.Casualties {
					continue // look for "oder verletzt", for what befell the troops, or for the lives lost
				}
				break
			}
			if found == claimdiff.Casualties {
				if m == claimdiff.Killed && k-foundAt <= 8 {
					return m // "verloren … ihr Leben", "lost … their lives"
				}
				break
			}
			if found == claimdiff.Troops {
				continue
			}
			if (found == claimdiff.Killed && m == claimdiff.Wounded || found == claimdiff.Wounded && m == claimdiff.Killed) && d.joinedByOr(foundAt, k) {
				return claimdiff.Casualties
			}
			break
		}
		if nextFig >= 0 && k > nextFig+2 && found != "" {
			break
		}
	}
	return found
}

// figureEnd is the end of the figure that starts at token k, past the
// number tokens only when no figure of the sentence starts there.
func (d *doc) figureEnd(k, e int) int {
	if si := d.sentenceOf(d.toks[k].Start); si >= 0 {
		for _, f := range d.figs[si] {
			if f.start == k {
				return f.end
			}
		}
	}
	for k < e && d.toks[k].Kind != lang.Word {
		k++
	}
	return k
}

// pastDashes is the token after an aside set off by dashes that opens at
// token k ("-- a couple and their four children --", "— 98 soldiers, 139
// civilians and 65 rebels —"); k when none opens there.
func (d *doc) pastDashes(k, e int) int {
	isDash := func(j int) bool {
		t := d.toks[j].Text
		return d.toks[j].Kind == lang.Punct && (t == "-" || t == "–" || t == "—")
	}
	if !isDash(k) {
		return k
	}
	open := k
	for open+1 < e && isDash(open+1) {
		open++ // "--"
	}
	for j := open + 1; j < e && j <= open+16; j++ {
		if isDash(j) {
			for j+1 < e && isDash(j+1) {
				j++
			}
			return j + 1
		}
		if t := d.toks[j].Text; t == "." || t == ";" {
			break
		}
	}
	return k
}

// truncatedBefore: a compound cut short by a hyphen stands in [a, b):
// "Schwer-" in "40 Schwer- und 15 Schwerstverletzte".
func (d *doc) truncatedBefore(a, b int) bool {
	for k := a; k < b && k < len(d.toks); k++ {
		if t := d.toks[k].Text; t == "-" || strings.HasSuffix(t, "-") {
			return true
		}
	}
	return false
}

// isConjunction: token k joins two parts of a list or two clauses: "und",
// "and", "sowie", "while".
func (d *doc) isConjunction(k int) bool {
	return d.is(d.l.conjunctions, k)
}

// metricAfter is the first metric cue after the figure, before the next
// figure and the end of its clause, at most within words away, a
// parenthesis not counted.
func (d *doc) metricAfter(f *figure, s sentence, nextFig, within int) claimdiff.Metric {
	limit := f.end + within
	for k := f.end; k < s.end && k < limit; k++ {
		if t := &d.toks[k]; t.Kind == lang.Punct && strings.ContainsAny(t.Text, "\"”’'»«“") {
			continue // `"several hundred" killed`
		}
		if p := d.pastParenthesis(k, s.end); p > k {
			limit += p - k // "kurz nach Mitternacht (Ortszeit) verletzt"
			k = p - 1
			continue
		}
		if k == nextFig || d.toks[k].Kind == lang.Punct && d.toks[k].Text != "-" {
			break
		}
		if m := d.metricAt(k, s.end); m != "" {
			return m
		}
	}
	return ""
}

// metricBetween is the metric named in tokens [a, b), "killed or wounded"
// reading as casualties.
func (d *doc) metricBetween(a, b int) claimdiff.Metric {
	found, at := claimdiff.Metric(""), -1
	for k := a; k < b; k++ {
		m := d.metricAt(k, b)
		if m == "" || m == claimdiff.Troops {
			continue
		}
		if found == "" {
			found, at = m, k
			continue
		}
		if (found == claimdiff.Killed && m == claimdiff.Wounded || found == claimdiff.Wounded && m == claimdiff.Killed) && d.joinedByOr(at, k) {
			return claimdiff.Casualties
		}
		break
	}
	return found
}

func (d *doc) joinedByOr(a, b int) bool {
	if b == a+2 && d.is(d.l.casualtyAnd, a+1) {
		return true // "killed and wounded"
	}
	return d.wordIn(d.l.casualtyOr, a+1, min(b, a+4))
}

// totalOpens: a clause about a total opens at token k: "die Zahl der
// Verletzten", "the number of injured".
func (d *doc) totalOpens(k, e int) bool {
	if d.isArticle(k) {
		k++
	}
	return k < e && d.is(d.l.totalWords, k)
}

// totalMetric is the metric of the total nearest before figure f in its
// sentence that the figure gives ("die Zahl der Todesopfer … auf 2.012",
// "the death toll … to 442"); "" when no total stands before it.
func (d *doc) totalMetric(f *figure, s sentence) claimdiff.Metric {
	for z := f.start - 1; z >= s.start && z >= f.start-20; z-- {
		if d.toks[z].Kind == lang.Number {
			return ""
		}
		if !d.is(d.l.totalWords, z) {
			continue
		}
		for k := z - 2; k <= z+3 && k < f.start; k++ {
			if m := d.metricAt(max(k, s.start), f.start); m != "" && m != claimdiff.Troops {
				return m // "Zahl der Todesopfer", "death toll"
			}
		}
		return ""
	}
	return ""
}

// victimsDead reads the victims of an article that reports deaths and no
// injuries as the dead: "Unter den Opfern seien 65 Zivilisten", "die acht
// übrigen Opfer" after a toll of the killed are killed, not casualties of
// any kind.
func (d *doc) victimsDead(claims []claimdiff.Claim) {
	killed := false
	for i := range claims {
		switch claims[i].Metric {
		case claimdiff.Wounded:
			return
		case claimdiff.Killed:
			killed = true
		}
	}
	if !killed {
		return
	}
	for i := range claims {
		c := &claims[i]
		if c.Metric == claimdiff.Casualties && d.victimWordNear(c.Span) {
			c.Metric = claimdiff.Killed
		}
	}
}

// victimWordNear: a word for victims stands within six tokens of the
// figure at span, in its sentence.
func (d *doc) victimWordNear(span claimdiff.Span) bool {
	si := d.sentenceOf(span.Start)
	if si < 0 {
		return false
	}
	s := d.sents[si]
	first, end := d.tokenAt(span.Start), d.tokenAt(span.End) // the figure's tokens
	return d.wordIn(d.l.victimWords, max(s.start, first-6), min(s.end, end+6))
}

// speechObject: figure f is what a speech verb right beside it speaks of:
// "Von 4000 bis 5000 spricht die Polizei", "sprach von 4000".
func (d *doc) speechObject(f *figure, s sentence) bool {
	for j := f.end; j < s.end && j <= f.end+1; j++ {
		if d.isVerbCue(j) {
			return true
		}
	}
	for j := f.start - 1; j >= s.start && j >= f.start-3; j-- {
		if d.isVerbCue(j) {
			return true
		}
	}
	return false
}

// harmIsObject: the first harm word after the figure in its clause stands
// in a phrase of a preposition and an article — "350 Einsatzkräfte suchten
// nach den Vermissten", "rescuers searched for the missing": whom the
// personnel counted acted for, not what befell them.
func (d *doc) harmIsObject(f *figure, s sentence) bool {
	end := d.clauseEnd(f.end, s.end)
	for k := f.end; k < end; k++ {
		if d.metricAt(k, end) == "" {
			continue
		}
		return k >= 2 && d.isArticle(k-1) && d.is(d.l.prepositions, k-2)
	}
	return false
}

// thingState reads what befell counted things from a word of the
// thing-states section after their noun in its clause, before the next
// figure: "300 homes were destroyed", "1.200 Gebäude sind eingestürzt".
// Destroyed and damaged buildings are two quantities, not a dispute.
func (d *doc) thingState(k, e int) string {
	for j := k; j < e && j < k+8; j++ {
		t := &d.toks[j]
		if t.Kind == lang.Punct && t.Text != "-" || t.Kind == lang.Number || d.is(d.l.prepositions, j) {
			return "" // "300 homes near the flooded river": another noun's
		}
		if m, ok := d.at(d.l.thingStates, j, e); ok {
			return m.Entry.Value
		}
	}
	return ""
}
