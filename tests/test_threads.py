"""Extraction processes keep the numeric libraries' thread pools pinned, with no setting to know."""
from __future__ import annotations

import numpy  # noqa: F401  (loads OpenBLAS, so threadpoolctl has a pool to pin)
from threadpoolctl import threadpool_info, threadpool_limits

from kg.threads import pin_numeric_threads, usable_cores


def test_pin_numeric_threads_sets_every_loaded_pool_to_one_thread() -> None:
    with threadpool_limits(limits=None):  # restores the previous sizes afterwards
        pin_numeric_threads()
        assert threadpool_info(), "numpy should have loaded a BLAS pool"
        assert all(pool["num_threads"] == 1 for pool in threadpool_info())


def test_usable_cores_is_positive() -> None:
    assert usable_cores() >= 1
