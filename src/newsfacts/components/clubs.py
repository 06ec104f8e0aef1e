"""Names of associations and clubs that the press writes without a capitalised head
noun, which the stock model misses or reads as a place:

- a name in quotes after a noun of association: "la société de pêche « La Gaule
  vidusienne »", "l'association "Pérouse amitié"" (the name is what the quotes hold);
- a name after the acronym of a kind of local body, of which every town has one: "la MJC
  Nomade", "le CCAS Saint-Michel" (the acronym alone is the listed kind: "la MJC");
- a society named by a capitalised word and a learned field or a pastime: "la société
  Lorraine d'astronomie" (an association, where "la société Lorraine" alone reads as a firm);
- a club named by a word of clubs and the adjective of its town or country: "le Stade
  rennais", "le Stade français".
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..normalize.names import fold
from . import name_shapes as shapes
from .name_shapes import PERSON_LABELS, PLACE_LABELS, SCORE_DASHES
from .word_positions import WordSet

# The most words a quoted name holds: "« Les Amis du vieux Bar »".
QUOTED_WORDS = 6
# The lower-case adjectives that may stand between the noun and the quotes: "l'association
# sportive « … »".
NOUN_ADJECTIVES = 2


class ClubNames:
    """Finds the names of associations and clubs, with their kind."""

    def __init__(self, nlp: Language, data):
        """nlp: the pipeline whose tokenizer splits the nouns. data: the language data module
        (`QUOTED_NAME_HEADS`, `TYPE_ACRONYMS`, `QUOTES`, `SOCIETY_NOUNS`,
        `SOCIETY_FIELDS`, `BARE_NAME_COMPLEMENTS`, `BRANCH_ACRONYMS`, `TERRITORY_NUMBER`,
        `DEMONYM_CLUB_HEADS`, `REGIONAL_ADJECTIVES`, `NATIONALITY_NOUNS`, `DEMONYM_ENDINGS`)."""
        self.quoted_heads = {fold(k): v for k, v in data.QUOTED_NAME_HEADS.items()}
        self.head_phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.head_phrases.add("head", list(nlp.tokenizer.pipe(list(data.QUOTED_NAME_HEADS))))
        self.quotes = dict(data.QUOTES)
        self.branch_acronyms = dict(data.BRANCH_ACRONYMS)
        self.place_club_acronyms = dict(data.PLACE_CLUB_ACRONYMS)
        self.type_acronyms = {
            **data.TYPE_ACRONYMS,
            **self.branch_acronyms,
            **self.place_club_acronyms,
        }
        self.type_acronym_words = WordSet(self.type_acronyms)
        self.society_words = WordSet(data.SOCIETY_NOUNS, LOWER)
        self.society_fields = frozenset(data.SOCIETY_FIELDS)
        self.complements = frozenset(data.BARE_NAME_COMPLEMENTS)
        self.territory_articles = frozenset(data.COMPLEMENT_ARTICLES)
        self.territory_number = re.compile(data.TERRITORY_NUMBER) if data.TERRITORY_NUMBER else None
        self.demonym_heads = WordSet(data.DEMONYM_CLUB_HEADS)
        self.demonyms = frozenset(data.REGIONAL_ADJECTIVES) | frozenset(data.NATIONALITY_NOUNS)
        self.demonym_endings = tuple(data.DEMONYM_ENDINGS)
        # the words between a score's points: "24 à 20", "24 - 20"
        self.score_joiners = frozenset((*data.SCORE_WORDS, *SCORE_DASHES))

    def __call__(self, doc: Doc) -> list[tuple[Span, str, bool]]:
        """Every name found: its span, its kind, and whether it is a listed kind's named
        instance ("la MJC Nomade"), which outranks the listed acronym inside it."""
        found = [(span, kind, False) for span, kind in self.quoted(doc)]
        found += [(span, kind, True) for span, kind in self.typed(doc)]
        found += [(span, "association", False) for span in self.societies(doc)]
        found += [(span, "club", False) for span in self.demonym_clubs(doc)]
        return found

    def demonym_clubs(self, doc: Doc) -> list[Span]:
        """ "le Stade rennais", "le Stade Toulousain", "le Stade français": a capitalised
        word of clubs (`DEMONYM_CLUB_HEADS`) and the adjective of a town, a region or a
        country (listed, or by its ending: `DEMONYM_ENDINGS`) name a club (a ground is named
        otherwise: "le Stade de France", "le Stade olympique", "le Stade Pierre-Mauroy"). A
        département's number after it is part of the name: "le Stade brestois 29"."""
        found = []
        for i in self.demonym_heads.positions(doc):
            if i + 1 < len(doc):
                adjective = doc[i + 1].lower_
                if adjective in self.demonyms or adjective.endswith(self.demonym_endings):
                    end = i + 2
                    number = end < len(doc) and self.territory_number_at(doc, end)
                    if number and not shapes.spelled_score(doc, end, self.score_joiners):
                        end += 1
                    elif end < len(doc) and self.town_after(doc, i, end):
                        end = shapes.entity_bounds(doc, end)[1]  # "le Stade Français Paris"
                    found.append(doc[i:end])
        return found

    def quoted(self, doc: Doc) -> list[tuple[Span, str]]:
        """ "la société de pêche « La Gaule vidusienne »", "l'association "Pérouse amitié"":
        a capitalised name in quotes right after a noun of association (perhaps with an
        adjective: "l'association sportive « … »")."""
        found = []
        for _, start, end in self.head_phrases(doc):
            if doc[end - 1].pos_ == "ADJ":
                continue  # "la comédie d'action chorale « The Losers »": the adjective
            i = end
            while i < len(doc) and i - end < NOUN_ADJECTIVES and doc[i].pos_ == "ADJ":
                i += 1
            # or a bare complement that says whose group it is: "le collectif d'usagers « … »"
            if i + 1 < len(doc) and doc[i].lower_ in self.complements and doc[i + 1].is_lower:
                i += 2 if doc[i + 1].pos_ == "NOUN" else 0
            span = self.in_quotes(doc, i)
            if span is not None:
                found.append((span, self.quoted_heads[fold(doc[start:end].text)]))
        return found

    def in_quotes(self, doc: Doc, i: int) -> Span | None:
        """The capitalised name between the quotes that open at token `i`, or None."""
        if i + 2 >= len(doc):
            return None
        closing = self.quotes.get(doc[i].text)
        if closing is None or not shapes.capitalised(doc[i + 1]):
            return None
        for j in range(i + 1, min(i + 2 + QUOTED_WORDS, len(doc))):
            if doc[j].text == closing:
                return doc[i + 1 : j] if j > i + 1 else None
            if not (doc[j].is_alpha or doc[j].text in ("-", "'", "’") or doc[j].text.endswith("'")):
                return None
        return None

    def typed(self, doc: Doc) -> list[tuple[Span, str]]:
        """ "la MJC Nomade": the acronym of a kind of local body and the capitalised words
        after it, unless the stock model reads a person there (an officer, not a name), up
        to a person's name that follows ("du FC Nantes Matthis Abline")."""
        found = []
        for i in self.type_acronym_words.positions(doc):
            if i + 1 == len(doc):
                continue
            token, after = doc[i], doc[i + 1]
            kind = self.type_acronyms[token.text]
            if token.text in self.branch_acronyms:
                territory = self.territory_end(doc, i + 1)
                if territory is not None:
                    found.append((doc[i:territory], kind))
                    continue
            if not shapes.capitalised(after) or after.ent_type_ in PERSON_LABELS:
                continue
            end = token.i + 1
            # up to a person's name after it: "l'attaquant du RC Lens Florian Thauvin"
            while end < len(doc) and (
                (shapes.capitalised(doc[end]) and not doc[end].is_punct) or self.joined(doc, end)
            ):
                if shapes.person(doc[end], i + 1):
                    break
                end += 1
            if token.text in self.place_club_acronyms and not self.town(doc[i + 1 : end]):
                continue
            found.append((doc[token.i : end], kind))
        return found

    def territory_end(self, doc: Doc, i: int) -> int | None:
        """The end of the territory that names a branch from token `i` on: a département's
        number ("le SDIS 88") or a place after "de" ("la CCI des Vosges", "la FDSEA de la
        Meuse"); None when there is none."""
        word = doc[i]
        if self.territory_number_at(doc, i):
            return i + 1
        if word.lower_ not in self.complements:
            return None
        j = i + 1
        if j < len(doc) and doc[j].lower_ in self.territory_articles:
            j += 1
        if j >= len(doc) or not shapes.capitalised(doc[j]):
            return None
        # A place, or one name with the acronym to the stock model ("Capeb des Vosges" MISC).
        first, end = shapes.entity_bounds(doc, j)
        return end if doc[j].ent_type_ in PLACE_LABELS or first == i - 1 else None

    def territory_number_at(self, doc: Doc, i: int) -> bool:
        """Whether token `i` is a département's number (`TERRITORY_NUMBER`: "88", "2A")."""
        return self.territory_number is not None and bool(
            self.territory_number.fullmatch(doc[i].text)
        )

    @staticmethod
    def town(words: Span) -> bool:
        """Whether capitalised words after a club's acronym are a town's name, as the stock
        model reads them alone or with the acronym ("l'US Vaudrémont"): "US Steel" is none."""
        return all(t.ent_type_ in PLACE_LABELS for t in words)

    @staticmethod
    def joined(doc: Doc, i: int) -> bool:
        """Whether token `i` is a hyphen that joins two capitalised words of one name: "l'AS
        Nancy-Lorraine"."""
        return (
            shapes.hyphen_joins(doc, i)
            and shapes.capitalised(doc[i - 1])
            and shapes.capitalised(doc[i + 1])
        )

    @staticmethod
    def town_after(doc: Doc, head: int, i: int) -> bool:
        """Whether token `i` opens the town a club's name ends with: a capitalised place, or
        a word of one stock name with the club's head ("Stade Français Paris")."""
        if not shapes.capitalised(doc[i]) or not doc[i].ent_type_:
            return False
        return doc[i].ent_type_ in PLACE_LABELS or shapes.same_entity(doc, head, i)

    def societies(self, doc: Doc) -> list[Span]:
        """ "la société Lorraine d'astronomie": a society's noun, capitalised words and a
        learned field or a pastime after "de" name a learned society or a club (the
        capitalised word alone would be read as a firm after "société")."""
        found = []
        for start in self.society_words.positions(doc):
            token = doc[start]
            i = token.i + 1
            while i < len(doc) and i - token.i <= 2 and shapes.capitalised(doc[i]):
                i += 1
            if i == token.i + 1 or i + 1 >= len(doc) or doc[i].lower_ not in self.complements:
                continue
            if doc[i + 1].lower_ in self.society_fields:
                found.append(doc[token.i : i + 2])
        return found
