"""newsfacts_years: the temporal expressions of an article that name or imply a year.

Finding and resolving are one linear pass of `newsfacts.normalize.dates.resolve_year` over the
Doc's text (our own patterns, no `search_dates`); this component anchors relative expressions
on `doc._.published`, leaves out numbers inside monetary amounts when the amounts component
ran first, and turns each expression into a span.
"""

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import lang as language_data
from ..normalize.dates import ResolvedYear, resolve_year

SPANS_KEY = "newsfacts_years"
AMOUNTS_KEY = "newsfacts_amounts"


class YearFinder:
    """Writes `doc.spans["newsfacts_years"]`; each span's `._.year` is
    `{"years": [{"year", "kind", "date", "offset", "unit"}, ...]}`: one entry a year named
    ("l'exercice 2024-2025" names two), as spaCy keeps one value a span's offsets."""

    def __init__(
        self,
        nlp: Language,
        name: str = "newsfacts_years",
        *,
        spans_key: str = SPANS_KEY,
        amounts_key: str = AMOUNTS_KEY,
        present: bool = False,
    ):
        """nlp: the pipeline (its `lang` picks the language data). name: the component's name.
        spans_key: the span group written. amounts_key: the span group of monetary amounts,
        whose numbers are never years (ignored when absent). present: also report words of
        the present ("aujourd'hui", "ce mois-ci", "this week"), left out by default."""
        self.name = name
        self.lang = nlp.lang
        self.spans_key = spans_key
        self.amounts_key = amounts_key
        self.present = present
        dates = language_data.module(nlp.lang, "dates")
        self.counts_before_nouns = dates.NUMBER_BEFORE_PLURAL_NOUN_COUNTS

    def __call__(self, doc: Doc) -> Doc:
        published = _as_date(doc._.published)
        amounts = [(s.start_char, s.end_char) for s in doc.spans.get(self.amounts_key, [])]
        groups: dict[tuple[int, int], list[ResolvedYear]] = {}
        found_years = resolve_year(
            doc.text, published=published, lang=self.lang, present=self.present
        )
        for found in found_years:
            if any(start < found.end and found.start < end for start, end in amounts):
                continue
            groups.setdefault((found.start, found.end), []).append(found)
        spans: list[Span] = []
        for (start, end), years in groups.items():
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or (spans and span.start < spans[-1].end):
                continue  # two expressions in one token: keep the first
            if self.counts_before_nouns and _counts(span, years):
                continue
            span._.year = {"years": [year.values() for year in years]}
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


def _counts(span: Span, years: list[ResolvedYear]) -> bool:
    """A bare number before a plural noun counts it: "quelques 2000 sièges" (French puts a
    year after its noun, "les élections 2024"; English before, "the 2024 elections")."""
    if len(years) != 1 or not span.text.isdigit() or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return after.pos_ == "NOUN" and "Plur" in after.morph.get("Number")


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
