"""Records of the event model, shared by every stage and every language pack.

Data flow: article -> :class:`Clause` (with its time scope) -> :class:`MentionEvent`
(an event at one place, with its :class:`DateWindow` and :class:`Figure` list)
-> :class:`Incident` (events merged across articles) -> :class:`IncidentSet`
(what one run produced, the input of every output writer). Nothing here is
language-specific: the packs in :mod:`geo.language` produce
:class:`DateMention` and :class:`RawFigure` records from text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from geo._pickling import pickle_by_fields
from geo.gazetteer.model import Place
from geo.geoparse.model import Mention

__all__ = [
    "MEASURES",
    "DateWindow",
    "DateMention",
    "RawFigure",
    "Figure",
    "Clause",
    "IncidentSource",
    "MentionEvent",
    "Incident",
    "MentionRow",
    "IncidentSet",
]

#: What a figure counts. The first three are exported as columns; the others
#: are kept on the incident's figure list.
MEASURES: tuple[str, ...] = (
    "fatalities", "injured", "displaced", "missing", "detained", "houses_damaged",
)


@dataclass(frozen=True, slots=True)
class DateWindow:
    """A date range with its ACLED time precision and the words it came from.

    ``precision``: 1 the day is known, 2 within a week or a few days, 3 within
    a month (or only a year or a season: ``kind == "year"`` or ``"season"``, time scope only).
    ``stated_span``: the days an event was told to last, from one weekday to another ("from Friday to
    Sunday", «с пятницы по воскресенье»), which no single day told later narrows.
    """

    start: dt.date
    end: dt.date
    precision: int
    text: str
    kind: str = "date"
    stated_span: bool = False

    @property
    def one_day(self) -> bool:
        """The window is one known day (precision 1, start and end the same)."""
        return self.precision == 1 and self.start == self.end


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a clause, with its offsets in that clause."""

    start: int
    end: int
    window: DateWindow


@dataclass(frozen=True, slots=True)
class RawFigure:
    """A number tied to its head noun by a language pack's number grammar.

    Attributes
    ----------
    measure : str
        One of :data:`MEASURES`.
    value : int
        The number (a vague quantity is coded as ACLED does).
    vague : bool
        "dozens", "several" ...
    side : str or None
        ``KG`` or ``TJ`` when the figure's own phrase names the side
        ("two Kyrgyz border guards").
    start, end : int
        Offsets of the figure phrase in the clause.
    text : str
        The phrase as written.
    additive : bool
        More people than a count told before ("another two", «ещё двое»).
    described : bool
        One person described rather than counted ("A 34-year-old woman sustained wounds", "his
        cousin suffered", «Мальчик получил осколочные ранения»): after a larger count, one of those.
    together : bool
        The people just told one by one, counted together ("Both were taken to hospital", «Жизни
        всех троих ничего не угрожает»): after one person described, the count of them all.
    """

    measure: str
    value: int
    vague: bool
    side: str | None
    start: int
    end: int
    text: str
    additive: bool = False
    described: bool = False
    together: bool = False


@pickle_by_fields
@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as the event model keeps it: with its claimant and revision flags.

    ``revision``: the clause updates a toll ("rose to"); ``superseded``: the
    clause reports an earlier, outdated figure ("initially", "ранее сообщалось");
    ``of_wounded``: a fatalities figure of people who died of their wounds
    ("one of the wounded later died"), who leave the article's injured count;
    ``both_sides``: an unsided figure whose own words count both sides ("three
    servicemen from both sides", «с обеих сторон»; the pack's ``joint`` words).
    ``home``: the country of the village whose residents the figure counts
    («четверо жителей Кок-Таша»: ``KG``), when the text names one, or of the town one
    wounded man was taken to ("taken to the hospital in Batken": ``KG``).
    ``described``: one person described rather than counted (:class:`RawFigure`).
    ``together``: the people told one by one, counted together (:class:`RawFigure`).
    ``words_after``: the clause's words after the figure's phrase, up to a comma or stop: whom a count that
    ends its phrase counts («получили четыре| жителя села Катран»).
    ``own_count``: a place's own count from a per-place breakdown or a table row, never a total of other places.

    ``claimant`` is the side whose government or service reported it (the
    speaker named in the clause); a figure whose ``side`` differs from its
    ``claimant`` is that government's claim about the other side's losses,
    kept but never used as a side's figure or the total.
    """

    measure: str
    value: int
    vague: bool
    side: str | None
    text: str
    claimant: str | None = None
    revision: bool = False
    additive: bool = False
    superseded: bool = False
    article_id: str = ""
    order: int = 0
    of_wounded: bool = False
    both_sides: bool = False
    home: str | None = None
    described: bool = False
    together: bool = False
    words_after: str = ""
    own_count: bool = False

    @property
    def is_claim_about_other_side(self) -> bool:
        """A government's claim about the other side's losses."""
        return self.claimant is not None and self.side is not None and self.side != self.claimant

    def describe(self) -> str:
        """Short text for the figure rule: ``36 (KG)``, ``20 (TJ, claimed by KG)``."""
        tags = [t for t in (self.side,) if t]
        if self.is_claim_about_other_side:
            tags.append(f"claimed by {self.claimant}")
        if self.vague:
            tags.append("vague")
        if self.revision:
            tags.append("revised")
        if self.superseded:
            tags.append("earlier report")
        if self.of_wounded:
            tags.append("died of wounds")
        return f"{self.value}" + (f" ({', '.join(tags)})" if tags else "")


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause of one sentence, with its time scope.

    ``scope`` is ``news`` (inside the article's reporting window) or
    ``background`` (an earlier event recalled); ``scope_reason`` says why.
    """

    start: int
    end: int
    sentence_index: int
    paragraph_index: int
    scope: str
    scope_reason: str
    dates: tuple[DateMention, ...] = ()


@pickle_by_fields
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
    source: str | None = None
    lang: str = "en"


@pickle_by_fields
@dataclass(slots=True)
class MentionEvent:
    """An event at one place as one article reports it.

    ``window_from`` says where the date came from: ``clause`` (a date in the
    event's own clause), ``story`` (the article's nearest dated news event),
    ``publication`` (only the publication date is known) or ``none``.
    """

    place: Place
    precision: int
    window: tuple[dt.date, dt.date] | None
    time_precision: int
    event_types: list[str]
    figures: list[Figure]
    actors: list[str]
    source: IncidentSource
    window_from: str = "clause"
    sub_event_hints: list[str] = field(default_factory=list)


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
    disorder_type: str = ""
    acled_event_type: str = ""
    sub_event_type: str = ""
    figures: list[Figure] = field(default_factory=list)
    other_figures: dict[str, int] = field(default_factory=dict)
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

    @property
    def langs(self) -> list[str]:
        """Languages of the supporting articles."""
        return sorted({s.lang for s in self.sources})


@pickle_by_fields
@dataclass(frozen=True, slots=True)
class MentionRow:
    """A resolved mention of any role, for the ``mentions`` export layer."""

    article_id: str
    mention: Mention


@dataclass
class IncidentSet:
    """Everything one run produced: the input of every output writer.

    Attributes
    ----------
    incidents : list of Incident
        Merged and border-joined, in their export order.
    mentions : list of MentionRow
        Every resolved mention of every article, any role, in article order.
    articles : int
        How many articles went into the merge.
    """

    incidents: list[Incident]
    mentions: list[MentionRow] = field(default_factory=list)
    articles: int = 0
