"""Country names, from CLDR through Babel (already a dependency, for currency names): the
place words that make a listed firm's name its arm in a country ("AXA France", "Microsoft
UK")."""

from __future__ import annotations

from functools import cache

from babel import Locale

from ..normalize.names import fold

# The CLDR languages whose country names news in either language writes.
NAME_LOCALES = ("fr", "en")
# The two-letter CLDR codes that name no country: bodies ("Nations Unies", "Union
# européenne"), the euro area, groupings and test locales.
NOT_COUNTRIES = ("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ")


@cache
def country_names(abbreviations: tuple[str, ...] = ()) -> frozenset[str]:
    """The folded names of every country (two-letter CLDR territories, not regions such as
    "Europe" or "Amérique du Nord", nor the United Nations) in French and English, with
    `abbreviations` ("UK")."""
    names = {
        fold(name)
        for locale in NAME_LOCALES
        for code, name in Locale.parse(locale).territories.items()
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    }
    return frozenset(names | {fold(a) for a in abbreviations})
