"""Money data shared by every language: currency symbols and ISO codes (no logic).

Symbols are read the same way in French and English news; language-specific spellings
("$ c", "c $", "dollars US") live in each language's `money.py`.
"""

# Symbols and symbol+code spellings, as written next to a number. Keys are lower-cased
# spellings; tokens are split as `newsfacts.normalize.numbers.tokenize` splits them.
SYMBOLS = {
    "$": "USD",
    "€": "EUR",
    "€ur": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "元": "CNY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₪": "ILS",
    "₺": "TRY",
    "₾": "GEL",
    "us$": "USD",
    "u.s.$": "USD",
    "u.s$": "USD",
    "$us": "USD",
    "usd$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad$": "CAD",
    "$ca": "CAD",
    "$can": "CAD",
    "$cad": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "aud$": "AUD",
    "$au": "AUD",
    "hk$": "HKD",
    "$hk": "HKD",
    "nz$": "NZD",
    "nzd$": "NZD",
    "mx$": "MXN",
    "mex$": "MXN",
    "mxn$": "MXN",
    "r$": "BRL",
    "s$": "SGD",
}

# Symbols made of letters, recognised only in this exact case ("Rs 20", "RM42"; not "1rs").
CASED_SYMBOLS = {"Rs": "INR", "Rs.": "INR", "RM": "MYR", "LE": "EGP", "Rp": "IDR"}

# ISO 4217 codes also recognised when written in lower case ("150 millions de $ usd").
# Other codes count only in upper case, so that "pen", "top" or "all" stay words.
LOWERCASE_CODES = (
    "usd",
    "eur",
    "gbp",
    "jpy",
    "cny",
    "rmb",
    "chf",
    "cad",
    "aud",
    "nzd",
    "hkd",
    "mxn",
    "inr",
)

# Upper-case words that are ISO codes but far more often something else in news text.
AMBIGUOUS_CODES = (
    "ALL",
    "AMD",
    "BAM",
    "BOB",
    "CUP",
    "GEL",
    "MAD",
    "MOP",
    "PEN",
    "SOS",
    "TOP",
    "TRY",
    "LAK",
    "CVE",
    "MRO",
    "STD",
)

# Non-ISO codes in common use, upper case.
CODE_ALIASES = {"RMB": "CNY"}

# A scale letter glued before an ISO code: "30 MUSD", "120 MEUR", "MAUD 60", "2 MdEUR".
SCALED_CODE_PREFIXES = {"K": 1e3, "M": 1e6, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "B": 1e9, "Bn": 1e9}

# Symbols of sub-units: an amount in cents ("10¢").
SUBUNIT_SYMBOLS = ("¢",)

# The currencies a shared name may stand for, written alone once the article has named one
# of them in full (each language's `SHARED_NAMES`): francs, Nordic crowns, pesos.
FRANC_CODES = ("CHF", "XOF", "XAF", "XPF", "FRF", "BEF", "LUF")
KRONE_CODES = ("DKK", "NOK")
KRONA_CODES = ("SEK", "ISK")
PESO_CODES = ("MXN", "ARS", "CLP", "COP", "PHP", "UYU", "DOP", "CUP")
