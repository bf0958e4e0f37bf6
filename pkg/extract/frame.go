package extract

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// An attribution frame, as in the PARC corpus: a cue, the source it names
// and the content it attributes. Which cues there are and what frame each
// opens is language data (the [frames] section of each lexicon); this file
// reads any language's frames the same way.

// frameKind is how a cue ties a source to what is said.
type frameKind uint8

const (
	frameVerb      frameKind = iota + 1 // "sagte X", "X said": the subject speaks
	framePrep                           // "laut X", "according to X"
	framePostp                          // "X zufolge"
	frameFigures                        // "nach US-Angaben", "Zahlen des Amts"
	frameRelay                          // "unter Berufung auf X", "citing X"
	frameRelayVerb                      // "CNN zitierte X": X speaks, CNN relays
	frameBack                           // "demnach", "hieß es": the last source
	frameTag                            // "…, so die Polizei"
	frameHead                           // a headline "X: …"
	frameOwn                            // "nach eigenen Angaben": its clause's subject
	frameAct                            // "Police arrested 15": the agent of a counted act
)

var frameKinds = map[string]frameKind{
	"verb": frameVerb, "prep": framePrep, "postp": framePostp, "figures": frameFigures,
	"relay": frameRelay, "relay-verb": frameRelayVerb, "back": frameBack, "tag": frameTag, "own": frameOwn, "act": frameAct,
}

var frameNames = [...]string{"", "verb", "prep", "postp", "figures", "relay", "relayverb", "back", "tag", "head", "own", "act"}

func (k frameKind) String() string { return frameNames[k] }

// slot is where a frame's source stands.
type slot uint8

const (
	slotNone   slot = iota // composed from the cue itself, or inherited
	slotBefore             // the subject before the verb
	slotAfter              // the subject after the verb, or the object of a preposition
	slotAgent              // the agent of a passive: "reported by X"
	slotGapped             // a later clause's subject, the verb left out: "…, die Veranstalter von 130.000"
)

var slotNames = [...]string{"", "before", "after", "agent", "gapped"}

// filler is one reading of who a frame's source is.
type filler struct {
	src      source
	slot     slot
	adjacent bool // the mention touches the cue
}

// frame is an attribution found in a sentence.
type frame struct {
	kind    frameKind
	at, end int // the cue's own tokens
	fillers []filler
	lo, hi  int  // the tokens of what it attributes
	opens   int  // the word of contrast that opens its clause ("but the ministry 118,500"); 0 when a comma does, as no such clause opens a sentence
	first   bool // the cue opens its clause: inverted or parenthetical
	tag     bool // the cue's clause follows what it attributes: "…, the ministry said"
	// reduced: a participle with an agent and no auxiliary, "the 85
	// reported by education officials": it attributes the noun phrase it
	// follows, not the clause ("the strike announced by the union").
	reduced  bool
	inherits bool // points back to the last source
	relayed  bool // a relay right after it names the source: "berichtete X unter Berufung auf Y"
	governed bool // figures named by a preposition or verb: "nach Angaben", "figures show"
}

// verbCue is a verb form of a frame, as the language's grammar wrote it.
type verbCue struct {
	kind       frameKind
	particle   string // a separable particle that must follow in the clause
	need       string // a word that must follow in the clause ("~at")
	participle bool
	nounToo    bool // a plain form that is also a noun: a cue only right after a speaker
	ownPassive bool // without an agent, its passive is the outlet's report
	plural     bool // a form of the plural only ("teilten"): no single name's verb
}

// loadFrames reads the language's [frames]: phrases into a set, verbs
// into their forms.
func (l *language) loadFrames(lx *lang.Lexicon, g lang.Grammar) {
	l.verbs = map[string][]verbCue{}
	irregular := func(lemma string) []string {
		if e, ok := lx.Section("irregular-verbs").Has(lemma); ok {
			return strings.Fields(e.Value)
		}
		return nil
	}
	frames := lx.Section("frames")
	l.phraseKinds = map[*lang.Entry]frameKind{}
	l.ownerPhrases = map[*lang.Entry]bool{}
	l.framePhrases = frames.Subset("frame phrases", func(e *lang.Entry) bool {
		kind, opts := frameSpec(e.Value)
		l.phraseKinds[e] = kind
		if kind == frameBack && slices.Contains(opts, "owner") {
			l.ownerPhrases[e] = true
		}
		return kind != frameVerb && kind != frameRelayVerb && kind != frameAct && !(kind == frameBack && strings.Contains(e.Value, "~"))
	})
	for _, e := range frames.Entries() {
		kind, opts := frameSpec(e.Value)
		if kind == 0 {
			continue
		}
		if kind != frameVerb && kind != frameRelayVerb && kind != frameAct && !(kind == frameBack && len(opts) > 0) {
			continue
		}
		var need string
		nounToo, ownPassive := false, false
		for _, o := range opts {
			switch {
			case strings.HasPrefix(o, "~"):
				need = o[1:]
			case o == "noun-too":
				nounToo = true
			case o == "own-passive":
				ownPassive = true
			}
		}
		if g == nil {
			continue
		}
		for _, f := range g.VerbForms(lang.Lower(e.Phrase), irregular) {
			vc := verbCue{kind: kind, particle: f.Particle, need: need, participle: f.Participle, nounToo: nounToo && f.Plain, ownPassive: ownPassive, plural: f.Plural}
			w := lang.Lower(f.Word) // as tokens carry it: "hieß" is "hiess"
			l.verbs[w] = append(l.verbs[w], vc)
			l.verbShapes.add(w)
		}
	}
}

// phraseKind is the kind of frame a phrase of [frames] opens.
func (l *language) phraseKind(e *lang.Entry) frameKind { return l.phraseKinds[e] }

// frameSpec reads an entry's value: the kind, then options.
func frameSpec(value string) (frameKind, []string) {
	f := strings.Fields(value)
	if len(f) == 0 {
		return 0, nil
	}
	return frameKinds[f[0]], f[1:]
}

// verbAt returns the frame verb at token k, when its form holds there: a
// particle or a required word follows in the clause, and a form that is
// also a noun comes right after a speaker.
func (d *doc) verbAt(k, e int, ments []mention) (verbCue, bool) {
	if !d.isVerbCue(k) { // "die Angaben" is no "angaben"
		return verbCue{}, false
	}
	if k > 0 && d.is(d.l.infinitiveMarkers, k-1) {
		return verbCue{}, false // "hat 60 Tote zu beklagen", "declined to say": another verb's complement
	}
	for _, vc := range d.l.verbs[d.toks[k].Lower] {
		if vc.particle != "" && !d.followsInClause(vc.particle, k+1, e) {
			continue
		}
		if vc.need != "" && !d.followsInClause(vc.need, k+1, e) {
			continue
		}
		if vc.nounToo && !mentionEndsAt(ments, k) && !d.appositionEndsAt(ments, k) && !(k > 0 && d.isConjunction(k-1) && d.subjectOfConjoined(ments, k)) {
			continue
		}
		if d.countedAt(k, e) {
			continue // "registered voters"
		}
		if k > 0 && !vc.participle && !d.l.grammar.CapitalizesNouns() && d.isArticle(k-1) {
			continue // "to support the rescue": a noun after its article
		}
		if d.l.grammar.CapitalizesNouns() && k+1 < e && k > 0 && d.toks[k+1].Kind == lang.Word && startsUpperRune(d.toks[k+1].Text) &&
			(d.isArticle(k-1) || d.is(d.l.stop, k-1)) && d.l.grammar.MayBeAdjective(d.toks[k].Lower) &&
			!d.pointsBackAt(k-1) { // "Das teilte Landrat Peter Vogt mit": a verb after a pronoun pointing back
			continue // "einen nicht identifizierten US-Beamten": a participle before its noun
		}
		return vc, true
	}
	return verbCue{}, false
}

// isVerbCue reports whether a frame verb may stand at token k, without
// reading its clause: for the rules that only ask whether an attribution
// is near.
func (d *doc) isVerbCue(k int) bool {
	return k >= 0 && k < len(d.toks) && d.fact(k, factVerbCue, (*doc).readVerbCue)
}

func (d *doc) readVerbCue(k int) bool {
	if d.toks[k].Kind != lang.Word {
		return false
	}
	if d.l.grammar.CapitalizesNouns() && startsUpperRune(d.toks[k].Text) && k > 0 && !d.toks[k].Newline && d.toks[k-1].Kind != lang.Punct {
		return false // "Angaben" is no "angaben"
	}
	if !d.l.isVerbForm(d.toks[k].Lower) {
		return false
	}
	// A word of a place's name is no verb: "Washington state", "in
	// Mexico state".
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if p, ok := d.place(j, len(d.toks)); ok && (p.End > k || p.End == k && d.is(d.l.placeHeads, k)) {
			return false
		}
	}
	return true
}

// followsInClause: the word w stands in tokens [k, e) before the clause
// ends. Commas may stand between, around an apposition: "teilte der
// Sheriff des Bezirks, Kory Honea, mit".
func (d *doc) followsInClause(w string, k, e int) bool {
	for j := k; j < e && j < k+25; j++ {
		t := &d.toks[j]
		if t.Kind == lang.Punct && (t.Text == ";" || t.Text == "." || t.Text == ":") {
			return false
		}
		if t.Lower == w {
			return true
		}
	}
	return false
}

// appositionEndsAt: a mention with an apposition ends at the comma before
// token k: "Ukraine's military intelligence agency, HUR, estimates".
func (d *doc) appositionEndsAt(ments []mention, k int) bool {
	if k < 1 || d.toks[k-1].Text != "," {
		return false
	}
	for _, m := range ments {
		if m.end == k-1 && !m.recipient {
			for j := m.start; j < m.end; j++ {
				if d.toks[j].Text == "," {
					return true
				}
			}
		}
	}
	return false
}

func mentionEndsAt(ments []mention, k int) bool {
	for _, m := range ments {
		if m.end == k && !m.recipient {
			return true
		}
	}
	return false
}

// peekFrames is sentenceFrames for a sentence after the one being read:
// what its anaphora point back to is not yet known, so its frames are
// read afresh, and not kept, until the sentences before it are done.
// (Read afresh: sentenceFrames gives its last reading again where the
// parts of the discourse that reading read have not changed.)
func (d *doc) peekFrames(si int) []frame {
	if d.frameCache[si].known || si <= d.done {
		return d.sentenceFrames(si)
	}
	// A peek holds until the next sentence is done.
	if d.peekAt[si] == d.done+1 && d.peekCache[si].known {
		return d.peekCache[si].frames
	}
	outer := d.reads
	d.reads = 0
	frames := d.sentenceFrames(si)
	recalled := d.reads != 0
	d.reads |= outer
	if !recalled {
		return frames // read without the discourse: what it will be
	}
	d.frameCache[si] = frameSet{}
	d.mentCache[si] = nil
	d.peekCache[si], d.peekAt[si] = frameSet{frames: frames, known: true}, d.done+1
	return frames
}

// frameSet is the frames read of a sentence; known tells them from none
// read yet. A value, not a pointer, so that keeping it allocates
// nothing.
type frameSet struct {
	frames []frame
	known  bool
}

// sentenceFrames finds the attribution frames of sentence si, with every
// reading of their sources, and what each attributes.
func (d *doc) sentenceFrames(si int) []frame {
	if d.frameCache[si].known {
		return d.frameCache[si].frames
	}
	s := d.sents[si]
	if !d.needed[si] {
		d.frameCache[si] = frameSet{known: true}
		return nil
	}
	if r := &d.lastRead[si]; r.holds(d.gen) {
		// Read before with what the discourse holds now: the same again.
		d.reads |= r.deps
		d.mentCache[si] = r.ments
		d.frameCache[si] = frameSet{frames: r.frames, known: true}
		return r.frames
	}
	outer, gen := d.reads, d.gen
	d.reads = 0
	frames := d.frameScratch[:0]
	ments := d.mentions(s)
	d.mentCache[si] = ments
	l := d.l
	e := s.end
	for k := s.start; k < e; k++ {
		if d.toks[k].Kind != lang.Word {
			continue
		}
		if m, ok := d.at(l.framePhrases, k, e); ok {
			kind := l.phraseKind(m.Entry)
			if f, ok := d.phraseFrame(kind, m, ments, s); ok {
				frames = append(frames, f)
				if kind != frameFigures {
					k = m.End - 1
				}
				continue
			}
		}
		if vc, ok := d.verbAt(k, e, ments); ok {
			if f, ok := d.verbFrame(vc, k, ments, si); ok && !(f.inherits && d.inRelativeClause(k, s)) {
				frames = append(frames, f)
			}
		}
	}
	// A headline "Huthi: Drei Tote …", and a quotation a speaker named
	// before a colon introduces: "Mayor Alan Crowe was blunt: "We lost 41
	// businesses."" — who stands before the colon says what follows.
	if len(frames) == 0 {
		for k := s.start; k < e && (k < s.start+6 || !s.headline); k++ {
			if d.toks[k].Text != ":" {
				continue
			}
			if s.headline {
				if b := d.mentionBefore(ments, s.start, k); b.src.ok() {
					frames = append(frames, frame{kind: frameHead, at: k, end: k + 1,
						fillers: []filler{{src: b.src, slot: slotBefore, adjacent: b.end == k}}})
				}
				break
			}
			if k+1 < e && d.opensQuote(k+1) {
				// The clause's subject, opening it: not "Die Gewerkschaft
				// widersprach Bürgermeister Keller: „…“", whose mayor is
				// spoken to.
				if b, ok := d.clauseSubject(ments, d.clauseStart(k, s.start), k); ok {
					frames = append(frames, frame{kind: frameHead, at: k, end: k + 1,
						fillers: []filler{{src: b.src, slot: slotBefore, adjacent: b.end == k}}})
				}
				break
			}
		}
	}
	frames = d.gapped(frames, ments, s)
	frames = d.unseatCountries(frames, s)
	d.contents(frames, s)
	for i := range frames {
		f := &frames[i]
		if f.kind != frameVerb {
			continue
		}
		for j, r := range frames {
			if r.kind != frameRelay || len(r.fillers) == 0 {
				continue
			}
			// "berichtete X unter Berufung auf Y", "X, citing Y, reported":
			// a relay right after the verb, or between commas before it.
			if j > i && r.at-f.end <= 8 {
				f.relayed = true
			}
			if r.at > s.start && r.at < f.at && f.at-r.end <= 6 && d.toks[r.at-1].Text == "," && d.toks[f.at-1].Text == "," {
				f.relayed = true
				frames[j].hi = max(frames[j].hi, f.hi) // what the verb reports, the relay's source says
			}
		}
	}
	// Kept in the document's buffer of frames, read into a scratch one.
	d.frameScratch = frames
	from := len(d.allFrames)
	d.allFrames = append(d.allFrames, frames...)
	kept := d.allFrames[from:len(d.allFrames):len(d.allFrames)]
	d.frameCache[si] = frameSet{frames: kept, known: true}
	deps := d.reads
	d.reads |= outer
	d.lastRead[si] = sentenceReading{frames: kept, ments: ments, deps: deps, gen: gen,
		stable: gen.unchanged(d.gen, deps)}
	return kept
}

// sentenceReading is the last reading of a sentence's frames and
// mentions, with the parts of the discourse it read and their counts of
// changes when it began. Reading the sentence again gives the same while
// they stay the same — unless they changed while it read (a person it
// named in full that a word before read as a surname), which makes it
// unstable.
type sentenceReading struct {
	frames []frame
	ments  []mention
	deps   discourseParts
	gen    discourseGen
	stable bool
}

// holds reports whether reading the sentence again now would give r.
// The side effects of reading it are those r had: the people it named
// are named already.
func (r *sentenceReading) holds(now discourseGen) bool {
	return r.stable && r.gen.unchanged(now, r.deps)
}

// unseatCountries drops a country, or an unnamed group, read as the
// speaker before a verb that is no verb of saying, when a trailing tag
// names a speaker: in "Malawi recorded 312 new cases,
// according to the health ministry" and "Greece has recorded 1,870
// wildfires since June, the fire service said", the ministry and the fire
// service speak, and the country is where the counted things were.
func (d *doc) unseatCountries(frames []frame, s sentence) []frame {
	trailing := false
	for i := range frames {
		f := &frames[i]
		if len(f.fillers) == 0 || f.at <= s.start || d.toks[f.at-1].Text != "," && !f.tag {
			continue
		}
		if src, ok := f.primary(); ok && src.role != roleMetonym && (f.tag || f.kind == framePrep && d.clauseEnd(f.at, s.end) == s.end) {
			trailing = true
		}
	}
	if !trailing {
		return frames
	}
	out := frames[:0]
	for _, f := range frames {
		if f.kind == frameVerb && !f.tag && len(f.fillers) == 1 && f.fillers[0].slot == slotBefore && !d.is(d.l.sayVerbs, f.at) &&
			(f.fillers[0].src.role == roleMetonym || f.fillers[0].src.kind == claimdiff.KindAnonymous) {
			continue // "Israel said …, Reuters reported" keeps Israel; "Forscher zählten …, teilte das Ministerium mit" does not keep them
		}
		out = append(out, f)
	}
	return out
}

// inRelativeClause: token k stands in a relative clause, one opened by a
// comma and a relative pronoun: "Ein örtlicher Beamter, der nicht
// namentlich genannt werden wollte, sagte, …".
func (d *doc) inRelativeClause(k int, s sentence) bool {
	c := d.clauseStart(k, s.start)
	return c > s.start && d.toks[c-1].Text == "," && d.is(d.l.relativePronouns, c)
}

// phraseFrame reads the source of a frame opened by a phrase.
func (d *doc) phraseFrame(kind frameKind, m lang.Match, ments []mention, s sentence) (frame, bool) {
	k, e := m.Start, s.end
	f := frame{kind: kind, at: k, end: m.End}
	add := func(src source, sl slot, adjacent bool) {
		if src.ok() {
			f.fillers = append(f.fillers, filler{src: src, slot: sl, adjacent: adjacent})
		}
	}
	switch kind {
	case frameBack:
		// "nach seinen Worten": the owner is who spoke last, named as
		// "nach Angaben des Bürgermeisters" would name him.
		if d.l.ownerPhrases[m.Entry] {
			src := d.recall().src
			if b := d.mentionBefore(ments, s.start, k); b.src.ok() && !b.pronoun && !b.recipient {
				src = b.src // "Nach Angaben von Polizeichef Hans Berg …, nach seinen Worten …"
			}
			if src.ok() {
				f.kind = framePrep
				add(src, slotAfter, true)
				return f, true
			}
		}
		return d.backFrame(f, k, m.End, ments, s), true
	case frameRelay:
		a := d.mentionAfter(ments, m.End, e, 8)
		if !a.src.ok() {
			return f, false
		}
		src := a.src
		via := d.mentionBefore(ments, d.clauseStart(k, s.start), k)
		if !via.src.ok() && k-1 > s.start && d.toks[k-1].Text == "," {
			via = d.mentionBefore(ments, d.clauseStart(k-2, s.start), k-1) // "The AFP news agency, citing …"
		}
		if !via.src.ok() {
			// "berichtete die New York Times unter Berufung auf", "The New
			// York Times reported, citing …"
			if v, ok := d.verbBefore(k, s.start); ok {
				via = d.mentionAfter(ments, v+1, k, 6)
				if !via.src.ok() {
					via = d.mentionBefore(ments, d.clauseStart(v, s.start), v)
				}
			}
		}
		if via.src.ok() && via.src.name != src.name {
			src.via = via.src.name
		}
		add(unnamedRelayed(src), slotAfter, a.start == m.End)
	case framePrep:
		a := d.mentionAfter(ments, m.End, e, 10)
		if a.src.ok() && d.inAttribute(a, e) {
			a = d.mentionAfter(ments, a.end, e, 4) // "nach Angaben des von den Huthi kontrollierten Gesundheitsministeriums"
		}
		src := a.src
		if !src.ok() && d.roleAlone(m.End, e) {
			src = d.recall().src // "laut der Sprecherin": who spoke last
		}
		if !src.ok() {
			src = d.composeFigures(m.End, e)
		}
		if !src.ok() {
			src = d.genitiveBody(m.End, e)
		}
		if !src.ok() {
			src = d.nameInSlot(m.End, e, m.Start == d.clauseStart(m.Start, s.start)) // "nach Angaben der IG Metall"
		}
		if !src.ok() && d.indefiniteDocument(m.End, e) {
			// "Der Rote Halbmond hat laut einer Mitteilung 45 Teams
			// entsandt": a statement of no one named is its clause's subject's.
			if b := d.mentionBefore(ments, d.clauseStart(k, s.start), k); b.src.ok() && !b.pronoun {
				add(b.src, slotBefore, false)
				break
			}
		}
		add(src, slotAfter, a.src.ok() && a.start == m.End)
	case frameTag:
		if k == s.start || d.toks[k-1].Text != "," {
			return f, false // "so" is a cue only after a comma: "…, so die Polizei"
		}
		a := d.mentionAfter(ments, m.End, e, 6)
		add(a.src, slotAfter, a.src.ok() && a.start == m.End)
	case frameOwn:
		// "Die Polizei war nach eigenen Angaben mit 1200 Beamten im
		// Einsatz": the subject of its clause, before it or after its verb.
		b := d.mentionBefore(ments, d.clauseStart(k, s.start), k)
		if !b.src.ok() {
			b = d.mentionAfter(ments, m.End, e, 4)
		}
		if !b.src.ok() || b.pronoun && !b.src.ok() {
			return f, false
		}
		add(b.src, slotBefore, b.end == k)
	case framePostp:
		if b := d.mentionBefore(ments, max(s.start, k-6), k); b.src.ok() && b.end >= k-1 {
			add(b.src, slotBefore, b.end == k)
		} else {
			add(d.resolveAngaben(ments, k-1, s.start, e), slotBefore, true)
		}
	case frameFigures:
		w := &d.toks[k]
		if d.l.grammar.CapitalizesNouns() && !startsUpperRune(w.Text) {
			return f, false // "berichten" the verb, not "Berichten"
		}
		possessed := k > s.start && d.is(d.l.possessives, k-1)
		if d.isVerbCue(k) && !d.l.grammar.CapitalizesNouns() && mentionEndsAt(ments, k) && !possessed {
			return f, false // "the IDF count …"
		}
		src := d.resolveAngaben(ments, k, s.start, e)
		if !src.ok() && possessed && m.End < e && (d.is(d.l.complementizers, m.End) || d.is(d.l.partitive, m.End) || d.isVerbCue(m.End) ||
			d.toks[m.End].Kind == lang.Word && !d.is(d.l.stop, m.End) && !startsUpperRune(d.toks[m.End].Text)) {
			// "the organisers' claim that …", "the union's estimate of …",
			// "the ministry's figures show …": what the possessor claims
			// follows.
			if b := d.mentionBefore(ments, s.start, k); b.end >= k-1 {
				src = b.src // the possessor, not any earlier mention
			}
		}
		if !src.ok() && mentionEndsAt(ments, k) && !d.l.grammar.CapitalizesNouns() {
			src = d.mentionBefore(ments, s.start, k).src // "Home Office figures show"
		}
		if !src.ok() {
			src = d.genitiveBody(m.End, e) // "nach Schätzungen des Mietervereins"
		}
		if !src.ok() {
			return f, false
		}
		add(src, slotNone, true)
		f.governed = d.figuresGoverned(k, m.End, s)
	}
	return f, len(f.fillers) > 0
}

// indefiniteDocument: an indefinite article and a document ([documents])
// stand at token k, with no owner after it: "laut einer Mitteilung".
func (d *doc) indefiniteDocument(k, e int) bool {
	if k+1 >= e || !d.is(d.l.weak, k) {
		return false
	}
	j := k + 1
	if j+1 < e && d.isAdjective(j) {
		j++ // "laut einer schriftlichen Mitteilung"
	}
	if !d.is(d.l.documents, j) {
		return false
	}
	return j+1 >= e || !d.is(d.l.documentOf, j+1) && !d.is(d.l.genitive, j+1)
}

// figuresGoverned: a figures noun stands after a preposition ("nach
// US-Angaben", "according to official figures"), before a postposition
// or a verb ("… Angaben zufolge", "Home Office figures show").
func (d *doc) figuresGoverned(k, end int, s sentence) bool {
	for j := k - 1; j >= s.start && j >= k-4; j-- {
		if m, ok := d.at(d.l.framePhrases, j, end); ok && m.End <= k+1 {
			if d.l.phraseKind(m.Entry) == framePrep {
				return true
			}
		}
		if d.is(d.l.prepositions, j) || d.is(d.l.figuresGovernors, j) {
			return true
		}
	}
	if end < s.end {
		if m, ok := d.at(d.l.framePhrases, end, s.end); ok {
			if d.l.phraseKind(m.Entry) == framePostp {
				return true
			}
		}
		return d.isVerbCue(end)
	}
	return false
}

// verbFrame reads the readings of a frame verb's source: the subject
// before it in its clause, the subject after it (inverted), the agent of
// its passive.
func (d *doc) verbFrame(vc verbCue, k int, ments []mention, si int) (frame, bool) {
	s := d.sents[si]
	e := s.end
	f := frame{kind: vc.kind, at: k, end: k + 1}
	clause := d.clauseStart(k, s.start)
	f.first = k == s.start || k == clause || k-1 >= s.start && d.isQuoteOrComma(k-1)
	f.tag = d.isTagClause(clause, k, si)
	if vc.kind == frameRelayVerb {
		// "CNN zitierte einen US-Beamten", "AFP quoted an Egyptian diplomat".
		before := d.mentionBefore(ments, clause, k)
		first := d.mentionAfter(ments, k+1, e, 6)
		via, src := before, first
		if !before.src.ok() && first.src.ok() {
			via, src = first, d.mentionAfter(ments, first.end, e, 6)
		}
		if !src.src.ok() {
			return f, false
		}
		s := src.src
		if via.src.ok() && via.src.name != s.name {
			s.via = via.src.name
		}
		f.fillers = append(f.fillers, filler{src: unnamedRelayed(s), slot: slotAfter, adjacent: src.start == k+1})
		return f, true
	}
	if vc.kind == frameBack {
		// "hieß es von der Polizei": who said it, after all.
		for j := k + 1; j < e && j <= k+3; j++ {
			if d.is(d.l.passiveAgent, j) || d.is(d.l.backAgents, j) {
				if a := d.mentionAfter(ments, j+1, e, 3); a.src.ok() && !a.pronoun && a.start == j+1 ||
					a.src.ok() && !a.pronoun && a.start == j+2 && d.isArticle(j+1) {
					// A verb of saying after all, its subject after it:
					// "hieß es bei der Bergrettung" is "teilte die Bergrettung mit".
					f.kind = frameVerb
					f.fillers = append(f.fillers, filler{src: a.src, slot: slotAfter, adjacent: false})
					return f, true
				}
			}
		}
		return d.backFrame(f, k, k+1, ments, s), true
	}
	// The agent of a passive: "reported by the interior ministry". Its
	// subject is what was reported, not who.
	// "were reported killed by state news agency Xinhua": a word of what
	// befell them may stand between (not "killed by a landslide", which
	// names no speaker).
	// A relative clause between the subject and the verb is a clause of
	// its own: its auxiliary makes no passive of the verb.
	rel := d.beforeRelative(ments, k, s.start)
	pclause := clause
	if rel.src.ok() {
		pclause = k
	}
	ag, adjuncts := k+1, false
	if vc.participle && ag+1 < e && !d.is(d.l.passiveAgent, ag) && d.toks[ag].Kind == lang.Word && d.metricAt(ag, e) != "" {
		ag++
	} else if vc.participle && ag < e && d.is(d.l.prepositions, ag) && !d.is(d.l.passiveAgent, ag) {
		// "were counted at the main station on Friday by the transit
		// authority": phrases of where and when between the participle and
		// its agent.
		for j := ag; j < e && j < k+12; j++ {
			if d.toks[j].Kind == lang.Punct || d.isVerbCue(j) && j > ag {
				break
			}
			if d.is(d.l.passiveAgent, j) {
				ag, adjuncts = j, true
				break
			}
		}
	}
	if vc.participle && ag < e && d.is(d.l.passiveAgent, ag) {
		if agent := d.mentionAfter(ments, ag+1, e, 4); agent.src.ok() && !agent.pronoun &&
			(ag == k+1 || adjuncts || reports(agent.src)) { // not "reported killed by police"
			if d.negatedBefore(k, clause) {
				return f, false // "the figure was not confirmed by police": the agent did not say it
			}
			f.fillers = append(f.fillers, filler{src: agent.src, slot: slotAgent, adjacent: agent.start == ag+1})
			f.reduced = !d.passiveInClause(k, clause, e)
			return f, true
		}
	}
	// A passive with no agent: "Other losses were claimed in …", "Gemeldet
	// wurden 300 Festnahmen". Who claimed them is the source named before.
	if vc.participle && d.passiveInClause(k, pclause, e) && !d.subjectBefore(ments, clause, k) && !d.beforeApposition(ments, k, s.start).src.ok() {
		if vc.ownPassive {
			return f, false // "At least three deaths were reported in Missouri": the outlet's
		}
		f.inherits = true
		return f, true
	}
	if vc.participle && d.passiveInClause(k, pclause, e) && !d.cueWithin(k+1, e, 4) {
		// "Von der Polizei wurden 73 gemeldet", "Seitens der Polizei …":
		// the agent before the verb. "The RSF is estimated to have 40,000
		// fighters": what is estimated, not who — unless a verb of its own
		// says it did: "The ministry was reported to have counted 40".
		if m := d.mentionBefore(ments, clause, k); !d.agentBefore(m.start, clause) {
			return f, false
		}
	}
	before := d.mentionBefore(ments, clause, k)
	if before.src.ok() && before.start > clause && d.addressedBefore(before.start, clause) {
		// "wie Wahlleiter Christian Url dem BR sagte", "wie X auf
		// Nachfrage der Kleinen Zeitung sagte": whom it was said to stands
		// between the subject and the verb at the clause's end.
		if m := d.mentionBefore(ments, clause, before.start); m.src.ok() && !m.pronoun {
			before = m
		}
	}
	if rel.src.ok() && (!before.src.ok() || rel.end < before.start) {
		before = rel // not "the media" of "… who was not authorised to speak to the media said"
	}
	adjacentBefore := before.src.ok() && before.end == k
	after := d.mentionAfter(ments, k+1, e, 7)
	if after.src.ok() && after.start > k+1 && d.is(d.l.ownDeterminers, after.start-1) {
		after = mention{} // "said on its social media account": no subject
	}
	if after.src.ok() && after.start > k+1 && d.afterPreposition(after.start, k+1) {
		after = mention{} // "sprach in einer im Staatsfernsehen verlesenen Erklärung": where, not who
	}
	if after.src.ok() && d.objectAfter(before, after, k, s.start) {
		after = mention{} // "Der Katastrophenschutz meldete Schäden an …": the subject spoke, a noun follows
	}
	if after.src.ok() && d.is(d.l.recipient, k) {
		after = mention{} // "told the state news agency TASS": whom it was told, not who
	}
	if after.src.ok() && (d.commaBetween(k+1, after.start) || d.complementizerBetween(k+1, after.start)) {
		// "Während die Polizei von 6000 sprach, zählten die Veranstalter",
		// "sagte, die Polizei habe …", "reported that eight officers were
		// injured": the next clause's subject, not the speaker.
		after = mention{}
	}
	if !before.src.ok() && after.src.ok() && f.first && k-1 > s.start && d.toks[k-1].Text == "," && after.end < e &&
		d.toks[after.end].Kind == lang.Word && !d.is(d.l.prepositions, after.end) && !d.is(d.l.locative, after.end) {
		// "Yemen's Houthi-run health ministry, meanwhile, said US strikes
		// had killed 74": the subject opens the sentence, the one after the
		// verb opens what it said.
		if b := d.beforeApposition(ments, k, s.start); b.src.ok() && b.start <= s.start+1 {
			before, after = b, mention{}
		}
	}
	if after.src.ok() && after.end < e && d.is(d.l.contentVerbs, after.end) {
		// "…, said Moscow had handed back 1,400 bodies": the subject of
		// what was said, not the speaker.
		after = mention{}
	}
	if f.tag && !before.src.ok() && !after.src.ok() {
		if m, ok := d.taggedApposition(ments, k, si); ok {
			before = m // "…, the Darfur Medics Network, a volunteer group, said."
		} else {
			f.tag = false // "Ein Sprecher, Jan Kurz, sagte, …": no speaker in the clause
		}
	}
	if !before.src.ok() && (!f.first || !after.src.ok()) && !f.tag {
		// "The Civil Defence, first responders who …, had earlier said",
		// "A police spokesman, Daniel Hart, said": the subject stands
		// before the commas of an apposition.
		before = d.beforeApposition(ments, k, s.start)
		if !before.src.ok() {
			before = d.sentenceSubject(ments, d.mainClauseStart(k, s.start), k)
		}
	}
	if src, ok := d.fillerOf(before, ments, s); ok {
		f.fillers = append(f.fillers, filler{src: src, slot: slotBefore, adjacent: adjacentBefore})
	}
	if src, ok := d.fillerOf(after, ments, s); ok {
		f.fillers = append(f.fillers, filler{src: src, slot: slotAfter, adjacent: after.start == k+1})
	}
	return f, len(f.fillers) > 0
}

// beforeRelative is the mention right before a relative clause that
// runs, with no comma, up to the verb at k: "A fire official who spoke on
// condition of anonymity because the inquiry was ongoing said …".
func (d *doc) beforeRelative(ments []mention, k, from int) mention {
	for i := len(ments) - 1; i >= 0; i-- {
		m := ments[i]
		if m.end >= k || m.start < from || m.recipient || m.pronoun || !d.is(d.l.relativePronouns, m.end) || d.isArticle(m.end) {
			continue
		}
		for j := m.end + 1; j < k; j++ {
			if t := d.toks[j].Text; t == "," || t == ";" || t == ":" || d.isVerbCue(j) && j != m.end+1 && d.toks[j].Lower == d.toks[k].Lower {
				return mention{}
			}
		}
		return m
	}
	return mention{}
}

// beforeApposition is the mention that ends right before the commas of an
// apposition that ends at the verb at k: "the Darfur Medics Network, a
// volunteer group, said" — not the first of its sentence.
func (d *doc) beforeApposition(ments []mention, k, start int) mention {
	if k-1 <= start || d.toks[k-1].Text != "," {
		return mention{}
	}
	// The apposition read as one mention with its name: "…: Der
	// Gouverneur von Kano, Abba Yusuf, sprach von …".
	for _, m := range ments {
		if m.end == k-1 && m.src.ok() && !m.recipient && !m.pronoun && d.commaBetween(m.start, m.end) {
			return m
		}
	}
	// The body's own name between commas after its description: "The UN
	// agency for Palestinian refugees, UNRWA, said".
	for i, m := range ments {
		if m.end == k-1 && m.start-1 > start && d.toks[m.start-1].Text == "," && m.src.ok() && !m.recipient && !m.pronoun &&
			m.src.role == roleBody && isProperName(m.src) && i > 0 && d.describes(ments[i-1]) {
			return m
		}
	}
	cue := false
	for c := k - 2; c > start && c >= k-12; c-- {
		t := &d.toks[c]
		if t.Text != "," {
			if t.Kind == lang.Punct && !d.is(d.l.possessives, c) { // not "for Ukraine's eastern group"
				return mention{}
			}
			if d.is(d.l.relativePronouns, c) {
				cue = false // "…, a medical group that monitors the war, put …": the relative clause's own verb
			}
			cue = cue || d.isVerbCue(c)
			continue
		}
		if cue {
			return mention{} // a clause with a verb of its own, not "…, who asked not to be named,"
		}
		for _, m := range ments {
			if m.end == c && m.src.ok() && !m.recipient {
				b := m.start - 1
				if b > start && d.isArticle(b) {
					b--
				}
				if b >= start && (d.is(d.l.prepositions, b) || d.is(d.l.partitive, b) || d.is(d.l.genitive, b)) {
					return mention{} // "deputy governor of the Prefecture of Aba, the region …,": a name's part
				}
				return m
			}
		}
		return mention{}
	}
	return mention{}
}

// objectAfter: where every noun has a capital, a single capitalized word
// the data does not know, right after a verb whose subject stands right
// before it, is the verb's object, not a second speaker — unless the
// subject before is governed by a preposition ("Laut Polizei sagte Müller").
func (d *doc) objectAfter(before, after mention, k, from int) bool {
	if !d.l.grammar.CapitalizesNouns() || !before.src.ok() || before.recipient || before.end != k || after.start != k+1 || after.end != k+2 ||
		after.src.role != rolePerson || after.pronoun || lang.Sources().Lookup(after.src.name) != nil {
		return false
	}
	if after.end < len(d.toks) && (d.toks[after.end].Text == "," || d.is(d.l.complementizers, after.end)) {
		return false // "Dem ZDF sagte Hollmann, …": a speaker, whose words follow
	}
	if _, ok := d.personNamed(after.src.name); ok {
		return false
	}
	b := before.start - 1
	if b >= from && d.is(d.l.dativeArticles, b) {
		return false // "Der Polizei sagte Hollmann": whom it was said to, then who
	}
	if b > from && d.isArticle(b) {
		b--
	}
	return b < from || !d.is(d.l.prepositions, b) && d.framePhraseAt(b, k) == 0
}

// inAttribute: mention m is the agent inside an attribute before a noun,
// "das von der Hamas kontrollierte Ministerium": an article, the agent's
// preposition, m, and an adjective.
func (d *doc) inAttribute(m mention, e int) bool {
	j := m.start - 1
	if j > 0 && d.isArticle(j) {
		j--
	}
	if j < 1 || !d.is(d.l.passiveAgent, j) || !d.isArticle(j-1) {
		return false
	}
	return m.end < e && d.toks[m.end].Kind == lang.Word && !startsUpperRune(d.toks[m.end].Text) && d.isAdjective(m.end)
}

// documentWord: token k is a document's noun, or a compound ending in one
// ("Vorabbericht"): no speaker.
func (d *doc) documentWord(k int) bool {
	w := d.toks[k].Lower
	if has(d.l.documents, w) {
		return true
	}
	d.heads = d.l.grammar.NounHeads(w, d.heads[:0])
	for _, h := range d.heads {
		if has(d.l.documents, h) {
			return true
		}
	}
	return false
}

// taggedApposition: the verb at k tags what came before with a speaker
// named in an apposition after a figure: "At least 41 … were killed …, the
// Darfur Medics Network, a volunteer group, said." (One before any figure
// is the main clause's subject: "Der Sprecher …, Eilon Levi, sagte, …".)
// It returns the apposition's mention.
func (d *doc) taggedApposition(ments []mention, k, si int) (mention, bool) {
	m := d.beforeApposition(ments, k, d.sents[si].start)
	if !m.src.ok() {
		return mention{}, false
	}
	for _, f := range d.figs[si] {
		if f.end <= m.start {
			return m, true // a figure before it, which the tag reports
		}
	}
	return mention{}, false
}

// passiveInClause: a passive auxiliary stands with the participle at k in
// its clause: before it, at most ten tokens away ("were claimed", "were
// reportedly claimed", "wurde am Freitag mit mehr als 76 800 angegeben"),
// or right after it ("gemeldet worden") where a verb's object stands
// before it and so may its auxiliary (not "said there were 24").
func (d *doc) passiveInClause(k, clause, e int) bool {
	for j := k - 1; j >= clause && j >= k-10; j-- {
		if d.toks[j].Kind == lang.Punct {
			return false
		}
		if has(d.l.passiveAux, d.toks[j].Lower) {
			return true
		}
	}
	if d.l.grammar.ObjectFollowsVerb() {
		return false
	}
	for j := k + 1; j < e && j <= k+2; j++ {
		if d.toks[j].Kind != lang.Word {
			return false
		}
		if has(d.l.passiveAux, d.toks[j].Lower) {
			return true
		}
	}
	return false
}

// commaBetween: a comma stands in tokens [a, b).
func (d *doc) commaBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].Text == "," {
			return true
		}
	}
	return false
}

// fillerOf is the source a mention names; a pronoun nobody was named for
// takes the name an apposition gives it: "sagte er am Dienstag, Sprecher
// des US-Außenministeriums".
func (d *doc) fillerOf(m mention, ments []mention, s sentence) (source, bool) {
	if m.pronoun && !m.src.ok() {
		if app := d.mentionAfter(ments, m.end, s.end, 8); app.src.ok() && !app.pronoun {
			return app.src, true
		}
		return source{}, false
	}
	return m.src, m.src.ok()
}

// gapped adds the frames a coordinated clause leaves its verb out of:
// "Die Polizei sprach von 50.000, die Veranstalter von 130.000", "Police
// put the crowd at 5,000, organisers at 20,000", "the union counted
// 250,000 but the ministry 118,500". A clause after a verb frame's clause
// that opens with a speaker (after a comma or a word of contrast) and
// holds no verb of its own shares the verb.
func (d *doc) gapped(frames []frame, ments []mention, s sentence) []frame {
	n := len(frames)
	for i := 0; i < n; i++ {
		f := frames[i]
		if f.kind != frameVerb || len(f.fillers) == 0 {
			continue
		}
		for k := f.end; k < s.end; k++ {
			t := &d.toks[k]
			start, opens := k+1, 0
			switch {
			case t.Text == "," || t.Text == ";":
				if m, ok := d.at(d.l.contrast, start, s.end); ok {
					start = m.End
				} else if start < s.end && d.isConjunction(start) {
					start++
				}
			default:
				// "… counted 250,000 but the ministry 118,500", "… tandis
				// que la préfecture 118 500": no comma.
				m, ok := d.at(d.l.contrast, k, s.end)
				if !ok {
					continue
				}
				start, opens = m.End, k
			}
			m := d.mentionAfter(ments, start, s.end, 2)
			if !m.src.ok() || m.start > start+1 {
				// "In Kassel zählte die Polizei 2000, in Fulda etwa 600": a
				// town's body of the same kind, in the town of the gap.
				if src, pend, ok := d.bodyOfTownGapped(f, start, s.end); ok && d.countsIn(pend, s.end) {
					frames = append(frames, frame{kind: frameVerb, at: start, end: start + 1, opens: opens, // (the town stays the figures' place)
						fillers: []filler{{src: src, slot: slotGapped, adjacent: true}}})
				}
				continue
			}
			// (a body pointed back to by its kind may open it: "die Polizei
			// auf 80.000" after the police spoke before)
			if m.pronoun && m.src.role != roleBody || m.start != start && !(m.start == start+1 && d.isArticle(start)) {
				continue
			}
			if mentionEndsAt(ments, k) {
				continue // "Claire Antoine, porte-parole de la préfecture": an apposition
			}
			if !d.countsIn(f.end, k) {
				continue // "Das Ministerium erklärte, die Armee habe 1560 Soldaten verloren": its content, not a second voice
			}
			end := s.end
			for j := m.end; j < s.end; j++ {
				if d.toks[j].Text == "," || d.toks[j].Text == ";" || d.isVerbCue(j) {
					end = j
					break
				}
			}
			if end < s.end && d.isVerbCue(end) {
				continue // the clause has a verb of its own
			}
			frames = append(frames, frame{kind: frameVerb, at: m.start, end: m.end, opens: opens,
				fillers: []filler{{src: m.src, slot: slotGapped, adjacent: true}}})
			k = end - 1
		}
	}
	return frames
}

// bodyOfTownGapped reads a gapped clause that opens with a town where
// the verb's speaker was a town's body: "in Fulda" after "In Kassel zählte
// die Polizei" is the Fulda police. It returns the body and the end of the
// town's phrase.
func (d *doc) bodyOfTownGapped(f frame, start, e int) (source, int, bool) {
	if start+1 >= e || !d.is(d.l.locative, start) || len(f.fillers) == 0 {
		return source{}, 0, false
	}
	p, ok := d.place(start+1, e)
	if !ok || p.Role != lang.AsName || p.Named.Kind != "city" {
		return source{}, 0, false
	}
	prev := f.fillers[0].src
	if town, kind := splitPlaceBody(prev.name); town != nil && town.Kind == "city" && town != p.Named {
		return d.canonical(p.Named.Name+" "+kind, prev.kind, roleBody), p.End, true
	}
	return source{}, 0, false
}

// isTagClause: the verb at k stands in a clause after a comma or a
// quotation that holds no figure (but a count of its speakers) and ends
// the sentence or its part —
// "…, the ministry said on Monday.", "…“, sagte er." — and so attributes
// what came before.
func (d *doc) isTagClause(clause, k int, si int) bool {
	s := d.sents[si]
	if clause <= s.start && !(k > s.start && d.isQuoteOrComma(k-1)) {
		return false
	}
	end := d.clauseEnd(k+1, s.end)
	for i := range d.figs[si] {
		f := &d.figs[si][i]
		if f.start >= clause && f.start < end && !f.weak && !d.countsSpeakers(f.start, si) && // (not the "ein" of "wie ein Sprecher sagte")
			d.notClaim(f, s.start, s.end) == "" { // (nor the date of "…, the ministry said on June 21")
			return false
		}
	}
	// "…: Die Nationalgarde teilte mit, sie habe 17 Leichen geborgen": what
	// follows in reported speech is what the verb reports.
	if end < s.end && d.toks[end].Text == "," {
		if _, ok := d.firstIn(d.l.reported, end+1, d.clauseEnd(end+1, s.end)); ok {
			return false
		}
	}
	return true
}

// countsSpeakers: the figure at token k opens a mention of unnamed
// speakers, "…, two diplomats said": no count of what the sentence
// reports.
func (d *doc) countsSpeakers(k, si int) bool {
	for _, m := range d.mentCache[si] {
		if m.start != k || !m.src.ok() || m.pronoun || m.src.kind != claimdiff.KindAnonymous || m.end >= len(d.toks) {
			continue
		}
		if d.isVerbCue(m.end) {
			return true // "…, two diplomats said"
		}
		// "Two U.S. officials, speaking …, said": the speakers a frame of
		// the sentence takes — not "Two officials, including a deputy
		// governor, were killed".
		if d.toks[m.end].Text == "," && k == d.sents[si].start && d.frameCache[si].known {
			for _, f := range d.frameCache[si].frames {
				for _, fl := range f.fillers {
					if fl.src.name == m.src.name {
						return true
					}
				}
			}
		}
	}
	return false
}

// contents sets what each frame attributes. A frame attributes its own
// clause and the clauses after it up to the next frame's; a verb that
// opens a later clause ("…, sagte er", "…, the ministry said") attributes
// what stands before it, back to the previous frame.
func (d *doc) contents(frames []frame, s sentence) {
	clause := func(f *frame) int {
		if f.opens > 0 {
			return f.opens
		}
		return d.clauseStart(f.at, s.start)
	}
	for i := range frames {
		f := &frames[i]
		lo := clause(f)
		hi := s.end
		for j := range frames {
			o := &frames[j]
			if c := clause(o); c > lo && c < hi && o.at > f.at && (o.kind != frameAct || f.kind == frameAct) {
				hi = c // (an act says nothing: "Wie die Küstenwache mitteilte, wurden 734 Menschen gerettet" is the coast guard's)
			}
		}
		if f.tag || f.kind == frameTag {
			hi, lo = f.at, s.start
			for j := range frames {
				// A frame before it ends its reach, unless it is a noun's
				// within a clause: "… a rise on the official toll of 227,
				// the ministry said" reports all of it.
				if o := &frames[j]; o.at < f.at && o.end > lo && j != i && o.kind != frameFigures {
					lo = o.end
				}
			}
		}
		if f.reduced {
			lo = d.nounPhraseStart(f.at, lo)
		}
		f.lo, f.hi = lo, hi
	}
}

// nounPhraseStart is where the noun phrase before token k starts, at the
// earliest at token from: back over its words and figures to a
// punctuation mark, a preposition of its own or a verb.
func (d *doc) nounPhraseStart(k, from int) int {
	j := k
	for j > from && j > k-6 {
		t := &d.toks[j-1]
		if t.Kind == lang.Punct || d.is(d.l.partitive, j-1) || d.is(d.l.genitive, j-1) || d.is(d.l.locative, j-1) || d.isVerbCue(j-1) {
			break
		}
		j--
	}
	return j
}

// negatedBefore: a negation stands in the three words before token k in
// its clause: "was not confirmed by".
func (d *doc) negatedBefore(k, clause int) bool {
	for j := k - 1; j >= clause && j >= k-3; j-- {
		if d.is(d.l.negations, j) {
			return true
		}
	}
	return false
}

// primary is the frame's likeliest source, for what later sentences point
// back to and for the places an attribution names: the agent of a
// passive; after an inverting or opening verb, its subject after it; else
// the subject before.
func (f *frame) primary() (source, bool) {
	if len(f.fillers) == 0 {
		return source{}, false
	}
	best := -1
	rank := func(fl filler) int {
		switch fl.slot {
		case slotAgent:
			return 4
		case slotAfter:
			if f.first || f.kind != frameVerb {
				return 3
			}
			return 1
		case slotBefore, slotGapped, slotNone:
			return 2
		}
		return 0
	}
	for i, fl := range f.fillers {
		if best < 0 || rank(fl) > rank(f.fillers[best]) {
			best = i
		}
	}
	return f.fillers[best].src, true
}

// verbBefore finds a frame verb within eight tokens before token k in its
// sentence.
func (d *doc) verbBefore(k, sentStart int) (int, bool) {
	for j := k - 1; j >= sentStart && j >= k-8; j-- {
		if d.isVerbCue(j) {
			return j, true
		}
	}
	return 0, false
}

// framePhraseAt is the kind of frame a phrase opens at token k, or 0.
func (d *doc) framePhraseAt(k, e int) frameKind {
	if m, ok := d.at(d.l.framePhrases, k, e); ok {
		return d.l.phraseKind(m.Entry)
	}
	return 0
}

// cueStartsAt: a frame's cue, phrase or verb, may start at token k.
func (d *doc) cueStartsAt(k int) bool {
	return d.isVerbCue(k) || d.starts(d.l.framePhrases, k)
}

// unnamedRelayed: officials a relay quotes without naming them are
// unnamed ones: "citing officials", "citant des responsables ukrainiens".
func unnamedRelayed(s source) source {
	if s.role == roleOfficial && s.kind == claimdiff.KindOfficial && !strings.HasPrefix(s.name, "unnamed ") {
		s.name, s.kind = "unnamed "+s.name, claimdiff.KindAnonymous
	}
	return s
}

// nameInSlot reads a name where a source must stand — after "laut",
// "nach Angaben der", "von" — even where every noun is capitalized: one
// to four capitalized words after an article, none of them a word the
// data knows otherwise ("nach Angaben der IG Metall", "einer Auswertung
// von Amnesty International").
//
// A frame that opens its clause ("Laut Foresight blieben …") puts the
// finite verb right after its source where a verb comes second: a word
// without a capital after the name is that verb.
func (d *doc) nameInSlot(k, e int, opens bool) source {
	if d.isArticle(k) || k < e && d.is(d.l.genitive, k) {
		k++
	}
	if ot, ok := d.orgTypeAt(k, e); ok && ot.end < e && startsUpperRune(d.toks[ot.end].Text) {
		k = ot.end // "der Firma Crowd Counting Ltd": the name, not its kind
	}
	end := k
	// A town's adjective may open the name: "des Marburger Bundes".
	if _, ok := d.placeAdjective(k, e); ok && k+1 < e && startsUpperRune(d.toks[k+1].Text) {
		end++
	}
	for end < e && end < k+4 && d.toks[end].Kind == lang.Word && startsUpperRune(d.toks[end].Text) &&
		!d.isFunctionWord(end) && !d.isCommonWord(end) && !d.isVerbCue(end) {
		end++
	}
	// A place closing the name before a comma: "laut GeoSphere Austria, …".
	if end > k && end < e {
		if p, ok := d.place(end, e); ok && p.Role == lang.AsName && p.End < e && d.toks[p.End].Text == "," {
			end = p.End
		}
	}
	// Where nouns are capitalized, a name stands before a word of its
	// clause's grammar, not before a noun's adjective — but a figure's
	// qualifier may follow: "laut Ansa knapp 1.920".
	if end == k || end < e && d.toks[end].Kind == lang.Word && !d.isFunctionWord(end) && !d.isVerbCue(end) &&
		!d.is(d.l.qualifiersAll, end) && d.l.grammar.CapitalizesNouns() &&
		!(opens && d.l.grammar.InvertsAfterFronting() && !startsUpperRune(d.toks[end].Text) &&
			!(end-k == 1 && endsWithAny(d.toks[k].Lower, d.l.dativeEndings, 0))) { // not "Laut Ärzten starben …"
		return source{}
	}
	name := d.span(k, end)
	if n := lang.Sources().Lookup(name); n != nil {
		return d.fromNamed(n, name) // "laut Statistik Austria"
	}
	if d.documentWord(k) {
		return source{} // "laut Vorabbericht": no speaker
	}
	if end-k > 1 && d.l.grammar.CapitalizesNouns() {
		// A kind of body, then its name: "laut dem Konfliktdatenprojekt
		// ACLED", "des EU-Erdbeobachtungsdienstes Copernicus": the kind's
		// noun is declined, the name is not.
		first := d.toks[k].Text
		if k > 0 && d.is(d.l.genitive, k-1) && d.l.grammar.BaseNoun(first) != first ||
			end-k == 2 && isAcronymText(d.toks[k+1].Text) && !isAcronymText(first) {
			name = d.span(k+1, end)
			if n := lang.Sources().Lookup(name); n != nil {
				return d.fromNamed(n, name)
			}
			return source{name: name, kind: claimdiff.KindOther, text: d.span(k, end), role: roleBody}
		}
		// In the nominative after an article of the genitive: "des Marburger
		// Bundes" is the Marburger Bund ("laut Kreisveterinär Johannes
		// Wessels" is no genitive).
		if base := d.l.grammar.BaseNoun(d.toks[end-1].Text); base != d.toks[end-1].Text && k > 0 && d.is(d.l.genitive, k-1) {
			name = d.span(k, end-1) + " " + base
		}
	}
	if p, ok := d.personNamed(name); ok && end-k == 1 {
		return p // "laut Honea", after "Sheriff Kory Honea"
	}
	return source{name: name, kind: claimdiff.KindOther, text: name, role: roleBody}
}

// roleAlone: a role's one word, after an article at most, with no name
// after it, stands at token k: "der Sprecherin".
func (d *doc) roleAlone(k, e int) bool {
	if d.isArticle(k) {
		k++
	}
	m, ok := d.at(d.l.roles, k, e)
	return ok && m.End-m.Start == 1 && (m.End == e || !startsUpperRune(d.toks[m.End].Text))
}

// mainClauseStart is where the main clause of the verb at k opens: after
// the last ", but", ", während" before it, else at the sentence's start.
func (d *doc) mainClauseStart(k, start int) int {
	for j := k - 1; j > start; j-- {
		if d.toks[j-1].Text == "," {
			if m, ok := d.at(d.l.clauseCoordinators, j, k); ok {
				return m.End
			}
		}
	}
	return start
}

// subjectBefore: a speaker stands before the passive participle at k in
// its clause — not a pronoun with nothing before it, which is the "it" of
// "it was reported that".
func (d *doc) subjectBefore(ments []mention, clause, k int) bool {
	m := d.mentionBefore(ments, clause, k)
	if m.pronoun && m.start == clause && m.end == m.start+1 && !d.l.grammar.CapitalizesNouns() {
		return false
	}
	return m.src.ok()
}

// subjectOfConjoined: a speaker opens the clause of the verb before the
// conjunction at k-1, whose subject the verb at k shares: "Ukraine's
// presidential advisor puts the figure higher and claims …".
func (d *doc) subjectOfConjoined(ments []mention, k int) bool {
	si := d.sentenceOf(d.toks[k].Start)
	if si < 0 {
		return false
	}
	s := d.sents[si]
	from := d.clauseStart(k-1, s.start)
	for _, m := range ments {
		if m.start >= from && m.end < k-1 && !m.recipient && m.src.ok() {
			return true
		}
	}
	return false
}

// complementizerBetween: a word that opens reported content ("that",
// "dass", "que") stands in tokens [a, b).
func (d *doc) complementizerBetween(a, b int) bool {
	return d.wordIn(d.l.complementizers, a, b)
}

// backFrame completes the frame of a cue that points back, tokens [k,
// end) ("hieß es", "die Rede"): its clause's impersonal speaker, as a
// preposition's frame ("in Kiew … die Rede" says what "laut Kiew" says),
// else the last source.
func (d *doc) backFrame(f frame, k, end int, ments []mention, s sentence) frame {
	if src, ok := d.impersonalSpeaker(k, end, ments, s); ok {
		f.kind = framePrep
		f.fillers = append(f.fillers, filler{src: src, slot: slotAfter})
		return f
	}
	f.inherits = true
	return f
}

// impersonalSpeaker reads whose words an impersonal cue, tokens [k, end),
// reports when its clause says where they came from: "in Kiew war von
// 13 000 die Rede", "Aus Militärkreisen hieß es". The speaker is a
// mention right after a word of [impersonal-source] (an article may stand
// between), before or after the cue within its clause.
func (d *doc) impersonalSpeaker(k, end int, ments []mention, s sentence) (source, bool) {
	from, to := d.clauseStart(k, s.start), d.clauseEnd(end, s.end)
	for _, m := range ments {
		if m.start < from || m.end > to || m.pronoun && m.src.role != roleBody || !m.src.ok() || m.start >= k && m.start < end {
			// (a body pointed back to by its kind speaks: "hieß es aus
			// dem Ministerium")
			continue
		}
		j := m.start - 1
		if j > from && d.isArticle(j) {
			j--
		}
		if j < from || !d.is(d.l.impersonalSource, j) {
			continue
		}
		return m.src, true
	}
	return source{}, false
}

// clauseEnd is the first comma, semicolon or colon at or after token k in
// its sentence, or the sentence's end.
func (d *doc) clauseEnd(k, sentEnd int) int {
	for j := k; j < sentEnd; j++ {
		if t := d.toks[j].Text; t == "," || t == ";" || t == ":" {
			return j
		}
	}
	return sentEnd
}

// countsIn: a figure, as digits or a number word, stands in tokens [a, b).
func (d *doc) countsIn(a, b int) bool {
	for j := a; j < b; j++ {
		if d.countWord(j) {
			return true
		}
	}
	return false
}

// countWord: token k is digits, a number word or a vague quantity: a
// figure's, not a speaker's ("two U.N. officials", "several officials").
func (d *doc) countWord(k int) bool {
	return d.toks[k].Kind == lang.Number || d.is(d.l.numbers, k) || d.is(d.l.vagueQuant, k)
}

// agentBefore: a word of the passive's agent stands before the mention at
// token k, articles and adjectives between: "von der Polizei", "seitens
// der örtlichen Behörden".
func (d *doc) agentBefore(k, clause int) bool {
	for j := k - 1; j >= clause && j >= k-3; j-- {
		if d.is(d.l.passiveAgent, j) {
			return true
		}
		if !d.isArticle(j) && !d.isAdjective(j) {
			return false
		}
	}
	return false
}

// cueWithin: a verb cue stands in the n tokens from k, in the clause.
func (d *doc) cueWithin(k, e, n int) bool {
	for j := k; j < e && j < k+n; j++ {
		if d.toks[j].Kind == lang.Punct {
			return false
		}
		if d.isVerbCue(j) {
			return true
		}
	}
	return false
}

// pointsBackAt: token k opens its sentence with a word that points back to
// what the sentence before said: "Das", "Dies".
func (d *doc) pointsBackAt(k int) bool {
	return has(d.l.pointsBack, d.toks[k].Lower) && d.opensSentence(k)
}

// addressedBefore: the mention at k is whom something is said to, or
// part of a phrase of circumstance, not a subject: an article of the
// dative before it ("dem BR"), or a preposition and its noun ("auf
// Nachfrage der Zeitung").
func (d *doc) addressedBefore(k, from int) bool {
	j := k - 1
	if j >= from && d.isArticle(j) {
		if e, ok := d.l.dativeArticles.Has(d.toks[j].Lower); ok && e.Value == "dative" {
			return true
		}
		j--
	}
	return j-1 >= from && d.toks[j].Kind == lang.Word && !d.isVerbCue(j) && d.is(d.l.prepositions, j-1) && !d.is(d.l.passiveAgent, j-1) &&
		d.framePhraseAt(j-1, k) == 0
}

// describes: mention m names a body by its kind, as a description, not by
// a name of its own: "the UN agency", "die Wahlbehörde" (where every noun
// has a capital, a kind's word is read as a description).
func (d *doc) describes(m mention) bool {
	head := m.end - 1
	return m.src.role == roleBody && !m.pronoun && head >= m.start && d.isOrgTypeAt(head, m.end) &&
		(d.l.grammar.CapitalizesNouns() || !startsUpperRune(d.toks[head].Text))
}

// pluralVerbAt: every verb form of the frames at token k is of the plural
// only ("meldeten", "bezifferten").
func (d *doc) pluralVerbAt(k int) bool {
	vcs := d.l.verbs[d.toks[k].Lower]
	for _, vc := range vcs {
		if !vc.plural {
			return false
		}
	}
	return len(vcs) > 0
}

// opensQuote: token k opens a quotation.
func (d *doc) opensQuote(k int) bool {
	_, ok := d.quoteOpenedAt(k)
	return ok
}

// quoteOpenedAt is the quotation whose opening mark is token k.
func (d *doc) quoteOpenedAt(k int) (quoteSpan, bool) {
	for _, q := range d.quotes {
		if q.open == k {
			return q, true
		}
	}
	return quoteSpan{}, false
}

// clauseSubject is the mention that opens the clause from token from (an
// article before it at most), before token to, when no other mention
// stands between it and to: "Mayor Alan Crowe was blunt:".
func (d *doc) clauseSubject(ments []mention, from, to int) (mention, bool) {
	var first mention
	n := 0
	for _, m := range ments {
		if m.start >= from && m.end <= to && !m.recipient {
			if n == 0 {
				first = m
			}
			n++
		}
	}
	if n != 1 || !first.src.ok() || first.start > from+1 || first.start == from+1 && !d.isArticle(from) {
		return mention{}, false
	}
	return first, true
}
