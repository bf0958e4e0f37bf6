package cli

import (
	"context"
	"errors"
	"io/fs"
	"os"

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

// Create opens the store, creating it when it does not exist: for commands
// that write.
func (s *storeOpener) Create(ctx context.Context) (*sqlite.DB, error) {
	db, err := sqlite.Open(ctx, s.Path())
	if err != nil {
		return nil, err
	}
	db.Now = s.env.Now
	db.PartOf, db.PartScheme = compare.PartOf, compare.PartScheme
	return db, nil
}

// Existing opens a store that must exist already: for commands that read,
// so that a mistyped --db is an error rather than an empty answer.
func (s *storeOpener) Existing(ctx context.Context) (*sqlite.DB, error) {
	p := s.Path()
	if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
		return nil, claimdiff.Errorf(claimdiff.ENOTFOUND,
			"no store at %s: run 'claimdiff ingest' or 'claimdiff import' first, or name a store with --db", p)
	}
	return s.Create(ctx)
}
