package pipeline

import (
	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
	"github.com/claimdiff/claimdiff/pkg/story"
)

// Grouper puts the articles of one write into stories (see package story):
// each joins a story among those stored and those begun in the same write,
// or begins its own. A story the article's metadata names is kept.
type Grouper struct {
	w      *sqlite.Writer
	index  *story.Index
	loaded bool
}

// NewGrouper groups the articles written through w, joining dated articles
// at most window days apart.
func NewGrouper(w *sqlite.Writer, window int) *Grouper {
	return &Grouper{w: w, index: story.NewIndex(window, placeParent)}
}

// placeParent is the place that contains a place, from the place data.
func placeParent(name string) string {
	places := lang.Places()
	if p := places.Parent(places.Lookup(name)); p != nil {
		return p.Name
	}
	return ""
}

// load reads the stored articles into the index, once, when the first
// article is grouped.
func (g *Grouper) load() error {
	if g.loaded {
		return nil
	}
	g.loaded = true
	return g.w.Grouped(func(a *sqlite.Grouped) error {
		g.index.Add(story.ProfileOf(&a.Article, a.Claims), a.Article.Story, a.StoryPlace)
		return nil
	})
}

// Article sets the story of an article about to be stored with its claims,
// and records the story in the store. An article stored already keeps its
// story; one without claims (stored for curating by hand) is grouped by the
// claims imported for it later, unless its metadata names a story.
func (g *Grouper) Article(a *claimdiff.Article, claims []claimdiff.Claim) error {
	if stored, err := g.w.Known(a.SHA256); err != nil || stored {
		return err
	}
	if len(claims) == 0 && a.Story == "" {
		return nil
	}
	if s, _, _, err := g.w.ArticleStory(a.Key); err != nil || s != "" {
		a.Story = s
		return err
	}
	return g.group(a, claims)
}

// group puts an article, with the claims that tell its story, in the story
// its metadata names, else in the story the index assigns, and records the
// story in the store.
func (g *Grouper) group(a *claimdiff.Article, claims []claimdiff.Claim) error {
	if err := g.load(); err != nil {
		return err
	}
	p := story.ProfileOf(a, claims)
	var place string
	if a.Story != "" {
		place = g.index.Join(p, a.Story)
	} else {
		a.Story, place = g.index.Assign(p)
	}
	return g.w.BeginStory(a.Story, place)
}

// Claims sets the story of imported claims: the story of their article
// when it is stored and grouped, else the story its claims tell, read from
// them as from an article's.
func (g *Grouper) Claims(claims []claimdiff.Claim) error {
	byArticle := map[string][]int{}
	var order []string
	for i := range claims {
		k := claims[i].Article
		if _, ok := byArticle[k]; !ok {
			order = append(order, k)
		}
		byArticle[k] = append(byArticle[k], i)
	}
	for _, key := range order {
		idx := byArticle[key]
		first := &claims[idx[0]]
		a := claimdiff.Article{Key: key, Outlet: first.Outlet, Published: first.Published, Story: first.Story}
		s, published, _, err := g.w.ArticleStory(key)
		if err != nil {
			return err
		}
		if a.Published.IsZero() {
			a.Published = published
		}
		if s != "" {
			a.Story = s
		} else {
			own := make([]claimdiff.Claim, len(idx))
			for n, i := range idx {
				own[n] = claims[i]
			}
			if a.Published.IsZero() {
				a.Published = first.StatedOn
			}
			if err := g.group(&a, own); err != nil {
				return err
			}
		}
		for _, i := range idx {
			claims[i].Story = a.Story
		}
	}
	return nil
}
