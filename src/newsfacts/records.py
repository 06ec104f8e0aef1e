"""The records newsfacts emits: pydantic models whose field names follow the gold format.

Every mention carries `text`, `start` and `end`, character offsets into the exact input
string, so that `article.text[m.start:m.end] == m.text`. Records are built once, after the
spaCy pipeline has run (see `newsfacts.build`), never inside components.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(Record):
    """A stretch of the input text: the evidence a record points back to."""

    text: str = Field(description="The surface string, exactly as in the input.")
    start: int = Field(ge=0, description="Offset of the first character in the input.")
    end: int = Field(ge=0, description="Offset one past the last character in the input.")


class Company(Record):
    """A company the article names, once, under its canonical name."""

    name: str = Field(description="Canonical name (the gazetteer's, else the fullest form).")
    mentions: list[Mention] = Field(default_factory=list, description="Every place it is named.")
    source: Literal["ner", "gazetteer", "context"] = Field(
        description="What made it a company: the stock NER label, the gazetteer, or the context."
    )
    isin: str | None = Field(default=None, description="ISIN of the listed company, when known.")
    wikipedia: str | None = Field(default=None, description="Wikipedia title, when known.")
    parent: str | None = Field(
        default=None,
        description=(
            "Canonical name of the parent company, when the text says so ('Google, filiale "
            "d'Alphabet'; 'AXA France', the arm of the listed Axa)."
        ),
    )


class Organization(Record):
    """An organisation that is not a company (government, regulator, index, ...)."""

    name: str
    kind: str = Field(description="government, regulator, central_bank, index, university, ...")
    mentions: list[Mention] = Field(default_factory=list)


Qualifier = Literal[
    "exact", "approx", "up_to", "at_least", "more_than", "less_than", "range", "vague"
]


class Amount(Mention):
    """A monetary amount: a number (or a range) and an ISO 4217 currency."""

    value: float | None = Field(default=None, description="The amount; None for a range.")
    low: float | None = Field(default=None, description="Lower bound of a range.")
    high: float | None = Field(default=None, description="Upper bound of a range.")
    currency: str | None = Field(description="ISO 4217 code (USD, EUR, ...).")
    currency_inferred: bool = Field(
        default=False, description="True when the currency was taken from a nearby amount."
    )
    qualifier: Qualifier = Field(default="exact", description="What the words around it say.")


YearKind = Literal["calendar", "fiscal", "quarter", "half", "date", "relative", "range"]


class YearMention(Mention):
    """A temporal expression that names or implies a calendar year."""

    year: int | None = Field(
        description="The calendar year; None when relative and no publication date is known."
    )
    kind: YearKind = "calendar"
    date: dt.date | None = Field(default=None, description="The day, when the text fixes one.")
    offset: int | None = Field(
        default=None,
        description="For an expression read against the publication date: how many `unit`s "
        "from it (-1 year for 'l'an dernier', -1 day for 'hier', 0 year for 'en mars').",
    )
    unit: Literal["day", "week", "month", "quarter", "half", "year"] | None = Field(
        default=None, description="The unit of `offset`."
    )


class Speaker(Record):
    """Who made a claim: the resolved name, and the mention it was resolved from."""

    name: str
    kind: Literal["person", "organization"] = "person"
    role: str | None = Field(default=None, description="A role given in apposition (PDG, CEO).")
    mention: Mention | None = Field(
        default=None, description="Where the speaker is named or referred to (maybe a pronoun)."
    )
    company: str | None = Field(
        default=None, description="Canonical name of the company record, when it is one."
    )


class Claim(Mention):
    """An attributed statement: `text`/`start`/`end` is its content, without speaker and cue."""

    speaker: Speaker | None = Field(description="None for anonymous sources.")
    cue: str = Field(description="Lemma of the reporting verb, or 'selon' / 'according to'.")
    cue_mention: Mention | None = None
    quote: Literal["direct", "indirect"] = "indirect"
    negated: bool = False
    amounts: list[int] = Field(
        default_factory=list, description="Indexes into the article's `amounts` inside the content."
    )
    years: list[int] = Field(
        default_factory=list, description="Indexes into the article's `years` inside the content."
    )
    companies: list[str] = Field(
        default_factory=list, description="Names of the companies mentioned inside the content."
    )


class ArticleError(Record):
    """Why an article (or an input that should have been one) could not be read or processed."""

    code: Literal[
        "empty",
        "binary",
        "encoding",
        "json",
        "missing_text",
        "published",
        "too_long",
        "unsupported_language",
        "unreadable",
        "processing",
    ]
    message: str


class Article(Record):
    """Everything extracted from one article, with the text the offsets refer to."""

    id: str
    lang: str | None = None
    published: dt.date | None = None
    text: str | None = Field(default=None, description="The exact input text (None if unread).")
    source: str | None = Field(default=None, description="Where it was read from (path:line).")
    companies: list[Company] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    years: list[YearMention] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    errors: list[ArticleError] = Field(
        default_factory=list, description="Empty when all went well."
    )
