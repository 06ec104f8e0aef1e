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
    # A committee named by its field: a complement with an article.
    (
        "committee-field",
        "La commission des finances a adopté mercredi le projet de budget.",
        [("commission des finances", "government")],
    ),
    (
        "committee-field-with-inner-complement",
        "Le comité des droits de l'enfant a publié son rapport annuel.",
        [("comité des droits de l'enfant", "association")],
    ),
    (
        "committee-field-enumeration",
        "La commission de l'agriculture, de la pêche et de l'alimentation a rejeté l'amendement.",
        [("commission de l'agriculture, de la pêche et de l'alimentation", "government")],
    ),
    (
        "committee-field-bare-qualifier",
        "Ce médicament a été évalué par le comité des médicaments à usage humain.",
        [("comité des médicaments à usage humain", "association")],
    ),
    ("committee-kind-bare-complement", "La commission d'enquête a rendu son rapport mardi.", []),
    ("committee-kind-security", "La commission de sécurité a visité les locaux.", []),
    (
        "committee-indefinite",
        "Une commission des finances locales sera créée l'an prochain.",
        [],
    ),
    ("committee-alone", "La commission a adopté le texte à l'unanimité.", []),
    (
        "committee-bare-role",
        "En tant que commission des affaires juridiques, nous avons rejeté ce texte.",
        [("commission des affaires juridiques", "government")],
    ),
    ("committee-after-preposition", "Le texte a été adopté en commission des finances.", []),
    # An organ of a named body: the body's name alone.
    (
        "organ-of-a-party",
        "Il est membre du comité exécutif du RPR depuis 1990.",
        [("RPR", "party")],
    ),
    (
        "organ-of-a-parliament",
        "La commission des affaires sociales du Sénat a adopté le texte mercredi.",
        [("Sénat", "parliament")],
    ),
    (
        "organ-complement-is-another-body",
        "La Cour arbitrale du comité international olympique a rejeté le recours.",
        [("Cour arbitrale", "court"), ("comité international olympique", "association")],
    ),
    # An adjective of reach and a complement or a second adjective.
    (
        "reach-adjective-and-complement",
        "Le centre national de la recherche scientifique a présenté ses travaux.",
        [("centre national de la recherche scientifique", "research")],
    ),
    (
        "reach-adjective-bare-complement",
        "La fédération internationale de ski a annulé l'épreuve de Val d'Isère.",
        [("fédération internationale de ski", "association")],
    ),
    (
        "reach-adjective-and-second-adjective",
        "Le comité national olympique italien a fait appel de la décision.",
        [("comité national olympique italien", "association")],
    ),
    ("reach-adjective-alone", "La communauté internationale a condamné l'attaque.", []),
    ("reach-adjective-alone-parliament", "Les députés siègent au parlement national.", []),
    # A university's seat; a national team's place and sport.
    (
        "university-seat",
        "Il a étudié le droit à l'université de Poitiers.",
        [("université de Poitiers", "university")],
    ),
    ("university-indefinite", "Il enseigne la chimie dans une université de l'Iowa.", []),
    ("school-and-village", "Il a fréquenté l'école de Morvillars jusqu'au certificat.", []),
    ("centre-of-a-town", "Le centre de la ville sera fermé à la circulation samedi.", []),
    ("court-indefinite", "Il sera jugé par un tribunal de Nanterre en juin.", []),
    (
        "team-place-and-sport",
        "Il a été sélectionné en équipe de France de rugby à XV en 2019.",
        [("équipe de France de rugby à XV", "club")],
    ),
    (
        "team-place-sport-and-qualifier",
        "Avec l'équipe du Canada de hockey sur glace, elle a été championne du monde.",
        [("équipe du Canada de hockey sur glace", "club")],
    ),
    ("team-place-alone", "Il compte trois sélections en équipe du Sénégal.", []),
    # A council's field in quotes.
    (
        "council-field-in-quotes",
        "Le Conseil « justice et affaires intérieures » se réunit jeudi à Luxembourg.",
        [("Conseil « justice et affaires intérieures »", "government")],
    ),
    (
        "council-name-in-quotes-alone",
        'Les ministres du conseil "Ecofin" se sont réunis lundi.',
        [("Ecofin", "other")],
    ),
    # A country's institution: a nationality and a complement after a head of reach.
    (
        "national-federation-in-lower-case",
        "Le joueur a été suspendu six mois par la fédération espagnole de football.",
        [("fédération espagnole de football", "association")],
    ),
    (
        "national-agency-in-lower-case",
        "L'agence américaine de protection de l'environnement a publié un rapport.",
        [("agence américaine de protection de l'environnement", "agency")],
    ),
    ("nationality-alone-common", "La fédération espagnole a fait appel.", []),
    # Words before a name describe it: no body of their own.
    (
        "descriptor-before-a-listed-firm",
        "Selon l'agence internationale de notation Fitch, la dette est trop élevée.",
        [("Fitch", "company")],
    ),
    (
        "nationality-descriptor-before-a-listed-firm",
        "Selon l'agence américaine de notation Moody's, la dette est trop élevée.",
        [("Moody's", "company")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FRENCH], ids=[c[0] for c in FRENCH])
def test_french(nlp_fr, text, expected):
    assert spans(nlp_fr, text) == expected


ENGLISH = [
    ("court-indefinite", "The case went to a court of Texas last year.", []),
    ("committee-lower-case", "The finance committee of the council met on Monday.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in ENGLISH], ids=[c[0] for c in ENGLISH]
)
def test_english(nlp_en, text, expected):
    assert spans(nlp_en, text) == expected
