"""Incremental resolution: what adding and removing a few articles changes in a stored graph.

The store must end up holding exactly what `kg.resolve.resolve` of all its articles writes.
Each part of that graph depends on a small part of the corpus, found through the
`ResolutionIndex`:
- an entity on the records of its id (entity ids are canonical): only ids the changed
  articles have records of are merged again;
- events on the connected component of their reports under `ReportShape.related` (the
  merge never compares reports of different components) plus the components sharing a base
  id with them (`_disambiguate_ids` renames alike ids together): only components holding a
  changed report, or a neighbour of a removed one, are merged again, and of their events only
  those that come out different are rewritten;
- positions on the (person, organization) pairs they link; mentions on their article;
- LOCATED_IN links and gazetteer countries on the set of places, recomputed from the index.
When an entity changes label (typed differently now, or appearing or disappearing), what
depends on its type (event merges, positions, its relationships) is recomputed too.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from schema.models import Extraction, Position
from kg.event_merge import Clustered, cluster_reports, name_clusters
from kg.geography import Geography
from kg.resolution_index import COUNTRY, RECORDS, ResolutionIndex, StoredEntity, StoredReport
from kg.resolve import article_mentions, entity_records, merge_entity, merge_position_items
from kg.resolved import ResolvedEvent, ResolvedGraph

Pair = tuple[str, str]  # (person id, organization id or "")
Link = tuple[str, str]  # (place id, country id)


@dataclass
class Delta:
    """One batch's change to the store: what to delete (detached) first, then what to upsert.

    upserts holds the nodes and relationships to write; labels gives the label of every
    relationship endpoint that is not among `upserts.entities`.
    """

    articles: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    entities: dict[str, list[str]] = field(default_factory=dict)  # label -> ids
    positions: list[tuple[str, str, str, str]] = field(default_factory=list)  # start label, person, end label, holder
    links: list[tuple[str, str, str, str]] = field(default_factory=list)  # place label, place, country label, country
    upserts: ResolvedGraph = field(default_factory=ResolvedGraph)
    labels: dict[str, str] = field(default_factory=dict)


class IncrementalResolver:
    """Applies batches of added and removed articles to the index and says what the store must change."""

    def __init__(self, index: ResolutionIndex, geography: Geography) -> None:
        self.index = index
        self.geography = geography

    def apply(self, added: Sequence[Extraction], removed: Iterable[str]) -> Delta:
        """Remove the articles `removed` and add `added` (ids may recur: a replaced article)."""
        index = self.index
        delta = Delta()
        dirty_ids: set[str] = set()
        pairs: set[Pair] = set()
        gone: list[StoredReport] = []
        for article_id in sorted(set(removed)):
            entity_ids, article_pairs, rids = index.contributions(article_id)
            dirty_ids |= entity_ids
            pairs |= article_pairs
            gone += index.reports(rids)
            delta.articles.append(article_id)
        neighbours = {other.rid for report in gone for other in index.related(report, {})} - {r.rid for r in gone}
        for article_id in delta.articles:
            index.remove(article_id)
        seeds = set(neighbours)
        for x in added:
            seeds.update(index.add(x))
            dirty_ids.update(record.id for record in entity_records(x))
            pairs.update((p.person_id, p.organization_id or "") for p in x.positions)

        old, new, located_in = self._entities(dirty_ids)
        retyped = {i for i in old.keys() | new.keys() if _label(old.get(i)) != _label(new.get(i))}
        relabelled = {i for i in retyped if i in old and i in new}
        for entity_id in sorted(old.keys() - new.keys() | relabelled):
            delta.entities.setdefault(_label(old[entity_id]), []).append(entity_id)
        changed = {i: s.entity for i, s in new.items() if i in relabelled or old.get(i) != s}
        delta.upserts.entities = dict(sorted(changed.items()))
        before = {i: _label(s) for i, s in old.items()}

        self._links(delta, located_in, relabelled, before)
        added_ids = {x.article.id for x in added}
        self._events(delta, seeds | index.rids_referencing(retyped), gone, added_ids)
        self._positions(delta, pairs | index.pairs_involving(retyped), before)
        delta.upserts.extractions = {x.article.id: x for x in sorted(added, key=lambda x: x.article.id)}
        mentions = [m for x in added for m in article_mentions(x)]
        mentions += [m for i in sorted(relabelled) for m in index.mentions_of(i) if m.article_id not in added_ids]
        delta.upserts.mentions = sorted(mentions, key=lambda m: (m.article_id, m.entity_id))
        delta.labels = self._endpoint_labels(delta)
        return delta

    def _entities(self, dirty_ids: set[str]) -> tuple[dict[str, StoredEntity], dict[str, StoredEntity], list[Link]]:
        """Merge the dirty ids again and settle which gazetteer countries the links need:
        the stored entities that may have changed, before and after, and every LOCATED_IN link."""
        index = self.index
        old_countries = index.country_ids()
        old = index.entities(dirty_ids | old_countries)
        for entity_id in sorted(dirty_ids):
            records = index.records_of(entity_id)
            if records:
                index.set_entity(merge_entity(records), RECORDS)
            else:
                index.drop_entity(entity_id)
        located_in, needed = self.geography.links(index.place_ids(), index.has_record_entity)
        for country_id, country in needed.items():
            index.set_entity(country, COUNTRY)
        for country_id in old_countries - needed.keys():
            if not index.has_record_entity(country_id):
                index.drop_entity(country_id)
        new = index.entities(dirty_ids | old_countries | needed.keys())
        return old, new, located_in

    def _links(self, delta: Delta, located_in: list[Link], relabelled: set[str], before: dict[str, str]) -> None:
        old = self.index.links()
        new = set(located_in)
        removed = sorted(old - new)
        added = new - old | {link for link in new if link[0] in relabelled or link[1] in relabelled}
        self.index.set_links(removed, new - old)
        labels = {**self._labels({i for link in removed for i in link} - before.keys()), **before}
        delta.links = [(labels[p], p, labels[c], c) for p, c in removed if labels.get(p) and labels.get(c)]
        delta.upserts.located_in = sorted(added)

    def _events(self, delta: Delta, seeds: set[int], gone: list[StoredReport], added_ids: set[str]) -> None:
        """Merge the components of the seed reports again; rewrite the events that changed.

        An event's digest holds its participants' and place's types, so one whose entity was
        relabelled (and detached) is rewritten; so is one reported by an article written again.
        """
        index = self.index
        reach: set[int] = set()
        old_events = {r.event_id for r in gone if r.event_id}
        bases = {r.base_id for r in gone if r.base_id}
        clustered: list[Clustered] = []
        buckets: dict[tuple, list[StoredReport]] = {}  # blocking lookups, valid until the report rows change
        pending = set(seeds)
        while pending:  # merge what is newly reached; then reach the reports sharing a base id with it
            part = self._component(pending, reach, buckets)
            old_events.update(r.event_id for r in part if r.event_id)
            bases.update(r.base_id for r in part if r.base_id)
            rids = [r.rid for r in part]
            entities = {i: s.entity for i, s in index.entities(index.entity_ids_referenced(rids), RECORDS).items()}
            clustered += cluster_reports(index.report_items(rids), entities)
            pending = index.rids_of_bases(bases | {c.resolved.event.id for c in clustered}) - reach
        clusters = name_clusters(clustered)
        new = {c.resolved.event.id: c for c in clusters}
        stored = index.event_digests(old_events)
        digests = {event_id: _digest(c.resolved) for event_id, c in new.items()}
        forced = {event_id for event_id, c in new.items() if {r.article_id for r in c.resolved.reports} & added_ids}
        write = {i for i in new if stored.get(i) != digests[i] or i in forced}
        delta.events = sorted(i for i in stored if i not in new or i in write)
        delta.upserts.events = [new[i].resolved for i in sorted(write)]
        index.set_events(stored.keys() - new.keys(), {i: digests[i] for i in write})
        for cluster in clusters:
            for rid in cluster.tags:
                index.set_report_event(rid, cluster.resolved.event.id, cluster.base_id)

    def _component(self, pending: set[int], reach: set[int], buckets: dict[tuple, list[StoredReport]]) -> list[StoredReport]:
        """Grow `reach` by the reports connected to `pending`; the reports newly reached."""
        found: list[StoredReport] = []
        frontier = self.index.reports(pending - reach)
        reach.update(r.rid for r in frontier)
        while frontier:
            found += frontier
            reached: dict[int, StoredReport] = {}
            for report in frontier:
                reached.update((other.rid, other) for other in self.index.related(report, buckets) if other.rid not in reach)
            frontier = list(reached.values())
            reach.update(reached)
        return found

    def _positions(self, delta: Delta, pairs: set[Pair], before: dict[str, str]) -> None:
        index = self.index
        positions: list[Position] = []
        linked = sorted(pair for pair in pairs if pair[1])
        labels = {**self._labels({i for pair in linked for i in pair} - before.keys()), **before}
        for person, holder in linked:
            start, end = labels.get(person), labels.get(holder)
            if start and end:
                delta.positions.append((start, person, end, holder))
            entities = {i: s.entity for i, s in index.entities((person, holder), RECORDS).items()}
            positions += merge_position_items(index.positions_of((person, holder)), entities)
        delta.upserts.positions = positions

    def _endpoint_labels(self, delta: Delta) -> dict[str, str]:
        graph = delta.upserts
        ids = {p.id for r in graph.events for p in r.event.participants}
        ids |= {t.id for r in graph.events for t in r.event.topics}
        ids |= {r.event.place.id for r in graph.events if r.event.place}
        ids |= {i for p in graph.positions for i in (p.person_id, p.organization_id) if i}
        ids |= {m.entity_id for m in graph.mentions} | {i for link in graph.located_in for i in link}
        return self._labels(ids - graph.entities.keys())

    def _labels(self, ids: set[str]) -> dict[str, str]:
        return {i: s.entity.type.value for i, s in self.index.entities(ids).items()}


def _label(stored: StoredEntity | None) -> str | None:
    return stored.entity.type.value if stored else None


def _digest(resolved: ResolvedEvent) -> str:
    """What the store holds of an event (its node and relationships), hashed."""
    reports = [(r.article_id, r.evidence, r.start, r.end, r.confidence) for r in resolved.reports]
    payload = json.dumps([resolved.event.model_dump_json(), reports])
    return hashlib.sha256(payload.encode()).hexdigest()

