package compare

import (
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/fixtures"
	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

func seedGold(t *testing.T) []claimdiff.Claim {
	t.Helper()
	claims, err := fixtures.SeedClaims()
	if err != nil {
		t.Fatal(err)
	}
	return claims
}

func TestSeedDisputes(t *testing.T) {
	cs := Conflicts(seedGold(t), Defaults)
	if len(cs) != 2 {
		for _, c := range cs {
			t.Logf("%s %s %.3f", c.Quantity, c.Severity, c.Gap)
		}
		t.Fatalf("%d disputes, want 2", len(cs))
	}
	locations := map[string]bool{}
	for _, c := range cs {
		if c.Quantity.Subject != "north korean troops" || c.Quantity.Metric != claimdiff.Troops {
			t.Errorf("dispute on %s", c.Quantity)
		}
		locations[c.Quantity.Location] = true
		blinken := false
		for _, cl := range c.Claims {
			blinken = blinken || cl.Source == "Antony Blinken"
		}
		if !blinken {
			t.Errorf("%s: Blinken is not on one side", c.Quantity)
		}
	}
	if !locations["Kursk"] || !locations["Russia"] {
		t.Errorf("disputes in %v, want Kursk and Russia", locations)
	}
}

func TestConflictRules(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 11, d, 0, 0, 0, 0, time.UTC) }
	claim := func(source string, q claimdiff.Qualifier, v float64, on int) claimdiff.Claim {
		low, high, _ := claimdiff.Bounds(q, v, nil)
		return claimdiff.Claim{Article: source + ".txt", Raw: source, Qualifier: q, Value: v, Low: low, High: high,
			Metric: claimdiff.Other, Subject: "demonstrators", Location: "Berlin", Source: source, StatedOn: day(on)}
	}
	for _, tc := range []struct {
		desc     string
		claims   []claimdiff.Claim
		disputes int
		severity claimdiff.Severity
		kind     claimdiff.ConflictKind
	}{
		{"police rund 40.000 against organizers bis zu 120.000 is a bound dispute",
			[]claimdiff.Claim{claim("police", claimdiff.Approx, 40000, 1), claim("organizers", claimdiff.AtMost, 120000, 1)}, 1, claimdiff.Severe, claimdiff.UpperBound},
		{"bis zu 42.000 against rund 40.000 is no dispute",
			[]claimdiff.Claim{claim("police", claimdiff.Approx, 40000, 1), claim("organizers", claimdiff.AtMost, 42000, 1)}, 0, "", ""},
		{"mindestens 300 and 412 agree",
			[]claimdiff.Claim{claim("a", claimdiff.AtLeast, 300, 1), claim("b", claimdiff.Exact, 412, 1)}, 0, "", ""},
		{"mindestens 500 and 412 do not",
			[]claimdiff.Claim{claim("a", claimdiff.AtLeast, 500, 1), claim("b", claimdiff.Exact, 412, 1)}, 1, claimdiff.Major, claimdiff.Intervals},
		{"mehr als 10.000 and 10.000 touch",
			[]claimdiff.Claim{claim("a", claimdiff.MoreThan, 10000, 1), claim("b", claimdiff.Exact, 10000, 1)}, 0, "", ""},
		{"figures three weeks apart are not compared",
			[]claimdiff.Claim{claim("a", claimdiff.Exact, 100, 1), claim("b", claimdiff.Exact, 300, 22)}, 0, "", ""},
		{"a source that changes its figure makes no dispute",
			[]claimdiff.Claim{claim("a", claimdiff.Exact, 100, 1), claim("a", claimdiff.Exact, 300, 3)}, 0, "", ""},
		{"20.000 against 30.000 is major",
			[]claimdiff.Claim{claim("a", claimdiff.Exact, 20000, 1), claim("b", claimdiff.Exact, 30000, 2)}, 1, claimdiff.Major, claimdiff.Intervals},
		{"a part of a figure given before disputes nothing: 1.000 dieser Soldaten against mindestens 10.000",
			[]claimdiff.Claim{claim("a", claimdiff.AtLeast, 10000, 1), withPeriod(claim("b", claimdiff.Exact, 1000, 1), "dieser")}, 0, "", ""},
		{"a capacity disputes nothing: room for 50,000 against 120,000 who came",
			[]claimdiff.Claim{claim("a", claimdiff.Exact, 120000, 1), withPeriod(claim("b", claimdiff.Exact, 50000, 1), "room for")}, 0, "", ""},
		{"counts over different periods are not compared",
			[]claimdiff.Claim{withPeriod(claim("a", claimdiff.Exact, 30, 1), "am Samstag"), withPeriod(claim("b", claimdiff.Exact, 90, 1), "binnen fünf Tagen")}, 0, "", ""},
		{"counts over one period are",
			[]claimdiff.Claim{withPeriod(claim("a", claimdiff.Exact, 30, 1), "am Samstag"), withPeriod(claim("b", claimdiff.Exact, 90, 1), "am Samstag")}, 1, claimdiff.Severe, claimdiff.Intervals},
		{"one source's rising toll on different days is a revision, not a dispute",
			[]claimdiff.Claim{claim("a", claimdiff.Exact, 30, 1), claim("a", claimdiff.Exact, 45, 3), claim("a", claimdiff.Exact, 61, 6)}, 0, "", ""},
		{"figures more than thirty times apart count different things: 15 against 90,000",
			[]claimdiff.Claim{claim("a", claimdiff.Exact, 15, 1), claim("b", claimdiff.Exact, 90000, 1)}, 0, "", ""},
		{"and each band of figures is compared within itself: 15 and 40 against 90,000 and 120,000",
			[]claimdiff.Claim{claim("a", claimdiff.Exact, 15, 1), claim("b", claimdiff.Exact, 40, 1),
				claim("c", claimdiff.Exact, 90000, 1), claim("d", claimdiff.Exact, 120000, 1)}, 2, claimdiff.Severe, claimdiff.Intervals},
		{"a figure twenty times another still disputes it",
			[]claimdiff.Claim{claim("a", claimdiff.Exact, 500, 1), claim("b", claimdiff.Exact, 10000, 1)}, 1, claimdiff.Severe, claimdiff.Intervals},
		{"claims of two stories are never compared",
			[]claimdiff.Claim{inStory(claim("a", claimdiff.Exact, 20000, 1), "berlin-a", "Berlin"),
				inStory(claim("b", claimdiff.Exact, 30000, 1), "berlin-b", "Berlin")}, 0, "", ""},
		{"a claim that names no place is compared under its story's",
			[]claimdiff.Claim{inStory(claim("a", claimdiff.Exact, 20000, 1), "berlin-a", "Berlin"),
				unplaced(inStory(claim("b", claimdiff.Exact, 30000, 1), "berlin-a", "Berlin"))}, 1, claimdiff.Major, claimdiff.Intervals},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			cs := Conflicts(tc.claims, Defaults)
			if len(cs) != tc.disputes {
				t.Fatalf("%d disputes, want %d", len(cs), tc.disputes)
			}
			if tc.disputes > 0 && (cs[0].Severity != tc.severity || cs[0].Pairs[0].Kind != tc.kind) {
				t.Errorf("%s %s (gap %.3f), want %s %s", cs[0].Severity, cs[0].Pairs[0].Kind, cs[0].Gap, tc.severity, tc.kind)
			}
		})
	}
}

func withPeriod(c claimdiff.Claim, period string) claimdiff.Claim {
	c.Period = period
	return c
}

func inStory(c claimdiff.Claim, story, place string) claimdiff.Claim {
	c.Story, c.StoryPlace = story, place
	return c
}

func unplaced(c claimdiff.Claim) claimdiff.Claim {
	c.Location = ""
	return c
}

func TestToleranceReadsRoundedFiguresLoosely(t *testing.T) {
	a := claimdiff.Claim{Value: 100, Low: claimdiff.Float(100), High: claimdiff.Float(100), Source: "a", Subject: "x", Metric: claimdiff.Other}
	b := a
	b.Source, b.Value, b.Low, b.High = "b", 110, claimdiff.Float(110), claimdiff.Float(110)
	if len(Conflicts([]claimdiff.Claim{a, b}, Defaults)) != 1 {
		t.Error("100 and 110 disagree")
	}
	loose := Defaults
	loose.Tolerance = 0.05
	if len(Conflicts([]claimdiff.Claim{a, b}, loose)) != 0 {
		t.Error("with 5% tolerance 100 and 110 meet")
	}
}

func TestPartAboveWholeAndKilledAboveCasualties(t *testing.T) {
	mk := func(source, loc string, m claimdiff.Metric, v float64) claimdiff.Claim {
		return claimdiff.Claim{Article: source, Raw: source, Source: source, Subject: "north korean troops", Metric: m, Location: loc,
			Qualifier: claimdiff.Exact, Value: v, Low: claimdiff.Float(v), High: claimdiff.Float(v)}
	}
	cs := Conflicts([]claimdiff.Claim{mk("a", "Kursk", claimdiff.Troops, 12000), mk("b", "Russia", claimdiff.Troops, 10000)}, Defaults)
	if len(cs) != 1 || cs[0].Pairs[0].Kind != claimdiff.PartAboveWhole || cs[0].Quantity.Location != "Russia" {
		t.Errorf("part above whole: %+v", cs)
	}
	cs = Conflicts([]claimdiff.Claim{mk("a", "Kursk", claimdiff.Killed, 500), mk("b", "Kursk", claimdiff.Casualties, 300)}, Defaults)
	if len(cs) != 1 || cs[0].Pairs[0].Kind != claimdiff.KilledAboveCasualties {
		t.Errorf("killed above casualties: %+v", cs)
	}
}

func TestWeeklySeeds(t *testing.T) {
	w46, _ := ParseWeek("2024-W46")
	w45, _ := ParseWeek("2024-W45")
	wd := Weekly(seedGold(t), w46, w45, Defaults)
	var news []string
	for _, c := range wd.NewClaims {
		news = append(news, c.Source+" "+c.Raw)
	}
	all := strings.Join(news, "; ")
	for _, want := range []string{"Volodymyr Zelensky 11.000", "Vedant Patel mehr als 10.000"} {
		if !strings.Contains(all, want) {
			t.Errorf("new claims %q lack %q", all, want)
		}
	}
	moved := false
	for _, m := range wd.Moved {
		t.Logf("moved: %s: %s → %s", m.Quantity, Describe(m.From), Describe(m.To))
		moved = moved || m.Quantity.Location == "Russia" && m.Quantity.Subject == "north korean troops"
	}
	if !moved {
		t.Error("the Russia-wide figure did not move")
	}
}

func TestWeeks(t *testing.T) {
	w, err := ParseWeek("2024-W46")
	if err != nil || w.Start().Format("2006-01-02") != "2024-11-11" || w.End().Format("2006-01-02") != "2024-11-17" {
		t.Errorf("2024-W46: %v %v–%v", err, w.Start(), w.End())
	}
	if w.Prev().String() != "2024-W45" || WeekOf(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)).String() != "2025-W01" {
		t.Errorf("prev %s", w.Prev())
	}
	if _, err := ParseWeek("2024-46"); err == nil {
		t.Error("a malformed week parsed")
	}
}

func TestPeriodKinds(t *testing.T) {
	for _, tc := range []struct {
		period string
		want   claimdiff.FigureKind
	}{
		{"weitere", claimdiff.Increment},
		{"additional", claimdiff.Increment},
		{"dieser", claimdiff.Part},
		{"of them", claimdiff.Part},
		{"Of Them", claimdiff.Part},
		{"d'entre eux", claimdiff.Part},
		{"davon", claimdiff.Part},
		{"angemeldet", claimdiff.Capacity},
		{"room for", claimdiff.Capacity},
		{"déclarée pour", claimdiff.Capacity},
		{"am Samstag und Sonntag", claimdiff.PeriodCnt},
		{"seit Jahresbeginn", claimdiff.PeriodCnt},
	} {
		q := QuantityOf(&claimdiff.Claim{Subject: "people", Metric: claimdiff.Killed, Period: tc.period})
		if q.Kind != tc.want {
			t.Errorf("%q: %s, want %s", tc.period, q.Kind, tc.want)
		}
		if q.Kind.Compared() != (tc.want == claimdiff.PeriodCnt) {
			t.Errorf("%q: compared %v", tc.period, q.Kind.Compared())
		}
	}
}

// A claim written by hand may name its subject otherwise than the
// extractor: "demonstrators" and "protesters" are one crowd.
func TestQuantityReadsSubjectsInTheControlledVocabulary(t *testing.T) {
	a := QuantityOf(&claimdiff.Claim{Subject: "Demonstrators", Metric: claimdiff.Other, Location: "Paris"})
	b := QuantityOf(&claimdiff.Claim{Subject: "protesters", Metric: claimdiff.Other, Location: "Paris"})
	if a != b {
		t.Errorf("%+v and %+v are not one quantity", a, b)
	}
	if q := QuantityOf(&claimdiff.Claim{Subject: "Israeli soldiers", Metric: claimdiff.Killed}); q.Subject != "israeli troops" {
		t.Errorf("subject %q, want israeli troops", q.Subject)
	}
}
