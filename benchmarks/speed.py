#!/usr/bin/env python3
"""Throughput of newsfacts next to the bare spaCy model, and each component's share of it.

    python benchmarks/speed.py [--limit N] [--repeat R] [--no-write]

Machines are noisy, so the figures that hold are ratios: newsfacts' throughput over the bare
model's, and the time each of our components adds to the stock pipeline. Rows:

- bare spaCy: the stock model alone (`nlp.pipe`);
- components: each of ours applied to the stock model's Docs, timed alone;
- Extractor.pipe: the whole job (language detection, pipeline, pydantic records).

Each repeat is a round of every measure in turn, and the best of each is kept, so that a
share compares times taken while the machine ran at the same speed.

The table is written into docs/benchmarks.md between the `speed` markers.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import spacy

from newsfacts import Extractor
from newsfacts.pipeline import COMPONENTS, model_name

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "benchmarks" / "real"
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- speed:start -->", "<!-- speed:end -->"
BATCH_SIZE = 32


def corpora(limit: int) -> dict[str, tuple[str, list[str]]]:
    """name → (language, texts): real French news-like text from the shared benchmarks."""
    chunks = REAL / "europeana_fr" / "enp_fr_chunks.jsonl"
    wikinews = REAL / "frwikinews_sentences" / "frwikinews-1000-sentences.txt"
    lines = [line for line in wikinews.read_text(encoding="utf-8").splitlines() if line.strip()]
    # Wikinews lines are consecutive sentences: ten make an article-sized text.
    articles = [" ".join(lines[i : i + 10]) for i in range(0, len(lines), 10)]
    return {
        "europeana_fr chunks": ("fr", [json.loads(x)["text"] for x in chunks.open()][:limit]),
        "frwikinews (10 sentences a text)": ("fr", articles[:limit]),
    }


def seconds(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def component_seconds(component, docs: list) -> float:
    """The time of a component over fresh copies of the stock Docs: a Doc it has read once
    holds its spans, which a second run over the same Doc would find again."""
    copies = [doc.copy() for doc in docs]
    return seconds(lambda: [component(doc) for doc in copies])


def measure(lang: str, texts: list[str], repeat: int) -> dict:
    bare = spacy.load(model_name(lang))
    extractor = Extractor(lang=lang)
    full = extractor.pipeline(lang)
    list(bare.pipe(texts[:20]))  # warm-up
    list(extractor.pipe(texts[:20]))
    tokens = sum(len(doc) for doc in bare.pipe(texts, batch_size=BATCH_SIZE))
    with full.select_pipes(disable=list(COMPONENTS)):
        stock_docs = list(full.pipe(texts, batch_size=BATCH_SIZE))
    runs: dict[str, Callable[[], float]] = {
        "bare": lambda: seconds(lambda: list(bare.pipe(texts, batch_size=BATCH_SIZE))),
        **{
            name: partial(component_seconds, full.get_pipe(name), stock_docs) for name in COMPONENTS
        },
        "extractor": lambda: seconds(lambda: list(extractor.pipe(texts, batch_size=BATCH_SIZE))),
    }
    # Each round takes every measure in turn, and the best of each is kept: the machine's
    # speed drifts over minutes, and a share compares times taken in the same rounds.
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            best[name] = min(best[name], run())
    return {
        "docs": len(texts),
        "tokens": tokens,
        "bare": best["bare"],
        "extractor": best["extractor"],
        "shares": {name: best[name] / best["bare"] for name in COMPONENTS},
    }


def table(results: dict[str, dict]) -> str:
    lines = [
        "Command: `python benchmarks/speed.py` (best of the repeats, taken in alternation, "
        f"one process, batch size {BATCH_SIZE}; a component's share is the time it adds over "
        "the bare model's).",
        "",
        "| corpus | docs | tokens | bare spaCy art/s | tok/s | newsfacts art/s | tok/s | ratio |"
        + "".join(f" {name} |" for name in COMPONENTS),
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |" + " ---: |" * len(COMPONENTS),
    ]
    for corpus, r in results.items():
        shares = "".join(f" {r['shares'][name]:.1%} |" for name in COMPONENTS)
        lines.append(
            f"| {corpus} | {r['docs']} | {r['tokens']:,} | {r['docs'] / r['bare']:.1f} "
            f"| {r['tokens'] / r['bare']:,.0f} | {r['docs'] / r['extractor']:.1f} "
            f"| {r['tokens'] / r['extractor']:,.0f} | {r['bare'] / r['extractor']:.2f} |{shares}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines += ["", f"Peak resident memory of the run: {peak:,.0f} MiB."]
    return "\n".join(lines)


def write_doc(text: str) -> None:
    page = DOC.read_text(encoding="utf-8") if DOC.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    if START not in page:
        page += f"\n## Speed\n\n{START}\n{END}\n"
    head, _, rest = page.partition(START)
    _, _, tail = rest.partition(END)
    DOC.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000, help="texts a corpus at most")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measure; best kept")
    parser.add_argument("--no-write", action="store_true", help="print only, leave docs/ alone")
    args = parser.parse_args()
    if not REAL.exists():
        sys.exit(f"{REAL} is absent: the shared benchmarks must be beside this clone")
    results = {
        name: measure(lang, texts, args.repeat)
        for name, (lang, texts) in corpora(args.limit).items()
    }
    text = table(results)
    print(text)
    if not args.no_write:
        write_doc(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
