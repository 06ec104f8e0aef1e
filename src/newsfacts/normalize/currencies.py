"""Currency names, symbols and ISO codes of a language, gathered into one lookup table.

Three sources, the more specific first:

1. the language's own data (`newsfacts.lang.<code>.money.CURRENCY_NAMES`) and the shared
   symbols (`newsfacts.lang.common.SYMBOLS`): the short forms news writes ("dollars",
   "$ c", "US$");
2. Babel's CLDR display names, singular and plural, in the language ("dollars australiens",
   "Swiss francs", "Kuwaiti dinars"), and its symbols without letters;
3. price-parser's symbol table, for the one-character symbols of the world (₡, ₭, ₱, ₫...).
   Symbols with letters from either table ("N$", "Le", "Rs") collide with words and OCR noise
   and are left out; the ones we need are in our own data.
   price-parser reads one number per string and knows neither scale words ("milliards"),
   number words, French currency names, ranges nor qualifiers: only its symbols are used.

A name that CLDR gives to two currencies is left out (unless the language data settles it).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache

from babel import Locale
from babel.core import get_global
from babel.numbers import get_territory_currencies
from price_parser._currencies import CURRENCIES as PRICE_PARSER_CURRENCIES

from .. import lang as language_data
from ..lang import common
from .numbers import key_of

NAME, SYMBOL, CODE = "name", "symbol", "code"

_IN_USE_SINCE = date(2000, 1, 1)

# Precious metals, test and fund codes: not money in news.
_NOT_MONEY_CODES = frozenset(
    {"XAU", "XAG", "XPT", "XPD", "XDR", "XTS", "XXX", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA"}
)


@dataclass(frozen=True)
class CurrencyTable:
    """Every way `lang` writes a currency: phrase keys (see `numbers.key_of`) to (code, kind),
    the prefixes of those keys, and the ISO codes."""

    phrases: dict[tuple[str, ...], tuple[str, str]]
    prefixes: frozenset[tuple[str, ...]]
    codes: frozenset[str]
    lowercase_codes: frozenset[str]
    ambiguous_names: frozenset[str]


def _is_bare_symbol(text: str) -> bool:
    """True for a symbol without letters ("₡", "₭"): spellings with letters ("N$", "Rs")
    collide with words and OCR noise, so only the hand-checked ones in our data count."""
    return _is_symbol(text) and not any(c.isalpha() for c in text)


def _is_symbol(text: str) -> bool:
    """True for a symbol with at least one currency sign or non-letter ("$", "CA$", "₡")."""
    return any(unicodedata.category(c) == "Sc" for c in text)


def _babel_names(locale: Locale, ignored: frozenset[str]) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}

    def add(name: str, code: str) -> None:
        name = name.lower()
        if "(" in name or name in ignored or code in _NOT_MONEY_CODES:
            return
        names.setdefault(name, set()).add(code)

    for code, name in locale.currencies.items():
        add(name, code)
    for code, forms in locale._data["currency_names_plural"].items():
        for name in forms.values():
            add(name, code)
    return names


def _symbols(locale: Locale) -> dict[str, str]:
    """Symbols from price-parser and CLDR that name exactly one currency."""
    found: dict[str, set[str]] = {}
    for code, info in PRICE_PARSER_CURRENCIES.items():
        spellings = [info.get("s", ""), info.get("sn", ""), *info.get("sn2", [])]
        for symbol in spellings:
            if symbol and _is_bare_symbol(symbol):
                found.setdefault(symbol.lower(), set()).add(code)
    for code, symbol in locale.currency_symbols.items():
        if _is_bare_symbol(symbol) and code not in _NOT_MONEY_CODES:
            found.setdefault(symbol.lower(), set()).add(code)
    return {symbol: codes.pop() for symbol, codes in found.items() if len(codes) == 1}


def _codes_in_use() -> set[str]:
    """ISO codes that have been legal tender somewhere since 2000: a code withdrawn long ago
    ("BEL") is more often an index or an abbreviation ("BEL20") than money in news."""
    codes = set()
    for territory in get_global("territory_currencies"):
        codes.update(
            get_territory_currencies(
                territory, start_date=_IN_USE_SINCE, end_date=date.today(), tender=True
            )
        )
    return codes


@cache
def currency_table(lang: str) -> CurrencyTable:
    """The currency table of `lang` (built once)."""
    data = language_data.data(lang)
    locale = Locale.parse(data.BABEL_LOCALE)
    phrases: dict[tuple[str, ...], tuple[str, str]] = {}
    for symbol, code in _symbols(locale).items():
        phrases[key_of(symbol)] = (code, SYMBOL)
    for name, codes in _babel_names(locale, frozenset(data.IGNORED_NAMES)).items():
        if len(codes) == 1:
            phrases[key_of(name)] = (codes.pop(), NAME)
    for symbol, code in common.SYMBOLS.items():
        phrases[key_of(symbol)] = (code, SYMBOL)
    for name, code in data.CURRENCY_NAMES.items():
        kind = SYMBOL if _is_symbol(name) else NAME
        phrases[key_of(name)] = (code, kind)
    prefixes = frozenset(key[:n] for key in phrases for n in range(1, len(key) + 1))
    codes = _codes_in_use() - set(common.AMBIGUOUS_CODES)
    return CurrencyTable(
        phrases=phrases,
        prefixes=prefixes,
        codes=frozenset(codes - _NOT_MONEY_CODES),
        lowercase_codes=frozenset(common.LOWERCASE_CODES),
        ambiguous_names=frozenset(data.AMBIGUOUS_NAMES),
    )
