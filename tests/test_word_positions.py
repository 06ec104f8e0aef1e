"""The word finders that spare the company passes a Token per word: the positions they give
are those a walk over the tokens gives."""

from spacy.attrs import LEMMA, LOWER, ORTH

from newsfacts.components.article_memo import reading
from newsfacts.components.name_shapes import acronym
from newsfacts.components.word_positions import WordSet, WordTest, word_ids


def test_listed_words_by_form_and_lower_case_form(nlp_fr, seed_text):
    doc = nlp_fr.make_doc(seed_text)
    exact = WordSet(["Meta", "dollars"], ORTH).positions(doc)
    assert exact == [t.i for t in doc if t.text in ("Meta", "dollars")]
    assert {doc[i].text for i in exact} == {"Meta", "dollars"}
    # Lower case: "Meta" and "META" alike, not "Metaverse".
    assert WordSet(["meta"], LOWER).positions(doc) == [t.i for t in doc if t.lower_ == "meta"]


def test_listed_lemmas(nlp_fr):
    doc = nlp_fr("Les sociétés ont annoncé que la société rachète des parts.")
    assert [doc[i].text for i in WordSet(["société"], LEMMA).positions(doc)] == [
        "sociétés",
        "société",
    ]


def test_a_test_on_words_gives_the_walk_s_positions_and_remembers_each_word(nlp_fr, seed_text):
    doc = nlp_fr.make_doc(seed_text)
    acronyms = WordTest(acronym)
    found = acronyms.positions(doc)
    assert found == [t.i for t in doc if acronym(t.text)]
    assert "IA" in {doc[i].text for i in found}
    assert acronyms.known[nlp_fr.vocab.strings["IA"]] is True
    assert acronyms.positions(doc) == found  # from what it remembers


def test_an_empty_doc_has_no_positions(nlp_fr):
    doc = nlp_fr.make_doc("")
    assert WordSet(["Meta"]).positions(doc) == []
    assert WordTest(acronym).positions(doc) == []


def test_within_reading_the_tests_share_the_doc_s_arrays_and_give_the_same_positions(
    nlp_fr, seed_text
):
    doc = nlp_fr.make_doc(seed_text)
    dollars, acronyms = WordSet(["dollars"], LOWER), WordTest(acronym)
    outside = dollars.positions(doc), acronyms.positions(doc)
    with reading(doc):
        assert (dollars.positions(doc), acronyms.positions(doc)) == outside
        assert word_ids(doc, LOWER) is word_ids(doc, LOWER)  # read once
        with reading(doc):  # an enclosing block keeps its arrays
            pass
        assert word_ids(doc, LOWER) is word_ids(doc, LOWER)
    assert word_ids(doc, LOWER) is not word_ids(doc, LOWER)  # read afresh once out
