# German lexicon for claimdiff.
#
# Format: [section] headers, then one entry per line: a phrase of
# space-separated tokens, optionally "= value". Matching is case-insensitive.
# A token ending in * matches any word starting so ("getötet*" matches
# "getöteten"); a token starting with * matches any word ending so ("*toten"
# matches "Hitzetoten"). See pkg/lang for what each section does.

[settings]
decimal = ,
group = .
# "US-amerikanische und ukrainische Beamte": officials in the plural are unnamed ones.
anonymous_plural = yes

# Elided words that are tokens of their own (none in this language).
[elisions]

# Words that open a reported clause: "reported that 150,000 rallied".
[complementizers]
dass

# Prepositions before a word for figures that make it an attribution:
# "nach jemenitischen Angaben", "aus Regierungskreisen".
[figures-governors]
nach
aus

# A preposition that names the agent of a participle before its noun: a
# mention after it is no speaker ("das vom ukrainischen Militär geführte
# Widerstandszentrum").
[attributive-agent]
von
vom

# Possessive clitics, tokens of their own: "the state's emergency agency".
[possessives]

# Nouns that stand for a country before a body: "the country's health
# ministry".
[country-nouns]
land
landes

# Words between a local body and its place: "die Polizei in Ulm",
# "Authorities in Oregon".
[place-connectors]
in
von

# "Official" before figures: "nach offiziellen Angaben" are the authorities'.
[official-words]
offiziell*

# Capitalized words that are never names, beyond the stop words: "Erstmals".
[common-words]
erst*
insgesamt
allein
# "vor Ort", "am Ort", "an Ort und Stelle": the place where it happened
ort
stelle
# "auf Anfrage", "in Abstimmung mit": nouns of how something was said, no town
anfrage
nachfrage
abstimmung
absprache
rücksprache

# Words that make a name the data does not know a place, first or last in
# it: "Elmore County", "Weinbaugebiet Sonoma", "Chelyabinsk Oblast".
[place-heads]
*gebiet
bezirk
provinz
region
oblast
kreis
insel
platz
*straße
*strasse
bahnhof
flughafen
hafen
tal
fluss
flusses

# The word before a second name of the same body: "the Directorate General
# of Health Services or DGHS".
[or]
oder

# Words of change: after one, "from X to Y" is two figures, the old and the
# new, not a range ("has risen from 148 to 154").
[change-words]
stieg
stiegen
gestiegen
steigt
erhöht
erhöhte
erhöhten
gesunken
sank
sinkt
korrigiert
korrigierte
angehoben
gesenkt
wuchs
gewachsen

# Adverbs that may stand between a figure and its noun: "57 zuvor gerettete
# Menschen", "300 previously evacuated residents".
[noun-adverbs]
zuvor
bereits
noch
schon
bisher
zuletzt

[stopwords]
diese
dieser
dieses
diesem
diesen
jene
jener
jenes
jenem
jenen
dennoch
später
damals
demnach
derzeit
aktuell
weiterhin
in
im
an
am
bei
beim
mit
vor
zum
zur
vom
durch
auf
insgesamt
außerdem
zunächst
damit
daneben
derweil
unterdessen
zuletzt
zuvor
allerdings
jedoch
ebenfalls
laut
bis
seit
gegen
über
unter
durch
ohne
um
sein
seien
sei
war
waren
wird
werden
worden
hatte
hatten
kann
können
soll
sollen
sowie
dass
weil
wenn
als
wie
so
es
sie
er
wir
ihr
ihre
ihren
sich
davon
darunter
zudem
bereits
nun
noch
erneut
mittlerweile
inzwischen
schon
bisher
bislang
mehr
weniger
alle
allein
dort
hier
der
die
das
und
ist
nicht
mit
sich
auf
für
von
dem
den
des
ein
eine
wurde
wurden
sind
hat
haben
auch
nach
bei
sagte
zu
im
am
als
oder
aus
einer
noch
ich
du
man
mir
uns

[abbreviations]
z.
z.b.
b.
ca.
u.
a.
u.a.
nr.
dr.
prof.
bzw.
vgl.
usw.
etc.
st.
mio.
mrd.
jan.
feb.
febr.
aug.
sept.
okt.
nov.
dez.
abs.
art.
inkl.
evtl.
ggf.
sog.
bzw.
gen.
min.
max.
mind.
rd.
tsd.
jh.
chr.
hl.

[months]
januar = 1
jänner = 1
jan. = 1
februar = 2
feb. = 2
märz = 3
april = 4
mai = 5
juni = 6
juli = 7
august = 8
aug. = 8
september = 9
sept. = 9
oktober = 10
okt. = 10
november = 11
nov. = 11
dezember = 12
dez. = 12

# Days of the week, by number from Sunday (0); a weekend is no one day.
[weekdays]
sonntag = 0
montag = 1
dienstag = 2
mittwoch = 3
donnerstag = 4
freitag = 5
samstag = 6
sonnabend = 6
sonntagabend = 0
montagabend = 1
dienstagabend = 2
mittwochabend = 3
donnerstagabend = 4
freitagabend = 5
samstagabend = 6
sonntagmorgen = 0
montagmorgen = 1
dienstagmorgen = 2
mittwochmorgen = 3
donnerstagmorgen = 4
freitagmorgen = 5
samstagmorgen = 6
wochenende = weekend

[relative-days]
heute = 0
gestern = -1
vorgestern = -2
gestern abend = -1
heute morgen = 0
am vortag = -1
vergangene woche = -7
vergangenen woche = -7
letzte woche = -7
letzten woche = -7
vorige woche = -7
vorigen woche = -7
in der vergangenen woche = -7

[last]
vergangenen
vergangene
letzten
letzte
vorigen

# Cardinal number words. Compounds such as "fünfzigtausend" and
# "einundzwanzig" are read by combining these with [scales] and [joiners].
[numbers]
null = 0
eins = 1
ein = 1
eine = 1
einen = 1
einem = 1
einer = 1
zwei = 2
zwo = 2
drei = 3
vier = 4
fünf = 5
sechs = 6
sieben = 7
acht = 8
neun = 9
zehn = 10
elf = 11
zwölf = 12
dreizehn = 13
vierzehn = 14
fünfzehn = 15
sechzehn = 16
siebzehn = 17
achtzehn = 18
neunzehn = 19
zwanzig = 20
dreißig = 30
dreissig = 30
vierzig = 40
fünfzig = 50
sechzig = 60
siebzig = 70
achtzig = 80
neunzig = 90

[scales]
hundert = 100
tausend = 1000
million = 1000000
millionen = 1000000
mio. = 1000000
mio = 1000000
milliarde = 1000000000
milliarden = 1000000000
mrd. = 1000000000
mrd = 1000000000

# Scales written onto the digits: "2Mio".
[scale-suffix]
mio = 1000000
mrd = 1000000000
k = 1000

[joiners]
und

[fractions]
halbe = 0.5
halben = 0.5
halber = 0.5
viertel = 0.25
dreiviertel = 0.75

[dozen]
dutzend = 12

# Number words that are not figures unless a toll enumerates them
# Ordinal words after "ein", "a": "ein fünftes Todesopfer" is one more
# victim, the fifth, not a count.
[ordinal-words]
erste*
zweite*
dritte*
vierte*
fünfte*
sechste*
siebte*
siebente*
achte*
neunte*
zehnte*
elfte*
zwölfte*

# ("vier Erwachsene und ein Kind starben").
[prepositions]
auf
zur
zum
ins
vom
beim
seitens
in
an
mit
zu
über
unter
nach
aus
bei
von
vor
durch
für
gegen
ohne
um
im
am

[weak-numbers]
ein
eine
einen
einem
einer
eins

# Figures given as a word of about so many (none in this language).
[approx-numbers]

[vague]
hunderte = 100
hunderten = 100
tausende = 1000
tausenden = 1000
zehntausende = 10000
zehntausenden = 10000
hunderttausende = 100000
hunderttausenden = 100000
millionen = 1000000
dutzende = 12
dutzenden = 12

# "mehrere tausend", "einige Zehntausend": vague magnitudes.
[vague-quantifiers]
mehrere
einige
etliche
viele
ein paar

[qualifier approx]
rund
etwa
ca.
circa
zirka
ungefähr
annähernd
schätzungsweise
geschätzt
geschätzte
geschätzten
um die

[qualifier nearly]
fast
knapp
beinahe
nahezu
an die

[qualifier at_least]
mindestens
wenigstens
zumindest
nicht weniger als

[qualifier more_than]
mehr als
gut
über
weit über
weit mehr als
deutlich mehr als
deutlich über
gut über
mehr denn
jenseits von

[qualifier at_most]
bis zu
höchstens
maximal
allenfalls

[qualifier less_than]
weniger als
unter
knapp unter
nicht einmal

[qualifier exact]
insgesamt
genau
exakt

[qualifier-after at_least]
oder mehr
und mehr

[range-between]
zwischen

[range-and]
und

[range-to]
bis
-
–

[range-from]
von

# Words that make a figure an increment on an earlier one: "weitere 2000".
# Value "comparative": the word also compares ("more than 100"), and makes
# no increment of a figure it stands by; "new": it makes none of a figure
# after it ("new 300 cases" is rare, "300 new cases" an increment).
[increment]
weitere
weiteren
weiterer
weiteres
weiterem
zusätzliche
zusätzlichen
zusätzlich
neue = new
neuen = new
mehr = comparative

# Words that make a figure a part of one given before, compared with no
# other figure: "1.000 dieser Soldaten", "davon 14". Value "before": the
# words stand before the figure, and make a part only of a figure without a
# noun of its own ("40 Tote, darunter 14 Kinder" counts children).
[part]
dieser
von ihnen
von diesen
davon = before
darunter = before
unter ihnen = before

# Words that make a figure a capacity or a permit, not a count of what
# came: "für 50.000 Menschen angemeldet", "Platz für 80.000". Value
# "before": the words stand before the figure; else after it, in its clause.
[capacity]
angemeldet
genehmigt
zugelassen
ausgelegt
platz für = before
kapazität von = before
kapazität für = before
fasst = before
fassen = before

# Words around a figure that say what it counts. Verbs and adjectives
# Words for the victims of an event, casualties of any kind: in an article
# that reports deaths and no injuries, the victims are the dead.
[victim-words]
opfer
opfern

# Negations: a cue of harm they deny names no metric: "29 Personen wurden
# nicht oder nur minimal verletzt".
[negations]
nicht
kein
keine
keiner
keinen
niemand

# decide the metric; a list joined by [casualty-or] means casualties.
[metric killed]
überreste von
überresten von
sterblichen überreste
totenzahl
*totenzahl
todeszahl
todesopferzahl
zahl der toten
zahl der todesopfer
ihr leben
ihr leben verloren
sein leben
ihre leben
tod von
den tod von
todesfälle
todesfall
*todesfälle
*todesfällen
sterbefälle
sterbefall
*sterbefälle
*sterbefällen
verhungert
verhungerten
in den tod gerissen
leben verloren
ums leben gekommen
tödlich verletzt
tödlich verunglückt
getötet
getötete
getöteten
getöteter
tot
tote
toten
*tote
*toten
todesopfer
*todesopfer
todesopfern
ums leben
starben
starb
gestorben
sterben
stirbt
gefallen
gefallene
gefallenen
umgekommen
umgekommene
umgekommenen
vernichtet
ertrunken
ertranken
ertrunkene
ertrunkenen
leichen
*leichen
leichnam
leichname
erschossen
hingerichtet
ermordet
ermordeten
umgebracht
ausgeschaltet
tödlich
verstorben
verstorbene
verstorbenen
das leben

[metric wounded]
unterkühlt
unterkühlungen
verletztenzahl
verletzungen
*verletzungen
zahl der verletzten
verletzt
verletzte
verletzten
verletzter
*verletzte
*verletzten
*verletzter
verwundet
verwundete
verwundeten
*verwundete
*verwundeten
ins krankenhaus
in krankenhäuser
in kliniken
in die klinik
ins spital
in spitäler
in spitälern
ins spital gebracht
in spitäler gebracht
ins kantonsspital
*einweisungen
stationär behandelt
auf der intensivstation
auf intensivstationen
in kliniken gebracht
wiederbelebt
wiederbelebte

[metric casualties]
neutralisiert
neutralisierte
neutralisierten
verloren
verluste
verlusten
opfer
opfern
*opfer
eliminiert
außer gefecht

[metric missing]
verschüttet
suche nach
sucht nach
suchen nach
*vermisst
vermisstenmeldungen
*vermisste
*vermissten
vermisst
vermisste
vermissten
vermisster
verschollen
verschollene
verschollenen

[metric captured]
aus russischer gefangenschaft
aus ukrainischer gefangenschaft
aus * gefangenschaft
gefangenschaft
ausgetauscht
gefangenenaustausch
gefangenenaustauschs
festgehalten
in gefangenschaft
halten * fest
hält * fest
halte * fest
hielten * fest
hielt * fest
freigekommen
freigekommene
freigekommenen
freigelassen
freigelassene
freigelassenen
aus der gefangenschaft
geiselnahme
gekidnappt
gefangen
gefangene
gefangenen
gefangen genommen
kriegsgefangene
kriegsgefangenen
*gefangene
*gefangenen
geiseln
geisel
verschleppt
verschleppte
verschleppten
entführt
entführte
entführten

[metric troops]
stationiert
stationierte
stationierten
entsandt
entsandte
entsenden
geschickt
schickte
verlegt
bereitstehen
aufgeboten
mobilisiert
im einsatz
eingesetzt

[casualty-or]
oder

# A killed and a wounded cue side by side, one figure: "1,000 killed and
# wounded" are casualties; "killed and many more injured" are two.
[casualty-and]
und

# Nouns for what is counted, with the English the subject is written in.
# Personnel deployed (police, firefighters) count as troops.
[counted troops]
gefallene* = troops
angreifer* = attackers
soldat* = troops
truppe* = troops
*truppen = troops
streitkräfte = troops
kämpfer* = fighters
milizionäre* = fighters
söldner* = mercenaries
rekruten = recruits
mann = troops
reservist* = reservists
soldatinnen = troops
kommandeure = commanders
terroristen = militants
militante* = militants
extremisten = militants

[counted personnel]
kräfte = rescue workers
kräften = rescue workers
beamte = officers
beamten = officers
beamtinnen und beamte = officers
beamtinnen = officers
polizistinnen = police officers
helferinnen = rescue workers
bergretter* = rescue workers
retter = rescue workers
rettern = rescue workers
wahlhelfer* = election workers
soldatinnen = troops
polizist* = police officers
polizeibeamte* = police officers
beamte = officers
einsatzkräfte* = rescue workers
*einsatzkräfte = rescue workers
rettungskräfte* = rescue workers
helfer* = rescue workers
feuerwehrleute* = firefighters
feuerwehrmänner = firefighters
sanitäter* = paramedics
ärzte* = doctors

# Things counted, with their English names for subjects.
[counted things]
festnahmen = arrests
verhaftungen = arrests
ingewahrsamnahmen = detentions
tiere = animals
nutztiere = livestock
rinder = cattle
kühe = cattle
schafe = sheep
ziegen = goats
schweine = pigs
pferde = horses
esel = donkeys
kamele = camels
hunde = dogs
vögel = birds
hühner = poultry
geflügel = poultry
bienen = bees
schwärme = swarms
bienenschwärme = swarms
siedlungen = settlements
ortschaften = settlements
dörfer = villages
bezirke = districts
bezirken = districts
provinzen = provinces
regionen = regions
gemeinden = municipalities
landkreise = districts
landkreisen = districts
bundesstaaten = states
städte = towns
gebäude = buildings
häuser = houses
wohnungen = homes
wohnhäuser = houses
schulen = schools
krankenhäuser = hospitals
stimmen = votes
wahlzettel = ballots
wahllokale = polling stations
nachbeben = aftershocks
brände = fires
waldbrände = wildfires
feuer = fires
fahrzeuge = vehicles
panzer = tanks
drohnen = drones
raketen = missiles
marschflugkörper = cruise missiles
granaten = shells
flugzeuge = aircraft
kampfflugzeuge = fighter jets
hubschrauber = helicopters
löschflugzeuge = firefighting aircraft
boote = boats
schiffe = ships
angriffe = attacks
luftangriffe = air strikes
anschläge = attacks
verfahren = cases
anträge = applications
asylanträge = asylum applications
meldungen = reports
fälle = cases
säcke = bags
züge = trains
kundgebungen = rallies
versammlungen = rallies
länder = countries
straßen = roads
gebiete = areas
diebstähle = thefts
beben = earthquakes
erdbeben = earthquakes
dosen = doses
impfdosen = doses
systeme = systems
stellen = jobs
arbeitsplätze = jobs
jobs = jobs
sitze = seats
mandate = seats
wahlkreise = constituencies
haushalte = households
traktoren = tractors
einsätze = operations
verwarnungen = warnings
anzeigen = complaints
straftaten = crimes
delikte = offences
schlägereien = fights
verletzungen = injuries
infektionen = infections
erkrankungen = cases
ankünfte = arrivals
unterkünfte = shelters
feuerwehren = fire brigades
gewerkschaften = unions
zentren = centres
unterschriften = signatures
stimmzettel = ballots
betten = beds
krankenhausbetten = hospital beds
ziele = targets
kälber = calves
ochsen = oxen
lawinen = avalanches
lawinenabgänge = avalanches
# Compounds whose last part is another counted noun: read whole before
# the grammar reads them by their last part ("Verkehrsunfälle" are
# accidents, not "Fälle").
unfälle = accidents
ausfälle = outages
todesfälle = people
sterbefälle = people
# Dative plurals ("von zwei Löschhubschraubern", "in 300 Häusern") and compounds.
häusern = houses
wohnhäusern = houses
gebäuden = buildings
dörfern = villages
städten = towns
krankenhäusern = hospitals
fahrzeugen = vehicles
panzern = tanks
flugzeugen = aircraft
kampfflugzeugen = fighter jets
löschflugzeugen = firefighting aircraft
hubschraubern = helicopters
*hubschrauber = helicopters
*hubschraubern = helicopters
booten = boats
schiffen = ships
bränden = fires
waldbränden = wildfires

[counted people]
menschenmenge = people
menge = people
muslime* = muslims
christen = christians
juden = jews
gläubige* = worshippers
gefangene = captives
teilnehmerinnen = participants
teilnehmende* = participants
skifahrer* = skiers
wintersportler* = skiers
menschen = people
mensch = people
personen = people
person = people
leute = people
einwohner* = inhabitants
bewohner* = inhabitants
zivilisten = civilians
zivilpersonen = civilians
kinder* = children
kind = children
erwachsene* = adults
frauen = women
männer = men
männern = men
kindes = children
migranten = migrants
flüchtlinge* = refugees
antragsteller* = applicants
asylbewerber* = asylum seekers
asylsuchende* = asylum seekers
*flüchtlinge = refugees
*flüchtlingen = refugees
demonstranten = protesters
demonstrantinnen = protesters
teilnehmer* = participants
protestierende* = protesters
pilger* = pilgrims
passagiere* = passengers
fahrgäste* = passengers
vertriebene* = displaced people
geflüchtete* = refugees
schüler* = pupils
studenten = students
patienten = patients
gefangene* = prisoners
häftlinge* = prisoners
geiseln = hostages
bürger = citizens
bürgerinnen und bürger = citizens
minderjährige* = minors
gäste = guests
journalisten = journalists
ausländer = foreigners
rückkehrer = returnees
insassen = occupants
evakuierte* = evacuated people
bewerber* = applicants
rebellen = rebels
offiziere = officers
gendarmen = gendarmes
tote = people
toten = people
todesopfer = people
verletzte = people
verletzten = people
vermisste = people
vermissten = people
opfer = victims
opfern = victims
wahlberechtigte* = eligible voters
wähler* = voters
beschäftigte* = workers
arbeiter* = workers
streikende* = strikers
zuschauer* = spectators
besucher* = visitors
gerettete* = rescued people
überlebende* = survivors

# Measures that count occurrences when the number is large: "2031 Mal im
# Einsatz" counts call-outs, "drei Mal so viele" multiplies.
[occurrence-units]
mal

# Units that make a figure a measurement, a duration or a date, not a count.
[unit-time]
*tage
*tagen
tag
tage
tagen
tages
woche
wochen
monat
monate
monaten
monats
jahr
jahre
jahren
jahres
jahrzehnte*
stunde
stunden
minute
minuten
sekunde
sekunden
uhr
nacht
nächte
nächten
jahrhundert*

[unit-measure]
seemeilen
seemeile
prozent
%
prozentpunkte*
meter
zentimeter
millimeter
zentimetern
millimetern
zentimetergroß*
litern
kilogrammen
kilometer
km
km/h
mm
cm
m
grad
°c
°
kilogramm
kg
gramm
tonnen
liter
stärke
kilometern
metern
punkte
punkten
mal
fach
seiten
drittel
hälfte
viertel
prozentpunkte
marke
schwelle
grenze

[unit-area]
hektar = hectares
quadratkilometer = square kilometres
quadratkilometern = square kilometres
quadratmeter = square metres
km² = square kilometres
m² = square metres

[currency]
euro = euros
eur = euros
€ = euros
dollar = dollars
us-dollar = dollars
$ = dollars
pfund = pounds
£ = pounds
franken = francs
chf = francs
rubel = roubles
hrywnja = hryvnias
schekel = shekels
yuan = yuan
yen = yen

# Words before a number that make it an ordinal, a year or a label.
[ordinal-before]
der
die
das
dem
den
des
am
im
zum
zur
vom
beim
ab
seit
bis
bis zum
zum

[year-before]
jahr
jahre
jahres
im
seit
bis
ab
von
vor
anfang
ende
mitte
frühjahr
sommer
herbst
winter
jahrgang
um
in
des

[label-before]
skala von
einer skala von
stärke
stärke von
magnitude
woche
kalenderwoche
bundesstraße
landstraße
kreisstraße
©
copyright
artikel
art.
paragraf
paragraph
§
nr.
nummer
kapitel
absatz
abs.
resolution
linie
bus
flug
gleis
kanal
platz
rang
stufe
phase
klasse
version
kw
zimmer
haus
hausnummer
straße
tor
runde
folge
teil
spiel

[age]
im alter von
jährig*
*jährige*
jahre alt
jahren alt
lebensjahr*

# Words before a mean or a ratio, which is no count: "im Schnitt 334 pro
# Tag", "bei einem von 1000".
[average-before]
einem von
einer von
eines von
jeder
jede
jedes
durchschnittlich
im durchschnitt
im schnitt
einen durchschnitt von

# Rates and shares are not counts.
[rate-after]
pro
je
im schnitt
durchschnittlich
täglich = ends
am tag = ends
in der woche = ends

# Figures that are wished for, planned or expected are not claims.
[prospective]
fordert
fordern
forderte
angefordert
benötigt
benötige
will
wollen
wolle
plant
planen
plane
planten
beabsichtigt
erwarten
erwartet
erwarte
angestrebt
sollen künftig
um zu
locken
anlocken
zu gewinnen
rekrutieren
prognostiziert
vorhergesagt
voraussichtlich

# Speakers counted are not claims: "zwei Diplomaten sagten".
[speaker-nouns]
überlebende
anwohner
bewohner
diplomaten
beamte
quellen
sprecher
zeugen
augenzeugen

# Attribution frames: a cue, where its source stands and what it
# attributes. The value is the frame's kind:
#   verb        a verb, entered once by its lemma (the grammar writes its
#               forms; "mit|teilen" has a separable particle): its subject
#               speaks, before it or, inverted, after it; a passive's agent
#               speaks.
#   prep        the source follows: "laut Polizei", "nach Angaben des Amts".
#   postp       the source stands before: "der Polizei zufolge".
#   figures     figures named by whose they are: "nach US-Angaben", "Zahlen
#               des Gesundheitsamts", "nach den Kiewer Angaben".
#   relay       the source follows, the clause's subject relays it: "unter
#               Berufung auf".
#   relay-verb  a verb whose object speaks and whose subject relays it.
#   back        points back to the last source: "demnach", "hieß es".
#   tag         after a comma, the source follows: "…, so die Polizei".
#   act         a verb of an act that is counted ("nahm 15 Menschen fest"):
#               its agent may be whose the count is.
#   own         by its own count: the subject of its clause ("Die Polizei
#               war nach eigenen Angaben mit 1200 Beamten im Einsatz").
# Options after the kind: "~word", a word that must follow in the clause
# ("heißen ~es"); "noun-too", the verb's plain forms are nouns as well and
# cue only right after a speaker.
# "own-passive": its passive without an agent is the outlet's own report
# ("three deaths were reported in Missouri"), not a speaker's carried on.
# "owner": a back phrase whose possessive names who spoke last ("nach
# seinen Worten"), read as "nach Angaben" naming them would be.
[frames]
fest|nehmen = act
behandeln = act
retten = act
bergen = act
evakuieren = act
versorgen = act
verhaften = act
nach eigenen angaben = own
eigenen angaben zufolge = own
nach eigener zählung = own
nach eigener schätzung = own
sagen = verb
erklären = verb
mit|teilen = verb
berichten = verb own-passive
melden = verb own-passive
vermelden = verb own-passive
bestätigen = verb
schätzen = verb
sprechen = verb
nennen = verb
twittern = verb
an|geben = verb
bekannt|geben = verb
warnen = verb
beziffern = verb
registrieren = verb
verzeichnen = verb
ein|räumen = verb
aus|gehen = verb
hinzu|fügen = verb
versichern = verb
betonen = verb
behaupten = verb
veröffentlichen = verb
vor|legen = verb
ziehen = verb ~bilanz
verkünden = verb
äußern = verb
schreiben = verb
kritisieren = verb
rechnen = verb ~mit
zählen = verb
aktualisieren = verb
bilanzieren = verb
erfassen = verb
dokumentieren = verb
identifizieren = verb
ermitteln = verb
fest|stellen = verb
meinen = verb
wollen = verb ~haben
bemerken = verb
ergeben = verb ~dass
verweisen = verb ~darauf
hin|weisen = verb ~darauf
verifizieren = verb
aus|weisen = verb
zeigen = verb
hervor|heben = verb
unterstreichen = verb
ergänzen = verb
erläutern = verb
informieren = verb
präzisieren = verb
an|kündigen = verb
beklagen = verb
schildern = verb
beteuern = verb
erwähnen = verb
verbreiten = verb
korrigieren = verb
revidieren = verb
zitieren = relay-verb
heißen = back ~es
die rede = back
laut = prep
gemäß = prep
gemäss = prep
nach angaben = prep
nach angaben von = prep
nach jüngsten angaben = prep
nach jüngsten angaben von = prep
nach neuesten angaben = prep
nach neuesten angaben von = prep
nach neuen angaben = prep
nach neuen angaben von = prep
nach ersten angaben = prep
nach ersten angaben von = prep
nach vorläufigen angaben = prep
nach vorläufigen angaben von = prep
nach bisherigen angaben = prep
nach bisherigen angaben von = prep
nach aktuellen angaben = prep
nach aktuellen angaben von = prep
nach letzten angaben = prep
nach letzten angaben von = prep
nach informationen = prep
nach informationen von = prep
nach darstellung = prep
nach einschätzung = prep
nach auskunft = prep
nach aussagen = prep
nach aussage = prep
nach worten = prep
nach den worten = prep
nach überzeugung = prep
nach auffassung = prep
nach ansicht = prep
*angaben = figures
*informationen = figures
*schätzungen = figures
*schätzung = figures
*erkenntnissen = figures
*zählungen = figures
*auswertung = figures
*auswertungen = figures
*erhebung = figures
*erhebungen = figures
*zählung = figures
*zahlen = figures
daten = figures
*statistik = figures
*bilanz = figures
*berichten = figures
*kreisen = figures
*quellen = figures
*ergebnis = figures
*ergebnissen = figures
*berechnungen = figures
*hochrechnung = figures
*hochrechnungen = figures
*berechnung = figures
modellrechnung = figures
zufolge = postp
unter berufung auf = relay
unter verweis auf = relay
beruft sich auf = relay
berief sich auf = relay
so = tag
demnach = back
den angaben zufolge = back
den informationen zufolge = back
den angaben nach = back
nach den angaben = back
nach diesen informationen = back
diesen angaben zufolge = back
nach diesen angaben = back
nach seinen worten = back owner
nach ihren worten = back owner
nach seinen angaben = back owner
nach ihren angaben = back owner
nach deren angaben = back owner
nach dessen angaben = back owner
nach ihren zahlen = back owner
nach seinen zahlen = back owner
nach seinen berechnungen = back
nach ihren berechnungen = back
nach seinen schätzungen = back
nach ihren schätzungen = back
seinen angaben zufolge = back owner
ihren angaben zufolge = back owner
seinen worten zufolge = back owner
ihren worten zufolge = back owner

# Words before whose words an impersonal cue reports ("hieß es", "die
# Rede sein"): "in Kiew war von 13 000 die Rede", "aus Militärkreisen hieß
# es".
[impersonal-source]
in
aus

# The word between a body the data does not know and what it is for,
# which names it with it: "das Landesamt für Asyl und Rückführungen";
# the value, its English, where the name is translated.
[body-complement]
für = for

# Verbs whose particle a one-word qualifier after them is (see en.lex).
[particle-verbs]

# Words right after a mention after a speech verb that make it the subject
# of what was said (see en.lex); German separates that clause by a comma.
[content-verbs]

# The impersonal cues those words come before: they name no speaker, only
# where the words came from ("in Kiew war von 13 000 die Rede"); not a
# cue that points back to one ("Demnach stellten in Deutschland …").
[impersonal-cues]
die rede
hieß es
heißt es
hiess es
heisst es

# Verbs whose forms no rule makes: present (third person), preterite,
# participle.
[irregular-verbs]
nehmen = nimmt nahm genommen
bergen = birgt barg geborgen
sprechen = spricht sprach gesprochen
nennen = nennt nannte genannt
geben = gibt gab gegeben
ergeben = ergibt ergab ergeben
weisen = weist wies gewiesen
verweisen = verweist verwies verwiesen
gehen = geht ging gegangen
schreiben = schreibt schrieb geschrieben
heißen = heißt hieß geheißen
wollen = will wollte gewollt
heben = hebt hob gehoben
ziehen = zieht zog gezogen
unterstreichen = unterstreicht unterstrich unterstrichen

# The words that name the agent after a passive verb: "gemeldet vom Innenministerium".
[passive-agent]
von
vom
seitens

# Forms of the verbs of saying (see en.lex).
[say-verbs]
sagte
sagten
sagt
sagen
erklärte
erklärten
erklärt
behauptete
behauptet

# Last words of a newspaper's or a broadcaster's name: a name the data does
# not know that ends in one is an outlet ("der Hollbacher Kurier", "The
# Kelder Herald").
[media-words]
zeitung
kurier
anzeiger
rundschau
nachrichten
post
presse
tagblatt
tageblatt
abendblatt
morgenpost
volksblatt
bote
rundfunk
allgemeine

# Words of a body's name no person's name holds (see en.lex); German
# names its bodies by compounds, read by their heads.
[body-words]

# Articles of the dative after a speech verb, which mark whom it was said
# to: "sagte dem NDR". "dative" is one only the dative has; the others
# are read so only after the speaker: "sagte sie der Deutschen
# Presse-Agentur" (not "sagte der Sprecher").
[dative-articles]
dem = dative
der = after-speaker

# Words before someone spoken to, who is not the speaker: "told AFP",
# or shown a document: "seen by Reuters".
[recipient]
eingesehen von
gegenüber

# Abbreviations that open a name before its next word, with their full
# stop ("St. Anne's Hospital", "St. Gallen").
[name-abbreviations]
st

# Words that may stand between a speaker and the verb of saying after it
# ("Die Rheinbahn selbst ging von rund 1800 Streikenden aus").
[subject-particles]
selbst
ihrerseits
seinerseits
jedoch
dagegen
hingegen
wiederum
allerdings
indes

# Auxiliaries of the perfect: a name before one, or after one that follows
# a fronted phrase, is a speaker when a verb of saying follows in its clause
# ("Brandl hatte von 1200 Fällen gesprochen").
[perfect-auxiliaries]
hat
hatte
hatten
haben
habe
hätte
hätten
ist
war
waren
sind
sei
seien
wäre

# An auxiliary of the passive: "Gemeldet wurden 300 Festnahmen", with no
# agent, are reported by the source named last.
[passive-auxiliaries]
wird
werden
wurde
wurden
worden

# A sentence opening with one of these and attributing speaks of what the
# sentence before said: "Das haben Aussagen von Überlebenden ergeben."
[points-back]
das
dies

# Reported speech: Konjunktiv and hearsay carry the last source on.
[reported-speech]
sei
seien
habe
hätten
hätte
haben sollen
könne
könnten
werde
würden
gebe
gäbe
liege
lägen
stehe
soll
sollen
müsse
müsste
müssten
dürfe
dürfte
dürften
wolle
solle
könnte
wäre
wären
würde
käme
kämen
bleibe
komme
gelte
befinde
befänden
handle
handele
drohe
fehle
brauche
benötige
stünde
stünden
gäben
läge
betrage
belaufe
zähle
umfasse
erreiche
steige
sinke
warte
lebe
wohne
arbeite
verfüge
rechne
erwarte
bestehe
demnach
den angaben zufolge
hieß es
heißt es
so

[anaphor person]
er
sie = or-body die
der sprecher
die sprecherin
der minister
die ministerin
der präsident
der abgeordnete

[anaphor official]
der beamte
die beamten
der vertreter
der offizier

# Anaphors of bodies. Value "media": an outlet, still relaying whom it
# cited; "recent": a word any group answers to, meaning the group named
# last by a name of its own (not an earlier body whose name holds the word).
[anaphor org]
das institut
dem unternehmen
der konzern
des konzerns
dem konzern
die firma
der firma
der betreiber
des betreibers
die fluggesellschaft
der fluggesellschaft
die reederei
der reederei
des instituts
das ressort
des ressorts
dem ressort
die gewerkschaft
der gewerkschaft
die stadt
der stadt
das unternehmen
des unternehmens
die behörde
der behörde
die organisation = recent
der organisation = recent
das ministerium
des ministeriums
die beobachtungsstelle
der beobachtungsstelle
die armee
der armee
die polizei
der polizei
die regierung
der regierung
das militär
des militärs
der geheimdienst
des geheimdienstes
der dienst
des dienstes
dem dienst
das komitee
des komitees
der verband
des verbands
des verbandes
die gruppe = recent
der gruppe = recent
die miliz
der miliz

# The preposition before an estimate of a noun named before: "schätzte die Menge auf 15.000".
[estimate-at]
auf

# What befell the people a figure counts, after it in its clause, names them: "Zwei Personen seien festgenommen worden".
[people-verbs]
betroffen = affected people
festgenommen = people arrested
verhaftet = people arrested
evakuiert = evacuated people
in sicherheit gebracht = evacuated people
vertrieben = displaced people
geflohen = displaced people
flohen = displaced people
flüchteten = displaced people
geflüchtet = displaced people
gerettet = rescued people

# How badly the wounded a figure counts are hurt, in its clause: "27 children were slightly injured".
[wound-severity]
schwer = seriously injured
schwerverletzt* = seriously injured
schwerstverletzt* = seriously injured
lebensgefährlich = seriously injured
leicht = slightly injured
leichtverletzt* = slightly injured

# A body named as the federation's is the country's, not a state's:
# "Bundesinnenministerium" in an article on Bavaria is the German
# Interior Ministry. Also the first part of a compound.
[federal]
bundes

# What befell the things a figure counts, in its clause (see en.lex):
# "300 Häuser wurden zerstört", "300 zerstörte Häuser".
[thing-states]
zerstört* = destroyed
dem erdboden gleichgemacht = destroyed
beschädigt* = damaged
eingestürzt* = collapsed
abgebrannt* = burned
niedergebrannt* = burned
verbrannt* = burned
überflutet* = flooded
überschwemmt* = flooded

# Prepositions before a place that say where something is.
# Prepositions of place: a name the data does not know after one is a
# place, not a speaker: "im Harzer Vorland".
[place-prepositions]
in
im
bei
nahe

[locative]
in
im
nach
bei
nahe
an
auf
aus
vor

# Prepositions after an impersonal cue that name whose words it reports,
# besides the passive's agent: "heißt es beim Lawinenwarndienst".
[back-agents]
bei
beim

# Words opening a clause after a comma that says who said what the
# clause before says: "…, wie sie am Abend mitteilte". A pronoun subject
# there is the subject of the clause before.
[tag-openers]
wie

# Endings of towns' names, for a name the gazetteer lacks after the kind
# of an official body: "das Wasserwirtschaftsamt Deggendorf" is the office
# in Deggendorf, where "die Rettungsbehörde Basarnas" is a body's own name.
[town-names]
*dorf
*burg
*berg
*heim
*hausen
*stadt
*feld
*bach
*ingen
*furt
*hagen
*rode
*leben
*stedt
*kirchen
*brück
*brücken
*see

# Words that make a capitalized name an event's, which names no speaker:
# "Severe Tropical Storm Ramil", "Cyclone Freddy", "Sturmtief Boris".
[event-heads]
sturm
orkan
taifun
zyklon
hurrikan
tief

# First parts of a compound that make a body a state's or a region's,
# which the region the article is about owns when the name gives none:
# "die Landeswahlbehörde" in a report on Vorarlberg, "die Staatskanzlei"
# in one on a canton or a German state.
[regional-prefixes]
landes
staat

# A word that describes a country before its name, at a sentence's start:
# "Neighbouring Niger said" is Niger's government, not a name.
[place-epithets]

# Words after which a place is named, in any language, even where every
# noun has a capital: "the town of Zamzam", "im Ort Tonalá".
[place-named-after]
stadt
gebiet
oblast
ort
ortschaft
gemeinde
dorf
region
provinz
bezirk = district
bundesstaat
gliedstaat
kanton
landkreis = district
kreis = district
insel

# None: German capitalizes every noun, so that "in Richtung" would read as a place.
[open-place-before]

[anonymous]
nicht identifiziert*
ungenannt*
nicht genannt*
anonym*
unter der bedingung der anonymität
namentlich nicht genannt*
ein = one
eine = one
einen = one
einem = one
einer = one
eines = one
# A counted group of officials is an unnamed one: "zwei ägyptische Diplomaten sagten".
zwei
drei
vier
fünf
mehrere

# Adjectives a body keeps in its name: "unabhängige russische Medien" (independent Russian media).
[body-modifiers]
unabhängige = independent
statistische = Statistical
statistischen = Statistical
statistischem = Statistical
statistisches = Statistical
unabhängigen = independent
oppositionelle = opposition
oppositionellen = opposition

[official-modifiers]
sicherheits = security
örtlich* = local
lokal* = local
regional* = regional

# Heads of speakers that are unnamed by what they are: "sources said".
[anonymous-heads]
villagers
resident
residents
witness
witnesses
source
sources

[official-heads]
ermittler = investigators
ermittlerin = investigator
fahnder = investigators
dorfbewohner = villagers
einwohner = residents
augenzeugin = witness
anwohner = residents
anwohnerin = resident
augenzeuge = witness
augenzeugen = witnesses
zeuge = witness
zeugen = witnesses
bewohner = residents
beamter = official
beamte = officials
beamten = officials
regierungsbeamter = government official
regierungsbeamte = government officials
regierungsbeamten = government officials
militärbeamter = military official
militärbeamte = military officials
militärbeamten = military officials
sicherheitsbeamter = security official
sicherheitsbeamte = security officials
geheimdienstquellen = intelligence sources
geheimdienstkreisen = intelligence sources
sicherheitskreisen = security sources
sicherheitskreise = security sources
regierungskreisen = government sources
militärkreisen = military sources
quellen = sources
quelle = source
vertreter = official
vertreterin = official
diplomat = diplomat
diplomaten = diplomats
offizier = officer
offiziere = officers
insider = insiders
forscher = researchers
forscherin = researcher
forschende = researchers
forschenden = researchers
wissenschaftler = scientists
wissenschaftlerin = scientist
kommandeur = commander
sprecher = spokesperson
sprechers = spokesperson
sprecherin = spokesperson
kommandeure = commanders
befehlshaber = commander
mitarbeiter = official
helfer = aid workers
helfern = aid workers
helferin = aid worker

# Titles and roles before a name: the name is the source. The value, where
# given, is the role in English, which names the office when a place and
# no name follows ("der Bürgermeister von Amatrice": mayor of Amatrice).
[roles]
*experte
vize
*veterinär
*veterinärin
*tierarzt
*tierärztin
militärgouverneur
militärgouverneurs
kreisbrandrat
kreisbrandrats
kreisbrandmeister
bezirksfeuerwehrkommandant
verhandlungsführer
verhandlungsführerin
einsatzführer
einsatzführerin
*wahlleiter
*wahlleiterin
*hauptmann
*hauptfrau
*koordinator
*koordinatorin
*vorsitzende
*vorsitzender
*beauftragte
*beauftragter
*expertin
*analyst
*analystin
*minister
*ministerin
*kandidat
*kandidatin
*arzt
*ärztin
*meister
*meisterin
richter
richterin
*richter
*richterin
*kommandant
*kommandantin
*direktor
*direktorin
*kommissar
*kommissarin
*inspektor
*inspektorin
*dezernent
*dezernentin
*präsident
*präsidentin
*leiter
*leiterin
landrat
landrats
landrätin
redner
rednerin
*kommandant
sheriff
präsident*
staatspräsident*
ministerpräsident*
regierungschef*
außenminister
außenministers
außenministern
außenministerin
verteidigungsminister
verteidigungsministers
verteidigungsministern
verteidigungsministerin
innenminister
innenministers
innenministern
innenministerin
gesundheitsminister
gesundheitsministers
gesundheitsministern
gesundheitsministerin
minister
ministers
ministern
ministerin
sprecher*
*sprecher
*sprechers
*sprecherin
abgeordnete*
abgeordneter
general*
generalmajor
generalleutnant
brigadegeneral
oberst = title
oberstleutnant = title
hauptmann = title
leutnant = title
admiral = title
konteradmiral = title
vizeadmiral = title
oberbefehlshaber
oberkommandierende*
kommandeur*
chef*
*chef
*chefin
vorsitzende*
botschafter*
kanzler*
bundeskanzler*
bürgermeister* = mayor
bürgermeisterin = mayor
gouverneur* = governor
gouverneurin = governor
*gouverneur
*gouverneurin
*geschäftsführer
*geschäftsführerin
*anwalt
*anwältin
*staatsanwalt
*staatsanwältin
sheriff
direktor*
leiter*
berater*
präsidentenberater*
staatssekretär*
generalsekretär*
*sekretär
*sekretärin
machthaber
staatschef*
premier*
premierminister
premierministers
premierministern
premierministerin
kronprinz
könig
papst
aktivist*
schriftsteller*
reporter*
korrespondent*
experte*
analyst*
ministeriumssprecher*
*ministeriumssprecher
verteidigungsministeriumssprecher
polizeisprecher*
armeesprecher*
militärsprecher*
feuerwehrsprecher*

# Kinds of body, in the English the source is named with. A nationality
# or place before them makes the name: "Ukrainian special forces".
[org-types]
überlebende = survivors
überlebenden = survivors
bergrettung = mountain rescue
bergwacht = mountain rescue
kreis = district administration
kreises = district administration
arbeitgeber = employers
arbeitgeberseite = employers
opposition = opposition
führung = government
staatsführung = government
militärführung = military
militärregierung* = military government
militärjunta* = military government
armeeführung = military
ordnungshüter = police
bundesregierung = government
bundesregierungen = government
landesregierung = state government
staatsregierung = state government
sicherheitskräfte = security forces
sicherheitskräften = security forces
seite = government
militärexperten = military experts
experten = experts
fachleute = experts
fachleuten = experts
landespolizei = police
bundespolizei = federal police
polizeidirektion = police
polizeiinspektion = police
polizeirevier = police
polizeiwache = police
bundespolizeiinspektion = federal police
bundespolizeidirektion = federal police
landespolizeidirektion = police
stadtverwaltung = city administration
stadt = city administration
landkreis = district administration
landkreises = district administration
landratsamt* = district office
bezirkshauptmannschaft* = district authority
kreisverwaltung* = district administration
gemeinde = municipality
stadtgemeinde = municipality
marktgemeinde = municipality
institut = institute
netzbetreiber = grid operator
hilfsorganisationen = aid organisations
hilfswerke = aid organisations
hilfswerken = aid organisations
wetterdienst = weather service
innenministerium* = Interior Ministry
innenministeriums = Interior Ministry
gesundheitsministerium* = Health Ministry
verteidigungsministerium* = Defence Ministry
außenministerium* = Foreign Ministry
ministerium* = ministry
ressort = ministry
ressorts = ministry
gesundheitsbehörde* = health authority
gesundheitsbehörden = health authorities
behörde* = authorities
behörden = authorities
polizeipräfektur = police prefecture
präfektur = prefecture
polizei = police
polizeipräsidium = police headquarters
armee = army
militärverwaltung* = regional military administration
nationalgarde* = National Guard
militär* = military
streitkräfte = armed forces
generalstab* = General Staff
geheimdienst* = intelligence
militärgeheimdienst* = military intelligence
regierung = government
regierungsangaben = government
katastrophenschutz* = disaster management authority
feuerwehr = fire brigade
rettungsdienst* = emergency services
rettungsdienste = emergency services
spezialeinheiten = special forces
präsidentenamt* = Office of the President
präsidialamt* = Office of the President
gewerkschaft* = union
veranstalter* = organisers
organisatoren = organisers
bündnis = alliance
bündnisses = alliance
organisatorinnen = organisers
organisatorinnen und organisatoren = organisers
veranstalterinnen = organisers
aktivistinnen = activists
beobachterinnen = observers
aktivisten = activists
beobachter = observers
staatsmedien = state media
staatsfernsehen* = state TV
staatssender* = state TV
nachrichtenagentur* = news agency
wahlkommission* = Election Commission
rotes kreuz = Red Cross
roten kreuz = Red Cross
roten kreuzes = Red Cross
küstenwache = coast guard
grenzschutz* = border guard
zivilschutz = civil protection
zivilschutzes = civil protection
zivilschutzbehörde* = civil protection authorities
medien = media
berichten = reports
zeitungsberichten = newspaper reports
kreisen = sources
hilfsorganisation* = aid organisation
menschenrechtsorganisation* = human rights group
rettungskräften = rescue workers

# Heads of the names of bodies, as the last part of a German compound:
# a Verband is an association, an Amt an office. Value: the English head,
# then the kind of source. The compound's first part is read with
# [compound-modifiers] ("Innenbehörde": Interior Authority); a first part
# the data does not know keeps the body's German name ("Mieterverein").
[body-heads]
firma = company other
*ministerium = Ministry official
*polizei = police official
*regierung = government official
*behörde = Authority official
*wahlbehörde = Electoral Authority official
*amt = Office official
*verwaltung = Administration official
*präsidium = Headquarters official
*direktion = Directorate official
*inspektion = Inspectorate official
*kommission = Commission official
*staatsanwaltschaft = Prosecutor's Office official
*verband = Association other
*gesellschaft = company other
*verein = Association other
*gewerkschaft = Union other
*bündnis = Alliance other
*plattform = Platform other
*initiative = Initiative other
*stiftung = Foundation other
*institut = Institute official
*krankenhaus = Hospital other
*komitee = Committee other
*spital = Hospital other
*klinikum = Hospital other
*kuratorium = Board other
*leitstelle = Control Centre official
*zentrale = Centre official
*agentur = Agency agency
*miliz = militia military
*marine = Navy military
*kommando = Command military
*betreiber = operator other
*versorger = utility other
*anbieter = provider other
*konzern = corporate group other
*händler = retailer other
*kette = chain other
*vermieter = rental company other
reederei = shipping company other
molkerei = dairy other
*hersteller = manufacturer other
*zulieferer = supplier other
*präsidentschaft = presidency official
*stab = Staff official
*kanzlei = Chancellery official
*versicherung = Insurance other
*gericht = Court official
*feuerwehr = Fire Brigade official
*rettung = Rescue Service official
*netzwerk = Network other
*mission = Mission official
*verbund = Association other
*observatorium = Observatory official
*betriebe = company other
*werke = utility other

# The first parts of German compound names of bodies, in English:
# "Innen" in "Innenministerium". A linking s is dropped before lookup.
[compound-modifiers]
innern = Interior
widerstands = Resistance
menschenrechts = Human Rights
beobachtungs = Monitoring
ärzte = Doctors
gouverneurs = Governor's
tourismus = Tourism
warn = Warning
führungs = Command
sanitäts = Health
versicherungs = Insurance
gebäude = Building
hafen = Port
flughafen = Airport
wasser = Water
wasserwirtschaft = Water Management
forst = Forestry
wald = Forest
naturschutz = Nature Conservation
such = Search
bevölkerungsschutz = Civil Protection
lawinenwarn = Avalanche Warning
hochwasser = Flood
bahn = Rail
eisenbahn = Railway
straßen = Roads
zoll = Customs
steuer = Tax
asyl = Asylum
ausländer = Immigration
einwanderung = Immigration
integration = Integration
verbraucherschutz = Consumer Protection
lebensmittel = Food
bau = Building
bergbau = Mining
geologie = Geology
schul = School
kultus = Education
wohnung = Housing
entwicklung = Development
landeskriminal = State Criminal Police
bundeskriminal = Federal Criminal Police
koordinierung = Coordination
krisen = Crisis
staat = State
wasserschutz = water
kriminal = criminal
regional = regional
provinz = provincial
kantons = cantonal
innen = Interior
gesundheit = Health
verteidigung = Defence
außen = Foreign
justiz = Justice
finanz = Finance
wirtschaft = Economy
umwelt = Environment
verkehr = Transport
bildung = Education
arbeit = Labour
sozial = Social
soziales = Social Affairs
lebensmittelsicherheit = Food Safety
klimakrise = Climate Crisis
klimaschutz = Climate Protection
verbraucherschutz = Consumer Protection
landwirtschaft = Agriculture
agrar = Agriculture
bauern = Farmers'
bundes = Federal
landes = State
stadt = City
kreis = District
katastrophenschutz = Civil Protection
zivilschutz = Civil Protection
rettung = Rescue
wetter = Weather
wahl = Election
arbeitgeber = Employers'
kommunikation = Communications
information = Information
sicherheit = Security
energie = Energy
kultur = Culture
familie = Family
familien = Family
jugend = Youth
wissenschaft = Science
migration = Migration
flüchtling = Refugee
gemeinde = Municipal
bezirk = District
polizei = Police
feuerwehr = Fire
veterinär = Veterinary
statistik = Statistics
# A federal ministry is the country's own: "Bundesinnenministerium" is
# the (German, Austrian) Interior Ministry.
bundesinnen = Interior
bundesgesundheit = Health
bundesverteidigung = Defence
bundesjustiz = Justice
bundesfinanz = Finance
bundeswirtschaft = Economy
bundesumwelt = Environment
bundesverkehr = Transport
bundesbildung = Education
bundesarbeit = Labour
bundeslandwirtschaft = Agriculture
bundesfamilien = Family

# Metric words that are nouns, where nouns carry no capital (none here:
# German capitalizes them).
[metric-nouns]

# Words right after a figure's phrase that show it is the subject of its
# clause, where objects follow their verb (not German).
[subject-markers]

# Articles of the genitive: "nach Angaben des Mietervereins".
[genitive]
des
der

# Small words inside names, where names are told by their capitals.
[name-connectors]
von
van
di
de
al

# Words between a figure and the whole it is a part of, or its noun:
# "Five of the six", "1,5 million de manifestants".
[partitive]
von

# Definite articles.
[articles]
der
die
das
dem
den
des

# Prepositions that hold an article, after which no town's name stands
# ("im Jahr", "am Montag").
[fused-articles]
im
am
ans
beim
ins
vom
zum
zur

# Words that open the whole a part belongs to: "498 of its troops".
[determiners]
der
die
das
dem
den
des
seine
seiner
ihre
ihrer
diese
dieser

# Of those, the ones that make the whole the speaker's own: "of its troops".
[own-determiners]
seine
seiner
seinen
ihre
ihrer
ihren

# Words that join two sources speaking together: "wie Regierung und
# Words that open a second main clause after a comma, with a subject of
# its own: "…, but the Archive, an NGO, estimated".
[clause-coordinators]
aber
doch
während
und
sondern

# Militär mitteilten", "according to UNHCR and IOM".
[coordinators]
und
sowie

# Words that join two parts of a list or two clauses; the value, the
# English of those that join the words of a body's name.
[conjunctions]
plus
und = and
sowie = and
während

# Words that open a contrasting clause (see en.lex): "die Gewerkschaft
# zählte 250.000, das Ministerium aber 118.500".
[contrast]
aber
doch
jedoch
während

# Words that say which kind of a counted noun is counted (see en.lex),
# before it, in it or after "von": "510 Masern-Fälle", "Fälle von Dengue".
[kind-modifiers]
gültig* = valid
ungültig* = invalid
dengue = dengue
cholera = cholera
masern = measles
zika = zika
chikungunya = chikungunya
malaria = malaria
ebola = ebola
corona = covid-19
covid = covid-19
covid-19 = covid-19
mpox = mpox
grippe = influenza
polio = polio
typhus = typhoid
diphtherie = diphtheria
tuberkulose = tuberculosis
hiv = hiv

# Nouns that refer back to a place named before (see en.lex): "vor der
# Insel", "in dem Land".
[place-anaphors]
land = country
landes = country
insel = region city
stadt = city
dorf = city
dorfes = city
ortschaft = city
provinz = region
bundesland = region
bundeslandes = region

# Counted nouns that end compounds and say what they count: "Erstanträge"
# are Anträge, "Masern-Fälle" Fälle. Only these: "Baustellen" are no
# Stellen, "Bundesländer" no Länder.
[compound-heads]
zentren
anträge
fälle
boote
schiffe
soldaten
polizisten
beamte
truppen
kräfte
flüchtlinge
migranten
kinder
tote
toten
verletzte
verletzten
opfer
helfer
demonstranten
teilnehmer
bewohner
arbeiter
beschäftigte
patienten
infektionen
erkrankungen
unfälle
diebstähle
delikte
straftaten
schlägereien
unterkünfte
systeme
anzeigen
haushalte
stimmen
wahlkreise
häuser
gebäude
wohnungen
fahrzeuge
hubschrauber
flugzeuge
panzer
raketen
drohnen
granaten
angriffe
anschläge
dörfer
städte
gemeinden
bezirke
ankünfte
festnahmen
geiseln
gefangene
häftlinge
passagiere
pilger
schüler
studenten
zivilisten
frauen
männer
kämpfer

# Words for a total that a figure gives: "die Zahl der Toten stieg auf 31".
[total-words]
zahl
anzahl
bilanz
*zahl
*bilanz
gesamtzahl

# The second part of a compound whose first part is a known body, and
# which names a part or an envoy of it: "AFP-Reporter", "Afad-Abteilung".
[body-parts]
reporter*
korrespondent*
abteilung
miliz
sprecher*
chef*
büro
zentrale
führung
kommando
sprecherin

# Documents that carry figures: whose they are follows them ("a report by
# regional monitors"), or they are the last speaker's ("the statement said").
[documents]
bericht
berichts
berichte
berichten
urteil
urteils
statistik
halbjahresstatistik
erklärung
mitteilung
studie
analyse
auswertung
umfrage
liste

# The words between a document and whose it is.
[document-of]
von
vom
des
der

# Where the text ends: what follows is page furniture.
[furniture-end]
verwandte geschichten
related news
mehr zum thema
das könnte sie auch interessieren
weitere artikel
lesen sie auch
mehr lesen
kommentar hinterlassen
kommentare
zur startseite
dieser artikel wurde automatisch

# Lines that are page furniture wherever they stand.
[furniture-line]
zum hauptinhalt
zum hauptinhalt springen
zur startseite
artikel anhören
stand:
update
unsere themenseiten
anzeige
werbung
teilen
foto:
(foto:
©
quelle:
showpaywall:
issubscriber:
ispaid:
false
true
console.debug*
keystone
/ats
mehr zum thema

# Phrases that mark a count over a stated interval.
[period]
seit *
im vergangenen jahr
im letzten jahr
in diesem jahr
dieses jahres
in den vergangenen * tagen
in den letzten * tagen
in den vergangenen * wochen
in den letzten * wochen
in den vergangenen * monaten
in den letzten * monaten
in den vergangenen * jahren
in den letzten * jahren
in den vergangenen monaten
in den vergangenen jahren
in den letzten jahren
bis ende *
am vorigen *
am vorherigen *
beim vorigen *
beim vorherigen *
beim vorangegangenen *
bei der vorigen *
bei der vorherigen *
am tag zuvor
am samstag und sonntag
am wochenende
in den letzten wochen
in den vergangenen wochen
in den letzten tagen
in den vergangenen tagen
in den letzten monaten
binnen * stunden
innerhalb von * stunden
innerhalb * stunden
in den vergangenen * stunden
in den letzten * stunden
seit jahresbeginn
seit beginn *
seit dem *
in dem zeitraum
in diesem zeitraum
in dieser zeit
im gleichen zeitraum
am vortag
im vorjahr
im januar
im februar
im märz
im april
im mai
im juni
im juli
im august
im september
im oktober
im november
im dezember
im jänner
täglich
pro tag
in der nacht
über nacht
seither

# Words that make an article a report on a crowd of a kind: a figure of
# people there, with no noun of its own or a generic one ("people",
# "participants"), counts the kind. "Die Polizei sprach von 8.000
# Teilnehmenden" at a Kundgebung counts protesters.
[crowd-context]
demonstration* = protesters
demo = protesters
demos = protesters
gegendemo* = protesters
gegendemonstration* = protesters
kundgebung* = protesters
protest* = protesters
demonstrier* = protesters
protestier* = protesters
großdemo* = protesters
mahnwache* = protesters
protestmarsch* = protesters
sternmarsch = protesters
streikende* = protesters

# Words that open a part of a figure just given: "fast 50.000 Soldaten,
# darunter 11.000 Nordkoreaner". The whole is not of the part's kind.
[part-of]
darunter
davon
unter ihnen
inklusive
einschließlich

# Words before a place that compare with it rather than put something
# Words before the place something comes from, which is not where it is
# Words that name the country the article is about as the place:
# "landesweit", "nationwide", "across the country".
[country-wide]
landesweit
bundesweit
im ganzen land
im ganzen lande
im land
des landes
schweizweit
österreichweit

# counted: "51 people from Syria", "Flüchtlinge aus Eritrea".
[place-origin]
aus

# Words before a place named to compare with it or to bound another, not
# as where a figure is nor whose a body is: "the size of New Jersey",
# "an der Grenze zu Malawi".
[place-comparison]
grenze zu
grenze zum
grenze zur
grenze mit
so groß wie
größer als
kleiner als
fläche von
größe von
doppelt so groß wie

# Words that place a figure at sea off a coast: "vor der libyschen Küste",
# "vor der Küste Libyens" (off Libya). "= name" when a place's name alone
# may follow; else a word of [coast-words] must.
[offshore]
vor

[coast-words]
küste

# Words for a side of a war, with a nationality: "Tote auf russischer
# Seite" are Russian troops in a report on armies.
[party-sides]
seite

# Phrases of every place of a kind: a figure "in allen Bundesländern" is a
# total over them, of no one place, not even one named before.
[place-totals]
in allen bundesländern
in allen ländern
in allen provinzen
in allen regionen
in allen landkreisen
in allen kreisen
in allen bezirken
in allen kantonen
in sämtlichen bundesländern

# Words that open a relative clause after a comma: "Ein Beamter, der nicht
# genannt werden wollte, sagte" — a verb there says nothing of a figure.
[relative-pronouns]
der
die
das
dem
den
denen
dessen
deren

# The word of an infinitive: a frame verb after it is another verb's
# complement, no cue of its clause ("hat 60 Tote zu beklagen").
[infinitive-markers]
zu

# Endings of common nouns: a one-word name ending so is none, where every
# noun has a capital ("meldete Einschränkungen").
[noun-endings]
ung
ungen
heit
heiten
keit
keiten
schaft
schaften
tion
tionen
tät
täten
nis
nisse

# Kinds of body any official body is: with a definite article, the last
# official body named ("teilte die Behörde mit" after the Landratsamt).
[any-body-anaphors]
behörde

# Endings of an adjective that, after an article that may be nominative or
# dative ([dative-articles] "after-speaker"), make it no nominative: "sagte
# der Deutschen Presse-Agentur" is said to the agency.
[dative-endings]
en

# East Slavic names as German writes them, respelled the way English news
# writes them: "Jewhen" is Yevhen, "Terechow" Terekhov, "Serhij Lyssak"
# Serhiy Lysak. A person's name the source data does not know is
# respelled when its first word is one of these given names, or its last
# word ends as one of these surnames ([transliterated-surnames]), and a
# word of it holds what only this language's transliteration writes
# ([transliteration-marks]: "Irina Tolmacheva" is written the English
# way already); then [transliteration] rewrites it, the longest match
# first at each letter.
[transliterated-given-names]
alexej
andrij
anatolij
bohdan
dmitri
dmitrij
dmytro
halyna
ihor
irina
iryna
iwan
jelena
jewgeni
jewgenij
jewhen
jewhenij
jurij
juri
julija
kostjantyn
kyrylo
ljudmyla
michail
mychajlo
mykola
mykyta
natalija
oleh
olexander
olexandr
oleksandr
oleksij
olena
oksana
pawlo
petro
serhij
sergej
swetlana
taras
tetjana
wadym
walerij
wassyl
wiktor
witalij
wjatscheslaw
wladimir
wolodymyr
[transliterated-surnames]
*enko
*tschuk
*schuk
*ij
*yj
*owytsch
*ewytsch
*jewa
*owa
[transliteration-marks]
*w*
*j*
*sch*
*ez
[transliteration]
schtsch = shch
tsch = ch
sch = sh
ch = kh
ss = s
w = v
z = ts
x = ks
j = y
bj = bi
dj = di
hj = hi
kj = ki
lj = li
mj = mi
nj = ni
pj = pi
rj = ri
sj = si
tj = ti
wj = vi
zj = tsi

# A name joined by hyphens to one of these words is a place of that kind:
# "Rhein-Erft-Kreis" is the Rhein-Erft district. Value: the kind in
# English, then, after a comma, the kind of body that governs it ("Der
# Main-Kinzig-Kreis teilte mit": its district administration).
[place-compounds]
kreis = district, district administration
kreises = district, district administration

# A compass word joined to a place's name names a part of the place:
# "Nordsyrien" is northern Syria. Value: the English adjective.
[compass-prefixes]
nord = northern
süd = southern
ost = eastern
west = western
nordost = northeastern
nordwest = northwestern
südost = southeastern
südwest = southwestern

# Lower-case words that open a place's name (see the English lexicon:
# "southern Lebanon"). None in this language.
[place-openers]

# Adjectives that point back to the place named last: "nach Angaben der
# dortigen Gesundheitsbehörde" after "im Gazastreifen" is Gaza's.
[there-words]
dortig*
