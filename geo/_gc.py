"""Pausing Python's cyclic garbage collector around bulk work that makes no cycles.

Building hundreds of thousands of records (unpickling a Dask worker's
results, merging every event of a run, writing the outputs) triggers
collections that walk every object alive, ever more of them as the run's
records pile up; those records hold no reference cycles, so the walks find
nothing. Reference counting still frees everything as usual; only the search
for cycles waits (:func:`paused_gc`) or leaves the objects alive at the start
of the block aside (:func:`frozen_heap`).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["frozen_heap", "paused_gc"]


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic collector for the block; enable it again after, if it was enabled.

    Examples
    --------
    >>> with paused_gc():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Leave every object alive now out of the cyclic collector's walks until the block ends.

    For a block that keeps allocating (and may make cycles, e.g. a writer's
    data frames) over a large heap of records it only reads: its collections
    walk only what it made. Process-wide, like the collector itself.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
