"""Extraction on a running Dask cluster (`--dask ADDRESS` or KG_DASK_SCHEDULER).

Each task is one batch of articles; a Dask worker process keeps its models loaded between
tasks (`kg.pipeline.extractor` is cached per process), and results come back in input order
to the single store writer here. Needs the optional extra: `pip install '.[dask]'`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from kg.parallel import extract_batch
from schema import Article


class DaskUnavailableError(RuntimeError):
    """dask.distributed is not installed, or the scheduler cannot be reached."""


@contextmanager
def dask_submitter(address: str, gazetteer: str | None) -> Iterator[Callable[[list[Article]], Any]]:
    """A function sending one batch to the cluster at `address`, returning its future."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise DaskUnavailableError("--dask needs dask.distributed: pip install '.[dask]' (pinned in requirements.lock)") from exc
    try:
        client = Client(address, timeout=30)
    except (OSError, TimeoutError) as exc:
        raise DaskUnavailableError(f"no Dask scheduler answers at {address}: {exc}; start one (dask scheduler) or fix the address") from exc
    with client:
        yield lambda batch: client.submit(extract_batch, batch, gazetteer, pure=False)
