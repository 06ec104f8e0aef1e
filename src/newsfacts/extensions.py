"""The custom attributes our components set on Docs and Spans.

Values are plain data (str, float, dict, list), so they survive `nlp.pipe(n_process=...)` and
`DocBin`; the pydantic records are built from them after the pipe (`newsfacts.build`).
"""

import datetime as dt

from spacy.tokens import Doc, Span

# Doc._.published: the publication date as an ISO string, the anchor of relative dates.
DOC_EXTENSIONS = ("published",)
# Span._.<name>: one dict of normalised values a span group (see each component).
SPAN_EXTENSIONS = ("company", "organization", "amount", "year", "claim")


def register() -> None:
    """Register every extension once; safe to call again."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def published_date(doc: Doc) -> dt.date | None:
    """`doc._.published` as a date (a date, or an ISO date string); None when unset or not a
    date: components read it as an anchor and never fail on it."""
    value = doc._.published
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
