"""Stage 2: time scope. Every clause is news or background.

A clause is *background* when it dates itself before the article's reporting
window (an explicit earlier date or year: "in April 2021", "the 2022 war",
"last year"), or carries a background cue of the language pack ("years ago",
"regularly flare up", "the worst since"). A clause with no date of its own
takes the scope of the clause before it in the same sentence, or of the
previous sentence of its paragraph when that was background and the paragraph's last
dated clause was background by its date.
In a *retrospective* article (its headline says "A year after the war",
"Год после конфликта", per the pack's ``retrospective`` cue) a clause that
states no date inside the reporting window is background too: its story is
the past, except where it goes on from a dated news clause of its paragraph. Links to other stories after the article ("Читайте также:", "Read also:") and
photo captions ("... (AP Photo)") are background too. Everything else is *news*. Background never creates an incident
and never lends its figures to one.

The reporting window is :data:`NEWS_WINDOW_DAYS` before the publication
date up to the day after it; without a publication date, the latest exact
date the article states stands in for it. An article that says it is the
first report of an earlier event ("The brawl was not reported at the time",
«Ранее об инциденте не сообщалось»: a court or prosecutor story) opens the
window to :data:`FIRST_REPORT_WINDOW_DAYS`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from geo.geoparse.sentences import Sentences
from geo.incidents.model import Clause, DateMention, DateWindow
from geo.incidents.taxonomy import HARM_TYPES
from geo.language import LanguagePack
from geo.language.folding import blank_matches, lower_keep_length

__all__ = ["CONTINUED_NEWS", "DAY_DIGITS", "FIRST_MADE_PUBLIC", "PHOTO_CAPTION", "NEWS_REASON", "RETELLING", "RELATED_LINKS", "FIRST_REPORT_WINDOW_DAYS", "NEWS_WINDOW_DAYS", "news_window_days", "opens_a_retelling", "split_clauses", "scope_clauses",
           "reference_date"]

#: The scope reason of a sentence that opens by reminding the reader («Напомним, ...», "Recall, ...",
#: the language pack's ``recap_opening``): it tells an earlier report, so its date dates no other clause.
RETELLING = "a retelling of what was reported before"
#: Reason for a clause under a heading that announces background ("Background", «Что известно о конфликте»).
BACKGROUND_SECTION = "under a heading that announces background"
#: The scope reason of a clause that is news for being inside the reporting window.
NEWS_REASON = "inside the reporting window"
#: The scope reason of an undated clause of a retrospective article that goes on from a dated news clause.
CONTINUED_NEWS = "the paragraph's dated news goes on"
#: How many days before publication an event is still news.
NEWS_WINDOW_DAYS = 14
#: ... in an article that first reports an earlier event.
FIRST_REPORT_WINDOW_DAYS = 365


#: ... in a weekly, monthly or quarterly review or report (its period, and the days or weeks a review or report may
#: take to appear after it: "its monthly review ... for August", published on September 5).
REVIEW_WINDOW_DAYS = {"week": 8, "month": 38, "month_report": 45, "quarter": 105, "analysis": 7}
#: How far into the article (characters) a review names itself.
REVIEW_OPENING = 600


def _tells_no_event(lowered: str, start: int, end: int, pack: LanguagePack) -> bool:
    """Whether ``lowered[start:end]`` names no violence, no event type and no past event's noun."""
    return pack.folded.violence.search(lowered, start, end) is None \
        and _PAST_EVENT_NOUN.search(lowered, start, end) is None \
        and not any(pattern.search(lowered, start, end) for pattern in pack.folded.triggers.values())


#: Nouns that name a past event without a violence word: «конфликт», «война», "the conflict", "the war".
_PAST_EVENT_NOUN = re.compile(r"конфликт|войн|эскалаци|обострени|трагеди|события|conflict|\bwar\b|escalation|tragedy|"
                              r"events", re.I)


def _disclosed_days(at: int, spans: Sequence[tuple[int, int, int]], found: Sequence[Sequence[DateMention]],
                    paragraph_starts: Sequence[int]) -> list[DateWindow]:
    """The days of the event a first report's cue at ``at`` is about: the days its sentence names, else the last day
    named before it in its paragraph or the one before ("On March 14, 2019 ... fired at least three shots ... The
    incident was not made public at the time")."""
    k = next((k for k, (s, e, _) in enumerate(spans) if s <= at < e), None)
    if k is None:
        return []
    sentence = spans[k][2]
    own = [d.window for j, (_, _, index) in enumerate(spans) if index == sentence
           for d in found[j] if d.window.precision == 1]
    if own:
        return own
    paragraph = bisect.bisect_right(paragraph_starts, at) - 1
    for j in range(k - 1, -1, -1):
        if bisect.bisect_right(paragraph_starts, spans[j][0]) - 1 < paragraph - 1:
            break
        days = [d.window for d in found[j] if d.window.precision == 1]
        if days:
            return days[-1:]
    return []


def news_window_days(text: str, pack: LanguagePack, headline: str = "") -> int:
    """:data:`FIRST_REPORT_WINDOW_DAYS` when the article first reports an earlier event; a review's
    period (:data:`REVIEW_WINDOW_DAYS`) when its opening or its ``headline`` says it is a weekly or monthly
    review ("Border Watch: our monthly review", «Неделя на границе», «Что происходило этим летом на
    границе»); else :data:`NEWS_WINDOW_DAYS`."""
    if pack.first_report.search(text):
        return FIRST_REPORT_WINDOW_DAYS
    review = pack.review_period.search(text, 0, REVIEW_OPENING) or pack.review_period.search(headline)
    return REVIEW_WINDOW_DAYS[review.lastgroup] if review else NEWS_WINDOW_DAYS

#: A clock time ("около 23:30", "at 23:30"): the hour of an event told that day.
#: A clock time ("23:30", "04:10"), its hours and minutes in groups ``hour`` and ``minute``.
CLOCK = re.compile(r"(?<![\d.,:])(?P<hour>\d{1,2}):(?P<minute>\d{2})(?![\d:])")
#: Scope reason of a news clause dated before the window: a past event the article makes public first.
FIRST_MADE_PUBLIC = "a past event first made public here"
#: What may come before a sentence's first word: spaces, quotes, dashes, Markdown emphasis.
_LEADING = " \t\n\"'«“„*_—–-"
_PARAGRAPH = re.compile(r"\n\s*\n")
#: A photo caption: a line that ends with its credit ("... Sunday, July 14, 2024. (AP Photo)") or
#: starts with one («Фото: ...»); found by the credit, then taken to its line's ends.
PHOTO_CAPTION = re.compile(r"\((?:[\w/.-]+\s+)?(?:photo|фото)\b[^()\n]{0,80}\)[ \t]*(?=\n|$)|(?:photo|фото)\s*:")
#: A block of links to other stories after the article ("Читайте также:", "Read also:"): not this story.
#: The heading stands on a line of its own (checked by :func:`_related_links_start`).
#: Matched in the lower-cased text (no ``re.I``: case folding of Cyrillic alternatives is slow).
RELATED_LINKS = re.compile(
    r"(?:читайте также|читайте еще|читайте ещё|также читайте|по теме|еще по теме|ещё по теме|"
    r"(?:материалы|статьи|публикации|новости) по теме|"
    r"похожие (?:новости|материалы)|read (?:also|more)|related(?: stories| articles| news)?|see also|"
    r"последние новости|(?:другие |еще |ещё )?новости по теме|другие новости|другие (?:заявления|сообщения|материалы|публикации)|"
    r"latest news|more news|more stories|other (?:news|statements|stories|press releases)|"
    r"more on this(?: story| topic)?|предыдущие (?:выпуски|материалы|обзоры|номера)|previous (?:issues|editions|digests))"
    r"[ \t*_]*:?[ \t*_]*(?=\n|$)")


#: One link to another story on a line of its own inside the article: «Читайте также: Перестрелка у
#: Кулунду: ранен кыргызстанский пограничник», "Read also: Border Troops: the situation near Vorukh is
#: stable" (matched in the lower-cased text).
INLINE_LINK = re.compile(r"^[ \t*_>]*(?:читайте также|читайте еще|читайте ещё|также читайте|по теме|"
                         r"read (?:also|more)|see also|related)[ \t*_]*:[^\n]+", re.M)


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


#: The longest line (characters) read as a line of a list: a list's lines are short, and a cap keeps the look-up
#: linear in an article's length (a long page may have no line breaks at all).
LIST_LINE_CHARS = 400


def list_line_start(text: str, offset: int) -> int | None:
    """Where the line holding ``offset`` starts, if it starts within :data:`LIST_LINE_CHARS` before it."""
    start = text.rfind("\n", max(0, offset - LIST_LINE_CHARS), offset) + 1
    return start if start or offset <= LIST_LINE_CHARS else None


def opens_a_retelling(text: str, start: int, end: int, pack: LanguagePack) -> bool:
    """The clause ``text[start:end]`` opens, after spaces, quotes or dashes, with the pack's
    ``recap_opening`` («Напомним, ...», "Recall, ...", "To recap: ...")."""
    lead = len(text[start:end]) - len(text[start:end].lstrip(_LEADING))
    return pack.recap_opening.match(text, start + lead) is not None


#: A date told with its day's number («16 сентября», "September 16-17"), not a weekday or "this week".
DAY_DIGITS = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_HEADING_MAX = 80
_HEADING_WORDS = 3  # besides its date


def _heading(text: str, start: int, end: int) -> bool:
    """The clause is a whole short line with a blank line (or the text's edge) around it, or a Markdown
    heading: "## Сентябрь 2022 года", "April 2021"."""
    line_start = _line_start(text, start)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if text[line_start:start].strip(" \t#*_") or text[end:line_end].strip() or len(line.strip()) > _HEADING_MAX:
        return False
    if line.lstrip().startswith("#"):
        return True
    blank_before = line_start < 2 or text[max(0, line_start - 2):line_start] == "\n\n"
    blank_after = text[line_end:line_end + 2] in ("\n\n", "\n", "")
    return blank_before and blank_after and not line.rstrip().endswith((".", "!", "?", ",", ";", ":"))


def _related_links_start(text: str) -> int | None:
    """Where a block of links to other stories begins (:data:`RELATED_LINKS` on a line of its own);
    ``text`` lower-cased."""
    for match in RELATED_LINKS.finditer(text):
        start = _line_start(text, match.start())
        if not text[start:match.start()].strip(" \t*#_") and not _prose_follows(text, match.end()):
            return start
    return None


#: The longest line a link to another story may be (characters): a longer one after the heading is the article's
#: own prose (a page's "Read also" left empty above the story: "Read also\n\nDUSHANBE, 24.12.2021 (NIAT Khovar) – ...").
LINK_LINE_CHARS = 250


def _prose_follows(text: str, offset: int) -> bool:
    """Whether the first non-empty line after ``offset`` is longer than a link's title."""
    for line in text[offset:offset + 4 * LINK_LINE_CHARS].split("\n"):
        if line.strip():
            return len(line.strip()) > LINK_LINE_CHARS
    return False


def _caption_spans(text: str) -> list[tuple[int, int]]:
    """The lines that are photo captions (:data:`PHOTO_CAPTION`); ``text`` lower-cased."""
    spans = []
    for match in PHOTO_CAPTION.finditer(text):
        start = _line_start(text, match.start())
        if match.group(0).startswith("("):
            spans.append((start, match.end()))
        elif not text[start:match.start()].strip(" \t*_"):  # «Фото: ...» at the head of its line
            end = text.find("\n", match.end())
            spans.append((start, len(text) if end < 0 else end))
    return spans


def _relative_to_a_past_day(dates: list[DateMention], in_window: list[DateMention],
                            before: list[DateMention]) -> bool:
    """A past day named first, then only relative words («**15 июня 2022 года.** Ночью на окраине
    Кызыл-Эшме разорвались мины»): "at night" is that day's night, as in a timeline's entry."""
    first = min(dates, key=lambda d: d.start)
    return first in before and first.window.precision == 1 and first.window.kind == "date" \
        and all(not any(ch.isdigit() for ch in d.window.text) for d in in_window)


def _past_event_of_a_current_day(lowered: str, start: int, end: int, dates: list[DateMention],
                                 before: list[DateMention], pack: LanguagePack, recalled: int | None = None) -> bool:
    """A verdict or statement of a current day about violence of a day before the reporting window:
    every violence word and event trigger of the clause is nearest that past day.

    With ``recalled`` (the offset of the clause's recall: the pack's ``recap_opening`` anywhere in it,
    "recall that", «напомнило, что»),
    only the violence told after the cue counts, and a past month or year dates it too: «24.kg
    (8 июля) в материале о выплатах семьям погибших напомнило, что в сентябре 2022 года ... погибли 63
    гражданина».

    «Суд в понедельник приговорил трех жителей ... за участие в массовой драке ... 28 апреля»: the
    current day dates the verdict; the fight is the April one. Not «Вчера, спустя год после боёв
    14 сентября 2022 года, в Баткене прошёл митинг»: no verdict or statement, so yesterday's rally.
    """
    verdict = pack.verdict.search(lowered, start, end) is not None
    if not verdict and recalled is None and pack.speech.search(lowered, start, end) is None:
        return False  # the current day dates no verdict or statement: it may date the violence
    folded = pack.folded
    cues = [m.start() - start for pattern in (folded.violence, *folded.triggers.values())
            for m in pattern.finditer(lowered, start if recalled is None else recalled, end)]
    if not cues:
        return False
    # a day («драке ... 28 апреля»), not a year or month that names an era («конфликта сентября 2022 года»)
    # ... or, for a verdict, the month of the crime it judged ("upheld a 12-year sentence for a citizen ... who
    # fired at a Kyrgyz patrol near Andarak ... in October 2024")
    past_days = [d for d in before if d.window.precision <= 2 and d.window.kind == "date"
                 or verdict and d.window.end - d.window.start <= dt.timedelta(days=31) or recalled is not None]
    return all(min(dates, key=lambda d: min(abs(d.start - c), abs(d.end - c))) in past_days for c in cues)


#: How many days after a past day told with its year a day told without one may be that year's
#: ("on September 14, 2022 ... By the time a ceasefire held on September 16-17").
DAYS_AFTER_A_PAST_DAY = 14


#: A clause that tells how the past event the clause before named began: «Он начался 28 апреля», "It began on".
_PAST_EVENT_OPENS = re.compile(r"\s*(?:Он|Она|Оно|Они|It|They)\s+(?:начал\w*|вспыхнул\w*|разгорел\w*|began|started|"
                               r"erupted|broke out)\b")


def _past_year_of(clause: Clause, published: dt.date | None) -> int | None:
    """The one past year a clause's dates name ("the conflict of 2021"), if any."""
    years = {int(found.group(0)) for d in clause.dates if (found := _YEAR.search(d.window.text))}
    year = years.pop() if len(years) == 1 else None
    return year if year is not None and published is not None and year < published.year else None


#: The reason given to the sentences that go on telling a past war pointed back to (the pack's ``past_war_anaphor``).
PAST_WAR_TOLD_ON = "a past war pointed back to, told on"
#: A paragraph that opens with a quotation mark.
_QUOTE_OPENING = re.compile(r"[ \t>]*[«\"“„]")
#: A line that is an item of a list: "- Kubatbek Jolchiev, 34, ...", "• ...", "3. ...".
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–—]|\d{1,2}[.)])\s")


def _list_item(text: str, offset: int) -> bool:
    """Whether ``offset``'s line is an item of a list: it opens with a marker, or the line before it
    ends with a colon or a semicolon («Вот некоторые из имен:\nЖолдош Мамытов, 41 год, ...;\nАйбек ...»;
    a sentence may run on from the list's introduction into its first item)."""
    while offset < len(text) and text[offset] in ";, \t\n":
        offset += 1  # (a clause opens with the break before it)
    start = _line_start(text, offset)
    if _LIST_ITEM.match(text, start) is not None:
        return True
    before = start
    while before and text[before - 1].isspace():  # (walked back: no copy of the text before the line)
        before -= 1
    return text[before - 1:before] in (":", ";")


#: The longest past range (days) a day told without its year may fall inside ("September 14-17, 2022").
PAST_RANGE_DAYS = 31


def _in_year(day: dt.date, year: int) -> dt.date | None:
    """``day`` (a day told without its year, resolved to the current one) moved to ``year``; ``None`` for
    a 29 February that year lacks."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def _inside_in_its_year(day: dt.date, past: DateWindow) -> bool:
    """Whether ``day``, moved to ``past``'s year, falls inside it."""
    moved = _in_year(day, past.start.year)
    return moved is not None and past.start <= moved <= past.end


def _days_after_in_its_year(day: dt.date, past: dt.date) -> bool:
    """Whether ``day``, moved to ``past``'s year, falls within :data:`DAYS_AFTER_A_PAST_DAY` days after it."""
    moved = _in_year(day, past.year)
    return moved is not None and dt.timedelta(0) <= moved - past <= dt.timedelta(days=DAYS_AFTER_A_PAST_DAY)


def _old_date_of_a_thing(text: str, s: int, e: int, before: list[DateMention], pack: LanguagePack) -> bool:
    """The clause's old dates all lie in a relative clause about a thing it named after its own violence:
    «Около 150 жителей ... собрались у пограничного поста, требуя возобновить подачу воды по каналу, который ...
    был перекрыт ... три недели назад» (the canal's closing is the thing's past; the gathering is today's), or after
    its own hour: "at about 17:30 two teenagers found a metal object among the ruins of a house in the mahalla which
    was destroyed during the shelling ... in September 2022" (the house's past; the find is today's)."""
    return _in_a_thing_relative(text, s, e, [s + d.start for d in before], pack, hour_too=True)


def _in_a_thing_relative(text: str, s: int, e: int, offsets: list[int], pack: LanguagePack, *,
                         hour_too: bool = False) -> bool:
    """Whether all ``offsets`` lie in a relative clause about a thing the clause named after its own violence
    ("The fight broke out ... after residents ... tried to remove a pump that Tajik farmers had installed last
    month"), or (``hour_too``) after its own clock time."""
    relative = pack.event_words.thing_relative.search(text, s, e)
    # (not a place's former name: «из села Үч-Булак, которое до 2023 года называлось Чурбек» keeps the clause's scope)
    return relative is not None and all(offset >= relative.end() for offset in offsets) \
        and (pack.folded.violence.search(lower_keep_length(text[s:relative.start()])) is not None
             or hour_too and CLOCK.search(text, s, relative.start()) is not None) \
        and pack.event_words.former_name.search(text, relative.end(), e) is None


def split_clauses(text: str, sentences: Sentences, pack: LanguagePack, *,
                  lowered: str | None = None) -> list[tuple[int, int, int]]:
    """(start, end, sentence index) of every clause, in text order.

    A block of links to other stories opens a clause of its own, also where the page's lines are parted by single
    line breaks and the sentence before runs on into it ("... ten were injured.\nlink:\nviews: 120\nPrint\n
    Related\nBorder conflict: More than 600 residents of Ak-Sai village evacuated"). ``lowered``: the text
    lower-cased, where the caller has it.
    """
    out = []
    related = _related_links_start(lowered if lowered is not None else lower_keep_length(text)) \
        if "\n" in text else None
    for index, (s, e) in enumerate(sentences.spans):
        cut = s
        if related is not None and s < related < e:
            out.append((s, related, index))
            cut = related
        breaks = [b for b in pack.clause_break.finditer(text, s, e) if b.start() >= cut]
        aside = {id(breaks[number]) for number in _dash_asides(text, breaks, pack)}
        for relative in pack.past_aside.finditer(text, s, e):
            # "... a school rebuilt after the Sept 2022 clashes|, in which ... 41 Tajik citizens were killed":
            # what a past event's relative clause tells is that event's (its scope: scope_clauses)
            if _YEAR.search(text, max(s, relative.start() - PAST_RELATIVE_CHARS), relative.start()) \
                    and not any(b.start() <= relative.start() < b.end() for b in breaks):
                breaks.append(relative)
        for relative in pack.event_words.past_relative.finditer(text, s, e):
            # "... in a new flare-up along a disputed border| where fighting killed dozens of people last year":
            # the place's past, told in a clause of its own (its scope: scope_clauses)
            if not any(b.start() <= relative.start() < b.end() for b in breaks):
                breaks.append(relative)
        breaks.sort(key=lambda b: b.start())
        restated_at = None  # where a dash restating families as people opened
        for match in breaks:
            if _families_as_people(text, match):
                restated_at = match.end()
                continue
            if restated_at is not None and match.group(0).strip() in ("--", "—", "–") \
                    and match.start() - restated_at <= MAX_DASH_ASIDE:
                # "around 70 families -- 312 people, most of them women and children| -- |were taken": the dash
                # that closes the restatement, before the verb of both
                restated_at = None
                continue
            restated_at = None
            if id(match) in aside or _joins_a_road_s_ends(text, match, s) or _heads_a_list_item(text, match):
                continue
            if match.start() - cut >= 12:
                out.append((cut, match.start(), index))
                cut = match.start()
        out.append((cut, e, index))
    return out


#: A road named by its two ends before a dash: «на объездной дороге Ак-Сай| — |Тамдык», "the Batken — Isfana road".
_ROAD_END_BEFORE = re.compile(r"(?:дорог|трасс|шоссе|автодорог|маршрут|road|highway)\w*\s+(?:[\w-]+\s+){0,2}?"
                              r"[А-ЯЁӨҮҢҒҚҲҶӢӮA-Z][\w-]*\s*$", re.I)
_ROAD_END_AFTER = re.compile(r"\s*[—–-]\s*(?-i:[А-ЯЁӨҮҢҒҚҲҶӢӮA-Z])")


#: ... and in the English order, the road's noun after its second end: "blocked the Khujand| – |Konibodom highway".
_NAME_BEFORE_DASH = re.compile(r"\b(?:the\s+)?(?-i:[A-Z])[\w'’-]*\s*$")
_SECOND_END_THEN_ROAD = re.compile(r"\s*[—–-]\s*(?-i:[A-Z])[\w'’-]*\s+(?:road|highway|bypass|motorway|route)\b", re.I)


def _joins_a_road_s_ends(text: str, match: re.Match[str], sentence_start: int) -> bool:
    """The dash joins the two ends of a named road, and breaks no clause."""
    return match.group(0).strip() in ("--", "—", "–", "-") and (
        _ROAD_END_AFTER.match(text, match.start()) is not None and
        _ROAD_END_BEFORE.search(text, max(sentence_start, match.start() - 60), match.start()) is not None
        or _SECOND_END_THEN_ROAD.match(text, match.start()) is not None
        and _NAME_BEFORE_DASH.search(text, max(sentence_start, match.start() - 40), match.start()) is not None)


#: From the start of a list's line up to the place that heads it («село |Чек — повреждены 3 жилых дома», "- |Kara-Bak
#: village: 7 houses damaged"), and from the place up to the dash or colon that opens its news.
LIST_ITEM_BEFORE_PLACE = (r"[ \t]*(?:[-•*–—]\s*)?(?:(?:село|с\.|айыл|аил|джамоат|пос[её]лок|пгт|г\.|город|"
                          r"village(?:\s+of)?|town(?:\s+of)?)\s+)?")
LIST_ITEM_AFTER_PLACE = r"(?:\s+(?:village|town|джамоат))?\s*"
#: A list item's head before its dash: a line that opens with a place's name.
_ITEM_HEAD = re.compile(LIST_ITEM_BEFORE_PLACE + r"(?-i:[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ])[\w'’-]+"
                        r"(?:\s+(?-i:[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ])[\w'’-]+)?" + LIST_ITEM_AFTER_PLACE, re.I)


def _heads_a_list_item(text: str, match: re.Match[str]) -> bool:
    """The dash follows the place that heads a line of a list, and breaks no clause: what follows is that place's."""
    if match.group(0).strip() not in ("—", "–", "-", "--"):
        return False
    line_start = list_line_start(text, match.start())
    return bool(line_start) and _ITEM_HEAD.fullmatch(text, line_start, match.start()) is not None


#: Families counted again as people after a dash: «вывезены 45 семей| — |186 человек», "45 families - 186 people".
_FAMILIES_BEFORE = re.compile(r"(?:\d[\d\s]*|(?<![\w-])[^\W\d_]+)\s+(?:сем(?:ей|ьи|ья)|families|households)\s*$", re.I)
_PEOPLE_AFTER = re.compile(r"\s*[—–-]+\s*(?:about\s+|около\s+|более\s+)?\d[\d\s,]*\s+(?:человек\w*|жител\w*|people|persons|"
                           r"residents|individuals)\b", re.I)


def _families_as_people(text: str, match: re.Match[str]) -> bool:
    """The dash restates a count of families as people, and breaks no clause ("seven families -- 29 people, 17 of
    them children -- had left Min-Jygach", «уехали пять семей — 23 человека»)."""
    return _PEOPLE_AFTER.match(text, match.start()) is not None and \
        _FAMILIES_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None


#: «...в сентябре 2022 года|: тогда, 14–17 сентября, погибли 63 гражданина»: what that past time saw.
_THEN_AFTER_COLON = re.compile(r"\s*:\s*(?:тогда|then)\b", re.I)
#: A clause that tells what came before the thing the clause before dates: "The lock appeared in 2019|, after a fight
#: at the spring", «Замок появился в 2019 году|, после драки у родника».
_CAUSE_BEFORE_OPENS = re.compile(r"[\s,]*(?:after|following|после)\s", re.I)
#: How far (characters) before a relative clause ("..., in which", «..., в ходе которых») a year makes it
#: a past event's.
PAST_RELATIVE_CHARS = 40
#: The parts of a day a clause may name with no day of its own («ночью», «вечером»; the English reader dates no "at
#: night"): the time of the story told so far.
_PARTS_OF_A_DAY = frozenset({"ночью", "вечером", "утром", "днём", "днем", "ночь", "вечер", "утро"})


def _only_parts_of_a_day(dates: Sequence[DateMention]) -> bool:
    """Whether every date of a clause is a bare part of a day («Мы бежали ночью, в одних тапочках, до Баткена»)."""
    return all(d.window.text.lower() in _PARTS_OF_A_DAY for d in dates)


#: A clause that opens with a dash: an aside, or the words after one.
_DASH_OPENING = re.compile(r"\s*(?:--|[—–])\s")
#: A pair of dashes at most this far apart (characters) encloses an aside, not two clauses.
MAX_DASH_ASIDE = 80


#: A year of birth: «1992 года рождения», «1999 г.р.», "born in 1992".
_BIRTH_YEAR = re.compile(r"\b(?:19|20)\d\d\s*(?:года рождения|г\.\s*р\.)|\bborn in (?:19|20)\d\d\b", re.I)


#: The close of a dashed aside after a comma: "..., — получили".
_COMMA_DASH = re.compile(r",\s+[—–]\s")


#: How far before a dashed aside (characters) the count it parts may begin.
COUNT_BEFORE_ASIDE_CHARS = 80


def _dash_asides(text: str, breaks: list[re.Match[str]], pack: LanguagePack) -> set[int]:
    """Indices of the breaks that open or close a dashed aside: "a shepherd from Uch-Bulak -- known
    as Churbek until last year -- was wounded" is one clause (its subject and verb stay together).
    An aside with a number in it counts people or things of its own («Пострадавшие — двое мужчин и
    17-летняя девушка — доставлены», «Всех жителей — а у нас около 9 тысяч человек — вывезли»), unless it only
    gives ages (the pack's ``ages_aside``: «Двое подростков — 13 и 15 лет — ранены»)."""
    dashes = [number for number, match in enumerate(breaks) if match.group(0).strip() in ("--", "—", "–")]
    paired: set[int] = set()
    for first, second in zip(dashes, dashes[1:]):
        inside = text[breaks[first].end():breaks[second].start()]
        # (years of birth describe the people: «двое граждан — житель Воруха 1992 года рождения и житель джамоата
        # Чоркух 1999 года рождения, гостивший у родственников, — получили телесные повреждения»)
        if first not in paired and second == first + 1 and len(inside) <= MAX_DASH_ASIDE \
                and (not any(ch.isdigit() for ch in _BIRTH_YEAR.sub(" ", inside)) or pack.ages_aside.fullmatch(inside)
                     # "Three residents of Surkh — two men aged 35 and 48 and a 16-year-old boy — turned to ...": the
                     # aside parts the count before it
                     or pack.counted_aside.search(text, max(0, breaks[first].start() - COUNT_BEFORE_ASIDE_CHARS),
                                                  breaks[second].start())):
            paired.update((first, second))
    for first in dashes:
        if first in paired:
            continue
        # an aside closed by a comma and a dash, which is no break of its own: «двое граждан — житель Воруха 1992 года
        # рождения и житель джамоата Чоркух 1999 года рождения, гостивший у родственников, — получили ...»
        limit = breaks[first + 1].start() if first + 1 < len(breaks) else len(text)
        closing = _COMMA_DASH.search(text, breaks[first].end(), min(limit, breaks[first].end() + 2 * MAX_DASH_ASIDE))
        if closing is not None and "\n" not in text[breaks[first].end():closing.start()] \
                and not any(ch.isdigit() for ch in _BIRTH_YEAR.sub(" ", text[breaks[first].end():closing.start()])):
            paired.add(first)
    return paired


def reference_date(published: dt.date | None, dates: list[DateMention]) -> dt.date | None:
    """The publication date, else the latest exact date among ``dates``."""
    if published is not None:
        return published
    exact = [d.window.end for d in dates if d.window.kind == "date"]
    return max(exact) if exact else None


#: How far (characters, no punctuation) after an old munition's "left over from the war" its war's date may
#: stand: «боеприпас, оставшийся со времен гражданской войны 1990-х годов».
_ORIGIN_DATE_GAP = 30
_PUNCTUATION = re.compile(r"[.,;:!?()]")


def _ordnance_origin_dropped(clause_text: str, dates: list[DateMention], pack: LanguagePack) -> list[DateMention]:
    """The clause's dates without the war an old munition was left over from: its explosion is today's news,
    not an event of the 1990s or of September 2022."""
    if not dates or not any(d.window.kind == "year" or d.window.precision > 1 for d in dates):
        return dates  # (cheap test first: only a year, a decade or a month names a war)
    spans = [m.span() for m in pack.old_ordnance.finditer(clause_text)]
    if not spans:
        return dates
    return [d for d in dates if not any(
        a <= d.start < b or b <= d.start <= b + _ORIGIN_DATE_GAP and not _PUNCTUATION.search(clause_text, b, d.start)
        for a, b in spans)]


#: Words before a date that make it the end of a place's former name ("until 2023 was called", «до 1 января 2023
#: года село называлось»), and the renaming verbs a date on either side belongs to.
_NAME_UNTIL = re.compile(r"\b(?:until|till|before|prior to|до|по)\s*$", re.I)
_RENAMED = re.compile(r"renam|переименова", re.I)


def _former_name_dropped(clause_text: str, dates: list[DateMention], pack: LanguagePack) -> list[DateMention]:
    """The clause's dates without the day a place lost its former name: «у села Үч-Булак Лейлекского района (до
    1 января 2023 года село называлось Чурбек) ... забросали камнями» happened on the clause's other day."""
    if not dates:
        return dates
    names = list(pack.event_words.former_name.finditer(clause_text))
    if not names:
        return dates

    def of_the_name(d: DateMention) -> bool:
        for m in names:
            renamed = _RENAMED.match(m.group()) is not None
            if d.end <= m.start() and m.start() - d.end <= _ORIGIN_DATE_GAP \
                    and not _PUNCTUATION.search(clause_text, d.end, m.start()) \
                    and (renamed or _NAME_UNTIL.search(clause_text, max(0, d.start - 12), d.start)):
                return True
            if renamed and d.start >= m.end() and d.start - m.end() <= _ORIGIN_DATE_GAP \
                    and not _PUNCTUATION.search(clause_text, m.end(), d.start):
                return True
        return False
    return [d for d in dates if not of_the_name(d)]


#: "Today" quoted from an earlier text: «Материал вышел 24 июля ... В нем говорится, что «сегодня около 17:00» ...»
#: is that text's day, which the clause does not know.
_QUOTED_TODAY = re.compile(r"\b(?:говорится|говорилось|писал\w*|сообщал\w*|wrote|it said|it read)\b[^«“\"]{0,40}"
                           r"[«“\"]\s*(сегодня|вчера|today|yesterday)\b", re.I)


def _quoted_today_dropped(clause_text: str, dates: list[DateMention]) -> list[DateMention]:
    """The clause's dates without a "today" or "yesterday" quoted from an earlier text."""
    if not dates:
        return dates
    quoted = {m.start(1) for m in _QUOTED_TODAY.finditer(clause_text)}
    return [d for d in dates if d.start not in quoted] if quoted else dates


#: Characters at most between a period and the day named with it ("Earlier this month|, on |September 9").
_PERIOD_DAY_GAP = 12


def _period_of_a_day_dropped(dates: list[DateMention]) -> list[DateMention]:
    """The clause's dates without a period named with a day inside it: "Earlier this month, on September 9"
    is September 9 (the month's end would keep an earlier event inside the reporting window)."""
    if len(dates) < 2:
        return dates
    return [d for d in dates if d.window.one_day or not any(
        other.window.one_day and d.window.start <= other.window.start <= d.window.end
        and (0 <= other.start - d.end <= _PERIOD_DAY_GAP or 0 <= d.start - other.end <= _PERIOD_DAY_GAP)
        for other in dates)]


#: Days (at least) before publication that a date inside a place's history must lie to be left out.
PLACE_HISTORY_DAYS = 30


def _place_history_dropped(clause_text: str, dates: list[DateMention], pack: LanguagePack,
                           published: dt.date | None) -> list[DateMention]:
    """The clause's dates without a past date inside a relative clause that tells a place's history ("a
    pasture 3 kilometers south of Ak-Tatyr, in an area that saw heavy fighting in September 2022")."""
    if not dates or published is None:
        return dates
    limit = published - dt.timedelta(days=PLACE_HISTORY_DAYS)
    past = [d for d in dates if d.window.end < limit]
    if not past:
        return dates
    spans = [m.span() for m in pack.place_history.finditer(clause_text)]
    if not spans:
        return dates
    rest = lower_keep_length(blank_matches(clause_text, pack.place_history))
    if not any(trigger.search(rest) for trigger in pack.folded.triggers.values()):
        # "restoring 41 of the 47 houses ..., that were damaged when the area came under fire ... on September
        # 16, 2022": the clause tells no event of its own; the past is all it tells
        return dates
    return [d for d in dates if not (d in past and any(a < d.start < b for a, b in spans))]


def _days_later_dated(text: str, spans: list[tuple[int, int, int]], found: list[list[DateMention]],
                      pack: LanguagePack, published: dt.date | None) -> list[list[DateMention]]:
    """Date a clause that opens "Three days later," («Через три дня») and names no date of its own:
    that many days after the last exact day told before it (never after publication)."""
    out = list(found)
    last_day: dt.date | None = None
    for k, (s, e, _) in enumerate(spans):
        if not out[k] and last_day is not None and (later := pack.days_later(text[s:e])) is not None:
            start, end, days = later
            day = last_day + dt.timedelta(days=days)
            if published is None or day <= published:
                out[k] = [DateMention(start, end, DateWindow(day, day, 1, text[s + start:s + end].strip()))]
        exact = [d.window.end for d in out[k] if d.window.kind == "date" and d.window.one_day]
        if exact:
            last_day = exact[-1]
    return out


def scope_clauses(text: str, sentences: Sentences, pack: LanguagePack, *,
                  published: dt.date | None, retrospective: bool = False,
                  window_days: int | None = None) -> list[Clause]:
    """Split ``text`` into clauses and give each its time scope.

    ``retrospective``: the article looks back (see the module docstring);
    ``window_days``: the reporting window, when the caller has measured it
    (:func:`news_window_days`).
    """
    lowered = lower_keep_length(text)
    spans = split_clauses(text, sentences, pack, lowered=lowered)
    read = [pack.find_dates(text[s:e], published) for s, e, _ in spans]
    found = [_ordnance_origin_dropped(text[s:e], dates, pack) for (s, e, _), dates in zip(spans, read)]
    # the clauses whose dates told only when an old munition's war was (an aside about that war follows)
    war_of_munition = {k for k, (kept, dates) in enumerate(zip(found, read)) if len(kept) < len(dates)}
    found = [_place_history_dropped(text[s:e], dates, pack, published) for (s, e, _), dates in zip(spans, found)]
    found = [_quoted_today_dropped(text[s:e], dates) for (s, e, _), dates in zip(spans, found)]
    found = [_former_name_dropped(text[s:e], dates, pack) for (s, e, _), dates in zip(spans, found)]
    found = [_period_of_a_day_dropped(dates) for dates in found]
    found = _days_later_dated(text, spans, found, pack, published)
    reference = reference_date(published, [d for dates in found for d in dates])
    days = window_days if window_days is not None else news_window_days(text, pack)
    window_start = reference - dt.timedelta(days=days) if reference else None
    paragraph_starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
    # paragraphs that count from the start of a past crisis ("Key figures since the start of the response")
    cumulative = {k for k, start in enumerate(paragraph_starts) if pack.cumulative_label.match(text, start)}
    background = pack.folded.background
    related = _related_links_start(lowered)
    related_start = related if related is not None else len(text) + 1
    captions = _caption_spans(lowered) + [m.span() for m in INLINE_LINK.finditer(lowered)]
    clauses: list[Clause] = []
    previous: Clause | None = None
    paragraph = 0
    dated_background = -1  # the paragraph whose last dated clause was dated before the window
    past_day: tuple[int, dt.date] | None = None  # (paragraph, day) when that clause names a day of a past year
    answers_past = -1  # the paragraph that answers an interview question about a past day
    recap_sentence = -1  # the sentence that opens with "Recall, ..." / «Напомним, ...»
    past_section = False  # under a heading dated before the window ("## Сентябрь 2022 года")
    background_section = False  # under a heading that announces background ("## Что известно о конфликте")
    headings_seen = 0  # the headings read so far (the first may be the headline)
    past_ranges: list[DateWindow] = []  # the past days and ranges told with their year, so far
    # "the prosecutor disclosed an episode that had never been made public. According to the indictment,
    # on 3 June 2023 ...": what its paragraph tells after the cue is news however old
    disclosure = pack.first_report.search(text) if days == FIRST_REPORT_WINDOW_DAYS else None
    disclosure_paragraph = -1 if disclosure is None else bisect.bisect_right(paragraph_starts, disclosure.start()) - 1
    # ... and, wherever the article tells it, the day of the event the cue is about ("The fight, which took place on
    # August 17 last year, was not made public at the time"; «14 марта 2019 года ... произвел не менее трех выстрелов
    # ... Сведения об инциденте в свое время не были преданы огласке»)
    disclosed_days = [] if disclosure is None else _disclosed_days(disclosure.start(), spans, found, paragraph_starts)
    news_day_told = False  # a news clause dated to a day in the window has been read
    then_past = ""  # the last day told before the day of writing, when it is before the window (its words)
    for k, ((s, e, sentence_index), dates) in enumerate(zip(spans, found)):
        if previous is None or sentence_index != previous.sentence_index:
            recap_sentence = sentence_index if opens_a_retelling(text, s, e, pack) else -1
        while paragraph + 1 < len(paragraph_starts) and paragraph_starts[paragraph + 1] <= s:
            paragraph += 1
            # "- You served in Batken in 2021. What do you remember about April?" / "- It started at
            # the Golovnoy water distribution point near Kok-Tash": the answer tells that past
            # (a question set in bold: "**How did September 2022 change the talks?**")
            asked = text[paragraph_starts[paragraph - 1]:paragraph_starts[paragraph]].rstrip(" \t\n*_")
            answers_past = paragraph if dated_background == paragraph - 1 and asked.endswith("?") else -1
        scope, reason = "news", NEWS_REASON
        if s >= related_start or any(a <= s < b for a, b in captions):
            why = "links to other stories" if s >= related_start or INLINE_LINK.match(lowered, _line_start(text, s)) \
                else "a photo caption"
            clause = Clause(s, e, sentence_index, paragraph, "background", why, tuple(dates))
            clauses.append(clause)
            previous = clause
            continue
        if k - 1 in war_of_munition and spans[k - 1][2] == sentence_index and not dates \
                and pack.past_aside.match(text, s):
            # «мина, оставшаяся после событий сентября 2022 года, когда окрестности Баткена попали под обстрел»
            clause = Clause(s, e, sentence_index, paragraph, "background", "the war an old munition was left from",
                            tuple(dates))
            clauses.append(clause)
            previous = clause
            continue
        in_window = [d for d in dates if (window_start is None or d.window.end >= window_start)
                     # (in an article that looks back, "in June" dates no news: «Новым стало массовое применение
                     # беспилотников: в июне они били по школе в Чоркухе»)
                     and not (retrospective and d.window.precision >= 3)]
        before = [d for d in dates if window_start is not None and d.window.end < window_start]
        if paragraph in cumulative and not any(d.window.kind == "date" for d in in_window):
            clause = Clause(s, e, sentence_index, paragraph, "background", "a cumulative count since a past crisis",
                            tuple(dates))
            clauses.append(clause)
            previous = clause
            continue
        disclosed = disclosure is not None and (disclosure.start() <= s and disclosure_paragraph == paragraph or any(
            d.window.start <= day.start and day.end <= d.window.end for d in dates for day in disclosed_days))
        if disclosed and before and not in_window:
            reason = FIRST_MADE_PUBLIC
        elif before and not in_window and not _old_date_of_a_thing(text, s, e, before, pack):
            scope, reason = "background", f"dated before the reporting window ({before[0].window.text})"
        elif before and _relative_to_a_past_day(dates, in_window, before):
            scope, reason = "background", f"dated before the reporting window ({before[0].window.text}, then relative)"
        elif before and _past_event_of_a_current_day(
                lowered, s, e, dates, before, pack,
                recall.start() if (recall := pack.recap_opening.search(lowered, s, e)) is not None else None):
            scope, reason = "background", f"its event dated before the reporting window ({before[0].window.text})"
        elif dates and previous is not None and previous.scope == "background" and past_day is not None \
                and past_day[0] in (paragraph, paragraph - 1) \
                and all(DAY_DIGITS.search(d.window.text) and not _YEAR.search(d.window.text)
                        and _days_after_in_its_year(d.window.start, past_day[1]) for d in dates):
            # "Three years ago this week, on September 14, 2022, ... By the time a ceasefire held on September
            # 16-17, 63 Kyrgyz citizens ... had been killed": a day without its year goes on from the past year
            scope, reason = "background", f"dated before the reporting window (a day without its year after a past year: {dates[0].window.text})"
            if not reason.endswith("(continued)"):
                reason += " (continued)"
        elif dates and previous is not None and previous.scope == "background" \
                and previous.paragraph_index == paragraph and _PAST_EVENT_OPENS.match(text, s) \
                and (past_year := _past_year_of(previous, published)) is not None \
                and all(DAY_DIGITS.search(d.window.text) and not _YEAR.search(d.window.text) for d in dates):
            # «В конце апреля исполнилось три года с начала конфликта 2021 года. Он начался 28 апреля у
            # водораспределительного узла»: the past event the clause before named begins on a day of its year
            scope, reason = "background", f"dated before the reporting window (a day of {past_year}, told after it)"
        elif retrospective and dates and past_ranges and _list_item(text, s + dates[0].start) and all(
                DAY_DIGITS.search(d.window.text) and not _YEAR.search(d.window.text)
                and any(_inside_in_its_year(d.window.start, r) for r in past_ranges) for d in dates):
            # a memorial's list: "They are the residents ... killed in the fighting ... on September 14-17,
            # 2022 ... - Kubatbek Jolchiev, 34, border guard, of Kulundu, killed at the Maksat post on
            # September 16": in an article that looks back, a list item's day without its year inside a past
            # range is of it (not «Но в минувшее воскресенье, 14 сентября, тревога вернулась»: the news)
            scope, reason = "background", f"a day of a past year told without its year ({dates[0].window.text})"
        elif (cue := background.search(lowered, s, e)) is not None and not any(
                d.window.kind == "date" for d in in_window) and not any(
                # «боеприпас, оставшийся со времен гражданской войны»: the munition's past, not the clause's
                m.start() <= cue.start() < m.end() for m in pack.old_ordnance.finditer(lowered, s, e)) \
                and not (CLOCK.search(text, s, cue.start()) and _in_a_thing_relative(text, s, e, [cue.start()], pack)):
            # (the clause's own hour, then a thing's past: "The fight broke out at about 9:30 a.m. ... a pump that
            # Tajik farmers had installed last month"; not «Поводом для столкновения стал забор, который житель
            # Чоркуха установил ... в прошлом месяце», the cause of an event told before)
            scope, reason = "background", f"background cue ({cue.group(0)})"
        elif previous is not None and previous.sentence_index == sentence_index and not dates \
                and _CAUSE_BEFORE_OPENS.match(text, s) is not None and any(
                    window_start is not None and d.window.end < window_start and _YEAR.search(d.window.text)
                    for d in previous.dates):
            # "The lock appeared in 2019, after a fight at the spring between young men from Kyshtut and from the
            # Tajik village across the gully": what came before a thing dated in a past year is older still
            scope, reason = "background", \
                f"dated before the reporting window ({previous.dates[-1].window.text}: what came before) (continued)"
        elif previous is not None and previous.sentence_index == sentence_index \
                and (pack.past_aside.match(text, s) is not None or _THEN_AFTER_COLON.match(text, s) is not None) \
                and not any(_YEAR.search(d.window.text) for d in dates) and any(
                    window_start is not None and d.window.end < window_start and _YEAR.search(d.window.text)
                    and s - PAST_RELATIVE_CHARS <= previous.start + d.end for d in previous.dates):
            # "... rebuilt after Sept 2022 clashes, in which, according to Dushanbe, 41 Tajik citizens were
            # killed": the relative clause tells the past event named just before it (its days without their
            # year are that year's: «...в сентябре 2022 года: тогда, 14–17 сентября, погибли 63 гражданина»)
            scope, reason = "background", \
                f"dated before the reporting window ({previous.dates[-1].window.text}: a past event's relative clause) (continued)"
        elif (past_years := [d for d in before if _YEAR.search(d.window.text)]) \
                and all(not DAY_DIGITS.search(d.window.text) or d.start > past_years[0].start for d in in_window) \
                and any(DAY_DIGITS.search(d.window.text) and d.start > past_years[0].start for d in in_window) \
                and (cue := pack.retrospective.search(text, s, e)) is not None:
            # «вчера исполнилось три года со дня окончания боевых действий в сентябре 2022 года: тогда, 14–17
            # сентября, ... погибли 63 гражданина»: on an anniversary, days told without their year after
            # the past year are that year's (not "**Monday, September 16.** On the second anniversary of
            # the September 2022 conflict ...": the day's own label; nor «Вчера, спустя год после боёв 14
            # сентября 2022 года, в Баткене прошёл митинг»: yesterday's rally)
            scope, reason = "background", f"an anniversary of a past year ({cue.group(0)})"
        elif not dates and then_past and pack.event_words.then_opening.match(text, s):
            # «В сентябре 2022 года в Ходжаи Аъло были повреждены 71 дом ... На сегодня восстановлены 64. Тогда из
            # села ... были эвакуированы около 2 300 человек»: "then" is the last day told that is not today
            scope, reason = "background", f"dated before the reporting window ({then_past}, then)"
        elif not dates and previous is not None and previous.scope == "background" \
                and previous.paragraph_index == paragraph and previous.sentence_index == sentence_index - 1 \
                and (PAST_WAR_TOLD_ON in previous.scope_reason or (
                    previous.scope_reason.startswith("background cue")
                    and pack.event_words.past_war_anaphor.search(text, previous.start, previous.end) is not None)):
            # "Around 100 people were killed in those clashes. Kyrgyzstan said 63 of its citizens died ..., while
            # Tajikistan reported 41 dead. Tajik drones hit targets deep inside Kyrgyz territory": the sentences
            # after one that points back to a past war go on telling it, to the paragraph's end
            scope, reason = "background", PAST_WAR_TOLD_ON
        elif (not dates or _only_parts_of_a_day(dates)) and previous is not None and previous.scope == "background" \
                and not (
                # (not the words after a dashed aside dated by itself, where the words before it are news: "My
                # neighbor's son, Bekzat -- he is 19, ..., he finished school two years ago -- got a stone in the head")
                _DASH_OPENING.match(text, previous.start) and _DASH_OPENING.match(text, s)
                and len(clauses) >= 2 and clauses[-2].sentence_index == sentence_index
                and clauses[-2].scope == "news") and not (
                # ("... a worse flare up than a violent clash in March that left at least 25 individuals injured. | The
                # most recent incident appears to have arisen as ..."): the news's own event, after the comparison
                previous.sentence_index != sentence_index and pack.event_words.latest_opening.match(text, s)) and (
            previous.sentence_index == sentence_index
            or (previous.paragraph_index == paragraph
                # (not after a relative aside dated by itself: "near the bridge, which reopened to pedestrians
                # last year. Two Tajik border guards ... were killed")
                and not (pack.relative_aside.match(text, previous.start)
                         and not previous.scope_reason.endswith("(continued)"))
                # (nor after a sentence's dated tail: "The weekend's trouble began on March 17 ... near the
                # crossing that has been shut to traffic | since 2021. According to the Border Service, Tajik
                # servicemen opened fire": the sentence is of the news day its first clause names)
                and not (len(clauses) >= 2 and clauses[-2].sentence_index == previous.sentence_index
                         and clauses[-2].scope == "news" and clauses[-2].dates)
                and (previous.scope_reason.startswith("dated") or dated_background == paragraph)
                # (nor after a date that tells no event: «Поле принадлежит местному фермеру, пшеница была посеяна в
                # марте. | Пострадавших нет»: the sowing's month, not a past story)
                and not (previous.scope_reason.startswith("dated") and not previous.scope_reason.endswith("(continued)")
                         and _tells_no_event(lowered, previous.start, previous.end, pack)
                         # (a zero told after it, no event of its own: not "Since then, the most serious incident has
                         # been a June clash near Katran" after the treaty's date, nor "Two moved to Bishkek with their
                         # parents" after the class of 2022)
                         and _tells_no_event(lowered, s, e, pack)
                         and (zeros := pack.read_figures(text[s:e])) and not any(f.value for f in zeros)))
            # «В самом Чоркухе в те дни пострадали дома ... Кыргызские села Кок-Таш и Ак-Сай на противоположном
            # берегу тоже серьезно пострадали»: the next sentence of a past story, "also" told
            # ... "That conflict left 36 Kyrgyz and 19 Tajik citizens dead ... In Aksay alone, ... dozens of houses
            # were set on fire": a part of the whole just told
            or (previous.paragraph_index == paragraph and previous.sentence_index == sentence_index - 1
                and (pack.also.search(text, s, e) is not None
                     or pack.event_words.part_of_told.search(text, s, e) is not None
                     # «Драка ... вспыхнула тогда из-за очистки канала. В ней ... участвовали около 150 человек,
                     # травмы получили девять человек»: the past event named by a pronoun
                     or pack.event_words.in_it_opening.match(text, s) is not None))
            # ... "On May 7, a clash occurred ... near the Kyrgyz village of Kuktosh. | As a result of the clash, about
            # 60 people from both sides were injured": the past clash the paragraph before ended on, named again
            or (previous.paragraph_index == paragraph - 1 and previous.sentence_index == sentence_index - 1
                and previous.scope_reason.startswith("dated")
                and pack.event_words.in_it_opening.match(text, s) is not None)
            or answers_past == paragraph
        ):
            reason = previous.scope_reason
            scope = "background"
            if not reason.endswith("(continued)"):
                reason += " (continued)"
        elif retrospective and not dates and previous is not None and (
                previous.paragraph_index == paragraph
                # ... and into the next paragraph when it quotes the news's teller: «... забросали камнями грузовик
                # местного жителя. | «Камни полетели из-за склона ... водитель ... получил порезы лица»»
                or (previous.paragraph_index == paragraph - 1 and _QUOTE_OPENING.match(text, _line_start(text, s))
                    and not _heading(text, previous.start, previous.end)
                    and pack.folded.violence.search(lowered, previous.start, previous.end) is not None)) \
                and (previous.scope_reason == CONTINUED_NEWS or (
                    previous.scope == "news" and previous.dates
                    and not background.search(lowered, previous.start, previous.end)  # "в пятницу почтили память"
                    and not any(window_start is not None and d.window.end < window_start for d in previous.dates))):
            # "Но в минувшее воскресенье, 14 сентября, тревога вернулась. Около 20:00 машину ... закидали
            # камнями": the new story told in a retrospective article goes on in its paragraph
            reason = CONTINUED_NEWS
        elif retrospective and not in_window and news_day_told and not before \
                and (CLOCK.search(text, s, e) or pack.same_time.search(text, s, e)):
            # «Инцидент произошел в ночь на 29 апреля - ровно через пять лет после начала конфликта 2021 года. |
            # Как сообщила пресс-служба ..., около 23:30 ... был открыт огонь»: the night's hour, or «в ту же
            # ночь», goes on with the new story's day
            reason = CONTINUED_NEWS
        elif retrospective and not in_window:
            scope, reason = "background", "retrospective article, no date of its own in the reporting window"
        heading = _heading(text, s, e)
        if heading:
            # ... or, in a digest, a section that looks back, with no fight of its own in its heading: «## Баткен
            # вспоминает сентябрь 2022-го» beside «## Драка у канала в Ак-Турпаке: пострадали пятеро»
            background_section = pack.background_heading.match(text, _line_start(text, s), e) is not None or (
                headings_seen > 0 and pack.retrospective.search(text, s, e) is not None
                and not any(pack.folded.triggers[kind].search(lowered, s, e) for kind in HARM_TYPES))
            headings_seen += 1
            # a heading that is little more than its date ("## Сентябрь 2022 года", "April 2021"), not a
            # headline that names a past year ("Old mortar shell wounds three children in village hit in 2022")
            rest = text[s:e]
            for date in dates:
                rest = rest.replace(date.window.text, " ")
            past_section = scope == "background" and reason.startswith("dated before") \
                and len(re.findall(r"[^\W\d_]+", rest)) <= _HEADING_WORDS
        elif past_section and scope == "news" and not any(_YEAR.search(d.window.text) for d in dates):
            # "## Сентябрь 2022 года / - Бои 14–17 сентября шли почти по всей линии границы": a day with no
            # year under a heading of a past year is of that year
            scope, reason = "background", "under a heading dated before the reporting window"
        if background_section and scope == "news":
            # "## Что известно о конфликте / Напомним, ... По последним данным Минздрава ... погибли 16 граждан
            # республики": a box that sums up the conflict, not the news
            scope, reason = "background", BACKGROUND_SECTION
        if recap_sentence == sentence_index and reason == NEWS_REASON:
            # «Напомним, накануне, во вторник, бои шли ...»: yesterday's fighting, reported before
            scope, reason = "background", RETELLING
        clause = Clause(s, e, sentence_index, paragraph, scope, reason, tuple(dates))
        clauses.append(clause)
        previous = clause
        news_day_told = news_day_told or (scope == "news" and any(
            d.window.kind == "date" and d.window.precision == 1 for d in in_window))
        past_ranges.extend(d.window for d in before if _YEAR.search(d.window.text)
                           and d.window.end - d.window.start <= dt.timedelta(days=PAST_RANGE_DAYS))
        if published is not None and (told := [d for d in dates if d.window.end < published]):
            # (the last day told before the day of writing, for a clause that opens with "then")
            then_past = told[-1].window.text if window_start is not None and told[-1].window.end < window_start \
                else ""
        if dates:
            # "29 апреля 2021 года конфликт ... По данным таджикской стороны, тогда погибли 19 человек.
            # Кыргызская сторона сообщила о 36 погибших.": the paragraph's story stays in 2021
            dated_background = paragraph if scope == "background" and reason.startswith("dated") else -1
            # ... and a day or a few days told with a past year of their own ("on September 14, 2022", "in the
            # fighting of September 14-16, 2022"), not "in the spring"; a clause that goes on from them without a
            # year keeps them ("The fighting began on the morning of September 14 ... A ceasefire was agreed on
            # September 16")
            told_past = next(((paragraph, d.window.start) for d in dates if dated_background == paragraph
                              and published is not None and d.window.precision <= 2 and d.window.kind == "date"
                              and d.window.end - d.window.start <= dt.timedelta(days=PAST_RANGE_DAYS)
                              and (year := _YEAR.search(d.window.text)) and int(year.group(0)) < published.year),
                             None)
            if told_past is not None or not (scope == "background" and reason.endswith("(continued)")):
                past_day = told_past
    return _tallies_of_a_period(text, clauses, pack)


#: The reason given to a clause that tallies the period its next clause opens (:func:`_tallies_of_a_period`).
TALLY_OF_A_PERIOD = "a tally over a past period (the next clause opens it)"
#: How far into the next clause the period's opening word may end.
_PERIOD_OPENING_CHARS = 24


def _tallies_of_a_period(text: str, clauses: list[Clause], pack: LanguagePack) -> list[Clause]:
    """A news clause whose count runs over the period the background clause after it opens ("at least 11
    civilians ... have been killed or wounded by explosive remnants ... | since the 2022 fighting") is
    background too (``pack.tally_since``); a clause dated to a day of its own stays news."""
    out = list(clauses)
    for k, (clause, after) in enumerate(zip(clauses, clauses[1:])):
        if clause.scope != "news" or after.scope != "background" or after.sentence_index != clause.sentence_index \
                or any(d.window.kind == "date" and d.window.precision == 1 for d in clause.dates):
            continue
        tally = pack.tally_since.search(text, clause.start, after.end)
        if tally is not None and after.start <= tally.end() <= after.start + _PERIOD_OPENING_CHARS:
            out[k] = Clause(clause.start, clause.end, clause.sentence_index, clause.paragraph_index, "background",
                            TALLY_OF_A_PERIOD, clause.dates)
    return out
