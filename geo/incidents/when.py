"""Event dates from relative expressions, anchored on the article's publication date.

ACLED time precision: 1 = the exact day is known, 2 = within a week (or a
range of a few days), 3 = within a month, or only the publication date is
known.

Rules (``pub`` is the publication date):

- ``on September 14`` / ``14 September`` / ``2022-09-14``: that day (a month
  and day after ``pub`` are taken from the previous year); precision 1.
- ``on Wednesday`` / ``Wednesday``: the latest such weekday on or before
  ``pub`` ("on Sunday" in a Sunday article is that Sunday); ``last
  Wednesday``: strictly before ``pub``; precision 1.
- ``this Monday``: the Monday of ``pub``'s week (may be after ``pub``); precision 1.
- ``yesterday``, ``today``, ``overnight``: ``pub`` - 1, ``pub``, ``pub`` - 1; precision 1.
- ``last week``: Monday to Sunday of the previous week; precision 2.
- ``this week``, ``earlier this week``: Monday of ``pub``'s week to ``pub``; precision 2.
- ``last month`` / ``in September``: the month; precision 3.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["DateWindow", "find_date_windows"]

_MONTHS = {
    m: i for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")], start=1) for m in names
}
_WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(\d{4}))?"
_PATTERNS = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*[-–]\s*{_DAY})?{_YEAR}\b", re.I)),
    ("day_month", re.compile(rf"\b{_DAY}(?:\s*[-–]\s*{_DAY})?\s+(?:of\s+)?{_MONTH}{_YEAR}\b", re.I)),
    ("weekday", re.compile(
        r"\b(this|last|on|past|early|late)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        re.I)),
    ("relative", re.compile(
        r"\b(yesterday|today|overnight|last night|last week|this week|earlier this week|"
        r"last weekend|this weekend|last month|this month)\b", re.I)),
    ("month", re.compile(rf"\bin\s+{_MONTH}(?:\s+(\d{{4}}))?\b", re.I)),
]


@dataclass(frozen=True, slots=True)
class DateWindow:
    """A date range with its ACLED time precision and the words it came from."""

    start: dt.date
    end: dt.date
    precision: int
    text: str


def _month_day(month: int, day: int, year: int | None, pub: dt.date | None) -> dt.date | None:
    if year is None:
        if pub is None:
            return None
        year = pub.year
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate > pub + dt.timedelta(days=1):
            year -= 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _window(kind: str, match: re.Match[str], pub: dt.date | None) -> DateWindow | None:
    text = match.group(0).strip()
    if kind == "iso":
        try:
            day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
        return DateWindow(day, day, 1, text)
    if kind in ("month_day", "day_month"):
        if kind == "month_day":
            month_name, d1, d2, year = match.group(1), match.group(2), match.group(3), match.group(4)
        else:
            d1, d2, month_name, year = match.group(1), match.group(2), match.group(3), match.group(4)
        month = _MONTHS.get(month_name.lower().rstrip(".")[:3] if month_name.lower()[:4] != "sept" else "sep")
        if month is None:
            return None
        first = _month_day(month, int(d1), int(year) if year else None, pub)
        if first is None:
            return None
        last = _month_day(month, int(d2), first.year, None) if d2 else first
        if last is None or last < first:
            return None
        return DateWindow(first, last, 1 if first == last else 2, text)
    if pub is None:
        return None
    if kind == "weekday":
        qualifier = (match.group(1) or "").lower()
        weekday = _WEEKDAYS[match.group(2).lower()]
        if qualifier == "this":
            day = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=weekday)
        else:
            back = (pub.weekday() - weekday) % 7
            if back == 0 and qualifier in ("last", "past"):
                back = 7
            day = pub - dt.timedelta(days=back)
        return DateWindow(day, day, 1, text)
    if kind == "relative":
        word = match.group(1).lower()
        monday = pub - dt.timedelta(days=pub.weekday())
        if word in ("yesterday", "overnight", "last night"):
            day = pub - dt.timedelta(days=1)
            return DateWindow(day, day, 1, text)
        if word == "today":
            return DateWindow(pub, pub, 1, text)
        if word == "last week":
            return DateWindow(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), 2, text)
        if word in ("this week", "earlier this week"):
            return DateWindow(monday, pub, 2, text)
        if word in ("last weekend",):
            saturday = monday - dt.timedelta(days=2)
            return DateWindow(saturday, saturday + dt.timedelta(days=1), 2, text)
        if word == "this weekend":
            saturday = monday + dt.timedelta(days=5)
            return DateWindow(saturday, saturday + dt.timedelta(days=1), 2, text)
        if word == "last month":
            last = pub.replace(day=1) - dt.timedelta(days=1)
            return DateWindow(last.replace(day=1), last, 3, text)
        if word == "this month":
            return DateWindow(pub.replace(day=1), pub, 3, text)
    if kind == "month":
        month = _MONTHS.get(match.group(1).lower().rstrip(".")[:3])
        if month is None:
            return None
        year = int(match.group(2)) if match.group(2) else pub.year - (1 if month > pub.month else 0)
        first = dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return DateWindow(first, nxt - dt.timedelta(days=1), 3, text)
    return None


_MAY_HAVE_DATE = re.compile(
    r"\d|day\b|\b(yesterday|today|overnight|last|this|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)",
    re.I,
)


def find_date_windows(text: str, *, published: dt.date | None) -> list[DateWindow]:
    """Every date expression in ``text`` resolved against ``published``, in text order.

    Examples
    --------
    >>> pub = dt.date(2022, 9, 18)  # a Sunday
    >>> [(w.start.isoformat(), w.precision) for w in find_date_windows(
    ...     "Clashes erupted on Wednesday. On September 14, shelling.", published=pub)]
    [('2022-09-14', 1), ('2022-09-14', 1)]
    >>> w = find_date_windows("71 people died last week", published=pub)[0]
    >>> (w.start.isoformat(), w.end.isoformat(), w.precision)
    ('2022-09-05', '2022-09-11', 2)
    """
    found: list[tuple[int, DateWindow]] = []
    if not _MAY_HAVE_DATE.search(text):
        return []  # cheap test first: most sentences carry no date
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < b and a < match.end() for a, b in taken):
                continue
            window = _window(kind, match, published)
            if window is not None:
                found.append((match.start(), window))
                taken.append(match.span())
    return [w for _, w in sorted(found, key=lambda item: item[0])]
