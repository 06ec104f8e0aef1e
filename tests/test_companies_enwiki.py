"""English encyclopedic and wire text (the en-wiki-1 probe round): sentence ends after names
in mixed case, datelines, ships and statutes, and bodies named again."""

import pytest

from .test_probes import _accuracy_module


def spans(nlp, text: str) -> list[str]:
    """The organisation spans `benchmarks/accuracy.py` scores, in reading order."""
    doc = nlp(text)
    return [doc.text[a:b] for a, b in sorted(_accuracy_module().organization_spans(doc))]


def test_a_full_stop_after_a_name_in_mixed_case_ends_the_sentence(nlp_en):
    doc = nlp_en("It is used by the Dutch network operator TenneT. Last year its revenue tripled.")
    assert [t.text for t in doc[8:10]] == ["TenneT", "."]
    assert len(list(doc.sents)) == 2
    assert "TenneT" in spans(nlp_en, doc.text)


@pytest.mark.parametrize(
    "text", ["U.S. shares rose on Monday.", "The deal was approved by the F.D.A. on Monday."]
)
def test_dotted_initials_keep_their_full_stops(nlp_en, text):
    assert all(not t.text.endswith(".") or "." in t.text[:-1] for t in nlp_en(text)[:-1])


def test_french_names_in_mixed_case_keep_the_stock_tokens(nlp_fr):
    """The split is English data: French text is tokenised as before."""
    assert "TenneT." in [t.text for t in nlp_fr("Le contrat revient à TenneT. Le titre monte.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LONDON, March 12 (Reuters) - Lumen Grid said on Wednesday it had raised "
            "$85 million from Sequoia Capital.",
            ["Reuters", "Sequoia Capital"],
        ),
        (
            "DUBLIN (AP) — Ireland's government agreed on Sunday to rescue the lender.",
            ["AP"],
        ),
        # in capitals at a line's start, with no bracketed agency and dash: a name
        (
            "UNICEF, the UN children's agency, said on Monday that 2 million children were "
            "at risk.",
            ["UNICEF", "UN"],
        ),
        # a city in the body of a story acts as ever
        ("PARIS (AFP) - Renault said on Monday it would cut jobs.", ["AFP", "Renault"]),
    ],
)
def test_a_dateline_is_no_body(nlp_en, text, expected):
    assert spans(nlp_en, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ministry of Defence said it did not expect the strike to delay HMS "
            "Resolute, the first of the frigates.",
            ["Ministry of Defence"],
        ),
        ("The case led to the Medicines (Reporting) Act 2016.", []),
        # a prefix alone is no ship: the SS was a body
        ("He joined the SS in 1933 and served in Poland.", ["SS"]),
    ],
)
def test_ships_and_statutes_are_no_bodies(nlp_en, text, expected):
    assert spans(nlp_en, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Workers at the Northfleet Cement works walked out, the GMB union said. "
            "Northfleet Cement said the offer was fair.",
            ["Northfleet Cement", "GMB", "Northfleet Cement"],
        ),
        (
            "The charity works with the Kenya Water Trust. Kenya Water Trust said it "
            "welcomed the grant.",
            ["Kenya Water Trust", "Kenya Water Trust"],
        ),
    ],
)
def test_a_body_of_several_words_is_named_again(nlp_en, text, expected):
    assert spans(nlp_en, text) == expected


def test_a_one_word_body_is_not_named_again(nlp_en):
    """A word alone read once as a body is often a person or a place elsewhere (wikigold:
    "Bullock's house" read as a stock organisation, "Bullock slept"): only names of several
    words are carried to their other mentions."""
    text = (
        "The next morning, Stan arrives at Bullock's house after running some errands for "
        "him, but discovers that Bullock slept with Hayley."
    )
    assert spans(nlp_en, text).count("Bullock") == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under the plan, the Central Bank of Ireland will provide emergency liquidity.",
            ["Central Bank of Ireland"],
        ),
        # the listed bank alone is the bank
        (
            "Shares of AIB and Bank of Ireland fell more than 6% on Friday.",
            ["AIB", "Bank of Ireland"],
        ),
    ],
)
def test_a_body_named_before_a_listed_name_is_another_body(nlp_en, text, expected):
    assert spans(nlp_en, text) == expected


def test_a_listed_firm_of_one_word_keeps_its_name_after_a_nation(extractor):
    """A one-word firm after a proper noun is too often a person's or a nation's word."""
    text = "The American Comcast and the French Vivendi bid for the broadcaster."
    assert "Comcast" in [c.name for c in extractor.extract(text, lang="en").companies]
