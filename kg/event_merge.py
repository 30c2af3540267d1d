"""Merging the reports of one real-world event, made by several articles, into one Event.

Two reports (from different articles) are the same event when they have the same type,
overlapping participants (a shared Person, or participant-id Jaccard >= 0.5), compatible
dates (`EventDate.compatible`) and compatible places (equal, or one missing). Clusters grow
by union-find over candidate pairs taken in a canonical order, and a union is refused when
it would put two reports of one article together (the extractor already deduplicated
within an article) or make any two dates or places of the cluster disagree: so "the same
people met on the 5th" and "... on the 25th" never meet through a month-precision report.

An undated report joins a dated cluster only when everything else agrees (same type, same
participants, compatible place) and that cluster is its only candidate. Undated reports
are otherwise left alone: nothing tells two undated meetings of the same people apart.

The result does not depend on input order: reports are indexed in the canonical order of
(article id, event id, event JSON), pairs are tried in a total order, and every merged
attribute is chosen by a total order.

Reports that are not linked, directly or through others, by the `related` relation (a
superset of every pair the merge tries, undated attachments included) never influence each
other's clusters: merging just the reports of one connected component of it gives that
component's clusters of a merge of everything. Incremental builds (`kg.incremental`) rely on this.
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from schema.graph import PARTICIPANT_LABELS, PLACE_LABELS
from schema.models import (
    Entity,
    EntityType,
    Event,
    EventDate,
    EventStatus,
    Evidence,
    Extraction,
    Participant,
    PlaceRef,
    TopicRef,
)
from kg.resolved import Report, ResolvedEvent

log = logging.getLogger(__name__)

MIN_JACCARD = 0.5
_DATE_PARTS = ("year", "month", "day")


@dataclass(frozen=True)
class _Report:
    """One article's event with what the merge rules compare, precomputed."""

    index: int
    article_id: str
    event: Event
    participant_ids: frozenset[str]
    person_ids: frozenset[str]
    place_id: str | None
    tag: Hashable = None  # the caller's handle on the report (the index row of an incremental build)

    @property
    def date(self) -> EventDate | None:
        return self.event.date


@dataclass(frozen=True)
class ReportShape:
    """What decides whether two reports may ever be compared by the merge (no entity types needed)."""

    article_id: str
    type: str
    participant_ids: frozenset[str]
    date: EventDate | None
    place_id: str | None

    def related(self, other: ReportShape) -> bool:
        """True for every pair the merge may try: a dated candidate pair (same type, a shared
        participant, agreeing dates and places) or an undated report and a dated one of its
        shape with an agreeing place. A superset: person and Jaccard tests need entity types."""
        if self.type != other.type or not _places_agree(self.place_id, other.place_id):
            return False
        if self.date is not None and other.date is not None:
            return (self.article_id != other.article_id and bool(self.participant_ids & other.participant_ids)
                    and self.date.compatible(other.date))
        return (self.date is None) != (other.date is None) and self.participant_ids == other.participant_ids


@dataclass(frozen=True)
class Clustered:
    """A cluster of reports and its merged event, before its id is made distinct."""

    members: list[_Report]
    resolved: ResolvedEvent


@dataclass(frozen=True)
class Cluster:
    """One merged event and the tags of the reports it merged (in canonical order)."""

    tags: tuple[Hashable, ...]
    resolved: ResolvedEvent
    base_id: str  # the id before `_disambiguate_ids`; events sharing one are renamed together


def merge_events(extractions: Sequence[Extraction], entities: dict[str, Entity]) -> list[ResolvedEvent]:
    """Events of `extractions` (in canonical article order) merged across articles, sorted by id."""
    return [c.resolved for c in merge_reports(((x.article.id, event, None) for x in extractions for event in x.events),
                                              entities)]


def merge_reports(items: Iterable[tuple[str, Event, Hashable]], entities: dict[str, Entity]) -> list[Cluster]:
    """(article id, event, tag) reports merged into events with their final ids, sorted by id.

    `items` must be closed under `ReportShape.related` and under shared base ids for the
    clusters and ids to be those of a merge of all reports.
    """
    return name_clusters(cluster_reports(items, entities))


def cluster_reports(items: Iterable[tuple[str, Event, Hashable]], entities: dict[str, Entity]) -> list[Clustered]:
    """The clusters of reports closed under `ReportShape.related`, before ids are made
    distinct: clusters of independent parts may be computed apart and named together."""
    reports = _reports(items, entities)
    dated = [r for r in reports if r.date is not None]
    clusters = _Clusters(reports)
    for left, right in _candidate_pairs(dated):
        clusters.union(left, right)
    _attach_undated([r for r in reports if r.date is None], dated, clusters)
    return [Clustered(members, _merge(members, entities)) for members in clusters.groups()]


def name_clusters(clustered: Iterable[Clustered]) -> list[Cluster]:
    """Clusters with distinct final ids (`_disambiguate_ids`), sorted by id; every cluster
    sharing a base id must be among `clustered`."""
    merged = [(c.members, c.resolved) for c in clustered]
    return sorted(_disambiguate_ids(merged), key=lambda cluster: cluster.resolved.event.id)


def shape(article_id: str, event: Event) -> ReportShape:
    """The `ReportShape` of one article's event."""
    return ReportShape(article_id, event.type.value, frozenset(p.id for p in event.participants), event.date,
                       event.place.id if event.place else None)


def event_id(event_type: str, date: EventDate | None, participant_ids: Iterable[str], *extra: str) -> str:
    """Stable id of a merged event: a hash of its type, date and participants (plus `extra` on collision)."""
    payload = json.dumps([event_type, str(date) if date else "", sorted(participant_ids), *extra])
    return "ev_" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def _reports(items: Iterable[tuple[str, Event, Hashable]], entities: dict[str, Entity]) -> list[_Report]:
    """Reports indexed in the canonical order (article id, event id, event JSON): a total
    order on distinct reports, so any subset keeps its relative order."""
    keyed = [((article_id, event.id, event.model_dump_json()), article_id, event, tag) for article_id, event, tag in items]
    keyed.sort(key=lambda item: item[0])
    reports = []
    for index, (_, article_id, event, tag) in enumerate(keyed):
        ids = frozenset(p.id for p in event.participants)
        persons = frozenset(i for i in ids if i in entities and entities[i].type is EntityType.PERSON)
        place = event.place.id if event.place else None
        reports.append(_Report(index, article_id, event, ids, persons, place, tag))
    return reports


def _mergeable(a: _Report, b: _Report) -> bool:
    if a.article_id == b.article_id or a.event.type is not b.event.type:
        return False
    if not (a.person_ids & b.person_ids or _jaccard(a.participant_ids, b.participant_ids) >= MIN_JACCARD):
        return False
    return _dates_agree(a.date, b.date) and _places_agree(a.place_id, b.place_id)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def _dates_agree(a: EventDate | None, b: EventDate | None) -> bool:
    return a is None or b is None or a.compatible(b)


def _places_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _candidate_pairs(dated: list[_Report]) -> list[tuple[_Report, _Report]]:
    """Mergeable pairs, best first: higher participant overlap, then canonical order.

    Only reports sharing a participant and a (year, month) compatible bucket are compared,
    which keeps a corpus where one president appears in every article far from quadratic.
    """
    buckets: dict[tuple[str, str], dict[tuple[int | None, int | None], list[_Report]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for report in dated:
        key = (report.date.year, report.date.month)
        for pid in report.participant_ids:
            buckets[(report.event.type.value, pid)][key].append(report)
    seen: set[tuple[int, int]] = set()
    pairs = []
    for report in dated:
        year, month = report.date.year, report.date.month
        for pid in report.participant_ids:
            for (other_year, other_month), others in buckets[(report.event.type.value, pid)].items():
                if not (_parts_agree(year, other_year) and _parts_agree(month, other_month)):
                    continue
                for other in others:
                    pair = (report.index, other.index)
                    if other.index > report.index and pair not in seen and _mergeable(report, other):
                        seen.add(pair)
                        pairs.append((report, other))
    pairs.sort(key=lambda p: (-_jaccard(p[0].participant_ids, p[1].participant_ids), p[0].index, p[1].index))
    return pairs


def _parts_agree(a: int | None, b: int | None) -> bool:
    return a is None or b is None or a == b


class _Clusters:
    """Union-find whose unions keep every cluster consistent (one report per article, agreeing dates and places)."""

    def __init__(self, reports: list[_Report]) -> None:
        self._parent = list(range(len(reports)))
        self._members: dict[int, list[_Report]] = {r.index: [r] for r in reports}

    def find(self, index: int) -> int:
        while self._parent[index] != index:
            self._parent[index] = self._parent[self._parent[index]]
            index = self._parent[index]
        return index

    def members(self, index: int) -> list[_Report]:
        return self._members[self.find(index)]

    def can_join(self, left: list[_Report], right: list[_Report]) -> bool:
        if {r.article_id for r in left} & {r.article_id for r in right}:
            return False
        if len({r.place_id for r in left + right} - {None}) > 1:
            return False
        left_dates = [r.date for r in left if r.date is not None]  # an undated report agrees with every date
        right_dates = [r.date for r in right if r.date is not None]
        return all(a.compatible(b) for a in left_dates for b in right_dates)

    def union(self, left: _Report, right: _Report) -> None:
        root_left, root_right = self.find(left.index), self.find(right.index)
        if root_left == root_right or not self.can_join(self._members[root_left], self._members[root_right]):
            return
        keep, drop = sorted((root_left, root_right))
        self._parent[drop] = keep
        self._members[keep] = sorted(self._members[keep] + self._members.pop(drop), key=lambda r: r.index)

    def groups(self) -> list[list[_Report]]:
        return [self._members[root] for root in sorted(self._members)]


def _attach_undated(undated: list[_Report], dated: list[_Report], clusters: _Clusters) -> None:
    """Join each undated report to its only fully agreeing dated cluster, if it has exactly one.

    Decisions are taken against the dated clusters alone, so they do not depend on each
    other; two undated reports of one article choosing the same cluster are both dropped
    as ambiguous.
    """
    by_shape: dict[tuple[str, frozenset[str]], list[_Report]] = defaultdict(list)
    for report in dated:
        by_shape[(report.event.type.value, report.participant_ids)].append(report)
    choices: dict[int, list[_Report]] = defaultdict(list)
    for report in undated:
        candidates = {
            clusters.find(other.index)
            for other in by_shape.get((report.event.type.value, report.participant_ids), [])
            if _places_agree(report.place_id, other.place_id)
        }  # a root's members decide whether it can take the report: test each root once
        roots = {root for root in candidates if clusters.can_join([report], clusters.members(root))}
        if len(roots) == 1:
            choices[roots.pop()].append(report)
    for root, chosen in sorted(choices.items()):
        articles = [r.article_id for r in chosen]
        for report in chosen:
            if articles.count(report.article_id) == 1:
                clusters.union(clusters.members(root)[0], report)


def _merge(members: list[_Report], entities: dict[str, Entity]) -> ResolvedEvent:
    """One Event from a cluster: most precise date, the place, participants and topics united."""
    by_confidence = sorted(members, key=lambda r: (-r.event.confidence, r.index))
    best = by_confidence[0].event
    roles: dict[str, str] = {}
    for report in by_confidence:
        for participant in report.event.participants:
            roles.setdefault(participant.id, participant.role)
    participants = [
        Participant(id=pid, name=entities[pid].name, type=entities[pid].type, role=roles[pid])
        for pid in sorted(roles)
        if _has_label(entities, pid, PARTICIPANT_LABELS, "participant")
    ]
    topic_ids = sorted({t.id for r in members for t in r.event.topics})
    topics = [
        TopicRef(id=tid, name=entities[tid].name)
        for tid in topic_ids
        if _has_label(entities, tid, (EntityType.TOPIC.value,), "topic")
    ]
    place_ids = sorted({r.place_id for r in members} - {None})
    place = None
    if place_ids and _has_label(entities, place_ids[0], PLACE_LABELS, "place"):
        entity = entities[place_ids[0]]
        place = PlaceRef(id=entity.id, name=entity.name, type=entity.type)
    date = _most_precise(r.date for r in members)
    happened = any(r.event.status is EventStatus.HAPPENED for r in members)
    event = Event(
        id=event_id(best.type.value, date, (p.id for p in participants)),
        type=best.type,
        status=EventStatus.HAPPENED if happened else EventStatus.PLANNED,
        cameo=best.cameo,
        date=date,
        place=place,
        participants=participants,
        topics=topics,
        evidence=sorted((ev for r in members for ev in r.event.evidence), key=_evidence_order),
        confidence=best.confidence,
        articles=sorted({r.article_id for r in members}),
    )
    reports = tuple(_report(r) for r in sorted(members, key=lambda r: (r.article_id, r.index)))
    return ResolvedEvent(event=event, reports=reports)


def _has_label(entities: dict[str, Entity], entity_id: str, labels: tuple[str, ...], role: str) -> bool:
    entity = entities.get(entity_id)
    if entity is not None and entity.type.value in labels:
        return True
    log.warning("dropping %s %r of an event: it is not a known %s", role, entity_id, " or ".join(labels))
    return False


def _most_precise(dates: Iterable[EventDate | None]) -> EventDate | None:
    """The union of the known parts of agreeing dates (`2025-04` and `--04-25` give `2025-04-25`)."""
    known = [d for d in dates if d is not None]
    if not known:
        return None
    return EventDate(**{part: next((getattr(d, part) for d in known if getattr(d, part) is not None), None) for part in _DATE_PARTS})


def _evidence_order(evidence: Evidence) -> tuple[str, int, int]:
    return (evidence.article_id, evidence.start, evidence.end)


def _report(report: _Report) -> Report:
    first = min(report.event.evidence, key=_evidence_order, default=None)
    return Report(
        article_id=report.article_id,
        evidence=first.text if first else None,
        start=first.start if first else None,
        end=first.end if first else None,
        confidence=report.event.confidence,
    )


def _disambiguate_ids(merged: list[tuple[list[_Report], ResolvedEvent]]) -> list[Cluster]:
    """Give events that hash alike (e.g. two unmerged undated meetings of the same people) distinct ids.

    The place joins the hash first; if that is not enough, so does the article and event id
    of the cluster's first report, which no other cluster has. Both are deterministic, so
    re-runs keep the ids.
    """
    by_id: dict[str, list[tuple[list[_Report], ResolvedEvent]]] = defaultdict(list)
    for members, resolved in merged:
        by_id[resolved.event.id].append((members, resolved))
    result = []
    for base_id, group in by_id.items():
        if len(group) == 1:
            members, resolved = group[0]
            result.append(Cluster(tuple(r.tag for r in members), resolved, base_id))
            continue
        places = [resolved.event.place.id if resolved.event.place else "" for _, resolved in group]
        for (members, resolved), place in zip(group, places):
            event, origin = resolved.event, members[0]
            extra = (place,) if len(set(places)) == len(places) else (place, origin.article_id, origin.event.id)
            new_id = event_id(event.type.value, event.date, (p.id for p in event.participants), *extra)
            renamed = ResolvedEvent(event=event.model_copy(update={"id": new_id}), reports=resolved.reports)
            result.append(Cluster(tuple(r.tag for r in members), renamed, base_id))
    return result
