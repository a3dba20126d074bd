"""Name normalisation: case, diacritics, punctuation, Cyrillic, offsets."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

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


def test_run_based_normalisation_equals_the_character_by_character_mapping():
    import random
    import string

    from geo.gazetteer import normalize

    def general(text):
        chars, offsets, previous_space = [], [], True
        for index, char in enumerate(text):
            for piece in normalize._char_map(char):
                if piece == " ":
                    if previous_space:
                        continue
                    previous_space = True
                else:
                    previous_space = False
                chars.append(piece)
                offsets.append(index)
        return "".join(chars), offsets + [len(text)]

    rng = random.Random(3)
    alphabet = list(string.ascii_letters + "  .,'-`!?0123456789\n_") + list("öüӯҳғВорухİß’—«»é")
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert normalize.normalize_with_offsets(text) == general(text), repr(text)


def test_ascii_fast_path_equals_the_general_path():
    """The vectorised ASCII path gives the same text and offsets as the general one."""
    import random

    from geo.gazetteer.normalize import _normalize_ascii, _normalize_general

    rng = random.Random(7)
    samples = ["", "'", "  a", "a'b", "Kok-Tash!", "x ' y", "..a..", "'''a  b '' c",
               "Louisville, Ky. (AP) -- U.S. officials said..."]
    samples += ["".join(rng.choice("ab Z9'`.-, \n\t") for _ in range(rng.randint(0, 16))) for _ in range(3000)]
    for text in samples:
        assert _normalize_ascii(text) == _normalize_general(text), repr(text)


def test_vectorised_unicode_normalisation_equals_the_character_loop():
    import random

    from geo.gazetteer.normalize import _normalize_general, _normalize_unicode

    rng = random.Random(7)
    alphabet = "abcXYZ012 '`’-—«»ёЁӨүҳҷКок-Таш,.!?ßıŏŭéﬁ\n\t"
    texts = ["Обстрел Воруха: «Кок-Таш» и Ак-Сай — 14.09.2022", "Kök-Tash ‘Vorukh’", ""] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(500)]
    for text in texts:
        assert _normalize_unicode(text) == _normalize_general(text)


def test_case_folding_keeps_offsets_and_leaves_patterns_with_capitals_alone():
    import re

    from geo.language.folding import fold_pattern, lower_keep_length

    assert len(lower_keep_length("İsfara Обстрел")) == len("İsfara Обстрел")
    folded = fold_pattern(re.compile(r"\bобстрел\w*", re.I))
    assert not folded.flags & re.I and folded.search(lower_keep_length("ОБСТРЕЛ Воруха"))
    capitals = re.compile(r"из [А-ЯЁ]\w+", re.I)
    assert fold_pattern(capitals) is capitals
    # a named group's "P" and name are syntax, not a capital to match
    toll = fold_pattern(re.compile(r"число (?P<Noun>погибших)(?:\s+(?P=Noun))?", re.I))
    assert not toll.flags & re.I and toll.search(lower_keep_length("ЧИСЛО Погибших"))


def test_number_words_and_date_cues_are_read_in_any_case():
    """The figure and date readers match lower-cased text with folded patterns: capitals change nothing."""
    import datetime as dt

    from geo.language.en.dates import find_dates as find_dates_en
    from geo.language.en.numbers import read_figures as read_figures_en
    from geo.language.ru.dates import find_dates as find_dates_ru
    from geo.language.ru.numbers import read_figures as read_figures_ru

    def figures(read, clause):
        return [(f.measure, f.value, f.text) for f in read(clause)]

    assert figures(read_figures_en, "TWO Soldiers Were KILLED") == [("fatalities", 2, "TWO Soldiers Were KILLED")]
    assert figures(read_figures_ru, "ПОГИБЛИ ДВОЕ военнослужащих") == [("fatalities", 2, "ПОГИБЛИ ДВОЕ")]
    published = dt.date(2022, 9, 18)
    assert [d.window.start for d in find_dates_en("Shelling YESTERDAY", published)] == [dt.date(2022, 9, 17)]
    assert [d.window.start for d in find_dates_ru("ВЧЕРА обстреляли", published)] == [dt.date(2022, 9, 17)]


def _tokens_by_the_offsets(text):
    """Words and their bounds read off :func:`normalize_with_offsets`, the way the recogniser once did."""
    import re

    normalized, offsets = normalize_with_offsets(text)
    spans = [m.span() for m in re.finditer(r"\S+", normalized)]
    return normalized.split(), [offsets[a] for a, _ in spans], [offsets[b - 1] + 1 for _, b in spans]


@given(st.text(alphabet="ab Z9'`-.,\n\tёЖ–Köå’ʼß中\U0001F600İ", max_size=40))
@settings(max_examples=500, deadline=None)
def test_normalized_tokens_are_the_words_of_the_normalised_text_with_their_bounds(text):
    from geo.gazetteer.normalize import normalized_tokens

    assert normalized_tokens(text) == _tokens_by_the_offsets(text)


def test_normalized_tokens_on_real_looking_text():
    from geo.gazetteer.normalize import normalized_tokens

    for text in ("Louisville, Ky. (AP) -- O'Brien's U.S. office", "Обстрел у «Кок-Таша», 14:30.",
                 "Kök-Tash ’Voruh‘ — Ходжаи-Аъло", ""):
        assert normalized_tokens(text) == _tokens_by_the_offsets(text)


def _sentences_by_look_behind(text):
    """The sentence splitter as it was written first (a look-behind at every character), with the same
    rules for abbreviations and initials, and the headline and date lines at the top ending their own
    sentences (:func:`geo.geoparse.sentences._heading_line_ends`)."""
    import re

    from geo.geoparse.sentences import _ABBREVIATIONS, _INITIAL, _LAST_WORD, _heading_line_ends

    boundary = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+(?=[\"'“‘«„(\[]?[A-Z0-9А-ЯЁ•])|\n\s*\n|\n(?=\s*[•*\-–])")
    # (a boundary's start, end, whether it is a headline's line end); at one offset the punctuation's first
    cuts = sorted([(m.start(), m.end(), False) for m in boundary.finditer(text)]
                  + [(c, c + 1, True) for c in _heading_line_ends(text)])
    spans, start = [], 0
    for cut, end, heading in cuts:
        if heading:
            if cut > start:
                spans.append((start, cut))
                start = end
            continue
        tail = text[max(start, cut - 40):cut].rstrip()
        last_word = _LAST_WORD.search(tail)
        if last_word and text[cut:end].strip() == "" and (
                last_word.group(1).lower().rstrip(".") in _ABBREVIATIONS or _INITIAL.fullmatch(last_word.group(1))):
            continue
        spans.append((start, cut))
        start = end
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


@given(st.text(alphabet="ab A Б.!?…\"'»)( \n•-Mr.г", max_size=60))
@example("A. A")  # an initial
@example("a b. A")
@settings(max_examples=500, deadline=None)
def test_sentence_boundaries_are_those_of_the_look_behind_splitter(text):
    from geo.geoparse.sentences import split_sentences

    assert split_sentences(text).spans == _sentences_by_look_behind(text)


def test_characters_beyond_the_table_and_ellipses_stay_on_the_vectorised_path(monkeypatch):
    """Emoji, CJK and "…" (three separators) no longer send a whole article down the character loop."""
    import random

    from geo.gazetteer import normalize

    rng = random.Random(11)
    alphabet = "ab Kök-Таш,.'’…‥中\U0001F600\uff21\ufeff\n"  # not "½": "1⁄2" is two words (the loop)
    texts = ["Shelling near Vorukh… 中文 \U0001F600 Kök-Tash", "…", "\U0001F600"] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50))) for _ in range(400)]
    expected = [(normalize._normalize_general(t), normalize._tokens_of(t)) for t in texts]

    def no_loop(text):
        raise AssertionError(f"character loop used for {text!r}")

    monkeypatch.setattr(normalize, "_normalize_general", no_loop)
    for text, (normalised, tokens) in zip(texts, expected):
        assert normalize.normalize_with_offsets(text) == normalised
        assert normalize.normalized_tokens(text) == tokens
