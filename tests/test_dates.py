"""Resolution of years and dates without spaCy: our own table of forms and traps, the peer
suites, and a fuzz test."""

import dataclasses
import datetime as dt
import json
import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.normalize import dates
from newsfacts.normalize.dates import ResolvedYear, _loose, _one_of, resolve_year

from .conftest import shared_path

PUBLISHED = dt.date(2025, 1, 25)  # a Saturday

# (lang, text, [(mention text, year), ...]) resolved against PUBLISHED.
CASES = [
    # A slash joins two years only when they follow each other (a season, a fiscal year)
    ("fr", "la saison 2024/25 du championnat", [("2024/25", 2024), ("2024/25", 2025)]),
    ("fr", "la directive 2001/29/CE sur le droit d'auteur", []),
    ("fr", "la guerre de 1939-45", [("de 1939-45", 1939), ("de 1939-45", 1945)]),
    ("fr", "Son dernier film remontait à 1997.", [("remontait à 1997", 1997)]),
    # a year compared with is a year ("en baisse de 2 % par rapport à 2023")
    ("fr", "Les ventes ont reculé de 2 % par rapport à 2022.", [("par rapport à 2022", 2022)]),
    ("fr", "un bénéfice en hausse comparé à 2021", [("comparé à 2021", 2021)]),
    ("fr", "une hausse par rapport à 2500 mètres d'altitude", []),
    ("en", "Sales fell 2% compared with 2022.", [("2022", 2022)]),
    # French: written years and their cues
    ("fr", "Meta dépensera 65 milliards de dollars en 2025.", [("en 2025", 2025)]),
    ("fr", "un milliard d'utilisateurs d'ici 2025", [("d'ici 2025", 2025)]),
    ("fr", "d'ici à 2030, la flotte doublera", [("d'ici à 2030", 2030)]),
    ("fr", "Il a écrit que 2025 sera une année clé.", [("2025", 2025)]),
    ("fr", "au cours de l'exercice 2025", [("l'exercice 2025", 2025)]),
    (
        "fr",
        "sur l'exercice 2024-2025",
        [("l'exercice 2024-2025", 2024), ("l'exercice 2024-2025", 2025)],
    ),
    ("fr", "le plan 2024-2030", [("2024-2030", 2024), ("2024-2030", 2030)]),
    ("fr", "de 2014 à 2018", [("de 2014 à 2018", 2014), ("de 2014 à 2018", 2018)]),
    ("fr", "entre 2007 et 2009", [("entre 2007 et 2009", 2007), ("entre 2007 et 2009", 2009)]),
    ("fr", "la saison 2024-25", [("2024-25", 2024), ("2024-25", 2025)]),
    (
        "fr",
        "fin 2025, début 2026 et mi-2027",
        [("fin 2025", 2025), ("début 2026", 2026), ("mi-2027", 2027)],
    ),
    ("fr", "depuis les années 1990", [("les années 1990", 1990), ("les années 1990", 1999)]),
    # French: quarters and halves
    ("fr", "au premier trimestre 2024", [("premier trimestre 2024", 2024)]),
    ("fr", "au troisième trimestre", [("troisième trimestre", 2025)]),
    ("fr", "le chiffre d'affaires du T3 2024", [("T3 2024", 2024)]),
    ("fr", "au T3, les ventes ont crû", [("T3", 2025)]),
    ("fr", "au premier semestre", [("premier semestre", 2025)]),
    ("fr", "le S1 2024", [("S1 2024", 2024)]),
    # French: dates
    ("fr", "Il est arrivé le 3 mars 2025.", [("le 3 mars 2025", 2025)]),
    ("fr", "le 1er janvier 2000", [("le 1er janvier 2000", 2000)]),
    ("fr", "mercredi 20 avril 2005 vers 15h30", [("mercredi 20 avril 2005", 2005)]),
    # "depuis" puts the day before the publication date (25 January 2025)
    ("fr", "depuis le 6 septembre.", [("le 6 septembre", 2024)]),
    ("fr", "en avril 2017", [("en avril 2017", 2017)]),
    ("fr", "le 15/05/2023", [("15/05/2023", 2023)]),
    ("fr", "avant le 15.05.99 :", [("15.05.99", 1999)]),
    ("fr", "du 10 juin au 1er juillet 2024", [("du 10 juin au 1er juillet 2024", 2024)]),
    (
        "fr",
        "du 18 novembre 2014 au 19 décembre 2015",
        [
            ("du 18 novembre 2014 au 19 décembre 2015", 2014),
            ("du 18 novembre 2014 au 19 décembre 2015", 2015),
        ],
    ),
    ("fr", "les 15 février et 8 mars 2005", [("15 février", 2005), ("8 mars 2005", 2005)]),
    ("fr", "Noël", [("Noël", 2025)]),
    ("fr", "à Pâques 2018", [("Pâques 2018", 2018)]),
    # French: relative to the publication date
    ("fr", "38 milliards l'année dernière", [("l'année dernière", 2024)]),
    ("fr", "l'an dernier", [("l'an dernier", 2024)]),
    ("fr", "l'an prochain", [("l'an prochain", 2026)]),
    ("fr", "l'année prochaine", [("l'année prochaine", 2026)]),
    ("fr", "cette année", [("cette année", 2025)]),
    ("fr", "Il l'a annoncé hier.", [("hier", 2025)]),
    ("fr", "lundi dernier", [("lundi dernier", 2025)]),
    ("fr", "le mois prochain", [("le mois prochain", 2025)]),
    ("fr", "le mois dernier", [("le mois dernier", 2024)]),
    ("fr", "en mars", [("en mars", 2025)]),
    ("fr", "en décembre dernier", [("en décembre dernier", 2024)]),
    ("fr", "fin mars", [("fin mars", 2025)]),
    ("fr", "il y a deux ans", [("il y a deux ans", 2023)]),
    ("fr", "dans trois ans", [("dans trois ans", 2028)]),
    ("fr", "les 2 dernières années", [("2 dernières années", 2023), ("2 dernières années", 2024)]),
    # A placing word after the end of a year names another year than the present one
    (
        "fr",
        "Sa dette atteignait 12 milliards à la fin de l'année dernière.",
        [("l'année dernière", 2024)],
    ),
    ("fr", "La vente sera bouclée au début de l'année prochaine.", [("l'année prochaine", 2026)]),
    ("fr", "à la fin de l'année passée", [("l'année passée", 2024)]),
    ("fr", "Les travaux s'achèveront à la fin de l'année, puis", [("à la fin de l'année", 2025)]),
    ("fr", "mardi de la semaine prochaine", [("mardi de la semaine prochaine", 2025)]),
    ("fr", "il y a plus de deux ans", [("il y a plus de deux ans", 2023)]),
    ("fr", "il y a 30 minutes", [("il y a 30 minutes", 2025)]),
    ("fr", "dans les 48 heures", [("dans les 48 heures", 2025)]),
    # French: narrative relatives, from the publication date or the date written before them
    ("fr", "la veille, il avait signé", [("la veille", 2025)]),
    ("fr", "le lendemain matin", [("le lendemain", 2025)]),
    ("fr", "la semaine suivante", [("la semaine suivante", 2025)]),
    ("fr", "deux jours plus tard", [("deux jours plus tard", 2025)]),
    (
        "fr",
        "Le 30 décembre 2019, il a démissionné. Trois jours plus tard, il est parti.",
        [("Le 30 décembre 2019", 2019), ("Trois jours plus tard", 2020)],
    ),
    ("fr", "En 1986, X. Deux ans plus tard, Y.", [("En 1986", 1986), ("Deux ans plus tard", 1988)]),
    # a delay against a plan is no shift: "plus tard que prévu", "later than planned"
    ("fr", "Le pont ouvrira en 2031, soit deux ans plus tard que prévu.", [("en 2031", 2031)]),
    ("fr", "La ligne sera livrée quatre mois plus tôt qu'annoncé.", []),
    ("fr", "En 1986, X.\nLe lendemain, Y.", [("En 1986", 1986), ("Le lendemain", 2025)]),
    # a month or quarter the publication date placed is the event told
    (
        "fr",
        "Les ventes ont atteint 4 milliards en janvier, contre 3,5 milliards un an plus tôt.",
        [("en janvier", 2025), ("un an plus tôt", 2024)],
    ),
    (
        "en",
        "In the first quarter, revenue rose 4% from a year earlier.",
        [("first quarter", 2025), ("a year earlier", 2024)],
    ),
    # French: a day number alone, where the clause ends or a time or a day follows
    ("fr", "Il arrivera le 16.", [("le 16", 2025)]),
    ("fr", "le 17 de 14h à 16h", [("le 17", 2025)]),
    ("fr", "du 13 au 18", [("du 13 au 18", 2025)]),
    ("fr", "à partir du 8", [("à partir du 8", 2025)]),
    ("fr", "Il a terminé le 16e.", []),
    ("fr", "à partir du 1er.", [("à partir du 1er", 2025)]),
    ("fr", "il y a quarante ans", [("il y a quarante ans", 1985)]),
    ("fr", "le 17 de la rue", []),
    ("fr", "de 3:00 au 4:00", []),
    ("fr", "passé du 13 au 18 %", []),
    ("fr", "la succession de Tony Blair au 10, Downing Street", []),
    ("fr", "En juillet 98, la France", [("En juillet 98", 1998)]),
    ("fr", "enlevés à Bagdad mars 28, un jour", []),
    ("fr", "le 2020/23/Sep.", [("2020/23/Sep.", 2020)]),
    ("fr", "à Noël dernier", [("Noël dernier", 2024)]),
    ("fr", "à Pâques prochain", [("Pâques prochain", 2025)]),
    ("fr", "Il parlera ce soir.", [("ce soir", 2025)]),
    ("fr", "hier matin", [("hier matin", 2025)]),
    ("fr", "cet hiver", [("cet hiver", 2024), ("cet hiver", 2025)]),
    ("fr", "apparue aujourd'hui à 17:56", [("aujourd'hui", 2025)]),
    ("fr", "aujourd'hui à 15 h 30", [("aujourd'hui", 2025)]),
    ("fr", "Aujourd'hui le 3 a gagné", []),
    ("fr", "les salles disponibles aujourd'hui pendant 2 heures", []),
    ("fr", "entre le 10 juin et le 1er juillet", [("le 10 juin et le 1er juillet", 2025)]),
    ("fr", "leurs scores de 1997 et de 2001", [("1997", 1997), ("2001", 2001)]),
    (
        "fr",
        "en 52 av. J.-C. puis en 1052 av. J.-C.",
        [("en 52 av. J.-C.", -52), ("en 1052 av. J.-C.", -1052)],
    ),
    ("fr", "l'année suivante", []),
    ("fr", "la veille de l'élection", []),
    ("fr", "au lendemain de la crise", []),
    ("fr", "deux jours après l'annonce", []),
    # French traps: numbers that are not years, words that are not dates
    ("fr", "2 000 emplois supprimés", []),
    ("fr", "2000 emplois supprimés", []),
    ("fr", "le CAC 40 a gagné 2 %", []),
    ("fr", "un Airbus A320 et un iPhone 15", []),
    ("fr", "le modèle LLAMA4", []),
    ("fr", "75008 Paris", []),
    ("fr", "1000 Bruxelles", []),
    ("fr", "voir page 2015", []),
    ("fr", "la Peugeot 2008 et la 3008", []),
    ("fr", "500 milliards de dollars", []),
    ("fr", "il y a 2500 ans", []),
    ("fr", "Je pense que sept personnes", []),
    ("fr", "un T3 à louer", []),
    ("fr", "chaque lundi", []),
    ("fr", "la mission Mars", []),
    ("fr", "aujourd'hui et ce mois-ci", []),
    ("fr", "au cours des prochaines années", []),
    ("fr", "un taux de 24/7 et 1/3", []),
    ("fr", "http://example.org/GAR2004/report", []),
    # English
    ("en", "It will spend $65 billion in 2025.", [("in 2025", 2025)]),
    ("en", "by 2030", [("by 2030", 2030)]),
    ("en", "in fiscal 2026", [("in fiscal 2026", 2026)]),
    ("en", "FY2025 revenue", [("FY2025", 2025)]),
    ("en", "FY25 guidance", [("FY25", 2025)]),
    ("en", "H1 2024 results", [("H1 2024", 2024)]),
    ("en", "Q3 revenue rose", [("Q3", 2025)]),
    ("en", "in the third quarter of 2024", [("third quarter of 2024", 2024)]),
    ("en", "the first half of 2024", [("first half of 2024", 2024)]),
    ("en", "on March 3, 2025", [("March 3, 2025", 2025)]),
    ("en", "on 4 February 2015", [("on 4 February 2015", 2015)]),
    ("en", "on 10/31/1974", [("10/31/1974", 1974)]),
    ("en", "2015-03-03", [("2015-03-03", 2015)]),
    ("en", "on March 3 and April 5, 2024", [("March 3", 2024), ("April 5, 2024", 2024)]),
    ("en", "October 25-26, 2016", [("October 25-26, 2016", 2016)]),
    ("en", "from 2014 to 2018", [("from 2014 to 2018", 2014), ("from 2014 to 2018", 2018)]),
    ("en", "the Iran-Iraq War of 1980-88", [("1980-88", 1980), ("1980-88", 1988)]),
    ("en", "last year", [("last year", 2024)]),
    ("en", "next year", [("next year", 2026)]),
    ("en", "earlier this year", [("this year", 2025)]),
    ("en", "yesterday", [("yesterday", 2025)]),
    ("en", "next month", [("next month", 2025)]),
    ("en", "last December", [("last December", 2024)]),
    ("en", "in March", [("in March", 2025)]),
    ("en", "two years ago", [("two years ago", 2023)]),
    ("en", "thanksgiving of next year", [("thanksgiving of next year", 2026)]),
    ("en", "the 1990s", [("1990s", 1990), ("1990s", 1999)]),
    ("en", "2 thursdays ago", [("2 thursdays ago", 2025)]),
    ("en", "in 5 minutes", [("in 5 minutes", 2025)]),
    ("en", "a fortnight later", [("a fortnight later", 2025)]),
    ("en", "In 2019 it opened; the bridge came two years later than planned.", [("In 2019", 2019)]),
    ("en", "the following week", [("the following week", 2025)]),
    ("en", "the week after next", [("the week after next", 2025)]),
    (
        "en",
        "On March 3, 2019 he left; the following week he came back.",
        [("March 3, 2019", 2019), ("the following week", 2019)],
    ),
    ("en", "Can we meet on the 18th?", [("on the 18th", 2025)]),
    ("en", "on the 17th at 2pm", [("on the 17th", 2025)]),
    ("en", "I'll go back Wed 13th", [("Wed 13th", 2025)]),
    ("en", "coffee on tues the 4th 7pm", [("tues the 4th", 2025)]),
    ("en", "a flight for halloween weekend 2021", [("halloween weekend 2021", 2021)]),
    ("en", "the 15th century", [("15th century", 1400), ("15th century", 1499)]),
    ("en", "on the 3rd floor", []),
    ("en", "on 24 of them", []),
    ("en", "I was born in April of 87", [("in April of 87", 1987)]),
    ("en", "in April '87", [("in April '87", 1987)]),
    ("en", "in April 27", [("April 27", 2025)]),
    ("en", "How about 2019/aug/01", [("2019/aug/01", 2019)]),
    ("en", "www.example.com/report-20170302.html", [("20170302", 2017)]),
    ("en", "the 20171302 code", []),
    ("en", "Last night 26 people disappeared", [("Last night", 2025)]),
    ("en", "over the past fortnight", [("past fortnight", 2025)]),
    ("en", "the next 4 business days", [("next 4 business days", 2025)]),
    ("en", "in the 10 previous weeks", [("10 previous weeks", 2024), ("10 previous weeks", 2025)]),
    ("en", "since last Easter", [("last Easter", 2024)]),
    ("en", "next Thanksgiving", [("next Thanksgiving", 2025)]),
    ("en", "last Thanksgiving", [("last Thanksgiving", 2024)]),
    (
        "en",
        "They left in nineteen ninety six and came back in two thousand and fifteen",
        [("in nineteen ninety six", 1996), ("in two thousand and fifteen", 2015)],
    ),
    (
        "en",
        "on 6 April seventeen hundred thirty three",
        [("on 6 April seventeen hundred thirty three", 1733)],
    ),
    ("en", "in October two thousand and five", [("in October two thousand and five", 2005)]),
    ("en", "in nineteen oh five", [("in nineteen oh five", 1905)]),
    ("en", "sold in two thousand stores", []),
    ("en", "in two thousand.", []),
    ("en", "in nineteen ninety six stores", []),
    ("en", "He will speak tonight.", [("tonight", 2025)]),
    ("en", "this morning", [("this morning", 2025)]),
    ("en", "last winter", [("last winter", 2023), ("last winter", 2024)]),
    ("en", "Please book a call today at 9p.", [("today", 2025)]),
    ("en", "at 8.30 pm today", [("today", 2025)]),
    ("en", "Today, 42 pm", []),
    (
        "en",
        "between Jan 2019 and yesterday",
        [("Jan 2019 and yesterday", 2019), ("Jan 2019 and yesterday", 2025)],
    ),
    ("en", "in 2014 B.C.", [("in 2014 B.C.", -2014)]),
    ("en", "sales in 2014/10", [("2014/10", 2014)]),
    ("en", "the 2010/11 season", [("2010/11", 2010), ("2010/11", 2011)]),
    ("en", "the day after the vote", []),
    ("en", "two years later", []),
    ("en", "2,000 jobs and 2000 jobs", []),
    ("en", "you may go", []),
    ("en", "every monday", []),
    ("en", "Pay ABC 2000", []),
    ("en", "today and this week", []),
    # Decades and centuries: their first and last years
    ("en", "Tech stocks soared in the 1990 s.", [("1990 s", 1990), ("1990 s", 1999)]),
    ("en", "a hit song of the '80s", [("'80s", 1980), ("'80s", 1989)]),
    ("en", "a woman in her 90s", []),
    ("en", "jobs of the 21st century", [("21st century", 2000), ("21st century", 2099)]),
    (
        "en",
        "in the nineteenth century",
        [("nineteenth century", 1800), ("nineteenth century", 1899)],
    ),
    ("en", "21st-century skills", []),
    ("en", "over the next decade", [("next decade", 2030), ("next decade", 2039)]),
    ("en", "in the next two decades", [("next two decades", 2030), ("next two decades", 2049)]),
    ("en", "two decades ago", [("two decades ago", 2005)]),
    (
        "en",
        "In 1990 he left. Two decades later he came back.",
        [("In 1990", 1990), ("Two decades later", 2010)],
    ),
    ("en", "two decades after 1990", [("two decades after 1990", 2010)]),
    ("fr", "au XXIe siècle", [("XXIe siècle", 2000), ("XXIe siècle", 2099)]),
    ("fr", "à la fin du 19e siècle", [("19e siècle", 1800), ("19e siècle", 1899)]),
    (
        "fr",
        "d'ici la prochaine décennie",
        [("la prochaine décennie", 2030), ("la prochaine décennie", 2039)],
    ),
    # The end of a decade is its last year, not the decade
    (
        "fr",
        "une contribution à la croissance dès la fin de cette décennie",
        [("la fin de cette décennie", 2029)],
    ),
    ("fr", "d'ici la fin de la décennie", [("la fin de la décennie", 2029)]),
    ("en", "by the end of the decade", [("the end of the decade", 2029)]),
    # Weeks of the year by their number
    ("en", "Shipments fell in week 31, the ministry said.", [("week 31", 2025)]),
    ("en", "sales in week 27 of last year", [("week 27 of last year", 2024)]),
    ("en", "in week 12 of 2019", [("week 12 of 2019", 2019)]),
    ("fr", "La semaine 12 a vu les ventes chuter.", [("semaine 12", 2025)]),
    ("fr", "en semaine 8 de 2024", [("semaine 8 de 2024", 2024)]),
    ("en", "a week 3 times", []),
    ("fr", "la dernière semaine 15 goélettes sont rentrées", []),
    ("en", "Thursday, week 23", [("Thursday", 2025), ("week 23", 2025)]),
    # Finance: quarters and years in short forms, year to date
    ("en", "Revenue in 18q4 rose", [("18q4", 2018)]),
    ("en", "4Q18 earnings beat forecasts", [("4Q18", 2018)]),
    ("en", "guidance for 1H 2026", [("1H 2026", 2026)]),
    ("fr", "le 15 avril 1S82", [("le 15 avril", 2025)]),
    ("en", "spending in CY2018 and cy19", [("in CY2018", 2018), ("cy19", 2019)]),
    ("en", "The index is up 12% year to date.", [("year to date", 2025)]),
    ("en", "YTD returns and year-to-date flows", [("YTD", 2025), ("year-to-date", 2025)]),
    ("en", "The deal should close by EOY.", [("EOY", 2025)]),
    ("en", "the boy and the eoy", []),
    (
        "fr",
        "Le CAC 40 a gagné 8 % depuis le début de l'année.",
        [("depuis le début de l'année", 2025)],
    ),
    # Eras
    ("en", "Augustus died in 14 A.D.", [("in 14 A.D.", 14)]),
    ("en", "from AD 79", [("AD 79", 79)]),
    ("en", "the 2014 ad campaign", []),
    ("fr", "en 14 apr. J.-C.", [("en 14 apr. J.-C.", 14)]),
    # The one after the next
    ("en", "March after next", [("March after next", 2026)]),
    ("en", "Easter after next", [("Easter after next", 2026)]),
    # Day and month in digits after a date word; "next" and "last" move them
    ("en", "The offer runs from 10/1 to 11/7.", [("from 10/1 to 11/7", 2025)]),
    ("en", "from 11/20 to 2/7", [("from 11/20 to 2/7", 2025), ("from 11/20 to 2/7", 2026)]),
    ("en", "The vote is next 1/12", [("next 1/12", 2026)]),
    ("en", "since last 5/12", [("since last 5/12", 2024)]),
    ("en", "He ate 1/3 of the pie.", []),
    ("fr", "du 10/12 au 15/01", [("du 10/12 au 15/01", 2025), ("du 10/12 au 15/01", 2026)]),
    (
        "en",
        "The filing covers 5/1/2019-5/7/2020.",
        [("5/1/2019-5/7/2020", 2019), ("5/1/2019-5/7/2020", 2020)],
    ),
    # A day with "next" or "prochain", or with a weekday that fixes its year
    ("en", "The law applies from next 6th of January", [("next 6th of January", 2026)]),
    ("fr", "Il rendra son rapport le 6 janvier prochain.", [("le 6 janvier prochain", 2026)]),
    ("en", "next new year day", [("next new year day", 2026)]),
    ("en", "The trial opens Sunday, July 18", [("Sunday, July 18", 2027)]),
    ("en", "The trial opens July 18, Sunday", [("July 18, Sunday", 2027)]),
    ("fr", "Le concert aura lieu samedi 18 juillet.", [("samedi 18 juillet", 2026)]),
    ("fr", "Le concert aura lieu vendredi 18 juillet.", [("vendredi 18 juillet", 2025)]),
    # The ends of a range keep the year their words fix
    (
        "en",
        "I will leave from this May to Oct 2027",
        [("this May to Oct 2027", 2025), ("this May to Oct 2027", 2027)],
    ),
    (
        "en",
        "from next Friday to Oct 1st 2026",
        [("next Friday to Oct 1st 2026", 2025), ("next Friday to Oct 1st 2026", 2026)],
    ),
    # A present word ends a range from a written date; alone it stays out
    (
        "en",
        "Prices rose between Jan 2019 and now.",
        [("Jan 2019 and now", 2019), ("Jan 2019 and now", 2025)],
    ),
    (
        "en",
        "from 2010-01-01 till today",
        [("2010-01-01 till today", 2010), ("2010-01-01 till today", 2025)],
    ),
    ("en", "now and then", []),
    ("fr", "le lundi de cette semaine", [("lundi de cette semaine", 2025)]),
    # A count before a date moves it; a day without its year is the nearest one
    ("en", "The rule applies 30 days after December 15.", [("30 days after December 15", 2025)]),
    ("en", "The plant reopens a year from tomorrow.", [("a year from tomorrow", 2026)]),
    ("en", "over the past two weeks before this exercise", [("past two weeks", 2025)]),
    ("en", "It was sold two years since 2011.", [("two years since 2011", 2013)]),
    ("en", "closed for 10 days from 18th Dec", [("18th Dec", 2025)]),
    ("fr", "Les travaux reprendront trois mois après Pâques.", [("trois mois après Pâques", 2025)]),
    (
        "fr",
        "Le chantier finira deux semaines avant le 10 janvier.",
        [("deux semaines avant le 10 janvier", 2024)],
    ),
    # Two months across the year end
    ("en", "The fair runs Nov-Feb 2027.", [("Nov-Feb 2027", 2026), ("Nov-Feb 2027", 2027)]),
    ("en", "The season runs May to March", [("May to March", 2025), ("May to March", 2026)]),
    (
        "fr",
        "de novembre à février 2017",
        [("novembre à février 2017", 2016), ("novembre à février 2017", 2017)],
    ),
    (
        "fr",
        "du 5 novembre au 3 février 2017",
        [("5 novembre au 3 février 2017", 2016), ("5 novembre au 3 février 2017", 2017)],
    ),
    # A day of a month named by its shift; a possessive joins; repetitions
    ("en", "due on the 20th of next month", [("on the 20th of next month", 2025)]),
    ("en", "in last year's fourth quarter", [("last year's fourth quarter", 2024)]),
    ("en", "I'll be out tuesday afternoons", []),
    ("en", "pay the bill on the 19th of every month.", []),
    ("en", "Who led in 1990 s?", [("in 1990 s", 1990), ("in 1990 s", 1999)]),
    ("en", "I will leave from 5/1-5/7, 2020", [("from 5/1-5/7, 2020", 2020)]),
    ("en", "a decision in the next few days", [("next few days", 2025)]),
    ("fr", "Il a chuté ces dernières semaines.", [("ces dernières semaines", 2025)]),
    ("en", "Chinese New Year's Day 2018", [("Chinese New Year's Day 2018", 2018)]),
    (
        "en",
        "open from 11/20-2/7, 2020",
        [("from 11/20-2/7, 2020", 2019), ("from 11/20-2/7, 2020", 2020)],
    ),
    # A four-digit time of day before its time zone (wire copy) is no year
    ("en", "Gold rose 0.4% to $2,650.10 an ounce by 1402 GMT.", []),
    ("en", "The index was flat at 0930 ET, after falling in 2024.", [("in 2024", 2024)]),
    ("en", "The talks resume at 1600 local time on Friday.", [("Friday", 2025)]),
    ("en", "Emissions must fall by 2030, the agency said.", [("by 2030", 2030)]),
    ("fr", "Le Brent cédait 1,2 % à 1045 GMT, après un repli en 2024.", [("en 2024", 2024)]),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), CASES, ids=[f"{lang}:{text}" for lang, text, _ in CASES]
)
def test_resolves_own_table(lang, text, expected):
    found = resolve_year(text, published=PUBLISHED, lang=lang)
    assert [(r.text, r.year) for r in found] == expected
    assert all(text[r.start : r.end] == r.text for r in found)


DETAILS = [
    ("fr", "hier", ResolvedYear("hier", 0, 4, 2025, "relative", dt.date(2025, 1, 24), -1, "day")),
    (
        "fr",
        "lundi dernier",
        ResolvedYear("lundi dernier", 0, 13, 2025, "date", dt.date(2025, 1, 20), -1, "week"),
    ),
    (
        "fr",
        "le 3 mars 2025",
        ResolvedYear("le 3 mars 2025", 0, 14, 2025, "date", dt.date(2025, 3, 3)),
    ),
    ("en", "FY2025", ResolvedYear("FY2025", 0, 6, 2025, "fiscal")),
    ("en", "Q3", ResolvedYear("Q3", 0, 2, 2025, "quarter", None, 0, "year")),
    ("en", "last year", ResolvedYear("last year", 0, 9, 2024, "relative", None, -1, "year")),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), DETAILS, ids=[f"{lang}:{text}" for lang, text, _ in DETAILS]
)
def test_kind_date_and_offset(lang, text, expected):
    assert resolve_year(text, published=PUBLISHED, lang=lang) == [expected]


def test_a_list_lends_its_year_even_to_a_leap_day():
    found = resolve_year("le 29 février et le 3 mars 2023", published=dt.date(2024, 1, 5))
    assert [(r.text, r.year, r.date) for r in found] == [
        ("le 29 février", 2023, None),
        ("le 3 mars 2023", 2023, dt.date(2023, 3, 3)),
    ]


HOLIDAY_DAYS = [
    ("en", "last Easter", dt.date(2019, 3, 12), dt.date(2018, 4, 1)),
    ("en", "next Easter", dt.date(2019, 3, 12), dt.date(2019, 4, 21)),
    ("en", "Thanksgiving", dt.date(2019, 3, 12), dt.date(2019, 11, 28)),
    ("en", "last MLK day", dt.date(2013, 2, 12), dt.date(2013, 1, 21)),
    ("en", "next Martin Luther King's day", dt.date(2013, 2, 12), dt.date(2014, 1, 20)),
    ("en", "last MLK Jr. day", dt.date(2013, 2, 12), dt.date(2013, 1, 21)),
    ("en", "Memorial Day", dt.date(2024, 1, 2), dt.date(2024, 5, 27)),
    ("fr", "lundi de Pâques", dt.date(2025, 1, 25), dt.date(2025, 4, 21)),
    ("fr", "l'Ascension", dt.date(2024, 1, 2), dt.date(2024, 5, 9)),
]


@pytest.mark.parametrize(
    ("lang", "text", "published", "day"), HOLIDAY_DAYS, ids=[t for _, t, *_ in HOLIDAY_DAYS]
)
def test_holidays_that_move_get_their_day(lang, text, published, day):
    [found] = resolve_year(text, published=published, lang=lang)
    assert (found.year, found.date) == (day.year, day)


# A day in plain numbers after its month, before a year in words.
CARDINAL_DAYS = [
    (
        "born on January twenty five nineteen eighty six",
        "January twenty five nineteen eighty six",
        1986,
        dt.date(1986, 1, 25),
    ),
    ("March five two thousand five", "March five two thousand five", 2005, dt.date(2005, 3, 5)),
    (
        "January thirty one twenty twenty",
        "January thirty one twenty twenty",
        2020,
        dt.date(2020, 1, 31),
    ),
    # "twenty" then "nineteen" is a year alone: a month and its year.
    ("since March twenty nineteen", "since March twenty nineteen", 2019, None),
    ("in January twenty people died", "in January", 2025, None),
]


@pytest.mark.parametrize(
    ("text", "mention", "year", "day"), CARDINAL_DAYS, ids=[t for t, *_ in CARDINAL_DAYS]
)
def test_a_day_in_plain_numbers_needs_a_year_in_words(text, mention, year, day):
    [found] = resolve_year(text, published=PUBLISHED, lang="en")
    assert (found.text, found.year, found.date) == (mention, year, day)


# A weekday read with the week or year after it, or counted from the date after it.
WEEKDAY_JOINS = [
    ("en", "sunday from last week", dt.date(2013, 2, 12), 2013, dt.date(2013, 2, 10)),
    ("en", "on Monday of next week", dt.date(2025, 12, 24), 2025, dt.date(2025, 12, 29)),
    ("en", "Friday from last week", dt.date(2025, 1, 6), 2025, dt.date(2025, 1, 3)),
    ("en", "Sunday of last week", dt.date(2025, 1, 2), 2024, dt.date(2024, 12, 29)),
    ("fr", "lundi de la semaine dernière", dt.date(2025, 1, 3), 2024, dt.date(2024, 12, 23)),
    ("en", "monday two thousand eighteen", dt.date(2013, 2, 12), 2018, None),
    ("en", "Tuesday, 2011", dt.date(2025, 1, 25), 2011, None),
    ("fr", "dimanche 2018", dt.date(2025, 1, 25), 2018, None),
    ("en", "third tuesday after christmas 2014", dt.date(2013, 2, 12), 2015, dt.date(2015, 1, 13)),
    ("en", "the first Monday after Easter 2019", dt.date(2025, 1, 25), 2019, dt.date(2019, 4, 22)),
    ("en", "the Sunday before March 3, 2020", dt.date(2025, 1, 25), 2020, dt.date(2020, 3, 1)),
    ("en", "Friday before New Year's Day 2020", dt.date(2025, 1, 25), 2019, dt.date(2019, 12, 27)),
    ("fr", "le deuxième lundi après Noël 2014", dt.date(2025, 1, 25), 2015, dt.date(2015, 1, 5)),
    ("fr", "le dimanche avant Pâques 2019", dt.date(2025, 1, 25), 2019, dt.date(2019, 4, 14)),
    ("en", "the ides of March", dt.date(2013, 2, 12), 2013, dt.date(2013, 3, 15)),
    ("fr", "aux ides de mars 2019", dt.date(2025, 1, 25), 2019, dt.date(2019, 3, 15)),
]


@pytest.mark.parametrize(
    ("lang", "text", "published", "year", "day"),
    WEEKDAY_JOINS,
    ids=[t for _, t, *_ in WEEKDAY_JOINS],
)
def test_a_weekday_is_one_expression_with_its_week_year_or_date(lang, text, published, year, day):
    [found] = resolve_year(text, published=published, lang=lang)
    assert (found.year, found.date) == (year, day)
    assert text.endswith(found.text)


# A weekday that only neighbours a count or a word stays a weekday of the publication week.
WEEKDAYS_ALONE = [
    ("en", "on Monday, 2,000 people marched", [("Monday", 2025)]),
    ("en", "on Monday twenty five people came", [("Monday", 2025)]),
    ("en", "on Tuesday after the vote", [("Tuesday", 2025)]),
    ("en", "Monday nineteen ninety people", [("Monday", 2025)]),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), WEEKDAYS_ALONE, ids=[t for _, t, _ in WEEKDAYS_ALONE]
)
def test_a_weekday_without_its_date_stays_alone(lang, text, expected):
    found = resolve_year(text, published=dt.date(2025, 1, 8), lang=lang)
    assert [(r.text, r.year) for r in found] == expected


WINTERS = [
    ("en", "this winter", dt.date(2025, 10, 1), (2025, 2026)),
    ("en", "this winter", dt.date(2025, 12, 20), (2025, 2026)),
    ("fr", "décédé cet hiver", dt.date(2025, 6, 15), (2024, 2025)),
    ("fr", "l'hiver dernier", dt.date(2025, 6, 15), (2024, 2025)),
    ("en", "next winter", dt.date(2025, 6, 15), (2025, 2026)),
    ("en", "next winter", dt.date(2025, 12, 20), (2026, 2027)),
]


@pytest.mark.parametrize(
    ("lang", "text", "published", "years"),
    WINTERS,
    ids=[f"{t} {p.isoformat()}" for _, t, p, _ in WINTERS],
)
def test_a_winter_spans_two_years(lang, text, published, years):
    found = resolve_year(text, published=published, lang=lang)
    assert tuple(r.year for r in found) == years


SEASONS = [
    ("fr", "les travaux commenceront l'été prochain", dt.date(2026, 3, 27), 2026),
    ("fr", "les travaux commenceront l'été prochain", dt.date(2026, 7, 10), 2027),
    ("fr", "l'été dernier a été sec", dt.date(2026, 10, 1), 2026),
    ("fr", "l'été dernier a été sec", dt.date(2026, 7, 10), 2025),
    ("fr", "le printemps prochain", dt.date(2026, 11, 5), 2027),
    ("fr", "l'automne dernier", dt.date(2026, 5, 2), 2025),
    ("en", "sales rose last summer", dt.date(2026, 11, 5), 2026),
    ("en", "prices will rise next spring", dt.date(2026, 1, 5), 2026),
    ("en", "the plant closed last fall", dt.date(2026, 12, 1), 2026),
]


@pytest.mark.parametrize(
    ("lang", "text", "published", "year"),
    SEASONS,
    ids=[f"{t} {p.isoformat()}" for _, t, p, _ in SEASONS],
)
def test_a_season_is_the_first_to_come_or_the_last_ended(lang, text, published, year):
    found = resolve_year(text, published=published, lang=lang)
    assert [r.year for r in found] == [year]


def test_a_narrative_shift_past_the_calendar_is_left_out():
    found = resolve_year("le 31/12/9999, puis le lendemain", published=PUBLISHED)
    assert [(r.text, r.year) for r in found] == [("31/12/9999", 9999)]


SHIFTS_FROM_A_PLACED_DAY = [
    (
        "en",
        "For the 13 weeks ended Aug. 3, Gap earned $206 million, compared with $117 million a "
        "year earlier.",
        dt.date(2024, 8, 29),
        [("Aug. 3", 2024), ("a year earlier", 2023)],
    ),
    (
        "en",
        "Sales for the quarter ended Sept. 30 rose 4% from a year earlier.",
        dt.date(2024, 10, 24),
        [("Sept. 30", 2024), ("a year earlier", 2023)],
    ),
    # a year the paragraph wrote stays the event told
    (
        "en",
        "The bank was fined in 2019. On March 3 it appealed. A year later it lost.",
        dt.date(2024, 8, 1),
        [("in 2019", 2019), ("March 3", 2024), ("A year later", 2020)],
    ),
    (
        "fr",
        "Le 3 mars, l'usine a ouvert. Un an plus tard, elle a fermé.",
        dt.date(2024, 8, 1),
        [("Le 3 mars", 2024), ("Un an plus tard", 2025)],
    ),
    # a new paragraph forgets the day
    (
        "en",
        "On March 3 the plant opened.\n\nA year later it closed.",
        dt.date(2024, 8, 1),
        [("March 3", 2024)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), SHIFTS_FROM_A_PLACED_DAY)
def test_a_narrative_shift_counts_from_a_day_the_publication_date_placed(
    lang, text, published, expected
):
    found = resolve_year(text, published=published, lang=lang)
    assert [(r.text, r.year) for r in found] == expected


RECORDS_WITHIN = [
    # after a time, an ordinal or a superlative, "in N years" is the stretch up to now
    ("Toys R Us filed for bankruptcy for the second time in six years.", []),
    (
        "Mortgage rates fell to their lowest level in three years on Thursday.",
        [("Thursday", 2025)],
    ),
    ("It was the carmaker's first annual loss in two decades.", []),
    ("The Bank of England cut rates for the fourth time in a year.", []),
    # a time ahead stays one
    ("The plant will open in two years.", [("in two years", 2027)]),
    ("In three years, the firm hopes to list its shares.", [("In three years", 2028)]),
]


@pytest.mark.parametrize(("text", "expected"), RECORDS_WITHIN)
def test_in_n_years_after_a_record_word_is_no_time_ahead(text, expected):
    found = resolve_year(text, published=dt.date(2025, 6, 5), lang="en")
    assert [(r.text, r.year) for r in found] == expected


FIGURES_A_YEAR_BACK = [
    # a year back that a figure of its sentence is compared with: the year before publication
    ("en", "Operating profit rose to $412 million from $380 million a year earlier.", 2024),
    ("en", "The median price climbed 4.1% from a year earlier to $402,300.", 2024),
    ("en", "Net debt was 2.1 times earnings, unchanged from the year before.", 2024),
    ("fr", "Le bénéfice a atteint 1,2 milliard d'euros, contre 980 millions un an plus tôt.", 2024),
]


@pytest.mark.parametrize(("lang", "text", "year"), FIGURES_A_YEAR_BACK)
def test_a_year_back_compared_with_a_figure_is_the_year_before(lang, text, year):
    found = resolve_year(text, published=dt.date(2025, 5, 8), lang=lang)
    assert [r.year for r in found] == [year]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a month the publication date placed is the event the shift counts from
        (
            "en",
            "She left the bank in March. A year earlier she had joined its board.",
            [("in March", 2025), ("A year earlier", 2024)],
        ),
        # with no figure and no event before it, a year back in a story is left out
        ("en", "She joined the bank as a trainee. A year earlier she had graduated.", []),
        ("fr", "Elle a quitté la banque. Un an plus tôt, elle avait rejoint son conseil.", []),
    ],
)
def test_a_year_back_in_a_story_needs_an_event_before_it(lang, text, expected):
    found = resolve_year(text, published=dt.date(2025, 5, 8), lang=lang)
    assert [(r.text, r.year) for r in found] == expected


PAST_CUED = [
    ("en", "Alphabet shares have gained 12% since November.", [("since November", 2024)]),
    ("en", "Shares have gained 3% since January.", [("since January", 2025)]),
    (
        "en",
        "Revenue for the quarter ended Dec. 28 rose 4% to $124.3 billion.",
        [("Dec. 28", 2024)],
    ),
    ("en", "for the fiscal year ended on Sept. 30", [("Sept. 30", 2024)]),
    ("en", "Sales for the quarter ending March 31 should rise.", [("March 31", 2025)]),
    ("fr", "le chiffre d'affaires de l'exercice clos le 31 mars", [("le 31 mars", 2024)]),
    ("fr", "Le titre a perdu 8 % depuis octobre.", [("depuis octobre", 2024)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PAST_CUED)
def test_a_past_cue_puts_a_month_or_day_before_the_publication_date(lang, text, expected):
    found = resolve_year(text, published=dt.date(2025, 2, 20), lang=lang)
    assert [(r.text, r.year) for r in found] == expected


def test_new_year_moves_yesterday_to_the_year_before():
    [found] = resolve_year("hier", published=dt.date(2025, 1, 1), lang="fr")
    assert (found.year, found.date) == (2024, dt.date(2024, 12, 31))


PRESENT_CASES = [
    ("fr", "Plus tôt ce mois-ci", "ce mois-ci", 2025, "month"),
    ("fr", "aujourd'hui", "aujourd'hui", 2025, "day"),
    ("en", "later this week", "later this week", 2025, "week"),
    ("en", "today", "today", 2025, "day"),
]


@pytest.mark.parametrize(
    ("lang", "text", "mention", "year", "unit"),
    PRESENT_CASES,
    ids=[t for _, t, *_ in PRESENT_CASES],
)
def test_present_only_when_asked(lang, text, mention, year, unit):
    assert resolve_year(text, published=PUBLISHED, lang=lang) == []
    [found] = resolve_year(text, published=PUBLISHED, lang=lang, present=True)
    assert (found.text, found.year, found.offset, found.unit) == (mention, year, 0, unit)


UNANCHORED = [
    ("fr", "l'année dernière", -1, "year"),
    ("fr", "hier", -1, "day"),
    ("fr", "le mois prochain", 1, "month"),
    ("fr", "en mars", 0, "year"),
    ("fr", "février dernier", -1, "year"),
    ("fr", "en mars prochain", 1, "year"),
    ("fr", "à Noël dernier", -1, "year"),
    ("fr", "Pâques prochain", 1, "year"),
    ("fr", "lundi dernier", -1, "week"),
    ("fr", "cet hiver", 0, "year"),
    ("fr", "la veille", -1, "day"),
    ("en", "next year", 1, "year"),
    ("en", "Q3", 0, "year"),
    ("en", "last March", -1, "year"),
    ("en", "next December", 1, "year"),
    ("en", "since last Easter", -1, "year"),
    ("en", "next Thanksgiving", 1, "year"),
    ("en", "Christmas", 0, "year"),
    ("en", "next friday", 1, "week"),
    ("en", "two weeks ago", -2, "week"),
]


@pytest.mark.parametrize(
    ("lang", "text", "offset", "unit"), UNANCHORED, ids=[t for _, t, _, _ in UNANCHORED]
)
def test_without_publication_date_relative_keeps_its_offset(lang, text, offset, unit):
    [found] = resolve_year(text, published=None, lang=lang)
    assert (found.year, found.offset, found.unit) == (None, offset, unit)


def test_without_publication_date_written_years_are_kept():
    found = resolve_year("en 2025 et l'an dernier", published=None, lang="fr")
    assert [(r.text, r.year, r.offset) for r in found] == [
        ("en 2025", 2025, None),
        ("l'an dernier", None, -1),
    ]


UNDATED_NARRATIVES = [
    # a day without a year takes the year the paragraph wrote before it
    (
        "fr",
        "Le 8 juillet 1998, un soigneur est arrêté. Son directeur sportif reconnut le 15 juillet "
        "les faits.",
        [("Le 8 juillet 1998", 1998), ("le 15 juillet", 1998)],
    ),
    (
        "en",
        "On 2 March 1999 the report was published. On 16 March the Commission resigned.",
        [("On 2 March 1999", 1999), ("On 16 March", 1999)],
    ),
    # across paragraphs too, but not before any year
    ("fr", "En 1998, X.\n\nLe 15 juillet, Y.", [("En 1998", 1998), ("Le 15 juillet", 1998)]),
    ("fr", "Le 15 juillet, Y. En 1998, X.", [("Le 15 juillet", None), ("En 1998", 1998)]),
    # a stay from one day to another is no noun's date
    (
        "fr",
        "En 1998, la commune rachète le champ de foire. La foire se tient du 3 au 5 août.",
        [("En 1998", 1998), ("du 3 au 5 août", 1998)],
    ),
    (
        "en",
        "In 1998, X. The uprising of 29 March is remembered.",
        [("In 1998", 1998), ("29 March", None)],
    ),
    # a noun's date may be an anniversary: "commémorent l'insurrection du 29 mars"
    (
        "fr",
        "En 1960, le pays devient indépendant ; on commémore l'insurrection du 29 mars.",
        [("En 1960", 1960), ("du 29 mars", None)],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    UNDATED_NARRATIVES,
    ids=[t[:40] for _, t, _ in UNDATED_NARRATIVES],
)
def test_without_publication_date_a_day_takes_the_year_told_before(lang, text, expected):
    found = resolve_year(text, published=None, lang=lang)
    assert [(r.text, r.year) for r in found] == expected


def test_with_a_publication_date_a_day_keeps_its_placement():
    # the publication date places it, as before (the years component moves it by tense)
    found = resolve_year("Le 8 juillet 1998, X. Le 15 juillet, Y.", published=PUBLISHED)
    assert [(r.text, r.year) for r in found] == [
        ("Le 8 juillet 1998", 1998),
        ("Le 15 juillet", PUBLISHED.year),
    ]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("0123456789 -/.,'’ enaiélmrsTQHFYdjuvx")) | st.characters(),
        max_size=80,
    ),
    published=st.none() | st.dates(),
    lang=st.sampled_from(["fr", "en"]),
)
def test_never_raises_and_offsets_hold(text, published, lang):
    for found in resolve_year(text, published=published, lang=lang):
        assert text[found.start : found.end] == found.text
        assert found.year is not None or found.offset is not None


PIECES = [
    "2025", "1999", "24", "3", "31", "-", "/", ".", ",", "'", "le", "en", "d'ici", "de", "au",
    "mars", "Mars", "février", "sept", "déc.", "lundi", "mer.", "dernier", "prochain",
    "l'année", "dernière", "l'exercice", "T3", "Q4", "H1", "premier", "trimestre", "semestre",
    "il y a", "dans", "deux", "ans", "mois", "semaines", "hier", "Noël", "les années",
    "March", "may", "last", "next", "year", "FY", "fiscal", "quarter", "ago", "ſemaine", "29",
    "la veille", "lendemain", "plus tard", "following", "later", "the day after", "tonight",
    "nineteen", "thousand", "oh", "and", "Easter", "BC", "av. J.-C.", "1er", "16e", "on the",
    "18th", "15h", "9pm", "today", "aujourd'hui", "hiver", "winter", "minutes", "fortnight",
    "20170302", "Sep", "\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(PIECES), max_size=12),
    published=st.none() | st.dates(),
    lang=st.sampled_from(["fr", "en"]),
)
def test_never_raises_on_date_words(words, published, lang):
    text = " ".join(words)
    for found in resolve_year(text, published=published, lang=lang, present=True):
        assert text[found.start : found.end] == found.text
        assert found.year is not None or found.offset is not None


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from([*PIECES, "4", "juillet", "1er", "4th", "July", "2024"]), max_size=10
    ),
    glue=st.sampled_from([" ", "", "-", ", "]),
    published=st.none() | st.dates(),
    lang=st.sampled_from(["fr", "en"]),
)
def test_rules_skipped_by_their_needs_find_nothing(words, glue, published, lang):
    # A window runs only the rules whose needs it holds; running every rule finds the same.
    text = glue.join(words)
    grammar = dates._grammar(lang)
    every = dataclasses.replace(grammar, rules=tuple((p, h, ()) for p, h, _ in grammar.rules))
    expected = resolve_year(text, published=published, lang=lang, present=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_grammar", lambda _: every)
        assert resolve_year(text, published=published, lang=lang, present=True) == expected


_LETTERS = [*"aAbBéÉiIsS'’ -.1", "ſ", "K", "İ", "ı", "ß", "ẞ"]


@settings(max_examples=300, deadline=None)
@given(
    phrases=st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=4), min_size=1, max_size=8),
    text=st.text(alphabet=_LETTERS, max_size=30),
)
def test_phrases_sharing_a_first_letter_match_as_a_plain_alternation(phrases, text):
    # The rules' speed rests on it: a branch a first letter finds what every phrase would.
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    plain = "|".join(_loose(p) for p in ordered)
    plain = f"(?i:{plain})" if plain else "(?!)"
    for template in ("{}", r"(?<!\w){}(?!\w)"):
        shared = re.finditer(template.format(_one_of(phrases)), text)
        assert [m.span() for m in shared] == [
            m.span() for m in re.finditer(template.format(plain), text)
        ]


# The peer suites: the multiset of years of each case, as `peers_as_gold.py` reads them.
PEER_FLOORS = {
    "recognizers-fr-datetime.jsonl": 0.95,
    "duckling-fr-time.jsonl": 0.92,
    "recognizers-en-datetime.jsonl": 0.92,
    "duckling-en-time.jsonl": 0.92,
}


@pytest.mark.shared
@pytest.mark.parametrize("suite", list(PEER_FLOORS))
def test_peer_suite_years(suite):
    tp = fp = fn = 0
    for line in shared_path("peers", suite).read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case.get("years_complete") is False:
            continue
        reference = case.get("reference_datetime")
        published = dt.date.fromisoformat(reference[:10]) if reference else None
        want = Counter(y for item in case["expected"] for y in item.get("years", []))
        found = resolve_year(case["input"], published=published, lang=case["lang"])
        got = Counter(r.year for r in found if r.year is not None)
        hits = sum((want & got).values())
        tp, fp, fn = tp + hits, fp + got.total() - hits, fn + want.total() - hits
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= PEER_FLOORS[suite]
