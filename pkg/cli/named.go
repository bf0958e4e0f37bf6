package cli

import (
	"context"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/lang"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// canonicalPlace is the canonical name of a place named in any of the
// supported languages ("Russland", "Russie" → "Russia"); the name itself
// when the place data does not know it.
func canonicalPlace(name string) string { return canonicalIn(lang.Places(), name) }

// canonicalSource is the canonical name of a source named in any of the
// supported languages ("Selenskyj" → "Volodymyr Zelensky"); the name
// itself when the source data does not know it.
func canonicalSource(name string) string { return canonicalIn(lang.Sources(), name) }

func canonicalIn(g *lang.Gazetteer, name string) string {
	if n := g.Lookup(name); n != nil {
		return n.Name
	}
	return strings.TrimSpace(name)
}

// named is a thing a filter flag names.
type named struct {
	flag, kind, value string
}

// requireKnown fails with not found (exit 3) for the first name the store
// does not hold, so that a mistyped filter is an error rather than an
// empty answer.
func requireKnown(ctx context.Context, db *sqlite.DB, names ...named) error {
	for _, n := range names {
		if n.value == "" {
			continue
		}
		ok, err := db.Known(ctx, n.kind, n.value)
		if err != nil {
			return err
		}
		if !ok {
			return claimdiff.Errorf(claimdiff.ENOTFOUND, "--%s %q: no %s of that name in the store %s", n.flag, n.value, n.kind, db.Path)
		}
	}
	return nil
}

// requireStory fails with not found when story, if named, is no story of
// the store.
func requireStory(ctx context.Context, db *sqlite.DB, story string) error {
	if story == "" {
		return nil
	}
	ok, err := db.Known(ctx, sqlite.KnownStory, story)
	if err == nil && !ok {
		err = claimdiff.Errorf(claimdiff.ENOTFOUND, "no story %q in the store; 'claimdiff stories' lists them", story)
	}
	return err
}

// knownSource is the name under which the store knows a source named in
// any language: the name as given when the store knows it, else its
// canonical name.
func knownSource(ctx context.Context, db *sqlite.DB, name string) (string, error) {
	if name == "" {
		return "", nil
	}
	if ok, err := db.Known(ctx, sqlite.KnownSource, name); err != nil || ok {
		return name, err
	}
	return canonicalSource(name), nil
}
