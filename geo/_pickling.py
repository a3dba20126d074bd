"""Records that pickle as one constructor call: cheap to rebuild in the merging process.

A slotted dataclass pickles, by default, as its slots' state, which
:mod:`pickle` sets back one attribute at a time; a frozen one goes through
``dataclasses``' Python-level ``__setstate__``, which looks up the class's
fields again for every object. The per-article records a Dask worker sends
back hold ~80 such objects per article, and the process that merges them
rebuilds all of them while the workers parse (docs/SCALE.md, run E): with
:func:`pickle_by_fields` each record is rebuilt by calling its class with its
field values, about three times faster, and its pickle is a quarter smaller.
"""

from __future__ import annotations

import dataclasses
import operator
from typing import Any, TypeVar

__all__ = ["pickle_by_fields"]

T = TypeVar("T", bound=type)


def pickle_by_fields(cls: T) -> T:
    """Class decorator: instances of the dataclass ``cls`` pickle as ``cls(*field values)``.

    Apply it above ``@dataclass`` (to the class ``dataclass`` returns). Every
    field must be an ``__init__`` parameter, and ``__init__`` must store its
    arguments unchanged (no ``__post_init__`` rewriting them), so the rebuilt
    object equals the original. A subclass needs the decorator of its own.

    Raises
    ------
    TypeError
        ``cls`` is not a dataclass, has a field left out of ``__init__``, or a
        ``__post_init__``.

    Examples
    --------
    >>> @pickle_by_fields
    ... @dataclasses.dataclass(frozen=True, slots=True)
    ... class Point:
    ...     x: int
    ...     y: int = 0
    >>> rebuild, args = Point(1, 2).__reduce__()
    >>> rebuild(*args)
    Point(x=1, y=2)
    """
    if not dataclasses.is_dataclass(cls) or not isinstance(cls, type):
        raise TypeError(f"pickle_by_fields needs a dataclass, got {cls!r}")
    fields = dataclasses.fields(cls)
    if any(not field.init for field in fields) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: every field must be an __init__ argument, stored unchanged")
    names = tuple(field.name for field in fields)
    values = operator.attrgetter(*names) if len(names) > 1 else (lambda obj: (getattr(obj, names[0]),))

    def __reduce__(self: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, values(self)

    __reduce__.__qualname__ = f"{cls.__qualname__}.__reduce__"
    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls
