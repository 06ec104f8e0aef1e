"""Builds a language's pipeline: the stock spaCy model followed by our components, in order."""

import importlib.util

import spacy
from spacy.language import Language

from . import factories  # noqa: F401  (registers our factories and extensions)
from . import lang as language_data

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
    for component in COMPONENTS:
        nlp.add_pipe(component)
    return nlp
