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
	"sync/atomic"
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

	// firstExact and firstWild tell, for a word, which sections have a
	// phrase that may start with it (see Bits).
	firstExact map[string]Bits
	firstWild  wildIndex
	wildIDs    []int
	wildPats   []pattern

	infoCache sync.Map // word → WordInfo
	infoCount atomic.Int64
}

// Bits is a set of sections, by id.
type Bits [2]uint64

func (b *Bits) set(id int) { b[id>>6] |= 1 << (id & 63) }

// Has reports whether section s, or any section of a union s, is in b.
func (b Bits) Has(s *Set) bool {
	if s == nil {
		return false
	}
	if s.members != nil {
		return b[0]&s.mask[0]|b[1]&s.mask[1] != 0
	}
	if s.id < 0 {
		return true // a set outside the lexicon: always look
	}
	return b[s.id>>6]&(1<<(s.id&63)) != 0
}

// Bits returns the sections that have a phrase whose first word matches w
// (lower case). One lookup answers for every section, so that a caller can
// skip At for sections that cannot match at a token.
func (lx *Lexicon) Bits(w string) Bits {
	b := lx.firstExact[w]
	lx.firstWild.candidates(w, func(i int) {
		if lx.wildPats[i].match(w) {
			b.set(lx.wildIDs[i])
		}
	})
	return b
}

func (lx *Lexicon) index() {
	lx.firstExact = map[string]Bits{}
	for id, s := range lx.order {
		for _, e := range s.entries {
			p := e.pats[0]
			if p.prefix || p.suffix || p.any {
				lx.firstWild.add(p)
				lx.wildIDs = append(lx.wildIDs, id)
				lx.wildPats = append(lx.wildPats, p)
				continue
			}
			b := lx.firstExact[p.text]
			b.set(id)
			lx.firstExact[p.text] = b
		}
	}
}

// Set is the phrases of one section, ready for matching against tokens.
type Set struct {
	Name    string
	id      int   // place in its lexicon's order; -1 for a set outside one
	members []int // for a union: the ids of its sections
	mask    Bits  // for a union: its sections as bits
	entries []*Entry
	byFirst map[string][]*Entry    // phrases whose first token is a plain word
	byPair  map[[2]string][]*Entry // phrases whose first two tokens are plain words
	wild    wildIndex              // phrases whose first token has a wildcard
	// wildEntries are the entries the wild index numbers.
	wildEntries []*Entry
	pairFirst   map[string]bool // first words of the byPair phrases
}

// wildIndex finds the patterns with a wildcard that may match a word
// without trying them all: prefix patterns ("getötet*") by their first
// three bytes, suffix patterns ("*toten") by their last three.
type wildIndex struct {
	prefix, suffix map[uint32][]int
	other          []int
	n              int
}

// key3 packs three bytes into a map key that hashes fast.
func key3(s string) uint32 { return uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2]) }

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
	case p.suffix && !p.prefix && len(p.text) >= 3:
		k := key3(p.text[len(p.text)-3:])
		w.suffix[k] = append(w.suffix[k], i)
	default:
		w.other = append(w.other, i)
	}
}

// candidates calls fn with the index of every pattern that may match word.
func (w *wildIndex) candidates(word string, fn func(int)) {
	if w.n == 0 {
		return
	}
	if len(word) >= 3 {
		for _, i := range w.prefix[key3(word)] {
			fn(i)
		}
		for _, i := range w.suffix[key3(word[len(word)-3:])] {
			fn(i)
		}
	}
	for _, i := range w.other {
		fn(i)
	}
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
	}
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
	var out []string
	for c := range lexicons {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
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
				lx.sections[name] = &Set{Name: name, id: len(lx.order), byFirst: map[string][]*Entry{}}
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
	lx.index()
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
		if strings.HasSuffix(core, "'") || strings.HasSuffix(core, "’") || pre {
			// An elided word is one token ("d'" in "plus d'"), and so is the
			// ending a pattern matches ("*-t-il" in "a-t-il").
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
	switch {
	case first.prefix || first.suffix || first.any:
		s.wildEntries = append(s.wildEntries, e)
		s.wild.add(first)
	case len(e.pats) > 1 && e.pats[1].plain():
		// "die behörde", "nach angaben": keyed by both words, so that a
		// common first word does not try every phrase it starts.
		if s.byPair == nil {
			s.byPair = map[[2]string][]*Entry{}
		}
		k := [2]string{first.text, e.pats[1].text}
		s.byPair[k] = append(s.byPair[k], e)
		if s.pairFirst == nil {
			s.pairFirst = map[string]bool{}
		}
		s.pairFirst[first.text] = true
	default:
		s.byFirst[first.text] = append(s.byFirst[first.text], e)
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
	return &Set{Name: name, id: -1, byFirst: map[string][]*Entry{}}
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
	best := Match{}
	try := func(e *Entry) {
		if n := matchAt(e.pats, toks, i); n > 0 && n > best.End-best.Start {
			best = Match{Start: i, End: i + n, Entry: e}
		}
	}
	for _, e := range s.byFirst[toks[i].Lower] {
		try(e)
	}
	if s.byPair != nil && i+1 < len(toks) {
		for _, e := range s.byPair[[2]string{toks[i].Lower, toks[i+1].Lower}] {
			try(e)
		}
	}
	s.wild.candidates(toks[i].Lower, func(j int) { try(s.wildEntries[j]) })
	return best, best.Entry != nil
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
	for _, e := range s.byFirst[w] {
		if len(e.pats) == 1 {
			return e, true
		}
	}
	var found *Entry
	s.wild.candidates(w, func(j int) {
		if e := s.wildEntries[j]; found == nil && len(e.pats) == 1 && e.pats[0].match(w) {
			found = e
		}
	})
	return found, found != nil
}

// Starts reports whether some phrase of the set may start at token i: its
// first word matches. It is a cheap test before At.
func (s *Set) Starts(toks []Token, i int) bool {
	w := toks[i].Lower
	if _, ok := s.byFirst[w]; ok {
		return true
	}
	if s.pairFirst[w] {
		return true
	}
	found := false
	s.wild.candidates(w, func(j int) {
		if !found && s.wildEntries[j].pats[0].match(w) {
			found = true
		}
	})
	return found
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

func matchAt(pats []pattern, toks []Token, i int) int {
	if i+len(pats) > len(toks) {
		return 0
	}
	for k, p := range pats {
		t := &toks[i+k]
		if k > 0 && t.Newline {
			return 0
		}
		if !p.match(t.Lower) {
			return 0
		}
	}
	return len(pats)
}

// Subset returns a set of the entries of s that keep accepts, matched the
// same way. The section bits of s serve it: no phrase of the subset can
// start where none of s can.
func (s *Set) Subset(name string, keep func(*Entry) bool) *Set {
	u := &Set{Name: name, id: -1, byFirst: map[string][]*Entry{}}
	if s.id >= 0 {
		u.members = []int{s.id}
		u.mask.set(s.id)
	}
	for _, e := range s.Entries() {
		if keep(e) {
			u.add(e)
		}
	}
	return u
}

// Union returns a set holding the phrases of all the sets.
func Union(sets ...*Set) *Set {
	u := &Set{Name: "union", id: -1, byFirst: map[string][]*Entry{}, members: []int{}}
	for _, s := range sets {
		for _, e := range s.Entries() {
			u.add(e)
		}
		if s.id >= 0 {
			u.members = append(u.members, s.id)
			u.mask.set(s.id)
		}
	}
	return u
}

// WordInfo is what the data knows of a word before reading its context:
// which sections have a phrase that may start with it, and whether a
// place or a source may.
type WordInfo struct {
	Bits          Bits
	Place, Source bool
}

// infoCacheLimit bounds the words whose WordInfo is kept: a news
// vocabulary fits many times over, a hostile input cannot grow it forever.
const infoCacheLimit = 1 << 20

// Info returns the WordInfo of the word w (lower case). It is computed
// once per word and kept, so that the common words of a language cost one
// lookup. It is safe for concurrent use.
func (lx *Lexicon) Info(w string) WordInfo {
	if v, ok := lx.infoCache.Load(w); ok {
		return v.(WordInfo)
	}
	info := WordInfo{Bits: lx.Bits(w), Place: places.MayStart(w), Source: sources.MayStart(w)}
	if lx.infoCount.Load() < infoCacheLimit {
		if _, loaded := lx.infoCache.LoadOrStore(strings.Clone(w), info); !loaded {
			lx.infoCount.Add(1)
		}
	}
	return info
}
