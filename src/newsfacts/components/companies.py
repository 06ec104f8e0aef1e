"""newsfacts_companies: the companies an article names, told apart from other organisations.

Candidates come from the gazetteers (companies, and the language's non-company
organisations), from the words around a name ("la société X", "X SA", "le ministère de X"),
and from the stock NER. Each chosen span is a company, an organisation of some kind, or
nothing; then one surface form keeps one label in the whole article, names get their
canonical form, anaphors ("l'entreprise") and descriptors ("la firme de Cupertino") become
mentions of the company they refer to, and "A, maison mère de B" gives B its parent.

The component runs after the stock `ner` and leaves `doc.ents` as they are (spaCy #4678):
see docs/companies.md for the measured alternative.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .. import lang as language_data
from ..normalize.names import fold
from . import name_shapes as shapes
from .addresses import AddressShape
from .article_memo import entities, reading
from .article_memo import text as article_text
from .bodies import LowerCaseBodies
from .clubs import ClubNames
from .countries import country_names
from .gazetteer import Entry, Gazetteer, Match, written_as_name
from .misreadings import Misreadings
from .name_shapes import NER_LABELS, PERSON_LABELS, PLACE_LABELS, ROMAN
from .place_bodies import PlaceBodies
from .products import ProductEvidence
from .publishers import PUBLISHING, PublisherContext
from .word_positions import WordSet, WordTest

# The stock labels that end a name running on from a listed one (`longer_names`).
RUN_STOPS = frozenset((*PERSON_LABELS, *PLACE_LABELS, "DATE", "TIME", "NORP"))

SPANS_KEY = "newsfacts_companies"
ORGANIZATIONS_KEY = "newsfacts_organizations"

COMPANY, ORGANIZATION = "company", "organization"
# How much a candidate is trusted on overlap: a gazetteer name beats the words around it,
# which beat the stock NER.
GAZETTEER, CUE, HEAD, NER = 3, 2, 1, 0
# Stock labels that say a word is a place or a person: an ambiguous name needs a cue then.
NOT_COMPANY_LABELS = ("LOC", "GPE", "PER", "PERSON", "FAC")
# Stock labels a firm's name is often misread as (persons among them: PERSON_LABELS).
MISREAD_LABELS = ("PER", "PERSON", "MISC", "NORP", "PRODUCT")
# The relations by which a firm's word governs a firm's name: "le PDG de X" (nmod), "X's
# shareholders" (poss), "the CEO of X" (pobj), "X a racheté" (nsubj), "acquired X" (obj).
GOVERNED_DEPS = ("nmod", "poss", "pobj", "nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj")
# Kinds of organisation whose lower-case head takes a place's name after "de": "la mairie
# de Paris", "le ministère du Budget" (but "le club de Lyon" is not the club's name).
PUBLIC = ("government", "court", "regulator", "agency", "central_bank")
# Kinds whose lower-case head noun is not part of the name that follows it.
MEMBER_BODIES = ("association", "party", "club", "trade_union", "trade_body")
# The gazetteer's `sector` of a platform named for its service ("sur YouTube").
PLATFORM = "platform"
# The marks that open an item of a list of references: "- ", "^ ", "* ", "• ".
REFERENCE_OPENERS = ("-", "–", "—", "^", "*", "•")
# Quotation marks around a work's title.
STRAIGHT_QUOTES = ('"',)
OPENING_QUOTES = ("«", "“")
CLOSING_QUOTES = ("»", "”")
# The words before quotes that make the quoted name a noun's ("l'association " X "", "le
# magazine " Forbes ""), not a title standing alone.
NAME_POS = ("NOUN", "PROPN", "ADJ")
# The names and conjunctions a study's noun may stand before: "critères ACUITY et TIMI".
# How many lower-case words may stand between a company noun and its name ("la société de
# conception de puces Ampere Computing").
MODIFIER_WORDS = 5
STUDY_WINDOW = 4
# The lower-case words before a bracketed acronym searched for a body's head noun.
GLOSS_WINDOW = 8
# The tokens after a periodical's title that hold its issue: ", vol. XVII", ", n° 3" (with
# the spaces spaCy keeps as tokens).
ISSUE_WINDOW = 10

# Words an acronym does not spell: "taux de filtration glomérulaire (TFG)".
FUNCTION_WORDS = ("DET", "ADP", "CCONJ")
# A definite article before a common-word name makes it the word: "l'Amazone", "the Amazon".
DETERMINERS = ("DET",)
# Kinds of organisation that are no body another body's name can end on: "le magazine du
# Monde", "l'application de la BBC" name a work, not an organ.
NOT_BODY_KINDS = ("product", "publication")


@dataclass
class Candidate:
    """A stretch of the Doc that may name a company or an organisation."""

    span: Span
    priority: int
    label: str | None  # COMPANY, ORGANIZATION or None (decided later)
    source: str = "ner"
    entry: Entry | None = None
    kind: str | None = None
    ambiguous: bool = False
    parent: str | None = None  # the listed firm whose arm it is ("AXA France": Axa)
    values: dict = field(default_factory=dict)


class Definitions(NamedTuple):
    """What the bracketed acronyms of an article say about themselves."""

    common: set[str]  # acronyms of common words: "syndrome coronarien aigu (SCA)"
    glossed: set[str]  # acronyms after lower-case words that do not spell them
    bodies: list[Candidate]  # a body's head noun spells them: both forms are the body
    spelled: list[tuple[Span, Span]]  # (the capitalised words, the acronym they spell)
    unspelled: list[Span]  # acronyms after a name whose initials do not spell them


class OverlapWords(NamedTuple):
    """The language's words that tell, between overlapping names, which one is meant."""

    home_adjectives: frozenset[str]  # "Parti socialiste français" is the listed party
    home_places: frozenset[str]  # "le ministère de l'Intérieur de la France" is Beauvau
    countries: frozenset[str]  # folded: "du Liban" after a listed body makes another body
    purposes: frozenset[str]  # "la Commission pour l'exécution du budget": no part of it
    complements: frozenset[str]  # "de", "of": what opens a name's complement
    organ_heads: frozenset[str]  # "conseil", "council": a body of the body in its complement


class CompanyFinder:
    """Writes `doc.spans["newsfacts_companies"]` (`span._.company` = {"name", "source",
    "isin", "wikipedia", "parent", "anaphor"}) and `doc.spans["newsfacts_organizations"]`
    (`span._.organization` = {"name", "kind"})."""

    def __init__(
        self,
        nlp: Language,
        name: str = "newsfacts_companies",
        *,
        spans_key: str = SPANS_KEY,
        organizations_key: str = ORGANIZATIONS_KEY,
        stock_orgs_are_companies: bool = False,
    ):
        """nlp: the pipeline. name: the component's name. spans_key: the span group of
        companies. organizations_key: the span group of the other organisations.
        stock_orgs_are_companies: read a stock `ORG` that nothing else explains as a company
        (`source="ner"`) instead of an organisation of kind `other`; more recall in business
        news, far less precision elsewhere (parties, armed groups, assemblies)."""
        self.name = name
        self.stock_orgs_are_companies = stock_orgs_are_companies
        self.spans_key = spans_key
        self.organizations_key = organizations_key
        data = language_data.data(nlp.lang)
        self.companies = Gazetteer.companies(nlp)
        self.organizations = Gazetteer.organizations(nlp)
        self.suffixes = frozenset(data.COMPANY_SUFFIXES)
        self.suffix_words = WordSet(self.suffixes)
        self.family_words = WordSet(data.FAMILY_FIRM_WORDS)
        self.family_joiners = frozenset(data.FAMILY_FIRM_JOINERS)
        self.leading_articles = frozenset(data.LEADING_ARTICLES)
        self.legal_forms = frozenset(data.LEGAL_FORMS)
        self.cased_name_words = data.CASED_NAME_WORDS
        self.cues = _phrases(nlp, data.COMPANY_CUES)
        self.anaphors = _phrases(nlp, data.ANAPHORS)
        self.joiners = frozenset(data.NAME_JOINERS)
        # A descriptor matches with its article ("la firme de Cupertino") or without it
        # ("de la firme de Cupertino" is matched from "firme").
        descriptors = {**data.DESCRIPTORS, **self.without_article(nlp, data.DESCRIPTORS)}
        self.descriptors = _phrases(nlp, descriptors)
        self.descriptor_names = {fold(k): v for k, v in descriptors.items()}
        self.descriptor_contractions = frozenset(data.DESCRIPTOR_CONTRACTIONS)
        self.listed_descriptors = frozenset(fold(k) for k in data.DESCRIPTORS)
        self.parent_of = _phrases(nlp, data.PARENT_OF)
        self.subsidiary_of = _phrases(nlp, data.SUBSIDIARY_OF)
        self.not_names = frozenset(data.NOT_NAMES)
        self.heads = {fold(k): v for k, v in data.ORGANIZATION_HEADS.items()}
        self.head_phrases = _phrases(nlp, data.ORGANIZATION_HEADS)
        self.place_nouns = _phrases(nlp, data.PLACE_NOUNS)
        self.place_noun_forms = frozenset(fold(noun) for noun in data.PLACE_NOUNS)
        self.portfolio_roles = frozenset(data.PORTFOLIO_ROLES)
        self.minister_roles = frozenset(data.MINISTER_ROLES)
        self.portfolio_participles = frozenset(data.PORTFOLIO_PARTICIPLES)
        self.portfolio_prepositions = frozenset(data.PORTFOLIO_PREPOSITIONS)
        self.family_nouns = frozenset(data.FAMILY_NOUNS)
        self.event_nouns = frozenset(data.EVENT_NOUNS)
        self.event_first = frozenset(data.EVENT_FIRST_WORDS)
        self.event_last = frozenset(data.EVENT_LAST_WORDS)
        self.vessel_prefixes = frozenset(data.VESSEL_PREFIXES)
        self.statute_nouns = frozenset(data.STATUTE_NOUNS)
        self.event_names = tuple(fold(n) for n in data.EVENT_NAMES)
        self.meeting_heads = frozenset(data.MEETING_HEADS)
        self.body_meetings = _phrases(nlp, data.BODY_MEETINGS)
        self.club_descriptions = frozenset(data.CLUB_DESCRIPTION_NOUNS)
        self.regional_networks = frozenset(data.REGIONAL_NETWORKS)
        self.text_nouns = frozenset(fold(n) for n in data.TEXT_NOUNS)
        self.state_names = frozenset(fold(n) for n in data.STATE_NAMES)
        markers = "|".join(re.escape(m) for m in data.ISSUE_MARKERS)
        self.periodical_nouns = frozenset(data.PERIODICAL_NOUNS)
        self.copulas = frozenset(data.COPULA_LEMMAS)
        self.periodical_titles = frozenset(data.PERIODICAL_TITLE_WORDS)
        self.issue = re.compile(rf"\s*,\s*(?:{markers})\s*[\dIVXLC]", re.IGNORECASE)
        self.complements = frozenset(data.NAME_COMPLEMENTS)
        self.bare_complements = frozenset(data.BARE_NAME_COMPLEMENTS)
        self.acronym_articles = frozenset(data.ACRONYM_ARTICLES)
        self.acronym_words = WordTest(shapes.acronym)
        self.portfolio_heads = frozenset(fold(h) for h in data.PORTFOLIO_HEADS)
        self.seated = frozenset(fold(h) for h in data.SEATED_HEADS)
        self.place_prepositions = frozenset(data.PLACE_PREPOSITIONS)
        self.title_case_headlines = data.TITLE_CASE_HEADLINES
        self.countries = country_names(tuple(data.COUNTRY_ABBREVIATIONS))
        self.country_abbreviations = frozenset(fold(a) for a in data.COUNTRY_ABBREVIATIONS)
        self.trade_nouns = frozenset(fold(n) for n in data.TRADE_NOUNS)
        self.modified_cues = frozenset(data.MODIFIED_CUES)
        # adjectives a name does not run on over: of time ("sortant"), or that open a
        # complement of their own ("relatif à")
        self.time_adjectives = frozenset((*data.TIME_ADJECTIVES, *data.COMPLEMENT_ADJECTIVES))
        self.adjectives_after_head = data.ADJECTIVES_AFTER_HEAD
        self.verb_endings = tuple(data.VERB_ENDINGS)
        self.simple_past_endings = tuple(data.SIMPLE_PAST_ENDINGS)
        self.articled_complements = frozenset(data.ARTICLED_COMPLEMENTS)
        self.name_words = frozenset(fold(w) for w in data.COMPANY_NAME_WORDS)
        self.trade_openers = frozenset(fold(w) for w in data.TRADE_NAME_OPENERS)
        self.governors = frozenset(data.COMPANY_GOVERNORS)
        self.compound_governors = frozenset(data.COMPOUND_GOVERNORS)
        self.cue_nouns = frozenset(fold(c) for c in data.COMPANY_CUES if " " not in c)
        self.reading_nouns = WordTest(self.reads_as_noun, LEMMA)
        self.and_words = frozenset(data.LIST_CONJUNCTIONS)
        self.owner_nouns = frozenset(data.OWNER_NOUNS)
        self.leader_nouns = frozenset(data.LEADER_NOUNS)
        self.leader_prepositions = frozenset(data.LEADER_PREPOSITIONS)
        self.market_staff = frozenset(data.MARKET_STAFF_NOUNS)
        self.staff_prepositions = frozenset(data.STAFF_PREPOSITIONS)
        self.staff_preposition_words = WordSet(self.staff_prepositions, LOWER)
        self.employer_roles = frozenset(data.EMPLOYER_ROLE_NOUNS)
        self.common_articles = frozenset(data.COMMON_ARTICLES)
        self.firm_prepositions = frozenset(data.FIRM_PREPOSITIONS)
        self.study_nouns = frozenset(fold(n) for n in data.STUDY_NOUNS)
        self.trial_arms = frozenset(data.TRIAL_ARMS)
        self.arm_names = frozenset(data.ARM_NAMES)
        self.service_nouns = frozenset(data.SERVICE_NOUNS)
        self.service_prepositions = frozenset(data.SERVICE_PREPOSITIONS)
        self.service_verbs = frozenset(data.SERVICE_VERBS)
        self.management_heads = frozenset(data.MANAGEMENT_HEADS)
        self.cue_modifier_words = data.CUE_MODIFIER_WORDS
        self.trade_complements = frozenset(data.TRADE_COMPLEMENTS)
        self.nationality_nouns = frozenset(data.NATIONALITY_NOUNS)
        self.national_forms = WordSet(self.nationality_nouns, LOWER)
        self.national_lemmas = WordSet(self.nationality_nouns, LEMMA)
        self.firm_adjectives = frozenset(data.FIRM_ADJECTIVES)
        self.regional_adjectives = frozenset(data.REGIONAL_ADJECTIVES)
        self.subsidiary_words = frozenset(data.SUBSIDIARY_WORDS)
        self.subsidiary_stops = frozenset(data.SUBSIDIARY_STOPS)
        dates = language_data.module(nlp.lang, "dates")
        self.calendar_words = frozenset(w.lower() for w in (*dates.MONTHS, *dates.WEEKDAYS))
        self.nationality_articles = frozenset(data.NATIONALITY_ARTICLES)
        self.definite = frozenset(data.DEFINITE_ARTICLES)
        self.group_cues = frozenset(data.GROUP_CUES)
        self.group_contexts = frozenset(data.GROUP_CONTEXTS)
        # "Descours & Cabaud", "Hill & Knowlton": names joined by an ampersand are a firm's.
        self.ampersand = Matcher(nlp.vocab)
        # One word on each side, neither a person's ("David Christison & Lee Tate").
        name = {"IS_TITLE": True, "LENGTH": {">=": 2}, "ENT_TYPE": {"NOT_IN": list(PERSON_LABELS)}}
        self.ampersand.add("ampersand", [[name, {"ORTH": "&"}, name]])
        # "(SCA)": an acronym in brackets, perhaps spelled out by the words before it.
        self.bracketed = Matcher(nlp.vocab)
        self.bracketed.add(
            "bracketed",
            [
                [
                    {"ORTH": "("},
                    {"IS_UPPER": True, "IS_ALPHA": True, "LENGTH": {">=": 2}},
                    {"ORTH": ")"},
                ],
                [
                    {"ORTH": "("},
                    {"TEXT": {"REGEX": f"^{shapes.DOTTED_ACRONYM.pattern}$"}},
                    {"ORTH": ")"},
                ],
            ],
        )
        # "(Fnaut)", "(Medef)": an acronym read as a word, written with one capital (the
        # French press's way); an acronym only where the words before spell it all.
        self.bracketed.add(
            "worded",
            [
                [
                    {"ORTH": "("},
                    {"IS_TITLE": True, "IS_ALPHA": True, "LENGTH": {">=": 3, "<=": 8}},
                    {"ORTH": ")"},
                ]
            ],
        )
        # "du Monde", "le Canard enchaîné", "des Échos": listed names and aliases that begin
        # with an article, without it.
        titles = {
            short: entry
            for entry in self.organizations.entries
            for form in (entry.name, *entry.aliases)
            for short in [_without_title_article(form, data.TITLE_ARTICLES)]
            if short is not None
        }
        self.title_entries = {fold(k): v for k, v in titles.items()}
        self.titles = _phrases(nlp, list(titles))
        self.articles_before_titles = frozenset(data.ARTICLES_BEFORE_TITLES)
        # the listed periodicals whose title has no article of its own: "Libération"
        self.untitled_periodicals = frozenset(
            entry.name
            for entry in self.organizations.entries
            if entry.kind == "publication"
            and _without_title_article(entry.name, data.TITLE_ARTICLES) is None
        )
        self.overlap_words = OverlapWords(
            frozenset(data.HOME_ADJECTIVES),
            frozenset(data.HOME_PLACES),
            self.countries,
            frozenset(data.PURPOSE_PREPOSITIONS),
            self.bare_complements,
            frozenset(data.ORGAN_HEADS),
        )
        self.workplace_verbs = frozenset(data.WORKPLACE_VERBS)
        self.workplace_prepositions = frozenset(data.WORKPLACE_PREPOSITIONS)
        self.reference_openers = frozenset(REFERENCE_OPENERS)
        self.quotes = dict(data.QUOTES)
        self.quoted_name_articles = frozenset(data.QUOTED_NAME_ARTICLES)
        self.honorifics = frozenset(language_data.module(nlp.lang, "claims").HONORIFICS)
        self.appositive_nouns = frozenset(data.APPOSITIVE_FIRM_NOUNS)
        self.appositive_bodies = dict(data.APPOSITIVE_BODY_NOUNS)
        self.apposition_articles = frozenset(data.APPOSITION_ARTICLES)
        self.commas = WordSet([","])
        self.ordinals = frozenset(data.ORDINALS)
        self.regimes = frozenset(data.REGIMES)
        self.publishers = PublisherContext(nlp)
        self.product = ProductEvidence(data)
        self.address = AddressShape(data)
        self.lower_case_bodies = LowerCaseBodies(self, data)
        self.indefinite_articles = frozenset(data.INDEFINITE_ARTICLES)
        self.misreadings = Misreadings(data, language_data.module(nlp.lang, "dates").MONTHS)
        self.clubs = ClubNames(nlp, data)
        self.places = PlaceBodies(self, data)

    def without_article(self, nlp: Language, phrases: dict[str, str]) -> dict[str, str]:
        """The phrases that begin with an article, without it."""
        shorter = {}
        for phrase, name in phrases.items():
            first = nlp.tokenizer(phrase)[0]
            if first.lower_ in self.joiners:
                shorter[phrase[first.idx + len(first.text) :].strip()] = name
        return shorter

    def __call__(self, doc: Doc) -> Doc:
        with reading(doc):  # the passes share what they compute alike (article_memo)
            self.find(doc)
        return doc

    def find(self, doc: Doc) -> None:
        """Set the article's company and organisation spans and their values."""
        candidates = self.candidates(doc)
        candidates += self.national_arms(candidates)
        candidates += self.longer_names(candidates)
        # Firms the article names without doubt: by an unambiguous form or a descriptor.
        named = {
            c.entry.name
            for c in candidates
            if c.priority == GAZETTEER and c.label == COMPANY and not c.ambiguous
        }
        named |= {name for _, _, name in self.described(doc)}
        # An ambiguous name the context does not confirm is the word, whoever proposes it.
        # persons named in more than one word
        persons = [e for e in entities(doc) if e.label_ in PERSON_LABELS and len(e) > 1]
        surnames = {e[-1].text for e in persons}
        # A company noun, perhaps with its nationality and trade, names the firm: "le
        # chimiste américain Dupont" (the cue rules' own reading of the name).
        cued = {
            (c.span.start, c.span.end)
            for c in candidates
            if c.priority == CUE and c.label == COMPANY
        }
        words = {
            (c.span.start, c.span.end)
            for c in candidates
            if c.ambiguous
            and c.entry.name not in named
            and (
                self.borne(doc, c.span, surnames)
                or not (
                    (c.span.start, c.span.end) in cued
                    or self.company_context(doc, c)
                    or self.firm_among_firms(c, named - {c.entry.name})
                )
            )
        }
        # A listed name the stock model reads as a person, the surname of a person the
        # article names in full, is that person: "Nick Suzuki … le capitaine Suzuki" (a
        # full name in capitals only: "la maison mère de Gucci" is no person's).
        full_names = {e[-1].text for e in persons if all(t.is_title for t in e)}
        words |= {
            (c.span.start, c.span.end)
            for c in candidates
            if c.priority == GAZETTEER
            and c.label == COMPANY
            and len(c.span) == 1
            and c.span[0].ent_type_ in PERSON_LABELS
            and self.borne(doc, c.span, full_names)
        }
        # Acronyms the article spells out in common words ("syndrome coronarien aigu (SCA)")
        # or uses as common nouns once ("les SCA"): common nouns in the whole article.
        common, glossed, bodies, spelled, unspelled = self.definitions(doc)
        candidates += bodies
        common |= {c.span.text for c in candidates if self.common_noun(doc, c.span)}
        studies = self.studies(doc, candidates)
        chosen = choose(
            [
                c
                for c in candidates
                if (c.span.start, c.span.end) not in words
                and c.span.text not in common
                and not (c.priority != HEAD and c.span.text in studies)
                and not (c.label is None and c.span.text in glossed)
                and self.plausible(doc, c)
            ],
            self.overlap_words,
        )
        # A name the words around make a product once is one in the whole article.
        products = {fold(c.span.text) for c in chosen if c.label is None and self.product(c.span)}
        for c in chosen:
            if c.label is None:  # a stock ORG that no list, cue or head noun explains
                if fold(c.span.text) in products:
                    c.label, c.kind = ORGANIZATION, "product"
                elif (
                    self.issue.match(doc[c.span.end : c.span.end + ISSUE_WINDOW].text)
                    or self.cited(doc, c.span)
                    or self.periodical(c.span)
                ):
                    # "dans Études internationales, vol. XVII, no 3", "…, VSD, 31 octobre
                    # 2002": a periodical.
                    c.label, c.kind = ORGANIZATION, "publication"
                elif self.firm_evidence(c.span):
                    c.label, c.source = COMPANY, "context"
                elif self.bare_quoted(c.span):
                    continue  # a title or a quoted term: no reading, dropped below
                elif len(c.span) == 1 and c.span.text in surnames:
                    continue  # "Dewa Budjana … Budjana joined": the person, by surname
                elif self.country(c.span):
                    continue  # a country the stock model reads as an organisation: a place
                elif self.stock_orgs_are_companies:
                    c.label, c.source = COMPANY, "ner"
                else:
                    c.label, c.kind = ORGANIZATION, "other"
        chosen += self.spelled_acronyms(chosen, spelled, unspelled)
        chosen += self.defined_acronyms(doc, chosen, common)
        chosen += self.nested_bodies(candidates, chosen)
        for c in chosen:
            if c.label == COMPANY and self.used_as_service(c):
                c.label, c.kind = ORGANIZATION, "product"
        self.among_firms(doc, chosen)
        self.short_forms(chosen)
        chosen = self.harmonise(doc, [c for c in chosen if c.label is not None])
        companies = [c for c in chosen if c.label == COMPANY]
        organizations = [c for c in chosen if c.label == ORGANIZATION]
        self.name_companies(companies)
        self.name_organizations(organizations)
        companies += self.anaphora(doc, companies)
        # A descriptor ("the iPhone maker") is a mention of the company, not of its product.
        said = {i for c in companies for i in range(c.span.start, c.span.end)}
        organizations = [
            c for c in organizations if not said & set(range(c.span.start, c.span.end))
        ]
        self.link_parents(doc, companies)
        companies.sort(key=lambda c: c.span.start)
        for c in companies:
            c.span._.company = c.values
        for c in organizations:
            c.span._.organization = c.values
        doc.spans[self.spans_key] = [c.span for c in companies]
        doc.spans[self.organizations_key] = [c.span for c in organizations]

    # Candidates ---------------------------------------------------------------------------

    def candidates(self, doc: Doc) -> list[Candidate]:
        found = [
            Candidate(
                self.with_place(m.span, listed=True),
                GAZETTEER,
                COMPANY,
                "gazetteer",
                m.entry,
                ambiguous=m.ambiguous or self.person_spelling(m),
            )
            for m in self.companies(doc)
        ]
        found += [
            Candidate(m.span, GAZETTEER, ORGANIZATION, "gazetteer", m.entry, kind=m.entry.kind)
            for m in self.organizations(doc)
        ]
        found += self.titled(doc)
        found += [Candidate(s, HEAD, ORGANIZATION, kind="other") for s in self.places.teams(doc)]
        found += self.cued(doc)
        found += self.appositions(doc)
        found += self.enumerated(doc)
        found += self.suffixed(doc)
        found += self.family_firms(doc)
        if shapes.has_word(doc, "&"):  # the token Matcher costs more than the test
            found += [
                Candidate(doc[start:end], CUE, COMPANY, "context")
                for _, start, end in self.ampersand(doc)
                if shapes.alone(doc[start:end])
            ]
        found += [Candidate(s, CUE, COMPANY, "context") for s in self.publishers.houses(doc)]
        found += self.headed(doc)
        found += [
            Candidate(span, HEAD, ORGANIZATION, "context", kind=kind)
            for span, kind in self.lower_case_bodies(doc)
        ]
        # "la MJC Nomade" is one MJC: a listed kind's named instance outranks the listed kind;
        # "la société Lorraine d'astronomie" outranks the firm "société Lorraine" as long.
        found += [
            Candidate(span, GAZETTEER + 1 if named else CUE, ORGANIZATION, "context", kind=kind)
            for span, kind, named in self.clubs(doc)
        ]
        found += self.acronyms(doc)
        found += self.firm_acronyms(doc)
        found += [
            Candidate(s, NER, ORGANIZATION, kind="government")
            for s in self.places.governing_places(doc)
        ]
        found += [
            Candidate(s, NER, ORGANIZATION, kind="club") for s in self.places.playing_places(doc)
        ]
        found += [
            Candidate(s, HEAD, ORGANIZATION, "context", kind="government")
            for s in self.places.councils(doc) + self.places.seated_councils(doc)
        ]
        found += [
            Candidate(s, NER, ORGANIZATION, kind="club") for s in self.places.acronym_clubs(doc)
        ]
        found += [
            Candidate(s, NER, ORGANIZATION, kind="club") for s in self.places.worded_clubs(doc)
        ]
        found += [
            Candidate(s, NER, ORGANIZATION, kind="club") for s in self.places.sport_named_clubs(doc)
        ]
        # a team named after its sponsors outranks the listed firms in its name
        found += [
            Candidate(s, GAZETTEER + 1, ORGANIZATION, "context", kind="club")
            for s in self.places.sponsor_teams(doc)
        ]
        found += self.governed(doc)
        found += self.employers_of_market_staff(doc)
        found += [
            Candidate(self.with_place(shapes.glued(name)), NER, None, "ner")
            for ent in entities(doc)
            if ent.label_ in NER_LABELS and not self.role(ent)
            for name in (self.stock_name(ent),)
            if name
        ]
        return found

    def stock_name(self, ent: Span) -> Span:
        """A stock name trimmed (`shapes.trimmed`), past a body's meeting or a club's
        description before it (`past_meeting`, `past_description`), before a score told in
        words after it ("les Flames de Calgary 5 à 3"), and on to the end of the bare
        complement coordinated with its last one, which the stock model leaves: "Service
        départemental d'incendie" + "et de secours"."""
        span = self.past_description(self.past_meeting(shapes.trimmed(ent)))
        span = self.before_simple_past(span)
        if span:
            span = span.doc[span.start : self.places.before_score(span)]
        if span and self.bare_coordinated(span.doc, span.end):
            return span.doc[span.start : shapes.compound_end(span.doc, span.end + 2) + 1]
        return span

    def periodical(self, span: Span) -> bool:
        """Whether a periodical's noun comes right before the name ("le magazine Investir"),
        a title's word is in it ("New England Journal of Medicine"), or a periodical's noun
        describes it after a copula and an indefinite article ("L'Écho atlantique est un
        quotidien régional")."""
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].lower_ in self.periodical_nouns:
            return True
        # a title's word in the name: "le New England Journal of Medicine"
        if any(t.text in self.periodical_titles for t in span):
            return True
        after = doc[span.end : span.end + 3]
        return (
            len(after) == 3
            and after[0].lemma_ in self.copulas
            and after[1].lower_ in self.indefinite_articles
            and after[2].lower_ in self.periodical_nouns
        )

    def before_simple_past(self, span: Span) -> Span:
        """A stock name before the verb in the simple past that the model runs it on over,
        tagged an adverb, before a preposition or an article: "la Chambre des députés
        débattit de la question" names the Chambre des députés (`SIMPLE_PAST_ENDINGS`)."""
        doc = span.doc
        for t in span[1:]:
            if (
                t.is_lower
                and t.pos_ == "ADV"
                and t.lower_.endswith(self.simple_past_endings)
                and t.i + 1 < len(doc)
                and doc[t.i + 1].pos_ in ("ADP", "DET")
            ):
                return doc[span.start : t.i]
        return span

    def past_description(self, span: Span) -> Span:
        """A club's name past the description in lower case that the stock model runs into
        it: "l'appel du club turc de Trabzonspor" names Trabzonspor (a noun of
        `CLUB_DESCRIPTION_NOUNS`, adjectives, "de" and a capitalised name)."""
        if len(span) < 4 or span[0].lower_ not in self.club_descriptions:
            return span
        i = 1
        while i < len(span) and span[i].is_lower and span[i].pos_ == "ADJ":
            i += 1
        if i == 1 or i + 1 >= len(span) or span[i].lower_ not in self.bare_complements:
            return span
        name = span[i + 1 :]
        return name if shapes.capitalised(name[0]) else span

    def past_meeting(self, span: Span) -> Span:
        """A name past a body's meeting in lower case that the stock model runs into it:
        "l'assemblée générale des Randonneurs du Val d'Aulne" is the Randonneurs'
        (`BODY_MEETINGS`)."""
        if not span or not span[0].is_lower:
            return span
        doc = span.doc
        # (the matcher gives a Span's matches in the Doc's positions)
        meeting = max(
            (end for _, start, end in self.body_meetings(span) if start == span.start), default=None
        )
        if meeting is None or meeting >= span.end or doc[meeting].lower_ not in self.complements:
            return span
        first = meeting + 1
        while first < span.end and doc[first].lower_ in self.joiners:
            first += 1
        return doc[first : span.end] if first < span.end else span

    def national_arms(self, candidates: list[Candidate]) -> list[Candidate]:
        """A listed firm's name followed by a country's is the firm's arm in that country, a
        company of its own whose parent is the listed firm: "AXA France", "Google France",
        "Microsoft UK" (the listed name alone took the mention, or, when ambiguous and
        unconfirmed, none). Not when the name runs on ("Amazon France Logistique"), the
        country modifies a noun ("Tesla China deliveries rose"), the pair is listed whole
        ("Altice USA") or the stock model reads it otherwise (`arm_reading`)."""
        found = []
        listed = {(c.span.start, c.span.end) for c in candidates if c.priority == GAZETTEER}
        for c in candidates:
            if c.priority != GAZETTEER or c.label != COMPANY:
                continue
            doc, end = c.span.doc, c.span.end
            for size in (3, 2, 1):
                place = doc[end : end + size]
                if len(place) < size or any(t.is_punct for t in place):
                    continue
                if fold(place.text) not in self.countries:
                    continue
                after = doc[place.end] if place.end < len(doc) else None
                if not shapes.capitalised(place[0]) or (
                    after is not None
                    and (shapes.capitalised(after) or (after.pos_ == "NOUN" and after.is_lower))
                ):
                    break  # a longer name, or a country that modifies a noun: "Tesla China sales"
                arm = doc[c.span.start : place.end]
                if (arm.start, arm.end) in listed:
                    break  # listed whole: "Altice USA", "Air France"
                if self.arm_reading(arm, c.ambiguous):
                    found.append(
                        Candidate(arm, GAZETTEER + 1, COMPANY, "context", parent=c.entry.name)
                    )
                break
        return found

    def longer_names(self, candidates: list[Candidate]) -> list[Candidate]:
        """A listed firm's name that capitalised words run on from, with a trade word of
        `SUBSIDIARY_WORDS` in the whole, is a longer firm's name: a subsidiary, whose parent
        is the listed firm ("Vinci Construction Grands Projets", "Bouygues Travaux Publics",
        "Toshiba Energy Systems"), and so is a cooperative bank's regional bank, named by its
        region, where the stock organisation spans the run ("Crédit Agricole Alsace Vosges",
        `REGIONAL_NETWORKS`); through another listed name it is a firm of its own with
        no parent known ("Sumitomo Mitsui Construction"). The run stops at punctuation or a
        line's end, a verb, a country (`national_arms`), and a person, place or date the stock
        model reads, unless its organisation spans them from the listed name ("Bouygues
        Bâtiment Grand Ouest"), and a month or weekday. Not a product ("Renault Clio": no
        trade word), not an event (`SUBSIDIARY_STOPS`: "J.P. Morgan Healthcare Conference"),
        not the listed firm's legal name ("Uber Technologies Inc."), not in a headline in
        title case, not a name listed whole. It outranks a cue's reading of the same words as
        the listed firm's fuller name ("sa filiale Vinci Construction Grands Projets")."""
        found = []
        listed = [c for c in candidates if c.priority == GAZETTEER]
        bounds = {(c.span.start, c.span.end) for c in listed}
        for c in listed:
            if c.label != COMPANY or c.entry is None:
                continue
            doc, start, end = c.span.doc, c.span.start, c.span.end
            if any(o.span.start <= start and end < o.span.end for o in listed):
                continue  # inside a longer listed name: that one runs on, if any
            stock = next(
                (
                    e.end
                    for e in entities(doc)
                    if e.label_ in NER_LABELS and e.start <= start < e.end and e.end > end
                ),
                end,
            )
            j = self.run_end(doc, end, stock)
            whole = doc[start:j]
            if j == end or (start, j) in bounds:
                continue
            # A regional bank of a network: the stock model reads the run as part of the name.
            regional = c.entry.name in self.regional_networks and j <= stock
            if not (regional or any(w.lower_ in self.subsidiary_words for w in whole)):
                continue
            if any(w.lower_ in self.subsidiary_stops for w in whole):
                continue
            if j < len(doc) and doc[j].text in self.suffixes:
                continue  # the listed firm's legal name: "Uber Technologies Inc."
            inner = [o for o in listed if end <= o.span.start < j]
            if any(o.span.end > j for o in inner):
                continue  # a listed name runs past it: two names side by side
            if self.event(whole) or (self.title_case_headlines and self.title_case_line(whole)):
                continue  # "J.P. Morgan Healthcare Conference"
            parent = None if inner else c.entry.name
            found.append(Candidate(whole, GAZETTEER + 2, COMPANY, "context", parent=parent))
        return found

    def run_end(self, doc: Doc, end: int, stock: int) -> int:
        """Where the capitalised words that run on from a listed name at `end` stop (at most
        four; see `longer_names`); the stock organisation ends at `stock`."""
        j = end
        while j < min(len(doc), end + 4):
            word = doc[j]
            if not (word.is_alpha and shapes.capitalised(word)) or "\n" in doc[j - 1].whitespace_:
                break
            if word.pos_ in ("VERB", "AUX") or fold(word.text) in self.countries:
                break
            if word.lower_ in self.calendar_words:
                break  # "Vinci Construction Monday said"
            if j >= stock and word.ent_type_ in RUN_STOPS:
                break  # a person, a place: "Microsoft Chief Executive Satya Nadella"
            j += 1
        return j

    @staticmethod
    def arm_reading(arm: Span, ambiguous: bool) -> bool:
        """Whether the stock model lets a firm's name and a country be one name: not inside
        a longer organisation ("Citizens for a Free Kuwait"), and, for a name that is also a
        common word, read as one organisation ("Southern Iraq" is a region)."""
        orgs = [
            e
            for e in entities(arm.doc)
            if e.label_ in NER_LABELS and e.start < arm.end and arm.start < e.end
        ]
        # the lower-case noun the stock model reads before a name is no word of it: "la
        # banque Crédit lyonnais Suisse" (read "banque Crédit lyonnais")
        if any(named_start(e) < arm.start or e.end > arm.end for e in orgs):
            return False
        return not ambiguous or any((e.start, e.end) == (arm.start, arm.end) for e in orgs)

    def titled(self, doc: Doc) -> list[Candidate]:
        """Listed names that begin with an article, after an article in lower case or
        contracted ("au Monde", "le Canard enchaîné"), not inside a longer name ("la Coupe
        du Monde")."""
        found = []
        for _, start, end in self.titles(doc):
            span = doc[start:end]
            if start == 0 or not shapes.capitalised(doc[start]):
                continue
            article = doc[start - 1]
            if article.lower_ not in self.articles_before_titles or not article.is_lower:
                continue
            if (
                start > 1
                and shapes.capitalised(doc[start - 2])
                and not doc[start - 2].is_sent_start
                and not self.person_ends(doc, start - 2)
            ):
                continue  # a longer name ("la Coupe du Monde"), not a person's paper
            # A longer name around it ("Coupe du Monde"); the article may be in the entity.
            if any(
                e.start < start - 1 or e.end > end
                for e in entities(doc)
                if e.start < end and start < e.end
            ):
                continue
            entry = self.title_entries[fold(span.text)]
            found.append(
                Candidate(span, GAZETTEER, ORGANIZATION, "gazetteer", entry, kind=entry.kind)
            )
        return found

    @staticmethod
    def person_ends(doc: Doc, i: int) -> bool:
        """Whether a person's name ends at token `i`: "le journaliste Edwy Plenel du Monde"
        writes for the paper, the title is no word of a longer name."""
        return doc[i].ent_type_ in PERSON_LABELS and doc[i + 1].ent_type_ not in PERSON_LABELS

    def name_after(self, doc: Doc, start: int) -> Span | None:
        """The capitalised name that begins at token `start`, with the joiners between its
        words ("Banque de France", "Ligue des droits de l'Homme")."""
        end = start
        while (
            end < len(doc) and shapes.capitalised(doc[end]) and not shapes.person(doc[end], start)
        ):
            end += 1
            gap = end
            while (
                gap < len(doc)
                and gap - end < 2
                and doc[gap].lower_ in self.joiners
                # "et" joins two names; "&" one name's words: "Banque Sarrasin & Associés".
                and (doc[gap].pos_ != "CCONJ" or doc[gap].text == "&")
            ):
                gap += 1
            if gap > end and gap < len(doc) and shapes.capitalised(doc[gap]):
                end = gap
        return doc[start:end] if end > start else None

    def cued(self, doc: Doc) -> list[Candidate]:
        """ "la société Lactalis", "the carmaker Renault": the name after a company noun."""
        found = []
        matches = self.cues(doc)
        # "le groupe placebo": that noun names the arms of a trial in this article.
        arms = {
            doc[start:end].text.lower()
            for _, start, end in matches
            if end < len(doc) and doc[end].lower_ in self.trial_arms
        }
        cues = [(start, end) for _, start, end in matches]
        nationals = self.national_forms.positions(doc) + self.national_lemmas.positions(doc)
        cues += [(i, i + 1) for i in sorted(set(nationals)) if self.nationality(doc[i])]
        for start, end in cues:
            if doc[start:end].text.lower() in arms or self.other_group(doc[start:end]):
                continue
            named = fold(doc[start:end].text) in self.trade_nouns
            # A trade noun takes "de" before its name: "Éditions du Rocher" (a place there is
            # the works' town: "la scierie de Rambervillers").
            first = end
            while named and first < min(end + 2, len(doc)) and doc[first].lower_ in self.joiners:
                first += 1
            if first > end and first < len(doc) and doc[first].ent_type_ in PLACE_LABELS:
                continue
            # A cue written as an acronym is a common noun: "la PME lorraine Tôleries Martin".
            common_acronym = doc[start].text.isupper() and end - start == 1
            modified = False
            if not named and (doc[start].is_lower or common_acronym):
                first = self.cue_modifiers(doc, first)
                modified = first > end
            name = self.name_after(doc, first)
            if name is None and doc[start:end].text.lower() in self.modified_cues:
                # Any lower-case modifiers after the nouns that name no other kind of group:
                # "la société de conception de puces Ampere Computing".
                name = self.name_after_modifiers(doc, end)
                if name is not None:
                    first, modified = name.start, True
            if name is not None and (
                modified or (end - start == 1 and self.nationality(doc[start]))
            ):
                # Nationalities and trades come before people's full names as much ("le
                # norvégien Henrik Kristoffersen", "le chimiste allemand Paul Ehrlich"); the stock
                # model's longer name is the firm's ("la compagnie britannique Compagnie de la
                # baie d'Hudson").
                # A "person" whose first word is a common noun is a firm named by its trade
                # and its family: "la société familiale Tissages Morel".
                person = doc[first].ent_type_ in PERSON_LABELS and doc[first].pos_ != "NOUN"
                if person and len(name) > 1:
                    continue
                entity = next((shapes.trimmed(e) for e in entities(doc) if e.start == first), None)
                if entity is not None and entity.end > name.end:
                    name = entity
            # A title before a person's name is no firm: "le groupe M. Barón Crespo".
            person_next = (
                name is not None
                and name.end < len(doc)
                and doc[name.end].ent_type_ in PERSON_LABELS
            )
            # "le groupe A": a pool's letter.
            letter = name is not None and len(name.text.rstrip(".")) == 1
            if name is not None and name.text not in self.not_names and not (person_next or letter):
                # A capitalised cue is part of the name ("Groupe Thales", "Société Générale"),
                # and so is a trade noun ("laiterie Besnier", "éditions Gallimard").
                capitalised = shapes.capitalised(doc[start]) and not common_acronym
                if named or (capitalised and not doc[start].is_sent_start):
                    name = doc[start : name.end]
                name = shapes.glued(name)
                found.append(Candidate(name, CUE, COMPANY, "context"))
        return found

    @staticmethod
    def person_spelling(match: Match) -> bool:
        """Whether a listed firm's name is written otherwise than the list writes it, as one
        word in title case, where the stock model reads a person: "le juge Dupont" is a man,
        DuPont the firm. Such a name needs the context, as a common word does; a spelling the
        list holds ("Openai") does not."""
        span = match.span
        entry = match.entry
        return (
            len(span) == 1
            and span.text.istitle()
            and span.text not in (entry.name, *entry.aliases)
            and span[0].ent_type_ in PERSON_LABELS
        )

    def nationality(self, token: Token) -> bool:
        """A nationality noun in lower case after a definite article, naming the firm whose
        name follows: "le chinois Leapmotor", "l'américain Pfizer"."""
        return (
            self.national(token)
            and token.is_lower
            and token.i > 0
            and token.doc[token.i - 1].lower_ in self.nationality_articles
        )

    def national(self, token: Token) -> bool:
        """Whether a word is a nationality: "chinois", "américaine", "chinoises"."""
        return token.lower_ in self.nationality_nouns or token.lemma_ in self.nationality_nouns

    def cue_modifiers(self, doc: Doc, i: int) -> int:
        """Past the words between a company noun and its name that say which one it is: its
        adjectives, nationality and region ("la biotech américaine", "le constructeur
        automobile chinois", "le groupe isérois") and a bare complement of its trade ("le
        fonds d'investissement", "la banque d'affaires"). Where a name does not follow, the
        noun's own position is kept."""
        j, limit = i, min(len(doc), i + self.cue_modifier_words)
        while j < limit:
            word = doc[j]
            if word.is_lower and (
                self.national(word)
                or word.lower_ in self.regional_adjectives
                or word.lower_ in self.firm_adjectives
                or word.lemma_ in self.firm_adjectives
            ):
                j += 1
            elif (
                word.lower_ in self.trade_complements
                and j + 1 < limit
                and doc[j + 1].is_lower
                and doc[j + 1].pos_ == "NOUN"
            ):
                j += 2
            else:
                break
        return j if j < len(doc) and shapes.capitalised(doc[j]) else i

    def nested_bodies(
        self, candidates: list[Candidate], chosen: list[Candidate]
    ) -> list[Candidate]:
        """A listed body named as the complement that ends another body's name is named
        too: "le Conseil de sécurité de l'ONU" names the ONU, "la Cour de justice de l'Union
        européenne" the Union, as an organ names the body it belongs to. Not the same body's
        shorter form ("University of Oxford" is no mention of "Oxford") and not a firm's
        name ("la Fondation Louis Vuitton")."""
        listed = [c for c in candidates if c.priority == GAZETTEER and c.label == ORGANIZATION]
        found = []
        for body in chosen:
            if body.label not in (ORGANIZATION, None) or body.kind in NOT_BODY_KINDS:
                continue
            span = body.span
            inner = min(
                (
                    c
                    for c in listed
                    if span.start < c.span.start
                    and c.span.end == span.end
                    and not (body.entry and body.entry.name == c.entry.name)
                    and _organ_of(span, c.span, self.overlap_words)
                ),
                key=lambda c: c.span.start,
                default=None,
            )
            if inner is not None:
                found.append(
                    Candidate(
                        inner.span,
                        GAZETTEER,
                        ORGANIZATION,
                        "gazetteer",
                        inner.entry,
                        kind=inner.kind,
                    )
                )
        return found

    def name_after_modifiers(self, doc: Doc, start: int) -> Span | None:
        """The name after a company noun's lower-case modifiers: "la société [de
        biotechnologie américaine] Blueprint Medicines", "le fonds [d'investissement
        américain] CD&R". The modifiers end on an adjective or a noun, not on "de" ("la
        société de Bernard Arnault"), and the name is no place's or person's."""
        end = start
        while (
            end < min(start + MODIFIER_WORDS, len(doc))
            and doc[end].is_lower
            and doc[end].pos_ in ("ADJ", "NOUN", "ADP")
        ):
            end += 1
        if end == start or doc[end - 1].pos_ == "ADP" or end >= len(doc):
            return None
        if doc[end].ent_type_ in PLACE_LABELS + PERSON_LABELS:
            return None
        return self.name_after(doc, end)

    def among_firms(self, doc: Doc, chosen: list[Candidate]) -> None:
        """One list, one kind of thing: a stock organisation that nothing explains, listed
        with two firms or more and no other body, is a firm ("une levée de fonds auprès de
        General Catalyst, Nvidia et Salesforce")."""
        starting = {c.span.start: c for c in chosen}
        ending = {c.span.end: c for c in chosen}
        for c in chosen:
            if c.label != ORGANIZATION or c.kind != "other" or c.priority != NER:
                continue
            items = self.list_items(doc, c, starting, ending)
            if len(items) >= 2 and all(i.label == COMPANY for i in items):
                c.label, c.kind, c.source = COMPANY, None, "context"

    def short_forms(self, chosen: list[Candidate]) -> None:
        """A stock organisation that nothing explains and whose words begin the name of one
        company of the article is that company, shortened: "Spirit said" after "Spirit
        AeroSystems", "Ansys" after "Ansys Inc." (not when the words begin two companies'
        names)."""
        companies = [c for c in chosen if c.label == COMPANY and c.priority > NER]
        for c in chosen:
            if c.label != ORGANIZATION or c.kind != "other" or c.priority != NER:
                continue
            longer = companies_begun_by(c.span.text, companies)
            if len(longer) == 1:
                model = longer[0]
                c.label, c.kind, c.source, c.entry = COMPANY, None, model.source, model.entry

    def list_items(
        self,
        doc: Doc,
        c: Candidate,
        starting: dict[int, Candidate],
        ending: dict[int, Candidate],
    ) -> list[Candidate]:
        """The other chosen names of the list `c` is in: names joined by commas and the
        closing conjunction, each right after its separator (`starting`, `ending`: the
        chosen names by their first token and their end)."""
        items, start = [], c.span.start
        while start > 1 and (doc[start - 1].text == "," or doc[start - 1].lower_ in self.and_words):
            before = ending.get(start - 1)
            if before is None:
                break
            items.append(before)
            start = before.span.start
        end = c.span.end
        while end + 1 < len(doc) and (doc[end].text == "," or doc[end].lower_ in self.and_words):
            after = starting.get(end + 1)
            if after is None:
                break
            items.append(after)
            end = after.span.end
        return items

    def used_as_service(self, c: Candidate) -> bool:
        """Whether a listed platform (Facebook, YouTube) is named as the service one uses,
        not the firm: after an account's noun ("son compte Twitter") or after "sur"/"via"
        governed by a verb of posting or being found there ("a annoncé sur Twitter")."""
        if c.entry is None or c.entry.sector != PLATFORM:
            return False
        doc, root = c.span.doc, c.span.root
        if c.span.start > 0 and doc[c.span.start - 1].lower_ in self.service_nouns:
            return True
        preposition, governor = shapes.preposition_and_governor(root)
        return (
            preposition.i < c.span.start
            and preposition.lower_ in self.service_prepositions
            and governor.lemma_.lower() in self.service_verbs
        )

    def other_group(self, cue: Span) -> bool:
        """Whether a company noun that also names a band or a trial's arm ("groupe") does so
        in its sentence, one about music or a clinical trial (`GROUP_CONTEXTS`): "une
        chanson du groupe Therapy?", "chez les patients du groupe Bivalirudine seule"."""
        return cue.text.lower() in self.group_cues and any(
            t.lemma_.lower() in self.group_contexts for t in cue.sent
        )

    def in_cited_title(self, span: Span) -> bool:
        """Whether a name is a word of a quoted title in an item of a list of references
        ('- ^ "Reuters drops freelance Lebanese photographer over image", Reuters, …')."""
        if not self.list_item_line(span):
            return False
        before = span.doc[span.sent.start : span.start]
        straight = sum(t.text in STRAIGHT_QUOTES for t in before)
        opened = sum(t.text in OPENING_QUOTES for t in before)
        closed = sum(t.text in CLOSING_QUOTES for t in before)
        return straight % 2 == 1 or opened > closed

    def bare_quoted(self, span: Span) -> bool:
        """Whether a name stands alone in quotes, with neither an article nor a noun before
        them (`QUOTED_NAME_ARTICLES`): '" NeverDead " est un jeu vidéo', 'dans " Far Cry 3
        "', 'des mentions comme "VLM"'; not 'la " Royal Navy "', 'le magazine " Forbes "'."""
        doc = span.doc
        if not self.quoted_name_articles or span.start == 0 or span.end >= len(doc):
            return False
        if self.quotes.get(doc[span.start - 1].text) != doc[span.end].text:
            return False
        if span.start == 1:
            return True
        before = doc[span.start - 2]
        return before.lower_ not in self.quoted_name_articles and before.pos_ not in NAME_POS

    @staticmethod
    def title_case_line(span: Span) -> bool:
        """Whether a span stands in a headline in title case ("Payments Firm Northlane Jumps
        31% in NYSE Debut"), where every word is capitalised and the stock model's bounds
        say nothing: a line with no final stop whose words of four letters or more are
        capitalised, at least three of them, all but one at most. (Read only where the
        language writes headlines so: a French address line looks the same.)"""
        doc, text = span.doc, article_text(span.doc)
        start = text.rfind("\n", 0, span.start_char) + 1
        end = text.find("\n", span.end_char)
        end = len(text) if end < 0 else end
        line = text[start:end].rstrip()
        if not line or line[-1] in '.!?:;»"”':
            return False
        words = [t for t in doc.char_span(start, end, alignment_mode="expand") or () if t.is_alpha]
        long_words = [t for t in words if len(t) >= 4]
        lower = sum(1 for t in long_words if not t.text[0].isupper())
        return len(long_words) >= 3 and lower <= 1

    def list_item_line(self, span: Span) -> bool:
        """Whether the sentence of a span opens with a list mark ("- ", "^ ", "• ")."""
        doc = span.doc
        line_start = span.sent.start
        while line_start < span.start and doc[line_start].text in self.reference_openers:
            line_start += 1
        return line_start > span.sent.start

    def cited(self, doc: Doc, span: Span) -> bool:
        """Whether a name is the field after a work's title in a listed reference ("- Jean
        Martin, Les frégates de la discorde, The Independent, 12 mars 2004."): a periodical,
        not its newsroom. Lists of units and their dates ("Eighth Air Force, 2 June 1943;")
        are no references: the line must be an item of a list."""
        return (
            self.list_item_line(span)
            and doc[span.start - 1].text == ","
            and self.publishers.reference_field(doc, span)
        )

    def appositions(self, doc: Doc) -> list[Candidate]:
        """ "la Somatem, filiale de la Lyonnaise des eaux", "Japy, le fabricant de machines
        à écrire": a name with a company noun in apposition after it is a firm's; with a
        body's noun ("le Grand Orient de France, organisation maçonnique"), a body's."""
        found = []
        for i in self.commas.positions(doc):
            if not 0 < i < len(doc) - 1:
                continue
            comma = doc[i]
            noun = doc[comma.i + 1]
            if noun.lower_ in self.apposition_articles and noun.i + 1 < len(doc):
                noun = doc[noun.i + 1]
            firm = noun.lower_ in self.appositive_nouns
            if not (firm or noun.lower_ in self.appositive_bodies) or noun.pos_ != "NOUN":
                continue
            if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "CCONJ":
                continue  # "Demain, entreprises et mairies signeront": a subject, no apposition
            if noun.dep_.startswith("nsubj"):
                continue  # "En raison de la guerre, le studio est forcé de …": a new clause
            name = self.name_before(doc, comma.i)
            if name is None and firm:
                name = self.place_read_name(doc, comma.i)
            if name is None:
                continue
            if firm:
                found.append(Candidate(name, CUE, COMPANY, "context"))
            else:
                kind = self.appositive_bodies[noun.lower_] or "other"
                found.append(Candidate(name, HEAD, ORGANIZATION, "context", kind=kind))
        return found

    def name_before(self, doc: Doc, end: int) -> Span | None:
        """The proper name that ends right before token `end`: not a place's, not a person's
        full name (a one-word name the stock model reads as a person may be a firm's:
        "Japy"), not a capitalised word that only begins the sentence."""
        start = end
        # A stock entity ending there gives the name's extent ("Grand Orient de France").
        entity = next((e for e in entities(doc) if e.end == end and len(e) > 1), None)
        if entity is not None and entity.label_ not in PERSON_LABELS:
            start = shapes.trimmed(entity).start
        while entity is None and start > 0 and shapes.capitalised(doc[start - 1]):
            first = doc[start - 1]
            if start < end and first.is_sent_start and first.pos_ != "PROPN":
                break  # "Selon Kaltex, un constructeur automobile"
            start -= 1
            if first.is_sent_start:
                break
        while start < end and doc[start].pos_ == "DET":
            start += 1  # "La SAR, entreprise de travaux publics"
        name = doc[start:end]
        if not name or name.text in self.not_names:
            return None
        if any(t.ent_type_ in PLACE_LABELS for t in name):
            return None
        if len(name) > 1 and any(t.ent_type_ in PERSON_LABELS for t in name):
            return None
        if name[0].is_sent_start and all(t.pos_ != "PROPN" for t in name):
            return None  # "Demain, entreprise et mairie signeront"
        return name

    def place_read_name(self, doc: Doc, end: int) -> Span | None:
        """A one-word name the stock model reads as a place, before a company noun in
        apposition: a firm it does not know ("la liquidation de Verdeo, la start-up
        spécialisée dans …"), not a place the text is at ("installée à Lyon, la start-up …",
        whose preposition says where)."""
        entity = next((e for e in entities(doc) if e.end == end), None)
        if entity is None or len(entity) != 1 or entity.label_ not in PLACE_LABELS:
            return None
        before = doc[entity.start - 1] if entity.start > 0 else None
        if before is None or before.lower_ in self.place_prepositions:
            return None
        if entity[0].is_sent_start or not shapes.capitalised(entity[0]):
            return None
        if entity.root.dep_ in ("obj", "dobj"):
            return None  # "Il a visité Lyon, la société y ayant ouvert un site"
        return entity

    def enumerated(self, doc: Doc) -> list[Candidate]:
        """The names a plural company or body noun counts: "les sociétés Renault, Peugeot et
        Citroën", "les quatorze clubs présents Belleville, Champenoux, …"; and the names a
        list closes with such a noun: "Le Mans, Valence, Sedan et un quatrième club"."""
        found = []
        for i in self.reading_nouns.positions(doc):
            token = doc[i]
            reading = self.noun_reading(token.lemma_) if token.pos_ == "NOUN" else None
            if reading is None:
                continue
            names: list[Span] = []
            plural = "Plur" in token.morph.get("Number")
            if plural:
                i = token.i + 1
                while i < len(doc) and i - token.i <= 2 and doc[i].pos_ in ("ADJ", "VERB"):
                    i += 1  # "les clubs présents", "les sociétés françaises"
                if i < len(doc) and doc[i].text in (",", ":"):
                    i += 1  # "les clubs présents, Champenoux, …"
                names = self.names_rightwards(doc, i)
            if not names:
                names = self.names_closed_by(doc, token)
            label, kind = reading
            priority = CUE if label == COMPANY else HEAD
            found += [Candidate(n, priority, label, "context", kind=kind) for n in names]
        return found

    def reads_as_noun(self, lemma: str) -> bool:
        """Whether a lemma is a company noun's or a body noun's (`noun_reading`)."""
        return self.noun_reading(lemma) is not None

    def noun_reading(self, lemma: str) -> tuple[str, str | None] | None:
        """A company noun's or a body noun's label and kind, by its lemma."""
        key = fold(lemma)
        if key in self.cue_nouns:
            return COMPANY, None
        kind = self.heads.get(key)
        return (ORGANIZATION, kind) if kind else None

    def names_rightwards(self, doc: Doc, i: int) -> list[Span]:
        """Names from token `i` on, separated by commas and a conjunction."""
        names = []
        while i < len(doc):
            name = self.list_item(doc, i)
            if name is None:
                break
            names.append(name)
            i = name.end
            if i + 1 < len(doc) and (doc[i].text == "," or doc[i].lower_ in self.and_words):
                i += 1
            else:
                break
        return names

    def names_closed_by(self, doc: Doc, noun: Token) -> list[Span]:
        """The names before "et un quatrième club", "and other carmakers"."""
        i = noun.i - 1
        while i > 0 and doc[i].pos_ in ("DET", "ADJ", "NUM"):
            i -= 1
        if i == noun.i - 1 or i < 1 or doc[i].lower_ not in self.and_words:
            return []
        names: list[Span] = []
        end = i
        while end > 0:
            start = end - 1
            while start > 0 and (shapes.capitalised(doc[start - 1]) or doc[start - 1].text == "-"):
                start -= 1
            item = doc[start:end]
            if not shapes.capitalised(item[0]):
                break
            names.insert(0, item)
            if start > 0 and doc[start - 1].text == ",":
                end = start - 1
            else:
                break
        return names if len(names) >= 2 else []

    def list_item(self, doc: Doc, i: int) -> Span | None:
        """One name of a list: a stock entity, or a capitalised name (a number may lead it:
        "3 Vallées")."""
        if i >= len(doc):
            return None
        token = doc[i]
        if token.ent_iob_ == "B":
            start, end = shapes.entity_bounds(doc, i)
            if token.ent_type_ not in PERSON_LABELS:
                return shapes.trimmed(doc[start:end]) or None
            # A person's full name is no item of the list: "le ministre des Entreprises,
            # Adolfo Urso" (one word may be a firm's family name: "Renault, Peugeot").
            if end - start > 1:
                return None
        start = i + 1 if token.like_num and i + 1 < len(doc) else i
        name = self.name_after(doc, start) if shapes.capitalised(doc[start]) else None
        return doc[i : name.end] if name is not None else None

    def suffixed(self, doc: Doc) -> list[Candidate]:
        """ "Lactalis SA", "Acme Inc.": a capitalised name and a legal form after it."""
        found = []
        for i in self.suffix_words.positions(doc):
            token = doc[i]
            if token.i > 0 and shapes.capitalised(doc[token.i - 1]):
                start = shapes.capitalised_run_start(doc, token.i - 1)
                if doc[start].is_sent_start and doc[start].text in self.suffixes:
                    continue
                # "The Anderson Economic Group, a consulting firm, estimated": a sentence's
                # article is no word of the name (in mid-sentence its capital says it is one:
                # "He has worked for The Aerospace Corporation")
                if (
                    doc[start].text in self.leading_articles
                    and doc[start].is_sent_start
                    and start < token.i - 1
                ):
                    start += 1
                found.append(Candidate(doc[start : token.i + 1], CUE, COMPANY, "context"))
        return found

    def family_firms(self, doc: Doc) -> list[Candidate]:
        """ "Berthelot et Fils", "Martin & Cie", "Perrin Frères": capitalised names and the
        family word after them name a firm."""
        found = []
        for i in self.family_words.positions(doc):
            end = i
            if end > 1 and doc[end - 1].lower_ in self.family_joiners:
                end -= 1
            elif doc[i].text != "Frères":  # "Perrin Frères"; not "Paul, fils de…"
                continue
            start = shapes.capitalised_run_start(doc, end)
            while start < end and shapes.function_word(doc[start]):
                start += 1  # a sentence's article: "Les Établissements Perrin Frères"
            if start < end:
                found.append(Candidate(doc[start : i + 1], CUE, COMPANY, "context"))
        return found

    def acronyms(self, doc: Doc) -> list[Candidate]:
        """ "le Samu", "l'OFP", "du COSEC": an acronym after a definite article names a body
        (a company only when other evidence says so), unless it begins a longer name ("PEC
        Zwolle"), the stock model reads it as part of one, or the language data lists it as
        a common noun."""
        found = []
        for i in self.acronym_words.positions(doc):
            token = doc[i]
            if (
                i > 0
                and shapes.undotted(token.text) not in self.not_names
                and doc[token.i - 1].lower_ in self.acronym_articles
                and token.ent_type_ != "ORG"
                and (token.ent_iob_ != "I" or self.lower_case_entity(doc, token.i))
                and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
                and (token.i + 1 == len(doc) or not shapes.capitalised(doc[token.i + 1]))
            ):
                found.append(Candidate(doc[token.i : token.i + 1], NER, ORGANIZATION, kind="other"))
        return found

    def lower_case_entity(self, doc: Doc, i: int) -> bool:
        """Whether the stock entity around token `i` opens on a word in lower case, which no
        name does: "plan de [paix de l'O.U.A.]" (MISC) holds the acronym after its article."""
        start, _ = shapes.entity_bounds(doc, i)
        return doc[start].is_lower

    def firm_acronyms(self, doc: Doc) -> list[Candidate]:
        """ "l'actionnaire d'EFI", "apprécié à GFD": an acronym the stock model reads as
        MISC, after a bare preposition, names a firm (a public body takes an article: "du
        CNRS"; listed common nouns excepted)."""
        return [
            Candidate(ent, NER, None, "ner")
            for ent in entities(doc)
            if ent.label_ == "MISC"
            and len(ent) == 1
            and shapes.acronym(ent.text)
            and not ROMAN.fullmatch(ent.text)  # "le rugby à XIII"
            and ent.start > 0
            and doc[ent.start - 1].lower_ in self.firm_prepositions
        ]

    def with_place(self, span: Span, listed: bool = False) -> Span:
        """A name followed by "de" and a place takes the place: "Stars de Dallas",
        "Université de l'Illinois", "Société générale de Taïwan" (also when the stock
        model reads the whole as one entity). A stock
        entity cut after its "de" ("Crédit municipal de" + "Bar-le-Duc") loses the "de"
        when no place follows."""
        doc = span.doc
        # a listed form is whole as it is: "e&"
        while not listed and len(span) > 1 and span[-1].lower_ in self.joiners:
            span = span[:-1]
        i = span.end
        if i >= len(doc) or doc[i].lower_ not in self.complements:
            return span
        # A listed body's name is whole without a bare place after "pour": "l'Union
        # européenne pour ZORVENTA" (a drug read as a place) is the Union européenne; not
        # "l'Alliance démocratique pour Madagascar", whose name it is.
        articled = (
            doc[i].lower_ in self.articled_complements and span.text in self.organizations.by_name
        )
        i += 1
        while i < len(doc) and doc[i].lower_ in self.joiners and doc[i].pos_ == "DET":
            i += 1
        if i >= len(doc) or (articled and i == span.end + 1):
            return span
        place = next((e for e in entities(doc) if e.start == i and e.label_ in PLACE_LABELS), None)
        if place is not None:
            return doc[span.start : place.end]
        # One stock entity over the name's last word and the place.
        start, end = shapes.entity_bounds(doc, i)
        whole = start < span.end and doc[i].ent_type_ not in PERSON_LABELS
        if whole and all(shapes.capitalised(t) or t.lower_ in self.joiners for t in doc[i:end]):
            return doc[span.start : end]
        return span

    def role(self, span: Span) -> bool:
        """Whether a span is or ends a person's title: it begins with a role noun
        ("ministre de l'Intérieur") or is a minister's portfolio ("ministre de l'Économie
        Bruno Le Maire"), which is no organisation of its own; or names the place its noun
        says ("centre commercial Les Nations")."""
        doc, i = span.doc, span.start - 1
        while i >= 0 and (
            doc[i].lower_ in self.joiners or doc[i].lower_ in self.portfolio_prepositions
        ):
            i -= 1
        joined = i < span.start - 1
        portfolio = i >= 0 and joined and doc[i].lower_ in self.portfolio_roles
        # A charge is a portfolio, whoever holds it: "commissaire européen chargé de la
        # Justice", "la déléguée chargée du Numérique".
        portfolio = portfolio or (i >= 0 and joined and doc[i].lower_ in self.portfolio_participles)
        # A minister's adjective or party between: "ministres successifs de l'Économie",
        # "ministre RPR de la Coopération" (but "secrétaire général de l'ONU" names a body).
        while (
            joined
            and i > 0
            and ((doc[i].pos_ == "ADJ" and doc[i].is_lower) or shapes.acronym(doc[i].text))
        ):
            i -= 1
        portfolio = portfolio or (joined and doc[i].lower_ in self.minister_roles)
        # The name of a place after its noun: "centre commercial Les Nations".
        start = span.start
        # "centre commercial des Nations": past the joiners.
        while start > 0 and doc[start - 1].lower_ in self.joiners:
            start -= 1
        placed = any(
            fold(doc[max(0, start - n) : start].text) in self.place_noun_forms for n in (2, 3)
        )
        # A role of two words: "le Haut Représentant".
        titled = any(self.heads.get(fold(span[:n].text), "") is None for n in (1, 2))
        return portfolio or placed or titled

    def headed(self, doc: Doc) -> list[Candidate]:
        """ "Fédération française de judo", "collège Saint-Jean": a name headed by a noun
        that says what kind of organisation it is."""
        found = []
        # "centre commercial" is a place, though "centre" heads bodies.
        silenced = {start for _, start, _ in self.place_nouns(doc)}
        # "l'assemblée générale des Randonneurs": a body's meeting, not a body.
        silenced |= {start for _, start, _ in self.body_meetings(doc) if doc[start].is_lower}
        for _key, start, end in self.head_phrases(doc):
            kind = self.heads.get(fold(doc[start:end].text))
            if kind is None or start in silenced:
                continue
            # An adjective that is also a head noun: "l'étude clinique ACUITY"; the second
            # noun of a compound: "le navire-hôpital Île de Lumière" (a ship).
            if doc[start].is_lower and (doc[start].pos_ == "ADJ" or shapes.compounded(doc, start)):
                continue
            span = self.headed_span(doc, start, end)
            if span is not None:
                found.append(Candidate(span, HEAD, ORGANIZATION, "context", kind=kind))
        return found

    def headed_span(self, doc: Doc, start: int, end: int) -> Span | None:
        """The organisation name a head noun begins, or None when there is no name.

        A capitalised head takes the capitalised words before it ("Oxford University"), its
        adjectives and capitalised words ("Ligue nationale") and one complement ("de judo",
        "de la Résistance"). A lower-case head must be followed by a name: right after it
        ("collège Saint-Jean"), or, for a public body, after "de" when that name is not a
        place ("ministère du Budget", not "école de Morvillars")."""
        head = fold(doc[start:end].text)
        kind = self.heads.get(head)
        if shapes.capitalised(doc[start]) and not doc[start].is_sent_start:
            while (
                start > 0
                and shapes.capitalised(doc[start - 1])
                # "Au Parlement basque": a sentence's first article or preposition
                and doc[start - 1].pos_ not in ("DET", "ADP")
                and not doc[start].is_sent_start
            ):
                start -= 1
            # A first name and a head's word that the stock model reads as a person's name:
            # "Gabrielle Union" (an actress; but "Bishop Garrigan High School").
            head_word = doc[end - 1]
            if (
                head_word.ent_type_ in PERSON_LABELS
                and start == end - 2
                and shapes.same_entity(doc, start, head_word.i)
            ):
                return None
            stop = self.modifiers(doc, end)
            if kind not in MEMBER_BODIES:
                # A person's name joined by hyphens honours the person: "l'Institut polaire
                # français Paul-Émile-Victor", "l'hôpital européen Georges-Pompidou".
                stop = shapes.hyphenated_name_end(doc, stop)
            return doc[start : self.complement(doc, stop)]
        after = self.modifiers(doc, end, capitals=False)
        if after < len(doc) and shapes.capitalised(doc[after]):
            # A member or an officer, not the body's name: "parti socialiste François
            # Mitterrand", "conseil régional Michel Giraud" (a school is named after people).
            if doc[after].ent_type_ in PERSON_LABELS and kind in MEMBER_BODIES + PUBLIC:
                return None
            name = self.name_after(doc, after)
            # A member body's name is the name alone ("le parti Ecolo", "l'association
            # France Orient"); a place's takes its noun ("le collège Saint-Jean").
            first = name.start if kind in MEMBER_BODIES else start
            # An adjective after a place's name describes the place: "l'école Jean-Macé
            # voisine" (a member body's may be its own: "le parti Likoud israélien").
            stop = self.modifiers(doc, name.end, capitals=False) if first > start else name.end
            # A seat's name takes its complement: "la communauté de communes Terre d'eau".
            if head in self.seated:
                stop = self.complement(doc, stop)
            return doc[first:stop]
        seated = head in self.seated
        if after == len(doc) or doc[after].lower_ not in self.joiners:
            return None
        if kind not in PUBLIC and not seated:
            return None
        # "une université de l'Iowa" is a university there, not its name.
        if start > 0 and doc[start - 1].lower_ in self.indefinite_articles:
            return None
        first = after + 1
        while first < len(doc) and doc[first].pos_ == "DET":
            first += 1
        portfolio = fold(doc[start:end].text) in self.portfolio_heads
        if first >= len(doc) or not shapes.capitalised(doc[first]):
            # "ministère de la défense": a ministry's portfolio may be in lower case.
            stop = self.complement(doc, after) if portfolio else after
            return doc[start:stop] if stop > after else None
        # A place after "de" is the seat of a town hall or an appeal court ("mairie de
        # Paris", "cour d'appel de Paris"), not the name of another body ("gouvernement du
        # Royaume-Uni" names the country).
        readings = {e.label_ for e in entities(doc) if e.start <= first < e.end}
        seat = seated and readings <= set(PLACE_LABELS)
        # A ministry's complement is its portfolio, whatever the stock model reads in it
        # ("ministère du Budget", "Budget" read as a place).
        if not (seat or portfolio) and readings & set(NOT_COMPANY_LABELS):
            return None
        # "la direction de l'UMP": the leadership of a named organisation (not "la direction
        # générale des Finances publiques", a body).
        management = after == end and fold(doc[start:end].text) in self.management_heads
        if management and readings & set(NER_LABELS):
            return None
        name = self.name_after(doc, first)
        stop = self.modifiers(doc, name.end, capitals=False)
        following = self.coordinated(doc, stop)
        if following is not None and shapes.capitalised(doc[following]):
            stop = self.complement(doc, stop + 1)  # "ministère de l'Économie et des Finances"
        return doc[start:stop]

    def modifiers(self, doc: Doc, i: int, *, capitals: bool = True) -> int:
        """The end of the adjectives (and capitalised words) that follow token `i`."""
        while (
            i < len(doc)
            and not doc[i].is_punct
            and (
                (
                    doc[i].pos_ == "ADJ"
                    and (self.adjectives_after_head or not doc[i].is_lower)
                    and not doc[i].lower_.endswith(self.verb_endings)
                )
                # Not a heading's next word ("la Cour d'appel Dans son arrêt") nor a title
                # ("Foreign Office Minister Kim Howells").
                or (
                    capitals
                    and shapes.capitalised(doc[i])
                    and not shapes.function_word(doc[i])
                    and self.heads.get(fold(doc[i].text), "") is not None
                )
            )
            and not shapes.person(doc[i], -1)
            and doc[i].lower_ not in self.time_adjectives
        ):
            i += 1
        return i

    def complement(self, doc: Doc, i: int) -> int:
        """The end of one complement after a name's head: "de judo", "de la Résistance",
        "des anciens combattants de la Résistance", and the complement coordinated with it
        ("de l'Économie et des Finances")."""
        for _ in range(3):
            if i >= len(doc) or doc[i].lower_ not in self.complements:
                return i
            j = i + 1
            while j < len(doc) and doc[j].lower_ in self.joiners:
                j += 1
            bare = j == i + 1 and j < len(doc) and shapes.capitalised(doc[j])
            if bare and doc[i].lower_ not in self.bare_complements:
                return i  # "l'Union européenne pour Angiox": "pour" names after an article
            if j < len(doc) and shapes.capitalised(doc[j]):
                end = self.modifiers(doc, self.name_after(doc, j).end, capitals=False)
                following = self.coordinated(doc, end)
                if following is None or not shapes.capitalised(doc[following]):
                    return end
                return self.complement(doc, end + 1)
            k = j
            while k < len(doc) and doc[k].pos_ == "ADJ":
                k += 1
            if k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN") or not doc[k].is_alpha:
                return i
            if self.verb_complement(doc, i, k):
                return i
            # A body's head noun begins another body's name, of which this one is an organ:
            # "la Cour arbitrale du comité national olympique italien".
            if doc[k].is_lower and self.heads.get(fold(doc[k].text)):
                return i
            k = shapes.compound_end(doc, k)  # "des sapeurs-pompiers" (split by the tokenizer)
            i = self.enumeration(doc, self.modifiers(doc, k + 1, capitals=False))
            # "de déportés et fusillés": a coordinated word of the same complement (not a
            # role: "président de l'Union des industries textiles et vice-président du
            # Medef" names two bodies).
            while (
                i + 1 < len(doc)
                and doc[i].pos_ == "CCONJ"
                and doc[i + 1].pos_ in ("NOUN", "ADJ")
                and not shapes.capitalised(doc[i + 1])
                and self.heads.get(fold(doc[i + 1].text), "") is not None
            ):
                i = self.modifiers(doc, i + 2, capitals=False)
            # "d'incendie et de secours": a bare complement coordinated with a bare one.
            if self.bare_coordinated(doc, i):
                i = self.modifiers(doc, i + 3, capitals=False)
        return i

    @staticmethod
    def verb_complement(doc: Doc, i: int, noun: int) -> bool:
        """Whether the complement that opens at token `i` (its noun at `noun`) belongs to
        the verb, not to the name: where the stock organisation ends before it and the parser
        hangs it on a verb ("il a mené la Ligue nationale pour la moyenne de points", "il a
        joué dans la Ligue nationale de hockey pour différentes franchises"; the stock model
        reads "la Ligue nationale pour la démocratie" whole)."""
        ends_stock = doc[i - 1].ent_type_ in NER_LABELS and doc[i].ent_iob_ != "I"
        head = doc[noun].head
        return ends_stock and doc[noun].dep_.startswith("obl") and head.pos_ == "VERB"

    def bare_coordinated(self, doc: Doc, i: int) -> bool:
        """Whether a conjunction at token `i` adds a bare complement in lower case to the bare
        one before it: "Service départemental d'incendie et de secours" (not another body:
        "et du ministère"; not a complement with an article: "et de la mode")."""
        return (
            i >= 2
            and i + 2 < len(doc)
            and doc[i].pos_ == "CCONJ"
            and doc[i + 1].lower_ in self.trade_complements
            and doc[i - 1].is_lower
            and doc[i - 2].lower_ in self.trade_complements
            and doc[i + 2].pos_ == "NOUN"
            and doc[i + 2].is_lower
            and doc[i + 2].is_alpha
            and fold(doc[i + 2].text) not in self.heads
        )

    def coordinated(self, doc: Doc, i: int) -> int | None:
        """The first word of a complement coordinated at token `i` ("et des Finances"), or
        None; not another body ("et du ministère", "et de l'OSCE")."""
        if i + 2 >= len(doc) or doc[i].pos_ != "CCONJ" or doc[i + 1].lower_ not in self.complements:
            return None
        j = i + 2
        while j < len(doc) - 1 and doc[j].lower_ in self.joiners:
            j += 1
        # "du Conseil de l'Europe et de l'OSCE": two bodies.
        other = shapes.acronym(doc[j].text) or (
            doc[j].ent_iob_ == "B" and doc[j].ent_type_ == "ORG"
        )
        return None if other or fold(doc[j].text) in self.heads else j

    def enumeration(self, doc: Doc, i: int) -> int:
        """Past the commas of an enumeration that a conjunction closes: "des déportés,
        internés, résistants et patriotes" goes on to "et"; a comma not followed by
        "word, word et word" ends the name."""
        j = i
        while j + 1 < len(doc) and doc[j].text == "," and shapes.lower_word(doc[j + 1]):
            j = self.modifiers(doc, j + 2, capitals=False)
        closed = (
            j > i and j + 1 < len(doc) and doc[j].pos_ == "CCONJ" and shapes.lower_word(doc[j + 1])
        )
        return j if closed else i

    # Classification -----------------------------------------------------------------------

    def plausible(self, doc: Doc, c: Candidate) -> bool:
        """Whether a candidate may name what it says; the others never compete for tokens."""
        text = c.span.text
        # "syndicats enseignants Le ministre refuse": a capital on a function word only (a
        # heading's next sentence) makes no name.
        capitals = [t for t in c.span if not t.is_lower]
        if shapes.function_word(c.span[0]) and all(shapes.function_word(t) for t in capitals):
            return False
        # A wire story's dateline is where it was filed: "DUBLIN (AP) —".
        if c.priority == NER and shapes.dateline(c.span):
            return False
        # A head noun vouches for a listed common acronym: "le parti ACT".
        if text in self.not_names and c.priority != HEAD:
            return False
        # A state named by a body's noun is a place, whoever reads it: "les Juifs d'Union
        # soviétique" (a head noun's name, and a stock ORG).
        if fold(text) in self.state_names:
            return False
        # A headline in title case capitalises every word: names read there from the stock
        # model or a cue run on over verbs and nouns ("Firm Northlane Jumps", "Buy Castellan
        # Software"); the body names them again.
        if (
            self.title_case_headlines
            and c.priority in (NER, CUE)
            and c.source != "gazetteer"
            and self.title_case_line(c.span)
        ):
            return False
        if self.common_title(c):
            return False
        # "la Ligue Europa": a competition, whichever rule read its head as a body's
        if self.competition(c.span):
            return False
        # Only a head noun vouches for a name in lower case ("ministère de la défense"), or
        # the list for a brand written so ("inwi", "voestalpine").
        lower_brand = c.source == "gazetteer" and self.companies.lower_brand(text)
        if c.priority != HEAD and not any(ch.isupper() for ch in text) and not lower_brand:
            return False
        # "Peugeot 206", "Jérôme Bosch": a word of a longer name, unless the firm opens its
        # leader's name after a role noun ("le patron de Tesla Elon Musk")
        longer = (c.source == "gazetteer" and shapes.in_product_name(doc, c.span)) or (
            c.label == COMPANY and shapes.in_person_name(c.span)
        )
        if longer and not self.employer_of_name(doc, c.span):
            return False
        # "la 21e Compagnie", "MR, comme Michel Roussin": the words around say what it is.
        if self.misreadings(c.span):
            return False
        if c.source == "gazetteer" and self.misreadings.in_longer_name(c.span):
            return False
        # "la CG2A": an article makes a code a name.
        after_article = c.span.start > 0 and doc[c.span.start - 1].lower_ in self.acronym_articles
        # A code that the stock model runs on into a complement: "Arg3-Pro4 de la bivalirudine".
        coded = shapes.code(c.span[:1]) and (len(c.span) == 1 or c.span[1].lower_ in self.joiners)
        code = (coded and not after_article) or shapes.numeral(c.span)
        # One list, one kind of thing: "le TCA, l'INR et le TT" (any stock reading).
        if c.priority == NER and self.listed_with_common(c.span):
            return False
        if c.label is None and (
            code
            or self.period(c.span)
            or shapes.shouted(c.span)
            or self.shouted_clause(c.span)
            or self.study(doc, c.span)
            # "Résultat Placebo", "le groupe Placebo": a trial's arm
            or any(t.lower_ in self.arm_names for t in c.span)
            or shapes.numbered_part(c.span)
            or shapes.one_word_line(c.span)
            or self.address(c.span)
            or self.text_name(c.span)
            or self.event(c.span)
            or self.vessel_or_statute(c.span)
            or (c.span.start > 0 and doc[c.span.start - 1].lower_ in self.family_nouns)
            # "le sommet Choose France", "le projet Stargate": an event's or a plan's name
            or (c.span.start > 0 and doc[c.span.start - 1].lower_ in self.event_nouns)
            # "M. PESC": a title makes the name a person's.
            or (c.span.start > 0 and doc[c.span.start - 1].lower_ in self.honorifics)
            or self.in_cited_title(c.span)
        ):
            return False
        return not (c.priority == GAZETTEER and shapes.hyphenated(doc, c.span))

    def country(self, span: Span) -> bool:
        """Whether a name is a country's ("China", "la Slovaquie"), not an acronym that
        spells one ("GUAM", an organisation) unless it is a country's own ("UK")."""
        key = fold(span.text)
        if key not in self.countries:
            return False
        return not span.text.isupper() or key in self.country_abbreviations

    def text_name(self, span: Span) -> bool:
        """A text's name, not a body's: "la Charte européenne des droits fondamentaux", "la
        Constitution européenne", "The Agreement on Trade-Related Aspects …"."""
        first = span[1] if len(span) > 1 and span[0].pos_ == "DET" else span[0]
        return fold(first.text) in self.text_nouns

    def common_title(self, c: Candidate) -> bool:
        """A listed periodical whose title has no article, after a definite article, is the
        common noun or the event it is named after: "à la Libération", "depuis la
        Libération" (not "Libération a révélé", nor "Le Monde", whose article is its own),
        whoever reads it."""
        entry = c.entry or self.organizations.by_name.get(c.span.text)
        if entry is None or entry.name not in self.untitled_periodicals or c.span.start == 0:
            return False
        before = c.span.doc[c.span.start - 1]
        return before.is_lower and before.lower_ in self.articles_before_titles

    def employer_of_name(self, doc: Doc, span: Span) -> bool:
        """A listed firm that opens a person's name to the stock model, after a role noun and
        its preposition, with a full name after it: "le patron de [Tesla] Elon Musk" is the
        firm and its boss, not a person named Tesla Elon Musk ("Arnaud Lagardère" stays)."""
        start, end = shapes.entity_bounds(doc, span.start)
        return (
            span.start == start
            and end - span.end >= 2
            and all(shapes.capitalised(t) for t in doc[span.end : end])
            and start >= 2
            and doc[start - 1].lower_ in self.bare_complements
            and doc[start - 2].lemma_.lower() in self.employer_roles
        )

    def study(self, doc: Doc, span: Span) -> bool:
        """A name after a study's noun names the study: "l'étude ACUITY", "Etude ACUITY",
        "critères TIMI", and so do the names listed with it: "critères ACUITY et TIMI"."""
        for j in range(span.start - 1, max(-1, span.start - 1 - STUDY_WINDOW), -1):
            token = doc[j]
            if fold(token.lower_) in self.study_nouns:
                return True
            listed = token.lower_ in self.and_words or token.text == ","
            # "une étude clinique (REPLACE 2)": the study's adjective or bracket.
            described = token.text == "(" or (token.pos_ == "ADJ" and token.is_lower)
            if not (listed or described or token.is_upper):
                return False
        return False

    def studies(self, doc: Doc, candidates: list[Candidate]) -> set[str]:
        """The names in capitals that a study's noun introduces, studies in the whole article:
        "dans une étude principale, FORTIS, … Dans FORTIS" (a listed firm's name too, where
        the list writes it otherwise: "Fortis"); not a listed acronym ("une étude IBM")."""
        shouted = {
            c.span.text
            for c in candidates
            if c.priority != HEAD
            and len(c.span.text) > 2
            and c.span.text.isupper()
            and self.study(doc, c.span)
        }
        if not shouted:
            return shouted
        return shouted - {c.span.text for c in candidates if c.entry and c.entry.name.isupper()}

    def event(self, span: Span) -> bool:
        """An event's or a prize's name, not a body's: "la Coupe de France", "le Festival de
        Cannes", "les Grammy Awards", "the Davis Cup"."""
        return (
            fold(span[0].text) in self.event_first
            or fold(span[-1].text) in self.event_last
            or self.meeting(span)
            or self.competition(span)
        )

    def vessel_or_statute(self, span: Span) -> bool:
        """A ship's name or a statute's, not a body's: "HMS Resolute", "the Medicines
        (Reporting) Act 2016", "the Railways Act"."""
        words = [t for t in span if not t.like_num]
        return (len(span) > 1 and span[0].text in self.vessel_prefixes) or (
            len(words) > 1 and words[-1].text in self.statute_nouns
        )

    def competition(self, span: Span) -> bool:
        """A competition named as a league is (`EVENT_NAMES`): "la Ligue Europa",
        also with its organiser ("la Ligue Europa de l'UEFA"); not "la Ligue de
        football professionnel", a body."""
        name = fold(span.text)
        return any(name == n or name.startswith(n + " ") for n in self.event_names)

    def meeting(self, span: Span) -> bool:
        """A meeting's head with adjectives only names an event: "la Conférence
        intergouvernementale", "le Sommet européen"; not a body with a complement ("la
        Conférence des présidents", "la Conférence consultative politique du peuple
        chinois") or an English name that ends on the head ("National Football
        Conference")."""
        return (
            len(span) > 1
            and span[0].lower_ in self.meeting_heads
            and all(t.pos_ == "ADJ" and t.is_lower for t in span[1:])
        )

    def shouted_clause(self, span: Span) -> bool:
        """Words in capitals with a verb among them are a heading's clause, not a name:
        "COMMENT ACLASTA EST UTILISE"."""
        return (
            len(span) > 1 and span.text.isupper() and any(t.pos_ in ("AUX", "VERB") for t in span)
        )

    def listed_with_common(self, span: Span) -> bool:
        """An acronym coordinated with a listed common acronym is a common noun too: "de
        l'ACT, de l'aPTT, du PT, de l'INR et du TT" (one list, one kind of thing)."""
        if not shapes.acronym(span.text):
            return False
        root = span.root
        first = root.head if root.dep_ == "conj" else root
        items = [first, *(c for c in first.children if c.dep_ == "conj")]
        return any(t.text in self.not_names for t in items if t.i != root.i)

    def period(self, span: Span) -> bool:
        """A numbered regime names a period, not a body: "la Troisième République", "the
        Second Empire", "la Ve République"."""
        if len(span) != 2 or span[1].text not in self.regimes:
            return False
        first = span[0].text
        return first.lower() in self.ordinals or shapes.ordinal_number(first)

    def common_noun(self, doc: Doc, span: Span) -> bool:
        """An acronym after an indefinite or plural article is a common noun: "un SCA",
        "les CRS", "a GP" (a body's name takes "le", "la", "the")."""
        return (
            span.start > 0
            and shapes.acronym(span.text)
            and doc[span.start - 1].lower_ in self.common_articles
        )

    def definitions(self, doc: Doc) -> Definitions:
        """The acronyms that the article spells out in the words before them, in brackets.
        Common words make a common noun of the acronym ("syndrome coronarien aigu (SCA)",
        "taux de filtration glomérulaire (TFG)"); a head noun makes both a body's name
        ("police judiciaire (PJ)", "commission consultative du secret de la défense
        nationale (CCSDN)"); a name without a head noun lends its reading to the acronym
        once it has one ("Compagnie Générale de Géophysique (CGG)")."""
        common, glossed, bodies, spelled, unspelled = set(), set(), [], [], []
        if not shapes.has_word(doc, "("):
            return Definitions(common, glossed, bodies, spelled, unspelled)
        for match, start, end in self.bracketed(doc):
            worded = doc.vocab.strings[match] == "worded"
            text = doc[start + 1].text
            letters = shapes.undotted(text)
            initials = []
            j = start - 1
            # An elided joiner is no word but no stop: "sociétés d'assurance (FFSA)".
            while (
                j >= 0
                and len(initials) < len(letters)
                and (doc[j].is_alpha or doc[j].lower_ in self.joiners)
            ):
                if doc[j].lower_ not in self.joiners and doc[j].pos_ not in FUNCTION_WORDS:
                    # Folded: "Société nationale d'électronique et de télécommunications
                    # (SNET)", "Agence d'évaluation de la recherche (AER)".
                    initials.append(fold(doc[j].text)[:1])
                j -= 1
            words = doc[j + 1 : start]
            matched = bool(words) and "".join(reversed(initials)) == fold(letters).lower()
            if worded and not (matched and len(words) > 2):
                # a word in brackets, "(Paris)", "(Renew)", unless it spells them or closes a
                # name cut at "et" ("Groupement d'assistance et de conseil (Gracco)")
                if self.and_continued(doc, start):
                    unspelled.append(doc[start + 1 : end - 1])
                continue
            if not matched:
                # Lower-case words whose initials differ gloss a term, not a body ("la
                # population totale (ITT)"), unless a body's head noun leads them ("le
                # comité des médicaments à usage humain (CHMP)").
                if shapes.lower_word(doc[start - 1]) and not self.headed_words(doc, start):
                    glossed.add(text)
                else:
                    unspelled.append(doc[start + 1 : end - 1])
                continue
            kind = self.heads.get(fold(words[0].text))
            # A capital inside the words makes them a name ("Organisation mondiale de la
            # santé (OMS)"): only a head noun says which kind.
            named = any(shapes.capitalised(t) and not t.is_sent_start for t in words)
            if kind is None and not named:
                common.add(text)
            elif kind is not None:
                bodies += [
                    Candidate(span, HEAD, ORGANIZATION, "context", kind=kind)
                    for span in (words, doc[start + 1 : end - 1])
                ]
            else:
                spelled.append((words, doc[start + 1 : end - 1]))
        return Definitions(common, glossed, bodies, spelled, unspelled)

    def spelled_acronyms(
        self, chosen: list[Candidate], spelled: list[tuple[Span, Span]], unspelled: list[Span]
    ) -> list[Candidate]:
        """A bracketed acronym reads as the name it spells out, when that name has a
        reading: "le Groupe de Peletons de Sécurité (G.P.S)" (the stock model reads the
        acronym as a place), "la Compagnie Générale de Géophysique (CGG)"; the words it
        spells are the name, where the reading began inside them ("Aide et Secours
        international (ASI)" was read from "Secours"). An acronym that does not spell the
        name of two words or more right before it, but begins as it does, is its short form
        too: "le Parti des déshérités de Madagascar (PADESM)", "le Groupe d'action
        financière (GAFI)"."""
        pairs = [(self.spelled_out(chosen, words, acronym), acronym) for words, acronym in spelled]
        pairs += [(self.named_before(chosen, acronym), acronym) for acronym in unspelled]
        found = []
        for expansion, acronym in pairs:
            if expansion is None:
                continue
            same = [c for c in chosen if c.span.start < acronym.end and acronym.start < c.span.end]
            if not same:
                found.append(
                    Candidate(
                        acronym,
                        expansion.priority,
                        expansion.label,
                        expansion.source,
                        expansion.entry,
                        expansion.kind,
                    )
                )
            for c in same:
                if c.span == acronym and c.entry is None:
                    c.label, c.source, c.kind = expansion.label, expansion.source, expansion.kind
        return found

    @staticmethod
    def spelled_out(chosen: list[Candidate], words: Span, acronym: Span) -> Candidate | None:
        """The name that the words before a bracketed acronym spell, read over all of them: a
        reading that began inside them is widened to their start, in place."""
        before = [c for c in chosen if c.label is not None and c.span.end == acronym.start - 1]
        whole = next((c for c in before if c.span.start <= words.start), None)
        if whole is not None:
            return whole
        if not before:
            return CompanyFinder.cut_short(chosen, words)
        inner = before[0]
        if inner.entry is not None:
            return None  # a listed name is read as listed, not widened to other words
        opening = range(words.start, inner.span.start)
        if any(
            c is not inner and c.span.start < opening.stop and opening.start < c.span.end
            for c in chosen
        ):
            return None
        inner.span = words.doc[words.start : inner.span.end]
        return inner

    @staticmethod
    def cut_short(chosen: list[Candidate], words: Span) -> Candidate | None:
        """A reading that opens the words a bracketed acronym spells but stops inside them
        (at "et" or at a lower-case complement) is widened to their end, in place: "l'Office
        central pour la répression de la grande délinquance financière (OCRGDF)" was read
        "Office central"."""
        inner = next(
            (
                c
                for c in chosen
                if c.label is not None
                and c.span.start == words.start
                and c.span.end < words.end
                and c.entry is None  # a listed name is read as listed
            ),
            None,
        )
        if inner is None or any(
            c is not inner and c.span.start < words.end and inner.span.end < c.span.end
            for c in chosen
        ):
            return None
        inner.span = words.doc[words.start : words.end]
        return inner

    def named_before(self, chosen: list[Candidate], acronym: Span) -> Candidate | None:
        """The name of two words or more right before a bracketed acronym that begins with
        the acronym's first letter; or one that the reading cut at "et" before the rest of
        the words the bracket closes, widened over them in place: "l'Union nationale des
        étudiants de France-Indépendante et démocratique (UNEF-ID)", "le Groupement
        d'assistance et de conseil aux collectivités (Gracco)" (a word in brackets only
        closes such a name)."""
        bracket = acronym.start - 1
        for c in chosen:
            if not (
                c.label is not None
                and len(c.span) > 1
                and fold(c.span.text)[:1] == fold(acronym.text)[:1]
            ):
                continue
            if c.span.end == bracket and acronym.text.isupper():
                return c
            if (
                c.entry is None  # a listed name is read as listed
                and c.span.end < bracket
                and (
                    self.and_continued(acronym.doc, bracket, c.span.end)
                    or self.complement_continued(acronym.doc, c.span.end, bracket)
                )
                and not any(o is not c and c.span.end < o.span.end <= bracket for o in chosen)
            ):
                c.span = acronym.doc[c.span.start : bracket]
                return c
        return None

    def and_continued(self, doc: Doc, bracket: int, cut: int | None = None) -> bool:
        """Whether the words before a bracket (from `cut`, else from the nearest "et") are
        "et" and lower-case words or joiners: the end of a name read up to "et"."""
        j = bracket - 1
        while j >= 0 and bracket - j <= GLOSS_WINDOW and doc[j].lower_ not in self.and_words:
            if not (doc[j].is_lower and (doc[j].is_alpha or doc[j].lower_ in self.joiners)):
                return False
            j -= 1
        return j > 0 and doc[j].lower_ in self.and_words and (cut is None or j == cut)

    def complement_continued(self, doc: Doc, cut: int, bracket: int) -> bool:
        """Whether the words from `cut` to a bracket are a complement in lower case, a
        preposition first and no verb: the end of a name the reading cut before it ("l'Association
        d'aide aux victimes des accidents des médicaments (AAAVAM)" was read up to "aide")."""
        words = doc[cut:bracket]
        return (
            0 < len(words) <= GLOSS_WINDOW
            and words[0].pos_ == "ADP"
            and all(t.is_lower and (t.is_alpha or t.lower_ in self.joiners) for t in words)
            and not any(t.pos_ in ("VERB", "AUX") for t in words)
        )

    def defined_acronyms(
        self, doc: Doc, chosen: list[Candidate], common: set[str]
    ) -> list[Candidate]:
        """An acronym read in brackets after its name names the same body or firm wherever
        else the article writes it: "Aide et Secours international (ASI) … ASI intervient
        au Rwanda"; not after an indefinite or plural article ("des ASI")."""
        models = {
            c.span.text: c
            for c in chosen
            if c.label is not None and bracketed(c.span) and shapes.acronym(c.span.text)
        }
        if not models:
            return []
        taken = {i for c in chosen for i in range(c.span.start, c.span.end)}
        found = []
        for i in WordSet(models).positions(doc):
            span = doc[i : i + 1]
            if i in taken or span.text in common or self.common_noun(doc, span):
                continue
            model = models[span.text]
            found.append(
                Candidate(span, model.priority, model.label, model.source, model.entry, model.kind)
            )
        return found

    def headed_words(self, doc: Doc, end: int) -> bool:
        """Whether a body's or a firm's noun leads the lower-case words that end at `end`,
        or a name does ("l'Union pour la démocratie (UPLD)")."""
        j = end - 1
        # Elided joiners do not stop the walk: "le Groupe d'action financière (GAFI)".
        while (
            j >= 0
            and end - j <= GLOSS_WINDOW
            and doc[j].is_lower
            and (doc[j].is_alpha or doc[j].lower_ in self.joiners)
        ):
            word = fold(doc[j].text)
            if word in self.heads or word in self.cue_nouns:
                return True
            j -= 1
        return j >= 0 and shapes.capitalised(doc[j]) and not doc[j].is_sent_start

    def company_context(self, doc: Doc, c: Candidate) -> bool:
        """Whether the words around an ambiguous name ("Orange", "Total") make it the firm."""
        span = c.span
        before = doc[span.start - 1] if span.start > 0 else None
        cued = self.firm_words_around(doc, span)
        if c.entry is not None and c.entry.sector == PUBLISHING:
            # "le PDG de Perrin", "le rachat de Stock": a firm's governor is a cue too.
            cued = cued or self.firm_governor(span) is not None
            return self.publishers.vouches(doc, span, cued=cued)
        if cued or self.managed(span) or self.firm_governor(span) is not None:
            return True
        if (before is not None and before.pos_ in DETERMINERS) or len(span.text) == 1:
            return False
        overlapping = [e for e in entities(doc) if e.start < span.end and span.start < e.end]
        if any(e.start != span.start or e.end != span.end for e in overlapping):
            return False  # a word of a longer name: "Fox News", "Orange County"
        if span.end < len(doc) and doc[span.end].is_title and not overlapping:
            return False  # and one the stock model missed: "la saga Delta Force"
        labels = {e.label_ for e in overlapping}
        if labels & set(NOT_COMPANY_LABELS):
            return False
        if "ORG" in labels:
            return True
        # Capitalised mid-sentence, without an article, and not a place or a person to the
        # stock model: "qu'Amazon a déclaré", "l'affaire Elf".
        return not span[0].is_sent_start

    def managed(self, span: Span) -> bool:
        """Whether a name is governed by a noun of a firm's management, after its article:
        "la direction d'Orange a confirmé" (a town has a mayor; "en direction d'Orange" is
        the way there)."""
        head = span.root.head
        return (
            span.root.dep_ in GOVERNED_DEPS
            and head.pos_ == "NOUN"
            and head.lower_ in self.management_heads
            and any(c.dep_ == "det" and c.lower_ in self.definite for c in head.children)
        )

    def borne(self, doc: Doc, span: Span, surnames: set[str]) -> bool:
        """Whether a person of the article bears the name and no firm's word is around it:
        "Vincent Bolloré a parlé. … Bolloré a déclaré" (but "le groupe Bolloré")."""
        return span.text in surnames and not (
            self.firm_words_around(doc, span) or self.firm_governor(span) is not None
        )

    def firm_words_around(self, doc: Doc, span: Span) -> bool:
        """A company noun before the name, a legal form after it, or a leader's noun over
        it: "le groupe Bolloré", "Bolloré SE", "le patron de Bolloré"."""
        return (
            self.cue_before(doc, span.start) or self.suffix_after(doc, span.end) or self.led(span)
        )

    def firm_among_firms(self, c: Candidate, others: set[str]) -> bool:
        """ "Kering, le propriétaire de Gucci, et Hermès n'ont pas souhaité commenter": a
        listed firm's name that the stock model reads as a person's is the firm in an
        article that names other firms without doubt (not the god of "le dieu Hermès")."""
        span = c.span
        return (
            bool(others)
            and all(t.ent_type_ in PERSON_LABELS for t in span)
            and not span[0].is_sent_start
        )

    def firm_evidence(self, span: Span) -> bool:
        """Whether a stock ORG is a firm by a word of its name ("China Eastern Airlines"), by
        the trade that opens it ("Transports Mathieu") or by the word that governs it."""
        words = [fold(t.text) for t in span]
        # "Department of Energy", "Agence internationale de l'énergie": a body's head noun wins.
        if any(w in self.name_words for w in words) and not any(w in self.heads for w in words):
            return True
        # "les Transports Mathieu": a trade in the plural and the family's name.
        if len(words) > 1 and words[0] in self.trade_openers and shapes.capitalised(span[1]):
            return True
        if self.market_staff_of(span) and not any(w in self.heads for w in words):
            return True
        return self.firm_governor(span) is not None

    def market_staff_of(self, span: Span) -> bool:
        """ "an analyst at RBC Capital Markets", "analyste chez Bernstein": the employer of a
        market's staff (`MARKET_STAFF_NOUNS`), right after the noun and its preposition
        (read on the words: parsers hang the name on the verb as often)."""
        return self.staff_before(span.doc, span.start)

    def staff_before(self, doc: Doc, i: int) -> bool:
        """Whether a noun of market staff and its preposition stand right before token `i`:
        "analysts at" …, "analyste chez" …."""
        return (
            i >= 2
            and doc[i - 1].lower_ in self.staff_prepositions
            and doc[i - 2].lemma_.lower() in self.market_staff
        )

    def firm_governor(self, span: Span) -> Token | None:
        """The word that governs the name and governs only firms: "le PDG de X", "les
        actionnaires de X", "X a racheté", "X's shareholders"."""
        # Only a complement, an argument or, in English, the modifier of a noun of shares
        # ("Orange shares", "Gap CEO"; not "its US subsidiary", "a VBIED factory"): in "Son
        # PDG, Arthur Mensch" the name is the PDG.
        head = span.root.head
        if span.root.dep_ == "compound":
            return head if head.lemma_.lower() in self.compound_governors else None
        if span.root.dep_ not in GOVERNED_DEPS:
            return None
        if head.dep_ == "prep":  # English trees hang "of X" on the preposition
            if head.lower_ not in self.bare_complements:  # "its subsidiary in Jacksonville"
                return None
            head = head.head
        inside = span.start <= head.i < span.end
        # The subject of a noun is what the noun says: "M. Brandt est l'actionnaire d'EFI".
        described = span.root.dep_.startswith("nsubj") and head.pos_ != "VERB"
        firm = head.lemma_.lower() in self.governors and not described
        return head if firm and not inside else None

    def governed(self, doc: Doc) -> list[Candidate]:
        """Names the stock model reads as something else that a firm's word governs: "le PDG
        de Lesaffre" (read as a person), "Rivian acquired" (read as a nationality). A person
        needs a noun ("Bernard Arnault a racheté" is still a person), a place a noun that no
        place takes ("les actionnaires de Fives", but "l'usine de Lyon")."""
        found = []
        for ent in entities(doc):
            place = ent.label_ in PLACE_LABELS
            if ent.label_ not in MISREAD_LABELS and not place:
                continue
            led = ent.label_ in PERSON_LABELS and (self.led(ent) or self.firm_surname(ent))
            if not place and (self.workplace(ent) or led):
                found.append(Candidate(ent, NER, COMPANY, "context"))
                continue
            governor = self.firm_governor(ent)
            if governor is None or (ent.label_ in PERSON_LABELS and governor.pos_ != "NOUN"):
                continue
            if place and governor.lemma_.lower() not in self.owner_nouns:
                continue
            found.append(Candidate(ent, NER, COMPANY, "context"))
        return found

    def employers_of_market_staff(self, doc: Doc) -> list[Candidate]:
        """ "Analysts at Peel Hunt", "a senior economist at Zillow": the employer of market
        staff is a firm also where the stock model reads a person there, a nationality or
        nothing (a stock organisation is read by `firm_evidence`); not a place or a body
        named by its head noun ("an economist at the Peterson Institute")."""
        found = []
        for preposition in self.staff_preposition_words.positions(doc):
            if not (preposition + 1 < len(doc) and self.staff_before(doc, preposition + 1)):
                continue
            name = self.name_after(doc, preposition + 1)
            if name is None or any(t.ent_type_ and t.ent_type_ not in MISREAD_LABELS for t in name):
                continue
            if any(fold(t.text) in self.heads for t in name):
                continue
            found.append(Candidate(name, NER, COMPANY, "context"))
        return found

    def firm_surname(self, ent: Span) -> bool:
        """A "person" whose last word is a firm's ("Lumora Robotics", "Acme Therapeutics"):
        nobody is named Robotics; not a body's name ("Management Office")."""
        words = [fold(t.text) for t in ent]
        return (
            len(ent) > 1
            and words[-1] in self.name_words
            and not any(w in self.heads for w in words)
        )

    def led(self, span: Span) -> bool:
        """ "le dirigeant de Thomson", "l'ancien directeur juridique de Thomson": one word
        that a leader's or a staff member's noun governs is the firm (a person has no
        director; "le directeur de M. Dupont" keeps the title's person). English puts the
        firm before the noun too, with no article: "Bernstein analyst Toni Sacconaghi" (not
        "the Reading engineer", a place's)."""
        before = span.doc[span.start - 1] if span.start > 0 else None
        compound = span.root.dep_ == "compound" and (before is None or before.pos_ != "DET")
        if len(span) != 1 or not (compound or span.root.dep_ in GOVERNED_DEPS):
            return False
        head = span.root.head
        if head.dep_ == "prep":  # English trees hang "of X" on the preposition
            if head.lower_ not in self.leader_prepositions:
                return False  # "analysts at Macquarie", not "the director in Paris"
            head = head.head
        if before is not None and before.lower_ in self.honorifics:
            return False
        return head.pos_ == "NOUN" and head.lemma_.lower() in self.leader_nouns

    def workplace(self, ent: Span) -> bool:
        """ "Denise travaille chez Japy": a one-word name after "chez" that a verb of work
        governs is the employer (a person's full name is the person's home or shop)."""
        root = ent.root
        return (
            len(ent) == 1
            and root.head.pos_ == "VERB"
            and root.head.lemma_.lower() in self.workplace_verbs
            and any(
                c.dep_ == "case" and c.lower_ in self.workplace_prepositions for c in root.children
            )
        )

    def cue_before(self, doc: Doc, start: int) -> bool:
        return _ends_with(self.cues, doc, start)

    def suffix_after(self, doc: Doc, end: int) -> bool:
        return end < len(doc) and doc[end].text in self.suffixes

    # Document-level consistency -----------------------------------------------------------

    def harmonise(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """One surface form, one label: the best-evidenced reading of a form wins, and a
        company confirmed once is a company wherever its form appears again; so is an
        organisation named in several words ("Northfleet Cement said", where the stock model
        reads a person), not one of a word alone (often a place or a person elsewhere)."""
        best: dict[str, Candidate] = {}
        for c in chosen:
            key = fold(c.span.text)
            # On equal trust, the company reading wins: a firm confirmed once is a firm.
            rank = (c.priority, c.label == COMPANY)
            if key not in best or rank > (best[key].priority, best[key].label == COMPANY):
                best[key] = c
        for c in chosen:
            model = best[fold(c.span.text)]
            c.label, c.kind, c.entry, c.source = model.label, model.kind, model.entry, model.source
        taken = {i for c in chosen for i in range(c.span.start, c.span.end)}
        # the forms confirmed once, which name the same company or body at every mention
        confirmed = {fold(c.span.text): c for c in chosen if c.label == COMPANY}
        confirmed |= {
            fold(c.span.text): c
            for c in chosen
            if c.label == ORGANIZATION
            and c.kind not in NOT_BODY_KINDS
            and len(c.span) > 1
            and fold(c.span.text) not in confirmed
        }
        if confirmed:
            matcher = PhraseMatcher(doc.vocab, attr="LOWER")
            # a Doc of the words alone: `as_doc` copies every attribute, the matcher reads
            # the lower-case form only
            forms = [Doc(doc.vocab, words=[t.text for t in c.span]) for c in confirmed.values()]
            matcher.add("seen", forms)
            for _, start, end in matcher(doc):
                span = doc[start:end]
                model = confirmed.get(fold(span.text))
                free = not taken & set(range(start, end)) and not shapes.in_person_name(span)
                # "M. Berlusconi" is the man, wherever "le cabinet Berlusconi" made a firm.
                titled = start > 0 and doc[start - 1].lower_ in self.honorifics
                cased = model is not None and self.cased_as(span, model.span)
                if model and shapes.capitalised(span[0]) and free and cased and not titled:
                    chosen.append(
                        Candidate(
                            span,
                            model.priority,
                            model.label,
                            model.source,
                            model.entry,
                            kind=model.kind,
                        )
                    )
                    taken.update(range(start, end))
        return chosen

    def cased_as(self, span: Span, model: Span) -> bool:
        """Whether another mention of a company is written as a name as its model is: in a
        language that capitalises every word of a name, "American airlines" is no mention
        of "American Airlines"."""
        if not self.cased_name_words or len(span) < 2:
            return True
        last, model_last = span.text.split()[-1], model.text.split()[-1]
        return written_as_name(last) or not written_as_name(model_last)

    # Names --------------------------------------------------------------------------------

    def name_companies(self, companies: list[Candidate]) -> None:
        """The gazetteer's name, else that of the one listed company of the article whose
        name it begins ("the CEO of Blueprint" after the listed "Blueprint Medicines"), else
        the fullest capitalised form in the article."""
        fullest = fullest_forms([c.span.text for c in companies if c.entry is None])
        listed = [c for c in companies if c.entry is not None]
        for c in companies:
            entry = c.entry or shortened_entry(c.span.text, listed)
            c.values = {
                "name": entry.name if entry else self.without_legal_form(fullest[c.span.text]),
                "source": c.source,
                "isin": entry.isin if entry else None,
                "wikipedia": entry.wikipedia if entry else None,
                "parent": c.parent,
                "anaphor": False,
            }
        self.pair_acronyms(companies)

    def without_legal_form(self, form: str) -> str:
        """A company's name without the legal form it was written with: "Ansys Inc." is
        Ansys, "Onex Corp" Onex (as the gazetteer's names are)."""
        words = form.split()
        while len(words) > 1 and words[-1].strip(",") in self.legal_forms:
            words.pop()
        return shapes.undotted(" ".join(words).rstrip(","))

    def name_organizations(self, organizations: list[Candidate]) -> None:
        """The list's name, else the fullest capitalised form in the article, listed or not:
        "le président de l'Autorité" after "l'Autorité de la concurrence" is that body."""
        by_form = {c.span.text: c for c in sorted(organizations, key=lambda c: c.entry is None)}
        fullest = fullest_forms(list(by_form))
        for c in organizations:
            longer = by_form[fullest[c.span.text]]
            if c.entry is not None:
                name = c.entry.name
            elif longer.entry is not None:
                name, c.kind = longer.entry.name, longer.kind
            else:
                name = shapes.undotted(fullest[c.span.text])  # "S.N.I." and "SNI": one name
            c.values = {"name": name, "kind": c.kind or "other"}
        self.refer_back_to_hosts(organizations)
        self.pair_acronyms(organizations)

    def refer_back_to_hosts(self, organizations: list[Candidate]) -> None:
        """A body's head noun alone is the body named before whose name holds it: "the
        Commission" after "the Federal Trade Commission" is the FTC, though "Commission"
        alone is listed as the European Commission's (a name of its own, "UNSA" after
        "UNSA-Éducation", is left alone)."""
        for c in organizations:
            word = fold(c.span.text)
            if len(c.span) != 1 or word not in self.heads:
                continue
            host = next(
                (
                    o
                    for o in reversed(organizations)
                    if len(o.span) > 1
                    and o.span.end <= c.span.start
                    and word in {fold(w.text) for w in o.span}
                ),
                None,
            )
            if host is not None:
                c.values = dict(host.values)
                c.kind = host.kind

    def pair_acronyms(self, named: list[Candidate]) -> None:
        """A body or a firm spelled out beside its acronym in brackets is one, in the whole
        article: "le comité des médicaments à usage humain (CHMP) … le CHMP", "l'IPN
        (Institut de la mémoire nationale)", and the name in its own language that follows
        the acronym: "le Parti social-démocrate tchèque (ČSSD, Česká strana sociálně
        demokratická)". It takes the listed name if a form is listed, else the first one
        paired, else the spelled-out one, and (a body) the kind its head noun or the list
        gives."""
        if not named:
            return
        paired: dict[str, dict] = {}
        for long, short in bracket_pairs(named):
            forms = (long, short)
            listed = [c for c in forms if c.entry is not None]
            known = [paired[c.span.text] for c in forms if c.span.text in paired]
            values = dict(listed[0].values if listed else known[0] if known else long.values)
            if "kind" in values:
                kinds = [values["kind"], long.values["kind"], short.values["kind"]]
                values["kind"] = next((k for k in kinds if k != "other"), "other")
            for c in forms:
                paired[c.span.text] = values
                c.values = dict(values)
        for c in named:
            if c.span.text in paired:
                c.values = dict(paired[c.span.text])

    # Anaphora and parents -----------------------------------------------------------------

    def anaphora(self, doc: Doc, companies: list[Candidate]) -> list[Candidate]:
        """Descriptors name their company; "l'entreprise" refers to the company named in
        the sentence or the one before, when only one company is named there."""
        found = []
        by_name = {c.values["name"]: c for c in companies}
        taken = {i for c in companies for i in range(c.span.start, c.span.end)}
        for start, end, name in self.described(doc):
            entry = self.companies.by_name.get(name)
            model = by_name.get(name)
            if taken & set(range(start, end)) or (entry is None and model is None):
                continue
            values = dict(model.values) if model else _entry_values(entry)
            values.update(anaphor=True, source=values.get("source") or "gazetteer")
            found.append(Candidate(doc[start:end], CUE, COMPANY, values=values))
            taken.update(range(start, end))
        for _, start, end in self.anaphors(doc):
            if taken & set(range(start, end)) or self.specific(doc, end):
                continue
            antecedents = {
                c.values["name"]: c
                for c in companies
                if c.span.end <= start and shapes.sentences_apart(doc, c.span.start, start) <= 1
            }
            if len(antecedents) == 1:
                values = dict(next(iter(antecedents.values())).values)
                values["anaphor"] = True
                found.append(Candidate(doc[start:end], CUE, COMPANY, values=values))
        return found

    def described(self, doc: Doc) -> list[tuple[int, int, str]]:
        """The descriptors of the article with the company each names: with their article
        ("la firme de Cupertino") or after a contraction that holds it ("du géant de
        Redmond"), not after another determiner or an adjective ("son tout nouveau moteur
        de recherche", "un moteur de recherche": any search engine)."""
        found = []
        for _, start, end in self.descriptors(doc):
            before = doc[start - 1] if start > 0 else None
            form = fold(doc[start:end].text)
            bare = form not in self.listed_descriptors
            determined = before is not None and before.pos_ in ("DET", "ADJ")
            if bare and determined and before.lower_ not in self.descriptor_contractions:
                continue
            found.append((start, end, self.descriptor_names[form]))
        return found

    def specific(self, doc: Doc, end: int) -> bool:
        """Whether the noun phrase goes on to name or qualify another firm: "la société
        Lactalis", "l'entreprise de transport", "the company's rivals"."""
        if end >= len(doc):
            return False
        after = doc[end]
        if shapes.capitalised(after) or after.pos_ == "ADJ" or after.text in ("'s", "’s"):
            return True
        following = doc[end + 1] if end + 1 < len(doc) else None
        return after.lower_ in self.joiners and following is not None and following.pos_ == "NOUN"

    def link_parents(self, doc: Doc, companies: list[Candidate]) -> None:
        """ "Alphabet, maison mère de Google": Google's parent is Alphabet."""
        at = {c.span.start: c for c in companies if not c.values["anaphor"]}
        ending = {c.span.end: c for c in companies if not c.values["anaphor"]}
        for matcher, parent_first in ((self.parent_of, True), (self.subsidiary_of, False)):
            for _, start, end in matcher(doc):
                left = _company_before(ending, doc, start)
                right = _company_after(at, doc, end)
                if left is None or right is None:
                    continue
                parent, child = (left, right) if parent_first else (right, left)
                name = parent.values["name"]
                for c in companies:
                    if c.values["name"] == child.values["name"]:
                        c.values["parent"] = name


def _union_at_firm(span: Span, inner: Candidate, listed: list[Candidate]) -> bool:
    """Whether a name is a listed union's and, after it, a listed firm's: the union's
    section at the firm, which names both ("le syndicat CFE-CGC de Naval Group")."""
    return inner.kind == "trade_union" and any(
        c.label == COMPANY and inner.span.end < c.span.start and c.span.end <= span.end
        for c in listed
    )


def choose(
    candidates: list[Candidate],
    words: OverlapWords,
) -> list[Candidate]:
    """Non-overlapping candidates: the most trusted first, then the longest. A name that
    contains a listed one is the fuller name of it ("groupe Thales"), or, when a foreign
    adjective follows the listed words, of another body ("Parti communiste chinois"); a
    purpose in lower case after the listed words is no part of a name ("donner décharge à
    la Commission pour l'exécution du budget"); a listed name in the complement is the body
    the name's organ belongs to ("Security Council of the United Nations" is no fuller name
    of the United Nations)."""
    listed = [c for c in candidates if c.priority == GAZETTEER]
    _through_listed(candidates, listed)
    shadowed: set[int] = set()
    _named_before_listed(candidates, listed, words, shadowed)
    # A head's name that the stock entity reads on first: its fuller name, below, is the
    # stock entity's.
    _stock_bounds(candidates, shadowed)
    for c in candidates:
        if id(c) in shadowed:
            continue
        inners = [i for i in listed if shapes.contains(c.span, i.span) and i.label == c.label]
        if not inners or c.priority not in (HEAD, CUE) or _within_listed(c, listed):
            continue
        # A body named after a listed one in its complement is another body, under its own
        # name, unless it is of the listed one's kind ("Department of the Treasury", "le
        # ministère de l'Éducation nationale"): an organ ("Security Council of the United
        # Nations"; `nested_bodies` names the United Nations too), "le Parti du Congrès".
        # A firm's house is the firm ("les éditions du Seuil").
        body = c.label == ORGANIZATION
        inner = next(
            (i for i in inners if not (body and _complement_start(c.span, i.span, words))), None
        )
        if inner is None:
            inner = inners[0]
            if _organ_of(c.span, inner.span, words) or (c.kind and c.kind != inner.kind):
                c.priority = GAZETTEER + 1
                continue
        if _foreign(c.span, inner.span, words) or (body and _qualified(c.span, inner.span, words)):
            shadowed.add(id(inner))
            continue
        if _union_at_firm(c.span, inner, listed):
            shadowed.add(id(c))
            continue
        if _purpose(c.span, inner.span, words.purposes):
            shadowed.add(id(c))
            continue
        # "Groupe Thales", "Novartis Europharm Limited": the fuller name of a listed one, of
        # its kind.
        c.priority, c.entry, c.source = GAZETTEER + 1, inner.entry, inner.source
        c.kind = inner.kind or c.kind
    candidates = [c for c in candidates if id(c) not in shadowed]
    # On a tie, the language's organisation list wins over the shared company list: "le
    # Nasdaq" is the index before it is Nasdaq, Inc.
    ranked = sorted(
        candidates,
        key=lambda c: (-c.priority, -len(c.span), c.label != ORGANIZATION, c.span.start),
    )
    taken: set[int] = set()
    chosen = []
    for c in ranked:
        tokens = set(range(c.span.start, c.span.end))
        if not tokens & taken:
            chosen.append(c)
            taken |= tokens
    return sorted(chosen, key=lambda c: c.span.start)


def _named_before_listed(
    candidates: list[Candidate], listed: list[Candidate], words: OverlapWords, shadowed: set[int]
) -> None:
    """A stock organisation that ends with a listed name of several words and opens with
    proper nouns of its own is another body, whose name ends like the listed one's: "the
    Central Bank of Ireland" (not Bank of Ireland), "Il Corriere della Sera". No common
    noun ("Numéro UE" is a heading's word before the Union), no country."""
    for c in candidates:
        if c.priority != NER or c.label is not None:
            continue
        start = next((t.i for t in c.span if t.pos_ != "DET"), c.span.start)
        for inner in listed:
            # a one-word firm is too often a word of a person's or a nation's: "Paris
            # Hilton", "the American Comcast"
            if len(inner.span) < 2 or not (
                start < inner.span.start and inner.span.end == c.span.end
            ):
                continue
            before = c.span.doc[start : inner.span.start]
            if all(
                t.pos_ == "PROPN" and shapes.capitalised(t) and fold(t.text) not in words.countries
                for t in before
            ):
                shadowed.add(id(inner))


def _through_listed(candidates: list[Candidate], listed: list[Candidate]) -> None:
    """A name read from its head or cue does not end inside a listed name: "Conseil de
    Sécurité de l'Organisation des Nations unies" runs on to the end of the listed
    "Organisation des Nations unies" (the tagger reads "unies" as a verb)."""
    for c in candidates:
        if c.priority not in (HEAD, CUE):
            continue
        end = max(
            (i.span.end for i in listed if c.span.start < i.span.start < c.span.end < i.span.end),
            default=c.span.end,
        )
        c.span = c.span.doc[c.span.start : end]


def _within_listed(c: Candidate, listed: list[Candidate]) -> bool:
    """A listed name of the same label covers the candidate: it is that name, not a fuller
    name of a listed one inside it ("the Federal Trade Commission" is the FTC, not the
    European Commission)."""
    return any(
        i.label == c.label and i.span.start <= c.span.start and c.span.end <= i.span.end
        for i in listed
    )


def _stock_bounds(candidates: list[Candidate], shadowed: set[int]) -> None:
    """Where the stock model's organisation begins with a head noun's name and reads on
    over more words of a name, with no verb, possessive or punctuation among them, its end
    is the name's: "Ligue de hockey junior majeur du Québec", "Commission baleinière
    internationale", "l'association Citizens for a Free Kuwait" (not "the University of
    Mostar's", nor a body's organ: "la Cour arbitrale du comité national olympique"). The
    body keeps the head's kind."""
    heads = [c for c in candidates if c.priority == HEAD and c.label == ORGANIZATION]
    for c in candidates:
        if c.priority != NER or c.label is not None:
            continue
        for head in heads:
            if not (head.span.start == c.span.start and shapes.contains(c.span, head.span)):
                continue
            extra = c.span[len(head.span) :]
            if any(t.pos_ in ("VERB", "AUX", "PART") or t.is_punct for t in extra):
                continue
            # "la Cour arbitrale du comité national olympique": an organ of another body.
            if any(head.span.end <= h.span.start < c.span.end for h in heads):
                continue
            c.priority, c.label, c.kind = HEAD, ORGANIZATION, head.kind
            shadowed.add(id(head))
            break


def _complement_start(outer: Span, inner: Span, words: OverlapWords) -> int | None:
    """Where the complement opens, when a name inside another stands in it: after "de",
    "of" and an article ("Conseil de sécurité de l'ONU": the ONU)."""
    doc, i = outer.doc, inner.start - 1
    while i > outer.start and doc[i].pos_ == "DET":
        i -= 1
    return i if i > outer.start and doc[i].lower_ in words.complements else None


def _organ_of(outer: Span, inner: Span, words: OverlapWords) -> bool:
    """Whether a name inside another stands in its complement, after an organ's head:
    "Conseil de sécurité de l'ONU" is an organ of the ONU, "Security Council of the United
    Nations" of the United Nations (but "Department of the Treasury" is the Treasury)."""
    i = _complement_start(outer, inner, words)
    return i is not None and any(t.lower_ in words.organ_heads for t in outer.doc[outer.start : i])


def _foreign(outer: Span, inner: Span, words: OverlapWords) -> bool:
    """Whether an adjective or a country's complement right after the listed words makes
    them another country's body ("Parti communiste chinois", "le ministère de l'Intérieur du
    Liban"; not "Conseil de sécurité de l'Organisation des Nations unies", whose adjective
    belongs to another listed name)."""
    if inner.end >= outer.end:
        return False
    doc = outer.doc
    word = doc[inner.end]
    if word.pos_ == "ADJ" and word.is_lower:
        return word.lower_ not in words.home_adjectives
    if word.lower_ not in words.complements:
        return False
    start = inner.end
    while start < outer.end and (
        doc[start].lower_ in words.complements or doc[start].pos_ == "DET"
    ):
        start += 1
    # A country's name, not any place ("le Conseil de sécurité des Nations unies", which
    # the stock model may read as a place, is the listed body).
    place = doc[start : outer.end].text
    return fold(place) in words.countries and place not in words.home_places


def _qualified(outer: Span, inner: Span, words: OverlapWords) -> bool:
    """Whether lower-case words right after a listed body's name make it another body's:
    a noun ("la Commission baleinière internationale") or a complement in lower case
    ("l'Union européenne de radio-télévision"), where a complement of the listed body's own
    is a name ("le Conseil de sécurité de l'ONU"). A listed word that a list gives one body
    ("Commission", "Communauté") followed by a proper name is another body named after
    it: "la Commission Warren", "la Communauté Emmaüs" (an acronym modifies the name
    after it: "the UN Security Council" is the UN's)."""
    doc, i = outer.doc, inner.end
    if i >= outer.end:
        return False
    if (
        len(inner) == 1
        and inner[0].is_title
        and doc[i].pos_ == "PROPN"
        and shapes.capitalised(doc[i])
    ):
        return True
    if doc[i].lower_ in words.complements:
        i += 1
        while i < outer.end and doc[i].pos_ == "DET":
            i += 1
    word = doc[i] if i < outer.end else None
    return (
        word is not None
        and word.is_lower
        and word.pos_ in ("NOUN", "ADJ")
        and word.lower_ not in words.home_adjectives  # "le Conseil d'État français"
    )


def _purpose(outer: Span, inner: Span, purposes: frozenset[str]) -> bool:
    """Whether the words after the listed ones are a purpose in lower case: "pour
    l'exécution du budget" (a name's own complement is capitalised: "Union pour la
    Méditerranée", or listed whole)."""
    doc = outer.doc
    if inner.end >= outer.end or doc[inner.end].lower_ not in purposes:
        return False
    i = inner.end + 1
    while i < outer.end and doc[i].pos_ == "DET":
        i += 1
    return i < outer.end and doc[i].is_lower


def bracket_pairs(named: list[Candidate]) -> Iterator[tuple[Candidate, Candidate]]:
    """(spelled-out, short) forms of one name that a bracket or a comma inside one joins:
    "comité des médicaments (CHMP)"; "IPN (Institut de la mémoire nationale)" (the same
    first letter); "(PvdA, Partij van de Arbeid)" (the initials spell the short form).
    Not "Airbus (EADS)": a short form before its bracket must begin as the name in it; nor
    "Covéa (MAAF, MMA, GMF)": an acronym before a comma and another acronym is one of a
    list."""
    doc = named[0].span.doc
    at = {c.span.start: c for c in named}
    for c in sorted(named, key=lambda c: c.span.start):
        end = c.span.end
        if end + 1 >= len(doc) or doc[end].text not in ("(", ","):
            continue
        after = at.get(end + 1)
        if after is None or after.span.end >= len(doc):
            continue
        if doc[after.span.end].text not in (")", ",", ";"):
            continue
        opened = doc[end].text == "("
        if opened and len(after.span) == 1 and shapes.acronym(after.span.text):
            # "le comité des médicaments à usage humain (CHMP)", "(UBP, Ulusal Birlik
            # Partisi)"; not a list of acronyms: "le groupe Covéa (MAAF, MMA, GMF)"
            following = at.get(after.span.end + 1)
            listed = following is not None and shapes.acronym(following.span.text)
            if doc[after.span.end].text == ")" or not listed:
                yield c, after
        elif len(c.span) == 1 and len(after.span) > 1:
            first = opened and fold(c.span.text)[:1] == initials(after.span)[:1]
            if first or spelled(c.span.text, after.span):
                yield after, c  # "IPN (Institut …)", "(ČSSD, Česká strana …)"
        elif len(after.span) == 1 and spelled(after.span.text, c.span):
            yield c, after


def named_start(span: Span) -> int:
    """Where a span's first word that is not in lower case stands (its start if none)."""
    return next((t.i for t in span if not t.is_lower), span.start)


def bracketed(span: Span) -> bool:
    """Whether a span stands alone in brackets: "(ASI)"."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc):
        return False
    return doc[span.start - 1].text == "(" and doc[span.end].text == ")"


def initials(span: Span) -> str:
    """The folded first letters of a name's words: "Partij van de Arbeid" → "pvda"."""
    return "".join(fold(t.text)[:1] for t in span if t.is_alpha)


def spelled(short: str, span: Span) -> bool:
    """Whether the initials of `span` spell `short`: "ČSSD", "Česká strana sociálně
    demokratická"."""
    return len(short) > 1 and fold(short) == initials(span)


def _ends_with(matcher: PhraseMatcher, doc: Doc, start: int) -> bool:
    """Whether a phrase of `matcher` ends right before token `start` (three words back)."""
    before = doc[max(0, start - 3) : start].as_doc()
    return any(end == len(before) for _, _, end in matcher(before))


def fullest_forms(forms: list[str]) -> dict[str, str]:
    """Each form's fullest variant in the list: a form whose words begin a longer form
    takes the longer one ("Lactalis" -> "Lactalis Nestlé Produits Frais")."""
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))  # not set order
    fullest = {}
    for form in ordered:
        words = fold_words(form)
        fullest[form] = next(
            (longer for longer in ordered if fold_words(longer)[: len(words)] == words), form
        )
    return fullest


def fold_words(form: str) -> list[str]:
    return [fold(w) for w in form.split()]


def companies_begun_by(form: str, companies: list[Candidate]) -> list[Candidate]:
    """The companies, one a name (the last mention of each), whose name as the article
    writes it begins with the words of `form` and is longer: "Blueprint" begins "Blueprint
    Medicines"; "Deutsche" begins Deutsche Bank and Deutsche Telekom."""
    words = fold_words(form)
    found: dict[str, Candidate] = {}
    for c in companies:
        theirs = fold_words(c.span.text)
        if len(theirs) > len(words) and theirs[: len(words)] == words:
            found[c.entry.name if c.entry else fold(c.span.text)] = c
    return list(found.values())


def shortened_entry(form: str, listed: list[Candidate]) -> Entry | None:
    """The entry of the one listed company whose name begins with the words of `form`
    ("Blueprint" in "Blueprint Medicines"); none when they begin two companies' names."""
    begun = companies_begun_by(form, [c for c in listed if c.entry is not None])
    return begun[0].entry if len(begun) == 1 else None


def _phrases(nlp: Language, phrases) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("phrase", list(nlp.tokenizer.pipe(list(phrases))))
    return matcher


def _without_title_article(name: str, articles: tuple[str, ...]) -> str | None:
    """The name without the article it begins with ("Le Monde" → "Monde"), if it does."""
    for article in articles:
        rest = name[len(article) :].lstrip()
        if (
            name.startswith(article)
            and rest
            and (article.endswith("'") or name[len(article)] == " ")
        ):
            return rest
    return None


def _entry_values(entry: Entry) -> dict:
    return {
        "name": entry.name,
        "source": "gazetteer",
        "isin": entry.isin,
        "wikipedia": entry.wikipedia,
        "parent": None,
    }


def _company_before(ending: dict[int, Candidate], doc: Doc, start: int) -> Candidate | None:
    """The company that ends right before `start`, past a comma or an article."""
    for gap in range(0, 3):
        c = ending.get(start - gap)
        if c is not None and all(t.is_punct or t.pos_ == "DET" for t in doc[start - gap : start]):
            return c
    return None


def _company_after(at: dict[int, Candidate], doc: Doc, end: int) -> Candidate | None:
    """The company that begins right after `end`, past a preposition or an article."""
    for gap in range(0, 3):
        c = at.get(end + gap)
        if c is not None and all(t.pos_ in ("ADP", "DET") for t in doc[end : end + gap]):
            return c
    return None
