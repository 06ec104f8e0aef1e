#!/usr/bin/env python3
"""Accuracy of `newsfacts extract` on every gold file we have, scored by the shared scorer.

    python benchmarks/accuracy.py [--only SUITE ...] [--no-write]

For each suite: the gold file (the dev set, our own probe articles under fixtures/probes, or
a peer suite turned into gold by `../shared/benchmarks/peers_as_gold.py`) is given to
`newsfacts extract` as it is, the output
is scored by `../shared/benchmarks/score.py --json`, and a table row is printed. The table is
written into docs/benchmarks.md between the `accuracy` markers (the rest of the page is kept).

A second table scores organisation spans (our companies and organisations together, products
left out) against the ORG annotation of real NER corpora, exact character span, beside the
stock model's ORG entities on the same run; it goes between the `organizations` markers.
Those pipelines run in this process (`nlp.pipe`), one Doc a sentence. A probe set whose gold
lists `organizations` (surface strings in reading order) is scored the same way, one Doc an
article, under the probe suite's name, its `organizations_optional` counted neither way:
`--only "probes fr regional 1"` gives its fields and its organisation row together.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks"
OUT = ROOT / "benchmarks" / "out"
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- accuracy:start -->", "<!-- accuracy:end -->"
ORG_START, ORG_END = "<!-- organizations:start -->", "<!-- organizations:end -->"


@dataclass(frozen=True)
class Suite:
    name: str
    fields: tuple[str, ...]
    peer: str | None = None  # a peers/*.jsonl file, turned into gold first
    gold: str | None = None  # a gold file under ../shared/benchmarks
    fixture: str | None = None  # a gold file under fixtures/ (our own articles)


ALL_FIELDS = ("companies", "amounts", "years", "claims")
SUITES = (
    Suite("dev (seed)", ("companies", "amounts", "years", "claims"), gold="dev/gold.jsonl"),
    Suite("probes fr 1", ALL_FIELDS, fixture="probes/fr-business-1.gold.jsonl"),
    Suite("probes fr 2", ALL_FIELDS, fixture="probes/fr-business-2.gold.jsonl"),
    Suite("probes fr 3", ALL_FIELDS, fixture="probes/fr-business-3.gold.jsonl"),
    Suite("probes fr 4", ALL_FIELDS, fixture="probes/fr-business-4.gold.jsonl"),
    Suite("probes fr wiki 1", ALL_FIELDS, fixture="probes/fr-wiki-1.gold.jsonl"),
    Suite("probes fr wiki 2", ALL_FIELDS, fixture="probes/fr-wiki-2.gold.jsonl"),
    Suite("probes fr regional 1", ALL_FIELDS, fixture="probes/fr-regional-1.gold.jsonl"),
    Suite("probes fr regional 2", ALL_FIELDS, fixture="probes/fr-regional-2.gold.jsonl"),
    Suite("probes fr politics 1", ALL_FIELDS, fixture="probes/fr-politics-1.gold.jsonl"),
    Suite("probes fr sport 1", ALL_FIELDS, fixture="probes/fr-sport-1.gold.jsonl"),
    Suite("probes fr health 1", ALL_FIELDS, fixture="probes/fr-health-1.gold.jsonl"),
    Suite("probes en 1", ALL_FIELDS, fixture="probes/en-business-1.gold.jsonl"),
    Suite("probes en 2", ALL_FIELDS, fixture="probes/en-business-2.gold.jsonl"),
    Suite("probes en 3", ALL_FIELDS, fixture="probes/en-business-3.gold.jsonl"),
    Suite("probes en 4", ALL_FIELDS, fixture="probes/en-business-4.gold.jsonl"),
    Suite("probes en wiki 1", ALL_FIELDS, fixture="probes/en-wiki-1.gold.jsonl"),
    Suite("recognizers-fr-currency", ("amounts",), peer="recognizers-fr-currency.jsonl"),
    Suite("duckling-fr-money", ("amounts",), peer="duckling-fr-money.jsonl"),
    Suite("recognizers-en-currency", ("amounts",), peer="recognizers-en-currency.jsonl"),
    Suite("duckling-en-money", ("amounts",), peer="duckling-en-money.jsonl"),
    Suite("recognizers-fr-datetime", ("years",), peer="recognizers-fr-datetime.jsonl"),
    Suite("duckling-fr-time", ("years",), peer="duckling-fr-time.jsonl"),
    Suite("recognizers-en-datetime", ("years",), peer="recognizers-en-datetime.jsonl"),
    Suite("duckling-en-time", ("years",), peer="duckling-en-time.jsonl"),
)
EXTRAS = {"amounts": "qualifier_accuracy", "claims": "speaker_accuracy"}


@dataclass(frozen=True)
class NerSuite:
    """A real NER corpus under ../shared/benchmarks/real: JSONL rows with `entities`."""

    name: str
    lang: str
    files: tuple[str, ...] = ()
    genre: str | None = None  # keep only the rows of this genre
    label: str = "ORG"
    fixture: str | None = None  # a probe gold file under fixtures/ with `organizations`


NER_SUITES = (
    NerSuite("sequoia test", "fr", ("real/sequoia_ne_fr/sequoia_test.jsonl",)),
    NerSuite(
        "sequoia news (all splits)",
        "fr",
        tuple(f"real/sequoia_ne_fr/sequoia_{s}.jsonl" for s in ("train", "dev", "test")),
        genre="news_est_republicain",
    ),
    NerSuite("wikineural fr test", "fr", ("real/wikineural_fr/wikineural_fr_test.jsonl",)),
    NerSuite("wikigold en", "en", ("real/wikigold_en/wikigold_en.jsonl",)),
    # our own articles: one row an article, named as the probe suite so that one --only runs both
    NerSuite("probes fr regional 1", "fr", fixture="probes/fr-regional-1.gold.jsonl"),
    NerSuite("probes fr regional 2", "fr", fixture="probes/fr-regional-2.gold.jsonl"),
    NerSuite("probes fr wiki 1", "fr", fixture="probes/fr-wiki-1.gold.jsonl"),
    NerSuite("probes fr wiki 2", "fr", fixture="probes/fr-wiki-2.gold.jsonl"),
    NerSuite("probes fr politics 1", "fr", fixture="probes/fr-politics-1.gold.jsonl"),
    NerSuite("probes fr sport 1", "fr", fixture="probes/fr-sport-1.gold.jsonl"),
    NerSuite("probes en wiki 1", "en", fixture="probes/en-wiki-1.gold.jsonl"),
    NerSuite("probes fr health 1", "fr", fixture="probes/fr-health-1.gold.jsonl"),
)
# Organisation kinds that NER corpora tag apart from organisations (PROD: products, titles).
NOT_ORG_KINDS = ("product", "publication")


def gold_file(suite: Suite) -> Path:
    if suite.fixture:
        return ROOT / "fixtures" / suite.fixture
    if suite.gold:
        return SHARED / suite.gold
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{suite.peer.removesuffix('.jsonl')}.gold.jsonl"
    peer = SHARED / "peers" / suite.peer
    with open(path, "w", encoding="utf-8") as out:
        subprocess.run(
            [sys.executable, str(SHARED / "peers_as_gold.py"), str(peer)], stdout=out, check=True
        )
    return path


def run(suite: Suite) -> tuple[dict, float]:
    gold = gold_file(suite)
    pred = OUT / f"{gold.stem.removesuffix('.gold')}.pred.jsonl"
    OUT.mkdir(parents=True, exist_ok=True)
    newsfacts = [sys.executable, "-m", "newsfacts", "extract", str(gold), "-o", str(pred)]
    started = time.perf_counter()
    subprocess.run(newsfacts, check=True, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    unresolved = drop_unresolved_years(pred)
    if unresolved:
        print(
            f"  ({suite.name}: {unresolved} year mentions with year null left out)", file=sys.stderr
        )
    score = [sys.executable, str(SHARED / "score.py"), str(gold), str(pred), "--json"]
    score += ["--fields", ",".join(suite.fields)]
    figures = json.loads(subprocess.run(score, check=True, capture_output=True).stdout)
    return figures, seconds


def drop_unresolved_years(pred: Path) -> int:
    """Leave out relative year mentions without a year (no publication date to read them
    against): score.py reads every predicted year as an integer."""
    articles = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines()]
    dropped = 0
    for article in articles:
        years = article.get("years") or []
        article["years"] = [y for y in years if y.get("year") is not None]
        dropped += len(years) - len(article["years"])
    lines = (json.dumps(article, ensure_ascii=False) for article in articles)
    pred.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return dropped


def rows(suite: Suite, figures: dict) -> list[str]:
    lines = []
    for field in suite.fields:
        f = figures[field]
        extra = f"{EXTRAS[field]} {f[EXTRAS[field]]:.3f}" if field in EXTRAS else ""
        lines.append(
            f"| {suite.name} | {figures['articles']} | {field} | {f['precision']:.3f} "
            f"| {f['recall']:.3f} | **{f['f1']:.3f}** | {f['tp']}/{f['fp']}/{f['fn']} | {extra} |"
        )
    return lines


def ner_rows(suite: NerSuite) -> list[dict]:
    if suite.fixture:
        with open(ROOT / "fixtures" / suite.fixture, encoding="utf-8") as lines:
            return [probe_ner_row(json.loads(line), suite.label) for line in lines]
    rows = []
    for name in suite.files:
        with open(SHARED / name, encoding="utf-8") as lines:
            rows += [json.loads(line) for line in lines]
    return [r for r in rows if suite.genre is None or r.get("genre") == suite.genre]


def probe_ner_row(article: dict, label: str = "ORG") -> dict:
    """A probe article as a NER row: its `organizations` (surface strings in reading order,
    each found after the start of the one before) become entities, and every occurrence of an
    `organizations_optional` string an optional span, neither rewarded nor punished."""
    text, entities, start = article["text"], [], -1
    for name in article.get("organizations", []):
        start = text.find(name, start + 1)
        if start < 0:
            raise ValueError(f"{article['id']}: {name!r} is not in the text after the one before")
        entities.append({"start": start, "end": start + len(name), "label": label})
    optional = set()
    for name in article.get("organizations_optional", []):
        at = text.find(name)
        while at >= 0:
            optional.add((at, at + len(name)))
            at = text.find(name, at + 1)
    return {"text": text, "entities": entities, "optional": optional}


def prf(gold: set, predicted: set) -> tuple[float, float, float, int, int, int]:
    tp = len(gold & predicted)
    fp, fn = len(predicted) - tp, len(gold) - tp
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp, fp, fn


def organization_spans(doc) -> set[tuple[int, int]]:
    """Our companies (names, not anaphors) and non-product organisations, as offsets."""
    from newsfacts.components.companies import ORGANIZATIONS_KEY, SPANS_KEY

    spans = {
        (s.start_char, s.end_char)
        for s in doc.spans.get(SPANS_KEY, [])
        if not s._.company.get("anaphor")
    }
    spans |= {
        (s.start_char, s.end_char)
        for s in doc.spans.get(ORGANIZATIONS_KEY, [])
        if s._.organization["kind"] not in NOT_ORG_KINDS
    }
    return spans


def run_ner(suite: NerSuite, nlp) -> list[str]:
    """Two rows: the stock model's ORG entities and ours, on one pass over the corpus."""
    rows = ner_rows(suite)
    gold, stock, ours = set(), set(), set()
    started = time.perf_counter()
    for i, (row, doc) in enumerate(zip(rows, nlp.pipe(r["text"] for r in rows), strict=True)):
        spans = {(e["start"], e["end"]) for e in row["entities"] if e["label"] == suite.label}
        # an optional span counts neither way (probe golds only)
        neutral = row.get("optional", set()) - spans
        gold |= {(i, *span) for span in spans}
        stock |= {
            (i, e.start_char, e.end_char)
            for e in doc.ents
            if e.label_ == "ORG" and (e.start_char, e.end_char) not in neutral
        }
        ours |= {(i, *span) for span in organization_spans(doc) - neutral}
    print(f"  ({suite.name}: {time.perf_counter() - started:.1f} s)", file=sys.stderr)
    lines = []
    for system, predicted in (("stock ner", stock), ("newsfacts", ours)):
        p, r, f1, tp, fp, fn = prf(gold, predicted)
        lines.append(
            f"| {suite.name} | {len(rows)} | {len(gold)} | {system} | {p:.3f} | {r:.3f} "
            f"| **{f1:.3f}** | {tp}/{fp}/{fn} |"
        )
    return lines


def write_doc(table: str, start: str = START, end: str = END) -> None:
    page = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    if start not in page:
        page = f"{page.rstrip()}\n\n{start}\n{end}\n"
    head, _, rest = page.partition(start)
    _, _, tail = rest.partition(end)
    DOC.write_text(f"{head}{start}\n{table}\n{end}{tail}", encoding="utf-8")


def organizations_table(names: list[str] | None) -> str | None:
    from newsfacts.pipeline import load_pipeline

    suites = [s for s in NER_SUITES if not names or s.name in names]
    if not suites:
        return None
    table = [
        "Organisation spans (companies + organisations; products and publications left out)",
        "against the corpus's ORG, exact character span, micro-averaged; the stock model's ORG",
        "entities beside them.",
        "",
        "| corpus | sentences | gold ORG | system | P | R | F1 | tp/fp/fn |",
        "| --- | ---: | ---: | --- | ---: | ---: | ---: | --- |",
    ]
    pipelines = {}
    for suite in suites:
        if suite.lang not in pipelines:
            pipelines[suite.lang] = load_pipeline(suite.lang)
        for line in run_ner(suite, pipelines[suite.lang]):
            table.append(line)
            print(line, flush=True)
    return "\n".join(table)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="run only these suites (by name)")
    parser.add_argument("--no-write", action="store_true", help="print only, leave docs/ alone")
    args = parser.parse_args()
    if not SHARED.exists():
        sys.exit(f"{SHARED} is absent: the shared benchmarks must be beside this clone")
    suites = [s for s in SUITES if not args.only or s.name in args.only]
    organizations = organizations_table(args.only)
    if organizations and not args.no_write and not args.only:
        write_doc(organizations, ORG_START, ORG_END)
    table = [
        "Command: `python benchmarks/accuracy.py` (scorer: `../shared/benchmarks/score.py`).",
        "",
        "| suite | articles | field | P | R | F1 | tp/fp/fn | extra |",
        "| --- | ---: | --- | ---: | ---: | ---: | --- | --- |",
    ]
    for suite in suites:
        figures, seconds = run(suite)
        for line in rows(suite, figures):
            table.append(line)
            print(line, flush=True)
        print(f"  ({suite.name}: {seconds:.1f} s)", file=sys.stderr)
    if not args.no_write and not args.only:
        write_doc("\n".join(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
