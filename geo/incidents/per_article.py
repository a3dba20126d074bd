"""The intermediate between parsing and merging: what one article contributes.

Parsing an article (geoparse, then stages 1-4 of :mod:`geo.incidents.build`)
depends on that article alone; merging (stage 5 and the border join) needs
every article. :class:`ArticleEvents` is the record between the two, so the
two can run in different processes or on different machines: its
:meth:`ArticleEvents.to_dict` form is plain JSON (documented in
docs/SCHEMA.md, "Per-article events"), and
:meth:`ArticleEvents.from_dict` rebuilds an equal record.

Examples
--------
>>> item = ArticleEvents(article_id="a1", events=[], mentions=[], mention_count=0,
...                      incident_mention_count=0)
>>> ArticleEvents.from_dict(item.to_dict()) == item
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from geo._pickling import pickle_by_fields
from geo.exceptions import DataError
from geo.geoparse.model import ParsedArticle
from geo.incidents.codec import mention_event_from_dict, mention_event_to_dict, mention_from_dict, mention_to_dict
from geo.incidents.events import article_events
from geo.incidents.model import MentionEvent, MentionRow

__all__ = ["ARTICLE_EVENTS_VERSION", "ArticleEvents", "extract_article_events"]

#: Version of the JSON form; :meth:`ArticleEvents.from_dict` refuses any other.
ARTICLE_EVENTS_VERSION = 1


@pickle_by_fields
@dataclass(slots=True)
class ArticleEvents:
    """The events and resolved mentions of one parsed article, ready to merge.

    Attributes
    ----------
    article_id : str
        The article's id (:attr:`geo.articles.model.Article.id`).
    events : list of MentionEvent
        One event per event place, in text order (:func:`geo.incidents.events.article_events`).
    mentions : list of MentionRow
        Every resolved mention of the article, any role, in text order, with
        the roles the event stage settled (for the ``mentions`` export layer).
    mention_count : int
        Place mentions found, resolved or not.
    incident_mention_count : int
        Mentions the geoparser gave the ``incident`` role (before the event
        stage demoted any to context).
    lang : str
        The language the article was read in.
    """

    article_id: str
    events: list[MentionEvent] = field(default_factory=list)
    mentions: list[MentionRow] = field(default_factory=list)
    mention_count: int = 0
    incident_mention_count: int = 0
    lang: str = "en"

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON form (docs/SCHEMA.md, "Per-article events")."""
        return {
            "version": ARTICLE_EVENTS_VERSION,
            "article_id": self.article_id,
            "lang": self.lang,
            "mention_count": self.mention_count,
            "incident_mention_count": self.incident_mention_count,
            "events": [mention_event_to_dict(event) for event in self.events],
            "mentions": [mention_to_dict(row.mention) for row in self.mentions],
        }

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> ArticleEvents:
        """Rebuild the record of :meth:`to_dict`.

        Raises
        ------
        DataError
            The record is of another version or misses a field; the message
            names the article.
        """
        article_id = record.get("article_id", "?") if isinstance(record, dict) else "?"
        if not isinstance(record, dict) or record.get("version") != ARTICLE_EVENTS_VERSION:
            got = record.get("version") if isinstance(record, dict) else type(record).__name__
            raise DataError(f"per-article events of {article_id!r}: expected version "
                            f"{ARTICLE_EVENTS_VERSION}, got {got!r}")
        try:
            return cls(
                article_id=record["article_id"],
                events=[mention_event_from_dict(event) for event in record["events"]],
                mentions=[MentionRow(record["article_id"], mention_from_dict(m)) for m in record["mentions"]],
                mention_count=record["mention_count"],
                incident_mention_count=record["incident_mention_count"],
                lang=record["lang"],
            )
        except (KeyError, TypeError, ValueError) as error:
            raise DataError(f"per-article events of {article_id!r} are malformed: {error!r}") from error


def extract_article_events(parsed: ParsedArticle) -> ArticleEvents:
    """Stages 1-4 of one parsed article: its events and resolved mentions.

    The mention counts are taken before the event stage, which demotes
    mentions it cannot tie to a news event to context (the mention rows keep
    the demoted roles).
    """
    mention_count = len(parsed.mentions)
    incident_mention_count = len(parsed.incident_mentions)
    events = article_events(parsed)
    rows = [MentionRow(parsed.article.id, m) for m in parsed.mentions if m.place is not None]
    return ArticleEvents(
        article_id=parsed.article.id, events=events, mentions=rows, mention_count=mention_count,
        incident_mention_count=incident_mention_count, lang=parsed.lang,
    )
