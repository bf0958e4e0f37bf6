package ingest

import (
	"bytes"
	"errors"
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// page is what an HTML file yields: its main text and its metadata.
type page struct {
	Text string
	Meta Meta
}

// parseHTML extracts the article text of a web page with trafilatura, which
// drops navigation, teasers and comments, and reads the title, the site name
// (og:site_name) and the publication date (article:published_time and
// similar) from the page's metadata.
func parseHTML(data []byte, pageURL string) (page, error) {
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		ExcludeTables:   false,
		// A page of more than this many elements is not an article; the
		// limit bounds the work on a hostile or broken page.
		MaxTreeSize: 200_000,
	}
	if pageURL != "" {
		if u, err := url.Parse(pageURL); err == nil {
			opts.OriginalURL = u
		}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return page{}, errors.New("binary file (it holds NUL bytes), not an HTML page")
	}
	res, err := trafilatura.Extract(bytes.NewReader(data), opts)
	if err != nil {
		return page{}, errors.New("no article text found in the page: " + err.Error())
	}
	text := strings.TrimSpace(blockText(res.ContentNode))
	if text == "" {
		text = strings.TrimSpace(res.ContentText)
	}
	if text == "" {
		return page{}, errors.New("no article text found in the page")
	}
	md := res.Metadata
	m := Meta{URL: md.URL, Title: strings.TrimSpace(md.Title), Outlet: strings.TrimSpace(md.Sitename), Language: langCode(md.Language)}
	if !md.Date.IsZero() {
		d := md.Date
		m.Published, _ = ParseTime(d.Format("2006-01-02"))
	}
	return page{Text: text, Meta: m}, nil
}

// blockText writes the text of the extracted content with one line per
// paragraph, heading or list item: trafilatura's own ContentText runs
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
