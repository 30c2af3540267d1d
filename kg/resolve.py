"""Cross-article resolution: many per-article extractions in, one consistent graph out.

Entity ids are already canonical (gazetteer ids or stable slugs), so entities merge by id
across articles and languages; events merge by the rules in `kg.event_merge`. Everything is
chosen by a total order over the inputs (article id first), so shuffling the input list,
or re-running, gives an identical `ResolvedGraph` with identical ids.
"""
from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from schema.graph import POSITION_LABELS
from schema.models import Entity, EntityType, Extraction, Position
from kg.bulk import paused_gc
from kg.event_merge import merge_events
from kg.geography import Geography, gazetteer_geography
from kg.resolved import MentionCount, ResolvedGraph

log = logging.getLogger(__name__)


class DuplicateArticleError(ValueError):
    """Two extractions carry one article id; resolution needs one extraction per article."""


@dataclass(frozen=True)
class EntityRecord:
    """One sighting of an entity: a full `Entity` of an extraction, or a reference in an event."""

    rank: tuple[int, bool, str, str]  # entity before reference, gazetteer-linked first, article, name
    id: str
    type: EntityType
    name: str
    names: tuple[str, ...]
    wikidata: str | None


def resolve(extractions: Iterable[Extraction], geography: Geography | None = None) -> ResolvedGraph:
    """The graph of all `extractions` (one per article), identical whatever their order.

    `geography` (default: the packaged gazetteer's) links places to their countries
    (`LOCATED_IN`), adding the countries no article names.
    """
    with paused_gc():
        ordered = _canonical_order(extractions)
        entities = merge_entities(ordered)
        located_in, countries = (geography or gazetteer_geography()).located_in(entities)
        return ResolvedGraph(
            extractions={x.article.id: x for x in ordered},
            entities=dict(sorted({**entities, **countries}.items())),
            events=merge_events(ordered, entities),
            positions=merge_positions(ordered, entities),
            mentions=count_mentions(ordered),
            located_in=located_in,
        )


def _canonical_order(extractions: Iterable[Extraction]) -> list[Extraction]:
    ordered = sorted(extractions, key=lambda x: x.article.id)
    for previous, current in zip(ordered, ordered[1:]):
        if previous.article.id == current.article.id:
            raise DuplicateArticleError(
                f"article {current.article.id} ({current.article.source}) appears twice; pass one extraction per article"
            )
    return ordered


def merge_entities(extractions: list[Extraction]) -> dict[str, Entity]:
    """One Entity per id: the best-ranked non-empty name, every other name and surface form as an alias."""
    records: dict[str, list[EntityRecord]] = defaultdict(list)
    for x in extractions:
        for record in entity_records(x):
            records[record.id].append(record)
    return {entity_id: merge_entity(group) for entity_id, group in sorted(records.items())}


def merge_entity(records: list[EntityRecord]) -> Entity:
    """The Entity of one id from all its records, whatever their order."""
    return _merge_entity(sorted(records, key=lambda r: (r.rank, r.type.value, r.names, r.wikidata or "")))


def entity_records(x: Extraction) -> Iterable[EntityRecord]:
    """One article's sightings of entities: its entities, then the references of its events."""
    article_id = x.article.id
    for entity in x.entities:
        names = (entity.name, *entity.aliases, *(m.text for m in entity.mentions))
        rank = (0, entity.wikidata is None, article_id, entity.name)
        yield EntityRecord(rank, entity.id, entity.type, entity.name, names, entity.wikidata)
    refs = [
        (ref.id, ref.type, ref.name)
        for event in x.events
        for ref in (*event.participants, *([event.place] if event.place else []))
    ] + [(t.id, EntityType.TOPIC, t.name) for event in x.events for t in event.topics]
    for ref_id, ref_type, name in refs:
        yield EntityRecord((1, True, article_id, name), ref_id, ref_type, name, (name,), None)


def _merge_entity(records: list[EntityRecord]) -> Entity:
    first = records[0]
    types = {r.type for r in records}
    if len(types) > 1:
        log.warning("entity %s is typed %s across articles; keeping %s", first.id, sorted(t.value for t in types), first.type.value)
    name = next((r.name for r in records if r.name.strip()), first.id)
    aliases = sorted({n for r in records for n in r.names if n.strip() and n != name})
    wikidata = next((r.wikidata for r in records if r.wikidata), None)
    return Entity(id=first.id, type=first.type, name=name, aliases=aliases, wikidata=wikidata)


PositionKey = tuple[str, str, str]  # person, organization ("" for none), role or title


def merge_positions(extractions: list[Extraction], entities: dict[str, Entity]) -> list[Position]:
    """One position per person, organization and office (its role, or its title when it has no role)."""
    return merge_position_items(((x.article.id, p) for x in extractions for p in x.positions), entities)


def position_key(position: Position) -> PositionKey:
    """The group a position merges in."""
    return (position.person_id, position.organization_id or "", position.role or position.title)


def merge_position_items(items: Iterable[tuple[str, Position]], entities: dict[str, Entity]) -> list[Position]:
    """(article id, position) pairs merged per `position_key`, in key order (whatever the input order)."""
    groups: dict[PositionKey, list[tuple[str, str, Position]]] = defaultdict(list)
    for article_id, position in items:
        if _position_is_linkable(position, entities):
            groups[position_key(position)].append((article_id, position.model_dump_json(), position))
    return [_merge_position([p for *_, p in sorted(group, key=lambda g: g[:2])]) for _, group in sorted(groups.items())]


def _position_is_linkable(position: Position, entities: dict[str, Entity]) -> bool:
    person = entities.get(position.person_id)
    holder = entities.get(position.organization_id) if position.organization_id else None
    if person is not None and person.type is EntityType.PERSON and holder is not None and holder.type.value in POSITION_LABELS:
        return True
    log.info("skipping position %r of %s: person or organization is not in the graph", position.title, position.person_id)
    return False


def _merge_position(group: list[Position]) -> Position:
    """The gazetteer's title and dates when one article had them, else the earliest start and
    latest end; the evidence of every article (mention offsets belong to one article, so the
    merged position keeps the sentences, not the mentions)."""
    known = [p for p in group if p.source == "gazetteer"]
    first = (known or group)[0]
    starts = [p.start for p in (known or group) if p.start]
    ends = [p.end for p in (known or group) if p.end]
    evidence = list({(e.article_id, e.start, e.end): e for p in group for e in p.evidence}.values())
    return first.model_copy(
        update={
            "role": next((p.role for p in group if p.role), None),
            "start": min(starts, default=None),
            "end": max(ends, default=None),
            "mentions": [],
            "evidence": evidence,
        }
    )


def count_mentions(extractions: list[Extraction]) -> list[MentionCount]:
    """Mentions per (article, entity), sorted; see `article_mentions`."""
    return sorted((m for x in extractions for m in article_mentions(x)), key=lambda m: (m.article_id, m.entity_id))


def article_mentions(x: Extraction) -> list[MentionCount]:
    """Mentions per entity of one article; an entity listed without located mentions counts once."""
    counts: Counter[str] = Counter()
    for entity in x.entities:
        counts[entity.id] += max(1, len(entity.mentions))
    return [MentionCount(x.article.id, entity_id, count) for entity_id, count in sorted(counts.items())]
