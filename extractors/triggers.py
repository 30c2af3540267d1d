"""Event trigger lexicons (data/triggers/<lang>.yaml) and their matching on lemmas.

A trigger says which event type a word or phrase signals and which syntactic argument plays
which role (subject -> host, object -> guest, "with" -> participant ...). Russian and English
match on lemmas; Azerbaijani matches each pattern word as a prefix of the text word (verbs
take person/tense endings: `görüş` matches `görüşüb`, `et` matches `edib`).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields, replace
from functools import cached_property, lru_cache

from extractors.analysis.doc import AnalysedDoc
from extractors.resources import data_file
from extractors.textutil import fold
from schema import EventType

ROLE_SLOTS = ("subject", "object", "with", "between", "to", "possessor", "from")
_PREFIX_MARK = "\0"  # marks a two-letter prefix head in `Lexicon.by_first`, apart from whole words


@dataclass(frozen=True)
class TriggerSpec:
    type: EventType
    words: tuple[str, ...]
    noun: bool
    roles: tuple[tuple[str, str], ...]  # (slot, role)
    requires_person_object: bool = False
    requires_actor_object: bool = False
    requires_org_object: bool = False  # "addressed the North Atlantic Council": a body, not "the nation"
    requires_with: bool = False  # "spoke with B", not "spoke to the media"
    requires_destination: bool = False  # "Münxenə gəlib" (came to Munich), not "razılığa gəlib" (came to agree)
    requires_owner_object: bool = False  # "presented his credentials to X", not "presented a report"
    requires_remote: bool = False  # "discussed by phone", "обсудили по телефону": only with a word of distance in its clause
    in_person: bool = False  # "Nyu-Yorkda X ilə müzakirə edib": a meeting only without a word of distance in its clause
    requires_place: bool = False  # "вылетел в Анкару" is a visit, "вылетел из Москвы" says nothing of one
    abroad: bool = False  # "is attending the Munich Security Conference": a visit only in person, to a place not home
    finite_only: bool = False
    main_clause: bool = False  # "X is in Tbilisi", "who is in Baku": the verb heads a clause, never an auxiliary ("was received")
    plural: bool = False  # the pattern itself is plural ("görüşlər keçir"): one event per counterpart
    countable: bool = False  # a plural form of the noun ("meetings", "встречи") is one event per counterpart
    min_participants: int = 0  # persons the event needs ("summit", "dinner", "press statement": 2); bodies do not count
    context_in_frame: bool = False  # "on the sidelines of the summit": the setting of another event, not one

    def role(self, slot: str) -> str | None:
        return dict(self.roles).get(slot)


@dataclass(frozen=True)
class TriggerMatch:
    spec: TriggerSpec
    start_tok: int
    end_tok: int  # exclusive
    others: tuple[TriggerSpec, ...] = ()  # further specs of the same words, tried in order when `spec` yields no event

    def readings(self) -> list[TriggerMatch]:
        """The match under each spec of its words: "discussed X with Y" is a call where its clause says
        by phone, a meeting where it names a place, and the lexicon lists it under both."""
        return [self, *(replace(self, spec=other, others=()) for other in self.others)]


# Lexicon fields that are word endings, kept as written (in order); every other list is a set of folded words.
SUFFIX_FIELDS = ("planned_suffixes", "negative_suffixes", "participle_suffixes", "attributive_suffixes", "finite_suffixes",
                 "first_person_suffixes")


@dataclass(frozen=True)
class Lexicon:
    lang: str
    triggers: tuple[TriggerSpec, ...]
    planned: frozenset[str]
    negation: frozenset[str]
    previous: frozenset[str]
    sides: frozenset[str]
    delegation: frozenset[str]
    hypothetical: frozenset[str]
    hq_words: frozenset[str]
    planned_suffixes: tuple[str, ...]
    negative_suffixes: tuple[str, ...]
    participle_suffixes: tuple[str, ...]
    distributive: frozenset[str]  # "separate(ly)", "аналогичные", "ayrı-ayrılıqda": one event per counterpart
    remote: frozenset[str]  # "videoconference", "видеосвязь": a meeting held at a distance is a call
    light_verbs: frozenset[str]  # "hold", "провести": the verb's subject takes part in its noun's event
    frames: frozenset[str]  # "sidelines", "рамках", "çərçivə": a phrase naming the setting of an event
    topic_markers: frozenset[str]  # "about", "о", "haqqında": the noun is what is discussed, not an event
    stay_verbs: frozenset[str]  # "находящийся", "staying": a participle naming the visitor of a visit noun
    attributive_suffixes: tuple[str, ...]  # "imzalanmış": a participle describing a noun, not a finite verb
    finite_suffixes: tuple[str, ...] = ()  # "olub", "çatacaq": the endings of a finite verb (no parser to find it)
    ongoing: frozenset[str] = frozenset()  # "завершиться", "başa çat": the event is under way, the date is its end
    topic_heads: frozenset[str] = frozenset()  # "progress", "ход", "gedişat": of the talks, the talks are a topic
    led_by: frozenset[str] = frozenset()  # "was led by", "возглавлял", "rəhbərlik edib": who heads a delegation
    guests: frozenset[str] = frozenset()  # "the guest", "гость", "qonaq": the visitor the article is about
    place_nouns: frozenset[str] = frozenset()  # "şəhər" in "Şuşa şəhərinə": the case ending sits on it
    joint: frozenset[str] = frozenset()  # "joint", "совместный", "birgə": a press conference of the talks' parties
    previous_phrases: frozenset[str] = frozenset()  # "в последний раз", "sonuncu dəfə": anywhere in the clause
    reporting: frozenset[str] = frozenset()  # "note", "отметить": verbs whose modality stays out of their clause
    habitual: frozenset[str] = frozenset()  # "repeatedly", "неоднократно", "dəfələrlə": a recurring, not one event
    times: frozenset[str] = frozenset()  # "раз", "times", "dəfə": after a count ("13 раз", "several times"), many events
    counts: frozenset[str] = frozenset()  # "несколько", "three", "bir neçə": count words before `times`
    sequels: frozenset[str] = frozenset()  # "following", "по итогам": the event named next came before the clause's
    arrival_venues: frozenset[str] = frozenset()  # "airport", "аэропорт": a greeting there belongs to the arrival
    topic_verbs: frozenset[str] = frozenset()  # "congratulate", "поздравить": their object event is a topic
    conversations: frozenset[str] = frozenset()  # "беседа", "conversation": referring back to a call, that call
    appraisals: frozenset[str] = frozenset()  # "назвать", "describe": an event they take as object is appraised, a topic
    owner_nouns: frozenset[str] = frozenset()  # "credentials", "грамота", "etimadnamə": an argument that stands for its owner
    held_verbs: frozenset[str] = frozenset()  # "was held", "прошла", "keçirilib": an event noun alone restates the event before
    manner_postpositions: frozenset[str] = frozenset()  # "dəvəti ilə": a planned word before them is how it happened
    inclusion: frozenset[str] = frozenset()  # "including", "в том числе": the members a group word names
    origins: frozenset[str] = frozenset()  # "from", "из": "counterparts from A, B and C", the countries of a plural side word
    counterparts: frozenset[str] = frozenset()  # "counterpart", "коллега", "həmkar" (names.yaml): the same office elsewhere
    multilateral: frozenset[str] = frozenset()  # "trilateral", "трехсторонний", "üçtərəfli": one call of several parties
    gatherings: frozenset[str] = frozenset()  # "summit", "саммит", "zirvə": a gathering whose city may set the story
    upcoming: frozenset[str] = frozenset()  # "upcoming", "предстоящий", "qarşıdan": a gathering yet to come
    accredited: frozenset[str] = frozenset()  # "ambassador", "посол", "səfir": a place beside them is their posting
    demonstratives: frozenset[str] = frozenset()  # "this", "этот", "bu": an event noun after them is one reported already
    agents: frozenset[str] = frozenset()  # "tərəfindən": the phrase before it did what a passive verb tells
    discussion_verbs: frozenset[str] = frozenset()  # "discuss", "обсудить": a place in their object is a topic's
    group_titles: frozenset[str] = frozenset()  # "co-chairs", "сопредседатели": a list they open is met together
    initiative: frozenset[str] = frozenset()  # "request", "инициатива", "təşəbbüs": whose it was took part in the call
    initiative_marks: frozenset[str] = frozenset()  # "at", "по", "ilə": with them an initiative noun says who asked
    gerund_marks: frozenset[str] = frozenset()  # "while", "after": "said while meeting with Y", the gerund the sayer's
    target_date_marks: frozenset[str] = frozenset()  # "for", "на": "scheduled for March 9" names the day planned, not past
    frames_ahead: frozenset[str] = frozenset()  # "ahead", "накануне", "ərəfə": frames of an event after the clause
    first_person: frozenset[str] = frozenset()  # "I", "мы": a subject that makes the quote's speaker a party
    attend_purposes: frozenset[str] = frozenset()  # "to attend", "для участия в": a gathering gone to, no meeting of the goers
    first_person_suffixes: tuple[str, ...] = ()  # "danışdım", "apardıq": Azerbaijani first-person endings
    speech_nouns: frozenset[str] = frozenset()  # "remarks", "выступление": a transcript's title noun, its owner the speaker
    in_person_frames: frozenset[str] = frozenset()  # "sidelines", "на полях": a talk so framed is a meeting
    perfect_auxiliaries: frozenset[str] = frozenset()  # "have": "has paid a visit" tells a deed past, not one under way

    @cached_property
    def by_first(self) -> dict[str, tuple[int, ...]]:
        """Positions in `triggers` of the specs a token may start, by the keys it may have."""
        return _first_word_index(self.triggers)


@lru_cache(maxsize=8)
def lexicon(lang: str) -> Lexicon:
    """The trigger lexicon of a language (Turkish and unknown languages use Azerbaijani's)."""
    code = lang if lang in ("ru", "en", "az") else "az"
    data = data_file(f"triggers/{code}.yaml")
    specs = []
    for event_type in EventType:
        for item in data.get(event_type.value) or []:
            words = tuple(fold(w, code) for w in str(item["pattern"]).split())
            roles = tuple((slot, item[slot]) for slot in ROLE_SLOTS if slot in item)
            specs.append(TriggerSpec(
                type=event_type, words=words, noun=bool(item.get("noun")), roles=roles,
                requires_person_object=bool(item.get("requires_person_object")),
                requires_actor_object=bool(item.get("requires_actor_object")),
                requires_org_object=bool(item.get("requires_org_object")), requires_with=bool(item.get("requires_with")),
                requires_destination=bool(item.get("requires_destination")),
                requires_owner_object=bool(item.get("requires_owner_object")),
                requires_remote=bool(item.get("requires_remote")), in_person=bool(item.get("in_person")),
                requires_place=bool(item.get("requires_place") or item.get("abroad")), abroad=bool(item.get("abroad")),
                finite_only=bool(item.get("finite_only")), main_clause=bool(item.get("main_clause")),
                plural=bool(item.get("plural")),
                countable=bool(item.get("countable")), context_in_frame=bool(item.get("context_in_frame")),
                min_participants=int(item.get("min_participants", 0)),
            ))
    specs.sort(key=lambda s: -len(s.words))

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w, code) for w in data.get(key) or [])

    counterparts = frozenset(fold(w, code) for w in data_file("names.yaml")["counterpart_words"].get(code) or [])
    return Lexicon(lang=code, triggers=tuple(specs), counterparts=counterparts,
                   **{name: tuple(data.get(name) or ()) for name in SUFFIX_FIELDS},
                   **{f.name: words(f.name) for f in fields(Lexicon) if f.name not in {"lang", "triggers", "counterparts", *SUFFIX_FIELDS}})


@lru_cache(maxsize=None)
def _stems(pattern: str) -> tuple[str, ...]:
    """The prefixes a word of an unparsed language matches by: `et` also as `ed` (`edib`)."""
    stems = (pattern, pattern[:-1] + "d") if pattern.endswith("t") else (pattern,)
    return tuple(s for s in stems if len(s) >= 2)


def _first_word_index(specs: tuple[TriggerSpec, ...]) -> dict[str, tuple[int, ...]]:
    """For each key a first word can match, the specs (by position, in order) starting with it.

    Specs are indexed by their first word, and (for prefix matching, in documents without a
    parse) by the first two letters of each of its stems, which every key starting with that
    stem shares; so `find_triggers` tries only the few specs a token could start instead of
    every spec at every token.
    """
    index: defaultdict[str, list[int]] = defaultdict(list)
    for n, spec in enumerate(specs):
        first = spec.words[0]
        for head in {first, *(_PREFIX_MARK + s[:2] for s in _stems(first))}:
            index[head].append(n)
    return {head: tuple(ns) for head, ns in index.items()}


def _candidates(lex: Lexicon, keys: tuple[str, ...], prefix: bool) -> list[TriggerSpec]:
    """The specs whose first word may match a token with `keys`, in the lexicon's order."""
    heads = [*keys, *(_PREFIX_MARK + k[:2] for k in keys)] if prefix else keys
    found = sorted({n for head in heads for n in lex.by_first.get(head, ())})
    return [lex.triggers[n] for n in found]


def _word_matches(pattern: str, keys: tuple[str, ...], prefix: bool) -> bool:
    if pattern in keys:
        return True
    if not prefix:
        return False
    return any(k.startswith(s) for k in keys for s in _stems(pattern))


def find_triggers(doc: AnalysedDoc, lex: Lexicon) -> list[TriggerMatch]:
    """Non-overlapping trigger matches, longest pattern first at each position.

    With a parser, a noun pattern must end on a noun and a verb pattern start on a verb, so
    "visit" the noun and "visit" the verb get their own argument rules.
    """
    found: list[TriggerMatch] = []
    taken: set[int] = set()
    for i in range(len(doc.tokens)):
        if i in taken:
            continue
        specs = specs_at(doc, lex, i)
        if specs:
            found.append(TriggerMatch(specs[0], i, i + len(specs[0].words), others=tuple(specs[1:])))
            taken.update(range(i, i + len(specs[0].words)))
    return found


def spec_at(doc: AnalysedDoc, lex: Lexicon, i: int) -> TriggerSpec | None:
    """The longest trigger pattern that starts at token `i`, if any."""
    specs = specs_at(doc, lex, i)
    return specs[0] if specs else None


def specs_at(doc: AnalysedDoc, lex: Lexicon, i: int) -> list[TriggerSpec]:
    """The specs of the longest trigger pattern that starts at token `i`, in the lexicon's order."""
    found = matching_specs(doc, lex, i)
    return [spec for spec in found if spec.words == found[0].words]


def matching_specs(doc: AnalysedDoc, lex: Lexicon, i: int) -> list[TriggerSpec]:
    """Every spec whose pattern starts at token `i`, longest first, in the lexicon's order."""
    prefix = not doc.has_parse
    tokens = doc.tokens
    tok = tokens[i]
    found: list[TriggerSpec] = []
    for spec in _candidates(lex, tok.keys, prefix):
        n = len(spec.words)
        if i + n > len(tokens) or any(tokens[i + k].sent != tok.sent for k in range(n)):
            continue
        if not all(_word_matches(spec.words[k], tokens[i + k].keys, prefix) for k in range(n)):
            continue
        if prefix and n == 1 and not spec.noun and len(spec.words[0]) < 4:
            continue
        if doc.has_parse and not _pos_fits(doc, spec, i, n):
            continue
        found.append(spec)
    return found


def _pos_fits(doc: AnalysedDoc, spec: TriggerSpec, i: int, n: int) -> bool:
    if spec.noun:
        return any(doc.tokens[k].pos in ("NOUN", "PROPN") for k in range(i, i + n))
    return doc.tokens[i].pos in ("VERB", "AUX") or (doc.tokens[i].pos == "NOUN" and n > 1)
