package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
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
// shared, so that a million claims fit in little memory. FillQuotes adds
// the quotes of the few a report shows.
func (db *DB) ComparableClaims(ctx context.Context, f Filter) ([]claimdiff.Claim, error) {
	where, args := f.where()
	rows, err := db.db.QueryContext(ctx, `SELECT c.id, a.key, c.raw, c.qualifier, c.value, c.value2, c.low, c.high, c.metric,
		c.subject, COALESCE(c.location, ''), s.name, c.source_kind, COALESCE(c.via, ''), COALESCE(c.period, ''),
		COALESCE(o.name, ''), COALESCE(a.published, ''), COALESCE(c.stated_on, ''), c.span_start, c.span_end `+
		claimJoins+where+" ORDER BY c.id", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	intern := map[string]string{}
	in := func(s string) string {
		if v, ok := intern[s]; ok {
			return v
		}
		intern[s] = s
		return s
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
	var out []claimdiff.Claim
	var value2, low, high sql.NullFloat64
	var article, raw, subject, location, source, via, period, outlet, published, stated string
	for rows.Next() {
		var c claimdiff.Claim
		if err := rows.Scan(&c.ID, &article, &raw, &c.Qualifier, &c.Value, &value2, &low, &high, &c.Metric,
			&subject, &location, &source, &c.SourceKind, &via, &period, &outlet, &published, &stated,
			&c.Span.Start, &c.Span.End); err != nil {
			return nil, err
		}
		c.Article, c.Raw, c.Subject, c.Location = in(article), raw, in(subject), in(location)
		c.Source, c.Via, c.Period, c.Outlet = in(source), in(via), in(period), in(outlet)
		c.Value2, c.Low, c.High = floatPtr(value2), floatPtr(low), floatPtr(high)
		c.Published, c.StatedOn = date(published), date(stated)
		out = append(out, c)
	}
	return out, rows.Err()
}

// FillQuotes sets the quote, extractor and review state of claims read by
// ComparableClaims, looking them up by ID.
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
		q := `SELECT id, quote, COALESCE(source_alts, ''), extractor, extractor_version, review FROM claims WHERE id IN (?` +
			strings.Repeat(",?", end-start-1) + `)`
		rows, err := db.db.QueryContext(ctx, q, ids[start:end]...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var quote, alts, ex, exv string
			var review claimdiff.Review
			if err := rows.Scan(&id, &quote, &alts, &ex, &exv, &review); err != nil {
				rows.Close()
				return err
			}
			for _, i := range byID[id] {
				c := &claims[i]
				c.Quote, c.Extractor, c.ExtractorVersion, c.Review = quote, ex, exv, review
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
