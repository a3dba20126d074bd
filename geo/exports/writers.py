"""Output writers, one per format, registered in :data:`WRITERS`: the map is one of them.

Every writer takes an :class:`~geo.incidents.model.IncidentSet`, an output
folder, the border layers (loaded when needed if not given) and the run's
:class:`~geo.options.RunOptions` (defaults when not given), writes its file
atomically (a crash leaves the previous file) and returns the path.
``tests/test_exports.py`` walks the registry.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from geo._atomic import atomic_path, write_text_atomic
from geo.exceptions import ConfigurationError, ExportError
from geo.exports.attribution import ATTRIBUTION, ATTRIBUTION_LINES
from geo.exports.acled import CSV_COLUMNS, acled_rows
from geo.exports.records import incidents_feature_collection
from geo.exports.spreadsheet import csv_text
from geo.exports.tables import incidents_frame, mentions_frame, sources_frame
from geo.exports.ucdp import UCDP_COLUMNS, ucdp_rows
from geo.incidents.model import IncidentSet
from geo.options import RunOptions

__all__ = ["CSV_COLUMNS", "UCDP_COLUMNS", "LAYER_DESCRIPTIONS", "WRITERS", "Writer", "get_writer", "write_csv",
           "write_geojson", "write_gpkg", "write_map_html", "write_map_png", "write_parquet", "write_ucdp"]

if TYPE_CHECKING:
    from geo.border.layer import BorderLayers

Writer = Callable[..., Path]

#: What each GeoPackage layer is (the layer's DESCRIPTION in gpkg_contents, which QGIS shows).
LAYER_DESCRIPTIONS = {
    "incidents": "One point per incident: an event at one place in one date window, from one or more "
                 "articles (docs/SCHEMA.md).",
    "sources": "One row per supporting mention of an incident (article, title, URL, date, excerpt); "
               "join to incidents on incident_id.",
    "mentions": "Every resolved place mention of every article, any role (incident, context); "
                "incident_id names the incident it supports, if any.",
    "border": "The Kyrgyz-Tajik border line (derived from OpenStreetMap boundaries).",
    "admin1": "Admin-1 units of Kyrgyzstan and Tajikistan (Natural Earth).",
}


def write_geojson(result: IncidentSet, *, out_dir: Path, layers: BorderLayers | None = None,
                  options: RunOptions | None = None) -> Path:
    """``incidents.geojson``: RFC 7946 FeatureCollection."""
    collection = incidents_feature_collection(result)
    text = json.dumps(collection, ensure_ascii=False, indent=1)
    return _wrap(lambda: write_text_atomic(out_dir / "incidents.geojson", text), out_dir)


def write_csv(result: IncidentSet, *, out_dir: Path, layers: BorderLayers | None = None,
              options: RunOptions | None = None) -> Path:
    """``incidents.csv``: ACLED's columns in ACLED's order, then the tool's (:data:`CSV_COLUMNS`), spreadsheet-safe."""
    text = csv_text(CSV_COLUMNS, acled_rows(result.incidents))
    return _wrap(lambda: write_text_atomic(out_dir / "incidents.csv", text), out_dir)


def write_ucdp(result: IncidentSet, *, out_dir: Path, layers: BorderLayers | None = None,
               options: RunOptions | None = None) -> Path:
    """``incidents_ucdp.csv``: UCDP GED-style fields (:data:`UCDP_COLUMNS`), spreadsheet-safe."""
    text = csv_text(UCDP_COLUMNS, ucdp_rows(result.incidents))
    return _wrap(lambda: write_text_atomic(out_dir / "incidents_ucdp.csv", text), out_dir)


def write_parquet(result: IncidentSet, *, out_dir: Path, layers: BorderLayers | None = None,
                  options: RunOptions | None = None) -> Path:
    """``incidents.parquet``: the typed ``incidents`` table as GeoParquet (WKB points, EPSG:4326)."""
    frame = incidents_frame(result)

    def write() -> Path:
        with atomic_path(out_dir / "incidents.parquet") as tmp:
            frame.to_parquet(tmp, index=False)
        return out_dir / "incidents.parquet"

    return _wrap(write, out_dir)


def write_gpkg(result: IncidentSet, *, out_dir: Path, layers: BorderLayers | None = None,
               options: RunOptions | None = None) -> Path:
    """``incidents.gpkg``: layers ``incidents``, ``sources`` (table), ``mentions``, ``border``, ``admin1``.

    Dates are DATE, counts INTEGER, whatever the data (:mod:`geo.exports.tables`).
    """
    import pyogrio

    from geo.border.layer import load_border_layers

    border = layers if layers is not None else load_border_layers()
    frames = {
        "incidents": incidents_frame(result),
        "sources": sources_frame(result),
        "mentions": mentions_frame(result),
        "border": border.border_line,
        "admin1": border.admin1,
    }

    def write() -> Path:
        with atomic_path(out_dir / "incidents.gpkg") as tmp:
            tmp.unlink()  # GDAL creates the file itself
            for name, frame in frames.items():
                pyogrio.write_dataframe(
                    frame, tmp, layer=name, driver="GPKG", append=tmp.exists(), use_arrow=True,
                    layer_options={"DESCRIPTION": f"{LAYER_DESCRIPTIONS[name]} {ATTRIBUTION}"},
                )
        return out_dir / "incidents.gpkg"

    return _wrap(write, out_dir)


def write_map_html(result: IncidentSet, *, out_dir: Path, layers: BorderLayers | None = None,
                   options: RunOptions | None = None) -> Path:
    """``map.html``: the self-contained offline map (:func:`geo.mapping.write_map`), border zone as the run's."""
    from geo.mapping import write_map

    zone_width_km = options.zone_width_km if options is not None else RunOptions(inputs=()).zone_width_km
    collection = incidents_feature_collection(result)
    return _wrap(lambda: write_map(collection, out_path=out_dir / "map.html", layers=layers,
                                   zone_width_km=zone_width_km), out_dir)


def write_map_png(result: IncidentSet, *, out_dir: Path, layers: BorderLayers | None = None,
                  options: RunOptions | None = None) -> Path:
    """``map.png``: a screenshot of ``map.html`` (written first if the run did not ask for it; needs chromium)."""
    from geo.mapping import screenshot

    page = out_dir / "map.html"
    if not page.exists():
        write_map_html(result, out_dir=out_dir, layers=layers, options=options)
    return _wrap(lambda: screenshot(page, out_png=out_dir / "map.png"), out_dir)


def write_attribution(out_dir: Path) -> Path:
    """``ATTRIBUTION.txt`` beside the exports (the CSV cannot carry it)."""
    text = "Data sources and licences of these files:\n" + "".join(
        f"- {line}\n" for line in ATTRIBUTION_LINES
    )
    return _wrap(lambda: write_text_atomic(out_dir / "ATTRIBUTION.txt", text), out_dir)


def _wrap(action: Callable[[], Path], out_dir: Path) -> Path:
    try:
        return action()
    except OSError as error:
        raise ExportError(f"cannot write into {out_dir}: {error}") from error


WRITERS: dict[str, Writer] = {
    "geojson": write_geojson,
    "gpkg": write_gpkg,
    "csv": write_csv,
    "ucdp": write_ucdp,
    "parquet": write_parquet,
    "map": write_map_html,
    "png": write_map_png,
}


def get_writer(name: str) -> Writer:
    """The writer for a format name; the error lists the valid names."""
    try:
        return WRITERS[name]
    except KeyError:
        raise ConfigurationError(
            f"unknown export format {name!r}; expected one of {', '.join(sorted(WRITERS))}"
        ) from None
