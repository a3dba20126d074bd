"""Where ``geo`` finds its committed data and keeps its caches.

Precedence for every location: explicit argument, then environment variable,
then the default.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "REPO_ROOT", "data_dir", "cache_dir", "border_layer_path", "border_places_path", "area_points_path",
    "us_counties_path", "first_names_path",
]

REPO_ROOT = Path(__file__).resolve().parent.parent


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Folder of committed derived data (``GEO_DATA_DIR``, default ``<repo>/data``)."""
    if explicit is not None:
        return Path(explicit)
    return Path(os.environ.get("GEO_DATA_DIR", REPO_ROOT / "data"))


def cache_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Folder for compiled, regenerable indexes (``GEO_CACHE_DIR``, default ``~/.cache/geo``)."""
    if explicit is not None:
        return Path(explicit)
    env = os.environ.get("GEO_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "geo"


def border_layer_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The committed border GeoPackage (``data/border.gpkg``)."""
    return Path(explicit) if explicit is not None else data_dir() / "border.gpkg"


def border_places_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The curated table of border-area places (``data/border_places.csv``)."""
    return Path(explicit) if explicit is not None else data_dir() / "border_places.csv"


def area_points_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Points of admin-1 units, continents and world regions (``data/area_points.csv``)."""
    return Path(explicit) if explicit is not None else data_dir() / "area_points.csv"


def us_counties_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Points of US counties and county-equivalents (``data/us_counties.csv``)."""
    return Path(explicit) if explicit is not None else data_dir() / "us_counties.csv"


def first_names_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """English given names, one per line in key form (``data/first_names.txt``)."""
    return Path(explicit) if explicit is not None else data_dir() / "first_names.txt"
