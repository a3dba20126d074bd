"""Stage 1: read news articles from ``.txt``, ``.md``, ``.html``, ``.json``, ``.jsonl``, ``.csv``.

Modules, in data-flow order:

* :mod:`~geo.articles.reader` -- find, check and decode files; ``iter_articles``;
* :mod:`~geo.articles.registry` -- ``READERS``, one reader per suffix;
* :mod:`~geo.articles.text_reader`, :mod:`~geo.articles.html_reader`,
  :mod:`~geo.articles.json_reader`, :mod:`~geo.articles.csv_reader` -- the formats;
* :mod:`~geo.articles.base` -- the reader base class and sidecar precedence;
* :mod:`~geo.articles.dates` -- date strings and datelines;
* :mod:`~geo.articles.model` -- the :class:`Article` record.
"""

from __future__ import annotations

from geo.articles.dates import find_dateline, parse_date
from geo.articles.model import Article, content_id
from geo.articles.reader import ReadResult, iter_articles, read_articles
from geo.articles.registry import READERS

__all__ = [
    "Article",
    "READERS",
    "ReadResult",
    "content_id",
    "find_dateline",
    "iter_articles",
    "parse_date",
    "read_articles",
]
