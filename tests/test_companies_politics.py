"""newsfacts_companies on French political and judicial news: bodies of the state, courts,
prosecutors, police offices, unions and councils as the national press names them (the
rules of the political probe round, see docs/companies.md). Sentences of our own; each case
lists the exact spans found, companies as "company", other organisations with their kind."""

import pytest

from .conftest import spans_in_reading_order as spans

CASES = [
    # a reading cut short inside the words a bracketed acronym spells is widened to them
    (
        "acronym-spells-past-et",
        "Les policiers de l'Office central de lutte contre le travail illégal (OCLTI) ont "
        "interpellé six personnes.",
        [("Office central de lutte contre le travail illégal", "other"), ("OCLTI", "other")],
    ),
    (
        "acronym-spells-past-a-lower-case-complement",
        "L'Office central pour la répression de la traite des êtres humains (OCRTEH) a "
        "démantelé un réseau à Lyon.",
        [
            ("Office central pour la répression de la traite des êtres humains", "other"),
            ("OCRTEH", "other"),
        ],
    ),
    # an acronym written as a word, with one capital, when the words before spell it all
    (
        "worded-acronym-spelled",
        "La Fédération nationale des chasseurs (Fnc) a contesté l'arrêté.",
        [("Fédération nationale des chasseurs", "association"), ("Fnc", "association")],
    ),
    (
        "worded-word-in-brackets-is-no-acronym",
        "La fédération du Parti socialiste (Paris) a voté contre le texte.",
        [("Parti socialiste", "party")],
    ),
    # the prosecution as a head noun: its bracketed acronym names it too
    (
        "national-prosecutor-and-acronym",
        "Le parquet national financier (PNF) a ouvert une enquête. Le PNF a requis deux ans.",
        [
            ("parquet national financier", "court"),
            ("PNF", "court"),
            ("PNF", "court"),
        ],
    ),
    # a commune's council: "Ville" capitalised, "de" and the seat
    (
        "city-council",
        "La Ville de Lyon a fait appel de la décision du tribunal administratif.",
        [("Ville de Lyon", "government")],
    ),
    # the subject of a copula or a passive is the place: no council
    (
        "city-council-described-as-a-place",
        "La Ville de Lyon est la troisième commune de France par sa population.",
        [],
    ),
    (
        "city-in-lower-case-is-the-town",
        "La ville de Lyon compte un demi-million d'habitants.",
        [],
    ),
    # a portfolio after a commissioner and "à": no body
    (
        "commissioner-portfolio",
        "La commissaire à la Concurrence, Teresa Ribera, a ouvert une enquête.",
        [],
    ),
    # a listed union and a listed firm after "de": the union's section names both
    (
        "union-section-at-a-firm",
        "La CFDT de Renault a signé l'accord salarial.",
        [("CFDT", "trade_union"), ("Renault", "company")],
    ),
    (
        "union-alone",
        "La CFDT a signé l'accord salarial avec le patronat.",
        [("CFDT", "trade_union")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_political_bodies(nlp_fr, text, expected):
    assert spans(nlp_fr, text) == expected
