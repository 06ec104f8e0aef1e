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
    # the Dutch private company, which holds many a marketing authorisation
    "BV",
    "B.V.",
    "SE",
    "SpA",
)
# The family a firm is named after, written after its name (French: "Berthelot et Fils");
# English names write "& Sons" as a listed firm's word, none read here.
FAMILY_FIRM_WORDS: tuple[str, ...] = ()
FAMILY_FIRM_JOINERS: tuple[str, ...] = ()
# Of those suffixes, the legal forms: left out of a company's name ("Ansys Inc." is Ansys).
LEGAL_FORMS = ("Inc", "Inc.", "Incorporated", "Corp", "Corp.", "Corporation", "Co", "Co.",
               "Ltd", "Ltd.", "Limited", "LLC", "LLP", "LP", "plc", "PLC", "SA", "S.A.", "AG",
               "GmbH", "NV", "N.V.", "BV", "B.V.", "SE", "SpA")  # fmt: skip
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
# English puts a company noun's adjectives before it ("the Chinese carmaker BYD"): none
# between it and the name.
CUE_MODIFIER_WORDS = 0
# Nationality nouns that name a firm right before its name: none in English, which writes
# "China's BYD".
# The prepositions of a trade's bare complement between a company noun and its name: "le
# fonds d'investissement Ardian" (not "le géant des îles Poor Knights", a place's).
TRADE_COMPLEMENTS = ()
FIRM_ADJECTIVES = ()
NATIONALITY_NOUNS = ()
REGIONAL_ADJECTIVES = ()
NATIONALITY_ARTICLES = ()
# Networks of regional banks (French data): none read in English.
REGIONAL_NETWORKS: tuple[str, ...] = ()
# Trade words that make a listed firm's name run on into a longer firm's name: "Toshiba Energy
# Systems", "Sumitomo Mitsui Construction" (not a product: "Apple Vision Pro").
SUBSIDIARY_WORDS = (
    "asset", "banking", "bank", "capital", "chemical", "chemicals", "communications",
    "construction", "development", "electric", "energy", "engineering", "finance",
    "financial", "healthcare", "industries", "infrastructure", "insurance",
    "investments", "logistics", "management", "pharma", "pharmaceuticals", "properties",
    "rail", "realty", "services", "shipping", "solutions", "steel", "systems", "telecom",
    "ventures",
    # a studio, a label, a games or software arm: "Microsoft Studios", "Sony Pictures"
    # (not "Motors" or "Holdings", which end the parent's own name: "Xpeng Motors")
    "studios", "pictures", "records", "games", "entertainment", "software", "animation",
)  # fmt: skip
# Words that make such a run no firm's name: an event, a place ("J.P. Morgan Healthcare
# Conference").
SUBSIDIARY_STOPS = (
    "arena", "award", "awards", "championship", "championships", "classic", "conference",
    "cup", "expo", "forum", "foundation", "index", "marathon", "open", "prize", "series",
    "show", "stadium", "summit", "tournament", "trophy", "week",
    "system",  # a product: "Nintendo Entertainment System" (a firm's: "Toshiba Energy Systems")
)  # fmt: skip
# Company nouns that may take lower-case modifiers before the name they cue: none in English,
# where the modifiers stand before the noun ("the US chipmaker Nvidia").
MODIFIED_CUES: tuple[str, ...] = ()
# A definite noun phrase that refers back to the company last named.
# Contractions that hold a descriptor's article (none in English): "an iPhone maker" is any.
DESCRIPTOR_CONTRACTIONS: tuple[str, ...] = ()
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
# States whose name holds a body's head noun: "the Soviet Union" is the country.
STATE_NAMES = ("Soviet Union",)
NOT_NAMES = (
    "R&D",
    # Time zones after a clock time: "15:56 UTC", "8:58 PST".
    "UTC",
    "GMT",
    "CET",
    "CEST",
    "PST",
    "PDT",
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
# Lower-case heads that also name the management of a body (see the French data): none,
# English capitalises the heads of bodies.
MANAGEMENT_HEADS = ()
# Heads of a body that belongs to the body named in its complement: "the Security Council of
# the United Nations" (an organ, named apart; where "the Department of the Treasury" is the
# listed body itself).
ORGAN_HEADS = (
    "assembly",
    "board",
    "bureau",
    "caucus",
    "chamber",
    "commission",
    "committee",
    "council",
    "court",
    "delegation",
    "panel",
    "secretariat",
    "tribunal",
)
NAME_JOINERS = ("of", "for", "the", "and", "&", "-", "on", "de")
# The words that open the complement of an organisation's name: "Fédération française de judo".
NAME_COMPLEMENTS = ("of", "for")
# The complements that take a name without an article: "Institute for Fiscal Studies".
BARE_NAME_COMPLEMENTS = ("of", "for")
# Roles whose complement is a portfolio, not an organisation: "ministre de l'Économie".
PORTFOLIO_ROLES = ("minister", "secretary")
# Of those, the roles whose complement is a portfolio past an adjective or a party too:
# "the former Labour minister for Trade".
MINISTER_ROLES = ("minister", "ministers")
# The participles of a charge before a portfolio (French "chargé de"): English says
# "minister for Trade".
PORTFOLIO_PARTICIPLES: tuple[str, ...] = ()
PORTFOLIO_PREPOSITIONS: tuple[str, ...] = ()
# Plural articles before a team's name: "les Canadiens de Montréal" (none in English,
# which writes "the Montreal Canadiens").
PLURAL_ARTICLES = ()
TEAM_SINGULAR_ARTICLES: tuple[str, ...] = ()
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
ARTICLED_COMPLEMENTS = ()
ARM_NAMES = ()
# Company nouns that also name a band or a trial's arm, and the words (lemmas) of music or of
# a clinical trial that make them do so in a sentence: "a song by the group Therapy?".
GROUP_CUES = ("group",)
GROUP_CONTEXTS = (
    "patient",
    "placebo",
    "randomize",
    "randomise",
    "song",
    "album",
    "singer",
    "guitarist",
    "bassist",
    "drummer",
    "musician",
    "concert",
    "rock",
    "punk",
    "rap",
    "music",
    "musical",
)
# A platform of the company list is the service, not the firm, after the noun of an account
# ("her Twitter account" is left to the stock model; "the account Twitter" is rare) or after
# "on"/"via" governed by a verb of posting, watching or being found there ("posted on
# Facebook", "streamed on YouTube"; not "a probe on Facebook") (lemmas).
SERVICE_NOUNS = ()
SERVICE_PREPOSITIONS = ("on", "via")
SERVICE_VERBS = (
    "post",
    "publish",
    "announce",
    "write",
    "share",
    "stream",
    "broadcast",
    "watch",
    "listen",
    "upload",
    "tweet",
    "appear",
    "available",
    "active",
)
# A listed name that begins with one of these articles (`TITLE_ARTICLES`) is also found
# without it after an article written in lower case or contracted with a preposition
# (`ARTICLES_BEFORE_TITLES`): "the Observer".
TITLE_ARTICLES = ("The",)
# Capitalised articles that open a sentence before a name and its legal form or group word
# and are no part of it: "The Anderson Economic Group, a consulting firm, estimated …" is
# Anderson Economic Group.
LEADING_ARTICLES: tuple[str, ...] = ("The",)
# English capitalises every word of a name: a listed name of several words is read only
# with a capital in its last word ("North American airlines" is no American Airlines).
CASED_NAME_WORDS = True
ARTICLES_BEFORE_TITLES = ("the",)
# Bare prepositions before a firm's acronym (none in English): a body's takes an article.
FIRM_PREPOSITIONS = ()
# Nouns of places whose first word heads bodies elsewhere: "the shopping centre Westfield".
PLACE_NOUNS = ("shopping centre", "shopping center", "shopping mall")
# A regime after an ordinal names a period, not a body: "the Third Republic", "the Second Empire".
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
REGIMES = ("Republic", "Empire")
# The nouns of a body's numbered units (see the French data). None in English: English names
# a unit with its number ("the 82nd Airborne Division") and corpora tag the whole.
NUMBERED_UNIT_NOUNS = ()
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
# Objects that only a state holds, owes or makes: "Iraq has not met its obligations".
STATE_OBJECTS = (
    "obligation",
    "right",
    "duty",
    "commitment",
    "embargo",
    "sanction",
    "treaty",
    "resolution",
    "veto",
    "ultimatum",
)
# Verb and object that together say a decision: "Finland drew the conclusions".
DECISION_PHRASES = (("draw", "conclusion"),)
# Words of a stance whose subject, when a place, holds it as a state: "Russia is opposed
# to the plan", "Paris is concerned by the violations" (lemmas).
STANCE_WORDS = ("hostile", "opposed", "oppose", "concern", "worry")
# Prepositions that make a body the addressee of a place's act: "France proposed to the
# Security Council".
ADDRESSEE_PREPOSITIONS = ("to",)
# Adjectives of a noun whose complement is a state: "the diplomatic relations of France".
STATE_NOUN_ADJECTIVES = ("diplomatic",)
# The prepositions of such a complement ("the diplomatic corps in Beijing" is where).
STATE_NOUN_PREPOSITIONS = ("of", "with", "between")
# Acts of a state named by a noun, with the agent's preposition: "ratification by France".
STATE_ACT_NOUNS = (
    "ratification",
    "signature",
    "adoption",
    "approval",
    "recognition",
    "denunciation",
    "annexation",
    "rejection",
    "veto",
)
AGENT_PREPOSITIONS = ("by",)
# Measures that only a state takes towards another, with the prepositions of their
# recipient or target: "aid to Iraq", "support for Bulgaria", "the war against Iran"
# (lemmas; not "on": "the embargo on Cuba" reads as a place).
STATE_MEASURE_NOUNS = (
    "aid",
    "support",
    "assistance",
    "embargo",
    "sanction",
    "war",
    "blockade",
    "ultimatum",
)
RECIPIENT_PREPOSITIONS = ("to", "for", "against", "toward", "towards")
# English joins no such noun to a verb by a preposition of its own ("come to the aid of").
LOCUTION_PREPOSITIONS = ()
# English headlines capitalise every word ("Payments Firm Northlane Jumps 31% in NYSE
# Debut"): names read there from the stock model or a cue are not trusted.
TITLE_CASE_HEADLINES = True
# Abbreviations of countries after a listed firm's name that make it the firm's arm there
# ("Microsoft UK", "Amazon US"), beside the country names of CLDR.
COUNTRY_ABBREVIATIONS = ("UK", "US", "USA")
# Prepositions that put a one-word place before a company noun in apposition, which then
# is no firm's name: "based in Austin, the start-up …".
PLACE_PREPOSITIONS = ("in", "from", "near", "into", "across", "outside")
# Recipient prepositions that also say where before a bare name (none: "to" and "for"
# after a noun of aid say to whom).
LOCATIVE_PREPOSITIONS = ()
# Nouns of membership whose subject, when a place, is a state as a member of the body
# their complement names. None in English: wikigold reads such subjects as places
# ("Bangladesh became an independent member of the World Bank", +2 fp) and no English
# corpus here reads them as states.
MEMBER_NOUNS = ()
# The marks of a list of countries in apposition to a body's name (none in English, which
# names countries and towns alike without an article: "the offices of the OECD (Paris,
# Berlin)" would read as member states).
MEMBER_LIST_BRACKETS = {}
# A place that plays a match is its team (see the French data): none listed in English yet,
# whose stock model reads most teams' towns as a GPE the corpora leave apart.
MATCH_VERBS = ()
MATCH_NOUNS = ()
# Words of a team's life (lemmas) that make a sentence tell of sport (French only).
TEAM_WORDS = ()
MATCH_PREPOSITIONS = ()
MATCH_LOCUTION_NOUNS: tuple[str, ...] = ()
MATCH_LOCUTION_CASES: tuple[str, ...] = ()
COUNCIL_WORDS: tuple[str, ...] = ()
VENUE_WORDS: tuple[str, ...] = ()
CLUB_ACRONYMS: tuple[str, ...] = ()
CLUB_WORDS: tuple[str, ...] = ()
DEMONYM_CLUB_HEADS: tuple[str, ...] = ()
SCORE_WORDS: tuple[str, ...] = ()
CLUB_SPORT_WORDS: tuple[str, ...] = ()
SPONSOR_TEAM_HEADS: tuple[str, ...] = ()
SCORE_RANGE_WORDS: tuple[str, ...] = ()
DEMONYM_ENDINGS: tuple[str, ...] = ()
CLUB_DESCRIPTION_NOUNS: tuple[str, ...] = ()
SPORT_COMPOUNDS: tuple[str, ...] = ()
COUNCIL_ARTICLES: tuple[str, ...] = ()
SEATED_COUNCIL_WORDS: tuple[str, ...] = ()
SEAT_PREPOSITIONS: tuple[str, ...] = ()
# Verbs of attempt whose subject, when a place, acts as a state when they govern another
# verb: "France tried to save the institute" (lemmas).
ATTEMPT_VERBS = ("try", "seek", "attempt", "strive")
# Cues that are a word of the firm's name (none in English, which writes "Penguin Books").
TRADE_NOUNS = ()
# Adjectives after a name that say when, not which body (English puts them before it).
TIME_ADJECTIVES = ()
COMPLEMENT_ADJECTIVES = ()
# Whether a name's lower-case adjectives may follow its head noun: French names take them
# ("Ligue nationale", "Parlement européen"); an English adjective after a name is no word of
# it ("Parliament next week").
ADJECTIVES_AFTER_HEAD = False
# Verb endings the tagger misreads as an adjective after a name (see the French module).
VERB_ENDINGS = ()
SIMPLE_PAST_ENDINGS: tuple[str, ...] = ()
# Company nouns that, in apposition after a name, say it is a firm: "Kaltex, a carmaker,",
# "Tecni, a subsidiary of Vivendi" (not "group" or "brand": bands and products).
APPOSITIVE_FIRM_NOUNS = (
    "company",
    "firm",
    "carmaker",
    "automaker",
    "chipmaker",
    "manufacturer",
    "retailer",
    "lender",
    "insurer",
    "subsidiary",
    "conglomerate",
    "startup",
    "start-up",
    "airline",
)
# Body nouns that, in apposition after a name, say what kind of organisation it is (None:
# of no kind the list knows): "Oxfam, a charity based in Oxford".
APPOSITIVE_BODY_NOUNS = {
    "organization": None,
    "organisation": None,
    "charity": "association",
    "foundation": "association",
    "party": "party",
    "union": "trade_union",
    "club": "club",
}
# The articles an apposition may begin with.
APPOSITION_ARTICLES = ("the", "a", "an")
# The preposition of a purpose after a listed body's name, no part of it when what follows
# is in lower case: "the Commission for the execution of the budget".
PURPOSE_PREPOSITIONS = ("for",)
# Adjectives after a listed body's name that keep it that body (English puts a country's
# adjective before the name: "the British Labour Party").
HOME_ADJECTIVES = ()
# Places whose name after a listed body's keeps it that body; any other place there names
# another country's ("the Ministry of Defence of Ukraine" is not the British ministry).
HOME_PLACES = ("United States", "U.S.", "US", "United Kingdom", "UK", "Britain")
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
    "therapies",
    "biopharma",
    "biosciences",
    "management",
    "biotech",
    "biotechnologies",
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
    "platforms",
    "solutions",
    "enterprises",
)
# Trades in the plural that open a family firm's name (French: "les Transports Mathieu"):
# none read in English.
TRADE_NAME_OPENERS: tuple[str, ...] = ()
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
# Of the governors, the nouns a name modifies as a firm's only, in a compound: "Orange
# shares", "Gap CEO" (a place has no shares; "its US subsidiary" is the place's, "a bomb
# factory" the bomb's).
COMPOUND_GOVERNORS = ("share", "stock", "ceo", "shareholder", "stockholder")
# Verbs of work and the preposition that names the employer ("works at" also names
# universities and towns: none in English).
WORKPLACE_VERBS = ()
WORKPLACE_PREPOSITIONS = ()
# Nouns of the people who run or staff a firm: one word the stock model reads as a surname
# after them is the firm ("the boss of Peugeot"), since a person has no director; in
# business news analysts work for brokers ("analysts at Macquarie", "Bernstein analyst").
LEADER_NOUNS = ("boss", "director", "founder", "co-founder", "engineer", "analyst")
# The prepositions by which a leader's noun governs the firm: "the boss of Peugeot",
# "analysts at Macquarie" (not "the director in Paris").
LEADER_PREPOSITIONS = ("of", "for", "at")
# Market staff whose employer, after `STAFF_PREPOSITIONS`, is a firm: a stock organisation
# there is one ("an analyst at RBC Capital Markets", "chief strategist at Principal Asset
# Management"); not a body named by its head noun ("economist at the Peterson Institute").
MARKET_STAFF_NOUNS = ("analyst", "strategist", "economist")
STAFF_PREPOSITIONS = ("at",)
# Role nouns after which a listed firm may open the person's name the stock model reads
# ("the boss of Tesla Elon Musk").
EMPLOYER_ROLE_NOUNS = (*LEADER_NOUNS, "ceo", "chairman", "president")
# Of the governors, the nouns no place takes: a name the stock model reads as a place is a
# firm after them ("the shareholders of Fives").
OWNER_NOUNS = ("ceo", "shareholder", "stockholder", "subsidiary", "takeover")
# The conjunction that closes a list of names.
LIST_CONJUNCTIONS = ("and",)

# Publishers (components/publishers.py): a listed publisher whose name is also a word or a
# family name ("Penguin", "Vintage", "Macmillan") is the firm after the lemma of a
# publishing verb and "by" ("published by Penguin"), or as the verb's subject.
PUBLISHING_WORDS = ("publish", "republish", "reissue", "reprint")
PUBLISHER_PREPOSITIONS = ("by",)
# Nouns of periodicals: a name no list or cue explains, right after one ("the newspaper
# Kathimerini") or described as one ("Kathimerini is a daily"), is a publication.
PERIODICAL_TITLE_WORDS = ("Journal",)
PERIODICAL_NOUNS = ("newspaper", "daily", "weekly", "magazine", "journal", "tabloid")
# The copula that describes a name: "Kathimerini is a daily".
COPULA_LEMMAS = ("be",)
# A bibliographic reference: "London: Penguin, 2003", "(New York: Knopf, 1999)".
REFERENCE_SEPARATORS = (",", ":", ";", "(")
REFERENCE_FIELD_ENDS = (",", "(")
REFERENCE_WORDS = ("p.", "pp.", "vol.", "ed.", "eds.", "no.")
PUBLISHING_NOUNS = ("publisher", "publishers", "imprint")
PUBLISHER_JOINERS = ()
# A trade noun after a capitalised name ends a publisher's name: "Salt Publishing" ("X
# Books" and "X Press" also end the names of products and newspapers: "Google Books",
# "Detroit Free Press").
HOUSE_NOUNS = ("Publishing", "Publishers")
EDITION_NOUNS = ()
# What makes a name a medicine, a product and not a body (components/products.py), read on
# the dependency tree by lemma: "patients treated with Zometa" (a verb of treatment only with
# a patient or a person), "prescribe Aclasta", "Angiox should not be used in pregnant
# women", "Zometa contains the same active substance", "the active ingredient of Zometa",
# "a dose of Angiox", "Zometa 4 mg", "the drug Zometa", "a marketing authorisation for
# Aclasta".
MEDICINE_TREATMENTS = ("treat", "treatment", "therapy", "pretreatment")
MEDICINE_TREATMENT_CASES = ("with",)
MEDICINE_PATIENTS = (
    "patient",
    "child",
    "adult",
    "adolescent",
    "infant",
    "woman",
    "man",
    "person",
    "people",
    "subject",
    "volunteer",
)
MEDICINE_USES = ("use",)
MEDICINE_PATIENT_CASES = ("in",)
MEDICINE_ADMINISTRATIONS = ("administer", "prescribe", "inject", "infuse", "ingest")
MEDICINE_COMPOSITIONS = ("contain",)
MEDICINE_PARTITIVES = ()  # English writes a mass noun bare: "contains caffeine"
MEDICINE_SUBSTANCES = {"substance": None, "ingredient": "active", "excipient": None}
MEDICINE_DOSES = (
    "dose",
    "dosage",
    "tablet",
    "capsule",
    "vial",
    "overdose",
    "infusion",
    "injection",
)
MEDICINE_DOSE_CASES = ("of",)
MEDICINE_UNITS = ("mg", "g", "µg", "μg", "mcg", "ml", "mL", "IU", "micrograms", "milligrams")
MEDICINE_NOUNS = (
    "drug",
    "drugs",
    "medicine",
    "medication",
    "vaccine",
    "antibiotic",
    "anticoagulant",
    "antidepressant",
    "painkiller",
)
MEDICINE_AUTHORISATIONS = ("authorisation", "authorization")
MEDICINE_AUTHORISATION_CASES = ("for",)
MEDICINE_MARKET_WORDS = ("marketing",)
# Verbs whose object is a firm's product: "Merck marketed Vioxx" (their subject is the firm).
PRODUCT_MAKERS = ("market", "manufacture")
# A street's noun after a house number makes the words an address, not a body (English
# puts it last: "221B Baker Street"); a street word written as the end of one word is read
# before a house number: "Immermannstraße 9".
STREET_NOUNS = ("street", "road", "avenue", "lane", "drive", "boulevard", "square")
STREET_SUFFIXES = ("straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "damm", "straat")
# Nouns that head the name of a text, not of a body: "the Treaty of Rome", "the Kyoto
# Protocol" is read by its first word only, so only names that begin with one (after "The":
# "The Agreement on Trade-Related Aspects …").
TEXT_NOUNS = (
    "charter", "treaty", "declaration", "protocol", "constitution", "convention",
    "agreement", "accord",
)  # fmt: skip
# The words that number a periodical's issue after its name and a comma: "Foreign Affairs,
# Vol. 12, No. 3".
ISSUE_MARKERS = ("vol.", "vol", "volume", "no.", "no", "issue", "pp.")
# Nouns before a family's name: "the Kennedy family" puts it after, "the clan Campbell".
FAMILY_NOUNS = ("clan", "dynasty")
# Nouns of events and projects before their name (none: English writes "the Choose France
# summit", "Project Stargate" is capitalised as part of the name).
EVENT_NOUNS = ()
# Nouns of works and devices, products as much as medicines are: "the film Avengers",
# "Snipers is a film".
WORK_NOUNS = ("film", "movie", "album", "song", "single", "novel", "software", "smartphone")
# The first and the last words of the names of events and prizes, not bodies: "the
# Festival of Britain", "the Davis Cup", "the Grammy Awards". A championship is left out:
# "EFL Championship" is also the league.
EVENT_FIRST_WORDS = ("festival",)
EVENT_LAST_WORDS = ("awards", "award", "cup", "festival", "prize", "trophy")
# The prefixes of a ship's name: "HMS Resolute", "RMS Mauretania" name a vessel, not a body.
VESSEL_PREFIXES = ("HMS", "HMAS", "HMCS", "HMNZS", "USS", "USNS", "RMS", "SS", "MV", "SMS")
# The noun that ends a statute's name, before its year or alone: "the Medicines (Reporting)
# Act 2016", "the Companies Act": a law, not a body.
STATUTE_NOUNS = ("Act",)
# Competitions named as a league is (see the French data): none listed in English.
EVENT_NAMES: tuple[str, ...] = ()
# The heads of a meeting's name, in lower case, that make an event with adjectives only:
# none in English, whose adjectives stand before the head ("the Earth Summit").
MEETING_HEADS = ()
# A body's meeting before its name, in lower case (French data): none read in English.
BODY_MEETINGS: tuple[str, ...] = ()
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
# English names many bodies without an article ("Greenpeace", "Tata Sons"), so an article is
# no evidence either way: the rule of the French data is off.
QUOTED_NAME_ARTICLES = ()
# Nouns of association before a quoted name, and acronyms of kinds of local body (see the
# French data): none, since English capitalises a club's name and its head noun.
QUOTED_NAME_HEADS = {}
TYPE_ACRONYMS = {}
BRANCH_ACRONYMS: dict[str, str] = {}
# The number of a territory after a branch's acronym (French: "le SDIS 88"): none.
TERRITORY_NUMBER = None
PLACE_CLUB_ACRONYMS: dict[str, str] = {}
# Learned societies (see the French data): English capitalises their names.
SOCIETY_NOUNS = ()
SOCIETY_FIELDS = ()
