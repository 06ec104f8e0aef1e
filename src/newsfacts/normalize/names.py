"""Name folding: one key for the spellings of a name ("Openai", "OpenAI", "Société Générale")."""

import re
import unicodedata
from functools import lru_cache

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


# The same words are folded over and over (every noun's lemma is looked up in the lists).
@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lower-case `name` and drop accents, spaces and punctuation."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _NOT_ALNUM.sub("", bare)
