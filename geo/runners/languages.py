"""The ``--lang`` filter, shared by the in-process reader and the Dask workers that read files."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from geo.articles.model import Article

__all__ = ["in_languages", "reads_in"]


def reads_in(article: Article, languages: tuple[str, ...] | None) -> bool:
    """Whether ``article`` is kept: its own ``lang`` (else the detected one) is in ``languages`` (all when ``None``)."""
    if languages is None:
        return True
    from geo.language import detect_language

    return (article.lang or detect_language(article.text)) in languages


def in_languages(articles: Iterable[Article], languages: tuple[str, ...] | None,
                 on_other: Callable[[], None] | None = None) -> Iterator[Article]:
    """The articles in ``languages`` (all when ``None``); ``on_other`` is called once per article left out."""
    if languages is None:
        yield from articles
        return
    for article in articles:
        if reads_in(article, languages):
            yield article
        elif on_other is not None:
            on_other()
