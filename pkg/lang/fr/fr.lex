# French lexicon for claimdiff. Format: see de.lex. Elided articles and
# pronouns ("l'", "d'", "qu'") are tokens of their own: write them apart,

[settings]
decimal = ,
group = .
# "des responsables ukrainiens" are unnamed ones; "les autorités" are named by their office.
anonymous_plural = no

# Elided words: the text's "l'Intérieur" is read as "l'" and "Intérieur".
[elisions]
l'
d'
qu'
jusqu'
lorsqu'
puisqu'
n'
s'
c'
j'
m'

# Words that open a reported clause: "reported that 150,000 rallied".
[complementizers]
que
qu'

# Prepositions before a word for figures that make it an attribution:
# "nach jemenitischen Angaben", "aus Regierungskreisen".
[figures-governors]

# A preposition that names the agent of a participle before its noun: a
# mention after it is no speaker ("das vom ukrainischen Militär geführte
# Widerstandszentrum").
[attributive-agent]

# Possessive clitics, tokens of their own: "the state's emergency agency".
[possessives]

# Nouns that stand for a country before a body: "the country's health
# ministry".
[country-nouns]
pays

# Words between a local body and its place: "die Polizei in Ulm",
# "Authorities in Oregon".
[place-connectors]

# "Official" before figures: "nach offiziellen Angaben" are the authorities'.
[official-words]
officiel*

# Capitalized words that are never names, beyond the stop words: "Erstmals".
[common-words]

# Words that make a name the data does not know a place, first or last in
# it: "Elmore County", "Weinbaugebiet Sonoma", "Chelyabinsk Oblast".
[place-heads]
département
province
région
île
place
rue
avenue
gare
aéroport
port
vallée

# The word before a second name of the same body: "the Directorate General
# of Health Services or DGHS".
[or]
ou

# Words of change: after one, "from X to Y" is two figures, the old and the
# new, not a range ("has risen from 148 to 154").
[change-words]
passé
passant
passe
augmenté
grimpé
monté
baissé
revu
révisé
corrigé

# Adverbs that may stand between a figure and its noun: "57 zuvor gerettete
# Menschen", "300 previously evacuated residents".
[noun-adverbs]
déjà
encore
récemment

[stopwords]
cet
ailleurs
toutefois
cependant
néanmoins
auparavant
ensuite
désormais
actuellement
également
hier
le
la
les
l'
un
une
des
du
de
d'
et
à
au
aux
en
dans
par
pour
sur
avec
est
sont
a
ont
été
était
étaient
être
avoir
il
elle
ils
elles
on
qui
que
qu'
ce
cette
ces
son
sa
ses
leur
leurs
se
s'
ne
n'
pas
plus
ou
mais
comme
lors
après
avant
depuis
entre
sans
sous
vers
chez
dont
aussi
encore
déjà
tout
tous
toute
toutes
y
fait
ainsi
donc
alors
car
si
très
selon
contre
notamment
dont
parmi
cela
ceci
où
nous
vous

[abbreviations]
m.
mme.
mmes.
mm.
dr.
pr.
st.
ste.
janv.
févr.
avr.
juil.
sept.
oct.
nov.
déc.
n°
etc.
av.
apr.
env.
gén.
col.
cdt.
lt.
sgt.

[months]
janvier = 1
janv. = 1
février = 2
févr. = 2
mars = 3
avril = 4
avr. = 4
mai = 5
juin = 6
juillet = 7
juil. = 7
août = 8
septembre = 9
sept. = 9
octobre = 10
oct. = 10
novembre = 11
nov. = 11
décembre = 12
déc. = 12

# Days of the week, by number from Sunday (0); a weekend is no one day.
[weekdays]
dimanche = 0
lundi = 1
mardi = 2
mercredi = 3
jeudi = 4
vendredi = 5
samedi = 6
week-end = weekend

[relative-days]
aujourd'hui = 0
hier = -1
avant-hier = -2
la semaine dernière = -7
la veille = -1
le jour précédent = -1

[last]
dernier
passé

[numbers]
zéro = 0
un = 1
une = 1
deux = 2
trois = 3
quatre = 4
cinq = 5
six = 6
sept = 7
huit = 8
neuf = 9
dix = 10
onze = 11
douze = 12
treize = 13
quatorze = 14
quinze = 15
seize = 16
vingt = 20
vingts = 20
trente = 30
quarante = 40
cinquante = 50
soixante = 60
quatre-vingt = 80
quatre-vingts = 80
septante = 70
huitante = 80
octante = 80
nonante = 90

[scales]
cent = 100
cents = 100
mille = 1000
million = 1000000
millions = 1000000
milliard = 1000000000
milliards = 1000000000

[scale-suffix]

# "vingt-et-un": the "et" between the parts of a number word.
[joiners]
et

[fractions]
demi = 0.5
un demi = 0.5

[dozen]
douzaine = 12

# Ordinal words after "ein", "a": "ein fünftes Todesopfer" is one more
# victim, the fifth, not a count.
[ordinal-words]
premier
première
deuxième
troisième
quatrième
cinquième
sixième
septième
huitième
neuvième
dixième

# "un", "une" are numbers only in a list of a toll ("un enfant et deux adultes").
[weak-numbers]
un
une

# Prepositions: a small number word right after one is incidental ("en deux").
[prepositions]
à
au
aux
en
dans
sur
par
pour
avec
vers
sous
chez
entre
contre

# Figures given as a word of about so many, with their article: "une
# dizaine" is about ten.
[approx-numbers]
une dizaine = 10
une douzaine = 12
une quinzaine = 15
une vingtaine = 20
une trentaine = 30
une quarantaine = 40
une cinquantaine = 50
une soixantaine = 60
une centaine = 100
un millier = 1000
quelques dizaines = 12

[vague]
des dizaines de milliers = 10000
des centaines de milliers = 100000
des dizaines = 12
des centaines = 100
des milliers = 1000
des millions = 1000000
plusieurs centaines = 100
plusieurs milliers = 1000
plusieurs dizaines = 12
plusieurs dizaines de milliers = 10000
dizaines de milliers = 10000
centaines de milliers = 100000
milliers = 1000
centaines = 100

[vague-quantifiers]
plusieurs
quelques
de nombreux
de nombreuses
nombreux
nombreuses

[qualifier approx]
environ
quelque
à peu près
autour de
aux alentours de
grosso modo
approximativement
près d'environ
dans les

[qualifier nearly]
près de
près d'
presque
quasiment
pas loin de
pas loin d'
frôlant
avoisinant

[qualifier at_least]
au moins
au minimum
pas moins de
pas moins d'

[qualifier more_than]
plus de
plus d'
au-delà de
largement plus de
bien plus de
davantage que

[qualifier at_most]
jusqu'à
au maximum
au plus

[qualifier less_than]
moins de
moins d'

[qualifier exact]
exactement
précisément
au total
un total de
un total d'

[qualifier-after at_least]
ou plus
et plus

[range-between]
entre

[range-and]
et

[range-to]
à
-
–

[range-from]
de
d'

# Words that make a figure an increment on an earlier one: "weitere 2000".
# Value "comparative": the word also compares ("more than 100"), and makes
# no increment of a figure it stands by; "new": it makes none of a figure
# after it ("new 300 cases" is rare, "300 new cases" an increment).
[increment]
supplémentaires
supplémentaire
autres
nouveaux = new
nouvelles = new
de plus

# Words that make a figure a part of one given before, compared with no
# other figure: "14 d'entre eux", "dont 14". Value "before": the words stand
# before the figure, and make a part only of a figure without a noun of its
# own ("40 morts, dont 14 enfants" counts children).
[part]
d'entre eux
d'entre elles
de ces
dont = before
parmi eux = before
parmi elles = before
parmi lesquels = before
parmi lesquelles = before

# Words that make a figure a capacity or a permit, not a count of what
# came: "déclarée pour 50 000 personnes", "une capacité de 80 000". Value
# Words for the victims of an event, casualties of any kind: in an article
# that reports deaths and no injuries, the victims are the dead.
[victim-words]
victimes

# Negations: a cue of harm they deny names no metric: "29 Personen wurden
# nicht oder nur minimal verletzt".
[negations]
pas
aucun
aucune
ni

# "before": the words stand before the figure; else after it, in its clause.
[capacity]
capacité de = before
capacité d'accueil de = before
prévue pour = before
prévu pour = before
déclarée pour = before
déclaré pour = before
autorisée pour = before
autorisé pour = before
peut accueillir = before
pouvant accueillir = before

[metric killed]
tué*
morts
mort
morte
mortes
décès
décédé*
sont morts
ont péri
péri
périssent
noyé*
tuant
bilan
tombés
victimes mortelles
ont perdu la vie
a perdu la vie
perdu la vie
trouvé la mort
ont trouvé la mort
a trouvé la mort
cadavres
corps
abattus
exécutés
neutralisés

[metric wounded]
blessé*
blessant
blessures
hospitalisé*
soignés
pris en charge à l'hôpital
légèrement
grièvement

[metric casualties]
perdu
perdus
ont perdu
a perdu
victimes
pertes
tués ou blessés
morts ou blessés
tués et blessés

[metric missing]
disparu*
portés disparus
introuvables

[metric captured]
libéré*
relâché*
otages
otage
prisonniers
prisonnier
enlevé*
kidnappé*
capturé*
faits prisonniers
prisonniers de guerre
retenus en otage

[metric troops]
déployé*
mobilisé*
envoyé*
stationné*
engagé*
dépêché*
massé*

[casualty-or]
ou

# A killed and a wounded cue side by side, one figure: "1,000 killed and
# Measures that count occurrences when the number is large: "2031 Mal im
# Einsatz" counts call-outs, "drei Mal so viele" multiplies.
[occurrence-units]
fois

# Words before a mean or a ratio, which is no count: "im Schnitt 334 pro
# Tag", "bei einem von 1000".
[average-before]
un sur
une sur
en moyenne
une moyenne de
une moyenne d'

# wounded" are casualties; "killed and many more injured" are two.
[casualty-and]
et

[counted troops]
soldat* = troops
militaires = troops
troupes = troops
combattants = fighters
militants = militants
terroristes = militants
jihadistes = militants
djihadistes = militants
mercenaires = mercenaries
recrues = recruits
marins = sailors
réservistes = reservists
forces = troops
assaillants = attackers
hommes = troops

[counted personnel]
policiers = police officers
gendarmes = gendarmes
policiers et gendarmes = police officers and gendarmes
membres des forces de l'ordre = police officers
forces de l'ordre = police officers
pompiers = firefighters
sapeurs-pompiers = firefighters
secouristes = rescue workers
sauveteurs = rescue workers
soignants = health workers
agents = staff
bénévoles = volunteers
volontaires = volunteers

[counted things]
interpellations = arrests
arrestations = arrests
gardes à vue = detentions
animaux = animals
bétail = livestock
bovins = cattle
vaches = cattle
moutons = sheep
chèvres = goats
porcs = pigs
chevaux = horses
ânes = donkeys
chameaux = camels
chiens = dogs
oiseaux = birds
volailles = poultry
abeilles = bees
essaims = swarms
localités = settlements
villages = villages
villes = towns
bâtiments = buildings
maisons = houses
logements = homes
habitations = homes
écoles = schools
hôpitaux = hospitals
voix = votes
bulletins = ballots
bureaux de vote = polling stations
répliques = aftershocks
incendies = fires
feux = fires
véhicules = vehicles
chars = tanks
drones = drones
missiles = missiles
obus = shells
avions = aircraft
hélicoptères = helicopters
bateaux = boats
embarcations = boats
navires = ships
attaques = attacks
frappes = strikes
cas = cases
demandes = applications
vols = flights
trains = trains
communes = municipalities
départements = departments
foyers = households
hectares = hectares

[counted people]
sans-abri = homeless people
mineurs = miners
suspects = suspects
foule = people
personnes = people
personne = people
gens = people
habitants = inhabitants
résidents = inhabitants
civils = civilians
enfants = children
adultes = adults
femmes = women
hommes = men
migrants = migrants
réfugiés = refugees
demandeurs d'asile = asylum seekers
exilés = migrants
manifestants = protesters
protestataires = protesters
participants = participants
pèlerins = pilgrims
passagers = passengers
élèves = pupils
écoliers = pupils
étudiants = students
patients = patients
détenus = prisoners
électeurs = voters
inscrits = registered voters
votants = voters
travailleurs = workers
salariés = workers
grévistes = strikers
spectateurs = spectators
visiteurs = visitors
survivants = survivors
rescapés = survivors
évacués = evacuated people
sinistrés = disaster victims
agriculteurs = farmers
victimes = victims
morts = people
blessés = people
tués = people
disparus = people
otages = hostages

[unit-time]
jour
jours
semaine
semaines
mois
an
ans
année
années
heure
heures
h
minute
minutes
min
seconde
secondes
décennie
décennies
siècle
siècles
nuit
nuits

[unit-measure]
%
pour cent
pourcent
points
mètres
mètre
m
kilomètres
km
km/h
milles
degrés
°c
kilos
kg
kilogrammes
tonnes
litres
mm
cm
fois
magnitude
échelle
cap
seuil
barre

[unit-area]
hectares = hectares
km² = square kilometres
kilomètres carrés = square kilometres

[currency]
euros = euros
€ = euros
dollars = dollars
$ = dollars
livres = pounds
£ = pounds
francs = francs
roubles = roubles
hryvnias = hryvnias

[ordinal-before]

[year-before]
en
depuis
jusqu'en
de
l'an
année
années
dès
avant
après
fin
début
mi
printemps
été
automne
hiver
promotion

[label-before]
échelle de
une échelle de
magnitude de
magnitude
force
niveau
©
article
n°
résolution
chapitre
section
vol
route
autoroute
ligne
bus
quai
salle
chaîne
niveau
phase
version
tour
épisode
partie
semaine
lecture

[age]
âgé de
âgée de
âgés de
âgées de
à l'âge de
ans

[rate-after]
par
en moyenne
chacun
chacune
chaque jour = ends

[prospective]
devrait
devraient
prévoit
prévoient
prévu
prévus
prévue
envisage
envisagent
compte envoyer
va envoyer
vont envoyer
pourrait
pourraient
attendus
attendu
espère
espèrent
promis
promet
réclame
réclament
demande
demandent

# Speakers counted are not claims: "deux diplomates ont indiqué".
[speaker-nouns]
diplomates
responsables
sources
témoins
porte-parole
officiels

# Attribution frames: see de.lex for the kinds and options. French puts the
# subject after the verb after what it reports ("…, a indiqué le
# ministère"), as the readings of each verb allow.
[frames]
interpeller = act
arrêter = act
soigner = act
secourir = act
évacuer = act
prendre = act ~en
selon ses propres chiffres = own
selon son propre décompte = own
selon ses propres estimations = own
selon leurs propres chiffres = own
dire = verb
indiquer = verb
déclarer = verb
annoncer = verb
affirmer = verb
préciser = verb
ajouter = verb
estimer = verb
rapporter = verb own-passive
recenser = verb
dénombrer = verb
compter = verb
chiffrer = verb
confirmer = verb
signaler = verb own-passive
assurer = verb
évoquer = verb
avancer = verb
révéler = verb
montrer = verb
souligner = verb
expliquer = verb
communiquer = verb
publier = verb
dresser = verb ~bilan
revendiquer = verb
faire = verb ~état
déplorer = verb
enregistrer = verb
comptabiliser = verb
noter = verb
remarquer = verb
relever = verb
insister = verb
rappeler = verb
détailler = verb
mentionner = verb
observer = verb
constater = verb
témoigner = verb
raconter = verb
informer = verb
marteler = verb
avertir = verb
reconnaître = verb
admettre = verb
soutenir = verb
citer = relay-verb
selon = prep
d'après = prep
de source = prep
chiffres = figures
données = figures
estimations = figures
décompte = figures
bilan = figures
statistiques = figures
citant = relay
en citant = relay
selon lui = back owner
selon elle = back owner
selon eux = back owner
selon la même source = back
de même source = back
d'après lui = back owner
d'après elle = back owner

# Verbs whose forms no rule makes: every form, the participle last.
[irregular-verbs]
secourir = secourt secourent secourait secouraient secourra secourant secouru
prendre = prend prennent prenait prenaient prendra prenant pris
dire = dit disent disait disaient dira diront dirait diraient disant dit
faire = fait font faisait faisaient fera feront ferait feraient faisant fait
rappeler = rappelle rappellent rappelait rappelaient rappela rappellera rappelé
relever = relève relèvent relevait relevaient releva relèvera relevé
marteler = martèle martèlent martelait martelaient martela martèlera martelé
avertir = avertit avertissent avertissait avertissaient avertira averti
reconnaître = reconnaît reconnaissent reconnaissait reconnaissaient reconnut reconnaîtra reconnu
admettre = admet admettent admettait admettaient admit admettra admis
soutenir = soutient soutiennent soutenait soutenaient soutint soutiendra soutenu

# The word that names the agent after a passive verb: "annoncé par le ministère".
[passive-agent]
par

# Forms of the verbs of saying (see en.lex).
[say-verbs]
dit
déclaré
affirmé
assuré
indiqué
précisé
expliqué

# Last words of a newspaper's or a broadcaster's name: a name the data does
# not know that ends in one is an outlet ("der Hollbacher Kurier", "The
# Kelder Herald").
[media-words]
journal
quotidien
parisien
figaro
monde
libération
gazette
dépêche

# Words of a body's name no person's name holds (see en.lex).
[body-words]

# Articles of the dative after a speech verb (see de.lex): none here.
[dative-articles]

# Words before someone spoken to, who is not the speaker: "a indiqué à l'AFP",
# or shown a document: "seen by Reuters".
[recipient]
consulté par
consultée par
obtenu par
obtenue par
à
auprès de

# Reported speech and hearsay: the conditional of "il y aurait 300 morts",
# "selon des informations". The figure is the source named last's.
[reported-speech]
aurait
auraient
serait
seraient
aurait été
auraient été
dit-on
paraît-il

# Abbreviations that open a name before its next word, with their full
# stop ("St. Anne's Hospital", "St. Gallen").
[name-abbreviations]
st
ste

# Words that may stand between a speaker and the verb of saying after it
# ("La compagnie elle-même a indiqué").
[subject-particles]
elle-même
lui-même
cependant
toutefois

# Auxiliaries of the perfect, next to which a name is a speaker where
# every noun has a capital (see de.lex); none needed here.
[perfect-auxiliaries]

# An auxiliary of the passive: "300 morts ont été signalés", with no
# agent, are reported by the source named last.
[passive-auxiliaries]
été
est
sont
était
étaient
fut
furent

# A sentence opening with one of these and attributing speaks of what the
# sentence before said: "Cela a été confirmé par le ministère."
[points-back]
cela
ceci

[anaphor person]
il = or-body le
elle = or-body la l'
*-t-il = or-body le
*-t-elle = or-body la l'
le porte-parole
la porte-parole
le ministre
la ministre
le président
la présidente
le maire
la maire
le préfet
la préfète
le procureur
la procureure

[anaphor official]
le responsable
la responsable
les responsables
la source
les sources
le diplomate
les diplomates
le conseiller
la conseillère

# Anaphors of bodies. Value "media": an outlet, still relaying whom it
# cited; "recent": a word any group answers to, meaning the group named
# last by a name of its own (not an earlier body whose name holds the word).
[anaphor org]
le ministère
l'agence
l'organisation = recent
le syndicat
la préfecture
les autorités
l'armée
la police
le gouvernement
le service
l'entreprise
la société
le groupe
l'ong
la compagnie
l'association
la mairie
la commune

# Nouns whose possessor is a party, not a place: "les pertes de l'armée russe".
[party-nouns]
armée
forces
troupes
soldats
militaires
marine

# The preposition before an estimate of a noun named before: "estime à 450 000 le nombre".
[estimate-at]
à

# What befell the people a figure counts names them: "27 personnes ont été interpellées".
[people-verbs]
touché* = affected people
sinistré* = affected people
interpellé* = people arrested
arrêté* = people arrested
placé* en garde à vue = people detained
évacué* = evacuated people
déplacé* = displaced people
fui = displaced people
secouru* = rescued people
sauvé* = rescued people
relogé* = rehoused people

[wound-severity]
grièvement = seriously injured
gravement = seriously injured
dans un état grave = seriously injured
en urgence absolue = seriously injured
légèrement = slightly injured
en urgence relative = slightly injured

# A body named as the federation's is the country's (see en.lex).
[federal]
fédéral
fédérale

# What befell the things a figure counts, in its clause (see en.lex):
# "300 maisons ont été détruites", "300 maisons détruites".
[thing-states]
détruit* = destroyed
rasé* = destroyed
endommagé* = damaged
effondré* = collapsed
brûlé* = burned
incendié* = burned
inondé* = flooded

# Prepositions before a place that say where something is.
# Prepositions of place: a name the data does not know after one is a
# place, not a speaker: "dans le Vaucluse".
[place-prepositions]
dans
près de
vers

[locative]
à
au
aux
en
dans
près de
vers
sur
depuis
de

# Prepositions after an impersonal cue that name whose words it reports,
# besides the passive's agent: "heißt es beim Lawinenwarndienst".
[back-agents]

# Words opening a clause after a comma that says who said what the
# clause before says: "…, wie sie am Abend mitteilte". A pronoun subject
# there is the subject of the clause before.
[tag-openers]
comme

# Endings of towns' names, for a name the gazetteer lacks after the kind
# of an official body: "das Wasserwirtschaftsamt Deggendorf" is the office
# in Deggendorf, where "die Rettungsbehörde Basarnas" is a body's own name.
[town-names]

# Words that make a capitalized name an event's, which names no speaker:
# "Severe Tropical Storm Ramil", "Cyclone Freddy", "Sturmtief Boris".
[event-heads]
tempête
typhon
cyclone
ouragan

# First parts of a compound that make a body a state's or a region's,
# which the region the article is about owns when the name gives none:
# "die Landeswahlbehörde" in a report on Vorarlberg.
[regional-prefixes]

# A word that describes a country before its name, at a sentence's start:
# "Neighbouring Niger said" is Niger's government, not a name.
[place-epithets]

# Words after which a place is named, in any language, even where every
# noun has a capital: "the town of Zamzam", "im Ort Tonalá".
[place-named-after]
ville de
commune de
village de
région de
province de
département de
localité de
ville d'
commune d'
village d'
île de

# capitals mark names alone (see Grammar.CapitalizesNouns).
[open-place-before]
à
près de
autour de

[anonymous]
un = one
une = one
non identifié*
anonyme*
sous couvert d'anonymat
qui a requis l'anonymat
qui a souhaité garder l'anonymat
qui n'a pas souhaité être nommé
deux
trois
plusieurs

[body-modifiers]
indépendants = independent
indépendantes = independent

[official-modifiers]
militaire = military
militaires = military
sécuritaire = security
local = local
locaux = local
locales = local
régional = regional
régionaux = regional
gouvernemental = government
gouvernementaux = government
policière = police
policières = police
hospitalière = hospital
hospitalières = hospital
diplomatique = diplomatic
diplomatiques = diplomatic

[anonymous-heads]
resident
residents
witness
witnesses
source
sources

[official-heads]
habitant = resident
habitants = residents
témoin = witness
témoins = witnesses
responsable = official
responsables = officials
source = source
sources = sources
diplomate = diplomat
diplomates = diplomats
officier = officer
officiers = officers
porte-parole = spokesperson
médecin = doctor
médecins = doctors
élu = official
élus = officials
commandant = commander

# Titles and roles before a name: the name is the source.
[roles]
président
présidente
premier ministre
ministre
ministre de l'intérieur
ministre de la défense
ministre des armées
ministre de la santé
porte-parole
général
générale
commandant
colonel
chef
directeur
directrice
maire
préfet
préfète
sous-préfet
gouverneur
député
députée
sénateur
sénatrice
ambassadeur
ambassadrice
conseiller
conseillère
secrétaire
secrétaire général
secrétaire générale
secrétaire confédérale
secrétaire confédéral
procureur
procureure
responsable
délégué
déléguée
coordinateur
coordinatrice
médecin
docteur
professeur
militant
militante
syndicaliste
expert
experte
analyste
m.
mme

# Kinds of body, in the English the source is named with; a nationality
# adjective after them or "de" and a place make the name: "la préfecture
# de la Vienne" is the Vienne prefecture.
[org-types]
patronat = employers
employeurs = employers
service départemental d'incendie et de secours = fire and rescue service
sdis = fire and rescue service
administration militaire = military administration
administration = administration
ministère de l'intérieur = Interior Ministry
# The ministry by its field alone, as French counts of protests name it:
# "170 000 selon l'Intérieur, 500 000 selon la CGT".
l'intérieur = Interior Ministry
ministère de la santé = Health Ministry
ministère des armées = Armed Forces Ministry
ministère de la défense = Defence Ministry
ministère des affaires étrangères = Foreign Ministry
ministère de l'éducation nationale = Education Ministry
ministère = ministry
préfecture de police = police prefecture
préfecture maritime = maritime prefecture
préfecture = prefecture
état-major = General Staff
gendarmerie = gendarmerie
police = police
armée = military
armée de l'air = Air Force
marine = Navy
forces armées = armed forces
gouvernement = government
autorités = authorities
autorités locales = local authorities
pompiers = fire brigade
sapeurs-pompiers = fire brigade
secours = emergency services
protection civile = civil protection
sécurité civile = civil protection
garde-côtes = coast guard
services de renseignement = intelligence
renseignement = intelligence
syndicat = union
syndicats = unions
organisateurs = organizers
militants = activists
observateurs = observers
médias = media
médias d'état = state media
agence de presse = news agency
commission électorale = Electoral Commission
croix-rouge = Red Cross
mairie = city administration
municipalité = city administration
conseil départemental = departmental council
rectorat = education authority
parquet = prosecutor's office
hôpital = hospital

# Heads of the names of bodies.
[body-heads]
cabinet = firm other
exploitant = operator other
ong = NGO other
agence = agency official
comité = committee other
conseil = council official
commission = commission official
direction = directorate official
service = service official
bureau = office official
office = office official
institut = institute official
centre = centre official
observatoire = observatory other
fondation = foundation other
association = association other
fédération = federation other
coalition = coalition other
collectif = collective other
organisation = organisation other
groupe = group other
société = company other
entreprise = company other
compagnie = company other
hôpital = hospital other

# What a body does, said after its head: "ministère de l'Intérieur" is the
# Interior Ministry.
[compound-modifiers]
intérieur = Interior
défense = Defence
santé = Health
armées = Armed Forces
affaires étrangères = Foreign
justice = Justice
éducation nationale = Education
économie = Economy
transports = Transport
agriculture = Agriculture
travail = Labour

[metric-nouns]
morts
décès
victimes
pertes
blessés
corps
otages
prisonniers
disparus
cadavres

# Words right after a figure's phrase that show it is the subject of its
# clause: "douze personnes ont été tuées", not "ont tué douze personnes".
[subject-markers]
ont
a
sont
est
étaient
était
été
sont mortes
sont morts
qui
restent
demeurent
manquent

[genitive]

# Small words inside names: "Organisation des Nations unies".
[name-connectors]
de
des
du
d'
la
le
les
et
pour
sur

# Words between a figure and the whole it is a part of, or its noun:
# "Five of the six", "1,5 million de manifestants".
[partitive]
du
des
de
d'

# Definite articles.
[articles]
le
la
les
l'

# Prepositions that hold an article, after which no town's name stands
# ("au printemps").
[fused-articles]
au
aux
du
des

# Words that open the whole a part belongs to: "498 of its troops".
[determiners]
les
leurs
ses
ces
le
la
l'

# Of those, the ones that make the whole the speaker's own: "of its troops".
[own-determiners]
ses
leurs

# Words that join two sources speaking together: "wie Regierung und
# Words that open a second main clause after a comma, with a subject of
# its own: "…, but the Archive, an NGO, estimated".
[clause-coordinators]
mais
tandis que
alors que
et

# Militär mitteilten", "according to UNHCR and IOM".
[coordinators]
et
ainsi que

# Words that join two parts of a list or two clauses.
[conjunctions]
et
ainsi que
tandis que
alors que

# Words that open a contrasting clause (see en.lex): "la CGT en a compté
# 250 000 mais le ministère 118 500".
[contrast]
mais
tandis que
alors que

# Words before whose words an impersonal cue reports (see de.lex: "in
# Kiew hieß es"). French points back with a pronoun ("selon lui") or says
# "de source ukrainienne", an adjective the data reads otherwise: none.
[impersonal-source]

# The word between a body and what it is for (see de.lex).
[body-complement]

# Verbs whose particle a one-word qualifier after them is (see en.lex).
[particle-verbs]

# Words right after a mention after a speech verb that make it the subject
# of what was said (see en.lex); French opens that clause with "que".
[content-verbs]

# The impersonal cues the impersonal-source words come before, naming no
# speaker, only where the words came from (see de.lex; none here).
[impersonal-cues]

# Words that say which kind of a counted noun is counted (see en.lex);
# French puts them after the noun: "1 700 cas de dengue".
[kind-modifiers]
valides = valid
nuls = invalid
dengue = dengue
choléra = cholera
rougeole = measles
zika = zika
chikungunya = chikungunya
paludisme = malaria
ebola = ebola
covid = covid-19
covid-19 = covid-19
mpox = mpox
grippe = influenza
polio = polio

# Nouns that refer back to a place named before (see en.lex): "sur
# l'île", "dans le pays".
[place-anaphors]
pays = country
île = region city
ville = city
village = city
province = region

# Counted nouns that end compounds written as one word (see de.lex).
# French writes its compounds apart: none.
[compound-heads]

# Words for a total that a figure gives: "die Zahl der Toten stieg auf 31".
[total-words]
nombre
bilan
total
décompte

# The second part of a compound whose first part is a known body, and
# which names a part or an envoy of it: "AFP-Reporter", "Afad-Abteilung".
[body-parts]
correspondant
correspondante
reporter
service
direction
porte-parole

# Documents that carry figures: whose they are follows them ("a report by
# regional monitors"), or they are the last speaker's ("the statement said").
[documents]
bilan
décompte
comptage
rapport
communiqué
étude
enquête
analyse
bulletin
liste

# The words between a document and whose it is.
[document-of]
de
du
des
d'
par

# Where the text ends: what follows is page furniture.
[furniture-end]
à lire aussi
lire aussi
sur le même sujet
articles liés
nos articles
voir aussi

# Lines that are page furniture wherever they stand.
[furniture-line]
lecture
publicité
partager
partager sur
© afp
©
photo :
(photo :
crédit photo
abonnez-vous
newsletter
lire la suite
publié le
mis à jour le

# Phrases that mark a count over a stated interval.
[period]
au cours des * derniers jours
au cours des * dernières semaines
au cours des * derniers mois
au cours des * dernières années
ces * derniers jours
ces derniers jours
ces dernières semaines
ces derniers mois
en janvier
en février
en mars
en avril
en mai
en juin
en juillet
en août
en septembre
en octobre
en novembre
en décembre
lors de la précédente *
lors du précédent *
la veille
ces dernières * heures
ces dernières heures
au cours des * dernières heures
en * heures
depuis le début de *
depuis le début de l'année
depuis le début
depuis *
pour la seule journée de *
pour la journée de *
dans la journée
dans la nuit
en une nuit
en une journée
par jour
chaque jour
quotidiennement
au premier tour
au second tour
sur l'année
cette année
l'an dernier
l'année dernière
ce week-end

# Words that make an article a report on a crowd: a figure of people
# there counts the kind.
[crowd-context]
manifestation* = protesters
manifestant* = protesters
rassemblement* = protesters
cortège* = protesters
défilé* = protesters
mobilisation* = protesters
grève* = strikers
marche* = protesters

# Words that open a part of a figure just given: "27 morts, dont 5 enfants".
[part-of]
dont
parmi eux
parmi elles
parmi lesquels
parmi lesquelles
y compris

# Words before the place something comes from, which is not where it is
# Words that name the country the article is about as the place:
# "landesweit", "nationwide", "across the country".
[country-wide]
dans tout le pays
dans le pays
à travers le pays
partout en france

# counted: "51 people from Syria", "Flüchtlinge aus Eritrea".
[place-origin]
en provenance de
en provenance d'

# Words before a place named to compare with it or to bound another, not
# as where a figure is nor whose a body is: "the size of New Jersey",
# "an der Grenze zu Malawi".
[place-comparison]
frontière avec
frontière de la
frontière du
la taille de
aussi grand que
plus grand que
plus petit que
superficie de

# Words that place a figure at sea off a coast: "au large des côtes
# libyennes", "au large de la Libye" (off Libya). "= name" when a place's
# name alone may follow; else a word of [coast-words] must.
[offshore]
au large de = name
au large des = name
au large du = name
au large d' = name

[coast-words]
côtes
côte

# Words for a side of a war, with a nationality: "les morts côté russe"
# are Russian troops in a report on armies.
[party-sides]
côté

# Phrases of every place of a kind: a figure "dans toutes les régions" is
# a total over them, of no one place, not even one named before.
[place-totals]
dans toutes les régions
dans toutes les provinces
dans tous les départements
dans tous les états
dans l'ensemble des régions
dans l'ensemble des départements

# Words that open a relative clause after a comma: "Un responsable, qui a
# requis l'anonymat, a affirmé" — a verb there says nothing of a figure.
[relative-pronouns]
qui
que
qu'
dont
lequel
laquelle
lesquels

# The word of an infinitive: a frame verb after it is another verb's
# complement, no cue of its clause ("a refusé de dire").
[infinitive-markers]
de

# Endings of common nouns: a one-word name ending so is none, where every
# noun has a capital ("meldete Einschränkungen").
[noun-endings]

# Kinds of body any official body is: with a definite article, the last
# official body named ("teilte die Behörde mit" after the Landratsamt).
[any-body-anaphors]

# Endings of an adjective that, after an article that may be nominative or
# dative ([dative-articles] "after-speaker"), make it no nominative: "sagte
# der Deutschen Presse-Agentur" is said to the agency.
[dative-endings]

# Names of another script as French transliterates them, respelled the
# way English news writes them (see the German lexicon: "Jewhen" is
# Yevhen). None listed yet: French "Chmyhal" and "Iouri" would be entered
# here.
[transliterated-given-names]
[transliterated-surnames]
[transliteration-marks]
[transliteration]

# Words that, joined by hyphens to a name, make a place of their kind (see
# the German lexicon: "Rhein-Erft-Kreis"). None in this language.
[place-compounds]

# Compass words joined to a place's name (see the German lexicon:
# "Nordsyrien"). None in this language, which writes them apart.
[compass-prefixes]

# Lower-case words that open a place's name (see the English lexicon:
# "southern Lebanon"). None in this language.
[place-openers]

# Adjectives that point back to the place named last (see the German
# lexicon: "die dortige Behörde"). None in this language.
[there-words]
