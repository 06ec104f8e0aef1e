"""newsfacts_companies on regional news: the bodies, clubs and firms of a town and a
département as regional dailies name them (the rules of the regional probe round, see
docs/companies.md). Sentences of our own; each case lists the exact spans found, companies
as "company", other organisations with their kind."""

import pytest

from .conftest import spans_in_reading_order as spans

CASES = [
    (
        "trade-noun-and-family-name",
        "Les élèves ont travaillé avec la scierie Humbert, partenaire du projet.",
        [("scierie Humbert", "company")],
    ),
    (
        "trade-noun-and-the-works-town",
        "La scierie de Saint-Dié-des-Vosges a été détruite par un incendie.",
        [],
    ),
    (
        "sme-acronym-before-a-name",
        "Seule bonne nouvelle, la PME Menuiseries Laurent, installée dans la zone voisine, "
        "recrute vingt personnes.",
        [("Menuiseries Laurent", "company")],
    ),
    (
        "family-firm-with-et-fils",
        "La société de transport Berthelot et Fils, basée à Thaon-les-Vosges, a été condamnée.",
        [("Berthelot et Fils", "company")],
    ),
    (
        "family-firm-with-freres",
        "Les Établissements Perrin Frères ferment leur atelier de Bayon.",
        [("Établissements Perrin Frères", "company")],
    ),
    (
        "trade-in-the-plural-and-a-family",
        "Plusieurs entreprises, dont La Poste et les Transports Mathieu, ont signé la convention.",
        [("La Poste", "company"), ("Transports Mathieu", "company")],
    ),
    (
        "trade-in-the-plural-alone-is-a-portfolio",
        "Le ministre délégué aux Transports, Patrice Vergriete, a dénoncé la grève.",
        [("Transports", "other")],
    ),
    (
        "lower-case-fils-is-a-person",
        "Alexandre Dumas fils a écrit La Dame aux camélias.",
        [],
    ),
    (
        "region-council-named",
        "La Région Grand Est apportera 450 000 € au projet.",
        [("Région Grand Est", "government")],
    ),
    (
        "region-council-alone",
        "Les travaux sont financés par l'État et la Région pour 94 millions d'euros.",
        [("Région", "government")],
    ),
    (
        "region-in-lower-case-is-the-territory",
        "La région Grand Est compte 5,5 millions d'habitants.",
        [],
    ),
    (
        "region-with-an-adjective-is-a-place",
        "Il a longtemps vécu dans la Région autonome du Tibet.",
        [],
    ),
    (
        "branch-by-departement-name",
        "Avec le soutien de Bpifrance et de la CCI des Vosges, l'atelier sera agrandi.",
        [("Bpifrance", "company"), ("CCI des Vosges", "trade_body")],
    ),
    (
        "branch-by-departement-with-article",
        "La FDSEA de la Meuse a appelé à manifester devant la préfecture.",
        [("FDSEA de la Meuse", "trade_body")],
    ),
    (
        "branch-by-departement-number",
        "Le président du conseil d'administration du SDIS 88 a inauguré la caserne.",
        [("SDIS 88", "agency")],
    ),
    (
        "branch-by-region-name",
        "L'ARS Grand Est avait accordé une aide exceptionnelle à l'hôpital.",
        [("ARS Grand Est", "agency")],
    ),
    (
        "branch-acronym-alone",
        "La CAF a versé les allocations avec une semaine de retard.",
        [("CAF", "agency")],
    ),
    (
        "club-acronym-before-a-town",
        "L'US Vaudrémont recevra une subvention de 42 000 euros.",
        [("US Vaudrémont", "club")],
    ),
    (
        "club-acronym-before-no-town-is-a-firm",
        "US Steel a annoncé des pertes pour le trimestre.",
        [("US Steel", "company")],
    ),
    (
        "acronym-and-town-read-as-a-place-in-a-match",
        "Le SLUC Nancy, lui, a chuté à Saint-Quentin (84-80) samedi soir.",
        [("SLUC Nancy", "club")],
    ),
    (
        "acronym-and-place-outside-sport",
        "Le magasin s'installera dans la ZAC Saint-Jean au printemps.",
        [],
    ),
    (
        "acronym-and-venue-in-a-match",
        "En huitième de finale, les joueuses sont opposées aux Pays-Bas au BC Place Stadium.",
        [],
    ),
    (
        "score-after-a-club",
        "Chez les filles, Épinal a battu le HBC Saint-Dié 31-24 et reste invaincu.",
        [("Épinal", "club"), ("HBC Saint-Dié", "other")],
    ),
    (
        "town-that-plays-face-a",
        "Bar-le-Duc a concédé le nul à domicile face à Thaon (1-1).",
        [("Bar-le-Duc", "club"), ("Thaon", "club")],
    ),
    (
        "face-a-with-no-match",
        "La mairie a installé ses bureaux face à Thaon.",
        [],
    ),
    (
        "general-assembly-of-an-association",
        "Une soixantaine de membres ont assisté samedi à l'assemblée générale des Randonneurs "
        "du Val d'Aulne.",
        [("Randonneurs du Val d'Aulne", "other")],
    ),
    (
        "general-assembly-of-the-united-nations",
        "L'Assemblée générale des Nations unies a voté la résolution.",
        [("Nations unies", "international")],
    ),
    (
        "hyphenated-compound-in-a-name",
        "L'Union départementale des sapeurs-pompiers a remis des médailles à cinq pompiers.",
        [("Union départementale des sapeurs-pompiers", "association")],
    ),
    (
        "bare-complements-coordinated",
        "La caserne est financée par le Service départemental d'incendie et de secours (SDIS) "
        "à hauteur de 2,1 millions d'euros.",
        [("Service départemental d'incendie et de secours", "other"), ("SDIS", "other")],
    ),
    (
        "coordinated-body-is-another",
        "Le président de la Fédération des chasseurs et du ministère a parlé.",
        [("Fédération des chasseurs", "association")],
    ),
    (
        "regional-bank-of-a-network",
        "La Banque des Territoires et le Crédit Agricole Alsace Vosges complètent le tour de "
        "table.",
        [("Banque des Territoires", "company"), ("Crédit Agricole Alsace Vosges", "company")],
    ),
    (
        "network-bank-before-a-weekday",
        "Le Crédit Agricole Lundi a publié ses comptes.",
        [("Crédit Agricole", "company")],
    ),
    (
        "sud-union",
        "À l'appel de la CGT et de Sud Santé, une centaine d'agents se sont rassemblés.",
        [("CGT", "trade_union"), ("Sud Santé", "trade_union")],
    ),
    (
        "users-group-in-quotes",
        "Le collectif d'usagers « Sauvons nos gares vosgiennes » reste prudent.",
        [("Sauvons nos gares vosgiennes", "association")],
    ),
    (
        "council-group-in-quotes",
        "Pour Sandrine Colin, élue du groupe « Vaudrémont en commun », la majorité recule.",
        [("Vaudrémont en commun", "party")],
    ),
    (
        "commune-grouping-named",
        "La caserne est financée par la communauté de communes Terre d'eau pour 700 000 euros.",
        [("communauté de communes Terre d'eau", "government")],
    ),
    (
        "commune-grouping-by-its-territory",
        "Le conseil a approuvé la convention avec la communauté de communes du Pays du Sânon.",
        [("communauté de communes du Pays du Sânon", "government")],
    ),
    (
        "commune-grouping-unnamed",
        "Les élus de la communauté de communes ont voté le budget.",
        [],
    ),
    (
        "accented-initial-spells-the-acronym",
        "L'Établissement français du sang (EFS) avait indiqué que les collectes continuaient.",
        [("Établissement français du sang", "agency"), ("EFS", "agency")],
    ),
    (
        "adjective-after-a-schools-name",
        "À l'école primaire Jean-Macé voisine, c'est la semaine du goût.",
        [("école primaire Jean-Macé", "school")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_regional_bodies_clubs_and_firms(nlp_fr, text, expected):
    assert spans(nlp_fr, text) == expected
