"""Merging incident mentions across articles into incidents.

Mentions are taken most precise first. A mention joins an existing incident
when the dates are compatible (windows overlap, give or take
``date_slack_days``, or either is undated), the types are compatible
(:func:`~geo.incidents.taxonomy.compatible_types`) and the places agree: the
same spot or places within ``merge_km``; or the mention names a region or the
border area (precision 3) that contains the incident's place. So "fighting in
the Batken region" and "fighting around Batken" become one incident at Batken
with both sources, coded to the more precise place.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence

from geo.gazetteer.model import Place
from geo.gazetteer.ranking import haversine_km
from geo.incidents.figures import Figure
from geo.incidents.model import Incident, MentionEvent
from geo.incidents.taxonomy import EVENT_TYPES, compatible_types

__all__ = ["ContainsFn", "merge_events", "fuse_figures"]

#: ``contains(coarse, precise)``: whether ``precise`` lies within the area ``coarse`` names.
ContainsFn = Callable[[Place, Place], bool]


def _dates_compatible(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None,
                      slack: int) -> bool:
    if a is None or b is None:
        return True
    pad = dt.timedelta(days=slack)
    return a[0] - pad <= b[1] and b[0] - pad <= a[1]


def _window(members: Sequence[MentionEvent]) -> tuple[dt.date, dt.date] | None:
    dated = [m.window for m in members if m.window is not None]
    if not dated:
        return None
    return min(w[0] for w in dated), max(w[1] for w in dated)


def fuse_figures(figures: Sequence[Figure], measure: str) -> tuple[int | None, dict[str, int], str | None]:
    """Combine one measure's figures from every source, by ACLED's rule.

    Returns
    -------
    total : int or None
        The lowest precise total; else the sum of the per-side lowest figures;
        else the lowest vague quantity; ``None`` when nothing was reported.
    by_side : dict
        Lowest precise figure per side.
    rule : str or None
        How the total was chosen, naming every reported figure.
    """
    chosen = [f for f in figures if f.measure == measure]
    if not chosen:
        return None, {}, None
    precise_totals = sorted({f.value for f in chosen if not f.vague and f.side is None})
    by_side: dict[str, int] = {}
    for f in chosen:
        if not f.vague and f.side is not None:
            by_side[f.side] = min(by_side.get(f.side, f.value), f.value)
    vague = sorted({f.value for f in chosen if f.vague})
    reported = ", ".join(sorted({f"{f.value}{' (' + f.side + ')' if f.side else ''}{' vague' if f.vague else ''}" for f in chosen}))
    if precise_totals:
        total, how = precise_totals[0], "lowest precise total"
    elif by_side:
        total, how = sum(by_side.values()), "sum of per-side figures"
    else:
        total, how = vague[0], "lowest vague quantity (ACLED coding)"
    return total, by_side, f"{measure}: {how} = {total} (reported: {reported})"


def _incident_id(place: Place, start: dt.date | None, event_type: str) -> str:
    key = f"{place.source}|{start.isoformat() if start else 'undated'}|{event_type}"
    return "inc-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _build(members: list[MentionEvent]) -> Incident:
    anchor = members[0]
    window = _window(members)
    if window is None:
        time_precision = 3
    elif window[0] == window[1]:
        time_precision = min(m.time_precision for m in members if m.window is not None)
    else:
        time_precision = 2 if (window[1] - window[0]).days <= 7 else 3
    types = [t for t in EVENT_TYPES if any(t in m.event_types for m in members)]
    all_figures = [f for m in members for f in m.figures]
    fatalities, by_side, rule_f = fuse_figures(all_figures, "fatalities")
    injured, _, rule_i = fuse_figures(all_figures, "injured")
    displaced, _, rule_d = fuse_figures(all_figures, "displaced")
    rules = "; ".join(r for r in (rule_f, rule_i, rule_d) if r) or None
    return Incident(
        incident_id=_incident_id(anchor.place, window[0] if window else None, types[0]),
        place=anchor.place, geo_precision=min(m.precision for m in members),
        date_start=window[0] if window else None, date_end=window[1] if window else None,
        time_precision=time_precision, event_type=types[0], event_types=types,
        fatalities=fatalities, fatalities_by_side=by_side, injured=injured, displaced=displaced,
        actors=sorted({a for m in members for a in m.actors}), figure_rule=rules,
        sources=[m.source for m in members], members=list(members),
    )


class _Group:
    """An incident being built: its members and running window and types."""

    __slots__ = ("members", "window", "types")

    def __init__(self, event: MentionEvent) -> None:
        self.members = [event]
        self.window = event.window
        self.types = set(event.event_types)

    @property
    def anchor(self) -> MentionEvent:
        return self.members[0]

    def add(self, event: MentionEvent) -> None:
        self.members.append(event)
        self.types.update(event.event_types)
        if event.window is not None:
            if self.window is None:
                self.window = event.window
            else:
                self.window = (min(self.window[0], event.window[0]),
                               max(self.window[1], event.window[1]))


def merge_events(
    events: Sequence[MentionEvent],
    *,
    contains: ContainsFn,
    merge_km: float = 10.0,
    date_slack_days: int = 3,
) -> list[Incident]:
    """Group mention events into incidents; the result does not depend on input order.

    Parameters
    ----------
    events : sequence of MentionEvent
        From :func:`geo.incidents.extract.article_events`.
    contains : callable
        ``contains(coarse, precise)`` for region and border-area mentions.
    merge_km : float
        Places closer than this are one place.
    date_slack_days : int
        Date windows this close still overlap.
    """
    ordered = sorted(events, key=lambda e: (
        e.precision, e.place.source, e.window[0] if e.window else dt.date.max,
        e.source.article_id, e.source.start,
    ))
    groups: list[_Group] = []
    grid: dict[tuple[int, int], list[_Group]] = {}
    cell_deg = max(merge_km / 111.0, 0.01)
    contained: dict[tuple[int, int], bool] = {}

    def cell(place: Place) -> tuple[int, int]:
        return int(place.lat // cell_deg), int(place.lon // cell_deg)

    for event in ordered:
        best, best_distance = None, None
        if event.precision == 3:
            candidates = groups  # a region may contain any incident's place
        else:
            row, col = cell(event.place)
            # ``cell_deg`` is one merge_km of latitude; longitude cells are narrower, so look
            # two cells east and west (enough up to 60 degrees of latitude).
            candidates = [
                g for r in (row - 1, row, row + 1) for c in range(col - 2, col + 3)
                for g in grid.get((r, c), ())
            ]
        for group in candidates:
            anchor = group.anchor
            if not _dates_compatible(group.window, event.window, date_slack_days):
                continue
            if not compatible_types(set(event.event_types), group.types):
                continue
            distance = haversine_km(anchor.place.lat, anchor.place.lon, event.place.lat, event.place.lon)
            same = distance <= merge_km or anchor.place.source == event.place.source
            within = False
            if not same and event.precision == 3 and anchor.precision < 3:
                pair = (event.place.id, anchor.place.id)
                if pair not in contained:
                    contained[pair] = contains(event.place, anchor.place)
                within = contained[pair]
            if (same or within) and (best_distance is None or distance < best_distance):
                best, best_distance = group, distance
        if best is None:
            group = _Group(event)
            groups.append(group)
            grid.setdefault(cell(event.place), []).append(group)
        else:
            best.add(event)
    incidents = [_build(group.members) for group in groups]
    incidents.sort(key=lambda i: (i.date_start or dt.date.max, i.incident_id))
    return incidents
