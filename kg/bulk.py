"""Bulk work without the cyclic garbage collector's rescans.

Resolving and writing a corpus allocate millions of small objects while tens of thousands
of extractions stay alive; every collection then rescans all of them. Building the rows
of 12,000 articles took 8.4 s with the collector on and 0.8 s with it paused. Reference
counting still frees everything (the data has no reference cycles), so pausing is safe.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause cyclic collection for the block; nestable, restores the previous state."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
