"""Builds the pydantic `Article` from a processed Doc: records are made here, after the pipe.

Each field has one builder that reads one span group and the plain values our components put
on its spans (`newsfacts.extensions`).
"""

import datetime as dt

from spacy.tokens import Doc, Span

from .components.companies import ORGANIZATIONS_KEY
from .components.companies import SPANS_KEY as COMPANIES_KEY
from .records import Article, Company, Mention, Organization


def mention(span: Span) -> Mention:
    return Mention(text=span.text, start=span.start_char, end=span.end_char)


def companies_from_doc(doc: Doc) -> list[Company]:
    """One Company a canonical name, in order of first mention, with all its mentions
    (anaphors and descriptors included: "la firme de Cupertino" alone names Apple)."""
    companies: dict[str, Company] = {}
    spans = sorted(doc.spans.get(COMPANIES_KEY, []), key=lambda s: s.start_char)
    for span in spans:
        values = span._.company
        company = companies.get(values["name"])
        if company is None:
            fields = {k: values.get(k) for k in ("name", "source", "isin", "wikipedia", "parent")}
            company = companies[values["name"]] = Company(**fields)
        elif values.get("parent") and not company.parent:
            company.parent = values["parent"]
        company.mentions.append(mention(span))
    return list(companies.values())


def organizations_from_doc(doc: Doc) -> list[Organization]:
    """One Organization a name and kind, in order of first mention, with all its mentions."""
    organizations: dict[tuple[str, str], Organization] = {}
    for span in sorted(doc.spans.get(ORGANIZATIONS_KEY, []), key=lambda s: s.start_char):
        values = span._.organization
        key = (values["name"], values["kind"])
        if key not in organizations:
            organizations[key] = Organization(name=values["name"], kind=values["kind"])
        organizations[key].mentions.append(mention(span))
    return list(organizations.values())


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
        organizations=organizations_from_doc(doc),
    )
