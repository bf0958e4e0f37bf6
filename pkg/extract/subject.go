package extract

import (
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// refineSubjects reads generic subjects in the light of the whole article:
//
//   - people whose clause says what befell them are those people: "Zwei
//     Personen seien festgenommen worden" counts people arrested, "2,000
//     people were evacuated" evacuated people (the people-verbs section);
//   - the wounded whose clause says how badly are those: "27 children
//     were slightly injured" counts slightly injured children;
//   - in a report on a crowd ("Kundgebung", "rally"), a crowd figure of
//     people or participants counts the crowd's kind: protesters;
//   - troops with no nationality are those of the last troops the article
//     named with one: "rund 8000 von insgesamt 10.000 Soldaten" after
//     "nordkoreanische Soldaten" are North Korean;
//   - losses of people in a report on a party's military are its troops
//     (see partySubjects).
func (d *doc) refineSubjects(claims []claimdiff.Claim) {
	if len(claims) == 0 {
		return
	}
	d.peopleByVerb(claims)
	d.woundSeverity(claims)
	if crowd := d.crowdKind(); crowd != "" {
		for i := range claims {
			c := &claims[i]
			if c.Metric == claimdiff.Other && (c.Subject == "people" || c.Subject == "participants") {
				c.Subject = crowd
			}
		}
	}
	d.partySubjects(claims)
	demonymSubjects(claims)
	last := ""
	for i := range claims {
		c := &claims[i]
		switch {
		case c.Subject != "troops":
			if strings.HasSuffix(c.Subject, " troops") && !strings.Contains(c.Subject, " and ") {
				last = c.Subject
			}
		case restates(claims[:i], c) != nil:
			c.Subject = restates(claims[:i], c).Subject
		case last != "" && !d.wholeOfPart(claims, i):
			c.Subject = last
		}
	}
}

// restates returns the earlier claim of troops whose figure c restates:
// the same metric and intervals that meet ("fast 50.000", then "etwa
// 50.000").
func restates(earlier []claimdiff.Claim, c *claimdiff.Claim) *claimdiff.Claim {
	for j := len(earlier) - 1; j >= 0; j-- {
		e := &earlier[j]
		if e.Metric == c.Metric && strings.HasSuffix(e.Subject, "troops") && meets(e, c) {
			return e
		}
	}
	return nil
}

func meets(a, b *claimdiff.Claim) bool {
	lo := func(c *claimdiff.Claim) float64 {
		if c.Low == nil {
			return 0
		}
		return *c.Low
	}
	hi := func(c *claimdiff.Claim) float64 {
		if c.High == nil {
			return 1e18
		}
		return *c.High
	}
	return lo(a) <= hi(b) && lo(b) <= hi(a)
}

// wholeOfPart: the next claim of the sentence is a part of claim i's
// figure ("fast 50.000 Soldaten, darunter 11.000 Nordkoreaner").
func (d *doc) wholeOfPart(claims []claimdiff.Claim, i int) bool {
	if i+1 >= len(claims) {
		return false
	}
	a, b := claims[i].Span, claims[i+1].Span
	for k := range d.toks {
		t := &d.toks[k]
		if t.Start < a.End {
			continue
		}
		if t.Start >= b.Start {
			break
		}
		if _, ok := d.at(d.l.partOf, k, len(d.toks)); ok {
			return true
		}
		if t.Text == "." || t.Text == "!" || t.Text == "?" {
			return false
		}
	}
	return false
}

// crowdKind is the kind of crowd the article reports on, from the words of
// the crowd-context section; "" when it reports on none.
func (d *doc) crowdKind() string {
	if m, ok := d.firstIn(d.l.crowdContext, 0, len(d.toks)); ok {
		return m.Entry.Value
	}
	return ""
}

// nationalityOf is the nationality a source's name opens with: "Russian"
// for the Russian Defence Ministry; "" when it names none.
func nationalityOf(source string) string {
	toks := lang.Tokenize(source)
	if len(toks) == 0 {
		return ""
	}
	if p, ok := lang.Places().At(toks, 0); ok && (p.Role == lang.AsAdjective || p.Role == lang.AsName && p.Named.Kind == "country") {
		return p.Named.Adjective
	}
	return ""
}

// demonymSubjects reads a nationality's people as the one kind of them the
// article counts with the same metric: after "41 Jordanian pilgrims
// died", "at least 60 Jordanians died" counts Jordanian pilgrims too. Where
// the article counts two kinds of them, it stays as it is.
func demonymSubjects(claims []claimdiff.Claim) {
	for i := range claims {
		c := &claims[i]
		adj, ok := strings.CutSuffix(c.Subject, "s")
		if !ok || strings.Contains(adj, " ") || nationalityOf(adj) == "" {
			continue
		}
		kind, one := "", true
		for j := range claims {
			o := &claims[j]
			if j == i || o.Metric != c.Metric || !strings.HasPrefix(o.Subject, adj+" ") {
				continue
			}
			if kind != "" && kind != o.Subject {
				one = false
			}
			kind = o.Subject
		}
		if kind != "" && one {
			c.Subject = kind
		}
	}
}

// partySubjects reads the losses of people in a report on armies as
// troops: "Russia's military casualties are approaching 300,000, including
// as many as 120,000 deaths" counts Russian troops, and "Ukrainian deaths"
// after them Ukrainian troops.
func (d *doc) partySubjects(claims []claimdiff.Claim) {
	troopsSeen := false
	for i := range claims {
		c := &claims[i]
		switch c.Metric {
		case claimdiff.Killed, claimdiff.Wounded, claimdiff.Casualties, claimdiff.Captured, claimdiff.Missing:
		default:
			if strings.HasSuffix(c.Subject, "troops") {
				troopsSeen = true
			}
			continue
		}
		switch nat, rest, _ := strings.Cut(c.Subject, " "); {
		case c.Subject == "people":
			if adj := d.partyIn(c.Span.Start); adj != "" {
				c.Subject = strings.ToLower(adj) + " troops"
			} else if adj := d.sideIn(c.Span.Start); adj != "" && troopsSeen {
				c.Subject = strings.ToLower(adj) + " troops" // "deaths on the Russian side"
			}
		case rest == "people" && troopsSeen && nationalityOf(nat) != "":
			c.Subject = nat + " troops" // "Ukrainian deaths" among troops' losses
		}
		if strings.HasSuffix(c.Subject, "troops") {
			troopsSeen = true
		}
	}
}

// partyIn is the nationality of a party to a war the sentence holding byte
// offset at names by its military: "Russia's military", "Ukraine's army".
func (d *doc) partyIn(at int) string {
	si := d.sentenceOf(at)
	if si < 0 {
		return ""
	}
	s := d.sents[si]
	for k := s.start; k < s.end; k++ {
		p, ok := d.placeAt(k, s.end)
		if !ok {
			continue
		}
		if p.Named.Kind == "country" && d.possessive(p.End, s.end) {
			return p.Named.Adjective
		}
		k = p.End - 1
	}
	return ""
}

// sideIn is the nationality of a side of a war the sentence holding byte
// offset at names: "on the Russian side", "auf russischer Seite", "côté
// russe".
func (d *doc) sideIn(at int) string {
	si := d.sentenceOf(at)
	if si < 0 {
		return ""
	}
	s := d.sents[si]
	for k := s.start; k < s.end; k++ {
		p, ok := d.place(k, s.end)
		if !ok || p.Role != lang.AsAdjective {
			continue
		}
		if p.End < s.end && d.is(d.l.partySides, p.End) || k > s.start && d.is(d.l.partySides, k-1) {
			return p.Named.Adjective
		}
		k = p.End - 1
	}
	return ""
}

// peopleByVerb names the people a figure counts by what befell them, from
// a word of the people-verbs section after the figure in its clause.
func (d *doc) peopleByVerb(claims []claimdiff.Claim) {
	for i := range claims {
		c := &claims[i]
		if c.Metric != claimdiff.Other || c.Subject != "people" && c.Subject != "participants" {
			continue
		}
		k := d.tokenAt(c.Span.End)
		for j := k; j >= 0 && j < len(d.toks) && j < k+10; j++ {
			if d.toks[j].Kind == lang.Punct && d.toks[j].Text != "-" {
				break
			}
			if m, ok := d.at(d.l.peopleVerbs, j, len(d.toks)); ok {
				c.Subject = m.Entry.Value
				break
			}
		}
	}
}

// tokenAt is the first token that starts at or after byte offset at.
func (d *doc) tokenAt(at int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= at })
}

// woundSeverity names the wounded by how badly they are hurt, from a word
// of the wound-severity section in the figure's clause: "Eight of the
// injured were in a serious condition" are seriously injured people, and
// no longer dispute the 37 injured in all.
func (d *doc) woundSeverity(claims []claimdiff.Claim) {
	for i := range claims {
		c := &claims[i]
		if c.Metric != claimdiff.Wounded || strings.Contains(c.Subject, "injured") {
			continue
		}
		k := d.tokenAt(c.Span.Start)
		for j := k; j < len(d.toks) && j < k+12; j++ {
			if t := &d.toks[j]; t.Kind == lang.Punct && t.Text != "-" && !strings.ContainsAny(t.Text, "\"“”„") {
				break
			}
			if m, ok := d.at(d.l.woundSeverity, j, len(d.toks)); ok {
				c.Subject = m.Entry.Value + " " + c.Subject
				break
			}
		}
	}
}
