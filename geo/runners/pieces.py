"""Input files cut into pieces that Dask workers read themselves, partitioned by size.

The process that runs ``geo run`` only walks the inputs (as
:func:`geo.articles.iter_articles` does, reporting a missing input or a FIFO
at the same point of the sequence) and looks at file sizes; it never decodes
an article. Each task gets a list of :class:`FilePiece` and reads them on its
worker (:meth:`FilePiece.read`): a whole file, read and checked exactly as in
one process, or a run of whole lines of a JSON Lines file larger than a
partition, cut after a newline, with the number of its first line, so every
article, line number and error message is the one a serial run gives.

A JSON Lines file is cut only when it passes, as a whole, the checks that
:func:`geo.articles.reader.read_text_file` makes of a whole file (at most
``max_bytes``, no UTF-16 byte-order mark, not blank); any other file no
larger than a partition (or larger than ``max_bytes``) is one piece, and its
worker reports it as a serial run would. A file larger than a partition that
cannot be cut (a JSON list, a CSV table, a UTF-16 file) is read here, as in
one process, and its articles are sent in partitions by size, so that one
large file is still parsed on every worker. Input files must not change while
a run reads them (nor must they in one process).
"""

from __future__ import annotations

import mmap
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geo._pickling import pickle_by_fields
from geo.articles.json_reader import JsonLinesReader
from geo.articles.model import Article
from geo.articles.reader import input_files, read_file, read_line_range
from geo.articles.registry import reader_for
from geo.exceptions import ArticleError, ConfigurationError

__all__ = ["FilePiece", "plan_pieces"]

#: A printable ASCII byte other than a space: a file holding one is not blank text.
_TEXT_BYTE = re.compile(rb"[!-~]")


@pickle_by_fields
@dataclass(frozen=True, slots=True)
class FilePiece:
    """One file, or a run of whole lines of a JSON Lines file, that one task reads.

    Attributes
    ----------
    path : str
        The file as a run in one process names it (in messages and
        :attr:`Article.path`); workers of a local cluster share this process's
        working folder.
    start, end : int, int or None
        The byte range; ``end`` ``None`` reads the whole file.
    first_line : int
        The number of the range's first line in the file.
    size : int
        Bytes, for partitioning.
    """

    path: str
    start: int = 0
    end: int | None = None
    first_line: int = 1
    size: int = 0

    def read(self, *, max_bytes: int) -> Iterator[Article | ArticleError]:
        """The articles of the piece and, in their place, the errors of bad records or of the file."""
        if self.end is None:
            return read_file(self.path, max_bytes=max_bytes)
        return read_line_range(self.path, start=self.start, end=self.end, first_line=self.first_line)


def plan_pieces(inputs: Iterable[str | os.PathLike[str]], *, max_bytes: int,
                partition_bytes: int) -> Iterator[list[FilePiece] | list[Article] | ArticleError]:
    """The partitions of the inputs' pieces and the errors found here, in reading order.

    A partition of pieces is closed once it holds ``partition_bytes`` bytes or
    more (a JSON Lines file larger than that is cut into ranges of about that
    size). A larger file that cannot be cut is read here: its articles come as
    partitions of about ``partition_bytes`` characters of text, and its bad
    records as errors in their places. An error found here closes the open
    partition, so that it comes after the articles and errors of everything
    read before it.

    Examples
    --------
    >>> list(plan_pieces(["no/such.jsonl"], max_bytes=100, partition_bytes=10))
    [ArticleError('no/such.jsonl: no such file or folder')]
    """
    if isinstance(partition_bytes, bool) or not isinstance(partition_bytes, int) or partition_bytes < 1:
        raise ConfigurationError(f"partition_bytes must be a positive whole number, got {partition_bytes!r}")
    errors: list[ArticleError] = []
    part: list[FilePiece] = []
    size = 0
    for path in input_files(inputs, on_error=errors.append):
        if errors:
            if part:
                yield part
                part, size = [], 0
            yield from errors
            errors.clear()
        pieces = _pieces(path, max_bytes=max_bytes, target=partition_bytes)
        if pieces is None:  # too large for one task, and cannot be cut: read here
            if part:
                yield part
                part, size = [], 0
            yield from _read_here(path, max_bytes=max_bytes, partition_chars=partition_bytes)
            continue
        for piece in pieces:
            part.append(piece)
            size += piece.size
            if size >= partition_bytes:
                yield part
                part, size = [], 0
    if part:
        yield part
    yield from errors


def _pieces(path: Path, *, max_bytes: int, target: int) -> list[FilePiece] | None:
    """The pieces of one file; ``None`` for a file larger than ``target`` that cannot be cut."""
    name = os.fspath(path)
    try:
        size = os.stat(name).st_size
    except OSError:
        return [FilePiece(name)]  # its worker reports it, as a serial run would
    if size <= target or size > max_bytes:
        return [FilePiece(name, size=size)]
    if not _json_lines(name):
        return None
    try:
        with open(name, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            if len(data) != size or data[:2] in (b"\xff\xfe", b"\xfe\xff") or not _TEXT_BYTE.search(data):
                return None
            ranges = list(_line_ranges(data, target))
    except (OSError, ValueError):
        return None
    return [FilePiece(name, start=start, end=end, first_line=first_line, size=end - start)
            for start, end, first_line in ranges]


def _read_here(path: Path, *, max_bytes: int, partition_chars: int) -> Iterator[list[Article] | ArticleError]:
    """One file read as in one process: partitions of its articles by size, and its errors in their places."""
    part: list[Article] = []
    size = 0
    for item in read_file(path, max_bytes=max_bytes):
        if isinstance(item, ArticleError):
            if part:
                yield part
                part, size = [], 0
            yield item
            continue
        part.append(item)
        size += len(item.text)
        if size >= partition_chars:
            yield part
            part, size = [], 0
    if part:
        yield part


def _line_ranges(data: mmap.mmap, target: int) -> Iterator[tuple[int, int, int]]:
    """``(start, end, first line)`` of runs of whole lines of at least ``target`` bytes (the last may be shorter)."""
    pos, line, size = 0, 1, len(data)
    while pos < size:
        end = data.find(b"\n", pos + target - 1)
        end = size if end < 0 else end + 1
        yield pos, end, line
        line += data[pos:end].count(b"\n")
        pos = end


def _json_lines(name: str) -> bool:
    try:
        return isinstance(reader_for(name), JsonLinesReader)
    except ArticleError:
        return False
