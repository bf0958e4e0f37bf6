package report

import (
	"fmt"
	"io"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// ArticlesTable is one row per stored article.
func ArticlesTable(list []claimdiff.ListedArticle) *Table {
	t := &Table{Header: []string{"ARTICLE", "OUTLET", "PUBLISHED", "STORY", "CLAIMS", "TITLE"}}
	for _, a := range list {
		published := claimdiff.FormatDate(a.Published)
		if published == "" {
			published = "–"
		}
		t.Append(a.Key, a.Outlet, published, a.Story, fmt.Sprint(a.Claims), a.Title)
	}
	return t
}

type articleJSON struct {
	Article   string  `json:"article"`
	URL       *string `json:"url"`
	Title     *string `json:"title"`
	Outlet    *string `json:"outlet"`
	Published *string `json:"published"`
	Language  *string `json:"language"`
	Story     *string `json:"story"`
	Claims    int     `json:"claims"`
	Text      bool    `json:"text"` // its text is stored (false: known from imported claims only)
}

// WriteArticlesJSON writes stored articles in the documented JSON shape.
func WriteArticlesJSON(w io.Writer, list []claimdiff.ListedArticle) error {
	out := make([]articleJSON, len(list))
	for i, a := range list {
		out[i] = articleJSONOf(a)
	}
	return writeJSON(w, out)
}

func articleJSONOf(a claimdiff.ListedArticle) articleJSON {
	return articleJSON{Article: a.Key, URL: nullable(a.URL), Title: nullable(a.Title), Outlet: nullable(a.Outlet),
		Published: nullable(claimdiff.FormatDate(a.Published)), Language: nullable(a.Language), Story: nullable(a.Story),
		Claims: a.Claims, Text: a.SHA256 != ""}
}

// WriteArticleJSON writes one stored article, its text with it.
func WriteArticleJSON(w io.Writer, a claimdiff.ListedArticle) error {
	type withText struct {
		articleJSON
		Body string `json:"text"`
	}
	return writeJSON(w, withText{articleJSON: articleJSONOf(a), Body: a.Text})
}
