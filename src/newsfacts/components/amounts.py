"""newsfacts_amounts: the monetary amounts of a Doc, as spans with normalised values.

Finding and meaning are pure functions (`newsfacts.normalize.money`) run over the Doc's text
in one linear pass; this component turns what they find into spans, and gives a bare
"12 milliards" the currency of the nearest amount of its sentence or paragraph (a "francs"
alone with no franc written nearby, the franc of the year the text tells).
"""

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import published_date
from ..normalize.dates import resolve_year
from ..normalize.money import DatedHomes, NamedYear, find_amounts, infer_currencies

SPANS_KEY = "newsfacts_amounts"


class AmountFinder:
    """Writes `doc.spans["newsfacts_amounts"]`; each span's `._.amount` is
    `{"value", "low", "high", "currency", "currency_inferred", "qualifier"}`."""

    def __init__(
        self,
        nlp: Language,
        name: str = "newsfacts_amounts",
        *,
        spans_key: str = SPANS_KEY,
        infer_currency: bool = True,
    ):
        """nlp: the pipeline (its `lang` selects the language data). name: the component's
        name. spans_key: the span group written. infer_currency: give bare amounts with a
        scale word the currency of nearby money (else they are dropped)."""
        self.name = name
        self.lang = nlp.lang
        self.spans_key = spans_key
        self.infer_currency = infer_currency

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # spaCy joins the tokens on every access: once is enough
        found = find_amounts(text, self.lang)
        if not self.infer_currency:
            found = [f for f in found if f.amount.currency is not None]
        # Sentences cost a walk over every token: only bare amounts need them.
        bare = any(f.amount.currency is None for f in found)
        sentences = (
            [(s.start_char, s.end_char) for s in doc.sents]
            if bare and doc.has_annotation("SENT_START")
            else None
        )
        published = published_date(doc)
        dated_homes = DatedHomes(
            self.lang,
            lambda: [
                NamedYear(y.start, y.end, y.year)
                for y in resolve_year(text, published=published, lang=self.lang)
                if y.year is not None
            ],
            published.year if published else None,
        )
        spans = []
        for item in infer_currencies(found, text, sentences, dated_homes):
            span = doc.char_span(item.start, item.end, alignment_mode="expand")
            if span is None:
                continue
            amount = item.amount
            span._.amount = {
                "value": amount.value,
                "low": amount.low,
                "high": amount.high,
                "currency": amount.currency,
                "currency_inferred": item.currency_inferred,
                "qualifier": amount.qualifier,
            }
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc
