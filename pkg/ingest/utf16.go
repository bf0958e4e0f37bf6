package ingest

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Order tells whether data is UTF-16 text, and in which byte order:
// by its byte-order mark (FF FE little-endian, FE FF big-endian), or,
// without one, by NUL bytes in every other place of its start, as the
// Latin letters of UTF-16 text have them and UTF-8 text never does.
func utf16Order(data []byte) (binary.ByteOrder, bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return binary.LittleEndian, true
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return binary.BigEndian, true
	}
	head := data[:min(len(data), 4096)&^1]
	if len(head) < 8 {
		return nil, false
	}
	var even, odd int
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	pairs := len(head) / 2
	switch {
	case odd*2 > pairs && even*20 < pairs:
		return binary.LittleEndian, true
	case even*2 > pairs && odd*20 < pairs:
		return binary.BigEndian, true
	}
	return nil, false
}

// fromUTF16 converts UTF-16 text in the given byte order, without its
// byte-order mark, to UTF-8. Unpaired surrogates and an odd length are
// errors, not replacement characters.
func fromUTF16(data []byte, order binary.ByteOrder) (string, error) {
	if len(data)%2 != 0 {
		return "", errors.New("an odd number of bytes")
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		units[i] = order.Uint16(data[2*i:])
	}
	if len(units) > 0 && units[0] == 0xfeff {
		units = units[1:]
	}
	var b strings.Builder
	b.Grow(len(units))
	for i := 0; i < len(units); i++ {
		u := rune(units[i])
		switch {
		case utf16.IsSurrogate(u):
			if i+1 >= len(units) {
				return "", errors.New("an unpaired surrogate")
			}
			r := utf16.DecodeRune(u, rune(units[i+1]))
			if r == utf8.RuneError {
				return "", errors.New("an unpaired surrogate")
			}
			b.WriteRune(r)
			i++
		default:
			b.WriteRune(u)
		}
	}
	return b.String(), nil
}
