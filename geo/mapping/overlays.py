"""Analyst overlays: read GIS files of many formats into WGS84 layers for the map.

Supported: GeoJSON, GeoPackage (pick the layer), Shapefile (``.shp`` or a
``.zip`` holding one), KML/KMZ, GeoParquet (needs ``pyarrow``) and CSV with
latitude/longitude columns. Everything is reprojected to EPSG:4326, invalid
geometries are repaired with :func:`shapely.make_valid`, and very large layers
are refused with a hint to simplify them first.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from geo.exceptions import OverlayError
from geo.mapping._geojson import frame_to_feature_collection

__all__ = [
    "Overlay",
    "MAX_VERTICES",
    "SUPPORTED_SUFFIXES",
    "read_overlay",
    "normalise_style",
    "overlay_feature_collection",
    "default_overlay_color",
]

#: Overlays with more vertices than this are refused (the page would be too heavy).
MAX_VERTICES = 2_000_000
#: Bytes of geometry data an overlay may hold before it is read (checked from the file's size,
#: or a zip's uncompressed sizes): 16 bytes per vertex at :data:`MAX_VERTICES`, plus room for attributes.
MAX_OVERLAY_BYTES = 16 * MAX_VERTICES * 4
SUPPORTED_SUFFIXES = (
    ".geojson", ".json", ".gpkg", ".shp", ".zip", ".kml", ".kmz", ".parquet", ".geoparquet", ".csv",
)
_WGS84_BY_DEFINITION = {".geojson", ".json", ".kml", ".kmz"}
_LAT_NAMES = ("lat", "latitude", "y")
_LON_NAMES = ("lon", "lng", "long", "longitude", "x")
_PALETTE = ("#1f77b4", "#2ca02c", "#9467bd", "#17becf", "#bcbd22", "#e377c2", "#ff7f0e")
_STYLE_KEYS = {
    "color": "color",
    "weight": "weight",
    "opacity": "opacity",
    "fill_color": "fillColor",
    "fillcolor": "fillColor",
    "fill_opacity": "fillOpacity",
    "fillopacity": "fillOpacity",
    "dash_array": "dashArray",
    "dasharray": "dashArray",
}
_COLOUR = re.compile(r"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\([0-9\s.,%]+\))$")
_SIMPLIFY_HINT = (
    "simplify or filter it first, e.g. "
    "`ogr2ogr -simplify 0.001 -where \"...\" small.gpkg big.gpkg`"
)


def normalise_style(style: Mapping[str, Any] | None, *, source: str = "overlay") -> dict[str, Any]:
    """Validate a style mapping and return Leaflet path options.

    Accepted keys: ``color``, ``weight``, ``opacity``, ``fill_color``,
    ``fill_opacity``, ``dash_array`` (camelCase spellings also accepted).

    Examples
    --------
    >>> normalise_style({"color": "#f00", "fill_opacity": "0.3"})
    {'color': '#f00', 'fillOpacity': 0.3}
    """
    out: dict[str, Any] = {}
    for key, value in (style or {}).items():
        target = _STYLE_KEYS.get(str(key).lower())
        if target is None:
            raise OverlayError(
                f"{source}: unknown style key {key!r}; expected one of "
                "color, weight, opacity, fill_color, fill_opacity, dash_array"
            )
        if target in ("color", "fillColor"):
            if not isinstance(value, str) or not _COLOUR.match(value.strip()):
                raise OverlayError(f"{source}: {key}={value!r} is not a colour (e.g. #1f77b4 or red)")
            out[target] = value.strip()
        elif target == "dashArray":
            if not re.fullmatch(r"[0-9 ,.]+", str(value)):
                raise OverlayError(f"{source}: dash_array={value!r} must look like '4 3'")
            out[target] = str(value)
        else:
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise OverlayError(f"{source}: {key}={value!r} is not a number") from None
            if not (0 <= number <= (50 if target == "weight" else 1)):
                raise OverlayError(f"{source}: {key}={value!r} is out of range")
            out[target] = number
    return out


@dataclass(frozen=True)
class Overlay:
    """An analyst layer drawn on the map as its own toggleable layer.

    Attributes
    ----------
    name : str
        Label in the layer control and popups.
    gdf : geopandas.GeoDataFrame
        Features in EPSG:4326; their properties appear (escaped) in popups.
    style : dict
        Style options (see :func:`normalise_style`); missing ones get defaults.
    repaired : int
        How many invalid geometries were repaired while reading.
    """

    name: str
    gdf: gpd.GeoDataFrame
    style: dict[str, Any] = field(default_factory=dict)
    repaired: int = 0

    def leaflet_style(self, *, default_color: str = _PALETTE[0]) -> dict[str, Any]:
        """Leaflet path options: the overlay's style over sensible defaults."""
        base: dict[str, Any] = {"color": default_color, "weight": 2, "opacity": 0.9, "fillOpacity": 0.2}
        base.update(normalise_style(self.style, source=self.name))
        return base


def default_overlay_color(index: int) -> str:
    """The colour of the ``index``-th overlay when its style sets none."""
    return _PALETTE[index % len(_PALETTE)]


def overlay_feature_collection(overlay: Overlay) -> dict[str, Any]:
    """The overlay as a GeoJSON dict (all property columns kept)."""
    return frame_to_feature_collection(overlay.gdf)


def _split_gpkg_layer(path: str) -> tuple[str, str | None]:
    """``"zones.gpkg:districts"`` (or ``"shapes.zip:roads"``) -> (file, layer) unless the whole path exists."""
    if Path(path).exists():
        return path, None
    match = re.fullmatch(r"(.+\.(?:gpkg|zip)):([^/\\]*)", path, flags=re.IGNORECASE)
    if match and Path(match.group(1)).exists():
        return match.group(1), match.group(2) or None
    return path, None


def _pick_layer(source: str, path: str, layer: str | None) -> str | None:
    try:
        names = [str(row[0]) for row in pyogrio.list_layers(path)]
    except Exception as error:  # pyogrio raises several GDAL-specific classes
        raise OverlayError(f"{source}: cannot open ({error})") from error
    if layer is not None:
        if layer not in names:
            raise OverlayError(f"{source}: no layer {layer!r}; layers are: {', '.join(names)}")
        return layer
    if len(names) > 1:
        raise OverlayError(
            f"{source}: has {len(names)} layers ({', '.join(names)}); choose one with "
            f"'{source}:LAYER' or layer="
        )
    return names[0] if names else None


def _stored_bytes(file: Path) -> int:
    """Bytes the overlay's data will take once read: a zip's uncompressed members, else the file(s)."""
    import zipfile

    if file.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(file) as archive:
                return sum(member.file_size for member in archive.infolist())
        except (OSError, zipfile.BadZipFile):
            return file.stat().st_size
    if file.suffix.lower() == ".shp":
        return sum(p.stat().st_size for p in file.parent.glob(file.stem + ".*") if p.is_file())
    return file.stat().st_size


def _check_size(source: str, file: Path) -> None:
    """Refuse a file too large to draw before opening it: its size, or a zip's unpacked size."""
    size = _stored_bytes(file)
    if size > MAX_OVERLAY_BYTES:
        raise OverlayError(
            f"{source}: holds {size / 1e6:,.0f} MB of data once unpacked (limit {MAX_OVERLAY_BYTES / 1e6:,.0f} MB, "
            f"about {MAX_VERTICES:,} vertices); {_SIMPLIFY_HINT}")


def _check_count(source: str, path: str, *, layer: str | None, max_features: int) -> None:
    """Refuse a layer with too many features before reading it (the count from its metadata)."""
    try:
        count = pyogrio.read_info(path, layer=layer).get("features")
    except Exception:  # counted later from the data when the metadata cannot say
        return
    if count is not None and count > max_features:
        raise OverlayError(f"{source}: {count:,} features (limit {max_features:,}); {_SIMPLIFY_HINT}")


def _read_vector(source: str, path: str, *, layer: str | None, max_features: int) -> gpd.GeoDataFrame:
    try:
        return pyogrio.read_dataframe(path, layer=layer, max_features=max_features + 1)
    except Exception as error:  # pyogrio/GDAL errors have no common public base
        raise OverlayError(f"{source}: cannot read ({error})") from error


def _read_csv(source: str, path: Path, *, max_features: int) -> gpd.GeoDataFrame:
    try:
        table = pd.read_csv(path, nrows=max_features + 1)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise OverlayError(f"{source}: cannot read CSV ({error})") from error
    lower = {str(c).strip().lower(): c for c in table.columns}
    lat = next((lower[n] for n in _LAT_NAMES if n in lower), None)
    lon = next((lower[n] for n in _LON_NAMES if n in lower), None)
    if lat is None or lon is None:
        raise OverlayError(
            f"{source}: no latitude/longitude columns (looked for {'/'.join(_LAT_NAMES)} and "
            f"{'/'.join(_LON_NAMES)}); columns are: {', '.join(map(str, table.columns))}"
        )
    lats = pd.to_numeric(table[lat], errors="coerce")
    lons = pd.to_numeric(table[lon], errors="coerce")
    bad = lats.isna() | lons.isna() | ~lats.between(-90, 90) | ~lons.between(-180, 180)
    if bad.any():
        rows = ", ".join(str(i + 2) for i in np.flatnonzero(bad.to_numpy())[:5])
        raise OverlayError(f"{source}: {int(bad.sum())} row(s) without valid {lat}/{lon} (lines {rows}…)")
    geometry = gpd.points_from_xy(lons, lats, crs=4326)
    return gpd.GeoDataFrame(table.drop(columns=[lat, lon]), geometry=geometry, crs=4326)


def _read_parquet(source: str, path: Path) -> gpd.GeoDataFrame:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise OverlayError(
            f"{source}: reading GeoParquet needs pyarrow; install it with `pip install pyarrow`"
        ) from None
    try:
        return gpd.read_parquet(path)
    except (OSError, ValueError) as error:
        raise OverlayError(f"{source}: cannot read GeoParquet ({error})") from error


def _to_wgs84(source: str, frame: gpd.GeoDataFrame, *, suffix: str) -> gpd.GeoDataFrame:
    if frame.crs is None:
        if suffix in _WGS84_BY_DEFINITION:
            return frame.set_crs(4326)
        raise OverlayError(
            f"{source}: unknown CRS (no .prj or CRS metadata); set one, e.g. "
            "`ogr2ogr -a_srs EPSG:XXXX fixed.gpkg input`"
        )
    if frame.crs.equals("EPSG:4326"):
        return frame
    try:
        return frame.to_crs(4326)
    except Exception as error:  # pyproj raises several classes
        raise OverlayError(f"{source}: cannot reproject from {frame.crs} to EPSG:4326 ({error})") from error


def _check_and_repair(source: str, frame: gpd.GeoDataFrame, *, max_features: int) -> tuple[gpd.GeoDataFrame, int]:
    if len(frame) > max_features:
        raise OverlayError(
            f"{source}: more than {max_features} features; {_SIMPLIFY_HINT}"
        )
    geoms = np.asarray(frame.geometry.values)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if not present.any():
        raise OverlayError(f"{source}: has no geometries")
    dropped = int((~present).sum())
    if dropped:
        warnings.warn(f"{source}: {dropped} feature{'s' if dropped != 1 else ''} without geometry "
                      f"{'were' if dropped != 1 else 'was'} dropped", UserWarning, stacklevel=3)
    frame = frame[present].copy()
    geoms = geoms[present]
    coordinates = shapely.get_coordinates(geoms, include_z=False)
    if not np.isfinite(coordinates).all():
        bad = int((~np.isfinite(coordinates)).any(axis=1).sum())
        raise OverlayError(f"{source}: {bad} coordinate(s) are not finite numbers (NaN or infinity); "
                           "expected longitude/latitude or projected coordinates")
    vertices = int(shapely.get_num_coordinates(geoms).sum())
    if vertices > MAX_VERTICES:
        raise OverlayError(f"{source}: {vertices:,} vertices (limit {MAX_VERTICES:,}); {_SIMPLIFY_HINT}")
    invalid = ~shapely.is_valid(geoms)
    repaired = int(invalid.sum())
    if repaired:
        geoms = geoms.copy()
        geoms[invalid] = shapely.make_valid(geoms[invalid])
        frame = frame.set_geometry(gpd.GeoSeries(geoms, index=frame.index, crs=frame.crs))
        warnings.warn(
            f"{source}: repaired {repaired} invalid geometr{'y' if repaired == 1 else 'ies'} "
            "with shapely.make_valid",
            UserWarning,
            stacklevel=3,
        )
    return frame, repaired


def read_overlay(
    path: str,
    *,
    name: str | None = None,
    layer: str | None = None,
    style: dict[str, Any] | None = None,
    max_features: int = 20000,
) -> Overlay:
    """Read a GIS file into an :class:`Overlay` in EPSG:4326.

    Parameters
    ----------
    path : str
        The file. A GeoPackage layer may be chosen with ``"FILE.gpkg:LAYER"``.
        A Shapefile may be given as ``.shp`` or as a ``.zip`` holding it.
    name : str, optional
        Label on the map (default: the layer name or the file's stem).
    layer : str, optional
        GeoPackage (or multi-layer file) layer; required when there are several.
    style : dict, optional
        Style options, see :func:`normalise_style`.
    max_features : int
        Refuse layers with more features than this.

    Raises
    ------
    OverlayError
        Unsupported or unreadable file, unknown CRS, no geometry, too large,
        bad style, or an ambiguous/unknown layer.

    Warns
    -----
    UserWarning
        When invalid geometries were repaired (the count is in ``Overlay.repaired``).
    """
    file_part, suffix_layer = _split_gpkg_layer(str(path))
    layer = layer if layer is not None else suffix_layer
    file = Path(file_part)
    source = str(path)
    suffix = file.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise OverlayError(
            f"{source}: unsupported overlay format {suffix or '(no extension)'!r}; "
            f"supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    if not file.is_file():
        raise OverlayError(f"{source}: no such file")
    style = normalise_style(style, source=source)  # fail early on a bad style
    _check_size(source, file)
    if suffix == ".csv":
        frame = _read_csv(source, file, max_features=max_features)
    elif suffix in (".parquet", ".geoparquet"):
        frame = _read_parquet(source, file)
    else:
        gdal_path = f"/vsizip/{file}" if suffix == ".zip" else str(file)
        layer = _pick_layer(source, gdal_path, layer)
        _check_count(source, gdal_path, layer=layer, max_features=max_features)
        frame = _read_vector(source, gdal_path, layer=layer, max_features=max_features)
    if not isinstance(frame, gpd.GeoDataFrame) or frame.geometry is None:
        raise OverlayError(f"{source}: has no geometry column")
    frame = _to_wgs84(source, frame, suffix=suffix)
    frame, repaired = _check_and_repair(source, frame, max_features=max_features)
    label = name or layer or file.stem
    return Overlay(name=label, gdf=frame, style=style, repaired=repaired)
