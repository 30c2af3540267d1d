"""The embedded default store: a kglite graph in one file (e.g. `kg.kgl`).

kglite persistence, as used here: `kglite.open(path)` takes the single-writer lease and
logs every committed mutation to `<path>-wal` with an fsync (durable="full"); `save()`
writes an atomic checkpoint into `path` and truncates the log. A write runs in one
`begin()` transaction (one log entry, all or nothing) and is checkpointed when it
commits, so a reader sees the whole new graph or the old one. Readers take no lease, so
querying never blocks a build: `kglite.load(path)` when the log is empty, and
`kglite.open(path, lock=False)` when it holds commits (a build killed between its commit
and its checkpoint), which replays them, so a reader sees every committed build.
"""
from __future__ import annotations

import glob
import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import kglite

from schema.graph import constraints_cypher
from kg.store.base import GraphStore, QueryResult, Runner
from kg.store.dialect import original_column, rewrite_reads
from kg.store.errors import QueryError, StoreError, StoreNotFoundError, StoreUnavailableError

log = logging.getLogger(__name__)
_WAIT_POLL_SECONDS = 0.5
# A log this short holds no commit (kglite writes a small header into an empty one).
_EMPTY_LOG_BYTES = 16


class KgliteStore(GraphStore):
    """A graph file opened for reading (default) or, with `writable=True`, for building.

    A reader holds the graph as it was when opened; open it again to see a later build.
    """

    atomic_writes = True

    def __init__(self, path: str | Path, *, writable: bool = False, wait: bool = False) -> None:
        """wait: when another process is writing the store, wait for it instead of failing (writers only)."""
        self.path = Path(path)
        self.writable = writable
        self._graph: kglite.KnowledgeGraph | None = self._open_writer(wait) if writable else self._open_reader()

    def _open_writer(self, wait: bool) -> kglite.KnowledgeGraph:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        told = False
        while True:
            try:
                return kglite.open(str(self.path))
            except kglite.FileFormatError as exc:
                raise _not_a_store(self.path) from exc
            except kglite.WriterLeaseHeldError as exc:
                holder = _holder(exc)
                if not wait:
                    raise StoreUnavailableError(
                        f"{self.path} is being written by {holder}; wait for it to finish (or rerun with --wait)"
                    ) from exc
                if not told:
                    print(f"waiting for {holder} to finish writing {self.path} ...", file=sys.stderr)
                    told = True
                time.sleep(_WAIT_POLL_SECONDS)

    def _open_reader(self) -> kglite.KnowledgeGraph:
        if not self.path.is_file():
            raise StoreNotFoundError(f"no graph store at {self.path}; build one with `kg build PATH... --store {self.path}`")
        log_file = self.path.with_name(self.path.name + "-wal")
        try:
            if log_file.is_file() and log_file.stat().st_size > _EMPTY_LOG_BYTES:
                graph = kglite.open(str(self.path), lock=False)  # replays commits not yet checkpointed
            else:
                graph = kglite.load(str(self.path))
        except kglite.FileFormatError as exc:
            raise _not_a_store(self.path) from exc
        graph.read_only(True)
        return graph

    def companion_path(self, suffix: str) -> Path:
        """`<store><suffix>` beside the store file (removed with it by `discard`)."""
        return self.path.with_name(self.path.name + suffix)

    def ensure_schema(self) -> None:
        self._require_writable("create constraints")
        for statement in constraints_cypher():
            self._run(self._graph, statement, {})

    def result(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run a read with Neo4j's answers for properties kglite would fill in (see `kg.store.dialect`)."""
        rewritten, originals = rewrite_reads(cypher)
        result = self._execute(self._graph, rewritten, params or {})
        if not originals:
            return result
        names = {column: original_column(column, originals) for column in result.columns}
        return QueryResult(
            columns=[names[c] for c in result.columns],
            rows=[{names.get(k, k): v for k, v in row.items()} for row in result.rows],
            notes=result.notes,
        )

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

    def discard(self) -> None:
        """Close the store and delete its file with kglite's companions (`-wal`, `.lock`,
        `.lock-owner`): for a new store that a build could not put anything into."""
        self.close()
        for path in (self.path, *self.path.parent.glob(f"{glob.escape(self.path.name)}[-.]*")):
            path.unlink(missing_ok=True)

    def _run(self, target: Any, cypher: str, params: dict[str, Any], *, write: bool = False) -> list[dict[str, Any]]:
        return self._execute(target, cypher, params, write=write).rows

    def _execute(self, target: Any, cypher: str, params: dict[str, Any], *, write: bool = False) -> QueryResult:
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
        notes = [str(warning) for warning in result.warnings]
        for note in notes:
            log.info("kglite: %s", note)
        return QueryResult(columns=list(result.columns), rows=result.to_list(), notes=notes)

    def _require_writable(self, action: str) -> None:
        if not self.writable:
            raise StoreError(f"cannot {action}: {self.path} was opened for reading; open it with KgliteStore(path, writable=True)")


def _holder(exc: kglite.WriterLeaseHeldError) -> str:
    """Who holds the writer lease, as kglite records it: `process 1234 (since 2026-12-01T12:00:00Z)`."""
    holder = getattr(exc, "holder", None) or {}
    if holder.get("self"):
        return "an earlier open writer in this same process"
    pid, since = holder.get("pid"), holder.get("since")
    return f"process {pid if pid is not None else '(unknown)'}" + (f" (since {since})" if since else "")


def _not_a_store(path: Path) -> StoreError:
    return StoreError(f"{path} is not a kglite graph store (another kind of file, or damaged); give the path of a "
                      "store made by `kg build`, or a new path to build one")


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
