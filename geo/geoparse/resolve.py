"""Resolution: pick the place each span stands for, using the whole document.

Two passes. The first ranks every span's candidates with the document's
focus countries (counted from country names and demonyms) and, for border
stories, a bias towards the Batken-Isfara area. Spans whose best candidate
wins clearly become anchors. The second pass ranks again with closeness to
the anchors, so that a village is read next to the places it is reported with.
"""

from __future__ import annotations

import math

from collections import Counter
from collections.abc import Sequence

from geo.gazetteer.candidates import candidates_for_key
from geo.gazetteer.index import Gazetteer
from geo.gazetteer.model import Place
from geo.gazetteer.ranking import (
    BORDER_FOCUS, Anchors, RankContext, ScoredPlace, haversine_km, rank_places,
)
from geo.geoparse.model import ResolvedPlace
from geo.geoparse.recognize import Span

__all__ = ["DocumentContext", "document_context", "resolve_spans"]

#: Words that make an article about both countries a border story ("border", "граница" in any case).
BORDER_WORDS = ("border", "frontier", "границ", "погран")

#: Score lead over the runner-up that makes a resolution an anchor.
ANCHOR_MARGIN = 1.0
#: Focus weight, in the second pass, of the country most confident places lie in.
ANCHOR_COUNTRY_WEIGHT = 1.0


#: A demonym ("an American envoy") says less about where a story happens
#: than a country's name; it counts this much towards the focus.
DEMONYM_WEIGHT = 1 / 3


class DocumentContext:
    """Focus countries and regions, and whether the article is a Kyrgyz-Tajik border story."""

    def __init__(self, focus_countries: dict[str, float], border_story: bool,
                 focus_admin1: frozenset[tuple[str, str]] = frozenset()) -> None:
        self.focus_countries = focus_countries
        self.border_story = border_story
        self.focus_admin1 = focus_admin1


def document_context(text: str, spans: list[Span], gazetteer: Gazetteer) -> DocumentContext:
    """Count country references (names, demonyms at a third) and note named admin-1 units.

    A country name that is also the name of an admin-1 unit of another country
    ("Georgia") is not counted: in a story about Atlanta it is the state, and counting it would
    make the country of Georgia the focus that then picks it.
    """
    counts: Counter[str] = Counter()
    regions: set[tuple[str, str]] = set()
    for span in spans:
        if span.kind == "country_reference":
            code = gazetteer.demonym_country(span.key)
            if code:
                counts[code] += DEMONYM_WEIGHT
        elif span.kind == "border_area":
            counts.update({"KG": 1, "TJ": 1})
        elif span.kind == "place":
            candidates = candidates_for_key(gazetteer, span.key)
            named_regions = {
                (p.country_code, p.name) for p, match in candidates
                if p.kind == "admin1" and match == "primary"
            }
            for place, _ in candidates:
                if place.kind == "country":
                    # A name that is also an admin-1 unit of another country
                    # ("Georgia") says nothing about the focus until it is resolved.
                    if all(code == place.country_code for code, _ in named_regions):
                        counts[place.country_code] += 1
                    break
            regions.update(named_regions)
    top = max(counts.values(), default=0)
    focus = {code: round(count / top, 3) for code, count in counts.items()} if top else {}
    lowered = text.lower()
    border_story = (
        focus.get("KG", 0) > 0 and focus.get("TJ", 0) > 0 and any(w in lowered for w in BORDER_WORDS)
    ) or any(s.kind == "border_area" for s in spans)
    return DocumentContext(focus, border_story, frozenset(regions))


def _with_anchor_countries(doc: DocumentContext, anchor_countries: Counter[str]) -> DocumentContext:
    """Second-pass focus: the first pass's confident places count towards their countries."""
    if not anchor_countries:
        return doc
    counts = Counter({code: weight for code, weight in doc.focus_countries.items()})
    top = max(anchor_countries.values())
    for code, count in anchor_countries.items():
        counts[code] = max(counts[code], ANCHOR_COUNTRY_WEIGHT * count / top)
    return DocumentContext(dict(counts), doc.border_story, doc.focus_admin1)


def _qualifying_regions(
    spans: list[Span], candidates: list[list[tuple[Place, str]]]
) -> list[frozenset[tuple[str, str]]]:
    """For "Town, Region" pairs ("Gainesville, Ga.", "Isfara, Sughd"), the region that qualifies the town."""
    out: list[frozenset[tuple[str, str]]] = [frozenset()] * len(spans)
    for index in range(len(spans) - 1):
        town, region = spans[index], spans[index + 1]
        if region.start - town.end > 3 or town.kind != "place":
            continue
        regions = frozenset(
            (p.country_code, p.name) for p, _ in candidates[index + 1] if p.kind == "admin1"
        )
        out[index] = regions
    return out


def _context(
    span: Span, doc: DocumentContext, anchors: Sequence[tuple[float, float]],
    qualifier: frozenset[tuple[str, str]] = frozenset(),
) -> RankContext:
    return RankContext(
        focus_countries=doc.focus_countries,
        focus_admin1=doc.focus_admin1 | qualifier,
        qualifier_admin1=qualifier,
        bias=BORDER_FOCUS if doc.border_story else None,
        expect_region=span.expect_region,
        co_mentions=anchors,
    )


def _resolved(ranked: list[ScoredPlace]) -> ResolvedPlace | None:
    if not ranked:
        return None
    best = ranked[0]
    runner = ranked[1] if len(ranked) > 1 else None
    return ResolvedPlace(
        place=best.place, score=best.score, match=best.match,
        runner_up=runner.place if runner else None,
        runner_up_score=runner.score if runner else None,
    )


#: A county tied with same-named counties is read as the one with a plausible
#: reading of another name in the document this close to its point (its seat, a town in it).
COUNTY_TOWN_KM = 30.0
#: Readings of another name within this much of its best first-pass score count as plausible.
PLAUSIBLE_MARGIN = 1.0


def _counties_next_to_towns(
    spans: list[Span], first: list[list[ScoredPlace]], anchor_of: list[tuple[float, float] | None]
) -> dict[int, ScoredPlace]:
    """Counties that the first pass could not tell apart ("Walker County": Alabama, Georgia or Texas).

    The one of them that has a plausible reading of another name of the article
    within :data:`COUNTY_TOWN_KM` ("Huntsville": the seat of Walker County,
    Texas) is chosen, when exactly one has; the town reading then follows it in
    the second pass, as the county becomes an anchor.
    """
    tied = [
        index for index, ranked in enumerate(first)
        if anchor_of[index] is None and len(ranked) > 1 and ranked[0].place.kind == "district"
        and ranked[1].place.kind == "district" and ranked[0].score - ranked[1].score < ANCHOR_MARGIN
    ]
    if not tied:
        return {}
    # each distinct reading once: a long article names the same places again and again
    readings: dict[tuple[str, float, float], None] = {}
    for span, ranked in zip(spans, first):
        if not ranked or span.kind != "place":
            continue
        top = ranked[0].score
        readings.update(
            ((span.key, r.place.lat, r.place.lon), None) for r in ranked
            if top - r.score < PLAUSIBLE_MARGIN and r.place.kind not in ("country", "admin1", "area")
        )
    # readings by 1-degree cell: a county looks only at the 3x3 cells around it (>= 30 km up to
    # 74 degrees of latitude), so a long article stays linear
    cells: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
    for reading in readings:
        cells.setdefault((math.floor(reading[1]), math.floor(reading[2])), []).append(reading)
    # a degree of latitude is at least 110.5 km: a reading further apart in latitude is too far
    lat_reach = COUNTY_TOWN_KM / 110.5
    answers: dict[tuple[str, float, float], bool] = {}

    def near_another(key: str, lat: float, lon: float) -> bool:
        if (key, lat, lon) not in answers:
            row, col = math.floor(lat), math.floor(lon)
            answers[key, lat, lon] = any(
                other != key and abs(olat - lat) < lat_reach
                and haversine_km(lat, lon, olat, olon) < COUNTY_TOWN_KM
                for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                for other, olat, olon in cells.get((row + dr, col + dc), ())
            )
        return answers[key, lat, lon]

    pinned: dict[int, ScoredPlace] = {}
    for index in tied:
        ranked, key = first[index], spans[index].key
        best = ranked[0].score
        close = [
            r for r in ranked
            if r.place.kind == "district" and best - r.score < ANCHOR_MARGIN
            and near_another(key, r.place.lat, r.place.lon)
        ]
        if len(close) == 1:
            pinned[index] = close[0]
    return pinned


#: Unit words a name may be indexed with: "the region of Batken" is the unit indexed as "batken region".
_UNIT_SUFFIXES = ("region", "oblast", "province")


def _with_unit_reading(gazetteer: Gazetteer, span: Span,
                       found: list[tuple[Place, str]]) -> list[tuple[Place, str]]:
    """``found``, plus the unit a name stands for when the text says it is one ("the region of
    Batken") and none of its own candidates is a unit."""
    if not span.expect_region or any(place.is_unit for place, _ in found):
        return found
    for suffix in _UNIT_SUFFIXES:
        units = [(place, match) for place, match in candidates_for_key(gazetteer, f"{span.key} {suffix}")
                 if place.is_unit]
        if units:
            return found + units
    return found


def resolve_spans(
    spans: list[Span], *, gazetteer: Gazetteer, doc: DocumentContext
) -> list[ResolvedPlace | None]:
    """A :class:`ResolvedPlace` (or ``None``) for every span, in the same order."""
    candidates = [
        _with_unit_reading(gazetteer, s, candidates_for_key(gazetteer, s.key))
        if s.kind in ("place", "border_area") else []
        for s in spans
    ]
    qualifiers = _qualifying_regions(spans, candidates)
    memo: dict[tuple[str, bool, frozenset], list[ScoredPlace]] = {}
    first = []
    for span, cands, qualifier in zip(spans, candidates, qualifiers):
        key = (span.key, span.expect_region, qualifier)
        if key not in memo:
            memo[key] = rank_places(cands, context=_context(span, doc, (), qualifier))
        first.append(memo[key])
    anchors: dict[tuple[float, float], None] = {}  # an ordered set
    anchor_countries: Counter[str] = Counter()
    anchor_of: list[tuple[float, float] | None] = []
    for ranked in first:
        point = None
        if ranked and ranked[0].place.kind not in ("country", "admin1", "border", "area"):
            margin = ranked[0].score - (ranked[1].score if len(ranked) > 1 else 0.0)
            if margin >= ANCHOR_MARGIN:
                point = (ranked[0].place.lat, ranked[0].place.lon)
                anchors[point] = None
                anchor_countries[ranked[0].place.country_code] += 1
        anchor_of.append(point)
    pinned = _counties_next_to_towns(spans, first, anchor_of)
    for index, choice in pinned.items():
        point = (choice.place.lat, choice.place.lon)
        anchor_of[index] = point
        anchors[point] = None
        anchor_countries[choice.place.country_code] += 1
    doc = _with_anchor_countries(doc, anchor_countries)
    results: list[ResolvedPlace | None] = []
    second: dict[tuple, list[ScoredPlace]] = {}
    # the anchors other than a span's own point, converted once per point (not once per name)
    everywhere = Anchors(list(anchors))
    others_of: dict[tuple[float, float] | None, Anchors] = {}
    for index, (span, ranked, own, cands, qualifier) in enumerate(
            zip(spans, first, anchor_of, candidates, qualifiers)):
        if len(ranked) > 1 and anchors:
            key = (span.key, span.expect_region, own, qualifier)
            if key not in second:
                if own not in others_of:
                    others_of[own] = everywhere.without(own)
                others = others_of[own]
                second[key] = (
                    rank_places(cands, context=_context(span, doc, others, qualifier))
                    if others else ranked
                )
            ranked = second[key]
        if index in pinned:
            choice = pinned[index]
            ranked = [choice, *(r for r in ranked if r.place.id != choice.place.id)]
        results.append(_resolved(ranked))
    return results
