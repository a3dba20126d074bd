"""The days of events: the date in a clause nearest to its trigger, statement dates set aside, and the days
an article tells.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
import datetime as dt
import re

from geo.incidents.events.clauses import _non_event_scan, _OPENING_QUOTES
from geo.incidents.model import Clause, DateMention, DateWindow
from geo.incidents.scope import CLOCK, DAY_DIGITS, FIRST_MADE_PUBLIC
from geo.language import LanguagePack
from geo.language.folding import lower_keep_length

def _clock_minutes(clause_text: str) -> int | None:
    """The minutes after midnight of the first clock time a clause gives ("около 04:10" -> 250), or ``None`` (also for
    no time of day, "25:30")."""
    found = CLOCK.search(clause_text)
    if found is None:
        return None
    hour, minute = int(found.group("hour")), int(found.group("minute"))
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def _narrows_the_story(own: DateWindow, story: DateWindow | None, clause_text: str, pack: LanguagePack) -> bool:
    """The clause names the day the story's event happened, inside the vaguer window the story had so far
    ("late last week" ... "The incident happened on the evening of Friday, June 3")."""
    return story is not None and own.precision < story.precision and story.start <= own.start <= story.end \
        and pack.event_words.happened.search(clause_text) is not None


def _dates_a_peaceful_relative(date: DateMention, clause_text: str, pack: LanguagePack) -> bool:
    """Whether ``date`` opens a relative clause on a place (", where ...", «, где ...») that tells no violence."""
    if not pack.event_words.where_before_date.search(clause_text, max(0, date.start - 12), date.start):
        return False
    stop = _RELATIVE_END.search(clause_text, date.end)
    relative = clause_text[date.end:stop.start() if stop else len(clause_text)]
    return pack.folded.violence.search(lower_keep_length(relative)) is None


#: Where a relative clause ends: a comma, a semicolon or a full stop.
_RELATIVE_END = re.compile(r"[,;.]")


def _event_dates(clause: Clause, clause_text: str, window_start: dt.date | None, published: dt.date | None,
                 pack: LanguagePack) -> list[DateMention]:
    """Dates in the clause that may date an event: in the news window, not a bare year, and not the
    date of a statement ("..., the ministry reported on Saturday")."""
    if not clause.dates:
        return []
    died = pack.died_of_wounds.search(clause_text)
    kept = [d for d in clause.dates if d.window.kind not in ("year", "season")
            # «похороны пройдут сегодня после полудня»: a funeral's day dates no event
            and not pack.funeral_before.search(clause_text, max(0, d.start - 60), d.start)
            and (window_start is None or d.window.end >= window_start or clause.scope_reason == FIRST_MADE_PUBLIC)
            and (published is None or d.window.start <= published + dt.timedelta(days=1))
            and not (died is not None and _day_of_death(d, died, pack))
            and not _is_statement_date(d, clause_text, pack)
            # "close to Isfara, where a similar incident took place on June 3": an earlier event's date
            and not pack.earlier_incident_date.search(clause_text[max(0, d.start - 90):_first_word(clause_text, d)])
            # «не сегодня утром, как сообщалось ранее, а накануне вечером, 3 июля»: the day a correction withdraws
            and not _withdrawn_day(d, clause_text, pack)
            # «к утру субботы большинство из них вернулись домой», "until Monday": a limit, not the event's day
            and not pack.event_words.limit_day.search(clause_text, max(0, d.start - 24), _first_word(clause_text, d))
            # "Correction (20 April 2026, 14:10): An earlier version ...", «Уточнение от 16:40»: the notice's time
            and not pack.event_words.notice_before.search(clause_text, max(0, d.start - 24), _first_word(clause_text, d))
            # «Фарруха спасти не смогли ... во вторник утром он умер»: the day a person told of died, not an attack's
            and not pack.event_words.pronoun_died_after.match(clause_text, d.end)
            # "the hospital, where he had been flown by helicopter on July 15": the day he was moved
            and not pack.event_words.transfer_before.search(clause_text, max(0, d.start - 60), _first_word(clause_text, d))
            # "before this week's blast it had recorded four accidents": the day of another event, told as a limit
            and not (_BEFORE.search(clause_text, max(0, d.start - 12), _first_word(clause_text, d))
                     and _POSSESSIVE.match(clause_text, d.end))
            # «у водозабора в Капчыгае, где накануне вечером жители двух сторон поспорили»: the day of a quarrel a
            # relative clause tells, with no violence in it
            and not _dates_a_peaceful_relative(d, clause_text, pack)]
    if len(kept) > 1:
        # "in intensive care since Thursday night died early this morning": the day of the death, told after an
        # earlier day in the clause, is not the attack's
        kept = [d for d in kept if not (
            pack.event_words.died_just_before.search(clause_text, max(0, d.start - 30), _first_word(clause_text, d))
            and any(other.window.end < d.window.start for other in kept if other is not d))]
    if len(kept) > 1:
        # "were detained ... on Sunday, May 19, held at a Tajik border post for two days and handed back to the Kyrgyz
        # side with injuries on Tuesday evening": the day the detainees were released is not the detention's
        kept = [d for d in kept if not (
            pack.event_words.released_before.search(clause_text, max(0, d.start - RELEASE_CHARS),
                                                    _first_word(clause_text, d))
            and any(other.window.end < d.window.start for other in kept if other is not d))]
    return _quoted_today(kept, clause, clause_text, published, pack)


#: How far before a day (characters) its release verb may stand.
RELEASE_CHARS = 60

#: Just before a day that limits ("|before |this week's blast") and its possessive after it.
_BEFORE = re.compile(r"\bbefore\s+$", re.I)

_POSSESSIVE = re.compile(r"['’]s\b")


def _withdrawn_day(date: DateMention, clause_text: str, pack: LanguagePack) -> bool:
    """Whether a correction withdraws the date: «не |сегодня утром, как сообщалось ранее, а ...»."""
    return pack.event_words.negated_day.search(clause_text, max(0, date.start - 12), _first_word(clause_text, date)) is not None


def _quoted_today(kept: list[DateMention], clause: Clause, clause_text: str, published: dt.date | None,
                  pack: LanguagePack) -> list[DateMention]:
    """A quoted "today" or "yesterday" counts from the day the quoted report came out, when the clause
    says which day that was.

    «В публикации, вышедшей во вторник в 20:50, издание ... сообщало, что столкновение началось
    «сегодня около 19:30»»: Tuesday, not the day of the retelling; "On Sunday, 14 April, the Border
    Service published a statement saying that "yesterday at about 19:50" shots were fired": 13 April.
    """
    if published is None:
        return kept
    quoted = [d for d in kept if d.window.precision == 1 and not DAY_DIGITS.search(d.window.text)
              and any(q in clause_text[max(0, d.start - 3):d.start] for q in _OPENING_QUOTES)]
    if not quoted:
        return kept
    told = [d for d in clause.dates
            if d.window.one_day and d not in quoted and _is_statement_date(d, clause_text, pack)]
    if len(told) != 1:
        return kept
    shift = told[0].window.start - published
    return [replace(d, window=replace(d.window, start=d.window.start + shift, end=d.window.end + shift))
            if d in quoted else d for d in kept]


def _told_on(date: DateMention, clause_text: str, pack: LanguagePack) -> bool:
    """Whether the date is when the clause's figures were told: a statement date, or "On July 22,
    Tajik officials said" (which still dates an event of that clause, but bounds the figures told)."""
    return _is_statement_date(date, clause_text, pack) or (
        pack.date_opening.fullmatch(clause_text, 0, date.start) is not None
        and pack.statement_date_after.match(clause_text, date.end) is not None)


#: How long (characters) a speaker named before a statement's date may be ("The Tajik Foreign Ministry").
STATEMENT_SUBJECT_CHARS = 80


def _told_days(clauses: list[Clause], text: str, pack: LanguagePack) -> Callable[[int], dt.date | None]:
    """A memoised reader: the latest day a clause of a sentence says its figures were told
    (:func:`_told_on`), by sentence index, or None."""
    told: dict[int, dt.date | None] = {}

    def told_in_sentence(sentence_index: int) -> dt.date | None:
        if sentence_index not in told:
            told[sentence_index] = max(
                (d.window.end for c in clauses if c.sentence_index == sentence_index and c.dates
                 for d in c.dates if _told_on(d, text[c.start:c.end], pack)), default=None)
        return told[sentence_index]

    return told_in_sentence


def _is_statement_date(date: DateMention, clause_text: str, pack: LanguagePack) -> bool:
    """Whether the date only says when something was said ("the ministry reported on Saturday",
    "On Wednesday the border troops said that ...", «Во вторник в хукумате уточнили, что ...»)."""
    # the text before the date's first word: a weekday's match may begin at the space before it
    before = clause_text[:date.start]
    if pack.statement_date.search(clause_text[max(0, date.start - 60):_first_word(clause_text, date)]) is not None:
        return True
    if pack.event_words.incident_happened.search(before) is not None:
        return False  # "The incident took place in the afternoon of April 25, the ministry said": the incident's day
    # «Министерство иностранных дел Таджикистана во вторник, 18 июля, распространило заявление»: the speaker named
    # before the date, with no violence told yet
    return (not before.strip(" \t\n\"«„“-—–*")
            or len(before) <= STATEMENT_SUBJECT_CHARS and pack.violence.search(before) is None) \
        and pack.statement_date_after.match(clause_text, date.end) is not None


#: The wounding told after the death: "died ... five days |after he was shot".
_AFTER_THE_WOUND = re.compile(r"\b(?:days?|hours?|weeks?)\s+after\s+(?:he|she|they)\s+(?:was|were|had been)\b|"
                              # "died on the evening of October 15 in the Osh hospital, where he had been taken with a
                              # severe head injury"
                              r",\s+where\s+(?:he|she)\s+had\s+been\s+(?:taken|admitted|brought|flown|airlifted)\b",
                              re.I)

#: A died-of-wounds phrase that ends with the wound («скончался пограничник, раненный»).
_WOUND_LAST = re.compile(r"(?:ранен\w*|ранени\w*|травм\w*)(?:\s+\d{1,2}\s+[а-я]+)?$", re.I)


def _day_of_death(date: DateMention, died: re.Match[str], pack: LanguagePack) -> bool:
    """A day-precise date that says when a wounded person died, not when the attack was.

    "..., who received a gunshot wound to the chest, died on the night of February 15" (after the
    phrase), «Позавчера ... скончался военнослужащий, получивший ранение 3 сентября» (before a
    phrase that tells the death first); inside the phrase is the attack's day ("who was wounded ...
    on February 11 has died"). A vaguer date ("earlier this week") still dates the attack.
    """
    # "died late on October 7 in the ... hospital, five days after he was shot": the death's day, before
    # the wounding told last
    if (after := _AFTER_THE_WOUND.search(died.group(0))) is not None and date.start < died.start() + after.start():
        return date.start >= died.start()
    # (a night is two days: «в ночь на пятницу скончался ...» dates the death too)
    if (date.window.precision > 1 and (date.window.end - date.window.start).days > 1) \
            or died.start() <= date.start < died.end():
        return False
    if _WOUND_LAST.search(died.group(0)):
        # «скончался ещё один житель, раненный при стрельбе в субботу, 21 марта»: what follows the
        # wound tells of the attack; the death's day comes before
        return date.start < died.start()
    return date.start >= died.end() or pack.event_words.death_first.match(died.group(0)) is not None


def _first_word(clause_text: str, date: DateMention) -> int:
    """Offset of the first non-space character of a date mention."""
    return _next_word(clause_text, date.start, date.end)


def _next_word(text: str, start: int, end: int | None = None) -> int:
    """The offset of the first non-space character of ``text[start:end]`` (``end`` if none)."""
    span = text[start:end]
    return start + len(span) - len(span.lstrip())


def _is_night(window: DateWindow, pack: LanguagePack) -> bool:
    """Whether the date is a night named without its day ("overnight", «ночью»)."""
    return window.text.lower() in pack.night_words


def _nearest(dates: list[DateMention], clause_text: str, pack: LanguagePack) -> DateWindow | None:
    if not dates:
        return None
    named = [d for d in dates if not _is_night(d.window, pack)]
    if named and len(named) < len(dates):
        # "September 17-18, Ak-Suu. An overnight exchange of fire": the night is the named date's
        dates = named
    days = [d for d in dates if d.window.one_day]
    if days and len(days) < len(dates):
        # «Позавчера, в ночь со среды на четверг, около 01:40»: the day named inside the night's two is the one
        dates = [d for d in dates if d.window.one_day or not any(
            d.window.start <= o.window.start <= d.window.end and (d.window.end - d.window.start).days == 1
            for o in days)]
    cleaned = _non_event_scan(clause_text, pack.folded.not_event)[1]
    cues = [m.start() for m in pack.folded.violence.finditer(cleaned)]
    if not cues:
        return dates[0].window
    return min(dates, key=lambda d: min(abs(d.start - c) for c in cues)).window


def _exact_days(clause: Clause, text: str | None = None, pack: LanguagePack | None = None) -> set[dt.date]:
    """The single days (precision 1) a clause's own dates name.

    Given ``text`` and ``pack``, a day that only says when something was said ("..., the Sughd regional
    administration said on Tuesday") is left out, and so is the day a wounded person died («житель джамоата
    Овчи-Калъача, получивший тяжелую черепно-мозговую травму в ходе массовой драки ..., скончался в воскресенье, 27
    октября»).
    """
    if text is None or pack is None:
        return {d.window.start for d in clause.dates if d.window.one_day}
    clause_text = text[clause.start:clause.end]
    died = pack.died_of_wounds.search(clause_text)
    return {d.window.start for d in clause.dates if d.window.one_day and not _is_statement_date(d, clause_text, pack)
            and not (died is not None and _day_of_death(d, died, pack))}
