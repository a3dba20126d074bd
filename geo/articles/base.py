"""What every article reader shares: the base class and the metadata fields.

A reader turns the decoded text of one file into articles. It does no I/O:
:mod:`geo.articles.reader` opens, size-checks and decodes the file, finds
its sidecar and hands both over, so each reader is a pure transform that
tests can call on a string.

Metadata precedence (sidecar ``NAME.meta.json`` next to ``NAME.txt``,
``NAME.md``, ``NAME.html``): **every field the sidecar sets wins**; fields it
leaves out (or sets to ``null``) come from the file itself (dateline,
``<title>``, canonical link ...). A sidecar is written on purpose for one
file, whereas what a reader finds in the text is a heuristic.
"""

from __future__ import annotations

import datetime as dt
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from geo.articles.dates import ParsedDate, parse_date_parts
from geo.articles.model import Article, content_id
from geo.exceptions import ArticleError

__all__ = ["Reader", "Metadata", "ReadItem", "metadata_from_mapping", "make_article", "TEXT_FIELDS"]

#: What a reader yields: an article, or the error of one record it skipped.
ReadItem = Article | ArticleError

#: Names exports give the article body: ``text`` first, then ``body``, ``content``, ``articleBody``…
TEXT_FIELDS: tuple[str, ...] = ("text", "body", "content", "articleBody", "article_body", "full_text", "fullText",
                                "body_text", "bodyText")
#: Metadata fields a record or sidecar may carry, besides ``text``.
METADATA_FIELDS: tuple[str, ...] = ("id", "title", "date", "url", "source")
#: Other names exports and news APIs give the same fields (the first one present is read):
#: ``published``/``pubDate``/``datePublished``/``datetime`` for the date, ``headline``, ``link``, ``outlet``/``agency``.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "guid"),
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at", "publishedAt", "pubDate", "datePublished",
             "date_published", "pub_date", "publication_date", "published_date", "publishedDate", "datetime",
             "dateTime", "date_time"),
    "url": ("url", "link"),
    "source": ("source", "outlet", "site_name", "agency"),
}


@dataclass(frozen=True, slots=True)
class Metadata:
    """Validated metadata of one article; ``None`` means "not given".

    Attributes
    ----------
    id, title, url, source : str or None
        As given, stripped of surrounding whitespace.
    date : ParsedDate or None
        The parsed ``date`` field.
    """

    id: str | None = None
    title: str | None = None
    date: ParsedDate | None = None
    url: str | None = None
    source: str | None = None

    def over(self, base: Metadata) -> Metadata:
        """Return ``base`` with every field this metadata sets replaced."""
        return Metadata(
            id=self.id if self.id is not None else base.id,
            title=self.title if self.title is not None else base.title,
            date=self.date if self.date is not None else base.date,
            url=self.url if self.url is not None else base.url,
            source=self.source if self.source is not None else base.source,
        )


class Reader(ABC):
    """Base class of the per-format article readers.

    Subclasses set :attr:`name`, :attr:`suffixes` and :attr:`uses_sidecar`
    and implement :meth:`read`; :data:`geo.articles.registry.READERS` maps
    each suffix to one instance.
    """

    #: Short format name used in messages.
    name: str = ""
    #: Lower-case file suffixes this reader handles, with the dot.
    suffixes: tuple[str, ...] = ()
    #: Whether a ``NAME.meta.json`` sidecar applies to files of this format.
    uses_sidecar: bool = False
    #: The reader checks each record (a CSV row, a JSON line) for NUL bytes and for bytes
    #: that are not UTF-8 (decoded as ``surrogateescape``), rejecting that record alone, so a
    #: file with one such record is read rather than called binary or undecodable.
    checks_records: bool = False

    @abstractmethod
    def read(self, text: str, *, path: str, sidecar: Metadata | None = None) -> Iterator[ReadItem]:
        """Yield the articles of one decoded file, and an error per bad record.

        Parameters
        ----------
        text : str
            The whole file, decoded, BOM removed, not blank.
        path : str
            The file, for :attr:`Article.path` and error messages.
        sidecar : Metadata, optional
            Sidecar metadata; only passed when :attr:`uses_sidecar` is true.

        Yields
        ------
        Article or ArticleError
            An error stands for one skipped record; a file-level problem
            (e.g. unparseable JSON) is yielded as an error and ends the file.
        """


def metadata_from_mapping(
    record: Mapping[str, object], *, path: str, line: int | None = None, where: str = ""
) -> Metadata:
    """Validate the metadata fields of one JSON/CSV record or sidecar.

    Fields other than :data:`METADATA_FIELDS` and their :data:`FIELD_ALIASES`
    are ignored (for each field the first name present is read). ``null`` and
    blank strings count as "not given". ``id`` may be a string or an integer.

    Parameters
    ----------
    record : Mapping
        The parsed record.
    path, line : str, int or None
        Where the record is, for the error.
    where : str
        Prefix for the error reason, e.g. ``"item 3: "``.

    Raises
    ------
    ArticleError
        A field has the wrong type, or ``date`` is not a recognised date.
    """
    values: dict[str, str | None] = {}
    names: dict[str, str] = {}
    for field in METADATA_FIELDS:
        name = next((n for n in FIELD_ALIASES[field] if record.get(n) not in (None, "")), field)
        names[field] = name
        value = record.get(name)
        if field == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if value is not None and not isinstance(value, str):
            expected = "a string or an integer" if field == "id" else "a string"
            raise ArticleError(
                path,
                f"{where}field {name!r} is {type(value).__name__} {value!r}; expected {expected}",
                line=line,
            )
        values[field] = (value.strip() or None) if isinstance(value, str) else None
    date = None
    if values["date"] is not None:
        date = parse_date_parts(values["date"])
        if date is None:
            raise ArticleError(
                path,
                f"{where}field {names['date']!r} is {values['date']!r}, not a recognised date; expected "
                "e.g. '2022-09-18', '2022-09-18T14:55:00Z', 'Sep 18, 2022' or '18.09.2022'",
                line=line,
            )
    return Metadata(
        id=values["id"], title=values["title"], date=date, url=values["url"],
        source=values["source"],
    )  # fmt: skip


def without_lone_surrogates(value: str) -> str:
    """``value`` with unpaired UTF-16 surrogates (JSON ``"\\ud800"``) replaced by U+FFFD.

    Such a string cannot be encoded as UTF-8, so it would fail later in
    hashing, normalisation or any writer; a proper pair becomes its character.
    """
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


#: Characters ``surrogateescape`` decoding leaves for bytes that are not UTF-8.
UNDECODABLE = re.compile("[\udc80-\udcff]")


def record_problem(text: str) -> str | None:
    """Why one record of a line-oriented file cannot be read (a NUL byte, bytes not UTF-8), else None."""
    if "\x00" in text:
        return "holds a NUL byte (binary data); expected text"
    bad = UNDECODABLE.search(text)
    if bad:
        return (f"holds a byte that is not UTF-8 (0x{ord(bad.group(0)) - 0xDC00:02x}); expected UTF-8 text")
    return None


def _clean_optional(value: str | None) -> str | None:
    return None if value is None else without_lone_surrogates(value)


def make_article(
    text: str,
    *,
    found: Metadata,
    path: str,
    line: int | None = None,
    sidecar: Metadata | None = None,
) -> Article:
    """Build the :class:`Article`, applying the sidecar precedence.

    Parameters
    ----------
    text : str
        The article text, stored unchanged.
    found : Metadata
        What the file itself gives (record fields, dateline, HTML tags).
    path, line : str, int or None
        Where the article was read from.
    sidecar : Metadata, optional
        Sidecar metadata; every field it sets wins over ``found``.
    """
    meta = sidecar.over(found) if sidecar is not None else found
    text = without_lone_surrogates(text)
    published: dt.datetime | None = None
    date: dt.date | None = None
    if meta.date is not None:
        published = meta.date.when if meta.date.has_time else None
        date = meta.date.day  # the day as written: the article's own 'today'
    clean = _clean_optional
    return Article(
        id=clean(meta.id) if meta.id is not None else content_id(text),
        text=text,
        title=clean(meta.title),
        published=published,
        date=date,
        url=clean(meta.url),
        source=clean(meta.source),
        path=path,
        line=line,
    )

