"""People who come through unharmed, and harm to property (held-out batches 86 to 88): a party the clause opens on
that "was not hurt" is a stated zero for its event, but says nothing of the article's other events, and a count of
people beside someone hurt is no zero at all. The texts are written for these tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.language.en.numbers import read_figures as read_en
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of


def _zeros(figures) -> set[str]:
    return {f.measure for f in figures if f.value == 0}


@pytest.mark.parametrize("sentence", [
    "The driver and two passengers were not hurt",
    "The driver, 39, was not hurt",
    "All four shepherds escaped unhurt",
    "The people in the car were not injured",
    "Three herders were unharmed",
])
def test_a_whole_party_unharmed_is_a_zero_in_english(sentence):
    assert _zeros(read_en(sentence)) == {"fatalities", "injured"}


@pytest.mark.parametrize("sentence", [
    "Водитель и двое пассажиров не пострадали",
    "Все трое чабанов остались невредимы",
    "Тракторист, 39 лет, не пострадал",
    "Находившиеся в машине люди не пострадали",
])
def test_a_whole_party_unharmed_is_a_zero_in_russian(sentence):
    assert _zeros(read_ru(sentence)) == {"fatalities", "injured"}


@pytest.mark.parametrize("sentence", [
    "His two companions were not hurt",
    "The others were not hurt",
    "A shepherd was wounded, but the driver was not hurt",
])
def test_people_beside_someone_hurt_are_no_zero_in_english(sentence):
    assert not _zeros(read_en(sentence))


@pytest.mark.parametrize("sentence", [
    "Его напарник не пострадал",
    "Остальные не пострадали",
    "Тракторист ранен, но водитель не пострадал",
])
def test_people_beside_someone_hurt_are_no_zero_in_russian(sentence):
    assert not _zeros(read_ru(sentence))


def test_a_party_unharmed_gives_its_event_zeros_and_no_other(geoparser):
    text = ("Border week: a brawl at Ak-Sai, shots at a tractor at Maksat\n\n"
            "On Monday a quarrel over water at Ak-Sai turned into a fight with stones; three citizens of Kyrgyzstan "
            "were injured, the Batken regional administration said.\n\n"
            "On Thursday at about 15:20 a tractor ploughing a field on the edge of Maksat came under fire from the Tajik "
            "side, the Kyrgyz Border Service said. Four bullets hit the cab. The driver, 39, was not hurt.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 9)))
    assert (found["Maksat"].fatalities, found["Maksat"].injured) == (0, 0)
    assert found["Ak-Sai"].injured == 3
    assert found["Ak-Sai"].fatalities is None


def test_a_car_fired_on_with_its_people_unharmed_in_russian(geoparser):
    text = ("Обстрел автомобиля у Шураба\n\n"
            "Во вторник около 19:10, по данным Погранвойск, обстрелу подвергся легковой автомобиль, который двигался по "
            "трассе Исфара — Ворух у въезда в поселок Шураб. Водитель и двое пассажиров не пострадали. В машине "
            "насчитали три пулевых отверстия.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 18), lang="ru"))
    assert (found["Shurob"].fatalities, found["Shurob"].injured) == (0, 0)
