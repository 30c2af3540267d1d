"""Exporting a built graph: GraphML and node-link JSON for analysis tools, CSV for `neo4j-admin`.

GraphML and JSON come from `Graph.to_networkx` (no `Article.extraction`). The neo4j-csv
export is a full copy, extraction included, so a database imported from it can be
updated by `kg build --neo4j` like one that was built there.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
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
from kg.graph import Graph

ARRAY_DELIMITER = ";"  # neo4j-admin's default --array-delimiter


def write_graphml(graph: Graph, path: str | Path) -> Path:
    """GraphML (Gephi, yEd, Cytoscape): dates as ISO text, lists as JSON text, as GraphML has neither."""
    network = graph.to_networkx()
    for _, data in network.nodes(data=True):
        data.update({k: _scalar(v) for k, v in data.items()})
    for _, _, data in network.edges(data=True):
        data.update({k: _scalar(v) for k, v in data.items()})
    target = Path(path)
    nx.write_graphml(network, target)
    return target


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
    """The `neo4j-admin` call that imports `files` (run with the database stopped)."""
    options = [f"--{'nodes' if f.name.startswith('nodes_') else 'relationships'}={f.name}" for f in files]
    return " ".join(["neo4j-admin database import full", *options, "--multiline-fields=true", database])


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
        return ARRAY_DELIMITER.join(str(v) for v in value)
    return _iso(value) if isinstance(value, dt.date) else str(value)


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_iso)
    return _iso(value) if isinstance(value, dt.date) else value


def _iso(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot export a {type(value).__name__}")
