"""The Neo4j store: loader, idempotency and the cookbook on a real server when NEO4J_URI is set.

These tests replace the graph in NEO4J_DATABASE (default: the server's default database);
point NEO4J_URI at a scratch server. Without it they are skipped, except the ones that
need no server (value conversion, connection errors).
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j.time import Date, DateTime, Duration

from graph_fixtures import EN_MEETING, changed_en_meeting, corpus, write_store
from kg.graph import Graph
from kg.rebuild import rebuild
from kg.resolve import resolve
from kg.store.errors import StoreError, StoreUnavailableError
from kg.store.kglite_store import KgliteStore
from kg.store.neo4j_store import Neo4jStore, to_plain
from test_conformance import PROBES, check_probe
from test_cookbook import CASES, check_case
from test_store_kglite import CORPUS_COUNTS

needs_server = pytest.mark.skipif(
    not os.environ.get("NEO4J_URI"),
    reason="NEO4J_URI is not set: no Neo4j 5 server to test against (the tests replace the graph in NEO4J_DATABASE)",
)


@pytest.fixture(scope="module")
def neo4j_store() -> Iterator[Neo4jStore]:
    store = Neo4jStore(batch_size=3)  # tiny batches, so batching itself is exercised
    store.ensure_schema()
    store.write(resolve([]))  # start from an empty graph: a rebuild would keep stored articles
    rebuild(store, corpus())
    yield store
    store.write(resolve([]))
    store.close()


@pytest.fixture(scope="module")
def kglite_twin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KgliteStore]:
    with KgliteStore(write_store(tmp_path_factory.mktemp("twin") / "kg.kgl")) as store:
        yield store


@needs_server
@pytest.mark.neo4j
def test_loader_creates_the_constraints_and_the_graph(neo4j_store: Neo4jStore) -> None:
    assert neo4j_store.counts() == CORPUS_COUNTS
    names = {row["name"] for row in neo4j_store.query("SHOW CONSTRAINTS YIELD name RETURN name")}
    assert {"article_id", "event_id", "person_id"} <= names


@needs_server
@pytest.mark.neo4j
def test_loading_twice_is_idempotent(neo4j_store: Neo4jStore) -> None:
    rebuild(neo4j_store, corpus())
    assert neo4j_store.counts() == CORPUS_COUNTS


@needs_server
@pytest.mark.neo4j
def test_a_changed_article_gives_the_same_graph_as_on_kglite(neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    rebuild(neo4j_store, [changed_en_meeting()])
    changed_corpus = [x for x in corpus() if x.article.id != EN_MEETING.id] + [changed_en_meeting()]
    with KgliteStore(write_store(tmp_path / "kg.kgl", changed_corpus)) as twin:
        assert neo4j_store.counts() == twin.counts()
        assert _content(neo4j_store) == _content(twin)
    rebuild(neo4j_store, [x for x in corpus() if x.article.id == EN_MEETING.id])
    assert neo4j_store.counts() == CORPUS_COUNTS


@needs_server
@pytest.mark.neo4j
@pytest.mark.parametrize("name", sorted(CASES))
def test_cookbook_on_neo4j(neo4j_store: Neo4jStore, name: str) -> None:
    check_case(neo4j_store, name)


@needs_server
@pytest.mark.neo4j
def test_graph_api_answers_as_on_kglite(neo4j_store: Neo4jStore, kglite_twin: KgliteStore) -> None:
    assert _content(neo4j_store) == _content(kglite_twin)
    on_neo4j, on_kglite = Graph(neo4j_store).actor_network(), Graph(kglite_twin).actor_network()
    assert sorted(on_neo4j.edges(data=True)) == sorted(on_kglite.edges(data=True))
    assert Graph(neo4j_store).summary() == Graph(kglite_twin).summary()


def _content(store) -> tuple[list, list]:
    network = Graph(store).to_networkx()
    return sorted(network.nodes(data=True), key=str), sorted(network.edges(keys=True, data=True), key=str)


def test_driver_values_become_plain_python() -> None:
    value = {"d": Date(2025, 4, 25), "t": [DateTime(2025, 4, 25, 10, 30)], "span": Duration(days=3)}
    assert to_plain(value) == {"d": dt.date(2025, 4, 25), "t": [dt.datetime(2025, 4, 25, 10, 30)], "span": "P3D"}


def test_a_missing_uri_says_how_to_give_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(StoreError, match="NEO4J_URI"):
        Neo4jStore()


def test_an_unreachable_server_is_reported() -> None:
    with pytest.raises(StoreUnavailableError, match="no Neo4j server answers at bolt://127.0.0.1:1"):
        Neo4jStore("bolt://127.0.0.1:1")


@needs_server
@pytest.mark.neo4j
@pytest.mark.parametrize("name", sorted(PROBES))
def test_conformance_probes_hold_on_neo4j(neo4j_store: Neo4jStore, name: str) -> None:
    check_probe(neo4j_store, name)
