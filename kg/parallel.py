"""Extraction spread over processes (`--workers N`) or a Dask cluster, results in input order.

Articles travel in batches (one task per batch keeps the per-task overhead small against the
NLP work); a worker keeps its models (`kg.pipeline.extractor` is cached per process) for every
later batch. Loading the models costs more CPU than extracting a few hundred short articles,
so on Linux the models load once, in this process, and the workers are forked from it with
them in memory; elsewhere (no safe fork) each worker is spawned and loads them itself. At most
`window` batches are in flight, so memory stays bounded however long the input is, and results
come back in the order the articles went in, so the output is identical to a single-process run.
"""
from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Protocol

from schema import Article, Extraction

BATCH = 8  # articles per task
Outcome = Extraction | str  # an extraction, or why it failed


class Submitter(Protocol):
    """Sends one batch to a worker; the future's result is one Outcome per article, in order."""

    def __call__(self, batch: list[Article]) -> Any: ...


def extract_batch(batch: list[Article], gazetteer: str | None) -> list[Outcome]:
    """Runs in a worker: the extraction of each article, or the reason it failed."""
    from kg.pipeline import extract_one, extractor

    engine = extractor(gazetteer)
    return [extract_one(engine, article) for article in batch]


def load_models(gazetteer: str | None) -> None:
    """A worker's initializer: load the models before the first batch arrives."""
    from kg.pipeline import extractor

    extractor(gazetteer)


def ordered(batched: Iterable[list[Article]], submit: Submitter, window: int) -> Iterator[tuple[list[Article], list[Outcome]]]:
    """Each batch with its outcomes, in input order, with at most `window` batches submitted and unfinished."""
    pending: deque[tuple[list[Article], Any]] = deque()
    for batch in batched:
        pending.append((batch, submit(batch)))
        if len(pending) >= window:
            done, future = pending.popleft()
            yield done, future.result()
    while pending:
        done, future = pending.popleft()
        yield done, future.result()


def preload(gazetteer: str | None, articles: Iterable[Article]) -> None:
    """Load the models here, warmed on the first article of each language in `articles` (a
    language's models load on its first article), so that forked workers inherit them."""
    from kg.pipeline import extract_one, extractor

    engine = extractor(gazetteer)
    firsts: dict[str, Article] = {}
    for article in articles:
        firsts.setdefault(article.language, article)
    for article in firsts.values():
        extract_one(engine, article)


def start_method() -> str:
    """"fork" where forking a process with the models loaded is safe (Linux), else "spawn"."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


@contextmanager
def process_pool(workers: int, gazetteer: str | None,
                 sample: Iterable[Article] = ()) -> Iterator[Callable[[list[Article]], Future[list[Outcome]]]]:
    """`workers` processes with the models loaded: forked once they are loaded here (warmed on
    `sample`, the first articles to extract), or spawned and loading them each."""
    method = start_method()
    if method == "fork":
        preload(gazetteer, sample)
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=load_models, initargs=(gazetteer,)) as pool:
        yield lambda batch: pool.submit(extract_batch, batch, gazetteer)
