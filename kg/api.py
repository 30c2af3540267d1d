"""The Python entry points: build a graph from articles, or open one already built.

    import kg
    graph = kg.build(["examples/"], store="kg.kgl")
    graph.cypher("MATCH (p:Person) RETURN p.name AS name ORDER BY name")
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Protocol

from extractors.resources import fingerprint
from kg.extraction_cache import ExtractionCache
from kg.geography import gazetteer_geography
from kg.graph import Graph
from kg.ingest import IngestFailure
from kg.ingest.fetch import feed_entries
from kg.rebuild import rebuild
from kg.store import DEFAULT_STORE, open_store
from kg.store.kglite_store import KgliteStore
from schema.models import Extraction

log = logging.getLogger(__name__)


class Failure(Protocol):
    """An input the pipeline could not ingest (`kg.pipeline.IngestFailure`)."""

    source: str
    reason: str


@dataclass(frozen=True)
class BuildResult:
    """What a build did, and which inputs failed (they are skipped, the rest is loaded).

    changed: whether the graph was written (False when nothing changed); extracted: articles
    run through the extractors; reused: articles whose extraction came from the cache
    (unchanged since an earlier build); removed: stored articles replaced by a changed version
    of the same source.
    """

    changed: bool
    extracted: int
    reused: int = 0
    removed: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def ingested(self) -> int:
        """Articles read in this build."""
        return self.extracted + self.reused


def ingest(
    paths: Sequence[str],
    *,
    store: str | Path = DEFAULT_STORE,
    neo4j_uri: str | None = None,
    gazetteer: str | None = None,
    progress: bool | None = None,
    wait: bool = False,
    language: str | None = None,
    feeds: Sequence[str] = (),
    workers: int = 1,
    dask: str | None = None,
) -> BuildResult:
    """Extract `paths` (files, directories, patterns, http(s) addresses) and the entries of the
    RSS/Atom `feeds`, resolve them with what the store already holds, and load the result.

    The store is opened for writing first, so a second concurrent build fails (or, with
    `wait`, waits) and a Neo4j server that does not answer fails before anything is
    extracted rather than after. When nothing could be read into a store file that did not
    exist, the file is removed again: a failed build leaves no empty store behind.
    `language` ("en", "ru", "az") is every article's language instead of the detected one.
    An unchanged article's extraction is reused from the cache beside the store; `workers`
    processes (or the Dask scheduler at `dask`) extract the others. Extractions stream into
    the store in batches (`kg.rebuild`): memory does not grow with the number of articles.
    """
    from kg.pipeline import iter_extractions  # the extraction stack (NLP models) loads only when a build needs it

    new_file = neo4j_uri is None and not Path(store).exists()
    with open_store(store=store, neo4j_uri=neo4j_uri, writable=True, wait=wait) as target, \
            ExtractionCache.beside(store, neo4j_uri, fingerprint(gazetteer)) as cache:
        entries, unread_feeds = feed_entries(feeds)
        failures: list[Failure] = [IngestFailure(feed, reason) for feed, reason in unread_feeds]
        counted = _Counted(iter_extractions([*paths, *entries], gazetteer=gazetteer, progress=progress,
                                            language=language, workers=workers, dask=dask, cache=cache),
                           failures, cache.reused_ids)
        first = next(counted, None)
        if first is None and new_file and isinstance(target, KgliteStore):
            target.discard()
            cache.discard()
            return BuildResult(changed=False, extracted=0, failures=failures)
        done = rebuild(target, chain([first] if first else [], counted), unchanged=cache.reused_ids,
                       progress=_show_progress(progress), geography=gazetteer_geography(gazetteer))
    return BuildResult(changed=done.changed, extracted=counted.total - counted.reused, reused=counted.reused,
                       removed=done.removed, failures=failures)


class _Counted(Iterator[Extraction]):
    """The extractions of a stream, counted as they pass; its failures go to `failures`."""

    def __init__(self, items: Iterator[Extraction | Failure], failures: list[Failure], reused_ids: set[str]) -> None:
        self._items = items
        self._failures = failures
        self._reused_ids = reused_ids
        self.total = 0
        self.reused = 0

    def __next__(self) -> Extraction:
        for item in self._items:
            if not isinstance(item, Extraction):
                self._failures.append(item)
                continue
            self.total += 1
            self.reused += item.article.id in self._reused_ids
            return item
        raise StopIteration


def build(
    paths: Sequence[str],
    *,
    store: str | Path = DEFAULT_STORE,
    neo4j_uri: str | None = None,
    gazetteer: str | None = None,
    progress: bool | None = None,
    language: str | None = None,
    feeds: Sequence[str] = (),
    workers: int = 1,
) -> Graph:
    """Build (or update) the graph at `store` (or `neo4j_uri`) from articles at `paths`.

    Inputs that fail are logged as warnings and skipped; `kg build` reports them too.
    """
    result = ingest(paths, store=store, neo4j_uri=neo4j_uri, gazetteer=gazetteer, progress=progress, language=language,
                    feeds=feeds, workers=workers)
    for failure in result.failures:
        log.warning("skipped %s: %s", failure.source, failure.reason)
    return open_graph(store=store, neo4j_uri=neo4j_uri)


def open_graph(*, store: str | Path = DEFAULT_STORE, neo4j_uri: str | None = None) -> Graph:
    """The graph at `store` (a kglite file) or on the Neo4j server `neo4j_uri`, for reading.

    A kglite graph is read as it was when opened (builds are never blocked by readers);
    open it again to see a later build.
    """
    return Graph(open_store(store=store, neo4j_uri=neo4j_uri))


def _show_progress(progress: bool | None) -> bool:
    """An explicit choice, or a bar only when stderr is a terminal."""
    return sys.stderr.isatty() if progress is None else progress
