"""The tokenizer rules newsfacts adds to the stock pipeline (newsfacts.pipeline)."""

import pytest


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("la Chine, la Russie- est", ["la", "Chine", ",", "la", "Russie", "-", "est"]),
        ("-la France", ["-", "la", "France"]),
        ("une baisse de -5 %", ["une", "baisse", "de", "-5", "%"]),
    ],
    ids=["dash-glued-after", "dash-glued-before", "sign-of-a-number-kept"],
)
def test_glued_dashes_are_split(nlp_fr, text, tokens):
    assert [t.text for t in nlp_fr.tokenizer(text)] == tokens


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("La start-up française Mistral AI a levé 600 millions d'euros.", "start-up"),
        ("Start-ups : la pépite a levé 5 millions.", "Start-ups"),
        ("Il a vendu ses stock-options ce week-end.", "stock-options"),
        ("Il a vendu ses stock-options ce week-end.", "week-end"),
    ],
)
def test_borrowed_hyphenated_words_stay_whole(nlp_fr, text, word):
    assert word in [t.text for t in nlp_fr.tokenizer(text)]


def test_english_hyphens_are_split_as_the_model_was_trained(nlp_en):
    assert [t.text for t in nlp_en.tokenizer("a start-up")] == ["a", "start", "-", "up"]
