package claimdiff

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// record is the claim record of the claims format, field for field, in the
// order the format lists them. Optional strings are pointers so that an
// empty value is written as null.
type record struct {
	Article    string          `json:"article"`
	Quote      string          `json:"quote"`
	Raw        string          `json:"raw"`
	Qualifier  Qualifier       `json:"qualifier"`
	Value      *float64        `json:"value"`
	Value2     *float64        `json:"value2"`
	Low        json.RawMessage `json:"low"`
	High       json.RawMessage `json:"high"`
	Metric     Metric          `json:"metric"`
	Subject    string          `json:"subject"`
	Location   *string         `json:"location"`
	Source     string          `json:"source"`
	SourceKind SourceKind      `json:"source_kind"`
	Via        *string         `json:"via"`
	Period     *string         `json:"period"`
	Outlet     *string         `json:"outlet"`
	Published  *string         `json:"published"`
	StatedOn   *string         `json:"stated_on"`
	// The article's URL and title, where known: written only then, so that
	// extracted and gold records stay as the format lists them.
	URL        string   `json:"url,omitempty"`
	Title      string   `json:"title,omitempty"`
	SourceAlts []string `json:"source_alts,omitempty"`
	Optional   bool     `json:"optional,omitempty"`
	// Beyond the format: where the figure stands and who produced it, so
	// that an exported store re-imports to the same rows.
	SpanStart        *int    `json:"span_start,omitempty"`
	SpanEnd          *int    `json:"span_end,omitempty"`
	Extractor        string  `json:"extractor,omitempty"`
	ExtractorVersion string  `json:"extractor_version,omitempty"`
	Review           *Review `json:"review,omitempty"`
}

// MarshalJSON writes the claim as a claim record.
func (c Claim) MarshalJSON() ([]byte, error) {
	r := record{
		Article: c.Article, Quote: c.Quote, Raw: c.Raw, Qualifier: c.Qualifier,
		Value: Float(c.Value), Value2: c.Value2,
		Low: numberOrNull(c.Low), High: numberOrNull(c.High),
		Metric: c.Metric, Subject: c.Subject, Location: orNull(c.Location),
		Source: c.Source, SourceKind: c.SourceKind, Via: orNull(c.Via), Period: orNull(c.Period),
		Outlet: orNull(c.Outlet), Published: orNull(FormatDate(c.Published)), StatedOn: orNull(FormatDate(c.StatedOn)),
		URL: c.URL, Title: c.Title,
		SourceAlts: c.SourceAlts, Optional: c.Optional, Extractor: c.Extractor, ExtractorVersion: c.ExtractorVersion,
	}
	if c.Span != (Span{}) {
		r.SpanStart, r.SpanEnd = &c.Span.Start, &c.Span.End
	}
	if c.Review != "" {
		r.Review = &c.Review
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // quotes are printed as in the article; JSON needs no HTML escaping
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// UnmarshalJSON reads a claim record. It checks the JSON types only; call
// Validate for the rest. Absent low and high are derived from the
// qualifier by the normalization policy; null is an open end.
func (c *Claim) UnmarshalJSON(data []byte) error {
	var r record
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&r); err != nil {
		return describeJSONError(err)
	}
	if r.Value == nil {
		return errors.New(`"value" is missing`)
	}
	*c = Claim{
		Article: r.Article, Quote: r.Quote, Raw: r.Raw, Qualifier: r.Qualifier,
		Value: *r.Value, Value2: r.Value2,
		Metric: r.Metric, Subject: r.Subject, Location: deref(r.Location),
		Source: r.Source, SourceKind: r.SourceKind, Via: deref(r.Via), Period: deref(r.Period),
		Outlet: deref(r.Outlet), URL: r.URL, Title: r.Title, SourceAlts: r.SourceAlts, Optional: r.Optional,
		Extractor: r.Extractor, ExtractorVersion: r.ExtractorVersion,
	}
	if r.SpanStart != nil && r.SpanEnd != nil {
		c.Span = Span{*r.SpanStart, *r.SpanEnd}
	}
	if r.Review != nil {
		c.Review = *r.Review
	}
	var err error
	if c.Published, err = ParseDate(deref(r.Published)); err != nil {
		return fmt.Errorf(`"published" %q is not a YYYY-MM-DD date`, deref(r.Published))
	}
	if c.StatedOn, err = ParseDate(deref(r.StatedOn)); err != nil {
		return fmt.Errorf(`"stated_on" %q is not a YYYY-MM-DD date`, deref(r.StatedOn))
	}
	lowSet, highSet := len(r.Low) > 0, len(r.High) > 0
	if c.Low, err = parseBound("low", r.Low); err != nil {
		return err
	}
	if c.High, err = parseBound("high", r.High); err != nil {
		return err
	}
	if (!lowSet || !highSet) && c.Qualifier.Valid() {
		low, high, err := Bounds(c.Qualifier, c.Value, c.Value2)
		if err != nil {
			return err
		}
		if !lowSet {
			c.Low = low
		}
		if !highSet {
			c.High = high
		}
	}
	return nil
}

// DecodeClaim reads and checks one claim record.
func DecodeClaim(data []byte) (Claim, error) {
	var c Claim
	// Called directly rather than through json.Unmarshal, whose own syntax
	// check would answer before describeJSONError could name the problem.
	if err := c.UnmarshalJSON(data); err != nil {
		return c, err
	}
	return c, c.Validate()
}

// Validate checks a claim against the claim record's rules: required fields,
// enums, finite numbers, low ≤ high, value2 only on ranges.
func (c *Claim) Validate() error {
	switch {
	case strings.TrimSpace(c.Article) == "":
		return errors.New(`"article" is empty`)
	case strings.TrimSpace(c.Raw) == "":
		return errors.New(`"raw" is empty`)
	case !c.Qualifier.Valid():
		return fmt.Errorf(`"qualifier" %q is not one of %s`, c.Qualifier, join(Qualifiers))
	case !c.Metric.Valid():
		return fmt.Errorf(`"metric" %q is not one of %s`, c.Metric, join(Metrics))
	case !c.SourceKind.Valid():
		return fmt.Errorf(`"source_kind" %q is not one of %s`, c.SourceKind, join(SourceKinds))
	case strings.TrimSpace(c.Source) == "":
		return errors.New(`"source" is empty`)
	case strings.TrimSpace(c.Subject) == "":
		return errors.New(`"subject" is empty`)
	case c.Review != "" && !c.Review.Valid():
		return fmt.Errorf(`"review" %q is not one of %s`, c.Review, join(Reviews))
	}
	if err := c.CheckText(); err != nil {
		return err
	}
	if err := c.CheckNumbers(); err != nil {
		return err
	}
	if c.Qualifier == Range {
		if c.Value2 == nil {
			return errors.New(`a range needs "value2"`)
		}
		if *c.Value2 < c.Value {
			return fmt.Errorf(`"value2" %g is below "value" %g`, *c.Value2, c.Value)
		}
	} else if c.Value2 != nil {
		return fmt.Errorf(`"value2" is set but the qualifier %q is not "range"`, c.Qualifier)
	}
	if c.Low != nil && c.High != nil && *c.Low > *c.High {
		return fmt.Errorf(`"low" %g is above "high" %g`, *c.Low, *c.High)
	}
	if c.Span.Start < 0 || c.Span.End < c.Span.Start {
		return fmt.Errorf("span %d–%d is not a range", c.Span.Start, c.Span.End)
	}
	return nil
}

func parseBound(name string, raw json.RawMessage) (*float64, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var v float64
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, fmt.Errorf(`"%s" must be a number or null, not %s`, name, raw)
	}
	return &v, nil
}

func numberOrNull(v *float64) json.RawMessage {
	if v == nil {
		return json.RawMessage("null")
	}
	b, _ := json.Marshal(*v)
	return b
}

func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func join[T ~string](list []T) string {
	parts := make([]string, len(list))
	for i, v := range list {
		parts[i] = string(v)
	}
	return strings.Join(parts, ", ")
}

// describeJSONError turns encoding/json's messages into ones that name the field.
func describeJSONError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Errorf(`"%s" must be a %s, not a JSON %s`, te.Field, te.Type, te.Value)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("not valid JSON at byte %d: %v", se.Offset, err)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("not valid JSON: the line ends before the object does")
	}
	return err
}
