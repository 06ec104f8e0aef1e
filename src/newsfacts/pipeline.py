"""Builds a language's pipeline: the stock spaCy model followed by our components, in order."""

import importlib.util
import re
from collections.abc import Callable

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

from . import factories  # noqa: F401  (registers our factories and extensions)
from . import lang as language_data

# A dash glued to a word on the side of a space is punctuation, not a hyphen: transcripts
# and hurried copy write "la France, la Chine, la Russie- est" and "-la France". Digits
# keep theirs ("-5"), and a word of one letter too ("-t-il" is split by the stock rules).
GLUED_DASH_PREFIX = r"^-(?=[^\W\d_])"
GLUED_DASH_SUFFIX = r"(?<=[^\W\d_]{2})-$"
# A full stop after a currency symbol glued to a scale ("300 M€.", "2,5 Md$.") ends the
# sentence: the stock rules split a full stop only after a letter or a digit, so the amount
# took the stop and the sentence ran on into the next.
CURRENCY_STOP_SUFFIX = r"(?<=[€$£¥₹₩₪₽])\.$"
# A full stop after a name written in mixed case that ends in a capital ("TenneT.", "PhD.")
# ends the sentence too: the stock rules split it off "IBM." but kept "TenneT." whole, so the
# name took the stop and ran on into the next sentence ("TenneT. Last year").
CAMEL_CASE_STOP_SUFFIX = r"(?<=[a-z][A-Z])\.$"

# Our components, in the order they run: later ones read the spans of earlier ones.
COMPONENTS = ("newsfacts_companies", "newsfacts_amounts", "newsfacts_years", "newsfacts_claims")


class ModelNotInstalled(RuntimeError):
    """None of a language's spaCy models is installed (we never download one at run time)."""


def model_name(lang: str) -> str:
    """The first installed spaCy model of `lang`'s data."""
    candidates = language_data.data(lang).MODELS
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalled(
        f"no spaCy model for {lang!r} is installed; install one of: {', '.join(candidates)}"
    )


def load_pipeline(lang: str, *, max_chars: int = 1_000_000) -> Language:
    """The stock model of `lang` with every newsfacts component added after it."""
    nlp = spacy.load(model_name(lang))
    nlp.max_length = max(nlp.max_length, max_chars)
    split_glued_dashes(nlp, camel_case_stops=language_data.data(lang).CAMEL_CASE_STOPS)
    split_sentence_end_abbreviations(nlp, language_data.data(lang).SENTENCE_END_ABBREVIATIONS)
    keep_hyphenated_words(nlp, language_data.data(lang).HYPHENATED_WORDS)
    keep_compound_given_names(nlp, language_data.data(lang).COMPOUND_NAME_FIRSTS)
    for component in COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def split_glued_dashes(nlp: Language, *, camel_case_stops: bool = False) -> None:
    """Make the tokenizer split a dash glued to the outside of a word ("Russie-" → "Russie",
    "-"), so that names end where they end; hyphens inside words are untouched. A full stop
    glued to a currency symbol is split off too ("300 M€." → "M€", "."), and, where the
    language asks (`camel_case_stops`), the one after a name in mixed case that ends in a
    capital ("TenneT." → "TenneT", "."), as the stock rules split it off "IBM.", so that the
    name ends there and the sentence with it. (The stock patterns are extended and compiled
    once: the suffixes' is long.)"""
    tokenizer = nlp.tokenizer
    prefixes = tokenizer.prefix_search.__self__.pattern
    suffixes = [tokenizer.suffix_search.__self__.pattern, GLUED_DASH_SUFFIX, CURRENCY_STOP_SUFFIX]
    if camel_case_stops:
        suffixes.append(CAMEL_CASE_STOP_SUFFIX)
    tokenizer.prefix_search = re.compile(f"{prefixes}|{GLUED_DASH_PREFIX}").search
    tokenizer.suffix_search = re.compile("|".join(suffixes)).search


def split_sentence_end_abbreviations(nlp: Language, abbreviations: tuple[str, ...]) -> None:
    """Make the tokenizer split the full stop off each abbreviation ("£55m." → "m", "."), which
    the stock rules keep whole as an initial, so that the sentence ends there."""
    if abbreviations:
        rules = nlp.tokenizer.rules
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in abbreviations}


def keep_hyphenated_words(nlp: Language, words: tuple[str, ...]) -> None:
    """Make the tokenizer keep each word whole, in lower case, capitalised and in the plural
    ("start-up", "Start-up", "start-ups")."""
    for word in words:
        for form in (word, word.capitalize(), f"{word}s", f"{word.capitalize()}s"):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def keep_compound_given_names(nlp: Language, firsts: tuple[str, ...]) -> None:
    """Make the tokenizer keep a compound first name whole ("François-Henri", "Anne-Sophie")
    when it opens with one of `firsts`, as it keeps the compounds its own list holds."""
    if firsts:
        nlp.tokenizer.token_match = CompoundGivenNames(firsts, nlp.tokenizer.token_match)


class CompoundGivenNames:
    """A tokenizer's `token_match`: a compound first name, else what the stock one matches.
    (Compiling one pattern of both would take seconds: the stock pattern lists thousands of
    hyphenated words.)"""

    def __init__(self, firsts: tuple[str, ...], listed: Callable[[str], object] | None):
        firsts_pattern = "|".join(map(re.escape, firsts))
        self.compound = re.compile(rf"(?:{firsts_pattern})-[A-ZÀ-Þ][^\W\d_]+$")
        self.listed = listed

    def __call__(self, text: str) -> object:
        return self.compound.match(text) or (self.listed is not None and self.listed(text))

    @property
    def __self__(self):
        """What spaCy serialises a `token_match` by (the stock pattern; a pipeline saved and
        loaded again splits compound first names as the stock tokenizer does)."""
        return self.listed.__self__
