"""Live ingest: articles posted to the service, merged with the same rules as ``geo run``.

The service keeps the per-article events of every article it has taken
(:class:`~geo.incidents.per_article.ArticleEvents`) in its journal
(:mod:`geo.service.journal`: one JSON line each in ``DATA_DIR/ingested.jsonl``,
or a row each in the database's ``geo.articles`` with ``--database``), in the
order they were taken. Taking
new articles parses only them, re-merges all the kept events with
:func:`~geo.incidents.build.merge_article_events` and rewrites every output
of the data folder as one (:func:`geo.run.publish_outputs`), so articles
taken one by one end in the same incidents as one ``geo run`` over all of
them in the same order.

An article whose id was taken before is left as it was. One lock makes
concurrent requests take turns (a database's advisory lock makes several
services take turns too); an article is acknowledged only after the outputs
are swapped in and its journal line is on disk (``fsync``) or its row and the
served layers are committed. When the service starts with a journal it
rebuilds the outputs from it, so a kill between the swap and the journal
costs only the unacknowledged article. Nothing is half-written: a request that fails
leaves the outputs and the journal as they were.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from geo.articles.json_reader import article_from_record
from geo.articles.model import Article
from geo.exceptions import ArticleError, ExportError, IngestDisabledError, RequestError, ServiceError, StoreBusyError
from geo.incidents.build import merge_article_events
from geo.incidents.per_article import ArticleEvents
from geo.options import RunOptions
from geo.run import publish_outputs
from geo.runners.serial import serial_events
from geo.service.journal import JOURNAL_NAME, FileJournal, Journal
from geo.service.store import FeatureStore, GeoPackageStore

if TYPE_CHECKING:
    from geo.geoparse.pipeline import Geoparser

__all__ = ["JOURNAL_NAME", "IngestReport", "Ingestor", "articles_from_payload"]

#: Where posted articles say they came from, in messages.
REQUEST_SOURCE = "POST /articles"


@dataclass
class IngestReport:
    """What one ``POST /articles`` did.

    Attributes
    ----------
    added : list of str
        Ids of the articles taken now.
    unchanged : list of str
        Ids already taken before (or twice in this request): nothing changed for them.
    incidents : int
        Incidents in the store afterwards.
    """

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    incidents: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The JSON answer."""
        return {"added": self.added, "unchanged": self.unchanged, "incidents": self.incidents}


def articles_from_payload(payload: object, *, max_batch: int) -> list[Article]:
    """The articles of a decoded request body: one article object, or a list of them.

    Every record is checked before any is parsed (the fields ``geo parse``
    reads from JSON: ``text``, ``id``, ``title``, ``date``/``published``, ``url``, ``source``).

    Raises
    ------
    RequestError
        400 naming the first bad article and field; 413 for more than ``max_batch`` articles.

    Examples
    --------
    >>> [a.id for a in articles_from_payload({"id": "a1", "text": "Shelling near Vorukh."}, max_batch=10)]
    ['a1']
    >>> articles_from_payload([{"id": "a1"}], max_batch=10)
    Traceback (most recent call last):
    ...
    geo.exceptions.RequestError: article 1: missing field 'text'; expected a JSON object with a non-empty string 'text'
    """
    if isinstance(payload, list):
        records, many = payload, True
        if not records:
            raise RequestError("the request holds an empty list; expected an article object or a list of them")
        if len(records) > max_batch:
            raise RequestError(f"the request holds {len(records)} articles; at most {max_batch} are taken "
                               "at once", status=413)
    elif isinstance(payload, dict):
        records, many = [payload], False
    else:
        raise RequestError(f"the request body is a JSON {type(payload).__name__}; expected an article "
                           "object or a list of them")
    articles = []
    for number, record in enumerate(records, start=1):
        item = article_from_record(record, path=REQUEST_SOURCE, where=f"article {number}: " if many else "")
        if isinstance(item, ArticleError):
            raise RequestError(item.reason)
        articles.append(item)
    return articles


class Ingestor:
    """The articles the service has taken, and the one way to take more.

    Parameters
    ----------
    options : RunOptions
        ``out_dir`` is the data folder; merge distances, border zone and the
        outputs rewritten are the run's.
    geoparser : Geoparser, optional
        Injected for tests; default: one over the default gazetteer, made on first use.
    on_publish : callable, optional
        Called (under the lock) after each change is committed: the service
        reloads its collections' extents.
    journal : Journal, optional
        Where the taken articles are kept: default the file
        ``DATA_DIR/ingested.jsonl``; :class:`geo.service.postgis.PostgresJournal`
        with ``--database``.
    store : FeatureStore, optional
        What the service serves (whether it holds mentions decides whether
        ingest may start without a journal); default the data folder's GeoPackage.
    """

    def __init__(self, *, options: RunOptions, geoparser: Geoparser | None = None,
                 on_publish: Callable[[], None] | None = None, journal: Journal | None = None,
                 store: FeatureStore | None = None) -> None:
        self.options = options
        self.journal: Journal = journal or FileJournal(options.out_dir / JOURNAL_NAME)
        self.store_path = options.out_dir / "incidents.gpkg"
        self.store: FeatureStore = store or GeoPackageStore(self.store_path)
        self._geoparser = geoparser
        self._on_publish = on_publish or (lambda: None)
        self._lock = threading.Lock()
        self._items: list[ArticleEvents] = []
        self._ids: set[str] = set()
        self._incidents = 0

    # --- start-up ------------------------------------------------------------------------------

    def start(self) -> None:
        """Load the journal and rebuild the outputs from it; write an empty store into an empty folder.

        With a database, its layers are rebuilt too, or taken from the data
        folder's GeoPackage when the database has none yet.

        Raises
        ------
        ServiceError
            The journal is unreadable (the line is named) or the database cannot be written.
        """
        with self._lock, self.journal.transaction() as change:
            self._items = change.new_items()
            self._ids = {item.article_id for item in self._items}
            rebuild = bool(self._items) or not self.store_path.exists()
            if rebuild:
                self._write_outputs(self._items)
            change.sync(store=self.store_path, force=rebuild)
            change.commit()
            self._on_publish()

    @property
    def can_ingest(self) -> bool:
        """Whether taking articles keeps what the store holds: a journal, or a store with no mentions."""
        return self.journal.exists() or not _has_mentions(self.store)

    @property
    def article_count(self) -> int:
        """Articles taken so far."""
        return len(self._items)

    # --- ingest --------------------------------------------------------------------------------

    def ingest(self, articles: Sequence[Article]) -> IngestReport:
        """Take ``articles``: parse the new ones, re-merge everything, rewrite the outputs, journal them.

        The outputs are rewritten first (swapped in whole), then the journal
        takes the new articles (a database: with the served layers, in one
        transaction); if that fails the outputs of what was taken before are
        put back. The articles are acknowledged only after the journal's commit.

        Raises
        ------
        IngestDisabledError
            The folder holds outputs of a ``geo run`` whose per-article events were not kept.
        StoreBusyError
            A ``geo run`` is writing into the data folder.
        ServiceError
            The outputs or the journal cannot be written (nothing is acknowledged, nothing changed).
        """
        report = IngestReport()
        with self._lock:
            if not self.can_ingest:
                raise IngestDisabledError(
                    f"{self.options.out_dir} holds outputs of `geo run` without the per-article events "
                    "ingest merges with; start `geo serve` with --articles INPUT (the articles of that run) "
                    "or on a new folder")
            with self.journal.transaction() as change:
                others = change.new_items()  # taken meanwhile by another service sharing the database
                self._items += others
                self._ids.update(item.article_id for item in others)
                new: list[Article] = []
                seen = set(self._ids)
                for article in articles:
                    if article.id in seen:
                        report.unchanged.append(article.id)
                    else:
                        seen.add(article.id)
                        new.append(article)
                        report.added.append(article.id)
                if new:
                    events = list(serial_events(new, geoparser=self._parser()))
                    candidate = self._items + events
                    self._write_outputs(candidate)
                    try:
                        change.append(events, store=self.store_path)
                        change.commit()
                    except ServiceError:
                        self._write_outputs(self._items)  # put the acknowledged state back
                        raise
                    self._items = candidate
                    self._ids.update(item.article_id for item in events)
                    self._on_publish()
            report.incidents = self._incidents
        return report

    def seed(self, articles: Iterable[Article]) -> IngestReport:
        """Take the articles of a folder at start-up when there is no journal yet (``--articles``)."""
        articles = list(articles)
        if self.journal.exists():
            return IngestReport(unchanged=[a.id for a in articles], incidents=self._incidents)
        self.journal.create()
        try:
            return self.ingest(articles)
        except BaseException:
            self.journal.discard_if_empty()
            raise

    # --- helpers -------------------------------------------------------------------------------

    def _parser(self) -> Geoparser:
        if self._geoparser is None:
            from geo.geoparse.pipeline import Geoparser

            self._geoparser = Geoparser()
        return self._geoparser

    def _write_outputs(self, items: list[ArticleEvents]) -> None:
        """Merge ``items`` and rewrite every output of the data folder as one (lock held)."""
        options = self.options
        result = merge_article_events(items, zone_width_km=options.zone_width_km, merge_km=options.merge_km)
        try:
            publish_outputs(result, options=options)
        except ExportError as error:
            if isinstance(error.__cause__, BlockingIOError):
                raise StoreBusyError(str(error)) from error
            raise ServiceError(f"cannot rewrite the outputs in {options.out_dir}: {error}") from error
        self._incidents = len(result.incidents)


def _has_mentions(store: FeatureStore) -> bool:
    if not store.exists():
        return False
    try:
        return store.query("mentions", limit=1, count=False).features != []
    except (ServiceError, RequestError):
        return True
