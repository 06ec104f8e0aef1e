"""French language data."""

from . import claims as claims  # reporting verbs, quotation marks, ... (newsfacts_claims)
from .companies import *  # noqa: F403  (cues, suffixes, descriptors: newsfacts_companies)
from .money import *  # noqa: F403  (currency names, qualifiers: newsfacts_amounts)
from .numbers import *  # noqa: F403  (number and scale words: newsfacts_amounts)

# The stock spaCy pipeline: the first one installed is loaded.
MODELS = ("fr_core_news_md",)
