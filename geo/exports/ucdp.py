"""Incidents as UCDP GED-style rows (``incidents_ucdp.csv``, ``geo run --format ucdp``).

UCDP's Georeferenced Event Dataset codes organised violence; this export
gives every incident one row with GED's fields where they apply and says
how each is mapped (docs/SCHEMA.md):

* ``where_prec`` (GED 1-7): 1 the named place; 2 near it (ACLED precision
  2 at a settlement); 3 a district; 4 an admin-1 unit; 5 the border area
  (a linear feature); 6 the country.
* ``date_prec`` (GED 1-5): 1 one day; 2 two to six days; 3 a week; 4 a
  month; 5 longer, or only the publication date is known.
* ``side_a`` / ``side_b``: the two governments for the interstate types
  (clashes, shelling, strikes, casualties, ceasefires); empty otherwise.
* ``deaths_a`` / ``deaths_b``: the Kyrgyz / Tajik figures where a source
  names the side; ``deaths_civilians`` is not separated (0);
  ``deaths_unknown`` the rest of ``best``.
* ``low`` / ``high``: the lowest and highest total any source gave (side
  figures and vague words excluded), else ``best``.
* ``best`` the incident's fatalities (the lowest precise figure, 0 when
  none is reported); ``low`` the lowest and ``high`` the highest figure any
  source gave (claims about the other side excluded).
"""

from __future__ import annotations

from typing import Any

from geo.exports.conventions import country, stand_in_note
from geo.incidents.model import Incident
from geo.incidents.taxonomy import VIOLENT_TYPES

__all__ = ["UCDP_COLUMNS", "ucdp_rows"]

#: UCDP GED's fields that apply, then the tool's own (``incident_id``, ``event_type``).
UCDP_COLUMNS: tuple[str, ...] = (
    "where_prec", "date_prec", "date_start", "date_end", "side_a", "side_b", "deaths_a", "deaths_b",
    "deaths_civilians", "deaths_unknown", "best", "low", "high", "latitude", "longitude", "country",
    "adm_1", "adm_2", "where_description", "source_article", "incident_id", "event_type",
)
_INTERSTATE = VIOLENT_TYPES - {"border_incident_protest", "evacuation_displacement"} | {"ceasefire_agreement"}


def _where_prec(incident: Incident) -> int:
    place = incident.place
    if place.kind == "border" or place.feature_code == "BORDER":
        return 5
    if place.kind == "country" or place.feature_code.startswith("PCL"):
        return 6
    if place.is_region:
        return 4
    if place.is_district:
        return 3
    if place.stand_in_unit is not None:  # a village mapped at its unit's point: the unit's own precision
        return 4 if incident.geo_precision >= 3 else 3 if place.stand_in_at_a_district else 2
    return 1 if incident.geo_precision == 1 else 2 if incident.geo_precision == 2 else 4


def _date_prec(incident: Incident) -> int:
    if incident.date_start is None or incident.date_end is None:
        return 5
    days = (incident.date_end - incident.date_start).days + 1
    if days == 1:
        return 1
    if days <= 6:
        return 2
    if days <= 7:
        return 3
    return 4 if days <= 31 else 5


def ucdp_rows(incidents: list[Incident]) -> list[dict[str, Any]]:
    """One dict per incident with :data:`UCDP_COLUMNS` as keys."""
    rows = []
    for incident in incidents:
        place_country = country(incident.country_code or incident.place.country_code)
        interstate = incident.event_type in _INTERSTATE
        best = incident.fatalities or 0
        deaths_a = incident.fatalities_by_side.get("KG", 0)
        deaths_b = incident.fatalities_by_side.get("TJ", 0)
        reported = [f.value for f in incident.figures  # totals only: a side's figure is part of one
                    if f.measure == "fatalities" and f.side is None and not f.vague]
        sources = sorted({(s.title or s.article_id) + (f" <{s.url}>" if s.url else "") for s in incident.sources})
        rows.append({
            "where_prec": _where_prec(incident),
            "date_prec": _date_prec(incident),
            "date_start": incident.date_start.isoformat() if incident.date_start else "",
            "date_end": incident.date_end.isoformat() if incident.date_end else "",
            "side_a": "Government of Kyrgyzstan" if interstate else "",
            "side_b": "Government of Tajikistan" if interstate else "",
            "deaths_a": deaths_a,
            "deaths_b": deaths_b,
            "deaths_civilians": 0,
            "deaths_unknown": max(0, best - deaths_a - deaths_b),
            "best": best,
            "low": min(reported) if reported else best,
            "high": max(reported) if reported else best,
            "latitude": round(incident.place.lat, 4),
            "longitude": round(incident.place.lon, 4),
            "country": place_country.name if place_country else "",
            "adm_1": incident.admin1 or "",
            "adm_2": incident.place.admin2 if incident.place.admin2 != incident.place.name else "",
            "where_description": " ".join(filter(None, (incident.place.name, stand_in_note(incident.place)))),
            "source_article": "; ".join(sources),
            "incident_id": incident.incident_id,
            "event_type": incident.event_type,
        })
    return rows
