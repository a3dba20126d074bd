"""Border-service and regional flash reporting: posts named after villages, a week's routine detentions and drones
only seen, ceasefire violations each side blames on the other, evacuations revised the next morning, live pages
whose clock times close with a full stop, and a witness's undated retelling (held-out batch 91, kept sealed while
batch 90 was studied, then studied). The texts are written for these tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

from geo.incidents.structure import newest_first_entries
from geo.language.en.numbers import read_figures as read_en
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, figures_of, incidents_of


# --- A week's round-up of detentions ---

def test_detentions_in_a_weekly_round_up_are_routine(geoparser):
    text = ("Kyrgyz border guards detained 14 people for illegally crossing the state border in the week from April 12 "
            "to April 18, the Border Service reported on April 19.\n\n"
            "Three citizens of Tajikistan were detained near the border post in Kulundu on April 13 at about 05:30. "
            "They had crossed the line on foot by a field road. The three did not resist, the service said.\n\n"
            "Two residents of the village of Ak-Tatyr were detained by a patrol on April 14 when they were returning "
            "from a shop.")
    assert incidents_of(geoparser, text, dt.date(2024, 4, 19)) == []


def test_a_detention_with_force_beside_a_round_up_stays(geoparser):
    text = ("Border guards detained 14 people for illegally crossing the state border in the week, the service "
            "reported.\n\n"
            "Two Kyrgyz herders were detained by Tajik border guards on Friday, June 28, at a summer pasture near the "
            "village of Kyzyl-Eshme. The older herder was beaten with rifle butts and suffered two broken ribs.")
    assert "Kyzyl-Eshme" in by_place(incidents_of(geoparser, text, dt.date(2024, 6, 30)))


def test_a_single_detention_without_a_round_up_stays(geoparser):
    text = ("Tajik border guards detained three shepherds from Ak-Tatyr on a disputed pasture on Wednesday. The "
            "shepherds were released on Friday.")
    assert "Ak-Tatyr" in by_place(incidents_of(geoparser, text, dt.date(2024, 5, 31)))


def test_a_drone_recorded_flying_over_is_no_strike(geoparser):
    text = ("On April 15, at 16:05, observers of the Kara-Bak outpost recorded a quadcopter-type drone that flew from "
            "the Tajik side over Kyrgyz territory at a height of about 300 meters. It did not drop anything, and the "
            "border guards did not use weapons, the service stressed.")
    assert incidents_of(geoparser, text, dt.date(2024, 4, 19)) == []


# --- Places ---

def test_fire_from_positions_on_a_hill_above_a_village_comes_from_there(geoparser):
    text = ("A Tajik border guard was killed and two were wounded when Kyrgyz servicemen fired at the Surkh post on "
            "Tuesday evening, the Border Troops said.\n\n"
            "According to the statement, at around 18:50 on September 3, Kyrgyz servicemen fired with automatic "
            "weapons and then with an 82-mm mortar at the post, which covers the section of the line at the village of "
            "Surkh, from their positions on Height 1412, the hill above the Kyrgyz village of Samarkandyk.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 9, 4)))
    assert "Samarkandyk" not in found
    assert "Surkh" in found


def test_the_enclave_a_village_borders_is_no_scene(geoparser):
    text = ("The fighting broke out in the early afternoon on Tuesday on the outskirts of the Kyrgyz village of Ak-Sai, "
            "which borders the Tajik enclave of Vorukh. Residents threw stones and border guards opened fire. Nine "
            "Kyrgyz citizens were injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 3, 15)))
    assert set(found) == {"Ak-Sai"}


def test_a_resident_who_died_in_a_hospital_elsewhere_is_of_his_home(geoparser):
    text = ("A brawl between residents of neighboring Kyrgyz and Tajik villages escalated into an exchange of fire on "
            "Tuesday, leaving one person dead and more than a dozen injured, officials said.\n\n"
            "The fighting broke out on the outskirts of the Kyrgyz village of Ak-Sai. Kyrgyz officials said a group "
            "of people from Vorukh tried to remove a sluice gate, and the two sides began throwing stones.\n\n"
            "Kyrgyzstan's Health Ministry said nine Kyrgyz citizens were injured.\n\n"
            "Tajikistan's border service said that a 31-year-old resident of Vorukh died of a gunshot wound in the "
            "central hospital in Isfara and that five other Tajik citizens were injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 3, 15)))
    assert set(found) == {"Ak-Sai"}
    assert (found["Ak-Sai"].fatalities, found["Ak-Sai"].injured) == (1, 14)


def test_the_post_a_distance_is_measured_from_is_no_scene(geoparser):
    text = ("По данным киргизского ведомства, около 15:40 в понедельник, 13 марта, с таджикской стороны из минометов "
            'был обстрелян пограничный пост "Андарак" у села Андарак, примерно в 17 км от заставы "Ак-Суу". '
            "Пострадавших нет.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2023, 3, 14), lang="ru"))) == {"Andarak"}


# --- Figures ---

def test_a_figure_specified_the_next_morning_revises_it(geoparser):
    text = ("Residents of the border village of Maksat were evacuated on Tuesday evening, the Ministry of Emergency "
            "Situations reports.\n\n"
            "According to the ministry, the evacuation began at 18:30 on October 24. As of 22:00, 1,460 people had "
            "been taken out of the village. This morning the figure was specified: in total, 1,815 residents of Maksat "
            "were evacuated.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 25)))
    assert set(found) == {"Maksat"}
    assert (found["Maksat"].displaced, found["Maksat"].date_start) == (1815, dt.date(2023, 10, 24))


def test_people_moved_between_two_numbers_count_the_lower():
    assert figures_of(read_en, "the authorities moved between 300 and 350 residents of the mahalla to a school") == [
        ("displaced", 300, None)]


def test_an_officials_citizen_named_by_initial_and_birth_year_is_one_hurt():
    assert figures_of(read_en, "As a result, citizen of the Republic of Tajikistan A. Nazarov, born in 1977, received "
                               "a gunshot wound to the leg.") == [("injured", 1, "TJ")]


def test_both_citizens_of_one_country_give_the_count_its_side():
    assert figures_of(read_ru, "погибли два человека, оба — граждане Кыргызстана, жители Кара-Бака") == [
        ("fatalities", 2, "KG")]


# --- Live pages and retellings ---

def test_clock_times_closed_by_a_full_stop_open_live_entries():
    text = ("Хроника событий обновляется.\n\n17:45. Минздрав опубликовал данные.\n\n16:20. Вывезены жители.\n\n"
            "13:40. Число раненых выросло до семи.")
    assert len(newest_first_entries(text)) == 3
    assert newest_first_entries("Встреча прошла 17.45.2023 года.\n16.40.2023\n15.30.2023") == []


def test_small_arms_at_one_post_beside_mortars_at_a_village_is_fire(geoparser):
    text = ("Хроника событий 22 апреля. Последние сообщения — вверху.\n\n"
            "14:30. Пограничная служба сообщает, что около 13:50 из стрелкового оружия был обстрелян также "
            "пограничный пост «Торт-Кол» у Торткульского водохранилища. Пострадавших нет.\n\n"
            "10:05. Обстрел села Кара-Бак прекратился около 09:50. Огонь велся из минометов. Погиб один человек.\n\n"
            "07:25. Около 06:30 со стороны Таджикистана открыт огонь по селу Кара-Бак.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 22), lang="ru"))
    assert found["Tortkul Reservoir"].event_type == "armed_clash"
    assert found["Kara-Bak"].event_type == "shelling_artillery"


def test_a_witness_retelling_is_the_night_s_fighting(geoparser):
    text = ("Из села Максат эвакуированы 1 312 человек.\n\n"
            "По данным ведомства, вчера около 21:40 у восточной окраины Максата между пограничниками Кыргызстана и "
            "Таджикистана произошла перестрелка. Пострадавших нет.\n\n"
            "Эвакуация жителей Максата началась сегодня в 06:00.\n\n"
            "Жительница Максата 68-летняя Бурулкан рассказала, что семья легла спать, когда на улице начали стрелять.")
    found = incidents_of(geoparser, text, dt.date(2023, 7, 18), lang="ru")
    assert [(i.place.name, i.date_start) for i in found] == [("Maksat", dt.date(2023, 7, 17))]
