"""The article record every reader produces and every later stage consumes."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from geo._pickling import pickle_by_fields

__all__ = ["Article", "content_id"]


def content_id(text: str) -> str:
    """Stable id from the article text: the first 16 hex digits of its SHA-256.

    Examples
    --------
    >>> content_id("hello")
    '2cf24dba5fb0a30e'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@pickle_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from disk.

    Attributes
    ----------
    id : str
        The id given by the input (JSON ``id`` field), else :func:`content_id`.
    text : str
        The article text exactly as read (decoded, BOM removed). Every mention
        offset in later stages is a character offset into this string.
    title : str or None
        Headline, if the input gives one or it can be taken from the text.
    published : datetime.datetime or None
        Publication date and time; naive datetimes are taken as UTC.
    date : datetime.date or None
        Publication day as written, in the writer's time zone (or a date-only value).
    url : str or None
        Where the article came from, as given (never fetched).
    source : str or None
        Outlet or feed name, as given.
    path : str or None
        The file the article was read from.
    line : int or None
        1-based line (JSON lines, CSV) within ``path``.
    lang : str or None
        ISO 639-1 language code as given (JSON ``lang`` field); ``None``
        means "detect it" (:func:`geo.language.detect_language`).
    """

    id: str
    text: str
    title: str | None = None
    published: dt.datetime | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    line: int | None = None
    lang: str | None = None
