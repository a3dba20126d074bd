"""JSON forms of the records that cross a process boundary (docs/SCHEMA.md, "Per-article events").

Each ``*_to_dict`` returns plain JSON types (str, int, float, bool, None,
lists and dicts); each ``*_from_dict`` rebuilds a record equal to the one
encoded. Dates are ISO 8601 strings; floats are kept exactly (JSON numbers
written by :mod:`json` read back to the same float). Pure functions, no I/O.

Examples
--------
>>> from geo.gazetteer.model import Place
>>> place = Place(id=1, name="Vorukh", lat=39.85125, lon=70.58012, country_code="TJ",
...               admin1="Sughd Region", feature_class="P", feature_code="PPL", population=0,
...               source="curated:vorukh", kind="curated")
>>> place_from_dict(place_to_dict(place)) == place
True
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from geo.gazetteer.model import Place
from geo.geoparse.model import Mention, ResolvedPlace
from geo.incidents.model import Figure, IncidentSource, MentionEvent

__all__ = [
    "figure_from_dict", "figure_to_dict", "mention_from_dict", "mention_to_dict",
    "mention_event_from_dict", "mention_event_to_dict", "place_from_dict", "place_to_dict",
    "source_from_dict", "source_to_dict",
]

_PLACE_FIELDS = ("id", "name", "lat", "lon", "country_code", "admin1", "feature_class", "feature_code",
                 "population", "source", "kind", "name_ru", "admin2")
_FIGURE_FIELDS = ("measure", "value", "vague", "side", "text", "claimant", "revision", "additive",
                  "superseded", "article_id", "order", "of_wounded", "both_sides", "home", "described",
                  "together", "words_after", "own_count")
_SOURCE_FIELDS = ("article_id", "title", "url", "excerpt", "highlight_start", "highlight_end", "start",
                  "end", "mention_text", "place_name", "precision", "source", "lang")
_MENTION_FIELDS = ("text", "start", "end", "kind", "role", "role_reason", "precision", "excerpt",
                   "excerpt_start", "country_code", "sentence_index", "cue", "expect_region")


def _date_out(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date_in(value: str | None) -> dt.date | None:
    if value is None:
        return None
    return dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)


def place_to_dict(place: Place) -> dict[str, Any]:
    """Every field of a :class:`~geo.gazetteer.model.Place`."""
    return {name: getattr(place, name) for name in _PLACE_FIELDS}


def place_from_dict(record: dict[str, Any]) -> Place:
    """The :class:`~geo.gazetteer.model.Place` of :func:`place_to_dict`."""
    return Place(**{name: record[name] for name in _PLACE_FIELDS})


def figure_to_dict(figure: Figure) -> dict[str, Any]:
    """Every field of a :class:`~geo.incidents.model.Figure`."""
    return {name: getattr(figure, name) for name in _FIGURE_FIELDS}


def figure_from_dict(record: dict[str, Any]) -> Figure:
    """The :class:`~geo.incidents.model.Figure` of :func:`figure_to_dict`."""
    # records written before ``of_wounded``, ``both_sides``, ``home``, ``described``, ``together``,
    # ``words_after`` or ``own_count`` existed lack them
    fields = {name: record[name] for name in _FIGURE_FIELDS if name in record}
    if "described" not in record:
        # ... and were fused by the test that preceded the flag: a figure of one whose text opens "a ",
        # "an" or "the " describes one person (kept, so an old record is fused as it was)
        fields["described"] = record["value"] == 1 and record["text"].lower().startswith(("a ", "an", "the "))
    return Figure(**fields)


def source_to_dict(source: IncidentSource) -> dict[str, Any]:
    """Every field of an :class:`~geo.incidents.model.IncidentSource` (``date`` as ISO 8601)."""
    return {name: getattr(source, name) for name in _SOURCE_FIELDS} | {"date": _date_out(source.date)}


def source_from_dict(record: dict[str, Any]) -> IncidentSource:
    """The :class:`~geo.incidents.model.IncidentSource` of :func:`source_to_dict`."""
    return IncidentSource(**{name: record[name] for name in _SOURCE_FIELDS}, date=_date_in(record["date"]))


def mention_event_to_dict(event: MentionEvent) -> dict[str, Any]:
    """Every field of a :class:`~geo.incidents.model.MentionEvent`, nested records included."""
    return {
        "place": place_to_dict(event.place),
        "precision": event.precision,
        "window": None if event.window is None else [_date_out(event.window[0]), _date_out(event.window[1])],
        "time_precision": event.time_precision,
        "event_types": list(event.event_types),
        "figures": [figure_to_dict(f) for f in event.figures],
        "actors": list(event.actors),
        "source": source_to_dict(event.source),
        "window_from": event.window_from,
        "sub_event_hints": list(event.sub_event_hints),
    }


def mention_event_from_dict(record: dict[str, Any]) -> MentionEvent:
    """The :class:`~geo.incidents.model.MentionEvent` of :func:`mention_event_to_dict`."""
    window = record["window"]
    return MentionEvent(
        place=place_from_dict(record["place"]),
        precision=record["precision"],
        window=None if window is None else (_date_in(window[0]), _date_in(window[1])),
        time_precision=record["time_precision"],
        event_types=list(record["event_types"]),
        figures=[figure_from_dict(f) for f in record["figures"]],
        actors=list(record["actors"]),
        source=source_from_dict(record["source"]),
        window_from=record["window_from"],
        sub_event_hints=list(record["sub_event_hints"]),
    )


def mention_to_dict(mention: Mention) -> dict[str, Any]:
    """Every field of a geoparser :class:`~geo.geoparse.model.Mention`, its resolved place included."""
    resolved = mention.resolved
    return {name: getattr(mention, name) for name in _MENTION_FIELDS} | {
        "resolved": None if resolved is None else {
            "place": place_to_dict(resolved.place),
            "score": resolved.score,
            "match": resolved.match,
            "runner_up": None if resolved.runner_up is None else place_to_dict(resolved.runner_up),
            "runner_up_score": resolved.runner_up_score,
        },
    }


def mention_from_dict(record: dict[str, Any]) -> Mention:
    """The :class:`~geo.geoparse.model.Mention` of :func:`mention_to_dict`."""
    resolved = record["resolved"]
    return Mention(
        **{name: record[name] for name in _MENTION_FIELDS},
        resolved=None if resolved is None else ResolvedPlace(
            place=place_from_dict(resolved["place"]),
            score=resolved["score"],
            match=resolved["match"],
            runner_up=None if resolved["runner_up"] is None else place_from_dict(resolved["runner_up"]),
            runner_up_score=resolved["runner_up_score"],
        ),
    )
