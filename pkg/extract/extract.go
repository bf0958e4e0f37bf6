// Package extract turns article text into claims: every figure on a
// countable thing, with its qualifier and interval, what it counts, where,
// who says it and when. It is a pure function of the text and its metadata
// — no database, no clock, no globals but the read-only language data of
// package lang — so it runs on any number of cores at once.
//
// The stages, a file or a few each: prepare (page furniture, sentences),
// figure (numbers, qualifiers, ranges), filter (dates, ages, units — what
// is not a claim), counted, metric and subject (what a figure counts); who
// says it — mention, name, body, anonymous and anaphor (the people and
// bodies a sentence names), canonical (their one name), frame and
// figuresource (the constructions that attribute, with the mentions that
// fill them), attribution (the candidate sources of a figure, ranked by
// the language's learned weights); place (where) and when (the day it was
// said).
//
// Words, frames and weights are the language's data (package lang and its
// per-language packages); nothing here tests for a particular language.
package extract

import (
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
	_ "github.com/claimdiff/claimdiff/pkg/lang/languages" // the lexicons looked up here
	"github.com/claimdiff/claimdiff/pkg/rank"
)

// Name and Version identify the extractor on every claim it makes.
const (
	Name    = "claimdiff-rules"
	Version = "3"
)

// Meta is what the extractor knows of an article besides its text.
type Meta struct {
	Key       string // the article's key, copied to every claim
	Outlet    string
	Published time.Time
	Language  string // a language code claimdiff has data for; detected when empty
}

// doc is one article under extraction. Its buffers serve the next
// document when it is done (see docPool).
//
// What it keeps while it reads comes in three kinds:
//   - What is read of each sentence: its figures (figs), and its frames and
//     mentions, read for real once (frameCache, mentCache) and, when read
//     ahead, again until the next sentence is done (peekCache; see
//     peekFrames) — unless the last reading (lastRead) read nothing of the
//     discourse that has changed since. They live in buffers per document:
//     allFigs, allFrames, allMents.
//   - Memos by token of what depends on the text alone, each filled the
//     first time it is asked: orgMemo (orgTypeAt); placeMemo, sourceMemo
//     and adjMemo (place, source); facts (fact). And mentMemo (mentionAt),
//     whose readings hold while the parts of the discourse they read stay
//     the same (see discourseGen).
//   - The discourse (last): what earlier sentences named, for the anaphora
//     of later ones.
type doc struct {
	text string
	meta Meta
	l    *language

	toks  []lang.Token
	sents []sentence
	bits  []lang.Bits // per token: the sections that may match there
	// The same taken together: of the six tokens before each token (and
	// the end), and of each sentence's tokens (see mayStartIn).
	window   []lang.Bits
	sentBits []lang.Bits
	one      []lang.Bits // per token: the sections it is a phrase of one word of
	info     []gazetteerStarts

	// What is read of each sentence.
	needed              []bool            // sentences searched for speakers (see markNeeded)
	figs                [][]figure        // parts of allFigs
	frameCache          []frameSet        // parts of allFrames
	mentCache           [][]mention       // parts of allMents
	peekCache           []frameSet        // frames of sentences read ahead (see peekFrames)
	peekAt              []int             // the sentence done+1 when each peek was read
	lastRead            []sentenceReading // the last reading of each sentence (see sentenceFrames)
	allFigs             []figure
	allFrames           []frame
	allMents            []mention
	frameScratch        []frame   // the frames sentenceFrames is reading
	mentScratch         []mention // the mentions mentions is reading, and its tables
	nextOrg, nextHead   []int
	mentFrom            int
	quotes              []quoteSpan
	acronyms            map[string]source // "wahlkommission" → IEC
	acronymText         map[string]source // "EC" → the Electoral Commission (EC)
	lowered             map[string]string // see lower
	countryDone         bool
	regionDone          bool
	regionOf, countryOf *lang.Named
	anyRegionDone       bool
	anyRegionOf         *lang.Named
	named               []*lang.Named // see placesNamed
	namedDone           bool
	openTowns           []openTown // see findOpenTowns

	// Memos by token.
	orgMemo               []int32 // 0 unknown, -1 none, n: orgFound[n-1]
	orgFound              []orgType
	placeMemo, sourceMemo []int32 // 0 unknown, -1 no match, n: found[n-1]
	adjMemo               []int32 // the same for place adjectives
	found                 []lang.Found
	facts                 []facts
	mentMemo              []int32 // 0 unknown, n: mentRead[n-1]
	mentRead              []mentionReading
	placeRead             placeReading // see location

	// The discourse, and the claims made so far.
	last  discourse
	reads discourseParts // what the reading under way read of the discourse (see recall)
	gen   discourseGen   // how often each part of the discourse changed
	prev  struct {       // the previous claim's source and sentence
		src  source
		sent int
	}
	done int // the last sentence read to its end

	model     *rank.Model                       // chooses among candidate sources
	explain   func(cands []candidate, best int) // sees every choice, when set
	cands     []candidate
	order     []int
	claimable []bool   // of the sentence's figures, those that may be claims
	chosen    source   // the source of the claim being made
	heads     []string // scratch: what an unlisted noun may be read as (see countedNoun)

	// claims holds the claims being made (see ExtractWith).
	claims []claimdiff.Claim
}

// discourse is what earlier sentences leave for later ones to point back at.
type discourse struct {
	src      source // the last attributed source
	srcSent  int
	person   source
	speaker  source // the last person quoted: "sagte er" means them
	official source
	body     source
	bodies   []noted // the most recent first, eight at most
	// people are the people named by a full name so far, in the
	// sentences read, also those read ahead: "Keller" later is Jonas
	// Keller. surnames holds the last word of each of their names.
	people   []source
	surnames []surname
}

// surname is the last word of a person's name, after its last space;
// ok is false for a name with no space after its first byte, which has
// none.
type surname struct {
	text string
	ok   bool
}

// noted is a body the discourse keeps, with its name and printed text in
// lower case once an anaphor has looked for a word in them.
type noted struct {
	source
	lowName, lowText string
	lowered          bool
}

// lower returns the body's name and printed text in lower case.
func (b *noted) lower(d *doc) (name, text string) {
	if !b.lowered {
		b.lowName, b.lowText, b.lowered = d.lower(b.name), d.lower(b.text), true
	}
	return b.lowName, b.lowText
}

// lower is lang.Lower(s), kept for the rest of the document: anaphora
// ask for the names of the sources the discourse holds in lower case again
// and again, a copy each time.
func (d *doc) lower(s string) string {
	if low, ok := d.lowered[s]; ok {
		return low
	}
	low := lang.Lower(s)
	if d.lowered == nil {
		d.lowered = map[string]string{}
	}
	d.lowered[s] = low
	return low
}

// discourseParts is a set of parts of the discourse: what a reading of a
// mention or a sentence read of it, so that it is read again only when
// one of those parts has changed since.
type discourseParts uint8

const (
	partPeople discourseParts = 1 << iota // people: the full names given so far
	partRest                              // everything else: the last speakers and bodies
)

// discourseGen counts the changes of each part of the discourse. A
// reading that notes the counts of the parts it read is still what a
// reading now would be while they stay the same.
type discourseGen struct{ people, rest uint32 }

// unchanged reports whether the parts of the discourse in parts have not
// changed since the counts were g.
func (g discourseGen) unchanged(now discourseGen, parts discourseParts) bool {
	return (parts&partPeople == 0 || g.people == now.people) && (parts&partRest == 0 || g.rest == now.rest)
}

// recall returns the discourse to a mention that points back to it. Every
// reading of a mention reads the discourse through it or recallPeople, so
// that mentionAt and sentenceFrames know what each reading depends on.
func (d *doc) recall() *discourse {
	d.reads |= partRest
	return &d.last
}

// recallPeople returns the people the discourse has named in full, and
// their surnames.
func (d *doc) recallPeople() ([]source, []surname) {
	d.reads |= partPeople
	return d.last.people, d.last.surnames
}

// Article extracts the claims of a stored article, filling in its language
// when it has none.
func Article(a *claimdiff.Article) []claimdiff.Claim {
	if a.Language == "" {
		a.Language = lang.Detect(a.Text)
	}
	return Extract(a.Text, Meta{Key: a.Key, Outlet: a.Outlet, Published: a.Published, Language: a.Language})
}

// Extract returns the claims in text, in the order they stand. Spans are
// byte offsets into text.
func Extract(text string, meta Meta) []claimdiff.Claim {
	claims, _ := ExtractWith(text, meta, Options{})
	return claims
}

// Options change how ExtractWith decides.
type Options struct {
	// Model ranks the candidate sources of each figure; nil means the
	// language's own trained model.
	Model *rank.Model
	// Explain keeps, for every claim, the candidates it chose its source
	// from, with their features: what training learns from.
	Explain bool
}

// Choice is how a claim's source was chosen: every candidate with its
// features and score, and the one chosen.
type Choice struct {
	Claim      claimdiff.Claim
	Candidates []Candidate
	Chosen     int
}

// Candidate is one reading of who speaks for a figure.
type Candidate struct {
	Source, Kind, Via string
	Type              string // how the text names it: "verb.after", "prep", "outlet"
	Features          rank.Vec
	Score             float64
}

// ExtractWith is Extract with options; with Explain it also returns the
// choice behind each claim's source, in the order of the claims before
// headline restatements are dropped.
func ExtractWith(text string, meta Meta, opt Options) ([]claimdiff.Claim, []Choice) {
	code := meta.Language
	if code == "" {
		code = lang.Detect(text)
	}
	l := getLanguage(code)
	if l == nil {
		l = fallbackLanguage()
	}
	d := docPool.Get().(*doc)
	defer d.release()
	d.text, d.meta, d.l = text, meta, l
	d.model = l.model
	if opt.Model != nil {
		d.model = opt.Model
	}
	var choices []Choice
	if opt.Explain {
		d.explain = func(cands []candidate, best int) {
			ch := Choice{Chosen: best}
			for _, c := range cands {
				vec := rank.Vec{IDs: append([]rank.Feature(nil), c.vec.IDs...), Names: append([]string(nil), c.vec.Names...)}
				ch.Candidates = append(ch.Candidates, Candidate{Source: c.src.name, Kind: string(c.src.kind), Via: c.src.via,
					Type: c.typ, Features: vec, Score: c.score})
			}
			choices = append(choices, ch)
		}
	}
	d.prepare()
	d.frameCache = resize(d.frameCache, len(d.sents))
	d.mentCache = resize(d.mentCache, len(d.sents))
	d.peekCache = resize(d.peekCache, len(d.sents))
	d.peekAt = resize(d.peekAt, len(d.sents))
	d.lastRead = resize(d.lastRead, len(d.sents))
	d.orgMemo, d.orgFound = resize(d.orgMemo, len(d.toks)), d.orgFound[:0]
	d.mentMemo, d.mentRead = resize(d.mentMemo, len(d.toks)), d.mentRead[:0]
	d.facts = resize(d.facts, len(d.toks))
	if d.findOpenTowns() {
		clear(d.facts) // read before the towns were known
	}
	d.markNeeded()
	d.findQuotes()
	d.findAcronyms()
	// Room for a claim of every figure, so that pointers into claims
	// stay put while it grows. The room is the document's; the claims
	// made are copied out of it at the end.
	figures := 0
	for _, figs := range d.figs {
		figures += len(figs)
	}
	if cap(d.claims) < figures {
		d.claims = make([]claimdiff.Claim, 0, figures)
	}
	claims := d.claims[:0]
	var last *claimdiff.Claim
	d.done = -1
	for si := range d.sents {
		claims = d.sentenceClaims(si, claims, &last)
		if traceSentence != nil {
			traceSentence(d, si)
		}
		d.remember(si)
		d.done = si
	}
	d.claims = claims // the claims made, for release to clear
	if opt.Explain {
		for i := range choices {
			choices[i].Claim = claims[i]
		}
	}
	claims = d.dropHeadlineRoundings(claims)
	canonicalSubjects(claims) // "attendees" are participants, whom a protest makes protesters
	d.refineSubjects(claims)
	d.victimsDead(claims)
	canonicalSubjects(claims)
	claims = dropUncountable(claims)
	if len(claims) == 0 {
		return nil, choices // an article without claims has none: nil
	}
	out := make([]claimdiff.Claim, len(claims))
	copy(out, claims)
	return out, choices
}

// canonicalSubjects writes every claim's subject in the controlled
// vocabulary: one kind, one name.
func canonicalSubjects(claims []claimdiff.Claim) {
	for i := range claims {
		claims[i].Subject = lang.CanonicalSubject(claims[i].Subject)
	}
}

// dropUncountable removes the claims the claim record does not take (see
// claimdiff.Claim.CheckNumbers and CheckText): "2,5 Soldaten" is no count
// of soldiers, a figure above 10¹⁵ is no figure of the news, and a quote
// holding a NUL character (text ingest refuses) is none either. Every
// claim extracted can then be exported and imported again.
func dropUncountable(claims []claimdiff.Claim) []claimdiff.Claim {
	out := claims[:0]
	for i := range claims {
		if claims[i].CheckNumbers() == nil && claims[i].CheckText() == nil {
			out = append(out, claims[i])
		}
	}
	return out
}

// dropHeadlineRoundings removes a headline's rounded restatement of a
// figure the article gives exactly: "Mehr als 60 Tote" over "mindestens 63
// Menschen getötet", "Tausende in Notunterkünften" over "knapp 4.500".
func (d *doc) dropHeadlineRoundings(claims []claimdiff.Claim) []claimdiff.Claim {
	isHeadline := func(c *claimdiff.Claim) bool {
		si := d.sentenceOf(c.Span.Start)
		return si >= 0 && d.sents[si].headline && c.Span.End <= d.toks[d.sents[si].end-1].End
	}
	out := claims[:0]
	for i := range claims {
		c := &claims[i]
		rounded := c.Qualifier == claimdiff.Vague || c.Qualifier == claimdiff.MoreThan || c.Qualifier == claimdiff.AtLeast
		if rounded && isHeadline(c) && d.restated(c, claims) {
			continue
		}
		out = append(out, *c)
	}
	return out
}

// sentenceOf is the index of the sentence that holds byte offset at; -1
// when none does.
func (d *doc) sentenceOf(at int) int {
	si := sort.Search(len(d.sents), func(i int) bool { return d.toks[d.sents[i].end-1].End >= at })
	if si < len(d.sents) && d.toks[d.sents[si].start].Start <= at {
		return si
	}
	return -1
}

// restated: another claim of the article, outside the headlines, has the
// same metric and a value inside c's interval.
func (d *doc) restated(c *claimdiff.Claim, claims []claimdiff.Claim) bool {
	for i := range claims {
		o := &claims[i]
		if o.Span == c.Span || o.Metric != c.Metric || o.Value == c.Value ||
			o.Subject != c.Subject && c.Subject != "people" && o.Subject != "people" {
			continue // "Dozens feared dead" restates "At least 61 migrants"
		}
		// Within the headline's interval, and, where that is open above,
		// near its figure: "mehr als 60" restates 63, not 7,000.
		if (c.Low == nil || *c.Low <= o.Value) && (c.High == nil && o.Value < 2*c.Value || c.High != nil && o.Value <= *c.High) {
			return true
		}
	}
	return false
}

// sentenceClaims appends the claims of sentence si.
func (d *doc) sentenceClaims(si int, claims []claimdiff.Claim, last **claimdiff.Claim) []claimdiff.Claim {
	s := d.sents[si]
	figs := d.figs[si]
	if len(figs) == 0 {
		return claims
	}
	var inSentence []*claimdiff.Claim
	var figOf []*figure // the figure of each claim in inSentence
	// The figures that may be claims: a date or an ordinal between two of
	// them ("zwischen dem 1. Januar und dem 15. August verletzt") is no
	// next figure.
	d.claimable = d.claimable[:0]
	for i := range figs {
		d.claimable = append(d.claimable, d.notClaim(&figs[i], s.start, s.end) == "")
	}
	// A count of speakers is no claim: "Two U.S. officials, …, said". The
	// sentence's mentions say which, read only where a claim may stand.
	for i := range figs {
		if d.claimable[i] && (figs[i].start == s.start || d.toks[figs[i].start-1].Text == ",") {
			d.sentenceFrames(si)
			d.claimable[i] = !d.countsSpeakers(figs[i].start, si)
		}
	}
	for i := range figs {
		f := &figs[i]
		if !d.claimable[i] {
			continue
		}
		next := -1
		for j := i + 1; j < len(figs); j++ {
			// "ein 19 Jahre alter Mann": an article with an age after it is
			// one person, not a count, and reads no verb past the age.
			// "bei einem Angriff": an article before a noun that is counted
			// nowhere is no figure either.
			if d.claimable[j] && (!figs[j].weak || d.weakCounts(&figs[j], s.end)) || f.weak {
				next = figs[j].start
				break
			}
		}
		c, ok := d.whatCounted(f, s, inSentence, *last, next)
		if !ok {
			continue
		}
		claim := d.makeClaim(f, &c, si)
		d.prev.src, d.prev.sent = d.chosen, si
		if c.byDefault {
			// A part of a toll, or the next item of a list whose verb came
			// before it: "210 Tote, unter ihnen 20 Kinder", "Unter den Opfern
			// seien 65 Zivilisten und 15 Gendarmen".
			if m := d.inheritedMetric(f, s, inSentence, figOf, *last, !c.open); m != "" {
				claim.Metric = m
			}
		}
		if c.own && claim.Subject == "troops" {
			// "498 of its troops", the Russian Defence Ministry said.
			if adj := nationalityOf(claim.Source); adj != "" {
				claim.Subject = strings.ToLower(adj) + " troops"
			}
		}
		claims = append(claims, claim)
		ptr := &claims[len(claims)-1]
		inSentence = append(inSentence, ptr)
		figOf = append(figOf, f)
		*last = ptr
	}
	return claims
}

// inheritedMetric is the metric a figure takes from the one it belongs
// with, when its own clause says nothing of what befell it: a part opened
// by "darunter", "including", "unter ihnen" takes its whole's (in its
// sentence, or the last claim before when the part opens the sentence); the
// next item of a list takes the item's before it, unless its noun is one
// the data does not know (lists is false), which may be a thing. Only what
// befalls people is passed on: killed, wounded, missing, captured,
// casualties.
func (d *doc) inheritedMetric(f *figure, s sentence, prevs []*claimdiff.Claim, figOf []*figure, last *claimdiff.Claim, lists bool) claimdiff.Metric {
	harm := func(c *claimdiff.Claim) claimdiff.Metric {
		if c == nil {
			return ""
		}
		switch c.Metric {
		case claimdiff.Killed, claimdiff.Wounded, claimdiff.Missing, claimdiff.Captured, claimdiff.Casualties:
			return c.Metric
		}
		return ""
	}
	from := s.start
	var prev *claimdiff.Claim
	if n := len(prevs); n > 0 {
		prev, from = prevs[n-1], figOf[n-1].end
	}
	// A part: the marker within the four tokens before the figure.
	for k := max(from, f.start-4); k < f.start; k++ {
		if _, ok := d.at(d.l.partOf, k, f.start); ok {
			if prev == nil && k == s.start {
				return harm(last) // "Among them are 12 generals."
			}
			return harm(prev)
		}
	}
	// The next item of a list: only commas, conjunctions and the words of
	// the previous item's noun phrase between them.
	if prev == nil || f.start-from > 8 || !lists {
		return ""
	}
	joined := false
	for k := from; k < f.start; k++ {
		t := &d.toks[k]
		switch {
		case t.Text == "," || d.isConjunction(k):
			joined = true
		case t.Kind == lang.Word && !d.isVerbCue(k) && d.metricAt(k, s.end) == "":
		default:
			return ""
		}
	}
	if joined {
		return harm(prev)
	}
	return ""
}

// printedName is the name a claim gives its source: a person the data
// does not know, as English news spells them (see respelling).
func (d *doc) printedName(src source) string {
	if src.role != rolePerson || lang.Sources().Lookup(src.name) != nil {
		return src.name
	}
	return d.l.transliterated.respell(src.name)
}

func (d *doc) makeClaim(f *figure, c *counted, si int) claimdiff.Claim {
	s := d.sents[si]
	src, cueAt := d.attribute(f, si)
	d.chosen = src
	claim := claimdiff.Claim{
		Article:   d.meta.Key,
		Quote:     d.span(s.start, s.end),
		Raw:       d.span(f.start, f.end),
		Qualifier: f.qual,
		Value:     f.value,
		Value2:    f.value2,
		Metric:    c.metric,
		Subject:   c.subject,
		Location:  d.location(f, si, cueAt),
		Source:    d.printedName(src),
		SourceKind: func() claimdiff.SourceKind {
			if src.kind.Valid() {
				return src.kind
			}
			return claimdiff.KindOther
		}(),
		SourceText:       src.text,
		Via:              src.via,
		Period:           d.period(f, c, s),
		Outlet:           d.meta.Outlet,
		Published:        d.meta.Published,
		StatedOn:         d.statedOn(f, si, cueAt),
		Span:             claimdiff.Span{Start: d.toks[f.numStart].Start, End: d.toks[f.numEnd-1].End},
		Extractor:        Name,
		ExtractorVersion: Version,
		Review:           claimdiff.ReviewUnreviewed,
	}
	if o := d.meta.Outlet; o != "" && claim.Source != o && d.sameName(claim.Source, o) {
		claim.Source, claim.SourceKind = o, claimdiff.KindMedia // "a Times of Israel tally" in The Times of Israel
	}
	claim.Low, claim.High, _ = claimdiff.Bounds(claim.Qualifier, claim.Value, claim.Value2)
	if claim.Low == nil && claim.High == nil && claim.Qualifier == claimdiff.Vague {
		// A vague magnitude the policy has no interval for reads as exact.
		claim.Qualifier = claimdiff.Exact
		claim.Low, claim.High, _ = claimdiff.Bounds(claimdiff.Exact, claim.Value, nil)
	}
	return claim
}

// traceSentence, when a test sets it, sees each sentence once its claims
// are made.
var traceSentence func(d *doc, si int)

// docPool keeps the buffers of finished documents — tokens, bits, tables —
// for the next, so that extracting an article allocates little more than
// its claims.
var docPool = sync.Pool{New: func() any { return new(doc) }}

// release clears what refers to the article and returns d to the pool.
func (d *doc) release() {
	keep := doc{
		toks: d.toks[:0], sents: d.sents[:0], bits: d.bits[:0], one: d.one[:0], window: d.window[:0], sentBits: d.sentBits[:0], info: d.info[:0], found: d.found[:0],
		frameCache: d.frameCache[:0], mentCache: d.mentCache[:0], mentScratch: d.mentScratch[:0], allMents: d.allMents[:0],
		frameScratch: d.frameScratch[:0], allFrames: d.allFrames[:0], needed: d.needed[:0], figs: d.figs[:0], allFigs: d.allFigs[:0],
		peekCache: d.peekCache[:0], peekAt: d.peekAt[:0], lastRead: d.lastRead[:0], orgMemo: d.orgMemo[:0], mentMemo: d.mentMemo[:0], facts: d.facts[:0],
		orgFound: d.orgFound[:0], mentRead: d.mentRead[:0],
		cands: d.cands[:0], order: d.order[:0], claimable: d.claimable[:0], last: discourse{people: d.last.people[:0], surnames: d.last.surnames[:0], bodies: d.last.bodies[:0]},
		placeMemo: d.placeMemo[:0], sourceMemo: d.sourceMemo[:0], adjMemo: d.adjMemo[:0], nextOrg: d.nextOrg[:0], nextHead: d.nextHead[:0],
		quotes: d.quotes[:0], named: d.named[:0], openTowns: d.openTowns[:0], placeRead: d.placeRead.emptied(), acronyms: d.acronyms, acronymText: d.acronymText, lowered: d.lowered,
		claims: d.claims[:0], heads: d.heads[:0],
	}
	clear(d.claims) // what they point to is the article's
	clear(d.lowered)
	*d = keep
	docPool.Put(d)
}

// resize returns s with length n, zeroed, reusing its array when it can.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// markNeeded marks the sentences whose speakers matter: those that hold a
// number, and the three before each, which may name the speaker a later
// sentence of reported speech carries on. Sentences far from any figure
// are not searched for speakers.
func (d *doc) markNeeded() {
	d.needed = resize(d.needed, len(d.sents))
	d.figs = resize(d.figs, len(d.sents))
	d.allFigs = d.allFigs[:0]
	for si, s := range d.sents {
		from := len(d.allFigs)
		d.allFigs = d.figures(d.allFigs, s.start, s.end)
		d.figs[si] = d.allFigs[from:len(d.allFigs):len(d.allFigs)]
		if len(d.figs[si]) > 0 {
			for j := si; j >= 0 && j >= si-3; j-- {
				d.needed[j] = true
			}
			if si+1 < len(d.sents) {
				d.needed[si+1] = true // "Das teilte die Polizei mit."
			}
			if s.headline {
				// A headline's figure is told again, attributed, in the lead.
				for j := si + 1; j < len(d.sents) && j <= si+leadSentences; j++ {
					d.needed[j] = true
				}
			}
		}
	}
}

// leadSentences is how many sentences after a headline may attribute its
// figure.
const leadSentences = 3

// span returns the text of tokens [a, b) as printed.
func (d *doc) span(a, b int) string {
	if a >= b || a < 0 || b > len(d.toks) {
		return ""
	}
	return d.text[d.toks[a].Start:d.toks[b-1].End]
}

// place is lang.Places().At at token k, looked up once per document;
// a match running past token e does not count.
func (d *doc) place(k, e int) (lang.Found, bool) {
	if k < 0 || k >= len(d.info) {
		return lang.Found{}, false
	}
	g := &d.info[k]
	if g.Place {
		if f, ok := d.lookup(&d.placeMemo, lang.Places(), k, e); ok {
			return f, true
		}
	}
	if !g.Capital {
		return lang.Found{}, false // no adjective either: the common case, told without a call
	}
	if f, ok := d.openTownAt(k, e); ok {
		return f, true
	}
	return d.placeAdjective(k, e)
}

// placesNamed are the places the article names, in the order they stand,
// but those compared with ("an der Grenze zu Malawi"): read once per
// document, for mostNamed.
func (d *doc) placesNamed() []*lang.Named {
	if d.namedDone {
		return d.named
	}
	d.namedDone = true
	for k := 0; k < len(d.toks); k++ {
		if d.toks[k].Kind != lang.Word {
			continue
		}
		p, ok := d.place(k, len(d.toks))
		if !ok {
			continue
		}
		if !d.compared(k, 0) {
			d.named = append(d.named, p.Named)
		}
		k = p.End - 1
	}
	return d.named
}

// placeAdjective reads a town's adjective the language's grammar makes
// of its name ("Kiewer", "Bremer"), for a town the gazetteer knows.
func (d *doc) placeAdjective(k, e int) (lang.Found, bool) {
	if k >= e || d.toks[k].Kind != lang.Word || !startsUpperRune(d.toks[k].Text) {
		return lang.Found{}, false
	}
	if len(d.adjMemo) != len(d.toks) {
		d.adjMemo = resize(d.adjMemo, len(d.toks))
	}
	m := &d.adjMemo[k]
	if *m == 0 {
		*m = -1
		for _, name := range d.l.grammar.PlaceOfAdjective(d.toks[k].Text) {
			if n := lang.Places().Lookup(name); n != nil && n.Kind != "country" {
				d.found = append(d.found, lang.Found{Start: k, End: k + 1, Named: n, Role: lang.AsAdjective})
				*m = int32(len(d.found))
				break
			}
		}
		if *m < 0 {
			if n := d.compoundPlace(k); n != nil {
				d.found = append(d.found, lang.Found{Start: k, End: k + 1, Named: n, Role: lang.AsName})
				*m = int32(len(d.found))
			}
		}
	}
	if *m < 0 {
		return lang.Found{}, false
	}
	return d.found[*m-1], true
}

// source is lang.Sources().At at token k, looked up once per document.
func (d *doc) source(k, e int) (lang.Found, bool) {
	if k < 0 || k >= len(d.info) || !d.info[k].Source {
		return lang.Found{}, false
	}
	return d.lookup(&d.sourceMemo, lang.Sources(), k, e)
}

func (d *doc) lookup(table *[]int32, g *lang.Gazetteer, k, e int) (lang.Found, bool) {
	if k < 0 || k >= len(d.toks) || k >= e {
		return lang.Found{}, false
	}
	if len(*table) != len(d.toks) {
		*table = resize(*table, len(d.toks))
	}
	m := &(*table)[k]
	if *m == 0 {
		*m = -1
		if f, ok := g.At(d.toks, k); ok {
			d.found = append(d.found, f)
			*m = int32(len(d.found))
		}
	}
	if *m < 0 || d.found[*m-1].End > e {
		return lang.Found{}, false
	}
	return d.found[*m-1], true
}

// at is set.At at token k, bounded by e, that first asks the token's
// section bits whether set can match there at all.
func (d *doc) at(set *lang.Set, k, e int) (lang.Match, bool) {
	if uint(k) >= uint(len(d.bits)) || k >= e || !d.bits[k].Has(set) { // d.bits is as long as d.toks
		return lang.Match{}, false
	}
	return set.At(d.toks[:e], k)
}

// A fact is a yes-or-no question about a token whose answer depends on
// the text alone, never on the discourse, and is asked often: it is
// answered once per document (see fact).
type fact uint8

const (
	factVerbCue    fact = iota // isVerbCue
	factCommonWord             // isCommonWord
	factAdjective              // isAdjective
)

// facts are the facts of a token asked so far, and those that hold.
type facts struct{ asked, holds uint8 }

// fact answers question f of token k: read's answer, remembered.
func (d *doc) fact(k int, f fact, read func(*doc, int) bool) bool {
	t := &d.facts[k]
	bit := uint8(1) << f
	if t.asked&bit == 0 {
		t.asked |= bit
		if read(d, k) {
			t.holds |= bit
		}
	}
	return t.holds&bit != 0
}

// is reports whether token k is by itself a phrase of set: set.Has of its
// lower-case form, asked only where the token's section bits say a phrase
// of set may start at all, and answered by the sections the token is a
// phrase of where set is made of whole sections (lang.Set.HasWord).
func (d *doc) is(set *lang.Set, k int) bool {
	return uint(k) < uint(len(d.bits)) && d.bits[k].Has(set) && set.HasWord(&d.one[k], d.toks[k].Lower) // d.bits is as long as d.toks
}

// ending is set.Ending at token j: the longest phrase covering [j-n, j).
func (d *doc) ending(set *lang.Set, j int) (lang.Match, bool) {
	best := lang.Match{}
	if !d.mayStartBefore(set, j) {
		return best, false // no phrase of set starts in the six tokens before: the common case
	}
	for n := 1; n <= 6 && j-n >= 0; n++ {
		if j-n < len(d.bits) && !d.bits[j-n].Has(set) {
			continue // most tokens start no phrase of set: no call for them
		}
		if m, ok := d.at(set, j-n, j); ok && m.End == j && n > best.End-best.Start {
			best = m
		}
	}
	return best, best.Entry != nil
}

// mayEnd reports whether a phrase of set may end just before token j: one
// may start within the six tokens before it, as far back as ending looks.
func (d *doc) mayEnd(set *lang.Set, j int) bool {
	return j > 0 && d.mayStartBefore(set, j)
}

// mayStartBefore is mayStartIn for the six tokens before token j, from
// their section bits taken together in prepare.
func (d *doc) mayStartBefore(set *lang.Set, j int) bool {
	if j >= 0 && j < len(d.window) {
		return d.window[j].Has(set)
	}
	return d.mayStartIn(set, j-6, j)
}

// mayStartIn reports whether a phrase of set may start at some token of
// [from, to): the section bits of the tokens taken together, asked once,
// so that a search through many tokens for a phrase none of them starts
// is skipped. Those of a whole sentence are taken together in prepare.
func (d *doc) mayStartIn(set *lang.Set, from, to int) bool {
	if to-from > 6 {
		if si := d.sentenceStarting(from); si >= 0 && d.sents[si].end == to {
			return d.sentBits[si].Has(set)
		}
	}
	var b lang.Bits
	if from, to = max(from, 0), min(to, len(d.bits)); from < to {
		b = orBits(d.bits[from:to])
	}
	return b.Has(set)
}

// firstIn is the first phrase of set that starts in tokens [from, to) and
// ends by to; the tokens' section bits are asked first, as most spans hold
// none.
func (d *doc) firstIn(set *lang.Set, from, to int) (lang.Match, bool) {
	if !d.mayStartIn(set, from, to) {
		return lang.Match{}, false
	}
	for k := from; k < to; k++ {
		if m, ok := d.at(set, k, to); ok {
			return m, true
		}
	}
	return lang.Match{}, false
}

// wordIn: a word of set stands in tokens [from, to) — as is asks of one
// token; the section bits of the span are asked first.
func (d *doc) wordIn(set *lang.Set, from, to int) bool {
	if !d.mayStartIn(set, from, to) {
		return false
	}
	for k := from; k < to; k++ {
		if d.is(set, k) {
			return true
		}
	}
	return false
}

// starts reports whether a phrase of set may start at token k.
func (d *doc) starts(set *lang.Set, k int) bool {
	return uint(k) < uint(len(d.bits)) && d.bits[k].Has(set) // d.bits is as long as d.toks
}

// sameName: two names differ by an article opening one of them at most,
// and by case: "Times of Israel" and "The Times of Israel".
func (d *doc) sameName(a, b string) bool {
	strip := func(n string) string {
		if i := strings.IndexByte(n, ' '); i > 0 && has(d.l.articles, lang.Lower(n[:i])) {
			return n[i+1:]
		}
		return n
	}
	return strings.EqualFold(strip(a), strip(b))
}
