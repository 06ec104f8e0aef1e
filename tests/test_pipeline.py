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


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            "François-Henri Pinault, PDG du groupe,",
            ["François-Henri", "Pinault", ",", "PDG", "du", "groupe", ","],
        ),
        ("(Anne-Sophie Pic)", ["(", "Anne-Sophie", "Pic", ")"]),
        # a compound the stock list holds stays as it was
        ("Jean-Pierre Farandou", ["Jean-Pierre", "Farandou"]),
        # no given name first: the stock rules
        ("Air France-KLM", ["Air", "France", "-", "KLM"]),
        ("Paris-Saclay", ["Paris", "-", "Saclay"]),
    ],
)
def test_compound_first_names_stay_whole(nlp_fr, text, tokens):
    assert [t.text for t in nlp_fr.tokenizer(text)] == tokens


def test_a_compound_first_name_makes_a_person_speak(nlp_fr):
    """Split in three, "François-Henri" left the stock model with no person to find."""
    doc = nlp_fr("François-Henri Pinault, PDG du groupe, a assuré que la collection serait prête.")
    (claim,) = doc.spans["newsfacts_claims"]
    assert claim._.claim["speaker"]["name"] == "François-Henri Pinault"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Le chiffre d'affaires a atteint 300 M€. Le titre a reculé de 2 %.", "300 M€"),
        ("La start-up a levé 2,5 Md$. Ses concurrents suivent.", "2,5 Md$"),
    ],
)
def test_a_full_stop_after_a_glued_currency_ends_the_sentence(extractor, nlp_fr, text, amount):
    doc = nlp_fr(text)
    assert len(list(doc.sents)) == 2
    assert [a.text for a in extractor.extract(text, lang="fr").amounts] == [amount]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Ocado's loss narrowed to £37m. Its shares rose 4%.", "£37m"),
        ("The fund raised $450m.\n\nIts backers include Sequoia.", "$450m"),
    ],
)
def test_a_full_stop_after_a_glued_million_ends_the_sentence(extractor, nlp_en, text, amount):
    """The stock rules keep "m." whole as an initial: the sentence ran on into the next."""
    doc = nlp_en(text)
    assert len(list(doc.sents)) == 2
    assert [a.text for a in extractor.extract(text, lang="en").amounts] == [amount]
