"""A start guard for long regular expressions: what the first character of any match must be.

Python's ``re`` tries a pattern at every position of the text. For the language
packs' long alternations (``not_event``, ``violence``: thousands of characters,
hundreds of branches, nearly every branch opening with ``\\b``) that means
hundreds of failed branch attempts per character, and those scans were most of
the time of reading an article. The engine skips positions fast only when a
pattern opens with a literal or a character class; a pattern that opens with
``\\b`` or an alternation of words gets no such skip.

:func:`start_guard` reads the parsed pattern and writes a lookahead that every
match must satisfy at its first position: the zero-width assertions that open
each path (``\\b``, a one-class lookbehind) and the set of characters a match
can start with, e.g. ``\\b[абвгджзикмнопрстуэ]`` for the Russian violence cue.
:func:`compile_guarded` parses a pattern once, puts that lookahead in front of
the parsed pattern and compiles the two together, keeping the pattern's own
source text. The guard is a necessary condition read off the pattern itself,
so the guarded pattern finds exactly the matches of the original (same spans,
groups and flags); where the pattern can match the empty string, or opens with
a construct the reader does not follow (``.``, a scope that adds case folding,
a back-reference), it is compiled as it is.

The reader uses the standard library's own parser and compiler (``re._parser``,
``re._compiler``: private modules, the same in CPython 3.11-3.13); if either is
missing or behaves otherwise, patterns are compiled by ``re.compile``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

try:  # CPython 3.11+
    import _sre
    from re import _compiler
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - other interpreters: no guard
    _sre = _compiler = _C = _P = None  # type: ignore[assignment]

__all__ = ["compile_guarded", "start_guard"]

#: Patterns shorter than this are compiled as they are (their scans are cheap; the guard would cost parsing).
MIN_GUARDED_CHARS = 40


class _Unreadable(Exception):
    """The pattern opens with a construct the guard reader does not follow."""


def _escape(code: int) -> str:
    char = chr(code)
    return char if char.isalnum() else re.escape(char)


def _class_items(items: Sequence[tuple[Any, Any]]) -> tuple[bool, list[str]]:
    """(negated, class items as pattern text) of a parsed character class."""
    negated, out = False, []
    categories = {_C.CATEGORY_WORD: r"\w", _C.CATEGORY_NOT_WORD: r"\W", _C.CATEGORY_DIGIT: r"\d",
                  _C.CATEGORY_NOT_DIGIT: r"\D", _C.CATEGORY_SPACE: r"\s", _C.CATEGORY_NOT_SPACE: r"\S"}
    for op, arg in items:
        if op is _C.NEGATE:
            negated = True
        elif op is _C.LITERAL:
            out.append(_escape(arg))
        elif op is _C.RANGE:
            out.append(f"{_escape(arg[0])}-{_escape(arg[1])}")
        elif op is _C.CATEGORY and arg in categories:
            out.append(categories[arg])
        else:
            raise _Unreadable
    return negated, out


def _class_text(op: Any, arg: Any) -> str:
    """One parsed character (a literal or a class) as pattern text."""
    if op is _C.LITERAL:
        return _escape(arg)
    negated, items = _class_items(arg)
    return f"[{'^' if negated else ''}{''.join(items)}]"


def _assertion_text(op: Any, arg: Any) -> str | None:
    """A look-around over literal characters and classes as pattern text (``(?<![\\w-])``, ``(?<=[.;] )``),
    else None (read as no condition)."""
    direction, sub = arg
    if not sub.data or any(sub_op is not _C.LITERAL and sub_op is not _C.IN for sub_op, _ in sub.data):
        return None
    opening = ("(?<" if direction < 0 else "(?") + ("=" if op is _C.ASSERT else "!")
    return opening + "".join(_class_text(sub_op, sub_arg) for sub_op, sub_arg in sub.data) + ")"


#: At most this many different runs of opening assertions are followed; more are merged into what they share.
_MAX_PREFIXES = 32


def _merged(prefixes: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """``prefixes``, or (past :data:`_MAX_PREFIXES`) their common leading assertions: a weaker, still necessary
    condition."""
    if len(prefixes) <= _MAX_PREFIXES:
        return prefixes
    common: list[str] = []
    for parts in zip(*prefixes):
        if len(set(parts)) != 1:
            break
        common.append(parts[0])
    return {tuple(common)}


def _first(sequence: Any, prefixes: set[tuple[str, ...]], out: dict[tuple[str, ...], set[str]]) -> set[tuple[str, ...]]:
    """Add to ``out[assertions]`` the characters a match of ``sequence`` can start with, each under the zero-width
    assertions met before it; return the assertions of the ways ``sequence`` can match the empty string (an
    empty set if it cannot)."""
    anchors = {_C.AT_BOUNDARY: r"\b", _C.AT_NON_BOUNDARY: r"\B", _C.AT_BEGINNING_STRING: r"\A", _C.AT_BEGINNING: "^"}
    current = set(prefixes)
    for op, arg in sequence:
        if op is _C.LITERAL or op is _C.IN:
            negated, items = (False, [_escape(arg)]) if op is _C.LITERAL else _class_items(arg)
            for prefix in current:
                out.setdefault(prefix, set()).update([f"[^{''.join(items)}]"] if negated else items)
            return set()
        if op is _C.AT:
            if arg in anchors:
                current = {prefix if prefix[-1:] == (anchors[arg],) else (*prefix, anchors[arg]) for prefix in current}
        elif op is _C.ASSERT or op is _C.ASSERT_NOT:
            # (a longer negative look-behind, «(?<!не )», excludes little and would cost a test at every position)
            if (op is _C.ASSERT or len(arg[1].data) == 1) and (text := _assertion_text(op, arg)) is not None:
                current = {(*prefix, text) for prefix in current}
        elif op is _C.SUBPATTERN:
            if arg[1] & (_C.SRE_FLAG_IGNORECASE | _C.SRE_FLAG_MULTILINE | _C.SRE_FLAG_LOCALE):
                # (?i:...), (?m:^...): the guard, read under the pattern's own flags, could miss a match; a scope
                # that takes a flag away, «(?-i:[A-Z])», only narrows what its characters match
                raise _Unreadable
            current = _first(arg[3], current, out)
        elif op is _C.ATOMIC_GROUP:
            current = _first(arg, current, out)
        elif op is _C.BRANCH:
            current = set().union(*(_first(alternative, current, out) for alternative in arg[1]))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            least, _, item = arg
            empty = _first(item, current, out)
            current = empty if least > 0 else current | empty
        else:  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, ...
            raise _Unreadable
        if not current:
            return set()
        current = _merged(current)
    return current


def _guard_text(tree: Any) -> str | None:
    """The start guard of a parsed pattern as pattern text, or None (see :func:`start_guard`)."""
    try:
        out: dict[tuple[str, ...], set[str]] = {}
        if _first(tree.data, {()}, out):
            return None
    except (_Unreadable, RecursionError, AttributeError, TypeError, ValueError):
        return None
    # an entry whose assertions only add to another's and whose characters that one has already is implied by it
    implied = {prefix for prefix, items in out.items() for other, others in out.items()
               if other != prefix and prefix[:len(other)] == other and items <= others}
    parts = []
    for prefix, items in sorted(out.items()):
        if prefix in implied:
            continue
        plain = sorted(item for item in items if not item.startswith("[^"))
        classes = ([f"[{''.join(plain)}]"] if plain else []) + sorted(item for item in items if item.startswith("[^"))
        parts.append("".join(prefix) + (classes[0] if len(classes) == 1 else f"(?:{'|'.join(classes)})"))
    return "|".join(parts) or None


def start_guard(pattern: str, flags: int = 0) -> str | None:
    """A lookahead body that holds at the start of every match of ``pattern``, or None.

    Parameters
    ----------
    pattern : str
        A regular expression.
    flags : int, optional
        Its flags (the guard is compiled with the same ones, so case-insensitive
        classes follow the pattern's own case folding).

    Returns
    -------
    str or None
        Pattern text such as ``\\b[abc]|[0-9]``; None if the pattern can match
        the empty string or opens with a construct the reader does not follow.

    Examples
    --------
    >>> start_guard(r"\\b(?:shell|fir)\\w*")
    '\\\\b[fs]'
    >>> start_guard(r"(?:of\\s+)?\\d+"), start_guard(r"x?") is None
    ('[\\\\do]', True)
    """
    if _P is None:
        return None
    try:
        return _guard_text(_P.parse(pattern, int(flags)))
    except re.error:
        return None


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a :func:`start_guard` lookahead in front where one can be read.

    The pattern is parsed once; the guard is put in front of the parsed pattern
    and the two are compiled together. The result finds the same matches (spans,
    groups) as ``re.compile(pattern, flags)``, and keeps its ``pattern`` and
    ``flags``, so it prints and pickles as the original (a pickled copy is
    compiled unguarded). Where no guard can be read, or the standard library's
    parser is not the one this module knows, it is ``re.compile``'s own result.

    Parameters
    ----------
    pattern : str
        A regular expression.
    flags : int, optional
        Its flags.

    Returns
    -------
    re.Pattern
        The compiled pattern.

    Examples
    --------
    >>> compiled = compile_guarded(r"\\b(?:shelling|firing)\\s+(?:on|at)\\s+\\w+")
    >>> compiled.search("renewed firing at posts").group(0), compiled.pattern
    ('firing at posts', '\\\\b(?:shelling|firing)\\\\s+(?:on|at)\\\\s+\\\\w+')
    """
    flags = int(flags)
    if _P is None or len(pattern) < MIN_GUARDED_CHARS:
        return re.compile(pattern, flags)
    try:
        tree = _P.parse(pattern, flags)
        guard = _guard_text(tree)
        if guard is None:
            return re.compile(pattern, flags)
        # what ``re._compiler.compile`` does with a parsed pattern, with the guard first and the source kept
        all_flags = flags | tree.state.flags
        guarded = _P.SubPattern(tree.state, [(_C.ASSERT, (1, _P.parse(guard, all_flags))), *tree.data])
        code = _compiler._code(guarded, flags)
        index_group = [None] * tree.state.groups
        for name, index in tree.state.groupdict.items():
            index_group[index] = name
        return _sre.compile(pattern, flags | guarded.state.flags, code, tree.state.groups - 1,
                            tree.state.groupdict, tuple(index_group))
    except Exception:  # noqa: BLE001 - a parser or compiler this module does not know: compile as re does
        return re.compile(pattern, flags)
