package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// PartOf names the part of the store a claim belongs to: the claims it can
// ever be compared with — within its quantity, and across quantities with a
// part and its whole or killed and casualties — all share its part. A part
// is a story, a subject, the outermost place that contains the location
// (the story's, for a claim that names none), and a class of metric
// (killed, wounded and casualties are one class), so that disputes can be
// found, and kept, one part at a time.
func PartOf(c *claimdiff.Claim) string {
	subject := strings.ToLower(strings.TrimSpace(c.Subject))
	part := subject + "\x1f" + rootOf(locationOf(c)) + "\x1f" + metricClass(c.Metric)
	if c.Story != "" {
		part = c.Story + "\x1e" + part
	}
	return part
}

func rootOf(location string) string {
	places := lang.Places()
	n := places.Lookup(location)
	if n == nil {
		return location
	}
	for p := places.Parent(n); p != nil; p = places.Parent(p) {
		n = p
	}
	return n.Name
}

func metricClass(m claimdiff.Metric) string {
	switch m {
	case claimdiff.Killed, claimdiff.Wounded, claimdiff.Casualties:
		return "casualties"
	}
	return string(m)
}

// PartScheme identifies how PartOf divides claims: it changes when the
// place hierarchy does, and parts computed under another scheme must be
// computed again. It reads the hierarchy alone, not the language data, so
// that checking a store's parts costs a command next to nothing.
var PartScheme = sync.OnceValue(func() string {
	var lines []string
	for place, parent := range lang.PlaceParents() {
		lines = append(lines, place+">"+parent)
	}
	sort.Strings(lines)
	h := sha256.Sum256([]byte("part-v2\n" + strings.Join(lines, "\n")))
	return hex.EncodeToString(h[:8])
})
