package claimdiff

import (
	"strings"
	"testing"
)

func TestRecordsThatAreRefused(t *testing.T) {
	const base = `"article":"a.txt","raw":"11.000","qualifier":"exact","metric":"troops","subject":"north korean troops","source":"Pat Ryder","source_kind":"official"`
	for _, tc := range []struct {
		desc, fields, want string
	}{
		{"a value too large to compare", `"quote":"q","value":1e308`, `"value" 1e+308 is above 1e+15`},
		{"a bound too large", `"quote":"q","value":10,"low":10,"high":1e300`, `"high" 1e+300 is above`},
		{"a fraction of troops", `"quote":"q","value":9000.5`, `"value" 9000.5 is not a whole number`},
		{"a range ending in a fraction", `"quote":"q","qualifier":"range","value":9000,"value2":9500.25`, `"value2" 9500.25 is not a whole number`},
		{"no quote", `"value":9000`, `"quote" is empty`},
		{"an empty quote", `"quote":"  ","value":9000`, `"quote" is empty`},
		{"a NUL in the quote", `"quote":"a\u0000b","value":9000`, `"quote" holds a NUL character`},
		{"a NUL in the source", `"quote":"q","value":9000,"source":"Pat\u0000Ryder"`, `"source" holds a NUL character`},
	} {
		line := "{" + base + "," + tc.fields + "}"
		// A later field of the same name wins in encoding/json: the
		// case's fields override the base.
		_, err := DecodeClaim([]byte(line))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.desc, err, tc.want)
		}
	}
	for _, tc := range []struct{ desc, fields string }{
		{"hectares, measured to a fraction", `"quote":"q","value":16645.61,"metric":"other","subject":"burnt land"`},
		{"fractional bounds of an approximate count", `"quote":"q","qualifier":"approx","value":5`},
		{"the largest value", `"quote":"q","qualifier":"approx","value":1e15`},
	} {
		if _, err := DecodeClaim([]byte("{" + base + "," + tc.fields + "}")); err != nil {
			t.Errorf("%s: %v", tc.desc, err)
		}
	}
}
