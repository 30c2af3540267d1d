"""A Neo4j 5 server as the graph store, through the official `neo4j` driver.

Connection settings come from the arguments or from NEO4J_URI, NEO4J_USER (default
`neo4j`), NEO4J_PASSWORD and NEO4J_DATABASE (default: the server's default database).
Writes go in batches of `batch_size` rows, each batch its own managed transaction (retried
by the driver on transient errors, which is safe because every statement is idempotent):
a graph of millions of relationships would not fit one transaction's memory. The write
order of `kg.store.cypher.write_plan` keeps a store that stopped half-way repairable by
the next build.
"""
from __future__ import annotations

import hashlib
import os
import pathlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ConfigurationError, Neo4jError, ServiceUnavailable
from neo4j.graph import Node, Path, Relationship
from neo4j.time import Date, DateTime, Duration, Time

from extractors.resources import cache_dir
from schema.graph import constraints_cypher
from kg.store.base import GraphStore, QueryResult, Runner
from kg.store.errors import QueryError, StoreError, StoreUnavailableError

T = TypeVar("T")


class Neo4jStore(GraphStore):
    """A database on a Neo4j 5 server."""

    def __init__(
        self,
        uri: str | None = None,
        *,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        batch_size: int = 1000,
    ) -> None:
        self.uri = uri or os.environ.get("NEO4J_URI")
        if not self.uri:
            raise StoreError("no Neo4j server given: pass --neo4j bolt://HOST:7687 (or neo4j_uri=...) or set NEO4J_URI")
        user = user or os.environ.get("NEO4J_USER", "neo4j")
        password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        self.batch_size = batch_size
        try:
            self._driver = GraphDatabase.driver(self.uri, auth=(user, password) if password is not None else None)
        except (ConfigurationError, ValueError) as exc:
            raise StoreError(f"{self.uri!r} is not a Neo4j address; give one with a scheme, such as "
                             f"bolt://localhost:7687 or neo4j://HOST:7687 ({exc})") from exc
        try:
            self._driver.verify_connectivity()
        except AuthError as exc:
            self._driver.close()
            raise StoreUnavailableError(f"Neo4j at {self.uri} refused user {user!r}; set NEO4J_USER and NEO4J_PASSWORD") from exc
        except (ServiceUnavailable, OSError) as exc:
            self._driver.close()
            raise StoreUnavailableError(f"no Neo4j server answers at {self.uri}; start it or fix --neo4j / NEO4J_URI") from exc

    def companion_path(self, suffix: str) -> pathlib.Path:
        """Under the cache folder, named by a hash of the server address and database."""
        name = hashlib.sha256(f"{self.uri}|{self.database or ''}".encode()).hexdigest()[:16]
        return cache_dir() / "index" / f"neo4j-{name}{suffix}"

    def ensure_schema(self) -> None:
        with self._driver.session(database=self.database) as session:
            for statement in constraints_cypher():
                self._guard(lambda: session.run(statement).consume(), statement)

    def result(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        with self._driver.session(database=self.database) as session:
            return self._guard(lambda: _result(session.run(cypher, params or {})), cypher)

    @contextmanager
    def _writer(self) -> Iterator[Runner]:
        with self._driver.session(database=self.database) as session:
            yield lambda statement, params: self._guard(lambda: session.execute_write(_work, statement, params), statement)

    def close(self) -> None:
        self._driver.close()

    @staticmethod
    def _guard(action: Callable[[], T], cypher: str) -> T:
        """Run `action`, turning a server-side Cypher error into a QueryError naming the statement."""
        try:
            return action()
        except Neo4jError as exc:
            raise QueryError(f"{exc.code}: {exc.message}\nin: {cypher}") from exc


def _work(tx: neo4j.ManagedTransaction, statement: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return [_record(record) for record in tx.run(statement, params)]


def _result(result: neo4j.Result) -> QueryResult:
    """Rows, columns and the server's notifications (an unknown label or property) of one statement."""
    rows = [_record(r) for r in result]
    columns = list(result.keys())
    summary = result.consume()
    notes = [n.get("description") or n.get("title") or str(n) for n in summary.notifications or []]
    return QueryResult(columns=columns, rows=rows, notes=notes)


def _record(record: neo4j.Record) -> dict[str, Any]:
    return {key: to_plain(value) for key, value in record.items()}


def to_plain(value: Any) -> Any:
    """Driver values as plain Python, shaped like kglite's (nodes and relationships as dicts)."""
    if isinstance(value, (Date, DateTime, Time)):
        return value.to_native()
    if isinstance(value, Duration):
        return value.iso_format()
    if isinstance(value, Node):
        return {"id": value.element_id, "labels": sorted(value.labels), "properties": to_plain(dict(value))}
    if isinstance(value, Relationship):
        return {
            "id": value.element_id,
            "start": value.start_node.element_id if value.start_node else None,
            "end": value.end_node.element_id if value.end_node else None,
            "type": value.type,
            "properties": to_plain(dict(value)),
        }
    if isinstance(value, Path):
        return {"nodes": [to_plain(n) for n in value.nodes], "relationships": [to_plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {key: to_plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(item) for item in value]
    return value
