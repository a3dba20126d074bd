"""JSON articles: ``.json`` (one object or a list of objects) and ``.jsonl``.

Each object is one article with the fields ``text`` (required, non-blank
string, or a list of paragraph strings joined by blank lines; or the first present of the names exports give it,
``body``,
``content``, ``articleBody``…: :data:`geo.articles.base.TEXT_FIELDS`) and optionally ``id``, ``title``, ``date``, ``url``, ``source``, or
the names news exports use for them (``published``, ``pubDate``,
``datePublished``, ``headline``, ``link``…: :data:`geo.articles.base.FIELD_ALIASES`);
other fields are ignored. ``text`` is kept exactly as given: it is data,
never markup. A bad record (missing ``text``, wrong type, unrecognised
date, malformed JSON line) is reported as an :class:`~geo.exceptions.ArticleError`
naming the file and line, and the other records are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from geo.articles.base import (
    TEXT_FIELDS, Metadata, ReadItem, Reader, make_article, metadata_from_mapping, record_problem,
)
from geo.exceptions import ArticleError

__all__ = ["JsonReader", "JsonLinesReader", "article_from_record"]

_WHITESPACE = " \t\n\r"


def article_from_record(
    record: object, *, path: str, line: int | None = None, where: str = ""
) -> ReadItem:
    """Turn one parsed JSON object (or CSV row) into an article or an error.

    Parameters
    ----------
    record : object
        The parsed value; anything but a mapping is an error.
    path, line : str, int or None
        Where the record is, for the article and the error.
    where : str
        Prefix for error reasons, e.g. ``"item 2: "``.

    Examples
    --------
    >>> article_from_record({"id": 7, "text": "Clashes near Vorukh."}, path="a.jsonl", line=1).id
    '7'
    >>> print(article_from_record({"title": "no text"}, path="a.jsonl", line=2))
    a.jsonl:2: missing field 'text'; expected a JSON object with a non-empty string 'text' (or 'body', 'content', 'articleBody'…)
    >>> article_from_record({"body": "Clashes near Vorukh."}, path="a.json").text
    'Clashes near Vorukh.'
    >>> print(article_from_record({"body": ["BATKEN -- Clashes.", "Two hurt."]}, path="a.json").text)
    BATKEN -- Clashes.
    <BLANKLINE>
    Two hurt.
    """
    if not isinstance(record, dict):
        return ArticleError(
            path,
            f"{where}found JSON {_json_type(record)}; expected an object with 'text'",
            line=line,
        )
    field = next((name for name in TEXT_FIELDS if record.get(name) is not None), "text")
    text = record.get(field)
    if text is None and (entries := _live_entries(record)) is not None:
        # a live page kept as its entries ("entries": [{"time": ..., "headline": ..., "text": ...}, ...]): each entry
        # a block of its time, headline and text, in the page's order
        field, text = "entries", entries
    if text is None:
        return ArticleError(
            path,
            f"{where}missing field 'text'; expected a JSON object with a non-empty string 'text' "
            f"(or {', '.join(repr(name) for name in TEXT_FIELDS[1:4])}…)",
            line=line,
        )
    if isinstance(text, list) and text and all(isinstance(paragraph, str) for paragraph in text):
        # an export that keeps the body as its paragraphs ("body": ["BATKEN -- ...", "..."]): one per block
        text = "\n\n".join(paragraph.strip() for paragraph in text if paragraph.strip())
    if not isinstance(text, str):
        return ArticleError(
            path, f"{where}field {field!r} is JSON {_json_type(text)}; expected a string (or a list of paragraph "
                  f"strings)", line=line
        )
    if not text.strip():
        return ArticleError(
            path, f"{where}field {field!r} is blank; expected article text", line=line
        )
    try:
        found = metadata_from_mapping(record, path=path, line=line, where=where)
    except ArticleError as error:
        return error
    return make_article(text, found=found, path=path, line=line)



#: Fields of a live page that list its entries, and of an entry that give its time and headline.
ENTRY_LIST_FIELDS = ("entries", "updates", "posts", "items")
ENTRY_TIME_FIELDS = ("time", "timestamp", "published", "date")
ENTRY_HEADLINE_FIELDS = ("headline", "title")


def _live_entries(record: dict) -> str | None:
    """The text of a live page kept as a list of entries, each an object with its own text field, else ``None``.

    >>> print(_live_entries({"entries": [{"time": "13:55", "headline": "Truce", "text": "Firing stopped."},
    ...                                  {"time": "09:10", "text": "Shelling near Kok-Tash."}]}))
    13:55
    Truce
    Firing stopped.
    <BLANKLINE>
    09:10
    Shelling near Kok-Tash.
    """
    entries = next((record[name] for name in ENTRY_LIST_FIELDS if isinstance(record.get(name), list)), None)
    if not entries or not all(isinstance(entry, dict) for entry in entries):
        return None
    blocks = []
    for entry in entries:
        body = next((entry[name] for name in TEXT_FIELDS if isinstance(entry.get(name), str)), None)
        if body is None or not body.strip():
            continue
        time = next((entry[name] for name in ENTRY_TIME_FIELDS if isinstance(entry.get(name), str)), None)
        headline = next((entry[name] for name in ENTRY_HEADLINE_FIELDS if isinstance(entry.get(name), str)), None)
        blocks.append("\n".join(part.strip() for part in (time, headline, body) if part and part.strip()))
    return "\n\n".join(blocks) or None


def _limit_error(path: str, error: BaseException, *, line: int | None = None, where: str = "") -> ArticleError:
    """A JSON value past the decoder's limits: nested too deep, or a number of thousands of digits."""
    what = ("nested too deep" if isinstance(error, RecursionError)
            else f"holds a value the decoder refuses ({str(error).split(';')[0]})")
    return ArticleError(path, f"{where}JSON {what}; expected an article object of text fields", line=line)

class JsonReader(Reader):
    """Read a ``.json`` file holding one article object or a list of them."""

    name = "JSON"
    suffixes = (".json",)

    def read(self, text: str, *, path: str, sidecar: Metadata | None = None) -> Iterator[ReadItem]:
        """Yield the article(s) of a JSON file; each list item is checked on its own."""
        decoder = json.JSONDecoder()
        pos = _skip(text, 0)
        if text.startswith("[", pos):
            yield from self._read_list(text, pos + 1, decoder=decoder, path=path)
            return
        try:
            record, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as error:
            yield _syntax_error(path, error)
            return
        except (RecursionError, ValueError) as error:
            yield _limit_error(path, error)
            return
        if _skip(text, end) != len(text):
            yield _trailing_error(path, text, end)
            return
        yield article_from_record(record, path=path)

    @staticmethod
    def _read_list(
        text: str, pos: int, *, decoder: json.JSONDecoder, path: str
    ) -> Iterator[ReadItem]:
        item = 0
        line, counted = 1, 0  # line number of ``counted``, advanced incrementally
        pos = _skip(text, pos)
        if text.startswith("]", pos):
            pos += 1
        else:
            while True:
                item += 1
                line, counted = line + text.count("\n", counted, pos), pos
                try:
                    record, pos = decoder.raw_decode(text, pos)
                except json.JSONDecodeError as error:
                    yield _syntax_error(path, error)
                    return
                except (RecursionError, ValueError) as error:
                    yield _limit_error(path, error, line=line, where=f"item {item}: ")
                    return
                yield article_from_record(record, path=path, line=line, where=f"item {item}: ")
                pos = _skip(text, pos)
                if text.startswith(",", pos):
                    pos = _skip(text, pos + 1)
                elif text.startswith("]", pos):
                    pos += 1
                    break
                else:
                    yield _expected(path, text, pos, "',' or ']' after a list item")
                    return
        if _skip(text, pos) != len(text):
            yield _trailing_error(path, text, pos)


class JsonLinesReader(Reader):
    """Read a ``.jsonl`` file: one article object per line, blank lines skipped."""

    name = "JSON lines"
    suffixes = (".jsonl",)
    checks_records = True

    def read(self, text: str, *, path: str, sidecar: Metadata | None = None) -> Iterator[ReadItem]:
        """Yield one article, or one error, per non-blank line."""
        return self.read_lines(text, path=path)

    def read_lines(self, text: str, *, path: str, first_line: int = 1) -> Iterator[ReadItem]:
        """Yield one article, or one error, per non-blank line of ``text``, a run of whole lines of ``path``.

        ``first_line`` is the number of the first line of ``text`` in the file,
        so a worker that reads a byte range of a large file (:mod:`geo.runners.pieces`)
        names the same lines as a reader of the whole file.
        """
        # Split on "\n" only: JSON strings may hold U+2028 and other separators.
        for number, line in enumerate(text.split("\n"), start=first_line):
            if not line.strip():
                continue
            problem = record_problem(line)
            if problem:
                yield ArticleError(path, f"line {problem}", line=number)
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield ArticleError(
                    path,
                    f"malformed JSON ({error.msg}, column {error.colno}); "
                    "expected one JSON object per line",
                    line=number,
                )
                continue
            except (RecursionError, ValueError) as error:
                yield _limit_error(path, error, line=number)
                continue
            yield article_from_record(record, path=path, line=number)


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WHITESPACE:
        pos += 1
    return pos


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def _syntax_error(path: str, error: json.JSONDecodeError) -> ArticleError:
    return ArticleError(
        path,
        f"malformed JSON ({error.msg}, column {error.colno}); "
        "expected an article object or a list of them",
        line=error.lineno,
    )


def _expected(path: str, text: str, pos: int, what: str) -> ArticleError:
    line = text.count("\n", 0, pos) + 1
    found = text[pos : pos + 20].split("\n")[0]
    return ArticleError(path, f"malformed JSON: found {found!r}; expected {what}", line=line)


def _trailing_error(path: str, text: str, pos: int) -> ArticleError:
    return _expected(path, text, _skip(text, pos), "nothing after the top-level value")
