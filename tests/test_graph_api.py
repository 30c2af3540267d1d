"""The Python API: build/open_graph, Graph.cypher, to_networkx, actor_network, summary."""
from __future__ import annotations

import datetime as dt
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from graph_fixtures import EN_MALTA, EN_MEETING, RU_KALLAS, corpus, en_meeting_extraction, ev, make_position, write_store
from graph_fixtures import fake_pipeline as pipeline_module
from kg.api import build, open_graph
from kg.graph import Graph, QueryWarning
from kg.lookup import ActorLookupError
from kg.store.errors import StoreNotFoundError

MEETING = ev("meeting", "2025-04-25", "ilham-aliyev", "kaja-kallas")


@dataclass
class FakeFailure:
    source: str
    reason: str


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """`kg.pipeline` streaming the fixture corpus and one failure; records its calls."""
    calls: list[tuple] = []

    def run(inputs, *, gazetteer=None, progress=None, language=None, **_):
        calls.append((list(inputs), gazetteer, progress))
        return corpus(), [FakeFailure("broken.html", "no article text found")]

    monkeypatch.setitem(sys.modules, "kg.pipeline", pipeline_module(run))
    return calls


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    with open_graph(store=write_store(tmp_path_factory.mktemp("api") / "kg.kgl")) as opened:
        yield opened


def test_build_runs_the_pipeline_loads_the_graph_and_logs_failures(
    tmp_path: Path, fake_pipeline: list, caplog: pytest.LogCaptureFixture
) -> None:
    gazetteer = tmp_path / "g.yaml"
    gazetteer.write_text("[]\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kg.api"), build(["news/"], store=tmp_path / "kg.kgl", gazetteer=str(gazetteer), progress=False) as built:
        assert built.summary()["articles"] == 5
    assert fake_pipeline == [(["news/"], str(gazetteer), False)]
    assert "broken.html: no article text found" in caplog.text


def test_open_graph_without_a_store_says_how_to_build_one(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFoundError, match="kg build"):
        open_graph(store=tmp_path / "missing.kgl")


def test_cypher_returns_a_dataframe_with_parameters(graph: Graph) -> None:
    frame = graph.cypher(
        "MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Call) WHERE e.date >= date($since) RETURN p.name AS name, e.date AS date ORDER BY name",
        since="2025-05-01",
    )
    assert list(frame.columns) == ["name", "date"]
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    assert frame.to_dict("records") == [
        {"name": "Ilham Aliyev", "date": pd.Timestamp(2025, 5, 12)},
        {"name": "Recep Tayyip Erdogan", "date": pd.Timestamp(2025, 5, 12)},
    ]


def test_an_empty_result_keeps_its_columns(graph: Graph) -> None:
    frame = graph.cypher("MATCH (p:Person) WHERE p.name = 'nobody' RETURN p.name AS who, p.id AS id")
    assert frame.empty and list(frame.columns) == ["who", "id"]
    assert list(frame["who"]) == []


def test_a_mistyped_label_warns(graph: Graph) -> None:
    with pytest.warns(QueryWarning, match="Did you mean 'Person'"):
        assert graph.cypher("MATCH (p:Persn) RETURN p.name AS who").empty


def test_cookbook_resolves_names_in_any_script(graph: Graph) -> None:
    frame = graph.cookbook("calls_by_person", person="Алиев")
    assert list(frame["person"]) == ["Ilham Aliyev"]
    with pytest.raises(ActorLookupError, match="could be several"):
        graph.cookbook("person_timeline", person="ov")


def test_to_networkx_has_every_node_and_relationship(graph: Graph) -> None:
    network = graph.to_networkx()
    assert (network.number_of_nodes(), network.number_of_edges()) == (32, 77)
    article = network.nodes[RU_KALLAS.id]
    assert (article["label"], article["language"], article["published"]) == ("Article", "ru", dt.date(2025, 4, 26))
    assert "extraction" not in article and "text" in article
    meeting = network.nodes[MEETING]
    assert {k: meeting[k] for k in ("label", "type", "date", "n_sources", "cameo")} == {
        "label": "Event", "type": "meeting", "date": dt.date(2025, 4, 25), "n_sources": 2, "cameo": "040",
    }
    assert network.nodes["kaja-kallas"]["aliases"] == ["Каллас", "Каю Каллас", "Кая Каллас"]
    assert network.edges["ilham-aliyev", MEETING, "PARTICIPATED_IN"] == {"type": "PARTICIPATED_IN", "role": "host"}
    assert network.edges["jeyhun-bayramov", "azerbaijan", "HOLDS_POSITION"] == {
        "type": "HOLDS_POSITION", "title": "Minister of Foreign Affairs of Azerbaijan", "role": "foreign minister",
        "start": dt.date(2020, 7, 16),
    }
    assert network.edges[MEETING, EN_MEETING.id, "REPORTED_IN"]["start"] == EN_MEETING.text.index("On 25 April")
    assert network.edges[RU_KALLAS.id, "kaja-kallas", "MENTIONS"]["count"] == 6


def test_to_networkx_keeps_two_titles_in_one_body_apart(tmp_path: Path) -> None:
    extraction = en_meeting_extraction()
    extraction.positions.append(make_position("ilham-aliyev", "Supreme Commander-in-Chief", "azerbaijan", "commander"))
    extractions = [x for x in corpus() if x.article.id != EN_MEETING.id] + [extraction]
    with open_graph(store=write_store(tmp_path / "kg.kgl", extractions)) as two_titles:
        network = two_titles.to_networkx()
    titles = {key: data["title"] for key, data in network["ilham-aliyev"]["azerbaijan"].items()}
    assert titles == {"HOLDS_POSITION": "President of Azerbaijan", "HOLDS_POSITION:2": "Supreme Commander-in-Chief"}


def test_actor_network_weights_and_event_data(graph: Graph) -> None:
    network = graph.actor_network()
    assert dict(network.nodes(data="activity")) == {
        "azerbaijan": 1, "kaja-kallas": 5, "jeyhun-bayramov": 4, "ilham-aliyev": 2,
        "recep-tayyip-erdogan": 1, "sergey-lavrov": 2,
    }
    assert network.nodes["kaja-kallas"] == {
        "name": "Kaja Kallas", "label": "Person", "aliases": ["Каллас", "Каю Каллас", "Кая Каллас"], "activity": 5,
    }
    assert {frozenset(pair): w for *pair, w in network.edges(data="weight")} == {
        frozenset({"kaja-kallas", "jeyhun-bayramov"}): 3,
        frozenset({"kaja-kallas", "ilham-aliyev"}): 1,
        frozenset({"kaja-kallas", "azerbaijan"}): 1,
        frozenset({"jeyhun-bayramov", "sergey-lavrov"}): 1,
        frozenset({"ilham-aliyev", "recep-tayyip-erdogan"}): 1,
    }
    edge = network.edges["kaja-kallas", "jeyhun-bayramov"]
    assert edge["event_types"] == ["meeting", "press_conference"]
    malta = ev("meeting", "2024-12-05", "jeyhun-bayramov", "kaja-kallas")
    baku = [ev("meeting", "2025-04-25", "jeyhun-bayramov", "kaja-kallas"), ev("press_conference", "2025-04-25", "jeyhun-bayramov", "kaja-kallas")]
    assert [e["id"] for e in edge["events"]] == [malta, *sorted(baku)]  # by date, then id
    first = edge["events"][0]
    articles = first.pop("articles")
    assert first == {
        "id": malta, "type": "meeting", "status": "happened", "date": dt.date(2024, 12, 5), "precision": "day",
        "date_text": "2024-12-05", "place": "Malta", "topics": ["OSCE Ministerial Council"],
        "roles": {"jeyhun-bayramov": "participant", "kaja-kallas": "participant"},
    }
    assert [{k: a[k] for k in ("id", "title", "source", "url")} for a in articles] == [
        {"id": a.id, "title": a.title, "source": a.source, "url": a.url} for a in sorted([EN_MALTA, RU_KALLAS], key=lambda a: a.id)
    ]
    assert all(a["evidence"] for a in articles)


def test_actor_network_filters(graph: Graph) -> None:
    by_person = graph.actor_network(person="LAVROV")
    assert sorted(by_person.nodes) == ["jeyhun-bayramov", "sergey-lavrov"]
    assert by_person.nodes["jeyhun-bayramov"]["activity"] == 1
    by_topic = graph.actor_network(topic="peace-treaty")
    assert {frozenset(pair): w for *pair, w in by_topic.edges(data="weight")} == {
        frozenset({"kaja-kallas", "jeyhun-bayramov"}): 1, frozenset({"kaja-kallas", "ilham-aliyev"}): 1,
    }
    in_may = graph.actor_network(start=dt.date(2025, 5, 1), end=dt.date(2025, 5, 31))
    assert sorted(in_may.nodes) == ["ilham-aliyev", "recep-tayyip-erdogan"]
    planned_month = graph.actor_network(start=dt.date(2025, 6, 1))
    assert planned_month.nodes["sergey-lavrov"]["activity"] == 1
    assert sorted(graph.actor_network(person="Лавров").nodes) == ["jeyhun-bayramov", "sergey-lavrov"]
    with pytest.raises(ActorLookupError, match="no person is named 'nobody'"):
        graph.actor_network(person="nobody")


def test_summary(graph: Graph) -> None:
    assert graph.summary() == {
        "articles": 5,
        "entities": {"Person": 5, "Organization": 2, "Country": 4, "Place": 1, "Topic": 7},
        "events": {"call": 1, "meeting": 4, "press_conference": 1, "visit": 2},
        "merged_reports": 3,
    }
