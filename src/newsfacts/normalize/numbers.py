"""French and English numerals: tokens, digit notation, number words and scale words.

Pure functions without spaCy. Everything runs in time linear in the input: the one regular
expression has no nested or overlapping repetitions, and the readers walk the tokens once.

    >>> parse_number("1 234,5", "fr"), parse_number("deux milliards", "fr")
    (1234.5, 2000000000.0)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from .. import lang as language_data

# Digits with their grouping, or a run of word characters, or one other character. Numbers are
# "10 000" / "1 234,5" (a normal, no-break or thin space before each group of exactly three
# digits, after a first group of one to three: "en 2025 100 milliards" is two numbers) or
# "1.234,5", "1,234.5", "1'000". Separators never repeat without a digit between them, and a
# failed first alternative gives back at most three digits: matching is linear.
_TOKEN = re.compile(
    r"(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,'’](?=\d)\d+)*)"
    r"|([^\W\d_]+(?:['’](?=[^\W\d_]))?)"
    r"|(\S)"
)
_SPACES = " \u00a0\u202f\u2009"
_MAX_DIGITS = 40

NUM, WORD, SYM = "num", "word", "sym"
_KINDS = (None, NUM, WORD, SYM)  # by the number of the regular expression's group


class Token(NamedTuple):
    """One token: its kind (num, word, sym), text, offsets, lower-cased text, and whether
    it touches the token before it (no space between)."""

    kind: str
    text: str
    start: int
    end: int
    lower: str
    glued: bool


def tokenize(text: str) -> list[Token]:
    """Split `text` into number, word and symbol tokens (spaces dropped), with offsets."""
    tokens: list[Token] = []
    append, new = tokens.append, tuple.__new__  # the hot loop: skip NamedTuple's own __new__
    last_end = -1
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        piece = match.group()
        kind = _KINDS[match.lastindex]
        append(new(Token, (kind, piece, start, end, piece.lower(), start == last_end)))
        last_end = end
    return tokens


def key_of(phrase: str) -> tuple[str, ...]:
    """The lookup key of a phrase: its lower-cased tokens, each token that does not touch
    the one before it marked by a leading space ("us $" → ("us", " $"))."""
    tokens = tokenize(phrase.lower())
    return tuple(t.lower if t.glued or i == 0 else " " + t.lower for i, t in enumerate(tokens))


def token_key(token: Token, first: bool) -> str:
    """The key part of one text token, as `key_of` writes it."""
    return token.lower if first or token.glued else " " + token.lower


def parse_digits(text: str, decimal_separator: str) -> float | None:
    """The value of digits with separators: "1 234,5", "1.234,5", "1,234.5", "12,34,567.89".

    A lone "." or "," before exactly three digits groups thousands unless it is the
    language's decimal separator ("12,345" is 12.345 in French and 12345 in English);
    elsewhere the last of two different separators is the decimal one.
    """
    if len(text) > _MAX_DIGITS:
        return None  # no amount has that many digits; keeps float() and int() cheap
    for space in _SPACES:
        text = text.replace(space, "")
    text = text.replace("'", "").replace("’", "")
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        if text.count(decimal) > 1:
            return None
        group = "," if decimal == "." else "."
        text = text.replace(group, "").replace(decimal, ".")
    elif dots or commas:
        sep = "." if dots else ","
        groups = text.split(sep)
        if len(groups) > 2 or (len(groups[-1]) == 3 and sep != decimal_separator):
            if len(groups[-1]) != 3:
                return None
            text = "".join(groups)
        else:
            text = text.replace(sep, ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


@dataclass(frozen=True)
class NumberWords:
    """A language's numeral data, read once from `newsfacts.lang.<code>`."""

    decimal_separator: str
    words: dict[str, float]
    collectives: frozenset[str]
    approximate: frozenset[str]
    pairs: dict[tuple[str, str], int]
    articles: frozenset[str]
    joiners: frozenset[str]
    scales: dict[str, float]
    abbreviations: dict[str, float]
    half_after_scale: tuple[tuple[str, ...], ...]


@cache
def number_words(lang: str) -> NumberWords:
    """The numeral data of `lang` (cached)."""
    data = language_data.data(lang)
    return NumberWords(
        decimal_separator=data.DECIMAL_SEPARATOR,
        words={**data.NUMBER_WORDS, **data.COLLECTIVE_NUMBERS},
        collectives=frozenset(data.COLLECTIVE_NUMBERS),
        approximate=frozenset(data.APPROXIMATE_NUMBERS),
        pairs=dict(data.NUMBER_WORD_PAIRS),
        articles=frozenset(data.ARTICLE_NUMBERS),
        joiners=frozenset(data.NUMBER_JOINERS),
        scales=dict(data.SCALE_WORDS),
        abbreviations=dict(data.SCALE_ABBREVIATIONS),
        half_after_scale=tuple(tuple(t.lower for t in tokenize(p)) for p in data.HALF_AFTER_SCALE),
    )


def read_words(
    tokens: list[Token], i: int, lex: NumberWords, *, below_hundred: bool = False
) -> tuple[float, int] | None:
    """Read number words from token `i` ("quatre-vingt-dix", "deux cent mille",
    "twenty-one"); returns (value, index after) or None. With `below_hundred`, stop before
    "cent(s)"/"hundred" (a sub-unit: "quarante-cinq cents")."""
    total = current = 0.0
    j = i
    end = None
    n = len(tokens)
    while j < n:
        tok = tokens[j]
        word = tok.lower
        if tok.kind != WORD or word not in lex.words:
            break
        value = lex.words[word]
        if below_hundred and value >= 100:
            break
        if j + 2 < n and tokens[j + 1].text == "-":
            pair = lex.pairs.get((word, tokens[j + 2].lower))
            if pair is not None:
                value, j = pair, j + 2
        if word in lex.articles and 0 < current < 1:
            pass  # "half a million"
        elif value < 1:  # "a quarter", "three quarters", "half"
            current = max(current, 1) * value
        elif value == 100:
            current = max(current, 1) * 100
        elif value == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif word in lex.collectives:  # "une douzaine", "two dozen"
            current = max(current, 1) * value
        else:
            current += value
        j += 1
        end = j
        # Number words go on after "-", or after a joiner that follows a round number and
        # comes before a smaller one ("vingt et un", "hundred and five"; not "one and one").
        if j + 1 < n and tokens[j + 1].kind == WORD and tokens[j + 1].lower in lex.words:
            following = lex.words[tokens[j + 1].lower]
            if tokens[j].text == "-" or (
                tokens[j].lower in lex.joiners and value >= 20 and following < value
            ):
                j += 1
    if end is None:
        return None
    return total + current, end


def read_number(tokens: list[Token], i: int, lex: NumberWords) -> tuple[float, int, bool] | None:
    """Read digits or number words at token `i`: (value, index after, written in digits)."""
    tok = tokens[i]
    if tok.kind == NUM:
        value = parse_digits(tok.text, lex.decimal_separator)
        return None if value is None else (value, i + 1, True)
    words = read_words(tokens, i, lex)
    return None if words is None else (words[0], words[1], False)


def read_scale(tokens: list[Token], i: int, lex: NumberWords) -> tuple[float, int, bool] | None:
    """Read scale words after a number ("milliards", "mille milliards", "bn", glued "3bn"):
    (multiplier, index after, whether it is a word rather than an abbreviation)."""
    n = len(tokens)
    multiplier = 1.0
    glued_hyphen = i + 1 < n and tokens[i].text == "-" and tokens[i].glued and tokens[i + 1].glued
    if glued_hyphen and tokens[i + 1].lower in lex.scales:
        i += 1  # "un demi-milliard"
    j = i
    is_word = False
    while j < n and tokens[j].kind == WORD:
        tok = tokens[j]
        scale = lex.scales.get(tok.lower)
        if scale is not None:
            multiplier *= scale
            is_word = True
        elif j == i and tok.text in lex.abbreviations:
            multiplier *= lex.abbreviations[tok.text]
        else:
            break
        j += 1
    if j == i:
        return None
    return multiplier, j, is_word


def read_half(tokens: list[Token], i: int, lex: NumberWords) -> int | None:
    """The index after "et demi" / "and a half" at `i`, or None."""
    for phrase in lex.half_after_scale:
        end = i + len(phrase)
        if end <= len(tokens) and all(tokens[i + k].lower == w for k, w in enumerate(phrase)):
            return end
    return None


def parse_number(text: str, lang: str) -> float | None:
    """The value of a whole numeral: digits or words, with an optional scale
    ("1 234,5", "50,25 milliards", "deux milliards", "un milliard et demi", "a dozen");
    None when `text` is not one number. Never raises."""
    try:
        lex = number_words(lang)
        tokens = tokenize(text)
        if not tokens:
            return None
        read = read_number(tokens, 0, lex)
        if read is None:
            return None
        value, j, _ = read
        scale = read_scale(tokens, j, lex)
        if scale is not None:
            multiplier, j, _ = scale
            half = read_half(tokens, j, lex)
            if half is not None:
                value, j = value + 0.5, half
            value *= multiplier
        return value if j == len(tokens) else None
    except (LookupError, ValueError, OverflowError):
        return None
