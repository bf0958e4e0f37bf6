package report

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/claimdiff/claimdiff/fixtures"
	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
)

// chromium finds a Chromium to drive: $CLAIMDIFF_CHROMIUM, else Debian's
// chromium on the PATH.
func chromium() string {
	if p := os.Getenv("CLAIMDIFF_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// htmlPages renders every HTML report on the seeds' gold claims.
func htmlPages(t *testing.T) (map[string]string, []claimdiff.Conflict) {
	t.Helper()
	claims, err := fixtures.SeedClaims()
	if err != nil {
		t.Fatal(err)
	}
	cs := compare.Conflicts(claims, compare.Defaults)
	wd := compare.Weekly(claims, compare.Week{Year: 2024, Number: 46}, compare.Week{Year: 2024, Number: 45}, compare.Defaults)
	brief := NewBrief(cs[0], compare.Defaults)
	pages := map[string]string{}
	for name, write := range map[string]func(*strings.Builder) error{
		"conflicts": func(b *strings.Builder) error { return WriteConflictsHTML(b, cs, "claimdiff · disputes") },
		"weekly":    func(b *strings.Builder) error { return WriteWeeklyHTML(b, &wd) },
		"brief":     func(b *strings.Builder) error { return WriteBriefHTML(b, &brief) },
		"sources": func(b *strings.Builder) error {
			return WriteTablePage(b, "claimdiff · sources", SourcesTable(compare.SourceStats(claims, cs, compare.Defaults)))
		},
	} {
		var b strings.Builder
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		pages[name] = b.String()
	}
	return pages, wd.Disputes
}

// The HTML reports open in a real headless Chromium with no console error
// and no request for anything outside the page; the weekly page has a chart
// for every disputed quantity. Screenshots go to the test's artifact folder
// (go test -artifacts keeps them).
func TestHTMLInBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		if os.Getenv("CLAIMDIFF_REQUIRE_BROWSER") != "" {
			t.Fatal("no Chromium found, and CLAIMDIFF_REQUIRE_BROWSER is set: install Debian's chromium package")
		}
		t.Skip("SKIPPED: no Chromium found, so the HTML reports were not opened in a browser; install Debian's chromium package to run this test")
	}
	pages, disputes := htmlPages(t)
	dir := t.TempDir()
	out := t.ArtifactDir()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("no-first-run", true),
		chromedp.WindowSize(1280, 900))
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	browser, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	if err := chromedp.Do(browser); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}

	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(dir, name+".html")
			if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
				t.Fatal(err)
			}
			tab, cancel := chromedp.NewContext(browser)
			defer cancel()
			if err := chromedp.Do(tab); err != nil { // opens the tab
				t.Fatal(err)
			}
			ctx, cancelTime := context.WithTimeout(tab, 60*time.Second)
			defer cancelTime()

			var mu sync.Mutex
			var problems []string
			err := chromedp.Listen(ctx, func(ev any) {
				mu.Lock()
				defer mu.Unlock()
				switch e := ev.(type) {
				case *runtime.EventConsoleAPICalled:
					if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
						problems = append(problems, fmt.Sprintf("console %s: %s", e.Type, argsText(e.Args)))
					}
				case *runtime.EventExceptionThrown:
					problems = append(problems, "exception: "+exceptionText(e.ExceptionDetails))
				case *network.EventRequestWillBeSent:
					if !strings.HasPrefix(e.Request.URL, "file://") && !strings.HasPrefix(e.Request.URL, "data:") {
						problems = append(problems, "request for "+e.Request.URL)
					}
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.Navigate("file://"+file), chromedp.WaitReady("body")); err != nil {
				t.Fatal(err)
			}
			title, err := chromedp.Run(ctx, chromedp.Title())
			if err != nil {
				t.Fatal(err)
			}
			charts, err := chromedp.Run(ctx, chromedp.Evaluate[string](
				`[...document.querySelectorAll("svg.timeline")].map(s => s.dataset.dispute + ":" + Math.round(s.getBBox().width)).join(" ") + " "`))
			if err != nil {
				t.Fatal(err)
			}
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(out, name+".png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %q, screenshot %s", name, title, filepath.Join(out, name+".png"))
			mu.Lock()
			for _, p := range problems {
				t.Error(p)
			}
			mu.Unlock()
			if name == "weekly" {
				if len(disputes) == 0 {
					t.Error("the seeds' weekly page has no disputes to chart")
				}
				for _, d := range disputes {
					if !strings.Contains(charts, d.ID+":") || strings.Contains(charts, d.ID+":0 ") {
						t.Errorf("no drawn chart for dispute %s (%s); charts: %q", d.ID, d.Quantity, charts)
					}
				}
			}
		})
	}
}

func argsText(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		parts = append(parts, strings.Trim(string(a.Value), `"`)+a.Description)
	}
	return strings.Join(parts, " ")
}

// Every HTML page is self-contained: nothing is loaded from elsewhere.
func TestHTMLSelfContained(t *testing.T) {
	pages, _ := htmlPages(t)
	for name, page := range pages {
		for _, bad := range []string{"<script src", "<link", "@import", "url(", "src=\"http", "href=\"http"} {
			if strings.Contains(page, bad) {
				t.Errorf("%s page loads from elsewhere: %q", name, bad)
			}
		}
	}
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return ""
	}
	if d.Exception != nil && d.Exception.Description != "" {
		return d.Text + " " + d.Exception.Description
	}
	return d.Text
}
