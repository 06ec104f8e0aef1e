#!/usr/bin/env python3
"""Speed of parse_amount (strings per second, next to price-parser) and its linear time.

    python benchmarks/money_speed.py

Table 1: `parse_amount` and price-parser's `Price.fromstring` on the same strings (the inputs
of the shared money suites, or our own test table when ../shared is absent), best of 3 runs.
Table 2: `find_amounts` then `infer_currencies` on 0.25, 0.5 and 1 MB of digits, separators and
scale words, and of dense money prose: the time per MB must stay flat (no catastrophic
backtracking, no quadratic currency inference).
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from price_parser import Price

from newsfacts.normalize.money import find_amounts, infer_currencies, parse_amount

ROOT = Path(__file__).resolve().parents[1]
PEERS = ROOT.parent / "shared" / "benchmarks" / "peers"
SUITES = (
    "recognizers-fr-currency",
    "duckling-fr-money",
    "recognizers-en-currency",
    "duckling-en-money",
)
FALLBACK = [
    ("fr", "jusqu'à 65 milliards de dollars"),
    ("en", "$2-3 billion"),
    ("fr", "entre 2 et 3 milliards d'euros"),
    ("en", "about £450m"),
]


PROSE = "Le groupe a vendu 10 milliards d'euros et rachètera 12 milliards. "


def strings() -> list[tuple[str, str]]:
    found = []
    for suite in SUITES:
        path = PEERS / f"{suite}.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                case = json.loads(line)
                found.append((case["lang"], case["input"]))
    return found or FALLBACK


def rate(function, items, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for lang, text in items:
            function(text, lang)
        best = min(best, time.perf_counter() - started)
    return len(items) / best


def adversarial(size: int, seed: int = 0) -> str:
    pieces = [
        "1",
        "000",
        " ",
        ",",
        ".",
        "\u00a0",
        "milliards",
        "de",
        "$",
        "-",
        "à",
        "k",
        "M",
        "9",
        "entre",
        "et",
    ]
    rng = random.Random(seed)
    out, length = [], 0
    while length < size:
        piece = rng.choice(pieces)
        out.append(piece)
        length += len(piece)
    return "".join(out)[:size]


def main() -> int:
    items = strings()
    parse_amount("1 €", "fr"), parse_amount("$1", "en")  # build the language tables first
    ours = rate(parse_amount, items)
    theirs = rate(lambda text, lang: Price.fromstring(text), items)
    print(f"{len(items)} strings (average {sum(len(t) for _, t in items) / len(items):.0f} chars)")
    print()
    print("| function | strings/s |")
    print("| --- | ---: |")
    print(f"| newsfacts `parse_amount` | {ours:,.0f} |")
    print(f"| price-parser `Price.fromstring` | {theirs:,.0f} |")
    print()
    print("| input | size | seconds | seconds per MB |")
    print("| --- | ---: | ---: | ---: |")
    for mb in (0.25, 0.5, 1.0):
        for name, text in (
            ("digits and separators", adversarial(int(mb * 1_000_000))),
            ("one long grouped number", ("1 000 " * 200_000)[: int(mb * 1_000_000)]),
            ("money prose, one line", (PROSE * 20_000)[: int(mb * 1_000_000)]),
        ):
            seconds = float("inf")
            for _ in range(3):  # best of 3: the machine is shared
                started = time.perf_counter()
                infer_currencies(find_amounts(text, "fr"), text)
                seconds = min(seconds, time.perf_counter() - started)
            print(f"| {name} | {mb} MB | {seconds:.2f} | {seconds / mb:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
