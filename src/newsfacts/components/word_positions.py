"""Where the words a pass looks for stand in a Doc, found without a Token for every word.

Most of the company finder's passes look for a few listed words over a whole article: "SA"
after a name, "chez" after an analyst, "éditions" after a house's name. Walking the Doc makes
a spaCy `Token` object for every word, in every pass, which was a third of the finder's time.
These tests read the Doc's array of string ids instead (one C call), and only the positions
they find become Tokens. Within `reading(doc)`, the arrays are read once for all the passes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

# The most distinct words a test remembers before it starts afresh: a batch of thousands of
# articles holds hundreds of thousands of forms.
KNOWN_WORDS = 200_000

# The word arrays of the Docs being read (see `reading`), by attribute: (array, list).
_read: WeakKeyDictionary[Doc, dict[int, tuple[numpy.ndarray, list[int]]]] = WeakKeyDictionary()


@contextmanager
def reading(doc: Doc) -> Iterator[None]:
    """Within the block, each word array of the Doc is read once and shared by every test
    (a component runs some twenty over one article). The Doc must not change inside it."""
    if doc in _read:  # an enclosing block reads it already
        yield
        return
    _read[doc] = {}
    try:
        yield
    finally:
        _read.pop(doc, None)


def word_ids(doc: Doc, attr: int) -> tuple[numpy.ndarray, list[int]]:
    """The string ids of the Doc's words on `attr`, as an array and as a list."""
    arrays = _read.get(doc)
    if arrays is not None and attr in arrays:
        return arrays[attr]
    array = doc.to_array(attr)
    ids = (array, array.tolist())
    if arrays is not None:
        arrays[attr] = ids
    return ids


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
        words, _ = word_ids(doc, self.attr)
        # Where each word would stand in the sorted list; a listed word stands on itself.
        at = numpy.searchsorted(self.ids, words)
        at[at == self.ids.size] = 0
        return numpy.flatnonzero(self.ids[at] == words).tolist()


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
        for i, key in enumerate(word_ids(doc, self.attr)[1]):
            passes = known.get(key)
            if passes is None:
                passes = known[key] = self.test(strings[key])
            if passes:
                found.append(i)
        return found
