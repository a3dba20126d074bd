"""The language-pack contract: every registered pack provides every piece and reads its examples."""

import datetime as dt
import re
from pathlib import Path

import pytest

from geo.exceptions import ConfigurationError
from geo.incidents.model import RawFigure
from geo.incidents.taxonomy import EVENT_TYPES
from geo.language import LANGUAGE_PACKS, detect_language, get_pack, pack_for
from geo.language.en import ENGLISH
from geo.language.folding import lower_keep_length
from geo.language.lazy import LazyPattern
from geo.language.ru import RUSSIAN

PACKS = sorted(LANGUAGE_PACKS.values(), key=lambda p: p.code)


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.code)
def test_pack_provides_every_piece(pack):
    assert pack.missing() == []
    assert set(pack.triggers) == set(EVENT_TYPES)
    assert set(pack.sides) == {"KG", "TJ"}
    for name in ("clause_break", "background", "violence", "not_event", "revision", "joint", "joint_after",
                 "own_side", "speech", "statement_date", "statement_date_after", "every_case"):
        assert isinstance(getattr(pack, name), (re.Pattern, LazyPattern)), name  # compiled, or when first used


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.code)
def test_pack_reads_its_own_examples(pack):
    text, place, date = pack.examples["dateline"]
    found = pack.find_dateline(text)
    assert found is not None and found.place == place and found.date.isoformat() == date
    text, published, expected = pack.examples["date"]
    dates = pack.find_dates(text, dt.date.fromisoformat(published))
    assert dates and dates[0].window.start.isoformat() == expected
    text, measure, value, side = pack.examples["figure"]
    figures = pack.read_figures(text)
    assert all(isinstance(f, RawFigure) for f in figures)
    assert [(f.measure, f.value, f.side) for f in figures] == [(measure, value, side)]
    text, _published = pack.examples["background"]
    assert any(d.window.end.year < int(_published[:4]) for d in pack.find_dates(text, None)) or \
        pack.background.search(text)
    text, event_type = pack.examples["trigger"]
    assert pack.triggers[event_type].search(text)
    before, _place = pack.examples["destination"]
    assert pack.roles.destination_before.search(before)
    assert pack.roles.destination_words.search(before)
    text, word = pack.examples["statement_date"]
    assert pack.statement_date.search(text[:text.index(word)])
    text, word = pack.examples["statement_date_after"]
    assert pack.statement_date_after.match(text, text.index(word) + len(word))


@pytest.mark.parametrize("pack, fight, coordinated, between, negated, opening, heading, unrelated", [
    (ENGLISH, "Residents of Surkh and Kok-Tash pelted each other with stones.",
     " and the neighbouring ", "clashes between the villages of ", "was not near ", "On ", "Border update",
     "Exchange rates"),
    (RUSSIAN, "Жители Сурха и Кок-Таша забрасывали друг друга камнями.",
     " и соседнего ", "драка между селом ", "не у села ", "В ", "На границе", "Курс валют"),
], ids=["en", "ru"])
def test_the_pack_names_the_parties_of_a_fight_corrections_date_openings_and_border_headings(
        pack, fight, coordinated, between, negated, opening, heading, unrelated):
    """The cues the event model once kept as bilingual patterns of its own now come from each pack."""
    assert pack.fight_parties.search(fight)
    assert not pack.fight_parties.search("The two villages lie 3 km apart.")
    assert pack.coordinated.fullmatch(coordinated)
    assert not pack.coordinated.fullmatch(". The next day ")
    assert pack.between_before.search(between)
    assert pack.negated_before.search(negated)
    assert pack.date_opening.fullmatch(opening) and not pack.date_opening.fullmatch("Officials said ")
    assert pack.border_words.search(heading) and not pack.border_words.search(unrelated)


def test_registry_lookup_names_the_registered_codes():
    assert get_pack("en").code == "en"
    with pytest.raises(ConfigurationError, match="registered: en"):
        get_pack("xx")
    assert pack_for("ru").code in LANGUAGE_PACKS  # no Russian pack yet: read with English


def test_language_detection_by_script():
    assert detect_language("Shelling hit Vorukh on Sunday.") == "en"
    assert detect_language("Обстрел в Ворухе продолжался в воскресенье.") == "ru"


def test_kyrgyz_and_tajik_cyrillic_are_told_from_russian():
    # text written for this test in each language's own letters and words
    kyrgyz = ("Баткен облусундагы Көк-Таш айылында кечээ кечинде ок атылып, эки жоокер жаракат алды. Чек ара "
              "кызматы бул тууралуу билдирди. Жарадарлар ооруканага жеткирилди, абалы орто деп айтылды.")
    tajik = ("Дар деҳаи Ҳоҷаи Аъло шоми дирӯз тирпарронӣ шуд ва ду нафар сарбоз захмӣ гардиданд. Хадамоти "
             "марзӣ дар ин бора хабар дод. Захмиёнро ба беморхонаи шаҳри Исфара бурданд.")
    assert detect_language(kyrgyz) == "ky" and detect_language(tajik) == "tg"
    # a Russian article quoting names in Kyrgyz or Tajik spelling stays Russian
    russian = ("В селе Көк-Таш и в махалле Хоҷаи Аъло вечером была перестрелка, ранены два военнослужащих, "
               "сообщили в пограничной службе. Раненых доставили в больницу, их состояние оценивается как "
               "средней тяжести.")
    assert detect_language(russian) == "ru"


@pytest.mark.parametrize("code", sorted(LANGUAGE_PACKS))
def test_the_hottest_cues_of_every_pack_fold(code):
    import re

    folded = LANGUAGE_PACKS[code].folded
    patterns = [folded.violence, folded.not_event, folded.background, folded.diplomacy, *folded.triggers.values()]
    assert not any(p.flags & re.I for p in patterns)


@pytest.mark.parametrize("pack, text, place, agency", [
    (ENGLISH, "Bishkek, 21.08.21. /Kabar/.\n\nA border guard was killed.", "Bishkek", "Kabar"),
    (RUSSIAN, "Бишкек, 21.08.21. /Кабар/.\n\nПогиб пограничник.", "Бишкек", "Кабар"),
])
def test_an_agency_dateline_between_slashes_with_a_two_digit_year(pack, text, place, agency):
    found = pack.find_dateline(text)
    assert (found.place, found.date, found.agency) == (place, dt.date(2021, 8, 21), agency)


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.code)
def test_destination_words_hold_every_destination_the_devset_names(pack):
    """The pre-test never hides a destination: wherever ``destination_before`` matches the text
    before a capitalised word of a development article, ``destination_words`` does too."""
    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "devset"
    cues = pack.folded.roles
    checked = 0
    for path in sorted(folder.glob(f"{pack.code}*/articles/*"))[::3]:
        text = lower_keep_length(path.read_text(encoding="utf-8", errors="replace"))
        raw = path.read_text(encoding="utf-8", errors="replace")
        for match in re.finditer(r"\s(?=[A-ZА-ЯЁ])", raw):
            before = text[max(0, match.end() - 240):match.end()]
            if cues.destination_before.search(before):
                checked += 1
                assert cues.destination_words.search(before), before[-80:]
    assert checked > 20
