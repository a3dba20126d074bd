"""Where the default index lives, and compiling it when it is missing or stale."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from geo.exceptions import GazetteerError
from geo.gazetteer.index import INDEX_FORMAT, Gazetteer, build_index
from geo.gazetteer.sources import (
    common_words,
    default_demonyms,
    default_records,
    provenance,
)
from geo.paths import area_points_path, border_layer_path, border_places_path, cache_dir, us_counties_path

__all__ = ["default_index_dir", "build_gazetteer", "current_gazetteer", "default_gazetteer"]

_LOCK = threading.Lock()
_OPENED: dict[Path, Gazetteer] = {}


def default_index_dir(explicit: Path | None = None) -> Path:
    """``<cache>/gazetteer-v<format>``, or ``explicit``."""
    return explicit if explicit is not None else cache_dir() / f"gazetteer-v{INDEX_FORMAT}"


def _inputs_digest(curated_path: Path) -> str:
    """Digest of the committed inputs: the curated table, the area and county points and the border layer."""
    digest = hashlib.sha256(curated_path.read_bytes())
    for extra in (area_points_path(), us_counties_path(), border_layer_path()):
        if extra.is_file():
            digest.update(extra.read_bytes())
    return digest.hexdigest()[:16]


def build_gazetteer(
    *,
    out_dir: Path | None = None,
    curated_path: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Compile the default index (GeoNames cities500, countries, admin-1, curated places).

    Takes about 15 s and is needed once per package version; ``geo data build``
    and the first look-up run it.
    """
    out_dir = default_index_dir(out_dir)
    curated_path = border_places_path(curated_path)
    meta = provenance() | {"inputs_sha256": _inputs_digest(curated_path)}
    records = default_records(
        curated_path=curated_path, border_path=border_layer_path(),
        area_points=area_points_path(), us_counties=us_counties_path(), progress=progress
    )
    build_index(
        records, out_dir=out_dir, demonyms=default_demonyms(), meta=meta,
        common_words=common_words("en"), russian_common_words=common_words("ru"),
    )
    if progress:
        progress(f"gazetteer index written to {out_dir}")
    _OPENED.pop(out_dir, None)
    return out_dir


def _open_valid(out_dir: Path, curated_path: Path) -> tuple[Gazetteer | None, str]:
    """The index at ``out_dir`` if it is whole and current, else ``None`` and why not."""
    if out_dir.exists() and not out_dir.is_dir():
        return None, f"{out_dir} is a file, not a folder"
    if not (out_dir / "gazetteer.sqlite").is_file():
        return None, "no index there yet"
    try:
        gazetteer = Gazetteer(out_dir)
        gazetteer.check_text_keys()  # the small pickle loads, the big one is the one it was built with
        gazetteer.has_text_key("batken")  # the key table answers
        gazetteer.places_by_key("batken")  # the tables answer
        if gazetteer.meta.get("inputs_sha256") != _inputs_digest(curated_path):
            return None, "the committed data changed since it was compiled"
    except (GazetteerError, OSError, sqlite3.Error) as error:
        return None, f"it is unreadable or damaged ({error})"
    return gazetteer, ""


def _writable(folder: Path) -> Path:
    """``folder`` if an index can be written there, else a per-user folder under the system temp dir."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
        return folder
    except OSError:
        fallback = Path(tempfile.gettempdir()) / f"geo-cache-{os.getuid()}" / folder.name
        fallback.mkdir(parents=True, exist_ok=True)
        return fallback


def current_gazetteer(*, index_dir: Path | None = None, curated_path: Path | None = None) -> Gazetteer | None:
    """The default index if it is whole and current (opened and shared as :func:`default_gazetteer` does),
    else ``None``: it would have to be compiled first. Never compiles.

    Lets several processes that share a cache folder (Dask workers) open an
    existing index side by side, and leave the compiling of a missing one to one of them.
    """
    out_dir = default_index_dir(index_dir)
    with _LOCK:
        if out_dir in _OPENED:
            return _OPENED[out_dir]
        gazetteer, _reason = _open_valid(out_dir, border_places_path(curated_path))
        if gazetteer is not None:
            _OPENED[out_dir] = gazetteer
        return gazetteer


def default_gazetteer(
    *, index_dir: Path | None = None, curated_path: Path | None = None
) -> Gazetteer:
    """Open the default index, compiling it first if it is missing, stale or damaged.

    The index is stale when ``data/border_places.csv`` or ``data/border.gpkg``
    changed since it was compiled; damaged when its database or pickle cannot
    be read. Where the cache folder cannot be written (read-only, unreadable,
    or a file in its place) the index is compiled into a per-user folder under
    the system temp dir, with a message; never a traceback. Opened indexes are
    shared per folder within a process.
    """
    out_dir = default_index_dir(index_dir)
    curated_path = border_places_path(curated_path)
    with _LOCK:
        if out_dir in _OPENED:
            return _OPENED[out_dir]
        gazetteer, reason = _open_valid(out_dir, curated_path)
        if gazetteer is None:
            target = _writable(out_dir)
            if target != out_dir:
                fallback, why = _open_valid(target, curated_path)
                if fallback is not None:
                    _OPENED[out_dir] = fallback
                    return fallback
                print(f"geo: cannot write the gazetteer index into {out_dir}; using {target} "
                      "(set GEO_CACHE_DIR to choose a folder)", file=sys.stderr)
            print(f"geo: compiling the gazetteer index into {target} ({reason}; once, ~20 s)", file=sys.stderr)
            try:
                build_gazetteer(
                    out_dir=target, curated_path=curated_path,
                    progress=lambda line: print(f"geo:   {line}", file=sys.stderr),
                )
            except OSError as error:
                raise GazetteerError(f"cannot compile the gazetteer index into {target}: {error}; "
                                     "set GEO_CACHE_DIR to a writable folder") from error
            gazetteer = Gazetteer(target)
        _OPENED[out_dir] = gazetteer
        return gazetteer
