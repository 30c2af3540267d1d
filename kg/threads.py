"""How many cores extraction uses, and keeping the numeric libraries inside that share.

natasha's and spaCy's numpy kernels run on small matrices; left to themselves, OpenBLAS and
OpenMP start one thread per core in every process, and on a busy machine those threads
mostly wait for each other (Russian extraction ran 6-8x slower). Each extraction process
therefore pins its BLAS/OpenMP pools to its own share of the cores, through threadpoolctl,
so that no environment variable has to be known or set.
"""
from __future__ import annotations

import os

from threadpoolctl import threadpool_limits


def usable_cores() -> int:
    """Cores this process may run on (its CPU affinity, which containers and `taskset` narrow)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def pin_numeric_threads() -> None:
    """Limit the BLAS/OpenMP pools already loaded in this process to one thread each.

    Called once the models are loaded (threadpoolctl only sees libraries loaded by then); the
    limit holds for the life of the process. One thread, because parallelism comes from the
    extraction processes (`--workers`), not from inside a kernel on these small matrices:
    `benchmarks/threads.py` measures the difference side by side.
    """
    threadpool_limits(limits=1)
