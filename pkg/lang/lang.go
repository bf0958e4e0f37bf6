// Package lang holds what claimdiff knows about languages. Each language
// is a package of its own beside this one (de, en, fr): its words, frames
// and aliases as data (xx.lex), the grammar the data cannot say (a Go type
// implementing Grammar), and the learned weights of the source ranker
// (ranker.tsv). It registers itself here; package languages imports them
// all. The places and sources that news names in any language are data of
// this package (data/places.tsv, data/sources.tsv).
//
// The code here reads the files and matches their phrases against tokens;
// it knows no language in particular.
package lang

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/*.tsv
var dataFS embed.FS

// registered are the languages' files, by code, as Register received them.
var registered = map[string]fs.FS{}

// Register adds a language: files holds its lexicon, named code+".lex",
// and optionally its ranker weights, "ranker.tsv"; g is its grammar. Each
// language's package calls it from init, before any lexicon is read.
func Register(code string, files fs.FS, g Grammar) {
	registered[code] = files
	RegisterGrammar(code, g)
}

// Files returns the files a language registered, or nil.
func Files(code string) fs.FS { return registered[code] }

// Lexicon is one language's phrase lists, by section.
type Lexicon struct {
	Code     string
	sections map[string]*Set
	settings map[string]string
	order    []*Set // sections in file order; a section's id is its place here

	// infos holds the WordInfo of every word of the vocabulary, by its
	// number: what the phrases of the lexicon, and the forms of places and
	// sources, that start with it say; a first word with a wildcard is one
	// of firstWild's patterns, and wildInfo says what a word it matches
	// may start (see Info).
	infos     []WordInfo
	firstWild wildIndex
	wildPats  []pattern
	wildInfo  []WordInfo
	// oneByte holds the WordInfo of every word of one ASCII byte — the
	// marks of punctuation, mostly — so that Info answers for them without
	// a lookup.
	oneByte [utf8.RuneSelf]WordInfo
}

// Bits is a set of sections, by id.
type Bits [3]uint64

func (b *Bits) set(id int) { b[id>>6] |= 1 << (id & 63) }

// Has reports whether b holds a section whose first words are those of
// the phrases of s: its own section, or one of a union's. A set made of no
// section (Section's answer for a name the lexicon lacks, or a subset of
// it) may start anywhere. It is asked of bits in place, by pointer, so
// that asking it of a token's bits copies none: it is asked very often.
func (b *Bits) Has(s *Set) bool {
	return s != nil && (s.anywhere || b[0]&s.mask[0]|b[1]&s.mask[1]|b[2]&s.mask[2] != 0)
}

// Bits returns the sections that have a phrase whose first word matches w
// (lower case). One lookup answers for every section, so that a caller can
// skip At for sections that cannot match at a token.
func (lx *Lexicon) Bits(w string) Bits { return lx.Info(w).Bits }

// indexFirstWords reads what the first words of the lexicon's phrases and
// of the gazetteers' forms say, for Info.
func (lx *Lexicon) indexFirstWords(places, sources *Gazetteer) {
	exact := map[string]WordInfo{}
	add := func(p pattern, info WordInfo) {
		if p.plain() {
			exact[p.text] = exact[p.text].or(info)
			return
		}
		lx.firstWild.add(p)
		lx.wildPats = append(lx.wildPats, p)
		lx.wildInfo = append(lx.wildInfo, info)
	}
	for id, s := range lx.order {
		var info, one WordInfo
		info.Bits.set(id)
		one.Bits.set(id)
		one.One.set(id)
		for _, e := range s.entries {
			if len(e.pats) == 1 {
				add(e.pats[0], one)
			} else {
				add(e.pats[0], info)
			}
		}
	}
	for _, f := range places.forms() {
		add(f.pats[0], WordInfo{Place: true})
	}
	for _, f := range sources.forms() {
		add(f.pats[0], WordInfo{Source: true})
	}
	lx.infos = make([]WordInfo, len(vocab)+1)
	for w, id := range vocab {
		lx.infos[id] = exact[w].or(lx.wildcardInfo(w))
		lx.infos[id].Word = id
	}
	for b := range lx.oneByte {
		lx.oneByte[b] = lx.lookupInfo(string(rune(b)))
	}
}

// Set is the phrases of one section, ready for matching against tokens.
type Set struct {
	Name string
	// mask holds the sections whose first words are those of the set's
	// phrases: its own, or a union's; a set made of no section may start
	// anywhere (see Bits.Has).
	mask     Bits
	anywhere bool
	// whole: the set's phrases are all those of the sections of its mask
	// and no others — a section, or a union of sections —, so that the
	// sections a word is a phrase of tell whether it is one of the set's
	// (see HasWord).
	whole   bool
	byFirst map[string]*firstWord // phrases whose first token is a plain word
	byWord  wordTable[*firstWord] // the same by the word's number (see vocabulary)
	// single holds the phrases that are one plain word, the first of each;
	// singleShapes holds their shapes, so that most words that are none
	// are told so without hashing them.
	single       map[string]*Entry
	singleShapes shapes
	// wild indexes the phrases whose first token has a wildcard, which
	// are wildEntries; nil when there are none, as in most sets.
	wild        *wildIndex
	wildEntries []*Entry
	id          int // place in its lexicon's order; -1 for a set outside one
	entries     []*Entry
}

// shapes is a set of word shapes: a word's first byte, folded to 32 rows,
// and its length, modulo 16. Words of different shapes differ.
type shapes [32]uint16

func (s *shapes) add(w string) {
	row, bit := shape(w)
	s[row] |= bit
}

func (s *shapes) has(w string) bool {
	row, bit := shape(w)
	return s[row]&bit != 0
}

func shape(w string) (row int, bit uint16) {
	if w == "" {
		return 0, 1
	}
	return int(w[0] & 31), 1 << (len(w) & 15)
}

// firstWord holds a set's phrases that start with one plain word.
type firstWord struct {
	entries []*Entry
	// bySecond holds the phrases whose second token is a plain word too,
	// by that word: "die behörde", "nach angaben", so that a common first
	// word does not try every phrase it starts.
	bySecond     map[string][]*Entry
	bySecondWord wordTable[[]*Entry] // the same by the word's number
	// secondShapes holds the shapes of the second words of bySecond, so
	// that most words that follow a common first word ("der", "the") and
	// open no phrase with it are told so without hashing them.
	secondShapes shapes
}

// newSet returns an empty set; id is its place in its lexicon, or -1.
func newSet(name string, id int) *Set {
	s := &Set{Name: name, id: id, byFirst: map[string]*firstWord{}, whole: true}
	if id >= 0 {
		s.mask.set(id)
	} else {
		s.anywhere = true
	}
	return s
}

// wildIndex finds the patterns with a wildcard that may match a word
// without trying them all: prefix patterns ("getötet*") by their first
// three bytes, suffix patterns ("*toten") by their last three.
type wildIndex struct {
	prefix, suffix map[uint32][]int
	// keys holds the keys of prefix and suffix, so that most words no
	// pattern is keyed by are told so without a map lookup.
	keys  keyFilter
	other []int
	n     int
}

// key3 packs three bytes into a map key that hashes fast.
func key3(s string) uint32 { return uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2]) }

// keyFilter is a set of key3 keys that may answer yes for a key it does
// not hold (about one in 30 for a hundred keys), but never no for one it
// holds.
type keyFilter [64]uint64

// slot spreads a key over the filter's 4096 bits (Fibonacci hashing).
func (keyFilter) slot(k uint32) uint32 { return (k * 0x9E3779B1) >> 20 }

func (f *keyFilter) add(k uint32) { f[f.slot(k)>>6] |= 1 << (f.slot(k) & 63) }

func (f *keyFilter) mayHold(k uint32) bool { return f[f.slot(k)>>6]&(1<<(f.slot(k)&63)) != 0 }

func (w *wildIndex) add(p pattern) {
	if w.prefix == nil {
		w.prefix, w.suffix = map[uint32][]int{}, map[uint32][]int{}
	}
	i := w.n
	w.n++
	switch {
	case p.prefix && !p.suffix && len(p.text) >= 3:
		k := key3(p.text)
		w.prefix[k] = append(w.prefix[k], i)
		w.keys.add(k)
	case p.suffix && !p.prefix && len(p.text) >= 3:
		k := key3(p.text[len(p.text)-3:])
		w.suffix[k] = append(w.suffix[k], i)
		w.keys.add(k)
	default:
		w.other = append(w.other, i)
	}
}

// keyed reports whether some pattern may be keyed by word's first or last
// three bytes; when not, candidates has only the others.
func (w *wildIndex) keyed(word string) bool {
	return len(word) >= 3 && (w.keys.mayHold(key3(word)) || w.keys.mayHold(key3(word[len(word)-3:])))
}

// mayMatch reports whether candidates has any pattern for word.
func (w *wildIndex) mayMatch(word string) bool { return len(w.other) > 0 || w.keyed(word) }

// candidates returns the patterns that may match word, by index, in three
// groups: by its first three bytes, by its last three, and the rest, which
// are tried on every word.
func (w *wildIndex) candidates(word string) (groups [3][]int) {
	if len(word) >= 3 {
		if k := key3(word); w.keys.mayHold(k) {
			groups[0] = w.prefix[k]
		}
		if k := key3(word[len(word)-3:]); w.keys.mayHold(k) {
			groups[1] = w.suffix[k]
		}
	}
	groups[2] = w.other
	return groups
}

// Entry is one phrase of a section with its value ("zwei = 2").
type Entry struct {
	Phrase string
	Value  string
	Line   int
	pats   []pattern
}

// Float is the entry's value as a number; 0 when it has none.
func (e *Entry) Float() float64 {
	f, _ := strconv.ParseFloat(e.Value, 64)
	return f
}

// pattern is one token of a phrase: a word, or a word with a wildcard
// before (suffix match) or after (prefix match), or "*" for any one token.
type pattern struct {
	text           string
	prefix, suffix bool
	any            bool
	word           int32 // the number of a plain word (see vocabulary)
}

func (p pattern) plain() bool { return !p.prefix && !p.suffix && !p.any }

func (p pattern) match(lower string) bool {
	switch {
	case p.any:
		return true
	case p.prefix && p.suffix:
		return strings.Contains(lower, p.text)
	case p.prefix:
		return strings.HasPrefix(lower, p.text)
	case p.suffix:
		return strings.HasSuffix(lower, p.text)
	}
	return lower == p.text
}

var (
	loadOnce  sync.Once
	lexicons  map[string]*Lexicon
	places    *Gazetteer
	sources   *Gazetteer
	loadError error
)

func load() {
	lexicons = map[string]*Lexicon{}
	for code, files := range registered {
		data, err := fs.ReadFile(files, code+".lex")
		if err != nil {
			loadError = err
			return
		}
		lx, err := parseLexicon(code, data)
		if err != nil {
			loadError = err
			return
		}
		lexicons[code] = lx
	}
	var err error
	if places, err = loadGazetteer("data/places.tsv", 7); err != nil {
		loadError = err
		return
	}
	if sources, err = loadGazetteer("data/sources.tsv", 4); err != nil {
		loadError = err
		return
	}
	makeVocabulary()
	for _, lx := range lexicons {
		lx.indexFirstWords(places, sources)
	}
}

// sortedCodes lists the codes of the lexicons loaded, in order.
func sortedCodes() []string {
	var out []string
	for c := range lexicons {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

func mustLoad() {
	loadOnce.Do(load)
	if loadError != nil {
		// The data is embedded and checked by the tests: an error here is a
		// bug in a data file, not a condition to handle at run time.
		panic("lang: " + loadError.Error())
	}
}

// Get returns the lexicon of a language ("de", "en"), or nil.
func Get(code string) *Lexicon {
	mustLoad()
	return lexicons[code]
}

// Codes lists the languages there is a lexicon for.
func Codes() []string {
	mustLoad()
	return sortedCodes()
}

// Places is the gazetteer of places.
func Places() *Gazetteer { mustLoad(); return places }

// Sources is the table of known sources.
func Sources() *Gazetteer { mustLoad(); return sources }

func parseLexicon(code string, data []byte) (*Lexicon, error) {
	file := code + ".lex"
	lx := &Lexicon{Code: code, sections: map[string]*Set{}, settings: map[string]string{}}
	var cur *Set
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			name := strings.TrimSpace(line[1 : len(line)-1])
			if lx.sections[name] == nil {
				lx.sections[name] = newSet(name, len(lx.order))
				lx.order = append(lx.order, lx.sections[name])
				if len(lx.order) > len(Bits{})*64 {
					return nil, fmt.Errorf("%s:%d: more than %d sections", file, n, len(Bits{})*64)
				}
			}
			cur = lx.sections[name]
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("%s:%d: entry before any [section]", file, n)
		}
		phrase, value := line, ""
		if i := strings.Index(line, " = "); i >= 0 {
			phrase, value = strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+3:])
		}
		if cur.Name == "settings" {
			lx.settings[phrase] = value
			continue
		}
		e := &Entry{Phrase: phrase, Value: value, Line: n, pats: compile(phrase)}
		if len(e.pats) == 0 {
			return nil, fmt.Errorf("%s:%d: empty phrase", file, n)
		}
		cur.add(e)
	}
	return lx, sc.Err()
}

// compile turns a phrase into token patterns, tokenizing it the way text is
// tokenized so that "ca." is the tokens "ca" and ".".
func compile(phrase string) []pattern {
	var pats []pattern
	for _, part := range strings.Fields(lower(phrase)) {
		if part == "*" {
			pats = append(pats, pattern{any: true})
			continue
		}
		pre := strings.HasPrefix(part, "*")
		suf := strings.HasSuffix(part, "*")
		core := strings.Trim(part, "*")
		toks := Tokenize(core)
		if strings.HasSuffix(core, "'") || strings.HasSuffix(core, "’") || strings.HasPrefix(core, "'") || pre {
			// An elided word is one token ("d'" in "plus d'"), so is a
			// possessive clitic ("'s"), and so is the ending a pattern
			// matches ("*-t-il" in "a-t-il").
			toks = []Token{{Text: core, Lower: lower(core), Kind: Word}}
		}
		for i, t := range toks {
			p := pattern{text: t.Lower}
			if i == 0 && pre {
				p.suffix = true // "*toten": the word ends so
			}
			if i == len(toks)-1 && suf {
				p.prefix = true // "getötet*": the word starts so
			}
			pats = append(pats, p)
		}
	}
	return pats
}

func (s *Set) add(e *Entry) {
	s.entries = append(s.entries, e)
	first := e.pats[0]
	if !first.plain() {
		if s.wild == nil {
			s.wild = &wildIndex{}
		}
		s.wildEntries = append(s.wildEntries, e)
		s.wild.add(first)
		return
	}
	f := s.byFirst[first.text]
	if f == nil {
		f = &firstWord{}
		s.byFirst[first.text] = f
	}
	switch {
	case len(e.pats) > 1 && e.pats[1].plain():
		if f.bySecond == nil {
			f.bySecond = map[string][]*Entry{}
		}
		f.bySecond[e.pats[1].text] = append(f.bySecond[e.pats[1].text], e)
		f.secondShapes.add(e.pats[1].text)
	default:
		f.entries = append(f.entries, e)
		if _, ok := s.single[first.text]; len(e.pats) == 1 && !ok {
			if s.single == nil {
				s.single = map[string]*Entry{}
			}
			s.single[first.text] = e
			s.singleShapes.add(first.text)
		}
	}
}

// Entries lists the section's entries in file order.
func (s *Set) Entries() []*Entry {
	if s == nil {
		return nil
	}
	return s.entries
}

// Section returns a section's phrases; an empty set when the language has
// no such section.
func (lx *Lexicon) Section(name string) *Set {
	if s := lx.sections[name]; s != nil {
		return s
	}
	return newSet(name, -1)
}

// Sections lists the names of the lexicon's sections.
func (lx *Lexicon) Sections() []string {
	var out []string
	for n := range lx.sections {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Setting returns a [settings] value.
func (lx *Lexicon) Setting(key string) string { return lx.settings[key] }

// Match is a phrase found in a token sequence: tokens [Start, End).
type Match struct {
	Start, End int
	Entry      *Entry
}

// At returns the longest phrase of the set that starts at token i.
func (s *Set) At(toks []Token, i int) (Match, bool) {
	if s == nil || i < 0 || i >= len(toks) {
		return Match{}, false
	}
	w := toks[i].Lower
	best := Match{Start: i, End: i}
	if f := s.first(&toks[i]); f != nil {
		for _, e := range f.entries {
			best = best.longer(e, toks, 1)
		}
		if f.bySecond != nil && i+1 < len(toks) && f.secondShapes.has(toks[i+1].Lower) {
			for _, e := range f.second(&toks[i+1]) {
				best = best.longer(e, toks, 1)
			}
		}
	}
	if s.wild != nil && s.wild.mayMatch(w) {
		for _, group := range s.wild.candidates(w) {
			for _, j := range group {
				best = best.longer(s.wildEntries[j], toks, 0)
			}
		}
	}
	if best.Entry == nil {
		return Match{}, false
	}
	return best, true
}

// longer returns the match of e's phrase at m.Start when it is longer
// than m; else m. The first known tokens of the phrase are known to match:
// the phrase was found by its first word.
func (m Match) longer(e *Entry, toks []Token, known int) Match {
	if n := matchAt(e.pats, toks, m.Start, known); n > m.End-m.Start {
		return Match{Start: m.Start, End: m.Start + n, Entry: e}
	}
	return m
}

// Ending returns the longest phrase of the set that ends just before token
// j, that is, covers tokens [j-n, j).
func (s *Set) Ending(toks []Token, j int) (Match, bool) {
	best := Match{}
	for n := 1; n <= 6 && j-n >= 0; n++ {
		if m, ok := s.At(toks[:j], j-n); ok && m.End == j && n > best.End-best.Start {
			best = m
		}
	}
	return best, best.Entry != nil
}

// Has reports whether the set holds a phrase that is exactly the one word w
// (lower case), and its entry.
func (s *Set) Has(w string) (*Entry, bool) {
	if s == nil {
		return nil, false
	}
	if s.singleShapes.has(w) {
		if e, ok := s.single[w]; ok {
			return e, true
		}
	}
	if s.wild == nil || !s.wild.mayMatch(w) {
		return nil, false
	}
	for _, group := range s.wild.candidates(w) {
		for _, j := range group {
			if e := s.wildEntries[j]; len(e.pats) == 1 && e.pats[0].match(w) {
				return e, true
			}
		}
	}
	return nil, false
}

// HasWord is Has for a word whose WordInfo.One is one: whether the set
// holds the word as a phrase of one word. For a set made of whole sections
// it is a test of one, without a lookup.
func (s *Set) HasWord(one *Bits, w string) bool {
	if s == nil {
		return false
	}
	if s.whole {
		m := &s.mask
		return one[0]&m[0]|one[1]&m[1]|one[2]&m[2] != 0
	}
	_, ok := s.Has(w)
	return ok
}

// Starts reports whether some phrase of the set may start at token i: its
// first word matches. It is a cheap test before At.
func (s *Set) Starts(toks []Token, i int) bool {
	w := toks[i].Lower
	if _, ok := s.byFirst[w]; ok {
		return true
	}
	if s.wild == nil {
		return false
	}
	for _, group := range s.wild.candidates(w) {
		for _, j := range group {
			if s.wildEntries[j].pats[0].match(w) {
				return true
			}
		}
	}
	return false
}

// Find returns the first phrase of the set within tokens [from, to).
func (s *Set) Find(toks []Token, from, to int) (Match, bool) {
	if to > len(toks) {
		to = len(toks)
	}
	for i := from; i < to; i++ {
		if m, ok := s.At(toks[:to], i); ok {
			return m, true
		}
	}
	return Match{}, false
}

// matchAt returns how many tokens from i the patterns match, or 0; the
// first known patterns are known to match.
func matchAt(pats []pattern, toks []Token, i, known int) int {
	if i+len(pats) > len(toks) {
		return 0
	}
	for k := known; k < len(pats); k++ {
		p := &pats[k]
		t := &toks[i+k]
		if k > 0 && t.Newline {
			return 0
		}
		if p.plain() {
			// p.match, without the call for the common case, and by the
			// word's number where the token has one.
			if t.Word != 0 && p.word != 0 {
				if t.Word != p.word {
					return 0
				}
			} else if t.Lower != p.text {
				return 0
			}
		} else if !p.match(t.Lower) {
			return 0
		}
	}
	return len(pats)
}

// Subset returns a set of the entries of s that keep accepts, matched the
// same way. The section bits of s serve it: no phrase of the subset can
// start where none of s can.
func (s *Set) Subset(name string, keep func(*Entry) bool) *Set {
	u := newSet(name, -1)
	u.whole = false // some of the phrases of its sections only
	if s.id >= 0 {
		u.mask, u.anywhere = s.mask, false
	}
	for _, e := range s.Entries() {
		if keep(e) {
			u.add(e)
		}
	}
	u.indexWords()
	return u
}

// Union returns a set holding the phrases of all the sets.
func Union(sets ...*Set) *Set {
	u := newSet("union", -1)
	u.anywhere = false // where one of its sections may start
	for _, s := range sets {
		for _, e := range s.Entries() {
			u.add(e)
		}
		if s.id >= 0 {
			u.mask.set(s.id)
		} else if len(s.entries) > 0 {
			u.whole = false // phrases of no section of its own
		}
	}
	u.indexWords()
	return u
}

// WordInfo is what the data knows of a word before reading its context:
// which sections have a phrase that may start with it, and whether a
// place or a source may.
type WordInfo struct {
	Bits Bits
	// One holds the sections that have the word itself as a phrase, one
	// word long (see Set.HasWord).
	One           Bits
	Place, Source bool
	// Word is the word's number in the vocabulary of the data, for
	// Token.Word; -1 when no phrase or form has the word.
	Word int32
}

// or returns the union of what two WordInfos say.
func (a WordInfo) or(b WordInfo) WordInfo {
	return WordInfo{
		Bits:   Bits{a.Bits[0] | b.Bits[0], a.Bits[1] | b.Bits[1], a.Bits[2] | b.Bits[2]},
		One:    Bits{a.One[0] | b.One[0], a.One[1] | b.One[1], a.One[2] | b.One[2]},
		Place:  a.Place || b.Place,
		Source: a.Source || b.Source,
	}
}

// Info returns the WordInfo of the word w (lower case). The words the data
// names cost one lookup in a table made at load; any other word is tried
// against the patterns with a wildcard only. It is safe for concurrent
// use.
func (lx *Lexicon) Info(w string) WordInfo {
	if len(w) == 1 && w[0] < utf8.RuneSelf {
		return lx.oneByte[w[0]]
	}
	return lx.lookupInfo(w)
}

// lookupInfo is Info without the table of one-byte words.
func (lx *Lexicon) lookupInfo(w string) WordInfo {
	if id, ok := vocab[w]; ok {
		return lx.infos[id]
	}
	info := lx.wildcardInfo(w)
	info.Word = -1
	return info
}

// wildcardInfo is what the first words with a wildcard say of w.
func (lx *Lexicon) wildcardInfo(w string) WordInfo {
	var info WordInfo
	if !lx.firstWild.keyed(w) {
		// Most words: no pattern is keyed by their first or last three
		// bytes, and only the others are tried (the loop below, on one
		// group, without making the three).
		for _, i := range lx.firstWild.other {
			if lx.wildPats[i].match(w) {
				info = info.or(lx.wildInfo[i])
			}
		}
		return info
	}
	for _, group := range lx.firstWild.candidates(w) {
		for _, i := range group {
			if lx.wildPats[i].match(w) {
				info = info.or(lx.wildInfo[i])
			}
		}
	}
	return info
}
