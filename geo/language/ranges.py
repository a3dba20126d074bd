"""Ranges of numbers ("two to three", "10-12", «двое-трое»): one figure, the lowest.

ACLED codes the most conservative figure a source gives; a range is one
report, so its two ends make one figure with the lower value. Each number
grammar finds its numbers, then passes them here with its own joiner.
"""

from __future__ import annotations

import re

__all__ = ["lowest_of_ranges"]

Number = tuple[int, int, int, bool]  # start, end, value, vague


def lowest_of_ranges(numbers: list[Number], clause: str, joiner: re.Pattern[str]) -> list[Number]:
    """Merge each pair of numbers joined by ``joiner`` into one number with the lower value.

    Examples
    --------
    >>> lowest_of_ranges([(0, 3, 2, False), (7, 12, 3, False)], "two to three", re.compile(r"\\s+to\\s+"))
    [(0, 12, 2, False)]
    """
    out: list[Number] = []
    for number in numbers:
        # (a range climbs: "risen to five - four servicemen and a driver -" is a count and its parts)
        if out and number[2] > out[-1][2] and joiner.fullmatch(clause, out[-1][1], number[0]):
            start, _, value, vague = out[-1]
            out[-1] = (start, number[1], min(value, number[2]), vague or number[3])
        else:
            out.append(number)
    return out
