"""Sentence boundaries and excerpts, as character offsets into the article text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

__all__ = ["Sentences", "split_sentences", "excerpt_for"]

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen col lt sgt st jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.s u.k u.n no vs etc approx km inc corp ltd "
    # Russian: г. (город), с. (село), пос., н.п. (населённый пункт), им., ул., р-н, обл., тыс., т.е.
    "г с пос н.п им ул р-н обл тыс млн т.е ст".split()
)
#: A sentence end (the boundary starts after its punctuation, at group ``after``), a blank line or a bullet.
#: (A leading look-behind would be tried at every character; consuming the punctuation is twice as fast.)
_BOUNDARY = re.compile(r"[.!?…](?P<after>[\"'”’»)\]]*\s+(?=[\"'“‘«„(\[]?[A-Z0-9А-ЯЁӨҮҢҒҚҲҶӢӮ•]))|\n\s*\n|\n(?=\s*[•*\-–])")
#: A person's initial ("private A. Sh. Nazarov", «рядовой А. Ш.»): one capital letter, or a
#: transliterated digraph, before its period ends no sentence.
_INITIAL = re.compile(r"(?:[A-ZА-ЯЁӨҮҢҒҚҲҶӢӮ]|Sh|Zh|Ch|Kh|Ts|Yu|Ya|Yo|Ye|Dzh|Дж)\.")
#: A numbered list's item number ("1.", "12)") alone before its item's text, at a line's head.
_LIST_NUMBER = re.compile(r"\s*\d{1,2}[.)]")
#: A clock's "a.m."/"p.m." ends no sentence when the time goes on: "at 11 p.m. (1800 GMT) on Tuesday",
#: "at 7 a.m. Tuesday", "10 p.m. local time".
_CLOCK_SUFFIX = frozenset(("a.m.", "p.m."))
_CLOCK_GOES_ON = re.compile(r"\s*(?:\(|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|GMT|UTC)\b)")
#: Excerpts longer than this are trimmed around the mention.
MAX_EXCERPT = 320


@dataclass(frozen=True)
class Sentences:
    """Sentence spans of one text."""

    spans: list[tuple[int, int]]
    starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", [s for s, _ in self.spans])

    def index_at(self, offset: int) -> int:
        """Index of the sentence holding ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


_LAST_WORD = re.compile(r"([\w.]+)\W*$")


def _last_word(tail: str) -> re.Match[str] | None:
    """``_LAST_WORD.search(tail)``, searched in the last whitespace-separated token when it holds a word
    character (no match can then start before it): a ``$``-anchored search tries every position."""
    token = tail.rsplit(None, 1)[-1] if tail else tail
    if any(ch.isalnum() or ch == "_" for ch in token):
        return _LAST_WORD.search(token)
    return _LAST_WORD.search(tail)
#: How many non-empty lines at the top may be a headline or a date line without a period.
HEAD_LINES = 3
#: A line's last character that ends no headline: sentence punctuation, or a line that goes on.
_NOT_HEAD_END = frozenset(".!?…:;,-–—")
#: The first character of a line after a headline or a date line.
_HEAD_NEXT = re.compile(r"[ \t]*[A-Z0-9А-ЯЁӨҮҢҒҚҲҶӢӮ«\"“(]")


def _heading_line_ends(text: str) -> list[int]:
    """The newline offsets that end the headline and date lines among the text's first
    :data:`HEAD_LINES` non-empty lines: a line of at most 200 characters with no sentence punctuation
    at its end, followed at once by a line that opens with a capital or a digit.

    Examples
    --------
    >>> _heading_line_ends("Three killed in clash\\nOctober 10, 2023\\nDUSHANBE (Reuters) - Guards fired")
    [21, 38]
    >>> _heading_line_ends("Guards exchanged fire on the road\\nnear Arka on Monday.")
    []
    """
    cuts: list[int] = []
    position = 0
    for _ in range(HEAD_LINES):
        while position < len(text) and text[position] in " \t\r\n":
            position += 1
        newline = text.find("\n", position)
        if newline < 0:
            break
        line = text[position:newline].rstrip()
        if 0 < len(line) <= 200 and line[-1] not in _NOT_HEAD_END and _HEAD_NEXT.match(text, newline + 1):
            cuts.append(newline)
        position = newline + 1
    return cuts


def split_sentences(text: str) -> Sentences:
    """Split ``text`` into sentence spans (start, end), covering every non-blank run.

    Examples
    --------
    >>> text = "Clashes broke out. Mr. Smith said so.\\n\\nNew line"
    >>> [text[s:e] for s, e in split_sentences(text).spans]
    ['Clashes broke out.', 'Mr. Smith said so.', 'New line']
    >>> text = "Private A. Sh. Nazarov was hurt. He lives."
    >>> [text[s:e] for s, e in split_sentences(text).spans]
    ['Private A. Sh. Nazarov was hurt.', 'He lives.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    heading_cuts = _heading_line_ends(text)
    for match in _BOUNDARY.finditer(text):
        after = match.group("after")
        cut = match.start("after") if after is not None else match.start()
        while heading_cuts and heading_cuts[0] < cut:
            # "Three killed as border guards trade fire\nOctober 10, 2023\nDUSHANBE ...": the headline
            # and the date line end their own sentences
            if heading_cuts[0] > start:
                spans.append((start, heading_cuts[0]))
                start = heading_cuts[0] + 1
            heading_cuts.pop(0)
        gap = after if after is not None else match.group(0)
        tail = text[max(start, cut - 40):cut].rstrip()
        last_word = _last_word(tail)
        if last_word and gap.strip() == "" and (last_word.group(1).lower().rstrip(".") in _ABBREVIATIONS
                                                 or _INITIAL.fullmatch(last_word.group(1))):
            continue
        if last_word and last_word.group(1).lower() in _CLOCK_SUFFIX and "\n" not in gap \
                and _CLOCK_GOES_ON.match(text, cut):
            continue
        if "\n" not in gap and _LIST_NUMBER.fullmatch(text, start, cut):
            continue  # "1. December 9, 10:45. Ak-Tatyr village ...": a list's number starts its item
        spans.append((start, cut))
        start = match.end()
    for cut in heading_cuts:  # (a text of a headline and date lines only)
        if cut > start:
            spans.append((start, cut))
            start = cut + 1
    spans.append((start, len(text)))
    cleaned = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            cleaned.append((s, e))
    return Sentences(cleaned)


def excerpt_for(text: str, sentences: Sentences, start: int, end: int) -> tuple[str, int]:
    """The sentence holding ``text[start:end]``, trimmed to :data:`MAX_EXCERPT` characters.

    Returns
    -------
    excerpt : str
        The excerpt; ``…`` marks trimmed ends.
    excerpt_start : int
        Offset of the excerpt's first character in ``text`` (after any ``…``,
        so ``text[excerpt_start:]`` starts with the excerpt's own text).
    """
    index = sentences.index_at(start)
    s, e = sentences.spans[index]
    e = max(e, end)
    if e - s > MAX_EXCERPT:
        half = MAX_EXCERPT // 2
        new_s = max(s, start - half)
        new_e = min(e, new_s + MAX_EXCERPT)
        new_s = max(s, min(new_s, new_e - MAX_EXCERPT))
        # move to word boundaries
        if new_s > s:
            space = text.find(" ", new_s, start)
            new_s = space + 1 if space != -1 else new_s
        if new_e < e:
            space = text.rfind(" ", end, new_e)
            new_e = space if space != -1 else new_e
        prefix = "…" if new_s > s else ""
        suffix = "…" if new_e < e else ""
        return prefix + text[new_s:new_e] + suffix, new_s - len(prefix)
    return text[s:e], s
