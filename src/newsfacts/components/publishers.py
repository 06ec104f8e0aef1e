"""Publishing houses: the words that say a name is a publisher's, for the company finder.

Many publishers are named after a family or with a common word ("Stock", "Perrin",
"Seuil", "Minuit", "Points"): the gazetteer marks those forms ambiguous, and one of them
is the firm only where the words around it say publisher:

- a publishing word governs it through a preposition, or it is the subject of one:
  "publié au Seuil", "paru chez Stock en 2005", "édité par Perrin", "published by
  Penguin", "Fayard publie" (`PUBLISHING_WORDS`, `PUBLISHER_PREPOSITIONS`);
- it is the publisher's field of a bibliographic reference: between field separators and
  followed by a year within a few tokens of places, dates and page counts ("…, Seuil,
  Paris, 1952.", "…, Stock (septembre 2000).", "Jules Roy, La bataille de Dien Bien Phu :
  Julliard, 1963"); the same field holds periodicals ("VSD, 31 octobre 2002"), so it
  confirms only a listed publisher, never an unknown name;
- a publishing noun stands before it, perhaps through "de" ("les éditions du Seuil", "la
  maison d'édition Perrin");
- a company noun stands before it that is not another trade's ("le groupe Perrin", not
  "la fromagerie Perrin"), a legal form follows it, a word that governs only firms governs
  it ("le rachat de Perrin"), or the stock model reads it as an organisation.

It also finds the publisher's names that a trade noun ends ("Anagramme éditions",
"Nouveau Monde éditions", "Salt Publishing") and, in a reference, the ones a singular
"Édition" begins ("Edition Universitaires, Collection Documents, 1989").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import lang as language_data
from ..normalize.names import fold
from . import name_shapes as shapes
from .article_memo import entities
from .word_positions import WordTest

# The gazetteer's `sector` of a publishing house.
PUBLISHING = "publishing"
# Tokens after the publisher's field searched for the reference's year: "Seuil, Paris,
# 1952", "Grasset, 1 500 p. Paris 1997".
YEAR_WINDOW = 7
# The years a printed book may bear.
FIRST_YEAR, LAST_YEAR = 1450, 2100
# Words that head a noun phrase, not a name: "Les éditions", "Deux éditions".
HEADS_OF_PHRASES = ("DET", "NUM", "PRON")
# The tokens after which a capital opens a sentence (the parser's sentence starts are
# unreliable inside short headings).
SENTENCE_OPENERS = (".", "!", "?", "…", "«", '"', "“", "\n")
# Dependency relations of a subject: "Fayard publie ses mémoires".
SUBJECTS = ("nsubj",)


class PublisherContext:
    """Reads the words around a name for the evidence that it names a publisher."""

    def __init__(self, nlp: Language):
        """nlp: the pipeline, whose language data lists the publishing words."""
        data = language_data.data(nlp.lang)
        dates = language_data.module(nlp.lang, "dates")
        self.words = frozenset(data.PUBLISHING_WORDS)
        self.prepositions = frozenset(data.PUBLISHER_PREPOSITIONS)
        self.separators = frozenset(data.REFERENCE_SEPARATORS)
        self.field_ends = frozenset(data.REFERENCE_FIELD_ENDS)
        self.reference_words = frozenset(
            [*data.REFERENCE_WORDS, *dates.MONTHS, *dates.MONTH_ABBREVIATIONS]
        )
        self.publishing_nouns = frozenset(fold(n) for n in data.PUBLISHING_NOUNS)
        self.joiners = frozenset(data.PUBLISHER_JOINERS)
        self.other_trades = frozenset(fold(n) for n in data.TRADE_NOUNS) - self.publishing_nouns
        self.house_nouns = frozenset(fold(n) for n in data.HOUSE_NOUNS)
        self.edition_nouns = frozenset(data.EDITION_NOUNS)
        self.house_words = WordTest(self.house_word)

    def vouches(self, doc: Doc, span: Span, *, cued: bool) -> bool:
        """Whether the words around a listed publisher's ambiguous name make it the firm.
        cued: a company noun stands before it, a legal form after it, or a firm's word
        governs it."""
        if self.published(span) or self.reference_field(doc, span) or self.named_by(doc, span):
            return True
        before = doc[span.start - 1] if span.start > 0 else None
        if cued:
            # "la fromagerie Perrin" is a cheese maker's.
            window = doc[max(0, span.start - 3) : span.start]
            return not any(fold(t.text) in self.other_trades for t in window)
        if before is not None and before.pos_ == "DET":
            return False
        return any(
            e.label_ == "ORG" and (e.start, e.end) == (span.start, span.end) for e in entities(doc)
        )

    def named_by(self, doc: Doc, span: Span) -> bool:
        """A publishing noun before the name, perhaps through "de": "les éditions du
        Seuil", "la maison d'édition Perrin", "l'éditeur Julliard"."""
        i = span.start - 1
        while i >= 0 and span.start - i <= 2 and doc[i].lower_ in self.joiners:
            i -= 1
        return i >= 0 and fold(doc[i].text) in self.publishing_nouns

    def published(self, span: Span) -> bool:
        """ "publié au Seuil", "paru chez Stock", "published by Penguin", "Fayard publie"."""
        root = span.root
        if root.dep_ in SUBJECTS and root.head.lemma_.lower() in self.words:
            return True
        preposition = _preposition(root)
        if preposition is None or preposition.lower_ not in self.prepositions:
            return False
        governor = preposition.head if preposition.head != root else root.head
        return governor.lemma_.lower() in self.words

    def reference_field(self, doc: Doc, span: Span) -> bool:
        """ ", Seuil, Paris, 1952", ": Julliard, 1963", ", Stock (septembre 2000)": a field
        between separators, followed by a year past places, dates and page counts."""
        if span.start == 0 or doc[span.start - 1].text not in self.separators:
            return False
        if span.end >= len(doc) or doc[span.end].text not in self.field_ends:
            return False
        for token in doc[span.end : span.end + YEAR_WINDOW]:
            if _year(token):
                return True
            if not (
                token.is_punct
                or token.like_num
                or shapes.capitalised(token)
                or token.lower_ in self.reference_words
            ):
                return False
        return False

    def house_word(self, word: str) -> bool:
        """Whether a word is a publishing house's noun or a reference's "Édition"."""
        return fold(word) in self.house_nouns or word in self.edition_nouns

    def houses(self, doc: Doc) -> list[Span]:
        """Publishers' names that a trade noun ends ("Anagramme éditions"; not a number
        after it: "les éditions 2005") or, in a reference, that a singular "Édition" begins
        ("Edition Universitaires, Collection Documents, 1989")."""
        found = []
        for i in self.house_words.positions(doc):
            token = doc[i]
            if fold(token.text) in self.house_nouns and i > 0 and not _numbered(doc, token):
                name = _name_before(doc, token.i)
                if name is not None:
                    found.append(doc[name.start : token.i + 1])
            elif token.text in self.edition_nouns and token.i + 1 < len(doc):
                end = token.i + 1
                while end < len(doc) and shapes.capitalised(doc[end]) and doc[end].is_alpha:
                    end += 1
                span = doc[token.i : end]
                if end > token.i + 1 and self.reference_field(doc, span):
                    found.append(span)
        return found


def _preposition(root: Token) -> Token | None:
    """The preposition that takes a name: its `case` child ("au Seuil") or, in English
    trees, its head ("by Penguin")."""
    case = next((c for c in root.children if c.dep_ == "case"), None)
    if case is not None:
        return case
    return root.head if root.head.pos_ == "ADP" and root.head != root else None


def _year(token: Token) -> bool:
    text = token.text
    return len(text) == 4 and text.isdecimal() and FIRST_YEAR <= int(text) < LAST_YEAR


def _numbered(doc: Doc, token: Token) -> bool:
    """Whether a number follows the noun: "les éditions 1981 et 1991"."""
    return token.i + 1 < len(doc) and doc[token.i + 1].like_num


def _name_before(doc: Doc, end: int) -> Span | None:
    """The capitalised words right before token `end` ("Nouveau Monde"), without an
    article or a number ("Les éditions", "Deux éditions"); one word that opens a sentence
    is no name ("Plusieurs éditions")."""
    start = end
    while start > 0 and shapes.capitalised(doc[start - 1]) and doc[start - 1].is_alpha:
        start -= 1
    while start < end and doc[start].pos_ in HEADS_OF_PHRASES:
        start += 1
    opening = start == 0 or doc[start - 1].text in SENTENCE_OPENERS
    if start == end or (opening and end - start == 1):
        return None
    return doc[start:end]
