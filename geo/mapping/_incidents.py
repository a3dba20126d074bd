"""Pure transform: an incidents FeatureCollection into the compact page payload.

The payload is what ``geomap.js`` reads: one light record per incident
``[lat, lon, type_index, day, fatalities, place_name]`` (parsed when the page
opens) and, separately, the popup details of each incident (parsed on the first
popup), whose sources point into a table of articles (title, url, date) so that
an article cited by many incidents is stored once.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Mapping
from typing import Any

from geo.exceptions import MapInputError
from geo.incidents import taxonomy

__all__ = ["EVENT_TYPES", "OTHER_TYPE", "TIME_PRECISION", "encode_incidents"]

#: Legend label and colour of each event type, from the one taxonomy (geo/incidents/taxonomy.py).
EVENT_TYPES: dict[str, tuple[str, str]] = {
    key: (taxonomy.EVENT_TYPE_LABELS[key], taxonomy.EVENT_TYPE_COLOURS[key]) for key in taxonomy.LEGEND_ORDER}
OTHER_TYPE = (taxonomy.OTHER_TYPE_LABEL, taxonomy.OTHER_TYPE_COLOUR)

#: ACLED time precision codes as shown in popups.
TIME_PRECISION = {"1": "exact day", "2": "within a week", "3": "within a month"}

_COORD_DECIMALS = 5


def _int_or_none(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return int(value)
    return None


def _float_or_none(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return round(float(value), 2)
    return None


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _day(value: Any) -> int | None:
    """Days since 1970-01-01 of an ISO date, or ``None`` when absent or unparsable."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return (_dt.date.fromisoformat(value[:10]) - _dt.date(1970, 1, 1)).days
    except ValueError:
        return None


def _point(feature: Mapping[str, Any], where: str) -> tuple[float, float]:
    geometry = feature.get("geometry")
    if not isinstance(geometry, Mapping) or geometry.get("type") != "Point":
        raise MapInputError(f"{where}: geometry must be a GeoJSON Point, got {geometry!r:.80}")
    coords = geometry.get("coordinates")
    try:
        lon, lat = float(coords[0]), float(coords[1])
    except (TypeError, ValueError, IndexError, KeyError):
        raise MapInputError(f"{where}: Point coordinates must be [lon, lat], got {coords!r:.80}") from None
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        raise MapInputError(f"{where}: coordinates [{lon}, {lat}] are not a WGS84 lon/lat pair")
    return round(lat, _COORD_DECIMALS), round(lon, _COORD_DECIMALS)


def encode_incidents(incidents: Mapping[str, Any], *, source: str = "incidents") -> dict[str, Any]:
    """Validate ``incidents`` and return the payload the page's incident layer reads.

    The ``"details"`` member is meant for its own JSON block (see the module doc).

    Parameters
    ----------
    incidents : mapping
        A GeoJSON FeatureCollection of Point features (docs/SCHEMA.md).
    source : str
        Name of the input, used in error messages (e.g. the file path).

    Raises
    ------
    MapInputError
        When ``incidents`` is not a FeatureCollection of Points.
    """
    if not isinstance(incidents, Mapping) or incidents.get("type") != "FeatureCollection":
        raise MapInputError(f"{source}: expected a GeoJSON FeatureCollection of incidents")
    features = incidents.get("features")
    if not isinstance(features, list):
        raise MapInputError(f"{source}: 'features' must be a list")
    type_keys = list(EVENT_TYPES)
    type_index = {key: i for i, key in enumerate(type_keys)}
    articles: list[list[Any]] = []
    article_index: dict[tuple[Any, ...], int] = {}
    records: list[list[Any]] = []
    all_details: list[dict[str, Any]] = []
    days: list[int] = []
    undated = 0
    for number, feature in enumerate(features):
        where = f"{source}: feature {number}"
        if not isinstance(feature, Mapping):
            raise MapInputError(f"{where}: not a GeoJSON Feature object")
        lat, lon = _point(feature, where)
        props = feature.get("properties") or {}
        if not isinstance(props, Mapping):
            raise MapInputError(f"{where}: 'properties' must be an object")
        etype = props.get("event_type")
        t = type_index.get(etype, len(type_keys)) if isinstance(etype, str) else len(type_keys)
        day = _day(props.get("event_date"))
        if day is None:
            undated += 1
        else:
            days.append(day)
        sources = []
        for src in props.get("sources") or []:
            if not isinstance(src, Mapping):
                continue
            key = (_str_or_none(src.get("title")), _str_or_none(src.get("url")), _str_or_none(src.get("date")),
                   _str_or_none(src.get("lang")))
            if key not in article_index:
                article_index[key] = len(articles)
                articles.append(list(key))
            sources.append(
                [
                    article_index[key],
                    _str_or_none(src.get("excerpt")) or "",
                    _int_or_none(src.get("highlight_start")),
                    _int_or_none(src.get("highlight_end")),
                ]
            )
        event_date = _str_or_none(props.get("event_date"))
        date_start = _str_or_none(props.get("date_start"))
        date_end = _str_or_none(props.get("date_end"))
        if date_start == date_end == event_date:
            date_start = date_end = None  # a one-day window says nothing more
        details = {
            "d": event_date,
            "ds": date_start,
            "de": date_end,
            "tp": _int_or_none(props.get("time_precision")),
            "inj": _int_or_none(props.get("injured")),
            "dis": _int_or_none(props.get("displaced")),
            "cc": _str_or_none(props.get("country_code")),
            "a1": _str_or_none(props.get("admin1")),
            "en": _str_or_none(props.get("enclave")),
            "km": _float_or_none(props.get("distance_to_border_km")),
            "ru": _str_or_none(props.get("place_name_ru")),
            "id": _str_or_none(props.get("incident_id")),
            "gp": _int_or_none(props.get("geo_precision")),
            "a2": _str_or_none(props.get("admin2")),
            "at": " / ".join(str(v) for v in (props.get("acled_event_type"), props.get("sub_event_type"))
                             if isinstance(v, str) and v) or None,
            "fr": _str_or_none(props.get("figure_rule")),
            "ac": ", ".join(a for a in props.get("actors") or [] if isinstance(a, str)) or None,
            "sd": ", ".join(f"{k} {v:,}" for k, v in sorted((props.get("fatalities_by_side") or {}).items())
                            if isinstance(k, str) and isinstance(v, int)) or None,
        }
        # absent keys read as undefined in the page: leave nulls out to keep it small
        details = {key: value for key, value in details.items() if value is not None}
        details["src"] = sources
        place = _str_or_none(props.get("place_name")) or "(unnamed place)"
        end_day = _day(props.get("date_end"))
        # the last day of the window, where it differs: the date filter keeps windows that overlap it
        records.append([lat, lon, t, day, _int_or_none(props.get("fatalities")), place,
                        end_day if end_day is not None and end_day != day else None])
        all_details.append(details)
    types = [{"key": k, "label": label, "color": color} for k, (label, color) in EVENT_TYPES.items()]
    types.append({"key": "other", "label": OTHER_TYPE[0], "color": OTHER_TYPE[1]})
    attribution = incidents.get("attribution")
    return {
        "records": records,
        "details": {"incidents": all_details, "articles": articles},
        "types": types,
        "precisions": TIME_PRECISION,
        "range": {
            "min": min(days) if days else None,
            "max": max(days) if days else None,
            "undated": undated,
        },
        "attribution": [attribution] if isinstance(attribution, str) and attribution else [],
    }
