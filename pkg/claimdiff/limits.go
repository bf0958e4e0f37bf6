package claimdiff

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// MaxValue is the largest figure a claim may state: 10¹⁵, far above any
// count of people or things in the news (a quadrillion), and small enough
// that sums and gaps of figures stay exact in a float64. A larger value, or
// a bound above ten times it, is refused rather than stored to print as
// +Inf.
const MaxValue = 1e15

// CheckNumbers checks a claim's numbers: finite, not negative, at most
// MaxValue (its bounds at most ten times that), and value and value2 whole
// numbers, except for the metric "other", which also measures (hectares,
// tonnes). The bounds may be fractional: "etwa 5" allows 4.5 to 5.5.
// Extraction keeps only the claims that pass, so that every stored claim
// can be exported and imported again.
func (c *Claim) CheckNumbers() error {
	for _, n := range []struct {
		name  string
		v     *float64
		limit float64
		whole bool
	}{{"value", &c.Value, MaxValue, true}, {"value2", c.Value2, MaxValue, true},
		{"low", c.Low, 10 * MaxValue, false}, {"high", c.High, 10 * MaxValue, false}} {
		switch {
		case n.v == nil:
		case math.IsNaN(*n.v) || math.IsInf(*n.v, 0) || *n.v < 0:
			return fmt.Errorf(`"%s" %g is not a count`, n.name, *n.v)
		case *n.v > n.limit:
			return fmt.Errorf(`"%s" %g is above %g, the largest figure claimdiff takes`, n.name, *n.v, n.limit)
		case n.whole && c.Metric != Other && *n.v != math.Trunc(*n.v):
			return fmt.Errorf(`"%s" %g is not a whole number: a count of %s is one`, n.name, *n.v, c.Metric)
		}
	}
	return nil
}

// CheckText checks a claim's strings: a quote to show, and no NUL
// character anywhere, which no printed text holds.
func (c *Claim) CheckText() error {
	if strings.TrimSpace(c.Quote) == "" {
		return errors.New(`"quote" is empty: a claim shows the sentence that states it`)
	}
	for _, f := range []struct{ name, value string }{{"article", c.Article}, {"quote", c.Quote}, {"raw", c.Raw},
		{"subject", c.Subject}, {"location", c.Location}, {"source", c.Source}, {"via", c.Via}, {"period", c.Period},
		{"outlet", c.Outlet}, {"url", c.URL}, {"title", c.Title}, {"extractor", c.Extractor},
		{"extractor_version", c.ExtractorVersion}} {
		if strings.IndexByte(f.value, 0) >= 0 {
			return fmt.Errorf(`"%s" holds a NUL character (\u0000)`, f.name)
		}
	}
	for _, alt := range c.SourceAlts {
		if strings.IndexByte(alt, 0) >= 0 {
			return errors.New(`"source_alts" holds a NUL character (\u0000)`)
		}
	}
	return nil
}
