"""Places that stand for a body, which the stock model reads as places:

- a state that decides, speaks or acts as only a state does ("La France a dénoncé", "Pékin
  veut interdire", "la ratification par la France"): a government;
- a town or a country that plays a match ("Nancy a battu Metz 2-1", "un match amical contre
  la Zambie"): its team;
- a team named by its nickname and its town after a plural article ("les Pirates de
  Pittsburgh", "les Canadiens de Montréal"), or after a singular one where the stock model
  reads the nickname as a name ("le Lightning de Tampa Bay");
- a club abroad named by a club's acronym or word and its town ("le RNK Split",
  "l'Eintracht Francfort").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from . import name_shapes as shapes
from .article_memo import entities, remembered
from .name_shapes import PERSON_LABELS, PLACE_LABELS, SCORE_DASHES
from .word_positions import WordSet, WordTest

if TYPE_CHECKING:
    from .companies import CompanyFinder

# The stock label of a team's whole name read as one ("les Blue Jays de Toronto"), or of
# its nickname ("le Lightning" + "de Tampa Bay").
TEAM_LABELS = ("MISC",)
# A match's score: "36-32", "6 - 2", "70–61" (not a span of years: "1999-2000").
SCORE = re.compile(r"(?<![\d,.])\d{1,3} ?[-–] ?\d{1,3}(?!\d|[,.]\d)")


class PlaceBodies:
    """Finds the places that stand for a government or a team, and teams' names."""

    def __init__(self, finder: CompanyFinder, data):
        """finder: the company finder whose joiners, complements, conjunctions and event
        test are read. data: the language data module."""
        self.finder = finder
        self.plural_articles = frozenset(data.PLURAL_ARTICLES)
        self.singular_articles = frozenset(data.TEAM_SINGULAR_ARTICLES)
        self.team_heads = frozenset(data.TEAM_HEADS)
        self.club_acronyms = frozenset(data.CLUB_ACRONYMS)
        self.club_words = frozenset(data.CLUB_WORDS)
        self.decision_verbs = frozenset(data.DECISION_VERBS)
        self.state_objects = frozenset(data.STATE_OBJECTS)
        self.decision_phrases = frozenset(data.DECISION_PHRASES)
        self.state_acts = frozenset(data.STATE_ACT_NOUNS)
        self.agent_prepositions = frozenset(data.AGENT_PREPOSITIONS)
        self.stance_words = frozenset(data.STANCE_WORDS)
        self.addressee_prepositions = frozenset(data.ADDRESSEE_PREPOSITIONS)
        self.state_measures = frozenset(data.STATE_MEASURE_NOUNS)
        self.recipient_prepositions = frozenset(data.RECIPIENT_PREPOSITIONS)
        self.locution_prepositions = frozenset(data.LOCUTION_PREPOSITIONS)
        self.locative_prepositions = frozenset(data.LOCATIVE_PREPOSITIONS)
        self.member_nouns = frozenset(data.MEMBER_NOUNS)
        self.list_brackets = dict(data.MEMBER_LIST_BRACKETS)
        self.attempt_verbs = frozenset(data.ATTEMPT_VERBS)
        self.match_verbs = frozenset(data.MATCH_VERBS)
        self.match_nouns = frozenset(data.MATCH_NOUNS)
        self.match_noun_words = WordTest(self.match_noun, LEMMA)
        self.team_words = frozenset(data.TEAM_WORDS)
        # A score holds digits: only sentences with a word of digits need its pattern.
        self.digit_words = WordTest(_has_digit)
        self.match_prepositions = frozenset(data.MATCH_PREPOSITIONS)
        self.match_locution_nouns = frozenset(data.MATCH_LOCUTION_NOUNS)
        self.match_locution_cases = frozenset(data.MATCH_LOCUTION_CASES)
        self.council_words = WordSet(data.COUNCIL_WORDS)
        self.council_articles = frozenset(data.COUNCIL_ARTICLES)
        self.seated_council_words = WordSet(data.SEATED_COUNCIL_WORDS)
        self.seat_prepositions = frozenset(data.SEAT_PREPOSITIONS)
        self.venue_words = frozenset(data.VENUE_WORDS)
        self.score_words = frozenset(data.SCORE_WORDS)
        self.club_sport_words = WordSet(data.CLUB_SPORT_WORDS)
        self.sport_compounds = frozenset(data.SPORT_COMPOUNDS)
        self.sponsor_team_heads = WordSet(data.SPONSOR_TEAM_HEADS)
        self.range_words = frozenset(data.SCORE_RANGE_WORDS)
        self.state_noun_adjectives = frozenset(data.STATE_NOUN_ADJECTIVES)
        self.state_noun_prepositions = frozenset(data.STATE_NOUN_PREPOSITIONS)

    def teams(self, doc: Doc) -> list[Span]:
        """ "les Pirates de Pittsburgh", "les Canadiens de Montréal": a plural article, a
        capitalised name, "de" and a place name a team or a local body. Where the stock
        model reads the name as a place of its own ("Phillies" + "Philadelphie") or the
        whole as one name (`team_place`), the sentence must tell of sport ("aux Moluques
        du Nord" is a place, "aux Jeux du Canada" an event)."""
        found = []
        for ent in entities(doc):
            bounds = self.team_place(ent)
            if bounds is None:
                continue
            first, end = bounds
            # The stock model may put the "de la" in the place: "des Rapides" + "de la Meuse".
            while first < end - 1 and doc[first].lower_ in self.finder.joiners:
                first += 1
            i = first - 1
            while i > 0 and doc[i].pos_ == "DET" and doc[i].lower_ in self.finder.joiners:
                i -= 1
            if i <= 0 or doc[i].lower_ not in self.finder.complements:
                continue
            start = i
            while start > 0 and doc[start - 1].is_title and self.team_word(doc[start - 1], first):
                start -= 1
            if start == i or start == 0:
                continue
            article = doc[start - 1].lower_
            team = doc[start:end]
            nickname = doc[start:i]
            if nickname[0].lower_ in self.team_heads:
                continue  # "l'Équipe d'Italie de hockey": a national team (LowerCaseBodies)
            if article in self.plural_articles:
                read = any(t.ent_type_ for t in nickname)
            elif article in self.singular_articles:
                # "le Lightning de Tampa Bay": after a singular article, only a nickname the
                # stock model reads as a name (not "le Prince de Galles", a title)
                read = all(t.ent_type_ in TEAM_LABELS for t in nickname)
                if not read:
                    continue
            else:
                continue
            if read and (self.finder.event(team) or not self.sport_sentence(team)):
                continue
            found.append(team)
        return found

    def acronym_clubs(self, doc: Doc) -> list[Span]:
        """ "le SLUC Nancy a chuté à Saint-Quentin (84-80)": an acronym and a town that the
        stock model reads as one place name a club, in a sentence that tells of sport (a
        zone or a road is named so elsewhere: "la ZAC Saint-Jean"), unless a venue's word is
        in it ("le BC Place Stadium", `VENUE_WORDS`)."""
        found = []
        for ent in entities(doc):
            if ent.label_ not in PLACE_LABELS:
                continue
            place = shapes.trimmed(ent)
            if len(place) < 2 or not shapes.acronym(place[0].text) or place[0].is_sent_start:
                continue
            if any(t.lower_ in self.venue_words for t in place):
                continue  # a ground: "au BC Place Stadium"
            named = all(shapes.capitalised(t) or shapes.hyphen_joins(doc, t.i) for t in place[1:])
            if named and self.sport_sentence(place):
                found.append(place)
        return found

    def worded_clubs(self, doc: Doc) -> list[Span]:
        """ "le RNK Split", "l'Eintracht Francfort", "Toronto FC": a name the stock model
        reads as a place, a person's or another name, opened or closed by a club's acronym
        (`CLUB_ACRONYMS`, which the name may leave after it: "Toronto" + "FC"), or opened by
        a word of clubs' names (`CLUB_WORDS`: Eintracht, Zénith, Rapid...) in a sentence of
        sport (elsewhere "Vitesse" or "Real" are words). (A club named by its town's
        adjective, "le Stade rennais", is `ClubNames.demonym_clubs`'.)"""
        found = []
        for ent in entities(doc):
            if ent.label_ in shapes.NER_LABELS:
                continue  # a stock organisation is read as one already
            name = shapes.trimmed(ent)
            if not name:
                continue
            if name.end < len(doc) and doc[name.end].text in self.club_acronyms:
                name = doc[name.start : name.end + 1]
            if len(name) < 2 or not all(shapes.capitalised(t) or t.is_punct for t in name):
                continue
            # the acronym stands apart from a word: not "CD-ROM"
            acronym = (name[0].text in self.club_acronyms and name[1].is_alpha) or (
                name[-1].text in self.club_acronyms and name[-2].is_alpha
            )
            worded = name[0].text in self.club_words and self.sport_sentence(name)
            if acronym or worded:
                found.append(name)
        return found

    def sport_named_clubs(self, doc: Doc) -> list[Span]:
        """ "le Brest Bretagne Handball", "Chambray Touraine Handball": capitalised words
        closed by a team sport's name (`CLUB_SPORT_WORDS`) name a club, whatever the stock
        model reads them as; not when the run goes on ("Eagle Football Group") or the sport
        stands alone ("la Fédération française de Handball")."""
        found = []
        for i in self.club_sport_words.positions(doc):
            if i + 1 < len(doc) and shapes.capitalised(doc[i + 1]):
                continue  # the name goes on: "Eagle Football Group"
            start = shapes.capitalised_run_start(doc, i)
            while start < i and shapes.function_word(doc[start]):
                start += 1  # "Le Brest Bretagne Handball" at a sentence's start
            if start < i:
                found.append(doc[start : self.sport_end(doc, i)])
        return found

    def sport_end(self, doc: Doc, i: int) -> int:
        """The end of the sport's name at token `i`, past the second half of a compound the
        tokenizer splits at its hyphen: "Volley" + "-Ball" (`SPORT_COMPOUNDS`)."""
        joined = shapes.hyphen_joins(doc, i + 1)
        if joined and f"{doc[i].lower_}-{doc[i + 2].lower_}" in self.sport_compounds:
            return i + 3
        return i + 1

    def sponsor_teams(self, doc: Doc) -> list[Span]:
        """ "l'équipe Décathlon AG2R La Mondiale", "l'équipe UAE Team Emirates-XRG": the
        capitalised words right after a team's noun in lower case (`SPONSOR_TEAM_HEADS`),
        across hyphens and "&", name the team (cycling teams bear their sponsors' names);
        not a person's name ("l'équipe Macron", a leader's staff)."""
        found = []
        for i in self.sponsor_team_heads.positions(doc):
            start = end = i + 1
            if start >= len(doc) or doc[start].ent_type_ in PERSON_LABELS:
                continue
            while end < len(doc) and self.sponsor_word(doc, end, start):
                end += 1
            # one word is a firm's or a person's name more often ("l'équipe Macron")
            if end - start > 1 and shapes.capitalised(doc[start]):
                found.append(doc[start:end])
        return found

    @staticmethod
    def sponsor_word(doc: Doc, i: int, start: int) -> bool:
        """Whether token `i` goes on a sponsor-named team's name begun at `start`: a
        capitalised word or a code ("AG2R"), or a hyphen or "&" between two ("Emirates-XRG",
        "B&B")."""
        token = doc[i]
        if token.is_sent_start and i > start:
            return False
        if token.text in ("-", "&"):
            return i > start and i + 1 < len(doc) and shapes.capitalised(doc[i + 1])
        return shapes.capitalised(token) and not token.is_punct

    def team_place(self, ent: Span) -> tuple[int, int] | None:
        """Where the place of a team's name may begin and ends in a stock entity: a place's
        own bounds or, in a name read whole after a plural article ("les Blue Jays de
        Toronto", MISC; "les Orioles de Baltimore", LOC), the words after its first "de",
        up to the next ("les Screaming Eagles du Cap-Breton de la Ligue de hockey …": the
        team ends where its league begins)."""
        joins = [t.i for t in ent[1:-1] if t.lower_ in self.finder.complements]
        if ent.label_ in PLACE_LABELS:
            before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if not joins or before not in self.plural_articles:
                return ent.start, self.before_score(ent)
        elif ent.label_ not in TEAM_LABELS or not joins:
            return None
        return joins[0] + 1, joins[1] if len(joins) > 1 else ent.end

    def before_score(self, place: Span) -> int:
        """Where a place ends before the score told in words that the stock model runs it
        into: "le Lightning de Tampa Bay 4 à 2" ("Tampa Bay 4", LOC)."""
        last = place.end - 1
        if len(place) > 1 and self.spelled_score(place.doc, last):
            return last
        return place.end

    def spelled_score(self, doc: Doc, i: int) -> bool:
        """Whether token `i` opens a score told in words ("4 à 2"; not "de 3 à 5 ans")."""
        return shapes.spelled_score(doc, i, self.score_words, self.range_words)

    @staticmethod
    def team_word(token: Token, place: int) -> bool:
        """A word of a team's name before "de" and its place (which begins at token
        `place`): outside any stock name, in the same one as the place, or in a name of
        its own that is no person's."""
        if not token.ent_type_:
            return True
        bounds = shapes.entity_bounds(token.doc, token.i)
        if bounds[1] > place:
            return True  # one name with the place: "les Blue Jays de Toronto"
        return token.ent_type_ not in PERSON_LABELS

    def sport_sentence(self, name: Span) -> bool:
        """Whether the sentence of a name tells of sport: a match (`match_sentence`) or a
        word of a team's life (`TEAM_WORDS`: saison, repêcher, entraîneur, ...) outside the
        name ("l'émission du Joueur du Grenier" tells of none)."""
        sent = name.sent
        return self.match_sentence(sent) or any(
            t.lemma_.lower() in self.team_words
            and t.ent_type_ not in PLACE_LABELS
            and not name.start <= t.i < name.end
            for t in sent
        )

    def governing_places(self, doc: Doc) -> list[Span]:
        """A place that speaks, decides or acts as only a state does stands for its
        government (a metonymy the stock model reads as a place): "La France a dénoncé",
        "Pékin veut interdire", "l'Irak n'a pas respecté ses obligations", "la ratification
        par la France" (see `decides` and `acts_as_state`)."""
        found = []
        for place in _place_names(doc):
            if (
                self.decides(place.root)
                or self.acts_as_state(place.root)
                or self.receives_state_measure(place.root)
                or self.member_of_body(place.root)
                or self.listed_member(place)
                or self.attempts(place.root)
            ):
                found.append(place)
        return found

    def playing_places(self, doc: Doc) -> list[Span]:
        """A place that plays a match stands for its team: "Nancy a battu Metz 2-1", "La
        finale se joua entre Utrecht et Soleuvre", "un match amical contre la Zambie" (the
        press names a club by its town and a national team by its country). The place is
        the subject or the object of a verb of a match, or the complement of a preposition
        of a match that such a verb or a noun of a match governs, in a sentence that holds
        a score or a noun of a match ("la France a battu un record" holds neither)."""
        if not self.match_verbs:
            return []
        found = []
        told: dict[int, bool] = {}  # sentence start -> whether it tells of a match
        hints = None
        for place in _place_names(doc):
            sent = place.sent
            if sent.start not in told:
                hints = self.match_hints(doc) if hints is None else hints
                hinted = bisect_left(hints, sent.start) < bisect_left(hints, sent.end)
                told[sent.start] = hinted and self.match_sentence(sent)
            if not told[sent.start]:
                continue
            root = place.root
            item = root.head if root.dep_ == "conj" else root
            head = item.head
            lemma = head.lemma_.lower()
            if item.dep_ in ("nsubj", "obj") and head.pos_ == "VERB" and lemma in self.match_verbs:
                found.append(place)
                continue
            case = next((c for c in item.children if c.dep_ == "case"), None)
            if (
                case is not None
                and self.match_preposition(case)
                and (lemma in self.match_verbs or lemma in self.match_nouns)
            ):
                found.append(place)
        return found

    def match_preposition(self, case: Token) -> bool:
        """Whether a place's case word is a preposition of a match (`MATCH_PREPOSITIONS`), or
        ends one with the noun before it ("face à Thaon", `MATCH_LOCUTION_NOUNS`)."""
        if case.lower_ in self.match_prepositions:
            return True
        return (
            case.lower_ in self.match_locution_cases
            and case.i > 0
            and case.doc[case.i - 1].lower_ in self.match_locution_nouns
        )

    def councils(self, doc: Doc) -> list[Span]:
        """ "la Région apportera 450 000 €", "le président du Département": the capitalised
        word for a territory's council, alone after a definite article (a name, an adjective
        or a complement after it make a territory's name: "la Région autonome du Tibet")."""
        found = []
        for i in self.council_words.positions(doc):
            if i == 0 or doc[i].is_sent_start or doc[i - 1].lower_ not in self.council_articles:
                continue
            after = doc[i + 1] if i + 1 < len(doc) else None
            named = after is not None and (
                shapes.capitalised(after)
                or after.pos_ == "ADJ"
                or after.lower_ in self.finder.bare_complements
                or shapes.hyphen_joins(doc, i + 1)
            )
            if not named:
                found.append(doc[i : i + 1])
        return found

    def seated_councils(self, doc: Doc) -> list[Span]:
        """ "La Ville de Paris a suspendu…": a commune's council, the capitalised word for it
        after a definite article, "de" and its seat (the whole place the stock model reads
        from the seat's first word: "la Ville de Saint-Denis")."""
        found = []
        for i in self.seated_council_words.positions(doc):
            if i == 0 or doc[i - 1].lower_ not in self.council_articles or i + 2 >= len(doc):
                continue
            if doc[i + 1].lower_ not in self.seat_prepositions or not shapes.capitalised(
                doc[i + 2]
            ):
                continue
            if self.territory(doc[i]):
                continue
            end = i + 3
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            found.append(doc[i:end])
        return found

    @staticmethod
    def territory(word: Token) -> bool:
        """Whether a noun (or the first of the nouns it is coordinated with) is the subject
        of a passive or of a copula, which says what a place is, not what a council does:
        "les districts et la Ville de Belgrade sont subdivisés en municipalités"."""
        while word.dep_ == "conj" and word.head is not word:
            word = word.head
        if word.dep_ == "nsubj:pass":
            return True
        return word.dep_ == "nsubj" and any(
            c.dep_ in ("cop", "aux:pass") for c in word.head.children
        )

    def match_sentence(self, sent: Span) -> bool:
        """Whether a sentence tells of a match: a score ("36-32", "6 - 2", "4 à 2") or a noun
        of a match (a noun: "la Manche" is no set, "elle se rencontre" no match)."""
        return SCORE.search(sent.text) is not None or any(
            (t.lemma_.lower() in self.match_nouns and t.pos_ == "NOUN")
            or (t.like_num and self.spelled_score(sent.doc, t.i))
            for t in sent
        )

    def match_noun(self, lemma: str) -> bool:
        """Whether a lemma is a noun of a match's (`MATCH_NOUNS`)."""
        return lemma.lower() in self.match_nouns

    def match_hints(self, doc: Doc) -> list[int]:
        """Where a sentence may tell of a match (`match_sentence` is the test): a word of a
        match, or digits with a dash in them or right after them (in any score)."""
        hints = self.match_noun_words.positions(doc)
        for i in self.digit_words.positions(doc):
            text, after = doc[i].text, doc[i + 1].text if i + 1 < len(doc) else ""
            dashed = any(dash in text or after.startswith(dash) for dash in SCORE_DASHES)
            if dashed or self.spelled_score(doc, i):
                hints.append(i)
        return sorted(hints)

    def decides(self, root: Token) -> bool:
        """Whether a place's head word is the subject of a verb of speech or decision, or of
        the verb a semi-auxiliary governs: "Washington continue d'accuser", "Pékin veut
        interdire"."""
        verbs = [root.head, *(c for c in root.head.children if c.dep_ == "xcomp")]
        return root.dep_ == "nsubj" and any(
            v.pos_ == "VERB" and v.lemma_.lower() in self.decision_verbs for v in verbs
        )

    def acts_as_state(self, root: Token) -> bool:
        """Whether a place's head word does what only a state does: the subject (or a
        subject's conjunct) of a verb whose object is a state's act or duty ("La Finlande
        et le Royaume-Uni en ont tiré les conséquences"), of a verb addressed to a body ("la
        France a proposé au Conseil de sécurité") or of a stance ("Paris est préoccupé"),
        the complement of a diplomatic noun ("les relations diplomatiques de la France"), or
        the agent of a state's act named by a noun ("la ratification par la France")."""
        subject = root.head if root.dep_ == "conj" else root
        verb = subject.head
        if subject.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and (
            verb.lemma_.lower() in self.stance_words
        ):
            return True
        if subject.dep_ == "nsubj":
            for obj in verb.children:
                lemma = obj.lemma_.lower()
                if obj.dep_ in ("obj", "dobj") and (
                    lemma in self.state_objects
                    or (verb.lemma_.lower(), lemma) in self.decision_phrases
                ):
                    return True
                if self.addressed_body(obj):
                    return True
        # The complement of a diplomatic noun, or the agent of a state's act.
        preposition, noun = shapes.preposition_and_governor(root)
        if noun.pos_ != "NOUN" or preposition.pos_ != "ADP":
            return False
        if preposition.lower_ in self.state_noun_prepositions and any(
            c.lemma_.lower() in self.state_noun_adjectives for c in noun.children
        ):
            return True
        return (
            preposition.lower_ in self.agent_prepositions and noun.lemma_.lower() in self.state_acts
        )

    def receives_state_measure(self, root: Token) -> bool:
        """Whether a place's head word (or the first item of the list it ends, which holds
        the preposition) is the recipient or the target of a measure only a state takes
        towards another, named by a noun:
        "l'aide française à l'Irak", "le soutien de pré-adhésion pour la Bulgarie et la
        Roumanie", "en guerre contre l'Iran"; the noun may govern a participle ("l'embargo
        imposé à l'Irak") or be joined to a verb in a locution ("venir en aide à la
        Mongolie")."""
        item = root.head if root.dep_ == "conj" else root
        # In English trees the place must hang on its preposition.
        if item.dep_ != "pobj" and not any(c.dep_ == "case" for c in item.children):
            return False
        preposition, word = shapes.preposition_and_governor(item)
        if preposition.lower_ not in self.recipient_prepositions:
            return False
        # "du soutien à Lyon" says where; a country takes its article: "à la Mongolie".
        if preposition.lower_ in self.locative_prepositions and not any(
            c.dep_ == "det" for c in item.children
        ):
            return False
        words = [word]
        if word.dep_ == "acl":
            words.append(word.head)
        if word.pos_ == "VERB":
            words += [
                c
                for c in word.children
                if any(
                    x.dep_ == "case" and x.lower_ in self.locution_prepositions for x in c.children
                )
            ]
        return any(w.pos_ == "NOUN" and w.lemma_.lower() in self.state_measures for w in words)

    def member_of_body(self, root: Token) -> bool:
        """Whether a place's head word (or a subject's conjunct) is the subject of a member's
        noun whose complement is an organisation: "La Russie est membre permanent du
        Conseil de sécurité" (the noun the head, UD; in ClearNLP the noun is an attribute of
        the verb: "Russia is a member of", though English lists no such noun)."""
        subject = root.head if root.dep_ == "conj" else root
        if subject.dep_ != "nsubj":
            return False
        nouns = [subject.head, *(c for c in subject.head.children if c.dep_ == "attr")]
        return any(
            noun.pos_ == "NOUN"
            and noun.lemma_.lower() in self.member_nouns
            and any(t.ent_type_ == "ORG" for t in noun.subtree)
            for noun in nouns
        )

    def attempts(self, root: Token) -> bool:
        """Whether a place's head word is the subject of a verb of attempt that governs
        another verb: "l'Europe a tenté d'instaurer", "la France a cherché à sauver" (a place
        does not try; a state, or a team, does)."""
        verb = root.head
        return (
            root.dep_ == "nsubj"
            and verb.lemma_.lower() in self.attempt_verbs
            and any(c.dep_ == "xcomp" for c in verb.children)
        )

    def listed_member(self, place: Span) -> bool:
        """Whether a place is an item of a list of countries, in brackets or between
        dashes, right after an organisation's name: the body's member states ("les membres
        permanents du Conseil de sécurité (la Chine, les États-Unis, la France, le
        Royaume-Uni et la Russie)"). Every item takes its article, as a country does ("les
        bureaux de l'OCDE (Paris, Berlin)" are where the body sits), and the list has two
        items or more ("l'Unesco (Paris)")."""
        doc = place.doc
        start, end = place.start, place.end
        while start > 0 and self.list_word(doc[start - 1]):
            start -= 1
        while end < len(doc) and self.list_word(doc[end]):
            end += 1
        if start < 2 or end >= len(doc):
            return False
        if self.list_brackets.get(doc[start - 1].text) != doc[end].text:
            return False
        firsts = [t for t in doc[start + 1 : end] if self.list_separator(doc[t.i - 1])]
        return (
            bool(firsts)
            and all(t.pos_ == "DET" for t in [doc[start], *firsts])
            and doc[start - 2].ent_type_ == "ORG"
        )

    def list_separator(self, token: Token) -> bool:
        """Whether a token separates the items of a list: a comma or a conjunction."""
        return token.text == "," or token.lower_ in self.finder.and_words

    def list_word(self, token: Token) -> bool:
        """Whether a token may stand in a list of places: a name, an article, a comma or a
        conjunction, but not a dash that opens or closes the list (spaced on one side,
        where the hyphen of "Royaume-Uni" is glued on both)."""
        doc = token.doc
        spaced = bool(token.whitespace_) or (token.i > 0 and bool(doc[token.i - 1].whitespace_))
        if token.text in self.list_brackets and spaced:
            return False
        return (
            self.list_separator(token)
            or token.pos_ in ("DET", "PROPN")
            or token.ent_type_ in PLACE_LABELS
        )

    def addressed_body(self, word: Token) -> bool:
        """Whether a verb's dependent is a body it is addressed to: "au Conseil de sécurité"
        (the preposition a child of the body, UD), "to the Security Council" (the body a
        child of the preposition, ClearNLP)."""
        if word.dep_ == "prep":
            if word.lower_ not in self.addressee_prepositions:
                return False
            word = next((c for c in word.children if c.dep_ == "pobj"), None)
        elif not any(c.lower_ in self.addressee_prepositions for c in word.children):
            return False
        return word is not None and word.ent_type_ == "ORG"


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _place_names(doc: Doc) -> list[Span]:
    """The stock model's places, without their article, even capitalised ("La France"), and
    not the peoples it reads as places ("les Togolais") (once per article)."""
    return remembered(doc, "place names", lambda: list(_read_place_names(doc)))


def _read_place_names(doc: Doc) -> Iterator[Span]:
    for ent in entities(doc):
        if ent.label_ not in PLACE_LABELS:
            continue
        place = shapes.trimmed(ent)
        while len(place) > 1 and place[0].pos_ == "DET":
            place = place[1:]
        if place and not shapes.people(place.root) and not shapes.dateline(place):
            yield place
