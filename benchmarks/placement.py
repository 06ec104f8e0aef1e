#!/usr/bin/env python3
"""Where the company finder goes relative to the stock `ner` (spaCy #4678), measured.

    python benchmarks/placement.py

A: our component after the stock `ner`, reading `doc.ents` (the shipped pipeline).
B: the same, plus an `entity_ruler` before `ner` that presets the gazetteer names (companies
and the language's organisations, ambiguous forms left out) as ORG entities.
For each, on the Sequoia test split and news sentences: the F1 of the stock ORG entities and
of our organisation spans (as in benchmarks/accuracy.py), and the time of `nlp.pipe`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from spacy.language import Language

from accuracy import NER_SUITES, ner_rows, organization_spans, prf
from newsfacts import lang as language_data
from newsfacts.components.gazetteer import COMPANIES, ORGANIZATIONS, read_entries
from newsfacts.pipeline import load_pipeline


def with_ruler(nlp: Language) -> Language:
    patterns = []
    folder = Path(language_data.data(nlp.lang).__file__).parent
    for path in (COMPANIES, folder / ORGANIZATIONS):
        for entry in read_entries(path):
            ambiguous = set(entry.get("ambiguous", ()))
            for form in (entry["name"], *entry.get("aliases", ())):
                if form not in ambiguous:
                    patterns.append({"label": "ORG", "pattern": form})
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(patterns)
    return nlp


def main() -> int:
    print("| placement | corpus | stock ORG F1 | newsfacts F1 | seconds |")
    print("| --- | --- | ---: | ---: | ---: |")
    placements = (("after ner", load_pipeline("fr")), ("entity_ruler before ner", None))
    for name, nlp in placements:
        nlp = nlp or with_ruler(load_pipeline("fr"))
        for suite in (s for s in NER_SUITES if s.name.startswith("sequoia")):
            rows = ner_rows(suite)
            gold, stock, ours = set(), set(), set()
            started = time.perf_counter()
            docs = nlp.pipe(r["text"] for r in rows)
            for i, (row, doc) in enumerate(zip(rows, docs, strict=True)):
                gold |= {(i, e["start"], e["end"]) for e in row["entities"] if e["label"] == "ORG"}
                stock |= {(i, e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"}
                ours |= {(i, *span) for span in organization_spans(doc)}
            seconds = time.perf_counter() - started
            print(
                f"| {name} | {suite.name} | {prf(gold, stock)[2]:.3f} "
                f"| {prf(gold, ours)[2]:.3f} | {seconds:.1f} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
