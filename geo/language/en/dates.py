"""English date expressions, resolved against the publication date.

ACLED time precision: 1 the exact day, 2 within a week or a range of a few
days, 3 a month; a bare year (``kind="year"``) is precision 3 and serves the
time scope only (an event dated only to a year is background).

Rules (``pub`` is the publication date):

- ``on September 14`` / ``14 September`` / ``2022-09-14`` / ``13-14 March``:
  that day or range (a month and day after ``pub`` are taken from the
  previous year); precision 1 (2 for a range).
- ``on Wednesday`` / ``late on Tuesday``: the latest such weekday on or before
  ``pub``; ``last Wednesday``: strictly before ``pub``; ``this Monday``: the
  Monday of ``pub``'s week.
- ``yesterday``, ``today``, ``overnight``, ``last night``, ``earlier today``.
- ``last week``, ``this week``, ``last weekend``; ``last month``, ``in September``.
- ``three days ago`` (that day), ``a week ago`` (the seven days around it).
- ``in 2021``, ``the 2022 war``, ``since 2014``, ``last year``, ``N years ago``: years.
"""

from __future__ import annotations

import datetime as dt
import re

from geo.incidents.model import DateMention, DateWindow
from geo.language.folding import fold_pattern
from geo.language.windows import (
    ago_window,
    weekday_span_window,
    day_of_month,
    days_window,
    days_later_opening,
    month_window,
    months_window,
    period_window,
    recent_month,
    scan_dates,
    season_window,
    span_window,
    the_day_before_a_day,
    year_window,
)

__all__ = ["find_dates", "days_later", "MONTHS", "month_number"]

MONTHS = {
    m: i for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")], start=1) for m in names
}
_WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
#: The weekday names as one group, in lower case, for the patterns of the pack that read them with ``re.I``
#: (a pattern that reads case wraps it in ``(?i:...)``).
WEEKDAY_NAMES = "(?:" + "|".join(_WEEKDAYS) + ")"
_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(\d{4}))?"
_RANGE = r"(?:\s*(?:[-–]|to|and)\s*" + _DAY + r")?"
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "a": 1, "one": 1}
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("dotted", re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
    # across a month's end: "April 28 - May 1, 2021", "28 April to 1 May 2021"
    ("month_day_span", re.compile(rf"\b{_MONTH}\s+{_DAY}\s*(?:[-–]|to|until|through)\s*{_MONTH}\s+{_DAY}{_YEAR}\b",
                                  re.I)),
    # ... "between November 27 and December 2"
    ("month_day_span", re.compile(rf"(?<=\bbetween\s){_MONTH}\s+{_DAY}\s+and\s+{_MONTH}\s+{_DAY}{_YEAR}\b", re.I)),
    ("day_month_span", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\s*(?:[-–]|to|until)\s*{_DAY}\s+(?:of\s+)?"
                                  rf"{_MONTH}{_YEAR}\b", re.I)),
    # BBC Monitoring's "0812 gmt 17 Mar 23": a day, a month's abbreviation and a two-digit year (not March 23)
    ("day_month_yy", re.compile(r"\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(\d{2})(?=[ \t]*(?:[)\]\n;]|$))",
                                re.I)),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}{_RANGE}{_YEAR}\b(?!\s*(?:km|kilomet|%))", re.I)),
    ("day_month", re.compile(rf"\b{_DAY}{_RANGE}\s+(?:of\s+)?{_MONTH}{_YEAR}\b", re.I)),
    # "lasted from Friday to Sunday", "between Friday and Sunday", "Friday through Sunday": the days between
    ("weekday_span", re.compile(r"\b(?:from\s+|between\s+)?(" + WEEKDAY_NAMES + r")\s+(?:to|until|till|through|and)\s+"
                                r"(" + WEEKDAY_NAMES + r")\b", re.I)),
    ("weekday", re.compile(
        r"\b(this|last|on|past|early|late|late on|early on)?\s*"
        r"(" + WEEKDAY_NAMES + r")\b"
        # "On Tuesday last week": that weekday of the week before publication
        r"(?:,?\s+(?:of\s+)?(last week|the previous week|the week before)\b)?", re.I)),
    ("relative", re.compile(
        # (not "Three years ago this week": an anniversary's week of a past year)
        # ("this morning", "early this afternoon": the day of writing)
        r"(?<!\bago )\b(the day before yesterday|yesterday|earlier today|today|this morning|this afternoon|this evening|"
        # ("died overnight in the regional hospital", "held overnight before being released": a death of the
        # wounded and a detention's length, not the day of the event)
        r"overnight(?<!died overnight)(?<!held overnight)(?<!kept overnight)(?<!detained overnight)|"
        r"last night|tonight|last week|this week|"
        r"earlier this week|last weekend|this weekend|over the weekend|last month|this month|"
        r"earlier this month)\b", re.I)),
    # two months as one period: "In April-May 2021", "during September and October 2022" (not "in April and may
    # be")
    ("month_span", re.compile(rf"\b(?:(?:in|since|during|of|early|late|the|between|from)\s+){_MONTH}"
                              rf"\s*(?:[-–—]|\s(?:to|and|or|through)\s)\s*{_MONTH}(?:,?\s+(\d{{4}}))?"
                              r"\b(?!\s+(?:\d|be|have|not|also|well)\b)", re.I)),
    ("month", re.compile(rf"\b(?:(?:in|since|during|of|early|late|mid-?|the|last)\s+|mid-){_MONTH}(?:\s+(\d{{4}}))?\b"
                         r"(?!\s+\d)", re.I)),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(\d{{4}})\b", re.I)),
    # "in the spring", "last summer", "autumn 2021", "the winter of 2022"; not "the fall of the city" nor
    # "a spring used by herders" (the qualifier before the season is read by _season_qualifier)
    ("season", re.compile(
        r"\b(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:19|20)\d\d))?\b(?!\s+of\s+(?!\d))", re.I)),
    # a day without its month, told as a time: "on the night of the 12th", "early on the 3rd" (not "the 11th round")
    ("day_only", re.compile(
        r"\b(?:on|night of|morning of|evening of|afternoon of|early on|late on)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b"
        r"(?!\s*(?:of\s+)?(?:[a-z]+\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|century|round|session|"
        r"anniversary|floor|grade|place|time|birthday|meeting|congress|convocation|post|outpost|brigade|division|"
        r"detachment|battalion|regiment|company|unit|day|week|month|year|kilomet|km|street))", re.I)),
    ("years_ago", re.compile(
        r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago\b", re.I)),
    ("days_ago", re.compile(
        r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week)s?\s+ago\b", re.I)),
    ("last_year", re.compile(r"\b(last year|a year earlier|the previous year|the year before)\b", re.I)),
    # a birth year ("a resident born in 1979") dates a person, not the story
    # not a unit or item number: "military unit 2023", "No. 2021", "flight 2014"
    # nor a treaty's year: "on a plot handed over under the 2025 treaty", "the treaty of 2025"
    # ... nor a place's or a thing's founding: "a village of Leilek district founded in 1994", "The gate, built in 1986"
    ("year", re.compile(r"(?<![\d,.:/-])(?<!born )(?<!born in )(?<!born \d{4} and )(?<!born in \d{4} and )"
                        r"(?<!founded in )(?<!built in )(?<!established in )(?<!constructed in )"
                        r"(?<!unit )(?<!No\. )(?<!no\. )(?<!flight )(?<!year of birth )(?<!year of birth: )"
                        r"(?<!treaty of )(?<!agreement of )((?:19[5-9]|20[0-4])\d)"
                        # ... nor a birth year told after the year: "Sobirov Umed, 1967 birth year, resident of Vorukh"
                        r"(?!\d|[,.:/]\d|\s*(?:GMT|UTC|hours?|hrs)|\s+(?:border\s+)?(?:treaty|agreement|accord)\b"
                        r"|\s+(?:birth\s+year|year\s+of\s+birth|b\.)(?!\w))\b")),
]


def month_number(name: str) -> int | None:
    """``Sept.`` -> 9; ``None`` for a word that is not a month."""
    key = name.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    return MONTHS.get(key[:3]) if len(key) >= 3 else None


def _window(kind: str, match: re.Match[str], pub: dt.date | None) -> DateWindow | None:  # noqa: C901
    text = match.group(0).strip()
    if kind in ("iso", "dotted"):
        a, b, c = (int(g) for g in match.groups())
        year, month, day = (a, b, c) if kind == "iso" else (c, b, a)
        try:
            day_ = dt.date(year, month, day)
        except ValueError:
            return None
        return DateWindow(day_, day_, 1, text)
    if kind == "day_month_yy":
        try:
            day_ = dt.date(2000 + int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)))
        except ValueError:
            return None
        return DateWindow(day_, day_, 1, text)
    if kind in ("month_day_span", "day_month_span"):
        if kind == "month_day_span":
            month1, d1, month2, d2, year = match.groups()
        else:
            d1, month1, d2, month2, year = match.groups()
        return span_window(month_number(month1), int(d1), month_number(month2), int(d2), int(year) if year else None,
                           pub, text)
    if kind in ("month_day", "day_month"):
        if kind == "month_day":
            month_name, d1, d2, year = match.group(1), match.group(2), match.group(3), match.group(4)
        else:
            d1, d2, month_name, year = match.group(1), match.group(2), match.group(3), match.group(4)
        return days_window(month_number(month_name), int(d1), int(d2) if d2 else None, int(year) if year else None,
                           pub, text)
    if kind == "month_span":
        return months_window(month_number(match.group(1)), month_number(match.group(2)),
                             int(match.group(3)) if match.group(3) else None, pub, text)
    if kind == "day_only":
        day_ = day_of_month(int(match.group(1)), pub)
        return DateWindow(day_, day_, 1, text) if day_ else None
    if kind == "year":
        return year_window(int(match.group(1)), text)
    if kind == "month_year":
        month = month_number(match.group(1))
        return month_window(int(match.group(2)), month, text) if month else None
    if kind == "season":
        word, year = match.group(1), match.group(2)
        qualifier = _season_qualifier(match.string, match.start())
        if qualifier is None and not year:
            return None  # "a spring used by herders", "spring water"
        season = "autumn" if word.lower() == "fall" else word.lower()
        if qualifier == "this" and not year and pub is not None:  # "this autumn", said in July
            return season_window(season, pub.year + (season == "winter" and pub.month == 12), pub, text)
        return season_window(season, int(year) if year else None, pub, text,
                             previous=qualifier == "last")
    if kind == "month" and match.group(2):
        month = month_number(match.group(1))
        return month_window(int(match.group(2)), month, text) if month else None
    if pub is None:
        return None
    if kind == "years_ago":
        token = match.group(1).lower()
        back = int(token) if token.isdigit() else _WORD_NUMBERS.get(token, 1)
        return year_window(pub.year - back, text)
    if kind == "days_ago":
        token = match.group(1).lower()
        return ago_window(int(token) if token.isdigit() else _WORD_NUMBERS.get(token, 1),
                          match.group(2).lower(), pub, text)
    if kind == "last_year":
        return year_window(pub.year - 1, text)
    if kind == "weekday_span":
        return weekday_span_window(pub, _WEEKDAYS[match.group(1).lower()], _WEEKDAYS[match.group(2).lower()], text)
    if kind == "weekday":
        qualifier = (match.group(1) or "").lower()
        weekday = _WEEKDAYS[match.group(2).lower()]
        if match.group(3):
            day = pub - dt.timedelta(days=pub.weekday() + 7 - weekday)
        elif qualifier == "this":
            day = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=weekday)
        else:
            back = (pub.weekday() - weekday) % 7
            if back == 0 and qualifier in ("last", "past"):
                back = 7
            day = pub - dt.timedelta(days=back)
        return DateWindow(day, day, 1, text)
    if kind == "relative":
        period = _PERIODS.get(match.group(1).lower())
        return period_window(period, pub, text) if period else None
    if kind == "month":
        month = month_number(match.group(1))
        return recent_month(month, pub, text) if month else None
    return None


_SEASON_QUALIFIER = re.compile(r"\b(in|during|since|by|last|this|early|late|mid-?|the)\s+(?:the\s+)?(?:(?:early|late)\s+)?$",
                               re.I)


def _season_qualifier(text: str, start: int) -> str | None:
    """The word before a season that makes it a date ("in the", "last", "this"), or ``None``."""
    found = _SEASON_QUALIFIER.search(text, max(0, start - 20), start)
    if found is not None and found.group(1).lower() == "the" \
            and not _TIME_BEFORE_THE.search(text, max(0, found.start() - 20), found.start()):
        return None  # "The spring above Kyshtut", "a fight at the spring": water, not a season ("in the spring")
    return found.group(1).lower() if found else None


#: Before "the" of a season that makes it a time: "in the spring", "during the summer", "by the autumn".
_TIME_BEFORE_THE = re.compile(r"(?:in|during|since|by|until|till|through|throughout|over|of|for|early|late)\s+$",
                              re.I)


#: Words that name a night without naming its day (:attr:`~geo.language.base.LanguagePack.night_words`).
NIGHT_WORDS = frozenset({"overnight", "tonight"})
#: Words that name the day of writing (:attr:`~geo.language.base.LanguagePack.today_words`).
TODAY_WORDS = frozenset({"today", "this morning", "this evening", "this afternoon"})
#: The relative words of the ``relative`` pattern -> named periods (:data:`geo.language.windows.PERIODS`).
_PERIODS = {
    "yesterday": "yesterday", "overnight": "last_night", "last night": "last_night",
    "the day before yesterday": "day_before_yesterday",
    "today": "today", "earlier today": "today", "tonight": "today",
    "this morning": "today", "this afternoon": "today", "this evening": "today",
    "last week": "last_week", "this week": "this_week", "earlier this week": "this_week",
    "last weekend": "last_weekend", "over the weekend": "last_weekend", "this weekend": "this_weekend",
    "last month": "last_month", "this month": "this_month", "earlier this month": "this_month",
}


_MAY_HAVE_DATE = fold_pattern(re.compile(
    # a number alone is no date: a year of the patterns' range, or digits joined by a dot or a dash
    r"(?:19[5-9]|20[0-4])\d|\d[.\-]\d|\d(?:st|nd|rd|th)\b|day\b|\b(yesterday|today|tonight|overnight|last|this|ago|jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec|weekend|spring|summer|autumn|fall|winter|year)",
    re.I,
))


#: A word each of these kinds cannot match without (:func:`~geo.language.windows.scan_dates` skips them).
_NEEDLES = {"years_ago": "ago", "days_ago": "ago"}


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date expression in ``text`` resolved against ``published``, in text order.

    Examples
    --------
    >>> pub = dt.date(2022, 9, 18)  # a Sunday
    >>> [(d.window.start.isoformat(), d.window.precision) for d in find_dates(
    ...     "Clashes erupted on Wednesday. On September 14, shelling.", pub)]
    [('2022-09-14', 1), ('2022-09-14', 1)]
    >>> [d.window.kind for d in find_dates("the 2022 war; at 07:15 UTC", pub)]
    ['year']
    """
    found = the_day_before_a_day(_THE_DAY_BEFORE, text, scan_dates(
        text, published, patterns=_PATTERNS, window=_window, may_have_date=_MAY_HAVE_DATE, needles=_NEEDLES),
        _WORD_NUMBERS, _DAY_WORD)
    # a deadline after publication ("withdraw ... by November 25", published November 19) dates
    # no event; read as last year's November 25 it would make the clause background
    return [d for d in found if not (
        published is not None and d.window.end < published - dt.timedelta(days=180)
        and not _YEAR_DIGITS.search(text, d.start, d.end)
        and _DEADLINE_BEFORE.search(text, max(0, d.start - 40), d.start))
        and not _NAME_HISTORY_BEFORE.search(text, max(0, d.start - 60), d.start)
        # a weekday of a plan ("are to meet at 10:00 on Thursday"): the coming one, no day of an event told
        # ... nor a current week or month of one ("its teams would survey the area again this month")
        and not ((_WEEKDAY_NAME.search(text, d.start, d.end) or _THIS_PERIOD.match(text, d.start, d.end))
                 and _PLAN_BEFORE.search(text, max(0, d.start - 60), d.start))]


#: A word every ``_THE_DAY_BEFORE`` has (a cheap pre-test; "day" alone is in every weekday).
_DAY_WORD = re.compile(r"previous|preceding|before|earlier", re.I)
#: The day before the day told just before in the clause: "said on August 11 that ... |the previous day|".
_THE_DAY_BEFORE = re.compile(r"\b(?:the\s+)?(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)\b|"
                             r"\bthe\s+day\s+before\b(?!\s+yesterday)|"
                             # "over a shooting on the border two days earlier" (not "two days before the talks")
                             r"\b(?P<count>a|one|two|three|four|five|six|\d)\s+days?\s+(?:earlier|before)\b"
                             r"(?!\s+(?:the|that|a|an|his|her|their|its)\b)", re.I)

# ... and a plan: "the school will open on September 1 as planned", "pupils would start classes on September 2", "the talks are scheduled for October 3"
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|no later than)\s+$|\b(?:will|would)\s+(?:[\w-]+\s+){0,3}?(?:on|from)\s+$|"
                              r"\b(?:scheduled|planned|due|set|expected)\s+(?:to\s+[\w-]+\s+)?(?:for|on)\s+$", re.I)
_YEAR_DIGITS = re.compile(r"\d{4}")
#: A plan before a weekday: "are to meet at 10:00 on |Thursday", "will hold talks on |Friday", "is due on |Monday".
_PLAN_BEFORE = re.compile(r"\b(?:(?:is|are|was|were)\s+to|will|would|shall|(?:is|are)\s+(?:scheduled|planned|due|set|expected)\s+to)"
                          r"\s+[\w-]+\s+(?:(?:[\w:,-]+|[ap]\.m\.)\s+){0,5}?(?:on\s+)?$|\b(?:scheduled|planned|due|set)(?:\s+for)?\s*$",
                          re.I)
_THIS_PERIOD = re.compile(r"(?:later\s+)?this\s+(?:week|month)\s*$", re.I)
_WEEKDAY_NAME = re.compile(r"\b" + WEEKDAY_NAMES + r"\b", re.I)
#: A name's history dates no event: "Uch-Bulak, which was known as Churbek until January 2023".
_NAME_HISTORY_BEFORE = re.compile(r"\b(?:known as|called|named)\s+(?:[\w’'-]+\s+){1,3}?(?:until|till|before)\s+$",
                                  re.I)


#: A sentence that opens by counting days from the last day told: "Three days later,", "A day later",
#: "The next day", "The following morning".
_DAYS_LATER = re.compile(
    r"^\W*(?:(?:and|but|then)\s+)?(?:(?P<count>a|one|two|three|four|five|six|\d)\s+days?\s+later|"
    r"(?:the|on the)\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+after)\b", re.I)


def days_later(text: str) -> tuple[int, int, int] | None:
    """(start, end, days) of an opening that dates a clause by days after the last day told.

    Examples
    --------
    >>> days_later("Three days later, an old mortar round exploded")
    (0, 16, 3)
    >>> days_later("The next day, residents returned"), days_later("He died three days later") is None
    ((0, 12, 1), True)
    """
    return days_later_opening(_DAYS_LATER, text, _WORD_NUMBERS)
