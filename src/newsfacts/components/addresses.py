"""Whether a name the stock model reads as an organisation is a postal address."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..normalize.names import fold

# "9", "12", "221B", "12bis": a house number.
HOUSE_NUMBER = re.compile(r"\d{1,4}[a-zA-Z]?(bis|ter)?")


class AddressShape:
    """Reads addresses with one language's street words (`STREET_NOUNS`, `STREET_SUFFIXES`)."""

    def __init__(self, data):
        """data: the language data module (`newsfacts.lang.data(lang)`)."""
        self.nouns = frozenset(fold(n) for n in data.STREET_NOUNS)
        self.suffixes = tuple(fold(s) for s in data.STREET_SUFFIXES)

    def __call__(self, span: Span) -> bool:
        """ "12 rue de la Paix", "221B Baker Street": a house number and a street's noun;
        "Immermannstraße 9": a street word ending the name, then a house number."""
        doc = span.doc
        # The stock entity may hold the number: "Immermannstraße 9".
        end = span.end - 1 if len(span) > 1 and HOUSE_NUMBER.fullmatch(span[-1].text) else span.end
        after = doc[end].text if end < len(doc) else ""
        if HOUSE_NUMBER.fullmatch(after) and fold(doc[end - 1].text).endswith(self.suffixes):
            return True
        before = doc[span.start - 1].text if span.start > 0 else ""
        street = {fold(span[0].text), fold(span[-1].text)} & self.nouns
        return bool(HOUSE_NUMBER.fullmatch(before)) and bool(street)
