"""The resolved graph: what cross-article resolution hands to the stores.

It is plain data in canonical order (dicts sorted by key, lists sorted), so two resolutions
of the same extractions compare equal and the stores write them in the same order.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from schema.models import Article, Entity, Event, Extraction, Position


@dataclass(frozen=True)
class Report:
    """One article's report of an event: becomes one `REPORTED_IN` relationship."""

    article_id: str
    evidence: str | None
    start: int | None
    end: int | None
    confidence: float


@dataclass(frozen=True)
class ResolvedEvent:
    """An event merged across articles; `event.id` is stable across runs."""

    event: Event
    reports: tuple[Report, ...]


@dataclass(frozen=True)
class MentionCount:
    """How often one article mentions one entity: becomes one `MENTIONS` relationship."""

    article_id: str
    entity_id: str
    count: int


@dataclass
class ResolvedGraph:
    """Everything the stores write, derived deterministically from `extractions`."""

    extractions: dict[str, Extraction] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    events: list[ResolvedEvent] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    mentions: list[MentionCount] = field(default_factory=list)
    located_in: list[tuple[str, str]] = field(default_factory=list)  # (place id, country id)

    @property
    def articles(self) -> dict[str, Article]:
        return {article_id: extraction.article for article_id, extraction in self.extractions.items()}
