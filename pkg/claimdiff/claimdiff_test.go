package claimdiff

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestBoundsFollowTheNormalizationPolicy(t *testing.T) {
	for _, tc := range []struct {
		desc      string
		q         Qualifier
		v         float64
		v2        *float64
		low, high string
	}{
		{"11.000 → exactly 11,000", Exact, 11000, nil, "11000", "11000"},
		{"etwa 50.000 → 45,000–55,000", Approx, 50000, nil, "45000", "55000"},
		{"rund 8000 → 7,200–8,800, without float noise", Approx, 8000, nil, "7200", "8800"},
		{"fast 50.000 → 45,000–50,000", Nearly, 50000, nil, "45000", "50000"},
		{"mindestens 10.000 → 10,000 and up", AtLeast, 10000, nil, "10000", "null"},
		{"mehr als 10.000 → 10,000 and up", MoreThan, 10000, nil, "10000", "null"},
		{"bis zu 40 → up to 40", AtMost, 40, nil, "null", "40"},
		{"weniger als 100 → up to 100", LessThan, 100, nil, "null", "100"},
		{"11.000 bis 12.000 → 11,000–12,000", Range, 11000, Float(12000), "11000", "12000"},
		{"Hunderte → 200–999", Vague, 100, nil, "200", "999"},
		{"mehrere tausend → 2,000–9,999", Vague, 1000, nil, "2000", "9999"},
		{"Zehntausende → 20,000–99,999", Vague, 10000, nil, "20000", "99999"},
		{"Dutzende → 24–99", Vague, 12, nil, "24", "99"},
		{"Hunderttausende → 200,000–999,999", Vague, 100000, nil, "200000", "999999"},
		{"Millionen → 2,000,000–9,999,999", Vague, 1000000, nil, "2000000", "9999999"},
	} {
		low, high, err := Bounds(tc.q, tc.v, tc.v2)
		if err != nil {
			t.Errorf("%s: %v", tc.desc, err)
			continue
		}
		if got := str(low); got != tc.low {
			t.Errorf("%s: low %s", tc.desc, got)
		}
		if got := str(high); got != tc.high {
			t.Errorf("%s: high %s", tc.desc, got)
		}
	}
}

func str(f *float64) string {
	if f == nil {
		return "null"
	}
	b, _ := json.Marshal(*f)
	return string(b)
}

func TestBoundsRejectWhatThePolicyDoesNotCover(t *testing.T) {
	if _, _, err := Bounds(Vague, 300, nil); err == nil {
		t.Error("a vague magnitude of 300 has no bounds")
	}
	if _, _, err := Bounds(Range, 10, nil); err == nil {
		t.Error("a range needs value2")
	}
	if _, _, err := Bounds("roughly", 10, nil); err == nil {
		t.Error("unknown qualifier")
	}
}

const seedLine = `{"article": "001_bb2f8355f90a2314.txt", "quote": "„Mindestens 10.000“ seien derzeit in der Region Kursk.", "raw": "Mindestens 10.000", "qualifier": "at_least", "value": 10000, "value2": null, "low": 10000, "high": null, "metric": "troops", "subject": "north korean troops", "location": "Kursk", "source": "Pat Ryder", "source_kind": "official", "via": null, "period": null, "source_alts": ["Pentagon"]}`

func TestARecordRoundTrips(t *testing.T) {
	var c Claim
	if err := json.Unmarshal([]byte(seedLine), &c); err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.High != nil || *c.Low != 10000 || c.Location != "Kursk" || c.Via != "" || len(c.SourceAlts) != 1 {
		t.Fatalf("decoded %+v", c)
	}
	out, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"value2":null`, `"high":null`, `"via":null`, `"period":null`, `"quote":"„Mindestens 10.000“ seien`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("encoded %s lacks %s", out, want)
		}
	}
	var back Claim
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatal(err)
	}
	if b1, _ := json.Marshal(back); string(b1) != string(out) {
		t.Errorf("second round differs:\n%s\n%s", b1, out)
	}
}

func TestAbsentBoundsAreDerived(t *testing.T) {
	var c Claim
	line := `{"article":"a","quote":"q","raw":"rund 2000","qualifier":"approx","value":2000,"metric":"troops","subject":"s","source":"x","source_kind":"official"}`
	if err := json.Unmarshal([]byte(line), &c); err != nil {
		t.Fatal(err)
	}
	if str(c.Low) != "1800" || str(c.High) != "2200" {
		t.Errorf("low %s high %s", str(c.Low), str(c.High))
	}
}

func TestValidateNamesTheProblem(t *testing.T) {
	for _, tc := range []struct {
		desc, edit, want string
	}{
		{"an unknown qualifier", `"qualifier": "roughly"`, `"qualifier" "roughly" is not one of`},
		{"an unknown metric", `"metric": "soldiers"`, `"metric" "soldiers"`},
		{"an unknown source kind", `"source_kind": "politician"`, `"source_kind" "politician"`},
		{"low above high", `"low": 12000, "high": 11000`, `"low" 12000 is above "high" 11000`},
		{"a negative count", `"value": -5`, `"value" -5 is not a count`},
		{"value2 without a range", `"value2": 12000`, `"value2" is set but the qualifier "at_least" is not "range"`},
		{"no source", `"source": ""`, `"source" is empty`},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			var m map[string]any
			json.Unmarshal([]byte(seedLine), &m)
			var e map[string]any
			if err := json.Unmarshal([]byte("{"+tc.edit+"}"), &e); err != nil {
				t.Fatal(err)
			}
			for k, v := range e {
				m[k] = v
			}
			b, _ := json.Marshal(m)
			var c Claim
			err := json.Unmarshal(b, &c)
			if err == nil {
				err = c.Validate()
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestJSONTypeErrorsNameTheField(t *testing.T) {
	var c Claim
	err := json.Unmarshal([]byte(`{"article":"a","value":"many"}`), &c)
	if err == nil || !strings.Contains(err.Error(), `"value"`) {
		t.Errorf("err = %v", err)
	}
}

func TestErrorCodes(t *testing.T) {
	if ErrorCode(nil) != "" || ErrorCode(Errorf(ENOTFOUND, "x")) != ENOTFOUND {
		t.Error("codes")
	}
	wrapped := Invalid("a.txt", Errorf(EINVALID, "bad"))
	if ErrorCode(wrapped) != EINVALID || wrapped.Error() != "a.txt: bad" {
		t.Errorf("wrapped: %v", wrapped)
	}
}
