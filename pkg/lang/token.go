package lang

import (
	"encoding/binary"
	"io/fs"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// TokenKind tells words, numbers and punctuation apart.
type TokenKind uint8

// Token kinds.
const (
	Word TokenKind = iota
	Number
	Punct
)

// Token is one word, number or punctuation mark of a text, with its byte
// offsets in that text.
type Token struct {
	Text       string
	Lower      string
	Start, End int
	Kind       TokenKind
	// Space is true when white space stands before the token; a newline
	// before it sets Newline too.
	Space, Newline bool
	// Hyphen is true when the token holds a hyphen: a compound
	// ("US-Beamten"), or the mark itself. Readers of compounds ask it
	// before they look for the hyphen.
	Hyphen bool
	// Word is the number of the token's lower-case form in the vocabulary
	// of the data (WordInfo.Word), set by a reader that looked it up, so
	// that Set.At and Gazetteer.At find what it starts by number; 0 when
	// it was not looked up, -1 when no phrase or form has the word.
	Word int32
}

// Tokenize splits text into tokens. Words keep inner hyphens and
// apostrophes ("US-Beamten", "Russia's"); dotted abbreviations stay whole
// ("U.S.", "z.B."); numbers keep inner separators ("50.000", "1,5") but
// not a trailing full stop; every other mark is a token of its own.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5)
	return AppendTokens(toks, text, 0)
}

// AppendTokens tokenizes text, whose first byte is at offset base of the
// whole text, and appends the tokens to toks.
func AppendTokens(toks []Token, text string, base int) []Token {
	return appendTokens(toks, text, "", base)
}

// AppendTokensLower is AppendTokens with the lower-case form of text
// given, so that tokens take their lower case from it instead of
// allocating their own. lowered must be as long as text.
func AppendTokensLower(toks []Token, text, lowered string, base int) []Token {
	if len(lowered) != len(text) {
		lowered = ""
	}
	return appendTokens(toks, text, lowered, base)
}

func appendTokens(toks []Token, text, lowered string, base int) []Token {
	space, newline := true, true
	i := 0
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r < utf8.RuneSelf && asciiLetter[r]:
			// A word starts: the common case, asked first.
		case r == '\n':
			space, newline = true, true
			i += size
			continue
		case r == ' ' || unicode.IsSpace(r) || r == '\u00ad' || r == '\u200b':
			space = true
			i += size
			continue
		}
		start := i
		kind := Punct
		apostrophe := false // only a word with one may be split or lowered apart
		hyphen := r == '-'  // the mark, or a word with one (whose parts may lack it)
		switch {
		case isDigit(r), r >= utf8.RuneSelf && unicode.IsDigit(r):
			// Digits of other scripts ("१२.000", "١٢") are no figure
			// claimdiff reads: the whole run is a word, so that no part of
			// it is taken for a number ("000" for 0).
			var foreign bool
			kind = Number
			if i, foreign = scanNumber(text, i); foreign {
				kind = Word
			}
		case isLetter(r):
			kind = Word
			i, apostrophe, hyphen = scanWord(text, i)
		default:
			i += size
		}
		if apostrophe {
			// An elided article or pronoun is a word of its own: "l'Intérieur"
			// is "l'" and "Intérieur".
			if n := elisionEnd(text[start:i]); n > 0 {
				t := Token{Text: text[start : start+n], Start: base + start, End: base + start + n, Kind: Word, Space: space, Newline: newline}
				t.Hyphen = hyphen && strings.IndexByte(t.Text, '-') >= 0
				t.Lower = wordLower(text, lowered, start, start+n, true)
				toks = append(toks, t)
				start += n
				space, newline = false, false
			}
			// A possessive "'s" is a token of its own, so that "Russia's" names Russia.
			if p := possessive(text[start:i]); p > 0 {
				t := Token{Text: text[start : start+p], Start: base + start, End: base + start + p, Kind: Word, Space: space, Newline: newline}
				t.Hyphen = hyphen && strings.IndexByte(t.Text, '-') >= 0
				t.Lower = wordLower(text, lowered, start, start+p, true)
				toks = append(toks, t)
				start += p
				kind, space, newline = Punct, false, false
			}
		}
		t := Token{Text: text[start:i], Start: base + start, End: base + i, Kind: kind, Space: space, Newline: newline}
		if hyphen && apostrophe {
			hyphen = strings.IndexByte(t.Text, '-') >= 0 // a word split at its apostrophe: this part's
		}
		t.Hyphen = hyphen
		if kind == Punct {
			t.Lower = lower(t.Text)
		} else {
			t.Lower = wordLower(text, lowered, start, i, apostrophe)
		}
		toks = append(toks, t)
		space, newline = false, false
	}
	return toks
}

// wordLower is the lower case of the word or number text[start:end]: its
// slice of lowered, the lower-case copy of text, when there is one and it
// holds no typographic apostrophe to read as the plain one; apostrophe
// tells whether the word may hold one.
func wordLower(text, lowered string, start, end int, apostrophe bool) string {
	if lowered == "" || apostrophe && strings.Contains(lowered[start:end], "’") {
		return lower(text[start:end])
	}
	return lowered[start:end]
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isLetter(r rune) bool {
	if r < 0x80 {
		return asciiLetter[r] // small enough to be inlined for the common case
	}
	return isLetterBeyondASCII(r)
}

// isLetterBeyondASCII: a letter or a combining mark ("é" written as "e"
// and U+0301).
func isLetterBeyondASCII(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

// asciiLetter tells the bytes that are ASCII letters; it has a row for
// every byte, so that a byte indexes it without a bounds check.
var asciiLetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = true, true
	}
	return t
}()

// scanNumber reads digits with inner '.' or ',' separators: "11.000",
// "2.5", "1,09". A separator is inner only when a digit follows it.
// foreign tells whether the run holds digits of another script than
// ASCII's.
func scanNumber(s string, i int) (end int, foreign bool) {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case (c == '.' || c == ',') && i+1 < len(s) && digitAt(s, i+1):
			i++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsDigit(r) {
				return i, foreign
			}
			foreign = true
			i += size
		default:
			return i, foreign
		}
	}
	return i, foreign
}

// digitAt: a digit of any script begins at s[i].
func digitAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return c >= '0' && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsDigit(r)
}

// scanWord reads letters, with inner hyphens, apostrophes and one slash
// between letters, and dotted abbreviations of single letters ("U.S.",
// "z.B.") with their closing dot. It returns where the word ends and
// whether it holds an apostrophe, and a hyphen.
func scanWord(s string, i int) (end int, apostrophe, hyphen bool) {
	start, seg := i, i
	dotted := false
scan:
	for i < len(s) {
		if asciiLetter[s[i]] {
			i++ // the common case, without decoding
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isLetter(r) {
			i += size
			continue
		}
		if i+size >= len(s) {
			break
		}
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		if !isLetter(next) {
			break
		}
		switch r {
		case '-':
			hyphen = true
		case '\'', '’':
			apostrophe = true
		case '.':
			if utf8.RuneCountInString(s[seg:i]) != 1 {
				break scan
			}
			dotted = true
		case '/':
			if strings.ContainsRune(s[start:i], '/') {
				break scan
			}
		default:
			break scan
		}
		i += size
		seg = i
	}
	if dotted && i < len(s) && s[i] == '.' {
		i++
	}
	return i, apostrophe, hyphen
}

// possessive returns where a trailing "'s" or "’s" starts in a word, or 0.
func possessive(w string) int {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return len(w) - len(suf)
		}
	}
	return 0
}

// lower lower-cases s, and reads the typographic apostrophe as the plain
// one, without allocating when s is plain lower case already.
func lower(s string) string {
	for i, r := range s {
		if r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && (unicode.ToLower(r) != r || r == '’' || r == 'ß' || r == utf8.RuneError) {
			return lowerFrom(s, i)
		}
	}
	return s
}

// lowerFrom is lower for a string whose bytes before i need no change. Like
// strings.ToLower, it writes a byte that is no UTF-8 as U+FFFD.
func lowerFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		case r == '’':
			b.WriteByte('\'')
		case r == 'ß' || r == 'ẞ':
			b.WriteString("ss") // as Swiss German writes it: "hiess", "Aussenministerium"
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// AppendLower appends Lower(s) to dst: for a lookup by the lower-case
// form of a text the caller need not keep, in a buffer of its own
// ("m[string(AppendLower(buf[:0], name))]" allocates nothing).
func AppendLower(dst []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			dst = append(dst, byte(r)+'a'-'A')
		case r < utf8.RuneSelf:
			dst = append(dst, byte(r))
		case r == '’':
			dst = append(dst, '\'')
		case r == 'ß' || r == 'ẞ':
			dst = append(dst, 's', 's')
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// LowerText lower-cases a whole text for AppendTokensLower. It keeps every
// byte offset when it can — for ASCII and the Latin-1 letters German and
// English use — and says so; otherwise it returns "" and false.
func LowerText(s string) (string, bool) {
	// The lowered text is written once, into the string returned: the runs
	// of bytes that need no change as they are, the others lowered.
	var b strings.Builder
	b.Grow(len(s))
	done := 0 // s[done:i] needs no change and is not written yet
	var eight [8]byte
	for i := 0; i < len(s); {
		// Eight bytes of ASCII at a time, the common case.
		if i+8 <= len(s) {
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			if x&highBits == 0 {
				if lx := lowerASCII8(x); lx != x {
					b.WriteString(s[done:i])
					binary.LittleEndian.PutUint64(eight[:], lx)
					b.Write(eight[:])
					done = i + 8
				}
				i += 8
				continue
			}
		}
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				b.WriteString(s[done:i])
				b.WriteByte(c + 'a' - 'A')
				done = i + 1
			}
			i++
		case c == 0xC3 && i+1 < len(s) && s[i+1] == 0x9F:
			// ß, as Swiss German writes it: "ss", two bytes as well.
			b.WriteString(s[done:i])
			b.WriteString("ss")
			i += 2
			done = i
		case c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9E && s[i+1] != 0x97:
			// À–Þ (U+00C0–U+00DE) but ×: the lower case is 0x20 higher.
			b.WriteString(s[done:i])
			b.WriteByte(c)
			b.WriteByte(s[i+1] + 0x20)
			i += 2
			done = i
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			lr := unicode.ToLower(r)
			if utf8.RuneLen(lr) != size {
				return "", false
			}
			if lr != r {
				b.WriteString(s[done:i])
				b.WriteRune(lr)
				done = i + size
			}
			i += size
		}
	}
	b.WriteString(s[done:])
	return b.String(), true
}

const highBits = 0x8080808080808080

// lowerASCII8 lower-cases eight ASCII bytes packed in x: the bytes from
// 'A' to 'Z' get the bit 0x20. Adding 0x3f to a byte sets its high bit
// when it is 'A' or more, adding 0x25 when it is more than 'Z'; no byte
// below 0x80 carries into the next.
func lowerASCII8(x uint64) uint64 {
	upper := (x + 0x3f3f3f3f3f3f3f3f) &^ (x + 0x2525252525252525) & highBits
	return x | upper>>2
}

// Lower returns s in lower case, as tokens carry it: the typographic
// apostrophe is the plain one, and ß is ss, as Swiss German writes it.
func Lower(s string) string { return lower(s) }

// elisionEnd returns the length of an elided word opening w — "l'" in
// "l'Intérieur", "qu’" in "qu’il" — when some language's data lists it
// ([elisions]) and a word follows; else 0.
func elisionEnd(w string) int {
	i := strings.IndexAny(w, "'’")
	if i <= 0 || i > 7 {
		return 0
	}
	n := i + 1
	if w[i] != '\'' {
		n = i + len("’")
	}
	if n >= len(w) {
		return 0
	}
	if _, ok := elisions()[lower(w[:i])+"'"]; !ok {
		return 0
	}
	return n
}

var (
	elisionOnce sync.Once
	elisionSet  map[string]struct{}
)

// elisions are the elided words of every registered language, read from
// the [elisions] section of each lexicon's file. They are read apart from
// the lexicons, which are tokenized with them.
func elisions() map[string]struct{} {
	elisionOnce.Do(func() {
		elisionSet = map[string]struct{}{}
		for code, files := range registered {
			data, err := fs.ReadFile(files, code+".lex")
			if err != nil {
				continue
			}
			in := false
			for _, line := range strings.Split(string(data), "\n") {
				line = strings.TrimSpace(line)
				if strings.HasPrefix(line, "[") {
					in = line == "[elisions]"
					continue
				}
				if in && line != "" && !strings.HasPrefix(line, "#") {
					elisionSet[lower(line)] = struct{}{}
				}
			}
		}
	})
	return elisionSet
}
