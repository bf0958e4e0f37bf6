package compare

import (
	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// Scope is what some claims added to a store can change: the quantities
// they touch, and the claims the disputes of those are found among. The
// disputes of every other quantity stay as they were, so that after a new
// article only the quantities it touches are compared again:
//
//	found := Find(claims where scope.Needs, opt), those where scope.Touches
//	kept  := the disputes found before, but those where scope.Touches
//
// are together what Find over all the claims returns.
//
// A claim touches its own quantity; as a part, every whole above its place
// (Kursk's figure is compared with Russia's); and, killed or wounded, the
// casualties at its place (killed above casualties, with the same source's
// wounded added). The disputes of a touched quantity are found among its
// own claims, those of every place below its place, and, for casualties,
// the killed and wounded at its place.
type Scope struct {
	touched map[claimdiff.Quantity]bool
	needed  map[claimdiff.Quantity]bool // touched, and the killed and wounded of touched casualties
	known   map[quantityKey]bool        // Needs, by the fields of a claim it reads
}

// Touched returns the scope of the claims added.
func Touched(added []claimdiff.Claim) *Scope {
	s := &Scope{touched: map[claimdiff.Quantity]bool{}, needed: map[claimdiff.Quantity]bool{}, known: map[quantityKey]bool{}}
	places := lang.Places()
	touch := func(q claimdiff.Quantity) {
		s.touched[q], s.needed[q] = true, true
		if q.Metric == claimdiff.Casualties {
			for _, m := range [...]claimdiff.Metric{claimdiff.Killed, claimdiff.Wounded} {
				k := q
				k.Metric = m
				s.needed[k] = true
			}
		}
	}
	for i := range added {
		q := QuantityOf(&added[i])
		if !q.Kind.Compared() {
			continue // compared with nothing
		}
		touch(q)
		for n := places.Parent(places.Lookup(q.Location)); n != nil; n = places.Parent(n) {
			whole := q
			whole.Location = n.Name
			touch(whole)
		}
		if q.Metric == claimdiff.Killed || q.Metric == claimdiff.Wounded {
			c := q
			c.Metric = claimdiff.Casualties
			touch(c)
		}
	}
	return s
}

// Touches reports whether the disputes of q may have changed.
func (s *Scope) Touches(q claimdiff.Quantity) bool { return s.touched[q] }

// Needs reports whether the disputes of a touched quantity are found
// among claims that include c.
func (s *Scope) Needs(c *claimdiff.Claim) bool {
	k := keyOf(c)
	needs, ok := s.known[k]
	if !ok {
		needs = s.needs(QuantityOf(c))
		s.known[k] = needs
	}
	return needs
}

func (s *Scope) needs(q claimdiff.Quantity) bool {
	if s.needed[q] {
		return true
	}
	places := lang.Places()
	for n := places.Parent(places.Lookup(q.Location)); n != nil; n = places.Parent(n) {
		whole := q
		whole.Location = n.Name
		if s.touched[whole] {
			return true
		}
	}
	return false
}
