package extract

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// one extracts the claims of text and returns the one whose raw figure is
// raw, failing the test when there is none.
func one(t *testing.T, lang, text, raw string) claimdiff.Claim {
	t.Helper()
	claims := Extract(text, Meta{Key: "t", Language: lang, Outlet: "Testblatt", Published: day("2024-11-13")})
	for _, c := range claims {
		if c.Raw == raw {
			return c
		}
	}
	var got []string
	for _, c := range claims {
		got = append(got, c.Raw)
	}
	t.Fatalf("no claim %q in %q; got %q", raw, text, got)
	return claimdiff.Claim{}
}

func day(s string) time.Time {
	t, _ := time.Parse(claimdiff.DateLayout, s)
	return t
}

func num(v *float64) string {
	if v == nil {
		return "null"
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// Figures: how a number is read, hedged and bounded. The case name is the
// phrase under test.
func TestFigures(t *testing.T) {
	for _, tc := range []struct {
		lang, text, raw string
		qual            claimdiff.Qualifier
		value           float64
		value2          string
		low, high       string
	}{
		{"de", "Fast 50.000 Soldaten stehen bereit.", "Fast 50.000", claimdiff.Nearly, 50000, "null", "45000", "50000"},
		{"de", "Dort sind 11 000 Soldaten stationiert.", "11 000", claimdiff.Exact, 11000, "null", "11000", "11000"},
		{"de", "Rund 1,5 Millionen Menschen sind geflohen.", "Rund 1,5 Millionen", claimdiff.Approx, 1500000, "null", "1350000", "1650000"},
		{"de", "Etwa zehntausend Menschen demonstrierten.", "Etwa zehntausend", claimdiff.Approx, 10000, "null", "9000", "11000"},
		{"de", "Mehr als zwei Dutzend Dörfer wurden zerstört.", "Mehr als zwei Dutzend", claimdiff.MoreThan, 24, "null", "24", "null"},
		{"de", "Es wurden 11.000 bis 12.000 Soldaten gezählt.", "11.000 bis 12.000", claimdiff.Range, 11000, "12000", "11000", "12000"},
		{"de", "Zwischen 300 und 400 Menschen protestierten.", "Zwischen 300 und 400", claimdiff.Range, 300, "400", "300", "400"},
		{"de", "Bis zu 40 Migranten könnten ertrunken sein.", "Bis zu 40", claimdiff.AtMost, 40, "null", "null", "40"},
		{"de", "Hunderte Menschen wurden verletzt.", "Hunderte", claimdiff.Vague, 100, "null", "200", "999"},
		{"de", "Mehrere tausend Soldaten wurden verlegt.", "Mehrere tausend", claimdiff.Vague, 1000, "null", "2000", "9999"},
		{"de", "Zehntausende Menschen gingen auf die Straße.", "Zehntausende", claimdiff.Vague, 10000, "null", "20000", "99999"},
		{"de", "Dutzende Häuser brannten.", "Dutzende", claimdiff.Vague, 12, "null", "24", "99"},
		{"de", "Mindestens 30 Menschen wurden getötet.", "Mindestens 30", claimdiff.AtLeast, 30, "null", "30", "null"},
		{"de", "Weniger als 100 Menschen kamen.", "Weniger als 100", claimdiff.LessThan, 100, "null", "null", "100"},
		{"de", "Knapp 1,09 Millionen Menschen protestierten.", "Knapp 1,09 Millionen", claimdiff.Nearly, 1090000, "null", "981000", "1090000"},
		{"de", "Mehr als eine halbe Million Menschen flohen.", "Mehr als eine halbe Million", claimdiff.MoreThan, 500000, "null", "500000", "null"},
		{"de", "Insgesamt 5,6 Millionen Stimmen wurden abgegeben.", "Insgesamt 5,6 Millionen", claimdiff.Exact, 5600000, "null", "5600000", "5600000"},
		{"de", "Der Brand zerstörte 1300 Hektar Wald.", "1300 Hektar", claimdiff.Exact, 1300, "null", "1300", "1300"},
		{"de", "Der Schaden beträgt rund 250.000 Euro.", "rund 250.000 Euro", claimdiff.Approx, 250000, "null", "225000", "275000"},
		{"en", "Nearly 5,000 deaths were reported.", "Nearly 5,000", claimdiff.Nearly, 5000, "null", "4500", "5000"},
		{"en", "About 2.5 million people fled.", "About 2.5 million", claimdiff.Approx, 2500000, "null", "2250000", "2750000"},
		{"en", "Half a million people marched.", "Half a million", claimdiff.Exact, 500000, "null", "500000", "500000"},
		{"en", "Tens of thousands of people marched.", "Tens of thousands", claimdiff.Vague, 10000, "null", "20000", "99999"},
		{"en", "Hundreds of homes were destroyed.", "Hundreds", claimdiff.Vague, 100, "null", "200", "999"},
		{"en", "Officials counted 170,000 to 180,000 injuries.", "170,000 to 180,000", claimdiff.Range, 170000, "180000", "170000", "180000"},
		{"en", "Between 135,000 and 150,000 people attended.", "Between 135,000 and 150,000", claimdiff.Range, 135000, "150000", "135000", "150000"},
		{"en", "As many as 120,000 soldiers died.", "As many as 120,000", claimdiff.AtMost, 120000, "null", "null", "120000"},
		{"en", "Two dozen buildings collapsed.", "Two dozen", claimdiff.Exact, 24, "null", "24", "24"},
		{"en", "Some three-thousand troops were killed or wounded.", "Some three-thousand", claimdiff.Approx, 3000, "null", "2700", "3300"},
		{"en", "Roughly 27-hundred soldiers were wounded.", "Roughly 27-hundred", claimdiff.Approx, 2700, "null", "2430", "2970"},
		{"en", "Over 500k people are here.", "Over 500k", claimdiff.MoreThan, 500000, "null", "500000", "null"},
		{"en", "An estimated 1.28 million people demonstrated.", "An estimated 1.28 million", claimdiff.Exact, 1280000, "null", "1280000", "1280000"},
		{"en", "At least 69 people have been killed.", "At least 69", claimdiff.AtLeast, 69, "null", "69", "null"},
		{"en", "The fires consumed nearly 7,000 square miles.", "nearly 7,000 square miles", claimdiff.Nearly, 7000, "null", "6300", "7000"},
	} {
		t.Run(tc.raw, func(t *testing.T) {
			c := one(t, tc.lang, tc.text, tc.raw)
			if c.Qualifier != tc.qual || c.Value != tc.value || num(c.Value2) != tc.value2 || num(c.Low) != tc.low || num(c.High) != tc.high {
				t.Errorf("got %s %g value2 %s [%s, %s]; want %s %g value2 %s [%s, %s]",
					c.Qualifier, c.Value, num(c.Value2), num(c.Low), num(c.High), tc.qual, tc.value, tc.value2, tc.low, tc.high)
			}
		})
	}
}

// Not claims: dates, times, years, ages, calibres, ordinals, labels,
// durations, shares, prospective figures, counts of speakers.
func TestNotClaims(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"de", "Die Offensive begann am 6. August in der Region."},
		{"de", "05.12.2024, 11:58 Uhr"},
		{"de", "Der 39-jährige Busfahrer hielt nicht an."},
		{"de", "Die Truppen sind mit 60-mm-Mörsern bewaffnet."},
		{"de", "Die Soldaten der 11. Luftlandebrigade bewachen Gebiete."},
		{"de", "Artikel 4 sieht sofortige militärische Hilfe vor."},
		{"de", "Seit drei Tagen greift der Feind an."},
		{"de", "Russland und Nordkorea haben sich seit 2022 angenähert."},
		{"de", "Damit seien etwa 20 Prozent der Stimmen ungültig."},
		{"de", "Die Regierung will weitere 6.000 Soldaten entsenden."},
		{"de", "Russland behandelt sie gut, um Zehntausende weitere Soldaten zu locken."},
		{"de", "Die Flammen fraßen sich auf drei Fronten voran."},
		{"de", "„Der Feind setzt dabei Einheiten der Armee ein“, die schwere Verluste erlitten hätten."},
		{"en", "The crash happened about 2 p.m. Monday, June 2, local time."},
		{"en", "It reached 40 people per boat in June 2022."},
		{"en", "Two Egyptian diplomats told reporters about the heat."},
		{"en", "The 20,000 figure was passed on the 150th day."},
		{"en", "The temperature reached 125 degrees."},
		{"en", "The government will send 6,000 troops next year."},
		{"en", "One of the survivors told Reuters she fled."},
		{"en", "© 1994-2017 Agence France-Presse"},
		{"de", "Er regierte das Land von 2014 bis 2022."},
		{"de", "Laut Polizei kamen १२.000 Menschen ums Leben."},
		{"en", "Police said ١٢٬٠٠٠ people were killed."},
		{"de", "Laut Polizei waren mehr als 1,5 Soldaten vor Ort."},
		{"de", "Laut Polizei kamen 100000000000000000000 Menschen ums Leben."},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if claims := Extract(tc.text, Meta{Language: tc.lang}); len(claims) > 0 {
				t.Errorf("claims %q %s", claims[0].Raw, claims[0].Metric)
			}
		})
	}
}

// What a figure counts: the metric from the noun and the verbs around it.
func TestMetrics(t *testing.T) {
	for _, tc := range []struct {
		lang, text, raw string
		metric          claimdiff.Metric
		subject         string
	}{
		{"de", "„Hunderte“ nordkoreanische Soldaten seien getötet oder verletzt worden.", "Hunderte", claimdiff.Casualties, "north korean troops"},
		{"de", "Sie hätten „50 Soldaten“ vernichtet und 47 verletzt.", "50", claimdiff.Killed, "troops"},
		{"de", "Sie hätten „50 Soldaten“ vernichtet und 47 verletzt.", "47", claimdiff.Wounded, "troops"},
		{"de", "Dort halten sie fast 50.000 Soldaten, darunter 11.000 Nordkoreaner, zurück.", "11.000", claimdiff.Troops, "north korean troops"},
		{"de", "Es gab 97 Tote in der Leichenhalle.", "97", claimdiff.Killed, "people"},
		{"de", "In Spanien starben vier Erwachsene und ein Kind.", "ein", claimdiff.Killed, "children"},
		{"de", "Mehr als 80 Feuerwehrleute waren im Einsatz.", "Mehr als 80", claimdiff.Troops, "firefighters"},
		{"de", "Rund 2,5 Millionen Menschen sind geflohen.", "Rund 2,5 Millionen", claimdiff.Other, "displaced people"},
		{"de", "Bei der Kundgebung seien zwei Personen festgenommen worden.", "zwei", claimdiff.Other, "people arrested"},
		{"en", "Some 2,000 people were evacuated from the valley.", "Some 2,000", claimdiff.Other, "evacuated people"},
		{"de", "Die Zahl der Todesopfer liegt mittlerweile bei 157.", "157", claimdiff.Killed, "people"},
		{"de", "Mehr als 700 Menschen werden vermisst.", "Mehr als 700", claimdiff.Missing, "people"},
		{"de", "Sie verschleppten 250 Geiseln.", "250", claimdiff.Captured, "hostages"},
		{"de", "Sie töteten 1200 Menschen und verschleppten 250 weitere.", "250", claimdiff.Captured, "people"},
		{"de", "Seither sind 572 Soldaten und Soldatinnen getötet und 2900 weitere verletzt worden.", "572", claimdiff.Killed, "troops"},
		{"de", "Unter ihnen sind 40 Schwer- und 15 Schwerstverletzte.", "40", claimdiff.Wounded, "seriously injured people"},
		{"en", "Five children died and 27 children were slightly injured.", "27", claimdiff.Wounded, "slightly injured children"},
		{"en", "The crash injured 37 people. Eight of the injured were in a serious condition.", "Eight", claimdiff.Wounded, "seriously injured people"},
		{"en", "More than 550 Muslims died during the Hajj.", "More than 550", claimdiff.Killed, "muslims"},
		{"en", "About 11,000 North Korean troops are in Kursk. An official said there had been \"several hundred\" killed or wounded.", "several hundred", claimdiff.Casualties, "north korean troops"},
		{"de", "Russland hat 50.000 Soldaten zusammengezogen, die Angriffe töteten Zivilisten.", "50.000", claimdiff.Troops, "troops"},
		{"en", "The strike killed 12 people and injured 40 others.", "40", claimdiff.Wounded, "people"},
		{"en", "Six people were killed and dozens more injured.", "Six", claimdiff.Killed, "people"},
		{"en", "Six people were killed and dozens more injured.", "dozens", claimdiff.Wounded, "people"},
		{"en", "Airstrikes killed at least four people and injured 16 others.", "at least four", claimdiff.Killed, "people"},
		{"en", "Airstrikes killed at least four people and injured 16 others.", "16", claimdiff.Wounded, "people"},
		{"en", "The toll has risen to 55 dead and more than 150 injured.", "55", claimdiff.Killed, "people"},
		{"en", "Hundreds of homes were destroyed by the fire.", "Hundreds", claimdiff.Other, "destroyed homes"},
		{"en", "Rescuers searched the more than 5,600 buildings Turkish officials said were destroyed.", "more than 5,600", claimdiff.Other, "destroyed buildings"},
		// What befell counted things, before or after their noun: two quantities, not one.
		{"de", "Nach dem Beben sind in Karsdorf 140 Häuser eingestürzt, 900 wurden beschädigt.", "140", claimdiff.Other, "collapsed houses"},
		{"de", "Das Feuer hat 35 Wohnhäuser zerstört.", "35", claimdiff.Other, "destroyed houses"},
		{"de", "Der Sturm beschädigte mehr als 2000 Häuser.", "mehr als 2000", claimdiff.Other, "damaged houses"},
		{"en", "The county counted 212 damaged homes and 40 destroyed ones.", "212", claimdiff.Other, "damaged homes"},
		{"en", "About 1,800 hectares burned before the wind dropped.", "About 1,800 hectares", claimdiff.Other, "burned hectares"},
		{"fr", "Selon la préfecture, 63 maisons ont été détruites par les flammes.", "63", claimdiff.Other, "destroyed houses"},
		{"en", "Officials evacuated 300 homes near the flooded river.", "300", claimdiff.Other, "homes"},
		{"en", "Officials counted 300 flattened buildings.", "300", claimdiff.Other, "destroyed buildings"},
		{"de", "Die Feuerwehr kämpft gegen die Flammen, unterstützt von zwei Löschhubschraubern.", "zwei", claimdiff.Other, "helicopters"},
		{"en", "Russia claimed 498 of its troops have been killed.", "498", claimdiff.Killed, "russian troops"},
		{"en", "Russia said 498 of its troops had been killed and a further 1,597 wounded.", "1,597", claimdiff.Wounded, "russian troops"},
		{"en", "The number of troops killed or wounded is nearing 500,000.", "nearing 500,000", claimdiff.Casualties, "troops"},
		{"en", "Hamas took about 250 hostages.", "about 250", claimdiff.Captured, "hostages"},
		// A participle before its noun, a nationality with a total, the country that sends troops.
		{"de", "Russland sprach von rund 6000 getöteten Soldaten.", "rund 6000", claimdiff.Killed, "troops"},
		{"de", "Kiew sprach von mehr als 10.000 getöteten ukrainischen Soldaten.", "mehr als 10.000", claimdiff.Killed, "ukrainian troops"},
		{"de", "Medien haben mehr als 10.000 russische Gefallene identifiziert.", "mehr als 10.000", claimdiff.Killed, "russian troops"},
		{"de", "Die Zahl nordkoreanischer Streitkräfte liege bei 11.000 bis 12.000.", "11.000 bis 12.000", claimdiff.Troops, "north korean troops"},
		{"de", "Demnach entsandte Nordkorea mehr als 10.000 Soldaten nach Russland.", "mehr als 10.000", claimdiff.Troops, "north korean troops"},
		{"de", "Pjöngjang habe 12.000 Soldaten in das Gebiet Kursk entsandt.", "12.000", claimdiff.Troops, "north korean troops"},
		{"de", "Die Soldaten wurden an die Grenze zur Ukraine verlegt, etwa 8000 Soldaten.", "etwa 8000", claimdiff.Troops, "troops"},
		{"en", "Russia has deployed 50,000 troops near the border.", "50,000", claimdiff.Troops, "russian troops"},
		{"en", "The US sent 3,000 troops to Poland.", "3,000", claimdiff.Troops, "us troops"},
		// Troops with no nationality are the last troops named with one.
		{"de", "In Russland stehen 11.000 nordkoreanische Soldaten. Rund 8000 Soldaten wurden nach Kursk verlegt.", "Rund 8000", claimdiff.Troops, "north korean troops"},
		// A toll opens an article; an estimate of a crowd named before.
		{"en", "The death toll from the earthquake rose to 2,300 on Tuesday.", "2,300", claimdiff.Killed, "people"},
		{"en", "Police estimated the crowd at 15,000, while organizers put it at 40,000.", "15,000", claimdiff.Other, "people"},
		{"de", "Die Polizei schätzte die Menschenmenge auf 15.000.", "15.000", claimdiff.Other, "people"},
		// Losses of people in a report on a party's military are its troops.
		{"en", "Russia's military casualties are approaching 300,000, including as many as 120,000 deaths.", "as many as 120,000", claimdiff.Killed, "russian troops"},
		{"en", "Russia's military casualties are approaching 300,000, officials said. Ukrainian deaths were close to 70,000.", "close to 70,000", claimdiff.Killed, "ukrainian troops"},
		{"en", "Ukrainian deaths were close to 70,000, the ministry said.", "close to 70,000", claimdiff.Killed, "ukrainian people"},
		// Crowds: in a report on a protest, people and participants are protesters.
		{"de", "Bei der Kundgebung sprach die Polizei von 8.000 Teilnehmenden.", "8.000", claimdiff.Other, "protesters"},
		{"de", "Zehntausende Menschen demonstrierten in Minsk.", "Zehntausende", claimdiff.Other, "protesters"},
		{"en", "Police said 20,000 people joined the rally.", "20,000", claimdiff.Other, "protesters"},
		{"en", "About 20,000 people visited the fair.", "About 20,000", claimdiff.Other, "people"},
	} {
		t.Run(tc.text+" "+tc.raw, func(t *testing.T) {
			c := one(t, tc.lang, tc.text, tc.raw)
			if c.Metric != tc.metric || c.Subject != tc.subject {
				t.Errorf("got %s %q, want %s %q", c.Metric, c.Subject, tc.metric, tc.subject)
			}
		})
	}
}

// Who says it: the speaker wherever the sentence, or the one before, puts it.
func TestAttribution(t *testing.T) {
	for _, tc := range []struct {
		lang, text, raw, source, via string
		kind                         claimdiff.SourceKind
	}{
		{"de", "Dort sind 11.000 Soldaten stationiert, sagte Präsident Wolodymyr Selenskyj.", "11.000", "Volodymyr Zelensky", "", claimdiff.KindOfficial},
		{"de", "Laut Kiew sind 11.000 Soldaten in Russland stationiert.", "11.000", "Ukrainian government", "", claimdiff.KindOfficial},
		{"de", "Nach Angaben des ukrainischen Generalstabs wurden 500 Soldaten getötet.", "500", "Ukrainian General Staff", "", claimdiff.KindMilitary},
		{"de", "Mindestens 10.000 Soldaten sollen nach US-Angaben in der Region sein.", "Mindestens 10.000", "US government", "", claimdiff.KindOfficial},
		{"de", "Westlichen Angaben zufolge wurden mehrere tausend Soldaten geschickt.", "mehrere tausend", "Western officials", "", claimdiff.KindOfficial},
		{"de", "Die New York Times berichtete unter Berufung auf US-amerikanische und ukrainische Beamte, dass etwa 50.000 Soldaten versammelt seien.", "etwa 50.000", "unnamed US and Ukrainian officials", "The New York Times", claimdiff.KindAnonymous},
		{"de", "In Hamburg fehlen nach Schätzungen des Mietervereins mindestens 40.000 bezahlbare Wohnungen.", "mindestens 40.000", "Mieterverein", "", claimdiff.KindOther},
		{"de", "Die Polizei schätzte die Zahl der Teilnehmer auf 15.000, die Veranstalter sprachen von 40.000.", "15.000", "police", "", claimdiff.KindOfficial},
		{"de", "Unabhängige russische Medien haben schon mehr als 10.000 russische Gefallene identifiziert.", "mehr als 10.000", "independent Russian media", "", claimdiff.KindMedia},
		{"de", "Die Polizei schätzte die Zahl der Teilnehmer auf 15.000, die Veranstalter sprachen von 40.000.", "40.000", "organisers", "", claimdiff.KindOther},
		{"de", "Der Sprecher des Gesundheitsministeriums, Ahmed Khalil, sagte, die Zahl der Toten sei auf 58 gestiegen.", "58", "Ahmed Khalil", "", claimdiff.KindOfficial},
		{"de", "Im Jahr kamen mehr als 45.000 Migranten über den Ärmelkanal, wie aus Zahlen des britischen Innenministeriums hervorgeht.", "mehr als 45.000", "UK Home Office", "", claimdiff.KindOfficial},
		{"de", "CNN zitierte einen nicht identifizierten US-Beamten mit den Worten, es seien Zehntausende Soldaten.", "Zehntausende", "unnamed US official", "CNN", claimdiff.KindAnonymous},
		{"de", "„Hunderte“ Soldaten seien getötet worden, sagte ein hochrangiger amerikanischer Militärbeamter.", "Hunderte", "unnamed US military official", "", claimdiff.KindAnonymous},
		{"de", "Der ukrainische Militärgeheimdienst (GUR) teilte mit, dass 30 Soldaten verletzt wurden.", "30", "Ukrainian military intelligence (GUR)", "", claimdiff.KindIntelligence},
		{"de", "Die Polizei in Ulm teilte mit, dass 11 Menschen verletzt wurden.", "11", "Ulm police", "", claimdiff.KindOfficial},
		{"de", "Die Veranstalter sprachen von 70.000 Teilnehmern.", "70.000", "organisers", "", claimdiff.KindOther},
		{"de", "Laut Polizei kamen 20.000 Menschen. Die Veranstalter sprachen von 50.000 Teilnehmern.", "20.000", "police", "", claimdiff.KindOfficial},
		{"de", "Dort wurden 300 Häuser zerstört.", "300", "Testblatt", "", claimdiff.KindMedia},
		{"de", "Laut Innenministerium waren es 1,09 Millionen Menschen, laut CGT 3,5 Millionen.", "3,5 Millionen", "CGT", "", claimdiff.KindOther},
		{"de", "Die Behörden meldeten 20 Tote. Zudem seien 40 Menschen verletzt worden.", "40", "authorities", "", claimdiff.KindOfficial},
		{"en", "At least 19 people were killed, Gaza's Health Ministry said.", "At least 19", "Gaza Health Ministry", "", claimdiff.KindOfficial},
		{"en", "According to the UN, 148 people were killed.", "148", "United Nations", "", claimdiff.KindOfficial},
		{"en", "The toll rose to 55 dead, a security official told Reuters.", "55", "unnamed security official", "", claimdiff.KindAnonymous},
		{"en", "The New York Times reported, citing unnamed US officials, that casualties are nearing 500,000.", "nearing 500,000", "unnamed US officials", "The New York Times", claimdiff.KindAnonymous},
		{"en", "AFP quoted an Egyptian diplomat as saying 600 pilgrims had died.", "600", "unnamed Egyptian diplomat", "AFP", claimdiff.KindAnonymous},
		{"en", "At least 323 pilgrims died, two Egyptian diplomats told reporters.", "At least 323", "unnamed Egyptian diplomats", "", claimdiff.KindAnonymous},
		{"en", "“27 children were injured,” AFP news agency quoted an unnamed official as saying.", "27", "unnamed official", "AFP", claimdiff.KindAnonymous},
		{"en", "The UN refugee agency said nearly 1.5 million people have fled the fighting.", "nearly 1.5 million", "UN Refugee Agency (UNHCR)", "", claimdiff.KindOfficial},
		{"en", "\"Credible sources have reported more than 400 killed,\" said Ms Shamdasani.", "more than 400", "unnamed credible sources", "", claimdiff.KindAnonymous},
		{"en", "Other unconfirmed and unofficial reports estimated that the death toll was as high as 900.", "as high as 900", "unofficial reports", "", claimdiff.KindMedia},
		{"en", "Local officials in Kharkiv said at least 12 people were killed.", "at least 12", "Kharkiv local officials", "", claimdiff.KindOfficial},
		{"en", "Police sealed off the area. As many as 1.2 million people may have been displaced, the UN said.", "As many as 1.2 million", "United Nations", "", claimdiff.KindOfficial},
		{"en", "More than 45,000 migrants crossed the Channel last year, Home Office figures show.", "More than 45,000", "UK Home Office", "", claimdiff.KindOfficial},
		{"en", "The blasts in Kabul killed 55 people, officials said. The official death toll reported by the country's interior ministry stands at 30.", "30", "Afghan Interior Ministry", "", claimdiff.KindOfficial},
		{"en", "Authorities in Oregon say more than 500,000 people were evacuated.", "more than 500,000", "Oregon authorities", "", claimdiff.KindOfficial},
		{"en", "Hong Kong police put the number at 190,000 people.", "190,000", "Hong Kong police", "", claimdiff.KindOfficial},
	} {
		t.Run(tc.text+" "+tc.raw, func(t *testing.T) {
			c := one(t, tc.lang, tc.text, tc.raw)
			if c.Source != tc.source || c.Via != tc.via || c.SourceKind != tc.kind {
				t.Errorf("got %q via %q (%s), want %q via %q (%s)", c.Source, c.Via, c.SourceKind, tc.source, tc.via, tc.kind)
			}
		})
	}
}

// A quotation closed by "sagte er" belongs to the last person named; German
// reported speech carries the last source on.
func TestAttributionAcrossSentences(t *testing.T) {
	text := "Der Präsident Wolodymyr Selenskyj äußerte sich am Montag. „Derzeit sind 11.000 nordkoreanische Soldaten in Russland“, sagte er. " +
		"Der ukrainische Generalstab erklärte, die Lage sei ernst. Mindestens 30 Soldaten seien gefallen."
	if c := one(t, "de", text, "11.000"); c.Source != "Volodymyr Zelensky" {
		t.Errorf("sagte er: %q", c.Source)
	}
	if c := one(t, "de", text, "Mindestens 30"); c.Source != "Ukrainian General Staff" {
		t.Errorf("Konjunktiv: %q", c.Source)
	}
	text = "The New York Times reported, citing unnamed US officials, that casualties are nearing 500,000. " +
		"Russia's military casualties are approaching 300,000, the newspaper reported."
	if c := one(t, "en", text, "approaching 300,000"); c.Source != "unnamed US officials" || c.Via != "The New York Times" {
		t.Errorf("the newspaper relaying: %q via %q", c.Source, c.Via)
	}
	text = "The health ministry said 40 people were killed on Monday. Another 120 were wounded, it added."
	if c := one(t, "en", text, "120"); c.Source != "Health Ministry" {
		t.Errorf("it added: %q", c.Source)
	}
	text = "„Es blieb friedlich“, sagte ein Polizeisprecher. Im Einsatz waren nach seinen Worten etwa 800 Beamtinnen und Beamte."
	if c := one(t, "de", text, "etwa 800"); c.Source != "police" {
		t.Errorf("nach seinen Worten: %q", c.Source)
	}
}

// A body named without speaking is what "der Geheimdienst" points back to.
func TestBodiesNamedEarlierArePointedBackTo(t *testing.T) {
	text := "Der Abgeordnete Lee sagte, der südkoreanische Geheimdienst gehe davon aus, dass rund 2.000 Soldaten getötet wurden. " +
		"Im April war der Geheimdienst noch von mindestens 600 getöteten Soldaten ausgegangen."
	if c := one(t, "de", text, "mindestens 600"); c.Source != "South Korean National Intelligence Service (NIS)" {
		t.Errorf("der Geheimdienst: %q", c.Source)
	}
}

// A ministry named without its owner is the country's, or, in an article
// about a region with a government of its own, the region's.
func TestMinistriesTakeTheirOwner(t *testing.T) {
	for _, tc := range []struct{ text, raw, source string }{
		{"Laut Angaben des Innenministeriums protestierten 149.000 Menschen in ganz Frankreich.", "149.000", "French Interior Ministry"},
		{"In Sachsen stieg die Elbe weiter. Wie das Innenministerium in Dresden mitteilte, mussten 4.500 Menschen ihre Wohnungen verlassen.", "4.500", "Saxon Interior Ministry"},
	} {
		if c := one(t, "de", tc.text, tc.raw); c.Source != tc.source {
			t.Errorf("%s: %q, want %q", tc.text, c.Source, tc.source)
		}
	}
}

// A spokesperson named in an apposition speaks, and the body they speak for
// is the one "die Organisation" points back at.
func TestSpokespersonAndTheirBody(t *testing.T) {
	text := "Ein Sprecher der Internationalen Organisation für Migration (IOM), Flavio Di Giacomo, nannte die Zahl von 4150 geretteten Flüchtlingen. " +
		"Nach Angaben der Organisation sind seit Jahresbeginn mehr als 100 000 Flüchtlinge angekommen."
	if c := one(t, "de", text, "4150"); c.Source != "Flavio Di Giacomo" {
		t.Errorf("apposition: %q", c.Source)
	}
	if c := one(t, "de", text, "mehr als 100 000"); c.Source != "International Organization for Migration (IOM)" {
		t.Errorf("die Organisation: %q", c.Source)
	}
}

// The stated-on date: a weekday near the attribution, resolved against the
// publication date (a Wednesday here).
func TestStatedOn(t *testing.T) {
	for _, tc := range []struct {
		text, raw, want string
	}{
		{"Es seien 11.000 Soldaten, sagte Selenskyj am Montag.", "11.000", "2024-11-11"},
		{"Es seien 11.000 Soldaten, sagte Selenskyj am vergangenen Mittwoch.", "11.000", "2024-11-06"},
		{"Es seien 11.000 Soldaten, sagte Selenskyj.", "11.000", "2024-11-13"},
		{"Es seien 11.000 Soldaten, sagte Selenskyj vergangene Woche.", "11.000", "2024-11-06"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if c := one(t, "de", tc.text, tc.raw); claimdiff.FormatDate(c.StatedOn) != tc.want {
				t.Errorf("stated on %s, want %s", claimdiff.FormatDate(c.StatedOn), tc.want)
			}
		})
	}
	c := Extract("Es seien 11.000 Soldaten, sagte Selenskyj am Montag.", Meta{Language: "de"})
	if len(c) != 1 || !c[0].StatedOn.IsZero() {
		t.Errorf("without a publication date the day is unknown: %+v", c)
	}
}

func TestPeriodsAndLocations(t *testing.T) {
	for _, tc := range []struct {
		lang, text, raw, period, location string
	}{
		{"de", "In der russischen Region Kursk sind nun rund 2000 weitere Soldaten.", "rund 2000", "weitere", "Kursk"},
		{"de", "Am Samstag und Sonntag wurden in der Region Kursk mindestens 30 Soldaten getötet.", "mindestens 30", "Am Samstag und Sonntag", "Kursk"},
		{"de", "Laut Kiew sind 11.000 Soldaten in Russland stationiert.", "11.000", "", "Russia"},
		{"en", "In the past 24 hours, 47 bodies were brought to hospitals in Gaza.", "47", "In the past 24 hours", "Gaza"},
		// The more precise of a place and the one it lies in, side by side.
		{"en", "A bomb killed 12 people in Kabul, Afghanistan.", "12", "", "Kabul"},
		{"de", "Bei der Kundgebung in Dresden (Sachsen) demonstrierten 3000 Menschen.", "3000", "", "Dresden"},
		// A place something is compared with is not where it is.
		{"en", "Fires burned 2,000 homes in California, an area the size of New Jersey.", "2,000", "", "California"},
		{"en", "Fires burned in Oregon, an area almost the size of New Jersey. Some 400 homes were lost.", "Some 400", "", "Oregon"},
		// A party to a war owns its losses; it does not locate them.
		{"en", "Russia's military casualties are approaching 300,000, officials said.", "approaching 300,000", "", ""},
		{"en", "Ukraine's air force said 97 of the drones had been destroyed.", "97", "", "Ukraine"},
		// A place in the speaker's name, when the sentences name no other.
		{"en", "The Los Angeles march's organizers said 750,000 people took part.", "750,000", "", "Los Angeles"},
		{"en", "The march filled the streets of the city. Hong Kong police put the number of protesters at 190,000.", "190,000", "", "Hong Kong"},
		// The sentence before names a place at home and one abroad: home.
		{"en", "The attack hit a market in Karachi in southern Pakistan, far from the border with Afghanistan. Officials said 34 people had been killed.", "34", "", "Pakistan"},
		// A place the data does not know, named with its kind in the
		// speaker's title.
		{"en", "Harwick County Coroner Ann Pell said three people had died.", "three", "", "Harwick County"},
		{"en", "Tom Reyes, sheriff of Elmore County, said 200 homes were destroyed.", "200", "", "Elmore County"},
		// A place referred back to by its kind is that place; one they
		// came from is not where they are.
		{"de", "Ein Boot ist vor Lampedusa gekentert. Die Küstenwache hat im Hafen der Insel inzwischen 48 Menschen versorgt.", "48", "", "Lampedusa"},
		{"en", "Floods have hit Zambia for a week. Officials said 1,200 homes in the country were destroyed.", "1,200", "", "Zambia"},
		{"de", "Vorab.\n\nEin Boot ist gestern vor Lampedusa gekentert. Die Küstenwache hat im Hafen der Insel inzwischen 48 Menschen versorgt.", "48", "", "Lampedusa"},
		{"de", "Die Flut erreichte am Sonntag Dresden. Am Montag stieg das Wasser weiter. Hunderte Helfer in der Stadt waren im Einsatz.", "Hunderte", "", "Dresden"},
		{"de", "Die Flut erreichte am Sonntag Dresden. Am Montag stieg das Wasser weiter. Hunderte Helfer aus der Stadt waren im Einsatz.", "Hunderte", "", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			c := one(t, tc.lang, tc.text, tc.raw)
			if c.Period != tc.period || c.Location != tc.location {
				t.Errorf("period %q location %q, want %q %q", c.Period, c.Location, tc.period, tc.location)
			}
		})
	}
}

// Page furniture is not article text.
func TestFurniture(t *testing.T) {
	text := "zum Hauptinhalt\nRund 300 Menschen demonstrierten.\nVERWANDTE GESCHICHTEN\nDie 12 besten Tipps für 500 Leser\n" +
		"console.debug({ userId: 5 })"
	claims := Extract(text, Meta{Language: "de"})
	if len(claims) != 1 || claims[0].Raw != "Rund 300" {
		t.Errorf("claims %+v", claims)
	}
}

func TestLanguageIsDetected(t *testing.T) {
	a := &claimdiff.Article{Key: "a", Text: "Nach Angaben der Polizei wurden am Sonntag rund 300 Menschen verletzt."}
	claims := Article(a)
	if a.Language != "de" || len(claims) != 1 || claims[0].Metric != claimdiff.Wounded {
		t.Errorf("language %q, claims %+v", a.Language, claims)
	}
}

// Every claim's span points at its figure in the text, and its interval
// follows the normalization policy.
func TestSpansAndBounds(t *testing.T) {
	for _, text := range seedCorpus(t) {
		for _, c := range Extract(text, Meta{Language: "de", Key: "k"}) {
			if c.Span.Start < 0 || c.Span.End > len(text) || c.Span.Start >= c.Span.End {
				t.Fatalf("span %v outside the text", c.Span)
			}
			if fig := text[c.Span.Start:c.Span.End]; !strings.Contains(c.Raw, fig) || !strings.Contains(c.Quote, c.Raw) {
				t.Errorf("span %q, raw %q, quote %.40q", fig, c.Raw, c.Quote)
			}
			if err := c.Validate(); err != nil {
				t.Errorf("%q: %v", c.Raw, err)
			}
		}
	}
}
