"""The ranking's fast paths give the results of the plain algorithms they replace."""

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.gazetteer.model import Place
from geo.gazetteer.ranking import (
    SAME_PLACE_KM, RankContext, ScoredPlace, _AREA_KINDS, _fold_same_place, _nearest_km, haversine_km,
)

KINDS = ("curated", "city", "district", "admin1", "country", "area")


def _reference_fold(scored):
    """The quadratic fold the banded one replaced: compare with every kept entry in order."""
    kept = []
    for candidate in scored:
        duplicate = None
        for index, other in enumerate(kept):
            if other.place.kind in _AREA_KINDS or candidate.place.kind in _AREA_KINDS:
                continue
            if other.place.kind == "curated" and candidate.place.kind == "curated":
                continue
            if haversine_km(other.place.lat, other.place.lon, candidate.place.lat, candidate.place.lon) \
                    < SAME_PLACE_KM:
                duplicate = index
                break
        if duplicate is None:
            kept.append(candidate)
        elif candidate.place.kind == "curated" and kept[duplicate].place.kind != "curated":
            best = kept[duplicate]
            kept[duplicate] = ScoredPlace(candidate.place, best.score, best.match, best.parts)
    return kept


def _place(number, lat, lon, kind):
    return Place(id=number, name=f"p{number}", lat=lat, lon=lon, country_code="KG", admin1=None,
                 feature_class="P", feature_code="PPL", population=0, source=f"test:{number}", kind=kind)


points = st.lists(
    st.tuples(st.floats(39.9, 40.1), st.floats(70.4, 70.6), st.sampled_from(KINDS)), max_size=40)


@settings(max_examples=200, deadline=None)
@given(points)
def test_the_banded_fold_keeps_what_the_pairwise_fold_kept(rows):
    scored = [ScoredPlace(_place(i, lat, lon, kind), 1.0 - i / 100, "primary", {})
              for i, (lat, lon, kind) in enumerate(rows)]
    assert [s.place.id for s in _fold_same_place(scored)] == [s.place.id for s in _reference_fold(scored)]


@settings(max_examples=200, deadline=None)
@given(st.floats(-80, 80), st.floats(-180, 180),
       st.lists(st.tuples(st.floats(-80, 80), st.floats(-180, 180)), min_size=1, max_size=60))
def test_the_nearest_distance_is_the_vectorised_formula_whether_looped_or_not(lat, lon, anchors):
    lats, lons = np.array([a for a, _ in anchors]), np.array([b for _, b in anchors])
    scale = math.cos(math.radians(lat))
    dlon = ((lon - lons + 180.0) % 360.0 - 180.0) * scale
    vectorised = math.sqrt(float(np.min((lat - lats) ** 2 + dlon * dlon))) * 111.195
    # up to 32 points the function loops in Python; more, it takes numpy's path
    assert _nearest_km(lat, lon, RankContext(co_mentions=tuple(anchors))) == vectorised


@settings(max_examples=100, deadline=None)
@given(st.floats(-80, 80), st.floats(-180, 180),
       st.lists(st.tuples(st.floats(-80, 80), st.floats(-180, 180)), min_size=2, max_size=60, unique=True))
def test_shared_anchors_less_one_point_give_the_distances_of_the_plain_list(lat, lon, anchors):
    from geo.gazetteer.ranking import Anchors

    shared = Anchors(anchors)
    own = anchors[len(anchors) // 2]
    others = [a for a in anchors if a != own]
    assert list(shared.without(own)) == [(float(a), float(b)) for a, b in others]
    assert shared.without(None) is shared and shared.without((91.0, 0.0)) is shared
    assert _nearest_km(lat, lon, RankContext(co_mentions=shared.without(own))) == \
        _nearest_km(lat, lon, RankContext(co_mentions=tuple(others)))
