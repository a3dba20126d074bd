"""Language packs: what is language-specific about reading an article.

The registry maps an ISO 639-1 code to its :class:`~geo.language.base.LanguagePack`,
as :data:`geo.articles.registry.READERS` maps suffixes to readers.

Examples
--------
>>> get_pack("en").name
'English'
>>> detect_language("Clashes broke out near Vorukh.")
'en'
"""

from __future__ import annotations

import re

from geo.exceptions import ConfigurationError
from geo.gazetteer.normalize import CYRILLIC
from geo.language.base import DatelineMatch, LanguagePack, RoleCues

__all__ = ["LANGUAGE_PACKS", "DatelineMatch", "LanguagePack", "RoleCues", "detect_language",
           "get_pack", "pack_for"]

_LATIN = re.compile(r"[A-Za-z]")


def _registry() -> dict[str, LanguagePack]:
    from geo.language.en import ENGLISH
    from geo.language.ru import RUSSIAN

    return {ENGLISH.code: ENGLISH, RUSSIAN.code: RUSSIAN}


#: Every registered pack, by code.
LANGUAGE_PACKS: dict[str, LanguagePack] = _registry()


def get_pack(code: str) -> LanguagePack:
    """The pack for ``code``; the error lists the registered codes."""
    try:
        return LANGUAGE_PACKS[code]
    except KeyError:
        raise ConfigurationError(
            f"no language pack {code!r}; registered: {', '.join(sorted(LANGUAGE_PACKS))}"
        ) from None


def detect_language(text: str) -> str:
    """``ru`` when Cyrillic letters outnumber Latin ones in ``text``, else ``en``.

    The region's reporting is in English or Russian (Kyrgyz and Tajik text is
    also Cyrillic and is reported as ``ru`` until it has a pack of its own).
    """
    sample = text[:4000]
    if sample.isascii():
        return "en"  # no Cyrillic letter can be there (a constant-time test on ASCII text)
    return "ru" if len(CYRILLIC.findall(sample)) > len(_LATIN.findall(sample)) else "en"


def pack_for(lang: str) -> LanguagePack:
    """The pack to read an article of language ``lang`` with.

    A language without a pack of its own is read with the English pack
    (gazetteer names in any script still match); the article keeps its
    ``lang`` so outputs show what it was.
    """
    return LANGUAGE_PACKS.get(lang, LANGUAGE_PACKS["en"])
