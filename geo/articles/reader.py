"""Read articles from files and folders: the I/O side of ``geo.articles``.

Pipeline per file: find (walk folders) -> check (size, NUL bytes) ->
decode (UTF-8, BOM removed) -> sidecar -> the format's reader. A file that
fails any step becomes one :class:`~geo.exceptions.ArticleError` and is
skipped; nothing here raises for a bad input file.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from geo.articles.base import Metadata, metadata_from_mapping
from geo.articles.json_reader import JsonLinesReader
from geo.articles.model import Article
from geo.articles.registry import READERS, is_sidecar, reader_for, sidecar_path
from geo.exceptions import ArticleError, ConfigurationError

__all__ = ["DEFAULT_MAX_BYTES", "ReadResult", "input_files", "iter_articles", "log_skipped", "read_articles",
           "read_file", "read_line_range", "read_text_file"]

log = logging.getLogger(__name__)

#: Largest input file read, in bytes.
DEFAULT_MAX_BYTES = 10_000_000

InputPath = str | os.PathLike[str]
ErrorHandler = Callable[[ArticleError], None]


@dataclass(slots=True)
class ReadResult:
    """Everything :func:`read_articles` read.

    Attributes
    ----------
    articles : list of Article
        In input order (folders walked in sorted order).
    errors : list of ArticleError
        One per skipped file or record.
    """

    articles: list[Article] = field(default_factory=list)
    errors: list[ArticleError] = field(default_factory=list)


def iter_articles(
    inputs: Iterable[InputPath] | InputPath,
    *,
    on_error: ErrorHandler | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article]:
    """Yield the articles of files and folders, one at a time.

    Folders are walked recursively in sorted order (a folder's files by
    name, then its subfolders by name); hidden files and
    folders (name starting with ``.``), sidecars (``*.meta.json``) and files
    of unknown suffix are skipped silently there. A file named explicitly
    must have a known suffix (see :data:`geo.articles.registry.READERS`).

    Parameters
    ----------
    inputs : iterable of path-like, or one path
        Files and folders. A single ``str``/``PathLike`` counts as one input.
    on_error : callable, optional
        Called with each :class:`~geo.exceptions.ArticleError` (a missing
        input, a binary, undecodable, empty or too large file, a bad record).
        When not given, errors are logged as warnings and skipped. If the
        callback raises, iteration stops with that exception.
    max_bytes : int, default 10_000_000
        Files larger than this are reported, not read.

    Returns
    -------
    Iterator of Article
        Lazy: each file is found, read and parsed only when reached.

    Raises
    ------
    ConfigurationError
        ``max_bytes`` is not a positive integer (raised at the call, not
        on the first ``next``).

    Examples
    --------
    >>> errors = []
    >>> list(iter_articles(["no/such/folder"], on_error=errors.append))
    []
    >>> print(errors[0])
    no/such/folder: no such file or folder
    """
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise ConfigurationError(f"max_bytes must be a positive integer; got {max_bytes!r}")
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    report = on_error if on_error is not None else log_skipped
    return _iter_articles(inputs, report=report, max_bytes=max_bytes)


def _iter_articles(
    inputs: Iterable[InputPath], *, report: ErrorHandler, max_bytes: int
) -> Iterator[Article]:
    for path in _walk(inputs, report):
        for item in _read_file(path, max_bytes=max_bytes):
            if isinstance(item, ArticleError):
                report(item)
            else:
                yield item


def input_files(inputs: Iterable[InputPath], *, on_error: ErrorHandler) -> Iterator[Path]:
    """The files :func:`iter_articles` reads, in its order, without reading them.

    Folders are walked as :func:`iter_articles` walks them; what it would
    report while walking (a missing input, a FIFO, a symlinked folder) goes
    to ``on_error`` at the same point of the sequence. Each file is then read
    by :func:`read_file` (or, for a large JSON Lines file, in pieces by
    :func:`read_line_range`): together they yield what :func:`iter_articles` yields.
    """
    return _walk(inputs, on_error)


def read_file(path: InputPath, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ArticleError]:
    """The articles of one input file and, in their place, an error per bad record or for the whole file.

    What :func:`iter_articles` reads from ``path``, with the errors yielded
    rather than reported: size, binary and encoding checks, the sidecar, the
    format's reader.
    """
    return _read_file(Path(path), max_bytes=max_bytes)


def read_line_range(path: InputPath, *, start: int, end: int, first_line: int) -> Iterator[Article | ArticleError]:
    """The articles of bytes ``start:end`` of a JSON Lines file, whole lines starting at line ``first_line``.

    For a file whose checks as a whole were passed (at most ``max_bytes``,
    not UTF-16, not blank: :func:`geo.runners.pieces.plan_pieces` checks them):
    the range is decoded as :func:`read_text_file` decodes the whole file
    (``surrogateescape``; a UTF-8 byte-order mark removed at offset 0), and
    each line is read, reported and numbered as in a read of the whole file.
    Cut after a newline, a file's ranges decode to the pieces of its whole
    text (no UTF-8 sequence holds the byte ``\\n``). A file that cannot be
    read any more yields the error :func:`read_text_file` would raise.
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            handle.seek(start)
            data = handle.read(end - start)
    except OSError as error:
        yield ArticleError(name, f"cannot read the file ({error.strerror or error})")
        return
    text = data.decode("utf-8", "surrogateescape")
    if start == 0:
        text = text.removeprefix("\ufeff")
    yield from JsonLinesReader().read_lines(text, path=name, first_line=first_line)


def read_articles(
    inputs: Iterable[InputPath] | InputPath, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> ReadResult:
    """Read all articles of files and folders into memory, with their errors.

    Parameters are as for :func:`iter_articles`; use that for large inputs.

    Examples
    --------
    >>> result = read_articles([])
    >>> result.articles, result.errors
    ([], [])
    """
    result = ReadResult()
    articles = iter_articles(inputs, on_error=result.errors.append, max_bytes=max_bytes)
    result.articles.extend(articles)
    return result


def read_text_file(path: InputPath, *, max_bytes: int = DEFAULT_MAX_BYTES, per_record: bool = False) -> str:
    """Read one input file as text: size-checked, UTF-8 (or UTF-16 with a BOM), BOM removed, not blank.

    ``per_record`` leaves NUL bytes and bytes that are not UTF-8 (decoded with
    ``surrogateescape``) for a reader that rejects the records holding them
    (CSV rows, JSON lines), instead of rejecting the whole file.

    Line endings and every other character are kept, so offsets are stable.

    Raises
    ------
    ArticleError
        The file cannot be read, is larger than ``max_bytes``, holds NUL
        bytes (binary), is not UTF-8, or is empty.
    """
    name = os.fspath(path)
    try:
        size = os.stat(name).st_size
        if size > max_bytes:
            raise _too_large(name, size, max_bytes)
        with open(name, "rb") as handle:
            data = handle.read(size + 1)  # not max_bytes: that would allocate it per file
            if len(data) > size:  # grew since stat, or a special file: read up to the limit
                data += handle.read(max_bytes + 1 - len(data))
    except OSError as error:
        raise ArticleError(name, f"cannot read the file ({error.strerror or error})") from error
    if len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and _looks_utf16(data):  # UTF-16 with its byte-order mark
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeError as error:
            raise ArticleError(name, f"starts with a UTF-16 byte-order mark but cannot be decoded as "
                                     f"UTF-16 ({error}); expected UTF-8 or UTF-16 text") from error
    if per_record:
        text = data.decode("utf-8", "surrogateescape").removeprefix("\ufeff")
        if not text.strip():
            raise ArticleError(name, "is empty; expected article text")
        return text
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise ArticleError(
            name,
            f"looks binary (NUL byte at offset {offset}); expected a UTF-8 text file",
            line=data.count(b"\n", 0, offset) + 1,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            name,
            f"cannot be decoded as UTF-8 (byte 0x{data[error.start]:02x} at offset "
            f"{error.start}); expected UTF-8 text, with or without a BOM. Re-save the file "
            "as UTF-8",
            line=data.count(b"\n", 0, error.start) + 1,
        ) from error
    if not text.strip():
        raise ArticleError(name, "is empty; expected article text")
    return text


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 text of an article: even length, and most code units Latin, Cyrillic or punctuation.

    Two bytes ``FF FE`` alone do not make a file UTF-16 (a binary file may
    start with them): the high bytes of its code units must be those of text.
    """
    body = data[2:]
    if len(body) % 2 or not body:
        return False
    high = body[1::2] if data.startswith(b"\xff\xfe") else body[0::2]
    texty = sum(1 for b in high if b in (0x00, 0x04, 0x05, 0x20))
    return texty >= 0.5 * len(high)


def _walk(inputs: Iterable[InputPath], report: ErrorHandler) -> Iterator[Path]:
    """Yield every input file, folders expanded; report missing inputs and what is not read.

    FIFOs, sockets and devices are reported and skipped (reading a FIFO would
    wait for ever); symlinked subfolders are reported, not followed (a link
    may loop); unreadable subfolders are reported.
    """
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            def unreadable(error: OSError) -> None:
                report(ArticleError(error.filename or os.fspath(path),
                                    f"folder cannot be read ({error.strerror or error}); skipped"))

            for folder, dirs, files in os.walk(path, onerror=unreadable):
                for name in sorted(dirs):
                    if not name.startswith(".") and os.path.islink(os.path.join(folder, name)):
                        report(ArticleError(os.path.join(folder, name),
                                            "is a symbolic link to a folder; not followed (name it as an "
                                            "input to read it)"))
                dirs[:] = sorted(name for name in dirs
                                 if not name.startswith(".") and not os.path.islink(os.path.join(folder, name)))
                for name in sorted(files):
                    if name.startswith(".") or is_sidecar(name):
                        continue
                    if Path(name).suffix.lower() in READERS:
                        candidate = Path(folder, name)
                        if _regular(candidate, report):
                            yield candidate
        elif path.exists():
            if _regular(path, report):
                yield path  # named explicitly: an unknown suffix is reported later
        else:
            report(ArticleError(os.fspath(item), "no such file or folder"))


def _regular(path: Path, report: ErrorHandler) -> bool:
    """Whether ``path`` is a regular file; a FIFO, socket or device is reported."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        report(ArticleError(os.fspath(path), f"cannot be read ({error.strerror or error})"))
        return False
    if stat.S_ISREG(mode):
        return True
    kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    report(ArticleError(os.fspath(path), f"is {kind}, not a regular file; skipped"))
    return False


def _read_file(path: Path, *, max_bytes: int) -> Iterator[Article | ArticleError]:
    name = os.fspath(path)
    try:
        reader = reader_for(path)
        text = read_text_file(path, max_bytes=max_bytes, per_record=reader.checks_records)
        sidecar = _read_sidecar(path, max_bytes=max_bytes) if reader.uses_sidecar else None
    except ArticleError as error:
        yield error
        return
    yield from reader.read(text, path=name, sidecar=sidecar)


def _read_sidecar(path: Path, *, max_bytes: int) -> Metadata | None:
    side = Path(sidecar_path(path))
    if not side.is_file():
        return None
    text = read_text_file(side, max_bytes=max_bytes)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise ArticleError(
            os.fspath(side),
            f"malformed JSON ({error.msg}, column {error.colno}); expected a sidecar object "
            f"for {path.name} with any of 'id', 'title', 'date', 'url', 'source'",
            line=error.lineno,
        ) from error
    if not isinstance(record, dict):
        raise ArticleError(
            os.fspath(side),
            f"found JSON {type(record).__name__}; expected an object with any of "
            "'id', 'title', 'date', 'url', 'source'",
        )
    return metadata_from_mapping(record, path=os.fspath(side))


def log_skipped(error: ArticleError) -> None:
    """What happens to a bad file or record when no ``on_error`` is given: a warning in the log."""
    log.warning("skipped: %s", error)


def _too_large(name: str, size: int, max_bytes: int) -> ArticleError:
    return ArticleError(
        name, f"is {size:,} bytes; expected at most {max_bytes:,} (raise max_bytes to read it)"
    )
