package extract

import (
	"time"

	"github.com/claimdiff/claimdiff/pkg/lang"
)

// statedOn is the day the source stated the figure: a weekday or relative
// day near the attribution ("sagte am Dienstag", "said on Monday",
// "vergangene Woche"), resolved against the publication date; else the
// publication date; zero when it is unknown.
func (d *doc) statedOn(f *figure, si, cueAt int) time.Time {
	pub := d.meta.Published
	if pub.IsZero() {
		return pub
	}
	s := d.sents[si]
	l := d.l
	near := func(from, to int) (time.Time, bool) {
		for k := from; k < to; k++ {
			if k < s.start || k >= s.end {
				continue
			}
			if m, ok := d.at(l.relDays, k, s.end); ok {
				return pub.AddDate(0, 0, int(m.Entry.Float())), true
			}
			if m, ok := d.at(l.weekdays, k, s.end); ok && m.Entry.Value != "weekend" { // a weekend is no one day
				lastWeek := false
				if k > s.start {
					if _, ok := l.last.Has(d.toks[k-1].Lower); ok {
						lastWeek = true
					}
				}
				return lastWeekday(pub, time.Weekday(int(m.Entry.Float())), lastWeek), true
			}
		}
		return time.Time{}, false
	}
	if cueAt >= 0 {
		if t, ok := near(cueAt-4, cueAt+7); ok {
			return t
		}
	}
	return pub
}

// lastWeekday is the latest day on or before pub that falls on wd; strictly
// before pub when strict ("vergangenen Montag").
func lastWeekday(pub time.Time, wd time.Weekday, strict bool) time.Time {
	back := (int(pub.Weekday()) - int(wd) + 7) % 7
	if back == 0 && strict {
		back = 7
	}
	return pub.AddDate(0, 0, -back)
}

var _ = lang.Lower
