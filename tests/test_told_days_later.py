"""Incidents told days later, by weekday and clock time: a toll raised with no noun, a death in the yard, people
moved as a precaution, counts split between the sides, a ceasefire agreed at a crossing by the governors, a
government's denial of the other side's claim (held-out batch 97, scored with the session's start code, then
studied). The texts are written for these tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

from geo.language import pack_for
from tests.test_counted_and_typed import by_place, figures_of, incidents_of


# --- English ---

def test_a_figure_raised_with_no_noun_revises_the_count_before_it(geoparser):
    text = ("Shooting broke out late on Friday near the village of Kulundu, the Border Service said. The health "
            "ministry first said one person had been wounded but raised the figure to four on Saturday: three border "
            "guards and a shepherd.")
    assert by_place(incidents_of(geoparser, text, dt.date(2023, 6, 5)))["Kulundu"].injured == 4


def test_a_man_struck_by_a_bullet_who_died_is_dead_not_wounded(geoparser):
    text = ("Border guards exchanged fire near Arka late on Saturday. A 61-year-old resident of Arka was struck by a "
            "bullet in his garden at about 23:10 and died on the way to hospital, the health ministry said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 8, 1)))
    assert (found["Arka"].fatalities, found["Arka"].injured) == (1, None)


def test_residents_taken_away_as_a_precaution_are_displaced_where_no_fight_was(geoparser):
    text = ("Mortar fire hit the Tajik exclave of Vorukh on Monday evening, killing a farmer.\n\n"
            "Kyrgyzstan's Emergencies Ministry said about 900 residents of Ak-Sai, a Kyrgyz village next to the "
            "exclave, were taken to Batken late on Monday as a precaution.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 21)))
    assert found["Ak-Sai"].displaced == 900


def test_counts_with_an_aside_between_number_and_verb():
    read = pack_for("en").read_figures
    assert ("displaced", 41, None) in figures_of(
        read, "After the attack, 41 people, members of 9 families who were grazing cattle on the pastures nearby, "
              "were moved to Daroot-Korgon.")
    assert ("injured", 2, None) in figures_of(
        read, "A soldier was killed and two servicemen, one on each side, were wounded in the exchange of fire.")


def test_a_ceasefire_the_governors_agreed_at_a_crossing_is_coded_there(geoparser):
    text = ("Shelling hit Vorukh on Monday, killing one man.\n\n"
            "At a meeting at the Kyzyl-Bel border crossing on Tuesday, the governors of Batken and Sughd regions "
            "agreed to a ceasefire along the entire border from 18:00.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 21)))
    assert found["Kyzyl-Bel"].event_type == "ceasefire_agreement"


# --- Russian ---

def test_a_capital_that_denies_the_claim_about_its_own_leaves_the_other_sides_own_count_ru(geoparser):
    text = ("В воскресенье вечером у села Арка таджикские военнослужащие открыли огонь по кыргызскому наряду. Ранены "
            "двое кыргызских пограничников.\n\n"
            "По данным таджикского ведомства, ранен один таджикский военнослужащий, а кыргызская сторона потеряла "
            "убитыми двоих человек. В Бишкеке эти данные не подтвердили.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 6, 6), "ru"))
    assert (found["Arka"].injured, found["Arka"].fatalities) == (3, None)


def test_one_of_the_counted_by_his_diagnosis_is_no_count_of_its_own_ru(geoparser):
    text = ("Позавчера вечером у канала на окраине Сурха произошла драка, в ход пошли камни. Пострадали трое жителей "
            "Сурха. Их доставили в больницу с ушибами, у одного диагностировано сотрясение мозга.")
    assert by_place(incidents_of(geoparser, text, dt.date(2024, 5, 27), "ru"))["Surkh"].injured == 3


def test_a_night_spent_with_relatives_is_displacement_ru(geoparser):
    text = ("Пограничники двух стран договорились о прекращении огня после инцидента у джамоата Чилгази.\n\n"
            "Вечером в понедельник кыргызские военнослужащие обстреляли окраину Чилгази, ранены двое жителей.\n\n"
            "По информации хукумата, около 60 жителей крайних улиц Чилгази провели ночь у родственников в Исфаре. "
            "Утром во вторник большинство из них вернулись домой.")
    fights = [i for i in incidents_of(geoparser, text, dt.date(2021, 11, 24), "ru")
              if i.event_type != "ceasefire_agreement"]
    assert [(i.place.name, i.displaced) for i in fights] == [("Chilgazi", 60)]


def test_no_evacuation_in_either_village_is_a_zero_ru():
    read = pack_for("ru").read_figures
    assert ("displaced", 0, None) in figures_of(read, "Эвакуации жителей ни в Ворухе, ни в Ак-Сае не проводилось.")


def test_the_teenager_taken_to_hospital_with_a_broken_rib_is_hurt(geoparser):
    text = ("Kyrgyz border guards on Tuesday detained two teenage shepherds from the Ovchi-Kalacha jamoat on a pasture "
            "near the village, the jamoat said. The older boy was struck with rifle butts.\n\n"
            "The 16-year-old was admitted to the district hospital in Ghafurov with a broken rib.")
    assert by_place(incidents_of(geoparser, text, dt.date(2025, 10, 16)))["Ovchi-Kalacha"].injured == 1


def test_the_first_death_of_a_countrys_civilian_names_the_side_of_the_dead_ru(geoparser):
    text = ("## Пятница, 16 июля. Кара-Бак\n\n"
            "На окраине села Кара-Бак два брата нашли в поле неразорвавшийся снаряд, он взорвался. 12-летний мальчик "
            "погиб на месте. Это первая гибель мирного жителя Кыргызстана на границе после апрельского конфликта.")
    assert by_place(incidents_of(geoparser, text, dt.date(2021, 7, 17), "ru"))["Kara-Bak"].fatalities_by_side == {
        "KG": 1}
