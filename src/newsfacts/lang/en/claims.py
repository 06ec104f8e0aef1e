"""English words that introduce, attribute or rule out a claim (read by newsfacts_claims)."""

from . import companies

# Lemmas of the verbs that report a statement: "X said that …", "\"…\", X said.".
REPORTING_VERBS = frozenset(
    [
        "acknowledge",
        "add",
        "admit",
        "affirm",
        "announce",
        "argue",
        "assert",
        "believe",
        "caution",
        "claim",
        "comment",
        "concede",
        "conclude",
        "confirm",
        "contend",
        "declare",
        "deny",
        "disclose",
        "emphasize",
        "estimate",
        "expect",
        "explain",
        "find",
        "forecast",
        "indicate",
        "insist",
        "maintain",
        "mention",
        "note",
        "observe",
        "post",
        "predict",
        "promise",
        "quip",
        "recall",
        "recount",
        "reiterate",
        "remark",
        "reply",
        "report",
        "respond",
        "reveal",
        "say",
        "state",
        "stress",
        "suggest",
        "tell",
        "tweet",
        "underline",
        "warn",
        "write",
    ]
)

# Reporting verbs whose object is whom it was said to, not what: "…, two sources familiar
# with the process told Reuters", "…, the company informed investors".
ADDRESSEE_VERBS = frozenset(["assure", "brief", "inform", "remind", "tell"])

# Endings of a form the lemmatizer gave back unchanged, and what turns it into its lemma
# (none needed in English).
LEMMA_REPAIRS: dict[str, str] = {}

# Verbs of judgment whose object and the adjective they give it state the judgment: none
# (English "found the forecast too high" is rarer in news and its parse less regular).
JUDGMENT_VERBS: frozenset[str] = frozenset()

# Verbs of advice and demand: coordinated after a reported clause with no subject of their
# own, they are the speaker's next act ("said growth was too weak and urged the bank to cut
# rates").
ADVICE_VERBS = frozenset(["advise", "ask", "call", "recommend", "urge"])

# Reporting verbs whose noun object is itself the statement:
# "The company announced plans to cut 500 jobs" (but not "wrote a book").
STATEMENT_OBJECT_VERBS = frozenset(
    [
        "announce",
        "confirm",
        "deny",
        "disclose",
        "forecast",
        "predict",
        "promise",
        "reveal",
    ]
)
# Marks that end a statement object: what follows opens another part of the sentence
# ("denounced a \"purely financial decision\": in her view, …").
OBJECT_END_MARKS = (":", ";")

# A verb and the infinitive after it that report together: none in English.
REPORTING_PERIPHRASES: dict[tuple[str, str], str] = {}

# Words that mark an infinitive as a plan or a promise ("promised to cut"): every English
# infinitive has one, so no infinitive is a statement.
INFINITIVE_MARKS = frozenset({"to"})
INTENTION_VERBS: frozenset[str] = frozenset()

# (verb lemma, object lemma) pairs that are idioms, not statements: "tell the truth".
IDIOMS = frozenset(
    {
        ("tell", "truth"),
        ("tell", "story"),
        ("say", "goodbye"),
        ("say", "word"),
        ("write", "book"),
        ("write", "history"),
    }
)

# Words that open a reported clause: "said that …".
COMPLEMENTIZERS = frozenset({"that"})

# Words that open an indirect question, which states nothing: "did not say how many jobs …".
# Words before "that" that make it a conjunction, not the opening of a reported clause:
# "argued for a reform so that courts …".
CONJUNCTION_HEADS = frozenset({"so", "now", "such", "given", "except", "provided"})

QUESTION_WORDS = frozenset({"how", "if", "what", "when", "where", "whether", "which", "who", "why"})

# Word sequences (lower case, as tokenised) that attribute a statement to what follows them,
# and the cue they give: "according to Reuters, …".
SOURCE_MARKERS = {("according", "to"): "according to"}
# Markers that attribute only at the head of a sentence (none: "For X, …" rarely reports).
OPENING_SOURCE_MARKERS = {}
# Conjunctions that may open the sentence before such a marker (none: no marker).
OPENING_CONJUNCTIONS: frozenset[str] = frozenset()

# Words that, after a comma, open the writer's own contrast, not the reported clause:
# "…, while Amazon said …".
CONTENT_BREAKS = frozenset({"but", "whereas", "while"})
# Words that open a gerund after a comma: none in English, whose present participle alone is
# already a gloss ("…, adding that …").
GERUND_MARKERS: frozenset[tuple[str, ...]] = frozenset()

# Prepositions of the time of a saying that the parser hangs on the reported clause:
# "said on Thursday it would …".
SAYING_TIME_PREPOSITIONS = frozenset(["on"])

# Impersonal verbs whose subject is no speaker: none in English.
IMPERSONAL_VERBS = frozenset()

# Negation words on a reporting verb: "did not confirm that …".
NEGATIONS = frozenset({"not", "n't", "never"})

# Personal pronouns a speaker can be named by: the kinds of referent they can stand for and
# the gender they require ("He said …" → the last man or person of unknown gender).
PRONOUNS = {
    "he": {"kinds": ("person",), "gender": "Masc"},
    "him": {"kinds": ("person",), "gender": "Masc"},
    "she": {"kinds": ("person",), "gender": "Fem"},
    "her": {"kinds": ("person",), "gender": "Fem"},
    "it": {"kinds": ("organization",), "gender": None},
    "they": {"kinds": ("organization",), "gender": None},
    "them": {"kinds": ("organization",), "gender": None},
}

# English gender is natural: "he" and "she" are people, never the firm or the body whose
# clause an incise follows ("The EU takes 80 per cent of exports, he said" is not the EU).
# French gender is grammatical: "Le groupe Renault a dégagé …, a-t-il annoncé".
GRAMMATICAL_GENDER = False

# Relative pronouns whose antecedent is the speaker: "Meta, which said that …".
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})

# Impersonal subjects that speak for the place named in their clause: none in English, whose
# "At Airbus, executives say …" has a subject of its own.
IMPERSONAL_SUBJECTS: frozenset[str] = frozenset()
HOST_PREPOSITIONS: frozenset[str] = frozenset()
HOST_NOUNS: frozenset[str] = frozenset()

# Role nouns of people who speak for a firm or a body: "a spokesman for Airbus said" is
# Airbus speaking.
# Nouns of a firm named through its parent: "the Bouygues subsidiary said" is the firm of
# the story that Bouygues owns.
SUBSIDIARY_NOUNS = frozenset(["subsidiary"])
# Nouns of the people around someone, who speak for that person: "his entourage said".
ENTOURAGE_NOUNS = frozenset(["entourage"])
SPOKESPERSON_NOUNS = frozenset(["spokesman", "spokesperson", "spokeswoman"])
# Nouns of a firm named by what it owns: "The owner of Gucci said …" is the firm named before
# (Kering), not Gucci.
OWNER_NOUNS = frozenset(["owner", "parent"])
# Nouns of a firm named by what it makes, which stand for its owner when a company follows in
# their phrase: "the maker of Activia and Evian said" after Danone is Danone, not Activia
# (without one they are firms of a trade, as any `ORGANIZATION_NOUNS`: "the maker said").
MAKER_NOUNS = frozenset(["maker", "manufacturer", "producer"])
# Nouns that name an organisation already mentioned ("the company said …"), and nouns naming
# a person by role ("the minister said …").
ORGANIZATION_NOUNS = frozenset(
    [
        "airline",
        "automaker",
        "bank",
        "carmaker",
        "chain",
        "chipmaker",
        "company",
        "conglomerate",
        "drugmaker",
        "firm",
        "giant",
        "group",
        "insurer",
        "lender",
        "maker",
        "manufacturer",
        "operator",
        "planemaker",
        "reinsurer",
        "retailer",
        "startup",
    ]
)
# Nouns of newspapers, magazines and broadcasters: the title after them ("the newspaper Le
# Figaro reported"), else the last title named ("The Financial Times … the paper said").
PRESS_NOUNS = frozenset(
    [
        "broadcaster",
        "broadsheet",
        "daily",
        "magazine",
        "newspaper",
        "paper",
        "tabloid",
        "weekly",
    ]
)
# Nouns of bodies that name themselves: "le gouvernement français a indiqué que …".
BODY_NOUNS = frozenset(
    [
        "agency",
        "army",
        "association",
        "authorities",
        "authority",
        "commission",
        "committee",
        "council",
        "court",
        "department",
        "government",
        "institute",
        "ministry",
        "opposition",
        "parliament",
        "party",
        "police",
        "prosecutors",
        "regulator",
        "union",
        "unions",
        "watchdog",
    ]
)
# Body nouns that, bare and definite, refer back to the last body named, whatever its name:
# "The Federal Trade Commission sued Amazon … The agency said …".
BODY_ANAPHORS = frozenset(["agency", "authority", "regulator", "watchdog"])
PERSON_NOUNS = frozenset(
    [
        "administrator",  # a firm's, in insolvency: "administrators from Interpath said"
        "ambassador",
        "analyst",
        "ceo",
        "chairman",
        "chairwoman",
        "chief",
        "commissioner",
        "director",
        "economist",
        "executive",
        "expert",
        "founder",
        "governor",
        "head",
        "lawmaker",
        "lawyer",
        "liquidator",
        "mayor",
        "minister",
        "officer",
        "official",
        "president",
        "prosecutor",
        "researcher",
        "scientist",
        "secretary",
        "senator",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "witness",
    ]
)
# Prepositions after a number or pronoun that name the group a speaker is one of: "one of
# the sources said" is the sources speaking.
PARTITIVE_PREPOSITIONS = frozenset(["of"])
# Nouns that describe a person already named rather than a role: a bare definite one
# refers back to the last person, as a pronoun does ("the billionaire added that …" after
# "Elon Musk said …").
EPITHET_NOUNS = frozenset(
    [
        "billionaire",
        "entrepreneur",
        "heir",
        "heiress",
        "investor",
        "magnate",
        "mogul",
        "tycoon",
    ]
)
# Lemmas of the participles whose agent made a source, its owner: "according to data
# compiled by Bloomberg", "a survey conducted by Gallup" (not "a memo seen by Reuters").
SOURCE_MAKING_VERBS = frozenset(
    [
        "compile",
        "publish",
        "release",
        "issue",
        "prepare",
        "produce",
        "write",
        "collect",
        "gather",
        "provide",
        "conduct",
        "commission",
        "author",
        "sign",
        "carry",
    ]
)
# Nouns of documents and sources that carry a statement: "according to the report",
# "according to a person familiar with the matter"; the speaker is who they belong to.
SOURCE_NOUNS = frozenset(
    [
        "analysis",
        "article",
        "blog",
        "calculation",
        "data",
        "datum",  # the lemma of "data"
        "document",
        "email",
        "estimate",
        "estimates",
        "estimation",
        "figure",
        "filing",
        "forecast",
        "letter",
        "media",
        "memo",
        "message",
        "newspaper",
        "note",
        "people",
        "person",
        "poll",
        "post",
        "presentation",
        "press",
        "publication",
        "release",
        "report",
        "source",
        "statement",
        "statistics",
        "study",
        "survey",
        "tweet",
    ]
)

# Source nouns of people, not documents: a bare definite one never stands for the document
# of the last organisation that spoke ("one of the sources said", after "two sources told
# Reuters", names nobody).
HUMAN_SOURCE_NOUNS = frozenset(["people", "person", "source"])

# Prepositions of whom a source spoke to, who is not its owner: "sources told to Reuters".
# (the companies data's addressee prepositions, which mark whom a place's act is aimed at)
ADDRESSEE_PREPOSITIONS = frozenset(companies.ADDRESSEE_PREPOSITIONS)

# Adjectives of a source near someone, who is not its owner: "a source close to Renault" (lemmas).
CLOSE_WORDS = frozenset(("close", "familiar"))

# Titles that give a person's gender: "Mr. Smith", "Mrs. Jones".
HONORIFICS = {"mr": "Masc", "mr.": "Masc", "mrs": "Fem", "mrs.": "Fem", "ms": "Fem", "ms.": "Fem"}

# The voice a body speaks through (French: "par la voix de"): none read in English.
VOICE_NOUNS: frozenset[str] = frozenset()
VOICE_PREPOSITIONS: frozenset[str] = frozenset()
# A mark after a quotation's closing one that opens an explanation, not its attribution:
# "dénonce « une décision financière » : selon elle, …".
EXPLANATION_MARKS = (":",)
# Quotation marks, opening and closing.
QUOTE_MARKS = (("“", "”"), ('"', '"'), ("«", "»"))
