"""Headings and sections of an article: dated headings, digests, ledes and the sections places belong to.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
import datetime as dt
from functools import cache, partial
import re

from geo.geoparse.model import Mention
from geo.geoparse.roles import NO_VIOLENCE, PARAGRAPH_LABEL, SEATS
from geo.incidents.events.clauses import _demote, INSIDE_A_NON_EVENT, _km, _PLACE_ALONE, _sentence_spans
from geo.incidents.model import Clause
from geo.incidents.structure import ArticleStructure
from geo.language import LanguagePack
from geo.language.folding import lower_keep_length

#: A section heading is one line of at most this many characters.
MAX_HEADING_CHARS = 100

#: A clock time alone after a heading's date: "1. December 9, 10:45. Ak-Tatyr village ..." (a timeline's entry).
_TIME_ALONE = re.compile(r"\s*,?\s*(?:at\s+|в\s+)?\d{1,2}[:.]\d{2}\**")

#: A dated heading's date spans at most this many days after its first ("September 17-18").
MAX_HEADING_DAYS = 2

#: An item's number opening a heading: "1. ", "2) ", "No. 3. ".
_ITEM_NUMBER = re.compile(r"^[\s#*_|]*(?:No\.?\s*|№\s*)?\d{1,2}[.)]\s+")


def _dated_heading(clause: Clause, text: str, published: dt.date | None,
                   structure: ArticleStructure | None) -> bool:
    """A section heading that starts with its date ("Monday, 4 September - stones fly at Kyzyl-Bel",
    "ПОНЕДЕЛЬНИК, 4 МАРТА. ЗАДЕРЖАНИЕ У АНДАРАКА"): it dates the section below it and parts it
    from the others, as in a digest or a timeline. The clause starts a line of at most
    :data:`MAX_HEADING_CHARS` that does not end a sentence, or a paragraph whose first sentence is its
    date alone ("Понедельник, 7 октября. У села Тогуз-Булак ...")."""
    if not clause.dates or (clause.start and text[clause.start - 1] != "\n"):
        return False
    if structure is not None and structure.in_headline(clause.start):
        return False
    first = min(clause.dates, key=lambda d: d.start)
    line_end = text.find("\n", clause.start)
    line = text[clause.start:line_end if line_end >= 0 else len(text)].rstrip()
    head = text[clause.start:clause.end].rstrip(" .:;—–-")
    # ... or its date and place alone: "September 17-18, Ak-Suu (Leilek district). An overnight exchange"
    date_alone = first.end >= len(head) or _PLACE_ALONE.fullmatch(head, first.end) is not None \
        or _TIME_ALONE.fullmatch(head, first.end) is not None
    # ... or a numbered item that opens with its date: "1. On March 13, 2023, at 21:15, servicemen of ... opened fire"
    # (the numbered claims of a note of protest, each its own event)
    numbered = _ITEM_NUMBER.match(line) is not None
    if (len(line) > MAX_HEADING_CHARS or line.endswith(".")) and not date_alone and not numbered:
        return False
    if first.window.start == first.window.end == published \
            or (first.window.end - first.window.start).days > MAX_HEADING_DAYS:
        return False  # (not "4. Also this week": a section of news from any day)
    lead = _ITEM_NUMBER.sub("", text[clause.start:clause.start + first.start], count=1)
    # ("## What happened on Tuesday", «## Что произошло в субботу»: the section that tells the day's event)
    lead = _WHAT_HAPPENED.sub("", lead.strip(" #*_-|"), count=1)
    # at most one word (a weekday, whose own mention gave way to the date) before the date, after any item
    # number ("1. Monday, May 20.")
    return len(lead.strip(" #*_-|").split()) <= 1


#: The words of a section heading that tells the day's event before its day: "What happened |on Tuesday".
_WHAT_HAPPENED = re.compile(r"^(?:what\s+happened|что\s+(?:произошло|случилось))\s*", re.I)


def _denial_under_a_later_heading(text: str, pack: LanguagePack) -> bool:
    """Whether every denial of the article stands under a markdown section heading that is not its first
    ("## Кара-Шыбак: драка на пастбище ... ## Лейлек: выстрелы оказались взрывами на стройке ... «Никакой стрельбы на
    границе не было»"): one item's, however few the sections."""
    headings = [m.start() for m in _MARKDOWN_SECTION.finditer(text)]
    denials = [m.start() for m in pack.false_alarm.finditer(text)]
    return len(headings) >= 2 and bool(denials) and all(at > headings[1] for at in denials)


#: A markdown section heading: "## Лейлек: выстрелы оказались взрывами на стройке".
_MARKDOWN_SECTION = re.compile(r"^#{2,4}[ \t]+\S", re.M)


def _heading_count(text: str, structure: ArticleStructure | None) -> int:
    """How many lines of the article are section headings (:func:`_heading_line`)."""
    count, offset = 0, 0
    while (end := text.find("\n", offset)) >= 0:
        if text[offset:end].strip() and _heading_line(text, offset, structure) is not None:
            count += 1
        offset = end + 1
    return count


def _unrelated_heading_between(text: str, start: int, end: int, structure: ArticleStructure | None,
                               pack: LanguagePack, *, through: int | None = None) -> bool:
    """Whether a section heading over an unrelated item ("Курс валют", "ДТП на трассе Бишкек - Ош")
    stands on a line of its own between two offsets: neither it nor its section up to ``end`` speaks
    of the border or its two countries, nor does the text from ``end`` up to ``through`` (a clause's speaker)
    name the border or a border body (not «Позиция Душанбе» over «Пограничные войска ГКНБ Таджикистана ...
    сообщили, что травмы получили трое»; but "Kyrgyz Health Ministry reported ... 17 deaths" under "Also in the
    media" is another item), and the heading reports no violence."""
    offset = text.find("\n", start, end)
    while 0 <= offset < end:
        line_start = offset + 1
        line_end = text.find("\n", line_start, end)
        if line_end < 0:
            return False
        line = text[line_start:line_end]
        # the heading and its section up to the figure speak of neither the border nor its two countries
        section = text[line_start:end]
        if line.strip() and _heading_line(text, line_start, structure) is not None \
                and not pack.border_words.search(section) and not pack.folded.violence.search(lower_keep_length(line)) \
                and (through is None or not _THE_BORDER_NAMED.search(text, end, through)):
            return True
        offset = line_end
    return False


def _speaker_end(text: str, clause: Clause, pack: LanguagePack) -> int | None:
    """Where the clause's first reporting verb starts (its speaker told before it), if it has one."""
    verb = pack.speech.search(text, clause.start, clause.end)
    return None if verb is None else verb.start()


#: The border or a border body named: "border", "frontier", «граница», «пограничные войска».
_THE_BORDER_NAMED = re.compile(r"\b(?:border|frontier)|границ|погран", re.I)

#: A paragraph at least this long (characters) is a paragraph of the body, not a headline or byline.
BODY_PARAGRAPH_CHARS = 150


def _in_lede(text: str, offset: int) -> bool:
    """Whether ``offset`` is in the article's first body paragraph (none of at least
    :data:`BODY_PARAGRAPH_CHARS` comes before its own)."""
    own_start = text.rfind("\n\n", 0, offset)
    return own_start < 0 or not any(
        len(paragraph.strip()) >= BODY_PARAGRAPH_CHARS and not paragraph.lstrip().startswith("#")
        for paragraph in text[:own_start].split("\n\n"))


def _lede_end(text: str) -> int:
    """Where the article's first body paragraph ends: an offset before it is in the lede (:func:`_in_lede`), read with
    one pass over the text where many offsets are asked about."""
    start = 0
    for paragraph in text.split("\n\n"):
        end = start + len(paragraph)
        if len(paragraph.strip()) >= BODY_PARAGRAPH_CHARS and not paragraph.lstrip().startswith("#"):
            return end
        start = end + 2
    return len(text)


#: A paragraph that opens with its own bold label, a digest's item: "**Friday, September 20.** A fight over ...".
_BOLD_LEAD = re.compile(r"[ \t]*\*\*[^*\n]{2,80}?[.:]?\*\*[.:]?[ \t]+\S")


def _topic_headings(text: str, structure: ArticleStructure | None, pack: LanguagePack) -> list[int]:
    """The starts of the article's section headings (:func:`_heading_line`) that name a topic, in text
    order: not a live page's times and dates ("23:55", "3 октября"), which are entries of one story.
    A paragraph that opens with a bold label (a digest's item, :data:`_BOLD_LEAD`) or a weekday label
    (:data:`pack.event_words.weekday_lead`) starts a section too."""
    starts, line_start = [], 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].strip(" \t#*_|")
        if line and not line[0].isdigit() and (_heading_line(text, line_start, structure) is not None
                                               or _BOLD_LEAD.match(text, line_start, line_end) is not None
                                               or pack.event_words.weekday_lead.match(text, line_start, line_end) is not None):
            starts.append(line_start)
        line_start = line_end + 1
    return starts


def _section_of(headings: list[int], offset: int, text_end: int) -> tuple[int, int]:
    """The section holding ``offset``: from the start of the last topic heading at or before it (else 0)
    to the next one (else ``text_end``)."""
    k = bisect.bisect_right(headings, offset)
    return (headings[k - 1] if k else 0), (headings[k] if k < len(headings) else text_end)


def _marked_heading_between(text: str, start: int, end: int, structure: ArticleStructure | None) -> bool:
    """Whether a marked section heading ("## A reminder in Arka") stands on a line of its own between two offsets.

    Only a heading marked as one counts: a web page's category line, byline or
    caption would pass :func:`_heading_line` too.
    """
    offset = text.find("\n#", start, end)
    while 0 <= offset < end - 1:
        if _heading_line(text, offset + 1, structure) is not None:
            return True
        offset = text.find("\n#", offset + 1, end)
    return False


def _heading_line(text: str, offset: int, structure: ArticleStructure | None) -> tuple[int, int] | None:
    """The line holding ``offset`` if it is a section heading: a line of its own, of at most
    :data:`MAX_HEADING_CHARS`, that ends no sentence, is not the article's headline, and has a
    paragraph under it."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    if end < 0 or (structure is not None and structure.in_headline(offset)):
        return None
    line = text[start:end].strip(" \t#*_|")
    if not line or len(line) > MAX_HEADING_CHARS or line.endswith((".", ":", "!", "?", "»", '"', "”", ",", ";")):
        return None
    return start, end


def _headings_over_no_event(placed: list[tuple[int, Mention, list[str]]], mentions: Sequence[Mention], text: str,
                            structure: ArticleStructure | None, tells_an_event: Callable[[int, int], bool],
                            ) -> list[tuple[int, Mention, list[str]]]:
    """A section heading's place whose paragraph names it again, only where no event happened, and tells
    no event at all (``tells_an_event(start, end)`` of the text under the heading).

    «Тогуз-Булак: задержаны двое» over «Пограничники задержали у села Тогуз-Булак двух граждан Таджикистана,
    которые пытались перегнать через границу 40 голов скота. Задержанные сопротивления не оказали»: the
    paragraph tells a routine detention, so the heading's «задержаны» reports no event either.
    """
    quiet = [m for m in mentions if m.role_reason in (INSIDE_A_NON_EVENT, NO_VIOLENCE) and m.place is not None]
    if not quiet:
        return placed
    kept = []
    for entry in placed:
        mention = entry[1]
        line = _heading_line(text, mention.start, structure)
        if line is not None and mention.place is not None:
            section_end = text.find("\n\n", line[1])
            section_end = len(text) if section_end < 0 else section_end
            if any(q.place.id == mention.place.id and line[1] < q.start < section_end for q in quiet) \
                    and not any(other is not mention and other.place is not None
                                and other.place.id == mention.place.id and line[1] < other.start < section_end
                                for _, other, _ in placed) \
                    and not tells_an_event(line[1], section_end):
                _demote(mention, "a heading over a paragraph that names the place only where no event happened")
                continue
        kept.append(entry)
    return kept


def _subheadings_give_way(placed: list[tuple[int, Mention, list[str]]], text: str,
                          structure: ArticleStructure | None,
                          dated_headings: set[int]) -> tuple[list[tuple[int, Mention, list[str]]], set[int]]:
    """A section heading's place gives way to the event places of the section under it.

    A digest item "Kyrgyz TV says two road workers wounded by Tajik fire in Batken" over
    "... opened fire on a road construction site near the village of Kyzyl-Bel": the heading
    sums up its paragraphs, as the headline sums up the article, so the event is at the place
    the paragraphs report. A heading whose section names no event place keeps its own, and a
    heading that starts with its date (a timeline's entry) is an event clause of its own.
    Returns the events kept and the clauses of the headings that gave way: their figures sum
    up their sections ("погиб чабан, ранены трое" over three villages' paragraphs) and go to
    no incident.
    """
    lines = [None if index in dated_headings or mention.role_reason == PARAGRAPH_LABEL
             else _heading_line(text, mention.start, structure) for index, mention, _ in placed]
    starts = sorted({line[0] for line in lines if line is not None})
    kept = []
    gave_way: set[int] = set()
    for (index, mention, types), line in zip(placed, lines):
        if line is not None:
            later = [start for start in starts if start > line[0]]
            section_end = later[0] if later else len(text)
            if any(line[1] < other.start < section_end and other_line is None
                   for (_, other, _), other_line in zip(placed, lines)):
                _demote(mention, "a section heading (the paragraphs under it report the event)")
                gave_way.add(index)
                continue
        kept.append((index, mention, types))
    return kept, {index for index in gave_way if all(other != index for other, _, _ in kept)}


#: How far (km) the events a lede sums may lie from the district or district seat it names.
SUMMED_AREA_KM = 30.0


def _summing_ledes(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause], text: str,
                   pack: LanguagePack) -> tuple[list[tuple[int, Mention, list[str]]], set[int]]:
    """A lede that sums several incidents the article goes on to tell names no event of its own.

    "Stone-throwing and an arson attack left four people injured over three days around Tajikistan's
    Vorukh exclave", then a paragraph each for the fight at Ak-Sai, the fire at Vorukh and the stoning
    at Khoja-Alo: the lede's place is where they happened around, and its figures (the sums) go to no
    incident. Only when events in at least two later sentences follow, one of them at the lede's place
    (or, for a lede that names a district or a district's seat, "two incidents took place ... in the territory of
    Isfara city", within :data:`SUMMED_AREA_KM` of it). Returns the events kept and the summing clauses.
    """
    kept, sums = [], set()
    sentence_spans = cache(partial(_sentence_spans, clauses))
    for index, mention, types in placed:
        clause = clauses[index]
        # (the sentence's words: «Два инцидента произошли на выходных ...: в Ворухе ..., а на следующий день жители
        # кыргызского села Ак-Татыр ... перекрыли дорогу» counts both places' events in its first clause)
        later = [] if mention.place is None or not pack.several_events.search(
            text, sentence_spans()[clause.sentence_index][0], clause.end) else [
            (clauses[other].sentence_index, m.place)
            for other, m, _ in placed if clauses[other].sentence_index > clause.sentence_index]
        area = mention.place is not None and (mention.place.is_unit or mention.place.feature_code in SEATS)
        if len({s for s, _ in later}) >= 2 and any(
                place is not None and (place.id == mention.place.id or area and _km(place, mention.place) <= SUMMED_AREA_KM)
                for _, place in later):
            _demote(mention, "a lede summing several incidents the article tells")
            sums.add(index)
            continue
        kept.append((index, mention, types))
    return kept, sums
