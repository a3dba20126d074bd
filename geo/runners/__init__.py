"""Runners: where articles are parsed into per-article events.

Every runner takes the articles in reading order and yields one
:class:`~geo.incidents.per_article.ArticleEvents` per article, in the same
order, so the merge that follows gives the same incidents whichever runner
parsed them:

- :func:`~geo.runners.serial.serial_events`: in this process (the default);
- :func:`~geo.runners.dask_runner.dask_events`: on a Dask cluster, local or
  running (``geo run --workers N`` / ``--scheduler ADDRESS``; the ``dask`` extra).

:func:`article_events_for` picks one from a :class:`~geo.options.RunOptions`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from geo.articles.model import Article
from geo.exceptions import ConfigurationError
from geo.incidents.per_article import ArticleEvents
from geo.options import RunOptions
from geo.runners.serial import serial_events

if TYPE_CHECKING:
    from geo.geoparse.pipeline import Geoparser

__all__ = ["article_events_for", "serial_events"]


def article_events_for(
    articles: Iterable[Article],
    *,
    options: RunOptions,
    geoparser: Geoparser | None = None,
    progress: Callable[[str], None] | None = None,
) -> Iterator[ArticleEvents]:
    """The per-article events of ``articles``, parsed where ``options`` says.

    Parameters
    ----------
    articles : iterable of Article
        In reading order.
    options : RunOptions
        ``workers`` and ``scheduler`` choose the runner.
    geoparser : Geoparser, optional
        For the in-process runner (tests inject one); a distributed run
        opens the default gazetteer on each worker instead.
    progress : callable, optional
        Receives a line about the cluster.

    Raises
    ------
    ConfigurationError
        A geoparser was given for a distributed run, or Dask is not installed.
    """
    if not options.distributed:
        return serial_events(articles, geoparser=geoparser)
    if geoparser is not None:
        raise ConfigurationError("a distributed run opens the default gazetteer on each worker; "
                                 "an injected geoparser can only be used with workers=1")
    from geo.runners.dask_runner import dask_events

    return dask_events(articles, options=options, progress=progress)
