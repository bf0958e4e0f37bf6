package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/jsonl"
	"github.com/claimdiff/claimdiff/pkg/safe"
)

// Manifest is article metadata keyed by file name, read from a JSONL file
// with one object per article:
//
//	{"article":"003.txt","url":"https://…","title":"…","outlet":"Keystone-ATS","published":"2024-11-13","language":"de"}
//
// Only "article" is required; "outlet" and "published" may be null. A
// "story" names the story the article tells, where grouping should not
// decide it. Other fields are ignored.
type Manifest struct {
	Path    string
	entries map[string]manifestEntry
}

type manifestEntry struct {
	meta Meta
	line int
	used bool
}

type manifestLine struct {
	Article string `json:"article"`
	articleFields
}

// articleFields are an article's metadata as a manifest line and an
// article dump's line both give them.
type articleFields struct {
	URL       *string `json:"url"`
	Title     *string `json:"title"`
	Outlet    *string `json:"outlet"`
	Published *string `json:"published"`
	Language  *string `json:"language"`
	Story     *string `json:"story"`
}

// ReadManifest reads and checks a manifest. Every error names the file and line.
func ReadManifest(path string) (*Manifest, error) {
	if err := statRegular(path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, claimdiff.Invalid("manifest "+path, unwrapPathError(err))
	}
	defer f.Close()
	return readManifestFrom(f, path)
}

func readManifestFrom(r io.Reader, path string) (*Manifest, error) {
	m := &Manifest{Path: path, entries: map[string]manifestEntry{}}
	err := jsonl.Each(r, path, func(n int, data []byte) error {
		var l manifestLine
		if err := json.Unmarshal(data, &l); err != nil {
			return fmt.Errorf("not a manifest entry: %v", err)
		}
		if strings.TrimSpace(l.Article) == "" {
			return errors.New(`"article" (the file name) is missing`)
		}
		key := filepath.Base(l.Article)
		if prev, ok := m.entries[key]; ok {
			return fmt.Errorf("article %q is listed twice (first on line %d)", key, prev.line)
		}
		meta, err := l.meta()
		if err != nil {
			return err
		}
		m.entries[key] = manifestEntry{meta: meta, line: n}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(m.entries) == 0 {
		return nil, claimdiff.Errorf(claimdiff.EINVALID, "%s: manifest lists no articles", path)
	}
	return m, nil
}

func (l articleFields) meta() (Meta, error) {
	m := Meta{URL: str(l.URL), Title: str(l.Title), Outlet: str(l.Outlet), Language: str(l.Language)}
	var err error
	if m.Story, err = StoryKey(str(l.Story)); err != nil {
		return Meta{}, fmt.Errorf(`"story": %v`, err)
	}
	if p := str(l.Published); p != "" {
		t, err := ParseTime(p)
		if err != nil {
			return Meta{}, fmt.Errorf(`"published" %q is not a date (YYYY-MM-DD)`, p)
		}
		m.Published = t
	}
	if m.Language != "" && !validLanguage(m.Language) {
		return Meta{}, fmt.Errorf(`"language" %q is not a two-letter code such as de or en`, m.Language)
	}
	if err := m.check(); err != nil {
		return Meta{}, err
	}
	return m, nil
}

// check refuses metadata over the length limits of package safe, and a
// URL holding control or invisible characters. (The names are cleaned of
// invisible characters later, as every article's are.)
func (m Meta) check() error {
	if err := safe.CheckName("outlet", m.Outlet, safe.MaxName); err != nil {
		return err
	}
	if err := safe.CheckName("title", m.Title, safe.MaxTitle); err != nil {
		return err
	}
	if m.URL != "" {
		return safe.CheckURL("url", m.URL)
	}
	return nil
}

// lookup returns the metadata for a file name and marks the entry used.
func (m *Manifest) lookup(key string) Meta {
	if m == nil {
		return Meta{}
	}
	e, ok := m.entries[key]
	if !ok {
		return Meta{}
	}
	e.used = true
	m.entries[key] = e
	return e.meta
}

// Unused lists, as "FILE:LINE: name", the entries no article read so far
// has used, in line order.
func (m *Manifest) Unused() []string {
	if m == nil {
		return nil
	}
	type u struct {
		line int
		name string
	}
	var list []u
	for k, e := range m.entries {
		if !e.used {
			list = append(list, u{e.line, k})
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].line < list[j].line })
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = fmt.Sprintf("%s:%d: %s", m.Path, x.line, x.name)
	}
	return out
}

// ParseTime reads a publication date: YYYY-MM-DD or an RFC 3339 time, of
// which the date is kept.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(claimdiff.DateLayout, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date", s)
}

func str(s *string) string {
	if s == nil {
		return ""
	}
	return strings.TrimSpace(*s)
}

// Keys lists the articles the manifest names, in line order.
func (m *Manifest) Keys() []string {
	if m == nil {
		return nil
	}
	keys := make([]string, 0, len(m.entries))
	for k := range m.entries {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return m.entries[keys[i]].line < m.entries[keys[j]].line })
	return keys
}
