package claimdiff

import (
	"math"
	"strconv"
	"strings"
)

// FormatNumber writes a count the way people read it: 11,000; a fraction
// keeps up to two decimals.
func FormatNumber(v float64) string {
	if v != math.Trunc(v) || math.Abs(v) >= 1e15 {
		return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	}
	s := strconv.FormatInt(int64(math.Abs(v)), 10)
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// FormatInterval writes [low, high] compactly: "45,000–50,000", "≥10,000",
// "≤120,000", "11,000", "any".
func FormatInterval(low, high *float64) string {
	switch {
	case low == nil && high == nil:
		return "any"
	case high == nil:
		return "≥" + FormatNumber(*low)
	case low == nil:
		return "≤" + FormatNumber(*high)
	case *low == *high:
		return FormatNumber(*low)
	}
	return FormatNumber(*low) + "–" + FormatNumber(*high)
}
