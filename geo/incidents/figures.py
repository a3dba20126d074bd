"""Casualty and displacement figures from text, by ACLED's rule.

Numbers are read as digits ("137,000"), words ("thirty-six"), or vague
quantities coded as ACLED does: "several", "many", "a number of" = 10,
"a dozen" / "dozens" = 12, "hundreds" = 100, "thousands" = 1,000.
When sources disagree, the lowest precise figure wins; a vague quantity is
used only when no precise figure exists for the same measure.

A figure's side is the country named as its subject or owner in the
sentence: "Kyrgyzstan spoke of a total of 36 deaths" (KG), "Tajikistan said 35
people were killed on its side" (TJ), "71 Kyrgyz and Tajik soldiers" (no side).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Figure", "VAGUE_QUANTITIES", "extract_figures"]

VAGUE_QUANTITIES = {
    "several": 10, "many": 10, "a number of": 10, "scores of": 12, "a dozen": 12,
    "dozens of": 12, "dozens": 12, "hundreds of": 100, "hundreds": 100,
    "thousands of": 1000, "thousands": 1000,
}
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
_NUMBER = (
    r"(?P<num>\d{1,3}(?:[,\s]\d{3})+|\d+(?:\.\d+)?\s*(?:thousand|million)?|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"several|many|a number of|scores of|a dozen|dozens of|dozens|hundreds of|hundreds|"
    r"thousands of|thousands)"
)
_MEASURES = {
    "fatalities": r"(?:killed|dead|died|deaths?|fatalities|lost their lives|lives were lost|perished|"
                  r"bodies|people died|were killed|have been killed|had been killed)",
    "injured": r"(?:injured|wounded|injuries|hurt)",
    "displaced": r"(?:evacuated|displaced|brought to safety|fled|refugees|left their homes|relocated|evacuees)",
}
_MEASURE_WORD = (
    r"(?:killed|dead|died|deaths?|fatalities|lost|perished|injured|wounded|injuries|hurt|"
    r"evacuated|displaced|fled|refugees|relocated|and|\d[\d,]*)"
)
#: Up to six words between a number and its measure, none of them another
#: measure, another number or "and" ("24 wounded and 36 killed").
_GAP = rf"(?:(?!{_MEASURE_WORD}\b)[\w’'\-]+\s+){{0,6}}?"
_SIDES = {
    "KG": re.compile(r"\b(kyrgyz\w*|kirghiz\w*|bishkek)\b", re.I),
    "TJ": re.compile(r"\b(tajik\w*|tadjik\w*|dushanbe)\b", re.I),
}


@dataclass(frozen=True, slots=True)
class Figure:
    """One number reported for one measure."""

    measure: str  # fatalities | injured | displaced
    value: int
    vague: bool
    side: str | None
    text: str


def _to_int(token: str) -> tuple[int, bool] | None:
    token = token.strip().lower()
    if token in VAGUE_QUANTITIES:
        return VAGUE_QUANTITIES[token], True
    multiplier = 1
    for word, factor in (("thousand", 1000), ("million", 1_000_000)):
        if token.endswith(word):
            multiplier, token = factor, token[: -len(word)].strip()
    digits = re.sub(r"[,\s]", "", token)
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return int(float(digits) * multiplier), False
    parts = re.split(r"[- ]", token)
    if all(p in _WORDS for p in parts):
        return sum(_WORDS[p] for p in parts) * multiplier, False
    return None


def _side(sentence: str, match_start: int) -> str | None:
    """The one country named in the sentence before the figure, if exactly one."""
    before = sentence[:match_start]
    sides = {code for code, pattern in _SIDES.items() if pattern.search(before)}
    after_side = re.search(r"\bon (its|their) side\b|\bon the (kyrgyz|tajik) side\b",
                           sentence[match_start:], re.I)
    if after_side and after_side.group(2):
        return "KG" if after_side.group(2).lower() == "kyrgyz" else "TJ"
    if len(sides) == 1:
        return sides.pop()
    if " and " in before.lower() or "both" in before.lower() or "total of" in before.lower():
        return None
    return None


_MAY_HAVE_NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|several|many|number|scores|dozens?|hundreds|thousands)\b",
    re.I,
)


def extract_figures(sentence: str) -> list[Figure]:
    """Every (measure, number) pair in one sentence.

    Examples
    --------
    >>> [(f.measure, f.value, f.side) for f in extract_figures(
    ...     "Kyrgyzstan spoke of a total of 36 deaths and 137,000 people who had been "
    ...     "brought to safety from the border region.")]
    [('fatalities', 36, 'KG'), ('displaced', 137000, 'KG')]
    """
    figures: list[Figure] = []
    if not _MAY_HAVE_NUMBER.search(sentence):
        return figures  # cheap test first: most sentences carry no number
    for measure, words in _MEASURES.items():
        patterns = (
            re.compile(rf"\b{_NUMBER}\s+{_GAP}{words}\b", re.I),
            re.compile(rf"\b{words}\s+(?:at least\s+|some\s+|about\s+|nearly\s+|over\s+)?{_NUMBER}\b(?!\s*(?:km|kilomet|years|days|hours|%))", re.I),
        )
        seen_spans: list[tuple[int, int]] = []
        for pattern in patterns:
            for match in pattern.finditer(sentence):
                span = match.span("num")
                if any(span[0] < b and a < span[1] for a, b in seen_spans):
                    continue
                parsed = _to_int(match.group("num"))
                if parsed is None or parsed[0] == 0:
                    continue
                tail = sentence[match.end("num"):match.end("num") + 12].lower()
                if re.match(r"\s*(?:-|\s)?(?:km|kilomet|kilometre|kilometer|years?|days?|hours?|%|percent)", tail):
                    continue
                seen_spans.append(span)
                figures.append(Figure(measure, parsed[0], parsed[1], _side(sentence, span[0]), match.group(0)))
    figures.sort(key=lambda f: sentence.find(f.text))
    return figures
