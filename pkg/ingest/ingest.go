// Package ingest reads articles from the places users keep them — plain-text
// files, HTML pages, JSONL article dumps, folders of any of these — together
// with their metadata (a manifest, the page itself, or flags), and hands
// them on one at a time as domain Articles.
//
// Reading is strict: a file that is empty, binary or not UTF-8, a manifest
// line that does not parse, stops the walk with an error that names the
// file (and line). Callers run the walk inside one transaction, so a bad
// input stores nothing.
package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/story"
)

// MaxFileBytes is the largest single input file read: 32 MiB. A news
// article is a few kilobytes and a heavy HTML page a few megabytes; a larger
// file is refused with an error rather than read into memory. JSONL article
// dumps are streamed and may be of any size, one article per line.
const MaxFileBytes = 32 << 20

// MaxTextBytes is the longest article text taken, in bytes, from any
// input: 8 MiB, some thousand times a long news article. It bounds the
// memory extraction takes for one article, also for a JSONL dump, whose
// lines may be longer (see jsonl.MaxLine).
const MaxTextBytes = 8 << 20

// Meta is an article's metadata from outside its text: from a manifest
// line, from the flags of a command, or from an HTML page.
type Meta struct {
	URL       string
	Title     string
	Outlet    string
	Published time.Time
	Language  string
	Story     string // the story the article tells, as a key (see StoryKey)
}

// merge fills the empty fields of m from d.
func (m Meta) merge(d Meta) Meta {
	if m.URL == "" {
		m.URL = d.URL
	}
	if m.Title == "" {
		m.Title = d.Title
	}
	if m.Outlet == "" {
		m.Outlet = d.Outlet
	}
	if m.Published.IsZero() {
		m.Published = d.Published
	}
	if m.Language == "" {
		m.Language = d.Language
	}
	if m.Story == "" {
		m.Story = d.Story
	}
	return m
}

// Options control a walk.
type Options struct {
	// Manifest is the path of a JSONL manifest; "" for none. A folder's own
	// manifest.jsonl is read when no manifest is given.
	Manifest string
	// Defaults fill the metadata no manifest or page gives (the --outlet,
	// --published, --lang and --url flags).
	Defaults Meta
	// Stdin is read as a JSONL article dump where a path is "-".
	Stdin io.Reader
	// Warn, when set, hears about what is odd but not wrong: manifest
	// entries that name no article read.
	Warn func(string)
	// Languages are the language codes claimdiff has data for; an article
	// said to be in another is refused. Empty: any two-letter code.
	Languages []string
}

// checkLanguage refuses an article in a language claimdiff has no data
// for: its claims would be lost, or read by another language's rules.
func (o Options) checkLanguage(code string) error {
	if code == "" || len(o.Languages) == 0 {
		return nil
	}
	for _, l := range o.Languages {
		if l == code {
			return nil
		}
	}
	return fmt.Errorf("language %q is not one claimdiff reads: %s (leave it out to have it detected)", code, strings.Join(o.Languages, ", "))
}

func (o Options) warnUnused(m *Manifest) {
	if o.Warn == nil {
		return
	}
	for _, u := range m.Unused() {
		o.Warn(u + ": no such article among the inputs; its metadata was not used")
	}
}

// Document is one article read from an input, with where it came from.
type Document struct {
	Article claimdiff.Article
	Origin  string // file path, or path:line for a JSONL dump
	// Size is how many bytes of the input it was read from: the file, or
	// the dump's line. Their sum over a walk is what Size(paths) counts.
	Size int64
}

// Walk reads every article under paths, in a stable order, and calls fn for
// each. Folders are read recursively for .txt, .html, .htm and article-dump
// .jsonl files; other files are passed over. It fails when a path names
// nothing or a folder holds no articles, and stops at the first error of
// fn.
func Walk(paths []string, opts Options, fn func(Document) error) error {
	if len(paths) == 0 {
		return claimdiff.Errorf(claimdiff.EINVALID, "no input: name files or folders to read")
	}
	var manifest *Manifest
	if opts.Manifest != "" {
		m, err := ReadManifest(opts.Manifest)
		if err != nil {
			return err
		}
		manifest = m
	}
	for _, p := range paths {
		if p == "-" {
			if opts.Stdin == nil {
				return claimdiff.Errorf(claimdiff.EINVALID, "-: standard input is not available")
			}
			if err := readDumpFrom(opts.Stdin, "stdin", manifest, opts, fn); err != nil {
				return err
			}
			continue
		}
		files, dirManifests, err := list(p)
		if err != nil {
			return err
		}
		// Without --manifest, each file takes the manifest of its own
		// folder, else of the nearest folder above it that has one.
		read := map[string]*Manifest{}
		var order []*Manifest
		for _, f := range files {
			mf := manifest
			if mf == nil {
				for dir := filepath.Dir(f); ; dir = filepath.Dir(dir) {
					if path, ok := dirManifests[dir]; ok {
						if mf = read[path]; mf == nil {
							if mf, err = ReadManifest(path); err != nil {
								return err
							}
							read[path] = mf
							order = append(order, mf)
						}
						break
					}
					if dir == filepath.Clean(p) || dir == filepath.Dir(dir) {
						break
					}
				}
			}
			if err := readFile(f, mf, opts, fn); err != nil {
				return err
			}
		}
		for _, mf := range order {
			opts.warnUnused(mf)
		}
	}
	if manifest != nil {
		opts.warnUnused(manifest)
	}
	return nil
}

// Size returns how many bytes of files Walk would read under paths, for
// progress reports; standard input counts nothing. It does not read them.
func Size(paths []string) int64 {
	var n int64
	for _, p := range paths {
		if p == "-" {
			continue
		}
		files, _, err := list(p)
		if err != nil {
			continue
		}
		for _, f := range files {
			if info, err := os.Stat(f); err == nil {
				n += info.Size()
			}
		}
	}
	return n
}

// Count returns how many files Walk would read under paths, for progress
// reports. It does not read them.
func Count(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
			continue
		}
		files, _, err := list(p)
		if err == nil {
			n += len(files)
		}
	}
	return n
}

// list returns the article files under p, sorted, and the manifests of p
// and of the folders under it, by folder (cleaned paths).
func list(p string) (files []string, manifests map[string]string, err error) {
	info, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil, claimdiff.Errorf(claimdiff.EINVALID, "%s: no such file or folder", p)
		}
		return nil, nil, claimdiff.Invalid(p, err)
	}
	if !info.IsDir() {
		if err := regular(p, info.Mode()); err != nil {
			return nil, nil, err
		}
		if formatOf(p) == formatUnknown {
			return nil, nil, claimdiff.Errorf(claimdiff.EINVALID, "%s: not an article file: expected .txt, .html, .htm or .jsonl", p)
		}
		return []string{p}, nil, nil
	}
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return claimdiff.Invalid(path, err)
		}
		if d.IsDir() {
			if path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if formatOf(path) == formatUnknown {
			return nil
		}
		// A named pipe, device or socket among the articles is refused by
		// name before anything opens it: opening a pipe waits for a writer.
		if err := regularEntry(path, d); err != nil {
			return err
		}
		switch formatOf(path) {
		case formatText, formatHTML:
			files = append(files, path)
		case formatJSONL:
			if d.Name() == "manifest.jsonl" {
				if manifests == nil {
					manifests = map[string]string{}
				}
				manifests[filepath.Dir(path)] = path
			} else if isArticleDump(path) {
				files = append(files, path)
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	if len(files) == 0 {
		return nil, nil, claimdiff.Errorf(claimdiff.EINVALID, "%s: folder holds no articles (.txt, .html, .htm or JSONL article dumps)", p)
	}
	sort.Strings(files)
	return files, manifests, nil
}

// regular refuses a path that is not a regular file (after symbolic
// links): only files are read, so that no input can block the reading.
func regular(path string, mode fs.FileMode) error {
	if mode.IsRegular() {
		return nil
	}
	kind := "not a regular file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	case mode&fs.ModeDevice != 0:
		kind = "a device"
	case mode.IsDir():
		kind = "a folder"
	}
	return claimdiff.Errorf(claimdiff.EINVALID,
		"%s: %s, not an article file: claimdiff reads only regular files (a stream can be piped in as a JSONL article dump with -)", path, kind)
}

func regularEntry(path string, d fs.DirEntry) error {
	mode := d.Type()
	if mode.IsRegular() {
		return nil
	}
	info, err := os.Stat(path) // a symbolic link: what it points to
	if err != nil {
		return claimdiff.Invalid(path, unwrapPathError(err))
	}
	return regular(path, info.Mode())
}

// statRegular is regular for a path not yet looked at.
func statRegular(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return claimdiff.Invalid(path, unwrapPathError(err))
	}
	return regular(path, info.Mode())
}

type format int

const (
	formatUnknown format = iota
	formatText
	formatHTML
	formatJSONL
)

func formatOf(path string) format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return formatText
	case ".html", ".htm":
		return formatHTML
	case ".jsonl", ".ndjson":
		return formatJSONL
	}
	return formatUnknown
}

func readFile(path string, mf *Manifest, opts Options, fn func(Document) error) error {
	if formatOf(path) == formatJSONL {
		return readDump(path, mf, opts, fn)
	}
	data, err := readLimited(path)
	if err != nil {
		return err
	}
	key := filepath.Base(path)
	meta := mf.lookup(key)
	var text string
	switch formatOf(path) {
	case formatHTML:
		page, err := parseHTML(data, meta.URL)
		if err != nil {
			return claimdiff.Invalid(path, err)
		}
		meta = meta.merge(page.Meta)
		text = page.Text
	default:
		if text, err = decodeText(data); err != nil {
			return claimdiff.Invalid(path, err)
		}
	}
	a, err := newArticle(key, text, meta.merge(opts.Defaults))
	if err == nil {
		err = opts.checkLanguage(a.Language)
	}
	if err != nil {
		return claimdiff.Invalid(path, err)
	}
	return fn(Document{Article: a, Origin: path, Size: int64(len(data))})
}

func readLimited(path string) ([]byte, error) {
	if err := statRegular(path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, claimdiff.Invalid(path, unwrapPathError(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, claimdiff.Invalid(path, unwrapPathError(err))
	}
	if len(data) > MaxFileBytes {
		return nil, claimdiff.Errorf(claimdiff.EINVALID,
			"%s: file is larger than the %d MiB limit for one article; split it, or convert it to a JSONL article dump", path, MaxFileBytes>>20)
	}
	return data, nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// decodeText checks that data is article text: not empty, not binary,
// UTF-8. UTF-16 text (with a byte-order mark, or without one but with
// every other byte NUL, as Windows writes it) is converted to UTF-8.
// Text in other encodings is refused, not guessed at: a wrong guess would
// store wrong quotes.
func decodeText(data []byte) (string, error) {
	if order, ok := utf16Order(data); ok {
		text, err := fromUTF16(data, order)
		if err != nil {
			return "", fmt.Errorf("UTF-16 text that does not convert (%v); convert it, e.g. iconv -f utf-16 -t utf-8", err)
		}
		data = []byte(text)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // byte-order mark
	if bytes.IndexByte(data, 0) >= 0 {
		return "", errors.New("binary file (it holds NUL bytes), not article text")
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
		return "", fmt.Errorf("not UTF-8 text (first bad byte on line %d); convert it, e.g. iconv -f latin1 -t utf-8", line)
	}
	return string(data), nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// Normalize is the text that is stored and hashed: line ends unified,
// trailing white space removed. Offsets of claims refer to this text.
func Normalize(text string) string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	return strings.TrimRightFunc(text, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\u00a0' })
}

// Digest is the hex SHA-256 of normalized text.
func Digest(normalized string) string {
	sum := sha256.Sum256([]byte(normalized))
	return hex.EncodeToString(sum[:])
}

func newArticle(key, text string, meta Meta) (claimdiff.Article, error) {
	text = Normalize(text)
	if strings.TrimSpace(text) == "" {
		return claimdiff.Article{}, errors.New("empty: no article text")
	}
	if len(text) > MaxTextBytes {
		return claimdiff.Article{}, fmt.Errorf("the article text is %.1f MiB, above the %d MiB limit for one article; split it",
			float64(len(text))/(1<<20), MaxTextBytes>>20)
	}
	// A NUL is no character of a text (a JSONL dump can write one as
	// \u0000): it would be stored, quoted and printed.
	for _, f := range []struct{ name, value string }{{"article text", text}, {"url", meta.URL}, {"title", meta.Title},
		{"outlet", meta.Outlet}, {"story", meta.Story}} {
		if strings.IndexByte(f.value, 0) >= 0 {
			return claimdiff.Article{}, fmt.Errorf("the %s holds a NUL character (\\u0000); remove it", f.name)
		}
	}
	if meta.Language != "" && !validLanguage(meta.Language) {
		return claimdiff.Article{}, fmt.Errorf("language %q is not a two-letter ISO 639-1 code such as de or en", meta.Language)
	}
	return claimdiff.Article{
		Key: key, URL: meta.URL, Title: meta.Title, Outlet: meta.Outlet,
		Published: meta.Published, Language: strings.ToLower(meta.Language), Story: meta.Story,
		SHA256: Digest(text), Text: text,
	}, nil
}

// StoryKey turns the name a user gives a story ("Kursk offensive") into its
// key ("kursk-offensive"): lower-case letters and digits joined by hyphens.
func StoryKey(name string) (string, error) {
	if strings.TrimSpace(name) == "" {
		return "", nil
	}
	key := story.Slug(name)
	if key == "" {
		return "", fmt.Errorf("story %q has no letters or digits to name it by", name)
	}
	if len(key) > maxStoryKey {
		return "", fmt.Errorf("story %q is longer than %d characters", name, maxStoryKey)
	}
	return key, nil
}

// maxStoryKey bounds a story's key.
const maxStoryKey = 80

func validLanguage(s string) bool {
	if len(s) != 2 {
		return false
	}
	for _, r := range strings.ToLower(s) {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}
