"""French numerals: number words, scale words and abbreviations, decimal notation (no logic)."""

# The decimal separator: "50,25" is 50.25; a lone "." before three digits groups thousands
# ("10.000 $" is 10000).
DECIMAL_SEPARATOR = ","

NUMBER_WORDS = {
    "zéro": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
    "cent": 100,
    "cents": 100,
    "mille": 1000,
    "demi": 0.5,
    "quart": 0.25,
    "quarts": 0.25,
}
# Collective numbers: they multiply what comes before ("deux douzaines") and count what follows
# "de" ("une dizaine de milliards d'euros").
COLLECTIVE_NUMBERS = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
}
# Collective numbers that are approximate: "une vingtaine de millions" is about twenty.
APPROXIMATE_NUMBERS = (
    "dizaine",
    "quinzaine",
    "vingtaine",
    "trentaine",
    "quarantaine",
    "cinquantaine",
    "soixantaine",
    "centaine",
)
# Two words that make one number: "quatre-vingt(s)" is 80, not 4 + 20.
NUMBER_WORD_PAIRS = {("quatre", "vingt"): 80, ("quatre", "vingts"): 80}
# Words that join number words: "vingt et un", "soixante et onze".
# Articles that stand for one only before a number word, a scale or a currency name.
ARTICLE_NUMBERS = ("un", "une")
NUMBER_JOINERS = ("et",)
# "Un milliard et demi", "deux millions et demi".
HALF_AFTER_SCALE = ("et demi", "et demie")

# Scale words after a number: French "billion" is 10^12 (long scale), not 10^9.
SCALE_WORDS = {
    "mille": 1e3,
    "millier": 1e3,
    "milliers": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e12,
    "billions": 1e12,
    "billiard": 1e15,
    "billiards": 1e15,
    "trillion": 1e18,
    "trillions": 1e18,
    # Indian scales, kept in French copy of Indian figures ("59 000 crores de roupies").
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
# Abbreviations, case-sensitive: counted only glued to the number or next to a currency.
SCALE_ABBREVIATIONS = {
    "k": 1e3,
    "K": 1e3,
    "M": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "Mio": 1e6,
    "MM": 1e6,
    "Md": 1e9,
    "Mds": 1e9,
    "md": 1e9,
    "mds": 1e9,
    "Mrd": 1e9,
    "Mrds": 1e9,
    "mrd": 1e9,
    "G": 1e9,
    "Gd": 1e9,
}
