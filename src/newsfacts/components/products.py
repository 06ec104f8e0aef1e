"""Whether the words around a name make it a product (a medicine most often), not a body.

The stock model reads a drug's capitalised name as an organisation ("Un patient traité par
Zometa", "ANGIOX ne doit pas être utilisé chez la femme"). A medicine is what treats a
patient, contains an active substance, is administered or prescribed, comes in doses and
tablets, is given a marketing authorisation, or is called a medicine; a body is none of
these; and what a firm markets or manufactures is its product ("Servier commercialisait le
Mediator"). The evidence is read on the dependency tree, by lemma, from the language data
(`lang/<code>/companies.py`: the `MEDICINE_*` tables, `WORK_NOUNS` for films, albums and
devices named the same way, and `PRODUCT_MAKERS`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..normalize.names import fold
from .name_shapes import PERSON_LABELS

# The relations by which a governing word takes the name.
SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")
OBJECTS = ("obj", "dobj", "nsubj:pass", "nsubjpass")
RELATIVES = ("acl:relcl", "relcl")


class ProductEvidence:
    """Reads the evidence that a name is a product, from one language's data."""

    def __init__(self, data):
        """data: the language data module (`newsfacts.lang.data(lang)`)."""
        self.treatments = frozenset(data.MEDICINE_TREATMENTS)
        self.treatment_cases = frozenset(data.MEDICINE_TREATMENT_CASES)
        self.patients = frozenset(data.MEDICINE_PATIENTS)
        self.patient_cases = frozenset(data.MEDICINE_PATIENT_CASES)
        self.uses = frozenset(data.MEDICINE_USES)
        self.administrations = frozenset(data.MEDICINE_ADMINISTRATIONS)
        self.compositions = frozenset(data.MEDICINE_COMPOSITIONS)
        self.substances = dict(data.MEDICINE_SUBSTANCES)
        self.doses = frozenset(data.MEDICINE_DOSES)
        self.dose_cases = frozenset(data.MEDICINE_DOSE_CASES)
        self.units = frozenset(data.MEDICINE_UNITS)
        self.nouns = frozenset(fold(n) for n in (*data.MEDICINE_NOUNS, *data.WORK_NOUNS))
        self.authorisations = frozenset(data.MEDICINE_AUTHORISATIONS)
        self.authorisation_cases = frozenset(data.MEDICINE_AUTHORISATION_CASES)
        self.market_words = frozenset(data.MEDICINE_MARKET_WORDS)
        self.makers = frozenset(data.PRODUCT_MAKERS)
        self.arms = frozenset(data.TRIAL_ARMS)
        self.partitives = frozenset(data.MEDICINE_PARTITIVES)

    def __call__(self, span: Span) -> bool:
        """Whether the name `span` is a product by the words around it."""
        return (
            self.dosed(span)
            or self.called(span)
            or self.arm(span)
            or self.governed(span)
            or self.composed(span.root)
        )

    def governed(self, span: Span) -> bool:
        """ "traité par Zometa", "prescrire Aclasta", "la posologie d'Angiox", "le principe
        actif de Zometa", "une autorisation de mise sur le marché pour Aclasta"."""
        root = span.root
        governor, case = _governor(root)
        if governor is None or span.start <= governor.i < span.end:
            return False
        dep = root.dep_
        # "ANGIOX ne doit pas être utilisé": the subject of a modal is the passive verb's.
        passive = next((c for c in governor.children if c.dep_ == "xcomp" and _passive(c)), None)
        if dep in SUBJECTS and passive is not None:
            governor, dep = passive, "nsubj:pass"
        lemma = governor.lemma_.lower()
        if case in self.treatment_cases and lemma in self.treatments:
            return governor.pos_ == "NOUN" or self.treats_patient(governor)
        if dep in OBJECTS and (lemma in self.administrations or lemma in self.makers):
            return True
        if dep in OBJECTS and lemma in self.uses:
            return self.used_on_patient(governor)
        if dep in SUBJECTS and lemma in self.compositions:
            return self.holds_substance(governor)
        if case in self.dose_cases and lemma in self.doses:
            return True
        if case in self.authorisation_cases and lemma in self.authorisations:
            return governor.is_upper or any(
                t.lemma_.lower() in self.market_words for t in governor.subtree
            )
        return self.substance(governor) and dep not in SUBJECTS

    def composed(self, root: Token) -> bool:
        """ "Zometa qui contient la même substance active": a relative clause of
        composition."""
        return any(
            child.dep_ in RELATIVES
            and child.lemma_.lower() in self.compositions
            and self.holds_substance(child)
            for child in root.children
        )

    def called(self, span: Span) -> bool:
        """ "un médicament utilisé en oncologie, Zometa", "le médicament Mediator", "the
        drug Zometa", "le film " Avengers "", "Snipers est un film": a product's noun right
        before the name (past a quotation mark), in apposition, or said of it."""
        root, doc = span.root, span.doc
        i = span.start - 1
        while i > 0 and doc[i].is_quote:
            i -= 1
        if i >= 0 and fold(doc[i].text) in self.nouns:
            return True
        before = doc[span.start - 1].text if span.start > 0 else ""
        head = root.head
        if root.dep_ in SUBJECTS and head.pos_ == "NOUN" and fold(head.text) in self.nouns:
            return any(c.dep_ == "cop" for c in head.children)
        # A bracketed acronym spells out the words before it: "le comité des médicaments à
        # usage humain (CHMP)" names the committee.
        if before == "(":
            return False
        # The parser also reads the apposition as a complement without a preposition.
        bare = root.dep_ == "nmod" and not any(c.dep_ == "case" for c in root.children)
        if (root.dep_ == "appos" or bare) and fold(root.head.text) in self.nouns:
            return True
        return any(c.dep_ == "appos" and fold(c.text) in self.nouns for c in root.children)

    def arm(self, span: Span) -> bool:
        """ "entre le groupe Aclasta et le groupe placebo": after the noun that the text also
        uses before a trial's arm (`TRIAL_ARMS`), a name is the treatment the arm takes."""
        doc = span.doc
        noun = doc[span.start - 1] if span.start > 0 else None
        if noun is None or noun.pos_ != "NOUN" or not noun.is_lower:
            return False
        return any(
            t.lower_ == noun.lower_ and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in self.arms
            for t in doc
        )

    def dosed(self, span: Span) -> bool:
        """ "Zometa 4 mg", "Aclasta 5 mg/100 ml": a dose after the name."""
        doc = span.doc
        if span.end + 1 >= len(doc) or not doc[span.end].like_num:
            return False
        unit = doc[span.end + 1].text
        return unit in self.units or unit.split("/")[0] in self.units

    def treats_patient(self, verb: Token) -> bool:
        """Whether the one a verb of treatment treats is a patient or a person ("un patient
        traité par", "vous êtes traité par"), not a file ("le dossier traité par")."""
        treated = [c for c in verb.children if c.dep_ in SUBJECTS]
        # A participle that qualifies a noun ("un patient traité par"), or a verb under a
        # modal ("ne doit pas être traité par"): the noun, or the modal's subject.
        if verb.dep_ == "acl":
            treated.append(verb.head)
        elif verb.dep_ == "xcomp":
            treated += [c for c in verb.head.children if c.dep_ in SUBJECTS]
        return any(self.person(t) for t in treated)

    def used_on_patient(self, verb: Token) -> bool:
        """ "ANGIOX ne doit pas être utilisé chez la femme enceinte", "not to be used in
        pregnant women": used on a patient."""
        for child in verb.children:
            if child.lower_ in self.patient_cases:  # English trees: the preposition first
                if any(self.person(g) for g in child.children):
                    return True
            elif self.person(child) and any(g.lower_ in self.patient_cases for g in child.children):
                return True
        return False

    def person(self, token: Token) -> bool:
        """A patient's noun, a person's name or a personal pronoun ("vous", "il")."""
        return (
            token.lemma_.lower() in self.patients
            or token.ent_type_ in PERSON_LABELS
            or (token.pos_ == "PRON" and "Prs" in token.morph.get("PronType"))
        )

    def holds_substance(self, verb: Token) -> bool:
        """Whether a verb of composition's object is an active substance or a mass noun after
        a partitive article: "contient du benfluorex", "contient de la caféine"."""
        for c in verb.children:
            if c.dep_ in ("obj", "dobj") and self.substance(c):
                return True
            if c.dep_ in ("obj", "dobj", "obl:arg") and c.pos_ == "NOUN":
                article = c.doc[c.left_edge.i : c.i].text.lower()
                if article in self.partitives:
                    return True
        return False

    def substance(self, token: Token) -> bool:
        """ "substance active", "principe actif", "active ingredient", "excipient"."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.substances:
            return False
        needed = self.substances[token.lemma_.lower()]
        return needed is None or any(c.lemma_.lower() == needed for c in token.children)


def _governor(root: Token) -> tuple[Token | None, str | None]:
    """The word that governs a name and the preposition between them: "traité par Zometa"
    (French trees hang the preposition on the name), "treated with Zometa" (English trees
    hang the name on the preposition)."""
    head = root.head
    if head is root:
        return None, None
    if head.dep_ == "prep" and root.dep_ == "pobj":
        return head.head, head.lower_
    case = next((c.lower_ for c in root.children if c.dep_ in ("case", "mark")), None)
    return head, case


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)
