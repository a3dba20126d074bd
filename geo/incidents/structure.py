"""Stage 1 of incident building: the article as a report.

Headline, dateline (place, date, agency) and body are told apart, and the
publication date is settled, in this order: the article's metadata (record
field or sidecar, which the readers already merged, and a date line at the
top of a text file), then the wire or regional dateline, then a "Published"
line with more on it ("*Published: 27.01.2023 09:05* | Kaktus.media"). A dateline without a
year ("BISHKEK, Sept 16 (Reuters) -") dates the article only when its lead tells the weekday it was
said ("..., Tajik authorities said on Thursday"): the first year from the latest one the text writes
in which that day falls on that weekday.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from geo.articles.dates import parse_date_parts

from geo.articles.model import Article
from geo.language import LanguagePack
from geo.language.base import DatelineMatch

__all__ = ["ArticleStructure", "read_structure", "MAX_HEADLINE_CHARS", "newest_first_entries"]

#: A first line longer than this, or ending in a full stop, is body text.
MAX_HEADLINE_CHARS = 200


@dataclass(frozen=True, slots=True)
class ArticleStructure:
    """Where the headline, dateline and body are, and the publication date.

    Attributes
    ----------
    lang : str
        The language the article was read in.
    headline : tuple of (int, int) or None
        Span of the headline line.
    dateline : DatelineMatch or None
        The wire or regional dateline.
    body_start : int
        Offset where the body starts (after the headline and dateline).
    published : datetime.date or None
        The publication date.
    published_from : str
        ``metadata``, ``dateline``, ``dateline and weekday`` (a dateline without its year),
        ``published line`` or ``none``.
    repeats : tuple of (int, int)
        Spans of other lines that repeat the headline word for word (a web page's ``<title>``
        and its ``<h1>``).
    """

    lang: str
    headline: tuple[int, int] | None
    dateline: DatelineMatch | None
    body_start: int
    published: dt.date | None
    published_from: str
    repeats: tuple[tuple[int, int], ...] = ()

    def in_headline(self, offset: int) -> bool:
        """Whether ``offset`` falls inside the headline or a line that repeats it."""
        return self.headline is not None and (self.headline[0] <= offset < self.headline[1] or any(
            start <= offset < end for start, end in self.repeats))

    def in_dateline(self, offset: int) -> bool:
        """Whether ``offset`` falls inside the dateline."""
        return self.dateline is not None and self.dateline.start <= offset < self.dateline.end


#: The title's line is looked for among this many first non-empty lines (a page's navigation,
#: a byline or a date line may come first).
MAX_TITLE_LINE = 30


#: A web page's ``<title>`` ends with its site: "Border week: ... | Asia-Plus", "... - 12.10.2021, Sputnik".
_SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+(?:(?!\s[|\-–—]\s).){2,60}$")


def _headline(text: str, title: str | None, dateline: DatelineMatch | None) -> tuple[int, int] | None:
    if title:
        titles = {title.strip(), _SITE_SUFFIX.sub("", title.strip())}
        # the line that is the title, among the first lines
        start, seen = 0, 0
        for line in text.splitlines(keepends=True):
            stripped = line.strip()
            if stripped:
                seen += 1
                if stripped.strip("•*#> ") in titles and len(stripped) <= MAX_HEADLINE_CHARS \
                        and (dateline is None or not start <= dateline.start < start + len(line)):
                    return start + (len(line) - len(line.lstrip())), start + len(line.rstrip("\r\n"))
                if seen >= MAX_TITLE_LINE:
                    break
            start += len(line)
    start = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            end = start + len(line.rstrip("\r\n"))
            if dateline is not None and start <= dateline.start < end + 1:
                return None
            if len(stripped) > MAX_HEADLINE_CHARS or stripped.endswith((".", "”", '"')) and (
                    title is None or stripped.strip("•*#> ") != title):
                return None
            if any(ch.isdigit() for ch in stripped[:4]) and len(stripped) < 40:
                start += len(line)
                continue  # a date line, not a headline
            return start + (len(line) - len(line.lstrip())), end
        start += len(line)
    return None


#: The line after the headline, one blank line allowed between (the deck's candidate).
_NEXT_LINE = re.compile(r"[ \t]*\r?\n(?:[ \t]*\r?\n)?([^\n]+)\r?\n")


def _with_deck(text: str, headline: tuple[int, int], dateline: DatelineMatch | None) -> tuple[int, int]:
    """The headline with its deck: a second headline line right under it (an HTML ``<h2>``).

    "Граница выстрелила под Лакконом" / "Киргизия и Таджикистан подписали в
    Исфаре протокол о прекращении огня после гибели двух пограничников": the
    deck sums up the body, which reports the events. A line that ends a
    sentence (inside Markdown's bold marks too: a lead set in bold), starts with
    a digit (a date line), holds the dateline, or is the last of the text is
    body, not deck.
    """
    match = _NEXT_LINE.match(text, headline[1])
    if match is None:
        return headline
    line = match.group(1).strip()
    deck_start, deck_end = match.start(1), match.end(1)
    # (a Markdown lead in bold ends its sentence inside the marks: «**... Двое жителей получили травмы.**»; a
    # standfirst in italics is a deck: "*The wounding of a young herder shows how little it takes ...*")
    if not line or len(line) > MAX_HEADLINE_CHARS or line.endswith((".", "”", '"', ":")) \
            or line.startswith("**") and line.rstrip("*").endswith((".", "”", '"')) \
            or line[:1].isdigit() or (dateline is not None and dateline.start < deck_end):
        return headline
    return headline[0], deck_start + len(match.group(1).rstrip())


_LABEL = re.compile(r"\b(published|updated|posted|date|dated|опубликовано|обновлено|дата)\b", re.I)
_DATE_IN_LINE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s+\d{1,2}:\d{2})?"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}")


#: A "Published" line is at most this long; a longer line is a paragraph whatever it mentions.
MAX_PUBLISHED_LINE = 200


def published_line(text: str, *, max_lines: int = 6, pack: LanguagePack | None = None) -> dt.date | None:
    """A "Published: 27.01.2023 09:05 | Outlet" line among the first lines, else ``None``.

    With ``pack``, a short line holding a full date in that language
    ("14 сентября 2022, 11:45", "Опубликовано: 9 марта 2023") also counts.
    """
    seen = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        seen += 1
        if seen > max_lines:
            break
        if len(line) > MAX_PUBLISHED_LINE:
            continue  # a paragraph, not a "Published: ..." line
        if _LABEL.search(line) or len(line.strip()) <= 60:
            for match in _DATE_IN_LINE.finditer(line):
                parsed = parse_date_parts(match.group(0))
                if parsed is not None:
                    return parsed.day
            if pack is not None:
                for mention in pack.find_dates(line, None):
                    window = mention.window
                    if window.one_day:
                        return window.start
    return None


#: A year written in the text (the latest one bounds a year-less dateline's year from below).
_WRITTEN_YEAR = re.compile(r"(?<![\d.,/-])(?:19[5-9]\d|20\d\d)(?![\d.,/-]\d)")
#: How many years after the latest one the text writes a year-less dateline's year may be.
MAX_YEARS_AFTER_THE_LATEST_WRITTEN = 7


def _year_told_by_weekday(text: str, dateline: DatelineMatch, pack: LanguagePack) -> dt.date | None:
    """The day of a dateline without its year ("DUSHANBE, Nov 9 (Reuters) -"), when its lead tells the
    weekday it was said ("..., Tajik authorities said on Thursday"): the first year, from the latest one the
    text writes, in which that day is that weekday (no weekday, no year written: ``None``)."""
    assert dateline.month_day is not None
    month, day = dateline.month_day
    lead_end = text.find("\n", dateline.end)
    told = pack.event_words.told_on_weekday.search(text, dateline.end, len(text) if lead_end < 0 else lead_end)
    years = [int(year) for year in _WRITTEN_YEAR.findall(text)]
    if told is None or told.lastgroup is None or not years:
        return None
    weekday = int(told.lastgroup[-1])
    for year in range(max(years), max(years) + MAX_YEARS_AFTER_THE_LATEST_WRITTEN + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # (a 29 February)
        if candidate.weekday() == weekday:
            return candidate
    return None


def read_structure(article: Article, pack: LanguagePack, *, lang: str) -> ArticleStructure:
    """Find the headline, dateline and publication date of ``article``.

    Examples
    --------
    >>> from geo.language import get_pack
    >>> art = Article(id="a", text="Vorukh shelled\\n\\nDUSHANBE, March 14, 2024 (AP) — Shells hit Vorukh.")
    >>> s = read_structure(art, get_pack("en"), lang="en")
    >>> s.published.isoformat(), s.published_from, s.dateline.place, s.headline
    ('2024-03-14', 'dateline', 'DUSHANBE', (0, 14))
    """
    text = article.text
    dateline = pack.find_dateline(text)
    headline = _headline(text, article.title, dateline)
    if headline is not None:
        headline = _with_deck(text, headline, dateline)
    body_start = max(dateline.end if dateline else 0, headline[1] if headline else 0)
    if article.date is not None:
        published, source = article.date, "metadata"
    elif dateline is not None and dateline.date is not None:
        published, source = dateline.date, "dateline"
    elif (found := published_line(text, pack=pack)) is not None:
        published, source = found, "published line"
    elif dateline is not None and dateline.month_day is not None \
            and (found := _year_told_by_weekday(text, dateline, pack)) is not None:
        published, source = found, "dateline and weekday"
    else:
        published, source = None, "none"
    return ArticleStructure(lang=lang, headline=headline, dateline=dateline, body_start=body_start,
                            published=published, published_from=source,
                            repeats=_headline_repeats(text, headline))


def _headline_repeats(text: str, headline: tuple[int, int] | None) -> tuple[tuple[int, int], ...]:
    """Spans of the lines after the headline that say the same words (a page's ``<h1>`` under
    its ``<title>``)."""
    if headline is None:
        return ()
    line_end = text.find("\n", headline[0])
    line = text[headline[0]:line_end if line_end >= 0 else len(text)].strip()
    if len(line) < 12:
        return ()
    repeats = []
    start = text.find(line, headline[1])
    while start >= 0:
        before = text.rfind("\n", 0, start) + 1
        after = text.find("\n", start)
        after = len(text) if after < 0 else after
        if not text[before:start].strip(" \t#*>•") and not text[start + len(line):after].strip():
            repeats.append((start, start + len(line)))
        start = text.find(line, start + len(line))
    return tuple(repeats)


#: A live blog's entry: a line that starts with a clock time ("19:45 - ...", "**18:10** ...").
#: ... or a clock time on a line of its own above the entry ("22:15\n The Border Service says ...").
#: ... or an update's label with its time ("UPDATED at 16:30.", "Original report, 09:20.", «Обновлено в 16:30»)
#: ... or a time closed by a full stop: «17:45. Минздрав Кыргызстана опубликовал ...».
_ENTRY = re.compile(r"^[ \t]*(?:\*\*)?(?P<label>(?i:(?:updated?|обновлено|дополнено)[ \t]+(?:at|в)[ \t]+|"
                    r"(?:original report|first report|первое сообщение|первоначальное сообщение),?[ \t]+))?"
                    r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?(label)(?!\.?\d)|(?!\.?\d)(?!\.\S))"
                    r"(?:[ \t]*(?P<half>[AaPp])\.?[Mm]\.?)?(?:\*\*)?[ \t]*"  # "8:10 PM", "11:45 a.m."
                    # (not the page's own time and date: "13:40 23.05.2023 (обновлено: 21:10 23.05.2023)")
                    r"(?!\d{1,2}[./]\d{1,2}[./]\d{2,4})"
                    r"(?:[-\u2013\u2014:|][ \t]*|(?=\S)|(?=\r?\n))", re.M)
#: ... or a wire's entry time, four digits and its zone on a line of their own: "1415 GMT".
_ZONE_ENTRY = re.compile(r"^[ \t]*(?:\*\*)?(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)[ \t]+(?:GMT|UTC)(?:\*\*)?[ \t]*"
                         r"(?:[-\u2013\u2014:|][ \t]*|(?=\r?\n))", re.M)
#: The longest heading line over a live-blog entry's time.
MAX_ENTRY_HEADING = 100
#: Fewer timestamped entries than this make no live blog.
MIN_LIVE_ENTRIES = 3


def _minute_of_day(entry: re.Match[str]) -> int:
    """The minute of the day an entry's time names (a 12-hour time with its AM or PM)."""
    half = (entry.groupdict().get("half") or "").lower()
    hour, minute = int(entry.group("hour")), int(entry.group("minute"))
    if half and hour <= 12:
        hour = hour % 12 + (12 if half == "p" else 0)
    return hour * 60 + minute


def newest_first_entries(text: str) -> list[int]:
    """Starts of a live blog's entries when they run newest first, else ``[]``.

    A live page ("19:45 - ...", "18:10 - ...", "16:35 - ...", or a wire's
    "1415 GMT", "1010 GMT") tells the day
    backwards: its figures must be read in the order they were reported, not
    in text order (:func:`geo.incidents.events.article_events`). Entries in
    clock order, or fewer than :data:`MIN_LIVE_ENTRIES`, give ``[]``.

    Examples
    --------
    >>> newest_first_entries("Live.\\n19:45 - Four hurt.\\n16:35 - One died.\\n11:05 - Five hurt.")
    [6, 25, 43]
    >>> newest_first_entries("Live.\\n1:20 PM\\nTwo hurt.\\n11:45 AM\\nOne hurt.\\n9:30 AM\\nShots.")
    [6, 24, 43]
    """
    entries = [(m.start(), _minute_of_day(m)) for m in _ENTRY.finditer(text)]
    if len(entries) < MIN_LIVE_ENTRIES and (" GMT" in text or " UTC" in text):
        entries = [(m.start(), _minute_of_day(m)) for m in _ZONE_ENTRY.finditer(text)]
    if len(entries) < MIN_LIVE_ENTRIES:
        return []
    minutes = [minute for _, minute in entries]
    if any(later >= earlier for earlier, later in zip(minutes, minutes[1:])):
        return []
    return [_with_its_heading(text, start) for start, _ in entries]


def _with_its_heading(text: str, start: int) -> int:
    """An entry's start moved up to the heading line just above its time ("Wounded villager dies;
    Kara-Bak toll revised" over "4:05 PM"), when there is one."""
    end = start
    while end and text[end - 1].isspace():  # (walked back: no copy of the text before every entry)
        end -= 1
    line_start = text.rfind("\n", 0, end) + 1
    line = text[line_start:end].strip()
    if line and len(line) <= MAX_ENTRY_HEADING and not line.endswith((".", ":", ";")) \
            and not _ENTRY.match(text, line_start, end) and not _ZONE_ENTRY.match(text, line_start, end):
        return line_start
    return start

