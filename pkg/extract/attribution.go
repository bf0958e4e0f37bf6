package extract

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
	"github.com/claimdiff/claimdiff/pkg/rank"
)

// attribute decides who puts figure f of sentence si forward, and returns
// the token of the cue that says so (-1 when none does). It gathers the
// candidates — every reading of the frames of the figure's sentence, of
// the two before it and of the one after, the speaker of a quotation the
// figure stands in, the last source named, the previous claim's source,
// and the outlet — describes each by class-level features, and lets the
// language's ranker choose.
func (d *doc) attribute(f *figure, si int) (source, int) {
	cands := d.candidates(f, si)
	for i := range cands {
		cands[i].score = d.model.Score(cands[i].vec.IDs)
	}
	best := bestReading(cands)
	if d.explain != nil {
		d.explain(cands, best)
	}
	src := cands[best].src
	if src.via == "" {
		// Another reading of the same source may know who relays it: "AFP
		// quoted an Egyptian diplomat as saying …".
		for i := range cands {
			if cands[i].src.name == src.name && cands[i].src.via != "" {
				src.via = cands[i].src.via
				break
			}
		}
	}
	return src, cands[best].cueAt
}

// bestReading chooses the source whose readings together are likeliest —
// the ranker's probability of a source is the sum of its readings' — and,
// of its readings, the one scored highest. Ties go to the earlier: the
// nearer reading.
func bestReading(cands []candidate) int {
	top := math.Inf(-1)
	for i := range cands {
		top = math.Max(top, cands[i].score)
	}
	best, bestMass := 0, -1.0
	for i := range cands {
		if !leads(cands, i) {
			continue
		}
		mass := 0.0
		for j := range cands {
			if cands[j].src.name == cands[i].src.name {
				mass += math.Exp(cands[j].score - top)
			}
		}
		if mass > bestMass {
			best, bestMass = i, mass
		}
	}
	return best
}

// leads reports whether reading i is the best of its source's, the
// earliest of equals.
func leads(cands []candidate, i int) bool {
	for j := range cands {
		if j == i || cands[j].src.name != cands[i].src.name {
			continue
		}
		if cands[j].score > cands[i].score || j < i && cands[j].score == cands[i].score {
			return false
		}
	}
	return true
}

// candidate is one reading of who speaks for a figure.
type candidate struct {
	src   source
	typ   string // the reading's kind: "verb.after", "prep", "carry", "outlet"
	group string // the kinds it shares features with: "frame", "next", "discourse"
	kind  frameKind
	cueAt int
	vec   rank.Vec
	score float64
	parts [8]string // a buffer for feat
	// The hashes of the first parts of every feature feat adds, and the
	// kind and group they were hashed of.
	typHash, groupHash     rank.Feature
	hashedTyp, hashedGroup string
}

// feat adds a feature twice: for the reading's kind ("t|verb.after|sd|1")
// and for its group ("g|frame|sd|1"), so that what holds for every frame
// is learned from all of them.
func (c *candidate) feat(parts ...string) {
	if !c.vec.KeepsNames() {
		c.featHashed(parts)
		return
	}
	b := append(c.parts[:0], "t", c.typ)
	b = append(b, parts...)
	c.vec.Add(b...)
	b[0], b[1] = "g", c.group
	c.vec.Add(b...)
}

// featHashed is feat for a vector without names: the hashes of "t", kind
// and "g", group are taken once per reading.
func (c *candidate) featHashed(parts []string) {
	if c.typHash == 0 || c.hashedTyp != c.typ {
		c.typHash, c.hashedTyp = rank.Hash("t", c.typ), c.typ
	}
	if c.groupHash == 0 || c.hashedGroup != c.group {
		c.groupHash, c.hashedGroup = rank.Hash("g", c.group), c.group
	}
	c.vec.AddHashed(c.typHash.With(parts...))
	c.vec.AddHashed(c.groupHash.With(parts...))
}

// groupOf is the group of a reading's kind.
func groupOf(typ string, kind frameKind) string {
	switch {
	case strings.HasPrefix(typ, "next."), strings.HasPrefix(typ, "ahead."):
		return "next"
	case typ == typLast || typ == typCarry:
		return "discourse"
	case kind != 0:
		return "frame"
	}
	return typ
}

// candidate types that are not frames.
const (
	typQuote  = "quote"  // the speaker of a quotation the figure stands in
	typLast   = "last"   // the last source the article named
	typCarry  = "carry"  // the previous claim's source
	typOutlet = "outlet" // nobody named: the outlet
)

// typNames names a frame's readings by kind and slot.
var typNames = func() [len(frameNames)][len(slotNames)]string {
	var t [len(frameNames)][len(slotNames)]string
	for k := range frameNames {
		for sl := range slotNames {
			t[k][sl] = frameNames[k]
			if slotNames[sl] != "" {
				t[k][sl] += "." + slotNames[sl]
			}
		}
	}
	return t
}()

var sdNames = [...]string{"0", "1", "2", "3"}

// candidates lists the readings of who speaks for figure f of sentence si,
// nearest first, with their features.
func (d *doc) candidates(f *figure, si int) []candidate {
	d.cands = d.cands[:0]
	add := func(src source, typ string, kind frameKind, cueAt int) *candidate {
		if !src.ok() {
			return nil
		}
		if len(d.cands) < cap(d.cands) {
			d.cands = d.cands[:len(d.cands)+1]
			d.cands[len(d.cands)-1].vec.Reset(d.explain != nil) // a reading of an earlier figure's
		} else {
			d.cands = append(d.cands, candidate{vec: rank.NewVec(d.explain != nil)})
		}
		c := &d.cands[len(d.cands)-1]
		c.src, c.typ, c.kind, c.cueAt, c.score = src, typ, kind, cueAt, 0
		c.group = groupOf(typ, kind)
		return c
	}
	s := d.sents[si]
	own := d.sentenceFrames(si)
	ctx := figureContext{
		sent:      si,
		own:       len(own) > 0,
		clauseCue: -1,
		reported:  d.reportedSpeech(si),
		quoted:    d.inQuote(f.start, s),
		headline:  s.headline,
	}
	if i := d.clauseFrame(own, f, s); i >= 0 {
		ctx.clauseCue = own[i].at
	}
	// The figure's own sentence, nearest cue first.
	order := d.byDistance(own, f)
	figClause := d.clauseStart(f.start, s.start)
	for _, i := range order {
		fr := &own[i]
		if ctx.clauseCue >= 0 && fr.at != ctx.clauseCue && !fr.inherits && d.clauseStart(fr.at, s.start) != figClause && !(fr.lo <= f.start && f.start < fr.hi) {
			// "Während die Polizei von 6000 sprach, zählten die Veranstalter
			// 15.000": a frame of the figure's own clause speaks for it; one
			// of another clause, whose content it is not in, does not.
			continue
		}
		if fr.inherits {
			if c := add(d.last.src, typNames[fr.kind][slotNone], fr.kind, fr.at); c != nil {
				d.frameFeatures(c, fr, nil, f, 0, ctx, s)
			}
			continue
		}
		if fr.relayed {
			continue // "berichtete CNN unter Berufung auf Beamte": the relay names the source
		}
		for j := range fr.fillers {
			fl := &fr.fillers[j]
			if c := add(fl.src, typNames[fr.kind][fl.slot], fr.kind, fr.at); c != nil {
				d.frameFeatures(c, fr, fl, f, 0, ctx, s)
			}
		}
	}
	if src, ok := d.quoteSpeaker(si); ok {
		if c := add(src, typQuote, 0, -1); c != nil {
			d.contextFeatures(c, ctx, 0)
		}
	}
	// The sentences before, nearest first.
	for back := 1; back <= 2 && si-back >= 0; back++ {
		frs := d.sentenceFrames(si - back)
		for i := len(frs) - 1; i >= 0; i-- {
			fr := &frs[i]
			if fr.inherits {
				continue
			}
			for j := range fr.fillers {
				fl := &fr.fillers[j]
				if c := add(fl.src, typNames[fr.kind][fl.slot], fr.kind, -1); c != nil {
					d.frameFeatures(c, fr, fl, f, back, ctx, d.sents[si-back])
				}
			}
		}
	}
	// The discourse: the last speaker, and the previous figure's source.
	// German reported speech carries a speaker on further than a plain
	// sentence does ("Außerdem seien Tausende vermisst"), so a figure in
	// it looks further back, and the features say how far it looked.
	reach := 3
	if ctx.reported {
		reach = 5
	}
	if d.last.src.ok() && si-d.last.srcSent <= reach {
		if c := add(d.last.src, typLast, 0, -1); c != nil {
			d.contextFeatures(c, ctx, si-d.last.srcSent)
			reportedFeatures(c, ctx, si-d.last.srcSent)
		}
	}
	if d.prev.src.ok() && si-d.prev.sent <= reach {
		if c := add(d.prev.src, typCarry, 0, -1); c != nil {
			d.contextFeatures(c, ctx, si-d.prev.sent)
			reportedFeatures(c, ctx, si-d.prev.sent)
		}
	}
	// A headline's figure: the sources of the lead below it.
	if s.headline {
		n := 0
		for j := si + 1; j < len(d.sents) && n < leadSentences; j++ {
			if d.sents[j].headline {
				continue
			}
			n++
			frs := d.peekFrames(j)
			for i := range frs {
				fr := &frs[i]
				src, ok := fr.primary()
				if !ok || fr.inherits {
					continue
				}
				if c := add(src, "lead."+fr.kind.String(), fr.kind, -1); c != nil {
					c.group = "lead"
					d.contextFeatures(c, ctx, n)
					if d.figureRestated(f, j) {
						c.feat("restated") // the lead gives the figure again
					}
				}
			}
		}
	}
	// The sentence after: "Das teilte die Polizei mit."
	if si+1 < len(d.sents) && !d.sents[si+1].headline {
		frs := d.peekFrames(si + 1)
		points := d.pointsBack(si + 1)
		claimless := d.claimless(si + 1) // not "an einer Medienkonferenz"'s one
		for i := range frs {
			fr := &frs[i]
			if fr.inherits {
				continue
			}
			src, ok := fr.primary()
			if !ok {
				continue
			}
			// "Das teilte die Polizei mit.": a sentence that points back and
			// holds no figure of its own is this one's tag.
			tag := points && claimless
			typ := "next." + fr.kind.String()
			if tag {
				typ = "back." + fr.kind.String()
			}
			if c := add(src, typ, fr.kind, -1); c != nil {
				if tag {
					c.group = "frame"
				}
				d.contextFeatures(c, ctx, 0)
				if points {
					c.feat("points")
				}
				if claimless {
					c.feat("nofigures")
				}
			}
		}
	}
	// Reported speech before anyone has spoken, whose speaker is named
	// only further on: "Damit seien … getötet worden. … 3594 Todesopfer
	// seien nicht identifiziert worden, erklärte die Beobachtungsstelle."
	if ctx.reported && !ctx.own && !d.last.src.ok() {
		d.speakerAhead(si, ctx, add)
	}
	c := add(d.outlet(), typOutlet, 0, -1)
	d.contextFeatures(c, ctx, 0)
	if si == 0 || si == 1 {
		c.feat("lead")
	}
	if back := d.framesBefore(si); back > 0 {
		c.feat("framesbefore")
	}
	// Readings that agree: the same source named by two frames.
	for i := range d.cands {
		n := 0
		for j := range d.cands {
			if i != j && d.cands[j].kind != 0 && d.cands[i].kind != 0 && d.cands[j].src.name == d.cands[i].src.name {
				n++
			}
		}
		if n > 0 {
			d.cands[i].vec.Add("agree")
		}
		if d.prev.src.ok() && d.cands[i].src.name == d.prev.src.name && si-d.prev.sent <= 2 {
			d.cands[i].vec.Add("prev", sdNames[min(si-d.prev.sent, 3)])
		}
		d.cands[i].vec.Add("role", roleNames[d.cands[i].src.role])
	}
	return d.cands
}

// figureContext is what the features ask of a figure's sentence.
type figureContext struct {
	sent     int
	own      bool // the sentence has frames of its own
	reported bool // German reported speech, hearsay
	quoted   bool // the figure stands inside a quotation
	headline bool
	// clauseCue is the cue of a frame with a source in the figure's own
	// clause; -1 when there is none. A reading of any other frame is
	// beaten by it.
	clauseCue int
}

// clauseFrame finds a frame with a source whose cue stands in figure f's
// clause: "…, die Veranstalter sprachen von 40.000".
func (d *doc) clauseFrame(frames []frame, f *figure, s sentence) int {
	cl := d.clauseStart(f.start, s.start)
	best := -1
	for i := range frames {
		fr := &frames[i]
		if len(fr.fillers) == 0 || d.clauseStart(fr.at, s.start) != cl {
			continue
		}
		if best < 0 || absInt(fr.at-f.start) < absInt(frames[best].at-f.start) {
			best = i
		}
	}
	return best
}

var roleNames = [...]string{"", "person", "official", "body", "metonym", "generic"}

// frameFeatures describes a reading of frame fr for figure f, back
// sentences before it.
func (d *doc) frameFeatures(c *candidate, fr *frame, fl *filler, f *figure, back int, ctx figureContext, s sentence) {
	v := &c.vec
	c.feat()
	c.feat("sd", sdNames[back])
	if back == 0 {
		in := fr.lo <= f.start && f.start < fr.hi
		c.feat("in", yesNo(in))
		same := d.clauseStart(fr.at, s.start) == d.clauseStart(f.start, s.start)
		c.feat("clause", yesNo(same))
		side := "before"
		if fr.at >= f.end {
			side = "after"
		}
		c.feat("side", side)
		c.feat("dist", distBucket(f, fr))
		if fr.at < f.start && fr.kind == framePrep || fr.kind == framePostp && fr.at > f.start {
			c.feat("governs")
		}
	} else {
		if ctx.reported {
			c.feat("rep", sdNames[back])
		}
		c.feat("own", yesNo(ctx.own))
		if ctx.reported && !ctx.own {
			c.feat("carried", sdNames[back]) // "Mehr als 650 Menschen seien verletzt worden."
		}
	}
	if ctx.clauseCue >= 0 && (back > 0 || fr.at != ctx.clauseCue) {
		c.feat("beaten")
		v.Add("beaten")
	}
	if fr.first {
		c.feat("first")
	}
	if fr.relayed {
		c.feat("relayed")
	}
	if fr.governed {
		c.feat("governed")
	}
	if fl != nil {
		if fl.adjacent {
			c.feat("adjacent")
		}
		if fl.src.implied {
			c.feat("implied") // "the official toll": no speaker named
		}
		if len(fr.fillers) > 1 {
			c.feat("rival")
		}
		if fl.src.via != "" {
			c.feat("via")
		}
	}
	if ctx.quoted {
		c.feat("quoted")
	}
	if ctx.headline {
		c.feat("headline")
	}
}

// contextFeatures describes a reading that is not a frame of the figure's
// sentence: the quotation's speaker, the last or previous source, the
// outlet.
func (d *doc) contextFeatures(c *candidate, ctx figureContext, back int) {
	v := &c.vec
	c.feat()
	c.feat("sd", sdNames[min(back, 3)])
	c.feat("own", yesNo(ctx.own))
	if ctx.clauseCue >= 0 {
		c.feat("beaten")
		v.Add("beaten")
	}
	if ctx.reported {
		c.feat("rep")
	}
	if ctx.quoted {
		c.feat("quoted")
	}
	if ctx.headline {
		c.feat("headline")
	}
}

// reportedFeatures: a discourse reading of a figure in reported speech,
// by how many sentences back its source spoke.
func reportedFeatures(c *candidate, ctx figureContext, back int) {
	if ctx.reported {
		c.feat("rep", "sd", sdNames[min(back, 3)])
	}
}

// framesBefore counts the frames with a source in the two sentences
// before si.
func (d *doc) framesBefore(si int) int {
	n := 0
	for back := 1; back <= 2 && si-back >= 0; back++ {
		for _, fr := range d.sentenceFrames(si - back) {
			if len(fr.fillers) > 0 {
				n++
			}
		}
	}
	return n
}

// byDistance orders frames by how far their cues stand from the figure.
func (d *doc) byDistance(frames []frame, f *figure) []int {
	d.order = d.order[:0]
	for i := range frames {
		d.order = append(d.order, i)
	}
	dist := func(i int) int {
		fr := &frames[i]
		switch {
		case fr.end <= f.start:
			return f.start - fr.end
		case fr.at >= f.end:
			return fr.at - f.end
		}
		return 0
	}
	slices.SortStableFunc(d.order, func(a, b int) int { return cmp.Compare(dist(a), dist(b)) })
	return d.order
}

func distBucket(f *figure, fr *frame) string {
	n := 0
	switch {
	case fr.end <= f.start:
		n = f.start - fr.end
	case fr.at >= f.end:
		n = fr.at - f.end
	}
	switch {
	case n <= 3:
		return "0-3"
	case n <= 8:
		return "4-8"
	case n <= 15:
		return "9-15"
	}
	return "16+"
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// inQuote: token k of sentence s stands inside a quotation.
func (d *doc) inQuote(k int, s sentence) bool {
	for _, q := range d.quotes {
		if q.open < k && k < q.close {
			return true
		}
	}
	return false
}

// outlet is the source of a figure nobody is cited for: the outlet, or
// "unattributed" when the outlet is unknown.
func (d *doc) outlet() source {
	if d.meta.Outlet != "" {
		return d.canonicalOutlet(d.meta.Outlet)
	}
	return source{name: "unattributed", kind: claimdiff.KindOther}
}

func (d *doc) canonicalOutlet(name string) source {
	return source{name: name, kind: claimdiff.KindMedia, text: name}
}

// reportedSpeech: the sentence is German indirect speech or hearsay —
// "seien", "habe", "könne", "soll", "demnach" — and so carries the last
// source on.
func (d *doc) reportedSpeech(si int) bool {
	s := d.sents[si]
	_, ok := d.firstIn(d.l.reported, s.start, s.end)
	return ok
}

// pointsBack: the sentence opens with "Das", "Dies", "This" and attributes:
// "Das haben Aussagen von Überlebenden ergeben, wie … twitterte."
func (d *doc) pointsBack(si int) bool {
	s := d.sents[si]
	if !has(d.l.pointsBack, d.toks[s.start].Lower) {
		return false
	}
	// "Das haben … ergeben", not "Das Rote Kreuz berichtete".
	if n := d.tok(s.start + 1); n == nil || n.Kind != lang.Word || startsUpperRune(n.Text) {
		return false
	}
	for _, f := range d.peekFrames(si) {
		if !f.inherits && len(f.fillers) > 0 {
			return true
		}
	}
	return false
}

// remember updates the discourse with what sentence si named.
func (d *doc) remember(si int) {
	frames := d.sentenceFrames(si)
	// Bodies named without speaking are what "der Geheimdienst" may point
	// back to later: "…, der südkoreanische Geheimdienst gehe davon aus".
	if !d.sents[si].headline {
		for _, m := range d.mentCache[si] {
			if !m.pronoun && !m.recipient && m.src.ok() && m.src.role == roleBody && m.src.org == nil &&
				!(placeBody(m.src.name) && d.afterPreposition(m.start, d.sents[si].start)) { // not "die Gefechte um die Stadt Pokrowsk"
				d.notePlain(m.src)
			}
			// A person named without speaking is whom "er", "il" and "he"
			// mean until someone is quoted: "Zelensky condemned the
			// attack. …, he said."
			if !m.pronoun && !m.recipient && m.src.ok() && m.src.role == rolePerson && !d.last.speaker.ok() {
				d.last.person = m.src
				d.gen.rest++
			}
			// "Präsident Selenskyj forderte mehr Flugabwehr. …, schrieb er":
			// a person opening the sentence as its subject is whom the next
			// sentence's "er", "he" means, before a speaker quoted earlier.
			if !m.pronoun && !m.recipient && m.src.ok() && m.src.role == rolePerson && m.start == d.sents[si].start && d.last.speaker.ok() &&
				d.last.speaker.name != m.src.name && len(frames) == 0 {
				d.last.person, d.last.speaker = m.src, m.src
				d.last.speaker.via = ""
				d.gen.rest++
			}
		}
	}
	for i := range frames {
		src, ok := frames[i].primary()
		if frames[i].inherits || !ok || d.sents[si].headline || frames[i].kind == frameAct {
			continue // an act's agent did not speak: "Police arrested 15"
		}
		d.last.src, d.last.srcSent = src, si
		d.gen.rest++
		if src.org != nil {
			d.note(*src.org)
		}
		d.note(src)
		if src.role == rolePerson {
			d.last.speaker = src
			d.last.speaker.via = ""
		}
	}
}

// notePlain adds a source to those anaphora may point back to, the most
// recent first, eight at most, without making it the last speaker of its
// kind.
func (d *doc) notePlain(s source) {
	if s.joint {
		return // "die Feuerwehr" later is not "Feuerwehr und Polizei"
	}
	s.via = ""
	if len(d.last.bodies) < 8 {
		d.last.bodies = append(d.last.bodies, noted{})
	}
	copy(d.last.bodies[1:], d.last.bodies)
	d.last.bodies[0] = noted{source: s}
	d.gen.rest++
}

func (d *doc) note(s source) {
	if s.joint {
		return
	}
	s.via = ""
	d.gen.rest++
	switch s.role {
	case rolePerson:
		d.last.person = s
	case roleOfficial:
		d.last.official = s
	case roleBody, roleMetonym:
		d.last.body = s
	}
	d.notePlain(s)
}

// quoteSpan is a quotation: the tokens of its opening and closing marks.
type quoteSpan struct{ open, close int }

// findQuotes pairs quotation marks: „…“ and “…” and »…« and "…".
func (d *doc) findQuotes() {
	var stack []int
	straight := -1
	for i := range d.toks {
		t := &d.toks[i]
		if t.Kind != lang.Punct {
			continue
		}
		switch t.Text {
		case "„", "«", "»":
			if t.Text == "«" && len(stack) > 0 && d.toks[stack[len(stack)-1]].Text == "»" {
				d.quotes = append(d.quotes, quoteSpan{stack[len(stack)-1], i})
				stack = stack[:len(stack)-1]
				continue
			}
			stack = append(stack, i)
		case "“":
			if len(stack) > 0 && d.toks[stack[len(stack)-1]].Text == "„" {
				d.quotes = append(d.quotes, quoteSpan{stack[len(stack)-1], i})
				stack = stack[:len(stack)-1]
			} else {
				stack = append(stack, i) // English opening mark
			}
		case "”":
			if len(stack) > 0 {
				d.quotes = append(d.quotes, quoteSpan{stack[len(stack)-1], i})
				stack = stack[:len(stack)-1]
			}
		case "\"":
			if straight < 0 {
				straight = i
			} else {
				d.quotes = append(d.quotes, quoteSpan{straight, i})
				straight = -1
			}
		}
	}
}

// quoteSpeaker: a sentence inside a quotation that runs over several
// sentences belongs to the speaker named where the quotation closes
// ("…“, fügte er hinzu") or opens ("sagte Umerov: „…"); a quotation of
// its own, with no speaker, right after a quotation whose speaker is
// named, goes on quoting that speaker ("…,“ said the minister. „Whatever
// happened, …“).
func (d *doc) quoteSpeaker(si int) (source, bool) {
	if src, ok := d.quoteSpeakerOf(si); ok {
		return src, true
	}
	if si > 0 && d.wholeQuote(si) {
		if src, ok := d.quoteTagSpeaker(si - 1); ok {
			return src, true
		}
	}
	return d.paragraphQuoteSpeaker(si)
}

// paragraphQuoteSpeaker: a paragraph that opens with a quotation mark
// goes on with the quotation of the paragraphs before it, as a long
// quotation opens every paragraph and closes only the last: its speaker
// is the one named at the nearest paragraph before that introduces a
// quotation ("…, told The Telegraph: "…") or names who spoke after one
// ("…," a Home Office spokesman said.).
func (d *doc) paragraphQuoteSpeaker(si int) (source, bool) {
	first := d.paragraphStart(si)
	if !d.opensWithQuote(first) {
		return source{}, false
	}
	for sj, n := first-1, 0; sj >= 0 && n < 12; sj, n = sj-1, n+1 {
		if src, ok := d.quoteTagSpeaker(sj); ok {
			return src, true
		}
		if src, ok := d.quoteIntroSpeaker(sj); ok {
			return src, true
		}
		if d.sents[sj].first && !d.opensWithQuote(sj) {
			break // a paragraph of the article's own
		}
	}
	return source{}, false
}

// paragraphStart is the first sentence of sentence si's paragraph.
func (d *doc) paragraphStart(si int) int {
	for si > 0 && d.sents[si-1].para == d.sents[si].para {
		si--
	}
	return si
}

// opensWithQuote: sentence si opens with a quotation mark.
func (d *doc) opensWithQuote(si int) bool {
	t := &d.toks[d.sents[si].start]
	return t.Kind == lang.Punct && strings.ContainsAny(t.Text, "„“\"«»")
}

// quoteTagSpeaker is the speaker a sentence names after a quotation that
// closes in it: "…,“ said defence minister Simon Coveney.
func (d *doc) quoteTagSpeaker(si int) (source, bool) { return d.speakerBesideQuote(si, true) }

// quoteIntroSpeaker is the speaker a sentence names before a quotation
// that opens in it: Peter Bone … told The Telegraph: "…
func (d *doc) quoteIntroSpeaker(si int) (source, bool) { return d.speakerBesideQuote(si, false) }

// speakerBesideQuote is the speaker of a frame of sentence si after a
// quotation that closes in it (after), or before one that opens in it.
func (d *doc) speakerBesideQuote(si int, after bool) (source, bool) {
	s := d.sents[si]
	for _, q := range d.quotes {
		mark := q.open
		if after {
			mark = q.close
		}
		if mark < s.start || mark >= s.end {
			continue
		}
		for _, f := range d.sentenceFrames(si) {
			src, ok := f.primary()
			if !ok || f.inherits || f.relayed {
				continue
			}
			if after && f.at > q.close || !after && f.end <= q.open {
				return src, true
			}
		}
	}
	return source{}, false
}

// wholeQuote: sentence si is a quotation from its start.
func (d *doc) wholeQuote(si int) bool {
	s := d.sents[si]
	for _, q := range d.quotes {
		if q.open <= s.start+1 && q.open >= s.start-1 && q.close > s.start {
			return true
		}
	}
	return false
}

func (d *doc) quoteSpeakerOf(si int) (source, bool) {
	s := d.sents[si]
	for _, q := range d.quotes {
		if q.open > s.start || q.close < s.end-1 {
			if !(q.open <= s.start && q.close >= s.end-2) {
				continue
			}
		}
		// The sentences where it closes and opens.
		for sj := si; sj < len(d.sents) && sj <= si+4; sj++ {
			if d.sents[sj].start <= q.close && q.close < d.sents[sj].end {
				for _, f := range d.peekFrames(sj) {
					if src, ok := f.primary(); ok && f.at > q.close && !f.inherits && !f.relayed {
						return src, true
					}
				}
				break
			}
		}
		for sj := si; sj >= 0 && sj >= si-4; sj-- {
			if d.sents[sj].start <= q.open && q.open < d.sents[sj].end {
				for _, f := range d.sentenceFrames(sj) {
					if src, ok := f.primary(); ok && f.end <= q.open && !f.inherits && !f.relayed {
						return src, true
					}
				}
				break
			}
		}
	}
	return source{}, false
}

// findAcronyms reads the article's own acronyms — "Wahlkommission (IEC)",
// "National Intelligence Service(NIS)" — so that a later "die
// Wahlkommission" is the IEC.
func (d *doc) findAcronyms() {
	if d.acronyms == nil {
		d.acronyms, d.acronymText = map[string]source{}, map[string]source{}
	}
	clear(d.acronyms)
	clear(d.acronymText)
	for i := 2; i+1 < len(d.toks); i++ {
		if !isAcronymText(d.toks[i].Text) {
			continue
		}
		parenthesized := d.toks[i-1].Text == "(" && d.toks[i+1].Text == ")"
		// "the Directorate General of Health Services or DGHS".
		alternative := d.is(d.l.or, i-1) && startsUpperRune(d.toks[i-2].Text) && d.toks[i+1].Kind == lang.Punct
		if !parenthesized && !alternative {
			continue
		}
		acr := d.toks[i].Text
		src := source{name: acr, kind: claimdiff.KindOfficial, text: acr, role: roleBody}
		if n := lang.Sources().Lookup(acr); n != nil {
			src = d.fromNamed(n, acr)
		} else if full := d.nameBefore(i - 1); parenthesized && (full != "" || d.spellsOut(i-1, acr)) {
			// "the Kenya Medical Practitioners, Pharmacists and Dentists
			// Union (KMPDU)": the words the acronym spells out, where they
			// run past a comma the name stops at.
			if j, ok := d.spelledOut(max(0, i-16), i-1, acr); ok && !d.l.grammar.CapitalizesNouns() && len(d.span(j, i-1)) > len(full) {
				full = d.span(j, i-1)
			}
			// "the Free and Fair Election Network (FAFEN)": the name with
			// its acronym, as the known sources are named.
			src.name = full + " (" + acr + ")"
			src.text = src.name
		}
		d.acronymText[acr] = src
		// The kind of body named just before: its head word, and the whole.
		for j := i - 2; j >= 0 && j >= i-5; j-- {
			if d.toks[j].Kind != lang.Word {
				break
			}
			if m, ok := d.l.orgTypes.At(d.toks[:i-1], j); ok {
				d.acronyms[lang.Lower(d.span(m.Start, m.End))] = src
				break
			}
		}
	}
}

// spellsOut: the words before token k spell out the acronym acr, where
// capitals mark names alone.
func (d *doc) spellsOut(k int, acr string) bool {
	_, ok := d.spelledOut(max(0, k-16), k, acr)
	return ok && !d.l.grammar.CapitalizesNouns()
}

// nameBefore is the proper name that ends just before token k, where
// capitals mark names alone: two or more capitalized words, with the small
// words names hold between them ("Free and Fair Election Network"); "" for
// none, and always where every noun is capitalized.
func (d *doc) nameBefore(k int) string {
	if d.l.grammar.CapitalizesNouns() {
		return ""
	}
	start, words := k, 0
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		t := &d.toks[j]
		if t.Kind == lang.Word && startsUpperRune(t.Text) && !d.isArticle(j) && !d.isFunctionWord(j) { // not "In" opening a sentence
			start, words = j, words+1
			continue
		}
		if t.Kind == lang.Word && d.is(d.l.nameConnectors, j) && j > 0 && startsUpperRune(d.toks[j-1].Text) {
			continue
		}
		break
	}
	if words < 2 {
		return ""
	}
	return d.span(start, k)
}

// country is the country the article is most about, by how often it names
// the country, its people, or places in it. Ministries and governments
// named without a country belong to it.
// region is the region the article is most about, when its country's
// regions have governments of their own (lang.RegionalGovernments); nil
// otherwise.
func (d *doc) region() *lang.Named {
	if !d.regionDone {
		d.regionDone = true
		d.regionOf = d.mostNamed(governingRegion)
	}
	return d.regionOf
}

// articleRegion is the region (a state, a province, a canton) the article
// names most, through its places.
func (d *doc) articleRegion() *lang.Named {
	if !d.anyRegionDone {
		d.anyRegionDone = true
		d.anyRegionOf = d.mostNamed(func(n *lang.Named) *lang.Named {
			for ; n != nil; n = lang.Places().Parent(n) {
				if n.Kind == "region" {
					return n
				}
			}
			return nil
		})
	}
	return d.anyRegionOf
}

// country is the country the article names most, through its places.
func (d *doc) country() *lang.Named {
	if !d.countryDone {
		d.countryDone = true
		d.countryOf = d.mostNamed(d.countryOfPlace)
	}
	return d.countryOf
}

// mostNamed is the place the article names most often through of (the
// country of each place named, say); ties go to the first name in
// alphabetical order; nil when of finds none.
func (d *doc) mostNamed(of func(*lang.Named) *lang.Named) *lang.Named {
	count := map[*lang.Named]int{}
	for _, p := range d.placesNamed() {
		if n := of(p); n != nil {
			count[n]++
		}
	}
	var most *lang.Named
	best := 0
	for n, c := range count {
		if c > best || c == best && n.Name < most.Name {
			best, most = c, n
		}
	}
	return most
}

// period is the phrase that makes a figure other than a standing figure:
// a count over a stated interval or an increment ("weitere", "am Samstag
// und Sonntag", "binnen 24 Stunden"), a part of a figure given before
// ("1.000 dieser Soldaten", "14 of them") or a capacity or permit ("für
// 50.000 Menschen angemeldet"). The comparison reads which from the phrase.
func (d *doc) period(f *figure, c *counted, s sentence) string {
	if c.increment != "" {
		return c.increment
	}
	if p := d.partOrCapacity(f, c, s); p != "" {
		return p
	}
	if t := d.tok(f.end); t != nil && f.end < s.end {
		if m, ok := d.at(d.l.increment, f.end, s.end); ok && m.Entry.Value != "comparative" {
			return d.span(m.Start, m.End)
		}
	}
	if f.start > s.start {
		if m, ok := d.ending(d.l.increment, f.start); ok && m.Start >= s.start && m.Entry.Value != "comparative" && m.Entry.Value != "new" {
			return d.span(m.Start, m.End)
		}
	}
	best, bestDist := "", 1<<30
	search := d.mayStartIn(d.l.period, s.start, s.end) // most sentences hold no phrase of [period]
	for k := s.start; search && k < s.end; k++ {
		m, ok := d.at(d.l.period, k, s.end)
		if !ok {
			continue
		}
		if m.Start < f.end && m.End > f.start {
			continue // "between 6,000 and 8,000": the figure's own words, not "between March and May"
		}
		if k > s.start && !d.l.grammar.CapitalizesNouns() && startsUpperRune(d.toks[k].Text) && d.toks[k-1].Kind == lang.Word {
			k = m.End - 1
			continue // "told the Daily Post": a name's word
		}
		// A phrase that opens the sentence frames all of it: "During the
		// previous day of strikes, the union counted …, the ministry …".
		dist := absInt(k - f.start)
		if k == s.start && d.frontedAdverbial(m.End, s.end) {
			dist = 0
		}
		if dist < bestDist && dist < 16 {
			best, bestDist = d.span(m.Start, m.End), dist
		}
		k = m.End - 1
	}
	return strings.TrimSpace(best)
}

// partOrCapacity is the phrase that makes a figure a part of one given
// before or a capacity; "" for neither. A phrase of [part] follows the
// figure ("14 of them"), or, entered "before", precedes a figure without a
// noun of its own ("davon 14"); a phrase of [capacity] follows the figure
// in its clause ("für 50.000 Menschen angemeldet"), or, entered "before",
// precedes it ("Platz für 80.000").
func (d *doc) partOrCapacity(f *figure, c *counted, s sentence) string {
	l := d.l
	if m, ok := d.at(l.part, f.end, s.end); ok && m.Entry.Value != "before" {
		return d.span(m.Start, m.End)
	}
	from := d.clauseStart(f.start, s.start)
	for _, set := range []*lang.Set{l.part, l.capacity} {
		if set == l.part && c.noun >= 0 {
			continue
		}
		// Before the figure, with at most two words between: "davon
		// mindestens 14", "Platz für bis zu 80.000".
		for j := f.start; j >= from && j >= f.start-2; j-- {
			if m, ok := d.ending(set, j); ok && m.Start >= from && m.Entry.Value == "before" {
				return d.span(m.Start, m.End)
			}
		}
	}
	for k := f.end; k < s.end && k < f.end+8; k++ {
		switch d.toks[k].Text {
		case ",", ";", ":", "–", "—":
			return ""
		}
		if m, ok := d.at(l.capacity, k, s.end); ok && m.Entry.Value != "before" {
			return d.span(m.Start, m.End)
		}
	}
	return ""
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// figureRestated: sentence j gives figure f's value again.
func (d *doc) figureRestated(f *figure, j int) bool {
	for _, g := range d.figs[j] {
		if g.value == f.value {
			return true
		}
	}
	return false
}

// speakerAhead adds the first speaker named two to four sentences after
// sentence si, as a reading of a figure in reported speech.
func (d *doc) speakerAhead(si int, ctx figureContext, add func(source, string, frameKind, int) *candidate) {
	for j := si + 2; j < len(d.sents) && j <= si+4; j++ {
		if d.sents[j].headline {
			continue
		}
		frs := d.peekFrames(j)
		for i := range frs {
			fr := &frs[i]
			if fr.inherits {
				continue
			}
			if src, ok := fr.primary(); ok {
				if c := add(src, "ahead."+fr.kind.String(), fr.kind, -1); c != nil {
					d.contextFeatures(c, ctx, j-si)
				}
				return
			}
		}
	}
}

// frontedAdverbial tells whether the phrase ending before token end is a
// fronted adverbial: a comma closes it within a few words, before any
// figure ("During the previous day of strikes, …").
func (d *doc) frontedAdverbial(end, sentEnd int) bool {
	for k := end; k < sentEnd && k < end+6; k++ {
		if d.toks[k].Text == "," {
			return true
		}
		if _, ok := d.figureAt(k, sentEnd); ok {
			return false
		}
	}
	return false
}

// claimless: sentence si holds no figure that may be a claim.
func (d *doc) claimless(si int) bool {
	s := d.sents[si]
	for i := range d.figs[si] {
		if d.notClaim(&d.figs[si][i], s.start, s.end) == "" {
			return false
		}
	}
	return true
}
