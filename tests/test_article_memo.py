"""The per-article memo of the company passes: a value is computed once within the reading
of a Doc, afresh outside it, and the Doc's entities are the stock model's."""

from newsfacts.components.article_memo import entities, reading, remembered


def test_a_value_is_computed_once_while_the_doc_is_read_and_afresh_after(nlp_fr):
    doc = nlp_fr.make_doc("Meta investit en France.")
    calls = []

    def count():
        calls.append(1)
        return len(calls)

    with reading(doc):
        assert remembered(doc, "n", count) == 1
        assert remembered(doc, "n", count) == 1
        assert remembered(doc, "other", count) == 2
        with reading(doc):  # an enclosing block keeps its memo
            assert remembered(doc, "n", count) == 1
        assert remembered(doc, "n", count) == 1
    assert remembered(doc, "n", count) == 3
    assert remembered(doc, "n", count) == 4


def test_the_memo_is_the_doc_s_own(nlp_fr):
    first, second = nlp_fr.make_doc("Meta"), nlp_fr.make_doc("Google")
    with reading(first), reading(second):
        assert remembered(first, "text", lambda: first.text) == "Meta"
        assert remembered(second, "text", lambda: second.text) == "Google"


def test_entities_are_the_stock_model_s(nlp_fr):
    doc = nlp_fr("Mark Zuckerberg a annoncé que Meta investirait en France.")
    expected = [(e.start, e.end, e.label_) for e in doc.ents]
    assert expected  # the stock model reads names here
    with reading(doc):
        assert [(e.start, e.end, e.label_) for e in entities(doc)] == expected
        assert entities(doc) is entities(doc)
    assert [(e.start, e.end, e.label_) for e in entities(doc)] == expected
