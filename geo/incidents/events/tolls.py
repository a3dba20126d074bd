"""Tolls across events: which event a count belongs to when an article tells it apart from the fighting,
revises it, sums it or breaks it down, and tables and breakdowns applied to events.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
import datetime as dt
import re

from geo.geoparse.model import Mention
from geo.geoparse.roles import LEDE_CHARS, SPEAKER
from geo.gazetteer.normalize import name_key
from geo.incidents.breakdowns import Share
from geo.incidents.events.clauses import _km
from geo.incidents.events.dates import _told_days
from geo.incidents.events.headings import _heading_line, _section_of
from geo.incidents.model import Clause, Figure, MentionEvent
from geo.incidents.quantities import LOWER_BOUND
from geo.incidents.structure import ArticleStructure
from geo.incidents.tables import TableRow
from geo.incidents.taxonomy import ARMED_TYPES, EVENT_TYPES, FIGHTING_TYPES
from geo.language import LanguagePack
from geo.language.folding import lower_keep_length

#: A figure of one person told with an indefinite article ("A 46-year-old shepherd was wounded").
_ONE_PERSON_TOLD = re.compile(r"(?:an?|another)\s|"
                              # ... or by first and last name with an age: "Nurlan Sadykov, 34,"
                              r"(?-i:[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+),\s*\d{1,3},", re.I)

#: A person's age in a figure's words: "46-year-old", "aged 46", "Bakyt, 33,".
_PERSON_AGE = re.compile(r"\b\d{1,3}(?=-year-old\b)|(?<=\baged )\d{1,3}\b|(?<=, )\d{1,3}(?=,)")


#: A person told as the helper of the one told before: "A neighbour |who helped him| was treated".
_WHO_HELPED = re.compile(r"\b(?:who|that)\s+(?:had\s+)?(?:helped|tried\s+to\s+help|came\s+to\s+help|ran\s+to\s+help|"
                         r"came\s+to\s+(?:his|her)\s+aid|was\s+with)\s+(?:him|her)\b", re.I)

#: The ages of a few people counted together: "Two brothers, |aged 19 and 22|".
_AGES_LISTED = re.compile(r"\baged\s+(\d{1,3}(?:\s*(?:,|and|,\s*and)\s*\d{1,3})+)\b")


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
            ages: list[str | None] = []
            for figure in sorted((f for f in figures if f.measure == measure), key=lambda f: f.order):
                # ... and, after one person, a few told with an age each: "Two brothers, aged 19 and 22, got away
                # with bruises"
                listed = _AGES_LISTED.search(figure.text) if told and figure.value > 1 else None
                several = listed is not None and len(listed_ages := re.findall(r"\d{1,3}", listed.group(1))) == figure.value
                if (figure.value != 1 and not several) or figure.vague or figure.revision or figure.additive \
                        or figure.superseded or figure.together or figure.of_wounded \
                        or not (several or _ONE_PERSON_TOLD.match(figure.text)):
                    break  # a count (or a correction) first: the people told after it belong to it
                told.append(figure)
                ages.extend(listed_ages if several else [
                    age.group(0) if (age := _PERSON_AGE.search(figure.text)) is not None
                    # ("A neighbour who helped him was treated at the scene for smoke poisoning": told as another than
                    # the person before, though without an age)
                    else f"helper {len(told)}" if len(told) > 1 and _WHO_HELPED.search(figure.text) else None])
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


def _local_people_of_the_place(events: list[MentionEvent], pack: LanguagePack) -> None:
    """A count of "local" people with no side or home is of the event village's country: «группа жителей таджикского
    села Овчи-Калъача избила |местного чабана|» at Maksat, "a local man was beaten" at Chek."""
    for event in events:
        place = event.place
        if place.is_unit or place.country_code not in ("KG", "TJ"):
            continue
        for k, figure in enumerate(event.figures):
            if figure.side is None and figure.home is None and figure.value \
                    and figure.measure in ("fatalities", "injured") \
                    and pack.event_words.local_people.search(figure.text) is not None:
                event.figures[k] = replace(figure, home=place.country_code)


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
            # (nor one person told by a pronoun: «его избили палками» after «избила местного чабана»)
            neutral = {other.value for other in same if other.side is None and other.home is None
                       and other.value and other.value >= figure.value and not (other.described and other.value == 1)
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


#: How far before "all of them are Kyrgyz citizens" (characters) the count it speaks of may be.
THEY_AFTER_A_COUNT = 200


#: The most events an article may have for :func:`_totals_of_the_places_below` to read it.
SUMMED_EVENTS = 200

#: The factor a newest-first page's entry order is multiplied by in a figure's ``order`` (see
#: :func:`geo.incidents.events.revisions._in_reporting_order`); below it, the clause index times 100.
ORDER_OF_ENTRIES = 10 ** 7


def _a_total_over_villages(figure: Figure, held: Sequence[tuple[str, int]]) -> bool:
    """Whether a count is exactly the sum of the counts ``held`` ((country, value) of two or more villages' events) as
    their total: villages of the country whose people it counts («погибли шесть граждан Республики Таджикистан»), or,
    naming no side, of three villages or more of one country; never a village's own count ("two residents of Surkh"),
    nor the two parties of one fight ("Seven people were hurt" above five hurt of Kayragach and two of Unji, that
    fight's own total)."""
    countries = {country for country, _ in held}
    return len(held) >= 2 and figure.value == sum(value for _, value in held) and len(countries) == 1 \
        and figure.home is None and (figure.side in countries or figure.side is None and len(held) >= 3)


def _totals_of_the_places_below(events: list[MentionEvent], clause_at: Callable[[int], int]) -> None:
    """A count told before two or more events that each count their own, and that they sum exactly, is their total.

    «В результате ... обстрелов сел Максат, Кулунду, Арка и Бешкент ... погибли 2 гражданина ..., ранения ... получили
    17 человек» above «Кулундинский айыл аймак (с. Максат, с. Кулунду) – погибших 1, раненых 9; ... (с. Арка) –
    погибших 1, раненых 5; ... (с. Бешкент) – раненых 3»: the 2 and 17 the first named village took are the sums of
    the lines below, no count of its own. (Read for an article of at most :data:`SUMMED_EVENTS` events: the test pairs
    every count with every event; a live page of thousands is read entry by entry elsewhere.)
    """
    if len(events) > SUMMED_EVENTS:
        return
    for event in events:
        for figure in list(event.figures):
            if figure.measure not in ("fatalities", "injured") or figure.value < 2 or figure.additive \
                    or figure.superseded or figure.is_claim_about_other_side or figure.own_count:
                continue
            held = []
            for other in events:
                if other is event:
                    continue
                own = [f for f in other.figures if f.measure == figure.measure and f.value > 0
                       and f.order // 100 > figure.order // 100 and f.article_id == figure.article_id
                       and not f.superseded and not f.is_claim_about_other_side]
                if own:
                    held.append((other, max(own, key=lambda f: f.order)))
            # (at one of those places, or a count from a clause that names no place, which took an event only by
            # nearness: a live page's «На 17:00 — один погибший и 14 раненых» above the wounded by village)
            if _a_total_over_villages(figure, [(other.place.country_code, f.value) for other, f in held]) \
                    and (any(other.place.id == event.place.id for other, _ in held)
                         or figure.order % ORDER_OF_ENTRIES // 100 != clause_at(event.source.start)):
                event.figures.remove(figure)
    # "The data published on July 11 (3 dead, 10 wounded) have been clarified" after the villages' counts: an earlier
    # report of the article's total, which no village's event holds on its own (not one told with the place: "two
    # Kyrgyz servicemen were killed and four were wounded in fighting around the border post in the village of
    # Maksat")
    for event in events:
        own_clause = clause_at(event.source.start)
        for figure in list(event.figures):
            if figure.superseded and figure.value and figure.order % ORDER_OF_ENTRIES // 100 != own_clause and not any(
                    f.measure == figure.measure and not f.superseded for f in event.figures) \
                    and len({other.place.id for other in events if other.place.id != event.place.id and any(
                        f.measure == figure.measure and f.value and not f.superseded for f in other.figures)}) >= 2:
                event.figures.remove(figure)


def _the_lede_s_side_of_the_dead(events: list[MentionEvent], clauses: list[Clause], text: str,
                                 pack: LanguagePack) -> None:
    """The dead the lede counts as one side's people: that side's, at the article's villages of that side.

    «Семь граждан Кыргызстана погибли, 38 получили ранения в результате обстрелов ...» above «Больше всего пострадал
    Кок-Таш: здесь погибли трое ...»: the deaths the body tells at Kyrgyz villages, naming no side, are of the
    Kyrgyz citizens the lede counted ("killed nine Kyrgyz citizens ...; Dushanbe says three Tajiks dead": each side's
    villages, each side's dead). Only for deaths no one claims for the other side.
    """
    if not any(f.measure == "fatalities" and f.value and f.side is None for event in events for f in event.figures):
        return  # (cheap test first: the lede is read only when some death has no side)
    # (only the clauses that name a side can count one side's dead)
    told = {f.side for c in clauses if c.start < LEDE_CHARS and c.scope == "news"
            and any(pattern.search(text, c.start, c.end) for pattern in pack.sides.values())
            for f in pack.read_figures(text[c.start:c.end]) if f.measure == "fatalities" and f.value and f.side}
    # (not at a place whose dead another telling already gives a side: one death told with its side and another
    # without may be two people, whose sum the sides would change)
    sided_places = {event.place.id for event in events
                    if any(f.measure == "fatalities" and f.side is not None for f in event.figures)}
    for event in events:
        side = event.place.country_code
        dead = [f for f in event.figures if f.measure == "fatalities" and not f.superseded]
        # (nor where the counts disagree, a zero among them: the side would change which of them the total is)
        if side in told and event.place.id not in sided_places and len({f.value for f in dead}) == 1:
            event.figures[:] = [replace(f, side=side) if f.measure == "fatalities" and f.value and f.side is None
                                and f.claimant in (None, side) and not f.superseded else f for f in event.figures]


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


#: How far (km) a village the article gives only a toll for may lie from the fighting it tells that day and
#: still take the fighting's type (the other side's version: "Kyrgyz fire had killed a 61-year-old woman" in
#: Khistevarz, 5 km from the shooting near Beshkent; Muchun, 17 km from Ak-Suu).
TOLL_NEAR_FIGHTING_KM = 20.0

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
                                            article_id=article_id, order=order + k, own_count=True))


def _table_villages_of_a_unit(events: list[MentionEvent], rows: list[TableRow], mentions: Sequence[Mention],
                              article_id: str, clause_at: Callable[[int], int]) -> list[MentionEvent]:
    """The villages of a table by settlement are the events, when the prose names only their district or region.

    "... as a result of mortar and artillery shelling of settlements of Batken district ... 11 citizens died" above
    a table of Kok-Tash 4/14, Ak-Sai 4/13, Ak-Tatyr 2/9, Samarkandek 1/6: each village of the table is where the
    shelling hurt people, with the district's day and type and the row's figures; the district, whose toll is the
    table's total, gives way to them (where its table has two or more villages).
    """
    if not rows or not events or not all(e.place.is_unit for e in events):
        return events
    units = [e for e in events if e.event_types != ["ceasefire_agreement"]]
    made: dict[int, list[MentionEvent]] = {}
    seen: set[int] = set()
    for row in rows:
        mention = next((m for m in mentions if m.place is not None and m.place.id == row.place_id
                        and row.start <= m.start < row.end), None)
        if mention is None or row.place_id in seen or mention.place.is_unit or mention.place.kind == "country":
            continue
        place = mention.place
        parent = next((u for u in units if name_key(u.place.name) in
                       {name_key(place.admin2 or ""), name_key(place.admin1 or "")}), None) \
            or (units[0] if len(units) == 1 and units[0].place.country_code == place.country_code else None)
        if parent is None:
            continue
        seen.add(row.place_id)
        order = clause_at(row.start) * 100 + 50
        figures = [Figure(measure=measure, value=value, vague=False, side=None, text=written, article_id=article_id,
                          order=order + k, own_count=True)
                   for k, (measure, (value, written)) in enumerate(row.values.items())]
        source = replace(parent.source, excerpt=mention.excerpt, highlight_start=mention.start - mention.excerpt_start,
                         highlight_end=mention.end - mention.excerpt_start, start=mention.start, end=mention.end,
                         mention_text=mention.text, place_name=place.name, precision=1)
        made.setdefault(id(parent), []).append(MentionEvent(
            place=place, precision=1, window=parent.window, time_precision=parent.time_precision,
            event_types=list(parent.event_types), figures=figures, actors=list(parent.actors), source=source,
            window_from=parent.window_from, sub_event_hints=list(parent.sub_event_hints)))
    out = []
    for event in events:
        villages = made.get(id(event), [])
        out.extend(villages if len(villages) >= 2 else [event])
    return out


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
        if None in targets and len({id(t) for t in targets if t is not None}) == 1:
            # "two men from Kyzyl-Eshme, aged 38 and 41, and one herder from Lakhsh district were treated for bruises":
            # the homes of the hurt of one event, one of them no event's place (the fight's other party): the total is
            # that event's, as the sentence told it
            continue
        measures = {share.measure for share in group}
        own_clauses = clauses_of[sentence]
        superseded = bool(own_clauses & outdated)
        # "seven Tajik citizens had been killed ..., five of them in the Vorukh exclave and two in the village of
        # Surkh": the shares of one side's total are that side's
        total_sides = {measure: {f.side for event in events for f in event.figures
                                 if f.measure == measure and f.order // 100 in own_clauses and f.value
                                 and not f.is_claim_about_other_side} for measure in measures}
        for event in events:
            event.figures[:] = [f for f in event.figures
                                if f.measure not in measures or f.order // 100 not in own_clauses]
        for k, (share, event) in enumerate(zip(group, targets)):
            if event is None or event.event_types == ["ceasefire_agreement"]:
                continue
            # the figure for this very village outranks the prose totals, as a table row's does
            event.figures[:] = [f for f in event.figures if f.measure != share.measure or id(f) in shared]
            sides = total_sides[share.measure]
            side = share.side or (next(iter(sides)) if len(sides) == 1 else None)
            figure = Figure(measure=share.measure, value=share.value, vague=False, side=side, text=share.text,
                            own_count=True,
                            superseded=superseded, article_id=article_id,
                            order=clause_at(share.start) * 100 + 60 + k)
            shared.add(id(figure))
            _add_place_figure(event, figure)


def _reports_fighting(types: Sequence[str]) -> bool:
    return any(kind != "casualty_report" for kind in types)


def _share_event(events: list[MentionEvent], share: Share) -> MentionEvent | None:
    """The event a breakdown's share goes to (see :func:`_apply_breakdowns`)."""
    same_place = [e for e in events if e.place.id == share.place_id]
    own = next((e for e in same_place if e.source.start == share.mention_start), None)
    if own is not None and _reports_fighting(own.event_types):
        return own
    fighting = next((e for e in same_place if _reports_fighting(e.event_types)), None)
    return fighting or own or (same_place[0] if same_place else None)


def _tolls_of_the_place_s_fighting(events: list[MentionEvent], pack: LanguagePack) -> list[MentionEvent]:
    """A village's bare toll dated the day after fighting the article tells there (and none on its own day) is that
    fighting's toll.

    «В субботу поздно вечером у села Максат ... стреляли» ... «Утром в воскресенье ... разошлось голосовое сообщение:
    ... «в Максате ранены трое детей»» ... «в ночь стрельбы пострадал один подросток»: the toll is dated by the morning
    the news spread, and is the night's; its figures join the fighting's event (not an old munition's blast there).
    """
    fighting = [e for e in events if e.window is not None and ARMED_TYPES & set(e.event_types)]
    out = []
    for event in events:
        near = None
        if event.event_types == ["casualty_report"] and event.window is not None \
                and not pack.old_ordnance.search(event.source.excerpt):
            here = [f for f in fighting if f.place.id == event.place.id]
            # (the day after the fighting, with none told on the toll's own day: those join by their date)
            if not any(f.window[0] <= event.window[1] and event.window[0] <= f.window[1] for f in here):
                near = next((f for f in here if (event.window[0] - f.window[1]).days == 1), None)
        if near is None:
            out.append(event)
        else:
            near.figures.extend(event.figures)
    return out
