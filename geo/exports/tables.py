"""Typed tables of incidents, sources and mentions for the GeoPackage and GeoParquet exports.

Each table has a fixed schema (:data:`INCIDENT_COLUMNS`, :data:`SOURCE_COLUMNS`,
:data:`MENTION_COLUMNS`): dates as dates, counts as nullable integers, and a
column that is all null keeps its type, so every run's files have the same
columns of the same types whatever the data. Lists and objects are JSON text.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pandas as pd
import pyarrow as pa

from geo.exports.records import incident_properties, mention_properties
from geo.incidents.model import IncidentSet

__all__ = ["INCIDENT_COLUMNS", "SOURCE_COLUMNS", "MENTION_COLUMNS", "incidents_frame", "sources_frame",
           "mentions_frame"]

_DATE = pd.ArrowDtype(pa.date32())
_TYPES = {"str": "string", "int": "Int64", "float": "Float64", "bool": "boolean", "date": _DATE, "json": "string"}

#: Column -> type of the ``incidents`` table (every GeoJSON property, lists and objects as JSON text).
INCIDENT_COLUMNS: dict[str, str] = {
    "incident_id": "str", "place_name": "str", "place_name_ru": "str", "place_source": "str",
    "event_date": "date", "date_start": "date", "date_end": "date", "time_precision": "int",
    "event_type": "str", "event_types": "json", "disorder_type": "str", "acled_event_type": "str",
    "sub_event_type": "str", "lang": "str", "fatalities": "int", "fatalities_by_side": "json",
    "injured": "int", "displaced": "int", "actors": "json", "geo_precision": "int", "country_code": "str",
    "admin1": "str", "admin2": "str", "enclave": "str", "distance_to_border_km": "float", "border_lon": "float",
    "border_lat": "float", "in_border_zone": "bool", "figure_rule": "str", "figures": "json",
    "sources": "json", "notes": "str",
}
#: Column -> type of the ``sources`` table: one row per supporting mention, joined by ``incident_id``.
SOURCE_COLUMNS: dict[str, str] = {
    "incident_id": "str", "article_id": "str", "title": "str", "url": "str", "date": "date",
    "excerpt": "str", "highlight_start": "int", "highlight_end": "int", "start": "int", "end": "int",
    "mention": "str", "precision": "int", "lang": "str",
}
#: Column -> type of the ``mentions`` table: every resolved mention, with the incident it supports.
MENTION_COLUMNS: dict[str, str] = {
    "article_id": "str", "incident_id": "str", "text": "str", "start": "int", "end": "int", "kind": "str",
    "role": "str", "role_reason": "str", "precision": "int", "excerpt": "str", "excerpt_start": "int",
    "country_code": "str", "score": "float", "place_name": "str", "place_country_code": "str",
    "admin1": "str", "place_source": "str", "runner_up": "str",
}


def _cell(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False)
    if kind == "date":
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    return value


def _typed(rows: list[dict[str, Any]], columns: dict[str, str]) -> pd.DataFrame:
    data = {name: pd.array([_cell(row.get(name), kind) for row in rows], dtype=_TYPES[kind])
            for name, kind in columns.items()}
    return pd.DataFrame(data, index=pd.RangeIndex(len(rows)))


def incidents_frame(result: IncidentSet):
    """The ``incidents`` table as a GeoDataFrame of points (EPSG:4326)."""
    import geopandas as gpd

    rows = [incident_properties(incident) for incident in result.incidents]
    frame = _typed(rows, INCIDENT_COLUMNS)
    points = gpd.points_from_xy([i.place.lon for i in result.incidents], [i.place.lat for i in result.incidents])
    return gpd.GeoDataFrame(frame, geometry=points, crs="EPSG:4326")


def sources_frame(result: IncidentSet) -> pd.DataFrame:
    """The ``sources`` table (no geometry)."""
    rows = []
    for incident in result.incidents:
        for source in incident_properties(incident)["sources"]:
            rows.append({"incident_id": incident.incident_id, **source})
    return _typed(rows, SOURCE_COLUMNS)


def mentions_frame(result: IncidentSet):
    """The ``mentions`` table as a GeoDataFrame of points, each with the incident it supports (or null)."""
    import geopandas as gpd

    supports = {(s.article_id, s.start): incident.incident_id
                for incident in result.incidents for s in incident.sources}
    rows, lons, lats = [], [], []
    for row in result.mentions:
        props = mention_properties(row)
        lons.append(props.pop("lon"))
        lats.append(props.pop("lat"))
        props["incident_id"] = supports.get((row.article_id, row.mention.start))
        rows.append(props)
    frame = _typed(rows, MENTION_COLUMNS)
    return gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(lons, lats), crs="EPSG:4326")
