"""The everyday mix, fifth sample (blind batch 56): victims told one by one after their fight, homes and
funerals away from the scene, a breadcrumb that is no dateline, old shells and the war they were left from,
and counts that are not people (ribs, wounds, grenades)."""

from __future__ import annotations

import datetime as dt

from geo.language.en.dateline import find_dateline
from geo.language.en.dates import find_dates
from geo.language.en.numbers import read_figures
from geo.language.ru.dateline import find_dateline as find_ru_dateline
from geo.language.ru.dates import find_dates as find_ru_dates
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of


def _counts(figures):
    return [(f.measure, f.value) for f in figures]


# --- datelines and dates ---

def test_a_breadcrumb_is_no_dateline():
    text = "Asia-Plus\n\nNews / Tajikistan / Security\n\nISFARA, May 15, 2025, Asia-Plus – A farmer has died."
    assert find_dateline(text).place == "ISFARA"
    assert find_ru_dateline("Новости / Таджикистан / Безопасность\n\nИсфара, 15 мая — Озоди. Фермер умер.").place \
        == "Исфара"


def test_a_treaty_s_year_dates_no_event():
    assert find_ru_dates("на участке, который по договору 2025 года отошел Кыргызстану", dt.date(2026, 5, 18)) == []
    assert find_dates("on a plot handed over under the 2025 treaty", dt.date(2026, 5, 18)) == []
    assert find_dates("the treaty of 2025 was ratified", dt.date(2026, 5, 18)) == []
    assert [d.window.kind for d in find_dates("fighting in 2022 killed many", dt.date(2026, 5, 18))] == ["year"]


# --- the number grammar ---

def test_both_alive_is_no_one_dead():
    assert _counts(read_figures("Both are alive and their condition is assessed as moderate")) == [("fatalities", 0)]
    assert _counts(read_ru("Оба живы, состояние средней тяжести")) == [("fatalities", 0)]


def test_people_taken_to_a_school_are_displaced():
    assert _counts(read_figures("Local authorities took about 150 women and children from the streets nearest the "
                                "border to a school in Razzakov")) == [("displaced", 150)]


def test_one_of_a_group_is_described_not_counted():
    figures = read_figures("One of the shepherds, aged 52, suffered a broken arm")
    assert [(f.measure, f.value, f.described) for f in figures] == [("injured", 1, True)]


def test_a_possessive_is_no_person():
    assert _counts(read_figures("The explosions destroyed a shepherd’s hut and a barn and killed 14 sheep")) == []


def test_ru_ribs_and_wounds_are_no_people():
    assert _counts(read_ru("у него диагностировали перелом двух ребер и многочисленные ушибы")) == []
    assert _counts(read_ru("Мужчина получил два огнестрельных ранения")) == [("injured", 1)]


def test_ru_ordnance_taken_away_is_no_displacement():
    assert _counts(read_ru("специалисты обнаружили еще две неразорвавшиеся мины и одну ручную гранату, которые "
                           "были вывезены и уничтожены")) == []


def test_ru_a_person_told_by_age_and_home_is_described():
    for clause in ("38-летний житель села Андарак получил тяжелое ранение в живот",
                   "Старший брат получил множественные осколочные ранения ног",
                   "Старший из подростков получил осколочные ранения ног"):
        figures = read_ru(clause)
        assert [(f.measure, f.value, f.described) for f in figures] == [("injured", 1, True)], clause


def test_ru_a_beating_told_with_the_pronoun_first():
    assert _counts(read_ru("Мужчину силой увели на кыргызскую сторону, при этом его избили прикладами")) \
        == [("injured", 1)]


def test_ru_one_more_person_after_a_count():
    assert _counts(read_ru("Ранения получили двое местных жителей — мужчина 45 лет и 17-летний юноша, — а также "
                           "23-летний военнослужащий")) == [("injured", 3)]


# --- articles ---

def test_a_victim_s_home_funeral_and_relative_are_no_scenes(geoparser):
    text = ("Asia-Plus\n\nNews / Tajikistan / Security\n\n"
            "ISFARA, May 15, 2025, Asia-Plus – A 58-year-old resident of Navgilem who was wounded by shots from the "
            "Kyrgyz side while working in an orchard in Chilgazi jamoat on Sunday has died in hospital.\n\n"
            "He was buried on Wednesday afternoon in his native Navgilem, some 12 kilometers from the place where "
            "he was shot.\n\n"
            "Two men were wounded on Sunday: the farmer and his 22-year-old nephew, also from Navgilem, who was hit "
            "in the arm.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 5, 15)))
    assert set(found) == {"Chilgazi"}
    assert found["Chilgazi"].date_start == dt.date(2025, 5, 11)


def test_people_who_spent_the_night_with_relatives_were_displaced_from_home(geoparser):
    text = ("Dushanbe (AFP) - A Tajik civilian was killed in a shootout near the village of Khoja-Alo on Monday, "
            "Tajik authorities said Tuesday.\n\n"
            "Kyrgyzstan's border service said its post near the village of Ak-Tatyr had come under fire and one "
            "Kyrgyz serviceman had been wounded.\n\n"
            "About 300 people from Khoja-Alo spent the night with relatives in Isfara, a local official said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 2, 24)))
    assert found["Khoja-Alo"].displaced == 300
    assert found["Ak-Tatyr"].displaced is None
    assert "Isfara" not in found


def test_a_shell_left_over_from_the_fighting_is_no_clash(geoparser):
    text = ("BISHKEK (AKIpress) - Two schoolboys were injured on Saturday when an unexploded shell left over from "
            "the September fighting went off in a field near the village of Kyzyl-Korgon in Batken district, the "
            "ministry said. Both are alive.")
    clash = by_place(incidents_of(geoparser, text, dt.date(2022, 10, 24)))["Kyzyl-Korgon"]
    assert clash.event_types[0] == "casualty_report" and "armed_clash" not in clash.event_types
    assert (clash.fatalities, clash.injured) == (0, 2)


def test_the_post_that_fired_named_with_its_number(geoparser):
    text = ("Batken, March 14 /Kabar/. Servicemen of Tajikistan opened fire on a Kyrgyz road crew near Chek village "
            "on March 13, the Border Service reported.\n\n"
            "According to the Border Service, at about 14:20 on Wednesday servicemen of the Tajik border post "
            "No. 11 \"Lakkon\" fired several shots towards workers who were building a road 1.5 kilometers north "
            "of Chek. No one was hurt.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 14)))
    assert set(found) == {"Chek"}
    assert (found["Chek"].fatalities, found["Chek"].injured) == (0, 0)


def test_one_of_a_side_s_people_told_without_the_side(geoparser):
    text = ("Two Kyrgyz shepherds were beaten on Monday by a group of men who had crossed from the Tajik side onto "
            "a pasture in the south of Kadamjay district, the aiyl okmotu said. One of the shepherds, aged 52, "
            "suffered a broken arm.")
    assert by_place(incidents_of(geoparser, text, dt.date(2025, 10, 21)))["Kadamjay District"].injured == 2


def test_ru_a_victim_told_by_age_and_home_after_the_fight(geoparser):
    text = ("Один из двух чабанов, получивших огнестрельные ранения на границе, скончался в больнице.\n\n"
            "Как сообщалось, во вторник, 3 июня, на пастбище примерно в четырех километрах от села Ак-Суу "
            "Лейлекского района с таджикской стороны был открыт огонь по двум чабанам. Оба получили ранения.\n\n"
            "38-летний житель села Андарак получил тяжелое ранение в живот. В пятницу вечером он скончался.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 6, 7), lang="ru"))
    assert set(found) == {"Ak-Suu"}
    assert found["Ak-Suu"].date_start == dt.date(2025, 6, 3)
    assert found["Ak-Suu"].fatalities == 1


def test_ru_a_blast_near_a_village_and_an_older_case_in_the_last_paragraph(geoparser):
    text = ("Дароот-Коргон, 22 апреля /Кабар/. В воскресенье на пастбище в двух километрах от села Кара-Шыбак "
            "двое подростков получили ранения при взрыве неразорвавшейся мины. Погибших нет.\n\n"
            "Это уже второй подобный случай: в октябре 2023 года саперы обезвредили снаряд, найденный "
            "школьниками на окраине села Кызыл-Эшме, тогда никто не пострадал.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 22), lang="ru"))
    assert set(found) == {"Kara-Shibak"}
    assert (found["Kara-Shibak"].fatalities, found["Kara-Shibak"].injured) == (0, 2)


def test_ru_an_official_s_seat_is_no_scene(geoparser):
    text = ("Радио Озоди. В ночь на среду окраина села Гульхона Джаббар-Расуловского района попала под обстрел.\n\n"
            "Как рассказал Озоди представитель хукумата района в Мехрободе, стрельба началась около 23:30 во "
            "вторник. Погибших нет.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2023, 8, 23), lang="ru"))) == {"Gulkhona"}


def test_ru_a_protest_over_land_the_treaty_gave_is_news(geoparser):
    text = ("## Суббота, 16 мая. Ак-Татыр\n\n"
            "Около 150 жителей села Ак-Татыр Баткенского района на четыре часа перекрыли дорогу у въезда в село. "
            "Так они протестовали против забора на участке, который по договору 2025 года отошел Кыргызстану. "
            "Никто не пострадал.")
    protest = by_place(incidents_of(geoparser, text, dt.date(2026, 5, 18), lang="ru"))["Ak-Tatyr"]
    assert (protest.fatalities, protest.injured) == (0, 0)
