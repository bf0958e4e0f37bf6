package cli

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// Compiled test binaries ("go test -c" writes cli.test) stay out of the
// repository.
func TestTestBinariesAreIgnored(t *testing.T) {
	data, err := os.ReadFile("../../.gitignore")
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^\*\.test$`).Match(data) {
		t.Error(".gitignore does not ignore *.test")
	}
}

// make demo builds bin/claimdiff first, saying so on the first build and
// naming each package as it compiles, rather than minutes of silence; make
// install puts claimdiff on the PATH.
func TestMakeDemoSaysWhatItBuilds(t *testing.T) {
	data, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	mk := string(data)
	if !regexp.MustCompile(`(?m)^demo: build$`).MatchString(mk) {
		t.Error("make demo does not build bin/claimdiff first")
	}
	build := mk[strings.Index(mk, "\nbuild:"):]
	build = build[:strings.Index(build, "\n\n")]
	if !strings.Contains(build, "the first build") || !strings.Contains(build, "build -v") {
		t.Errorf("make build says nothing while it builds:\n%s", build)
	}
	if !regexp.MustCompile(`(?m)^install:\n\t\$\(GO\) install ./cmd/claimdiff$`).MatchString(mk) {
		t.Error("make install does not install claimdiff")
	}
}
