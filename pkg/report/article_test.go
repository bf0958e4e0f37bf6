package report

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
)

// articleDispute is a dispute whose claims come from articles known in
// every way: by outlet, URL and title; by URL and title without an outlet;
// by a file name alone; by an address that is no web address.
func articleDispute() claimdiff.Conflict {
	day := time.Date(2024, 11, 5, 0, 0, 0, 0, time.UTC)
	mk := func(article, source string, v float64) claimdiff.Claim {
		low, high, _ := claimdiff.Bounds(claimdiff.Exact, v, nil)
		return claimdiff.Claim{Article: article, Quote: source + " sprach von " + claimdiff.FormatNumber(v) + " Soldaten.",
			Raw: claimdiff.FormatNumber(v), Qualifier: claimdiff.Exact, Value: v, Low: low, High: high, Metric: claimdiff.Troops,
			Subject: "north korean troops", Location: "Kursk", Source: source, SourceKind: claimdiff.KindOfficial,
			StatedOn: day, Published: day}
	}
	a := mk("d012.txt", "Pat Ryder", 10000)
	a.URL, a.Title = "https://www.krone.at/3561234", "Nordkoreaner an der Front"
	b := mk("d013.txt", "Volodymyr Zelensky", 12000)
	b.Outlet, b.URL, b.Title = "Kurier", "https://kurier.at/politik/a?x=1&y=(2)", `Zwölftausend <b>"Soldaten"</b>`
	c := mk("d014.txt", "Antony Blinken", 8000)
	d := mk("d015.txt", "Antony Blinken", 8000)
	d.URL = "javascript:alert(1)"
	claims := []claimdiff.Claim{a, b, c, d}
	return claimdiff.Conflict{ID: "d-test", Quantity: compare.QuantityOf(&a), Severity: claimdiff.Major, Gap: 0.33,
		Since: day, Until: day, Claims: claims, Voices: compare.Voices(claims), Sources: 3,
		Pairs: []claimdiff.ConflictPair{{A: 0, B: 1, Kind: claimdiff.Intervals, Gap: 0.17, Severity: claimdiff.Major},
			{A: 2, B: 1, Kind: claimdiff.Intervals, Gap: 0.33, Severity: claimdiff.Major}}}
}

// Voices name outlets, never file names: the outlet, else the URL's host,
// else "unknown outlet".
func TestVoicesNameOutletsNotFiles(t *testing.T) {
	c := articleDispute()
	got := map[string][]string{}
	for _, v := range c.Voices {
		got[v.Source] = v.Outlets
	}
	want := map[string]string{"Pat Ryder": "krone.at", "Volodymyr Zelensky": "Kurier", "Antony Blinken": "unknown outlet"}
	for source, outlet := range want {
		if strings.Join(got[source], ",") != outlet {
			t.Errorf("%s carried by %q, want %q", source, got[source], outlet)
		}
	}
}

func TestReportsLeadBackToTheArticle(t *testing.T) {
	c := articleDispute()
	brief := NewBrief(c, compare.Defaults)
	render := func(write func(*strings.Builder) error) string {
		var b strings.Builder
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	wd := &compare.WeeklyDiff{NewClaims: c.Claims, Disputes: []claimdiff.Conflict{c}}
	outputs := map[string]string{
		"conflicts.json": render(func(b *strings.Builder) error { return writeJSON(b, []conflictJSON{toConflictJSON(&c)}) }),
		"brief.json":     render(func(b *strings.Builder) error { return WriteBriefJSON(b, &brief) }),
		"weekly.json":    render(func(b *strings.Builder) error { return WriteWeeklyJSON(b, wd) }),
		"conflicts.html": render(func(b *strings.Builder) error { return WriteConflictsHTML(b, []claimdiff.Conflict{c}, "t") }),
		"brief.html":     render(func(b *strings.Builder) error { return WriteBriefHTML(b, &brief) }),
		"weekly.html":    render(func(b *strings.Builder) error { return WriteWeeklyHTML(b, wd) }),
		"brief.md":       render(func(b *strings.Builder) error { return WriteBrief(b, &brief, FormatMD) }),
		"brief.table":    render(func(b *strings.Builder) error { return WriteBrief(b, &brief, FormatTable) }),
		"weekly.md":      render(func(b *strings.Builder) error { return WriteWeekly(b, wd, FormatMD, Display{TTY: false}) }),
		"conflicts.csv": render(func(b *strings.Builder) error {
			return (&Table{Header: conflictsCSVHeader, Rows: conflictCSVRows(&c)}).Render(b, FormatCSV, Display{})
		}),
		"weekly.csv": render(func(b *strings.Builder) error { return WeeklyCSV(wd).Render(b, FormatCSV, Display{}) }),
		"claims.csv": render(func(b *strings.Builder) error { return ClaimsCSV(c.Claims).Render(b, FormatCSV, Display{}) }),
	}
	for _, tc := range []struct {
		desc, output string
		want, never  []string
	}{
		{desc: "JSON claims carry url and title", output: "conflicts.json",
			want: []string{`"url": "https://www.krone.at/3561234"`, `"title": "Nordkoreaner an der Front"`}},
		{desc: "JSON voices name outlets", output: "brief.json", want: []string{`"unknown outlet"`, `"Kurier"`},
			never: []string{`"d014.txt"` + "\n"}},
		{desc: "weekly JSON new claims carry url and title", output: "weekly.json",
			want: []string{`"url": "https://www.krone.at/3561234"`, `"title": "Nordkoreaner an der Front"`}},
		{desc: "HTML links the title to the URL", output: "conflicts.html",
			want: []string{`<td>krone.at</td><td><a href="https://www.krone.at/3561234" rel="noopener noreferrer">Nordkoreaner an der Front</a></td>`,
				`<a href="https://kurier.at/politik/a?x=1&amp;y=(2)" rel="noopener noreferrer">Zwölftausend &lt;b&gt;&#34;Soldaten&#34;&lt;/b&gt;</a>`,
				`<td>unknown outlet</td><td>d014.txt</td>`},
			never: []string{`<b>"Soldaten"`, `href="javascript:`}},
		{desc: "HTML brief links too", output: "brief.html", want: []string{`<a href="https://www.krone.at/3561234"`}, never: []string{`href="javascript:`}},
		{desc: "weekly HTML links the new claims' articles", output: "weekly.html",
			want:  []string{`<td>krone.at</td><td><a href="https://www.krone.at/3561234" rel="noopener noreferrer">Nordkoreaner an der Front</a></td>`},
			never: []string{`href="javascript:`}},
		{desc: "Markdown brief: a link under the quote", output: "brief.md",
			want: []string{"Soldaten.\n   [Nordkoreaner an der Front](https://www.krone.at/3561234)\n",
				"[Zwölftausend &lt;b&gt;\"Soldaten\"&lt;/b&gt;](https://kurier.at/politik/a?x=1&y=%282%29)",
				"   krone.at, published 2024-11-05", "   unknown outlet, published 2024-11-05",
				"article d014.txt (no URL or title stored)", "- Pat Ryder: 10,000, carried by krone.at"},
			never: []string{"](javascript:"}},
		{desc: "text brief: title and URL under the quote", output: "brief.table",
			want: []string{"Soldaten.\n   “Nordkoreaner an der Front” https://www.krone.at/3561234\n",
				"- Antony Blinken: 8,000, carried by unknown outlet\n"}},
		{desc: "Markdown weekly: the article cell is a link", output: "weekly.md",
			want:  []string{"| krone.at | [Nordkoreaner an der Front](https://www.krone.at/3561234) |", "| unknown outlet | d014.txt |"},
			never: []string{"](javascript:"}},
		{desc: "CSV has url and title columns", output: "conflicts.csv",
			want: []string{",url,title,", ",d012.txt,https://www.krone.at/3561234,Nordkoreaner an der Front,"}},
		{desc: "weekly CSV has url and title columns", output: "weekly.csv",
			want: []string{",url,title,", ",d012.txt,https://www.krone.at/3561234,Nordkoreaner an der Front,"}},
		{desc: "claims CSV has url and title columns", output: "claims.csv",
			want: []string{",url,title\n", ",https://www.krone.at/3561234,Nordkoreaner an der Front\n"}},
	} {
		out := outputs[tc.output]
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: %s lacks %q:\n%s", tc.desc, tc.output, w, out)
			}
		}
		for _, n := range tc.never {
			if strings.Contains(out, n) {
				t.Errorf("%s: %s holds %q", tc.desc, tc.output, n)
			}
		}
		if strings.HasSuffix(tc.output, ".json") && !json.Valid([]byte(out)) {
			t.Errorf("%s is not JSON", tc.output)
		}
	}
	var disputes []struct {
		Voices []struct {
			Source  string   `json:"source"`
			Outlets []string `json:"outlets"`
		} `json:"voices"`
	}
	if err := json.Unmarshal([]byte(outputs["conflicts.json"]), &disputes); err != nil || len(disputes) != 1 {
		t.Fatalf("conflicts.json: %v", err)
	}
	var voices []string
	for _, v := range disputes[0].Voices {
		voices = append(voices, v.Source+": "+strings.Join(v.Outlets, ", "))
	}
	if got, want := strings.Join(voices, "; "), "Pat Ryder: krone.at; Volodymyr Zelensky: Kurier; Antony Blinken: unknown outlet"; got != want {
		t.Errorf("JSON voices %q, want %q", got, want)
	}
}
