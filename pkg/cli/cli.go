// Package cli is claimdiff's command line: one cobra command per file, each
// with an options struct, a NewCmdX constructor and an xRun function. Input,
// output, the environment and the clock come in through Env, so every
// command runs in-process in tests; errors become messages and exit codes
// in one place, Main.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/report"
	"github.com/claimdiff/claimdiff/pkg/safe"
	"github.com/claimdiff/claimdiff/pkg/sqlite"
)

// Exit codes.
const (
	ExitOK       = 0
	ExitError    = 1 // something failed that is not the user's doing
	ExitUsage    = 2 // a bad flag, argument or input file
	ExitNotFound = 3 // a named article, claim or dispute does not exist
	ExitBelow    = 4 // eval: a score is below the --min-* threshold
	// ExitInterrupted: the user pressed Ctrl-C (128 + SIGINT, as shells
	// report a process SIGINT ended).
	ExitInterrupted = 130
)

// IOStreams are a command's input and output.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	OutTTY bool // Out is a terminal: draw tables
	ErrTTY bool // Err is a terminal: show progress
}

// Env is everything a command takes from the world outside it.
type Env struct {
	IO     IOStreams
	Now    func() time.Time
	Getenv func(string) string
	// Width is how many columns the terminal of Out has; 0 when unknown.
	Width int
	// Header: write a header line before tab-separated rows (--header).
	Header bool
}

// display says where tables go: the terminal and its width, or a pipe.
func (e *Env) display() report.Display {
	return report.Display{TTY: e.IO.OutTTY, Width: e.Width, Header: e.Header}
}

// terminalWidth is how many columns the terminal of f has: as it says, else
// as $COLUMNS says; 0 when neither knows.
func terminalWidth(f *os.File) int {
	if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
		return w
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return 0
}

// System returns the Env of the running process.
func System() *Env {
	return &Env{
		IO: IOStreams{
			In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
			OutTTY: isTerminal(os.Stdout), ErrTTY: isTerminal(os.Stderr),
		},
		Now:    time.Now,
		Getenv: os.Getenv,
		Width:  terminalWidth(os.Stdout),
	}
}

// isTerminal asks the terminal itself: /dev/null is a character device too,
// and output sent there is no table to draw.
func isTerminal(f *os.File) bool {
	return term.IsTerminal(int(f.Fd()))
}

// Run is claimdiff as a process: Main with the process's streams, and
// the first Ctrl-C cancelling the context, so that a write stops between
// articles and stores nothing. A second Ctrl-C ends the process at once.
func Run(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	go func() {
		<-ctx.Done()
		stop()
	}()
	defer stop()
	return Main(ctx, System(), args)
}

// Main runs claimdiff with args (without the program name) and returns the
// exit code. Errors are printed to env.IO.Err as "claimdiff: message", with
// the control characters of any data they quote shown escaped.
func Main(ctx context.Context, env *Env, args []string) int {
	root, store := newRootCmd(env)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	if ctx.Err() != nil {
		// Ctrl-C: whatever failed after it failed because of it.
		msg := "interrupted"
		var in interruption
		if errors.As(err, &in) {
			msg = err.Error()
		}
		fmt.Fprintln(env.IO.Err, "claimdiff: "+msg)
		return ExitInterrupted
	}
	msg := err.Error()
	if p := store.Path(); sqlite.IsStoreError(err) && !strings.Contains(msg, p) {
		// What SQLite says ("disk I/O error") names no file.
		msg = "store " + store.Name() + ": " + msg
	}
	if !strings.HasSuffix(msg, "\n") {
		msg += "\n"
	}
	fmt.Fprint(env.IO.Err, "claimdiff: "+safe.Terminal(msg))
	var ue *usageError
	if errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command") {
		fmt.Fprintln(env.IO.Err, "Run 'claimdiff --help' for usage.")
	}
	return exitCode(err)
}

func exitCode(err error) int {
	var ue *usageError
	var be *belowError
	switch {
	case errors.As(err, &ue), strings.HasPrefix(err.Error(), "unknown command"):
		return ExitUsage
	case errors.As(err, &be):
		return ExitBelow
	}
	switch claimdiff.ErrorCode(err) {
	case claimdiff.EINVALID:
		return ExitUsage
	case claimdiff.ENOTFOUND:
		return ExitNotFound
	}
	return ExitError
}

// warn prints each message to standard error as a warning, its control
// characters shown escaped.
func warn(env *Env, msgs ...string) {
	for _, m := range msgs {
		fmt.Fprintln(env.IO.Err, "warning: "+safe.Line(m))
	}
}

// usageError is a mistake in the command line itself.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// interruption is an error that says what an interrupt left behind.
type interruption interface {
	error
	interrupted()
}

// interruptedError is a write stopped by Ctrl-C. stored tells what it
// left: nothing, or everything but the disputes found again after it.
type interruptedError struct {
	err    error
	stored bool
}

func (e *interruptedError) Error() string {
	if e.stored {
		return "interrupted after the claims were stored: 'claimdiff conflicts' will find their disputes"
	}
	return "interrupted: nothing was stored"
}
func (e *interruptedError) Unwrap() error { return e.err }
func (e *interruptedError) interrupted()  {}

// stopped returns err, or, when ctx was cancelled (Ctrl-C) during a write
// that ended without storing, the error that says nothing was stored.
func stopped(ctx context.Context, err error) error {
	if err != nil && ctx.Err() != nil {
		return &interruptedError{err: ctx.Err()}
	}
	return err
}

// belowError is a score under a threshold the user set.
type belowError struct{ msg string }

func (e *belowError) Error() string { return e.msg }

// NewRootCmd builds the claimdiff command tree.
func NewRootCmd(env *Env) *cobra.Command {
	root, _ := newRootCmd(env)
	return root
}

func newRootCmd(env *Env) (*cobra.Command, *storeOpener) {
	var dbPath string
	root := &cobra.Command{
		Use:   "claimdiff",
		Short: "Track where news sources disagree about figures",
		Long: `claimdiff reads news articles in German, English and French, extracts
every numeric claim — troop counts, casualty figures, crowd sizes, any
countable thing — with who asserted it, stores the claims in an SQLite
file, and reports where outlets and officials disagree.

The store is claimdiff.db in the working directory unless --db or the
CLAIMDIFF_DB environment variable names another. A file that is not a
claimdiff store (another program's SQLite database, any other file) is
refused and left as it was; a missing or empty one becomes a store only
by ingest, import or demo.`,
		Example: `  claimdiff demo                                  # the whole job on the bundled articles
  claimdiff ingest articles/ --manifest manifest.jsonl
  claimdiff claims --metric troops --format jsonl
  claimdiff conflicts --min-severity major
  claimdiff stories                               # which articles tell one event
  claimdiff weekly --week 2024-W46 --format html > week46.html
  claimdiff eval --gold gold.jsonl --show`,
		Version:       Version,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetIn(env.IO.In)
	root.SetOut(env.IO.Out)
	root.SetErr(env.IO.Err)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	root.PersistentFlags().StringVar(&dbPath, "db", "", "SQLite store `FILE` (default $CLAIMDIFF_DB, else claimdiff.db)")
	root.PersistentFlags().BoolVar(&env.Header, "header", false, "in a pipe, write a header line before the tab-separated rows")

	store := &storeOpener{env: env, flag: &dbPath}
	root.AddCommand(
		NewCmdIngest(env, store, nil),
		NewCmdExtract(env, nil),
		NewCmdImport(env, store, nil),
		NewCmdClaims(env, store, nil),
		NewCmdConflicts(env, store, nil),
		NewCmdWeekly(env, store, nil),
		NewCmdBrief(env, store, nil),
		NewCmdSources(env, store, nil),
		NewCmdStories(env, store, nil),
		NewCmdArticles(env, store),
		NewCmdEval(env, store, nil),
		NewCmdTrain(env, nil),
		NewCmdCheck(env, store, nil),
		NewCmdDemo(env, store, nil),
		NewCmdSynth(env, nil),
	)
	return root, store
}

// Version is claimdiff's version, printed by --version.
const Version = "0.1.0"

// exactArgs is cobra.ExactArgs with a usage error that says what is missing.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s takes %s (got %d arguments)", cmd.CommandPath(), what, len(args))
		}
		return nil
	}
}

func minArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("%s needs %s", cmd.CommandPath(), what)
		}
		return nil
	}
}

// parseDateFlag reads a YYYY-MM-DD flag value.
func parseDateFlag(name, value string) (time.Time, error) {
	if value == "" {
		return time.Time{}, nil
	}
	t, err := claimdiff.ParseDate(value)
	if err != nil {
		return t, usagef("--%s %q is not a date: write YYYY-MM-DD", name, value)
	}
	return t, nil
}
