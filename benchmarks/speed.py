#!/usr/bin/env python3
"""Throughput of newsfacts next to the bare spaCy model, and each component's share of it.

    python benchmarks/speed.py [--limit N] [--repeat R] [--no-write]

Machines are noisy, so the figures that hold are ratios: newsfacts' throughput over the bare
model's, and the time each of our components adds to the stock pipeline. Rows:

- bare spaCy: the stock model alone (`nlp.pipe`);
- components: each of ours applied to the stock model's Docs, timed alone;
- Extractor.pipe: the whole job (language detection, pipeline, pydantic records).

The table is written into docs/benchmarks.md between the `speed` markers.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
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


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def component_seconds(component, docs: list, repeat: int) -> float:
    """The best time of a component over fresh copies of the stock Docs: a Doc it has read
    once holds its spans, which a second run over the same Doc would find again."""
    times = []
    for _ in range(repeat):
        copies = [doc.copy() for doc in docs]
        started = time.perf_counter()
        for doc in copies:
            component(doc)
        times.append(time.perf_counter() - started)
    return min(times)


def measure(lang: str, texts: list[str], repeat: int) -> dict:
    bare = spacy.load(model_name(lang))
    extractor = Extractor(lang=lang)
    full = extractor.pipeline(lang)
    list(bare.pipe(texts[:20]))  # warm-up
    list(extractor.pipe(texts[:20]))
    tokens = sum(len(doc) for doc in bare.pipe(texts, batch_size=BATCH_SIZE))
    bare_s = best_of(repeat, lambda: list(bare.pipe(texts, batch_size=BATCH_SIZE)))
    shares = {}
    with full.select_pipes(disable=list(COMPONENTS)):
        stock_docs = list(full.pipe(texts, batch_size=BATCH_SIZE))
    for name in COMPONENTS:
        seconds = component_seconds(full.get_pipe(name), stock_docs, repeat)
        shares[name] = seconds / bare_s
    extractor_s = best_of(repeat, lambda: list(extractor.pipe(texts, batch_size=BATCH_SIZE)))
    return {
        "docs": len(texts),
        "tokens": tokens,
        "bare": bare_s,
        "extractor": extractor_s,
        "shares": shares,
    }


def table(results: dict[str, dict]) -> str:
    lines = [
        "Command: `python benchmarks/speed.py` (best of the repeats, one process, "
        f"batch size {BATCH_SIZE}; a component's share is the time it adds over the bare model's).",
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
