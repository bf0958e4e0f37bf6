package claimdiff

import (
	"strings"
	"testing"
)

func TestOutletName(t *testing.T) {
	for _, tc := range []struct {
		desc                      string
		article, outlet, url      string
		wantOutlet, wantURL, host string
	}{
		{desc: "the stored outlet first", article: "d012.txt", outlet: "Kronen Zeitung", url: "https://www.krone.at/3561234",
			wantOutlet: "Kronen Zeitung", wantURL: "https://www.krone.at/3561234"},
		{desc: "no outlet: the URL's host without www.", article: "d012.txt", url: "https://www.krone.at/3561234",
			wantOutlet: "krone.at", wantURL: "https://www.krone.at/3561234"},
		{desc: "host in lower case, without port", article: "a.txt", url: "http://WWW.Example.ORG:8080/x",
			wantOutlet: "example.org", wantURL: "http://WWW.Example.ORG:8080/x"},
		{desc: "a key that is a URL is the URL", article: "https://kurier.at/politik/1",
			wantOutlet: "kurier.at", wantURL: "https://kurier.at/politik/1"},
		{desc: "neither: unknown outlet, never the file name", article: "d012.txt", wantOutlet: UnknownOutlet},
		{desc: "a javascript: address names no host", article: "d012.txt", url: "javascript:alert(1)",
			wantOutlet: UnknownOutlet, wantURL: "javascript:alert(1)"},
		{desc: "a file: address names no host", article: "d012.txt", url: "file:///etc/passwd",
			wantOutlet: UnknownOutlet, wantURL: "file:///etc/passwd"},
	} {
		c := Claim{Article: tc.article, Outlet: tc.outlet, URL: tc.url}
		if got := c.OutletName(); got != tc.wantOutlet {
			t.Errorf("%s: OutletName = %q, want %q", tc.desc, got, tc.wantOutlet)
		}
		if got := c.ArticleURL(); got != tc.wantURL {
			t.Errorf("%s: ArticleURL = %q, want %q", tc.desc, got, tc.wantURL)
		}
	}
}

func TestWebURL(t *testing.T) {
	for s, want := range map[string]bool{
		"https://www.krone.at/1": true, "HTTP://example.org": true, "javascript:alert(1)": false,
		"d012.txt": false, "https://": false, "//example.org/x": false, "data:text/html,x": false,
	} {
		if got := WebURL(s); got != want {
			t.Errorf("WebURL(%q) = %v, want %v", s, got, want)
		}
	}
}

// A claim record carries its article's URL and title when they are known,
// and reads them back; without them the record is as the format lists it.
func TestRecordURLAndTitle(t *testing.T) {
	c := Claim{Article: "d012.txt", Quote: "Pat Ryder sprach von 11.000 Soldaten.", Raw: "11.000", Qualifier: Exact, Value: 11000, Metric: Troops, Subject: "north korean troops",
		Source: "Pat Ryder", SourceKind: KindOfficial, URL: "https://www.krone.at/3561234", Title: "Nordkoreaner an der Front"}
	b, err := c.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"url":"https://www.krone.at/3561234","title":"Nordkoreaner an der Front"`) {
		t.Errorf("record lacks url and title: %s", b)
	}
	back, err := DecodeClaim(b)
	if err != nil || back.URL != c.URL || back.Title != c.Title {
		t.Errorf("read back URL %q title %q, %v", back.URL, back.Title, err)
	}
	c.URL, c.Title = "", ""
	if b, _ = c.MarshalJSON(); strings.Contains(string(b), `"url"`) || strings.Contains(string(b), `"title"`) {
		t.Errorf("record without a URL or title names them: %s", b)
	}
}
