"""Stage 3: events. A trigger in a news clause, at the places attached to it.

For each incident mention of the geoparser (a place in a sentence that
reports violence, not a speaker, venue, destination or origin):

1. the mention's clause must be news (:mod:`geo.incidents.scope`) and hold
   a trigger once the pack's non-event phrases ("protest note") are removed,
   else the mention becomes context with the reason;
2. its date is the date in its clause nearest to the trigger (a statement
   about an earlier event dates the event, not the statement), else the
   nearest earlier dated news event of the article ("story"), else the day
   before publication to publication (precision 2);
3. the clause's figures go to the clause's first event place only; figures
   of news clauses that name no event place go to the nearest earlier event
   (else the first later one). Background figures go nowhere.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache, lru_cache, partial
from dataclasses import replace
import datetime as dt
import re

from geo.gazetteer.model import Place
from geo.gazetteer.ranking import haversine_km
from geo.geoparse.cues import POST_CUE
from geo.geoparse.model import Mention, ParsedArticle
from geo.geoparse.roles import (
    BURIAL, CEASEFIRE_VENUE, CUE_WINDOW, DESTINATION, DIPLOMACY_NO_VIOLENCE, FACING, FIRING_POST, INCIDENT_SCENE,
    LIST_ENTRY, MAX_SCENE_GAP, NO_VIOLENCE, PARAGRAPH_LABEL, RIVER_OR_TRACT, SCENE_BEFORE, SPEAKER, STRETCH_END,
    WEEKDAY_WORDS,
    list_introduction,
)
from geo.geoparse.stand_ins import RESIDENTS_CHARS, stand_in_reach_km
from geo.incidents.breakdowns import Share, prose_breakdowns
from geo.incidents.model import Clause, DateMention, DateWindow, Figure, IncidentSource, MentionEvent, RawFigure
from geo.incidents.quantities import LOWER_BOUND
from geo.incidents.scope import (
    CLOCK, CONTINUED_NEWS, DAY_DIGITS, FIRST_MADE_PUBLIC, LIST_ITEM_AFTER_PLACE, LIST_ITEM_BEFORE_PLACE, NEWS_REASON,
    RETELLING,
    list_line_start, news_window_days, opens_a_retelling, reference_date, scope_clauses,
)
from geo.incidents.structure import ArticleStructure, newest_first_entries
from geo.incidents.taxonomy import ARMED_TYPES, EVENT_TYPES, FIGHTING_TYPES, OLD_ORDNANCE_HINT
from geo.incidents.tables import TableRow, table_rows, table_spans
from geo.language import LanguagePack, pack_for
from geo.language.folding import blank_matches, lower_keep_length

__all__ = ["SAME_EVENT_KM", "article_events", "clause_types", "is_debunked"]

#: Role reason prefix of the village of the other party of a fight ("residents of X and Y threw stones").
_OTHER_PARTY = "the other party"
#: Role reason prefix of a village named in where the scene lies ("Ak-Sai, where a road ... runs along the edge
#: of Vorukh").
_LANDMARK_OF_THE_SCENE = "named in where"
#: When residents of the clause's first event place act ("residents of Surkh and the neighbouring
#: Kok-Tash threw stones"), villages named after it this close (km) are the other party, not events.
SAME_EVENT_KM = 10.0
#: How far (km) a village the text calls the neighbouring one may lie from the scene.
NAMED_NEIGHBOUR_KM = 25.0
#: The distance taken between two villages the gazetteer lacks (mapped at their units' points): neighbours, not one
#: scene.
STAND_INS_APART_KM = 20.0
#: How far (km) a district of the other country may lie from a fight placed at a village, to be that fight's
#: other version ("on a section of the border in Isfara district").
OTHER_SIDES_DISTRICT_KM = 30.0


#: How far after a quoted clause (characters) its attribution may start.
ATTRIBUTION_CHARS = 60
#: A quotation's end before its attribution: a closing quote, a comma, a dash.
_QUOTATION_CLOSED = re.compile(r"([\"»”])\s*,?\s*[—–-]\s*$")
#: The next closing guillemet and the dash after it (the attribution follows).
_CLOSING_AHEAD = re.compile(r"»\s*,?\s*[—–-]\s*")
#: A quotation's opening mark for its closing one.
_OPENING_MARK = {"»": "«", "”": "“", '"': '"'}

#: How many news clauses back "the incident" of «Инцидент произошёл в X» may have been reported.
ANTECEDENT_CLAUSES = 6


#: How far (characters) before a place its clause may say it is the scene ("The incident took place on Monday, August
#: 7, at about 22:15, near the village of").
SCENE_PHRASE_CHARS = 400


def _named_as_the_scene(mention: Mention, clause: Clause, text: str, pack: LanguagePack) -> bool:
    """Whether the clause says the article's incident happened at ``mention`` ("The incident occurred near X")."""
    if mention.role_reason == INCIDENT_SCENE:
        return True
    # (the words just before it: the scene's phrase is short, and a clause may be a hostile text's whole megabyte)
    before = text[max(clause.start, mention.start - SCENE_PHRASE_CHARS):mention.start]
    return bool(before) and pack.folded.roles.incident_scene_before.search(lower_keep_length(before)) is not None


def _with_antecedent_types(types: list[str], index: int, clauses: Sequence[Clause],
                           types_of: Callable[[int], list[str]]) -> list[str]:
    """``types`` with the fighting types of the incident an anaphoric clause locates.

    The nearest news clause before (at most :data:`ANTECEDENT_CLAUSES` back) that reports
    fighting, else the first one after it in the same paragraph («Конфликт произошёл в
    местности Чек ... Соседи начали кидать друг в друга камни»).
    """
    from geo.incidents.taxonomy import EVENT_TYPES

    earlier = range(index - 1, max(-1, index - 1 - ANTECEDENT_CLAUSES), -1)
    if set(types) & FIGHTING_TYPES:
        # «первый инцидент произошел в четверг около 22:50 у села Кара-Бак: таджикские военнослужащие открыли огонь»:
        # the clause tells its own fight (one of those the lede summed up); a quarrel it tells may be the start of the
        # shooting told just before: «произошла перестрелка между пограничниками ... инцидент произошел рядом с селом
        # Кок-Таш, куда ... приехали для урегулирования конфликта между жителями»
        if not set(types) & ARMED_TYPES:
            for k in earlier:
                armed = [t for t in types_of(k) if t in ARMED_TYPES] if clauses[k].scope == "news" else []
                if armed:
                    merged = set(types) | set(armed)
                    return [t for t in EVENT_TYPES if t in merged]
        return types
    # ... or in the paragraph after a one-sentence lede: "The State Border Service ... informed about details of the
    # conflict that occurred the day before at the entrance to Vorukh village. | According to the service, the incident
    # with the use of weapons occurred ..."
    paragraph = clauses[index].paragraph_index
    lede = paragraph + 1 if all(c.sentence_index == clauses[index].sentence_index
                                for c in clauses if c.paragraph_index == paragraph) else paragraph
    def later() -> Iterator[int]:
        """The clauses after it in its paragraph, then (after a one-sentence lede) a few of the next paragraph."""
        for k in range(index + 1, len(clauses)):
            if clauses[k].paragraph_index == paragraph \
                    or clauses[k].paragraph_index == lede != paragraph and k <= index + ANTECEDENT_CLAUSES:
                yield k
            elif clauses[k].paragraph_index > lede:
                return

    for k in (*earlier, *later()):
        if clauses[k].scope != "news":
            continue
        fighting = [t for t in types_of(k) if t in FIGHTING_TYPES]
        if fighting:
            merged = set(types) | set(fighting)
            return [t for t in EVENT_TYPES if t in merged]
    # «Житель района получил ранения при взрыве неразорвавшегося боеприпаса ... Происшествие случилось ... у
    # села Каракенджа»: no fighting, the harm told before (an old munition's blast)
    for k in earlier:
        if clauses[k].scope == "news" and "casualty_report" in types_of(k):
            return [t for t in EVENT_TYPES if t in set(types) | {"casualty_report"}]
    # ... or the people hurt told after a one-sentence lede: «Инцидент произошел сегодня утром вблизи махалли Кок-Тош
    # села Аксай ... | ... в ходе инцидента пострадали 5 жителей махалли Сомониён»
    if lede != paragraph:
        for k in later():
            if clauses[k].scope == "news" and "casualty_report" in types_of(k):
                return [t for t in EVENT_TYPES if t in set(types) | {"casualty_report"}]
    return types


@lru_cache(maxsize=512)
def _non_event_scan(clause_text: str, not_event: re.Pattern[str]) -> tuple[tuple[tuple[int, int], ...], str]:
    """The ``not_event`` phrases of a clause (offsets in it) and the clause lower-cased with them blanked.

    One scan per clause text, shared by its types, its dates, its figures and the names inside its
    non-event phrases (each used to scan the clause again).
    """
    lowered = lower_keep_length(clause_text)
    spans = tuple(m.span() for m in not_event.finditer(lowered))
    if not spans:
        return spans, lowered
    pieces, last = [], 0
    for a, b in spans:
        pieces += [lowered[last:a], " " * (b - a)]
        last = b
    return spans, "".join(pieces) + lowered[last:]


#: A year of the 20th or 21st century written out.
_A_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def clause_types(clause_text: str, pack: LanguagePack) -> list[str]:
    """Event types whose triggers appear in the clause, in taxonomy order."""
    from geo.incidents.taxonomy import EVENT_TYPES, VIOLENT_TYPES

    folded = pack.folded
    cleaned = _non_event_scan(clause_text, folded.not_event)[1]
    if _A_YEAR.search(cleaned):
        # "in a pasture ... south of Ak-Tatyr, in an area that saw heavy fighting in September 2022": the
        # place's past with its year is no event of the clause
        cleaned = pack.place_history.sub(lambda m: " " * len(m.group(0)) if _A_YEAR.search(m.group(0)) else m.group(0),
                                         cleaned)
        # "stealing household goods from abandoned houses in Ak-Sai during the evacuation of September 2022": an event
        # of a past year, told to place a crime or a memory
        cleaned = blank_matches(cleaned, pack.event_words.past_year_event)
    found = [name for name in EVENT_TYPES if folded.triggers[name].search(cleaned)]
    if "armed_clash" in found and "air_drone_strike" in found and pack.drone_attack.search(cleaned) \
            and not folded.triggers["armed_clash"].search(blank_matches(cleaned, pack.drone_attack)):
        found.remove("armed_clash")  # «беспилотник ... атаковал легковой автомобиль»: the drone's attack
    if "armed_clash" in found and pack.event_words.into_the_air.search(cleaned) and pack.harmless_fire.search(cleaned) \
            and not folded.triggers["armed_clash"].search(blank_matches(cleaned, pack.harmless_fire)):
        # «пограничники произвели предупредительные выстрелы в воздух, чтобы остановить граждан Таджикистана»:
        # shots into the air fight no one
        found.remove("armed_clash")
    if any(name in VIOLENT_TYPES for name in found) and "ceasefire_agreement" in found:
        found.remove("ceasefire_agreement")  # "clashes broke out after the ceasefire"
    if "armed_clash" in found and pack.old_ordnance.search(cleaned):
        # "an unexploded shell left over from the September fighting went off", «подорвался на неразорвавшемся
        # боеприпасе, оставшемся после апрельских боев»: the fighting is the munition's past, not this clause's event
        if not folded.triggers["armed_clash"].search(blank_matches(cleaned, pack.old_ordnance)):
            found.remove("armed_clash")
    if "shelling_artillery" in found and "armed_clash" not in found and pack.old_ordnance.search(cleaned):
        # "a boy was killed when an old artillery shell exploded": no one fired it now
        found = [name for name in found if name != "shelling_artillery"]
        if "casualty_report" not in found:
            found.append("casualty_report")
    return found


#: How far (characters) after a place name its own date may start ("near Ak-Sai in September 2022").
_OWN_DATE_GAP = 6
#: What may stand between a place name and its own date.
_DATE_JUST_AFTER = re.compile(r"[\s,]*(?:in|on|в|во)?\s*", re.I)

#: A dated sentence of at least this many words may date the event told in the next (not a dateline's date).
_TOLD_SENTENCE_WORDS = 8


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


#: Quotation marks that open a quoted report, or a named post or unit («заставы «Овчи-Калъача»»).
_OPENING_QUOTES = ("«", "\"", "“", "„")


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


#: How far back a statement quoted whole may have opened.
STATEMENT_QUOTE_CHARS = 3000
#: A quotation's closing mark and the attribution after it (its first 90 characters, up to a stop), the pattern
#: tail that :data:`_AFTER_QUOTE` and :data:`_QUOTE_CLOSED_THEN_SAID` share.
_CLOSED_THEN_ATTRIBUTION = r"[»\"”][\s,]*(?:[—–-]+\s*)?((?:[^.;«»\"“”]|\.(?=\w)){1,90})"
#: A quotation's close and the attribution after it: «...пострадали двое», — добавили в хукумате.
#: (a dot inside a word is no sentence's end: "— рассказал Kaktus.media заместитель полпреда")
_AFTER_QUOTE = re.compile(r"[^«»\"“”.;]{0,40}" + _CLOSED_THEN_ATTRIBUTION)

#: A quotation opened (and not closed) before a figure, in its clause: «"В результате ... погиб».
_QUOTE_OPENS = re.compile(r"^[\s—–-]*[«\"“„][^«»\"“”]*$")

#: The rest of that quotation (no stop in it) and its attribution after a dash: «..., еще один получил ранение", -
#: цитирует заявление ведомства».
_ATTRIBUTION_AFTER_QUOTE = re.compile(r"[^«»\"“”.;]{0,200}[»\"”]\s*,?\s*[—–-]+\s*((?:[^.;«»\"“”]|\.(?=\w)){1,90})")

#: A clause's opening quotation mark and the spaces around it.
_QUOTE_LEAD = re.compile(r"[\s—–-]*[«\"“„]?\s*")

#: The sentence's last comma part, when it ends the sentence: «Ранены двое ...|, сообщила Пограничная служба ГКНБ.»
_TRAILING_PART = re.compile(r"[^«»\"“”.;]{0,100}?,\s*(?:[—–-]+\s*)?([^.;«»\"“”,]{1,60})(?:[.;]|$)")


def _other_side_named_before(clause_text: str, figure_start: int, claimant: str, pack: LanguagePack) -> str | None:
    """The other side than the claimant, named as the subject between the clause's last reporting verb and a
    figure of servicemen ("claimed that |Kyrgyz soldiers| had been seen carrying two wounded servicemen")."""
    verbs = list(pack.speech.finditer(clause_text, 0, figure_start))
    if not verbs:
        return None
    between = clause_text[verbs[-1].end():figure_start]
    named = {code for code, pattern in pack.sides.items() if pattern.search(between)}
    if len(named) != 1 or claimant in named or not pack.own_forces.search(between):
        return None
    return named.pop()


def _quoted_speaker(after: str, pack: LanguagePack, trailing_too: bool = False) -> str | None:
    """The side that a quotation's attribution names: «...с кыргызской стороны пострадали двое», —
    добавили в хукумате (the Tajik district government speaks); or, without a quotation and with
    ``trailing_too`` (a figure of one side's people), the attribution that ends the sentence: «Ранены
    двое кыргызских военнослужащих, сообщила Пограничная служба ГКНБ» (the body that speaks for one
    side, when the part names no country): whether the side counts its own or the other's."""
    attribution = _AFTER_QUOTE.match(after)
    if attribution is None:
        if not trailing_too:
            return None
        trailing = _TRAILING_PART.match(after)
        if trailing is None or not pack.speech.search(trailing.group(1)) or pack.event_words.relative_opening.match(trailing.group(1)):
            # (not a relative clause: "15 Tajik citizens had been killed in Ovchi-Kalacha, where it said a Kyrgyz
            # drone hit a school": the side named there is who struck)
            return None
        return _one_side(trailing.group(1), pack.sides) or _one_side(trailing.group(1), pack.speakers)
    if not pack.speech.search(attribution.group(1)):
        return None
    # (or the body that speaks for one side: «...», — сказал глава айыл окмоту)
    return _one_side(attribution.group(1), pack.sides) or _one_side(attribution.group(1), pack.speakers)


def _one_side(text: str, patterns: Mapping[str, re.Pattern[str]]) -> str | None:
    """The one side whose pattern ``text`` names, if exactly one does."""
    named = [code for code, pattern in patterns.items() if pattern.search(text)]
    return named[0] if len(named) == 1 else None


#: A sentence's opening up to its first comma: its subject ("Tajikistan's border troops|, in a statement").
_UP_TO_COMMA = re.compile(r"[^,;]*")


#: How far before a reporting verb (characters) the words that make its speaker both sides may stand ("officials on
#: both sides| said").
JOINT_SPEAKER_CHARS = 40


def _overlaps(raw: RawFigure, match: re.Match[str]) -> bool:
    """The figure's words and the match share text."""
    return raw.start < match.end() and match.start() < raw.end


def _claimant(sentence_before: str, clause_text: str, pack: LanguagePack, after: str = "",
              sided: bool = False) -> str | None:
    """The one side named before a reporting verb in the clause, if any.

    With none named before, a quotation's attribution in ``after`` (the text
    from the figure on, past the clause) names the speaker; for a ``sided`` figure
    (one side's people), so does an attribution that ends the sentence.

    When both sides are named before the figure, the speaker is the side named
    just before the last reporting verb ("в кыргызской Погранслужбе утверждают,
    что таджикская сторона потеряла трёх": KG speaks about TJ).
    """
    # "A Tajik farmer was killed and a Kyrgyz border guard was wounded ..., officials on both sides said": both speak
    # (no side named before the verb is the speaker)
    clause_verbs = list(pack.speech.finditer(clause_text))
    if clause_verbs and pack.joint.search(clause_text, max(0, clause_verbs[-1].start() - JOINT_SPEAKER_CHARS),
                                          clause_verbs[-1].start()):
        return None
    if pack.joint.search(sentence_before):
        return None  # a joint speaker ("Kyrgyz and Tajik officials said"); "... on both sides" after
        # the figure says whose losses it counts, not who speaks
    if (subject := pack.pronoun_subject.match(sentence_before)) is not None and subject.groupdict().get("document"):
        return None  # "The statement calls the Kyrgyz residents the instigators and claims that ...": the
        # speaker is the sentence before's (a side named is whom it speaks of)
    if not clause_verbs:
        if pack.event_words.source_opening.match(sentence_before):
            # «По оперативным данным Пограничной службы, «со стороны таджикских военнослужащих имеются двое
            # погибших»»: the source that opens the clause, a body that speaks for one side without naming it
            bodies = _bodies_named(sentence_before, pack)
            if len(bodies) == 1:
                return bodies.pop()
        return _quoted_speaker(after, pack, sided)
    sentence_before = pack.losing_side.sub(" ", sentence_before)  # "со стороны Таджикистана погибли трое"
    sides = {code for code, p in pack.sides.items() if p.search(sentence_before)}
    verbs = list(pack.speech.finditer(sentence_before))
    if verbs and any(source.start() <= verbs[-1].start() < source.end()
                     for source in pack.speech_pronoun.finditer(sentence_before)):
        # «Около 30 жителей таджикского джамоата, по версии ведомства, начали забрасывать технику камнями, двое
        # киргизских пограничников получили травмы»: the agency the sentence before named speaks (the side named
        # here is of whom it speaks); the caller's speaker of the pronoun answers
        return None
    if not verbs and sided and _QUOTE_OPENS.search(sentence_before) is not None \
            and (attribution := _ATTRIBUTION_AFTER_QUOTE.match(after)) is not None \
            and pack.speech.search(attribution.group(1)):
        # a count in a quotation the clause opened, its attribution after the closing mark: «"В результате
        # провокационных действий киргизских военнослужащих погиб один военнослужащий Пограничных войск ГКНБ
        # Республики Таджикистан, еще один получил ранение", - цитирует заявление ведомства агентство "Ховар"»:
        # the side named before the count is who fired; the attribution (or the body named before) speaks
        return _one_side(attribution.group(1), pack.sides) or _one_side(attribution.group(1), pack.speakers)
    if not verbs and sided and _AFTER_QUOTE.match(after) is not None:
        # '"During the detention, the citizens of Tajikistan put up active resistance, as a result of which a Kyrgyz
        # serviceman received an injury to his hand," the service said': inside a quotation the side named before
        # a figure of one side's people is whom it speaks of; its attribution (or the caller's body named before
        # it) is the speaker (an unsided count after «Погиб один кыргызский пограничник, ...» stays that side's)
        return _quoted_speaker(after, pack, sided)
    if len(verbs) == 1 and not sentence_before[:verbs[0].start()].strip(" \t\n\"«“—–-"):
        # "По данным таджикской стороны, потери киргизских ...", «По данным ведомства, таджикские
        # военнослужащие открыли огонь»: a clause that opens with its source names it right after
        # (a side named later is whose losses, or who fired)
        source = re.match(r"[^,;:]*", sentence_before[verbs[0].end():]).group(0)
        # ... or a body that speaks for one side without naming it ("According to the information
        # available to the Border Service, the Tajik side has at least two wounded"; «По данным погранвойск,
        # огнестрельное ранение ноги получил 52-летний местный житель», an unsided count too)
        speaker = {code for code, p in pack.sides.items() if p.search(source)} \
            or _bodies_named(source, pack)
        if len(speaker) == 1:
            return speaker.pop()
        if sides:
            return None
    if not sides:
        # "The Border Service of the State Committee for National Security said on Friday that ... the Tajik
        # side had lost two servicemen killed": a body that speaks for one side without naming it
        # (for a figure of one side's people only: whose claim it is about whom)
        bodies = _bodies_named(sentence_before, pack, 0, verbs[-1].start()) if sided and verbs else set()
        if len(bodies) == 1:
            return bodies.pop()
        # (a speaker before the quotation is its speaker, whatever follows it: «В заявлении УВД также утверждалось, что
        # «с кыргызской стороны пострадали не более двух человек» — эти данные кыргызская сторона называет не
        # соответствующими действительности»)
        return None if verbs and any(q in sentence_before[verbs[-1].end():] for q in _OPENING_QUOTES) \
            else _quoted_speaker(after, pack, sided)
    if verbs and pack.pronoun_speaker.search(sentence_before, max(0, verbs[-1].start() - 12), verbs[-1].start()) \
            and not any(p.search(sentence_before, 0, verbs[-1].start()) for p in pack.sides.values()):
        # "It said Tajik servicemen had been the first to open fire and that two Kyrgyz border guards were
        # wounded": the pronoun's side is the sentence before's; the side after the verb is who fired
        return None
    if len(verbs) > 1 and pack.second_predicate_before.search(sentence_before, 0, verbs[-1].start()) \
            and pack.pronoun_speaker.search(sentence_before, max(0, verbs[0].start() - 12), verbs[0].start()) \
            and not any(p.search(sentence_before, 0, verbs[0].start()) for p in pack.sides.values()):
        # 'It said the conflict began when "residents of the Tajik side tried to break the lock" and claimed that
        # about ten Tajik residents had also been hurt': the second verb is the pronoun's too
        return None
    if len(sides) == 1:
        return sides.pop()
    if len(sides) == 2 and verbs:
        if pack.second_predicate_before.search(sentence_before, 0, verbs[-1].start()):
            # "Tajikistan's border troops, in a statement ..., blamed Kyrgyz servicemen ... and said":
            # the sentence's subject speaks
            subject = _UP_TO_COMMA.match(sentence_before).group(0)
            speaker = {code for code, p in pack.sides.items() if p.search(subject)}
            if len(speaker) != 1:
                # "Tajikistan's foreign ministry said ... that Kyrgyz mortar fire had wounded ..., and said at least
                # four Kyrgyz servicemen had died": the subject before the first reporting verb
                speaker = {code for code, p in pack.sides.items() if p.search(sentence_before, 0, verbs[0].start())}
            if len(speaker) != 1:
                # «Пограничная служба ГКНБ Кыргызстана в Бишкеке возложила ответственность за обострение на
                # таджикскую сторону и сообщила о семи раненых»: the side that opens the sentence is its subject
                named = sorted((found.start(), code) for code, p in pack.sides.items()
                               if (found := p.search(sentence_before)) is not None)
                speaker = {named[0][1]} if named and named[0][0] < SUBJECT_SIDE_CHARS else set()
            if len(speaker) == 1:
                return speaker.pop()
        near = sentence_before[max(0, verbs[-1].start() - 60):verbs[-1].start()]
        # "... on the border with Tajikistan has died in hospital, officials said": the subject
        # after the last comma speaks (not after «..., в свою очередь, заявили»: an aside)
        subject = near[max(near.rfind(","), near.rfind(";")) + 1:]
        near = subject if re.search(r"\w", subject) else near
        speaker = {code for code, p in pack.sides.items() if p.search(near)}
        return speaker.pop() if len(speaker) == 1 else None
    return None


#: How far into a sentence (characters) the side that opens it as its subject may be named.
SUBJECT_SIDE_CHARS = 50


def _place_speaker_before(text: str, offset: int, pack: LanguagePack,
                          speakers: Callable[[], list[tuple[int, str]]], *, body_speaks_again: bool = False) -> str | None:
    """For a sentence whose subject is the statement itself, or (``body_speaks_again``) whose clause lets a local
    body speak again without its place, the country of the places named as speakers in the sentence before, if
    one ("The administration of the city of Isfara said ... The statement ... claims that": the Tajik side speaks;
    "The administration of Leilek district said in Razzakov that ... According to the administration, three
    residents of Kayragach ... were injured": the Kyrgyz side)."""
    sentence_start = text.rfind(".", 0, offset) + 1
    if not body_speaks_again:
        subject = pack.pronoun_subject.match(text, sentence_start)
        if subject is None or not subject.groupdict().get("document"):
            return None
    previous_start = text.rfind(".", 0, max(0, sentence_start - 1)) + 1
    countries = {country for at, country in speakers() if previous_start <= at < sentence_start}
    return countries.pop() if len(countries) == 1 else None


def _place_speaker_in_clause(clause: Clause, before: str, speakers: Callable[[], list[tuple[int, str]]],
                             pack: LanguagePack) -> str | None:
    """The country of the one place named as a speaker in ``before`` (the clause up to a figure), when a reporting
    verb follows it there ("the Isfara administration said two of its workers were bruised")."""
    named = _speakers_of_one_country(clause, before, speakers, pack)
    if not named:
        return None
    last = max(at for at, _ in named)
    return named[0][1] if pack.speech.search(before, last) else None


def _speakers_of_one_country(clause: Clause, before: str, speakers: Callable[[], list[tuple[int, str]]],
                             pack: LanguagePack) -> list[tuple[int, str]]:
    """(offset in ``before``, country) of the places named as speakers in ``before`` (the clause up to a figure),
    when they are all of one country and ``before`` has a reporting verb; else empty."""
    if pack.speech.search(before) is None:
        return []  # (cheap test first: the speakers are gathered over the whole article)
    named = [(at - clause.start, country) for at, country in speakers()
             if clause.start <= at < clause.start + len(before)]
    return named if len({country for _, country in named}) == 1 else []


def _place_speaking_first(clause: Clause, before: str, speakers: Callable[[], list[tuple[int, str]]],
                          pack: LanguagePack) -> str | None:
    """The country of a place named as a speaker that opens the clause's speech, before any side is named ("The
    administration of Isfara city, as quoted by Asia-Plus, said that Kyrgyz residents had first diverted the water
    and that two residents of Surkh were injured": the Tajik town speaks, the Kyrgyz are in its words)."""
    named = _speakers_of_one_country(clause, before, speakers, pack)
    if not named:
        return None
    verb = pack.speech.search(before, named[0][0])
    if verb is None or any(pattern.search(before, 0, verb.start()) for pattern in pack.sides.values()):
        return None
    return named[0][1]


def _place_speaking_after(clause: Clause, clause_text: str, end: int, speakers: Callable[[], list[tuple[int, str]]],
                          pack: LanguagePack) -> str | None:
    """The country of a place named as the speaker whose reporting verb follows a figure in its clause, with no side
    named between («Житель села Кызыл-Бель ..., получивший травму во время драки с жителями таджикского села Чилгази,
    скончался в больнице, сообщили в Баткенском областном управлении здравоохранения»: the Batken health department
    tells it; the Tajik village is in its words)."""
    if not speakers():
        return None  # (cheap test first: most articles name no place as a speaker)
    verb = pack.speech.search(clause_text, end)
    if verb is None:
        return None
    named = [(at - clause.start, country) for at, country in speakers()
             if clause.start + verb.end() <= at < min(clause.end, clause.start + verb.end() + PLACE_SPEAKER_AFTER_CHARS)
             and _SPEAKER_AFTER_VERB_GAP.fullmatch(clause_text, verb.end(), at - clause.start)]
    if len({country for _, country in named}) != 1 or any(
            pattern.search(clause_text, end, named[0][0]) for pattern in pack.sides.values()):
        return None
    return named[0][1]


#: How far (characters) after a reporting verb the place that names its speaker may be («сообщили в |Баткенском|
#: областном управлении»), and what may stand between them (a preposition).
PLACE_SPEAKER_AFTER_CHARS = 20
_SPEAKER_AFTER_VERB_GAP = re.compile(r"\s+(?:в|во|из|at|in|from)\s+(?:the\s+)?", re.I)


def _previous_sentences(clauses: list[Clause], index: int, text: str, count: int = 2) -> list[str]:
    """The texts of the ``count`` sentences before clause ``index``'s sentence, nearest first."""
    own = clauses[index].sentence_index
    return [" ".join(text[c.start:c.end] for c in clauses if c.sentence_index == own - back)
            for back in range(1, count + 1) if own - back >= 0]


#: Up to three words after a figure's phrase, short of a stop or comma: whom a count that ends its phrase counts
#: («телесные повреждения получили четыре| жителя села Катран»).
_WORDS_AFTER = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}")

#: After a count of the hurt, the one among them who died: «шести жителям Чоркуха|, включая скончавшегося»,
#: "six residents|, including the man who later died".
_INCLUDING_THE_DEAD = re.compile(r"[^.;]{0,60}?,?\s*(?:включая\s+(?:скончавш|умерш|погибш)\w*|"
                                 r"including\s+(?:the\s+deceased|the\s+(?:man|woman|one|person|boy|girl)\s+who\s+"
                                 r"(?:later\s+)?died))", re.I)

#: A count of people followed by a dash and their names one by one: «двое |граждан Республики Таджикистан| – Каримов
#: ..., был убит ..., а также Саидов ..., погиб», "two |Tajik citizens| – X ..., was killed".
_COUNT_THEN_NAMES = re.compile(r"\b(?:двое|трое|четверо|пятеро|two|three|four|five)\s+(?P<whom>[^–—.;:,]{3,80}?)\s+[–—]\s",
                               re.I)

#: The people one was hurt fighting: "injured during Monday's fight with |Tajik| herders", «получивший травмы в драке с
#: гражданами |Таджикистана|» (not "a mass brawl with Kyrgyz villagers ... in which a man was killed": whose man, untold).
_FOUGHT_WITH = re.compile(r"\b(?:injured|wounded|hurt)\s+(?:[\w'’]+\s+){0,4}?(?:in|during)\s+(?:[\w'’]+\s+){0,3}?"
                          r"(?:fight|brawl|clash|scuffle|confrontation)\s+with\s+(?:[\w-]+\s+){0,1}?"
                          r"(?:kyrgyz|kirghiz|tajik)\w*"
                          r"|\b(?:получивш|пострадавш|раненн|ранен)\w*\s+(?:[\w-]+\s+){0,3}?(?:в|во время|в ходе)\s+"
                          r"(?:[\w-]+\s+)?(?:драк|потасовк|стычк|столкновени|конфликт)\w*\s+с\s+"
                          r"(?:(?:гражданами|жителями|чабанами|пастухами)\s+(?:кыргызстана|киргизии|таджикистана)\b|"
                          r"(?:кыргызск|киргизск|таджикск)\w*)",
                          re.I)

#: "two others", «ещё двое других»: more people of those just counted.
_OTHERS_AFTER_OWN = re.compile(r"\bothers\b|\bдруги[ех]\b", re.I)

#: A quoted passage of some length (the words of a statement), in any of the usual quotation marks.
_QUOTED = re.compile(r"[\"“«„][^\"”»“]{40,}[\"”»“]")
#: Where fire came from, which names the side that fired, not the one that speaks: 'came under automatic rifle fire
#: "from the direction of Tajik positions"', «со стороны таджикских позиций».
_FIRE_CAME_FROM = re.compile(r"\bfrom\s+(?:the\s+)?direction\s+of\s+(?:the\s+)?(?:kyrgyz|kirghiz|tajik)\w*|"
                             r"\bсо\s+стороны\s+(?:кыргыз|киргиз|таджик)\w*\s+"
                             r"(?:позиц|военн|пограничник|застав|пост)\w*", re.I)


#: A sentence that closes a quotation it did not open (the words up to the closing mark and the comma after it).
_QUOTE_CLOSED_FROM_BEFORE = re.compile(r"[^“”«»]*[”»][,.]?")

#: How far before a quotation (characters) the body that speaks in it may be named.
QUOTED_BODY_CHARS = 600


def _quotation_attributed(text: str, clause: Clause, pack: LanguagePack) -> int | None:
    """Where the quotation closes when the clause ends one and a dash gives it to a speaker the text named
    before («"...", — говорится в сообщении ведомства»), in the clause or just after it."""
    attribution = pack.speech_pronoun.search(text, clause.start, clause.end + ATTRIBUTION_CHARS)
    if attribution is not None:
        closed = _QUOTATION_CLOSED.search(text, max(clause.start, attribution.start() - 8), attribution.start())
        if closed is not None:
            return closed.start(1)
    # a clause further inside the quotation's last sentences: «... Пострадал один наш житель, 34-летний мужчина, у
    # него травма головы, он находится в больнице», — сказал собеседник агентства
    closing = _CLOSING_AHEAD.search(text, clause.end, clause.end + QUOTED_BODY_CHARS)
    if closing is None or "«" in text[clause.start:closing.start()] or "\n" in text[clause.start:closing.start()]:
        return None
    attribution = pack.speech_pronoun.match(text, closing.end())
    return closing.start() if attribution is not None else None


def _body_before_quotation(text: str, closing: int, pack: LanguagePack,
                           speakers: Callable[[], list[tuple[int, str]]] = list) -> str | None:
    """The side of the body (``pack.speakers``) named last before the quotation that closes at ``closing``;
    with none, of the place named last as a speaker in the paragraph («В Баткенской областной администрации ...
    изложили другую версию ... «Пострадал один наш житель», — сказал собеседник агентства»)."""
    opening = text.rfind(_OPENING_MARK[text[closing]], max(0, closing - 2 * QUOTED_BODY_CHARS), closing)
    if opening < 0:
        return None
    body = _body_before_opening(text, opening, pack)
    if body is None:
        paragraph_start = text.rfind("\n", 0, opening) + 1
        named = [(at, country) for at, country in speakers() if paragraph_start <= at < opening]
        body = max(named)[1] if named else None
    return body


def _statement_quoted_around(text: str, offset: int, pack: LanguagePack,
                             speakers: Callable[[], list[tuple[int, str]]]) -> tuple[str, bool] | None:
    """The side of the body whose statement, quoted whole from a paragraph's start, is still open at ``offset``,
    and whether it speaks for every figure of it.

    «Пограничные войска ГКНБ Таджикистана распространили заявление ... | «15 февраля ... По имеющимся данным,
    кыргызская сторона потеряла не менее трех военнослужащих убитыми. ...»»: every paragraph of the quotation
    is the body's (not the side a sentence in it names), for all its figures. A statement whose speaker is a
    place named as one (``speakers()``: «в заявлении информационной службы председателя Согдийской области»), or
    that stands in English quotation marks ("... the Office of the Presidential Plenipotentiary Representative in
    Batken region reported. The office has published the following statement: | "On May 21 ... According to
    preliminary information, three citizens of Tajikistan were also injured.""), speaks only for the figures that
    name a side (``False``).
    """
    for opening_mark, closing_mark in (("«", "»"), ("“", "”"), ('"', '"')):
        opening = text.rfind(opening_mark, max(0, offset - STATEMENT_QUOTE_CHARS), offset)
        if opening >= 0:
            break
    else:
        return None
    if text.find(closing_mark, opening + 1, offset) >= 0 \
            or text[text.rfind("\n", 0, opening) + 1:opening].strip(" \t>"):
        return None
    # (a joint statement of both sides' commanders speaks for neither)
    window_start = max(0, opening - QUOTED_BODY_CHARS)
    if pack.event_words.joint_statement.search(text, window_start, opening + QUOTED_BODY_CHARS // 6):
        return None
    bodies = _bodies_named(text, pack, window_start, opening)
    if opening_mark == "«" and len(bodies) == 1:
        return bodies.pop(), True
    if opening_mark == "«" and bodies:
        return None  # (two bodies named before a guillemet statement: neither is read)
    named = bodies | {country for at, country in speakers() if window_start <= at < opening}
    return (named.pop(), False) if len(named) == 1 else None


def _body_before_opening(text: str, opening: int, pack: LanguagePack) -> str | None:
    """The side of the body named last in the text just before a quotation's opening mark."""
    window_start = max(0, opening - QUOTED_BODY_CHARS)
    named = [(m.start(), code) for code, pattern in pack.speakers.items()
             for m in pattern.finditer(text, window_start, opening)]
    return max(named)[1] if named else None


def _bodies_named(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> set[str]:
    """The sides whose bodies (the pack's ``speakers``: "the Border Service", «Пограничные войска») the text
    names between ``start`` and ``end``."""
    end = len(text) if end is None else end
    return {code for code, pattern in pack.speakers.items() if pattern.search(text, start, end)}


def _speaker_side(sentences: list[str], pack: LanguagePack) -> str | None:
    """The side that speaks in the sentences before a pronoun speaker, nearest first.

    In each sentence: the side named just before its last reporting verb
    ("..., Kyrgyzstan's border service said" -> KG), else its only side; a
    sentence that names both sides without a speaker ("The service said
    Tajik troops fired on Kyrgyz workers"), or whose subject is a pronoun ("They
    accuse Kyrgyz servicemen ..."), passes to the one before it. A sentence that
    names no side but reports the words of one side's body (the pack's
    ``speakers``: «По данным Пограничных войск») gives that body's side.
    """
    for sentence in sentences:
        # a quotation's words are not its speaker: "«Военнослужащие Пограничной службы Киргизии открыли
        # огонь ...», - говорится в сообщении" (of the Tajik press centre)
        sentence = _QUOTED.sub(lambda m: " " * len(m.group(0)), sentence)
        sentence = _FIRE_CAME_FROM.sub(lambda m: " " * len(m.group(0)), sentence)
        if (closing := _QUOTE_CLOSED_FROM_BEFORE.match(sentence)) is not None:
            # '... The Kyrgyz citizens did not let them do it, and a verbal skirmish developed into stone
            # throwing," the spokesman told Asia-Plus.': the end of a quotation opened in a sentence before
            sentence = " " * closing.end() + sentence[closing.end():]
        if pack.pronoun_subject.match(sentence):
            # "They accuse Kyrgyz servicemen of ... and say ...": the speaker is the sentence before's
            continue
        if (opening := pack.event_words.source_opening.match(sentence)) is not None:
            # "According to the Tajik side, the shooting began ... when Kyrgyz servicemen opened fire": the
            # source that opens the sentence speaks (a side named later is who fired)
            source = _UP_TO_COMMA.match(sentence, opening.end()).group(0)
            named = _one_side(source, pack.sides)
            if named is not None:
                return named
        verbs = list(pack.speech.finditer(sentence))
        if verbs and pack.pronoun_speaker.search(sentence, max(0, verbs[-1].start() - 12), verbs[-1].start()):
            # "The Tajik side then opened fire, and shooting continued until 1:15 a.m., it said": the
            # speaker is the sentence before's (the side named is who fired)
            continue
        if verbs:
            near = sentence[max(0, verbs[-1].start() - 60):verbs[-1].start()]
            sides = {code for code, p in pack.sides.items() if p.search(near)}
            if len(sides) == 1:
                return sides.pop()
            if not sides and len(bodies := _bodies_named(near, pack)) == 1:
                # "The press center of the GKNB Border Troops says Kyrgyz servicemen are firing on Vorukh": the
                # body before the verb speaks (the side named after it is who fired)
                return bodies.pop()
        sides = {code for code, p in pack.sides.items() if p.search(sentence)}
        if len(sides) == 1:
            return sides.pop()
        if len(sides) == 2 and (body := _opening_body(sentence, pack)) is not None:
            return body
        if not sides and len(bodies := _bodies_named(sentence, pack)) == 1:
            # «По данным Пограничных войск, стрельба продолжалась около часа» ... «В ведомстве также утверждают»: a
            # body that speaks for one side without naming it ("The Border Service did not publish his name. The
            # same statement said ...")
            return bodies.pop()
    return None


#: A body's name and what follows it up to a colon, semicolon or comma.
_NO_COLON = re.compile(r"[^:;,]*")
#: How far (characters) after a border body's name its country may be named ("Border Troops of the SCNS
#: of Tajikistan", «Пограничные войска ГКНБ Таджикистана»).
BODY_COUNTRY_CHARS = 40


def _opening_body(sentence: str, pack: LanguagePack) -> str | None:
    """The side of the border body that opens a sentence naming both sides with no reporting verb
    («Пограничные войска ГКНБ Таджикистана в заявлении ... возложили ответственность на кыргызскую
    сторону»): the body speaks in it. The body must stand in the sentence's subject (before its first
    comma), its country named right with it."""
    subject = _UP_TO_COMMA.match(sentence).group(0)
    bodies = [m for p in pack.speakers.values() if (m := p.search(subject)) is not None]
    if not bodies:
        return None
    body = min(bodies, key=lambda m: m.start())
    # (before it in its subject, or after it up to a colon: "Tajik border troops gave their version: Kyrgyz
    # servicemen opened fire")
    near = subject[max(0, body.start() - BODY_COUNTRY_CHARS):body.start()] \
        + _NO_COLON.match(sentence, body.start(), body.end() + BODY_COUNTRY_CHARS).group(0)
    own = {code for code, p in pack.sides.items() if p.search(near)}
    return own.pop() if len(own) == 1 else None


_SENTENCE_REST = re.compile(r"[^.!?]*[.!?]*[»\"”]*")
_ONE_SENTENCE = re.compile(r"\s*[^.!?]{0,200}")


def _next_sentence(text: str, clause: Clause) -> str:
    """The rest of the clause's sentence and the sentence after it (where "this figure was not
    confirmed" is said)."""
    rest = _SENTENCE_REST.match(text, clause.end)
    return text[clause.end:rest.end()] + _ONE_SENTENCE.match(text, rest.end()).group(0) \
        if text[clause.start:clause.end].rstrip()[-1:] not in (".", "!", "?", "»", '"', "”") \
        else _ONE_SENTENCE.match(text, clause.end).group(0)
#: How far (characters) the word after a figure is looked for ("one wounded| serviceman").
NEXT_WORD_CHARS = 8
#: "had wounded three| residents of |Ovchi-Kalacha": the people a verb-first figure counts, then their village.
_OBJECT_PEOPLE_OF = re.compile(r"\s+(?:residents|villagers|inhabitants|people)\s+(?:of|from)\s+(?:the\s+)?"
                               r"(?:(?:village|town)\s+of\s+)?", re.I)
#: How far after a death (characters) the words that say it was of wounds may end, by language: a Russian participle
#: phrase after its subject runs long («скончался несовершеннолетний гражданин Кыргызской Республики 2009 года
#: рождения, поступивший с тяжелыми осколочными ранениями»); an English sentence goes on to other things ("died in
#: the intensive care unit ..., two days after he was shot" retells a death the toll already counts).
DIED_OF_WOUNDS_AFTER_CHARS = {"en": 80, "ru": 160}
#: How far before a figure (characters) the words that make it a count of each side may begin («Каждая из сторон
#: сообщает об |одном раненом»).
EACH_SIDE_CHARS = 60
#: How far after a figure (characters) "residents of <village>" may still say whose people it counts.
HOME_AFTER_FIGURE = 40


#: How far into a clause (characters) a figure still opens it («Еще один пострадавший — ...»).
OPENING_CHARS = 40


def _speaker_after_quotation(text: str, clause: Clause, pack: LanguagePack) -> str | None:
    """The side of the speaker named after a quotation that opens its paragraph and holds the clause.

    '"Three of our residents were injured: men aged 28, 41 and 63. The 63-year-old ... was taken to the Leilek
    district hospital, the other two were treated on the spot," the head of Jany-Jer aiyl aimak told Kaktus.media':
    the quoted official speaks for every sentence of the quotation, not only for its last.
    """
    paragraph_start = text.rfind("\n", 0, clause.start) + 1
    mark_at = len(text) - len(text[paragraph_start:].lstrip(" \t>"))
    if mark_at > clause.start or not text.startswith(('"', "“", "«"), mark_at):
        return None
    paragraph_end = text.find("\n", clause.start)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    inside = max(clause.start, mark_at + 1)
    # («Двое наших военнослужащих получили огнестрельные ранения. ... Погибших нет», — сообщили в Пограничной службе)
    closes = ("»",) if text[mark_at] == "«" else ('"', "”")
    closing = min((at for mark in closes if (at := text.find(mark, inside, paragraph_end)) >= 0), default=-1)
    if closing < 0 or any(mark in text[mark_at + 1:inside] for mark in ('"', "“", "”", "«", "»")):
        return None  # (not a quotation closed before the clause, or a second one opened)
    # ('..., the other two were treated on the spot|," the head of Jany-Jer aiyl aimak told Kaktus.media by phone.')
    attribution = _AFTER_QUOTE.match(text, closing)
    if attribution is None or not pack.speech.search(attribution.group(1)):
        return None
    return _one_side(attribution.group(1), pack.sides) or _one_side(attribution.group(1), pack.speakers)


#: The rest of a quotation, its closing mark and the attribution after it: '... according to our information,"| a
#: police spokesman told Asia-Plus'.
_QUOTE_CLOSED_THEN_SAID = re.compile(r"[^«»\"“”.;]{0,160}" + _CLOSED_THEN_ATTRIBUTION)
#: ... or its attribution at the end of the sentence, unquoted: "Three residents of Orto-Boz were injured, among them a
#: 17-year-old whose arm was broken, |the police said|."
_ATTRIBUTION_ENDING_THE_SENTENCE = re.compile(
    r"[^.;«»\"“”]{0,160}?,\s+((?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:police|militia|administration|hukumat)\b[^.;,]{0,30}?"
    r"\b(?:said|says|reported|told\b[^.;,]{0,30}))\s*\.")
#: The kinds of local bodies an attribution may name again without their place: "a police spokesman", «в милиции».
_BODY_KINDS = re.compile(r"\b(?:police|militia|administration|hukumat|полици|милици|администраци|хукумат)", re.I)


def _body_named_again(text: str, clause: Clause, raw: RawFigure,
                      speakers: Callable[[], list[tuple[int, str]]]) -> str | None:
    """The country of a local body that a quotation's attribution (or one ending the sentence) names again by its kind
    only: '"At least four citizens of Kyrgyzstan also received injuries ...," a police spokesman told Asia-Plus', after
    "..., the Sughd regional police directorate said" (the last place named as a speaker of that kind before the
    clause)."""
    attribution = _QUOTE_CLOSED_THEN_SAID.match(text, clause.start + raw.end, clause.end + 200) \
        or _ATTRIBUTION_ENDING_THE_SENTENCE.match(text, clause.start + raw.end, clause.end + 200)
    kind = _BODY_KINDS.search(attribution.group(1)) if attribution is not None else None
    if kind is None:
        return None
    word = kind.group(0).lower()
    named = [country for offset, country in speakers() if offset < clause.start
             and word in text[offset:offset + BODY_KIND_CHARS].lower()]
    return named[-1] if named else None


#: How far after a place named as a speaker (characters) the kind of its body may be named ("Sughd regional police").
BODY_KIND_CHARS = 40


def _told_by_next(text: str, clause: Clause, clause_text: str, pack: LanguagePack) -> str | None:
    """The side that told the clause's sentence, when the sentence after it only names who told it
    («Двое военнослужащих Пограничной службы ГКНБ Кыргызстана погибли ... Об этом сообщила пресс-служба
    ведомства»): that sentence's speaker, or the border body the clause's sentence opens with. Only a
    figure of one side's people takes it (their own government's count, or a claim about the other side)."""
    sentence_end = clause.end if clause_text.rstrip()[-1:] in (".", "!", "?") \
        else _SENTENCE_REST.match(text, clause.end).end()
    if not pack.told_by_next.match(text, sentence_end):
        return None
    return _speaker_side([_ONE_SENTENCE.match(text, sentence_end).group(0),
                          text[text.rfind(".", 0, clause.start) + 1:sentence_end]], pack)


def _part_of_people_counted_otherwise(raw: RawFigure, raws: Sequence[RawFigure]) -> bool:
    """Whether a part ("one of them") is of people the clause counted for another measure only: "had detained
    two residents ... and had beaten one of them" (one hurt of two detained, not one more of a toll)."""
    before = [r for r in raws if r.start < raw.start and r.value]
    return bool(before) and all(r.measure != raw.measure for r in before)


def _the_latest_update(sentence: str, text: str, pack: LanguagePack) -> bool:
    """The sentence is an update's label ("UPDATED, 21:10.") and no other label of the text is later in the day
    (a live page told newest first labels its older updates below the newest: «ОБНОВЛЕНО в 13:05» under
    «ОБНОВЛЕНО в 18:50» revises nothing)."""
    label = pack.event_words.update_label.fullmatch(sentence.strip())
    if label is None:
        return False
    if label.group("hour") is None:
        return True
    own = (int(label.group("hour")), int(label.group("minute")))
    times = [(int(m.group("hour")), int(m.group("minute"))) for m in pack.event_words.update_label.finditer(text)
             if m.group("hour") is not None]
    return all(own >= other for other in times)


def _of_the_wounded_before(raw: RawFigure, previous: list[str], pack: LanguagePack) -> bool:
    """The sentence before counts the wounded, at least as many as the figure, and no dead: "Two of them have
    now died" are of those wounded. (Not after a count it revises: "the number of people wounded in Ak-Sai has
    risen to four. One of them ... died" on a live page, whose update the death may already be part of.)"""
    before = pack.read_figures(previous[0]) if previous else []
    return any(f.measure == "injured" and f.value >= raw.value for f in before) \
        and not any(f.measure == "fatalities" and f.value for f in before) and not pack.revision.search(previous[0])


def _rest_named_after(raw: RawFigure, clause: Clause, text: str, pack: LanguagePack) -> bool:
    """The rest of a count is named after the figure, in its sentence: "..., остальным помощь оказана амбулаторно"."""
    start = clause.start + raw.end
    end = text.find(".", start)
    return pack.event_words.rest_after.search(text, start, end if end >= 0 else clause.end) is not None


def _a_larger_count_before(raw: RawFigure, previous: list[str], pack: LanguagePack) -> bool:
    """The sentence before counts more people of the figure's measure (precisely)."""
    return bool(previous) and any(f.measure == raw.measure and f.value > raw.value and not f.vague
                                  for f in pack.read_figures(previous[0]))


#: How far before a count (characters) "the other" may stand to make it the rest of a count told before.
REST_RIGHT_BEFORE_CHARS = 10
#: How far before a count (characters) its verb of hospital intake may stand («доставили |троих ребят»).
HOSPITAL_VERB_CHARS = 16


def _counted_before(raw: RawFigure, previous: list[str], pack: LanguagePack) -> bool:
    """One of the two sentences before counts at least as many people of the figure's measure in one figure
    (precisely; not people told one by one that the figure counts together: "The driver ... was wounded ..., and
    his son was cut ... Both were taken to hospital")."""
    for sentence in previous[:2]:
        if not any(character.isalpha() for character in sentence):
            return False  # a live entry's clock time ("16:20"): what stands above it is another entry's
        if pack.enemy_losses.search(sentence):
            continue  # («в результате ответных действий ... со стороны нарушителей ... ранены двое»: the other side's)
        if any(f.measure == raw.measure and not f.vague and f.value >= raw.value for f in pack.read_figures(sentence)):
            return True
    return False


def _one_death_told_before(previous: list[str], pack: LanguagePack) -> bool:
    """The sentence before counts one death and no one hurt."""
    figures = [f for f in pack.read_figures(previous[0]) if f.measure in ("fatalities", "injured")] if previous else []
    return [(f.measure, f.value) for f in figures] == [("fatalities", 1)]


#: How many sentences back a person named again by a definite noun phrase may have been told ("The older boy").
PERSON_AGAIN_SENTENCES = 4


def _one_death_of_before(noun: str, previous: list[str], pack: LanguagePack) -> bool:
    """One of the sentences before counts one death of a person named by ``noun`` ("A 13-year-old Tajik
    |boy| was killed")."""
    named = re.compile(r"\b" + re.escape(noun) + r"\w{0,3}\b", re.I)  # (a case ending: «мальчика»)
    return any(f.measure == "fatalities" and f.value == 1 and named.search(f.text) is not None
               for sentence in previous for f in pack.read_figures(sentence))


#: How far before a count (characters) the words that make it the rest of another may stand ("The other |five").
REST_BEFORE_CHARS = 10
#: Characters after a revising word within which a count is the revised one («выросло до двух»), not news told after
#: it («уточнило данные: один из раненых чабанов скончался»).
_CUE_GAP = 20


def _rest_of_a_count_before(raw: RawFigure, previous: list[str], pack: LanguagePack) -> bool:
    """The sentence before counts more people of the figure's measure and names a part of them
    ("three residents, including a teenager"): the figure ("Two others") is the rest of that count."""
    # ... or the sentence before names a part ("Двое из них госпитализированы") of a count one sentence further
    # back («пятеро граждан Таджикистана ... получили телесные повреждения ... Троим другим пострадавшим оказана
    # медицинская помощь»)
    # ... or the count and its part are one sentence further back, the sentence between telling of the part ("seven
    # citizens of Kyrgyzstan sought medical help, two of them with gunshot wounds. Both were taken to the Batken
    # Regional Hospital ... The other five received bruises": a sideless rest opening its clause, not "... and that
    # five other Tajik citizens were injured" after the Kyrgyz count)
    return bool(previous) and pack.event_words.includes_part.search(previous[0]) is not None \
        and (_a_larger_count_before(raw, previous, pack) or (
            len(previous) > 1 and pack.event_words.of_them.match(previous[0]) is not None
            and _a_larger_count_before(raw, previous[1:], pack))) \
        or (len(previous) > 1 and raw.side is None and raw.start <= REST_BEFORE_CHARS
            and pack.event_words.includes_part.search(previous[1]) is not None
            and not _a_larger_count_before(raw, previous, pack) and _a_larger_count_before(raw, previous[1:], pack))


def _with_anaphoric_count(raws: list[RawFigure], clause_text: str, pack: LanguagePack,
                          previous_sentences: Callable[[], list[str]] | None) -> list[RawFigure]:
    """``raws`` with a count that names no measure of its own, which takes the measure counted just before it: the
    clause's last figure before it ("initially said two people had been wounded but raised the figure to three"),
    else the one measure of the sentence before ("More than a thousand residents ... had been taken overnight to
    schools ... By Thursday morning the ministry put the number at 1,460"); its value read by the pack's figure
    reader from the measure's template."""
    words = pack.event_words
    if (found := words.count_anaphor.search(clause_text)) is None \
            or any(r.start <= found.start("number") < r.end for r in raws):
        return raws
    earlier = [r for r in raws if r.end <= found.start()]
    if earlier:
        measures = {max(earlier, key=lambda r: r.end).measure}
    elif previous_sentences is not None and (previous := previous_sentences()):
        measures = {f.measure for f in pack.read_figures(previous[0])}
    else:
        return raws
    if len(measures) != 1 or (measure := measures.pop()) not in pack.count_templates:
        return raws
    read = pack.read_figures(pack.count_templates[measure].format(n=found.group("number")))
    if len(read) != 1 or read[0].measure != measure or read[0].vague:
        return raws
    count = RawFigure(measure=measure, value=read[0].value, vague=False, side=None, start=found.start("number"),
                      end=found.end("number"), text=found.group(0), additive=False, described=False, together=False)
    return sorted([*raws, count], key=lambda r: r.start)


#: A bulleted list's line.
_BULLET_LINE = re.compile(r"[ \t]*[•*–—-][ \t]+\S")
#: How far (characters) around a list's line its other lines are read.
LIST_CHARS_READ = 600
#: A list's line that opens with a hospital or a health centre: "• Batken regional hospital — 26", «• ЦОВП Лейлек 18».
_HOSPITAL_ITEM = re.compile(r"[ \t]*[•*–—-][ \t]*(?:[\w«»\"-]+[ \t]+){0,4}?(?i:больниц\w*|госпитал\w*|ЦОВП|ЦСМ|ГСВ|"
                            r"поликлиник\w*|hospital|clinic|health cent(?:re|er))")


def _in_a_list_of_hospitals(text: str, offset: int) -> bool:
    """Whether ``offset`` lies on a line of a bulleted list (blank lines between its lines allowed) one of whose lines
    opens with a hospital or a health centre."""
    start = list_line_start(text, offset + 1)
    if start is None or not _BULLET_LINE.match(text, start):
        return False
    lines = text[max(0, start - LIST_CHARS_READ):start + LIST_CHARS_READ].split("\n")
    here = text[max(0, start - LIST_CHARS_READ):start].count("\n")
    block = [here]
    for step in (-1, 1):
        k = here + step
        while 0 <= k < len(lines) and (_BULLET_LINE.match(lines[k]) or not lines[k].strip()):
            block.append(k)
            k += step
    # (a list of counts: not the lines of an interview that open with a dash)
    return sum(1 for k in block if re.search(r"\d", lines[k])) >= 2 and any(_HOSPITAL_ITEM.match(lines[k]) for k in block)


def _figures(article_id: str, clause: Clause, text: str, pack: LanguagePack, order: int,
             previous_sentences: Callable[..., list[str]] | None = None,
             homes: Callable[[], list[tuple[int, str]]] = list,
             speakers: Callable[[], list[tuple[int, str]]] = list,
             treated_in: Callable[[], list[tuple[int, str]]] = list) -> list[Figure]:
    """The clause's figures; ``homes()`` gives (offset, country) of villages named as people's homes:
    "пятеро жителей Кок-Таша" counts Kyrgyz people, "двоих пострадавших жителях Ходжаи-Аъло" Tajik;
    ``speakers()`` gives (offset, country) of places named as speakers ("the Isfara city administration");
    ``treated_in()`` gives (offset, country) of the towns the wounded were taken to."""
    clause_text = text[clause.start:clause.end]
    raws = _with_anaphoric_count(pack.read_figures(clause_text), clause_text, pack, previous_sentences)
    if not raws:
        return []
    if _in_a_list_of_hospitals(text, clause.start):
        # «• Баткенская областная объединенная больница — 26 пострадавших», «• ЦОВП Лейлек 18 пострадавших», «• НГ — 3
        # пострадавших»: a line of a list of the hurt by hospital, a part of the total told before it
        return []
    ahead = text[clause.end:clause.end + 400]
    if ("onfirm" in ahead or "verif" in ahead or "подтверд" in ahead or "подтвержд" in ahead or " lie" in ahead
            or "false" in ahead or "fake" in ahead or "untrue" in ahead) \
            and (denial := pack.unconfirmed.search(following := _next_sentence(text, clause))) is not None \
            and not any(r.value for r in pack.read_figures(following[:denial.start()])):
        # «...пострадали «не меньше 15 человек». В милиции эту цифру не подтвердили.» (not when the sentence after
        # gives a figure of its own that the denial is about: «с утра там погибли пятеро ... В администрации
        # говорят о семи погибших, но в Минздраве эту цифру не подтверждают»)
        # ... the capital that denies them speaks for its own people only: «По данным таджикского ведомства, ранен
        # один таджикский военнослужащий, а кыргызская сторона потеряла убитыми троих человек. В Бишкеке эти данные
        # не подтвердили» leaves the Tajik wounded standing
        denier = _one_side(following[:denial.end()], pack.sides)
        raws = [r for r in raws if r.value == 0 or (denier is not None and r.side not in (None, denier))]
    elif ("подтвер" in clause_text or "onfirm" in clause_text) \
            and (denial := pack.unconfirmed.search(clause_text)) is not None:
        # «говорят о семи погибших в селе, но в Минздраве эту цифру не подтверждают»: in the same clause
        raws = [r for r in raws if r.value == 0 or r.start > denial.start()]
    # "По её данным, погибли два человека": the speaker is the side the sentence before named; «"...", —
    # говорится в сообщении ведомства» after a quotation: the body named last before the quotation opened
    sided_claimant = None  # the speaker of the figures that name a side only
    sentence_start = text.rfind(".", 0, clause.start) + 1
    if (closing := _quotation_attributed(text, clause, pack)) is not None:
        pronoun_claimant = _body_before_quotation(text, closing, pack, speakers)
    elif (quoted := _statement_quoted_around(text, clause.start, pack, speakers)) is not None:
        # a body's statement in guillemets speaks for all its figures; one whose speaker is a place, or that is in
        # English quotation marks, only for the figures that name a side: "three citizens of Tajikistan were also
        # injured" (its claim about the other side), not its unsided counts ("Both were taken to the Chong-Alay
        # district hospital")
        quoted_by, whole = quoted
        pronoun_claimant, sided_claimant = (quoted_by, None) if whole else (None, quoted_by)
    elif pack.local_body_speaks.search(clause_text) and (local_body := _place_speaker_before(
            text, clause.start, pack, speakers, body_speaks_again=True)) is not None:
        pronoun_claimant = local_body
    elif (source := pack.speech_pronoun.search(clause_text) or pack.speech_pronoun.search(
            text[sentence_start:clause.start])) is not None:
        # (with no speaker in the sentences before, the body the source names: «"...", - говорится в сообщении
        # ведомства. По данным погранслужбы, ранение в руку получил военнослужащий»)
        pronoun_claimant = _speaker_side(previous_sentences() if previous_sentences else [], pack) \
            or _place_speaker_before(text, clause.start, pack, speakers) \
            or _one_side(source.group(0), pack.speakers)
    elif pack.event_words.relative_opening.match(clause_text.lstrip(" ,")) and pack.speech.search(clause_text):
        # "The administration of Tajikistan's Isfara district|, which governs Vorukh, said two of its residents had
        # been hurt": the relative clause's verb is its subject's, told in the clause before
        subject = text[sentence_start:clause.start]
        pronoun_claimant = _one_side(subject, pack.sides) or _one_side(subject, pack.speakers)
    else:
        pronoun_claimant = None
    told_by_next = _told_by_next(text, clause, clause_text, pack) if pronoun_claimant is None else None
    quoted_speaker = cache(partial(_speaker_after_quotation, text, clause, pack))
    # "к мемориалу погибшим пришли несколько сотен": a number inside a non-event phrase counts nothing
    not_event = _non_event_scan(clause_text, pack.folded.not_event)[0]
    revision_cue = pack.revision.search(clause_text)
    opens_sentence = not text[sentence_start:clause.start].strip()
    # "An earlier version of this story said five people were injured ... Three people were injured": the
    # corrected figures (not the notice's own)
    revision = revision_cue is not None or (
        previous_sentences is not None and opens_sentence and pack.correction_before.search(clause_text) is None
        and bool(previous := previous_sentences()) and (
            pack.correction_before.search(previous[0]) is not None
            # «ОБНОВЛЕНО, 21:10. В Пограничной службе сообщили, что ранены трое»: the latest update's figures
            or _the_latest_update(previous[0], text, pack)))
    enemy_losses_cue = pack.enemy_losses.search(text, sentence_start, clause.end)
    enemy_losses = enemy_losses_cue is not None
    superseded_cue = pack.superseded.search(clause_text)
    if superseded_cue is not None and revision_cue is None:
        # ("*Editor's note: This article has been updated. An earlier version ... said that one of the two herders had
        # died*": the note's own words make the figure the earlier version's, not the update's)
        revision = False
    # («"В результате погиб военнослужащий ..., еще один ... получил осколочное ранение", — говорилось в первом
    # сообщении ведомства»: the quotation's attribution says it was the first report)
    superseded = bool(superseded_cue or pack.revises_previous.match(text, clause.end) or (
        (attributed := _ATTRIBUTION_AFTER_QUOTE.match(text, _QUOTE_LEAD.match(text, clause.start).end())) is not None
        and pack.superseded.search(attributed.group(1)))) and not revision
    if superseded_cue is not None and any(
            raw.start < superseded_cue.start() and pack.rose_from.search(clause_text, max(0, raw.start - 40), raw.start)
            for raw in raws):
        # "three people had been killed and 41 wounded, up from one dead and 31 wounded in an earlier update":
        # the earlier report is what follows "up from" (read figure by figure below), not the clause
        superseded = False
    revised: set[str] = set()
    out: list[Figure] = []
    last_end = 0

    @cache
    def counted_parts() -> tuple[int, ...]:
        """Offsets of the numbers, from the sentence's start to the clause's end, that count a part already counted
        (the pack's ``counted_part``)."""
        return tuple(part.start(group) for part in pack.counted_part.finditer(text, sentence_start, clause.end)
                     for group in part.re.groupindex if part.start(group) >= 0)

    rose_list = False  # the figure before was an earlier toll after "up from"
    total_opening = pack.in_total_opening.match(clause_text) is not None  # "In total, ..."
    for raw in raws:
        more_people = raw.additive  # «ещё один», "another": read before the reset just below
        if raw.additive and not any(r.measure == raw.measure for r in raws if r.start < raw.start) \
                and (any(r.measure != raw.measure for r in raws if r.start < raw.start)
                     or _other_measure_before_in_sentence(raw.measure, text[sentence_start:clause.start], pack)
                     # «Смертельное ранение получил 56-летний житель Катрана. Он скончался ... Еще один
                     # пострадавший — 21-летний рядовой — ранен в плечо»: one more person than the dead
                     or (previous_sentences is not None and opens_sentence and raw.start < OPENING_CHARS
                         and _other_measure_before_in_sentence(raw.measure, " ".join(previous_sentences()[:1]),
                                                               pack))) \
                and not pack.died_of_wounds.search(text, sentence_start, clause.start + raw.start):
            # (not after a wounded man's death: «один из раненых чабанов скончался ..., еще двое жителей района
            # обратились за медицинской помощью» are more of the hurt)
            # "погибли четыре, ещё шестеро ранены", "killing two and wounding three others": more
            # people than the dead just named, not more wounded than an earlier count (also when a dash
            # parted the clauses: «погибли двое граждан — жители джамоата Каракенджа, еще шесть человек ранены»)
            raw = replace(raw, additive=False)
        if raw.value and any(a < raw.end and raw.start < b for a, b in not_event):
            continue
        if raw.value and any(clause.start + raw.start <= offset < clause.start + raw.end for offset in counted_parts()) \
                and not _part_of_people_counted_otherwise(raw, raws):
            # "Some 120 sheep ... scattered; 9 of them were found dead": animals, not people; "Two of them
            # are in serious condition, ... three others received gunshot wounds": the rest of a count
            continue
        if raw.value and raw.measure != "displaced" and previous_sentences is not None \
                and (opens_sentence and pack.event_words.rest_of_count.search(
                         clause_text, max(0, raw.start - REST_BEFORE_CHARS), raw.end)
                     and _rest_of_a_count_before(raw, previous_sentences(), pack)
                     # ... or "the other" right before it, anywhere in its sentence, after a larger count of one of the
                     # two sentences before ('"The attack caused injury for six Tajik citizens" ... The statement did
                     # not describe the other three injured')
                     # (not one opening its sentence, read above: "The other two wounded, a 12-year-old girl and her
                     # mother, are being treated" after "three people were wounded" and one of them dead since)
                     or not opens_sentence
                     and pack.event_words.rest_of_count.search(clause_text, max(0, raw.start - REST_RIGHT_BEFORE_CHARS),
                                                               raw.start)
                     and any(_a_larger_count_before(raw, previous_sentences()[k:], pack) for k in (0, 1))):
            # «Пострадали трое жителей Кара-Бака, в том числе 16-летний подросток ... Двое других получили ушибы»:
            # the rest of the three, not a count of its own (also "The other five received bruises")
            continue
        if raw.value and raw.measure != "displaced" and opens_sentence and previous_sentences is not None \
                and ((raw.measure == "injured" and (pack.event_words.of_them.match(clause_text[:raw.start])
                                                    # «Один из них, 47-летний пастух, с переломом ... доставлен»
                                                    or pack.event_words.of_them.match(raw.text)
                                                    # "two servicemen ... were wounded. One received a gunshot
                                                    # wound": a bare count of one opening the sentence
                                                    or raw.value == 1 and raw.start == 0 and not raw.described
                                                    and pack.event_words.bare_one.match(raw.text) is not None))
                     or _rest_named_after(raw, clause, text, pack)) \
                and _a_larger_count_before(raw, previous_sentences(), pack):
            # a part of the count told before: «ранения получили двое военнослужащих ... Один из них получил тяжелую
            # травму стопы»; «обратились пятеро жителей ... Двое мужчин — 41 и 56 лет — госпитализированы, остальным
            # помощь оказана амбулаторно» (one of the dead is the death of the wounded, read below)
            continue
        if raw.value == 2 and raw.measure != "displaced" and previous_sentences is not None \
                and pack.event_words.both_opening.match(raw.text) \
                and any(_a_larger_count_before(raw, previous_sentences()[back:], pack) for back in (0, 1)):
            # «Двое из пяти граждан Кыргызстана, пострадавших во вчерашнем конфликте, остаются в тяжелом состоянии.
            # По данным министерства, оба пострадавших — мужчины 1979 и 1996 годов рождения»: two of the five
            continue
        if raw.value == 1 and raw.measure == "fatalities" and opens_sentence and previous_sentences is not None \
                and not any(r.start < raw.start for r in raws) \
                and (again := pack.event_words.person_again.match(clause_text)) is not None \
                and _one_death_of_before(again.group("noun"), previous_sentences(PERSON_AGAIN_SENTENCES), pack):
            # "A 13-year-old Tajik boy was killed ... The older boy died of his wounds on the way to hospital", «Старший из
            # мальчиков скончался» (the clause's subject, before its verb): the death told before, told again
            continue
        if raw.value == 1 and raw.measure == "injured" and opens_sentence and previous_sentences is not None \
                and pack.event_words.one_pronoun_opening.match(clause_text) \
                and _one_death_told_before(previous_sentences(), pack):
            # «скончался младший сержант, 1999 года рождения. Он получил тяжелое огнестрельное ранение в живот»: the
            # wound of the man who died
            continue
        if raw.value and raw.measure == "injured" and previous_sentences is not None \
                and (intake := pack.event_words.hospital_intake.search(
                    # (or just after it: «Троих пострадавших |доставили в ЦРБ»)
                    clause_text, max(0, raw.start - HOSPITAL_VERB_CHARS), raw.end + HOSPITAL_VERB_CHARS)) is not None \
                and not pack.event_words.includes_part.search(clause_text, min(raw.start, intake.start()),
                                                              max(raw.start, intake.start())) \
                and not any(r.measure == raw.measure and r.start < raw.start for r in raws) \
                and _counted_before(raw, previous_sentences(), pack):
            # the hurt brought to hospital, of those the sentence before counted: «Пострадали четыре жителя Сурха ...
            # Двое доставлены в центральную больницу Исфары»; «трое подростков получили осколочные ранения, еще один -
            # контузию ... в больницу доставили троих ребят с осколочными ранениями»
            continue
        if raw.value and raw.measure != "displaced" and (
                pack.unharmed_after.match(text, clause.start + raw.end)
                or ((unharmed := pack.unharmed_after.match(text, clause.start + raw.start)) is not None
                    and unharmed.end() <= clause.start + raw.end)):
            # people present and unharmed: «работали еще трое членов его семьи, они не пострадали»;
            # "four children aged 3 to 11, were not hurt" read as one figure with its negated verb
            continue
        # «пострадали также не менее трех жителей сопредельной стороны»: the speaker's neighbours
        neighbours = raw.side is None and pack.neighbouring_side.match(clause_text, raw.end) is not None
        claimant = _place_speaking_first(clause, clause_text[:raw.start], speakers, pack) \
            or _place_speaking_after(clause, clause_text, raw.end, speakers, pack) \
            or _claimant(clause_text[:raw.start], clause_text, pack,
                         text[clause.start + raw.end:clause.end + 80], raw.side is not None) or pronoun_claimant \
            or (quoted_speaker() if raw.side is None and pack.own_side.search(clause_text)
                and not any(pattern.search(clause_text) for pattern in pack.sides.values()) else None) \
            or (told_by_next if raw.side is not None else None) \
            or (sided_claimant if raw.side is not None or neighbours else None)
        if claimant is None and raw.value and raw.side is None:
            # "Batken district police said a 44-year-old local man suffered a broken arm|; the Isfara administration
            # said two of its workers were bruised": a local body named by its place speaks just before the figure
            claimant = _place_speaker_in_clause(clause, clause_text[:raw.start], speakers, pack)
        if raw.side in ("KG", "TJ") and claimant is None \
                and pack.event_words.claimed_before.search(clause_text, max(0, raw.start - 60), raw.start):
            # 'It said ... and claimed that at least eight Tajik servicemen were killed': a speaker the clause does not
            # name claims the other side's losses
            claimant = "TJ" if raw.side == "KG" else "KG"
        if raw.side is not None and claimant is None:
            # '"At least four citizens of Kyrgyzstan also received injuries ...," a police spokesman told Asia-Plus'
            # after "..., the Sughd regional police directorate said": the body named again by its kind
            claimant = _body_named_again(text, clause, raw, speakers)
        if raw.side is not None and claimant is None and enemy_losses:
            # «противник понёс значительные потери: ... погибли не менее 20 кыргызских военнослужащих»
            claimant = next(code for code in pack.sides if code != raw.side)
        side = raw.side
        home = next((country for offset, country in homes()
                     if clause.start + raw.start <= offset <= clause.start + raw.end + HOME_AFTER_FIGURE
                     and offset < clause.end
                     # (not "three teenagers hurt when boys from Somoniyon and from a Kyrgyz village ... threw
                     # stones at each other": the home after the count is one of the fight's two parties)
                     and not (offset >= clause.start + raw.end
                              and pack.fight_parties.search(clause_text, raw.end) is not None)),
                    None) if side is None else None
        if home is not None and (len({country for offset, country in homes()
                                      if clause.start + raw.start <= offset < clause.start + raw.end}) > 1
                                 or pack.event_words.coordinated_part.search(clause_text, raw.start, raw.end)):
            # "Three residents of Arka ... and two residents of ... Khistevarz were injured", "Five residents of
            # Kok-Tash ... and three citizens of Tajikistan were injured": a count of both sides' people
            home = None
        if home is None and side is None and raw.value == 1 and (
                raw.measure == "fatalities" and len(raw.text.split()) == 1
                or raw.measure == "injured" and len(raw.text.split()) <= 3 and not any(c.isdigit() for c in raw.text)) \
                and not any(r.start < raw.start for r in raws if r is not raw):
            # «Житель села Бешкент, раненный ..., скончался в больнице»: one person's home named as the
            # clause's subject, before its bare verb (not "пять жителей Арки ..., один из них скончался"); also
            # «28-летний житель Ак-Сая получил ушиб плеча» (the hurt man's home just before his verb: not "youths from
            # the Tajik village of Khistevarz threw stones at cars ..., injuring a driver")
            named = [(offset, country) for offset, country in homes()
                     if clause.start <= offset < clause.start + raw.start
                     and (raw.measure == "fatalities" or _JUST_BEFORE_THE_VERB.fullmatch(
                         text, offset, clause.start + raw.start))]
            subject = {country for _, country in named}
            if len(subject) > 1 and _PARTICIPLE_TO_THE_VERB.fullmatch(text, named[0][0], clause.start + raw.start):
                # «58-летний житель джамоата Овчи-Калъача ..., получивший тяжелую черепно-мозговую травму в ходе
                # массовой драки с жителями кыргызского села Кулунду, скончался»: the subject's home, not the
                # other party's named in the participle's phrase
                subject = {named[0][1]}
            home = subject.pop() if len(subject) == 1 else None
        if claimant is None and side is None and home is not None and raw.value:
            # "Three residents of Orto-Boz were injured, among them a 17-year-old whose arm was broken, the police said",
            # after "Kyrgyzstan's Batken district police gave a different account": a village's people counted by the
            # body named again by its kind
            claimant = _body_named_again(text, clause, raw, speakers)
        if neighbours and claimant is not None and raw.value:
            # (the Sughd authorities' «жителей сопредельной стороны»: the other side)
            side = next(code for code in pack.sides if code != claimant)
        if side is None and claimant is not None:
            # a government counting residents of its own village counts its own side (not a count it then splits
            # between both sides' people: «пострадали семь человек: пятеро жителей Арки и двое граждан Таджикистана»)
            colon = clause_text.find(":", raw.end, raw.end + SPLIT_AFTER_CHARS)
            split = colon >= 0 and any(pattern.search(clause_text, colon) for code, pattern in pack.sides.items()
                                       if code != claimant)
            side = claimant if home == claimant and not split else None
        elif side is None and home is not None and raw.measure == "fatalities" and not more_people:
            # "A resident of Surkh, a woman born in 1979, was killed on the spot", told by no one: the people
            # of a village are its country's (not «скончался ещё один житель Гульхоны»: one more of a count
            # told without its side)
            side = home
        each_side = raw.side is None and raw.measure != "displaced" \
            and (pack.each_side_after.match(clause_text, raw.end) is not None
                 or pack.each_side_before.search(clause_text, max(0, raw.start - EACH_SIDE_CHARS),
                                                 raw.start) is not None)
        if each_side:
            raw = replace(raw, value=raw.value * 2)  # "wounding one serviceman on each side": two
        both_sides = raw.side is None and (each_side or pack.joint.search(raw.text) is not None
                                           or pack.joint_after.match(clause_text, raw.end) is not None)
        # "five Kyrgyz border guards, one Kyrgyz policeman, and two Tajik border guards": the sum of both sides' parts
        sums_both_sides = raw.side is None and len({r.side for r in raws if r is not raw and r.side is not None
                                                    and raw.start <= r.start < raw.end}) > 1
        if side is None and not both_sides and raw.measure != "displaced":
            # 'the Kyrgyz side "also suffered losses, according to available data at least two servicemen
            # killed"': the side named as the loser before the figure, in its sentence
            # (up to the figure's end: a loser's own look-ahead may read the count, "the Kyrgyz side has |up to four
            # wounded")
            losers = [m for m in pack.side_losses.finditer(text, sentence_start, clause.start + raw.end)
                      if m.start() < clause.start + raw.start]
            side = _one_side(losers[-1].group(0), pack.sides) if losers else None
            if side is not None and claimant is None and enemy_losses:
                # '"According to our data, the Kyrgyz side has up to four wounded," the statement said': the
                # speaker's estimate of the other side's losses
                claimant = next(code for code in pack.sides if code != side)
        if side is None and more_people and not both_sides and out and out[-1].side is not None \
                and not out[-1].is_claim_about_other_side and pack.own_forces.search(raw.text):
            # «погиб 20-летний рядовой Пограничных войск Таджикистана, еще один военнослужащий ранен»:
            # one more of the same side's servicemen
            side = out[-1].side
        if side is None and claimant is not None and not both_sides \
                and (pack.own_forces.search(raw.text) or pack.own_forces.match(
                    clause_text, _next_word(clause_text, raw.end, raw.end + NEXT_WORD_CHARS))) \
                and (other := _other_side_named_before(clause_text, raw.start, claimant, pack)) is not None:
            # 'The Tajik border troops claimed that Kyrgyz soldiers had been seen carrying "two wounded servicemen"
            # away': the other side's people the speaker saw, a claim about them
            side = other
        if side is None and claimant is not None and not both_sides and enemy_losses_cue is not None \
                and enemy_losses_cue.start() < clause.start + raw.start and raw.measure != "displaced":
            # «По оперативным данным Пограничных войск, в результате ответных действий таджикских пограничников со
            # стороны нарушителей убит один и ранены двое военнослужащих»: what the speaker's return fire did
            side = next(code for code in pack.sides if code != claimant)
        if side is None and claimant is not None and not both_sides and not sums_both_sides and (
                pack.own_side.search(clause_text)
                # "a private was wounded in the shoulder, according to the service": its own servicemen
                # ... and "The Tajik side reported one wounded serviceman": the noun after a head-first figure
                or (pack.own_forces.search(raw.text) or pack.own_forces.match(
                    clause_text, _next_word(clause_text, raw.end, raw.end + NEXT_WORD_CHARS)))
                and not pack.joint.search(clause_text)
                # "погиб один кыргызский пограничник, ещё двое военнослужащих ранены", said Bishkek:
                # beside the speaker's own named losses, an unmarked figure is its own side's too
                # (not "..., bringing the death toll from the latest flare-up to four": the flare-up's toll)
                or any(r.side == claimant for r in raws if r is not raw) and not pack.revision.search(raw.text)
                # ('one border guard, aged 26, had been killed and two others wounded': the others of the speaker's
                # own man just counted)
                or _OTHERS_AFTER_OWN.search(raw.text) is not None and any(f.side == claimant for f in out)):
            side = claimant
        if side is None and claimant is None and previous_sentences is not None \
                and pack.own_side.search(clause_text, raw.start, min(len(clause_text), raw.end + 30)) is not None:
            # «погибли двое граждан Таджикистана ... Телесные повреждения получили пятеро граждан республики»:
            # the republic is the one whose citizens the sentence before counted
            before = {r.side for sentence in previous_sentences()[:1] for r in pack.read_figures(sentence)
                      if r.side is not None}
            if len(before) == 1:
                side = before.pop()
        if side is None and claimant is None and home is not None and raw.measure != "displaced" and any(
                country == home for offset, country in speakers()
                if sentence_start <= offset < clause.start + raw.start):
            # "The Isfara city administration said two residents of Surkh were hurt": a local government
            # (named by its town, no side word) counting residents of a village of its own country
            side = home
        if side is None and claimant is None and home is None and raw.value == 1 and raw.measure == "injured" \
                and sum(r.measure == "injured" for r in raws) == 1 \
                and len(taken_to := {country for offset, country in treated_in()
                                     if clause.start + raw.end <= offset < clause.end}) == 1 \
                and not (previous_sentences is not None and any(
                    r.measure == "injured" and r.value for sentence in previous_sentences()
                    for r in pack.read_figures(sentence))):
            # "A 24-year-old sergeant was wounded in the chest and taken to the hospital in Batken", «ефрейтор, ранен в
            # ногу и доставлен в центральную больницу Исфары»: one wounded man treated in a town of his own country, as
            # a villager is of his village's (his side beside the other side's own count: quantities._place_homes);
            # not one of the hurt the sentences before counted ("Two herders ... received light injuries. A third
            # herder, aged 19, sought medical help")
            home = taken_to.pop()
        if side is None and claimant is None and raw.measure in ("fatalities", "injured") \
                and (told := pack.event_words.side_reports_before.match(clause_text[:raw.start])) is not None:
            # «С таджикской стороны сообщается об одном убитом и около десяти раненых»: that side's own
            side = _one_side(told.group("side"), pack.sides)
        if side is None and claimant is None and raw.value == 1 and raw.measure in ("fatalities", "injured") \
                and (fought := _FOUGHT_WITH.search(clause_text)) is not None \
                and (opponent := _one_side(fought.group(0), pack.sides)) is not None:
            # "A 54-year-old herder who was injured during Monday's fight with Tajik herders ... has died", «скончался
            # чабан, получивший травмы в драке с гражданами Таджикистана»: one of the other side's opponents
            side = next(code for code in pack.sides if code != opponent)
        if side is None and raw.value == 1 and raw.measure in ("fatalities", "injured") and (listed := [
                m for m in _COUNT_THEN_NAMES.finditer(text, sentence_start, clause.start + raw.start)]):
            # «Кроме того, двое граждан Республики Таджикистан – К., житель ..., был убит ..., а также С., ..., погиб»:
            # each person of the list after the dash is of the side its count names
            side = _one_side(listed[-1].group("whom"), pack.sides)
        if side is None and claimant is None and raw.value == 1 and previous_sentences is not None \
                and pack.event_words.kin_opening.match(clause_text) and not any(r.start < raw.start for r in raws):
            # "Rustam Nazarov, 47, was killed ... His 23-year-old son, who was working beside him, was grazed in the
            # arm": the relative of the one person told before (the "Tajik farmer" of the lede) is of his side
            for sentence in previous_sentences():
                sides = {r.side for r in pack.read_figures(sentence) if r.value == 1 and r.side is not None}
                if sides:
                    side = sides.pop() if len(sides) == 1 else None
                    break
        if side is None and _OTHERS_AFTER_OWN.search(raw.text) is not None and out and out[-1].side is not None \
                and out[-1].claimant == claimant and raw.measure == out[-1].measure:
            # «Пострадали трое кыргызских чабанов: 52-летнего мужчину ... доставили в больницу, двое других получили
            # ушибы»: the others of the side's people just counted
            side = out[-1].side
        if side is None and claimant is not None and out and out[-1].side not in (None, claimant) \
                and out[-1].claimant == claimant and _joined_in_a_list(clause_text[last_end:raw.start], pack):
            # «потери кыргызской стороны составляют не менее 30 военнослужащих убитыми и свыше 50
            # ранеными»: the count joined to a claim about the other side's losses is that claim too
            side = out[-1].side
        if raw.measure == "injured" and raw.value > 1 and not raw.vague and superseded_cue is None \
                and _INCLUDING_THE_DEAD.match(text, clause.start + raw.end, clause.end) is not None:
            # «медицинская помощь понадобилась шести жителям Чоркуха, включая скончавшегося»: the hurt still alive
            # are one fewer (he is counted among the dead)
            raw = replace(raw, value=raw.value - 1)
        died_of_wounds = False
        if raw.measure == "injured" and raw.value == 1 and (
                died := pack.died_of_wounds.search(clause_text, raw.start, min(len(clause_text), raw.end + 200))) \
                and died.start() < raw.end:
            # "A resident of Kara-Bak who was wounded in a shootout on February 11 has died": one death, of
            # his wounds (however long the clause between)
            raw, died_of_wounds = replace(raw, measure="fatalities"), True
            if side is None and claimant is None and home is not None and not more_people:
                side = home  # "A 27-year-old resident of Surkh who was wounded ... has died": as a death told
        # (a long participle phrase: «Житель ... Лаккон ..., получивший огнестрельное ранение в ходе перестрелки на
        # таджикско-киргизской границе 30 мая, скончался»)
        after_chars = DIED_OF_WOUNDS_AFTER_CHARS.get(pack.code, 80)
        wound_phrase = pack.died_of_wounds.search(clause_text, max(0, raw.start - 160),
                                                  min(len(clause_text), raw.end + after_chars))
        if wound_phrase is not None and not _overlaps(raw, wound_phrase) and any(
                r is not raw and r.measure == "fatalities" and _overlaps(r, wound_phrase) for r in raws):
            # "A Kyrgyz herder wounded when a drone dropped explosives ... has died in hospital, bringing the death
            # toll ... to two": the phrase is the one death's, not the toll's
            wound_phrase = None
        of_wounded = raw.measure == "fatalities" and bool(died_of_wounds or wound_phrase is not None
            # "Four servicemen were wounded in the June 11 shoot-out near Arka. Two of them have now died": of the
            # wounded the sentence before counted
            or (opens_sentence and previous_sentences is not None and pack.event_words.of_them.match(raw.text)
                and _of_the_wounded_before(raw, previous_sentences(), pack)))
        # "... one villager was killed, not two killed as first announced": the figure after "not"
        # is the outdated one, and so is "one of the two men initially reported dead"
        outdated = not superseded and revision and (pack.superseded.search(raw.text) is not None or (
            pack.event_words.not_before.search(clause_text, max(0, raw.start - 8), raw.start) is not None
            and pack.superseded.search(clause_text, raw.end, min(len(clause_text), raw.end + 60)) is not None)
            # «сообщало об одном раненом, к 16:00 ведомство уточнило, что ранены двое»: the figure
            # before the revising word is the one it revises ("up from ..." is read just below)
            or revision_cue is not None and raw.end <= revision_cue.start() and any(
                r.measure == raw.measure and r.end > revision_cue.end() and not r.additive for r in raws))
        # "one killed and four wounded, up from the three wounded reported this morning", "six killed and
        # 27 wounded, up from two dead and nine wounded it reported at midday": the figures after "up
        # from" are the earlier toll, with or without a revising word in the clause
        risen_from = not superseded and (
            pack.rose_from.search(clause_text, max(0, raw.start - 40), raw.start) is not None
            or (rose_list and out and _joined_in_a_list(clause_text[last_end:raw.start], pack)))
        outdated = outdated or risen_from
        rose_list = risen_from
        # «По уточнённым данным, ещё двое мужчин обратились за помощью»: more people, not the new toll
        is_revision = revision and raw.measure not in revised and not raw.additive and not outdated and not (
            # «Среди кыргызских мирных жителей пострадавших нет, уточнили в погранслужбе»: a zero whose
            # "specified" only attributes it revises nothing
            raw.value == 0 and revision_cue is not None and revision_cue.start() > raw.end) and not (
            # «Обновлено в 18:00. 15-летний подросток скончался в больнице»: one more dead of the wounded under an
            # update's label, not the new toll (unless the clause says so: «число погибших выросло до двух»); nor
            # one told after a word that only introduces news («Минздрав уточнил данные: один из раненых скончался»)
            of_wounded and (revision_cue is None or raw.value == 1 and raw.start > revision_cue.end() + _CUE_GAP))
        if revision and not raw.additive and not outdated:
            revised.add(raw.measure)
        if side in ("KG", "TJ") \
                and pack.event_words.alleged_before.search(clause_text, max(0, raw.start - 60), raw.start):
            # «утверждается, что кыргызская сторона якобы потеряла троих военнослужащих убитыми»: a loss the article
            # calls alleged is the other side's claim, never the side's own count
            claimant = "TJ" if side == "KG" else "KG"
        out.append(Figure(
            measure=raw.measure, value=raw.value, vague=raw.vague, side=side, text=raw.text,
            # the revised toll is the clause's first figure of its measure; what follows explains it
            claimant=claimant, revision=is_revision, superseded=superseded or outdated,
            additive=raw.additive, article_id=article_id, order=order * 100 + len(out),
            of_wounded=of_wounded and not outdated, both_sides=both_sides, home=home, described=raw.described,
            # «Всего, по данным Минздрава, за медицинской помощью обратились четыре человека» after the one man
            # described: the total holds him
            together=raw.together or (total_opening and raw.value > 1 and raw.measure in ("fatalities", "injured")
                                      and not raw.additive),
            words_after=_WORDS_AFTER.match(clause_text, raw.end).group(0).strip(),
        ))
        last_end = raw.end
    return _without_repeated_parts(out)


def _without_repeated_parts(figures: list[Figure]) -> list[Figure]:
    """Drop a list's sided part that its total, now of the same side, already counts.

    "Two Tajik border guards and a civilian ... were killed, the committee said": the part (two
    Tajik) is read beside the list's total (three); once the total is Tajik too, the part only
    repeats it. Not where the list names both sides ("A Kyrgyz and a Tajik border guard were
    killed"): its parts are the by-side figures.
    """
    def repeated(part: Figure) -> bool:
        return part.side is not None and any(
            # (the part's text may be the list's own or its opening: "wounding two" of "wounding two Tajik border
            # guards and a 14-year-old girl")
            other is not part and part.text in other.text and other.measure == part.measure
            and other.side == part.side and other.value > part.value for other in figures) and not any(
            (other.text in part.text or part.text in other.text) and other.measure == part.measure
            and other.side not in (None, part.side) for other in figures)

    return [figure for figure in figures if not repeated(figure)]


def _other_measure_before_in_sentence(measure: str, before: str, pack: LanguagePack) -> bool:
    """The sentence's earlier clauses count another measure of people and not this one."""
    if not before.strip():
        return False
    earlier = [f.measure for f in pack.read_figures(before) if f.measure in ("fatalities", "injured")]
    return bool(earlier) and measure not in earlier


def _joined_in_a_list(gap: str, pack: LanguagePack) -> bool:
    """``gap`` (the text between two counts) joins them in one list (the pack's ``list_join``: "30
    killed and more than 50 wounded", «30 убитыми и свыше 50»), with no other number in it."""
    return len(gap) <= 30 and pack.list_join.search(gap) is not None and not any(c.isdigit() for c in gap)


def _actors(clause_text: str, pack: LanguagePack) -> list[str]:
    return sorted(name for name, pattern in pack.actors.items() if pattern.search(clause_text))


def _demote(mention: Mention, reason: str) -> None:
    mention.role, mention.role_reason, mention.precision = "context", reason, None


#: Role reason of a place whose paragraph finds its report false and says what the alarm really was.
FOUND_FALSE = "a report its paragraph finds false"
#: How far into the text (characters) an editor's note on a republished story may stand.
EDITORS_NOTE_CHARS = 1200

#: How far before a denial (characters) the explanation of a false alarm may be told.
ALARM_EXPLAINED_CHARS = 3000


def _is_verdict(match: re.Match[str] | None, text: str, pack: LanguagePack) -> bool:
    """Whether a match of ``pack.debunked`` is a fact-check's verdict (not a denial of a false alarm)."""
    return match is not None and not pack.false_alarm.match(text, match.start())


def _debunked_by_verdict(text: str, pack: LanguagePack) -> bool:
    """Whether a fact-check's verdict says the reported event did not happen (a verdict after the lede's denial of
    a false alarm too: "... officials in both countries say no shots were fired ... ## Verdict\n\nFalse.")."""
    return any(_is_verdict(match, text, pack) for match in pack.debunked.finditer(text))


def is_debunked(text: str, pack: LanguagePack, headline: str | None = None) -> bool:
    """Whether the article says the event it reports did not happen: a verdict, or a denial with what
    the alarm really was told after it (``pack.debunked``) or before it ("planned blasting at the
    quarry ... There was no shelling", «взрывными работами ... Никакого обстрела не было»).

    A denial of shooting debunks nothing under a ``headline`` that reports people moved from their
    homes and no fighting ("Nearly 1,800 residents of Chorkuh evacuated as Kyrgyz armour moves up to
    the border", then "No shots were fired"): the evacuation happened."""
    verdict = pack.debunked.search(text)
    if _is_verdict(verdict, text, pack):
        return True
    if headline and pack.triggers["evacuation_displacement"].search(headline) \
            and not any(pack.triggers[kind].search(headline) for kind in FIGHTING_TYPES):
        return False
    return verdict is not None or any(
        pack.alarm_explained.search(text, max(0, denial.start() - ALARM_EXPLAINED_CHARS), denial.start())
        for denial in pack.false_alarm.finditer(text))


def _denied_under_its_headline(text: str, headline: str | None, pack: LanguagePack) -> bool:
    """Whether a headline that denies a report ("Kyrgyzstan dismisses viral 'Tajik drone' video as misleading")
    stands over a report found false and what the alarm really was ("the footage showed one of its own
    quadcopters"): the article reports no incident (not a headline that lists several items)."""
    if not headline or pack.event_words.denial_headline.search(headline) is None or _HEADLINE_LIST.search(headline):
        return False
    # (a headline that tells the violence itself, outside quotation marks, reports one side's word against the
    # other's: "Border Service: Tajik servicemen fired at road builders near Chek. Tajik side denies")
    if pack.folded.violence.search(lower_keep_length(_HEADLINE_QUOTE.sub(lambda m: " " * len(m.group(0)), headline))):
        return False
    return pack.false_report.search(text) is not None and _alarm_explained_by_a_cause(text, pack)


#: A quotation in a headline ("viral 'Tajik drone' video", «"Таджикский дрон"»).
_HEADLINE_QUOTE = re.compile(r"'[^'\n]{1,60}'|‘[^’\n]{1,60}’|\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”|«[^»\n]{1,60}»")


def _alarm_explained_by_a_cause(text: str, pack: LanguagePack) -> bool:
    """Whether the text tells what an alarm really was (blasting, its own drones, old footage), not only that the
    report was false."""
    return any(pack.event_words.called_false.search(match.group(0)) is None
               for match in pack.alarm_explained.finditer(text))


#: An article with at least this many paragraphs that open with their date is told in dated items.
DATED_ITEMS = 3


def _dated_items(clauses: Sequence[Clause], text: str, published: dt.date | None,
                 structure: ArticleStructure | None) -> list[int]:
    """The starts of the news clauses that head an item with its date alone, or its date and place ("**August 3,
    Chorkuh.** A 15-year-old boy ...", "1. Monday, May 20.", «12 июля, Кара-Бак.»; :func:`_dated_heading`): the
    items of a review, a digest or a timeline (not a sentence that opens with its day, as a story told day by day
    does: «В понедельник, 25 июля, около 23:40 в Telegram-канале появилось сообщение»)."""
    return [clause.start for clause in clauses if clause.scope == "news"
            and (_dated_heading(clause, text, published, structure) or _dated_bold_lead(clause, text))]


#: A weekday alone before a bold lead's date: "**Среда,| 18 сентября.**", "**Monday,| May 20.**".
_WEEKDAY_ALONE = re.compile(r"\s*" + WEEKDAY_WORDS + r"\s*,?\s*", re.I)
#: A bold lead that opens a paragraph: "**August 3, Chorkuh.** A 15-year-old boy ...".
_DATED_BOLD_LEAD = re.compile(r"\*\*([^*\n]{1,80}?)[.:]?\*\*")


def _dated_bold_lead(clause: Clause, text: str) -> bool:
    """Whether the clause opens its paragraph with a bold lead that is its date alone, or its date and place."""
    if not clause.dates or (clause.start and text[clause.start - 1] != "\n"):
        return False
    bold = _DATED_BOLD_LEAD.match(text, clause.start)
    first = min(clause.dates, key=lambda d: d.start)
    if bold is None or not bold.start(1) <= clause.start + first.start < bold.end(1):
        return False
    head = bold.group(1).rstrip(" .:;—–-")
    after = clause.start + first.end - bold.start(1)
    before = head[:clause.start + first.start - bold.start(1)]
    # ("**Среда, 18 сентября.** На летнем пастбище ...": its weekday before the date)
    return (not before.strip() or _WEEKDAY_ALONE.fullmatch(before) is not None) and (
        after >= len(head) or _PLACE_ALONE.fullmatch(head, after) is not None)


#: How far after a denial (characters) the place it names may stand: "There was no shooting |in Ak-Suu|".
DENIED_PLACE_CHARS = 40


def _places_the_denials_name(text: str, pack: LanguagePack, mentions: Sequence[Mention]) -> set[int]:
    """The places named right after the article's denials, in their sentence ("There was no shooting in
    Ak-Suu", «В Ворухе никакой стрельбы не было» names the place before: not read here)."""
    places: set[int] = set()
    for denial in pack.false_alarm.finditer(text):
        stop = text.find(".", denial.end())
        stop = min(denial.end() + DENIED_PLACE_CHARS, len(text) if stop < 0 else stop)
        named = [m.place for m in mentions if m.place is not None and denial.start() <= m.start < stop
                 and m.place.kind not in ("country", "admin1")]
        if any(place.is_unit or place.kind == "border" for place in named):
            return set()  # "никаких инцидентов не произошло на таджикско-кыргызской границе": the whole story's
        places.update(place.id for place in named)
    return places


def _without_debunked_items(candidates: list[Mention], text: str, pack: LanguagePack,
                            structure: ArticleStructure | None) -> list[Mention]:
    """The candidates outside paragraphs that find their own report false and say what the alarm really was.

    One item of a digest: "A Telegram channel ... reported that 'a Tajik drone struck' the outskirts of
    Kyzyl-Eshme. The district administration said the report was false and that the loud bang ... had been
    caused by blasting at a road construction site" (the article's other items stand).
    """
    headed_false = []
    for mention in candidates:
        line = _heading_line(text, mention.start, structure)
        if line is not None and pack.event_words.denial_headline.search(text, *line):
            # a digest's item headed as found false: «## Видео «перестрелки» у Самаркандыка оказалось старым»
            _demote(mention, FOUND_FALSE)
            headed_false.append(id(mention))
    if headed_false:
        candidates = [m for m in candidates if id(m) not in headed_false]
    if not pack.false_report.search(text):
        return candidates  # (cheap test first: most articles call no report false)
    def found_false(start: int, end: int) -> bool:
        denials = [m.span() for m in pack.false_report.finditer(text, start, end)]
        return bool(denials) and any(not any(a < e and s < b for a, b in denials)
                                     for s, e in (m.span() for m in pack.alarm_explained.finditer(text, start, end)))

    verdicts: dict[tuple[int, int], bool] = {}  # paragraph -> found false (several names share one)
    kept = []
    for mention in candidates:
        start = text.rfind("\n\n", 0, mention.start) + 1
        end = text.find("\n\n", mention.end)
        end = len(text) if end < 0 else end
        if end < len(text) and _heading_line(text, mention.start, structure) is not None:
            # "## Лейлек: выстрелы оказались взрывами на стройке": a heading goes with the paragraph under it
            following = text.find("\n\n", end + 2)
            end = len(text) if following < 0 else following
        elif start >= 2 and text[start - 2] != "\n" and _heading_line(text, start - 2, structure) is not None:
            # «2. Стрельба, которая оказалась учениями» over the paragraph that tells it: the heading's verdict
            start = text.rfind("\n\n", 0, start - 1) + 1
        if (start, end) not in verdicts:
            verdicts[(start, end)] = found_false(start, end)
        if verdicts[(start, end)] and not _home_of_the_moved(mention, text, pack):
            _demote(mention, FOUND_FALSE)
            continue
        kept.append(mention)
    return kept


#: How far before a village's name a count of the people moved from it may end ("moved 74| residents of the easternmost
#: mahalla of |Lakkon").
_MOVED_COUNT_CHARS = 60


def _home_of_the_moved(mention: Mention, text: str, pack: LanguagePack) -> bool:
    """The village whose people the sentence counts as moved away: "Tajik emergency officials moved 74 residents of the
    easternmost mahalla of Lakkon jamoat ... to a school in Isfara after Kyrgyz troops held exercises ...; no shots were
    fired" (the alarm was an exercise; the evacuation was real)."""
    sentence_start = max(text.rfind(". ", 0, mention.start) + 2, text.rfind("\n", 0, mention.start) + 1)
    before = text[sentence_start:mention.start]
    return any(f.measure == "displaced" and f.value > 0 and len(before) - f.end <= _MOVED_COUNT_CHARS
               for f in pack.read_figures(before))


def _claimed_places(parsed: ParsedArticle, text: str, title: str | None, pack: LanguagePack) -> set[int]:
    """The places of a fact-check's claim: named in its claim paragraph ("Claim: ...", «Утверждение: ...»),
    in its headline's quotation, or inside quotation marks elsewhere (the claim retold)."""
    paragraphs = [(m.start(), text.find("\n\n", m.start())) for m in pack.claim_label.finditer(text)]
    paragraphs = [(a, len(text) if b < 0 else b) for a, b in paragraphs]
    claimed = set()
    for mention in parsed.mentions:
        if mention.place is None or mention.place.kind in ("country", "admin1"):
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        before = text[line_start:mention.start]
        quoted = before.count("«") > before.count("»") or before.count('"') % 2 == 1 \
            or before.count("“") > before.count("”")
        if quoted or any(a <= mention.start < b for a, b in paragraphs):
            claimed.add(mention.place.id)
    if title:
        claimed |= {m.place.id for m in parsed.mentions if m.place is not None and m.place.kind not in ("country", "admin1")
                    and m.text in title}
    return claimed


def _claims_set_aside(clauses: list[Clause], mentions: Sequence[Mention], claimed: set[int]) -> list[Clause]:
    """A fact-check's clauses that name only claim places are no news: their figures are the claim's."""
    named: dict[int, set[int]] = {}
    starts = [c.start for c in clauses]
    for mention in mentions:
        if mention.place is None or mention.place.kind in ("country", "admin1"):
            continue
        index = bisect.bisect_right(starts, mention.start) - 1
        if index >= 0 and mention.start < clauses[index].end:
            named.setdefault(clauses[index].sentence_index, set()).add(mention.place.id)
    return [replace(c, scope="background", scope_reason="a fact-check's claim")
            if c.scope == "news" and (ids := named.get(c.sentence_index)) and ids <= claimed else c
            for c in clauses]


def _own_event_retold(clauses: list[Clause], mentions: Sequence[Mention], text: str,
                      pack: LanguagePack) -> list[Clause]:
    """Retellings that name a place the article names elsewhere are news again.

    «Напомним, стрельба вечером 6 августа началась на окраине Чоркуха» in the story of the funeral
    at Chorkuh, "Recall, on September 3 shots were fired at residents of Ak-Tatyr" in the story of
    Ak-Tatyr's evacuees coming home: a follow-up retells its own event. A retelling whose places
    the article names nowhere else ("Recall, the first exchange of fire occurred on September 14
    near Kara-Bak") tells an earlier one, and stays background.
    """
    retold = {c.sentence_index for c in clauses if c.scope_reason == RETELLING}
    if not retold:
        return clauses
    spans = [(c.start, c.end, c.sentence_index) for c in clauses if c.sentence_index in retold]
    inside: dict[int, set[int]] = {}
    elsewhere: set[int] = set()
    for mention in mentions:
        if mention.place is None or mention.place.kind in ("country", "admin1"):
            continue
        sentence = next((k for a, b, k in spans if a <= mention.start < b), None)
        if sentence is None:
            elsewhere.add(mention.place.id)
        else:
            inside.setdefault(sentence, set()).add(mention.place.id)
    own = {k for k, places in inside.items() if places & elsewhere}
    if not any(c.scope == "news" and ARMED_TYPES.intersection(clause_types(text[c.start:c.end], pack))
               for c in clauses):
        # "The situation on the border is stable ... the checkpoint stays closed. Recall, on September 16 a shootout
        # in Leilek district killed a border guard": a follow-up with no fighting of its own retells its own event
        # (the retelling is within the reporting window: an older one is dated before it)
        own |= retold
    return [replace(c, scope="news", scope_reason=NEWS_REASON)
            if c.sentence_index in own and c.scope_reason == RETELLING else c for c in clauses]


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


def article_events(parsed: ParsedArticle, *, structure: ArticleStructure | None = None,
                   pack: LanguagePack | None = None) -> list[MentionEvent]:
    """One :class:`MentionEvent` per event place of the article (see the module docstring)."""
    article = parsed.article
    structure = structure or parsed.structure
    pack = pack or pack_for(structure.lang if structure else "en")
    text = article.text
    candidates = parsed.incident_mentions
    story_village = cache(partial(_story_village, parsed, text, structure, pack))
    if parsed.sentences is None or not candidates and not story_village() and not any(
            # the district of a village the gazetteer lacks may stand for the scene (:func:`_scenes_named_just_before`)
            _stands_for_an_unknown_village(m, text, pack) for m in parsed.mentions):
        return []
    if pack.republished.search(text, 0, EDITORS_NOTE_CHARS):
        for mention in candidates:
            _demote(mention, "an old story republished")
        return []
    claimed: set[int] = set()  # a fact-check's claim places, when it goes on to tell what really happened
    published = structure.published if structure else article.date
    headline = article.title or (text[structure.headline[0]:structure.headline[1]]
                                 if structure is not None and structure.headline else text[:200])
    window_days = news_window_days(text, pack, headline)
    # (a week's digest whose headline lists an anniversary among its items looks back no more than its items do:
    # «Граница за неделю: годовщина сентябрьского конфликта, драка на пастбище у Тогуз-Булака и ...»)
    clauses = scope_clauses(text, parsed.sentences, pack, published=published, window_days=window_days,
                            retrospective=bool(pack.retrospective.search(headline))
                            and not _WEEK_S_DIGEST.search(headline))
    items = _dated_items(clauses, text, published, structure)
    if len(items) < DATED_ITEMS:
        items = []
    told_headline = text[structure.headline[0]:structure.headline[1]] if structure is not None and structure.headline \
        else article.title
    debunked = is_debunked(text, pack, article.title) or _denied_under_its_headline(text, told_headline, pack)
    by_verdict = debunked and _debunked_by_verdict(text, pack)
    # a denial in an article of dated items or of headed items is one item's, which _without_debunked_items sets
    # aside ("## 3. Shooting near Sulukta denied"); not in a fact-check, whose headed sections are one story ("## The
    # claim", "## An old video") (read only for an article found debunked: most are not)
    if debunked and not by_verdict and (items or _heading_count(text, structure) >= DIGEST_HEADINGS
                                        or _denial_under_a_later_heading(text, pack)) \
            and pack.event_words.fact_check.search(headline) is None and pack.event_words.fact_check.search(text) is None \
            and (pack.event_words.denial_headline.search(headline) is None or _HEADLINE_LIST.search(headline)):
        # (a headline that lists the items, «драка на жайлоо в Чон-Алае, перекрытая дорога у Чилгази и ложная
        # тревога в Лейлеке», denies only one of them)
        debunked = False  # the denial is one item's, which _without_debunked_items sets aside
    denied = _places_the_denials_name(text, pack, parsed.mentions) if debunked and not by_verdict else set()
    # (only when the headline tells of a place the denials leave: "Shooting near Andarak and Toguz-Bulak: what
    # we know so far", not a fact-check whose every place is the one false alarm's)
    if denied and any(m.place is not None and m.place.id not in denied and m.text in headline for m in candidates):
        # "A video ... said to show a house on fire in Ak-Suu ... was filmed in September 2022. 'There was no
        # shooting in Ak-Suu'" in a story of shooting near Andarak: the denial is that village's alone
        for mention in candidates:
            if mention.place is not None and mention.place.id in denied:
                _demote(mention, FOUND_FALSE)
        candidates = [m for m in candidates if m.role == "incident"]
    elif debunked:
        claimed = _claimed_places(parsed, text, article.title, pack) if pack.real_event_told.search(text) else set()
        if not claimed and not by_verdict and pack.event_words.fact_check.search(text) is None:
            # "Tajik emergency officials moved 74 residents of ... Lakkon ... after Kyrgyz troops held exercises ... No
            # shots were fired": the alarm was an exercise, the evacuation real (the claim is every other place)
            moved = {m.place.id for m in candidates if m.place is not None and _home_of_the_moved(m, text, pack)}
        else:
            moved = set()
        for mention in candidates:
            if (mention.place is None or mention.place.id not in moved) if moved else (
                    not claimed or mention.place is None or mention.place.id in claimed):
                _demote(mention, "a fact-check finds the reported event did not happen")
        if not claimed and not moved:
            return []
        candidates = [m for m in candidates if m.role == "incident"]
    candidates = _without_debunked_items(candidates, text, pack, structure)
    # "Rescuers hold evacuation exercise in Ak-Tatyr ...": "420 residents of Ak-Tatyr ... were evacuated to a tent camp"
    # in its body is the exercise's; a flood's evacuation is no border incident either
    for gate, reason in ((pack.natural_hazard, "a natural disaster, not a border incident"),
                         (pack.event_words.exercise_headline, "an exercise, not a border incident")):
        if gate.search(headline) and not any(pack.triggers[kind].search(headline) for kind in FIGHTING_TYPES):
            for mention in candidates:
                _demote(mention, reason)
            return []
    clauses = _own_event_retold(clauses, parsed.mentions, text, pack)
    if structure is not None and structure.dateline is not None:
        # "ISFARA, April 20, 2026 (Asia-Plus) - Five people were injured in a brawl ...": the dateline's day is
        # the report's, not the event's
        clauses = [replace(c, dates=tuple(d for d in c.dates if not structure.in_dateline(c.start + d.start)))
                   if any(structure.in_dateline(c.start + d.start) for d in c.dates) else c for c in clauses]
    if claimed:
        clauses = _claims_set_aside(clauses, parsed.mentions, claimed)
    reference = reference_date(published, [d for c in clauses for d in c.dates])
    window_start = reference - dt.timedelta(days=window_days) if reference else None
    starts = [c.start for c in clauses]

    def clause_at(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    @cache
    def homes() -> list[tuple[int, str]]:
        """Villages named as people's homes, with their country: whose people a figure counts."""
        return [(m.start, m.place.country_code) for m in parsed.mentions
                if m.place is not None and m.place.country_code in ("KG", "TJ") and m.place.kind != "country"
                and (pack.roles.residents_before.search(text, max(0, m.start - 80), m.start)
                     or pack.roles.residents_after.match(text, m.end))]

    @cache
    def speakers() -> list[tuple[int, str]]:
        """Places named as speakers or seats of government, with their country."""
        return [(m.start, m.place.country_code) for m in parsed.mentions
                if m.role_reason == SPEAKER and m.place is not None and m.place.country_code in ("KG", "TJ")
                and m.place.kind != "country"]

    @cache
    def treated_in() -> list[tuple[int, str]]:
        """Towns the wounded or the evacuees were taken to, with their country."""
        return [(m.start, m.place.country_code) for m in parsed.mentions
                if m.role_reason == DESTINATION and m.place is not None and m.place.country_code in ("KG", "TJ")
                and m.place.kind != "country"]
    tables = table_spans(text)
    table_starts = [a for a, _ in tables]
    prose = text  # the text the number grammar reads: tables are read by column
    if tables:
        pieces, last = [], 0
        for a, b in tables:
            pieces += [text[last:a], " " * (b - a)]
            last = b
        prose = "".join(pieces) + text[last:]

    types_cache: dict[int, list[str]] = {}

    def types_of(index: int) -> list[str]:
        if index not in types_cache:
            types_cache[index] = clause_types(text[clauses[index].start:clauses[index].end], pack)
        return types_cache[index]

    non_event_cache: dict[int, tuple[list[tuple[int, int]], str]] = {}

    def non_event_of(index: int) -> tuple[list[tuple[int, int]], str]:
        if index not in non_event_cache:
            non_event_cache[index] = _non_event_phrases(text[clauses[index].start:clauses[index].end], pack)
        return non_event_cache[index]

    # events: (clause index, mention, types)
    placed: list[tuple[int, Mention, list[str]]] = []
    retold_truces: dict[int, list[int]] = {}  # place -> clauses that tell its agreement again
    scene_clauses: set[int] = set()  # clauses that say where "the incident" happened (they date the story)
    scenes: set[int] = set()  # the mentions those clauses name (ids)
    for mention in candidates:
        if structure is not None and structure.in_headline(mention.start):
            _demote(mention, "headline (the body reports the event)")
            continue
        if tables and (k := bisect.bisect_right(table_starts, mention.start) - 1) >= 0 \
                and mention.start < tables[k][1]:
            _demote(mention, "a table row (its figures are read by column)")
            continue
        index = clause_at(mention.start)
        if mention.role_reason == PARAGRAPH_LABEL:
            # a paragraph's label: the event is the paragraph's first clause that reports one
            index = _first_event_clause(clauses, index, text, types_of)
        elif mention.role_reason == LIST_ENTRY and not types_of(index) \
                and (intro := list_introduction(text, mention)) is not None:
            # "... where residential houses burned as a result of shelling:\n\nMaksat - 34 houses;": the
            # entry's event is the one its list's introduction reports
            index = clause_at(text.rfind(":", intro, text.find("\n", intro)))
        elif mention.role_reason == SCENE_BEFORE:
            # «На прошлой неделе тревога снова пришла в Кадамжайский район. В среду, 10 сентября, ... ранение
            # получил чабан»: the violent sentence dates the event its scene was named for, when more precisely
            index = _more_precisely_dated_next(clauses, index)
        clause = clauses[index]
        if clause.scope != "news":
            _demote(mention, f"background: {clause.scope_reason}")
            continue
        if window_start is not None and any(
                d.window.end < window_start and 0 <= clause.start + d.start - mention.end <= _OWN_DATE_GAP
                and _DATE_JUST_AFTER.fullmatch(text, mention.end, clause.start + d.start)
                for d in clause.dates):
            # "went missing during the fighting near Ak-Sai in September 2022 was buried ... on Tuesday":
            # the place's own date is long past, whatever the clause's news
            _demote(mention, "named with a date before the reporting window")
            continue
        if placed and text[max(0, mention.start - 1):mention.start] in _OPENING_QUOTES \
                and pack.other_version.match(text, parsed.sentences.spans[clause.sentence_index][0]):
            # «По их версии, наряд заставы «Овчи-Калъача» ... был обстрелян первым»: the other side's
            # telling of the event already placed names its own post, not a new scene (not «По версии
            # кыргызской стороны, ... огонь по окраине села Самаркандык: пули попали в два жилых дома»)
            _demote(mention, "named in the other side's version of the event told before")
            continue
        types = types_of(index)
        if types and _inside_a_non_event(mention, clause, non_event_of(index), pack):
            # «приговор по делу о стрельбе у Хистеварза» beside «ранен пограничник в Лахше»: the place of a
            # past case, a drone only seen, a commemoration, is no place of the clause's event
            _demote(mention, INSIDE_A_NON_EVENT)
            continue
        if mention.role_reason == CEASEFIRE_VENUE:
            if any(m.role_reason == CEASEFIRE_VENUE and m.place is not None and mention.place is not None
                   and m.place.id == mention.place.id
                   # (not the headline's, which the article's telling below stands for)
                   and _heading_line(text, m.start, structure) is None for _, m, _ in placed):
                _demote(mention, "the agreement at this place is already an event of the article")
                retold_truces.setdefault(mention.place.id, []).append(index)
                continue
            types = ["ceasefire_agreement"]  # the venue of the agreement, not of the fighting
        if not types or types == ["casualty_report"]:
            # a clause with no event of its own, or only its toll ("Двое жителей джамоата Ворух получили
            # ранения, | когда беспилотник нанес удар"), takes its sentence's: the toll's cause
            # (not from the earlier event the news follows: "Lorries stopped crossing ... at Kyzyl-Bel on Thursday
            # morning, | a day after a stone-throwing incident near ... Western Kalacha")
            siblings = [c for c in clauses if c.sentence_index == clause.sentence_index and c.scope == "news"
                        and not (c is not clause and pack.earlier_event_opening.match(text, c.start))]
            sentence_types = clause_types(" ".join(text[c.start:c.end] for c in siblings), pack)
            types = sentence_types if not types else \
                [name for name in sentence_types if name in ARMED_TYPES or name == "casualty_report"]
            if types == ["casualty_report"] and _only_zeros(text[clause.start:clause.end], pack):
                # "Across the border in Lakhsh District, local authorities reported no casualties": no event there
                _demote(mention, "only a report that no one was hurt")
                continue
            if types == ["casualty_report"] and not pack.roles.residents_before.search(
                    text, max(clause.start, mention.start - 80), mention.start):
                # (not "two residents of Vorukh were injured": the home of the hurt, whose fight may be elsewhere)
                types = _cause_told_next(clause, clauses, parsed.mentions, text, pack) or types
        if _named_as_the_scene(mention, clause, text, pack):
            # "The incident happened in the area of X": the event the article reported before (or
            # goes on to tell in this paragraph) is the one located here
            types = _with_antecedent_types(types, index, clauses, types_of)
            scene_clauses.add(index)
            scenes.add(id(mention))
        if not types and pack.impact_anaphor.match(text, clause.start, clause.end):
            # "The rounds ... began to fall shortly after 1 a.m. on June 14. Most landed in Maksat": the fire
            # told in the sentence before
            before = [c for c in clauses if c.sentence_index == clause.sentence_index - 1 and c.scope == "news"]
            types = [kind for kind in clause_types(" ".join(text[c.start:c.end] for c in before), pack)
                     if kind in ARMED_TYPES]
        if not types and mention.role_reason == SCENE_BEFORE:
            # "... crossing a ridge about 7 km south of Aidarken. ... the border guards fired three warning
            # shots into the air. | During the detention one of the men ... broke his leg": the violent
            # sentence fired no shot at anyone; the one after it, naming no place, tells the event ("... near
            # Ak-Tatyr village. The citizens ... ignored the demands. Moreover, they began to throw stones")
            for gap in range(1, MAX_SCENE_GAP + 1):
                if gap > 1 and _names_a_place(parsed.mentions, clause.sentence_index + gap):
                    break
                following = [c for c in clauses
                             if c.sentence_index == clause.sentence_index + gap and c.scope == "news"]
                types = clause_types(" ".join(text[c.start:c.end] for c in following), pack)
                if types or not following:
                    break
        if not types:
            _demote(mention, "no event reported in its clause")
            continue
        placed.append((index, mention, types))
    placed = _at_most_per_clause(placed)
    placed = _venues_of_a_named_section(placed, clauses, text, pack)
    placed = _homes_of_the_hurt_after_a_result(placed, clauses, text, pack)
    placed = _homes_of_the_hurt_after_the_scene(placed, parsed.mentions, clauses, text, pack)
    placed = _homes_of_the_dead_before_the_scene(placed, clauses, text, pack)
    placed = _notes_about_events_told_before(placed, clauses, text, pack)
    headings = [index for index, clause in enumerate(clauses)
                if clause.scope == "news" and _dated_heading(clause, text, published, structure)]
    placed = _headings_over_no_event(placed, parsed.mentions, text, structure, lambda start, end: any(
        types_of(k) for k, c in enumerate(clauses) if start < c.start < end and c.scope == "news"))
    placed, heading_sums = _subheadings_give_way(placed, text, structure, set(headings))
    placed, seat_sums = _seats_named_as_homes(placed, text, pack)
    placed = _residents_of_a_neighbour(placed, clauses, text, pack, [clauses[i].start for i in headings],
                                       parsed.mentions)
    placed = _homes_at_the_village_told_before(placed, parsed.mentions, clauses, text, pack)
    placed = _most_precise_per_clause(placed, clauses, text, pack)
    placed = _the_other_party_s_hurt(placed, parsed.mentions, clauses, text, pack)
    placed = _residents_hurt_across_the_line(placed, clauses, text, pack)
    placed = _the_other_sides_scene(placed, scenes, clauses, text, pack, parsed.mentions, structure)
    placed = _shared_evacuation_origins(placed)
    placed, summaries = _areas_with_their_villages(placed, text, pack)
    summaries |= seat_sums
    placed, lede_sums = _summing_ledes(placed, clauses, text, pack)
    summaries |= heading_sums | lede_sums
    shares = prose_breakdowns(prose, parsed.sentences, parsed.mentions, pack)
    placed = _shares_join_their_fighting(placed, shares)
    placed = _villages_next_of_home_districts(placed, parsed.mentions, clauses, text, pack)
    placed, home_sentences = _home_districts_give_way(placed, clauses, text, pack, story_village)
    placed = _scenes_named_just_before(placed, parsed, clauses, text, types_of, pack)
    if not placed:
        placed = _story_place_event(story_village(), parsed, clauses, text, structure, types_of, partial(
            _dated_here, text=text, window_start=window_start, published=published, pack=pack), pack,
            home_sentences)
    if not placed:
        return []

    # dates: own clause, else sibling clauses of the sentence, else the story so far
    # («Позавчера, 5 марта, еще один инцидент произошел в селе Ак-Суу»: a dated scene dates the story too)
    windows: dict[int, tuple[DateWindow | None, str]] = {}
    story: DateWindow | None = None
    first_dated: DateWindow | None = None
    # the own date of the last paragraph opened by an untyped dated sentence: (date, sentence, paragraph)
    told_on: tuple[DateWindow, int, int] | None = None
    # undated clauses just after a dated paragraph opening: «Во вторник, 22 октября, ... состоялась встреча ... | По ее
    # итогам стороны договорились о полном прекращении огня на участке у Кызыл-Эшме» (the truce is the meeting's)
    meeting_days: dict[int, DateWindow] = {}
    last_dated: DateWindow | None = None  # of any news clause, with an event or not
    last_fight: DateWindow | None = None  # of the last news clause that tells fighting
    last_clock: int | None = None  # the clock time (minutes after midnight) that clause gives, if any
    story_by_heading = False  # the story's date is a dated heading's
    story_paragraph = -1  # the paragraph of the clause that dated the story
    first_told: DateWindow | None = None  # the own date of the first paragraph opened by an untyped dated sentence
    retold: tuple[DateWindow, int] | None = None  # the date and paragraph of the last dated recap's opening
    for index, clause in enumerate(clauses):
        if clause.scope != "news":
            continue
        clause_text = text[clause.start:clause.end]
        own = _nearest(_event_dates(clause, clause_text, window_start, published, pack), clause_text, pack)
        retelling = own is not None and opens_a_retelling(text, clause.start, clause.end, pack)
        if retelling:
            retold = (own, clause.paragraph_index)
        elif own is None and retold is not None and retold[1] == clause.paragraph_index:
            # "Recall, on October 3, ... opened fire ... near Beshkent. The Border Service then reported that three
            # ... were injured": the recap's day dates the rest of its paragraph, not the follow-up's news
            windows[index] = (retold[0], "clause")
            continue
        if own is not None and _is_night(own, pack) and story is not None \
                and (story_by_heading or story_paragraph == clause.paragraph_index):
            # "September 17-18, Ak-Suu. An overnight exchange of fire": the heading's night; «В ночь со среды на
            # четверг, 11–12 октября ... произошла массовая драка ... ночью перекрыли арык»: the paragraph's night
            own = None
        if own is None and clause.scope_reason == CONTINUED_NEWS and last_dated is not None:
            story = last_dated  # the dated news clause this one goes on from dates it
        if own is None and (last_fight or last_dated) is not None \
                and pack.event_words.fighting_went_on_opening.match(clause_text):
            # "As the shooting continued, the Isfara city administration moved about 140 residents" after a ceasefire
            # met the next day: the shooting's day ("A few hours later, armed clashes also took place in the areas of
            # ...": the day the text told last)
            went_on = last_fight or last_dated
            if went_on.one_day and last_clock is not None \
                    and (clock := _clock_minutes(clause_text)) is not None and clock < last_clock:
                # «около 23:30 ... открыла минометный огонь по заставе ... Спустя несколько часов, около 04:10,
                # ... обстреляны позиции ... у Равата»: hours later, past midnight, is the next day
                went_on = replace(went_on, start=went_on.start + dt.timedelta(days=1),
                                  end=went_on.end + dt.timedelta(days=1))
            windows[index] = (went_on, "story")
            continue
        last_dated = own or last_dated
        if own is not None and ARMED_TYPES.intersection(types_of(index)):
            last_fight = own
        if ARMED_TYPES.intersection(types_of(index)):
            # the clock time of the last clause that tells fighting ("around 23:30"), if it gives one
            last_clock = _clock_minutes(clause_text)
        if own is not None and (types_of(index) or index in headings or index in scene_clauses
                                or _narrows_the_story(own, story, clause_text, pack)
                                # "The incident reportedly took place in the afternoon of April 25", after the note of
                                # protest that told it undated
                                or pack.event_words.incident_happened.search(clause_text) is not None) \
                and not retelling and not pack.cumulative.search(text, clause.start, clause.end):
            # («Напомним, 14 сентября ... произошла перестрелка» dates itself, not the article's news; «Итоги дня.
            # Минздрав: всего с 14 сентября погибли 24» counts from a day, which dates nothing after it)
            story = own
            story_by_heading = index in headings
            story_paragraph = clause.paragraph_index
            first_dated = first_dated or own
        elif own is not None and len(clause_text.split()) >= _TOLD_SENTENCE_WORDS \
                and (told_on is None or told_on[2] != clause.paragraph_index) \
                and text[text.rfind("\n", 0, clause.start) + 1:clause.start].strip() == "" \
                and not (structure is not None and structure.in_dateline(clause.start)) and not retelling:
            # (a paragraph's opening sentence, not a dateline's bare "Бишкек. 19 ноября.")
            told_on = (own, clause.sentence_index, clause.paragraph_index)
            first_told = first_told or (own if own.precision == 1 else None)  # (a day, not "in June")
        elif own is None and first_dated is None and types_of(index) and told_on is not None \
                and told_on[2] == clause.paragraph_index and clause.sentence_index - told_on[1] <= 1:
            # "On July 12 at about 11:00, six servicemen approached the camp. | They hit two of them with
            # rifle butts": the day of the sentence that opens the paragraph telling the event dates a lede
            # told without one
            first_dated = told_on[0]
        # (a dated heading's day is its section's own, as a clause's is: "1. December 9, 10:45. Ak-Tatyr")
        windows[index] = (own, "clause") if own else (story, "clause" if story_by_heading else "story") \
            if story else (None, "none")
        if own is None and told_on is not None and told_on[2] == clause.paragraph_index \
                and clause.sentence_index - told_on[1] == 1:
            meeting_days[index] = told_on[0]
    # the first dated news clause that names each place, in any role (only asked for when no event clause is dated)
    # (a day, not a limit: "classes suspended until Monday")
    dated_at_place: dict[int, DateWindow] = {}
    if first_dated is None:
        for other in parsed.mentions:
            if other.place is not None and other.place.id not in dated_at_place and other.start < len(text):
                k = clause_at(other.start)
                window, origin = windows.get(k, (None, ""))
                if origin != "clause" or window is None or window.precision != 1:
                    continue
                at = text.find(window.text, clauses[k].start, clauses[k].end)
                if at >= 0 and pack.event_words.limit_before.search(text, max(clauses[k].start, at - 12), at):
                    continue
                dated_at_place[other.place.id] = window
    events: list[MentionEvent] = []
    clause_figures: dict[int, list[Figure]] = {}
    first_in_clause: dict[int, int] = {}
    # the sentences a page printed twice (read once, when a clause has figures to read; the orphan figures use it too)
    repeated = cache(partial(_repeated_sentences, clauses, prose))
    for index, mention, types in placed:
        own, origin = windows[index]
        if origin != "clause" and mention.role_reason == SCENE_JUST_BEFORE:
            # "... were grazing 14 head of cattle about 500 meters from the village ... on March 12 | The servicemen
            # "used physical force"": the sentence that named the scene dates it too
            told = next((windows[k] for k in range(index - 1, max(-1, index - _SENTENCE_CLAUSES * 2), -1)
                         if clauses[k].sentence_index == clauses[index].sentence_index - 1
                         and windows.get(k, (None, ""))[1] == "clause" and windows[k][0] is not None), None)
            if told is not None:
                own, origin = told
        if origin != "clause":
            # "... grazing on a pasture above Uch-Bulak | when they came under fire on October 4": a sibling
            # clause's own date is nearer than the story so far
            siblings = [i for i, c in enumerate(clauses)
                        if c.sentence_index == clauses[index].sentence_index and windows.get(i, (None,))[0]]
            if own is not None:
                siblings = [i for i in siblings if windows[i][1] == "clause"]
            if siblings and windows[siblings[0]][1] == "clause":
                own, origin = windows[siblings[0]]
            elif own is None and first_dated is not None:
                own, origin = first_dated, "story"
            elif own is None and (named := dated_at_place.get(mention.place.id)) is not None:
                # "on Saturday, June 12, at about 15:00, herders ... drove about 40 head of cattle onto a
                # Kyrgyz pasture 1.5 kilometres from the last houses of Kulundu" dates the fight at Kulundu
                # the lede reported undated, when no event clause has a date
                own, origin = named, "story"
        if origin != "clause" and structure is not None and not structure.in_headline(mention.start) \
                and mention.start > structure.body_start \
                and _heading_line(text, mention.start, structure) is not None \
                and _heading_count(text, structure) >= DIGEST_HEADINGS:
            # a digest's «## Лейлекский район: в Андараке сожгли сено» over «Во вторник, 22 октября, около 20:30 в селе
            # Андарак ... загорелось сенохранилище»: an item's heading is dated by the sentence that opens its item
            opening = next((k for k in range(index + 1, len(clauses))
                            if clauses[k].paragraph_index == clauses[index].paragraph_index + 1), None)
            # (a sentence, not a byline's date: "By Timur Aliyev • July 1, 2024")
            if opening is not None and windows.get(opening, (None, ""))[1] == "clause" \
                    and windows[opening][0] is not None \
                    and len(text[clauses[opening].start:clauses[opening].end].split()) >= _TOLD_SENTENCE_WORDS:
                own, origin = windows[opening][0], "clause"
        if origin != "clause" and mention.role_reason == CEASEFIRE_VENUE:
            # «Пограничные ведомства ... договорились о полном прекращении огня на участке границы у села Кызыл-Эшме.
            # В понедельник вечером на этом участке произошла перестрелка» (a lede dated by the fight) ... «Во вторник,
            # 22 октября, ... состоялась встреча ... По ее итогам стороны договорились о полном прекращении огня на
            # участке у Кызыл-Эшме»: the agreement is the day of its own telling, or of the meeting told just before
            told = [windows[k][0] if windows.get(k, (None, ""))[1] == "clause" and windows[k][0]
                    else meeting_days.get(k) for k in (index, *retold_truces.get(mention.place.id, ()))]
            own, origin = next(((day, "clause") for day in told if day is not None), (own, origin))
        if own is None and first_told is not None:
            # "The first images came on April 20, a Monday, in the late afternoon: a shaky phone video ..." opens a
            # story whose event clause, paragraphs later, has no day of its own and no dated event before it
            own, origin = first_told, "story"
        if own is not None:
            window, precision = (own.start, own.end), own.precision
        elif published is not None:
            window, precision, origin = (published - dt.timedelta(days=1), published), 2, "publication"
        else:
            window, precision, origin = None, 3, "none"
        clause = clauses[index]
        if mention.role_reason == CEASEFIRE_VENUE:
            figures = []  # an agreement's venue takes none of the fighting's figures
        else:
            if index not in clause_figures:
                clause_figures[index] = [] if clause.sentence_index in repeated() else _figures(
                    article.id, clause, prose, pack, index, partial(_previous_sentences, clauses, index, prose), homes,
                    speakers, treated_in)
                first_in_clause[index] = len(events)
            figures = clause_figures[index] if first_in_clause[index] == len(events) else []
            if figures and (running := pack.cumulative.search(text, clause.start,
                                                              _through_a_since_clause(clauses, index, text, pack))):
                # "A Kyrgyz border guard was wounded near Andarak ..., the latest flare-up on a border where two rounds
                # of fighting have killed about 160 people since 2021", «С мая у Кызыл-Бела задержаны шесть чабанов»: a
                # running total is no count of the clause's event (the figures that reach into it or come after it;
                # not "a resident ... died on September 17, bringing the number of Kyrgyz citizens killed ... to 59")
                figures = [f for f in figures if -1 < (at := text.find(f.text, clause.start, clause.end))
                           and at + len(f.text) <= running.start()]
        clause_text = text[clause.start:clause.end]
        place = mention.place
        assert place is not None
        if any(f.measure in ("fatalities", "injured") and f.value for f in figures) and "casualty_report" not in types:
            types = types + ["casualty_report"]
        events.append(MentionEvent(
            place=place, precision=mention.precision or 3, window=window, time_precision=precision,
            event_types=types, figures=list(figures), actors=_actors(clause_text, pack),
            source=IncidentSource(
                article_id=article.id, title=article.title, url=article.url, date=published,
                excerpt=mention.excerpt, highlight_start=mention.start - mention.excerpt_start,
                highlight_end=mention.end - mention.excerpt_start, start=mention.start,
                end=mention.end, mention_text=mention.text, place_name=place.name,
                precision=mention.precision or 3, source=article.source,
                lang=structure.lang if structure else "en",
            ),
            window_from=origin,
            sub_event_hints=[name for name, p in pack.sub_event_cues.items() if p.search(clause_text)],
        ))
    _old_ordnance_of_the_story(events, text, headline, pack)
    _another_at_a_second_place(events, first_in_clause, clauses, text, pack)
    _a_vague_week_told_by_its_day(events, windows, clauses, types_of)
    _later_tolls_of_the_fight(events, pack)
    _one_night_in_two_time_zones(events, clauses, clause_at, text)
    entries = newest_first_entries(text)
    topic_headings = cache(partial(_topic_headings, text, structure, pack))  # read once, when a step asks
    _attach_orphan_figures(events, placed, clauses, clause_figures, prose, pack, article.id, structure, homes,
                           speakers, summaries, parsed.mentions, types_of, entries, topic_headings, items, repeated,
                           treated_in)
    _dated_by_the_wounding(events, clauses, text, pack)
    _the_fire_told_next(events, placed, clauses, parsed.mentions, types_of, text, pack)
    _the_fight_told_before(events, placed, clauses, types_of, text, pack)
    _the_stretch_placed_at_its_end(events, parsed.mentions)
    _corrected_places(events, parsed.mentions, text, pack)
    _corrected_days(events, clauses, text, windows, pack)
    _reports_about_an_earlier_event(events, placed, clauses, text, pack)
    _the_fire_that_hurt(events, placed, clauses, types_of, text, topic_headings, pack)
    _the_attack_told_before(events, placed, clauses, types_of, structure, text, pack)
    _tolls_of_the_days_fighting(events, placed, clauses, text, pack, topic_headings)
    _people_told_one_by_one(events)
    _together_counted_before(events)
    _ledes_sum_of_both_sides(events, clauses, text)
    background = [(a, b) for a, b in tables if _dated_before_as_background(clauses, clause_at(a), text, a)]

    def another_story(row_start: int, event_start: int) -> bool:
        """A table of an earlier war, or one above a marked section the event is told in."""
        return any(a <= row_start < b for a, b in background) or (
            event_start > row_start and _marked_heading_between(text, row_start, event_start, structure))

    _apply_tables(events, table_rows(text, parsed.mentions, pack), clause_at, article.id, another_story)
    _apply_breakdowns(events, shares, clauses, clause_at, article.id)
    # (an evacuation the text denies, where nothing else is told: "Residents of Kulundu itself were not relocated")
    told_otherwise = {event.place.id for event in events if not _evacuation_only(event)}
    events = [event for event in events if event.place.id in told_otherwise or not _no_one_moved(event, pack)]
    events = _evacuations_join_their_place(events)
    news_text = cache(partial(_news_text, text, clauses, pack))  # (built once, when a step asks)
    _brawls_without_weapons(events, text, pack, topic_headings, news_text)
    events = _routine_detentions(events, clauses, text, pack)
    events = _detentions_told_without_force(events, text, pack)
    _fire_at_without_heavy_weapons(events, text, pack, news_text)
    _the_fire_that_downed_a_drone(events, text, pack, news_text)
    _tolls_near_the_days_fighting(events, pack)
    _retellings_of_the_fight(events, pack)
    _all_the_dead_are(events, clauses, text, pack)
    _the_headline_names_the_side(events, text, structure, pack)
    _losses_at_their_own_village(events)
    _each_government_counts_its_own(events)
    _a_newer_count_the_same_day(events, clauses, text, pack)
    _the_later_count_of_the_same_teller(events, clauses, text, pack)
    _drop_refuted_figures(events, prose, pack)
    for event in events:
        if event.event_types == ["ceasefire_agreement"]:
            event.figures = []  # an agreement counts no one: the tolls are the fighting's
    _the_protest_the_day_after_the_fire(events, clauses, clause_at, text, pack)
    _the_truce_after_the_fire(events, clauses, clause_at, text, partial(
        _event_dates, window_start=window_start, published=published, pack=pack), published, pack)
    _begun_when_the_fight_broke_out(events, clauses, windows, text, pack)
    if entries:
        _in_reporting_order(events, entries, clauses)
    return events


#: How many days before its window a fight may be told to have begun.
BEGUN_DAYS = 7


def _begun_when_the_fight_broke_out(events: list[MentionEvent], clauses: list[Clause],
                                    windows: dict[int, tuple[DateWindow | None, str]], text: str,
                                    pack: LanguagePack) -> None:
    """The day the article's one fight began, told with no place ("The latest conflict erupted Wednesday when ...",
    «Конфликт начался 28 апреля»), starts its window where no clause of its own dates it: "Sporadic skirmishes
    continued Friday" is its last day."""
    fights = [event for event in events if FIGHTING_TYPES.intersection(event.event_types) and event.window]
    if len(fights) != 1 or fights[0].window_from == "clause" \
            or any(event.event_types[:1] == ["ceasefire_agreement"] for event in events):
        # (a fight its own clause dates is that day's, and one after a truce is a new one: «Обострение на границе
        # началось в среду» is the cause of a truce broken on Saturday)
        return
    days = [window.start for k, clause in enumerate(clauses)
            if clause.scope == "news" and (told := windows.get(k, (None, "")))[1] == "clause"
            and (window := told[0]) is not None and window.precision == 1
            and pack.event_words.conflict_began.search(text, clause.start, clause.end)]
    event = fights[0]
    if days and 0 < (event.window[0] - min(days)).days <= BEGUN_DAYS:
        event.window = (min(days), event.window[1])


def _the_stretch_placed_at_its_end(events: list[MentionEvent], mentions: Sequence[Mention]) -> None:
    """A stretch coded to its first end goes to its other end when the article places the same day's
    fighting there: "came under fire ... on the road between the villages of Somoniyon and Gulkhona", then
    "the shooting happened ... about 800 meters from the first houses of Gulkhona" (one event, at Gulkhona,
    with the figures told of it)."""
    places = [m for m in mentions if m.kind != "country_reference"]
    other_end = {previous.start: mention.place.id for previous, mention in zip(places, places[1:])
                 if mention.place is not None and mention.role_reason == f"{STRETCH_END} {previous.text!r}"}
    if not other_end:
        return
    for event in list(events):
        end = other_end.get(event.source.start)
        if end is None or not ARMED_TYPES & set(event.event_types):
            continue
        there = next((e for e in events if e is not event and e.place.id == end and e.window == event.window
                      and e.source.start > event.source.start and ARMED_TYPES & set(e.event_types)), None)
        if there is None:
            continue
        # ... and so is the same day's toll told at the first end ("The driver, a 37-year-old resident of
        # Somoniyon, and his son were wounded")
        for same in [e for e in events if e.place.id == event.place.id and e.window == event.window
                     and e.source.start >= event.source.start
                     and set(e.event_types) <= ARMED_TYPES | {"casualty_report"}]:
            there.figures.extend(same.figures)
            events.remove(same)


def _cause_told_next(clause: Clause, clauses: Sequence[Clause], mentions: Sequence[Mention], text: str,
                     pack: LanguagePack) -> list[str]:
    """The fighting that caused a toll, told in the next sentence when it names no place of its own: «был ранен
    34-летний чабан, житель Чоркуха. | «Выстрел был произведен с кыргызской стороны»» (empty when it tells none).
    """
    following = [c for c in clauses if c.sentence_index == clause.sentence_index + 1 and c.scope == "news"]
    if not following or _names_a_place(mentions, clause.sentence_index + 1) \
            or pack.earlier_event_opening.match(text, following[0].start):
        return []
    told = " ".join(text[c.start:c.end] for c in following)
    if pack.old_ordnance.search(told) or pack.old_ordnance.search(text, clause.start, clause.end):
        return []  # "a detonation of an explosive object, presumably an 82-mm mortar mine": old ordnance, no fire
    armed = ARMED_TYPES.intersection(clause_types(told, pack))
    return [t for t in EVENT_TYPES if t in armed or t == "casualty_report"] if armed else []


def _names_place(mentions: Sequence[Mention], clause: Clause, place: Place) -> bool:
    """Whether the clause names ``place``."""
    return any(clause.start <= m.start < clause.end and m.place is not None and m.place.id == place.id
               for m in mentions)


def _names_a_place(mentions: Sequence[Mention], sentence_index: int) -> bool:
    """Whether the sentence names a place other than a country."""
    return any(m.sentence_index == sentence_index and m.kind != "country_reference"
               and not (m.place is not None and m.place.kind == "country") for m in mentions)


#: How far apart (characters) the withdrawn place and the right one of a correction may be named («не у Кулунду и
#: не сегодня утром, как сообщалось ранее, а накануне вечером, 3 июля, около 21:40 вблизи соседнего села Максат»).
CORRECTION_GAP_CHARS = 160


def _corrected_places(events: list[MentionEvent], mentions: Sequence[Mention], text: str,
                      pack: LanguagePack) -> None:
    """A correction that moves the event to another village moves the article's events there.

    «Уточнение: инцидент произошел на участке у села Кара-Шыбак, а не у села Кызыл-Эшме, как
    сообщалось ранее»: the first post's event at Kyzyl-Eshme, with its figures, is at Kara-Shybak.
    """
    named = [m for m in mentions if m.place is not None]
    moves: dict[int, Place] = {}
    for first, second in zip(named, named[1:]):
        if second.start - first.end > CORRECTION_GAP_CHARS or first.place.id == second.place.id:
            continue
        between = text[first.end:second.start]
        if "\n" in between:
            continue
        sentence_start = max(text.rfind(". ", 0, first.start), text.rfind("\n", 0, first.start)) + 1
        if _A_YEAR.search(text, sentence_start, second.start):
            continue  # "The fighting in 2022 did not reach Toguz-Bulak, but the villages of Maksat and Kulundu ... came
            # under fire": the past told, no correction
        if pack.corrected_place.fullmatch(between):
            moves[second.place.id] = first.place
        elif pack.corrected_place_reversed.fullmatch(between) \
                and pack.negated_before.search(text, max(0, first.start - 40), first.start):
            moves[first.place.id] = second.place
    for cue in pack.correction_before.finditer(text):
        # «В первой версии этой заметки ... говорилось, что перестрелка произошла у села Ак-Сай ... Это не так: ...
        # стрельба была у Кок-Таша»: the earlier version's village, then the right one, after a word that withdraws it
        said_end = text.find(".", cue.end())
        withdrawn = pack.event_words.withdrawn.search(text, said_end, said_end + WITHDRAWN_CHARS) if said_end > 0 else None
        if withdrawn is None:
            continue
        old = next((m for m in named if cue.end() <= m.start < said_end and not m.place.is_unit), None)
        new = next((m for m in named if withdrawn.end() <= m.start < withdrawn.end() + WITHDRAWN_CHARS
                    and not m.place.is_unit and old is not None and m.place.id != old.place.id), None)
        if old is not None and new is not None:
            moves[old.place.id] = new.place
    if not moves:
        return
    for event in events:
        if event.place.id in moves:
            event.place = moves[event.place.id]


#: How far (characters) after the earlier version's sentence its withdrawal, and then the right village, may stand.
WITHDRAWN_CHARS = 120


def _corrected_days(events: list[MentionEvent], clauses: list[Clause], text: str,
                    windows: dict[int, tuple[DateWindow | None, str]], pack: LanguagePack) -> None:
    """A correction that withdraws a day moves the fighting told on that day to the day it names.

    «инцидент произошел не у Кулунду и не сегодня утром, как сообщалось ранее, а накануне вечером, 3 июля»:
    the flash's "this morning" and the story told after the update are the evening of July 3 (not a
    protest the same article dates today in its own clause).
    """
    for index, clause in enumerate(clauses):
        clause_text = text[clause.start:clause.end]
        withdrawn = [d.window for d in clause.dates if _withdrawn_day(d, clause_text, pack)]
        if not withdrawn:
            continue
        named = [window for k, c in enumerate(clauses) if k != index and c.sentence_index == clause.sentence_index
                 and (window := windows.get(k, (None, ""))[0]) is not None and windows[k][1] == "clause"
                 and window.precision == 1]
        if not named:
            continue
        sentence_start = min(c.start for c in clauses if c.sentence_index == clause.sentence_index)
        sentence_end = max(c.end for c in clauses if c.sentence_index == clause.sentence_index)
        places = {e.place.id for e in events if sentence_start <= e.source.start < sentence_end}
        old, day = (withdrawn[0].start, withdrawn[0].end), (named[0].start, named[0].end)
        for event in events:
            if event.place.id in places and event.window == old and ARMED_TYPES & set(event.event_types) \
                    and (event.source.start < sentence_start or event.window_from != "clause"):
                event.window = day


def _reports_about_an_earlier_event(events: list[MentionEvent], placed: list[tuple[int, Mention, list[str]]],
                                    clauses: list[Clause], text: str, pack: LanguagePack) -> None:
    """A later report about an event told before keeps that event's day.

    A weekly digest's Thursday item «Погранслужба уточнила данные о драке у Кара-Шыбака: пострадали не
    двое, а трое» updates Monday's fight at Kara-Shybak; its own day (the item's) is when it was told.
    Only where an earlier event of the article is at the same place.
    """
    first_window: dict[int, tuple[tuple[dt.date, dt.date] | None, int, str]] = {}
    reports_first: list[MentionEvent] = []  # reports at a place before any other event there
    for event, (index, _, _) in zip(events, placed):
        # (a protest note over it too: «вручило ему ноту протеста в связи с обстрелом автомобиля в Ворухе», told first)
        report = pack.report_about.search(text, clauses[index].start, clauses[index].end) is not None \
            or pack.event_words.protest_note.search(text, clauses[index].start, clauses[index].end) is not None
        earlier = first_window.get(event.place.id)
        if earlier is None:
            if report:
                reports_first.append(event)
                continue
            first_window[event.place.id] = (event.window, event.time_precision, event.window_from)
            continue
        if earlier[0] is not None and event.window != earlier[0] and report:
            event.window, event.time_precision, event.window_from = earlier
    for event in reports_first:
        # «Правительственная комиссия ... в среду ознакомилась с последствиями обстрела окраины поселка Шуроб», then
        # the shelling told at its own day: the report (told first) keeps the event's day too
        later = first_window.get(event.place.id)
        if later is not None and later[0] is not None and event.window is not None and later[0][1] < event.window[0]:
            event.window, event.time_precision, event.window_from = later


#: A figure of one person told with an indefinite article ("A 46-year-old shepherd was wounded").
_ONE_PERSON_TOLD = re.compile(r"(?:an?|another)\s|"
                              # ... or by first and last name with an age: "Nurlan Sadykov, 34,"
                              r"(?-i:[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+),\s*\d{1,3},", re.I)
#: A person's age in a figure's words: "46-year-old", "aged 46", "Bakyt, 33,".
_PERSON_AGE = re.compile(r"\b\d{1,3}(?=-year-old\b)|(?<=\baged )\d{1,3}\b|(?<=, )\d{1,3}(?=,)")


def _people_told_one_by_one(events: list[MentionEvent]) -> None:
    """Sum people told one by one, each with an age of their own, before any count of them.

    "A 46-year-old shepherd was hit in the leg near Ak-Suu ... A 19-year-old herder received a shrapnel
    wound to the arm": two wounded, where no sentence before them gave a count (a count told first is
    the total they belong to). Only one article's figures at one place, each its own clause, each one
    person told with an indefinite article and an age, the ages all different (the same person told
    again, "a shepherd ... the 46-year-old", is one): the second and later are marked additive.
    """
    by_place: dict[int, list[Figure]] = {}
    for event in events:
        by_place.setdefault(event.place.id, []).extend(event.figures)
    more: set[int] = set()  # ids of the figures that add one more person
    for figures in by_place.values():
        for measure in ("injured", "fatalities"):
            told: list[Figure] = []
            for figure in sorted((f for f in figures if f.measure == measure), key=lambda f: f.order):
                if figure.value != 1 or figure.vague or figure.revision or figure.additive or figure.superseded \
                        or figure.together or figure.of_wounded \
                        or not _ONE_PERSON_TOLD.match(figure.text):
                    break  # a count (or a correction) first: the people told after it belong to it
                told.append(figure)
            ages = [age.group(0) if (age := _PERSON_AGE.search(f.text)) else None for f in told]
            if len(told) < 2 or None in ages or len(set(ages)) < len(ages) \
                    or len({f.order // 100 for f in told}) < len(told) or len({f.side for f in told}) > 1:
                continue  # (100 orders to a clause)
            more.update(id(f) for f in told[1:])
    if more:
        for event in events:
            event.figures = [replace(f, additive=True) if id(f) in more else f for f in event.figures]


def _ledes_sum_of_both_sides(events: list[MentionEvent], clauses: list[Clause], text: str) -> None:
    """Drop a lede's lower-bound toll from the first event when it is exactly the sum of the sides' own counts that two
    or more places of both countries hold: "leaving at least three people dead" given to Vorukh, then a Kyrgyz border
    guard and a farmer killed in three Kyrgyz villages and one Tajik border guard at Vorukh (2 + 1). (Not "Five people
    were injured" in a brawl whose other party's hurt are counted at their village: the scene's own count.)"""
    if len({event.place.country_code for event in events} & {"KG", "TJ"}) < 2:
        return
    # (the lede: up to the paragraph of the first event told)
    first = min(event.source.start for event in events)
    lede = next((c.paragraph_index for c in clauses if c.start <= first < c.end), -1)
    for measure in ("fatalities", "injured"):
        held: dict[int, int] = {}  # place id -> the most its sided counts of the measure give
        for event in events:
            values = [f.value for f in event.figures if f.measure == measure and f.side in ("KG", "TJ")
                      and f.value and not f.is_claim_about_other_side and not f.superseded]
            if values:
                held[event.place.id] = max(held.get(event.place.id, 0), max(values))
        if len(held) < 2:
            continue
        for event in events:
            event.figures = [f for f in event.figures if not (
                f.measure == measure and f.side is None and f.value and f.value == sum(held.values())
                and f.order // 100 < len(clauses) and clauses[f.order // 100].paragraph_index <= lede
                and _told_as_a_lower_bound(f, clauses[f.order // 100], text))]


def _told_as_a_lower_bound(figure: Figure, clause: Clause, text: str) -> bool:
    """Whether the clause tells ``figure`` as a lower bound ("at least three people dead", «не менее трех»)."""
    at = text.find(figure.text, clause.start, clause.end)
    return at >= 0 and LOWER_BOUND.search(text, max(clause.start, at - LOWER_BOUND_CHARS), at + len(figure.text)) \
        is not None


#: How far (characters) before a figure the words that make it a lower bound may stand.
LOWER_BOUND_CHARS = 16


def _together_counted_before(events: list[MentionEvent]) -> None:
    """Drop "Both ..." / «Обоих ...» where the event already counts them («ранены двое ... Обоих доставили»).

    A ``together`` figure stands for people told one by one; beside a count of the same number it
    only repeats it, and would hide that count's side from the rules that read it.
    """
    for event in events:
        counted = {(f.measure, f.value) for f in event.figures if not f.together}
        if any(f.together and (f.measure, f.value) in counted for f in event.figures):
            event.figures = [f for f in event.figures if not (f.together and (f.measure, f.value) in counted)]


_FIRE_TOLD_WITHIN = 3  # sentences after the toll's own
#: The types of an event the fire told after it may be the cause or the continuation of (:func:`_the_fire_that_hurt`).
_FIRE_MAY_FOLLOW = frozenset({"casualty_report", "border_incident_protest"})


def _the_fire_that_hurt(events: list[MentionEvent], placed: list[tuple[int, Mention, list[str]]],
                        clauses: list[Clause], types_of: Callable[[int], list[str]], text: str,
                        headings: Callable[[], list[int]], pack: LanguagePack) -> None:
    """Give a lone toll the fighting the next sentences tell with no place of their own.

    "A serviceman was wounded late on Wednesday at the Maksat frontier post. ... According to it,
    unknown persons opened fire with automatic weapons at the post from the direction of the Tajik
    village of X": the fire that wounded him is the event's type (X, where it came from, is context).
    Only for an article (or a digest's section, "## Monday: road worker wounded near Ak-Suu") whose
    events are all at one place and tell no fighting yet, and only fire told within a few sentences of
    the toll, in its section, before any other event's clause (a shell or a mine that went off is the
    toll's own cause, not fire: only an armed clash is taken).

    A brawl or a stoning takes the fire that followed it in the same way: "the Tajik border patrol began throwing
    stones at cars ... At this time, another border detachment of Tajikistan opened fire on the observation tower"
    is an armed clash.
    """
    if not any(set(event.event_types) <= _FIRE_MAY_FOLLOW for event in events):
        return  # (no lone toll or brawl: most articles)
    pairs = list(zip(events, placed))
    sections: dict[tuple[int, int], list[tuple[MentionEvent, tuple[int, Mention, list[str]]]]] = {}
    if len({event.place.id for event in events}) == 1:
        sections[(0, len(text))] = pairs
    else:
        if not headings():
            return
        for pair in pairs:
            sections.setdefault(_section_of(headings(), pair[0].source.start, len(text)), []).append(pair)
    event_clauses = {index for index, _, _ in placed}
    for (_, section_end), group in sections.items():
        if len({event.place.id for event, _ in group}) != 1 \
                or any(ARMED_TYPES.intersection(event.event_types) for event, _ in group):
            continue
        for event, (index, _, _) in group:
            if not set(event.event_types) <= _FIRE_MAY_FOLLOW:
                continue
            sentence = clauses[index].sentence_index
            for later in range(index + 1, len(clauses)):
                clause = clauses[later]
                if clause.sentence_index > sentence + _FIRE_TOLD_WITHIN or later in event_clauses \
                        or clause.start >= section_end:
                    break
                fighting = [kind for kind in types_of(later) if kind == "armed_clash"]
                if fighting and "border_incident_protest" in event.event_types \
                        and not pack.event_words.fire_opened.search(text, clause.start, clause.end):
                    continue  # (a brawl takes only shots fired at people: not a fight, an attack, "no clashes")
                if clause.scope == "news" and fighting:
                    event.event_types = _types_first(fighting, event.event_types)
                    break


def _the_fight_told_before(events: list[MentionEvent], placed: list[tuple[int, Mention, list[str]]],
                           clauses: list[Clause], types_of: Callable[[int], list[str]], text: str,
                           pack: LanguagePack) -> None:
    """A lone toll that says it results from the sentence before takes that sentence's fighting: "the Kyrgyz
    citizens threw stones at them. As a result, two residents of Surkh ... received bodily injuries" is a
    brawl at Surkh (only when the sentence before is in the same paragraph and is no event's own)."""
    event_clauses = {index for index, _, _ in placed}
    for event, (index, _, _) in zip(events, placed):
        if not set(event.event_types) <= {"casualty_report"} or index == 0 \
                or not pack.event_words.result_opening.match(text, clauses[index].start):
            continue
        before = clauses[index - 1]
        if before.sentence_index != clauses[index].sentence_index - 1 or before.scope != "news" \
                or before.paragraph_index != clauses[index].paragraph_index or index - 1 in event_clauses:
            continue
        fighting = [kind for kind in types_of(index - 1) if kind in FIGHTING_TYPES]
        if fighting:
            event.event_types = _types_first(fighting[:1], event.event_types)


#: What the next sentence may tell of a shooting: the heavy weapon that struck the place.
_HEAVIER_TYPES = ("shelling_artillery", "air_drone_strike")
#: How many sentences after a shooting's own (in its paragraph) may tell the heavy weapon used.
_WEAPON_TOLD_WITHIN = 4


def _the_fire_told_next(events: list[MentionEvent], placed: list[tuple[int, Mention, list[str]]],
                        clauses: list[Clause], mentions: Sequence[Mention],
                        types_of: Callable[[int], list[str]], text: str, pack: LanguagePack) -> None:
    """An event takes the heavier fire the next sentences tell without naming a place or another event.

    A shooting's event takes the heavy weapon of the next sentences of its paragraph: "Overnight into Wednesday, the
    shooting resumed, this time near Toguz-Bulak. At around 02:00 ..., a mortar shell hit a barn on the edge of the
    village" is shelling at Toguz-Bulak. A stone-throwing's event takes the fire at people (the pack's ``fire_opened``)
    of the next sentences, up to two paragraphs on: "the Tajik citizens began throwing stones at the Kyrgyz border
    guards. | One of the shepherds fired 2-3 shots towards the Kyrgyz border guard post" is an armed clash (not the
    warning shots fired into the air in answer, harmless fire; nor "no one fired", a video of shooting, a note that
    speaks of weapons)."""
    # (a speaker is no place of the sentence's event: "according to the Leilek district administration"; nor is
    # the country of a service: «По данным Пограничной службы ГКНБ Кыргызстана, ... применили минометы»)
    named = {m.sentence_index for m in mentions if m.place is not None and m.role_reason != SPEAKER
             and m.place.kind != "country"}
    event_sentences = {clauses[index].sentence_index for index, _, _ in placed}

    def told_next(index: int, paragraphs: int) -> Iterator[list[int]]:
        """The clauses of each sentence after clause ``index``'s, up to :data:`_WEAPON_TOLD_WITHIN` and ``paragraphs``
        paragraphs on, while none names a place or another event."""
        clause, k = clauses[index], index + 1
        for sentence in range(clause.sentence_index + 1, clause.sentence_index + 1 + _WEAPON_TOLD_WITHIN):
            while k < len(clauses) and clauses[k].sentence_index < sentence:
                k += 1
            following = []
            while k < len(clauses) and clauses[k].sentence_index == sentence:
                following.append(k)
                k += 1
            if not following or clauses[following[0]].paragraph_index > clause.paragraph_index + paragraphs \
                    or sentence in named or sentence in event_sentences:
                return
            yield following

    for event, (index, _, _) in zip(events, placed):
        if event.event_types[:1] == ["armed_clash"]:
            # (... or a later sentence of the paragraph: "Shooting ... took place on Friday at about noon in
            # Bulak-Bashy area ... Border detachments of the two countries exchanged fire, during which the Tajik
            # side used mortars")
            for following in told_next(index, 0):
                heavy = next((kind for k in following if clauses[k].scope == "news"
                              for kind in types_of(k) if kind in _HEAVIER_TYPES
                              and pack.event_words.heavy_impact.search(text, clauses[k].start, clauses[k].end)), None)
                if heavy is not None:
                    event.event_types[:] = _types_first([heavy], event.event_types)
                    break
        elif event.event_types[:1] == ["border_incident_protest"] and not ARMED_TYPES & set(event.event_types):
            for following in told_next(index, 2):
                if any(clauses[k].scope == "news" and "armed_clash" in types_of(k)
                       and pack.event_words.fire_opened.search(text, clauses[k].start, clauses[k].end)
                       and not pack.harmless_fire.search(text, clauses[k].start, clauses[k].end) for k in following):
                    event.event_types[:] = _types_first(["armed_clash"], event.event_types)
                    break


def _types_first(first: list[str], types: list[str]) -> list[str]:
    """``first`` (a cause found for the event: the fighting told nearby), then the event's other types."""
    return [*first, *(kind for kind in types if kind not in first)]


def _retyped(types: list[str], old: str, new: str) -> list[str]:
    """The event's types with ``old`` read as ``new`` (each type once, in their order)."""
    return list(dict.fromkeys(new if kind == old else kind for kind in types))


#: How far (km) from the day's fighting a side's toll at a village still counts that fighting's hurt.
TOLL_OF_THE_FIGHTING_KM = 15.0


def _tolls_of_the_days_fighting(events: list[MentionEvent], placed: list[tuple[int, Mention, list[str]]],
                                clauses: list[Clause], text: str, pack: LanguagePack,
                                headings: Callable[[], list[int]]) -> None:
    """A side's toll at a village, beside the fighting the article tells that day nearby, is that fighting.

    "Kyrgyzstan said a resident of Kara-Bak was killed in the shootout ... Tajikistan's border troops said one
    of their servicemen had been killed near the village of Lakkon": the other government's count at its own
    village, three kilometres away, is of the same exchange of fire, so that village's event takes the
    fighting's type. Only a bare toll (no type but ``casualty_report``) dated within a day of fighting in the
    same section within :data:`TOLL_OF_THE_FIGHTING_KM`, at a place with no other event, and not a munition
    that went off.
    """
    tolls = [(event, index) for event, (index, _, _) in zip(events, placed)
             if set(event.event_types) <= {"casualty_report"} and event.window is not None]
    if not tolls:
        return
    fights = [event for event in events if FIGHTING_TYPES.intersection(event.event_types) and event.window is not None]
    if not fights:
        return
    for toll, index in tolls:
        if pack.old_ordnance.search(text, clauses[index].start, clauses[index].end) or any(
                other is not toll and other.place.id == toll.place.id for other in events):
            continue  # (a place with events of its own: the toll may be theirs, told on another day)
        section = _section_of(headings(), toll.source.start, len(text))
        near = [(_km(toll.place, fight.place), n, fight)
                for n, fight in enumerate(fights)
                if abs((fight.window[0] - toll.window[0]).days) <= 1 and fight.place.id != toll.place.id
                and _section_of(headings(), fight.source.start, len(text)) == section]
        near = [item for item in near if item[0] <= TOLL_OF_THE_FIGHTING_KM]
        if near:
            fight = min(near, key=lambda item: item[:2])[2]
            fighting = [kind for kind in fight.event_types if kind in FIGHTING_TYPES]
            toll.event_types = _types_first(fighting, toll.event_types)


_ATTACK_TOLD_WITHIN = 5  # sentences before the first toll's own (a lede, then the figures by village)


def _the_attack_told_before(events: list[MentionEvent], placed: list[tuple[int, Mention, list[str]]],
                            clauses: list[Clause], types_of: Callable[[int], list[str]],
                            structure: ArticleStructure | None, text: str, pack: LanguagePack) -> None:
    """Give villages' tolls the attack told just before them with no event place of its own.

    "Three residents of Isfara received bodily injuries when the Kyrgyz side fired mortars at two
    border jamoats of the city ... Surkh: 11 houses damaged; two residents received shrapnel
    wounds": the town that spoke is no scene, so the attack's clause keeps no event, and the
    villages' counts are that shelling's. Only where every event of the article is a bare
    casualty report (or an evacuation), and only fighting told in the news, not in a headline, within
    a few sentences before the first of them and after any heading (the nearest such clause gives
    its fighting types). Not for old ordnance that went off ("an unexploded mortar round they had
    found"): its toll has its own cause.
    """
    tolls = [event for event in events if set(event.event_types) <= {"casualty_report"}]
    if not tolls or not all(set(event.event_types) <= {"casualty_report", "evacuation_displacement"}
                            for event in events):
        return
    event_clauses = {index for index, _, _ in placed}
    if any(pack.old_ordnance.search(text, clauses[index].start, clauses[index].end) for index in event_clauses):
        return
    first = min(event_clauses)
    sentence = clauses[first].sentence_index
    for earlier in range(first - 1, -1, -1):
        clause = clauses[earlier]
        if clause.sentence_index < sentence - _ATTACK_TOLD_WITHIN \
                or _heading_line(text, clause.start, structure) is not None:
            return
        if structure is not None and structure.in_headline(clause.start):
            continue
        fighting = [kind for kind in types_of(earlier) if kind in FIGHTING_TYPES]
        if clause.scope == "news" and fighting:
            for event in tolls:
                event.event_types = _types_first(fighting, event.event_types)
            return


def _the_later_count_of_the_same_teller(events: list[MentionEvent], clauses: list[Clause], text: str,
                                        pack: LanguagePack) -> None:
    """Of one teller's counts of the same people told on different days, the latest stands.

    "Three residents of Khistevarz are being treated ..., the Sughd regional health department said on
    Thursday. ... On Wednesday evening the same department told reporters that two residents of Khistevarz
    had been hospitalized": Wednesday's two is the earlier toll, revised without a revising word (devset
    README: a revised toll supersedes; only different governments' tolls take the lowest). Counts of one
    place are compared across its mentions' events (merged later into one incident). The teller is
    the figure's claimant, else the side or home country it counts, and a later sentence must name the
    same body again (:func:`_the_same_body_again`); a count with no day it was told, an addition ("two
    more"), a death of the wounded and a claim about the other side's losses are left as they are.
    """
    told_in_sentence = _told_days(clauses, text, pack)

    def told_on(figure: Figure) -> dt.date | None:
        index = figure.order // 100
        if not 0 <= index < len(clauses) or figure.text not in text[clauses[index].start:clauses[index].end]:
            return None  # (a table's or a breakdown's figure: no clause of its own)
        return told_in_sentence(clauses[index].sentence_index)

    # (one place's events: the counts of its several mentions, merged later, are one count)
    counts: dict[tuple[int, str, str], list[tuple[dt.date, MentionEvent, int]]] = {}
    for event in events:
        for k, figure in enumerate(event.figures):
            teller = figure.claimant or figure.side or figure.home
            # (a death of the wounded adds to the dead told before: "one of the wounded ... had died")
            if figure.superseded or figure.additive or figure.vague or figure.is_claim_about_other_side \
                    or figure.both_sides or figure.of_wounded or teller is None:
                continue
            if (day := told_on(figure)) is not None:
                counts.setdefault((event.place.id, figure.measure, teller), []).append((day, event, k))
    for told_days in counts.values():
        latest = max(day for day, _, _ in told_days)
        if latest == min(day for day, _, _ in told_days) or not _the_same_body_again(told_days, clauses, text, pack):
            continue  # (two bodies of one government, each its own count: the lowest stands)
        # (the earlier count named its people's side: the latest counts the same people)
        earlier_sides = {event.figures[k].side for day, event, k in told_days if day < latest}
        for day, event, k in told_days:
            # the latest is the body's revised toll; what it told before is an earlier report
            figure = event.figures[k]
            if day < latest:
                event.figures[k] = replace(figure, superseded=True)
            else:
                event.figures[k] = replace(figure, revision=True, side=figure.side or (
                    next(iter(earlier_sides)) if len(earlier_sides) == 1 else None))


def _a_newer_count_the_same_day(events: list[MentionEvent], clauses: list[Clause], text: str,
                                pack: LanguagePack) -> None:
    """A body's count told again later the same day, naming no teller, is its newer count.

    «В среду утром в управлении здравоохранения ... сообщили, что ... обратились пять жителей Овчи-Калачи.
    Днем в ведомстве сказали, что раненых четверо»: the afternoon's four revise the morning's five (the
    latest figure from the same source is the toll, even when lower), and count the same people. The
    later sentence must open on a later hour (``later_that_day``) and name the same body again
    (``same_body``); the earlier count is the latest one of its place and measure told before it.
    """
    figures = sorted(((figure.order, event, k) for event in events for k, figure in enumerate(event.figures)),
                     key=lambda item: item[0])
    sentences: dict[int, tuple[int, int]] = {}  # sentence index -> (start, end), read once when asked for
    for position, (order, event, k) in enumerate(figures):
        figure = event.figures[k]
        index = order // 100
        if figure.claimant or figure.side or figure.home or figure.additive or figure.vague or figure.revision \
                or figure.superseded or figure.of_wounded or not 0 < index < len(clauses) \
                or figure.text not in text[clauses[index].start:clauses[index].end]:
            continue
        if not sentences:
            for c in clauses:
                start, end = sentences.get(c.sentence_index, (c.start, c.end))
                sentences[c.sentence_index] = (min(start, c.start), max(end, c.end))
        start, end = sentences[clauses[index].sentence_index]
        if not pack.event_words.later_that_day.match(text, start) \
                or not pack.event_words.same_body.search(text, start, end):
            continue
        earlier = next(((e, j) for o, e, j in reversed(figures[:position])
                        if e.place.id == event.place.id and e.figures[j].measure == figure.measure
                        and o // 100 < index and clauses[o // 100].sentence_index < clauses[index].sentence_index
                        and not e.figures[j].superseded and not e.figures[j].is_claim_about_other_side), None)
        if earlier is None or not earlier[0].figures[earlier[1]].side:
            continue
        before = earlier[0].figures[earlier[1]]
        earlier[0].figures[earlier[1]] = replace(before, superseded=True)
        event.figures[k] = replace(event.figures[k], revision=True, side=before.side)


def _the_same_body_again(told_days: list[tuple[dt.date, MentionEvent, int]], clauses: list[Clause], text: str,
                         pack: LanguagePack) -> bool:
    """A count told after the first names its speaker as the first's ("the same department", "it said",
    «в ведомстве сказали»): one body's counts, not two bodies' of one government (the border troops'
    five wounded and the health department's six, devset batch 51, take the lowest)."""
    sentences = sorted({clauses[event.figures[k].order // 100].sentence_index for _, event, k in told_days})
    return any(pack.event_words.same_body.search(text, c.start, c.end)
               for c in clauses if c.sentence_index in sentences[1:])


def _each_government_counts_its_own(events: list[MentionEvent]) -> None:
    """Beside the other side's own figure, a count of a village's residents is its country's.

    «пострадали четверо жителей Кок-Таша» (the Kyrgyz police) and «пострадали трое жителей
    Ходжаи Аъло» (the Tajik town hall): one fight, each government counting its own people, so
    the two are summed (devset README, the two-villages convention). The count takes its
    village's side only when the event has a figure of the same measure for the other side and
    no neutral total ("Five people were injured" then breaks them down, unless the two countries'
    counts sum to it); alone, it stays a total. A government's own count with no side that repeats
    its villagers' count («Кыргызская сторона сообщает о двух пострадавших») takes their side.
    """
    at_place = _figures_at_place(events)
    for event in events:
        for k, figure in enumerate(event.figures):
            if figure.side is not None or figure.home is None or figure.both_sides or figure.additive:
                continue
            same = [other for other in at_place[event.place.id] if other.measure == figure.measure
                    and other is not figure]
            # (not «Кыргызская сторона сообщает о двух пострадавших» beside «двое жителей Самаркандыка»: a
            # government's count of its own villagers, told twice)
            # (and no part of a count: "One of them, a 19-year-old student, was admitted", below the count)
            neutral = {other.value for other in same if other.side is None and other.home is None
                       and other.value and other.value >= figure.value
                       and not any(o.home == other.claimant and o.value == other.value
                                   for o in (figure, *same) if o.home)}
            breaks_down = bool(neutral) and _breaks_down(figure, same, neutral)
            if neutral and not breaks_down:
                continue  # "Five people were injured": a neutral total the counts break down
            if breaks_down or any((other.side or other.home) not in (None, figure.home)
                                  and not other.is_claim_about_other_side for other in same):
                event.figures[k] = replace(figure, side=figure.home)
    at_place = _figures_at_place(events)
    for event in events:
        for k, figure in enumerate(event.figures):
            # the government's own count told twice takes its villagers' side too
            if figure.side is None and figure.home is None and figure.claimant and figure.value and any(
                    other.measure == figure.measure and other.side == figure.claimant == other.home
                    and other.value == figure.value for other in at_place[event.place.id]):
                event.figures[k] = replace(figure, side=figure.claimant)


def _a_vague_week_told_by_its_day(events: list[MentionEvent], windows: dict[int, tuple[DateWindow | None, str]],
                                 clauses: list[Clause], types_of: Callable[[int], list[str]]) -> None:
    """An event dated only by a span ("last week") takes the one day the article tells its fighting on.

    "A resident of Ghulakandoz who was wounded in a shooting ... last week has died", then "on the
    evening of October 2, ... shots were fired at residents of Ghulakandoz": the shooting was on October
    2. Only when the article's news clauses that tell fighting give exactly one day inside the span.
    """
    days = {window.start for index, (window, origin) in windows.items()
            if origin == "clause" and window is not None and window.precision == 1
            and window.start == window.end and clauses[index].scope == "news"
            and FIGHTING_TYPES.intersection(types_of(index))}
    for event in events:
        if event.window is None or event.time_precision < 2 or event.window_from != "clause":
            continue
        inside = {day for day in days if event.window[0] <= day <= event.window[1]}
        if len(inside) == 1:
            day = inside.pop()
            event.window, event.time_precision = (day, day), 1


def _another_at_a_second_place(events: list[MentionEvent], first_in_clause: dict[int, int], clauses: list[Clause],
                               text: str, pack: LanguagePack) -> None:
    """One more person hurt at the clause's second place is that place's, not the first's.

    «Два человека ранены в результате обстрела села Кок-Таш, еще один пограничник получил ранение у
    Ак-Татыра»: the clause's figures go to its first event (Kök-Tash); an additive figure followed by
    the other event's place name leaves it for that event.
    """
    ordered = sorted(first_in_clause.items(), key=lambda item: item[1])
    for (index, first), end in zip(ordered, [start for _, start in ordered[1:]] + [len(events)]):
        owner, others = events[first], events[first + 1:end]
        if not others:
            continue
        for figure in [f for f in owner.figures if f.additive and f.value]:
            at = text.find(figure.text, clauses[index].start, clauses[index].end)
            if at < 0:
                continue
            after = at + len(figure.text)
            target = next((e for e in others if e.place.id != owner.place.id and after <= e.source.start
                           and pack.event_words.at_the_place_after.fullmatch(text, after, e.source.start)), None)
            if target is not None:
                owner.figures.remove(figure)
                target.figures.append(replace(figure, additive=False))


def _the_truce_after_the_fire(events: list[MentionEvent], clauses: list[Clause], clause_at: Callable[[int], int],
                              text: str, dates_of: Callable[[Clause, str], list[DateMention]],
                              published: dt.date | None, pack: LanguagePack) -> None:
    """A ceasefire agreed after the fire at the place the fire was: two events, as ACLED codes them.

    "The border services agreed on Monday on a complete ceasefire near the village of Khistevarz, after an
    exchange of fire there on Sunday evening": the fire is the event the clause placed, the agreement a
    second one at the same place, dated by the clause's date outside the phrase that tells the fire (else
    the day of publication: a wire's lede tells the day's agreement). It takes no figures of the fighting.
    """
    for event in list(events):
        if event.precision > 2 or not set(event.event_types) & ARMED_TYPES:
            continue
        clause = clauses[clause_at(event.source.start)]
        clause_text = text[clause.start:clause.end]
        truce = pack.truce_after_fire.search(clause_text)
        if truce is None or any(other.place.id == event.place.id and "ceasefire_agreement" in other.event_types
                                for other in events):
            continue
        after_start, after_end = truce.span("after")
        own = _nearest([d for d in dates_of(clause, clause_text) if not after_start <= d.start < after_end],
                       clause_text, pack)
        if own is not None:
            window, precision, origin = (own.start, own.end), own.precision, "clause"
        elif published is not None:
            window, precision, origin = (published, published), 1, "publication"
        else:
            continue
        if any("ceasefire_agreement" in other.event_types and other.window is not None
               and abs((other.window[0] - window[0]).days) <= 1 for other in events):
            # «договорились о прекращении огня после перестрелки ... у села Максат», then «В ходе встречи ... на
            # пункте пропуска "Кулунду", стороны договорились о прекращении огня»: the truce has its own place
            continue
        events.append(replace(event, event_types=["ceasefire_agreement"], figures=[], window=window,
                              time_precision=precision, window_from=origin, sub_event_hints=[]))


def _the_protest_the_day_after_the_fire(events: list[MentionEvent], clauses: list[Clause],
                                        clause_at: Callable[[int], int], text: str, pack: LanguagePack) -> None:
    """A protest the day after the fire at its place, told in one clause: two events, a day apart.

    "Residents of Arka blocked the highway on Saturday, the day after Arka came under fire": the clause's
    date is the protest's; the fire (with the figures, which count its harm) was the day before.
    """
    for position, event in enumerate(list(events)):
        types = set(event.event_types)
        if event.window is None or event.window_from != "clause" or event.window[0] != event.window[1] \
                or "border_incident_protest" not in types or not types & ARMED_TYPES:
            continue
        clause = clauses[clause_at(event.source.start)]
        if pack.protest_after_fire.search(text, clause.start, clause.end) is None:
            continue
        day_before = event.window[0] - dt.timedelta(days=1)
        events[position] = replace(event, event_types=[t for t in event.event_types if t != "border_incident_protest"],
                                   window=(day_before, day_before))
        events.append(replace(event, event_types=["border_incident_protest"], figures=[], sub_event_hints=[]))


def _only_zeros(clause_text: str, pack: LanguagePack) -> bool:
    """The clause's figures are all explicit zeros ("reported no casualties", «пострадавших нет»)."""
    figures = pack.read_figures(clause_text)
    return bool(figures) and all(f.value == 0 for f in figures)


def _non_event_phrases(clause_text: str, pack: LanguagePack) -> tuple[list[tuple[int, int]], str]:
    """The clause's ``not_event`` phrases (offsets in the clause) and the clause lower-cased with them blanked."""
    spans, blanked = _non_event_scan(clause_text, pack.folded.not_event)
    return list(spans), blanked


def _inside_a_non_event(mention: Mention, clause: Clause, phrases: tuple[list[tuple[int, int]], str],
                        pack: LanguagePack) -> bool:
    """Whether the name lies inside one of its clause's ``not_event`` phrases (:func:`_non_event_phrases`),
    with no violence told after that phrase.

    Violence after it may act on the same people at the same place: "detained two Tajik shepherds
    near Sary-Tash for crossing the border and beat them".
    """
    spans, blanked = phrases
    start, end = mention.start - clause.start, mention.end - clause.start
    for a, b in spans:
        if a <= start and end <= b:
            return pack.folded.violence.search(blanked, b) is None
    return False


def _figures_at_place(events: list[MentionEvent]) -> dict[int, list[Figure]]:
    """The figures of the article's events by place id: its events at one place become one incident."""
    at_place: dict[int, list[Figure]] = {}
    for event in events:
        at_place.setdefault(event.place.id, []).extend(event.figures)
    return at_place


def _breaks_down(figure: Figure, same: list[Figure], totals: set[int]) -> bool:
    """Counts of both countries' villagers, ``figure`` among them, that sum to a neutral total.

    "Five people were injured", then "Three Samarkandyk residents ... were injured" and "two
    residents of Surkh ... had been hurt": each government's own people, which the total sums.
    """
    counts = [figure, *(other for other in same if other.side is None and other.home is not None
                        and not other.both_sides and not other.additive)]
    if len({other.home for other in counts}) > 1 and sum(other.value or 0 for other in counts) in totals:
        return True
    # ... or "Three residents of Kok-Tash were injured" beside "two Tajik citizens were injured": the
    # other side's own count named by its side, one count a side
    sided = [other for other in same if other.side not in (None, figure.home) and not other.both_sides
             and not other.additive and not other.superseded and not other.is_claim_about_other_side]
    return len(sided) == len({other.side for other in sided}) == 1 \
        and (figure.value or 0) + (sided[0].value or 0) in totals


def _losses_at_their_own_village(events: list[MentionEvent]) -> None:
    """A side's losses told before any place stay with that side's own village, when the article has one.

    "A Tajik farmer was killed and a Kyrgyz border guard was wounded in an exchange of fire", then
    the Kyrgyz account at Ak-Suu and the Tajik one at Muchun ("A 47-year-old resident of Muchun was
    killed"): the Tajik dead is Muchun's, told again, not a Tajik death at Ak-Suu. A figure of side X
    leaves an event at a village of the other country when an event of the article at a village of
    X, on an overlapping day, gives the same measure for X at least as high (a digest's Tajik
    driver hurt at a Kyrgyz village on Wednesday is not Monday's Tajik hurt at a Tajik village).
    """
    own: dict[tuple[str, str], list[tuple[int, tuple[dt.date, dt.date] | None]]] = {}
    for event in events:
        country = event.place.country_code
        for f in event.figures:
            if f.side == country and f.value and f.claimant in (None, country):
                own.setdefault((country, f.measure), []).append((f.value, event.window))
    if not own:
        return

    def told_at_home(figure: Figure, window: tuple[dt.date, dt.date] | None) -> bool:
        return any(value >= figure.value and (
            window is None or at is None or (at[0] <= window[1] and window[0] <= at[1]))
            for value, at in own.get((figure.side, figure.measure), ()))

    for event in events:
        country = event.place.country_code
        if country not in ("KG", "TJ"):
            continue
        # (not a count that names its people's village: «в драке пострадал один житель Кара-Бака», the Kyrgyz
        # village beside the brawl at Lakkon, while the article's Kyrgyz event is at Kyzyl-Bel)
        event.figures[:] = [f for f in event.figures
                            if not (f.side not in (None, country) and f.value and f.claimant in (None, f.side)
                                    and f.home is None and told_at_home(f, event.window))]


def _drop_refuted_figures(events: list[MentionEvent], text: str, pack: LanguagePack) -> None:
    """Figures the article calls untrue leave every event.

    «"... ранены двое местных жителей", — говорится в публикации канала» then «Пострадавших нет.
    Информация о двух раненых не соответствует действительности»: no one was wounded.
    """
    if pack.folded.refuted_tail.search(lower_keep_length(text)) is None:
        return  # (a cheap test: no refutation's own words)
    refuted: set[tuple[str, int]] = set()
    for match in pack.refuted.finditer(text):
        told = next((g for g in match.groupdict().values() if g), "")
        read = {(f.measure, f.value) for f in pack.read_figures(told) if f.value}
        # «Информация о гибели военнослужащего не соответствует действительности»: one death, named without a count
        refuted |= read or ({("fatalities", 1)} if pack.event_words.one_death.search(told) else set())
    if not refuted:
        return
    for event in events:
        event.figures[:] = [f for f in event.figures if (f.measure, f.value) not in refuted]


#: The role reason of the story's village standing in for an event sentence that names no place.
STORY_PLACE = "the story's village: its event sentence names no place"


#: What a sentence naming no place must report for the story's village to stand in: fighting or harm.
_STORY_EVENT_TYPES = ARMED_TYPES | {"casualty_report"}


def _dated_here(clause: Clause, *, text: str, window_start: dt.date | None, published: dt.date | None,
                pack: LanguagePack) -> bool:
    """The clause names the date of what it reports."""
    clause_text = text[clause.start:clause.end]
    return _nearest(_event_dates(clause, clause_text, window_start, published, pack), clause_text, pack) is not None


def _story_village(parsed: ParsedArticle, text: str, structure: ArticleStructure | None,
                   pack: LanguagePack) -> Mention | None:
    """The one border-gazetteer village the headline names, if exactly one; a headline that names
    none (or no headline) gives way to the first two paragraphs of the body."""
    spans = [structure.headline] if structure is not None and structure.headline is not None else []
    start = structure.body_start if structure is not None else 0
    for _ in range(2):
        while text.startswith("\n", start):
            start += 1
        end = text.find("\n\n", start + 1)
        end = len(text) if end < 0 else end
        spans.append((start, end))
        start = end
    for start, end in spans:
        named = [m for m in parsed.mentions if start <= m.start < end and m.place is not None
                 and m.place.kind == "curated" and not m.place.is_unit and m.place.country_code in ("KG", "TJ")
                 # a speaker's seat, a destination or an origin is no story's village; nor is a caption's
                 and (m.role == "incident" or m.role_reason in (NO_VIOLENCE, DIPLOMACY_NO_VIOLENCE)
                      or m.role_reason.startswith(("background", "headline", "no event")))
                 and not m.role_reason.endswith(("a photo caption", "links to other stories"))]
        named = [m for i, m in enumerate(named) if not (i and pack.event_words.parent_place.match(text, named[i - 1].end, m.start))]
        if named:
            return named[0] if len({m.place.id for m in named}) == 1 else None
    return None


def _home_districts_give_way(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause], text: str,
                             pack: LanguagePack, story_village: Callable[[], Mention | None],
                             ) -> tuple[list[tuple[int, Mention, list[str]]], frozenset[int]]:
    """Districts named only as the homes of the people hurt give way to the story's village.

    «пограничники задержали четырех граждан Таджикистана ... в районе села Беш-Кент ... Один из нарушителей,
    29-летний житель Гафуровского района, ... получил огнестрельное ранение»: the wounded man's home district
    is no scene; the village the story opens with is. Returns the events kept and the sentences of those
    given way (their harm is the story's).
    """
    if not placed or not all(m.place is not None and m.place.is_unit
                             and pack.roles.residents_before.search(text, max(0, m.start - 80), m.start)
                             for _, m, _ in placed) or story_village() is None:
        return placed, frozenset()
    for _, mention, _ in placed:
        _demote(mention, "a district named as its people's home; the story's village is the scene")
    return [], frozenset(clauses[index].sentence_index for index, _, _ in placed)


#: The role reason of a village the sentence after a home district's event places its people at
#: (:func:`_villages_next_of_home_districts`).
VILLAGE_OF_THE_HOME_DISTRICT = "the village of the people's home district where the next sentence places them"
#: How far (characters) before a district its people may be named («задержали двух |жителей| Исфаринского района»).
HOME_DISTRICT_CHARS = 80


def _villages_next_of_home_districts(placed: list[tuple[int, Mention, list[str]]], mentions: Sequence[Mention],
                                     clauses: list[Clause], text: str, pack: LanguagePack,
                                     ) -> list[tuple[int, Mention, list[str]]]:
    """A district named only as its people's home gives its event to the village of that district where the next
    sentence of the paragraph places them, naming no event of its own: «кыргызские пограничники задержали двух
    жителей Исфаринского района. ... они искали скот возле села Ходжа Ало» is a detention near Khoja-Alo."""
    out = []
    for index, mention, types in placed:
        place, clause = mention.place, clauses[index]
        village = None
        if place is not None and place.is_unit and place.feature_code == "ADM2" \
                and pack.roles.residents_before.search(text, max(0, mention.start - HOME_DISTRICT_CHARS),
                                                        mention.start) is not None:
            next_paragraph = next((c.paragraph_index for c in clauses[index:]
                                   if c.sentence_index == clause.sentence_index + 1), None)
            following = [m for m in mentions if m.sentence_index == clause.sentence_index + 1 and m.place is not None
                         and m.place.kind != "country"] if next_paragraph == clause.paragraph_index else []
            if len(following) == 1 and following[0].place.kind == "curated" and not following[0].place.is_unit \
                    and following[0].place.admin2 == place.name and following[0].role_reason == NO_VIOLENCE \
                    and pack.roles.near_before.search(text, max(0, following[0].start - 40), following[0].start):
                village = following[0]
        if village is None:
            out.append((index, mention, types))
            continue
        _demote(mention, "a district named as its people's home; the next sentence names their village")
        out.append((index, replace(village, start=clause.start, end=clause.end, excerpt=mention.excerpt,
                                   excerpt_start=mention.excerpt_start, sentence_index=mention.sentence_index,
                                   role="incident", role_reason=VILLAGE_OF_THE_HOME_DISTRICT, precision=2), types))
    return out


def _story_place_event(village: Mention | None, parsed: ParsedArticle, clauses: list[Clause], text: str,
                       structure: ArticleStructure | None, types_of: Callable[[int], list[str]],
                       dated: Callable[[Clause], bool], pack: LanguagePack,
                       home_sentences: frozenset[int] = frozenset()) -> list[tuple[int, Mention, list[str]]]:
    """The article's one village as the scene of its one event sentence that names no place.

    A feature about a village tells its news without naming it again: "Максат: село, которое
    делят заново" ... «3 октября около 17:00 15-летний Бекзат, пасший коров у южной окраины
    села, получил пулевое ранение». Only where the article has no other event, its headline
    (or, without one, its first paragraph) names exactly one Kyrgyz or Tajik settlement, and a
    dated news clause reports fighting, casualties or a brawl in a sentence that names no place at all.
    The village (:func:`_story_village`) must be a row of the border gazetteer (a curated place).
    """
    if village is None:
        return []
    brawl = pack.sub_event_cues["Violent demonstration"]

    def _harm_reported(index: int, clause: Clause) -> bool:
        # fighting or casualties, or a brawl ("a quarrel over a parking spot turned into a fistfight"); the event
        # a home district was given way for is the story's whatever its type ("A shepherd from Chong-Alay district
        # ... was beaten and a flock ... was driven across the border")
        types = set(types_of(index))
        if types and clause.sentence_index in home_sentences:
            return True
        return bool(_STORY_EVENT_TYPES & types) or (
            "border_incident_protest" in types and brawl.search(text, clause.start, clause.end) is not None)

    # a sentence naming only the post that fired or where the wounded were taken still has no scene
    # (nor a country: "Tajikistan's Border Troops say that on the night of August 21-22 mortar rounds ... hit the
    # edge of the village")
    sentences_with_places = {m.sentence_index for m in parsed.mentions if (m.place is not None or m.kind == "cue")
                             and m.role_reason not in (FIRING_POST, DESTINATION) and m.kind != "country_reference"
                             and not (m.place is not None and m.place.kind == "country")} - home_sentences
    spans = parsed.sentences.spans if parsed.sentences is not None else []
    # a statement dates its story once ("On 14 March ... entered Lakkon"), then names the post that fired
    # ("At 17:20, servicemen of the post "Kara-Bak" opened fire"): that sentence takes the story's date
    firing_post_sentences = {m.sentence_index for m in parsed.mentions if m.role_reason == FIRING_POST}
    # a dated sentence that names the village, with no harm ("the two men, residents of the village of Gulkhona ...,
    # were grazing ... at around 11:00 a.m. on March 12, when a group of six Kyrgyz servicemen approached them"): the
    # sentence right after it goes on with their story ("The servicemen "used physical force ..."); not one that tells
    # a rumour («в телеграм-каналах появилось сообщение о том, что «у Сурха идет перестрелка»»)
    village_sentences = {m.sentence_index for m in parsed.mentions if m.place is not None
                         and m.place.id == village.place.id}
    dated_village_sentence, dated_village_clause = -2, -1
    dated_before = False
    for index, clause in enumerate(clauses):
        if clause.scope != "news" or (structure is not None and structure.in_headline(clause.start)):
            continue
        if clause.sentence_index in village_sentences and dated(clause) and not types_of(index) \
                and not pack.folded.not_event.search(lower_keep_length(text[clause.start:clause.end])):
            dated_village_sentence, dated_village_clause = clause.sentence_index, index
        if clause.sentence_index in sentences_with_places or not _harm_reported(index, clause):
            # only a statement that names the post that fired (or a home district given way) needs to know an
            # earlier clause was dated
            dated_before = dated_before or bool(firing_post_sentences or home_sentences) and dated(clause)
            continue
        here = dated(clause)
        # (the sentence of a home district given way goes on from the story told dated before it)
        if not (here or dated_before and clause.sentence_index in firing_post_sentences | home_sentences
                or clause.sentence_index == dated_village_sentence + 1):
            dated_before = dated_before or here
            continue
        types = types_of(index)
        if not here and clause.sentence_index == dated_village_sentence + 1:
            index, clause = dated_village_clause, clauses[dated_village_clause]  # (dated by the village's sentence)
        start, end = spans[clause.sentence_index] if clause.sentence_index < len(spans) else (clause.start, clause.end)
        stand_in = replace(village, start=clause.start, end=clause.end, excerpt=text[start:end].strip(),
                           excerpt_start=_next_word(text, start, end),
                           sentence_index=clause.sentence_index, role="incident", role_reason=STORY_PLACE,
                           precision=2)
        return [(index, stand_in, types)]
    return []


#: A paragraph break: one blank line or more (some pages leave spaces on them).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def _paragraphs_on(text: str, start: int, count: int) -> int:
    """Where the paragraph holding ``start`` and the ``count`` paragraphs after it end."""
    breaks = [brk.start() for _, brk in zip(range(count + 1), _PARAGRAPH_BREAK.finditer(text, start))]
    return breaks[-1] if len(breaks) > count else len(text)


def _old_ordnance_of_the_story(events: list[MentionEvent], text: str, headline: str, pack: LanguagePack) -> None:
    """A casualty report with no fighting, in a story whose headline or paragraph names old ordnance ("Old mortar
    round kills boy ...", «взорвался неразорвавшийся боеприпас»), is the ordnance's: its sub-event is a remote
    explosive (the clause that places it may say only "the teenager ... died that afternoon")."""
    cue = pack.sub_event_cues.get(OLD_ORDNANCE_HINT)
    if cue is None:
        return
    for event in events:
        if "shelling_artillery" in event.event_types \
                and set(event.event_types) <= {"shelling_artillery", "casualty_report"} \
                and pack.event_words.munition_blast.search(event.source.excerpt) \
                and not pack.triggers["shelling_artillery"].search(
                    blank_matches(event.source.excerpt, pack.event_words.munition_blast)) \
                and not pack.triggers["armed_clash"].search(event.source.excerpt) \
                and pack.old_ordnance.search(text, event.source.start, _paragraphs_on(text, event.source.start, 2)):
            # «из-за взрыва снаряда пострадали 32-летняя А.Н. и ее дочь ... Разбирая обломки своего прежнего жилья,
            # обнаружила металлический предмет, который оказался взрывным устройством»: a shell no one fired now
            event.event_types = ["casualty_report"]
        if event.event_types != ["casualty_report"] or OLD_ORDNANCE_HINT in event.sub_event_hints:
            continue
        start = text.rfind("\n\n", 0, event.source.start) + 1
        end = text.find("\n\n", event.source.start)
        if cue.search(headline or "") or cue.search(text, start, len(text) if end < 0 else end):
            event.sub_event_hints.append(OLD_ORDNANCE_HINT)


def _notes_about_events_told_before(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause],
                                    text: str, pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """A protest note about an event the article told before at the same place is no event of its own: «МИД
    Таджикистана вручило кыргызской стороне ноту протеста в связи с обстрелом Сурха» after the shelling of Surkh
    (a note that first reports its event stays: "handed a note of protest ... over a shot fired ... on Sunday")."""
    told: set[int] = set()
    kept = []
    for index, mention, types in placed:
        if mention.place is not None and mention.place.id in told \
                and pack.event_words.protest_note.search(text, clauses[index].start, clauses[index].end):
            _demote(mention, "a protest note about the event told before")
            continue
        if mention.place is not None:
            told.add(mention.place.id)
        kept.append((index, mention, types))
    return kept


def _homes_of_the_hurt_after_a_result(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause], text: str,
                                     pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """The home of people hurt, told in a sentence that says it results from the event the sentence before
    placed: "at the Ak-Terek pasture in the south of Kadamjay district, ... threw stones at Kyrgyz shepherds
    ... As a result, two shepherds, residents of the town of Aidarken, received bodily injuries" (the hurt are
    the pasture's, not the town's)."""
    sentences = {clauses[index].sentence_index: mention for index, mention, _ in placed}
    kept = []
    for index, mention, types in placed:
        clause = clauses[index]
        before = sentences.get(clause.sentence_index - 1)
        if before is not None and before.place is not None and mention.place is not None \
                and before.place.id != mention.place.id and pack.event_words.result_opening.match(text, clause.start) \
                and pack.roles.residents_before.search(text, max(clause.start, mention.start - 80), mention.start):
            _demote(mention, "the home of people hurt in the event the sentence before placed")
            continue
        kept.append((index, mention, types))
    return kept


def _homes_of_the_hurt_after_the_scene(placed: list[tuple[int, Mention, list[str]]], mentions: Sequence[Mention],
                                      clauses: list[Clause], text: str,
                                      pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """The home of a person hurt, told in the sentence after one of its paragraph that says where the event
    happened: "The incident happened at about 21:10 on Sunday, October 12, on the road through Beshkent ... The
    KamAZ truck ... was hit by several stones; ... the driver, a 41-year-old resident of Gulkhona in Jabbor Rasulov
    district, received cuts" (the driver is hurt at Beshkent, an event place of the article, not at his home).
    Only where the sentence before names one village, an event place of the article elsewhere, and no other."""
    event_places = {mention.place.id for _, mention, _ in placed if mention.place is not None}
    # each sentence's first clause: where it starts and its paragraph (read once)
    first_clause: dict[int, Clause] = {}
    for clause in clauses:
        first_clause.setdefault(clause.sentence_index, clause)
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.place is not None and not mention.place.is_unit and mention.place.kind != "country":
            by_sentence.setdefault(mention.sentence_index, []).append(mention)
    kept = []
    for index, mention, types in placed:
        clause = clauses[index]
        before = [m for m in by_sentence.get(clause.sentence_index - 1, []) if m.place.id in event_places]
        told = first_clause.get(clause.sentence_index - 1)
        if len({m.place.id for m in before}) == 1 and mention.place is not None and told is not None \
                and before[0].place.id != mention.place.id \
                and pack.roles.residents_before.search(text, max(clause.start, mention.start - 80), mention.start) \
                and told.paragraph_index == clause.paragraph_index \
                and pack.event_words.happened.search(text, told.start, before[0].start):
            _demote(mention, "the home of a person hurt in the event the sentence before placed")
            continue
        kept.append((index, mention, types))
    return kept


#: How many event places one clause may hold: a news clause names a handful; a hostile text may name thousands, whose
#: rules, each asking of every other place of the clause, would cost the square of their number.
MAX_PLACES_PER_CLAUSE = 40


def _at_most_per_clause(placed: list[tuple[int, Mention, list[str]]]) -> list[tuple[int, Mention, list[str]]]:
    """The first :data:`MAX_PLACES_PER_CLAUSE` event places of each clause; the others are no events."""
    counts: dict[int, int] = defaultdict(int)
    kept = []
    for index, mention, types in placed:
        counts[index] += 1
        if counts[index] > MAX_PLACES_PER_CLAUSE:
            _demote(mention, f"one of more than {MAX_PLACES_PER_CLAUSE} places in one clause")
            continue
        kept.append((index, mention, types))
    return kept


#: How many paragraphs after the count of the dead its scene may be told.
SCENE_AFTER_PARAGRAPHS = 2


def _homes_of_the_dead_before_the_scene(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause],
                                        text: str, pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """The home of people counted dead or hurt, before a sentence that says where the event happened: «погибли
    водитель скорой помощи центральной больницы Исфары ... и житель села Ходжаи-Аало ... Приграничный конфликт ...
    произошел вечером 27 января в местности Төрт-Көчө» (the dead are the tract's, not their village's).

    Only a clause that reports no fighting of its own, and a scene told in one of the
    :data:`SCENE_AFTER_PARAGRAPHS` paragraphs after it, at another place."""
    # (told by the text, not one government's version: "The Isfara city administration ... said ... that the fight took
    # place 'on the outskirts of Khojai-Alo'" is the other side's place of the same fight)
    sentence_spans = _sentence_spans(clauses)
    scenes = [(clauses[index], mention) for index, mention, types in placed if mention.place is not None
              and pack.event_words.happened.search(text, sentence_spans[clauses[index].sentence_index][0], mention.start)
              and not pack.speech.search(text, sentence_spans[clauses[index].sentence_index][0], clauses[index].end)]
    if not scenes:
        return placed
    kept = []
    for index, mention, types in placed:
        clause = clauses[index]
        if mention.place is not None and not set(types) & FIGHTING_TYPES \
                and pack.roles.residents_before.search(text, max(clause.start, mention.start - 80), mention.start) \
                and any(other.place.id != mention.place.id and other.start > clause.end
                        and 0 <= told.paragraph_index - clause.paragraph_index <= SCENE_AFTER_PARAGRAPHS
                        for told, other in scenes):
            _demote(mention, "the home of people counted in the event a later sentence places")
            continue
        kept.append((index, mention, types))
    return kept


def _scenes_named_just_before(placed: list[tuple[int, Mention, list[str]]], parsed: ParsedArticle,
                              clauses: list[Clause], text: str, types_of: Callable[[int], list[str]],
                              pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """A fight told in a sentence that names no place, right after a sentence of its paragraph that names one
    village and no event: the village is its scene. "On July 6, herders from Lakhsh district drove about 1,500
    sheep and goats across the line onto the Kyzyl-Eshme pastures. An argument with local herders turned into a
    fight, in which two Kyrgyz herders ... were injured." Only where no event was told earlier in the paragraph
    (whose figures the sentence would go on to tell) and the sentence reports fighting, a brawl or people hurt
    ("A conflict broke out ... on the summer pastures above the village of Kara-Shibak ... According to
    preliminary information, a few people were injured"). In an article with no other event, the district of a
    village the gazetteer lacks, named with the place and hour where the story starts, stands for that village
    (the pack's ``unknown_village_in_before``: «недалеко от населенного Ак-Босого Лейлекского района»)."""
    spans = parsed.sentences.spans if parsed.sentences is not None else []
    if not spans:
        return placed
    by_sentence: dict[int, list[Mention]] = {}
    for mention in parsed.mentions:
        if mention.place is not None or mention.kind == "cue":
            by_sentence.setdefault(mention.sentence_index, []).append(mention)
    # (a country names no scene: «граждане Таджикистана ... начали закидывать камнями военнослужащих»)
    # (nor does the post a detainee was taken to: «силой задержали его и доставили на пограничную заставу «Кулунду»»)
    sentences_with_places = {m.sentence_index for m in parsed.mentions
                             if m.kind == "cue" or m.place is not None and m.place.kind != "country"
                             and m.role_reason != DESTINATION}
    event_paragraphs = {clauses[index].paragraph_index: clauses[index].sentence_index for index, _, _ in placed}
    placed_places = {mention.place.id for _, mention, _ in placed if mention.place is not None}
    added = []
    for index, clause in enumerate(clauses):
        sentence = clause.sentence_index
        if clause.scope != "news" or sentence in sentences_with_places or sentence - 1 not in by_sentence \
                or event_paragraphs.get(clause.paragraph_index, sentence) < sentence:
            continue
        names_a_country = sentence in by_sentence
        # ... though a spot measured from "the village" before names the scene whatever countries the sentence names:
        # «житель села Гулякандоз ... пас 36 голов коз примерно в 800 метрах к западу от села. Военнослужащие
        # Пограничной службы Кыргызской Республики силой задержали его» (the post he was taken to is no scene either)
        countries_only = names_a_country and all(
            m.role_reason == DESTINATION or m.place is not None and m.place.kind == "country"
            for m in by_sentence[sentence])
        before = [m for m in by_sentence[sentence - 1] if m.place is not None and m.place.kind != "country"]
        before_end = spans[sentence - 1][1] if sentence - 1 < len(spans) else 0
        villages = [m for m in before if m.place.kind == "curated" and not m.place.is_unit
                    and m.place.country_code in ("KG", "TJ") and m.role_reason == NO_VIOLENCE
                    and (not names_a_country
                         and (pack.event_words.land_before.search(text, max(0, m.start - LAND_NEAR_CHARS), m.start)
                              or pack.event_words.land_after.match(text, m.end))
                         # (a village no event of the article is at yet: not "three men from Andarak ... collecting
                         # firewood in a gorge about 6 kilometers south of the village", told again after a lede)
                         or (not names_a_country or countries_only) and m.place.id not in placed_places
                         and pack.event_words.spot_from_the_village.search(text, m.end, max(m.end, before_end)))]
        if not villages and not placed:
            # ... and, in an article with no other event, the district of a village the gazetteer lacks, named with
            # its hour as where the story starts: «примерно в 12:20 недалеко от населенного Ак-Босого Лейлекского
            # района Баткенской области пограничный наряд Кыргызстана заметил граждан Таджикистана» ... «начали
            # закидывать камнями военнослужащих»
            villages = [m for m in before if _stands_for_an_unknown_village(m, text, pack)]
        # (a district beside it may name where the other party came from: "herders from Lakhsh district")
        # (the sentence before may close the paragraph before: a lede, then "According to preliminary information, a
        # few people were injured")
        # (a pasture or tract beside the village is where on its land: «пасли овец на пастбище Кара-Жыгач примерно в 4
        # километрах южнее села»)
        if len(villages) != 1 or any(m is not villages[0] and not m.place.is_unit and m.role_reason != RIVER_OR_TRACT
                                     for m in before) \
                or not (FIGHTING_TYPES | {"casualty_report"}).intersection(types_of(index)):
            continue
        start, end = spans[sentence] if sentence < len(spans) else (clause.start, clause.end)
        added.append((index, replace(villages[0], start=clause.start, end=clause.end, excerpt=text[start:end].strip(),
                                     excerpt_start=_next_word(text, start, end), sentence_index=sentence,
                                     role="incident", role_reason=SCENE_JUST_BEFORE, precision=2),
                      types_of(index)))
        event_paragraphs.setdefault(clause.paragraph_index, sentence)
    return sorted([*placed, *added], key=lambda entry: entry[0]) if added else placed


#: How far (characters) before the village its land may be named.
LAND_NEAR_CHARS = 40
#: How far (characters) before a district the village it stands for may be named.
UNKNOWN_VILLAGE_CHARS = 60


def _stands_for_an_unknown_village(mention: Mention, text: str, pack: LanguagePack) -> bool:
    """A Kyrgyz or Tajik district named, in a sentence with no violence, right after a village the gazetteer lacks
    («недалеко от населенного Ак-Босого |Лейлекского района|», "near the village of Karamyk in |Chong-Alay
    district|"): it may stand for that village as a scene."""
    place = mention.place
    return place is not None and place.is_unit and place.feature_code == "ADM2" \
        and place.country_code in ("KG", "TJ") and mention.role_reason == NO_VIOLENCE \
        and pack.event_words.unknown_village_in_before.search(
            text, max(0, mention.start - UNKNOWN_VILLAGE_CHARS), mention.start) is not None
#: The role reason of a village named just before a fight told without a place (:func:`_scenes_named_just_before`).
SCENE_JUST_BEFORE = "the scene the sentence before named: its fight names no place"


def _first_event_clause(clauses: list[Clause], index: int, text: str,
                        types_of: Callable[[int], list[str]]) -> int:
    """The first clause after ``index``, in the same paragraph, whose event the model types (else ``index``).

    A label on a line of its own ("## Vorukh", "Ak-Sai village.") reads into the next line.
    """
    for later in range(index + 1, len(clauses)):
        if "\n" in text[clauses[later - 1].end:clauses[later].start] and later > index + 1:
            break
        if types_of(later):
            return later
    return index


def _more_precisely_dated_next(clauses: list[Clause], index: int) -> int:
    """The next sentence's first dated news clause, if its date is narrower than clause ``index``'s."""
    def span(clause: Clause) -> int:
        window = clause.dates[0].window
        return (window.end - window.start).days

    own = clauses[index]
    for later, clause in enumerate(clauses[index + 1:], start=index + 1):
        if clause.sentence_index > own.sentence_index + 1:
            break
        if clause.sentence_index == own.sentence_index + 1 and clause.dates and clause.scope == "news":
            return later if not own.dates or span(clause) < span(own) else index
    return index


#: How far before "all of them are Kyrgyz citizens" (characters) the count it speaks of may be.
THEY_AFTER_A_COUNT = 200


def _all_the_dead_are(events: list[MentionEvent], clauses: list[Clause], text: str, pack: LanguagePack) -> None:
    """"All the dead were Kyrgyz citizens": the side of the dead at the article's one place with deaths.

    Only where one place of the article has deaths (or every place with deaths is in the
    country the statement names: «Все погибшие — граждане Таджикистана» after deaths at
    Ovchi-Kalacha and Khistevarz), no death figure names a side, and the statement (in a
    news clause) names exactly one side.
    """
    fatal = [e for e in events if any(f.measure == "fatalities" and f.value for f in e.figures)]
    if not fatal:
        return
    one_place = len({e.place.id for e in fatal}) == 1
    if any(f.side is not None for e in fatal for f in e.figures if f.measure == "fatalities"):
        return
    starts = [c.start for c in clauses]
    for match in pack.all_dead.finditer(text):
        clause = clauses[max(0, bisect.bisect_right(starts, match.start()) - 1)]
        if match.group("they"):
            counts = [f for f in pack.read_figures(text[max(clause.start - THEY_AFTER_A_COUNT, 0):match.start()])
                      if f.value]
            if not counts or max(counts, key=lambda f: f.start).measure not in ("fatalities", "injured"):
                continue  # "all of them" names whom the count just before counted («задержаны трое ...»)
        if clause.scope != "news" and not match.group("first"):
            # (the statement may run over a clause break: «Оба погибших — граждане ...»); "the first
            # Kyrgyz border guard killed since the treaty" speaks of this death even in a recap
            continue
        sides = [code for code, pattern in pack.sides.items() if pattern.search(match.group("who"))]
        if len(sides) == 1 and (one_place or all(e.place.country_code == sides[0] for e in fatal)):
            for event in fatal:
                event.figures[:] = [replace(f, side=sides[0]) if f.measure == "fatalities"
                                    and f.claimant in (None, sides[0]) else f for f in event.figures]
        return


def _the_headline_names_the_side(events: list[MentionEvent], text: str, structure: ArticleStructure | None,
                                 pack: LanguagePack) -> None:
    """«В перестрелке ... погиб кыргызский пограничник» over «В результате погиб рядовой контрактной службы»:
    the headline's side for the body's same death toll.

    Only where one place of the article has deaths, no death figure of the body names a side or
    a claimant, and the headline gives that toll for exactly one side.
    """
    if structure is None or structure.headline is None:
        return
    # (a government's claim of the other side's dead is no toll of the article's events)
    fatal = [e for e in events if any(f.measure == "fatalities" and f.value and not f.is_claim_about_other_side
                                      for f in e.figures)]
    if len({e.place.id for e in fatal}) != 1:
        return
    body = [f for e in fatal for f in e.figures if f.measure == "fatalities" and f.value
            and not f.is_claim_about_other_side]
    if any(f.side is not None or f.claimant is not None for f in body):
        return
    start, end = structure.headline
    sided = {(f.side, f.value) for f in pack.read_figures(text[start:end])
             if f.measure == "fatalities" and f.side is not None}
    if len(sided) == 1 and (only := sided.pop())[1] == max(f.value for f in body):
        for event in fatal:
            event.figures[:] = [replace(f, side=only[0]) if f.measure == "fatalities" and f.value else f
                                for f in event.figures]


def _news_text(text: str, clauses: Sequence[Clause], pack: LanguagePack) -> str:
    """The lower-cased text with its background clauses and non-event phrases blanked (offsets kept)."""
    lowered, pieces, offset = lower_keep_length(text), [], 0
    for clause in clauses:
        if clause.scope != "news" and clause.start >= offset:
            pieces += [lowered[offset:clause.start], " " * (clause.end - clause.start)]
            offset = clause.end
    return blank_matches("".join([*pieces, lowered[offset:]]), pack.folded.not_event)


def _fire_at_without_heavy_weapons(events: list[MentionEvent], text: str, pack: LanguagePack,
                                   news_text: Callable[[], str]) -> None:
    """«Обстреляли чабанов», «обстрел заставы»: fire at a target with no heavy weapon named in the article's
    news (no mortar, shell, artillery, rocket, drone) and small arms or people named as its target (a shot, a
    burst, a gunshot wound; shepherds, a tractor, a patrol) is an exchange of fire, not shelling. The Russian
    press writes «обстрел» of any fire at a target; the weapons of background clauses (a 2022 mortar barrage)
    do not count."""
    if not any("shelling_artillery" in e.event_types for e in events) or not pack.fire_at.search(text):
        return  # (cheap tests first)
    told = news_text()

    def heavy(told_text: str) -> bool:
        # (an old munition that went off is another event's heavy weapon: «наступил на старый неразорвавшийся снаряд»)
        news = blank_matches(blank_matches(told_text, pack.fire_at), pack.old_ordnance)
        return bool(pack.folded.triggers["shelling_artillery"].search(news)
                    or pack.folded.triggers["air_drone_strike"].search(news)
                    or not (pack.firearms.search(news) or pack.fire_at_people.search(told_text)))

    # a heavy weapon or a drone named, or neither small arms nor people fired at («обстрелы сел»): only an event whose
    # own sentence fires at its target with small arms by name and nothing heavier is retyped («около 13:50 из
    # стрелкового оружия был обстрелян также пограничный пост «Торт-Кол»» beside the mortar fire on Kara-Bak)
    article_heavy = heavy(told)
    for event in events:
        if "shelling_artillery" in event.event_types and (not article_heavy or (
                pack.event_words.small_arms.search(excerpt := lower_keep_length(event.source.excerpt))
                and pack.fire_at.search(excerpt) and not heavy(excerpt))):
            event.event_types[:] = _retyped(event.event_types, "shelling_artillery", "armed_clash")


#: How far (km) a village the article gives only a toll for may lie from the fighting it tells that day and
#: still take the fighting's type (the other side's version: "Kyrgyz fire had killed a 61-year-old woman" in
#: Khistevarz, 5 km from the shooting near Beshkent; Muchun, 17 km from Ak-Suu).
TOLL_NEAR_FIGHTING_KM = 20.0


#: How many days after the fight at its place a death of the wounded may be dated and still be that fight's.
DIED_OF_WOUNDS_DAYS = 7


#: The least number of people detained that makes a routine tally ("detained 14 people for illegally crossing the state
#: border in the week"): a round-up of border violators, not one detention told.
ROUND_UP_DETAINED = 5


#: How far into a paragraph (characters) the day that opens a digest's item may end.
ITEM_DATE_CHARS = 16


def _routine_detentions(events: list[MentionEvent], clauses: Sequence[Clause], text: str,
                        pack: LanguagePack) -> list[MentionEvent]:
    """In an article that calls its detentions routine ("Kyrgyz border guards detained 14 people for illegally
    crossing the state border in the week", «задержаны 46 нарушителей государственной границы»), a detention told
    with no force and no one hurt ("Three citizens of Tajikistan ... were detained near the "Dostuk" border post")
    is one of them: no event."""
    arrests = pack.sub_event_cues["Arrests"]

    def a_round_up(clause: Clause) -> bool:
        """The clause counts many people detained as routine (a week's or a year's tally)."""
        clause_text = text[clause.start:clause.end]
        if not arrests.search(clause_text):
            return False
        spans = [(a, b) for a, b in _non_event_scan(clause_text, pack.folded.not_event)[0]
                 if arrests.search(clause_text, a, b)]
        return any(f.measure == "detained" and f.value >= ROUND_UP_DETAINED and any(a <= f.start < b for a, b in spans)
                   for f in pack.read_figures(clause_text)) if spans else False

    if not any(a_round_up(c) for c in clauses):  # (a year's tally too: "Since January, 214 violators were detained")
        return events

    def detention_only(event: MentionEvent) -> bool:
        if not _a_detention_only(event, pack):
            return False
        # (its paragraph tells no force either: "... were detained ... The older herder was beaten with rifle butts";
        # nor the paragraph after it, which tells the detention's detail: "The servicemen fired three warning shots
        # into the air, seized the father and son and led them to the Tajik side")
        paragraph_end = text.find("\n", event.source.end)
        if paragraph_end >= 0:
            following_start = len(text) - len(text[paragraph_end:].lstrip())
            following = text.find("\n", following_start)
            following = following if following >= 0 else len(text)
            if not any(following_start <= c.start < following_start + ITEM_DATE_CHARS and c.dates
                       and c.start + c.dates[0].start < following_start + ITEM_DATE_CHARS for c in clauses):
                # (not a digest's next item, opening with its own day: "14 июня. На пастбище у села Андарак ...")
                paragraph_end = following
        paragraph = text[text.rfind("\n", 0, event.source.start) + 1:paragraph_end if paragraph_end >= 0 else None]
        return _tells_no_force(paragraph, pack)

    return [event for event in events if not detention_only(event)]


def _a_detention_only(event: MentionEvent, pack: LanguagePack) -> bool:
    """Whether the event is a detention and nothing else: no other type, no one hurt or killed."""
    return event.event_types == ["border_incident_protest"] \
        and pack.sub_event_cues["Arrests"].search(event.source.excerpt) is not None \
        and not any(f.measure in ("fatalities", "injured") and f.value for f in event.figures)


def _tells_no_force(paragraph: str, pack: LanguagePack) -> bool:
    """Whether a detention's paragraph tells no force, no shot (warning shots included) and no event but the
    detention."""
    return not pack.sub_event_cues["Violent demonstration"].search(paragraph) \
        and not pack.harmless_fire.search(paragraph) \
        and not clause_types(blank_matches(paragraph, pack.sub_event_cues["Arrests"]), pack)


#: How far (characters) each way a detention's paragraph is read for a word of force.
PARAGRAPH_CHARS = 2000


def _detentions_told_without_force(events: list[MentionEvent], text: str,
                                   pack: LanguagePack) -> list[MentionEvent]:
    """A detention whose paragraph says no force was used, and tells no force, no one hurt and no other event, is no
    incident (the devset's rule: detentions with force): «Задержаны трое граждан Кыргызстана ..., жители Айдаркена.
    «Задержанные сопротивления не оказали, оружие и специальные средства не применялись»» (not one government's
    denial beside the other's account of a beating: its force is told)."""

    def lawful(event: MentionEvent) -> bool:
        if not _a_detention_only(event, pack):
            return False
        # (its paragraph, read at most PARAGRAPH_CHARS each way: a long page with no line breaks stays linear)
        low = max(0, event.source.start - PARAGRAPH_CHARS)
        start = text.rfind("\n", low, event.source.start) + 1 or low
        end = text.find("\n", event.source.end, event.source.end + PARAGRAPH_CHARS)
        paragraph = text[start:end if end >= 0 else event.source.end + PARAGRAPH_CHARS]
        return pack.event_words.no_force.search(paragraph) is not None and _tells_no_force(paragraph, pack)

    return [event for event in events if not lawful(event)]


def _retellings_of_the_fight(events: list[MentionEvent], pack: LanguagePack) -> None:
    """A villager's retelling with no date of its own ("Жительница Максата ... рассказала, что семья легла спать,
    когда на улице начали стрелять"), dated only by the story's nearest day, is the fighting the article dated at that
    place the day before (and on no day of its own): it takes that event's days. So does a death of the wounded dated
    by the day he died («скончался житель села Кок-Таш, получивший огнестрельное ранение во время перестрелки»), when
    the article dates the fight at that place a few days before."""
    dated = [e for e in events if e.window_from == "clause" and e.window is not None]
    for event in events:
        if event.window is None:
            continue
        died_of_wounds = any(f.measure == "fatalities" and f.of_wounded and f.value for f in event.figures)
        # ... and the fight a ceasefire came after, dated by the agreement's day in one clause: «договорились в
        # воскресенье утром о прекращении огня после перестрелки ... в районе села Кара-Бак» (the exchange was told
        # on Saturday below)
        agreed_after = "ceasefire_agreement" not in event.event_types and ARMED_TYPES & set(event.event_types) \
            and pack.triggers["ceasefire_agreement"].search(event.source.excerpt) is not None \
            and pack.event_words.after_the_fight.search(event.source.excerpt) is not None
        if not died_of_wounds and not agreed_after and (
                event.window_from != "story" or not pack.speech.search(event.source.excerpt)):
            continue
        days_before = range(1, DIED_OF_WOUNDS_DAYS + 1) if died_of_wounds else range(1, 2)
        same_place = [e for e in dated if e is not event and e.place.id == event.place.id
                      and set(e.event_types) & set(event.event_types)]
        told = [e for e in same_place if (event.window[0] - e.window[0]).days in days_before
                and not any(f.measure == "fatalities" and f.of_wounded for f in e.figures)]
        if len({e.window for e in told}) == 1 and not any(e.window[0] == event.window[0] for e in same_place):
            event.window, event.window_from = told[0].window, "clause"


#: How many days before his death a man's wounding may date the event of his death.
WOUNDED_DAYS_BEFORE_DEATH = 30


def _dated_by_the_wounding(events: list[MentionEvent], clauses: list[Clause], text: str, pack: LanguagePack) -> None:
    """A death of wounds told with the day the man was wounded dates the event by the wounding: «Житель Лейлекского
    района, раненный 16 августа при стрельбе на границе, скончался в больнице» (told on the 20th, his death "today")
    is an event of August 16. Only in an article of one place and one such day."""
    dying = [e for e in events if e.window is not None and e.window_from == "clause"
             and any(f.measure == "fatalities" and f.of_wounded and f.value for f in e.figures)]
    if not dying or len({e.place.id for e in events}) != 1:
        return
    # (the dates the clauses already read, not the text scanned again)
    days = {found.window.start for clause in clauses for found in clause.dates
            if found.window.precision == 1 and found.window.kind == "date"
            and pack.event_words.wounded_on.search(text, max(0, clause.start + found.start - 60),
                                                   clause.start + found.start)}
    if len(days) != 1:
        return
    day = days.pop()
    for event in events:
        if event.window is not None and event.window_from == "clause" \
                and set(event.event_types) <= ARMED_TYPES | {"casualty_report"} \
                and 0 < (event.window[0] - day).days <= WOUNDED_DAYS_BEFORE_DEATH:
            event.window, event.time_precision = (day, day), 1


#: How many days after a fight a bare toll at its place may be of it (a wounded man dying in hospital).
LATER_TOLL_DAYS = 7


def _later_tolls_of_the_fight(events: list[MentionEvent], pack: LanguagePack) -> None:
    """A bare toll at a place, dated a few days after the fight the article tells there, is that fight's:
    "the 58-year-old man, a resident of the village of Andarak, died late on Wednesday in the Osh ... Hospital"
    after "shots were fired ... at farmers ... on the southern edge of Andarak on Monday afternoon" (dated by the
    fight, the two are one incident). Not an old munition's blast, which has a day of its own."""
    fights = [e for e in events if e.window is not None and e.window_from == "clause"
              and set(e.event_types) & (ARMED_TYPES | {"border_incident_protest"})]
    for event in events if fights else ():
        # (no count of its own: not a day's toll, "five Kyrgyz citizens were killed and 31 wounded on Wednesday", nor
        # one man's death whose own words give his side)
        if event.event_types == ["casualty_report"] and event.window is not None and event.window_from == "clause" \
                and not event.figures \
                and not pack.old_ordnance.search(event.source.excerpt):
            fight = next((f for f in reversed(fights) if f.place.id == event.place.id
                          and 0 < (event.window[0] - f.window[1]).days <= LATER_TOLL_DAYS), None)
            if fight is not None:
                event.window, event.time_precision = fight.window, fight.time_precision
                event.event_types[:] = [t for t in EVENT_TYPES if t in fight.event_types or t == "casualty_report"]


#: A clock time late in the evening, and one in the small hours (each side's clock for one night's fire).
_LATE_EVENING = re.compile(r"(?<![\d:.])2[0-3][:.][0-5]\d(?![\d:])")
_SMALL_HOURS = re.compile(r"(?<![\d:.])0?[0-3][:.][0-5]\d(?![\d:])")


def _one_night_in_two_time_zones(events: list[MentionEvent], clauses: list[Clause],
                                 clause_at: Callable[[int], int], text: str) -> None:
    """The same night's fire at one place, told by each side by its own clock, is one event of the two days:
    «"15 мая в 23:20 военнослужащие Киргизии первыми открыли огонь"» (Dushanbe, UTC+5) beside «"во вторник в 00:20
    таджикские военнослужащие ... открыли огонь"» (Bishkek, UTC+6) at Kulundu: both get the night from the 15th
    into the 16th."""
    armed = [e for e in events if e.window is not None and e.window[0] == e.window[1] and e.window_from == "clause"
             and ARMED_TYPES & set(e.event_types)]
    for evening in armed:
        for night in armed:
            if night.place.id != evening.place.id or (night.window[0] - evening.window[0]).days != 1:
                continue
            late, early = clauses[clause_at(evening.source.start)], clauses[clause_at(night.source.start)]
            if _LATE_EVENING.search(text, late.start, late.end) and _SMALL_HOURS.search(text, early.start, early.end):
                for event in (evening, night):
                    event.window, event.time_precision = (evening.window[0], night.window[0]), 2


def _tolls_near_the_days_fighting(events: list[MentionEvent], pack: LanguagePack) -> None:
    """A village with only a toll, beside fighting the article tells within a day and a short way off, was hit by
    that fighting: "Tajikistan's border troops said ... Kyrgyz fire had killed a 61-year-old woman and wounded two
    people in Khistevarz" is an armed clash there, not a bare casualty report (not an old munition's blast)."""
    armed = [e for e in events if e.window is not None and ARMED_TYPES & set(e.event_types)]
    if not armed:
        return
    fought_at = {e.place.id for e in events if set(e.event_types) - {"casualty_report"}}
    for event in events:
        if event.event_types != ["casualty_report"] or event.window is None or event.place.id in fought_at \
                or pack.old_ordnance.search(event.source.excerpt):
            continue
        near = next((a for a in armed if abs((a.window[0] - event.window[0]).days) <= 1
                     and _km(a.place, event.place) <= TOLL_NEAR_FIGHTING_KM), None)
        if near is not None:
            fighting = next(t for t in near.event_types if t in ARMED_TYPES)
            event.event_types[:] = [t for t in EVENT_TYPES if t in (fighting, "casualty_report")]


def _the_fire_that_downed_a_drone(events: list[MentionEvent], text: str, pack: LanguagePack,
                                  news_text: Callable[[], str]) -> None:
    """Gunfire at a drone that was shot down is the drone's event, not an armed clash: "guards from a nearby
    outpost opened fire at it with small arms. The drone fell into an apricot orchard", «открыли огонь из
    стрелкового оружия, и беспилотник был сбит» (at each place with a drone event, when the news tells no
    exchange of fire between the sides)."""
    if not any("air_drone_strike" in e.event_types for e in events) \
            or not pack.event_words.drone_downed.search(text):
        return  # (cheap tests first)
    news = news_text()
    if not pack.event_words.drone_downed.search(news) or pack.event_words.fire_exchanged.search(news):
        return
    drone_places = {e.place.id for e in events if "air_drone_strike" in e.event_types}
    for event in events:
        if event.place.id in drone_places and "armed_clash" in event.event_types:
            event.event_types[:] = _retyped(event.event_types, "armed_clash", "air_drone_strike")


def _brawls_without_weapons(events: list[MentionEvent], text: str, pack: LanguagePack,
                            headings: Callable[[], list[int]], news_text: Callable[[], str]) -> None:
    """A brawl that the article also calls a clash or a fight is no armed clash when the article names
    no shot or weapon at all ("a mass brawl ... the April 20 clash ... Kyrgyz border guards fired no shots"):
    every "clash" or "fight" of it is the brawl, at the brawl's place or at the other party's village ("three
    residents of Lakkon were injured in the fight"), and so are the article's fights where no event is typed
    a brawl ("residents ... fought with sticks and stones ... The fight broke out on the edge of Kulundu"). In an article of headed sections (a digest) each section is read as an article of
    its own ("Isfara: a fight at a spring" below a farmer shot in another district). The weapons of
    background clauses do not count ("... when Kyrgyz and Tajik troops exchanged mortar fire in the
    valley" in September 2022)."""
    brawl = pack.sub_event_cues["Violent demonstration"]
    if not any("armed_clash" in e.event_types for e in events) or not brawl.search(text):
        return  # (cheap tests first: most articles name no brawl)


    sections: dict[tuple[int, int], list[MentionEvent]] = {}
    for event in events:
        sections.setdefault(_section_of(headings(), event.source.start, len(text)), []).append(event)
    brawl_places: set[int] = set()
    unarmed: list[list[MentionEvent]] = []  # the clashes of sections with no shot, no weapon and no brawl word
    for (start, end), in_section in sections.items():
        # (no shot or weapon in the section's news: every "clash" or "fight" of it is the brawl's)
        clashes = [e for e in in_section if "armed_clash" in e.event_types]
        if not clashes or pack.firearms.search(blank_matches(news_text(), pack.harmless_fire), start, end):
            # (warning shots into the air and firearms said not to be used fight no one: "Police ... fired
            # warning shots into the air" after a brawl with stones and sticks)
            continue
        if not brawl.search(text, start, end):
            unarmed.append(clashes)
            continue
        for event in clashes:
            event.event_types[:] = _retyped(event.event_types, "armed_clash", "border_incident_protest")
            brawl_places.add(event.place.id)
    for clashes in unarmed:
        # ("*(This story has been corrected to say the fight was in Surkh, not Chorkuh ...)*" below the story: the
        # brawl's place named again under a line read as a heading is the brawl)
        for event in clashes:
            if event.place.id in brawl_places:
                event.event_types[:] = _retyped(event.event_types, "armed_clash", "border_incident_protest")


def _no_one_moved(event: MentionEvent, pack: LanguagePack) -> bool:
    """An evacuation event whose own sentence says no one was moved ("Residents of Kulundu itself were not relocated",
    "there were no plans to evacuate Kok-Tash or Ak-Sai") and counts no one moved."""
    if not _evacuation_only(event) or any(f.value for f in event.figures):
        return False
    told = pack.read_figures(event.source.excerpt)
    return any(f.measure == "displaced" and not f.value for f in told) and not any(f.value for f in told)


def _evacuations_join_their_place(events: list[MentionEvent]) -> list[MentionEvent]:
    """An evacuation from a place where the article reports another event is part of that event.

    "From Samarkandyk about 1,200 residents were taken to Batken" after the shelling of
    Samarkandyk is the shelling's displacement, not a second incident (whatever date its own
    clause gives it); its figures join the place's first other event of fighting, else its first
    other event.
    """
    hosts: dict[int, MentionEvent] = {}
    for event in events:
        if not _evacuation_only(event) and (
                event.place.id not in hosts or (  # people flee fighting, not the talks that ended it
                    not ARMED_TYPES.intersection(hosts[event.place.id].event_types)
                    and ARMED_TYPES.intersection(event.event_types))):
            hosts[event.place.id] = event
    kept = []
    for event in events:
        host = hosts.get(event.place.id)
        if host is not None and host is not event and _evacuation_only(event):
            host.figures.extend(f for f in event.figures if f not in host.figures)
            continue
        kept.append(event)
    return kept


def _apply_tables(events: list[MentionEvent], rows: list[TableRow], clause_at: Callable[[int], int],
                  article_id: str, another_story: Callable[[int, int], bool] = lambda row, event: False) -> None:
    """A table row's figures replace, for its place's first event, what prose gave that measure.

    "3 killed and 11 injured" in a lede, then a table by village (Kulundu 2/7,
    Maksat 1/4): each village's own row is its figure, not the lede's total. A
    row that ``another_story(row start, event start)`` says is another story's
    (a survey of an earlier war, or a table above "## A reminder in Arka") gives
    the event nothing.
    """
    done: set[int] = set()
    for event in events:
        place_id = event.place.id
        row = next((r for r in rows if r.place_id == place_id), None)
        if row is None or place_id in done or event.event_types == ["ceasefire_agreement"]:
            continue
        if another_story(row.start, event.source.start):
            continue
        done.add(place_id)
        order = clause_at(row.start) * 100 + 50
        event.figures[:] = [f for f in event.figures if f.measure not in row.values]
        for k, (measure, (value, written)) in enumerate(row.values.items()):
            _add_place_figure(event, Figure(measure=measure, value=value, vague=False, side=None, text=written,
                                            article_id=article_id, order=order + k))


#: How far before a table (characters) the date that dates it may stand.
TABLE_DATE_REACH = 600


def _dated_before_as_background(clauses: list[Clause], table_clause: int, text: str, table_start: int) -> bool:
    """Whether the nearest dated clause before a table, within :data:`TABLE_DATE_REACH`, is background.

    «По данным доклада, в сентябре 2022 года в семи селах погибли 23 мирных жителя ... Распределение
    потерь по селам:» and a table: the rows count the earlier war, not the new incident at Ak-Tatyr.
    """
    for index in range(table_clause - 1, -1, -1):
        clause = clauses[index]
        if clause.end < table_start - TABLE_DATE_REACH:
            return False
        if clause.dates:
            return clause.scope != "news"
    return False


def _add_place_figure(event: MentionEvent, figure: Figure) -> None:
    """Give an event a figure of its own place (a table row, a breakdown's share); a casualty makes it a report."""
    event.figures.append(figure)
    if figure.measure in ("fatalities", "injured") and figure.value and "casualty_report" not in event.event_types:
        event.event_types.append("casualty_report")


def _apply_breakdowns(events: list[MentionEvent], shares: list[Share], clauses: list[Clause],
                      clause_at: Callable[[int], int], article_id: str) -> None:
    """Each place of a per-place breakdown takes its own share, not the sentence's total.

    "seven people had been killed, five of them in Kyzyl-Bel and two in Chek":
    the sentence's figures of the breakdown's measures leave whichever event took
    them (the clause's first place), and each place takes its share in place of
    the other figures of that measure it had (:mod:`geo.incidents.breakdowns`).
    The share goes to the event of its own mention where that reports fighting,
    else to the place's first event that does ("In the afternoon Tajik mortars
    hit Ak-Sai ... one dead is a resident of Ak-Sai"), else to its own mention's
    event (see :func:`_shares_join_their_fighting`).
    """
    shared: set[int] = set()  # ids of the figures the shares made
    sentences = sorted({share.sentence for share in shares})
    clauses_of = {sentence: {i for i, clause in enumerate(clauses) if clause.sentence_index == sentence}
                  for sentence in sentences}
    # "In its first statement the ministry had spoken of five injured: three in Ak-Tatyr and two in
    # Samarkandyk": the breakdown of an outdated toll is outdated too (read before any share moves a figure)
    outdated = {f.order // 100 for event in events for f in event.figures if f.superseded}
    for sentence in sentences:
        group = [share for share in shares if share.sentence == sentence]
        targets = [_share_event(events, share) for share in group]
        if not any(targets):
            continue
        measures = {share.measure for share in group}
        own_clauses = clauses_of[sentence]
        superseded = bool(own_clauses & outdated)
        for event in events:
            event.figures[:] = [f for f in event.figures
                                if f.measure not in measures or f.order // 100 not in own_clauses]
        for k, (share, event) in enumerate(zip(group, targets)):
            if event is None or event.event_types == ["ceasefire_agreement"]:
                continue
            # the figure for this very village outranks the prose totals, as a table row's does
            event.figures[:] = [f for f in event.figures if f.measure != share.measure or id(f) in shared]
            figure = Figure(measure=share.measure, value=share.value, vague=False, side=None, text=share.text,
                            superseded=superseded, article_id=article_id,
                            order=clause_at(share.start) * 100 + 60 + k)
            shared.add(id(figure))
            _add_place_figure(event, figure)


def _reports_fighting(types: Sequence[str]) -> bool:
    return any(kind != "casualty_report" for kind in types)


def _shares_join_their_fighting(placed: list[tuple[int, Mention, list[str]]],
                                shares: list[Share]) -> list[tuple[int, Mention, list[str]]]:
    """A breakdown's mention of a village whose fighting the article reports elsewhere is no event of its own.

    «один — житель Ак-Сая» counts a resident of Ak-Sai, where «таджикская сторона
    открыла минометный огонь по Ак-Саю» is the event: the share goes there
    (:func:`_apply_breakdowns`), and the breakdown's sentence takes no other
    figures as an event of Ak-Sai.
    """
    share_starts = {share.mention_start for share in shares}
    fighting = {mention.place.id for _, mention, types in placed
                if mention.place is not None and mention.start not in share_starts and _reports_fighting(types)}
    kept = []
    for entry in placed:
        _, mention, types = entry
        if mention.start in share_starts and not _reports_fighting(types) and mention.place is not None \
                and mention.place.id in fighting:
            _demote(mention, "a village's share of a per-place breakdown; its fighting is reported elsewhere")
            continue
        kept.append(entry)
    return kept


def _share_event(events: list[MentionEvent], share: Share) -> MentionEvent | None:
    """The event a breakdown's share goes to (see :func:`_apply_breakdowns`)."""
    same_place = [e for e in events if e.place.id == share.place_id]
    own = next((e for e in same_place if e.source.start == share.mention_start), None)
    if own is not None and _reports_fighting(own.event_types):
        return own
    fighting = next((e for e in same_place if _reports_fighting(e.event_types)), None)
    return fighting or own or (same_place[0] if same_place else None)


def _in_reporting_order(events: list[MentionEvent], entries: list[int], clauses: list[Clause]) -> None:
    """A newest-first live blog: figures in reporting order, and each entry updates the last.

    The figure rules read an article's figures in order; on a page whose
    entries run backwards, the order is the entries' reporting order. Text
    before the first entry (a summary at the top) counts as the newest. A
    later entry's figure updates the earlier ones ("11:40 two wounded" ...
    "17:45 three wounded"): the first plain figure of each measure in an entry
    is taken as a revision.
    """
    newest = len(entries) - 1
    for event in events:
        reordered = []
        revised: set[tuple[int, str]] = set()
        for figure in event.figures:
            clause_start = clauses[figure.order // 100].start
            entry = max(0, bisect.bisect_right(entries, clause_start) - 1)
            update = figure.value > 0 and not (figure.additive or figure.superseded or figure.revision
                                               or figure.is_claim_about_other_side or figure.vague
                                               or figure.described) \
                and (entry, figure.measure) not in revised
            if update:
                revised.add((entry, figure.measure))
            reordered.append(replace(figure, order=(newest - entry) * 10**7 + figure.order,
                                     revision=figure.revision or update))
        event.figures[:] = reordered


#: A section heading is one line of at most this many characters.
MAX_HEADING_CHARS = 100


#: After a heading's date, a place name alone: ", Ak-Suu (Leilek district)", «, Ак-Суу».
_PLACE_ALONE = re.compile(r"\s*[,—–-]\s*(?:[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ][\w'’-]*\s*){1,3}(?:\([^()]{1,40}\))?\**")
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
    if (len(line) > MAX_HEADING_CHARS or line.endswith(".")) and not date_alone:
        return False
    if first.window.start == first.window.end == published \
            or (first.window.end - first.window.start).days > MAX_HEADING_DAYS:
        return False  # (not "4. Also this week": a section of news from any day)
    lead = _ITEM_NUMBER.sub("", text[clause.start:clause.start + first.start], count=1)
    # at most one word (a weekday, whose own mention gave way to the date) before the date, after any item
    # number ("1. Monday, May 20.")
    return len(lead.strip(" #*_-|").split()) <= 1


#: An article with at least this many section headings is a digest: its items' figures stay in their items.
DIGEST_HEADINGS = 4
#: A home named just before the verb of its one hurt person: "Ак-Сая |получил", "Arka |was".
_JUST_BEFORE_THE_VERB = re.compile(r"[\w-]+\s+(?:[\w-]+\s+)?")
#: From a person's home to the verb, a participle's phrase set off by commas between: "Овчи-Калъача района Бободжон
#: Гафуров|, получивший тяжелую ... травму в ходе массовой драки с жителями кыргызского села Кулунду, |скончался".
_PARTICIPLE_TO_THE_VERB = re.compile(r"[^,.;]*,\s*[а-яё]+(?:вш|ш|щ)(?:ий|ая|ие|ее|их)\b[^.;]*?,\s*", re.I)
#: A headline of a week's digest: «Граница за неделю: ...», "Border week: ...".
_WEEK_S_DIGEST = re.compile(r"\bза\s+неделю\b|\bborder\s+week\b|\bweek\s+on\s+the\s+(?:border|frontier)\b", re.I)
#: A headline that lists a digest's items: "A, B and C", «А, Б и В».
_HEADLINE_LIST = re.compile(r",[^,.;]+\s(?:и|and)\s", re.I)


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


#: The reason given to a place named inside a phrase that reports no event.
INSIDE_A_NON_EVENT = "named inside a phrase that reports no event"


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


def _summing_ledes(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause], text: str,
                   pack: LanguagePack) -> tuple[list[tuple[int, Mention, list[str]]], set[int]]:
    """A lede that sums several incidents the article goes on to tell names no event of its own.

    "Stone-throwing and an arson attack left four people injured over three days around Tajikistan's
    Vorukh exclave", then a paragraph each for the fight at Ak-Sai, the fire at Vorukh and the stoning
    at Khoja-Alo: the lede's place is where they happened around, and its figures (the sums) go to no
    incident. Only when events in at least two later sentences follow, one of them at the lede's place.
    Returns the events kept and the summing clauses.
    """
    kept, sums = [], set()
    for index, mention, types in placed:
        clause = clauses[index]
        later = [] if mention.place is None or not pack.several_events.search(text, clause.start, clause.end) else [
            (clauses[other].sentence_index, m.place.id if m.place is not None else None)
            for other, m, _ in placed if clauses[other].sentence_index > clause.sentence_index]
        if len({s for s, _ in later}) >= 2 and any(place == mention.place.id for _, place in later):
            _demote(mention, "a lede summing several incidents the article tells")
            sums.add(index)
            continue
        kept.append((index, mention, types))
    return kept, sums


#: Seats of a region or district (GeoNames PPLA, PPLA2): named as a home, one stands for its district.
_AREA_SEATS = frozenset({"PPLA", "PPLA2"})


#: How far before a town (characters) the fight named again may stand («по факту драки в |Исфаре»).
FIGHT_AGAIN_CHARS = 40


def _seats_named_as_homes(
        placed: list[tuple[int, Mention, list[str]]], text: str,
        pack: LanguagePack) -> tuple[list[tuple[int, Mention, list[str]]], set[int]]:
    """A district's or region's seat named as the people's home stands for its district.

    "One resident of Isfara was killed and three others were wounded when shots were fired at two
    villages of the town's border jamoats", then a paragraph each for Chorkuh and Surkh; «Трое
    жителей Исфары пострадали в двух инцидентах», then Chilgazi and Surkh: the town is no event of
    its own when the article's events are at villages of its district, and when there are several of
    them the figures of its clause (the sums) go to no incident. Returns the events kept and the
    summing clauses.
    """
    points = {m.place.id: m.place for _, m, _ in placed
              if m.place is not None and m.role_reason != CEASEFIRE_VENUE and not m.place.is_unit}.values()
    villages: dict[int, int] = {}  # a seat named as a home -> how many event places its district holds
    kept, summaries = [], set()
    for index, mention, types in placed:
        seat = mention.place
        if seat is None or seat.feature_code not in _AREA_SEATS or not seat.admin2:
            kept.append((index, mention, types))
            continue
        if seat.id not in villages:
            villages[seat.id] = sum(point.id != seat.id and point.admin2 == seat.admin2
                                    and point.admin1 == seat.admin1 for point in points)
        if pack.roles.residents_before.search(text, max(0, mention.start - 80), mention.start):
            if villages[seat.id]:
                _demote(mention, "the home town of people hurt at villages of its district")
                if villages[seat.id] > 1:
                    summaries.add(index)
                continue
        if villages[seat.id] and pack.event_words.fight_again.search(text, max(0, mention.start - FIGHT_AGAIN_CHARS),
                                                                      mention.start):
            # «по факту драки в Исфаре возбуждено уголовное дело» after the brawl at Chilgazi, a jamoat of Isfara:
            # the fight named again by its town
            _demote(mention, "the town of the fight told at a village of its district, named again")
            continue
        kept.append((index, mention, types))
    summaries -= {index for index, _, _ in kept}  # a clause that also names a village keeps its figures
    return kept, summaries


def _areas_with_their_villages(
        placed: list[tuple[int, Mention, list[str]]], text: str,
        pack: LanguagePack) -> tuple[list[tuple[int, Mention, list[str]]], set[int]]:
    """A district or region gives way to the article's event places inside it.

    "Kyrgyzstan said three of its villages in the Leilek district came under
    fire", then a paragraph each for Maksat, Kulundu and Korgon: the district
    sums the events at its villages; it is no event of its own, and when it
    holds more than one of them the figures of its clause (the sums) go to no
    incident; with one, they are that village's ("one Kyrgyz border guard was
    killed in Chon-Alay district", then the village). Returns the events kept
    and the summing clauses.
    """
    def inside(place, area) -> bool:
        if area.kind == "border":  # "in three villages ... on the Kyrgyz-Tajik border": each of them
            return place.country_code in ("KG", "TJ")
        if area.is_region:
            return place.country_code == area.country_code and place.admin1 == area.name
        return place.admin2 == area.name and place.admin1 == area.admin1

    # distinct places: a long article names the same few places many times
    points = {m.place.id: m.place for _, m, _ in placed
              if m.place is not None and m.role_reason != CEASEFIRE_VENUE and not m.place.is_unit
              and m.place.kind != "border"}.values()
    # ... and a region gives way to a district of its own ("in the west of the Batken region", then a
    # village the article places in Leilek district, for which the district stands)
    districts = {m.place.id: m.place for _, m, _ in placed
                 if m.place is not None and m.role_reason != CEASEFIRE_VENUE and m.place.is_unit
                 and not m.place.is_region}.values()
    villages: dict[int, int] = {}  # area id -> how many of the article's event places lie inside it
    kept = []
    summaries: set[int] = set()
    gave_way: list[tuple[int, Mention]] = []  # (clause, area) that gave way to its villages
    for index, mention, types in placed:
        area = mention.place
        if area is not None and (area.is_unit or area.kind == "border") and area.id not in villages:
            villages[area.id] = sum(inside(point, area) for point in points) or \
                (sum(inside(district, area) for district in districts) if area.is_region else 0)
        if area is not None and area.is_unit \
                and pack.event_words.territory_before.search(text, max(0, mention.start - 120), mention.start) \
                and any(point.country_code in ("KG", "TJ") and point.country_code != area.country_code
                        for point in points):
            # the other side's version of where: 'detained "on the territory of Kuhistoni Mastchoh district, 1.5
            # kilometers from the line"' of herders the article places at their Kyrgyz village
            _demote(mention, "the other side's version of where, told by its territory")
            continue
        if area is not None and villages.get(area.id, 0) and not (
                area.is_unit and pack.event_words.unknown_village_in_before.search(text, max(0, mention.start - 60), mention.start)):
            # (not "a summer pasture near the village of Karamyk in Chong-Alay district": the district stands for
            # a place of its own the gazetteer lacks)
            _demote(mention, "an area whose villages are the article's event places")
            if villages[area.id] > 1:
                summaries.add(index)  # its figures sum several villages' events
            gave_way.append((index, mention))
            continue
        kept.append((index, mention, types))
    if gave_way:
        # "the September 16 shooting on the Tajik-Kyrgyz border between Tajikistan's Bobojon-Ghafourov district ...
        # and the Leilek district of Kyrgyzstan", then the Bahor mahalla of Ovchi-Kalacha: the district across the
        # section from the one that gave way to its village is the section's other end, no event of its own
        ends = []
        for index, mention, types in kept:
            if mention.place is not None and mention.place.is_unit and any(
                    k == index and area.end <= mention.start and area.place.country_code != mention.place.country_code
                    and pack.between_before.search(text, max(0, area.start - 40), area.start)
                    and pack.coordinated.fullmatch(text, area.end, mention.start)
                    for k, area in gave_way):
                _demote(mention, "the other end of a section between it and a district whose village is the event's")
                continue
            ends.append((index, mention, types))
        kept = ends
    summaries -= {index for index, _, _ in kept}  # a clause that also names a village keeps its figures
    return kept, summaries


def _shared_evacuation_origins(placed: list[tuple[int, Mention, list[str]]]) -> list[tuple[int, Mention, list[str]]]:
    """«Из Кулунду и соседнего села Максат в Раззаков вывезены около 500 женщин и детей»: a figure
    shared by several places goes to the first named, and a later one that the article names for
    nothing else is no event of its own.

    Only in a clause that reports nothing but an evacuation, and only where the first place has an
    event in another clause of the article (the fighting the people fled).
    """
    by_clause: dict[int, list[Mention]] = {}
    for index, mention, types in placed:
        if set(types) <= {"evacuation_displacement"} and mention.place is not None:
            by_clause.setdefault(index, []).append(mention)
    dropped: set[int] = set()
    for index, mentions in by_clause.items():
        first = mentions[0].place.id
        # the clauses that tell this evacuation again ("evacuated from Katran and Uch-Bulak" in the
        # summary and in the body) are no other event of its places
        again = {i for i, others in by_clause.items() if others[0].place.id == first}
        if len({m.place.id for m in mentions}) < 2 or not any(
                i not in again and m.place is not None and m.place.id == first for i, m, _ in placed):
            continue
        for mention in mentions[1:]:
            if mention.place.id != first and not any(
                    i not in again and m.place is not None and m.place.id == mention.place.id for i, m, _ in placed):
                _demote(mention, "a later place of an evacuation figure shared with the first named")
                dropped.add(id(mention))
    return [entry for entry in placed if id(entry[1]) not in dropped]


def _one_victim_described(clause: Clause, text: str, pack: LanguagePack) -> bool:
    """The clause's casualty figures are one person each, described rather than counted ("A 38-year-old
    resident of Andarak was seriously wounded", «38-летний житель села Андарак получил тяжелое
    ранение»)."""
    figures = [f for f in pack.read_figures(text[clause.start:clause.end]) if f.measure in ("fatalities", "injured")]
    return bool(figures) and all(f.value == 1 and f.described and not f.additive for f in figures)


def _group_hurt(paragraph: int, clauses: list[Clause], text: str, pack: LanguagePack) -> bool:
    """The paragraph counts two or more people killed or hurt («Оба получили ранения», "two men were wounded")."""
    return any(f.measure in ("fatalities", "injured") and f.value >= 2
               for clause in clauses if clause.paragraph_index == paragraph
               for f in pack.read_figures(text[clause.start:clause.end]))


#: How far (characters) after a home village the relative clause that says where its resident was may name
#: that place («житель села Кара-Бак, который работал в саду родственников в Чеке»).
_WHERE_HE_WAS_CHARS = 90


def _counts_the_hurt_at(mention: Mention, clause: Clause, text: str, pack: LanguagePack) -> bool:
    """The clause counts the dead or hurt as the people of the place ("two residents of Khoja-Alo were hurt")
    and names no weapon."""
    clause_text = text[clause.start:clause.end]
    if pack.firearms.search(clause_text):
        return False
    offset = mention.start - clause.start
    return any(f.measure in ("fatalities", "injured") and f.value and f.start <= offset < f.end
               for f in pack.read_figures(clause_text))


#: The least length (characters) of a sentence told twice word for word that counts as a page's repetition.
REPEATED_SENTENCE_CHARS = 40


def _repeated_sentences(clauses: Sequence[Clause], text: str) -> set[int]:
    """The sentences that repeat an earlier sentence word for word (a page that printed a paragraph twice: «Кроме того,
    ... также пострадал начальник угольного разреза "Шуроб"» twice): their figures count no one again."""
    seen: set[str] = set()
    repeated = set()
    for index, (start, end) in sorted(_sentence_spans(clauses).items()):
        sentence = " ".join(text[start:end].split())
        if len(sentence) < REPEATED_SENTENCE_CHARS:
            continue
        if sentence in seen:
            repeated.add(index)
        seen.add(sentence)
    return repeated


def _sentence_spans(clauses: Sequence[Clause]) -> dict[int, tuple[int, int]]:
    """Sentence index -> where its first clause starts and its last clause ends."""
    spans: dict[int, tuple[int, int]] = {}
    for clause in clauses:
        start, end = spans.get(clause.sentence_index, (clause.start, clause.end))
        spans[clause.sentence_index] = (min(start, clause.start), max(end, clause.end))
    return spans


#: Just before a region or district, its citizens: «граждан |Баткенской области», "citizens of |Batken region".
_CITIZENS_BEFORE = re.compile(r"\b(?:граждан\w*|citizens\s+of(?:\s+the)?)\s+$", re.I)


def _residents_of_a_neighbour(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause], text: str,
                              pack: LanguagePack, sections: list[int],
                              mentions: Sequence[Mention]) -> list[tuple[int, Mention, list[str]]]:
    """A place named only as its people's home is context when the event is at a neighbour.

    "The trouble started when residents of the neighbouring Tajik village of
    Khistevarz crossed into Arka", "жителей соседнего таджикского джамоата
    Овчи-Калача" beside a clash at Kulundu: the participants' village is where
    they come from; the event is at the other place, within
    :data:`SAME_EVENT_KM`. A place named only that way, with no event place
    near it ("residents of Vorukh blocked the road"), stays the event place.
    """
    def section(offset: int) -> int:
        return bisect.bisect_right(sections, offset)

    others: dict[int, dict[int, object]] = {}  # section -> distinct event places in it
    for _, m, _ in placed:
        if m.place is not None:
            others.setdefault(section(m.start), {})[m.place.id] = m.place

    sentence_spans = cache(partial(_sentence_spans, clauses))

    def has_neighbour(mention: Mention) -> bool:
        """Another place of the article's events within SAME_EVENT_KM in the same section."""
        place = mention.place
        return place is not None and any(
            # a district is no neighbour: "a resident of Kara-Shybak" is more precise than "Chong-Alai district"
            other.id != place.id and not other.is_unit
            and _km(other, place) <= SAME_EVENT_KM
            for other in others.get(section(mention.start), {}).values())

    def residents(index: int, mention: Mention) -> bool:
        clause = clauses[index]
        if not (pack.roles.residents_before.search(text[clause.start:mention.start])
                or pack.roles.residents_after.match(text, mention.end)
                # «ответить на атаки граждан Баткенской области»: the people of a region or district
                or mention.place.is_unit and _CITIZENS_BEFORE.search(text, clause.start, mention.start) is not None):
            return False
        if pack.roles.fired_on_residents.search(text, max(clause.start, mention.start - 120), mention.start):
            # "Kyrgyz guards had opened fire on residents of the Tajik village of Chilgazi who were
            # cutting grass on their own land": the other government's version, at its own village
            return False
        if not has_neighbour(mention):
            return True  # no neighbour to be the scene: the exception below changes nothing
        if pack.roles.own_village_after.search(text, mention.end, sentence_spans()[clause.sentence_index][1]):
            # «жители села Самаркандык перекрыли трассу в центре села»: at home (also in a clause after their
            # report: "Residents of Arka report that | ... mortar rounds have been falling on the upper part of
            # the village")
            return False
        if any(clauses[i].sentence_index == clause.sentence_index and other.start > mention.end
               and other.place is not None
               and other.place.id != mention.place.id and pack.roles.scene_before.search(
                   text, max(clauses[i].start, other.start - CUE_WINDOW), other.start)
               for i, other, _ in placed):
            # "A 41-year-old shepherd from Isfisor was wounded ... on the outskirts of Khistevarz": the
            # sentence names where he was hurt ("A 13-year-old schoolgirl from Vorukh was injured ... when young men
            # threw stones at a minibus ... as it passed the Kyrgyz village of Ak-Sai")
            return True
        if pack.relative_aside.match(text, mention.end) and any(
                i == index and mention.end < other.start <= mention.end + _WHERE_HE_WAS_CHARS
                and other.place is not None and other.place.id != mention.place.id for i, other, _ in placed):
            # «38-летний житель соседнего села Кара-Бак, который работал в саду родственников в Чеке»: the
            # relative clause after his home says where he was
            return True
        # "Five residents of Kulundu were wounded": the people hurt at home, so the village is the scene;
        # not "two residents of Vorukh had also been hurt" (in the brawl told before, elsewhere)
        clause_text = text[clause.start:clause.end]
        if pack.also.search(clause_text) is not None:
            return True
        if pack.same_event.search(clause_text) is not None and any(
                k < index and other.place is not None and other.place.id != mention.place.id for k, other, _ in placed):
            # "Not far from the place of the incident, a 65-year-old resident of the Tajik village of Chorkuh ... was
            # shot dead" after the wounding at the Koktash post: hurt in the event told before
            return True
        offset = mention.start - clause.start
        figures = pack.read_figures(clause_text)
        # "a 31-year-old resident of Vorukh died of a gunshot wound in the central hospital in Isfara": he died in
        # hospital of a wound taken elsewhere; his village is his home
        if any(f.measure == "fatalities" and f.value and f.start <= offset < f.end for f in figures) and (any(
                m.role_reason == DESTINATION and mention.end < m.start < clause.end for m in mentions)
                # «скончался житель джамоата Ворух 1990 года рождения, получивший черепно-мозговую травму»: he died
                # of a wound taken in the fight told elsewhere
                or pack.died_of_wounds.search(clause_text) is not None):
            return True
        coordination = next((f for f in figures if f.start <= offset < f.end and f.measure in ("fatalities", "injured")
                             and pack.event_words.coordinated_part.search(clause_text, f.start, f.end)), None)
        if coordination is not None and (
                len({other.place.country_code for _, other, _ in placed if other.place is not None
                     and clause.start + coordination.start <= other.start < clause.start + coordination.end}) > 1
                or any(k < index and other.place is not None and other.place.id != mention.place.id
                       and not other.place.is_unit and section(other.start) == section(mention.start)
                       and _km(other.place, mention.place) <= SAME_EVENT_KM for k, other, _ in placed)):
            # one part of a coordination: "Three residents of Arka ... and two residents of ... Khistevarz were
            # injured" (both sides' villages), "one resident of Histevarz and one Tajik border guard had been
            # wounded" after the exchange placed at Arka: the people hurt in one fight, each named by their home
            # (not the lede's "Five residents of Kok-Tash village ... and three citizens of Tajikistan were
            # injured in a mass brawl", which may be at home)
            return True
        return not any(
            # "had wounded three residents of Ovchi-Kalacha": the people counted just before their village
            f.measure in ("fatalities", "injured") and f.value and (
                f.start <= offset < f.end or _OBJECT_PEOPLE_OF.fullmatch(clause_text, f.end, offset) is not None)
            for f in figures)

    home = []
    for number, (index, mention, types) in enumerate(placed):
        own = residents(index, mention)
        if not own and number and placed[number - 1][0] == index:
            # "residents of Surkh and the neighbouring Kök-Tash": the second is named the same way (also after the
            # units that locate the first: «между жителями приграничных сел Уч-Добо Баткенского района Баткенской
            # области и Ходжа-Аъло»)
            before = number - 1
            while before > 0 and placed[before][0] == index and placed[before][1].place is not None \
                    and placed[before][1].place.is_unit and not home[before]:
                before -= 1
            own = home[before] and placed[before][0] == index \
                and bool(pack.coordinated.fullmatch(text, placed[number - 1][1].end, mention.start))
        # people moved from their homes: their village is the event place ("moved 650 residents of Chilgazi")
        home.append(own and "evacuation_displacement" not in types)

    # "Four residents of Ak-Tatyr were injured", later "two residents of Khoja-Alo ... were injured": each
    # government counts its own people hurt in one fight; the second village's count is the other party's
    # hurt, not a second scene
    # ... and after a brawl told at one village ("a mass brawl broke out at Kara-Bak"), "two residents of
    # Lakkon were injured" counts the other party's hurt (not after shelling: its shells may hit both)
    @cache
    def unarmed_brawl() -> bool:
        """The article names a brawl and, in its news, no shot or weapon."""
        return pack.sub_event_cues["Violent demonstration"].search(text) is not None \
            and pack.firearms.search(blank_matches(_news_text(text, clauses, pack), pack.harmless_fire)) is None

    counted_scenes: list[tuple[int, object]] = []  # (section, place) of villages whose hurt people were counted
    brawl_scenes: list[tuple[int, object]] = []  # ... of those, the scenes of a brawl
    for number, (index, mention, types) in enumerate(placed):
        place = mention.place
        if home[number] or place is None or place.is_unit:
            continue
        key = section(mention.start)
        if "border_incident_protest" in types and not ARMED_TYPES & set(types) \
                or ARMED_TYPES & set(types) == {"armed_clash"} and unarmed_brawl() \
                and not pack.roles.residents_before.search(text[clauses[index].start:mention.start]):
            # ("The fight broke out ... on the outskirts of Lakkon" in an article of a brawl with sticks and stones
            # that names no shot: the fight is the brawl)
            counted_scenes.append((key, place))
            brawl_scenes.append((key, place))
            continue
        if not pack.roles.residents_before.search(text[clauses[index].start:mention.start]):
            continue
        if not set(types) <= {"casualty_report"}:
            # ... and so is a count in a clause that names the fight again, with no weapon ("two residents of
            # Khoja-Alo were hurt and treated in Isfara, and blamed the Kyrgyz side for starting the fight")
            if _counts_the_hurt_at(mention, clauses[index], text, pack) and any(
                    k == key and other.id != place.id
                    and _km(other, place) <= SAME_EVENT_KM
                    for k, other in brawl_scenes):
                home[number] = True
            continue
        if any(k == key and other.id != place.id
               and _km(other, place) <= SAME_EVENT_KM
               for k, other in counted_scenes):
            home[number] = True
        else:
            counted_scenes.append((key, place))
    # the two parties of a fight named as their people's homes in one clause ("residents of Lakkon and of
    # the neighbouring Kyrgyz village of Kara-Bak clashed"): a later count of one party's hurt ("two
    # residents of Lakkon were injured") is no scene of its own that would make both parties mere homes
    clause_homes: dict[int, set[int]] = {}
    for (index, mention, _), own in zip(placed, home):
        # (not the district that locates a village: «Житель села Арка Лейлекского района»)
        if own and mention.place is not None and not mention.place.is_unit:
            clause_homes.setdefault(index, set()).add(mention.place.id)
    parties = {(section(clauses[index].start), place_id) for index, ids in clause_homes.items() if len(ids) > 1
               for place_id in ids}
    # distinct places only: a long article names the same few places many times; a digest's dated
    # sections are separate stories
    # (a party's count of its hurt tells no fighting of its own, whatever the types it took from the fight told
    # before: "one resident of Vorukh, a 16-year-old schoolboy, was injured in the head")
    scenes = {(section(mention.start), mention.place.id): mention.place
              for (index, mention, types), own in zip(placed, home)
              if not own and mention.place is not None
              and not ((section(mention.start), mention.place.id) in parties and (set(types) <= {"casualty_report"} or set(
                  clause_types(text[clauses[index].start:clauses[index].end], pack)) <= {"casualty_report"}))}
    # "the 46-year-old shepherd from Daraut-Korgon was grazing ... 4 kilometres west of the village of
    # Kara-Shybak": a scene named in the home's own sentence is the event place, however far it lies
    sentence_scenes: dict[int, set[int]] = {}
    for (index, mention, _), own in zip(placed, home):
        if not own and mention.place is not None and not mention.place.is_unit and mention.place.kind != "border" \
                and pack.roles.scene_before.search(text, max(0, mention.start - 80), mention.start):
            sentence_scenes.setdefault(clauses[index].sentence_index, set()).add(mention.place.id)
    # "from the neighbouring village of Muchun": the text says so, where the gazetteer puts it further away
    called_neighbours = {m.place.id for _, m, _ in placed if m.place is not None
                         and pack.neighbour_before.search(text, max(0, m.start - 60), m.start)}
    # the exact days the scenes' clauses name: "On May 9, Kyrgyz border guards detained two men from the village
    # of Gulkhona" is no part of the May 14 shooting at the neighbouring exclave
    scene_days: dict[tuple[int, int], set[dt.date]] = {}
    for (index, mention, _), own in zip(placed, home):
        if not own and mention.place is not None:
            scene_days.setdefault((section(mention.start), mention.place.id), set()).update(_exact_days(clauses[index]))
    # villages named as the homes of people who came to the scene ("citizens of Tajikistan from the village of Muchun
    # came to the head structure"): a party of the fight
    party_homes = {m.place.id for m in mentions if m.place is not None
                   and pack.event_words.came_from_before.search(text, max(0, m.start - 60), m.start)
                   and pack.event_words.came_after.match(text, m.end)}
    brawl_scene_places = [(section(mention.start), mention.place) for (index, mention, types), own in zip(placed, home)
                          if not own and mention.place is not None and not mention.place.is_unit
                          and "border_incident_protest" in types and not ARMED_TYPES & set(types)]
    neighbour: dict[tuple[int, int], bool] = {}
    beside_clauses: set[int] = set()  # clauses with a home demoted beside the scene
    named_scenes = {m.place.id for _, m, _ in placed if m.place is not None and m.role_reason == INCIDENT_SCENE}
    kept = []
    for (index, mention, types), own in zip(placed, home):
        place = mention.place
        if own and place is not None:
            key = (section(mention.start), place.id)
            if index in beside_clauses and any(
                    other_section == key[0] and other.id != place.id and not other.is_unit
                    and _km(other, place) <= NAMED_NEIGHBOUR_KM
                    for (other_section, other_id), other in scenes.items()):
                # «Раненых - двоих жителей Чоркуха 35 и 52 лет и 16-летнего подростка из Сурха - доставили в»: the
                # homes of the hurt listed together, the second a little farther off
                _demote(mention, _HOME_BESIDE_THE_SCENE)
                continue
            if key not in neighbour:
                radius = NAMED_NEIGHBOUR_KM if place.id in called_neighbours or (
                    # "a group of citizens of Tajikistan from the village of Muchun came to the head structure of
                    # the canal ... and began throwing stones" ... "two residents of Muchun had been injured": the
                    # village of the brawl's other party, across the line (16 km from Ak-Suu by the table's points)
                    place.id in party_homes and any(other_section == key[0] and other.country_code != place.country_code
                                                    for other_section, other in brawl_scene_places)) \
                    else SAME_EVENT_KM
                days = _exact_days(clauses[index], text, pack)
                # «драка между кыргызскими чабанами и жителями соседнего Лахшского района Таджикистана» at Kara-Shybak:
                # a neighbouring district across the line, whose point is its seat far from the line, is no distance
                # apart from the village scene
                # ... and one named as the home of the other party to a fight at a village across the line ("residents
                # of Ghonchi district had been 'attacked by a group of Kyrgyz citizens'" at the pasture near Andarak,
                # «ответить на атаки граждан Баткенской области» at Vorukh)
                across = place.is_unit and (place.id in called_neighbours or place.feature_code in ("ADM1", "ADM2"))
                neighbour[key] = across and any(
                    other_section == key[0] and not other.is_unit and other.country_code != place.country_code
                    for (other_section, _), other in scenes.items()) or any(
                    other_section == key[0] and other.id != place.id and not other.is_unit
                    # (a located village is no home beside a scene the gazetteer lacks, which lies who knows where;
                    # unless the article names that scene as its incident's: "The incident occurred this morning near
                    # Dacha tract" ... "a group of residents of Vorukh enclave ... threw stones at a Honda Fit car")
                    and not (other.stand_in_unit is not None and place.stand_in_unit is None
                             and other_id not in named_scenes)
                    # (a reservoir's point is its middle: the villages it waters lie farther off)
                    and _km(other, place) <= (
                        NAMED_NEIGHBOUR_KM if other.feature_code == "DAM" else radius)
                    and not (days and scene_days.get((other_section, other_id)) and all(
                        abs((a - b).days) > 1 for a in days for b in scene_days[(other_section, other_id)]))
                    for (other_section, other_id), other in scenes.items())
            if neighbour[key]:
                _demote(mention, _HOME_BESIDE_THE_SCENE)
                beside_clauses.add(index)
                continue
            if sentence_scenes.get(clauses[index].sentence_index, set()) - {place.id}:
                _demote(mention, "named as its residents' home; the sentence names the scene")
                continue
            if (pack.same_event.search(text, clauses[index].start, clauses[index].end) and any(
                    m.place is not None and m.place.id != place.id and k < index for k, m, _ in placed)) \
                    or (pack.event_words.fight_again.search(text, clauses[index].start, clauses[index].end) and any(
                        m.place is not None and m.place.id != place.id and not m.place.is_unit and k < index
                        for k, m, _ in placed)):
                # "one resident of the Vorukh exclave was hurt in the same fight" (the fight at Katran told before);
                # "the Kyrgyz participants in the fight 'came with their own supporters from Kulundu'"
                _demote(mention, "named as its residents' home; hurt in the event told before")
                continue
            if pack.event_words.one_of_them_before.search(text, max(clauses[index].start, mention.start - 120),
                                                           mention.start) and any(
                    not other_own and k < index and m.place is not None and m.place.id != place.id
                    and not m.place.is_unit and section(m.start) == key[0]
                    for (k, m, _), other_own in zip(placed, home)):
                # "On June 6, the Tajik ministry said that one of them, a 24-year-old resident of Muchun, had died of
                # his wounds": one of the people counted in the event told before (the brawl near Ak-Suu)
                _demote(mention, "named as its residents' home; one of the people counted in the event told before")
                continue
            if not clauses[index].dates and _one_victim_described(clauses[index], text, pack) and any(
                    not other_own and k < index and m.place is not None and not m.place.is_unit
                    and section(m.start) == key[0] and ARMED_TYPES & set(other_types)
                    and _group_hurt(clauses[k].paragraph_index, clauses, text, pack)
                    for (k, m, other_types), other_own in zip(placed, home)):
                # «Оба получили ранения. 38-летний житель села Андарак получил тяжелое ранение в живот»:
                # one of the people hurt in the fight told before, described by age and home
                _demote(mention, "named as its residents' home; one of the people hurt in the event told before")
                continue
            if set(types) <= {"casualty_report"} and not place.is_unit and not any(
                    not other_own and m.place is not None and m.place.id == place.id
                    for (_, m, _), other_own in zip(placed, home)) and any(
                    k < index and not other_own and m.place is not None and not m.place.is_unit
                    and m.place.country_code != place.country_code and section(m.start) == key[0]
                    # (not the home of the other party that came to the scene: "40 citizens of Tajikistan from the
                    # neighboring village of Muchun came to the place of the blockade")
                    and m.place.id not in party_homes
                    and "border_incident_protest" in other_types
                    # (a brawl: "fought with sticks and stones" names no weapon that fires)
                    and (not ARMED_TYPES & set(other_types)
                         or not pack.firearms.search(text, clauses[k].start, clauses[k].end))
                    and _km(m.place, place) <= OTHER_PARTY_KM
                    for (k, m, other_types), other_own in zip(placed, home)):
                # "Herders ... fought on a pasture about 12 kilometres south of Kyzyl-Eshme ... A spokesman for the
                # Lakhsh district administration said two residents of the village of Karakenja had been injured":
                # the brawl's other party, hurt in it, counted by their own government far from home (not a village
                # the article also names as a scene: «массовая драка у въезда в Ворух ... пострадали трое жителей
                # Воруха»)
                _demote(mention, "named as its residents' home; the other party of the brawl told before")
                continue
        kept.append((index, mention, types))
    # the second party of a fight between two villages' people, told first as such ("A conflict broke out between
    # residents of the border villages of Bulak-Bashy of Leilek district and Yova"), named again only as its people's
    # home ("three residents of Yova had been injured") is no second scene: the fight is at the first named
    first_party: dict[int, tuple[int, int]] = {}  # place id of a second party -> that of the first, and its clause
    homes_by_clause: dict[int, list[int]] = defaultdict(list)  # clause -> the homes named in it, in text order
    for (i, m, _), own in zip(placed, home):
        if own and m.place is not None and not m.place.is_unit:
            homes_by_clause[i].append(m.place.id)
    for index, homes_here in sorted(homes_by_clause.items()):
        if len(set(homes_here)) >= 2 and pack.fight_parties.search(text, clauses[index].start, clauses[index].end):
            for other in dict.fromkeys(homes_here[1:]):
                if other != homes_here[0]:
                    first_party.setdefault(other, (homes_here[0], index))
    if first_party:
        scenes_kept = {m.place.id for _, m, _ in kept if m.place is not None}
        parties_kept = []
        for (index, mention, types) in kept:
            # (later than the clause that named both: there the rules of the fight's parties read it)
            party = first_party.get(mention.place.id) if mention.place is not None else None
            if party is not None and party[0] in scenes_kept and index > party[1] and residents(index, mention):
                _demote(mention, "named as its residents' home; the other party of the fight told first")
                continue
            parties_kept.append((index, mention, types))
        kept = parties_kept
    # the district named right after a home demoted here is that home's («жители соседнего таджикского села Унджи
    # Бободжон Гафуровского района»: where the other party came from, no scene of its own)
    demoted_homes = [(index, mention) for (index, mention, _), own in zip(placed, home)
                     if own and mention.role == "context" and mention.place is not None and not mention.place.is_unit]
    homes_kept = []
    for index, mention, types in kept:
        if mention.place is not None and mention.place.is_unit and any(
                k == index and home_mention.end <= mention.start and not text[home_mention.end:mention.start].strip()
                for k, home_mention in demoted_homes):
            _demote(mention, _HOME_BESIDE_THE_SCENE)
            continue
        homes_kept.append((index, mention, types))
    return homes_kept


def _homes_at_the_village_told_before(placed: list[tuple[int, Mention, list[str]]], mentions: Sequence[Mention],
                                      clauses: Sequence[Clause], text: str,
                                      pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """A village named as its people's home, in a clause whose scene is "the village" the sentence before named, is
    where those people came from: "A motorcade ... was returning to Dostuk from Batken city. At the entrance to the
    village, ... a group of about 20 residents of Kaptarkhona village of Tajikistan began throwing stones at the cars"
    is an event at Dostuk (an event place of the article)."""
    event_places = {m.place.id for _, m, _ in placed if m.place is not None and not m.place.is_unit}
    kept = []
    for index, mention, types in placed:
        clause = clauses[index]
        if mention.place is not None and not mention.place.is_unit \
                and pack.roles.residents_before.search(text, max(clause.start, mention.start - RESIDENTS_CHARS),
                                                       mention.start) \
                and pack.event_words.the_village_scene.search(text, clause.start, mention.start) \
                and any(m.sentence_index == mention.sentence_index - 1 and m.place is not None
                        and m.place.id != mention.place.id and m.place.id in event_places and not m.place.is_unit
                        and "\n" not in text[m.end:mention.start] for m in mentions):
            _demote(mention, f"{_OTHER_PARTY}: its people came to the village the sentence before named")
            continue
        kept.append((index, mention, types))
    return kept


#: How far from a brawl's scene across the line (km) a village named only as the home of people hurt may lie and be
#: the brawl's other party (mountain pastures lie far from the villages that graze them: Karakenja and Kyzyl-Eshme).
OTHER_PARTY_KM = 100.0


#: How far before a village named as the opponents' home (characters) the fight with them may be told ("a fight
#: with residents of the Tajik village of |Ovchi-Kalacha").
OPPONENT_CHARS = 100
#: ... and how far after it ("residents of Maksat ... and the Tajik village of |Ovchi-Kalacha| clashed").
OPPONENT_AFTER_CHARS = 20
#: The role reason of a village named as its people's home beside the scene of their event.
_HOME_BESIDE_THE_SCENE = "named as its residents' home; the event is at a neighbouring place"


def _the_other_party_s_hurt(placed: list[tuple[int, Mention, list[str]]], mentions: Sequence[Mention],
                            clauses: Sequence[Clause], text: str,
                            pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """The other party of a fight, counting its own hurt, is no event of its own.

    «Жители кыргызского села Кок-Таш и таджикского села Ходжаи Аъло забрасывали друг друга
    камнями», then «Хукумат города Исфары сообщил, что пострадали трое жителей Ходжаи Аъло»: the
    three were hurt in the fight at Kök-Tash, so a later event at the other party's village that
    reports nothing but casualties gives its figures to that fight (each government's own people
    are summed there). So does the village whose edge the scene was told by ("near the Kyrgyz village of
    Ak-Sai, where a road ... run along the edge of Tajikistan's Vorukh exclave", then "one Tajik citizen, a
    34-year-old man from Vorukh, was killed").
    """
    other_party = {m.place.id for m in mentions
                   if m.place is not None and m.role_reason.startswith((_OTHER_PARTY, _LANDMARK_OF_THE_SCENE))}
    # "Four residents of Kulundu ... hospitalised after a fight with residents of the Tajik village of Ovchi-Kalacha
    # ... two residents of Ovchi-Kalacha had been beaten": the opponents' home, told again with their hurt (their
    # beating is the fight's)
    opponents = {m.place.id for m in mentions if m.place is not None and m.role_reason == _HOME_BESIDE_THE_SCENE
                 and pack.fight_parties.search(text, max(0, m.start - OPPONENT_CHARS), m.end + OPPONENT_AFTER_CHARS)}
    if not other_party and not opponents:
        return placed

    def hurt_at_home(index: int, mention: Mention, types: list[str]) -> bool:
        if mention.place.id not in opponents or not set(types) <= {"casualty_report", "border_incident_protest"}:
            return False
        clause = clauses[index]
        return pack.roles.residents_before.search(text, max(clause.start, mention.start - 80), mention.start) \
            is not None and any(f.measure == "injured" and f.value
                                for f in pack.read_figures(text[clause.start:clause.end]))

    kept = []
    for index, mention, types in placed:
        if mention.place is not None and (mention.place.id in other_party and set(types) <= {"casualty_report"}
                                          or hurt_at_home(index, mention, types)):
            _demote(mention, "the other party of the fight counts its own hurt")
            continue
        kept.append((index, mention, types))
    return kept


#: How many clauses back a sentence's first clause is looked for.
_SENTENCE_CLAUSES = 4


def _residents_hurt_across_the_line(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause], text: str,
                                    pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """People of the other country's village hurt in a fight the article placed before, counted by their own side,
    are no event of their own: "a mass brawl with stone-throwing ... on the outskirts of Khistevarz ... Kyrgyz media,
    citing the administration of Leilek district, reported that two residents of Arka sought medical help after
    the brawl" (their figure joins the fight, where each side's own hurt are summed). Only after a brawl (each side's
    version of armed fire at its own village is its own incident), only a village across the line
    within :data:`SAME_EVENT_KM` (or any distance when the clause names the fight again), named as the people's home,
    in a clause that counts the hurt and tells nothing but the fight named again."""
    kept: list[tuple[int, Mention, list[str]]] = []
    for index, mention, types in placed:
        clause = clauses[index]
        place = mention.place
        extra = set(types) - {"casualty_report"}
        # (the fight may be named in the sentence's clause before a dash: «в драке пострадал один гражданин Таджикистана
        # | — 33-летний водитель из Конибодома»)
        sentence_start = min(c.start for c in clauses[max(0, index - _SENTENCE_CLAUSES):index + 1]
                             if c.sentence_index == clause.sentence_index)
        # (a district named as the home of one hurt in the event told before: «подросток, житель Горно-Матчинского
        # района, был "жестоко избит"» after «жители Тогуз-Булака задержали подростка»)
        home_district = place is not None and place.is_district
        if place is not None and extra <= {"border_incident_protest", "armed_clash"} \
                and (not extra or home_district or pack.event_words.fight_again.search(text, sentence_start, clause.end)) \
                and pack.roles.residents_before.search(text, max(clause.start, mention.start - 80), mention.start) \
                and any(other.place is not None and other.place.country_code in ("KG", "TJ")
                        and other.place.country_code != place.country_code and not other.place.is_unit
                        and "border_incident_protest" in other_types and clauses[k].sentence_index < clause.sentence_index
                        # (or further, in a clause that names the fight again: «в драке пострадал один гражданин
                        # Таджикистана — 33-летний водитель из Конибодома», after the brawl at the Kyzyl-Bel crossing)
                        and (_km(place, other.place) <= SAME_EVENT_KM or home_district
                             or pack.event_words.fight_again.search(text, sentence_start, clause.end) is not None)
                        for k, other, other_types in kept) \
                and any(f.measure in ("injured", "fatalities") and f.value
                        for f in pack.read_figures(text[sentence_start:clause.end])):
            _demote(mention, "home of people hurt in the fight placed across the line")
            continue
        kept.append((index, mention, types))
    return kept


def _the_other_sides_scene(placed: list[tuple[int, Mention, list[str]]], scenes: set[int], clauses: list[Clause],
                           text: str, pack: LanguagePack, mentions: Sequence[Mention] = (),
                           structure: ArticleStructure | None = None) -> list[tuple[int, Mention, list[str]]]:
    """The other government's place for a fight the article has already placed is no event of its own.

    "a mass brawl ... Three residents of Kok-Tash were injured", then "The Isfara city administration
    said that the fight took place 'on the outskirts of Khojai-Alo' and that two Tajik citizens were
    injured": one fight, told by each side at its own village (within :data:`SAME_EVENT_KM`, across
    the line), or at its own district (within :data:`OTHER_SIDES_DISTRICT_KM`, named in a sentence that
    counts no one hurt: "The Tajik account said Kyrgyz border guards had opened fire first on a section of
    the border in Isfara district"); its figures join the fight placed first, where each side's own hurt
    are summed.

    So is the other party's village, named in the clause that placed the fight as where that party came from,
    when the other government places the fight there in the same section ("a quarrel between young men from
    Chongara ... and from the neighboring Tajik village of Guzlon ended with stones thrown at a bakery on
    Chongara's main street", then "Tajikistan's border troops said the Chongara youths had come to Guzlon first"),
    however far apart the two villages' points.

    Not when the place placed first is only the first party of a lede that named this one as the other
    ("Residents of the Tajik jamoat of Lakkon beat a shepherd from Kara-Bak"), and the body names this one as
    the scene ("the incident took place ... some 3 kilometers south-east of the village of Kara-Bak"): the scene
    takes the first party's place.
    """
    # the other parties of the fights placed, by the section (under a heading of its own) they were named in
    fight_sentences = {(clauses[i].sentence_index, m.place.country_code) for i, m, types in placed
                       if m.place is not None and not m.place.is_unit and m.place.country_code in ("KG", "TJ")
                       and m.place.kind not in ("border", "country") and set(types) & FIGHTING_TYPES}
    parties = [m for m in mentions if m.place is not None and not m.place.is_unit
               and m.role_reason.startswith((_OTHER_PARTY, _HOME_BESIDE_THE_SCENE))
               and any(sentence == m.sentence_index and country != m.place.country_code
                       for sentence, country in fight_sentences)]
    headings = _topic_headings(text, structure, pack) if parties else []

    def section(offset: int) -> int:
        return _section_of(headings, offset, len(text))[0]

    parties_of_fights = {(section(m.start), m.place.id) for m in parties}

    def told_with_its_own_time(index: int) -> bool:
        """The clause's sentence gives a day or an hour of its own (not a statement's)."""
        return any(_clock_minutes(text[c.start:c.end]) is not None
                   or any(not _is_statement_date(d, text[c.start:c.end], pack) for d in c.dates)
                   for c in clauses if c.sentence_index == clauses[index].sentence_index)
    kept: list[tuple[int, Mention, list[str]]] = []
    for index, mention, types in placed:
        place = mention.place
        first_party = next((k for k, (i, other, _) in enumerate(kept) if other.place is not None and any(
                                m.place is not None and m.place.id == place.id and m.role_reason.startswith(_OTHER_PARTY)
                                and m.sentence_index == clauses[i].sentence_index for m in mentions)), None) \
            if place is not None and mention.role_reason == INCIDENT_SCENE else None
        if first_party is not None:
            _demote(kept[first_party][1], f"the first party of a fight the article places at {place.name}")
            kept[first_party:first_party + 1] = []
            kept.append((index, mention, types))
            continue
        # (the other government may name only its district: "The Tajik account ... said Kyrgyz border guards had
        # opened fire first on a section of the border in Isfara district", after the shooting near Kara-Bak)
        district = place is not None and place.is_district
        # (not the other village's own event, told with its own day or hour: "But at about 2:00 am on Monday a haystack
        # ... were set on fire in the yard of a house in Ovchi-Kalacha ..., the Tajik side said")
        party = place is not None and (section(mention.start), place.id) in parties_of_fights \
            and not told_with_its_own_time(index)
        radius = OTHER_SIDES_DISTRICT_KM if district else SAME_EVENT_KM
        if place is not None and (id(mention) in scenes and not place.is_unit or district or party) \
                and set(types) & FIGHTING_TYPES and any(
                other.place is not None and not other.place.is_unit
                and other.place.country_code != place.country_code
                and (party or _km(place, other.place) <= radius)
                for _, other, _ in kept):
            sentence = " ".join(text[c.start:c.end] for c in clauses
                                if c.sentence_index == clauses[index].sentence_index)
            if pack.speech.search(sentence) and not (district and any(
                    f.value for f in pack.read_figures(sentence) if f.measure in ("fatalities", "injured"))):
                _demote(mention, "the other side's place of a fight the article placed before")
                continue
        kept.append((index, mention, types))
    return kept


def _venues_of_a_named_section(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause], text: str,
                               pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """A ceasefire's meeting place gives way to the section its sentence names: «провели встречу в Раззакове и
    договорились о прекращении огня на участке Андарак» is one agreement, at Andarak (the devset README: a ceasefire
    agreed for a named section is an incident at that section's village)."""
    kept = []
    for index, mention, types in placed:
        if (mention.role_reason == CEASEFIRE_VENUE or types == ["ceasefire_agreement"]) and mention.place is not None \
                and any(other.place is not None and other.place.id != mention.place.id
                        and "ceasefire_agreement" in other_types and other.start > mention.start
                        and pack.roles.quoted_section_before.search(text, max(0, other.start - 30), other.start)
                        and clauses[k].sentence_index == clauses[index].sentence_index
                        for k, other, other_types in placed):
            _demote(mention, "the meeting place of a ceasefire agreed for a section named with it")
            continue
        kept.append((index, mention, types))
    return kept


#: How far (characters) before a place its people may be named ("a group of fifty ... residents of the village council
#: of"), and how far a relative clause may describe where another place lies ("near the Kyrgyz village of Ak-Sai, where
#: a road and an irrigation channel run along the edge of").
HOME_BEFORE_CHARS = 200
WHERE_IT_LIES_CHARS = 240


#: The cue of a village (not a post, a tract or a unit): "the village of …", «село …», «махалла …».
_VILLAGE_CUE = re.compile(r"village|hamlet|settlement|(?<!\w)сел|кишлак|айыл|(?<!\w)аил|махалл", re.I)


def _most_precise_per_clause(placed: list[tuple[int, Mention, list[str]]], clauses: list[Clause], text: str,
                             pack: LanguagePack) -> list[tuple[int, Mention, list[str]]]:
    """In one clause, a region or the border area gives way to a more precise place named with it.

    "Clashes at Kök-Tash in the Batken region" is one event at Kök-Tash;
    "the Kyrgyz-Tajik border in the Batken region" is one event in the region.
    When the first event place is named as its residents and a village within
    :data:`SAME_EVENT_KM` is named as the other party ("residents of Surkh and
    the neighbouring Kök-Tash threw stones", "жители Кулунду ... жители
    Овчи-Калачи"), that is one event at the first; "shells hit Chorkuh and
    Surkh" and "shepherds of Kulundu were detained at Western Qal'acha" stay two.
    """
    def rank(mention: Mention) -> tuple[int, int]:
        place = mention.place
        coarse = 0
        if place is not None and place.is_unit:
            coarse = 1
        if mention.kind == "border_area" or (place is not None and place.kind == "border"):
            coarse = 2
        if place is not None and place.stand_in_unit is not None and id(mention) in listed_with_a_village:
            # a village the gazetteer lacks is a village, though mapped at its unit, beside one it has in the same
            # list: "shelled the villages of Kulkand, Guliston and Oftobru" are three
            return (1, 0)
        if id(mention) in units_of_stand_ins:
            # "in the Hoji-Ali area of the Chorkuh jamoat": the located place a stand-in of its clause is mapped at,
            # named as its unit, is coarser than it
            return (max(mention.precision or 3, 2), 1)
        return (mention.precision or 3, coarse)

    # the places of each clause and sentence (looked up by their index, so a long list costs no more than its length)
    by_clause: dict[int, list[Mention]] = defaultdict(list)
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for index, mention, _ in placed:
        if mention.place is not None:
            by_clause[index].append(mention)
            by_sentence[clauses[index].sentence_index].append(mention)
    # the located places of a clause that a stand-in of that clause is mapped at, as its unit
    units_of_stand_ins = set()
    for group in by_clause.values():
        mapped_at: dict[str, int] = {}  # the unit a stand-in of the clause is mapped at -> where the first such begins
        for other in group:
            if other.place.stand_in_unit is not None:
                mapped_at[other.place.stand_in_unit] = min(mapped_at.get(other.place.stand_in_unit, other.start),
                                                           other.start)
        units_of_stand_ins.update(id(m) for m in group if m.place.stand_in_unit is None and not m.place.is_unit
                                  and mapped_at.get(m.place.name, m.start) < m.start)
    # stand-ins listed with a located village of their clause ("the villages of Kulkand, Guliston and Oftobru": the
    # list's cue holds the located name; not "around Ak-Sai and the neighbouring villages of Kapchygai and Dostuk")
    listed_with_a_village = set()
    for index, group in by_clause.items():
        located = [m for m in group if m.place.stand_in_unit is None]
        # (or, in a clause that names no located village, beside another it lacks, mapped elsewhere: «по селам Хонобод,
        # Танги и Ходжи-Али», one at a jamoat's point, two at the region's; not "around Ak-Sai and the neighbouring
        # villages of Kapchygai and Dostuk", the located village's)
        if any(not m.place.is_unit for m in located):
            listed_with_a_village.update(id(m) for m in group if m.place.stand_in_unit is not None and m.cue
                                         and any(other.text in m.cue for other in located if not other.place.is_unit))
        else:
            stand_ins = [m for m in group if m.place.stand_in_unit is not None]
            if any(m.cue and other.text in m.cue for m in stand_ins for other in stand_ins if other is not m):
                listed_with_a_village.update(id(m) for m in stand_ins)  # (all of them alike)
        if any(not m.place.is_unit and m.place.kind in ("city", "curated") for m in located) \
                and pack.fight_parties.search(text, clauses[index].start, clauses[index].end) is not None:
            # ... and a village it lacks named as one party of a fight whose other party is a located village
            # («конфликт между жителями приграничных сел Уч-Добо Баткенского района ... и Ходжа-Аъло Исфаринского
            # района»: a fight between two villages is at the first named)
            listed_with_a_village.update(id(m) for m in group if m.place.stand_in_unit is not None
                                         and _VILLAGE_CUE.search(m.cue or ""))

    def home_before(index: int, mention: Mention) -> bool:
        """Whether the clause names ``mention`` as people's home ("residents of", "a herder from")."""
        return pack.roles.residents_before.search(
            text[max(clauses[index].start, mention.start - HOME_BEFORE_CHARS):mention.start]) is not None

    def elsewhere(index: int) -> set[int]:
        """The event places of the article's other clauses."""
        return {m.place.id for i, m, _ in placed if i != index and m.place is not None}

    def home_beside_a_located_unit(index: int, mention: Mention) -> bool:
        """A place named as a person's home in a clause that puts the event in part of a district: "A
        61-year-old herder from Aidarken was beaten ... on the Kumbel high pasture in the south of Kadamjay
        district" is an event in the district, not at his home."""
        clause = clauses[index]
        return mention.place is not None and home_before(index, mention) \
            and any(other.place.is_unit and other.start > mention.end and other.place.id != mention.place.id
                    and pack.event_words.in_part_of_unit_before.search(text, max(clause.start, other.start - 60), other.start)
                    for other in by_clause[index])

    def home_beside_a_site(index: int, mention: Mention) -> bool:
        """A place named as the home of those who acted or were hit, in a sentence that names the site where: "a
        group of fifty ... residents of the village council of Aksai, on the bridge near the settlement of
        Khodjai-Alo, forcibly stopped the car", "a married couple from the village of Kayragach, were killed when a
        mortar round hit their car on the edge of Internatsional"."""
        return mention.place is not None and home_before(index, mention) \
            and any(not other.place.is_unit and other.start > mention.end
                    and other.kind == "place" and other.place.kind not in ("border", "country")
                    and other.place.id != mention.place.id
                    and pack.event_words.site_near_before.search(text, max(0, other.start - 80), other.start)
                    for other in by_sentence[clauses[index].sentence_index])

    def where_another_lies(index: int, mention: Mention) -> Mention | None:
        """The clause's place before it whose location a relative clause describes with it: "near the
        Kyrgyz village of Ak-Sai, where a road and an irrigation channel run along the edge of |Vorukh|"."""
        if mention.place is None:
            return None
        ends, others = points_by_end[index]
        first = bisect.bisect_left(ends, mention.start - WHERE_IT_LIES_CHARS)
        return next((other for other in others[first:bisect.bisect_left(ends, mention.start)]
                     if other.place.id != mention.place.id
                     and pack.event_words.where_it_lies.search(text, other.end, mention.start)), None)

    # each clause's located places that are no unit, by where they end (for :func:`where_another_lies`)
    points_by_end: dict[int, tuple[list[int], list[Mention]]] = {}
    for index, group in by_clause.items():
        points = sorted((m for m in group if not m.place.is_unit), key=lambda m: m.end)
        points_by_end[index] = ([m.end for m in points], points)

    best: dict[int, tuple[int, int]] = {}
    homes: set[int] = set()
    landmarks: dict[int, Mention] = {}
    for index, mention, _ in placed:
        if (described := where_another_lies(index, mention)) is not None:
            landmarks[id(mention)] = described
        elif home_beside_a_located_unit(index, mention) or home_beside_a_site(index, mention):
            homes.add(id(mention))
        elif mention.role_reason != CEASEFIRE_VENUE:  # an agreement's venue is another event
            best[index] = min(best.get(index, (9, 9)), rank(mention))
    kept = []
    first: dict[int, Mention] = {}
    last: dict[int, Mention] = {}
    for index, mention, types in placed:
        if id(mention) in homes:
            _demote(mention, "named as a person's home; the clause puts the event in part of a district")
            continue
        if id(mention) in landmarks:
            _demote(mention, f"{_LANDMARK_OF_THE_SCENE} {landmarks[id(mention)].place.name} lies")
            continue
        if mention.role_reason == CEASEFIRE_VENUE:
            kept.append((index, mention, types))
            continue
        if rank(mention) > best[index]:
            parties = pack.fight_parties.search(text, clauses[index].start, clauses[index].end)
            if parties is not None and mention.start > parties.start() and mention.place is not None \
                    and mention.place.is_unit:
                # «драка между жителями села и гражданами Кыргызстана из соседнего села Лейлекского района»:
                # the district the other party came from; its own count of hurt is the fight's
                _demote(mention, f"{_OTHER_PARTY}: a fight's party came from it")
            else:
                _demote(mention, "a more precise event place is named in the same clause")
            continue
        lead = first.setdefault(index, mention)
        last.setdefault(index, mention)
        # a second place of the clause, near the first: the other party or the other end of one scene
        # (however far their points: "residents of X and of the neighbouring village of Y pelted each
        # other" names the two parties of one fight)
        neighbour = lead is not mention and lead.place is not None and mention.place is not None \
            and lead.place.id != mention.place.id and (_km(lead.place, mention.place) <= SAME_EVENT_KM
                or pack.fight_parties.search(text, clauses[index].start, clauses[index].end) is not None)
        coordinated = neighbour and pack.coordinated.fullmatch(text, lead.end, mention.start) is not None
        before = last[index]  # the clause's place kept just before this one ("from Ak-Sai ... between |Ak-Sai and")
        if neighbour and before is not lead and before.place is not None and not before.place.is_unit \
                and not mention.place.is_unit and before.place.id == lead.place.id \
                and pack.coordinated.fullmatch(text, before.end, mention.start) is not None \
                and pack.between_before.search(text, max(clauses[index].start, before.start - 40), before.start):
            # "a shepherd from Ak-Sai was wounded on the pasture between Ak-Sai and the Tajik enclave of Vorukh"
            _demote(mention, f"the other end of a place between it and {lead.place.name}")
            continue
        if lead is not mention and lead.place is not None and mention.place is not None \
                and lead.place.id != mention.place.id and not lead.place.is_unit and not mention.place.is_unit \
                and pack.roles.residents_before.search(text[clauses[index].start:lead.start]) \
                and pack.event_words.victims_before.search(text, max(clauses[index].start, mention.start - 80),
                                                           mention.start) \
                and not set(types) <= {"evacuation_displacement"}:
            # "50-60 residents of the Kyrgyz village of Aksai ... threw stones at residents of Vorukh", «Жители
            # кыргызского села Булак-Башы ... забросали камнями и избили жителей таджикского села Чашмасор»: the attack
            # is where the people attacked were; the attackers came from the village named first
            _demote(lead, f"{_OTHER_PARTY}: its residents attacked those of {mention.place.name}")
            kept = [entry for entry in kept if entry[1] is not lead]
            first[index] = last[index] = mention
            kept.append((index, mention, types))
            continue
        if neighbour and pack.roles.residents_before.search(text[clauses[index].start:lead.start]) \
                and (coordinated or pack.roles.residents_before.search(text[clauses[index].start:mention.start])) \
                and not set(types) <= {"evacuation_displacement"}:
            # (not «жителей сел Ак-Татыр, Самаркандек и Ак-Сай ... временно переселили»: the villages evacuated)
            _demote(mention, f"{_OTHER_PARTY}: residents of {lead.place.name} act in this clause")
            continue
        if neighbour and mention.place.country_code != lead.place.country_code \
                and (parties := pack.fight_parties.search(text, clauses[index].start, clauses[index].end)) is not None \
                and lead.start < parties.start() < mention.start \
                and (pack.roles.residents_before.search(text, max(parties.start(), mention.start - 80), mention.start)
                     or pack.neighbour_before.search(text, max(parties.start(), mention.start - 60), mention.start)):
            # «в селе Арка ... произошла массовая драка между жителями села и гражданами Таджикистана из соседнего
            # Хистеварза»: the fight is at the village named first; the other party came from this one
            _demote(mention, f"{_OTHER_PARTY}: a fight's party came from it")
            continue
        if coordinated and not lead.place.is_unit and not mention.place.is_unit \
                and pack.between_before.search(text, max(clauses[index].start, lead.start - 40), lead.start):
            # «у моста «Дружба» между селом Кулунду и таджикским джамоатом Овчи-Калача»: one scene
            if mention.place.id in elsewhere(index) and lead.place.id not in elsewhere(index):
                # "the section between Lakkon and Kara-Bak" in a story told at Kara-Bak: its scene
                _demote(lead, f"the other end of a place between it and {mention.place.name}")
                kept = [entry for entry in kept if entry[1] is not lead]
                first[index] = mention
                kept.append((index, mention, types))
                continue
            _demote(mention, f"the other end of a place between it and {lead.place.name}")
            continue
        kept.append((index, mention, types))
        last[index] = mention
    return kept


def _entry_of(clause: Clause, entries: Sequence[int]) -> int:
    """The live-blog entry a clause is in (text before the first entry counts as the first)."""
    return max(0, bisect.bisect_right(entries, clause.start) - 1)


def _earlier_in_reporting_order(event_clauses: list[int], index: int, clauses: list[Clause],
                                entries: Sequence[int]) -> list[int]:
    """The event clauses reported before clause ``index`` on a newest-first live blog, oldest first:
    those of older entries (below it in the text), then those of its own entry before it."""
    def entry(k: int) -> int:
        return _entry_of(clauses[k], entries)

    here = entry(index)
    older = sorted((c for c in event_clauses if entry(c) > here), key=lambda c: (-entry(c), c))
    return older + [c for c in event_clauses if entry(c) == here and c <= index]


def _toll_of_a_road_accident(index: int, clauses: list[Clause], text: str, pack: LanguagePack,
                         types_of: Callable[[int], list[str]]) -> bool:
    """Whether clause ``index`` tells the toll of a road accident it tells itself, or of the road accident (or
    the natural disaster) the sentence before it told.

    «На трассе ... перевернулся микроавтобус. По данным МЧС, погиб 58-летний пассажир, еще семь
    человек получили травмы»: a clause with no fighting of its own, right after a sentence of the same
    paragraph that reports a road accident (:attr:`LanguagePack.road_accident`) and no fighting, counts
    the accident's people; so does one after a natural disaster ("a mudflow damaged seven houses ...
    Twenty-three residents were temporarily moved to relatives").
    """
    clause = clauses[index]
    if FIGHTING_TYPES.intersection(types_of(index)):
        return False
    if pack.road_accident.search(text, clause.start, clause.end):
        return True  # "11 road traffic accidents were registered in the region, in which 3 people died": its own
    before = []  # the clauses of the sentence before, in the same paragraph (walked back: clauses are in order)
    for i in range(index - 1, -1, -1):
        if clauses[i].sentence_index < clause.sentence_index - 1:
            break
        if clauses[i].sentence_index == clause.sentence_index - 1 \
                and clauses[i].paragraph_index == clause.paragraph_index:
            before.append(i)
    if not before or any(FIGHTING_TYPES.intersection(types_of(i)) for i in before):
        return False
    return any(pack.road_accident.search(text, clauses[i].start, clauses[i].end)
               or pack.natural_hazard.search(text, clauses[i].start, clauses[i].end) for i in before)


def _item_of_a_digest(text: str, headings: list[int], event_start: int, figure_start: int,
                      pack: LanguagePack) -> bool:
    """Whether the figure stands in another item of a digest than its event: its section opens with a weekday
    label (:data:`pack.event_words.weekday_lead`) and the event lies outside it (not a bold lead, which may only name a source:
    "**Ozodi** (RFE/RL's Tajik service) spoke to relatives")."""
    section_start, section_end = _section_of(headings, figure_start, len(text))
    return not section_start <= event_start < section_end and pack.event_words.weekday_lead.match(text, section_start) is not None


def _through_a_since_clause(clauses: list[Clause], index: int, text: str, pack: LanguagePack) -> int:
    """Where a clause's running-total test ends: the clause's end, or the end of the next clause of its
    sentence when that one opens with "since" ("a border where two rounds of fighting have killed about
    160 people| since 2021": the figure's clause and the period it counts over, split at "since")."""
    clause = clauses[index]
    if index + 1 < len(clauses) and clauses[index + 1].sentence_index == clause.sentence_index \
            and pack.event_words.since_opening.match(text, clauses[index + 1].start):
        return clauses[index + 1].end
    return clause.end


def _km(a: Place, b: Place) -> float:
    """Great-circle distance between two places, in kilometres; for a village mapped at its unit's point (a stand-in,
    :mod:`geo.geoparse.stand_ins`), the least it may be ("the neighbouring village of X" may lie anywhere in its
    district)."""
    reach_a, reach_b = stand_in_reach_km(a), stand_in_reach_km(b)
    if reach_a and reach_b and a.id != b.id:
        return STAND_INS_APART_KM  # (two villages mapped at one point: apart, perhaps neighbours)
    return max(0.0, haversine_km(a.lat, a.lon, b.lat, b.lon) - reach_a - reach_b)


#: How many villages a clause must list for a toll told after them to be the list's, shared (see
#: :func:`_list_restated_since`).
LISTED_VILLAGES = 3


def _listing_before(index: int, events_of: Mapping[int, list[int]], placed) -> int | None:
    """The first event of the last clause before clause ``index`` that names two or more event places of one country
    (the list a sum over places sums), else ``None``; ``events_of``: each event clause's events."""
    for at in sorted((c for c in events_of if c < index), reverse=True):
        found = events_of[at]
        if len({placed[i][1].place.id for i in found}) >= 2 \
                and len({placed[i][1].place.country_code for i in found}) == 1:
            return found[0]
    return None


#: How far (characters) after a count the colon that opens its split between the sides may stand.
SPLIT_AFTER_CHARS = 12


def _list_restated_since(earlier: list[int], events_of: Mapping[int, list[int]], placed, clauses: list[Clause],
                         clause: Clause) -> int | None:
    """The clause that listed the places of the events told since it, when every event told after it names again a
    place of its list and the figure's clause stands in a later paragraph than they do; else ``None``.

    ``earlier``: the clauses of events told before the figure's, in text order; ``events_of``: each event clause's
    events (the indexes of ``placed``, the events' (clause, mention, ...) rows, that take figures).
    """
    told = list(dict.fromkeys(earlier))
    if len(told) < 2 or clauses[told[-1]].paragraph_index >= clause.paragraph_index:
        return None
    found = None
    since: set[int] = set()  # the places of the clauses after the one looked at
    for at in range(len(told) - 1, 0, -1):
        since |= {placed[i][1].place.id for i in events_of.get(told[at], ())}
        listed_places = [placed[i][1].place for i in events_of.get(told[at - 1], ())]
        listed = {place.id for place in listed_places}
        # (a list of villages of one side, three or more: not the two parties of a fight, nor the two ends of a
        # section, «на участке Кок-Таш - Ходжаи Аъло»)
        if len(listed) >= LISTED_VILLAGES and len({place.country_code for place in listed_places}) == 1 \
                and since <= listed:
            found = told[at - 1]  # (the earliest such clause)
    return found


def _orphan_target(figure: Figure, events: list[MentionEvent], nearest: int, reported_before: list[int],
                   up_to_nearest: list[int], *, blog: bool, own_entry: bool = False,
                   same_paragraph: bool = False, section_start: int = 0, points_back: bool = False,
                   homes: Sequence[Place] = (), armed_from: int | None = None) -> int:
    """The event an orphan figure goes to (see :func:`_attach_orphan_figures`).

    ``nearest``: the nearest earlier event; ``reported_before``: the events reported before the
    figure, oldest first; ``up_to_nearest``: the events up to the nearest in text order;
    ``own_entry``: on a live blog, the nearest event is in the figure's own entry;
    ``same_paragraph``: the nearest event is told in the figure's paragraph; ``section_start``: where
    the figure's section begins (below its heading; 0 if it has none); ``points_back``: the figure's clause
    says "there" of the nearest event's place, in its paragraph (an update of that place's count, even when
    an earlier place already holds one); ``homes``: the villages the figure's clause names as its people's homes;
    ``armed_from``: where the section begins of a clause that tells fighting or names a fight again ("was shot
    dead", "In the March 13 clash"), else ``None``.
    """
    casualty = figure.measure in ("fatalities", "injured")
    target, pool = nearest, reported_before
    if (blog or armed_from is not None) and casualty and not ARMED_TYPES.intersection(events[target].event_types):
        # a live blog's toll follows from the latest fighting reported, not from an evacuation; so does a toll of
        # fighting told or named again, in its section ("In the March 13 clash ... several men were wounded. The
        # violence then escalated and Tajik national Husein Hakimov was shot dead", after an arson told at Chorkuh)
        violent = [e for e in pool if ARMED_TYPES.intersection(events[e].event_types)
                   and (armed_from is None or events[e].source.start >= armed_from)]
        target = violent[-1] if violent else target
    # «неизвестные забросали камнями два автомобиля ... в Самаркандыке. Как сообщили в МВД Таджикистана,
    # водитель ... получил порезы»: who tells a count of no side is no reason to leave the paragraph's event
    # (nor is the home of the one person hurt: «водитель одной из машин, житель Чоркуха ..., получил порезы»)
    side = None if same_paragraph and figure.home is not None and figure.side == figure.home \
        else figure.side or (None if same_paragraph else figure.claimant)
    if side is not None and not figure.is_claim_about_other_side \
            and events[target].place.country_code in ("KG", "TJ"):
        own = [e for e in pool if events[e].place.country_code == side]
        if own and events[target].source.start >= section_start > events[own[-1]].source.start:
            # "Isfara: a fight at a spring ... a Kyrgyz 16-year-old suffered a broken nose": the fight of the
            # figure's own section, not the last Kyrgyz event under an earlier heading
            own = []
        if own and homes and all(_km(home, events[target].place) < min(_km(home, events[e].place) for e in own)
                                 for home in homes):
            # «пострадал один житель Кара-Бака» after a Kyrgyz event at Kyzyl-Bel and a brawl at Lakkon: the man
            # from the village beside Lakkon was hurt in the brawl there, not at his own side's farther event
            own = []
        if own:
            pool = own
            target = target if events[target].place.country_code == side else own[-1]
            if figure.revision and not figure.additive:
                # "the spokesman [of the Tajik side] raised the number of wounded civilians from two to
                # three": an update of that side's count, not of the other side's ("one Kyrgyz citizen
                # was also injured" in a brawl told at a Tajik village adds to that brawl)
                up_to_nearest = [e for e in up_to_nearest if events[e].place.country_code == side]
    if figure.measure == "fatalities" and figure.of_wounded and not figure.superseded:
        # "The Sughd regional health department says one of the wounded men, aged 44, has died", below the other
        # side's version at its own village with none hurt: the death is of the event that counted the wounded
        wounded = [e for e in (pool if blog else up_to_nearest)
                   if any(f.measure == "injured" and f.value > 0 for f in events[e].figures)]
        if wounded:
            return wounded[-1]
    if (figure.revision or figure.additive or (figure.superseded and not same_paragraph)
            or (blog and casualty and not own_entry)) and not points_back:
        # an update goes to the latest event that already has a figure of its measure (and so does an
        # earlier figure withdrawn outside the event's paragraph: «по ошибке указали, что эвакуированы 1 460
        # человек»); on a live blog
        # every toll is one ("The Health Ministry sums up: one citizen of Kyrgyzstan was wounded today")
        # (not a claim about the other side's losses: «кыргызская сторона потеряла «не менее пяти военнослужащих
        # убитыми»» holds no count of the event's own)
        holders = [e for e in (pool if blog else up_to_nearest)
                   if any(f.measure == figure.measure and f.value and not f.is_claim_about_other_side
                          for f in events[e].figures)]
        if figure.additive and not figure.revision and side is not None and not figure.is_claim_about_other_side \
                and events[nearest].place.country_code == side:
            # "One Tajik border guard was killed, the committee said ... it said two more servicemen and one civilian
            # had been wounded", after the Tajik version at Chilgazi: more of that side's people, not an update of
            # the other side's count at Chek
            holders = [e for e in holders if events[e].place.country_code == side]
        target = holders[-1] if holders else target
    return target


def _sums_the_villages(figure: Figure, events: Sequence[MentionEvent], exactly: bool = False) -> bool:
    """Whether a casualty figure with no place is at least (or, ``exactly``, just) the sum of the counts that two or
    more of the article's places already hold for its measure (then it is their total, or an earlier one)."""
    if figure.measure not in ("fatalities", "injured") or not figure.value:
        return False
    held: dict[int, int] = {}
    for event in events:
        values = [f.value for f in event.figures if f.measure == figure.measure and f.value]
        if values:
            # (exactly: each place's latest count, not a lede's total given to the first place named)
            held[event.place.id] = values[-1] if exactly else max(held.get(event.place.id, 0), max(values))
    return len(held) >= 2 and (figure.value == sum(held.values()) if exactly else figure.value >= sum(held.values()))


def _zero_covers(figure: Figure, events: Sequence[MentionEvent], country: str, *,
                 told_before: int | None = None, skip: MentionEvent | None = None, own_days: bool = False) -> None:
    """A general zero ("There are no dead", «Погибших нет») given to every event of ``country`` that
    has no figure of its measure: those told before offset ``told_before``, or all of them.

    A zero told in the paragraph of the event it follows (``skip``; ``own_days``) covers no event more than a day
    apart from it: a weekly review's «никто не пострадал» in the item about Friday's evacuation at Kyzyl-Eshme says
    nothing of Tuesday's brawl at Kara-Shybak (a paragraph of its own after a note's dated items speaks of them all:
    «ранены три гражданина ..., погибших нет»)."""
    for event in events:
        if event is not skip and (told_before is None or event.source.start < told_before) \
                and event.place.country_code == country \
                and not any(f.measure == figure.measure for f in event.figures) \
                and not (own_days and _days_apart(event, skip)):
            event.figures.append(figure)


def _same_paragraph(text: str, offset: int, other: int) -> bool:
    """Whether two offsets of the text stand in one paragraph (no blank line between them)."""
    low, high = min(offset, other), max(offset, other)
    return text.find("\n\n", low, high) < 0


def _days_apart(event: MentionEvent, other: MentionEvent | None) -> bool:
    """Whether both events are dated and their windows lie more than a day apart."""
    if other is None or event.window is None or other.window is None:
        return False
    return (event.window[0] - other.window[1]).days > 1 or (other.window[0] - event.window[1]).days > 1


def _on_its_days(clause: Clause, event: MentionEvent) -> bool:
    """Whether a day the clause names falls in the event's window."""
    return event.window is not None and any(
        d.window.kind == "date" and event.window[0] <= d.window.start <= event.window[1] for d in clause.dates)


def _agreement_only(event: MentionEvent) -> bool:
    """Whether the event reports nothing but a ceasefire or withdrawal agreed at its place."""
    return set(event.event_types) <= {"ceasefire_agreement"}


def _evacuation_only(event: MentionEvent) -> bool:
    """Whether the event reports nothing but people evacuated from or leaving its place."""
    return set(event.event_types) <= {"evacuation_displacement"}


def _gathering_only(event: MentionEvent, pack: LanguagePack) -> bool:
    """Whether the event reports nothing but people gathered to ask or protest ("Victims of the conflict held a
    rally"): no stones, no blows, no detention."""
    return event.event_types == ["border_incident_protest"] and not event.sub_event_hints \
        and pack.event_words.gathering.search(event.source.excerpt) is not None


def _shelter_country(mentions: Sequence[Mention], sentence_index: int) -> str | None:
    """The one country of the places a sentence names as where people went (evacuees, the wounded), if one."""
    countries = {m.place.country_code for m in mentions if m.place is not None and m.role_reason == DESTINATION
                 and m.sentence_index == sentence_index}
    return countries.pop() if len(countries) == 1 else None


def _names_only_a_region(mentions: Sequence[Mention], clause: Clause) -> bool:
    """Whether the places the clause names (countries aside) are regions only: «В Баткенской области эвакуировали
    24 237 сельчан» (not «Житель ... села Лаккон Исфаринского района Согдийской области ... скончался»)."""
    places = [m.place for m in mentions if m.place is not None and m.place.kind != "country"
              and clause.start <= m.start < clause.end]
    return bool(places) and all(place.is_region for place in places)


#: Up to a list item's place, from its line's start («село |Чек — ...», "- Kara-Bak village: ..."), and after it.
_ITEM_HEAD_BEFORE = re.compile(LIST_ITEM_BEFORE_PLACE, re.I)
_ITEM_HEAD_AFTER = re.compile(LIST_ITEM_AFTER_PLACE + r"[—–:-]\s", re.I)


def _list_item_lines(text: str, mentions: Sequence[Mention], takers: dict[int, int]) -> list[tuple[int, int, int]]:
    """(start, end, event) of each line that a place with an event heads, as an item of a list: «село Кара-Бак —
    повреждены 7 жилых домов ... Временно эвакуированы 318 человек;»."""
    lines = []
    for mention in mentions:
        if mention.place is None or mention.place.id not in takers:
            continue
        line_start = list_line_start(text, mention.start)
        if not line_start or not _ITEM_HEAD_BEFORE.fullmatch(text, line_start, mention.start) \
                or not _ITEM_HEAD_AFTER.match(text, mention.end):
            continue
        line_end = text.find("\n", mention.end)
        lines.append((line_start, len(text) if line_end < 0 else line_end, takers[mention.place.id]))
    return lines


#: A list's opening line that ends with its verb of displacement: «По данным ведомства, эвакуированы:», "were evacuated:".
_DISPLACED_LIST_INTRO = re.compile(r"\b(эвакуирован\w*|вывезен\w*|evacuated|relocated)\s*:\s*$", re.I)


def _displaced_of_a_listed_village(article_id: str, clause: Clause, text: str, pack: LanguagePack,
                                   mentions: Sequence[Mention], takers: dict[int, int]) -> tuple[int, list[Figure]] | None:
    """The displaced of a bulleted line under a list's opening that ends with its verb («эвакуированы:» ... «- из села
    Карабак - 1 тыс. 120 человек;»), and the event of the village the line names; ``None`` where there is none."""
    start = list_line_start(text, clause.start + 1)
    if start is None or not _BULLET_LINE.match(text, start) or text[start:clause.start].strip(" \t•*–—-"):
        return None  # (the line's first clause reads it whole)
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    above_end = start
    while True:  # the nearest line above that is neither blank nor another line of the list: the list's opening
        if above_end == 0 or start - above_end > LIST_CHARS_READ:
            return None
        above = list_line_start(text, above_end - 1)
        if above is None:
            return None
        intro = text[above:above_end].strip()
        if intro and not _BULLET_LINE.match(text, above):
            break
        above_end = above
    verb = _DISPLACED_LIST_INTRO.search(intro)
    named = {m.place.id for m in mentions if start <= m.start < line_end and m.place is not None} & takers.keys()
    if verb is None or len(named) != 1:
        return None
    prefix = verb.group(1) + " "
    synthetic = prefix + text[start:line_end].lstrip(" \t•*–—-")
    read = _figures(article_id, Clause(0, len(synthetic), clause.sentence_index, clause.paragraph_index, clause.scope,
                                       clause.scope_reason), synthetic, pack, 0)
    figures = [f for f in read if f.measure == "displaced" and f.value]
    return (takers[named.pop()], figures) if figures else None


def _attach_orphan_figures(events, placed, clauses, clause_figures, text, pack, article_id, structure,
                           homes, speakers, summaries=frozenset(), mentions=(), types_of=lambda index: [],
                           entries: Sequence[int] = (), headings: Callable[[], list[int]] | None = None,
                           items: Sequence[int] = (), repeated: Callable[[], set[int]] | None = None,
                           treated_in: Callable[[], list[tuple[int, str]]] = list) -> None:
    """Figures of news clauses without an event place go to the nearest earlier event.

    "Earlier" is in reporting order: on a newest-first live blog (``entries``,
    :func:`geo.incidents.structure.newest_first_entries`) an entry's figures
    follow from its own events before them, else from the nearest older entry
    below it. A figure of one side's people (by its side or, naming none, its
    speaker) goes to the nearest earlier event in that side's country when there
    is one ("Итог дня по данным кыргызской стороны: двое раненых" after the
    Tajik version of events at a Tajik village).

    Figures before the first event go to it, unless the article reports events
    on different days: a lede's totals then sum them, and no incident takes them.

    A revision or an addition ("the toll rose to four", "the bodies of two more
    were found") goes to the latest earlier event that already has a figure of
    its measure: it updates that toll, not the place named last. People displaced
    from a named village ("residents of Ak-Sai were taken to Batken") go to that
    village's event, or to none.
    """
    # an agreement's venue takes none of the fighting's figures
    event_clauses = [index for index, mention, _ in placed if mention.role_reason != CEASEFIRE_VENUE]
    told_in_sentence = _told_days(clauses, text, pack)
    if headings is None:  # (the article's section headings, read once when a sided figure asks)
        headings = cache(partial(_topic_headings, text, structure, pack))
    # a digest of unrelated items under their own headings (weather, exchange rates, a road crash)
    digest_cache: list[bool] = []

    def digest() -> bool:
        if not digest_cache:
            digest_cache.append(_heading_count(text, structure) >= DIGEST_HEADINGS)
        return digest_cache[0]

    if not event_clauses:
        return
    takers = [i for i, (_, mention, _) in enumerate(placed) if mention.role_reason != CEASEFIRE_VENUE]
    several_scenes = len({events[i].place.id for i in takers}) > 1
    def earlier_events_in(index: int) -> bool:
        return any(c <= index for c in event_clauses)

    # a region's count of evacuees told before any village's event (the region named as where they were moved: «В
    # Баткенской области эвакуировали 24 237 сельчан», a summing clause whose figures no village takes)
    region_total_told = any(
        not earlier_events_in(i) and any(f.measure == "displaced" and f.value
                                         for f in pack.read_figures(text[clauses[i].start:clauses[i].end]))
        for i in summaries)

    labelled = [events[i] for i in takers if placed[i][1].role_reason == PARAGRAPH_LABEL]
    # many scenes on both sides of the line: a figure "officials in both countries said" sums them (not
    # a fight between two villages, which is one event)
    both_countries = {events[i].place.country_code for i in takers} >= {"KG", "TJ"} \
        and len({events[i].place.id for i in takers}) >= 3
    entry_starts = set(entries)
    own_days = {events[i].window for i in takers if events[i].window_from == "clause" and events[i].window is not None}
    # "Shots were fired ... in three villages of Batken district; two people were wounded": the
    # figures of a summing clause's sentence sum the villages too
    summary_sentences = {clauses[i].sentence_index for i in summaries}
    burials = [m.start for m in mentions if m.role_reason == BURIAL]  # where the dead were buried
    found_false = [m.start for m in mentions if m.role_reason == FOUND_FALSE]  # places of reports found false
    sentence_spans = cache(partial(_sentence_spans, clauses))
    # (paragraphs of a report found false, where no event is left: not the evacuation that was real, "Tajik emergency
    # officials moved 74 residents of ... Lakkon ... after Kyrgyz troops held exercises ...; no shots were fired")
    false_paragraphs = {c.paragraph_index for c in clauses if any(c.start <= at < c.end for at in found_false)} - {
        c.paragraph_index for c in clauses for event in events if c.start <= event.source.start < c.end}
    facing = [m for m in mentions if m.role_reason == FACING and m.place is not None]  # places a section faces
    entry_targets: dict[int, int] = {}  # on a live blog, the event an entry's first count of the hurt went to
    if repeated is None:  # (the sentences a page printed twice: :func:`_repeated_sentences`)
        repeated = cache(partial(_repeated_sentences, clauses, text))
    # the lines of a bulletin's list that a place with an event heads («село Чек — повреждены 3 жилых дома ...
    # Временно эвакуированы 74 человека»): their figures are that place's
    first_taker = {events[i].place.id: i for i in reversed(takers)}  # place id -> its first event
    events_of: dict[int, list[int]] = defaultdict(list)  # event clause -> its events that take figures
    for i in takers:
        events_of[placed[i][0]].append(i)
    item_lines = _list_item_lines(text, mentions, first_taker)
    # in reporting order: on a newest-first live blog, the oldest entry first, so that an update ("число раненых
    # выросло до шести" at 20:05) finds the count it updates (the 16:20 entry's) already given to its event
    reporting_order = sorted(range(len(clauses)), key=lambda k: (-_entry_of(clauses[k], entries), k)) if entries \
        else range(len(clauses))
    for index in reporting_order:
        clause = clauses[index]
        if clause.scope != "news" or index in clause_figures or index in summaries \
                or clause.sentence_index in summary_sentences:
            continue
        if structure is not None and structure.in_headline(clause.start):
            continue
        figures = _figures(article_id, clause, text, pack, index, partial(_previous_sentences, clauses, index, text),
                           homes, speakers, treated_in)
        if not figures and (listed := _displaced_of_a_listed_village(article_id, clause, text, pack, mentions,
                                                                     first_taker)):
            # «По данным ведомства, эвакуированы:\n\n- из села Карабак - 1 тыс. 120 человек;»: the line's village
            taker, figures = listed
            events[taker].figures.extend(figures)
            continue
        if not figures:
            continue
        if pack.cumulative.search(text, clause.start, through := _through_a_since_clause(clauses, index, text, pack)):
            # («с начала обострения погибли 35 граждан Таджикистана»: a running total, no village's)
            if not entries and pack.places_sum.search(text, clause.start, through) \
                    and (listing := _listing_before(index, events_of, placed)) is not None:
                # "In all, six people were killed in the three villages and 15 wounded": the toll the villages
                # listed before share goes to the first named (their evacuees are summed from each village's)
                events[listing].figures.extend(f for f in figures if f.measure in ("fatalities", "injured"))
            continue
        if clause.sentence_index in repeated():
            continue  # a sentence the page printed twice: its figures were read the first time
        if clause.paragraph_index in false_paragraphs:
            continue  # "Telegram channels reported that a resident of Surkh had been shot dead ... he died of a
            # heart attack": the false report's toll (and «Пострадавших и повреждений нет» after the alarm that
            # turned out to be an exercise)
        if any(clause.start <= at < clause.end for at in burials):
            continue  # "In the village of Kyzyl-Jol ... mourners buried two brothers, who were killed on September
            # 16": the dead of a place the text does not name, not of the event told before
        if pack.natural_hazard.search(text, *sentence_spans()[clause.sentence_index]):
            continue  # "around 118,000 people had been evacuated in total since the spring floods began": a flood's
        if _toll_of_a_road_accident(index, clauses, text, pack, types_of):
            continue  # «... перевернулся микроавтобус. По данным МЧС, погиб 58-летний пассажир»: the accident's
        if entry_starts and text.rfind("\n", 0, clause.start) + 1 in entry_starts \
                and _heading_line(text, clause.start, structure) is not None:
            continue  # a live entry's heading ("... a guard was wounded at a second post"): its body tells it
        if several_scenes and (pack.period_sum.search(text, clause.start, clause.end)
                               or (entries and clause.start < entries[0])
                               # "Fighting ... killed at least 10 people on Tuesday, officials in both
                               # countries said", over villages on both sides: a sum of both
                               or (both_countries and pack.joint.search(text, clause.start, clause.end))):
            # (a live page's summary above its entries sums them too: "Kyrgyz officials say one villager
            # was killed and five people were wounded on Thursday in shootings near the town of Batken")
            # «всего за сутки пострадали четыре гражданина Кыргызстана, один из них погиб» after a night at
            # Kök-Tash and a morning at Ak-Tatyr: the day's sum of both; only its zeros are told
            figures = [f for f in figures if not f.value]
            if not figures:
                continue
        if several_scenes and not earlier_events_in(index) and _names_only_a_region(mentions, clause):
            # «В Баткенской области эвакуировали 24 237 сельчан» before the villages they came from: the region's
            # total of evacuees, no village's (not "Kyrgyzstan says one of its civilians has been killed ... after
            # mortar shells hit a village in the southern Batken region": the one village's toll)
            region_total_told = region_total_told or any(f.value and f.measure == "displaced" for f in figures)
            figures = [f for f in figures if not (f.value and f.measure == "displaced")]
            if not figures:
                continue
        if region_total_told and not earlier_events_in(index):
            # (... and «Но ранее МЧС сообщал, что 10 410 граждан эвакуировали»: the earlier report of that total)
            figures = [f for f in figures if not (f.superseded and f.measure == "displaced")]
            if not figures:
                continue
        if several_scenes and not entries and not labelled:
            # «В селе Максат ранены три человека ... В селе Кулунду ранения получили двое ... Таким образом, общее число
            # раненых составляет пять человек»: exactly the sum of what two or more earlier places hold
            # (the places of the two sentences before: not a count that happens to equal older ones)
            before = [events[i] for i in takers if placed[i][0] < index
                      and clauses[placed[i][0]].sentence_index >= clause.sentence_index - 2]
            figures = [f for f in figures if f.additive or not _sums_the_villages(f, before, exactly=True)]
            if not figures:
                continue
        if labelled and not entries:
            # "the number of injured is three" after a village-by-village list (two residents hurt at
            # Daroot-Korgon, a boy at Kyzyl-Eshme): a count at least the sum of what two or more of the
            # labelled villages already hold sums them
            figures = [f for f in figures if not _sums_the_villages(f, labelled)]
            if not figures:
                continue
        if entries:
            earlier = _earlier_in_reporting_order(event_clauses, index, clauses, entries)
        else:
            earlier = [c for c in event_clauses if c <= index]
            if (listing := _list_restated_since(earlier, events_of, placed, clauses, clause)) is not None:
                # "opened fire ... in the areas of Dostuk, Zardaly and Bujum ... Several hours later shells were still
                # landing on the edge of Bujum. || The Health Ministry said 13 Kyrgyz citizens had been killed": a toll
                # told after the list's places are named again is shared by the list, and goes to its first named
                earlier = [c for c in earlier if c <= listing]
        if not earlier and len(own_days) > 1 and (
                (max(end for _, end in own_days) - min(start for start, _ in own_days)).days > 1
                or pack.event_words.several_days.search(text, clause.start, clause.end)):
            # a lede summing events of several days ("one dead and five wounded this week"); not one
            # night told by each side in its own time zone ("11:20 pm on Wednesday", "00:20 on Thursday")
            if takers and pack.every_case.search(text, clause.start, clause.end) is not None:
                # "No one was killed in any of the incidents on the Kyrgyz side": that side's events
                for figure in figures:
                    if figure.value == 0 and figure.measure in ("fatalities", "injured"):
                        _zero_covers(figure, [events[i] for i in takers],
                                     figure.side or events[takers[0]].place.country_code)
            continue
        if earlier and not entries \
                and _unrelated_heading_between(text, clauses[earlier[-1]].end, clause.start, structure, pack,
                                               through=_speaker_end(text, clause, pack)) \
                and digest() \
                and not _names_place(mentions, clause, events[takers[event_clauses.index(earlier[-1])]].place):
            # a digest's other item ("Курс валют", "ДТП на трассе Бишкек - Ош"): the figures under
            # another section heading are not the border event's (not under "How many were hurt": "Four
            # residents of Kok-Tash sought medical help" names the village of the event told before)
            continue
        if not earlier and not entries \
                and _marked_heading_between(text, clause.end, clauses[event_clauses[0]].start, structure) \
                and not _in_lede(text, clause.start):
            # a survey of an earlier war above "## A reminder in Arka": another section's figures (a
            # lede's figures above "## Tajik version" are the story's)
            continue
        if not entries and _item_of_a_digest(text, headings(), clauses[earlier[-1] if earlier else event_clauses[0]].start,
                                             clause.start, pack):
            # «ПОНЕДЕЛЬНИК. В селе Ак-Сай сработал неразорвавшийся боеприпас ... ВТОРНИК. У села Чек пограничники
            # задержали двух граждан ... никто не пострадал»: a digest item with no event of its own lends
            # nothing to the item before it
            continue
        if len(items) >= DATED_ITEMS and not entries:
            # «**Вторник, 17 сентября.** ... на достройку 35 домов для семей из Ак-Сая» before «**Среда, 18 сентября.**
            # ... подрались кыргызские чабаны»: a dated item of a digest lends its figures to no other item's event
            # (the item's own opening paragraph: not "In all, three people were wounded. No one was killed." after the
            # last item, which sums them all)
            own_item = _section_of(list(items), clause.start, len(text))
            opening_end = text.find("\n\n", own_item[0])
            target_start = clauses[earlier[-1] if earlier else event_clauses[0]].start
            if own_item[0] > 0 and clause.start < (len(text) if opening_end < 0 else opening_end) \
                    and not own_item[0] <= target_start < own_item[1]:
                continue
        # the first event of that clause, so a shared toll goes to the first-named place
        nearest = event_clauses.index(earlier[-1] if earlier else event_clauses[0])
        later_in_sentence = [] if entries else [
            c for c, m, _ in placed if c > index and m.role_reason != CEASEFIRE_VENUE
            and clauses[c].sentence_index == clause.sentence_index
            # «пострадали двое граждан Таджикистана — жители Горно-Матчинского района»: a home
            and not pack.roles.residents_before.search(text, max(0, m.start - 80), m.start)]
        if later_in_sentence:
            # "31 of its citizens had been killed and 154 wounded since Thursday, most of them around the
            # villages of Kok-Tash and Ak-Sai": the sentence names its place after the figures
            nearest = event_clauses.index(later_in_sentence[0])
            earlier = [*earlier, later_in_sentence[0]]
        # "More than 2,000 residents of Ak-Sai were taken by bus to Batken": the people's village
        # takes their displacement, and none of the article's other places may
        people_of = [m.place.id for m in mentions if clause.start <= m.start < clause.end and m.place is not None
                     and pack.roles.residents_before.search(text, max(clause.start, m.start - 80), m.start)]
        # ... and "a fourth |Khoja-Alo| resident": the people of a village named before them
        village_people = people_of + [m.place.id for m in mentions if clause.start <= m.start < clause.end
                                      and m.place is not None and pack.roles.residents_after.match(text, m.end)]
        home_places = [m.place for m in mentions if m.place is not None and m.place.id in people_of
                       and clause.start <= m.start < clause.end and not m.place.is_unit]
        # "about 1,500 residents of Üch-Bulak and Beshkent": a figure shared goes to the first named
        home_events = sorted((i for i in takers if events[i].place.id in people_of),
                             key=lambda i: people_of.index(events[i].place.id))
        reported_before = list(dict.fromkeys(takers[event_clauses.index(c)] for c in earlier))
        faced = {m.place.id for m in facing if clause.start <= m.start < clause.end}
        faced_events = [i for i in reported_before if events[i].place.id in faced] if faced else []
        up_to_nearest = takers[:nearest + 1]
        own_entry = bool(entries) and bool(earlier) and \
            _entry_of(clauses[earlier[-1]], entries) == _entry_of(clause, entries)
        both_countries = not earlier and len({events[i].place.country_code for i in takers}) > 1
        same_paragraph = bool(earlier) and not entries and "\n" not in text[clauses[earlier[-1]].end:clause.start]
        # "In the Ovchi Kalacha jamoat ... fire continued through Wednesday. The regional administration says the
        # number of dead there has risen to five": "there" is the place just told
        points_back = same_paragraph and pack.there.search(text, clause.start, clause.end) is not None
        same_event = cache(lambda: pack.same_event.search(text, clause.start, clause.end) is not None)
        # the fighting the clause tells (gunfire: "was shot dead") or names again ("In the March 13 clash"): where its
        # section begins, else ``None``
        armed_from = cache(lambda: _section_of(headings(), clause.start, len(text))[0]
                           if ARMED_TYPES.intersection(types_of(index))
                           or pack.event_words.clash_again.search(text, clause.start, clause.end) is not None else None)
        # the day the clause's figures were told ("On July 22, Tajik officials said ..."), if it says so
        told_before = told_in_sentence(clause.sentence_index)
        item_taker = next((taker for start, end, taker in item_lines if start <= clause.start < end), None)
        # the post the clause names by its noun alone, told before as a post (not the nearest village's event)
        post_events = [i for i in reported_before if POST_CUE.search(placed[i][1].cue or "")] \
            if not entries and pack.event_words.post_anaphor.search(text, clause.start, clause.end) else []
        for figure in figures:
            if item_taker is not None:
                events[item_taker].figures.append(figure)
                continue
            if figure.measure == "displaced" and people_of:
                if home_events:
                    events[home_events[0]].figures.append(figure)
                continue
            if figure.measure in ("fatalities", "injured") and figure.revision and len(set(village_people)) == 1 \
                    and (village_events := [i for i in takers if events[i].place.id in village_people]) \
                    and not figure.both_sides:
                # "a fourth Khoja-Alo resident ... sought medical help, bringing the number of injured in the village to
                # four": the village's own count, revised (not the latest event with a count of its measure)
                events[village_events[0]].figures.append(figure)
                continue
            if figure.measure in ("fatalities", "injured") and figure.value <= 1 and len(set(people_of)) == 1 \
                    and home_events and not figure.both_sides and not same_event():
                # (not «В ходе потасовки 28-летний житель Ак-Сая получил ушиб плеча»: hurt in the scuffle just told)
                # «68-летняя жительница Максата ... скончалась», «Среди жителей Кулунду погибших нет»: one
                # person's village (or a village's none), which the article reports as an event place, takes
                # the toll (a party's count of its own hurt in a brawl goes to the one scene, as before)
                events[home_events[0]].figures.append(figure)
                continue
            if figure.measure in ("fatalities", "injured") and faced_events:
                # «В ходе перестрелки на участке напротив Андарака ранен один таджикский пограничник»: the other
                # side's hurt in the fight at the village its section faces
                events[faced_events[-1]].figures.append(figure)
                continue
            if both_countries and figure.both_sides and figure.value:
                # "bringing the death toll from Tuesday's clash to three, including a Tajik border
                # guard" before the article's events at a Kyrgyz and a Tajik village: their sum
                continue
            if post_events and figure.measure in ("fatalities", "injured"):
                # «При обстреле заставы огнестрельное ранение живота получил 24-летний рядовой» after the fire on
                # «заставу «Жаштык»» and a night's shelling at two villages: the post's event takes them
                events[post_events[-1]].figures.append(figure)
                continue
            target = _orphan_target(figure, events, takers[nearest], reported_before, up_to_nearest,
                                    blog=bool(entries), own_entry=own_entry, same_paragraph=same_paragraph,
                                    section_start=_section_of(headings(), clause.start, len(text))[0]
                                    if figure.side and not entries else 0, points_back=points_back,
                                    homes=home_places, armed_from=armed_from())
            if not earlier and not entries and figure.measure in ("fatalities", "injured") and figure.side is not None \
                    and not figure.is_claim_about_other_side and events[target].place.country_code != figure.side \
                    and _in_lede(text, clause.start):
                # "A Tajik farmer was killed and a Kyrgyz border guard was wounded" in a lede above the Kyrgyz
                # version at Ak-Suu and the Tajik version at Muchun: each side's toll goes to its own country's event
                own_side = [i for i in takers if events[i].place.country_code == figure.side]
                target = own_side[0] if own_side else target
            if figure.measure == "displaced" and figure.value and not people_of \
                    and pack.neighbour_before.search(text, max(0, events[target].source.start - 60),
                                                     events[target].source.start):
                # «пули попали также в крыши ... в соседнем селе Максат, пострадавших там нет. Из улиц, прилегающих
                # к каналу, в Исфану вывезли 143 человека»: the story's own village, not its neighbour told in
                # passing, is where people were moved from
                own = [i for i in up_to_nearest if events[i].place.id != events[target].place.id
                       and not pack.neighbour_before.search(text, max(0, events[i].source.start - 60),
                                                            events[i].source.start)]
                target = own[-1] if own else target
            if figure.measure == "displaced" and figure.value and figure.side is None \
                    and (shelter := _shelter_country(mentions, clause.sentence_index)) is not None \
                    and events[target].place.country_code != shelter:
                # "about 1,400 residents had spent the night in schools in Batken and Kyzyl-Jol" after the
                # other side's toll at Lakkon: people shelter in their own country, so its latest event
                own_country = [e for e in reported_before if events[e].place.country_code == shelter]
                target = own_country[-1] if own_country else target
            if told_before is not None and events[target].window is not None \
                    and told_before < events[target].window[0] - dt.timedelta(days=1):
                # "On July 22, Tajik officials said one Tajik man was killed" beside a clash on July 24:
                # a figure told before the event happened is another event's
                continue
            if figure.measure in ("fatalities", "injured") and figure.value and not entries \
                    and _evacuation_only(events[target]):
                # "One person was killed, another 17 were injured" before a list of evacuated villages:
                # people evacuated from a village were not hurt there; the fighting's event takes them
                # (a lone evacuated village is the place of the violence that emptied it)
                fighting = [i for i in up_to_nearest if not _evacuation_only(events[i])]
                # (a side's dead go to its own country's fighting: «с кыргызской стороны погиб один человек»
                # after the Tajik version told at Lakkon is Kara-Bak's)
                side = figure.side or figure.claimant
                fighting = [i for i in fighting if events[i].place.country_code == side] or fighting \
                    if side is not None and not figure.is_claim_about_other_side else fighting
                if fighting:
                    target = fighting[-1]
                elif len({events[i].place.id for i in takers if _evacuation_only(events[i])}) > 1:
                    continue
            if figure.measure == "fatalities" and figure.value and not entries and not same_paragraph \
                    and _gathering_only(events[target], pack):
                # "Residents of Ak-Sai, who suffered during the border conflict, held a rally ... At least 190
                # Kyrgyzstanis suffered in the conflict, 36 people died": a rally's dead died elsewhere (not the hurt
                # told after a road blockade: a scuffle there may have hurt them)
                continue
            if figure.measure in ("fatalities", "injured") and not entries and not earlier \
                    and _agreement_only(events[target]):
                # "A Tajik border guard was wounded ... on the evening of November 15, a day after local
                # commanders had agreed to a cease-fire there" above both: the lede's day is the fighting's,
                # not the agreement's, so the agreement told first takes none of its toll
                fighting = [i for i in takers if not _agreement_only(events[i]) and _on_its_days(clause, events[i])
                            and not _on_its_days(clause, events[target])]
                if fighting:
                    target = fighting[0]
            if entries and figure.measure in ("fatalities", "injured"):
                entry = _entry_of(clause, entries)
                if figure.value:
                    entry_targets.setdefault(entry, target)
                elif figure.side is None and entry in entry_targets:
                    # «Ранения получили четыре человека ... Погибших нет, подчеркнули в министерстве»: a live
                    # entry's zero is of the people its own count just placed
                    target = entry_targets[entry]
            events[target].figures.append(figure)
            if figure.measure in ("fatalities", "injured") and figure.value == 0 and not pack.event_words.here.search(figure.text) \
                    and not pack.event_words.here.search(text, clause.start, clause.end) \
                    and not pack.event_words.party_zero.match(figure.text):
                # "There are no dead", «Погибших нет» after a night's events at three villages: none of
                # that government's villages had a death (the other country's events are not covered)
                # («во всех случаях»: before it or after)
                every_case = pack.every_case.search(text, clause.start, clause.end) is not None
                # (in a digest, a side's zero covers only the events of its own section: «пострадавших с кыргызской
                # стороны нет» under "Night to Saturday: shooting at Kok-Tash" says nothing of Monday's protest
                # elsewhere; its own place's other events it covers)
                # (nor, whatever its side, does a zero under a weekday's heading cover a place another section
                # counts hurt: "**Thursday. Drone over Maksat** ... There were no casualties" says nothing of
                # Monday's driver cut by a stone at Ak-Sai)
                section = _section_of(headings(), clause.start, len(text)) if headings is not None else None
                counted = set()
                if section is not None and figure.side is None:
                    if pack.event_words.weekday_lead.match(text, section[0]):
                        counted = {e.place.id for e in events if any(
                            f.measure == figure.measure and f.value for f in e.figures)}
                    section = None
                if items and section is None:
                    # ("**August 19, Chilgazi.** ... No one was injured." says nothing of August 3 in Chorkuh; a
                    # paragraph after the items speaks of them all: "In all, four people were wounded. No one
                    # was killed")
                    item_start = _section_of(list(items), clause.start, len(text))[0]
                    item_end = text.find("\n\n", item_start)
                    if item_end < 0 or clause.start < item_end:
                        section = (item_start, len(text) if item_end < 0 else item_end)
                _zero_covers(figure, [e for e in events if (section is None or section[0] <= e.source.start < section[1]
                                                            or e.place.id == events[target].place.id)
                                      and e.place.id not in counted],
                             events[target].place.country_code, skip=events[target],
                             told_before=None if every_case else clause.start,
                             own_days=_same_paragraph(text, clause.start, events[target].source.start))
            if figure.measure in ("fatalities", "injured") and figure.value:
                # "в результате стрельбы 21 мая ранения получили четыре человека": the violence that
                # hurt them is the event's too, when the event has no fighting of its own yet
                # (the place's own fighting told in another event counts: "mortar rounds began landing" in
                # Maksat before "the Maksat border post and 23 houses burned")
                fighting = [] if any(FIGHTING_TYPES.intersection(e.event_types) for e in events
                                     if e.place.id == events[target].place.id) else \
                    [t for t in types_of(index) if t in FIGHTING_TYPES]
                for kind in [*fighting, "casualty_report"]:
                    if kind not in events[target].event_types:
                        events[target].event_types.append(kind)
