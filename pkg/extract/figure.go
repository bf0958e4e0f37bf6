package extract

import (
	"math"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// figure is a number found in a sentence, with what hedges it.
type figure struct {
	start, end       int // tokens of the figure as printed, qualifier and unit included
	numStart, numEnd int // tokens of the number itself
	value            float64
	value2           *float64
	qual             claimdiff.Qualifier
	vague            bool
	words            bool // written in words ("zwei", "fünfzigtausend")
	weak             bool // "ein", "eine": a figure only in a toll
	unit             string
	unitKind         unitKind
	increment        bool // "weitere", "additional"
}

type unitKind uint8

const (
	noUnit unitKind = iota
	unitArea
	unitCurrency
)

// number is a number read at a token position.
type number struct {
	value  float64
	end    int // first token after the number
	vague  bool
	words  bool
	weak   bool
	approx bool // a word of about so many: "une dizaine"
}

// figures appends to out every figure in the sentence's tokens [s, e).
func (d *doc) figures(out []figure, s, e int) []figure {
	for i := s; i < e; i++ {
		t := &d.toks[i]
		if t.Kind == lang.Punct && t.Text != "$" && t.Text != "£" && t.Text != "€" {
			continue
		}
		// A word opens a number only if a number section, or a morpheme of
		// a compound number word, starts it.
		if t.Kind == lang.Word && !d.bits[i].Has(d.l.numberStart) && !d.l.morphemeStart[twoBytes(t.Lower)] {
			continue
		}
		f, ok := d.figureAt(i, e)
		if !ok {
			continue
		}
		out = append(out, f)
		i = f.end - 1
	}
	return out
}

// figureAt reads a figure whose number starts at token i (a currency sign
// may stand before it).
func (d *doc) figureAt(i, e int) (figure, bool) {
	f := figure{numStart: i}
	if sign := d.toks[i].Text; sign == "$" || sign == "£" || sign == "€" {
		if i+1 >= e || d.toks[i+1].Space {
			return f, false
		}
		f.unit, f.unitKind = sign, unitCurrency
		i++
		f.numStart = i
	}
	n, ok := d.numberAt(i, e)
	if !ok {
		return f, false
	}
	f.value, f.numEnd, f.vague, f.words, f.weak = n.value, n.end, n.vague, n.words, n.weak
	if n.approx {
		f.qual = claimdiff.Approx
	}
	f.start, f.end = f.numStart, f.numEnd
	if f.unitKind == unitCurrency {
		f.start--
	}
	if f.vague {
		f.qual = claimdiff.Vague
	}

	// A range: "11.000 bis 12.000", "zwischen 10.000 und 12.000", "170,000 to 180,000".
	l := d.l
	between := false
	if m, ok := d.ending(l.rangeBetween, f.start); ok && !f.vague {
		between = true
		f.start = m.Start
	}
	if !f.vague && f.end < e && !d.changeFrom(f.start) {
		joinSet := l.rangeTo
		if between {
			joinSet = l.rangeAnd
		}
		if m, ok := d.at(joinSet, f.end, e); ok && m.End < e && !d.opensQualifier(m) {
			if n2, ok := d.numberAt(m.End, e); ok && !n2.vague {
				lo, hi := f.value, n2.value
				if hi >= 1000 && lo < 1000 && n2.words == f.words {
					// "11 bis 12 Millionen": the scale of the upper end.
					if s := scaleOf(hi); s > 1 && lo*s <= hi {
						lo *= s
					}
				}
				if lo < hi {
					f.value, f.value2 = lo, claimdiff.Float(hi)
					f.qual = claimdiff.Range
					f.end, f.numEnd = n2.end, n2.end
				}
			}
		}
	}
	if between && f.qual != claimdiff.Range {
		f.start = f.numStart
	}

	// The qualifier before: "fast", "mehr als", "at least", "bis zu".
	if f.qual == "" {
		f.qual = claimdiff.Exact
		best := lang.Match{}
		qualifiers := l.qualifiers
		if !d.mayEnd(l.qualifiersAll, f.start) {
			qualifiers = nil // none ends here: no need to ask each
		}
		for _, qs := range qualifiers {
			if m, ok := d.ending(qs.set, f.start); ok && m.End-m.Start > best.End-best.Start {
				best = m
				f.qual = qs.q
			}
		}
		if best.Entry != nil && best.Start > 0 && best.End-best.Start == 1 && d.is(l.particleVerbs, best.Start-1) {
			best, f.qual = lang.Match{}, claimdiff.Exact // "handed over 1,400 bodies": a verb's particle
		}
		if best.Entry != nil && best.Start >= 0 {
			f.start = best.Start
		}
		if f.qual == claimdiff.Exact {
			if m, ok := d.at(l.qualAfter, f.end, e); ok {
				f.qual = claimdiff.AtLeast
				f.end = m.End
			}
		}
	}

	// A unit of area or money makes the figure a count of it.
	if f.unitKind == noUnit && f.numEnd < e {
		if m, ok := d.at(l.unitArea, f.numEnd, e); ok {
			f.unit, f.unitKind = d.span(m.Start, m.End), unitArea
			f.end = m.End
		} else if m, ok := d.at(l.currency, f.numEnd, e); ok {
			f.unit, f.unitKind = d.span(m.Start, m.End), unitCurrency
			f.end = m.End
		}
	}
	return f, true
}

// changeFrom: "from" before token k follows a word of change in its
// clause ("has risen from 148 to 154"): the figures are the old and the new.
func (d *doc) changeFrom(k int) bool {
	if k < 1 || !d.is(d.l.rangeFrom, k-1) {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-8; j-- {
		if d.toks[j].Kind == lang.Punct {
			return false
		}
		if d.is(d.l.changeWords, j) {
			return true
		}
	}
	return false
}

// opensQualifier: the range word m opens a longer qualifier, which begins
// a figure of its own: "50 bis zu 80" is no range.
func (d *doc) opensQualifier(m lang.Match) bool {
	q, ok := d.at(d.l.qualifiersAll, m.Start, len(d.toks))
	return ok && q.End > m.End
}

// scaleOf returns the power of a thousand that v is a round multiple of.
func scaleOf(v float64) float64 {
	for _, s := range []float64{1e9, 1e6, 1e3} {
		if v >= s && math.Mod(v, s) == 0 {
			return s
		}
	}
	return 1
}

// numberAt reads a number starting at token i: digits ("11.000", "28 858",
// "2,5 Millionen", "500k"), number words ("fünfzigtausend", "twenty-five",
// "zwei Dutzend", "eine halbe Million") or a vague magnitude ("Hunderte",
// "mehrere tausend", "tens of thousands").
func (d *doc) numberAt(i, e int) (number, bool) {
	t := &d.toks[i]
	l := d.l
	if t.Kind == lang.Number {
		v, ok := d.parseDigits(t.Text)
		if !ok {
			return number{}, false
		}
		end := i + 1
		// Groups of three digits set apart by spaces or, in Switzerland,
		// apostrophes: "28 858", "740 000", "23'000".
		if !strings.ContainsAny(t.Text, ".,") && len(t.Text) <= 3 {
			for end < e {
				next := end
				if d.toks[end].Kind == lang.Punct && (d.toks[end].Text == "'" || d.toks[end].Text == "’") && !d.toks[end].Space {
					next++ // "23'000"
				}
				if next >= e || d.toks[next].Kind != lang.Number || len(d.toks[next].Text) != 3 || strings.ContainsAny(d.toks[next].Text, ".,") {
					break
				}
				if next == end && !isThinGap(d.text[d.toks[end-1].End:d.toks[end].Start]) || next > end && d.toks[next].Space {
					break
				}
				g, _ := strconv.ParseFloat(d.toks[next].Text, 64)
				v = v*1000 + g
				end = next + 1
			}
		}
		// "1,212 Millionen": before a scale of millions, one separator
		// that is the language's decimal mark is a decimal.
		if end < e && end == i+1 && d.l.decimalComma == strings.Contains(t.Text, ",") && strings.Count(t.Text, ",")+strings.Count(t.Text, ".") == 1 {
			if sc, ok := l.scales.Has(d.toks[end].Lower); ok && sc.Float() >= 1e6 {
				if dv, err := strconv.ParseFloat(strings.Replace(t.Text, ",", ".", 1), 64); err == nil {
					v = dv
				}
			}
		}
		n := number{value: v, end: end}
		// A suffix without a space: "500k", "3.8m".
		if end < e && !d.toks[end].Space && d.toks[end].Kind == lang.Word {
			if s, ok := l.scaleSuffix.Has(d.toks[end].Lower); ok {
				n.value *= s.Float()
				n.end = end + 1
				return n, true
			}
			return number{}, false // "7th", "70s", "3M"…
		}
		// "27-hundred".
		if end+1 < e && d.toks[end].Text == "-" && !d.toks[end].Space && !d.toks[end+1].Space {
			if s, ok := l.scales.Has(d.toks[end+1].Lower); ok {
				n.value *= s.Float()
				n.end = end + 2
				return n, true
			}
		}
		d.applyScale(&n, e)
		return n, true
	}
	if t.Kind != lang.Word {
		return number{}, false
	}
	// About so many, in one word: "une dizaine", "une centaine".
	if m, ok := d.at(l.approxNumbers, i, e); ok {
		return number{value: m.Entry.Float(), end: m.End, words: true, approx: true}, true
	}
	// Vague magnitudes: "Hunderte", "tens of thousands".
	if m, ok := d.at(l.vague, i, e); ok {
		// "Millionen" after a number was read with that number; alone it
		// is vague. "millions of dollars" too.
		return number{value: m.Entry.Float(), end: m.End, vague: true, words: true}, true
	}
	// "mehrere tausend", "einige Zehntausend", "several hundred".
	if m, ok := d.at(l.vagueQuant, i, e); ok && m.End < e {
		if v, ok := d.parseWords(d.toks[m.End].Lower); ok && isMagnitude(v) {
			return number{value: v, end: m.End + 1, vague: true, words: true}, true
		}
		if m2, ok := d.at(l.vague, m.End, e); ok {
			return number{value: m2.Entry.Float(), end: m2.End, vague: true, words: true}, true
		}
	}
	// "half a million", "eine halbe Million".
	if n, ok := d.fractionAt(i, e); ok {
		return n, true
	}
	// "a dozen", "a million".
	if m, ok := d.at(l.dozen, i, e); ok && m.End-m.Start > 1 {
		return number{value: m.Entry.Float(), end: m.End, words: true}, true
	}
	if m, ok := d.at(l.scales, i, e); ok && m.End-m.Start > 1 {
		return number{value: m.Entry.Float(), end: m.End, words: true}, true
	}
	v, ok := d.parseWords(t.Lower)
	if !ok {
		return number{}, false
	}
	n := number{value: v, end: i + 1, words: true}
	// English writes number words apart: "two hundred thousand".
	for n.end < e {
		nt := &d.toks[n.end]
		if s, ok := l.scales.Has(nt.Lower); ok && s.Float() < 1e6 && nt.Kind == lang.Word {
			n.value *= s.Float()
			n.end++
			continue
		}
		break
	}
	if n.end < e {
		if m, ok := d.at(l.dozen, n.end, e); ok {
			n.value *= m.Entry.Float()
			n.end = m.End
			return n, true
		}
		if f, ok := d.fractionAt(n.end, e); ok && n.value == 1 {
			return number{value: f.value, end: f.end, words: true}, true
		}
	}
	before := n.value
	d.applyScale(&n, e)
	n.weak = n.value == before && has(l.weak, t.Lower)
	return n, true
}

// applyScale multiplies by a scale word after the number: "2,5 Millionen",
// "1.28 million", "zwei Millionen".
func (d *doc) applyScale(n *number, e int) {
	if n.end >= e {
		return
	}
	if m, ok := d.at(d.l.scales, n.end, e); ok {
		if s := m.Entry.Float(); s >= 1000 && (n.value < 1000 || math.Trunc(n.value) != n.value) {
			n.value *= s
			n.end = m.End
		}
	}
}

// fractionAt reads "halbe Million", "half a million", with a leading "eine".
func (d *doc) fractionAt(i, e int) (number, bool) {
	l := d.l
	j := i
	if d.is(l.weak, j) {
		j++
	}
	if j >= e {
		return number{}, false
	}
	m, ok := d.at(l.fractions, j, e)
	if !ok || m.End >= e {
		return number{}, false
	}
	s, ok := d.at(l.scales, m.End, e)
	if !ok || s.Entry.Float() < 1000 {
		return number{}, false
	}
	return number{value: m.Entry.Float() * s.Entry.Float(), end: s.End, words: true}, true
}

func isMagnitude(v float64) bool {
	switch v {
	case 12, 100, 1000, 10000, 100000, 1000000:
		return true
	}
	return false
}

// isThinGap: only a space (or a no-break or thin space) between digit groups.
func isThinGap(s string) bool {
	switch s {
	case " ", "\u00a0", "\u202f", "\u2009":
		return true
	}
	return false
}

// parseDigits reads "11.000", "11,000", "1,5", "2.5", "1.234,5". A
// separator followed by exactly three digits groups thousands; otherwise it
// is the decimal mark.
func (d *doc) parseDigits(s string) (float64, bool) {
	lastDot, lastComma := strings.LastIndexByte(s, '.'), strings.LastIndexByte(s, ',')
	if lastDot < 0 && lastComma < 0 {
		v, err := strconv.ParseFloat(s, 64)
		return v, err == nil
	}
	var decimal byte
	switch {
	case lastDot >= 0 && lastComma >= 0:
		if lastDot > lastComma {
			decimal = '.'
		} else {
			decimal = ','
		}
	default:
		sep := byte('.')
		if lastComma >= 0 {
			sep = ','
		}
		groups := strings.Split(s, string(sep))
		grouped := len(groups[0]) <= 3 && len(groups[0]) > 0
		for _, g := range groups[1:] {
			if len(g) != 3 {
				grouped = false
			}
		}
		// The Indian grouping: lakhs and crores, "4,82,00,660".
		if !grouped && len(groups) > 2 && len(groups[len(groups)-1]) == 3 && len(groups[0]) <= 2 {
			grouped = true
			for _, g := range groups[1 : len(groups)-1] {
				if len(g) != 2 {
					grouped = false
				}
			}
		}
		if !grouped {
			decimal = sep
		}
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == decimal:
			b.WriteByte('.')
		}
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	return v, err == nil
}

// parseWords reads a number written in words, as one token: "zwei",
// "fünfzigtausend", "einundzwanzig", "twenty-five", "three-thousand".
func (d *doc) parseWords(w string) (float64, bool) {
	if strings.Contains(w, "-") {
		total, current := 0.0, 0.0
		parts := strings.Split(w, "-")
		for i := 0; i < len(parts); i++ {
			part := parts[i]
			if has(d.l.joiners, part) && i > 0 && i+1 < len(parts) {
				continue // "vingt-et-un"
			}
			v, ok := d.parseWords(part)
			if i+1 < len(parts) {
				// A number word written with a hyphen itself: "quatre-vingt".
				if e, found := d.l.numbers.Has(part + "-" + parts[i+1]); found {
					v, ok = e.Float(), true
					i++
				}
			}
			if !ok {
				return 0, false
			}
			switch {
			case v == 100:
				if current == 0 {
					current = 1
				}
				current *= 100
			case v >= 1000 && isMagnitude(v):
				if current == 0 {
					current = 1
				}
				total += current * v
				current = 0
			default:
				current += v
			}
		}
		return total + current, true
	}
	total, current := 0.0, 0.0
	parts := 0
	for w != "" {
		m, ok := d.morphemeAt(w)
		if !ok {
			return 0, false
		}
		w = w[len(m.text):]
		parts++
		switch {
		case m.join:
			if current == 0 || w == "" {
				return 0, false
			}
		case m.scale && m.value == 100:
			if current == 0 {
				current = 1
			}
			current *= 100
		case m.scale:
			if current == 0 {
				current = 1
			}
			total += current * m.value
			current = 0
		default:
			current += m.value
		}
	}
	return total + current, parts > 0
}

func (d *doc) morphemeAt(w string) (morpheme, bool) {
	if w == "" || !d.l.morphemeStart[twoBytes(w)] {
		return morpheme{}, false
	}
	for _, m := range d.l.morphemesByFirst[w[0]] {
		if strings.HasPrefix(w, m.text) {
			return m, true
		}
	}
	return morpheme{}, false
}
