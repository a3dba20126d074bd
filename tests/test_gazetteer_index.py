"""The compiled index on a tiny in-code gazetteer."""

import sqlite3

import pytest

from geo.exceptions import GazetteerError
from geo.gazetteer.index import Gazetteer, build_index
from tests.conftest import tiny_records


def test_lookup_by_any_spelling(tiny_gazetteer):
    for spelling in ("Vorukh", "Ворух", "voruh"):
        assert [p.name for p in tiny_gazetteer.places_by_name(spelling)] == ["Vorukh"]
    # spelling-tolerant fallback: "Vorukh" with a doubled letter
    assert tiny_gazetteer.places_by_name("Vorrukh")[0].name == "Vorukh"
    assert tiny_gazetteer.places_by_name("Vorrukh", loose=False) == []


def test_text_keys_demonyms_and_common_words(tiny_gazetteer):
    assert "kok tash" in tiny_gazetteer.text_keys
    assert tiny_gazetteer.demonym_country("kyrgyz") == "KG"
    assert tiny_gazetteer.demonym_country("martian") is None
    assert "police" in tiny_gazetteer.common_words
    assert len(tiny_gazetteer) == len(tiny_records())


def test_missing_index_names_the_folder_and_the_fix(tmp_path):
    with pytest.raises(GazetteerError, match="geo data build"):
        Gazetteer(tmp_path)


def test_index_of_another_format_is_refused(tmp_path):
    build_index(tiny_records(), out_dir=tmp_path)
    with sqlite3.connect(tmp_path / "gazetteer.sqlite") as connection:
        connection.execute("UPDATE meta SET value='0' WHERE key='format'")
    with pytest.raises(GazetteerError, match="format 0"):
        Gazetteer(tmp_path)


@pytest.mark.integration
def test_current_gazetteer_opens_only_a_compiled_current_index_and_never_compiles(tmp_path, real_gazetteer):
    from geo.gazetteer.store import current_gazetteer, default_index_dir

    missing = tmp_path / "no-index"
    assert current_gazetteer(index_dir=missing) is None
    assert not (missing / "gazetteer.sqlite").exists()  # nothing compiled
    stale = tmp_path / "stale"
    build_index(tiny_records(), out_dir=stale)  # compiled, but not from the committed data
    assert current_gazetteer(index_dir=stale) is None
    assert current_gazetteer(index_dir=default_index_dir()) is real_gazetteer  # the one already open


def test_a_name_summary_is_the_kinds_and_the_largest_population_of_its_places(real_gazetteer):
    for key in ("georgia", "washington", "batken", "vorukh", "no such place at all"):
        places = real_gazetteer.places_by_key(key)
        summary = real_gazetteer.name_summary(key)
        assert summary.kinds == {p.kind for p in places}
        assert summary.max_population == max((p.population for p in places), default=0)
    assert {"admin1", "country"} <= real_gazetteer.name_summary("georgia").kinds


def test_a_short_run_looks_text_keys_up_without_loading_the_set(tmp_path):
    build_index(tiny_records(), out_dir=tmp_path)
    gazetteer = Gazetteer(tmp_path)
    lookup = gazetteer.text_key_lookup
    assert lookup.for_text(300) is lookup
    asked = ["kok tash", "vorukh", "martian", "batken", "kok", ""]
    answers = [key in lookup for key in asked]
    assert not lookup.loaded  # answered by the database
    assert answers == [key in gazetteer.text_keys for key in asked]
    assert answers[0] and not answers[2]
    assert lookup.loaded and lookup.for_text(300) is gazetteer.text_keys


def test_a_long_text_or_a_long_run_uses_the_whole_key_set(tmp_path, monkeypatch):
    from geo.gazetteer.index import TextKeys

    build_index(tiny_records(), out_dir=tmp_path)
    lookup = Gazetteer(tmp_path).text_key_lookup
    assert isinstance(lookup.for_text(TextKeys.LONG_TEXT), frozenset)
    monkeypatch.setattr(TextKeys, "LOOKUP_BUDGET", 2)
    lookup = Gazetteer(tmp_path).text_key_lookup
    assert "vorukh" in lookup and "martian" not in lookup
    assert isinstance(lookup.for_text(300), frozenset)


def test_a_replaced_key_set_is_caught_without_loading_it(tmp_path):
    import pickle

    build_index(tiny_records(), out_dir=tmp_path)
    Gazetteer(tmp_path).check_text_keys()  # the file it was built with
    (tmp_path / "text_keys.pickle").write_bytes(pickle.dumps(frozenset({"vorukh"})))
    with pytest.raises(GazetteerError, match="not the file this index was built with"):
        Gazetteer(tmp_path).check_text_keys()
    (tmp_path / "text_keys.pickle").write_bytes(b"\x80\x04garbage")
    with pytest.raises(GazetteerError, match="text_keys.pickle"):
        _ = Gazetteer(tmp_path).text_keys
