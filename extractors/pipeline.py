"""The extraction pipeline of one article: analysis, actors, dates, events, topics.

`Extractor` loads the models and the gazetteer once; `extract(article)` reads an `Article` and
returns its `Extraction` (entities with every mention, events with evidence, positions).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from functools import lru_cache
from pathlib import Path

from extractors.analysis import AnalysedDoc, analyse
from extractors.analysis.doc import text_lines
from extractors.dates import DateMention, find_dates
from extractors.event_merge import ArticleContext, finalize
from extractors.events import ActorFacts, Candidate, EventFinder
from extractors.gazetteer import Gazetteer, GazEntry, PositionSpec
from extractors.mentions import ActorMention, ArticleMentions, EntityRef, MentionFinder, entity_ref
from extractors.resources import data_file
from extractors.topics import find_topics
from extractors.triggers import find_triggers, lexicon
from schema import (Article, Entity, EntityType, Event, EventDate, Evidence, Extraction, Mention, Participant, PlaceRef, Position,
                    TopicRef)

# Where a dateline's city may start (after a wrapper such as "(MENAFN- Trend)") and what follows it.
_DATELINE_PREFIX = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?")
_DATELINE = re.compile(r"\s*(?:[,.(/—–]|-\s)")
NAME_MENTIONS = ("name", "gazetteer", "surname")  # a title or "the Minister" refers to a person but is no alias
TOPIC_WINDOW = 2  # sentences after an event's evidence sentence that still speak of it
_LOWER_TITLE_WORDS = frozenset({"of", "the", "for", "and", "on", "in"})  # not capitalised in an English title


class Extractor:
    """Entities, events and positions of articles; build once, call `extract` per article."""

    def __init__(self, gazetteer: str | Path | None = None) -> None:
        self.gazetteer = Gazetteer.load(gazetteer)
        self.mentions = MentionFinder(self.gazetteer)
        gaz = self.gazetteer
        self.capital_of = {e.id: gaz.entries[e.capital].id for e in gaz.entries.values()
                           if e.type is EntityType.COUNTRY and e.capital in gaz.entries}
        self.country_of = {e.id: (gaz.entries[e.country].id if e.country in gaz.entries else None)
                           for e in gaz.entries.values() if e.type is EntityType.PLACE}
        self.facts = ActorFacts(
            hq_of={e.id: _place_ref(gaz.entries[e.headquarters]) for e in gaz.entries.values() if e.headquarters in gaz.entries},
            reporters=frozenset(e.id for e in gaz.entries.values() if e.kind == "media"),
            city_of={e.id: _place_ref(gaz.entries[e.city]) for e in gaz.entries.values() if e.city in gaz.entries},
            seated=frozenset(e.id for e in gaz.entries.values() if e.kind == "government_body"),
            convened_at={e.id: _place_ref(gaz.entries[e.headquarters]) for e in gaz.entries.values()
                         if e.convenes_at_seat and e.headquarters in gaz.entries},
            holders_on=lambda role, country, day: [entity_ref(h) for h in gaz.holders(role, country, day)],
            countries={e.key: entity_ref(e) for e in gaz.entries.values() if e.type is EntityType.COUNTRY})

    def extract(self, article: Article) -> Extraction:
        doc = analyse(article.text, article.language)
        found = self.mentions.find(doc, article.published)
        names = [(m.start, m.end) for m in found.actors if m.ref.type is EntityType.PERSON]
        dates = [d for d in find_dates(article.text, article.language)  # "Theresa May" names no month
                 if not any(start <= d.start < end for start, end in names)]
        lex = lexicon(article.language)
        finder = EventFinder(doc, lex, found, dates, article.published, self.facts, headline_end=article.body_start,
                             period=article.published_period)
        cands = [c for c in (finder.first_candidate(t) for t in find_triggers(doc, lex)) if c is not None]
        events = finalize(cands, self._context(doc, found, dates, article, *finder.setting()))
        topics = find_topics(doc)
        return Extraction(
            article=article,
            entities=_entities(doc, found, topics, {ref.id for cand in events for ref, _ in cand.participants.values()}),
            events=[_event(article, doc, n, cand, topics) for n, cand in enumerate(events, start=1)],
            positions=_positions(doc, found, article, self.gazetteer),
        )

    def _context(self, doc: AnalysedDoc, found: ArticleMentions, dates: list[DateMention], article: Article,
                 setting: EntityRef | None, set_sentences: frozenset[int]) -> ArticleContext:
        """The article's dateline, if any, and the cities it names. A dateline is a line of the
        header or the start of the body's first sentence that opens with a city followed by
        punctuation: "BAKU, Azerbaijan, April 25.", "Bratislava, October 8, AZERTAC",
        "MOSCOW, April 20. /TASS/.", "Bakı, 24 avqust, AZƏRTAC", "(MENAFN- Trend) BAKU, ..."."""
        date = place = None
        first = next((s for s in doc.sentences if s.start >= article.body_start), None)
        zone_end = first.end if first is not None else article.body_start
        for start, line in text_lines(doc.text[:zone_end]):
            end = start + len(line)
            city_at = _DATELINE_PREFIX.match(doc.text, start, end).end()
            opening = next((m for m in found.actors if m.start == city_at), None)
            if opening is None or opening.ref.type is not EntityType.PLACE or not _DATELINE.match(doc.text, opening.end, end):
                continue
            # "ANKARA/ANTALYA-Anadolu Agency": the agency's seat, then the city it reports from
            second = next((m for m in found.actors if m.start == opening.end + 1 and doc.text[opening.end] == "/"
                           and m.ref.type is EntityType.PLACE), None)
            place = (second or opening).ref
            in_line = [d for d in dates if start <= d.start < end]
            date = in_line[0].resolve(article.published, period=article.published_period) if in_line else None
            break
        city_of = self.facts.city_of  # a venue ("Heydar Aliyev International Airport") stands for its city
        cities = tuple(city_of.get(m.ref.id, m.ref) for m in found.actors if m.ref.type is EntityType.PLACE)
        headline = frozenset(i for i, s in enumerate(doc.sentences) if s.end <= article.body_start)
        in_headline = tuple(city_of.get(m.ref.id, m.ref) for m in found.actors
                            if m.ref.type is EntityType.PLACE and m.end <= article.body_start)
        seats = {m.ref.id: _place_ref(seat) for m in found.actors if m.ref.type is EntityType.PERSON and m.ref.key
                 and (seat := self.gazetteer.seat(m.ref.key, article.published)) is not None}
        if date is None:  # the publication day, else its month: what a fresh report's undated events are told at
            date = EventDate.from_date(article.published) if article.published is not None else article.published_period
        return ArticleContext(date, place and city_of.get(place.id, place), self.country_of, cities, headline,
                              headline_cities=in_headline, capital_of=self.capital_of, seat_of=seats, setting=setting,
                              set_sentences=set_sentences)


def _place_ref(entry: GazEntry) -> EntityRef:
    return EntityRef(entry.id, EntityType.PLACE, entry.name, entry.key)


def _sentence_span(doc: AnalysedDoc, sent: int) -> tuple[int, int]:
    s = doc.sentences[sent]
    return s.start, s.end


def _entities(doc: AnalysedDoc, found: ArticleMentions, topics: list[tuple[int, TopicRef]],
              parties: set[str]) -> list[Entity]:
    """The article's entities with their mentions. A person only inferred from a leading office
    ("подписанного между лидерами Азербайджана, Армении и России") is listed only as the party of
    an event: the text names nobody there."""
    grouped: dict[str, tuple[EntityRef, list[ActorMention]]] = {}
    for mention in found.actors:
        for ref in mention.refs:
            grouped.setdefault(ref.id, (ref, []))[1].append(mention)
    out = []
    for ref, mentions in grouped.values():
        if all(m.inferred for m in mentions) and ref.id not in parties:
            continue
        out.append(Entity(
            id=ref.id, type=ref.type, name=ref.name, wikidata=ref.id if ref.id.startswith("Q") else None,
            aliases=sorted({m.text for m in mentions if m.how in NAME_MENTIONS}),
            mentions=[Mention(text=m.text, start=m.start, end=m.end,
                              sentence_start=_sentence_span(doc, doc.tokens[m.start_tok].sent)[0],
                              sentence_end=_sentence_span(doc, doc.tokens[m.start_tok].sent)[1]) for m in mentions],
        ))
    topic_mentions: dict[str, tuple[TopicRef, list[int]]] = {}
    for sent, topic in topics:
        topic_mentions.setdefault(topic.id, (topic, []))[1].append(sent)
    for topic, sents in topic_mentions.values():
        out.append(Entity(id=topic.id, type=EntityType.TOPIC, name=topic.name, mentions=[
            Mention(text=doc.text[slice(*_sentence_span(doc, s))], start=_sentence_span(doc, s)[0],
                    end=_sentence_span(doc, s)[1], sentence_start=_sentence_span(doc, s)[0],
                    sentence_end=_sentence_span(doc, s)[1]) for s in sorted(set(sents))]))
    return out


def _event(article: Article, doc: AnalysedDoc, n: int, cand: Candidate, topics: list[tuple[int, TopicRef]]) -> Event:
    sents = sorted(cand.sentences)
    window = {s + k for s in sents for k in range(TOPIC_WINDOW + 1)}
    event_topics = list({t.id: t for s, t in topics if s in window}.values())
    evidence = [Evidence(article_id=article.id, text=doc.text[slice(*_sentence_span(doc, s))],
                         start=_sentence_span(doc, s)[0], end=_sentence_span(doc, s)[1]) for s in sents]
    digest = hashlib.sha1(f"{article.id}|{cand.type.value}|{sents[0]}|{n}".encode()).hexdigest()[:12]
    return Event(
        id=f"ev:{digest}", type=cand.type, status=cand.status, date=cand.date,
        place=PlaceRef(id=cand.place.id, name=cand.place.name, type=cand.place.type) if cand.place else None,
        participants=[Participant(id=ref.id, name=ref.name, type=ref.type, role=role) for ref, role in cand.participants.values()],
        topics=event_topics, evidence=evidence, confidence=cand.confidence, articles=[article.id],
    )


def _positions(doc: AnalysedDoc, found: ArticleMentions, article: Article, gazetteer: Gazetteer) -> list[Position]:
    """One position per person, office and organization, whatever case form the title takes
    ("Prezidenti", "президента", "President"), with every title mention as evidence.

    A gazetteer person's office is the gazetteer's (canonical English title, start and end), so
    a title whose organization the text gets wrong still lands on the office the person holds;
    otherwise the title is the role's English phrase. The organization is named by its entity
    id (Q-id or slug), the id its graph node has, not by its gazetteer key. A title span names
    one person only."""
    grouped: dict[tuple[str, str, str | None], Position] = {}
    taken: set[tuple[int, int]] = set()
    for person, title in found.positions:
        assert title.title is not None
        if (title.start, title.end) in taken:
            continue
        taken.add((title.start, title.end))
        entry = gazetteer.entries.get(person.ref.key) if person.ref.key else None
        spec = _gazetteer_office(entry, title.title.role, title.title_org, article.published) if entry else None
        org = gazetteer.entries.get(spec.of if spec else title.title_org or "")
        s_start, s_end = _sentence_span(doc, doc.tokens[title.start_tok].sent)
        evidence = Evidence(article_id=article.id, text=doc.text[s_start:s_end], start=s_start, end=s_end)
        mention = Mention(text=title.text, start=title.start, end=title.end, sentence_start=s_start, sentence_end=s_end)
        key = (person.ref.id, title.title.role, org.id if org else None)
        if key not in grouped:
            grouped[key] = Position(
                person_id=person.ref.id, title=spec.title if spec else _english_title(title.title.role, org),
                role=title.title.role, organization_id=org.id if org else None,
                start=spec.start if spec else None, end=spec.end if spec else None,
                source="gazetteer" if spec else "text")
        position = grouped[key]
        position.mentions.append(mention)
        if evidence not in position.evidence:
            position.evidence.append(evidence)
    return list(grouped.values())


def _gazetteer_office(entry: GazEntry, role: str, org: str | None, on: dt.date | None) -> PositionSpec | None:
    """The gazetteer office of `entry` a title of `role` stands for: one held on `on` in the
    organization the text names, else one held on `on`, else one in that organization."""
    offices = [p for p in entry.positions if p.role == role]
    for fits in (lambda p: p.active(on) and p.of == org, lambda p: p.active(on), lambda p: p.of == org):
        found = [p for p in offices if fits(p)]
        if found:
            return max(found, key=lambda p: p.start or dt.date.min)
    return None


@lru_cache(maxsize=None)
def _role_phrases() -> dict[str, str]:
    """The first English phrase of each role's generic item in titles.yaml ("head_of_state" -> "president")."""
    phrases: dict[str, str] = {}
    for spec in data_file("titles.yaml") or []:
        if spec.get("org") is None and spec.get("en"):
            phrases.setdefault(spec["role"], spec["en"][0])
    return phrases


def _english_title(role: str, org: GazEntry | None) -> str:
    """A title in English for an office the gazetteer does not list: "Foreign Minister of Russia"."""
    phrase = _role_phrases().get(role, role.replace("_", " "))
    words = " ".join(w if w in _LOWER_TITLE_WORDS else w[:1].upper() + w[1:] for w in phrase.split())
    return f"{words} of {org.name}" if org else words
