"""Where the service keeps the per-article events of the articles it has taken.

A journal is the service's record of what it acknowledged: the events of
every article taken (:class:`~geo.incidents.per_article.ArticleEvents`), in
the order they were taken. Two kinds share one interface (:class:`Journal`):

- :class:`FileJournal` — ``DATA_DIR/ingested.jsonl``, one JSON line per
  article, appended and ``fsync``\\ ed (the default, nothing to install);
- :class:`geo.service.postgis.PostgresJournal` — the table ``geo.articles``
  of a PostgreSQL database, written in the same transaction as the served
  layers (``geo serve --database``).

Every change goes through :meth:`Journal.transaction`: the transaction
first tells what other writers added since this process last looked
(:meth:`JournalTransaction.new_items`; a shared database can have several
services), then takes the new articles' events and, for a database, the
layers to serve (:meth:`JournalTransaction.append`), and makes them durable
in :meth:`JournalTransaction.commit`. A transaction left without a commit
changes nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from geo.exceptions import DataError, ServiceError
from geo.incidents.per_article import ArticleEvents

__all__ = ["JOURNAL_NAME", "FileJournal", "Journal", "JournalTransaction"]

#: The journal of taken articles' events, inside the data folder.
JOURNAL_NAME = "ingested.jsonl"


class JournalTransaction(Protocol):
    """One change of a journal (see the module's description)."""

    def new_items(self) -> list[ArticleEvents]:
        """The articles' events added since this journal object last read (all of them the first time)."""

    def append(self, events: list[ArticleEvents], *, store: Path) -> None:
        """Take ``events``; ``store`` is the GeoPackage just written from every taken article."""

    def sync(self, *, store: Path, force: bool) -> None:
        """Serve the layers of ``store`` (a database: when ``force`` or when it has none yet)."""

    def commit(self) -> None:
        """Make the change durable (``ServiceError`` if it cannot be; then nothing changed)."""


class Journal(Protocol):
    """A record of the taken articles (see the module's description)."""

    #: Where it is, for messages (a database URL is shown without its password).
    location: str

    def exists(self) -> bool:
        """Whether this journal has been started (ingest merges with what it holds)."""

    def create(self) -> None:
        """Start an empty journal (``geo serve --articles``)."""

    def discard_if_empty(self) -> None:
        """Remove a journal :meth:`create` started when nothing was taken into it."""

    def transaction(self) -> contextlib.AbstractContextManager[JournalTransaction]:
        """One change: see :class:`JournalTransaction`."""


class FileJournal:
    """The journal as a JSON-lines file, appended and ``fsync``\\ ed; the service's only writer.

    Parameters
    ----------
    path : Path
        ``DATA_DIR/ingested.jsonl``.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        self._offset = 0  # bytes read (or written) so far
        self._lines = 0  # ... and the lines in them

    def exists(self) -> bool:
        """Whether the file exists."""
        return self.path.exists()

    def create(self) -> None:
        """An empty file (and its folder)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.touch()

    def discard_if_empty(self) -> None:
        """Remove the file if it holds nothing."""
        if self.path.exists() and self.path.stat().st_size == 0:
            self.path.unlink()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[_FileTransaction]:
        """A change; the file is the service's own, so nothing needs locking beyond the ingest lock."""
        yield _FileTransaction(self)

    def read_new(self) -> list[ArticleEvents]:
        """The lines after what was read before.

        A last line without its newline was cut by a kill mid-write: it was
        never acknowledged (the answer waits for the ``fsync`` of the whole
        line), so it is dropped and cut from the file, and the next line
        appended starts a line of its own.

        Raises
        ------
        ServiceError
            A line that is not an article's events (the line is named).
        """
        if not self.path.exists():
            return []
        try:
            with self.path.open("rb") as handle:
                handle.seek(self._offset)
                data = handle.read()
        except OSError as error:
            raise ServiceError(f"cannot read the journal {self.path}: {error}") from error
        end = data.rfind(b"\n") + 1
        if end < len(data):
            self._cut(self._offset + end)
        items = []
        for number, raw in enumerate(data[:end].split(b"\n")[:-1], start=self._lines + 1):
            if not raw.strip():
                continue
            try:
                items.append(ArticleEvents.from_dict(json.loads(raw.decode("utf-8"))))
            except (UnicodeDecodeError, json.JSONDecodeError, DataError) as error:
                raise ServiceError(f"{self.path}:{number}: {error}") from error
        self._offset += end
        self._lines += data.count(b"\n", 0, end)
        return items

    def append(self, events: list[ArticleEvents]) -> None:
        """Append one line per article and ``fsync``; a failed write leaves no part of a line behind.

        Raises
        ------
        ServiceError
            The file cannot be written (nothing was taken).
        """
        text = "".join(json.dumps(item.to_dict(), ensure_ascii=False) + "\n" for item in events)
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as error:
            raise ServiceError(f"cannot write the journal {self.path}: {error}; nothing was taken") from error
        try:
            size = os.fstat(fd).st_size
            try:
                os.write(fd, text.encode("utf-8"))
                os.fsync(fd)
            except OSError as error:
                os.ftruncate(fd, size)  # no partial line is left behind
                raise ServiceError(f"cannot write the journal {self.path}: {error}; nothing was taken") from error
            self._offset = size + len(text.encode("utf-8"))
            self._lines += len(events)
        finally:
            os.close(fd)

    def _cut(self, size: int) -> None:
        try:
            os.truncate(self.path, size)
        except OSError as error:
            raise ServiceError(f"cannot cut the unfinished last line of the journal {self.path}: {error}") from error


class _FileTransaction:
    """A change of a :class:`FileJournal`: appends are durable as soon as they are written."""

    def __init__(self, journal: FileJournal) -> None:
        self.journal = journal

    def new_items(self) -> list[ArticleEvents]:
        return self.journal.read_new()

    def append(self, events: list[ArticleEvents], *, store: Path) -> None:
        self.journal.append(events)

    def sync(self, *, store: Path, force: bool) -> None:
        """Nothing to do: the GeoPackage in the data folder is what is served."""

    def commit(self) -> None:
        """Nothing to do: :meth:`append` wrote and synced."""
