package extract

import (
	"testing"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// A place the place data does not know is read from the capitals after a
// preposition of place, where capitals mark names alone; not where every
// noun is capitalized, and never from an acronym or an abbreviation.
func TestOpenPlaces(t *testing.T) {
	checkFieldCases(t, "location", func(c *claimdiff.Claim) string { return c.Location }, []fieldCase{
		{"en/unknown village after in", "en",
			"At least 14 people were killed in Mesinges, police said.", "At least 14", "Mesinges"},
		{"en/unknown place of two words after near", "en",
			"Rescuers found 23 survivors near Kelder Bay, the coast guard said.", "23", "Kelder Bay"},
		{"en/unknown place in the sentence before, before a foreign country", "en",
			"A bomb killed 47 people in northwest Pakistan on Friday, Pakistan's police said. The attack hit a mosque in Mardanpur, in the district that borders Afghanistan. Officials earlier said 34 people had been killed.", "34", "Mardanpur"},
		{"de/where people come from, in the sentence before, is no location", "de",
			"Sie stammten aus Nigeria, Kamerun, Gambia und dem Sudan. Die Marine hatte zunächst von 15 Vermissten gesprochen.", "15", ""},
		{"de/at sea off a coast: vor der libyschen Küste", "de",
			"Vor der libyschen Küste galten 80 Menschen als vermisst, teilte die Küstenwache mit.", "80", "off Libya"},
		{"en/at sea off a coast: off the coast of Libya", "en",
			"About 80 migrants were missing off the coast of Libya, the coast guard said.", "About 80", "off Libya"},
		{"en/at sea off a place: off Libya", "en",
			"About 80 migrants were missing off Libya, the coast guard said.", "About 80", "off Libya"},
		{"fr/at sea off a coast: au large des côtes libyennes", "fr",
			"Selon les garde-côtes, 80 migrants sont portés disparus au large des côtes libyennes.", "80", "off Libya"},
		{"de/vor with a town alone is no sea: vor Kiew", "de",
			"Vor Kiew standen 3000 Soldaten, sagte die Armee.", "3000", "Kyiv"},
		{"en/a total over all places of a kind has no one place", "en",
			"Floods hit Kerala hard. Other affected states are Karnataka and Gujarat. The death toll in all states has reached around 225.", "around 225", ""},
		{"de/a total over all places of a kind has no one place", "de",
			"Besonders betroffen ist Bayern. In allen Bundesländern zusammen starben bisher 225 Menschen.", "225", ""},
		{"en/a phrasal verb's off is no sea: sealed off Jenin", "en",
			"Israeli troops sealed off Jenin, where 12 people were killed, officials said.", "12", "Jenin"},
		{"de/a point of view is no origin: aus Sicht der Ukraine", "de",
			"Aus Sicht der Ukraine ist die Lage ernst. Nach Angaben der Armee starben 40 Soldaten.", "40", "Ukraine"},
		{"en/known place wins as before", "en",
			"At least 14 people were killed in Kabul, police said.", "At least 14", "Kabul"},
		{"en/an acronym is no place", "en",
			"Officials said 300 votes were found in EVMs after the count.", "300", ""},
		{"fr/unknown town after à", "fr",
			"Selon la préfecture, 12 personnes ont été blessées à Vernay-sur-Lune.", "12", "Vernay-sur-Lune"},
		{"de/a place named after a word for a district is that district: im Landkreis X", "de",
			"Im Landkreis Hollbach wurden 40 Keller überflutet.", "40", "Hollbach district"},
		{"de/a place named after a word for a district is that district: im Bezirk X", "de",
			"Im Bezirk Oberwittgen mussten 300 Häuser evakuiert werden.", "300", "Oberwittgen district"},
		{"de/a district named by a hyphen compound: im Lahn-Eder-Kreis", "de",
			"Im Lahn-Eder-Kreis wurden 40 Keller überflutet.", "40", "Lahn-Eder district"},
		{"de/a compass word joined to a country's name: in Nordsyrien", "de",
			"In Nordsyrien wurden bei den Angriffen 40 Menschen getötet.", "40", "northern Syria"},
		{"de/a compass word joined to a country's name: in der Ostukraine", "de",
			"In der Ostukraine starben nach Angaben der Armee zwölf Soldaten.", "zwölf", "eastern Ukraine"},
		{"de/capitalized nouns are no places", "de",
			"Laut Polizei fuhren 40 Fahrzeuge in Richtung Grenze.", "40", ""},
		{"en/a list of figures, each with its place: three in Oregon", "en",
			"At least 19 deaths were reported in Nevada, three in Oregon and one in Idaho.", "three", "Oregon"},
		{"en/a list of figures, each with its place: the last", "en",
			"At least 19 deaths were reported in Nevada, three in Oregon and one in Idaho.", "one", "Idaho"},
		{"en/a passive estimate is no place of a statement", "en",
			"Another 30,000 were estimated to be gathered in Haifa, 18,000 in Netanya, the company said.", "30,000", "Haifa"},
		{"de/where a statement was made is no location", "de",
			"Mehr als 100 Menschen seien verletzt worden, teilten die Behörden am Dienstag in Kiew mit.", "Mehr als 100", ""},
		{"de/where a statement was made yields to the sentence before", "de",
			"Russland griff die Ukraine in der Nacht erneut an. Mehr als 100 Menschen seien verletzt worden, teilten die Behörden am Dienstag in Kiew mit.", "Mehr als 100", "Ukraine"},
		{"de/a country speaking says nothing of where", "de",
			"Russland sprach zuletzt von 10.000 Toten.", "10.000", ""},
		{"de/a part takes the place of its whole before it", "de",
			"Ukrainische Streitkräfte halten in der russischen Region Kursk fast 50.000 Soldaten, darunter 11.000 Nordkoreaner, zurück, sagte der Präsident.", "11.000", "Kursk"},
		{"de/a seat of government in the speaker's name says who, not where", "de",
			"Umgekehrt sprach die Führung in Moskau zu Jahresende von über 60 000 getöteten Soldaten.", "über 60 000", ""},
		{"en/where people come from is not where they are counted", "en",
			"The charity ship rescued 51 people from Syria and Egypt and took them to Lampedusa.", "51", "Lampedusa"},
		{"en/nationwide is the article's country", "en",
			"Protesters marched in Tel Aviv on Saturday. Organizers claimed 430,000 participants nationwide.", "430,000", "Israel"},
		{"en/unknown town after a word for a town", "en",
			"Heavy fighting went on in Darfur. In the town of Kelderbrook, 25 civilians died.", "25", "Kelderbrook"},
		{"de/unknown place after a word for a place, where nouns have capitals", "de",
			"Im Jahr 2021 waren in dem Ort Hollbach rund 70 Säcke gefunden worden.", "rund 70", "Hollbach"},
	})
}

// A local body's name is split into its place and its kind however
// spaces part its words, as if one space parted each.
func TestSplitPlaceBodySpacing(t *testing.T) {
	for _, tc := range []struct{ desc, name string }{
		{"one space", "Munich Police Headquarters"},
		{"two spaces", "Munich  Police Headquarters"},
		{"spaces around", " Munich Police Headquarters "},
		{"no-break space", "Munich\u00a0Police Headquarters"},
		{"tab", "Munich\tPolice\tHeadquarters"},
	} {
		p, kind := splitPlaceBody(tc.name)
		if p == nil || p.Name != "Munich" || kind != "Police Headquarters" {
			t.Errorf("%s: splitPlaceBody(%q) = %v, %q; want Munich, Police Headquarters", tc.desc, tc.name, p, kind)
		}
	}
	if p, kind := splitPlaceBody("Police Federation"); p != nil || kind != "" {
		t.Errorf("splitPlaceBody(%q) = %v, %q; want none", "Police Federation", p, kind)
	}
}
