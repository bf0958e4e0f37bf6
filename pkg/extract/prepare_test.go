package extract

import (
	"math/rand/v2"
	"testing"

	"github.com/claimdiff/claimdiff/pkg/lang"
)

// The sections of the six tokens before each token, taken two by two,
// are those of the six taken one by one.
func TestWindowBits(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20; n++ {
		bits := make([]lang.Bits, n)
		for i := range bits {
			bits[i] = lang.Bits{1 << r.IntN(64), 1 << r.IntN(64), 1 << r.IntN(64)}
		}
		window := make([]lang.Bits, n+1)
		windowBits(window, bits)
		for j := range window {
			if want := orBits(bits[max(j-6, 0):j]); window[j] != want {
				t.Errorf("%d tokens: window[%d] = %x; want %x", n, j, window[j], want)
			}
		}
	}
}
