package ingest

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// The readers take untrusted files: whatever the bytes, they return an
// article of valid UTF-8 text or an error naming the file, and never panic.

func FuzzText(f *testing.F) {
	for _, s := range []string{"Mindestens 12 Menschen starben.", "\xef\xbb\xbfBOM", "Stra\xdfe", "a\x00b", "", " \n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, err := decodeText(data)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 accepted: %q", text)
		}
		a, err := newArticle("f.txt", text, Meta{})
		if err == nil && (a.SHA256 == "" || !utf8.ValidString(a.Text)) {
			t.Fatalf("article %+v", a)
		}
	})
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		`<html><head><title>T</title><meta property="og:site_name" content="S"></head><body><article><p>Rund 3500 Menschen wurden evakuiert, teilte die Stadt mit. Die Lage bleibt angespannt, sagte ein Sprecher.</p></article></body></html>`,
		`<div><div><div><p>unclosed`, `<html><meta charset="iso-8859-1"><p>Stra` + "\xdf" + `e gesperrt, sagte die Polizei am Morgen.</p>`,
		`<script>alert(1)</script>`, "", "<",
		strings.Repeat("<div>", 5000) + "Text" + strings.Repeat("</div>", 10),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := parseHTML(data, "")
		if err != nil {
			return
		}
		if strings.TrimSpace(p.Text) == "" || !utf8.ValidString(p.Text) || !utf8.ValidString(p.Meta.Title) || !utf8.ValidString(p.Meta.Outlet) {
			t.Fatalf("page %+v", p)
		}
	})
}

func FuzzDump(f *testing.F) {
	for _, s := range []string{
		`{"url":"a","title":"T","outlet":"O","published":"2024-11-12","language":"de","text":"Drei Menschen starben."}` + "\n",
		`{"url":"a","text":"x"}` + "\n" + `{"url":"b","text":"unterminated`,
		`{"text":"\u0000"}`, `{"published":"12.11.2024","text":"x"}`, "\n\n", `[]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		err := readDumpFrom(bytes.NewReader(data), "f.jsonl", nil, Options{}, func(d Document) error {
			if !utf8.ValidString(d.Article.Text) || d.Article.Key == "" || d.Article.SHA256 == "" {
				t.Fatalf("document %+v", d)
			}
			return nil
		})
		if err != nil && !strings.Contains(err.Error(), "f.jsonl") {
			t.Fatalf("error does not name the file: %v", err)
		}
	})
}

func FuzzManifest(f *testing.F) {
	for _, s := range []string{
		`{"article":"a.txt","outlet":"O","published":"2024-11-12","language":"de"}` + "\n",
		`{"article":"a.txt","published":null,"outlet":null}`, `{"article":""}`, `{"article":"a.txt"}` + "\n" + `{"article":"a.txt"}`,
		`{"article": 5}`, "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := readManifestFrom(bytes.NewReader(data), "m.jsonl")
		if err != nil {
			if !strings.Contains(err.Error(), "m.jsonl") {
				t.Fatalf("error does not name the manifest: %v", err)
			}
			if claimdiff.ErrorCode(err) != claimdiff.EINVALID {
				t.Fatalf("error is not bad input: %v", err)
			}
			return
		}
		if len(m.entries) == 0 {
			t.Fatal("a manifest with no entries accepted")
		}
	})
}
