"""The Extractor: one spaCy pipeline per language, loaded lazily once, and a streaming `pipe`.

A problem with one article (no text, a language we have no pipeline for, a failure inside
spaCy) becomes an `ArticleError` on that article's record; the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import Any

from spacy.language import Language

from . import lang as language_data
from .build import article_from_doc
from .detect import detect_language
from .inputs import ArticleInput
from .pipeline import load_pipeline
from .records import Article, ArticleError

DEFAULT_MAX_CHARS = 1_000_000  # spaCy's own default `nlp.max_length`

ItemLike = ArticleInput | Mapping[str, Any] | str


class Extractor:
    """Extracts newsfacts records from articles.

    Pipelines are loaded on first use of their language and kept. `pipe` streams Articles
    in input order and never raises for a bad article: the error is on its record.
    """

    def __init__(
        self,
        *,
        lang: str | None = None,
        published: dt.date | str | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
    ):
        """lang: language of every article that does not give its own (None: detect it).
        published: publication date of every article that does not give its own.
        max_chars: longer articles are not processed and get a `too_long` error."""
        self.lang = lang
        self.published = _as_date(published)
        self.max_chars = max_chars
        self.languages = language_data.languages()
        self._pipelines: dict[str, Language] = {}

    def pipeline(self, lang: str) -> Language:
        """The spaCy pipeline of `lang`, loaded on first use."""
        if lang not in self._pipelines:
            self._pipelines[lang] = load_pipeline(lang, max_chars=self.max_chars)
        return self._pipelines[lang]

    def extract(
        self,
        text: str,
        *,
        lang: str | None = None,
        published: dt.date | str | None = None,
        id: str | None = None,
    ) -> Article:
        """The Article of one text; problems are reported in `Article.errors`."""
        item = ArticleInput(id=id or "0", text=text, published=published, lang=lang)
        return next(self.pipe([item]))

    def pipe(
        self, items: Iterable[ItemLike], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[Article]:
        """Stream one Article per item, in input order.

        items: ArticleInput, mappings with `text` (and `id`, `published`, `lang`), or strings.
        batch_size: articles handed to spaCy at once. n_process: worker processes (each loads
        its own pipelines).
        """
        inputs = (_as_input(item, number) for number, item in enumerate(items))
        chunks = _batched(inputs, batch_size)
        if n_process <= 1:
            for chunk in chunks:
                yield from self._process(chunk, batch_size)
            return
        settings = {"lang": self.lang, "published": self.published, "max_chars": self.max_chars}
        context = multiprocessing.get_context("spawn")
        with context.Pool(n_process, initializer=_start_worker, initargs=(settings,)) as pool:
            for articles in pool.imap(_work, ((chunk, batch_size) for chunk in chunks)):
                yield from articles

    def _process(self, chunk: list[ArticleInput], batch_size: int) -> list[Article]:
        articles: list[Article | None] = [None] * len(chunk)
        by_lang: dict[str, list[int]] = defaultdict(list)
        published: list[dt.date | None] = []
        for index, item in enumerate(chunk):
            date, problem = self._published(item)
            published.append(date)
            lang, problem = (None, problem) if problem else self._language(item)
            if problem or item.errors:
                articles[index] = _failed(item, lang, date, item.errors or [problem])
            else:
                by_lang[lang].append(index)
        for lang, indexes in by_lang.items():
            docs = self._run(lang, [chunk[i] for i in indexes], published, indexes, batch_size)
            for index, doc in zip(indexes, docs, strict=True):
                item = chunk[index]
                if isinstance(doc, ArticleError):
                    articles[index] = _failed(item, lang, published[index], [doc])
                else:
                    articles[index] = article_from_doc(
                        doc, id=item.id, lang=lang, published=published[index], source=item.source
                    )
        return articles  # type: ignore[return-value]

    def _run(self, lang, items, published, indexes, batch_size) -> list:
        """Docs for `items`; when a batch fails, each article is retried alone, so that only
        the one that fails gets a `processing` error."""
        try:
            nlp = self.pipeline(lang)
        except Exception as error:  # a missing model fails every article of that language
            return [ArticleError(code="processing", message=str(error))] * len(items)

        def make(item, index):
            doc = nlp.make_doc(item.text)
            doc._.published = published[index].isoformat() if published[index] else None
            return doc

        try:
            docs = [make(item, i) for item, i in zip(items, indexes, strict=True)]
            return list(nlp.pipe(docs, batch_size=batch_size))
        except Exception:
            results = []
            for item, index in zip(items, indexes, strict=True):
                try:
                    results.append(nlp(make(item, index)))
                except Exception as error:
                    message = f"{type(error).__name__}: {error}"
                    results.append(ArticleError(code="processing", message=message))
            return results

    def _published(self, item: ArticleInput) -> tuple[dt.date | None, ArticleError | None]:
        try:
            return _as_date(item.published) or self.published, None
        except ValueError:
            message = f"published {item.published!r} is not a date (expected YYYY-MM-DD)"
            return None, ArticleError(code="published", message=message)

    def _language(self, item: ArticleInput) -> tuple[str | None, ArticleError | None]:
        text = item.text or ""
        if not text.strip():
            return None, ArticleError(code="empty", message="the article has no text")
        if len(text) > self.max_chars:
            message = f"{len(text):,} characters, over the limit of {self.max_chars:,}"
            return None, ArticleError(code="too_long", message=message)
        lang = item.lang or self.lang or detect_language(text, self.languages)
        if lang not in self.languages:
            message = f"language {lang!r} has no pipeline; supported: {', '.join(self.languages)}"
            return lang, ArticleError(code="unsupported_language", message=message)
        return lang, None


def _failed(item: ArticleInput, lang, published, errors) -> Article:
    return Article(
        id=item.id,
        lang=lang,
        published=published,
        text=item.text,
        source=item.source,
        errors=errors,
    )


def _as_date(value: dt.date | str | None) -> dt.date | None:
    """A date from a date, an ISO date or datetime string, or None; ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip()[:10])
    raise ValueError(value)


def _as_input(item: ItemLike, number: int) -> ArticleInput:
    if isinstance(item, ArticleInput):
        return item
    if isinstance(item, str):
        return ArticleInput(id=str(number), text=item)
    return ArticleInput(
        id=str(item.get("id", number)),
        text=item.get("text"),
        published=item.get("published"),
        lang=item.get("lang"),
        source=item.get("source"),
    )


def _batched(items: Iterable[ArticleInput], size: int) -> Iterator[list[ArticleInput]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


_worker: Extractor | None = None


def _start_worker(settings: dict) -> None:
    global _worker
    _worker = Extractor(**settings)


def _work(task: tuple[list[ArticleInput], int]) -> list[Article]:
    chunk, batch_size = task
    return _worker._process(chunk, batch_size)
