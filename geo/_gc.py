"""Pausing Python's cyclic garbage collector around bulk work that makes no cycles.

Building hundreds of thousands of records (unpickling a Dask worker's
results, merging every event of a run) triggers collections that walk every
object alive, ever more of them as the run's records pile up; those records
hold no reference cycles, so the walks find nothing. Reference counting still
frees everything as usual; only the search for cycles waits until the block ends.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["paused_gc"]


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
