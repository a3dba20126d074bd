"""Digits that count nothing in any language, and words that only say digits again.

"16/05/2024 - Border guard killed on each side" (a related link's date, which read as 16 dead, twice), «2.
**Сухроб, 14 лет**, ранен в живот» (a bulletin's second patient, not two wounded). Each number grammar
asks before it takes a number of digits. An official's "2 (two) citizens", «600 (шестисот) метров» write
the number twice: each grammar reads the clause with the words in brackets blanked. A count of the hurt told as
"another 87" right after a count of the dead (a translation of «ещё 87») adds nothing to a count of the hurt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from geo.incidents.model import RawFigure

__all__ = ["is_numbering", "more_than_the_dead", "without_spelled_out"]

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


#: Digits, then the same number in words in brackets: "2 (two) citizens", «на расстоянии 600 (шестисот) метров»,
#: "1,240 (one thousand two hundred and forty)".
_SPELLED_OUT = re.compile(r"(?<![\d.,:/-])(\d{1,3}(?:[ ,\u00a0]\d{3})*)(\s*\(([^\W\d_]+(?:[\s-][^\W\d_]+){0,5})\))")


def without_spelled_out(clause: str, word_number: Callable[[str], int | None]) -> str:
    """``clause`` with the words in brackets that say its digits again blanked (same length, so offsets hold):
    "2 (two) passengers" reads as "2       passengers", and every head, trap and noun after the number sees its
    noun. ``word_number`` is the language's reading of number words; words that say another number stay.

    Examples
    --------
    >>> numbers = {"two": 2, "five": 5}.get
    >>> without_spelled_out("2 (two) passengers, 3 (five) men, kishlak Chorkuh (Чоркӯҳ)", numbers)
    '2       passengers, 3 (five) men, kishlak Chorkuh (Чоркӯҳ)'
    """
    if "(" not in clause:
        return clause
    return _SPELLED_OUT.sub(lambda m: m.group(1) + " " * len(m.group(2))
                            if word_number(m.group(3)) == int(re.sub(r"\D", "", m.group(1))) else m.group(0), clause)


#: "another" between a count of the dead and a count of the hurt, in either language: "... has risen to 24, another
#: 87 people have been injured", «погибли 24 человека, ещё 87 получили ранения».
_ANOTHER_AFTER_THE_DEAD = re.compile(r"[\s,;]*(?:and\s+|и\s+|а\s+)?(?:another|ещ[её])\s+", re.I)


def more_than_the_dead(figures: Sequence[RawFigure], clause: str,
                       before: Callable[[], Sequence[RawFigure]] = tuple) -> list[RawFigure]:
    """The figures, with a count of the hurt told as "another N" right after a count of the dead made no addition.

    "The number of citizens killed has risen to 24, another 87 people have been injured" (a translation of «ещё 87
    человек получили ранения»): the 87 are people besides the dead, not more hurt than a count of the hurt told
    before. Only a count (two or more), not one person described ("one was killed and another wounded").

    Parameters
    ----------
    figures : sequence of RawFigure
        The clause's figures, in text order.
    clause : str
        The clause text.
    before : callable, optional
        The figures of the text just before the clause in its sentence, asked only when the clause opens with such a
        count (the dead told in the clause before: "has risen to 24, | another 87 ...").

    Examples
    --------
    >>> dead = RawFigure("fatalities", 24, False, None, 0, 10, "rose to 24")
    >>> hurt = RawFigure("injured", 87, False, None, 20, 40, "87 people injured", additive=True)
    >>> more_than_the_dead([dead, hurt], "rose to 24, another 87 people injured")[1].additive
    False
    """
    out = list(figures)
    for k, hurt in enumerate(out):
        if not (hurt.additive and hurt.measure == "injured" and hurt.value >= 2 and not hurt.described):
            continue
        if k == 0:
            if _ANOTHER_AFTER_THE_DEAD.fullmatch(clause, 0, hurt.start) is None:
                continue
            told = before()
            dead = told[-1] if told else None
        else:
            dead = out[k - 1]
            if _ANOTHER_AFTER_THE_DEAD.fullmatch(clause, dead.end, hurt.start) is None:
                continue
        if dead is not None and dead.measure == "fatalities" and dead.value:
            out[k] = replace(hurt, additive=False)
    return out
