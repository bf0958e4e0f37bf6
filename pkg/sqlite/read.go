package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// Filter narrows a claim listing. Zero fields do not filter.
type Filter struct {
	Article  string // article key
	Source   string // source name or a name it was printed under, any case
	Metric   claimdiff.Metric
	Subject  string
	Location string
	Part     string    // the part of the store (comparable claims only)
	Since    time.Time // stated on or after
	Until    time.Time // stated on or before
	After    int64     // claims with a higher ID only
	Limit    int       // at most this many (EachClaim, Claims); 0: all
}

const claimColumns = `c.id, a.key, c.quote, c.raw, c.qualifier, c.value, c.value2, c.low, c.high, c.metric,
	c.subject, COALESCE(c.location, ''), s.name, c.source_kind, COALESCE(c.via, ''), COALESCE(c.period, ''),
	COALESCE(c.source_alts, ''), COALESCE(o.name, ''), COALESCE(a.published, ''), COALESCE(c.stated_on, ''),
	c.span_start, c.span_end, c.extractor, c.extractor_version, c.review, COALESCE(a.url, ''), COALESCE(a.title, ''),
	c.story, COALESCE(st.place, '')`

const claimJoins = `FROM claims c
	JOIN articles a ON a.id = c.article_id
	JOIN sources s ON s.id = c.source_id
	LEFT JOIN outlets o ON o.id = a.outlet_id
	LEFT JOIN stories st ON st.key = c.story`

func (f Filter) where() (string, []any) {
	var w conditions
	if f.Article != "" {
		w.add("a.key = ?", f.Article)
	}
	if f.Source != "" {
		w.add(`(s.name = ? COLLATE NOCASE OR EXISTS (SELECT 1 FROM source_aliases sa
			WHERE sa.source_id = s.id AND sa.alias = ? COLLATE NOCASE))`, f.Source, f.Source)
	}
	if f.Metric != "" {
		w.add("c.metric = ?", string(f.Metric))
	}
	if f.Subject != "" {
		w.add("c.subject = ? COLLATE NOCASE", f.Subject)
	}
	if f.Location != "" {
		w.add("c.location = ? COLLATE NOCASE", f.Location)
	}
	if !f.Since.IsZero() {
		w.add("c.stated_on >= ?", f.Since.Format(claimdiff.DateLayout))
	}
	if !f.Until.IsZero() {
		w.add("c.stated_on <= ?", f.Until.Format(claimdiff.DateLayout))
	}
	if f.After != 0 {
		w.add("c.id > ?", f.After)
	}
	return w.where(), w.args
}

// conditions gather the terms of a WHERE clause and their arguments.
type conditions struct {
	terms []string
	args  []any
}

func (w *conditions) add(term string, args ...any) {
	w.terms = append(w.terms, term)
	w.args = append(w.args, args...)
}

// where is the clause, with a leading space; empty when there are no terms.
func (w *conditions) where() string {
	if len(w.terms) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.terms, " AND ")
}

// EachClaim calls fn for every claim that f selects, ordered by article and
// position in the article, without holding them all in memory.
func (db *DB) EachClaim(ctx context.Context, f Filter, fn func(*claimdiff.Claim) error) error {
	where, args := f.where()
	limit := ""
	if f.Limit > 0 {
		limit = " LIMIT " + strconv.Itoa(f.Limit)
	}
	rows, err := db.db.QueryContext(ctx, "SELECT "+claimColumns+" "+claimJoins+where+
		" ORDER BY a.key, c.span_start, c.id"+limit, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var c claimdiff.Claim
	for rows.Next() {
		if err := scanClaim(rows, &c); err != nil {
			return err
		}
		if err := fn(&c); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Claims returns every claim that f selects.
func (db *DB) Claims(ctx context.Context, f Filter) ([]claimdiff.Claim, error) {
	var list []claimdiff.Claim
	err := db.EachClaim(ctx, f, func(c *claimdiff.Claim) error {
		list = append(list, *c)
		return nil
	})
	return list, err
}

// scanClaim reads a row of claimColumns, and of any columns after them
// into more.
func scanClaim(rows *sql.Rows, c *claimdiff.Claim, more ...any) error {
	var value2, low, high sql.NullFloat64
	var alts, published, stated string
	*c = claimdiff.Claim{}
	err := rows.Scan(append([]any{&c.ID, &c.Article, &c.Quote, &c.Raw, &c.Qualifier, &c.Value, &value2, &low, &high, &c.Metric,
		&c.Subject, &c.Location, &c.Source, &c.SourceKind, &c.Via, &c.Period, &alts, &c.Outlet, &published, &stated,
		&c.Span.Start, &c.Span.End, &c.Extractor, &c.ExtractorVersion, &c.Review, &c.URL, &c.Title, &c.Story, &c.StoryPlace}, more...)...)
	if err != nil {
		return err
	}
	c.Value2, c.Low, c.High = floatPtr(value2), floatPtr(low), floatPtr(high)
	if alts != "" {
		if err := json.Unmarshal([]byte(alts), &c.SourceAlts); err != nil {
			return err
		}
	}
	c.Published, _ = claimdiff.ParseDate(published)
	c.StatedOn, _ = claimdiff.ParseDate(stated)
	return nil
}

func floatPtr(n sql.NullFloat64) *float64 {
	if !n.Valid {
		return nil
	}
	return &n.Float64
}

// Article returns the stored article with the given key.
func (db *DB) Article(ctx context.Context, key string) (claimdiff.Article, error) {
	var a claimdiff.Article
	var url, title, outlet, published, lang, sha sql.NullString
	err := db.db.QueryRowContext(ctx, `SELECT a.id, a.key, a.url, a.title, o.name, a.published, a.language, a.sha256, a.text
		FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.key = ?`, key).
		Scan(&a.ID, &a.Key, &url, &title, &outlet, &published, &lang, &sha, &a.Text)
	if err == sql.ErrNoRows {
		return a, claimdiff.Errorf(claimdiff.ENOTFOUND, "no article %q in the store", key)
	}
	if err != nil {
		return a, err
	}
	a.URL, a.Title, a.Outlet, a.Language, a.SHA256 = url.String, title.String, outlet.String, lang.String, sha.String
	a.Published, _ = claimdiff.ParseDate(published.String)
	return a, nil
}

// Counts is the size of the store.
type Counts struct {
	Articles, Claims, Sources, Outlets int
}

// Counts returns how many articles, claims, sources and outlets are stored.
func (db *DB) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := db.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM claims),
		(SELECT COUNT(*) FROM sources), (SELECT COUNT(*) FROM outlets)`).
		Scan(&c.Articles, &c.Claims, &c.Sources, &c.Outlets)
	return c, err
}

// ComparableClaims returns the claims f selects without their quotes, for
// comparing many at once: repeated strings (subjects, sources, outlets) are
// shared, so that many claims fit in little memory. FillQuotes adds the
// quotes of the few a report shows.
func (db *DB) ComparableClaims(ctx context.Context, f Filter) ([]claimdiff.Claim, error) {
	return db.comparable(ctx, f, 0)
}

// comparable is ComparableClaims into a slice with room for capacity claims.
func (db *DB) comparable(ctx context.Context, f Filter, capacity int) ([]claimdiff.Claim, error) {
	out := make([]claimdiff.Claim, 0, capacity)
	err := db.eachComparable(ctx, f, "claims.id", func(_ string, c *claimdiff.Claim) error {
		out = append(out, *c)
		return nil
	})
	return out, err
}

// EachPart calls fn with the comparable claims of one part of the store at
// a time (see DB.PartOf), as ComparableClaims reads them: everything the
// comparison relates — a part and its whole, killed and casualties — is in
// one part, so a store far larger than memory is compared a part at a
// time. fn may keep the slice.
func (db *DB) EachPart(ctx context.Context, f Filter, fn func(part string, claims []claimdiff.Claim) error) error {
	sizes := map[string]int{}
	parts, err := db.Parts(ctx)
	if err != nil {
		return err
	}
	for _, p := range parts {
		sizes[p.Part] = p.Claims
	}
	var batch []claimdiff.Claim
	current := ""
	err = db.eachComparable(ctx, f, "part, claims.id", func(part string, c *claimdiff.Claim) error {
		if len(batch) > 0 && part != current {
			if err := fn(current, batch); err != nil {
				return err
			}
			batch = nil
		}
		if batch == nil {
			batch = make([]claimdiff.Claim, 0, sizes[part])
			current = part
		}
		batch = append(batch, *c)
		return nil
	})
	if err == nil && len(batch) > 0 {
		err = fn(current, batch)
	}
	return err
}

func (db *DB) eachComparable(ctx context.Context, f Filter, order string, fn func(part string, c *claimdiff.Claim) error) error {
	if f.Article != "" || f.Source != "" {
		return fmt.Errorf("comparable claims are selected by subject, metric, location and date only")
	}
	r := newComparableReader()
	if err := r.readSources(ctx, db); err != nil {
		return err
	}
	if err := r.readStories(ctx, db); err != nil {
		return err
	}
	// For the whole store every article is read at once, into a table; for
	// a part of it, each claim's article is joined in the query.
	whole := f.Part == "" && f.Subject == "" && f.Since.IsZero() && f.Until.IsZero() && f.After == 0
	if whole {
		if err := r.readArticles(ctx, db, ""); err != nil {
			return err
		}
	} else if err := r.readOutlets(ctx, db); err != nil {
		return err
	}
	return r.scan(ctx, db, f, order, !whole, func(part string, c *claimdiff.Claim, article int64) error {
		if whole {
			r.setArticle(c, article)
		}
		return fn(part, c)
	})
}

type articleInfo struct {
	key, outlet, url string
	published        time.Time
}

// comparableReader reads claims for comparing: strings interned, dates
// parsed once, bounds taken from slabs, articles and sources from tables.
type comparableReader struct {
	articles map[int64]articleInfo
	sources  map[int64]string
	stories  map[string]string // story → place
	outlets  map[int64]string
	intern   map[string]string
	dates    map[string]time.Time
	slab     []float64
}

func newComparableReader() *comparableReader {
	return &comparableReader{articles: map[int64]articleInfo{}, sources: map[int64]string{}, outlets: map[int64]string{},
		stories: map[string]string{},
		intern:  map[string]string{}, dates: map[string]time.Time{}}
}

func (r *comparableReader) in(b []byte) string {
	if v, ok := r.intern[string(b)]; ok {
		return v
	}
	v := string(b)
	r.intern[v] = v
	return v
}

func (r *comparableReader) date(s string) time.Time {
	if t, ok := r.dates[s]; ok {
		return t
	}
	t, _ := claimdiff.ParseDate(s)
	r.dates[s] = t
	return t
}

func (r *comparableReader) float(b []byte) (*float64, error) {
	if len(b) == 0 {
		return nil, nil
	}
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return nil, err
	}
	if len(r.slab) == cap(r.slab) {
		r.slab = make([]float64, 0, 4096)
	}
	r.slab = append(r.slab, f)
	return &r.slab[len(r.slab)-1], nil
}

func (r *comparableReader) setArticle(c *claimdiff.Claim, id int64) {
	a := r.articles[id]
	c.Article, c.Outlet, c.URL, c.Published = a.key, a.outlet, a.url, a.published
}

func (r *comparableReader) readSources(ctx context.Context, db *DB) error {
	return db.readNames(ctx, `SELECT id, name FROM sources`, r.sources)
}

func (r *comparableReader) readStories(ctx context.Context, db *DB) error {
	return db.eachRow(ctx, `SELECT key, place FROM stories`, func(rows *sql.Rows) error {
		var key, place string
		err := rows.Scan(&key, &place)
		r.stories[key] = r.in([]byte(place))
		return err
	})
}

func (r *comparableReader) readOutlets(ctx context.Context, db *DB) error {
	return db.readNames(ctx, `SELECT id, name FROM outlets`, r.outlets)
}

// readNames reads the id and name of each row of query into names.
func (db *DB) readNames(ctx context.Context, query string, names map[int64]string) error {
	return db.eachRow(ctx, query, func(rows *sql.Rows) error {
		var id int64
		var name string
		err := rows.Scan(&id, &name)
		names[id] = name
		return err
	})
}

func (r *comparableReader) readArticles(ctx context.Context, db *DB, where string, args ...any) error {
	return db.eachRow(ctx, `SELECT a.id, a.key, COALESCE(o.name, ''), COALESCE(a.url, ''), COALESCE(a.published, '')
		FROM articles a INDEXED BY articles_meta LEFT JOIN outlets o ON o.id = a.outlet_id`+where, func(rows *sql.Rows) error {
		var id int64
		var key, outlet, url, published string
		if err := rows.Scan(&id, &key, &outlet, &url, &published); err != nil {
			return err
		}
		r.articles[id] = articleInfo{key, r.in([]byte(outlet)), url, r.date(published)}
		return nil
	}, args...)
}

// scan reads the claims f selects in order. The text fields come joined in
// one column, split on the unit separator: the driver allocates for every
// column it returns, so that a million claims would otherwise cost some
// fifteen million allocations.
//
// With join, each claim's article (key, outlet, URL, date) comes in the
// same row, from the articles' covering index.
func (r *comparableReader) scan(ctx context.Context, db *DB, f Filter, order string, join bool,
	fn func(part string, c *claimdiff.Claim, article int64) error) error {
	var w conditions
	if f.Part != "" {
		w.add("part = ?", f.Part)
	}
	if f.Subject != "" {
		w.add("subject = ?", f.Subject)
	}
	if f.Metric != "" {
		w.add("metric = ?", string(f.Metric))
	}
	if f.Location != "" {
		w.add("location = ? COLLATE NOCASE", f.Location)
	}
	if !f.Since.IsZero() {
		w.add("stated_on >= ?", f.Since.Format(claimdiff.DateLayout))
	}
	if !f.Until.IsZero() {
		w.add("stated_on <= ?", f.Until.Format(claimdiff.DateLayout))
	}
	if f.After != 0 {
		w.add("claims.id > ?", f.After)
	}
	where, args := w.where(), w.args
	var c claimdiff.Claim
	var articleID, sourceID int64
	var fields, partName sql.RawBytes
	var part [15][]byte
	columns, from := "", " FROM claims"
	if join {
		columns = ` || x'1f' || a.key || x'1f' || COALESCE(a.outlet_id, '') || x'1f' || COALESCE(a.published, '') || x'1f' || COALESCE(a.url, '')`
		from = " FROM claims JOIN articles a INDEXED BY articles_meta ON a.id = claims.article_id"
	}
	return db.eachRow(ctx, `SELECT part, claims.id, article_id, source_id, value, qualifier || x'1f' || metric || x'1f' || subject || x'1f' ||
		COALESCE(location, '') || x'1f' || source_kind || x'1f' || COALESCE(period, '') || x'1f' || COALESCE(stated_on, '') ||
		x'1f' || COALESCE(value2, '') || x'1f' || COALESCE(low, '') || x'1f' || COALESCE(high, '') || x'1f' || claims.story`+columns+
		from+where+" ORDER BY "+order,
		func(rows *sql.Rows) error {
			c = claimdiff.Claim{}
			if err := rows.Scan(&partName, &c.ID, &articleID, &sourceID, &c.Value, &fields); err != nil {
				return err
			}
			rest := []byte(fields)
			for k := range part {
				end := bytes.IndexByte(rest, 0x1f)
				if end < 0 {
					end = len(rest)
				}
				part[k], rest = rest[:end], rest[min(end+1, len(rest)):]
			}
			c.Qualifier, c.Metric = claimdiff.Qualifier(r.in(part[0])), claimdiff.Metric(r.in(part[1]))
			c.Subject, c.Location, c.SourceKind = r.in(part[2]), r.in(part[3]), claimdiff.SourceKind(r.in(part[4]))
			c.Period, c.StatedOn, c.Source = r.in(part[5]), r.date(r.in(part[6])), r.sources[sourceID]
			var err error
			if c.Value2, err = r.float(part[7]); err == nil {
				if c.Low, err = r.float(part[8]); err == nil {
					c.High, err = r.float(part[9])
				}
			}
			if err != nil {
				return fmt.Errorf("claim %d: %w", c.ID, err)
			}
			c.Story = r.in(part[10])
			c.StoryPlace = r.stories[c.Story]
			if join {
				c.Article = string(part[11])
				if outlet, err := strconv.ParseInt(string(part[12]), 10, 64); err == nil {
					c.Outlet = r.outlets[outlet]
				}
				c.Published = r.date(r.in(part[13]))
				if len(part[14]) > 0 {
					c.URL = string(part[14])
				}
			}
			return fn(r.in(partName), &c, articleID)
		}, args...)
}

// eachRow runs a query and calls fn for each row.
func (db *DB) eachRow(ctx context.Context, query string, fn func(*sql.Rows) error, args ...any) error {
	return eachRowOf(ctx, db.db, query, fn, args...)
}

// querier is a database or a transaction, for eachRowOf.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// eachRowOf runs a query on q and calls fn for each row.
func eachRowOf(ctx context.Context, q querier, query string, fn func(*sql.Rows) error, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// FillQuotes sets what ComparableClaims leaves out — quote, raw figure,
// via, span, extractor and review state, the article's title — looking the
// claims up by ID.
func (db *DB) FillQuotes(ctx context.Context, claims []claimdiff.Claim) error {
	const batch = 500
	byID := map[int64][]int{}
	var ids []any
	for i := range claims {
		if claims[i].ID != 0 {
			if _, ok := byID[claims[i].ID]; !ok {
				ids = append(ids, claims[i].ID)
			}
			byID[claims[i].ID] = append(byID[claims[i].ID], i)
		}
	}
	for start := 0; start < len(ids); start += batch {
		end := min(start+batch, len(ids))
		q := `SELECT c.id, c.quote, c.raw, COALESCE(c.via, ''), c.span_start, c.span_end, COALESCE(c.source_alts, ''), c.extractor,
			c.extractor_version, c.review, COALESCE(a.url, ''), COALESCE(a.title, '')
			FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN (?` +
			strings.Repeat(",?", end-start-1) + `)`
		rows, err := db.db.QueryContext(ctx, q, ids[start:end]...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, start, end int64
			var quote, raw, via, alts, ex, exv, url, title string
			var review claimdiff.Review
			if err := rows.Scan(&id, &quote, &raw, &via, &start, &end, &alts, &ex, &exv, &review, &url, &title); err != nil {
				rows.Close()
				return err
			}
			for _, i := range byID[id] {
				c := &claims[i]
				c.Quote, c.Raw, c.Via, c.Extractor, c.ExtractorVersion, c.Review = quote, raw, via, ex, exv, review
				c.URL, c.Title = url, title
				c.Span = claimdiff.Span{Start: int(start), End: int(end)}
				if alts != "" {
					json.Unmarshal([]byte(alts), &c.SourceAlts)
				}
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// LastStatedOn returns the latest day a claim was stated on, not after
// notAfter; the zero time when there is none.
func (db *DB) LastStatedOn(ctx context.Context, notAfter time.Time) (time.Time, error) {
	var s sql.NullString
	err := db.db.QueryRowContext(ctx, `SELECT MAX(stated_on) FROM claims WHERE stated_on <= ?`,
		notAfter.Format(claimdiff.DateLayout)).Scan(&s)
	if err != nil || !s.Valid {
		return time.Time{}, err
	}
	return claimdiff.ParseDate(s.String)
}

// ClaimsByID returns the claims with the given IDs, whole and in the order
// given; an ID the store does not hold is left out.
func (db *DB) ClaimsByID(ctx context.Context, ids []int64) ([]claimdiff.Claim, error) {
	const batch = 500
	byID := make(map[int64]claimdiff.Claim, len(ids))
	for start := 0; start < len(ids); start += batch {
		end := min(start+batch, len(ids))
		args := make([]any, end-start)
		for i, id := range ids[start:end] {
			args[i] = id
		}
		rows, err := db.db.QueryContext(ctx, "SELECT "+claimColumns+" "+claimJoins+" WHERE c.id IN (?"+
			strings.Repeat(",?", end-start-1)+")", args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var c claimdiff.Claim
			if err := scanClaim(rows, &c); err != nil {
				rows.Close()
				return nil, err
			}
			byID[c.ID] = c
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	out := make([]claimdiff.Claim, 0, len(ids))
	for _, id := range ids {
		if c, ok := byID[id]; ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// Stories returns every story with its articles' count and dates and the
// places its claims name, most named first, ordered by first date (undated
// ones last), then key.
func (db *DB) Stories(ctx context.Context) ([]claimdiff.Story, error) {
	var out []claimdiff.Story
	at := map[string]int{}
	err := db.eachRow(ctx, `SELECT st.key, st.place, COUNT(a.id), COALESCE(MIN(a.published), ''), COALESCE(MAX(a.published), '')
		FROM stories st JOIN articles a ON a.story = st.key
		GROUP BY st.key
		ORDER BY MIN(a.published) IS NULL, MIN(a.published), st.key`, func(r *sql.Rows) error {
		var s claimdiff.Story
		var since, until string
		if err := r.Scan(&s.Key, &s.Place, &s.Articles, &since, &until); err != nil {
			return err
		}
		s.Since, _ = claimdiff.ParseDate(since)
		s.Until, _ = claimdiff.ParseDate(until)
		at[s.Key] = len(out)
		out = append(out, s)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = db.eachRow(ctx, `SELECT story, location FROM claims WHERE story != '' AND location IS NOT NULL AND location != ''
		GROUP BY story, location ORDER BY story, COUNT(*) DESC, location`, func(r *sql.Rows) error {
		var key, place string
		if err := r.Scan(&key, &place); err != nil {
			return err
		}
		if i, ok := at[key]; ok {
			out[i].Places = append(out[i].Places, place)
		}
		return nil
	})
	return out, err
}

// What a filter may name, for Known.
const (
	KnownArticle  = "article"
	KnownSource   = "source"
	KnownLocation = "location"
	KnownSubject  = "subject"
	KnownOutlet   = "outlet"
	KnownStory    = "story"
)

// Known reports whether the store holds a thing of this kind by this name
// (in any case): an article by key, a source by name or a name it was
// printed under, a location of a claim or a story, a subject, an outlet,
// a story by key (in its case).
// Filters use it to tell "none found" from "no such thing".
func (db *DB) Known(ctx context.Context, kind, name string) (bool, error) {
	var query string
	args := []any{name}
	switch kind {
	case KnownArticle:
		query = `SELECT EXISTS (SELECT 1 FROM articles WHERE key = ?)`
	case KnownSource:
		query = `SELECT EXISTS (SELECT 1 FROM sources WHERE name = ? COLLATE NOCASE)
			OR EXISTS (SELECT 1 FROM source_aliases WHERE alias = ? COLLATE NOCASE)`
		args = append(args, name)
	case KnownLocation:
		query = `SELECT EXISTS (SELECT 1 FROM claims WHERE location = ? COLLATE NOCASE)
			OR EXISTS (SELECT 1 FROM stories WHERE place = ? COLLATE NOCASE)`
		args = append(args, name)
	case KnownSubject:
		query = `SELECT EXISTS (SELECT 1 FROM claims WHERE subject = ? COLLATE NOCASE)`
	case KnownOutlet:
		query = `SELECT EXISTS (SELECT 1 FROM outlets WHERE name = ? COLLATE NOCASE)`
	case KnownStory:
		query = `SELECT EXISTS (SELECT 1 FROM stories WHERE key = ?)`
	default:
		return false, fmt.Errorf("no kind %q of named thing", kind)
	}
	var ok bool
	err := db.db.QueryRowContext(ctx, query, args...).Scan(&ok)
	return ok, err
}
