package cli

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/claimdiff/claimdiff/fixtures"
)

// TestMain lets the scripts in testdata/script, and the benchmarks, run
// claimdiff as a real command, in a process of its own.
func TestMain(m *testing.M) {
	if os.Getenv(asMainEnv) == "1" {
		// A benchmark runs claimdiff as a process of its own.
		os.Exit(Run(os.Args[1:]))
	}
	testscript.Main(m, map[string]func(){
		"claimdiff": func() { os.Exit(Main(context.Background(), System(), os.Args[1:])) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script. Each starts
// in a fresh folder holding the seed articles in seeds/.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("CLAIMDIFF_DB", "")
			return fixtures.WriteDir(fixtures.Seeds, filepath.Join(env.WorkDir, "seeds"))
		},
	})
}
