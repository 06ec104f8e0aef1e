"""Parse helpers of newsfacts_claims: a reporting verb's subject, sentence bounds that respect
paragraph breaks, quotation spans, and the trimming of a claim's content."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .companies import SPANS_KEY as COMPANIES_KEY
from .speakers import PERSON_LABELS, SUBJECT_DEPS, agent_of

# Nominal dependents that hold an inverted speaker: "a affirmé Sundar Pichai".
INVERTED_SUBJECT_DEPS = frozenset({"nsubj", "obj", "dobj", "expl:subj", "appos", "obl:arg"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})
PASSIVE_AUX_DEPS = frozenset({"aux:pass", "auxpass"})
SENTENCE_END = frozenset({".", "!", "?", "…"})
# Entity labels of a time: "said on Thursday it would …" tells when it was said.
TIME_LABELS = frozenset({"DATE", "TIME"})
# How a preposition of the language's `SAYING_TIME_PREPOSITIONS` ("on") opens that time.
PREPOSITION_DEPS = frozenset({"prep", "case"})
# How the parser hangs the time of saying on the verb: "a annoncé mardi …".
TIME_DEPS = frozenset({"obl:mod", "advmod", "npadvmod", "obl:tmod"})
# Stock labels of the names that may speak.
NAME_LABELS = frozenset({"ORG", "PER", "PERSON"})
# How the words of one name hang together: "HSBC ← Holdings" (flat:foreign).
NAME_PART_DEPS = frozenset({"flat:name", "flat", "flat:foreign", "compound"})
# How many words an aside between commas may hold before the verb: "EDF, de son côté, a …",
# and an apposition opened by its determiner: "RTE, le gestionnaire du réseau électrique, a …".
ASIDE_WORDS = 4
APPOSITION_WORDS = 8
TRAILING = frozenset({",", ".", ";", ":", "!", "?", "…", "-", "–", "—"})


def subject_of(verb: Token, *, inverted: bool = False, after: int = 0) -> Token | None:
    """The subject of a reporting verb, within its sentence, inherited through coordination
    and participles ("Il a souligné … et a ajouté …", "X s'est exprimé, déclarant que …");
    with `inverted`, a name after the verb too ("a affirmé Sundar Pichai"); `after`: the first
    token the subject may be (a quotation's words never speak for it: "« Ce n'est pas une
    décision facile », a déclaré à l'AFP le président", whose "décision" the parser makes the
    subject)."""
    low, high = paragraph_sentence(verb)
    low = max(low, after)
    current = verb
    for _ in range(4):
        # "a-t-il affirmé": the model may read the inverted "-il" as a passive subject; a
        # verb in the passive ("il a été annoncé que") has no speaker for a subject.
        passive = any(c.dep_ in PASSIVE_AUX_DEPS for c in current.children)
        if passive and current is verb:
            # "il a été annoncé par le ministre que …": the agent, or nobody
            return agent_of(verb)
        subjects = [
            clitic(c)
            for c in current.children
            if (c.dep_ in SUBJECT_DEPS or (c.dep_ in PASSIVE_SUBJECT_DEPS and not passive))
            and low <= c.i < high
        ]
        if subjects:
            if not inverted:
                # "Le constructeur, Stellantis, a annoncé …": of two subjects, the name
                names = [t for t in subjects if t.pos_ == "PROPN"]
                if len(subjects) > 1 and names:
                    return names[0]
                return _name_before_apposition(subjects[0], low) or subjects[0]
            # "a souligné Martin Bouygues, le PDG du groupe": the name, not its apposition
            named = [t for t in subjects if t.ent_type_ in PERSON_LABELS]
            return named[0] if named and len(subjects) > 1 else subjects[-1]
        if not inverted and current is verb:
            missed = subject_before(verb)
            if missed is not None:
                return missed
        if inverted and current is verb:
            # "a déclaré mardi à Reuters Patrick Pouyanné": a person named after the verb
            for ent in verb.doc[verb.i + 1 : high].ents:
                if ent.label_ in PERSON_LABELS:
                    return ent.root
            # "a annoncé mardi Exclusive Networks": a name right after the time of saying,
            # whatever the tagger makes of its words
            named = _name_after_time(verb, high)
            if named is not None:
                return named
            for child in verb.rights:
                if child.dep_ in INVERTED_SUBJECT_DEPS and child.pos_ in ("PROPN", "NOUN", "PRON"):
                    return child
            # "…, a annoncé Bercy jeudi": a proper name right after the verb, however the
            # parser hangs it
            if verb.i + 1 < high and verb.doc[verb.i + 1].pos_ == "PROPN":
                return verb.doc[verb.i + 1]
        if participle(current) and current.dep_ == "acl":
            return current.head  # "un communiqué …, indiquant que …"
        if current is verb and _gerund(verb):
            # "X a indiqué que …, tout en assurant que …": a gerund's subject is the main
            # clause's, wherever the parser hangs it
            root = verb.doc[low:high].root
            if root != verb and root.pos_ in ("VERB", "AUX"):
                current = root
                continue
        if current is verb and participle(verb) and verb.dep_ in ("advcl", "advmod"):
            # "« … », a répondu le laboratoire, ajoutant qu'il …": the parser hangs the
            # participle on the quoted clause; the incise between them says who speaks
            incise = _incise_between(verb.head.i, verb)
            if incise is not None:
                return subject_of(incise, inverted=True, after=incise.i)
        # "X a critiqué la décision, disant que …": the parser hangs the participle as an
        # adverbial clause or as an adverb
        inherits = current.dep_ in ("conj", "xcomp") or (
            participle(current) and current.dep_ in ("advcl", "advmod")
        )
        if inherits and current.head.i != current.i and low <= current.head.i < high:
            current = current.head
        else:
            break
    return None


def _name_before_apposition(subject: Token, low: int) -> Token | None:
    """The name a subject noun is the apposition of, which the parser left as a root of its
    own or hung on the verb as another dependent: "Renault, le concurrent de Stellantis, a
    confirmé …", "Carlos Tavares, le directeur général du groupe, a affirmé …" (the parser
    makes the noun the subject); None when the noun is the subject."""
    doc, start = subject.doc, subject.left_edge.i
    while start < subject.i and doc[start].is_punct:  # the parser may hang the comma on it
        start += 1
    if subject.pos_ != "NOUN" or start - 2 < low or doc[start - 1].text != ",":
        return None
    name = doc[start - 2]
    while name.dep_ in NAME_PART_DEPS and name.head.i != name.i:
        name = name.head
    astray = name.dep_ == "ROOT" or (name.head == subject.head and name.i < subject.i)
    return name if name.pos_ == "PROPN" and astray else None


def _name_after_time(verb: Token, high: int) -> Token | None:
    """The first word of a name, or the head of a noun phrase, that follows the verb past the
    time words it governs ("mardi", "hier"), or None when no time word stands there (the
    caller reads the words right after the verb itself)."""
    doc = verb.doc
    i = verb.i + 1
    while i < high and doc[i].head == verb and doc[i].dep_ in TIME_DEPS:
        i += 1
    if i == verb.i + 1 or i >= high:
        return None
    # "…, a annoncé mardi le constructeur automobile": a noun phrase the parser hangs on the
    # verb as one more adverbial, after the time of saying
    noun = doc[i].head
    if doc[i].pos_ == "DET" and noun.pos_ == "NOUN" and noun.head == verb and noun.i < high:
        return noun
    if doc[i].ent_iob_ != "B":
        return None
    return doc[i] if doc[i].ent_type_ in NAME_LABELS else None


def clitic(token: Token) -> Token:
    """The pronoun of "a-t-elle": the model may make "-t" the subject and "-elle" its child."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    if token.lower_ == "-t" and following is not None and following.text.startswith("-"):
        return following
    return token


def subject_before(verb: Token) -> Token | None:
    """A name just before the verb that the parser left unattached ("Catherine MacGregor
    n'a pas confirmé …" parsed with the name as a second root), past a short aside between
    commas ("EDF, de son côté, a fait savoir …") and the verb's adverbial phrases ("a pour
    sa part indiqué")."""
    doc = verb.doc
    low, high = paragraph_sentence(verb)
    i = verb.i - 1
    while i >= low:
        token = doc[i]
        i -= 1
        if ends_sentence(token):
            return None
        if token.pos_ in ("AUX", "ADV", "PART") or token.dep_.startswith("aux"):
            continue
        firm = _company_ending_at(doc, token.i) if token.pos_ == "VERB" else None
        if firm is not None:
            # "Le groupe de cliniques Ramsay Santé a annoncé …": a firm's name whose last
            # word the tagger read as a verb ("Santé", the participle of "santer")
            return firm[0]
        if token.head == verb and token.dep_.startswith("obl") and token.left_edge.i < token.i:
            # an adverbial phrase of the verb's: "Renault, son concurrent, a pour sa part
            # indiqué …"
            i = token.left_edge.i - 1
            continue
        if token.text == ",":
            opening = _aside_opening(token)
            if opening is None:
                return None
            i = opening - 1
            continue
        while token.dep_ in NAME_PART_DEPS and token.head.i != token.i:
            token = token.head
        # a second root, or a subject the parser gave to the sentence before the paragraph
        # break ("… prochains mois.\nEDF, de son côté, a fait savoir …")
        astray = token.head.i != token.i and not low <= token.head.i < high
        # ("X": a word the tagger read as foreign, "Le groupe BAE Systems a dit …")
        if token.pos_ in ("PROPN", "NOUN", "X") and (token.dep_ in ("ROOT", "dep") or astray):
            return token
        if token.ent_type_ in NAME_LABELS:
            # a name the tagger read as foreign words, which the parser made a root or hung
            # on the verb as anything but its subject: "HSBC Holdings a annoncé …" ("HSBC"
            # X, advmod), "Softbank Group a annoncé …" ("Softbank" X, a second root)
            name = next(e for e in doc.ents if e.start <= token.i < e.end)
            if name.root.dep_ == "ROOT" or name.root.head == verb:
                return name.root
        if token.pos_ == "PROPN" or token.ent_type_ in NAME_LABELS:
            # "…, tandis que RTE, le gestionnaire du réseau, a dit que …": a name right after
            # the conjunction that opens the verb's clause, which the parser gave to the
            # main clause
            first = next((e.start for e in doc.ents if e.start <= token.i < e.end), token.i)
            opener = doc[first - 1] if first > low else None
            if opener is not None and (opener.pos_ == "SCONJ" or opener.dep_ in ("mark", "fixed")):
                return token
        return None
    return None


def _company_ending_at(doc: Doc, i: int) -> Span | None:
    """The company span of newsfacts_companies (under its default key) that ends on token
    `i`, or None."""
    return next((s for s in doc.spans.get(COMPANIES_KEY, ()) if s.end == i + 1), None)


def _aside_opening(closing: Token) -> int | None:
    """The comma that opens the short aside a comma closes ("EDF, de son côté, a …"): at most
    `ASIDE_WORDS` words back (`APPOSITION_WORDS` for a noun phrase opened by its determiner:
    "RTE, le gestionnaire du réseau électrique, a …"), with no verb between; None when there
    is none."""
    doc = closing.doc
    for i in range(closing.i - 1, max(closing.i - APPOSITION_WORDS - 2, -1), -1):
        if doc[i].text == ",":
            short = closing.i - i - 1 <= ASIDE_WORDS or doc[i + 1].pos_ == "DET"
            return i if i < closing.i - 1 and short else None
        if doc[i].pos_ in ("VERB", "AUX") or ends_sentence(doc[i]):
            return None
    return None


def find_quotes(doc: Doc, marks: tuple[tuple[str, str], ...], min_words: int) -> Iterator[Span]:
    """The contents of quotations within a paragraph, outermost only, of `min_words` words
    or more (the marks and the spaces inside them left out)."""
    found: list[tuple[int, int]] = []
    text = doc.text  # built from the tokens on every access
    for opening, closing in marks:
        for match in quotation(opening, closing).finditer(text):
            found.append(match.span(1))
    found.sort(key=lambda se: (se[0], -se[1]))
    last_end = -1
    for start, end in found:
        if start < last_end:
            continue  # nested in the quotation before
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or sum(t.is_alpha for t in span) < min_words:
            continue
        start, end = span.start, span.end
        while start < end and (doc[start].text in TRAILING or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].text in TRAILING or doc[end - 1].is_space):
            end -= 1  # '"…, it is not for sale," X said': the comma is not quoted speech
        span = doc[start:end]
        last_end = end
        yield span


@lru_cache
def quotation(opening: str, closing: str) -> re.Pattern[str]:
    """A quotation within a paragraph between these marks; group 1 is its content."""
    return re.compile(
        re.escape(opening)
        + r"\s*([^\n"
        + re.escape(opening + closing)
        + r"]+?)\s*"
        + re.escape(closing)
    )


def paragraph_sentence(token: Token) -> tuple[int, int]:
    """Token bounds of the sentence of `token`: the parser's sentences joined where it cut
    one with no end mark ("Selon les analystes, l'accord valorise | Moncler à …"), then cut
    at the paragraph breaks it ignored."""
    doc = token.doc
    sent = token.sent
    start, end = sent.start, sent.end
    while start > 0 and not _closes(doc[start - 1]):
        start = doc[start - 1].sent.start
    while end < len(doc) and not _closes(doc[end - 1]):
        end = doc[end].sent.end
    for i in range(token.i - 1, start - 1, -1):
        if "\n" in doc[i].text:
            start = i + 1
            break
    for i in range(token.i + 1, end):
        if "\n" in doc[i].text:
            end = i
            break
    return start, end


def _closes(token: Token) -> bool:
    """Whether a sentence may end on the token: an end mark, a closing quotation mark or
    bracket after one, a colon or semicolon, or a line break."""
    if token.text in SENTENCE_END or token.text in (":", ";") or "\n" in token.text:
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (token.is_quote or token.is_bracket) and before is not None and _closes(before)


def trim(
    doc: Doc,
    start: int,
    end: int,
    verb: Token | None,
    openers: Collection[str] = (),
    breaks: Collection[str] = (),
    gerunds: Collection[tuple[str, ...]] = (),
) -> Span | None:
    """doc[start:end] within the verb's sentence, without a leading "que"/"that", edge
    punctuation, a trailing participial gloss ("…, visant à …", or after one of `gerunds`:
    "…, tout en assurant que …") or a contrast the writer adds ("…, tandis que …",
    `breaks`), or None when empty."""
    if verb is not None:
        low, high = paragraph_sentence(verb)
        start, end = max(start, low), min(end, high)
    while start < end and (
        doc[start].lower_ in openers
        or doc[start].text in TRAILING
        or doc[start].is_space
        or (doc[start].is_quote and sum(t.is_quote for t in doc[start:end]) % 2 == 1)
    ):
        start += 1  # and an opening quotation mark whose closing one is not in the content
    for comma in doc[start + 1 : end - 1]:
        if comma.text != ",":
            continue
        i = comma.i
        # a participle the parser reads as a preposition is part of the clause: "…, including
        # tariffs and trade uncertainty"
        gloss = (participle(doc[i + 1]) and doc[i + 1].dep_ not in PREPOSITION_DEPS) or _gerund_at(
            doc, i + 1, gerunds
        )
        # "…, mais il n'a pas précisé …" is the writer's; "…, mais que …" is still reported
        still_reported = (
            doc[i + 1].pos_ == "CCONJ" and i + 2 < len(doc) and doc[i + 2].lower_ in openers
        )
        contrast = doc[i + 1].lower_ in breaks and not still_reported
        if gloss or contrast:
            end = i
            break
    while end > start and (doc[end - 1].text in TRAILING or doc[end - 1].is_space):
        end -= 1
    # the closing mark of a quotation the content opens, which the parser leaves out of the
    # clause: "le plan était « inacceptable »"
    if end < len(doc) and doc[end].is_quote and sum(t.is_quote for t in doc[start:end]) % 2:
        end += 1
    if end - start < 2:
        return None
    return doc[start:end]


def _gerund(verb: Token) -> bool:
    """A present participle opened by a preposition: "en assurant", "tout en précisant"."""
    return participle(verb) and any(
        c.dep_ == "mark" and c.pos_ == "ADP" and c.i < verb.i for c in verb.children
    )


def _gerund_at(doc: Doc, i: int, gerunds: Collection[tuple[str, ...]]) -> bool:
    """A gerund at token `i`: one of the language's markers and a present participle ("en
    précisant", "tout en assurant")."""
    for marker in gerunds:
        after = i + len(marker)
        words = tuple(t.lower_ for t in doc[i:after])
        if words == marker and after < len(doc) and participle(doc[after]):
            return True
    return False


def clause_start(verb: Token, clause: Token, prepositions: Collection[str]) -> int:
    """Where a reported clause right after its verb begins, without the time of the saying
    that the parser hung on the clause before its subject: "said on Thursday [it would
    sell …]"; "said in 2024 profits had doubled" is left to the parse (the year may be the
    profits')."""
    start = clause.left_edge.i
    subjects = [c for c in clause.lefts if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    if clause.i < verb.i or not subjects:
        return start
    for child in clause.lefts:
        if child.left_edge.i != start or child.i >= subjects[0].left_edge.i:
            break
        timed = any(t.ent_type_ in TIME_LABELS for t in child.subtree)
        cued = child.left_edge.dep_ in PREPOSITION_DEPS and child.left_edge.lower_ in prepositions
        if not (timed and cued):
            break
        start = child.right_edge.i + 1
    return start


def own_clause(token: Token) -> bool:
    """A verb with its own subject, not coordinated by "et"/"and" (which continues the
    reported clause: "…, et le modèle LLAMA4 deviendra …")."""
    return (
        token.pos_ in ("VERB", "AUX")
        and any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in token.children)
        and not any(c.dep_ == "cc" for c in token.children)
    )


def finite(verb: Token) -> bool:
    """A conjugated verb, or a participle with its auxiliary ("a indiqué")."""
    return verb.morph.get("VerbForm") == ["Fin"] or any(
        c.dep_.startswith("aux") for c in verb.children
    )


def participle(token: Token) -> bool:
    # The writer's gloss on a reported clause is commonly a present participle after a comma.
    return (
        token.pos_ == "VERB"
        and token.morph.get("VerbForm") == ["Part"]
        and token.morph.get("Tense") == ["Pres"]
    )


def ends_sentence(token: Token) -> bool:
    return token.text in SENTENCE_END or "\n" in token.text


def _incise_between(start: int, verb: Token) -> Token | None:
    """The verb of an incise ("a répondu le laboratoire", hung as a parataxis) between the
    head a participle hangs on and the participle, or None."""
    return next(
        (t for t in verb.doc[start + 1 : verb.i] if t.pos_ == "VERB" and t.dep_ == "parataxis"),
        None,
    )
