"""Monetary amounts in French and English text: value (or range), ISO currency, qualifier.

Pure functions without spaCy. `find_amounts` walks the tokens of a text once, left to right,
and reads at each token the longest amount that starts there:

    [qualifier] [range opener] [currency] number [scale] [de] [currency] [sub-units]
        [range connector  [currency] number [scale] [de] [currency]] [qualifier after]

An amount needs a currency, written next to it or shared with the other bound of its range.
A number with a scale word and no currency ("12 milliards") is returned as a *bare* amount,
with currency None, for the caller to take the currency from nearby money; a number without
either ("2 000 emplois", "2025") is never an amount.

    >>> parse_amount("jusqu'à 65 milliards de dollars", "fr")
    ParsedAmount(value=65000000000.0, low=None, high=None, currency='USD', qualifier='up_to')
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple, Protocol, TypeVar

from .. import lang as language_data
from ..lang import common
from .currencies import CODE, NAME, SYMBOL, CurrencyTable, currency_table
from .numbers import (
    NUM,
    SYM,
    WORD,
    NumberWords,
    Token,
    number_words,
    read_half,
    read_number,
    read_scale,
    read_words,
    token_key,
    tokenize,
)

_NEWLINE = re.compile(r"\n")


class _Located(Protocol):
    """Anything with character offsets: an amount, a year."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_L = TypeVar("_L", bound=_Located)
_DASHES = frozenset({"-", "–", "—", "‒"})
_SCALE_LETTERS = frozenset(p[0] for p in common.SCALED_CODE_PREFIXES)


@dataclass(frozen=True)
class ParsedAmount:
    """An amount's meaning: `value`, or `low` and `high` for a range; ISO 4217 `currency`
    (None when not written); `qualifier` (exact, approx, up_to, at_least, more_than,
    less_than, range, vague)."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    currency: str | None = None
    qualifier: str = "exact"


class FoundAmount(NamedTuple):
    """An amount found in a text, with its character offsets; for a sub-unit or a shared
    currency name written alone ("82 cents", "5 milliards de francs"), the currencies it may
    take (empty: any), else None."""

    start: int
    end: int
    amount: ParsedAmount
    subunit_of: tuple[str, ...] | None = None


# Phrases keyed by their lower-cased tokens, with every prefix of a key (to stop early).
_Phrases = tuple[dict[tuple[str, ...], str], frozenset[tuple[str, ...]]]


@dataclass(frozen=True)
class MoneyWords:
    """A language's money data, read once: numerals, currencies and the words around them."""

    numbers: NumberWords
    currencies: CurrencyTable
    qualifiers_before: _Phrases
    qualifiers_after: _Phrases
    outside_text: frozenset[tuple[str, ...]]
    qualifier_starts: frozenset[str]
    verb_stems: tuple[tuple[str, str], ...]
    verb_phrases: dict[tuple[str, str], str]
    verb_adverbs: frozenset[str]
    verb_determiners: frozenset[str]
    linkers: frozenset[str]
    subunits: dict[str, float]
    subunits_alone: dict[str, tuple[str, ...]]
    subunits_naming: dict[str, str]
    subunit_letter_not_after: frozenset[str]
    shared_names: dict[str, tuple[str, ...]]
    dated_homes: dict[str, int]
    range_openers: dict[str, frozenset[str]]
    openers_in_text: frozenset[str]
    range_words: frozenset[str]
    change_verbs: frozenset[str]
    months: frozenset[str]
    change_objects: frozenset[str]
    change_object_words: int
    vague_determiners: frozenset[str]
    vague_scales: frozenset[str]
    bare_followers: frozenset[str]
    money_nouns: frozenset[str]
    count_continuers: frozenset[tuple[str, ...]]
    qualifier_words: frozenset[str]
    name_before_number: bool
    counted_after_linker_only: bool
    starters: frozenset[str]
    cased_symbols: dict[str, str]
    cased_starters: frozenset[str]  # ISO codes and cased symbols, matched as written


def _phrases(table: dict[str, str]) -> _Phrases:
    phrases = {tuple(t.lower for t in tokenize(k)): v for k, v in table.items()}
    prefixes = frozenset(key[:n] for key in phrases for n in range(1, len(key) + 1))
    return phrases, prefixes


@cache
def money_words(lang: str) -> MoneyWords:
    """The money data of `lang` (cached)."""
    data = language_data.data(lang)
    numbers = number_words(lang)
    currencies = currency_table(lang)
    before = _phrases(data.QUALIFIERS_BEFORE)
    openers = {k: frozenset(v) for k, v in data.RANGE_OPENERS.items()}
    cased_symbols = {
        symbol: code
        for symbol, code in common.CASED_SYMBOLS.items()
        if symbol not in data.NOT_CASED_SYMBOLS
    }
    starters = (
        set(numbers.words)
        | {k[0] for k in before[0]}
        | set(openers)
        | set(data.VAGUE_DETERMINERS)
        | set(data.VAGUE_SCALES)
        | {k[0] for k in currencies.phrases}
        | currencies.lowercase_codes
    )
    return MoneyWords(
        numbers=numbers,
        currencies=currencies,
        qualifiers_before=before,
        qualifiers_after=_phrases(data.QUALIFIERS_AFTER),
        qualifier_starts=frozenset(k[0] for k in before[0]),
        outside_text=frozenset(_phrases(dict.fromkeys(data.QUALIFIERS_OUTSIDE_TEXT, ""))[0]),
        verb_stems=tuple(data.QUALIFIER_VERB_STEMS.items()),
        verb_phrases={tuple(k.split()): v for k, v in data.QUALIFIER_VERB_PHRASES.items()},
        verb_adverbs=frozenset(data.VERB_ADVERBS),
        verb_determiners=frozenset(data.VERB_DETERMINERS),
        linkers=frozenset(data.LINKERS),
        subunits=dict(data.SUBUNITS),
        subunits_alone={word: tuple(codes or ()) for word, codes in data.SUBUNITS_ALONE.items()},
        subunits_naming=dict(data.SUBUNITS_NAMING),
        subunit_letter_not_after=frozenset(data.SUBUNIT_LETTER_NOT_AFTER),
        shared_names={word: tuple(codes) for word, codes in data.SHARED_NAMES.items()},
        dated_homes=dict(data.DATED_HOMES),
        range_openers=openers,
        openers_in_text=frozenset(data.RANGE_OPENERS_IN_TEXT),
        range_words=frozenset(data.RANGE_WORDS),
        change_verbs=frozenset(data.CHANGE_VERBS),
        change_objects=frozenset(data.CHANGE_OBJECT_POSSESSIVES),
        change_object_words=data.CHANGE_OBJECT_WORDS,
        months=frozenset(language_data.module(lang, "dates").MONTHS),
        vague_determiners=frozenset(data.VAGUE_DETERMINERS),
        vague_scales=frozenset(data.VAGUE_SCALES),
        bare_followers=frozenset(data.BARE_FOLLOWERS),
        money_nouns=frozenset(data.MONEY_NOUNS),
        count_continuers=frozenset(
            tuple(t.lower for t in tokenize(phrase)) for phrase in data.COUNT_CONTINUERS
        ),
        qualifier_words=frozenset(w for key in before[0] for w in key),
        name_before_number=data.NAME_BEFORE_NUMBER,
        counted_after_linker_only=data.COUNTED_AFTER_LINKER_ONLY,
        starters=frozenset(starters),
        cased_symbols=cased_symbols,
        cased_starters=currencies.codes | frozenset(cased_symbols),
    )


class _Currency(NamedTuple):
    code: str
    end: int  # token index after it
    kind: str  # name, symbol or code
    scale: float = 1.0  # "MUSD": a scale glued to a code


class _Core(NamedTuple):
    """One bound: [currency] number [scale] [currency] [sub-units], as token indexes."""

    start: int
    end: int
    number: float  # the number before its scale
    scale: float
    scale_word: bool
    currency: str | None
    approx: bool = False  # "une vingtaine de millions"
    subunit_of: tuple[str, ...] | None = None  # "82 cents": the currencies it may take

    @property
    def value(self) -> float:
        return _clean(self.number * self.scale)


def _clean(value: float) -> float:
    """Drop binary noise: 16.4 * 1e6 is 16400000.0, not 16399999.999999998."""
    return float(f"{value:.12g}")


def _phrase_at(tokens: list[Token], i: int, table: _Phrases) -> tuple[str, int] | None:
    """The longest phrase of `table` starting at token `i`: (its value, index after)."""
    phrases, prefixes = table
    found = None
    key: tuple[str, ...] = ()
    for j in range(i, len(tokens)):
        key = (*key, tokens[j].lower)
        if key not in prefixes:
            break
        value = phrases.get(key)
        if value is not None:
            found = (value, j + 1)
    return found


def _currency_at(tokens: list[Token], i: int, words: MoneyWords) -> _Currency | None:
    """The longest currency name, symbol or code at token `i`."""
    table = words.currencies
    n = len(tokens)
    found = None
    key: tuple[str, ...] = ()
    j = i
    while j < n:
        key = (*key, token_key(tokens[j], j == i))
        if key not in table.prefixes:
            break
        j += 1
        hit = table.phrases.get(key)
        if hit is not None:
            found = _Currency(hit[0], j, hit[1])
    if found is not None:
        return found
    tok = tokens[i]
    if tok.kind != WORD:
        return None
    text = tok.text
    if text in words.cased_symbols:
        end = i + 1
        if end < n and tokens[end].text == "." and tokens[end].glued:
            end += 1  # "Rs. 20"
        return _Currency(words.cased_symbols[text], end, SYMBOL)
    if text in table.codes or tok.lower in table.lowercase_codes:
        return _Currency(common.CODE_ALIASES.get(text.upper(), text.upper()), i + 1, CODE)
    if text.upper() in common.CODE_ALIASES and (
        text.isupper() or tok.lower in table.lowercase_codes
    ):
        return _Currency(common.CODE_ALIASES[text.upper()], i + 1, CODE)
    if text[:1] in _SCALE_LETTERS:
        for prefix, scale in common.SCALED_CODE_PREFIXES.items():
            if text.startswith(prefix) and text[len(prefix) :] in table.codes:
                return _Currency(text[len(prefix) :], i + 1, CODE, scale)
    return None


def _starts_number(tokens: list[Token], i: int, words: MoneyWords) -> bool:
    return i < len(tokens) and (tokens[i].kind == NUM or tokens[i].lower in words.numbers.words)


def _glued_to_number(tokens: list[Token], i: int) -> bool:
    """True when token `i` is directly followed, without a space, by digits."""
    return i < len(tokens) and tokens[i].kind == NUM and tokens[i].glued


def _core_at(tokens: list[Token], i: int, words: MoneyWords) -> _Core | None:
    """One bound at token `i` (see `_Core`), or None."""
    n = len(tokens)
    lex = words.numbers
    prefix = _currency_at(tokens, i, words) if tokens[i].kind != NUM else None
    j = i
    # A currency name before a number needs digits and a language that writes it there
    # ("dollar 22.5 million", "ringgit 42"): "the dollars thousand of times" is no amount.
    if (
        prefix is not None
        and prefix.kind == NAME
        and (
            not words.name_before_number
            or prefix.end >= n
            or tokens[prefix.end].kind != NUM
            or _year_like(tokens[prefix.end].text)
            or tokens[i].lower in words.currencies.ambiguous_names
        )
    ):
        prefix = None
    if prefix is not None and _starts_number(tokens, prefix.end, words):
        j = prefix.end
    else:
        prefix = None
    read = read_number(tokens, j, lex)
    if read is None:
        return None
    number, k, digits = read
    collective = not digits and tokens[k - 1].lower in lex.collectives
    linked = k + 1 < n and tokens[k].lower in words.linkers
    if collective and linked and tokens[k + 1].lower in lex.scales:
        k += 1  # "une dizaine de milliards"
    if not number or (digits and tokens[j].text[0] == "0" and tokens[j].text[1:2].isdigit()):
        return None  # "0", "000", "007": no amount
    article = not digits and k == j + 1 and tokens[j].lower in lex.articles
    scale, scale_word = (prefix.scale if prefix else 1.0), False
    read_sc = read_scale(tokens, k, lex)
    if read_sc is not None:
        multiplier, k2, is_word = read_sc
        if is_word or tokens[k].glued or (k2 < n and _currency_at(tokens, k2, words)):
            scale, scale_word, k = scale * multiplier, is_word, k2
            half = read_half(tokens, k, lex) if is_word else None
            if half is not None:
                number, k = number + 0.5, half
    if article and scale == 1.0 and not _name_follows(tokens, k, words):
        return None
    if not digits and number < 1 and scale == 1.0:
        return None  # "half", "the quarter": a fraction is a number only with a scale
    currency = prefix.code if prefix else None
    if prefix is None:
        post = _post_currency(tokens, k, words, linked=scale_word or collective, scaled=scale_word)
        if post is not None:
            if article and post.kind != NAME and scale == 1.0:
                return None
            currency, k = post.code, post.end
            scale *= post.scale
            if scale == 1.0:  # "75 USD million"
                late = read_scale(tokens, k, lex)
                if late is not None and late[2]:
                    scale, scale_word, k = late[0], True, late[1]
    else:
        post = _currency_at(tokens, k, words) if k < n else None
        if post is not None and post.kind == NAME and post.code == prefix.code:
            k = post.end  # "$ 10 dollars"
    if currency is not None and scale == 1.0 and number == int(number):
        sub = _subunits_at(tokens, k, words)
        if sub is not None:
            number, k = number + sub[0], sub[1]
    subunit_of = None
    shared = None if currency else _shared_name(tokens, k, words, linked=scale_word or collective)
    if shared is not None:
        subunit_of, k = shared
    elif currency is None and scale == 1.0 and digits and _subunit_alone(tokens, j, k, words):
        word = tokens[k].lower
        subunit_of = words.subunits_alone[word]
        number, k = number * words.subunits.get(word, 0.01), k + 1
        if word in words.subunits_naming:
            # "rose 1.8% to 2,785 pence" in a story told in dollars: the pound all the same
            currency = words.subunits_naming[word]
    approx = collective and any(t.lower in lex.approximate for t in tokens[j:k])
    return _Core(i, k, number, scale, scale_word, currency, approx, subunit_of)


def _subunit_alone(tokens: list[Token], j: int, k: int, words: MoneyWords) -> bool:
    """A sub-unit right after the number (tokens j to k) with no main unit ("82 cents",
    "296p"); a sub-unit of one letter only glued to it, and not after a determiner ("a
    1080p screen")."""
    if k >= len(tokens) or tokens[k].lower not in words.subunits_alone:
        return False
    if len(tokens[k].text) > 1:
        return True
    return tokens[k].glued and not (j > 0 and tokens[j - 1].lower in words.subunit_letter_not_after)


def _shared_name(
    tokens: list[Token], k: int, words: MoneyWords, *, linked: bool
) -> tuple[tuple[str, ...], int] | None:
    """A name several currencies share, after the number ("5,07 milliards de francs"): (the
    currencies it may take, index after), or None."""
    if linked and k + 1 < len(tokens) and tokens[k].lower in words.linkers:
        k += 1
    if k >= len(tokens) or tokens[k].lower not in words.shared_names:
        return None
    return words.shared_names[tokens[k].lower], k + 1


def _year_like(digits: str) -> bool:
    """ "2024" after a name is a year ("Euro 2024"), not an amount."""
    return len(digits) == 4 and digits.isdecimal() and 1800 <= int(digits) <= 2100


def _dated_year(tokens: list[Token], first: _Core, words: MoneyWords) -> bool:
    """True for a bare year after a month name, which bounds no range: "l'exercice clos en
    mars 2026 à 3 400 milliards de yens", "the year to March 2026 to 3.4 trillion yen"."""
    return (
        first.currency is None
        and first.scale == 1.0
        and first.end == first.start + 1
        and _year_like(tokens[first.start].text)
        and first.start > 0
        and tokens[first.start - 1].lower in words.months
    )


def _name_follows(tokens: list[Token], k: int, words: MoneyWords) -> bool:
    found = _currency_at(tokens, k, words) if k < len(tokens) else None
    return found is not None and found.kind == NAME


def _post_currency(
    tokens: list[Token], k: int, words: MoneyWords, *, linked: bool, scaled: bool
) -> _Currency | None:
    """The currency written after a number: "$", "euros", "de dollars" (when `linked`: after
    a scale word or a collective number), "-yen" ("one-yen"). Ambiguous names ("livres")
    count only when `scaled` by a scale word."""
    n = len(tokens)
    if k >= n:
        return None
    if linked and tokens[k].lower in words.linkers and k + 1 < n:
        k += 1
    elif tokens[k].text in _DASHES and tokens[k].glued and k + 1 < n and tokens[k + 1].glued:
        found = _currency_at(tokens, k + 1, words)
        return found if found is not None and found.kind == NAME else None
    found = _currency_at(tokens, k, words)
    if found is None:
        return None
    if found.kind != NAME and _glued_to_number(tokens, found.end):
        return None  # "3 USD50": the code belongs to the number after it
    lowered = " ".join(t.lower for t in tokens[k : found.end])
    if lowered in words.currencies.ambiguous_names and not scaled:
        return None
    return found


def _subunits_at(tokens: list[Token], k: int, words: MoneyWords) -> tuple[float, int] | None:
    """Cents after the main unit: "et 15 cents", "and forty-two cents", "43c", "50" (at the
    end of the phrase); (fraction of the unit, index after) or None."""
    n = len(tokens)
    j = k
    if j < n and tokens[j].lower in words.numbers.joiners:
        j += 1
    if j >= n:
        return None
    tok = tokens[j]
    if tok.kind == NUM:
        if not tok.text.isdigit() or len(tok.text) > 2:
            return None
        cents, j = float(tok.text), j + 1
    else:
        read = read_words(tokens, j, words.numbers, below_hundred=True)
        if read is None:
            return None
        cents, j = read
    if j < n and (tokens[j].lower in words.subunits or tokens[j].text in common.SUBUNIT_SYMBOLS):
        return cents / 100, j + 1
    if j == n or tokens[j].lower in words.numbers.joiners:
        return cents / 100, j
    after = tokens[j]
    if after.kind == SYM and after.text != "%" and _currency_at(tokens, j, words) is None:
        return cents / 100, j
    return None


def _old_value(first: _Core, second: _Core) -> float:
    """The value of the first bound read alone: with the second's scale when it has none and
    counts in it ("de 24 à 15 milliards" is 24 milliards; "de 500 000 à 2 millions" stays)."""
    if first.scale == 1.0 and second.scale != 1.0 and first.number < 1000:
        return _clean(first.number * second.scale)
    return first.value


def _after_change(tokens: list[Token], j: int, words: MoneyWords) -> bool:
    """True when a verb of change comes before the first bound of a range at token `j` and its
    opener, past one adverb or a percentage ("est passé de", "rose 20% from", "ramenée de"),
    or past its object opened by a possessive ("a relevé son objectif de cours de")."""
    k = j - 1
    if k >= 0 and tokens[k].lower in words.range_openers:
        k -= 1
    possessive = _change_object(tokens, k, words)
    if possessive is not None and _after_change(tokens, possessive, words):
        return True
    for _ in range(3):
        if k < 0:
            return False
        word = tokens[k]
        if word.lower in words.change_verbs:
            return True
        percent = word.kind == NUM and k + 1 < len(tokens) and tokens[k + 1].text == "%"
        if not (percent or word.text == "%" or word.lower in words.verb_adverbs):
            return False
        k -= 1
    return False


def _change_object(tokens: list[Token], k: int, words: MoneyWords) -> int | None:
    """The index of the possessive that opens a short object ending at token `k` ("son
    objectif de cours"), words only; None without one."""
    for p in range(k, max(k - words.change_object_words - 1, -1), -1):
        word = tokens[p]
        if word.lower in words.change_objects:
            return p if p < k else None
        if word.kind == NUM or not any(c.isalpha() for c in word.text):
            return None
    return None


def _range_at(
    tokens: list[Token], first: _Core, opener: str | None, words: MoneyWords
) -> tuple[_Core, float, float, str | None] | None:
    """A second bound after `first`: (second, low, high, currency) or None."""
    k = first.end
    if k + 1 >= len(tokens) or _dated_year(tokens, first, words):
        return None
    link = tokens[k].lower
    opened = opener is not None and link in words.range_openers[opener]
    if not (opened or link in _DASHES or link in words.range_words):
        return None
    second = _core_at(tokens, k + 1, words)
    if second is None:
        return None
    # Without an opener, "à"/"to" join bounds only when the currency is shared or repeated:
    # "38 à 40 milliards de dollars", "60 milliards de dollars à 65 milliards de dollars".
    if link in words.range_words and not opened and first.currency not in (None, second.currency):
        return None
    currency = first.currency or second.currency
    if first.currency and second.currency and first.currency != second.currency:
        return None
    low = first.value
    if first.scale == 1.0 and second.scale != 1.0 and first.number <= second.number:
        low = _clean(first.number * second.scale)  # "2 à 3 milliards", "$2-3 billion"
    if currency is None and not (second.scale_word and _bare_allowed(tokens, second.end, words)):
        return None
    return second, low, second.value, currency


def _vague_at(tokens: list[Token], i: int, words: MoneyWords) -> tuple[str, int] | None:
    """ "des milliards de dollars", "billions of dollars": (currency, index after) or None."""
    n = len(tokens)
    j = i
    determiner = tokens[i].lower in words.vague_determiners
    if determiner:
        j += 1
    scales = 0
    while j < n:
        word = tokens[j].lower
        if word in words.vague_scales or (determiner and word in words.numbers.scales):
            scales += 1
        elif not (scales and word in words.linkers):
            break
        j += 1
    if not scales:
        return None
    found = _currency_at(tokens, j, words) if j < n else None
    if found is None or found.kind != NAME:
        return None
    return found.code, found.end


def _qualifier_after(tokens: list[Token], k: int, words: MoneyWords) -> tuple[str, int] | None:
    return _phrase_at(tokens, k, words.qualifiers_after) if k < len(tokens) else None


def _verb_qualifier(tokens: list[Token], i: int, words: MoneyWords) -> str | None:
    """The qualifier of a verb just before token `i` ("dépassera les 10 milliards"), past one
    adverb ("dépasse désormais 270 Md€"), or of a verb phrase ("pouvant atteindre 6 dollars",
    where "atteindre" alone bounds nothing: "a atteint 21,6 milliards")."""
    j = i - 1
    if j >= 0 and tokens[j].lower in words.verb_determiners:
        j -= 1
    if j >= 0 and tokens[j].lower in words.verb_adverbs:
        j -= 1
    if j < 0 or tokens[j].kind != WORD:
        return None
    word = tokens[j].lower
    for stem, qualifier in words.verb_stems:
        if word.startswith(stem):
            return qualifier
    if j >= 1 and tokens[j - 1].kind == WORD:
        return words.verb_phrases.get((tokens[j - 1].lower, word))
    return None


def _bare_allowed(tokens: list[Token], k: int, words: MoneyWords) -> bool:
    """A bare "12 milliards" may be money only when no counted noun follows the scale word
    ("un milliard d'utilisateurs", "2 billion users")."""
    if k >= len(tokens) or tokens[k].kind != WORD:
        return True
    after = tokens[k].lower
    if after in words.linkers:
        # "de"/"of" + a noun that is not a currency counts it, unless it is money: "20
        # milliards de hausses d'impôts"
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        return following is not None and following.lower in words.money_nouns
    return words.counted_after_linker_only or after in words.bare_followers


_CLAUSE_ENDS = frozenset(".;:!?")
_COUNT_LOOKBACK = 12  # tokens searched before the continuer for the count it continues


def _continues_count(tokens: list[Token], i: int, words: MoneyWords) -> bool:
    """A bare "15 millions" at token `i` after a continuer ("dont", "contre", "of which")
    whose nearest number with a scale word or a currency before, in its clause, counts a
    noun that is not money ("plus de 50 millions d'abonnés, dont environ 15 millions au
    Sénégal"): that count, not money."""
    k = i
    while k > 0 and tokens[k - 1].lower in words.qualifier_words:
        k -= 1  # "dont environ 15 millions": read from its first number
    if k > 0 and tokens[k - 1].text == ",":
        k -= 1
    for size in (3, 2, 1):
        if k - size >= 0 and tuple(t.lower for t in tokens[k - size : k]) in words.count_continuers:
            k -= size
            break
    else:
        return False
    for q in range(k - 1, max(-1, k - 1 - _COUNT_LOOKBACK), -1):
        if tokens[q].text in _CLAUSE_ENDS:
            return False
        core = _core_at(tokens, q, words)
        if core is None or core.end > k or (q > 0 and _core_at(tokens, q - 1, words)):
            continue  # not a number, or the tail of a longer one ("quarante-cinq", "$2bn")
        if core.currency is None and core.subunit_of is None and not core.scale_word:
            continue  # a year, a percentage: "50 millions d'abonnés en 2024, contre 45 millions"
        return (
            core.currency is None
            and core.subunit_of is None
            and core.scale_word
            and not _bare_allowed(tokens, core.end, words)
        )
    return False


class _Match(NamedTuple):
    start: int  # token indexes
    end: int
    amount: ParsedAmount
    subunit_of: tuple[str, ...] | None = None


def _amount_at(tokens: list[Token], i: int, words: MoneyWords) -> _Match | None:
    """The longest amount starting at token `i`, or None."""
    n = len(tokens)
    qualifier = None
    j = i
    phrase = (
        _phrase_at(tokens, i, words.qualifiers_before)
        if tokens[i].lower in words.qualifier_starts
        else None
    )
    if phrase is not None and phrase[1] < n:
        qualifier, j = phrase
        if tuple(t.lower for t in tokens[i:j]) in words.outside_text:
            i = j
    opener = None
    if tokens[j].lower in words.range_openers and j + 1 < n:
        opener, j = tokens[j].lower, j + 1
    first = _core_at(tokens, j, words)
    if first is None:
        if opener is None:
            vague = _vague_at(tokens, j, words)
            if vague is not None:
                return _Match(i, vague[1], ParsedAmount(currency=vague[0], qualifier="vague"))
        return None
    # "fell 70 pence to $120": a sub-unit alone bounds no range
    ranged = _range_at(tokens, first, opener, words) if first.subunit_of is None else None
    if ranged is not None:
        second, low, high, currency = ranged
        old = _old_value(first, second)
        # "ramenée de 24 à 15,5 milliards", "rose from $10 billion to $12 billion": the old
        # amount and the new one, not a range; the first is read here, the second from the
        # word after it. A range's own opener keeps it one past a verb of change: "narrowed
        # its forecast to between $1 billion and $1.5 billion" is the new value.
        changed = opener not in words.openers_in_text and _after_change(tokens, j, words)
        if old > high or changed:
            start = first.start if qualifier is None else i
            amount = ParsedAmount(old, None, None, first.currency or currency, qualifier or "exact")
            return _Match(start, first.end, amount)
        # "de 38 à 40 milliards": "de" is the sentence's preposition, "entre" is the range's.
        excluded = opener is not None and opener not in words.openers_in_text
        start = first.start if excluded and qualifier is None else i
        amount = ParsedAmount(low=low, high=high, currency=currency, qualifier="range")
        return _Match(start, second.end, amount)
    if opener is not None:
        return None  # "de 10 millions d'euros": the amount is read from the next token
    end = first.end
    bare = first.scale_word and _bare_allowed(tokens, end, words)
    if first.currency is None and not bare and first.subunit_of is None:
        return None
    if bare and first.currency is None and _continues_count(tokens, i, words):
        return None
    after = _qualifier_after(tokens, end, words)
    if after is not None and qualifier is None:
        qualifier, end = after
    if qualifier is None and first.approx:
        qualifier = "approx"
    if qualifier is None:
        qualifier = _verb_qualifier(tokens, i, words) or "exact"
    amount = ParsedAmount(first.value, None, None, first.currency, qualifier)
    return _Match(i, end, amount, first.subunit_of)


def iter_amounts(text: str, lang: str) -> Iterator[FoundAmount]:
    """Yield the amounts of `text` left to right, with character offsets (see `find_amounts`)."""
    words = money_words(lang)
    starters, cased = words.starters, words.cased_starters
    tokens = tokenize(text)
    i, n = 0, len(tokens)
    while i < n:
        token = tokens[i]
        # A cheap test first: most tokens of a text cannot start an amount.
        written = token.text
        if (
            token.kind == NUM
            or token.lower in starters
            or written in cased
            or (written[:1] in _SCALE_LETTERS and written[-3:] in cased)  # "MUSD"
        ):
            match = _amount_at(tokens, i, words)
            if match is not None:
                start, end = tokens[match.start].start, tokens[match.end - 1].end
                yield FoundAmount(start, end, match.amount, match.subunit_of)
                i = match.end
                continue
        i += 1


def find_amounts(text: str, lang: str) -> list[FoundAmount]:
    """Every amount in `text`, left to right, with character offsets. Amounts with a scale
    word and no written currency are included with currency None. Never raises on text."""
    return list(iter_amounts(text, lang))


def parse_amount(text: str, lang: str) -> ParsedAmount | None:
    """The first amount in `text` ("jusqu'à 65 milliards de dollars", "$2-3 billion",
    "entre 2 et 3 milliards d'euros"), or None. Never raises."""
    try:
        first = next(iter_amounts(text, lang), None)
    except (LookupError, ValueError, OverflowError, RecursionError):
        return None
    return first.amount if first else None


def _subunit_home(
    item: FoundAmount, found: list[FoundAmount], bounds: tuple[list[int], ...]
) -> str | None:
    """The currency of a sub-unit or a shared name written alone ("82 cents", "296p", "5
    milliards de francs"): that of the nearest amount with a written currency it may belong
    to, in its sentence, else its paragraph, else the article; None without one. Called for
    the few such amounts only."""
    written = [
        c
        for c in found
        if c.amount.currency is not None
        and c.subunit_of is None  # "443 pence" names the pound, not the currency of "51 cents"
        and (not item.subunit_of or c.amount.currency in item.subunit_of)
    ]
    return _nearest_currency(item, written, (*bounds, [0]))


def _nearest_currency(
    item: FoundAmount, candidates: list[FoundAmount], bounds: tuple[list[int], ...]
) -> str | None:
    """The currency of the candidate nearest `item` within its segment, for the first of
    `bounds` (sorted segment starts: sentences, then lines, …) whose segment holds one."""
    nearest = _nearest(item, candidates, bounds)
    return nearest.amount.currency if nearest is not None else None


def _nearest(item: _Located, candidates: list[_L], bounds: tuple[list[int], ...]) -> _L | None:
    """The candidate nearest `item` within its segment, for the first of `bounds` (sorted
    segment starts) whose segment holds one."""
    for starts in bounds:
        if not starts:
            continue
        home = bisect_right(starts, item.start)
        near = [c for c in candidates if bisect_right(starts, c.start) == home]
        if near:
            return min(near, key=lambda c: max(c.start - item.end, item.start - c.end))
    return None


class NamedYear(NamedTuple):
    """A year the text names, with its character offsets."""

    start: int
    end: int
    year: int


class DatedHomes:
    """The currency a shared name alone names where the article writes none of its
    currencies: the home currency of the language's press at the time, for as long as it
    lasted (`DATED_HOMES`: "16 milliards de francs" in 1991 are French francs). The time is
    the nearest year the text names in the amount's sentence, else its line, else the
    article, else the publication year.

    years: called once, when a shared name needs it, for the years the text names in
    reading order (reading them costs a pass over the text)."""

    def __init__(self, lang: str, years: Callable[[], list[NamedYear]], published_year: int | None):
        self.homes = money_words(lang).dated_homes
        self.read_years = years
        self.published_year = published_year
        self._years: list[NamedYear] | None = None

    def home(
        self, item: FoundAmount, amounts: list[FoundAmount], bounds: tuple[list[int], ...]
    ) -> str | None:
        """The dated home currency of `item`, None when its year is too late or unknown."""
        codes = [code for code in self.homes if code in (item.subunit_of or ())]
        if not codes:
            return None
        if self._years is None:
            # A number inside an amount is no year: "2000 francs".
            self._years = [
                y
                for y in self.read_years()
                if not any(a.start < y.end and y.start < a.end for a in amounts)
            ]
        nearest = _nearest(item, self._years, (*bounds, [0]))
        year = nearest.year if nearest is not None else self.published_year
        if year is None:
            return None
        return next((code for code in codes if year < self.homes[code]), None)


class ResolvedAmount(NamedTuple):
    """A found amount with its currency settled: written, or taken from nearby money."""

    start: int
    end: int
    amount: ParsedAmount
    currency_inferred: bool


def infer_currencies(
    found: list[FoundAmount],
    text: str,
    sentences: list[tuple[int, int]] | None = None,
    dated_homes: DatedHomes | None = None,
) -> list[ResolvedAmount]:
    """Give each bare amount (currency None) the currency of the nearest amount with a written
    currency in the same sentence, else in the same paragraph (a line of `text`); drop the
    bare amounts that have none. A shared name written alone with none of its currencies
    nearby takes its dated home currency (`dated_homes`), else is dropped too. A bare amount
    followed by an amount in brackets is in another currency ("1,6 milliard (2,54 milliards
    de $)") and is dropped too.

    `found` is in text order (as `find_amounts` returns it); `sentences` are (start, end)
    character spans in order. Linear in the number of amounts, sentences and lines, but for
    a sub-unit or shared name written alone ("82 cents", "5 milliards de francs"), each of
    which looks at every amount with a written currency (`_subunit_home`)."""
    sentence_starts = [start for start, _ in sentences or []]
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    bounds = (sentence_starts, line_starts)
    # Sub-units and shared names alone first: settled, they lend their currency to the bare
    # amounts around them as written ones do ("3 milliards de francs", then "4 milliards").
    settled = list(found)
    for index, item in enumerate(found):
        if item.amount.currency is None and item.subunit_of is not None:
            home = _subunit_home(item, found, bounds)
            if home is None and dated_homes is not None:
                home = dated_homes.home(item, found, bounds)
            if home is not None:
                amount = ParsedAmount(item.amount.value, None, None, home, item.amount.qualifier)
                settled[index] = item._replace(amount=amount)
    # The nearest amount with a currency before and after each amount.
    before: list[FoundAmount | None] = []
    last = None
    for item in settled:
        before.append(last)
        if item.amount.currency is not None:
            last = item
    after: list[FoundAmount | None] = [None] * len(settled)
    last = None
    for index in range(len(settled) - 1, -1, -1):
        after[index] = last
        if settled[index].amount.currency is not None:
            last = settled[index]

    resolved = []
    for index, item in enumerate(settled):
        amount = item.amount
        if amount.currency is not None:
            inferred = found[index].amount.currency is None
            resolved.append(ResolvedAmount(item.start, item.end, amount, inferred))
            continue
        if item.subunit_of is not None:
            continue  # a sub-unit or shared name with no currency of its own nearby
        following = settled[index + 1] if index + 1 < len(settled) else None
        if following is not None and text[item.end : following.start].strip() == "(":
            continue
        candidates = [c for c in (before[index], after[index]) if c is not None]
        currency = _nearest_currency(item, candidates, bounds)
        if currency is not None:
            amount = ParsedAmount(amount.value, amount.low, amount.high, currency, amount.qualifier)
            resolved.append(ResolvedAmount(item.start, item.end, amount, True))
    return resolved
