package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/pkg/lang"
)

// sentence is a run of tokens [start, end) of the document.
type sentence struct {
	start, end int
	para       int  // paragraph (line) number
	headline   bool // a line without closing punctuation: a headline or subhead
	first      bool // the first sentence of its paragraph
}

// prepare tokenizes the article's text, leaving out page furniture —
// navigation lines, photo credits, script text — and everything after an
// end marker such as "VERWANDTE GESCHICHTEN" or "Related News", and splits
// what is left into sentences. Token offsets stay offsets into text.
func (d *doc) prepare() {
	text := d.text
	if cap(d.toks) < len(text)/5+16 {
		d.toks = make([]lang.Token, 0, len(text)/5+16)
	}
	// One lower-case copy of the text serves every token, when lowering
	// keeps every byte offset (it does for German and English letters).
	lowerText, sameLength := lang.LowerText(text) // else tokens lower themselves
	para := 0
	for off := 0; off < len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		end := len(text)
		if nl >= 0 {
			end = off + nl
		}
		line := text[off:end]
		lineStart := off
		off = end + 1
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			continue
		}
		var low string
		if sameLength {
			low = strings.TrimSpace(lowerText[lineStart:end])
		} else {
			low = lang.Lower(trimmed)
		}
		if d.isEndMarker(low) {
			break
		}
		if d.isFurniture(trimmed, low) {
			continue
		}
		first := len(d.toks)
		if sameLength {
			d.toks = lang.AppendTokensLower(d.toks, line, lowerText[lineStart:end], lineStart)
		} else {
			d.toks = lang.AppendTokens(d.toks, line, lineStart)
		}
		if len(d.toks) > first {
			d.toks[first].Newline = true
			// A headline or subhead: a short line without closing punctuation.
			headline := !endsSentence(trimmed) && len(d.toks)-first <= 25
			d.splitSentences(first, len(d.toks), para, headline)
		}
		para++
	}
	d.bits = resize(d.bits, len(d.toks))
	d.one = resize(d.one, len(d.toks))
	d.info = resize(d.info, len(d.toks))
	for k := range d.toks {
		info := d.l.lx.Info(d.toks[k].Lower)
		d.toks[k].Word = info.Word
		d.bits[k], d.one[k] = info.Bits, info.One
		word := d.toks[k].Kind == lang.Word
		d.info[k] = gazetteerStarts{Place: info.Place || !word, Source: info.Source || !word,
			Capital: word && startsUpperRune(d.toks[k].Text)}
	}
	d.window = resize(d.window, len(d.toks)+1)
	windowBits(d.window, d.bits)
	d.sentBits = resize(d.sentBits, len(d.sents))
	for si := range d.sents {
		d.sentBits[si] = orBits(d.bits[d.sents[si].start:d.sents[si].end])
	}
}

// gazetteerStarts says of a token whether a form of a place or of a
// source may start there (lang.WordInfo's Place and Source; any token but
// a word is asked of), and whether it is a word with a capital, which may
// be a town's adjective (see placeAdjective) — kept apart from its section
// bits so that each table stays small.
type gazetteerStarts struct{ Place, Source, Capital bool }

// windowBits sets window[j] to the sections of the six tokens before
// token j, bits[j-6:j] (fewer at the start), for every j up to
// len(bits). It takes the tokens two by two: window[j] first holds the
// sections of the two tokens before j, then with those of the pairs two
// and four tokens back, the six, read from the end so that the pairs
// before are still there to read.
func windowBits(window, bits []lang.Bits) {
	for j := range window {
		switch j {
		case 0:
			window[j] = lang.Bits{}
		case 1:
			window[j] = bits[0]
		default:
			a, b := &bits[j-2], &bits[j-1]
			window[j] = lang.Bits{a[0] | b[0], a[1] | b[1], a[2] | b[2]}
		}
	}
	for j := len(window) - 1; j >= 2; j-- {
		w, a := &window[j], &window[j-2]
		if j >= 4 {
			b := &window[j-4]
			w[0], w[1], w[2] = w[0]|a[0]|b[0], w[1]|a[1]|b[1], w[2]|a[2]|b[2]
			continue
		}
		w[0], w[1], w[2] = w[0]|a[0], w[1]|a[1], w[2]|a[2]
	}
}

// orBits is the sections of all of bits.
func orBits(bits []lang.Bits) lang.Bits {
	var a, b, c uint64
	for i := range bits {
		a, b, c = a|bits[i][0], b|bits[i][1], c|bits[i][2]
	}
	return lang.Bits{a, b, c}
}

// sentenceStarting is the index of the sentence that starts at token k;
// -1 when none does.
func (d *doc) sentenceStarting(k int) int {
	si := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].start >= k })
	if si < len(d.sents) && d.sents[si].start == k {
		return si
	}
	return -1
}

func (d *doc) isEndMarker(low string) bool {
	for _, p := range d.l.endMarkers {
		if len(low) < len(p)+12 && strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// isFurniture tells page furniture from article text: known navigation and
// credit lines, lines of script or markup, and very short lines of
// non-letters.
func (d *doc) isFurniture(line, low string) bool {
	for _, p := range d.l.furnitureLines {
		if strings.HasSuffix(p, "*") {
			if strings.HasPrefix(low, strings.TrimSuffix(p, "*")) {
				return true
			}
			continue
		}
		if low == p || strings.HasPrefix(low, p) && (len(p) > 6 || strings.HasSuffix(p, ":")) {
			return true
		}
	}
	// Script and markup: braces, semicolons and parentheses in runs.
	if strings.IndexByte(line, '{') >= 0 || strings.IndexByte(line, '}') >= 0 || strings.Contains(line, "();") || strings.HasPrefix(line, "<") {
		return true
	}
	for _, r := range line {
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// endsSentence: a line that ends in a full stop, question mark, exclamation
// mark, colon, ellipsis or a closing quote after one is running text; any
// other line is a headline, subhead or caption.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, " \t\u00a0")
	for len(line) > 0 {
		r, size := utf8.DecodeLastRuneInString(line)
		switch r {
		case '.', '!', '?', '…', ':':
			return true
		case '"', '“', '”', '»', '«', '\'', '’', ')', ']':
			line = line[:len(line)-size]
			continue
		}
		return false
	}
	return false
}

// splitSentences splits the tokens [from, to) of one line into sentences.
func (d *doc) splitSentences(from, to, para int, headline bool) {
	start := from
	for i := from; i < to; i++ {
		if !d.isBoundary(i, to) {
			continue
		}
		end := i + 1
		// Closing quotes and brackets belong to the sentence they close.
		for end < to && d.toks[end].Kind == lang.Punct && !d.toks[end].Space && strings.ContainsAny(d.toks[end].Text, "\"“”»«’')]") {
			end++
		}
		d.sents = append(d.sents, sentence{start: start, end: end, para: para, headline: headline, first: start == from})
		start = end
		i = end - 1
	}
	if start < to {
		d.sents = append(d.sents, sentence{start: start, end: to, para: para, headline: headline, first: start == from})
	}
}

// isBoundary reports whether token i ends a sentence: a full stop, question
// or exclamation mark followed by a space and a capital, digit or quote —
// unless the stop closes an abbreviation, an initial or a German ordinal
// ("am 6. August", "der 11. Luftlandebrigade").
func (d *doc) isBoundary(i, to int) bool {
	t := &d.toks[i]
	if t.Kind != lang.Punct || (t.Text != "." && t.Text != "!" && t.Text != "?" && t.Text != "…") {
		return false
	}
	next := i + 1
	for next < to && d.toks[next].Kind == lang.Punct && !d.toks[next].Space && strings.ContainsAny(d.toks[next].Text, "\"“”»«’')]") {
		next++
	}
	if next >= to {
		return true
	}
	n := &d.toks[next]
	if !n.Space {
		// "drone warfare.The first reports": a missing space.
		prev := d.tok(i - 1)
		if !(t.Text == "." && prev != nil && prev.Kind == lang.Word && len(prev.Text) >= 3 && !startsUpperRune(prev.Text) &&
			n.Kind == lang.Word && startsUpperRune(n.Text)) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(n.Text)
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("„\"“«»‚'(-–—", r)) {
		return false
	}
	if t.Text != "." || i == 0 {
		return true
	}
	prev := &d.toks[i-1]
	if t.Space {
		return true
	}
	switch prev.Kind {
	case lang.Word:
		if _, ok := d.l.abbrev[prev.Lower+"."]; ok {
			return false
		}
		// An initial: "George W. Bush".
		if utf8.RuneCountInString(prev.Text) == 1 && unicode.IsUpper(r) {
			return false
		}
	case lang.Number:
		if d.ordinalStop(i) {
			return false
		}
	}
	return true
}

// ordinalStop: the full stop at i after a number marks a German ordinal or
// a date, not the end of a sentence.
func (d *doc) ordinalStop(i int) bool {
	if !d.l.decimalComma || i < 1 || i+1 >= len(d.toks) {
		return false
	}
	num := &d.toks[i-1]
	if len(num.Text) > 3 || strings.ContainsAny(num.Text, ".,") {
		return false
	}
	next := &d.toks[i+1]
	if _, ok := d.l.months.Has(next.Lower); ok {
		return true
	}
	if i >= 2 {
		if _, ok := d.l.ordinalBefore.Has(d.toks[i-2].Lower); ok {
			return true
		}
	}
	return false
}
