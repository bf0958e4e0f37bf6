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
	Since    time.Time // stated on or after
	Until    time.Time // stated on or before
}

const claimColumns = `c.id, a.key, c.quote, c.raw, c.qualifier, c.value, c.value2, c.low, c.high, c.metric,
	c.subject, COALESCE(c.location, ''), s.name, c.source_kind, COALESCE(c.via, ''), COALESCE(c.period, ''),
	COALESCE(c.source_alts, ''), COALESCE(o.name, ''), COALESCE(a.published, ''), COALESCE(c.stated_on, ''),
	c.span_start, c.span_end, c.extractor, c.extractor_version, c.review`

const claimJoins = `FROM claims c
	JOIN articles a ON a.id = c.article_id
	JOIN sources s ON s.id = c.source_id
	LEFT JOIN outlets o ON o.id = a.outlet_id`

func (f Filter) where() (string, []any) {
	var conds []string
	var args []any
	add := func(cond string, a ...any) {
		conds = append(conds, cond)
		args = append(args, a...)
	}
	if f.Article != "" {
		add("a.key = ?", f.Article)
	}
	if f.Source != "" {
		add(`(s.name = ? COLLATE NOCASE OR EXISTS (SELECT 1 FROM source_aliases sa
			WHERE sa.source_id = s.id AND sa.alias = ? COLLATE NOCASE))`, f.Source, f.Source)
	}
	if f.Metric != "" {
		add("c.metric = ?", string(f.Metric))
	}
	if f.Subject != "" {
		add("c.subject = ? COLLATE NOCASE", f.Subject)
	}
	if f.Location != "" {
		add("c.location = ? COLLATE NOCASE", f.Location)
	}
	if !f.Since.IsZero() {
		add("c.stated_on >= ?", f.Since.Format(claimdiff.DateLayout))
	}
	if !f.Until.IsZero() {
		add("c.stated_on <= ?", f.Until.Format(claimdiff.DateLayout))
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// EachClaim calls fn for every claim that f selects, ordered by article and
// position in the article, without holding them all in memory.
func (db *DB) EachClaim(ctx context.Context, f Filter, fn func(*claimdiff.Claim) error) error {
	where, args := f.where()
	rows, err := db.db.QueryContext(ctx, "SELECT "+claimColumns+" "+claimJoins+where+
		" ORDER BY a.key, c.span_start, c.id", args...)
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

func scanClaim(rows *sql.Rows, c *claimdiff.Claim) error {
	var value2, low, high sql.NullFloat64
	var alts, published, stated string
	*c = claimdiff.Claim{}
	err := rows.Scan(&c.ID, &c.Article, &c.Quote, &c.Raw, &c.Qualifier, &c.Value, &value2, &low, &high, &c.Metric,
		&c.Subject, &c.Location, &c.Source, &c.SourceKind, &c.Via, &c.Period, &alts, &c.Outlet, &published, &stated,
		&c.Span.Start, &c.Span.End, &c.Extractor, &c.ExtractorVersion, &c.Review)
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
	var out []claimdiff.Claim
	err := db.eachComparable(ctx, f, "id", func(c *claimdiff.Claim) error {
		out = append(out, *c)
		return nil
	})
	return out, err
}

// EachSubject calls fn with the comparable claims of one canonical subject
// at a time, as ComparableClaims reads them: everything the comparison
// relates — a part and its whole, killed and casualties — shares a
// subject, so a store far larger than memory compares a subject at a time.
// fn may keep the slice.
func (db *DB) EachSubject(ctx context.Context, f Filter, fn func(claims []claimdiff.Claim) error) error {
	// Each subject's slice is made to its size, counted first from the index.
	sizes := map[string]int{}
	if err := db.eachRow(ctx, `SELECT subject, COUNT(*) FROM claims GROUP BY subject`, func(r *sql.Rows) error {
		var s string
		var n int
		err := r.Scan(&s, &n)
		sizes[s] = n
		return err
	}); err != nil {
		return err
	}
	var batch []claimdiff.Claim
	err := db.eachComparable(ctx, f, "subject, metric, location, id", func(c *claimdiff.Claim) error {
		if len(batch) > 0 && batch[0].Subject != c.Subject {
			if err := fn(batch); err != nil {
				return err
			}
			batch = nil
		}
		if batch == nil {
			batch = make([]claimdiff.Claim, 0, sizes[c.Subject])
		}
		batch = append(batch, *c)
		return nil
	})
	if err == nil && len(batch) > 0 {
		err = fn(batch)
	}
	return err
}

func (db *DB) eachComparable(ctx context.Context, f Filter, order string, fn func(*claimdiff.Claim) error) error {
	if f.Article != "" || f.Source != "" {
		return fmt.Errorf("comparable claims are selected by subject, metric, location and date only")
	}
	// Articles and sources are read once into tables, so that the claims
	// are one pass over the comparison index.
	type articleInfo struct {
		key, outlet string
		published   time.Time
	}
	articles := map[int64]articleInfo{}
	rows, err := db.db.QueryContext(ctx, `SELECT a.id, a.key, COALESCE(o.name, ''), COALESCE(a.published, '')
		FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id`)
	if err != nil {
		return err
	}
	dates := map[string]time.Time{}
	date := func(s string) time.Time {
		if t, ok := dates[s]; ok {
			return t
		}
		t, _ := claimdiff.ParseDate(s)
		dates[s] = t
		return t
	}
	intern := map[string]string{}
	in := func(s string) string {
		if v, ok := intern[s]; ok {
			return v
		}
		intern[s] = s
		return s
	}
	for rows.Next() {
		var id int64
		var key, outlet, published string
		if err := rows.Scan(&id, &key, &outlet, &published); err != nil {
			rows.Close()
			return err
		}
		articles[id] = articleInfo{key, in(outlet), date(published)}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	sources := map[int64]string{}
	if err := db.eachRow(ctx, `SELECT id, name FROM sources`, func(r *sql.Rows) error {
		var id int64
		var name string
		err := r.Scan(&id, &name)
		sources[id] = name
		return err
	}); err != nil {
		return err
	}

	var conds []string
	var args []any
	if f.Subject != "" {
		conds, args = append(conds, "subject = ?"), append(args, f.Subject)
	}
	if f.Metric != "" {
		conds, args = append(conds, "metric = ?"), append(args, string(f.Metric))
	}
	if f.Location != "" {
		conds, args = append(conds, "location = ? COLLATE NOCASE"), append(args, f.Location)
	}
	if !f.Since.IsZero() {
		conds, args = append(conds, "stated_on >= ?"), append(args, f.Since.Format(claimdiff.DateLayout))
	}
	if !f.Until.IsZero() {
		conds, args = append(conds, "stated_on <= ?"), append(args, f.Until.Format(claimdiff.DateLayout))
	}
	where := ""
	if len(conds) > 0 {
		where = " WHERE " + strings.Join(conds, " AND ")
	}
	// The text fields come joined in one column, split on the unit
	// separator, and are interned; the bounds are taken from slabs. The
	// driver allocates for every column it returns, so that a million
	// claims would otherwise cost some fifteen million allocations.
	var slab []float64
	float := func(b []byte) (*float64, error) {
		if len(b) == 0 {
			return nil, nil
		}
		f, err := strconv.ParseFloat(string(b), 64)
		if err != nil {
			return nil, err
		}
		if len(slab) == cap(slab) {
			slab = make([]float64, 0, 4096)
		}
		slab = append(slab, f)
		return &slab[len(slab)-1], nil
	}
	internB := func(b []byte) string {
		if v, ok := intern[string(b)]; ok {
			return v
		}
		v := string(b)
		intern[v] = v
		return v
	}
	var c claimdiff.Claim
	var articleID, sourceID int64
	var fields sql.RawBytes
	var part [10][]byte
	return db.eachRow(ctx, `SELECT id, article_id, source_id, value, qualifier || x'1f' || metric || x'1f' || subject || x'1f' ||
		COALESCE(location, '') || x'1f' || source_kind || x'1f' || COALESCE(period, '') || x'1f' || COALESCE(stated_on, '') ||
		x'1f' || COALESCE(value2, '') || x'1f' || COALESCE(low, '') || x'1f' || COALESCE(high, '')
		FROM claims`+where+" ORDER BY "+order,
		func(r *sql.Rows) error {
			c = claimdiff.Claim{}
			if err := r.Scan(&c.ID, &articleID, &sourceID, &c.Value, &fields); err != nil {
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
			a := articles[articleID]
			c.Article, c.Outlet, c.Published = a.key, a.outlet, a.published
			c.Qualifier, c.Metric = claimdiff.Qualifier(internB(part[0])), claimdiff.Metric(internB(part[1]))
			c.Subject, c.Location, c.SourceKind = internB(part[2]), internB(part[3]), claimdiff.SourceKind(internB(part[4]))
			c.Period, c.StatedOn, c.Source = internB(part[5]), date(internB(part[6])), sources[sourceID]
			var err error
			if c.Value2, err = float(part[7]); err == nil {
				if c.Low, err = float(part[8]); err == nil {
					c.High, err = float(part[9])
				}
			}
			if err != nil {
				return fmt.Errorf("claim %d: %w", c.ID, err)
			}
			return fn(&c)
		}, args...)
}

// eachRow runs a query and calls fn for each row.
func (db *DB) eachRow(ctx context.Context, query string, fn func(*sql.Rows) error, args ...any) error {
	rows, err := db.db.QueryContext(ctx, query, args...)
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
// via, span, extractor and review state — looking the claims up by ID.
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
		q := `SELECT id, quote, raw, COALESCE(via, ''), span_start, span_end, COALESCE(source_alts, ''), extractor,
			extractor_version, review FROM claims WHERE id IN (?` +
			strings.Repeat(",?", end-start-1) + `)`
		rows, err := db.db.QueryContext(ctx, q, ids[start:end]...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id, start, end int64
			var quote, raw, via, alts, ex, exv string
			var review claimdiff.Review
			if err := rows.Scan(&id, &quote, &raw, &via, &start, &end, &alts, &ex, &exv, &review); err != nil {
				rows.Close()
				return err
			}
			for _, i := range byID[id] {
				c := &claims[i]
				c.Quote, c.Raw, c.Via, c.Extractor, c.ExtractorVersion, c.Review = quote, raw, via, ex, exv, review
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
