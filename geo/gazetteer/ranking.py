"""Ranking gazetteer candidates for a name: shared by the geocoder and the geoparser.

A candidate's score adds up, each term in ``[0, 1]`` times its weight:

- name match: the place's own name (1.0), one of its variants (0.8), a
  spelling-tolerant match (0.6);
- kind: a populated place or curated border place over a region, a region
  over a country, unless the caller expects a region (``"Batken region"``);
- population, on a log scale;
- country: the caller's or the document's focus countries;
- region: the place lies in an admin-1 unit the document names;
- qualifier: the name is qualified by its unit ("Gainesville, Ga.");
- region bias: closeness to a point (by default the Batken/Isfara border
  area), which makes border villages beat namesakes elsewhere;
- co-mentioned places: closeness to points already resolved in the document.

Curated border places and GeoNames entries for the same spot (closer than
:data:`SAME_PLACE_KM`) are folded into one, keeping the curated row.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

import numpy as np

from geo.gazetteer.model import Place

__all__ = [
    "BORDER_FOCUS",
    "Anchors",
    "SAME_PLACE_KM",
    "RankContext",
    "ScoredPlace",
    "haversine_km",
    "rank_places",
]

#: Centre of the 2021-2022 fighting (between Batken and Isfara) and a radius.
BORDER_FOCUS: tuple[float, float, float] = (40.0, 70.6, 150.0)
#: A co-mentioned confident place within this distance counts as a neighbour.
NEARBY_KM = 25.0
#: Candidates closer than this are the same place under two sources.
SAME_PLACE_KM = 3.0
_SAME_PLACE_DEGREES = SAME_PLACE_KM / 111.0

_WEIGHTS = {
    "name": 3.0,
    "kind": 1.0,
    "population": 1.5,
    "country": 1.5,
    "region": 1.0,
    "qualifier": 4.0,
    "bias": 2.0,
    "cooccurrence": 1.0,
    "nearby": 1.5,
}
_KIND_PREFERENCE = {
    # (prefers populated places, expects a region)
    "curated": (1.0, 0.6),
    "city": (0.8, 0.3),
    "district": (0.5, 0.9),
    "admin1": (0.4, 1.0),
    "country": (1.0, 0.8),
    "border": (0.6, 1.0),
    "area": (1.0, 1.0),
}


_AREA_KINDS = frozenset({"country", "admin1", "area"})


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on a sphere of radius 6371.0088 km.

    Examples
    --------
    >>> round(haversine_km(40.0604, 70.81929, 39.85125, 70.58012), 1)
    30.9
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi = p2 - p1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _nearest_km(lat: float, lon: float, context: RankContext) -> float:
    """Distance to the nearest co-mentioned point, equirectangular (a ranking term that fades at 300 km).

    Within 300 km the approximation is within about 1 % of the great-circle
    distance, which cannot change a ranking term that is linear in distance
    by more than 0.01; far points are all beyond the term's reach anyway.
    Vectorised over the points when there are many (a document with a
    thousand of them stays fast); a few are looped over, which is faster than
    numpy's call overhead and gives the same floating-point result.
    """
    scale = math.cos(math.radians(lat))
    anchors = context.anchor_tuple
    if len(anchors) <= _LOOP_ANCHORS:
        best = math.inf
        for a_lat, a_lon in anchors:
            dlon = ((lon - a_lon + 180.0) % 360.0 - 180.0) * scale
            dlat = lat - a_lat
            value = dlat * dlat + dlon * dlon  # (numpy squares by multiplying; Python's ** 2 may differ by an ulp)
            if value < best:
                best = value
        return math.sqrt(best) * 111.195
    lats, lons = context.anchor_arrays
    dlon = ((lon - lons + 180.0) % 360.0 - 180.0) * scale
    return math.sqrt(float(np.min((lat - lats) ** 2 + dlon * dlon))) * 111.195


#: Up to this many co-mentioned points, :func:`_nearest_km` loops instead of vectorising.
_LOOP_ANCHORS = 32


class Anchors(Sequence[tuple[float, float]]):
    """Co-mentioned points whose tuple and arrays are built once, for many contexts.

    A long document resolves hundreds of names against the same points: given
    as ``RankContext(co_mentions=Anchors(points))``, they are converted once,
    not once per name.

    Parameters
    ----------
    points : iterable of (lat, lon)
        The points, in order.

    Examples
    --------
    >>> anchors = Anchors([(39.85, 70.58), (40.06, 70.82)])
    >>> len(anchors), anchors[1]
    (2, (40.06, 70.82))
    """

    def __init__(self, points: Sequence[tuple[float, float]]) -> None:
        self.points: tuple[tuple[float, float], ...] = tuple((float(lat), float(lon)) for lat, lon in points)

    def __len__(self) -> int:
        return len(self.points)

    def without(self, point: tuple[float, float] | None) -> Anchors:
        """These anchors less ``point`` (all of them when it is not one)."""
        if point is None:
            return self
        point = (float(point[0]), float(point[1]))
        if point not in self._position:
            return self
        at = self._position[point]
        other = Anchors.__new__(Anchors)
        other.points = self.points[:at] + self.points[at + 1:]
        return other

    @cached_property
    def _position(self) -> dict[tuple[float, float], int]:
        return {point: index for index, point in enumerate(self.points)}

    def __getitem__(self, index):  # type: ignore[override]
        return self.points[index]

    @cached_property
    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """Latitudes and longitudes as float arrays."""
        points = np.asarray(self.points, dtype=np.float64).reshape(-1, 2)
        return points[:, 0].copy(), points[:, 1].copy()


@dataclass(frozen=True)
class RankContext:
    """What the caller knows beyond the name.

    Attributes
    ----------
    country_codes : sequence of str
        Hard filter: only these countries (empty = any).
    focus_countries : mapping of str to float
        Soft preference, weight in ``[0, 1]`` per ISO code (document focus).
    focus_admin1 : set of (country code, admin-1 name)
        Admin-1 units named in the document: places inside them are preferred.
    qualifier_admin1 : set of (country code, admin-1 name)
        The unit that qualifies this very name ("Gainesville, Ga."): a strong preference.
    bias : tuple of (lat, lon, radius_km) or None
        Prefer places near this point; the bonus fades to zero at the radius.
    expect_region : bool
        The name came with "region", "oblast", "province" or "district".
    co_mentions : sequence of (lat, lon), or Anchors
        Points already resolved in the same document (:class:`Anchors` when
        many contexts share them).
    """

    country_codes: Sequence[str] = ()
    focus_countries: Mapping[str, float] = field(default_factory=dict)
    focus_admin1: frozenset[tuple[str, str]] = frozenset()
    qualifier_admin1: frozenset[tuple[str, str]] = frozenset()
    bias: tuple[float, float, float] | None = None
    expect_region: bool = False
    co_mentions: Sequence[tuple[float, float]] = ()

    @cached_property
    def anchor_tuple(self) -> tuple[tuple[float, float], ...]:
        """``co_mentions`` as a tuple of float pairs, built once per context (or per :class:`Anchors`)."""
        if isinstance(self.co_mentions, Anchors):
            return self.co_mentions.points
        return tuple((float(lat), float(lon)) for lat, lon in self.co_mentions)

    @cached_property
    def anchor_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """``co_mentions`` as latitude and longitude arrays, built once per context (or per :class:`Anchors`)."""
        if isinstance(self.co_mentions, Anchors):
            return self.co_mentions.arrays
        points = np.asarray(self.co_mentions, dtype=np.float64).reshape(-1, 2)
        return points[:, 0].copy(), points[:, 1].copy()


class ScoredPlace(NamedTuple):
    """A candidate with its score and the terms it was made of.

    A named tuple rather than a dataclass: tens of thousands are made per
    thousand articles, and a tuple is made several times faster.
    """

    place: Place
    score: float
    match: str
    #: the unweighted terms, in the order of :data:`_WEIGHTS`
    terms: tuple[float, ...] = ()

    @property
    def parts(self) -> dict[str, float]:
        """The unweighted terms by name (``name``, ``kind``, ``population`` ...)."""
        return dict(zip(_WEIGHTS, self.terms))


_MATCH_STRENGTH = {"primary": 1.0, "variant": 0.8, "loose": 0.6}


_W = tuple(_WEIGHTS.values())  # the weights in the order of the terms


def _static_terms(place: Place) -> tuple[float, float, float]:
    """The terms of a place that no context changes: kind (populated, expected region), population."""
    kind = place.kind
    if kind == "curated" and place.population:
        kind = "city"  # a curated town with GeoNames' population competes as the town it is
    populated, region = _KIND_PREFERENCE.get(kind, (0.5, 0.5))
    # A continent or world region outranks any town of the same name.
    population = 1.0 if place.kind == "area" else min(math.log10(place.population + 1) / 7.0, 1.0)
    return populated, region, population


def _score(place: Place, match: str, context: RankContext) -> ScoredPlace:
    populated, region_kind, population = _static_terms(place)
    unit = (place.country_code, place.admin1)
    not_admin1 = place.kind != "admin1"
    bias = cooccurrence = nearby = 0.0
    if context.bias is not None:
        lat, lon, radius = context.bias
        bias = max(0.0, 1.0 - haversine_km(place.lat, place.lon, lat, lon) / radius)
    if context.co_mentions:
        nearest = _nearest_km(place.lat, place.lon, context)
        cooccurrence = max(0.0, 1.0 - nearest / 300.0)
        # Homonyms a few dozen km apart (the two Dostuks, the two Kok-Tashes):
        # a co-mentioned village or district seat within 25 km decides.
        nearby = max(0.0, 1.0 - nearest / NEARBY_KM)
    values = (
        _MATCH_STRENGTH[match],
        region_kind if context.expect_region else populated,
        population,
        float(context.focus_countries.get(place.country_code, 0.0)),
        float(not_admin1 and unit in context.focus_admin1),
        float(not_admin1 and unit in context.qualifier_admin1),
        bias,
        cooccurrence,
        nearby,
    )
    # the same terms added in the same order as ever, so scores are bit for bit what they were
    score = sum([w * v for w, v in zip(_W, values)])
    return ScoredPlace(place, round(score, 4), match, values)


def rank_places(
    candidates: Sequence[tuple[Place, str]], *, context: RankContext | None = None
) -> list[ScoredPlace]:
    """Score and order candidates, best first.

    Parameters
    ----------
    candidates : sequence of (Place, match)
        ``match`` is ``"primary"``, ``"variant"`` or ``"loose"``.
    context : RankContext, optional
        Filters and preferences; the default has none.

    Returns
    -------
    list of ScoredPlace
        Best first; ties broken by population, then name, so the order is stable.
    """
    context = context or RankContext()
    allowed = {c.upper() for c in context.country_codes}
    scored = [
        _score(place, match, context)
        for place, match in candidates
        if not allowed or place.country_code in allowed
    ]
    scored.sort(key=lambda s: (-s.score, -s.place.population, s.place.name, s.place.id))
    return _fold_same_place(scored)


def _fold_same_place(scored: list[ScoredPlace]) -> list[ScoredPlace]:
    """Keep one entry per spot: a curated row absorbs a nearby GeoNames row.

    Each candidate is compared with the kept entries in bands of latitude
    :data:`_SAME_PLACE_DEGREES` wide (its own and the two beside it): the same
    result as comparing it with every kept entry, in time linear in the
    candidates for names with hundreds of namesakes ("Washington").
    """
    kept: list[ScoredPlace] = []
    bands: dict[int, list[int]] = {}  # latitude band -> indexes into kept (not areas)
    for candidate in scored:
        place = candidate.place
        duplicate = None
        if place.kind not in _AREA_KINDS:
            band = math.floor(place.lat / _SAME_PLACE_DEGREES)
            for index in sorted(i for b in (band - 1, band, band + 1) for i in bands.get(b, ())):
                other = kept[index].place
                if other.kind == "curated" and place.kind == "curated":
                    continue  # two curated rows are two places (a district and its seat)
                if abs(other.lat - place.lat) > _SAME_PLACE_DEGREES:
                    continue
                if haversine_km(other.lat, other.lon, place.lat, place.lon) < SAME_PLACE_KM:
                    duplicate = index
                    break
        if duplicate is None:
            if place.kind not in _AREA_KINDS:
                bands.setdefault(math.floor(place.lat / _SAME_PLACE_DEGREES), []).append(len(kept))
            kept.append(candidate)
        elif place.kind == "curated" and kept[duplicate].place.kind != "curated":
            best = kept[duplicate]
            old_band = math.floor(best.place.lat / _SAME_PLACE_DEGREES)
            bands[old_band].remove(duplicate)
            bands.setdefault(math.floor(place.lat / _SAME_PLACE_DEGREES), []).append(duplicate)
            kept[duplicate] = ScoredPlace(place, best.score, best.match, best.terms)
    return kept
