"""newsfacts_companies: companies told apart from other organisations, in French and English."""

import json

import pytest

from newsfacts.build import companies_from_doc, organizations_from_doc
from newsfacts.components.companies import ORGANIZATIONS_KEY, SPANS_KEY
from newsfacts.components.gazetteer import COMPANIES, read_entries

from .conftest import FIXTURES, shared_path


def companies(nlp, text: str) -> list[str]:
    return [c.name for c in companies_from_doc(nlp(text))]


def organizations(nlp, text: str) -> list[tuple[str, str]]:
    return [(o.name, o.kind) for o in organizations_from_doc(nlp(text))]


FRENCH = [
    (
        "openai-casing",
        "Le patron d'Openai a rencontré les dirigeants de Google.",
        ["OpenAI", "Google"],
    ),
    ("softbank-capitals", "SOFTBANK et Oracle financeront le projet.", ["SoftBank", "Oracle"]),
    ("band-in-a-sentence-on-music", "C'est une chanson du groupe Therapy?, sortie en 1992.", []),
    (
        "trial-arm-in-a-sentence-on-patients",
        "Les saignements étaient plus rares chez les patients du groupe Nexavir seul.",
        [],
    ),
    ("platform-as-service", "Il a annoncé sur Twitter qu'il quittait le club.", []),
    ("platform-under-inquiry", "Bruxelles enquête sur Facebook depuis deux ans.", ["Facebook"]),
    (
        "platform-firm-in-the-article",
        "Twitter a annoncé des licenciements. Son PDG a écrit sur Twitter que la situation "
        "était grave.",
        ["Twitter"],
    ),
    ("pool-letter", "La sélection a préparé le tournoi avec le groupe A.", []),
    ("au-total-adverb", "Au total, 300 emplois seront supprimés dans la région.", []),
    ("au-total-midsentence", "Les ventes atteignent au total 5 millions d'euros.", []),
    ("total-company", "Le groupe Total a annoncé un nouveau forage en Namibie.", ["TotalEnergies"]),
    (
        "total-consistent",
        "TotalEnergies investit au Qatar. Total y exploite déjà un champ gazier.",
        ["TotalEnergies"],
    ),
    ("orange-town", "Le festival se tient à Orange chaque été.", []),
    ("orange-fruit", "Il a mangé une orange au petit déjeuner.", []),
    ("orange-operator", "L'opérateur Orange a relevé ses tarifs.", ["Orange"]),
    (
        "orange-management",
        "La direction d'Orange a confirmé la fermeture de quarante boutiques.",
        ["Orange"],
    ),
    ("orange-way-there", "Le bus roule en direction d'Orange depuis Avignon.", []),
    ("free-adjective", "L'accès au musée est free pour les étudiants.", []),
    ("free-operator", "La société Free a lancé une nouvelle box.", ["Free"]),
    ("apple-midsentence", "Les ventes d'iPhone d'Apple ont reculé en Chine.", ["Apple"]),
    ("amazon-subject", "Dans le même temps, Amazon a déclaré ses dépenses.", ["Amazon"]),
    ("amazon-river", "La forêt borde l'Amazon sur des milliers de kilomètres.", []),
    ("cue-unknown", "La société Lactalis a racheté une laiterie.", ["Lactalis"]),
    (
        "cue-nationality-adjective",
        "La biotech américaine Blueprint Medicines a été rachetée par Sanofi.",
        ["Blueprint Medicines", "Sanofi"],
    ),
    (
        "cue-trade-adjective-and-nationality",
        "Le constructeur automobile chinois Leapmotor a ouvert une usine en Espagne.",
        ["Leapmotor"],
    ),
    (
        "cue-trade-complement",
        "Le fonds d'investissement Eurazeo a cédé sa participation.",
        ["Eurazeo"],
    ),
    (
        "cue-stock-name-runs-on",
        "La compagnie britannique Compagnie de la baie d'Hudson l'édifie en 1833.",
        ["Compagnie de la baie d'Hudson"],
    ),
    (
        "nationality-noun-before-a-name",
        "Le japonais Nidec a lancé une offre sur Makino.",
        ["Nidec"],
    ),
    ("nationality-before-a-person", "Il a battu le norvégien Henrik Kristoffersen.", []),
    (
        "cue-african-nationality",
        "La fintech ivoirienne Julaya a levé des fonds. Le marocain Saham a investi.",
        ["Julaya", "Saham"],
    ),
    ("cue-dairy-cooperative", "La coopérative laitière Eurial a fermé une usine.", ["Eurial"]),
    (
        "cue-adjective-before-a-trade-and-a-family",
        "La société familiale Transports Lambert a racheté un concurrent breton.",
        ["Transports Lambert"],
    ),
    ("cue-adjective-before-a-person", "Le chimiste allemand Paul Ehrlich a reçu le prix.", []),
    (
        "parliamentary-group-is-no-firm",
        "Une fraction du groupe parlementaire fédéral FPÖ a fait scission.",
        [],
    ),
    ("suffix-unknown", "Le contrat a été signé par Dupuis Frères SA.", ["Dupuis Frères"]),
    ("bercy-bce", "Bercy et la BCE surveillent les taux.", []),
    ("state-owned", "La SNCF et EDF ont signé un contrat d'électricité.", ["SNCF", "EDF"]),
    ("startup", "Mistral AI a levé 600 millions d'euros.", ["Mistral AI"]),
    ("trade-noun-lower", "Le livre est paru aux éditions Gallimard en 1970.", ["Gallimard"]),
    ("trade-noun-joiner", "Le roman paraît aux Éditions du Seuil.", ["Éditions du Seuil"]),
    (
        "trade-noun-shop",
        "Il a travaillé à la fromagerie Perrin pendant trente ans.",
        ["fromagerie Perrin"],
    ),
    ("trade-noun-alone", "La brasserie a fermé ses portes.", []),
    (
        "total-then-adverb",
        "Le groupe Total recrute. Au total, 300 postes sont ouverts.",
        ["TotalEnergies"],
    ),
    (
        "orange-descriptor",
        "Orange a relevé ses prévisions. L'opérateur historique compte 300 millions de clients.",
        ["Orange"],
    ),
    (
        "minister-portfolio",
        "Le ministre de l'Économie Bruno Le Maire a salué Renault.",
        ["Renault"],
    ),
    ("capitalised-cue", "Le Groupe Casino cède des magasins.", ["Casino"]),
    ("product-name", "Le jeu sortira sur la Nintendo 3 DS en 2011.", []),
    # Real news review (eighth session), Wikinews sentences (CC BY).
    (
        "descriptor-after-a-possessive",
        "MSN, filiale internet de Microsoft, a annoncé aujourd'hui le lancement officiel de "
        "MSN Search, son tout nouveau moteur de recherche.",
        ["MSN", "Microsoft"],
    ),
]

ENGLISH = [
    ("band-in-a-sentence-on-music", "Teethgrinder is a song by the group Therapy?", []),
    ("platform-as-service", "He posted the video on YouTube.", []),
    ("platform-under-probe", "Regulators opened a probe on Facebook.", ["Facebook"]),
    ("openai-google", "OpenAI and Google are racing to ship new models.", ["OpenAI", "Google"]),
    ("apple-company", "Shares of Apple fell after the earnings call.", ["Apple"]),
    ("apple-fruit", "She ate an apple on the train.", []),
    ("amazon-river", "The Amazon flows through Brazil.", []),
    ("amazon-company", "Analysts expect Amazon to report higher cloud revenue.", ["Amazon"]),
    ("orange-county", "The fires spread across Orange County.", []),
    (
        "ambiguous-name-before-shares",
        "Orange shares rose 2% in Paris after the telecom operator reported results.",
        ["Orange"],
    ),
    ("ambiguous-name-before-ceo", "Gap CEO Richard Dickson said sales improved.", ["Gap"]),
    (
        "name-before-a-lower-case-hyphenated-word",
        "Microsoft-backed OpenAI is in talks with SoftBank.",
        ["Microsoft", "OpenAI", "SoftBank"],
    ),
    (
        "biotech-name-word",
        "AstraZeneca agreed to buy Gracell Biotechnologies for $1.2 billion.",
        ["AstraZeneca", "Gracell Biotechnologies"],
    ),
    (
        "a-subsidiarys-town-is-no-firm",
        "In 1990 Caloi started the operations of its US subsidiary in Jacksonville, Florida.",
        [],
    ),
    ("total-adjective", "The total cost reached $5 billion.", []),
    (
        "suffix-inc",
        "The deal was signed with Acme Robotics Inc. last week.",
        ["Acme Robotics"],
    ),
    ("fed-sec", "The Fed and the SEC warned banks about risk.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FRENCH], ids=[c[0] for c in FRENCH])
def test_french_companies(nlp_fr, text, expected):
    assert companies(nlp_fr, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in ENGLISH], ids=[c[0] for c in ENGLISH]
)
def test_english_companies(nlp_en, text, expected):
    assert companies(nlp_en, text) == expected


ORGANIZATIONS_FR = [
    ("bercy", "Bercy a révisé sa prévision de croissance.", [("Bercy", "government")]),
    ("quoted-title-alone", 'La saga continue dans " Far Cry 3 ", sorti en 2012.', []),
    (
        "quoted-name-after-its-article",
        'Il a servi dans la " Royal Navy " pendant la guerre.',
        [("Royal Navy", "other")],
    ),
    (
        "role-in-capitals",
        "Ils dénoncent un manque de consultation de la part de la Première Ministre, Helen Clark.",
        [],
    ),
    (
        "role-opening-a-title",
        "Le rapport a été remis par la Représentante spéciale du secrétaire général.",
        [],
    ),
    ("role-alone", "Selon le Vice-Président du groupe, la vente est close.", []),
    ("platform-account", "Elle inonde son compte Instagram de photos.", [("Instagram", "product")]),
    (
        "time-zone",
        "Une fumée blanche est apparue à 17:56 (15:56 UTC) au-dessus de la chapelle.",
        [],
    ),
    (
        "head-name-read-on-by-the-stock-model",
        "Il a passé deux saisons dans la Ligue de hockey junior majeur du Québec.",
        [("Ligue de hockey junior majeur du Québec", "association")],
    ),
    (
        "management-of-a-named-body",
        "Nicolas Sarkozy le remplace à la direction de l'UMP.",
        [("UMP", "party")],
    ),
    ("title-words-as-a-phrase", "L'équipe B, chez les seniors, jouera dimanche à 15h.", []),
    ("bce", "La BCE a relevé ses taux.", [("BCE", "central_bank")]),
    (
        "commission",
        "La Commission européenne a ouvert une enquête.",
        [("Commission européenne", "government")],
    ),
    ("amf", "L'AMF a sanctionné le fonds.", [("AMF", "regulator")]),
    ("index", "Le CAC 40 a gagné 1 % vendredi.", [("CAC 40", "index")]),
    ("product", "ChatGPT compte des millions d'utilisateurs.", [("ChatGPT", "product")]),
    (
        "ministry",
        "Le ministère du Budget a publié les chiffres.",
        [("ministère du Budget", "government")],
    ),
    (
        "school",
        "Les élèves du collège Saint-Jean ont visité l'usine.",
        [("collège Saint-Jean", "school")],
    ),
    (
        "federation",
        "Il préside la Fédération française de judo depuis 2020.",
        [("Fédération française de judo", "association")],
    ),
    (
        "acronym-after-article",
        "Les jeunes ont rejoint la salle du COSEC samedi.",
        [("COSEC", "other")],
    ),
    ("acronym-common-noun", "Le patient a passé un ECG et une IRM.", []),
    ("acronym-thing-after-article", "Le SIDA progresse, selon le rapport.", []),
    (
        "listed-acronym-after-head",
        "Le député du parti ACT a reçu cinq voix.",
        [("ACT", "party")],
    ),
    ("acronym-samu", "Le Samu a transporté le blessé.", [("Samu", "agency")]),
    (
        "enumeration-in-name",
        "Le bureau de la Fédération nationale des anciens combattants, prisonniers et "
        "veuves de guerre s'est réuni.",
        [
            (
                "Fédération nationale des anciens combattants, prisonniers et veuves de guerre",
                "association",
            )
        ],
    ),
    (
        "enumeration-open-comma",
        "La Fédération française de judo, qui compte 500 000 licenciés, a réagi.",
        [("Fédération française de judo", "association")],
    ),
    (
        "time-adjective-after-name",
        "Le Conseil municipal sortant a voté le budget.",
        [("Conseil municipal", "government")],
    ),
    (
        "town-hall-seat",
        "Les emplois de la mairie de Lyon ont été contrôlés.",
        [("mairie de Lyon", "government")],
    ),
    (
        "appeal-court-seat",
        "La cour d'appel de Versailles a confirmé le jugement.",
        [("cour d'appel de Versailles", "court")],
    ),
    (
        "ministry-lower-case",
        "Une note du ministère de la défense a été transmise.",
        [("ministère de la défense", "government")],
    ),
    (
        "place-as-speaker",
        "Pékin a dénoncé mardi les sanctions américaines.",
        [("Pékin", "government")],
    ),
    (
        "place-as-subject-with-article",
        "La Russie refuse de signer l'accord.",
        [("Russie", "government")],
    ),
    (
        "place-bound-by-obligations",
        "Selon les inspecteurs, l'Irak n'a pas respecté ses obligations.",
        [("Irak", "government")],
    ),
    (
        "place-holding-a-right",
        "Donc l'Autriche a tout à fait le droit de former un gouvernement.",
        [("Autriche", "government")],
    ),
    (
        "places-drawing-the-conclusions",
        "La Finlande et le Royaume-Uni en ont tiré les conséquences.",
        [("Finlande", "government"), ("Royaume-Uni", "government")],
    ),
    (
        "place-as-agent-of-a-ratification",
        "La vente est interdite depuis la ratification par la France de la convention.",
        [("France", "government")],
    ),
    (
        "place-addressing-a-body",
        "En réponse, la France a proposé au Conseil de sécurité qu'une commission soit créée.",
        [("France", "government"), ("Conseil de sécurité", "international")],
    ),
    (
        "place-holding-a-stance",
        "Le Japon est hostile à la reprise de la chasse à la baleine.",
        [("Japon", "government")],
    ),
    (
        "place-concerned",
        'Paris est "préoccupé par les violations des droits de l\'homme".',
        [("Paris", "government")],
    ),
    (
        "place-in-diplomatic-relations",
        "La rupture des relations diplomatiques de la France avec le Saint-Siège fut brutale.",
        [("France", "government")],
    ),
    ("diplomats-posted-in-a-town", "Le corps diplomatique en poste à Pékin a protesté.", []),
    (
        "place-receiving-aid",
        "L'aide française à l'Irak a cessé en 1990.",
        [("Irak", "government")],
    ),
    (
        "place-under-an-embargo",
        "L'embargo imposé à l'Irak a duré treize ans.",
        [("Irak", "government")],
    ),
    (
        "place-in-a-war",
        "En septembre 1939, le Canada est entré en guerre contre l'Allemagne.",
        [("Allemagne", "government")],
    ),
    (
        "places-receiving-support",
        "Le programme de soutien pour la Bulgarie et la Roumanie a été prolongé d'un an.",
        [("Bulgarie", "government"), ("Roumanie", "government")],
    ),
    (
        "place-member-of-a-body",
        "La Norvège est membre fondateur de l'OTAN depuis 1949.",
        [("Norvège", "government"), ("OTAN", "international")],
    ),
    ("town-member-of-a-network", "Paris est membre d'un réseau de villes durables.", []),
    (
        "member-states-between-dashes",
        "Trois membres du Conseil de sécurité - la France, la Chine et la Russie - ont refusé.",
        [
            ("Conseil de sécurité", "international"),
            ("France", "government"),
            ("Chine", "government"),
            ("Russie", "government"),
        ],
    ),
    (
        "place-trying",
        "Après la guerre, l'Allemagne a tenté de reconstruire sa flotte.",
        [("Allemagne", "government")],
    ),
    (
        "place-seeking",
        "L'Italie a cherché à obtenir un délai pour son budget.",
        [("Italie", "government")],
    ),
    ("region-tempting", "La Provence tente les touristes par son climat.", []),
    (
        "seats-of-a-body-in-brackets",
        "Les bureaux de l'OCDE (Paris, Berlin) ont fermé lundi.",
        [("OCDE", "international")],
    ),
    (
        "seat-of-a-body-in-brackets",
        "Le siège de l'Unesco (Paris) a été rénové en 2010.",
        [("Unesco", "international")],
    ),
    (
        "support-found-in-a-town",
        "Le club a trouvé du soutien à Lyon auprès de ses anciens joueurs.",
        [],
    ),
    ("aid-received-in-a-town", "Les sinistrés ont reçu de l'aide à Nantes dès le lendemain.", []),
    ("region-good-for-a-crop", "La Bretagne est favorable à l'élevage.", []),
    (
        "place-with-a-trade-agreement",
        "Les États-Unis ont un accord de libre-échange avec le Chili.",
        [],
    ),
    ("place-with-a-climate", "Le Mexique a le climat le plus doux de la région.", []),
    ("place-as-host", "Paris accueille le salon de l'automobile.", []),
    (
        "club-and-league",
        "La Juventus a été reléguée en Serie B en 2006.",
        [("Juventus", "club"), ("Serie B", "association")],
    ),
    ("league-in-game-title", "Il a joué à NBA 2K 14 toute la nuit.", []),
    ("town-seat-not-region", "Il habite dans la préfecture de Kanagawa.", []),
    (
        "government-of-a-country",
        "Le gouvernement du Royaume-Uni a refusé.",
        [],
    ),
    # Real news review (eighth session): well-known bodies and parties the list lacked
    # (Wikinews sentences, CC BY).
    (
        "lower-house-is-a-parliament",
        "Le premier vote de confiance était survenu mercredi 27 avril devant la Chambre des "
        "députés, où le nouveau gouvernement avait obtenu 334 voix contre 240.",
        [("Chambre des députés", "parliament")],
    ),
    (
        "palestinian-authority-is-a-government",
        "Mahmoud Abbas, président de l'Autorité palestinienne, a reçu Vladimir Poutine.",
        [("Autorité palestinienne", "government")],
    ),
    (
        "british-parties",
        "Les résultats provisoires indiquent une victoire du New Labour avec 36 % des "
        "suffrages exprimés. Le leader des Tories voit dans ces élections un pas significatif.",
        [("Parti travailliste", "party"), ("Parti conservateur", "party")],
    ),
    (
        "un-agencies-spelled-out",
        "L'OMS et le Fonds des Nations unies pour l'enfance (UNICEF) ont publié le premier "
        "rapport mondial sur le paludisme.",
        [("OMS", "international"), ("Unicef", "international")],
    ),
    (
        "a-role-after-et-ends-the-name",
        "Guillaume Sarkozy, président de l'Union des industries textiles et vice-président "
        "du MEDEF, a réagi.",
        [("Union des industries textiles", "association"), ("Medef", "trade_body")],
    ),
    (
        "european-parliament-groups-are-parties-not-firms",
        "Au nom du groupe PPE-DE, je remercie le rapporteur ; le groupe GUE/NGL et le "
        "groupe des Verts/ALE voteront contre.",
        [("PPE-DE", "party"), ("GUE/NGL", "party"), ("Verts/ALE", "party")],
    ),
    (
        "irish-parties",
        "Fianna Fáil et Fine Gael ont accepté de gouverner ensemble.",
        [("Fianna Fáil", "party"), ("Fine Gael", "party")],
    ),
    (
        "a-name-does-not-run-on-into-a-heading-s-next-word",
        "Résumé de l'arrêt de la Cour d'appel Dans son arrêt du 3 mars, la Cour d'appel de Lyon "
        "a tranché.",
        [("Cour d'appel de Lyon", "court")],
    ),
    (
        "a-country-read-as-an-organisation-is-a-place",
        "Il compte 25 sélections pour deux buts inscrits en équipe de Nouvelle-Zélande.",
        [],
    ),
    (
        "a-charge-is-a-portfolio-whoever-holds-it",
        "Le commissaire européen chargé de l'Énergie, Kadri Simson, a présenté le texte.",
        [],
    ),
    (
        "a-capital-on-a-determiner-only-is-no-name",
        "Communiqué commun des syndicats enseignants Le ministre refuse toujours de les recevoir.",
        [],
    ),
    (
        "a-bare-parliament-is-the-national-one",
        "Le gouvernement devra demander au Parlement une nouvelle délibération du texte.",
        [("Parlement", "parliament")],
    ),
    (
        "a-bare-parliament-after-the-european-one",
        "Le Parlement européen a voté la directive. Le Parlement a ensuite saisi la Commission.",
        [("Parlement européen", "parliament"), ("Commission européenne", "government")],
    ),
    (
        "spanish-regional-parties",
        "Au Parlement basque, le PNV et EH Bildu ont voté le budget, que Junts rejette à "
        "Barcelone.",
        [
            ("Parlement basque", "parliament"),  # not "Au Parlement basque"
            ("PNV", "party"),
            ("EH Bildu", "party"),
            ("Junts per Catalunya", "party"),
        ],
    ),
    (
        "state-named-by-a-body-noun",
        "M. Chtcharanski avait été, au temps de l'Union soviétique « brejnévienne », un des "
        "plus célèbres « refuznik », militant pour le droit des Juifs d'Union soviétique à "
        "émigrer en Israël.",
        [],
    ),
]

ORGANIZATIONS_EN = [
    (
        "european-parliament-groups",
        "The EPP and the S&D groups backed the text, while Renew Europe and the Greens/EFA "
        "abstained.",
        [("EPP", "party"), ("S&D", "party"), ("Renew Europe", "party"), ("Greens/EFA", "party")],
    ),
    (
        "a-country-read-as-an-organisation-is-a-place",
        "He scored one goal against Slovakia in 1994.",
        [],
    ),
    (
        "parliament-without-the-adjective-after-it",
        "The bill goes to Parliament next week.",
        [("Parliament", "parliament")],
    ),
    (
        "a-bare-parliament-after-the-european-one",
        "The European Parliament approved the law on Tuesday. Parliament also backed a motion.",
        [("European Parliament", "parliament")],
    ),
    (
        "spanish-regional-parties",
        "The Basque Nationalist Party (PNV) and EH Bildu backed the budget; Junts voted "
        "against it.",
        [("PNV", "party"), ("EH Bildu", "party"), ("Junts per Catalunya", "party")],
    ),
    (
        "a-party-and-its-acronym",
        "Poland's Law and Justice party (PiS) and Hungary's Fidesz lost ground.",
        [("PiS", "party"), ("Fidesz", "party")],
    ),
    ("fed", "The Fed held rates steady.", [("Fed", "central_bank")]),
    ("sec", "The SEC opened an inquiry into the trades.", [("SEC", "regulator")]),
    ("nasdaq", "The Nasdaq rose 2% on Friday.", [("Nasdaq", "index")]),
    ("iphone", "The iPhone remains its best-selling product.", [("iPhone", "product")]),
    ("who-is-a-word", "Who will pay for it remains unclear.", []),
    (
        "university",
        "She studied at Ohio State University before joining the bank.",
        [("Ohio State University", "university")],
    ),
    (
        "place-as-speaker",
        "Washington announced new tariffs on Monday.",
        [("Washington", "government")],
    ),
    (
        "place-bound-by-obligations",
        "Iraq has not met its obligations under the resolution.",
        [("Iraq", "government")],
    ),
    (
        "place-as-agent-of-a-ratification",
        "The ratification by France of the treaty took two years.",
        [("France", "government")],
    ),
    (
        "place-addressing-a-body",
        "France proposed to the Security Council a new inspection regime.",
        [("France", "government"), ("Security Council", "government")],
    ),
    (
        "place-in-diplomatic-relations",
        "The diplomatic relations of France with the Holy See were broken.",
        [("France", "government")],
    ),
    (
        "place-holding-a-stance",
        "Japan is opposed to a return of whaling.",
        [("Japan", "government")],
    ),
    (
        "places-receiving-aid-and-at-war",
        "The French aid to Iraq continued throughout the war against Iran.",
        [("Iraq", "government"), ("Iran", "government")],
    ),
    (
        "place-under-sanctions",
        "The sanctions against Iran were tightened in 2012.",
        [("Iran", "government")],
    ),
    (
        "place-trying",
        "Since the war, Germany has tried to restore its fleet.",
        [("Germany", "government")],
    ),
    ("moved-to-a-country", "He moved to France for the support of his family.", []),
    ("place-as-host", "Paris hosts the motor show.", []),
    (
        "state-named-by-a-body-noun",
        "He has sometimes been called the Soviet Union's most popular recording artist.",
        [],
    ),
    ("head-alone", "The ministry said nothing about the deal.", []),
    (
        "ministry-lower-case",
        "A memo from the ministry of defence was leaked.",
        [("ministry of defence", "government")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in ORGANIZATIONS_FR], ids=[c[0] for c in ORGANIZATIONS_FR]
)
def test_french_organizations(nlp_fr, text, expected):
    assert organizations(nlp_fr, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in ORGANIZATIONS_EN], ids=[c[0] for c in ORGANIZATIONS_EN]
)
def test_english_organizations(nlp_en, text, expected):
    assert organizations(nlp_en, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "mentions"),
    [
        ("fr", "L'équipe de France affronte l'Italie, selon L'Équipe.", ["L'Équipe"]),
        ("fr", "Le monde entier lit Le Monde.", ["Le Monde"]),
        ("en", "The times are changing, The Times wrote.", ["The Times"]),
    ],
)
def test_title_needs_its_capital_after_the_article(nlp_fr, nlp_en, lang, text, mentions):
    [title] = organizations_from_doc({"fr": nlp_fr, "en": nlp_en}[lang](text))
    assert (title.kind, [m.text for m in title.mentions]) == ("publication", mentions)


def test_records_carry_identifiers_and_offsets(nlp_fr):
    text = "Microsoft investira 80 milliards de dollars."
    [company] = companies_from_doc(nlp_fr(text))
    assert company.name == "Microsoft"
    assert company.source == "gazetteer"
    assert company.isin == "US5949181045"
    assert company.wikipedia == "Microsoft"
    assert [(m.text, m.start, m.end) for m in company.mentions] == [("Microsoft", 0, 9)]


def test_one_company_every_spelling(nlp_fr):
    text = "OpenAI a présenté un modèle. Selon Openai, il sera gratuit."
    [company] = companies_from_doc(nlp_fr(text))
    assert company.name == "OpenAI"
    assert [m.text for m in company.mentions] == ["OpenAI", "Openai"]


def test_anaphor_is_a_mention(nlp_fr):
    text = "Meta construit un centre de données. L'entreprise a la force financière d'investir."
    [company] = companies_from_doc(nlp_fr(text))
    assert [m.text for m in company.mentions] == ["Meta", "L'entreprise"]


def test_anaphor_left_alone_when_unclear(nlp_fr):
    text = "Google et Microsoft investissent. L'entreprise a la force financière d'investir."
    found = companies_from_doc(nlp_fr(text))
    assert [[m.text for m in c.mentions] for c in found] == [["Google"], ["Microsoft"]]


@pytest.mark.parametrize(
    ("lang", "text", "name", "mention"),
    [
        ("fr", "La firme de Cupertino a dévoilé un casque.", "Apple", "La firme de Cupertino"),
        ("fr", "Le patron de la firme de Cupertino parle.", "Apple", "la firme de Cupertino"),
        ("fr", "Le géant de Redmond investit dans l'IA.", "Microsoft", "Le géant de Redmond"),
        ("en", "The iPhone maker reported record sales.", "Apple", "The iPhone maker"),
    ],
    ids=["firme-de-cupertino", "after-de", "geant-de-redmond", "iphone-maker"],
)
def test_descriptors(nlp_fr, nlp_en, lang, text, name, mention):
    nlp = nlp_fr if lang == "fr" else nlp_en
    [company] = companies_from_doc(nlp(text))
    assert (company.name, [m.text for m in company.mentions]) == (name, [mention])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Alphabet, maison mère de Google, a publié ses résultats."),
        ("fr", "Google, filiale d'Alphabet, a publié ses résultats."),
        ("en", "Google, a unit of Alphabet, reported higher revenue."),
    ],
    ids=["maison-mere", "filiale", "unit-of"],
)
def test_parent(nlp_fr, nlp_en, lang, text):
    nlp = nlp_fr if lang == "fr" else nlp_en
    found = {c.name: c.parent for c in companies_from_doc(nlp(text))}
    assert found == {"Alphabet": None, "Google": "Alphabet"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a listed firm's name and a country's: its arm there, whose parent it is
        (
            "fr",
            "Chez AXA France, le directeur général a assuré que les dossiers seraient traités.",
            [("AXA France", "Axa", ["AXA France"])],
        ),
        (
            "fr",
            "Les ventes de Renault France ont baissé de 3 %.",
            [("Renault France", "Renault", ["Renault France"])],
        ),
        (
            "en",
            "Microsoft UK said it would hire 500 engineers.",
            [("Microsoft UK", "Microsoft", ["Microsoft UK"])],
        ),
        # an arm the gazetteer lists keeps its own line
        ("en", "Altice USA said revenue fell.", [("Altice USA", None, ["Altice USA"])]),
        # a country that modifies a noun is no arm's name
        ("en", "Tesla China deliveries rose 10% in May.", [("Tesla", None, ["Tesla"])]),
        # nor one inside a longer name, nor a common word's region
        ("en", "Militias in Southern Iraq attacked the convoy.", []),
    ],
    ids=[
        "axa-france",
        "renault-france",
        "microsoft-uk",
        "listed-arm",
        "tesla-china-sales",
        "southern-iraq",
    ],
)
def test_national_arm(nlp_fr, nlp_en, lang, text, expected):
    nlp = nlp_fr if lang == "fr" else nlp_en
    found = companies_from_doc(nlp(text))
    assert [(c.name, c.parent, [m.text for m in c.mentions]) for c in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names read in a title-case headline from the stock model or a cue are not trusted;
        # the body names the firm again
        (
            "Payments Firm Northlane Jumps 31% in NYSE Debut After Pricing IPO\n\n"
            "Northlane Payments Inc. shares rose 31% in their debut on Thursday.",
            [("Northlane Payments", ["Northlane Payments Inc."])],
        ),
        # a listed name in the headline stands
        (
            "Maersk Lifts Profit Forecast as Red Sea Detours Keep Rates High\n\n"
            "The Danish group raised its guidance on Thursday.",
            [("Maersk", ["Maersk"])],
        ),
    ],
    ids=["stock-name-in-headline", "listed-name-in-headline"],
)
def test_title_case_headline(nlp_en, text, expected):
    found = companies_from_doc(nlp_en(text))
    assert [(c.name, [m.text for m in c.mentions]) for c in found] == expected


def test_seed_companies(nlp_fr, seed_text):
    gold = json.loads((FIXTURES / "seed-meta-fr.gold.jsonl").read_text(encoding="utf-8"))
    optional = {"Facebook", "Ray-Ban", "Stargate"}
    found = set(companies(nlp_fr, seed_text)) - optional
    assert found == set(gold["companies"])


def test_gazetteer_entries_are_well_formed():
    entries = read_entries(COMPANIES)
    assert len(entries) > 1500
    names = [e["name"] for e in entries]
    assert len(names) == len(set(names))
    by_name = {e["name"]: e for e in entries}
    assert set(by_name["TotalEnergies"]["ambiguous"]) >= {"Total"}
    assert "Google" not in by_name["Google"].get("ambiguous", [])
    assert by_name["Microsoft"]["isin"] == "US5949181045"


@pytest.mark.shared
def test_sequoia_dev_beats_stock_ner(nlp_fr):
    """Our organisation spans find more of Sequoia's ORG than the stock entities (dev split)."""
    path = shared_path("real", "sequoia_ne_fr", "sequoia_dev.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    gold, stock, ours = set(), set(), set()
    for i, (row, doc) in enumerate(zip(rows, nlp_fr.pipe(r["text"] for r in rows), strict=True)):
        gold |= {(i, e["start"], e["end"]) for e in row["entities"] if e["label"] == "ORG"}
        stock |= {(i, e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"}
        ours |= {(i, s.start_char, s.end_char) for s in doc.spans["newsfacts_companies"]}
        ours |= {(i, s.start_char, s.end_char) for s in doc.spans["newsfacts_organizations"]}
    assert len(gold & ours) > len(gold & stock)


def test_team_takes_its_place(nlp_fr):
    """A stock ORG followed by "de" and a place takes it, as sports teams are named."""
    doc = nlp_fr("Il a signé un contrat avec les Stars de Dallas la saison dernière.")
    spans = [s.text for s in doc.spans["newsfacts_companies"]]
    spans += [s.text for s in doc.spans["newsfacts_organizations"]]
    assert "Stars de Dallas" in spans


def test_team_without_stock_entity(nlp_fr):
    """ "les Pirates de Pittsburgh": a plural article, a name, de and a place."""
    doc = nlp_fr("Il a été repêché par les Pirates de Pittsburgh en 2005.")
    assert [(s.text, s._.organization["kind"]) for s in doc.spans["newsfacts_organizations"]] == [
        ("Pirates de Pittsburgh", "other")
    ]


# A team the stock model reads as a place and a place, or as one name, in a sentence of
# sport; the same shape is a place or an event elsewhere.
TEAMS_READ_AS_NAMES = [
    (
        "name-and-town-read-as-two-places",
        "Il a été échangé aux Phillies de Philadelphie au cours de la saison 2015.",
        [("Phillies de Philadelphie", "other")],
    ),
    (
        "whole-name-read-as-misc",
        "Il signe un contrat de deux ans avec les Blue Jays de Toronto, son troisième club.",
        [("Blue Jays de Toronto", "other")],
    ),
    (
        "the-team-ends-where-its-league-begins",
        "Il joue avec les Screaming Eagles du Cap-Breton de la Ligue de hockey junior "
        "majeur du Québec pour la saison 2008.",
        [("Screaming Eagles du Cap-Breton", "other")],
    ),
    (
        "whole-name-read-as-a-place",
        "Il termine la saison avec les Orioles de Baltimore.",
        [("Orioles de Baltimore", "other")],
    ),
    (
        "a-verb-of-meeting-tells-no-match",
        "Cette plante se rencontre dans les États de Bahia et du Minas Gerais.",
        [],
    ),
    (
        "no-sport-in-the-sentence",
        "Cet oiseau vit sur les petites îles des Moluques du Nord.",
        [],
    ),
    (
        "an-event-not-a-team",
        "Elle a gagné deux médailles aux Championnats du monde de natation de Rome.",
        [],
    ),
    (
        "a-singular-article-before-a-nickname-read-as-a-name",
        "Il rencontre le Heat de Miami mais s'incline en cinq matches.",
        [("Heat de Miami", "other")],
    ),
    (
        "a-nickname-read-with-its-town-after-au",
        "Le, les Islanders l'envoient au Wild du Minnesota en retour d'un choix de sixième "
        "ronde au repêchage.",
        [("Islanders", "other"), ("Wild du Minnesota", "other")],
    ),
    (
        "the-sport-itself-tells-of-sport",
        "Il a joué au basket-ball pour les Wildcats de l'Arizona de 1983 à 1988.",
        [("Wildcats de l'Arizona", "other")],
    ),
    (
        "a-title-after-a-singular-article-is-no-team",
        "Le Prince de Galles a assisté au match de rugby.",
        [],
    ),
    (
        "a-team-word-inside-the-name-tells-no-sport",
        "Le jeu a fait l'objet d'une critique dans l'émission du Joueur du Grenier en 2012.",
        [],
    ),
    (
        "a-race-is-an-event",
        "Elle termine cinquième du sprint dans la manche de coupe du monde du Tour de Nuremberg.",
        [],
    ),
    (
        "a-prize-is-no-team",
        "En 2014, il remporte l'Oscar du meilleur acteur pour son rôle de joueur de rodéo.",
        [],
    ),
]


# Clubs abroad named by a club's acronym or a word of clubs' names and their town, which the
# stock model reads as a place or a person's name (WikiNEuRal sentences, CC BY-SA).
WORDED_CLUBS = [
    ("acronym-and-town", "En 1991, il entraîne le RNK Split pendant quelques mois.", ["RNK Split"]),
    (
        "town-and-acronym",
        "Fin 2005, il quitte la Colombie pour retourner au Tauro FC.",
        ["Tauro FC"],
    ),
    (
        "a-club-word-in-a-sentence-of-sport",
        "Le, il s'engage avec l'Eintracht Francfort pour 3 saisons.",
        ["Eintracht Francfort"],
    ),
    ("a-word-elsewhere", "La Vitesse Arnhem est une sculpture de Jean Tinguely.", []),
    ("a-disc-not-a-club", "Il a reçu deux lettres anonymes et un CD-ROM en 2004.", []),
    # a word of clubs and the adjective of a town, and the département's number
    (
        "stade-and-a-town-adjective",
        "Le Stade rennais a battu le Stade brestois 29 au Roazhon Park.",
        ["Stade rennais", "Stade brestois 29"],
    ),
    (
        "the-town-after-the-adjective-and-a-score-after-it",
        "Le Stade Français Paris a battu le Stade Toulousain 24 à 20.",
        ["Stade Français Paris", "Stade Toulousain"],
    ),
    (
        "grounds-are-no-clubs",
        "Le match s'est joué au Stade de France, puis au Stade olympique.",
        [],
    ),
]


@pytest.mark.parametrize(
    "text, expected", [c[1:] for c in WORDED_CLUBS], ids=[c[0] for c in WORDED_CLUBS]
)
def test_worded_clubs(nlp_fr, text, expected):
    doc = nlp_fr(text)
    clubs = [s.text for s in doc.spans["newsfacts_organizations"]]
    assert clubs == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the complement hangs on the verb, and the stock organisation ends before it
        (
            "Il a joué pendant 20 saisons dans la Ligue nationale de hockey pour différentes "
            "franchises.",
            ["Ligue nationale de hockey"],
        ),
        (
            "Il est nommé joueur par excellence de la Ligue américaine pour la saison 2009.",
            ["Ligue américaine"],
        ),
        # the stock model reads the name whole
        (
            "Aung San Suu Kyi dirige la Ligue nationale pour la démocratie depuis 1988.",
            ["Ligue nationale pour la démocratie"],
        ),
    ],
    ids=["de-hockey-pour", "pour-la-saison", "whole-name"],
)
def test_a_verb_complement_is_no_part_of_the_name(nlp_fr, text, expected):
    doc = nlp_fr(text)
    assert [s.text for s in doc.spans["newsfacts_organizations"]] == expected


def test_national_team_capitalised(nlp_fr):
    """ "l'Équipe d'Italie de hockey sur glace": a team's head in capitals and the name the
    stock model reads whole are the national team, with its sport."""
    doc = nlp_fr("Il représente l'Équipe d'Italie de hockey sur glace au niveau international.")
    assert [(s.text, s._.organization["kind"]) for s in doc.spans["newsfacts_organizations"]] == [
        ("Équipe d'Italie de hockey sur glace", "club")
    ]


@pytest.mark.parametrize(
    "text, expected", [c[1:] for c in TEAMS_READ_AS_NAMES], ids=[c[0] for c in TEAMS_READ_AS_NAMES]
)
def test_team_read_as_names(nlp_fr, text, expected):
    doc = nlp_fr(text)
    teams = [
        (s.text, s._.organization["kind"])
        for s in doc.spans["newsfacts_organizations"]
        if s._.organization["kind"] == "other"
    ]
    assert teams == expected


def test_place_in_a_name_tells_no_match(nlp_fr):
    """A noun of a match tells of one: "la Manche" is a département (a name), not a set,
    where "la dernière manche" is one."""
    finder = nlp_fr.get_pipe("newsfacts_companies")
    place = nlp_fr("Un monument à la mémoire des soldats fut érigé en 1925 dans la Manche.")
    match = nlp_fr("Il a perdu la dernière manche après un long échange.")
    assert not finder.places.match_sentence(place[:])
    assert finder.places.match_sentence(match[:])


# A place that plays a match is its team: regional papers name a club by its town, and
# every paper a national team by its country; a sentence with no score and no match keeps
# the place.
PLAYING_PLACES = [
    (
        "subject-and-object-of-a-win-with-a-score",
        "Samedi soir, Épinal a battu Besançon 3-1 devant 2 000 spectateurs.",
        [("Épinal", "club"), ("Besançon", "club")],
    ),
    (
        "after-a-preposition-of-a-defeat",
        "Les handballeuses de Remiremont se sont inclinées devant Vesoul par 28-25.",
        [("Vesoul", "club")],
    ),
    (
        "two-places-of-a-final",
        "La finale se jouera entre Lunéville et Toul dimanche après-midi.",
        [("Lunéville", "club"), ("Toul", "club")],
    ),
    (
        "a-match-against-a-town",
        "Troisième match, contre Sarrebruck (Oberliga), perdu de peu.",
        [("Sarrebruck", "club")],
    ),
    (
        "a-national-team",
        "Il a disputé son premier match international contre la Belgique en 2019.",
        [("Belgique", "club")],
    ),
    ("a-record-is-no-match", "La France a battu un record d'exportations en 2023.", []),
    ("a-loss-of-money", "La France a perdu 2 milliards d'euros de recettes fiscales.", []),
    ("people-are-no-team", "Les Lorrains ont battu les Alsaciens 21-14.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in PLAYING_PLACES], ids=[c[0] for c in PLAYING_PLACES]
)
def test_a_place_that_plays_a_match_is_its_team(nlp_fr, text, expected):
    assert organizations(nlp_fr, text) == expected


def test_an_acronym_inside_a_stock_entity_that_opens_in_lower_case(nlp_fr):
    """ "plan de [paix de l'O.U.A.]": the stock model runs a lower-case noun into the body's
    acronym (no name opens in lower case), so the acronym after its article is still read."""
    text = "Les deux pays ont accepté, dans le cadre du plan de paix de l'O.U.A., un cessez-le-feu."
    assert ("paix de l'O.U.A.", "MISC") in [(e.text, e.label_) for e in nlp_fr(text).ents]
    assert organizations(nlp_fr, text) == [("OUA", "other")]


# The European Communities (the EEC, then the EC) are listed: Europarl and the history of the
# Union name them alone ("la Communauté", "les Communautés") or by their acronym; a longer
# name that begins with the word is another body.
COMMUNITIES = [
    (
        "the-communities-alone",
        "Les traités de Rome et de Paris avaient fondé les Communautés, devenues Union.",
        ("Communautés", "Communauté européenne", "international"),
    ),
    (
        "the-community-before-a-purpose",
        "Le rapport porte sur le concours de la Communauté pour des projets d'intérêt commun.",
        ("Communauté", "Communauté européenne", "international"),
    ),
    (
        "the-acronym",
        "Le Royaume-Uni a adhéré à la CEE en 1973.",
        ("CEE", "Communauté européenne", "international"),
    ),
    (
        "an-urban-community",
        "La Communauté urbaine de Strasbourg a voté le budget.",
        (
            "Communauté urbaine de Strasbourg",
            "Communauté urbaine de Strasbourg",
            "government",
        ),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in COMMUNITIES], ids=[c[0] for c in COMMUNITIES]
)
def test_the_european_communities(nlp_fr, text, expected):
    found = [
        (m.text, o.name, o.kind) for o in organizations_from_doc(nlp_fr(text)) for m in o.mentions
    ]
    assert expected in found


def test_a_listed_word_before_a_proper_name_is_another_body(nlp_fr):
    """ "la Commission Warren" is no fuller name of the European Commission (listed as
    "Commission"); an acronym modifies the name after it and stays its body."""
    text = "La Commission Warren a conclu que l'assassin avait agi seul."
    assert organizations(nlp_fr, text) == [("Commission Warren", "government")]


def mentions_of(nlp, text: str) -> list[tuple[str, str, list[tuple[str, int]]]]:
    return [
        (o.name, o.kind, [(m.text, m.start) for m in o.mentions])
        for o in organizations_from_doc(nlp(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The acronym before the spelled-out name in brackets (Wikinews, CC BY).
            "Konrad Hejmo a démenti les accusations de l'IPN (Institut de la mémoire "
            "nationale). L'IPN est en possession de dossiers.",
            [
                (
                    "Institut de la mémoire nationale",
                    "research",
                    [("IPN", 44), ("Institut de la mémoire nationale", 49), ("IPN", 86)],
                )
            ],
        ),
        (
            # The name in its own language after the acronym, which its initials spell.
            "Dervis Eroglu, dirigeant du Parti de l'unité nationale (UBP, Ulusal Birlik "
            "Partisi, de tendance nationaliste), a perdu.",
            [
                (
                    "Parti de l'unité nationale",
                    "party",
                    [
                        ("Parti de l'unité nationale", 28),
                        ("UBP", 56),
                        ("Ulusal Birlik Partisi", 61),
                    ],
                )
            ],
        ),
        (
            "La Cedeao (Communauté économique des États d'Afrique de l'Ouest) a validé "
            "l'élection. L'opposition refuse tout dialogue avec la Cedeao.",
            [
                (
                    "CEDEAO",
                    "international",
                    [
                        ("Cedeao", 3),
                        ("Communauté économique des États d'Afrique de l'Ouest", 11),
                        ("Cedeao", 128),
                    ],
                )
            ],
        ),
    ],
)
def test_bracketed_forms_are_one_body(nlp_fr, text, expected):
    assert mentions_of(nlp_fr, text) == expected


def test_honorific_keeps_the_person(nlp_fr):
    # "le cabinet Berlusconi" is still read as a firm (a cue word of law and audit firms);
    # the one-form rule no longer spreads it to "M. Berlusconi" (Wikinews, CC BY).
    text = (
        "Le second vote de confiance a eu lieu jeudi 28 avril devant le Sénat, où le cabinet "
        "Berlusconi a obtenu 170 voix contre 117. M. Berlusconi s'est également déclaré "
        "partisan d'une nouvelle loi électorale."
    )
    found = [[(m.text, m.start) for m in c.mentions] for c in companies_from_doc(nlp_fr(text))]
    assert found == [[("Berlusconi", 84)]]


def test_a_person_named_like_a_body(nlp_fr):
    """ "Gabrielle Union", read as one person's name, is no association."""
    text = "Le film réunit Taraji P. Henson, Gabrielle Union, Michael Ealy et Regina Hall."
    assert organizations_from_doc(nlp_fr(text)) == []


def test_a_title_after_a_body_is_no_word_of_its_name(nlp_en):
    text = "The talks were led by Foreign Office Minister Anne Jenkins."
    [office] = organizations_from_doc(nlp_en(text))
    assert (office.name, office.kind) == ("Foreign Office", "government")
    assert [(m.text, m.start, m.end) for m in office.mentions] == [("Foreign Office", 22, 36)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective of a region, department or city after a company noun says which firm,
        # as a nationality does
        (
            "Le groupe isérois Serfim a remporté le chantier du tramway.",
            [("Serfim", "Serfim", 18)],
        ),
        (
            "La start-up bretonne Triskell Composites embauche 40 personnes.",
            [("Triskell Composites", "Triskell Composites", 21)],
        ),
        (
            "Le fabricant lyonnais de robinetterie Vernaison a été racheté en 2024 par un fonds.",
            [("Vernaison", "Vernaison", 38)],
        ),
        (
            "Les start-up franciliennes Qonto et Alan lèvent des fonds.",
            [("Qonto", "Qonto", 27), ("Alan", "Alan", 36)],
        ),
        # the adjective alone is no firm, nor is it a part of the name
        ("Le patronat breton a dénoncé la réforme.", []),
    ],
    ids=["iserois", "bretonne", "lyonnais-trade", "franciliennes", "no-name"],
)
def test_regional_adjective_after_a_company_noun(nlp_fr, text, expected):
    found = companies_from_doc(nlp_fr(text))
    assert [(c.name, m.text, m.start) for c in found for m in c.mentions] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a listed firm's name that capitalised words run on from, with a trade word in the
        # whole, is a longer firm's name: a subsidiary, whose parent is the listed firm
        (
            "fr",
            "Le tunnel sera creusé par Eiffage Génie Civil, qui a remporté l'appel d'offres.",
            [("Eiffage Génie Civil", "Eiffage", [("Eiffage Génie Civil", 26)])],
        ),
        (
            "fr",
            "Vinci Construction Terrassement a signé le contrat mardi.",
            [
                (
                    "Vinci Construction Terrassement",
                    "Vinci Construction",
                    [("Vinci Construction Terrassement", 0)],
                )
            ],
        ),
        (
            "fr",
            "Le viaduc a été confié à Bouygues Bâtiment Grand Ouest.",
            [
                (
                    "Bouygues Bâtiment Grand Ouest",
                    "Bouygues",
                    [("Bouygues Bâtiment Grand Ouest", 25)],
                )
            ],
        ),
        # through another listed name the longer name is its own firm, with no parent known
        (
            "en",
            "The tunnel will be built by Sumitomo Mitsui Construction, the ministry said.",
            [("Sumitomo Mitsui Construction", None, [("Sumitomo Mitsui Construction", 28)])],
        ),
        (
            "en",
            "Toshiba Energy Systems won an order for four turbines.",
            [("Toshiba Energy Systems", "Toshiba", [("Toshiba Energy Systems", 0)])],
        ),
        # a product, a person, a place or a date after the name is no longer firm's name
        (
            "fr",
            "Renault a présenté sa Renault Clio à Paris.",
            [("Renault", None, [("Renault", 0)])],
        ),
        (
            "en",
            "Microsoft Chief Executive Satya Nadella spoke on Monday.",
            [("Microsoft", None, [("Microsoft", 0)])],
        ),
        (
            "en",
            "Vinci Construction Monday said it had won the contract.",
            [("Vinci Construction", None, [("Vinci Construction", 0)])],
        ),
        # an event named after a firm is no firm
        (
            "en",
            "The chief executive spoke at the Morgan Stanley Healthcare Conference in New York.",
            [("Morgan Stanley", None, [("Morgan Stanley", 33)])],
        ),
        # a firm's name word after the listed name makes a studio, a label, an arm
        (
            "fr",
            "Le jeu est développé par le studio interne Nintendo Software Technology.",
            [
                (
                    "Nintendo Software Technology",
                    "Nintendo",
                    [("Nintendo Software Technology", 43)],
                )
            ],
        ),
        (
            "fr",
            "Le jeu est développé par Microsoft Studios et sort en 2012.",
            [("Microsoft Studios", "Microsoft", [("Microsoft Studios", 25)])],
        ),
        # a console is no firm: "System", where a firm's name has "Systems"
        (
            "fr",
            "Le jeu est sorti en 1993 sur Nintendo Entertainment System et Game Boy.",
            [("Nintendo", None, [("Nintendo", 29)])],
        ),
    ],
    ids=[
        "eiffage-genie-civil",
        "vinci-construction-terrassement",
        "bouygues-batiment",
        "sumitomo-mitsui",
        "toshiba-energy",
        "renault-clio",
        "microsoft-chief",
        "monday",
        "conference",
        "nintendo-software-technology",
        "microsoft-studios",
        "console",
    ],
)
def test_a_longer_name_begun_by_a_listed_one(nlp_fr, nlp_en, lang, text, expected):
    nlp = nlp_fr if lang == "fr" else nlp_en
    found = companies_from_doc(nlp(text))
    assert [(c.name, c.parent, [(m.text, m.start) for m in c.mentions]) for c in found] == (
        expected
    )


# Encyclopedic text on affairs and institutions (French probe set fr-wiki-1's round): a body
# spelled out before its bracketed acronym, the acronym again later, a verb of the simple
# past after a name, an ampersand inside a firm's name.
def spans_of(nlp, text: str) -> list[tuple[str, int]]:
    """Every company name (anaphors left out) and organisation mention, with its offset."""
    doc = nlp(text)
    found = [(s.text, s.start_char) for s in doc.spans[SPANS_KEY] if not s._.company.get("anaphor")]
    found += [(s.text, s.start_char) for s in doc.spans[ORGANIZATIONS_KEY]]
    return sorted(found, key=lambda m: m[1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials read without their accents
        (
            "L'École nationale de la magistrature (ENM) forme les futurs juges depuis 1958.",
            [("École nationale de la magistrature", 2), ("ENM", 38)],
        ),
        (
            "L'Office national d'études et de recherches aérospatiales (ONERA) a testé la "
            "maquette.",
            [("Office national d'études et de recherches aérospatiales", 2), ("ONERA", 59)],
        ),
        # an acronym that begins as the name of two words or more before it, without
        # spelling it
        (
            "Le Groupe d'action financière (GAFI) a retiré le Panama de sa liste grise.",
            [("Groupe d'action financière", 3), ("GAFI", 31)],
        ),
        (
            "Le gouvernement s'appuya sur le Parti de l'unité nigérienne (PUNIG), qui dominait "
            "le Nord.",
            [("Parti de l'unité nigérienne", 32), ("PUNIG", 61)],
        ),
        # the words the acronym spells are the name, where the reading began inside them
        (
            "Aide et Entraide européenne (AEE) est une fondation créée en 1972.",
            [("Aide et Entraide européenne", 0), ("AEE", 29)],
        ),
        # the acronym again, later in the article
        (
            "Solidarité et Progrès international (SPI) est une association fondée en 1990. En "
            "1994, SPI intervint au Rwanda.",
            [("Solidarité et Progrès international", 0), ("SPI", 37), ("SPI", 87)],
        ),
    ],
    ids=["accent-ecole", "accent-etudes", "gafi", "punig", "spelled-from-the-first-word", "again"],
)
def test_a_body_and_its_bracketed_acronym(nlp_fr, text, expected):
    assert spans_of(nlp_fr, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word name before the bracket is not spelled out by it
        ("Le contrat fut signé par la Sofrapel (SFP) en 2001.", [("Sofrapel", 28)]),
        # another first letter: the acronym of something else
        (
            "Le Conseil national de la Résistance (MUR) se réunit à Paris.",
            [("Conseil national de la Résistance", 3)],
        ),
        # an acronym of common words stays a common noun, later too
        (
            "Le débit de filtration glomérulaire (DFG) baisse. Un DFG bas impose une dose réduite.",
            [],
        ),
        # after a plural article the acronym is a common noun
        (
            "Solidarité et Progrès international (SPI) est une association. Les SPI de la "
            "région ont fermé.",
            [("Solidarité et Progrès international", 0), ("SPI", 37)],
        ),
    ],
    ids=["one-word-name", "other-first-letter", "common-words", "plural-article"],
)
def test_a_bracketed_acronym_left_alone(nlp_fr, text, expected):
    assert spans_of(nlp_fr, text) == expected


def test_a_verb_of_the_simple_past_ends_a_name(nlp_fr):
    """The tagger reads "débattirent" as an adjective after a name (no French adjective ends
    in -irent, -èrent, -urent)."""
    text = "Le Conseil de la République et l'Assemblée de l'Union française débattirent du projet."
    assert ("Assemblée de l'Union française", 33) in spans_of(nlp_fr, text)
    kept = "Le Parlement européen adopta le texte."
    assert spans_of(nlp_fr, kept) == [("Parlement européen", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Banque Worms & Associés fut nationalisée en 1982.", [("Banque Worms & Associés", 3)]),
        # "et" joins two names, as before
        (
            "Les constructeurs Renault et Peugeot ont présenté leurs résultats.",
            [("Renault", 18), ("Peugeot", 29)],
        ),
    ],
    ids=["ampersand", "et"],
)
def test_an_ampersand_joins_one_name(nlp_fr, text, expected):
    assert spans_of(nlp_fr, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le maillot était sponsorisé par l'horloger andorran Festina.", ["Festina"]),
        ("Le portugais Tavorex a racheté l'enseigne.", ["Tavorex"]),
        ("Le slovaque Vetrona a racheté l'usine de Douai.", ["Vetrona"]),
        # a person's name after a nationality stays a person's
        ("Le tchèque Jaromír Jágr a marqué deux buts.", []),
    ],
    ids=["horloger-andorran", "portugais", "slovaque", "person"],
)
def test_trade_nouns_and_nationalities(nlp_fr, text, expected):
    assert companies(nlp_fr, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "gestion" and "trading" end firms' names, not people's
        (
            "Tracfin transmit des informations sur une filiale parisienne, Meunier Gestion, "
            "puis sur la maison mère.",
            ["Meunier Gestion"],
        ),
        ("Les fonds ont transité par Dubreuil Gestion.", ["Dubreuil Gestion"]),
        (
            "Les cargaisons étaient achetées par Arkos Trading Company, basée à Dubaï.",
            ["Arkos Trading Company"],
        ),
    ],
    ids=["gestion-apposition", "gestion", "trading"],
)
def test_firm_words_of_financial_names(nlp_fr, text, expected):
    assert companies(nlp_fr, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second noun of a compound is no body's head
        ("Il embarqua sur le navire-hôpital Saint-Yves en 1950.", []),
        # a person's name joined by hyphens, after an institution's name, honours the person
        (
            "Ses équipes embarquent avec l'Institut polaire français Paul-Émile-Victor "
            "(IPEV) chaque hiver.",
            [("Institut polaire français Paul-Émile-Victor", 30), ("IPEV", 75)],
        ),
        # a member body's name stops before a person
        ("Le Parti radical Jean-Louis Borloo n'existe pas.", [("Parti radical", 3)]),
        (
            "Le Centre national de la recherche scientifique a publié le rapport.",
            [("Centre national de la recherche scientifique", 3)],
        ),
    ],
    ids=["compound", "honoured-person", "member-body", "centre-national"],
)
def test_capitalised_heads_in_encyclopedic_text(nlp_fr, text, expected):
    assert spans_of(nlp_fr, text) == expected
