package extract

import (
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
)

// Figures named by whose they are: "nach jemenitischen Angaben", "Zahlen
// des Gesundheitsamts".

// angabenCue: a word such as "Angaben", "US-Angaben", "Erkenntnissen"
// serves as a cue after "nach" ("nach jemenitischen Angaben") or before
// "zufolge" ("Westlichen Angaben zufolge").
func (d *doc) angabenCue(k, sentStart, e int) bool {
	for j := k - 1; j >= sentStart && j >= k-4; j-- {
		if d.is(d.l.figuresGovernors, j) {
			return true
		}
		if d.toks[j].Kind == lang.Punct {
			break
		}
	}
	return false
}

// resolveAngaben names the source of "nach US-Angaben", "nach Angaben des
// Generalstabs", "nach jemenitischen Angaben", "Ukrainischen, südkoreanischen
// und westlichen Regierungsangaben zufolge", "nach offiziellen Angaben".
func (d *doc) resolveAngaben(ments []mention, k, sentStart, e int) source {
	if k < sentStart {
		return source{}
	}
	// "nach Angaben des ukrainischen Generalstabs": the genitive after.
	if m := d.mentionAfter(ments, k+1, e, 8); m.src.ok() && m.start <= k+3 {
		return m.src
	}
	// "the toll reported by the interior ministry", "figures released by
	// the police": the agent of a participle after the noun.
	for j := k + 1; j < e && j <= k+3 && d.toks[j].Kind == lang.Word; j++ {
		if d.is(d.l.passiveAgent, j) {
			if m := d.mentionAfter(ments, j+1, e, 8); m.src.ok() && m.start <= j+4 {
				return m.src
			}
			// Read as one mention with the noun: "the official data
			// provided by the Harwick Disaster Management Authority".
			for _, m := range ments {
				if m.start <= k && m.end > j+1 && m.src.ok() && !m.pronoun {
					return m.src
				}
			}
			break
		}
	}
	t := &d.toks[k]
	// The compound's first part: "US-Angaben", "Militärangaben", "Regierungsangaben".
	var orgType, orgWord string
	var nats []string
	low := t.Lower
	if i := strings.LastIndex(low, "-"); i > 0 {
		prefix := t.Text[:i]
		if n := lang.Sources().Lookup(prefix); n != nil && n.Type == "body" {
			return d.fromNamed(n, t.Text) // "nach UN-Angaben", "nach Verdi-Angaben"
		}
		if p, ok := lang.Places().At(lang.Tokenize(prefix), 0); ok {
			nats = append(nats, p.Named.Adjective)
		}
		for _, o := range d.l.orgWords {
			if low[:i] == o.word {
				orgType, orgWord = o.value, o.word // "nach Polizei-Angaben"
				break
			}
		}
	} else {
		for _, o := range d.l.orgWords {
			if len(o.word) > 3 && strings.HasPrefix(low, o.word) && low != o.word {
				orgType, orgWord = o.value, o.word
				break
			}
		}
		if orgType == "" {
			if src, ok := d.figuresOfAnaphor(ments, low, k, sentStart); ok {
				return src // "nach Unternehmensangaben" after the company
			}
		}
	}
	// "nach Krögers Angaben": the genitive of a person named before.
	if j := k - 1; j > sentStart && d.toks[j].Kind == lang.Word && startsUpperRune(d.toks[j].Text) {
		if base := d.l.grammar.BaseNoun(d.toks[j].Text); base != d.toks[j].Text {
			if p, ok := d.personNamed(base); ok {
				return p
			}
		}
	}
	// Adjectives before: "jemenitischen", "westlichen", "offiziellen".
	official := false
	for j := k - 1; j >= sentStart && j >= k-6; j-- {
		tj := &d.toks[j]
		if d.is(d.l.figuresGovernors, j) || d.isArticle(j) {
			break
		}
		if p, ok := d.place(j, k); ok && p.Role == lang.AsAdjective {
			if p.Named.Adjective == "" {
				// "nach Kiewer Angaben": a capital's figures are its government's.
				if n := lang.Sources().Lookup(p.Named.Name); n != nil && n.Type == "metonym" {
					return d.fromNamed(n, d.span(j, k+1))
				}
				nats = append([]string{p.Named.Name}, nats...)
				continue
			}
			nats = append([]string{p.Named.Adjective}, nats...)
			continue
		}
		if d.is(d.l.officialWords, j) {
			official = true
			continue
		}
		if d.isConjunction(j) || tj.Text == "," {
			continue
		}
		if tj.Kind == lang.Punct {
			break
		}
	}
	compound := strings.Contains(low, "-")
	switch {
	case len(nats) > 0 && orgType == "" && !official && compound:
		// "nach US-Angaben": the government.
		return d.canonical(joinList(nats)+" government", claimdiff.KindOfficial, roleBody)
	case len(nats) > 0 && orgType == "" && !official:
		if len(nats) > 1 {
			return d.canonical(joinList(nats)+" governments", claimdiff.KindOfficial, roleBody)
		}
		if nats[0] == "Western" {
			return d.canonical("Western officials", claimdiff.KindOfficial, roleBody)
		}
		return d.canonical(nats[0]+" authorities", claimdiff.KindOfficial, roleBody)
	case orgType != "":
		if len(nats) == 0 && kindOfOrg(orgType) == claimdiff.KindOther {
			// "nach Gewerkschaftsangaben" after "die Gewerkschaft Verdi": the
			// body printed with that kind's word before a name of its own.
			if b, ok := d.lastBody(func(b source, name, text string) bool {
				return b.ok() && b.role == roleBody && isProperName(b) && strings.HasPrefix(text, orgWord+" ")
			}); ok {
				return b
			}
		}
		if len(nats) > 1 {
			return d.canonical(joinList(nats)+" "+plural(orgType), claimdiff.KindOfficial, roleBody)
		}
		if len(nats) == 0 && needsCountry(orgType) {
			// "Im benachbarten Pakistan wurden nach Behördenangaben …": the
			// country its sentence names, else the article's.
			country := d.country()
			if si := d.sentenceOf(d.toks[k].Start); si >= 0 {
				if n := d.firstCountry(d.sents[si], true); n != nil {
					country = n // not where helpers came from: "Aus Italien … trafen nach Regierungsangaben"
				}
			}
			return d.canonical(d.governed(orgType, country, false), kindOfOrg(orgType), roleBody)
		}
		if len(nats) == 0 && isLocalBody(orgType) {
			// "nach Polizeiangaben", "nach Kreisangaben": the local body of
			// the place its sentence, or the text before, names.
			if si := d.sentenceOf(d.toks[k].Start); si >= 0 {
				if place, ok := d.localPlace(d.sents[si], k, k+1, orgType, true); ok {
					return d.canonical(placeKind(d.placeStem(place), orgType), kindOfOrg(orgType), roleBody)
				}
			}
		}
		return d.canonical(strings.TrimSpace(strings.Join(nats, " ")+" "+orgType), kindOfOrg(orgType), roleBody)
	case official:
		src := d.canonical("official figures", claimdiff.KindOfficial, roleBody)
		if c := d.country(); c != nil {
			src = d.canonical(c.Adjective+" authorities", claimdiff.KindOfficial, roleBody)
		}
		src.implied = true
		return src
	}
	return source{}
}

// figuresOfAnaphor reads a figures compound whose first part is the noun
// of a body's anaphor, "Unternehmensangaben" (the company's figures): the
// nearest body its sentence names before it by a name of its own (no
// "police"), else the one named last.
func (d *doc) figuresOfAnaphor(ments []mention, low string, k, sentStart int) (source, bool) {
	head := false
	for h := range d.l.anaOrgHeads {
		if len(h) > 3 && len(low) > len(h)+3 && strings.HasPrefix(low, h) {
			head = true
			break
		}
	}
	if !head {
		return source{}, false
	}
	var near source
	for _, m := range ments {
		if m.start >= sentStart && m.end <= k && m.src.ok() && m.src.role == roleBody && isProperName(m.src) && !m.recipient {
			near = m.src // the nearest company, union or group before it
		}
	}
	if near.ok() {
		return near, true
	}
	return d.lastBody(func(b source, _, _ string) bool { return b.ok() && b.role == roleBody && isProperName(b) })
}

// genitiveBody reads a body the lexicon does not know, named in the
// genitive after an attribution: "nach Schätzungen des Mietervereins"
// (Mieterverein), "nach Angaben des Landesverbandes" (Landesverband).
func (d *doc) genitiveBody(k, e int) source {
	if k+1 >= e || !d.is(d.l.genitive, k) || !d.l.grammar.CapitalizesNouns() {
		return source{}
	}
	t := &d.toks[k+1]
	if t.Kind != lang.Word || !d.isNounLike(k+1) || len([]rune(t.Text)) < 4 {
		return source{}
	}
	if _, ok := d.place(k+1, e); ok {
		return source{}
	}
	if k+2 < e && d.toks[k+2].Kind == lang.Word && d.isNounLike(k+2) {
		return source{} // a name of two words is for the gazetteer
	}
	name := d.l.grammar.BaseNoun(t.Text)
	// "nach Erkenntnissen des Amtes" after "das Gesundheitsamt": a body
	// named before whose name ends in the word.
	low := lang.Lower(name)
	if b, ok := d.lastBody(func(b source, _, text string) bool {
		return b.ok() && b.role == roleBody && text != low && strings.HasSuffix(text, low)
	}); ok {
		return b
	}
	return source{name: name, kind: claimdiff.KindOther, text: d.span(k, k+2), role: roleBody}
}

// composeFigures: "according to Israeli tallies", "nach offiziellen Angaben"
// when no mention follows a cue.
func (d *doc) composeFigures(k, e int) source {
	for j := k; j < e && j < k+3; j++ {
		if d.framePhraseAt(j, e) == frameFigures {
			return d.resolveAngaben(nil, j, k, e)
		}
	}
	return source{}
}
