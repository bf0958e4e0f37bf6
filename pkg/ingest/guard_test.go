package ingest

import (
	"encoding/binary"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// walkWithin is collect that fails the test, rather than hang, when the
// walk does not end within a few seconds.
func walkWithin(t *testing.T, paths []string, opts Options) ([]Document, error) {
	t.Helper()
	type result struct {
		docs []Document
		err  error
	}
	done := make(chan result, 1)
	go func() {
		docs, err := collect(t, paths, opts)
		done <- result{docs, err}
	}()
	select {
	case r := <-done:
		return r.docs, r.err
	case <-time.After(5 * time.Second):
		t.Fatalf("reading %v hangs", paths)
		return nil, nil
	}
}

func TestOnlyRegularFilesAreRead(t *testing.T) {
	for _, tc := range []struct {
		desc string
		name string // the named pipe, in a folder of articles
		arg  bool   // named as an argument rather than found in the folder
	}{
		{desc: "a named pipe given as an article", name: "pipe.txt", arg: true},
		{desc: "a named pipe among the articles of a folder", name: "pipe.txt"},
		{desc: "a named pipe that looks like an article dump", name: "pipe.jsonl"},
		{desc: "a named pipe as the folder's manifest", name: "manifest.jsonl"},
		{desc: "a named pipe as an HTML page", name: "page.html"},
	} {
		dir := t.TempDir()
		write(t, dir, "a.txt", "Laut Polizei kamen 12 Menschen ums Leben.")
		fifo := filepath.Join(dir, tc.name)
		if err := syscall.Mkfifo(fifo, 0o644); err != nil {
			t.Fatal(err)
		}
		arg := dir
		if tc.arg {
			arg = fifo
		}
		_, err := walkWithin(t, []string{arg}, Options{})
		if err == nil || !strings.Contains(err.Error(), fifo+": a named pipe") || claimdiff.ErrorCode(err) != claimdiff.EINVALID {
			t.Errorf("%s: %v", tc.desc, err)
		}
		if Count([]string{arg}) != 0 {
			t.Errorf("%s: counted as an article file", tc.desc)
		}
	}
	dir := t.TempDir()
	write(t, dir, "a.txt", "Laut Polizei kamen 12 Menschen ums Leben.")
	fifo := filepath.Join(dir, "meta.jsonl")
	syscall.Mkfifo(fifo, 0o644)
	if _, err := walkWithin(t, []string{dir}, Options{Manifest: fifo}); err == nil || !strings.Contains(err.Error(), "a named pipe") {
		t.Errorf("a named pipe as --manifest: %v", err)
	}
}

func utf16Bytes(s string, order binary.ByteOrder, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xfeff}, units...)
	}
	out := make([]byte, 2*len(units))
	for i, u := range units {
		order.PutUint16(out[2*i:], u)
	}
	return out
}

func TestUTF16TextIsConverted(t *testing.T) {
	const text = "Laut Polizei kamen 12 Menschen ums Leben, teilte die Behörde in Köln mit. 𝄞"
	for _, tc := range []struct {
		desc  string
		order binary.ByteOrder
		bom   bool
	}{
		{"little-endian with a byte-order mark (FF FE)", binary.LittleEndian, true},
		{"big-endian with a byte-order mark (FE FF)", binary.BigEndian, true},
		{"little-endian without a mark", binary.LittleEndian, false},
		{"big-endian without a mark", binary.BigEndian, false},
	} {
		dir := t.TempDir()
		write(t, dir, "a.txt", string(utf16Bytes(text, tc.order, tc.bom)))
		docs, err := walkWithin(t, []string{dir}, Options{})
		if err != nil {
			t.Errorf("%s: %v", tc.desc, err)
			continue
		}
		if docs[0].Article.Text != text {
			t.Errorf("%s: read as %q", tc.desc, docs[0].Article.Text)
		}
	}
	dir := t.TempDir()
	write(t, dir, "bad.txt", string(append(utf16Bytes("Laut Polizei kamen 12", binary.LittleEndian, true), 0x00, 0xd8)))
	if _, err := walkWithin(t, []string{dir}, Options{}); err == nil || !strings.Contains(err.Error(), "iconv -f utf-16 -t utf-8") {
		t.Errorf("broken UTF-16: %v", err)
	}
	write(t, dir, "dump.jsonl", string(utf16Bytes(`{"text":"Laut Polizei kamen 12 Menschen ums Leben."}`+"\n", binary.LittleEndian, true)))
	if _, err := walkWithin(t, []string{filepath.Join(dir, "dump.jsonl")}, Options{}); err == nil || !strings.Contains(err.Error(), "iconv -f utf-16 -t utf-8") {
		t.Errorf("a UTF-16 dump: %v", err)
	}
}

func TestArticleTextLimits(t *testing.T) {
	for _, tc := range []struct {
		desc, dump, want string
	}{
		{"a NUL in a dump's text", `{"text":"Laut Polizei kamen 12\u0000 Menschen ums Leben."}`, `holds a NUL character`},
		{"a NUL in a dump's title", `{"title":"a\u0000b","text":"Laut Polizei kamen 12 Menschen ums Leben."}`, `the title holds a NUL`},
		{"a text above the limit", `{"text":"` + strings.Repeat("Laut Polizei kamen 12 Menschen. ", MaxTextBytes/30) + `"}`, "above the 8 MiB limit for one article"},
		{"a language claimdiff has no data for", `{"language":"xx","text":"Laut Polizei kamen 12 Menschen ums Leben."}`,
			`language "xx" is not one claimdiff reads: de, en, fr`},
	} {
		dir := t.TempDir()
		p := write(t, dir, "dump.jsonl", tc.dump+"\n")
		_, err := walkWithin(t, []string{p}, Options{Languages: []string{"de", "en", "fr"}})
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "dump.jsonl:1") {
			t.Errorf("%s: %v", tc.desc, err)
		}
	}
	dir := t.TempDir()
	write(t, dir, "a.txt", "Laut Polizei kamen 12 Menschen ums Leben.")
	write(t, dir, "manifest.jsonl", `{"article":"a.txt","language":"xx"}`+"\n")
	if _, err := walkWithin(t, []string{dir}, Options{Languages: []string{"de", "en", "fr"}}); err == nil ||
		!strings.Contains(err.Error(), `a.txt: language "xx" is not one claimdiff reads`) {
		t.Errorf("a manifest's unknown language: %v", err)
	}
}
