package lang

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestMain registers the languages' lexicons from their folders beside
// this package: the language packages import this one, so its own tests
// cannot import them.
func TestMain(m *testing.M) {
	lexes, _ := filepath.Glob("*/*.lex")
	for _, f := range lexes {
		code := strings.TrimSuffix(filepath.Base(f), ".lex")
		Register(code, os.DirFS(filepath.Dir(f)), nil)
	}
	os.Exit(m.Run())
}

func TestDataLoads(t *testing.T) {
	if err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("%v", r)
			}
		}()
		mustLoad()
		return nil
	}(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{"de", "en"} {
		if Get(c) == nil {
			t.Fatalf("no lexicon for %s", c)
		}
	}
}

// Every language has the sections the extractor reads, so that adding a
// language cannot silently leave one out.
func TestEveryLanguageHasEverySection(t *testing.T) {
	want := Get("de").Sections()
	for _, c := range Codes() {
		have := map[string]bool{}
		for _, s := range Get(c).Sections() {
			have[s] = true
		}
		for _, s := range want {
			if !have[s] {
				t.Errorf("%s.lex lacks [%s]", c, s)
			}
		}
	}
}

// Every entry can be reached: matching the phrase's own tokens finds it
// (or a longer phrase of the same section).
func TestEveryEntryIsReachable(t *testing.T) {
	for _, c := range Codes() {
		lx := Get(c)
		for _, name := range lx.Sections() {
			set := lx.Section(name)
			for _, e := range set.Entries() {
				var parts []string
				for _, w := range strings.Fields(e.Phrase) {
					switch {
					case w == "'" || w == "’":
						// a plural's possessive: "Employers'"
					case w == "*":
						w = "x"
					case strings.HasPrefix(w, "*"):
						w = "x" + w[1:]
					case strings.HasSuffix(w, "*"):
						w = w[:len(w)-1] + "x"
					case strings.HasSuffix(w, "'"):
						w += "x" // an elided word stands before another: "d'un"
					}
					parts = append(parts, w)
				}
				text, at := strings.Join(parts, " "), 0
				if strings.HasPrefix(text, "'") || strings.HasPrefix(text, "’") {
					text, at = "state"+text, 1 // a possessive clitic follows a word: "state's", "states'"
				}
				toks := Tokenize(text)
				m, ok := set.At(toks, at)
				if !ok || m.End-m.Start < len(e.pats) {
					t.Errorf("%s.lex:%d: [%s] %q is not found by matching", c, e.Line, name, e.Phrase)
				}
			}
		}
	}
}

func TestGazetteers(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		role       FormRole
	}{
		{"in der Region Kursk", "Kursk", AsName},
		{"Laut Kiew", "Ukrainian government", AsName},
		{"die nordkoreanischen Soldaten", "North Korea", AsAdjective},
		{"Russlands Krieg", "Russia", AsName},
		{"11.000 Nordkoreaner", "North Korea", AsDemonym},
	} {
		g := Places()
		if tc.want == "Ukrainian government" {
			g = Sources()
		}
		toks := Tokenize(tc.text)
		found := false
		for i := range toks {
			if f, ok := g.At(toks, i); ok {
				if f.Named.Name != tc.want || f.Role != tc.role {
					t.Errorf("%q: found %s (%d)", tc.text, f.Named.Name, f.Role)
				}
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%q: nothing found", tc.text)
		}
	}
	toks := Tokenize("let us go")
	for i := range toks {
		if f, ok := Places().At(toks, i); ok {
			t.Errorf("'us' matched %s: acronyms are matched in their case", f.Named.Name)
		}
	}
}

func TestPlaceParentsAreThoseOfThePlaceTable(t *testing.T) {
	want := map[string]string{}
	for _, n := range Places().Entries {
		if n.Parent != "" {
			want[n.Name] = n.Parent
		}
	}
	if got := PlaceParents(); !reflect.DeepEqual(got, want) || len(got) < 100 {
		t.Errorf("%d places with a parent read alone, %d in the table", len(got), len(want))
	}
}

func TestRegionalGovernmentsArePlaces(t *testing.T) {
	if len(RegionalGovernments()) == 0 {
		t.Fatal("no countries with regional governments")
	}
	for name := range RegionalGovernments() {
		if n := Places().Lookup(name); n == nil || n.Kind != "country" || n.Name != name {
			t.Errorf("%q is not a country of the place table", name)
		}
	}
}

// Info answers as trying every first word of the data would: the
// sections, places and sources that may start with a word, and the
// sections it is a phrase of one word of.
func TestInfoIsWhatTheFirstWordsSay(t *testing.T) {
	type first struct {
		p    pattern
		info WordInfo
	}
	var places, sources []first
	for _, f := range Places().forms() {
		places = append(places, first{f.pats[0], WordInfo{Place: true}})
	}
	for _, f := range Sources().forms() {
		sources = append(sources, first{f.pats[0], WordInfo{Source: true}})
	}
	for _, c := range Codes() {
		lx := Get(c)
		firsts := append(places, sources...)
		for id, s := range lx.order {
			for _, e := range s.entries {
				var info WordInfo
				info.Bits.set(id)
				if len(e.pats) == 1 {
					info.One.set(id)
				}
				firsts = append(firsts, first{e.pats[0], info})
			}
		}
		// Every first word, and words a wildcard's may be the start or end of.
		words := map[string]bool{"x": true, "": true}
		for _, f := range firsts {
			words[f.p.text] = true
			if !f.p.plain() {
				words[f.p.text+"en"], words["ge"+f.p.text] = true, true
			}
		}
		for w := range words {
			var want WordInfo
			for _, f := range firsts {
				if f.p.match(w) {
					want = want.or(f.info)
				}
			}
			got := lx.Info(w)
			if want.Word = -1; vocab[w] > 0 {
				want.Word = vocab[w]
			}
			if got != want {
				t.Errorf("%s: Info(%q) = %v, want %v", c, w, got, want)
			}
		}
		// HasWord answers as Has does, for sections, unions of them and
		// subsets alike.
		var sets []*Set
		for _, s := range lx.order {
			sets = append(sets, s, s.Subset("subset", func(e *Entry) bool { return e.Line%2 == 0 }))
		}
		sets = append(sets, Union(lx.order[:len(lx.order)/2]...), Union(lx.Section("no such section"), lx.order[0]),
			Union(lx.order[1], Union(lx.order[2:5]...)))
		for w := range words {
			info := lx.Info(w)
			for _, s := range sets {
				_, has := s.Has(w)
				if got := s.HasWord(&info.One, w); got != has {
					t.Errorf("%s: %s.HasWord(%q) = %v, want %v", c, s.Name, w, got, has)
				}
			}
		}
	}
}

// Every kind of body the data describes has a known source kind.
func TestBodyKinds(t *testing.T) {
	kinds := map[string]bool{"official": true, "military": true, "intelligence": true, "media": true, "agency": true, "other": true}
	bodies := BodyKinds()
	if len(bodies) < 40 {
		t.Fatalf("%d kinds of body, want the whole table", len(bodies))
	}
	for name, b := range bodies {
		if !kinds[b.Kind] {
			t.Errorf("bodies.tsv: %s: unknown source kind %q", name, b.Kind)
		}
	}
	if !bodies["police"].Local || !bodies["interior ministry"].National || bodies["news agency"].Kind != "agency" {
		t.Errorf("bodies.tsv: police %+v, interior ministry %+v, news agency %+v", bodies["police"], bodies["interior ministry"], bodies["news agency"])
	}
}

func TestCanonicalSubject(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"demonstrators", "protesters"},
		{"israeli soldiers", "israeli troops"},
		{"search and rescue personnel", "rescue workers"},
		{"local search and rescue personnel", "local rescue workers"},
		{"protesters", "protesters"},
		{"people", "people"},
		{"soldiers' families", "soldiers' families"},
	} {
		if got := CanonicalSubject(tc.in); got != tc.want {
			t.Errorf("CanonicalSubject(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Every subject the language data gives is in the controlled vocabulary:
// no language calls a kind of worker or a crowd by another name.
func TestCountedSubjectsAreCanonical(t *testing.T) {
	for _, code := range Codes() {
		lx := Get(code)
		for _, name := range lx.Sections() {
			if !strings.HasPrefix(name, "counted ") {
				continue
			}
			for _, e := range lx.Section(name).Entries() {
				if e.Value != "" && CanonicalSubject(e.Value) != e.Value {
					t.Errorf("%s.lex:%d: [%s] %s = %s: the controlled vocabulary writes %q", code, e.Line, name, e.Phrase, e.Value, CanonicalSubject(e.Value))
				}
			}
		}
	}
}

// An acronym opening a source's name is found written with points too, as
// English news writes it: "U.N. refugee agency".
func TestDottedAcronymForms(t *testing.T) {
	for _, tc := range []struct{ form, want string }{
		{"UN refugee agency", "U.N. refugee agency"},
		{"US State Department", "U.S. State Department"},
		{"UNHCR", ""},        // an acronym alone
		{"Reuters news", ""}, // no acronym
		{"NATO summit", ""},  // four capitals: written without points
		{"un refugee", ""},   // no capitals
	} {
		if got := dotted(tc.form); got != tc.want {
			t.Errorf("dotted(%q) = %q, want %q", tc.form, got, tc.want)
		}
	}
	if n := Sources().Lookup("U.N. refugee agency"); n == nil || n.Name != "UN Refugee Agency (UNHCR)" {
		t.Errorf("Sources().Lookup(%q) = %v, want the UN Refugee Agency", "U.N. refugee agency", n)
	}
}

// At finds the same by a token's number in the vocabulary as by its text:
// every phrase and form at every token of a text made of them.
func TestAtByWordNumber(t *testing.T) {
	for _, c := range Codes() {
		lx := Get(c)
		var b strings.Builder
		for _, s := range lx.order {
			for _, e := range s.entries {
				b.WriteString(e.Phrase + " der Stadt " + e.Phrase + ". ")
			}
		}
		for _, f := range Places().forms()[:500] {
			b.WriteString(f.named.Name + " und ")
		}
		plain := Tokenize(b.String())
		numbered := append([]Token(nil), plain...)
		for i := range numbered {
			numbered[i].Word = lx.Info(numbered[i].Lower).Word
		}
		sets := append([]*Set{Union(lx.order...)}, lx.order...)
		for i := range plain {
			for _, s := range sets {
				m1, ok1 := s.At(plain, i)
				m2, ok2 := s.At(numbered, i)
				if m1 != m2 || ok1 != ok2 {
					t.Fatalf("%s: %s.At(%q) = %v, by number %v", c, s.Name, plain[i].Text, m1, m2)
				}
			}
			for _, g := range []*Gazetteer{Places(), Sources()} {
				f1, ok1 := g.At(plain, i)
				f2, ok2 := g.At(numbered, i)
				if f1 != f2 || ok1 != ok2 {
					t.Fatalf("%s: gazetteer At(%q) = %v, by number %v", c, plain[i].Text, f1, f2)
				}
			}
		}
	}
}
