"""Plain-text and markdown articles (``.txt``, ``.md``): one article per file.

The text is kept exactly as decoded, so character offsets into it are
stable. The title is the first non-empty line that is not the dateline,
without leading bullets (``•``, ``*``, ``-``) or markdown marks (``#``,
``>``); a line longer than :data:`MAX_TITLE_CHARS` is taken to be body text
and gives no title. The date comes from a dateline near the top
(:func:`geo.articles.dates.find_dateline`).

A file that opens with a YAML front-matter block (``---`` … ``---``, as Jekyll,
Hugo and most markdown exports write it) takes its ``title``, ``date``, ``url``
and ``source`` from the block's ``key: value`` lines (the names of
:data:`geo.articles.base.FIELD_ALIASES` too: ``published``, ``outlet``…); the
block is blanked in the text (same length, so offsets stay those of the file)
so that it is never read as the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from geo.articles.base import Metadata, ReadItem, Reader, make_article, metadata_from_mapping
from geo.articles.dates import find_dateline_parts
from geo.exceptions import ArticleError

__all__ = ["TextReader", "MAX_TITLE_CHARS", "front_matter", "title_from_text"]

#: A first line longer than this is a paragraph, not a headline.
MAX_TITLE_CHARS = 300

_DECORATION = re.compile(r"^[\s•·*\-–—#>]+|[\s*#]+$")
#: A line that is only a date (and time), in any language: "18 сентября 2022, 14:55", "14.09.2022".
_DATE_ONLY = re.compile(
    r"^(?:\d{1,2}[\s./-]+[^\W\d_]{3,12}\.?[\s./-]+\d{4}|[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?:\s*г\.?)?(?:[,\s]+\d{1,2}[:.]\d{2}(?:\s*[AaPp][Mm])?)?$")


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n((?:.*\r?\n){0,60}?)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)")
_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """The ``key: value`` pairs of a leading YAML front-matter block, and where the block ends.

    Only flat scalar lines are read (quotes stripped); lists and nested keys are
    skipped. Returns ``({}, 0)`` when the text has no such block.

    Examples
    --------
    >>> front_matter('---\\ntitle: "Shelling near Vorukh"\\ndate: 2024-05-20\\n---\\nBody')
    ({'title': 'Shelling near Vorukh', 'date': '2024-05-20'}, 55)
    >>> front_matter("No block here")
    ({}, 0)
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        pair = _FRONT_LINE.match(line)
        if pair:
            value = pair.group(2)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            fields.setdefault(pair.group(1), value)
    return fields, match.end()


def title_from_text(text: str, *, skip: tuple[int, int] | None = None) -> str | None:
    """Return the first non-empty line of ``text``, cleaned, as a title.

    Parameters
    ----------
    text : str
        The article text.
    skip : tuple of (int, int), optional
        Character span of the dateline; the line holding it is skipped.

    Examples
    --------
    >>> title_from_text("Sep 18, 2022\\n  • Putin urges calm\\n", skip=(0, 12))
    'Putin urges calm'
    >>> title_from_text("## Border talks resume ##\\nBody.")
    'Border talks resume'
    >>> title_from_text("18 сентября 2022, 14:55\\n\\nБои у Кок-Таша")
    'Бои у Кок-Таша'
    """
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        on_dateline = skip is not None and start <= skip[0] < end
        cleaned = _DECORATION.sub("", line).strip()
        if cleaned and not on_dateline and not _DATE_ONLY.match(cleaned):
            return cleaned if len(cleaned) <= MAX_TITLE_CHARS else None
        start = end
    return None


class TextReader(Reader):
    """Read ``.txt`` and ``.md`` files as one article each."""

    name = "plain text / markdown"
    suffixes = (".txt", ".md")
    uses_sidecar = True

    def read(self, text: str, *, path: str, sidecar: Metadata | None = None) -> Iterator[ReadItem]:
        """Yield the one article of a text file (see the module docstring)."""
        fields, end = front_matter(text)
        if end:
            # the block stays in the text as blanks (newlines kept), so offsets are the file's
            text = re.sub(r"[^\r\n]", " ", text[:end]) + text[end:]
        dateline = find_dateline_parts(text)
        found = Metadata(
            title=title_from_text(text, skip=dateline[1:] if dateline else None),
            date=dateline[0] if dateline else None,
        )
        if fields:
            try:
                found = metadata_from_mapping(fields, path=path, where="front matter: ").over(found)
            except ArticleError as error:
                yield error
                return
        yield make_article(text, found=found, path=path, sidecar=sidecar)
