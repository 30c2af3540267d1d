"""Probe queries whose expected answers are Neo4j 5's documented semantics.

A property that was not stored reads as null (never a virtual key of the engine), words
such as `end` are ordinary property names after a dot, `properties(n)` holds exactly what
was stored, and dates are dates. The embedded store must answer these as Neo4j does;
`tests/test_neo4j.py` runs the same probes on a server when NEO4J_URI is set.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from graph_fixtures import write_store
from kg.store.base import GraphStore
from kg.store.dialect import neo4j_reads
from kg.store.kglite_store import KgliteStore

PROBES: dict[str, tuple[str, list[dict[str, Any]]]] = {
    "missing relationship properties are null": (
        "MATCH (:Person {id: 'ilham-aliyev'})-[h:HOLDS_POSITION]->() "
        "RETURN h.start AS start, h.end AS until, h.id AS id, h.type AS type, h.name AS name",
        [{"start": dt.date(2003, 10, 31), "until": None, "id": None, "type": None, "name": None}],
    ),
    "a stored relationship start is the stored value": (
        "MATCH (e:Call)-[r:REPORTED_IN]->(a:Article {language: 'az'}) RETURN r.start >= 0 AS stored, r.end > r.start AS ordered",
        [{"stored": True, "ordered": True}],
    ),
    "reserved words after a dot": (
        "MATCH (:Person)-[h:HOLDS_POSITION]->() WHERE h.end IS NULL RETURN count(*) AS open",
        [{"open": 5}],
    ),
    "missing node properties are null": (
        "MATCH (e:Visit {status: 'planned'}) RETURN e.name AS name, e.title AS title, e.label AS label",
        [{"name": None, "title": None, "label": None}],
    ),
    "an entity has a name but no title or type": (
        "MATCH (p:Person {id: 'kaja-kallas'}) RETURN p.name AS name, p.title AS title, p.type AS type",
        [{"name": "Kaja Kallas", "title": None, "type": None}],
    ),
    "properties(n) holds what was stored": (
        "MATCH (t:Topic {id: 'trade'}) RETURN 'title' IN keys(t) AS has_title, 'type' IN keys(t) AS has_type, "
        "properties(t).name AS name, properties(t).wikidata AS wikidata",
        [{"has_title": False, "has_type": False, "name": "trade", "wikidata": None}],
    ),
    "an event's stored type is kept": (
        "MATCH (e:Call) RETURN e.type AS type, properties(e).type AS stored",
        [{"type": "call", "stored": "call"}],
    ),
    "dates are dates with accessors": (
        "MATCH (e:Visit {status: 'planned'}) RETURN e.date AS date, e.date.month AS month, toString(e.date) AS text",
        [{"date": dt.date(2025, 6, 1), "month": 6, "text": "2025-06-01"}],
    ),
    "unaliased columns are named as written": (
        "MATCH (:Person {id: 'ilham-aliyev'})-[h:HOLDS_POSITION]->(:Country) RETURN h.start, h.end, h.title",
        [{"h.start": dt.date(2003, 10, 31), "h.end": None, "h.title": "President of Azerbaijan"}],
    ),
    "text that looks like a property read is left alone": (
        "RETURN 'h.end and r.start' AS text",
        [{"text": "h.end and r.start"}],
    ),
}


def check_probe(store: GraphStore, name: str) -> None:
    query, expected = PROBES[name]
    assert store.query(query) == expected, name


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KgliteStore]:
    with KgliteStore(write_store(tmp_path_factory.mktemp("conformance") / "kg.kgl")) as opened:
        yield opened


@pytest.mark.parametrize("name", sorted(PROBES))
def test_kglite_answers_as_neo4j(store: KgliteStore, name: str) -> None:
    check_probe(store, name)


def test_writes_and_backticked_names_are_not_rewritten() -> None:
    write = "MATCH ()-[h:HOLDS_POSITION]->() SET h.start = date('2020-01-01')"
    assert neo4j_reads(write) == write
    assert neo4j_reads("MATCH ()-[h]->() RETURN h.`end`, h.title") == "MATCH ()-[h]->() RETURN h.`end`, properties(h).`title`"
