"""Russian-language datelines of the region's outlets.

* ``БИШКЕК, 16 сен — Sputnik.`` (no year: ``month_day`` only)
* ``Душанбе, 14.09.2022 /АНИ «Ховар»/.`` (also in bold: ``**Худжанд, 22 апреля 2026 г. /Avesta/.**``)
* ``БИШКЕК, 17 сентября 2022 г. — Sputnik.``
* ``ХУДЖАНД, 12 июня 2024, Азия-Плюс —`` (the outlet after the date, before the dash)
* ``24.kg, Бишкек —`` / ``Бишкек, 24.kg —``
* ``Бишкек, 24.kg —`` (the place, then the outlet)
* ``БАТКЕН (AKIpress) —`` (the outlet in brackets)
* ``«Фергана» —`` (the outlet alone)
* ``**Баткен.** В субботу ...``, ``*Дароот-Коргон, 12 сентября.* В селе ...`` (the place in bold or italics)
* ``Баткен – Сегодня утром ...`` (the place alone before a spaced dash and a sentence)
* ``ДУШАНБЕ — 22 июля ...`` (the place alone in capitals before a dash and any sentence)
"""

from __future__ import annotations

import datetime as dt
import re

from geo.language.base import DatelineMatch
from geo.language.ru.dates import month_number
from geo.language.windows import head_line_matches

__all__ = ["find_dateline"]

# (not a weekday: «Понедельник, 4 сентября — камни у Кызыл-Бела» is a digest's heading)
_PLACE = r"(?!(?i:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b)(?P<place>[А-ЯЁӨҮҢҒҚҲҶӢӮ][А-ЯЁӨҮҢҒҚҲҶӢӮ\-]{2,}(?:\s[А-ЯЁӨҮҢҒҚҲҶӢӮ][А-ЯЁӨҮҢҒҚҲҶӢӮ\-]+)?|[А-ЯЁӨҮҢҒҚҲҶӢӮ][а-яё\-]+(?:[\s-][А-ЯЁӨҮҢҒҚҲҶӢӮ][а-яё\-]+)?)"
_DATE = (r"(?:,\s*(?P<date>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}(?!\d))|\d{1,2}\s+[а-яё]{3,9}\.?(?:\s+\d{4}(?:\s*(?:г\.|года))?)?))?")
#: An outlet's name: up to four words («Sputnik», «АНИ «Ховар»», «РИА Новости»), not a sentence's opening («Около 10
#: часов утра жители Кызыл-Беля»).
_AGENCY = r"(?P<agency>(?=[^\n—–]{1,40}?(?:\.?\*\*\.?\s|[.,:]\s|\.$|\s[—–]\s|$))(?:[^\s—–.,:]+(?:[.,:](?=\S)[^\s—–.,:]+)*[ \t]?){1,4}?)"
_SLASHED = re.compile(rf"^[ \t]*(?:\*{{1,2}})?{_PLACE}{_DATE}\.?\s*/(?P<agency>[^/\n]{{1,40}})/\.?(?:\*{{1,2}})?\.?\s*")
#: ... set in bold too: «**Исфара, 16 марта — Радио Озоди.** Один из жителей ...»
_DASHED = re.compile(rf"^[ \t]*(?:\*\*)?{_PLACE}{_DATE}\s*[—–-]{{1,2}}\s*{_AGENCY}(?:\.?\*\*\.?\s|[.,:]\s|\.$|\s[—–]\s|$)")
#: The outlet after the date, before the dash: «ХУДЖАНД, 12 июня 2024, Азия-Плюс —» (a spaced dash, not the
#: outlet's own hyphen).
_DATED_AGENCY = re.compile(
    rf"^[ \t]*{_PLACE}{_DATE},\s*[«\"]?(?P<agency>[^\n—–,«»\"]{{1,30}}?)[»\"]?\s+[—–-]{{1,2}}\s+")
_AGENCY_FIRST = re.compile(
    r"^[ \t]*[«\"*]*(?P<agency>24\.kg|AKIpress|АКИpress|Kaktus\.media|Азаттык|Sputnik|Kloop|Asia-Plus|Азия-Плюс|"
    r"Ховар|Фергана|ТАСС|Регнум)[»\"*]*\s*,\s*" + _PLACE + r"\s*[—–-]{1,2}\s*")
#: An outlet's name alone opening the text: "**«Фергана»** — Жители ..." (no place, no date).
_AGENCY_ALONE = re.compile(
    r"^[ \t]*[«\"*]*(?P<agency>24\.kg|AKIpress|АКИpress|Kaktus\.media|Азаттык|Sputnik|Kloop|Asia-Plus|Азия-Плюс|"
    r"Ховар|Фергана|ТАСС|Регнум)[»\"*]*\s*[—–-]{1,2}\s*")
#: The place, then the outlet: "Бишкек, 24.kg —".
_PLACE_AGENCY = re.compile(
    r"^[ \t]*" + _PLACE + r"\s*,\s*[«\"*]*(?P<agency>24\.kg|AKIpress|АКИpress|Kaktus\.media|Азаттык|Sputnik|Kloop|"
    r"Asia-Plus|Азия-Плюс|Ховар|Фергана|ТАСС|Регнум|Кабар|Kabar)[»\"*]*\s*[—–-]{1,2}\s*")
#: The place, then the outlet in brackets: «БАТКЕН (AKIpress) —», «Бишкек (Sputnik) —», «Бишкек, 03.07.24 (АКИpress) —».
_PLACE_BRACKETED = re.compile(r"^[ \t]*" + _PLACE + _DATE + r"\s*\((?P<agency>[^()\n]{1,30})\)\s*[—–-]{1,2}\s*")
#: A line of its own with the place and a full date: «Исфара, 16 августа 2021 г.» (an official release).
_PLACE_DATE_LINE = re.compile(
    rf"^[ \t]*(?!(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b){_PLACE}{_DATE}\.?[ \t]*$",
    re.M | re.I)
#: A place set in bold or italics before the first sentence, perhaps with its date: «**Баткен.** В субботу вечером
#: ...» (a magazine's lead), «*Дароот-Коргон, 12 сентября.* В селе ...».
_PLACE_BOLD = re.compile(r"^[ \t]*\*{1,2}" + _PLACE + _DATE + r"\.?\*{1,2}\.?[ \t]+(?=[А-ЯЁӨҮҢҒҚҲҶӢӮ«])")
#: The place alone before a spaced dash and a sentence: «Баткен – Сегодня утром в районе села Кулунду ...» (no
#: outlet, no date; not «Ворух – это анклав», nor a road «Кок-Таш - Ак-Сай», written with a hyphen).
_PLACE_LEAD = re.compile(r"^[ \t]*" + _PLACE + r"\s+[—–]\s+(?=[А-ЯЁӨҮҢҒҚҲҶӢӮ][а-яё]+\s[^\n]{30,})")
#: ... or, written in capitals, before a dash and any sentence: «ДУШАНБЕ — 22 июля беспилотник ...», «БИШКЕК — «12
#: августа около 22:40 ...»» (no outlet, no date).
_CAPS_LEAD = re.compile(r"^[ \t]*(?P<place>[А-ЯЁӨҮҢҒҚҲҶӢӮ]{3,}(?:[\s-][А-ЯЁӨҮҢҒҚҲҶӢӮ]{2,})?)\s+[—–-]{1,2}\s+(?=\S[^\n]{30,})")
MAX_OFFSET = 600


def _date_of(raw: str | None) -> tuple[dt.date | None, tuple[int, int] | None]:
    if not raw:
        return None, None
    dotted = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})", raw)
    if dotted:
        day, month, year = (int(g) for g in dotted.groups())
        year += 2000 if year < 100 else 0  # "21.08.21"
        try:
            return dt.date(year, month, day), None
        except ValueError:
            return None, None
    words = re.fullmatch(r"(\d{1,2})\s+([а-яё]{3,9})\.?(?:\s+(\d{4}).*)?", raw.strip(), re.I)
    if words:
        month = month_number(words.group(2))
        day = int(words.group(1))
        if month and 1 <= day <= 31:
            if words.group(3):
                try:
                    return dt.date(int(words.group(3)), month, day), None
                except ValueError:
                    return None, None
            return None, (month, day)
    return None, None


def find_dateline(text: str) -> DatelineMatch | None:
    """The dateline at the start of one of the first lines of ``text``.

    Examples
    --------
    >>> d = find_dateline("Заголовок\\n\\nБИШКЕК, 16 сен — Sputnik. Обстрел.")
    >>> d.place, d.month_day, d.agency
    ('БИШКЕК', (9, 16), 'Sputnik')
    >>> d = find_dateline("Душанбе, 14.09.2022 /АНИ «Ховар»/. Обстрел.")
    >>> d.place, d.date.isoformat(), d.agency
    ('Душанбе', '2022-09-14', 'АНИ «Ховар»')
    >>> find_dateline("# Драка у Ак-Татыра\\n\\n**Баткен.** В субботу вечером произошла драка.").place
    'Баткен'
    """
    patterns = (_SLASHED, _DATED_AGENCY, _AGENCY_FIRST, _PLACE_AGENCY, _PLACE_BRACKETED, _AGENCY_ALONE, _DASHED,
                _PLACE_DATE_LINE, _PLACE_BOLD, _PLACE_LEAD, _CAPS_LEAD)
    for offset, pattern, match in head_line_matches(text, patterns, max_offset=MAX_OFFSET):
        groups = match.groupdict()
        place = groups.get("place")
        if pattern is _DATED_AGENCY and not groups.get("date"):
            continue
        if pattern in (_DASHED, _SLASHED) and not (groups.get("date") or (place and place.isupper())):
            continue  # (a breadcrumb «Новости / Таджикистан / Безопасность» is no place and agency)
        if pattern is _PLACE_DATE_LINE and not (groups.get("date") and re.search(r"\d{4}", groups["date"])):
            continue  # only with a full date: a line "Ворух, Исфара" is no dateline
        if place and not groups.get("date") and text.startswith("-", offset + match.end("place")) \
                and text[offset + match.end("place") + 1:offset + match.end("place") + 2].isalpha():
            continue  # a site's banner «АЗИЯ-ПЛЮС»: a hyphen inside a word is no dateline's dash
        date, month_day = _date_of(groups.get("date"))
        span = match.span("place") if place else None
        return DatelineMatch(
            start=offset + match.start(), end=offset + match.end(), place=place,
            place_span=(offset + span[0], offset + span[1]) if span else None,
            date=date, month_day=month_day, agency=(groups.get("agency") or "").strip(" .") or None,
        )
    return None
