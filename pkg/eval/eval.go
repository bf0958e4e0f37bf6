// Package eval scores a list of claims against hand-checked gold claims, as
// the claims format's "Scoring" section says: a prediction matches a gold
// claim of the same article with the same value, value2 and metric; each
// gold claim matches at most one prediction; a prediction that repeats a
// matched one counts neither way, and unmatched predictions that repeat each
// other count once. A gold claim marked optional counts neither way: a
// prediction matching it is neither right nor wrong, and missing it costs
// nothing. Source names are compared after the format's normalization
// (see SourceName).
package eval

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// Result is the score of predictions against gold.
type Result struct {
	Gold       int // gold claims, optional ones left out
	Optional   int // optional gold claims: counted neither way
	Predicted  int // predictions in the gold's articles
	Matched    int
	Sourced    int // matches whose source is right
	FalsePos   int // unmatched predictions, repeats counted once
	Repeats    int // predictions repeating a matched one: not counted
	OnOptional int // predictions matching an optional gold claim: not counted
	Ignored    int // predictions in articles the gold does not cover

	QualifierRight, LocationRight, SubjectRight int

	Precision, Recall, F1                         float64
	SourcedPrecision, SourcedRecall, SourcedF1    float64
	SourceAcc, QualifierAcc, LocationAcc, SubjAcc float64

	Misses     []claimdiff.Claim // gold claims no prediction matched
	Extra      []claimdiff.Claim // false positives, one per repeated figure
	Mismatch   []Pair            // matches with a field wrong
	PerArticle []ArticleScore
}

// Pair is a matched gold claim and prediction.
type Pair struct {
	Gold, Pred claimdiff.Claim
	// Wrong lists the fields that differ: source, qualifier, location, subject.
	Wrong []string
}

// ArticleScore is one article's counts.
type ArticleScore struct {
	Article                          string
	Gold, Matched, Sourced, FalsePos int
}

// Score compares predictions with gold.
func Score(gold, pred []claimdiff.Claim) Result {
	var r Result
	byArticle := map[string]*articleClaims{}
	get := func(key string) *articleClaims {
		ac := byArticle[key]
		if ac == nil {
			ac = &articleClaims{}
			byArticle[key] = ac
		}
		return ac
	}
	for _, g := range gold {
		get(g.Article).gold = append(get(g.Article).gold, g)
	}
	for _, p := range pred {
		ac, ok := byArticle[p.Article]
		if !ok {
			r.Ignored++
			continue
		}
		ac.pred = append(ac.pred, p)
	}
	keys := make([]string, 0, len(byArticle))
	for k := range byArticle {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		r.scoreArticle(k, byArticle[k])
	}
	r.finish()
	return r
}

type articleClaims struct {
	gold, pred []claimdiff.Claim
}

// figure is what matching compares: value, value2 and metric.
func figure(c *claimdiff.Claim) string {
	var b strings.Builder
	b.WriteString(strconv.FormatFloat(c.Value, 'g', -1, 64))
	b.WriteByte('|')
	if c.Value2 != nil {
		b.WriteString(strconv.FormatFloat(*c.Value2, 'g', -1, 64))
	}
	b.WriteByte('|')
	b.WriteString(string(c.Metric))
	return b.String()
}

func (r *Result) scoreArticle(key string, ac *articleClaims) {
	as := ArticleScore{Article: key}
	for i := range ac.gold {
		if ac.gold[i].Optional {
			r.Optional++
		} else {
			as.Gold++
		}
	}
	r.Gold += as.Gold
	r.Predicted += len(ac.pred)

	goldBy := map[string][]int{}
	var order []string
	for i := range ac.gold {
		f := figure(&ac.gold[i])
		if _, ok := goldBy[f]; !ok {
			order = append(order, f)
		}
		goldBy[f] = append(goldBy[f], i)
	}
	predBy := map[string][]int{}
	var predOrder []string
	for i := range ac.pred {
		f := figure(&ac.pred[i])
		if _, ok := predBy[f]; !ok {
			predOrder = append(predOrder, f)
		}
		predBy[f] = append(predBy[f], i)
	}

	for _, f := range order {
		gs, ps := goldBy[f], predBy[f]
		pairs := assign(ac.gold, ac.pred, gs, ps)
		matchedGold := map[int]bool{}
		counted := 0
		for _, p := range pairs {
			matchedGold[p[0]] = true
			if ac.gold[p[0]].Optional {
				r.OnOptional++
				continue
			}
			counted++
			r.addMatch(&as, ac.gold[p[0]], ac.pred[p[1]])
		}
		for _, gi := range gs {
			if !matchedGold[gi] && !ac.gold[gi].Optional {
				r.Misses = append(r.Misses, ac.gold[gi])
			}
		}
		r.Repeats += len(ps) - len(pairs)
	}
	for _, f := range predOrder {
		if _, ok := goldBy[f]; ok {
			continue
		}
		// Unmatched predictions that repeat each other count once.
		r.FalsePos++
		as.FalsePos++
		r.Extra = append(r.Extra, ac.pred[predBy[f][0]])
	}
	r.PerArticle = append(r.PerArticle, as)
}

// assign pairs gold and predictions of one figure, at most one each. Among
// the pairings the scoring allows, it picks the one that matches the most
// claims that count (not optional), then credits the most right sources,
// then the most right fields, so that the score does not depend on the
// order claims are listed in.
func assign(gold, pred []claimdiff.Claim, gs, ps []int) [][2]int {
	type cand struct {
		g, p, score int
	}
	var cands []cand
	for _, gi := range gs {
		for _, pi := range ps {
			s := 0
			if !gold[gi].Optional {
				s += 1000
			}
			if SourceRight(&gold[gi], &pred[pi]) {
				s += 100
			}
			if strings.EqualFold(gold[gi].Quote, pred[pi].Quote) {
				s += 10
			}
			for _, ok := range fieldsRight(&gold[gi], &pred[pi]) {
				if ok {
					s++
				}
			}
			cands = append(cands, cand{gi, pi, s})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, c := range cands {
		if usedG[c.g] || usedP[c.p] {
			continue
		}
		usedG[c.g], usedP[c.p] = true, true
		pairs = append(pairs, [2]int{c.g, c.p})
	}
	return pairs
}

func fieldsRight(g, p *claimdiff.Claim) [3]bool {
	return [3]bool{
		g.Qualifier == p.Qualifier,
		strings.EqualFold(strings.TrimSpace(g.Location), strings.TrimSpace(p.Location)),
		strings.EqualFold(strings.TrimSpace(g.Subject), strings.TrimSpace(p.Subject)),
	}
}

func (r *Result) addMatch(as *ArticleScore, g, p claimdiff.Claim) {
	r.Matched++
	as.Matched++
	var wrong []string
	if SourceRight(&g, &p) {
		r.Sourced++
		as.Sourced++
	} else {
		wrong = append(wrong, "source")
	}
	f := fieldsRight(&g, &p)
	for i, name := range []string{"qualifier", "location", "subject"} {
		if f[i] {
			switch i {
			case 0:
				r.QualifierRight++
			case 1:
				r.LocationRight++
			case 2:
				r.SubjectRight++
			}
		} else {
			wrong = append(wrong, name)
		}
	}
	if len(wrong) > 0 {
		r.Mismatch = append(r.Mismatch, Pair{Gold: g, Pred: p, Wrong: wrong})
	}
}

// SourceRight reports whether the prediction names the gold's source: the
// gold's name or one of its source_alts, or either part of a name with a
// parenthetical ("South Korean National Intelligence Service (NIS)" matches
// "NIS"), both compared as SourceName normalizes them.
func SourceRight(gold, pred *claimdiff.Claim) bool {
	pv := nameVariants(pred.Source)
	for _, n := range append([]string{gold.Source}, gold.SourceAlts...) {
		for _, g := range nameVariants(n) {
			for _, p := range pv {
				if g == p {
					return true
				}
			}
		}
	}
	return false
}

// nameVariants returns a name normalized, and for "Long Name (SHORT)" also
// the long name and the short one.
func nameVariants(name string) []string {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil
	}
	out := []string{SourceName(name)}
	if open := strings.LastIndex(name, "("); open > 0 && strings.HasSuffix(name, ")") {
		out = append(out, SourceName(name[:open]), SourceName(name[open+1:len(name)-1]))
	}
	return out
}

// SourceName is a source name as scoring compares it, and nothing looser:
// case, punctuation and spacing ignored ("coast guard" = "coastguard"),
// British spelling made American ("organisers" = "organizers", "Defence" =
// "Defense"), and "Ministry of X" read as "X Ministry" ("UK Ministry of
// Defence" = "UK Defence Ministry").
func SourceName(name string) string {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	for i := 0; i+2 < len(words); i++ {
		if words[i] == "ministry" && words[i+1] == "of" {
			// "ministry of X …" → "X … ministry"
			rest := append([]string{}, words[i+2:]...)
			words = append(append(words[:i], rest...), "ministry")
			break
		}
	}
	var b strings.Builder
	for _, w := range words {
		b.WriteString(american(w))
	}
	return b.String()
}

// american spells a British word the American way: defence → defense,
// organisers → organizers, labour → labor, centre → center.
func american(w string) string {
	for _, s := range britishSpellings {
		if strings.HasSuffix(w, s[0]) && len(w)-len(s[0]) >= int(s[2][0]-'0') {
			return w[:len(w)-len(s[0])] + s[1]
		}
	}
	return w
}

// britishSpellings are word endings and their American form, with the
// letters that must stand before the ending (so that "rise" stays "rise"
// and "hour" stays "hour").
var britishSpellings = [][3]string{
	{"isations", "izations", "1"}, {"isation", "ization", "1"},
	{"isers", "izers", "3"}, {"iser", "izer", "3"}, {"ised", "ized", "3"}, {"ising", "izing", "3"}, {"ises", "izes", "4"}, {"ise", "ize", "4"},
	{"defence", "defense", "0"}, {"offence", "offense", "0"}, {"licence", "license", "0"},
	{"centres", "centers", "0"}, {"centre", "center", "0"}, {"programme", "program", "0"},
	{"labour", "labor", "0"}, {"our", "or", "3"},
}

func (r *Result) finish() {
	r.Precision = ratio(r.Matched, r.Matched+r.FalsePos)
	r.Recall = ratio(r.Matched, r.Gold)
	r.F1 = f1(r.Precision, r.Recall)
	r.SourcedPrecision = ratio(r.Sourced, r.Matched+r.FalsePos)
	r.SourcedRecall = ratio(r.Sourced, r.Gold)
	r.SourcedF1 = f1(r.SourcedPrecision, r.SourcedRecall)
	r.SourceAcc = ratio(r.Sourced, r.Matched)
	r.QualifierAcc = ratio(r.QualifierRight, r.Matched)
	r.LocationAcc = ratio(r.LocationRight, r.Matched)
	r.SubjAcc = ratio(r.SubjectRight, r.Matched)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
