"""Loading new extractions into a store that may already hold a graph.

The store keeps every article's extraction (`Article.extraction`), so a build can
re-resolve the whole corpus: stored extractions are updated with the incoming ones, the
union is resolved again, and the store is rewritten to hold exactly the result. An
incoming article replaces a stored one with the same id or the same source (an edited
article has a new id, since ids hash the body), so re-ingesting a changed article
replaces what it contributed (evidence, mentions, events only it reported) and nothing else.

When every incoming article is already stored with the same extraction and none replaces
another, the graph would not change: the rebuild reads and writes nothing more.
"""
from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from schema.models import Extraction
from kg.geography import Geography
from kg.resolve import resolve
from kg.resolved import ResolvedGraph
from kg.store.base import GraphStore
from kg.store.cypher import ARTICLE_SOURCES

log = logging.getLogger(__name__)


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
    """What a rebuild did: the graph it wrote (None when nothing changed), and the articles it
    dropped because a changed version of the same source replaced them."""

    graph: ResolvedGraph | None
    removed: int


def rebuild(
    store: GraphStore, incoming: Sequence[Extraction], *, unchanged: Collection[str] = (), progress: bool = False,
    geography: Geography | None = None,
) -> RebuildResult:
    """Resolve the stored and incoming extractions together and make `store` hold the result.

    Places are linked to their countries by `geography` (default: the packaged gazetteer's).
    unchanged: ids of incoming articles whose extraction is the one stored (reused from the
    extraction cache); if all are, and none replaces a stored article, nothing is rewritten.
    """
    store.ensure_schema()
    stored = {row["id"]: row["source"] for row in store.query(ARTICLE_SOURCES)}
    ids = {x.article.id for x in incoming}
    sources = {x.article.source for x in incoming}
    removed = sum(1 for article_id, source in stored.items() if source in sources and article_id not in ids)
    if not removed and all(i in stored and i in unchanged for i in ids):
        return RebuildResult(graph=None, removed=0)
    graph = resolve(merge_extractions(store.read_extractions(), incoming), geography)
    store.write(graph, progress=progress)
    return RebuildResult(graph=graph, removed=removed)
