"""Digits that count nothing in any language: a numeric date and a list item's number.

"16/05/2024 - Border guard killed on each side" (a related link's date, which read as 16 dead, twice), «2.
**Сухроб, 14 лет**, ранен в живот» (a bulletin's second patient, not two wounded). Each number grammar
asks before it takes a number of digits.
"""

from __future__ import annotations

import re

__all__ = ["is_numbering"]

#: Right after a number: the rest of a numeric date ("16|/05/2024", "16.05|.2024").
_DATE_REST_AFTER = re.compile(r"[./]\d")
#: After a number that opens a line: a list item's number ("2. Sukhrob, 14", "3) ...").
_ITEM_MARK_AFTER = re.compile(r"[.)]\s")


def is_numbering(clause: str, start: int, end: int) -> bool:
    """Whether the digits at ``clause[start:end]`` are part of a numeric date or a list item's number.

    Examples
    --------
    >>> is_numbering("16/05/2024 - Border guard killed", 0, 2), is_numbering("killed 16 people", 7, 9)
    (True, False)
    >>> is_numbering("Patients:\\n2. Sukhrob, 14, wounded", 10, 11)
    True
    """
    if _DATE_REST_AFTER.match(clause, end) or clause[max(0, start - 1):start] in ("/", "."):
        return True
    return _ITEM_MARK_AFTER.match(clause, end) is not None \
        and not clause[clause.rfind("\n", 0, start) + 1:start].strip(" \t*")
