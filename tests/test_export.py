"""Exports: GraphML, node-link JSON and neo4j-admin import CSV."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pytest

from graph_fixtures import RU_KALLAS, corpus, ev, write_store
from kg.api import open_graph
from kg.export import ARRAY_DELIMITER, neo4j_import_command, write_gexf, write_graphml, write_json, write_neo4j_csv
from kg.graph import Graph
from kg.resolve import resolve
from schema.models import Extraction

MEETING = ev("meeting", "2025-04-25", "ilham-aliyev", "kaja-kallas")


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    with open_graph(store=write_store(tmp_path_factory.mktemp("export") / "kg.kgl")) as opened:
        yield opened


def read_csv(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_graphml_holds_the_whole_graph_as_scalars(graph: Graph, tmp_path: Path) -> None:
    network = nx.read_graphml(write_graphml(graph, tmp_path / "kg.graphml"), force_multigraph=True)
    assert (network.number_of_nodes(), network.number_of_edges()) == (32, 77)
    assert network.nodes[MEETING]["date"] == "2025-04-25"
    assert json.loads(network.nodes["ilham-aliyev"]["aliases"]) == ["İlham Əliyev", "Ильхам Алиев"]
    role = next(d["role"] for d in network.get_edge_data("ilham-aliyev", MEETING).values() if d["type"] == "PARTICIPATED_IN")
    assert role == "host"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_shows_names_as_labels_types_as_kind_and_unique_edge_ids(graph: Graph, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"kg.{fmt}"
    if fmt == "graphml":
        network = nx.read_graphml(write_graphml(graph, path), force_multigraph=True)
        edge_ids = [e.get("id") for e in ElementTree.parse(path).iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    else:
        network = nx.read_gexf(write_gexf(graph, path))
        edge_ids = [e.get("id") for e in ElementTree.parse(path).iter() if e.tag.endswith("}edge")]
    assert network.number_of_edges() == 77
    assert len(edge_ids) == 77 and len(set(edge_ids)) == 77 and None not in edge_ids
    aliyev = network.nodes["ilham-aliyev"]
    assert (aliyev["label"], aliyev["kind"]) == ("Ilham Aliyev", "Person")
    assert (network.nodes[MEETING]["label"], network.nodes[MEETING]["kind"]) == ("meeting 2025-04-25", "Event")
    assert network.nodes[RU_KALLAS.id]["label"] == RU_KALLAS.title
    labels = [d["label"] for n, d in network.nodes(data=True) if d["kind"] != "Event"]
    assert "Person" not in labels
    assert {d["label"] for *_, d in network.edges(data=True)} >= {"MENTIONS", "PARTICIPATED_IN", "LOCATED_IN"}


def test_json_is_node_link_data(graph: Graph, tmp_path: Path) -> None:
    data = json.loads(write_json(graph, tmp_path / "kg.json").read_text(encoding="utf-8"))
    assert (len(data["nodes"]), len(data["edges"]), data["directed"], data["multigraph"]) == (32, 77, True, True)
    meeting = next(n for n in data["nodes"] if n["id"] == MEETING)
    assert (meeting["label"], meeting["date"], meeting["n_sources"]) == ("Event", "2025-04-25", 2)
    assert {"source": "ilham-aliyev", "target": MEETING, "key": "PARTICIPATED_IN", "type": "PARTICIPATED_IN", "role": "host"} in data["edges"]


def test_neo4j_csv_has_import_headers_and_every_row(graph: Graph, tmp_path: Path) -> None:
    files = write_neo4j_csv(graph, tmp_path / "import")
    by_name = {f.name: read_csv(f) for f in files}
    assert by_name["nodes_Person.csv"][0] == ["id:ID(Person)", "name:string", "aliases:string[]", "wikidata:string", "search:string[]", ":LABEL"]
    assert by_name["nodes_Event.csv"][0] == [
        "id:ID(Event)", "type:string", "cameo:string", "status:string", "date:date", "date_precision:string",
        "month_day:string", "confidence:double", "n_sources:long", ":LABEL",
    ]
    assert by_name["rels_PARTICIPATED_IN_Person_Event.csv"][0] == [":START_ID(Person)", ":END_ID(Event)", "role:string", ":TYPE"]
    assert by_name["rels_HOLDS_POSITION_Person_Country.csv"][0] == [
        ":START_ID(Person)", ":END_ID(Country)", "title:string", "role:string", "start:date", "end:date", ":TYPE",
    ]
    assert sum(len(rows) - 1 for name, rows in by_name.items() if name.startswith("nodes_")) == 32
    assert sum(len(rows) - 1 for name, rows in by_name.items() if name.startswith("rels_")) == 77

    events = {row[0]: row for row in by_name["nodes_Event.csv"][1:]}
    assert events[MEETING][4] == "2025-04-25" and events[MEETING][-1] == f"Event{ARRAY_DELIMITER}Meeting"
    persons = {row[0]: row for row in by_name["nodes_Person.csv"][1:]}
    assert persons["ilham-aliyev"][2] == f"İlham Əliyev{ARRAY_DELIMITER}Ильхам Алиев" and persons["ilham-aliyev"][3] == ""
    aliyev_position = next(r for r in by_name["rels_HOLDS_POSITION_Person_Country.csv"][1:] if r[0] == "ilham-aliyev")
    assert aliyev_position == ["ilham-aliyev", "azerbaijan", "President of Azerbaijan", "head of state", "2003-10-31", "", "HOLDS_POSITION"]


def test_neo4j_csv_keeps_the_extractions_so_the_graph_can_be_rebuilt(graph: Graph, tmp_path: Path) -> None:
    files = write_neo4j_csv(graph, tmp_path / "import")
    articles = read_csv(next(f for f in files if f.name == "nodes_Article.csv"))
    column = articles[0].index("extraction:string")
    extractions = [Extraction.model_validate_json(row[column]) for row in articles[1:]]
    assert {x.article.id for x in extractions} >= {RU_KALLAS.id}
    assert resolve(extractions) == resolve(corpus())


def test_import_command_names_every_file(graph: Graph, tmp_path: Path) -> None:
    files = write_neo4j_csv(graph, tmp_path / "import")
    command = neo4j_import_command(files)
    assert command.startswith("neo4j-admin database import full ")
    folder = (tmp_path / "import").resolve()
    assert f"--nodes={folder}/nodes_Event.csv" in command and f"--relationships={folder}/rels_MENTIONS_Article_Person.csv" in command
    assert command.count("--nodes=") == 7
    assert command.endswith("--array-delimiter=U+001F --multiline-fields=true --overwrite-destination=true neo4j")
