"""GeoDataFrame to compact GeoJSON dicts for the page (rounded, optionally simplified)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import mapping

from geo.mapping._json import plain_value

__all__ = ["frame_to_feature_collection", "geometry_to_feature_collection"]

#: 6 decimals of a degree is ~0.1 m: well below anything visible on the map.
DECIMALS = 6


def _round_geometries(geoms: np.ndarray, decimals: int) -> np.ndarray:
    return shapely.transform(geoms, lambda coords: np.round(coords, decimals))


def _prepare(
    geoms: np.ndarray, *, decimals: int, simplify_deg: float | None
) -> np.ndarray:
    if simplify_deg:
        geoms = shapely.simplify(geoms, simplify_deg, preserve_topology=True)
    return _round_geometries(geoms, decimals)


def frame_to_feature_collection(
    frame: gpd.GeoDataFrame,
    *,
    columns: Sequence[str] | None = None,
    rename: Mapping[str, str] | None = None,
    decimals: int = DECIMALS,
    simplify_deg: float | None = None,
) -> dict[str, Any]:
    """Return a GeoJSON FeatureCollection dict of ``frame`` (expected in EPSG:4326).

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
        Features to convert; empty or missing geometries are skipped.
    columns : sequence of str, optional
        Property columns to keep (default: every non-geometry column).
    rename : mapping, optional
        New names for kept columns (e.g. ``{"name": "label"}``).
    decimals : int
        Coordinate rounding.
    simplify_deg : float, optional
        Douglas-Peucker tolerance in degrees (topology preserved).
    """
    geom_name = frame.geometry.name
    if columns is None:
        columns = [c for c in frame.columns if c != geom_name]
    rename = dict(rename or {})
    geoms = _prepare(np.asarray(frame.geometry.values), decimals=decimals, simplify_deg=simplify_deg)
    keep = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    table = frame[list(columns)]
    features: list[dict[str, Any]] = []
    for geom, ok, row in zip(geoms, keep, table.itertuples(index=False, name=None)):
        if not ok:
            continue
        properties = {rename.get(col, col): plain_value(val) for col, val in zip(columns, row)}
        features.append({"type": "Feature", "properties": properties, "geometry": mapping(geom)})
    return {"type": "FeatureCollection", "features": features}


def geometry_to_feature_collection(
    geom: shapely.Geometry | None, *, decimals: int = DECIMALS, simplify_deg: float | None = None
) -> dict[str, Any]:
    """Wrap one geometry (e.g. the border zone) in a FeatureCollection dict."""
    if geom is None or geom.is_empty:
        return {"type": "FeatureCollection", "features": []}
    (prepared,) = _prepare(np.array([geom], dtype=object), decimals=decimals, simplify_deg=simplify_deg)
    return {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": {}, "geometry": mapping(prepared)}],
    }
