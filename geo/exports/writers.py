"""Export writers, one per format, registered in :data:`WRITERS`.

Every writer takes an :class:`~geo.incidents.build.IncidentSet` and an output
folder, writes its file atomically (a crash leaves the previous file) and
returns the path. ``tests/test_exports.py`` walks the registry.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

from geo._atomic import atomic_path, write_text_atomic
from geo.exceptions import ConfigurationError, ExportError
from geo.exports.attribution import ATTRIBUTION, ATTRIBUTION_LINES
from geo.exports.records import incident_properties, incidents_feature_collection, mention_properties
from geo.incidents.build import IncidentSet

__all__ = ["CSV_COLUMNS", "WRITERS", "Writer", "get_writer", "write_csv", "write_geojson", "write_gpkg"]

Writer = Callable[..., Path]

#: ACLED-like columns of ``incidents.csv``.
CSV_COLUMNS = (
    "event_id", "event_date", "time_precision", "event_type", "country", "admin1",
    "location", "latitude", "longitude", "geo_precision", "fatalities", "source", "notes",
)


def write_geojson(result: IncidentSet, *, out_dir: Path, layers=None) -> Path:
    """``incidents.geojson``: RFC 7946 FeatureCollection."""
    collection = incidents_feature_collection(result)
    text = json.dumps(collection, ensure_ascii=False, indent=1)
    return _wrap(lambda: write_text_atomic(out_dir / "incidents.geojson", text), out_dir)


def write_csv(result: IncidentSet, *, out_dir: Path, layers=None) -> Path:
    """``incidents.csv`` with :data:`CSV_COLUMNS`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for incident in result.incidents:
        props = incident_properties(incident)
        sources = "; ".join(
            sorted({(s["title"] or s["article_id"]) + (f" <{s['url']}>" if s["url"] else "")
                    for s in props["sources"]})
        )
        writer.writerow([
            props["incident_id"], props["event_date"] or "", props["time_precision"],
            props["event_type"], props["country_code"] or "", props["admin1"] or "",
            props["place_name"], f"{incident.place.lat:.5f}", f"{incident.place.lon:.5f}",
            props["geo_precision"], "" if props["fatalities"] is None else props["fatalities"],
            sources, props["notes"],
        ])
    return _wrap(lambda: write_text_atomic(out_dir / "incidents.csv", buffer.getvalue()), out_dir)


def _frame(rows: list[dict], lon_key: str = "lon", lat_key: str = "lat"):
    import geopandas as gpd

    lons = [r.pop(lon_key) for r in rows]
    lats = [r.pop(lat_key) for r in rows]
    for row in rows:
        for key, value in list(row.items()):
            if isinstance(value, (list, dict)):
                row[key] = json.dumps(value, ensure_ascii=False)
    return gpd.GeoDataFrame(rows, geometry=gpd.points_from_xy(lons, lats), crs="EPSG:4326")


def write_gpkg(result: IncidentSet, *, out_dir: Path, layers=None) -> Path:
    """``incidents.gpkg`` with layers ``incidents``, ``mentions``, ``border``, ``admin1``."""
    import pyogrio

    from geo.border.layer import load_border_layers

    border = layers if layers is not None else load_border_layers()
    incident_rows = []
    for incident in result.incidents:
        props = incident_properties(incident)
        props["lon"], props["lat"] = incident.place.lon, incident.place.lat
        incident_rows.append(props)
    mention_rows = [mention_properties(row) for row in result.mentions]
    description = {"DESCRIPTION": ATTRIBUTION}

    def write() -> Path:
        with atomic_path(out_dir / "incidents.gpkg") as tmp:
            tmp.unlink()  # GDAL creates the file itself
            frames = {
                "incidents": _frame(incident_rows),
                "mentions": _frame(mention_rows),
                "border": border.border_line,
                "admin1": border.admin1,
            }
            for name, frame in frames.items():
                pyogrio.write_dataframe(
                    frame, tmp, layer=name, driver="GPKG", append=tmp.exists(),
                    layer_options=description,
                )
        return out_dir / "incidents.gpkg"

    return _wrap(write, out_dir)


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
}


def get_writer(name: str) -> Writer:
    """The writer for a format name; the error lists the valid names."""
    try:
        return WRITERS[name]
    except KeyError:
        raise ConfigurationError(
            f"unknown export format {name!r}; expected one of {', '.join(sorted(WRITERS))}"
        ) from None
