"""newsfacts: companies, monetary amounts, years and claims from French and English news.

>>> import newsfacts
>>> article = newsfacts.extract("Meta dépensera jusqu'à 65 milliards de dollars en 2025.")
"""

import datetime as dt
from functools import cache

from .about import __version__
from .extractor import Extractor
from .records import Article

__all__ = ["Article", "Extractor", "__version__", "extract"]


@cache
def _default_extractor() -> Extractor:
    return Extractor()


def extract(
    text: str,
    *,
    lang: str | None = None,
    published: dt.date | str | None = None,
    id: str | None = None,
) -> Article:
    """Extract the records of one article with a shared default `Extractor`.

    lang: "fr", "en", ... (None: detected). published: the publication date, anchor of
    relative dates. id: the article's id in the record (default "0").
    """
    return _default_extractor().extract(text, lang=lang, published=published, id=id)
