"""Event types: the tool's own labels and their ACLED equivalents.

=========================== ==================================================
``armed_clash``             fighting between armed groups: clashes, battles,
                            exchanges of fire, gunfire
``shelling_artillery``      shelling, artillery, mortars, rockets, heavy weapons
``air_drone_strike``        air strikes, drones, helicopters, jets, bombing
``border_incident_protest`` blockade, residents' protest, detention,
                            stone-throwing, road or water dispute
``evacuation_displacement`` evacuation, displacement, people fleeing
``casualty_report``         dead or wounded without a described fight (a mine
                            blast, a body found)
``ceasefire_agreement``     a ceasefire or withdrawal placed at a border place
=========================== ==================================================

The cue words for each type are in the language packs
(``geo.language.<code>.cues.TRIGGERS``). An incident may carry several
types; its main ``event_type`` is the first of :data:`EVENT_TYPES` its
sources support (violence before its consequences).

ACLED's ``disorder_type`` / ``event_type`` / ``sub_event_type`` follow
:data:`ACLED_TYPES`; a pack's sub-event cues (a landmine, a detention,
stone-throwing) refine the default. See docs/SCHEMA.md.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["EVENT_TYPES", "VIOLENT_TYPES", "ARMED_TYPES", "FIGHTING_TYPES", "HARM_TYPES", "ACLED_TYPES",
           "EVENT_TYPE_LABELS", "EVENT_TYPE_COLOURS", "LEGEND_ORDER", "OTHER_TYPE_LABEL", "OTHER_TYPE_COLOUR",
           "OLD_ORDNANCE_HINT", "acled_type", "compatible_types", "in_precedence"]

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
#: Fighting with weapons: what a casualty figure's clause may add to an event as its cause.
ARMED_TYPES = frozenset(EVENT_TYPES[:3])
#: Armed fighting or a confrontation between people (a brawl, a blockade, a detention).
FIGHTING_TYPES = frozenset(EVENT_TYPES[:4])
#: Fighting or people hurt: what a headline tells when it tells a fresh incident, not only a look back.
HARM_TYPES = FIGHTING_TYPES | {"casualty_report"}


def in_precedence(types: Iterable[str]) -> list[str]:
    """The event types in the order that makes the first one the incident's type.

    Taxonomy order, except that shelling goes before an armed clash: an event told with both small arms
    and a heavy weapon is shelling (the development sets' coding convention, benchmarks/devset/README.md).

    >>> in_precedence({"casualty_report", "armed_clash", "shelling_artillery"})
    ['shelling_artillery', 'armed_clash', 'casualty_report']
    """
    present = set(types)
    ordered = [t for t in EVENT_TYPES if t in present]
    if "armed_clash" in present and "shelling_artillery" in present:
        ordered.remove("shelling_artillery")
        ordered.insert(0, "shelling_artillery")
    return ordered


#: Human labels for the map legend and notes.
EVENT_TYPE_LABELS: dict[str, str] = {
    "armed_clash": "Armed clash",
    "shelling_artillery": "Shelling / artillery",
    "air_drone_strike": "Air / drone strike",
    "border_incident_protest": "Border incident / protest",
    "evacuation_displacement": "Evacuation / displacement",
    "casualty_report": "Casualty report",
    "ceasefire_agreement": "Ceasefire / agreement",
}

#: Map colour of each type (the map's legend and markers).
EVENT_TYPE_COLOURS: dict[str, str] = {
    "armed_clash": "#d62728",
    "shelling_artillery": "#ff7f0e",
    "air_drone_strike": "#9467bd",
    "border_incident_protest": "#e377c2",
    "evacuation_displacement": "#1f77b4",
    "casualty_report": "#8c564b",
    "ceasefire_agreement": "#2ca02c",
}
#: Order of the types in the map's legend (violence, then its consequences, then agreements).
LEGEND_ORDER: tuple[str, ...] = (
    "armed_clash", "shelling_artillery", "air_drone_strike", "casualty_report",
    "evacuation_displacement", "border_incident_protest", "ceasefire_agreement",
)
#: Label and colour of a type the taxonomy does not know (an incident file from elsewhere).
OTHER_TYPE_LABEL = "Other / unknown"
OTHER_TYPE_COLOUR = "#7f7f7f"

#: Tool type -> ACLED (disorder_type, event_type, sub_event_type) by default.
ACLED_TYPES: dict[str, tuple[str, str, str]] = {
    "armed_clash": ("Political violence", "Battles", "Armed clash"),
    "shelling_artillery": ("Political violence", "Explosions/Remote violence",
                           "Shelling/artillery/missile attack"),
    "air_drone_strike": ("Political violence", "Explosions/Remote violence", "Air/drone strike"),
    "border_incident_protest": ("Demonstrations", "Protests", "Peaceful protest"),
    "evacuation_displacement": ("Strategic developments", "Strategic developments", "Other"),
    "casualty_report": ("Political violence", "Battles", "Armed clash"),
    "ceasefire_agreement": ("Strategic developments", "Strategic developments", "Agreement"),
}
#: The ACLED sub-event a pack cue selects for old ordnance, mines and IEDs.
OLD_ORDNANCE_HINT = "Remote explosive/landmine/IED"
#: ACLED sub-event types a pack cue may select, with the parents they imply.
_SUB_EVENT_PARENTS: dict[str, tuple[str, str]] = {
    "Remote explosive/landmine/IED": ("Political violence", "Explosions/Remote violence"),
    "Arrests": ("Strategic developments", "Strategic developments"),
    "Violent demonstration": ("Political violence", "Riots"),
}
#: Which tool types a cue may refine.
_REFINES: dict[str, frozenset[str]] = {
    "Remote explosive/landmine/IED": frozenset({"casualty_report", "armed_clash"}),
    "Arrests": frozenset({"border_incident_protest"}),
    "Violent demonstration": frozenset({"border_incident_protest"}),
}


def acled_type(event_type: str, hints: Iterable[str] = ()) -> tuple[str, str, str]:
    """ACLED (disorder_type, event_type, sub_event_type) for a tool type and cue hints.

    Examples
    --------
    >>> acled_type("shelling_artillery")
    ('Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack')
    >>> acled_type("border_incident_protest", ["Arrests"])
    ('Strategic developments', 'Strategic developments', 'Arrests')
    """
    for hint in hints:
        if event_type in _REFINES.get(hint, ()):
            disorder, parent = _SUB_EVENT_PARENTS[hint]
            return disorder, parent, hint
    return ACLED_TYPES[event_type]


def compatible_types(a: set[str], b: set[str]) -> bool:
    """Whether two sets of types may describe one incident.

    A ceasefire or agreement is its own incident: it merges only with another
    ceasefire; any violent type merges with any violent type.
    """
    if not a or not b:
        return True
    return bool(a & VIOLENT_TYPES) == bool(b & VIOLENT_TYPES) or bool(a & b)
