package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/eval"
	"github.com/claimdiff/claimdiff/pkg/safe"
)

// ScoreTable is an eval result as measure and value rows.
func ScoreTable(r *eval.Result) *Table {
	t := &Table{Header: []string{"MEASURE", "VALUE", "COUNTS"}}
	f := func(v float64) string { return fmt.Sprintf("%.3f", v) }
	t.Append("precision", f(r.Precision), fmt.Sprintf("%d matched of %d counted predictions", r.Matched, r.Matched+r.FalsePos))
	t.Append("recall", f(r.Recall), fmt.Sprintf("%d matched of %d gold claims", r.Matched, r.Gold))
	t.Append("F1", f(r.F1), "")
	t.Append("sourced F1", f(r.SourcedF1), fmt.Sprintf("%d matches with the right source", r.Sourced))
	t.Append("source accuracy", f(r.SourceAcc), fmt.Sprintf("%d of %d matches", r.Sourced, r.Matched))
	t.Append("qualifier accuracy", f(r.QualifierAcc), fmt.Sprintf("%d of %d matches", r.QualifierRight, r.Matched))
	t.Append("location accuracy", f(r.LocationAcc), fmt.Sprintf("%d of %d matches", r.LocationRight, r.Matched))
	t.Append("subject accuracy", f(r.SubjAcc), fmt.Sprintf("%d of %d matches", r.SubjectRight, r.Matched))
	t.Append("repeats", fmt.Sprint(r.Repeats), "predictions repeating a matched figure, not counted")
	if r.Optional > 0 {
		t.Append("optional", fmt.Sprint(r.Optional), fmt.Sprintf("gold claims counted neither way, %d of them predicted", r.OnOptional))
	}
	if r.Ignored > 0 {
		t.Append("ignored", fmt.Sprint(r.Ignored), "predictions in articles the gold does not cover")
	}
	return t
}

// WriteEvalDetails lists, for people, the gold claims that were missed, the
// predictions that match nothing, and the matches with a field wrong.
func WriteEvalDetails(w io.Writer, r *eval.Result) error {
	var b strings.Builder
	line := func(c *claimdiff.Claim) string {
		loc := c.Location
		if loc == "" {
			loc = "–"
		}
		return fmt.Sprintf("%s  %q %s %s  %s @ %s  by %s", c.Article, c.Raw, c.Qualifier, c.Metric, c.Subject, loc, c.Source)
	}
	fmt.Fprintf(&b, "\nMissed (%d gold claims no prediction matched):\n", len(r.Misses))
	for i := range r.Misses {
		fmt.Fprintf(&b, "  - %s\n", line(&r.Misses[i]))
	}
	fmt.Fprintf(&b, "\nFalse positives (%d):\n", len(r.Extra))
	for i := range r.Extra {
		fmt.Fprintf(&b, "  + %s\n", line(&r.Extra[i]))
		fmt.Fprintf(&b, "      in: %s\n", clip(r.Extra[i].Quote, 160))
	}
	fmt.Fprintf(&b, "\nMatches with a field wrong (%d):\n", len(r.Mismatch))
	for _, p := range r.Mismatch {
		fmt.Fprintf(&b, "  ~ %s  %q  wrong: %s\n", p.Gold.Article, p.Gold.Raw, strings.Join(p.Wrong, ", "))
		for _, field := range p.Wrong {
			g, q := fieldOf(&p.Gold, field), fieldOf(&p.Pred, field)
			fmt.Fprintf(&b, "      %-9s gold %q, got %q\n", field, g, q)
		}
	}
	_, err := io.WriteString(w, safe.Terminal(b.String()))
	return err
}

func fieldOf(c *claimdiff.Claim, field string) string {
	switch field {
	case "source":
		return c.Source
	case "qualifier":
		return string(c.Qualifier)
	case "location":
		return c.Location
	case "subject":
		return c.Subject
	}
	return ""
}

func clip(s string, n int) string {
	r := []rune(strings.ReplaceAll(s, "\n", " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
