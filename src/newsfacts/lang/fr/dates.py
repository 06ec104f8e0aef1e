"""French words for dates and years (data only, read by `newsfacts.normalize.dates`).

Keys are lower case; the matcher folds case and accepts both apostrophes (' and ’).
"""

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip
# Only next to a day number or a year: "sept" is also seven, "mar." is also mardi.
MONTH_ABBREVIATIONS = {
    "janv": 1, "jan": 1, "févr": 2, "fevr": 2, "fév": 2, "fev": 2, "avr": 4, "juil": 7,
    "sept": 9, "sep": 9, "oct": 10, "nov": 11, "déc": 12, "dec": 12,
}  # fmt: skip
# Month names that are also common words or names ("Mars", "Mai"): need a date context.
AMBIGUOUS_MONTHS = ("mars", "mai")

WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}  # fmt: skip
# Only before a day number ("mer. 10 juin"): "Je", "Ma", "mer" are ordinary words.
WEEKDAY_ABBREVIATIONS = {
    "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6,
}  # fmt: skip

# Day-of-month spellings: "1er", "2e"; "premier mars".
DAY_SUFFIXES = ("er", "re", "ème", "eme", "e")
# Days written as words: "premier mars" (other days are written in digits in news).
DAY_WORDS = {"premier": 1}
# A day number without its month ("le 16", "à partir du 8") is a day of the publication month
# only after one of these, and only where the clause ends or a time or another day follows
# ("le 17 de 14h à 16h", "du 13 au 18"): else it is a page, a score or an address.
DAY_ALONE_CUES = ("le", "du", "au", "dès le", "à partir du", "jusqu'au", "depuis le",
                  "avant le", "après le")  # fmt: skip
DAY_ALONE_FOLLOWERS = ("de", "à", "au", "entre", "et")
DAY_ALONE_NEEDS_SUFFIX = False
# Between a day and its month, or a month and its year: "4 juillet de 1995", "juin de 1992".
DATE_LINKS = ("de",)
# Years in words are not read in French ("dix-neuf cent quatre-vingt-seize" is rare in news).
WORD_NUMBERS: dict[str, int] = {}
WORD_SCALES: dict[str, int] = {}
WORD_LINKS = ()
# After a number, these make it a clock time ("15h", "15 h 30"): "aujourd'hui à 15h" is the
# publication day, not "nowadays". Not "heures": "pendant 2 heures" is a duration.
CLOCK_MARKS = ("h",)
# The word that makes a day a noun's date ("l'insurrection du 29 mars", "le décret du 5
# mai"): in a text without a publication date it does not take the year told before it.
NOUN_DATE_WORDS = ("du",)
ARTICLE = ("le", "du", "au")  # kept before a date: "le 3 mars 2025"
# Before a day and month in digits ("on 5/12", "from 10/1 to 11/7"): a date, not a fraction.
NUMERIC_DAY_CUES = ("le", "du", "au")
# After a day and month in digits: a fraction ("1/3 of the market").
FRACTION_AFTER = ()

# Words before a year that make a four-digit number a year, kept in the mention's text.
YEAR_CUES = (
    "en", "d'ici", "d'ici à", "d'ici la fin de", "depuis", "dès", "avant", "après",
    "jusqu'en", "à partir de", "courant", "fin", "début", "mi-", "à la fin de",
    "au début de", "au milieu de", "la fin de", "le début de", "fin de", "milieu de",
    "l'année", "année", "l'an", "été", "l'été", "hiver", "l'hiver",
    "printemps", "automne", "l'automne", "au printemps", "à l'automne", "avant la fin de",
    "remonte à", "remontait à", "remontent à", "remontant à", "date de", "datant de",
    "datent de", "datait de", "par rapport à", "comparé à", "comparée à", "comparés à",
    "comparées à",
    # a deadline moved to a year ("repoussant ses échéances à 2031", "reportée à 2029"):
    # "à" alone is no cue ("passé à 2000", a count)
    "échéance à", "échéances à", "reporté à", "reportée à", "reportés à", "reportées à",
    "repoussé à", "repoussée à", "repoussés à", "repoussées à", "décalé à", "décalée à",
    "décalés à", "décalées à", "prorogé à", "prorogée à", "prorogés à", "prorogées à",
)  # fmt: skip
# Before a month without a year: "en mars", "fin avril", "mi-décembre".
MONTH_CUES = (
    "en", "depuis", "dès", "avant", "après", "fin", "début", "mi-", "courant", "d'ici",
    "au mois de", "le mois de", "en mois de", "à la fin de", "au début de", "jusqu'en",
    "à partir de", "à la mi-", "la mi-", "fin du mois de", "début du mois de", "ce", "cette",
    "ce mois de",
)  # fmt: skip
# Words before a month or a day that put it on or before the publication date: "depuis
# décembre", "l'exercice clos le 31 mars" (written in February: the March before).
PAST_CUES = ("depuis", "depuis le", "clos", "clos le", "clos au", "arrêté au", "arrêtés au")
# Between the two years of a range: "de 2014 à 2018", "entre 2007 et 2009".
RANGE_OPENERS = ("de", "du", "entre", "d'")
RANGE_LINKS = ("à", "au", "et", "-", "–", "~", "/")
# Before two dates joined by a range word: one expression (entre le 10 juin et le 1er juillet).
PAIR_OPENERS = ("entre",)

# "l'exercice 2025", "exercice fiscal 2024-2025", "année fiscale 2025".
FISCAL = ("l'exercice fiscal", "l'exercice", "exercice fiscal", "exercice", "l'année fiscale",
          "année fiscale", "FY")  # fmt: skip
# Before a calendar year ("CY2018"): not written in French news.
CALENDAR_MARKS = ()
# After these two digits are a year: "FY25" (not "exercice 25").
SHORT_YEAR_MARKS = ("FY",)

# Quarters and halves: "premier trimestre 2024", "T3 2024", "S1 2024", "2019 H2".
ORDINALS = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "deuxième": 2, "second": 2, "seconde": 2,
    "2e": 2, "2ème": 2, "2nd": 2, "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4,
    "4e": 4, "4ème": 4,
}  # fmt: skip
QUARTER_WORDS = ("trimestre",)
HALF_WORDS = ("semestre",)
QUARTER_LETTERS = ("T", "Q")
HALF_LETTERS = ("S", "H")
# A quarter or half with no year needs one of these before it ("au T3"; "un T3" is a flat),
# unless its letter or word is listed in PERIODS_ALONE.
PERIOD_CUES = ("au", "du", "le", "ce", "en", "sur le", "au cours du", "pour le")
PERIODS_ALONE = ("trimestre", "semestre")
# Letters after a quarter or half number, with a year: "4Q18", "1H 2019".
PERIOD_FIRST_LETTERS = ()

# Relative expressions with a fixed shift: phrase -> (unit, shift). Present-time words
# ("aujourd'hui", "ce mois-ci", "cette semaine") are left out on purpose: they name now, not a year.
RELATIVE = {
    "l'an dernier": ("year", -1), "l'an passé": ("year", -1), "l'année dernière": ("year", -1),
    "l'année passée": ("year", -1), "l'an prochain": ("year", 1),
    "l'année prochaine": ("year", 1), "cette année": ("year", 0), "l'année en cours": ("year", 0),
    "cette année-ci": ("year", 0), "en fin d'année": ("year", 0), "en début d'année": ("year", 0),
    "à la fin de l'année": ("year", 0), "au début de l'année": ("year", 0),
    "fin d'année": ("year", 0), "d'ici la fin de l'année": ("year", 0),
    "l'exercice en cours": ("year", 0), "il y a un an": ("year", -1),
    # A part of the day names the publication day: it never means "nowadays" as
    # "aujourd'hui" can.
    "ce soir": ("day", 0), "ce matin": ("day", 0), "cet après-midi": ("day", 0),
    "hier soir": ("day", -1), "hier matin": ("day", -1), "demain matin": ("day", 1),
    "hier": ("day", -1), "avant-hier": ("day", -2), "demain": ("day", 1),
    "après-demain": ("day", 2),
    "la semaine dernière": ("week", -1), "la semaine passée": ("week", -1),
    "la semaine prochaine": ("week", 1),
    "le mois dernier": ("month", -1), "le mois passé": ("month", -1),
    "le mois prochain": ("month", 1),
    "le trimestre dernier": ("quarter", -1), "le trimestre prochain": ("quarter", 1),
    "ce trimestre": ("quarter", 0), "le trimestre en cours": ("quarter", 0),
    "le semestre dernier": ("half", -1), "le semestre prochain": ("half", 1),
    "cet été": ("year", 0), "cet automne": ("year", 0), "ce printemps": ("year", 0),
    # A winter spans two years (unit "winter": see `newsfacts.normalize.dates`).
    "cet hiver": ("winter", 0), "l'hiver dernier": ("winter", -1),
    # The other seasons: the last one ended, the first one to come (units "spring", "summer",
    # "autumn": "l'été prochain" in March is this year's).
    "l'hiver prochain": ("winter", 1), "l'été dernier": ("summer", -1),
    "l'été prochain": ("summer", 1), "l'automne dernier": ("autumn", -1),
    "l'automne prochain": ("autumn", 1), "le printemps dernier": ("spring", -1),
    "le printemps prochain": ("spring", 1),
    "depuis le début de l'année": ("year", 0),
    # A few days or weeks around the publication date: its year, near enough.
    "ces derniers jours": ("day", -1), "ces dernières semaines": ("week", -1),
    "les prochains jours": ("day", 1), "les prochaines semaines": ("week", 1),
    "ces prochains jours": ("day", 1), "ces prochaines semaines": ("week", 1),
    "les jours à venir": ("day", 1), "les semaines à venir": ("week", 1),
    # Calendar decades (unit "decade": the ten years of the decade, as "les années 2020").
    "la prochaine décennie": ("decade", 1), "la décennie prochaine": ("decade", 1),
    "cette décennie": ("decade", 0), "la décennie en cours": ("decade", 0),
    # The end of a decade: its last year ("d'ici la fin de la décennie").
    "la fin de la décennie": ("decade_end", 0), "la fin de cette décennie": ("decade_end", 0),
    "fin de la décennie": ("decade_end", 0), "fin de cette décennie": ("decade_end", 0),
    "la fin de la prochaine décennie": ("decade_end", 1),
}  # fmt: skip
# Abbreviations read only in capitals: none in French news.
RELATIVE_MARKS: dict[str, tuple[str, int]] = {}
# Narrative relatives: they count from the event told, which news place near the publication
# date unless the paragraph wrote a year or a date before them (then they count from it).
# Followed by a complement ("la veille de l'élection") they count from that, and are left out.
NARRATIVE = {
    "la veille": ("day", -1), "l'avant-veille": ("day", -2), "le lendemain": ("day", 1),
    "lendemain": ("day", 1), "le surlendemain": ("day", 2), "le jour d'avant": ("day", -1),
    "le jour précédent": ("day", -1), "le jour suivant": ("day", 1), "jour suivant": ("day", 1),
    "le jour d'après": ("day", 1), "la semaine suivante": ("week", 1),
    "la semaine qui suit": ("week", 1), "la semaine d'après": ("week", 1),
    "la semaine précédente": ("week", -1), "le mois suivant": ("month", 1),
    "le mois d'après": ("month", 1), "le mois précédent": ("month", -1),
    "le trimestre suivant": ("quarter", 1), "le trimestre précédent": ("quarter", -1),
    "l'année suivante": ("year", 1), "l'année d'après": ("year", 1),
    "l'année précédente": ("year", -1),
}  # fmt: skip
# Counted narrative shifts: "deux jours plus tard", "trois mois auparavant".
TOLD_LATER = ("{n} {unit} plus tard", "{n} {unit} après", "{n} {unit} suivants",
              "{n} {unit} suivantes", "{n} {unit} suivant", "{n} {unit} suivante")  # fmt: skip
TOLD_EARLIER = ("{n} {unit} plus tôt", "{n} {unit} auparavant", "{n} {unit} avant",
                "{n} {unit} précédents", "{n} {unit} précédentes")  # fmt: skip
# After a counted shift, the word of a comparison: "trois ans plus tard que prévu" is a
# delay against a plan, no date.
COMPARATIVES = ("que", "qu'")
# A count before a date moves it: "2 weeks from January 15", "three months after Easter".
SHIFT_AFTER = ("{n} {unit} après",)
SHIFT_BEFORE = ("{n} {unit} avant",)
# Before such a count, a stretch that starts on the date ("for 10 days from 18th Dec").
DURATION_CUES = ("pendant", "durant")
# After a narrative relative, these open its complement ("la veille de", "deux jours après
# l'annonce"): the shift counts from what follows.
COMPLEMENTS = ("de", "d'", "du", "des")
TOLD_PREPOSITIONS = ("après", "avant")
# The present: left out unless asked for (`present=True`), as they name now rather than a
# year and "aujourd'hui" often means "nowadays" in news.
PRESENT = {
    "aujourd'hui": ("day", 0), "ce jour": ("day", 0), "maintenant": ("day", 0),
    "en ce moment": ("day", 0), "actuellement": ("day", 0),
    "dans la journée": ("day", 0), "cette semaine": ("week", 0), "dans la semaine": ("week", 0),
    "en semaine": ("week", 0), "en début de semaine": ("week", 0),
    "au début de la semaine": ("week", 0), "en milieu de semaine": ("week", 0),
    "au milieu de la semaine": ("week", 0), "en fin de semaine": ("week", 0),
    "à la fin de la semaine": ("week", 0), "ce mois-ci": ("month", 0), "ce mois": ("month", 0),
    "en fin de mois": ("month", 0), "à la fin du mois": ("month", 0),
    "au début du mois": ("month", 0), "en début de mois": ("month", 0),
}  # fmt: skip
# Relative words without a month, weekday or unit in them ("hier", "cet été", "la veille"):
# with digits and the words of the tables they open the stretches of text searched.
DEICTIC = ("hier", "demain", "été", "automne", "printemps", "hiver", "aujourd", "maintenant",
           "moment", "actuellement", "soir", "journée", "matin",
           "après-midi", "veille", "avant-veille", "lendemain", "surlendemain")  # fmt: skip
# Lemmas of the verbs and adjectives that look ahead: a month they govern is the event
# expected, whatever their tense ("les analystes tablaient sur une baisse en septembre", "le
# groupe prévoyait une reprise au quatrième trimestre").
LOOK_AHEAD = ("prévoir", "anticiper", "tabler", "attendre", "espérer", "viser", "projeter",
              "programmer", "planifier")  # fmt: skip
# "lundi dernier", "mardi prochain", "mars dernier": a weekday or month then one of these.
AFTER_PAST = ("dernier", "dernière", "passé", "passée")
AFTER_NEXT = ("prochain", "prochaine")
BEYOND_NEXT = ()
BEFORE_PAST = ()
BEFORE_NEXT = ()
# Before a month or numeric date: the publication year's ("this May", "this 5/12").
BEFORE_THIS = ("ce", "cette")

# A weekday after these repeats ("chaque lundi"): no date.
EVERY = ("chaque", "tous les", "toutes les")
# Between a weekday and the week it falls in: "lundi de la semaine dernière".
WEEKDAY_WEEK_LINKS = ("de",)
# Between a weekday and a date: the first such day after or before it ("le premier lundi
# après Pâques", "le dimanche avant Noël").
WEEKDAY_AROUND = {"après": 1, "avant": -1}
# After a weekday: a repetition too ("tuesday afternoons").
EVERY_AFTER = ("matins", "soirs", "après-midis")

# Holidays: name -> (month, day), ("easter", days after Easter Sunday), or None where we do not
# know the day (lunar calendars). With a year after them ("Pâques 2018") they name that year;
# with "dernier" / "prochain" the latest before or the first after the publication date; else
# the publication year.
HOLIDAYS = {
    "les ides de mars": (3, 15), "ides de mars": (3, 15),
    "noël": (12, 25), "noel": (12, 25), "jour de noël": (12, 25), "jour de noel": (12, 25),
    "la toussaint": (11, 1), "toussaint": (11, 1), "jour de l'an": (1, 1),
    "le jour de l'an": (1, 1), "nouvel an": (1, 1), "le nouvel an": (1, 1),
    "la saint-sylvestre": (12, 31), "saint-sylvestre": (12, 31), "fête du travail": (5, 1),
    "la fête du travail": (5, 1), "fête nationale": (7, 14),
    "pâques": ("easter", 0), "paques": ("easter", 0),
    "lundi de pâques": ("easter", 1), "l'ascension": ("easter", 39),
    "la pentecôte": ("easter", 49), "black friday": None,
    "vendredi noir": None, "le ramadan": None, "ramadan": None, "l'aïd": None,
    "le jour des morts": (11, 2), "jour des morts": (11, 2),
    "la saint-valentin": (2, 14), "saint-valentin": (2, 14), "halloween": (10, 31),
}  # fmt: skip
# Before a decade: "les années 1990" (two years: 1990 and 1999).
# After a year: an era that is not ours, so no year we report ("2014 BC").
# Era marks after a year ("52 av. J.-C.", "14 apr. J.-C."), with their sign: a year before
# Christ is negative (-52). Read in the case written.
ERAS = {"av. J.-C.": -1, "avant J.-C.": -1, "av. JC": -1, "avant Jésus-Christ": -1, "BC": -1,
        "av. J.C.": -1, "apr. J.-C.": 1, "après J.-C.": 1, "après Jésus-Christ": 1}  # fmt: skip
ERAS_BEFORE = ()
# Time zones after a four-digit clock time ("à 1045 GMT"), read in the case written: the
# number is the time of day, not a year.
TIME_ZONES = ("GMT", "UTC", "heure locale", "heure de Paris")
DECADE_WORDS = ("les années", "des années", "aux années", "années")
# "le XXIe siècle" (2000 to 2099), "au 19e siècle".
CENTURY_WORDS = ("siècle",)
# A week of the year by its number: "la semaine 12", "semaine 12 de 2024".
WEEK_WORDS = ("semaine",)
# Before a week number (or a clause starts): "in week 31", "la semaine 12".
WEEK_CUES = ("la", "en", "de", "à", "pour", "depuis", "dès", "sur", "et")

# Between two parts of one date expression ("lundi de la semaine prochaine",
# "du 10 juin au 1er juillet"): the parts are read as one mention.
JOINS = (
    "de",
    "du",
    "la",
    "le",
    "au",
    "à",
    "-",
    "–",
    "jusqu'au",
    "jusqu'à",
    "matin",
    "midi",
    "après-midi",
    "soir",
)

# Between the dates of a list: the year written on the last one is the others' year.
LIST_LINKS = ("et", "ou")

# Counted shifts: "il y a 3 ans", "dans deux mois", "les 2 dernières années".
UNITS = {
    "an": "year", "ans": "year", "année": "year", "années": "year", "annees": "year",
    "mois": "month", "semaine": "week", "semaines": "week", "jour": "day", "jours": "day",
    "trimestre": "quarter", "trimestres": "quarter", "heure": "hour", "heures": "hour",
    "minute": "minute", "minutes": "minute", "min": "minute", "décennie": "decade",
    "décennies": "decade",
}  # fmt: skip
NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "quatre-vingt-dix": 90,
    "cent": 100,
}  # fmt: skip
# Templates with {n} (a number) and {unit}: how a counted shift is said, and its sign.
# An approximation between "il y a" and the count does not move the date.
AGO = ("il y a {n} {unit}", "il ya {n} {unit}", "il y a environ {n} {unit}",
       "il y a près de {n} {unit}", "il y a plus de {n} {unit}", "il y a moins de {n} {unit}",
       "il y a à peu près {n} {unit}", "il y a quelque {n} {unit}")  # fmt: skip
AHEAD = ("dans {n} {unit}", "d'ici {n} {unit}", "dans les {n} {unit}", "dans environ {n} {unit}",
         "dans moins de {n} {unit}", "dans près de {n} {unit}")  # fmt: skip
# Words that make a time ahead the stretch up to now ("for the second time in seven years"):
# none in French, which writes that stretch "en sept ans", never "dans sept ans".
RECORD_WORDS: tuple[str, ...] = ()
RECORD_REACH = 4
LAST_N = ("{n} derniers {unit}", "{n} dernières {unit}", "{n} dernier {unit}",
          "{n} dernieres {unit}", "{n} {unit} passés", "{n} {unit} passées")  # fmt: skip
# Not "les 10 jours suivants": they follow the event told, not the publication date.
NEXT_N = ("{n} prochains {unit}", "{n} prochaines {unit}", "{n} {unit} à venir")  # fmt: skip

# A four-digit number followed by one of these counts things, it is no year: "2000 emplois".
COUNTED = (
    "ans",
    "an",
    "euros",
    "euro",
    "dollars",
    "dollar",
    "livres",
    "francs",
    "emplois",
    "personnes",
    "salariés",
    "habitants",
    "employés",
    "postes",
    "mètres",
    "km",
    "kilomètres",
    "m",
    "kg",
    "tonnes",
    "points",
    "pts",
    "voix",
    "exemplaires",
    "unités",
    "clients",
    "utilisateurs",
    "abonnés",
    "magasins",
    "logements",
    "véhicules",
    "voitures",
    "pages",
    "mots",
    "heures",
    "jours",
    "mois",
    "fois",
    "milliards",
    "millions",
    "mille",
    "cv",
    "mw",
    "gw",
    "kw",
    "w",
    "€",
    "$",
    "£",
    "%",
    "°",
)
# Months are written in lower case: a capitalised "Mars" or "Mai" alone is a name.
MONTH_CASE = "lower"
# The order of a numeric date: day first (31/10/2025).
NUMERIC_ORDER = "dmy"
# Whether a month may come before its day ("March 3"): not in French ("mars 15 entreprises").
MONTH_BEFORE_DAY = False  # fmt: skip
# A four-digit number after one of these is a number, a code or a page: "page 2015", "n° 2024".
# Model names too: "Peugeot 2008", "Windows 2000".
NOT_YEAR_AFTER = ("page", "p.", "n°", "no", "numéro", "art.", "article", "code", "version",
                  "v", "rue", "vol", "tél", "modèle", "iphone", "cac", "à", "sur", "peugeot",
                  "windows", "airbus", "boeing", "galaxy", "pixel", "série", "type")  # fmt: skip
# A bare number before a plural noun counts it ("2000 sièges"): French writes a year
# after its noun ("les élections 2024").
NUMBER_BEFORE_PLURAL_NOUN_COUNTS = True
