"""Parse the date strings and datelines news articles carry.

Only a closed set of unambiguous layouts is recognised, so a string either
parses to the date it states or yields ``None`` (never a guess):

* ``Sep 18, 2022 14:55 UTC``, ``September 18, 2022``, ``Sept. 18, 2022``,
  ``Sunday, September 18, 2022``
* ``18 September 2022``, ``18 Sep 2022 14:55 GMT``, ``18 Mar 23`` (BBC Monitoring),
  ``Sun, 18 Sep 2022 14:55:00 +0000`` (RFC 2822, as in RSS)
* ``2022-09-18``, ``2022-09-18T14:55:00Z``, ``2022-09-18 14:55+06:00`` (ISO 8601)
* ``18.09.2022``, ``18.09.2022 14:55`` (day first, as written in the region)

Slash dates (``09/18/2022``) are refused: day-first and month-first
readings cannot be told apart. A time may carry ``UTC``/``GMT``/``Z``, a
numeric offset, or one of the few zone abbreviations in :data:`ZONE_OFFSETS`;
any other abbreviation makes the string unparseable rather than wrongly
placed. Times without a zone are taken as UTC. Every returned datetime is
timezone-aware UTC.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

__all__ = [
    "ZONE_OFFSETS",
    "DATELINE_MAX_LINES",
    "ParsedDate",
    "parse_date",
    "parse_date_parts",
    "find_dateline",
    "find_dateline_parts",
]

#: Zone abbreviations accepted after a time, as hours east of UTC.
ZONE_OFFSETS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "MSK": 3,  # Moscow
    "KGT": 6,  # Kyrgyzstan
    "TJT": 5,  # Tajikistan
    "UZT": 5,  # Uzbekistan
    "ALMT": 5,  # Almaty (UTC+5 since 2024)
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
}

#: How many non-empty lines at the top of an article may hold its dateline.
DATELINE_MAX_LINES = 5

_MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    # Russian, as dates are written (genitive) and as named (nominative), and abbreviated
    "января": 1, "январь": 1, "янв": 1, "февраля": 2, "февраль": 2, "фев": 2, "марта": 3, "март": 3,
    "мар": 3, "апреля": 4, "апрель": 4, "апр": 4, "мая": 5, "май": 5, "июня": 6, "июнь": 6, "июн": 6,
    "июля": 7, "июль": 7, "июл": 7, "августа": 8, "август": 8, "авг": 8, "сентября": 9,
    "сентябрь": 9, "сен": 9, "сент": 9, "октября": 10, "октябрь": 10, "окт": 10, "ноября": 11,
    "ноябрь": 11, "ноя": 11, "декабря": 12, "декабрь": 12, "дек": 12,
}  # fmt: skip

_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
_TIME = (
    r"(?:(?:\s*,\s*|\s+at\s+|\s*[-–|•]\s*|\s+)"
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<ampm>[ap])\.?m\.?)?"
    r"(?:\s*(?P<tz>(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[A-Za-z]{1,4}))?"
    r")?"
)
_MDY = re.compile(
    _WEEKDAY + r"(?P<mon>[a-z]+)\.?\s+(?P<day>\d{1,2})" + _ORD + r",?\s+(?P<year>\d{4})" + _TIME,
    re.IGNORECASE,
)
_DMY = re.compile(
    # ... and a two-digit year after the month's name, as BBC Monitoring writes it ("18 Mar 23")
    _WEEKDAY + r"(?P<day>\d{1,2})" + _ORD + r"\s+(?:of\s+)?(?P<mon>[^\W\d_]+)\.?,?\s+(?P<year>\d{4}|\d{2})"
    r"(?:\s*г(?:\.|ода)?)?" + _TIME,
    re.IGNORECASE,
)  # fmt: skip
#: "18.09.2022", and the two-digit year of agency datelines ("21.08.21": 2021).
_DOTTED = re.compile(r"(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4}|\d{2})" + _TIME, re.IGNORECASE)
#: "10/07/25 11:42": a regional outlet's day/month/year (24.kg); month first only where the day
#: cannot be a month ("07/23/2025").
_SLASHED = re.compile(r"(?P<day>\d{1,2})/(?P<mon>\d{1,2})/(?P<year>\d{4}|\d{2})" + _TIME, re.IGNORECASE)
_ISO = re.compile(
    r"\d{4}-\d{2}-\d{2}"
    r"(?P<time>[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?(?:\s*(?:Z|[+-]\d{2}(?::?\d{2})?))?)?",
    re.IGNORECASE,
)
_OFFSET = re.compile(r"(?:UTC|GMT)?\s*(?P<sign>[+-])(?P<h>\d{1,2}):?(?P<m>\d{2})?", re.IGNORECASE)

# Decoration a dateline may carry: bullets, markdown marks and emphasis, a label.
_DATELINE = re.compile(
    r"[ \t]*(?:[•*\-–—#>|][ \t]*)*"
    r"(?:(?:published|updated|posted|dated|date)(?:[ \t]+on)?[ \t]*:?[ \t]*)?"
    r"[*_]*(?P<date>[^\s*_](?:.*[^\s*_])?)[ \t*_]*",
    re.IGNORECASE,
)

# A regional byline: time, date, place and outlet, then perhaps the author
# ("11:05, 21 августа 2024, Бишкек - 24.kg, Анара ТОКТОМАТОВА").
_BYLINE = re.compile(
    r"[ \t]*\d{1,2}:\d{2}[ \t]*,[ \t]*(?P<date>\d{1,2}[ \t]+[^\W\d_]{3,12}\.?[ \t]+\d{4})[ \t]*,"
    r"[ \t]*[^\W\d_][\w .-]{0,40}?[ \t]+[-–—][ \t]+[\w.-]{2,30}(?:[ \t]*,.{0,80})?",
)

# A date line with its source after a bar or a middle dot ("14 June 2022, 16:40 | Asia-Plus"), or
# before it ("**НИАТ «Ховар» · 17.09.2022, 14:20**", "Eurasianet · Feb 9, 2026").
_DATE_SOURCE = re.compile(
    r"[ \t*_]*(?P<date>[^|·\s*_][^|·]{4,40}?)[ \t]+[|·][ \t]+[^\W\d_][\w .,'&«»\"-]{1,40}?[ \t*_]*")
# ... and after the source and its section ("Пограничная служба ГКНБ Кыргызской Республики | Пресс-центр | 22.08.2025, 14:05")
_SOURCE_DATE = re.compile(
    r"[ \t*_]*(?:[^\W\d_][\w .,'&«»\"-]{1,60}?[ \t]+[|·][ \t]+){1,2}(?P<date>[^|·\s*_][^|·*_]{4,40}?)[ \t*_]*")


# A byline or dateline of several parts, each tried alone: parts split at bars, middle dots, bullets and
# spaced dashes ("AFP | 15 Nov 2025 | 11:20 GMT", "**24.kg, Bishkek** - 5 December 2024"); a part may open
# with a label ("Published: ...", «Опубликовано: ...», "Date of issue: ...", «Эфир 27.11.2021»), a clock
# time ("10:42, 19 January 2024, Bishkek"), or a place's or an outlet's name in capitalised words with
# perhaps its country ("ISFARA, Tajikistan, May 2, 2023 (AFP)", "AKIpress, 15 June 2024, 11:20",
# «БИШКЕК. 2 июня 2020 года. ИНТЕРФАКС», «ДУШАНБЕ, 22.08.2023 /АНИ «Ховар»/»); the date then ends at
# the part's end or before a comma, a full stop, a bracket or a slash ("(AP)", "/Kabar/").
_PART_SPLIT = re.compile(r"[ \t]*(?:[|·•]|[ \t][-–—][ \t])[ \t]*")
_PART_LABEL = re.compile(
    r"(?:published|updated|posted|dated|date\s+of\s+(?:issue|publication)|date|issued|broadcast|as\s+of|"
    r"опубликовано|обновлено|дата\s+публикации|дата|эфир)\b(?:\s+on)?\s*:?\s*", re.IGNORECASE)
# ... with its half of the day and zone: "Published 4:12 AM GMT+5, November 9, 2021"
_PART_TIME = re.compile(r"\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC)(?:[+-]\d{1,2}(?::\d{2})?)?)?\s*,\s*")
_NAME_WORD = r"[^\W\d_][\w'’&«»\".-]*"
_PART_NAME = re.compile(
    _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,3}(?:[ \t]*\([^()]{1,40}\))?[ \t]*[,.][ \t]*"
    r"(?:[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*)?[ \t]*,[ \t]*)?")
# ... or before a page's counters ("Date of publication: 09.03.2023 14:20 Views: 4 812")
# ... or after a clock time, before the author's name ("05.10.2023 14:20 Жаныл Мамытова")
_DATE_ENDS = re.compile(r"[,.(/]|[ \t]+(?:views|comments|просмотр\w*|комментари\w*)\b|(?<=\d:\d\d)[ \t]+",
                        re.IGNORECASE)
_EMPHASIS = "*_ \t"


def _capitalised_words(name: str) -> bool:
    """Every word of a leading name starts with a capital letter ("ISFARA, Tajikistan", "Kaktus.media"
    starts so too), not a clause's words ("The brawl broke out on Monday")."""
    words = re.findall(_NAME_WORD, name)
    return bool(words) and all(word[0].isupper() or word[0] in "«\"" for word in words)


def _part_date(line: str) -> tuple[ParsedDate, int, int] | None:
    """The date of one part of a byline or dateline (offsets in ``line``), or ``None``."""
    bounds, last = [], 0
    for separator in _PART_SPLIT.finditer(line):
        bounds.append((last, separator.start()))
        last = separator.end()
    bounds.append((last, len(line)))
    for begin, end in bounds:
        while begin < end and line[begin] in _EMPHASIS:
            begin += 1
        while end > begin and line[end - 1] in _EMPHASIS:
            end -= 1
        starts = [begin]
        if label := _PART_LABEL.search(line, begin, min(end, begin + 40)):
            starts.append(label.end())
            if clock_after := _PART_TIME.match(line, label.end(), end):
                starts.append(clock_after.end())
        if clock := _PART_TIME.match(line, begin, end):
            starts.append(clock.end())
        if (name := _PART_NAME.match(line, begin, end)) and _capitalised_words(line[begin:name.end()]):
            starts.append(name.end())
        for first in starts:
            while first < end and line[first] in _EMPHASIS:
                first += 1
            cuts = [end] + [m.start() for m in _DATE_ENDS.finditer(line, first, min(end, first + 48))]
            for cut in sorted(set(cuts), reverse=True):
                candidate = line[first:cut].rstrip(_EMPHASIS)
                if 6 <= len(candidate) and (parsed := parse_date_parts(candidate)):
                    return parsed, first, first + len(candidate)
    return None


# A date with the page's update note after it ("September 3, 2024 1:58 PM GMT+6 Updated 2 hours ago").
_DATE_UPDATED = re.compile(
    r"[ \t*_]*(?P<date>[^\s*_][^|·]{4,40}?)[ \t]+(?:updated|last updated|обновлено)\b[^|·]{0,40}", re.IGNORECASE)


class ParsedDate(NamedTuple):
    """A parsed date string.

    Attributes
    ----------
    when : datetime.datetime
        The instant, timezone-aware UTC (midnight UTC for a date alone).
    has_time : bool
        Whether the string gave a time of day, not just a date.
    local_date : datetime.date or None
        The calendar day as written, in the writer's own time zone
        ("2024-09-10T01:50:00+05:00" is 10 September there, 9 September in
        UTC): the day the article's "today" and "on Tuesday" mean.
    """

    when: dt.datetime
    has_time: bool
    local_date: dt.date | None = None

    @property
    def day(self) -> dt.date:
        """The publication day as written (:attr:`local_date`), else the UTC day."""
        return self.local_date if self.local_date is not None else self.when.date()


def parse_date_parts(value: str) -> ParsedDate | None:
    """Parse ``value`` and say whether it carried a time of day.

    Parameters
    ----------
    value : str
        One date, optionally with a time and zone; surrounding whitespace is ignored.

    Returns
    -------
    ParsedDate or None
        ``None`` when ``value`` is not one of the recognised layouts or
        names an impossible date (``Feb 30``).

    Examples
    --------
    >>> parsed = parse_date_parts("18.09.2022")
    >>> parsed.when.isoformat(), parsed.has_time
    ('2022-09-18T00:00:00+00:00', False)
    """
    text = value.strip()
    if not text or len(text) > 80:
        return None
    if match := _ISO.fullmatch(text):
        return _from_iso(text, has_time=match.group("time") is not None)
    for pattern in (_MDY, _DMY, _DOTTED, _SLASHED):
        if match := pattern.fullmatch(text):
            return _from_match(match)
    return None


def parse_date(value: str) -> dt.datetime | None:
    """Parse one date string into a timezone-aware UTC datetime.

    Parameters
    ----------
    value : str
        e.g. ``"Sep 18, 2022 14:55 UTC"``, ``"18 September 2022"``,
        ``"2022-09-18T14:55:00Z"`` or ``"18.09.2022"``.

    Returns
    -------
    datetime.datetime or None
        Aware UTC; midnight when only a date is given; ``None`` when the
        string is not a recognised date.

    Examples
    --------
    >>> parse_date("Sep 18, 2022 14:55 UTC").isoformat()
    '2022-09-18T14:55:00+00:00'
    >>> parse_date("2022-09-18T20:55:00+06:00").isoformat()
    '2022-09-18T14:55:00+00:00'
    >>> parse_date("next Tuesday") is None
    True
    """
    parsed = parse_date_parts(value)
    return parsed.when if parsed is not None else None


def find_dateline_parts(
    text: str, *, max_lines: int = DATELINE_MAX_LINES
) -> tuple[ParsedDate, int, int] | None:
    """Like :func:`find_dateline`, but keep whether the dateline gave a time."""
    seen = lines_read = 0
    start = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            for pattern in (_DATELINE, _BYLINE, _DATE_SOURCE, _SOURCE_DATE, _DATE_UPDATED):
                match = pattern.fullmatch(body)
                if match is not None and (parsed := parse_date_parts(match.group("date"))):
                    return parsed, start + match.start("date"), start + match.end("date")
            if (part := _part_date(body)) is not None:
                return part[0], start + part[1], start + part[2]
            # a page's menu ("Society", "Politics", "Incidents") is furniture, not one of the lines looked at
            # (a line that ends a sentence is text, however short; and no more than a screenful is read)
            furniture = len(body.split()) <= 2 and not body.rstrip(" *_").endswith((".", "!", "?"))
            seen += 1 if not furniture else 0
            lines_read += 1
            if seen >= max_lines or lines_read >= 4 * max_lines:
                break
        start += len(line)
    return None


def find_dateline(
    text: str, *, max_lines: int = DATELINE_MAX_LINES
) -> tuple[dt.datetime, int, int] | None:
    """Find a dateline among the first non-empty lines of an article.

    A dateline is a line that holds nothing but a date, optionally after a
    bullet (``•``, ``*``, ``-``), a markdown mark (``#``, ``>``) or a label
    (``Published:``, ``Updated``, ``Posted on``, ``Dated``), and optionally
    in markdown emphasis (``*...*``, ``_..._``); or a date with its source after a
    bar or a middle dot ("14 June 2022, 16:40 | Asia-Plus"), or with the page's update note after it
    ("September 3, 2024 1:58 PM GMT+6 Updated 2 hours ago"); or a regional byline of
    time, date, place and outlet ("11:05, 21 августа 2024, Бишкек - 24.kg,
    Анара ТОКТОМАТОВА"); or, failing those, one part of a line split at bars, dots and
    spaced dashes that holds a date after a label, a clock time or a capitalised name
    ("AFP | 15 Nov 2025 | 11:20 GMT", "ISFARA, Tajikistan, May 2, 2023 (AFP) - ...",
    «ДУШАНБЕ, 22.08.2023 /АНИ «Ховар»/. ...», «Опубликовано: 05.10.2022 11:40»).

    Parameters
    ----------
    text : str
        The article text.
    max_lines : int, default 5
        How many non-empty lines from the top to look at.

    Returns
    -------
    tuple of (datetime.datetime, int, int) or None
        The date (aware UTC) and the start and end character offsets of the
        date within ``text``, so ``text[start:end]`` is the date as written.

    Examples
    --------
    >>> text = "Sep 18, 2022 14:55 UTC\\n  • Putin urges calm\\n"
    >>> when, start, end = find_dateline(text)
    >>> when.isoformat(), text[start:end]
    ('2022-09-18T14:55:00+00:00', 'Sep 18, 2022 14:55 UTC')
    """
    found = find_dateline_parts(text, max_lines=max_lines)
    if found is None:
        return None
    parsed, start, end = found
    return parsed.when, start, end


def _from_iso(text: str, *, has_time: bool) -> ParsedDate | None:
    normalised = re.sub(r"\s+(?=[Zz+-])", "", text).replace(",", ".")
    try:
        when = dt.datetime.fromisoformat(normalised)
    except ValueError:
        return None
    return ParsedDate(_to_utc(when), has_time, when.date())


def _from_match(match: re.Match[str]) -> ParsedDate | None:
    mon = match.group("mon")
    month = int(mon) if mon.isdigit() else _MONTHS.get(mon.lower())
    if month is None:
        return None
    day = int(match.group("day"))
    if match.re is _SLASHED and month > 12 >= day:
        day, month = month, day  # "07/23/2025": month first
    hour = minute = second = 0
    has_time = match.group("hour") is not None
    tzinfo: dt.tzinfo = dt.timezone.utc
    if has_time:
        hour, minute = int(match.group("hour")), int(match.group("minute"))
        second = int(match.group("second") or 0)
        ampm = match.group("ampm")
        if ampm is not None:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
        zone = _zone(match.group("tz"))
        if zone is None:
            return None
        tzinfo = zone
    year = int(match.group("year"))
    if year < 100:
        year += 2000  # "21.08.21": the news this tool reads is of this century
    try:
        when = dt.datetime(
            year, month, day,
            hour, minute, second, tzinfo=tzinfo,
        )  # fmt: skip
    except ValueError:
        return None
    return ParsedDate(_to_utc(when), has_time, when.date())


def _zone(token: str | None) -> dt.tzinfo | None:
    if token is None:
        return dt.timezone.utc
    hours = ZONE_OFFSETS.get(token.upper())
    if hours is not None:
        return dt.timezone(dt.timedelta(hours=hours))
    match = _OFFSET.fullmatch(token)
    if match is None:
        return None
    delta = dt.timedelta(hours=int(match.group("h")), minutes=int(match.group("m") or 0))
    if delta > dt.timedelta(hours=14):
        return None
    return dt.timezone(-delta if match.group("sign") == "-" else delta)


def _to_utc(when: dt.datetime) -> dt.datetime:
    if when.tzinfo is None:
        return when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone(dt.timezone.utc)
