"""Clubs, teams and competitions of French sports news (the fr-sport-1 probe round): sentences
of our own, with the organisation spans expected and their kinds."""

import pytest

from newsfacts.components import name_shapes as shapes
from newsfacts.components.companies import ORGANIZATIONS_KEY, SPANS_KEY


def organizations(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s._.organization["kind"]) for s in doc.spans[ORGANIZATIONS_KEY]]


SPORT_CASES = [
    # a word of clubs' names before the adjective of the club's town (DEMONYM_CLUB_WORDS)
    ("demonym-club", "Le Stade Lavallois a recruté un ailier.", [("Stade Lavallois", "club")]),
    (
        "demonym-club-in-a-match",
        "Le Stade Brestois a battu Angers 2-0 samedi.",
        [("Stade Brestois", "club"), ("Angers", "club")],
    ),
    ("a-ground-with-de", "Le concert aura lieu au Stade de France en juin.", []),
    ("a-ground-named", "Le Stade Vélodrome sonnait creux dimanche.", []),
    # a score told in words after a team's name (SCORE_WORDS)
    (
        "score-in-words-after-a-stock-name",
        "Les Jets ont disposé des Flames de Calgary 5 à 3 mardi.",
        [("Flames de Calgary", "other")],
    ),
    (
        "score-in-words-after-a-nickname-and-place",
        "Les Sénateurs ont battu le Lightning de Tampa Bay 3 à 1 samedi soir.",
        [("Sénateurs", "other"), ("Lightning de Tampa Bay", "other")],
    ),
    # a club's description before its name (CLUB_DESCRIPTION_NOUNS)
    (
        "club-description",
        "Il a signé chez le club turc de Galatasaray cet été.",
        [("Galatasaray", "other")],
    ),
    ("a-club-of-no-name", "Le club français de la presse sportive organise un débat.", []),
    # a team sport's name closing a club's name (CLUB_SPORT_WORDS)
    (
        "sport-word-clubs",
        "Le Brest Bretagne Handball a été accroché par Chambray Touraine Handball.",
        [("Brest Bretagne Handball", "club"), ("Chambray Touraine Handball", "club")],
    ),
    ("sport-word-in-a-firm", "Eagle Football Group a publié ses comptes.", []),
    (
        "sport-word-alone",
        "La Fédération française de Handball a sanctionné le club.",
        [("Fédération française de Handball", "association")],
    ),
    # a player's post makes a sentence of sport (TEAM_WORDS)
    (
        "a-goalkeeper-makes-sport",
        "Son gardien est courtisé par l'Eintracht Francfort.",
        [("Eintracht Francfort", "club")],
    ),
    # competitions named as a league (EVENT_NAMES)
    ("a-competition", "Lyon disputera la Ligue Europa la saison prochaine.", []),
    (
        "a-league-that-is-a-body",
        "La Ligue de football professionnel a sanctionné le club.",
        [("Ligue de football professionnel", "association")],
    ),
    # a sponsor-named team after a team's noun (SPONSOR_TEAM_HEADS), over the listed firm
    (
        "sponsor-team-over-a-listed-firm",
        "Le Britannique court pour l'équipe Ineos Grenadiers depuis 2020.",
        [("Ineos Grenadiers", "club")],
    ),
    (
        "sponsor-team-hyphenated",
        "Le sprinteur rejoint l'équipe Intermarché-Wanty la saison prochaine.",
        [("Intermarché-Wanty", "club")],
    ),
    ("one-word-is-no-sponsor-team", "Il a rejoint l'équipe Macron en 2017.", [("Macron", "other")]),
    # a club's acronym and its name stop before a person's name
    (
        "club-then-player",
        "L'attaquant du FC Nantes Matthis Abline a marqué.",
        [("FC Nantes", "club")],
    ),
    ("a-local-body-named", "La MJC Nomade propose des ateliers.", [("MJC Nomade", "association")]),
]


@pytest.mark.parametrize(
    "text, expected", [c[1:] for c in SPORT_CASES], ids=[c[0] for c in SPORT_CASES]
)
def test_sport_organizations(nlp_fr, text, expected):
    assert organizations(nlp_fr, text) == expected


def test_sponsor_team_is_no_company(nlp_fr):
    """The sponsor's name inside a team's is no company mention of its own."""
    doc = nlp_fr("Le Britannique court pour l'équipe Ineos Grenadiers depuis 2020.")
    assert [s.text for s in doc.spans[SPANS_KEY]] == []


@pytest.mark.parametrize(
    "text, first, expected",
    [
        ("Montréal l'a emporté 4 à 2.", "4", True),
        ("Ils ont de 3 à 5 ans.", "3", False),  # a range
        ("Un Boeing 737 à 180 places.", "737", False),  # no score has 737 points
    ],
)
def test_spelled_score(nlp_fr, text, first, expected):
    doc = nlp_fr.make_doc(text)
    i = next(t.i for t in doc if t.text == first)
    assert shapes.spelled_score(doc, i, ("à",), ("de",)) is expected
