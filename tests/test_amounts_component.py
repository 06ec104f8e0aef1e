"""The newsfacts_amounts component on real sentences: exact texts, offsets, values."""

import json

import pytest

from .conftest import FIXTURES

B = 1e9


def amounts(nlp, text):
    doc = nlp(text)
    spans = sorted(doc.spans["newsfacts_amounts"], key=lambda s: s.start_char)
    return [(s.text, s.start_char, s._.amount) for s in spans]


def test_seed_amounts_match_the_gold(nlp_fr, seed_text):
    gold = json.loads((FIXTURES / "seed-meta-fr.gold.jsonl").read_text(encoding="utf-8"))
    want = gold["amounts"] + gold.get("amounts_optional", [])
    # Gold mentions are in reading order, each searched after the one before (GOLD-FORMAT.md).
    starts, after = [], 0
    for item in gold["amounts"]:
        starts.append(seed_text.index(item["text"], after))
        after = starts[-1] + 1
    vague = gold["amounts_optional"][0]
    starts.append(seed_text.index(vague["text"]))
    want = sorted(zip(starts, want, strict=True), key=lambda pair: pair[0])
    got = amounts(nlp_fr, seed_text)
    assert [(text, start) for text, start, _ in got] == [(a["text"], s) for s, a in want]
    for (_, _, values), (_, a) in zip(got, want, strict=True):
        assert values == {
            "value": a.get("value"),
            "low": a.get("low"),
            "high": a.get("high"),
            "currency": a["currency"],
            "currency_inferred": False,
            "qualifier": a["qualifier"],
        }


def test_seed_offsets(nlp_fr, seed_text):
    got = amounts(nlp_fr, seed_text)
    first = got[0]
    assert first[0] == "65 milliards de dollars"
    assert first[1] == seed_text.index("65 milliards de dollars")
    assert "plus d'un milliard" not in {text for text, _, _ in got}


SENTENCES = [
    (
        "fr-inferred-from-sentence",
        "fr",
        "Le groupe a vendu 10 milliards d'euros d'actifs et en rachètera 12 milliards en 2026.",
        [
            ("10 milliards d'euros", 10 * B, "EUR", False),
            ("12 milliards", 12 * B, "EUR", True),
        ],
    ),
    (
        "fr-inferred-from-paragraph",
        "fr",
        "Le chiffre d'affaires atteint 3 milliards de dollars. Le bénéfice est de 1,2 milliard.",
        [
            ("3 milliards de dollars", 3 * B, "USD", False),
            ("1,2 milliard", 1.2 * B, "USD", True),
        ],
    ),
    (
        "fr-inferred-before-another-word",
        "fr",
        "Les ventes atteignent 3,5 milliards d’euros, contre 3,1 milliards un an plus tôt.",
        [
            ("3,5 milliards d’euros", 3.5 * B, "EUR", False),
            ("3,1 milliards", 3.1 * B, "EUR", True),
        ],
    ),
    (
        "en-counted-noun-is-not-money",
        "en",
        "More than 1 billion people use the app, which generated $2bn and 10 billion in 2024.",
        [("$2bn", 2 * B, "USD", False), ("10 billion", 10 * B, "USD", True)],
    ),
    (
        "fr-no-inference-without-money",
        "fr",
        "La ville compte 2 millions d'habitants et 12 milliards de fourmis.",
        [],
    ),
    (
        "fr-conversion-in-brackets",
        "fr",
        "Un déficit de 1,6 milliard (2,54 milliards de $) est attendu.",
        [("2,54 milliards de $", 2.54 * B, "USD", False)],
    ),
    (
        "fr-percent-and-jobs-are-not-money",
        "fr",
        "Les ventes ont progressé de 27 % et 2 000 emplois seront créés pour 50 millions d'euros.",
        [("50 millions d'euros", 50e6, "EUR", False)],
    ),
    (
        "en-glued-forms",
        "en",
        "The deal is worth €3bn, while rivals paid £450m and $2.5 billion.",
        [
            ("€3bn", 3 * B, "EUR", False),
            ("£450m", 450e6, "GBP", False),
            ("$2.5 billion", 2.5 * B, "USD", False),
        ],
    ),
    (
        "en-cents-alone-take-the-nearest-currency",
        "en",
        "Nike will pay $0.40 a share in dividends. It earned 70 cents a share, up 12 cents, "
        "while egg prices averaged 64.2 cents a dozen.",
        [
            ("$0.40", 0.40, "USD", False),
            ("70 cents", 0.70, "USD", True),
            ("12 cents", 0.12, "USD", True),
            ("64.2 cents", 0.642, "USD", True),
        ],
    ),
    (
        "en-a-glued-p-alone-needs-pounds-in-the-article",
        "en",
        "Tesco raised its profit forecast to £2.9bn.\n\nIts shares rose 4.5p, or 1.3%, to "
        "350.2p, and a 1080p video of the results was posted. Nvidia fell 70 pence to $120.",
        [
            ("£2.9bn", 2.9 * B, "GBP", False),
            ("4.5p", 0.045, "GBP", True),
            ("350.2p", 3.502, "GBP", True),
            ("70 pence", 0.70, "GBP", False),
            ("$120", 120, "USD", False),
        ],
    ),
    ("en-sub-units-alone-without-money", "en", "Eggs cost 64 cents and stamps 73p.", []),
    (
        "en-pence-name-the-pound-in-a-story-told-in-dollars",
        "en",
        "BP earned $2.2 billion in the quarter. Its shares rose 2% to 1,412 pence in London, "
        "and it will pay 8 cents a share.",
        [
            ("$2.2 billion", 2.2 * B, "USD", False),
            ("1,412 pence", 14.12, "GBP", False),
            ("8 cents", 0.08, "USD", True),
        ],
    ),
    (
        "en-rupiah-and-rp",
        "en",
        "Bank Mandiri will lend 12 trillion rupiah to the project, or Rp 4.5 trillion a year.",
        [
            ("12 trillion rupiah", 12e12, "IDR", False),
            ("Rp 4.5 trillion", 4.5e12, "IDR", False),
        ],
    ),
    (
        "fr-francs-alone-after-swiss-francs",
        "fr",
        "Le chiffre d'affaires d'UBS a atteint 12,1 milliards de francs suisses.\n\nLa banque "
        "a mis de côté 500 millions de francs pour des litiges, soit 530 millions d'euros.",
        [
            ("12,1 milliards de francs suisses", 12.1 * B, "CHF", False),
            ("500 millions de francs", 500e6, "CHF", True),
            ("530 millions d'euros", 530e6, "EUR", False),
        ],
    ),
    # After the euro, "francs" alone may be Swiss, CFA or Pacific francs: left out.
    ("fr-francs-alone-without-a-franc-currency", "fr", "Le ticket coûtait 8 francs en 2015.", []),
    # Before it, French-language text means the French franc.
    (
        "fr-francs-alone-in-a-year-before-the-euro",
        "fr",
        "En 1991, Thomson-CSF a vendu six frégates à Taïwan pour 16 milliards de francs.",
        [("16 milliards de francs", 16 * B, "FRF", True)],
    ),
    (
        "fr-francs-alone-dated-by-their-own-sentence",
        "fr",
        "L'affaire éclate en 1997.\n\nEn 2008, le club a touché 38 millions de francs de la "
        "ligue suisse. Le juge avait saisi 200 000 francs en 1999.",
        [("200 000 francs", 200_000, "FRF", True)],
    ),
    (
        "fr-francs-alone-dated-by-their-paragraph",
        "fr",
        "Le scandale éclate en mars 1995. L'office HLM aurait versé 45 millions de francs.",
        [("45 millions de francs", 45e6, "FRF", True)],
    ),
    # A settled "francs" lends its currency to a bare amount after it, as a written one does.
    (
        "fr-francs-alone-lend-their-currency",
        "fr",
        "En 1998, le budget de la ville était de 3 milliards de francs. Il atteindra 4 milliards "
        "en 2001.",
        [("3 milliards de francs", 3 * B, "FRF", True), ("4 milliards", 4 * B, "FRF", True)],
    ),
    (
        "fr-francs-after-swiss-francs-lend-their-currency",
        "fr",
        "Le chiffre d'affaires d'UBS a atteint 12,1 milliards de francs suisses.\n\nLa banque a "
        "mis de côté 500 millions de francs pour des litiges, puis 200 millions.",
        [
            ("12,1 milliards de francs suisses", 12.1 * B, "CHF", False),
            ("500 millions de francs", 500e6, "CHF", True),
            ("200 millions", 200e6, "CHF", True),
        ],
    ),
    # The number of an amount is no year of it.
    ("fr-francs-alone-a-sum-is-no-year", "fr", "Il a touché 2000 francs.", []),
    # English press names the franc it means ("French francs").
    ("en-francs-alone-before-the-euro", "en", "In 1991 the deal was worth 16 billion francs.", []),
    (
        "fr-cfa-francs-beside-swiss-francs",
        "fr",
        "Le groupe suisse a emprunté 2 milliards de francs suisses. Au Sénégal, le kilo d'arachide "
        "est payé 305 francs CFA aux producteurs, contre 280 francs CFA l'an passé.",
        [
            ("2 milliards de francs suisses", 2 * B, "CHF", False),
            ("305 francs CFA", 305, "XOF", False),
            ("280 francs CFA", 280, "XOF", False),
        ],
    ),
    (
        "en-francs-alone-after-swiss-francs",
        "en",
        "Roche expects sales of 63 billion Swiss francs; it will spend 2 billion francs on R&D.",
        [
            ("63 billion Swiss francs", 63 * B, "CHF", False),
            ("2 billion francs", 2 * B, "CHF", True),
        ],
    ),
    (
        "en-crowns-alone-after-danish-kroner",
        "en",
        "Carlsberg shares closed at 812 Danish kroner.\n\nThe brewer will buy back stock worth "
        "3 billion kroner, while Volvo Cars booked 1.2 billion Swedish kronor and 400 million "
        "kronor of charges.",
        [
            ("812 Danish kroner", 812, "DKK", False),
            ("3 billion kroner", 3 * B, "DKK", True),
            ("1.2 billion Swedish kronor", 1.2 * B, "SEK", False),
            ("400 million kronor", 400e6, "SEK", True),
        ],
    ),
    (
        "en-pesos-alone-need-a-peso-in-the-article",
        "en",
        "Walmex invested 30 billion pesos, after a loss of 2 billion Mexican pesos.",
        [
            ("30 billion pesos", 30 * B, "MXN", True),
            ("2 billion Mexican pesos", 2 * B, "MXN", False),
        ],
    ),
    ("en-pesos-alone-without-a-peso-currency", "en", "The bond raised 9 billion pesos.", []),
    (
        "fr-couronnes-alone-after-norwegian-crowns",
        "fr",
        "Equinor a dégagé 95 milliards de couronnes norvégiennes, dont 7 milliards de couronnes "
        "au Danemark.",
        [
            ("95 milliards de couronnes norvégiennes", 95 * B, "NOK", False),
            ("7 milliards de couronnes", 7 * B, "NOK", True),
        ],
    ),
    (
        "en-swiss-franc-prefix",
        "en",
        "Unilever will sell the unit for £3.5bn, while rival Nestlé reported first-half sales "
        "of SFr45.2bn and a charge of SFr 300 million.",
        [
            ("£3.5bn", 3.5 * B, "GBP", False),
            ("SFr45.2bn", 45.2 * B, "CHF", False),
            ("SFr 300 million", 300e6, "CHF", False),
        ],
    ),
    # a bare number after "dont" / "contre" / "of which" continues a count of a noun that is
    # not money: it is that count, not an amount
    (
        "fr-continued-count-is-not-money",
        "fr",
        "L'opérateur revendique plus de 30 millions de clients, dont environ 8 millions au "
        "Cameroun, pour un chiffre d'affaires de 2,4 milliards d'euros.",
        [("2,4 milliards d'euros", 2.4 * B, "EUR", False)],
    ),
    (
        "fr-continued-count-after-contre",
        "fr",
        "Le réseau a transporté 1,2 milliard de voyageurs l'an dernier, contre 1,1 milliard en "
        "2023, et ses recettes ont atteint 3 milliards d'euros.",
        [("3 milliards d'euros", 3 * B, "EUR", False)],
    ),
    (
        "fr-continued-money-stays-money",
        "fr",
        "Le plan prévoit 40 millions d'euros d'investissements, dont 12 millions en France.",
        [
            ("40 millions d'euros", 40e6, "EUR", False),
            ("12 millions", 12e6, "EUR", True),
        ],
    ),
    (
        "en-continued-count-is-not-money",
        "en",
        "The carrier has more than 40 million subscribers, of which about 9 million in Kenya, "
        "and revenue of $2.1 billion.",
        [("$2.1 billion", 2.1 * B, "USD", False)],
    ),
    (
        "en-continued-money-stays-money",
        "en",
        "It will spend $40 million on the plant, of which 12 million in Texas.",
        [("$40 million", 40e6, "USD", False), ("12 million", 12e6, "USD", True)],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [s[1:] for s in SENTENCES], ids=[s[0] for s in SENTENCES]
)
def test_sentences(request, lang, text, expected):
    nlp = request.getfixturevalue(f"nlp_{lang}")
    got = amounts(nlp, text)
    assert [(t, v["value"], v["currency"], v["currency_inferred"]) for t, _, v in got] == [
        (t, pytest.approx(value), currency, inferred) for t, value, currency, inferred in expected
    ]
    for span_text, start, _ in got:
        assert text[start : start + len(span_text)] == span_text


@pytest.mark.parametrize(
    ("published", "expected"),
    [("1996-05-02", [("8 francs", 8, "FRF")]), ("2026-05-02", []), (None, [])],
)
def test_francs_alone_dated_by_the_publication(extractor, published, expected):
    # No year in the text: the publication date tells which franc it is.
    article = extractor.extract(
        "Le ticket de métro coûte 8 francs.", lang="fr", published=published
    )
    assert [(a.text, a.value, a.currency) for a in article.amounts] == expected


def test_range_and_qualifier_in_english(nlp_en):
    text = "Capital spending will be $2-3 billion, up to $5 billion in total."
    got = amounts(nlp_en, text)
    assert [t for t, _, _ in got] == ["$2-3 billion", "$5 billion"]  # "up to" stays out
    assert got[0][2]["low"] == 2 * B and got[0][2]["high"] == 3 * B
    assert got[0][2]["qualifier"] == "range"
    assert got[1][2]["qualifier"] == "up_to"


def test_article_records_in_reading_order(extractor, seed_text):
    article = extractor.extract(seed_text, lang="fr", id="seed")
    assert [a.start for a in article.amounts] == sorted(a.start for a in article.amounts)
    for a in article.amounts:
        assert seed_text[a.start : a.end] == a.text
    assert article.amounts[0].model_dump(exclude={"text", "start", "end"}) == {
        "value": 65 * B,
        "low": None,
        "high": None,
        "currency": "USD",
        "currency_inferred": False,
        "qualifier": "up_to",
    }
