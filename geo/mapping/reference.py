"""Reference names on the map: countries, provinces and the gazetteer's places of the border zone.

The basemap is drawn from the project's own layers (no tiles), so without
these the map is flat colour at village zoom. Each label has a ``rank`` and
the page shows a rank only from a zoom level on (:data:`RANK_MIN_ZOOM`), so
labels do not crowd each other when zoomed out:

====  ==================================================  ========
rank  what                                                from zoom
====  ==================================================  ========
0     the two countries                                   any
1     provinces (admin-1)                                 7
2     towns of 10,000 or more, district and region seats  8
3     other towns and villages, posts, water facilities   10
====  ==================================================  ========
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import geopandas as gpd
import numpy as np
import shapely

from geo.mapping.basemap import BORDER_COUNTRIES, border_zone

if TYPE_CHECKING:
    from geo.border.layer import BorderLayers
    from geo.gazetteer.index import Gazetteer

__all__ = ["RANK_MIN_ZOOM", "REFERENCE_ZONE_KM", "area_labels", "reference_places"]

#: The first zoom level at which each rank's labels show (see the module doc).
RANK_MIN_ZOOM: dict[int, int] = {0: 0, 1: 7, 2: 8, 3: 10}
#: Gazetteer places within this distance of the line are drawn.
REFERENCE_ZONE_KM = 25.0
_TOWN_POPULATION = 10_000
_DECIMALS = 5
#: Rivers (``STM``) are lines: a label at one point of them would mislead.
_SKIPPED_CODES = frozenset({"STM"})


def _rank(place: Any) -> int:
    if place.feature_code in ("PPLA", "PPLA2", "PPLC") or place.population >= _TOWN_POPULATION:
        return 2
    return 3


def _kind(place: Any) -> str:
    return {"P": "settlement", "S": "border post", "H": "water", "L": "landmark",
            "T": "pass", "R": "road"}.get(place.feature_class, "place")


def reference_places(gazetteer: "Gazetteer", layers: "BorderLayers", *,
                     zone_km: float = REFERENCE_ZONE_KM) -> dict[str, Any]:
    """Gazetteer points within ``zone_km`` of the Kyrgyz–Tajik line, as a FeatureCollection.

    Parameters
    ----------
    gazetteer : Gazetteer
        The compiled index (curated rows and GeoNames towns).
    layers : BorderLayers
        Supplies the border line.
    zone_km : float
        Distance from the line within which places are drawn.

    Returns
    -------
    dict
        Point features with ``label`` (English name), ``ru`` (Russian form, or
        absent), ``kind`` (settlement, border post, water, ...), ``rank`` (2 or
        3) and ``src`` (``curated`` or ``geonames``), ordered by rank then name.
    """
    border = layers.border_line
    zone = border_zone(border, width_km=zone_km) if not border.empty else None
    if zone is None:
        return {"type": "FeatureCollection", "features": []}
    west, south, east, north = zone.bounds
    places = gazetteer.places_in_box(south, west, north, east)
    if not places:
        return {"type": "FeatureCollection", "features": []}
    lon = np.array([p.lon for p in places])
    lat = np.array([p.lat for p in places])
    inside = shapely.contains_xy(zone, lon, lat)
    # enclaves are labelled on their own polygons; rivers are lines a point would misplace
    enclave_names = {str(n).casefold() for n in layers.enclaves.get("name", [])}
    features = []
    for place, keep in zip(places, inside):
        if not keep or place.feature_code in _SKIPPED_CODES or place.name.casefold() in enclave_names:
            continue
        props: dict[str, Any] = {
            "label": place.name, "kind": _kind(place), "rank": _rank(place),
            "src": "curated" if place.kind == "curated" else "geonames",
        }
        if place.name_ru and place.name_ru != place.name:
            props["ru"] = place.name_ru
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point",
                         "coordinates": [round(place.lon, _DECIMALS), round(place.lat, _DECIMALS)]},
            "properties": props,
        })
    features.sort(key=lambda f: (f["properties"]["rank"], f["properties"]["label"]))
    return {"type": "FeatureCollection", "features": features}


def area_labels(layers: "BorderLayers") -> dict[str, Any]:
    """Label points of the two countries (rank 0) and their provinces (rank 1).

    Each label sits on a point inside its polygon (shapely's
    ``point_on_surface``), so a label never falls outside a concave unit.
    """
    features = []

    def add(frame: gpd.GeoDataFrame, rank: int) -> None:
        for row in frame.itertuples(index=False):
            geometry = row.geometry
            if geometry is None or geometry.is_empty:
                continue
            point = geometry.representative_point()
            props: dict[str, Any] = {"label": str(row.name), "rank": rank}
            ru = getattr(row, "name_ru", None)
            if isinstance(ru, str) and ru and ru != row.name:
                props["ru"] = ru
            features.append({
                "type": "Feature",
                "geometry": {"type": "Point",
                             "coordinates": [round(point.x, _DECIMALS), round(point.y, _DECIMALS)]},
                "properties": props,
            })

    countries = layers.countries.to_crs(4326)
    add(countries[countries["country_code"].isin(BORDER_COUNTRIES)], 0)
    admin1 = layers.admin1.to_crs(4326)
    add(admin1[admin1["country_code"].isin(BORDER_COUNTRIES)], 1)
    return {"type": "FeatureCollection", "features": features}
