"""End-anchored cues matched from the end (geo.language.tails) answer exactly as a search of the text before."""

import re
from pathlib import Path

import pytest

from geo.language import pack_for
from geo.language.folding import lower_keep_length
from geo.language.tails import reversed_cue

DEVSET = Path(__file__).resolve().parent.parent / "benchmarks" / "devset"


def _agrees(pattern: re.Pattern[str], texts: list[str]) -> int:
    """Assert both ways answer alike on every text; return how many texts the cue ends."""
    backwards = reversed_cue(pattern)
    assert backwards is not None
    found = 0
    for text in texts:
        searched = pattern.search(text) is not None
        assert (backwards.match(text[::-1]) is not None) == searched, (pattern.pattern, text)
        found += searched
    return found


def test_a_cue_is_matched_from_the_end_of_the_text_before_the_name():
    cue = re.compile(r"\b(?:taken|evacuated)\s+(?:[\w-]+,?\s+){0,4}?to\s+(?:the\s+)?$")
    _agrees(cue, ["Two were taken to ", "evacuated from Ak-Sai, Kok-Tash to the ", "taken to the town ",
                  "retaken to ", "taken to", "", "to "])


def test_look_arounds_turn_round_and_a_variable_look_ahead_becomes_one_look_behind_per_alternative():
    cue = re.compile(r"(?<!shepherds )from\s+((?!(?:near|at|in)\s)[\w-]+\s+){0,2}$|(?=ab|c)\w+\s$")
    _agrees(cue, ["fired from ", "shepherds from ", "from near ", "from the hills ", "from the near ",
                  "ab ", "cd ", "bd ", "x ", "fire from at the "])


def test_anchors_at_the_start_and_a_final_newline_read_as_a_search_does():
    cue = re.compile(r"^(?:in|at)\s+$|\bvillage of\s*$")
    _agrees(cue, ["in ", "at  ", "stay in ", "the village of\n", "the village of \n", "village of\n\n", "ofvillage of"])


@pytest.mark.parametrize("source", [
    r"\bto\b",                      # not anchored at the end
    r"(\w+) \1$",                   # a back-reference
    r"(?=\w+\s)x$",                 # a look ahead of unbounded width
    r"(?m)^to$",                    # MULTILINE: "$" ends every line
])
def test_a_pattern_that_cannot_be_turned_round_exactly_is_searched_as_before(source):
    assert reversed_cue(re.compile(source)) is None


def _windows(folder: str, limit: int) -> list[str]:
    """The text before each capitalised word of the folder's first articles (up to 240 characters)."""
    windows = []
    for path in sorted((DEVSET / folder / "articles").glob("*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8")
        windows += [text[max(0, m.start() - 240):m.start()] for m in re.finditer(r"\b[A-ZА-ЯЁ]", text)]
    return windows


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_role_cue_before_a_name_answers_as_its_search_on_the_development_articles(lang):
    pack = pack_for(lang)
    windows = _windows(lang, 12)
    lowered = [lower_keep_length(w) for w in windows]
    checked = ended = 0
    for cues in (pack.folded.roles, pack.roles):
        for name in vars(cues) if hasattr(cues, "__dict__") else cues.__dataclass_fields__:
            pattern = getattr(cues, name)
            if not name.endswith("_before") or not hasattr(pattern, "pattern") or reversed_cue(pattern) is None:
                continue
            ended += _agrees(pattern, windows if pattern.flags & re.I else lowered)
            checked += 1
    assert checked >= 40 and ended >= 100  # (both answers are exercised)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_nearly_every_role_cue_before_a_name_is_matched_from_the_end(lang):
    cues = pack_for(lang).folded.roles
    names = [n for n in cues.__dataclass_fields__ if n.endswith("_before") and hasattr(getattr(cues, n), "pattern")]
    searched = sorted(n for n in names if reversed_cue(getattr(cues, n)) is None)
    # (a look ahead of unbounded width, "со стороны (?!...был\w*)"; an alternative not anchored at the name)
    assert searched == {"en": [], "ru": ["origin_before", "quarter_before"]}[lang]
