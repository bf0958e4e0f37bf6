package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// Canonical names: one body, one name — known sources by their data, kinds
// of body by nationality and country.

// sentenceCountry is the country a sentence names first, else the article's.
func (d *doc) sentenceCountry(s sentence) *lang.Named {
	if n := d.countryNamedIn(s); n != nil {
		return n
	}
	return d.country()
}

// countryNamedIn is the country of the first place a sentence names by
// name, a dateline's left out; nil when it names none.
func (d *doc) countryNamedIn(s sentence) *lang.Named {
	return d.firstCountry(s, false)
}

// firstCountry is the country of the first place sentence s names by name
// that says where: not a dateline's ("MOSCOW (…) The death toll … in
// Syria": where the reporter is), nor a neighbour named to say where ("an
// der Grenze zu Malawi"), nor, with noOrigins, where people came from
// ("refugees from Syria"). Nil when it names none.
func (d *doc) firstCountry(s sentence, noOrigins bool) *lang.Named {
	si := d.sentenceOf(d.toks[s.start].Start)
	for k := s.start; k < s.end; k++ {
		p, ok := d.place(k, s.end)
		if !ok || p.Role != lang.AsName {
			continue
		}
		if !(si >= 0 && d.isDateline(k, si)) && !d.compared(k, s.start) && !(noOrigins && d.originAt(k, s.start)) {
			if n := d.countryOfPlace(p.Named); n != nil {
				return n
			}
		}
		k = p.End - 1
	}
	return nil
}

// governingRegion is the region n lies in, or is, when its country's
// regions have governments of their own; nil otherwise.
func governingRegion(n *lang.Named) *lang.Named {
	g := lang.Places()
	for ; n != nil; n = g.Parent(n) {
		if n.Kind == "region" {
			for c := g.Parent(n); c != nil; c = g.Parent(c) {
				if c.Kind == "country" && lang.RegionalGovernments()[c.Name] {
					return n
				}
			}
			return nil
		}
	}
	return nil
}

// governed names a body of government named without its owner: in an
// article about a region with a government of its own, in country, the
// region's ministry or government, by the region's English adjective where
// it has one ("Saxon Interior Ministry", "Lower Saxony Health Ministry") —
// unless the body is named as the federation's; else the country's
// ("French Interior Ministry").
func (d *doc) governed(org string, country *lang.Named, federal bool) string {
	if country == nil {
		return org
	}
	if !federal && seatedGovernment(org) {
		if r := d.region(); r != nil && d.countryOfPlace(r) == country {
			return regionalName(r) + " " + org // "Bavarian Interior Ministry"
		}
	}
	return country.Adjective + " " + org
}

// seatedGovernment: a ministry or a government, which a region or a
// country has, seated in its capital: "the Interior Ministry" in a report
// on Saxony is Saxony's, "das Innenministerium in Dresden" too.
func seatedGovernment(org string) bool {
	if k, ok := lang.BodyKindOf(org); ok {
		return k.Seated
	}
	low, kinds := lang.Lower(org), lang.BodyKinds()
	// A kind the data does not list is seated when it ends in a kind that
	// is seated whatever names it ("Agriculture Ministry": a ministry).
	if i := strings.LastIndexByte(low, ' '); i >= 0 {
		k := kinds[low[i+1:]]
		return k.Seated && !k.National
	}
	return false
}

// needsCountry: a ministry or government named without its country is the
// one of the country the article is about.
func needsCountry(orgType string) bool { return bodyKind(orgType).National }

// bodyKind is what data/bodies.tsv says of the kind of body named name,
// in any case; nothing when it does not list it.
func bodyKind(name string) lang.BodyKind {
	k, _ := lang.BodyKindOf(name)
	return k
}

// fromNamed makes a source of a known source.
func (d *doc) fromNamed(n *lang.Named, text string) source {
	role := roleBody
	switch n.Type {
	case "person":
		role = rolePerson
	case "metonym":
		role = roleMetonym
	}
	return source{name: n.Name, kind: claimdiff.SourceKind(n.Kind), text: text, role: role}
}

// canonical replaces a composed name by the known source it is a form of:
// "Ukrainian military intelligence" is the GUR.
func (d *doc) canonical(name string, kind claimdiff.SourceKind, role mentionRole) source {
	if n := lang.Sources().Lookup(name); n != nil {
		s := d.fromNamed(n, name)
		return s
	}
	return source{name: name, kind: kind, text: name, role: role}
}

// kindOfOrg is the source kind of a kind of body.
func kindOfOrg(orgType string) claimdiff.SourceKind {
	if b, ok := lang.BodyKindOf(orgType); ok {
		return claimdiff.SourceKind(b.Kind)
	}
	if low := lang.Lower(orgType); strings.HasSuffix(low, " reports") || strings.HasSuffix(low, " media") {
		return claimdiff.KindMedia // "unofficial reports", "independent media"
	}
	return claimdiff.KindOfficial
}

func plural(s string) string {
	if p := bodyKind(s).Plural; p != "" {
		if len(p) >= len(s) && strings.EqualFold(p[:len(s)], s) {
			return s + p[len(s):] // as the name was written: "Police", "Governments"
		}
		return p
	}
	if strings.HasSuffix(s, "y") && !strings.HasSuffix(s, "ry") {
		return s[:len(s)-1] + "ies"
	}
	if strings.HasSuffix(s, "s") {
		return s
	}
	if strings.HasSuffix(s, "ry") {
		return s[:len(s)-1] + "ies"
	}
	return s + "s"
}

// joinList writes "A", "A and B", "A, B and C".
func joinList(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}

// respelling is how a language writes names it transliterates from
// another script, and how English news writes them: German "Jewhen
// Romanenko" is Yevhen Romanenko.
type respelling struct {
	given, surnames, marks, table *lang.Set
}

// respell returns a person's name as English news writes it, where the
// language transliterates it otherwise: the name's first word is one of
// the given names, or its last word one of the surnames, of the
// transliterated names, and a word holds one of the marks of the
// language's transliteration. Each letter is rewritten by the longest entry of
// the table that matches there; a capital stays a capital. Other names
// come back as they are.
func (r respelling) respell(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 || len(r.table.Entries()) == 0 {
		return name
	}
	if _, ok := r.given.Has(lang.Lower(words[0])); !ok {
		if _, ok := r.surnames.Has(lang.Lower(words[len(words)-1])); !ok {
			return name
		}
	}
	marked := false
	for _, w := range words {
		if _, ok := r.marks.Has(lang.Lower(w)); ok {
			marked = true
		}
	}
	if !marked {
		return name
	}
	for i, w := range words {
		words[i] = r.respellWord(w)
	}
	return strings.Join(words, " ")
}

// respellWord rewrites one word by the table.
func (r respelling) respellWord(w string) string {
	low := lang.Lower(w)
	if len(low) != len(w) {
		return w // a letter whose lower case is written otherwise: left alone
	}
	var b strings.Builder
	for i := 0; i < len(low); {
		best := ""
		var to string
		for _, e := range r.table.Entries() {
			if len(e.Phrase) > len(best) && strings.HasPrefix(low[i:], e.Phrase) {
				best, to = e.Phrase, e.Value
			}
		}
		if best == "" {
			_, size := utf8.DecodeRuneInString(w[i:])
			b.WriteString(w[i : i+size])
			i += size
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w[i:]); unicode.IsUpper(r) && to != "" {
			first, size := utf8.DecodeRuneInString(to)
			b.WriteRune(unicode.ToUpper(first))
			b.WriteString(to[size:])
		} else {
			b.WriteString(to)
		}
		i += len(best)
	}
	return b.String()
}
