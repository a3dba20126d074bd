"""End-anchored cues matched from the end: one try at the name instead of a scan of the whole window.

A cue that must end where a name begins ("taken to |Batken", «в районе села |Ворух»)
is written as a pattern anchored with ``$`` and searched in the text before the
name. Python's ``re`` has no backward search: ``pattern.search(before)`` tries a
match at every character of the window (up to 240), and a cue with dozens of
alternatives costs tens of microseconds per name even when nothing matches.

Here such a pattern is turned round once: its parse tree is reversed (sequences
backwards, a lookahead becomes a lookbehind and the other way round, ``$`` becomes
the start), compiled, and matched with ``match`` at the start of the reversed
window. Whether some match ends at the end of the text is exactly whether the
reversed pattern matches at the start of the reversed text (a backtracking
matcher tries every way, so laziness and greed do not change the answer), and only
that yes or no is used: groups and spans of the reversed match mean nothing.

A look-ahead of several fixed widths becomes one look-behind per alternative, and
``^`` (no ``re.MULTILINE``) the end of the reversed text. A pattern that cannot be
turned round exactly (a branch not anchored at the end, a back-reference, a
conditional, an atomic group, a look-ahead of unbounded width, which would become a
look-behind ``re`` refuses, ``re.MULTILINE``) is searched as before:
:func:`reversed_cue` returns ``None`` for it.

The parse tree comes from ``re._parser`` (CPython's own parser of the pattern
syntax, ``sre_parse`` before 3.11). It is not a public API, so any failure to
read or rebuild a tree also means "search as before"; the tests compare both ways
on every cue of both language packs.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["reversed_cue"]

try:  # CPython 3.11+: the parser and compiler behind ``re.compile``
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined]
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another implementation: always search
    _sre_compiler = _sre_constants = _sre_parser = None

#: id(pattern) -> (pattern, its reversed form or None): the pattern is kept, so its id is not reused.
_REVERSED: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


class _NotReversible(Exception):
    """The pattern uses syntax whose reversal is not exact."""


def reversed_cue(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The reversed form of an end-anchored ``pattern``, or ``None`` if it has none.

    Parameters
    ----------
    pattern : re.Pattern
        A compiled (or lazily compiled) pattern every match of which ends at ``$``.

    Returns
    -------
    re.Pattern or None
        A pattern that matches at the start of ``text[::-1]`` exactly when
        ``pattern.search(text)`` finds a match (cached per pattern).

    Examples
    --------
    >>> cue = re.compile(r"\\b(?:taken|moved)\\s+to\\s+$")
    >>> backwards = reversed_cue(cue)
    >>> bool(backwards.match("Two were taken to "[::-1])), bool(backwards.match("taken to the "[::-1]))
    (True, False)
    >>> reversed_cue(re.compile(r"\\bto\\b")) is None  # not anchored at the end
    True
    """
    known = _REVERSED.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _REVERSED[id(pattern)] = (pattern, _reverse(pattern.pattern, int(pattern.flags)))
    return known[1]


def _reverse(source: str, flags: int) -> re.Pattern[str] | None:
    if _sre_parser is None or flags & re.MULTILINE:
        return None
    try:
        parsed = _sre_parser.parse(source, flags)
        body = _strip_end(parsed)
        if body is None:
            return None
        reversed_body = _reversed(body)
        newline = (_sre_constants.MAX_REPEAT, (0, 1, _sub(parsed, [(_sre_constants.LITERAL, ord("\n"))])))
        # ``$`` also matches before a final newline: the reversed text may begin with it
        tree = _sub(parsed, [newline, *reversed_body.data])
        return _sre_compiler.compile(tree, flags)
    except (_NotReversible, re.error, AttributeError, TypeError, ValueError, IndexError, RecursionError):
        return None


def _sub(template: Any, data: list) -> Any:
    """A parse-tree sequence holding ``data``, sharing ``template``'s parser state (groups, flags)."""
    return _sre_parser.SubPattern(template.state, data)


def _strip_end(sub: Any) -> Any | None:
    """``sub`` without its final ``$``, or ``None`` unless every way through it ends with ``$``."""
    c = _sre_constants
    if not sub.data:
        return None
    op, av = sub.data[-1]
    if op is c.AT and av is c.AT_END:
        return _sub(sub, list(sub.data[:-1]))
    if op is c.SUBPATTERN:
        group, add_flags, del_flags, inner = av
        stripped = _strip_end(inner)
        if stripped is None:
            return None
        return _sub(sub, [*sub.data[:-1], (op, (group, add_flags, del_flags, stripped))])
    if op is c.BRANCH:
        branches = []
        for alternative in av[1]:
            stripped = _strip_end(alternative)
            if stripped is None:
                return None
            branches.append(stripped)
        return _sub(sub, [*sub.data[:-1], (op, (av[0], branches))])
    return None


#: At most this many fixed-width alternatives stand for one look ahead.
_MAX_ALTERNATIVES = 64


def _alternatives(data: list) -> list[list]:
    """The fixed-width sequences that the sequence ``data`` matches one of (groups opened, branches spread)."""
    c = _sre_constants
    ways: list[list] = [[]]
    for op, av in data:
        if op is c.SUBPATTERN:
            inner = _alternatives(av[3].data)
        elif op is c.BRANCH:
            inner = [way for alternative in av[1] for way in _alternatives(alternative.data)]
        else:  # (a repeat of variable width is refused when the look behind is compiled)
            inner = [[(op, av)]]
        ways = [way + tail for way in ways for tail in inner]
        if len(ways) > _MAX_ALTERNATIVES:
            raise _NotReversible("a look ahead with too many alternatives")
    return ways


def _reversed(sub: Any) -> Any:
    """The parse tree that matches the reversal of what ``sub`` matches."""
    c = _sre_constants
    data = []
    for op, av in reversed(sub.data):
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN, c.CATEGORY):
            data.append((op, av))
        elif op is c.AT:
            if av in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY, c.AT_UNI_BOUNDARY, c.AT_UNI_NON_BOUNDARY,
                      c.AT_LOC_BOUNDARY, c.AT_LOC_NON_BOUNDARY):
                data.append((op, av))  # a word boundary reads the same both ways
            elif av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
                data.append((op, c.AT_END_STRING))  # (no MULTILINE: ``^`` is the start of the text)
            elif av is c.AT_END_STRING:
                data.append((op, c.AT_BEGINNING_STRING))
            else:
                raise _NotReversible(f"anchor {av}")
        elif op is c.BRANCH:
            data.append((op, (av[0], [_reversed(alternative) for alternative in av[1]])))
        elif op is c.SUBPATTERN:
            group, add_flags, del_flags, inner = av
            data.append((op, (group, add_flags, del_flags, _reversed(inner))))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, inner = av
            data.append((op, (low, high, _reversed(inner))))
        elif op in (c.ASSERT, c.ASSERT_NOT) and av[0] < 0:
            data.append((op, (1, _reversed(av[1]))))  # a look behind becomes a look ahead
        elif op in (c.ASSERT, c.ASSERT_NOT):
            # a look ahead becomes a look behind, which ``re`` allows at a fixed width only: one per
            # alternative ("(?!(?:near|at)\\s)" -> "(?<!\\sraen)(?<!\\sta)"; "(?=a|bc)" -> "(?:(?<=a)|(?<=cb))")
            looks = [(op, (-1, _reversed(_sub(sub, alternative)))) for alternative in _alternatives(av[1].data)]
            if op is c.ASSERT_NOT:
                data.extend(looks)
            else:
                data.append((c.BRANCH, (None, [_sub(sub, [look]) for look in looks])))
        else:  # GROUPREF, GROUPREF_EXISTS, ATOMIC_GROUP, POSSESSIVE_REPEAT, ...
            raise _NotReversible(str(op))
    return _sub(sub, data)
