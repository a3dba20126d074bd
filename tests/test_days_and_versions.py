"""When it happened, and who told it: a standoff of several days, the other side's account, and the people counted.

Reports date a quarrel over water by the days it lasted ("from Friday to Sunday", «с пятницы по воскресенье»), tell
the other government's version at its own patrol, count the hurt with a dashed
aside that lists them, and name a post "opposite" the village whose people were fired on. Each test checks one
reading, in English and in Russian where both write it. The texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.language import get_pack
from geo.language.en.dates import find_dates as find_dates_en
from geo.language.ru.dates import find_dates as find_dates_ru
from tests.test_counted_and_typed import by_place, figures_of, incidents_of, roles_of


def _found(geoparser, text: str, lang: str = "en", date: dt.date = dt.date(2024, 7, 2)):
    return by_place(incidents_of(geoparser, text, date, lang))


# --- the days a quarrel lasted -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("find, text", [
    (find_dates_en, "The standoff lasted from Friday to Sunday."),
    (find_dates_en, "Crowds gathered at the canal between Friday and Sunday."),
    (find_dates_ru, "Противостояние продолжалось с пятницы по воскресенье."),
    (find_dates_ru, "Люди дежурили у шлюза с пятницы до воскресенья."),
])
def test_a_span_of_weekdays_is_the_days_between(find, text):
    published = dt.date(2024, 7, 2)  # a Tuesday
    windows = [(d.window.start, d.window.end) for d in find(text, published)]
    assert windows == [(dt.date(2024, 6, 28), dt.date(2024, 6, 30))]


def test_a_standoff_of_three_days_keeps_its_days_beside_the_day_of_its_stones(geoparser):
    text = ("Three-day water standoff near Chorkuh\n\nA quarrel over a sluice between residents of Chorkuh and a "
            "neighbouring Kyrgyz village lasted from Friday to Sunday and ended in a brawl, officials said.\n\nOn Sunday afternoon the two "
            "crowds threw stones at each other at the canal on the outskirts of Chorkuh. Two men were hurt.\n")
    found = _found(geoparser, text)
    assert (found["Chorkuh"].date_start, found["Chorkuh"].date_end) == (dt.date(2024, 6, 28), dt.date(2024, 6, 30))


# --- the other side's account ----------------------------------------------------------------------------------------------


def test_the_other_side_s_version_at_its_own_patrol_is_an_incident_of_its_own(geoparser):
    # (the devset's settled convention: each government's telling at its own post or village, with its own count)
    text = ("Tajik villager wounded at the border\n\nA resident of Khistevarz was wounded when Kyrgyz border guards "
            "opened fire near the village late on Saturday, Tajikistan's border troops said on Sunday.\n\n"
            "Kyrgyzstan's border service gave a different account. It said a crowd from the Tajik side threw stones at "
            "a patrol in Leilek district and that one Kyrgyz border guard was injured.\n")
    found = _found(geoparser, text, date=dt.date(2024, 10, 14))
    assert sorted(found) == ["Khistevarz", "Leilek District"]
    assert (found["Khistevarz"].injured, found["Leilek District"].injured) == (1, 1)


# --- where, when a distance or a post across is named --------------------------------------------------------------------


def test_metres_from_a_post_near_a_village_name_the_scene(geoparser):
    text = ("On the night of March 7 to 8, a quadcopter dropped an explosive device about 40 meters from the border "
            "outpost near Kok-Tash village of Ak-Sai aiyl okmotu in Batken district. A sergeant received a shrapnel "
            "wound to the forearm.")
    found = _found(geoparser, text, date=dt.date(2025, 3, 10))
    assert sorted(found) == ["Kök-Tash"]


def test_fire_from_a_post_opposite_a_village_at_its_people_is_at_the_village(geoparser):
    text = ("On 9 June, servicemen of a Kyrgyz border post located opposite Ovchi-Kalacha jamoat of Bobojon Ghafurov "
            "district opened fire at citizens of Tajikistan who were mowing grass on the territory of the jamoat. "
            "One of them received a gunshot wound to the thigh.")
    found = _found(geoparser, text, date=dt.date(2025, 6, 12))
    assert sorted(found) == ["Ovchi-Kalacha"]
    assert found["Ovchi-Kalacha"].injured == 1


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "На участке, где дорога проходит совсем рядом с Ворухом, из-за деревьев полетели камни.", "Ворухом"),
    ("en", "Stones flew from behind the trees where the road passes close to Vorukh.", "Vorukh"),
])
def test_a_village_the_road_passes_is_a_landmark_of_the_road(geoparser, lang, text, name):
    assert (name, "context") in roles_of(geoparser, text, lang)


# --- the people counted ----------------------------------------------------------------------------------------------------


def test_the_detained_and_beaten_are_hurt():
    read = get_pack("en").read_figures
    assert ("injured", 2, None) in figures_of(read, "Two herders from Kara-Bak were detained and beaten by guards.")
    assert ("injured", 2, None) in figures_of(
        read, "A resident of Ak-Sai and his son were detained and beaten by border guards last Thursday.")


def test_a_count_with_a_dashed_aside_that_lists_them_is_one_count():
    read = get_pack("en").read_figures
    assert figures_of(read, "Three residents of Surkh — two men aged 35 and 48 and a 16-year-old boy — turned to the "
                            "district hospital with head wounds and bruises.") == [("injured", 3, None)]


def test_people_who_went_to_hospital_with_wounds_are_hurt():
    read = get_pack("en").read_figures
    assert figures_of(read, "Two residents of Lakkon went to the hospital with bruises.") == [("injured", 2, None)]


def test_a_total_of_both_sides_with_one_named_besides():
    read = get_pack("ru").read_figures
    assert figures_of(read, "Всего погибли двое: кроме кыргызского пограничника, по данным таджикской стороны, "
                            "погиб один таджикский военнослужащий.") == [
        ("fatalities", 2, None), ("fatalities", 1, "KG"), ("fatalities", 1, "TJ")]


def test_the_home_of_the_hurt_named_beside_the_fight_before_keeps_its_event(geoparser):
    # the brawl told without a place, after the sentence that named the canal in the jamoat; the second incident's
    # village comes later and does not take the three hurt
    text = ("Два инцидента в Исфаре\n\nВ субботу у водораспределителя на канале в джамоате Чоркух между жителями "
            "Чоркуха и соседнего кыргызского села Самаркандык возник спор. Спор перерос в драку, в ход пошли камни.\n\n"
            "Пострадали трое жителей Чоркуха. В Баткене заявили, что «среди жителей Чоркуха пострадавших нет».\n\n"
            "Второй инцидент произошел в ночь на понедельник в селе Ходжаи-Аъло: неизвестные подожгли сарай. Никто не "
            "пострадал.\n")
    found = _found(geoparser, text, "ru", dt.date(2024, 7, 22))
    assert sorted(found) == ["Chorkuh", "Khoja-Alo"]
    assert found["Chorkuh"].injured == 3
    assert found["Khoja-Alo"].injured == 0
