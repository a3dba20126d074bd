"""The ``--lang`` filter, shared by the in-process reader and the Dask workers that read files."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from geo.articles.model import Article

__all__ = ["in_languages", "reads_in"]


def reads_in(article: Article, languages: tuple[str, ...] | None) -> bool:
    """Whether ``article`` is kept: its own ``lang`` (else the detected one) is in ``languages``.

    With ``languages`` ``None`` (every language), an article in a Cyrillic language without a pack
    of its own (Kyrgyz, Tajik, Kazakh: :func:`geo.language.detect_language`) is left out, so the run
    reports it among "other languages" instead of reading it with another language's cues; text in
    Latin script is read with the English pack.
    """
    from geo.language import LANGUAGE_PACKS, detect_language

    lang = article.lang or detect_language(article.text)
    if languages is None:
        return lang in LANGUAGE_PACKS or lang not in UNREAD_CYRILLIC
    return lang in languages


#: Cyrillic languages the packs do not read.
UNREAD_CYRILLIC = frozenset({"ky", "tg", "kk"})


def in_languages(articles: Iterable[Article], languages: tuple[str, ...] | None,
                 on_other: Callable[[], None] | None = None) -> Iterator[Article]:
    """The articles in ``languages`` (all when ``None``); ``on_other`` is called once per article left out."""
    for article in articles:
        if reads_in(article, languages):
            yield article
        elif on_other is not None:
            on_other()
