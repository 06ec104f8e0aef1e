"""French language data."""

# The stock spaCy pipeline: the first one installed is loaded.
MODELS = ("fr_core_news_md",)

from .companies import (  # noqa: E402
    ANAPHORS,
    COMPANY_CUES,
    COMPANY_SUFFIXES,
    DESCRIPTORS,
    NAME_COMPLEMENTS,
    NAME_JOINERS,
    NOT_NAMES,
    ORGANIZATION_HEADS,
    PARENT_OF,
    PLURAL_ARTICLES,
    PORTFOLIO_ROLES,
    SUBSIDIARY_OF,
)

__all__ = [
    "ANAPHORS",
    "COMPANY_CUES",
    "COMPANY_SUFFIXES",
    "DESCRIPTORS",
    "MODELS",
    "NAME_COMPLEMENTS",
    "NAME_JOINERS",
    "NOT_NAMES",
    "ORGANIZATION_HEADS",
    "PARENT_OF",
    "PLURAL_ARTICLES",
    "PORTFOLIO_ROLES",
    "SUBSIDIARY_OF",
]
