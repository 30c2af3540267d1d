"""The embedded default store: a kglite graph in one file (e.g. `kg.kgl`).

kglite persistence, as used here: `kglite.open(path)` takes the single-writer lease and
logs every committed mutation to `<path>-wal` with an fsync (durable="full"); `save()`
writes an atomic checkpoint into `path` and truncates the log. A write runs in one
`begin()` transaction (one log entry, all or nothing) and is checkpointed when it
commits, so a reader, which sees the last checkpoint, sees the whole new graph or the old
one. Readers use `kglite.load(path)`, which takes no lease, so querying never blocks a build.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import kglite

from schema.graph import constraints_cypher
from kg.store.base import GraphStore, Runner
from kg.store.errors import QueryError, StoreError, StoreNotFoundError, StoreUnavailableError

log = logging.getLogger(__name__)


class KgliteStore(GraphStore):
    """A graph file opened for reading (default) or, with `writable=True`, for building.

    A reader holds the graph as it was when opened; open it again to see a later build.
    """

    def __init__(self, path: str | Path, *, writable: bool = False) -> None:
        self.path = Path(path)
        self.writable = writable
        self._graph: kglite.KnowledgeGraph | None = self._open_writer() if writable else self._open_reader()

    def _open_writer(self) -> kglite.KnowledgeGraph:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return kglite.open(str(self.path))
        except kglite.WriterLeaseHeldError as exc:
            raise StoreUnavailableError(
                f"{self.path} is being written by another build (or an open writer in this process); "
                f"wait for it to finish or close it, then retry. kglite says: {exc}"
            ) from exc

    def _open_reader(self) -> kglite.KnowledgeGraph:
        if not self.path.is_file():
            raise StoreNotFoundError(f"no graph store at {self.path}; build one with `kg build PATH... --store {self.path}`")
        graph = kglite.load(str(self.path))
        graph.read_only(True)
        return graph

    def ensure_schema(self) -> None:
        self._require_writable("create constraints")
        for statement in constraints_cypher():
            self._run(self._graph, statement, {})

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return self._run(self._graph, cypher, params or {})

    @contextmanager
    def _writer(self) -> Iterator[Runner]:
        self._require_writable("write")
        with self._graph.begin() as transaction:
            yield lambda statement, params: self._run(transaction, statement, params, write=True)
        self._graph.save()

    def close(self) -> None:
        if self.writable and self._graph is not None:
            self._graph.close()
        self._graph = None

    def _run(self, target: Any, cypher: str, params: dict[str, Any], *, write: bool = False) -> list[dict[str, Any]]:
        """Run on the graph (maps without kglite's virtual keys, as Neo4j returns them) or in a write transaction."""
        if self._graph is None:
            raise StoreError(f"the store {self.path} is closed; open it again with kg.open_graph(store=...)")
        options = {} if write else {"hide_structural_keys": True}
        try:
            with _quiet():
                result = target.cypher(cypher, params=params, **options)
        except kglite.ReadOnlyError as exc:
            raise QueryError(
                f"{self.path} is open for reading only; the graph changes through `kg build`, not through queries"
            ) from exc
        except kglite.KgError as exc:
            raise QueryError(f"{exc}\nin: {cypher}") from exc
        if isinstance(result, str):
            raise QueryError("FORMAT CSV returns text, not rows; drop it and use `kg query --format csv`")
        for warning in result.warnings:
            log.info("kglite: %s", warning)
        return result.to_list()

    def _require_writable(self, action: str) -> None:
        if not self.writable:
            raise StoreError(f"cannot {action}: {self.path} was opened for reading; open it with KgliteStore(path, writable=True)")


@contextmanager
def _quiet() -> Iterator[None]:
    """Keep kglite from printing query warnings to stderr; they are logged instead.

    They are advice ("no Person node has property 'foo'"), noise while a build writes
    into an empty graph. The policy is process-wide, so it is restored.
    """
    previous = kglite.get_query_warning_policy()
    kglite.set_query_warning_policy("silent")
    try:
        yield
    finally:
        kglite.set_query_warning_policy(previous)
