"""English words and phrases the company finder reads: cues, suffixes, anaphors, descriptors."""

# Legal forms and group words written after a company name: "Acme Inc", "Lloyds Banking Group".
COMPANY_SUFFIXES = (
    "Inc",
    "Inc.",
    "Incorporated",
    "Corp",
    "Corp.",
    "Corporation",
    "Co",
    "Co.",
    "Company",
    "Ltd",
    "Ltd.",
    "Limited",
    "LLC",
    "LLP",
    "LP",
    "plc",
    "PLC",
    "Group",
    "Holdings",
    "SA",
    "S.A.",
    "AG",
    "GmbH",
    "NV",
    "N.V.",
    "SE",
    "SpA",
)
# Nouns that, right before a capitalised name, say it is a company: "the carmaker Renault".
COMPANY_CUES = (
    "company",
    "firm",
    "group",
    "carmaker",
    "automaker",
    "chipmaker",
    "maker",
    "retailer",
    "lender",
    "bank",
    "insurer",
    "startup",
    "start-up",
    "giant",
    "conglomerate",
    "airline",
    "operator",
    "manufacturer",
    "supplier",
    "subsidiary",
    "brand",
    "publisher",
    "broker",
    "provider",
    "distributor",
)
# A definite noun phrase that refers back to the company last named.
ANAPHORS = ("the company", "the firm", "the group", "the startup", "the carmaker", "the lender")
# Epithets news uses for a company instead of its name.
DESCRIPTORS = {
    "the Redmond giant": "Microsoft",
    "the Redmond company": "Microsoft",
    "the Cupertino giant": "Apple",
    "the Cupertino company": "Apple",
    "the iPhone maker": "Apple",
    "the Mountain View company": "Google",
    "the search giant": "Google",
    "the ChatGPT maker": "OpenAI",
    "the ChatGPT creator": "OpenAI",
    "the e-commerce giant": "Amazon",
    "the online retailer": "Amazon",
    "the Facebook parent": "Meta",
    "the social media giant": "Meta",
    "the chipmaker Nvidia": "Nvidia",
    "the planemaker": "Boeing",
}
# "A, the parent of B": A is the parent of B. "B, a unit of A": A is the parent of B.
# The preposition after the noun is not part of the phrase.
PARENT_OF = ("parent", "parent company", "owner")
SUBSIDIARY_OF = ("subsidiary", "unit", "owned", "division")
# Capitalised words the stock model takes for organisations and that are not names.
NOT_NAMES = (
    "R&D",
    "AI",
    "CEO",
    "CFO",
    "COO",
    "CTO",
    "GDP",
    "VAT",
    "IPO",
    "Internet",
    "Web",
    "Cloud",
    "TV",
    "PC",
    "USB",
    "GPS",
    "SMS",
    "NGO",
    "Q1",
    "Q2",
    "Q3",
    "Q4",
    "FY",
)
# Nouns that begin the name of an organisation that is not a company, with its kind (None:
# a role, so the words are a person's title, not an organisation: "Secretary of State").
# "Ministry of Finance", "University of Oxford", "Federal Reserve Bank of New York".
ORGANIZATION_HEADS = {
    "minister": None,
    "secretary": None,
    "president": None,
    "chairman": None,
    "senator": None,
    "mayor": None,
    "ministry": "government",
    "department": "government",
    "government": "government",
    "council": "government",
    "commission": "government",
    "agency": "agency",
    "office": "agency",
    "authority": "regulator",
    "parliament": "parliament",
    "senate": "parliament",
    "congress": "parliament",
    "court": "court",
    "tribunal": "court",
    "university": "university",
    "college": "school",
    "school": "school",
    "institute": "research",
    "academy": "research",
    "museum": "culture",
    "association": "association",
    "federation": "association",
    "union": "association",
    "league": "association",
    "foundation": "association",
    "committee": "association",
    "club": "club",
    "party": "party",
    "hospital": "hospital",
    "organization": "international",
    "organisation": "international",
}
# English capitalises an institution's name, so its list matches only capitalised names.
LOWER_CASE_HEADS = ()
# Lower-case words that may join the capitalised words of one name: "Bank of America".
NAME_JOINERS = ("of", "for", "the", "and", "&", "-", "on", "de")
# The words that open the complement of an organisation's name: "Fédération française de judo".
NAME_COMPLEMENTS = ("of", "for")
# The complements that take a name without an article: "Institute for Fiscal Studies".
BARE_NAME_COMPLEMENTS = ("of", "for")
# Roles whose complement is a portfolio, not an organisation: "ministre de l'Économie".
PORTFOLIO_ROLES = ("minister", "secretary")
# Plural articles before a team's name: "les Canadiens de Montréal" (none in English,
# which writes "the Montreal Canadiens").
PLURAL_ARTICLES = ()
# Articles that make the acronym after them a body's name: "the NHS", "the FBI".
ACRONYM_ARTICLES = ("the",)
# Articles that make the acronym after them a common noun (none in English: "an FBI agent"
# names the body).
COMMON_ARTICLES = ()
# Nouns that name a study with the name after them (English puts it first: "the ACUITY
# trial").
STUDY_NOUNS = ()
# Words after a company noun that make it a trial's arm in the whole article ("the
# placebo group" puts them first in English).
TRIAL_ARMS = ()
# A listed name that begins with one of these articles (`TITLE_ARTICLES`) is also found
# without it after an article written in lower case or contracted with a preposition
# (`ARTICLES_BEFORE_TITLES`): "the Observer".
TITLE_ARTICLES = ("The",)
ARTICLES_BEFORE_TITLES = ("the",)
# Bare prepositions before a firm's acronym (none in English): a body's takes an article.
FIRM_PREPOSITIONS = ()
# Nouns of places whose first word heads bodies elsewhere: "the shopping centre Westfield".
PLACE_NOUNS = ("shopping centre", "shopping center", "shopping mall")
# A regime after an ordinal names a period, not a body: "the Third Republic", "the Second Empire".
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
REGIMES = ("Republic", "Empire")
# Heads whose lower-case complement is the body's portfolio: "the ministry of defence".
PORTFOLIO_HEADS = ("ministry", "department")
# Heads whose place after "of" is part of the body's name: "the court of Paris".
SEATED_HEADS = ("court",)
# Verbs of speech and decision whose subject, when a place, stands for its government:
# "Washington announced", "Beijing refused" (lemmas).
DECISION_VERBS = (
    "say",
    "announce",
    "decide",
    "refuse",
    "accept",
    "demand",
    "condemn",
    "threaten",
    "reject",
    "ratify",
    "recognize",
    "recognise",
    "approve",
    "protest",
    "negotiate",
    "promise",
    "deny",
    "retaliate",
    "sanction",
    "ban",
    "authorize",
    "authorise",
    "suspend",
    "sign",
    "vote",
    "urge",
    "warn",
    "accuse",
)
# Cues that are a word of the firm's name (none in English, which writes "Penguin Books").
TRADE_NOUNS = ()
# Adjectives after a name that say when, not which body (English puts them before it).
TIME_ADJECTIVES = ()
# Words that, inside a name the stock model reads as an organisation, make it a firm's name
# ("China Eastern Airlines", "Warner Bros. Pictures"). Words that also name public bodies
# ("bank", "group", "office") are left out.
COMPANY_NAME_WORDS = (
    "airlines",
    "airways",
    "aviation",
    "aerospace",
    "automotive",
    "motors",
    "insurance",
    "pharma",
    "pharmaceuticals",
    "therapeutics",
    "biotech",
    "technologies",
    "technology",
    "software",
    "systems",
    "semiconductor",
    "semiconductors",
    "telecom",
    "telecommunications",
    "networks",
    "media",
    "entertainment",
    "films",
    "pictures",
    "studios",
    "games",
    "capital",
    "ventures",
    "partners",
    "holding",
    "holdings",
    "industries",
    "electronics",
    "electric",
    "energy",
    "logistics",
    "robotics",
    "foods",
    "brewing",
    "petroleum",
    "mining",
)
# Lemmas of the words that govern a firm's name and hardly any other body's: "the CEO of X",
# "X's shareholders", "X acquired Y", "X laid off".
COMPANY_GOVERNORS = (
    "ceo",
    "shareholder",
    "stockholder",
    "share",
    "stock",
    "subsidiary",
    "takeover",
    "acquire",
    "manufacture",
    "revenue",
    "earnings",
    "ipo",
    "employee",
    "factory",
    "plant",
)
# Of the governors, the nouns no place takes: a name the stock model reads as a place is a
# firm after them ("the shareholders of Fives").
OWNER_NOUNS = ("ceo", "shareholder", "stockholder", "subsidiary", "takeover")
# The conjunction that closes a list of names.
LIST_CONJUNCTIONS = ("and",)
# English capitalises the names of bodies, so none is read from lower-case words
# (components/bodies.py).
FIELD_HEADS = ()
REACH_HEADS = ()
REACH_ADJECTIVES = ()
DEFINITE_ARTICLES = ()
INDEFINITE_ARTICLES = ("a", "an")
DETERMINED_COMPLEMENTS = ()
COMPLEMENT_ARTICLES = ()
BARE_QUALIFIERS = ()
TEAM_HEADS = ()
TEAM_ARTICLES = ()
QUOTED_FIELD_HEADS = ()
QUOTES = {}
