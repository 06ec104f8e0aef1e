"""Capitalised words the stock model or a list reads as an organisation that the words around
make something else: a numbered unit ("la 21e Compagnie"), a person's initials beside the
person ("MR, comme Michel Roussin"), a common noun that opens a sentence ("Pompiers et
policiers effectueront…"). Each is a general shape of written French or English, not a list
of names; the language data gives the nouns."""

from __future__ import annotations

import re
from itertools import product

from spacy.tokens import Span, Token

from ..normalize.names import fold
from . import name_shapes as shapes
from .name_shapes import PERSON_LABELS

# The parts of a person's name an initial stands for: "Strauss-Kahn" is S and K.
NAME_PARTS = re.compile(r"[\s\-]+")
# The relation by which the parser joins the words of one proper name ("Salam" ← "Daher").
NAME_RELATION = "flat:name"
# A day of the month before its name: "12", "1er", "3rd".
DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:er|st|nd|rd|th)?")
# The marks after which a capital opens a sentence.
SENTENCE_ENDS = (".", "!", "?", "…", ":", ";")


class Misreadings:
    """Tells the names that are not an organisation's by the words around them."""

    def __init__(self, data, months: dict[str, int]):
        """data: the language data module (`NUMBERED_UNIT_NOUNS`, `BARE_NAME_COMPLEMENTS`).
        months: the language's month names, lower case (its `dates.MONTHS`)."""
        self.unit_nouns = frozenset(fold(n) for n in data.NUMBERED_UNIT_NOUNS)
        self.complements = frozenset(data.BARE_NAME_COMPLEMENTS)
        self.months = frozenset(fold(m) for m in months)

    def __call__(self, span: Span) -> bool:
        """Whether the span is no organisation's name, whoever proposed it."""
        return (
            self.numbered_unit(span)
            or self.initials(span)
            or self.sentence_noun(span)
            or self.dated_month(span)
        )

    def numbered_unit(self, span: Span) -> bool:
        """A unit's noun after an ordinal is one numbered part of a larger body, not a name:
        "les hommes de la 21e Compagnie", "(2ème Bureau)", "la 3e Chambre"."""
        doc = span.doc
        words = span
        if shapes.ordinal_number(span[0].text):
            words = span[1:]
        elif span.start == 0 or not shapes.ordinal_number(doc[span.start - 1].text):
            return False
        return len(words) == 1 and fold(words[0].text) in self.unit_nouns

    def dated_month(self, span: Span) -> bool:
        """A month's name before a year or after a day's number is a date, capitalised or
        not: "- Mars 2001 : le juge…" (a dated list line), "le 12 Mai", "May 2001"; the firm
        Mars or the group Avril are not followed by a year ("Mars a racheté Kellanova")."""
        if len(span) != 1 or fold(span[0].text) not in self.months:
            return False
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 1] if span.start > 0 else None
        return (after is not None and shapes.year(after)) or (
            before is not None and DAY.fullmatch(before.text) is not None
        )

    def in_longer_name(self, span: Span) -> bool:
        """A listed one-word name that the parser joins as one proper name to the proper
        noun before it, which the stock model reads as no organisation, is a word of that
        longer name: "Salam Daher (alias Casque Vert)" (a list line, with no person found),
        "Coco Chanel". Only for a listed name: a name the stock model found is its own."""
        doc = span.doc
        if len(span) != 1 or span.start == 0:
            return False
        word, before = span[0], doc[span.start - 1]
        joined = (word.dep_ == NAME_RELATION and word.head.i == before.i) or (
            before.dep_ == NAME_RELATION and before.head.i == word.i
        )
        return (
            joined
            and before.pos_ == "PROPN"
            and shapes.capitalised(before)
            and before.ent_type_ in ("", *PERSON_LABELS)
        )

    def initials(self, span: Span) -> bool:
        """An acronym made of the initials of a person named in the same sentence is the
        person: "MR, comme Michel Roussin", "Dominique Strauss-Kahn (DSK)"."""
        text = span.text
        if len(span) != 1 or not shapes.acronym(text):
            return False
        letters = shapes.undotted(text)
        return any(
            ent.label_ in PERSON_LABELS and letters in person_initials(ent.text)
            for ent in span.sent.ents
        )

    def sentence_noun(self, span: Span) -> bool:
        """A common noun capitalised only because it opens the sentence, at the head of a
        noun phrase that goes on in lower case: "Pompiers et policiers effectueront des
        rondes", "Classe pharmacothérapeutique : …", "Membre de l'UDF, il est député". The
        tagger reads it as a common noun with a lower-case lemma; a firm that opens a
        sentence is the bare subject of its verb ("Volkswagen fait…", "Asics cite…"), and
        the same word capitalised inside another sentence is a name."""
        if len(span) != 1 or not first_word(span[0]):
            return False
        word, doc = span[0], span.doc
        if word.pos_ != "NOUN" or not word.lemma_.islower() or shapes.acronym(word.text):
            return False
        if not self.phrase_goes_on(word):
            return False
        return not any(t.text == word.text and not first_word(t) for t in doc if t.i != word.i)

    def phrase_goes_on(self, word: Token) -> bool:
        """Whether a lower-case adjective, a complement ("de", "d'") or a coordinated
        lower-case noun follows the word: its noun phrase goes on."""
        doc = word.doc
        if word.i + 2 >= len(doc):
            return False
        after, then = doc[word.i + 1], doc[word.i + 2]
        if after.pos_ == "ADJ" and after.is_lower:
            return True
        if after.lower_ in self.complements:
            return True
        return after.pos_ == "CCONJ" and then.pos_ == "NOUN" and then.is_lower


def first_word(token: Token) -> bool:
    """Whether the word opens a sentence of the text: only punctuation before it in its
    sentence, and the sentence begins the Doc or follows a full stop, a colon or a line
    break (the parser also cuts sentences inside one)."""
    doc, start = token.doc, token.sent.start
    if not all(t.is_punct for t in doc[start : token.i]):
        return False
    if start == 0:
        return True
    before = doc[start - 1]
    return before.text in SENTENCE_ENDS or "\n" in before.text_with_ws or before.is_space


def person_initials(name: str) -> set[str]:
    """The acronyms a person's name may be written as: "Michel Roussin" → MR, "Dominique
    Strauss-Kahn" → DSK, "Valéry Giscard d'Estaing" → VGE or VGDE (a particle in lower case
    counts or not)."""
    options = []
    for part in NAME_PARTS.split(name.strip()):
        if not part:
            continue
        if "'" in part or "’" in part:  # "d'Estaing": E, or DE
            rest = re.split(r"['’]", part, maxsplit=1)[1]
            options.append([rest[:1].upper(), (part[:1] + rest[:1]).upper()])
        elif part[:1].islower():  # "de", "van": a particle counts or not
            options.append(["", part[:1].upper()])
        else:
            options.append([part[:1].upper()])
    if len(options) > 6:
        return set()
    return {"".join(choice) for choice in product(*options)}
