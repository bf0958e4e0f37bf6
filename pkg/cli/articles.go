package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/report"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// ArticlesOptions are the inputs of claimdiff articles and its commands.
type ArticlesOptions struct {
	Env   *Env
	Store *storeOpener

	Story, Outlet string
	Limit         int
	Format        string
	ShowFormat    string
	Keys          []string
}

// NewCmdArticles builds claimdiff articles: list, show, remove.
func NewCmdArticles(env *Env, store *storeOpener) *cobra.Command {
	opts := &ArticlesOptions{Env: env, Store: store}
	cmd := &cobra.Command{
		Use:   "articles",
		Short: "List, show and remove stored articles",
		Long: `List the stored articles: key, outlet, publication date, story, how many
claims the store holds of each, and title. 'claimdiff articles show KEY'
prints one article's metadata and text; 'claimdiff articles remove KEY…'
removes articles with their claims, in one transaction.

An article's metadata (outlet, date, URL, title, story) is corrected by
ingesting it again with the new metadata: its text is not extracted again.`,
		Example: `  claimdiff articles
  claimdiff articles --story kursk-2024-11-12 --format json
  claimdiff articles show 001_bb2f8355f90a2314.txt
  claimdiff articles remove d012.txt d013.txt`,
		Args: exactArgs(0, "no arguments; see 'claimdiff articles show' and 'claimdiff articles remove'"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return articlesList(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Story, "story", "", "only the articles of this `STORY`")
	f.StringVar(&opts.Outlet, "outlet", "", "only the articles of this `OUTLET`")
	addLimit(f, &opts.Limit, "articles")
	f.StringVar(&opts.Format, "format", "table", "output `FORMAT`: table, md, csv, json, html")

	show := &cobra.Command{
		Use:   "show KEY",
		Short: "Print one article's metadata and text",
		Example: `  claimdiff articles show 001_bb2f8355f90a2314.txt
  claimdiff articles show d012.txt --format json | jq .url`,
		Args: exactArgs(1, "one article key"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Keys = args
			return articlesShow(cmd.Context(), opts)
		},
	}
	show.Flags().StringVar(&opts.ShowFormat, "format", "text", "output `FORMAT`: text, json")

	remove := &cobra.Command{
		Use:   "remove KEY...",
		Short: "Remove articles with their claims",
		Long: `Remove the articles with these keys, with their claims, in one transaction:
when one of them is not stored, nothing is removed (exit 3). The disputes
their claims stood in are found again.`,
		Example: `  claimdiff articles remove d012.txt
  claimdiff articles --story undated-1 --format json | jq -r '.[].article' | xargs claimdiff articles remove`,
		Args: minArgs(1, "at least one article key"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Keys = args
			return articlesRemove(cmd.Context(), opts)
		},
	}
	cmd.AddCommand(show, remove)
	return cmd
}

func articlesList(ctx context.Context, opts *ArticlesOptions) error {
	format, err := report.ParseFormat(opts.Format, reportFormats...)
	if err != nil {
		return usagef("--format: %v", err)
	}
	if err := checkLimit(opts.Limit); err != nil {
		return err
	}
	db, err := opts.Store.Existing(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := requireStory(ctx, db, opts.Story); err != nil {
		return err
	}
	if err := requireKnown(ctx, db, named{"outlet", sqlite.KnownOutlet, opts.Outlet}); err != nil {
		return err
	}
	list, err := db.Articles(ctx, sqlite.ArticleFilter{Story: opts.Story, Outlet: opts.Outlet, Limit: opts.Limit})
	if err != nil {
		return err
	}
	out := opts.Env.IO.Out
	switch format {
	case report.FormatJSON:
		return report.WriteArticlesJSON(out, list)
	case report.FormatHTML:
		return report.WriteTablePage(out, "claimdiff · articles", report.ArticlesTable(list))
	}
	return report.ArticlesTable(list).Render(out, format, opts.Env.display())
}

func articlesShow(ctx context.Context, opts *ArticlesOptions) error {
	if opts.ShowFormat != "text" && opts.ShowFormat != "json" {
		return usagef("--format %q is not one of text, json", opts.ShowFormat)
	}
	db, err := opts.Store.Existing(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	a, err := db.Article(ctx, opts.Keys[0])
	if err != nil {
		return err
	}
	listed, err := db.Articles(ctx, sqlite.ArticleFilter{})
	if err != nil {
		return err
	}
	claims := 0
	for _, l := range listed {
		if l.Key == a.Key {
			claims, a.Story = l.Claims, l.Story
		}
	}
	out := opts.Env.IO.Out
	if opts.ShowFormat == "json" {
		return report.WriteArticleJSON(out, claimdiff.ListedArticle{Article: a, Claims: claims})
	}
	field := func(name, value string) {
		if value == "" {
			value = "–"
		}
		fmt.Fprintf(out, "%-10s %s\n", name+":", value)
	}
	field("article", a.Key)
	field("outlet", a.Outlet)
	field("published", claimdiff.FormatDate(a.Published))
	field("url", a.URL)
	field("title", a.Title)
	field("language", a.Language)
	field("story", a.Story)
	field("claims", fmt.Sprint(claims))
	if a.Text == "" {
		fmt.Fprintln(out, "\n(its text is not stored: it is known from imported claims only)")
		return nil
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, strings.TrimRight(a.Text, "\n"))
	return nil
}

func articlesRemove(ctx context.Context, opts *ArticlesOptions) error {
	db, err := opts.Store.Existing(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	claims, err := db.RemoveArticles(ctx, opts.Keys)
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.Env.IO.Out, "removed %s with %s from %s\n", plural(len(opts.Keys), "article"),
		plural(claims, "claim"), opts.Store.Name())
	refreshDisputes(ctx, opts.Env, db)
	return nil
}
