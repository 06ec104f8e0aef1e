"""French language data."""

from . import claims as claims  # reporting verbs, quotation marks, ... (newsfacts_claims)

# The stock spaCy pipeline: the first one installed is loaded.
MODELS = ("fr_core_news_md",)

from .money import *  # noqa: E402, F403
from .numbers import *  # noqa: E402, F403
