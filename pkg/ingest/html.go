package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html/charset"
)

// page is what an HTML file yields: its main text and its metadata.
type page struct {
	Text string
	Meta Meta
}

// parseHTML extracts the article text of a web page with readability
// (Mozilla's algorithm, as Firefox's reader view uses it), which drops
// navigation, teasers and comments, and reads the title, the site name
// (og:site_name) and the publication date (article:published_time, JSON-LD
// and similar) from the page's metadata.
func parseHTML(data []byte, pageURL string) (page, error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return page{}, errors.New("binary file (it holds NUL bytes), not an HTML page")
	}
	// A page in another charset (ISO-8859-1 on older German sites) is
	// decoded by the charset it declares.
	if !utf8.Valid(data) {
		enc, name, _ := charset.DetermineEncoding(data, "text/html")
		decoded, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return page{}, fmt.Errorf("cannot decode the page from %s: %v", name, err)
		}
		data = decoded
	}
	// The HTML parser takes time that grows with the square of the nesting:
	// a page nested thousands of levels deep is no article, and is refused
	// before it is parsed.
	if d := nestingDepth(data); d > maxNesting {
		return page{}, fmt.Errorf("HTML nested %d levels deep (the limit is %d): not an article page", d, maxNesting)
	}
	u, err := url.Parse(pageURL)
	if err != nil || pageURL == "" {
		u = &url.URL{Scheme: "file", Path: "/"}
	}
	parser := readability.NewParser()
	// A page of more than this many elements is not an article; the limit
	// bounds the work on a hostile or broken page.
	parser.MaxElemsToParse = 200_000
	parser.CharThresholds = 100
	res, err := parser.Parse(bytes.NewReader(data), u)
	if err != nil {
		return page{}, errors.New("no article text found in the page: " + err.Error())
	}
	text := strings.TrimSpace(blockText(res.Node))
	if text == "" {
		text = strings.TrimSpace(res.TextContent)
	}
	if text == "" {
		return page{}, errors.New("no article text found in the page")
	}
	text = strings.ToValidUTF8(text, "\uFFFD")
	m := Meta{URL: pageURL, Title: strings.TrimSpace(res.Title), Outlet: strings.TrimSpace(res.SiteName), Language: langCode(res.Language)}
	if res.PublishedTime != nil && !res.PublishedTime.IsZero() {
		m.Published, _ = ParseTime(res.PublishedTime.Format("2006-01-02"))
	}
	return page{Text: text, Meta: m}, nil
}

// maxNesting is the deepest nesting of elements a page may have.
const maxNesting = 1000

// nestingDepth is how deep the page's elements nest, counted on the tokens
// in one linear pass. Elements that HTML closes by themselves (p, li, td…)
// and void elements do not count.
func nestingDepth(data []byte) int {
	z := html.NewTokenizer(bytes.NewReader(data))
	depth, deepest := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			name, _ := z.TagName()
			if !selfClosing[atom.Lookup(name)] {
				depth++
				deepest = max(deepest, depth)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if !selfClosing[atom.Lookup(name)] && depth > 0 {
				depth--
			}
		}
	}
}

var selfClosing = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Option: true, atom.Optgroup: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Colgroup: true,
	atom.Caption: true, atom.Rb: true, atom.Rt: true, atom.Rp: true, atom.Head: true, atom.Body: true, atom.Html: true,
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true, atom.Img: true,
	atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// blockText writes the text of the extracted content with one line per
// paragraph, heading or list item: a plain text of the page runs
// paragraphs together, and a headline run into the lead reads as one
// sentence.
func blockText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(spaces.ReplaceAllString(n.Data, " "))
			return
		case html.ElementNode:
			if n.DataAtom == atom.Br {
				b.WriteByte('\n')
				return
			}
		}
		block := n.Type == html.ElementNode && blockElements[n.DataAtom]
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(n)
	lines := strings.Split(b.String(), "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

var spaces = regexp.MustCompile(`\s+`)

var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Tr: true, atom.Section: true, atom.Article: true,
	atom.Pre: true, atom.Figcaption: true, atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Head: true,
}

// langCode keeps the ISO 639-1 part of a page language such as "de-DE".
func langCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	if !validLanguage(s) {
		return ""
	}
	return s
}
