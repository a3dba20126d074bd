"""What runs on a Dask worker: one geoparser per worker process, and the parse task.

The gazetteer index is opened once per worker process, from the worker's own
cache folder (compiled there if missing: :func:`geo.gazetteer.store.default_gazetteer`),
when the run starts or the first time a task needs it; it is never sent with a
task. A task takes a partition of articles and returns their
:class:`~geo.incidents.per_article.ArticleEvents` records, which Dask sends
back pickled: decoding them costs the merging process 0.7 ms per article
against 1.6 ms for their JSON form (``to_dict``), and that process is the one
every worker waits on (docs/SCALE.md). The JSON form is for other consumers
(another machine, a queue, a service); both carry every field.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from geo.articles.model import Article
from geo.incidents.per_article import ArticleEvents, extract_article_events

if TYPE_CHECKING:
    from geo.geoparse.pipeline import Geoparser

__all__ = ["open_gazetteer", "parse_partition", "worker_geoparser"]

_GEOPARSER: Geoparser | None = None
_LOCK = threading.Lock()


def worker_geoparser() -> Geoparser:
    """This process's geoparser over the default gazetteer, opened on first use."""
    global _GEOPARSER
    with _LOCK:
        if _GEOPARSER is None:
            from geo.geoparse.pipeline import Geoparser

            _GEOPARSER = Geoparser()
        return _GEOPARSER


def open_gazetteer() -> None:
    """Open this worker's geoparser now (run on every worker when a run starts)."""
    worker_geoparser()


def parse_partition(articles: list[Article]) -> list[ArticleEvents]:
    """The per-article events of ``articles``, in order."""
    parser = worker_geoparser()
    return [extract_article_events(parser.parse(article)) for article in articles]
