"""The interface every graph store implements, and what all stores share.

A store only has to run Cypher (`query`, and `_writer` for a write) and manage its
connection; writing a resolved graph, reading the stored extractions back and counting are
the same Cypher everywhere and live here.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from tqdm import tqdm

from schema.graph import EVENT_TYPE_LABELS, NODE_LABELS, RELATIONSHIP_TYPES
from schema.models import Extraction
from kg.bulk import paused_gc
from kg.resolved import ResolvedGraph
from kg.store.cypher import NODE_COUNTS, READ_EXTRACTIONS_PAGE, RELATIONSHIP_COUNTS, Step, write_plan
from kg.store.errors import StoreError

Runner = Callable[[str, dict[str, Any]], list[dict[str, Any]]]


@dataclass(frozen=True)
class QueryResult:
    """A read's rows, its columns (known even without rows) and the engine's notes on it
    ("no Person node has property 'nme'", an unknown label)."""

    columns: list[str]
    rows: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)


class GraphStore(ABC):
    """A property graph that holds one resolved graph of articles, entities and events."""

    batch_size: int = 1000
    atomic_writes: bool = False  # a failed write leaves the store as it was (kglite: one transaction)

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create the constraints and indexes of `schema.graph.constraints_cypher()` if missing."""

    @abstractmethod
    def result(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run one statement: rows as dicts of plain Python values (dates as `datetime.date`), columns, notes."""

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run one statement; rows as dicts of plain Python values (dates as `datetime.date`)."""
        return self.result(cypher, params).rows

    @abstractmethod
    def close(self) -> None:
        """Release the store (and, for a writer, make sure everything written is on disk)."""

    @abstractmethod
    def _writer(self) -> AbstractContextManager[Runner]:
        """A context in which a write runs its statements; leaving it cleanly makes them durable."""

    def companion_path(self, suffix: str) -> Path:
        """Where a file kept for this store lives (the resolution index: `.index.sqlite`)."""
        raise NotImplementedError(f"{type(self).__name__} keeps no companion files")

    def write(self, graph: ResolvedGraph, *, progress: bool = False) -> None:
        """Make the store hold exactly `graph`: upsert what it has, delete what it no longer has."""
        with paused_gc():
            steps = write_plan(graph)
        self.apply(steps, progress=progress)

    def apply(self, steps: list[Step], *, progress: bool = False) -> None:
        """Run the statements of a write plan (`write_plan`, `delta_plan`) as one write."""
        with self._writer() as run, tqdm(
            total=sum(step.size for step in steps), desc="loading graph", unit="row", disable=not progress, leave=False
        ) as bar:
            for step in steps:
                for params in _batches(step, self.batch_size):
                    _execute(run, step, params)
                bar.update(step.size)

    def read_extractions(self) -> list[Extraction]:
        """The extractions stored with the articles, in article-id order: the input of a full rebuild."""
        with paused_gc():
            return list(self.iter_extractions())

    def iter_extractions(self, page: int = 200) -> Iterator[Extraction]:
        """The stored extractions in article-id order, read `page` articles at a time."""
        after = ""
        while True:
            rows = self.query(READ_EXTRACTIONS_PAGE, {"after": after, "limit": page})
            for row in rows:
                try:
                    yield Extraction.model_validate_json(row["extraction"])
                except ValidationError as exc:
                    raise StoreError(
                        f"Article {row['id']} holds no valid extraction ({exc.error_count()} errors); "
                        "rebuild the graph from the sources into an empty store (kg build PATH... --store NEW_FILE)"
                    ) from exc
            if len(rows) < page:
                return
            after = rows[-1]["id"]

    def counts(self) -> dict[str, int]:
        """Nodes per label and relationships per type, every schema name present (0 when absent)."""
        names = (*NODE_LABELS, *sorted(EVENT_TYPE_LABELS.values()), *RELATIONSHIP_TYPES)
        counts = dict.fromkeys(names, 0)
        counts.update({row["label"]: row["count"] for row in self.query(NODE_COUNTS)})
        counts.update({row["type"]: row["count"] for row in self.query(RELATIONSHIP_COUNTS)})
        return counts

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _execute(run: Runner, step: Step, params: dict[str, Any]) -> None:
    rows = run(step.statement, params)
    while step.repeat and rows and rows[0]["deleted"]:
        rows = run(step.statement, params)


def _batches(step: Step, size: int) -> Iterator[dict[str, Any]]:
    if step.rows is None:
        yield step.params
        return
    for start in range(0, len(step.rows), size):
        yield {**step.params, "rows": step.rows[start:start + size]}
