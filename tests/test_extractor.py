"""The Extractor end to end on the bundled seed article, and its handling of bad articles."""

import datetime as dt

import pytest

from newsfacts import Extractor, extract
from newsfacts.inputs import ArticleInput
from newsfacts.records import ArticleError


def assert_offsets_hold(article):
    mentions = [*article.amounts, *article.years, *article.claims]
    for company in [*article.companies, *article.organizations]:
        mentions.extend(company.mentions)
    for m in mentions:
        assert article.text[m.start : m.end] == m.text


def test_seed_article(extractor, seed_text):
    article = extractor.extract(seed_text, published="2025-01-25", id="seed")
    assert (article.id, article.lang, article.published) == ("seed", "fr", dt.date(2025, 1, 25))
    assert article.text == seed_text
    assert article.errors == []
    names = {c.name for c in article.companies}
    assert {"Meta", "Google", "Microsoft", "Amazon", "Oracle"} <= names
    meta = next(c for c in article.companies if c.name == "Meta")
    assert len(meta.mentions) >= 10
    assert_offsets_hold(article)


def test_pipe_keeps_input_order_across_languages(extractor):
    items = [
        {"id": "en", "text": "Apple said on Tuesday that its revenue rose in the quarter."},
        {"id": "fr", "text": "La société Renault a annoncé mardi la fermeture d'une usine."},
        {
            "id": "de",
            "text": "Der Vorstand hat heute beschlossen, die Dividende deutlich zu erhöhen.",
        },
        {"id": "empty", "text": "   "},
        {"id": "bad-date", "text": "Apple said so.", "published": "yesterday"},
    ]
    articles = list(extractor.pipe(items, batch_size=2))
    assert [a.id for a in articles] == ["en", "fr", "de", "empty", "bad-date"]
    assert [a.lang for a in articles[:3]] == ["en", "fr", "de"]
    assert [[e.code for e in a.errors] for a in articles] == [
        [],
        [],
        ["unsupported_language"],
        ["empty"],
        ["published"],
    ]
    assert "'de' has no pipeline" in articles[2].errors[0].message


def test_given_language_is_not_second_guessed(extractor):
    article = extractor.extract("Meta", lang="en")
    assert article.lang == "en"
    assert article.errors == []


def test_too_long_article_is_refused_with_its_size():
    small = Extractor(max_chars=50)
    article = small.extract("Le groupe a annoncé une hausse de son chiffre d'affaires en 2024.")
    assert [e.code for e in article.errors] == ["too_long"]
    assert "65 characters, over the limit of 50" in article.errors[0].message


def test_read_errors_pass_through_without_processing(extractor):
    broken = ArticleInput(
        id="x.txt", text=None, source="x.txt", errors=[ArticleError(code="binary", message="b")]
    )
    (article,) = extractor.pipe([broken])
    assert (article.id, article.source, article.errors[0].code) == ("x.txt", "x.txt", "binary")


def test_failure_inside_spacy_is_isolated(extractor, monkeypatch):
    nlp = extractor.pipeline("en")
    real_call = type(nlp).__call__

    def fail_on_boom(self, doc, *args, **kwargs):
        if "boom" in doc.text:
            raise RuntimeError("component failed")
        return real_call(self, doc, *args, **kwargs)

    monkeypatch.setattr(type(nlp), "pipe", _always_fails)
    monkeypatch.setattr(type(nlp), "__call__", fail_on_boom)
    texts = ["Apple said it grew.", "A boom was heard in the city.", "IBM said it shrank."]
    articles = list(extractor.pipe([{"text": t, "lang": "en"} for t in texts]))
    assert [[e.code for e in a.errors] for a in articles] == [[], ["processing"], []]
    assert articles[1].errors[0].message == "RuntimeError: component failed"


def _always_fails(self, docs, **kwargs):
    raise RuntimeError("batch failed")


def test_module_level_extract():
    article = extract("Microsoft said revenue rose.", lang="en", id="m")
    assert article.id == "m"
    assert [c.name for c in article.companies] == ["Microsoft"]


def test_invalid_default_published_date_is_a_value_error():
    with pytest.raises(ValueError):
        Extractor(published="25/01/2025")


def test_pipe_with_worker_processes_keeps_order():
    texts = [f"Company number {n} said on Monday that sales rose." for n in range(6)]
    items = [{"id": str(n), "text": t, "lang": "en"} for n, t in enumerate(texts)]
    items.insert(3, {"id": "empty", "text": ""})
    articles = list(Extractor().pipe(items, batch_size=2, n_process=2))
    assert [a.id for a in articles] == ["0", "1", "2", "empty", "3", "4", "5"]
    assert [a.text for a in articles if a.id != "empty"] == texts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pipelines_pickle_for_spawned_workers(extractor, seed_text, lang):
    """`nlp.pipe(n_process=…)` pickles the pipeline under the "spawn" start method (macOS,
    Windows): every component must pickle, and read the same after the round trip."""
    import pickle

    from newsfacts.build import companies_from_doc, organizations_from_doc

    nlp = extractor.pipeline(lang)
    text = (
        seed_text
        if lang == "fr"
        else "Analysts at Peel Hunt said Tesco Plc beat forecasts; the Fed held rates."
    )
    copy = pickle.loads(pickle.dumps(nlp))
    before, after = nlp(text), copy(text)
    assert [c.name for c in companies_from_doc(after)] == [
        c.name for c in companies_from_doc(before)
    ]
    assert [o.name for o in organizations_from_doc(after)] == [
        o.name for o in organizations_from_doc(before)
    ]
    assert companies_from_doc(after)
