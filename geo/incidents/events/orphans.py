"""Figures with no event place of their own: the event of the article they go to, if any.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache, partial
import datetime as dt
from dataclasses import replace
import re

from geo.gazetteer.model import Place
from geo.geoparse.cues import POST_CUE
from geo.geoparse.model import Mention
from geo.geoparse.roles import BURIAL, CEASEFIRE_VENUE, DESTINATION, FACING, PARAGRAPH_LABEL, SEATS
from geo.incidents.events.claimants import _previous_sentences
from geo.incidents.events.clauses import (
    _BULLET_LINE, DATED_ITEMS, DIGEST_HEADINGS, _evacuation_only, FOUND_FALSE, _km, LIST_CHARS_READ, _names_place,
    _repeated_sentences, _sentence_spans,
)
from geo.incidents.events.dates import _told_days
from geo.incidents.events.figures import _figures
from geo.incidents.events.headings import (
    _heading_count, _heading_line, _in_lede, _marked_heading_between, _section_of, _speaker_end, _topic_headings,
    _unrelated_heading_between,
)
from geo.incidents.events.tolls import _a_total_over_villages
from geo.incidents.model import Clause, Figure, MentionEvent
from geo.incidents.scope import LIST_ITEM_AFTER_PLACE, LIST_ITEM_BEFORE_PLACE, list_line_start
from geo.incidents.taxonomy import ARMED_TYPES, FIGHTING_TYPES
from geo.language import LanguagePack

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


def _heads_a_road_accident(index: int, clauses: list[Clause], text: str, pack: LanguagePack,
                           types_of: Callable[[int], list[str]]) -> bool:
    """Whether clause ``index``, a section heading, tells no fighting and the first sentence under it reports a road
    accident («## На трассе Бишкек — Ош погибли два человека» over «... столкнулись легковой автомобиль и грузовик»):
    the heading's toll is the accident's."""
    if FIGHTING_TYPES.intersection(types_of(index)):
        return False
    sentence = clauses[index].sentence_index
    under = [c for c in clauses[index + 1:index + 8] if c.sentence_index == sentence + 1]
    return any(pack.road_accident.search(text, c.start, c.end) for c in under)


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


#: How far before a village (characters) the people it is named as the home of may be told («жители |Сурха»).
RESIDENTS_CHARS = 80


def _event_named_in_paragraph(clause: Clause, mentions: Sequence[Mention], events: list[MentionEvent],
                              reported_before: list[int], text: str, pack: LanguagePack) -> int | None:
    """The earlier event whose village the figure's paragraph names as its people's home (before the figure's clause:
    «потасовку начали жители Сурха»), when it names exactly one such place and not the place of the event told last,
    else ``None`` (not a hospital town: "moved from Batken after surgery")."""
    if len({events[i].place.id for i in reported_before}) < 2:
        return None
    # (its line: a live page's entries may share one paragraph)
    start = text.rfind("\n", 0, clause.start) + 1
    # (before the figure's clause: its own people's village is no reason, "three residents of Kulundu had also been
    # injured in the fight")
    named = {m.place.id for m in mentions if start <= m.start < clause.start and m.place is not None
             and pack.roles.residents_before.search(text, max(start, m.start - RESIDENTS_CHARS), m.start)}
    places = {events[i].place.id for i in reported_before} & named
    if len(places) != 1 or events[reported_before[-1]].place.id in places:
        return None
    return next(i for i in reported_before if events[i].place.id in places)


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
        # (the wounded of his own country, where the text tells it: «Один из раненых пограничников скончался в
        # Баткенской областной больнице», not the Tajik villager wounded at Muminobod told after them)
        own_wounded = [e for e in wounded if figure.home is not None and events[e].place.country_code == figure.home]
        wounded = own_wounded or wounded
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


def _first_of_the_places_of_its_paragraph(figure: Figure, events: list[MentionEvent], target: int, takers: list[int],
                                          placed, clauses: list[Clause]) -> int:
    """A toll told after a paragraph that names several places of the fighting, none with a count of its own, is
    shared by them and goes to the first named (the gold's convention for a toll told over several villages).

    "Shooting began before dawn around Maksat and Kulundu ... By nightfall the Health Ministry counted six dead and 27
    wounded"; «около 09:20 ... минометный обстрел ... возле села Кок-Таш. Вскоре мины ... на Ак-Сай, во второй
    половине дня — на Ак-Татыр и Самаркандык. || В тот день ... погибли семь человек»: Maksat's, Kök-Tash's. Only a
    plain count (no update, no addition, no other country's people) whose nearest event is in that paragraph, and
    only the places of the nearest event's country.
    """
    if figure.measure not in ("fatalities", "injured") or not figure.value or figure.additive or figure.revision \
            or figure.superseded or figure.is_claim_about_other_side \
            or figure.side not in (None, events[target].place.country_code):
        return target
    position = next(k for k, i in enumerate(takers) if i == target)
    paragraph = clauses[placed[target][0]].paragraph_index
    same = [i for i in takers[:position + 1] if clauses[placed[i][0]].paragraph_index == paragraph
            and events[i].place.country_code == events[target].place.country_code]
    # (villages only: not «Под Баткеном сдетонировал снаряд ... у села Кызыл-Жол», a town that names the area of the
    # village where it happened)
    if len({events[i].place.id for i in same}) < 2 or any(
            f.measure == figure.measure and f.value for i in same for f in events[i].figures) \
            or any(events[i].place.feature_code in SEATS or events[i].place.is_unit for i in same):
        return target
    return same[0]


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


#: How many paragraphs after a total the places whose counts sum it may be told.
SUMMED_PARAGRAPHS = 5


def _sums_the_events_after(figure: Figure, after: Sequence[MentionEvent]) -> bool:
    """Whether a casualty figure with no place is the total (:func:`~geo.incidents.events.tolls._a_total_over_villages`)
    of the latest counts of its measure that the events told after it hold (each event its own: two deaths told apart
    at one village are two)."""
    if figure.measure not in ("fatalities", "injured") or not figure.value:
        return False
    held = [(event.place.country_code, values[-1]) for event in after
            if (values := [f.value for f in event.figures if f.measure == figure.measure and f.value])]
    return _a_total_over_villages(figure, held)


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


def _names_a_village(mentions: Sequence[Mention], clause: Clause) -> bool:
    """The clause names a border village (not a district, a region, or a capital in its dateline)."""
    return any(clause.start <= m.start < clause.end and m.place is not None and not m.place.is_unit
               and m.place.kind == "curated" for m in mentions)


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
                           treated_in: Callable[[], list[tuple[int, str]]] = list,
                           opened_in: Callable[[], list[tuple[int, str]]] = list) -> None:
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
    # each event clause's first position among them (looked up, not searched: a long live page has thousands)
    first_event_of: dict[int, int] = {}
    for position, clause_index in enumerate(event_clauses):
        first_event_of.setdefault(clause_index, position)
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
                           homes, speakers, treated_in, opened_in)
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
        if pack.event_words.separate_incident.search(text, clause.start, clause.end):
            continue  # "..., while in a separate incident a boy was killed by a shell": the other incident's toll,
            # told again with its place below, not the event's told before
        if clause.paragraph_index in false_paragraphs:
            continue  # "Telegram channels reported that a resident of Surkh had been shot dead ... he died of a
            # heart attack": the false report's toll (and «Пострадавших и повреждений нет» after the alarm that
            # turned out to be an exercise)
        if any(clause.start <= at < clause.end for at in burials):
            continue  # "In the village of Kyzyl-Jol ... mourners buried two brothers, who were killed on September
            # 16": the dead of a place the text does not name, not of the event told before
        if pack.natural_hazard.search(text, *sentence_spans()[clause.sentence_index]) or (
                # ... or of the sentence before, in its paragraph: «Также в воскресенье в селе Кулунду из-за короткого
                # замыкания загорелся жилой дом. Огнем уничтожена кровля ..., пострадавших нет»
                (before := sentence_spans().get(clause.sentence_index - 1)) is not None
                and "\n" not in text[before[1]:clause.start] and pack.natural_hazard.search(text, *before)):
            continue  # "around 118,000 people had been evacuated in total since the spring floods began": a flood's
        if _toll_of_a_road_accident(index, clauses, text, pack, types_of) or (
                _heading_line(text, clause.start, structure) is not None
                and _heads_a_road_accident(index, clauses, text, pack, types_of)):
            continue  # «... перевернулся микроавтобус. По данным МЧС, погиб 58-летний пассажир»: the accident's
        if entry_starts and text.rfind("\n", 0, clause.start) + 1 in entry_starts \
                and _heading_line(text, clause.start, structure) is not None:
            continue  # a live entry's heading ("... a guard was wounded at a second post"): its body tells it
        if several_scenes and (pack.period_sum.search(text, clause.start, clause.end)
                               or (entries and clause.start < entries[0])
                               # "Fighting ... killed at least 10 people on Tuesday, officials in both
                               # countries said", over villages on both sides: a sum of both
                               or (both_countries and pack.joint.search(text, clause.start, clause.end)
                                   # (not a count of one fight's people by their villages: "Two men from Kara-Shibak
                                   # and one from the Tajik village of Karakenja were treated for bruises ...,
                                   # officials on both sides told AFP")
                                   and not _names_a_village(mentions, clause))):
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
        if several_scenes and not entries:
            # "The number of citizens of Kyrgyzstan killed ... has risen to 24" above "Batken district ...: 13 people
            # died", "Leilek district ...: 9 people died", "The city of Batken ...: 2 people died": a total told
            # before the places that, each with its own count, sum it exactly; the side it names is theirs
            # («погибли шесть граждан Республики Таджикистан. Ниже приводятся их имена и места гибели»)
            # (the places told in the next paragraphs: not a count that happens to equal later, unrelated ones)
            after = [events[i] for i in takers if placed[i][0] > index
                     and clauses[placed[i][0]].paragraph_index <= clause.paragraph_index + SUMMED_PARAGRAPHS]
            summed = [f for f in figures if not f.additive and _sums_the_events_after(f, after)]
            for total in summed:
                if total.side is not None and not total.is_claim_about_other_side:
                    for event in after:
                        event.figures[:] = [replace(f, side=total.side) if f.measure == total.measure and f.value
                                            and f.side is None and f.claimant in (None, total.side) else f
                                            for f in event.figures]
            figures = [f for f in figures if f not in summed]
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
                or pack.event_words.several_days.search(text, clause.start, clause.end)) and not (
                # (not a body paragraph under a topic heading whose own event is told after it: "## "They said I was
                # on their land"" ... "he was walked to a post ..., kept there overnight and beaten" before "a
                # resident of Maksat had been detained", above "## A post on the edge of Kulundu")
                not _in_lede(text, clause.start) and headings()
                and (own_section := _section_of(headings(), clause.start, len(text))) != (0, len(text))
                and own_section[0] <= clauses[event_clauses[0]].start < own_section[1]):
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
                and not _names_place(mentions, clause, events[takers[first_event_of[earlier[-1]]]].place):
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
        nearest = first_event_of[earlier[-1] if earlier else event_clauses[0]]
        later_in_sentence = [] if entries else [
            c for c, m, _ in placed if c > index and m.role_reason != CEASEFIRE_VENUE
            and clauses[c].sentence_index == clause.sentence_index
            # «пострадали двое граждан Таджикистана — жители Горно-Матчинского района»: a home
            and not pack.roles.residents_before.search(text, max(0, m.start - 80), m.start)]
        if later_in_sentence:
            # "31 of its citizens had been killed and 154 wounded since Thursday, most of them around the
            # villages of Kok-Tash and Ak-Sai": the sentence names its place after the figures
            nearest = first_event_of[later_in_sentence[0]]
            earlier = [*earlier, later_in_sentence[0]]
        # "More than 2,000 residents of Ak-Sai were taken by bus to Batken": the people's village
        # takes their displacement, and none of the article's other places may
        people_of = [m.place.id for m in mentions if clause.start <= m.start < clause.end and m.place is not None
                     and pack.roles.residents_before.search(text, max(clause.start, m.start - 80), m.start)
                     # (not where they were taken: "One of the wounded villagers ... has died in the regional hospital
                     # in Batken")
                     and m.role_reason != DESTINATION]
        # ... and "a fourth |Khoja-Alo| resident": the people of a village named before them
        village_people = people_of + [m.place.id for m in mentions if clause.start <= m.start < clause.end
                                      and m.place is not None and pack.roles.residents_after.match(text, m.end)]
        home_places = [m.place for m in mentions if m.place is not None and m.place.id in people_of
                       and clause.start <= m.start < clause.end and not m.place.is_unit]
        # "about 1,500 residents of Üch-Bulak and Beshkent": a figure shared goes to the first named
        home_events = sorted((i for i in takers if events[i].place.id in people_of),
                             key=lambda i: people_of.index(events[i].place.id))
        reported_before = list(dict.fromkeys(takers[first_event_of[c]] for c in earlier))
        if entries and (told := [i for i in reported_before if events[i].place.id in people_of]):
            # (on a newest-first live page, the village's event reported last before the entry: "09:40 ... about 380
            # people from Toguz-Bulak ... were taken overnight to School No. 3" is of the night's shelling below it)
            home_events = told[-1:]
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
            if figure.measure in ("fatalities", "injured") and figure.value and figure.claimant is not None \
                    and not same_paragraph and not entries and (named := _event_named_in_paragraph(
                        clause, mentions, events, reported_before, text, pack)) is not None:
                # «Второй инцидент произошел ... в соседнем джамоате Чоркух ... || Там утверждают, что ... потасовку
                # начали жители Сурха. По данным полпредства, травмы получили двое жителей Самаркандыка»: the other
                # government's version of the fight its paragraph names again, not of the event told last
                events[named].figures.append(figure)
                continue
            target = _orphan_target(figure, events, takers[nearest], reported_before, up_to_nearest,
                                    blog=bool(entries), own_entry=own_entry, same_paragraph=same_paragraph,
                                    # (or its dated item's: "3. On March 14, 2023, ... near Ak-Turpak ... Two
                                    # citizens of the Republic of Tajikistan ... received injuries", the third claim of
                                    # a note, not the Tajik post's fire of the first)
                                    section_start=max(_section_of(headings(), clause.start, len(text))[0],
                                                      _section_of(list(items), clause.start, len(text))[0]
                                                      if len(items) >= DATED_ITEMS else 0)
                                    if figure.side and not entries else 0, points_back=points_back,
                                    homes=home_places, armed_from=armed_from())
            if target == takers[nearest] and not entries:
                target = _first_of_the_places_of_its_paragraph(figure, events, target, takers, placed, clauses)
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
                # ("## Road blocked in Leilek ... on May 22 ... 'No one was hurt,' a police spokesman said" says
                # nothing of the herder beaten at Ak-Sai on May 20 under the heading before: a zero in the section of
                # its own event covers no event days apart, as one in its paragraph does)
                # (not under a digest's weekday heading, "Суббота, заявление": its zero may speak of the whole week)
                own_section = section is not None and section[0] > 0 \
                    and section[0] <= events[target].source.start < section[1] \
                    and not pack.event_words.weekday_lead.match(text, section[0])
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
                             own_days=own_section or _same_paragraph(text, clause.start, events[target].source.start))
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
