package de

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/pkg/lang"
)

func forms(lemma string, irregular map[string]string) map[string]lang.VerbForm {
	out := map[string]lang.VerbForm{}
	for _, f := range (Grammar{}).VerbForms(lemma, func(l string) []string { return strings.Fields(irregular[l]) }) {
		out[f.Word+"/"+f.Particle] = f
	}
	return out
}

func TestVerbForms(t *testing.T) {
	strong := map[string]string{"sprechen": "spricht sprach gesprochen", "gehen": "geht ging gegangen"}
	for _, tc := range []struct {
		desc, lemma string
		want        []string // word/particle
		participle  string
	}{
		{"weak verb: sagen", "sagen", []string{"sagt/", "sagte/", "sagten/", "sage/"}, "gesagt"},
		{"stem in t takes an e: berichten", "berichten", []string{"berichtet/", "berichtete/", "berichteten/"}, "berichtet"},
		{"ch before n takes an e: rechnen", "rechnen", []string{"rechnet/", "rechnete/"}, "gerechnet"},
		{"inseparable prefix: bestätigen", "bestätigen", []string{"bestätigt/", "bestätigte/"}, "bestätigt"},
		{"-ern verb: beziffern", "beziffern", []string{"beziffert/", "bezifferte/", "bezifferten/", "beziffern/"}, "beziffert"},
		{"-ieren verb: registrieren", "registrieren", []string{"registrierte/", "registriert/"}, "registriert"},
		{"strong verb from the data: sprechen", "sprechen", []string{"spricht/", "sprach/", "sprachen/", "spreche/", "sprechen/"}, "gesprochen"},
		{"separable: mit|teilen", "mit|teilen", []string{"teilte/mit", "teilt/mit", "teilten/mit", "mitteilte/", "mitteilen/", "mitzuteilen/"}, "mitgeteilt"},
		{"separable strong: aus|gehen", "aus|gehen", []string{"geht/aus", "ging/aus", "gingen/aus", "ausging/", "ausgeht/"}, "ausgegangen"},
		{"weak with a lengthening h: zählen", "zählen", []string{"zählt/", "zählte/", "zählten/"}, "gezählt"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			got := forms(tc.lemma, strong)
			for _, w := range tc.want {
				if _, ok := got[w]; !ok {
					t.Errorf("no form %q among %v", w, keys(got))
				}
			}
			p, ok := got[tc.participle+"/"]
			if !ok || !p.Participle {
				t.Errorf("participle %q missing or not marked: %v", tc.participle, keys(got))
			}
		})
	}
}

func keys(m map[string]lang.VerbForm) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestBaseNoun(t *testing.T) {
	for in, want := range map[string]string{"Mietervereins": "Mieterverein", "Verbandes": "Verband", "Landkreises": "Landkreis",
		"Instituts": "Institut", "Senats": "Senat", "Polizei": "Polizei"} {
		if got := (Grammar{}).BaseNoun(in); got != want {
			t.Errorf("BaseNoun(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNounHeads(t *testing.T) {
	for w, want := range map[string][]string{
		"säcken":       {"säcke"},                                          // a dative plural; the data says which are
		"häusern":      {"häuser", "sern"},                                 // of a plural in -er
		"erstanträge":  {"tanträge", "anträge", "nträge", "träge", "räge"}, // a compound, longest part first
		"masern-fälle": {"ern-fälle", "rn-fälle", "n-fälle", "fälle", "älle"},
		"us-soldaten":  {"us-soldate", "soldaten", "oldaten", "ldaten", "daten", "aten", "soldate", "oldate", "ldate", "date"}, // a hyphen ends the first part
		"soldat":       nil,                                                                                                    // too short to hold a compound
	} {
		if got := (Grammar{}).NounHeads(w, nil); !slices.Equal(got, want) {
			t.Errorf("NounHeads(%q) = %q, want %q", w, got, want)
		}
	}
}
