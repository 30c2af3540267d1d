"""Pydantic v2 models that every stage takes and returns.

Data flows one way: source -> `Article` -> `Extraction` (entities, events, positions of one
article) -> resolved graph -> store. Offsets in `Mention` and `Evidence` always refer to
`Article.text`, the analysed text of the article, so every fact can be traced back to it.
"""
from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


class EntityType(str, Enum):
    """Kinds of entity; the values are also the graph labels."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    COUNTRY = "Country"
    PLACE = "Place"
    TOPIC = "Topic"


class EventType(str, Enum):
    """Event types; the first five are the ones the evaluation scores."""

    VISIT = "visit"
    MEETING = "meeting"
    CALL = "call"
    PRESS_CONFERENCE = "press_conference"
    AGREEMENT_SIGNING = "agreement_signing"


class EventStatus(str, Enum):
    """Whether the text reports the event as done, or only planned/expected."""

    HAPPENED = "happened"
    PLANNED = "planned"


# CAMEO codes (Conflict and Mediation Event Observations), default code first.
CAMEO_CODES: dict[EventType, tuple[str, ...]] = {
    EventType.VISIT: ("042", "043"),  # make a visit / host a visit
    EventType.MEETING: ("040", "044", "046"),  # consult / meet at third location / negotiate
    EventType.CALL: ("041",),  # discuss by telephone
    EventType.PRESS_CONFERENCE: ("010",),  # make public statement
    EventType.AGREEMENT_SIGNING: ("057",),  # sign formal agreement
}


class DatePrecision(str, Enum):
    """How much of a date the text gives. `month_day` is a day and month with unknown year."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    MONTH_DAY = "month_day"


class EventDate(BaseModel):
    """A date with the precision the text supports; the year may be unknown."""

    model_config = ConfigDict(frozen=True)

    year: int | None = None
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)

    @model_validator(mode="after")
    def _check_parts(self) -> EventDate:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.year is None and (self.month is None or self.day is None):
            raise ValueError("a date without a year needs both month and day")
        if self.year is not None and self.day is not None:
            dt.date(self.year, self.month or 1, self.day)  # raises on 31 February
        return self

    @property
    def precision(self) -> DatePrecision:
        if self.year is None:
            return DatePrecision.MONTH_DAY
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    @property
    def iso(self) -> str | None:
        """ISO text at the known precision (`2025-04-25`, `2025-04`, `2025`); None without a year."""
        if self.year is None:
            return None
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @property
    def month_day(self) -> str | None:
        """ISO 8601 `--MM-DD` when month and day are known, whatever the year."""
        if self.month is None or self.day is None:
            return None
        return f"--{self.month:02d}-{self.day:02d}"

    @property
    def start(self) -> dt.date | None:
        """First day the date covers (for Cypher `date` values); None without a year."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month or 1, self.day or 1)

    @classmethod
    def from_date(cls, value: dt.date) -> EventDate:
        return cls(year=value.year, month=value.month, day=value.day)

    @classmethod
    def parse(cls, text: str) -> EventDate:
        """Read `2025-04-25`, `2025-04`, `2025` or `--04-25` back."""
        if text.startswith("--"):
            month, day = text[2:].split("-")
            return cls(month=int(month), day=int(day))
        parts = [int(p) for p in text.split("-")]
        return cls(**dict(zip(("year", "month", "day"), parts)))

    def compatible(self, other: EventDate) -> bool:
        """Equal at the coarser of the two precisions (an unknown year matches any year)."""
        if self.year is not None and other.year is not None and self.year != other.year:
            return False
        for mine, theirs in ((self.month, other.month), (self.day, other.day)):
            if mine is None or theirs is None:
                return True
            if mine != theirs:
                return False
        return True

    def __str__(self) -> str:
        return self.iso or self.month_day or "?"


class Article(BaseModel):
    """One news article as read from a source, cleaned of page boilerplate.

    `text` is what the extractors analyse: the title, the date line and the body, in that
    order, separated by blank lines. `body_start`/`body_end` locate the body in `text`;
    `raw_body_start`/`raw_body_end` locate it in the raw input when it appears there verbatim.
    """

    id: str
    source: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    # the month (maybe only the year) the page's signals give when none gives the day: it lends a
    # year to day-month dates of the body, never a day to "today"
    published_period: EventDate | None = None
    language: str
    text: str
    body_start: int = 0
    body_end: int = 0
    raw_body_start: int | None = None
    raw_body_end: int | None = None

    @model_validator(mode="after")
    def _check_body(self) -> Article:
        if not 0 <= self.body_start <= self.body_end <= len(self.text):
            raise ValueError("body offsets must lie inside the text")
        return self

    @property
    def body(self) -> str:
        return self.text[self.body_start:self.body_end]


class Mention(BaseModel):
    """One occurrence of an entity in an article's text, with its sentence's span."""

    text: str
    start: int
    end: int
    sentence_start: int | None = None
    sentence_end: int | None = None


class Entity(BaseModel):
    """A person, organization, country, place or topic, under its canonical id and name."""

    id: str
    type: EntityType
    name: str
    aliases: list[str] = Field(default_factory=list)
    wikidata: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Position(BaseModel):
    """A person holding an office in an organization or country, with what supports it.

    One per person, role and organization: `title` is the office's canonical English title
    (the gazetteer's when it lists the office), `start`/`end` the gazetteer's dates, `source`
    says whether the gazetteer knew the office ("gazetteer") or only the text did ("text").
    `mentions` are the title phrases of one article's text (offsets into `Article.text`);
    `evidence` holds the sentence of each, and survives the merging of articles.
    """

    person_id: str
    title: str
    role: str | None = None
    organization_id: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    source: str = "gazetteer"
    mentions: list[Mention] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Participant(BaseModel):
    """An actor of an event and its role (host, guest, visitor, caller, callee, signatory...)."""

    id: str
    name: str
    type: EntityType
    role: str = "participant"


class PlaceRef(BaseModel):
    id: str
    name: str
    type: EntityType = EntityType.PLACE


class TopicRef(BaseModel):
    id: str
    name: str


class Evidence(BaseModel):
    """The sentence that reports an event, with its offsets into `Article.text`."""

    article_id: str
    text: str
    start: int
    end: int


class Event(BaseModel):
    """A diplomatic event as reported by one or more articles."""

    id: str
    type: EventType
    status: EventStatus = EventStatus.HAPPENED
    cameo: str = ""
    date: EventDate | None = None
    place: PlaceRef | None = None
    participants: list[Participant] = Field(default_factory=list)
    topics: list[TopicRef] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    articles: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _default_cameo(self) -> Event:
        if not self.cameo:
            self.cameo = CAMEO_CODES[self.type][0]
        elif self.cameo not in CAMEO_CODES[self.type]:
            raise ValueError(f"CAMEO code {self.cameo} does not belong to event type {self.type.value}")
        return self


class Extraction(BaseModel):
    """Everything extracted from one article: the unit `kg extract` prints."""

    article: Article
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        """The JSON record specified in `shared/eval/README.md` (one line of `--format jsonl`)."""
        art = self.article
        return {
            "doc_id": art.id,
            "source": art.source,
            "url": art.url,
            "lang": art.language,
            "title": art.title,
            "published": art.published.isoformat() if art.published else None,
            "entities": [_entity_record(e) for e in self.entities],
            "events": [_event_record(e) for e in self.events],
        }


def _entity_record(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "type": entity.type.value,
        "name": entity.name,
        "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in entity.mentions],
    }


def _event_record(event: Event) -> dict[str, Any]:
    evidence = [{"text": ev.text, "start": ev.start, "end": ev.end} for ev in event.evidence]
    return {
        "id": event.id,
        "type": event.type.value,
        "cameo": event.cameo,
        "status": event.status.value,
        "date": event.date.iso if event.date else None,
        "date_precision": event.date.precision.value if event.date else None,
        "month_day": event.date.month_day if event.date else None,
        "place": {"id": event.place.id, "name": event.place.name} if event.place else None,
        "participants": [p.model_dump(mode="json") for p in event.participants],
        "topics": [t.model_dump(mode="json") for t in event.topics],
        "evidence": evidence[0] if evidence else None,
        "evidence_all": evidence,
        "confidence": round(event.confidence, 3),
    }


Position.model_rebuild()
