"""Records: JSON Schema, round trips, and the gold-format field names the scorer reads."""

import json

from newsfacts.records import Amount, Article, Claim, Speaker


def test_schema_is_valid_json_schema():
    schema = Article.model_json_schema()
    assert schema["type"] == "object"
    assert {"id", "companies", "amounts", "years", "claims", "errors"} <= set(schema["properties"])


def test_article_round_trips_through_json():
    article = Article(
        id="x",
        lang="fr",
        published="2025-01-25",
        text="Il a dit que Meta dépensera 65 milliards de dollars.",
        amounts=[
            Amount(text="65 milliards de dollars", start=28, end=51, value=65e9, currency="USD")
        ],
        claims=[
            Claim(
                text="Meta dépensera 65 milliards de dollars",
                start=13,
                end=51,
                speaker=Speaker(name="Mark Zuckerberg"),
                cue="dire",
                amounts=[0],
            )
        ],
    )
    line = article.model_dump_json()
    assert Article.model_validate_json(line) == article
    data = json.loads(line)
    assert data["amounts"][0]["qualifier"] == "exact"
    assert data["claims"][0]["speaker"]["name"] == "Mark Zuckerberg"
    assert article.text[28:51] == "65 milliards de dollars"
