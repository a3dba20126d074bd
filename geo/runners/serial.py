"""The in-process runner: parse each article here, one after the other."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from geo.articles.model import Article
from geo.incidents.per_article import ArticleEvents, extract_article_events

if TYPE_CHECKING:
    from geo.geoparse.pipeline import Geoparser

__all__ = ["serial_events"]


def serial_events(articles: Iterable[Article], *, geoparser: Geoparser | None = None) -> Iterator[ArticleEvents]:
    """Geoparse and extract the events of each article, lazily, in order.

    Parameters
    ----------
    articles : iterable of Article
        In reading order.
    geoparser : Geoparser, optional
        Default: one over the default gazetteer.
    """
    from geo.geoparse.pipeline import Geoparser

    parser = geoparser or Geoparser()
    for article in articles:
        yield extract_article_events(parser.parse(article))
