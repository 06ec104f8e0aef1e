"""Every spaCy factory of newsfacts, registered in one place.

pyproject.toml exposes each through the `spacy_factories` entry-point group, so that
`nlp.add_pipe("newsfacts_companies")` works in a user's pipeline without importing us first.
"""

from spacy.language import Language

from . import extensions
from .components.amounts import SPANS_KEY as AMOUNTS_KEY
from .components.amounts import AmountFinder
from .components.claims import SPANS_KEY as CLAIMS_KEY
from .components.claims import ClaimFinder
from .components.companies import ORGANIZATIONS_KEY, CompanyFinder
from .components.companies import SPANS_KEY as COMPANIES_KEY
from .components.years import SPANS_KEY as YEARS_KEY
from .components.years import YearFinder

extensions.register()


@Language.factory(
    "newsfacts_companies",
    default_config={
        "spans_key": COMPANIES_KEY,
        "organizations_key": ORGANIZATIONS_KEY,
        "stock_orgs_are_companies": False,
    },
    assigns=["doc.spans"],
    requires=["doc.ents", "token.dep", "token.pos"],
)
def make_companies(
    nlp: Language,
    name: str,
    spans_key: str,
    organizations_key: str,
    stock_orgs_are_companies: bool,
) -> CompanyFinder:
    return CompanyFinder(
        nlp,
        name,
        spans_key=spans_key,
        organizations_key=organizations_key,
        stock_orgs_are_companies=stock_orgs_are_companies,
    )


@Language.factory(
    "newsfacts_amounts",
    default_config={"spans_key": AMOUNTS_KEY, "infer_currency": True},
    assigns=["doc.spans"],
)
def make_amounts(nlp: Language, name: str, spans_key: str, infer_currency: bool) -> AmountFinder:
    return AmountFinder(nlp, name, spans_key=spans_key, infer_currency=infer_currency)


@Language.factory(
    "newsfacts_years",
    default_config={"spans_key": YEARS_KEY, "amounts_key": "newsfacts_amounts", "present": False},
    assigns=["doc.spans"],
)
def make_years(
    nlp: Language, name: str, spans_key: str, amounts_key: str, present: bool
) -> YearFinder:
    return YearFinder(nlp, name, spans_key=spans_key, amounts_key=amounts_key, present=present)


@Language.factory(
    "newsfacts_claims",
    default_config={
        "spans_key": CLAIMS_KEY,
        "companies_key": COMPANIES_KEY,
        "organizations_key": ORGANIZATIONS_KEY,
        "min_quote_words": 3,
    },
    assigns=["doc.spans"],
    requires=["token.dep", "token.lemma", "doc.ents"],
)
def make_claims(
    nlp: Language,
    name: str,
    spans_key: str,
    companies_key: str,
    organizations_key: str,
    min_quote_words: int,
) -> ClaimFinder:
    return ClaimFinder(
        nlp,
        name,
        spans_key=spans_key,
        companies_key=companies_key,
        organizations_key=organizations_key,
        min_quote_words=min_quote_words,
    )
