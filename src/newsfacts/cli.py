"""The `newsfacts` command line, shaped like `spacy apply`.

Exit status of `newsfacts extract`: 0 when every input was read and written (articles that
failed carry their error in their output line), 1 with `--strict` when any article has an
error, or when the run itself fails (a model missing, the output not writable), 2 for a usage
error (an unknown option, no input given).
"""

from __future__ import annotations

import json
import sys
import time
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated

import typer
from tqdm import tqdm

from .about import __version__
from .io import InputOptions, read_inputs, write_jsonl
from .records import Article

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Companies, monetary amounts, years and claims from news articles, as JSON Lines.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsfacts {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """newsfacts: structured facts from French and English news."""


@app.command()
def extract(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files (.txt .md .json .jsonl), folders (read recursively), or '-'."),
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Output JSONL file (default: stdout).")
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(help="Language of articles that do not give one (default: detect)."),
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) of articles without one.")
    ] = None,
    text_key: Annotated[str, typer.Option(help="JSON key holding the text.")] = "text",
    id_key: Annotated[str, typer.Option(help="JSON key holding the id.")] = "id",
    encoding: Annotated[str, typer.Option(help="Encoding of input files.")] = "utf-8",
    batch_size: Annotated[int, typer.Option(min=1, help="Articles handed to spaCy at once.")] = 32,
    n_process: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    strict: Annotated[
        bool, typer.Option(help="Exit with status 1 when any article has an error.")
    ] = False,
) -> None:
    """Extract records from every article of INPUTS, one JSON line each, in input order."""
    from .extractor import Extractor  # spaCy is imported only when there is work to do

    try:
        extractor = Extractor(lang=lang, published=published)
    except ValueError:
        raise typer.BadParameter(
            f"{published!r} is not a date (YYYY-MM-DD)", param_hint="--published"
        ) from None
    skipped: list[Path] = []
    options = InputOptions(text_key=text_key, id_key=id_key, encoding=encoding)
    articles = extractor.pipe(
        read_inputs(inputs, options, on_skip=skipped.append, exclude=output),
        batch_size=batch_size,
        n_process=n_process,
    )
    started = time.perf_counter()
    count = failed = 0
    sink = open(output, "w", encoding="utf-8") if output else nullcontext(sys.stdout)  # noqa: SIM115
    with sink as out:
        progress = tqdm(write_jsonl(articles, out), unit=" articles", file=sys.stderr, disable=None)
        for article in progress:
            count += 1
            failed += bool(article.errors)
    seconds = time.perf_counter() - started
    _summary(count, failed, skipped, seconds)
    if strict and failed:
        raise typer.Exit(1)


def _summary(count: int, failed: int, skipped: list[Path], seconds: float) -> None:
    rate = count / seconds if seconds else 0.0
    line = f"newsfacts: {count} articles, {failed} with errors, {seconds:.1f} s ({rate:.1f}/s)"
    if skipped:
        first = skipped[0]
        line += f"; {len(skipped)} files skipped: not articles, or the output (first: {first})"
    typer.echo(line, err=True)


@app.command()
def show(
    records: Annotated[Path, typer.Argument(help="JSON Lines written by `newsfacts extract`.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="HTML file (default: stdout).")
    ] = None,
) -> None:
    """Write one self-contained HTML page with each article's records highlighted in its text."""
    from pydantic import ValidationError

    from .report import render

    articles = []
    with open(records, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                articles.append(Article.model_validate_json(line))
            except ValidationError as error:
                typer.echo(f"{records}:{number}: not an Article record: {error}", err=True)
                raise typer.Exit(1) from None
    page = render(articles, title=f"newsfacts: {records.name}")
    if output:
        output.write_text(page, encoding="utf-8")
    else:
        sys.stdout.write(page)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Article record (one JSON line of `extract`)."""
    typer.echo(json.dumps(Article.model_json_schema(), indent=2, ensure_ascii=False))


def main() -> None:
    app()
