"""What runs on a Dask worker: one geoparser per worker process, and the parse tasks.

The gazetteer index is opened once per worker process, from the worker's own
cache folder (compiled there if missing: :func:`geo.gazetteer.store.default_gazetteer`),
when the run starts or the first time a task needs it; it is never sent with a
task. Two tasks:

- :func:`parse_pieces` (what ``geo run`` sends): reads a partition of input
  files or line ranges itself (:class:`~geo.runners.pieces.FilePiece`),
  keeps the chosen languages, parses, and returns a :class:`PartitionResult`
  pickled to bytes, bad records and files included in reading order;
- :func:`parse_articles`: the same for articles the merging process read
  itself (a large file that cannot be cut into pieces);
- :func:`parse_partition`: parses articles read elsewhere and returns their
  records (the runner for a cluster that does not see the files).

The :class:`~geo.incidents.per_article.ArticleEvents` records go back
pickled (each record one constructor call: :mod:`geo._pickling`): about
0.1 ms per article to rebuild in the merging process, against 1.6 ms for
their JSON form (``to_dict``), and that process is the one every worker
waits on (docs/SCALE.md). The JSON form is for other consumers (another
machine, a queue, a service); both carry every field.
"""

from __future__ import annotations

import pickle
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geo._pickling import pickle_by_fields
from geo.articles.model import Article
from geo.exceptions import ArticleError
from geo.incidents.per_article import ArticleEvents, extract_article_events
from geo.runners.languages import reads_in
from geo.runners.pieces import FilePiece

if TYPE_CHECKING:
    from geo.geoparse.pipeline import Geoparser

__all__ = ["PartitionResult", "open_current_gazetteer", "open_gazetteer", "parse_articles", "parse_partition",
           "parse_pieces", "read_and_parse", "worker_geoparser"]

_GEOPARSER: Geoparser | None = None
_LOCK = threading.Lock()


@pickle_by_fields
@dataclass(slots=True)
class PartitionResult:
    """What a worker read and parsed from one partition of pieces.

    Attributes
    ----------
    records : list of ArticleEvents
        One per article kept, in reading order.
    errors : list of (int, ArticleError)
        Each bad file or record, after how many of ``records`` it came.
    other_language : int
        Articles left out by the language filter.
    """

    records: list[ArticleEvents] = field(default_factory=list)
    errors: list[tuple[int, ArticleError]] = field(default_factory=list)
    other_language: int = 0


def worker_geoparser() -> Geoparser:
    """This process's geoparser over the default gazetteer, opened on first use."""
    global _GEOPARSER
    with _LOCK:
        if _GEOPARSER is None:
            from geo.geoparse.pipeline import Geoparser

            _GEOPARSER = Geoparser()
        return _GEOPARSER


def open_gazetteer() -> None:
    """Open this worker's geoparser now, compiling its index first if needed."""
    worker_geoparser()


def open_current_gazetteer() -> bool:
    """Open this worker's geoparser now if its index is compiled and current (never compiles); whether it did."""
    from geo.gazetteer.store import current_gazetteer

    if current_gazetteer() is None:
        return False
    worker_geoparser()
    return True


def parse_partition(articles: list[Article]) -> list[ArticleEvents]:
    """The per-article events of ``articles``, in order."""
    parser = worker_geoparser()
    return [extract_article_events(parser.parse(article)) for article in articles]


def read_and_parse(pieces: list[FilePiece], *, max_bytes: int,
                   languages: tuple[str, ...] | None = None) -> PartitionResult:
    """Read ``pieces`` in order, keep the articles in ``languages`` (all when ``None``) and parse them."""
    return _parsed((item for piece in pieces for item in piece.read(max_bytes=max_bytes)), languages)


def parse_pieces(pieces: list[FilePiece], *, max_bytes: int, languages: tuple[str, ...] | None = None) -> bytes:
    """:func:`read_and_parse`, pickled: the merging process unpickles it itself (with the cyclic collector
    paused), rather than on the client's event loop."""
    return pickle.dumps(read_and_parse(pieces, max_bytes=max_bytes, languages=languages),
                        protocol=pickle.HIGHEST_PROTOCOL)


def parse_articles(articles: list[Article], *, languages: tuple[str, ...] | None = None) -> bytes:
    """Articles read by the merging process (a large file that cannot be cut), parsed as :func:`parse_pieces`
    parses what it reads."""
    return pickle.dumps(_parsed(articles, languages), protocol=pickle.HIGHEST_PROTOCOL)


def _parsed(items: Iterable[Article | ArticleError], languages: tuple[str, ...] | None) -> PartitionResult:
    parser = worker_geoparser()
    result = PartitionResult()
    for item in items:
        if isinstance(item, ArticleError):
            result.errors.append((len(result.records), item))
        elif reads_in(item, languages):
            result.records.append(extract_article_events(parser.parse(item)))
        else:
            result.other_language += 1
    return result
