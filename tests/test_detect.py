"""Language detection, measured on real French and English text from the shared benchmarks."""

import json

import pytest

from newsfacts.detect import detect_language

from .conftest import shared_path

SUPPORTED = ("en", "fr")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le méta-PDG Mark Zuckerberg a récemment annoncé que Meta dépenserait plus.", "fr"),
        ("Microsoft said on Friday that it expects to spend about $80 billion.", "en"),
        ("Der Vorstand hat heute beschlossen, die Dividende deutlich zu erhöhen.", "de"),
        ("La Comisión Europea ha aprobado hoy la compra de la empresa.", "es"),
        ("65 milliards de dollars", "fr"),
        ("Meta", "en"),  # too short for anyone: the best-ranked supported language
    ],
    ids=["fr-sentence", "en-sentence", "de-refused", "es-refused", "fr-short", "name-only"],
)
def test_detect_language(text, lang):
    assert detect_language(text, SUPPORTED) == lang


def _accuracy(texts, lang):
    return sum(detect_language(t, SUPPORTED) == lang for t in texts) / len(texts)


@pytest.mark.shared
def test_french_news_sentences():
    path = shared_path("real", "frwikinews_sentences", "frwikinews-1000-sentences.txt")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if len(line) > 40]
    assert _accuracy(lines, "fr") >= 0.99


@pytest.mark.shared
def test_english_wikigold_sentences():
    path = shared_path("real", "wikigold_en", "wikigold_en.jsonl")
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    texts = [t for t in texts if len(t) > 40]
    assert _accuracy(texts, "en") >= 0.98
