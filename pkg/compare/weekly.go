package compare

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// Week is an ISO week, Monday to Sunday.
type Week struct {
	Year, Number int
}

// ParseWeek reads "2024-W46".
func ParseWeek(s string) (Week, error) {
	var w Week
	if _, err := fmt.Sscanf(strings.ToUpper(strings.TrimSpace(s)), "%d-W%d", &w.Year, &w.Number); err != nil || w.Number < 1 || w.Number > 53 {
		return w, fmt.Errorf("%q is not an ISO week: write it as 2024-W46", s)
	}
	if w.Number == 53 {
		if _, last := w.Start().AddDate(0, 0, 3).ISOWeek(); last != 53 {
			return w, fmt.Errorf("%d has no week 53", w.Year)
		}
	}
	return w, nil
}

// WeekOf returns the ISO week of a day.
func WeekOf(t time.Time) Week {
	y, n := t.ISOWeek()
	return Week{y, n}
}

// Start is the week's Monday.
func (w Week) Start() time.Time {
	// 4 January is always in week 1.
	jan4 := time.Date(w.Year, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(w.Number-1))
}

// End is the week's Sunday.
func (w Week) End() time.Time { return w.Start().AddDate(0, 0, 6) }

// Prev is the week before.
func (w Week) Prev() Week { return WeekOf(w.Start().AddDate(0, 0, -7)) }

func (w Week) String() string { return fmt.Sprintf("%d-W%02d", w.Year, w.Number) }

// Moved is a quantity whose consensus changed between two weeks.
type Moved struct {
	Quantity claimdiff.Quantity
	From, To claimdiff.Consensus
}

// WeeklyDiff is what changed from one week to another.
type WeeklyDiff struct {
	Week, Against Week
	// NewClaims were stated in Week.
	NewClaims []claimdiff.Claim
	// Disputes are those standing at the end of Week; NewDisputes and
	// Resolved those standing then and not at the end of Against, and the
	// other way round.
	Disputes, NewDisputes, Resolved []claimdiff.Conflict
	// Moved are the quantities whose consensus changed.
	Moved []Moved
	// Revisions are the figures sources changed in Week.
	Revisions []claimdiff.Revision
}

// Weekly compares the end of week with the end of against: each end sees
// the claims stated in the window of days before it.
func Weekly(claims []claimdiff.Claim, week, against Week, opt Options) WeeklyDiff {
	wd := WeeklyDiff{Week: week, Against: against}
	for i := range claims {
		if inWeek(claims[i].StatedOn, week) {
			wd.NewClaims = append(wd.NewClaims, claims[i])
		}
	}
	now := Conflicts(windowed(claims, week.End(), opt.Window), opt)
	then := Conflicts(windowed(claims, against.End(), opt.Window), opt)
	wd.Disputes = now
	disputed := func(cs []claimdiff.Conflict) map[claimdiff.Quantity]bool {
		m := map[claimdiff.Quantity]bool{}
		for _, c := range cs {
			m[c.Quantity] = true
		}
		return m
	}
	before, after := disputed(then), disputed(now)
	for _, c := range now {
		if !before[c.Quantity] {
			wd.NewDisputes = append(wd.NewDisputes, c)
		}
	}
	for _, c := range then {
		if !after[c.Quantity] {
			wd.Resolved = append(wd.Resolved, c)
		}
	}
	cNow := ConsensusAsOf(claims, week.End(), opt)
	cThen := ConsensusAsOf(claims, against.End(), opt)
	prev := map[claimdiff.Quantity]claimdiff.Consensus{}
	for _, c := range cThen {
		prev[c.Quantity] = c
	}
	for _, c := range cNow {
		p, ok := prev[c.Quantity]
		if ok && Describe(p) != Describe(c) {
			wd.Moved = append(wd.Moved, Moved{Quantity: c.Quantity, From: p, To: c})
		}
	}
	for _, r := range Revisions(claims, opt) {
		if inWeek(r.To.StatedOn, week) {
			wd.Revisions = append(wd.Revisions, r)
		}
	}
	return wd
}

func inWeek(t time.Time, w Week) bool {
	return !t.IsZero() && !t.Before(w.Start()) && !t.After(w.End())
}

// windowed keeps the claims stated in the window of days ending on end.
func windowed(claims []claimdiff.Claim, end time.Time, window int) []claimdiff.Claim {
	from := end.AddDate(0, 0, -window)
	var out []claimdiff.Claim
	for i := range claims {
		d := claims[i].StatedOn
		if !d.IsZero() && !d.After(end) && d.After(from) {
			out = append(out, claims[i])
		}
	}
	return out
}

// Describe writes a consensus for people: "11,000–12,000", "≥10,000",
// "disputed: 10,000 | 11,000–12,000".
func Describe(c claimdiff.Consensus) string {
	if len(c.Alternatives) > 0 {
		parts := make([]string, len(c.Alternatives))
		for i, a := range c.Alternatives {
			parts[i] = claimdiff.FormatInterval(a[0], a[1])
		}
		return "disputed: " + strings.Join(parts, " | ")
	}
	return claimdiff.FormatInterval(c.Low, c.High)
}

// SortedQuantities returns the quantities of conflicts in order.
func SortedQuantities(cs []claimdiff.Conflict) []claimdiff.Quantity {
	var qs []claimdiff.Quantity
	for _, c := range cs {
		qs = append(qs, c.Quantity)
	}
	sort.Slice(qs, func(i, j int) bool { return qs[i].String() < qs[j].String() })
	return qs
}
