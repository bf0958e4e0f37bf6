package lang

import (
	"bufio"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Gazetteer is a table of named things — places or sources — with the forms
// they are printed under in any language.
type Gazetteer struct {
	Entries []*Named
	byFirst map[string][]*form
	byWord  wordTable[[]*form] // the same by the word's number (see vocabulary)
	wild    wildIndex
	wildF   []*form
	byName  map[string]*Named // canonical names and plain forms, lower case
}

// Named is one row of a gazetteer: its canonical name and its columns.
type Named struct {
	Name string
	// Kind is the source kind (sources.tsv) or the place type (places.tsv).
	Kind string
	// Type is, for a source, "person", "body" or "metonym" (a place that
	// stands for its government).
	Type string
	// Parent is the place that contains this one; "" for sources.
	Parent string
	// Adjective is a place's English adjective ("North Korean").
	Adjective string
	// Forms are a source's forms in lower case ("cgt union", "gewerkschaft
	// cgt"), for telling what kind of body it is.
	Forms []string
}

// FormRole says what a matched form stands for.
type FormRole uint8

// Form roles.
const (
	AsName      FormRole = iota // "Russland", "Pentagon"
	AsAdjective                 // "russischen", "Ukrainian"
	AsDemonym                   // "Nordkoreaner", "Palestinians"
)

type form struct {
	pats  []pattern
	exact []string // the form's tokens as written, for case-sensitive forms
	upper bool     // the form starts with a capital: so must the text
	named *Named
	role  FormRole
}

// Found is a form matched in a token sequence: tokens [Start, End).
type Found struct {
	Start, End int
	Named      *Named
	Role       FormRole
}

func loadGazetteer(file string, columns int) (*Gazetteer, error) {
	data, err := dataFS.ReadFile(file)
	if err != nil {
		return nil, err
	}
	g := &Gazetteer{byFirst: map[string][]*form{}, byName: map[string]*Named{}}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != columns {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", file, n, len(cols), columns)
		}
		if columns == 4 { // sources: name, kind, type, forms
			nm := &Named{Name: cols[0], Kind: cols[1], Type: cols[2]}
			for _, f := range strings.Split(cols[3], "|") {
				if f = Lower(strings.TrimSpace(f)); f != "" {
					nm.Forms = append(nm.Forms, f)
				}
			}
			g.Entries = append(g.Entries, nm)
			g.addForms(nm, cols[0]+"|"+cols[3], AsName)
			continue
		}
		// places: name, type, parent, adjective, names, adjective forms, demonyms
		nm := &Named{Name: cols[0], Kind: cols[1], Parent: cols[2], Adjective: cols[3]}
		g.Entries = append(g.Entries, nm)
		g.addForms(nm, cols[0]+"|"+cols[4], AsName)
		g.addForms(nm, cols[5], AsAdjective)
		g.addForms(nm, cols[6], AsDemonym)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, nm := range g.Entries {
		if nm.Parent != "" && g.byName[Lower(nm.Parent)] == nil {
			return nil, fmt.Errorf("%s: %s: parent %q is not in the table", file, nm.Name, nm.Parent)
		}
	}
	return g, nil
}

// PlaceParents maps each place that lies in another to the place it lies
// in, as the place table has them — read without the rest of the language
// data, for callers that need the hierarchy alone.
var PlaceParents = sync.OnceValue(func() map[string]string {
	parents := map[string]string{}
	for _, line := range dataLines("data/places.tsv") {
		if cols := strings.SplitN(line, "\t", 4); len(cols) == 4 && cols[2] != "" {
			parents[cols[0]] = cols[2]
		}
	}
	return parents
})

// RegionalGovernments are the countries whose regions have governments
// of their own (data/regional-governments.tsv), by canonical name.
var RegionalGovernments = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, line := range dataLines("data/regional-governments.tsv") {
		out[strings.TrimSpace(line)] = true
	}
	return out
})

// subjectsTable maps each noun of data/subjects.tsv that is written as
// another to that canonical noun.
var subjectsTable = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, line := range dataLines("data/subjects.tsv") {
		canonical, same, _ := strings.Cut(line, "\t")
		for _, w := range strings.Split(same, "|") {
			if w = strings.TrimSpace(w); w != "" {
				out[w] = strings.TrimSpace(canonical)
			}
		}
	}
	return out
})

// CanonicalSubject writes a subject (lower case) in the controlled
// vocabulary of data/subjects.tsv: its last one to five words, when they
// are a noun written as another, become that one ("israeli soldiers" →
// "israeli troops"). Any other subject is returned as it is.
func CanonicalSubject(s string) string {
	table := subjectsTable()
	if c, ok := table[s]; ok {
		return c
	}
	// The longest ending of at most five words first.
	spaces := strings.Count(s, " ")
	for i, n := 0, 0; i < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		n++
		if spaces-n+1 > 5 {
			continue
		}
		if c, ok := table[s[i+1:]]; ok {
			return s[:i+1] + c
		}
	}
	return s
}

// dataLines are the lines of an embedded data file but comments and blank
// lines, without their line ends.
func dataLines(file string) []string {
	data, err := dataFS.ReadFile(file)
	if err != nil {
		panic("lang: " + err.Error()) // embedded: checked by the tests
	}
	var out []string
	for line := range strings.Lines(string(data)) {
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// dotted is form f with its opening acronym of two or three capitals
// written with points ("UN refugee agency" → "U.N. refugee agency"), or ""
// when f opens with none or is the acronym alone.
func dotted(f string) string {
	first, rest, ok := strings.Cut(f, " ")
	if !ok || len(first) < 2 || len(first) > 3 || rest == "" {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(first); i++ {
		if first[i] < 'A' || first[i] > 'Z' {
			return ""
		}
		b.WriteByte(first[i])
		b.WriteByte('.')
	}
	return b.String() + " " + rest
}

func (g *Gazetteer) addForms(nm *Named, list string, role FormRole) {
	forms := strings.Split(list, "|")
	if role == AsName {
		// "U.N. refugee agency" as "UN refugee agency": English news
		// writes a short acronym opening a name with points too.
		for _, f := range forms {
			if v := dotted(strings.TrimSpace(f)); v != "" {
				forms = append(forms, v)
			}
		}
	}
	for _, f := range forms {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		fm := &form{pats: compile(f), named: nm, role: role}
		if len(fm.pats) == 0 {
			continue
		}
		if role != AsAdjective {
			fm.upper = startsUpper(f)
		}
		if isAcronym(f) {
			for _, t := range Tokenize(f) {
				fm.exact = append(fm.exact, t.Text)
			}
		}
		if role == AsName && !strings.Contains(f, "*") {
			key := Lower(f)
			if _, taken := g.byName[key]; !taken {
				g.byName[key] = nm
			}
		}
		if p := fm.pats[0]; p.prefix || p.suffix || p.any {
			g.wildF = append(g.wildF, fm)
			g.wild.add(p)
		} else {
			g.byFirst[p.text] = append(g.byFirst[p.text], fm)
		}
	}
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAcronym: "US", "UN", "IDF", "U.S." are matched in their case only, so
// that "us" and "un" stay words.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0 && letters <= 5
}

// At returns the longest form that starts at token i.
func (g *Gazetteer) At(toks []Token, i int) (Found, bool) {
	if i < 0 || i >= len(toks) {
		return Found{}, false
	}
	w := toks[i].Lower
	best := Found{Start: i, End: i}
	for _, f := range g.first(&toks[i]) {
		best = best.longer(f, toks, 1)
	}
	if g.wild.mayMatch(w) {
		for _, group := range g.wild.candidates(w) {
			for _, j := range group {
				best = best.longer(g.wildF[j], toks, 0)
			}
		}
	}
	if best.Named == nil {
		return Found{}, false
	}
	return best, true
}

// longer returns the match of form f at b.Start when it is longer than b;
// else b. The first known tokens of the form are known to match.
func (b Found) longer(f *form, toks []Token, known int) Found {
	i := b.Start
	n := matchAt(f.pats, toks, i, known)
	if n <= b.End-b.Start {
		return b
	}
	if f.exact != nil && !exactAt(f.exact, toks, i) || f.upper && !startsUpper(toks[i].Text) {
		return b
	}
	return Found{Start: i, End: i + n, Named: f.named, Role: f.role}
}

func exactAt(words []string, toks []Token, i int) bool {
	for k, w := range words {
		if toks[i+k].Text != w {
			return false
		}
	}
	return true
}

// Lookup finds an entry by its canonical name or a plain form, in any case.
func (g *Gazetteer) Lookup(name string) *Named {
	var buf [64]byte
	key := appendToLower(buf[:0], strings.TrimSpace(name))
	return g.byName[string(key)] // a conversion the compiler makes without a copy
}

// appendToLower appends Lower(s) to dst.
func appendToLower(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		if r == 'ß' || r == 'ẞ' {
			dst = append(dst, 's', 's') // as Lower folds it
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// Parent returns the entry that contains nm, or nil.
func (g *Gazetteer) Parent(nm *Named) *Named {
	if nm == nil || nm.Parent == "" {
		return nil
	}
	return g.Lookup(nm.Parent)
}

// MayStart reports whether some form may start with the word w (lower
// case): a cheap test before At.
func (g *Gazetteer) MayStart(w string) bool {
	if _, ok := g.byFirst[w]; ok {
		return true
	}
	for _, group := range g.wild.candidates(w) {
		for _, j := range group {
			if g.wildF[j].pats[0].match(w) {
				return true
			}
		}
	}
	return false
}

// forms lists every form of the gazetteer.
func (g *Gazetteer) forms() []*form {
	var out []*form
	for _, fs := range g.byFirst {
		out = append(out, fs...)
	}
	return append(out, g.wildF...)
}

// BodyKind is what data/bodies.tsv says of a kind of body, by its
// canonical English name.
type BodyKind struct {
	Kind     string // the source kind: official, military, intelligence, media, agency, other
	Local    bool   // belongs to a town or district
	National bool   // named alone, the government's of the article's country
	Seated   bool   // a government or ministry, seated in its capital: a town named with it stands for its region or country
	Company  bool   // a company: "the company", "der Konzern" point back to one named by a name of its own
	Plural   string // its plural, where not regular; else ""
}

// BodyKindOf is the kind of body of data/bodies.tsv named name, in any
// case, and whether there is one. (It lowers name without allocating.)
func BodyKindOf(name string) (BodyKind, bool) {
	var buf [64]byte
	k, ok := BodyKinds()[string(AppendLower(buf[:0], name))]
	return k, ok
}

// BodyKinds are the kinds of body of data/bodies.tsv, by lower-case name.
var BodyKinds = sync.OnceValue(func() map[string]BodyKind {
	out := map[string]BodyKind{}
	for _, line := range dataLines("data/bodies.tsv") {
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			panic("lang: data/bodies.tsv: want 4 columns: " + line) // embedded: checked by the tests
		}
		b := BodyKind{Kind: cols[1]}
		for _, scope := range strings.Split(cols[2], ",") {
			switch scope {
			case "local":
				b.Local = true
			case "national":
				b.National = true
			case "seated":
				b.Seated = true
			case "company":
				b.Company = true
			case "-":
			default:
				panic("lang: data/bodies.tsv: unknown scope " + scope + ": " + line) // embedded: checked by the tests
			}
		}
		if cols[3] != "-" {
			b.Plural = cols[3]
		}
		out[Lower(cols[0])] = b
	}
	return out
})
