"""Incident records: what the exports and the map are made of."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from geo.gazetteer.model import Place
from geo.incidents.figures import Figure

__all__ = ["IncidentSource", "MentionEvent", "Incident"]


@dataclass(frozen=True, slots=True)
class IncidentSource:
    """One supporting mention: which article said it, and the excerpt."""

    article_id: str
    title: str | None
    url: str | None
    date: dt.date | None
    excerpt: str
    highlight_start: int
    highlight_end: int
    start: int
    end: int
    mention_text: str
    place_name: str
    precision: int


@dataclass(slots=True)
class MentionEvent:
    """An incident mention with what the article says about it."""

    place: Place
    precision: int
    window: tuple[dt.date, dt.date] | None
    time_precision: int
    event_types: list[str]
    figures: list[Figure]
    actors: list[str]
    source: IncidentSource


@dataclass(slots=True)
class Incident:
    """One event at one place in one date window, from one or more sources."""

    incident_id: str
    place: Place
    geo_precision: int
    date_start: dt.date | None
    date_end: dt.date | None
    time_precision: int
    event_type: str
    event_types: list[str]
    fatalities: int | None
    fatalities_by_side: dict[str, int]
    injured: int | None
    displaced: int | None
    actors: list[str]
    figure_rule: str | None
    sources: list[IncidentSource] = field(default_factory=list)
    members: list[MentionEvent] = field(default_factory=list)
    # filled by the border join
    country_code: str | None = None
    admin1: str | None = None
    enclave: str | None = None
    distance_to_border_km: float | None = None
    border_lon: float | None = None
    border_lat: float | None = None
    in_border_zone: bool | None = None

    @property
    def event_date(self) -> dt.date | None:
        """The earliest date the sources support."""
        return self.date_start
