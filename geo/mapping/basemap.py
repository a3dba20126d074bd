"""The vector basemap drawn from the project's own border layers (no tiles).

Layers, bottom to top: Kyrgyzstan and Tajikistan filled, neighbours' outlines,
admin-1 outlines, the border zone band, the Kyrgyz-Tajik border line, and the
enclaves/exclaves outlined and labelled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import shapely

from geo.exceptions import MapRenderError
from geo.mapping._geojson import frame_to_feature_collection, geometry_to_feature_collection

if TYPE_CHECKING:
    from geo.border.layer import BorderLayers

__all__ = ["BaseLayer", "BORDER_COUNTRIES", "basemap_layers", "border_zone", "map_bounds"]

#: The two countries whose shared border the project maps.
BORDER_COUNTRIES = ("KG", "TJ")
_FILLS = {"KG": "#f6e3b4", "TJ": "#d9ead3"}
#: Display simplification tolerances, in degrees: fine for the line and the small
#: enclaves (~10 m), coarser for areas (~50 m) and the context outlines (~200 m).
_FINE_DEG = 0.0001
_AREA_DEG = 0.0005
_CONTEXT_DEG = 0.002
#: 5 decimals of a degree is ~1 m.
_DECIMALS = 5


@dataclass(frozen=True)
class BaseLayer:
    """One basemap layer ready for the page.

    Attributes
    ----------
    key : str
        Stable identifier (used for the pane and in tests).
    name : str
        Label in the layer control.
    data : dict
        GeoJSON FeatureCollection (a ``label`` property is drawn as a permanent label).
    style : dict
        Leaflet path options.
    z_index : int
        Stacking order of the layer's pane (all below the incidents).
    show : bool
        Shown when the page opens.
    swatch : tuple of (str, str, str), optional
        ``(fill, outline, shape)`` of its key in the layer control.
    """

    key: str
    name: str
    data: dict[str, Any]
    style: dict[str, Any]
    z_index: int
    show: bool = True
    swatch: tuple[str, str, str] | None = None


def border_zone(border_line: gpd.GeoDataFrame, *, width_km: float) -> shapely.Geometry | None:
    """Buffer the border line by ``width_km`` on both sides, in metres, back to EPSG:4326.

    The buffer is computed in an azimuthal equidistant projection centred on
    the line, where distances are true (error well under 1 % across the
    Fergana valley), never in degrees.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import LineString
    >>> line = gpd.GeoDataFrame(geometry=[LineString([(70, 40), (71, 40)])], crs=4326)
    >>> zone = border_zone(line, width_km=20)
    >>> round(zone.bounds[1], 2), round(zone.bounds[3], 2)
    (39.82, 40.18)
    """
    if width_km <= 0:
        return None
    if border_line.empty:
        return None
    line = border_line.to_crs(4326).geometry.union_all()
    centre = line.centroid
    aeqd = f"+proj=aeqd +lat_0={centre.y:.6f} +lon_0={centre.x:.6f} +datum=WGS84 +units=m +no_defs"
    metric = gpd.GeoSeries([line], crs=4326).to_crs(aeqd)
    return metric.buffer(width_km * 1000.0, quad_segs=8).to_crs(4326).iloc[0]


def _frame(layers: Any, attr: str) -> gpd.GeoDataFrame:
    frame = getattr(layers, attr, None)
    if not isinstance(frame, gpd.GeoDataFrame):
        raise MapRenderError(f"border layers: '{attr}' is missing or not a GeoDataFrame")
    if frame.crs is not None and not frame.crs.equals("EPSG:4326"):
        frame = frame.to_crs(4326)
    return frame


#: Curation notes kept in a layer's names, e.g. "(unnamed in source)": not for readers.
_CURATION_NOTE = re.compile(r"\s*\((?:unnamed|unsourced|approximate)[^)]*\)", re.IGNORECASE)


def _labelled(frame: gpd.GeoDataFrame, column: str) -> dict[str, Any]:
    cols = [column] if column in frame.columns else []
    if cols:
        frame = frame.assign(**{column: frame[column].map(
            lambda v: _CURATION_NOTE.sub("", v) if isinstance(v, str) else v)})
    return frame_to_feature_collection(
        frame, columns=cols, rename={column: "label"}, decimals=_DECIMALS, simplify_deg=_FINE_DEG
    )


def basemap_layers(layers: "BorderLayers", *, zone_width_km: float) -> list[BaseLayer]:
    """Build the basemap layers from :class:`geo.border.layer.BorderLayers`."""
    countries = _frame(layers, "countries")
    pair = countries[countries["country_code"].isin(BORDER_COUNTRIES)]
    out: list[BaseLayer] = []
    for code in BORDER_COUNTRIES:
        one = pair[pair["country_code"] == code]
        if one.empty:
            continue
        label = str(one["name"].iloc[0]) if "name" in one.columns else code
        out.append(
            BaseLayer(
                key=f"country-{code.lower()}",
                name=label,
                data=frame_to_feature_collection(one, columns=[], decimals=_DECIMALS, simplify_deg=_AREA_DEG),
                style={"color": "#777", "weight": 1, "fillColor": _FILLS[code], "fillOpacity": 0.7},
                z_index=351,
                swatch=(_FILLS[code], "#777777", "area"),
            )
        )
    out.append(
        BaseLayer(
            key="neighbours",
            name="Neighbouring countries",
            data=frame_to_feature_collection(
                _frame(layers, "neighbours"), columns=[], decimals=_DECIMALS, simplify_deg=_CONTEXT_DEG
            ),
            style={"color": "#888", "weight": 1.2, "fill": False, "dashArray": "4 3"},
            z_index=352,
            swatch=("#ffffff", "#888888", "dashed"),
        )
    )
    out.append(
        BaseLayer(
            key="admin1",
            name="Provinces (admin-1)",
            data=frame_to_feature_collection(
                _frame(layers, "admin1"), columns=[], decimals=_DECIMALS, simplify_deg=_CONTEXT_DEG / 2
            ),
            style={"color": "#999", "weight": 0.8, "fill": False},
            z_index=353,
            swatch=("#ffffff", "#999999", "area"),
        )
    )
    border = _frame(layers, "border_line")
    zone = border_zone(border, width_km=zone_width_km)
    out.append(
        BaseLayer(
            key="zone",
            name=f"Border zone (±{zone_width_km:g} km)",
            data=geometry_to_feature_collection(zone, decimals=_DECIMALS, simplify_deg=_AREA_DEG),
            # an outlined band with a faint tint: the two countries' fills stay readable inside it
            style={"color": "#c0392b", "weight": 1.2, "opacity": 0.8, "dashArray": "6 4",
                   "fillColor": "#e74c3c", "fillOpacity": 0.05},
            z_index=354,
            swatch=("#fbe5e3", "#c0392b", "dashed"),
        )
    )
    out.append(
        BaseLayer(
            key="border",
            name="Kyrgyz–Tajik border",
            data=frame_to_feature_collection(border, columns=[], decimals=_DECIMALS, simplify_deg=_FINE_DEG),
            style={"color": "#b03060", "weight": 3.5, "opacity": 0.95},
            z_index=355,
            swatch=("#b03060", "#b03060", "line"),
        )
    )
    out.append(
        BaseLayer(
            key="enclaves",
            name="Enclaves and exclaves",
            data=_labelled(_frame(layers, "enclaves"), "name"),
            style={"color": "#5a2a82", "weight": 2, "fillColor": "#5a2a82", "fillOpacity": 0.15},
            z_index=356,
            swatch=("#ddd4e6", "#5a2a82", "area"),
        )
    )
    return out


def map_bounds(layers: "BorderLayers") -> list[list[float]] | None:
    """``[[south, west], [north, east]]`` of Kyrgyzstan and Tajikistan, if present."""
    countries = _frame(layers, "countries")
    pair = countries[countries["country_code"].isin(BORDER_COUNTRIES)]
    frame = pair if not pair.empty else countries
    if frame.empty:
        return None
    west, south, east, north = (float(v) for v in frame.total_bounds)
    return [[south, west], [north, east]]
