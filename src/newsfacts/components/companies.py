"""newsfacts_companies: the companies an article names, as spans with a canonical name.

Foundation version: candidates are the stock model's ORG entities, nothing more. The French
model labels many companies MISC or LOC and some non-companies ORG (spaCy #1906, #5529), so
this is a weak baseline until the gazetteer-based finder replaces it.
"""

from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..normalize.names import fold

SPANS_KEY = "newsfacts_companies"


class CompanyFinder:
    """Writes `doc.spans["newsfacts_companies"]`; each span's `._.company` is
    `{"name": canonical name, "source": "ner"}`."""

    def __init__(
        self, nlp: Language, name: str = "newsfacts_companies", *, spans_key: str = SPANS_KEY
    ):
        """nlp: the pipeline. name: the component's name. spans_key: the span group written."""
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = [ent for ent in doc.ents if ent.label_ == "ORG"]
        for span, canonical in zip(spans, canonical_names(spans), strict=True):
            span._.company = {"name": canonical, "source": "ner"}
        doc.spans[self.spans_key] = spans
        return doc


def canonical_names(spans: list[Span]) -> list[str]:
    """One name for every spelling of a name: its most frequent form, the first on a tie."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for span in spans:
        forms[fold(span.text)][span.text] += 1
    best = {key: counts.most_common(1)[0][0] for key, counts in forms.items()}
    return [best[fold(span.text)] for span in spans]
