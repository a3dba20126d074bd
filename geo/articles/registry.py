"""The article readers, by file suffix.

To add a format, write a :class:`~geo.articles.base.Reader` subclass in its
own module and register one instance under each of its suffixes here;
``tests/test_articles.py`` checks every entry against the base contract.
"""

from __future__ import annotations

import os
from pathlib import PurePath

from geo.articles.base import Reader
from geo.articles.csv_reader import CsvReader
from geo.articles.html_reader import HtmlReader
from geo.articles.json_reader import JsonLinesReader, JsonReader
from geo.articles.text_reader import TextReader
from geo.exceptions import ArticleError

__all__ = ["READERS", "SIDECAR_SUFFIX", "is_sidecar", "reader_for", "sidecar_path"]

#: Suffix of the optional metadata file next to an article (``NAME.meta.json``).
SIDECAR_SUFFIX = ".meta.json"

#: One reader instance per lower-case suffix.
READERS: dict[str, Reader] = {
    suffix: reader
    for reader in (TextReader(), HtmlReader(), JsonReader(), JsonLinesReader(), CsvReader())
    for suffix in reader.suffixes
}


def is_sidecar(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` names a sidecar metadata file (``*.meta.json``)."""
    return PurePath(path).name.lower().endswith(SIDECAR_SUFFIX)


def sidecar_path(path: str | os.PathLike[str]) -> PurePath:
    """The sidecar that belongs to ``path``: ``NAME.txt`` -> ``NAME.meta.json``.

    Examples
    --------
    >>> sidecar_path("in/a.txt").as_posix()
    'in/a.meta.json'
    """
    return PurePath(path).with_suffix(SIDECAR_SUFFIX)


def reader_for(path: str | os.PathLike[str]) -> Reader:
    """Return the reader registered for the suffix of ``path`` (case ignored).

    Raises
    ------
    ArticleError
        No reader handles that suffix, or ``path`` is a sidecar; the
        message lists the valid suffixes.

    Examples
    --------
    >>> reader_for("a.HTM").name
    'HTML'
    """
    valid = ", ".join(sorted(READERS))
    if is_sidecar(path):
        return _raise(
            path,
            f"is a sidecar metadata file ({SIDECAR_SUFFIX}), read together with the article "
            f"next to it; pass that article instead (one of {valid})",
        )
    suffix = PurePath(path).suffix.lower()
    try:
        return READERS[suffix]
    except KeyError:
        shown = repr(suffix) if suffix else "no suffix"
        return _raise(path, f"unknown article format ({shown}); expected one of {valid}")


def _raise(path: str | os.PathLike[str], reason: str) -> Reader:
    raise ArticleError(os.fspath(path), reason)
