"""Second-hand reporting: funerals and days of mourning, appended updates and corrections, a count that names no
measure, a home whose outskirts were shelled, a ceasefire agreed after the fight (held-out batch 96, scored with
the session's start code, then studied). The texts are written for these tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

from tests.test_counted_and_typed import by_place, incidents_of, roles_of


# --- English ---

def test_a_day_of_mourning_is_no_scene_and_a_dead_mans_village_is_his_home(geoparser):
    text = ("Flags were lowered to half-mast in Isfara on Wednesday, declared a day of mourning for two farmers "
            "killed in a shooting near the village of Chorkuh on Monday night.\n\n"
            "Kyrgyz border guards opened fire at about 21:00 on Monday on farmers repairing a canal on the edge of "
            "Chorkuh, the regional administration said.\n\n"
            "Two of them were killed: Jamshed Karimov, 41, a teacher from the neighbouring village of Surkh, and his "
            "cousin, who was 30.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 4, 16)))
    assert set(found) == {"Chorkuh"}
    assert found["Chorkuh"].fatalities == 2


def test_a_source_in_a_regional_border_department_is_a_speaker(geoparser):
    roles = dict(roles_of(geoparser, "Shots were fired near the market of Samarkandyk on Friday. Asia-Plus, citing a "
                                     "source in the Sughd border department, said the shots were fired at stray "
                                     "dogs.", "en"))
    assert roles["Sughd"] == "context"


def test_police_who_now_say_one_was_hurt_revise_no_one_hurt(geoparser):
    text = ("Shots were fired on Friday morning near the bazaar in Samarkandyk village. \"No one was hurt,\" the "
            "district police said.\n\n"
            "UPDATE (16:00): A trader came to hospital in the afternoon with a cut to his hand from broken glass. "
            "Police now say that one person was slightly injured during the shooting.")
    assert by_place(incidents_of(geoparser, text, dt.date(2024, 10, 4)))["Samarkandyk"].injured == 1


def test_where_the_shooting_could_be_heard_is_no_scene(geoparser):
    text = ("Border guards exchanged fire for two hours overnight near Kok-Tash, the Border Service said. Two guards "
            "were wounded. The shooting could be heard as far as Ak-Sai, residents said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 4)))
    assert set(found) == {"Kök-Tash"}


def test_a_wounded_girl_who_died_later_adds_no_incident_and_the_count_with_no_noun_revises_the_evacuated(
        geoparser):
    text = ("A Kyrgyz villager was killed and four people were wounded when mortar fire hit the village of Arka on "
            "Tuesday evening, the health ministry said.\n\n"
            "The emergencies ministry said more than 800 residents of Arka had been taken overnight to schools in "
            "the district centre. By Wednesday morning the ministry put the number at 1,120.\n\n"
            "UPDATE, June 12: The health ministry said on Thursday that a 15-year-old girl wounded in Arka had died "
            "overnight in hospital. The ministry now counts two dead and four wounded.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 11))
    assert [(i.place.name, i.date_start) for i in found] == [("Arka", dt.date(2024, 6, 11))]
    assert (found[0].fatalities, found[0].displaced) == (2, 1120)


# --- Russian ---

def test_a_village_a_distance_is_measured_from_is_no_scene_ru(geoparser):
    text = ("Перестрелка произошла в субботу около 19:00 у въезда в Ворух, примерно в 600 метрах от кыргызского "
            "села Ак-Сай. Погибли двое жителей Воруха.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2023, 7, 3), "ru"))) == {"Vorukh"}


def test_what_an_agency_reports_after_a_comma_is_no_reporting_location_ru(geoparser):
    roles = roles_of(geoparser, "Как сообщает агентство \"Кабар\", в Кара-Баке повреждены девять жилых домов после "
                                "обстрела.", "ru")
    assert ("Кара-Баке", "incident") in roles


def test_a_home_whose_outskirts_were_shelled_is_the_scene_ru(geoparser):
    text = ("В субботу вечером таджикские военнослужащие обстреляли из минометов окраину кыргызского села Кара-Бак, "
            "ранены трое жителей.\n\n"
            "Таджикская сторона сообщила, что в результате огня с кыргызской стороны ранены двое жителей "
            "таджикского джамоата Лаккон, на окраине которого разорвались несколько снарядов.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 7, 3), "ru"))
    assert found["Lakkon"].injured == 2


def test_a_fight_a_ceasefire_came_after_takes_the_days_of_the_fight_ru(geoparser):
    text = ("Пограничные ведомства двух стран в воскресенье утром договорились о прекращении огня после перестрелки "
            "с применением минометов в районе села Кара-Бак.\n\n"
            "По данным киргизской стороны, в субботу около 20.00 таджикские военнослужащие открыли огонь по "
            "позициям пограничников у Кара-Бака. Ранены трое жителей.\n\n"
            "В субботу поздно вечером из Кара-Бака были вывезены более тысячи жителей.")
    found = [i for i in incidents_of(geoparser, text, dt.date(2023, 7, 3), "ru")
             if i.event_type != "ceasefire_agreement"]
    assert [(i.place.name, i.date_start, i.date_end) for i in found] == [
        ("Kara-Bak", dt.date(2023, 7, 1), dt.date(2023, 7, 1))]
    assert (found[0].injured, found[0].displaced) == (3, 1000)


def test_a_blast_taken_for_shooting_and_a_boy_who_died_in_hospital_ru(geoparser):
    text = ("Один подросток погиб и двое получили ранения в результате взрыва старого снаряда на окраине села Ходжаи "
            "Аъло в понедельник. Все трое — граждане Таджикистана.\n\n"
            "В соседнем селе Кок-Таш звук взрыва поначалу приняли за стрельбу.\n\n"
            "Обновлено в 18:00. 15-летний подросток скончался в больнице в Худжанде.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 6, 3), "ru"))
    assert set(found) == {"Khoja-Alo"}
    assert (found["Khoja-Alo"].fatalities_by_side, found["Khoja-Alo"].injured) == ({"TJ": 2}, 1)


def test_a_denial_stops_at_a_contrast_ru(geoparser):
    text = ("Во вторник таджикские пограничники задержали двух жителей села Максат, собиравших хворост на окраине "
            "села; жители бросали камни в наряд. В ведомстве заявили, что силу к задержанным не применяли, а двое "
            "таджикских пограничников получили ушибы от камней.")
    assert by_place(incidents_of(geoparser, text, dt.date(2026, 2, 11), "ru"))["Maksat"].injured == 2


def test_the_conflict_happened_at_a_distance_from_a_village_names_the_scene_ru(geoparser):
    text = ("В Чон-Алайском районе произошла массовая драка между местными жителями и чабанами. По данным "
            "милиции, конфликт произошел в понедельник, 11 августа, примерно в 14:00 на пастбище в пяти "
            "километрах к югу от села Кара-Шыбак. Пострадали четверо жителей.\n\n"
            "На следующий день, во вторник, около двухсот жителей вышли на трассу у въезда в Дароот-Коргон и "
            "перекрыли движение. Никто не пострадал.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 8, 13), "ru"))
    assert (found["Kara-Shibak"].date_start, found["Kara-Shibak"].injured) == (dt.date(2025, 8, 11), 4)


def test_a_correction_dates_nothing_and_restates_the_scene_ru(geoparser):
    text = ("В понедельник, 11 августа, на пастбище у села Кара-Шыбак произошла драка между жителями и чабанами, "
            "пострадали четверо.\n\n"
            "Во вторник жители перекрыли трассу у въезда в Дароот-Коргон. Никто не пострадал.\n\n"
            "Исправление (13.08.2025, 15:10): в первоначальной версии ошибочно указывалось село Кызыл-Эшме. По "
            "уточненным данным МВД, столкновение произошло на пастбище у села Кара-Шыбак.")
    found = incidents_of(geoparser, text, dt.date(2025, 8, 13), "ru")
    assert sorted((i.place.name, i.date_start) for i in found) == [
        ("Daroot-Korgon", dt.date(2025, 8, 12)), ("Kara-Shibak", dt.date(2025, 8, 11))]


def test_their_number_grew_revises_the_evacuated_ru(geoparser):
    text = ("В субботу вечером село Максат обстреляли из минометов. МЧС сообщило, что из Максата вывезены более "
            "пятисот жителей. К утру их число выросло до 740.")
    assert by_place(incidents_of(geoparser, text, dt.date(2024, 6, 2), "ru"))["Maksat"].displaced == 740
