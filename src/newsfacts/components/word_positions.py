"""Where the words a pass looks for stand in a Doc, found without a Token for every word.

Most of the company finder's passes look for a few listed words over a whole article: "SA"
after a name, "chez" after an analyst, "éditions" after a house's name. Walking the Doc makes
a spaCy `Token` object for every word, in every pass, which was a third of the finder's time.
These tests read the Doc's array of string ids instead (one C call), and only the positions
they find become Tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

# The most distinct words a test remembers before it starts afresh: a batch of thousands of
# articles holds hundreds of thousands of forms.
KNOWN_WORDS = 200_000


class WordSet:
    """Listed words, compared on one token attribute: `ORTH` (as written), `LOWER` or
    `LEMMA`."""

    def __init__(self, words: Iterable[str], attr: int = ORTH) -> None:
        self.attr = attr
        self.ids = numpy.array(sorted({get_string_id(w) for w in words}), dtype=numpy.uint64)

    def positions(self, doc: Doc) -> list[int]:
        """The indices of the Doc's tokens that are listed words, in order."""
        if not len(doc) or not self.ids.size:
            return []
        return numpy.flatnonzero(numpy.isin(doc.to_array(self.attr), self.ids)).tolist()


class WordTest:
    """A test of a word's text (its form, lower-case form or lemma, by `attr`), computed once
    per distinct word: the words of news repeat, from one article to the next. The test must
    pickle (a function of a module or a bound method, not a lambda): `nlp.pipe` with worker
    processes sends the pipeline to them under the "spawn" start method."""

    def __init__(self, test: Callable[[str], bool], attr: int = ORTH) -> None:
        self.test = test
        self.attr = attr
        self.known: dict[int, bool] = {}

    def positions(self, doc: Doc) -> list[int]:
        """The indices of the Doc's tokens whose word passes the test, in order."""
        if not len(doc):
            return []
        if len(self.known) > KNOWN_WORDS:
            self.known.clear()
        known, strings, found = self.known, doc.vocab.strings, []
        for i, key in enumerate(doc.to_array(self.attr).tolist()):
            passes = known.get(key)
            if passes is None:
                passes = known[key] = self.test(strings[key])
            if passes:
                found.append(i)
        return found
