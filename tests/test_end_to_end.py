"""The whole job on the bundled articles: what a reader of each article expects to get."""

import datetime as dt

import pytest

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def articles(extractor):
    from newsfacts.io import read_inputs

    return {a.id: a for a in extractor.pipe(read_inputs([str(FIXTURES / "batch")]))}


def test_every_offset_holds(articles):
    for article in articles.values():
        mentions = [*article.amounts, *article.years, *article.claims]
        mentions += [m for c in [*article.companies, *article.organizations] for m in c.mentions]
        mentions += [c.speaker.mention for c in article.claims if c.speaker and c.speaker.mention]
        assert mentions
        for m in mentions:
            assert article.text[m.start : m.end] == m.text


def test_french_results_article(articles):
    article = articles["fr-airbus-2024"]
    assert (article.lang, article.published) == ("fr", dt.date(2025, 2, 20))
    assert [c.name for c in article.companies] == ["Airbus"]
    (amount,) = article.amounts
    assert (amount.text, amount.value, amount.currency) == ("4,2 milliards d'euros", 4.2e9, "EUR")
    years = {(y.text, y.year) for y in article.years}
    assert {("l'exercice 2024", 2024), ("cette année", 2025)} <= years
    announced = next(c for c in article.claims if c.cue == "annoncer")
    assert announced.speaker.name == "Airbus"
    assert announced.speaker.kind == "organization"
    assert announced.text.startswith("un bénéfice net de 4,2 milliards d'euros")
    assert announced.amounts == [0]


def test_french_start_up_article(articles):
    article = articles["fr-mistral"]
    assert [c.name for c in article.companies] == ["Mistral AI", "Nvidia", "Samsung", "OpenAI"]
    (amount,) = article.amounts
    assert (amount.value, amount.currency, amount.qualifier) == (6e8, "EUR", "exact")
    (claim,) = article.claims
    assert (claim.speaker.name, claim.speaker.role, claim.cue) == (
        "Arthur Mensch",
        "PDG",
        "déclarer",
    )
    assert claim.text == "l'entreprise voulait rivaliser avec OpenAI"
    assert claim.companies == ["OpenAI"]


def test_english_article_without_publication_date(articles):
    article = articles["microsoft-capex-en.txt"]
    assert (article.lang, article.published) == ("en", None)
    assert [c.name for c in article.companies] == ["Microsoft", "Alphabet", "Amazon"]
    (amount,) = article.amounts
    assert (amount.text, amount.value, amount.currency, amount.qualifier) == (
        "about $80 billion",
        8e10,
        "USD",
        "approx",
    )
    assert [(y.text, y.year) for y in article.years if y.year] == [("in fiscal 2025", 2025)]
    friday = next(y for y in article.years if y.text == "Friday")
    assert friday.year is None  # never guessed from today's clock
    said = next(c for c in article.claims if c.cue == "say")
    assert said.speaker.name == "Microsoft"
    assert said.amounts == [0]
    wrote = next(c for c in article.claims if c.cue == "write")
    assert (wrote.speaker.name, wrote.text) == (
        "Brad Smith",
        "more than half of that total would be spent in the United States",
    )
