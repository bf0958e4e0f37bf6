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
	// Disputes are those standing at the end of Week, and NewDisputes
	// those of them that were not standing at the end of Against.
	Disputes, NewDisputes []claimdiff.Conflict
	// Resolved are the disputes standing at the end of Against, and not at
	// the end of Week, whose sources still have figures on the quantity in
	// the window then, figures that now meet: one of them revised its
	// figure, say, into the other's interval.
	Resolved []claimdiff.Conflict
	// AgedOut are the disputes standing at the end of Against, and not at
	// the end of Week, because their figures left the window: of each two
	// sources that disagreed, one at least has no figure on the quantity in
	// the window then, so nothing says whether they still disagree. They
	// are no longer current, not resolved.
	AgedOut []claimdiff.Conflict
	// Moved are the quantities whose consensus changed.
	Moved []Moved
	// Revisions are the figures sources changed in Week.
	Revisions []claimdiff.Revision
}

// Weekly compares the end of week with the end of against: each end sees
// the claims stated in the window of days before it.
//
// A dispute standing at the end of against and not at the end of week is
// resolved or no longer current (see WeeklyDiff); one that only eased
// below opt.MinSeverity is neither, since its figures still do not meet.
func Weekly(claims []claimdiff.Claim, week, against Week, opt Options) WeeklyDiff {
	wd := WeeklyDiff{Week: week, Against: against}
	for i := range claims {
		if inWeek(claims[i].StatedOn, week) {
			wd.NewClaims = append(wd.NewClaims, claims[i])
		}
	}
	current := windowed(claims, week.End(), opt.Window)
	now := Conflicts(current, opt)
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
	var gone []claimdiff.Conflict
	for _, c := range then {
		if !after[c.Quantity] {
			gone = append(gone, c)
		}
	}
	if len(gone) > 0 && opt.MinSeverity.Rank() > claimdiff.Minor.Rank() {
		// Below the severity asked for, the figures may still not meet.
		all := opt
		all.MinSeverity = claimdiff.Minor
		eased := map[claimdiff.Quantity]bool{}
		for _, f := range Find(current, all) {
			eased[f.Quantity] = true
		}
		kept := gone[:0]
		for _, c := range gone {
			if !eased[c.Quantity] {
				kept = append(kept, c)
			}
		}
		gone = kept
	}
	if len(gone) > 0 {
		stated := statedBy(current, gone)
		for _, c := range gone {
			if stillStated(&c, stated) {
				wd.Resolved = append(wd.Resolved, c)
			} else {
				wd.AgedOut = append(wd.AgedOut, c)
			}
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

// sourceOn is a source, in lower case, with a quantity it gave a figure on.
type sourceOn struct {
	source   string
	quantity claimdiff.Quantity
}

// statedBy returns which of the sources of the disputes have figures among
// claims, and on what quantities. It looks up the quantity only of claims
// by those sources, which are few among many.
func statedBy(claims []claimdiff.Claim, disputes []claimdiff.Conflict) map[sourceOn]bool {
	wanted := map[string]bool{}
	for _, c := range disputes {
		for i := range c.Claims {
			wanted[strings.ToLower(c.Claims[i].Source)] = true
		}
	}
	lower := map[string]string{} // strings.ToLower, once per name
	quantities := map[quantityKey]claimdiff.Quantity{}
	out := map[sourceOn]bool{}
	for i := range claims {
		c := &claims[i]
		l, ok := lower[c.Source]
		if !ok {
			l = strings.ToLower(c.Source)
			lower[c.Source] = l
		}
		if !wanted[l] {
			continue
		}
		k := keyOf(c)
		q, ok := quantities[k]
		if !ok {
			q = QuantityOf(c)
			quantities[k] = q
		}
		out[sourceOn{l, q}] = true
	}
	return out
}

// stillStated tells whether both sources of one of the dispute's
// disagreeing pairs still have a figure among those stated: each on the
// quantity of its claim in the pair (a part's own, in a part above its
// whole). A dispute's pairs hold every claim of it.
func stillStated(c *claimdiff.Conflict, stated map[sourceOn]bool) bool {
	has := func(cl *claimdiff.Claim) bool {
		return stated[sourceOn{strings.ToLower(cl.Source), QuantityOf(cl)}]
	}
	for _, p := range c.Pairs {
		if has(&c.Claims[p.A]) && has(&c.Claims[p.B]) {
			return true
		}
	}
	return false
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
