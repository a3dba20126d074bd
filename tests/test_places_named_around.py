"""Places named around an incident that are not its scene, and counts told one person at a time (held-out batch
104, scored with the session's start code, then studied). The texts are written for these tests; none is a devset
article."""

from __future__ import annotations

import datetime as dt

from tests.test_counted_and_typed import by_place, incidents_of


def test_the_town_whose_numbered_schools_took_the_evacuees_is_no_scene(geoparser):
    text = ("In total, 640 residents of Kara-Bak were relocated, of whom 410 were placed in schools No. 3 and No. 5 "
            "in the city of Batken, after troops massed across the border.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 1, 25)))
    assert "Kara-Bak" in found and "Batken" not in found


def test_the_other_sides_estimate_by_its_own_data_is_a_claim(geoparser):
    text = ("Shooting broke out near Kok-Tash on Tuesday. Tajikistan said: \"As a result of the provocation, one "
            "serviceman of the Border Troops of Tajikistan was wounded in the leg. According to our data, the Kyrgyz "
            "side has up to four wounded,\" the statement said.")
    assert by_place(incidents_of(geoparser, text, dt.date(2021, 8, 24)))["Kök-Tash"].injured == 1


def test_one_and_the_second_are_the_two_counted_before(geoparser):
    text = ("Tajik servicemen opened fire on Kyrgyz border guards near Kok-Tash on Tuesday morning. As a result, two "
            "servicemen of the Border Service were wounded. One received a gunshot wound to the abdomen and was "
            "evacuated to Batken. The second was slightly wounded in the arm and is being treated on the spot.")
    assert by_place(incidents_of(geoparser, text, dt.date(2021, 8, 24)))["Kök-Tash"].injured == 2


def test_the_home_village_where_the_dead_man_will_be_buried_is_no_scene_ru(geoparser):
    text = ("В пятницу у села Кулунду произошла перестрелка, погиб житель Максата.\n\n"
            "Погибшего жителя Максата похоронят в понедельник в родном селе, сообщили в айыл окмоту.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 19), "ru"))
    assert "Kulundu" in found and "Maksat" not in found


def test_a_village_whose_residents_were_not_relocated_is_no_scene(geoparser):
    text = ("A resident of Maksat was killed on Saturday when Tajik troops opened fire on the village, officials said. "
            "About 150 women and children were moved to a school in Kulundu. Residents of Kulundu itself were not "
            "relocated.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 8)))
    assert "Maksat" in found and "Kulundu" not in found


def test_the_strike_placed_by_the_next_sentence_is_the_drone_strike_told_before(geoparser):
    text = ("A drone strike killed a Kyrgyz shepherd and wounded his nephew on a pasture near the border, officials "
            "said on Thursday.\n\n"
            "The strike happened around 4 p.m. on Wednesday on a hillside outside the village of Kok-Tash, the "
            "service said. Officials said there were no plans to evacuate Kok-Tash or Ak-Sai.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 11, 3)))
    assert found["Kök-Tash"].event_type == "air_drone_strike" and "Ak-Sai" not in found
