"""Loading new extractions into a store that may already hold a graph.

The store keeps every article's extraction (`Article.extraction`); an incoming article
replaces a stored one with the same id or the same source (an edited article has a new id,
since ids hash the body), so re-ingesting a changed article replaces what it contributed
(evidence, mentions, events only it reported) and nothing else. Afterwards the store holds
exactly what `kg.resolve.resolve` of all its articles gives.

Incoming extractions stream in batches of `BATCH` articles; each batch is resolved
incrementally against the resolution index beside the store (`kg.incremental`) and written
as one delta, so neither memory nor the work of a small change grows with the corpus. An
article already stored with the same extraction (reused from the extraction cache) costs
nothing. When the index is missing or cannot be trusted (another version made it, a build
stopped between the store write and the index commit, the gazetteer changed), the graph is
resolved and written whole once, the old way, and the index rebuilt from it.
"""
from __future__ import annotations

import logging
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from schema.models import Extraction
from kg.bulk import paused_gc
from kg.geography import Geography, gazetteer_geography
from kg.incremental import IncrementalResolver
from kg.resolution_index import VERSION, ResolutionIndex
from kg.resolve import resolve
from kg.store.base import GraphStore
from kg.store.cypher import ARTICLE_IDS, ARTICLE_SOURCES, EVENT_COUNT, NODE_COUNT, delta_plan

log = logging.getLogger(__name__)

BATCH = 200
INDEX_SUFFIX = ".index.sqlite"


def merge_extractions(stored: Sequence[Extraction], incoming: Sequence[Extraction]) -> list[Extraction]:
    """`stored` without the articles `incoming` replaces (same id or same source), plus `incoming`.

    Within `incoming`, a later extraction of the same source or id wins, as it would on a
    later build (one text published under two addresses is one article).
    """
    by_source: dict[str, Extraction] = {}
    for extraction in incoming:
        previous = by_source.get(extraction.article.source)
        if previous is not None and previous.article.id != extraction.article.id:
            log.warning("%s was given twice with different texts; keeping the later one", extraction.article.source)
        by_source[extraction.article.source] = extraction
    by_id = {x.article.id: x for x in by_source.values()}
    kept = [x for x in stored if x.article.id not in by_id and x.article.source not in by_source]
    return kept + list(by_id.values())


@dataclass(frozen=True)
class RebuildResult:
    """What a rebuild did: whether it wrote anything, and how many stored articles it dropped
    because a changed version of the same source replaced them."""

    changed: bool
    removed: int


def rebuild(
    store: GraphStore, incoming: Iterable[Extraction], *, unchanged: Collection[str] = (), progress: bool = False,
    geography: Geography | None = None,
) -> RebuildResult:
    """Make `store` hold the resolution of its articles updated with `incoming`.

    Places are linked to their countries by `geography` (default: the packaged gazetteer's).
    unchanged: ids of incoming articles whose extraction is the one stored (reused from the
    extraction cache); they are neither resolved nor written again. `incoming` may be a
    stream (`unchanged` may grow while it is consumed): it is read `BATCH` articles at a time.
    """
    store.ensure_schema()
    geography = geography or gazetteer_geography()
    index = ResolutionIndex(store.companion_path(INDEX_SUFFIX))
    try:
        if not _trusted(store, index, geography):
            return _full_rebuild(store, index, list(incoming), progress, geography)
        return _incremental(store, index, incoming, unchanged, progress, geography)
    finally:
        index.close()


def _incremental(store: GraphStore, index: ResolutionIndex, incoming: Iterable[Extraction], unchanged: Collection[str],
                 progress: bool, geography: Geography) -> RebuildResult:
    resolver = IncrementalResolver(index, geography)
    added_now: set[str] = set()
    removed = 0
    changed = False
    for batch in _batches(incoming):
        added, replaced = _changes(index, merge_extractions([], batch), unchanged)
        if not added and not replaced:
            continue
        removed += sum(1 for i in replaced if i not in added_now and i not in {x.article.id for x in added})
        added_now |= {x.article.id for x in added}
        index.set_meta("state", "writing")
        index.commit()
        try:
            with paused_gc():
                plan = delta_plan(resolver.apply(added, replaced))
            store.apply(plan, progress=progress)
        except BaseException:
            index.rollback()
            if store.atomic_writes:  # the store is as it was, and so is the index
                index.set_meta("state", "clean")
                index.commit()
            raise
        index.set_meta("state", "clean")
        index.commit()
        changed = True
    return RebuildResult(changed=changed, removed=removed)


def _changes(index: ResolutionIndex, batch: list[Extraction], unchanged: Collection[str]) -> tuple[list[Extraction], set[str]]:
    """The articles of `batch` to add, and the stored ones to remove (replaced by id or by source)."""
    added: list[Extraction] = []
    replaced: set[str] = set()
    for x in batch:
        stored_source = index.source_of(x.article.id)
        if stored_source == x.article.source and x.article.id in unchanged:
            continue
        replaced.update(i for i in index.articles_of_source(x.article.source) if i != x.article.id)
        if stored_source is not None:
            replaced.add(x.article.id)
        added.append(x)
    return added, replaced


def _trusted(store: GraphStore, index: ResolutionIndex, geography: Geography) -> bool:
    """Whether the index describes the store; an empty store starts a fresh index."""
    if store.query(NODE_COUNT)[0]["count"] == 0:
        _reset(index, geography)
        index.commit()
        return True
    if (index.meta("version"), index.meta("state"), index.meta("geography")) != (VERSION, "clean", geography.digest):
        return False
    stored = {row["id"] for row in store.query(ARTICLE_IDS)}
    return stored == index.article_ids() and store.query(EVENT_COUNT)[0]["count"] == index.event_count()


def _reset(index: ResolutionIndex, geography: Geography) -> None:
    index.clear()
    index.set_meta("version", VERSION)
    index.set_meta("geography", geography.digest)
    index.set_meta("state", "clean")


def _full_rebuild(store: GraphStore, index: ResolutionIndex, incoming: list[Extraction], progress: bool,
                  geography: Geography) -> RebuildResult:
    """Resolve and write everything, then rebuild the index from the articles written."""
    log.info("the resolution index of this store is missing or out of date: resolving the whole graph once")
    stored = {row["id"]: row["source"] for row in store.query(ARTICLE_SOURCES)}
    ids = {x.article.id for x in incoming}
    sources = {x.article.source for x in incoming}
    removed = sum(1 for article_id, source in stored.items() if source in sources and article_id not in ids)
    extractions = merge_extractions(store.read_extractions(), incoming)
    store.write(resolve(extractions, geography), progress=progress)
    _reset(index, geography)  # committed with the whole index, at the end
    resolver = IncrementalResolver(index, geography)
    with paused_gc():
        for start in range(0, len(extractions), BATCH):
            resolver.apply(extractions[start:start + BATCH], ())
    index.set_meta("state", "clean")
    index.commit()
    return RebuildResult(changed=True, removed=removed)


def _batches(items: Iterable[Extraction]) -> Iterator[list[Extraction]]:
    iterator = iter(items)
    while batch := list(islice(iterator, BATCH)):
        yield batch
