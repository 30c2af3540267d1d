"""Diplomatic-news knowledge graph: ingest, extract, resolve, store, query, visualise.

    >>> import kg
    >>> graph = kg.build(["examples/"], store="kg.kgl")
    >>> graph.cypher("MATCH (p:Person) RETURN p.name AS name ORDER BY name").head()
"""
from __future__ import annotations

from kg.api import build, open_graph
from kg.graph import Graph

__all__ = ["Graph", "build", "open_graph"]
