package lang

// vocabulary numbers every plain word of the data — each word of the
// lexicons' phrases and of the gazetteers' forms that has no wildcard —
// from 1, so that a token whose reader looked its word up once
// (Lexicon.Info, Token.Word) finds the phrases and forms it starts, and
// matches their words, by number instead of by hashing and comparing its
// text again and again.
type vocabulary map[string]int32

// vocab is the vocabulary of all the data, made by load with it.
var vocab vocabulary

// number numbers the plain words of pats, those not numbered yet next.
func (v vocabulary) number(pats []pattern) {
	for i := range pats {
		p := &pats[i]
		if !p.plain() {
			continue
		}
		id, ok := v[p.text]
		if !ok {
			id = int32(len(v) + 1)
			v[p.text] = id
		}
		p.word = id
	}
}

// makeVocabulary numbers the words of every lexicon, in the order of their
// codes, and of the gazetteers, and indexes the sets and gazetteers by
// them.
func makeVocabulary() {
	vocab = vocabulary{}
	for _, code := range sortedCodes() {
		for _, s := range lexicons[code].order {
			for _, e := range s.entries {
				vocab.number(e.pats)
			}
		}
	}
	for _, g := range []*Gazetteer{places, sources} {
		for _, f := range g.forms() {
			vocab.number(f.pats)
		}
	}
	for _, lx := range lexicons {
		for _, s := range lx.order {
			s.indexWords()
		}
	}
	places.indexWords()
	sources.indexWords()
}

// wordTable maps the numbers of words to values: an open-addressed table
// in one array, at most half full, so that a lookup mostly reads one
// cache line — a map's lookups, made for every phrase a token may start,
// were most of the cache misses of At.
type wordTable[V any] struct {
	slots []wordSlot[V]
	shift uint8 // 32 less the bits of the table's size
}

// wordSlot is a word's number and its value; an empty slot has word 0.
type wordSlot[V any] struct {
	word int32
	v    V
}

// makeWordTable returns a table of the words of byText, by their numbers.
func makeWordTable[V any](byText map[string]V) wordTable[V] {
	bits := uint8(1)
	for 1<<bits < 2*len(byText) {
		bits++
	}
	t := wordTable[V]{slots: make([]wordSlot[V], 1<<bits), shift: 32 - bits}
	for w, v := range byText {
		i := t.home(vocab[w])
		for t.slots[i].word != 0 {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.slots[i] = wordSlot[V]{vocab[w], v}
	}
	return t
}

// home is the slot where the search for word starts (Fibonacci hashing).
func (t *wordTable[V]) home(word int32) int {
	return int(uint32(word) * 0x9E3779B1 >> t.shift)
}

// get returns the value of word, or the zero value when it has none.
func (t *wordTable[V]) get(word int32) (v V) {
	if len(t.slots) == 0 {
		return v
	}
	mask := len(t.slots) - 1
	for i := t.home(word); t.slots[i].word != 0; i = (i + 1) & mask {
		if t.slots[i].word == word {
			return t.slots[i].v
		}
	}
	return v
}

// indexWords indexes the set's phrases by the numbers of their first and
// second words, for At.
func (s *Set) indexWords() {
	s.byWord = makeWordTable(s.byFirst)
	for _, f := range s.byFirst {
		if f.bySecond != nil {
			f.bySecondWord = makeWordTable(f.bySecond)
		}
	}
}

// first is the phrases of the set that start with the plain word of t: by
// its number when its reader looked it up, else by its text.
func (s *Set) first(t *Token) *firstWord {
	switch {
	case t.Word > 0:
		return s.byWord.get(t.Word)
	case t.Word < 0:
		return nil // a word no phrase has
	}
	return s.byFirst[t.Lower]
}

// second is the phrases of f whose second word is the plain word of t.
func (f *firstWord) second(t *Token) []*Entry {
	switch {
	case t.Word > 0:
		return f.bySecondWord.get(t.Word)
	case t.Word < 0:
		return nil
	}
	return f.bySecond[t.Lower]
}

// indexWords indexes the gazetteer's forms by the numbers of their first
// words, for At.
func (g *Gazetteer) indexWords() {
	g.byWord = makeWordTable(g.byFirst)
}

// first is the forms of the gazetteer that start with the plain word of t.
func (g *Gazetteer) first(t *Token) []*form {
	switch {
	case t.Word > 0:
		return g.byWord.get(t.Word)
	case t.Word < 0:
		return nil
	}
	return g.byFirst[t.Lower]
}
