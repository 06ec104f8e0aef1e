"""French language data."""

from . import claims as claims  # reporting verbs, quotation marks, ... (newsfacts_claims)
from .companies import *  # noqa: F403  (cues, suffixes, descriptors: newsfacts_companies)
from .money import *  # noqa: F403  (currency names, qualifiers: newsfacts_amounts)
from .numbers import *  # noqa: F403  (number and scale words: newsfacts_amounts)

# The stock spaCy pipeline: the first one installed is loaded.
MODELS = ("fr_core_news_md",)

# Hyphenated words borrowed from English that the stock tokenizer splits ("start", "-", "up")
# where its parser, trained on French treebanks, expects one word: kept whole, in lower case,
# capitalised and plural, so that "La start-up française Mistral AI a levé …" parses.
HYPHENATED_WORDS = (
    "start-up",
    "scale-up",
    "week-end",
    "check-up",
    "stock-option",
    "best-seller",
    "fast-food",
    "low-cost",
    "cash-flow",
    "spin-off",
    "joint-venture",
    "think-tank",
    "pure-player",
    "data-center",
    "open-source",
    "pop-up",
    "plug-in",
)
