package extract

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/pkg/lang"
)

// Every [frames] entry names a kind of frame, and its options stand after
// the kind: "put = verb ~at", never "put ~at = verb".
func TestFrameEntriesAreWellFormed(t *testing.T) {
	for _, code := range lang.Codes() {
		lx := lang.Get(code)
		for _, e := range lx.Section("frames").Entries() {
			kind, opts := frameSpec(e.Value)
			if kind == 0 {
				t.Errorf("%s.lex [frames] %q = %q: no kind of frame %q", code, e.Phrase, e.Value, strings.Fields(e.Value + " ?")[0])
			}
			if strings.Contains(e.Phrase, "~") {
				t.Errorf("%s.lex [frames] %q: an option belongs after the kind (%q)", code, e.Phrase, e.Value)
			}
			for _, o := range opts {
				if !strings.HasPrefix(o, "~") && o != "noun-too" && o != "own-passive" && o != "owner" {
					t.Errorf("%s.lex [frames] %q = %q: unknown option %q", code, e.Phrase, e.Value, o)
				}
			}
		}
	}
}
