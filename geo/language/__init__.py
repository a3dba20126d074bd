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

from collections.abc import Iterator, Mapping
from importlib import import_module

from geo.exceptions import ConfigurationError
from geo.language.base import DatelineMatch, LanguagePack, RoleCues

__all__ = ["LANGUAGE_PACKS", "DatelineMatch", "LanguagePack", "RoleCues", "detect_language",
           "get_pack", "pack_for"]

_LATIN_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_CYRILLIC_LEAD_BYTES = bytes(range(0xD0, 0xD4))


class _Packs(Mapping[str, LanguagePack]):
    """The registry: code -> pack, each pack imported the first time it is asked for.

    A pack compiles a few hundred patterns when imported; an English-only run
    never pays for the Russian ones (about 40 ms of start-up).
    """

    def __init__(self, modules: dict[str, tuple[str, str]]) -> None:
        self._modules = modules
        self._loaded: dict[str, LanguagePack] = {}

    def __getitem__(self, code: str) -> LanguagePack:
        pack = self._loaded.get(code)
        if pack is None:
            module, attribute = self._modules[code]  # KeyError for an unknown code, as a dict
            pack = self._loaded[code] = getattr(import_module(module), attribute)
        return pack

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


#: Every registered pack, by code.
LANGUAGE_PACKS: Mapping[str, LanguagePack] = _Packs({
    "en": ("geo.language.en", "ENGLISH"),
    "ru": ("geo.language.ru", "RUSSIAN"),
})


def get_pack(code: str) -> LanguagePack:
    """The pack for ``code``; the error lists the registered codes."""
    try:
        return LANGUAGE_PACKS[code]
    except KeyError:
        raise ConfigurationError(
            f"no language pack {code!r}; registered: {', '.join(sorted(LANGUAGE_PACKS))}"
        ) from None


#: Letters only Kazakh, Tajik or Kyrgyz Cyrillic uses (looked for in this order: Kazakh shares ң ө ү
#: with Kyrgyz and ғ қ with Tajik).
_OWN_LETTERS = (("kk", "әіұһӘІҰҺ"), ("tg", "ҳҷӣӯҲҶӢӮ"), ("ky", "ңөүҢӨҮ"))
#: A Cyrillic text is in one of those languages when its own letters are at least this share of its
#: Cyrillic letters (and at least :data:`MIN_OWN_LETTERS`): a Russian article quoting «Көк-Таш» or
#: «Хоҷаи Аъло» stays Russian.
OWN_LETTER_SHARE = 0.01
MIN_OWN_LETTERS = 5


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
#: Russian prepositions and conjunctions: a Russian text of news has many (a fifth of its words).
_RUSSIAN_FUNCTION_WORDS = frozenset("и в во на с со по что не о об из к у за от для а как это при до".split())
#: Below this share of them, a Cyrillic text with Kyrgyz, Tajik or Kazakh letters is in that language.
RUSSIAN_FUNCTION_SHARE = 0.04
#: At or above this share of them, a Cyrillic text is Russian however many Kyrgyz, Tajik or Kazakh letters its names
#: and quoted words bring (a Russian news text has about a fifth; a Kyrgyz or Tajik one next to none).
RUSSIAN_TEXT_SHARE = 0.10
MIN_WORDS_TO_TELL = 20


def detect_language(text: str) -> str:
    """``ru`` when Cyrillic letters outnumber Latin ones in ``text``, else ``en``.

    The region's reporting is in English or Russian. Cyrillic text written in
    Kazakh, Tajik or Kyrgyz (their own letters make up at least
    :data:`OWN_LETTER_SHARE` of its Cyrillic letters) is ``kk``, ``tg`` or
    ``ky``: no pack reads it, and a run reports and skips it
    (:func:`geo.runners.languages.reads_in`). A text whose Russian
    prepositions and conjunctions make up at least :data:`RUSSIAN_TEXT_SHARE`
    of its words is Russian whatever letters its names and quoted words bring.

    Examples
    --------
    >>> detect_language("Shelling hit Vorukh."), detect_language("Обстрел у Кок-Таша.")
    ('en', 'ru')
    >>> detect_language("Баткендин Булак-Башы аймагындагы чек ара чырында эки жоокер жаракат алды, "
    ...                 "бир чек арачы жеңил жараат алган, экинчи жоокер контузия болгон, деп айтышты.")
    'ky'
    """
    sample = text[:4000]
    if sample.isascii():
        return "en"  # no Cyrillic letter can be there (a constant-time test on ASCII text)
    # counted on the UTF-8 bytes: a character of U+0400-U+04FF (geo.gazetteer.normalize.CYRILLIC) is
    # the only one whose first byte is 0xD0-0xD3, and an ASCII letter is one byte
    encoded = sample.encode("utf-8")
    cyrillic = len(encoded) - len(encoded.translate(None, _CYRILLIC_LEAD_BYTES))
    latin = len(encoded) - len(encoded.translate(None, _LATIN_BYTES))
    if cyrillic <= latin:
        return "en"
    counts = [(code, sum(sample.count(letter) for letter in letters)) for code, letters in _OWN_LETTERS]
    for code, own in counts:
        if own >= MIN_OWN_LETTERS and own >= OWN_LETTER_SHARE * cyrillic:
            # (not a Russian translation that keeps the source's words: «сообщили в Жаңы-Жер айыл өкмөтү», a quoted
            # «Биз элге түшүндүрүп жатабыз» with its Russian after it; its prepositions and conjunctions tell it)
            words = _CYRILLIC_WORD.findall(sample)
            if len(words) < MIN_WORDS_TO_TELL or sum(
                    word.lower() in _RUSSIAN_FUNCTION_WORDS for word in words) < RUSSIAN_TEXT_SHARE * len(words):
                return code
            return "ru"
    # a short text with few of its own letters: no Russian prepositions or conjunctions ("и", "в",
    # "на", "что") is the tell ("Баткендин Булак-Башы аймагындагы ... эки жоокер жаракат алды")
    words = _CYRILLIC_WORD.findall(sample)
    if len(words) >= MIN_WORDS_TO_TELL and any(own for _, own in counts) \
            and sum(word.lower() in _RUSSIAN_FUNCTION_WORDS for word in words) < RUSSIAN_FUNCTION_SHARE * len(words):
        return max(counts, key=lambda item: item[1])[0]
    return "ru"


def pack_for(lang: str) -> LanguagePack:
    """The pack to read an article of language ``lang`` with.

    A language without a pack of its own is read with the English pack
    (gazetteer names in any script still match); the article keeps its
    ``lang`` so outputs show what it was.
    """
    return LANGUAGE_PACKS.get(lang, LANGUAGE_PACKS["en"])
