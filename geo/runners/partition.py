"""Articles cut into tasks by size, in reading order (pure; no Dask needed)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from geo.articles.model import Article
from geo.exceptions import ConfigurationError

__all__ = ["partition_by_size"]


def partition_by_size(articles: Iterable[Article], *, max_chars: int) -> Iterator[list[Article]]:
    """Consecutive runs of articles holding about ``max_chars`` characters of text each.

    A partition is closed once it holds ``max_chars`` or more, so each holds at
    least one article and one long article makes a partition of its own.
    Concatenated, the partitions are ``articles`` in order.

    Examples
    --------
    >>> from geo.articles.model import Article
    >>> items = [Article(id=str(i), text="x" * n) for i, n in enumerate([3, 3, 9, 1])]
    >>> [[a.id for a in part] for part in partition_by_size(items, max_chars=5)]
    [['0', '1'], ['2'], ['3']]
    """
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
        raise ConfigurationError(f"max_chars must be a positive whole number, got {max_chars!r}")
    part: list[Article] = []
    size = 0
    for article in articles:
        part.append(article)
        size += len(article.text)
        if size >= max_chars:
            yield part
            part, size = [], 0
    if part:
        yield part
