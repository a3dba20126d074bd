"""Load the committed border GeoPackage (``data/border.gpkg``) once per path."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pyogrio

from geo.exceptions import BorderDataError
from geo.paths import border_layer_path

__all__ = ["BorderLayers", "LAYER_COLUMNS", "load_border_layers"]

#: Columns (besides ``geometry``) each layer must have.
LAYER_COLUMNS: dict[str, tuple[str, ...]] = {
    "countries": ("country_code", "name", "name_ru"),
    "border_line": ("piece", "length_km"),
    "enclaves": (
        "name", "name_ru", "belongs_to", "surrounded_by", "kind", "approximate", "source",
    ),
    "admin1": ("name", "name_ru", "iso_3166_2", "country_code"),
    "neighbours": ("country_code", "name"),
}
try:  # pyogrio reads ~2x faster through Arrow when pyarrow is installed
    import pyarrow  # noqa: F401

    _USE_ARROW = True
except ImportError:
    _USE_ARROW = False
_HINT = "run `geo data build --border` to rebuild it"


@dataclass(frozen=True, eq=False)
class BorderLayers:
    """The five layers of the border GeoPackage, all in EPSG:4326.

    Instances compare and hash by identity (``eq=False``), so derived indexes
    (see :mod:`geo.border.join`) can be cached per instance. Treat the frames
    as read-only.

    Attributes
    ----------
    countries : geopandas.GeoDataFrame
        Kyrgyzstan and Tajikistan (``country_code``, ``name``, ``name_ru``).
    border_line : geopandas.GeoDataFrame
        The shared Kyrgyz-Tajik boundary (``piece``, ``length_km``).
    enclaves : geopandas.GeoDataFrame
        Named enclaves (``name``, ``belongs_to``, ``surrounded_by``, ``kind``,
        ``approximate``, ``source``, ...).
    admin1 : geopandas.GeoDataFrame
        Admin-1 units of both countries (``name``, ``name_ru``, ``iso_3166_2``,
        ``country_code``).
    neighbours : geopandas.GeoDataFrame
        Simplified context outlines of neighbouring countries
        (``country_code``, ``name``).
    """

    countries: gpd.GeoDataFrame
    border_line: gpd.GeoDataFrame
    enclaves: gpd.GeoDataFrame
    admin1: gpd.GeoDataFrame
    neighbours: gpd.GeoDataFrame


def _read_layer(path: Path, layer: str) -> gpd.GeoDataFrame:
    try:
        gdf = pyogrio.read_dataframe(path, layer=layer, use_arrow=_USE_ARROW)
    except Exception as error:  # pyogrio raises several DataSource/Layer errors
        raise BorderDataError(
            f"{path}: cannot read layer {layer!r} ({error}); {_HINT}"
        ) from error
    missing = [c for c in LAYER_COLUMNS[layer] if c not in gdf.columns]
    if missing:
        raise BorderDataError(
            f"{path}: layer {layer!r} lacks columns {missing} "
            f"(expected {list(LAYER_COLUMNS[layer])}); {_HINT}"
        )
    if gdf.crs is None or gdf.crs.to_epsg() != 4326:
        raise BorderDataError(
            f"{path}: layer {layer!r} has CRS {gdf.crs}, expected EPSG:4326; {_HINT}"
        )
    return gdf


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> BorderLayers:
    if not path.is_file():
        raise BorderDataError(f"border layer {path} does not exist; {_HINT}")
    return BorderLayers(**{name: _read_layer(path, name) for name in LAYER_COLUMNS})


def load_border_layers(path: Path | None = None) -> BorderLayers:
    """Load the border layers, cached per resolved path.

    Parameters
    ----------
    path : pathlib.Path, optional
        The GeoPackage; default :func:`geo.paths.border_layer_path`.

    Returns
    -------
    BorderLayers
        Shared between calls with the same path: do not modify its frames in place.

    Raises
    ------
    BorderDataError
        The file is missing or corrupt, or a layer lacks a column; the message
        names the file and tells how to rebuild it.

    Examples
    --------
    >>> layers = load_border_layers()  # doctest: +SKIP
    >>> sorted(layers.countries["country_code"])  # doctest: +SKIP
    ['KG', 'TJ']
    """
    resolved = Path(path if path is not None else border_layer_path()).resolve()
    return _load(resolved)


load_border_layers.cache_clear = _load.cache_clear  # type: ignore[attr-defined]
