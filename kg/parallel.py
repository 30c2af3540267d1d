"""Extraction spread over processes (`--workers N`) or a Dask cluster, results in input order.

Articles travel in batches (one task per batch keeps the per-task overhead small against the
NLP work); each worker process loads the models once (`kg.pipeline.extractor` is cached per
process) and keeps them for every later batch. At most `window` batches are in flight, so
memory stays bounded however long the input is, and results come back in the order the
articles went in, so the output is identical to a single-process run.
"""
from __future__ import annotations

import multiprocessing
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


@contextmanager
def process_pool(workers: int, gazetteer: str | None) -> Iterator[Callable[[list[Article]], Future[list[Outcome]]]]:
    """`workers` fresh processes (spawned: no state inherited from the caller), models loaded in each."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=load_models, initargs=(gazetteer,)) as pool:
        yield lambda batch: pool.submit(extract_batch, batch, gazetteer)
