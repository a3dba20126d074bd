"""Stage 5: merging events across articles into incidents.

Same event = places within ``merge_km`` (two differently named villages, each
named precisely, only within :data:`SAME_PLACE_KM`), or a region / border-area mention
that contains the incident's place), date windows that overlap give or take
``date_slack_days``, and compatible types. No chaining: an incident's window
may only grow to the longest window one of its sources states, or
``max_window_days`` (a week) when that is longer, so a run of daily reports
never fuses into one months-long incident. An undated event joins a dated
incident only when every incident it could join lies in one calendar month;
otherwise it stays on its own. Events are taken in a fixed order (precision,
place, date, article, offset), so the result does not depend on input order.
Incident ids are a hash of place, first date and type, made unique by the
first source where two incidents would share one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence

from geo.gazetteer.model import Place
from geo.gazetteer.normalize import name_key
from geo.gazetteer.ranking import haversine_km
from geo.incidents.model import Figure, Incident, MentionEvent
from geo.incidents.quantities import fuse_figures
from geo.incidents.taxonomy import ARMED_TYPES, OLD_ORDNANCE_HINT, acled_type, compatible_types, in_precedence

__all__ = ["ContainsFn", "MAX_WINDOW_DAYS", "SAME_PLACE_KM", "merge_events"]

#: ``contains(coarse, precise)``: whether ``precise`` lies within the area ``coarse`` names.
ContainsFn = Callable[[Place, Place], bool]

#: A window at least this long (days) that is not exact is a relative period ("last week"), which an
#: exact day inside it replaces.
RELATIVE_PERIOD_DAYS = 7
#: An incident's window never grows beyond this (days, inclusive) unless a source states more.
MAX_WINDOW_DAYS = 7
#: Two differently named settlements (each named, or "near" it) are one place only this close (km):
#: neighbouring villages (Kök-Tash and Ak-Tatyr, 4 km) are separate ACLED locations.
SAME_PLACE_KM = 2.0


def _span(window: tuple[dt.date, dt.date]) -> int:
    return (window[1] - window[0]).days + 1


class _Group:
    """An incident being built: its members and running window and types."""

    __slots__ = ("members", "window", "types", "longest", "position")

    def __init__(self, event: MentionEvent, position: int = 0) -> None:
        self.position = position
        self.members = [event]
        self.window = event.window
        self.types = set(event.event_types)
        self.longest = _span(event.window) if event.window else 0

    @property
    def anchor(self) -> MentionEvent:
        return self.members[0]

    def accepts_dates(self, window: tuple[dt.date, dt.date] | None, slack: int, cap: int) -> bool:
        if window is None or self.window is None:
            return True
        pad = dt.timedelta(days=slack)
        if not (self.window[0] - pad <= window[1] and window[0] - pad <= self.window[1]):
            return False
        union = (min(self.window[0], window[0]), max(self.window[1], window[1]))
        return _span(union) <= max(cap, self.longest, _span(window))

    def add(self, event: MentionEvent) -> None:
        self.members.append(event)
        self.types.update(event.event_types)
        if event.window is not None:
            self.longest = max(self.longest, _span(event.window))
            self.window = event.window if self.window is None else (
                min(self.window[0], event.window[0]), max(self.window[1], event.window[1]))


def _build(members: list[MentionEvent]) -> Incident:
    anchor = members[0]
    dated = [m for m in members if m.window is not None]
    window = (min(m.window[0] for m in dated), max(m.window[1] for m in dated)) if dated else None
    exact = [m for m in dated if m.time_precision == 1]
    if exact and len(exact) < len(dated):
        # "wounded last week" and "on July 11": a relative period (a week or longer) that contains
        # every exact day names the same days, less precisely; a stated range ("2-4 October") stays
        days = (min(m.window[0] for m in exact), max(m.window[1] for m in exact))
        if all(m.window[0] <= days[0] and days[1] <= m.window[1] and _span(m.window) >= RELATIVE_PERIOD_DAYS
               for m in dated if m.time_precision != 1):
            window = days
    if window is None:
        time_precision = 3
    elif window[0] == window[1]:
        time_precision = min(m.time_precision for m in dated)
    else:
        time_precision = 2 if _span(window) <= MAX_WINDOW_DAYS else 3
    types = in_precedence(t for m in members for t in m.event_types)
    figures = [f for m in members for f in m.figures]
    fused = fuse_figures(figures)
    rules = "; ".join(f.rule for f in fused.values() if f.rule) or None
    hints = list(dict.fromkeys(h for m in members for h in m.sub_event_hints))
    disorder, acled_event, sub_event = acled_type(types[0], hints)
    fatalities = fused.get("fatalities")
    by_side = dict(fatalities.by_side) if fatalities else {}
    if fatalities is not None and fatalities.total and not by_side and types == ["casualty_report"] \
            and OLD_ORDNANCE_HINT in hints \
            and anchor.place.kind == "curated" and not anchor.place.is_unit \
            and anchor.place.country_code in ("KG", "TJ"):
        # «в селе Ак-Сай ... взорвался неразорвавшийся боеприпас ... 14-летний мальчик погиб на месте»: with no fighting
        # told, the dead of old ordnance in a village are its country's people
        by_side = {anchor.place.country_code: fatalities.total}
        rules = "; ".join(r for r in (rules, f"fatalities by side: the village's country ({anchor.place.country_code}),"
                                            " no fighting told") if r)
    elif fatalities is not None and fatalities.total and not by_side and anchor.place.country_code in ("KG", "TJ") \
            and not anchor.place.is_unit and _told_by_the_place_s_government(figures, anchor.place.country_code):
        # "A 12-year-old boy has been killed in Arka", the Kyrgyz border service said: a government's count of the dead
        # at its own village, naming no side, is of its own people
        by_side = {anchor.place.country_code: fatalities.total}
        rules = "; ".join(r for r in (rules, f"fatalities by side: told by the village's own government "
                                            f"({anchor.place.country_code})") if r)
    return Incident(
        incident_id="", place=anchor.place, geo_precision=min(m.precision for m in members),
        date_start=window[0] if window else None, date_end=window[1] if window else None,
        time_precision=time_precision, event_type=types[0], event_types=types,
        fatalities=fatalities.total if fatalities else None,
        fatalities_by_side=by_side,
        injured=fused["injured"].total if "injured" in fused else None,
        displaced=fused["displaced"].total if "displaced" in fused else None,
        actors=sorted({a for m in members for a in m.actors}), figure_rule=rules,
        sources=[m.source for m in members], members=list(members),
        disorder_type=disorder, acled_event_type=acled_event, sub_event_type=sub_event,
        figures=figures,
        other_figures={m: f.total for m, f in fused.items()
                       if m not in ("fatalities", "injured", "displaced") and f.total is not None},
    )


def _assign_ids(incidents: list[Incident]) -> None:
    seen: set[str] = set()
    for incident in incidents:
        start = incident.date_start.isoformat() if incident.date_start else "undated"
        key = f"{incident.place.source}|{start}|{incident.event_type}"
        candidate = "inc-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
        if candidate in seen:
            first = min((s.article_id, s.start) for s in incident.sources)
            key += f"|{first[0]}|{first[1]}"
            candidate = "inc-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
        seen.add(candidate)
        incident.incident_id = candidate


def _distinct_villages(anchor: MentionEvent, event: MentionEvent, distance: float) -> bool:
    """Both events name a settlement (at it or near it), the places differ in name and lie apart (or one is mapped at
    its unit's point: :mod:`geo.geoparse.stand_ins`)."""
    # (a village the gazetteer lacks keeps its name at a region's precision: "in Dakhma area" in a story that names
    # only Batken region)
    if (anchor.precision > 2 and anchor.place.stand_in_unit is None) \
            or (event.precision > 2 and event.place.stand_in_unit is None) \
            or anchor.place.id == event.place.id or anchor.place.is_unit or event.place.is_unit:
        return False
    # (a village the gazetteer lacks is mapped at its unit's point, which says nothing of how far it lies)
    apart = distance > SAME_PLACE_KM or anchor.place.stand_in_unit is not None or event.place.stand_in_unit is not None
    return apart and name_key(anchor.place.name) != name_key(event.place.name)


def _count_only(event: MentionEvent) -> bool:
    """A casualty count that describes no event of its own, only tells of one the article dates.

    Either a report that nobody was hurt ("Погибших в Кызыл-Эшме нет", dated by the statement
    before it), a revised count ("has risen to four"), or a count dated only by the story around it («Таким образом, в Мучуне погибли
    двое»). A count with a date in its own clause ("on Tuesday a mine killed a shepherd") is an
    event.
    """
    if not set(event.event_types) <= {"casualty_report"}:
        return False
    only_zeros = bool(event.figures) and not any(f.value for f in event.figures)
    # "Update at 14.20 ... the number of injured has risen to four: a 38-year-old man came to the medical station
    # on Monday morning with a bruised back": a revised count of the event told before, whatever day it names
    only_revisions = bool(event.figures) and all(f.revision for f in event.figures)
    return only_zeros or only_revisions or event.window_from != "clause"


def _distinct_days(group: _Group, event: MentionEvent) -> bool:
    """One article dates two events at one place to different days: two events, as ACLED codes them.

    ("stones were thrown on Monday; on Tuesday residents held a rally").
    Across articles the date slack still applies: sources date the same clash differently.
    """
    if event.window is None or event.time_precision != 1 or event.window[0] != event.window[1] \
            or event.precision != 1 or _count_only(event):
        return False
    others = [m for m in group.members
              if m.source.article_id == event.source.article_id and m.window is not None
              and m.place.id == event.place.id and m.precision == 1
              and m.time_precision == 1 and m.window[0] == m.window[1] and m.window != event.window]
    return bool(others) and not any(_the_next_day_told_again(event, m) for m in others)


def _protest_and_fire_apart(group: _Group, event: MentionEvent) -> bool:
    """One article tells a protest and the fire before it at one place on different days: two events.

    ("Residents of Ak-Tatyr blocked the Batken - Isfana road on Monday ... in the night to Monday, fire was
    opened at houses on the edge of Ak-Tatyr"): a blockade only, beside fire only, each dated by its own
    clause and apart.
    """
    def kind(e: MentionEvent) -> str | None:
        types = set(e.event_types) - {"casualty_report"}
        if types == {"border_incident_protest"}:
            return "protest"
        return "fire" if types and types <= ARMED_TYPES else None

    if event.window is None or event.window_from != "clause" or (own := kind(event)) is None:
        return False  # (the cheap tests first: this runs for every candidate group of the merge)
    return any(m.source.article_id == event.source.article_id and m.place.id == event.place.id
               and m.window is not None and m.window != event.window and m.window_from == "clause"
               and kind(m) not in (None, own) for m in group.members)


def _the_next_day_told_again(event: MentionEvent, other: MentionEvent) -> bool:
    """Of two events at one place in one article a day apart, one tells the other's again.

    "an exchange of fire that began late on March 8 ... into the early hours of March 9", then a
    caption "A house damaged by a mortar round in Kyzyl-Bel on March 9": an event with no figure
    of its own, of no type the other lacks, on the day next to one that the story around it dates
    (not its own clause), is the same night; so are people who left the day after the violence at
    their village (:func:`_people_who_left_after`).
    """
    if _people_who_left_after(event, other) or _people_who_left_after(other, event):
        return True
    quiet, told = (event, other) if not event.figures else (other, event)
    if quiet.figures or not told.figures or told.window_from == "clause":
        return False  # "stones on Tuesday ... on Wednesday night unknown people set fire": two days told
    return abs((quiet.window[0] - told.window[0]).days) == 1 and set(quiet.event_types) <= set(told.event_types)


def _people_who_left_after(event: MentionEvent, other: MentionEvent) -> bool:
    """«после обстрела около 150 жителей ... провели ночь на вторник у родственников»: people who
    left the day after the violence the article told at their village left because of it; their
    count is that event's (displaced people stay on the violent incident)."""
    return bool(event.figures) and all(f.measure == "displaced" for f in event.figures) \
        and any(f.measure != "displaced" for f in other.figures) \
        and (event.window[0] - other.window[0]).days == 1 and set(event.event_types) <= set(other.event_types)


def merge_events(
    events: Sequence[MentionEvent],
    *,
    contains: ContainsFn,
    merge_km: float = 10.0,
    date_slack_days: int = 1,
    max_window_days: int = MAX_WINDOW_DAYS,
) -> list[Incident]:
    """Group events into incidents; the result does not depend on input order.

    Parameters
    ----------
    events : sequence of MentionEvent
        From :func:`geo.incidents.events.article_events`.
    contains : callable
        ``contains(coarse, precise)`` for region and border-area mentions.
    merge_km : float
        Places closer than this are one place.
    date_slack_days : int
        Date windows this close still overlap.
    max_window_days : int
        An incident's window grows to at most this many days, or the longest
        window one of its sources states.
    """
    ordered = sorted(events, key=lambda e: (
        e.precision, e.window is None, e.place.source, e.window[0] if e.window else dt.date.max,
        e.source.article_id, e.source.start,
    ))
    groups: list[_Group] = []
    grid: dict[tuple[int, int], list[_Group]] = {}
    cell_deg = max(merge_km / 111.0, 0.01)
    contained: dict[tuple[int, int], bool] = {}
    # Which groups a dated event may join is narrowed first by date (a group joins only events whose
    # window overlaps its own, give or take the slack): day ordinal -> positions of the groups whose
    # window covers that day, plus every group that was ever undated. The narrowed list keeps the
    # order of the full one (creation order, or cell order then creation order), so the nearest match
    # and its tie-break are the same; the merge stays near-linear however long the period.
    days: dict[int, list[int]] = {}
    undated: set[int] = set()
    covered: list[tuple[int, int] | None] = []

    def cell(place: Place) -> tuple[int, int]:
        return int(place.lat // cell_deg), int(place.lon // cell_deg)

    def register(position: int) -> None:
        window = groups[position].window
        if window is None:
            undated.add(position)
            return
        first, last = window[0].toordinal(), window[1].toordinal()
        done = covered[position]
        for day in range(first, last + 1):
            if done is None or not done[0] <= day <= done[1]:
                days.setdefault(day, []).append(position)
        covered[position] = (first, last) if done is None else (min(first, done[0]), max(last, done[1]))

    def near_in_time(window: tuple[dt.date, dt.date]) -> list[int]:
        found = set(undated)
        for day in range(window[0].toordinal() - date_slack_days, window[1].toordinal() + date_slack_days + 1):
            found.update(days.get(day, ()))
        return sorted(found)

    for event in ordered:
        coarse = event.precision == 3 or event.place.is_unit
        if coarse:
            # a region or district may contain any incident's place
            candidates = groups if event.window is None else [groups[i] for i in near_in_time(event.window)]
        else:
            row, col = cell(event.place)
            # ``cell_deg`` is one merge_km of latitude; longitude cells are narrower, so look
            # two cells east and west (enough up to 60 degrees of latitude).
            if event.window is None:
                candidates = [g for r in (row - 1, row, row + 1) for c in range(col - 2, col + 3)
                              for g in grid.get((r, c), ())]
            else:
                nearby = []
                for position in near_in_time(event.window):
                    r, c = cell(groups[position].anchor.place)
                    if abs(r - row) <= 1 and abs(c - col) <= 2:
                        nearby.append((r, c, position))
                candidates = [groups[position] for _, _, position in sorted(nearby)]
        matches: list[tuple[float, int, _Group]] = []
        for position, group in enumerate(candidates):
            anchor = group.anchor
            if not group.accepts_dates(event.window, date_slack_days, max_window_days):
                continue
            if not compatible_types(set(event.event_types), group.types):
                continue
            distance = haversine_km(anchor.place.lat, anchor.place.lon, event.place.lat, event.place.lon)
            if _distinct_villages(anchor, event, distance) or _distinct_days(group, event) \
                    or _protest_and_fire_apart(group, event):
                continue
            same = distance <= merge_km or anchor.place.source == event.place.source
            if not same and coarse and anchor.precision < event.precision:
                pair = (event.place.id, anchor.place.id)
                if pair not in contained:
                    contained[pair] = contains(event.place, anchor.place)
                same = contained[pair]
            if same:
                matches.append((distance, position, group))
        best = None
        if matches:
            if event.window is None:
                months = {(g.window[0].year, g.window[0].month) for _, _, g in matches if g.window} | {
                    (g.window[1].year, g.window[1].month) for _, _, g in matches if g.window}
                if len(months) <= 1:
                    best = min(matches, key=lambda m: (m[0], m[1]))[2]
            else:
                best = min(matches, key=lambda m: (m[0], m[1]))[2]
        if best is None:
            group = _Group(event, len(groups))
            groups.append(group)
            covered.append(None)
            grid.setdefault(cell(event.place), []).append(group)
            register(len(groups) - 1)
        else:
            best.add(event)
            register(best.position)
    incidents = [_build(group.members) for group in groups]
    incidents.sort(key=lambda i: (i.date_start or dt.date.max, i.place.source, i.event_type,
                                  min((s.article_id, s.start) for s in i.sources)))
    _assign_ids(incidents)
    return incidents


def _told_by_the_place_s_government(figures: list[Figure], country: str) -> bool:
    """Whether every current count of the dead (more than none) is told by ``country``'s government, with no side."""
    dead = [f for f in figures if f.measure == "fatalities" and f.value > 0 and not f.superseded and not f.vague]
    return bool(dead) and all(f.claimant == country and f.side is None for f in dead)
