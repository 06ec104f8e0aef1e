"""English money words: currency names, sub-units, qualifiers, ranges (no logic).

Babel's CLDR data adds every currency's English display names, singular and plural
("Australian dollars", "Swiss francs", "Egyptian pounds"); here are the short forms news
writes that CLDR does not list, and the words around amounts.
"""

from ..common import FRANC_CODES, KRONA_CODES, KRONE_CODES, PESO_CODES

BABEL_LOCALE = "en"

CURRENCY_NAMES = {
    "dollar": "USD",
    "dollars": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "u.s. dollar": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "us $": "USD",
    "u.s $": "USD",
    "u.s. $": "USD",
    "c $": "CAD",
    "hk $": "HKD",
    "nt $": "TWD",
    "canadian dollars": "CAD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "quid": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "swiss franc": "CHF",
    "swiss francs": "CHF",
    "sfr": "CHF",
    "rupee": "INR",
    "rupees": "INR",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "shekel": "ILS",
    "shekels": "ILS",
    "peseta": "ESP",
    "pesetas": "ESP",
    "rupiah": "IDR",
    "rupiahs": "IDR",
    "ringgit": "MYR",
    "ringgits": "MYR",
    "malaysia ringgit": "MYR",
    "malaysia ringgits": "MYR",
    "rand": "ZAR",
    "rands": "ZAR",
    # CLDR's "West African CFA Franc" is not how news writes it; the West African franc unless
    # the text says Central Africa (both at par to the euro).
    "cfa franc": "XOF",
    "cfa francs": "XOF",
    "fcfa": "XOF",
    "central african cfa franc": "XAF",
    "central african cfa francs": "XAF",
    "tugrik": "MNT",
    "tugriks": "MNT",
    "lira": "TRY",
    "reais": "BRL",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "zloty": "PLN",
    "zlotys": "PLN",
}
AMBIGUOUS_NAMES: tuple[str, ...] = ()
# CLDR names that are ordinary English words.
IGNORED_NAMES = ("gold", "silver", "platinum", "palladium")

# English sometimes writes a currency name before digits ("ringgit 42", "dollar 22.5 million").
NAME_BEFORE_NUMBER = True

SUBUNITS = {
    "cent": 0.01,
    "cents": 0.01,
    "c": 0.01,
    "penny": 0.01,
    "pennies": 0.01,
    "pence": 0.01,
    "p": 0.01,
    "sen": 0.01,
    "sens": 0.01,
    "kopiyka": 0.01,
    "kopiykas": 0.01,
    "kopeck": 0.01,
    "kopecks": 0.01,
}

# Sub-units written alone after a number ("earnings of 82 cents a share", "to 296p"), with
# the currencies they may belong to (None: any). Such an amount takes the nearest of those
# currencies written in its sentence, paragraph or article, and is left out without one. A
# one-letter sub-unit counts only glued to its number ("296p", not "5 p"), and not after a
# determiner, where it names a kind of thing ("a 1080p screen").
SUBUNITS_ALONE = {
    "cent": None,
    "cents": None,
    "pence": ("GBP",),
    "penny": ("GBP",),
    "pennies": ("GBP",),
    "p": ("GBP",),
}
SUBUNIT_LETTER_NOT_AFTER = ("a", "an", "the")
# Sub-unit words alone that only one currency has: they name it even where the article
# writes no amount in it ("Shell's shares rose 1.8% to 2,785 pence" in a story told in
# dollars), unlike "cents" or a glued "p".
SUBUNITS_NAMING = {"pence": "GBP", "penny": "GBP", "pennies": "GBP"}

# A name several currencies share, written alone once the article has named the currency in
# full ("5.07 billion Swiss francs", then "2.5 billion francs"): it takes the nearest of
# those currencies written in its sentence, paragraph or article, and is left out without one.
SHARED_NAMES = {
    "franc": FRANC_CODES,
    "francs": FRANC_CODES,
    # the Nordic crowns: "14,250 Danish kroner", then "2 billion kroner"
    "krone": KRONE_CODES,
    "kroner": KRONE_CODES,
    "krona": KRONA_CODES,
    "kronor": KRONA_CODES,
    # the pesos of Latin America and the Philippines
    "peso": PESO_CODES,
    "pesos": PESO_CODES,
}

# Symbols of letters that are words of the language in capitals: none ("LE 500 million" is
# how Egypt's English press writes the pound).
NOT_CASED_SYMBOLS: tuple[str, ...] = ()

# The home currency a shared name alone names, by date (see the French data): none, as
# English-language press says which franc it means ("French francs", "Swiss francs").
DATED_HOMES: dict[str, int] = {}

# Between a scale word and the currency ("millions of dollars").
LINKERS = ("of",)

QUALIFIERS_BEFORE = {
    "up to": "up_to",
    "as much as": "up_to",
    "no more than": "up_to",
    "at most": "up_to",
    "not more than": "up_to",
    "a maximum of": "up_to",
    "maximum": "up_to",
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "roughly": "approx",
    "nearly": "approx",
    "almost": "approx",
    "some": "approx",
    "close to": "approx",
    "near": "approx",
    "circa": "approx",
    "approx.": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "north of": "more_than",
    "just over": "more_than",
    "well over": "more_than",
    "greater than": "more_than",
    "higher than": "more_than",
    "at least": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "a minimum of": "at_least",
    "minimum": "at_least",
    "less than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "lower than": "less_than",
    "fewer than": "less_than",
    "just under": "less_than",
    "south of": "less_than",
    "exactly": "exact",
    "precisely": "exact",
}
# Prepositions of extent: they set the qualifier but stay out of the amount's text.
QUALIFIERS_OUTSIDE_TEXT = ("up to",)
QUALIFIERS_AFTER = {
    "-plus": "more_than",  # "a $10 billion-plus deal" (not "$10 billion plus interest")
    "or more": "at_least",
    "at least": "at_least",
    "or so": "approx",
    "at most": "up_to",
}
QUALIFIER_VERB_STEMS = {
    "exceed": "more_than",
    "surpass": "more_than",
    "top": "more_than",
    "approach": "approx",
}
# Verb phrases that bound the amount after them where their last verb alone does not ("sales
# reached $2 billion" is exact): a capacity, "fines can reach $10 million" (a conditional is
# a forecast: "the market could reach $38 billion by 2035" is exact).
QUALIFIER_VERB_PHRASES = {"can reach": "up_to"}
# Adverbs that may stand between such a verb and the amount: "now exceeds $270 billion".
VERB_ADVERBS = ("already", "now", "easily", "comfortably", "still")
VERB_DETERMINERS = ("a", "an", "the")

RANGE_OPENERS = {"between": ("and",), "from": ("to",)}
RANGE_OPENERS_IN_TEXT = ("between",)
RANGE_WORDS = ("to",)
# Verbs of a value that moves from one amount to another: after them (and a percentage:
# "rose 20% from") "from X to Y" is two amounts, the old and the new ("revenue rose from $10
# billion to $12 billion"), not a range.
CHANGE_VERBS = (
    "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling",
    "increased", "increase", "increases", "increasing", "decreased", "decrease", "decreases",
    "decreasing", "grew", "grow", "grows", "grown", "growing", "climbed", "climb", "climbs",
    "climbing", "jumped", "jump", "jumps", "jumping", "dropped", "drop", "drops", "dropping",
    "declined", "decline", "declines", "declining", "cut", "cuts", "cutting", "raised", "raise",
    "raises", "raising", "lowered", "lower", "lowers", "lowering", "reduced", "reduce",
    "reduces", "reducing", "slipped", "slip", "slips", "went", "go", "goes", "gone", "going",
    "soared", "soar", "soars", "plunged", "plunge", "plunges", "slumped", "slump", "tumbled",
    "surged", "surge", "surges", "swung", "swing", "widened", "widen", "narrowed", "narrow",
    "shrank", "shrink", "shrunk", "doubled", "tripled", "boosted", "boost", "trimmed", "trim",
    "slashed", "slash", "hiked", "hike", "expanded", "expand",
)  # fmt: skip
# Possessives that open the verb's object before "from X to Y": "raised its price target from
# $22 to $25", "cut their forecast from $3 billion to $2 billion".
CHANGE_OBJECT_POSSESSIVES = ("its", "their", "his", "her", "our")
CHANGE_OBJECT_WORDS = 5

VAGUE_DETERMINERS = ("several", "many", "some", "multiple")
VAGUE_SCALES = ("tens", "hundreds", "thousands", "millions", "billions", "trillions")

# A bare "12 billion" takes the currency of the nearest amount unless a counted noun follows.
# English scale words stand right before what they count ("2 billion users"), so only these
# words may follow a bare amount.
COUNTED_AFTER_LINKER_ONLY = False
BARE_FOLLOWERS = (
    "in",
    "for",
    "to",
    "and",
    "or",
    "on",
    "at",
    "by",
    "the",
    "a",
    "last",
    "this",
    "next",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "from",
    "with",
    "as",
    "per",
    "against",
    "before",
    "after",
    "compared",
    "versus",
    "vs",
    "a",
    "over",
    "since",
    "until",
    "during",
)
# Nouns of money after the linker that keep a bare amount money (none: English writes "in
# savings", not "of").
MONEY_NOUNS: tuple[str, ...] = ()
# Words after a count that open its continuation (see the French list): "more than 50 million
# subscribers, of which about 15 million in Senegal".
COUNT_CONTINUERS = ("of which", "including", "against", "versus", "vs", "and", "or")
