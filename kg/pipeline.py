"""The main job: inputs -> articles (ingest) -> extractions (extractors), with failures kept.

Reads paths, globs or "-"; writes nothing. `iter_extractions` streams: articles are read,
extracted (in this process, in `workers` processes or on a Dask cluster, see `kg.parallel`)
and handed on in input order, a bounded number at a time; the Python API (`kg.api.ingest`)
streams them into the store.
"""
from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import chain, islice
from typing import Any

from extractors.pipeline import Extractor
from kg.extraction_cache import ExtractionCache
from kg.ingest import IngestFailure, read_articles
from kg.parallel import BATCH, Outcome, ordered, process_pool
from kg.threads import pin_numeric_threads
from schema import Article, Extraction

# natasha's morphology (pymorphy2) imports the deprecated pkg_resources when the Russian models
# load; the warning is about pymorphy2's packaging, not about anything a user can change.
warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning, module=r"pymorphy2\.analyzer")

Item = Article | Extraction | IngestFailure  # to extract, reused from the cache, or unreadable
# Work per article is bounded: a long news article is 30,000 characters; a 19 MB text dump
# would otherwise run for many minutes at gigabytes. Longer texts are cut, with a warning.
MAX_CHARS = 200_000

log = logging.getLogger(__name__)


def capped(article: Article) -> Article:
    """`article`, or its first `MAX_CHARS` characters (cut at a line break where there is one)."""
    if len(article.text) <= MAX_CHARS:
        return article
    cut = article.text.rfind("\n", MAX_CHARS // 2, MAX_CHARS)
    cut = cut if cut > 0 else MAX_CHARS
    log.warning("%s: text of %d characters cut to its first %d; split the file to extract all of it",
                article.source, len(article.text), cut)
    return article.model_copy(update={"text": article.text[:cut], "body_start": min(article.body_start, cut),
                                      "body_end": min(article.body_end, cut)})


@lru_cache(maxsize=4)
def extractor(gazetteer: str | None = None) -> Extractor:
    """One extractor per gazetteer file per process: the NLP models load once, then their
    numeric thread pools are pinned (see `kg.threads`)."""
    engine = Extractor(gazetteer)
    pin_numeric_threads()
    return engine


def extract_one(engine: Extractor, article: Article) -> Outcome:
    """The extraction of `article`, or why it failed: one bad article must not stop a batch."""
    try:
        return engine.extract(article)
    except Exception as exc:  # noqa: BLE001  (reported per article, the batch goes on)
        return f"extraction failed ({type(exc).__name__}: {exc}); please report this article"


class _Done:
    """A finished result with the `.result()` of a future: work done in this process."""

    def __init__(self, value: list[Outcome]) -> None:
        self.value = value

    def result(self) -> list[Outcome]:
        return self.value


def iter_extractions(inputs: Sequence[str], *, gazetteer: str | None = None, progress: bool | None = None,
                     language: str | None = None, workers: int = 1, dask: str | None = None,
                     cache: ExtractionCache | None = None) -> Iterator[Extraction | IngestFailure]:
    """Extractions in input order; an article whose extraction fails becomes an IngestFailure.

    language ("en", "ru", "az") overrides the detected language of every article.
    workers: extraction processes (1: this process). dask: a Dask scheduler address to send the
    work to instead. cache: extractions to reuse for unchanged articles (new ones are added to it).
    """
    items: Iterator[Item] = (_prepared(x, language) if isinstance(x, Article) else x
                             for x in read_articles(inputs, progress=progress))
    if cache is not None:
        items = (cache.get(x) or x if isinstance(x, Article) else x for x in items)
    grouped = _batches(items)
    head = list(islice(grouped, 2))
    grouped = chain(head, grouped)
    if dask:
        from kg.distributed import dask_submitter  # dask is an optional extra

        with dask_submitter(dask, gazetteer) as submit:
            yield from _drain(grouped, submit, window=4 * max(1, workers), cache=cache)
    elif workers > 1 and len(head) > 1 and any(isinstance(x, Article) for x in head[1]):
        # a pool only when there is more than one batch of work: starting one costs a model load
        with process_pool(workers, gazetteer, sample=(x for batch in head for x in batch if isinstance(x, Article))) as submit:
            yield from _drain(grouped, submit, window=2 * workers, cache=cache)
    else:  # the models load on the first article to extract, not at all when every article is reused
        yield from _drain(grouped, lambda batch: _Done([extract_one(extractor(gazetteer), a) for a in batch]),
                          window=1, cache=cache)


def _prepared(article: Article, language: str | None) -> Article:
    """The article as it is extracted: in the given language, if any, and capped."""
    return capped(article.model_copy(update={"language": language}) if language else article)


def _batches(items: Iterator[Item]) -> Iterator[list[Item]]:
    """Consecutive runs of items holding `BATCH` articles to extract (fewer at the end)."""
    batch: list[Item] = []
    todo = 0
    for item in items:
        batch.append(item)
        todo += isinstance(item, Article)
        if todo == BATCH:
            yield batch
            batch, todo = [], 0
    if batch:
        yield batch


def _drain(grouped: Iterator[list[Item]], submit: Any, *, window: int,
           cache: ExtractionCache | None) -> Iterator[Extraction | IngestFailure]:
    def send(batch: list[Item]) -> Any:
        todo = [x for x in batch if isinstance(x, Article)]
        return submit(todo) if todo else _Done([])

    for batch, outcomes in ordered(grouped, send, window):
        results = iter(outcomes)
        for item in batch:
            if not isinstance(item, Article):
                yield item
                continue
            outcome = next(results)
            if isinstance(outcome, str):
                yield IngestFailure(item.source, outcome)
                continue
            if cache is not None:
                cache.put(outcome)
            yield outcome
