"""newsfacts_companies: the stock entities that are medicines and other non-bodies (addresses,
titles, headings, abbreviations in a list), read from the words around them."""

import pytest

from newsfacts.build import companies_from_doc, organizations_from_doc
from newsfacts.components.companies import ORGANIZATIONS_KEY


def names(nlp, text: str) -> list[tuple[str, str]]:
    """Every company and organisation the article names, with "company" or its kind."""
    doc = nlp(text)
    found = [(c.name, "company") for c in companies_from_doc(doc)]
    return found + [(o.name, o.kind) for o in organizations_from_doc(doc)]


FRENCH = [
    (
        "treated-by-after-patients",
        "Des milliers de patients traités par Lévothyrox se sont plaints de vertiges après "
        "le changement de formule.",
        [("Lévothyrox", "product")],
    ),
    (
        "contains-a-partitive-mass-noun",
        "Le Mediator contient du benfluorex, une substance proche des amphétamines.",
        [("Mediator", "product")],
    ),
    (
        "prescribed",
        "Les médecins ont continué à prescrire Mediator jusqu'en 2009.",
        [("Mediator", "product")],
    ),
    (
        "marketed-by-a-firm",
        "Le laboratoire Servier commercialisait le Mediator depuis 1976.",
        # the stock model reads "laboratoire Servier" as a person: a common noun says not
        [("Servier", "company"), ("Mediator", "product")],
    ),
    (
        "dose-after-the-name",
        "Zometa 4 mg est utilisé chez les patients atteints de cancer.",
        [("Zometa", "product")],
    ),
    (
        "dose-noun",
        "La posologie du Mediator a été réduite en 2005.",
        [("Mediator", "product")],
    ),
    (
        "tablets-of",
        "Les patients ont reçu des comprimés de Lévothyrox pendant six mois.",
        [("Lévothyrox", "product")],
    ),
    (
        "medicine-noun-in-apposition",
        "Un médicament contre le diabète, Mediator, a été retiré du marché en 2009.",
        [("Mediator", "product")],
    ),
    (
        "trial-arm",
        "Les fractures ont été moins nombreuses dans le groupe Prolia que dans le groupe placebo.",
        [("Prolia", "product")],
    ),
    (
        "relative-clause-of-composition",
        "Certains patients traités par Zometa, qui contient la même substance active, ont eu "
        "des douleurs.",
        [("Zometa", "product")],
    ),
    (
        "product-once-product-in-the-article",
        "Le Mediator a été retiré du marché en 2009. Le Mediator contient du benfluorex.",
        [("Mediator", "product")],
    ),
    (
        "work-after-its-noun",
        'Il a joué dans le film " Armée des ombres " de Jean-Pierre Melville.',
        [("Armée des ombres", "product")],
    ),
    (
        "work-said-of-the-name",
        '" Air Force One " est un film américain réalisé par Wolfgang Petersen.',
        [("Air Force One", "product")],
    ),
    (
        "a-file-treated-by-a-body-is-no-treatment",
        "La plainte a été traitée par Tracfin en quelques jours.",
        [("Tracfin", "other")],
    ),
    (
        "committee-spelled-out-before-its-acronym",
        "Le comité des médicaments à usage humain (CHMP) a rendu un avis favorable.",
        [("comité des médicaments à usage humain", "association")],
    ),
    (
        "address-with-a-street-word-and-a-number",
        "Titulaire : Hälsa Pharma GmbH, Immermannstraße 9, 33619 Bielefeld, Allemagne",
        [("Hälsa Pharma", "company")],
    ),
    (
        "role-of-two-words",
        "Le Haut Représentant a présenté son rapport aux ministres.",
        [],
    ),
    (
        "english-title-kept-in-french",
        "L'Attorney General Alberto Gonzales a défendu le programme d'écoutes.",
        [],
    ),
    ("heading-clause-in-capitals", "COMMENT XARELTO EST UTILISE", []),
    (
        "acronyms-listed-with-a-common-one",
        "Le produit augmente l'allongement du TCA, de l'INR et du TT.",
        [],
    ),
    ("code-run-into-a-complement", "L'enzyme coupe la liaison Lys8-Gly9 de la protéine.", []),
    (
        "text-not-body",
        "La Charte européenne des droits fondamentaux a été proclamée à Nice.",
        [],
    ),
    (
        "constitution-not-body",
        "Les électeurs français ont rejeté la Constitution européenne en mai 2005.",
        [],
    ),
    (
        "convention-not-body",
        "La France a été condamnée pour violation de la Convention européenne des droits "
        "de l'homme.",
        [],
    ),
    (
        "agreement-not-body",
        "L'Accord sur les textiles et les vêtements a pris fin le 1er janvier.",
        [],
    ),
    (
        "the-event-a-periodical-is-named-after",
        "Le général de Gaulle rentre en France lors de la Libération, en août 1944.",
        [],
    ),
    (
        "the-periodical-without-an-article",
        "Il a lu Libération ce matin avant de partir.",
        [("Libération", "publication")],
    ),
    (
        "periodical-before-its-issue-number",
        "La Revue Française de Science Politique, n° 4, publie une enquête sur les partis.",
        [("Revue Française de Science Politique", "publication")],
    ),
    (
        "prize-not-body",
        "La chanteuse a été nommée trois fois aux Grammy Awards.",
        [],
    ),
    (
        "family-name",
        "La famille Mulliez contrôle toujours le groupe Auchan.",
        [("Auchan", "company")],
    ),
    (
        "shopping-centre-past-an-article",
        "La MJC propose une exposition au centre commercial des Nations jusqu'à samedi.",
        [("MJC", "association")],
    ),
    (
        "portfolio-past-an-adjective",
        "Laurent Fabius et Francis Mer, ministres successifs de l'Économie, s'y sont opposés.",
        [],
    ),
    (
        "portfolio-past-a-party",
        "L'ancien ministre RPR de la Coopération a été entendu par les juges.",
        [("RPR", "party")],
    ),
    (
        "secretary-general-of-a-body",
        "Il est élu secrétaire général de la Société des Nations en 1919.",
        [("Société des Nations", "other")],
    ),
]

ENGLISH = [
    (
        "agreement-not-body",
        "The Agreement on Trade-Related Aspects of Intellectual Property Rights binds every "
        "member.",
        [],
    ),
    (
        "treated-with-patients",
        "Patients treated with Aclasta had fewer fractures than patients given placebo.",
        [("Aclasta", "product")],
    ),
    (
        "marketing-authorisation-for",
        "The agency granted a marketing authorisation for Aclasta to Novartis Europharm Limited.",
        [("Novartis", "company"), ("Aclasta", "product")],
    ),
    (
        "same-active-substance-as",
        "Zometa contains the same active substance as Aclasta.",
        [("Aclasta", "product")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FRENCH], ids=[c[0] for c in FRENCH])
def test_french(nlp_fr, text, expected):
    assert names(nlp_fr, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in ENGLISH], ids=[c[0] for c in ENGLISH]
)
def test_english(nlp_en, text, expected):
    assert names(nlp_en, text) == expected


def test_product_offsets(nlp_fr):
    """Both mentions of the medicine are product spans, at their offsets."""
    text = "Un patient traité par Zometa ne doit pas être traité par Zometa 5 mg."
    doc = nlp_fr(text)
    spans = [
        (s.start_char, s.end_char, s._.organization["kind"]) for s in doc.spans[ORGANIZATIONS_KEY]
    ]
    assert spans == [(22, 28, "product"), (57, 63, "product")]
