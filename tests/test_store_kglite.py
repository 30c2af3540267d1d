"""The embedded kglite store: writes, idempotency, replacing a changed article, parameters only."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import kg.rebuild
import kg.store.base
from graph_fixtures import (
    EN_MEETING,
    changed_en_meeting,
    corpus,
    ev,
    make_article,
    write_store,
)
from kg.graph import Graph
from kg.rebuild import rebuild
from kg.resolve import resolve
from kg.store.cypher import Step, delta_plan, merge_nodes, merge_relationships, write_plan
from kg.store.errors import QueryError, StoreError, StoreNotFoundError, StoreUnavailableError
from kg.store.kglite_store import KgliteStore
from schema.models import Entity, EntityType, Extraction

CORPUS_COUNTS = {
    "Article": 5, "Event": 8, "Person": 5, "Organization": 2, "Country": 4, "Place": 1, "Topic": 7,
    "AgreementSigning": 0, "Call": 1, "Meeting": 4, "PressConference": 1, "Visit": 2,
    "PARTICIPATED_IN": 15, "HELD_IN": 7, "ABOUT": 10, "REPORTED_IN": 11, "HOLDS_POSITION": 5, "MENTIONS": 28, "LOCATED_IN": 1,
}


def dump(path: Path) -> tuple[list, list]:
    """Every node and relationship of the store with its properties, for whole-graph comparison."""
    with KgliteStore(path) as store:
        network = Graph(store).to_networkx()
    return sorted(network.nodes(data=True), key=str), sorted(network.edges(keys=True, data=True), key=str)


def test_write_loads_every_node_and_relationship(tmp_path: Path) -> None:
    path = write_store(tmp_path / "kg.kgl")
    with KgliteStore(path) as store:
        assert store.counts() == CORPUS_COUNTS
        [event] = store.query(
            "MATCH (e:Event:Meeting {id: $id}) RETURN e.date AS date, e.date_precision AS precision, e.n_sources AS n, e.cameo AS cameo",
            {"id": ev("meeting", "2024-12-05", "jeyhun-bayramov", "kaja-kallas")},
        )
    assert event == {"date": dt.date(2024, 12, 5), "precision": "day", "n": 2, "cameo": "040"}


def test_extractions_round_trip_through_the_store(tmp_path: Path) -> None:
    path = write_store(tmp_path / "kg.kgl")
    with KgliteStore(path) as store:
        assert store.read_extractions() == sorted(corpus(), key=lambda x: x.article.id)


def test_building_twice_leaves_identical_counts_and_content(tmp_path: Path) -> None:
    path = write_store(tmp_path / "kg.kgl")
    first = dump(path)
    write_store(path)
    with KgliteStore(path, writable=True) as store:
        store.write(resolve(corpus()))
        assert store.counts() == CORPUS_COUNTS
    assert dump(path) == first


def test_a_changed_article_replaces_what_it_contributed_and_nothing_else(tmp_path: Path) -> None:
    path = write_store(tmp_path / "kg.kgl")
    before = dump(path)
    changed = changed_en_meeting()
    write_store(path, [changed])

    fresh = write_store(tmp_path / "fresh.kgl", [x for x in corpus() if x.article.id != EN_MEETING.id] + [changed])
    assert dump(path) == dump(fresh)  # as if built from scratch with the new text
    with KgliteStore(path) as store:
        counts = store.counts()
        articles = {row["id"] for row in store.query("MATCH (a:Article) RETURN a.id AS id")}
        topics = store.query(
            "MATCH (e:Event {id: $id})-[:ABOUT]->(t:Topic) RETURN t.id AS topic ORDER BY topic",
            {"id": ev("meeting", "2025-04-25", "ilham-aliyev", "kaja-kallas")},
        )
        reports = store.query(
            "MATCH (e:Event {id: $id})-[r:REPORTED_IN]->(a:Article) RETURN a.id AS article, r.evidence AS evidence ORDER BY article",
            {"id": ev("meeting", "2025-04-25", "ilham-aliyev", "kaja-kallas")},
        )
    assert counts["Article"] == 5 and EN_MEETING.id not in articles and changed.article.id in articles
    assert counts["Topic"] == 6  # the Southern Gas Corridor was only in the old text
    assert [t["topic"] for t in topics] == ["energy-security", "peace-treaty"]  # the ru report still says energy security
    assert len(reports) == 2 and changed.article.id in {r["article"] for r in reports}

    def untouched(edges: list) -> list:
        return [e for e in edges if EN_MEETING.id not in e[:2] and changed.article.id not in e[:2] and e[2] != "ABOUT"]

    assert untouched(dump(path)[1]) == untouched(before[1])  # other articles' evidence and mentions are as they were


def test_an_article_from_a_new_source_is_added_to_the_graph(tmp_path: Path) -> None:
    path = write_store(tmp_path / "kg.kgl", corpus()[:2])
    write_store(path, corpus()[2:])
    assert dump(path) == dump(write_store(tmp_path / "all.kgl"))


def test_values_travel_as_parameters_never_as_cypher_text(tmp_path: Path) -> None:
    hostile = "Robert'); MATCH (n) DETACH DELETE n; //"
    article = make_article(language="en", source="https://example.org/x'}) DETACH DELETE a //", published="2025-01-01",
                           title=hostile, body=f"{hostile} said nothing.")
    extraction = Extraction(article=article, entities=[Entity(id="robert", type=EntityType.PERSON, name=hostile)])
    graph = resolve(corpus() + [extraction])
    for step in write_plan(graph):
        assert hostile not in step.statement and "example.org" not in step.statement
    path = write_store(tmp_path / "kg.kgl", corpus() + [extraction])
    with KgliteStore(path) as store:
        assert store.query("MATCH (p:Person {id: 'robert'}) RETURN p.name AS name") == [{"name": hostile}]
        assert store.counts()["Article"] == 6


@pytest.mark.parametrize("build", [lambda: merge_nodes("Person) DETACH DELETE (n"), lambda: merge_relationships("KNOWS", "Person", "Person")])
def test_labels_and_types_come_only_from_the_schema(build) -> None:
    with pytest.raises(ValueError, match="schema.graph"):
        build()


def test_a_failed_write_leaves_the_previous_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_store(tmp_path / "kg.kgl")
    before = dump(path)
    with monkeypatch.context() as patched:
        patched.setattr(kg.rebuild, "delta_plan", lambda delta: [*delta_plan(delta)[:2], Step("broken", "THIS IS NOT CYPHER")])
        with KgliteStore(path, writable=True) as store, pytest.raises(QueryError):
            rebuild(store, [changed_en_meeting()])
    assert dump(path) == before
    write_store(path, [changed_en_meeting()])  # the index was rolled back with the store: the next build is right
    fresh = write_store(tmp_path / "fresh.kgl", [x for x in corpus() if x.article.id != EN_MEETING.id] + [changed_en_meeting()])
    assert dump(path) == dump(fresh)


def test_a_failed_full_write_leaves_the_previous_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_store(tmp_path / "kg.kgl")
    before = dump(path)
    (tmp_path / "kg.kgl.index.sqlite").unlink()  # no index: the graph is resolved and written whole
    monkeypatch.setattr(kg.store.base, "write_plan", lambda graph: [*write_plan(graph)[:4], Step("broken", "THIS IS NOT CYPHER")])
    with KgliteStore(path, writable=True) as store, pytest.raises(QueryError):
        rebuild(store, [changed_en_meeting()])
    assert dump(path) == before


def test_readers_see_a_write_as_soon_as_it_returns(tmp_path: Path) -> None:
    path = tmp_path / "kg.kgl"
    with KgliteStore(path, writable=True) as writer:
        writer.ensure_schema()
        writer.write(resolve(corpus()))
        with KgliteStore(path) as reader:  # the writer still holds the file
            assert reader.counts() == CORPUS_COUNTS


def test_a_reader_cannot_write(tmp_path: Path) -> None:
    path = write_store(tmp_path / "kg.kgl")
    with KgliteStore(path) as reader:
        with pytest.raises(QueryError, match="reading only"):
            reader.query("CREATE (:Person {id: 'x'})")
        with pytest.raises(StoreError, match="writable=True"):
            reader.write(resolve(corpus()))


def test_a_second_writer_is_refused(tmp_path: Path) -> None:
    path = write_store(tmp_path / "kg.kgl")
    with KgliteStore(path, writable=True), pytest.raises(StoreUnavailableError, match="being written"):
        KgliteStore(path, writable=True)


def test_a_missing_store_says_how_to_build_one(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFoundError, match="kg build"):
        KgliteStore(tmp_path / "none.kgl")


def test_a_query_error_names_the_query(tmp_path: Path) -> None:
    with KgliteStore(write_store(tmp_path / "kg.kgl")) as store, pytest.raises(QueryError, match=r"Missing parameter"):
        store.query("MATCH (p:Person {id: $who}) RETURN p")
