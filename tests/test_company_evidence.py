"""A stock ORG is a company only with evidence; without it, an organisation of kind `other`."""

import pytest

from newsfacts.build import companies_from_doc, organizations_from_doc
from newsfacts.components.companies import CompanyFinder


def readings(nlp, text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    doc = nlp(text)
    companies = [(c.name, c.source) for c in companies_from_doc(doc)]
    return companies, [(o.name, o.kind) for o in organizations_from_doc(doc)]


# (id, text, companies with their source, organisations with their kind)
FRENCH = [
    (
        "party-subject",
        "Le Jobbik a exclu Gábor Vona du parti.",
        [],
        [("Jobbik", "other")],
    ),
    ("assembly-subject", "La Knesset a voté la loi dans la nuit.", [], [("Knesset", "parliament")]),
    (
        "shareholders-of",
        "Les actionnaires de Cofigeo ont rejeté le plan.",
        [("Cofigeo", "context")],
        [],
    ),
    (
        "buyer-subject-then-everywhere",
        "Cofigeo a racheté une conserverie. Plus tard, Cofigeo a fermé deux sites.",
        [("Cofigeo", "context")],
        [],
    ),
    (
        "boss-of-misread-person",
        "Le PDG de Binter, Rafael Mateo, a présenté les résultats.",
        [("Binter", "context")],
        [],
    ),
    (
        "boss-named-after-title",
        "Son PDG, Arthur Mensch, a déclaré que l'entreprise voulait rivaliser avec OpenAI.",
        [("OpenAI", "gazetteer")],
        [],
    ),
    (
        "owner-noun-over-place-reading",
        "Les actionnaires de Fives ont rejeté le plan ; l'usine de Lyon ferme.",
        [("Fives", "context")],
        [],
    ),
    (
        "name-word",
        "Les appareils seront livrés à Mesa Airlines et à Silver Airways.",
        [("Mesa Airlines", "context"), ("Silver Airways", "context")],
        [],
    ),
]

ENGLISH = [
    ("party-subject", "The FPÖ expelled its founder.", [], [("FPÖ", "other")]),
    ("assembly-subject", "The Knesset passed the law.", [], [("Knesset", "other")]),
    (
        "ceo-of",
        "The CEO of Byton said deliveries would rise.",
        [("Byton", "context")],
        [],
    ),
    ("possessive", "Binter's shareholders approved the plan.", [("Binter", "context")], []),
    (
        "body-head-beats-name-word",
        "The Department of Energy published a report.",
        [],
        [("Department of Energy", "government")],
    ),
]


@pytest.mark.parametrize(
    ("text", "companies", "organizations"), [c[1:] for c in FRENCH], ids=[c[0] for c in FRENCH]
)
def test_french_stock_orgs(nlp_fr, text, companies, organizations):
    assert readings(nlp_fr, text) == (companies, organizations)


@pytest.mark.parametrize(
    ("text", "companies", "organizations"), [c[1:] for c in ENGLISH], ids=[c[0] for c in ENGLISH]
)
def test_english_stock_orgs(nlp_en, text, companies, organizations):
    assert readings(nlp_en, text) == (companies, organizations)


def test_setting_reads_unexplained_orgs_as_companies(nlp_fr):
    finder = CompanyFinder(nlp_fr, stock_orgs_are_companies=True)
    doc = finder(nlp_fr("Le Jobbik a exclu Gábor Vona du parti."))
    assert [(c.name, c.source) for c in companies_from_doc(doc)] == [("Jobbik", "ner")]
    assert organizations_from_doc(doc) == []


def test_factory_exposes_the_setting(nlp_fr):
    assert nlp_fr.get_pipe_config("newsfacts_companies")["stock_orgs_are_companies"] is False


# A listed name that is a word of a longer person's name is the person's.
PERSON_NAMES = [
    ("fr", "Le tableau de Jérôme Bosch est exposé au Prado.", []),
    ("fr", "Le patron de Lagardère, Arnaud Lagardère, a démissionné.", [("Lagardère", 1)]),
    ("fr", "Les salariés de Bosch sont en grève.", [("Bosch", 1)]),
    ("fr", "Louis Vuitton a ouvert une boutique.", [("Louis Vuitton", 1)]),
    ("en", "Michael Dell founded Dell in 1984.", [("Dell", 1)]),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), PERSON_NAMES, ids=[text[:30] for _, text, _ in PERSON_NAMES]
)
def test_listed_name_inside_a_person_name(nlp_fr, nlp_en, lang, text, expected):
    doc = (nlp_fr if lang == "fr" else nlp_en)(text)
    assert [(c.name, len(c.mentions)) for c in companies_from_doc(doc)] == expected


# A plural company or body noun counts the names after it; "et un quatrième club" closes a list.
ENUMERATIONS = [
    (
        "fr",
        "Les sociétés Cofigeo, Loganair et Fives ont signé l'accord.",
        ["Cofigeo", "Loganair", "Fives"],
        [],
    ),
    (
        "fr",
        "Les responsables des clubs présents, Champenoux, Dieulouard et 3 Vallées, ont voté.",
        [],
        [("Champenoux", "club"), ("Dieulouard", "club"), ("3 Vallées", "club")],
    ),
    (
        "fr",
        "Il examina d'autres pistes : Le Mans, Valence, Sedan et un quatrième club.",
        [],
        [("Le Mans", "club"), ("Valence", "club"), ("Sedan", "club")],
    ),
    ("fr", "Les clubs de la région ont signé l'accord.", [], []),
    (
        "en",
        "Loganair, Cofigeo and other airlines cut their prices.",
        ["Loganair", "Cofigeo"],
        [],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "companies", "organizations"),
    ENUMERATIONS,
    ids=[text[:30] for _, text, _, _ in ENUMERATIONS],
)
def test_enumerations(nlp_fr, nlp_en, lang, text, companies, organizations):
    doc = (nlp_fr if lang == "fr" else nlp_en)(text)
    assert [c.name for c in companies_from_doc(doc)] == companies
    assert [(o.name, o.kind) for o in organizations_from_doc(doc)] == organizations
