"""What a stretch of a Doc looks like as a name: capitalised, a code, a numeral, a heading in
capitals, a word of a person's name. Small predicates the company finder composes; no
language data and no state."""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from .article_memo import entities, remembered

# Stock labels of an organisation, a person and a place, in every model we load.
NER_LABELS = ("ORG",)
PERSON_LABELS = ("PER", "PERSON")
PLACE_LABELS = ("LOC", "GPE")
# The parts of speech of the closed classes (see `function_word`).
CLOSED_CLASSES = ("DET", "ADP", "PRON", "CCONJ", "SCONJ")
# A Roman numeral is no acronym: "XIII", "XIV".
ROMAN = re.compile(r"(?=[IVX])X{0,3}(IX|IV|V?I{0,3})")
# "5e", "XXIe", "3rd": a number written as an ordinal.
ORDINAL_NUMBER = re.compile(r"(\d+|[IVX]+)(e|er|re|ème|eme|nd|rd|st|th)")
# The most points a side scores in a match (basketball: "101-99"); a model's number is more.
SCORE_POINTS = 200
# The dashes between a score's points: "31-24", "84 – 80".
SCORE_DASHES = ("-", "–")
# Words on each side of a name that tell a heading in capitals.
SHOUT_WINDOW = 3
# The dashes that close a wire story's dateline: "LONDON, March 12 (Reuters) -".
DATELINE_DASHES = ("-", "–", "—")
# The most words between a dateline's place and its dash.
DATELINE_WINDOW = 10
# Capitals each followed by a dot, the last dot optional: "O.U.A.", "G.P.S", "S.N.C.F.".
DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){1,5}[A-Z]\.?")
# A digit between letters, across a hyphen too: "P1NP", "Arg3-Pro4".
CODE = re.compile(r"[^\W\d_][\d-]*\d[\d-]*[^\W\d_]")


def trimmed(span: Span) -> Span:
    """The span without the lower-case article before a name ("the VI Corps"), the date the
    stock model runs on into ("la Ligue nationale de hockey de 1998", "du Syndicat national
    des instituteurs de 1948 à 1969"), a match's score ("le HBC Saint-Dié 31-24") and the
    punctuation, line break or possessive mark it sometimes leaves at its end. (Several
    passes trim each stock name: once per article.)"""
    return remembered(span.doc, ("trimmed", span.start, span.end), lambda: _trim(span))


def _trim(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and span.doc[start].pos_ == "DET" and span.doc[start].is_lower:
        start += 1
    dated = next((t.i for t in span[1:-1] if t.pos_ == "ADP" and year(span.doc[t.i + 1])), None)
    if dated is not None and dated > start:
        end = dated
    if end - start > 3 and score(span.doc[end - 3 : end]):
        end -= 3
    # and the possessive mark: "the Board of Inquiry's report" names the Board of Inquiry
    while end > start and (
        span.doc[end - 1].is_punct or span.doc[end - 1].is_space or span.doc[end - 1].tag_ == "POS"
    ):
        end -= 1
    return span.doc[start:end]


def score(words: Span) -> bool:
    """Whether three words are a match's score, two points of at most `SCORE_POINTS` around a
    dash: "31 - 24", "84-80" (not a model's number: "Boeing 737-800")."""
    first, dash, second = words
    points = (first.text, second.text)
    return dash.text in SCORE_DASHES and all(
        p.isdecimal() and int(p) <= SCORE_POINTS for p in points
    )


def spelled_score(doc: Doc, i: int, words, range_words=()) -> bool:
    """Whether token `i` opens a match's score told with a word between its points, two
    points of at most `SCORE_POINTS` ("4 à 2"; `words`: the language's, "à"), not a range
    that a word of `range_words` opens ("de 3 à 5 ans")."""
    if i < 0 or i + 2 >= len(doc) or doc[i + 1].lower_ not in words:
        return False
    if i > 0 and doc[i - 1].lower_ in range_words:
        return False
    points = (doc[i].text, doc[i + 2].text)
    return all(p.isdecimal() and int(p) <= SCORE_POINTS for p in points)


def year(token: Token) -> bool:
    """Whether the token is a year of four digits: "1998", not "22" ("Mouvement du 22-Mars")."""
    return len(token.text) == 4 and token.text.isdigit() and token.text[0] in "12"


def function_word(token: Token) -> bool:
    """A stop word of a closed class ("Le", "Dans", "The"): its capital makes no name
    ("syndicats enseignants Le ministre refuse …"), and a name does not run on into one ("la
    Cour d'appel Dans son arrêt"). Both tests: the tagger puts unknown acronyms in closed
    classes ("en LNH"), and the stop lists hold nouns."""
    return token.is_stop and token.pos_ in CLOSED_CLASSES


def has_word(doc: Doc, word: str) -> bool:
    """Whether the Doc has the token `word` (a test on the token array, in C)."""
    return bool((doc.to_array(ORTH) == doc.vocab.strings[word]).any())


def alone(span: Span) -> bool:
    """Whether no capitalised word goes on the name on either side: "Hill & Knowlton",
    not "Tremors - New & Selected Poems"."""
    doc = span.doc
    before = span.start > 0 and capitalised(doc[span.start - 1]) and not span[0].is_sent_start
    after = span.end < len(doc) and capitalised(doc[span.end])
    return not before and not after


def glued(span: Span) -> Span:
    """The span with the acronyms glued to it by hyphens: "RPR" + "-UDF" is one list,
    "PPE" + "-DE" one group (names of two words stay apart: "Vivendi-Générale des Eaux")."""
    doc, end = span.doc, span.end
    while hyphen_joins(doc, end) and acronym(doc[end - 1].text) and acronym(doc[end + 1].text):
        end += 2
    return doc[span.start : end]


def hyphen_joins(doc: Doc, i: int) -> bool:
    """Whether token `i` is a hyphen glued to a word on each side: "RPR-UDF", "Nancy-Lorraine"."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    )


def compound_end(doc: Doc, i: int) -> int:
    """The last word of the compound in lower case that token `i` begins, which the tokenizer
    splits at its hyphens: "sapeurs-pompiers", "camions-citernes" (`i` when it is none)."""
    while hyphen_joins(doc, i + 1) and doc[i + 2].is_lower and doc[i + 2].is_alpha:
        i += 2
    return i


def entity_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The start and end of the stock entity that token `i` is in ((i, i) when none)."""
    if not doc[i].ent_type_:
        return i, i
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def same_entity(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens `i` and `j` are words of one stock entity ("Stade Français Paris",
    "Gabrielle Union")."""
    return bool(doc[i].ent_type_) and entity_bounds(doc, i) == entity_bounds(doc, j)


def person(token: Token, start: int) -> bool:
    """A person's name begins here (the stock model says so): "Parti républicain Jean-Pierre
    Thomas" stops before the man."""
    return token.ent_type_ in ("PER", "PERSON") and token.ent_iob_ == "B" and token.i > start


def hyphenated(doc: Doc, span: Span) -> bool:
    """Part of a hyphenated name: "EDF" in "EDF-GDF" (not a name that a lower-case word
    after the hyphen qualifies: "Microsoft-backed OpenAI", "a Tesla-like design")."""
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    qualified = span.end + 1 < len(doc) and doc[span.end + 1].is_lower
    return (
        after is not None
        and after.text == "-"
        and not span[-1].whitespace_
        and not after.whitespace_
        and not qualified
    ) or (before is not None and before.text == "-" and not before.whitespace_)


def in_person_name(span: Span) -> bool:
    """Whether the name is a word of a longer person's name to the stock model: "Bosch" in
    "Jérôme Bosch", "Lagardère" in "Arnaud Lagardère" (a brand named after its founder,
    "Louis Vuitton", is the whole name and stays; "Gucci" in "la maison mère de Gucci",
    which the stock model reads as a person, stays too)."""
    if not all(t.ent_type_ in PERSON_LABELS for t in span):
        return False
    start, end = entity_bounds(span.doc, span.start)
    if not (start <= span.start and span.end <= end and end - start > len(span)):
        return False
    # a common noun makes the entity no one's name: "la maison mère de Gucci" read as PER
    others = [*span.doc[start : span.start], *span.doc[span.end : end]]
    return not any(t.is_lower and t.pos_ == "NOUN" for t in others)


def in_product_name(doc: Doc, span: Span) -> bool:
    """Whether the stock model reads the name as the start of a longer non-organisation name
    with model words after it: "Nintendo 3 DS", "Peugeot 206"."""
    for ent in entities(doc):
        if ent.label_ != "ORG" and ent.start == span.start and ent.end > span.end:
            rest = doc[span.end : ent.end]
            if all(t.like_num or capitalised(t) for t in rest):
                return True
    return False


def contains(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and len(outer) > len(inner)


def acronym(text: str) -> bool:
    """Two to six capital letters: "OFP", "COSEC" (not "A", not "SARL" when listed apart),
    with or without dots ("O.U.A.", older and Swiss writing)."""
    letters = undotted(text) if "." in text else text
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def undotted(text: str) -> str:
    """An acronym without its dots ("S.N.C.F." → "SNCF"); any other text as it is."""
    return text.replace(".", "") if DOTTED_ACRONYM.fullmatch(text) else text


def dotted(acronym: str) -> list[str]:
    """The dotted spellings of an acronym of three letters or more ("SNCF" → "S.N.C.F.",
    "S.N.C.F"); none for two letters, where "P.S." is mostly a postscript."""
    if len(acronym) < 3 or not acronym.isalpha() or not acronym.isupper():
        return []
    spelled = ".".join(acronym)
    return [f"{spelled}.", spelled]


def code(span: Span) -> bool:
    """A code rather than a name: one word with a digit inside letters ("P1NP",
    "Arg3-Pro4") or a sign ("N=70"). A digit at either end is a name's ("6PR", "MTV2",
    "Blink-182")."""
    text = span.text
    return len(span) == 1 and ("=" in text or CODE.search(text) is not None)


def numeral(span: Span) -> bool:
    """A Roman numeral or an ordinal read as a name: "le rugby à XIII", "le XXIe siècle"."""
    text = span.text
    return len(span) == 1 and (bool(ROMAN.fullmatch(text)) or ordinal_number(text))


def ordinal_number(word: str) -> bool:
    """ "IIIe", "Ve", "5e", "3rd": a number written as an ordinal."""
    return ORDINAL_NUMBER.fullmatch(word) is not None


def shouted(span: Span) -> bool:
    """Whether the words around a span are written in capitals, as in a heading ("COMMENT
    CONSERVER ACLASTA"), where the stock model reads any word as a name. The window
    crosses sentences: the parser often cuts a heading in two."""
    doc = span.doc
    around = [
        *doc[max(0, span.start - SHOUT_WINDOW) : span.start],
        *doc[span.end : span.end + SHOUT_WINDOW],
    ]
    # Other names do not count: "RPR, PR, PS, PCF" is a list, not a heading.
    words = [t for t in around if t.is_alpha and len(t) > 1 and t.ent_type_ not in NER_LABELS]
    return len(words) >= 2 and sum(t.is_upper for t in words) >= 0.8 * len(words)


def numbered_part(span: Span) -> bool:
    """A word before a dotted number numbers a part of a text: "voir Section 4.5"."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc):
        return False
    number = doc[span.end].text
    return "." in number.strip(".") and number.replace(".", "").isdigit()


def one_word_line(span: Span) -> bool:
    """A word alone on its line is a heading ("Hypocalcémie", "ACLASTA"), whatever the
    stock model reads in it; a name of several words stays ("European Medicines Agency")."""
    if len(span) != 1:
        return False
    doc = span.doc
    # Outwards to the line's ends, stopping at the first other word: most text has no
    # line break near a name, so a scan to the ends would read the whole Doc.
    i = span.start - 1
    while i >= 0 and "\n" not in doc[i].text_with_ws:
        if doc[i].is_alpha:
            return False
        i -= 1
    i = span.start
    while i + 1 < len(doc) and "\n" not in doc[i].text_with_ws:
        i += 1
        if doc[i].is_alpha:
            return False
    return True


def people(token: Token) -> bool:
    """A people the stock model reads as a place ("les Français", "les Togolais"): a common
    noun whose lemma is in lower case, where a place's name is a proper noun."""
    return token.pos_ == "NOUN" and token.lemma_.islower()


def lower_word(token: Token) -> bool:
    """A lower-case noun, adjective or participle: a word of an enumeration in a name."""
    return token.is_lower and token.is_alpha and token.pos_ in ("NOUN", "ADJ", "VERB")


def capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def capitalised_run_start(doc: Doc, i: int) -> int:
    """The first of the capitalised words that run back from token `i` within its sentence
    ("Berthelot" before "et Fils", "Lactalis" before "SA"); `i` when the word before it is
    none."""
    while i > 0 and capitalised(doc[i - 1]) and not doc[i].is_sent_start:
        i -= 1
    return i


def compounded(doc: Doc, i: int) -> bool:
    """Whether the word at `i` is the second noun of a hyphenated compound: "hôpital" in
    "navire-hôpital"."""
    return i > 1 and hyphen_joins(doc, i - 1) and doc[i - 2].is_alpha


def hyphenated_name_end(doc: Doc, i: int) -> int:
    """The end of the capitalised words joined by hyphens that begin at `i` ("Paul-Émile-
    Victor", "Georges-Pompidou"), else `i`."""
    end = i
    while (
        end + 2 < len(doc)
        and capitalised(doc[end])
        and doc[end].is_alpha
        and doc[end + 1].text == "-"
        and not doc[end].whitespace_
        and not doc[end + 1].whitespace_
        and capitalised(doc[end + 2])
    ):
        end += 2
    return end + 1 if end > i else i


def sentences_apart(doc: Doc, first: int, second: int) -> int:
    return sum(1 for i in range(first + 1, second + 1) if doc[i].is_sent_start)


def preposition_and_governor(word: Token) -> tuple[Token, Token]:
    """The preposition before a name's head word and the word it attaches the name to: in
    French trees the preposition is the name's `case` child and the governor its head ("la
    ratification par la France"); in English trees the name hangs on the preposition, which
    hangs on the governor ("the ratification by France")."""
    case = next((c for c in word.children if c.dep_ == "case"), None)
    if case is not None:
        return case, word.head
    return word.head, word.head.head


def dateline(span: Span) -> bool:
    """Whether a span is the place of a wire story's dateline: in capitals at the start of a
    line, the line running on to a bracketed agency and a dash ("LONDON, March 12 (Reuters)
    -", "DUBLIN (AP) —"). Where the story was filed: no body that acts."""
    doc, start = span.doc, span.start
    if not span.text.isupper() or not (start == 0 or "\n" in doc[start - 1].text_with_ws):
        return False
    for i in range(span.end, min(len(doc) - 1, span.end + DATELINE_WINDOW)):
        if "\n" in doc[i - 1].text_with_ws:
            return False
        if doc[i].text == ")" and doc[i + 1].text in DATELINE_DASHES:
            return True
    return False
