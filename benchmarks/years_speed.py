#!/usr/bin/env python3
"""Speed of resolve_year (expressions per second), next to dateparser on the same strings.

    python benchmarks/years_speed.py

Years: `resolve_year` against `dateparser.parse` (languages=[lang], RELATIVE_BASE = the
reference date) on the same strings: the expressions the date and time peer suites expect
(../shared/benchmarks/peers), or a short built-in list when ../shared is absent. One process,
one core; expressions a second (higher is better). The figures vary with the machine.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PEERS = ROOT.parent / "shared" / "benchmarks" / "peers"
YEAR_SUITES = (
    "recognizers-fr-datetime.jsonl",
    "duckling-fr-time.jsonl",
    "recognizers-en-datetime.jsonl",
    "duckling-en-time.jsonl",
)
FALLBACK = [
    ("fr", "en 2025"),
    ("fr", "l'exercice 2024-2025"),
    ("fr", "le 3 mars 2025"),
    ("fr", "l'année dernière"),
    ("fr", "au premier trimestre 2024"),
    ("en", "in fiscal 2026"),
    ("en", "March 3, 2025"),
    ("en", "last year"),
]
ANCHOR = dt.date(2025, 1, 25)


def year_expressions() -> list[tuple[str, str, dt.date]]:
    """(lang, expression, anchor) for every expected item of the peer date suites."""
    if not PEERS.exists():
        return [(lang, text, ANCHOR) for lang, text in FALLBACK]
    out = []
    for suite in YEAR_SUITES:
        for line in (PEERS / suite).read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            reference = case.get("reference_datetime")
            anchor = dt.date.fromisoformat(reference[:10]) if reference else ANCHOR
            out.extend((case["lang"], item["text"], anchor) for item in case["expected"])
    return out


def rate(function, items, *, at_least: float = 1.0) -> float:
    """Items a second, repeating the whole list until `at_least` seconds have passed."""
    done, started = 0, time.perf_counter()
    while True:
        for item in items:
            function(*item)
        done += len(items)
        seconds = time.perf_counter() - started
        if seconds >= at_least:
            return done / seconds


def years_speed() -> list[str]:
    """The table rows of year resolution speed."""
    import dateparser

    from newsfacts.normalize.dates import resolve_year

    items = year_expressions()
    for lang in {lang for lang, _, _ in items}:
        resolve_year("2025", lang=lang)  # build the patterns outside the timing

    def ours(lang, text, anchor):
        resolve_year(text, published=anchor, lang=lang)

    def theirs(lang, text, anchor):
        dateparser.parse(text, languages=[lang], settings={"RELATIVE_BASE": _midnight(anchor)})

    theirs(*items[0])  # dateparser loads its language data on first use
    rows = [
        f"Years: {len(items)} expressions (the peer suites' expected items).",
        "",
        "| normaliser | expressions/s |",
        "| --- | ---: |",
        f"| newsfacts `resolve_year` | {rate(ours, items):,.0f} |",
        f"| dateparser `parse` | {rate(theirs, items):,.0f} |",
    ]
    return rows


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


def main() -> int:
    print("\n".join(years_speed()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
