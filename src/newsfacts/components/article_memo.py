"""What several passes over one article compute alike, computed once per article: the
Doc's entities, text and word arrays, its stock names trimmed, its places.

The company finder runs some forty passes over an article, and many begin the same way
(every stock name trimmed of its article and its date, the word arrays read from the Doc).
Within `reading(doc)` (the component's call) a pass's result is remembered for the others;
outside it each call computes afresh, since a Doc may change between two components.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import TypeVar
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span

T = TypeVar("T")

# The memos of the Docs being read, by key.
_memos: WeakKeyDictionary[Doc, dict[Hashable, object]] = WeakKeyDictionary()


@contextmanager
def reading(doc: Doc) -> Iterator[None]:
    """Within the block, `remembered` computes each value of the Doc once. The Doc must not
    change inside it."""
    if doc in _memos:  # an enclosing block reads it already
        yield
        return
    _memos[doc] = {}
    try:
        yield
    finally:
        _memos.pop(doc, None)


def remembered(doc: Doc, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, computed once per `key` while the Doc is being read (see `reading`)."""
    memo = _memos.get(doc)
    if memo is None:
        return compute()
    try:
        return memo[key]  # type: ignore[return-value]
    except KeyError:
        value = memo[key] = compute()
        return value


def entities(doc: Doc) -> tuple[Span, ...]:
    """The stock model's entities, `doc.ents`, which spaCy builds anew on each read."""
    return remembered(doc, "entities", lambda: doc.ents)


def text(doc: Doc) -> str:
    """The Doc's text, `doc.text`, which spaCy joins from its tokens on each read."""
    return remembered(doc, "text", lambda: doc.text)
