package cli

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/pkg/disputes"
	"github.com/claimdiff/claimdiff/pkg/report"
)

// StoriesOptions are the inputs of claimdiff stories.
type StoriesOptions struct {
	Env   *Env
	Store *storeOpener
	compareFlags
	Format string
}

// NewCmdStories builds claimdiff stories.
func NewCmdStories(env *Env, store *storeOpener, runF func(context.Context, *StoriesOptions) error) *cobra.Command {
	opts := &StoriesOptions{Env: env, Store: store}
	cmd := &cobra.Command{
		Use:   "stories",
		Short: "List the stories: the articles that tell one event, and their disputes",
		Long: `List the stories of the store: each is one event told by one or more
articles, perhaps by several outlets over days. Claims are compared only
within a story, and a claim that names no place is compared under its
story's place. For each story: its key, how many articles tell it, their
dates, the places its claims name (most named first), and its disputes.

'claimdiff ingest' groups each article into a story as it stores it (see
'claimdiff ingest --help' for how); --story on ingest, or a manifest's
"story", names the story instead. 'claimdiff conflicts --story KEY' shows
one story's disputes.`,
		Example: `  claimdiff stories
  claimdiff stories --format json | jq '.[] | select(.articles > 1)'
  claimdiff conflicts --story kursk-2024-11-12`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return storiesRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	opts.addRules(f)
	opts.addLimit(f, "stories")
	f.StringVar(&opts.Format, "format", "table", "output `FORMAT`: table, md, csv, json, html")
	return cmd
}

func storiesRun(ctx context.Context, opts *StoriesOptions) error {
	format, opt, err := opts.parse(opts.Format, reportFormats...)
	if err != nil {
		return err
	}
	db, err := opts.Store.Existing(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	stories, err := db.Stories(ctx)
	if err != nil {
		return err
	}
	q, err := opts.query()
	if err != nil {
		return err
	}
	ds, err := disputes.NewLoader(db, opt).Load(ctx, q, opt, nil)
	if err != nil {
		return err
	}
	count := map[string]int{}
	for i := range ds {
		count[ds[i].Quantity.Story]++
	}
	for i := range stories {
		stories[i].Disputes = count[stories[i].Key]
	}
	stories = limited(stories, opts.Limit)
	out := opts.Env.IO.Out
	switch format {
	case report.FormatJSON:
		return report.WriteStoriesJSON(out, stories)
	case report.FormatHTML:
		return report.WriteTablePage(out, "claimdiff · stories", report.StoriesTable(stories))
	}
	return report.StoriesTable(stories).Render(out, format, opts.Env.display())
}
