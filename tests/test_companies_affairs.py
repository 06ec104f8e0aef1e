"""newsfacts_companies on French encyclopedic text about affairs and institutions (the rules
of the second encyclopedic probe round, fr-wiki-2, see docs/companies.md). Sentences of our
own; each case lists the exact spans found, companies as "company", other organisations with
their kind."""

import pytest

from .conftest import spans_in_reading_order as spans

CASES = [
    # a name the reading cut at "et" is widened to the bracket that closes it
    (
        "name-cut-at-et-closed-by-a-worded-acronym",
        "Le Groupement d'assistance et de conseil aux collectivités (Gracco) facturait des "
        "études fictives.",
        [("Groupement d'assistance et de conseil aux collectivités", "other"), ("Gracco", "other")],
    ),
    (
        "name-cut-at-et-closed-by-an-acronym",
        "Le Groupement d'assistance et de conseil aux collectivités (GRACCO) facturait des "
        "études fictives.",
        [("Groupement d'assistance et de conseil aux collectivités", "other"), ("GRACCO", "other")],
    ),
    # not when the bracket's word begins otherwise, nor past a capitalised word
    (
        "word-in-brackets-after-et-of-another-letter",
        "Le Groupement des éleveurs et des producteurs de lait (Normandie) a manifesté.",
        [("Groupement des éleveurs et des producteurs de lait", "other")],
    ),
    (
        "et-before-another-name-is-no-continuation",
        "Le Conseil constitutionnel et la Cour des comptes (CC) ont rendu leur avis.",
        [("Conseil constitutionnel", "court"), ("Cour des comptes", "court"), ("CC", "court")],
    ),
    # a listed title after a person's name: the person writes for the paper
    (
        "paper-after-a-journalist",
        "Les écoutes visèrent le journaliste Edwy Plenel du Monde et l'avocat Antoine Comte.",
        [("Monde", "publication")],
    ),
    (
        "title-inside-a-longer-name",
        "Il a assisté à la finale de la Coupe du Monde à Moscou.",
        [],
    ),
    # a stock name run on over a verb in the simple past, tagged an adverb
    (
        "name-before-a-simple-past",
        "La Chambre des députés débattit de la question en 1927.",
        [("Chambre des députés", "parliament")],
    ),
    (
        "an-adverb-of-the-name-stays",
        "Le Mouvement pour une alternative non violente a manifesté devant la préfecture.",
        [("Mouvement pour une alternative non violente", "party")],
    ),
    # a firm's arm in a country, after a lower-case noun the stock model reads with it
    (
        "national-arm-after-a-trade-noun",
        "La police perquisitionna les bureaux de la banque Crédit lyonnais Suisse à Genève.",
        [("Crédit lyonnais Suisse", "company")],
    ),
    (
        "longer-name-around-a-country-is-no-arm",
        "L'association Citizens for a Free Kuwait a financé la campagne.",
        [("Citizens for a Free Kuwait", "association")],
    ),
    # a name after a periodical's noun, or described as a periodical, is a publication
    (
        "name-after-a-periodical-noun",
        "Le magazine Investir consacra un dossier à l'affaire.",
        [("Investir", "publication")],
    ),
    (
        "name-described-as-a-periodical",
        "L'Écho atlantique est un quotidien régional français fondé à Nantes en 1944.",
        [("Écho atlantique", "publication")],
    ),
    (
        "name-described-as-another-thing",
        "Le groupe Hersant Média est un éditeur de journaux régionaux.",
        [("Hersant Média", "company")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_affairs_bodies(nlp_fr, text, expected):
    assert spans(nlp_fr, text) == expected
