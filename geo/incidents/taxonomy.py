"""Event types: a small taxonomy modelled on ACLED's, with the cues that select each.

=========================== ==================================================
``armed_clash``             fighting between armed groups: clashes, battles,
                            exchanges of fire, gunfire
``shelling_artillery``      shelling, artillery, mortars, rockets, heavy weapons
``air_drone_strike``        air strikes, drones, helicopters, jets, bombing
``ceasefire_agreement``     ceasefire, truce, agreement, withdrawal of troops
``casualty_report``         figures of dead or wounded without a described fight
``evacuation_displacement`` evacuation, displacement, people fleeing
``border_incident_protest`` border incident, blockade, protest, detention,
                            road or water-supply dispute
=========================== ==================================================

A sentence that reports violence is not also a ceasefire ("clashes broke out
after the agreement took effect"). An incident may carry several types; its main ``event_type`` is the first of
:data:`EVENT_TYPES` that its sources support (violence before its consequences).
"""

from __future__ import annotations

import re

__all__ = ["EVENT_TYPES", "VIOLENT_TYPES", "classify_event_types", "compatible_types"]

EVENT_TYPES: tuple[str, ...] = (
    "armed_clash",
    "shelling_artillery",
    "air_drone_strike",
    "border_incident_protest",
    "evacuation_displacement",
    "casualty_report",
    "ceasefire_agreement",
)
VIOLENT_TYPES = frozenset(EVENT_TYPES[:6])

_CUES: dict[str, re.Pattern[str]] = {
    "armed_clash": re.compile(
        r"\b(clash\w*|fight\w*|fought|battles?|exchange[sd]? of fire|gunfire|firefights?|"
        r"skirmish\w*|shoot\w*|shot|attack\w*|hostilities|violence|violent)\b", re.I),
    "shelling_artillery": re.compile(
        r"\b(shell\w*|artillery|mortars?|rocket\w*|howitzers?|heavy weapon\w*|"
        r"grad|multiple rocket launchers?|tanks?)\b", re.I),
    "air_drone_strike": re.compile(
        r"\b(drones?|bayraktar|air ?strikes?|airstrikes?|helicopters?|jets?|aircraft|"
        r"bomb\w*|air raids?)\b", re.I),
    "border_incident_protest": re.compile(
        r"\b(border incident|blockad\w*|protest\w*|detain\w*|detention|roadblock\w*|"
        r"water (?:supply|intake|dispute)|stone-throwing|threw stones|standoff)\b", re.I),
    "evacuation_displacement": re.compile(
        r"\b(evacuat\w*|displac\w*|fled|flee\w*|refugees?|brought to safety|"
        r"left their homes|relocated)\b", re.I),
    "casualty_report": re.compile(
        r"\b(killed|dead|died|deaths?|fatalities|wounded|injured|casualt\w*|lost their lives)\b",
        re.I),
    "ceasefire_agreement": re.compile(
        r"\b(cease-?fire|truce|agreement|agreed|withdraw\w*|de-?escalat\w*|protocol)\b", re.I),
}


def classify_event_types(sentence: str) -> list[str]:
    """Event types whose cues appear in ``sentence``, in taxonomy order.

    Examples
    --------
    >>> classify_event_types("Tajik forces shelled the village with mortars; 3 were killed.")
    ['shelling_artillery', 'casualty_report']
    """
    found = [name for name in EVENT_TYPES if _CUES[name].search(sentence)]
    if any(name in VIOLENT_TYPES for name in found) and "ceasefire_agreement" in found:
        found.remove("ceasefire_agreement")  # "clashes broke out after the agreement"
    return found


def compatible_types(a: set[str], b: set[str]) -> bool:
    """Whether two sets of types may describe one incident.

    A ceasefire or agreement is its own incident: it merges only with another
    ceasefire; any violent type merges with any violent type.
    """
    if not a or not b:
        return True
    return bool(a & VIOLENT_TYPES) == bool(b & VIOLENT_TYPES) or bool(a & b)
