"""Name folding: one key for the spellings of a name ("Openai", "OpenAI", "Société Générale")."""

import re
import unicodedata

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(name: str) -> str:
    """Lower-case `name` and drop accents, spaces and punctuation."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _NOT_ALNUM.sub("", bare)
