"""Exporting a built graph: GraphML, GEXF and node-link JSON for analysis tools, CSV for `neo4j-admin`.

GraphML, GEXF and JSON come from `Graph.to_networkx` (no `Article.extraction`). In GraphML
and GEXF a node's `label` is what Gephi shows (a name, an article title, "meeting
2025-04-25"), its schema label is the `kind` attribute, and every edge has its own id and
its type as `label`. The neo4j-csv export is a full copy, extraction included, so a
database imported from it can be updated by `kg build --neo4j` like one that was built there.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import shlex
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

from schema.graph import (
    EVENT,
    EVENT_TYPE_LABELS,
    NODE_LABELS,
    NODE_PROPERTIES,
    RELATIONSHIP_PROPERTIES,
    RELATIONSHIP_TYPES,
)
from schema.models import EventType
from kg.graph import Graph, date_text

# The unit separator: a control character no name, title or alias contains (the export drops
# it from values), so a list never splits where it should not. neo4j-admin takes it as U+001F.
ARRAY_DELIMITER = "\x1f"
ARRAY_DELIMITER_OPTION = "U+001F"


def write_graphml(graph: Graph, path: str | Path) -> Path:
    """GraphML (Gephi, yEd, Cytoscape): dates as ISO text, lists as JSON text, as GraphML has neither."""
    target = Path(path)
    nx.write_graphml(_display_network(graph), target)
    return target


def write_gexf(graph: Graph, path: str | Path) -> Path:
    """GEXF, Gephi's own format: the same nodes, labels and attributes as the GraphML export."""
    target = Path(path)
    nx.write_gexf(_display_network(graph), target)
    return target


def _display_network(graph: Graph) -> nx.MultiDiGraph:
    """`Graph.to_networkx` shaped for Gephi: display labels, `kind`, unique edge ids, scalar values."""
    source = graph.to_networkx()
    network = nx.MultiDiGraph()
    for node, data in source.nodes(data=True):
        attributes = {k: _scalar(v) for k, v in data.items() if k != "label"}
        network.add_node(node, **attributes, kind=data["label"], label=_display_label(data))
    for n, (src, dst, data) in enumerate(source.edges(data=True)):
        attributes = {k: _scalar(v) for k, v in data.items()}
        network.add_edge(src, dst, key=f"e{n}", **attributes, label=data["type"])
    return network


def _display_label(data: dict[str, Any]) -> str:
    if data["label"] == EVENT:
        return " ".join(filter(None, (data["type"], date_text(data.get("date"), data.get("date_precision")))))
    return str(data.get("name") or data.get("title") or data.get("source") or data["label"])


def write_json(graph: Graph, path: str | Path) -> Path:
    """networkx node-link JSON (`nodes`, `edges` with `source`, `target`, `key`), dates as ISO text."""
    data = nx.node_link_data(graph.to_networkx(), edges="edges")
    target = Path(path)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=_iso), encoding="utf-8")
    return target


def write_neo4j_csv(graph: Graph, directory: str | Path) -> list[Path]:
    """One CSV per node label and per (relationship type, start label, end label), with import headers.

    Ids live in one ID space per label (`id:ID(Person)`), so relationship files name the
    spaces of their ends (`:START_ID(Person)`); events carry both labels (`Event;Meeting`).
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    written, labels = [], {}
    for label in NODE_LABELS:
        rows = graph.nodes(label)
        labels.update({props["id"]: label for props in rows})
        written.append(_write_nodes(folder / f"nodes_{label}.csv", label, rows))
    for rel_type in RELATIONSHIP_TYPES:
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for row in graph.relationships(rel_type):
            groups[(labels[row["src"]], labels[row["dst"]])].append(row)
        for (start, end), rows in sorted(groups.items()):
            written.append(_write_relationships(folder / f"rels_{rel_type}_{start}_{end}.csv", rel_type, start, end, rows))
    return written


def neo4j_import_command(files: list[Path], database: str = "neo4j") -> str:
    """The exact `neo4j-admin` call that imports `files` into `database` (run with the database
    stopped; it replaces what the database held)."""
    options = [
        f"--{'nodes' if f.name.startswith('nodes_') else 'relationships'}={shlex.quote(str(f.resolve()))}" for f in files
    ]
    return " ".join([
        "neo4j-admin database import full", *options, f"--array-delimiter={ARRAY_DELIMITER_OPTION}",
        "--multiline-fields=true", "--overwrite-destination=true", database,
    ])


def _write_nodes(path: Path, label: str, rows: list[dict[str, Any]]) -> Path:
    types = NODE_PROPERTIES[label]
    keys = [k for k in types if k != "id"]
    header = [f"id:ID({label})", *(f"{k}:{types[k]}" for k in keys), ":LABEL"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for props in rows:
            writer.writerow([props["id"], *(_cell(props.get(k)) for k in keys), _labels(label, props)])
    return path


def _write_relationships(path: Path, rel_type: str, start: str, end: str, rows: list[dict[str, Any]]) -> Path:
    types = RELATIONSHIP_PROPERTIES[rel_type]
    header = [f":START_ID({start})", f":END_ID({end})", *(f"{k}:{t}" for k, t in types.items()), ":TYPE"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([row["src"], row["dst"], *(_cell(row["props"].get(k)) for k in types), rel_type])
    return path


def _labels(label: str, props: dict[str, Any]) -> str:
    if label == EVENT:
        return ARRAY_DELIMITER.join((EVENT, EVENT_TYPE_LABELS[EventType(props["type"])]))
    return label


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(_text(v) for v in value)
    return _iso(value) if isinstance(value, dt.date) else _text(value)


def _text(value: Any) -> str:
    return str(value).replace(ARRAY_DELIMITER, " ")


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_iso)
    return _iso(value) if isinstance(value, dt.date) else value


def _iso(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot export a {type(value).__name__}")
