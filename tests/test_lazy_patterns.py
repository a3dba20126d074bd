"""Patterns compiled when first used answer exactly as ``re.compile`` would."""

import pickle
import re

from geo.language.folding import fold_pattern
from geo.language.lazy import LazyPattern, lazy_compile

TEXT = "Shelling hit Vorukh at 07:15; обстрел Ворухa продолжался."


def test_a_lazy_pattern_compiles_at_first_use_and_answers_as_the_compiled_one():
    source, flags = r"\b(shell\w*|обстрел\w*)\b", re.I
    lazy, compiled = lazy_compile(source, flags), re.compile(source, flags)
    assert "_compiled" not in lazy.__dict__
    assert (lazy.pattern, lazy.flags) == (compiled.pattern, compiled.flags)  # no compiling for these
    assert "_compiled" not in lazy.__dict__
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
    assert "_compiled" in lazy.__dict__
    assert lazy.sub("X", TEXT) == compiled.sub("X", TEXT)
    assert lazy.groups == compiled.groups and lazy.search("nothing") is None


def test_a_lazy_pattern_folds_lazily_and_pickles_as_its_source():
    lazy = LazyPattern(r"\bобстрел\w*", re.I)
    folded = fold_pattern(lazy)
    assert isinstance(folded, LazyPattern) and not folded.flags & re.I
    assert folded.search(TEXT.lower()).group(0) == "обстрел"
    assert "_compiled" not in lazy.__dict__  # the original was never needed
    copy = pickle.loads(pickle.dumps(lazy))
    assert (copy.pattern, copy.flags) == (lazy.pattern, lazy.flags)
    assert copy.search(TEXT).group(0) == "обстрел"


def test_an_ascii_pattern_reports_the_flags_re_would():
    assert LazyPattern(r"\w+", re.A).flags == re.compile(r"\w+", re.A).flags
