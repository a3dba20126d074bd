"""Incidents and mentions as plain records: GeoJSON features and flat table rows."""

from __future__ import annotations

from typing import Any

from geo import __version__
from geo.exports.attribution import ATTRIBUTION
from geo.exports.conventions import stand_in_note
from geo.incidents.model import IncidentSet, MentionRow
from geo.geoparse.serialize import mention_record
from geo.incidents.model import Incident, IncidentSource

__all__ = ["incident_properties", "incidents_feature_collection", "mention_properties"]


def _source_record(source: IncidentSource) -> dict[str, Any]:
    return {
        "article_id": source.article_id,
        "title": source.title,
        "url": source.url,
        "date": source.date.isoformat() if source.date else None,
        "excerpt": source.excerpt,
        "highlight_start": source.highlight_start,
        "highlight_end": source.highlight_end,
        "start": source.start,
        "end": source.end,
        "mention": source.mention_text,
        "precision": source.precision,
        "lang": source.lang,
    }


def _notes(incident: Incident) -> str:
    articles = sorted({s.article_id for s in incident.sources})
    where = incident.place.name + (f" ({incident.admin1})" if incident.admin1 else "")
    return (
        f"{incident.event_type.replace('_', ' ')} at {where}; "
        f"{len(incident.sources)} mention(s) in {len(articles)} article(s)"
        + (f"; {incident.figure_rule}" if incident.figure_rule else "")
        + (f"; {note}" if (note := stand_in_note(incident.place)) else "")
    )


def incident_properties(incident: Incident) -> dict[str, Any]:
    """The documented properties of one incident (docs/SCHEMA.md)."""
    return {
        "incident_id": incident.incident_id,
        "place_name": incident.place.name,
        "place_name_ru": incident.place.name_ru,
        "place_source": incident.place.source,
        "event_date": incident.event_date.isoformat() if incident.event_date else None,
        "date_start": incident.date_start.isoformat() if incident.date_start else None,
        "date_end": incident.date_end.isoformat() if incident.date_end else None,
        "time_precision": incident.time_precision,
        "event_type": incident.event_type,
        "event_types": list(incident.event_types),
        "disorder_type": incident.disorder_type,
        "acled_event_type": incident.acled_event_type,
        "sub_event_type": incident.sub_event_type,
        "lang": ",".join(incident.langs),
        "fatalities": incident.fatalities,
        "fatalities_by_side": dict(incident.fatalities_by_side),
        "injured": incident.injured,
        "displaced": incident.displaced,
        "actors": list(incident.actors),
        "geo_precision": incident.geo_precision,
        "country_code": incident.country_code,
        "admin1": incident.admin1,
        "admin2": incident.place.admin2 if incident.place.admin2 != incident.place.name else None,
        "enclave": incident.enclave,
        "distance_to_border_km": incident.distance_to_border_km,
        "border_lon": incident.border_lon,
        "border_lat": incident.border_lat,
        "in_border_zone": incident.in_border_zone,
        "figure_rule": incident.figure_rule,
        "figures": [{"measure": f.measure, "value": f.value, "vague": f.vague, "side": f.side,
                     "claimant": f.claimant, "revision": f.revision, "superseded": f.superseded,
                     "additive": f.additive, "of_wounded": f.of_wounded, "text": f.text,
                     "article_id": f.article_id} for f in incident.figures],
        "sources": [_source_record(s) for s in incident.sources],
        "notes": _notes(incident),
    }


def incidents_feature_collection(result: IncidentSet) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection (WGS84 lon/lat, no ``crs`` member)."""
    features = []
    for incident in result.incidents:
        features.append({
            "type": "Feature",
            "id": incident.incident_id,
            "geometry": {
                "type": "Point",
                "coordinates": [round(incident.place.lon, 6), round(incident.place.lat, 6)],
            },
            "properties": incident_properties(incident),
        })
    return {
        "type": "FeatureCollection",
        "generator": f"geo {__version__}",
        "attribution": ATTRIBUTION,
        "features": features,
    }


def mention_properties(row: MentionRow) -> dict[str, Any]:
    """Flat properties of one resolved mention (the GeoPackage ``mentions`` layer)."""
    record = mention_record(row.mention)
    place = record.pop("place")
    runner_up = record.pop("runner_up")
    return {"article_id": row.article_id} | record | {
        "place_name": place["name"],
        "place_country_code": place["country_code"],
        "admin1": place["admin1"],
        "place_source": place["source"],
        "runner_up": runner_up["name"] if runner_up else None,
        "lon": place["lon"],
        "lat": place["lat"],
    }
