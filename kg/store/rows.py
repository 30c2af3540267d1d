"""A `ResolvedGraph` as parameter rows: the only values the write statements ever see.

Rows are plain JSON-able dicts (`id`/`src`/`dst`, a `props` map, and `<field>_iso` strings
for date properties, which the statements turn into Cypher dates with `date()`), grouped
by the labels and relationship type they are written under, in a deterministic order.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from schema.graph import (
    ABOUT,
    ARTICLE,
    EVENT,
    EVENT_TYPE_LABELS,
    HELD_IN,
    HOLDS_POSITION,
    LOCATED_IN,
    MENTIONS,
    PARTICIPATED_IN,
    REPORTED_IN,
)
from schema.models import Extraction
from kg.resolved import ResolvedEvent, ResolvedGraph
from kg.search_keys import search_keys

Row = dict[str, Any]

# Date properties per label / relationship type: written as `date(r.<field>_iso)`.
NODE_DATE_FIELDS: dict[str, tuple[str, ...]] = {ARTICLE: ("published",), EVENT: ("date",)}
RELATIONSHIP_DATE_FIELDS: dict[str, tuple[str, ...]] = {HOLDS_POSITION: ("start", "end")}


@dataclass(frozen=True)
class NodeGroup:
    """Nodes written by one statement: one label, plus the event-type label for events."""

    label: str
    extra_label: str | None
    rows: list[Row]


@dataclass(frozen=True)
class RelationshipGroup:
    """Relationships written by one statement: one type between two labels."""

    type: str
    start_label: str
    end_label: str
    rows: list[Row]


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def article_rows(graph: ResolvedGraph) -> NodeGroup:
    return NodeGroup(ARTICLE, None, [_article_row(x) for x in graph.extractions.values()])


def _article_row(extraction: Extraction) -> Row:
    article = extraction.article
    props = {
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "language": article.language,
        "text": article.text,
        "extraction": extraction.model_dump_json(),
    }
    return {"id": article.id, "props": props, "published_iso": iso(article.published)}


def entity_rows(graph: ResolvedGraph) -> list[NodeGroup]:
    by_label: dict[str, list[Row]] = defaultdict(list)
    for entity in graph.entities.values():
        props = {"name": entity.name, "aliases": entity.aliases, "wikidata": entity.wikidata,
                 "search": search_keys([entity.name, *entity.aliases])}
        by_label[entity.type.value].append({"id": entity.id, "props": props})
    return [NodeGroup(label, None, rows) for label, rows in sorted(by_label.items())]


def event_rows(graph: ResolvedGraph) -> list[NodeGroup]:
    by_label: dict[str, list[Row]] = defaultdict(list)
    for resolved in graph.events:
        by_label[EVENT_TYPE_LABELS[resolved.event.type]].append(_event_row(resolved))
    return [NodeGroup(EVENT, label, rows) for label, rows in sorted(by_label.items())]


def _event_row(resolved: ResolvedEvent) -> Row:
    event = resolved.event
    props = {
        "type": event.type.value,
        "cameo": event.cameo,
        "status": event.status.value,
        "date_precision": event.date.precision.value if event.date else None,
        "month_day": event.date.month_day if event.date else None,
        "confidence": event.confidence,
        "n_sources": len(resolved.reports),
    }
    return {"id": event.id, "props": props, "date_iso": iso(event.date.start if event.date else None)}


def relationship_rows(graph: ResolvedGraph, labels: Mapping[str, str] | None = None) -> list[RelationshipGroup]:
    """Every relationship of the graph, grouped by (type, start label, end label).

    labels: the label of endpoints that are not among `graph.entities` (a partial graph of
    an incremental write links to entities already stored).
    """
    labels = {**(labels or {}), **{entity_id: entity.type.value for entity_id, entity in graph.entities.items()}}
    groups: dict[tuple[str, str, str], list[Row]] = defaultdict(list)

    def add(rel_type: str, start_label: str, src: str, end_label: str, dst: str, props: dict[str, Any], **dates: str | None) -> None:
        groups[(rel_type, start_label, end_label)].append({"src": src, "dst": dst, "props": props, **dates})

    for resolved in graph.events:
        event = resolved.event
        for participant in event.participants:
            add(PARTICIPATED_IN, labels[participant.id], participant.id, EVENT, event.id, {"role": participant.role})
        if event.place:
            add(HELD_IN, EVENT, event.id, labels[event.place.id], event.place.id, {})
        for topic in event.topics:
            add(ABOUT, EVENT, event.id, labels[topic.id], topic.id, {})
        for report in resolved.reports:
            props = {"evidence": report.evidence, "start": report.start, "end": report.end, "confidence": report.confidence}
            add(REPORTED_IN, EVENT, event.id, ARTICLE, report.article_id, props)
    for position in graph.positions:
        holder = position.organization_id
        if holder is None:  # resolution keeps only positions in a known body; this guards the type
            continue
        props = {"title": position.title, "role": position.role}
        add(HOLDS_POSITION, labels[position.person_id], position.person_id, labels[holder], holder, props,
            start_iso=iso(position.start), end_iso=iso(position.end))
    for mention in graph.mentions:
        add(MENTIONS, ARTICLE, mention.article_id, labels[mention.entity_id], mention.entity_id, {"count": mention.count})
    for place_id, country_id in graph.located_in:
        add(LOCATED_IN, labels[place_id], place_id, labels[country_id], country_id, {})
    return [RelationshipGroup(*key, rows) for key, rows in sorted(groups.items())]


def node_ids(graph: ResolvedGraph) -> dict[str, list[str]]:
    """Ids of the nodes the graph has, per base label (events under `Event`)."""
    ids: dict[str, list[str]] = defaultdict(list)
    ids[ARTICLE] = sorted(graph.extractions)
    ids[EVENT] = sorted(resolved.event.id for resolved in graph.events)
    for entity in graph.entities.values():
        ids[entity.type.value].append(entity.id)
    return ids

