"""The newsfacts_years component and the YearMention records built from its spans."""

import datetime as dt

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsfacts import extract
from newsfacts.build import years_from_doc

SEED_YEARS = [
    ("en 2025", 101, 2025, "calendar"),
    ("d'ici 2025", 648, 2025, "calendar"),
    ("en 2025", 885, 2025, "calendar"),
    ("2025", 982, 2025, "calendar"),
    ("l'exercice 2025", 1921, 2025, "fiscal"),
    ("en 2025", 2021, 2025, "calendar"),
    ("en 2024", 2074, 2024, "calendar"),
    ("en 2025", 2718, 2025, "calendar"),
    ("l'année dernière", 2844, 2024, "relative"),
    ("en 2025", 2944, 2025, "calendar"),
]


def test_seed_years(seed_text):
    article = extract(seed_text, lang="fr", published="2025-01-25")
    found = [(y.text, y.start, y.year, y.kind) for y in article.years]
    assert found == SEED_YEARS
    assert all(seed_text[y.start : y.end] == y.text for y in article.years)
    last_year = article.years[8]
    assert (last_year.offset, last_year.unit) == (-1, "year")


def test_seed_without_publication_date_keeps_the_relation(seed_text):
    article = extract(seed_text, lang="fr")
    last_year = article.years[8]
    assert (last_year.text, last_year.year, last_year.offset) == ("l'année dernière", None, -1)


SENTENCES = [
    (
        "fr",
        "Le groupe, qui emploie 2 000 personnes, vise 5 % de croissance sur l'exercice "
        "2024-2025 après un repli au troisième trimestre.",
        [
            ("l'exercice 2024-2025", 2024, "fiscal"),
            ("l'exercice 2024-2025", 2025, "fiscal"),
            ("troisième trimestre", 2025, "quarter"),
        ],
    ),
    (
        "fr",
        "Le CAC 40 a reculé hier ; Airbus livrera 75 A320 d'ici à 2030, contre 500 l'an dernier.",
        [
            ("hier", 2025, "relative"),
            ("d'ici à 2030", 2030, "calendar"),
            ("l'an dernier", 2024, "relative"),
        ],
    ),
    (
        "fr",
        "Le sommet s'est tenu du 10 juin au 1er juillet 2024 ; le prochain aura lieu en mars.",
        [("du 10 juin au 1er juillet 2024", 2024, "date"), ("en mars", 2025, "date")],
    ),
    (
        "en",
        "Apple said on Monday that FY2025 revenue rose, after a weak Q3 last year; the iPhone 15 "
        "sold 2,000 units.",
        [
            ("Monday", 2025, "date"),
            ("FY2025", 2025, "fiscal"),
            ("Q3 last year", 2024, "relative"),
        ],
    ),
    (
        "en",
        "Shares are up 12% year to date and 4Q18 margins held; the site, built in 52 BC, "
        "drew more visitors between Jan 2019 and now than in the whole 20th century.",
        [
            ("year to date", 2025, "relative"),
            ("4Q18", 2018, "quarter"),
            ("in 52 BC", -52, "calendar"),
            ("Jan 2019 and now", 2019, "range"),
            ("Jan 2019 and now", 2025, "range"),
            ("20th century", 1900, "range"),
            ("20th century", 1999, "range"),
        ],
    ),
    (
        "fr",
        "La semaine 12, les ventes ont chuté ; la saison va de novembre à février 2026 et "
        "l'usine rouvrira trois mois après Pâques.",
        [
            ("semaine 12", 2025, "date"),
            ("novembre à février 2026", 2025, "range"),
            ("novembre à février 2026", 2026, "range"),
            ("trois mois après Pâques", 2025, "relative"),
        ],
    ),
    (
        "fr",
        "La salle, qui date de 1936, offre quelques 2000 sièges, pleins lors des élections 2024.",
        [("date de 1936", 1936, "calendar"), ("2024", 2024, "calendar")],
    ),
    (
        "en",
        "The hall dates back to 1936; the 2024 elections filled it.",
        [("dates back to 1936", 1936, "calendar"), ("2024", 2024, "calendar")],
    ),
    (
        "en",
        "The brewer, which traces its roots to 1777, cut its staff back to 1500 people.",
        [("roots to 1777", 1777, "calendar")],
    ),
    (
        "en",
        "In the year-ago period, Unilever booked a $1.2bn charge; prior-year sales were flat "
        "and margins beat the year-earlier level and the prior year.",
        [
            ("year-ago", 2024, "relative"),
            ("prior-year", 2024, "relative"),
            ("year-earlier", 2024, "relative"),
            ("prior year", 2024, "relative"),
        ],
    ),
    (
        "en",
        "The deal is expected to close in the fourth quarter of calendar 2025, after a loss in "
        "fiscal 2024.",
        [
            ("fourth quarter of calendar 2025", 2025, "calendar"),
            ("in fiscal 2024", 2024, "fiscal"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), SENTENCES, ids=[text[:40] for _, text, _ in SENTENCES]
)
def test_years_in_sentences(lang, text, expected):
    article = extract(text, lang=lang, published="2025-01-25")
    assert [(y.text, y.year, y.kind) for y in article.years] == expected
    assert all(text[y.start : y.end] == y.text for y in article.years)


def test_span_values_are_plain_data(nlp_fr):
    doc = nlp_fr.make_doc("sur l'exercice 2024-2025")
    doc._.published = "2025-01-25"
    doc = nlp_fr.get_pipe("newsfacts_years")(doc)
    [span] = doc.spans["newsfacts_years"]
    assert span.text == "l'exercice 2024-2025"
    assert span._.year == {
        "years": [
            {"year": 2024, "kind": "fiscal", "date": None, "offset": None, "unit": None},
            {"year": 2025, "kind": "fiscal", "date": None, "offset": None, "unit": None},
        ]
    }


@Language.component("test_fake_amounts")
def _fake_amounts(doc: Doc) -> Doc:
    """Stands for the amounts component: marks "$2025" as a monetary amount."""
    start = doc.text.find("$2025")
    doc.spans["newsfacts_amounts"] = [doc.char_span(start, start + 5, alignment_mode="expand")]
    return doc


def test_numbers_inside_amounts_are_not_years():
    text = "It paid $2025 in 2024."
    plain = spacy.blank("en")
    plain.add_pipe("newsfacts_years")
    doc = plain(text)
    assert [s.text for s in doc.spans["newsfacts_years"]] == ["2025", "in 2024"]
    with_amounts = spacy.blank("en")
    with_amounts.add_pipe("test_fake_amounts")
    with_amounts.add_pipe("newsfacts_years")
    doc = with_amounts(text)
    assert [s.text for s in doc.spans["newsfacts_years"]] == ["in 2024"]
    assert [(y.text, y.year) for y in years_from_doc(doc)] == [("in 2024", 2024)]


def test_published_as_date_or_absent(nlp_en):
    doc = nlp_en.make_doc("Sales fell last year.")
    doc._.published = dt.date(2020, 6, 1)
    years = years_from_doc(nlp_en.get_pipe("newsfacts_years")(doc))
    assert [(y.text, y.year) for y in years] == [("last year", 2019)]


def test_present_setting():
    nlp = spacy.blank("fr")
    nlp.add_pipe("newsfacts_years", config={"present": True})
    doc = nlp.make_doc("Plus tôt ce mois-ci, en 2024.")
    doc._.published = "2025-01-25"
    doc = nlp(doc)
    assert [(y.text, y.year) for y in years_from_doc(doc)] == [
        ("ce mois-ci", 2025),
        ("en 2024", 2024),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told in the past, later in the year than the publication (20 February): last year's
        ("Au quatrième trimestre, le chiffre d'affaires a reculé de 3 %.", [2024]),
        ("Le directeur financier avait alerté en octobre sur les marges.", [2024]),
        ("Le carnet de commandes atteignait à fin novembre un niveau record.", [2024]),
        # told in the future, over before the publication month: next year's
        ("L'usine sera inaugurée en janvier.", [2026]),
        # the present, a noun's date, a future still to come, a word that places it: as is
        ("Le scrutin du 5 novembre revêt une importance cruciale.", [2025]),
        ("Le groupe publiera ses comptes en mars.", [2025]),
        ("Le groupe a été racheté en novembre dernier.", [2024]),
        ("Le conseil doit se réunir en octobre.", [2025]),
    ],
)
def test_a_month_without_its_year_moves_with_the_tense(text, expected):
    article = extract(text, lang="fr", published="2025-02-20")
    assert [y.year for y in article.years] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a verb or adjective that looks ahead keeps the month ahead (published 10 June)
        ("en", "Economists at Barclays said they expected a second cut in November.", [2025]),
        ("en", "The vote, which had been due on 14 October, was postponed.", [2025]),
        ("en", "Management had forecast a recovery in the fourth quarter.", [2025]),
        ("fr", "Les économistes tablaient sur une nouvelle baisse en décembre.", [2025]),
        ("fr", "La direction prévoyait une reprise au quatrième trimestre.", [2025]),
        # an event told in the past is still last year's
        ("en", "Revenue fell sharply in November, the company said.", [2024]),
        ("fr", "Les ventes ont reculé en novembre.", [2024]),
    ],
)
def test_a_month_a_past_verb_looks_ahead_to_stays(lang, text, expected):
    article = extract(text, lang=lang, published="2025-06-10")
    assert [y.year for y in article.years] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English quarters hang on their preposition; "a year earlier" follows its period
        (
            "In the fourth quarter, revenue rose 6% to $8.1 billion from a year earlier.",
            [("fourth quarter", 2024), ("a year earlier", 2023)],
        ),
        # "last year" names its own year
        (
            "In the fourth quarter, revenue rose 6% from last year.",
            [("fourth quarter", 2024), ("last year", 2024)],
        ),
        # a quarter that qualifies the subject takes the tense of its noun's verb
        (
            "Fourth-quarter bookings climbed 11% from a year earlier, and the fourth-quarter "
            "margin will narrow.",
            [("Fourth-quarter", 2024), ("a year earlier", 2023), ("fourth-quarter", 2025)],
        ),
        # a modal is no past tense: "would" looks ahead
        (
            "The chief executive said the airline would add routes in the fourth quarter.",
            [("fourth quarter", 2025)],
        ),
    ],
)
def test_a_period_told_in_the_past_carries_its_year_back(text, expected):
    article = extract(text, lang="en", published="2025-02-12")
    assert [(y.text, y.year) for y in article.years] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a month or quarter the publication date placed is the event a later shift counts from
        (
            "Les ménages ont emprunté 11 milliards d'euros en mai, contre 9 milliards un an "
            "plus tôt.",
            "2025-07-02",
            [("en mai", 2025), ("un an plus tôt", 2024)],
        ),
        # and when the tense moves it to last year, the shift moves with it
        (
            "Au quatrième trimestre, la marge a atteint 12 %, contre 10 % un an plus tôt.",
            "2025-02-20",
            [("quatrième trimestre", 2024), ("un an plus tôt", 2023)],
        ),
        # a year written before it in the paragraph stays the event
        (
            "Les ventes de 2023 ont progressé. Au quatrième trimestre, la marge a atteint 12 %, "
            "contre 10 % un an plus tôt.",
            "2025-02-20",
            [("2023", 2023), ("quatrième trimestre", 2024), ("un an plus tôt", 2022)],
        ),
    ],
)
def test_a_shift_counts_from_a_placed_month(text, published, expected):
    article = extract(text, lang="fr", published=published)
    assert [(y.text, y.year) for y in article.years] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a month the parser hangs on a quantity or an object noun still takes the tense of
        # the verb of that noun (published 14 April): "fin décembre" told in the imperfect
        (
            "fr",
            "Le taux d'occupation des usines atteignait 83 % fin décembre, selon la Banque de "
            "France.",
            [("fin décembre", 2025, 48)],
        ),
        (
            "fr",
            "L'endettement du groupe, qui s'élevait à 4,3 milliards d'euros fin novembre, a "
            "été ramené sous les 4 milliards.",
            [("fin novembre", 2025, 63)],
        ),
        (
            "fr",
            "Le constructeur a livré 12 000 camions en octobre, un record.",
            [("en octobre", 2025, 39)],
        ),
        ("en", "Capacity utilisation was 83% in late December.", [("in late December", 2025, 29)]),
        # a future or a present with "prochain" stays this year or goes ahead
        (
            "fr",
            "Le taux d'occupation atteindra 90 % fin décembre.",
            [("fin décembre", 2026, 36)],
        ),
        (
            "fr",
            "Le groupe livre ses premiers camions en octobre prochain.",
            [("en octobre prochain", 2026, 37)],
        ),
        # a noun's own date is as it is, whatever the tense of the verb
        (
            "fr",
            "Le syndicat a déposé un préavis pour la grève du 5 décembre.",
            [("du 5 décembre", 2026, 46)],
        ),
    ],
)
def test_a_month_on_a_noun_takes_the_tense_of_its_verb(lang, text, expected):
    article = extract(text, lang=lang, published="2026-04-14")
    assert [(y.text, y.year, y.start) for y in article.years] == expected
    assert all(text[y.start : y.end] == y.text for y in article.years)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a deadline moved to a year: "à 2031" after the deadline or the verb that moves it
        (
            "fr",
            "Le groupe a renégocié sa dette, repoussant ses premières échéances à 2031.",
            [("échéances à 2031", 2031)],
        ),
        ("fr", "La mise en service a été reportée à 2029.", [("reportée à 2029", 2029)]),
        ("en", "The launch was postponed to 2029.", [("postponed to 2029", 2029)]),
        # a count after "à" is still no year
        ("fr", "Le nombre de salariés est passé à 2000.", []),
        ("fr", "Les effectifs ont été portés à 1500 personnes.", []),
    ],
)
def test_a_deadline_moved_to_a_year(lang, text, expected):
    article = extract(text, lang=lang, published="2026-04-14")
    assert [(y.text, y.year) for y in article.years] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday's name that is a surname or a first name in a person's name is no date
        ("Le maire sortant, Bernard Toussaint, conduit la liste « Valmont pour tous ».", []),
        ("L'ancien député Noël Mamère a été reçu en mars.", [("en mars", 2025)]),
        # the holiday itself still is one
        ("Les écoles ferment pendant les vacances de la Toussaint.", [("la Toussaint", 2025)]),
    ],
)
def test_a_holiday_inside_a_persons_name_is_no_date(text, expected):
    article = extract(text, lang="fr", published="2025-10-06")
    assert [(y.text, y.year) for y in article.years] == expected


def test_a_numbered_name_is_no_persons_name():
    # the stock model reads the dated holiday as a person; a person's name holds no number
    article = extract("Rabindra Jayanti 2018", lang="en", published="2018-02-12")
    assert [(y.text, y.year) for y in article.years] == [("2018", 2018)]
