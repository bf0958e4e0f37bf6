package extract

import (
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// refineSubjects reads generic subjects in the light of the whole article:
//
//   - in a report on a crowd ("Kundgebung", "rally"), a crowd figure of
//     people or participants counts the crowd's kind: protesters;
//   - troops with no nationality are those of the last troops the article
//     named with one: "rund 8000 von insgesamt 10.000 Soldaten" after
//     "nordkoreanische Soldaten" are North Korean.
func (d *doc) refineSubjects(claims []claimdiff.Claim) {
	if len(claims) == 0 {
		return
	}
	if crowd := d.crowdKind(); crowd != "" {
		for i := range claims {
			c := &claims[i]
			if c.Metric == claimdiff.Other && (c.Subject == "people" || c.Subject == "participants") {
				c.Subject = crowd
			}
		}
	}
	last := ""
	for i := range claims {
		c := &claims[i]
		switch {
		case c.Subject == "troops" && last != "":
			c.Subject = last
		case strings.HasSuffix(c.Subject, " troops") && !strings.Contains(c.Subject, " and "):
			last = c.Subject
		}
	}
}

// crowdKind is the kind of crowd the article reports on, from the words of
// the crowd-context section; "" when it reports on none.
func (d *doc) crowdKind() string {
	set := d.l.crowdContext
	for k := range d.toks {
		if m, ok := d.at(set, k, len(d.toks)); ok {
			return m.Entry.Value
		}
	}
	return ""
}
