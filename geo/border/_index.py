"""Spatial indexes behind :mod:`geo.border.join`, built once per ``BorderLayers``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import shapely
from pyproj import CRS, Transformer

from geo.border.layer import BorderLayers
from geo.exceptions import BorderDataError

__all__ = ["PolygonSet", "LineIndex", "BorderIndex", "border_index"]


@dataclass(frozen=True, eq=False)
class PolygonSet:
    """Prepared polygons with their bounding boxes and one label per polygon."""

    geoms: np.ndarray  # object array of prepared shapely geometries
    bounds: np.ndarray  # (n, 4) float: minx, miny, maxx, maxy
    labels: np.ndarray  # object array

    @classmethod
    def from_frame(cls, geoms: object, labels: object) -> PolygonSet:
        arr = np.asarray(geoms, dtype=object)
        arr = np.array([shapely.make_valid(g) for g in arr], dtype=object) if arr.size else arr
        shapely.prepare(arr)
        for geom in arr:
            # GEOS builds a prepared polygon's point-in-area index lazily, on the first
            # query that passes the envelope test; do that here, single-threaded, so
            # that threads only ever read it (a lazy build in two threads crashes).
            x0, y0, x1, y1 = geom.bounds
            rep = geom.representative_point()
            shapely.contains_xy(geom, [(x0 + x1) / 2.0, rep.x], [(y0 + y1) / 2.0, rep.y])
        bounds = shapely.bounds(arr) if arr.size else np.empty((0, 4))
        return cls(arr, bounds.reshape(-1, 4), np.asarray(labels, dtype=object))

    def locate(
        self, lon: np.ndarray, lat: np.ndarray, *, mask: np.ndarray | None = None
    ) -> np.ndarray:
        """Index of the first polygon containing each point (-1 for none).

        Points on a polygon's boundary count as outside. Only points where
        ``mask`` is true are tested.
        """
        out = np.full(lon.shape, -1, dtype=np.int64)
        todo = np.ones(lon.shape, dtype=bool) if mask is None else mask.copy()
        for i, geom in enumerate(self.geoms):
            x0, y0, x1, y1 = self.bounds[i]
            cand = np.flatnonzero(todo & (lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1))
            if cand.size == 0:
                continue
            hit = cand[shapely.contains_xy(geom, lon[cand], lat[cand])]
            out[hit] = i
            todo[hit] = False
        return out


@dataclass(frozen=True, eq=False)
class LineIndex:
    """The border line as single segments, in lon/lat and in a local stereographic plane."""

    crs: CRS
    to_plane: Transformer
    seg_geo: np.ndarray  # (m, 4) lon0, lat0, lon1, lat1
    seg_xy: np.ndarray  # (m, 4) x0, y0, x1, y1 in metres
    tree: shapely.STRtree  # over the planar segments


@dataclass(frozen=True, eq=False)
class BorderIndex:
    """Everything :func:`geo.border.join.join_border` needs, prepared once."""

    countries: PolygonSet
    neighbours: PolygonSet
    admin1: PolygonSet
    admin1_country: np.ndarray
    enclaves: PolygonSet
    line: LineIndex


def _line_index(layers: BorderLayers) -> LineIndex:
    lines = [g for g in shapely.get_parts(np.asarray(layers.border_line.geometry, dtype=object))
             if g is not None and not g.is_empty]
    if not lines:
        raise BorderDataError("the border_line layer is empty; run `geo data build --border`")
    x0, y0, x1, y1 = shapely.total_bounds(np.asarray(lines, dtype=object))
    lat0, lon0 = (y0 + y1) / 2.0, (x0 + x1) / 2.0
    # Oblique stereographic (conformal, ellipsoidal): 8x cheaper in PROJ than AEQD.
    crs = CRS.from_proj4(
        f"+proj=sterea +lat_0={lat0:.6f} +lon_0={lon0:.6f} +k=1 +datum=WGS84 +units=m"
    )
    to_plane = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    seg_geo = np.concatenate(
        [np.column_stack([c[:-1, 0], c[:-1, 1], c[1:, 0], c[1:, 1]])
         for c in (shapely.get_coordinates(g) for g in lines)]
    )
    ax, ay = to_plane.transform(seg_geo[:, 0], seg_geo[:, 1])
    bx, by = to_plane.transform(seg_geo[:, 2], seg_geo[:, 3])
    seg_xy = np.column_stack([ax, ay, bx, by])
    planar = shapely.linestrings(np.stack([seg_xy[:, :2], seg_xy[:, 2:]], axis=1))
    tree = shapely.STRtree(planar, node_capacity=2)  # measured fastest for nearest queries
    tree.query_nearest(shapely.points([0.0], [0.0]))  # build the tree now, before threads
    return LineIndex(crs, to_plane, seg_geo, seg_xy, tree)


@functools.lru_cache(maxsize=8)
def border_index(layers: BorderLayers) -> BorderIndex:
    """Build (once per ``layers`` object) the prepared polygons and the line index."""
    admin1, countries, neighbours = layers.admin1, layers.countries, layers.neighbours
    return BorderIndex(
        countries=PolygonSet.from_frame(countries.geometry, countries["country_code"]),
        neighbours=PolygonSet.from_frame(neighbours.geometry, neighbours["country_code"]),
        admin1=PolygonSet.from_frame(admin1.geometry, admin1["name"]),
        admin1_country=np.asarray(admin1["country_code"], dtype=object),
        enclaves=PolygonSet.from_frame(layers.enclaves.geometry, layers.enclaves["name"]),
        line=_line_index(layers),
    )
