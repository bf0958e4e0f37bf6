package extract

import (
	"testing"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// A part of a figure given before and a capacity are not counts of the
// quantity: their period names the phrase that shows it, for the
// comparison to leave them out. A part with a noun of its own counts that
// noun instead ("darunter 14 Kinder"), and a verb of counting is not a
// capacity.
func TestPartsAndCapacities(t *testing.T) {
	checkFieldCases(t, "period", func(c *claimdiff.Claim) string { return c.Period }, []fieldCase{
		{"en/a range's own words are no period: between 6,000 and 8,000", "en",
			"Between 6,000 and 8,000 fighters massed near the town, officials said.", "Between 6,000 and 8,000", ""},
		{"en/an interval between two months is a period", "en",
			"Between March and May, 6,000 people fled the town, officials said.", "6,000", "Between March and May"},
		{"de/part: 1.000 dieser Soldaten", "de",
			"Russland hat 10.000 Soldaten nach Hollbach verlegt. Laut dem Ministerium sind 1.000 dieser Soldaten bereits im Einsatz.", "1.000", "dieser"},
		{"de/part before a figure without noun: davon 14", "de",
			"Bei dem Brand in Oberwittgen starben 40 Menschen, davon 14 in der Altstadt.", "14", "davon"},
		{"de/not a part: darunter 14 Kinder counts children", "de",
			"Bei dem Brand in Oberwittgen starben 40 Menschen, darunter 14 Kinder.", "14", ""},
		{"de/capacity: für 50.000 Menschen angemeldet", "de",
			"Die Polizei zählte 120.000 Teilnehmer. Die Kundgebung war für 50.000 Menschen angemeldet.", "50.000", "angemeldet"},
		{"de/count: zählte 120.000", "de",
			"Die Polizei zählte 120.000 Teilnehmer. Die Kundgebung war für 50.000 Menschen angemeldet.", "120.000", ""},
		{"en/part: Fourteen of them", "en",
			"At least 40 people were killed in Harwick County, officials said. Fourteen of them were children.", "Fourteen", "of them"},
		{"en/not a part: including 14 children", "en",
			"At least 40 people were killed in Harwick County, including 14 children, officials said.", "14", ""},
		{"en/capacity: room for 50,000", "en",
			"The square has room for 50,000 people, but police counted 120,000 protesters.", "50,000", "room for"},
		{"en/count beside a capacity: police counted 120,000", "en",
			"The square has room for 50,000 people, but police counted 120,000 protesters.", "120,000", ""},
		{"fr/part: 12 d'entre eux", "fr",
			"Selon la police, 40 personnes ont été tuées à Vernay. 12 d'entre eux avaient moins de dix ans.", "12", "d'entre eux"},
		{"fr/capacity: déclarée pour 5 000 personnes", "fr",
			"La manifestation, déclarée pour 5 000 personnes, a réuni 20 000 manifestants selon les syndicats.", "5 000", "déclarée pour"},
		{"en/an earlier occasion that opens the sentence frames every figure", "en",
			"During the previous day of strikes in Vernay, the union had counted 52,000 marchers and the prefecture 21,300 marchers.", "21,300", "During the previous day"},
		{"en/the figures of the day beside an earlier one", "en",
			"On Thursday the union counted 61,000 marchers in Vernay, the prefecture 24,000 marchers. During the previous day of strikes, the union had counted 52,000 marchers.", "61,000", ""},
		{"de/a stated interval: seit März 2015", "de",
			"Seit März 2015 wurden in Hollbach mehr als 5100 Zivilisten getötet, teilte die UN mit.", "mehr als 5100", "Seit März"},
		{"de/a stated interval: in den vergangenen zwei Jahren", "de",
			"In den vergangenen zwei Jahren sind laut UNHCR mehr als 14 Millionen Menschen vertrieben worden.", "mehr als 14 Millionen", "In den vergangenen zwei Jahren"},
		{"en/a stated interval: in the past three days", "en",
			"At least 212 people were arrested in the past three days, police said.", "At least 212", "in the past three days"},
		{"en/a month: in March", "en",
			"The ministry recorded 1,700 dengue cases in March.", "1,700", "in March"},
		{"en/a running total at a date is standing: as of Tuesday", "en",
			"According to an estimate by the agency, 577 people had died as of Tuesday.", "577", ""},
		{"de/when a figure was stated is no period: sagte vergangene Woche", "de",
			"Der Außenminister sagte vergangene Woche, rund 8000 Soldaten seien in Hollbach stationiert.", "rund 8000", ""},
		{"de/an earlier occasion: beim vorigen Aktionstag", "de",
			"Beim vorigen Aktionstag hatte die Gewerkschaft in Hollbach 8000 Teilnehmer gezählt.", "8000", "Beim vorigen Aktionstag"},
		{"fr/an earlier occasion: lors de la précédente journée", "fr",
			"Lors de la précédente journée de grève, la CGT avait compté 9 000 manifestants à Vernay.", "9 000", "Lors de la précédente journée"},
	})
}

// fieldCase is a sentence we wrote, a figure in it as printed and what a
// field of its claim must read.
type fieldCase struct {
	desc, lang, text, raw, want string
}

// checkFieldCases runs checkField on each case, as a subtest named by it.
func checkFieldCases(t *testing.T, name string, field func(*claimdiff.Claim) string, cases []fieldCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.desc, func(t *testing.T) {
			checkField(t, tc.lang, tc.text, tc.raw, name, field, tc.want)
		})
	}
}

// checkField extracts text and checks a field of every claim printed as
// raw: there must be one, and field must read want.
func checkField(t *testing.T, lang, text, raw, name string, field func(*claimdiff.Claim) string, want string) {
	t.Helper()
	found := false
	for _, c := range Extract(text, Meta{Language: lang, Outlet: "Testblatt"}) {
		if c.Raw != raw {
			continue
		}
		found = true
		if got := field(&c); got != want {
			t.Errorf("%s: %s %q, want %q", c.Raw, name, got, want)
		}
	}
	if !found {
		t.Errorf("no claim %q", raw)
	}
}

// What a German noun counts when the data lists it in another form or as
// the last part of a compound: the grammar undoes a dative plural and reads
// a compound by its last part, unless the data lists a longer one.
func TestCountedNounForms(t *testing.T) {
	checkFieldCases(t, "subject", func(c *claimdiff.Claim) string { return c.Subject }, []fieldCase{
		{"de/signatures are counted things", "de",
			"Die Bürgerinitiative hat nach Angaben der Stadt 21.000 Unterschriften gesammelt.", "21.000", "signatures"},
		{"de/a compound by its last part: Behandlungszentren are centres", "de",
			"In Chikanda seien drei Behandlungszentren mit zusammen 260 Betten eingerichtet worden, teilte das Ministerium mit.", "260", "beds"},
		{"en/deaths on a side of a war, among troops' losses, are its troops", "en",
			"Researchers counted 12,000 Russian soldiers who died. The number of deaths on the Russian side could range from 18,000 to 27,000.", "18,000 to 27,000", "russian troops"},
		{"de/the dead on a side of a war, among troops' losses, are its troops", "de",
			"Die Forscher zählten 12.000 getötete russische Soldaten. Auf russischer Seite könnten bis zu 27.000 Menschen gestorben sein.", "bis zu 27.000", "russian troops"},
		{"en/a side without troops counted stays people", "en",
			"Floods killed 40 people on the Russian side of the river, officials said.", "40", "people"},
		{"en/a nationality's people are the one kind of them the article counts", "en",
			"At least 60 Jordanians died in the heat, diplomats said. Jordan had said that 41 Jordanian pilgrims died.", "At least 60", "jordanian pilgrims"},
		{"de/a nationality's people stay people where two kinds of them are counted", "de",
			"Mindestens 60 Jordanier starben, sagten Diplomaten. Zuvor waren 41 jordanische Pilger und drei jordanische Ärzte gestorben.", "Mindestens 60", "jordanians"},
		{"en/attendees of a protest are its protesters, as its marchers are", "en",
			"Organisers said 90,000 marchers joined the protest against the law, but a report by the city put the number of attendees at 40,000.", "40,000", "protesters"},
		{"de/a compound by its last part: Folgeanträge are applications", "de",
			"Das Landratsamt Hollbach zählte im Mai 1240 Folgeanträge.", "1240", "applications"},
		{"de/only the data's compound heads end compounds: Baustellen are no jobs", "de",
			"Nach Angaben der Stadt Hollbach gibt es derzeit 30 Baustellen auf den Straßen.", "30", "baustellen"},
		{"de/a part after a hyphen ends the compound: US-Soldaten", "de",
			"In Hollbach sind nach Angaben der Armee 800 US-Soldaten stationiert.", "800", "us troops"},
		{"de/a compound's dative: Masern-Fällen", "de",
			"Das Gesundheitsamt berichtete von 31 Masern-Fällen in Oberwittgen.", "31", "measles cases"},
		{"de/a dative plural: in 45 Säcken", "de",
			"Nach Angaben der Polizei wurden die Reste in 45 Säcken gefunden.", "45", "bags"},
		{"de/a compound the data lists whole: Verkehrsunfälle are accidents, not cases", "de",
			"Die Polizei meldete 600 Verkehrsunfälle im Kreis Hollbach.", "600", "accidents"},
		{"de/a hyphenated compound, its first part saying which: Masern-Fälle", "de",
			"Das Gesundheitsamt meldete 31 Masern-Fälle in Oberwittgen.", "31", "measles cases"},
		{"de/the killed of a total, said before its noun: die Zahl der getöteten Soldaten", "de",
			"Die Zahl der getöteten Soldaten liege bei etwa 1400, teilte die Armee mit.", "etwa 1400", "troops"},
		{"en/which kind, before the noun: dengue cases", "en",
			"The ministry recorded 1,700 dengue cases and 240 zika cases in Hollbach.", "240", "zika cases"},
		{"de/which kind, after von: Fälle von Chikungunya", "de",
			"Landesweit wurden 65.800 wahrscheinliche Fälle von Chikungunya registriert.", "65.800", "chikungunya cases"},
		{"fr/which kind, after de: cas de rougeole", "fr",
			"L'agence régionale de santé a recensé 312 cas de rougeole à Vernay.", "312", "measles cases"},
		{"en/a noun of the controlled vocabulary: demonstrators are protesters", "en",
			"Police said 4,000 demonstrators gathered in Harwick on Sunday.", "4,000", "protesters"},
	})
	checkField(t, "de", "Die Zahl der getöteten Soldaten liege bei etwa 1400, teilte die Armee mit.", "etwa 1400", "metric",
		func(c *claimdiff.Claim) string { return string(c.Metric) }, "killed")
	// A verb right after a word for figures is the figure's: "Nach
	// offiziellen Angaben starben …".
	checkField(t, "de", "Nach offiziellen Angaben starben in Hollbach 227 Menschen.", "227", "metric",
		func(c *claimdiff.Claim) string { return string(c.Metric) }, "killed")
	// What befell a document is no metric: "figures released" are published.
	checkField(t, "en", "Figures released by the city of Harwick show that there were around 1.6 million visitors at the festival.", "around 1.6 million", "metric",
		func(c *claimdiff.Claim) string { return string(c.Metric) }, "other")
}
