package cli

import (
	"fmt"
	"time"

	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// progress reports a long ingest on standard error: on a terminal, one
// line rewritten in place ten times a second; with --progress where
// standard error is a file or pipe, a line every few seconds. When the
// input's size is known, it says the share done and the time left.
type progress struct {
	env   *Env
	verb  string
	total int64 // bytes of input; 0 when unknown (standard input)
	tty   bool  // rewrite one line in place
	every time.Duration
	start time.Time
	last  time.Time
	shown bool
}

// pipeEvery is how often --progress writes a line where standard error is
// no terminal.
const pipeEvery = 5 * time.Second

func newProgress(env *Env, verb string, total int64, always bool) *progress {
	p := &progress{env: env, verb: verb, total: total, tty: env.IO.ErrTTY, start: time.Now()}
	switch {
	case p.tty:
		p.every = 100 * time.Millisecond
	case always:
		p.every = pipeEvery
	}
	return p
}

func (p *progress) update(done int, bytes int64, s sqlite.Stats) {
	if p.every == 0 {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < p.every {
		return
	}
	p.last = now
	line := p.line(done, bytes, s, now.Sub(p.start))
	if p.tty {
		p.shown = true
		fmt.Fprintf(p.env.IO.Err, "\r\033[K%s", line)
		return
	}
	fmt.Fprintln(p.env.IO.Err, line)
}

// line is what progress says after elapsed: "ingest: 42% of 120.0 MB,
// 3,100 articles (12 already stored), 18,400 claims, about 1m20s left".
func (p *progress) line(done int, bytes int64, s sqlite.Stats, elapsed time.Duration) string {
	counts := fmt.Sprintf("%s (%d already stored), %s", counted(done, "article"), s.Skipped, counted(s.Claims, "claim"))
	if p.total <= 0 || bytes <= 0 {
		return p.verb + ": " + counts
	}
	f := min(float64(bytes)/float64(p.total), 0.99)
	left := time.Duration(float64(elapsed) * (1 - f) / f).Round(time.Second)
	return fmt.Sprintf("%s: %d%% of %s, %s, about %s left", p.verb, int(100*f), megabytes(p.total), counts, left)
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.env.IO.Err, "\r\033[K")
	}
}

func megabytes(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1023)>>10)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// counted is "1 article", "3,100 articles".
func counted(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return thousands(n) + " " + noun + "s"
}

// thousands writes n with a comma between thousands: 12,345.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
