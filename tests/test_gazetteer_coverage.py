"""The gazetteer's data on news sentences: the names the curated lists add, the forms that are
also common words or people's names, subsidiaries kept apart from their parents, and the
organisations that are not companies."""

import pytest

from newsfacts.build import companies_from_doc, organizations_from_doc
from newsfacts.components.gazetteer import COMPANIES, read_entries


def companies(nlp, text: str) -> list[str]:
    return [c.name for c in companies_from_doc(nlp(text))]


def organizations(nlp, text: str) -> list[tuple[str, str]]:
    return [(o.name, o.kind) for o in organizations_from_doc(nlp(text))]


FRENCH = [
    # Common words: the firm only where the context says so.
    ("seuil-word", "Le seuil de pauvreté a été relevé.", []),
    ("pocket-publisher", "Le roman sort en poche chez Pocket en mars.", ["Pocket"]),
    ("plon-publisher", "Ses Mémoires paraîtront chez Plon en octobre.", ["Plon"]),
    ("fayard-publisher", "Le livre paraît chez Fayard le 3 mars.", ["Fayard"]),
    ("fayard-tree", "Le fayard est un arbre commun en Normandie.", []),
    ("ibis-bird", "L'ibis sacré niche dans les marais de Camargue.", []),
    ("mercure-planet-not-listed", "La sonde BepiColombo s'approche de Mercure.", []),
    (
        "groupe-avril",
        "Le groupe Avril, propriétaire de Lesieur, a vu ses ventes progresser.",
        ["Avril", "Lesieur"],
    ),
    # Family names: the person is not the firm.
    ("dassault-person", "Serge Dassault, sénateur de l'Essonne, est mort en 2018.", []),
    (
        "dassault-group",
        "Le carnet de commandes de Dassault atteint un record.",
        ["Groupe Dassault"],
    ),
    ("bollore-person", "Vincent Bolloré a pris le contrôle de Vivendi.", ["Vivendi"]),
    ("bollore-group", "Bolloré a pris le contrôle de Vivendi.", ["Bolloré", "Vivendi"]),
    ("bouygues-person", "Martin Bouygues a annoncé son départ.", []),
    ("renault-founder", "Louis Renault a fondé l'usine de Billancourt en 1898.", []),
    (
        "renault-peugeot",
        "Les ventes de Renault et de Peugeot ont reculé.",
        ["Renault", "Peugeot"],
    ),
    ("goldman-singer", "Jean-Jacques Goldman reste la personnalité préférée des Français.", []),
    ("goldman-bank", "La banque Goldman a relevé sa prévision.", ["Goldman Sachs"]),
    # Brands written in lower case, matched as written only.
    (
        "lower-case-brands",
        "Maroc Telecom, Orange Maroc et inwi ont obtenu des fréquences ; l'émirati e& "
        "(anciennement Etisalat) détient Maroc Telecom.",
        ["Maroc Telecom", "Orange Maroc", "inwi", "e&"],
    ),
    # Property-fund managers, as savings news names them.
    (
        "scpi-managers",
        "Une trentaine de SCPI ont baissé leur prix de part, dont celles de Perial, Sofidy "
        "et Corum Asset Management.",
        ["Perial", "Sofidy", "Corum Asset Management"],
    ),
    ("la-francaise-word", "La Française Marie Curie a reçu le prix Nobel.", []),
    # Subsidiaries and networks are their own companies.
    (
        "natixis-bpce",
        "Natixis, filiale de BPCE, a annoncé des suppressions de postes.",
        ["Natixis", "BPCE"],
    ),
    (
        "caisse-epargne",
        "La Française des jeux et la Caisse d'Épargne ont signé un partenariat.",
        ["Française des Jeux", "Caisse d'Épargne"],
    ),
    ("air-france", "Air France a transporté 45 millions de passagers.", ["Air France"]),
    (
        "covea-brands",
        "MAAF, MMA et GMF, les trois marques de Covéa, ont reçu 20 000 déclarations.",
        ["MAAF", "MMA", "GMF", "Covéa"],
    ),
    (
        "mousquetaires-intermarche",
        "Intermarché, filiale des Mousquetaires, a baissé ses prix.",
        ["Intermarché", "Les Mousquetaires"],
    ),
    # Short names for listed groups; a legal suffix after "&" is not part of the name.
    (
        "heineken-carlsberg",
        "Heineken et Carlsberg ont relevé leurs prix.",
        ["Heineken", "Carlsberg"],
    ),
    ("merck", "Le laboratoire Merck a obtenu une autorisation.", ["Merck"]),
    # Pollsters are firms; the newspaper that orders the poll is not.
    ("pollster", "Selon un sondage Ifop pour le JDD, 55 % des Français sont inquiets.", ["Ifop"]),
    # Firms outside the indices: foreign listed groups, start-ups, houses named after people.
    ("air-canada", "Le PDG d'Air Canada a démissionné.", ["Air Canada"]),
    (
        "leapmotor",
        "Le constructeur chinois Leapmotor, allié de Stellantis, a ouvert une usine.",
        ["Leapmotor", "Stellantis"],
    ),
    ("alan-start-up", "La start-up Alan a levé 173 millions d'euros.", ["Alan"]),
    ("alan-person", "Alan Greenspan a dirigé la Fed.", []),
    ("leonardo-group", "Le groupe italien Leonardo a relevé ses objectifs.", ["Leonardo"]),
    ("leonardo-person", "Leonardo DiCaprio a reçu un Oscar.", []),
    (
        "versace-house",
        "Versace, propriété de Capri Holdings, a été vendu à Prada.",
        ["Versace", "Capri Holdings", "Prada"],
    ),
    ("versace-person", "Donatella Versace a quitté la direction artistique.", []),
    ("printemps-store", "Le chiffre d'affaires du Printemps a progressé de 5 %.", ["Printemps"]),
    ("printemps-arabe", "Le Printemps arabe a commencé en Tunisie.", []),
    ("boulanger-general", "Le général Boulanger fut un personnage politique.", []),
    ("zurich-insurer", "L'assureur Zurich a relevé ses prévisions.", ["Zurich Insurance Group"]),
    ("zurich-town", "Il vit à Zurich depuis dix ans.", []),
    ("feu-vert-phrase", "Feu vert pour la fusion entre les deux groupes.", []),
    # Groups under the names the press of the 1980s and 1990s wrote: the firm of today.
    (
        "old-names-of-arms-makers",
        "La DCN a livré la frégate, et GIAT Industries a supprimé 1 000 emplois.",
        ["Naval Group", "KNDS France"],
    ),
    # renamed in 2024: the name of today, the old one an alias
    ("knds-france", "Nexter, devenu KNDS France, livre des canons Caesar.", ["KNDS France"]),
    (
        "gec-alsthom-and-sanofi-synthelabo",
        "GEC Alsthom a livré le TGV ; Sanofi-Synthélabo a lancé un somnifère.",
        ["Alstom", "Sanofi"],
    ),
    (
        "thomson-with-a-firm-word",
        "L'ancien directeur de Thomson pour l'Asie a été entendu par les juges.",
        ["Technicolor"],
    ),
    ("thomson-person", "Roy Thomson a fondé un empire de presse. Thomson est mort en 1976.", []),
    ("bull-word", "Le bull-terrier de Jean est un chien têtu.", []),
    (
        "bull-computer-maker",
        "Le groupe Bull a vendu ses ordinateurs à la Caisse d'épargne.",
        ["Bull", "Caisse d'Épargne"],
    ),
]

ENGLISH = [
    (
        "catastrophe-modellers",
        "Insured losses could reach $30 billion, catastrophe modeler Karen Clark & Co. "
        "estimated, while Verisk and Moody's RMS gave wider ranges.",
        ["Karen Clark & Co.", "Verisk", "Moody's RMS"],
    ),
    (
        "broker-arms-and-boutiques",
        "Analysts at Keefe, Bruyette & Woods and Wells Fargo Securities cut their targets.",
        ["Keefe, Bruyette & Woods", "Wells Fargo Securities"],
    ),
    (
        "shipping-full-names",
        "Mediterranean Shipping Co. and A.P. Moller-Maersk ended their alliance, according "
        "to Alphaliner.",
        ["MSC", "Maersk", "Alphaliner"],
    ),
    (
        "lower-case-brands",
        "The Austrian steelmaker voestalpine raised its outlook, and abrdn cut 500 jobs.",
        ["voestalpine", "abrdn"],
    ),
    (
        "paramount-company",
        "Paramount agreed to merge with Skydance Media.",
        ["Paramount", "Skydance Media"],
    ),
    ("paramount-adjective", "It is of paramount importance.", []),
    ("stripe-company", "Investors valued Stripe at $91.5 billion.", ["Stripe"]),
    ("stripe-word", "She wore a red stripe on her sleeve.", []),
    ("eli-lilly", "Eli Lilly raised its forecast for Zepbound sales.", ["Eli Lilly"]),
    # Brokers and research firms quoted in business news.
    ("jefferies", "Analysts at Jefferies said the price was a fair reflection.", ["Jefferies"]),
    ("lseg-poll", "Analysts polled by LSEG had expected sales of $25.3 billion.", ["LSEG"]),
    (
        "deal-data",
        "Data from Dealogic and PitchBook show deal volumes fell.",
        ["Dealogic", "PitchBook"],
    ),
    # a bank's broker arm is a company of its own, as Natixis is apart from BPCE
    ("bofa-arm", "BofA Securities raised its price target.", ["BofA Securities"]),
    ("bofa-bank", "Bank of America posted record trading revenue.", ["Bank of America"]),
    (
        "rbc-and-td-cowen",
        "Analysts at RBC Capital Markets and TD Cowen were cautious.",
        ["RBC Capital Markets", "TD Cowen"],
    ),
    (
        "nomura-arm",
        "Tomoko Arai, a strategist at Nomura Securities, sees the yen weaker.",
        ["Nomura Securities"],
    ),
    ("counterpoint-word", "The melody is written in counterpoint.", []),
    ("vanguard-word", "The vanguard of the movement marched on.", []),
    ("bernstein-person", "Leonard Bernstein conducted the orchestra.", []),
    ("cowen-person", "Tyler Cowen wrote a blog post.", []),
    (
        "fiat-chrysler-and-psa",
        "Stellantis was formed from the merger of Fiat Chrysler and PSA Group in 2021.",
        ["Stellantis", "Fiat Chrysler", "Peugeot"],
    ),
    ("chrysler-founder", "Walter Chrysler founded the carmaker in 1925.", []),
    # Short names news writes for listed groups, and a canonical name cut short before.
    ("gap-company", "Investors sold Gap shares on Friday.", ["Gap"]),
    ("gap-word", "The gap between rich and poor widened.", []),
    ("hershey", "Shares of Hershey fell after it raised chocolate prices.", ["Hershey"]),
    ("hershey-the-town", "The team plays in Hershey, Pennsylvania.", []),
    ("deere", "Deere cut its forecast.", ["John Deere"]),
    ("cvs", "CVS said it would close 270 stores.", ["CVS Health"]),
    ("delta-airline", "Delta said it expected strong demand.", ["Delta Air Lines"]),
    ("delta-word", "The Nile delta flooded.", []),
    ("apollo-program", "The Apollo program landed on the moon.", []),
    ("abbott-person", "Greg Abbott is governor of Texas.", []),
    ("wendys-without-article", "Wendy's cut prices.", ["Wendy's"]),
    ("mosaic-without-article", "Mosaic said potash demand rose.", ["Mosaic"]),
    ("mosaic-word", "The mosaic was restored.", []),
    # Firms outside the indices that probes of business news missed.
    (
        "canadian-airlines",
        "Air Canada and WestJet cancelled flights as pilots went on strike.",
        ["Air Canada", "WestJet"],
    ),
    ("goodyear", "Goodyear will cut 1,000 jobs in Germany.", ["Goodyear"]),
    ("globaldata", "Analysts at GlobalData said demand would slow.", ["GlobalData"]),
    ("close-brothers", "Close Brothers shares jumped after the ruling.", ["Close Brothers"]),
    ("mars-company", "Mars Inc. agreed to buy Kellanova for $36 billion.", ["Mars", "Kellanova"]),
    ("mars-planet", "NASA plans to send astronauts to Mars.", []),
    ("zurich-town-en", "She studied in Zurich for two years.", []),
    (
        "fashion-houses",
        "PVH owns Calvin Klein and Tommy Hilfiger.",
        ["PVH", "Calvin Klein", "Tommy Hilfiger"],
    ),
    ("designer", "Calvin Klein sold his company in 2003.", []),
    # A listed name at the start of a longer name of something else needs the context.
    ("air-force", "The Royal Jordanian Air Force carried out strikes.", []),
    ("air-guard", "The Alaska Air National Guard rescued two hikers.", []),
    (
        "alaska-air",
        "Alaska Air said it would buy Hawaiian Airlines.",
        ["Alaska Airlines", "Hawaiian Airlines"],
    ),
    (
        "trading-houses-by-their-own-names",
        "Berkshire Hathaway raised its stakes in Mitsubishi Corp., Mitsui & Co. and Sumitomo "
        "Corp. last year.",
        ["Berkshire Hathaway", "Mitsubishi Corporation", "Mitsui & Co.", "Sumitomo Corporation"],
    ),
    (
        "a-utility-and-its-parent",
        "Georgia Power, a unit of Southern Co., asked regulators to freeze its base rates.",
        ["Georgia Power", "Southern Company"],
    ),
    (
        "tsmc-with-a-legal-suffix",
        "Taiwan Semiconductor Manufacturing Co. will build a third plant in Kumamoto.",
        ["TSMC"],
    ),
    (
        "a-retailer-and-its-chain",
        "Frasers, which owns Sports Direct, hired Interpath to sell the stores.",
        ["Frasers Group", "Sports Direct", "Interpath Advisory"],
    ),
    (
        "investors-and-a-regional-airline",
        "Atlas Venture and CapVest invested, and Jingye sold its stake in Lufthansa Cityline.",
        ["Atlas Venture", "CapVest", "Jingye", "Lufthansa CityLine"],
    ),
    ("ministry", "The Ministry of Energy and Mineral Resources issued a statement.", []),
    ("ally-word", "As a long-time Ally, the United States supports Turkey.", []),
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
    (
        "beauvau",
        "Beauvau a annoncé le déploiement de 5 000 policiers supplémentaires.",
        [("Beauvau", "government")],
    ),
    (
        "unedic",
        "L'Unédic prévoit un excédent de 4 milliards d'euros en 2025.",
        [("Unédic", "agency")],
    ),
    (
        "france-travail",
        "Pôle emploi est devenu France Travail en janvier 2024.",
        [("France Travail", "agency")],
    ),
    (
        "unions",
        "La CGT, FO et Solidaires appellent à la grève jeudi.",
        [("CGT", "trade_union"), ("FO", "trade_union"), ("Solidaires", "trade_union")],
    ),
    (
        "armed-parties",
        "Le Hezbollah et le Hamas ont salué l'accord.",
        [("Hezbollah", "party"), ("Hamas", "party")],
    ),
    (
        "financial-prosecutor",
        "Le Parquet national financier a ouvert une enquête.",
        [("Parquet national financier", "court")],
    ),
    (
        "coalition",
        "Le Nouveau Front populaire est arrivé en tête.",
        [("Nouveau Front populaire", "party")],
    ),
    (
        "broadcaster",
        "Invité de France Inter, le ministre a défendu la réforme.",
        [("France Inter", "broadcaster")],
    ),
    (
        "newspaper",
        "Selon un sondage Ifop pour le JDD, 55 % des Français sont inquiets.",
        [("Le Journal du dimanche", "publication")],
    ),
    # Newspaper titles that are also phrases are left out of the list.
    ("progres-phrase", "Le Progrès technique transforme l'industrie.", []),
    ("provence-region", "La Provence attire de nombreux touristes chaque été.", []),
]

ORGANIZATIONS_EN = [
    ("ofcom", "Ofcom fined the broadcaster after a complaint.", [("Ofcom", "regulator")]),
    (
        "hmrc-treasury",
        "HMRC collected record tax receipts, the Treasury said.",
        [("HMRC", "agency"), ("Treasury", "government")],
    ),
    # "CDC" is also an alias of the Caisse des dépôts: the language's list wins.
    (
        "cdc-agency",
        "The CDC recommended booster shots for older adults.",
        [("CDC", "agency")],
    ),
    (
        "teamsters",
        "The Teamsters union called a strike at UPS.",
        [("Teamsters", "trade_union")],
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


def test_cdc_is_not_a_company_in_english(nlp_en):
    assert companies(nlp_en, "The CDC recommended booster shots for older adults.") == []


@pytest.mark.parametrize(
    ("name", "ambiguous"),
    [
        ("Éditions du Seuil", ["Seuil"]),
        ("Pocket", ["Pocket"]),
        ("Ibis", ["Ibis"]),
        ("Orange", ["Orange", "ORANGE"]),
        ("Free", ["Free"]),
        ("Plon", []),
        ("Groupe Dassault", ["Dassault"]),
        ("Bolloré", ["Bolloré", "Bollore"]),
        ("Santos", ["Santos"]),
        ("Zurich Insurance Group", ["Zurich"]),
        ("Mars", ["Mars"]),
        ("Leonardo", []),
        ("TCL", ["TCL"]),
    ],
)
def test_ambiguous_forms(name, ambiguous):
    """Common words (from the word lists) and curated family names need the context."""
    by_name = {e["name"]: e for e in read_entries(COMPANIES)}
    assert by_name[name].get("ambiguous", []) == ambiguous


def test_no_name_ends_with_a_conjunction():
    """Legal suffixes stripped without leaving "Merck &" or "Eli Lilly and"."""
    names = [e["name"] for e in read_entries(COMPANIES)]
    assert [n for n in names if n.endswith((" &", " and"))] == []


def test_old_and_new_names_are_one_body(nlp_fr):
    """Pôle emploi was renamed France Travail: both names are mentions of one organisation."""
    doc = nlp_fr("Pôle emploi est devenu France Travail en janvier 2024.")
    [body] = organizations_from_doc(doc)
    assert (body.name, [m.text for m in body.mentions]) == (
        "France Travail",
        ["Pôle emploi", "France Travail"],
    )
