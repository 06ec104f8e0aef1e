"""Publishing houses: listed publishers whose name is also a word or a family name are the
firm only in a publisher's context (a publishing verb, a bibliographic reference, a
company noun); "X éditions" and, in a reference, "Edition X" name a publisher."""

import pytest

from newsfacts.build import companies_from_doc


def publishers(nlp, text: str) -> list[tuple[str, str]]:
    """Each company mention's text and the company's canonical name."""
    doc = nlp(text)
    return [(m.text, c.name) for c in companies_from_doc(doc) for m in c.mentions]


FRENCH = [
    # Bibliographic references: the publisher's field, then a place, a date or a year.
    (
        "reference-place-year",
        "- Jean Lacouture, De Gaulle, Seuil, Paris, 1984.",
        [("Seuil", "Éditions du Seuil")],
    ),
    (
        "reference-year",
        "- Françoise Sagan, Bonjour tristesse, Julliard, 1954.",
        [("Julliard", "Julliard")],
    ),
    (
        "reference-family-name",
        "- Jean-Christian Petitfils, Louis XIV, Perrin, 1995.",
        [("Perrin", "Perrin")],
    ),
    (
        "reference-date-in-brackets",
        "- Philippe Claudel, Les Âmes grises, Stock (août 2003).",
        [("Stock", "Éditions Stock")],
    ),
    (
        "reference-common-word",
        "- Samuel Beckett, En attendant Godot, Minuit, 1952.",
        [("Minuit", "Éditions de Minuit")],
    ),
    (
        "reference-singular-edition",
        "- Maurice Thorez, Fils du peuple, Edition Sociales, Paris, 1949.",
        [("Edition Sociales", "Edition Sociales")],
    ),
    # A periodical sits in the same field: an unknown name stays unknown.
    (
        "reference-periodical",
        "- Pierre Durand, Le retour de l'inflation, Marianne, 5 janvier 2023.",
        [],
    ),
    # Publishing verbs and their prepositions.
    (
        "paru-chez",
        "Son premier roman, Bonjour tristesse, est paru chez Julliard en 1954.",
        [("Julliard", "Julliard")],
    ),
    ("publie-au", "Son livre a été publié au Seuil en 1998.", [("Seuil", "Éditions du Seuil")]),
    (
        "publie-chez-family-name",
        "L'ouvrage, publié chez Perrin, retrace la vie de Louis XIV.",
        [("Perrin", "Perrin")],
    ),
    (
        "reedite-chez-phrase",
        "Le roman a été réédité en poche chez J'ai lu.",
        [("J'ai lu", "J'ai lu")],
    ),
    ("subject-of-publier", "Fayard publie ses mémoires.", [("Fayard", "Fayard")]),
    # A publishing noun before the name, perhaps through "de".
    (
        "editions-du-lower-case",
        "Le livre est paru aux éditions du Seuil en 1975.",
        [("éditions du Seuil", "Éditions du Seuil")],
    ),
    (
        "maison-d-edition",
        "La maison d'édition Perrin fête ses 140 ans.",
        [("Perrin", "Perrin")],
    ),
    # A word that governs only firms.
    (
        "firm-governor",
        "Lagardère a annoncé le rachat de Perrin en 2005.",
        [("Lagardère", "Lagardère"), ("Perrin", "Perrin")],
    ),
    # Trade nouns: unaccented, after the name, and another trade's noun.
    (
        "editions-without-accent",
        "Son recueil a paru aux Editions de la Différence en 1990.",
        [("Editions de la Différence", "Editions de la Différence")],
    ),
    (
        "listed-alias-without-accent",
        "Son essai est sorti aux Editions Jacqueline Chambon en 2001.",
        [("Editions Jacqueline Chambon", "Éditions Jacqueline Chambon")],
    ),
    (
        "editions-after-name",
        "Ses carnets ont paru chez Nouveau Monde éditions en 2014.",
        [("Nouveau Monde éditions", "Nouveau Monde éditions")],
    ),
    ("editions-numbered", "Le club a organisé les éditions 1981 et 1991 du tournoi.", []),
    ("editions-after-determiner", "Plusieurs éditions ont suivi. Deux Éditions ont suivi.", []),
    (
        "other-trade",
        "Il a travaillé à la fromagerie Perrin pendant trente ans.",
        [("fromagerie Perrin", "fromagerie Perrin")],
    ),
    # The words and the people, without a publisher's context.
    ("seuil-word", "Le seuil de rentabilité a été atteint en 2005.", []),
    ("quoted-sentence", "Il a dit : « J'ai lu le rapport et je le trouve mauvais. »", []),
    (
        "family-name",
        "Le maire, Jean Perrin, a inauguré la salle. Perrin a rappelé son attachement au village.",
        [],
    ),
    ("adverb", "Autrement dit, la réforme est reportée.", []),
    ("points-heading", "Points de vue divergents sur la réforme des retraites.", []),
    ("rock-of-monaco", "Le Rocher de Monaco domine le port.", []),
    ("singular-edition-out-of-reference", "La nouvelle Édition Collector sortira en 2024.", []),
]

ENGLISH = [
    (
        "published-by",
        "The novel was published by Penguin in 1961.",
        [("Penguin", "Penguin Books")],
    ),
    (
        "reference-place-colon",
        "Eric Hobsbawm, The Age of Extremes, London: Penguin, 1995.",
        [("Penguin", "Penguin Books")],
    ),
    (
        "published-by-family-name",
        "Her memoir was published by Macmillan in 2010.",
        [("Macmillan", "Macmillan Publishers")],
    ),
    (
        "publishing-after-name",
        "Her second collection appeared in 2008 (Salt Publishing, Cambridge, UK).",
        [("Salt Publishing", "Salt Publishing")],
    ),
    ("publishing-heading", "Desktop Publishing changed the newspaper industry.", []),
    ("penguin-bird", "Penguin colonies are shrinking in Antarctica.", []),
    ("penguin-villain", "The Penguin escaped from Arkham Asylum.", []),
    ("macmillan-person", "Harold Macmillan became prime minister in 1957.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FRENCH], ids=[c[0] for c in FRENCH])
def test_french_publishers(nlp_fr, text, expected):
    assert publishers(nlp_fr, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in ENGLISH], ids=[c[0] for c in ENGLISH]
)
def test_english_publishers(nlp_en, text, expected):
    assert publishers(nlp_en, text) == expected


def test_publisher_offsets(nlp_fr):
    """The reference's publisher field gets its exact characters."""
    text = "- Jean Lacouture, De Gaulle, Seuil, Paris, 1984."
    doc = nlp_fr(text)
    (company,) = companies_from_doc(doc)
    (mention,) = company.mentions
    assert (mention.start, mention.end) == (29, 34)
    assert text[mention.start : mention.end] == "Seuil"
    assert company.wikipedia == "Éditions du Seuil"
