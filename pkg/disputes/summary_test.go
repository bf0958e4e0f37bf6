package disputes

import (
	"reflect"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/fixtures"
	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compare"
)

// seedDisputes are the disputes among the seeds' gold claims, as the
// comparison keeps them.
func seedDisputes(t testing.TB) []Dispute {
	t.Helper()
	claims, err := fixtures.SeedClaims()
	if err != nil {
		t.Fatal(err)
	}
	for i := range claims {
		claims[i].ID = int64(100 + 7*i)
	}
	ds := disputesOf(claims, compare.Find(claims, compare.Defaults))
	if len(ds) == 0 {
		t.Fatal("no disputes among the seeds")
	}
	return ds
}

func TestKeptDisputesReadBackAsWritten(t *testing.T) {
	ds := seedDisputes(t)
	summaries, err := decodeSummaries(encodeSummaries(ds), "p", nil)
	if err != nil || len(summaries) != len(ds) {
		t.Fatalf("summaries: %d, %v", len(summaries), err)
	}
	for i := range ds {
		want, got := ds[i].Conflict, summaries[i].Conflict
		want.Voices = slices.Clone(want.Voices)
		for v := range want.Voices { // only how many outlets is kept
			want.Voices[v].Outlets = make([]string, len(want.Voices[v].Outlets))
			want.Voices[v].Claims = nil
		}
		want.Pairs = slices.Clone(want.Pairs)
		for p := range want.Pairs { // and only the kinds of pairs
			want.Pairs[p] = claimdiff.ConflictPair{Kind: want.Pairs[p].Kind}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("summary read back as\n%+v\nwant\n%+v", got, want)
		}
	}
	details, err := decodeDetails(encodeDetails(ds))
	if err != nil || len(details) != len(ds) {
		t.Fatalf("details: %d, %v", len(details), err)
	}
	for _, d := range ds {
		if !reflect.DeepEqual(details[d.ID], d.detail) {
			t.Errorf("detail of %s read back as %+v, want %+v", d.ID, details[d.ID], d.detail)
		}
	}
}

func TestDamagedKeptDisputesAreErrors(t *testing.T) {
	ds := seedDisputes(t)
	summaries, details := encodeSummaries(ds), encodeDetails(ds)
	for n := range len(summaries) {
		if _, err := decodeSummaries(summaries[:n], "p", nil); err == nil {
			t.Fatalf("summaries cut to %d of %d bytes decoded", n, len(summaries))
		}
	}
	for n := range len(details) {
		if _, err := decodeDetails(details[:n]); err == nil {
			t.Fatalf("details cut to %d of %d bytes decoded", n, len(details))
		}
	}
}

// FuzzKeptDisputes: whatever a damaged store holds, reading it back is an
// error or disputes, never a panic.
func FuzzKeptDisputes(f *testing.F) {
	ds := seedDisputes(f)
	f.Add(encodeSummaries(ds))
	f.Add(encodeDetails(ds))
	f.Fuzz(func(t *testing.T, data []byte) {
		decodeSummaries(data, "p", nil)
		decodeDetails(data)
	})
}

// TestOptionsKey: the key names what the store keeps; another key would
// have every store compared afresh.
func TestOptionsKey(t *testing.T) {
	opt := compare.Defaults
	opt.Window, opt.Tolerance = 7, 0.05
	if got, want := OptionsKey(opt), "v4 window=7 tolerance=0.05"; got != want {
		t.Errorf("OptionsKey = %q, want %q", got, want)
	}
	back, ok := OptionsOfKey(OptionsKey(opt))
	if !ok || back.Window != 7 || back.Tolerance != 0.05 {
		t.Errorf("OptionsOfKey read back %+v, %v", back, ok)
	}
	if _, ok := OptionsOfKey("v3 window=7 tolerance=0.05"); ok {
		t.Error("a key of another version read back")
	}
}
