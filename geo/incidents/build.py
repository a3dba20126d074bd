"""Parsed articles -> incidents joined to the border layer.

The stages, each its own module and unit-tested on its own:

1. :mod:`~geo.incidents.structure` -- headline, dateline, publication date
   (computed by the geoparser, which needs the dateline for roles);
2. :mod:`~geo.incidents.scope` -- every clause news or background;
3. :mod:`~geo.incidents.events` -- triggers and the places attached to them;
4. :mod:`~geo.incidents.quantities` -- figures and the rules that combine them;
5. :mod:`~geo.incidents.merge` -- events across articles into incidents.

The border join then gives each incident its country, admin-1 and distance
to the line; a curated place keeps the country its row records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from geo.border.join import join_border
from geo.border.layer import BorderLayers
from geo.gazetteer.model import Place
from geo.gazetteer.ranking import haversine_km
from geo.geoparse.model import Mention, ParsedArticle
from geo.incidents.events import article_events
from geo.incidents.merge import merge_events
from geo.incidents.model import Incident, MentionEvent

__all__ = ["IncidentSet", "MentionRow", "build_incidents", "join_places"]

#: A district-level mention merges with incidents this close to its point.
DISTRICT_RADIUS_KM = 30.0


@dataclass(frozen=True, slots=True)
class MentionRow:
    """A resolved mention of any role, for the ``mentions`` export layer."""

    article_id: str
    mention: Mention


@dataclass
class IncidentSet:
    """Everything one run produced."""

    incidents: list[Incident]
    mentions: list[MentionRow] = field(default_factory=list)
    articles: int = 0


def join_places(places: Iterable[Place], *, layers: BorderLayers | None,
                zone_width_km: float) -> dict[int, dict]:
    """Border join of distinct places, keyed by place id (one vectorised call).

    A curated place (``source`` ``curated:…``) keeps the country and admin-1
    its row records, whichever side of the line its point falls.
    """
    unique = {p.id: p for p in places}
    if not unique:
        return {}
    ids = list(unique)
    frame = join_border(
        [unique[i].lon for i in ids], [unique[i].lat for i in ids],
        layers=layers, zone_width_km=zone_width_km,
    )
    joined = {place_id: row for place_id, row in zip(ids, frame.to_dict("records"))}
    for place_id, row in joined.items():
        place = unique[place_id]
        if place.source.startswith("curated:") and place.country_code:
            # A curated place's recorded country wins over an approximate point's side of the line.
            if row.get("country_code") != place.country_code:
                row["country_code"] = place.country_code
                row["admin1"] = place.admin1 or row.get("admin1")
                row["enclave"] = None
    return joined


def build_incidents(
    parsed: Iterable[ParsedArticle],
    *,
    layers: BorderLayers | None = None,
    zone_width_km: float = 20.0,
    merge_km: float = 10.0,
) -> IncidentSet:
    """Extract, merge and border-join the incidents of many parsed articles."""
    events: list[MentionEvent] = []
    mentions: list[MentionRow] = []
    articles = 0
    for item in parsed:
        articles += 1
        events.extend(article_events(item))
        mentions.extend(MentionRow(item.article.id, m) for m in item.mentions if m.place is not None)
    joined = join_places([e.place for e in events], layers=layers, zone_width_km=zone_width_km)

    def contains(coarse: Place, precise: Place) -> bool:
        info = joined.get(precise.id, {})
        if coarse.kind == "border":
            distance = info.get("distance_to_border_km")
            return distance is not None and distance <= zone_width_km
        if coarse.feature_code == "ADM1":
            return coarse.name in (info.get("admin1"), precise.admin1)
        if coarse.feature_code == "ADM2":
            return haversine_km(coarse.lat, coarse.lon, precise.lat, precise.lon) <= DISTRICT_RADIUS_KM
        return coarse.country_code == precise.country_code

    incidents = merge_events(events, contains=contains, merge_km=merge_km)
    for incident in incidents:
        info = joined.get(incident.place.id, {})
        incident.country_code = info.get("country_code")
        incident.admin1 = info.get("admin1")
        incident.enclave = info.get("enclave")
        incident.distance_to_border_km = _float(info.get("distance_to_border_km"))
        incident.border_lon = _float(info.get("border_lon"))
        incident.border_lat = _float(info.get("border_lat"))
        in_zone = info.get("in_border_zone")
        incident.in_border_zone = None if in_zone is None else bool(in_zone)
    return IncidentSet(incidents=incidents, mentions=mentions, articles=articles)


def _float(value: object) -> float | None:
    if value is None:
        return None
    number = float(value)  # type: ignore[arg-type]
    return None if number != number else round(number, 3)
