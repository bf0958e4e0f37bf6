// Package safe makes text written by anyone — article text, outlets, titles,
// URLs, source names — safe to show in each medium claimdiff writes, and
// cleans names on the way in.
//
// Every writer of claimdiff passes text from data through one function of
// this package for its medium:
//
//   - Terminal, Line and Field: control characters (C0 but the line break
//     and the tab, DEL, C1), bidirectional controls and the Unicode line
//     and paragraph separators are shown escaped, as \x1b or \u202e, never
//     sent to the terminal to interpret. Terminal keeps line breaks and
//     tabs (error messages of several lines); Line makes them spaces (a
//     line of prose); Field writes them as \n, \r and \t (a table cell, a
//     tab-separated field), so that data never splits a field or a record.
//   - CSV: a cell that a spreadsheet would evaluate as a formula — one
//     starting with =, +, -, @, a tab or a carriage return — gets a single
//     quote in front, as OWASP recommends; a plain number such as -5 or
//     +3.5 stays as it is, since a spreadsheet reads it as that number.
//     Control characters are escaped as by Terminal.
//   - Markdown: line breaks become spaces and what starts markup is
//     backslash-escaped or written as an entity, so that data stays inside
//     its table cell or paragraph and never opens a heading, a list, a quote
//     block, a table, a link, code or HTML.
//   - HTML: escaped as HTML, and control characters shown as by Terminal.
//   - JSON: encoding/json escapes C0 already; JSON escapes what it leaves
//     raw (DEL, C1, bidirectional controls) as \u escapes, which decode to
//     the same text.
//
// Name cleans a name on the way in (see name.go).
package safe

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"unicode/utf8"
)

// bidi reports whether r is a bidirectional control: marks, embeddings,
// overrides and isolates, which reorder the text shown around them.
func bidi(r rune) bool {
	switch {
	case r == '\u061c', r == '\u200e', r == '\u200f':
		return true
	case r >= '\u202a' && r <= '\u202e':
		return true
	case r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// control reports whether a terminal or a reader could be misled by r: a
// C0 or C1 control, DEL, a bidirectional control, or a line or paragraph
// separator.
func control(r rune) bool {
	return r < 0x20 || r >= 0x7f && r <= 0x9f || bidi(r) || r == '\u2028' || r == '\u2029'
}

// escapeRune writes r the way Go writes it in a string literal: \x1b for
// C0 and DEL, \u009b above.
func escapeRune(b *strings.Builder, r rune) {
	if r < 0x80 {
		fmt.Fprintf(b, `\x%02x`, r)
		return
	}
	fmt.Fprintf(b, `\u%04x`, r)
}

// escape writes s with its control characters escaped; keep says which
// are kept as they are and space which become a space. Bytes that are not
// UTF-8 are written \xNN.
func escape(s string, keep, space func(rune) bool) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || control(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case !control(r) || keep != nil && keep(r):
			b.WriteString(s[i : i+size])
		case space != nil && space(r):
			b.WriteByte(' ')
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		default:
			escapeRune(&b, r)
		}
		i += size
	}
	return b.String()
}

func lineBreakOrTab(r rune) bool { return r == '\n' || r == '\t' }

func whiteControl(r rune) bool {
	return r == '\n' || r == '\r' || r == '\t' || r == '\v' || r == '\f' || r == '\u2028' || r == '\u2029'
}

// Terminal returns s with every control character but the line break and
// the tab shown escaped: for text of several lines, such as an error
// message that quotes data.
func Terminal(s string) string { return escape(s, lineBreakOrTab, nil) }

// Line returns s as one line of prose: line breaks and tabs become spaces,
// other control characters are shown escaped.
func Line(s string) string { return escape(s, nil, whiteControl) }

// Field returns s as one table cell or tab-separated field: a tab, line
// break or carriage return is written \t, \n or \r, so that it splits
// neither the field nor the record; other control characters are shown
// escaped. Backslashes are left as they are: the tab-separated form is for
// reading and for cut, sort and awk; JSON and CSV carry text exactly.
func Field(s string) string { return escape(s, nil, nil) }

// formulaStart reports whether a spreadsheet would read a cell beginning
// with c as a formula.
func formulaStart(c byte) bool {
	switch c {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// CSV returns s as a CSV cell that no spreadsheet evaluates: a cell that
// starts with =, +, -, @, a tab or a carriage return is prefixed with a
// single quote, unless it is a plain number ("-5", "+3.5", "-1e3"), which
// a spreadsheet reads as that number and nothing else. Control characters
// are shown escaped as by Terminal; line breaks and tabs inside the cell
// stay, the CSV writer quotes them.
func CSV(s string) string {
	if s != "" && formulaStart(s[0]) && !plainNumber(s) {
		s = "'" + s
	}
	return Terminal(s)
}

// plainNumber reports whether s is a decimal number with an optional sign,
// fraction and exponent, and nothing else.
func plainNumber(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		digits++
	}
	if i < len(s) && s[i] == '.' {
		for i++; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		exp := 0
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			exp++
		}
		if exp == 0 {
			return false
		}
	}
	return i == len(s)
}

// mdInline escapes what opens markup anywhere in a line of Markdown: a
// table cell's end, emphasis, code, links, HTML, entities and the escape
// character itself.
var mdInline = strings.NewReplacer(
	`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;",
)

// Markdown returns s as inline Markdown text, for a table cell or a
// paragraph: line breaks and tabs become spaces, so that data never starts
// a line of its own; |, *, _, `, [, ], \ are backslash-escaped and <, >, &
// written as entities; and a first character that would start a block
// where s begins a line — a heading (#), a list (-, +, *, "1." or "1)"),
// a fence (~), a setext underline (=) — is escaped too. Control characters
// are shown escaped as by Terminal.
func Markdown(s string) string {
	s = mdInline.Replace(Line(s))
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '-', '+', '=', '~':
		return `\` + s
	}
	// "12. " and "3) " open an ordered list; "0.5%" does not.
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ') {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// HTML returns s escaped as HTML text or attribute value, with control
// characters shown escaped as by Terminal.
func HTML(s string) string { return html.EscapeString(Terminal(s)) }

// JSON returns JSON text with the characters encoding/json leaves raw in
// strings — DEL, C1 controls, bidirectional controls — written as \u
// escapes: the same JSON value, which no terminal or viewer interprets.
// Such characters stand only inside strings in JSON text, so the escape is
// always valid.
func JSON(b []byte) []byte {
	clean := true
	for _, r := range string(b) {
		if control(r) && r >= 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return b
	}
	var out bytes.Buffer
	out.Grow(len(b) + 16)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if control(r) && r >= 0x7f {
			fmt.Fprintf(&out, `\u%04x`, r)
		} else {
			out.Write(b[i : i+size])
		}
		i += size
	}
	return out.Bytes()
}
