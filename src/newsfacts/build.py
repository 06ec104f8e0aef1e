"""Builds the pydantic `Article` from a processed Doc: records are made here, after the pipe.

Each field has one builder that reads one span group and the plain values our components put
on its spans (`newsfacts.extensions`).
"""

import datetime as dt

from spacy.tokens import Doc, Span

from .components.amounts import SPANS_KEY as AMOUNTS_KEY
from .components.claims import SPANS_KEY as CLAIMS_KEY
from .components.companies import ORGANIZATIONS_KEY
from .components.companies import SPANS_KEY as COMPANIES_KEY
from .components.years import SPANS_KEY as YEARS_KEY
from .links import link_claims
from .records import Amount, Article, Claim, Company, Mention, Organization, Speaker, YearMention


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


def claims_from_doc(doc: Doc) -> list[Claim]:
    """One Claim a content span, in text order, not yet linked to amounts, years, companies."""
    claims = []
    spans = sorted(doc.spans.get(CLAIMS_KEY, []), key=lambda s: s.start_char)
    text = doc.text if spans else ""  # joined from the tokens on each access: once
    for span in spans:
        values = span._.claim
        speaker = values["speaker"]
        claims.append(
            Claim(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                speaker=None if speaker is None else speaker_record(speaker),
                cue=values["cue"],
                cue_mention=Mention(
                    text=text[values["cue_start"] : values["cue_end"]],
                    start=values["cue_start"],
                    end=values["cue_end"],
                ),
                quote=values["quote"],
                negated=values["negated"],
            )
        )
    return claims


def speaker_record(values: dict) -> Speaker:
    """The Speaker of a claim from the plain dict newsfacts_claims stores."""
    return Speaker(
        name=values["name"],
        kind=values["kind"],
        role=values["role"],
        mention=Mention(text=values["text"], start=values["start"], end=values["end"]),
        company=values["company"],
    )


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
    article = Article(
        id=id,
        lang=lang,
        published=published,
        text=doc.text,
        source=source,
        companies=companies_from_doc(doc),
        amounts=amounts_from_doc(doc),
        years=years_from_doc(doc),
        organizations=organizations_from_doc(doc),
    )
    # Claims point into the other records, so they are linked once those are built.
    article.claims = link_claims(
        claims_from_doc(doc),
        amounts=article.amounts,
        years=article.years,
        companies=article.companies,
    )
    return article
