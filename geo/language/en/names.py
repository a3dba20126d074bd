"""English given names (``data/first_names.txt``), to read "Mary Walker" as a person.

The list is derived data: Grady Ward's Moby Word II given names (public
domain) through two npm ``@stdlib`` dataset packages, rebuilt by
``scripts/build_first_names.py``.
"""

from __future__ import annotations

from functools import lru_cache

from geo.exceptions import DataError
from geo.paths import first_names_path

__all__ = ["given_names"]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """English given names in the gazetteer's key form (``name_key``), read once.

    Raises
    ------
    DataError
        The committed list is missing or unreadable (the message names the file).
    """
    path = first_names_path()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read the list of given names ({exc}); "
                        "rebuild it with scripts/build_first_names.py") from exc
    return frozenset(line for line in lines if line and not line.startswith("#"))
