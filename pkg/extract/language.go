package extract

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
	"github.com/claimdiff/claimdiff/pkg/rank"
)

// language is a lexicon with its sections looked up once, ready for the
// extractor's rules.
type language struct {
	code         string
	lx           *lang.Lexicon
	decimalComma bool
	abbrev       map[string]struct{}

	months, weekdays, relDays, last                               *lang.Set
	numbers, scales, scaleSuffix, joiners, fractions, dozen, weak *lang.Set
	approxNumbers, vague, vagueQuant, increment                   *lang.Set
	part, capacity                                                *lang.Set // "1.000 dieser Soldaten", "für 50.000 angemeldet"
	qualifiers                                                    []qualifierSet
	qualAfter, qualifiersAll                                      *lang.Set
	rangeBetween, rangeAnd, rangeTo, rangeFrom                    *lang.Set
	metrics                                                       []metricSet // in metricOrder
	anyMetric                                                     *lang.Set   // every metric's cues
	casualtyOr, casualtyAnd, victimWords, negations               *lang.Set
	countedTroops, countedPersonnel, countedPeople, countedThings *lang.Set
	unitTime, unitMeasure, unitArea, currency                     *lang.Set
	occurrenceUnits                                               *lang.Set
	ordinalBefore, yearBefore, labelBefore, age, rateAfter        *lang.Set
	prospective, speakerNouns, prepositions                       *lang.Set
	recipient                                                     *lang.Set
	passiveAgent                                                  *lang.Set // "by" in "reported by the ministry"
	impersonalSource                                              *lang.Set // "in", "aus" in "in Kiew hieß es": whose words an impersonal cue reports
	impersonalCues                                                *lang.Set // "hieß es", "die Rede": cues that name no speaker, only where
	contentVerbs                                                  *lang.Set // "had" in "said Moscow had …": the mention after the cue is what was said
	particleVerbs                                                 *lang.Set // "handed" in "handed over 1,400": "over" is its particle, no qualifier
	bodyComplement                                                *lang.Set // "für" in "Landesamt für Asyl": what an unknown body is for
	dativeArticles                                                *lang.Set // "dem" in "sagte dem NDR": whom it was said to
	bodyWords                                                     *lang.Set // "Management": a word of a body's name, never a person's
	mediaWords                                                    *lang.Set // "Kurier", "Herald": the last word of an outlet's name
	sayVerbs                                                      *lang.Set // "said": a verb of saying, whose subject speaks whatever tag follows
	passiveAux                                                    *lang.Set // "were" in "losses were claimed"
	perfectAux                                                    *lang.Set // "hatte" in "Brandl hatte von 1200 Fällen gesprochen"
	subjectParticles                                              *lang.Set // "selbst" in "Die Rheinbahn selbst ging von … aus"
	nameAbbreviations                                             *lang.Set // "St" in "St. Anne's Hospital"
	placePrepositions                                             *lang.Set // "at" in "at Trafalgar Square"
	complementizers                                               *lang.Set // "that" in "reported that 150,000 rallied"
	figuresGovernors                                              *lang.Set // "nach" in "nach jemenitischen Angaben"
	attributiveAgent                                              *lang.Set // "vom" in "das vom Militär geführte Zentrum"
	possessives                                                   *lang.Set // "'s"
	countryNouns                                                  *lang.Set // "country" in "the country's health ministry"
	placeConnectors                                               *lang.Set // "in" in "die Polizei in Ulm"
	officialWords                                                 *lang.Set // "offiziellen" in "nach offiziellen Angaben"
	commonWords                                                   *lang.Set // "Erstmals": never a name
	placeHeads                                                    *lang.Set // "County" in "Elmore County": a place
	or                                                            *lang.Set // "or" in "… Health Services or DGHS"
	changeWords                                                   *lang.Set // "risen" in "has risen from 148 to 154"
	nounAdverbs                                                   *lang.Set // "zuvor" in "57 zuvor gerettete Menschen"
	pointsBack                                                    *lang.Set // "This" in "This was confirmed by …"
	anonymousPlural                                               bool
	orgWords                                                      []orgWord
	officialModifiers                                             *lang.Set // "security" in "a security official"
	reported, anaPerson, anaOfficial, anaOrg                      *lang.Set
	coordinators, clauseCoordinators                              *lang.Set
	// anaOrgHeads are the nouns of the anaphors of bodies that open with
	// an article ("the agency": agency), which may take modifiers between
	// the two ("the state emergency agency").
	anaOrgHeads map[string]bool
	// groupHeads are the nouns of those that any group answers to ("the
	// group", "die Organisation"): with an adjective before them they
	// still mean the group named last ("the medical group").
	groupHeads map[string]bool
	// framePhrases are the frames a phrase opens ("laut", "according
	// to"); verbs are the frames' verbs, by each written form.
	framePhrases *lang.Set
	phraseKinds  map[*lang.Entry]frameKind // the frame each entry of [frames] opens
	ownerPhrases map[*lang.Entry]bool      // back phrases whose possessive names the last speaker: "nach seinen Worten"
	// bodyHeads name the heads of bodies' names; bodyHeadSuffixes are those
	// that end a compound ("*verband"), longest first, and bodyHeadsByLast
	// the same by their last byte, the only ones a word may end with;
	// compoundModifiers translate the compound's first part.
	bodyHeads, compoundModifiers              *lang.Set
	bodyHeadSuffixes                          []bodyHead
	bodyHeadsByLast                           [256][]bodyHead
	metricNouns                               *lang.Set // metric words that are nouns: "deaths"
	subjectMarkers                            *lang.Set // words after a subject: "were", "have", "died"
	genitive                                  *lang.Set // articles of a genitive: "des", "der"
	nameConnectors                            *lang.Set // small words inside names: "of", "for", "al"
	partitive                                 *lang.Set // "of" in "498 of its troops": between a part and its whole
	conjunctions                              *lang.Set // "und", "and", "sowie", "while"
	totalWords                                *lang.Set // "Zahl", "toll": a total a figure gives
	bodyParts                                 *lang.Set // "Abteilung", "Miliz": a part of a body named before them
	documents, documentOf                     *lang.Set // "report", "Bericht"; "by", "des"
	documentsOrParts                          *lang.Set // where either may start (see documentNear)
	articles, determiners, ownDeterminers     *lang.Set // "der", "the"; "its", "these"; "its", "their"
	verbs                                     map[string][]verbCue
	verbShapes                                wordShapes // the shapes of the keys of verbs
	grammar                                   lang.Grammar
	model                                     *rank.Model // the source ranker's weights
	anonymous, officialHeads, roles, orgTypes *lang.Set
	anonymousHeads                            *lang.Set // "sources": unnamed by what they are
	bodyModifiers                             *lang.Set // "unabhängige" in "unabhängige Medien"
	furnitureEnd, furnitureLine, period       *lang.Set
	contrast                                  *lang.Set                // "but": opens a clause that may leave out its verb
	kindModifiers                             *lang.Set                // "dengue" in "dengue cases": which kind of the noun is counted
	placeAnaphors                             *lang.Set                // "Insel", "country": a place named before, by its kind
	infinitiveMarkers                         *lang.Set                // "zu", "to": a verb after one is no cue of its clause
	nounEndings                               []string                 // "ung", "heit": a word ending so is a common noun, no name
	dativeEndings                             []string                 // endings of an adjective that make "der Deutschen …" no nominative
	transliterated                            respelling               // names written in this language's transliteration (see respell)
	placeCompounds                            *lang.Set                // "-kreis": a compound naming a place of that kind (see compoundPlace)
	compassPrefixes                           *lang.Set                // "nord": a compass word joined to a place's name (see compassPlace)
	placeOpeners                              *lang.Set                // "southern": a lower-case word that opens a place's name
	thereWords                                *lang.Set                // "dortigen": a body's adjective pointing back to the place named last
	anyBodyAnaphors                           map[string]bool          // "behörde": a kind any official body is, pointing back to the last
	offshore, coastWords                      *lang.Set                // "off", "vor der … Küste": at sea off a place
	placeTotals                               *lang.Set                // "in all states": every place of a kind
	relativePronouns                          *lang.Set                // "der", "who" after a comma: a relative clause
	placeKinds                                map[*lang.Entry][]string // each place anaphor's kinds of place
	compoundHeads                             *lang.Set                // "anträge": counted nouns that end compounds ("Erstanträge")
	countedSets                               [4]countedSet            // the counted nouns by kind, in the order they are tried
	stop, locative                            *lang.Set
	openPlaceBefore                           *lang.Set // "in" before "Mesinges", a place the data does not know
	placeNamedAfter                           *lang.Set // "the town of" before "Zamzam", even where nouns have capitals
	townNames                                 *lang.Set // endings of towns' names: "Deggendorf" after "Wasserwirtschaftsamt" is a town
	fusedArticles                             *lang.Set // prepositions that hold an article: "im" before "Jahr", no town
	tagOpeners                                *lang.Set // "wie" in "…, wie sie mitteilte": a clause that says who said the one before
	eventHeads                                *lang.Set // "Storm" in "Severe Tropical Storm Ramil": a name of an event, no speaker's
	regionalPrefixes                          []string  // "landes" of "Landeswahlbehörde": a body of a state or region, lowercased
	backAgents                                *lang.Set // "beim" in "heißt es beim Lawinenwarndienst": who an impersonal cue's words are from
	placeEpithets                             *lang.Set // "Neighbouring" in "Neighbouring Niger said": a word describing a country before its name
	ordinalWords                              *lang.Set // "fünftes" after "ein": the fifth, not a count
	averageBefore                             *lang.Set // "an average of" before a mean
	partyNouns                                *lang.Set // "military" in "Russia's military casualties"
	partySides                                *lang.Set // "side" in "deaths on the Russian side"
	estimateAt                                *lang.Set // "at" in "estimated the crowd at 15,000"
	peopleVerbs                               *lang.Set // "festgenommen": people arrested
	woundSeverity                             *lang.Set // "slightly": slightly injured
	thingStates                               *lang.Set // "zerstört": destroyed buildings
	federalWords                              *lang.Set // "federal": a federation's body, not a state's
	federalPrefixes                           []string  // the same, opening a compound: "Bundes"
	crowdContext, partOf, placeComparison     *lang.Set
	placeOrigin                               *lang.Set // "from" before "Syria": where it comes from
	countryWide                               *lang.Set // "nationwide": the article's country

	// numberMorphemes are the number words and scales a compound number
	// word is built of ("fünfzig" + "tausend"), longest first.
	numberMorphemes []morpheme
	// morphemesByFirst are the same by their first byte, the only ones a
	// word may start with.
	morphemesByFirst [256][]morpheme
	// morphemeStart holds the first byte of every morpheme: a word starting
	// with another byte is no number word.
	morphemeStart [1 << 16]bool // by the first two bytes
	// numberStart are the sections a number written in words may start with.
	numberStart *lang.Set
	// endMarkers and furnitureLines are the furniture phrases in lower case.
	endMarkers, furnitureLines []string
	mentionStart               *lang.Set // words that may open a mention
}

// orgWord is a one-word kind of body, in lower case, for finding it inside
// compounds ("Polizeisprecher", "Regierungsangaben").
type orgWord struct{ word, value string }

type qualifierSet struct {
	q   claimdiff.Qualifier
	set *lang.Set
}

type metricSet struct {
	m   claimdiff.Metric
	set *lang.Set
}

type morpheme struct {
	text  string
	value float64
	scale bool
	join  bool
}

var (
	langMu    sync.Mutex
	languages = map[string]*language{}
)

// getLanguage returns the prepared lexicon for code, or nil when there is
// none.
func getLanguage(code string) *language {
	langMu.Lock()
	defer langMu.Unlock()
	if l, ok := languages[code]; ok {
		return l
	}
	lx := lang.Get(code)
	if lx == nil {
		return nil
	}
	l := &language{code: code, lx: lx, decimalComma: lx.Setting("decimal") == ",", abbrev: map[string]struct{}{}}
	s := lx.Section
	l.months, l.weekdays, l.relDays, l.last = s("months"), s("weekdays"), s("relative-days"), s("last")
	l.scaleSuffix = s("scale-suffix")
	l.numbers, l.scales, l.joiners, l.fractions, l.dozen, l.weak = s("numbers"), s("scales"), s("joiners"), s("fractions"), s("dozen"), s("weak-numbers")
	l.vague, l.vagueQuant, l.increment = s("vague"), s("vague-quantifiers"), s("increment")
	l.part, l.capacity = s("part"), s("capacity")
	l.approxNumbers = s("approx-numbers")
	for _, q := range claimdiff.Qualifiers {
		if set := lx.Section("qualifier " + string(q)); len(set.Entries()) > 0 {
			l.qualifiers = append(l.qualifiers, qualifierSet{q, set})
		}
	}
	l.qualAfter = s("qualifier-after at_least")
	l.qualifiersAll = lang.Union(func() []*lang.Set {
		var sets []*lang.Set
		for _, q := range l.qualifiers {
			sets = append(sets, q.set)
		}
		return sets
	}()...)
	l.rangeBetween, l.rangeAnd, l.rangeTo, l.rangeFrom = s("range-between"), s("range-and"), s("range-to"), s("range-from")
	var metricCues []*lang.Set
	for _, m := range metricOrder {
		if set := lx.Section("metric " + string(m)); len(set.Entries()) > 0 {
			l.metrics = append(l.metrics, metricSet{m, set})
			metricCues = append(metricCues, set)
		}
	}
	l.anyMetric = lang.Union(metricCues...)
	l.casualtyOr, l.casualtyAnd, l.victimWords = s("casualty-or"), s("casualty-and"), s("victim-words")
	l.negations = s("negations")
	l.countedTroops, l.countedPersonnel, l.countedPeople = s("counted troops"), s("counted personnel"), s("counted people")
	l.countedThings = s("counted things")
	l.countedSets = [4]countedSet{{l.countedTroops, nounTroops}, {l.countedPersonnel, nounPersonnel}, {l.countedPeople, nounPeople}, {l.countedThings, nounThing}}
	l.unitTime, l.unitMeasure, l.unitArea, l.currency = s("unit-time"), s("unit-measure"), s("unit-area"), s("currency")
	l.occurrenceUnits = s("occurrence-units")
	l.ordinalBefore, l.yearBefore, l.labelBefore, l.age, l.rateAfter = s("ordinal-before"), s("year-before"), s("label-before"), s("age"), s("rate-after")
	l.prospective, l.speakerNouns, l.prepositions = s("prospective"), s("speaker-nouns"), s("prepositions")
	l.recipient = s("recipient")
	l.passiveAgent, l.passiveAux, l.pointsBack = s("passive-agent"), s("passive-auxiliaries"), s("points-back")
	l.perfectAux = s("perfect-auxiliaries")
	l.subjectParticles = s("subject-particles")
	l.nameAbbreviations = s("name-abbreviations")
	l.impersonalSource = s("impersonal-source")
	l.impersonalCues = s("impersonal-cues")
	l.contentVerbs = s("content-verbs")
	l.particleVerbs = s("particle-verbs")
	l.bodyComplement = s("body-complement")
	l.dativeArticles = s("dative-articles")
	l.bodyWords = s("body-words")
	l.mediaWords = s("media-words")
	l.sayVerbs = s("say-verbs")
	l.placePrepositions = s("place-prepositions")
	l.complementizers, l.figuresGovernors, l.attributiveAgent = s("complementizers"), s("figures-governors"), s("attributive-agent")
	l.possessives, l.countryNouns, l.placeConnectors = s("possessives"), s("country-nouns"), s("place-connectors")
	l.officialWords, l.commonWords, l.placeHeads = s("official-words"), s("common-words"), s("place-heads")
	l.or, l.changeWords, l.nounAdverbs = s("or"), s("change-words"), s("noun-adverbs")
	l.anonymousPlural = lx.Setting("anonymous_plural") == "yes"
	l.reported, l.anaPerson, l.anaOfficial, l.anaOrg = s("reported-speech"), s("anaphor person"), s("anaphor official"), s("anaphor org")
	l.grammar = lang.GrammarOf(code)
	l.loadFrames(lx, l.grammar)
	l.loadBodyHeads(lx)
	l.metricNouns, l.subjectMarkers = s("metric-nouns"), s("subject-markers")
	l.genitive, l.nameConnectors = s("genitive"), s("name-connectors")
	l.partitive, l.articles = s("partitive"), s("articles")
	l.conjunctions, l.totalWords = s("conjunctions"), s("total-words")
	l.coordinators, l.clauseCoordinators = s("coordinators"), s("clause-coordinators")
	l.bodyParts = s("body-parts")
	l.documents, l.documentOf = s("documents"), s("document-of")
	// Both are sections, or empty: their union starts where either may.
	l.documentsOrParts = lang.Union(l.documents, l.bodyParts)
	l.determiners, l.ownDeterminers = s("determiners"), s("own-determiners")
	l.anaOrgHeads, l.groupHeads = map[string]bool{}, map[string]bool{}
	for _, e := range l.anaOrg.Entries() {
		if words := strings.Fields(e.Phrase); len(words) == 2 && (e.Value == "" || e.Value == "recent") && has(l.articles, words[0]) {
			l.anaOrgHeads[words[1]] = true
			if e.Value == "recent" {
				l.groupHeads[words[1]] = true
			}
		}
	}
	l.model = loadModel(code)
	l.anonymous, l.officialHeads, l.roles, l.orgTypes = s("anonymous"), s("official-heads"), s("roles"), s("org-types")
	l.officialModifiers = s("official-modifiers")
	l.anonymousHeads = s("anonymous-heads")
	l.bodyModifiers = s("body-modifiers")
	l.furnitureEnd, l.furnitureLine, l.period = s("furniture-end"), s("furniture-line"), s("period")
	l.contrast = s("contrast")
	l.kindModifiers = s("kind-modifiers")
	l.placeAnaphors = s("place-anaphors")
	l.infinitiveMarkers = s("infinitive-markers")
	l.anyBodyAnaphors = map[string]bool{}
	for _, e := range s("any-body-anaphors").Entries() {
		l.anyBodyAnaphors[lang.Lower(e.Phrase)] = true
	}
	l.nounEndings = lowered(s("noun-endings"))
	l.dativeEndings = lowered(s("dative-endings"))
	l.placeCompounds = s("place-compounds")
	l.compassPrefixes = s("compass-prefixes")
	l.placeOpeners = s("place-openers")
	l.thereWords = s("there-words")
	l.transliterated = respelling{given: s("transliterated-given-names"), surnames: s("transliterated-surnames"), marks: s("transliteration-marks"), table: s("transliteration")}
	l.offshore, l.coastWords = s("offshore"), s("coast-words")
	l.placeTotals = s("place-totals")
	l.relativePronouns = s("relative-pronouns")
	l.placeKinds = map[*lang.Entry][]string{}
	for _, e := range l.placeAnaphors.Entries() {
		l.placeKinds[e] = strings.Fields(e.Value)
	}
	l.compoundHeads = s("compound-heads")
	l.federalWords = s("federal")
	l.federalPrefixes = lowered(l.federalWords)
	for _, e := range l.orgTypes.Entries() {
		if w := lang.Lower(strings.Trim(e.Phrase, "*")); !strings.Contains(w, " ") {
			l.orgWords = append(l.orgWords, orgWord{w, e.Value})
		}
	}
	l.stop, l.locative = s("stopwords"), s("locative")
	l.openPlaceBefore, l.placeNamedAfter = s("open-place-before"), s("place-named-after")
	l.townNames = s("town-names")
	l.fusedArticles = s("fused-articles")
	l.tagOpeners = s("tag-openers")
	l.eventHeads = s("event-heads")
	l.regionalPrefixes = lowered(s("regional-prefixes"))
	l.backAgents = s("back-agents")
	l.placeEpithets = s("place-epithets")
	l.ordinalWords, l.averageBefore = s("ordinal-words"), s("average-before")
	l.partyNouns, l.partySides = s("party-nouns"), s("party-sides")
	l.estimateAt = s("estimate-at")
	l.peopleVerbs = s("people-verbs")
	l.woundSeverity = s("wound-severity")
	l.thingStates = s("thing-states")
	l.crowdContext, l.partOf, l.placeComparison = s("crowd-context"), s("part-of"), s("place-comparison")
	l.placeOrigin, l.countryWide = s("place-origin"), s("country-wide")
	for _, e := range s("abbreviations").Entries() {
		l.abbrev[lang.Lower(e.Phrase)] = struct{}{}
	}
	for _, e := range l.numbers.Entries() {
		l.numberMorphemes = append(l.numberMorphemes, morpheme{text: lang.Lower(e.Phrase), value: e.Float()})
	}
	for _, e := range l.scales.Entries() {
		if !strings.ContainsAny(e.Phrase, " .") {
			l.numberMorphemes = append(l.numberMorphemes, morpheme{text: lang.Lower(e.Phrase), value: e.Float(), scale: true})
		}
	}
	for _, e := range l.joiners.Entries() {
		l.numberMorphemes = append(l.numberMorphemes, morpheme{text: lang.Lower(e.Phrase), join: true})
	}
	// Longest first, so that "achtzehn" is read before "acht".
	ms := l.numberMorphemes
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && len(ms[j].text) > len(ms[j-1].text); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	for _, m := range l.numberMorphemes {
		l.morphemesByFirst[m.text[0]] = append(l.morphemesByFirst[m.text[0]], m)
		l.morphemeStart[twoBytes(m.text)] = true
	}
	l.numberStart = lang.Union(l.approxNumbers, l.vague, l.vagueQuant, l.fractions, l.dozen, l.weak, l.numbers, l.scales)
	l.endMarkers = lowered(l.furnitureEnd)
	l.furnitureLines = lowered(l.furnitureLine)
	l.mentionStart = lang.Union(l.roles, l.anonymous, l.officialHeads, l.officialModifiers, l.orgTypes, l.bodyHeads, l.anaPerson, l.anaOfficial, l.anaOrg, l.documents, l.placeAnaphors, l.thereWords)
	languages[code] = l
	return l
}

// twoBytes indexes a word by its first two bytes.
func twoBytes(w string) int {
	if len(w) < 2 {
		return int(w[0])
	}
	return int(w[0])<<8 | int(w[1])
}

// has reports whether the one word w is a phrase of set.
func has(set *lang.Set, w string) bool {
	_, ok := set.Has(w)
	return ok
}

// loadModel reads a language's ranker weights; a language without any
// ranks by the order of its candidates alone, nearest first.
func loadModel(code string) *rank.Model {
	files := lang.Files(code)
	if files == nil {
		return nil
	}
	data, err := fs.ReadFile(files, "ranker.tsv")
	if err != nil {
		return nil
	}
	m, err := rank.Parse(data)
	if err != nil {
		// Embedded and checked by the tests: a bug, not a condition.
		panic(fmt.Sprintf("%s ranker.tsv: %v", code, err))
	}
	return m
}

// fallbackLanguage is the language of a text in none claimdiff knows:
// the first it has.
func fallbackLanguage() *language {
	for _, c := range lang.Codes() {
		if l := getLanguage(c); l != nil {
			return l
		}
	}
	return nil
}

// isVerbForm reports whether w (lower case) is a written form of a frame
// verb.
func (l *language) isVerbForm(w string) bool {
	if !l.verbShapes.mayHold(w) {
		return false // most words, told so without a lookup
	}
	_, ok := l.verbs[w]
	return ok
}

// wordShapes is a set of word shapes — a word's length, first and last
// byte, hashed to one of 4096 bits —, so that most words a set of words
// lacks are told so without hashing and comparing them: words of shapes
// not in it are not in the set; a word of a shape in it may be.
type wordShapes [64]uint64

func shapeBit(w string) uint32 {
	if w == "" {
		return 0
	}
	key := uint32(len(w))<<16 | uint32(w[0])<<8 | uint32(w[len(w)-1])
	return (key * 0x9E3779B1) >> 20 // Fibonacci hashing to 12 bits
}

func (s *wordShapes) add(w string) { b := shapeBit(w); s[b>>6] |= 1 << (b & 63) }

func (s *wordShapes) mayHold(w string) bool { b := shapeBit(w); return s[b>>6]&(1<<(b&63)) != 0 }

// federalPrefix: word w opens with a word of the federal section:
// "bundesinnen" in "Bundesinnenministerium".
// regionalPrefix: a compound's first part makes the body a state's or
// region's ([regional-prefixes]: "Landes-").
func (l *language) regionalPrefix(w string) bool { return hasPrefixIn(w, l.regionalPrefixes) }

func (l *language) federalPrefix(w string) bool { return hasPrefixIn(w, l.federalPrefixes) }

func hasPrefixIn(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// lowered: the phrases of a section, lowercased once at load.
func lowered(set *lang.Set) []string {
	var out []string
	for _, e := range set.Entries() {
		out = append(out, lang.Lower(e.Phrase))
	}
	return out
}
