#!/usr/bin/env python3
"""How long the company finder's lists take to load and compile, per language.

    python benchmarks/gazetteer.py

Prints, for each language: entries, seconds to read and compile the company list and the
organisation list into PhraseMatchers (the tokenizer warmed first), and seconds to build the
whole `newsfacts_companies` component. Best of three runs.
"""

from __future__ import annotations

import sys
import time

import spacy

from newsfacts import lang as language_data
from newsfacts.components.companies import CompanyFinder
from newsfacts.components.gazetteer import Gazetteer
from newsfacts.pipeline import model_name


def best(function, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    print("| language | companies | organisations | companies s | organisations s | component s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for lang in language_data.languages():
        nlp = spacy.load(model_name(lang), exclude=["ner", "parser", "tagger", "morphologizer"])
        nlp.tokenizer("warm up")
        companies = Gazetteer.companies(nlp)
        organizations = Gazetteer.organizations(nlp)
        print(
            f"| {lang} | {len(companies.entries)} | {len(organizations.entries)} "
            f"| {best(lambda: Gazetteer.companies(nlp)):.3f} "  # noqa: B023
            f"| {best(lambda: Gazetteer.organizations(nlp)):.3f} "  # noqa: B023
            f"| {best(lambda: CompanyFinder(nlp)):.3f} |"  # noqa: B023
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
