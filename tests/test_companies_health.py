"""newsfacts_companies on French health news and medicine summaries (EPAR): the rules of the
health probe round (fr-health-1, see docs/companies.md). Sentences of our own; each case
lists the exact spans found, companies as "company", other organisations with their kind."""

import pytest

from .conftest import spans_in_reading_order as spans

CASES = [
    # a body's name the reading cut before a lower-case complement that a bracket closes
    (
        "complement-closed-by-an-acronym",
        "L'Association d'aide aux victimes des accidents des médicaments (AAAVAM) a porté "
        "plainte contre le laboratoire.",
        [
            ("Association d'aide aux victimes des accidents des médicaments", "association"),
            ("AAAVAM", "association"),
        ],
    ),
    # not over a verb: the words after the name are no complement of it
    (
        "verb-after-the-name-is-no-complement",
        "L'Institut Pasteur a collaboré avec des chercheurs de l'hôpital (IP) sur ce vaccin.",
        [("Institut Pasteur", "research")],
    ),
    # the drug agency under its full name, and under the shorter one news also writes
    (
        "drug-agency-full-name",
        "L'Agence nationale de sécurité du médicament et des produits de santé (ANSM) a "
        "classé l'amoxicilline en tension d'approvisionnement.",
        [
            ("Agence nationale de sécurité du médicament et des produits de santé", "regulator"),
            ("ANSM", "regulator"),
        ],
    ),
    (
        "drug-agency-short-name",
        "L'Agence nationale de sécurité du médicament (ANSM) a lancé une alerte.",
        [("Agence nationale de sécurité du médicament", "regulator"), ("ANSM", "regulator")],
    ),
    # a placebo arm is no body, in a table's line too
    (
        "placebo-in-a-table-line",
        "Dans l'étude, 2,3 % des patientes ont présenté une fracture.\nRésultat Placebo\n7,2 %",
        [],
    ),
    (
        "placebo-arm-capitalised",
        "Le groupe traité a progressé, contre 0,7 % des patients du groupe Placebo.",
        [],
    ),
    # "circulation extracorporelle", an abbreviation without article
    (
        "cec-abbreviation",
        "Chez les patients bénéficiant d'un pontage avec CEC, la perfusion doit être arrêtée "
        "une heure avant l'opération.",
        [],
    ),
    # a committee's name ends before an adjective that opens its own complement
    (
        "committee-before-relatif",
        "Le résumé de l'avis du comité des médicaments orphelins relatif à ce médicament est "
        "disponible.",
        [("comité des médicaments orphelins", "association")],
    ),
    (
        "committee-alone",
        "Le comité des médicaments orphelins a rendu un avis favorable le 12 mars 2019.",
        [("comité des médicaments orphelins", "association")],
    ),
    # a name in capitals a study's noun introduces is the study in the whole article, a listed
    # firm's name too; a listed acronym after "étude" stays the firm's
    (
        "study-in-capitals-is-a-study-in-the-article",
        "Le médicament a été comparé à un placebo dans une étude principale, FORTIS, menée "
        "auprès de 7 868 femmes. Dans FORTIS, 2,3 % des patientes ont présenté une fracture.",
        [],
    ),
    (
        "listed-acronym-after-study-noun-stays",
        "Selon une étude IBM publiée mardi, les entreprises investissent dans l'IA.",
        [("IBM", "company")],
    ),
    (
        "listed-firm-written-as-listed-stays",
        "La banque Fortis a été rachetée par BNP Paribas en 2009.",
        [("Fortis", "company"), ("BNP Paribas", "company")],
    ),
    # a listed body takes no bare place after "pour": the drug the stock model reads as one
    (
        "listed-body-before-pour-and-a-drug",
        "La Commission européenne a délivré une autorisation de mise sur le marché valide dans "
        "toute l'Union européenne pour ZORVENTA à Amvelia Europe B.V., le 26 mai 2010.",
        [
            ("Commission européenne", "government"),
            ("Union européenne", "international"),
            ("Amvelia Europe B.V.", "company"),
        ],
    ),
    (
        "unlisted-name-with-pour-and-a-place",
        "L'Alliance démocratique pour Madagascar a remporté les élections.",
        [("Alliance démocratique pour Madagascar", "other")],
    ),
    (
        "pour-with-an-article",
        "L'Union pour la Méditerranée se réunit à Barcelone.",
        [("Union pour la Méditerranée", "association")],
    ),
    # the Dutch legal form makes a company of a marketing authorisation's holder
    (
        "dutch-legal-form",
        "Le titulaire de l'autorisation de mise sur le marché est Amvelia Europe B.V., aux "
        "Pays-Bas.",
        [("Amvelia Europe B.V.", "company")],
    ),
    # a title's word makes a periodical of the name; a firm's cue still names the firm
    (
        "journal-in-a-title",
        "Les résultats ont été publiés dans le New England Journal of Medicine, a précisé Sanofi.",
        [("New England Journal of Medicine", "publication"), ("Sanofi", "company")],
    ),
    (
        "journal-in-a-firm-name-after-a-cue",
        "Le groupe Journal Communications a été racheté.",
        [("Journal Communications", "company")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_health_bodies(nlp_fr, text, expected):
    assert spans(nlp_fr, text) == expected
