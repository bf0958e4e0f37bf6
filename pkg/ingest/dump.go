package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/jsonl"
)

// dumpLine is one article of a JSONL article dump.
type dumpLine struct {
	articleFields
	Text *string `json:"text"`
}

// isArticleDump reports whether the first record of a JSONL file has a
// "text" field: article dumps do, manifests and claim files do not.
func isArticleDump(path string) bool {
	if statRegular(path) != nil {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), jsonl.MaxLine)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var probe map[string]json.RawMessage
		if json.Unmarshal(line, &probe) != nil {
			return false
		}
		_, ok := probe["text"]
		return ok
	}
	return false
}

// readDump streams a JSONL article dump. An article's key is its URL, else
// the dump's file name and line ("dump.jsonl:12").
func readDump(path string, mf *Manifest, opts Options, fn func(Document) error) error {
	if err := statRegular(path); err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return claimdiff.Invalid(path, unwrapPathError(err))
	}
	defer f.Close()
	return readDumpFrom(f, path, mf, opts, fn)
}

func readDumpFrom(r io.Reader, path string, mf *Manifest, opts Options, fn func(Document) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(4096); len(head) > 0 {
		if _, ok := utf16Order(head); ok {
			return claimdiff.Errorf(claimdiff.EINVALID, "%s: UTF-16 text; a JSONL article dump is UTF-8: convert it, e.g. iconv -f utf-16 -t utf-8", path)
		}
	}
	articles := 0
	err := jsonl.Each(br, path, func(n int, data []byte) error {
		var l dumpLine
		if err := json.Unmarshal(data, &l); err != nil {
			return fmt.Errorf("not an article: %v", err)
		}
		if l.Text == nil {
			return errors.New(`"text" is missing: an article dump has one {"url","title","outlet","published","language","text"} object per line`)
		}
		meta, err := l.meta()
		if err != nil {
			return err
		}
		key := meta.URL
		if key == "" {
			key = fmt.Sprintf("%s:%d", filepath.Base(path), n)
		}
		meta = meta.merge(mf.lookup(key))
		a, err := newArticle(key, *l.Text, meta.merge(opts.Defaults))
		if err == nil {
			err = opts.checkLanguage(a.Language)
		}
		if err != nil {
			return err
		}
		articles++
		if err := fn(Document{Article: a, Origin: fmt.Sprintf("%s:%d", path, n), Size: int64(len(data)) + 1}); err != nil {
			// Keep the caller's error code: jsonl.Each reads plain errors as bad input.
			return &claimdiff.Error{Code: claimdiff.ErrorCode(err), Err: err}
		}
		return nil
	})
	if err == nil && articles == 0 {
		return claimdiff.Errorf(claimdiff.EINVALID, "%s: holds no articles", path)
	}
	return err
}
