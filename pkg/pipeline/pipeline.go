// Package pipeline runs the ingest pipeline: read articles (ingest), extract
// their claims on every core (extract), store them in one transaction
// (sqlite). It owns the concurrency so that each stage stays a plain
// function of its inputs.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/ingest"
	"github.com/claimdiff/claimdiff/pkg/safe"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// ExtractFunc turns an article into its claims. It may fill in the
// article's language. It must be safe to call from several goroutines.
type ExtractFunc func(a *claimdiff.Article) []claimdiff.Claim

// Config is one ingest.
type Config struct {
	Paths   []string
	Options ingest.Options
	Extract ExtractFunc // nil stores articles without claims
	Workers int         // extraction goroutines; 0 means one per core
	// Progress, when set, is called after each article is stored or
	// skipped, from the storing goroutine, with how many articles and
	// bytes of input (see ingest.Document.Size) are done.
	Progress func(done int, bytes int64, s sqlite.Stats)
	// Stored, when set, tells the articles already stored, whose claims
	// need not be extracted again. It is called from several goroutines.
	Stored func(sha256 string) bool
	// Window is how many days apart two dated articles may be and still
	// tell one story (see package story); 0 means 14.
	Window int
}

// MaxClaims is the most claims kept of one article: 5,000, some hundred
// times what a news article holds. A page of tables can hold more figures;
// its first MaxClaims are kept, and a warning names the article, so that
// one page neither stops a large ingest nor floods the store.
const MaxClaims = 5000

type job struct {
	seq int
	doc ingest.Document
}

type result struct {
	seq    int
	doc    ingest.Document
	claims []claimdiff.Claim
}

// Ingest reads, extracts and stores the articles under cfg.Paths in one
// transaction of db: on any error nothing is stored. Articles are stored
// in the order they are read, whatever order extraction finishes in.
func Ingest(ctx context.Context, db *sqlite.DB, cfg Config) (sqlite.Stats, error) {
	w, err := db.Begin(ctx, "ingest")
	if err != nil {
		return sqlite.Stats{}, err
	}
	defer w.Rollback()
	w.SetExtracting(cfg.Extract != nil)
	// A re-ingest skips extraction: an article already stored is only read
	// and hashed. (A failed lookup just means extracting.)
	cfg.Stored = func(sha string) bool {
		ok, _ := w.Stored(sha)
		return ok
	}
	window := cfg.Window
	if window <= 0 {
		window = 14
	}
	stories := NewGrouper(w, window)
	done, bytes := 0, int64(0)
	err = Run(ctx, cfg, func(d ingest.Document, claims []claimdiff.Claim) error {
		if err := stories.Article(&d.Article, claims); err != nil {
			return err
		}
		if _, err := w.AddArticle(&d.Article, claims); err != nil {
			if claimdiff.ErrorCode(err) == claimdiff.EINVALID {
				return claimdiff.Invalid(d.Origin, err)
			}
			return err
		}
		done++
		bytes += d.Size
		if cfg.Progress != nil {
			cfg.Progress(done, bytes, w.Stats())
		}
		return nil
	})
	if err != nil {
		return sqlite.Stats{}, err
	}
	return w.Commit()
}

// Run reads the articles under cfg.Paths, extracts their claims on
// cfg.Workers goroutines, and hands each article with its claims to sink,
// one at a time and in reading order. It stops at the first error of
// reading or of sink.
//
// Names are cleaned on the way (see safe.Names): an article's outlet and
// title before extraction, the names of its claims after, and text over
// its limit cut. What was changed is told once, through
// cfg.Options.Warn, at the end.
func Run(ctx context.Context, cfg Config, sink func(ingest.Document, []claimdiff.Claim) error) error {
	var names safe.Names
	err := run(ctx, cfg, &names, sink)
	if err == nil && cfg.Options.Warn != nil {
		for _, w := range names.Warnings() {
			cfg.Options.Warn(w)
		}
	}
	return err
}

func run(ctx context.Context, cfg Config, names *safe.Names, sink func(ingest.Document, []claimdiff.Claim) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan job, 4*workers)
	results := make(chan result, 4*workers)

	// Read.
	var readErr error
	readDone := make(chan struct{})
	go func() {
		defer close(readDone)
		defer close(jobs)
		seq := 0
		readErr = ingest.Walk(cfg.Paths, cfg.Options, func(d ingest.Document) error {
			names.Article(&d.Article)
			select {
			case jobs <- job{seq, d}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	// Extract.
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				var claims []claimdiff.Claim
				if cfg.Extract != nil && (cfg.Stored == nil || !cfg.Stored(j.doc.Article.SHA256)) {
					claims = cfg.Extract(&j.doc.Article)
					for i := range claims {
						names.Claim(&claims[i], false) // lenient: never fails
					}
				}
				select {
				case results <- result{j.seq, j.doc, claims}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Hand on, in reading order.
	pending := map[int]result{}
	next := 0
	var sinkErr error
	for r := range results {
		if sinkErr != nil {
			continue // drain
		}
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if len(r.claims) > MaxClaims {
				if cfg.Options.Warn != nil {
					cfg.Options.Warn(fmt.Sprintf("%s: %d figures found; only the first %d are kept (at most %d claims an article)",
						r.doc.Origin, len(r.claims), MaxClaims, MaxClaims))
				}
				r.claims = r.claims[:MaxClaims]
			}
			if err := sink(r.doc, r.claims); err != nil {
				sinkErr = err
				cancel()
				break
			}
		}
	}
	<-readDone
	if sinkErr != nil {
		return sinkErr
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}
