package story

import (
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

func day(s string) time.Time {
	t, err := time.Parse(claimdiff.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

// parents is a small place hierarchy for the tests.
func parents(place string) string {
	return map[string]string{"Kursk": "Russia", "Valencia": "Spain"}[place]
}

func claim(subject string, metric claimdiff.Metric, location string, value float64, source string) claimdiff.Claim {
	return claimdiff.Claim{Subject: subject, Metric: metric, Location: location, Value: value, Source: source,
		SourceKind: claimdiff.KindOfficial}
}

func TestProfileOf(t *testing.T) {
	a := claimdiff.Article{Key: "a.txt", Outlet: "Iberia Post", Published: day("2025-03-04")}
	p := ProfileOf(&a, []claimdiff.Claim{
		claim("people", claimdiff.Killed, "Valencia", 212, "Valencia government"),
		claim("people", claimdiff.Killed, "Valencia", 230, "Spanish Red Cross"),
		claim("evacuated people", claimdiff.Other, "Spain", 1900, "police"),
		claim("people", claimdiff.Wounded, "", 7, "Iberia Post"),
		{Subject: "people", Metric: claimdiff.Killed, Location: "Valencia", Value: 200, Source: "officials", SourceKind: claimdiff.KindAnonymous},
		{Subject: "people", Metric: claimdiff.Killed, Location: "Valencia", Value: 180, Source: "Valencia government",
			SourceKind: claimdiff.KindOfficial, Period: "During the previous storm"},
	})
	if got, want := p.Places, []string{"Valencia", "Spain"}; !equal(got, want) {
		t.Errorf("places, most named first: got %q, want %q", got, want)
	}
	if got, want := p.Counted, []string{"evacuated people|other", "people|killed", "people|wounded"}; !equal(got, want) {
		t.Errorf("counted: got %q, want %q", got, want)
	}
	// Not the outlet, not an anonymous source, not a kind of source ("police").
	if got, want := p.Named, []string{"Spanish Red Cross", "Valencia government"}; !equal(got, want) {
		t.Errorf("named: got %q, want %q", got, want)
	}
	// Figures below ten tell no event apart; a period is part of the figure.
	if got, want := p.Figures, []string{"evacuated people|other|1900", "people|killed|180|during the previous storm",
		"people|killed|200", "people|killed|212", "people|killed|230"}; !equal(got, want) {
		t.Errorf("figures: got %q, want %q", got, want)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// profile builds a profile the way ProfileOf reads one, from a date ("" for
// none), a place and figures of people killed and evacuated.
func profile(key, date, place string, killed, evacuated float64, source string) Profile {
	a := claimdiff.Article{Key: key}
	if date != "" {
		a.Published = day(date)
	}
	var claims []claimdiff.Claim
	if killed > 0 {
		claims = append(claims, claim("people", claimdiff.Killed, place, killed, source))
	}
	if evacuated > 0 {
		claims = append(claims, claim("evacuated people", claimdiff.Other, place, evacuated, source))
	}
	return ProfileOf(&a, claims)
}

// earlier gives every figure of p the period of an earlier occasion, as
// an article does that quotes the last event's figures for contrast.
func earlier(p Profile) Profile {
	for i, f := range p.Figures {
		p.Figures[i] = f + "|during the previous day"
	}
	return p
}

func TestAssign(t *testing.T) {
	first := profile("first.txt", "2025-03-03", "Valencia", 212, 1900, "Valencia government")
	for _, tc := range []struct {
		desc string
		next Profile
		join bool
	}{
		{"another outlet the next day, another figure, the same source and things counted",
			profile("b.txt", "2025-03-04", "Valencia", 230, 2000, "Valencia government"), true},
		{"another outlet within the window, one same figure",
			profile("b.txt", "2025-03-10", "Valencia", 212, 0, "Spanish Red Cross"), true},
		{"the same figures beyond the window: another event",
			profile("b.txt", "2025-04-10", "Valencia", 212, 1900, "Valencia government"), false},
		{"another place the same week: another event",
			profile("b.txt", "2025-03-04", "Morocco", 212, 1900, "Valencia government"), false},
		{"a place within the story's place: Valencia in Spain",
			profile("b.txt", "2025-03-04", "Spain", 212, 0, "Spanish Red Cross"), true},
		{"the same week, the same place, but nothing else in common",
			profile("b.txt", "2025-03-04", "Valencia", 75, 0, "Spanish Red Cross"), false},
		{"undated, two same figures: strong evidence",
			profile("b.txt", "", "Valencia", 212, 1900, "Spanish Red Cross"), true},
		{"undated, one same figure, two things counted and a source in common: strong evidence",
			profile("b.txt", "", "Valencia", 212, 2500, "Valencia government"), true},
		{"undated, one same figure alone: too little",
			profile("b.txt", "", "Valencia", 212, 0, "Valencia government"), false},
		{"undated, the same things counted and source, no same figure: too little",
			profile("b.txt", "", "Valencia", 75, 300, "Valencia government"), false},
		{"undated, the same two figures but of an earlier day: no sign of one event",
			earlier(profile("b.txt", "", "Valencia", 212, 1900, "Spanish Red Cross")), false},
		{"no place: a story of its own",
			profile("b.txt", "2025-03-03", "", 212, 1900, "Valencia government"), false},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			x := NewIndex(14, parents)
			s1, place := x.Assign(first)
			if s1 != "valencia-2025-03-03" || place != "Valencia" {
				t.Fatalf("first story: got %q in %q", s1, place)
			}
			s2, _ := x.Assign(tc.next)
			if got := s2 == s1; got != tc.join {
				t.Errorf("joined %v (story %q), want %v", got, s2, tc.join)
			}
		})
	}
}

func TestKeys(t *testing.T) {
	x := NewIndex(14, parents)
	// Two events in one place on one day: two stories, the second numbered.
	if s, _ := x.Assign(profile("a.txt", "2024-11-05", "Kursk", 11000, 0, "Volodymyr Zelensky")); s != "kursk-2024-11-05" {
		t.Errorf("got %q", s)
	}
	if s, _ := x.Assign(profile("b.txt", "2024-11-05", "Kursk", 0, 500, "Kursk governor")); s != "kursk-2024-11-05-2" {
		t.Errorf("got %q", s)
	}
	// Undated: the place and a digest of the article, the same on every run.
	u, _ := x.Assign(profile("c.txt", "", "Kursk", 40, 0, "Kursk governor"))
	again, _ := NewIndex(14, parents).Assign(profile("c.txt", "", "Kursk", 40, 0, "Kursk governor"))
	if u != again || len(u) != len("kursk-")+6 {
		t.Errorf("undated keys %q and %q", u, again)
	}
	// A story the user names: the article's place becomes the story's
	// when the story is new, and stays as it was when it is not.
	if place := x.Join(profile("d.txt", "", "Russia", 12, 0, "x"), "kursk-offensive"); place != "Russia" {
		t.Errorf("new named story's place %q", place)
	}
	if place := x.Join(profile("e.txt", "", "Ukraine", 12, 0, "x"), "kursk-offensive"); place != "Russia" {
		t.Errorf("named story's place %q", place)
	}
}

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Kursk offensive", "kursk-offensive"},
		{"  Nordkorea / Russland – Truppen ", "nordkorea-russland-truppen"},
		{"Überschwemmung in Köln", "ueberschwemmung-in-koeln"},
		{"!!!", ""},
	} {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
