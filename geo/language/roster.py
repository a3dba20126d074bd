"""Rosters of the named dead or hurt, grouped by their villages.

Government statements name the victims village by village rather than give
each village a number::

    Среди погибших — жители Воруха Абдурахим Саидов, 1961 года рождения, Мавлуда Каримова и
    13-летний Фирдавс Назаров; житель Чоркуха Бахтиёр Шарипов; жительница джамоата Овчи-Калача ...
    Among the dead were Vorukh residents Abdurahim Saidov, 61, and Mavluda Karimova, 32; Chorkuh
    resident Bakhtiyor Sharipov, 47; ...

Each village's share is the count of the people named after it, up to the next
village's residents or a semicolon. A sentence is a roster only when it opens
with a roster head ("Among the dead", «Среди погибших») before its first place,
each village is introduced as the home of the people named ("residents of
Vorukh", "Vorukh residents", «жители Воруха»), and two or more villages have
people named (:mod:`geo.incidents.breakdowns` turns the counts into shares).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["RosterReader"]

#: How far before a place (characters) the word that makes it the home of the people named may start.
RESIDENT_BEFORE_CHARS = 40


@dataclass(frozen=True)
class RosterReader:
    """Reads a roster sentence: the measure its head names and the people named after each place.

    Attributes
    ----------
    head : re.Pattern
        The roster's head before its first place, with a group ``dead`` when it lists the dead ("Among the
        dead", «Среди погибших») and ``hurt`` when the hurt ("Among the wounded", «Среди раненых»).
    resident_before : re.Pattern
        The home word that ends just before a place ("residents of ", «жители », «жительница джамоата »).
    resident_after : re.Pattern
        The home word that follows a place, matched at its end (" residents", " resident").
    name : re.Pattern
        One person's name (two or three capitalised words).
    died, hurt : re.Pattern
        A person's death, or wound, told in one line of a numbered list of the dead or hurt ("killed on July 11",
        «погиб»; "wounded", «ранен»).
    """

    head: re.Pattern[str]
    resident_before: re.Pattern[str]
    resident_after: re.Pattern[str]
    name: re.Pattern[str]
    died: re.Pattern[str]
    hurt: re.Pattern[str]

    def __call__(self, sentence: str, places: Sequence[tuple[int, int]]) -> tuple[str, list[int]] | None:
        """The measure and the count of people named after each place, or None when the sentence is no roster.

        Parameters
        ----------
        sentence : str
            The sentence text.
        places : sequence of (int, int)
            Start and end of each place mention in ``sentence``, in text order.

        Returns
        -------
        tuple of (str, list of int) or None
            ``fatalities`` or ``injured``, and one count per place (0 for a place named otherwise).
        """
        if len(places) < 2:
            return None
        head = self.head.search(sentence, 0, places[0][0])
        if head is None:
            return None
        measure = "fatalities" if head.group("dead") else "injured"
        homes: list[tuple[int, int] | None] = []  # per place: where its people's names may start, and its marker's start
        for start, end in places:
            before = self.resident_before.search(sentence, max(0, start - RESIDENT_BEFORE_CHARS), start)
            if before is not None and before.end() == start:
                homes.append((end, before.start()))
            elif (after := self.resident_after.match(sentence, end)) is not None:
                homes.append((after.end(), start))
            else:
                homes.append(None)
        counts = []
        for k, home in enumerate(homes):
            if home is None:
                counts.append(0)
                continue
            limit = next((h[1] for h in homes[k + 1:] if h is not None), len(sentence))
            semicolon = sentence.find(";", home[0], limit)
            segment = sentence[home[0]:semicolon if semicolon >= 0 else limit]
            counts.append(len(self.name.findall(segment)))
        if sum(1 for count in counts if count) < 2:
            return None
        return measure, counts
