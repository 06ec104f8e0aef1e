"""newsfacts_claims: attributed statements, as content spans with their speaker and cue.

Three forms are found; a direct quote wins over an indirect reading of the same words, and a
"selon X" sentence may hold a reported statement of its own:

- direct quotes in the language's quotation marks, attributed by a reporting verb or a
  "selon X" just after the closing mark ("« … », a affirmé X", "\"…\", X said.") or just
  before the opening one ("X a déclaré : « … »");
- indirect speech: a reporting verb, its subject and its clausal complement ("X a annoncé que
  …", "X said …"), an inverted incise ("…, a indiqué le PDG"), or, for verbs such as
  "annoncer", a noun object that is the statement ("a annoncé son intention d'investir …");
- "selon X, …", "d'après X, …", "according to X, …" when X is something that can speak.

The speaker is resolved by `Speakers` (speakers.py); the parse helpers (subjects, sentence
bounds, quotation spans, content trimming) are in clauses.py. Each content span gets
`span._.claim` = {"speaker": dict or None, "cue", "cue_start", "cue_end", "quote", "negated"}.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Any

import numpy
from spacy.attrs import LOWER, POS
from spacy.language import Language
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from .. import lang as language_data
from . import name_shapes as shapes
from .clauses import (
    SENTENCE_END,
    SUBJECT_DEPS,
    clause_start,
    ends_sentence,
    find_quotes,
    finite,
    own_clause,
    paragraph_sentence,
    subject_of,
    trim,
)
from .companies import ORGANIZATIONS_KEY
from .companies import SPANS_KEY as COMPANIES_KEY
from .speakers import PERSON_LABELS, NotASpeaker, Speakers, describes

SPANS_KEY = "newsfacts_claims"
CLAUSE_DEPS = frozenset({"ccomp"})
OBJECT_DEPS = frozenset({"obj", "dobj"})
# Where an incise hangs on the clause it reports: "…, a indiqué le PDG".
INCISE_DEPS = frozenset({"parataxis", "advcl", "conj", "dep"})
# How far after its verb a "que" may open the reported clause, in tokens: "a annoncé vendredi
# dans un avis à la Bourse de Hong Kong qu'elle prévoit …".
COMPLEMENTIZER_REACH = 14
# The words of a speaker's title before the name: "chairman and managing director".
TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "DET"})
# How many words may follow the verb of an incise in the English order ("…, il a dit dans un
# communiqué mardi"): where and when it was said, not a clause of its own.
UNINVERTED_TAIL = 6
# How far an attribution may sit from its quotation mark, in tokens.
ATTRIBUTION_WINDOW = 12


@dataclass
class Candidate:
    """A statement found, before its speaker is resolved."""

    content: Span
    cue: str
    cue_start: int
    cue_end: int
    quote: str  # "direct" or "indirect"
    speaker_head: Token | None
    negated: bool = False
    # "Pour les investisseurs, …" frames, it does not report: kept only with a speaker
    needs_speaker: bool = False


class ClaimFinder:
    """Writes `doc.spans["newsfacts_claims"]`: one content span a claim, with `._.claim`."""

    def __init__(
        self,
        nlp: Language,
        name: str = "newsfacts_claims",
        *,
        spans_key: str = SPANS_KEY,
        companies_key: str = COMPANIES_KEY,
        organizations_key: str = ORGANIZATIONS_KEY,
        min_quote_words: int = 3,
    ):
        """nlp: the pipeline (its language selects the data). name: the component's name.
        spans_key: the span group written. companies_key: the span group of companies, read
        to link organisation speakers. organizations_key: the span group of the other
        organisations, read to name them ("selon un rapport de la Cour des comptes publié en
        janvier": the Cour des comptes). min_quote_words: shorter quotations ("Stargate") are
        names or scare quotes, not statements."""
        self.name = name
        self.spans_key = spans_key
        self.companies_key = companies_key
        self.organizations_key = organizations_key
        self.min_quote_words = min_quote_words
        self.lang = nlp.lang
        self.data = claims_data(self.lang)
        markers = {**self.data.SOURCE_MARKERS, **self.data.OPENING_SOURCE_MARKERS}
        self.marker_starts = {words[0] for words in markers}
        self.marker_start_ids = {nlp.vocab.strings[word] for word in self.marker_starts}

    def __getstate__(self) -> dict[str, Any]:
        # a module does not pickle (nlp.pipe with n_process under "spawn"): keep its language
        state = self.__dict__.copy()
        del state["data"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.data = claims_data(self.lang)

    def __call__(self, doc: Doc) -> Doc:
        # Verbs and the first words of "selon X", picked out in C: a Python loop over every
        # token would cost more than all the rest for a text with no claim.
        columns = doc.to_array([POS, LOWER])
        verbs = [doc[i] for i in _indexes(columns[:, 0], {VERB})]
        markers = _indexes(columns[:, 1], self.marker_start_ids)
        quotes = list(find_quotes(doc, self.data.QUOTE_MARKS, self.min_quote_words))
        direct = [c for c in (self._direct(doc, q) for q in quotes) if c is not None]
        indirect = [c for c in self._indirect(verbs) if not _inside_any(c.cue_start, quotes)]
        # A quotation inside reported speech is a part of it: "a plaidé que son client,
        # « dépassé par des dettes », avait remboursé …", "a répondu que les travaux seraient
        # lancés « au plus tard à l'été 2027 »".
        direct = [c for c in direct if not _quoted_in_any(c.content, indirect)]
        taken = {(c.cue_start, c.cue_end) for c in direct}
        indirect = [c for c in indirect if not _overlaps_any(c.content, direct)]
        # "D'après une source, la banque a confirmé que …" holds two claims: both are kept.
        sourced = [
            c
            for c in self._sourced(doc, markers)
            if (c.cue_start, c.cue_end) not in taken
            and not _inside_any(c.cue_start, quotes)
            and not _overlaps_any(c.content, direct)
        ]
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        speakers: Speakers | None = None
        text = doc.text  # joined from the tokens on every access: once
        for candidate in sorted(direct + indirect + sourced, key=lambda c: c.cue_start):
            key = (candidate.content.start_char, candidate.content.end_char)
            if key in seen:
                continue
            speaker = None
            if candidate.speaker_head is not None:
                # the people and bodies of the text, listed once a claim needs its speaker
                speakers = speakers or Speakers(
                    doc, self.data, self.companies_key, self.organizations_key, tuple(quotes)
                )
                try:
                    speaker = self._incise_subject(candidate, speakers) or self._speaker(
                        candidate.speaker_head, speakers
                    )
                except NotASpeaker:
                    continue
                speaker = _without_cue(speaker, candidate, text)
            if speaker is None and candidate.needs_speaker:
                continue
            if _restates(candidate, speaker, spans):
                continue
            seen.add(key)
            candidate.content._.claim = {
                "speaker": speaker,
                "cue": candidate.cue,
                "cue_start": candidate.cue_start,
                "cue_end": candidate.cue_end,
                "quote": candidate.quote,
                "negated": candidate.negated,
            }
            spans.append(candidate.content)
        spans.extend(_continued(doc, quotes, direct, spans))
        doc.spans[self.spans_key] = spans
        return doc

    def _incise_subject(self, candidate: Candidate, speakers: Speakers) -> dict[str, Any] | None:
        """ "Mistral AI a bouclé une levée de fonds …, a-t-elle annoncé": the pronoun of an
        incise stands for the subject of the clause it follows, when that subject can speak
        and agrees in number; None otherwise (the pronoun is then resolved as any other)."""
        head = candidate.speaker_head
        content = candidate.content
        if head.lower_.strip("-") not in self.data.PRONOUNS or content.end > head.i:
            return None
        if candidate.quote == "direct":
            return None  # '"Synopsys is paying up," they wrote': not Synopsys
        cue = content.doc.char_span(candidate.cue_start, candidate.cue_end)
        clause = cue.root.head if cue is not None else content.root
        if not content.start <= clause.i < content.end:
            clause = content.root
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.pos_ == "PRON" or not content.start <= subject.i:
            return None
        numbers = (head.morph.get("Number"), subject.morph.get("Number"))
        if all(numbers) and numbers[0] != numbers[1]:
            return None
        try:
            speaker = speakers.resolve(subject)
        except NotASpeaker:
            return None
        if speaker is None:
            return None
        kinds = self.data.PRONOUNS[head.lower_.strip("-")]["kinds"]
        if not self.data.GRAMMATICAL_GENDER and speaker["kind"] not in kinds:
            return None  # "The EU takes 80 per cent of exports, he said": he is a person
        speakers.remember(speaker)
        # the mention is the pronoun, as for any other pronoun speaker
        return {**speaker, "text": head.text, "start": head.idx, "end": head.idx + len(head)}

    def _speaker(self, head: Token, speakers: Speakers) -> dict[str, Any] | None:
        speaker = speakers.resolve(_past_dateline(head))
        # "les analystes" is no antecedent for a later "il" or "elle"; "Goldman Sachs
        # analysts" (the firm) is one for "they"
        if speaker is not None and (
            "Plur" not in head.morph.get("Number") or speaker["kind"] == "organization"
        ):
            speakers.remember(speaker)
        return speaker

    # Direct quotes ---------------------------------------------------------------------

    def _direct(self, doc: Doc, quote: Span) -> Candidate | None:
        """The attribution of a quotation: after its closing mark, else before its opening."""
        after = quote.end
        # « … ». Il a rappelé: an end mark after the closing one ends the sentence, and the
        # attribution is not in the next ("« … réelle. » a répété X" still has its own).
        closing, closed = False, False
        while after < len(doc) and doc[after].is_punct and after - quote.end < 2:
            # a colon after the closing mark opens what explains the quotation, not its
            # attribution: "dénonce « une décision financière » : selon elle, l'usine …"
            colon = doc[after].text in self.data.EXPLANATION_MARKS
            closed = closed or (closing and (ends_sentence(doc[after]) or colon))
            closing = closing or doc[after].is_quote
            after += 1  # the closing mark, then a comma
        # '"… for sale." The company declined to comment': a capital after a quotation that
        # ended its sentence inside the marks opens the next sentence ("« … réelle. » a
        # répété X", "\"…?\" asked Smith" keep their attribution).
        closed = closed or (after < len(doc) and _ends_inside(doc, quote) and doc[after].is_title)
        for i in range(after, min(after + ATTRIBUTION_WINDOW, len(doc))):
            # not in the next quotation: '"…." "We are not declaring victory," …'
            if closed or ends_sentence(doc[i]) or _opens_quotation(doc[i]):
                break
            found = self._attribution_at(doc, i, quote)
            if found is not None:
                return found if self._adjacent(doc, after, i, found) else None
        before = quote.start - 1
        while before >= 0 and doc[before].is_punct and quote.start - before <= 2:
            before -= 1  # the opening mark
        if before < 0:
            return None
        lead = doc[before + 1] if before + 1 < quote.start else None
        opener = doc[before].lower_ in self.data.COMPLEMENTIZERS
        if not self._quote_ends_clause(doc, quote):
            return None  # a phrase quoted inside indirect speech: "estime que « … » était …"
        if opener or (lead is not None and lead.text in (":", ",")) or self._reports(doc[before]):
            for i in range(before, max(before - ATTRIBUTION_WINDOW, -1), -1):
                if ends_sentence(doc[i]):
                    break
                if self._reports(doc[i]):
                    return self._verb_candidate(doc[i], quote, "direct", subject_of(doc[i]))
        return None

    def _adjacent(self, doc: Doc, start: int, cue: int, found: Candidate) -> bool:
        """Only the speaker, auxiliaries and adverbs may stand between a closing mark and its
        attribution ("», a par ailleurs déclaré X", "\", the company said"), not a clause."""
        subject = found.speaker_head
        # the speaker's title, which the parser may hang on the quotation: '"…,"
        # chairman and managing director Mukesh Ambani said'
        title = subject.left_edge.i if subject is not None else cue
        while title > start and doc[title - 1].pos_ in TITLE_POS:
            title -= 1
        role = _role_before(doc, start, subject, cue)
        for token in doc[role:cue]:
            inside_subject = subject is not None and (
                token == subject or subject.is_ancestor(token) or title <= token.i < subject.i
            )
            if not inside_subject and token.pos_ not in ("AUX", "ADV", "PART", "PRON", "PUNCT"):
                return False
        return True

    def _quote_ends_clause(self, doc: Doc, quote: Span) -> bool:
        """True when the quotation is a whole sentence, or what follows its closing mark is
        punctuation or a coordination ("« … » et a ajouté …"), not the rest of a clause."""
        closing = quote.end  # the content was trimmed of its final punctuation: skip it
        while closing < min(quote.end + 3, len(doc) - 1) and not doc[closing].is_quote:
            closing += 1
        after = closing + 1
        return (
            after >= len(doc)
            or ends_sentence(doc[closing - 1])
            or doc[after].is_punct
            or doc[after].pos_ == "CCONJ"
            or ends_sentence(doc[after])
        )

    def _attribution_at(self, doc: Doc, i: int, quote: Span) -> Candidate | None:
        token = doc[i]
        if (self._reports(token) and finite(token)) or self._misread_incise_verb(token):
            # not "« … » expressément prévue par"
            # the speaker may follow the verb: "», a affirmé X"
            subject = subject_of(token, inverted=True, after=quote.end)
            if subject is None and token.pos_ != "VERB" and _after_clitic(token):
                subject = doc[token.i - 1]  # "a-t-elle résumé", the noun hung on nothing
            return self._verb_candidate(token, quote, "direct", subject)
        marker = self._marker_at(doc, i)
        if marker is not None:
            cue, length = marker
            head = _marker_object(doc, i, length)
            return Candidate(
                quote,
                cue,
                token.idx,
                doc[i + length - 1].idx + len(doc[i + length - 1]),
                "direct",
                head,
            )
        return None

    def _verb_candidate(
        self, verb: Token, content: Span, quote: str, subject: Token | None
    ) -> Candidate:
        """subject: the verb's subject (`subject_of`), the speaker's head."""
        return Candidate(
            content,
            self._lemma(verb),
            verb.idx,
            verb.idx + len(verb),
            quote,
            subject,
            self._negated(verb),
        )

    # Indirect speech -------------------------------------------------------------------

    def _indirect(self, verbs: list[Token]) -> Iterator[Candidate]:
        """Every reporting verb with a clause, an incise or a statement object, and a speaker."""
        for verb in verbs:
            periphrasis = self._periphrasis(verb)
            if not self._reports(verb) and periphrasis is None:
                continue
            content = (
                self._clause(verb)
                or (periphrasis is not None and self._clause(periphrasis[1]))
                or self._incise(verb)
                or self._parenthetical(verb)
                or self._infinitive(verb)
                or self._statement_object(verb)
                or self._judgment(verb)
            )
            if not content:
                continue
            if verb.dep_ == "xcomp" and verb.head.lemma_ in self.data.IMPERSONAL_VERBS:
                continue  # "Il faut noter que …": nobody says it
            incise = content.end <= verb.i
            actor = self._actor_of_next_act(verb)
            subject = subject_of(actor or verb, inverted=incise)
            if subject is None and periphrasis is not None:
                subject = subject_of(periphrasis[1], inverted=incise)
            if subject is None and not incise:
                continue
            candidate = self._verb_candidate(verb, content, "indirect", subject)
            if periphrasis is not None:
                candidate.cue, first = periphrasis
                candidate.cue_start = first.idx
            yield candidate

    def _periphrasis(self, verb: Token) -> tuple[str, Token] | None:
        """ "EDF a fait savoir que …": for the infinitive of a verb and infinitive that report
        together (`REPORTING_PERIPHRASES`), the cue and the verb before it, past adverbs ("a
        ainsi fait savoir", "a par ailleurs fait savoir"); the parser hangs either on the
        other and may tag the first an auxiliary. None for any other verb."""
        doc = verb.doc
        i = verb.i - 1
        while i > max(verb.i - 4, 0) and (
            doc[i].pos_ == "ADV" or (doc[i].pos_ == "ADP" and doc[i + 1].pos_ == "ADV")
        ):
            i -= 1
        if i < 0:
            return None
        cue = self.data.REPORTING_PERIPHRASES.get((doc[i].lemma_.lower(), verb.lemma_.lower()))
        return None if cue is None else (cue, doc[i])

    def _infinitive(self, verb: Token) -> Span | None:
        """A bare infinitive after the verb that states what its subject says: "a affirmé
        soutenir les revendications", "a annoncé mardi avoir bouclé une levée de fonds"; not
        "a promis de baisser les impôts" (`INFINITIVE_MARKS`), nor an intention ("pense
        investir", `INTENTION_VERBS`)."""
        if self._lemma(verb) in self.data.INTENTION_VERBS or not finite(verb):
            return None
        for child in verb.rights:
            if child.dep_ != "xcomp" or not _infinitive(child):
                continue
            if any(c.lower_ in self.data.INFINITIVE_MARKS for c in child.children):
                return None
            end = self._continuation(verb, child.right_edge.i + 1)
            return trim(
                verb.doc,
                child.left_edge.i,
                end,
                verb,
                (),
                self.data.CONTENT_BREAKS,
                self.data.GERUND_MARKERS,
            )
        return None

    def _relative_after_comma(self, clause: Token) -> bool:
        """Whether a clause the parser made a complement opens with a relative pronoun after
        a comma: a relative clause of the noun before it, not what was said."""
        first = clause.left_edge
        doc = clause.doc
        return (
            first.lower_ in self.data.RELATIVE_PRONOUNS
            and first.i > 0
            and doc[first.i - 1].text == ","
        )

    def _clause(self, verb: Token) -> Span | None:
        """The clausal complement: "a annoncé [que] Meta dépenserait …"."""
        for child in verb.children:
            if child.dep_ in CLAUSE_DEPS:
                if child.left_edge.lower_ in self.data.QUESTION_WORDS:
                    return None  # "did not say how many jobs …": a question, not a statement
                if self._relative_after_comma(child):
                    continue  # "…, a annoncé le constructeur, qui prévoit d'investir …"
                if _semicolon_between(verb.doc, child.right_edge.i + 1, verb.i):
                    continue  # "… in 1986; Ashworth said the band had …": a clause of its own
                end = child.right_edge.i + 1
                if child.i > verb.i:
                    end = self._continuation(verb, end)
                elif not self._incise_after(verb, end):
                    return None
                end = self._speakers_next_act(verb, child, end)
                end = _before_dangling_conjunction(verb.doc, child.i + 1, end)
                return trim(
                    verb.doc,
                    clause_start(verb, child, self.data.SAYING_TIME_PREPOSITIONS),
                    end,
                    verb,
                    self.data.COMPLEMENTIZERS,
                    self.data.CONTENT_BREAKS,
                    self.data.GERUND_MARKERS,
                )
        hung = self._hung_clause(verb)
        if hung is not None:
            return hung
        # The parser missed the clause: "a annoncé qu'Openai, Softbank et Oracle établiraient …"
        opener = self._complementizer_after(verb)
        if opener is not None:
            # the clause the parser hung elsewhere ("a indiqué dans un billet de blog qu'il
            # avait choisi …", "qu'" read as a relative pronoun of "choisi")
            clause = opener.head if opener.head.i > opener.i else opener
            end = self._continuation(verb, max(opener.i + 1, clause.right_edge.i + 1))
            return trim(
                verb.doc,
                opener.i + 1,
                end,
                verb,
                self.data.COMPLEMENTIZERS,
                self.data.CONTENT_BREAKS,
                self.data.GERUND_MARKERS,
            )
        return None

    def _speakers_next_act(self, verb: Token, clause: Token, end: int) -> int:
        """Where a reported clause ends before the speaker's next act, which the parser hung
        inside it: in "Le groupe a indiqué que le début d'exercice était « solide » et a
        confirmé ses objectifs" the coordinated "a confirmé", a reporting verb with no subject
        of its own and the reporting verb's own auxiliary, is the group's."""
        for token in clause.subtree:
            if token.i < end and self._next_act(verb, token):
                return _conjunction_before(token).i
        return end

    def _next_act(self, verb: Token, token: Token) -> bool:
        """Whether `token`, hung inside the clause `verb` reports, is the speaker's next act:
        a coordinated reporting verb (or verb of advice, `ADVICE_VERBS`) with no subject of
        its own, after a conjunction, with
        the reporting verb's own auxiliaries ("a indiqué que … et a confirmé …"), or with
        none and the same tense and a clause of its own ("said that sales rose 1.0%, and
        warned that higher taxes would cost …")."""
        # a verb of advice is an act too: "jugeait que … et recommandait de relever …"
        advice = token.pos_ == "VERB" and self._lemma(token) in self.data.ADVICE_VERBS
        if token.dep_ != "conj" or not (self._reports(token) or advice):
            return False
        if any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return False
        if _conjunction_before(token) is None:
            return False
        auxiliaries = {c.lower_ for c in verb.children if c.dep_.startswith("aux")}
        own = {c.lower_ for c in token.children if c.dep_.startswith("aux")}
        if auxiliaries:
            return own == auxiliaries
        deps = CLAUSE_DEPS | {"xcomp"} if advice else CLAUSE_DEPS
        return (
            not own
            and token.tag_ == verb.tag_
            and token.morph.get("Tense") == verb.morph.get("Tense")
            and any(c.dep_ in deps for c in token.children)
        )

    def _actor_of_next_act(self, verb: Token) -> Token | None:
        """The reporting verb whose next act `verb` is, when `verb` reports a clause of its
        own ("warned" in "X said that A, and warned that B"): its subject is the speaker,
        not the reported clause's."""
        clause = verb.head
        if verb.dep_ != "conj" or clause.dep_ not in CLAUSE_DEPS:
            return None
        reporting = clause.head
        if reporting.i >= verb.i or not self._reports(reporting):
            return None
        if not any(c.dep_ in CLAUSE_DEPS for c in verb.children):
            return None  # "… et a confirmé ses objectifs": no statement of its own
        return reporting if self._next_act(reporting, verb) else None

    def _hung_clause(self, verb: Token) -> Span | None:
        """The clause before an incise whose verb the parser made the root: in "Renault a
        vendu sa participation, a annoncé la société mardi." it hangs "vendu" on "annoncé"
        as an adverbial clause and reads "la société" as the object. Taken only when the
        speaker follows the verb and nothing but the incise's words comes after the comma."""
        subject = subject_of(verb, inverted=True)
        if subject is None:
            return None
        uninverted = subject.i < verb.i
        if uninverted and _uninverted_comma(verb, subject, self.data.ADDRESSEE_VERBS) is None:
            return None
        for child in verb.lefts:
            end = child.right_edge.i + 1
            if uninverted and not (_finite_clause(child) and not self._subordinate(child)):
                continue  # "S'exprimant devant la presse, M. Talat a déclaré …": no statement
            if child.dep_ in INCISE_DEPS and child.pos_ == "VERB" and self._incise_after(verb, end):
                start = clause_start(verb, child, self.data.SAYING_TIME_PREPOSITIONS)
                return trim(verb.doc, start, end, verb, self.data.COMPLEMENTIZERS)
        return None

    def _incise_after(self, verb: Token, end: int) -> bool:
        """A clause before its verb ends with the comma of an incise ("…, the company
        said"), and only the speaker stands between ("Minister Ellwood said:" and "…, mais
        il n'a pas précisé" are no incises)."""
        doc = verb.doc
        if end >= len(doc) or not (doc[end].text == "," or doc[end].is_quote):
            return False
        subject = subject_of(verb, inverted=True)
        return all(
            token.pos_ in ("AUX", "ADV", "PART", "PUNCT")
            or (subject is not None and (token == subject or subject.is_ancestor(token)))
            for token in doc[end + 1 : verb.i]
        )

    def _complementizer_after(self, verb: Token) -> Token | None:
        """A "que"/"that" after the verb, with no other verb or sentence end between them;
        not a relative pronoun, which a verb follows at once ("par le symbole que représente
        l'institution"), where a complementizer is followed by its clause's subject."""
        doc = verb.doc
        for token in doc[verb.i + 1 : verb.i + COMPLEMENTIZER_REACH]:
            if token.lower_ in self.data.COMPLEMENTIZERS and doc[token.i - 1].lower_ in (
                self.data.CONJUNCTION_HEADS
            ):
                return None  # "a plaidé pour une réforme pour qu'elle soit …": a purpose
            if token.lower_ in self.data.COMPLEMENTIZERS and verb.is_ancestor(token):
                following = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if following is not None and following.pos_ in ("VERB", "AUX"):
                    return None
                return token
            if ends_sentence(token):
                return None
            # another verb ends the search, but not a participle that qualifies a noun ("dans
            # un document transmis à l'AMF qu'elle …")
            if token.pos_ in ("VERB", "AUX") and not _qualifying_participle(token):
                return None
        return None

    def _continuation(self, verb: Token, end: int) -> int:
        """Where the content ends: the parser often hangs the rest of a reported clause on
        the reporting verb ("a annoncé son intention | d'investir …", "a posté que … | et
        l'assistant devrait …"); it is taken up to a clause of its own ("…, tandis qu'Amazon
        a déclaré …"), another reporting verb or an incise."""
        doc = verb.doc
        for child in verb.rights:
            # a conjunction counts only with the clause it joins: "said that sales rose 3%,
            # and warned that …" ends before "and"
            if child.i < end or child.is_punct or child.dep_ == "cc":
                continue
            if child.dep_ == "conj" and child.left_edge.lower_ in self.data.COMPLEMENTIZERS:
                end = child.right_edge.i + 1  # "wrote that A, and that B": B is said too
                continue
            if child.dep_ == "parataxis" or self._reports(child) or self._subordinate(child):
                break
            if doc[child.left_edge.i - 1].text == "," and own_clause(child):
                break  # "…, a-t-on appris auprès de l'entreprise"
            end = child.right_edge.i + 1
        return end

    def _subordinate(self, token: Token) -> bool:
        """A clause opened by a conjunction other than "que"/"that": "tandis qu'", "while"."""
        return any(
            child.dep_ == "mark"
            and child.pos_ in ("SCONJ", "ADV")
            and child.lower_ not in self.data.COMPLEMENTIZERS
            for child in token.children
        )

    def _incise(self, verb: Token) -> Span | None:
        """The clause an inverted incise follows: "Les ventes baisseront, a indiqué le PDG."
        (an incise with its clitic, "…, a-t-il précisé sur France Info", which the parser may
        make a complement clause of the verb before)."""
        if not finite(verb):
            return None
        subject = subject_of(verb, inverted=True)
        clitic = subject is not None and subject.text.startswith("-")
        if verb.head.i == verb.i and subject is not None:
            return self._root_incise(verb, subject, clitic)
        if verb.head.i >= verb.i:
            return None
        if verb.dep_ not in INCISE_DEPS and not (verb.dep_ in CLAUSE_DEPS and clitic):
            return None
        left = verb.left_edge.i
        doc = verb.doc
        if subject is None:
            return None
        if subject.i < verb.i and not subject.text.startswith("-"):
            # the speaker before the verb, as wire copy machine-translated from English
            # writes it: "Les livraisons seront achevées d'ici 2030, il a ajouté."
            comma = _uninverted_comma(verb, subject, self.data.ADDRESSEE_VERBS)
            if comma is None:
                return None
        else:
            # the speaker follows the verb ("a indiqué le PDG") or is its clitic ("a-t-il
            # dit"); the parser may hang the comma on the incise itself: ", a annoncé Bercy"
            comma = left if doc[left].text == "," else left - 1
            between = doc[comma + 1 : verb.i]
            if any(t.pos_ not in ("AUX", "ADV", "PART") and t.text[:1] != "-" for t in between):
                return None  # "…, et la justifie comme …": a coordinated verb, no incise
        if comma <= 0 or doc[comma].text != ",":
            return None
        if any(c.dep_.startswith("aux") and c.i < comma for c in verb.children):
            return None  # "X a, entre autres, rappelé …": the verb's own clause, interrupted
        start, _ = paragraph_sentence(verb)
        return trim(doc, start, comma, verb, self.data.COMPLEMENTIZERS)

    def _parenthetical(self, verb: Token) -> Span | None:
        """The clause a parenthetical attribution stands in: "Nationally, he said, prices are
        unlikely to recover", "The problem, Smith said, is that …": the words after it, as
        after a "selon X" in mid-clause, else those before it when only one or two follow."""
        doc = verb.doc
        head = verb.head
        if verb.dep_ != "parataxis" or head.i <= verb.i or not finite(verb):
            return None
        # the parser may hang the commas on the verb itself
        before, after = verb.left_edge.i, verb.right_edge.i
        before -= doc[before].text != ","
        after += doc[after].text != ","
        if before <= 0 or after >= len(doc) or doc[before].text != "," or doc[after].text != ",":
            return None
        start, end = paragraph_sentence(verb)
        start, end = max(start, head.left_edge.i), min(end, head.right_edge.i + 1)
        words = (self.data.COMPLEMENTIZERS, self.data.CONTENT_BREAKS, self.data.GERUND_MARKERS)
        following = trim(doc, after + 1, end, verb, *words)
        if following is not None and len(following) >= 3:
            return following
        return trim(doc, start, before, verb, *words)

    def _root_incise(self, verb: Token, subject: Token, clitic: bool) -> Span | None:
        """An incise that the parser made a sentence of its own ("…, dans un accord de plus
        de 630 milliards de roupies, | a dit le ministère de la défense indien.", "Environ 300
        postes seront supprimés, | la compagnie a dit."): the clause before its comma, when
        it has a conjugated verb and a subject of its own."""
        doc = verb.doc
        if subject.i < verb.i and not clitic:
            comma = _uninverted_comma(verb, subject, self.data.ADDRESSEE_VERBS)
        else:
            comma = verb.i - 1
            while comma > 0 and (doc[comma].pos_ in ("AUX", "ADV") or doc[comma].text[:1] == "-"):
                comma -= 1
        if comma is None or comma <= 0 or doc[comma].text != ",":
            return None
        if any(c.dep_.startswith("aux") and c.i < comma for c in verb.children):
            return None  # "X a, entre autres, rappelé …": the verb's own clause, interrupted
        start, _ = paragraph_sentence(doc[comma - 1])
        clause = trim(doc, start, comma, verb, self.data.COMPLEMENTIZERS)
        if clause is None or not _finite_clause(clause.root) or self._subordinate(clause.root):
            return None
        return clause

    def _judgment(self, verb: Token) -> Span | None:
        """An object and the adjective a verb of judgment gives it (`JUDGMENT_VERBS`): "Le
        Haut Conseil a jugé mardi la prévision de croissance « un peu élevée »" (the
        adjective hung on the verb after the object), "a jugé le plan social « inacceptable
        »" (a quoted adjective that ends the object's phrase)."""
        if self._lemma(verb) not in self.data.JUDGMENT_VERBS or not finite(verb):
            return None
        obj = next((c for c in verb.rights if c.dep_ in OBJECT_DEPS and c.pos_ == "NOUN"), None)
        if obj is None:
            return None
        doc = verb.doc
        for child in verb.rights:
            after = child.i > obj.right_edge.i
            if after and child.pos_ == "ADJ" and child.dep_ in ("amod", "xcomp"):
                return trim(doc, obj.left_edge.i, child.right_edge.i + 1, verb, ())
        words = [t for t in obj.subtree if not t.is_punct]
        last = words[-1]
        quoted = last.pos_ == "ADJ" and last.dep_ == "amod" and doc[last.left_edge.i - 1].is_quote
        if quoted and last.i > obj.i + 1:
            end = max(obj.right_edge.i, last.i) + 1
            if end < len(doc) and doc[end].is_quote:
                end += 1  # the closing mark, wherever the parser hung it
            return trim(doc, obj.left_edge.i, end, verb, ())
        return None

    def _statement_object(self, verb: Token) -> Span | None:
        """A noun object that is the statement: "a annoncé son intention d'investir …"."""
        if self._lemma(verb) not in self.data.STATEMENT_OBJECT_VERBS or not finite(verb):
            return None  # "pourrait annoncer une acquisition" announces nothing yet
        for child in verb.children:
            if child.dep_ in OBJECT_DEPS and child.pos_ == "NOUN" and child.i > verb.i:
                if (self._lemma(verb), child.lemma_.lower()) in self.data.IDIOMS:
                    return None
                end = _object_end(
                    verb.doc,
                    child.i,
                    self._continuation(verb, child.right_edge.i + 1),
                    self.data.OBJECT_END_MARKS,
                )
                return trim(verb.doc, child.left_edge.i, end, verb, ())
        return None

    # "selon X, …" ----------------------------------------------------------------------

    def _sourced(self, doc: Doc, starts: list[int]) -> Iterator[Candidate]:
        """Every "selon X" whose X can speak, with the clause it attributes; `starts`: the
        indexes of the tokens that may open one."""
        for i in starts:
            marker = self._marker_at(doc, i)
            opening = marker is None
            if opening:
                marker = self._opening_marker_at(doc, i)
            if marker is None:
                continue
            cue, length = marker
            head = _marker_object(doc, i, length)
            if head is None:
                continue
            phrase_end = i + length
            while phrase_end < len(doc) and phrase_end <= head.right_edge.i:
                if ends_sentence(doc[phrase_end]):
                    break
                # a comma ends the phrase, unless an apposition of its noun follows: "Pour
                # Christine Lagarde, présidente de la BCE, « … »"
                if doc[phrase_end].text == "," and not _apposition_at(doc, phrase_end + 1, head):
                    break
                phrase_end += 1
            phrase_end = self._past_relative(doc, phrase_end)
            if i > 0 and doc[i - 1].text == "(":
                continue  # "(d'après l'entreprise)": an aside, its clause is not marked
            if opening and not self._opening_speaker(doc, head, phrase_end):
                continue
            start, end = paragraph_sentence(doc[i])
            # Within the clause "selon X" modifies: "l'IPN est, selon lui, en possession …".
            governor = head.head
            if governor.left_edge.i < i and governor.right_edge.i >= phrase_end:
                start = max(start, governor.left_edge.i)
                end = min(end, governor.right_edge.i + 1)
            before = trim(doc, start, i, None)
            after = trim(doc, phrase_end, end, None)
            # In mid-clause ("l'IPN est, selon lui, en possession de …") the statement goes on
            # after the attribution, unless the phrase hangs on a word before it and a verbless
            # gloss follows: "The rate was 6.67%, according to Freddie Mac, down from 7.04%";
            # nor when a noun phrase with no finite verb follows, which says who the source is
            # (wherever the parser hangs the phrase): "…, according to Canalys, a
            # Singapore-based research firm", "…, selon Canalys, un cabinet d'études basé à
            # Singapour".
            attached = head.head
            while i <= attached.i < phrase_end and attached.head.i != attached.i:
                attached = attached.head
            glossed = before is not None and (
                (before.start <= attached.i < before.end and (after is None or _verbless(after)))
                or (after is not None and _described(after, before))
            )
            # nor when a clause of its own follows, coordinated: "GMV rose 21%, according to
            # the company, and mobility volumes increased 24%" attributes the clause before
            coordinated = (
                after is not None
                and after[0].pos_ == "CCONJ"
                and before is not None
                and _finite_clause(before.root)
            )
            goes_on = after is not None and len(after) >= 3 and not glossed and not coordinated
            content = after if goes_on else before or after
            if content is None:
                continue
            last = doc[i + length - 1]
            yield Candidate(
                content,
                cue,
                doc[i].idx,
                last.idx + len(last),
                "indirect",
                head,
                needs_speaker=opening,
            )

    def _past_relative(self, doc: Doc, i: int) -> int:
        """Where a source phrase ends when a relative clause of its own follows its comma:
        "according to people familiar with the matter, who asked not to be identified, …"
        (the clause says who they are; it is not the statement)."""
        if i + 1 >= len(doc) or doc[i].text != "," or not _opens_relative(doc[i + 1], self.data):
            return i
        j = i + 1
        while j < len(doc) and doc[j].text != "," and not ends_sentence(doc[j]):
            j += 1  # up to its own comma, or the end of the sentence
        return j

    def _misread_incise_verb(self, token: Token) -> bool:
        """ "« … », juge Luca Solca", '"…," estimated Jean-Michel Bernard': a reporting verb
        that the tagger read as a noun ("un juge", "une note") or as a participle before a
        name ("estimated" as an adjective of the name). Right after the comma that closes a
        quotation, with no determiner, before a person's name, it is the verb."""
        doc = token.doc
        if not (token.is_lower and 1 < token.i < len(doc) - 1):
            return False
        before = doc[token.i - 1]
        after_comma = before.text == "," or (before.is_quote and doc[token.i - 2].text == ",")
        misread = token.pos_ == "NOUN" or (token.pos_ in ("VERB", "ADJ") and token.dep_ == "amod")
        if token.pos_ in ("NOUN", "ADJ") and _after_clitic(token):
            # "« … », a-t-elle résumé": the participle after the incise's clitic
            return self._lemma(token) in self.data.REPORTING_VERBS
        return (
            misread
            and after_comma
            and doc[token.i + 1].ent_iob_ == "B"
            and doc[token.i + 1].ent_type_ in PERSON_LABELS
            and not any(child.dep_ == "det" for child in token.children)
            and self._lemma(token) in self.data.REPORTING_VERBS
        )

    # Shared ----------------------------------------------------------------------------

    def _reports(self, token: Token) -> bool:
        return token.pos_ == "VERB" and self._lemma(token) in self.data.REPORTING_VERBS

    def _lemma(self, verb: Token) -> str:
        """The verb's lemma, repaired where the lemmatizer gave the form back ("estime", or
        the participle "résumé" read as a noun)."""
        lemma = verb.lemma_.lower()
        if lemma == verb.lower_:
            for ending, repair in self.data.LEMMA_REPAIRS.items():
                repaired = lemma[: len(lemma) - len(ending)] + repair
                if lemma.endswith(ending) and repaired in self.data.REPORTING_VERBS:
                    return repaired
        return lemma

    def _marker_at(self, doc: Doc, i: int) -> tuple[str, int] | None:
        if doc[i].lower_ not in self.marker_starts:
            return None
        for words, cue in self.data.SOURCE_MARKERS.items():
            n = len(words)
            if tuple(t.lower_ for t in doc[i : i + n]) == words:
                return cue, n
        return None

    def _opening_speaker(self, doc: Doc, head: Token, phrase_end: int) -> bool:
        """Whether "Pour X," names someone who speaks: a name, a pronoun, or a person's or
        body's noun, closed by its comma (not "Pour trois autres municipalités, …")."""
        if phrase_end >= len(doc) or doc[phrase_end].text != ",":
            return False
        if any(child.dep_ == "nummod" for child in head.children):
            return False
        if head.pos_ != "NOUN" or head.ent_type_ in PERSON_LABELS:
            return True  # and a first name the tagger read as a noun: "Pour Sandrine Colin, …"
        if self._named_organization(doc, head):
            return True  # "Pour Météo-France, …": a body's name the tagger read as a noun
        return describes(head, self.data) or head.lemma_.lower() in self.data.EPITHET_NOUNS

    def _named_organization(self, doc: Doc, head: Token) -> bool:
        """Whether a company or another organisation span holds `head`."""
        return any(
            span.start <= head.i < span.end
            for key in (self.companies_key, self.organizations_key)
            for span in doc.spans.get(key, ())
        )

    def _opening_marker_at(self, doc: Doc, i: int) -> tuple[str, int] | None:
        """A marker of `OPENING_SOURCE_MARKERS` at the head of its sentence, or after the
        conjunction that opens it ("Mais pour l'économiste X, « … »")."""
        first = i
        if i > 0 and doc[i - 1].lower_ in self.data.OPENING_CONJUNCTIONS:
            first = i - 1
        opens = first == 0 or ends_sentence(doc[first - 1]) or doc[first - 1].is_quote
        if not opens:
            return None
        for words, cue in self.data.OPENING_SOURCE_MARKERS.items():
            if tuple(t.lower_ for t in doc[i : i + len(words)]) == words:
                return cue, len(words)
        return None

    def _negated(self, verb: Token) -> bool:
        return any(
            child.lower_ in self.data.NEGATIONS or child.dep_ == "neg" for child in verb.children
        )


@lru_cache
def claims_data(lang: str) -> ModuleType:
    """The claims data of `lang` (`newsfacts.lang.<lang>.claims`)."""
    return language_data.data(lang).claims


def _indexes(column: numpy.ndarray, values: set[int]) -> list[int]:
    """The indexes of the tokens whose attribute in `column` (of `Doc.to_array`) is one of
    `values`."""
    found = numpy.zeros(len(column), dtype=bool)
    for value in values:
        found |= column == value
    return found.nonzero()[0].tolist()


def _marker_object(doc: Doc, i: int, length: int) -> Token | None:
    """The noun a "selon"/"according to" governs."""
    markers = range(i, i + length)
    for token in doc[i + length : i + length + 8]:
        governed = token.head.i in markers or token.i == doc[i].head.i
        if governed and token.pos_ in ("NOUN", "PROPN", "PRON"):
            return token
    return None


def _opens_relative(token: Token, data: ModuleType) -> bool:
    """A relative pronoun that opens a relative clause ("who", "qui"), also one the tagger
    marks relative in a clause the parser hung on the main verb ("…, selon l'Organisation
    des producteurs de lait (OPL), qui dénonce …", "dénonce" read as an adverbial clause)."""
    return token.lower_ in data.RELATIVE_PRONOUNS and (
        token.head.dep_.startswith(("acl", "relcl")) or "Rel" in token.morph.get("PronType")
    )


def _qualifying_participle(token: Token) -> bool:
    """A participle that qualifies a noun: "un document transmis à l'AMF"."""
    return token.dep_ == "acl" and token.morph.get("VerbForm") == ["Part"]


def _role_before(doc: Doc, start: int, subject: Token | None, cue: int) -> int:
    """Where the words between a closing mark and its attribution are checked from: past a
    role before the subject's name that the parser split from it, in the English order of
    machine-translated copy ('"…", la vice-présidente exécutive de la commission Teresa
    Ribera a dit', whose "exécutive" the tagger reads as a verb): before a proper name, words
    from a determiner on with no punctuation, auxiliary, conjunction or pronoun."""
    if subject is None or subject.pos_ != "PROPN" or not start <= subject.left_edge.i < cue:
        return start
    words = doc[start : subject.left_edge.i]
    if not words or words[0].pos_ != "DET" or len(words) > 10:
        return start
    if any(t.is_punct or t.pos_ in ("AUX", "CCONJ", "SCONJ", "PRON") for t in words):
        return start
    return subject.left_edge.i


def _before_dangling_conjunction(doc: Doc, start: int, end: int) -> int:
    """Where a clause ends when the parser left a conjunction hanging at its end ("said that
    sales rose 3% in Asia, and | warned that …": "and" joins the reporting verbs)."""
    last = end
    while last > start and doc[last - 1].is_punct:
        last -= 1
    return last - 1 if last > start and doc[last - 1].pos_ == "CCONJ" else end


def _conjunction_before(conj: Token) -> Token | None:
    """The conjunction before a coordinated word: its own child in French ("et a confirmé"),
    the first conjunct's in English ("rose …, and warned": "and" hangs on "rose")."""
    for child in conj.children:
        if child.dep_ == "cc" and child.i < conj.i:
            return child
    for child in conj.head.children:
        if child.dep_ == "cc" and conj.head.i < child.i < conj.i:
            return child
    return None


def _finite_clause(verb: Token) -> bool:
    """A conjugated verb with its own subject: a clause that can be reported, not a
    participle that opens the sentence ("Commentant l'opinion du président, …")."""
    return finite(verb) and any(
        c.dep_ in SUBJECT_DEPS or c.dep_ in ("nsubj:pass", "nsubjpass") for c in verb.children
    )


def _uninverted_comma(
    verb: Token, subject: Token, addressed: frozenset[str] = frozenset()
) -> int | None:
    """The comma before an incise in the English order ("…, la compagnie a dit.", "…, il a
    ajouté."): the subject right after the comma, only auxiliaries and adverbs between it and
    the verb, and nothing the verb reports after it ("…, le groupe a annoncé une perte" is a
    clause of its own; the object of a verb in `addressed` is whom it was said to: "…, two
    sources told Reuters"). Its index, or None."""
    doc = verb.doc
    comma = subject.left_edge.i - 1
    if comma <= 0 or doc[comma].text != "," or subject.right_edge.i >= verb.i:
        return None
    if any(t.pos_ not in ("AUX", "ADV", "PART") for t in doc[subject.right_edge.i + 1 : verb.i]):
        return None
    addressee = verb.lemma_.lower() in addressed
    if any(
        (c.dep_ in OBJECT_DEPS and not addressee) or c.dep_ in CLAUSE_DEPS or c.dep_ == "xcomp"
        for c in verb.rights
    ):
        return None
    # after the verb, at most where and when it was said: "dans un communiqué", "mardi"; a
    # clause after a comma that the parser hangs on the reported verb is no part of it
    # ("…, administrators said, after no buyer could be found")
    _, end = paragraph_sentence(verb)
    rest = [t for t in doc[verb.i + 1 : end] if not t.is_punct and verb.is_ancestor(t)]
    if len(rest) > UNINVERTED_TAIL or any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    return comma


def _after_clitic(token: Token) -> bool:
    """Whether `token` follows the auxiliary and clitic pronoun of an inverted incise ("a-t-il
    …", "a-t-on …")."""
    i = token.i - 1
    doc = token.doc
    while i > 0 and doc[i].text.startswith("-") and doc[i].text[1:].isalpha():
        i -= 1
    return i < token.i - 1 and doc[i].pos_ == "AUX"


def _infinitive(token: Token) -> bool:
    """An infinitive, simple ("soutenir") or compound ("avoir bouclé")."""
    if "Inf" in token.morph.get("VerbForm"):
        return True
    return any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in token.lefts)


def _verbless(span: Span) -> bool:
    return not any(t.pos_ in ("VERB", "AUX") for t in span)


def _described(span: Span, before: Span) -> bool:
    """A noun phrase opened by a determiner with no finite verb, after a clause that does not
    end on its verb: "a Paris-based data provider", "un cabinet d'études basé à Singapour"
    (not "the deal values Figma at …", nor the object in "il faudrait, selon le rapport, une
    somme annuelle de 3,2 milliards de dollars")."""
    return (
        span[0].pos_ == "DET"
        and not any("Fin" in t.morph.get("VerbForm") for t in span)
        and before[-1].pos_ not in ("VERB", "AUX")
    )


def _apposition_at(doc: Doc, i: int, head: Token) -> bool:
    """Whether token `i` begins an apposition of `head` ("Christine Lagarde, présidente de la
    BCE,", "le syndicat, la CGT,") or a complement that says where the speaker is from
    ("l'économiste Nicolas Goldberg, de Colombus Consulting,"), closed by a comma of its own."""
    return i < len(doc) and any(
        (c.dep_ == "appos" or (c.dep_ == "nmod" and doc[i].dep_ == "case" and doc[i].head == c))
        and c.left_edge.i == i
        and c.right_edge.i + 1 < len(doc)
        and doc[c.right_edge.i + 1].text == ","
        for c in head.children
    )


def _continued(
    doc: Doc, quotes: list[Span], direct: list[Candidate], found: list[Span]
) -> list[Span]:
    """Quotations that go on after an attributed one: in '"…," X said. "…."' the second
    quotation, a sentence of its own with no attribution, is X's too. Each takes the claim of
    the quotation before it in its paragraph, when only that quotation's attribution stands
    between them."""
    claims = {(s.start, s.end): s._.claim for s in found if s._.claim["quote"] == "direct"}
    attributed = {c.content.start for c in direct}
    continued: list[Span] = []
    before: tuple[Span, dict[str, Any]] | None = None
    for quote in quotes:
        claim = claims.get((quote.start, quote.end))
        if claim is not None:
            before = (quote, claim)
            continue
        if (
            before is not None
            and quote.start not in attributed
            and _goes_on(doc, before[0], before[1], quote)
            and not any(s.start < quote.end and quote.start < s.end for s in found)
        ):
            quote._.claim = dict(before[1])
            continued.append(quote)
            before = (quote, before[1])
        else:
            before = None
    return continued


def _goes_on(doc: Doc, earlier: Span, claim: dict[str, Any], quote: Span) -> bool:
    """Whether `quote` is a whole sentence that follows the sentence of `earlier` and of its
    attribution, in the same paragraph, with nothing but that attribution between them."""
    last = max(earlier.end, doc.char_span(claim["cue_start"], claim["cue_end"]).end)
    gap = doc[last : quote.start]
    if any("\n" in t.text for t in gap):
        return False
    ends = [t.i for t in gap if t.text in SENTENCE_END]
    if len(ends) != 1 or not all(t.is_quote or t.is_space for t in doc[ends[0] + 1 : quote.start]):
        return False
    return _ends_inside(doc, quote)


def _opens_quotation(token: Token) -> bool:
    """A quotation mark glued to the word after it."""
    doc = token.doc
    return (
        token.is_quote
        and not token.whitespace_
        and token.i + 1 < len(doc)
        and not doc[token.i + 1].is_punct
    )


def _ends_inside(doc: Doc, quote: Span) -> bool:
    """Whether the quotation ends its sentence inside its marks ('"…."', not '"…," X said')."""
    return (
        quote.end + 1 < len(doc)
        and doc[quote.end].text in SENTENCE_END
        and doc[quote.end + 1].is_quote
    )


def _without_cue(
    speaker: dict[str, Any] | None, candidate: Candidate, text: str
) -> dict[str, Any] | None:
    """The speaker's mention and role without the cue the parser hung on the name
    ('"…," estimated Jean-Michel Bernard': "estimated" read as an adjective of the name)."""
    if speaker is None:
        return None
    cue = text[candidate.cue_start : candidate.cue_end]
    if (speaker["role"] or "").endswith(cue):  # "», juge Luca Solca": no judge
        speaker = {**speaker, "role": None}
    if not speaker["start"] <= candidate.cue_start < speaker["end"]:
        return speaker
    start = candidate.cue_end
    while start < speaker["end"] and text[start].isspace():
        start += 1
    return {**speaker, "text": text[start : speaker["end"]], "start": start}


def _restates(candidate: Candidate, speaker: dict[str, Any] | None, found: list[Span]) -> bool:
    """True when the cue lies inside a claim already found of the same speaker: "said revenue
    rose …, and it forecast …" is one statement, not two."""
    name = speaker["name"] if speaker else None
    for span in found:
        earlier = span._.claim["speaker"]
        inside = span.start_char <= candidate.cue_start < span.end_char
        if inside and (earlier["name"] if earlier else None) == name:
            return True
    return False


def _inside_any(char: int, quotes: list[Span]) -> bool:
    return any(q.start_char <= char < q.end_char for q in quotes)


def _quoted_in_any(quote: Span, others: list[Candidate]) -> bool:
    """Whether a quotation lies inside another claim's content that has words of its own
    outside the quotation marks."""
    for other in others:
        content = other.content
        if content.start <= quote.start and quote.end <= content.end:
            outside = [
                *content.doc[content.start : quote.start],
                *content.doc[quote.end : content.end],
            ]
            if any(not (t.is_punct or t.is_space) for t in outside):
                return True
    return False


def _overlaps_any(content: Span, others: list[Candidate]) -> bool:
    return any(
        content.start_char < o.content.end_char and o.content.start_char < content.end_char
        for o in others
    )


def _object_end(doc: Doc, start: int, end: int, marks: tuple[str, ...]) -> int:
    """Where a statement object that the parse runs from `start` to `end` ends: before a
    colon or semicolon, which opens what comes next ("dénonce « une décision purement
    financière » : selon elle, …"), or before a conjunction that opens the speaker's next
    act ("a dénoncé « une grève … » et a appelé la direction à …")."""
    for i in range(start, end):
        if doc[i].text in marks:
            return i
        if doc[i].pos_ == "CCONJ" and i + 1 < end and doc[i + 1].pos_ in ("AUX", "VERB"):
            return i
    return end


def _semicolon_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a semicolon stands between tokens `start` and `end`: a clause before it is
    a statement of its own, not what the verb after it reports."""
    return any(t.text == ";" for t in doc[start:end])


def _past_dateline(head: Token) -> Token:
    """ "LONDON, March 12 (Reuters) - Lumen Grid said …": the parser makes the dateline's
    place the subject and the speaker its apposition; the speaker is the apposition."""
    if not shapes.dateline(head.doc[head.i : head.i + 1]):
        return head
    return next((c for c in head.children if c.dep_ == "appos"), head)
