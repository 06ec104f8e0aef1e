"""Years and dates: the temporal expressions of a text that name or imply a calendar year,
resolved against the publication date.

    >>> resolve_year("l'année dernière", published=dt.date(2025, 1, 25), lang="fr")[0].year
    2024

Pure Python without spaCy: one linear-time regular expression a form, built from the language
data in `newsfacts.lang.<code>.dates`, then date arithmetic. Overlapping candidates are settled
longest first. A relative expression without a publication date keeps `year=None` with its
`unit` and `offset`: today's clock is never read. A four-digit number is a year only where its
context allows it (not "2000 emplois", "page 2015", "CAC 2000", "2 2025 000").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from itertools import combinations
from types import ModuleType

from .. import lang as language_data

BARE_YEARS = range(1900, 2100)  # a four-digit number with no cue is a year only in this span
CUED_YEARS = range(1000, 3000)  # after "en", "d'ici", "l'exercice"...: any plausible year
WINDOW = 32  # characters searched on each side of a trigger (cues like "d'ici la fin de" fit)
MAX_GAP = 20  # characters between two parts of one expression ("de la", "jusqu'au")
_SPACE = "[ \u00a0\u202f]"  # ordinary, no-break and narrow no-break spaces
_WORD_END = re.compile(r"\s|$")


@dataclass(frozen=True, slots=True)
class ResolvedYear:
    """One calendar year named by a temporal expression (a range gives one per year).

    `offset` and `unit` are set when the year comes from the publication date: "l'an dernier"
    is offset -1, unit "year"; "hier" is offset -1, unit "day".
    """

    text: str
    start: int
    end: int
    year: int | None
    kind: str  # calendar, fiscal, quarter, half, date, relative, range
    date: dt.date | None = None
    offset: int | None = None
    unit: str | None = None

    def values(self) -> dict:
        """The plain values kept on a span (JSON-ready: the date as an ISO string)."""
        return {
            "year": self.year,
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "offset": self.offset,
            "unit": self.unit,
        }


def resolve_year(
    text: str, *, published: dt.date | None = None, lang: str = "fr", present: bool = False
) -> list[ResolvedYear]:
    """Every year named by the temporal expressions in `text`, in reading order.

    published: the publication date, anchor of relative expressions (None: they keep
    year=None). lang: a language with a `dates` data module. present: also report words of
    the present ("aujourd'hui", "ce mois-ci", "this week"). Never raises on any text.
    """
    if not isinstance(text, str) or not text:
        return []
    grammar = _grammar(lang)
    context = _Context(text, published, grammar.data, present=present)
    found: list[tuple[int, int, int, list[ResolvedYear]]] = []
    for start, end in _windows(text, grammar.trigger):
        for order, match, handler in _matches(grammar.rules, text, start, end):
            years = _safely(handler, match, context)
            if years:
                found.append((match.start(), match.end(), order, years))
    settled = _shift_dates(_settle(_dated_shifts(found, context)), context)
    joined = _join(_weekdays_around(settled, context), context, grammar.joins)
    # A present word counts only as the end of a range ("between Jan 2019 and now").
    joined = [group for group in joined if group and not isinstance(group[0], _Present)]
    groups = _lend_years(joined, context)
    return [_plain(year) for group in _retell(groups, context) for year in group]


def _plain(part: ResolvedYear) -> ResolvedYear:
    """A record without the private marks the steps use (`_Fixed`, `_Present`)."""
    return part if type(part) is ResolvedYear else ResolvedYear(*_fields(part))


def _matches(
    rules: tuple, text: str, start: int, end: int
) -> Iterator[tuple[int, re.Match, Callable]]:
    """Each rule's matches in one window, with the rule's order and handler. A rule runs only
    where the window holds what all its matches hold (a digit, a month name...), searched once
    a window for all the rules that need it."""
    held: dict[re.Pattern, bool] = {}
    for order, (pattern, handler, needs) in enumerate(rules):
        for need in needs:
            if need not in held:
                held[need] = need.search(text, start, end) is not None
            if not held[need]:
                break
        else:  # every need held
            for match in pattern.finditer(text, start, end):
                yield order, match, handler


def _windows(text: str, trigger: re.Pattern) -> list[tuple[int, int]]:
    """The stretches of `text` around digits and date words: every expression has one, and
    news text has few, so the patterns run on a small part of an article."""
    spans: list[tuple[int, int]] = []
    for hit in trigger.finditer(text):
        start = max(0, hit.start() - WINDOW)
        end = _WORD_END.search(text, min(len(text), hit.end() + WINDOW)).start()
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _safely(handler: Callable, match: re.Match, context: _Context) -> list[ResolvedYear] | None:
    # Impossible dates ("30 février"), out-of-range arithmetic and case variants the tables
    # do not spell ("ſemaine" matches "semaine" when case is ignored) are no resolution.
    try:
        return handler(match, context)
    except (ValueError, OverflowError, KeyError):
        return None


def _settle(
    found: list[tuple[int, int, int, list[ResolvedYear]]],
) -> list[list[ResolvedYear]]:
    """Keep the longest of overlapping candidates (the earlier rule on a tie), in text order;
    present words only where nothing else was found."""
    taken: list[tuple[int, int, list[ResolvedYear]]] = []
    order = sorted(found, key=lambda f: (isinstance(f[3][0], _Present), f[0] - f[1], f[2], f[0]))
    for start, end, _, years in order:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, years))
    return [years for _, _, years in sorted(taken, key=lambda t: t[0])]


def _join(
    groups: list[list[ResolvedYear]], context: _Context, joins: frozenset[str]
) -> list[list[ResolvedYear]]:
    """Read neighbours with only joining words between them as one expression: "lundi de
    la semaine prochaine", "du 10 juin au 1er juillet 2025", "thanksgiving of next year"."""
    out: list[list[ResolvedYear]] = []
    for group in groups:
        if out and group[0].start - out[-1][-1].end <= MAX_GAP:
            gap = [_key(w) for w in context.text[out[-1][-1].end : group[0].start].split()]
            # Two written dates are one expression only across a range word ("au", "to").
            both_written = _certainty(out[-1][0]) == _certainty(group[0]) == 2
            lead = _key(group[0].text.split()[0])  # "au 19 décembre" carries its range word
            ranged = any(w in context.data.RANGE_LINKS for w in [*gap, lead])
            joined = ranged or not both_written
            # After "entre" or "between" a range word joins: "entre le 10 juin et le 1er juillet".
            opened = _key(context.word_before(out[-1][0].start)) in context.data.PAIR_OPENERS
            linked = joins.union(context.data.RANGE_LINKS) if opened else joins
            if len(gap) <= 2 and all(w in linked for w in gap) and joined:
                merged = _merged(out[-1] + group, context.text, ranged=ranged or opened)
                if merged:
                    out[-1] = merged
                else:
                    out.pop()  # present words only
                continue
        out.append(group)
    return out


def _lend_years(groups: list[list[ResolvedYear]], context: _Context) -> list[list[ResolvedYear]]:
    """In a list of dates, the year written on the last one is the others' year: "les 15
    février et 8 mars 2005", "March 3 and April 5, 2024". Each date stays its own mention."""
    links = _phrases(rf"\s*(?:,|{B}", tuple(context.data.LIST_LINKS), rf"{E})?\s*")
    for index in range(len(groups) - 2, -1, -1):
        left, right = groups[index], groups[index + 1]
        if not (len(left) == len(right) == 1 and left[0].kind == right[0].kind == "date"):
            continue
        if _certainty(left[0]) != 0 or _certainty(right[0]) != 2:
            continue
        if not links.fullmatch(context.text[left[0].end : right[0].start]):
            continue
        year = right[0].year
        old = left[0].date
        day = _date(year, old.month, old.day) if old else None
        groups[index] = [
            ResolvedYear(left[0].text, left[0].start, left[0].end, year, "date", date=day)
        ]
    return groups


@dataclass(frozen=True, slots=True)
class _Present(ResolvedYear):
    """A present word ("now", "today") left out unless it ends a range after a written date
    ("between Jan 2019 and now": the publication date ends it; it cannot mean "nowadays")."""


@dataclass(frozen=True, slots=True)
class _Fixed(ResolvedYear):
    """A date whose words fix its year against the publication date ("next 6th of April",
    "this May", "next Friday"): as the end of a range it keeps its year."""


def _certainty(part: ResolvedYear) -> int:
    if isinstance(part, _Fixed):
        return 1
    if part.offset is None and part.year is not None:
        return 2  # written
    return 1 if part.kind == "relative" else 0  # a shift, or a date placed by the anchor


def _merged(parts: list[ResolvedYear], text: str, *, ranged: bool = False) -> list[ResolvedYear]:
    """One expression from its parts, each year named once. A written year wins over a
    relative one ("sunday of March 2014"), and a relative one over a date that only took the
    publication year ("thanksgiving of next year"). The ends of a range keep their own years
    ("between Jan 2019 and yesterday"); only a date placed by the anchor takes the other's."""
    start, end = parts[0].start, parts[-1].end
    # A present word counts only as the end of a range from a written date ("between Jan
    # 2019 and now"); elsewhere it is left out, and its neighbours stay ("lundi cette semaine").
    if not (ranged and any(_certainty(p) == 2 for p in parts)):
        parts = [p for p in parts if not isinstance(p, _Present)]
    if not parts:
        return []
    best = max(_certainty(p) for p in parts)
    least = min(best, 1) if ranged else best
    parts = [p for p in parts if _certainty(p) >= least]
    kept: dict[object, ResolvedYear] = {}
    for part in parts:
        kept.setdefault(part.year if part.year is not None else (part.offset, part.unit), part)
    kind = "range" if len(kept) > 1 else next(iter(kept.values())).kind
    single = len(parts) == 1
    return [
        ResolvedYear(
            text[start:end],
            start,
            end,
            p.year,
            kind,
            date=p.date if single else None,
            offset=p.offset,
            unit=p.unit,
        )
        for p in kept.values()
    ]


@dataclass(frozen=True, slots=True)
class _Told(ResolvedYear):
    """A shift from the event told ("le lendemain", "three weeks later"), read against the
    publication date until `_retell` finds a written year or date before it."""


# Units a narrative shift is read in against the publication date: within a quarter of the
# event told, and news tell recent events. A year later needs a year written before it.
_TOLD_NEAR = ("day", "week", "month", "quarter")


def _retell(groups: list[list[ResolvedYear]], context: _Context) -> list[list[ResolvedYear]]:
    """Narrative shifts count from the last year or date written before them in the same
    paragraph ("le 3 mars 2020 [...] le lendemain" is 2020), else from the publication date.
    Without a publication date, a day or month without a year takes the last year written
    before it, in any paragraph ("Le 8 juillet 1998, … le 15 juillet" is 1998): a narrative
    with no date of its own, where it would have none; not a noun's date ("l'insurrection du
    29 mars", `NOUN_DATE_WORDS`), which may be an anniversary of any year."""
    out: list[list[ResolvedYear]] = []
    anchor: ResolvedYear | None = None
    last_written: ResolvedYear | None = None
    for group in groups:
        if anchor and "\n" in context.text[anchor.end : group[0].start]:
            anchor = None
        told = group[0]
        if (
            last_written is not None
            and context.published is None
            and _yearless_date(group)
            and not _noun_date(told, context)
        ):
            group = [ResolvedYear(told.text, told.start, told.end, last_written.year, "date")]
        if not isinstance(told, _Told):
            written = [part for part in group if _certainty(part) == 2]
            last_written = written[-1] if written else last_written
            anchor = written[-1] if written else _placed_day(group, anchor) or anchor
            out.append(group)
        elif anchor is not None:
            year = _retold_year(told, anchor)
            if year is not None:
                out.append([ResolvedYear(told.text, told.start, told.end, year, "relative")])
        elif told.unit in _TOLD_NEAR or _compares_figure(told, context):
            plain = (told.text, told.start, told.end, told.year, "relative")
            out.append([ResolvedYear(*plain, offset=told.offset, unit=told.unit)])
    return out


def _noun_date(told: ResolvedYear, context: _Context) -> bool:
    """Whether a date complements a noun ("l'insurrection du 29 mars", "the uprising of 29
    March"): its first word or the word before it is one of `NOUN_DATE_WORDS`, and it is one
    day ("du 3 au 5 août" is a stay)."""
    words = context.data.NOUN_DATE_WORDS
    first = context.word_after(told.start).lower()
    before = context.word_before(told.start).lower()
    if first in words:
        return not any(link in told.text.split() for link in context.data.RANGE_LINKS)
    return before in words


def _yearless_date(group: list[ResolvedYear]) -> bool:
    """A day or month written without a year."""
    return len(group) == 1 and group[0].kind == "date" and group[0].year is None


def _compares_figure(told: ResolvedYear, context: _Context) -> bool:
    """ "Net income fell to $66 million from $1.18 billion a year earlier", "prices rose
    3.8% from a year earlier": a year back that a figure of its sentence is compared with is
    the year before the publication, the figure's being the latest."""
    if told.unit != "year" or told.offset != -1:
        return False
    head = context.text[max(0, told.start - 200) : told.start]
    sentence = re.split(r"[.!?]\s|\n", head)[-1]
    return any(c.isdigit() for c in sentence)


def _placed_day(group: list[ResolvedYear], anchor: ResolvedYear | None) -> ResolvedYear | None:
    """A day, month, quarter or half that the publication date placed ("For the three months
    ended Nov. 2, …, a year earlier", "en avril, contre 8 milliards un an plus tôt"): the
    event told, from which a later shift counts, unless the paragraph wrote a year or a date
    before it."""
    if anchor is not None and _certainty(anchor) == 2:
        return None
    days = [
        part
        for part in group
        if part.unit == "year" and part.kind in PLACED_KINDS and part.year is not None
    ]
    return days[-1] if days else None


# What the publication date places in its year and a narrative shift may count from.
PLACED_KINDS = ("date", "quarter", "half")


def _retold_year(told: _Told, anchor: ResolvedYear) -> int | None:
    """The year of a narrative shift from a written date or year (None: out of the calendar)."""
    try:
        if anchor.date:
            return _moved(anchor.date, told.unit, told.offset).year
    except (ValueError, OverflowError):
        return None
    return anchor.year + (told.offset if told.unit == "year" else 0)


class _Context:
    """What the handlers need besides their match: the text, the anchor, the language data."""

    def __init__(
        self, text: str, published: dt.date | None, data: ModuleType, *, present: bool = False
    ):
        self.text = text
        self.published = published if isinstance(published, dt.date) else None
        self.data = data
        self.present = present

    def word_before(self, start: int) -> str:
        head = self.text[max(0, start - 30) : start]
        words = re.findall(r"[^\s]+", head)
        return words[-1] if words and head[-1:].isspace() else ""

    def word_after(self, end: int) -> str:
        match = _NEXT_WORD.match(self.text, end)
        return match.group(1) if match else ""


_NEXT_WORD = re.compile(r"\s*([^\s.,;:!?()«»\"]+)")


# ---- the grammar: one pattern and one handler a form --------------------------------------


@dataclass(frozen=True)
class _Grammar:
    data: ModuleType
    # pattern, handler, what every match holds
    rules: tuple[tuple[re.Pattern, Callable, tuple[re.Pattern, ...]], ...]
    joins: frozenset[str]
    trigger: re.Pattern


@cache
def _grammar(lang: str) -> _Grammar:
    data = language_data.module(lang, "dates")
    w = _Words(data)
    rules = [
        (w.numeric_date, _numeric_date, ("sep",)),
        (w.iso_date, _iso_date, ("sep",)),
        (w.numeric_month, _numeric_month, ("sep",)),
        (w.numeric_day_month, _numeric_day_month, ("sep",)),
        (w.day_month, _day_month, ("day",)),
        (w.day_range, _day_month, ("day",)),
        (w.spaced_date, _spaced_date, ("spaced",)),
        (w.decade, _decade, ("decade",)),
        (w.century, _century, ("century",)),
        (w.week_number, _week_number, ("digit", "week")),
        (w.era_year, _era_year, ("digit", "era")),
        (w.month_day, _day_month, ("month",)),
        (w.month_range, _month_range, ("month",)),
        (w.month_cardinal_day, _month_cardinal_day, ("month",)),
        (w.day_of_month, _day_of_month, ("digit",)),
        (w.month_year, _month_year, ("month",)),
        (w.year_month_day, _year_month_day, ("year",)),
        (w.compact_date, _compact_date, ("year",)),
        (w.month_alone, _month_alone, ("month",)),
        (w.weekday, _weekday, ("weekday",)),
        (w.day_alone, partial(_day_alone, ends=w.day_end, follower=w.day_follower), ("digit",)),
        (w.holiday, _holiday, ()),
        (w.fiscal, _fiscal, ("digit", "fiscal")),
        (w.period_letter, _period, ("letter",)),
        (w.year_period_letter, _period, ("digit",)),
        (w.period_first, _period, ("digit",)),
        (w.period_word, _period, ("period",)),
        (w.year_range, _year_range, ("year",)),
        (w.relative, partial(_relative, after=w.clock_after, before=w.clock_before), ()),
        (w.told, _told, ()),
        (w.shift_after, partial(_shift, sign=1), ("shift_after", "count")),
        (w.shift_before, partial(_shift, sign=-1), ("shift_before", "count")),
        (w.told_later, partial(_told_counted, sign=1), ("told_later", "count")),
        (w.told_earlier, partial(_told_counted, sign=-1), ("told_earlier", "count")),
        (w.ago, partial(_shifted, sign=-1), ("ago", "count")),
        (w.ahead, partial(_shifted, sign=1), ("ahead", "count")),
        (w.last_n, partial(_stretch, sign=-1), ("last_n", "count")),
        (w.next_n, partial(_stretch, sign=1), ("next_n", "count")),
        (w.cued_year, _cued_year, ("cued",)),
        (w.bare_year, _bare_year, ("year",)),
    ]
    joins = frozenset(_key(j) for j in (*data.JOINS, *data.ARTICLE, *data.DATE_LINKS))
    needs = {name: need and _compiled(need) for name, need in w.needs.items()}
    compiled = tuple(
        (re.compile(p), h, tuple(needs[n] for n in names if needs[n])) for p, h, names in rules
    )
    return _Grammar(data, compiled, joins, re.compile(_trigger(data, joins)))


@cache
def _compiled(pattern: str) -> re.Pattern:
    # One object for one pattern, so that a window searches a shared need once.
    return re.compile(pattern)


def _trigger(data: ModuleType, joins: frozenset[str]) -> str:
    """Digits, or a word of the language's date tables (every expression holds one)."""
    tables = (
        data.MONTHS, data.MONTH_ABBREVIATIONS, data.WEEKDAYS, data.UNITS, data.QUARTER_WORDS,
        data.HALF_WORDS, data.FISCAL, data.HOLIDAYS, data.DAY_WORDS, data.CENTURY_WORDS,
        data.WEEK_WORDS, data.CALENDAR_MARKS, data.RELATIVE_MARKS,
    )  # fmt: skip
    # One word a phrase, its longest, is enough: the window around it holds the phrase.
    # Every word would make "les" and "des" triggers ("les ides de mars", "fête des mères")
    # and put windows over most of a French text.
    words = set()
    for table in tables:
        for phrase in table:
            parts = [w for w in re.split(r"[\s'’-]+", _key(phrase)) if len(w) > 1]
            parts = [w for w in parts if w not in joins] or parts
            if parts:
                words.add(max(parts, key=len))
    # Relative words are kept whole, joining words too ("ce soir", "cet après-midi").
    words |= {_key(word) for word in data.DEICTIC}
    # The words a year in words starts or turns on ("nineteen", "two thousand").
    if data.WORD_NUMBERS:
        teens = {word for word, n in data.WORD_NUMBERS.items() if 11 <= n <= 20}
        words |= teens | set(data.WORD_SCALES)
    return rf"\d+|{B}{_one_of(words)}{E}"


def _loose(phrase: str) -> str:
    """A phrase as a regex: spaces match any run of spaces, both apostrophes match."""
    words = [re.escape(word).replace("'", "['’]") for word in phrase.split()]
    return r"\s+".join(words)


def _one_of(phrases: Iterable[str]) -> str:
    """Any of `phrases`, in any case, the longest first; a pattern that never matches if none.

    Phrases that start with the same letter share a branch ("m(?:ars|ai)"): the engine tries
    one branch a letter instead of every phrase, and meets the phrases that can match at a
    position in the same order."""
    # Ties in length are broken by the text itself: set order changes with the hash seed,
    # and the first phrase that matches at a position must be the same in every process.
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    patterns = [_loose(p) for p in ordered]
    alternatives = "|".join(
        head if tails is None else f"{head}(?:{'|'.join(tails)})"
        for head, tails in _branches(patterns)
    )
    return f"(?i:{alternatives})" if alternatives else "(?!)"


def _branches(patterns: list[str]) -> list[tuple[str, list[str] | None]]:
    """(head, tails) in order: a letter and the rest of the patterns that start with it, or a
    whole pattern (tails None) that starts with something else, in its place. All whole when
    two branches could start at one character, which would change the order phrases are met in:
    a phrase of spaces (matches anywhere), letters one case-insensitive character apart ("s"
    and "ſ", "i" and "İ")."""
    whole: list[tuple[str, list[str] | None]] = [(pattern, None) for pattern in patterns]
    if "" in patterns:
        return whole
    branches: list[tuple[str, list[str] | None]] = []
    by_letter: dict[str, list[str]] = {}
    for pattern in patterns:
        letter = pattern[:1].lower()
        if not pattern[:1].isalpha():
            branches.append((pattern, None))  # not a letter first: whole, in its place
        elif len(letter) != 1:
            return whole
        elif letter in by_letter:
            by_letter[letter].append(pattern[1:])
        else:
            by_letter[letter] = [pattern[1:]]
            branches.append((letter, by_letter[letter]))
    if any(_one_letter(a, b) for a, b in combinations(by_letter, 2) if not (a + b).isascii()):
        return whole
    return branches


def _one_letter(a: str, b: str) -> bool:
    """Whether two letters match one another when case is ignored ("s" and "ſ")."""
    return bool(re.fullmatch(f"(?i:{re.escape(a)})", b) or re.fullmatch(f"(?i:{re.escape(b)})", a))


B, E = r"(?<![\w])", r"(?![\w])"  # word boundaries that also hold next to apostrophes
SEP = r"(?:(?<=[-'’])|\s+)"  # after a cue: nothing when it ends in - or ', else spaces


def _year(name: str = "year") -> str:
    """A four-digit year that is not part of a longer number or a decimal."""
    return rf"(?<![\d.,])(?P<{name}>[12]\d{{3}})(?!\d|[.,]\d)"


YEAR = _year()


class _Words:
    """The patterns of one language, built from its data module."""

    def __init__(self, d: ModuleType):
        months = _one_of(d.MONTHS)
        # A full name, or an abbreviation with its dot ("sept.", "Dec."): a dot after a full
        # name ends the sentence and stays out.
        any_month = f"(?:{_one_of(d.MONTHS)}|{_one_of(d.MONTH_ABBREVIATIONS)}\\.?)"
        weekday = _one_of(d.WEEKDAYS)
        any_weekday = f"(?:{weekday}|{_one_of(d.WEEKDAY_ABBREVIATIONS)}\\.?)"
        suffix = f"(?:{_one_of(d.DAY_SUFFIXES)})?"
        day = rf"(?P<day>\d{{1,2}}|{_one_of(d.DAY_WORDS)}){suffix}"
        link = rf"(?:\s+{_one_of(d.DATE_LINKS)})*"
        to_month = rf"(?:[-/]|{link}\s+|\s*)"  # "31-Oct", "4 juillet", "4th of July"
        article = rf"(?:{_one_of(d.ARTICLE)}\s+)?"
        # A year in words ("nineteen ninety six", "two thousand and five"), not before a word
        # ("two thousand people"); the parts are checked when read.
        spelled = _one_of([*d.WORD_NUMBERS, *d.WORD_SCALES])
        links = _one_of(d.WORD_LINKS)
        wyear = (
            rf"(?P<wyear>(?:{spelled})(?:[\s-]+(?:{links}\s+)?(?:{spelled})){{1,4}}"
            rf"{E}(?!\s+(?!{links}{E})[^\W\d_]))"
            if d.WORD_NUMBERS
            else "(?!)"
        )
        # A month then a two-digit year: "April of 87", "juillet '98"; also "juillet 98" where
        # a day never follows its month (else "April 27" is a day).
        bare_yy = "" if d.MONTH_BEFORE_DAY else r"|\s+"
        year_tail = (
            rf"(?:(?:\s*,?\s*{link}\s+|-|/)(?:(?P<year>[12]\d{{3}})|(?P<yy>'?\d{{2}})(?!\s*[\w%€$:])"
            rf"|{wyear})(?![\w]|[.,]\d))?"
        )
        # A clock time ("9pm", "8.30 p.m.", "15h", "15 h 30", "7:30"), then up to two words.
        clock = (
            rf"\d{{1,2}}(?::\d{{2}}|(?:[:.]\d{{2}})?\s*{_one_of(d.CLOCK_MARKS)}(?![^\W\d])"
            rf"(?:\s*\d{{2}}(?!\d))?)"
        )
        self.clock_after = re.compile(rf"(?:\s+[^\W\d]+){{0,2}}\s+{clock}")
        self.clock_before = re.compile(rf"{clock}(?:\s+[^\W\d]+){{0,2}}\s+$")
        past, nxt = _one_of(d.AFTER_PAST), _one_of(d.AFTER_NEXT)
        before = _one_of([*d.BEFORE_PAST, *d.BEFORE_NEXT])
        cue = _one_of(d.YEAR_CUES)
        ordinal = _one_of(d.ORDINALS)
        period_words = _one_of([*d.QUARTER_WORDS, *d.HALF_WORDS])
        letters = "".join(sorted({*d.QUARTER_LETTERS, *d.HALF_LETTERS}))
        number = rf"\d{{1,3}}|{_one_of(d.NUMBERS)}"
        unit = _one_of(d.UNITS)

        self.numeric_date = (
            r"(?<![\w/.,])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
            r"(?P<year>\d{4}|\d{2})(?![\w/]|\.\d|-\d(?!\d?[/.]\d))"  # "5/1/2019-5/7/2020"
        )
        self.iso_date = (
            rf"(?<![\w/.,-]){YEAR}(?P<sep>[-/.])(?P<month>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})"
            rf"(?![\w/]|[.-]\d)"
        )
        self.numeric_month = (
            rf"(?<![\w/.,-])(?:(?P<month>\d{{1,2}})[/-]{YEAR}|{_year('year2')}[-/](?P<month2>\d{{1,2}}))"
            rf"(?![\w/]|[.-]\d)"
        )
        # "on 5/12", "from 10/1 to 11/7", "this 5/12", "next 5/12": a day and month after a
        # date word; alone only in two-digit parts ("24/7", "1/3" are no dates).
        deictic = _one_of([*d.BEFORE_PAST, *d.BEFORE_NEXT, *d.BEFORE_THIS])
        range_words = _one_of([w for w in d.RANGE_LINKS if w[:1].isalpha()])
        self.numeric_day_month = (
            rf"{B}(?:(?P<article>{_one_of(d.NUMERIC_DAY_CUES)})\s+)?(?:(?P<before>{deictic})\s+)?"
            rf"(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?:\s*[-–]\s*|\s+{range_words}\s+)"
            rf"(?:(?P<before2>{deictic})\s+)?(?P<c>\d{{1,2}})/(?P<d>\d{{1,2}})(?![\w/]|[.,]\d)"
            rf"(?:\s*,?\s*{YEAR}(?![\w]|[.,]\d))?"
            rf"|{B}(?:(?P<article2>{_one_of(d.NUMERIC_DAY_CUES)})\s+)?"
            rf"(?:(?P<before3>{deictic})\s+)?(?P<a2>\d{{1,2}})/(?P<b2>\d{{1,2}})(?![\w/]|[.,]\d)"
        )
        # "next 6th of April", "le 6 avril prochain": the next one; "Fri, 18 July": the year
        # where it is a Friday.
        self.day_month = (
            rf"{B}(?:(?P<before>{before})\s+)?{article}(?:(?P<weekday>{any_weekday}),?\s+)?"
            rf"{article}{day}{to_month}(?P<month>{any_month}){year_tail}{E}"
            rf"(?:\s+(?P<past>{past}){E}|\s+(?P<next>{nxt}){E})?"
        )
        self.day_range = (
            rf"{B}{article}(?:{any_weekday},?\s+)?(?P<first>\d{{1,2}}|{_one_of(d.DAY_WORDS)})"
            rf"{suffix}(?:\s*[-–]\s*|\s+{_one_of(d.RANGE_LINKS)}\s+){article}"
            rf"(?:{any_weekday},?\s+)?{day}{to_month}(?P<month>{any_month})"
            rf"{year_tail}{E}"
        )
        self.spaced_date = (
            rf"(?<!\d\s)(?<![\w.,/])(?:(?P<article>{_one_of(d.ARTICLE)}) )?(?P<a>\d{{1,2}}) "
            rf"(?P<b>\d{{2}})(?: (?P<year>\d{{4}}|\d{{2}}))?(?![\w.,/%]|\s+\d)"
        )
        # "the 1990s", "the 1990 s", "the '90s" (not "in his 90s": an age).
        self.decade = (
            rf"{B}{_one_of(d.DECADE_WORDS)}\s+(?P<decade>[12]\d{{2}}0)(?!\d|[.,]\d)"
            rf"|{B}(?:(?P<cue>{cue}){SEP})?(?<![\w.,])(?P<plural>[12]\d{{2}}0) ?['’]?s{E}"
            rf"|(?<![\w.,])['’](?P<short>\d0)['’]?s{E}"
        )
        # "the 21st century", "le XXIe siècle"; not "21st-century" (an adjective: modern).
        self.century = (
            rf"{B}(?:(?P<n>\d{{1,2}})|(?P<roman>[IVX]{{1,6}})){_one_of(d.DAY_SUFFIXES)}"
            rf"\s+(?P<word>{_one_of(d.CENTURY_WORDS)}){E}"
            rf"|{B}(?P<ordinal>{_one_of(d.DAY_WORDS)})\s+(?P<word2>{_one_of(d.CENTURY_WORDS)}){E}"
        )
        # "week 31", "la semaine 12", "week 31 of 2019": a week of the year by its number.
        self.week_number = (
            rf"{B}(?P<word>{_one_of(d.WEEK_WORDS)})\s*(?P<n>\d{{1,2}}){E}(?![.,:/]\d)"
            rf"(?:\s*,?\s*(?:{_one_of(d.DATE_LINKS)}\s+)?{YEAR}(?![\w]|[.,]\d))?"
        )
        # "in 2014 BC", "14 A.D.", "AD 14": a year with its era mark (read in the case written).
        eras = "|".join(_loose(mark) for mark in sorted(d.ERAS, key=len, reverse=True))
        eras_before = "|".join(_loose(mark) for mark in d.ERAS_BEFORE) or "(?!)"
        self.era_year = (
            rf"{B}(?:(?P<cue>{cue}){SEP})?(?<![\d.,])(?P<n>\d{{1,4}})\s*(?P<era>{eras})(?!\w)"
            rf"|{B}(?P<era2>{eras_before})\s*(?P<n2>\d{{1,4}})(?![\w]|[.,]\d)"
        )
        # Two months across the year end: "Nov-Feb 2017", "May to March", "de novembre à
        # février 2017", with or without their days.
        range_sep = (
            rf"(?:\s*[-–]\s*|\s+{_one_of([w for w in d.RANGE_LINKS if w[:1].isalpha()])}\s+)"
        )
        if d.MONTH_BEFORE_DAY:
            end1 = rf"(?P<m1>{any_month})(?:\s+(?P<d1>\d{{1,2}}){suffix})?"
            end2 = rf"(?P<m2>{any_month})(?:[\s-]+(?P<d2>\d{{1,2}}){suffix}{E})?"
        else:
            end1 = rf"(?:(?P<d1>\d{{1,2}}){suffix}\s+)?(?P<m1>{any_month})"
            end2 = rf"{article}(?:(?P<d2>\d{{1,2}}){suffix}\s+)?(?P<m2>{any_month})"
        self.month_range = (
            rf"{B}{end1}{range_sep}{end2}(?:\s*,?\s*(?P<year>[12]\d{{3}})(?![\w]|[.,]\d))?{E}"
        )
        # "20th of next month", "the 20 of this month": a day of a month named by its shift.
        month_phrases = [p for p, (u, _) in {**d.RELATIVE, **d.PRESENT}.items() if u == "month"]
        self.day_of_month = (
            rf"{B}{article}(?P<day>\d{{1,2}}){suffix}\s+{_one_of(d.DATE_LINKS)}\s+"
            rf"(?P<phrase>{_one_of(month_phrases)}){E}"
        )
        self.month_day = (
            rf"{B}(?:(?P<before>{before})\s+)?(?:(?P<weekday>{any_weekday}),?\s+)?"
            rf"(?P<month>{any_month})[\s-]+(?:the\s+)?{day}(?:\s*[-–]\s*\d{{1,2}}{suffix})?{E}"
            rf"(?:\s*,?\s*{link}\s+(?:(?P<year>[12]\d{{3}})|{wyear})(?![\w]|[.,]\d)"
            rf"|,\s*(?P<weekday2>{any_weekday}){E})?"
            if d.MONTH_BEFORE_DAY
            else "(?!)"
        )
        # "January twenty five nineteen eighty six": a day in plain numbers, only before a year
        # in words ("in January twenty people" has none).
        tens = [w for w, n in d.WORD_NUMBERS.items() if n in (20, 30)]
        ones = [w for w, n in d.WORD_NUMBERS.items() if 1 <= n <= 9]
        cardinal_days = [w for w, n in d.WORD_NUMBERS.items() if 1 <= n <= 31]
        cardinal_days += [
            f"{t} {o}" for t in tens for o in ones if d.WORD_NUMBERS[t] + d.WORD_NUMBERS[o] <= 31
        ]
        self.month_cardinal_day = (
            rf"{B}(?P<month>{any_month})\s+(?P<wday>{_one_of(cardinal_days)})\s+{wyear}"
            if d.MONTH_BEFORE_DAY and d.WORD_NUMBERS
            else "(?!)"
        )
        self.day_alone = (
            rf"{B}(?:(?P<cue>{_one_of(d.DAY_ALONE_CUES)})\s+|{any_weekday},?\s+(?:the\s+)?)"
            rf"(?P<day>\d{{1,2}})(?P<suffix>{_one_of(d.DAY_SUFFIXES)})?{E}(?![:.,]\d)"
        )
        # After a day alone: the clause ends, or a follower and a time or another day come.
        ends = r"\s*(?:[.;!?)]|$)"  # not a comma: "au 10, Downing Street" is an address
        self.day_end = re.compile(
            rf"{ends}|\s+{clock}|\s+{_one_of(d.DAY_ALONE_FOLLOWERS)}\s+(?:{_one_of(d.ARTICLE)}\s+)?"
            rf"(?:{clock}|\d{{1,2}}{suffix}{ends})"
        )
        self.day_follower = re.compile(rf",|\s+{_one_of(d.DAY_ALONE_FOLLOWERS)}{E}")
        self.month_year = (
            rf"{B}(?:(?P<cue>{_one_of(d.MONTH_CUES)}){SEP})?(?P<month>{any_month})"
            rf"(?:(?:\s*[,/-]\s*|{link}\s+)(?:{YEAR}|{wyear})|(?:\s+{_one_of(d.DATE_LINKS)}\s+|\s*['’]{bare_yy})"
            rf"(?P<yy>\d{{2}})(?!\s*[\w%€$:]|[.,]\d))"
        )
        # "2020/Sep/23", "2020/23/Sep": a year, then a month name and a day in either order.
        self.year_month_day = (
            rf"(?<![\w/.,-]){YEAR}/(?:(?P<month>{any_month})/(?P<day>\d{{1,2}})"
            rf"|(?P<day2>\d{{1,2}})/(?P<month2>{any_month}))(?![\w/])"
        )
        # "20170302": eight digits that spell a date, alone or in a file name.
        self.compact_date = (
            r"(?<![\w.,])(?P<year>(?:19|20)\d\d)(?P<month>0[1-9]|1[0-2])"
            r"(?P<day>0[1-9]|[12]\d|3[01])(?![\d,]|\.\d)"
        )
        # Where a day may follow its month, "from January 15" is a day, not a month alone.
        no_day = r"(?![\s-]+\d{1,2}(?!\d|[.,]\d))" if d.MONTH_BEFORE_DAY else ""
        self.month_alone = (
            rf"{B}(?:(?P<cue>{_one_of(d.MONTH_CUES)}){SEP}|(?P<before>{before})\s+)?"
            rf"(?P<month>{months}){E}{no_day}(?:\s+(?P<past>{past})|\s+(?P<next>{nxt}))?{E}"
        )
        # "sunday from last week", "lundi de la semaine dernière": the day in that week;
        # "monday two thousand eighteen", "Tuesday, 2011": a day of that year, where the year
        # ends the phrase ("on Friday 2018 winners met": a year of its own).
        week_phrases = [p for p, (u, _) in d.RELATIVE.items() if u == "week"]
        self.weekday = (
            rf"{B}(?:(?P<before>{before})\s+)?(?P<weekday>{weekday}){E}"
            rf"(?:\s+(?P<past>{past})|\s+(?P<next>{nxt})"
            rf"|\s+{_one_of(d.WEEKDAY_WEEK_LINKS)}\s+(?P<week>{_one_of(week_phrases)})"
            rf"|,?\s+(?:{YEAR}|{wyear})(?![\w]|[.,]\d|\s+[^\W\d_]))?{E}"
        )
        year_marks = _one_of([*d.FISCAL, *d.CALENDAR_MARKS])
        self.fiscal = (
            rf"{B}(?:(?P<cue>{cue}){SEP})?(?P<word>{year_marks})\s*['’]?"
            rf"(?P<y1>[12]\d{{3}}|\d{{2}})(?:\s*[-/–]\s*(?P<y2>[12]\d{{3}}|\d{{2}}))?(?![\w]|[.,]\d)"
        )
        self.period_letter = (
            rf"{B}(?P<letter>[{letters}])(?P<n>[1-4]){E}"
            rf"(?:\s*[-/]?\s*['’]?(?P<year>[12]\d{{3}}|(?<=['’])\d{{2}})"
            rf"|\s+{_one_of(d.DATE_LINKS)}\s+(?P<year2>[12]\d{{3}}))?(?![\w]|[.,]\d)"
        )
        # "2019 Q3", "2019-Q3", and with two digits glued to a quarter letter: "18q4", "18Q4".
        quarter_letters = "".join(sorted(d.QUARTER_LETTERS))
        self.year_period_letter = (
            rf"(?<![\w.,]){YEAR}\s*-?\s*(?P<letter>[{letters}]|(?i:{_one_of(d.QUARTER_WORDS)}))"
            rf"\s*(?P<n>[1-4]){E}"
            rf"|(?<![\w.,])(?P<yy>\d{{2}})(?P<letter2>(?i:[{quarter_letters}]))(?P<n2>[1-4]){E}"
        )
        # The number first: "4Q18", "4Q 2018", "1H19" (a year is needed: "4Q" alone is not read).
        first_letters = "".join(sorted(d.PERIOD_FIRST_LETTERS))
        self.period_first = (
            rf"{B}(?P<n>[1-4])(?P<letter>[{first_letters}])(?:['’]?(?P<yy>\d{{2}})|\s*{YEAR})"
            rf"(?![\w]|[.,]\d)"
            if first_letters
            else "(?!)"
        )
        self.period_word = (
            rf"{B}(?:(?P<ordinal>{ordinal})[\s-]+(?P<word>{period_words})"
            rf"|(?P<word2>{period_words})\s*(?P<n>[1-4])){E}"
            rf"(?:\s+(?:{_one_of(d.DATE_LINKS)}\s+|{cue}\s+)?{YEAR})?"
        )
        # Two digits for the second year only after a sign: "2024-25", not "2019 to 28".
        self.year_range = (
            rf"{B}(?:(?P<cue>{_one_of([*d.RANGE_OPENERS, *d.YEAR_CUES])}){SEP})?"
            rf"(?<![\d.,])(?P<y1>[12]\d{{3}})(?:\s*[-–~/]\s*(?P<y2>[12]\d{{3}}|\d{{2}})"
            rf"|\s+{_one_of(d.RANGE_LINKS)}\s+(?P<y3>[12]\d{{3}}))(?![\w]|[.,-]\d)"
        )
        marks = "|".join(re.escape(mark) for mark in d.RELATIVE_MARKS) or "(?!)"
        # A placing word after the phrase names another period: in "à la fin de l'année
        # dernière" the phrase is "l'année dernière", not the present year's end.
        placed = _one_of([*d.AFTER_PAST, *d.AFTER_NEXT])
        self.relative = (
            rf"{B}(?:(?P<phrase>{_one_of([*d.RELATIVE, *d.PRESENT])})|(?P<mark>{marks})){E}"
            rf"(?!\s+(?:{placed}){E})"
        )
        self.holiday = (
            rf"{B}(?:(?P<before>{before})\s+)?(?P<holiday>{_one_of(d.HOLIDAYS)}){E}"
            rf"(?:{link}\s+(?:(?P<year>[12]\d{{3}})|{wyear})(?![\w]|[.,]\d)|\s+(?P<past>{past}){E}"
            rf"|\s+(?P<next>{nxt}){E})?"
        )

        def template(form: str, i: int) -> str:
            return r"\s+".join(
                f"(?P<n{i}>{number})"
                if word == "{n}"
                else f"(?P<unit{i}>{unit})"
                if word == "{unit}"
                else _loose(word)
                for word in form.split()
            )

        def family(forms: Iterable[str]) -> str:
            # One pattern a family; a group name may appear once, so template i has n<i>, unit<i>.
            forms = list(forms)
            if not forms:
                return "(?!)"
            if len(forms) > 1 and all(form.startswith("{n} ") for form in forms):
                # "{n} derniers {unit}", "{n} {unit} passés": the count once (a faster search).
                tails = "|".join(template(form[4:], i) for i, form in enumerate(forms))
                return rf"{B}(?P<n>{number})\s+(?i:{tails}){E}"
            return rf"{B}(?i:{'|'.join(template(form, i) for i, form in enumerate(forms))}){E}"

        self.ago, self.ahead = family(d.AGO), family(d.AHEAD)
        self.told = rf"{B}(?P<phrase>{_one_of(d.NARRATIVE)}){E}"
        self.told_later, self.told_earlier = family(d.TOLD_LATER), family(d.TOLD_EARLIER)
        self.shift_after, self.shift_before = family(d.SHIFT_AFTER), family(d.SHIFT_BEFORE)
        self.last_n, self.next_n = family(d.LAST_N), family(d.NEXT_N)
        self.cued_year = rf"{B}(?P<cue>{cue}){SEP}(?:{YEAR}|{wyear})"
        # Not inside a word, a path or a file name ("GAR2004", "/2004/", "report-2004.pdf").
        self.bare_year = r"(?<![\w.,/@])(?P<year>[12]\d{3})(?![\w/@]|[.,]\w)"

        def counted(forms: Iterable[str]) -> str | None:
            forms = list(forms)
            every = forms and all("{unit}" in form.split() for form in forms)
            return rf"{B}{unit}" if every else None

        # What every match of a rule holds, searched once a window before the rules that need
        # it run (None: nothing to search). Each word starts after a non-word character in the
        # rules that need it, so its search keeps B; not a month, which may follow its day
        # without a space ("4juillet"): the day rules need the day.
        self.needs = {
            "digit": r"\d",
            "year": r"[12]\d{3}",
            "sep": r"\d[-/.]\d",
            "spaced": r"\d \d\d",
            "letter": rf"[{letters}][1-4]",
            "day": rf"\d|{B}{_one_of(d.DAY_WORDS)}",
            "count": rf"\d|{B}{_one_of(d.NUMBERS)}",
            "cued": rf"[12]\d{{3}}|{B}(?:{spelled})" if d.WORD_NUMBERS else r"[12]\d{3}",
            "month": rf"{B}(?:{months}|{_one_of(d.MONTH_ABBREVIATIONS)})",
            "weekday": rf"{B}{weekday}",
            "fiscal": rf"{B}{_one_of([*d.FISCAL, *d.CALENDAR_MARKS])}",
            "decade": r"[12]\d{2}0|\d0 ?['’]?s(?!\w)",
            "century": rf"{B}{_one_of(d.CENTURY_WORDS)}",
            "week": rf"{B}{_one_of(d.WEEK_WORDS)}",
            "era": eras,
            "period": rf"{B}(?:{period_words})",
            "told_later": counted(d.TOLD_LATER),
            "shift_after": counted(d.SHIFT_AFTER),
            "shift_before": counted(d.SHIFT_BEFORE),
            "told_earlier": counted(d.TOLD_EARLIER),
            "ago": counted(d.AGO),
            "ahead": counted(d.AHEAD),
            "last_n": counted(d.LAST_N),
            "next_n": counted(d.NEXT_N),
        }


# ---- handlers: a match and its context in, the years it names out (None: not a year) ------


def _at(m: re.Match, year: int | None, kind: str, **values) -> ResolvedYear:
    return ResolvedYear(m.group(0), m.start(), m.end(), year, kind, **values)


def _key(words: str) -> str:
    """A matched phrase as a data key: lower case, one space, straight apostrophes."""
    return " ".join(words.casefold().replace("’", "'").split())


def _full_year(digits: str, context: _Context) -> int:
    """A written year; two digits go to the latest century that keeps them at most ten years
    after the anchor ("99" → 1999, "25" → 2025 in 2025)."""
    digits = digits.lstrip("'’")
    value = int(digits)
    if len(digits) > 2:
        return value
    pivot = (context.published.year if context.published else 2039) + 10
    return 2000 + value if 2000 + value <= pivot else 1900 + value


def _written(m: re.Match, context: _Context) -> int | None:
    """The year a match writes: in four digits, two ("'98"), or words; None if it has none."""
    groups = m.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("yy"):
        return _full_year(groups["yy"], context)
    if groups.get("wyear"):
        return _word_year(groups["wyear"], context.data)
    return None


def _word_year(words: str, data: ModuleType) -> int:
    """ "nineteen ninety six" 1996, "seventeen hundred thirty three" 1733, "two thousand and
    five" 2005, "nineteen oh five" 1905; a ValueError or KeyError if the words are no year."""
    numbers, scales = data.WORD_NUMBERS, data.WORD_SCALES
    tokens = [t for t in re.split(r"[\s-]+", _key(words)) if t not in data.WORD_LINKS]

    def below_100(part: list[str]) -> int:
        values = [numbers[t] for t in part]
        if len(values) == 2 and (
            (values[0] in range(20, 100, 10) and values[1] < 10) or not values[0]
        ):
            return sum(values)  # "ninety six"; "oh five"
        if len(values) != 1:
            raise ValueError(words)
        return values[0]

    at = next((i for i, t in enumerate(tokens) if t in scales), None)
    if at is not None:  # "two thousand and five", "nineteen hundred"
        tail = tokens[at + 1 :]
        if not tail and scales[tokens[at]] > 100:
            raise ValueError(words)  # "two thousand" alone is a count as often as a year
        year = below_100(tokens[:at]) * scales[tokens[at]] + (below_100(tail) if tail else 0)
    else:  # "nineteen ninety six", "nineteen oh five": two halves
        tail = tokens[1:]
        rest = below_100(tail)
        if rest < 10 and numbers[tail[0]]:
            raise ValueError(words)
        year = below_100(tokens[:1]) * 100 + rest
    if year not in range(1100, 2100):
        raise ValueError(words)
    return year


def _month(word: str, data: ModuleType) -> int | None:
    word = _key(word).rstrip(".")
    return data.MONTHS.get(word) or data.MONTH_ABBREVIATIONS.get(word)


def _date(year: int, month: int, day: int) -> dt.date | None:
    """The day, or None when the calendar has no such day ("30 février")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _moved(anchor: dt.date, unit: str, count: int) -> dt.date:
    """`anchor` moved by `count` units (a month keeps its day where the month allows)."""
    if unit == "day":
        return anchor + dt.timedelta(days=count)
    if unit == "week":
        return anchor + dt.timedelta(weeks=count)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}[unit] * count
    year, month = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
    day = min(anchor.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def _this_year(m: re.Match, context: _Context, kind: str, **values) -> ResolvedYear:
    """A date without its year: the publication year (offset 0), or None without one."""
    year = context.published.year if context.published else None
    return _at(m, year, kind, offset=0, unit="year", **values)


_QUANTITY = re.compile(rf"{_SPACE}\d{{3}}(?!\d)|[.,]\d|\s*[%€$£°]")


@cache
def _phrases(head: str, phrases: tuple[str, ...], tail: str) -> re.Pattern:
    """`head`, any of `phrases`, then `tail`: a pattern of a language table, built once."""
    return re.compile(f"{head}{_one_of(phrases)}{tail}")


def _counts_things(context: _Context, end: int) -> bool:
    """A number followed by a counted noun, a unit or more digits is a quantity, not a year;
    followed by an era mark ("BC", "av. J.-C.") it is no year of our calendar either, nor
    followed by a time zone ("by 1045 GMT": a time of day)."""
    rest = context.text[end : end + 16]
    if _QUANTITY.match(rest):
        return True
    if _phrases(r"\s*", tuple(context.data.ERAS), r"(?!\w)").match(rest):
        return True
    if _phrases(r"\s+", tuple(context.data.TIME_ZONES), r"(?!\w)").match(rest):
        return True
    return _key(context.word_after(end)) in context.data.COUNTED


def _numeric_date(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    a, b = int(m["a"]), int(m["b"])
    year = _full_year(m["year"], context)
    orders = [(a, b), (b, a)] if context.data.NUMERIC_ORDER == "dmy" else [(b, a), (a, b)]
    for day, month in orders:
        if 1 <= month <= 12 and 1 <= day <= 31:
            return [_at(m, year, "date", date=_date(year, month, day))]
    return None


def _iso_date(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
    if 1 <= month <= 12 and 1 <= day <= 31:
        return [_at(m, year, "date", date=_date(year, month, day))]
    return None


def _numeric_month(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    year, month = int(m["year"] or m["year2"]), int(m["month"] or m["month2"])
    # "2024-25" is a span of two years, not December: the range rule reads it.
    if m["month2"] and len(m["month2"]) == 2 and month == (year + 1) % 100:
        return None
    return [_at(m, year, "date")] if 1 <= month <= 12 else None


def _numeric_day_month(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    """ "le 17/02", "on 5/12", "next 5/12", "from 10/1 to 11/7": the publication year, or the
    next or last such day; the second end of a range that comes before the first is the
    next year's."""
    data = context.data
    g = m.groupdict()
    a, b = (g["a"], g["b"]) if g["a"] else (g["a2"], g["b2"])
    cue = g["article"] or g.get("article2")
    before = g.get("before") or g.get("before3")
    # "24/7" and "1/3" are not dates: a date word or two-digit parts are needed.
    if not (cue or before) and (len(a) < 2 or len(b) < 2):
        return None
    if _key(context.word_after(m.end())) in data.FRACTION_AFTER:
        return None  # "1/3 of the market"
    first = _day_and_month(int(a), int(b), data)
    if first is None:
        return None
    if g.get("year"):  # "5/1-5/7, 2020": the year of the second end
        return _numeric_pair_in(m, first, g, int(g["year"]), data)
    if context.published is None or (not g.get("c") and not before):
        return [_this_year(m, context, "date")]
    day = _occurrence_of(first, context.published, _direction(before, data))
    if day is None:
        return None
    ends = [day]
    if g.get("c"):
        second = _day_and_month(int(g["c"]), int(g["d"]), data)
        if second is None:
            return None
        direction = _direction(m["before2"], data)
        if direction:
            other = _occurrence_of(second, context.published, direction)
        else:  # no word of its own: the first date on or after the first end
            other = _occurrence_of(second, day - dt.timedelta(days=1), 1)
        if other is None:
            return None
        ends.append(other)
    years = sorted({end.year for end in ends})
    kind = "range" if len(years) > 1 else "date"
    this = context.published.year
    return [_Fixed(m.group(0), m.start(), m.end(), y, kind, None, y - this, "year") for y in years]


def _numeric_pair_in(
    m: re.Match, first: tuple[int, int], g: dict, year: int, data: ModuleType
) -> list[ResolvedYear] | None:
    """ "from 5/1-5/7, 2020": the second end in the written year, the first before it."""
    second = _day_and_month(int(g["c"]), int(g["d"]), data)
    if second is None:
        return None
    if first > second:  # "11/20-2/7, 2020": the first end is the year before
        return [_at(m, year - 1, "range"), _at(m, year, "range")]
    return [_at(m, year, "date")]


def _day_and_month(a: int, b: int, data: ModuleType) -> tuple[int, int] | None:
    """(month, day) of a numeric day and month in the language's order."""
    orders = [(a, b), (b, a)] if data.NUMERIC_ORDER == "dmy" else [(b, a), (a, b)]
    for day, month in orders:
        if 1 <= month <= 12 and 1 <= day <= 31:
            return month, day
    return None


def _direction(word: str | None, data: ModuleType) -> int:
    """-1 after "last", 1 after "next", 0 after "this" or nothing."""
    key = _key(word or "")
    return -1 if key in data.BEFORE_PAST else 1 if key in data.BEFORE_NEXT else 0


def _occurrence_of(
    month_day: tuple[int, int], published: dt.date, direction: int
) -> dt.date | None:
    """The day of that month: the publication year's (0), the first after the publication
    date (1), or the last before it (-1)."""
    month, day = month_day
    year = published.year
    found = _date(year, month, day)
    if found is None:
        return None
    if direction > 0 and found <= published:
        found = _date(year + 1, month, day)
    elif direction < 0 and found >= published:
        found = _date(year - 1, month, day)
    return found


def _spaced_date(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    """ "le 17 02", "20 02 2014": digits apart are a date only with a year or "le" before."""
    if m["year"]:
        return _numeric_date(m, context)
    return _numeric_day_month(m, context) if m["article"] else None


def _decade(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    if m["short"]:  # "the '90s": the latest such decade that has begun by the anchor
        anchor = context.published.year if context.published else 2039
        first = 2000 + int(m["short"])
        first = first if first <= anchor else first - 100
    else:
        first = int(m["decade"] or m["plural"])
    return [_at(m, first, "range"), _at(m, first + 9, "range")]


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(numeral: str) -> int:
    """A Roman numeral of I, V and X ("XXI" 21, "XIV" 14)."""
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def _century(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    """ "the 21st century", "le XXIe siècle": its first and last years (2000 and 2099)."""
    if m["ordinal"]:
        number = context.data.DAY_WORDS[_key(m["ordinal"])]
    else:
        number = int(m["n"]) if m["n"] else _roman(m["roman"])
    if not 1 <= number <= 30:
        return None
    first = (number - 1) * 100
    return [_at(m, first, "range"), _at(m, first + 99, "range")]


def _week_number(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    """ "week 31", "la semaine 12 de 2024": a week of the year, the publication year's
    unless one is written."""
    if not 1 <= int(m["n"]) <= 53 or _counts_things(context, m.end("n")):
        return None
    # After a cue ("in week 31", "la semaine 12") or at the start of a clause ("Week 31:"):
    # not "la dernière semaine 15 goélettes" (a count).
    head = context.text[max(0, m.start() - 30) : m.start()].rstrip()
    cued = _key(context.word_before(m.start())) in context.data.WEEK_CUES
    if head and head[-1] not in ",.;:!?(\n" and not cued:
        return None
    if m["year"]:
        return [_at(m, int(m["year"]), "date")]
    return [_this_year(m, context, "date")]


def _era_year(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    """ "in 2014 BC" (-2014), "14 A.D.", "AD 14": a year of an era, negative before Christ."""
    number = int(m["n"] or m["n2"])
    sign = context.data.ERAS[" ".join(m["era"].split())] if m["era"] else 1
    return [_at(m, sign * number, "calendar")] if number else None


def _day_month(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    data = context.data
    written = _key(m["day"])
    day = int(written) if written.isdigit() else data.DAY_WORDS[written]
    month = _month(m["month"], data)
    if month is None or not 1 <= day <= 31:
        return None
    year = _written(m, context)
    if year:
        return [_at(m, year, "date", date=_date(year, month, day))]
    if context.published is None:
        return [_this_year(m, context, "date")]
    groups = m.groupdict()
    direction = _direction(groups.get("before"), data)
    direction = -1 if groups.get("past") else 1 if groups.get("next") else direction
    published = context.published
    if direction:  # "next 6th of April", "le 6 avril prochain"
        found = _occurrence_of((month, day), published, direction)
        if found is None:
            return None
        offset = found.year - published.year
        return [_Fixed(m.group(0), m.start(), m.end(), found.year, "date", found, offset, "year")]
    weekday = groups.get("weekday") or groups.get("weekday2")
    found = _weekday_year(month, day, _weekday_number(weekday, data), published)
    if weekday is None and found and found > published and _past_cued(m, context):
        found = _date(published.year - 1, month, day)  # "the quarter ended Dec. 31"
    if found is None or found.year == published.year:
        return [_this_year(m, context, "date", date=found)]
    return [_at(m, found.year, "date", date=found, offset=found.year - published.year, unit="year")]


def _weekday_number(word: str | None, data: ModuleType) -> int | None:
    key = _key(word or "").rstrip(".")
    return data.WEEKDAYS.get(key, data.WEEKDAY_ABBREVIATIONS.get(key))


# Years tried for a day whose weekday is written, the nearest first and the later one first
# on a tie, as in Duckling ("Fri, Jul 18" in February 2013 is 2014's).
_WEEKDAY_YEARS = (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6)


def _weekday_year(month: int, day: int, weekday: int | None, published: dt.date) -> dt.date | None:
    """The day in the publication year, or, when a weekday written with it does not fall on
    it then, in the nearest year where it does."""
    found = _date(published.year, month, day)
    if weekday is None or (found and found.weekday() == weekday):
        return found
    for shift in _WEEKDAY_YEARS:
        other = _date(published.year + shift, month, day)
        if other and other.weekday() == weekday:
            return other
    return found


def _month_range(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    """ "Nov-Feb 2017" (2016 and 2017), "May to March" (this year and the next): two months
    across the year end. Ranges within a year are left to the date rules."""
    data = context.data
    first, last = _month(m["m1"], data), _month(m["m2"], data)
    if first is None or last is None:
        return None
    for word in (m["m1"], m["m2"]):  # a full name in the language's case ("May", "mars")
        if _key(word) in data.MONTHS and not (
            word.islower() if data.MONTH_CASE == "lower" else word[:1].isupper()
        ):
            return None
    if (first, int(m["d1"] or 0)) <= (last, int(m["d2"] or 0)):
        return None
    if m["year"]:
        years = (int(m["year"]) - 1, int(m["year"]))
    elif context.published:
        years = (context.published.year, context.published.year + 1)
    else:
        return [_at(m, None, "range", offset=shift, unit="year") for shift in (0, 1)]
    return [_at(m, year, "range") for year in years]


def _day_of_month(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    """ "the 20th of next month": the year of that month."""
    phrase = _key(m["phrase"])
    unit, shift = {**context.data.RELATIVE, **context.data.PRESENT}[phrase]
    if not 1 <= int(m["day"]) <= 31:
        return None
    return [_relative_at(m, context, unit, shift)]


def _day_alone(
    m: re.Match, context: _Context, *, ends: re.Pattern, follower: re.Pattern
) -> list[ResolvedYear] | None:
    """ "on the 18th", "Wed 13th", "le 16.", "le 17 de 14h à 16h": a day of the publication
    month (its date is not given: it may be the month before or after)."""
    data = context.data
    if not 1 <= int(m["day"]) <= 31 or (data.DAY_ALONE_NEEDS_SUFFIX and not m["suffix"]):
        return None
    # Where days are cardinal ("le 16") an ordinal is a rank: "il a fini le 16e.", not "le 1er".
    if not data.DAY_ALONE_NEEDS_SUFFIX and m["suffix"] and m["day"] != "1":
        return None
    # Where the suffix is needed it makes the number a day: then a comma or a follower will do.
    if _phrases(r"\s+\S+\s+", tuple(data.EVERY), E).match(context.text, m.end()):
        return None  # "on the 19th of every month": a repetition
    told = data.DAY_ALONE_NEEDS_SUFFIX and follower.match(context.text, m.end())
    if not (told or ends.match(context.text, m.end())):
        return None
    return [_this_year(m, context, "date")]


def _month_year(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    if _month(m["month"], context.data) is None or _counts_things(context, m.end()):
        return None
    if m["yy"] and not context.text[m.end("month") : m.start("yy")].strip() and int(m["yy"]) < 32:
        return None  # "mars 28" may be a day written after its month
    return [_at(m, _written(m, context), "date")]


def _month_cardinal_day(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    month = _month(m["month"], context.data)
    day = sum(context.data.WORD_NUMBERS[word] for word in _key(m["wday"]).split())
    year = _word_year(m["wyear"], context.data)
    return [_at(m, year, "date", date=_date(year, month, day))] if month else None


def _year_month_day(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    year, day = int(m["year"]), int(m["day"] or m["day2"])
    month = _month(m["month"] or m["month2"], context.data)
    return [_at(m, year, "date", date=_date(year, month, day))] if month else None


def _compact_date(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    year = int(m["year"])
    day = _date(year, int(m["month"]), int(m["day"]))
    return [_at(m, year, "date", date=day)] if day else None


def _month_alone(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    data = context.data
    word = m["month"]
    cased = word.islower() if data.MONTH_CASE == "lower" else word[:1].isupper()
    past = bool(m["past"]) or _key(m["before"] or "") in data.BEFORE_PAST
    ahead = bool(m["next"]) or _key(m["before"] or "") in data.BEFORE_NEXT
    told = m["cue"] or past or ahead
    # A month name alone is a month only in the case the language writes months in, and
    # a name that is also a word ("Mars", "may") needs a cue besides.
    if not cased or (
        not told and (data.MONTH_CASE != "lower" or _key(word) in data.AMBIGUOUS_MONTHS)
    ):
        return None
    month = data.MONTHS[_key(word)]
    if context.published is None:
        return [_at(m, None, "date", offset=_occurrence(past, ahead), unit="year")]
    year = context.published.year
    if past and month >= context.published.month:
        year -= 1
    elif month > context.published.month and _past_cued(m, context):
        year -= 1  # "since December", written in February
    elif ahead and month <= context.published.month:
        year += 1
    year += _beyond(m, data)
    # "this May", "next March": the words fix the year (a range end keeps it).
    fixed = past or ahead or _key(m["cue"] or "") in data.BEFORE_THIS
    make = _Fixed if fixed else ResolvedYear
    offset = year - context.published.year
    return [make(m.group(0), m.start(), m.end(), year, "date", None, offset, "year")]


def _past_cued(m: re.Match, context: _Context) -> bool:
    """Whether a word of `PAST_CUES` puts the month or day on or before the publication date:
    "since December", "the quarter ended Dec. 31", "l'exercice clos le 31 mars"."""
    cues = tuple(context.data.PAST_CUES)
    if not cues:
        return False
    if _key(m.groupdict().get("cue") or "") in cues:
        return True
    lead = context.text[max(0, m.start() - 24) : m.start()]
    return bool(_phrases(B, cues, r"\s+$").search(lead))


def _beyond(m: re.Match, data: ModuleType) -> int:
    """1 for "March after next": the occurrence after the next one."""
    return int(bool(m["next"]) and _key(m["next"]) in data.BEYOND_NEXT)


def _occurrence(past: bool, ahead: bool) -> int:
    """The year offset of a month or holiday without a publication date: "mars dernier",
    "last Easter" is the latest one before it, within the year before (-1); "next March" the
    first one after it, within the year after (1); alone, the publication year (0). Like
    "lundi dernier" (-1 week), the offset counts occurrences: with a publication date it is
    the exact difference of years (-1 or 0 for "mars dernier")."""
    return -1 if past else 1 if ahead else 0


def _weekday(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    data = context.data
    past = bool(m["past"]) or _key(m["before"] or "") in data.BEFORE_PAST
    ahead = bool(m["next"]) or _key(m["before"] or "") in data.BEFORE_NEXT
    weeks = -1 if past else 1 + _beyond(m, data) if ahead else 0
    before = context.text[max(0, m.start() - 20) : m.start()]
    if _phrases(B, tuple(data.EVERY), r"\s+$").search(before):
        return None  # "chaque lundi", "every monday": a repetition, no date
    if _key(context.word_after(m.end())) in data.EVERY_AFTER:
        return None  # "tuesday afternoons": a repetition too
    year = _written(m, context)
    if year:
        return [_at(m, year, "date")]
    target = data.WEEKDAYS[_key(m["weekday"])]
    if m["week"]:
        return [_in_week(m, context, target)]
    if context.published is None:
        return [_at(m, None, "date", offset=weeks, unit="week")]
    today = context.published.weekday()
    # The nearest such day before (dernier; alone: news tells the past) or after (prochain).
    days = ((target - today) % 7 or 7) if ahead else -((today - target) % 7 or (7 if past else 0))
    day = context.published + dt.timedelta(days=days + 7 * (weeks - 1 if ahead else 0))
    make = _Fixed if past or ahead else ResolvedYear  # "next Friday" keeps its year in a range
    return [make(m.group(0), m.start(), m.end(), day.year, "date", day, weeks, "week")]


def _in_week(m: re.Match, context: _Context, target: int) -> ResolvedYear:
    """ "sunday from last week": that weekday of the week the phrase names (weeks start on
    Monday)."""
    weeks = context.data.RELATIVE[_key(m["week"])][1]
    if context.published is None:
        return _at(m, None, "date", offset=weeks, unit="week")
    monday = context.published - dt.timedelta(days=context.published.weekday())
    day = monday + dt.timedelta(days=7 * weeks + target)
    return _Fixed(m.group(0), m.start(), m.end(), day.year, "date", day, weeks, "week")


def _holiday(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    data = context.data
    rule = data.HOLIDAYS[_key(m["holiday"])]
    year = _written(m, context)
    if year:
        return [_at(m, year, "date", date=_holiday_date(rule, year))]
    past = bool(m["past"]) or _key(m["before"] or "") in data.BEFORE_PAST
    ahead = bool(m["next"]) or _key(m["before"] or "") in data.BEFORE_NEXT
    if context.published is None:
        return [_at(m, None, "date", offset=_occurrence(past, ahead), unit="year")]
    published = context.published
    year = published.year
    day = _holiday_date(rule, year)
    # "last Easter", "Noël dernier": the latest before the publication date; "next
    # Thanksgiving": the first after it. A holiday whose day we do not know stays in the year.
    if day and past and day >= published:
        year -= 1
    elif day and ahead and day <= published:
        year += 1
    year += _beyond(m, data)
    make = _Fixed if past or ahead else ResolvedYear
    day = _holiday_date(rule, year)
    return [make(m.group(0), m.start(), m.end(), year, "date", day, year - published.year, "year")]


def _holiday_date(rule: tuple | None, year: int) -> dt.date | None:
    """The day of a holiday in `year`: (month, day); ("easter", days after Easter Sunday);
    ("weekday", month, weekday, n), the n-th such weekday of the month (-1: the last)."""
    if rule is None:
        return None
    if rule[0] == "easter":
        return _easter(year) + dt.timedelta(days=rule[1])
    if rule[0] == "weekday":
        _, month, weekday, n = rule
        days = [
            day
            for day in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, day).weekday() == weekday
        ]
        return dt.date(year, month, days[n - 1 if n > 0 else n])
    return _date(year, *rule)


def _easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _fiscal(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    # Two digits only after "FY" or "CY" ("FY25"); "exercice 25" is not a year.
    marks = {_key(mark) for mark in context.data.SHORT_YEAR_MARKS}
    if len(m["y1"]) == 2 and _key(m["word"]) not in marks:
        return None
    calendar_marks = {_key(mark) for mark in context.data.CALENDAR_MARKS}
    kind = "calendar" if _key(m["word"]) in calendar_marks else "fiscal"
    first = _full_year(m["y1"], context)
    years = [first]
    if m["y2"]:
        last = (
            _full_year(m["y2"], context) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
        )
        if not first < last <= first + 10:
            return None
        years.append(last)
    if first not in CUED_YEARS or _counts_things(context, m.end()):
        return None
    return [_at(m, year, kind) for year in years]


def _period(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    data = context.data
    groups = m.groupdict()
    mark = groups.get("letter") or groups.get("word") or groups.get("word2") or ""
    if groups.get("letter2"):  # "18q4": two digits glued to a quarter letter
        mark = groups["letter2"].upper()
    folded = _key(mark)
    if mark in data.QUARTER_LETTERS or folded in data.QUARTER_WORDS:
        kind, most = "quarter", 4
    elif mark in data.HALF_LETTERS or folded in data.HALF_WORDS:
        kind, most = "half", 2
    else:
        return None
    ordinal = groups.get("ordinal")
    number = data.ORDINALS.get(_key(ordinal)) if ordinal else int(m["n"] or m["n2"])
    if not number or number > most:
        return None
    written = groups.get("year") or groups.get("year2") or groups.get("yy")
    if written:
        return [_at(m, _full_year(written, context), kind)]
    alone = mark in data.PERIODS_ALONE or folded in data.PERIODS_ALONE
    before = context.text[max(0, m.start() - 20) : m.start()]
    cued = _phrases(B, tuple(data.PERIOD_CUES), r"\s+$").search(before)
    if not (alone or cued):
        return None
    return [_this_year(m, context, kind)]


def _year_range(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    first = int(m["y1"])
    second = m["y2"] or m["y3"]
    if len(second) == 2:
        if int(second) <= first % 100:
            return None
        last = first // 100 * 100 + int(second)
    else:
        last = int(second)
    # A slash joins a season or a fiscal year ("2024/25"); "directive 2001/29" is a number.
    slashed = m["y2"] and "/" in context.text[m.end("y1") : m.start("y2")]
    if slashed and last != first + 1:
        return None
    allowed = CUED_YEARS if m["cue"] else BARE_YEARS
    if first not in allowed or last not in allowed or first == last:
        return None
    if last < first and m["y2"]:
        return None  # "2018-2014" is no span of years; "2007 et 2005" still names two
    if _counts_things(context, m.end()):
        return None
    return [_at(m, first, "range"), _at(m, last, "range")]


def _relative(
    m: re.Match, context: _Context, *, after: re.Pattern, before: re.Pattern
) -> list[ResolvedYear] | None:
    if m["mark"]:
        return [_relative_at(m, context, *context.data.RELATIVE_MARKS[m["mark"]])]
    phrase = _key(m["phrase"])
    if phrase in context.data.RELATIVE:
        unit, shift = context.data.RELATIVE[phrase]
        if unit == "winter":
            return _winter(m, context, shift)
        if unit in SEASON_MONTHS:
            return [_season(m, context, unit, shift)]
        if unit == "decade":
            return _decades(m, context, shift, 1)
        if unit == "decade_end":  # "la fin de la décennie": its last year
            return [_decade_end(m, context, shift)]
        return [_relative_at(m, context, unit, shift)]
    unit, shift = context.data.PRESENT[phrase]
    # "today at 9pm", "aujourd'hui à 15h": with a clock time it is the day, not "nowadays".
    timed = unit == "day" and (
        after.match(context.text, m.end())
        or before.search(context.text, max(0, m.start() - 30), m.start())
    )
    found = _relative_at(m, context, unit, shift)
    return [found if context.present or timed else _Present(*_fields(found))]


def _fields(part: ResolvedYear) -> tuple:
    return part.text, part.start, part.end, part.year, part.kind, part.date, part.offset, part.unit


# The months of the seasons within one year (meteorological, northern hemisphere).
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}


def _season(m: re.Match, context: _Context, season: str, shift: int) -> ResolvedYear:
    """ "l'été prochain", "last spring": the first season of its name to begin after the
    publication date, or the last one to have ended before it ("l'été prochain" in March is
    this year's, "l'été dernier" in October this year's too)."""
    if context.published is None:
        return _at(m, None, "relative", offset=shift, unit="year")
    year, month = context.published.year, context.published.month
    first, last = SEASON_MONTHS[season]
    if shift > 0:
        found = year if month < first else year + 1
    else:
        found = year if month > last else year - 1
    return _at(m, found, "relative", offset=found - year, unit="year")


def _winter(m: re.Match, context: _Context, shift: int) -> list[ResolvedYear]:
    """ "cet hiver", "last winter": a winter runs from December into the next year. Within one
    (December to February) "this winter" is that one; from March to August the one just ended
    (news tell the past), from September the coming one. "last" / "next" are the winters
    before and after the one under way, else the one ended last and the coming one."""
    if context.published is None:
        return [_at(m, None, "relative", offset=shift, unit="year")]
    year, month = context.published.year, context.published.month
    current = year - 1 if month <= 2 else year if month == 12 else None
    if current is not None:
        first = current + shift
    else:
        first = {0: year - 1 if month <= 8 else year, -1: year - 1, 1: year}[shift]
    return [_at(m, y, "range", offset=y - year, unit="year") for y in (first, first + 1)]


def _decades(m: re.Match, context: _Context, shift: int, count: int) -> list[ResolvedYear]:
    """ "the next decade", "the next two decades": calendar decades counted from the one of
    the publication year, their first and last years (2020 and 2039 in 2018)."""
    if context.published is None:
        return [_at(m, None, "relative", offset=10 * shift, unit="year")]
    year = context.published.year
    first = (year // 10 + shift) * 10
    last = first + 10 * count - 1
    return [_at(m, y, "range", offset=y - year, unit="year") for y in (first, last)]


def _decade_end(m: re.Match, context: _Context, shift: int) -> ResolvedYear:
    """ "d'ici la fin de la décennie", "by the end of the decade": the last year of the
    calendar decade (2029 in 2025), not the whole decade."""
    if context.published is None:
        return _at(m, None, "relative", offset=None, unit=None)
    year = context.published.year
    last = (year // 10 + shift) * 10 + 9
    return _at(m, last, "relative", offset=last - year, unit="year")


def _relative_at(m: re.Match, context: _Context, unit: str, shift: int) -> ResolvedYear:
    if unit == "decade":  # "two decades ago": ten years each
        unit, shift = "year", 10 * shift
    if context.published is None:
        return _at(m, None, "relative", offset=shift, unit=unit)
    moved = _moved(context.published, unit, shift)
    day = moved if unit == "day" else None
    return _at(m, moved.year, "relative", date=day, offset=shift, unit=unit)


# Units shorter than a day count in days of the publication date ("il y a 30 minutes" is
# that day); a fortnight is two weeks.
_MINUTES = {"minute": 1, "hour": 60}
_WEEKS = {"fortnight": 2}


def _told(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    """ "la veille", "the following week": a shift from the event told."""
    if _has_complement(m, context):
        return None
    return [_told_at(m, context, *context.data.NARRATIVE[_key(m["phrase"])])]


def _told_counted(m: re.Match, context: _Context, *, sign: int) -> list[ResolvedYear] | None:
    """ "deux jours plus tard", "three weeks earlier": a counted shift from the event told;
    not a delay against a plan ("trois ans plus tard que prévu", "two years later than
    planned"), which names no time."""
    after = _key(context.word_after(m.end()))
    if any(
        after == c or (c.endswith("'") and after.startswith(c)) for c in context.data.COMPARATIVES
    ):
        return None
    counted = None if _has_complement(m, context) else _count(m, context)
    if counted and counted[1] == "decade":  # "two decades later": twenty years
        counted = 10 * counted[0], "year"
    return [_told_at(m, context, counted[1], sign * counted[0])] if counted else None


@dataclass(frozen=True, slots=True)
class _Shift(ResolvedYear):
    """A count before a date ("3 days after", "two years since"): `_shift_dates` moves the
    date that follows by it, or leaves both words out when no date follows."""


def _shift(m: re.Match, context: _Context, *, sign: int) -> list[ResolvedYear] | None:
    """ "2 weeks from", "three months after", "5 days before": a shift of what follows."""
    after = context.text[m.end() : m.end() + 2].strip()
    # "for 10 days from 18th Dec" is a stretch that starts on the date, not a shift.
    duration = _key(context.word_before(m.start())) in context.data.DURATION_CUES
    counted = _count(m, context) if after[:1].isalnum() and not duration else None
    if not counted:
        return None
    if counted[1] == "decade":  # "two decades after 1990": twenty years
        counted = 10 * counted[0], "year"
    return [
        _Shift(
            m.group(0), m.start(), m.end(), None, "relative", None, sign * counted[0], counted[1]
        )
    ]


def _dated_shifts(
    found: list[tuple[int, int, int, list[ResolvedYear]]], context: _Context
) -> list[tuple[int, int, int, list[ResolvedYear]]]:
    """The candidates without the counts that no date follows ("over the past two weeks
    before this exercise": "past two weeks" stays)."""
    starts = {start for start, _, _, years in found if not isinstance(years[0], _Shift)}
    articles = ("", *context.data.ARTICLE)

    def dated(end: int) -> bool:
        return any(start >= end and _key(context.text[end:start]) in articles for start in starts)

    return [f for f in found if not isinstance(f[3][0], _Shift) or dated(f[1])]


def _shift_dates(groups: list[list[ResolvedYear]], context: _Context) -> list[list[ResolvedYear]]:
    """ "2 weeks from January 15", "three months after Easter", "two years since 2011",
    "4 months from tomorrow": the date that follows, moved by the count. A day without its
    year is its nearest occurrence to the publication date."""
    out: list[list[ResolvedYear]] = []
    for index, group in enumerate(groups):
        if isinstance(group[0], _Shift):
            continue
        shift = groups[index - 1][0] if index else None
        if isinstance(shift, _Shift) and len(group) == 1:
            between = _key(context.text[shift.end : group[0].start])
            if between in ("", *context.data.ARTICLE):
                moved = _moved_part(group[0], shift, context)
                if moved is not None:
                    text = context.text[shift.start : group[0].end]
                    out.append([ResolvedYear(text, shift.start, group[0].end, *moved)])
                    continue
        out.append(group)
    return out


def _weekdays_around(
    groups: list[list[ResolvedYear]], context: _Context
) -> list[list[ResolvedYear]]:
    """ "third tuesday after christmas 2014", "le dimanche avant Pâques": the n-th such
    weekday after or before the date that follows, one expression in that day's year."""
    data = context.data
    out: list[list[ResolvedYear]] = []
    for group in groups:
        last = out[-1] if out else None
        if last and len(last) == len(group) == 1 and group[0].date:
            weekday, anchor = last[0], group[0]
            between = _key(context.text[weekday.end : anchor.start])
            target = data.WEEKDAYS.get(_key(weekday.text))
            if target is not None and between in data.WEEKDAY_AROUND:
                # An ordinal before it, after an optional article: "the third", "le deuxième".
                article = rf"{B}(?:(?:{_one_of(data.ARTICLE)})\s+)?(?P<n>"
                ordinal = _phrases(article, tuple(data.ORDINALS), r")\s+$")
                head = ordinal.search(context.text, max(0, weekday.start - 20), weekday.start)
                n = data.ORDINALS[_key(head["n"])] if head else 1
                sign = data.WEEKDAY_AROUND[between]
                gap = (target - anchor.date.weekday()) * sign % 7 or 7
                day = anchor.date + dt.timedelta(days=sign * (gap + 7 * (n - 1)))
                start = head.start() if head else weekday.start
                text = context.text[start : anchor.end]
                out[-1] = [ResolvedYear(text, start, anchor.end, day.year, "date", day)]
                continue
        out.append(group)
    return out


def _moved_part(
    part: ResolvedYear, shift: ResolvedYear, context: _Context
) -> tuple[int, str, dt.date | None] | None:
    """(year, kind, date) of a date moved by a shift; None when it has no year."""
    if part.year is None:
        return None
    day = part.date
    if day is None:  # a year or a month: only a shift of years moves it
        return part.year + (shift.offset if shift.unit == "year" else 0), "relative", None
    if _certainty(part) == 0 and context.published:  # placed by the anchor: the nearest one
        near = [_date(day.year + k, day.month, day.day) for k in (-1, 0, 1)]
        day = min((d for d in near if d), key=lambda d: abs(d - context.published))
    try:
        moved = _moved(day, shift.unit, shift.offset)
    except (ValueError, OverflowError, KeyError):
        return None
    return moved.year, "relative", moved


def _has_complement(m: re.Match, context: _Context) -> bool:
    """ "la veille de l'élection", "two days after the vote": the shift counts from what
    follows, not from the event told."""
    after = _key(context.text[m.end() : m.end() + 12]).split()
    if not after or not after[0][:1].isalnum():
        return False
    if _key(m.group(0)).split()[-1] in context.data.TOLD_PREPOSITIONS:
        return True
    return any(
        after[0] == c or (c.endswith("'") and after[0].startswith(c))
        for c in context.data.COMPLEMENTS
    )


def _told_at(m: re.Match, context: _Context, unit: str, shift: int) -> _Told:
    # The day is not given: it counts from the event told, not from the publication date.
    year = _moved(context.published, unit, shift).year if context.published else None
    return _Told(m.group(0), m.start(), m.end(), year, "relative", offset=shift, unit=unit)


def _count(m: re.Match, context: _Context) -> tuple[int, str] | None:
    """The count and unit of a counted shift, in units a record knows (day to year)."""
    groups = m.groupdict()
    written = _key(next(v for k, v in groups.items() if k.startswith("n") and v))
    count = int(written) if written.isdigit() else context.data.NUMBERS.get(written)
    unit = context.data.UNITS.get(
        _key(next(v for k, v in groups.items() if k.startswith("unit") and v))
    )
    if not count or not unit:
        return None
    if unit in _MINUTES:
        return count * _MINUTES[unit] // (24 * 60), "day"
    if unit in _WEEKS:
        return count * _WEEKS[unit], "week"
    return count, unit


def _shifted(m: re.Match, context: _Context, *, sign: int) -> list[ResolvedYear] | None:
    """ "il y a 3 ans", "dans deux mois", "two weeks ago"."""
    if sign > 0 and _record_within(m, context):
        return None
    counted = _count(m, context)
    return [_relative_at(m, context, counted[1], sign * counted[0])] if counted else None


def _record_within(m: re.Match, context: _Context) -> bool:
    """ "for the second time in seven years", "its highest level in a decade": after a time,
    an ordinal or a superlative (`RECORD_WORDS`, up to `RECORD_REACH` words back in the
    clause) "in seven years" is the stretch up to now, not seven years from now."""
    head = context.text[max(0, m.start() - 60) : m.start()]
    clause = re.split(r"[,.;:!?()\n]", head)[-1]
    words = [_key(w) for w in clause.split()][-context.data.RECORD_REACH :]
    return any(w in context.data.RECORD_WORDS for w in words)


def _stretch(m: re.Match, context: _Context, *, sign: int) -> list[ResolvedYear] | None:
    """ "les 2 dernières années", "next 3 months": the years of the first and last unit."""
    counted = _count(m, context)
    if not counted:
        return None
    count, unit = counted
    if unit == "decade":
        return _decades(m, context, -count if sign < 0 else 1, count)
    if context.published is None:
        return [_at(m, None, "relative", offset=sign * count, unit=unit)]
    ends = (-count, -1) if sign < 0 else (1, count)
    years = sorted({_moved(context.published, unit, end).year for end in ends if count})
    years = years or [context.published.year]  # "les 13 dernières minutes": that day
    kind = "range" if len(years) > 1 else "relative"
    return [_at(m, year, kind, offset=year - context.published.year, unit="year") for year in years]


def _cued_year(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    year = _written(m, context)
    if year not in CUED_YEARS or _counts_things(context, m.end()):
        return None
    return [_at(m, year, "calendar")]


def _bare_year(m: re.Match, context: _Context) -> list[ResolvedYear] | None:
    """A four-digit number with no cue: a year unless its neighbours say it is something else."""
    year = int(m["year"])
    if year not in BARE_YEARS or _counts_things(context, m.end()):
        return None
    before = context.word_before(m.start())
    after = context.word_after(m.end())
    if _key(before) in context.data.NOT_YEAR_AFTER:
        return None
    # "CAC 2000", "ABC 2000": a code; "2000 Bruxelles": a postcode before its town.
    if len(before) > 1 and before.isalpha() and before.isupper():
        return None
    if after[:1].isupper():
        return None
    return [_at(m, year, "calendar")]
