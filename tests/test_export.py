"""Exports: GraphML, node-link JSON and neo4j-admin import CSV."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from graph_fixtures import RU_KALLAS, corpus, ev, write_store
from kg.api import open_graph
from kg.export import neo4j_import_command, write_graphml, write_json, write_neo4j_csv
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
    assert network.edges["ilham-aliyev", MEETING, "PARTICIPATED_IN"]["role"] == "host"


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
    assert events[MEETING][4] == "2025-04-25" and events[MEETING][-1] == "Event;Meeting"
    persons = {row[0]: row for row in by_name["nodes_Person.csv"][1:]}
    assert persons["ilham-aliyev"][2] == "İlham Əliyev;Ильхам Алиев" and persons["ilham-aliyev"][3] == ""
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
    assert "--nodes=nodes_Event.csv" in command and "--relationships=rels_MENTIONS_Article_Person.csv" in command
    assert command.count("--nodes=") == 7 and command.endswith("--multiline-fields=true neo4j")
