package cli

import (
	"context"
	"errors"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// storeOpener opens the store the --db flag, CLAIMDIFF_DB or the default
// names, when a command needs it.
type storeOpener struct {
	env  *Env
	flag *string
	// display names the store in messages when its path would confuse:
	// "a temporary store".
	display string
}

// Name is how messages call the store.
func (s *storeOpener) Name() string {
	if s.display != "" {
		return s.display
	}
	return s.Path()
}

// Path is the store's file name.
func (s *storeOpener) Path() string {
	if s.flag != nil && *s.flag != "" {
		return *s.flag
	}
	if p := s.env.Getenv("CLAIMDIFF_DB"); p != "" {
		return p
	}
	return sqlite.DefaultPath
}

// Create opens the store, creating it when there is no file or an empty
// one: for commands that write. A file that is not a claimdiff store is
// refused untouched.
func (s *storeOpener) Create(ctx context.Context) (*sqlite.DB, error) {
	return s.ready(sqlite.Open(ctx, s.Path()))
}

// Existing opens a store that must exist already: for commands that read,
// so that a mistyped --db is an error rather than an empty answer, and a
// missing or empty file is not made a store.
func (s *storeOpener) Existing(ctx context.Context) (*sqlite.DB, error) {
	db, err := sqlite.OpenExisting(ctx, s.Path())
	var none *sqlite.NoStoreError
	if errors.As(err, &none) {
		return nil, claimdiff.Errorf(claimdiff.ENOTFOUND,
			"%v: run 'claimdiff ingest' or 'claimdiff import' first, or name a store with --db", none)
	}
	return s.ready(db, err)
}

func (s *storeOpener) ready(db *sqlite.DB, err error) (*sqlite.DB, error) {
	if err != nil {
		return nil, err
	}
	db.Now = s.env.Now
	db.PartOf, db.PartScheme = compare.PartOf, compare.PartScheme
	return db, nil
}
