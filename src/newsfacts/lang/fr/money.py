"""French money words: currency names, sub-units, qualifiers, ranges (no logic).

Babel's CLDR data adds every currency's French display names, singular and plural
("dollars australiens", "francs suisses", "marks finlandais"); here are the short forms news
writes that CLDR does not list, and the words around amounts.
"""

from ..common import FRANC_CODES, KRONA_CODES, KRONE_CODES, PESO_CODES

# The CLDR locale whose currency names are read.
BABEL_LOCALE = "fr"

# Currency names and spellings; keys are lower-cased, tokens split as the tokenizer does.
CURRENCY_NAMES = {
    "dollar": "USD",
    "dollars": "USD",
    "dollar us": "USD",
    "dollars us": "USD",
    "dollar américain": "USD",
    "dollars américains": "USD",
    "$ us": "USD",
    "$ usd": "USD",
    "$ c": "CAD",
    "$ ca": "CAD",
    "$ can": "CAD",
    "$ cad": "CAD",
    "$ hk": "HKD",
    "$ au": "AUD",
    "dollar canadien": "CAD",
    "dollars canadiens": "CAD",
    "euro": "EUR",
    "euros": "EUR",
    "livre": "GBP",
    "livres": "GBP",
    "livre sterling": "GBP",
    "livres sterling": "GBP",
    "sterling": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "yen": "JPY",
    "yens": "JPY",
    "yuan": "CNY",
    "yuans": "CNY",
    "renminbi": "CNY",
    "franc suisse": "CHF",
    "francs suisses": "CHF",
    "roupie": "INR",
    "roupies": "INR",
    "rouble": "RUB",
    "roubles": "RUB",
    "shekel": "ILS",
    "shekels": "ILS",
    "peseta": "ESP",
    "pesetas": "ESP",
    "florin hollandais": "NLG",
    "florins hollandais": "NLG",
    "won": "KRW",
    "wons": "KRW",
    "ringgit": "MYR",
    "ringgits": "MYR",
    "rand": "ZAR",
    "rands": "ZAR",
    "reais": "BRL",
    "réais": "BRL",
    "zloty": "PLN",
    "zlotys": "PLN",
    # The CFA franc, as news writes it: CLDR's names carry the issuing bank in brackets
    # ("franc CFA (BCEAO)"). The West African one (Côte d'Ivoire, Sénégal, Mali, …) unless the
    # text says Central Africa; both are pegged at par to the euro, so the value is the same.
    "franc cfa": "XOF",
    "francs cfa": "XOF",
    "fcfa": "XOF",
    "f cfa": "XOF",
    "franc cfa d'afrique de l'ouest": "XOF",
    "francs cfa d'afrique de l'ouest": "XOF",
    "franc cfa d'afrique centrale": "XAF",
    "francs cfa d'afrique centrale": "XAF",
    # The dirham alone is Morocco's in French news (CLDR names it "dirham marocain" only);
    # the Emirates' is written with its country.
    "dirham": "MAD",
    "dirhams": "MAD",
    "dirham émirati": "AED",
    "dirhams émiratis": "AED",
}
# Names that are also common words ("livres": books, or pounds of weight in older texts):
# a currency only after a scale word ("361 millions de livres"), not "25 livres de poissons".
AMBIGUOUS_NAMES = ("livre", "livres")
# Names CLDR gives that news does not use for money in French.
IGNORED_NAMES: tuple[str, ...] = ()

# French writes currency names after the number only ("livre 2005-2006" is a book fair).
NAME_BEFORE_NUMBER = False

# Sub-units: "15 dollars et 15 cents", "1 USD et 23 centimes", "43c".
SUBUNITS = {
    "cent": 0.01,
    "cents": 0.01,
    "centime": 0.01,
    "centimes": 0.01,
    "c": 0.01,
    "penny": 0.01,
    "pence": 0.01,
    "pennies": 0.01,
    "sen": 0.01,
}

# Sub-units written alone after a number, with the currencies they may belong to (none read
# in French: "50 centimes" is left out).
SUBUNITS_ALONE: dict[str, tuple[str, ...] | None] = {}
SUBUNITS_NAMING: dict[str, str] = {}
SUBUNIT_LETTER_NOT_AFTER: tuple[str, ...] = ()

# A name several currencies share, written alone once the article has named the currency in
# full ("44,2 milliards de francs suisses", then "5,07 milliards de francs"): it takes the
# nearest of those currencies written in its sentence, paragraph or article, as a sub-unit
# alone does, and is left out without one.
SHARED_NAMES = {
    "franc": FRANC_CODES,
    "francs": FRANC_CODES,
    # the Nordic and Czech crowns: "14 250 couronnes danoises", then "2 milliards de
    # couronnes"
    "couronne": (*KRONE_CODES, *KRONA_CODES, "CZK"),
    "couronnes": (*KRONE_CODES, *KRONA_CODES, "CZK"),
    # the pesos of Latin America and the Philippines
    "peso": PESO_CODES,
    "pesos": PESO_CODES,
}

# Symbols of letters that are words of the language in capitals: "LE" (the Egyptian pound in
# Egypt's English press) is the article of "LE 7 MAI", "POUR LE 1ER MAI".
NOT_CASED_SYMBOLS = ("LE",)

# A shared name alone, in an article that writes none of its currencies, names the home
# currency of French-language press for as long as it lasted (until the year given), dated by
# the nearest year the text names: "16 milliards de francs" in 1991 are French francs, which
# the euro's notes and coins replaced on 1 January 2002. Later, "francs" alone may be Swiss,
# CFA or Pacific francs, and is left out.
DATED_HOMES = {"FRF": 2002}

# Between a scale word and the currency: "milliards de dollars", "millions d'euros".
LINKERS = ("de", "d'", "d’")

# Words before an amount that say how it is bounded; they are part of its text.
QUALIFIERS_BEFORE = {
    "jusqu'à": "up_to",
    "jusqu’à": "up_to",
    "jusqu'a": "up_to",
    "jusqu'au": "up_to",
    "environ": "approx",
    "près de": "approx",
    "près d'": "approx",
    "pres de": "approx",
    "quelque": "approx",
    "approximativement": "approx",
    "à peu près": "approx",
    "autour de": "approx",
    "de l'ordre de": "approx",
    "de l’ordre de": "approx",
    "au bas mot": "at_least",
    "aux alentours de": "approx",
    "presque": "approx",
    "quasi": "approx",
    "quasiment": "approx",
    "grosso modo": "approx",
    "approx.": "approx",
    "env.": "approx",
    "plus de": "more_than",
    "plus d'": "more_than",
    "plus que": "more_than",
    "supérieur à": "more_than",
    "supérieure à": "more_than",
    "supérieurs à": "more_than",
    "supérieures à": "more_than",
    "au-delà de": "more_than",
    "au delà de": "more_than",
    "bien plus de": "more_than",
    "plus du": "more_than",
    "au moins": "at_least",
    "pas moins de": "at_least",
    "au minimum": "at_least",
    "minimum": "at_least",
    "un minimum de": "at_least",
    "moins de": "less_than",
    "moins d'": "less_than",
    "inférieur à": "less_than",
    "inférieure à": "less_than",
    "inférieurs à": "less_than",
    "inférieures à": "less_than",
    "en-dessous de": "less_than",
    "en dessous de": "less_than",
    "au-dessous de": "less_than",
    "pas plus de": "up_to",
    "au maximum": "up_to",
    "au plus": "up_to",
    "maximum": "up_to",
    "un maximum de": "up_to",
    # "d'une valeur maximale de 3 milliards", "un montant minimal de 500 euros"
    "maximal de": "up_to",
    "maximale de": "up_to",
    "maximum de": "up_to",
    "minimal de": "at_least",
    "minimale de": "at_least",
    "minimum de": "at_least",
    "exactement": "exact",
    "précisément": "exact",
}
# Prepositions of extent: they set the qualifier but, like "de" before a range, belong to the
# sentence rather than to the amount's text ("dépenserait jusqu'à 65 milliards de dollars").
QUALIFIERS_OUTSIDE_TEXT = ("jusqu'à", "jusqu’à", "jusqu'a", "jusqu'au")
# Words after an amount that bound it: "10 millions d'euros au moins".
QUALIFIERS_AFTER = {
    "au moins": "at_least",
    "au minimum": "at_least",
    "ou plus": "at_least",
    "au maximum": "up_to",
    "au plus": "up_to",
    "environ": "approx",
}
# Verbs (by stem) that bound the amount they govern: "dépassera 10 milliards". Not in the text.
QUALIFIER_VERB_STEMS = {
    "dépass": "more_than",
    "excéd": "more_than",
    "surpass": "more_than",
    "avoisin": "approx",
    "frôl": "approx",
    "approch": "approx",
    "plafonn": "up_to",
}
# Verb phrases that bound the amount after them where their last verb alone does not ("a
# atteint 21,6 milliards" is exact): a capacity, "une amende pouvant atteindre 10 millions
# d'euros", "l'amende peut atteindre" (a conditional is a forecast: "le marché pourrait
# atteindre 38 milliards d'ici 2035" is exact).
QUALIFIER_VERB_PHRASES = {
    "pouvant atteindre": "up_to",
    "peut atteindre": "up_to",
    "pouvant représenter": "up_to",
}
# Adverbs that may stand between such a verb and the amount: "dépasse désormais 270 Md€".
VERB_ADVERBS = ("désormais", "déjà", "largement", "nettement", "légèrement", "encore", "même")
# Determiners that may stand between such a verb and the amount.
VERB_DETERMINERS = ("les", "la", "le", "l'", "l’")

# Range openers with the words that join the bounds: "entre 2 et 3", "de 38 à 40".
RANGE_OPENERS = {"entre": ("et",), "de": ("à",), "d'": ("à",), "d’": ("à",)}
# Openers that belong to the amount's text ("entre"); "de" is a preposition of the sentence.
RANGE_OPENERS_IN_TEXT = ("entre",)
# Words joining the bounds of a range without an opener: "38 à 40 milliards de dollars".
RANGE_WORDS = ("à",)
# Verbs of a value that moves from one amount to another: after them "de X à Y" is two
# amounts, the old and the new ("sa dette, ramenée de 24 à 15,5 milliards d'euros", "est
# passé de 10 à 12 milliards"), not a range. Verbs whose "de" may also give the size of the
# change ("augmenter de 10 à 15 euros par mois": by 10 to 15 euros) are not listed.
CHANGE_VERBS = (
    "passé", "passée", "passés", "passées", "passer", "passe", "passent", "passera",
    "passeront", "passerait", "passait", "passant",
    "ramené", "ramenée", "ramenés", "ramenées", "ramener", "ramène", "ramènera", "ramenant",
    "porté", "portée", "portés", "portées", "porter", "portera", "portant",
    "relevé", "relevée", "relevés", "relevées", "relever", "relève", "relèvera", "relevant",
    "abaissé", "abaissée", "abaissés", "abaissées", "abaisser", "abaisse", "abaissera",
    "réduit", "réduite", "réduits", "réduites", "réduire", "réduira", "réduisant",
    "multiplié", "multipliée", "multipliés", "multipliées",
    "divisé", "divisée", "divisés", "divisées",
)  # fmt: skip
# Possessives that open the object of such a verb, which may stand between it and "de X à Y":
# "a relevé son objectif de cours de 22 à 25 euros", "ramène sa prévision de 3 à 2 milliards".
CHANGE_OBJECT_POSSESSIVES = ("son", "sa", "ses", "leur", "leurs", "notre", "nos")
# The most words such an object may have after its possessive ("objectif de cours").
CHANGE_OBJECT_WORDS = 5

# "des milliards de dollars", "plusieurs millions d'euros": money with no number.
VAGUE_DETERMINERS = ("des", "plusieurs", "quelques", "de")
VAGUE_SCALES = (
    "dizaines",
    "centaines",
    "milliers",
    "millions",
    "milliards",
    "billions",
)

# A bare "12 milliards" takes the currency of the nearest amount unless a counted noun follows
# the scale word. French scale words are nouns: what they count comes after "de"/"d'"
# ("un milliard d'utilisateurs"), so any other word may follow ("3,1 milliards un an plus tôt").
COUNTED_AFTER_LINKER_ONLY = True
# Nouns of money after "de" that do not make the bare amount a count: "40 milliards d'euros
# de réductions de dépenses et 20 milliards de hausses d'impôts" (20 billion euros), where
# "un milliard d'utilisateurs" counts users.
MONEY_NOUNS = (
    "économies",
    "dépenses",
    "recettes",
    "investissements",
    "pertes",
    "bénéfices",
    "revenus",
    "dettes",
    "subventions",
    "aides",
    "crédits",
    "prêts",
    "dividendes",
    "impôts",
    "taxes",
    "hausses",
    "baisses",
    "réductions",
    "coupes",
    "financements",
    "amendes",
    "commandes",
    "achats",
    "ventes",
)
BARE_FOLLOWERS: tuple[str, ...] = ()
# Words after a count that open its continuation: a bare number with a scale word after one
# of them, when the nearest number before is a count of a noun that is not money, is that
# count ("plus de 50 millions d'abonnés, dont environ 15 millions au Sénégal"); after money
# it stays money ("50 millions d'euros, dont 15 millions en France").
COUNT_CONTINUERS = ("dont", "soit", "contre", "et", "ou")
