package report

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/safe"
)

// ClaimsTable lists claims for people: the figure as printed, the interval
// it allows, what it counts and who says it.
func ClaimsTable(claims []claimdiff.Claim) *Table {
	t := &Table{Header: []string{"ARTICLE", "FIGURE", "QUALIFIER", "INTERVAL", "METRIC", "SUBJECT", "LOCATION", "SOURCE", "VIA", "STATED"}}
	for i := range claims {
		c := &claims[i]
		t.Append(c.Article, c.Raw, string(c.Qualifier), Interval(c.Low, c.High), string(c.Metric), c.Subject,
			dash(c.Location), c.Source, dash(c.Via), dash(claimdiff.FormatDate(c.StatedOn)))
		t.Link(0, c.ArticleURL())
	}
	return t
}

// ClaimsCSV lists claims with every field of the claim record, one column
// each, and the article's URL and title.
func ClaimsCSV(claims []claimdiff.Claim) *Table {
	t := &Table{Header: []string{"article", "quote", "raw", "qualifier", "value", "value2", "low", "high", "metric",
		"subject", "location", "source", "source_kind", "via", "period", "outlet", "published", "stated_on", "url", "title"}}
	for i := range claims {
		c := &claims[i]
		t.Append(c.Article, c.Quote, c.Raw, string(c.Qualifier), num(&c.Value), num(c.Value2), num(c.Low), num(c.High),
			string(c.Metric), c.Subject, c.Location, c.Source, string(c.SourceKind), c.Via, c.Period, c.Outlet,
			claimdiff.FormatDate(c.Published), claimdiff.FormatDate(c.StatedOn), c.ArticleURL(), c.Title)
	}
	return t
}

// JSONLWriter writes claims as claim records, one a line.
type JSONLWriter struct {
	w *bufio.Writer
}

// NewJSONLWriter returns a writer of claim records to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter { return &JSONLWriter{w: bufio.NewWriter(w)} }

// WriteClaimsJSON writes claims as one JSON list of claim records.
func WriteClaimsJSON(w io.Writer, claims []claimdiff.Claim) error {
	if claims == nil {
		claims = []claimdiff.Claim{}
	}
	return writeJSON(w, claims)
}

// Write writes one claim.
func (j *JSONLWriter) Write(c *claimdiff.Claim) error {
	b, err := json.Marshal(c)
	if err != nil {
		return err
	}
	j.w.Write(safe.JSON(b))
	return j.w.WriteByte('\n')
}

// Flush writes what is buffered.
func (j *JSONLWriter) Flush() error { return j.w.Flush() }

// WriteJSONL writes claims as claim records, one a line.
func WriteJSONL(w io.Writer, claims []claimdiff.Claim) error {
	j := NewJSONLWriter(w)
	for i := range claims {
		if err := j.Write(&claims[i]); err != nil {
			return err
		}
	}
	return j.Flush()
}

// Number writes a count the way people read it: 11,000.
func Number(v float64) string { return claimdiff.FormatNumber(v) }

// Interval writes [low, high] compactly: "45,000–50,000", "≥10,000".
func Interval(low, high *float64) string { return claimdiff.FormatInterval(low, high) }

func num(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// articleLabel names a claim's article for people: its title, else its
// URL, else its key (a file name, when nothing else is stored).
func articleLabel(c *claimdiff.Claim) string {
	switch {
	case c.Title != "":
		return c.Title
	case c.ArticleURL() != "":
		return c.ArticleURL()
	}
	return c.Article
}

func dash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

func escapeHTML(s string) string { return safe.HTML(s) }
