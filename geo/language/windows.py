"""What every pack's date and dateline readers share: calendar arithmetic and the scans over patterns.

A pack supplies its patterns (kind, regular expression) and a function that
turns one match into a :class:`~geo.incidents.model.DateWindow`; the scan,
the overlap rule (earlier patterns win) and the month/year arithmetic live here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping, Sequence

from geo.incidents.model import DateMention, DateWindow
from geo.language.folding import fold_pattern, lower_keep_length

__all__ = [
    "PERIODS",
    "SEASONS",
    "ago_window",
    "weekday_span_window",
    "day_of_month",
    "month_day",
    "month_window",
    "months_window",
    "recent_month",
    "period_window",
    "span_window",
    "days_window",
    "year_window",
    "season_window",
    "scan_dates",
    "head_line_matches",
    "the_day_before_a_day",
    "days_later_opening",
]

WindowFunction = Callable[[str, re.Match[str], dt.date | None], DateWindow | None]


def month_day(month: int, day: int, year: int | None, pub: dt.date | None) -> dt.date | None:
    """The date of a month and day; without a year, the latest not after ``pub`` (one day of slack)."""
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


def day_of_month(day: int, pub: dt.date | None) -> dt.date | None:
    """A day given without its month ("on the night of the 12th", «в ночь на 12-е»): the latest such day
    not after ``pub`` (one day of slack), in its month or one of the two before (the 31st of March,
    told in March before it, is the 31st of January).

    Examples
    --------
    >>> day_of_month(12, dt.date(2022, 12, 20)), day_of_month(28, dt.date(2023, 3, 5))
    (datetime.date(2022, 12, 12), datetime.date(2023, 2, 28))
    """
    if pub is None or not 1 <= day <= 31:
        return None
    year, month = pub.year, pub.month
    for _ in range(3):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate <= pub + dt.timedelta(days=1):
            return candidate
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def span_window(first_month: int | None, first_day: int, last_month: int | None, last_day: int, year: int | None,
                pub: dt.date | None, text: str) -> DateWindow | None:
    """Days across a month's end: "April 28 - May 1, 2021", «28 апреля — 1 мая 2021 года».

    The year (written or, without one, that of :func:`month_day`) belongs to the
    last day; the first day is in the year before when its month comes later
    ("28 December - 2 January 2022"). ``None`` when a month is unknown, a day
    does not exist or the span is longer than two months (no range of one clash).
    """
    if first_month is None or last_month is None:
        return None
    last = month_day(last_month, last_day, year, pub)
    if last is None:
        return None
    try:
        first = dt.date(last.year - (first_month > last_month), first_month, first_day)
    except ValueError:
        return None
    if not first < last or (last - first).days > 62:
        return None
    return DateWindow(first, last, 2, text)


def days_window(month: int | None, first_day: int, last_day: int | None, year: int | None, pub: dt.date | None,
                text: str) -> DateWindow | None:
    """A day or a range of days in one month: "September 14", "14-16 September 2022", «14–16 сентября».

    The year, when not written, is that of :func:`month_day`. ``None`` when the
    month is unknown, a day does not exist or the range runs backwards.

    Examples
    --------
    >>> w = days_window(9, 14, 16, None, dt.date(2022, 9, 17), "14-16 September")
    >>> (w.start.isoformat(), w.end.isoformat(), w.precision)
    ('2022-09-14', '2022-09-16', 2)
    """
    if month is None:
        return None
    first = month_day(month, first_day, year, pub)
    if first is None:
        return None
    last = month_day(month, last_day, first.year, None) if last_day is not None else first
    if last is None or last < first:
        return None
    return DateWindow(first, last, 1 if first == last else 2, text)


def month_window(year: int, month: int, text: str) -> DateWindow:
    """The whole month, precision 3."""
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return DateWindow(first, nxt - dt.timedelta(days=1), 3, text, "month")


def months_window(first_month: int | None, last_month: int | None, year: int | None, pub: dt.date | None,
                  text: str) -> DateWindow | None:
    """Two or three months told as one period: "April-May 2021", «в апреле–мае 2021 года».

    The year (written or, without one, that of the latest such last month not
    after ``pub``) belongs to the last month; the first is in the year before
    when it comes later ("December-January 2022"). ``None`` for an unknown
    month, a span of one month or of more than three, or with no year to take.

    Examples
    --------
    >>> w = months_window(4, 5, 2021, None, "April-May 2021")
    >>> (w.start.isoformat(), w.end.isoformat(), w.precision)
    ('2021-04-01', '2021-05-31', 3)
    """
    if first_month is None or last_month is None:
        return None
    if year is None:
        if pub is None:
            return None
        year = pub.year - (1 if last_month > pub.month else 0)
    first_year = year - (first_month > last_month)
    if not 1 <= (year * 12 + last_month) - (first_year * 12 + first_month) <= 2:
        return None
    return DateWindow(dt.date(first_year, first_month, 1), month_window(year, last_month, text).end, 3, text, "month")


def recent_month(month: int, pub: dt.date, text: str) -> DateWindow:
    """A month named without a year: the latest one not after ``pub``."""
    return month_window(pub.year - (1 if month > pub.month else 0), month, text)


def ago_window(count: int, unit: str, pub: dt.date, text: str) -> DateWindow | None:
    """``count`` days or weeks before ``pub`` ("three days ago", «неделю назад»).

    Days name the exact day (precision 1); weeks are approximate ("a week ago" may be six or eight
    days), so a week is the seven days around that day (precision 2), which an exact day inside
    it replaces when the incident is built.

    Examples
    --------
    >>> w = ago_window(1, "week", dt.date(2021, 11, 6), "a week ago")
    >>> (w.start.isoformat(), w.end.isoformat(), w.precision)
    ('2021-10-27', '2021-11-02', 2)
    """
    if count < 1 or count > 60:
        return None
    if unit == "day":
        day = pub - dt.timedelta(days=count)
        return DateWindow(day, day, 1, text)
    centre = pub - dt.timedelta(days=7 * count)
    return DateWindow(centre - dt.timedelta(days=3), centre + dt.timedelta(days=3), 2, text)


def weekday_span_window(pub: dt.date, first: int, last: int, text: str) -> DateWindow:
    """The days from one weekday to another, the last one the latest not after ``pub`` ("from Friday to Sunday",
    «с пятницы по воскресенье»; weekdays numbered from Monday, 0).

    Examples
    --------
    >>> w = weekday_span_window(dt.date(2024, 7, 2), 4, 6, "from Friday to Sunday")  # a Tuesday
    >>> (w.start.isoformat(), w.end.isoformat(), w.precision)
    ('2024-06-28', '2024-06-30', 2)
    """
    end = pub - dt.timedelta(days=(pub.weekday() - last) % 7)
    return DateWindow(end - dt.timedelta(days=(last - first) % 7), end, 2, text, stated_span=True)


#: Named periods relative to the publication date; each pack maps its own words to them.
PERIODS = ("today", "yesterday", "day_before_yesterday", "last_night", "last_week", "this_week", "last_weekend",
           "this_weekend", "last_month", "this_month")


def period_window(period: str, pub: dt.date, text: str) -> DateWindow:
    """The window of a named period (:data:`PERIODS`) as seen from ``pub``.

    Examples
    --------
    >>> w = period_window("last_week", dt.date(2022, 9, 18), "last week")  # a Sunday
    >>> (w.start.isoformat(), w.end.isoformat(), w.precision)
    ('2022-09-05', '2022-09-11', 2)
    """
    monday = pub - dt.timedelta(days=pub.weekday())
    if period in ("today", "yesterday", "day_before_yesterday"):
        day = pub - dt.timedelta(days=("today", "yesterday", "day_before_yesterday").index(period))
        return DateWindow(day, day, 1, text)
    if period == "last_night":
        # "overnight", in a paper of the morning after: the night that ends on the day of writing
        return DateWindow(pub - dt.timedelta(days=1), pub, 1, text)
    if period == "last_week":
        return DateWindow(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), 2, text)
    if period == "this_week":
        return DateWindow(monday, pub, 2, text)
    if period == "last_weekend":
        saturday = monday - dt.timedelta(days=2) if pub.weekday() < 5 else monday + dt.timedelta(days=5)
        return DateWindow(saturday, min(saturday + dt.timedelta(days=1), pub), 2, text)
    if period == "this_weekend":
        saturday = monday + dt.timedelta(days=5)
        return DateWindow(saturday, saturday + dt.timedelta(days=1), 2, text)
    if period == "last_month":
        last = pub.replace(day=1) - dt.timedelta(days=1)
        return DateWindow(last.replace(day=1), last, 3, text, "month")
    if period == "this_month":
        return DateWindow(pub.replace(day=1), pub, 3, text, "month")
    raise ValueError(f"unknown period {period!r}; expected one of {PERIODS}")


def year_window(year: int, text: str) -> DateWindow:
    """The whole year, precision 3 (time scope only)."""
    return DateWindow(dt.date(year, 1, 1), dt.date(year, 12, 31), 3, text, "year")


#: The seasons and their first month (winter runs from December into the next year).
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def season_window(season: str, year: int | None, pub: dt.date | None, text: str, *,
                  previous: bool = False) -> DateWindow | None:
    """A season, precision 3, ``kind == "season"`` (time scope only, like a year).

    With a year, that year's season ("winter 2021": December 2020 to February 2021);
    without one, the latest season begun by ``pub``, or the one before it when
    ``previous`` ("last spring") and ``pub`` falls inside it.

    Examples
    --------
    >>> w = season_window("spring", None, dt.date(2021, 7, 19), "in the spring")
    >>> (w.start.isoformat(), w.end.isoformat())
    ('2021-03-01', '2021-05-31')
    >>> season_window("winter", 2021, None, "winter 2021").start.isoformat()
    '2020-12-01'
    """
    first_month = SEASONS[season]
    if year is None:
        if pub is None:
            return None
        year = pub.year + (1 if first_month == 12 and pub.month == 12 else 0)
        start = dt.date(year - (first_month == 12), first_month, 1)
        if start > pub:
            year -= 1
        elif previous and pub < _season_end(year, first_month):
            year -= 1
    start = dt.date(year - (first_month == 12), first_month, 1)
    return DateWindow(start, _season_end(year, first_month), 3, text, "season")


def _season_end(year: int, first_month: int) -> dt.date:
    last_month = (first_month + 2 - 1) % 12 + 1
    nxt = dt.date(year + (last_month == 12), last_month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


#: What may stand between a weekday and the date it names: "Monday, 4 September", "Monday 4 September".
_WEEKDAY_GAP = re.compile(r"\s*,?\s*(?:the\s+)?")


#: Each date pattern's folded form (:func:`~geo.language.folding.fold_pattern`), made once.
_FOLDED: dict[re.Pattern[str], re.Pattern[str]] = {}


def _matches(pattern: re.Pattern[str], text: str, lowered: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, found with the folded pattern on the lower-cased text where it folds.

    Each place found is matched again with ``pattern`` itself, so the windows
    read the text as written ("September", not "september"). Python's ``re.I``
    costs several times as much on Cyrillic as a case-sensitive search.
    """
    folded = _FOLDED.get(pattern)
    if folded is None:
        folded = _FOLDED[pattern] = fold_pattern(pattern)
    if folded is pattern:
        yield from pattern.finditer(text)
        return
    for found in folded.finditer(lowered):
        match = pattern.match(text, found.start())
        if match is not None:
            yield match


def scan_dates(
    text: str, published: dt.date | None, *, patterns: Sequence[tuple[str, re.Pattern[str]]],
    window: WindowFunction, may_have_date: re.Pattern[str], needles: Mapping[str, str] | None = None,
) -> list[DateMention]:
    """Every date expression of ``text``, in text order; a span taken by an earlier pattern is not read again.

    ``may_have_date`` is a case-insensitive pre-test: compiled without ``re.I``
    (folded, :func:`~geo.language.folding.fold_pattern`) it runs on the
    lower-cased text, which is faster than ``re.I`` on Cyrillic. ``needles``:
    kind -> a word its pattern cannot match without ("ago", «назад»); the
    pattern runs only on text that has it.
    """
    lowered = lower_keep_length(text)
    if not may_have_date.search(text if may_have_date.flags & re.I else lowered):
        return []  # cheap test first: most clauses carry no date
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    weekdays: set[int] = set()  # starts of weekday mentions
    for kind, pattern in patterns:
        if needles and kind in needles and needles[kind] not in lowered:
            continue
        for match in _matches(pattern, text, lowered):
            a, b = match.span()
            if any(a < y and x < b for x, y in taken):
                continue
            resolved = window(kind, match, published)
            if resolved is not None:
                found.append(DateMention(a, b, resolved))
                taken.append((a, b))
                if kind == "weekday":
                    weekdays.add(a)
    found.sort(key=lambda d: d.start)
    if weekdays:
        # "on Monday, September 4", "в понедельник, 4 сентября": the weekday names the date that follows it (not a
        # part of its day: «в четверг ночью» is Thursday night, not "tonight")
        found = [d for d, following in zip(found, [*found[1:], None])
                 if not (d.start in weekdays and following is not None and following.window.precision == 1
                         and following.window.start == following.window.end
                         and _WEEKDAY_GAP.fullmatch(text, d.end, following.start)
                         and any(ch.isdigit() for ch in text[following.start:following.end]))]
        # ... and a part of the day after a weekday is that weekday's: «в четверг ночью», "on Thursday tonight"
        found = [d for d, before in zip(found, [None, *found[:-1]])
                 if not (before is not None and before.start in weekdays and not text[before.end:d.start].strip()
                         and not any(ch.isdigit() for ch in text[d.start:d.end]))]
    return found


def head_line_matches(
    text: str, patterns: Sequence[re.Pattern[str]], *, max_offset: int
) -> Iterator[tuple[int, re.Pattern[str], re.Match[str]]]:
    """``(line offset, pattern, match)`` for each pattern matching a line that starts within ``max_offset``.

    The dateline readers of every pack scan the head of an article this way
    and take the first match they accept.
    """
    offset = 0
    for line in text[:max_offset + 200].splitlines(keepends=True):
        if offset > max_offset:
            return
        for pattern in patterns:
            match = pattern.match(line)
            if match is not None:
                yield offset, pattern, match
        offset += len(line)


def days_later_opening(pattern: re.Pattern[str], text: str, numbers: Mapping[str, int]) -> tuple[int, int, int] | None:
    """(start, end, days) of a language's "N days later" opening matched at the start of ``text``.

    ``pattern``'s named groups hold the count of days as digits or a word of ``numbers`` (none set:
    one day, "The next day").
    """
    match = pattern.match(text)
    if match is None:
        return None
    count = next((value for value in match.groupdict().values() if value), None)
    days = 1 if count is None else int(count) if count.isdigit() else numbers[count.lower()]
    return match.start(), match.end(), days


def the_day_before_a_day(pattern: re.Pattern[str], text: str, found: list[DateMention],
                         numbers: Mapping[str, int] | None = None,
                         needle: re.Pattern[str] | None = None) -> list[DateMention]:
    """``found`` with each match of ``pattern`` ("the previous day", «накануне», "two days earlier") after a
    day told earlier in ``text`` dated that many days (its group ``count``, read with ``numbers``; else one)
    before that day: "said on August 11 that at about 10 a.m. the previous day" is August 10, "on October 16
    handed a note of protest ... over a shooting on the border two days earlier" is October 14 (a mention
    the scan already read at that span, as days before publication, gives way). ``needle``: a cheap pre-test
    the text must pass for ``pattern`` to run."""
    if not found or not any(d.window.one_day for d in found) or (needle is not None and not needle.search(text)):
        return found  # (no day told to count back from, or no words for it: most clauses)
    out = list(found)
    for match in pattern.finditer(text):
        told = [d for d in found if d.end <= match.start() and d.window.one_day]
        count = match.groupdict().get("count")
        days = 1 if not count else int(count) if count.isdigit() else (numbers or {}).get(count.lower())
        if not told or not days:
            continue
        day = told[-1].window.start - dt.timedelta(days=days)
        out = [d for d in out if not (d.start == match.start() and d.end == match.end())]
        out.append(DateMention(match.start(), match.end(), DateWindow(day, day, 1, match.group(0))))
    return sorted(out, key=lambda d: d.start)
