package synth

import "github.com/claimdiff/claimdiff/pkg/claimdiff"

// The words the synthetic corpus is written with.

type thing struct {
	de, en         string
	verbDE, verbEN string
	subject        string
	metric         claimdiff.Metric
	scale          float64
}

// things are the nationalities' soldiers in four kinds of figure, and
// civilian counts.
var things = func() []thing {
	nations := []struct{ de, en, subject string }{
		{"russische", "Russian", "russian"}, {"ukrainische", "Ukrainian", "ukrainian"}, {"nordkoreanische", "North Korean", "north korean"},
		{"israelische", "Israeli", "israeli"}, {"sudanesische", "Sudanese", "sudanese"}, {"syrische", "Syrian", "syrian"},
		{"französische", "French", "french"}, {"polnische", "Polish", "polish"},
	}
	var out []thing
	for _, n := range nations {
		subject := n.subject + " troops"
		out = append(out,
			thing{n.de + " Soldaten", n.en + " troops", "stationiert", "are stationed", subject, claimdiff.Troops, 10000},
			thing{n.de + " Soldaten", n.en + " soldiers", "getötet worden", "were killed", subject, claimdiff.Killed, 1000},
			thing{n.de + " Soldaten", n.en + " soldiers", "verletzt worden", "were wounded", subject, claimdiff.Wounded, 1000},
			thing{n.de + " Soldaten", n.en + " soldiers", "gefangen genommen worden", "were captured", subject, claimdiff.Captured, 100},
		)
	}
	return append(out,
		thing{"Zivilisten", "civilians", "getötet worden", "were killed", "civilians", claimdiff.Killed, 100},
		thing{"Menschen", "people", "verletzt worden", "were injured", "people", claimdiff.Wounded, 100},
		thing{"Demonstranten", "protesters", "auf der Straße", "marched", "protesters", claimdiff.Other, 10000},
		thing{"Migranten", "migrants", "angekommen", "arrived", "migrants", claimdiff.Other, 1000},
		thing{"Menschen", "people", "vermisst", "are missing", "people", claimdiff.Missing, 100},
		thing{"Vertriebene", "displaced people", "in Notunterkünften", "are in shelters", "displaced people", claimdiff.Other, 10000},
	)
}()

type place struct{ de, en string }

var places = []place{
	{"Kursk", "Kursk"}, {"Russland", "Russia"}, {"der Ukraine", "Ukraine"}, {"Gaza", "Gaza"}, {"Berlin", "Berlin"},
	{"Paris", "Paris"}, {"Syrien", "Syria"}, {"Italien", "Italy"}, {"Griechenland", "Greece"}, {"Sudan", "Sudan"},
	{"Charkiw", "Kharkiv"}, {"Cherson", "Kherson"}, {"Lampedusa", "Lampedusa"}, {"Hamburg", "Hamburg"},
	{"Odessa", "Odesa"}, {"Donezk", "Donetsk"}, {"Luhansk", "Luhansk"}, {"Saporischschja", "Zaporizhzhia"}, {"Belgorod", "Belgorod"},
	{"Darfur", "Darfur"}, {"Khartum", "Khartoum"}, {"Aleppo", "Aleppo"}, {"Idlib", "Idlib"}, {"Rafah", "Rafah"},
	{"Chan Junis", "Khan Younis"}, {"Polen", "Poland"}, {"Frankreich", "France"}, {"Spanien", "Spain"}, {"Malta", "Malta"},
	{"Libyen", "Libya"}, {"Tunesien", "Tunisia"}, {"der Türkei", "Turkey"}, {"Bachmut", "Bakhmut"}, {"Awdijiwka", "Avdiivka"},
}

type qualifier struct {
	q      claimdiff.Qualifier
	de, en string // for a range, a format with two %s
}

var qualifiers = []qualifier{
	{claimdiff.Exact, "", ""}, {claimdiff.Exact, "", ""}, {claimdiff.Approx, "rund", "about"}, {claimdiff.Approx, "etwa", "around"},
	{claimdiff.Nearly, "fast", "nearly"}, {claimdiff.AtLeast, "mindestens", "at least"}, {claimdiff.MoreThan, "mehr als", "more than"},
	{claimdiff.AtMost, "bis zu", "up to"}, {claimdiff.Range, "%s bis %s", "%s to %s"},
}

type role struct{ de, en string }

var roles = []role{
	{"Der Sprecher", "spokesperson"}, {"Polizeisprecher", "police spokesperson"}, {"Minister", "minister"},
	{"Gouverneur", "governor"}, {"Bürgermeisterin", "mayor"}, {"Armeesprecher", "army spokesperson"},
}

var firstNames = []string{"Anna", "Jan", "Olena", "Mark", "Sofia", "Pavel", "Lea", "Tom", "Iryna", "David", "Mira", "Jonas",
	"Sara", "Ali", "Nina", "Oleh", "Clara", "Ben", "Hana", "Luca"}

var lastNames = []string{"Berger", "Kowalenko", "Schmidt", "Novak", "Weber", "Hoffmann", "Petrenko", "Fischer", "Meyer",
	"Schulz", "Koch", "Richter", "Wolf", "Braun", "Lange", "Krause", "Bauer", "Frank", "Keller", "Vogel"}

var outletWords = []string{"Morgen", "Abend", "Daily", "Evening", "Nord", "Süd", "City", "Metro", "Coast", "Valley"}

var outletKinds = []string{"Post", "Zeitung", "Herald", "Kurier", "Times", "Blatt"}

var headlinesDE = []string{"Neue Zahlen zur Lage", "Streit um die Zahlen", "Behörden nennen neue Zahlen", "Die Lage am Abend"}

var headlinesEN = []string{"New figures on the situation", "Officials give new figures", "Figures disputed", "The day in review"}
