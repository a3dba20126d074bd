"""Regular expressions compiled when first used, so that start-up pays only for the cues a run needs.

The language packs hold several hundred patterns, some of them thousands of
characters long. Compiling all of them at import took about half of a
one-article ``geo parse`` on the measuring host; many are never used by a given
run (the hot cues are used in their folded form, see
:mod:`geo.language.folding`, and an English run needs no Russian figure
pattern).

A :class:`LazyPattern` has the ``pattern`` and ``flags`` of the compiled
pattern at once; the first call of any other attribute compiles it, and
binds the compiled pattern's methods on the instance, so later calls cost what
the compiled pattern's own do.
"""

from __future__ import annotations

import re
from typing import Any

from geo.language.guard import compile_guarded

__all__ = ["LazyPattern", "lazy_compile"]

#: Methods of ``re.Pattern`` bound on the instance once compiled (later calls skip ``__getattr__``).
_BOUND = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
          "groups", "groupindex")


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled at the first use of anything but ``pattern`` and ``flags``.

    Parameters
    ----------
    pattern : str
        The regular expression.
    flags : int or re.RegexFlag, optional
        Its flags.

    Examples
    --------
    >>> cue = LazyPattern(r"\\bshell\\w*", re.I)
    >>> cue.pattern, bool(cue.flags & re.I)
    ('\\\\bshell\\\\w*', True)
    >>> cue.search("Shelling resumed").group(0)
    'Shelling'
    """

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        if not isinstance(pattern, str):
            raise TypeError(f"LazyPattern needs a str pattern, got {type(pattern).__name__}")
        self.pattern = pattern
        self._given = int(flags)
        # what ``re.compile`` reports: str patterns are Unicode unless ASCII is asked for
        self.flags = self._given | (0 if self._given & re.ASCII else int(re.UNICODE))

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = compile_guarded(self.pattern, self._given)
            self.__dict__["_compiled"] = compiled
            for name in _BOUND:
                self.__dict__[name] = getattr(compiled, name)
        return compiled

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        return LazyPattern, (self.pattern, self._given)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:60]!r}{'...' if len(self.pattern) > 60 else ''}, {self._given})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """:class:`LazyPattern` typed as the ``re.Pattern`` it stands for (a drop-in for ``re.compile``).

    Parameters
    ----------
    pattern : str
        The regular expression.
    flags : int or re.RegexFlag, optional
        Its flags.

    Returns
    -------
    re.Pattern
        A :class:`LazyPattern`, which answers every ``re.Pattern`` method.
    """
    return LazyPattern(pattern, flags)  # type: ignore[return-value]
