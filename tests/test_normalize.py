"""Name normalisation: case, diacritics, punctuation, Cyrillic, offsets."""

import pytest

from geo.gazetteer.normalize import loose_key, name_key, normalize_with_offsets


@pytest.mark.parametrize("family", [
    ["Vorukh", "Voruh", "Ворух", "VORUKH"],
    ["Kök-Tash", "Kok-Tash", "Koktash", "Кок-Таш", "Kok Tash"],
    ["Chorkuh", "Chorkukh", "Чоркух"],
    ["Dostuk", "Достук"],
])
def test_spelling_families_share_a_loose_key(family):
    assert len({loose_key(name) for name in family}) == 1, [loose_key(n) for n in family]


def test_name_key_strips_diacritics_hyphens_apostrophes():
    assert name_key("Kök-Tash") == "kok tash"
    assert name_key("Western Qal'acha") == "western qalacha"
    assert name_key("Tört-Köl") == "tort kol"
    assert name_key("  Ҳисор  ") == "hisor"
    assert name_key("Ғафуров") == "ghafurov"


def test_offsets_map_back_to_the_original_text():
    text = "Shelling near Кок-Таш, 'Voruh'."
    normalized, offsets = normalize_with_offsets(text)
    start = normalized.index("kok tash")
    end = start + len("kok tash")
    assert text[offsets[start]:offsets[end - 1] + 1] == "Кок-Таш"
    start = normalized.index("voruh")
    assert text[offsets[start]:offsets[start + 4] + 1] == "Voruh"
    assert len(offsets) == len(normalized) + 1
