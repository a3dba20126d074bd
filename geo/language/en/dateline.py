"""English-language datelines: wire (AP, Reuters, AFP) and regional forms.

* ``DUSHANBE, March 14, 2024 (AP) —``; ``BISHKEK, Kyrgyzstan (AP) —``
* ``BISHKEK, Sept 16 (Reuters) -`` (no year: ``month_day`` only)
* ``ISFARA, Tajikistan, May 2, 2023 (AFP) -``; ``DUSHANBE, 02.05.2023 (Asia-Plus) —``
* ``Bishkek, 14 March 2024 – 24.kg news agency``; ``BATKEN, Kyrgyzstan —``
* ``Bishkek, 21.08.21. /Kabar/.`` (the agency between slashes; a two-digit year)
* ``Daroot-Korgon, 24.kg - A shepherd ...`` (the place, then the outlet)
* ``Batken - This morning ...`` (the place alone before a spaced dash and a sentence)
* ``*Daroot-Korgon, September 12.* In the village ...`` (the place and date in italics or bold)
* ``**KHUJAND, August 4 (Asia-Plus)** —`` (a wire dateline in bold)
* ``**ISFARA, September 16 — Asia-Plus.** Two civilians ...`` (a regional dateline in bold)
"""

from __future__ import annotations

import re

from geo.articles.dates import parse_date_parts
from geo.language.base import DatelineMatch
from geo.language.en.dates import WEEKDAY_NAMES, month_number
from geo.language.windows import head_line_matches

__all__ = ["find_dateline"]

# "BISHKEK", "NEW YORK", "Dushanbe", and two cities of a joint dateline: "BISHKEK/DUSHANBE"
# (not a weekday: "Monday, 4 September - stones fly at Kyzyl-Bel" is a digest's heading)
_PLACE = (r"(?!(?i:" + WEEKDAY_NAMES + r")\b)"
          r"(?P<place>[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,2}(?:/[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+)?)?"
          r"|[A-Z][a-z'’\-]+(?:[\s-][A-Z][a-z'’\-]+)?)")
_REGION = r"(?:,\s*(?P<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
# (Interfax writes "BISHKEK. July 29 (Interfax) -": a full stop before the date)
_DATE = (r"(?:[,.]\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?)"
         r"|(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}(?!\d)))|(?:\d{4}-\d{2}-\d{2})))?")
_AGENCY_PAREN = r"\s*\((?P<agency>[^()\n]{1,40})\)"
_DASH = r"\s*[—–-]{1,2}\s*"
#: "Khujand (Tajikistan) (AFP) -": the country in brackets before the agency's.
_COUNTRY_PAREN = r"(?:\s*\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\))?"
#: ... in bold as a markdown page keeps it: "**KHUJAND, August 4 (Asia-Plus)** — Two residents ...".
_WIRE = re.compile(rf"^[ \t]*(?:\*{{1,2}}(?=[A-Z]))?{_PLACE}{_REGION}{_COUNTRY_PAREN}{_DATE}{_AGENCY_PAREN}"
                   rf"\*{{0,2}}{_DASH}")
#: The regional outlets' names and web domains.
_OUTLETS = r"\.kg|\.tj|AKIpress|Kabar|Khovar|Asia-Plus|Sputnik"
_REGIONAL = re.compile(
    rf"^[ \t]*{_PLACE}{_REGION}{_DATE}{_DASH}(?:(?P<agency>[\w.\- ]{{2,40}}?(?:news agency|agency|"
    rf"\.ru|\.com|press|news|{_OUTLETS})\b)[\s.,:—–-]*"
    # ... and the reporter's town after the outlet: "Bishkek - 24.kg, Batken - A mass brawl"
    r"(?:(?P<second>[A-Z][a-z'’\-]+)\s*[—–-]{1,2}\s*)?)?")
#: "DUSHANBE, June 5, 2023, Asia-Plus --": the outlet after the date, before the dash.
_AGENCY_AFTER_DATE = re.compile(
    rf"^[ \t]*{_PLACE}{_REGION}{_DATE},\s*(?P<agency>[A-Z][\w.\-]+(?:\s[A-Z][\w.\-]+){{0,2}}){_DASH}")
#: "Bishkek, 21.08.21. /Kabar/.": the agency between slashes, as Kabar and Khovar write it (also in bold: "**Batken,
#: July 9, 2025. /Kabar/.**").
_SLASHED = re.compile(rf"^[ \t]*(?:\*{{1,2}}(?=[A-Z]))?{_PLACE}{_REGION}{_DATE}\.?\s*/(?P<agency>[^/\n]{{1,40}})/\.?"
                      r"(?:\*{1,2})?\.?\s*")
#: The regional outlets that sign a dateline by name.
_OUTLET_NAMES = (r"AKIpress|24\.kg|Kabar|Khovar|Asia-Plus|Sputnik(?: Tajikistan| Kyrgyzstan)?|Kaktus\.media|Kloop|"
                 r"Azattyk|Interfax|Fergana")
_AGENCY_ONLY = re.compile(rf"^[ \t]*(?P<agency>{_OUTLET_NAMES})\s*[—–-]{{1,2}}\s*")
#: The place, then the outlet: "Daroot-Korgon, 24.kg - A shepherd ..." (no date).
_PLACE_OUTLET = re.compile(rf"^[ \t]*{_PLACE},\s*(?P<agency>{_OUTLET_NAMES})\s*[—–-]{{1,2}}\s*")
#: An outlet's name that makes a mixed-case place and dash a dateline without a date ("Bishkek - 24.kg").
_OUTLET = re.compile(rf"(?:{_OUTLETS})\b")
#: How far into the text a dateline may start.
MAX_OFFSET = 600


def _date_of(raw: str | None) -> tuple[object, tuple[int, int] | None]:
    if not raw:
        return None, None
    parsed = parse_date_parts(raw.replace(".,", ","))
    if parsed is not None:
        return parsed.day, None
    match = re.fullmatch(r"([A-Z][a-z]{2,8})\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Z][a-z]{2,8})\.?", raw.strip())
    if match:
        month = month_number(match.group(1) or match.group(4))
        day = int(match.group(2) or match.group(3))
        if month and 1 <= day <= 31:
            return None, (month, day)
    return None, None


#: The place alone before a spaced dash and a sentence: "Batken - This morning an exchange of fire took place near
#: ..." (no outlet, no date; not "Vorukh - the exclave", whose dash opens no sentence).
#: A place and its date in bold or italics before the first sentence: "*Daroot-Korgon, September 12.* In the village".
_PLACE_EMPHASIS = re.compile(rf"^[ \t]*\*{{1,2}}{_PLACE}{_REGION}{_DATE}\.?\*{{1,2}}\.?[ \t]+(?=[A-Z])")
#: ... and a regional dateline in bold: "**ISFARA, September 16 — Asia-Plus.** Two civilians were killed".
_REGIONAL_EMPHASIS = re.compile(rf"^[ \t]*\*{{1,2}}{_PLACE}{_REGION}{_DATE}{_DASH}(?P<agency>[\w.\- ]{{2,40}}?)\.?"
                                rf"\*{{1,2}}\.?[ \t]+(?=[A-Z])")
_PLACE_LEAD = re.compile(rf"^[ \t]*{_PLACE}\s+[—–-]{{1,2}}\s+(?=[A-Z][a-z]+\s[^\n]{{30,}})")


def find_dateline(text: str) -> DatelineMatch | None:
    """The dateline at the start of one of the first lines of ``text``.

    Examples
    --------
    >>> d = find_dateline("Title\\n\\nDUSHANBE, March 14, 2024 (AP) — Shelling hit Vorukh.")
    >>> d.place, d.date.isoformat(), d.agency
    ('DUSHANBE', '2024-03-14', 'AP')
    >>> find_dateline("DUSHANBE, June 5, 2023, Asia-Plus -- A resident of Surkh").agency
    'Asia-Plus'
    >>> d = find_dateline("BISHKEK, Sept 16 (Reuters) - Clashes")
    >>> d.place, d.date, d.month_day, d.agency
    ('BISHKEK', None, (9, 16), 'Reuters')
    """
    patterns = (_WIRE, _SLASHED, _AGENCY_AFTER_DATE, _REGIONAL, _AGENCY_ONLY, _PLACE_OUTLET, _PLACE_EMPHASIS,
                _REGIONAL_EMPHASIS, _PLACE_LEAD)
    for offset, pattern, match in head_line_matches(text, patterns, max_offset=MAX_OFFSET):
        groups = match.groupdict()
        place = groups.get("place")
        if pattern is _REGIONAL and not (groups.get("date") or groups.get("agency") or
                                         (place and place.isupper() and len(place) > 3)) \
                and not _PLACE_LEAD.match(text, offset):
            continue
        if pattern is _REGIONAL and place and not place.isupper() and not groups.get("date") \
                and not _OUTLET.search(groups.get("agency") or "") and not _PLACE_LEAD.match(text, offset):
            continue  # ("Vorukh - the exclave ...": no date and no outlet, no dateline)
        if pattern is _SLASHED and not (groups.get("date") or (place and place.isupper())):
            continue  # a breadcrumb "News / Tajikistan / Security" is no place and agency
        if pattern in (_AGENCY_AFTER_DATE, _PLACE_EMPHASIS) and not groups.get("date"):
            continue  # "Vorukh, Isfara, Tajikistan —": no date, so no outlet after it
        end = offset + match.end()
        if not groups.get("date") and not groups.get("agency") and match.group(0).endswith("-") \
                and text[end:end + 1].isalpha():
            continue  # a site's banner "ASIA-PLUS": a hyphen inside a word is no dateline's dash
        date, month_day = _date_of(groups.get("date"))
        span = match.span("place") if place else None
        return DatelineMatch(
            start=offset + match.start(), end=offset + match.end(),
            place=place, place_span=(offset + span[0], offset + span[1]) if span else None,
            date=date, month_day=month_day,  # type: ignore[arg-type]
            agency=(groups.get("agency") or "").strip() or None,
        )
    return None
