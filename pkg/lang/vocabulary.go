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

// indexWords indexes the set's phrases by the numbers of their first and
// second words, for At.
func (s *Set) indexWords() {
	s.byWord = make(map[int32]*firstWord, len(s.byFirst))
	for w, f := range s.byFirst {
		s.byWord[vocab[w]] = f
		if f.bySecond != nil {
			f.bySecondWord = make(map[int32][]*Entry, len(f.bySecond))
			for w2, es := range f.bySecond {
				f.bySecondWord[vocab[w2]] = es
			}
		}
	}
}

// first is the phrases of the set that start with the plain word of t: by
// its number when its reader looked it up, else by its text.
func (s *Set) first(t *Token) *firstWord {
	switch {
	case t.Word > 0:
		return s.byWord[t.Word]
	case t.Word < 0:
		return nil // a word no phrase has
	}
	return s.byFirst[t.Lower]
}

// second is the phrases of f whose second word is the plain word of t.
func (f *firstWord) second(t *Token) []*Entry {
	switch {
	case t.Word > 0:
		return f.bySecondWord[t.Word]
	case t.Word < 0:
		return nil
	}
	return f.bySecond[t.Lower]
}

// indexWords indexes the gazetteer's forms by the numbers of their first
// words, for At.
func (g *Gazetteer) indexWords() {
	g.byWord = make(map[int32][]*form, len(g.byFirst))
	for w, fs := range g.byFirst {
		g.byWord[vocab[w]] = fs
	}
}

// first is the forms of the gazetteer that start with the plain word of t.
func (g *Gazetteer) first(t *Token) []*form {
	switch {
	case t.Word > 0:
		return g.byWord[t.Word]
	case t.Word < 0:
		return nil
	}
	return g.byFirst[t.Lower]
}
