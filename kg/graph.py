"""The analyst's handle on a built graph: Cypher to pandas, the graph to networkx, summaries.

Everything goes through `GraphStore.query` with the shared Neo4j 5 Cypher, so a `Graph`
answers the same on the embedded file and on a Neo4j server.
"""
from __future__ import annotations

import datetime as dt
import warnings
from collections import Counter
from itertools import combinations
from typing import Any

import networkx as nx
import pandas as pd

from schema.graph import ARTICLE, ENTITY_LABELS, NODE_LABELS, RELATIONSHIP_PROPERTIES, RELATIONSHIP_TYPES
from schema.models import DatePrecision
from kg.cookbook import cookbook_query
from kg.lookup import find_actor, resolve_actor_parameters
from kg.store.base import GraphStore
from kg.store.cypher import (
    ACTOR_EVENTS,
    EVENT_TYPE_COUNTS,
    MERGED_EVENT_COUNT,
    node_properties,
    relationship_properties,
)

# Article.extraction is the store's copy of the source of truth, not an attribute to analyse.
_NETWORKX_EXCLUDED = ("extraction",)


class QueryWarning(UserWarning):
    """The engine's note on a query that probably does not mean what was typed (an unknown label)."""


class Graph:
    """A built knowledge graph of diplomatic events, backed by a graph store."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def cypher(self, query: str, **params: Any) -> pd.DataFrame:
        """Run a read query; one row per record, the query's columns even without rows.

        Date columns come back as `datetime64` (pandas' own dates: `.dt.year`, resampling).
        The engine's notes (an unknown label: "Did you mean 'Person'?") are raised as `QueryWarning`.
        """
        result = self.store.result(query, params)
        for note in result.notes:
            warnings.warn(note, QueryWarning, stacklevel=2)
        frame = pd.DataFrame.from_records(result.rows, columns=result.columns)
        for column in frame.columns:
            if _is_date_column(frame[column]):
                frame[column] = pd.to_datetime(frame[column])
        return frame

    def cookbook(self, name: str, **params: Any) -> pd.DataFrame:
        """Run the cookbook query `name` (`kg query --list`); actor parameters may be any name in
        any script (`person="Алиев"`), and a name that fits several actors raises `ActorLookupError`."""
        query = cookbook_query(name)
        missing = [p for p in query.parameters if p not in params]
        if missing:
            raise TypeError(f"cookbook query {name!r} needs {', '.join(missing)}: {'; '.join(query.parameters[p] for p in missing)}")
        ids, _ = resolve_actor_parameters(self.store, params)
        return self.cypher(query.text, **ids)

    def to_networkx(self) -> nx.MultiDiGraph:
        """Every node (keyed by id, with `label` and its properties) and relationship (keyed by type).

        A second relationship of one type between the same two nodes (a person holding two
        titles in one body) gets the key `TYPE:2`; every edge carries its type as `type`.
        `Article.extraction`, the store's copy of the extractor output, is left out.
        """
        graph = nx.MultiDiGraph()
        for label in NODE_LABELS:
            for props in self.nodes(label, exclude=_NETWORKX_EXCLUDED):
                graph.add_node(props["id"], label=label, **_present(props, exclude=("id",)))
        for rel_type in RELATIONSHIP_TYPES:
            for row in self.relationships(rel_type):
                key, n = rel_type, 1
                while graph.has_edge(row["src"], row["dst"], key):
                    n += 1
                    key = f"{rel_type}:{n}"
                graph.add_edge(row["src"], row["dst"], key=key, type=rel_type, **_present(row["props"]))
        return graph

    def nodes(self, label: str, *, exclude: tuple[str, ...] = ()) -> list[dict[str, Any]]:
        """The stored properties of every `label` node (missing ones as None), by id."""
        return [row["props"] for row in self.store.query(node_properties(label, exclude=exclude))]

    def relationships(self, rel_type: str) -> list[dict[str, Any]]:
        """Every `rel_type` relationship as {src, dst, props}, in an order independent of the store."""
        allowed = RELATIONSHIP_PROPERTIES[rel_type]
        rows = [
            {"src": row["src"], "dst": row["dst"], "props": {k: v for k, v in (row["props"] or {}).items() if k in allowed}}
            for row in self.store.query(relationship_properties(rel_type))
        ]
        return sorted(rows, key=lambda r: (r["src"], r["dst"], *(str(r["props"].get(k)) for k in allowed)))

    def actor_network(
        self,
        *,
        start: dt.date | None = None,
        end: dt.date | None = None,
        person: str | None = None,
        topic: str | None = None,
    ) -> nx.Graph:
        """Who acted with whom: participants joined by the events they share.

        Nodes are Person/Organization/Country participants {name, label, aliases, activity
        (events)}; an edge's `weight` counts shared events, `event_types` lists their types
        and `events` describes each: id, type, status, `date` (a `datetime.date`, the first
        day), `precision`, `date_text` (ISO at the precision: `2025-06`), place, topics,
        `roles` (actor id -> role) and articles (with the evidence sentence). `start`/`end`
        bound an event's first day (undated events drop out once a bound is set); `person`
        (id or any name in any script, see `kg.lookup`) keeps events with that participant,
        `topic` (id or a case-insensitive part of the name) events about it.
        """
        params = {
            "start_date": start.isoformat() if start else None,
            "end_date": end.isoformat() if end else None,
            "person": self.person_id(person) if person else None,
            "topic": topic,
        }
        network = nx.Graph()
        activity: Counter[str] = Counter()
        for row in self.store.query(ACTOR_EVENTS, params):
            actors = sorted(row["actors"], key=lambda a: a["id"])
            for actor in actors:
                network.add_node(actor["id"], name=actor["name"], label=actor["label"], aliases=actor["aliases"] or [])
                activity[actor["id"]] += 1
            event = _event_summary(row)
            for left, right in combinations(actors, 2):
                if not network.has_edge(left["id"], right["id"]):
                    network.add_edge(left["id"], right["id"], events=[])
                network.edges[left["id"], right["id"]]["events"].append(event)
        nx.set_node_attributes(network, dict(activity), "activity")
        for _, _, data in network.edges(data=True):
            data["events"].sort(key=lambda e: (e["date"] or dt.date.max, e["id"]))
            data["weight"] = len(data["events"])
            data["event_types"] = sorted({e["type"] for e in data["events"]})
        return network

    def person_id(self, name: str) -> str:
        """The id of the one person `name` names: an id, or any name in any script (`ActorLookupError` otherwise)."""
        return find_actor(self.store, name, ("Person",), what="person").id

    def summary(self) -> dict[str, Any]:
        """Articles, entities by type, events by type, and events merged from several reports."""
        counts = self.store.counts()
        return {
            "articles": counts[ARTICLE],
            "entities": {label: counts[label] for label in ENTITY_LABELS},
            "events": {row["type"]: row["count"] for row in self.store.query(EVENT_TYPE_COUNTS)},
            "merged_reports": self.store.query(MERGED_EVENT_COUNT)[0]["merged"],
        }

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _is_date_column(values: pd.Series) -> bool:
    present = values.dropna()
    return values.dtype == object and not present.empty and all(
        isinstance(v, dt.date) and not isinstance(v, dt.datetime) for v in present
    )


def _present(props: dict[str, Any], *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """Properties that are set (networkx and GraphML have no null)."""
    return {k: v for k, v in props.items() if v is not None and k not in exclude}


def _event_summary(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "type": row["type"],
        "status": row["status"],
        "date": row["date"],
        "precision": row["precision"],
        "date_text": date_text(row["date"], row["precision"]),
        "place": row["place"],
        "topics": sorted(row["topics"]),
        "roles": {actor["id"]: actor["role"] for actor in row["actors"]},
        "articles": sorted(row["articles"], key=lambda a: a["id"]),
    }


def date_text(date: dt.date | None, precision: str | None) -> str | None:
    """An event's date as ISO text at its precision (`2025-06` for a month), None if undated."""
    if date is None:
        return None
    if precision == DatePrecision.YEAR.value:
        return f"{date.year:04d}"
    if precision == DatePrecision.MONTH.value:
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()
