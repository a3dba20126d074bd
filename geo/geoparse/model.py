"""Records the geoparser produces: mentions of places and parsed articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geo._pickling import pickle_by_fields
from geo.articles.model import Article
from geo.gazetteer.model import Place
from geo.geoparse.sentences import Sentences

if TYPE_CHECKING:
    from geo.incidents.structure import ArticleStructure

__all__ = ["ROLES", "Mention", "ParsedArticle", "ResolvedPlace"]

#: ``incident``: where fighting, shelling, casualties, evacuation or damage
#: happened. ``context``: any other reference (seat of government, reporting
#: location, diplomatic venue, distant conflict, country as an actor).
#: ``unresolved``: a name in a place cue that the gazetteer does not know.
ROLES = ("incident", "context", "unresolved")


@pickle_by_fields
@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """The place a mention was resolved to, with its score and the runner-up."""

    place: Place
    score: float
    match: str
    runner_up: Place | None = None
    runner_up_score: float | None = None


@pickle_by_fields
@dataclass(slots=True)
class Mention:
    """One place reference in an article.

    Attributes
    ----------
    text : str
        The surface form, ``article.text[start:end]``.
    start, end : int
        Character offsets into the article text as read.
    kind : str
        ``place`` (a gazetteer name), ``country_reference`` (a demonym such as
        "Kyrgyz"), ``border_area`` ("the Kyrgyz-Tajik border") or ``cue``
        (an unknown name in a place cue).
    role : str
        One of :data:`ROLES`.
    role_reason : str
        Why the role was chosen (e.g. ``seat of government``).
    precision : int or None
        ACLED geo-precision for incident locations: 1 the named town, 2 near a
        town or a small part of a region, 3 a larger region or the border area.
    excerpt : str
        The supporting sentence(s), trimmed.
    excerpt_start : int
        Offset of ``excerpt`` in the article text.
    resolved : ResolvedPlace or None
        ``None`` for unresolved mentions.
    country_code : str or None
        For country references, the country meant.
    sentence_index : int
        Index of the sentence holding the mention.
    """

    text: str
    start: int
    end: int
    kind: str
    role: str = "context"
    role_reason: str = ""
    precision: int | None = None
    excerpt: str = ""
    excerpt_start: int = 0
    resolved: ResolvedPlace | None = None
    country_code: str | None = None
    sentence_index: int = 0
    cue: str | None = None
    expect_region: bool = False

    @property
    def place(self) -> Place | None:
        """The resolved place, if any."""
        return self.resolved.place if self.resolved else None


@dataclass(slots=True)
class ParsedArticle:
    """An article with its mentions, in text order."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    focus_countries: dict[str, float] = field(default_factory=dict)
    border_story: bool = False
    sentences: Sentences | None = None
    structure: ArticleStructure | None = None
    lang: str = "en"

    @property
    def incident_mentions(self) -> list[Mention]:
        """Mentions whose role is ``incident``."""
        return [m for m in self.mentions if m.role == "incident"]
