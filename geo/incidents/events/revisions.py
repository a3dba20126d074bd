"""Revisions of events after they are built: corrected places and days, types, detentions and brawls that
are no incident, evacuations joined to their place, and reporting order.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace
import datetime as dt
from functools import cache
import re

from geo.gazetteer.model import Place
from geo.geoparse.model import Mention
from geo.geoparse.roles import NO_VIOLENCE, STRETCH_END
from geo.incidents.events.clauses import (
    _A_YEAR, clause_types, CORRECTION_PARAGRAPH_CHARS, _evacuation_only, MORE_PRECISE_IN_CLAUSE, _non_event_scan,
    _RURAL_UNIT_AFTER,
)
from geo.incidents.events.dates import _nearest, _withdrawn_day
from geo.incidents.events.headings import _section_of
from geo.incidents.events.tolls import ORDER_OF_ENTRIES, _retyped
from geo.incidents.model import Clause, DateMention, DateWindow, MentionEvent
from geo.incidents.structure import ArticleStructure
from geo.incidents.taxonomy import ARMED_TYPES, EVENT_TYPES, FIGHTING_TYPES
from geo.language import LanguagePack
from geo.language.folding import blank_matches, lower_keep_length

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
    сообщалось ранее»: the first post's event at Kyzyl-Eshme, with its figures, is at Kara-Shybak. So is a live
    page's: "CORRECTION: ... the drone struck a barn on the edge of Borborduk ..., and not in Kayragach as it said
    earlier. Kayragach was not hit."
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
    starts = [m.start for m in named]
    for cue in pack.correction_before.finditer(text):
        # "CORRECTION: An entry at 0345 GMT said mortar rounds fell on the village of Ravat. Kyrgyzstan's border service
        # has since said the shells hit Orto-Boz, ... and that Ravat itself was not hit": in the correction's paragraph,
        # the villages told not to be the scene give way to its one scene
        start = text.rfind("\n", max(0, cue.start() - CORRECTION_PARAGRAPH_CHARS), cue.start()) + 1
        end = text.find("\n", cue.end(), cue.end() + CORRECTION_PARAGRAPH_CHARS)
        end = min(len(text), cue.end() + CORRECTION_PARAGRAPH_CHARS) if end < 0 else end
        villages = [m for m in named[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
                    if not m.place.is_unit and m.place.country_code in ("KG", "TJ")
                    and not _RURAL_UNIT_AFTER.match(text, m.end)]
        not_hit = {m.place.id for m in villages
                   if pack.event_words.place_not_hit_before.search(text, max(0, m.start - 40), m.start)
                   or pack.event_words.place_not_hit_after.match(text, m.end)}
        # (a scene of the correction, though a village it names beside it took the clause: "the shells hit Orto-Boz, a
        # village about 4 km from Ravat")
        scenes = {m.place.id: m.place for m in villages if m.place.id not in not_hit
                  and (m.role == "incident" or m.role_reason == MORE_PRECISE_IN_CLAUSE)}
        if not_hit and len(scenes) == 1:
            for place_id in not_hit:
                moves.setdefault(place_id, next(iter(scenes.values())))
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




def _a_vague_week_told_by_its_day(events: list[MentionEvent], windows: dict[int, tuple[DateWindow | None, str]],
                                 clauses: list[Clause], types_of: Callable[[int], list[str]]) -> None:
    """An event dated only by a span ("last week") takes the one day the article tells its fighting on.

    "A resident of Ghulakandoz who was wounded in a shooting ... last week has died", then "on the
    evening of October 2, ... shots were fired at residents of Ghulakandoz": the shooting was on October
    2. Only when the article's news clauses that tell fighting give exactly one day inside the span, and not for a span
    of weekdays told as the days it lasted ("lasted from Friday to Sunday": the days stated, one of which had the
    stones).
    """
    days = {window.start for index, (window, origin) in windows.items()
            if origin == "clause" and window is not None and window.precision == 1
            and window.start == window.end and clauses[index].scope == "news"
            and FIGHTING_TYPES.intersection(types_of(index))}
    # (not the days a quarrel was told to last, "from Friday to Sunday", «с пятницы по воскресенье»)
    stated = {(window.start, window.end) for window, origin in windows.values()
              if window is not None and origin == "clause" and window.stated_span}
    for event in events:
        if event.window is None or event.time_precision < 2 or event.window_from != "clause" \
                or event.window in stated:
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
            # (up to a contrast that turns to another matter: «жители Арки к поджогу в Хистеварзе «не имеют никакого
            # отношения», а перекрытие дороги 3 июня было «мирной акцией»»)
            turn = _CONTRAST_AFTER.search(blanked, b)
            return pack.folded.violence.search(blanked, b, turn.start() if turn else len(blanked)) is None
    return False


#: A contrast that turns a clause to another matter after a phrase that reports no event: ", а ...", ", while ...".
_CONTRAST_AFTER = re.compile(r"[»\"”]?\s*,\s+(?:а|тогда как|в то время как|while|whereas)\s", re.I)


#: How far (characters) before a district the village it stands for may be named.
UNKNOWN_VILLAGE_CHARS = 60


def _stands_for_an_unknown_village(mention: Mention, text: str, pack: LanguagePack) -> bool:
    """A Kyrgyz or Tajik district named, in a sentence with no violence, right after a village the gazetteer lacks
    («недалеко от населенного Ак-Босого |Лейлекского района|», "near the village of Karamyk in |Chong-Alay
    district|"), or the seat of its rural unit named as that unit: it may stand for that village as a scene."""
    place = mention.place
    # (or the seat of a rural unit named as that unit: "400 metres from the Muminobod settlement of the |Chorkuh jamoat|")
    return place is not None and (place.is_unit and place.feature_code == "ADM2" or place.kind == "curated"
                                  and place.feature_class == "P" and (_RURAL_UNIT_AFTER.match(text, mention.end)
                                                                      or _RURAL_UNIT_AFTER.search(mention.text))) \
        and place.country_code in ("KG", "TJ") and mention.role_reason == NO_VIOLENCE \
        and pack.event_words.unknown_village_in_before.search(
            text, max(0, mention.start - UNKNOWN_VILLAGE_CHARS), mention.start) is not None


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
    denial beside the other's account of a beating: its force is told); so is one that a round-up's word that none of
    its cases involved force covers, told with no force of its own."""

    def lawful(event: MentionEvent) -> bool:
        if not _a_detention_only(event, pack):
            return False
        # (its paragraph, read at most PARAGRAPH_CHARS each way: a long page with no line breaks stays linear)
        low = max(0, event.source.start - PARAGRAPH_CHARS)
        start = text.rfind("\n", low, event.source.start) + 1 or low
        end = text.find("\n", event.source.end, event.source.end + PARAGRAPH_CHARS)
        paragraph = text[start:end if end >= 0 else event.source.end + PARAGRAPH_CHARS]
        return (in_any_case or pack.event_words.no_force.search(paragraph) is not None) \
            and _tells_no_force(paragraph, pack)

    # a round-up that says none of its cases involved force speaks for each detention it lists ("None of the cases
    # involved the use of force, both services said ... **March 14.** Kyrgyz border guards detained two Tajik citizens
    # collecting firewood ... near Patar")
    in_any_case = pack.event_words.no_force_in_any_case.search(text) is not None
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
    # (a beating by hand is such a fight too: "five citizens ... attacked a local shepherd ... As a result of the
    # beating, the shepherd ... received a fracture of the left arm")
    brawl, beating = pack.sub_event_cues["Violent demonstration"], pack.event_words.beating

    def fight(start: int = 0, end: int | None = None) -> bool:
        """The brawl's words or a beating's in ``text[start:end]``."""
        end = len(text) if end is None else end
        return brawl.search(text, start, end) is not None or beating.search(text, start, end) is not None

    if not any("armed_clash" in e.event_types for e in events) or not fight():
        return  # (cheap tests first: most articles name no brawl)

    sections: dict[tuple[int, int], list[MentionEvent]] = {}
    for event in events:
        sections.setdefault(_section_of(headings(), event.source.start, len(text)), []).append(event)
    # (the news with warning shots and an old munition that went off blanked, read once for every section: "a boy was
    # killed by a shell left over from the 2022 border war" beside a brawl "with sticks and stones" on a pasture)
    armed_news = cache(lambda: blank_matches(blank_matches(news_text(), pack.harmless_fire), pack.old_ordnance))
    brawl_places: set[int] = set()
    unarmed: list[list[MentionEvent]] = []  # the clashes of sections with no shot, no weapon and no brawl word
    for (start, end), in_section in sections.items():
        # (no shot or weapon in the section's news: every "clash" or "fight" of it is the brawl's)
        clashes = [e for e in in_section if "armed_clash" in e.event_types]
        if not clashes or pack.firearms.search(armed_news(), start, end):
            # (warning shots into the air and firearms said not to be used fight no one: "Police ... fired
            # warning shots into the air" after a brawl with stones and sticks)
            continue
        if not fight(start, end):
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
            reordered.append(replace(figure, order=(newest - entry) * ORDER_OF_ENTRIES + figure.order,
                                     revision=figure.revision or update))
        event.figures[:] = reordered
