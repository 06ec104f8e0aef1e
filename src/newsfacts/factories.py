"""Every spaCy factory of newsfacts, registered in one place.

pyproject.toml exposes each through the `spacy_factories` entry-point group, so that
`nlp.add_pipe("newsfacts_companies")` works in a user's pipeline without importing us first.
"""

from spacy.language import Language

from . import extensions
from .components.companies import ORGANIZATIONS_KEY, CompanyFinder
from .components.companies import SPANS_KEY as COMPANIES_KEY

extensions.register()


@Language.factory(
    "newsfacts_companies",
    default_config={"spans_key": COMPANIES_KEY, "organizations_key": ORGANIZATIONS_KEY},
    assigns=["doc.spans"],
    requires=["doc.ents", "token.dep", "token.pos"],
)
def make_companies(
    nlp: Language, name: str, spans_key: str, organizations_key: str
) -> CompanyFinder:
    return CompanyFinder(nlp, name, spans_key=spans_key, organizations_key=organizations_key)
