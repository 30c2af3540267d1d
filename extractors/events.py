"""Event candidates of one article: trigger, participants with roles, status, date and place.

Reads an `AnalysedDoc`, its actor mentions and the trigger lexicon; writes `Candidate`s that
`extractors.event_merge` turns into events. Participants come from the sentence's structure,
never from mere co-occurrence: with a parser (ru, en), the trigger's subject, object, "with"/
"between" arguments, a noun trigger's genitive/possessive modifiers and the subject of the verb
that governs it; without one (az), the case of each actor phrase in the trigger's clause.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from extractors.analysis.doc import AnalysedDoc
from extractors.dates import DateMention
from extractors.mentions import (LIST_SEPARATORS, ActorMention, ArticleMentions, EntityRef, closing_bracket, folded_words,
                                 title_is_plural)
from extractors.textutil import AZ_MODIFIER_LOCATIVES, DASHES, blank_scare_quotes, fold
from extractors.triggers import Lexicon, TriggerMatch, matching_specs, spec_at
from schema import EntityType, EventDate, EventStatus, EventType

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}
COORDINATORS = frozenset({"и", "and"})  # what joins two prepositional phrases of one verb
MAIN_CLAUSE_DEPS = {"ROOT", "root", "conj", "ccomp", "relcl", "acl:relcl"}  # a verb heading a clause of its own, not an auxiliary
OBJECT_DEPS = {"obj", "dobj", "iobj"}
ATTENDED_DEPS = frozenset({*OBJECT_DEPS, "prep", "obl", "nmod"})  # what "attended", "took part in", "участие в" name
CLAUSE_DEPS = frozenset({"acl:relcl", "relcl", "acl", "advcl", "ccomp", "parataxis", "csubj", "xcomp", "conj"})
RELATIVE_CLAUSE_DEPS = frozenset({"acl:relcl", "relcl", "acl"})  # a clause describing a noun ("the meeting, which took place in X")
NOUN_PHRASE_DEPTH = 4  # words climbed from the noun a relative clause hangs on to the trigger ("встречу с госсекретарем США Майком Помпео")
RELATIVE_PRONOUNS = {"who", "which", "that", "который", "которая", "которые", "кто"}
PLACE_RELATIVES = {"where", "где", "куда"}  # "visited Yerevan, where ...": the clause's actor is the visitor
PERSONAL_PRONOUNS = {"he", "she", "his", "her", "он", "она", "его", "ее", "её", "ему", "ей", "o", "onun"}
PREP_SLOTS = {"с": "with", "со": "with", "with": "with", "между": "between", "between": "between", "в": "to", "во": "to",
              "на": "to", "to": "to", "in": "to", "по": "by",
              "from": "from", "от": "from"}  # "received a phone call from X": for a call, its other party
LOCATIVE_PREPS = {"в", "во", "на", "in", "at", "to", "into"}
VENUE_PREPS = {"behind", "inside", "за"}  # "behind closed doors in Astana": the venue's place is the event's
SEQUEL_GAP = 3  # words after a press conference within which "following"/"по итогам" names the talks it closed
POSSESSIVE_MARKERS = {"'s", "’s", "'"}  # "Aliyev's visit": a possessor, not a preposition
DATIVE_ENDINGS = ("a", "ə")  # Azerbaijani dative: "şəhərinə", "rayonuna"
AZ_PLURAL = re.compile(r"l[aə]r")  # the plural suffix, before any case ending ("tərəflərin")
AZ_PLURAL_SUBJECT = re.compile(r"l[aə]r[iı]?$")  # a plural noun with no case ending, or only its owner's ("həmsədrləri")
POSTING_GAP = 3  # words between a place and the envoy it is the posting of ("ölkəmizdə yeni təyin olunmuş səfiri")
ATTEND_GAP = 6  # words between "to attend" / "для участия в" and the gathering named after them (its name)
SPEAKER_GAP = 4  # words between "said" and the speaker's name after it ("said Foreign Minister Sergey Lavrov")
NEXT_LINE = re.compile(r"\n\s*[^\n]*")
QUOTE_OPENERS = frozenset({":", "«", "“", '"', "„", "—"})  # what stands between a reporting word and the quote it introduces
APPRAISAL_GAP = 5  # words from an Azerbaijani event noun to the verb appraising it ('səfəri "tarixi" adlandırıb')
TITLE_RUN = 14  # words of a title the lexicons do not know before a name in a list
TITLE_LINKS = frozenset({"of", "for", "the", "to", "on", "'s", "’s", "and"})  # words inside such a title ("Minister of Culture and Tourism")
GLOSS_WORDS = 6  # words of a parenthetical gloss after a name in a list ("(the United States of America)")
DISCUSSED_DEPTH = 4  # conjuncts, noun modifiers and participles climbed from a place's noun to the object of "discussed"
MODIFIER_GAP = 1  # words between an Azerbaijani locative modifier and the event noun it places ("Maltadakı ikitərəfli görüş")
PARTICIPLE_GAP = 4  # words between an Azerbaijani locative and the participle whose place it is ("Bakıda yaşayış binasında baş vermiş")
PRONOUN_LOOKBACK = 3  # sentences back a subject pronoun looks for the subject it continues
LOCATIVE_ENDINGS = ("da", "də")  # Azerbaijani locative: "şəhərində"
POSSESSOR_GAP = 2  # other words between an Azerbaijani genitive and the noun it possesses ("Əliyevin rəsmi görüşü")
PARTY_POSTPOSITIONS = ("ilə", "arasında")  # Azerbaijani postpositions after the counterpart of a genitive's event
COMITATIVE_WORDS = frozenset({*PARTY_POSTPOSITIONS, ",", "və"})  # what joins the "with" parties between a genitive and its noun
ACCUSATIVE_ENDINGS = ("ni", "nı", "nu", "nü")  # Azerbaijani accusative after a possessive: "heyətini"
HEADS_WITHIN = 3  # sentences, from a meeting's own, searched for the heads of its delegations
LED_GROUP_GAP = 3  # words between an Azerbaijani "başçılıq etdiyi" and the group noun it describes
HEAD_GAP = 20  # words after "a delegation led by" within which its head is named (titles come first)
VERB_WINDOW = 4  # words after an Azerbaijani noun trigger searched for its finite verb
GATHERING_GAP = 4  # words from a city before the gathering noun it names, without a parse ("Münxen Təhlükəsizlik Konfransı")
FRAME_GAP = 6  # words after an organization searched for the frame word making it a setting ("... zirvə toplantısı çərçivəsində")
_CLAUSE_BREAK = re.compile(r"\bki,|[:;«»\"“”]|\s[-–—]\s")


@dataclass
class Candidate:
    type: EventType
    trigger: TriggerMatch
    sent: int
    participants: dict[str, tuple[EntityRef, str]] = field(default_factory=dict)  # id -> (ref, role)
    status: EventStatus = EventStatus.HAPPENED
    date: EventDate | None = None
    date_from_text: bool = False
    date_at: int | None = None  # where in the text the date expression the event took its date from starts
    place: EntityRef | None = None
    more_places: list[EntityRef] = field(default_factory=list)  # "visited Saudi Arabia and Kuwait": a visit to each
    previous: bool = False  # "предыдущие переговоры": an earlier event of the same parties
    refers_back: bool = False  # "the sides", "их встреча": parties of the preceding event
    delegation_back: bool = False  # "the delegation" with no actor of its own
    sentences: set[int] = field(default_factory=set)
    confidence: float = 0.5
    subjects: set[str] = field(default_factory=set)  # ids that came from the subject slot
    distributive: bool = False  # "held separate meetings with A and B": one event per counterpart
    multilateral: bool = False  # "трехсторонние переговоры", "trilateral meeting": a format of three or more
    beside_multilateral: bool = False  # "встреча A и B перед трехсторонними переговорами": told apart from one
    ongoing: bool = False  # "the visit will last two days": an event reported earlier, still under way
    guest_role: str | None = None  # "the guest arrived": this role is the visitor of an earlier visit
    slots: set[str] = field(default_factory=set)  # argument slots that gave parties ("subject", "with", ...)
    named_next: list[EntityRef] = field(default_factory=list)  # "the presidents met. A and B discussed ...": A and B
    named_before: list[EntityRef] = field(default_factory=list)  # "A invited B to Baku. The sides held a call": A and B
    acting_countries: set[str] = field(default_factory=set)  # "counterparts from Iran and Iraq": countries standing for persons
    offices: dict[str, tuple[str, str]] = field(default_factory=dict)  # party id -> (role, country key) it was read from
    sides: bool = False  # a word for "the sides" ("стороны", "tərəflər") names its parties, not a title ("the presidents")
    conversation: bool = False  # "В ходе беседы стороны ...": a conversation noun, which is a call when it refers to one
    held_remotely: bool = False  # "videokonfrans formatında görüş": a meeting told as held at a distance, so a call
    refers_forward: bool = False  # "a press conference following talks with Y": the parties of the event after it
    # "The meeting was held in Tbilisi" restates the event before: the words saying where it was held
    held_in: frozenset[int] = frozenset()
    story_day: EventDate | None = None  # the day the body last named before the trigger: the date an undated event is told on
    in_present: bool = False  # "Лавров принимает участие в переговорах": under way as the report is written
    verbless: bool = False  # "On the state visit of the President to Kyrgyzstan": a clause with no verb tells no tense

    def add(self, ref: EntityRef, role: str, subject: bool = False) -> None:
        known = self.participants.get(ref.id)
        if known is None or known[1] == "participant":
            self.participants[ref.id] = (ref, role)
        if subject:
            self.subjects.add(ref.id)


@dataclass(frozen=True)
class ActorFacts:
    """What the gazetteer knows about actors that the event rules need."""

    hq_of: dict[str, EntityRef]  # organization id -> its headquarters city
    reporters: frozenset[str] = frozenset()  # news outlets' ids: they report events, never take part in them
    city_of: dict[str, EntityRef] = field(default_factory=dict)  # venue id -> the city it stands in
    seated: frozenset[str] = frozenset()  # a country's own bodies: "at the Georgian Foreign Ministry" is in its seat
    convened_at: dict[str, EntityRef] = field(default_factory=dict)  # body id -> the city its sessions always meet in
    # (role, country key, day) -> who held that office then; the countries' own refs by key
    holders_on: Callable[[str, str, dt.date], list[EntityRef]] = lambda role, country, day: []
    countries: dict[str, EntityRef] = field(default_factory=dict)


class EventFinder:
    """Builds candidates from triggers; one instance per article."""

    def __init__(self, doc: AnalysedDoc, lex: Lexicon, found: ArticleMentions, dates: list[DateMention],
                 published: dt.date | None, facts: ActorFacts, headline_end: int = 0,
                 period: EventDate | None = None) -> None:
        actors, titled, titles = [m for m in found.actors if m.ref.id not in facts.reporters], found.positions, found.titles
        self.doc, self.lex, self.actors = doc, lex, actors
        self._denied_dates = self._denied(dates)
        dates = [d for d in dates if d.start not in self._denied_dates]
        self.dates = dates
        self._clause_text = blank_scare_quotes(doc.text)  # «на полях» does not end a clause; a quotation does
        self._person_starts = frozenset(m.start for m in found.actors if m.ref.type is EntityType.PERSON)
        self.published = published
        self.period = period  # the month of publication when its day is unknown (`Article.published_period`)
        self.headline_end = headline_end  # where the body starts: the title and date lines come before
        self.hq_of = facts.hq_of
        self.city_of = facts.city_of
        self.seated = facts.seated
        self.convened_at = facts.convened_at
        self.holders_on, self.countries = facts.holders_on, facts.countries
        self._trigger: TriggerMatch | None = None  # the trigger whose candidate is being built
        self._story_days: list[tuple[int, EventDate]] = []  # where the body dated events, and their days, in text order
        self._plan_days: set[int] = set()  # where days that date planned events start: no day the story reached
        self.by_token: dict[int, ActorMention] = {}
        for mention in actors:
            for k in range(mention.start_tok, mention.end_tok):
                self.by_token.setdefault(k, mention)
        for person, title in titled:  # "министром ... Джейхуном Байрамовым": the title stands for the person
            for k in range(title.start_tok, title.end_tok):
                self.by_token.setdefault(k, person)
        # the days the body names, with where each mention starts and ends: "the same day" and undated events count
        # from them ("Сегодня Азербайджан обеспечивает ...": a today outside an event is the present, not a day)
        self._named_days = [(d.start, d.end, day) for d in dates if d.start >= headline_end and d.relative_days != 0
                            and (day := d.resolve(published, period=period)) is not None and day.day is not None
                            and not (published is not None and day.year is not None and day.start > published)
                            and not self._dates_a_statement(d.start)]
        self.title_tokens = {k for t in titles for k in range(t.start_tok, t.end_tok)}
        self.plural_titles = {k for t in titles if t.ref.id == "" and t.also == [] and t.title_org is None
                              and title_is_plural(doc, t) for k in range(t.start_tok, t.end_tok)}

    # -- entry point -------------------------------------------------------------------------

    def first_candidate(self, match: TriggerMatch) -> Candidate | None:
        """The event of the first reading of a trigger's words that yields one."""
        return next((cand for reading in match.readings() if (cand := self.candidate(reading)) is not None), None)

    def candidate(self, trig: TriggerMatch) -> Candidate | None:
        doc = self.doc
        self._trigger = trig
        if any(k in self.by_token for k in range(trig.start_tok, trig.end_tok)):
            return None  # the word is part of a name ("Visit Azerbaijan")
        if trig.spec.noun and trig.start_tok > 0 and fold(doc.tokens[trig.start_tok - 1].text, doc.lang) in self.lex.demonstratives:
            return None  # "bu səfərin", "this visit", "этот визит": the event already reported, spoken of again
        if (trig.spec.context_in_frame and self._framed(trig)) or (trig.spec.noun and self._topic(trig)) or (
                trig.spec.finite_only and self._attributive(trig)) or (trig.spec.main_clause and doc.has_parse and (
                doc.tokens[trig.start_tok].dep not in MAIN_CLAUSE_DEPS)):
            return None
        cand = Candidate(trig.spec.type, trig, doc.tokens[trig.start_tok].sent, sentences={doc.tokens[trig.start_tok].sent})
        scope = self._scope(trig)
        if doc.has_parse and doc.tokens[trig.start_tok].start < self.headline_end:
            # telegraphic headlines defeat parsers ("Песков: встреча ... не планируется"): their whole
            # clause carries the modality, and "X to visit Y" is the headline future
            start, end = self._clause(trig)
            scope = sorted(set(scope) | set(range(start, end)))
            if any(self._lemma(k) == "to" and doc.tokens[k].dep == "aux" and doc.tokens[k].head in scope for k in scope):
                cand.status = EventStatus.PLANNED
        if self._negated(trig, scope) or any(self._has_word(k, self.lex.habitual) for k in scope) or any(
                self._counted_times(c) for k in scope for c in (k, *doc.tokens[k].children)):
            return None  # "did not meet"; "met repeatedly", "неоднократно встречались", "spoke 13 times": no one event
        arrival = trig.spec.type is EventType.MEETING and any(
            self._has_word(k, self.lex.arrival_venues) for k in range(*self._clause(trig)))
        if trig.spec.type is EventType.MEETING and self._attended(trig):
            return None  # "X and his wife left to attend the summit": the summit is where they go, no meeting of theirs
        cand.ongoing = self._ongoing(trig, scope)
        cand.in_present = self._told_in_tense(trig, "Pres")
        cand.verbless = self._verbless(trig)
        if self._planned(trig, scope) and not self._before_clause(trig) and not self._told_held(trig) and not (
                self._frames_past_clause(trig)):
            cand.status = EventStatus.PLANNED  # (but "в ходе встречи с X пригласил его посетить Тбилиси": the meeting
            # that frames a past invitation took place; what is planned is the visit)
        if doc.has_parse:
            self._parsed_participants(trig, cand)
        else:
            self._case_participants(trig, cand)
        if not any(cand.participants[i][0].type is EntityType.PERSON for i in cand.subjects) and self._first_person(trig):
            speaker = self._speaker(trig)  # "“I spoke with Lavrov”, Mammadyarov said": the quote's speaker took part
            if speaker is not None:
                cand.add(speaker.ref, trig.spec.role("subject") or trig.spec.role("possessor") or "participant", subject=True)
        if trig.spec.type in (EventType.CALL, EventType.MEETING):
            self._initiator(trig, cand)
        modifiers = self._modifiers(trig)
        cand.previous = any(self._lemma(k) in self.lex.previous for k in modifiers) or self._recalled(trig)
        cand.distributive = cand.distributive or self._distributive(trig) or self._with_each(trig)
        if cand.type is EventType.MEETING and self._remote(trig):
            cand.type, cand.held_remotely = EventType.CALL, True
        if (cand.type is EventType.CALL or cand.type is EventType.MEETING and self._meets_each(cand)) and (
                self._calls_each(trig, cand)) and not self._names_group(cand):
            cand.distributive = True  # "spoke this morning with President Aliyev and Prime Minister Pashinyan": two calls
        cand.conversation = self._has_word(self._trigger_head(trig), self.lex.conversations)
        cand.multilateral = any(self._has_word(k, self.lex.multilateral) for k in modifiers)
        cand.beside_multilateral = not cand.multilateral and any(
            self._has_word(k, self.lex.multilateral) for k in range(*self._clause(trig)) if k not in modifiers)
        if cand.previous and not cand.participants:
            cand.refers_back = True
        if cand.type is EventType.PRESS_CONFERENCE and len(cand.participants) < 2 and any(
                self._has_word(k, self.lex.joint) for k in [*self._modifiers(trig), *range(trig.start_tok, trig.end_tok)]):
            cand.refers_back = True  # "said at a joint news conference": with the parties of the talks
        if cand.type is EventType.PRESS_CONFERENCE and len(cand.participants) < 2 and doc.has_parse and any(
                self._sequel(k) for k in range(trig.end_tok, min(trig.end_tok + SEQUEL_GAP, len(doc.tokens)))):
            cand.refers_back = cand.refers_forward = True  # "на пресс-конференции по итогам переговоров с Y"
        if cand.type is EventType.AGREEMENT_SIGNING and len(cand.participants) < 2 and self._after_talks(trig):
            cand.refers_back = True  # "По итогам встречи было подписано соглашение": the talks' parties signed
        if not cand.participants and not cand.refers_back and cand.status is EventStatus.HAPPENED:
            cand.held_in = self._holding_words(trig)
        self._delegation_guest(trig, cand)
        if trig.spec.type is EventType.VISIT and trig.spec.role("object") == "visitor":  # "X-i Y qarşılayıb": who was met
            # is a person (a body read in the greeter's title, "Ali Məclisi Milli Məclisi sədrinin müavini", is none), and
            # where the delegation was met ("nümayəndə heyətini A, B və C qarşılayıblar") none of the greeters listed
            welcomed_group = any(self._has_word(k, self.lex.delegation) and fold(doc.tokens[k].text, doc.lang).endswith(
                ACCUSATIVE_ENDINGS) for k in range(*self._clause(trig)))
            cand.participants = {k: v for k, v in cand.participants.items()
                                 if v[0].type is EntityType.PERSON and not welcomed_group}
        if trig.spec.requires_person_object and not cand.refers_back and not any(
                r == trig.spec.role("object") for _, r in cand.participants.values()):
            return None
        if trig.spec.requires_actor_object and len(cand.participants) < 2 and not cand.refers_back:
            return None
        if trig.spec.countable and doc.tokens[self._trigger_head(trig)].number == "Plur" and len(cand.participants) <= 2 and not (
                cand.refers_back or self._distributive_marked(trig) or self._light_verb_holds(trig)):
            return None  # "recalled his meetings with the Secretary General": occasions of one pair, not one event
            # (but "engaged in fruitful conversations with X" is one talk)
        if trig.spec.requires_with and "with" not in cand.slots:
            return None
        if trig.spec.requires_destination and not self._destination_before(trig):
            return None
        if (trig.spec.requires_remote or trig.spec.in_person) and self._remote_partner(trig):
            return None  # "held a phone call and discussed the events of July 16 in Ankara": that call, told already
        if cand.type is EventType.CALL and not self._remote(trig) and self._framed_in_person(trig):
            cand.type = EventType.MEETING  # "переговорить на полях Генассамблеи с A, B и C", "spoke on the sidelines with X"
        elif trig.spec.requires_remote and not self._remote(trig) or trig.spec.in_person and (self._remote(trig) or cand.refers_back or any(
                fold(doc.tokens[k].text, doc.lang).endswith(self.lex.attributive_suffixes) for k in range(*self._clause(trig)))):
            return None  # "discussed the situation with Y" names no event, "discussed it with Y by phone" a call, "the
            # sides discussed" goes on about an event told before, and "Moskvada imzalanmış Bəyannaməni müzakirə ediblər"
            # has its place in the participle, not in the talk
        if trig.spec.requires_owner_object and not any(self._has_word(k, self.lex.owner_nouns) for k in range(*self._clause(trig))):
            return None  # "вручил верительные грамоты президенту X", "etimadnaməsini X-ə təqdim edib"
        if trig.spec.requires_org_object and not any(
                ref.type is EntityType.ORGANIZATION and ref.id not in cand.subjects for ref, _ in cand.participants.values()):
            return None
        if self._counted_events(trig) and len([k for k in cand.participants if k not in cand.subjects]) < 2:
            return None  # "made three visits to Turkey": occasions, not one event ("several meetings with A and B": each)
        if arrival:  # "В аэропорту его встретил X": the welcome belongs to the arrival, which is the guest's visit
            guests = {k: (ref, "visitor") for k, (ref, _) in cand.participants.items() if k not in cand.subjects}
            if not guests or not cand.subjects:
                return None  # who was welcomed, the parse does not tell
            cand.type, cand.participants, cand.subjects = EventType.VISIT, guests, set(guests)
        if cand.refers_back and len(cand.participants) < 2:
            cand.named_next = self._subjects_of_next_sentence(cand)
            cand.named_before = self._two_of_sentence_before(cand) if cand.sides else []
        self._date(trig, cand)
        self._holders_then(cand)
        cand.story_day = self._day_named_before(doc.tokens[trig.start_tok].start)
        self._place(trig, cand)
        if trig.spec.requires_place and cand.place is None or trig.spec.abroad and (self._remote(trig) or self._attends_talks(trig)):
            return None
        self._delegation_heads(cand)
        cand.confidence = self._confidence(trig, cand)
        if cand.date_from_text and cand.date is not None and cand.date.day is not None and cand.status is EventStatus.HAPPENED \
                and doc.tokens[trig.start_tok].start >= self.headline_end:
            self._story_days.append((doc.tokens[trig.start_tok].start, cand.date))
        elif cand.status is EventStatus.PLANNED and cand.date_at is not None:
            self._plan_days.add(cand.date_at)  # "Визит был анонсирован в минувшую пятницу": the day of a plan
        return cand

    def _holders_then(self, cand: Candidate) -> None:
        """"The first meeting of the foreign ministers of A, B and C took place in 2012 in Trabzon": parties read
        off an office on the article's date are, for an event of another year, those who held it then, or (where
        the gazetteer does not tell) the countries, standing for them."""
        when = cand.date
        if not cand.offices or when is None or when.year is None or self.published is None or when.year == self.published.year:
            return
        day = dt.date(when.year, when.month or 7, when.day or (15 if when.month else 1))
        for holder, (office, country) in cand.offices.items():
            if holder not in cand.participants or country not in self.countries:
                continue
            ref, role = cand.participants.pop(holder)
            subject = holder in cand.subjects
            cand.subjects.discard(holder)
            then = self.holders_on(office, country, day)
            if len(then) == 1:
                cand.add(then[0], role, subject)
            else:
                cand.add(self.countries[country], role, subject)
                cand.acting_countries.add(self.countries[country].id)

    def _destination_before(self, trig: TriggerMatch) -> bool:
        """Whether a place or country in the dative (or governed by "to"/"в") stands right before
        the trigger: "fevralın 16-da Münxenə gəlib"."""
        k = trig.start_tok - 1
        if k > 0 and self._has_word(k, self.lex.place_nouns):
            k -= 1  # "Şuşa şəhərinə": the place noun carries the case (`_place_case`)
        mention = self.by_token.get(k) if k >= 0 else None
        return mention is not None and mention.ref.type in (EntityType.PLACE, EntityType.COUNTRY) and self._place_case(
            mention) in ("dat", "Acc", "Loc")

    def _place_case(self, mention: ActorMention) -> str:
        """An Azerbaijani place's case, read off the place noun after it when there is one
        ("Şuşa şəhərinə": dative, "Qəbələ şəhərində": locative), or the building noun after a body
        ("Nazirliyinin binasında": locative)."""
        k = mention.end_tok
        if k < len(self.doc.tokens) and (self._has_word(k, self.lex.place_nouns) or self._has_word(k, self.lex.hq_words)):
            word = fold(self.doc.tokens[k].text, self.doc.lang)
            return "loc" if word.endswith(LOCATIVE_ENDINGS) else "dat" if word.endswith(DATIVE_ENDINGS) else mention.case
        return mention.case

    def _delegation_heads(self, cand: Candidate) -> None:
        """Talks between institutions ("consultations between the foreign ministries of A and B")
        whose delegations' heads a sentence soon after names ("The Azerbaijani delegation was led by
        X, and the Croatian side by Y"): the heads are the parties."""
        doc = self.doc
        if cand.type is not EventType.MEETING or not cand.participants or any(
                ref.type is not EntityType.ORGANIZATION for ref, _ in cand.participants.values()):
            return
        for index in range(cand.sent, min(cand.sent + HEADS_WITHIN, len(doc.sentences))):
            sent = doc.sentences[index]
            text = self._words(sent.first_tok, sent.last_tok) + " "
            heads = list(dict.fromkeys(m.ref for m in self.actors if m.ref.type is EntityType.PERSON
                                       and sent.start <= m.start < sent.end))
            if len(heads) >= 2 and any(f" {phrase} " in text for phrase in self.lex.led_by):
                cand.participants = {}
                for ref in heads:
                    cand.add(ref, "participant")
                return

    def _subjects_of_next_sentence(self, cand: Candidate) -> list[EntityRef]:
        """The persons the next sentence names as its subjects ("Между президентами двух стран
        состоялась встреча. Токаев и Алиев обсудили ..."): who "the presidents" were, when no
        earlier event says it. Two or more, else none."""
        doc = self.doc
        if cand.sent + 1 >= len(doc.sentences):
            return []
        nxt = doc.sentences[cand.sent + 1]
        found: list[EntityRef] = []
        for mention in self.actors:
            if mention.ref.type is not EntityType.PERSON or not nxt.first_tok <= mention.head_tok < nxt.last_tok:
                continue
            subject = self._in_subject(mention.head_tok) if doc.has_parse else mention.case == "nom"
            if subject and mention.ref not in found:
                found.append(mention.ref)
        return found if len(found) >= 2 else []

    def _two_of_sentence_before(self, cand: Candidate) -> list[EntityRef]:
        """The two persons the sentence before names, when it names exactly two ("A invited B to
        Islamabad. The sides also held a phone call"): the sides, when no earlier event says who."""
        if cand.sent == 0:
            return []
        before = self.doc.sentences[cand.sent - 1]
        refs = list({m.ref.id: m.ref for m in self.actors if m.ref.type is EntityType.PERSON
                     and before.first_tok <= m.head_tok < before.last_tok}.values())
        return refs if len(refs) == 2 else []

    def _in_subject(self, tok: int, owners: bool = False) -> bool:
        """Whether a name is a clause's subject or stands in it as a conjunct or apposition ("Министры
        иностранных дел Азербайджана Джейхун Байрамов и Армении Арарат Мирзоян обсудили"); with `owners`,
        also as the subject's owner or the name its title ends in ("X's day continued", "побывал
        представитель ЕС по Южному Кавказу Тойво Клаар")."""
        links = ("conj", "appos", "flat", "flat:name", *(("nmod", "nmod:poss", "poss") if owners else ()))
        seen = {tok}  # a parser's loop ("Клаар" the head of its own head) ends the climb
        t = self.doc.tokens[tok]
        while t.dep in links and t.head is not None and t.head not in seen:
            seen.add(t.head)
            t = self.doc.tokens[t.head]
        return t.dep in SUBJECT_DEPS

    def _delegation_guest(self, trig: TriggerMatch, cand: Candidate) -> None:
        """"received a delegation led by X", "принял делегацию, возглавляемую X", "X-in başçılıq etdiyi
        nümayəndə heyətini qəbul edib": the delegation's head is the party the trigger's object names."""
        role = trig.spec.role("object") or trig.spec.role("with")
        if role is None or any(r == role and ref.type is EntityType.PERSON and ref.id not in cand.subjects
                               for ref, r in cand.participants.values()):
            return  # a meeting's subject shares the guest's role: it is no guest
        doc = self.doc
        start, end = self._clause(trig)
        persons = [m for m in self.actors if m.ref.type is EntityType.PERSON and start <= m.start_tok < end]
        for k in range(start, end):
            if k in self.by_token or not (self._has_word(k, self.lex.delegation) or self._led_group(k) and self._argument_of(k, trig)):
                continue
            if self._led_by_after(k):
                head = next((m for m in persons if k < m.start_tok <= k + HEAD_GAP), None)
            else:  # Azerbaijani: the head's genitive and "başçılıq etdiyi" stand before the delegation
                head = next((m for m in reversed(persons) if m.end_tok < k and self._leads(m)), None)
            if head is not None and head.ref.id not in cand.participants:
                cand.add(head.ref, role)
                return

    # -- scope and modality ------------------------------------------------------------------

    def _attended(self, trig: TriggerMatch) -> bool:
        """Whether a gathering is what the clause's subjects go to attend ("to attend the World
        Humanitarian Summit", "для участия во Всемирном саммите", "Sammitində iştirak etmək üçün"): a
        phrase of `attend_purposes` stands within a few words before it, or in Azerbaijani right after it."""
        if not self._has_word(trig.start_tok, self.lex.gatherings):
            return False
        before = self._words(max(0, trig.start_tok - ATTEND_GAP), trig.start_tok) + " "
        after = self._words(trig.end_tok, trig.end_tok + ATTEND_GAP) + " "
        return any(f" {phrase} " in before or after.startswith(f" {phrase} ") for phrase in self.lex.attend_purposes)

    def _words(self, start: int, end: int) -> str:
        return folded_words(self.doc, start, end)

    def _lemma(self, k: int) -> str:
        return fold(self.doc.tokens[k].lemma, self.doc.lang)

    def _scope(self, trig: TriggerMatch) -> list[int]:
        """Tokens that can carry the trigger's modality: the trigger, the words that govern it
        up to its clause, and their auxiliaries/modifiers; without a parser, its clause."""
        doc = self.doc
        if not doc.has_parse:  # a finite verb ends its clause: "Ankaraya yola düşüb, görüşlər planlaşdırılır"
            start, end = self._clause(trig)
            verb = self._az_verb(trig)
            return list(range(start, verb + 1 if self._finite(verb) else end))
        chain = [trig.start_tok]
        for anc in doc.ancestors(trig.start_tok):
            if doc.tokens[chain[-1]].dep == "ccomp" and self._lemma(anc) in self.lex.reporting:
                break  # "It should be noted that X had a call": the reporting verb's modality is not the event's
            chain.append(anc)
            below = doc.tokens[chain[-2]]  # "during the meetings and negotiations, they will discuss": a noun's conjunct
            if below.dep in ("parataxis", "ccomp", "advcl", "acl:relcl", "relcl", "root") or (  # shares the clause
                    below.dep == "conj" and below.pos in ("VERB", "AUX")):
                break
        scope = set(chain)
        for k in chain:
            scope.update(c for c in doc.tokens[k].children if doc.tokens[c].dep in (
                "aux", "aux:pass", "advmod", "amod", "mark", "neg", "xcomp", "cop", "det", "nummod", "obl:tmod", "npadvmod",
                "acomp", "acl"))
        return sorted(scope)

    def _counted_events(self, trig: TriggerMatch) -> bool:
        """Whether a noun trigger is counted ("three visits", "три визита", "üç səfər etdiyini"): occasions, not one event."""
        doc = self.doc
        if doc.has_parse and not trig.spec.noun:
            return False
        head = self._trigger_head(trig)
        if doc.has_parse:
            words = [c for c in doc.tokens[head].children if doc.tokens[c].dep in ("nummod", "nummod:gov", "amod", "det")]
            words += [k for k in (doc.tokens[head].head,) if k is not None and doc.tokens[k].dep == "nummod"]  # "три визита"
        else:
            words = [trig.start_tok - 1] if trig.start_tok > 0 else []
        return any(fold(doc.tokens[k].text, doc.lang) in self.lex.counts or doc.tokens[k].text.isdigit() and (
            doc.tokens[head].number == "Plur") for k in words)

    def _counted_times(self, k: int) -> bool:
        """Whether token `k` counts occasions ("13 раз", "several times", "bir neçə dəfə")."""
        doc = self.doc
        before = doc.tokens[k - 1] if k > 0 else None  # whole words: "ikinci dəfə" (the second time) is one event
        return self._has_word(k, self.lex.times) and before is not None and (before.text.isdigit() or fold(
            before.text, doc.lang) in self.lex.counts or (doc.has_parse and self._lemma(k - 1) in self.lex.counts))

    def _denied(self, dates: list[DateMention]) -> dict[int, int]:
        """The dates a negation denies ("not today, but on December 4", "не сегодня, а 4 декабря", "bu gün yox,
        dekabrın 4-də"), by where each starts, with the token of their negation: they date nothing, and that
        negation denies the date, not the event. The negation stands before the date, in Azerbaijani after it."""
        doc = self.doc
        first = {t.start: t.i for t in doc.tokens}
        last = {t.end: t.i for t in doc.tokens}
        out = {}
        for d in dates:
            k = first[d.start] - 1 if doc.lang != "az" and d.start in first else last[d.end] + 1 if d.end in last else None
            if k is not None and 0 <= k < len(doc.tokens) and fold(doc.tokens[k].text, doc.lang) in self.lex.negation:
                out[d.start] = k
        return out

    def _negated(self, trig: TriggerMatch, scope: list[int]) -> bool:
        doc = self.doc
        scope = [k for k in scope if k not in self._denied_dates.values()]
        if doc.has_parse:
            return any(self._lemma(k) in self.lex.negation or self._lemma(k) in self.lex.hypothetical for k in scope
                       if k != trig.start_tok)
        verb = self._az_verb(trig)
        return fold(doc.tokens[verb].text, doc.lang).endswith(self.lex.negative_suffixes) or any(
            self._lemma(k) in self.lex.negation or self._lemma(k) in self.lex.hypothetical
            or self.lex.negation.intersection(doc.tokens[k].keys) for k in scope)  # "gələ bilməmişdi": as written

    def _planned(self, trig: TriggerMatch, scope: list[int]) -> bool:
        doc = self.doc
        if not doc.has_parse:  # a past finite verb reports what happened, whatever a participle before the trigger
            verb = self._az_verb(trig)  # plans ("keçiriləcək zirvədə iştirak məqsədilə səfərə gəlib"); "səfərə dəvət edib" still does
            first = trig.start_tok if self._finite(verb) else 0
            if fold(doc.tokens[verb].text, doc.lang).endswith(self.lex.participle_suffixes):
                scope = [k for k in scope if k < verb]  # "səfərdə olan X ilə keçiriləcək forumu müzakirə edib": the
                # participle's own words say whether its visit is under way, not the clause it describes a party of
                # (and "Bakıya gələn X" is who came, not "next")
            described = trig.spec.noun and trig.start_tok > 0 and fold(  # "keçiriləcək sammiti müzakirə ediblər": the
                doc.tokens[trig.start_tok - 1].text, doc.lang).endswith(self.lex.planned_suffixes)  # summit is to come
            return described or fold(doc.tokens[verb].text, doc.lang).endswith(self.lex.planned_suffixes) or any(
                any(key.startswith(w) for key in doc.tokens[k].keys for w in self.lex.planned) for k in scope
                if k >= first and not (
                    k + 1 < len(doc.tokens) and fold(doc.tokens[k + 1].text, doc.lang) in self.lex.manner_postpositions))
        return any(self._lemma(k) in self.lex.planned or fold(doc.tokens[k].text, doc.lang) in self.lex.planned
                   for k in scope if k != trig.start_tok) or doc.tokens[trig.start_tok].lemma in ("will",) or any(
                doc.tokens[k].tense == "Fut" for k in scope)  # "посетит", "визит завершится": a future form

    def _told_held(self, trig: TriggerMatch) -> bool:
        """Whether a past form of a verb of holding describes the event noun ("встреча станет продолжением
        их телефонного разговора, состоявшегося 30 апреля", "aprelin 30-da keçirilmiş telefon danışığının
        davamı olacaq") or has it for subject ("прошла заранее запланированная встреча", "the long-planned
        meeting took place"): that event took place, whatever its clause says of another or of its plan.
        (English participles carry no tense here: "the call held on April 30" is left to the clause.)"""
        doc = self.doc
        if not trig.spec.noun:
            return False
        if not doc.has_parse:
            before = trig.start_tok - 1
            return before >= 0 and self._held_participle(fold(doc.tokens[before].text, doc.lang))
        head = self._trigger_head(trig)
        holder = doc.tokens[head].head if doc.tokens[head].dep in SUBJECT_DEPS else None
        return any(doc.tokens[c].dep in ("acl", "amod") and doc.tokens[c].tense == "Past" and self._holds(c)
                   for c in doc.tokens[head].children) or (
            holder is not None and doc.tokens[holder].tense == "Past" and self._holds(holder))

    def _held_participle(self, word: str) -> bool:
        """Whether an Azerbaijani word is a participle of a verb of holding ("keçirilmiş", "keçirilən")."""
        return word.endswith(self.lex.attributive_suffixes) and any(word.startswith(v) for v in self.lex.held_verbs)

    def _holds(self, verb: int) -> bool:
        """Whether a verb is one of holding, of one word or with its particle or object ("take place")."""
        return self._lemma(verb) in self.lex.held_verbs or any(
            f"{self._lemma(verb)} {self._lemma(c)}" in self.lex.held_verbs for c in self.doc.tokens[verb].children)

    def _ongoing(self, trig: TriggerMatch, scope: list[int]) -> bool:
        """Whether the trigger is the subject of a verb of lasting or ending ("визит продлится три
        дня", "səfəri sabah başa çatacaq"): the event is one under way, reported again."""
        doc = self.doc
        if doc.has_parse:
            return any(self._lemma(k) in self.lex.ongoing for k in scope if k != trig.start_tok)
        _, end = self._clause(trig)
        after = self._words(trig.end_tok, end)
        return any(f" {phrase}" in after for phrase in self.lex.ongoing)

    def _recalled(self, trig: TriggerMatch) -> bool:
        """Whether the trigger's clause says the event is an earlier one ("Aliyev last visited
        Turkey in March", "в последний раз встречались", "sonuncu dəfə ... səfər edib")."""
        start, end = self._clause(trig)
        words = self._words(start, end)
        return any(f" {phrase} " in f"{words} " for phrase in self.lex.previous_phrases)

    def _holding_words(self, trig: TriggerMatch) -> frozenset[int]:
        """When a noun trigger with no party of its own is what a verb of holding says took place
        ("The meeting was held at the Government Administration", "Meeting held in Tbilisi focused on",
        "Встреча прошла в Кремле", "Görüş Prezident Sarayında keçirilib"), the words of that verb's
        phrase, where its place is named; else none."""
        doc = self.doc
        if not doc.has_parse:  # Azerbaijani: the holding verb follows the noun ("görüş" is also the stem of "görüşüb")
            start, end = self._clause(trig)
            after = " " + self._words(trig.end_tok, end)
            return frozenset(range(start, end)) if any(f" {verb}" in after for verb in self.lex.held_verbs) else frozenset()
        tok = doc.tokens[self._trigger_head(trig)]
        if not trig.spec.noun or tok.dep not in SUBJECT_DEPS or tok.head is None or doc.tokens[tok.head].dep.lower() != "root":
            return frozenset()  # "the results of the meeting held in Brussels", "said the meetings held in ..." name others
        verbs = [tok.head, *(c for c in tok.children if doc.tokens[c].dep in ("acl", "amod") and doc.tokens[c].pos == "VERB")]
        held = next((v for v in reversed(verbs) if self._holds(v)), None)
        return frozenset(doc.subtree(held)) if held is not None else frozenset()

    def _attends_talks(self, trig: TriggerMatch) -> bool:
        """Whether what an attendance names is talks ("also attended the meeting", "приняли участие во
        встрече", "görüşdə iştirak edirdilər"): its subjects sat at that meeting, which is no visit.
        A summit attended is a setting, and attending it abroad is one."""
        doc = self.doc
        if doc.has_parse:
            heads = [c for k in range(trig.start_tok, trig.end_tok) for c in doc.tokens[k].children
                     if doc.tokens[c].dep in ATTENDED_DEPS]
            heads += [g for h in heads if doc.tokens[h].dep == "prep" for g in doc.tokens[h].children]
        else:  # the locative of what is attended, before the verb: "Görüşdə X və Y iştirak edirdilər"
            heads = [k for k in range(self._clause(trig)[0], trig.start_tok)
                     if fold(doc.tokens[k].text, doc.lang).endswith(LOCATIVE_ENDINGS)]
        return any((spec := spec_at(doc, self.lex, h)) is not None and spec.type in (EventType.MEETING, EventType.CALL)
                   and not spec.context_in_frame and not self._session_of_body(h) for h in heads)

    def _session_of_body(self, noun: int) -> bool:
        """Whether a meeting noun names a body's session ("the meeting of the ECO Council of
        Ministers"), a setting like a summit, not talks."""
        doc = self.doc
        return doc.has_parse and any(k in self.by_token and self.by_token[k].ref.type is EntityType.ORGANIZATION
                                     for k in doc.subtree(noun) if k != noun)

    def _attributive(self, trig: TriggerMatch) -> bool:
        """Whether a verb trigger only describes a noun ("the declaration signed in Moscow",
        "подписанная в Москве декларация", "Moskvada imzalanmış bəyannamə"): no event of its own."""
        doc = self.doc
        if doc.has_parse:
            tok = doc.tokens[self._trigger_head(trig)]
            return tok.dep in ("amod", "acl") or (tok.pos == "ADJ")
        return fold(doc.tokens[self._az_verb(trig)].text, doc.lang).endswith(self.lex.attributive_suffixes)

    def _with_in_frame(self, frame: int, role: str, cand: Candidate) -> None:
        """"held meetings on the sidelines of the summit with A, B", "встретился на полях саммита ... с
        X": the parse hangs the "with" party on the summit; it is the event's."""
        doc = self.doc
        for k in doc.subtree(frame):
            if doc.tokens[k].dep in ("obl", "prep", "nmod") and self._prep_slot(k, False) == "with":
                self._take(k, role, cand, "with")

    def _frame_phrase(self, tok: int) -> bool:
        """Whether an argument phrase is a frame ("on the sidelines of ...", "на полях ...")."""
        doc = self.doc
        near = [tok, *doc.tokens[tok].children]
        return any(self._has_word(k, self.lex.frames) for k in near)

    def _framed(self, trig: TriggerMatch, frames: frozenset[str] | None = None) -> bool:
        """Whether the trigger stands in a frame phrase ("on the sidelines of the summit", "в рамках
        саммита", "sammiti çərçivəsində"): the words governing it with a parse, the next words without.
        `frames`: the frame words that count (all of the lexicon's by default)."""
        doc = self.doc
        frames = self.lex.frames if frames is None else frames
        if doc.has_parse:
            near = self._governing_words(trig)
        else:
            near = [k for k in range(trig.end_tok, trig.end_tok + 2) if k < len(doc.tokens)]
        return any(self._has_word(k, frames) for k in near)

    def _governing_words(self, trig: TriggerMatch) -> list[int]:
        """The three words that govern a trigger in the parse, a long name between them counting as one
        word ("framework of [the Organization of Turkic States] summit")."""
        return [k for k in self.doc.ancestors(self._trigger_head(trig)) if k not in self.by_token][:3]

    def _frames_past_clause(self, trig: TriggerMatch) -> bool:
        """Whether a trigger is the frame of a clause told in the past ("During the meeting with X, Y
        invited him", "в ходе встречи с X пригласил"): a frame word governs it or marks it. Without a parse
        (Azerbaijani) the clause's last finite verb tells it, and neither a future form nor a plan word beside it
        may ("dəvət edib", "nəzərdə tutulub" are plans)."""
        doc = self.doc
        framing = self.lex.frames - self.lex.frames_ahead  # "ahead of the meeting scheduled for August 31" frames a later one
        if not doc.has_parse:
            verb = next((k for k in reversed(range(trig.end_tok, self._clause(trig)[1])) if self._finite(k)), None)
            return self._framed(trig, framing) and verb is not None and not fold(doc.tokens[verb].text, doc.lang).endswith(
                self.lex.planned_suffixes) and not any(self._has_word(k, self.lex.planned) for k in (verb - 1, verb))
        governing = self._governing_words(trig)
        frame = next((i for i, k in enumerate(governing) if self._has_word(k, framing)), 0)
        if any(self._lemma(k) in self.lex.planned for k in governing[:frame]):
            return False  # "в контексте подготовки визита лидеры обменялись мнениями": the visit is being prepared
        marked = any(self._has_word(k, framing) for m in self._markers(self._trigger_head(trig))
                     for k in (m, *doc.tokens[m].children))
        return (marked or self._framed(trig, framing)) and self._told_in_tense(trig, "Past")

    def _names_counterpart(self, trig: TriggerMatch) -> bool:
        """Whether a framed meeting noun names whom it was with ("During the meeting with the Foreign
        Minister of Georgia X, Y congratulated him", "X ilə görüş zamanı"): talks, not a setting."""
        doc = self.doc
        if doc.has_parse:
            head = self._trigger_head(trig)
            return any(doc.tokens[c].dep in ("prep", "nmod", "obl") and self._prep_slot(c, True) == "with" and (any(
                self.by_token[k].ref.type is EntityType.PERSON for k in self._phrase_actors(c)) or any(  # "with his counterpart X",
                self._named_next(o) for o in (c, *doc.tokens[c].children)))  # the name parsed apart
                for c in doc.tokens[head].children)
        return any(m.ref.type is EntityType.PERSON and (m.case == "com" or _followed_by(doc, m, "ilə"))
                   and 0 <= trig.start_tok - m.end_tok <= 2 for m in self.actors)

    def _topic(self, trig: TriggerMatch) -> bool:
        """Whether a noun trigger is what is talked about ("spoke about the negotiations", "обсудили
        ход переговоров", "danışıqlar haqqında", "danışıqların başa çatmasını müzakirə ediblər"),
        not an event of the sentence."""
        doc = self.doc
        head = self._trigger_head(trig)
        if doc.has_parse:
            markers = self._markers(head)
            governor = doc.tokens[head].head
            appraised = doc.tokens[head].dep in OBJECT_DEPS and governor is not None and (self._lemma(
                governor) in self.lex.appraisals | self.lex.discussion_verbs) and not any(
                doc.tokens[c].dep == "case" for c in doc.tokens[head].children) and not (  # "назвал визит важным сигналом",
                self._lemma(governor) in self.lex.appraisals and self._names_counterpart(trig))
            # "discussed next month's NATO Summit"; not an object with a preposition, which the parser misread; but
            # "described the talks with his Turkish counterpart as difficult" appraises the appraiser's own talks
            if governor is not None and doc.tokens[governor].dep == "prep":  # "congratulated him on the signing"
                governor = doc.tokens[governor].head
            # "During the meeting with X, Y congratulated him", "Во время встречи с X ... поздравил": talks, no topic
            # "в телефонном разговоре Токаев поздравил Жапарова": where it was said, not what was congratulated
            framed = any(self._has_word(k, self.lex.frames) for m in markers for k in (m, *doc.tokens[m].children)) and (
                self._names_counterpart(trig)) or self._locative(head)
            return any(self._has_word(k, self.lex.topic_markers) for k in markers) or self._topic_head(head) is not None or (
                governor is not None and self._lemma(governor) in self.lex.topic_verbs and not framed) or appraised
        after = range(trig.end_tok, min(trig.end_tok + 2, len(doc.tokens)))
        last = doc.tokens[trig.end_tok - 1]
        appraised = any(case == "acc" for _, case in last.readings) and any(  # 'səfəri "tarixi" adlandırıb'
            self._has_word(k, self.lex.appraisals) for k in range(trig.end_tok, min(trig.end_tok + APPRAISAL_GAP, len(doc.tokens)))
            if doc.tokens[k].sent == last.sent)
        return any(self._has_word(k, self.lex.topic_markers) for k in after) or appraised or (
            last.case == "gen" and any(self._has_word(k, self.lex.topic_heads) for k in after[:1]))

    def _topic_head(self, head: int) -> int | None:
        """The noun whose genitive the trigger is, when that noun makes it a topic ("the progress of
        the talks", "ход переговоров"): the token, else None."""
        doc = self.doc
        tok = doc.tokens[head]
        governor = tok.head
        if tok.dep == "pobj" and governor is not None and self._lemma(governor) == "of":
            governor = doc.tokens[governor].head
        elif not (tok.dep == "nmod" and tok.case == "Gen"):
            return None
        return governor if governor is not None and self._has_word(governor, self.lex.topic_heads) and not self._sequel(
            governor) else None

    def _sequel(self, tok: int) -> bool:
        """Whether a word puts the event it governs before its clause ("по итогам", "following")."""
        doc = self.doc
        lemma = self._lemma(tok)
        phrases = {lemma, fold(doc.tokens[tok].text, doc.lang),
                   *(f"{self._lemma(c)} {lemma}" for c in doc.tokens[tok].children if doc.tokens[c].dep == "case")}
        return bool(phrases & self.lex.sequels)

    def _distributive(self, trig: TriggerMatch) -> bool:
        """Whether the trigger names one event per counterpart: a plural pattern, the plural of a
        countable noun ("meetings", "встречи", "görüşlər"), or a marker such as "separate"/"отдельные"
        on the trigger or on the verb that governs it."""
        doc = self.doc
        if trig.spec.plural or (trig.spec.countable and doc.tokens[self._trigger_head(trig)].number == "Plur"):
            return True
        return self._distributive_marked(trig)

    def _light_verb_holds(self, trig: TriggerMatch) -> bool:
        """Whether the first verb above a noun trigger is a light verb ("held meetings", "engaged in conversations")."""
        verb = self._verb_above(self._trigger_head(trig))
        return verb is not None and self._lemma(verb) in self.lex.light_verbs

    def _verb_above(self, tok: int) -> int | None:
        """The nearest verb among a token's ancestors."""
        doc = self.doc
        return next((a for a in doc.ancestors(tok) if doc.tokens[a].pos in ("VERB", "AUX")), None)

    def _distributive_marked(self, trig: TriggerMatch) -> bool:
        """Whether a marker such as "separate"/"отдельные" stands on the trigger or the verb governing it."""
        doc = self.doc
        near = self._modifiers(trig)
        if doc.has_parse:
            verb = doc.tokens[self._trigger_head(trig)].head
            if verb is not None:
                near += [verb, *doc.tokens[verb].children]
        else:
            start, end = self._clause(trig)
            near = list(range(start, end))
        return any(self._has_word(k, self.lex.distributive) for k in near)

    def _with_each(self, trig: TriggerMatch) -> bool:
        """Whether the "with" preposition is repeated before coordinated persons ("встретился с
        президентом A и со своим коллегой B", "met with President A and with Prime Minister B"): the
        repetition sets the meetings apart, one per counterpart."""
        doc = self.doc
        if not doc.has_parse:
            return False
        start, end = self._clause(trig)
        persons = {k for k, m in self.by_token.items() if m.ref.type is EntityType.PERSON}  # names and their titles
        def phrase(k: int) -> int | None:  # the preposition's phrase: en heads it, ru marks its noun
            return k if doc.tokens[k].dep in ("prep", "conj") else doc.tokens[k].head

        withs = [k for k in range(max(start, trig.end_tok), end) if PREP_SLOTS.get(self._lemma(k)) == "with"
                 and (node := phrase(k)) is not None and any(c in persons for c in doc.subtree(node) if c != k)]
        return any(doc.tokens[k].lemma in COORDINATORS for a, b in zip(withs, withs[1:]) for k in range(a + 1, b))

    def _meets_each(self, cand: Candidate) -> bool:
        """Whether a meeting of one person with several ("met European Council President A and High
        Representative B") is one meeting with each: the one who met is a person and the others are
        met with, not received as a group ("received the co-chairs A, B and C" is one reception)."""
        subject = [ref for ref, _ in cand.participants.values() if ref.id in cand.subjects]
        return len(subject) == 1 and subject[0].type is EntityType.PERSON and all(
            role == "participant" for ref, role in cand.participants.values() if ref.id not in cand.subjects)

    def _names_group(self, cand: Candidate) -> bool:
        """Whether the event's sentence names the joint holders of a body ("the Minsk Group co-chairs A, B and
        C", "həmsədrləri"): one meets or calls them together, not one by one."""
        sent = self.doc.sentences[cand.sent]
        text = fold(self.doc.text[sent.start:sent.end], self.doc.lang)
        return any(re.search(rf"(?<!\w){re.escape(stem)}", text) for stem in self.lex.group_titles)

    def _calls_each(self, trig: TriggerMatch, cand: Candidate) -> bool:
        """Whether one caller's call with several persons is a call with each of them: calls join two
        parties (241 of 252 real gold calls), unless its sentence names a format of more ("trilateral",
        "videoconference")."""
        others = [ref for ref, _ in cand.participants.values() if ref.id not in cand.subjects and ref.type is EntityType.PERSON]
        sent = self.doc.sentences[cand.sent]
        # with a parse, the trigger's own clause: "met with A and B to discuss the decisions of the NATO Summit" names
        # no format of the meeting
        words = self.doc.subtree(self._clause_head(self._trigger_head(trig)), CLAUSE_DEPS - {"conj"}) if self.doc.has_parse else (
            range(sent.first_tok, sent.last_tok))
        return len(cand.subjects) == 1 and len(others) >= 2 and not any(self._has_word(k, self.lex.multilateral) for k in words)

    def _remote(self, trig: TriggerMatch) -> bool:
        """Whether the trigger's clause says the meeting was held by video or online."""
        start, end = self._clause(trig)  # a headline's "VIDEO" or "ВИДЕО" tags its page, not the meeting
        return any(self._has_word(k, self.lex.remote) and not (
            self.doc.tokens[k].start < self.headline_end and self.doc.tokens[k].text.isupper()) for k in range(start, end))

    def _first_person(self, trig: TriggerMatch) -> bool:
        """Whether the trigger is told in the first person ("I spoke with", "мы провели переговоры",
        "Lavrovla danışdım", "telefon danışığım oldu"): with a parse, an "I"/"we" subject of its verb
        or of the verb it is the object of; without one, a first-person ending on its verb or noun."""
        doc = self.doc
        if not doc.has_parse:  # "X ilə görüşdə ... müzakirə etdik": for a meeting framing its clause, that clause's verb
            last = next((k for k in reversed(range(trig.end_tok, self._clause(trig)[1])) if doc.tokens[k].text.isalpha()), None)
            framing = last is not None and doc.tokens[trig.end_tok - 1].case == "loc"
            words = {self._az_verb(trig), trig.end_tok - 1, *([last] if framing else [])}
            return any(fold(doc.tokens[k].text, doc.lang).endswith(self.lex.first_person_suffixes) for k in words)
        head = self._trigger_head(trig)  # a noun's own light verb only: "we consider your visit important" tells no visit of ours
        governing = doc.tokens[head].head if trig.spec.noun else None
        verbs = [head, *([governing] if governing is not None and self._lemma(governing) in self.lex.light_verbs else [])]
        return any(doc.tokens[c].dep in SUBJECT_DEPS and self._lemma(c) in self.lex.first_person
                   for v in verbs for c in doc.tokens[v].children)

    def _speaker(self, trig: TriggerMatch) -> ActorMention | None:
        """The person who tells a first-person quote: the subject of the first reporting word after
        the trigger in its paragraph or the next one ("..., — E.Məmmədyarov vurğulayıb", "said
        Lavrov"), else of a reporting word before it in its paragraph that introduces the quote ("X
        qeyd edib: “..."), else a person a colon follows there ("Лавров: «Мы провели ...»"); None when
        nothing names the speaker."""
        doc = self.doc
        text = doc.text
        at = doc.tokens[trig.start_tok].start
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        following = NEXT_LINE.match(text, line_end)  # the paragraph after, past blank lines
        limit = following.end() if following else line_end
        after = [k for k in range(trig.end_tok, len(doc.tokens)) if doc.tokens[k].start < limit and self._reports(k)]
        before = [k for k in range(trig.start_tok - 1, -1, -1) if doc.tokens[k].start >= line_start and self._reports(k)
                  and any(doc.tokens[j].text in QUOTE_OPENERS for j in range(k + 1, trig.start_tok))]
        for k in [*after, *before]:
            speaker = self._reporter(k, floor=trig.end_tok if k > trig.start_tok else 0)
            if speaker is not None:
                return speaker
        return next((m for m in reversed(self.actors) if m.ref.type is EntityType.PERSON and line_start <= m.start < at
                     and m.end_tok < len(doc.tokens) and doc.tokens[m.end_tok].text == ":"), None)  # "Lavrov: «Мы ...»"

    def _reports(self, k: int) -> bool:
        """Whether a word attributes speech ("said", "заявил", "vurğulayıb"), not being part of a name."""
        return self._has_word(k, self.lex.reporting) and k not in self.by_token

    def _reporter(self, k: int, floor: int) -> ActorMention | None:
        """The person a reporting word says spoke: its parsed subject, else the person right after it
        ("said Lavrov"); without a parse, the first nominative person before it in its sentence and
        after `floor` ("— deyə Prezident İlham Əliyev vurğulayıb")."""
        doc = self.doc
        sent = doc.tokens[k].sent
        persons = [m for m in self.actors if m.ref.type is EntityType.PERSON and doc.tokens[m.start_tok].sent == sent]
        if doc.has_parse:
            subject = next((self.by_token[c] for c in doc.tokens[k].children if doc.tokens[c].dep in SUBJECT_DEPS
                            and c in self.by_token and self.by_token[c].ref.type is EntityType.PERSON), None)
            return subject or next((m for m in persons if 0 < m.start_tok - k <= SPEAKER_GAP), None)
        return next((m for m in persons if floor <= m.start_tok < k and m.case == "nom"), None)

    def _remote_partner(self, trig: TriggerMatch) -> bool:
        """Whether the trigger's verb is coordinated with a verb of a remote talk ("провели телефонный
        разговор и обсудили события в Анкаре", "held a phone call and discussed ..."): the discussion is that
        call, whatever place its topic names."""
        doc = self.doc
        if not doc.has_parse:
            return False
        head = self._trigger_head(trig)
        t = doc.tokens[head]
        partners = [c for c in t.children if doc.tokens[c].dep == "conj"] + ([t.head] if t.dep == "conj" and t.head is not None else [])
        own = set(doc.subtree(head))
        return any(self._has_word(k, self.lex.remote) for p in partners for k in doc.subtree(p) if k not in own)

    def _has_word(self, k: int, words: frozenset[str]) -> bool:
        """A token is one of `words`: by lemma with a parser, by stem prefix without one."""
        tok = self.doc.tokens[k]
        if self.doc.has_parse:
            return self._lemma(k) in words or fold(tok.text, self.doc.lang) in words
        return any(key.startswith(w) for key in tok.keys for w in words)

    def _modifiers(self, trig: TriggerMatch) -> list[int]:
        doc = self.doc
        if doc.has_parse:
            return [c for k in range(trig.start_tok, trig.end_tok) for c in doc.tokens[k].children]
        return list(range(max(trig.start_tok - 2, 0), trig.start_tok))

    # -- participants with a parse -----------------------------------------------------------

    def _parsed_participants(self, trig: TriggerMatch, cand: Candidate) -> None:
        doc, spec = self.doc, trig.spec
        head = self._trigger_head(trig)
        passive = any(doc.tokens[c].dep in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in doc.tokens[head].children)
        inside = range(trig.start_tok, trig.end_tok)
        # "held talks with B": in a verb-noun pattern the noun carries the "with" argument
        # "выступил на заседании Совета": the noun of a verb-noun pattern also takes a genitive possessor
        arguments = [(c, k != head) for k in inside for c in doc.tokens[k].children if c not in inside and (k == head or
                     doc.tokens[c].dep in ("prep", "obl", "nmod"))]
        if spec.noun:  # "состоявшийся между ним и Керри телефонный разговор", "the talks held with Y": the participle's
            arguments += [(c, True) for a in doc.tokens[head].children if doc.tokens[a].dep in ("acl", "amod")
                          and self._lemma(a) in self.lex.held_verbs for c in doc.tokens[a].children
                          if doc.tokens[c].dep in ("prep", "obl", "nmod")]
        for child, of_noun in arguments:
            dep = doc.tokens[child].dep
            slot = None
            if dep in SUBJECT_DEPS:
                slot = "object" if passive and spec.role("object") else "subject"
            elif dep in OBJECT_DEPS:
                slot = "object"
            elif dep in ("agent", "obl:agent") or (passive and dep == "obl" and doc.tokens[child].case == "Ins"):
                slot = "subject"
            elif dep in ("obl", "nmod", "prep", "nmod:poss", "poss", "compound", "det"):
                slot = self._prep_slot(child, spec.noun or of_noun)
            elif dep == "appos" and spec.noun and self._names_person(child) and doc.tokens[child - 1].text != "(":
                slot = "with"  # "held a meeting through videoconferencing with the co-chairs, A, B and C": an event
                # noun has no name in apposition, so a parse that makes one has cut off its list of counterparts
            if slot and spec.role(slot):
                self._take(child, spec.role(slot), cand, slot)
        if not spec.noun and spec.role("with") and "with" not in cand.slots:
            for child in doc.tokens[head].children:
                if doc.tokens[child].dep in ("obl", "prep", "nmod") and self._frame_phrase(child):
                    self._with_in_frame(child, spec.role("with"), cand)
            # "discussed the developments with his counterpart Y": the parser hung "with" on the object
            for obj in [c for c in doc.tokens[head].children if doc.tokens[c].dep in OBJECT_DEPS]:
                for child in doc.tokens[obj].children:
                    if "with" not in cand.slots and doc.tokens[child].dep == "prep" and self._prep_slot(child, False) == "with":
                        self._take(child, spec.role("with"), cand, "with")
            for child in self._stranded_after(head):
                if "with" not in cand.slots and self._prep_slot(child, False) == "with":
                    self._take(child, spec.role("with"), cand, "with")
        if not spec.noun and spec.role("object") and not any(doc.tokens[c].dep in OBJECT_DEPS for c in doc.tokens[head].children):
            self._case_object(head, trig, cand)
        if spec.noun:
            # "X, находящийся с визитом в Турции, встретился с Y": X, whatever the parser hung on the participle
            if not (not cand.participants and trig.spec.type is EventType.VISIT and self._staying_visitor(trig, cand)) and not (
                    self._framed_ahead(trig)):  # "Накануне визита министры провели разговор": not the visitors
                needed = 1 if trig.spec.type in (EventType.VISIT, EventType.AGREEMENT_SIGNING) else 2
                self._governing_verb(head, trig, cand, always=len(cand.participants) < needed)
                if len(cand.participants) < needed:
                    self._speaker_of_title(trig, cand)
                if len(cand.participants) < needed:
                    self._clause_subjects(trig, cand)
        elif (slot := "object" if passive and spec.role("object") else "subject") not in cand.slots and (
                first := self._subject_lender(head)) is not None:  # "посетил Ереван, где был принят X": the visitor is the guest
            for child in doc.tokens[first].children:
                if doc.tokens[child].dep in SUBJECT_DEPS and spec.role(slot):
                    self._take(child, spec.role(slot), cand, slot)
        elif slot == "subject" and spec.role(slot) and doc.tokens[head].dep in ("acl", "amod") and (
                described := doc.tokens[head].head) is not None and described > head and self._names_person(described):
            for mention in self._described_by_participle(head)[:1]:  # "Находящийся в Женеве министр X встретился с Y"
                cand.add(mention.ref, spec.role(slot), subject=True)
                cand.slots.add(slot)
        elif slot == "subject" and spec.role(slot) and doc.tokens[head].tense and not cand.subjects:
            self._subject_before(head, cand, spec.role(slot))  # no subject, or one that names nobody ("INTERFAX.RU - X прибыл")
        if any(self._lemma(c) in ("их", "their", "они", "they") for c in doc.tokens[head].children):
            cand.refers_back = True

    def _stranded_after(self, verb: int) -> list[int]:
        """Argument phrases after a verb that the parser hung on a clause closed by a comma before it ("X,
        находящийся с визитом в России, встретился с Y", where "с Y" went to the participle): a crossing arc
        the verb's own phrase is meant by."""
        doc = self.doc
        sent = doc.tokens[verb].sent
        above = set(doc.ancestors(verb))
        out = []
        for k in range(verb + 1, len(doc.tokens)):
            tok = doc.tokens[k]
            if tok.sent != sent:
                break
            if tok.dep in ("obl", "prep", "nmod") and tok.head is not None and tok.head < verb and tok.head not in above and any(
                    doc.tokens[j].text == "," for j in range(tok.head + 1, verb)):
                out.append(k)
        return out

    def _initiator(self, trig: TriggerMatch, cand: Candidate) -> None:
        """"At the request of Rex Tillerson", "по инициативе Эрдогана", "Yaşar Gülerin təşəbbüsü ilə": the
        one who asked for the call or meeting took part in it: an initiative noun of the trigger's clause
        with its mark (a singular governed by "at", "по"; one followed by "ilə"), and in the noun's phrase
        the first person, else body (with a parser), or the actor right before the noun, its genitive
        (without one)."""
        doc = self.doc
        for k in range(*self._clause(trig)):
            if not self._has_word(k, self.lex.initiative) or not self._initiative_marked(k):
                continue
            if doc.has_parse:
                inside = set(doc.subtree(k))
                owners = [m for m in self.actors if m.head_tok in inside and m.ref.type in (EntityType.PERSON, EntityType.ORGANIZATION)]
                owners.sort(key=lambda m: m.ref.type is not EntityType.PERSON)
            else:
                owners = [m for m in self.actors if m.end_tok == k and m.ref.type is not EntityType.COUNTRY]
            if owners and owners[0].ref.id not in cand.participants:
                cand.add(owners[0].ref, "caller" if trig.spec.type is EventType.CALL else "participant")

    def _initiative_marked(self, k: int) -> bool:
        doc, tok = self.doc, self.doc.tokens[k]
        if not doc.has_parse:
            return k + 1 < len(doc.tokens) and self._has_word(k + 1, self.lex.initiative_marks)
        governing = [*tok.children, *([tok.head] if tok.head is not None else [])]
        return tok.number == "Sing" and any(self._lemma(g) in self.lex.initiative_marks for g in governing)

    def _subject_before(self, verb: int, cand: Candidate, role: str) -> None:
        """A verb the parser left without a subject: the subject lost in a fronted phrase ("At the
        initiative of the Russian side, President of the National Assembly X held a telephone conversation
        with Y"), or the noun a participle describes ("Алиев, прибывший в Москву с визитом"). It is the
        last person before the verb in its sentence, nominative where case shows, with no other verb
        form between."""
        doc = self.doc
        sent = doc.tokens[verb].sent
        before = [m for m in self.actors if m.end_tok <= verb and doc.tokens[m.start_tok].sent == sent
                  and doc.tokens[m.head_tok].case in ("Nom", "") and not any(doc.tokens[k].tense for k in range(m.end_tok, verb))]
        while len(before) > 1 and before[-1].ref.type is not EntityType.PERSON and self._completes_title(before[-2], before[-1]):
            before.pop()  # "President Xi Jinping of the People's Republic of China undertook": the country completes his title
        if before and before[-1].ref.type is EntityType.PERSON and before[-1].ref.id not in cand.participants:
            for mention in self._listed_up_to(before[-1]):  # "..., A and B met with C": both
                cand.add(mention.ref, role, subject=True)
            cand.slots.add("subject")

    def _listed_up_to(self, last: ActorMention) -> list[ActorMention]:
        """The persons coordinated right before a person ("A, B and C" up to C), and it."""
        doc, out = self.doc, [last]
        k = last.start_tok - 1
        while k > 0 and fold(doc.tokens[k].text, doc.lang) in LIST_SEPARATORS:
            prev = self.by_token.get(k - 1)
            if prev is None or prev.ref.type is not EntityType.PERSON or prev.end_tok != k:
                break
            out.insert(0, prev)
            k = prev.start_tok - 1
        return out

    def _completes_title(self, person: ActorMention, country: ActorMention) -> bool:
        """Whether a country or body right after a person is the "of" phrase of the person's title
        ("Xi Jinping of the People's Republic of China", "Narendra Modi, Prime Minister of India")."""
        between = [self.doc.tokens[k] for k in range(person.end_tok, country.start_tok)]
        return any(t.lemma == "of" for t in between) and all(
            t.lemma in ("of", "the", "'s", ",") or t.text[:1].isupper() for t in between)

    def _subject_lender(self, head: int) -> int | None:
        """The verb whose subject a subjectless verb trigger shares: the first of coordinated verbs
        or the governing one ("планирует посетить", "arrived and met", a reporting verb: "сообщил, что
        провел"), for a gerund a circumstance marks
        the nearest verb above with a person for subject ("X said while meeting with Y"), or the verb of
        the place a "where" clause hangs on ("посетил Ереван, где был принят X"; "where" names no actor)."""
        doc = self.doc
        tok = doc.tokens[head]
        if tok.dep in ("conj", "xcomp"):
            return tok.head
        if tok.dep == "ccomp" and tok.tense and tok.head is not None and self._lemma(tok.head) in self.lex.reporting and not any(
                doc.tokens[c].dep in SUBJECT_DEPS for c in tok.children) and any(
                doc.tokens[c].dep in SUBJECT_DEPS and self._names_person(c) for c in doc.tokens[tok.head].children):
            return tok.head  # "Блинкен сообщил, что провел телефонный разговор с X": the reporter held it ("Стоит отметить, что": nobody)
        if tok.dep == "advcl" and self._lemma(head) in self.lex.stay_verbs:
            return tok.head  # "Находясь с визитом в России, X встретился с Y": the one staying is the clause's subject
        if tok.dep == "advcl" and not tok.tense and head < (tok.head or 0) and not any(
                doc.tokens[c].dep in SUBJECT_DEPS or doc.tokens[c].dep == "mark" for c in tok.children):
            return tok.head  # "Arriving in Baku on Monday, X told reporters": a fronted participle's subject is the clause's
        if not tok.tense and any(self._lemma(k) in self.lex.gerund_marks for k in (
                tok.children if tok.dep == "advcl" else [tok.head] if tok.dep == "pcomp" else [])):
            return next((a for a in doc.ancestors(head) if any(  # "X said while meeting with Y": the sayer's
                doc.tokens[c].dep in SUBJECT_DEPS and self._names_person(c) for c in doc.tokens[a].children)), None)
        if tok.dep not in ("acl:relcl", "relcl") or not any(self._lemma(c) in PLACE_RELATIVES for c in tok.children) or any(
                doc.tokens[c].dep in SUBJECT_DEPS for c in tok.children):
            return None
        return self._verb_above(head)

    def _case_object(self, head: int, trig: TriggerMatch, cand: Candidate) -> None:
        """When the parse lost the object ("Каю Каллас принял президент"), a person of the
        trigger's clause that is neither its subject nor already a party is the object."""
        doc = self.doc
        clause = self._clause_head(head)
        for mention in self.actors:
            t = doc.tokens[mention.head_tok]
            if (mention.ref.type is EntityType.PERSON and t.dep not in SUBJECT_DEPS and mention.ref.id not in cand.participants
                    and t.sent == doc.tokens[head].sent and self._clause_head(mention.head_tok) == clause):
                cand.add(mention.ref, trig.spec.role("object"))

    def _staying_visitor(self, trig: TriggerMatch, cand: Candidate) -> bool:
        """"Д.Байрамовым, находящимся в России с рабочим визитом": the person a participle of staying
        or arriving describes is the visitor, read linearly because parsers often hang the visit
        noun on another word of the sentence. Whether one was found."""
        doc = self.doc
        sent = doc.tokens[trig.start_tok].sent
        first = trig.start_tok if trig.spec.noun else trig.start_tok + 1  # a verb trigger may be the participle itself
        stay = next((k for k in range(first - 1, max(first - 8, -1), -1)
                     if doc.tokens[k].sent == sent and self._lemma(k) in self.lex.stay_verbs), None)
        if stay is None:
            return False
        role = trig.spec.role("possessor") or trig.spec.role("subject") or "visitor"
        before = [m for m in self.actors if m.end_tok <= stay and doc.tokens[m.start_tok].sent == sent
                  and all(doc.tokens[k].text in (",", "—", "-") for k in range(m.end_tok, stay))]
        if before and before[-1].ref.type is EntityType.PERSON:
            cand.add(before[-1].ref, role, subject=True)
            return True
        if not (stay > 0 and doc.tokens[stay].case and PREP_SLOTS.get(self._lemma(stay - 1)) == "with"):
            return False
        # "встречи с прибывшими с визитом в страну ... Президентами A, B и C", "с пребывающей с визитом делегацией
        # во главе с X": the persons the prenominal participle describes visited, each
        after = self._described_by_participle(stay)
        for mention in after:
            cand.add(mention.ref, role, subject=True)
        cand.distributive = len(after) > 1
        return bool(after)

    def _described_by_participle(self, participle: int) -> list[ActorMention]:
        """The persons a prenominal participle of staying or arriving describes: those after it in its
        sentence, read linearly because parsers hang the long phrase anywhere."""
        sent = self.doc.tokens[participle].sent
        return _unique([m for m in self.actors if m.start_tok > participle and self.doc.tokens[m.start_tok].sent == sent
                        and m.ref.type is EntityType.PERSON])

    def _clause_subjects(self, trig: TriggerMatch, cand: Candidate) -> None:
        """When the parse attached a noun trigger to the wrong verb ("— заявила глава ЕС на
        пресс-конференции с ..."), the nominative persons of its clause are its parties."""
        doc = self.doc
        start, end = self._clause(trig)
        role = trig.spec.role("possessor") or "participant"
        clause = self._clause_head(self._trigger_head(trig))
        for mention in self.actors:
            if doc.lang != "ru" and self._clause_head(mention.head_tok) != clause:
                continue  # without case marking, only the trigger's own clause is safe
            if (start <= mention.head_tok < end and mention.ref.type is EntityType.PERSON
                    and doc.tokens[mention.head_tok].case in ("Nom", "") and doc.tokens[mention.head_tok].dep in SUBJECT_DEPS):
                cand.add(mention.ref, role)

    def _speaker_of_title(self, trig: TriggerMatch, cand: Candidate) -> None:
        """"Lavrov's remarks and answers ... during a joint news conference following talks with X": a transcript's
        title noun (`speech_nouns`) above the event noun, through prepositions, frames and sequels, names by its owner
        the one who spoke there, a party of the event."""
        doc = self.doc
        links = ("prep", "pobj", "obl", "nmod", "acl", "dobj", "obj", "conj")
        cur = self._trigger_head(trig)
        for _ in range(6):
            if doc.tokens[cur].dep not in links or doc.tokens[cur].head is None:
                return
            cur = doc.tokens[cur].head
            if doc.tokens[cur].pos == "NOUN" and self._lemma(cur) in self.lex.speech_nouns:
                break
        else:
            return
        owners = [c for k in (cur, *(c for c in doc.tokens[cur].children if doc.tokens[c].dep == "conj"))
                  for c in doc.tokens[k].children if doc.tokens[c].dep in ("poss", "nmod:poss", "nmod") and c in self.by_token]
        for owner in owners[:1]:
            self._add_mentions([self.by_token[owner]], trig.spec.role("possessor") or "participant", cand)

    def _clause_head(self, tok: int) -> int:
        """The head of the clause a token belongs to (the first verb-like ancestor that starts a clause).
        A word of a name starts none, whatever the parser made of it ("... Duma [Vyacheslav] Volodin in Moscow"
        with "Vyacheslav" read as a verb)."""
        doc = self.doc
        cur = tok
        for anc in [tok, *doc.ancestors(tok)]:
            cur = anc
            if doc.tokens[anc].head is None or doc.tokens[anc].dep in (
                    "root", "parataxis", "ccomp", "advcl", "acl:relcl", "relcl", "csubj") and not self._in_a_name(anc):
                return anc
            if doc.tokens[anc].dep == "conj" and doc.tokens[anc].pos in ("VERB", "AUX"):
                return anc
        return cur

    def _in_a_name(self, tok: int) -> bool:
        mention = self.by_token.get(tok)
        return mention is not None and mention.ref.type is EntityType.PERSON and mention.start_tok <= tok < mention.end_tok

    def _trigger_head(self, trig: TriggerMatch) -> int:
        """The token of a multi-word trigger that carries its arguments (the head of the phrase)."""
        inside = range(trig.start_tok, trig.end_tok)
        for k in inside:
            head = self.doc.tokens[k].head
            if head is None or head not in inside:
                return k
        return trig.start_tok

    def _prep_slot(self, tok: int, noun: bool) -> str | None:
        """Which argument slot an oblique/modifier fills: its preposition's, or a bare genitive
        or possessive modifier of a noun trigger (the possessor: "визит Каллас", "Kallas's visit")."""
        doc = self.doc
        t = doc.tokens[tok]
        if t.dep == "prep":
            objs = [c for c in t.children if doc.tokens[c].dep == "pobj"]
            if noun and t.lemma == "by" and objs:
                return "possessor"  # "Joint press conference by the Secretary General and the President"
            if noun and t.lemma == "of" and objs and self._names_person(objs[0]):
                return "possessor"  # "the visit of Defense Minister X", not "the meeting of the Council of Ministers"
            return PREP_SLOTS.get(t.lemma) if objs else None
        preps = [c for c in t.children if doc.tokens[c].dep == "case" and self._lemma(c) not in POSSESSIVE_MARKERS]
        if preps:
            return PREP_SLOTS.get(self._lemma(preps[0]))
        if noun and (t.dep in ("nmod:poss", "poss", "compound") or (t.dep == "nmod" and t.case == "Gen")
                     or (t.dep == "det" and (self._lemma(tok) in PERSONAL_PRONOUNS or self._lemma(tok) in self.lex.guests))):
            return "possessor"
        return None

    def _names_person(self, tok: int) -> bool:
        """Whether a phrase head is a person's name or title, or heads a list of them."""
        doc = self.doc
        return any(k in self.by_token and self.by_token[k].ref.type is EntityType.PERSON
                   for k in [tok, *(c for c in doc.tokens[tok].children if doc.tokens[c].dep in ("compound", "conj", "appos"))])

    def _take(self, tok: int, role: str, cand: Candidate, slot: str) -> None:
        """Add the actors an argument phrase names. The most specific kind wins inside one phrase:
        persons, else an organization (a delegation, an institution acting), else a country."""
        doc = self.doc
        t = doc.tokens[tok]
        if t.dep == "prep":
            for c in t.children:
                if doc.tokens[c].dep == "pobj":
                    self._take(c, role, cand, slot)
            return
        lemma = self._lemma(tok)
        included = self._included(tok) if t.number == "Plur" else []
        origins = self._origin_countries(tok) if t.number == "Plur" and not included else []
        if included or origins:  # "met world leaders, including A, B and C", "counterparts from A and B": one with each
            cand.distributive = True
            before = set(cand.participants)
            for k in included or origins:
                self._take(k, role, cand, slot)
            if origins:  # no person is named for those sides: each country stands for its counterpart
                cand.acting_countries |= set(cand.participants) - before
            return
        named = self._named_persons(tok) if tok in self.plural_titles else []
        if named:  # "переговоров глав ведомств двух стран Сергея Лаврова и Джона Керри": the persons the title names
            cand.slots.add(slot)
            self._add_mentions(named, role, cand, subject=slot == "subject")
            return
        if (lemma in self.lex.sides or fold(t.text, doc.lang) in self.lex.sides or tok in self.plural_titles) and not (
                self._holders_of_countries(tok)):
            cand.refers_back = True
            cand.sides = cand.sides or (tok not in self.plural_titles and t.number == "Plur")  # not "the US side"
            return
        if lemma in self.lex.guests and tok not in self.by_token:
            cand.guest_role = role
            return
        if lemma in RELATIVE_PRONOUNS and t.head is not None:
            named = self._antecedents(tok)
            if named:
                cand.distributive = cand.distributive or len(named) > 1  # each of them arrived
                self._add_mentions(named, role, cand, subject=slot == "subject")
            return
        if lemma in PERSONAL_PRONOUNS:  # "He met individually with A and B": he is the subject each meets
            mention = self._pronoun_antecedent(tok)
            if mention is not None:
                self._add_mentions([mention], role, cand, subject=slot == "subject")
            for other in t.children:  # "между ним и господином Керри": the persons coordinated with him
                if doc.tokens[other].dep == "conj":
                    self._take(other, role, cand, slot)
            return
        if role == "destination":
            return
        if lemma in self.lex.stay_verbs and t.case and tok not in self.by_token:
            # "встреча с пребывающей с визитом в стране делегацией во главе с X": the persons the participle describes
            self._add_mentions(self._described_by_participle(tok), role, cand, subject=slot == "subject")
            return
        # a phrase before the trigger names no actor after it, and the reverse: on long sentences
        # parsers hang far-away names on the subject ("Министр ... провел встречи с A, B" with B as its appos)
        found = self._phrase_actors(tok)
        if self._trigger is not None:
            before = tok < self._trigger.start_tok
            found = [k for k in found if (k < self._trigger.start_tok) == before]
        mentions = _unique([self.by_token[k] for k in found])
        if not mentions and (named_next := self._named_next(tok)) is not None:  # "his counterpart Sergey Lavrov,
            mentions = [named_next]  # Azernews reports": the parser made the name the subject of the attribution
        if mentions and all(m.ref.type is EntityType.COUNTRY for m in mentions):
            holder = self._title_holder_of(mentions[0])
            if holder is not None:  # "the President of Azerbaijan's visit", parsed "President of [Azerbaijan's visit]"
                mentions = [holder]
        if (mentions or t.pos in ("NOUN", "PROPN") and not self._event_noun(tok)) and not any(
                m.ref.type is EntityType.PERSON for m in mentions):
            # "Afghanistan's chairman of the High Council ... Abdullah Abdullah and Foreign Minister B": the
            # person ending the title, and those coordinated with him
            named = self._title_chain_person(max([*found, tok]))
            if named is not None:
                mentions = _unique([named, *(self.by_token[k] for k in self._phrase_actors(named.head_tok)
                                             if self.by_token[k].ref.type is EntityType.PERSON)])
        heads = self._heads_of_delegation(tok) if lemma in self.lex.delegation or self._led_group(tok) else []
        if heads:  # "принял делегацию Турции во главе с министром X": X acts for it
            mentions = heads
        elif lemma in self.lex.delegation and not mentions:
            cand.delegation_back = True
            return
        if mentions:
            cand.slots.add(slot)
        self._add_mentions(mentions, role, cand, delegation=lemma in self.lex.delegation and not heads,
                           subject=slot == "subject")

    def _antecedents(self, pronoun: int) -> list[ActorMention]:
        """The persons a relative pronoun stands for: the mention its clause hangs on, or the holder named
        beside a title it hangs on ("главу Чеченской Республики Рамзана Кадырова, который"), never one
        named after it (a parse hanging "X, который находится с визитом, провёл встречу с Y" on Y); with a
        plural verb, every person listed there ("A и B, которые прибыли в Ташкент")."""
        doc = self.doc
        verb = doc.tokens[pronoun].head
        antecedent = doc.tokens[verb].head
        named = [self.by_token[antecedent]] if antecedent in self.by_token else []
        if antecedent is not None and not named and doc.tokens[antecedent].pos == "NOUN":
            named = [self.by_token[k] for k in self._phrase_actors(antecedent)
                     if self.by_token[k].ref.type is EntityType.PERSON][:1]
        named = [m for m in named if m.end_tok <= pronoun]
        if named and doc.tokens[verb].number == "Plur":
            first = antecedent
            while doc.tokens[first].dep == "conj" and doc.tokens[first].head is not None:
                first = doc.tokens[first].head
            clause = set(doc.subtree(verb))
            named = _unique([self.by_token[k] for k in doc.subtree(first) if k in self.by_token and k not in clause
                             and self.by_token[k].ref.type is EntityType.PERSON] + named)
        return named

    def _argument_of(self, k: int, trig: TriggerMatch) -> bool:
        """Whether a word stands in the trigger's own phrase: in its parsed subtree, or without a parse
        among the few words right before it ("... konqresmenlər qrupu ilə görüşüb")."""
        if self.doc.has_parse:
            return k in self.doc.subtree(self._trigger_head(trig))
        return 0 < trig.start_tok - k <= LED_GROUP_GAP

    def _led_group(self, tok: int) -> bool:
        """Whether a plain noun is a group a "led by" phrase gives a head, as a delegation is: right
        after it ("US congressmen led by Senator X", "конгрессменами во главе с X"), or in Azerbaijani
        right before it ("X-in başçılıq etdiyi konqresmenlər qrupu")."""
        if tok in self.by_token or self.doc.tokens[tok].pos not in ("NOUN", ""):  # "": no tagger (az)
            return False
        before = self._words(max(0, tok - LED_GROUP_GAP), tok) + " "
        return self._led_by_after(tok) or any(f" {phrase} " in before for phrase in self.lex.led_by)

    def _led_by_after(self, tok: int) -> bool:
        """Whether a "led by" phrase starts right after a word, past a comma ("делегацию, возглавляемую X")."""
        after = self._words(tok + 1, tok + 4).replace(" ,", "")
        return any(after.startswith(f" {phrase}") for phrase in self.lex.led_by)

    def _heads_of_delegation(self, tok: int) -> list[ActorMention]:
        """The persons a delegation phrase says lead it ("the delegation led by X", "делегация во главе
        с министром X")."""
        doc = self.doc  # the parse's phrase, or the next words when a parser lost it ("во главе с" made a head cycle)
        sent_end = doc.sentences[doc.tokens[tok].sent].last_tok
        near = sorted(set(doc.subtree(tok)) | set(range(tok + 1, min(tok + HEAD_GAP, sent_end))))
        persons = _unique([self.by_token[k] for k in near if k > tok and k in self.by_token
                           and self.by_token[k].ref.type is EntityType.PERSON])
        return [m for m in persons if any(f" {phrase} " in self._words(tok, m.start_tok) + " " for phrase in self.lex.led_by)]

    def _included(self, tok: int) -> list[int]:
        """The phrases a group word names its members by ("leaders, including A and B", "с лидерами,
        в том числе с A и B"): an "including" preposition's objects, or a phrase marked by an
        inclusion word."""
        doc = self.doc
        out = []
        for c in doc.tokens[tok].children:
            if self._lemma(c) in self.lex.inclusion:
                out += [g for g in doc.tokens[c].children if doc.tokens[g].dep in ("pobj", "obj", "nmod", "obl")]
            elif any(self._lemma(g) in self.lex.inclusion for g in doc.tokens[c].children):
                out.append(c)
        return out

    def _origin_countries(self, tok: int) -> list[int]:
        """The countries a plural word for counterparts says they come from ("his counterparts from Iran, Iraq
        and Qatar", "с коллегами из Ирана и Ирака"): the objects of its origin preposition, when they are
        countries (the rest of the list hangs on them)."""
        doc = self.doc
        if self._lemma(tok) not in self.lex.counterparts:
            return []
        out = []
        for c in doc.tokens[tok].children:
            marks = [c, *doc.tokens[c].children]  # "from" heads its object (en); "из" hangs on it (ru)
            objects = doc.tokens[c].children if doc.tokens[c].dep == "prep" else [c]
            if any(self._lemma(m) in self.lex.origins and doc.tokens[m].dep in ("prep", "case") for m in marks):
                out += [g for g in objects if g in self.by_token and self.by_token[g].ref.type is EntityType.COUNTRY]
        return out

    def _holders_of_countries(self, tok: int) -> bool:
        """Whether a plural title names the holders its countries resolve it to ("встреча президентов
        России и Азербайджана"), and so is no word for "the sides" of an earlier event."""
        doc = self.doc
        return tok in self.by_token and self.by_token[tok].ref.type is EntityType.PERSON and any(
            k in self.by_token and self.by_token[k].ref.type is EntityType.COUNTRY for k in doc.subtree(tok))

    def _phrase_actors(self, tok: int) -> list[int]:
        """Tokens of actor mentions that an argument phrase names: the phrase's head and what
        hangs on it through names, titles, coordination and prepositions; a plain noun
        ("направления ... между Азербайджаном и ЕС") is a dead end, so actors nested in it
        are not parties."""
        doc = self.doc
        out, stack, seen = [], [tok], set()
        while stack:
            cur = stack.pop()
            if cur in seen:
                continue
            seen.add(cur)
            t = doc.tokens[cur]
            if cur in self.by_token:
                out.append(cur)
            children = [c for c in t.children if doc.tokens[c].dep not in CLAUSE_DEPS - {"conj"} or (
                doc.tokens[c].dep == "parataxis" and doc.tokens[c - 1].text in DASHES)]  # "коллегой - Эдвардом Налбандяном"
            if cur in self.by_token or cur in self.title_tokens or t.dep in ("prep", "case", "cc", "punct", "det", "conj") or (
                    cur == tok and self._lemma(cur) in self.lex.delegation | self.lex.owner_nouns):
                stack.extend(children)
            elif cur == tok:  # a head noun the lexicons do not know ("посол", "envoy"): its name only,
                # also where the parser hung the name on a preposition ("his counterpart from Uzbekistan A. Kamilov"),
                # but not an event's ("talks simultaneously with the summit of Putin and Trump": the summit's parties)
                named = [] if self._event_noun(cur) else [g for c in children if doc.tokens[c].dep == "prep"
                                                           for g in doc.tokens[c].children]
                stack.extend(c for c in children + named if doc.tokens[c].dep in ("appos", "flat", "flat:name", "conj", "parataxis")
                             and c not in named or (c in self.by_token and self.by_token[c].ref.type is EntityType.PERSON))
        return sorted(out)

    def _named_persons(self, tok: int) -> list[ActorMention]:
        """The persons a plural title's phrase names by name ("глав ведомств двух стран Сергея Лаврова и
        Джона Керри"): then the title is theirs, not the sides told of before."""
        return _unique([self.by_token[k] for k in self._phrase_actors(tok) if k not in self.title_tokens
                        and self.by_token[k].ref.type is EntityType.PERSON and self.by_token[k].how in ("gazetteer", "name", "surname")])

    def _named_next(self, tok: int) -> ActorMention | None:
        """The person named right after a plain head noun ("counterpart", "посол"), which is its name,
        perhaps after a dash ("со своим коллегой - Эдвардом Налбандяном")."""
        nxt = tok + 2 if tok + 2 < len(self.doc.tokens) and self.doc.tokens[tok + 1].text in DASHES else tok + 1
        mention = self.by_token.get(nxt)
        if tok in self.by_token or mention is None or mention.start_tok != nxt or mention.ref.type is not EntityType.PERSON:
            return None
        return mention

    def _title_holder_of(self, country: ActorMention) -> ActorMention | None:
        """The person whose title a country completes ("the President of Azerbaijan's visit"), read by
        position since parsers hang a possessive country on the noun after it."""
        sent = self.doc.tokens[country.start_tok].sent
        before = [m for m in self.actors if m.ref.type is EntityType.PERSON and m.end_tok <= country.start_tok
                  and self.doc.tokens[m.start_tok].sent == sent]
        return before[-1] if before and self._completes_title(before[-1], country) else None

    def _title_chain_person(self, tok: int) -> ActorMention | None:
        """The person a long title ends in, when the parser cut the title short: "met with High
        Representative of the European Union for Foreign Affairs ..., Vice President of the
        European Commission Kaja Kallas" -> Kaja Kallas."""
        doc = self.doc
        k = tok + 1
        while k < len(doc.tokens) and doc.tokens[k].sent == doc.tokens[tok].sent:
            mention = self.by_token.get(k)
            if mention is not None and mention.ref.type is EntityType.PERSON:
                return mention
            t = doc.tokens[k]
            if not (mention is not None or k in self.title_tokens or t.text[:1].isupper() or t.text == ","
                    or t.lemma in ("of", "the", "and", "for", "to", "и", "по", "и")):
                return None
            k += 1
        return None

    def _add_mentions(self, mentions: list[ActorMention], role: str, cand: Candidate, delegation: bool = False,
                      subject: bool = False) -> None:
        actors = [m for m in mentions if m.ref.type in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY)]
        for kind in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY):
            if delegation and kind is EntityType.PERSON:
                continue
            chosen = [m for m in actors if m.ref.type is kind]
            if kind is EntityType.PERSON:
                chosen = _unique(chosen + [c for m in chosen for c in self._linear_conjuncts(m)])
            if chosen:
                for m in chosen:
                    for ref in m.refs:
                        cand.add(ref, role, subject)
                    cand.offices.update({holder: (office, country) for holder, office, country in m.offices})
                return

    def _linear_conjuncts(self, mention: ActorMention) -> list[ActorMention]:
        """Persons coordinated with a mention by "и"/"and"/"və"/commas right after it, which
        parsers often attach elsewhere ("переговорах Каи Каллас и Джейхуна Байрамова"), each perhaps
        after the country of a shared title ("Prime Ministers of Tajikistan X, Kazakhstan Y"), after
        its own title, or after the title of the one before it ("A, Secretary-General of the OECD, B")."""
        doc = self.doc
        out, k = [], self._past_apposition(self._past_gloss(mention.end_tok))
        while k + 1 < len(doc.tokens) and doc.tokens[k].text.lower() in (",", "и", "and", "və", "ve") \
                and doc.tokens[k].sent == doc.tokens[mention.start_tok].sent:
            start = k + 1
            if doc.tokens[k].text == "," and doc.tokens[start].text.lower() in ("and", "и", "və", "ve"):
                start += 1  # "A, B, and C"
            country = self.by_token.get(start)
            if country is not None and country.ref.type is EntityType.COUNTRY and country.start_tok == start:
                start = country.end_tok  # "the Prime Ministers of Tajikistan X, Kazakhstan Y and Belarus Z"
            while start in self.title_tokens or (start + 1 in self.title_tokens and start not in self.by_token
                                                  and doc.tokens[start].text[:1].isupper()):
                start += 1  # "A, Kenyan Foreign Minister B": the next name's own title, its country's adjective first
            start = self._past_unknown_title(start)
            nxt = self.by_token.get(start)
            if nxt is None and (item_end := self._unnamed_item_end(start)) is not None:
                k = item_end  # "A, Deputy Prime Minister for Reintegration [a name nobody recognised], B": past it
                continue
            if nxt is None or nxt.ref.type is not EntityType.PERSON or nxt.start_tok != start or (
                    doc.tokens[nxt.head_tok].case != doc.tokens[mention.head_tok].case) or (
                    doc.tokens[nxt.head_tok].dep in SUBJECT_DEPS and doc.tokens[mention.head_tok].dep not in SUBJECT_DEPS):
                break  # "... with Macron, Kremlin Press Secretary Dmitry Peskov said": the next is another verb's subject
            out.append(nxt)
            k = self._past_apposition(self._past_gloss(nxt.end_tok))
        return out

    def _unnamed_item_end(self, start: int) -> int | None:
        """The comma closing an item of a list that names nobody the recognisers found: capitalised words and
        the words inside titles only, up to a comma that another capitalised item follows; else None."""
        doc, j = self.doc, start
        while j < min(start + TITLE_RUN, len(doc.tokens) - 1) and doc.tokens[j].sent == doc.tokens[start].sent:
            word = doc.tokens[j]
            if word.text == ",":
                return j if j > start and doc.tokens[j + 1].text[:1].isupper() else None
            mention = self.by_token.get(j)
            if mention is not None and mention.ref.type is EntityType.PERSON and j not in self.title_tokens or not self._title_word(j):
                return None
            j += 1
        return None

    def _past_unknown_title(self, start: int) -> int:
        """Where the name after a title the lexicons do not know begins ("A, [United Nations Refugee Agency's
        High Commissioner for Refugees] Filippo Grandi, and [Archbishop of Canterbury] Justin Welby"):
        capitalised words, bodies and places, joined by "of", "for", "the" or a possessive, ending in a
        person's name; `start` itself when no name ends such a run."""
        doc, j = self.doc, start
        while j < min(start + TITLE_RUN, len(doc.tokens)) and doc.tokens[j].sent == doc.tokens[start].sent:
            mention = self.by_token.get(j)
            if mention is not None and mention.ref.type is EntityType.PERSON and mention.start_tok == j and j not in self.title_tokens:
                return j  # (a title inside the run, "the President of Moldova", names its holder, not the one listed)
            if not self._title_word(j):
                break
            j += 1
        return start

    def _title_word(self, k: int) -> bool:
        """A word a title may hold: a capitalised one, a mention's, or a linking word ("of", "for", "the")."""
        word = self.doc.tokens[k]
        return word.text[:1].isupper() or k in self.by_token or word.text.lower() in TITLE_LINKS

    def _past_apposition(self, k: int) -> int:
        """Where a list goes on after a title told of a name between commas ("A, Secretary-General of
        the Organization for Economic Cooperation and Development (OECD), B and C"): the comma closing
        the title, or `k` when no title opens there or another person is named inside it."""
        doc = self.doc
        if not (k + 1 < len(doc.tokens) and doc.tokens[k].text == "," and k + 1 in self.title_tokens):
            return k
        j = k + 1
        while j < len(doc.tokens) and doc.tokens[j].sent == doc.tokens[k].sent and doc.tokens[j].text != ",":
            mention = self.by_token.get(j)
            word = doc.tokens[j]
            if mention is not None and mention.ref.type is EntityType.PERSON and j not in self.title_tokens:
                return k
            if not (j in self.title_tokens or mention is not None or word.text[:1].isupper() or word.text in "()-"
                    or word.pos in ("ADP", "DET", "CCONJ")):
                return k
            j += 1
        return j if j < len(doc.tokens) and doc.tokens[j].text == "," else k

    def _past_gloss(self, k: int) -> int:
        """Where a list goes on after a name's parenthetical gloss ("Igor Popov (Russian Federation), ..."):
        past its closing bracket, or `k` when no short gloss opens there."""
        close = closing_bracket(self.doc, k, GLOSS_WORDS, len(self.doc.tokens))
        return k if close is None else close + 1

    def _has_event_object(self, verb: int | None) -> bool:
        """Whether a verb's direct object is an event noun ("are holding talks")."""
        return verb is not None and any(self.doc.tokens[c].dep in OBJECT_DEPS and self._event_noun(c)
                                        for c in self.doc.tokens[verb].children)

    def _governing_verb(self, head: int, trig: TriggerMatch, cand: Candidate, always: bool) -> None:
        """A noun trigger's parties also come from the verb it is an argument of: "X held talks
        with Y", "X провёл переговоры", "X is on a visit to Y", "заявила на пресс-конференции".
        Unless `always` (the noun alone has too few parties), only a light verb ("hold",
        "провести") lends its subject: in "Lavrov commented on the meeting of A and B" he is no party."""
        doc = self.doc
        verb = doc.tokens[head].head
        sequel = False  # "заявил по итогам переговоров с Y", "said following talks with Y": the speaker took part
        for _ in range(4):  # "began a new round of talks": climb prepositions and light nouns
            if verb is None:
                break
            if doc.tokens[verb].dep == "prep":
                if not always and self._prep_slot(verb, False) == "with" and self._has_event_object(doc.tokens[verb].head):
                    return  # "held talks simultaneously with the summit of A and B": beside it, no party to it (but
                    # "started the day with a meeting" is his)
                verb = doc.tokens[verb].head
            elif doc.tokens[verb].pos == "NOUN" and self._has_word(verb, self.lex.frames - self.lex.frames_ahead) and (
                    doc.tokens[verb].dep in ("obl", "nmod", "pobj")):
                head, verb = verb, doc.tokens[verb].head  # "в рамках визита X встретился", "as part of a visit, X met"
            elif doc.tokens[verb].pos == "NOUN" and doc.tokens[verb].dep in ("dobj", "obj", "pobj"):
                if trig.spec.type is EventType.VISIT:
                    return  # "the ministers underscored the significance of the visit": they speak of it, not make it
                head, verb = verb, doc.tokens[verb].head
            elif always and self._sequel(verb):
                head, verb, sequel = verb, doc.tokens[verb].head, True
            else:
                break
        if verb is None or doc.tokens[verb].pos not in ("VERB", "AUX"):
            return
        if always and doc.tokens[head].dep == "pobj":
            verb = self._infinitive_controller(verb)
        if doc.tokens[head].dep in SUBJECT_DEPS:  # "встреча прошла между A и B", "the talks took place with B"
            for child in doc.tokens[verb].children:
                slot = self._prep_slot(child, False) if doc.tokens[child].dep in ("obl", "prep", "nmod") else None
                if slot in ("with", "between") and trig.spec.role(slot):
                    self._take(child, trig.spec.role(slot), cand, slot)
            return
        if doc.tokens[head].dep not in ("obj", "dobj", "obl", "pobj", "nmod", "attr") and not sequel:
            return
        if doc.tokens[head].dep == "nmod" and doc.tokens[verb].pos != "VERB":
            return
        if not always and (self._lemma(verb) not in self.lex.light_verbs or "between" in cand.slots):
            return  # "Blinken opened a round of negotiations between A and B": the parties are named, he mediates
        role = trig.spec.role("possessor") or "participant"
        # "During a visit to Russia, X met with Y": the verb's counterpart is its own event's, not the visit's
        own_event = doc.tokens[head].dep not in OBJECT_DEPS and (any(  # not "received a phone call from Y"
            not spec.noun and spec.type is not trig.spec.type for spec in matching_specs(doc, self.lex, verb))
            or self._has_event_object(verb))  # "During the visit, X held bilateral meetings with A and B"
        for child in doc.tokens[verb].children:
            dep = doc.tokens[child].dep
            if child == head or own_event and dep in ("obl", "prep", "nmod", *OBJECT_DEPS):
                continue
            if dep in SUBJECT_DEPS and not (self._names_only_bodies(child) and (
                    sequel or self._lemma(verb) not in self.lex.light_verbs)) and not self._event_noun(child):
                self._take(child, role, cand, "subject")  # "МИД сообщил по итогам встречи": it reports, it did not meet
            elif dep in ("obl", "prep", "nmod") and (self._prep_slot(child, False) == "with" or (
                    trig.spec.role("from") and self._prep_slot(child, False) == "from")):  # "received a call ... from X"
                self._take(child, trig.spec.role("with") or role, cand, "with")
            elif dep in ("obl", "prep", "nmod") and self._frame_phrase(child):
                self._with_in_frame(child, trig.spec.role("with") or role, cand)
            elif dep in OBJECT_DEPS and trig.spec.type is EventType.CALL and doc.tokens[head].dep in ("obl", "pobj") and (
                    self._locative(head)):  # "в телефонном разговоре Токаев поздравил Жапарова": the call was with him
                self._take(child, trig.spec.role("with") or role, cand, "with")
            elif dep in OBJECT_DEPS and doc.tokens[head].dep in OBJECT_DEPS and child > head and "with" in cand.slots and (
                    doc.tokens[child - 1].text == "," or doc.tokens[doc.subtree(child)[0] - 1].text == ","):
                # "held a round of meetings with A, Secretary-General of the OECD, B and C": a second object of a light
                # verb after the event noun's list is the list going on, which the parser cut at the apposition
                self._take(child, trig.spec.role("with") or role, cand, "with")
        subjectless = not any(doc.tokens[c].dep in SUBJECT_DEPS for c in doc.tokens[verb].children)
        fronted = always and doc.tokens[verb].dep == "advcl" and not doc.tokens[verb].tense  # "Addressing a joint press
        # conference with Obama, Erdogan emphasized": the participle's subject is the clause's
        lender = self._subject_lender(verb) if subjectless and (
            self._lemma(verb) in self.lex.light_verbs | self.lex.stay_verbs or fronted) else None
        if lender is not None:  # "X was received by Y and held talks with Z": the first verb's subject holds them
            for child in doc.tokens[lender].children:
                if doc.tokens[child].dep in SUBJECT_DEPS:
                    self._take(child, role, cand, "subject")
        elif doc.tokens[verb].tense and subjectless and (
                any(ref.type is EntityType.PERSON for ref, _ in cand.participants.values())
                or not self._session_of_body(self._trigger_head(trig))):  # "находясь на саммите ШОС": no talks with the SCO
            self._subject_before(verb, cand, role)
        if doc.tokens[verb].dep in ("acl:relcl", "relcl", "acl") and not cand.participants:
            antecedent = doc.tokens[verb].head
            if antecedent is not None and antecedent in self.by_token:
                self._add_mentions([self.by_token[antecedent]], role, cand)

    def _event_noun(self, tok: int) -> bool:
        """Whether a word is a noun trigger: "As part of the visit, a meeting between A, B and C was held"
        has an event for subject, whose parties are not the visit's."""
        return any(spec.noun for spec in matching_specs(self.doc, self.lex, tok))

    def _before_clause(self, trig: TriggerMatch) -> bool:
        """Whether a sequel word puts the event before its clause ("после визита Пашиняна в Париж стороны
        договорились ...", "after the visit, they agreed to ...", "səfərdən sonra"): it took place, whatever
        plans the clause then makes."""
        doc = self.doc
        if not doc.has_parse:
            after = trig.end_tok
            return after < len(doc.tokens) and fold(doc.tokens[after].text, doc.lang) in self.lex.sequels
        return any(self._sequel(k) for k in self._markers(self._trigger_head(trig)))

    def _framed_in_person(self, trig: TriggerMatch) -> bool:
        """Whether the trigger's clause sets it where its parties stood together ("on the sidelines of",
        "на полях", "kənarında"), with no word of the trigger's own saying how it was held ("phone")."""
        doc = self.doc
        start, end = self._clause(trig)
        head = self._trigger_head(trig)

        def on_trigger(k: int) -> bool:  # the frame hangs on the trigger, not on a noun of what was discussed
            up = doc.tokens[k].head
            if up is not None and doc.tokens[up].pos == "ADP":
                up = doc.tokens[up].head  # "on [the] sidelines"
            return up == head or up in range(trig.start_tok, trig.end_tok)

        return not any(self._has_word(k, self.lex.remote) for k in range(trig.start_tok, trig.end_tok)) and any(
            self._has_word(k, self.lex.in_person_frames) and (not doc.has_parse or on_trigger(k)) for k in range(start, end))

    def _after_talks(self, trig: TriggerMatch) -> bool:
        """Whether the trigger's clause opens on a sequel of an event noun ("По итогам встречи было подписано",
        "Following the talks, an agreement was signed", "Görüşün yekununda saziş imzalanıb"): the event told
        before, whose parties then act."""
        doc = self.doc
        start, _ = self._clause(trig)
        if not doc.has_parse:
            return any(fold(doc.tokens[k].text, doc.lang) in self.lex.sequels and matching_specs(doc, self.lex, k - 1)
                       for k in range(max(start, 1), trig.start_tok))  # (an Azerbaijani stem serves verb and noun: "görüş")
        return any(self._sequel(k) and any(self._event_noun(c) for c in doc.subtree(k) if c != k)
                   for k in range(start, trig.start_tok))

    def _framed_ahead(self, trig: TriggerMatch) -> bool:
        """Whether a noun trigger is framed as what comes after its clause ("ahead of the visit",
        "накануне визита"): a frame word of `frames_ahead` governs it or marks it."""
        ahead = self.lex.frames_ahead
        return self._framed(trig, ahead) or any(self._has_word(k, ahead) for k in self._markers(self._trigger_head(trig)))

    def _markers(self, noun: int) -> list[int]:
        """The prepositions of a noun: its case-marking children (ru) and the preposition it is the object of (en)."""
        doc = self.doc
        tok = doc.tokens[noun]
        markers = [c for c in tok.children if doc.tokens[c].dep == "case"]
        if tok.dep == "pobj" and tok.head is not None:
            markers.append(tok.head)
        return markers

    def _locative(self, noun: int) -> bool:
        """Whether a noun stands in a "where/in" phrase ("в телефонном разговоре", "in a phone call")."""
        return any(self._lemma(k) in LOCATIVE_PREPS for k in self._markers(noun))

    def _infinitive_controller(self, verb: int) -> int:
        """The tensed verb whose subject a subjectless infinitive of purpose shares: "X confirmed the
        commitment to support Georgia on its path to join the EU in a meeting with Y" (X met Y). Only
        purpose and noun-complement infinitives (advcl, acl) are climbed: in "urged Armenia to start
        talks" the object, not the subject, would act."""
        doc = self.doc
        cur = verb
        for _ in range(4):
            tok = doc.tokens[cur]
            if tok.tense or tok.head is None or any(doc.tokens[c].dep in SUBJECT_DEPS for c in tok.children):
                break
            infinitive = tok.pos in ("VERB", "AUX") and tok.dep in ("advcl", "acl") and any(
                self._lemma(c) == "to" for c in tok.children)  # not a participle: "decisions adopted in meetings"
            if not infinitive and not (tok.pos == "NOUN" and tok.dep in ("dobj", "obj") and cur != verb):
                break
            cur = tok.head
        tok = doc.tokens[cur]
        has_subject = any(doc.tokens[c].dep in SUBJECT_DEPS for c in tok.children)
        return cur if tok.pos in ("VERB", "AUX") and tok.tense and has_subject else verb

    def _clause_subject_tokens(self, tok: int) -> set[int]:
        """The tokens of the subject of the verb a word's phrase hangs on (a conjoined verb's: the first verb's)."""
        doc = self.doc
        verb = next((a for a in doc.ancestors(tok) if doc.tokens[a].pos in ("VERB", "AUX")), None)
        while verb is not None and doc.tokens[verb].dep == "conj" and not any(  # "X поздравил Y и приветствовал его визит"
                doc.tokens[c].dep in SUBJECT_DEPS for c in doc.tokens[verb].children):
            verb = doc.tokens[verb].head
        if verb is None:
            return set()
        return {k for c in doc.tokens[verb].children if doc.tokens[c].dep in SUBJECT_DEPS for k in doc.subtree(c)}

    def _names_only_bodies(self, tok: int) -> bool:
        """Whether an argument phrase names actors and none of them is a person."""
        mentions = [self.by_token[k] for k in self._phrase_actors(tok)]
        return bool(mentions) and all(m.ref.type is not EntityType.PERSON for m in mentions)

    def _pronoun_antecedent(self, tok: int) -> ActorMention | None:
        """The person a personal pronoun refers to: the nearest person before it, preferring
        the subject of its own sentence, then (for a subject pronoun) that of the sentence before. An owner
        pronoun with no person before it in its sentence looks ahead to the sentence's subject ("As part of
        his visit to Russia, Bayramov met Lavrov"): a fronted phrase speaks of the clause's own subject."""
        earlier = [m for m in self.actors if m.ref.type is EntityType.PERSON and m.end <= self.doc.tokens[tok].start]
        sent = self.doc.tokens[tok].sent
        if self.doc.lang == "ru" and self.doc.tokens[tok].dep not in SUBJECT_DEPS:
            # "Си Цзиньпин приветствовал его визит": a Russian owner pronoun never stands for its clause's subject
            # (that would be "свой"), so it is the person named before it other than the subject
            own = self._clause_subject_tokens(tok)
            others = [m for m in earlier if m.head_tok not in own]
            if others and len(others) < len(earlier):
                in_sentence = [m for m in others if self.doc.tokens[m.head_tok].sent == sent]
                return (in_sentence or others)[-1]
        if self.doc.tokens[tok].dep not in SUBJECT_DEPS and not any(self.doc.tokens[m.head_tok].sent == sent for m in earlier):
            ahead = [m for m in self.actors if m.ref.type is EntityType.PERSON and m.start_tok > tok
                     and self.doc.tokens[m.head_tok].sent == sent and self._in_subject(m.head_tok)]
            if ahead:
                return ahead[0]
        if not earlier:
            return None
        subjects = [m for m in earlier if self.doc.tokens[m.head_tok].sent == sent and self.doc.tokens[m.head_tok].dep in SUBJECT_DEPS]
        if subjects:
            return subjects[-1]
        if self.doc.tokens[tok].dep in SUBJECT_DEPS:
            # a subject "He" continues the first person in the subject of the nearest sentence before that has one, not
            # its last object ("his visit" may not): "X's day continued with meetings with A and B. He then met C"
            for back in range(sent - 1, max(sent - 1 - PRONOUN_LOOKBACK, -1), -1):
                previous = [m for m in earlier if self.doc.tokens[m.head_tok].sent == back and self._in_subject(m.head_tok, owners=True)]
                if previous:
                    return previous[0]
        return earlier[-1]

    # -- participants without a parse (Azerbaijani) ------------------------------------------

    def _clause(self, trig: TriggerMatch) -> tuple[int, int]:
        """Token range of the trigger's clause: its sentence cut at `ki,`, colons, quotes and dashes."""
        doc = self.doc
        sent = doc.sentences[doc.tokens[trig.start_tok].sent]
        start_char, end_char = sent.start, sent.end
        trig_char = doc.tokens[trig.start_tok].start
        for match in _CLAUSE_BREAK.finditer(self._clause_text, sent.start, sent.end):
            if match.group().strip() in "-–—" and match.end() in self._person_starts:
                continue  # "xarici işlər nazirləri – Sergey Lavrov və Elmar Məmmədyarov": a dash before names sets them apposite
            if match.end() <= trig_char:
                start_char = max(start_char, match.end())
            elif match.start() >= doc.tokens[trig.end_tok - 1].end:
                end_char = min(end_char, match.start())
        toks = [t.i for t in doc.tokens[sent.first_tok:sent.last_tok] if start_char <= t.start and t.end <= end_char]
        return (toks[0], toks[-1] + 1) if toks else (trig.start_tok, trig.end_tok)

    def _az_verb(self, trig: TriggerMatch) -> int:
        """The finite verb of an Azerbaijani trigger: its last word; for a noun, the first finite verb
        among the next few words of its clause ("səfəri sabah başa çatacaq"), else the next word."""
        end = trig.end_tok
        if not trig.spec.noun:
            return end - 1
        _, clause_end = self._clause(trig)
        after = [k for k in range(end, min(clause_end, end + VERB_WINDOW)) if self.doc.tokens[k].text.isalpha()]
        finite = [k for k in after if self._finite(k)]
        return (finite or after or [end - 1])[0]

    def _verbless(self, trig: TriggerMatch) -> bool:
        """Whether the trigger's clause has no verb (a nominal headline), so says nothing of when."""
        doc = self.doc
        if not doc.has_parse:
            return not self._finite(self._az_verb(trig))
        return not any(doc.tokens[k].pos in ("VERB", "AUX") for k in range(*self._clause(trig)))

    def _finite(self, tok: int) -> bool:
        return fold(self.doc.tokens[tok].text, self.doc.lang).endswith(self.lex.finite_suffixes)

    def _case_participants(self, trig: TriggerMatch, cand: Candidate) -> None:
        doc, spec = self.doc, trig.spec
        start, end = self._clause(trig)
        verb = self._az_verb(trig)
        if spec.noun and self._framed_ahead(trig):
            return  # "Nazirlər səfər ərəfəsində telefonla danışıblar": the visit ahead is not theirs
        if fold(doc.tokens[verb].text, doc.lang).endswith(self.lex.participle_suffixes):
            # "Azərbaycanda səfərdə olan ... Hakan Fidanı": a participle clause describes the
            # actor phrase that follows it, which is the party (the visitor), not the subject
            following = [m for m in self.actors if verb < m.start_tok < verb + 10 and m.ref.type is EntityType.PERSON]
            if following:
                cand.add(following[0].ref, spec.role("subject") or spec.role("possessor") or "participant", subject=True)
            return
        # Azerbaijani is head-final: a noun's arguments stand before it ("A ilə B arasında görüş"), so
        # what follows a noun trigger ("Sammit çərçivəsində X, Y ilə görüşlər") belongs to another word.
        # what follows a finite verb trigger belongs to the next clause ("Tbilisiyə gəlib və X ilə görüşüb")
        stop = trig.start_tok if spec.noun else trig.end_tok if self._finite(verb) else end
        mentions = _unique([self.by_token[k] for k in range(start, stop) if k in self.by_token
                            and not trig.start_tok <= k < trig.end_tok])
        # "[Azərbaycanın XİN rəhbəri] Ceyhun Bayramov və X ilə": a title read as its holder just before his name is his
        mentions = [m for m, nxt in zip(mentions, [*mentions[1:], None]) if not (
            nxt is not None and nxt.ref == m.ref and nxt.start_tok - m.end_tok <= 1)]
        delegation_tok = next((k for k in range(start, trig.start_tok)
                               if any(key in self.lex.delegation for key in doc.tokens[k].keys)), None)
        led = False  # the delegation's head is named: the person acts, not the institution
        com = [m for m in mentions if m.case == "com" or self._word_after(m) == "ilə"]  # "Stefan Viskonti (Fransa) ilə"
        if com:
            lower = delegation_tok + 1 if delegation_tok is not None else start
            com = _unique(com + self._listed_before(max(com, key=lambda m: m.start_tok), mentions, lower))
        agents = [m for m in mentions if any(_followed_by(doc, m, word) for word in self.lex.agents)]
        if agents:  # "X A və B tərəfindən qəbul edilib": A and B act, X undergoes
            agents = _unique(agents + self._listed_before(max(agents, key=lambda m: m.start_tok), mentions, start))
        groups: dict[str, list[ActorMention]] = {"with": com}
        for m in mentions:
            if m in com or self._names_frame(m, trig) or m.ref.type is EntityType.COUNTRY and m.end_tok in self.title_tokens:
                continue  # "Azərbaycan Prezidenti İlham Əliyevlə": the country is the title's, no subject
            case = m.case
            if m in agents:
                groups.setdefault("subject", []).append(m)
            elif case == "nom" and agents and m.start_tok < trig.start_tok:
                groups.setdefault("object", []).append(m)
            elif case == "nom" and m.start_tok < trig.start_tok:
                groups.setdefault("subject", []).append(m)
            elif case == "acc":
                groups.setdefault("object", []).append(m)
            elif case == "dat":
                groups.setdefault("to", []).append(m)
            elif case == "abl" and spec.role("from"):  # "X-ə Y-dən telefon zəngi daxil olub": Y called
                groups.setdefault("from", []).append(m)
            elif case == "gen" and m.end_tok < len(doc.tokens) and self._has_word(m.end_tok, self.lex.owner_nouns) and fold(
                    doc.tokens[m.end_tok].text, doc.lang).endswith(ACCUSATIVE_ENDINGS):
                groups.setdefault("object", []).append(m)  # "səfir X-in etimadnaməsini qəbul edib": the ambassador
            elif case == "gen" and spec.role("possessor") and self._owns(m, trig) and not (
                    m.end_tok < len(doc.tokens) and self._has_word(m.end_tok, self.lex.hq_words)):  # "Nazirliyinin binasında"
                # "Prezident A-nın və Prezident B-nin təkbətək görüşü": the whole genitive list, whose earlier
                # names may leave the ending to the last ("İlham Əliyev və Vladimir Putinin görüşü")
                listed = [p for p in self._listed_before(m, mentions, start) if p.case in ("gen", "nom")]
                groups.setdefault("possessor", []).extend([*listed, m])
        # "Məmmədyarovun ATƏT-in ... həmsədri Popov (Rusiya) və ... Kaspşiklə telefon söhbətləri": a genitive person before
        # the counterparts owns the event across their long titles, when no other phrase acts (a bracketed country glosses
        # a name; a body owns a title)
        acting = [m for m in groups.get("subject", []) + groups.get("possessor", []) if m.ref.type is EntityType.PERSON
                  or m.ref.type is EntityType.ORGANIZATION and not self._owns_title(m)]
        if spec.role("possessor") and com and not acting:
            first = min(m.start_tok for m in com)
            owner = [m for m in mentions if m.case == "gen" and m.ref.type is EntityType.PERSON and m.start_tok < first
                     and (m.end_tok not in self.title_tokens or self._owned_title_after(m))][:1]
            if owner:
                groups["subject"], groups["possessor"] = owner, []
        owners = [m for m in groups.get("possessor", []) if m.ref.type is EntityType.PERSON]
        if owners and groups.get("subject"):  # "bunu X [A və B nazirlərinin] görüşü ilə bağlı deyib": the
            first_owner = min(m.start_tok for m in owners)  # noun's owners hold it; X, before them, speaks of it
            groups["subject"] = [m for m in groups["subject"] if m.start_tok > first_owner]
        if not groups.get("subject") and any(any(k in self.lex.guests for k in doc.tokens[t].keys)
                                             for t in range(start, trig.start_tok) if t not in self.by_token):
            cand.guest_role = spec.role("subject") or spec.role("possessor")  # "qonaq ... Bakıya gəlib"
        if not (spec.noun or groups.get("subject") or groups.get("possessor") or cand.guest_role or delegation_tok is not None
                ) and com and (carried := self._continued_subject(trig, com)) is not None:
            groups["subject"] = [carried]  # "Bayramov Lodza gəlib. O, həmçinin A, B və C ilə görüşüb": he met each
        if not (spec.noun or groups.get("subject") or groups.get("possessor") or cand.guest_role or delegation_tok is not None
                ) and len([m for m in com if m.ref.type is EntityType.PERSON]) > 1:
            groups["with"] = []  # "[an envoy no name resolves] Bayramov və Hacıyevlə görüşüb": they met him, not each other
        received = delegation_tok is not None and fold(doc.tokens[delegation_tok].text, doc.lang).endswith(ACCUSATIVE_ENDINGS)
        met = delegation_tok is not None and delegation_tok + 1 < len(doc.tokens) and (
            fold(doc.tokens[delegation_tok + 1].text, doc.lang) == "ilə")
        if received or met:
            # "X-in başçılıq etdiyi nümayəndə heyətini qəbul edib": the delegation received, its head the object;
            # "A X-in başçılıq etdiyi nümayəndə heyəti ilə görüşüb": A met its head
            slot = "object" if received else "with"
            heads = [m for m in mentions if m.ref.type is EntityType.PERSON and m.start_tok < delegation_tok and self._leads(m)]
            groups["subject"] = [m for m in groups.get("subject", []) if m not in heads]
            groups[slot] = heads or groups.get(slot, [])
            delegation_tok = None
        if delegation_tok is not None:
            inside = [m for m in groups.get("subject", []) + groups.get("possessor", []) if m.start_tok < delegation_tok]
            orgs = [m for m in mentions if m.ref.type is EntityType.ORGANIZATION and m.start_tok < delegation_tok]
            heads = [m for m in mentions if m.ref.type is EntityType.PERSON and m.start_tok < delegation_tok
                     and (self._leads(m) or _followed_by(doc, m, "və"))]
            # "Sahibə Qafarovanın başçılıq etdiyi nümayəndə heyəti", "Zakir Həsənov və nazirliyin rəhbər heyəti": they act
            groups["subject"] = heads or orgs or [m for m in inside if m.ref.type is EntityType.COUNTRY]
            led = bool(heads)
            if not groups["subject"]:
                cand.delegation_back = True
        for slot, found in groups.items():
            role = spec.role(slot) or (spec.role("possessor") if slot == "subject" and spec.noun else None)
            if role and role != "destination" and found:
                if slot in ("with", "object") and len([m for m in found if m.ref.type is EntityType.PERSON]) > 1:
                    found = [m for m in found if m.ref.type is EntityType.PERSON]
                self._add_mentions(found, role, cand, delegation=slot == "subject" and delegation_tok is not None and not led,
                                   subject=slot == "subject")
        if spec.type is not EventType.MEETING and not any(ref.type is EntityType.PERSON for ref, _ in cand.participants.values()):
            self._sequel_subjects(trig, cand, end, bool(groups.get("to")))  # talks named as a sequel ("danışıqlardan sonra") were reported before
        if not groups.get("subject") and not groups.get("possessor") and (reporter := self._reporter_before_ki(start)) is not None:
            cand.add(reporter.ref, spec.role("subject") or spec.role("possessor") or "participant", subject=True)
        sides = [t for t in range(start, end) if any(k in self.lex.sides for k in doc.tokens[t].keys)]
        if sides or any(t in self.plural_titles for t in range(start, end)):
            cand.refers_back = True  # "tərəflər" names the sides, "Azərbaycan tərəfi" one side
            cand.sides = any(AZ_PLURAL.search(fold(doc.tokens[t].text, doc.lang)) for t in sides)

    def _continued_subject(self, trig: TriggerMatch, com: list[ActorMention]) -> ActorMention | None:
        """The subject an Azerbaijani verb continues from the sentences before, when its own sentence names
        none before its counterparts: the pronoun "o" ("O, həmçinin X ilə görüşüb") or no subject at all
        ("Daha sonra X ilə görüşüb"), the language dropping one it shares with the sentence before. It is the
        first nominative person of the nearest body sentence before that names one, within PRONOUN_LOOKBACK
        sentences. A capitalised word before the counterparts that is no title or actor (a name the
        recogniser missed) or a plural noun in the nominative ("nazirlər", "həmsədrləri", "onlar") is a subject
        of the clause's own, so none is carried."""
        doc = self.doc
        first = min(m.start_tok for m in com)
        sentence_start = doc.sentences[doc.tokens[trig.start_tok].sent].first_tok
        lead = [t for t in doc.tokens[sentence_start:first] if t.text[:1].isalpha() and (
            t.i in self.plural_titles or t.i not in self.by_token and t.i not in self.title_tokens)]
        if any(m.case == "nom" and m.ref.type is EntityType.PERSON and sentence_start <= m.start_tok < first and m not in com
               for m in self.actors) or any(t.text[:1].isupper() and t.i != doc.sentences[t.sent].first_tok and fold(t.text, doc.lang) not in PERSONAL_PRONOUNS
               or AZ_PLURAL_SUBJECT.search(fold(t.text, doc.lang)) for t in lead) or not self._finite(self._az_verb(trig)):
            return None
        sent = doc.tokens[trig.start_tok].sent
        for back in range(sent - 1, max(sent - 1 - PRONOUN_LOOKBACK, -1), -1):
            if doc.sentences[back].start < self.headline_end:
                break
            subjects = [m for m in self.actors if m.ref.type is EntityType.PERSON and doc.tokens[m.head_tok].sent == back
                        and m.case == "nom" and m not in com]
            if subjects:
                return subjects[0]
        return None

    def _owned_title_after(self, mention: ActorMention) -> bool:
        """Whether the title after a genitive person has an owner of its own ("Məmmədyarovun [ATƏT-in Minsk Qrupunun
        həmsədrləri] Popov ilə"), so the person owns the event, not the title ("Əliyevin köməkçisi X": X's)."""
        after = self.by_token.get(mention.end_tok)
        return after is not None and after.case == "gen" and after.ref.type in (EntityType.ORGANIZATION, EntityType.COUNTRY)

    def _reporter_before_ki(self, start: int) -> ActorMention | None:
        """The person who reports a clause that opens after "ki," with no subject of its own ("X bildirib ki,
        Y ilə telefonla danışıb"): the subject of the reporting word right before "ki"."""
        doc = self.doc
        if start < 2 or fold(doc.tokens[start - 1].text, doc.lang) != "," or fold(doc.tokens[start - 2].text, doc.lang) != "ki":
            return None
        k = start - 3
        return self._reporter(k, floor=0) if k >= 0 and self._reports(k) else None

    def _sequel_subjects(self, trig: TriggerMatch, cand: Candidate, end: int, destined: bool) -> None:
        """"Şuşa Bəyannaməsinin imzalanmasından sonra X və Y mətbuata bəyanatlarla çıxış ediblər": the
        event a sequel word puts before the clause was the clause subjects' own; so is a visit to a place named
        (`destined`) that frames the clause ("Rusiyaya səfəri çərçivəsində X Y ilə görüşüb": X is on the visit;
        a bare "Səfər zamanı" speaks again of the visit told before)."""
        framing = destined and trig.spec.type is EventType.VISIT and self._framed(trig, self.lex.frames - self.lex.frames_ahead)
        if not (framing or self._before_clause(trig)):
            return
        subjects = [m for m in _unique([self.by_token[k] for k in range(trig.end_tok + 1, end) if k in self.by_token])
                    if m.ref.type is EntityType.PERSON and m.case == "nom" and not _followed_by(self.doc, m, "ilə")]
        self._add_mentions(subjects, trig.spec.role("possessor") or "participant", cand, subject=True)

    def _owns(self, genitive: ActorMention, trig: TriggerMatch) -> bool:
        """Whether an Azerbaijani genitive is the possessor of a noun trigger: at most two other words
        between them, not counting the parties and titles that stand there with "ilə" ("Prezident
        İlham Əliyevin [Qazaxıstan Prezidenti Kasım-Jomart Tokayev ilə] görüşü")."""
        if genitive.end_tok > trig.start_tok:
            return False
        doc = self.doc
        between = range(self._past_sub_body(genitive.end_tok, trig.start_tok), trig.start_tok)
        if len([k for k in between if not self._circumstance(k)]) <= POSSESSOR_GAP:
            return True  # "Ərdoğanın [Naxçıvan şəhərində] təkbətək görüşü": the where and the when part no possessor
        with_parties = {k for k in between if k in self.by_token and (self.by_token[k].case == "com" or any(
            _followed_by(doc, self.by_token[k], word) for word in PARTY_POSTPOSITIONS))}  # "X-un Y arasında danışıq"
        after = self.by_token.get(genitive.end_tok)
        if not with_parties or genitive.end_tok in self.title_tokens and not (after is not None and after.case == "gen"):
            return False  # "NATO-nun Baş katibi X ilə görüşüb": the genitive owns the title, not the meeting (but in
            # "Bayramovun NATO-nun Baş katibi X ilə görüşü" the title has an owner of its own)
        described = self._described_party(min(with_parties))
        others = [k for k in between if k not in with_parties and k not in self.title_tokens and k not in described
                  and fold(doc.tokens[k].text, doc.lang) not in COMITATIVE_WORDS and not self._circumstance(k)]
        return len(others) <= POSSESSOR_GAP

    def _word_after(self, mention: ActorMention) -> str:
        """The folded word after a mention and its bracketed gloss, if any."""
        k = self._past_gloss(mention.end_tok)
        return fold(self.doc.tokens[k].text, self.doc.lang) if k < len(self.doc.tokens) else ""

    def _owns_title(self, body: ActorMention) -> bool:
        """Whether an Azerbaijani body's genitive owns the title or the body after it ("[ATƏT-in] Minsk Qrupunun
        həmsədrləri", "[NATO-nun] Baş katibi"): it names whose office, and does not act."""
        k = body.end_tok
        after = self.by_token.get(k)
        return k in self.title_tokens or (after is not None and after.start_tok == k and after.case == "gen") or (
            k < len(self.doc.tokens) and any(fold(self.doc.tokens[k].text, self.doc.lang).startswith(stem)
                                             for stem in self.lex.group_titles))

    def _past_sub_body(self, start: int, stop: int) -> int:
        """Past the name of a body of an organization that the gazetteer does not know, right after the
        organization's genitive ("Türk Dövlətləri Təşkilatının [Xarici İşlər Nazirləri Şurasının] qeyri-rəsmi
        iclası"): capitalised words ending in a genitive, which own the noun for the organization (a role word
        among them, "Nazirləri", names the council, no person)."""
        doc, k = self.doc, start
        while k < stop and doc.tokens[k].is_title_case and (k not in self.by_token or self.by_token[k].how == "anaphor"):
            k += 1
            if any(case == "gen" for _, case in doc.tokens[k - 1].readings):
                return k
        return start

    def _described_party(self, party: int) -> set[int]:
        """The words of a country or body and at most one word after it right before a party
        ("[Çin Xalq Respublikasının Sədri] Si Cinpin ilə"): the party's description, a title the
        lexicon may not know."""
        for mention in self.actors:
            if mention.ref.type in (EntityType.COUNTRY, EntityType.ORGANIZATION) and 0 <= party - mention.end_tok <= 1:
                return set(range(mention.start_tok, party))
        return set()

    def _circumstance(self, tok: int) -> bool:
        """A word of the when, the where or a counterpart's title ("İlham Əliyevin [martın 15-də
        Ankarada Türkiyə Respublikasının Prezidenti] X ilə görüşü"): it does not part a possessor
        from its noun."""
        doc = self.doc
        char = doc.tokens[tok].start
        if any(d.start <= char < d.end for d in self.dates):
            return True
        if fold(doc.tokens[tok].text, doc.lang) in self.lex.sequels or tok + 1 < len(doc.tokens) and doc.tokens[tok].case == "abl" and (
                fold(doc.tokens[tok + 1].text, doc.lang) in self.lex.sequels):
            return True  # "Əliyevin [seçkilərdən sonra] Türkiyəyə rəsmi səfəri": a when
        mention = self.by_token.get(tok)
        if mention is None:  # "Naxçıvan [şəhərində]": the place noun carrying a place's case
            before = self.by_token.get(tok - 1)
            return before is not None and before.ref.type is EntityType.PLACE and self._has_word(tok, self.lex.place_nouns) and (
                self._place_case(before) == "loc")
        if mention.ref.type in (EntityType.PLACE, EntityType.COUNTRY) and self._place_case(mention) in ("loc", "dat"):
            return True  # "Əliyevin [İtaliyaya] dövlət səfəri": the where, or the where to
        return mention.case == "gen" and mention.end_tok in self.title_tokens  # "Türkiyə Respublikasının Prezidenti"

    def _names_frame(self, mention: ActorMention, trig: TriggerMatch) -> bool:
        """Whether an organization (or the city of its name) names the frame of the event, not a party
        to it ("Türk Dövlətləri Təşkilatının Zirvə görüşü çərçivəsində", "Antalya Diplomatiya Forumu
        çərçivəsində"): a frame word follows it within a few words, before any other actor or the trigger."""
        if mention.ref.type not in (EntityType.ORGANIZATION, EntityType.PLACE):
            return False
        for k in range(mention.end_tok, min(mention.end_tok + FRAME_GAP, len(self.doc.tokens))):
            if k in self.by_token or trig.start_tok <= k < trig.end_tok:
                return False
            if self._has_word(k, self.lex.frames):
                return True
        return False

    def _leads(self, mention: ActorMention) -> bool:
        """Whether the words after a person say that person heads the delegation ("... başçılıq etdiyi")."""
        after = self._words(mention.end_tok, mention.end_tok + 2)
        return any(after.startswith(f" {phrase}") for phrase in self.lex.led_by)

    def _listed_before(self, last: ActorMention, mentions: list[ActorMention], lower: int) -> list[ActorMention]:
        """Persons coordinated with `last` in a list ("A, B və C ilə", where only the last carries
        the case): walking back, each earlier person joins while a comma or "və" separates it from
        the list; the subject before the list ("Əliyev Fransa Prezidenti A, B və C ilə") has none.
        The list starts at token `lower` or later ("İlham Əliyevin və X-in görüşü" opens its clause)."""
        doc = self.doc
        persons = sorted((m for m in mentions if m.ref.type is EntityType.PERSON and lower <= m.start_tok < last.start_tok),
                         key=lambda m: m.start_tok, reverse=True)
        out, current = [], last
        for m in persons:
            # the separator follows the earlier name ("A, Almaniya Kansleri B"): a "və" inside a title
            # ("xarici işlər və təhlükəsizlik siyasəti üzrə Ali nümayəndəsi B") joins no list
            after = self._past_gloss(m.end_tok)  # "İqor Popov (Rusiya), Stefan Viskonti (Fransa) və X-lə"
            if m.end_tok >= current.start_tok or after >= len(doc.tokens) or fold(doc.tokens[after].text, doc.lang) not in LIST_SEPARATORS:
                break
            out.append(m)
            current = m
        return out

    # -- date and place ----------------------------------------------------------------------

    def _date(self, trig: TriggerMatch, cand: Candidate) -> None:
        sent = self.doc.sentences[cand.sent]
        planned_phrases = self._planned_phrases(trig, cand)
        in_sentence = [d for d in self.dates if sent.start <= d.start and d.end <= sent.end
                       and not any(start <= d.start < end for start, end in planned_phrases)]
        best = self._closest(trig, in_sentence, lambda d: d.start) or self._date_held(trig, in_sentence)
        if best is None:  # "визит длится два дня — 18–19 января": a date set off by a dash after the trigger dates it
            best = next((d for d in in_sentence if d.start > self.doc.tokens[trig.start_tok].start
                         and self.doc.text[:d.start].rstrip().endswith(("—", "–"))), None)
        if best is not None:
            cand.date_at = best.start
        if best is not None and best.after_named is not None:
            told = [day for at, day in self._story_days if at < best.start]  # not a day these words gave
            cand.date = best.counted_from(told[-1] if told else self._day_named_before(best.start))
            cand.date_from_text = cand.date is not None
        elif best is not None:
            if best.ahead and not self._told_in_tense(trig, "Past"):  # "travels to Washington next week"
                cand.status = EventStatus.PLANNED
            future = cand.status is EventStatus.PLANNED and (not self._told_in_tense(trig, "Past") or self._target_date(best))
            cand.date = best.resolve(self.published, future=future, period=self.period)
            cand.date_from_text = cand.date is not None or best.month is not None

    def _date_held(self, trig: TriggerMatch, dates: list[DateMention]) -> DateMention | None:
        """The date in a relative clause of holding on a noun trigger ("телефонного разговора, который состоялся в
        среду", "a phone call which took place on Wednesday"): when the event was held, though its clause is another."""
        doc = self.doc
        if not (doc.has_parse and trig.spec.noun):
            return None
        held = {verb.split()[0] for verb in self.lex.held_verbs}  # "take" of "take place"
        clauses = [c for c in doc.tokens[self._trigger_head(trig)].children if doc.tokens[c].dep in ("acl:relcl", "relcl", "acl")
                   and self._lemma(c) in held]
        inside = {doc.tokens[k].start for c in clauses for k in doc.subtree(c)}
        return next((d for d in dates if d.start in inside), None)

    def _target_date(self, date: DateMention) -> bool:
        """Whether a target word stands right before a date ("scheduled for March 9", "запланирован на 9-10
        марта"): the day a plan is for, after publication though a past verb tells the plan."""
        text, end = self.doc.text, date.start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1  # the word before the date, found without copying the text before it
        return end > start and fold(text[start:end], self.doc.lang) in self.lex.target_date_marks

    def _planned_phrases(self, trig: TriggerMatch, cand: Candidate) -> list[tuple[int, int]]:
        """Character spans of the phrases a planned participle heads in the sentence of an event that
        happened, outside the trigger's own scope ("поговорил по телефону накануне намеченной на 31
        августа встречи", "spoke ahead of the meeting scheduled for August 31"): their dates are the
        planned event's, not this one's."""
        doc = self.doc
        if not doc.has_parse or cand.status is not EventStatus.HAPPENED:
            return []
        scope = set(self._scope(trig))
        sent = doc.sentences[cand.sent]
        spans = []
        for k in range(sent.first_tok, sent.last_tok):
            if k not in scope and doc.tokens[k].dep in ("amod", "acl") and doc.tokens[k].pos == "VERB" and self._lemma(
                    k) in self.lex.planned:  # a participle ("scheduled"), not "next" of "next week"
                inside = doc.subtree(k)
                spans.append((doc.tokens[min(inside)].start, doc.tokens[max(inside)].end))
        return spans

    def _told_in_tense(self, trig: TriggerMatch, tense: str) -> bool:
        """Whether the verb of a trigger's clause is in `tense` ("Past", "Pres"). A planned event told
        by a past verb ("11 ноября Токаев анонсировал подписание", "on 3 May they agreed to meet"): a
        date without a year beside it is a day already past, not the next such day after publication."""
        if not self.doc.has_parse:
            return False
        doc = self.doc
        clause = doc.tokens[self._clause_head(self._trigger_head(trig))]
        start, end = self._clause(trig)
        if not start <= clause.i < end:
            return False  # "«Мы поддерживаем ...», — заявила она на пресс-конференции": the quotation's verb is not its
        auxiliaries = [c for c in clause.children if doc.tokens[c].dep in ("aux", "aux:pass", "auxpass")]
        if not clause.tense and any(self._lemma(c) in self.lex.perfect_auxiliaries for c in auxiliaries):
            return False  # "has paid a visit": a deed done, not one under way (nor the simple past dated plans are told in)
        # "is taking part": the participle has no tense of its own, its auxiliary has
        return clause.pos in ("VERB", "AUX") and (clause.tense or next(filter(None, (doc.tokens[c].tense for c in auxiliaries)), "")) == tense

    def _day_named_before(self, char: int) -> EventDate | None:
        """The last day the body names before `char` ("the same day" before any event is dated),
        or that of the last event it dated, whichever comes later; never a day after publication."""
        days = [(start, day) for start, end, day in self._named_days if end <= char and start not in self._plan_days]
        told = [(at, day) for at, day in self._story_days if at < char and not self._after_publication(day)]
        days.extend(told[-1:])
        return max(days, key=lambda item: item[0])[1] if days else None

    def _dates_a_statement(self, char: int) -> bool:
        """Whether the day named at `char` is when someone said something ("Захарова накануне сообщила, что ...",
        "X said on Monday"): the clause it dates is headed by a reporting verb, so it is no day the story reached."""
        doc = self.doc
        tok = next((t.i for t in doc.tokens if t.start >= char), None)
        if tok is None or not doc.has_parse:
            return False
        return self._lemma(self._clause_head(tok)) in self.lex.reporting

    def _after_publication(self, day: EventDate) -> bool:
        return self.published is not None and day.year is not None and day.start > self.published

    def _place(self, trig: TriggerMatch, cand: Candidate) -> None:
        if cand.type is EventType.CALL:
            return  # a call joins two places: "discussed the situation in Syria by phone" is not held there
        doc = self.doc
        sent = doc.sentences[cand.sent]
        options = []
        for mention in self.actors:
            if not (sent.start <= mention.start and mention.end <= sent.end) or mention.ref.type not in (
                    EntityType.PLACE, EntityType.COUNTRY, EntityType.ORGANIZATION):
                continue
            if any(mention.ref.id == ref.id for ref, _ in cand.participants.values()) or (
                    cand.held_in and mention.head_tok not in cand.held_in):
                continue  # "Meeting held at X was devoted to Ukraine": a restatement's place is where it was held
            place = self._as_place(mention, cand)
            if place is not None:
                options.append((mention, place))
        if cand.held_in:  # what the verb of holding names is the place, however far the parse hangs it
            cand.place = min(options, key=lambda o: o[0].start)[1] if options else self._frame_venue(
                trig, self._frame_tokens(trig) if doc.has_parse else set())
            return
        signed = self._signed_off_place(sent)
        if signed is not None:  # "... following talks with X, Minsk, June 19, 2020": where the title's words were said
            cand.place = signed
            return
        best = self._closest(trig, [m for m, _ in options], lambda m: m.start)
        # what one attends stands where one is ("took part in the summit in Vilnius"), however deep the parse hangs it
        far = doc.has_parse and not trig.spec.abroad and (best is None or min(doc.tree_distance(self._place_head(best), a) for a in self._anchors(
            trig)) > 3 and not self._on_a_party(best, cand) and not self._at_venue(best, trig))
        frame = self._frame_tokens(trig) if far else set()
        if far:  # "on the sidelines of the summit in Washington, X met Y": the parse hangs the place on the summit
            best = next((m for m, _ in options if m.head_tok in frame), None)
        if best is None and doc.has_parse:  # "беседу с Помпео, которая прошла в Рованиеми"
            best = next((m for m, _ in options if self._held_clause_of(m, trig)), None)
        if best is not None:
            cand.place = next(p for m, p in options if m is best)
            if cand.type in (EventType.VISIT, EventType.MEETING):
                cand.more_places = self._coordinated_places(best, cand)  # "встречались в Бонне, Москве и Маниле": one each
        else:
            cand.place = self._frame_venue(trig, frame)

    def _held_clause_of(self, place: ActorMention, trig: TriggerMatch) -> bool:
        """Whether a place stands in a relative clause of holding on the trigger's noun ("the meeting with
        Pompeo, which took place in Rovaniemi", "встречу с Помпео, которая прошла в Женеве"), which parsers
        also hang on the noun's last word ("Помпео")."""
        doc = self.doc
        verb = next((a for a in doc.ancestors(self._place_head(place)) if doc.tokens[a].dep in RELATIVE_CLAUSE_DEPS), None)
        if verb is None or not self._holds(verb) or doc.tokens[verb].head is None:
            return False
        head = self._trigger_head(trig)  # and the verb of a noun trigger, on which parsers hang its "with"
        words = {head, *range(trig.start_tok, trig.end_tok), *([doc.tokens[head].head] if trig.spec.noun else [])}
        owner = doc.tokens[verb].head
        for k in [owner, *doc.ancestors(owner)][:NOUN_PHRASE_DEPTH]:  # up the noun phrase: "with [Mike] Pompeo"
            if k in words:
                return True
            if doc.tokens[k].pos in ("VERB", "AUX"):
                return False
        return False

    def _signed_off_place(self, sent) -> EntityRef | None:
        """The city of a sentence that closes with "<city>, <date>" (a transcript's title: "..., Minsk, June 19,
        2020", "..., Москва, 19 июня 2020 года")."""
        text = self.doc.text
        for mention in self.actors:
            if mention.ref.type is not EntityType.PLACE or not sent.start <= mention.start < sent.end:
                continue
            date = next((d for d in self.dates if mention.end <= d.start and d.end <= sent.end), None)
            if date is not None and text[mention.end:date.start].strip() == "," and not text[date.end:sent.end].strip(" ."):
                return self.city_of.get(mention.ref.id, mention.ref)
        return None

    def _coordinated_places(self, place: ActorMention, cand: Candidate) -> list[EntityRef]:
        """The places coordinated with a visit's or a meeting's place ("visited Saudi Arabia and Kuwait",
        "посетил Саудовскую Аравию и Кувейт", "met in Bonn, Moscow and Manila"): one event each. Without a
        parse, the places listed before it in its case ("Bonnda, Moskvada və Manilada görüşüblər")."""
        doc = self.doc
        out = []
        if doc.has_parse:
            listed = [self.by_token.get(k) for k in doc.subtree(place.head_tok) if doc.tokens[k].dep == "conj"]
        else:
            listed, k = [], place.start_tok
            while k >= 2 and fold(doc.tokens[k - 1].text, doc.lang) in LIST_SEPARATORS and (
                    before := self.by_token.get(k - 2)) is not None and before.case == place.case:
                listed.append(before)
                k = before.start_tok
        for other in listed:
            if other is None or other is place or other.ref.type not in (EntityType.PLACE, EntityType.COUNTRY) or (
                    doc.has_parse and other.head_tok not in doc.subtree(place.head_tok)) or any(
                    other.ref.id == ref.id for ref, _ in cand.participants.values()):
                continue
            ref = self.city_of.get(other.ref.id, other.ref)
            if ref.id != (cand.place.id if cand.place else None) and ref not in out:
                out.append(ref)
        return out

    def setting(self) -> tuple[EntityRef | None, frozenset[int]]:
        """The city of the gathering the story is set at ("The NATO summit in Vilnius has been a platform",
        "at the margins of the Munich Security Conference"), when the body names gatherings in one city only,
        with the sentences it sets: those that name a gathering ("Earlier in the summit, he met ..."), or all
        of them when the lead does."""
        doc = self.doc
        body = [k for k in range(len(doc.tokens)) if doc.tokens[k].start >= self.headline_end]
        gatherings = [k for k in body if self._has_word(k, self.lex.gatherings) and not self._upcoming(k)]
        cities = [m for m in self.actors if m.ref.type is EntityType.PLACE and m.start >= self.headline_end]
        found: dict[str, EntityRef] = {}
        for g in gatherings:
            phrase = set(doc.subtree(g)) if doc.has_parse else set()
            for m in cities:
                if doc.has_parse:  # "the summit in Vilnius", "the Munich Security Conference", also where the parser
                    # hung the city on the verb ("на полях конференции по безопасности в Мюнхене")
                    after = 0 < m.start_tok - g <= GATHERING_GAP + 1 and doc.tokens[m.start_tok].sent == doc.tokens[g].sent \
                        and not any(doc.tokens[k].pos in ("VERB", "AUX") for k in range(g, m.start_tok))
                    near = after or m.head_tok in phrase and doc.tree_distance(m.head_tok, g) <= 2 and m.head_tok >= g - GATHERING_GAP
                else:  # "Vilnüs sammitində", "Münxen Təhlükəsizlik Konfransında", "Bakıda keçiriləcək sammit"
                    near = doc.tokens[m.start_tok].sent == doc.tokens[g].sent and 0 < g - m.end_tok + 1 <= GATHERING_GAP
                if near:
                    city = self.city_of.get(m.ref.id, m.ref)
                    found[city.id] = city
        if len(found) != 1:
            return None, frozenset()
        named = {doc.tokens[g].sent for g in gatherings}
        lead = doc.tokens[body[0]].sent if body else None
        return next(iter(found.values())), frozenset(range(len(doc.sentences)) if lead in named else named)

    def _upcoming(self, gathering: int) -> bool:
        """Whether a gathering is yet to come ("the upcoming Paris conference", "qarşıdan gələn sammit")."""
        doc = self.doc
        near = doc.tokens[gathering].children if doc.has_parse else range(max(0, gathering - GATHERING_GAP), gathering)
        return any(self._has_word(k, self.lex.upcoming) for k in near)

    def _on_a_party(self, place: ActorMention, cand: Candidate) -> bool:
        """Whether the parse hung a place phrase on a party of the event ("met with his counterpart
        X in Tbilisi"): the place is the meeting's, one step further from the trigger."""
        holder = self._phrase_holder(self._place_head(place))
        if holder is None:
            return False
        # the party's own word, or the title word the parse made the head of its name ("с предпринимателем
        # Джаредом Кушнером в Кремле": the place hangs on "предпринимателем")
        words = [holder, *(c for c in self.doc.tokens[holder].children if self.doc.tokens[c].dep in ("appos", "flat", "flat:name", "nmod"))]
        return any((mention := self.by_token.get(k)) is not None and mention.ref.id in cand.participants
                   and mention.ref.type is EntityType.PERSON for k in words)

    def _at_venue(self, place: ActorMention, trig: TriggerMatch) -> bool:
        """Whether the parse hung a place on the venue the event was held at ("held talks at the
        presidential residence in Astana", "behind closed doors in Astana", "в резиденции в Астане"): a
        locative phrase of the trigger whose noun is not one of its parties."""
        doc = self.doc
        venue = self._phrase_holder(self._place_head(place))
        if venue is None or venue in self.by_token or doc.tokens[venue].pos != "NOUN":
            return False
        holder = self._phrase_holder(venue)
        return (holder in self._anchors(trig) or trig.start_tok <= (holder or -1) < trig.end_tok) and bool(
            {self._lemma(m) for m in self._markers(venue)} & (LOCATIVE_PREPS | VENUE_PREPS))

    def _is_party(self, tok: int, cand: Candidate) -> bool:
        """Whether a token names a party of the event: "addressed the North Atlantic Council in
        Brussels" addresses a body, not a topic, so the place hung on it is the event's."""
        mention = self.by_token.get(tok)
        return mention is not None and mention.ref.id in cand.participants

    def _discussed(self, tok: int) -> bool:
        """Whether a noun is the object of a verb of discussion, or a conjunct, modifier or participle
        inside it ("обсудили трудности в отношениях, а также переговоры и кризисы на Украине",
        "обсудили подписанную в Москве декларацию")."""
        doc = self.doc
        for _ in range(DISCUSSED_DEPTH):
            if doc.tokens[tok].dep not in ("conj", "nmod", "amod", "acl") or doc.tokens[tok].head is None:
                break
            tok = doc.tokens[tok].head
        head = doc.tokens[tok].head
        return doc.tokens[tok].dep in OBJECT_DEPS and head is not None and self._has_word(head, self.lex.discussion_verbs)

    def _phrase_holder(self, head: int) -> int | None:
        """The word a prepositional phrase hangs on: past the preposition where the parse puts it
        between ("in Tbilisi" under "met"), else the phrase head's own head ("в России" under "посла")."""
        doc = self.doc
        prep = doc.tokens[head].head
        return doc.tokens[prep].head if prep is not None and doc.tokens[prep].dep in ("prep", "case") else prep

    def _frame_tokens(self, trig: TriggerMatch) -> set[int]:
        """The tokens of the frame phrases near the trigger ("on the sidelines of the summit")."""
        doc = self.doc
        anchors = self._anchors(trig)
        sent = doc.tokens[trig.start_tok].sent
        frames = [t.i for t in doc.tokens if t.sent == sent and self._has_word(t.i, self.lex.frames)
                  and min(doc.tree_distance(t.i, a) for a in anchors) <= 2]
        return {k for f in frames for k in doc.subtree(f)}

    def _frame_venue(self, trig: TriggerMatch, inside: set[int]) -> EntityRef | None:
        """Where the frame of an event meets, when no place is named: the seat of a body whose
        sessions always meet there ("на полях Генассамблеи ООН" is New York), or the city the
        frame's name begins with ("on the sidelines of the Antalya Diplomacy Forum"). `inside`: the
        frame's tokens, with a parse."""
        bodies = [m for m in self.actors if m.ref.id in self.convened_at]
        cities = [m for m in self.actors if m.ref.type is EntityType.PLACE]
        if self.doc.has_parse:
            framing = [m for m in bodies if m.head_tok in inside]
            named = [m for m in cities if m.head_tok in inside and self.doc.tokens[m.head_tok].dep in ("compound", "amod")]
        else:
            start, end = self._clause(trig)
            framing = [m for m in bodies if start <= m.start_tok < end and self._names_frame(m, trig)]
            named = [m for m in cities if start <= m.start_tok < end and self._names_frame(m, trig)]
        if framing:
            return self.convened_at[framing[0].ref.id]
        return self.city_of.get(named[0].ref.id, named[0].ref) if named else None

    def _as_place(self, mention: ActorMention, cand: Candidate) -> EntityRef | None:
        """A place phrase: a locative or destination of the trigger's clause (`в Брюсселе`,
        `in Baku`, `Bakıya`, `visited Azerbaijan`), or an organization's headquarters."""
        doc = self.doc
        if doc.has_parse:
            head = doc.tokens[self._place_head(mention)]
            preps = [self._lemma(c) for c in head.children if doc.tokens[c].dep == "case"]
            if head.dep == "pobj" and head.head is not None:
                preps.append(self._lemma(head.head))
            if not preps and mention.start_tok > 0:  # "провел в Акорде пресс-конференцию" with "в" hung on the noun,
                before = mention.start_tok - 1  # "met X in capital Ankara" with "Ankara" parsed apart from "in capital"
                while before > 0 and (self._has_word(before, self.lex.place_nouns) or self._lemma(before) == "the"):
                    before -= 1
                preps.append(self._lemma(before))
            direct_object = head.dep in OBJECT_DEPS and cand.type is EventType.VISIT
            if not (set(preps) & LOCATIVE_PREPS or direct_object):
                return None
            holder = self._phrase_holder(self._place_head(mention))
            if (holder is not None and self._has_word(holder, self.lex.accredited)) or (
                    mention.start_tok >= 2 and self._has_word(mention.start_tok - 2, self.lex.accredited)):
                return None  # "в сопровождении посла США в России", "Ambassador to Ankara X": where the envoy is posted
            if holder is not None and self._discussed(holder) and not self._is_party(holder, cand):
                return None  # "На переговорах министры обсудили кризисы на Украине": where the topic is
        elif self._place_case(mention) not in ("loc", "dat") and not (cand.type is EventType.VISIT and mention.case == "acc"):
            return None
        elif fold(doc.tokens[mention.end_tok - 1].text, doc.lang).endswith(AZ_MODIFIER_LOCATIVES) and not any(
                self._event_noun(k) or self._has_word(k, self.lex.gatherings) for k in range(mention.end_tok, min(mention.end_tok + MODIFIER_GAP + 1, len(doc.tokens)))):
            return None  # "Ukraynadakı vəziyyəti müzakirə edib": where the situation is; "Maltadakı görüşlər" the meetings'
        elif any(self._has_word(k, self.lex.accredited) for k in range(mention.end_tok, min(mention.end_tok + POSTING_GAP + 1, len(doc.tokens)))
                 if doc.tokens[k].sent == doc.tokens[mention.start_tok].sent):
            return None  # "ABŞ-ın Rusiyadakı səfiri", "Rusiyanın ölkəmizdə yeni təyin olunmuş səfiri"
        elif self._in_other_participle(mention):
            return None  # "görüşün əvvəlində Bakıda yaşayış binasında baş vermiş faciə": where the tragedy happened
        if mention.ref.type is EntityType.ORGANIZATION:
            # "штаб-квартира НАТО", "NATO Headquarters", "NATO-nun mənzil-qərargahı"
            near = [*range(max(mention.start_tok - 3, 0), mention.start_tok),
                    *range(mention.end_tok, min(mention.end_tok + 2, len(doc.tokens)))]
            if mention.ref.id in self.seated or any(
                    self._lemma(k) in self.lex.hq_words or any(w in key for key in doc.tokens[k].keys for w in self.lex.hq_words)
                    for k in near):  # "at the Georgian Foreign Ministry": a ministry stands in its capital
                return self.hq_of.get(mention.ref.id)
            return None
        return self.city_of.get(mention.ref.id, mention.ref)

    def _in_other_participle(self, mention: ActorMention) -> bool:
        """Whether an Azerbaijani locative belongs to a participle that describes another noun than the
        trigger ("görüşün əvvəlində ... Bakıda baş vermiş faciə"), not the trigger ("Bakıda keçirilən görüş")."""
        doc, trig = self.doc, self._trigger
        if trig is None or trig.start_tok in range(mention.start_tok, mention.end_tok + 1):
            return False
        for k in range(mention.end_tok, min(mention.end_tok + PARTICIPLE_GAP + 1, len(doc.tokens))):
            if k == trig.start_tok or doc.tokens[k].sent != doc.tokens[mention.start_tok].sent:
                return False
            word = fold(doc.tokens[k].text, doc.lang)
            if word.endswith(self.lex.attributive_suffixes):  # a gathering held there ("İstanbulda keçirilən
                return not self._held_participle(word) and not 0 < trig.start_tok - k <= 2  # sərgidə iştirak") is where one was
        return False

    def _place_head(self, mention: ActorMention) -> int:
        """The token of a place phrase that carries its preposition: the name's, or that of the noun
        it stands beside ("to [NATO] Headquarters", "in the capital Ankara", "в столице Турции
        Анкаре", "in the city of Ganja", "в штаб-квартире ООН")."""
        doc = self.doc
        head = mention.head_tok
        while doc.tokens[head].dep in ("compound", "poss", "nmod:poss") and doc.tokens[head].head is not None:
            head = doc.tokens[head].head
        tok = doc.tokens[head]
        noun = tok.head
        if tok.dep == "pobj" and noun is not None and self._lemma(noun) == "of":
            noun = doc.tokens[noun].head
        if noun is not None and tok.dep in ("appos", "nmod", "pobj", "flat") and (
                self._has_word(noun, self.lex.place_nouns) or self._has_word(noun, self.lex.hq_words)):
            return noun
        return head

    def _anchors(self, trig: TriggerMatch) -> list[int]:
        """The trigger's head and, for a noun, the verb it is an argument of."""
        head = self._trigger_head(trig)
        verb = self.doc.tokens[head].head
        if verb is not None and self.doc.tokens[verb].dep == "prep":
            verb = self.doc.tokens[verb].head
        return [head] + ([verb] if trig.spec.noun and verb is not None else [])

    def _closest(self, trig: TriggerMatch, items: list, start_of) -> object | None:
        """The item nearest the trigger: by dependency distance with a parse, else by position,
        within the trigger's clause."""
        doc = self.doc
        start, end = self._clause(trig)
        lo, hi = doc.tokens[start].start, doc.tokens[end - 1].end
        items = [i for i in items if lo <= start_of(i) < hi]
        if not items:
            return None
        if doc.has_parse:
            char_to_tok = {t.start: t.i for t in doc.tokens}
            anchor = self._trigger_head(trig)
            scored, at = [], {}
            for item in items:
                tok = char_to_tok.get(start_of(item))
                if tok is None:
                    tok = min((t.i for t in doc.tokens if t.start >= start_of(item)), default=anchor)
                if tok > 0 and doc.tokens[tok - 1].text == "(" and doc.tokens[tok].head is not None:
                    tok = doc.tokens[tok].head  # "В среду (10 июля 2024 г.)": a bracketed gloss stands for the word before it
                at[id(item)] = tok
                distance = doc.tree_distance(anchor, tok)
                scored.append((distance, abs(tok - anchor), item))
            clause = self._clause_head(anchor)
            scored = [s for s in scored if self._clause_head(at[id(s[2])]) == clause] or [
                s for s in scored if self._clause_head(anchor) == anchor and s[0] <= 2]
            scored.sort(key=lambda s: (s[0], s[1]))
            return scored[0][2] if scored and scored[0][0] <= 6 else None
        anchor_char = doc.tokens[trig.start_tok].start
        return min(items, key=lambda i: abs(start_of(i) - anchor_char))

    def _confidence(self, trig: TriggerMatch, cand: Candidate) -> float:
        score = 0.55 if trig.spec.noun else 0.7
        if len(cand.participants) >= 2:
            score += 0.1
        if cand.date_from_text:
            score += 0.1
        if cand.place is not None:
            score += 0.05
        if not self.doc.has_parse:
            score -= 0.05
        return round(min(score, 0.95), 3)


def _unique(mentions: list[ActorMention]) -> list[ActorMention]:
    seen, out = set(), []
    for m in mentions:
        if id(m) not in seen:
            seen.add(id(m))
            out.append(m)
    return out


def _followed_by(doc: AnalysedDoc, mention: ActorMention, word: str) -> bool:
    nxt = mention.end_tok
    return nxt < len(doc.tokens) and fold(doc.tokens[nxt].text, doc.lang) == word
