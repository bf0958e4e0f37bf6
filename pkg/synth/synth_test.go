package synth

import (
	"strings"
	"testing"
)

func TestDeterministicAndSpansHold(t *testing.T) {
	collect := func() []string {
		var out []string
		err := Generate(Config{Articles: 50}, func(d *Doc) error {
			out = append(out, d.Article.Text)
			for _, c := range d.Claims {
				if c.Span.Start < 0 || c.Span.End > len(d.Article.Text) || d.Article.Text[c.Span.Start:c.Span.End] != c.Raw {
					t.Fatalf("%s: span %v does not hold %q", d.Article.Key, c.Span, c.Raw)
				}
				if !strings.Contains(d.Article.Text, c.Quote) {
					t.Fatalf("%s: quote not in text", d.Article.Key)
				}
				if err := c.Validate(); err != nil {
					t.Fatalf("%s: %v", d.Article.Key, err)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	a, b := collect(), collect()
	if strings.Join(a, "\x00") != strings.Join(b, "\x00") {
		t.Error("the same config gave two corpora")
	}
	if len(a) != 50 {
		t.Errorf("%d articles", len(a))
	}
}
