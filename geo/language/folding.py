"""Case folding done once: lower-cased text matched by patterns compiled without ``re.I``.

Python's ``re`` with ``re.IGNORECASE`` folds case character by character,
which costs about five times as much on Cyrillic text as matching lower-cased
text with a case-sensitive pattern. The event model's hottest patterns
(violence, triggers, non-event phrases, background cues) are therefore also
kept in a folded form (:meth:`geo.language.LanguagePack.folded`) and run on
:func:`lower_keep_length` text, whose offsets equal the original's.
"""

from __future__ import annotations

import re

from geo.language.lazy import LazyPattern, lazy_compile

__all__ = ["blank_matches", "fold_double_hyphens", "fold_homoglyphs", "fold_pattern", "lower_keep_length"]

#: Escapes whose letter is not a literal (``\b``, ``\w``, ``\S`` ...), and group syntax (``(?P<name>``,
#: ``(?P=name)``) whose ``P`` and name are no text to match.
_ESCAPES = re.compile(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)")


def fold_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without ``re.IGNORECASE``, for lower-cased text; itself if it cannot be folded.

    A pattern that names an upper-case letter (a class such as ``[А-ЯЁ]`` or a
    literal capital) needs the original text and is returned unchanged, as is
    one compiled without ``re.IGNORECASE``.

    Examples
    --------
    >>> bool(fold_pattern(re.compile(r"\\bобстрел\\w*", re.I)).flags & re.I)
    False
    >>> p = re.compile(r"из [А-ЯЁ]\\w+", re.I)
    >>> fold_pattern(p) is p
    True
    """
    if not pattern.flags & re.I:
        return pattern
    literal = _ESCAPES.sub("", pattern.pattern)
    if any(ch.isupper() for ch in literal):
        return pattern
    if isinstance(pattern, LazyPattern):  # folded lazily too: compiled when first used
        return lazy_compile(pattern.pattern, pattern.flags & ~re.I)
    return lazy_compile(pattern.pattern, pattern.flags & ~re.I)


def lower_keep_length(text: str) -> str:
    """``text.lower()``, except characters whose lower case is longer (``İ``) stay as they are.

    Offsets into the result are offsets into ``text``.

    Examples
    --------
    >>> lower_keep_length("Обстрел İsfara")
    'обстрел İsfara'
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low) == 1 else ch for ch, low in ((c, c.lower()) for c in text))


def blank_matches(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with every match of ``pattern`` replaced by spaces (offsets into it stay offsets into ``text``).

    Examples
    --------
    >>> blank_matches("shots at a memorial to the dead", re.compile(r"memorial[^.]*"))
    'shots at a                     '
    """
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


#: Latin letters that look like Cyrillic ones, and those Cyrillic letters.
_LATIN_LOOKALIKES = "aAcCeEoOpPxXyKkMTHB"
_CYRILLIC_TWINS = "аАсСеЕоОрРхХуКкМТНВ"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_TWINS)
#: A word that mixes Cyrillic letters with Latin look-alikes ("Кыргызcтан" with a Latin "c"), or a Latin look-alike
#: standing alone between Cyrillic words (the preposition in «обстрела c кыргызской стороны»).
#: (Letters only: a hyphen parts two words, so "Telegram-канал" and "SMS-сообщение" keep their Latin halves.)
_MIXED_WORD = re.compile(r"(?<![^\W\d_])(?=[^\W\d_]*[а-яёА-ЯЁ])(?=[^\W\d_]*[" + _LATIN_LOOKALIKES + r"])[^\W\d_]+"
                         r"|(?<=[а-яёА-ЯЁ] )[cCoOaAeEyYkK](?= [а-яёА-ЯЁ«\"])")
#: Cheap test first: a Latin look-alike touching a Cyrillic letter, or alone after a Cyrillic word.
_MIXED_HINT = re.compile(r"[а-яёА-ЯЁ][" + _LATIN_LOOKALIKES + r"]|[" + _LATIN_LOOKALIKES + r"][а-яёА-ЯЁ]"
                         r"|[а-яёА-ЯЁ] [cCoOaAeEyYkK] ")


#: A typewriter's dash: two hyphens between spaces.
_DOUBLE_HYPHEN = re.compile(r"(?<=\s)--(?=\s)")


def fold_double_hyphens(text: str) -> str:
    """``text`` with each typewriter dash (" -- ") read as a dash (offsets kept).

    Wire copy keyed on plain keyboards writes a dash as two hyphens ("three residents of Voruh -- as the exclave is
    spelt ... -- received injuries"); the readers of asides and lists know the dash.

    Examples
    --------
    >>> fold_double_hyphens("three residents of Voruh -- as it is spelt -- were hurt")
    'three residents of Voruh  — as it is spelt  — were hurt'
    >>> fold_double_hyphens("a --flag")
    'a --flag'
    """
    if "--" not in text:
        return text
    return _DOUBLE_HYPHEN.sub(" —", text)


def fold_homoglyphs(text: str) -> str:
    """``text`` with the Latin look-alike letters of Cyrillic words made Cyrillic (offsets kept).

    Russian-language web text mixes them in by keyboard or by copy ("обстрела c кыргызской стороны" with a Latin
    "c"); a word of Latin letters only is left alone.

    Examples
    --------
    >>> fold_homoglyphs("в результате обстрела c кыргызской стороны, Кыргызcтан, Sputnik") == (
    ...     "в результате обстрела с кыргызской стороны, Кыргызстан, Sputnik")
    True
    >>> fold_homoglyphs("в Telegram-канале")
    'в Telegram-канале'
    """
    if not _MIXED_HINT.search(text):
        return text
    return _MIXED_WORD.sub(lambda m: m.group(0).translate(_TO_CYRILLIC)
                           if len(m.group(0)) == 1 or not m.group(0).isascii() else m.group(0), text)
