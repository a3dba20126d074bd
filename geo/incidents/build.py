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

Stages 1-4 depend on one article only and end in an
:class:`~geo.incidents.per_article.ArticleEvents` record (serialisable, so
they can run in other processes: :mod:`geo.runners`); stage 5 and the border
join (:func:`merge_article_events`) need every article. :func:`build_incidents`
runs both in one process.
"""

from __future__ import annotations

from collections.abc import Iterable

from geo._gc import paused_gc
from geo.border.join import join_border
from geo.border.layer import BorderLayers
from geo.gazetteer.model import Place
from geo.gazetteer.ranking import haversine_km
from geo.geoparse.model import ParsedArticle
from geo.incidents.merge import merge_events
from geo.incidents.model import Incident, IncidentSet, MentionEvent, MentionRow
from geo.incidents.per_article import ArticleEvents, extract_article_events

# IncidentSet and MentionRow live in geo.incidents.model; re-exported here for existing callers.
__all__ = ["IncidentSet", "MentionRow", "build_incidents", "join_places", "merge_article_events"]

#: A district-level mention merges with incidents this close to its point.
DISTRICT_RADIUS_KM = 30.0


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
    """Extract, merge and border-join the incidents of many parsed articles (one process)."""
    return merge_article_events((extract_article_events(item) for item in parsed), layers=layers,
                                zone_width_km=zone_width_km, merge_km=merge_km)


def merge_article_events(
    items: Iterable[ArticleEvents],
    *,
    layers: BorderLayers | None = None,
    zone_width_km: float = 20.0,
    merge_km: float = 10.0,
) -> IncidentSet:
    """Merge the events of many articles into border-joined incidents.

    Parameters
    ----------
    items : iterable of ArticleEvents
        One record per article, in input order (the order breaks exact ties,
        so give it the articles' reading order to get the same ids and order
        as a serial run).
    layers : BorderLayers, optional
        Border layers for the join; default :func:`geo.border.layer.load_border_layers`.
    zone_width_km, merge_km : float
        Border zone width; distance under which two places are one.

    Returns
    -------
    IncidentSet
    """
    events: list[MentionEvent] = []
    mentions: list[MentionRow] = []
    articles = 0
    for item in items:
        articles += 1
        events.extend(item.events)
        mentions.extend(item.mentions)
    with paused_gc():  # every record of the run is alive: collections would walk them all, finding nothing
        incidents = _merge(events, layers=layers, zone_width_km=zone_width_km, merge_km=merge_km)
    return IncidentSet(incidents=incidents, mentions=mentions, articles=articles)


def _merge(events: list[MentionEvent], *, layers: BorderLayers | None, zone_width_km: float,
           merge_km: float) -> list[Incident]:
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
    return incidents


def _float(value: object) -> float | None:
    if value is None:
        return None
    number = float(value)  # type: ignore[arg-type]
    return None if number != number else round(number, 3)
