"""Russian date expressions, resolved against the publication date.

The same windows and precisions as the English reader (:mod:`geo.language.en.dates`):

- ``16 сентября``, ``14–16 сентября 2022 года``, ``14.09.2022``, ``2022-09-14``:
  that day or range (a day after publication is taken from the previous year).
- ``в среду``, ``в ночь на четверг``: the latest such weekday on or before publication
  (``в ночь на четверг`` is the night before that Thursday, dated to its Wednesday).
- ``вчера``, ``сегодня``, ``накануне``, ``позавчера``, ``на прошлой неделе``,
  ``на этой неделе``, ``в прошлом месяце``, ``в сентябре``, ``в сентябре 2022 года``.
- ``три дня назад`` (that day), ``неделю назад`` (the seven days around it).
- ``в 2021 году``, ``год назад``, ``в прошлом году``: years (time scope only).

Regular expressions over the clause, measured as faster than calling
``dateparser`` on candidate phrases (docs/ACCURACY.md).
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

__all__ = ["find_dates", "days_later", "MONTHS_GENITIVE", "month_number"]

#: Month stems: genitive (сентября), nominative (сентябрь), prepositional (сентябре), abbreviations (сен).
_MONTH_STEMS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
                "ноябр", "декабр")
MONTHS_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                   "октября", "ноября", "декабря")
_ABBREVIATIONS = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7,
                  "авг": 8, "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12}
_MONTH = (r"(январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|августа?|августе|"
          r"сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|янв|фев|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.?")
_YEAR = r"(?:\s+(\d{4})(?:\s*(?:года|г\.|г\b|году))?)?"
_WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5,
             "воскресень": 6}
_WEEKDAY = r"(понедельник|вторник|сред[ауые]|четверг|пятниц[ауые]|суббот[ауые]|воскресень[ея])"
_AGO_NUMBERS = {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
                "девять": 9, "десять": 10}
#: «накануне праздника Курбан-байрам»: "on the eve of" a thing named after it, a preposition that tells no day.
_EVE_OF_A_THING = (r"(?!\s+(?:праздник|выбор|визит|встреч|переговор|саммит|заседани|годовщин|нов\w+\s+года|"
                   r"дня\s)\w*)")

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("dotted", re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
    # across a month's end: «28 апреля — 1 мая 2021 года», «с 28 апреля по 1 мая»
    ("day_month_span", re.compile(rf"\b(\d{{1,2}})\s+{_MONTH}(?:\s*[-–—]\s*|\s+по\s+)(\d{{1,2}})\s+{_MONTH}{_YEAR}",
                                  re.I)),
    # «14–16 сентября», and a night's two days: «в ночь с 8 на 9 сентября»; «с 21 по 24 июля» («с 21-го по 24 июля»);
    # «1 и 2 апреля» (as English "April 1 and 2")
    ("day_month", re.compile(rf"\b(\d{{1,2}})(?:(?:\s*[-–—]\s*|\s+на\s+|\s+и\s+|(?:-го)?\s+по\s+)(\d{{1,2}}))?\s+{_MONTH}{_YEAR}",
                             re.I)),
    # a day without its month: «в ночь на 12-е», «12-го числа» (not «12-го батальона»)
    ("day_only", re.compile(rf"\bв\s+ночь\s+(?:на|со?)\s+(?P<night>\d{{1,2}})-(?:е|го)\b(?!\s+(?:\w+\s+)?{_MONTH})"
                            r"|\b(?P<day>\d{1,2})-го\s+числа\b", re.I)),
    # «с пятницы по воскресенье», «с субботы до понедельника»: the days between
    ("weekday_span", re.compile(rf"\bсо?\s+{_WEEKDAY}\s+(?:по|до)\s+{_WEEKDAY}", re.I)),
    # «в ночь на четверг», «в ночь с воскресенья на понедельник», «в ночь со среды на четверг»
    ("night", re.compile(rf"\bв\s+ночь\s+(?:со?\s+{_WEEKDAY}\s+на\s+{_WEEKDAY}|(на|со?)\s+{_WEEKDAY})", re.I)),
    # («во вторник на прошлой неделе»: that weekday of the week before publication)
    ("weekday", re.compile(rf"\b(в|во|в прошлый|в прошлую|в минувший|в минувшую|в эт[иу]|прошлой|прошлым)?\s*{_WEEKDAY}\b"
                           r"(?:,?\s+(на прошлой неделе|на минувшей неделе|прошлой недели))?",
                           re.I)),
    ("relative", re.compile(
        # («во время вчерашней перестрелки»: yesterday's)
        # («накануне праздника Курбан-байрам»: "on the eve of", a preposition before its noun, no day)
        r"\b(позавчерашн[а-яё]+|вчерашн[а-яё]+|позавчера|вчера|сегодня|"
        r"накануне" + _EVE_OF_A_THING + r"|"
        r"минувшей ночью|прошлой ночью|"
        r"этой ночью|ночью|"
        r"на прошлой неделе|на минувшей неделе|на этой неделе|на текущей неделе|в минувшие выходные|"
        r"в прошлые выходные|в выходные|в прошлом месяце|в этом месяце|в начале месяца)\b", re.I)),
    # (not «в сентябрьском конфликте»: an adjective of the month names no month of this year)
    # («после сентября прошлого года»: the month of the year before publication)
    # («за январь и февраль ... зафиксировано семь инцидентов»: a period counted)
    # («с конца апреля»: since the end of the month)
    # two months as one period: «в апреле-мае 2021 года», «с апреля по май», «в сентябре и октябре 2022 года»
    ("month_span", re.compile(rf"\b(?:в|во|с|за|между)\s+{_MONTH}(?:\s*[-–—]\s*|\s+(?:и|или|по)\s+){_MONTH}(?![а-яё])"
                              rf"{_YEAR}", re.I)),
    ("month", re.compile(rf"\b(?:в|во|с|до|после|начале|конце|середине|начала|конца|середины|течение|за)\s+{_MONTH}(?![а-яё])"
                         rf"(?:\s+(\d{{4}})|\s+(прошлого|позапрошлого) года)?",
                         re.I)),
    # ... but an adjective with its year: «во время апрельского вооруженного конфликта этого года»
    ("month_adjective", re.compile(
        r"\b(январск|февральск|мартовск|апрельск|майск|июньск|июльск|августовск|сентябрьск|октябрьск|ноябрьск|"
        r"декабрьск)[а-яё]*\s+(?:[а-яё]+\s+){0,2}?(этого|текущего|нынешнего|прошлого|позапрошлого)\s+года\b", re.I)),
    # «весной», «прошлой осенью», «летом 2021 года», «весной прошлого года» (the qualifier before the
    # season is read by _season_qualifier)
    ("season", re.compile(
        r"\b(весн|лет|осен|зим)(?:ой|ом|ью)\b"
        r"(?:\s+(?:(\d{4})\s+г(?:ода|\.)|(прошлого|позапрошлого|этого|нынешнего)\s+года))?", re.I)),
    ("years_ago", re.compile(r"\b(год|два года|три года|(\d{1,2})\s+(?:год|года|лет))\s+назад\b", re.I)),
    ("days_ago", re.compile(
        r"\b(?:(день|неделю)|(\d{1,2}|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+"
        r"(дн(?:я|ей)|недел[иь]))\s+назад\b", re.I)),
    ("last_year", re.compile(r"\b(в прошлом году|годом ранее|в позапрошлом году)\b", re.I)),
    # a birth year ("рядовой 2004 года рождения", "1979 г.р.", "1986 и 1991 годов рождения")
    # dates a person, not the story
    # not a unit or item number: «в/ч 2023», «войсковой части 2045», «№ 2021»
    # nor a treaty's year: «на участке, который по договору 2025 года отошел Кыргызстану»
    # nor a founding year: «село, основанное в 1994 году», «построенный в 1986 году шлюз»
    ("year", re.compile(r"(?<![\d,.:/-])(?<!в/ч )(?<!части )(?<!№ )(?<!№)(?<!договору )(?<!договора )(?<!договором )"
                        r"(?<!основано в )(?<!основан в )(?<!основана в )(?<!основанное в )(?<!основанный в )"
                        r"(?<!построен в )(?<!построена в )(?<!построено в )(?<!построенный в )(?<!построенная в )"
                        r"(?<!построенное в )(?<!соглашению )(?<!соглашения )((?:19[5-9]|20[0-4])\d)(?!\d|[,.:/]\d|\s*(?:(?:и|,)\s*(?:19|20)\d\d\s*)*(?:год(?:а|ов)?\s+рождения|г\.\s*р\.))"
                        r"(?:\s*(?:года|году|год|г\.))?")),
]


def month_number(word: str) -> int | None:
    """``сентября`` -> 9, ``сен`` -> 9; ``None`` for a word that is not a month."""
    key = word.lower().rstrip(".")
    if key in _ABBREVIATIONS:
        return _ABBREVIATIONS[key]
    if key in ("мая", "май", "мае"):
        return 5
    for number, stem in enumerate(_MONTH_STEMS, start=1):
        if number != 5 and key.startswith(stem):
            return number
    return None


def _weekday(word: str) -> int:
    lower = word.lower()
    return next(i for stem, i in _WEEKDAYS.items() if lower.startswith(stem))


def _back_to(pub: dt.date, weekday: int, strictly: bool) -> dt.date:
    back = (pub.weekday() - weekday) % 7
    if back == 0 and strictly:
        back = 7
    return pub - dt.timedelta(days=back)


#: Before a day and month, the night into that day: «в ночь на |7 мая».
_NIGHT_TO_BEFORE = re.compile(r"\bв\s+ночь\s+на\s+$", re.I)


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
    if kind == "day_only":
        day_ = day_of_month(int(match.group("night") or match.group("day")), pub)
        return DateWindow(day_, day_, 1, text) if day_ else None
    if kind == "day_month_span":
        d1, month1, d2, month2, year = match.groups()
        return span_window(month_number(month1), int(d1), month_number(month2), int(d2), int(year) if year else None,
                           pub, text)
    if kind == "day_month":
        d1, d2, month_word, year = match.groups()
        window = days_window(month_number(month_word), int(d1), int(d2) if d2 else None, int(year) if year else None,
                             pub, text)
        if window is not None and not d2 and _NIGHT_TO_BEFORE.search(match.string, max(0, match.start() - 16),
                                                                     match.start()):
            # «в ночь на 7 мая»: the night from the 6th into the 7th
            return DateWindow(window.end - dt.timedelta(days=1), window.end, 2, text)
        return window
    if kind == "year":
        return year_window(int(match.group(1)), text)
    if kind == "season":
        stem, year, year_word = (g.lower() if g else "" for g in match.groups())
        qualifier = _season_qualifier(match.string, match.start())
        season = _SEASONS[stem]
        if year:
            return season_window(season, int(year), pub, text)
        if (year_word or qualifier.startswith(("эт", "нынешн"))) and pub is not None:
            back = {"прошлого": 1, "позапрошлого": 2}.get(year_word, 0)
            return season_window(season, pub.year - back + (season == "winter" and pub.month == 12), pub, text)
        return season_window(season, None, pub, text, previous=qualifier.startswith(("прошл", "минувш")))
    if kind == "month" and match.group(2):
        month = month_number(match.group(1))
        return month_window(int(match.group(2)), month, text) if month else None
    if kind == "month_span":
        return months_window(month_number(match.group(1)), month_number(match.group(2)),
                             int(match.group(3)) if match.group(3) else None, pub, text)
    if pub is None:
        return None
    if kind == "weekday_span":
        return weekday_span_window(pub, _weekday(match.group(1)), _weekday(match.group(2)), text)
    if kind == "night":
        to_weekday = match.group(2) or (match.group(4) if match.group(3).lower() == "на" else None)
        if to_weekday is None:  # «в ночь с пятницы»: the night that follows that day
            day = _back_to(pub, _weekday(match.group(4)), strictly=False)
        else:  # «в ночь на четверг», «с воскресенья на понедельник»: the night before that day
            day = _back_to(pub, _weekday(to_weekday), strictly=False) - dt.timedelta(days=1)
        return DateWindow(day, day + dt.timedelta(days=1), 2, text)
    if kind == "weekday":
        qualifier = (match.group(1) or "").lower()
        strictly = "прошл" in qualifier or "минувш" in qualifier
        if match.group(3):
            day = pub - dt.timedelta(days=pub.weekday() + 7 - _weekday(match.group(2)))
            return DateWindow(day, day, 1, text)
        day = _back_to(pub, _weekday(match.group(2)), strictly)
        return DateWindow(day, day, 1, text)
    if kind == "years_ago":
        word = match.group(1).lower()
        back = int(match.group(2)) if match.group(2) else {"год": 1, "два года": 2, "три года": 3}[word]
        return year_window(pub.year - back, text)
    if kind == "days_ago":
        single, count, unit = (g.lower() if g else "" for g in match.groups())
        if single:
            return ago_window(1, "day" if single == "день" else "week", pub, text)
        number = int(count) if count.isdigit() else _AGO_NUMBERS[count]
        return ago_window(number, "day" if unit.startswith("дн") else "week", pub, text)
    if kind == "last_year":
        return year_window(pub.year - (2 if "позапрошл" in text.lower() else 1), text)
    if kind == "relative":
        word = match.group(1).lower()
        period = _PERIODS.get(word[:word.index("ш")] if "шн" in word else word)  # «вчерашней» -> «вчера»
        return period_window(period, pub, text) if period else None
    if kind == "month_adjective":
        month = _MONTH_ADJECTIVES.index(match.group(1).lower()) + 1
        back = {"прошлого": 1, "позапрошлого": 2}.get(match.group(2).lower(), 0)
        return month_window(pub.year - back, month, text)
    if kind == "month":
        month = month_number(match.group(1))
        if month and match.group(3):
            return month_window(pub.year - (2 if match.group(3).lower().startswith("поза") else 1), month, text)
        return recent_month(month, pub, text) if month else None
    return None


#: The stems of the months' adjectives, in calendar order («апрельского конфликта этого года»).
_MONTH_ADJECTIVES = ("январск", "февральск", "мартовск", "апрельск", "майск", "июньск", "июльск", "августовск",
                     "сентябрьск", "октябрьск", "ноябрьск", "декабрьск")
#: Words that name a night without naming its day (:attr:`~geo.language.base.LanguagePack.night_words`).
NIGHT_WORDS = frozenset({"ночью", "этой ночью"})
#: Words that name the day of writing (:attr:`~geo.language.base.LanguagePack.today_words`).
TODAY_WORDS = frozenset({"сегодня", "сегодня утром", "сегодня вечером", "сегодня днем", "сегодня днём"})
#: The relative words of the ``relative`` pattern -> named periods (:data:`geo.language.windows.PERIODS`).
_PERIODS = {
    "вчера": "yesterday", "накануне": "yesterday", "минувшей ночью": "yesterday", "прошлой ночью": "yesterday",
    "позавчера": "day_before_yesterday", "сегодня": "today", "этой ночью": "today", "ночью": "today",
    "на прошлой неделе": "last_week", "на минувшей неделе": "last_week",
    "на этой неделе": "this_week", "на текущей неделе": "this_week",
    "в минувшие выходные": "last_weekend", "в прошлые выходные": "last_weekend", "в выходные": "last_weekend",
    "в прошлом месяце": "last_month", "в этом месяце": "this_month", "в начале месяца": "this_month",
}


_SEASONS = {"весн": "spring", "лет": "summer", "осен": "autumn", "зим": "winter"}
_SEASON_QUALIFIER = re.compile(r"\b(прошл(?:ой|ым)|минувш(?:ей|им)|эт(?:ой|им)|нынешн(?:ей|им))\s+$", re.I)


def _season_qualifier(text: str, start: int) -> str:
    """«прошлой», «этим»: the word before a season that says which one («» when none)."""
    found = _SEASON_QUALIFIER.search(text, max(0, start - 16), start)
    return found.group(1).lower() if found else ""

_MAY_HAVE_DATE = fold_pattern(re.compile(
    # a number alone is no date: a year of the patterns' range, or digits joined by a dot or a dash
    r"(?:19[5-9]|20[0-4])\d|\d[.\-]\d|\b(?:весной|летом|осенью|зимой|вчера|сегодня|накануне|позавчера|недел|месяц|выходн|ночь|ночью|назад|году|числа|"
    r"понедельник|вторник|сред[уаы]\b|среду|четверг|пятниц|суббот|воскресень|январ|феврал|март|апрел|"
    r"ма[йяе]\b|июн|июл|август|сентябр|октябр|ноябр|декабр|янв|фев|мар|апр|авг|сен|окт|ноя|дек|годом)",
    re.I,
))


#: A word each of these kinds cannot match without (:func:`~geo.language.windows.scan_dates` skips them).
_NEEDLES = {"years_ago": "назад", "days_ago": "назад", "month_adjective": "года"}


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date expression in ``text`` resolved against ``published``, in text order.

    Examples
    --------
    >>> pub = dt.date(2022, 9, 18)  # a Sunday
    >>> [(d.window.start.isoformat(), d.window.end.isoformat()) for d in find_dates(
    ...     "Бои шли 14–16 сентября 2022 года, а в среду начался обстрел.", pub)]
    [('2022-09-14', '2022-09-16'), ('2022-09-14', '2022-09-14')]
    >>> [d.window.kind for d in find_dates("в 2021 году; в 07:15", pub)]
    ['year']
    """
    found = the_day_before_a_day(_THE_DAY_BEFORE, text, scan_dates(
        text, published, patterns=_PATTERNS, window=_window, may_have_date=_MAY_HAVE_DATE, needles=_NEEDLES),
        _DAYS_BEFORE_NUMBERS, _DAY_WORD)
    # a weekday of a plan: «Рейсовые автобусы Баткен — Ак-Сай в среду будут ходить по обычному расписанию» (the coming
    # Wednesday, no day of an event told)
    return [d for d in found if not (_WEEKDAY_WORD.search(text, d.start, d.end) and _FUTURE_AFTER.match(text, d.end))]


#: A weekday's name (:func:`find_dates` reads a plan's weekday as no date).
_WEEKDAY_WORD = re.compile(r"понедельник|вторник|сред[ауы]|четверг|пятниц|суббот|воскресень", re.I)
#: A future verb right after a weekday: «в среду |будут ходить», «в четверг |состоится встреча».
_FUTURE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:будут|будет|состоится|состоятся|пройд[её]т|пройдут|планиру\w+|"
                           r"намечен\w*|запланирован\w*)\b", re.I)


#: The day before the day told just before in the clause: «сообщили 11 августа, что |накануне| ...».
_THE_DAY_BEFORE = re.compile(r"(?<!\w)(?:накануне" + _EVE_OF_A_THING + r"|в предыдущий день|днем ранее|днём ранее|"
                             # «из-за обстрела двумя днями ранее», «за два дня до этого»
                             r"(?:за\s+)?(?P<count>двумя|тремя|два|три|\d)\s+дн(?:я|ями)\s+(?:ранее|до\s+этого))(?!\w)",
                             re.I)
#: The words every ``_THE_DAY_BEFORE`` has (a cheap pre-test): «накануне», «дн|я», «дн|ем».
_DAY_WORD = re.compile(r"[Дд]н|[Нн]акануне")
#: The counts of days before a day: «двумя днями ранее».
_DAYS_BEFORE_NUMBERS = {"двумя": 2, "тремя": 3, "два": 2, "три": 3}


#: A sentence that opens by counting days from the last day told: «Через три дня», «Спустя два дня»,
#: «Два дня спустя», «На следующий день», «Наутро».
_DAYS_LATER = re.compile(
    r"^\W*(?:(?:а|но|и)\s+)?(?:(?:через|спустя)\s+(?P<count>\d|два|две|три|четыре|пять|шесть)?\s*"
    r"(?:дн(?:я|ей)|день|сутки|суток)|(?P<before>\d|два|три|четыре|пять)\s+(?:дня|дней)\s+спустя|"
    r"на\s+(?:следующий|другой)\s+день|наутро|на\s+следующее\s+утро)(?!\w)", re.I)


def days_later(text: str) -> tuple[int, int, int] | None:
    """(start, end, days) of an opening that dates a clause by days after the last day told.

    Examples
    --------
    >>> days_later("Через три дня в поле взорвался снаряд")
    (0, 13, 3)
    >>> days_later("На следующий день жители вернулись"), days_later("Он умер через три дня") is None
    ((0, 17, 1), True)
    """
    return days_later_opening(_DAYS_LATER, text, _AGO_NUMBERS)
