"""French words and phrases the company finder reads: cues, suffixes, anaphors, descriptors."""

# Legal forms and group words written after a company name: "Lactalis SA", "Groupe Casino".
COMPANY_SUFFIXES = (
    "SA",
    "S.A.",
    "SAS",
    "S.A.S.",
    "SASU",
    "SARL",
    "SE",
    "SCA",
    "SNC",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "LLC",
    "GmbH",
    "AG",
    "plc",
    "NV",
    "N.V.",
    # the Dutch private company, which holds many a marketing authorisation
    "BV",
    "B.V.",
    "SpA",
    "Corp",
    "Corp.",
    "Group",
    "Holding",
    "Limited",
    "Corporation",
    "Incorporated",
)
# Of those, the legal forms: left out of a company's name ("Lactalis SA" is Lactalis).
LEGAL_FORMS = ("SA", "S.A.", "SAS", "S.A.S.", "SASU", "SARL", "SE", "SCA", "SNC", "Inc",
               "Inc.", "Ltd", "Ltd.", "LLC", "GmbH", "AG", "plc", "NV", "N.V.", "BV", "B.V.",
               "SpA", "Corp", "Corp.", "Limited", "Corporation", "Incorporated")  # fmt: skip
# The family a firm is named after, written after its name: "Berthelot et Fils", "Martin &
# Cie", "Perrin Frères" (`FAMILY_FIRM_JOINERS` before the first two; "Frères" also right
# after the name). In lower case it is a person's: "Alexandre Dumas fils".
FAMILY_FIRM_WORDS = ("Fils", "Cie", "Frères")
FAMILY_FIRM_JOINERS = ("et", "&")
# Cues that are a word of the firm's name, in lower case too: "les éditions Gallimard",
# "la laiterie Besnier".
TRADE_NOUNS = (
    "éditions",
    "laiterie",
    "fromagerie",
    "boulangerie",
    "imprimerie",
    "brasserie",
    "librairie",
    # the trades of a town's firms, named after their family: "la scierie Humbert"
    "scierie",
    "menuiserie",
    "fonderie",
    "papeterie",
    "verrerie",
    "cristallerie",
    "tuilerie",
    "distillerie",
    "chocolaterie",
    "biscuiterie",
    "charcuterie",
)
# The trades in the plural, as a family's works are named, capitalised: "les Fromageries
# Thiriet", "les Brasseries Meteor" (not "tuileries": "les Tuileries" is the Paris garden).
TRADE_NOUN_PLURALS = tuple(
    f"{noun}s" for noun in TRADE_NOUNS if not noun.endswith("s") and noun != "tuilerie"
)
# Nouns that, right before a capitalised name, say it is a company: "la société Lactalis".
COMPANY_CUES = (
    "société",
    "groupe",
    "entreprise",
    "firme",
    "constructeur",
    "opérateur",
    "banque",
    "assureur",
    "start-up",
    "startup",
    "jeune pousse",
    "laboratoire",
    "géant",
    "fabricant",
    "distributeur",
    "enseigne",
    "compagnie",
    "éditeur",
    "équipementier",
    "pétrolier",
    "énergéticien",
    "sidérurgiste",
    "chimiste",
    "transporteur",
    "armateur",
    "avionneur",
    "motoriste",
    "filiale",
    "marque",
    "conglomérat",
    "fonds",
    "cabinet",
    "brasseur",
    "horloger",  # "l'horloger andorran Festina", "l'horloger suisse Swatch"
    "fournisseur",
    "grossiste",
    "coentreprise",
    "chaîne",
    "holding",
    *TRADE_NOUNS,
    *TRADE_NOUN_PLURALS,
    "editions",  # capitals often lose their accent: "Editions du Rocher"
    "coopérative",
    "pme",  # "la PME Menuiseries Laurent"
    "biotech",
    "medtech",
    "fintech",
    "licorne",
    "concurrent",  # "le concurrent américain Affirm" (not "rival": "son rival Macron")
)
# Between a company noun and the name, what says which company it is: its nationality and
# the adjectives of its trade ("la biotech américaine Blueprint Medicines", "le constructeur
# automobile chinois BYD") and a bare complement of its trade ("le fonds d'investissement
# Ardian", "la banque d'affaires Lazard"), at most this many words. Other adjectives make
# another kind of group: "le groupe parlementaire fédéral FPÖ".
CUE_MODIFIER_WORDS = 4
# The prepositions of a trade's bare complement between a company noun and its name: "le
# fonds d'investissement Ardian" (not "le géant des îles Poor Knights", a place's).
TRADE_COMPLEMENTS = ("de", "d'")
FIRM_ADJECTIVES = (
    "aéronautique",
    "agricole",
    "agroalimentaire",
    "audiovisuel",
    "automobile",
    "bancaire",
    "biopharmaceutique",
    "chimique",
    "coté",
    "cosmétique",
    "familial",
    "ferroviaire",
    "financier",
    "hôtelier",
    "immobilier",
    "industriel",
    "informatique",
    "laitier",
    "logistique",
    "maritime",
    "minier",
    "mutualiste",
    "numérique",
    "pétrolier",
    "pharmaceutique",
    "privé",
    "sidérurgique",
    "spatial",
    "spécialisé",
    "technologique",
    "textile",
)
# Nationality nouns and adjectives (read on the form or the lemma, so the masculine singular
# suffices where the lemmatizer knows the word): after a company noun they say which firm
# ("la firme sud-coréenne Kia"), and after a definite article they name one by its country
# right before its name ("le chinois Leapmotor", "l'américain Pfizer"; a person is "le
# Français Jean Dupont", capitalised, and a person's name the stock model reads is left
# alone: "le norvégien Henrik Kristoffersen").
NATIONALITY_NOUNS = (
    "algérien",
    "allemand",
    "américain",
    "andorran",
    "anglais",
    "australien",
    "autrichien",
    "belge",
    "britannique",
    "brésilien",
    "bulgare",
    "camerounais",
    "canadien",
    "chinois",
    "chypriote",
    "coréen",
    "croate",
    "danois",
    "espagnol",
    "estonien",
    "européen",
    "finlandais",
    "français",
    "ghanéen",
    "grec",
    "hongkongais",
    "hongrois",
    "indien",
    "irlandais",
    "islandais",
    "israélien",
    "italien",
    "ivoirien",
    "japonais",
    "kényan",
    "letton",
    "lituanien",
    "luxembourgeois",
    "maltais",
    "marocain",
    "mexicain",
    "monégasque",
    "nigérian",
    "norvégien",
    "néerlandais",
    "polonais",
    "portugais",
    "qatari",
    "roumain",
    "russe",
    "saoudien",
    "serbe",
    "singapourien",
    "slovaque",
    "slovène",
    "sud-africain",
    "sud-coréen",
    "sud-coréenne",
    "suisse",
    "suédois",
    "sénégalais",
    "taïwanais",
    "tchèque",
    "tunisien",
    "turc",
    "ukrainien",
    "égyptien",
    "émirati",
    "émirien",
)
# Adjectives of French regions, departments and cities, in the masculine singular (the
# feminine and plural forms are made from it: "iséroise", "bretonnes", "franciliennes"): after
# a company noun they say which firm, as a nationality does ("le groupe isérois Sata", "la PME
# bretonne Triskell"). Not after an article alone: "le lyonnais Karim Benzema" is a person as
# often as "le nordiste Auchan" is a firm.
_REGIONAL_MASCULINE = (
    # regions and provinces
    "francilien", "breton", "normand", "alsacien", "lorrain", "champenois", "picard",
    "nordiste", "bourguignon", "franc-comtois", "auvergnat", "rhônalpin", "savoyard",
    "haut-savoyard", "dauphinois", "provençal", "azuréen", "corse", "basque", "béarnais",
    "landais", "girondin", "périgourdin", "limousin", "poitevin", "charentais", "vendéen",
    "angevin", "berrichon", "ligérien", "occitan", "languedocien", "catalan", "aquitain",
    "jurassien", "vosgien", "mosellan", "ardennais", "ardéchois", "drômois", "aveyronnais",
    "gersois", "tarnais", "isérois", "réunionnais", "martiniquais", "guadeloupéen", "guyanais",
    "mayennais", "sarthois", "manchois", "finistérien", "morbihannais", "costarmoricain",
    "ornais", "aubois", "marnais", "axonais", "oisien", "nivernais", "bressan", "savoisien",
    # cities
    "parisien", "lyonnais", "marseillais", "toulousain", "niçois", "nantais", "strasbourgeois",
    "montpelliérain", "bordelais", "lillois", "rennais", "rémois", "stéphanois", "toulonnais",
    "grenoblois", "dijonnais", "nîmois", "clermontois", "havrais", "brestois",
    "tourangeau", "limougeaud", "amiénois", "messin", "nancéien", "mulhousien", "rouennais",
    "caennais", "orléanais", "bisontin", "perpignanais", "palois", "bayonnais", "lorientais",
    "vannetais", "quimpérois", "malouin", "choletais", "lavallois", "manceau", "troyen",
    "roubaisien", "tourquennois", "dunkerquois", "calaisien", "valenciennois", "avignonnais",
    "cannois", "annécien", "chambérien", "valentinois", "versaillais", "cergyssois",
    "rochelais", "montois", "aurillacois", "briviste", "castrais", "biterrois", "narbonnais",
    "agenais", "niortais",
)  # fmt: skip


def _inflected(masculine: str) -> tuple[str, ...]:
    """The four forms of a regional adjective: "breton", "bretonne", "bretons", "bretonnes";
    "tourangeau", "tourangelle"; "provençal", "provençaux"."""
    if masculine.endswith("eau"):
        feminine, plural = masculine[:-3] + "elle", masculine + "x"
    elif masculine.endswith("al"):
        feminine, plural = masculine + "e", masculine[:-2] + "aux"
    else:
        feminine = masculine + ("ne" if masculine.endswith(("ien", "éen", "on")) else "e")
        feminine = masculine if masculine.endswith("e") else feminine
        plural = masculine if masculine.endswith(("s", "x")) else masculine + "s"
    return masculine, feminine, plural, feminine + "s"


REGIONAL_ADJECTIVES = tuple(sorted({f for m in _REGIONAL_MASCULINE for f in _inflected(m)}))
# Trade words that make a listed firm's name run on into a longer firm's name, a subsidiary:
# "Vinci Construction Grands Projets", "Bouygues Travaux Publics", "Eiffage Génie Civil" (not
# a product: "Renault Clio").
SUBSIDIARY_WORDS = (
    "assurance", "assurances", "banque", "bâtiment", "capital", "construction",
    "développement", "distribution", "énergie", "énergies", "energies", "environnement",
    "finance", "génie", "immobilier", "industrie", "industries", "ingénierie",
    "investissements", "logistique", "participations", "pharma", "rail", "services",
    "solutions", "systèmes", "télécom", "telecom", "transport", "transports", "travaux",
    # a studio, a label, a games or software arm: "Microsoft Studios", "Sony Pictures"
    # (not "Motors" or "Holdings", which end the parent's own name: "Xpeng Motors")
    "studios", "pictures", "records", "games", "entertainment", "software", "animation",
)  # fmt: skip
# Cooperative banks whose regional banks are firms of their own, named by their region
# after the network's name: "le Crédit Agricole Alsace Vosges", "la Caisse d'Épargne Grand Est
# Europe" (a run the stock model reads as one organisation with the listed name).
REGIONAL_NETWORKS = ("Crédit Agricole", "Caisse d'Épargne", "Banque Populaire", "Crédit Mutuel")
# Words that make such a run no firm's name: an event, a place, a prize, a product ("Nintendo
# Entertainment System", a console; a firm's is plural: "Toshiba Energy Systems").
SUBSIDIARY_STOPS = (
    "championnat", "classic", "conférence", "coupe", "festival", "fondation", "forum",
    "indice", "open", "prix", "salon", "semaine", "sommet", "stade", "tournoi", "trophée",
    "system",
)  # fmt: skip
# The articles before a nationality noun that names a firm: "le chinois", "l'américain".
NATIONALITY_ARTICLES = ("le", "l'")
# Company nouns that may take lower-case modifiers before the name they cue: "la société de
# biotechnologie américaine Blueprint Medicines", "le fonds américain General Catalyst" (not
# "groupe": "le groupe parlementaire Renaissance").
MODIFIED_CUES = (
    "société",
    "entreprise",
    "firme",
    "start-up",
    "startup",
    "jeune pousse",
    "fonds",
    "laboratoire",
    "constructeur",
    "fabricant",
    "équipementier",
    "assureur",
    "banque",
    "opérateur",
    "éditeur",
    "distributeur",
    "transporteur",
    "holding",
    "conglomérat",
    "concurrent",
    "coopérative",
)
# A definite noun phrase that refers back to the company last named: "l'entreprise".
ANAPHORS = ("le groupe", "la société", "l'entreprise", "la firme", "la start-up", "la compagnie")
# Epithets news uses for a company instead of its name.
DESCRIPTORS = {
    "le géant de Redmond": "Microsoft",
    "la firme de Redmond": "Microsoft",
    "le groupe de Redmond": "Microsoft",
    "la firme de Cupertino": "Apple",
    "le géant de Cupertino": "Apple",
    "le groupe de Cupertino": "Apple",
    "la marque à la pomme": "Apple",
    "la firme à la pomme": "Apple",
    "le fabricant de l'iPhone": "Apple",
    "le géant de Mountain View": "Google",
    "la firme de Mountain View": "Google",
    "le moteur de recherche": "Google",
    "le groupe de Menlo Park": "Meta",
    "la maison mère de Facebook": "Meta",
    "le géant du commerce en ligne": "Amazon",
    "le géant du e-commerce": "Amazon",
    "le géant de Seattle": "Amazon",
    "le créateur de ChatGPT": "OpenAI",
    "la start-up de Sam Altman": "OpenAI",
    "le constructeur au losange": "Renault",
    "la marque au losange": "Renault",
    "la firme au losange": "Renault",
    "le constructeur au lion": "Peugeot",
    "le géant pétrolier": "TotalEnergies",
    "le pétrolier français": "TotalEnergies",
    "l'électricien public": "EDF",
    "l'électricien national": "EDF",
    "le numéro un mondial du luxe": "LVMH",
    "le géant du luxe": "LVMH",
    "l'avionneur européen": "Airbus",
    "le constructeur de Seattle": "Boeing",
    "le géant des puces": "Nvidia",
    "l'opérateur historique": "Orange",
}
# Contractions that hold a descriptor's article: "du géant de Redmond". Without them, a
# determiner or an adjective before a descriptor's words makes them a common noun phrase:
# "son tout nouveau moteur de recherche" is no Google.
DESCRIPTOR_CONTRACTIONS = ("du", "au")
# "A, maison mère de B": A is the parent of B. "B, filiale d'A": A is the parent of B.
# The preposition after the noun is not part of the phrase (the tokenizer splits "d'" apart).
PARENT_OF = ("maison mère", "maison-mère", "société mère", "propriétaire")
SUBSIDIARY_OF = ("filiale", "propriété")
# Capitalised words the stock model takes for organisations and that are not names.
NOT_NAMES = (
    "R&D",
    # Time zones after a clock time: "15:56 UTC", "8:58 PST".
    "UTC",
    "GMT",
    "CET",
    "CEST",
    "PST",
    "PDT",
    "IA",
    "AI",
    "PDG",
    "CEO",
    "DG",
    "DRH",
    "PIB",
    "TVA",
    "CA",
    "HT",
    "TTC",
    "Bourse",
    "Etat",
    "État",
    "Internet",
    "Web",
    "Cloud",
    "ONG",
    "PME",
    "ETI",
    "TPE",
    # kinds of establishment, not one of them: "l'EHPAD affiche un taux d'occupation de
    # 98 %" (a name follows the acronym of one: "l'EHPAD Les Tilleuls")
    "EHPAD",
    "Ehpad",
    "Segpa",
    "SEGPA",
    "IPO",
    "OPA",
    "OPE",
    "CDI",
    "CDD",
    "SMIC",
    "Smic",
    "RSA",
    "SMS",
    "GPS",
    "TV",
    "PC",
    "USB",
    # Acronyms of things, not bodies, that news and leaflets write after an article.
    "URL",
    "ISBN",
    "ADN",
    "ARN",
    "VIH",
    "SIDA",
    "TNT",
    "DVD",
    "CD",
    "VHS",
    "ESB",
    "IRM",
    "ECG",
    "INR",
    "HNF",
    "ICP",
    "ACT",
    "DMO",
    "AMM",
    "EPAR",
    "RCP",
    # Leaflet abbreviations: syndrome coronarien aigu (also a legal form, "Lagardère SCA",
    # read as a suffix apart), taux de filtration glomérulaire, intervalle de confiance,
    # plan de gestion des risques, rapport périodique de sécurité, temps de céphaline
    # activée, intention de traiter, glycoprotéine (and Grand Prix: never a body's name).
    "SCA",
    "TFG",
    "IC",
    "PGR",
    "PSUR",
    "aPTT",
    "ITT",
    "GP",
    # circulation extracorporelle: "un pontage avec CEC"
    "CEC",
    "LOT",
    "CEP",
    "BAC",
    "BEP",
    "CAP",
    "QI",
    "PV",
    "JO",
    "Constitution",
)
# Nouns that begin the name of an organisation that is not a company, with its kind (None:
# a role, so the words are a person's title, not an organisation: "ministre de l'Intérieur").
# "ministère de l'Économie", "Fédération française de judo", "collège Saint-Jean".
ORGANIZATION_HEADS = {
    "ministère": "government",
    "ministre": None,
    "président": None,
    "présidente": None,
    "haut représentant": None,
    "haute représentante": None,
    # English titles French news keeps untranslated: "l'Attorney General Alberto Gonzales"
    "attorney general": None,
    "solicitor general": None,
    "chief justice": None,
    "lord chancellor": None,
    "chief executive": None,
    "haut commissaire": None,
    "présidence": None,
    "député": None,
    "députés": None,
    "sénateur": None,
    "maire": None,
    "directeur": None,
    "secrétaire": None,
    "représentant": None,
    "représentante": None,
    "premier ministre": None,
    "première ministre": None,
    "vice-président": None,
    "vice-présidente": None,
    "ambassadeur": None,
    "ambassadrice": None,
    "gouverneur": None,
    "procureur": None,
    "porte-parole": None,
    "préfecture": "government",
    "mairie": "government",
    "gouvernement": "government",
    "conseil": "government",
    "commission": "government",
    "agence": "agency",
    "direction": "agency",
    "autorité": "regulator",
    "haute autorité": "regulator",
    "banque centrale": "central_bank",
    "parlement": "parliament",
    "assemblée": "parliament",
    "sénat": "parliament",
    "tribunal": "court",
    # the prosecution of a court or of the nation: "le parquet national financier (PNF)"
    "parquet": "court",
    "cour d'appel": "court",
    "cour d'assises": "court",
    "cour": "court",
    "conseil d'état": "court",
    "université": "university",
    "école": "school",
    "collège": "school",
    "lycée": "school",
    "institut": "research",
    "centre": "research",
    "observatoire": "research",
    "laboratoire": None,
    "académie": "research",
    "musée": "culture",
    "théâtre": "culture",
    "bibliothèque": "culture",
    "association": "association",
    "fédération": "association",
    "confédération": "association",
    "union": "association",
    "ligue": "association",
    "fondation": "association",
    "syndicat": "trade_union",
    "chambre": "trade_body",
    "comité": "association",
    "club": "club",
    "amicale": "association",
    "harmonie": "association",
    "chorale": "association",
    "orchestre": "association",
    "cercle": "association",
    "parti": "party",
    "mouvement": "party",
    "hôpital": "hospital",
    "clinique": "hospital",
    "centre hospitalier": "hospital",
    "caisse": "agency",
    "police": "agency",
    "communauté": "government",
    # groupings of communes, named by their territory: "la communauté de communes Terre
    # d'eau", "la communauté d'agglomération d'Épinal"
    "communauté de communes": "government",
    "communauté d'agglomération": "government",
    "établissement": "agency",
}
# Head nouns that French writes in lower case at the start of a listed institution's name
# ("la cour de Cassation", "le ministère de l'Intérieur"): the organisation list matches such
# a name of several words without its first capital (the finder still wants a capital in
# it: "le parti socialiste" all in lower case is left out). Not "gouvernement": "le
# gouvernement français" describes a state's government, it is no name.
LOWER_CASE_HEADS = (
    "ministère",
    "cour",
    "tribunal",
    "conseil",
    "commission",
    "comité",
    "assemblée",
    "parlement",
    "union",
    "agence",
    "autorité",
    "haute",
    "banque",
    "fédération",
    "confédération",
    "ligue",
    "institut",
    "centre",
    "caisse",
    "direction",
    "police",
    "parti",
    "école",
    "académie",
    "bibliothèque",
    "université",
    "observatoire",
    "chambre",
    "fondation",
    "préfecture",
    "parquet",
)
# States whose name begins with a body's head noun: "les Juifs d'Union soviétique" is the
# country, not an association.
STATE_NAMES = ("Union soviétique", "Union indienne", "Union sud-africaine")
# Lower-case heads that also name the management of a body: before an organisation's name
# they are its leadership, not a body of their own ("prend la direction de l'UMP", "la
# direction des Mets de New York"), as against "la direction des Douanes".
MANAGEMENT_HEADS = ("direction",)
# Heads of a body that belongs to the body named in its complement: "le Conseil de sécurité
# de l'ONU", "la Délégation aux droits des femmes de l'Assemblée nationale" (an organ, named
# apart; where "le ministère de l'Éducation nationale" is the listed body itself).
ORGAN_HEADS = (
    "assemblée",
    "bureau",
    "chambre",
    "comité",
    "commission",
    "conseil",
    "cour",
    "délégation",
    "groupe",
    "secrétariat",
    "tribunal",
)
# Lower-case words that may join the capitalised words of one name: "Banque de France".
NAME_JOINERS = (
    "de",
    "du",
    "des",
    "d'",
    "la",
    "l'",
    "le",
    "les",
    "et",
    "&",
    "-",
    "sur",
    "en",
    "pour",
)
# The words that open the complement of an organisation's name: "Fédération française de judo".
NAME_COMPLEMENTS = ("de", "du", "des", "d'", "pour")
# The complements that take a name without an article: "Fédération française de Judo" (but
# "pour" needs one: "Union pour la Méditerranée", not "l'Union européenne pour Angiox").
BARE_NAME_COMPLEMENTS = ("de", "du", "des", "d'")
# Prepositions of a name's complement that take an article before a place: "Union pour la
# Méditerranée"; "valide dans toute l'Union européenne pour ZORVENTA" (a drug the stock model
# reads as a place) does not name a Union for ZORVENTA.
ARTICLED_COMPLEMENTS = ("pour",)
# Roles whose complement is a portfolio, not an organisation: "ministre de l'Économie".
PORTFOLIO_ROLES = ("ministre", "ministres", "secrétaire", "commissaire", "commissaires")
# The prepositions of a portfolio after its role (besides the name joiners): "le commissaire
# à l'Économie", "la ministre déléguée aux Transports".
PORTFOLIO_PREPOSITIONS = ("à", "au", "aux")
# Of those, the roles whose complement is a portfolio past an adjective or a party too:
# "ministres successifs de l'Économie", "ministre RPR de la Coopération".
MINISTER_ROLES = ("ministre", "ministres")
# The participles of a charge before a portfolio, whoever holds it: "commissaire européen
# chargé de la Justice", "ministre déléguée chargée de l'Industrie".
PORTFOLIO_PARTICIPLES = ("chargé", "chargée", "chargés", "chargées")
# Plural articles before a team's name: "les Canadiens de Montréal" (none in English,
# which writes "the Montreal Canadiens").
PLURAL_ARTICLES = ("les", "des", "aux")
# Singular articles before a team's nickname that the stock model reads as a name: "le
# Lightning de Tampa Bay", "au Fever de l'Indiana", "le Wild du Minnesota".
TEAM_SINGULAR_ARTICLES = ("le", "l'", "du", "au")
# Articles that make the acronym after them a body's name: "le Samu", "l'OFP", "du COSEC".
ACRONYM_ARTICLES = ("le", "la", "l'", "du", "au")
# Articles that make the acronym after them a common noun: "un SCA", "les CRS" (a body's
# name takes "le" or "la").
COMMON_ARTICLES = ("un", "une", "des", "les")
# Nouns that name a study, a scale or a part of a text with the name after them: "l'étude
# ACUITY", "les critères TIMI", "le bras B" name no body.
STUDY_NOUNS = ("étude", "études", "essai", "essais", "critère", "critères", "bras", "score")
# Words after a company noun that make it a trial's arm in the whole article: after "le groupe
# placebo", "le groupe Aclasta" is the patients who took the drug.
TRIAL_ARMS = ("placebo", "témoin", "contrôle")
# Arms whose word names no body anywhere, capitalised in a table's line too: "Résultat
# Placebo", "le groupe Placebo" ("Contrôle" and "Témoin" begin bodies' and papers' names).
ARM_NAMES = ("placebo",)
# Company nouns that also name a band or a trial's arm, and the words (lemmas) of music or of
# a clinical trial that make them do so in a sentence: "une chanson du groupe Therapy?", "le
# guitariste du groupe Sixx", "chez les patients du groupe Bivalirudine seule". Not words
# of business news ("reprise", "titre").
GROUP_CUES = ("groupe",)
GROUP_CONTEXTS = (
    "patient",
    "placebo",
    "randomiser",
    "posologie",
    "chanson",
    "album",
    "single",
    "chanteur",
    "chanteuse",
    "guitariste",
    "bassiste",
    "batteur",
    "musicien",
    "concert",
    "tournée",
    "clip",
    "morceau",
    "rock",
    "pop",
    "punk",
    "rap",
    "musique",
    "musical",
    "disque",
)
# A platform of the company list (`sector: "platform"`: Facebook, YouTube, Spotify) is the
# service, not the firm, after the noun of an account ("son compte Twitter", "sa page
# Facebook") or after "sur"/"via" governed by a verb of posting, watching or being found
# there ("a annoncé sur Twitter", "diffusée sur YouTube", "présent sur Facebook"; not "une
# enquête sur Facebook") (lemmas).
SERVICE_NOUNS = ("compte", "page", "profil", "chaîne", "fil")
SERVICE_PREPOSITIONS = ("sur", "via")
SERVICE_VERBS = (
    "poster",
    "publier",
    "annoncer",
    "écrire",
    "diffuser",
    "partager",
    "mettre",
    "écouter",
    "regarder",
    "visionner",
    "télécharger",
    "commenter",
    "réagir",
    "relayer",
    "tweeter",
    "apparaître",
    "présent",
    "disponible",
    "actif",
)
# A listed name that begins with one of these articles (`TITLE_ARTICLES`) is also found
# without it after an article written in lower case or contracted with a preposition
# (`ARTICLES_BEFORE_TITLES`): "du Monde", "au Monde", "l'hebdomadaire le Canard enchaîné".
TITLE_ARTICLES = ("Le", "La", "Les", "L'")
# Capitalised articles before a legal form or a group word that are no part of the name:
# none in French, whose articles belong to names ("La Poste SA", "Le Monde SA").
LEADING_ARTICLES: tuple[str, ...] = ()
# French writes the later words of a name in lower case ("Crédit agricole", "Société
# générale"): a listed name is read whatever the case of its last word.
CASED_NAME_WORDS = False
ARTICLES_BEFORE_TITLES = ("le", "la", "les", "l'", "du", "au", "des", "aux")
# Bare prepositions before a firm's acronym ("l'actionnaire d'EFI", "chez GFD"): a
# body's takes an article.
FIRM_PREPOSITIONS = ("d'", "de", "à", "chez")
# Nouns of places whose first word heads bodies elsewhere, and whose name follows them:
# "le centre commercial Les Nations" is no research centre.
PLACE_NOUNS = ("centre commercial", "zone industrielle", "zone commerciale")
# A regime after an ordinal names a period, not a body: "la Troisième République", "le
# Second Empire" ("le Troisième Reich" is also the state, and corpora tag it so).
ORDINALS = (
    "premier",
    "première",
    "second",
    "seconde",
    "deuxième",
    "troisième",
    "quatrième",
    "cinquième",
    "sixième",
)
REGIMES = ("République", "Empire", "Restauration", "Monarchie")
# The nouns of a body's numbered units: after an ordinal the noun is one unit, not a name
# ("la 21e Compagnie", "le 2e Bureau", "la 3e Chambre"). Not "arrondissement", a place.
NUMBERED_UNIT_NOUNS = (
    "compagnie",
    "bataillon",
    "régiment",
    "division",
    "brigade",
    "armée",
    "corps",
    "bureau",
    "escadron",
    "escadrille",
    "escadre",
    "batterie",
    "section",
    "légion",
    "flotte",
    "chambre",
)
# Heads whose lower-case complement is the body's portfolio: "ministère de la défense".
PORTFOLIO_HEADS = ("ministère", "secrétariat d'État")
# Heads whose place after "de" is part of the body's name: "mairie de Paris", "l'université
# de Poitiers" ("une université de l'Iowa" is one there: an indefinite article makes any
# lower-case head a common noun). ("préfecture de Kanagawa" is a Japanese region, so it is
# not one of them.)
SEATED_HEADS = (
    "mairie",
    "cour d'appel",
    "cour d'assises",
    "université",
    "communauté de communes",
    "communauté d'agglomération",
)
# Bodies named in common words after a lower-case head (components/bodies.py). A definite
# (`DEFINITE_ARTICLES`), singular committee's head (`FIELD_HEADS`) with a complement that
# takes an article (`DETERMINED_COMPLEMENTS`, or a preposition and `COMPLEMENT_ARTICLES`)
# names the committee by its field: "la commission du contrôle budgétaire" (a bare
# complement says the kind: "la commission d'enquête"). A head of `REACH_HEADS` with an
# adjective of reach (`REACH_ADJECTIVES`) and a complement or a second adjective names an
# institution: "le centre national de recherche scientifique", "le comité national olympique
# italien" (but "la communauté internationale"). A bare qualifier after the complement's
# noun (`BARE_QUALIFIERS`) belongs to it: "des médicaments à usage humain".
FIELD_HEADS = ("commission", "comité")
REACH_HEADS = (
    "commission",
    "comité",
    "conseil",
    "centre",
    "institut",
    "agence",
    "fédération",
    "confédération",
    "ligue",
    "union",
    "observatoire",
    "académie",
    "caisse",
)
REACH_ADJECTIVES = (
    "national",
    "nationale",
    "international",
    "internationale",
    "fédéral",
    "fédérale",
    "européen",
    "européenne",
    "mondial",
    "mondiale",
)
DEFINITE_ARTICLES = ("le", "la", "l'", "du", "au")
# An indefinite article before a lower-case head makes a common noun of it, whatever follows:
# "une université de l'Iowa" is a university there, not the body's name.
INDEFINITE_ARTICLES = ("un", "une")
DETERMINED_COMPLEMENTS = ("du", "des")
COMPLEMENT_ARTICLES = ("la", "l'")
BARE_QUALIFIERS = ("à", "sur")
# A team's noun, a place and a sport name a national or local team ("l'équipe d'Angleterre
# de football"), after a definite article or "en" ("appelé en équipe d'Argentine de
# football").
TEAM_HEADS = ("équipe", "sélection")
TEAM_ARTICLES = ("l'", "la", "en")
# Heads that take their field in quotes, in lower case, as part of their name: the
# formations of the EU Council ("le Conseil « affaires générales »"). Quotes: opening →
# closing.
QUOTED_FIELD_HEADS = ("conseil",)
QUOTES = {"«": "»", '"': '"', "“": "”"}
# French writes a body's name with its article, quoted or not ("la « Royal Navy »", "l'
# " Institution of Civil Engineers "", "du " Figaro ""); a stock name in quotes with neither
# one of these nor a noun before the quotes is a title or a term the writer quotes ("
# NeverDead " est un jeu vidéo", "dans " Far Cry 3 "", "des mentions comme "VLM"").
QUOTED_NAME_ARTICLES = (
    "le",
    "la",
    "les",
    "l'",
    "l’",
    "l",
    "du",
    "au",
    "aux",
    "des",
    "un",
    "une",
)
# Nouns of association after which a name in quotes is the association's name, with its
# kind: "la société de pêche « La Gaule vidusienne »", "l'association "Pérouse amitié"". A
# "société" is a firm's noun; with a pastime after it, an association's.
QUOTED_NAME_HEADS = {
    "association": "association",
    "amicale": "association",
    "club": "club",
    "cercle": "association",
    "union": "association",
    "harmonie": "association",
    "chorale": "association",
    "fanfare": "association",
    "comité des fêtes": "association",
    "foyer rural": "association",
    "société de pêche": "association",
    "société de chasse": "association",
    "société de tir": "association",
    "société de gymnastique": "association",
    "société musicale": "association",
    # a residents' or users' group, a council's list: "le collectif d'usagers « Sauvons nos
    # gares »", "la liste « Vaudrémont en commun »", "élue du groupe « Agir pour Bar »"
    "collectif": "association",
    "liste": "party",
    "groupe": "party",
}
# A "société" named by a capitalised word and one of these fields is a learned society or a
# club, not a firm: "la société Lorraine d'astronomie", "la Société française de
# physique" (a firm's field is a trade: "la société Dupont de transports").
SOCIETY_NOUNS = ("société",)
SOCIETY_FIELDS = (
    "astronomie",
    "physique",
    "chimie",
    "mathématiques",
    "histoire",
    "géographie",
    "archéologie",
    "géologie",
    "botanique",
    "mycologie",
    "entomologie",
    "ornithologie",
    "médecine",
    "chirurgie",
    "pharmacie",
    "psychanalyse",
    "linguistique",
    "philosophie",
    "généalogie",
    "numismatique",
    "philatélie",
    "horticulture",
    "musique",
    "pêche",
    "chasse",
    "tir",
    "gymnastique",
    "sauvetage",
)
# Acronyms of a kind of local body, of which every town has one: the capitalised name after
# one is that body's ("la MJC Nomade"), the acronym alone the kind ("la MJC").
TYPE_ACRONYMS = {
    "MJC": "association",
    "CCAS": "agency",
    "CHU": "hospital",
    "CHR": "hospital",
    "IUT": "university",
    "CFA": "school",
    "IME": "school",
    "EHPAD": "hospital",
    "Ehpad": "hospital",
    "SDIS": "agency",
    "ADMR": "association",
    # sports clubs: "l'AS Nancy-Lorraine", "le FC Metz", "l'ES Thaon", "le RC Lens" (not
    # "US", "SA" or "CA", which also open firms' names: "US Steel", "CA Indosuez")
    "AS": "club",
    "FC": "club",
    "SC": "club",
    "AC": "club",
    "ES": "club",
    "RC": "club",
    "AJ": "club",
    "JS": "club",
    "SCO": "club",
    "ASPTT": "club",
}
# Acronyms of bodies with a branch in every département or région, named by its territory
# after "de" or by the département's number: "la CCI des Vosges", "la FDSEA de la Meuse",
# "l'ARS Grand Est" (capitalised words, as for `TYPE_ACRONYMS`), "le SDIS 88". Not "CMA"
# (chambre de métiers), which opens "CMA CGM".
BRANCH_ACRONYMS = {
    "CCI": "trade_body",
    "Capeb": "trade_body",
    "CAPEB": "trade_body",
    "FDSEA": "trade_body",
    "Medef": "trade_body",
    "MEDEF": "trade_body",
    "CPME": "trade_body",
    "UIMM": "trade_body",
    "ARS": "agency",
    "SDIS": "agency",
    "Sdis": "agency",
    "CPAM": "agency",
    "CAF": "agency",
    "MSA": "agency",
    "Urssaf": "agency",
    "URSSAF": "agency",
    "UDAF": "association",
    # the emergency medical service and the teaching hospitals, by département or town: "le
    # SAMU 54", "le CHRU de Nancy", "le CHU de Besançon"
    "SAMU": "agency",
    "Samu": "agency",
    "CHU": "hospital",
    "CHR": "hospital",
    "CHRU": "hospital",
    # the State's regional directorates: "la Drac Grand Est", "la DREAL de Normandie"
    "DRAC": "agency",
    "Drac": "agency",
    "DREAL": "agency",
    "Dreal": "agency",
}
# The number of a territory after a branch's acronym ("le SDIS 88"): a French département's,
# "01" to "95", "2A", "2B", "971" to "976".
TERRITORY_NUMBER = r"0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6]"
# Acronyms that open a club's name only before a town ("l'US Vaudrémont", "le CA Brive",
# "le SA Épinal"), and a firm's elsewhere ("US Steel", "CA Indosuez").
PLACE_CLUB_ACRONYMS = {"US": "club", "CA": "club", "SA": "club"}
# A place that plays a match is its team (regional papers name a club by its town, national
# teams by their country: "Nancy a battu Metz 2-1", "la finale se joua entre Utrecht et
# Soleuvre", "un match amical contre la Zambie"): the subject or object of a verb of a match,
# or the complement of a preposition of a match (after such a verb or a noun of a match),
# in a sentence that holds a score or a noun of a match (lemmas; "incliner" for "s'incliner
# devant", "emporter" for "l'emporter sur"; "face" for "face à").
MATCH_VERBS = (
    "rencontrer", "affronter", "battre", "vaincre", "dominer", "incliner", "emporter",
    "perdre", "gagner", "jouer", "éliminer", "accrocher", "concéder", "céder",
    "disputer", "devancer", "écraser", "surclasser", "défaire",
)  # fmt: skip
MATCH_NOUNS = (
    "match", "finale", "demi-finale", "rencontre", "tournoi", "derby", "victoire",
    "défaite", "score", "manche", "set",
)  # fmt: skip
# Words of a team's life (lemmas): a sentence that holds one tells of sport, and "les Phillies
# de Philadelphie" there is a team, where "les Moluques du Nord" elsewhere is a place.
TEAM_WORDS = (
    "saison", "équipe", "joueur", "joueuse", "repêcher", "repêchage", "échanger",
    "ligue", "entraîneur", "entraineur", "franchise", "lanceur", "championnat",
    "club", "effectif", "transfert", "coéquipier", "ailier", "quart-arrière",
    "entraîneur-chef", "club-école", "draft",
    # a player's post and the transfer window ("le cas de son gardien, courtisé par
    # l'Eintracht Francfort"; not "défenseur", a rights' advocate as well)
    "gardien", "attaquant", "buteur", "mercato",
    # the team sports and their leagues ("il a joué au basket-ball pour les Wildcats de
    # l'Arizona", "la saison WNBA")
    "hockey", "baseball", "basket-ball", "basketball", "basket", "football", "soccer",
    "rugby", "handball", "volley-ball", "volleyball", "water-polo",
    "nba", "wnba", "nhl", "lnh", "nfl", "mlb", "mls", "ahl", "lah", "echl", "ncaa", "lhjmq",
)  # fmt: skip
MATCH_PREPOSITIONS = ("contre", "face", "devant", "entre", "sur")
# The noun that makes a preposition of a match with the bare "à" after it, which the parser
# leaves as the place's only case: a town's club, "a concédé le nul face à Thaon (1-1)" (a
# country takes its article: "face au Paraguay", which WikiNEuRal marks as a place).
MATCH_LOCUTION_NOUNS = ("face",)
MATCH_LOCUTION_CASES = ("à",)
# Words of a venue's name, which an acronym may open as a club's does: "au BC Place Stadium".
VENUE_WORDS = (
    "stade", "stadium", "arena", "aréna", "parc", "park", "palais", "salle", "gymnase",
    "complexe", "center", "centre", "field", "dome", "hall", "circuit", "hippodrome",
)  # fmt: skip
# The word between a score's points told in words: "le Lightning de Tampa Bay 4 à 2" (the
# stock model reads "Tampa Bay 4" as the place).
SCORE_WORDS = ("à",)
# The words that make two numbers around a score's word a range: "de 3 à 5 ans".
SCORE_RANGE_WORDS = ("de", "d'")
# Acronyms that open or close a club's name, whatever the stock model reads the name as: "le
# RNK Split", "le HC Zlín", "Toronto FC" (not "US", "CA", "SA": `PLACE_CLUB_ACRONYMS`).
CLUB_ACRONYMS = (
    "FC", "CF", "SC", "AC", "AFC", "FK", "PFK", "NK", "HNK", "RNK", "HC", "HK", "SV", "VfB",
    "VfL", "AIK", "IFK", "BK", "KS", "RC",
)  # fmt: skip
# Capitalised words of clubs that the adjective of a town or country completes: "le Stade
# rennais", "le Stade français" (`REGIONAL_ADJECTIVES`, `NATIONALITY_NOUNS`).
DEMONYM_CLUB_HEADS = ("Stade",)
# Words that open the names of clubs abroad before their town ("l'Eintracht Francfort", "le
# Zénith Saint-Pétersbourg", "le Rapid Vienne"): a club's in a sentence of sport only, since
# some are words or names elsewhere ("Vitesse", "Real", "Fortuna").
CLUB_WORDS = (
    "Eintracht", "Borussia", "Fortuna", "Werder", "Hertha", "Rapid", "Vitesse", "Zénith",
    "Dinamo", "Dynamo", "Spartak", "Lokomotiv", "Torpedo", "Sibir", "Traktor", "Real",
    "Sporting", "Racing", "Olympique", "Slavia", "Sparta", "Legia", "Atlético", "Deportivo",
    "Standard",
)  # fmt: skip
# Nouns of a team that a sponsor's name follows with no "de": "l'équipe Décathlon AG2R La
# Mondiale", "l'équipe Ineos Grenadiers", "l'équipe Cofidis" (cycling teams bear their
# sponsors' names; "l'équipe de France" takes "de" and is `TEAM_HEADS`').
SPONSOR_TEAM_HEADS = ("équipe", "formation")
# A team sport's name that closes a club's name after its town or region: "le Brest
# Bretagne Handball", "Chambray Touraine Handball", "Nantes Rezé Basket", "Tours Volley-Ball".
CLUB_SPORT_WORDS = (
    "Handball", "Basket", "Basket-Ball", "Rugby", "Volley", "Volley-Ball", "Hockey", "Football",
)  # fmt: skip
# The endings of a town's adjective that no list holds, after `DEMONYM_CLUB_HEADS`: "le
# Stade Rochelais", "le Stade lavallois".
DEMONYM_ENDINGS = ("ais", "ois", "ain", "ien", "aise", "oise", "aine", "ienne")
# Nouns that describe a club before its nationality and its name, which the stock model reads
# as one name: "l'appel du club turc de Trabzonspor" names Trabzonspor.
CLUB_DESCRIPTION_NOUNS = ("club", "formation", "équipe")
# Sports whose name is a compound the tokenizer splits at its hyphen, which a club's name
# ends with and the stock model cuts: "le Saint-Mihiel Volley-Ball" (was "… Volley").
SPORT_COMPOUNDS = ("volley-ball", "basket-ball", "hand-ball")
# The words French capitalises for a territory's council, not the territory: "la Région
# apportera 450 000 €", "le président du Département" (in lower case, the territory).
COUNCIL_WORDS = ("Région", "Département")
COUNCIL_ARTICLES = ("la", "le", "l'", "du", "au")
# The capitalised word for a commune's council before "de" and its seat: "la Ville de Paris
# a fait appel" (in lower case, the town: "la ville de Paris compte deux millions
# d'habitants").
SEATED_COUNCIL_WORDS = ("Ville",)
SEAT_PREPOSITIONS = ("de", "d'")
# Verbs of speech and decision whose subject, when a place, stands for its government:
# "La France a dénoncé", "Pékin refuse" (lemmas).
DECISION_VERBS = (
    "déclarer",
    "dénoncer",
    "annoncer",
    "décider",
    "refuser",
    "accepter",
    "exiger",
    "condamner",
    "menacer",
    "affirmer",
    "réclamer",
    "rejeter",
    "ratifier",
    "reconnaître",
    "approuver",
    "protester",
    "négocier",
    "promettre",
    "démentir",
    "riposter",
    "sanctionner",
    "interdire",
    "autoriser",
    "annuler",
    "suspendre",
    "signer",
    "voter",
    "exhorter",
    "saluer",
    "regretter",
    "accuser",
    "réagir",
    "intervenir",
)
# Objects that only a state holds, owes or makes, so that a place that is the subject of
# a verb taking one acts as its government: "l'Irak n'a pas respecté ses obligations",
# "l'Autriche a le droit de former un gouvernement" (lemmas). Not "accord" or "relation",
# which a country has as a place in encyclopaedic prose ("les États-Unis ont un accord de
# libre-échange").
STATE_OBJECTS = (
    "obligation",
    "droit",
    "devoir",
    "engagement",
    "embargo",
    "sanction",
    "traité",
    "résolution",
    "convention",
    "veto",
    "ultimatum",
)
# Verb and object that together say a decision: "la Finlande en a tiré les conséquences".
DECISION_PHRASES = (("tirer", "conséquence"),)
# Words of a stance whose subject, when a place, holds it as a state: "le Japon est hostile
# à la reprise de la chasse", "Paris est préoccupé par les violations" (lemmas). Not
# "favorable", which a region is to a crop ("la Bretagne est favorable à l'élevage").
STANCE_WORDS = ("hostile", "opposé", "préoccuper", "inquiéter")
# Prepositions that make a body the addressee of a place's act, which then deals with it as
# a state: "la France a proposé au Conseil de sécurité".
ADDRESSEE_PREPOSITIONS = ("à", "au", "aux", "auprès")
# Adjectives of a noun whose complement is a state: "la rupture des relations
# diplomatiques de la France avec le Saint-Siège".
STATE_NOUN_ADJECTIVES = ("diplomatique",)
# The prepositions of such a complement (a place after "à" or "en" is where, not who: "le
# corps diplomatique en poste à Pékin").
STATE_NOUN_PREPOSITIONS = ("de", "du", "des", "d'", "avec", "entre")
# Acts of a state named by a noun; a place after the agent's preposition is the state that
# acts: "la ratification par la France de la Convention" (lemmas). "de" is left out: "la
# reconnaissance du Kosovo" names the state acted upon as often as the one acting.
STATE_ACT_NOUNS = (
    "ratification",
    "signature",
    "adoption",
    "approbation",
    "reconnaissance",
    "dénonciation",
    "annexion",
    "rejet",
    "veto",
)
AGENT_PREPOSITIONS = ("par",)
# Measures that only a state takes towards another, so that a place after a preposition of
# their recipient or target is the state: "l'aide française à l'Irak", "le soutien de
# pré-adhésion pour la Bulgarie", "en guerre contre l'Iran", "l'embargo imposé à l'Irak"
# (lemmas). "sur" is left out: "l'embargo sur Cuba" reads as a place in most corpora.
STATE_MEASURE_NOUNS = (
    "aide",
    "soutien",
    "assistance",
    "embargo",
    "sanction",
    "guerre",
    "blocus",
    "ultimatum",
)
RECIPIENT_PREPOSITIONS = ("à", "au", "aux", "pour", "contre", "envers")
# The preposition that joins such a noun to a verb in a locution: "venir en aide à",
# "entrer en guerre contre".
LOCUTION_PREPOSITIONS = ("en",)
# French headlines are written in sentence case: a line of capitalised words is an address or
# a name ("The Medicines Company UK Ltd"), whose names stand.
TITLE_CASE_HEADLINES = False
# Abbreviations of countries after a listed firm's name that make it the firm's arm there
# ("Microsoft UK"), beside the country names of CLDR.
COUNTRY_ABBREVIATIONS = ("UK", "USA")
# Prepositions that put a one-word place before a company noun in apposition, which then
# is no firm's name: "installée à Lyon, la start-up …".
PLACE_PREPOSITIONS = ("à", "au", "aux", "en", "dans", "vers", "depuis", "près", "sur")
# Recipient prepositions that also say where before a bare name ("trouver du soutien à
# Lyon", "en guerre à Verdun"): the place must take its article, as a country does ("à la
# Mongolie", "à l'Irak"; "au", "aux" hold one).
LOCATIVE_PREPOSITIONS = ("à",)
# Nouns of membership whose subject, when a place, is a state as a member of the body
# their complement names: "La Russie est membre permanent du Conseil de sécurité".
MEMBER_NOUNS = ("membre",)
# The marks (opening → closing) of a list of countries in apposition to a body's name,
# its member states: "le Conseil de sécurité (la Chine, la France)", "-la France, la
# Chine-".
MEMBER_LIST_BRACKETS = {"(": ")", "-": "-", "–": "–", "—": "—"}
# Verbs of attempt whose subject, when a place, acts as a state when they govern another
# verb: "l'Europe a tenté d'instaurer", "la France a cherché à sauver" (lemmas; "efforcer"
# for "s'efforcer de").
ATTEMPT_VERBS = ("tenter", "chercher", "essayer", "efforcer")
# Adjectives after a name that say when, not which body: "le Parlement précédent".
# Whether a name's lower-case adjectives may follow its head noun: French names take them
# ("Ligue nationale", "Parlement européen"); an English adjective after a name is no word of
# it ("Parliament next week").
ADJECTIVES_AFTER_HEAD = True
# Endings of the third person plural of the simple past, which the tagger reads as an
# adjective after a name in encyclopedic text ("l'Assemblée de l'Union française
# débattirent"): no French adjective ends so ("différent", "apparent" take "é" or no vowel).
VERB_ENDINGS = ("èrent", "irent", "urent", "inrent")
# Endings of the third person singular of the simple past, which the tagger reads as an
# adverb when the stock model runs a name on over the verb ("la Chambre des députés débattit
# de la question", "le Conseil ordonna la dissolution"): an adverb so ending in a name is rare.
SIMPLE_PAST_ENDINGS = ("a", "it", "ut", "int", *VERB_ENDINGS)
# Adjectives that open a complement of their own, not a name's word: "l'avis du comité des
# médicaments orphelins relatif à KORDAVEX" (the committee ends before "relatif").
COMPLEMENT_ADJECTIVES = ("relatif", "relative", "relatifs", "relatives")
TIME_ADJECTIVES = (
    "précédent",
    "précédente",
    "actuel",
    "actuelle",
    "prochain",
    "prochaine",
    "sortant",
    "sortante",
    "futur",
    "future",
)
# Company nouns that, in apposition after a name, say it is a firm: "la Somatem, filiale de
# la Lyonnaise des eaux", "Japy, le fabricant de machines à écrire". Not the nouns that
# also describe bands, brands, channels or public labs ("groupe", "marque", "chaîne",
# "laboratoire").
APPOSITIVE_FIRM_NOUNS = (
    "société",
    "entreprise",
    "firme",
    "filiale",
    "constructeur",
    "fabricant",
    "équipementier",
    "assureur",
    "distributeur",
    "transporteur",
    "armateur",
    "avionneur",
    "motoriste",
    "sidérurgiste",
    "brasseur",
    "holding",
    "conglomérat",
    "start-up",
    "startup",
    "éditeur",
    "studio",
    "opérateur",
    "coentreprise",
    "grossiste",
)
# Body nouns that, in apposition after a name, say what kind of organisation it is (None:
# of no kind the list knows): "le Grand Orient de France, organisation maçonnique", "le
# Secours populaire, association de solidarité".
APPOSITIVE_BODY_NOUNS = {
    "organisation": None,
    "organisme": None,
    "association": "association",
    "ong": "association",
    "fondation": "association",
    "parti": "party",
    "syndicat": "trade_union",
    "club": "club",
}
# The articles an apposition may begin with.
APPOSITION_ARTICLES = ("le", "la", "l'", "un", "une")
# The preposition of a purpose after a listed body's name, no part of it when what follows
# is in lower case: "la Commission pour l'exécution du budget".
PURPOSE_PREPOSITIONS = ("pour",)
# Adjectives after a listed body's name that keep it that body ("le Parti socialiste
# français"); any other adjective there names another country's body ("le Parti communiste
# chinois" is not the PCF, "le ministère de l'Intérieur irakien" not Beauvau).
HOME_ADJECTIVES = ("français", "française", "françaises")
# Places whose name after a listed body's keeps it that body ("le ministère de l'Intérieur
# de la France"); any other place there names another country's body ("le ministère de
# l'Intérieur du Liban" is not Beauvau).
HOME_PLACES = ("France",)
# Words that, inside a name the stock model reads as an organisation, make it a firm's name
# ("China Eastern Airlines", "Charisma Films"); names travel, so English words are here too.
# Words that also name public bodies ("banque", "groupe", "office") are left out.
COMPANY_NAME_WORDS = (
    "airlines",
    "airways",
    "aviation",
    "aerospace",
    "automobiles",
    "automotive",
    "motors",
    "assurances",
    "insurance",
    "pharma",
    "pharmaceuticals",
    "therapeutics",
    "biotech",
    "biotechnologies",
    "biosciences",
    "biopharma",
    "technologies",
    "technology",
    "software",
    "systems",
    "semiconductor",
    "semiconductors",
    "telecom",
    "télécom",
    "télécoms",
    "telecommunications",
    "networks",
    "media",
    "médias",
    "entertainment",
    "films",
    "pictures",
    "records",
    "studios",
    "games",
    "capital",
    "ventures",
    "partners",
    "holding",
    "holdings",
    "industries",
    "électronique",
    "electronics",
    "electric",
    "energy",
    "énergies",
    "logistics",
    "robotics",
    "foods",
    "brewing",
    "petroleum",
    "mining",
    "immobilier",
    "distribution",
    "gestion",  # asset managers: "Carmignac Gestion", "Sarrasin Gestion"
    "trading",  # "Velmont Trading Establishment", "Vitol Trading"
)
# Trades in the plural that open a family firm's name before the family's: "les Transports
# Mathieu", "les Établissements Perrin" (alone, a portfolio: "le ministre délégué aux
# Transports").
TRADE_NAME_OPENERS = ("transports", "établissements", "ets", "menuiseries", "ateliers")
# Lemmas of the words that govern a firm's name and hardly any other body's: "le PDG de X",
# "les actionnaires de X", "X a racheté Y", "X a licencié".
COMPANY_GOVERNORS = (
    "pdg",
    "p.-d.g.",
    "actionnaire",
    "actionnariat",
    "capitalisation",
    "filiale",
    "rachat",
    "racheter",
    "fusionner",
    "commercialiser",
    "fabriquer",
    "licencier",
    "embaucher",
    "salarié",
    "usine",
    "introduction",
    "coter",
)
# Of the governors, those a name modifies in a compound: none in French.
COMPOUND_GOVERNORS = ()
# Verbs of work whose "chez" names the employer, a firm (a one-word name the stock model
# may read as a person's): "Denise travaille chez Japy", "il est entré chez Michelin en
# 1990", "embauché chez Lactalis".
WORKPLACE_VERBS = ("travailler", "embaucher", "recruter", "entrer", "employer", "licencier")
WORKPLACE_PREPOSITIONS = ("chez",)
# Nouns of the people who run or staff a firm: one word the stock model reads as a surname
# after them is the firm ("le dirigeant de Thomson", "l'ancien directeur juridique de
# Thomson"), since a person has no director. Family names are firms' names: Peugeot,
# Michelin, Thomson, Dassault.
LEADER_NOUNS = (
    "directeur",
    "directrice",
    "dirigeant",
    "dirigeante",
    "patron",
    "patronne",
    "administrateur",
    "administratrice",
    "fondateur",
    "fondatrice",
    "cofondateur",
    "cofondatrice",
    "ingénieur",
    "employé",
    "employée",
)
# The prepositions by which a leader's noun governs the firm, read where a tree hangs the
# name on its preposition ("le directeur de Thomson", "analyste chez Bernstein").
LEADER_PREPOSITIONS = ("de", "du", "des", "d'", "chez")
# Market staff whose employer, after `STAFF_PREPOSITIONS`, is a firm: a stock organisation
# there is one ("analyste chez Bernstein", "économiste chez Natixis").
MARKET_STAFF_NOUNS = ("analyste", "stratégiste", "économiste")
STAFF_PREPOSITIONS = ("chez",)
# Role nouns after which a listed firm may open the person's name the stock model reads:
# "le patron de Tesla Elon Musk", "Le président de China Eastern Airlines Wang Zhiqing"
# (machine-translated copy and hurried wire copy drop the comma before the name).
EMPLOYER_ROLE_NOUNS = (*LEADER_NOUNS, "pdg", "p.-d.g.", "président", "présidente")
# Of the governors, the nouns no place takes: a name the stock model reads as a place is a
# firm after them ("les actionnaires de Fives").
OWNER_NOUNS = (
    "pdg",
    "p.-d.g.",
    "actionnaire",
    "actionnariat",
    "capitalisation",
    "filiale",
    "rachat",
)
# The conjunction that closes a list of names.
LIST_CONJUNCTIONS = ("et",)

# Publishers (components/publishers.py). A listed publisher whose name is also a word or a
# family name ("Stock", "Seuil", "Perrin") is the firm after the lemma of a publishing verb
# or noun and one of these prepositions ("publié au Seuil", "paru chez Stock", "édité par
# Perrin"), or as the subject of the verb ("Fayard publie").
PUBLISHING_WORDS = (
    "publier",
    "republier",
    "éditer",
    "rééditer",
    "paraître",
    "sortir",
    "parution",
    "publication",
    "réédition",
)
PUBLISHER_PREPOSITIONS = ("chez", "au", "aux", "par")
# Nouns of periodicals: a name no list or cue explains, right after one ("le magazine
# Investir", "le quotidien Ouest-Éclair") or described as one ("L'Écho atlantique est un
# quotidien régional"), is a publication.
# A word that makes a title of the name it is in: "le New England Journal of Medicine", "The
# Astrophysical Journal" (no body is named so).
PERIODICAL_TITLE_WORDS = ("Journal",)
PERIODICAL_NOUNS = (
    "journal",
    "quotidien",
    "hebdomadaire",
    "mensuel",
    "magazine",
    "revue",
    "bimensuel",
    "périodique",
)
# The copula that describes a name: "L'Écho atlantique est un quotidien".
COPULA_LEMMAS = ("être",)
# A bibliographic reference: the publisher's field comes between these separators and is
# followed by a year past places, dates and these words ("…, Seuil, Paris, 1952.",
# "…, Stock (septembre 2000).", "…, Grasset, 1 500 p. Paris 1997."; month names come from
# the dates data).
REFERENCE_SEPARATORS = (",", ":", ";", "(")
REFERENCE_FIELD_ENDS = (",", "(")
REFERENCE_WORDS = ("p.", "pp.", "p", "coll.", "vol.", "t.", "éd.", "rééd.", "n°", "réédition")
# The company nouns of the publishing trade: "la fromagerie Perrin" is another trade's firm.
PUBLISHING_NOUNS = ("éditions", "édition", "éditeur", "éditrice")
# The words between a publishing noun and the name: "les éditions du Seuil", "la maison
# d'édition de La Martinière".
PUBLISHER_JOINERS = ("de", "du", "des", "d'", "la", "l'", "le")
# A trade noun after a capitalised name ends a publisher's name: "Anagramme éditions",
# "Nouveau Monde éditions" (the singular names a version: "l'édition 2005").
HOUSE_NOUNS = ("éditions",)
# Capitalised, the singular begins a publisher's name in a reference: "Edition
# Universitaires, Collection Documents, 1989".
EDITION_NOUNS = ("Édition", "Edition")
# What makes a name a medicine, a product and not a body (components/products.py), read on
# the dependency tree by lemma: "un patient traité par Zometa", "le traitement par
# Lévothyrox" (a verb of treatment only with a patient or a person: "le dossier traité par"
# is no treatment), "prescrire Aclasta", "ANGIOX ne doit pas être utilisé chez la femme",
# "Zometa contient la même substance active", "le principe actif de Zometa", "la posologie
# d'Angiox", "Zometa 4 mg", "un médicament …, Zometa", "une autorisation de mise sur le
# marché … pour Aclasta".
MEDICINE_TREATMENTS = ("traiter", "traitement", "soigner", "prétraiter", "prétraitement")
MEDICINE_TREATMENT_CASES = ("par", "avec")
MEDICINE_PATIENTS = (
    "patient",
    "patiente",
    "malade",
    "enfant",
    "adulte",
    "adolescent",
    "nourrisson",
    "femme",
    "homme",
    "personne",
    "sujet",
    "volontaire",
)
MEDICINE_USES = ("utiliser", "employer")
MEDICINE_PATIENT_CASES = ("chez",)
MEDICINE_ADMINISTRATIONS = ("administrer", "prescrire", "injecter", "perfuser", "ingérer")
MEDICINE_COMPOSITIONS = ("contenir", "renfermer")
# The partitive articles of a mass noun a medicine contains: "contient du benfluorex" ("des
# erreurs" may count things).
MEDICINE_PARTITIVES = ("du", "de la", "de l'")
# A substance's noun, with the adjective it needs ("principe actif"; a "principe" alone is a
# principle).
MEDICINE_SUBSTANCES = {"substance": None, "principe": "actif", "excipient": None}
MEDICINE_DOSES = (
    "posologie",
    "dose",
    "comprimé",
    "gélule",
    "flacon",
    "ampoule",
    "sachet",
    "seringue",
    "surdosage",
    "perfusion",
    "injection",
)
MEDICINE_DOSE_CASES = ("de", "d'", "du")
MEDICINE_UNITS = ("mg", "g", "µg", "μg", "mcg", "ml", "mL", "UI", "microgrammes", "milligrammes")
MEDICINE_NOUNS = (
    "médicament",
    "médicaments",
    "vaccin",
    "antibiotique",
    "anticoagulant",
    "antidépresseur",
    "antalgique",
    "analgésique",
    "anti-inflammatoire",
    "antiviral",
    "anxiolytique",
    "somnifère",
)
MEDICINE_AUTHORISATIONS = ("autorisation", "amm")
MEDICINE_AUTHORISATION_CASES = ("pour",)
MEDICINE_MARKET_WORDS = ("marché",)
# Verbs whose object is a firm's product: "Servier commercialisait le Mediator" (their
# subject is the firm).
PRODUCT_MAKERS = ("commercialiser", "fabriquer")
# A street's noun after a house number makes the words an address, not a body: "12 rue
# de la Paix", "3 avenue Montaigne"; addresses abroad travel with the firms of leaflets and
# news, so a street word written as the end of one word is read too, before a house number:
# "Immermannstraße 9", "Kurfürstendamm 21".
STREET_NOUNS = ("rue", "avenue", "boulevard", "bd", "quai", "impasse", "allée", "chemin", "place")
STREET_SUFFIXES = ("straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "damm", "straat")
# Nouns that head the name of a text, not of a body: "la Charte européenne des droits de
# l'homme", "le Traité de Rome", "la Déclaration universelle", "le Protocole de Kyoto", "la
# Constitution européenne", "l'Accord sur les textiles et les vêtements".
TEXT_NOUNS = (
    "charte", "traité", "déclaration", "protocole", "constitution", "convention", "accord",
)  # fmt: skip
# The words that number a periodical's issue after its name and a comma: "Études
# internationales, vol. XVII, no 3", "Le Débat, n° 12".
ISSUE_MARKERS = ("vol.", "vol", "volume", "no.", "no", "n°", "numéro", "pp.")
# Nouns before a family's name: "la famille Dominati", "le clan Kennedy" name people.
FAMILY_NOUNS = ("famille", "clan", "dynastie")
# Nouns of events, plans and projects: the name right after one is theirs, not a body's
# ("le sommet Choose France", "le projet Stargate", "l'opération Barkhane", "le plan
# Marshall"). English puts the name before them ("the Choose France summit").
EVENT_NOUNS = (
    "sommet",
    "salon",
    "festival",
    "forum",
    "colloque",
    "tournoi",
    "rallye",
    "opération",
    "plan",
    "programme",
    "projet",
)
# Nouns of works and devices, products as much as medicines are: "le film Avengers",
# "Snipers est un film", "de son album, Innamoramento".
WORK_NOUNS = (
    "film",
    "téléfilm",
    "album",
    "chanson",
    "single",
    "roman",
    "feuilleton",
    "opéra",
    "logiciel",
    "smartphone",
)
# The first and the last words of the names of events and prizes, not bodies: "la Coupe de
# France", "le Festival de Cannes", "les Jeux méditerranéens", "the Grammy Awards" (names
# travel: English last words are read in French text too). A championship is left out:
# "EFL Championship" is also the league.
EVENT_FIRST_WORDS = (
    "coupe", "festival", "jeux", "trophée", "tournoi", "rallye", "championnat", "championnats",
    "tour", "concours", "match", "marathon", "oscar", "oscars", "césar",
)  # fmt: skip
EVENT_LAST_WORDS = ("awards", "award", "cup", "festival", "prize", "trophy")
# Ships' prefixes and statutes' nouns (see the English data): French writes "le porte-avions
# Charles-de-Gaulle", "la loi Sapin", which no rule reads as a body's name.
VESSEL_PREFIXES: tuple[str, ...] = ()
STATUTE_NOUNS: tuple[str, ...] = ()
# Competitions named as a league is ("Ligue" and who plays it), which are events, not bodies
# (WikiNEuRal marks "la Ligue Europa" MISC 16 times of 16), also with their organiser after
# "de". Not "la Ligue des champions", which Sequoia marks ORG (3 of 3 in train + dev).
EVENT_NAMES = ("Ligue Europa", "Ligue Europa Conférence", "Ligue Conférence", "Ligue des nations")
# The heads of a meeting's name, in lower case: with adjectives only, an event ("la
# Conférence intergouvernementale", "le Sommet européen"); a complement may make a body
# that meets ("la Conférence des présidents").
MEETING_HEADS = ("conférence", "sommet")
# A body's meeting in lower case, which the stock model runs into the name of the body that
# meets: "l'assemblée générale des Randonneurs du Val d'Aulne" names the Randonneurs.
BODY_MEETINGS = ("assemblée générale", "assemblée générale extraordinaire", "congrès")
