"""The Dask runner: parse partitions of articles on a ``dask.distributed`` cluster.

Two ways in, one machinery:

- :func:`dask_input_events` (what ``geo run`` uses when the workers can see
  the input files: a local cluster, or ``read_on_workers``): this process
  only walks the inputs and cuts them into partitions of file pieces by size
  (:func:`~geo.runners.pieces.plan_pieces`; a large file that cannot be cut
  is read here and its articles sent); each worker reads its pieces,
  keeps the chosen languages and parses them
  (:func:`~geo.runners.worker.parse_pieces`), and sends back the records
  with the errors of bad files and records in their places, which are
  reported here in reading order, word for word as in a serial run;
- :func:`dask_events`: articles read in this process (so that workers that do
  not share its files can parse them) are cut by size
  (:func:`~geo.runners.partition.partition_by_size`) and sent
  (:func:`~geo.runners.worker.parse_partition`).

Each worker opens the gazetteer once. Results are taken back in submission
order, so the merge sees the articles in reading order and the outputs are
the same bytes as a serial run. At most a few partitions per worker are in
flight: the workers' memory stays bounded however many articles are read. A
worker that dies has its task run again elsewhere (Dask's
``allowed-failures``, 3 by default); the run goes on.

Dask is an optional extra (``pip install -e ".[dask]"``); this module is only
imported for a distributed run.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from geo._gc import paused_gc
from geo.articles.model import Article
from geo.exceptions import ArticleError, ConfigurationError
from geo.incidents.per_article import ArticleEvents
from geo.options import RunOptions
from geo.runners.partition import partition_by_size
from geo.runners.pieces import FilePiece, plan_pieces
from geo.runners.worker import (PartitionResult, open_current_gazetteer, open_gazetteer, parse_articles,
                               parse_partition, parse_pieces)

__all__ = ["IN_FLIGHT_PER_WORKER", "LOCAL_CLUSTER_CONFIG", "dask_events", "dask_input_events", "local_cluster"]

#: Partitions queued per worker: enough to keep each busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 3
_CONNECT_TIMEOUT = "30s"
#: Dask settings of the local clusters made here. Their scheduler and nannies run in this process,
#: beside the two workers of a 2-core machine; at the defaults (a 20 ms event-loop tick, a nanny
#: memory check every 100 ms, system monitors every 500 ms) they cost it 33 ms of CPU a second,
#: at these 8 ms (docs/SCALE.md, run E). A worker over its memory limit is still stopped, within a second.
LOCAL_CLUSTER_CONFIG: dict[str, str] = {
    "distributed.admin.tick.interval": "200ms",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}

Task = Callable[[list[Article]], list[ArticleEvents]]
PiecesTask = Callable[..., bytes]


def _import_distributed():
    try:
        import distributed
    except ImportError as error:
        raise ConfigurationError(
            "parsing on several workers needs Dask: pip install -e \".[dask]\" "
            "(or run with --workers 1)") from error
    return distributed


@contextlib.contextmanager
def local_cluster(workers: int) -> Iterator[Any]:
    """A local ``distributed.LocalCluster`` of ``workers`` processes of one thread each.

    Started with :data:`LOCAL_CLUSTER_CONFIG` (its scheduler and nannies run
    in this process); ``geo run --workers N`` and ``benchmarks/bench_scale.py`` use it.
    """
    distributed = _import_distributed()
    import dask

    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster:
            yield cluster


@contextlib.contextmanager
def _client(options: RunOptions, say: Callable[[str], None]) -> Iterator[Any]:
    """A client of the scheduler at ``options.scheduler``, else of a new local cluster."""
    distributed = _import_distributed()
    if options.scheduler is not None:
        try:
            client = distributed.Client(options.scheduler, timeout=_CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as error:
            raise ConfigurationError(
                f"cannot reach the Dask scheduler at {options.scheduler!r}: {error}") from error
        with client:
            workers = len(client.scheduler_info().get("workers", {}))
            say(f"parsing on the Dask cluster at {options.scheduler} ({workers} workers)")
            yield client
        return
    with local_cluster(options.workers) as cluster, distributed.Client(cluster) as client:
        say(f"parsing on a local Dask cluster of {options.workers} worker processes")
        yield client


def _in_flight_limit(client: Any, options: RunOptions) -> int:
    """Every worker opens its index now; the number of partitions to keep in flight."""
    _open_gazetteers(client)
    workers = max(1, len(client.scheduler_info().get("workers", {})) or options.workers)
    return IN_FLIGHT_PER_WORKER * workers


def dask_events(
    articles: Iterable[Article],
    *,
    options: RunOptions,
    progress: Callable[[str], None] | None = None,
    task: Task = parse_partition,
) -> Iterator[ArticleEvents]:
    """The per-article events of ``articles``, parsed on Dask, in reading order.

    Parameters
    ----------
    articles : iterable of Article
        Read lazily, in order.
    options : RunOptions
        ``scheduler`` (a running cluster) or ``workers`` (a local cluster of
        that many processes, one thread each), and ``partition_bytes``.
    progress : callable, optional
        Receives a line about the cluster.
    task : callable
        The function run on a worker for each partition (a seam for tests);
        it must return one :class:`ArticleEvents` per article, in order.

    Yields
    ------
    ArticleEvents
        One per article, in the order of ``articles``.
    """
    say = progress or (lambda _line: None)
    with _client(options, say) as client:
        limit = _in_flight_limit(client, options)
        in_flight: deque[Any] = deque()
        try:
            for partition in partition_by_size(articles, max_chars=options.partition_bytes):
                in_flight.append(client.submit(task, partition, pure=False))
                while len(in_flight) >= limit:
                    yield from _frozen(in_flight.popleft().result())
            while in_flight:
                yield from _frozen(in_flight.popleft().result())
        finally:
            for future in in_flight:
                future.cancel()
            gc.unfreeze()


def dask_input_events(
    options: RunOptions,
    *,
    on_error: Callable[[ArticleError], None],
    on_other_language: Callable[[], None] | None = None,
    progress: Callable[[str], None] | None = None,
    task: PiecesTask = parse_pieces,
) -> Iterator[ArticleEvents]:
    """The per-article events of the articles in ``options.inputs``, read and parsed on Dask, in reading order.

    Parameters
    ----------
    options : RunOptions
        ``inputs``, ``max_bytes``, ``languages``, ``partition_bytes`` (bytes of
        input per task), and ``scheduler`` or ``workers`` as for :func:`dask_events`.
        The workers must see the input files under the names given (a local
        cluster shares this process's working folder).
    on_error : callable
        Receives each bad file or record, in reading order, with the message
        of a serial run (:func:`geo.articles.iter_articles`).
    on_other_language : callable, optional
        Called once per article left out by ``options.languages``.
    progress : callable, optional
        Receives a line about the cluster.
    task : callable
        Run on a worker for each partition (a seam for tests):
        ``task(pieces, max_bytes=..., languages=...)`` returns a pickled
        :class:`~geo.runners.worker.PartitionResult`.

    Yields
    ------
    ArticleEvents
        One per article kept, in reading order.
    """
    say = progress or (lambda _line: None)
    other = on_other_language or (lambda: None)
    with _client(options, say) as client:
        limit = _in_flight_limit(client, options)
        pending: deque[Any] = deque()  # futures, and errors found walking the inputs, in reading order
        in_flight = 0

        def take() -> Iterator[ArticleEvents]:
            nonlocal in_flight
            entry = pending.popleft()
            if isinstance(entry, ArticleError):
                on_error(entry)
                return
            in_flight -= 1
            result: PartitionResult = _load(entry.result())
            errors = iter(result.errors)
            error = next(errors, None)
            for index, record in enumerate(result.records):
                while error is not None and error[0] <= index:
                    on_error(error[1])
                    error = next(errors, None)
                yield record
            while error is not None:
                on_error(error[1])
                error = next(errors, None)
            for _ in range(result.other_language):
                other()

        try:
            for unit in plan_pieces(options.inputs, max_bytes=options.max_bytes,
                                    partition_bytes=options.partition_bytes):
                if isinstance(unit, ArticleError):
                    pending.append(unit)
                    continue
                if isinstance(unit[0], Article):  # a large file read here
                    pending.append(client.submit(parse_articles, unit, languages=options.languages, pure=False))
                else:
                    pending.append(_submit(client, task, unit, options))
                in_flight += 1
                while in_flight >= limit:
                    yield from take()
            while pending:
                yield from take()
        finally:
            for entry in pending:
                if not isinstance(entry, ArticleError):
                    entry.cancel()
            gc.unfreeze()


def _submit(client: Any, task: PiecesTask, pieces: list[FilePiece], options: RunOptions) -> Any:
    return client.submit(task, pieces, max_bytes=options.max_bytes, languages=options.languages, pure=False)


def _open_gazetteers(client: Any) -> None:
    """Every worker opens its index now, side by side where it is compiled and current (the usual
    case: ~2 s of imports and opening each, at once); if any is missing or stale, one worker opens
    (compiles) it first, so that workers sharing a disk compile it once, then the others. Workers
    that join later open theirs on first use."""
    workers = sorted(client.scheduler_info().get("workers", {}))
    if workers and not all(client.run(open_current_gazetteer).values()):
        client.run(open_gazetteer, workers=workers[:1])
        client.run(open_gazetteer)


def _load(blob: bytes) -> Any:
    """Unpickle a worker's result with the cyclic collector paused (records hold no cycles), then freeze it."""
    try:
        with paused_gc():
            return pickle.loads(blob)
    finally:
        gc.freeze()


def _frozen(records: list[ArticleEvents]) -> Iterator[ArticleEvents]:
    # The records live until the merge: keep the cyclic collector from walking the whole growing
    # heap again after every partition (measured: 30,000 articles decoded in 10.5 s, not 16.9 s).
    gc.freeze()
    yield from records
