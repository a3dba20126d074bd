"""A start guard in front of a long pattern changes no match, only how fast positions are skipped."""

import dataclasses
import pickle
import re
from pathlib import Path

import pytest

from geo.language import pack_for
from geo.language.guard import compile_guarded, start_guard
from geo.language.lazy import LazyPattern, lazy_compile

DEVSET = Path(__file__).resolve().parent.parent / "benchmarks" / "devset"

#: Text that is no article: empty, stops only, a lone word at each end, upper-case and mixed scripts, offsets at
#: the edges, characters whose case folding is special.
EDGES = ["", ".", ";;", "обстрел", "SHELLING", "Ворух.", " \n\n ", "07:15, 3 km", "«Бишкек» — 2022",
         "KELVIN Kelvin ſhelling İsfara", "ранен1 x2 -Ворух- (Исфара)", "a" * 300]


def _patterns(obj, seen):
    """Every pattern a pack holds (in fields, mappings and sequences, nested)."""
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, (LazyPattern, re.Pattern)):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for field in dataclasses.fields(obj):
            yield from _patterns(getattr(obj, field.name), seen)
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from _patterns(value, seen)
    elif isinstance(obj, (list, tuple)):
        for value in obj:
            yield from _patterns(value, seen)


def _texts(lang: str, count: int) -> list[str]:
    files = sorted(p for p in DEVSET.glob(f"{lang}*/articles/*") if not p.name.endswith(".meta.json"))
    texts = [p.read_text(encoding="utf-8") for p in files[:: max(1, len(files) // count)][:count]]
    return texts + [t.lower() for t in texts] + EDGES


def _matches(pattern, text):
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_pattern_of_a_pack_finds_the_same_matches_guarded(lang):
    pack = pack_for(lang)
    sources = {(p.pattern, int(p.flags)) for p in _patterns(pack, set())}
    sources |= {(p.pattern, int(p.flags)) for p in _patterns(pack.folded, set())}
    texts = _texts(lang, 6)
    guarded = 0
    for source, flags in sorted(sources):
        plain, fast = re.compile(source, flags), compile_guarded(source, flags)
        assert (fast.pattern, fast.flags, fast.groupindex) == (plain.pattern, plain.flags, plain.groupindex)
        if fast == plain:  # (same code: no guard could be read)
            continue
        guarded += 1
        for text in texts:
            assert _matches(fast, text) == _matches(plain, text), (source[:120], text[:80])
        assert fast.match(texts[0], 5) == plain.match(texts[0], 5) or \
            fast.match(texts[0], 5).span() == plain.match(texts[0], 5).span()
    assert guarded > 200  # the packs' long cues are guarded, not left as they were


def test_the_guard_is_what_a_match_opens_with():
    assert start_guard(r"\b(?:shelling|firing|mortar)\s+(?:on|at)\s+\w+") == r"\b[fms]"
    assert start_guard(r"(?<=[.;] )[^.;]{0,40}?\bучени[яй]\s+прошл\w+") == r"(?<=[\.;]\ )[^\.;]|(?<=[\.;]\ )\b[у]"
    assert start_guard(r"(?P<q>[\"«])\w+(?P=q) and more text") == '["«]'  # a back-reference after the start
    # a pattern that can match nothing, or a scoped flag or any character first: no guard
    assert start_guard(r"(?:\w+\s+)?") is None
    assert start_guard(r"(?i:shell)\w* and more text here") is None  # a scope that adds case folding
    assert start_guard(r"(?-i:[A-Z])\w+ of the village", re.I) == "[A-Z]"  # one that takes it away narrows
    assert start_guard(r".{0,40}shelling") is None


def test_a_guarded_pattern_keeps_case_folding_verbose_comments_and_groups():
    source = r"\b(?P<place>ворух\w*|isfara|kelvin)\s+(?:district|район\w*)"
    folded = compile_guarded(source, re.I)
    assert folded != re.compile(source, re.I) and folded.pattern == source
    assert [m.group("place") for m in folded.finditer("ВОРУХСКИЙ район; ISFARA District; \u212aelvin district")] \
        == ["ВОРУХСКИЙ", "ISFARA", "\u212aelvin"]
    verbose = compile_guarded(r"""\b(shell\w*|mortar\w*)   # the weapon
                                  \s+(?:hit|struck)        # what it did""", re.X)
    assert verbose.search("the mortars struck Vorukh").group(1) == "mortars" and verbose.groups == 1
    inline = compile_guarded(r"(?i)\bshell\w*\s+hit\s+the\s+village\s+of")
    assert inline != re.compile(inline.pattern) and inline.search("SHELLS HIT THE VILLAGE OF Chek")
    assert compile_guarded(r"\bshell") == re.compile(r"\bshell")  # short: as it is
    copy = pickle.loads(pickle.dumps(folded))  # pickled as its source (and compiled unguarded)
    assert copy == re.compile(source, re.I)


def test_a_lazy_pattern_is_guarded_but_keeps_and_pickles_its_own_source():
    source = r"\b(?:обстрел\w*|перестрелк\w*)\s+(?:[\w-]+\s+){0,3}?(?:у|в|около)\s+сел\w*"
    lazy = lazy_compile(source, re.I)
    assert lazy.search("Обстрел продолжался у села Ворух").group(0) == "Обстрел продолжался у села"
    assert lazy.compiled != re.compile(source, re.I) and lazy.compiled.pattern == lazy.pattern == source
    assert pickle.loads(pickle.dumps(lazy)).pattern == source
