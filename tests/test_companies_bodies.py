"""newsfacts_companies: public bodies whose head noun French writes in lower case ("la cour
de Cassation", "le ministère du Budget", "la commission du contrôle budgétaire")."""

import pytest

from newsfacts.components.companies import ORGANIZATIONS_KEY, SPANS_KEY


def spans(nlp, text: str) -> list[tuple[str, str]]:
    """Every organisation span with its kind, and every company span ("company")."""
    doc = nlp(text)
    found = [(s.text, s._.organization["kind"]) for s in doc.spans[ORGANIZATIONS_KEY]]
    found += [(s.text, "company") for s in doc.spans[SPANS_KEY]]
    return sorted(found)


FRENCH = [
    (
        "listed-body-lower-case-head",
        "Le 10 janvier, la cour de Cassation française a ordonné la reprise de l'instruction.",
        [("cour de Cassation", "court")],
    ),
    (
        "listed-ministry-lower-case-head",
        "Le ministère de l'Intérieur a annoncé l'ouverture d'une enquête administrative.",
        [("ministère de l'Intérieur", "government")],
    ),
    (
        "listed-body-all-lower-case-left-out",
        "Il se maintient face au candidat du parti socialiste arrivé devant lui.",
        [],
    ),
    ("government-with-nationality-no-name", "Le gouvernement français a présenté son budget.", []),
    (
        "ministry-portfolio-read-as-place",
        "Le dossier attendait encore l'autorisation du ministère du Budget.",
        [("ministère du Budget", "government")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FRENCH], ids=[c[0] for c in FRENCH])
def test_french(nlp_fr, text, expected):
    assert spans(nlp_fr, text) == expected
