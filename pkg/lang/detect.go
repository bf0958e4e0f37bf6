package lang

// Detect guesses the language of a text from its commonest words: the
// language whose [stopwords] occur most often in the first few thousand
// bytes. It returns "" when no word of any lexicon occurs.
func Detect(text string) string {
	mustLoad()
	if len(text) > 4000 {
		text = text[:4000]
	}
	toks := Tokenize(text)
	best, bestN := "", 0
	for _, code := range Codes() {
		set := lexicons[code].Section("stopwords")
		n := 0
		for i := range toks {
			if toks[i].Kind == Word {
				if _, ok := set.Has(toks[i].Lower); ok {
					n++
				}
			}
		}
		if n > bestN {
			best, bestN = code, n
		}
	}
	return best
}
