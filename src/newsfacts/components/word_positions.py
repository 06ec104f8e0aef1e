"""Where the words a pass looks for stand in a Doc, found without a Token for every word.

Most of the company finder's passes look for a few listed words over a whole article: "SA"
after a name, "chez" after an analyst, "éditions" after a house's name. Walking the Doc makes
a spaCy `Token` object for every word, in every pass, which was a third of the finder's time.
These tests read the Doc's array of string ids instead (one C call), and only the positions
they find become Tokens. Within `article_memo.reading(doc)`, the arrays are read once for all
the passes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .article_memo import remembered

# The most distinct words a test remembers before it starts afresh: a batch of thousands of
# articles holds hundreds of thousands of forms.
KNOWN_WORDS = 200_000


def word_ids(doc: Doc, attr: int) -> numpy.ndarray:
    """The string ids of the Doc's words on `attr` (read once per article within
    `article_memo.reading`)."""
    return remembered(doc, ("word ids", attr), lambda: doc.to_array(attr))


def distinct_word_ids(doc: Doc, attr: int) -> tuple[list[int], numpy.ndarray]:
    """The distinct string ids of the Doc's words on `attr`, and for each word the index of
    its id among them (an article says its words several times: a test reads each once)."""

    def read() -> tuple[list[int], numpy.ndarray]:
        distinct, index = numpy.unique(word_ids(doc, attr), return_inverse=True)
        return distinct.tolist(), index

    return remembered(doc, ("distinct word ids", attr), read)


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
        words = word_ids(doc, self.attr)
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
        known, strings = self.known, doc.vocab.strings
        distinct, index = distinct_word_ids(doc, self.attr)
        passes = list(map(known.get, distinct))
        if None in passes:  # words not met before
            for n, key in enumerate(distinct):
                if passes[n] is None:
                    passes[n] = known[key] = bool(self.test(strings[key]))
        return numpy.flatnonzero(numpy.array(passes, dtype=bool)[index]).tolist()
