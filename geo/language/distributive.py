"""Counts told once for several villages: "one each", "nine and seven respectively".

A ministry's toll often gives two or three villages their counts in one breath::

    В Ак-Татыре и Самаркандыке погибли по одному человеку, раненых там девять и семь соответственно.
    In Ak-Tatyr and Samarkandyk one person was killed in each; nine and seven were wounded respectively.

"По одному", "in each" give every village of the list the same count; "соответственно", "respectively" give the
villages the listed numbers in order. Only villages named as one list (joined by commas and "and") take them, and a
"respectively" list must have as many numbers as the villages (:mod:`geo.incidents.breakdowns` turns the counts
into shares).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from geo.incidents.model import RawFigure

__all__ = ["DistributiveReader"]

#: How far (characters) after a count's figure its "in each" may follow.
EACH_AFTER_FIGURE_CHARS = 20

#: What may stand between two villages of one list: a comma, "and", «и».
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|и\s+)?|\s(?:and|и)\s+)\s*", re.I)


@dataclass(frozen=True)
class DistributiveReader:
    """Reads the counts a sentence gives each village of a list at once.

    Attributes
    ----------
    each : re.Pattern
        A count told for each village, inside a figure the number grammar reads ("one person was killed in each",
        «погибли по одному человеку»).
    respectively : re.Pattern
        Numbers told in the villages' order, with a group ``numbers`` ("nine and seven ... respectively",
        «девять и семь соответственно»).
    number : re.Pattern
        One number of such a list (digits or a number word).
    word_number : callable
        The language's number words: ``word_number("seven") -> 7``.
    read_figures : callable
        The language's number grammar (gives the measure of the count).
    """

    each: re.Pattern[str]
    respectively: re.Pattern[str]
    number: re.Pattern[str]
    word_number: Callable[[str], int | None]
    read_figures: Callable[[str], list[RawFigure]]

    def __call__(self, sentence: str, places: Sequence[tuple[int, int]]) -> list[tuple[str, list[int]]]:
        """(measure, one count per place) for each count the sentence gives its listed villages at once.

        Parameters
        ----------
        sentence : str
            The sentence text.
        places : sequence of (int, int)
            Start and end of each place mention in ``sentence``, in text order.

        Returns
        -------
        list of (str, list of int)
            Empty unless two or more places are named as one list before the count; places outside the list get 0.
        """
        listed = _first_list(sentence, places)
        if len(listed) < 2:
            return []
        after = places[listed[-1]][1]
        if self.each.search(sentence, after) is None and self.respectively.search(sentence, after) is None:
            return []  # (cheap test first: most lists of villages are no distribution)
        figures = self.read_figures(sentence)
        out = []
        for match in self.each.finditer(sentence, after):
            # (the count's figure holds the word, or ends just before it: "one person was killed| in each")
            figure = next((f for f in figures if f.value and f.start <= match.start()
                           and match.start() - EACH_AFTER_FIGURE_CHARS <= f.end), None)
            if figure is not None and figure.measure in ("fatalities", "injured", "displaced"):
                out.append((figure.measure, [figure.value if k in listed else 0 for k in range(len(places))]))
        for match in self.respectively.finditer(sentence, after):
            numbers = [self._value(n.group(0)) for n in self.number.finditer(match.group("numbers"))]
            if len(numbers) != len(listed) or None in numbers:
                continue
            first = match.start("numbers")
            figure = next((f for f in figures if f.start <= first < f.end or f.end == first), None) \
                or next((f for f in figures if f.start >= first and f.start < match.end()), None)
            if figure is None:
                # ("nine and seven were wounded respectively": the last number read with the words after it)
                last = list(self.number.finditer(match.group("numbers")))[-1]
                told = self.read_figures(sentence[match.start("numbers") + last.start():match.end()])
                figure = told[0] if told else None
            if figure is None or figure.measure not in ("fatalities", "injured", "displaced"):
                continue
            counts = [0] * len(places)
            for k, value in zip(listed, numbers):
                counts[k] = value
            out.append((figure.measure, counts))
        return out

    def _value(self, number: str) -> int | None:
        digits = re.sub(r"\D", "", number)
        return int(digits) if digits else self.word_number(number)


def _first_list(sentence: str, places: Sequence[tuple[int, int]]) -> list[int]:
    """Indexes of the first run of two or more places joined as one list ("Ak-Tatyr and Samarkandyk")."""
    run = [0] if places else []
    for k in range(1, len(places)):
        if _LIST_JOIN.fullmatch(sentence, places[k - 1][1], places[k][0]):
            run.append(k)
        elif len(run) >= 2:
            break
        else:
            run = [k]
    return run if len(run) >= 2 else []
