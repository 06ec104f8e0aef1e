"""English numerals: number words, scale words and abbreviations, decimal notation (no logic)."""

# The decimal separator: "1.5" is 1.5; "1,015" groups thousands.
DECIMAL_SEPARATOR = "."

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "half": 0.5,
    "quarter": 0.25,
    "quarters": 0.25,
}
# Collective numbers: they multiply what comes before ("two dozen") and may count what
# follows "of" ("a dozen of").
COLLECTIVE_NUMBERS = {"dozen": 12, "dozens": 12}
APPROXIMATE_NUMBERS: tuple[str, ...] = ()
# Words that stand for one only before another number word, a scale or a currency
# name ("a million dollars", "a dollar", "a dozen"), never alone or before a symbol.
ARTICLE_NUMBERS = ("a", "an")
NUMBER_WORD_PAIRS: dict[tuple[str, str], int] = {}
# "one hundred and five".
NUMBER_JOINERS = ("and",)
HALF_AFTER_SCALE = ("and a half",)

SCALE_WORDS = {
    "hundred": 1e2,
    "thousand": 1e3,
    "thousands": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
SCALE_ABBREVIATIONS = {
    "k": 1e3,
    "K": 1e3,
    "M": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "MM": 1e6,
    "mm": 1e6,
    "bn": 1e9,
    "B": 1e9,
    "b": 1e9,
    "Bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "T": 1e12,
    "trn": 1e12,
}
