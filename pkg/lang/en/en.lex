# English lexicon for claimdiff. Format: see de.lex.

[settings]
decimal = .
group = ,
# Plural officials without "unnamed" or an article ("Saudi officials said") are named, not anonymous.
anonymous_plural = no
# The words of [roles] are English: a role with no name after it names its office ("the mayor of Amatrice").
english_roles = yes

# Elided words that are tokens of their own (none in this language).
[elisions]

# Words that open a reported clause: "reported that 150,000 rallied".
[complementizers]
that

# Prepositions before a word for figures that make it an attribution:
# "nach jemenitischen Angaben", "aus Regierungskreisen".
[figures-governors]

# A preposition that names the agent of a participle before its noun: a
# mention after it is no speaker ("das vom ukrainischen Militär geführte
# Widerstandszentrum").
[attributive-agent]

# Possessive clitics, tokens of their own: "the state's emergency agency".
[possessives]
's
’s
'
’

# Nouns that stand for a country before a body: "the country's health
# ministry".
[country-nouns]
country
nation

# Words between a local body and its place: "die Polizei in Ulm",
# "Authorities in Oregon".
[place-connectors]
in

# "Official" before figures: "nach offiziellen Angaben" are the authorities'.
[official-words]
official

# Capitalized words that are never names, beyond the stop words: "Erstmals".
[common-words]
# Adjectives that open a sentence before what they describe: "Early
# reports from …", "Preliminary figures show …".
early
earlier
initial
preliminary
provisional
official
unofficial
latest
new

# Words that make a name the data does not know a place, first or last in
# it: "Elmore County", "Weinbaugebiet Sonoma", "Chelyabinsk Oblast".
[place-heads]
county
counties
state
province
provinces
district
tehsil
taluka
upazila
districts
regions
oblast
krai
region
valley
island
islands
square
street
road
avenue
bridge
airport
station
harbour
harbor
port

# The word before a second name of the same body: "the Directorate General
# of Health Services or DGHS".
[or]
or

# Words of change: after one, "from X to Y" is two figures, the old and the
# new, not a range ("has risen from 148 to 154").
[change-words]
rose
risen
rise
rises
rising
increased
increase
increases
jumped
jumping
climbed
grew
grown
fallen
fell
falls
dropped
reduced
lowered
raised
revised
corrected
mounted

# Adverbs that may stand between a figure and its noun: "57 zuvor gerettete
# Menschen", "300 previously evacuated residents".
[noun-adverbs]
previously
already
still
newly
recently

[stopwords]
further
furthermore
meanwhile
however
earlier
later
moreover
additionally
overall
altogether
separately
elsewhere
instead
nevertheless
previously
currently
initially
finally
here
today
yesterday
the
and
of
to
in
is
was
were
that
for
on
with
as
said
by
at
from
have
has
had
are
this
it
be
been
not
an
their
they
its
who
a
or
but
which
these
those
his
her
will
would
could
should
may
might
also
than
then
there
when
while
after
before
since
until
about
more
most
some
such
only
over
into
being
do
does
did
so
if
all
its
where
how
what
whom
them
we
our
you
your
i
he
she
per
thus
yet
still
already
now
again
both
each

[abbreviations]
brig.
cmdr.
adm.
cpl.
pvt.
supt.
insp.
det.
rev.
hon.
lt.
u.s.
u.k.
u.n.
mr.
mrs.
ms.
dr.
prof.
gen.
lt.
col.
maj.
capt.
sgt.
rep.
sen.
gov.
st.
jan.
feb.
mar.
apr.
jun.
jul.
aug.
sep.
sept.
oct.
nov.
dec.
no.
vs.
etc.
e.g.
i.e.
approx.
inc.
corp.
ltd.
co.
jr.
sr.
a.m.
p.m.
calif.
wash.
ore.
fla.
mass.

[months]
jan = 1
feb = 2
aug = 8
sept = 9
oct = 10
nov = 11
dec = 12
january = 1
jan. = 1
february = 2
feb. = 2
march = 3
mar. = 3
april = 4
apr. = 4
may = 5
june = 6
jun. = 6
july = 7
jul. = 7
august = 8
aug. = 8
september = 9
sep. = 9
sept. = 9
october = 10
oct. = 10
november = 11
nov. = 11
december = 12
dec. = 12

# Days of the week, by number from Sunday (0); a weekend is no one day.
[weekdays]
sunday = 0
monday = 1
tuesday = 2
wednesday = 3
thursday = 4
friday = 5
saturday = 6
weekend = weekend

[relative-days]
today = 0
yesterday = -1
last week = -7
the previous week = -7
earlier this week = -3
on the previous day = -1
the day before = -1

[last]
last
this past
past

[numbers]
zero = 0
one = 1
two = 2
three = 3
four = 4
five = 5
six = 6
seven = 7
eight = 8
nine = 9
ten = 10
eleven = 11
twelve = 12
thirteen = 13
fourteen = 14
fifteen = 15
sixteen = 16
seventeen = 17
eighteen = 18
nineteen = 19
twenty = 20
thirty = 30
forty = 40
fifty = 50
sixty = 60
seventy = 70
eighty = 80
ninety = 90

[scales]
# "more than a million": the article counts as one before a scale.
a hundred = 100
a thousand = 1000
a million = 1000000
a billion = 1000000000
hundred = 100
lakh = 100000
lakhs = 100000
crore = 10000000
crores = 10000000
thousand = 1000
million = 1000000
millions = 1000000
billion = 1000000000

# Ordinal words after "ein", "a": "ein fünftes Todesopfer" is one more
# victim, the fifth, not a count.
[ordinal-words]
first
second
third
fourth
fifth
sixth
seventh
eighth
ninth
tenth

# Scales written onto the digits: "500k", "£2m", "$3bn".
[scale-suffix]
k = 1000
m = 1000000
mn = 1000000
mln = 1000000
bn = 1000000000

[joiners]

[fractions]
half = 0.5
half a = 0.5
quarter = 0.25
a quarter = 0.25
quarter of a = 0.25

[dozen]
dozen = 12
a dozen = 12

[weak-numbers]

# Prepositions: a small number word right after one is incidental ("in two").
[prepositions]
on
in
at
into
onto
with
by
for
from
to
across
over
under
near
outside
inside
along


# Figures given as a word of about so many (none in this language).
[approx-numbers]

[vague]
hundreds = 100
thousands = 1000
tens of thousands = 10000
hundreds of thousands = 100000
millions = 1000000
dozens = 12
scores = 12

[vague-quantifiers]
several
a few
some
many

[qualifier approx]
about
around
roughly
approximately
some
circa
ca.
nearly about
in the region of
on the order of

[qualifier nearly]
nearly
almost
close to
nearing
approaching
just under
getting on for
up to almost
more or less

[qualifier at_least]
at least
no fewer than
no less than
a minimum of

[qualifier more_than]
more than
over
upwards of
in excess of
well over
well above
above
exceeding
beyond
more then
far more than
just over
nearly over

[qualifier at_most]
up to
as many as
as high as
at most
no more than
a maximum of
could reach

[qualifier less_than]
fewer than
less than
under
below
just below

[qualifier exact]
an estimated
a total of
total of
exactly
precisely

[qualifier-after at_least]
or more
and more
plus

[range-between]
between

[range-and]
and

[range-to]
to
-
–

[range-from]
from

# Words that make a figure an increment on an earlier one: "weitere 2000".
# Value "comparative": the word also compares ("more than 100"), and makes
# no increment of a figure it stands by; "new": it makes none of a figure
# after it ("new 300 cases" is rare, "300 new cases" an increment).
[increment]
additional
more = comparative
another
further
new = new
extra

# Words that make a figure a part of one given before, compared with no
# other figure: "14 of them", "of whom 14". Value "before": the words stand
# before the figure, and make a part only of a figure without a noun of its
# own ("40 dead, including 14 children" counts children).
[part]
of them
of these
of those
of whom = before
of which = before
among them = before
including = before

# Words that make a figure a capacity or a permit, not a count of what
# came: "a permit for 50,000", "a capacity of 80,000". Value "before": the
# Words for the victims of an event, casualties of any kind: in an article
# that reports deaths and no injuries, the victims are the dead.
[victim-words]
victims

# Negations: a cue of harm they deny names no metric: "29 Personen wurden
# nicht oder nur minimal verletzt".
[negations]
not
no
none
never
n't

# words stand before the figure; else after it, in its clause.
[capacity]
capacity of = before
capacity for = before
permit for = before
permitted for = before
registered for = before
designed for = before
built for = before
room for = before
space for = before
can hold = before
could hold = before
able to hold = before
permitted to hold = before

[metric killed]
remains of
starved
starved to death
died of
fatally injured
fatally wounded
claimed the lives
the lives
lives
killings
killed
kill
kills
killing
dead
deaths
death
died
die
dying
fatalities
fatality
fatally
bodies
drowned
perished
martyred
lost their lives
lost his life
lost her life
slain
executed
murdered
death toll
toll
eliminated

[metric wounded]
wounded
wounding
treated for
injured
injuries
injury
injuring
hurt
hospitalised
hospitalized
hospitalising
hospitalizing
to hospital
to hospitals
in hospital
taken to hospital
admitted to hospital
admitted to hospitals
medical center
medical centre
in critical condition
in a critical condition
in serious condition
in a serious condition
burned
critically

[metric casualties]
neutralised
neutralized
casualties
casualty
losses
killed or wounded
killed or injured
dead or wounded
victims

[metric missing]
feared buried
searching for
search for
missing
unaccounted
disappeared

[metric captured]
captivity
from captivity
exchanged
swapped
returned from captivity
taken captive
captives
released
freed
kidnapped
held captive
taken hostage
captured
prisoners
prisoner
hostages
hostage
abducted
abduction of
abductions of
kidnapping of
kidnappings of
taken prisoner
prisoners of war
pows

[metric troops]
deployed
stationed
sent
dispatched
massed
gathered
mobilised
mobilized
amassed
positioned

[casualty-or]
or

# A killed and a wounded cue side by side, one figure: "1,000 killed and
# Measures that count occurrences when the number is large: "2031 Mal im
# Einsatz" counts call-outs, "drei Mal so viele" multiplies.
[occurrence-units]
times

# Words before a mean or a ratio, which is no count: "an average of 63
# people per boat", "one in 1,000".
[average-before]
one in
one out of
one of every
an average of
average of
on average

# wounded" are casualties; "killed and many more injured" are two.
[casualty-and]
and

[counted troops]
attackers = attackers
soldier* = troops
troop* = troops
fighters = fighters
militants = militants
terrorists = militants
mercenaries = mercenaries
recruits = recruits
servicemen = troops
servicemembers = troops
marines = marines
sailors = sailors
commanders = commanders
reservists = reservists
forces = troops
personnel = personnel

[counted personnel]
police officers = police officers
policemen = police officers
officers = officers
firefighters = firefighters
rescuers = rescue workers
rescue workers = rescue workers
paramedics = paramedics
responders = rescue workers
emergency workers = rescue workers
emergency personnel = rescue workers
soldiers and police = troops
security personnel = security personnel
medics = medics
search and rescue personnel = rescue workers
aid workers = aid workers
staff = staff

[counted things]
seats = seats
constituencies = constituencies
polling stations = polling stations
arrests = arrests
detentions = detentions
animals = animals
livestock = livestock
cattle = cattle
cows = cattle
sheep = sheep
goats = goats
pigs = pigs
horses = horses
donkeys = donkeys
camels = camels
dogs = dogs
birds = birds
chickens = poultry
poultry = poultry
bees = bees
swarms = swarms
settlements = settlements
villages = villages
towns = towns
buildings = buildings
houses = houses
homes = homes
schools = schools
hospitals = hospitals
votes = votes
ballots = ballots
polling stations = polling stations
constituencies = constituencies
aftershocks = aftershocks
fires = fires
wildfires = wildfires
vehicles = vehicles
tanks = tanks
drones = drones
missiles = missiles
shells = shells
aircraft = aircraft
helicopters = helicopters
boats = boats
ships = ships
attacks = attacks
strikes = strikes
airstrikes = air strikes
cases = cases
applications = applications
flights = flights
evacuations = evacuations
states = states
locations = locations
provinces = provinces
structures = buildings
districts = districts
governorates = governorates
regions = regions
municipalities = municipalities
counties = counties
killings = killings

[counted people]
crowd = people
crowds = people
turnout = people
registered voters = registered voters
eligible voters = eligible voters
muslims = muslims
christians = christians
jews = jews
hindus = hindus
worshippers = worshippers
captives = captives
skiers = skiers
miners = miners
runners = runners
nurses = nurses
people = people
person = people
others = people
persons = people
residents = inhabitants
inhabitants = inhabitants
civilians = civilians
children = children
adults = adults
women = women
men = men
migrants = migrants
refugees = refugees
asylum seekers = asylum seekers
protesters = protesters
protestors = protesters
demonstrators = protesters
marchers = protesters
participants = participants
pilgrims = pilgrims
passengers = passengers
pupils = pupils
students = students
patients = patients
prisoners = prisoners
hostages = hostages
voters = voters
workers = workers
strikers = strikers
spectators = spectators
visitors = visitors
survivors = survivors
evacuees = evacuated people
dead = people
injured = people
wounded = people
victims = victims

[unit-time]
day
days
week
weeks
month
months
year
years
hour
hours
minute
minutes
second
seconds
decade
decades
century
centuries
night
nights
a.m.
p.m.
am
pm
o'clock
gmt
utc

[unit-measure]
knots
knot
yards
yard
nautical miles
nautical mile
metres high
percent
per
cent
%
percentage
points
metres
meters
metre
meter
millimetres
millimeters
millimetre
millimeter
centimetres
centimeters
centimetre
centimeter
kilometres
kilometers
km
kph
mph
miles
mile
feet
foot
inches
degrees
°c
°f
kg
kilograms
pounds
tonnes
tons
litres
liters
gallons
magnitude
times
fold
pages
mm
cm
third
thirds
quarters
figure
mark
milestone
threshold
barrier

[unit-area]
hectares = hectares
square miles = square miles
square kilometres = square kilometres
square kilometers = square kilometres
sq km = square kilometres
acres = acres
km² = square kilometres

[currency]
dollars = dollars
$ = dollars
us$ = dollars
euros = euros
€ = euros
pounds sterling = pounds
£ = pounds
francs = francs
rubles = roubles
roubles = roubles
hryvnias = hryvnias
shekels = shekels
yuan = yuan
yen = yen
rupees = rupees
tk = taka
taka = taka
rs = rupees
rs. = rupees
naira = naira
₦ = naira
₹ = rupees

[ordinal-before]

[year-before]
act
in
since
until
of
from
year
years
the
by
around
early
late
mid
during
before
after
spring
summer
autumn
fall
winter
class

[label-before]
of magnitude
of intensity
news
rescue
signal
stage
terminal
gate
ward
block
sector
scale of
a scale of
magnitude of
a magnitude of
magnitude
measuring
level
©
copyright
article
no.
resolution
chapter
section
flight
route
highway
interstate
bus
platform
room
channel
level
phase
grade
version
round
episode
part
game
week

[age]
age of
the age of
year-old*
aged
years old
age

# Words after a figure that make it a rate, no count: "63 people per
# boat". Value "ends": only where the clause ends after them ("14,500
# vehicles a day.", not "12 people a day after the riots").
[rate-after]
per
on average
apiece
a day = ends
a week = ends
each day = ends
every day = ends
every week = ends

[prospective]
needs
needed
appealed for
is seeking
seeking
will
plans
plan
planning
expected
expects
intends
aims
to attract
to recruit
is set to
are set to
forecast
projected
could rise
may rise
pledged
promised
to send
to deploy

[speaker-nouns]
survivors
survivor
residents
resident
people with
witness
diplomats
officials
sources
witnesses
spokesmen
people familiar

# Attribution frames: see de.lex for the kinds and options.
[frames]
arrest = act
detain = act
treat = act
rescue = act
evacuate = act
make = act ~arrests
give = verb ~figure
by its own count = own
by their own count = own
according to its own figures = own
according to their own figures = own
by its own estimate = own
say = verb
tell = verb
report = verb noun-too own-passive
estimate = verb noun-too
announce = verb
claim = verb noun-too
confirm = verb
state = verb noun-too
add = verb
tally = verb noun-too
put = verb ~at
place = verb ~at
warn = verb
note = verb noun-too
write = verb
tweet = verb noun-too
disclose = verb
acknowledge = verb
count = verb noun-too
record = verb noun-too
register = verb
reveal = verb
explain = verb
insist = verb
assert = verb
find = verb ~that
show = verb
verify = verb
document = verb noun-too
compile = verb
provide = verb ~by
supply = verb ~by
identify = verb
believe = verb
remark = verb
stress = verb noun-too
emphasize = verb
emphasise = verb
mention = verb
indicate = verb
observe = verb
detail = verb noun-too
allege = verb
admit = verb
concede = verb
maintain = verb
argue = verb
testify = verb
recount = verb
publish = verb
calculate = verb
specify = verb
brief = verb
quote = relay-verb
cite = relay-verb
according to = prep
claims by = prep
allegations by = prep
as per = prep
as reported by = prep
per = prep
figures = figures
figure = figures
data = figures
statistics = figures
records = figures
tally = figures
tallies = figures
estimates = figures
count = figures
estimate = figures
claim = figures
toll = figures
tolls = figures
citing = relay
quoting = relay
the figures = back
the same figures = back
the same results = back
the same data = back
the results = back
the data = back
according to him = back owner
according to her = back owner
according to them = back owner
by his account = back owner
by her account = back owner
by their account = back owner
it said = back
it added = back
it reported = back
it says = back
they said = back
they added = back

# Verbs whose forms no rule makes: past, participle.
[irregular-verbs]
give = gave given
make = made made
say = said said
show = showed shown
tell = told told
put = put put
write = wrote written
find = found found

# The word that names the agent after a passive verb: "reported by the ministry".
[passive-agent]
by

# Forms of the verbs of saying: a speaker before one speaks whatever tag
# follows ("Israel said 40 rockets were fired, Reuters reported"), unlike
# a country before "recorded", which is where things were counted.
[say-verbs]
said
says
say
told
tells
claimed
claims
stated
states

# Last words of a newspaper's or a broadcaster's name: a name the data does
# not know that ends in one is an outlet ("der Hollbacher Kurier", "The
# Kelder Herald").
[media-words]
times
post
herald
news
journal
gazette
tribune
telegraph
guardian
chronicle
observer
express
mirror
courier
inquirer

# Words of a body's capitalized name that no person's name holds, so that
# a name of a few words holding one is a body's: "Emergency Management
# Victoria", "Sahel Risk Analytics".
[body-words]
management
mines
mining
holdings
limited
ltd
inc
corp
corporation
airlines
airways
industries
energy
petroleum
motors
bank
insurance
logistics
telecom
railways
emergency
services
network
trust
society
foundation
federation
coalition
alliance
observatory
analytics
research
monitoring
relief
rescue
health
safety
security
statistics
development
international
national

# Articles of the dative after a speech verb (see de.lex): none here.
[dative-articles]

# Words before someone spoken to, who is not the speaker: "told AFP",
# or shown a document: "seen by Reuters".
[recipient]
seen by
obtained by
reviewed by
told
tell
telling

# Reported speech and hearsay: the figure is someone's, most likely the
# source named last.
[reported-speech]
reportedly
allegedly
purportedly
supposedly
is said to
are said to
was said to
were said to

# Abbreviations that open a name before its next word, with their full
# stop ("St. Anne's Hospital", "St. Gallen").
[name-abbreviations]
st
mt
ft

# Words that may stand between a speaker and the verb of saying after it
# ("The company itself said").
[subject-particles]
itself
themselves
however
meanwhile

# Auxiliaries of the perfect, next to which a name is a speaker where
# every noun has a capital (see de.lex); none needed here.
[perfect-auxiliaries]

# An auxiliary of the passive: "losses were claimed", with no agent, are
# claimed by the source named last.
[passive-auxiliaries]
is
are
was
were
been
being

# A sentence opening with one of these and attributing speaks of what the
# sentence before said: "This was confirmed by the ministry."
[points-back]
this
that
these

[anaphor person]
he
she
the spokesman
the spokeswoman
the spokesperson
the minister
the president
the mayor
the governor
the sheriff

[anaphor official]
the official
the officials
the source
the sources
the diplomat
the diplomats
the activist
the advisor
the adviser

# Anaphors of bodies. Value "media": an outlet, still relaying whom it
# cited; "recent": a word any group answers to, meaning the group named
# last by a name of its own (not an earlier body whose name holds the word).
[anaphor org]
it
they
the ngo = recent
the society
the force
the company
the firm
the airline
the carrier
the operator
the insurer
the utility
the manufacturer
the institute
the charity = recent
the ministry
the agency
the authority
the authorities
the organization = recent
the organisation = recent
the group = recent
the military
the army
the police
the government
the department
the office
the service
the spy agency
the observatory
the commission
the union
the tv = media
the newspaper = media
the paper = media
the broadcaster = media

# Nouns whose possessor is a party, not a place: "Russia's military
# casualties" are Russia's, wherever they fell.
[party-nouns]
military
army
armed forces
forces
troops
soldiers
navy
air force

# The preposition before an estimate of a noun named before: "estimated the crowd at 15,000".
[estimate-at]
at

# What befell the people a figure counts, after it in its clause, names them: "Zwei Personen seien festgenommen worden".
[people-verbs]
flee = displaced people
forced from = displaced people
uprooted = displaced people
fleeing = displaced people
affected = affected people
affecting = affected people
stranded = stranded people
arrested = people arrested
detained = people detained
evacuated = evacuated people
displaced = displaced people
fled = displaced people
rescued = rescued people

# How badly the wounded a figure counts are hurt, in its clause: "27 children were slightly injured".
[wound-severity]
seriously = seriously injured
serious condition = seriously injured
critical condition = seriously injured
critically = seriously injured
severely = seriously injured
slightly = slightly injured
minor injuries = slightly injured

# A body named as the federation's is the country's, not a state's: "the
# federal health ministry" in an article on Bavaria is the German one.
[federal]
federal

# What befell the things a figure counts, after their noun in its clause
# ("300 homes were destroyed", up to a preposition) or before it ("300
# destroyed homes"): destroyed and damaged buildings are two quantities.
[thing-states]
destroyed = destroyed
razed = destroyed
flattened = destroyed
levelled = destroyed
leveled = destroyed
damaged = damaged
collapsed = collapsed
burned = burned
burnt = burned
flooded = flooded
submerged = flooded

# Prepositions of place: a name the data does not know after one is a
# place, not a speaker: "at Trafalgar Square".
[place-prepositions]
in
at
near
across
throughout
outside
inside
into

[locative]
in
at
near
across
throughout
outside
inside
to
into
from

# Prepositions after an impersonal cue that name whose words it reports,
# besides the passive's agent: "heißt es beim Lawinenwarndienst".
[back-agents]

# Words opening a clause after a comma that says who said what the
# clause before says: "…, wie sie am Abend mitteilte". A pronoun subject
# there is the subject of the clause before.
[tag-openers]
as

# Endings of towns' names, for a name the gazetteer lacks after the kind
# of an official body: "das Wasserwirtschaftsamt Deggendorf" is the office
# in Deggendorf, where "die Rettungsbehörde Basarnas" is a body's own name.
[town-names]

# Words that make a capitalized name an event's, which names no speaker:
# "Severe Tropical Storm Ramil", "Cyclone Freddy", "Sturmtief Boris".
[event-heads]
storm
typhoon
cyclone
hurricane

# First parts of a compound that make a body a state's or a region's,
# which the region the article is about owns when the name gives none:
# "die Landeswahlbehörde" in a report on Vorarlberg; here, the words before
# a body's kind that do: "the state public works department" in a report
# on Bihar.
[regional-prefixes]
state
provincial
regional

# A word that describes a country before its name, at a sentence's start:
# "Neighbouring Niger said" is Niger's government, not a name.
[place-epithets]
neighbouring
neighboring
nearby
landlocked
war-torn
oil-rich
impoverished
conflict-hit
embattled

# Words after which a place is named, in any language, even where every
# noun has a capital: "the town of Zamzam", "im Ort Tonalá".
[place-named-after]
town of
city of
village of
province of
region of
district of
county of
camp of
port of
island of

# capitals mark names alone (see Grammar.CapitalizesNouns).
[open-place-before]
in
near

[anonymous]
one of the = one
one of = one
unnamed
unidentified
anonymous
anonymity
a = one
an = one
one = one
another = one
who declined to be named
who asked not to be named
who requested anonymity
on condition of anonymity
who were not named
not named
# A counted group of officials is an unnamed one: "two Egyptian diplomats told AFP".
two
three
four
five
several
multiple

# Adjectives a body keeps in its name: "unabhängige russische Medien" (independent Russian media).
[body-modifiers]
independent = independent
opposition = opposition

# Words before an unnamed official that say whose official it is.
[official-modifiers]
community = community
village = village
religious = religious
traditional = traditional
hospital = hospital
forest = forest
forestry = forestry
wildlife = wildlife
park = park
disaster = disaster
relief = relief
education = education
transport = transport
aviation = aviation
customs = customs
immigration = immigration
tax = tax
water = water
railway = railway
railways = railway
airport = airport
port = port
prison = prison
fire = fire
emergency = emergency
university = university
medical = medical
school = school
town = town
village = village
county = county
municipal = municipal
rescue = rescue
party = party
army = army
navy = navy
coast guard = coast guard
coastguard = coast guard
credible = credible
diplomatic = diplomatic
informed = informed
intelligence = intelligence
local = local
provincial = provincial
regional = regional
state = state
federal = federal
election = election
district = district
senior = senior
border = border
city = city
security = security
military = military
intelligence = intelligence
government = government
health = health
police = police
defense = defence
defence = defence
administration = administration
ministry = ministry
diplomatic = diplomatic
western = Western
israeli = Israeli
humanitarian = humanitarian
aid = aid
high-ranking = senior
top = senior

# Heads of speakers that are unnamed by what they are: "sources said".
[anonymous-heads]
resident
residents
witness
witnesses
source
sources
insider
insiders

[official-heads]
investigators = investigators
leader = leader
leaders = leaders
investigator = investigator
resident = resident
residents = residents
witness = witness
witnesses = witnesses
director = director
administrator = administrator
administrators = administrators
doctor = doctor
doctors = doctors
worker = worker
workers = workers
nurse = nurse
teacher = teacher
official = official
officials = officials
source = source
sources = sources
diplomat = diplomat
diplomats = diplomats
officer = officer
officers = officers
activist = activist
activists = activists
medic = medic
insider = insider
insiders = insiders
aide = aide
aides = aides
spokesman = spokesperson
spokeswoman = spokesperson
spokesperson = spokesperson
researchers = researchers
researcher = researcher
scientists = scientists
commander = commander
commanders = commanders

# Roles of people who speak. Value "title": a title before a name only
# ("General Syrsky"), which alone is no role pointing back.
[roles]
sp = title
prof. = title
professor = title
dr = title
superintendent of police = title
senior superintendent of police = title
deputy inspector general = title
inspector general of police = title
commissioner of police = title
district collector = title
deputy commissioner = title
fire chief = title
asp = title
dsp = title
csp = title
acp = title
dcp = title
petty officer = title
petty officer first class = title
petty officer second class = title
petty officer third class = title
petty officer 1st class = title
petty officer 2nd class = title
petty officer 3rd class = title
chief petty officer = title
staff sergeant = title
staff sgt. = title
master sergeant = title
sergeant major = title
first lieutenant = title
second lieutenant = title
lance corporal = title
corporal = title
warrant officer = title
rear admiral = title
vice admiral = title
rear adm. = title
vice adm. = title
commodore = title
cmdr. = title
lt. cmdr. = title
lieutenant commander = title
prefect
prefect of police
police prefect
mr
mr.
mrs
mrs.
ms
ms.
dr
dr.
chief executive
ceo
chief medical officer
medical officer
district magistrate
coordinator
vice president
deputy governor
executive deputy governor
prosecutor
chief prosecutor
trooper
president
prime minister
minister
secretary
spokesman
spokeswoman
spokesperson
general = title
major general
lieutenant general
maj. gen.
lt. gen.
gen.
colonel = title
col. = title
lt. col. = title
lt col = title
insp = title
insp. = title
inspector = title
supt = title
supt. = title
sgt = title
cpl = title
cpl. = title
lt-col = title
maj gen = title
brig gen = title
col = title
gen = title
lieutenant colonel = title
capt. = title
captain = title
lt. = title
lieutenant = title
sgt. = title
sergeant = title
maj. = title
admiral = title
adm. = title
brig. gen. = title
brigadier general = title
father = title
rev. = title
reverend = title
bishop = title
archbishop = title
imam = title
pastor = title
rabbi = title
brigadier = title
brig. = title
commander
chief = title
head
director
chairman
chairwoman
chairperson
chair
leader
mayor
premier
governor
sheriff
senator
sen.
representative
rep.
lawmaker
ambassador
envoy
adviser
advisor
chancellor
king
pope
activist
writer
correspondent
reporter
analyst
expert
commissioner
superintendent
coroner
official
deputy
defence minister
defense minister
foreign minister
interior minister
health minister
defense secretary
defence secretary
secretary of state

[org-types]
survivors = survivors
ngo = NGO
religious affairs ministry = Religious Affairs Ministry
ministry of religious affairs = Religious Affairs Ministry
foreign affairs ministry = Foreign Ministry
ministry of foreign affairs = Foreign Ministry
home affairs ministry = Home Affairs Ministry
ministry of home affairs = Home Affairs Ministry
external affairs ministry = External Affairs Ministry
ministry of external affairs = External Affairs Ministry
employers = employers
air force = Air Force
fire service = fire service
fire brigade = fire brigade
health service = health service
health department = health department
sheriff's office = Sheriff's Office
state prosecutor's office = state prosecutor's office
prosecutor's office = prosecutor's office
coroner's office = coroner's office
medical examiner's office = medical examiner's office
district attorney's office = district attorney's office
emergency management agency = emergency management agency
electoral authority = electoral authority
charities = charities
aid groups = aid groups
aid agencies = aid agencies
company = company
city council = city council
coastguard = coast guard
interior ministry = Interior Ministry
ministry of interior = Interior Ministry
# The ministry by its field alone, as reports of French protests name it:
# "170,000 according to the Interior".
the interior = Interior Ministry
health ministry = Health Ministry
ministry of health = Health Ministry
defence ministry = Defence Ministry
defense ministry = Defence Ministry
ministry of defence = Defence Ministry
ministry of defense = Defence Ministry
foreign ministry = Foreign Ministry
education ministry = Education Ministry
ministry = ministry
health authorities = health authorities
authorities = authorities
authority = authority
police = police
military = military
army = army
armed forces = armed forces
general staff = General Staff
intelligence = intelligence
spy agency = intelligence
military intelligence = military intelligence
regional military administration = regional military administration
state government = state government
government = government
disaster agency = disaster management authority
fire department = fire department
school district = school district
school districts = school district
school board = school board
fire and rescue department = fire and rescue department
fire and rescue services = fire and rescue service
state emergency service = state emergency service
state emergency services = state emergency service
emergency services = emergency services
emergency service = emergency services
special forces = special forces
presidential office = Office of the President
office of the president = Office of the President
office of the prime minister = Office of the Prime Minister
prime minister's office = Office of the Prime Minister
union = union
unions = unions
organizers = organizers
organisers = organisers
organizer = organizers
organiser = organisers
march organizers = march organizers
activists = activists
observers = observers
state media = state media
state tv = state TV
state television = state TV
state-run tv = state TV
state-run television = state TV
march's organizers = march organizers
march organisers = march organizers
news agency = news agency
television = TV
electoral commission = Electoral Commission
election commission = Election Commission
red cross = Red Cross
coast guard = coast guard
border guard = border guard
civil defence = Civil Defence
civil defense = Civil Defence
media = media
local media = local media
press reports = press reports
reports = reports
tallies = tallies
officials = officials
presidential advisor = presidential adviser
presidential adviser = presidential adviser
health ministry officials = Health Ministry

# Heads of the names of bodies: a noun phrase ending in one names a body
# ("the local resistance committee"). Value: the head as named, then the
# kind of source.
[body-heads]
agency = agency official
committee = committee other
council = council official
commission = commission official
department = department official
directorate = directorate official
bureau = bureau official
board = board official
administration = administration official
institute = institute official
centre = centre official
center = center official
service = service official
office = office official
archive = archive other
observatory = observatory other
foundation = foundation other
association = association other
federation = federation other
network = network other
coalition = coalition other
alliance = alliance other
campaign = campaign other
organisation = organisation other
charity = charity other
organization = organization other
group = group other
hospital = hospital other
headquarters = headquarters official
navy = navy military
militia = militia military

[compound-modifiers]

# Metric words that are nouns, not verbs: "97 deaths", not "killed".
[metric-nouns]
dead
deaths
casualties
fatalities
bodies
injuries
hostages
prisoners
wounded
injured
missing
killings

# Words right after a figure's phrase that show it is the subject of its
# clause: "At least 23 people have died", not "killed 23 people".
[subject-markers]
were
was
are
is
have
has
had
been
died
dead
remain
remained
who
that

# Articles of a genitive (English has none: "of" is a preposition).
[genitive]

# Small words inside names: "Directorate of Elections", "Organisation for
# the Protection of Civilians", "Ahmed al-Sharaa".
[name-connectors]
of
for
and
the
on
de
di
von
van
al

# Words between a figure and the whole it is a part of, or its noun:
# "Five of the six", "1,5 million de manifestants".
[partitive]
of

# Definite articles.
[articles]
the

# Prepositions that hold an article, after which no town's name stands
# (German "im Jahr"); English has none.
[fused-articles]

# Words that open the whole a part belongs to: "498 of its troops".
[determiners]
the
its
their
his
her
our
these
those
them

# Of those, the ones that make the whole the speaker's own: "of its troops".
[own-determiners]
its
their

# Words that join two sources speaking together: "wie Regierung und
# Words that open a second main clause after a comma, with a subject of
# its own: "…, but the Archive, an NGO, estimated".
[clause-coordinators]
but
while
whereas
and

# Militär mitteilten", "according to UNHCR and IOM".
[coordinators]
and
as well as

# Words that join two parts of a list or two clauses.
[conjunctions]
plus
and
as well as
while
whereas

# Words that open a contrasting clause, with or without a comma before
# them: "the union counted 250,000 but the ministry 118,500".
[contrast]
but
whereas
while

# Words before whose words an impersonal cue reports (see de.lex: "in
# Kiew hieß es"). English points back with a pronoun ("it said") and names
# no speaker in a place phrase: none.
[impersonal-source]

# The word between a body and what it is for (see de.lex); English names
# such bodies with capitals, read as names.
[body-complement]

# Verbs whose particle a one-word qualifier after them is: "handed over
# 1,400 bodies", "turned over 40 suspects" hold no "more than".
[particle-verbs]
hand
hands
handed
handing
turn
turns
turned
turning

# Words that, right after a mention following a speech verb, show that
# the mention is the subject of what was said, not the speaker: "said
# Moscow had handed back 1,400 bodies" (against "said Moscow on Monday").
[content-verbs]
polled
won
received
secured
garnered
killed
lost
captured
destroyed
had
has
have
was
were
is
are
would
will
could
had not
did

# The impersonal cues the impersonal-source words come before, naming no
# speaker, only where the words came from (see de.lex; none here).
[impersonal-cues]

# Words before a counted noun, or after it and "of", that say which kind
# of it is counted, so that two kinds are two quantities: "1,700 dengue
# cases", "cases of cholera". The value is the subject's English word.
[kind-modifiers]
valid = valid
invalid = invalid
spoiled = invalid
dengue = dengue
cholera = cholera
measles = measles
zika = zika
chikungunya = chikungunya
malaria = malaria
ebola = ebola
covid = covid-19
covid-19 = covid-19
coronavirus = covid-19
mpox = mpox
influenza = influenza
flu = influenza
polio = polio
typhoid = typhoid
diphtheria = diphtheria
tuberculosis = tuberculosis
hiv = hiv

# Nouns that refer back to a place named before, after a determiner
# ("the island", "in his county"), with the kinds of place (places.tsv)
# they may name: the nearest such place named before is the location.
[place-anaphors]
country = country
territory = country region
state = region
island = region city
city = city
town = city
village = city
county = region
province = region

# Counted nouns that end compounds written as one word (see de.lex).
# English writes its compounds apart: none.
[compound-heads]

# Words for a total that a figure gives: "die Zahl der Toten stieg auf 31".
[total-words]
number
toll
total
tally
count
figure

# The second part of a compound whose first part is a known body, and
# which names a part or an envoy of it: "AFP-Reporter", "Afad-Abteilung".
[body-parts]
reporter
correspondent
department
unit
spokesman
spokeswoman
spokesperson
chief
office
media wing
media office
press office
press wing
information office

# Documents that carry figures: whose they are follows them ("a report by
# regional monitors"), or they are the last speaker's ("the statement said").
[documents]
records
verdict
judgment
accounts
account
testimony
testimonies
count
tally
report
reports
statement
survey
study
analysis
bulletin
list
assessment
assessments
findings
census
audit

# The words between a document and whose it is.
[document-of]
from
by
of
for

[furniture-end]
related news
related stories
more on this story
you may also like
recommended
this week's flyers
postmedia is committed

[furniture-line]
# A video that failed to load stands in the middle of an article: "Back to video" follows.
we apologize, but this video has failed to load.
read more
read more:
advertisement
article content
story continues below
share this article
share
photo :
photo:
(photo:
(ap photo
(reuters photo
©
copyright
back to video
tap here to see other videos from our team.
try refreshing your browser, or
this advertisement has not loaded yet, but your article continues below.
complete coverage:
read more –
read more:
click here
source: afp
source:

[period]
in the past * days
in the past * weeks
in the past * months
in the past * years
in the past week
in the past month
in the past year
in the last * days
in the last * weeks
in the last * months
in the last * years
in the last week
in the last month
over the past * days
over the past * weeks
over the past * months
over the past * years
over the past week
over the past month
in january
in february
in march
in april
in june
in july
in august
in september
in october
in november
in december
during the previous *
on the previous *
at the previous *
the previous day
the day before
in the past * hours
in the past day
in the last * hours
over the past * hours
over the past day
over the weekend
since the start of *
since the beginning of *
since *
between * and *
during * days
during the first * days *
for 2023
for 2024
for 2025
for 2022
across the whole of *
at this point *
at this stage *
daily
each day
a day
per day
overnight
last year
this year
so far this year
in * months
in the first * months

# Words that make an article a report on a crowd of a kind (see de.lex).
[crowd-context]
demonstration* = protesters
protest* = protesters
rally = protesters
rallies = protesters
rallied = protesters
marches = protesters
marched = protesters
demonstrator* = protesters
sit-in* = protesters

# Words that open a part of a figure just given (see de.lex).
[part-of]
including
among them
of whom
of which

# Words before a place that compare with it rather than put something
# Words before the place something comes from, which is not where it is
# Words that name the country the article is about as the place:
# "landesweit", "nationwide", "across the country".
[country-wide]
nationwide
countrywide
across the country
around the country
throughout the country
in the country

# counted: "51 people from Syria", "Flüchtlinge aus Eritrea".
[place-origin]
from
departing from
arriving from

# Words before a place named to compare with it or to bound another, not
# as where a figure is nor whose a body is: "the size of New Jersey",
# "an der Grenze zu Malawi".
[place-comparison]
border with
bordering
the border of
size of
as large as
as big as
larger than
bigger than
smaller than
area of

# Words that place a figure at sea off a coast: "off the Libyan coast",
# "off the coast of Libya", "off Libya". "= name" when a place's name alone
# may follow; else a word of [coast-words] must.
[offshore]
off = name

[coast-words]
coast
coasts
shores

# Words for a side of a war, with a nationality: "deaths on the Russian
# side" are Russian troops in a report on armies.
[party-sides]
side

# Phrases of every place of a kind: a figure "in all states" is a total
# over them, of no one place, not even one named before.
[place-totals]
in all states
in all provinces
in all regions
in all districts
in all counties
across all states
across all provinces
across all regions
across all districts
across all counties
in every state
in every province
in every district

# Words that open a relative clause after a comma: "An official, who asked
# not to be named, said" — a verb there says nothing of a figure.
[relative-pronouns]
who
which
whom
whose

# The word of an infinitive: a frame verb after it is another verb's
# complement, no cue of its clause ("declined to say", "is expected to report").
[infinitive-markers]
to

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

# Names of another script as this language transliterates them, respelled
# the way English news writes them (see the German lexicon): English text
# writes them so already.
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

# Lower-case words that open a place's name the place data knows, where
# names open with a capital: "southern Lebanon", "central Gaza".
[place-openers]
central
southern
western

# Adjectives that point back to the place named last (see the German
# lexicon: "die dortige Behörde"). None in this language.
[there-words]
