"""Runners: where articles are parsed into per-article events.

Every runner takes the articles in reading order and yields one
:class:`~geo.incidents.per_article.ArticleEvents` per article, in the same
order, so the merge that follows gives the same incidents whichever runner
parsed them:

- :func:`~geo.runners.serial.serial_events`: in this process (the default);
- :func:`~geo.runners.dask_runner.dask_events`: on a Dask cluster, local or
  running (``geo run --workers N`` / ``--scheduler ADDRESS``; the ``dask`` extra).

:func:`article_events_for` picks one from a :class:`~geo.options.RunOptions`.
:func:`events_from_inputs` starts from the input files instead: it reads them
here and calls :func:`article_events_for`, or, when the Dask workers read the
files themselves (:attr:`~geo.options.RunOptions.workers_read_inputs`), calls
:func:`~geo.runners.dask_runner.dask_input_events`. Either way the same
articles and errors, in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from geo.articles import iter_articles
from geo.articles.model import Article
from geo.articles.reader import log_skipped
from geo.exceptions import ArticleError, ConfigurationError
from geo.incidents.per_article import ArticleEvents
from geo.options import RunOptions
from geo.runners.languages import in_languages
from geo.runners.serial import serial_events

if TYPE_CHECKING:
    from geo.geoparse.pipeline import Geoparser

__all__ = ["article_events_for", "events_from_inputs", "serial_events"]


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


def events_from_inputs(
    options: RunOptions,
    *,
    geoparser: Geoparser | None = None,
    progress: Callable[[str], None] | None = None,
    on_error: Callable[[ArticleError], None] | None = None,
    on_other_language: Callable[[], None] | None = None,
) -> Iterator[ArticleEvents]:
    """The per-article events of the articles in ``options.inputs``, read and parsed where ``options`` say.

    Parameters
    ----------
    options : RunOptions
        The inputs, ``max_bytes``, ``languages`` and the runner.
    geoparser : Geoparser, optional
        For the in-process runner only (see :func:`article_events_for`).
    progress : callable, optional
        Receives a line about the cluster.
    on_error : callable, optional
        Receives each bad file or record, in reading order (when not given,
        they are logged as warnings, as :func:`geo.articles.iter_articles` does).
    on_other_language : callable, optional
        Called once per article left out by ``options.languages``.

    Raises
    ------
    ConfigurationError
        As :func:`article_events_for`.
    """
    if not options.workers_read_inputs:
        articles = in_languages(iter_articles(options.inputs, on_error=on_error, max_bytes=options.max_bytes),
                                options.languages, on_other_language)
        return article_events_for(articles, options=options, geoparser=geoparser, progress=progress)
    if geoparser is not None:
        raise ConfigurationError("a distributed run opens the default gazetteer on each worker; "
                                 "an injected geoparser can only be used with workers=1")
    from geo.runners.dask_runner import dask_input_events

    return dask_input_events(options, on_error=on_error or log_skipped, on_other_language=on_other_language,
                             progress=progress)
