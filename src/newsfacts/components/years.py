"""newsfacts_years: the temporal expressions of an article that name or imply a year.

Finding and resolving are one linear pass of `newsfacts.normalize.dates.resolve_year` over the
Doc's text (our own patterns, no `search_dates`); this component anchors relative expressions
on `doc._.published`, leaves out numbers inside monetary amounts when the amounts component
ran first, and turns each expression into a span.
"""

import datetime as dt
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import lang as language_data
from ..extensions import published_date
from ..normalize.dates import PLACED_KINDS, ResolvedYear, resolve_year
from .name_shapes import PERSON_LABELS

SPANS_KEY = "newsfacts_years"
AMOUNTS_KEY = "newsfacts_amounts"


class YearFinder:
    """Writes `doc.spans["newsfacts_years"]`; each span's `._.year` is
    `{"years": [{"year", "kind", "date", "offset", "unit"}, ...]}`: one entry a year named
    ("l'exercice 2024-2025" names two), as spaCy keeps one value a span's offsets."""

    def __init__(
        self,
        nlp: Language,
        name: str = "newsfacts_years",
        *,
        spans_key: str = SPANS_KEY,
        amounts_key: str = AMOUNTS_KEY,
        present: bool = False,
    ):
        """nlp: the pipeline (its `lang` picks the language data). name: the component's name.
        spans_key: the span group written. amounts_key: the span group of monetary amounts,
        whose numbers are never years (ignored when absent). present: also report words of
        the present ("aujourd'hui", "ce mois-ci", "this week"), left out by default."""
        self.name = name
        self.lang = nlp.lang
        self.spans_key = spans_key
        self.amounts_key = amounts_key
        self.present = present
        dates = language_data.module(nlp.lang, "dates")
        self.counts_before_nouns = dates.NUMBER_BEFORE_PLURAL_NOUN_COUNTS
        self.months = dict(dates.MONTHS)
        self.look_ahead = frozenset(dates.LOOK_AHEAD)
        # the first words of the cues of a month ("en", "fin", "mi-", "in", "late"): a month
        # so introduced is an adverbial, not a noun's own date ("la grève du 5 décembre")
        self.month_cues = frozenset(
            cue.split()[0].rstrip("-")
            for cue in dates.MONTH_CUES
            if cue.split()[0] not in ("ce", "cette", "le", "la", "this", "the")
        )
        self.ordinals = dict(dates.ORDINALS)
        # words that already place the expression ("next Easter", "mars dernier", "ce mois")
        self.placing = frozenset(
            word
            for phrase in (
                *dates.AFTER_PAST,
                *dates.AFTER_NEXT,
                *dates.BEFORE_PAST,
                *dates.BEFORE_NEXT,
                *dates.BEFORE_THIS,
            )
            for word in phrase.split()
        )

    def __call__(self, doc: Doc) -> Doc:
        published = published_date(doc)
        amounts = [(s.start_char, s.end_char) for s in doc.spans.get(self.amounts_key, [])]
        groups: dict[tuple[int, int], list[ResolvedYear]] = {}
        found_years = resolve_year(
            doc.text, published=published, lang=self.lang, present=self.present
        )
        for found in found_years:
            if any(start < found.end and found.start < end for start, end in amounts):
                continue
            groups.setdefault((found.start, found.end), []).append(found)
        spans: list[Span] = []
        event = _EventTold()
        for (start, end), years in groups.items():
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or (spans and span.start < spans[-1].end):
                continue  # two expressions in one token: keep the first
            if self.counts_before_nouns and _counts(span, years):
                continue
            if _in_person_name(span):
                continue  # "le maire sortant, Bernard Toussaint": a surname, not the holiday
            if published is not None:
                event.paragraph(doc.text, start)
                told = [self._told_year(span, year, published) for year in years]
                years = event.follow(years, told)
            span._.year = {"years": [year.values() for year in years]}
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    def _told_year(self, span: Span, year: ResolvedYear, published: dt.date) -> ResolvedYear:
        """A month, quarter or half placed in the publication year by default moves by the
        tense of the verb it belongs to: told in the past and later in the year than the
        publication, it is last year's ("Nommé en novembre" in February, "Au quatrième
        trimestre, les ventes ont progressé"); told in the future and over before the
        publication month, next year's ("publiera ses comptes en janvier" in December)."""
        if year.offset != 0 or year.unit != "year" or year.year is None:
            return year
        if self.placing & set(re.findall(r"\w+", year.text.lower())):
            return year
        months = self._months(year)
        tense = _tense(span, self.look_ahead, self.month_cues) if months is not None else None
        if months is None or tense is None:
            return year
        first, last = months
        if tense == "past" and first > published.month:
            shift = -1
        elif tense == "future" and last < published.month:
            shift = 1
        else:
            return year
        day = year.date
        if day is not None:
            day = day.replace(year=day.year + shift)
        return replace(year, year=year.year + shift, offset=shift, date=day)

    def _months(self, year: ResolvedYear) -> tuple[int, int] | None:
        """The first and last month of a date, quarter or half without its year; None for
        any other expression."""
        if year.kind == "date":
            if year.date is not None:
                return year.date.month, year.date.month
            words = re.findall(r"\w+", year.text.lower())
            month = next((self.months[w] for w in words if w in self.months), None)
            return None if month is None else (month, month)
        if year.kind in ("quarter", "half"):
            size = 3 if year.kind == "quarter" else 6
            words = re.findall(r"\w+", year.text.lower())
            number = next((self.ordinals[w] for w in words if w in self.ordinals), None)
            if number is None:
                digits = re.findall(r"\d", year.text)
                number = int(digits[0]) if len(digits) == 1 else None
            if number is None or not 1 <= number <= 12 // size:
                return None
            return size * (number - 1) + 1, size * number
        return None


class _EventTold:
    """Narrative shifts follow the event they count from. `resolve_year` counts "un an plus
    tôt" from a month or quarter that the publication date placed, when the paragraph wrote
    no year before it; when the tense then moves that month to last year ("Au quatrième
    trimestre, les ventes ont progressé de 5 %, contre 3 % un an plus tôt" in February), the
    shift moves with it (2023, not 2024)."""

    def __init__(self) -> None:
        self.end = 0
        self.written = False  # the paragraph wrote a year: later shifts count from it
        self.moved = 0  # how far the tense moved the last placed month, quarter or half

    def paragraph(self, text: str, start: int) -> None:
        if "\n" in text[self.end : start]:
            self.written, self.moved = False, 0
        self.end = start

    def follow(self, found: list[ResolvedYear], told: list[ResolvedYear]) -> list[ResolvedYear]:
        first = found[0]
        if first.kind == "relative" and first.offset is None and first.year is not None:
            return [replace(year, year=year.year + self.moved) for year in found]
        if any(year.offset is None and year.year is not None for year in found):
            self.written, self.moved = True, 0
        elif not self.written and first.unit == "year" and first.kind in PLACED_KINDS:
            self.moved = (told[0].year or 0) - (first.year or 0)
        return told


def _tense(span: Span, look_ahead: frozenset[str], cues: frozenset[str]) -> str | None:
    """ "past" or "future": the tense of the verb the expression is an adverbial of ("Au
    quatrième trimestre, les ventes ont progressé", "a affirmé en décembre"; through an
    infinitive: "doit publier ses comptes le 11 février" is the tense of "doit"), from the
    stock morphology; None for a noun's date ("le scrutin du 5 mai"), a present, a
    conditional, a verb with no subject, no verb, or a verb or adjective that looks ahead
    (`look_ahead` lemmas: "they expected a cut in September", "had been due on 16
    October"). A month introduced by one of `cues` that the parser hangs on a quantity
    ("atteignait 2,1 milliards d'euros fin décembre", "a livré 12 000 camions en octobre")
    is an adverbial of that quantity's verb."""
    verb = span.root.head
    if verb not in span and _quantity(verb) and verb.head.pos_ in ("VERB", "AUX"):
        first = span[0].lower_.rstrip("-")
        before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        if first in cues or before in cues:
            verb = verb.head
    if verb.pos_ == "ADP" and verb not in span:  # "In the fourth quarter, sales rose"
        verb = verb.head
    if (
        verb.pos_ == "NOUN"
        and verb not in span
        and span.root.dep_ in ("amod", "compound")
        and verb.dep_.startswith("nsubj")
    ):
        verb = verb.head  # "Fourth-quarter revenue rose 19%": the tense of its noun's verb
    while verb.i != verb.head.i and "Inf" in verb.morph.get("VerbForm"):
        if any(_finite_auxiliary(c) for c in verb.children):
            return None  # an English modal: "the airline would trim capacity in the fourth quarter"
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb in span or "Inf" in verb.morph.get("VerbForm"):
        return None
    complements = [c for c in verb.children if c.dep_ in ("acomp", "xcomp", "oprd")]
    if any(w.lemma_.lower() in look_ahead for w in (verb, *complements)):
        return None
    # a verb with its subject: not an imperative read as a past ("set OOO from 20th dec"),
    # nor a participle alone, which may look ahead ("les élections prévues le 17 juillet")
    if not any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    tenses = {t for a in (verb, *auxiliaries) for t in a.morph.get("Tense")}
    moods = {m for a in (verb, *auxiliaries) for m in a.morph.get("Mood")}
    if "Cnd" in moods:
        return None
    if "Fut" in tenses:
        return "future"
    if tenses & {"Past", "Imp"}:
        return "past"
    return None


def _in_person_name(span: Span) -> bool:
    """Whether the span is part of a longer person's name the stock model reads: a holiday's
    name that is a surname or a first name ("Bernard Toussaint", "Noël Mamère")."""
    doc = span.doc
    if any(t.ent_type_ not in PERSON_LABELS for t in span):
        return False
    before = span.start > 0 and doc[span.start].ent_iob_ == "I"
    after = span.end < len(doc) and doc[span.end].ent_iob_ == "I"
    if not (before or after):
        return False
    # a number in the "name" makes it a dated holiday the model misread: "Rabindra Jayanti 2018"
    name = next(e for e in doc.ents if e.start <= span.start < e.end)
    return not any(t.like_num for t in name)


def _quantity(token: Token) -> bool:
    """A number, or a noun counted by a number ("40 %", "2,1 milliards", "12 000 camions")."""
    if token.like_num:
        return True
    return token.pos_ in ("NOUN", "PROPN") and any(
        c.like_num and c.dep_ in ("nummod", "det") for c in token.children
    )


def _finite_auxiliary(token: Token) -> bool:
    """A finite auxiliary of an infinitive, a modal ("would", "will", "could"), not "to"."""
    return token.dep_.startswith("aux") and "Fin" in token.morph.get("VerbForm")


def _counts(span: Span, years: list[ResolvedYear]) -> bool:
    """A bare number before a plural noun counts it: "quelques 2000 sièges" (French puts a
    year after its noun, "les élections 2024"; English before, "the 2024 elections")."""
    if len(years) != 1 or not span.text.isdigit() or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return after.pos_ == "NOUN" and "Plur" in after.morph.get("Number")
