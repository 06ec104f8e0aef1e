"""Who made a claim: the speaker behind a subject, a pronoun or the noun after "selon".

Coreference libraries lag spaCy releases (coreferee #29), so speakers are resolved with a few
rules on the parse and the entities: a pronoun goes to the last speaker of the last sentences,
else to the last person (or organisation) it can stand for; "la société" to the last
organisation; a bare last name to the full name seen before it; and a role in apposition
("le PDG Mark Zuckerberg") is kept beside the name.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Collection
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..normalize.names import fold
from .name_shapes import PERSON_LABELS

# Entities that speak as a body when they are a subject: firms, governments, countries.
BODY_LABELS = frozenset({"ORG", "GPE", "LOC", "MISC", "NORP"})
SUBJECT_DEPS = frozenset({"nsubj", "expl:subj"})
# Dependents that stay inside a speaker's noun phrase ("le directeur financier du groupe").
PHRASE_DEPS = frozenset(
    {"flat:name", "flat", "compound", "amod", "nmod", "case", "det", "fixed", "prep", "pobj"}
)
ROLE_DEPS = frozenset({"appos"})
# The kinds of organisation a press noun names: "le quotidien Le Monde", "l'agence Reuters".
PRESS_KINDS = frozenset({"publication", "news_agency", "broadcaster"})
# How a relative clause hangs on its noun.
RELATIVE_DEPS = frozenset({"acl:relcl", "relcl"})
# How a name hangs on the role noun before it: "Le PDG Mark Zuckerberg", "l'ancien président Trump".
NAME_DEPS = frozenset({"flat:name", "flat", "compound", "amod", "appos"})
# How many sentences back a pronoun looks for the last speaker before any other mention.
PRONOUN_REACH = 2
DEFINITE = ("Definite=Def", "PronType=Dem", "Poss=Yes")


@dataclass
class Referent:
    """A person or organisation named in the text, that a later mention may refer to."""

    name: str
    kind: str  # "person" or "organization"
    start: int  # character offsets of the mention
    end: int
    gender: str | None = None
    role: str | None = None
    company: str | None = None
    speaker: bool = False  # made a claim: the likeliest antecedent of "il" in what follows


class NotASpeaker(Exception):
    """The phrase cannot make a statement ("Cette décision indique que …", "selon la taille")."""


class Speakers:
    """The people and organisations of one Doc, in text order, and the rules that resolve a
    speaker's mention to one of them."""

    def __init__(
        self,
        doc: Doc,
        data: ModuleType,
        companies_key: str,
        organizations_key: str = "",
        quoted: tuple[Span, ...] = (),
    ):
        """doc: the parsed Doc. data: the language's claims data. companies_key: the span
        group of newsfacts_companies. organizations_key: the span group of the other
        organisations (none when empty). quoted: the quotations of the text."""
        self.doc = doc
        self.quoted = [(q.start_char, q.end_char) for q in quoted]
        self.ents = doc.ents  # a new tuple of Spans on each access: once
        # the person entities by their last token, for a name that ends a role's phrase
        self.person_ending = {e.end - 1: e for e in self.ents if e.label_ in PERSON_LABELS}
        self.name_words: dict[str, frozenset[str]] = {}  # a body's name -> its folded words
        self.data = data
        self.company_spans = list(doc.spans.get(companies_key, []))
        self.read_organizations = bool(organizations_key) and organizations_key in doc.spans
        self.organization_spans = (
            list(doc.spans.get(organizations_key, [])) if organizations_key else []
        )
        self.company_names = {
            fold(s._.company["name"]): s._.company["name"] for s in self.company_spans
        }
        self.referents: list[Referent] = []
        # source nouns resolved to their owner: (offset, lemma, speaker), for "the report" later
        self.sources: list[tuple[int, str, dict[str, Any]]] = []
        # one pass over the tokens: paragraph breaks (the parser runs sentences over them),
        # role nouns with a name, and proper-name subjects
        breaks, role_nouns, subjects = set(), [], []
        for token in doc:
            if "\n" in token.text:
                breaks.add(token.idx + len(token.text))
            elif token.lemma_.lower() in data.PERSON_NOUNS:
                role_nouns.append(token)
            elif (
                token.dep_ == "nsubj"
                and token.pos_ == "PROPN"
                and token.ent_type_ not in (*PERSON_LABELS, "ORG")
            ):
                subjects.append(token)
        self.sentence_starts = sorted({sent.start_char for sent in doc.sents} | breaks)
        for ent in self.ents:
            # a firm the stock model reads as a person ("Andreessen Horowitz") is no one
            if ent.label_ in PERSON_LABELS and self._is_name(ent) and not self._a_firm(ent):
                self.add(self._person(ent))
        for token in role_nouns:
            named = self._named_person_of(token)
            if named is not None and named.root.ent_type_ not in PERSON_LABELS:
                self.add(self._person(named))
        for span in self.company_spans:
            name = span._.company["name"]
            self.add(Referent(name, "organization", span.start_char, span.end_char, company=name))
        self.bodies: list[Referent] = []  # organisations that are no company, in text order
        for ent in self.ents:
            # not a stock organisation the companies component found to be no name ("to
            # 800p", a price)
            if ent.label_ == "ORG" and not self._company_at(ent) and self._named_body(ent):
                body = Referent(
                    _without_determiner(ent), "organization", ent.start_char, ent.end_char
                )
                self.bodies.append(body)
                self.add(body)
        # the bodies newsfacts_organizations found that the stock model did not ("Le
        # ministère de la Défense a publié … selon la déclaration du ministère"): what a bare
        # "the ministry" may refer back to, not antecedents of a pronoun
        named = list(self.bodies)
        for span in self.organization_spans:
            if not any(b.start < span.end_char and span.start_char < b.end for b in named):
                name = span._.organization["name"]
                self.bodies.append(Referent(name, "organization", span.start_char, span.end_char))
        self.bodies.sort(key=lambda b: b.start)
        for token in subjects:
            # a proper name acting as a subject that the NER missed or took for a place
            # ("Nvidia reported …", Nvidia labelled GPE)
            name = _proper_name(noun_phrase(token))
            if self.full_name(name) is None:
                self.add(Referent(name, "organization", token.idx, token.idx + len(token)))

    def add(self, referent: Referent) -> None:
        """Record a referent (a resolved speaker is one too: "Il" then refers to it)."""
        insort(self.referents, referent, key=lambda r: r.start)

    def resolve(self, head: Token) -> dict[str, Any] | None:
        """The speaker dict of the phrase headed by `head`; None when anonymous or unresolved.

        Raises NotASpeaker when the phrase cannot make a statement."""
        key = head.lower_.strip("-")
        if key in self.data.PRONOUNS:
            return self._pronoun(head, self.data.PRONOUNS[key])
        if key in self.data.RELATIVE_PRONOUNS and head.head.dep_.startswith(("acl", "relcl")):
            return self.resolve(head.head.head)
        if key in self.data.IMPERSONAL_SUBJECTS:
            # "Chez Airbus, on estime que …": the place of the saying speaks
            host = self._host(head.head)
            if host is None:
                raise NotASpeaker(head.text)
            return self.resolve(host)
        voice = self._voice_of(head)
        if voice is not None:  # "L'opposition, par la voix d'Élodie Rouyer, a regretté …"
            return self.resolve(voice)
        phrase = noun_phrase(head)
        person = self._entity_of(head) or self._entity(phrase, PERSON_LABELS)
        if person is not None and self._a_firm(person):
            person = None  # "Citi also said", the stock model's person: the company's name
        # "l'ancien président Trump", "Le PDG Mark Zuckerberg": the name, not "le directeur
        # de Mark Zuckerberg".
        if person is not None and (
            head in person
            or (person.root.head == head and person.root.dep_ not in ("nmod", "pobj"))
        ):
            mention = self.doc[min(phrase.start, person.start) : max(phrase.end, person.end)]
            return self._speaker(self._person(person), mention)
        title = self._coordinated_title(head)
        named = self._named_person_of(title) if title is not None else None
        if named is not None:
            # "Le cofondateur et PDG Arthur Mensch": the name hangs on the last title; both
            # titles are the role
            referent = self._person(named)
            referent.role = _without_determiner(self.doc[phrase.start : named.start])
            return self._speaker(referent, self.doc[phrase.start : named.end])
        named = self._named_person_of(head)
        if named is not None:
            referent = self._person(named)
            referent.role = referent.role or _without_determiner(phrase)
            if named.start == phrase.end:  # "Son cofondateur Arthur Mensch": one mention
                phrase = self.doc[phrase.start : named.end]
            return self._speaker(referent, phrase)
        named = self._company_over(head) or self._descriptor_over(head)
        if named is not None:  # "Bank of America said": the firm, not "America"
            name = named._.company["name"]
            # the mention holds the whole name, however the parser cut it
            mention = self.doc[min(phrase.start, named.start) : max(phrase.end, named.end)]
            return self._speaker(Referent(name, "organization", 0, 0, company=name), mention)
        body = self._organization_over(head)
        # "La Banque de France a souligné", "The Federal Reserve Bank of New York said": a
        # capitalised body noun inside the body's name is the body, not a description ("la
        # banque" of the story) nor its place
        if (
            body is not None
            and not head.is_lower
            and (self._describes(head) or head.pos_ == "NOUN")
        ):
            # "OPEC+ said": a body's name the tagger read as a common noun
            name = body._.organization["name"]
            return self._speaker(Referent(name, "organization", 0, 0), phrase)
        if (head.pos_ == "NOUN" and not head.ent_type_) or self._describes(head):
            return self._description(head, phrase)
        company = self._company_in(phrase)
        if company is not None:
            name = company._.company["name"]
            referent = Referent(name, "organization", 0, 0, company=name)
            return self._speaker(referent, phrase)
        if head.pos_ in ("PROPN", "NOUN") or self._entity(phrase, BODY_LABELS) is not None:
            return self._speaker(self._named(phrase), phrase)
        group = self._group_of(head)
        if group is not None:  # "one of the sources said": the sources
            return self.resolve(group)
        raise NotASpeaker(head.text)

    def _voice_of(self, head: Token) -> Token | None:
        """The person a body speaks through, named after a voice's noun on the body's phrase
        or its verb: "L'opposition, par la voix d'Élodie Rouyer, a regretté …"
        (`VOICE_NOUNS`, `VOICE_PREPOSITIONS`); None when there is none."""
        for word in (*head.children, *head.head.children):
            cases = {c.lower_ for c in word.children if c.dep_ == "case"}
            if word.lemma_.lower() not in self.data.VOICE_NOUNS:
                continue
            if not cases & self.data.VOICE_PREPOSITIONS:
                continue
            voice = next((c for c in word.children if c.dep_ in ("nmod", "appos")), None)
            if voice is not None and voice.pos_ == "PROPN":
                return voice
        return None

    def _coordinated_title(self, head: Token) -> Token | None:
        """The noun coordinated right after a title ("PDG" in "Le cofondateur et PDG Arthur
        Mensch"), or None."""
        for child in head.rights:
            between = self.doc[head.i + 1 : child.i]
            if (
                child.dep_ == "conj"
                and child.pos_ == "NOUN"
                and all(t.dep_ == "cc" for t in between)
            ):
                return child
        return None

    def _host(self, verb: Token) -> Token | None:
        """The firm or body where an impersonal subject speaks: the noun of the verb's
        "chez X", "au ministère", "du côté de X"; not a place ("Aux États-Unis, on estime
        que …" is no claim of the United States)."""
        for child in verb.children:
            if not child.dep_.startswith("obl") or child.pos_ not in ("NOUN", "PROPN"):
                continue
            if child.lemma_.lower() in self.data.HOST_NOUNS:
                child = next((c for c in child.rights if c.dep_ in ("nmod", "prep")), child)
            elif not any(
                c.dep_ == "case" and c.lower_ in self.data.HOST_PREPOSITIONS for c in child.children
            ):
                continue
            place = child.ent_type_ in ("LOC", "GPE") and not self._organization_over(child)
            if child.lemma_.lower() not in self.data.HOST_NOUNS and not place:
                return child
        return None

    def _group_of(self, head: Token) -> Token | None:
        """The group a number or a pronoun picks one out of: "sources" in "one of the
        sources", "analysts" in "two of the analysts"; None otherwise."""
        if head.pos_ not in ("NUM", "PRON") or head.lower_ in self.data.PRONOUNS:
            return None
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in self.data.PARTITIVE_PREPOSITIONS:
                group = _object(child)
                if group is not None and group.pos_ in ("NOUN", "PROPN"):
                    return group
        return None

    def _pronoun(
        self, head: Token, rule: dict[str, Any], mention: Span | None = None
    ) -> dict[str, Any] | None:
        """The referent before `head` the pronoun can stand for: the last speaker of the last
        `PRONOUN_REACH` sentences ("la Chine a indiqué … Elle a ajouté"), else the last
        mention, people first."""
        fits = [
            r
            for r in self.referents
            if r.end <= head.idx
            and r.kind in rule["kinds"]
            and (rule["gender"] is None or r.gender in (None, rule["gender"]))
        ]
        if not fits:
            return None
        here = self._sentence(head.idx)
        # "Citigroup shares rose after it announced …": the subject before it in its sentence
        # (not one inside a quotation: '"Synopsys is paying up," they wrote')
        near = [
            r
            for r in fits
            if self._sentence(r.start) == here and self._is_subject(r) and not self._quoted(r)
        ]
        if near:
            return self._speaker(near[-1], mention or self.doc[head.i : head.i + 1])
        # "Il a ajouté": the one who spoke last, when that was in the last few sentences
        speakers = [
            r for r in fits if r.speaker and here - self._sentence(r.start) <= PRONOUN_REACH
        ]
        if not speakers:  # else the last mention, people first ("elle" is rarely a firm)
            speakers = [r for r in fits if r.kind == rule["kinds"][0]] or fits
        return self._speaker(speakers[-1], mention or self.doc[head.i : head.i + 1])

    def _quoted(self, referent: Referent) -> bool:
        return any(start <= referent.start < end for start, end in self.quoted)

    def _sentence(self, char: int) -> int:
        return bisect_right(self.sentence_starts, char)

    def _describes(self, head: Token) -> bool:
        return describes(head, self.data)

    def _named_person_of(self, head: Token) -> Span | None:
        """The person a role noun names in apposition: "le directeur général de l'OMC,
        Supachai Panitchpakdi"; any noun names the person entity right after it: "Son
        cofondateur Arthur Mensch", "l'investisseur Warren Buffett"."""
        if head.lemma_.lower() not in self.data.PERSON_NOUNS:
            after = head.i + 1 < len(self.doc) and self.doc[head.i + 1]
            if not (head.pos_ == "NOUN" and after and after.ent_iob_ == "B"):
                return None
            ent = next((e for e in self.ents if e.start == head.i + 1), None)
            return ent if ent is not None and ent.label_ in PERSON_LABELS else None
        for child in head.children:
            if child.dep_ not in NAME_DEPS:
                continue
            if child.ent_type_ in PERSON_LABELS:
                for ent in self.ents:
                    if ent.start <= child.i < ent.end:
                        return ent
        # a name the NER missed or mislabelled ("Le PDG Mark Zuckerberg" as ORG), or set off
        # by commas ("Le président de la République de Chine, Chen Shui-bian,")
        names = [
            t
            for child in head.rights
            if child.pos_ == "PROPN"
            and (
                child.dep_ in NAME_DEPS
                or (child.dep_ == "conj" and self.doc[child.i - 1].text == ",")
            )
            for t in child.subtree
            if t.pos_ == "PROPN" and t.i >= child.i
        ]
        if names and (
            names[0].i == head.i + 1
            or self.doc[names[0].i - 1].text == ","
            or self._employer_ends_at(head, names[0].i)
        ):
            end = names[0].i
            while end < len(self.doc) and self.doc[end] in names:
                end += 1
            return self.doc[names[0].i : end]
        return self._name_ending_role(head)

    def _name_ending_role(self, head: Token) -> Span | None:
        """A person's name that ends the role noun's phrase right after a noun of it, with no
        comma or "de" before it: "le directeur général de la compagnie Pedro Lopes", "le
        ministre polonais de l'Agriculture Stefan Krajewski", as hurried and
        machine-translated copy writes them ("le directeur de Mark Zuckerberg" is someone
        else)."""
        ent = self.person_ending.get(head.right_edge.i)
        if ent is None or not head.i + 1 < ent.start:
            return None
        before = self.doc[ent.start - 1]
        if before.pos_ in ("NOUN", "ADJ", "PROPN") and before.head.i != ent.root.i:
            return ent
        return None

    def _employer_ends_at(self, head: Token, i: int) -> bool:
        """Whether a company named after the role noun ends right before token `i`: "Le
        président de China Eastern Airlines Wang Zhiqing" (no comma before the name)."""
        return any(span.end == i and span.start > head.i for span in self.company_spans)

    def _description(self, head: Token, phrase: Span) -> dict[str, Any] | None:
        """A common noun: "la société" (an earlier organisation), "le ministre" (a person by
        role), "le rapport de X" (X); any other noun makes no statement."""
        lemma = self._compound_lemma(head)
        definite = any(tag in str(child.morph) for child in head.children for tag in DEFINITE)
        named = self._apposed_organization(head)
        if named is not None and (
            lemma in self.data.BODY_NOUNS or lemma in self.data.ORGANIZATION_NOUNS
        ):
            return self._speaker(named, phrase)  # "selon le syndicat, la CGT, …": the CGT
        if lemma in self.data.PRESS_NOUNS:
            return self._press(head, phrase, definite)
        if lemma in self.data.SUBSIDIARY_NOUNS and definite:
            return self._speaker(self._subsidiary(head, phrase), phrase)
        if lemma in self.data.OWNER_NOUNS:
            owner = self._owner_of(head, phrase) if definite else None
            if owner is None and definite:
                # a bare "la maison mère": the parent of the story's firm
                owner = self._parent_of_topic(head)
            if owner is None:
                raise NotASpeaker(head.text)
            return self._speaker(owner, phrase)
        if lemma in self.data.BODY_NOUNS:
            company = self._company_in(phrase) or self._company_after(head, phrase)
            if company is not None:  # "le cabinet EY": the firm it names
                return self._speaker(self._firm(company), phrase)
            body = self._earlier_body(head, phrase, definite)
            if body is not None:
                return self._speaker(body, phrase)
            # "le gouvernement français" names itself
            return self._speaker(
                Referent(_without_determiner(phrase), "organization", 0, 0), phrase
            )
        if lemma in self.data.MAKER_NOUNS and definite:
            owner = self._owner_of(head, phrase, brands=True)
            if owner is not None:  # "the maker of Activia and Evian said": Danone
                return self._speaker(owner, phrase)
        if lemma in self.data.ORGANIZATION_NOUNS:
            company = self._company_in(phrase)
            if company is not None:  # "Le groupe Lagardère", not Arnaud Lagardère
                return self._speaker(self._firm(company), phrase)
            names = [t for t in phrase if t.pos_ == "PROPN" and t.i > head.i]
            if not names and _plural(head):
                # "ces distributeurs estiment que …": firms of a trade, not one named before
                return self._speaker(
                    Referent(_without_determiner(phrase), "organization", 0, 0), phrase
                )
            if names:  # "la société Sem-Suhner"
                return self._speaker(self._named(phrase[names[0].i - phrase.start :]), phrase)
            earlier = [r for r in self.referents if r.kind == "organization" and r.end <= head.idx]
            if definite and earlier:
                companies = [r for r in earlier if r.company] or earlier
                return self._speaker(self._topic(companies, head), phrase)
            return None
        if lemma in self.data.PERSON_NOUNS:
            firm = self._staff_of(head, phrase)
            if firm is not None:
                return self._speaker(firm, phrase)
            if lemma in self.data.SPOKESPERSON_NOUNS:
                voiced = self._voiced(phrase) or self._voiced_anaphor(head)
                if voiced is not None:  # "un porte-parole d'Engie" speaks for Engie
                    return self._speaker(voiced, phrase)
            # Only a bare "le PDG" refers back, or "le PDG du groupe"; "le ministre de la
            # Défense" names a person anew.
            bare = all(t.dep_ == "det" or t == head for t in self._without_anaphor(phrase))
            if definite and bare:
                for referent in reversed(self.referents):
                    if (
                        referent.kind == "person"
                        and referent.end <= head.idx
                        and referent.role
                        and fold(lemma) in fold(referent.role)
                    ):
                        return self._speaker(referent, phrase)
                if lemma in self.data.EPITHET_NOUNS:  # "le dirigeant": whoever leads
                    gender = (head.morph.get("Gender") or [None])[0]
                    return self._pronoun(head, {"kinds": ("person",), "gender": gender}, phrase)
                last = self._last_speaker_without_role(head)
                if last is not None:  # "Bernard Arnault a déclaré … Le PDG du groupe a indiqué"
                    return self._speaker(last, phrase)
            text = _without_determiner(phrase)
            return self._speaker(Referent(text, "person", 0, 0, role=text), phrase)
        if lemma in self.data.EPITHET_NOUNS:
            # "Le milliardaire a précisé": the last person, as "il" would be; "un milliardaire
            # a dit" is anonymous.
            bare = all(t.dep_ == "det" or t == head for t in phrase)
            if not (definite and bare) or "Plur" in head.morph.get("Number"):
                return None  # "pour les investisseurs": people in general
            gender = (head.morph.get("Gender") or [None])[0]
            return self._pronoun(head, {"kinds": ("person",), "gender": gender}, phrase)
        if lemma in self.data.ENTOURAGE_NOUNS:
            return self._entourage(head, phrase)
        if lemma in self.data.SOURCE_NOUNS:
            # whose it is: "le rapport de la Banque mondiale", or who published it:
            # "Microsoft a publié un communiqué indiquant que …"
            # (not whom it was told to: "ont dit des sources à Reuters")
            owners = [
                child if child.dep_ != "prep" else _object(child)
                for child in head.rights
                if (
                    child.dep_ in ("nmod", "prep", "pobj")
                    or any(c.dep_ == "case" for c in child.children)  # "de TrendForce" misparsed
                )
                and child.lower_ not in self.data.ADDRESSEE_PREPOSITIONS
                and not any(
                    c.dep_ == "case" and c.lower_ in self.data.ADDRESSEE_PREPOSITIONS
                    for c in child.children
                )
                and not _close_to(head, child, self.data.CLOSE_WORDS)
            ]
            if head.dep_ in ("obj", "dobj"):
                owners += [c for c in head.head.children if c.dep_ in ("nsubj", "expl:subj")]
            # who made it (`SOURCE_MAKING_VERBS`): "according to data compiled by Bloomberg",
            # "les chiffres publiés par l'Insee"; not who read it: "a memo seen by Reuters"
            owners += [
                agent
                for child in head.rights
                if child.dep_ == "acl"
                and child.lemma_.lower() in self.data.SOURCE_MAKING_VERBS
                and (agent := agent_of(child)) is not None
            ]
            # a name before the noun: "according to a Reuters poll", "Goldman's estimates"
            owners += [
                c for c in head.lefts if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
            ]
            for owner in owners:
                try:
                    speaker = self.resolve(owner)
                except NotASpeaker:
                    continue
                if speaker is not None:
                    self.sources.append((head.idx, lemma, speaker))
                    return speaker
            # "the release said" after "according to a Defense Department news release"
            bare = all(t.dep_ in ("det", "amod") or t == head for t in phrase)
            if definite and bare:
                earlier = [s for at, noun, s in self.sources if noun == lemma and at < head.idx]
                if earlier:
                    return {
                        **earlier[-1],
                        "text": phrase.text,
                        "start": phrase.start_char,
                        "end": phrase.end_char,
                    }
                # "X a annoncé … Selon le communiqué, …": the document of the last
                # organisation that spoke ("selon nos informations" is the writer's)
                article = any("Definite=Def" in str(c.morph) for c in head.children)
                document = lemma not in self.data.HUMAN_SOURCE_NOUNS  # "the sources": people
                issuer = self._last_organisation_speaker(head) if article and document else None
                if issuer is not None:
                    return self._speaker(issuer, phrase)
            return None
        raise NotASpeaker(head.text)

    def _press(self, head: Token, phrase: Span, definite: bool) -> dict[str, Any] | None:
        """A newspaper, magazine or broadcaster by its noun: the title after it ("le quotidien
        Le Monde a révélé", "the newspaper Le Figaro reported"), else, bare and definite, the
        last title named ("Le Monde … Le quotidien affirme"); None when the text names none
        (the claim is kept without a speaker)."""
        titles = [s for s in self.organization_spans if s._.organization["kind"] in PRESS_KINDS]
        title = next((s for s in titles if head.i < s.start <= phrase.end), None)
        if title is not None:
            mention = self.doc[phrase.start : max(phrase.end, title.end)]
            name = title._.organization["name"]
            return self._speaker(Referent(name, "organization", 0, 0), mention)
        names = [t for t in phrase if t.i > head.i and t.text[:1].isupper()]
        if names:  # an unlisted title: "l'hebdomadaire Marianne"
            return self._speaker(self._named(phrase[names[0].i - phrase.start :]), phrase)
        earlier = [s for s in titles if s.end <= head.i]
        if definite and earlier:
            name = earlier[-1]._.organization["name"]
            return self._speaker(Referent(name, "organization", 0, 0), phrase)
        return None

    def _compound_lemma(self, head: Token) -> str:
        """The lemma of the head, or of the two-word noun it opens when the language data
        lists it: "maison mère" (written with a space, "mère" hung on "maison")."""
        lemma = head.lemma_.lower()
        following = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        if following is not None and following.head == head:
            compound = f"{lemma} {following.lower_}"
            if compound in self.data.OWNER_NOUNS:
                return compound
        return lemma

    def _subsidiary(self, head: Token, phrase: Span) -> Referent:
        """The firm "la filiale de Bouygues" stands for: a company named before that the
        parent owns (by the company record's parent, or a name the parent's name opens:
        Bouygues Construction), else the story's firm of the last sentences, else the
        description itself."""
        parents = {
            s._.company["name"] for s in self.company_spans if phrase.start <= s.start < phrase.end
        }
        earlier = self._companies_before(phrase.start_char, parents)
        owned = [r for r in earlier if any(_owns(p, r.company, self) for p in parents)]
        if owned:
            return owned[-1]
        recent = self._recent_subject(earlier, head)
        return recent or Referent(_without_determiner(phrase), "organization", 0, 0)

    def _parent_of_topic(self, head: Token) -> Referent | None:
        """The parent of the story's firm, named before: "Bouygues" for a bare "la maison
        mère" after Bouygues Construction spoke; None when no such company was named."""
        earlier = self._companies_before(head.idx)
        if not earlier:
            return None
        topic = self._topic(earlier, head)
        parents = [
            r
            for r in earlier
            if r.company != topic.company and _owns(r.company, topic.company, self)
        ]
        return parents[-1] if parents else None

    def _entourage(self, head: Token, phrase: Span) -> dict[str, Any] | None:
        """Those around a person speak for that person: "a expliqué son entourage" is the
        person the possessive stands for, as "il" or "elle" would be; "l'entourage du
        ministre" the minister; a bare "l'entourage" nobody named."""
        for child in head.children:
            if child.dep_ in ("nmod", "poss") and child.pos_ in ("NOUN", "PROPN"):
                speaker = self.resolve(child)
                if speaker is not None:
                    mention = {"text": phrase.text, "start": phrase.start_char}
                    return {**speaker, **mention, "end": phrase.end_char}
        if not any(c.dep_ in ("det", "poss") and "Poss=Yes" in str(c.morph) for c in head.children):
            return None
        # "La ministre du Commerce a convoqué … a expliqué son entourage": the last person
        # who was a subject in the last sentences, named or by role, else as a pronoun
        here = self._sentence(head.idx)
        for token in reversed(self.doc[: head.i]):
            if here - self._sentence(token.idx) > PRONOUN_REACH:
                break
            if token.dep_ not in SUBJECT_DEPS or token.pos_ not in ("NOUN", "PROPN", "PRON"):
                continue
            try:
                speaker = self.resolve(token)
            except NotASpeaker:
                continue
            if speaker is not None and speaker["kind"] == "person":
                mention = {"text": phrase.text, "start": phrase.start_char}
                return {**speaker, **mention, "end": phrase.end_char}
        return self._pronoun(head, {"kinds": ("person",), "gender": None}, phrase)

    def _staff_of(self, head: Token, phrase: Span) -> Referent | None:
        """The firm whose staff speak together: "Goldman Sachs analysts said", "Economists
        at JPMorgan said", "les économistes de BNP Paribas estiment" are the firm's view (a
        singular "an analyst at Morgan Stanley" stays a person)."""
        if "Plur" not in head.morph.get("Number"):
            return None
        company = self._company_in(phrase)
        if company is None:
            return None
        name = company._.company["name"]
        return Referent(name, "organization", 0, 0, role=head.text, company=name)

    def _last_organisation_speaker(self, head: Token) -> Referent | None:
        """The last organisation that made a claim before `head`."""
        return next(
            (
                r
                for r in reversed(self.referents)
                if r.kind == "organization" and r.speaker and r.end <= head.idx
            ),
            None,
        )

    def _apposed_organization(self, head: Token) -> Referent | None:
        """The company or body an apposition of the noun names: "le syndicat, la CGT", "the
        carmaker, Stellantis"."""
        for child in head.children:
            if child.dep_ != "appos":
                continue
            for span in self.company_spans:
                if span.start <= child.i < span.end and not span._.company.get("anaphor"):
                    return self._firm(span)
            for span in self.organization_spans:
                if span.start <= child.i < span.end:
                    return Referent(span._.organization["name"], "organization", 0, 0)
        return None

    def _voiced(self, phrase: Span) -> Referent | None:
        """The company or body a spokesperson's phrase names ("un porte-parole de la SNCF",
        "a spokesman for Airbus"), or None."""
        company = self._company_in(phrase)
        if company is not None:
            return self._firm(company)
        body = next(
            (s for s in self.organization_spans if phrase.start <= s.start and s.end <= phrase.end),
            None,
        )
        if body is not None:
            return Referent(body._.organization["name"], "organization", 0, 0)
        return None

    def _voiced_anaphor(self, head: Token) -> Referent | None:
        """The firm or body a spokesperson speaks for when the phrase names it by a noun that
        refers back ("a réagi un porte-parole du groupe": the last firm, as "le groupe"
        would be) or by a possessive ("a indiqué sa porte-parole": the organisation the
        sentence is about, "le gouvernement" in "Sans majorité, le gouvernement n'exclut pas
        …, a indiqué sa porte-parole"); None otherwise."""
        for child in head.rights:
            if (
                child.dep_ in ("nmod", "prep", "pobj")
                and child.lemma_.lower() in self.data.ORGANIZATION_NOUNS
            ):
                try:
                    speaker = self.resolve(child)
                except NotASpeaker:
                    continue
                if speaker is not None:
                    return Referent(
                        speaker["name"], "organization", 0, 0, company=speaker["company"]
                    )
        if not any(c.dep_ == "det" and "Poss=Yes" in str(c.morph) for c in head.children):
            return None
        here = self._sentence(head.idx)
        for token in reversed(self.doc[: head.i]):
            if self._sentence(token.idx) != here:
                break
            if token.dep_ != "nsubj" or token.pos_ not in ("NOUN", "PROPN"):
                continue
            try:
                speaker = self.resolve(token)
            except NotASpeaker:
                continue
            if speaker is not None and speaker["kind"] == "organization":
                return Referent(speaker["name"], "organization", 0, 0, company=speaker["company"])
        return None

    def _company_after(self, head: Token, phrase: Span) -> Span | None:
        """A company named right after the noun phrase and hung on its noun, however the
        parser labels the link ("le cabinet EY", "EY" as a dependent of "cabinet")."""
        for span in self.company_spans:
            if span.start == phrase.end and span.root.head == head:
                return span
        return None

    def _firm(self, span: Span) -> Referent:
        name = span._.company["name"]
        return Referent(name, "organization", 0, 0, company=name)

    def _without_anaphor(self, phrase: Span) -> Span:
        """The phrase without a complement that names the story's firm again ("le PDG du
        groupe", "the company's chief executive"): "de" and a noun of
        `ORGANIZATION_NOUNS` at its end."""
        last = phrase[-1]
        if len(phrase) > 2 and last.lemma_.lower() in self.data.ORGANIZATION_NOUNS:
            start = last.left_edge.i
            if start > phrase.start:
                return self.doc[phrase.start : start]
        return phrase

    def _last_speaker_without_role(self, head: Token) -> Referent | None:
        """The person who spoke last in the last sentences, when given no role: whom a role
        noun with no name of its own stands for ("« … », a déclaré Bernard Arnault. Le PDG
        du groupe a indiqué …"); one given another role is someone else."""
        here = self._sentence(head.idx)
        for referent in reversed(self.referents):
            if referent.end > head.idx:
                continue
            if here - self._sentence(referent.start) > PRONOUN_REACH:
                return None
            if referent.kind == "person" and referent.speaker:
                return None if referent.role or self._apposed_role(referent) else referent
        return None

    def _apposed_role(self, referent: Referent) -> bool:
        """Whether a role noun follows the mention after a comma ("Anne Roux, analyste chez
        Oddo BHF"), which the parse did not hang on the name."""
        span = self.doc.char_span(referent.start, referent.end, alignment_mode="expand")
        if span is None or span.end + 2 >= len(self.doc) or self.doc[span.end].text != ",":
            return False
        words = [t for t in self.doc[span.end + 1 : span.end + 3] if t.dep_ != "det"]
        return bool(words) and words[0].lemma_.lower() in self.data.PERSON_NOUNS

    def _earlier_body(self, head: Token, phrase: Span, definite: bool) -> Referent | None:
        """The body a bare "the regulator", "the agency", "the Commission" refers back to:
        the last one named with that noun ("the Federal Trade Commission … the Commission"),
        else, for a noun any body answers to (`BODY_ANAPHORS`), the last body named."""
        # "selon la déclaration du ministère": the preposition of an owner is no modifier
        if not definite or any(t.dep_ not in ("det", "case") and t != head for t in phrase):
            return None
        earlier = [b for b in self.bodies if b.end <= head.idx]
        lemma = fold(head.lemma_)
        named = [b for b in earlier if lemma in self._folded_words(b.name)]
        if named:
            return named[-1]
        # the data is written with its accents ("régulateur", "autorité"), the lemma folded
        if head.lemma_.lower() not in self.data.BODY_ANAPHORS or not earlier:
            return None
        # the last body of the last sentences, unless the noun was written since
        # ("l'agence météorologique japonaise … Selon l'agence" is that agency)
        body = earlier[-1]
        since = self.doc.char_span(body.end, head.idx, alignment_mode="expand")
        if self._sentence(head.idx) - self._sentence(body.start) > PRONOUN_REACH or (
            since is not None and any(fold(t.lemma_) == lemma for t in since[:-1])
        ):
            return None
        return body

    def _folded_words(self, name: str) -> frozenset[str]:
        """The folded words of a body's name, folded once per article."""
        words = self.name_words.get(name)
        if words is None:
            words = self.name_words[name] = frozenset(map(fold, name.split()))
        return words

    def _owner_of(self, head: Token, phrase: Span, brands: bool = False) -> Referent | None:
        """The firm "le propriétaire de Gucci" stands for: a company the article named before
        and the phrase does not (the brands it owns), the last that was a speaker or a
        subject in the last sentences ("Chez Kering, la chute se poursuit … Le propriétaire
        de Gucci et de Saint Laurent a prévenu que …"); None without a company in the
        phrase or before it. With `brands`, any proper name after the head counts as owned
        ("the maker of Activia and Evian", brands no list holds)."""
        owned = {
            s._.company["name"] for s in self.company_spans if phrase.start <= s.start < phrase.end
        }
        if brands:
            owned |= {t.text for t in phrase if t.pos_ == "PROPN" and t.i > head.i}
        if not owned:
            return None
        earlier = self._companies_before(phrase.start_char, owned)
        return self._topic(earlier, head) if earlier else None

    def _companies_before(
        self, start_char: int, other_than: set[str] | frozenset[str] = frozenset()
    ) -> list[Referent]:
        """The companies named before character `start_char`, in order, but those of
        `other_than`."""
        return [
            r
            for r in self.referents
            if r.kind == "organization"
            and r.company
            and r.end <= start_char
            and r.company not in other_than
        ]

    def _topic(self, companies: list[Referent], head: Token) -> Referent:
        """The company "the company" refers back to: the last one that was the subject of
        its clause in the last sentences ("Dell, which sells servers to Microsoft, reported
        … The company said": Dell), else the last one named."""
        return self._recent_subject(companies, head) or companies[-1]

    def _recent_subject(self, referents: list[Referent], head: Token) -> Referent | None:
        """The last of the referents that spoke or was the subject of its clause within
        `PRONOUN_REACH` sentences before the head, or None."""
        here = self._sentence(head.idx)
        for referent in reversed(referents):
            if here - self._sentence(referent.start) > PRONOUN_REACH:
                break
            if referent.speaker or self._is_subject(referent):
                return referent
        return None

    def _is_subject(self, referent: Referent) -> bool:
        span = self.doc.char_span(referent.start, referent.end, alignment_mode="expand")
        return span is not None and _subject(span.root)

    def _named(self, phrase: Span) -> Referent:
        """A proper name that is no person entity: an earlier person by last name
        ("Zuckerberg" → "Mark Zuckerberg"), a company, or else an organisation."""
        organization = next(
            (s for s in self.organization_spans if phrase.start <= s.start < phrase.end), None
        )
        if organization is not None:  # its name, not the words the parse hung on it
            name = organization._.organization["name"]
            return Referent(name, "organization", phrase.start_char, phrase.end_char)
        ent = self._entity(phrase, BODY_LABELS)
        name = ent.text if ent is not None else _proper_name(phrase)
        full = self.full_name(name)
        if full is not None:
            return full
        company = self.company_names.get(fold(name))
        if company is None and phrase.root.pos_ in ("PROPN", "NOUN"):
            name = _without_determiner(phrase)  # "l'Institut national de la statistique"
        return Referent(name, "organization", phrase.start_char, phrase.end_char, company=company)

    def full_name(self, name: str) -> Referent | None:
        """The earlier person whose name is `name` or ends with it."""
        key = fold(name)
        for referent in reversed(self.referents):
            if referent.kind != "person":
                continue
            parts = referent.name.split()
            if fold(referent.name) == key or (parts and fold(parts[-1]) == key):
                return referent
        return None

    def _person(self, ent: Span) -> Referent:
        ent = self._whole_name(self._past_employer(ent))
        top = ent.root
        while top.dep_ in NAME_DEPS and top.head.i != top.i and top.head.pos_ in ("NOUN", "PROPN"):
            top = top.head
        bare = [t for t in ent if t.lower_ not in self.data.HONORIFICS]  # "M. Delors"
        earlier = self.full_name(bare[0].text) if len(bare) == 1 else None
        name = earlier.name if earlier is not None else ent.text
        role = _role(ent, top) or (earlier.role if earlier is not None else None)
        return Referent(
            name,
            "person",
            ent.start_char,
            ent.end_char,
            gender=self._gender(ent, top) or (earlier.gender if earlier is not None else None),
            role=role,
        )

    def _past_employer(self, ent: Span) -> Span:
        """The person's name without the firm the stock model ran into it: "le patron de
        Tesla Elon Musk" read as one person "Tesla Elon Musk" is Elon Musk."""
        for span in self.company_spans:
            if span.start == ent.start and span.end <= ent.end - 2:
                return self.doc[span.end : ent.end]
        return ent

    def _whole_name(self, ent: Span) -> Span:
        """The name with the given names the NER left out ("Chief Executive Sundar [Pichai]"),
        up to a role word."""
        start = ent.start
        while start > 0:
            token = self.doc[start - 1]
            if token.pos_ != "PROPN" or token.ent_type_ or self._describes(token):
                break
            if token.head.i < ent.start - 1 or token.head.i >= ent.end:
                break  # not part of this name
            start -= 1
        return self.doc[start : ent.end]

    def _gender(self, ent: Span, top: Token) -> str | None:
        # "Mme Veil": the title before the name or inside the entity
        for token in self.doc[max(ent.start - 1, 0) : ent.start + 1]:
            if token.lower_ in self.data.HONORIFICS:
                return self.data.HONORIFICS[token.lower_]
        # "Le PDG Mark Zuckerberg", "la directrice Marie Dupont": the role's determiner.
        # The determiner first: the model often gives "ministre" the masculine.
        for token in (*top.lefts, top):
            if token.i < ent.start and token.morph.get("Gender"):
                return token.morph.get("Gender")[0]
        return None

    def _entity(self, phrase: Span, labels: Collection[str]) -> Span | None:
        for ent in phrase.ents:
            if ent.label_ in labels and (ent.label_ not in PERSON_LABELS or self._is_name(ent)):
                return ent
        return None

    def _entity_of(self, head: Token) -> Span | None:
        """The person entity the head is part of, even where the parse splits it ("Luca" the
        subject, "de Meo" hung elsewhere)."""
        if head.ent_type_ not in PERSON_LABELS:
            return None
        for ent in self.ents:
            if ent.start <= head.i < ent.end and self._is_name(ent):
                return ent
        return None

    def _is_name(self, ent: Span) -> bool:
        """Not a role the NER took for a name ("président de la" labelled PER), nor an
        entity run over a paragraph break."""
        return (
            "\n" not in ent.text
            and any(t.pos_ == "PROPN" for t in ent)
            and not any(t.is_lower and t.lemma_ in self.data.PERSON_NOUNS for t in ent)
        )

    def _a_firm(self, ent: Span) -> bool:
        """Whether a company span covers the whole entity."""
        return any(s.start <= ent.start and ent.end <= s.end for s in self.company_spans)

    def _named_body(self, ent: Span) -> bool:
        """Whether an organisation span of the companies component overlaps the entity
        (always, when that span group is not read)."""
        return not self.read_organizations or any(
            s.start < ent.end and ent.start < s.end for s in self.organization_spans
        )

    def _company_at(self, ent: Span) -> bool:
        return any(s.start < ent.end and ent.start < s.end for s in self.company_spans)

    def _company_over(self, head: Token) -> Span | None:
        """The company whose name holds the head noun: "Bank of America", "Deutsche Bank"."""
        for span in self.company_spans:
            if span.start <= head.i < span.end and not span._.company.get("anaphor"):
                return span
        return None

    def _organization_over(self, head: Token) -> Span | None:
        """The organisation (no company) whose name holds the head word."""
        for span in self.organization_spans:
            if span.start <= head.i < span.end:
                return span
        return None

    def _descriptor_over(self, head: Token) -> Span | None:
        """The descriptor the companies component read as one firm and that holds the head
        ("Le numéro un mondial du luxe", "la firme de Cupertino"): longer than the bare
        "le groupe", "l'entreprise", which the rules of `_description` resolve."""
        for span in self.company_spans:
            if span.start <= head.i < span.end and span._.company.get("anaphor") and len(span) > 2:
                return span
        return None

    def _company_in(self, phrase: Span) -> Span | None:
        for span in self.company_spans:
            if phrase.start <= span.start and span.end <= phrase.end:
                return span
        return None

    def _speaker(self, referent: Referent, mention: Span) -> dict[str, Any]:
        company = referent.company
        if company is None and referent.kind == "organization":
            company = self.company_names.get(fold(referent.name))
        return {
            "name": referent.name,
            "kind": referent.kind,
            "role": referent.role,
            "text": mention.text,
            "start": mention.start_char,
            "end": mention.end_char,
            "company": company,
        }

    def remember(self, speaker: dict[str, Any]) -> None:
        """Make a resolved speaker an antecedent for the pronouns that follow it."""
        self.add(
            Referent(
                speaker["name"],
                speaker["kind"],
                speaker["start"],
                speaker["end"],
                role=speaker["role"],
                company=speaker["company"],
                gender=self._known_gender(speaker["name"]),
                speaker=True,
            )
        )

    def _known_gender(self, name: str) -> str | None:
        for referent in self.referents:
            if referent.name == name and referent.gender:
                return referent.gender
        return None


def _owns(parent: str, firm: str, speakers: Speakers) -> bool:
    """Whether the company `parent` owns `firm`: the firm's record names it as its parent,
    or its name opens the firm's name ("Bouygues" of "Bouygues Construction")."""
    if any(
        s._.company["name"] == firm and s._.company.get("parent") == parent
        for s in speakers.company_spans
    ):
        return True
    return firm.startswith(parent + " ")


def _close_to(head: Token, owner: Token, words: frozenset[str]) -> bool:
    """Whether an adjective of closeness stands between a source noun and a name after it:
    "une source proche de Renault" is someone near Renault, not Renault."""
    return any(
        c.lemma_.lower() in words and head.i < c.i < owner.i
        for c in head.children
        if c.dep_ in ("amod", "acl")
    )


def describes(head: Token, data: ModuleType) -> bool:
    """A role or body noun, even when capitalised as a name ("le Ministre de …")."""
    lemma = head.lemma_.lower()
    return any(
        lemma in nouns for nouns in (data.PERSON_NOUNS, data.ORGANIZATION_NOUNS, data.BODY_NOUNS)
    )


def noun_phrase(head: Token) -> Span:
    """The head with its determiners, modifiers and name parts, without clauses, appositions
    and what follows a comma: "le directeur financier du groupe", "John Smith"."""
    doc = head.doc
    start = head.i
    for child in reversed(list(head.lefts)):
        # a preposition before the head ("selon", "d'après") is not part of the name
        if child.dep_ in PHRASE_DEPS - {"case", "prep"} and child.right_edge.i == start - 1:
            start = child.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in PHRASE_DEPS and child.left_edge.i == end:
            end = child.right_edge.i + 1
        else:
            break
    # a relative clause the parser hangs on the complement's noun: "Le conseil départemental
    # de la Meuse, qui finance les transports, a annoncé …"
    relative = next(
        (
            t.i
            for t in doc[head.i + 1 : end - 1]
            if t.text == "," and doc[t.i + 1].head.dep_ in RELATIVE_DEPS
        ),
        end,
    )
    return doc[start:relative]


def _role(ent: Span, top: Token) -> str | None:
    """The role given beside a person's name: before it in the same phrase ("le méta-PDG",
    "l'ancien président", "Chief Executive") or in apposition ("…, PDG de Meta,")."""
    doc = ent.doc
    phrase = noun_phrase(top)
    words = [t for t in doc[phrase.start : ent.start] if t.dep_ != "det" and not t.is_punct]
    if words:
        return _without_determiner(doc[words[0].i : ent.start])
    for child in (*top.children, *ent.root.children):
        if child.dep_ in ROLE_DEPS and child.i >= ent.end:
            return _without_determiner(doc[child.left_edge.i : child.right_edge.i + 1]) or None
    return None


def _without_determiner(span: Span) -> str:
    tokens = list(span)
    while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct):
        tokens.pop(0)
    # and the possessive mark a name may end on: "the Board of Inquiry's [report]"
    while tokens and (
        (tokens[-1].is_punct and tokens[-1].text != ")") or tokens[-1].dep_ == "case"
    ):
        tokens.pop()
    if not tokens:
        return ""
    return span.doc[tokens[0].i : tokens[-1].i + 1].text


def _proper_name(phrase: Span) -> str:
    names = [t for t in phrase if t.pos_ == "PROPN"]
    if not names:
        return _without_determiner(phrase)
    return phrase.doc[names[0].i : names[-1].i + 1].text


def _plural(head: Token) -> bool:
    """A plural noun, by its own number or its determiner's ("Ces même distributeurs", the
    noun read as singular)."""
    return any(
        "Plur" in t.morph.get("Number")
        for t in (head, *(c for c in head.children if c.dep_ == "det"))
    )


def _subject(token: Token) -> bool:
    """The name is the subject of its clause, or of its possessive ("Dell's revenue rose")."""
    while token.dep_ in ("compound", "flat", "poss") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass", "nsubj:pass", "expl:subj")


def agent_of(verb: Token) -> Token | None:
    """The agent of a passive verb or participle: "annoncé par le ministre", "compiled by
    Bloomberg"."""
    for child in verb.children:
        if child.dep_ == "obl:agent":
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _object(token: Token) -> Token:
    for child in token.children:
        if child.dep_ == "pobj":
            return child
    return token
