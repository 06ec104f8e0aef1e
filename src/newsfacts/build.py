"""Builds the pydantic `Article` from a processed Doc: records are made here, after the pipe.

Each field has one builder that reads one span group and the plain values our components put
on its spans (`newsfacts.extensions`).
"""

import datetime as dt

from spacy.tokens import Doc, Span

from .components.amounts import SPANS_KEY as AMOUNTS_KEY
from .components.companies import SPANS_KEY as COMPANIES_KEY
from .components.years import SPANS_KEY as YEARS_KEY
from .records import Amount, Article, Company, Mention, YearMention


def mention(span: Span) -> Mention:
    return Mention(text=span.text, start=span.start_char, end=span.end_char)


def companies_from_doc(doc: Doc) -> list[Company]:
    """One Company a canonical name, in order of first mention, with all its mentions."""
    companies: dict[str, Company] = {}
    for span in sorted(doc.spans.get(COMPANIES_KEY, []), key=lambda s: s.start_char):
        values = span._.company
        company = companies.get(values["name"])
        if company is None:
            company = companies[values["name"]] = Company(**values)
        company.mentions.append(mention(span))
    return list(companies.values())


def amounts_from_doc(doc: Doc) -> list[Amount]:
    """Every amount, in reading order, with its normalised values."""
    spans = sorted(doc.spans.get(AMOUNTS_KEY, []), key=lambda s: s.start_char)
    return [
        Amount(text=span.text, start=span.start_char, end=span.end_char, **span._.amount)
        for span in spans
    ]


def years_from_doc(doc: Doc) -> list[YearMention]:
    """One YearMention a year named, in reading order (a range gives one a year, same span)."""
    years = []
    for span in sorted(doc.spans.get(YEARS_KEY, []), key=lambda s: s.start_char):
        for values in span._.year["years"]:
            years.append(YearMention(**mention(span).model_dump(), **values))
    return years


def article_from_doc(
    doc: Doc, *, id: str, lang: str, published: dt.date | None, source: str | None = None
) -> Article:
    """The Article of one processed Doc."""
    return Article(
        id=id,
        lang=lang,
        published=published,
        text=doc.text,
        source=source,
        companies=companies_from_doc(doc),
        amounts=amounts_from_doc(doc),
        years=years_from_doc(doc),
    )
