package compare

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// troops is a source's exact figure on North Korean troops in Kursk,
// stated on a day of 2024 (month and day).
func troops(source string, v float64, month time.Month, day int) claimdiff.Claim {
	return claimdiff.Claim{Article: source + ".txt", Raw: source, Qualifier: claimdiff.Exact, Value: v,
		Low: claimdiff.Float(v), High: claimdiff.Float(v), Metric: claimdiff.Troops, Subject: "north korean troops",
		Location: "Kursk", Source: source, StatedOn: time.Date(2024, month, day, 0, 0, 0, 0, time.UTC)}
}

// Week 46 (11 to 17 November 2024) against week 45 (4 to 10 November), with
// the default window of 14 days: the end of week 45 sees the figures stated
// after 27 October, the end of week 46 those after 3 November.
func TestWeeklyResolvedOrAgedOut(t *testing.T) {
	w46, _ := ParseWeek("2024-W46")
	w45, _ := ParseWeek("2024-W45")
	const oct, nov = time.October, time.November
	major := Defaults
	major.MinSeverity = claimdiff.Major
	for _, tc := range []struct {
		desc                        string
		claims                      []claimdiff.Claim
		opt                         Options
		standing, resolved, agedOut int
	}{
		{"a source that revises its figure into the other's interval resolves the dispute",
			[]claimdiff.Claim{troops("Blinken", 8000, nov, 1), troops("Zelensky", 11000, nov, 5), troops("Blinken", 11000, nov, 12)},
			Defaults, 0, 1, 0},
		{"a dispute whose figures all left the window is no longer current, not resolved",
			[]claimdiff.Claim{troops("Blinken", 8000, oct, 28), troops("Zelensky", 11000, oct, 30)},
			Defaults, 0, 0, 1},
		{"a dispute one side of which left the window is no longer current, though the other's figure stands",
			[]claimdiff.Claim{troops("Blinken", 8000, oct, 30), troops("Zelensky", 11000, nov, 8)},
			Defaults, 0, 0, 1},
		{"a third source that agrees with one side resolves nothing when the other side left",
			[]claimdiff.Claim{troops("Blinken", 8000, oct, 28), troops("Zelensky", 11000, oct, 30), troops("Ryder", 11000, nov, 14)},
			Defaults, 0, 0, 1},
		{"a dispute both sides still stand by stays",
			[]claimdiff.Claim{troops("Blinken", 8000, nov, 5), troops("Zelensky", 11000, nov, 6)},
			Defaults, 1, 0, 0},
		{"a revision still in dispute with its own source's earlier figure in the window resolves nothing",
			[]claimdiff.Claim{troops("Blinken", 8000, nov, 5), troops("Zelensky", 11000, nov, 6), troops("Blinken", 11000, nov, 12)},
			Defaults, 1, 0, 0},
		{"a dispute that eased below the severity asked for is neither resolved nor no longer current",
			[]claimdiff.Claim{troops("Blinken", 8000, nov, 1), troops("Zelensky", 11000, nov, 5), troops("Blinken", 10500, nov, 12)},
			major, 0, 0, 0},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			wd := Weekly(tc.claims, w46, w45, tc.opt)
			if len(wd.Disputes) != tc.standing || len(wd.Resolved) != tc.resolved || len(wd.AgedOut) != tc.agedOut {
				t.Errorf("%d standing, %d resolved, %d no longer current; want %d, %d, %d",
					len(wd.Disputes), len(wd.Resolved), len(wd.AgedOut), tc.standing, tc.resolved, tc.agedOut)
			}
		})
	}
}

func TestRevisionRule(t *testing.T) {
	const nov = time.November
	at := func(c claimdiff.Claim, location string) claimdiff.Claim {
		c.Location = location
		return c
	}
	about := func(c claimdiff.Claim, subject string, m claimdiff.Metric) claimdiff.Claim {
		c.Subject, c.Metric = subject, m
		return c
	}
	kursk := func(c claimdiff.Claim) claimdiff.Claim { return inStory(c, "kursk", "Kursk") }
	for _, tc := range []struct {
		desc   string
		claims []claimdiff.Claim
		want   string // the revisions, "from → to" each, "; " between
	}{
		{"a source's new figure on the same quantity on another day is a revision",
			[]claimdiff.Claim{troops("Blinken", 8000, nov, 5), troops("Blinken", 10000, nov, 12)}, "8000 → 10000"},
		{"each change of a rising figure is one",
			[]claimdiff.Claim{troops("a", 30, nov, 1), troops("a", 45, nov, 3), troops("a", 61, nov, 6)}, "30 → 45; 45 → 61"},
		{"the same figure restated is none",
			[]claimdiff.Claim{troops("Blinken", 8000, nov, 5), troops("Blinken", 8000, nov, 12)}, ""},
		{"two figures on one day are none",
			[]claimdiff.Claim{troops("Blinken", 8000, nov, 5), troops("Blinken", 10000, nov, 5)}, ""},
		{"two sources' figures are none",
			[]claimdiff.Claim{troops("Blinken", 8000, nov, 5), troops("Zelensky", 11000, nov, 12)}, ""},
		{"a source's figure for Kursk and its figure for Russia are none",
			[]claimdiff.Claim{troops("Zelensky", 10000, nov, 5), at(troops("Zelensky", 11000, nov, 12), "Russia")}, ""},
		{"a figure that names no place is no revision of one that names the story's place",
			[]claimdiff.Claim{kursk(troops("Zelensky", 10000, nov, 5)), kursk(unplaced(troops("Zelensky", 11000, nov, 12)))}, ""},
		{"two figures that name no place are a revision under the story's place",
			[]claimdiff.Claim{kursk(unplaced(troops("Zelensky", 10000, nov, 5))), kursk(unplaced(troops("Zelensky", 11000, nov, 12)))}, "10000 → 11000"},
		{"figures of two stories are none",
			[]claimdiff.Claim{inStory(troops("Zelensky", 10000, nov, 5), "a", "Kursk"), inStory(troops("Zelensky", 11000, nov, 12), "b", "Kursk")}, ""},
		{"figures on two subjects are none: north korean troops, russian and north korean troops",
			[]claimdiff.Claim{troops("Zelensky", 11000, nov, 5), about(troops("Zelensky", 50000, nov, 12), "russian and north korean troops", claimdiff.Troops)}, ""},
		{"figures on two metrics are none: troops, killed",
			[]claimdiff.Claim{troops("Zelensky", 11000, nov, 5), about(troops("Zelensky", 200, nov, 12), "north korean troops", claimdiff.Killed)}, ""},
		{"a standing figure and a count over a period are none",
			[]claimdiff.Claim{troops("Zelensky", 11000, nov, 5), withPeriod(troops("Zelensky", 30, nov, 12), "am Samstag")}, ""},
		{"counts over two periods are none",
			[]claimdiff.Claim{withPeriod(troops("a", 30, nov, 5), "am Samstag"), withPeriod(troops("a", 90, nov, 12), "binnen fünf Tagen")}, ""},
		{"counts over one period are a revision",
			[]claimdiff.Claim{withPeriod(troops("a", 30, nov, 5), "am Samstag"), withPeriod(troops("a", 40, nov, 12), "am Samstag")}, "30 → 40"},
		{"a part of a figure given before is none: 11.000, then 1.000 dieser Soldaten",
			[]claimdiff.Claim{troops("a", 11000, nov, 5), withPeriod(troops("a", 1000, nov, 12), "dieser")}, ""},
		{"two parts are none: 1.000 dieser, then 3.000 dieser",
			[]claimdiff.Claim{withPeriod(troops("a", 1000, nov, 5), "dieser"), withPeriod(troops("a", 3000, nov, 12), "dieser")}, ""},
		{"two increments are none: rund 2000 weitere, then 3000 weitere",
			[]claimdiff.Claim{withPeriod(troops("a", 2000, nov, 5), "weitere"), withPeriod(troops("a", 3000, nov, 12), "weitere")}, ""},
		{"two capacities are none: room for 50,000, then room for 60,000",
			[]claimdiff.Claim{withPeriod(troops("a", 50000, nov, 5), "room for"), withPeriod(troops("a", 60000, nov, 12), "room for")}, ""},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			var got []string
			for _, r := range Revisions(tc.claims, Defaults) {
				got = append(got, fmt.Sprintf("%g → %g", r.From.Value, r.To.Value))
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("revisions %q, want %q", g, tc.want)
			}
		})
	}
}
