"""Hand-made articles (ru, en, az) and their extractions for the graph-layer tests.

The corpus, after resolution:
  1. visit      Kaja Kallas -> Azerbaijan, 2025-04-25, Baku            (ru)
  2. meeting    Ilham Aliyev + Kaja Kallas, 2025-04-25, Baku            (ru + en: merged)
  3. meeting    Kaja Kallas + Jeyhun Bayramov, 2025-04-25, Baku         (ru)
  4. press conf Kaja Kallas + Jeyhun Bayramov, 2025-04-25, Baku         (ru)
  5. meeting    Kaja Kallas + Jeyhun Bayramov, 2024-12-05, Malta        (ru "December" + en: merged)
  6. meeting    Jeyhun Bayramov + Sergey Lavrov, 2024-12-05, Malta      (en)
  7. call       Ilham Aliyev + Recep Tayyip Erdogan, 2025-05-12         (az + ru: merged)
  8. visit      Sergey Lavrov, planned, 2025-06, Baku                   (ru)
Offsets of mentions and evidence are computed from the texts, so they are always right.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import types
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from kg.event_merge import event_id
from kg.rebuild import rebuild
from kg.store.kglite_store import KgliteStore
from schema.models import (
    Article,
    Entity,
    EntityType,
    Event,
    EventDate,
    EventStatus,
    EventType,
    Evidence,
    Extraction,
    Mention,
    Participant,
    PlaceRef,
    Position,
    TopicRef,
)

P, O, C, PL, T = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.PLACE, EntityType.TOPIC

# id -> (type, canonical name, wikidata)
CATALOG: dict[str, tuple[EntityType, str, str | None]] = {
    "ilham-aliyev": (P, "Ilham Aliyev", None),
    "kaja-kallas": (P, "Kaja Kallas", None),
    "jeyhun-bayramov": (P, "Jeyhun Bayramov", None),
    "recep-tayyip-erdogan": (P, "Recep Tayyip Erdogan", None),
    "sergey-lavrov": (P, "Sergey Lavrov", None),
    "european-union": (O, "European Union", None),
    "osce": (O, "OSCE", None),
    "azerbaijan": (C, "Azerbaijan", "Q227"),
    "russia": (C, "Russia", "Q159"),
    "turkey": (C, "Turkey", "Q43"),
    "malta": (C, "Malta", "Q233"),
    "baku": (PL, "Baku", None),
    "eu-azerbaijan-relations": (T, "EU-Azerbaijan relations", None),
    "energy-security": (T, "energy security", None),
    "peace-treaty": (T, "peace treaty", None),
    "regional-security": (T, "regional security", None),
    "southern-gas-corridor": (T, "Southern Gas Corridor", None),
    "osce-ministerial-council": (T, "OSCE Ministerial Council", None),
    "trade": (T, "trade", None),
}


def make_article(*, language: str, source: str, published: str, title: str, body: str, url: str | None = None) -> Article:
    """An article whose id hashes its body, as the ingest stage does."""
    dateline = published
    text = f"{title}\n\n{dateline}\n\n{body}"
    start = len(text) - len(body)
    return Article(
        id=hashlib.sha256(body.encode("utf-8")).hexdigest()[:16],
        source=source,
        url=url or source,
        title=title,
        published=dt.date.fromisoformat(published),
        language=language,
        text=text,
        body_start=start,
        body_end=len(text),
    )


def make_entity(article: Article, entity_id: str, surfaces: list[str]) -> Entity:
    """The catalog entity with a mention for each occurrence of each surface form in the text.

    Surfaces are taken longest first and an occurrence inside an earlier mention is skipped,
    so "Каллас" does not count again inside "Кая Каллас".
    """
    entity_type, name, wikidata = CATALOG[entity_id]
    spans: list[tuple[int, int]] = []
    for surface in sorted(surfaces, key=len, reverse=True):
        for start in _occurrences(article.text, surface):
            end = start + len(surface)
            if not any(start < taken_end and taken_start < end for taken_start, taken_end in spans):
                spans.append((start, end))
    mentions = [Mention(text=article.text[start:end], start=start, end=end) for start, end in sorted(spans)]
    return Entity(id=entity_id, type=entity_type, name=name, wikidata=wikidata, mentions=mentions)


def _occurrences(text: str, needle: str) -> list[int]:
    found, start = [], text.find(needle)
    while start >= 0:
        found.append(start)
        start = text.find(needle, start + 1)
    if not found:
        raise ValueError(f"{needle!r} does not occur in the fixture text")
    return found


def make_event(
    article: Article,
    sentence: str,
    event_type: EventType,
    participants: list[tuple[str, str]],
    *,
    date: str | None,
    place: str | None = None,
    topics: tuple[str, ...] = (),
    confidence: float = 0.8,
    status: EventStatus = EventStatus.HAPPENED,
    key: str = "e1",
) -> Event:
    """An event of one article, its evidence located in the text."""
    start = article.text.index(sentence)
    return Event(
        id=f"{article.id}:{key}",
        type=event_type,
        status=status,
        date=EventDate.parse(date) if date else None,
        place=PlaceRef(id=place, name=CATALOG[place][1], type=CATALOG[place][0]) if place else None,
        participants=[Participant(id=i, name=CATALOG[i][1], type=CATALOG[i][0], role=role) for i, role in participants],
        topics=[TopicRef(id=t, name=CATALOG[t][1]) for t in topics],
        evidence=[Evidence(article_id=article.id, text=sentence, start=start, end=start + len(sentence))],
        confidence=confidence,
        articles=[article.id],
    )


def make_position(person: str, title: str, holder: str, role: str, start: str | None = None) -> Position:
    return Position(
        person_id=person, title=title, role=role, organization_id=holder,
        start=dt.date.fromisoformat(start) if start else None,
    )


# --- ru: Kallas in Baku, with a look back at Malta -------------------------------------------
RU_KALLAS_SENTENCES = (
    "25 апреля Верховный представитель ЕС Кая Каллас посетила Азербайджан.",
    "В Баку Каю Каллас принял президент Ильхам Алиев, стороны обсудили энергетическую безопасность и мирный договор.",
    "Каллас также провела переговоры с министром иностранных дел Джейхуном Байрамовым о региональной безопасности.",
    "На совместной пресс-конференции с Байрамовым Каллас призвала подписать мирный договор.",
    "Предыдущая встреча Каллас и Байрамова состоялась в декабре 2024 года на Мальте в рамках СМИД ОБСЕ.",
)
RU_KALLAS = make_article(
    language="ru",
    source="https://ru.apa.az/politika/kallas-v-baku",
    published="2025-04-26",
    title="Кая Каллас посетила Азербайджан",
    body=" ".join(RU_KALLAS_SENTENCES),
)

# --- en: the same Aliyev-Kallas meeting, reported by a second outlet --------------------------
EN_MEETING_SENTENCES = (
    "On 25 April President Ilham Aliyev received Kaja Kallas, High Representative of the European Union, in Baku.",
    "The sides discussed energy security and the Southern Gas Corridor.",
)
EN_MEETING = make_article(
    language="en",
    source="https://azertag.az/en/xeber/aliyev-received-kallas",
    published="2025-04-25",
    title="President Ilham Aliyev received Kaja Kallas",
    body=" ".join(EN_MEETING_SENTENCES),
)

# --- en: Malta, December 2024 ------------------------------------------------------------------
EN_MALTA_SENTENCES = (
    "On 5 December Azerbaijani Foreign Minister Jeyhun Bayramov met Kaja Kallas on the sidelines of the OSCE Ministerial Council in Malta.",
    "The same day Bayramov held talks with Russian Foreign Minister Sergey Lavrov on regional security.",
)
EN_MALTA = make_article(
    language="en",
    source="https://news.example.org/osce-malta-bayramov",
    published="2024-12-06",
    title="Bayramov meets Kallas and Lavrov in Malta",
    body=" ".join(EN_MALTA_SENTENCES),
)

# --- az: the Aliyev-Erdogan call -----------------------------------------------------------------
AZ_CALL_SENTENCES = (
    "Mayın 12-də Prezident İlham Əliyev Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan ilə telefonla danışıb.",
    "Söhbət zamanı ticarət və enerji təhlükəsizliyi müzakirə olunub.",
)
AZ_CALL = make_article(
    language="az",
    source="https://report.az/xarici-siyaset/aliyev-erdogan-telefon",
    published="2025-05-12",
    title="İlham Əliyev Ərdoğanla telefonla danışıb",
    body=" ".join(AZ_CALL_SENTENCES),
)

# --- ru: the same call, and a planned Lavrov visit -----------------------------------------------
RU_CALL_SENTENCES = (
    "Президент Азербайджана Ильхам Алиев 12 мая провел телефонный разговор с президентом Турции Реджепом Тайипом Эрдоганом о торговле.",
    "Министр иностранных дел России Сергей Лавров посетит Баку в июне.",
)
RU_CALL = make_article(
    language="ru",
    source="https://tass.ru/politika/aliev-erdogan",
    published="2025-05-12",
    title="Алиев и Эрдоган провели телефонный разговор",
    body=" ".join(RU_CALL_SENTENCES),
)

ALIYEV_PRESIDENT = make_position("ilham-aliyev", "President of Azerbaijan", "azerbaijan", "head of state", "2003-10-31")
KALLAS_HR = make_position("kaja-kallas", "High Representative of the EU for Foreign Affairs and Security Policy", "european-union", "high representative", "2024-12-01")
BAYRAMOV_FM = make_position("jeyhun-bayramov", "Minister of Foreign Affairs of Azerbaijan", "azerbaijan", "foreign minister", "2020-07-16")
LAVROV_FM = make_position("sergey-lavrov", "Minister of Foreign Affairs of Russia", "russia", "foreign minister", "2004-03-09")
ERDOGAN_PRESIDENT = make_position("recep-tayyip-erdogan", "President of Turkey", "turkey", "head of state", "2014-08-28")


def ru_kallas_extraction(article: Article = RU_KALLAS) -> Extraction:
    s = RU_KALLAS_SENTENCES
    return Extraction(
        article=article,
        entities=[
            make_entity(article, "kaja-kallas", ["Кая Каллас", "Каю Каллас", "Каллас"]),
            make_entity(article, "ilham-aliyev", ["Ильхам Алиев"]),
            make_entity(article, "jeyhun-bayramov", ["Джейхуном Байрамовым", "Байрамовым", "Байрамова"]),
            make_entity(article, "european-union", ["ЕС"]),
            make_entity(article, "osce", ["ОБСЕ"]),
            make_entity(article, "azerbaijan", ["Азербайджан"]),
            make_entity(article, "malta", ["Мальте"]),
            make_entity(article, "baku", ["Баку"]),
        ],
        events=[
            make_event(article, s[0], EventType.VISIT, [("kaja-kallas", "visitor"), ("azerbaijan", "host")],
                       date="2025-04-25", place="baku", topics=("eu-azerbaijan-relations",), confidence=0.85, key="visit"),
            make_event(article, s[1], EventType.MEETING, [("ilham-aliyev", "participant"), ("kaja-kallas", "participant")],
                       date="2025-04-25", place="baku", topics=("energy-security", "peace-treaty"), confidence=0.8, key="aliyev"),
            make_event(article, s[2], EventType.MEETING, [("kaja-kallas", "participant"), ("jeyhun-bayramov", "participant")],
                       date="2025-04-25", place="baku", topics=("regional-security",), confidence=0.85, key="bayramov"),
            make_event(article, s[3], EventType.PRESS_CONFERENCE, [("kaja-kallas", "speaker"), ("jeyhun-bayramov", "speaker")],
                       date="2025-04-25", place="baku", topics=("peace-treaty",), confidence=0.75, key="press"),
            make_event(article, s[4], EventType.MEETING, [("kaja-kallas", "participant"), ("jeyhun-bayramov", "participant")],
                       date="2024-12", place="malta", topics=("osce-ministerial-council",), confidence=0.6, key="malta"),
        ],
        positions=[KALLAS_HR, BAYRAMOV_FM],
    )


def en_meeting_extraction(article: Article = EN_MEETING) -> Extraction:
    s = EN_MEETING_SENTENCES
    return Extraction(
        article=article,
        entities=[
            make_entity(article, "ilham-aliyev", ["Ilham Aliyev"]),
            make_entity(article, "kaja-kallas", ["Kaja Kallas"]),
            make_entity(article, "european-union", ["European Union"]),
            make_entity(article, "baku", ["Baku"]),
        ],
        events=[
            make_event(article, s[0], EventType.MEETING, [("ilham-aliyev", "host"), ("kaja-kallas", "guest")],
                       date="2025-04-25", place="baku", topics=("energy-security", "southern-gas-corridor"), confidence=0.9),
        ],
        positions=[ALIYEV_PRESIDENT, KALLAS_HR],
    )


def en_malta_extraction(article: Article = EN_MALTA) -> Extraction:
    s = EN_MALTA_SENTENCES
    return Extraction(
        article=article,
        entities=[
            make_entity(article, "jeyhun-bayramov", ["Jeyhun Bayramov", "Bayramov"]),
            make_entity(article, "kaja-kallas", ["Kaja Kallas"]),
            make_entity(article, "sergey-lavrov", ["Sergey Lavrov"]),
            make_entity(article, "osce", ["OSCE"]),
            make_entity(article, "russia", ["Russian"]),
            make_entity(article, "malta", ["Malta"]),
        ],
        events=[
            make_event(article, s[0], EventType.MEETING, [("jeyhun-bayramov", "participant"), ("kaja-kallas", "participant")],
                       date="2024-12-05", place="malta", topics=("osce-ministerial-council",), confidence=0.8, key="kallas"),
            make_event(article, s[1], EventType.MEETING, [("jeyhun-bayramov", "participant"), ("sergey-lavrov", "participant")],
                       date="2024-12-05", place="malta", topics=("regional-security",), confidence=0.7, key="lavrov"),
        ],
        positions=[BAYRAMOV_FM, LAVROV_FM],
    )


def az_call_extraction(article: Article = AZ_CALL) -> Extraction:
    s = AZ_CALL_SENTENCES
    return Extraction(
        article=article,
        entities=[
            make_entity(article, "ilham-aliyev", ["İlham Əliyev"]),
            make_entity(article, "recep-tayyip-erdogan", ["Rəcəb Tayyib Ərdoğan"]),
            make_entity(article, "turkey", ["Türkiyə"]),
        ],
        events=[
            make_event(article, s[0], EventType.CALL, [("ilham-aliyev", "participant"), ("recep-tayyip-erdogan", "participant")],
                       date="2025-05-12", topics=("trade", "energy-security"), confidence=0.85),
        ],
        positions=[ERDOGAN_PRESIDENT],
    )


def ru_call_extraction(article: Article = RU_CALL) -> Extraction:
    s = RU_CALL_SENTENCES
    return Extraction(
        article=article,
        entities=[
            make_entity(article, "ilham-aliyev", ["Ильхам Алиев"]),
            make_entity(article, "recep-tayyip-erdogan", ["Реджепом Тайипом Эрдоганом"]),
            make_entity(article, "azerbaijan", ["Азербайджана"]),
            make_entity(article, "turkey", ["Турции"]),
            make_entity(article, "russia", ["России"]),
            make_entity(article, "sergey-lavrov", ["Сергей Лавров"]),
            make_entity(article, "baku", ["Баку"]),
        ],
        events=[
            make_event(article, s[0], EventType.CALL, [("ilham-aliyev", "caller"), ("recep-tayyip-erdogan", "callee")],
                       date="2025-05-12", topics=("trade",), confidence=0.9, key="call"),
            make_event(article, s[1], EventType.VISIT, [("sergey-lavrov", "visitor")],
                       date="2025-06", place="baku", confidence=0.6, status=EventStatus.PLANNED, key="lavrov"),
        ],
        positions=[ALIYEV_PRESIDENT, LAVROV_FM, ERDOGAN_PRESIDENT],
    )


def corpus() -> list[Extraction]:
    """All five extractions, in no particular order."""
    return [ru_kallas_extraction(), en_meeting_extraction(), en_malta_extraction(), az_call_extraction(), ru_call_extraction()]


def changed_en_meeting() -> Extraction:
    """The en article edited at its source: a new body (so a new id), the topic now the peace treaty."""
    sentences = (
        "On 25 April President Ilham Aliyev received Kaja Kallas, High Representative of the European Union, in Baku.",
        "The sides discussed the peace treaty.",
    )
    article = make_article(
        language="en", source=EN_MEETING.source, published="2025-04-25",
        title="President Ilham Aliyev received Kaja Kallas", body=" ".join(sentences),
    )
    return Extraction(
        article=article,
        entities=[
            make_entity(article, "ilham-aliyev", ["Ilham Aliyev"]),
            make_entity(article, "kaja-kallas", ["Kaja Kallas"]),
            make_entity(article, "european-union", ["European Union"]),
            make_entity(article, "baku", ["Baku"]),
        ],
        events=[
            make_event(article, sentences[0], EventType.MEETING, [("ilham-aliyev", "host"), ("kaja-kallas", "guest")],
                       date="2025-04-25", place="baku", topics=("peace-treaty",), confidence=0.9),
        ],
        positions=[ALIYEV_PRESIDENT, KALLAS_HR],
    )


def ev(event_type: str, date: str, *participants: str) -> str:
    """The id the resolver gives the merged event of that type, date and participants."""
    return event_id(event_type, EventDate.parse(date), participants)


def write_store(path: Path, extractions: Sequence[Extraction] | None = None) -> Path:
    """A kglite store at `path` built (or updated) from `extractions` (default: the corpus)."""
    with KgliteStore(path, writable=True) as store:
        rebuild(store, corpus() if extractions is None else extractions)
    return path


def fake_pipeline(run: Callable[..., tuple[list, list]]) -> types.SimpleNamespace:
    """A stand-in for the `kg.pipeline` module whose extraction stream is what `run(inputs, **options)`
    returns (extractions, failures): the graph is built from it without loading any model."""
    def iter_extractions(inputs: Sequence[str], **options: object) -> Iterator[object]:
        extractions, failures = run(inputs, **options)
        yield from [*extractions, *failures]

    return types.SimpleNamespace(iter_extractions=iter_extractions)
