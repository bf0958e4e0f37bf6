package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// Stats counts what one write did.
type Stats struct {
	Articles       int // articles stored
	Skipped        int // articles already stored with the same text
	Claims         int // claims stored
	ClaimsExisting int // claims already stored
	Undated        int // articles stored without a publication date
	Stories        int // stories begun
	// Replaced counts the extracted claims a curated claim replaced, or
	// that were not stored because one had (see replaceExtracted).
	Replaced int
	Updated  int // articles already stored whose metadata changed
	// Extracted counts the articles stored before without claims (ingest
	// --no-extract) whose claims this write extracted.
	Extracted int
}

// Writer is one write transaction, an ingest or an import: everything added
// through it is stored by Commit, or nothing is.
type Writer struct {
	db *DB
	// ctx runs the statements: it is never cancelled, because the driver
	// watches a cancellable context with a goroutine per statement, which
	// costs more than the insert. cancel is checked once per article.
	ctx, cancel context.Context
	tx          *sql.Tx
	runID       int64
	stats       Stats

	stmtArticleByKey, stmtInsertArticle, stmtFillArticle *sql.Stmt
	stmtInsertClaim, stmtSource, stmtOutlet, stmtAlias   *sql.Stmt
	stmtStory, stmtArticleDone, stmtExtracted            *sql.Stmt

	// lookMu serializes lookText: Stored is asked from the extracting
	// goroutines while the adding one asks Known, and one prepared
	// statement read from two goroutines at once hands each the other's
	// row (an article then seemed stored under another name).
	lookMu sync.Mutex

	// extracting: the articles added come with their extracted claims (an
	// ingest without --no-extract). See SetExtracting.
	extracting bool

	sources  map[string]int64
	outlets  map[string]int64
	articles map[string]articleRef // by key, for imports
	parts    map[string]int        // claims added per part, less those removed
	removed  map[string]bool       // parts a claim was removed from: their kept results go
	stories  map[string]string     // story key → place, as read or begun
	looked   map[string]looked     // articles by digest of their text, as Known found them
}

type articleRef struct {
	id        int64
	published time.Time
	story     string
	// known: the article was stored before this write, so that curated
	// claims may stand for figures of its text.
	known bool
}

// Begin starts a write transaction for command ("ingest", "import"). It
// waits for another process's write to finish (see BusyTimeout).
//
// The transaction is not bound to ctx: database/sql would roll it back
// from another goroutine when ctx is cancelled, and the next statement
// would fail with a message that blames the input. Instead the writer
// looks at ctx between articles and in Commit, and a cancelled write
// stores nothing and answers an error that wraps ctx's (see Interrupted).
//
// A store that fails SQLite's quick check takes no writes; a store made
// before claimdiff's application id is given it (see ApplicationID).
func (db *DB) Begin(ctx context.Context, command string) (*Writer, error) {
	if err := ctx.Err(); err != nil {
		return nil, interrupted(err)
	}
	tx, err := db.db.BeginTx(context.WithoutCancel(ctx), nil)
	if err != nil {
		return nil, fmt.Errorf("begin %s: %w", command, db.named(err))
	}
	w := &Writer{db: db, ctx: context.WithoutCancel(ctx), cancel: ctx, tx: tx, extracting: true,
		sources: map[string]int64{}, outlets: map[string]int64{}, articles: map[string]articleRef{},
		parts: map[string]int{}, removed: map[string]bool{}, stories: map[string]string{},
		looked: map[string]looked{}}
	if err := db.quickCheck(w.ctx, tx); err != nil {
		tx.Rollback()
		return nil, err
	}
	err = claimStore(w.ctx, tx)
	var res sql.Result
	if err == nil {
		res, err = tx.ExecContext(w.ctx, `INSERT INTO ingest_runs (command, started_at) VALUES (?, ?)`,
			command, db.Now().UTC().Format(time.RFC3339))
	}
	if err == nil {
		w.runID, err = res.LastInsertId()
	}
	if err == nil {
		err = w.prepare()
	}
	if err == nil {
		err = w.ensureParts()
	}
	if err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("begin %s: %w", command, db.named(err))
	}
	return w, nil
}

// Interrupted is the error of a write whose context was cancelled (the
// user pressed Ctrl-C): nothing of it was stored. It wraps the context's
// error, so errors.Is(err, context.Canceled) holds.
type Interrupted struct{ Err error }

func (e *Interrupted) Error() string { return "interrupted: nothing was stored" }
func (e *Interrupted) Unwrap() error { return e.Err }

func interrupted(err error) error { return &Interrupted{Err: err} }

func (w *Writer) prepare() error {
	for _, s := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&w.stmtArticleByKey, `SELECT id, sha256 IS NOT NULL, COALESCE(published, ''), story FROM articles WHERE key = ?`},
		{&w.stmtInsertArticle, `INSERT INTO articles (key, url, title, outlet_id, published, language, sha256, text, run_id, story, extracted)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.stmtFillArticle, `UPDATE articles SET url = COALESCE(?, url), title = ?, outlet_id = COALESCE(?, outlet_id),
			published = COALESCE(?, published), language = ?, sha256 = ?, text = ?, run_id = ?,
			story = CASE WHEN story = '' THEN ? ELSE story END, extracted = ? WHERE id = ? RETURNING story`},
		{&w.stmtArticleDone, `SELECT a.id, a.key, a.extracted OR EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id),
			COALESCE(a.published, ''), a.story, COALESCE(a.url, ''), COALESCE(a.title, ''), COALESCE(a.outlet_id, 0)
			FROM articles a INDEXED BY articles_by_text WHERE a.sha256 = ?`},
		{&w.stmtExtracted, `UPDATE articles SET extracted = 1, language = COALESCE(?, language),
			story = CASE WHEN story = '' THEN ? ELSE story END WHERE id = ? RETURNING story`},
		{&w.stmtInsertClaim, `INSERT INTO claims (article_id, quote, raw, qualifier, value, value2, low, high, metric,
			subject, location, source_id, source_kind, via, period, source_alts, stated_on, span_start, span_end,
			extractor, extractor_version, review, fingerprint, run_id, part, story)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (article_id, fingerprint) DO NOTHING`},
		{&w.stmtStory, `INSERT INTO stories (key, place) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`},
		{&w.stmtSource, `INSERT INTO sources (name, kind) VALUES (?, ?)
			ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`},
		{&w.stmtOutlet, `INSERT INTO outlets (name) VALUES (?)
			ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`},
		{&w.stmtAlias, `INSERT OR IGNORE INTO source_aliases (alias, source_id) VALUES (?, ?)`},
	} {
		st, err := w.tx.PrepareContext(w.ctx, s.sql)
		if err != nil {
			return err
		}
		*s.stmt = st
	}
	return nil
}

// SetExtracting tells whether the articles added come with their extracted
// claims (the default), or are stored for curating by hand (ingest
// --no-extract): see Stored.
func (w *Writer) SetExtracting(extracting bool) { w.extracting = extracting }

// AddArticle stores an article and the claims extracted from it. An article
// whose text is already stored is skipped (stored is false) and its claims
// are not added again — unless it was stored without extraction and has no
// claims at all, and these are its extracted claims: then they are added
// (see Stats.Extracted). An article known only by key from imported claims
// gets its text filled in.
func (w *Writer) AddArticle(a *claimdiff.Article, claims []claimdiff.Claim) (stored bool, err error) {
	if err := w.cancel.Err(); err != nil {
		return false, interrupted(err)
	}
	st, found, err := w.byText(a.SHA256)
	id, story := st.id, st.story
	switch {
	case err != nil:
		return false, err
	case found && st.key != a.Key:
		w.stats.Skipped++
		return false, nil // the same text under another name: the first stays as it is
	case found && (st.done || !w.extracting):
		w.stats.Skipped++
		return false, w.updateMeta(&st, a)
	case found:
		return true, w.addExtracted(id, st.published, a, claims)
	}
	outlet, err := w.outletID(a.Outlet)
	if err != nil {
		return false, err
	}
	var hasText, existed bool
	var published string
	switch err := w.stmtArticleByKey.QueryRowContext(w.ctx, a.Key).Scan(&id, &hasText, &published, &story); {
	case err == sql.ErrNoRows:
		story = a.Story
		res, err := w.stmtInsertArticle.ExecContext(w.ctx, a.Key, nullString(a.URL), nullString(a.Title), outlet,
			nullDate(a.Published), nullString(a.Language), a.SHA256, a.Text, w.runID, a.Story, w.extracting)
		if err != nil {
			return false, fmt.Errorf("store article %s: %w", a.Key, err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return false, err
		}
	case err != nil:
		return false, err
	case hasText:
		return false, claimdiff.Errorf(claimdiff.EINVALID,
			"article %q is already stored with a different text; rename the file to store both", a.Key)
	default:
		existed = true
		// An article known from imported claims keeps the story they gave it.
		if err := w.stmtFillArticle.QueryRowContext(w.ctx, nullString(a.URL), nullString(a.Title), outlet,
			nullDate(a.Published), nullString(a.Language), a.SHA256, a.Text, w.runID, a.Story, w.extracting, id).Scan(&story); err != nil {
			return false, fmt.Errorf("store article %s: %w", a.Key, err)
		}
	}
	w.stats.Articles++
	ref := articleRef{id: id, published: a.Published, story: story, known: existed}
	if ref.published.IsZero() && published != "" {
		ref.published, _ = claimdiff.ParseDate(published)
	}
	if ref.published.IsZero() {
		w.stats.Undated++
	}
	w.articles[a.Key] = ref
	for i := range claims {
		if err := w.insertClaim(ref, &claims[i]); err != nil {
			return false, err
		}
	}
	return true, nil
}

// addExtracted adds the extracted claims of an article stored before
// without them (ingest --no-extract), which has no claims at all.
func (w *Writer) addExtracted(id int64, published string, a *claimdiff.Article, claims []claimdiff.Claim) error {
	var story string
	if err := w.stmtExtracted.QueryRowContext(w.ctx, nullString(a.Language), a.Story, id).Scan(&story); err != nil {
		return fmt.Errorf("store article %s: %w", a.Key, err)
	}
	w.stats.Extracted++
	ref := articleRef{id: id, story: story, known: true}
	ref.published, _ = claimdiff.ParseDate(published)
	w.articles[a.Key] = ref
	for i := range claims {
		if err := w.insertClaim(ref, &claims[i]); err != nil {
			return err
		}
	}
	return nil
}

// Stored reports whether an article with this digest of its normalized
// text is stored already with all it will get, for skipping its
// extraction: an article stored without extraction that has no claims at
// all is not, while this writer extracts. It may be called from another
// goroutine than the one adding articles.
func (w *Writer) Stored(sha256 string) (bool, error) {
	st, found, err := w.lookText(sha256)
	return found && (st.done || !w.extracting), err
}

// storedText is what the store holds of an article found by its text.
type storedText struct {
	id                           int64
	key                          string
	done                         bool // extracted, or holding claims
	published, story, url, title string
	outlet                       int64 // 0 for none
}

// lookText finds the article whose text has this digest.
func (w *Writer) lookText(sha256 string) (st storedText, found bool, err error) {
	w.lookMu.Lock()
	defer w.lookMu.Unlock()
	err = w.stmtArticleDone.QueryRowContext(w.ctx, sha256).Scan(&st.id, &st.key, &st.done, &st.published, &st.story,
		&st.url, &st.title, &st.outlet)
	if err == sql.ErrNoRows {
		return st, false, nil
	}
	return st, err == nil, err
}

// byText is lookText for the article being added, answered from what the
// grouping looked up of it (see Grouped) when it did.
func (w *Writer) byText(sha256 string) (storedText, bool, error) {
	if l, ok := w.looked[sha256]; ok {
		delete(w.looked, sha256)
		return l.st, l.found, nil
	}
	return w.lookText(sha256)
}

// Known reports whether an article with this digest of its text is stored
// with all it will get (see Stored), and keeps what it found for the
// AddArticle of that article. Unlike Stored, it must be called from the
// goroutine adding articles.
func (w *Writer) Known(sha256 string) (bool, error) {
	st, found, err := w.lookText(sha256)
	if err == nil {
		w.looked[sha256] = looked{st, found}
	}
	return found && (st.done || !w.extracting), err
}

// looked is a lookText answer kept for AddArticle.
type looked struct {
	st    storedText
	found bool
}

// AddClaims stores curated claims. A claim's article is found by key and
// created, without text, when the store does not know it yet.
func (w *Writer) AddClaims(claims []claimdiff.Claim) error {
	for i := range claims {
		if i%256 == 0 {
			if err := w.cancel.Err(); err != nil {
				return interrupted(err)
			}
		}
		c := &claims[i]
		ref, err := w.articleRef(c)
		if err != nil {
			return err
		}
		if err := w.insertClaim(ref, c); err != nil {
			return err
		}
	}
	return nil
}

func (w *Writer) articleRef(c *claimdiff.Claim) (articleRef, error) {
	if ref, ok := w.articles[c.Article]; ok {
		return ref, nil
	}
	var ref articleRef
	var hasText bool
	var published string
	err := w.stmtArticleByKey.QueryRowContext(w.ctx, c.Article).Scan(&ref.id, &hasText, &published, &ref.story)
	switch {
	case err == sql.ErrNoRows:
		outlet, err := w.outletID(c.Outlet)
		if err != nil {
			return ref, err
		}
		// A claim exported with its article's URL and title brings them
		// back; else a key that is a URL is the article's URL.
		url := c.URL
		if url == "" && isURL(c.Article) {
			url = c.Article
		}
		res, err := w.stmtInsertArticle.ExecContext(w.ctx, c.Article, nullString(url), nullString(c.Title), outlet,
			nullDate(c.Published), nil, nil, "", w.runID, c.Story, false)
		if err != nil {
			return ref, fmt.Errorf("store article %s: %w", c.Article, err)
		}
		if ref.id, err = res.LastInsertId(); err != nil {
			return ref, err
		}
		ref.published, ref.story = c.Published, c.Story
	case err != nil:
		return ref, err
	default:
		ref.known = true
		ref.published, _ = claimdiff.ParseDate(published)
		if ref.story == "" && c.Story != "" {
			// Stored without claims, the article was not grouped: its
			// curated claims group it.
			if _, err := w.tx.ExecContext(w.ctx, `UPDATE articles SET story = ? WHERE id = ?`, c.Story, ref.id); err != nil {
				return ref, fmt.Errorf("store article %s: %w", c.Article, err)
			}
			ref.story = c.Story
		}
	}
	w.articles[c.Article] = ref
	return ref, nil
}

func isURL(s string) bool {
	return len(s) > 8 && (s[:7] == "http://" || s[:8] == "https://")
}

func (w *Writer) insertClaim(a articleRef, c *claimdiff.Claim) error {
	src, err := w.sourceID(c.Source, c.SourceKind)
	if err != nil {
		return err
	}
	var alts any
	if len(c.SourceAlts) > 0 {
		b, _ := json.Marshal(c.SourceAlts)
		alts = string(b)
	}
	stated := c.StatedOn
	if stated.IsZero() {
		stated = a.published
	}
	review := c.Review
	if review == "" {
		review = claimdiff.ReviewUnreviewed
	}
	// A claim belongs to its article's story.
	c.Story = a.story
	if c.StoryPlace, err = w.storyPlace(a.story); err != nil {
		return err
	}
	curated := review == claimdiff.ReviewCurated || review == claimdiff.ReviewAccepted
	if !curated && a.known {
		if by, ok, err := w.replacedBefore(a, c); err != nil || ok {
			if ok {
				w.stats.Replaced++
				err = w.keepReplaced(a.id, c, by)
			}
			return err
		}
	}
	part := w.db.partOf(c)
	res, err := w.stmtInsertClaim.ExecContext(w.ctx, a.id, c.Quote, c.Raw, string(c.Qualifier), c.Value,
		nullFloat(c.Value2), nullFloat(c.Low), nullFloat(c.High), string(c.Metric), c.Subject,
		nullString(c.Location), src, string(c.SourceKind), nullString(c.Via), nullString(c.Period), alts,
		nullDate(stated), c.Span.Start, c.Span.End, c.Extractor, c.ExtractorVersion, string(review),
		fingerprint(c), w.runID, part, c.Story)
	if err != nil {
		return fmt.Errorf("store claim %q of %s: %w", c.Raw, c.Article, err)
	}
	if n, _ := res.RowsAffected(); n == 1 {
		w.stats.Claims++
		w.parts[part]++
		if curated && a.known {
			id, err := res.LastInsertId()
			if err == nil {
				err = w.replaceExtracted(a, c, id)
			}
			if err != nil {
				return fmt.Errorf("replace the extracted claims of %q in %s: %w", c.Raw, c.Article, err)
			}
		}
	} else {
		w.stats.ClaimsExisting++
	}
	if c.SourceText != "" && c.SourceText != c.Source {
		if _, err := w.stmtAlias.ExecContext(w.ctx, c.SourceText, src); err != nil {
			return err
		}
	}
	return nil
}

// sameFigure is the condition, on a claims row c, that it stands for the
// same figure as a claim given by the arguments sameFigureArgs makes: the
// same span of the article's text, or the same value in the same quote
// (one quote holding the other, for a quote cut otherwise).
const sameFigure = `((c.span_end > 0 AND c.span_start = ? AND c.span_end = ?)
	OR (c.value = ? AND COALESCE(c.value2, -1) = COALESCE(?, -1) AND ? != '' AND c.quote != ''
		AND (instr(c.quote, ?) > 0 OR instr(?, c.quote) > 0)))`

func sameFigureArgs(c *claimdiff.Claim) []any {
	span := c.Span
	if span.End <= 0 {
		span = claimdiff.Span{Start: -1, End: -1}
	}
	return []any{span.Start, span.End, c.Value, nullFloat(c.Value2), c.Quote, c.Quote, c.Quote}
}

// replaceExtracted removes the extracted claims of an article that the
// curated claim c, stored as claim id, stands for: each is kept as a
// record in replaced_claims, and the parts it leaves lose their kept
// results.
func (w *Writer) replaceExtracted(a articleRef, c *claimdiff.Claim, id int64) error {
	args := append([]any{a.id, id}, sameFigureArgs(c)...)
	rows, err := w.tx.QueryContext(w.ctx, `SELECT `+claimColumns+`, c.fingerprint, c.part `+claimJoins+`
		WHERE c.article_id = ? AND c.id != ? AND c.review = 'unreviewed' AND `+sameFigure, args...)
	if err != nil {
		return err
	}
	type old struct {
		claim             claimdiff.Claim
		fingerprint, part string
	}
	var found []old
	for rows.Next() {
		var o old
		if err := scanClaim(rows, &o.claim, &o.fingerprint, &o.part); err != nil {
			rows.Close()
			return err
		}
		found = append(found, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, o := range found {
		if err := w.keepReplacedAs(a.id, &o.claim, o.fingerprint, id); err != nil {
			return err
		}
		if _, err := w.tx.ExecContext(w.ctx, `DELETE FROM claims WHERE id = ?`, o.claim.ID); err != nil {
			return err
		}
		w.parts[o.part]--
		w.removed[o.part] = true
		w.stats.Replaced++
	}
	return nil
}

// replacedBefore tells whether an extracted claim of a stored article was
// replaced before, or stands for a figure a curated claim of the article
// gives: then it is not stored. by is the curated claim, 0 when it is gone.
func (w *Writer) replacedBefore(a articleRef, c *claimdiff.Claim) (by int64, ok bool, err error) {
	var n int
	err = w.tx.QueryRowContext(w.ctx, `SELECT COUNT(*) FROM replaced_claims WHERE article_id = ? AND fingerprint = ?`,
		a.id, fingerprint(c)).Scan(&n)
	if err != nil || n > 0 {
		return 0, n > 0, err
	}
	args := append([]any{a.id}, sameFigureArgs(c)...)
	err = w.tx.QueryRowContext(w.ctx, `SELECT c.id FROM claims c WHERE c.article_id = ? AND c.review IN ('curated', 'accepted') AND `+
		sameFigure+` ORDER BY c.id LIMIT 1`, args...).Scan(&by)
	if err == sql.ErrNoRows {
		return 0, false, nil
	}
	return by, err == nil, err
}

// keepReplaced records an extracted claim that was not stored because the
// curated claim by replaces it.
func (w *Writer) keepReplaced(article int64, c *claimdiff.Claim, by int64) error {
	return w.keepReplacedAs(article, c, fingerprint(c), by)
}

func (w *Writer) keepReplacedAs(article int64, c *claimdiff.Claim, fp string, by int64) error {
	record, err := c.MarshalJSON()
	if err != nil {
		return err
	}
	var byID any
	if by != 0 {
		byID = by
	}
	_, err = w.tx.ExecContext(w.ctx, `INSERT INTO replaced_claims (article_id, fingerprint, by_claim, record, run_id)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, fingerprint) DO NOTHING`, article, fp, byID, string(record), w.runID)
	return err
}

// updateMeta corrects the metadata of a stored article from a new ingest
// of it: every field the new metadata gives and that differs is updated
// and recorded in article_changes; the text is not extracted again. A new
// date moves the claims stated on the old one; a new story moves the
// claims into it, and their parts lose what was kept of them.
func (w *Writer) updateMeta(st *storedText, a *claimdiff.Article) error {
	id, url, title, published, story := st.id, st.url, st.title, st.published, st.story
	date := claimdiff.FormatDate(a.Published)
	changed := false
	record := func(field, old, new string) error {
		changed = true
		_, err := w.tx.ExecContext(w.ctx, `INSERT INTO article_changes (article_id, field, old, new, run_id) VALUES (?, ?, ?, ?, ?)`,
			id, field, nullString(old), nullString(new), w.runID)
		return err
	}
	for _, f := range []struct {
		field, old, new, column string
	}{{"url", url, a.URL, "url"}, {"title", title, a.Title, "title"}, {"published", published, date, "published"}} {
		if f.new == "" || f.new == f.old {
			continue
		}
		if err := record(f.field, f.old, f.new); err != nil {
			return err
		}
		if _, err := w.tx.ExecContext(w.ctx, `UPDATE articles SET `+f.column+` = ? WHERE id = ?`, f.new, id); err != nil {
			return err
		}
	}
	if a.Outlet != "" {
		o, err := w.outletID(a.Outlet)
		if err != nil {
			return err
		}
		if o != st.outlet {
			// Outlets are compared by their rows; the old one's name is
			// read for the record only when it changed.
			var old string
			if st.outlet != 0 {
				if err := w.tx.QueryRowContext(w.ctx, `SELECT name FROM outlets WHERE id = ?`, st.outlet).Scan(&old); err != nil {
					return err
				}
			}
			if err := record("outlet", old, a.Outlet); err != nil {
				return err
			}
			if _, err := w.tx.ExecContext(w.ctx, `UPDATE articles SET outlet_id = ? WHERE id = ?`, o, id); err != nil {
				return err
			}
		}
	}
	if date != "" && date != published && published != "" {
		// What was stated on the old day, for want of a day in the text,
		// was stated on the new one.
		if _, err := w.tx.ExecContext(w.ctx, `UPDATE claims SET stated_on = ? WHERE article_id = ? AND stated_on = ?`,
			date, id, published); err != nil {
			return err
		}
	} else if date != "" && published == "" {
		if _, err := w.tx.ExecContext(w.ctx, `UPDATE claims SET stated_on = ? WHERE article_id = ? AND stated_on IS NULL`,
			date, id); err != nil {
			return err
		}
	}
	if a.Story != "" && a.Story != story {
		if err := record("story", story, a.Story); err != nil {
			return err
		}
		// A story named here for the first time takes the place most of
		// the article's claims name.
		var place string
		err := w.tx.QueryRowContext(w.ctx, `SELECT location FROM claims WHERE article_id = ? AND location IS NOT NULL
			AND location != '' GROUP BY location ORDER BY COUNT(*) DESC, location LIMIT 1`, id).Scan(&place)
		if err != nil && err != sql.ErrNoRows {
			return err
		}
		if err := w.BeginStory(a.Story, place); err != nil {
			return err
		}
		if err := w.moveToStory(id, a.Story); err != nil {
			return err
		}
	}
	if changed {
		w.stats.Updated++
		// Outlets, dates and stories are in what is kept of the parts.
		if err := eachRowOf(w.ctx, w.tx, `SELECT DISTINCT part FROM claims WHERE article_id = ?`, func(r *sql.Rows) error {
			var part string
			err := r.Scan(&part)
			w.removed[part] = true
			return err
		}, id); err != nil {
			return err
		}
	}
	return nil
}

// moveToStory puts a stored article and its claims in another story (which
// BeginStory recorded): each claim's part is computed again.
func (w *Writer) moveToStory(id int64, story string) error {
	place, err := w.storyPlace(story)
	if err != nil {
		return err
	}
	if _, err := w.tx.ExecContext(w.ctx, `UPDATE articles SET story = ? WHERE id = ?`, story, id); err != nil {
		return err
	}
	type moved struct {
		id            int64
		oldPart, part string
	}
	var list []moved
	err = eachRowOf(w.ctx, w.tx, `SELECT id, subject, metric, COALESCE(location, ''), COALESCE(period, ''), part FROM claims
		WHERE article_id = ?`, func(r *sql.Rows) error {
		var c claimdiff.Claim
		var m moved
		if err := r.Scan(&m.id, &c.Subject, &c.Metric, &c.Location, &c.Period, &m.oldPart); err != nil {
			return err
		}
		c.Story, c.StoryPlace = story, place
		m.part = w.db.partOf(&c)
		list = append(list, m)
		return nil
	}, id)
	if err != nil {
		return err
	}
	for _, m := range list {
		if _, err := w.tx.ExecContext(w.ctx, `UPDATE claims SET story = ?, part = ? WHERE id = ?`, story, m.part, m.id); err != nil {
			return err
		}
		w.parts[m.oldPart]--
		w.parts[m.part]++
		w.removed[m.oldPart] = true
		w.removed[m.part] = true
	}
	return nil
}

// BeginStory records a story with its place, unless it is stored already
// (then its place stays as it was).
func (w *Writer) BeginStory(key, place string) error {
	if _, ok := w.stories[key]; ok || key == "" {
		return nil
	}
	res, err := w.stmtStory.ExecContext(w.ctx, key, place)
	if err != nil {
		return fmt.Errorf("store story %q: %w", key, err)
	}
	if n, _ := res.RowsAffected(); n == 1 {
		w.stats.Stories++
		w.stories[key] = place
		return nil
	}
	_, err = w.storyPlace(key)
	return err
}

// storyPlace is the place of a stored story; "" for none.
func (w *Writer) storyPlace(key string) (string, error) {
	if key == "" {
		return "", nil
	}
	if place, ok := w.stories[key]; ok {
		return place, nil
	}
	var place string
	err := w.tx.QueryRowContext(w.ctx, `SELECT place FROM stories WHERE key = ?`, key).Scan(&place)
	if err != nil && err != sql.ErrNoRows {
		return "", err
	}
	w.stories[key] = place
	return place, nil
}

// ArticleStory returns the story of a stored article ("" when it is not
// grouped) and its publication date; ok is false when no article has the
// key.
func (w *Writer) ArticleStory(key string) (story string, published time.Time, ok bool, err error) {
	var id int64
	var hasText bool
	var date string
	switch err := w.stmtArticleByKey.QueryRowContext(w.ctx, key).Scan(&id, &hasText, &date, &story); {
	case err == sql.ErrNoRows:
		return "", time.Time{}, false, nil
	case err != nil:
		return "", time.Time{}, false, err
	}
	published, _ = claimdiff.ParseDate(date)
	return story, published, true, nil
}

// Grouped is a stored article as grouping into stories reads it: its key,
// date, outlet and story, and what its claims count, where, and from whom.
type Grouped struct {
	Article    claimdiff.Article
	StoryPlace string
	Claims     []claimdiff.Claim
}

// Grouped calls fn with each stored article that belongs to a story, in
// the order they were stored, with its claims.
func (w *Writer) Grouped(fn func(*Grouped) error) error {
	rows, err := w.tx.QueryContext(w.ctx, `SELECT a.id, a.key, COALESCE(o.name, ''), COALESCE(a.published, ''), a.story,
		COALESCE(st.place, ''), COALESCE(c.subject, ''), COALESCE(c.metric, ''), COALESCE(c.location, ''),
		COALESCE(c.value, 0), COALESCE(s.name, ''), COALESCE(c.source_kind, '')
		FROM articles a
		LEFT JOIN outlets o ON o.id = a.outlet_id
		LEFT JOIN stories st ON st.key = a.story
		LEFT JOIN claims c ON c.article_id = a.id
		LEFT JOIN sources s ON s.id = c.source_id
		WHERE a.story != ''
		ORDER BY a.id, c.id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var g *Grouped
	var last int64
	for rows.Next() {
		var id int64
		var a claimdiff.Article
		var published, place string
		var c claimdiff.Claim
		if err := rows.Scan(&id, &a.Key, &a.Outlet, &published, &a.Story, &place, &c.Subject, &c.Metric, &c.Location,
			&c.Value, &c.Source, &c.SourceKind); err != nil {
			return err
		}
		if g == nil || id != last {
			if g != nil {
				if err := fn(g); err != nil {
					return err
				}
			}
			a.Published, _ = claimdiff.ParseDate(published)
			g, last = &Grouped{Article: a, StoryPlace: place}, id
		}
		if c.Subject != "" {
			g.Claims = append(g.Claims, c)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if g != nil {
		return fn(g)
	}
	return nil
}

// fingerprint identifies a claim by what it says, so that the same claim
// imported or extracted twice is stored once.
func fingerprint(c *claimdiff.Claim) string {
	h := sha256.New()
	num := func(f *float64) string {
		if f == nil {
			return "null"
		}
		return strconv.FormatFloat(*f, 'g', -1, 64)
	}
	for _, s := range []string{c.Quote, c.Raw, string(c.Qualifier), num(&c.Value), num(c.Value2),
		string(c.Metric), c.Subject, c.Location, c.Source, c.Via, c.Period,
		strconv.Itoa(c.Span.Start), strconv.Itoa(c.Span.End)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func (w *Writer) sourceID(name string, kind claimdiff.SourceKind) (int64, error) {
	if id, ok := w.sources[name]; ok {
		return id, nil
	}
	var id int64
	if err := w.stmtSource.QueryRowContext(w.ctx, name, string(kind)).Scan(&id); err != nil {
		return 0, fmt.Errorf("store source %q: %w", name, err)
	}
	w.sources[name] = id
	return id, nil
}

func (w *Writer) outletID(name string) (any, error) {
	if name == "" {
		return nil, nil
	}
	if id, ok := w.outlets[name]; ok {
		return id, nil
	}
	var id int64
	if err := w.stmtOutlet.QueryRowContext(w.ctx, name).Scan(&id); err != nil {
		return nil, fmt.Errorf("store outlet %q: %w", name, err)
	}
	w.outlets[name] = id
	return id, nil
}

// Stats returns what the writer has done so far.
func (w *Writer) Stats() Stats { return w.stats }

// Commit stores everything added and returns what was done.
func (w *Writer) Commit() (Stats, error) {
	if err := w.cancel.Err(); err != nil {
		w.tx.Rollback()
		return Stats{}, interrupted(err)
	}
	_, err := w.tx.ExecContext(w.ctx, `UPDATE ingest_runs SET finished_at = ?, articles = ?, skipped = ?, claims = ? WHERE id = ?`,
		w.db.Now().UTC().Format(time.RFC3339), w.stats.Articles, w.stats.Skipped, w.stats.Claims, w.runID)
	if err == nil {
		err = w.updateParts()
	}
	if err != nil {
		w.tx.Rollback()
		return Stats{}, w.db.named(err)
	}
	if err := w.tx.Commit(); err != nil {
		return Stats{}, fmt.Errorf("commit: %w", w.db.named(err))
	}
	return w.stats, nil
}

// ensureParts computes the parts of the stored claims again when they were
// computed by another scheme than the store's, so that the claims this
// writer adds join parts of the same kind.
func (w *Writer) ensureParts() error {
	scheme, err := storedScheme(w.ctx, w.tx)
	if err != nil {
		return err
	}
	if scheme == w.db.partScheme() {
		return nil
	}
	return w.db.repartition(w.ctx, w.tx)
}

// updateParts counts the claims added to each part: the disputes kept for
// a part whose count has grown are stale (see DB.CachedSummaries). What is
// kept of a part a claim left is dropped: it holds that claim.
func (w *Writer) updateParts() error {
	for part := range w.removed {
		if err := dropKept(w.ctx, w.tx, part); err != nil {
			return err
		}
	}
	for part, n := range w.parts {
		if _, err := w.tx.ExecContext(w.ctx, `INSERT INTO parts (part, claims) VALUES (?, ?)
			ON CONFLICT (part) DO UPDATE SET claims = claims + excluded.claims`, part, n); err != nil {
			return err
		}
	}
	return nil
}

// Rollback discards everything added. It is safe to call after Commit.
func (w *Writer) Rollback() {
	w.tx.Rollback()
}
