"""Reading articles from files, folders and standard input; writing records as JSON Lines.

Every input that should have been an article and cannot be read (an empty or binary file, a
wrong encoding, a malformed JSON line) becomes an `ArticleInput` carrying a specific error, so
that it gets its own output line: nothing is dropped silently.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .inputs import ArticleInput
from .records import Article, ArticleError

TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"


class InputOptions:
    """How JSON inputs name their fields, and how files are decoded."""

    def __init__(self, *, text_key: str = "text", id_key: str = "id", encoding: str = "utf-8"):
        self.text_key = text_key
        self.id_key = id_key
        self.encoding = encoding


def read_inputs(
    paths: Iterable[str],
    options: InputOptions | None = None,
    *,
    on_skip: Callable[[Path], None] | None = None,
    stdin: IO[bytes] | None = None,
    exclude: Path | None = None,
) -> Iterator[ArticleInput]:
    """Every article of `paths` (files, folders read recursively, or "-" for stdin), in order.

    Files in folders whose suffix we do not read are passed to `on_skip`; so is `exclude`
    (the output file, which may lie in an input folder). Standard input holds JSON Lines
    when its first non-blank character is "{", else one plain-text article.
    """
    options = options or InputOptions()
    excluded = exclude.resolve() if exclude else None
    for given in paths:
        if given == STDIN:
            raw = (stdin or sys.stdin.buffer).read()
            yield from _read_stdin(raw, options)
            continue
        path = Path(given)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if file.suffix.lower() in SUFFIXES and file.resolve() != excluded:
                    yield from read_file(file, file.relative_to(path).as_posix(), options)
                elif on_skip is not None:
                    on_skip(file)
        else:
            yield from read_file(path, given, options)


def read_file(path: Path, name: str, options: InputOptions) -> Iterator[ArticleInput]:
    """The articles of one file; `name` is its id (text files) or the prefix of its ids."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        yield _broken(name, str(path), "unreadable", f"cannot read: {error.strerror or error}")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(raw, name, str(path), options)
    elif suffix in JSON_SUFFIXES:
        yield from _read_json(raw, name, str(path), options)
    else:
        yield _read_text(raw, name, str(path), options)


def decode(raw: bytes, encoding: str) -> str | ArticleError:
    """The text of `raw`, or why it is not text: binary data, or bytes not in `encoding`."""
    if b"\x00" in raw[:8192]:
        return ArticleError(code="binary", message="binary data (NUL bytes), not text")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        return ArticleError(
            code="encoding",
            message=(
                f"not valid {encoding}: byte 0x{raw[error.start]:02x} at offset {error.start}; "
                "give the right one with --encoding (e.g. cp1252 or latin-1)"
            ),
        )
    except LookupError:
        return ArticleError(code="encoding", message=f"unknown encoding {encoding!r}")
    return text.removeprefix("\ufeff")


def _read_text(raw: bytes, name: str, source: str, options: InputOptions) -> ArticleInput:
    text = decode(raw, options.encoding)
    if isinstance(text, ArticleError):
        return ArticleInput(id=name, text=None, source=source, errors=[text])
    if not text.strip():
        return _broken(name, source, "empty", "empty file")
    return ArticleInput(id=name, text=text, source=source)


def _read_jsonl(raw: bytes, name: str, source: str, options: InputOptions):
    text = decode(raw, options.encoding)
    if isinstance(text, ArticleError):
        yield ArticleInput(id=name, text=None, source=source, errors=[text])
        return
    if not text.strip():
        yield _broken(name, source, "empty", "empty file")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield _broken(f"{name}:{number}", where, "json", f"malformed JSON line: {error}")
            continue
        yield _from_object(value, f"{name}:{number}", where, options)


def _read_json(raw: bytes, name: str, source: str, options: InputOptions):
    text = decode(raw, options.encoding)
    if isinstance(text, ArticleError):
        yield ArticleInput(id=name, text=None, source=source, errors=[text])
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield _broken(name, source, "json", f"malformed JSON: {error}")
        return
    if isinstance(value, list):
        for number, item in enumerate(value):
            yield _from_object(item, f"{name}[{number}]", f"{source}[{number}]", options)
    else:
        yield _from_object(value, name, source, options)


def _read_stdin(raw: bytes, options: InputOptions) -> Iterator[ArticleInput]:
    if raw.lstrip()[:1] == b"{":
        yield from _read_jsonl(raw, "<stdin>", "<stdin>", options)
    else:
        yield _read_text(raw, "<stdin>", "<stdin>", options)


def _from_object(value: Any, fallback_id: str, source: str, options: InputOptions):
    if not isinstance(value, dict):
        message = f"expected a JSON object, got {type(value).__name__}"
        return _broken(fallback_id, source, "json", message)
    article_id = str(value.get(options.id_key) or fallback_id)
    text = value.get(options.text_key)
    if not isinstance(text, str):
        problem = "no" if text is None else f"a {type(text).__name__} in the"
        message = f"{problem} {options.text_key!r} key (a string is needed)"
        return _broken(article_id, source, "missing_text", message)
    if not text.strip():
        return _broken(article_id, source, "empty", f"empty {options.text_key!r}")
    return ArticleInput(
        id=article_id,
        text=text,
        published=value.get("published"),
        lang=value.get("lang"),
        source=source,
    )


def _broken(article_id: str, source: str, code: str, message: str) -> ArticleInput:
    error = ArticleError(code=code, message=message)
    return ArticleInput(id=article_id, text=None, source=source, errors=[error])


def write_jsonl(articles: Iterable[Article], out: IO[str]) -> Iterator[Article]:
    """Write each Article as one JSON line to `out`, passing it on (for counting)."""
    for article in articles:
        out.write(article.model_dump_json())
        out.write("\n")
        yield article
