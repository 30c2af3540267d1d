"""Every Cypher statement the project runs, in the Neo4j 5 dialect both stores accept.

Labels and relationship types are interpolated only from `schema.graph` constants (checked
here, never from data); every value travels as a parameter. Property names are backticked
because kglite reserves words such as `end` after a dot.
"""
from __future__ import annotations

from collections.abc import Mapping

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from schema.graph import (
    ARTICLE,
    ENTITY_LABELS,
    EVENT,
    EVENT_TYPE_LABELS,
    HOLDS_POSITION,
    LOCATED_IN,
    NODE_LABELS,
    NODE_PROPERTIES,
    RELATIONSHIP_TYPES,
)
from kg.resolved import ResolvedGraph
from kg.store.rows import (
    NODE_DATE_FIELDS,
    RELATIONSHIP_DATE_FIELDS,
    Row,
    article_rows,
    entity_rows,
    event_rows,
    node_ids,
    relationship_rows,
)

if TYPE_CHECKING:
    from kg.incremental import Delta

_LABELS = frozenset(NODE_LABELS) | frozenset(EVENT_TYPE_LABELS.values())
# Properties that identify a relationship besides its endpoints (a person may hold two titles in one body).
RELATIONSHIP_KEYS: dict[str, tuple[str, ...]] = {HOLDS_POSITION: ("title",)}
DELETE_BATCH = 10_000

ARTICLE_SOURCES = "MATCH (a:Article) RETURN a.id AS id, a.source AS source"
ARTICLE_IDS = "MATCH (a:Article) RETURN a.id AS id"
EVENT_COUNT = "MATCH (e:Event) RETURN count(e) AS count"
NODE_COUNT = "MATCH (n) RETURN count(n) AS count"
READ_EXTRACTIONS_PAGE = ("MATCH (a:Article) WHERE a.id > $after RETURN a.id AS id, a.extraction AS extraction "
                         "ORDER BY a.id LIMIT $limit")
READ_EXTRACTIONS = "MATCH (a:Article) RETURN a.id AS id, a.extraction AS extraction ORDER BY a.id"
NODE_COUNTS = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count"
RELATIONSHIP_COUNTS = "MATCH ()-[x]->() RETURN type(x) AS type, count(*) AS count"


def _label(name: str) -> str:
    if name not in _LABELS:
        raise ValueError(f"{name!r} is not a label of schema.graph; labels never come from data")
    return name


def _type(name: str) -> str:
    if name not in RELATIONSHIP_TYPES:
        raise ValueError(f"{name!r} is not a relationship type of schema.graph; types never come from data")
    return name


def _dates(variable: str, fields: tuple[str, ...]) -> str:
    return "".join(f", {variable}.`{f}` = date(r.{f}_iso)" for f in fields)


def merge_nodes(label: str, extra_label: str | None = None) -> str:
    """Upsert `$rows` of {id, props, <date>_iso} as `label` nodes (plus `extra_label`).

    A label without a stored `title` gets `n.title = null`: a no-op on Neo4j, and on kglite it
    clears the virtual title, so `n.title` / `n.name` read null there too when nothing was stored.
    """
    extra = f" SET n:{_label(extra_label)}" if extra_label else ""
    no_title = "" if "title" in NODE_PROPERTIES[_label(label)] else ", n.title = null"
    return (
        f"UNWIND $rows AS r MERGE (n:{_label(label)} {{id: r.id}}) "
        f"SET n += r.props{no_title}{_dates('n', NODE_DATE_FIELDS.get(label, ()))}{extra}"
    )


def merge_relationships(rel_type: str, start_label: str, end_label: str) -> str:
    """Upsert `$rows` of {src, dst, props, <date>_iso} as `rel_type` relationships."""
    keys = RELATIONSHIP_KEYS.get(rel_type, ())
    key = " {" + ", ".join(f"`{k}`: r.props.`{k}`" for k in keys) + "}" if keys else ""
    return (
        f"UNWIND $rows AS r MATCH (a:{_label(start_label)} {{id: r.src}}) MATCH (b:{_label(end_label)} {{id: r.dst}}) "
        f"MERGE (a)-[x:{_type(rel_type)}{key}]->(b) SET x += r.props{_dates('x', RELATIONSHIP_DATE_FIELDS.get(rel_type, ()))}"
    )


def delete_stale_nodes(label: str) -> str:
    """Delete `label` nodes whose id is not in `$ids`, with their relationships."""
    return f"MATCH (n:{_label(label)}) WHERE NOT n.id IN $ids DETACH DELETE n"


def delete_nodes(label: str) -> str:
    """Delete the `label` nodes of `$rows` of {id}, with their relationships."""
    return f"UNWIND $rows AS r MATCH (n:{_label(label)} {{id: r.id}}) DETACH DELETE n"


def delete_relationships_between(rel_type: str, start_label: str, end_label: str) -> str:
    """Delete the `rel_type` relationships between the endpoints of `$rows` of {src, dst}."""
    return (f"UNWIND $rows AS r MATCH (a:{_label(start_label)} {{id: r.src}})-[x:{_type(rel_type)}]->"
            f"(b:{_label(end_label)} {{id: r.dst}}) DELETE x")


def delete_relationships(rel_type: str) -> str:
    """Delete up to `$limit` relationships of one type; run until it reports 0 deleted."""
    return f"MATCH ()-[x:{_type(rel_type)}]->() WITH x LIMIT $limit DELETE x RETURN count(*) AS deleted"


def node_properties(label: str, *, exclude: tuple[str, ...] = ()) -> str:
    """All stored properties of `label` nodes as one map per node, named by `schema.graph.NODE_PROPERTIES`.

    Named projection rather than `properties(n)`, which kglite pads with virtual keys.
    """
    keys = ", ".join(f".`{k}`" for k in NODE_PROPERTIES[_label(label)] if k not in exclude)
    return f"MATCH (n:{label}) RETURN n {{{keys}}} AS props ORDER BY n.id"


def relationship_properties(rel_type: str) -> str:
    """Every `rel_type` relationship: endpoint ids and its stored properties.

    `properties(x)` rather than `x {.start, .end}`: kglite answers a relationship map
    projection with null and a missing `x.start` / `x.end` with the endpoint's id.
    """
    return f"MATCH (a)-[x:{_type(rel_type)}]->(b) RETURN a.id AS src, b.id AS dst, properties(x) AS props"


@dataclass(frozen=True)
class Step:
    """One statement of a write: run once, once per batch of `rows`, or until it deletes nothing."""

    description: str
    statement: str
    params: dict[str, Any] = field(default_factory=dict)
    rows: list[Row] | None = None
    repeat: bool = False

    @property
    def size(self) -> int:
        return len(self.rows) if self.rows is not None else 1


def write_plan(graph: ResolvedGraph) -> list[Step]:
    """The statements that make a store hold exactly `graph`, in a crash-tolerant order.

    Articles (whose `extraction` is the source of truth for rebuilds) go first; then nodes
    the graph no longer has and all derived relationships are deleted; then entities,
    events and relationships are upserted. Every step is idempotent, so a store that
    stopped half-way is repaired by writing the same graph again.
    """
    articles = article_rows(graph)
    ids = node_ids(graph)
    steps = [Step(f"{ARTICLE} nodes", merge_nodes(ARTICLE), rows=articles.rows)]
    steps += [
        Step(f"stale {label} nodes", delete_stale_nodes(label), params={"ids": ids.get(label, [])})
        for label in (ARTICLE, EVENT, *ENTITY_LABELS)
    ]
    steps += [
        Step(f"old {rel_type}", delete_relationships(rel_type), params={"limit": DELETE_BATCH}, repeat=True)
        for rel_type in RELATIONSHIP_TYPES
    ]
    return steps + _upserts(graph)


def _upserts(graph: ResolvedGraph, labels: Mapping[str, str] | None = None) -> list[Step]:
    """Upserts of the graph's entities, events and relationships (`labels`: of endpoints a partial
    graph does not hold)."""
    nodes = [Step(f"{group.extra_label or group.label} nodes", merge_nodes(group.label, group.extra_label), rows=group.rows)
             for group in (*entity_rows(graph), *event_rows(graph))]
    return nodes + [Step(f"{group.type} {group.start_label}->{group.end_label}",
                         merge_relationships(group.type, group.start_label, group.end_label), rows=group.rows)
                    for group in relationship_rows(graph, labels)]


def delta_plan(delta: Delta) -> list[Step]:
    """The statements that apply one incremental change (`kg.incremental.Delta`).

    Deletions run first (nodes detached, so their relationships go with them), then the
    upserts of `write_plan`'s statements for the partial graph `delta.upserts`. Only
    parameters differ between stores.
    """
    steps = [Step(f"old {ARTICLE} nodes", delete_nodes(ARTICLE), rows=[{"id": i} for i in delta.articles]),
             Step(f"old {EVENT} nodes", delete_nodes(EVENT), rows=[{"id": i} for i in delta.events])]
    steps += [Step(f"old {label} nodes", delete_nodes(label), rows=[{"id": i} for i in ids])
              for label, ids in sorted(delta.entities.items())]
    for rel_type, ends in ((HOLDS_POSITION, delta.positions), (LOCATED_IN, delta.links)):
        by_labels: dict[tuple[str, str], list[Row]] = {}
        for start_label, src, end_label, dst in ends:
            by_labels.setdefault((start_label, end_label), []).append({"src": src, "dst": dst})
        steps += [Step(f"old {rel_type} {start}->{end}", delete_relationships_between(rel_type, start, end), rows=rows)
                  for (start, end), rows in sorted(by_labels.items())]
    graph = delta.upserts
    steps.append(Step(f"{ARTICLE} nodes", merge_nodes(ARTICLE), rows=article_rows(graph).rows))
    return [step for step in steps + _upserts(graph, delta.labels) if step.rows]


# --- Graph API -------------------------------------------------------------------------------
# Events with everything `Graph.actor_network` puts on an edge; every filter is optional
# (null). Dates compare on an event's first day; undated events drop out once a bound is set.
ACTOR_EVENTS = """
MATCH (e:Event)
WHERE ($start_date IS NULL OR e.date >= date($start_date))
  AND ($end_date IS NULL OR e.date <= date($end_date))
  AND ($person IS NULL OR EXISTS { MATCH (p:Person {id: $person})-[:PARTICIPATED_IN]->(e) })
  AND ($topic IS NULL OR EXISTS {
        MATCH (e)-[:ABOUT]->(t:Topic)
        WHERE t.id = $topic OR toLower(t.name) CONTAINS toLower($topic) })
OPTIONAL MATCH (e)-[:HELD_IN]->(place)
RETURN e.id AS id, e.type AS type, e.status AS status, e.date AS date, e.date_precision AS precision, place.name AS place,
       [(e)-[:ABOUT]->(t:Topic) | t.name] AS topics,
       [(e)-[r:REPORTED_IN]->(a:Article) | {id: a.id, title: a.title, source: a.source, url: a.url, evidence: r.evidence}] AS articles,
       [(x)-[p:PARTICIPATED_IN]->(e) | {id: x.id, name: x.name, label: labels(x)[0], aliases: x.aliases, role: p.role}] AS actors
ORDER BY id
"""
EVENT_TYPE_COUNTS = "MATCH (e:Event) RETURN e.type AS type, count(*) AS count ORDER BY type"
MERGED_EVENT_COUNT = """
MATCH (e:Event)-[:REPORTED_IN]->(a:Article)
WITH e, count(a) AS reports WHERE reports > 1
RETURN count(e) AS merged
"""
