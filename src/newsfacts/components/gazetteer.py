"""The name lists the company finder matches: companies (shared by languages) and other
organisations (one list a language), each compiled into spaCy PhraseMatchers.

A list is JSON Lines, one entry a line: `name` (canonical), `aliases`, `kind`, and for
companies `ambiguous` (the forms that are also common words), `sector` (where known:
"publishing"), `isin` and `wikipedia`. See docs/companies.md for the sources and how to
extend them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import lang as language_data
from .name_shapes import dotted

COMPANIES = Path(language_data.__file__).parent / "companies.jsonl"
ORGANIZATIONS = "organizations.jsonl"


@dataclass(frozen=True)
class Entry:
    """One company or organisation of a list."""

    name: str
    kind: str
    isin: str | None = None
    wikipedia: str | None = None
    ambiguous: frozenset[str] = field(default_factory=frozenset)
    sector: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    """A gazetteer name found in a Doc."""

    span: Span
    entry: Entry
    ambiguous: bool


def read_entries(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


class Gazetteer:
    """A list of names matched case-insensitively, except acronyms and the forms that are
    common words, which match only as written. A match must be written as a name (a capital
    or a digit in its first word: "Openai", "iPhone", "3M"; after an article, in the word
    that follows it: "Le Monde"): "total" in lower case is a word, "le monde" a phrase.
    A name of several words may also begin with one of `lower_heads`, the head nouns the
    language writes in lower case: "la cour de Cassation", "le ministère de l'Intérieur".
    Where the language capitalises every word of a name (`cased_last_words`), a name of
    several words ends on a capital as its forms do: "North American airlines" is no
    American Airlines (French writes "Crédit agricole")."""

    def __init__(
        self,
        nlp: Language,
        rows: list[dict],
        lower_heads: frozenset[str] = frozenset(),
        articles: frozenset[str] = frozenset(),
        cased_last_words: bool = False,
        lower_brands: bool = False,
    ):
        """nlp: the pipeline whose tokenizer splits the names. rows: the list's entries.
        lower_heads: the first words, in lower case, that need no capital. articles: the
        articles a title may begin with, capitalised ("Le", "The"); the capital that makes
        the title a name is then on the next word. cased_last_words: a match of several
        words needs a capital in its last word when all the entry's forms have one.
        lower_brands: a form with no capital at all ("inwi", "abrdn", "e&") is a brand
        written so, matched only as written.
        """
        self.lower_heads = lower_heads
        self.articles = articles
        self.lower_articles = frozenset(a.lower() for a in articles)
        self.cased_last_words = cased_last_words
        # the entries a form of which ends on a word in lower case ("Bank of america"-like)
        self._lower_endings: set[int] = set()
        # the brands written in lower case, which need no capital ("inwi", "voestalpine")
        self._lower_brands: set[str] = set()
        self.entries: list[Entry] = []
        self.by_name: dict[str, Entry] = {}
        self._any_case = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._as_written = PhraseMatcher(nlp.vocab, attr="ORTH")
        any_case: dict[str, list[str]] = {}
        as_written: dict[str, list[str]] = {}
        for index, row in enumerate(rows):
            ambiguous = frozenset(row.get("ambiguous", ()))
            entry = Entry(
                row["name"],
                row["kind"],
                row.get("isin"),
                row.get("wikipedia"),
                ambiguous,
                row.get("sector"),
                tuple(row.get("aliases", ())),
            )
            self.entries.append(entry)
            self.by_name.setdefault(entry.name, entry)
            for form in (row["name"], *row.get("aliases", ())):
                if not written_as_name(form.split()[-1]):
                    self._lower_endings.add(index)
                lower_brand = lower_brands and not written_as_name(form)
                if lower_brand:
                    self._lower_brands.add(form)
                # Acronyms match in capitals only: "WHO" is not "Who", "SUD" not "Sud".
                written = form in ambiguous or (form.isupper() and len(form) > 1) or lower_brand
                target = as_written if written else any_case
                target.setdefault(str(index), []).append(form)
                # "la S.N.C.F.": older and Swiss texts dot their acronyms.
                as_written.setdefault(str(index), []).extend(dotted(form))
        for patterns, matcher in ((any_case, self._any_case), (as_written, self._as_written)):
            for key, forms in patterns.items():
                matcher.add(key, list(nlp.tokenizer.pipe(forms)))

    @classmethod
    def companies(cls, nlp: Language) -> Gazetteer:
        """The company list shared by every language."""
        return cls(
            nlp,
            read_entries(COMPANIES),
            articles=_title_articles(nlp),
            cased_last_words=language_data.data(nlp.lang).CASED_NAME_WORDS,
            lower_brands=True,
        )

    @classmethod
    def organizations(cls, nlp: Language) -> Gazetteer:
        """The non-company organisations of the pipeline's language, which may begin with a
        head noun in lower case (`LOWER_CASE_HEADS` of the language data)."""
        data = language_data.data(nlp.lang)
        folder = Path(data.__file__).parent
        return cls(
            nlp,
            read_entries(folder / ORGANIZATIONS),
            frozenset(data.LOWER_CASE_HEADS),
            _title_articles(nlp),
        )

    def __call__(self, doc: Doc) -> list[Match]:
        """Every match that begins with a capital letter, a digit or a lower-case head noun of
        `lower_heads`, longest first on overlap."""
        found = []
        for matcher in (self._any_case, self._as_written):
            for key, start, end in matcher(doc):
                headed = end - start > 1 and doc[start].text in self.lower_heads
                # A title's capital is on the word after its article: "L'Équipe", "Le
                # Monde", not "L'équipe B" or "Le monde entier".
                titled = end - start > 1 and doc[start].text in self.articles
                first = doc[start + 1] if titled else doc[start]
                index = int(doc.vocab.strings[key])
                if self.common_ending(doc[start:end], index):
                    continue
                span = doc[start:end]
                if self.lower_article(span):
                    span = span[1:]  # "la Banque postale": the name is "Banque postale"
                    first = span[0]
                if headed or written_as_name(first.text) or span.text in self._lower_brands:
                    entry = self.entries[index]
                    found.append(Match(span, entry, span.text in entry.ambiguous))
        found.sort(key=lambda m: (m.span.start, -len(m.span)))
        return found

    def lower_article(self, span: Span) -> bool:
        """Whether a listed name that opens with its article is written with the article in
        lower case before at least two words, the first capitalised: "la Banque postale",
        "la Française des jeux" (the article is the sentence's then, not the name's; "la
        Poste", one word after it, is left as it was)."""
        return (
            len(span) > 2 and span[0].text in self.lower_articles and written_as_name(span[1].text)
        )

    def lower_brand(self, text: str) -> bool:
        """Whether `text` is a form listed with no capital: a brand written so ("inwi")."""
        return text in self._lower_brands

    def common_ending(self, span: Span, index: int) -> bool:
        """A name of several words whose last word is written in lower case where no form
        of the entry has it so: "North American airlines" (when `cased_last_words`)."""
        return (
            self.cased_last_words
            and len(span) > 1
            and index not in self._lower_endings
            and not written_as_name(span.text.split()[-1])  # "Macy's": the word, not "'s"
        )


def _title_articles(nlp: Language) -> frozenset[str]:
    return frozenset(language_data.data(nlp.lang).TITLE_ARTICLES)


def written_as_name(word: str) -> bool:
    """A capital or a digit in the word: "Openai", "iPhone", "3M"."""
    return any(ch.isupper() or ch.isdigit() for ch in word)
