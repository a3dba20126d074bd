"""HTML articles (``.html``, ``.htm``): one article per page.

The text is extracted with the standard library's :class:`html.parser.HTMLParser`
(never regular expressions): ``<script>``, ``<style>``, ``<noscript>``,
``<template>`` and the ``<head>`` are dropped, and so are ``<nav>``, ``<aside>``, ``<footer>`` and an
element whose class names a list of tags (``class="article__tags"``) once closed (menus, related links
with their own dates and tolls, topic tags that name places); block elements end lines and
table rows are written as Markdown pipe rows (``| Kulundu | 2 | 7 |``, read by
:mod:`geo.incidents.tables`); entities are decoded; runs of spaces
collapse (``<pre>`` keeps its line breaks). Markup is never kept, so
``Article.text`` is plain text (``&lt;b&gt;`` becomes the characters ``<b>``).

Metadata, first match wins:

* title: ``<title>``, else the first ``<h1>``;
* date: ``<meta property="article:published_time">`` (or one of the other publication-date meta
  names of :data:`_PUBLISHED_META`: ``pubdate``, ``dc.date``...), else a schema.org JSON-LD
  ``datePublished``, else the first ``<time datetime>``, else a dateline at the top of the extracted text;
* URL: ``<link rel="canonical">``, else ``<meta property="og:url">``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser

from geo.articles.base import Metadata, ReadItem, Reader, make_article
from geo.articles.dates import ParsedDate, find_dateline_parts, parse_date_parts
from geo.exceptions import ArticleError

__all__ = ["HtmlReader", "HtmlPage", "extract_html"]

_DROPPED = frozenset({"script", "style", "noscript", "template", "head", "title"})
# Elements that separate paragraphs (blank line) or lines (line break).
_PARAGRAPH = frozenset({
    "address", "article", "aside", "blockquote", "dl", "div", "fieldset", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p",
    "pre", "section", "table", "ul", "body", "html",
})  # fmt: skip
#: Page furniture around the article (menus, related links, footers): dropped once closed, so that an
#: unclosed one never takes the rest of the page with it.
_FURNITURE = frozenset({"nav", "aside", "footer"})
#: A class that names a list of topic tags ("tags", "article__tags", "Article--tags", "td-tags"): its
#: links name places ("Isfara", "#Баткен") that are no part of the story.
_TAGS_CLASS = re.compile(r"(?:^|[\s_-])tags(?:$|[\s_-])", re.I)
_LINE = frozenset({"br", "li", "tr", "dt", "dd", "figcaption", "caption", "option", "summary"})
_CELL = frozenset({"td", "th"})
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
})  # fmt: skip
_SPACES = re.compile(r"[ \t\f\v\r\n\u00a0]+")
_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                   "publishdate", "publish-date", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date")


class HtmlPage:
    """What :func:`extract_html` found in one page.

    Attributes
    ----------
    text : str
        The visible text.
    title, url : str or None
        The title and the canonical URL.
    dates : list of str
        Raw published-time values, best first (meta tags, then ``<time>``).
    """

    def __init__(self) -> None:
        self.text = ""
        self.title: str | None = None
        self.url: str | None = None
        self.dates: list[str] = []


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = HtmlPage()
        self._parts: list[str] = []
        self._dropped: list[str] = []  # open dropped elements, innermost last
        self._pre = 0
        self._capture: str | None = None  # "title" or "h1" while inside one
        self._captured: list[str] = []
        self._h1: str | None = None
        self._canonical: str | None = None
        self._og_url: str | None = None
        self._metas: dict[str, str] = {}
        self._time: str | None = None
        self._ld_json: list[str] | None = None  # the text of an open ``application/ld+json`` script
        self._ld_dates: list[str] = []  # its ``datePublished`` values
        # open furniture elements: tag, where their text began, and how many of that tag were open then
        self._furniture: list[tuple[str, int, int]] = []
        self._open: dict[str, int] = {}  # how many of each (non-void) element are open

    # -- tags ---------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "")
            if key and "content" in values:
                self._metas.setdefault(key.strip().lower(), values["content"])
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self._canonical = self._canonical or values.get("href") or None
        elif tag == "time" and self._time is None and values.get("datetime"):
            self._time = values["datetime"]
        elif tag == "script" and "ld+json" in values.get("type", "").lower():
            self._ld_json = []
        if tag == "body" and self._dropped == ["head"]:
            self._dropped.clear()  # a <head> left open
        if tag in _VOID:
            self._block(tag)
            return
        if self._dropped or tag in _DROPPED:
            if tag in _DROPPED:
                self._dropped.append(tag)
            if tag == "title" and self._capture is None:
                self._capture, self._captured = "title", []
            return
        if tag in ("title", "h1") and self._capture is None:
            self._capture, self._captured = tag, []
        if tag == "pre":
            self._pre += 1
        level = self._open[tag] = self._open.get(tag, 0) + 1
        if tag in _FURNITURE or _TAGS_CLASS.search(values.get("class", "")):
            self._furniture.append((tag, len(self._parts), level))
        self._block(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._ld_json is not None:
            self._ld_dates.extend(_ld_json_dates("".join(self._ld_json)))
            self._ld_json = None
        if tag == self._capture:
            value = _SPACES.sub(" ", "".join(self._captured)).strip() or None
            if tag == "title":
                self.page.title = self.page.title or value
            else:
                self._h1 = self._h1 or value
            self._capture = None
        if tag in _DROPPED:
            if tag in self._dropped:
                del self._dropped[len(self._dropped) - 1 - self._dropped[::-1].index(tag) :]
            return
        if self._dropped:
            return
        if tag == "pre" and self._pre:
            self._pre -= 1
        level = self._open.get(tag, 0)
        self._open[tag] = max(0, level - 1)
        if any(open_tag == tag and open_level >= level for open_tag, _, open_level in self._furniture):
            while self._furniture:
                open_tag, start, open_level = self._furniture.pop()
                if open_tag == tag and open_level >= level:
                    break
            del self._parts[start:]
            self._parts.append("\n\n")
            return
        if tag == "tr":
            self._parts.append(" |")  # the row's closing pipe
        elif tag not in _LINE and tag not in _CELL:  # these break before themselves only
            self._block(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        if self._ld_json is not None:
            self._ld_json.append(data)
        if self._capture is not None:
            self._captured.append(data)
        if self._dropped:
            return
        self._parts.append(data if self._pre else _SPACES.sub(" ", data))

    def _block(self, tag: str) -> None:
        if self._dropped:
            return
        if tag in _PARAGRAPH:
            self._parts.append("\n\n")
        elif tag in _LINE:
            self._parts.append("\n")
        elif tag in _CELL:
            self._parts.append(" | ")

    # -- result -------------------------------------------------------------
    def result(self) -> HtmlPage:
        lines = [line.strip(" \t\u00a0") for line in "".join(self._parts).splitlines()]
        lines = [_SPACES.sub(" ", line) if line.startswith("|") else line for line in lines]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
        page = self.page
        page.text = text
        page.title = page.title or self._h1
        page.url = self._canonical or self._metas.get("og:url") or None
        page.dates = [self._metas[key] for key in _PUBLISHED_META if self._metas.get(key)] + self._ld_dates
        if self._time:
            page.dates.append(self._time)
        return page


def _ld_json_dates(data: str) -> list[str]:
    """The ``datePublished`` values of a schema.org JSON-LD block (objects, lists and ``@graph`` alike).

    A block that is not valid JSON gives none: it is the page's own furniture, never an error of the article.

    Examples
    --------
    >>> _ld_json_dates('{"@type": "NewsArticle", "datePublished": "2025-10-21T12:00:00+06:00"}')
    ['2025-10-21T12:00:00+06:00']
    >>> _ld_json_dates('{"@graph": [{"@type": "WebPage"}, {"datePublished": "2024-01-02"}]}')
    ['2024-01-02']
    >>> _ld_json_dates("{not json")
    []
    """
    try:
        tree = json.loads(data)
    except ValueError:
        return []
    found: list[str] = []
    stack = [tree]
    while stack:
        node = stack.pop(0)
        if isinstance(node, dict):
            value = node.get("datePublished")
            if isinstance(value, str) and value.strip():
                found.append(value.strip())
            stack.extend(v for k, v in node.items() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(node)
    return found


def extract_html(html: str) -> HtmlPage:
    """Extract the visible text and the metadata tags of an HTML page.

    Examples
    --------
    >>> page = extract_html("<title>T</title><p>A &amp; B<script>x()</script></p><p>C</p>")
    >>> page.title, page.text
    ('T', 'A & B\\n\\nC')
    """
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    return parser.result()


#: A timestamp written in UTC ("2023-07-11T23:10:00Z", "...+00:00").
_WRITTEN_IN_UTC = re.compile(r"(?:Z|[+-]00:?00|\s*UTC|\s*GMT)\s*$", re.I)


def _page_date(values: list[str]) -> ParsedDate | None:
    """The page's publication date: the first value that parses (meta tags first).

    When that value is written in UTC and another value of the page gives the same instant in
    a zone of its own (``<time datetime="2023-07-12T05:10:00+06:00">`` beside ``<meta
    content="2023-07-11T23:10:00Z">``), the day is taken as the page writes it in that zone: the
    outlet's "today" and «накануне» count from its own day.
    """
    parsed = [(value, found) for value in values if (found := parse_date_parts(value)) is not None]
    if not parsed:
        return None
    value, date = parsed[0]
    if date.has_time and _WRITTEN_IN_UTC.search(value):
        for other_value, other in parsed[1:]:
            if other.has_time and not _WRITTEN_IN_UTC.search(other_value) \
                    and abs(other.when - date.when) <= dt.timedelta(minutes=1):
                return other
    return date


class HtmlReader(Reader):
    """Read ``.html`` and ``.htm`` pages as one article each."""

    name = "HTML"
    suffixes = (".html", ".htm")
    uses_sidecar = True

    def read(self, text: str, *, path: str, sidecar: Metadata | None = None) -> Iterator[ReadItem]:
        """Yield the one article of a page (see the module docstring)."""
        page = extract_html(text)
        if not page.text.strip():
            yield ArticleError(path, "the HTML page has no visible text; expected article text")
            return
        date = _page_date(page.dates)
        if date is None and (dateline := find_dateline_parts(page.text)) is not None:
            date = dateline[0]
        found = Metadata(title=page.title, date=date, url=page.url)
        yield make_article(page.text, found=found, path=path, sidecar=sidecar)
