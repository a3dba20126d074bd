"""Where the default index lives, and compiling it when it is missing or stale."""

from __future__ import annotations

import hashlib
import sys
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
from geo.paths import area_points_path, border_layer_path, border_places_path, cache_dir

__all__ = ["default_index_dir", "build_gazetteer", "default_gazetteer"]

_LOCK = threading.Lock()
_OPENED: dict[Path, Gazetteer] = {}


def default_index_dir(explicit: Path | None = None) -> Path:
    """``<cache>/gazetteer-v<format>``, or ``explicit``."""
    return explicit if explicit is not None else cache_dir() / f"gazetteer-v{INDEX_FORMAT}"


def _inputs_digest(curated_path: Path) -> str:
    """Digest of the committed inputs: the curated table, the area points and the border layer."""
    digest = hashlib.sha256(curated_path.read_bytes())
    for extra in (area_points_path(), border_layer_path()):
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
        area_points=area_points_path(), progress=progress
    )
    build_index(
        records, out_dir=out_dir, demonyms=default_demonyms(), meta=meta,
        common_words=common_words("en"), russian_common_words=common_words("ru"),
    )
    if progress:
        progress(f"gazetteer index written to {out_dir}")
    _OPENED.pop(out_dir, None)
    return out_dir


def default_gazetteer(
    *, index_dir: Path | None = None, curated_path: Path | None = None
) -> Gazetteer:
    """Open the default index, compiling it first if it is missing or stale.

    The index is stale when ``data/border_places.csv`` or ``data/border.gpkg``
    changed since it was compiled. Opened indexes are shared per folder within a process.
    """
    out_dir = default_index_dir(index_dir)
    curated_path = border_places_path(curated_path)
    with _LOCK:
        if out_dir in _OPENED:
            return _OPENED[out_dir]
        stale = True
        if (out_dir / "gazetteer.sqlite").is_file():
            try:
                gazetteer = Gazetteer(out_dir)
                stale = gazetteer.meta.get("inputs_sha256") != _inputs_digest(curated_path)
            except GazetteerError:
                stale = True  # unreadable or of another format: rebuilt below
        if stale:
            print(f"geo: compiling the gazetteer index into {out_dir} (once, ~20 s)", file=sys.stderr)
            build_gazetteer(
                out_dir=out_dir, curated_path=curated_path,
                progress=lambda line: print(f"geo:   {line}", file=sys.stderr),
            )
        gazetteer = Gazetteer(out_dir)
        _OPENED[out_dir] = gazetteer
        return gazetteer
