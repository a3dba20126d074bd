"""Incidents as ACLED rows: ACLED's public columns in ACLED's order, then the tool's own.

Value conventions (ACLED Codebook): country names, ISO numeric codes, the
region "Caucasus and Central Asia", ids like ``KGZ48213907``, ``fatalities``
0 when none is reported, ``source`` the outlets separated by ``; ``,
``notes`` one or two plain sentences. What the tool cannot know is left
empty rather than guessed: ``assoc_actor_*``, ``admin3``. How each column is
filled is in docs/SCHEMA.md (``incidents.csv``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit

from geo.exports.conventions import FORCES, GOVERNMENTS, INTER, country, source_scale, stand_in_note
from geo.incidents.model import Incident

__all__ = ["ACLED_COLUMNS", "TOOL_COLUMNS", "CSV_COLUMNS", "acled_rows", "outlets"]

#: ACLED's public columns, in ACLED's order.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
#: The tool's own columns, after ACLED's.
TOOL_COLUMNS: tuple[str, ...] = (
    "incident_id", "date_end", "injured", "displaced", "fatalities_kg", "fatalities_tj",
    "figure_rule", "urls", "lang",
)
#: Every column of ``incidents.csv``, in order.
CSV_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + TOOL_COLUMNS

_WHAT = {
    "armed_clash": "Kyrgyz and Tajik forces clashed",
    "shelling_artillery": "shelling hit",
    "air_drone_strike": "a drone or air strike hit",
    "border_incident_protest": "residents protested",
    "evacuation_displacement": "residents were evacuated from",
    "casualty_report": "casualties were reported",
    "ceasefire_agreement": "Kyrgyz and Tajik officials agreed a ceasefire",
}
_SUB_WHAT = {
    "Arrests": "border guards detained people",
    "Violent demonstration": "residents clashed",
    "Remote explosive/landmine/IED": "an explosive device went off",
}
_AT = {"armed_clash": "near", "shelling_artillery": "", "air_drone_strike": "",
       "evacuation_displacement": "", "ceasefire_agreement": "for"}


def outlets(incident: Incident) -> list[str]:
    """The outlets of an incident's sources: the article's source, else its URL's host, else its title, else its id."""
    names = []
    for source in incident.sources:
        name = (source.source or "").strip()
        if not name and source.url:
            name = urlsplit(source.url).hostname or ""
        if not name and source.title:
            name = source.title.strip()[:80]
        names.append(name or source.article_id)
    return sorted(set(names), key=str.lower)


def _other(code: str | None) -> str | None:
    return {"KG": "TJ", "TJ": "KG"}.get(code or "")


def _actors(incident: Incident) -> tuple[str, int | None, str, int | None, str]:
    """(actor1, inter1, actor2, inter2, civilian_targeting) by ACLED's conventions.

    Battles are coded Kyrgyz forces against Tajik forces (the initiator is not
    inferred); remote violence against a place in one country is coded to the
    other country's forces, its target the place's civilians when the sources
    name civilians; protests and riots to the place's country; agreements
    between the two governments. Anything else is left empty.
    """
    here = incident.country_code or incident.place.country_code
    there = _other(here)
    place_country = country(here)
    people = place_country.name if place_country else ""
    acled_type, sub = incident.acled_event_type, incident.sub_event_type
    civilians = "civilians" in incident.actors
    if acled_type == "Battles":
        return FORCES["KG"], INTER["state"], FORCES["TJ"], INTER["state"], ""
    if acled_type == "Explosions/Remote violence" and there:
        if civilians:
            return FORCES[there], INTER["state"], f"Civilians ({people})", INTER["civilians"], "Civilian targeting"
        return FORCES[there], INTER["state"], "", None, ""
    if acled_type == "Protests" and people:
        return f"Protesters ({people})", INTER["protesters"], "", None, ""
    if acled_type == "Riots" and people:
        return f"Rioters ({people})", INTER["rioters"], "", None, ""
    if sub == "Agreement":
        return GOVERNMENTS["KG"], INTER["state"], GOVERNMENTS["TJ"], INTER["state"], ""
    if sub == "Arrests" and there:
        return FORCES[there], INTER["state"], f"Civilians ({people})" if people else "", \
            INTER["civilians"] if people else None, ""
    return "", None, "", None, ""


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: the lower inter code first; ``10 * inter1`` alone."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _notes(incident: Incident, admin2: str | None) -> str:
    """One or two plain sentences in ACLED's style."""
    when = incident.date_start
    day = f"On {when.day} {when:%B %Y}" if when else "On an unknown date"
    if incident.date_end and when and incident.date_end != when:
        end = incident.date_end
        day = f"Between {when.day} {when:%B} and {end.day} {end:%B %Y}"
    what = _SUB_WHAT.get(incident.sub_event_type) or _WHAT.get(incident.event_type, "an incident occurred")
    where_parts = [p for p in (admin2, incident.admin1) if p and p != incident.place.name]
    name = "the Kyrgyz-Tajik border area" if incident.place.kind == "border" else incident.place.name
    where = name + (f" ({', '.join(where_parts)})" if where_parts else "")
    joiner = _AT.get(incident.event_type, "in")
    sentence = f"{day}, {what} {joiner + ' ' if joiner else ''}{where}."
    if incident.fatalities:
        sentence += f" {incident.fatalities} fatalit{'y' if incident.fatalities == 1 else 'ies'}."
    if note := stand_in_note(incident.place):
        sentence += f" {note}"
    return sentence.replace("  ", " ")


def _timestamp(incident: Incident) -> int | None:
    """Unix time of the latest source date (ACLED's timestamp is its last update; ours the news)."""
    dates = [s.date for s in incident.sources if s.date]
    if not dates:
        return None
    latest = max(dates)
    return int(dt.datetime(latest.year, latest.month, latest.day, tzinfo=dt.timezone.utc).timestamp())


def _event_id(incident: Incident, iso3: str, taken: set[str]) -> str:
    """``KGZ`` + a number from the incident id (stable across runs), made unique within the export."""
    number = int(incident.incident_id.removeprefix("inc-"), 16) % 1_000_000_000
    while f"{iso3}{number}" in taken:
        number += 1
    taken.add(f"{iso3}{number}")
    return f"{iso3}{number}"


def acled_rows(incidents: list[Incident]) -> list[dict[str, Any]]:
    """One dict per incident with :data:`CSV_COLUMNS` as keys, in ACLED's conventions."""
    rows = []
    taken: set[str] = set()
    for incident in incidents:
        place_country = country(incident.country_code or incident.place.country_code)
        admin2 = incident.place.admin2 if incident.place.admin2 != incident.place.name else None
        actor1, inter1, actor2, inter2, civilian_targeting = _actors(incident)
        names = outlets(incident)
        urls = sorted({s.url for s in incident.sources if s.url})
        protest = incident.acled_event_type in ("Protests", "Riots")
        rows.append({
            "event_id_cnty": _event_id(incident, place_country.iso3 if place_country else "XXX", taken),
            "event_date": incident.date_start.isoformat() if incident.date_start else "",
            "year": incident.date_start.year if incident.date_start else None,
            "time_precision": incident.time_precision,
            "disorder_type": incident.disorder_type,
            "event_type": incident.acled_event_type,
            "sub_event_type": incident.sub_event_type,
            "actor1": actor1, "assoc_actor_1": "", "inter1": inter1,
            "actor2": actor2, "assoc_actor_2": "", "inter2": inter2,
            "interaction": _interaction(inter1, inter2),
            "civilian_targeting": civilian_targeting,
            "iso": place_country.iso_numeric if place_country else None,
            "region": place_country.acled_region if place_country else "",
            "country": place_country.name if place_country else "",
            "admin1": incident.admin1 or "",
            "admin2": admin2 or "",
            "admin3": "",
            "location": incident.place.name,
            "latitude": round(incident.place.lat, 4),
            "longitude": round(incident.place.lon, 4),
            "geo_precision": incident.geo_precision,
            "source": "; ".join(names),
            "source_scale": source_scale(names),
            "notes": _notes(incident, admin2),
            "fatalities": incident.fatalities or 0,
            "tags": "crowd size=no report" if protest else "",
            "timestamp": _timestamp(incident),
            "incident_id": incident.incident_id,
            "date_end": incident.date_end.isoformat() if incident.date_end else "",
            "injured": incident.injured,
            "displaced": incident.displaced,
            "fatalities_kg": incident.fatalities_by_side.get("KG"),
            "fatalities_tj": incident.fatalities_by_side.get("TJ"),
            "figure_rule": incident.figure_rule or "",
            "urls": "; ".join(urls),
            "lang": ",".join(incident.langs),
        })
    return rows
