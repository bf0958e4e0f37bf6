package cli

import (
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

func TestProgressSaysShareAndTimeLeft(t *testing.T) {
	env, _, _ := testEnv(false)
	p := newProgress(env, "ingest", 200<<20, true)
	got := p.line(3100, 50<<20, sqlite.Stats{Skipped: 12, Claims: 18400}, 20*time.Second)
	want := "ingest: 25% of 200.0 MB, 3,100 articles (12 already stored), 18,400 claims, about 1m0s left"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// Standard input: no size, no share.
	p = newProgress(env, "ingest", 0, true)
	if got := p.line(7, 900, sqlite.Stats{}, time.Second); got != "ingest: 7 articles (0 already stored), 0 claims" {
		t.Errorf("got %q", got)
	}
}

func TestProgressInAPipeOnlyWhenAsked(t *testing.T) {
	for _, asked := range []bool{false, true} {
		env, _, errb := testEnv(false)
		p := newProgress(env, "ingest", 1000, asked)
		p.update(1, 500, sqlite.Stats{Claims: 3})
		p.done()
		if lines := strings.Count(errb.String(), "\n"); (lines == 1) != asked || strings.Contains(errb.String(), "\r") {
			t.Errorf("--progress %v: %q", asked, errb.String())
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -4500: "-4,500"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
