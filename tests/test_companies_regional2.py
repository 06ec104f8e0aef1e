"""newsfacts_companies on regional news, second round: the bodies a regional daily names by
an acronym and its territory, a club named after its sport's compound, a kind of
establishment that is no name, listed parties, agencies and firms (the rules of the second
regional probe round, see docs/companies.md). Sentences of our own; each case lists the
exact spans found, companies as "company", other organisations with their kind."""

import pytest

from .conftest import spans_in_reading_order as spans

CASES = [
    (
        "emergency-service-by-departement-number",
        "Malgré les efforts des médecins du SAMU 54, le conducteur est décédé sur place.",
        [("SAMU 54", "agency")],
    ),
    (
        "teaching-hospital-by-its-town",
        "Sa passagère a été héliportée au CHRU de Nancy, puis transférée au CHU de Besançon.",
        [("CHRU de Nancy", "hospital"), ("CHU de Besançon", "hospital")],
    ),
    (
        "regional-directorate-by-its-region",
        "La Drac Grand Est financera 40 % du chantier et la DREAL de Normandie le reste.",
        [("Drac Grand Est", "agency"), ("DREAL de Normandie", "agency")],
    ),
    (
        "river-drac-is-no-directorate",
        "Les pluies ont fait monter le Drac, qui traverse Grenoble.",
        [],
    ),
    (
        "club-named-after-a-hyphenated-sport",
        "En volley, le Saint-Mihiel Volley-Ball a battu Dombasle samedi.",
        [("Saint-Mihiel Volley-Ball", "club")],
    ),
    (
        "hyphenated-sport-alone-is-no-club",
        "Les élèves découvrent le volley-ball et le basket-ball au gymnase.",
        [],
    ),
    (
        "kind-of-establishment-alone",
        "Le président rappelle que l'EHPAD affiche un taux d'occupation de 98 %.",
        [],
    ),
    (
        "kind-of-establishment-with-its-name",
        "L'ARS a placé l'EHPAD Les Tilleuls sous administration provisoire.",
        [("ARS", "agency"), ("EHPAD Les Tilleuls", "hospital")],
    ),
    (
        "listed-party-horizons",
        "La liste est soutenue par Les Républicains et Horizons.",
        [("Les Républicains", "party"), ("Horizons", "party")],
    ),
    (
        "listed-training-agency",
        "L'Afpa prêtera ses plateaux techniques au lycée en attendant.",
        [("Afpa", "agency")],
    ),
    (
        "trade-in-the-plural-opens-the-firms-name",
        "Les Fromageries Thiriet, fondées en 1926 par Émile Thiriet, emploient 130 salariés.",
        [("Fromageries Thiriet", "company")],
    ),
    (
        "trade-in-the-plural-in-lower-case-is-a-common-noun",
        "Les fromageries Bel et Lactalis paient le lait plus cher.",
        [("Bel", "company"), ("Lactalis", "company")],
    ),
    (
        "the-paris-garden-is-no-works",
        "Il se promène aux Tuileries avec Paul Durand.",
        [],
    ),
    (
        "listed-name-with-its-article-in-lower-case",
        "Seule la Banque postale restera présente à Darney, comme la Française des jeux.",
        [("Banque postale", "company"), ("Française des jeux", "company")],
    ),
    (
        "listed-name-with-its-article-as-written",
        "Le fonds est géré par La Banque Postale depuis 2019.",
        [("La Banque Postale", "company")],
    ),
    (
        "listed-firms-citeo-and-emeis",
        "L'éco-organisme Citeo versera 340 000 euros. Le groupe Emeis avait renoncé.",
        [("Citeo", "company"), ("Emeis", "company")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_regional_bodies_second_round(nlp_fr, text, expected):
    assert spans(nlp_fr, text) == expected
