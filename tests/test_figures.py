"""Casualty figures by ACLED's rule."""

import pytest

from geo.incidents.figures import Figure, extract_figures
from geo.incidents.merge import fuse_figures


def values(sentence):
    return [(f.measure, f.value, f.vague, f.side) for f in extract_figures(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("A total of 71 people died in the fighting.", [("fatalities", 71, False, None)]),
    ("Tajikistan said 35 people were killed on its side.", [("fatalities", 35, False, "TJ")]),
    ("Kyrgyzstan spoke of a total of 36 deaths and 137,000 people who had been brought to safety.",
     [("fatalities", 36, False, "KG"), ("displaced", 137000, False, "KG")]),
    ("Fights that have killed dozens.", [("fatalities", 12, True, None)]),
    ("At least 24 people were wounded and thirty-six killed.",
     [("injured", 24, False, None), ("fatalities", 36, False, None)]),
    ("The countries share a 970-kilometer border.", []),
    ("Several houses burned.", []),
])
def test_extract(sentence, expected):
    assert values(sentence) == expected


def test_lowest_precise_total_wins_over_vague_and_higher_figures():
    figures = [Figure("fatalities", 12, True, None, "dozens"),
               Figure("fatalities", 71, False, None, "71"),
               Figure("fatalities", 80, False, None, "80"),
               Figure("fatalities", 36, False, "KG", "36"),
               Figure("fatalities", 35, False, "TJ", "35")]
    total, by_side, rule = fuse_figures(figures, "fatalities")
    assert total == 71 and by_side == {"KG": 36, "TJ": 35}
    assert "lowest precise total" in rule and "12 vague" in rule


def test_sides_are_summed_when_no_total_is_given():
    figures = [Figure("fatalities", 36, False, "KG", "36"), Figure("fatalities", 35, False, "TJ", "35")]
    assert fuse_figures(figures, "fatalities")[0] == 71


def test_vague_quantity_only_when_nothing_precise():
    assert fuse_figures([Figure("fatalities", 12, True, None, "dozens")], "fatalities")[0] == 12
    assert fuse_figures([], "fatalities") == (None, {}, None)
