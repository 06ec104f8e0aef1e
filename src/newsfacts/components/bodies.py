"""Names of bodies written in common words after a lower-case head noun: "la commission du
contrôle budgétaire", "le comité des médicaments à usage humain", "le centre national de
recherche scientifique".

A head noun in lower case followed by common words is most often a common noun phrase ("la
commission a décidé", "une commission d'enquête", "le centre de la ville"). It names one
body when the noun phrase is definite and singular and

- a committee's head takes a complement with an article, which names the committee's field
  ("la commission de l'emploi et des affaires sociales"), where a bare complement says what
  kind of committee it is ("la commission d'enquête", "la commission de sécurité"); or
- an adjective of an institution's reach qualifies the head and a complement or another
  adjective follows ("le centre national de recherche scientifique", "le comité national
  olympique italien"), where the adjective alone makes a common noun phrase ("la communauté
  internationale", "le parlement national").

A name inside the complement makes the words an organ of that body ("le comité exécutif du
RPR"): the corpora tag the body's name alone, so the words are left out. A team's noun with
a place and a sport names a national team: "l'équipe d'Angleterre de football". A council's
field in quotes is part of its name: "le Conseil « affaires générales »".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from ..normalize.names import fold
from . import name_shapes as shapes
from .name_shapes import PLACE_LABELS, ROMAN
from .word_positions import WordSet

# The most words a field in quotes holds: "« justice et affaires intérieures »".
QUOTED_WORDS = 6

if TYPE_CHECKING:
    from .companies import CompanyFinder


class LowerCaseBodies:
    """Finds the names of bodies that a lower-case head noun begins, with their kind."""

    def __init__(self, finder: CompanyFinder, data):
        """finder: the company finder whose head nouns, modifiers and complements are read.
        data: the language data module."""
        self.finder = finder
        self.field_heads = frozenset(data.FIELD_HEADS)
        self.reach_heads = frozenset(data.REACH_HEADS)
        self.reach_adjectives = frozenset(data.REACH_ADJECTIVES)
        self.definite = frozenset(data.DEFINITE_ARTICLES)
        self.determined = frozenset(data.DETERMINED_COMPLEMENTS)
        self.articles = frozenset(data.COMPLEMENT_ARTICLES)
        self.qualifiers = frozenset(data.BARE_QUALIFIERS)
        self.team_heads = frozenset(data.TEAM_HEADS)
        self.team_articles = frozenset(data.TEAM_ARTICLES)
        self.quoted_heads = frozenset(data.QUOTED_FIELD_HEADS)
        heads = self.field_heads | self.reach_heads | self.team_heads | self.quoted_heads
        self.head_words = WordSet(heads, LOWER)
        self.quotes = dict(data.QUOTES)

    def __call__(self, doc: Doc) -> list[tuple[Span, str]]:
        found = []
        for i in self.head_words.positions(doc):
            token = doc[i]
            word = token.lower_
            kind = self.finder.heads.get(fold(word))
            quoted = self.quoted_end(doc, token.i)
            if quoted is not None:
                found.append((doc[token.i : quoted], kind or "other"))
                continue
            if word in self.team_heads:  # in either case: "l'Équipe d'Italie de hockey"
                end = self.team_end(doc, token.i)
                if end is not None:
                    found.append((doc[token.i : end], "club"))
                continue
            if not token.is_lower:
                continue
            if kind is None or not self.definite_singular(doc, token.i):
                continue
            end = self.name_end(doc, token.i, word)
            if end is not None:
                found.append((doc[token.i : end], kind))
        return found

    def definite_singular(self, doc: Doc, i: int) -> bool:
        """Whether the head noun at `i` is singular, after a definite article or bare ("en
        tant que commission de l'environnement"); not after another determiner, a number
        or a preposition ("une commission", "sa commission", "en commission")."""
        if i == 0 or "Plur" in doc[i].morph.get("Number"):
            return False
        before = doc[i - 1]
        return before.lower_ in self.definite or before.pos_ not in ("DET", "ADP", "NUM")

    def name_end(self, doc: Doc, i: int, key: str) -> int | None:
        """The end of the body's name that the head at `i` begins, or None."""
        finder = self.finder
        after = finder.modifiers(doc, i + 1, capitals=False)
        adjectives = [t.lower_ for t in doc[i + 1 : after]]
        reach = key in self.reach_heads and any(a in self.reach_adjectives for a in adjectives)
        if reach and len(adjectives) > 1:
            return self.complements(doc, after)
        if after >= len(doc) or doc[after].lower_ not in finder.bare_complements:
            return None
        # A country's institution: "la fédération italienne de football", "l'agence
        # américaine de protection de l'environnement" (a nationality and a complement).
        national = key in self.reach_heads and any(finder.national(t) for t in doc[i + 1 : after])
        determined = self.determined_at(doc, after)
        if not (reach or national or (key in self.field_heads and determined)):
            return None
        end = self.complements(doc, after)
        # A name in the complement makes the words an organ of that body ("le comité
        # exécutif du RPR"), which corpora tag as the body's name alone.
        if end == after or any(shapes.capitalised(t) for t in doc[after:end]):
            return None
        # A name right after the words is what they describe: "l'agence américaine de
        # notation Moody's", "l'agence internationale de notation Fitch".
        if end < len(doc) and shapes.capitalised(doc[end]) and not doc[end].is_punct:
            return None
        return end

    def determined_at(self, doc: Doc, i: int) -> bool:
        """Whether the complement at `i` takes an article: "du", "des", "de la", "de l'"."""
        if doc[i].lower_ in self.determined:
            return True
        return i + 1 < len(doc) and doc[i + 1].lower_ in self.articles

    def complements(self, doc: Doc, i: int) -> int:
        """The end of the complements from `i` on: one complement, its bare qualifier ("des
        médicaments à usage humain"), and the complements an enumeration closed by a
        conjunction adds ("de l'environnement, de la santé publique et de la protection des
        consommateurs")."""
        finder = self.finder
        end = self.qualified(doc, finder.complement(doc, i))
        listed = end
        while listed + 1 < len(doc) and doc[listed].text == ",":
            following = self.qualified(doc, finder.complement(doc, listed + 1))
            if following == listed + 1:
                break
            listed = following
        closed = (
            listed + 1 < len(doc)
            and doc[listed].pos_ == "CCONJ"
            and doc[listed + 1].lower_ in finder.complements
        )
        if closed:
            following = self.qualified(doc, finder.complement(doc, listed + 1))
            if following > listed + 1:
                end = following
        return end

    def qualified(self, doc: Doc, i: int) -> int:
        """Past a bare qualifier after a noun: "à usage humain", "sur glace", or a number
        of players: "rugby à XIII"."""
        if i + 1 >= len(doc) or doc[i].lower_ not in self.qualifiers:
            return i
        word = doc[i + 1]
        if word.like_num or ROMAN.fullmatch(word.text):
            return i + 2
        if word.pos_ == "NOUN" and word.is_lower:
            return self.finder.modifiers(doc, i + 2, capitals=False)
        return i

    def team_end(self, doc: Doc, i: int) -> int | None:
        """The end of a national or local team's name: "l'équipe d'Angleterre de football",
        "en équipe du Canada de hockey sur glace féminin", "l'équipe d'Écosse espoirs de
        football"; a place alone says whose team it is, not its name ("l'équipe du
        Sénégal")."""
        finder = self.finder
        if i == 0 or doc[i - 1].lower_ not in self.team_articles:
            return None
        j = i + 1
        if j + 1 >= len(doc) or doc[j].lower_ not in finder.bare_complements:
            return None
        j += 1
        # The place, as the stock model reads it alone or in one name with the head.
        one_name = shapes.same_entity(doc, i, j)
        if not (doc[j].ent_type_ in PLACE_LABELS or one_name) or not shapes.capitalised(doc[j]):
            return None
        k = finder.name_after(doc, j).end
        # The team's category: "espoirs", "féminine".
        if k < len(doc) and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
            k += 1
        if k + 1 >= len(doc) or doc[k].lower_ not in finder.bare_complements:
            return None
        sport = doc[k + 1]
        if sport.pos_ not in ("NOUN", "PROPN") or not (sport.is_lower and sport.is_alpha):
            return None
        return self.qualified(doc, finder.modifiers(doc, k + 2, capitals=False))

    def quoted_end(self, doc: Doc, i: int) -> int | None:
        """The end of a body named by its head and its field in quotes, in lower case: "le
        Conseil « affaires générales »" (a name in quotes is the name alone: "la société de
        pêche « La Gaule vidusienne »")."""
        if doc[i].lower_ not in self.quoted_heads or i + 2 >= len(doc):
            return None
        closing = self.quotes.get(doc[i + 1].text)
        if closing is None or not doc[i + 2].is_lower:
            return None
        for j in range(i + 2, min(i + 2 + QUOTED_WORDS, len(doc))):
            if doc[j].text == closing:
                return j + 1 if j > i + 2 else None
            if not (doc[j].is_alpha or doc[j].text == "-"):
                return None
        return None
