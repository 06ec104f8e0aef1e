"""What the extractor is given: one article's text and metadata, or why it could not be read."""

import datetime as dt
from dataclasses import dataclass, field

from .records import ArticleError


@dataclass(slots=True)
class ArticleInput:
    """One article to process. An input that failed to be read carries `errors` and no text."""

    id: str
    text: str | None
    published: dt.date | str | None = None
    lang: str | None = None
    source: str | None = None
    errors: list[ArticleError] = field(default_factory=list)
