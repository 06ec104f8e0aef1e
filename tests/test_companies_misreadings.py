"""newsfacts_companies: capitalised words that are no organisation by the words around them
(components/misreadings.py) and the names of associations and clubs written without a head
noun (components/clubs.py). Sentences of our own, in the style of regional and national
news; each negative case is one the stock model reads as an organisation."""

import pytest
from spacy.tokens import Doc

from newsfacts import lang as language_data
from newsfacts.build import companies_from_doc, organizations_from_doc
from newsfacts.components.misreadings import Misreadings, person_initials


def names(nlp, text: str) -> list[tuple[str, str]]:
    """Every company and organisation the article names, with "company" or its kind."""
    doc = nlp(text)
    found = [(c.name, "company") for c in companies_from_doc(doc)]
    return found + [(o.name, o.kind) for o in organizations_from_doc(doc)]


def stock_orgs(nlp, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "ORG"]


MISREAD = [
    (
        "company-of-a-regiment-after-an-ordinal",
        "Les soldats de la 5e Compagnie ont refusé de sortir des tranchées.",
        "Compagnie",
        [],
    ),
    (
        "bureau-of-an-army-after-an-ordinal",
        "Le renseignement militaire (2e Bureau) surveillait les officiers suspects.",
        "Bureau",
        [],
    ),
    (
        "initials-of-a-person-named-beside-them",
        "Sur la liste figure NS, comme Nicolas Sarkozy.",
        "NS",
        [],
    ),
    (
        "plural-nouns-opening-a-quoted-sentence",
        "\"Pompiers et secouristes sont restés sur place jusqu'à l'aube.",
        "Pompiers",
        [],
    ),
    (
        "noun-opening-a-sentence-with-its-complement",
        "Membre de l'UDF puis de l'UMP, il est maire de Pau.",
        "Membre",
        [("UDF", "party"), ("UMP", "party")],
    ),
]


@pytest.mark.parametrize(
    ("text", "stock", "expected"),
    [case[1:] for case in MISREAD],
    ids=[case[0] for case in MISREAD],
)
def test_misread_names_are_no_organisation(nlp_fr, text, stock, expected):
    assert stock in stock_orgs(nlp_fr, text)  # the case tests the rule, not the stock model
    assert names(nlp_fr, text) == expected


KEPT = [
    (
        "a-firm-opening-a-sentence-as-the-bare-subject",
        "Volkswagen fait fonctionner une grande usine en Saxe.",
        [("Volkswagen", "company")],
    ),
    (
        "a-listed-firm-alone-is-the-firm",
        "Daher a livré deux avions à l'armée.",
        [("Daher", "company")],
    ),
    (
        "an-acronym-that-is-not-the-initials-of-the-person",
        "DSK, comme on surnommait Dominique Strauss-Kahn, a dirigé le FMI.",
        [("FMI", "international")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in KEPT], ids=[case[0] for case in KEPT]
)
def test_names_the_misreadings_keep(nlp_fr, text, expected):
    assert names(nlp_fr, text) == expected


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("Michel Roussin", "MR"),
        ("Dominique Strauss-Kahn", "DSK"),
        ("Valéry Giscard d'Estaing", "VGE"),
        ("Patrick Poivre d'Arvor", "PPDA"),
        ("John F. Kennedy", "JFK"),
    ],
)
def test_person_initials(name, acronym):
    assert acronym in person_initials(name)


def test_person_initials_are_not_any_acronym():
    assert "FMI" not in person_initials("Dominique Strauss-Kahn")


def parsed(nlp, words, pos, heads, deps) -> Doc:
    """A Doc with the tags and the tree a parser gives (no entity), to test one shape."""
    return Doc(nlp.vocab, words=words, pos=pos, heads=heads, deps=deps)


def test_a_listed_word_joined_to_a_first_name_is_part_of_that_name(nlp_fr):
    # "- Salim Daher (alias Casque Bleu)": a list line where the stock model finds no person.
    doc = parsed(
        nlp_fr,
        ["-", "Salim", "Daher"],
        ["PUNCT", "PROPN", "PROPN"],
        [1, 1, 1],
        ["punct", "ROOT", "flat:name"],
    )
    misreadings = Misreadings(language_data.data("fr"), language_data.module("fr", "dates").MONTHS)
    assert misreadings.in_longer_name(doc[2:3])
    # "le groupe Daher": a common noun before the name is no first name.
    doc = parsed(
        nlp_fr,
        ["le", "groupe", "Daher"],
        ["DET", "NOUN", "PROPN"],
        [1, 1, 1],
        ["det", "ROOT", "nmod"],
    )
    assert not misreadings.in_longer_name(doc[2:3])


DATED_MONTHS = [
    (
        "a-dated-list-line",
        "- Mars 2001 : le juge d'instruction convoque le président comme témoin.",
        [],
    ),
    (
        "a-day-before-a-capitalised-month",
        "La vente aux enchères aura lieu le 12 Mai à Drouot.",
        [],
    ),
    (
        "the-firm-with-no-date",
        "Mars a racheté Kellanova pour près de 36 milliards de dollars.",
        [("Kellanova", "company"), ("Mars", "company")],
    ),
    (
        "the-firm-beside-a-date",
        "En août 2024, Mars a racheté Kellanova.",
        [("Kellanova", "company"), ("Mars", "company")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [case[1:] for case in DATED_MONTHS],
    ids=[case[0] for case in DATED_MONTHS],
)
def test_a_month_before_a_year_or_after_a_day_is_a_date(nlp_fr, text, expected):
    assert sorted(names(nlp_fr, text)) == expected


def test_an_ordinal_makes_a_unit_only_of_a_units_noun(nlp_fr):
    misreadings = Misreadings(language_data.data("fr"), language_data.module("fr", "dates").MONTHS)
    doc = nlp_fr.make_doc("la 21e Compagnie et le 8e Chasseurs")
    assert misreadings.numbered_unit(doc[2:3])
    assert not misreadings.numbered_unit(doc[6:7])


CLUBS = [
    (
        "quoted-name-after-a-fishing-society",
        "Il préside depuis dix ans la société de pêche « La Truite vosgienne ».",
        [("La Truite vosgienne", "association")],
    ),
    (
        "quoted-name-after-association",
        "L'association « Vivre à Bar » organise une brocante dimanche.",
        [("Vivre à Bar", "association")],
    ),
    (
        "straight-quotes-after-club",
        'Le club "Les Amis du rail" expose ses maquettes à la salle des fêtes.',
        [("Les Amis du rail", "club")],
    ),
    (
        "name-after-the-acronym-of-a-kind-of-local-body",
        "Cette semaine, la MJC Nomade propose une exposition de photographies.",
        [("MJC Nomade", "association")],
    ),
    (
        "a-club-after-its-acronym-with-a-hyphenated-town",
        "Le FC Metz reçoit l'AS Nancy-Lorraine samedi soir au stade Saint-Symphorien.",
        [("FC Metz", "club"), ("AS Nancy-Lorraine", "club")],
    ),
    (
        "the-acronym-alone-is-the-listed-kind",
        "Cet après-midi, la MJC accueillera les enfants.",
        [("MJC", "association")],
    ),
    (
        "a-learned-society-is-no-firm",
        "La société Vosgienne de mycologie organise une sortie aux champignons dimanche.",
        [("société Vosgienne de mycologie", "association")],
    ),
    (
        "a-learned-society-read-by-the-stock-model-without-its-noun",
        "La conférence est donnée par la société Champenoise d'astronomie.",
        [("société Champenoise d'astronomie", "association")],
    ),
    (
        "a-team-whose-place-the-stock-model-reads-with-its-article",
        "Mme Martin, déléguée syndicale CGT des Rapides de la Meuse, a été reçue hier.",
        [("CGT", "trade_union"), ("Rapides de la Meuse", "other")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in CLUBS], ids=[case[0] for case in CLUBS]
)
def test_association_and_club_names(nlp_fr, text, expected):
    assert names(nlp_fr, text) == expected


def test_an_adjective_is_no_noun_of_association(nlp_fr):
    # "chorale" is the comedy's adjective here, not a choir.
    found = names(nlp_fr, "Il a joué dans la comédie chorale « Les Choristes » en 2004.")
    assert all(kind != "association" for _, kind in found)


def test_a_quoted_name_after_a_firms_noun_stays_a_firm(nlp_fr):
    assert names(nlp_fr, "La société « Lactalis » a racheté la laiterie.") == [
        ("Lactalis", "company")
    ]


def test_english_initials_beside_the_person(nlp_en):
    text = "JFK, as John F. Kennedy was known, met the CIA director."
    assert names(nlp_en, text) == [("CIA", "agency")]


TITLES = [
    ("a-team-at-a-sentence-start", "L'équipe de Lens s'est imposée dimanche.", []),
    ("a-phrase-at-a-sentence-start", "Le point fort du projet reste son coût.", []),
    ("the-world-at-a-sentence-start", "Le monde entier regarde vers Kiev.", []),
    (
        "the-newspaper-written-as-a-title",
        "L'Équipe a révélé l'affaire en 2006.",
        [("L'Équipe", "publication")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in TITLES], ids=[case[0] for case in TITLES]
)
def test_a_listed_title_in_lower_case_at_a_sentence_start_is_the_phrase(nlp_fr, text, expected):
    assert names(nlp_fr, text) == expected


@pytest.mark.parametrize("text", ["² - ³", "24-31", "¹⁹ – ²⁰"])
def test_a_score_reads_decimal_digits_only(nlp_fr, text):
    # Superscript digits pass str.isdigit but not int(): they are no points, and no error.
    from newsfacts.components.name_shapes import score

    doc = nlp_fr.make_doc(text)
    assert score(doc[0:3]) == text.isascii()


def test_a_year_in_superscript_is_no_publication_year(nlp_fr):
    from newsfacts.components.publishers import _year

    assert not _year(nlp_fr.make_doc("²⁰²⁴")[0])
    assert _year(nlp_fr.make_doc("2024")[0])
