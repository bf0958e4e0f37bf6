package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// ArticleFilter narrows an article listing. Zero fields do not filter.
type ArticleFilter struct {
	Story  string
	Outlet string // any case
	Limit  int    // 0: all
}

// Articles lists the stored articles, ordered by publication date (undated
// last), then key.
func (db *DB) Articles(ctx context.Context, f ArticleFilter) ([]claimdiff.ListedArticle, error) {
	var w conditions
	if f.Story != "" {
		w.add("a.story = ?", f.Story)
	}
	if f.Outlet != "" {
		w.add("o.name = ? COLLATE NOCASE", f.Outlet)
	}
	where, args := w.where(), w.args
	limit := ""
	if f.Limit > 0 {
		limit = fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	var out []claimdiff.ListedArticle
	err := db.eachRow(ctx, `SELECT a.id, a.key, COALESCE(a.url, ''), COALESCE(a.title, ''), COALESCE(o.name, ''),
		COALESCE(a.published, ''), COALESCE(a.language, ''), a.story, COALESCE(a.sha256, ''),
		(SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id)
		FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id`+where+`
		ORDER BY a.published IS NULL, a.published, a.key`+limit, func(r *sql.Rows) error {
		var s claimdiff.ListedArticle
		var published string
		if err := r.Scan(&s.ID, &s.Key, &s.URL, &s.Title, &s.Outlet, &published, &s.Language, &s.Story, &s.SHA256,
			&s.Claims); err != nil {
			return err
		}
		s.Published, _ = claimdiff.ParseDate(published)
		out = append(out, s)
		return nil
	}, args...)
	return out, err
}

// RemoveArticles removes the articles with the given keys, with their
// claims, in one transaction: when one of them is not stored, nothing is
// removed. The kept results of the parts their claims leave are dropped,
// to be found again. It returns how many claims went with them.
func (db *DB) RemoveArticles(ctx context.Context, keys []string) (claims int, err error) {
	err = db.inTx(ctx, func(tx *sql.Tx) error {
		for _, key := range keys {
			var id int64
			switch err := tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE key = ?`, key).Scan(&id); {
			case err == sql.ErrNoRows:
				return claimdiff.Errorf(claimdiff.ENOTFOUND, "no article %q in the store %s; nothing was removed", key, db.Path)
			case err != nil:
				return err
			}
			parts := map[string]int{}
			err := eachRowOf(ctx, tx, `SELECT part, COUNT(*) FROM claims WHERE article_id = ? GROUP BY part`, func(r *sql.Rows) error {
				var part string
				var n int
				err := r.Scan(&part, &n)
				parts[part] = n
				return err
			}, id)
			if err != nil {
				return err
			}
			for part, n := range parts {
				claims += n
				if _, err := tx.ExecContext(ctx, `UPDATE parts SET claims = claims - ? WHERE part = ?`, n, part); err != nil {
					return err
				}
				if _, err := tx.ExecContext(ctx, `DELETE FROM parts WHERE part = ? AND claims <= 0`, part); err != nil {
					return err
				}
				if err := dropKept(ctx, tx, part); err != nil {
					return err
				}
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE id = ?`, id); err != nil {
				return fmt.Errorf("remove article %s: %w", key, err)
			}
		}
		return nil
	})
	return claims, err
}
