package cli

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimdiff/claimdiff/pkg/compare"
	"github.com/claimdiff/claimdiff/pkg/disputes"
	"github.com/claimdiff/claimdiff/pkg/ingest"
	"github.com/claimdiff/claimdiff/pkg/lang"
	"github.com/claimdiff/claimdiff/pkg/pipeline"
	"github.com/claimdiff/claimdiff/pkg/safe"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// IngestOptions are the inputs of claimdiff ingest.
type IngestOptions struct {
	Env   *Env
	Store *storeOpener

	Paths     []string
	Manifest  string
	Meta      metaFlags
	Jobs      int
	NoExtract bool
	NoRefresh bool
	Story     string
	Progress  bool
}

// metaFlags are the metadata flags shared by ingest and extract.
type metaFlags struct {
	Outlet, Published, Lang, URL string
}

func (m *metaFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&m.Outlet, "outlet", "", "outlet that published the articles, where the manifest gives none")
	f.StringVar(&m.Published, "published", "", "publication `DATE` (YYYY-MM-DD), where the manifest gives none")
	f.StringVar(&m.Lang, "lang", "", "language `CODE` (de, en, fr), where the manifest gives none; else detected")
	f.StringVar(&m.URL, "url", "", "`URL` of the article, for a single file")
}

func (m *metaFlags) options(paths []string, manifest string) (ingest.Options, error) {
	published, err := parseDateFlag("published", m.Published)
	if err != nil {
		return ingest.Options{}, err
	}
	langs := lang.Codes()
	if m.Lang != "" && !slices.Contains(langs, strings.ToLower(m.Lang)) {
		return ingest.Options{}, usagef("--lang %q is not a language claimdiff reads: %s (leave it out to have it detected)",
			m.Lang, strings.Join(langs, ", "))
	}
	if m.URL != "" && len(paths) != 1 {
		return ingest.Options{}, usagef("--url names one article: give one file, not %d paths", len(paths))
	}
	for _, f := range []struct {
		flag string
		err  error
	}{{"outlet", safe.CheckName("outlet", m.Outlet, safe.MaxName)}, {"url", safe.CheckURL("url", m.URL)}} {
		if f.err != nil {
			return ingest.Options{}, usagef("--%s: %v", f.flag, f.err)
		}
	}
	return ingest.Options{
		Manifest:  manifest,
		Defaults:  ingest.Meta{Outlet: m.Outlet, Published: published, Language: strings.ToLower(m.Lang), URL: m.URL},
		Languages: langs,
	}, nil
}

// NewCmdIngest builds claimdiff ingest. runF replaces ingestRun in tests.
func NewCmdIngest(env *Env, store *storeOpener, runF func(context.Context, *IngestOptions) error) *cobra.Command {
	opts := &IngestOptions{Env: env, Store: store}
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles, extract their claims and store both",
		Long: `Read articles and store them, with the claims extracted from them, in the
store — all in one transaction: if any input is bad, nothing is stored.

PATH is a plain-text file (.txt), an HTML page (.html, .htm), a JSONL
article dump (.jsonl: one {"url","title","outlet","published","language",
"story","text"} object per line), a folder holding any of these, or - for a
JSONL dump on standard input. Only regular files are read: a named pipe,
device or socket is refused. Text must be UTF-8 (UTF-16 is converted). A
file may be at most 32 MiB and an article's text at most 8 MiB; of an
article with more than 5,000 figures the first 5,000 claims are kept, with
a warning. The language (--lang, or a manifest's or dump's "language") must
be one claimdiff reads: de, en or fr; left out, it is detected.

Metadata comes from the HTML page itself, from --manifest (JSONL, one
{"article","url","title","outlet","published","language","story"} object
per file),
from a manifest.jsonl inside a folder, or from the flags, in that order of
precedence after the manifest. An article whose text is already stored is
skipped, so ingesting the same files twice changes nothing — except an
article stored with --no-extract that has no claims yet: its claims are
extracted now. (One with curated claims imported is left to them.)

Each article joins a story — the same event told by several outlets over
days — or begins one: claims are compared only within a story. An article
joins the story of an earlier one whose figures stand mostly in the same
place when there is evidence that both tell one event: each figure both
give for the same thing counts two, a second thing both count one, a
source both name one. Articles dated at most 14 days apart need two; an
article without a date needs four, else it is a story of its own. --story
(or a manifest's "story") puts the articles in the story named instead;
'claimdiff stories' lists them.

Then the disputes of the parts of the store that gained claims are found
again and kept, so that 'claimdiff conflicts' answers at once — unless
those parts hold more than 250,000 claims (a large ingest): the next
'claimdiff conflicts' compares them then.`,
		Example: `  claimdiff ingest fixtures/
  claimdiff ingest articles/ --manifest articles/manifest.jsonl
  claimdiff ingest page.html --outlet "Der Spiegel" --lang de
  claimdiff ingest kursk/ --story "Kursk offensive"
  cat dump.jsonl | claimdiff ingest -`,
		Args: minArgs(1, "at least one file or folder to read"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return ingestRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Manifest, "manifest", "", "JSONL `FILE` with each article's outlet, date, language and URL")
	opts.Meta.register(cmd)
	cmd.Flags().IntVarP(&opts.Jobs, "jobs", "j", 0, "extraction workers (default: one per core)")
	cmd.Flags().BoolVar(&opts.NoExtract, "no-extract", false, "store the articles without extracting claims")
	cmd.Flags().BoolVar(&opts.Progress, "progress", false, "report progress on standard error every few seconds, also when it is not a terminal")
	cmd.Flags().StringVar(&opts.Story, "story", "", "put the articles in the story `NAME`, where the manifest names none, instead of grouping them")
	registerNoRefresh(cmd, &opts.NoRefresh)
	return cmd
}

func ingestRun(ctx context.Context, opts *IngestOptions) error {
	env := opts.Env
	iopts, err := opts.Meta.options(opts.Paths, opts.Manifest)
	if err != nil {
		return err
	}
	if iopts.Defaults.Story, err = ingest.StoryKey(opts.Story); err != nil {
		return usagef("--story: %v", err)
	}
	iopts.Stdin = env.IO.In
	iopts.Warn = func(msg string) { warn(env, msg) }

	db, err := opts.Store.Create(ctx)
	if err != nil {
		return stopped(ctx, err)
	}
	defer db.Close()

	start := env.Now()
	prog := newProgress(env, "ingest", ingest.Size(opts.Paths), opts.Progress)
	cfg := pipeline.Config{
		Paths:    opts.Paths,
		Options:  iopts,
		Workers:  opts.Jobs,
		Progress: prog.update,
	}
	if !opts.NoExtract {
		cfg.Extract = Extractor()
	}
	stats, err := pipeline.Ingest(ctx, db, cfg)
	prog.done()
	if err != nil {
		return stopped(ctx, err)
	}
	fmt.Fprintf(env.IO.Out, "ingested %s (%d already stored) with %s into %s in %s\n",
		plural(stats.Articles, "article"), stats.Skipped, plural(stats.Claims, "claim"),
		safe.Line(opts.Store.Name()), env.Now().Sub(start).Round(time.Millisecond))
	if stats.Updated > 0 {
		fmt.Fprintf(env.IO.Out, "updated the metadata of %s already stored, without extracting again\n", plural(stats.Updated, "article"))
	}
	if stats.Extracted > 0 {
		fmt.Fprintf(env.IO.Out, "extracted the claims of %s stored before without them\n", plural(stats.Extracted, "article"))
	}
	if stats.Replaced > 0 {
		fmt.Fprintf(env.IO.Out, "left out %s that curated claims stand for\n", plural(stats.Replaced, "extracted claim"))
	}
	if stats.Undated > 0 {
		fmt.Fprintf(env.IO.Err, "note: %d of %s came without a publication date. Each joins a story\n"+
			"only on strong evidence (the same figures, a source named in both); else its\n"+
			"claims are compared only with each other. Give dates with --published DATE or\n"+
			"a manifest's \"published\", or name the story with --story.\n",
			stats.Undated, plural(stats.Articles, "article"))
	}
	if (stats.Claims > 0 || stats.Updated > 0 || stats.Replaced > 0) && !opts.NoRefresh {
		return refreshDisputes(ctx, env, db)
	}
	return nil
}

func registerNoRefresh(cmd *cobra.Command, noRefresh *bool) {
	cmd.Flags().BoolVar(noRefresh, "no-refresh", false,
		"leave the disputes of the parts that gained claims to the next 'claimdiff conflicts'")
}

// refreshDisputes finds again, and keeps, the disputes of the parts of the
// store that gained claims (see disputes.Loader.Refresh), under the options they
// were kept under. The claims are stored by then: when it fails, it warns,
// and the next conflicts compares them; when Ctrl-C stopped it, it says so.
func refreshDisputes(ctx context.Context, env *Env, db *sqlite.DB) error {
	start := env.Now()
	// Under the options the kept disputes were found under: those of the
	// last conflicts, say --window 7.
	opt := compare.Defaults
	key, err := db.KeptOptions(ctx)
	if o, ok := disputes.OptionsOfKey(key); err == nil && ok {
		opt = o
	}
	n, err := disputes.NewLoader(db, opt).Refresh(ctx, opt, disputes.RefreshLimit)
	switch {
	case err != nil && ctx.Err() != nil:
		return &interruptedError{err: ctx.Err(), stored: true}
	case err != nil:
		fmt.Fprintf(env.IO.Err, "warning: the disputes were not brought up to date (%v); 'claimdiff conflicts' will\n", err)
	case n > 0:
		fmt.Fprintf(env.IO.Out, "updated the disputes of %s of the store in %s\n", plural(n, "part"),
			env.Now().Sub(start).Round(time.Millisecond))
	}
	return nil
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
