package extract

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// Unnamed sources: "US-Beamte", "a senior official", "informed sources".

// anonymousAt reads an unnamed speaker: "ein hochrangiger amerikanischer
// Militärbeamter", "einen nicht identifizierten US-Beamten", "unnamed US
// officials", "a security official", "Ukrainische Geheimdienstquellen".
func (d *doc) anonymousAt(k int, s sentence) (mention, bool) {
	l := d.l
	e := s.end
	var nats, quals []string
	marked, singular := false, false
	explicit := false // marked as unnamed by more than an indefinite article
	j := k
	for j < e && j < k+7 {
		t := &d.toks[j]
		if j > k && !marked && (t.Kind == lang.Number || d.is(l.numbers, j)) {
			break // "damaged port infrastructure and injured two workers": a count opens its own mention
		}
		if m, ok := d.at(l.anonymous, j, e); ok {
			marked = true
			indefinite := d.is(l.weak, j) || m.Entry.Value == "one"
			if indefinite {
				singular = true
			}
			if !indefinite || m.End-m.Start > 1 {
				explicit = true // "unnamed", "on condition of anonymity": more than "a"
			}
			j = m.End
			continue
		}
		if p, ok := d.place(j, e); ok && (p.Role == lang.AsAdjective || p.Named.Kind == "country" && (p.End < e && d.toks[p.End].Text == "-" || !d.l.grammar.CapitalizesNouns())) {
			nats = append(nats, p.Named.Adjective)
			j = p.End
			if j < e && d.toks[j].Text == "-" {
				j++
			}
			continue
		}
		if d.isConjunction(j) {
			if len(nats) == 0 && len(quals) == 0 {
				break // nothing before it to join: "infrastructure and injured …"
			}
			j++
			continue
		}
		// "two U.N. officials": the body they serve says whose they are.
		if f, ok := d.source(j, e); ok {
			if body, _, ok := d.officialsOf(f, e, marked); ok {
				quals = append(quals, body)
				j = f.End
				continue
			}
		}
		// "a Cal Fire official": a name the data does not know, between
		// the article and the head, where nouns carry no capital.
		if marked && !l.grammar.CapitalizesNouns() && startsUpperRune(t.Text) && !d.isFunctionWord(j) {
			n := j
			for n < e && n < j+3 && d.toks[n].Kind == lang.Word && startsUpperRune(d.toks[n].Text) && !d.bits[n].Has(l.officialHeads) {
				n++
			}
			if n > j && n < e && d.bits[n].Has(l.officialHeads) && !startsUpperRune(d.toks[n].Text) {
				quals = append(quals, d.span(j, n))
				j = n
				continue
			}
		}
		head, prefix := t.Lower, ""
		if i := strings.LastIndex(head, "-"); i > 0 && !has(l.officialHeads, head) { // "porte-parole" is one word
			prefix, head = t.Text[:i], head[i+1:]
		}
		if hm, ok := l.officialHeads.Has(head); ok {
			// "The Sudan Doctors Network said": a head inside a proper
			// name, where nouns take no capital, is no group of people.
			if !l.grammar.CapitalizesNouns() && !s.headline && startsUpperRune(t.Text) && j+1 < e &&
				d.toks[j+1].Kind == lang.Word && startsUpperRune(d.toks[j+1].Text) && !d.isFunctionWord(j+1) {
				return mention{}, false
			}
			if prefix != "" {
				if p, ok := lang.Places().At(lang.Tokenize(prefix), 0); ok {
					nats = append(nats, p.Named.Adjective)
				} else if n := lang.Sources().Lookup(prefix); n != nil && n.Type == "body" {
					quals = append(quals, prefix) // "UN-Diplomaten"
				}
			}
			if !marked && j == k && !isPluralHead(hm.Value) {
				return mention{}, false // "Beamter" alone is no speaker
			}
			if j+1 < e && d.is(l.documents, j+1) {
				return mention{}, false // "witness accounts": a document, not a speaker
			}
			if _, body := d.orgTypeAt(j+1, e); body && j+1 < e && !startsUpperRune(d.toks[j+1].Text) {
				return mention{}, false // "a local activist group": a body, whose words before its kind name it
			}
			h := hm.Value
			if singular {
				h = strings.TrimSuffix(h, "s")
			}
			// "a spokesperson for the force", "ein Sprecher der Polizei": a
			// spokesperson speaks for the body.
			end := j + 1
			if h == "spokesperson" && end+1 < e && d.is(l.documentOf, end) {
				a := end + 1
				if d.isArticle(a) && a+1 < e {
					a++
				}
				if body, ok := d.mentionAt(a, s); ok && body.src.ok() && body.src.role != rolePerson {
					// "Ein Sprecher der IOM, Flavio Di Giacomo,": named by
					// the apposition, speaking for the body.
					if n, ok := d.appositionName(body.end, e); ok && n.start == body.end+1 {
						org := body.src
						n.src.org = &org
						return mention{start: k, end: n.end, src: n.src}, true
					}
					body.start = k
					return body, true
				}
			}
			// What follows the head says whose it is, where adjectives follow
			// their noun: "un responsable ukrainien sous couvert d'anonymat",
			// "une source policière".
			for end < e {
				if p, ok := d.place(end, e); ok && p.Role == lang.AsAdjective {
					nats = append(nats, p.Named.Adjective)
					end = p.End
					continue
				}
				if q, ok := l.officialModifiers.Has(d.toks[end].Lower); ok && !d.l.grammar.CapitalizesNouns() {
					quals = append(quals, q.Value)
					end++
					continue
				}
				if m, ok := d.at(l.anonymous, end, e); ok && m.End-m.Start > 1 {
					marked, explicit = true, true
					end = m.End
					continue
				}
				break
			}
			// "a police spokesman": the spokesperson of a body speaks for it.
			if h == "spokesperson" && len(quals) == 1 && !explicit {
				if ot, ok := l.orgTypes.Has(quals[0]); ok {
					name := ot.Value
					if len(nats) > 0 {
						name = joinList(dedupe(nats)) + " " + name
					}
					return mention{start: k, end: end, src: d.canonical(name, kindOfOrg(ot.Value), roleBody)}, true
				}
				// "ein UNHCR-Sprecher", "an IOM spokeswoman": the known body.
				if n := lang.Sources().Lookup(quals[0]); n != nil && n.Type == "body" {
					return mention{start: k, end: end, src: d.fromNamed(n, quals[0])}, true
				}
				// "a Ridgeline Fire spokesman", "a Met spokesperson": a body
				// the data does not know (not "a Trump spokesman").
				if !l.grammar.CapitalizesNouns() && startsUpperRune(quals[0]) && lang.Sources().Lookup(quals[0]) == nil &&
					!d.isCommonWord(k+1) {
					return mention{start: k, end: end, src: source{name: quals[0], kind: claimdiff.KindOther, text: quals[0], role: roleBody}}, true
				}
			}
			// A spokesperson of no body named after it speaks for the body
			// the sentence names before it ("Die Feuerwehr rückte … aus,
			// wie ein Sprecher sagte"), else for the one the article last
			// named ("Das Ministerium verwies auf … Ein Sprecher sagte, …").
			if h == "spokesperson" && len(quals) == 0 && len(nats) == 0 && !explicit && singular && !d.bodyFollows(end, e) {
				if b, ok := d.bodyBefore(s, k); ok {
					return mention{start: k, end: end, src: b, pronoun: true}, true
				}
				if b, ok := d.lastNamedBody(); ok {
					return mention{start: k, end: end, src: b, pronoun: true}, true
				}
			}
			if end+1 < e && (d.is(d.l.genitive, end) || d.is(d.l.partitive, end)) && !has(l.anonymousHeads, h) {
				// "ein Sprecher der Polizei" — not "ein Bewohner der Stadt",
				// where a resident lives, nor "sagte ein Offizier der
				// Nachrichtenagentur AFP", whom it was said to.
				if ot, ok := d.at(l.orgTypes, end+1, e); ok && !(d.saidBefore(k) && reports(source{kind: kindOfOrg(ot.Entry.Value)})) {
					quals = append(quals, lang.Lower(ot.Entry.Value))
					end = ot.End
				}
			}
			parts := []string{"unnamed"}
			kind := claimdiff.KindAnonymous
			if !marked && !d.l.anonymousPlural && !has(l.anonymousHeads, h) {
				// "Saudi officials said": named by their office, not anonymous
				// — unlike sources, which are never named.
				parts, kind = nil, claimdiff.KindOfficial
			}
			// "Local officials in Sindh": officials named by their office
			// are those of the place they serve.
			if kind == claimdiff.KindOfficial && len(nats) == 0 && end+1 < e && d.is(l.locative, end) {
				a := end + 1
				if d.isArticle(a) && a+1 < e {
					a++
				}
				if p, ok := d.place(a, e); ok && p.Role == lang.AsName {
					parts = append(parts, p.Named.Name)
					end = p.End
				} else if name, pend, ok := d.openPlaceAt(a, s); ok {
					parts = append(parts, name) // "officials in Ballia", a place the data does not know
					end = pend
				}
			}
			// Canonical English puts rank before nationality: "unnamed
			// senior Pakistani government official".
			for i, q := range quals {
				if q == "senior" {
					parts = append(parts, q)
					quals = append(quals[:i:i], quals[i+1:]...)
					break
				}
			}
			// "a senior government official" in a report on Pakistan: a
			// government's official is of the country it governs.
			if len(nats) == 0 && slices.ContainsFunc(quals, governs) {
				if c := d.governedCountry(s); c != nil && c.Adjective != "" {
					nats = append(nats, c.Adjective)
				}
			}
			if len(nats) > 0 {
				parts = append(parts, joinList(dedupe(nats)))
			}
			parts = append(parts, quals...)
			if kind == claimdiff.KindAnonymous && len(nats) == 0 && len(quals) == 0 {
				// "one diplomat said" after "two Egyptian diplomats told AFP":
				// the same unnamed speakers, whose nationality was given.
				parts = append(parts, d.unnamedKindBefore(h)...)
			}
			parts = append(parts, h)
			name := strings.Join(parts, " ")
			return mention{start: k, end: end, src: source{name: name, kind: kind, text: d.span(k, end), role: roleOfficial}}, true
		}
		if q, ok := l.officialModifiers.Has(t.Lower); ok {
			// Some adjectives say whose official it is: "a security
			// official", "Credible sources" opening a sentence.
			quals = append(quals, q.Value)
			j++
			continue
		}
		if d.isAdjective(j) {
			j++ // other adjectives: "hochrangiger", "senior", "second"
			continue
		}
		break
	}
	return mention{}, false
}

// governs: a kind of body that is a country's own government, seated in
// its capital ("government" in "a senior government official").
func governs(kind string) bool {
	k := bodyKind(kind)
	return k.National && k.Seated && !strings.Contains(kind, " ")
}

// governedCountry is the country a sentence is about, for an unnamed
// government official: the first it names, not where people came from
// ("40 refugees from Syria had crossed into Lebanon", a Lebanese
// official), else the article's.
func (d *doc) governedCountry(s sentence) *lang.Named {
	if n := d.firstCountry(s, true); n != nil {
		return n
	}
	return d.country()
}

// unnamedKindBefore: the words that said whose the last unnamed speakers
// of the same kind were ("Egyptian" of "unnamed Egyptian diplomats"), for
// a later "one diplomat" that leaves them out.
func (d *doc) unnamedKindBefore(head string) []string {
	last := d.recall().official
	rest, ok := strings.CutPrefix(last.name, "unnamed ")
	if !ok {
		return nil
	}
	words := strings.Fields(rest)
	if len(words) < 2 {
		return nil
	}
	h := words[len(words)-1]
	if h != head && strings.TrimSuffix(h, "s") != strings.TrimSuffix(head, "s") {
		return nil
	}
	return words[:len(words)-1]
}

// saidBefore: a verb of saying stands before the mention at k, or before
// its article: "sagte ein Offizier".
func (d *doc) saidBefore(k int) bool {
	if k > 0 && d.isArticle(k-1) {
		k--
	}
	return k > 0 && d.is(d.l.sayVerbs, k-1)
}

// bodyFollows: a kind of body follows token k, after a word of the
// genitive, partitive or possession ("of", "for", "des") and an article:
// "a spokesman for the ministry", "ein Sprecher der Polizei".
func (d *doc) bodyFollows(k, e int) bool {
	if k+1 >= e || !(d.is(d.l.genitive, k) || d.is(d.l.partitive, k) || d.is(d.l.documentOf, k)) {
		return false
	}
	a := k + 1
	if d.isArticle(a) && a+1 < e {
		a++
	}
	_, ok := d.orgTypeAt(a, e)
	if !ok {
		_, ok = d.source(a, e)
	}
	return ok
}

// bodyBefore is the last body sentence s names before token k.
func (d *doc) bodyBefore(s sentence, k int) (source, bool) {
	var last source
	for j := s.start; j < k; j++ {
		if d.toks[j].Kind == lang.Number || d.is(d.l.numbers, j) {
			break // "Police arrested 12 Greenpeace activists, a spokesman said": past a figure, what is counted
		}
		if d.toks[j].Kind != lang.Word || !d.mayStartMention(j) {
			continue
		}
		if m, ok := d.mentionAt(j, s); ok && m.end <= k {
			if m.src.ok() && m.src.role == roleBody && !m.recipient && !reports(m.src) {
				last = m.src
			}
			j = m.end - 1
		}
	}
	return last, last.ok()
}

// lastNamedBody is the body the article named last, speaking or not.
func (d *doc) lastNamedBody() (source, bool) {
	last := d.recall()
	for i := range last.bodies {
		if b := last.bodies[i].source; b.ok() && b.role == roleBody && !reports(b) {
			return b, true
		}
	}
	return source{}, false
}

// reports: the source is a news outlet or agency, which reports what
// others say and has no spokesperson in the news it reports.
func reports(s source) bool {
	return s.kind == claimdiff.KindMedia || s.kind == claimdiff.KindAgency
}
