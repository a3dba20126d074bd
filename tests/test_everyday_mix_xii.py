"""The everyday mix, thirteenth sample (blind batch 69, studied after its blind measure): bursts of fire
recorded by a patrol, the losses a statement gives to the other side, a place's history in a relative clause,
the size of a herd, a plough that struck a shell, a stretch of road placed at its far end, the driver and his
son, a detention with warning shots and a broken leg, a drone's overflight, a correction that moves the place
and the day, the dead named in the news, a limit day, the nearest settlement, both legs of one man, the
driver and two passengers, a year's statistics, a home district, a protest's grievance, a weekly digest, a
munition that went off and a trip flare."""

from __future__ import annotations

import datetime as dt

from geo.language import pack_for
from geo.language.en.numbers import read_figures
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of


def _counts(figures):
    return [(f.measure, f.value) for f in figures]


# --- English ---

def test_bursts_of_automatic_fire_recorded_by_a_patrol_are_a_clash(geoparser):
    text = ("Border Service statement, 5 June 2025.\n\n"
            "On June 4, at 22:10, a patrol of frontier post No. 3 on duty near Kara-Bak village recorded two bursts of "
            "automatic fire in its direction from the adjacent territory. There were no casualties.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 6, 5)))
    assert set(found) == {"Kara-Bak"}
    assert found["Kara-Bak"].event_type == "armed_clash"
    assert found["Kara-Bak"].date_start == dt.date(2025, 6, 4)


def test_automatic_fire_only_heard_in_a_village_is_no_event_there(geoparser):
    text = ("A Kyrgyz border guard was wounded near Kok-Tash on Tuesday evening, the Border Service said.\n\n"
            "Residents of Ak-Sai said they heard automatic fire for about an hour.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2024, 3, 20)))) == {"Kök-Tash"}


def test_the_losses_a_statement_gives_the_other_side_are_its_claim(geoparser):
    text = ("Two Tajik border guards were killed on Sunday in an exchange of fire near the village of Surkh, the "
            "Border Troops said on Monday.\n\n"
            "According to the Tajik side, the shooting began at about 18:00, when Kyrgyz servicemen opened fire on a "
            "Tajik patrol. The statement says the Kyrgyz side \"also suffered losses, according to available data "
            "at least three servicemen killed\".")
    surkh = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 3)))["Surkh"]
    assert surkh.fatalities == 2
    assert surkh.fatalities_by_side == {"TJ": 2}


def test_a_place_s_history_in_a_relative_clause_does_not_date_the_news(geoparser):
    text = ("A shepherd was injured on Sunday when an unexploded shell went off while he was grazing cattle in the "
            "hills of Batken district, officials said.\n\n"
            "The blast happened at about 11:00 some 2 kilometers east of the nearest settlement, Ak-Tatyr, in an area "
            "that saw heavy fighting in September 2022.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 13)))
    assert set(found) == {"Ak-Tatyr"}
    assert found["Ak-Tatyr"].date_start == dt.date(2024, 5, 12)
    assert found["Ak-Tatyr"].event_type == "casualty_report"


def test_the_size_of_a_herd_counts_no_dead():
    assert _counts(read_figures("Two cows from the herd of 23 were killed.")) == []


def test_a_plough_that_struck_a_shell_is_old_ordnance(geoparser):
    text = ("A tractor driver was slightly wounded on Friday, May 10, when his plough struck an artillery shell in a "
            "field on the edge of Maksat village, officials said.")
    maksat = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 12)))["Maksat"]
    assert maksat.event_type == "casualty_report"
    assert maksat.injured == 1


def test_a_stretch_of_road_placed_at_its_far_end_is_one_incident_there(geoparser):
    text = ("A car came under fire on Tuesday evening on the road between the villages of Somoniyon and Gulkhona, the "
            "Border Troops said.\n\n"
            "The shooting happened at about 20:00 about 500 meters from the first houses of Gulkhona. The driver, a "
            "45-year-old resident of Somoniyon, and his son were wounded.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 3, 16)))
    assert set(found) == {"Gulkhona"}
    assert found["Gulkhona"].injured == 2


def test_the_driver_and_his_son_are_two_and_his_son_alone_is_one():
    assert _counts(read_figures("The driver, a 45-year-old resident of Somoniyon, and his son were wounded.")) \
        == [("injured", 2)]
    assert _counts(read_figures("Shots hit the car of the driver and his son was wounded.")) == [("injured", 1)]


def test_a_broken_leg_is_an_injury():
    assert _counts(read_figures("During the detention one of the men fell on rocks and broke his leg.")) \
        == [("injured", 1)]


def test_a_detention_with_warning_shots_and_a_broken_leg_is_placed_at_the_village_named_before(geoparser):
    text = ("Kyrgyz border guards detained four citizens of Tajikistan who illegally crossed the state border, the "
            "Border Service reported.\n\n"
            "At about 06:00 on Monday a border detail spotted a group of people crossing a ridge about 5 km south of "
            "Aidarken. The border guards fired two warning shots into the air. During the detention one of the men "
            "fell and broke his arm.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 9, 9)))
    assert set(found) == {"Aidarken"}
    assert found["Aidarken"].injured == 1
    assert found["Aidarken"].date_start == dt.date(2025, 9, 8)


def test_a_bypass_road_near_a_village_names_where_the_fire_came_from(geoparser):
    text = ("A resident of Vorukh wounded last week has died in hospital, officials said.\n\n"
            "The two men were repairing an irrigation ditch on the southern edge of Vorukh at about 19:30 on Tuesday, "
            "June 11, when shots were fired from the Kyrgyz side, from the direction of the bypass road near Ak-Sai. "
            "With his death, the toll of the shooting stands at one dead and one wounded.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2024, 6, 16)))) == {"Vorukh"}


def test_a_blockade_at_the_entrance_to_the_village_is_at_home(geoparser):
    text = ("A Kyrgyz border guard was wounded on Monday evening near Kulundu, the Border Service said.\n\n"
            "On Tuesday morning, about 200 residents of Maksat gathered on the road at the entrance to the village "
            "and blocked traffic for three hours.")
    found = incidents_of(geoparser, text, dt.date(2024, 7, 3))
    assert ("Maksat", "border_incident_protest") in {(i.place.name, i.event_type) for i in found}


# --- Russian ---

def test_a_drone_s_overflight_told_as_a_noun_is_no_strike(geoparser):
    text = ("Душанбе, 21 октября 2024 года. Поводом для ноты стал обстрел 19 октября жителей села Лаккон, один из "
            "которых ранен.\n\n"
            "Одновременно внимание кыргызской стороны обращено на зафиксированный 20 октября пролёт беспилотного "
            "летательного аппарата над территорией джамоата Чилгази на высоте около 300 метров.")
    assert "Chilgazi" not in by_place(incidents_of(geoparser, text, dt.date(2024, 10, 21), lang="ru"))


def test_a_correction_moves_the_place_and_the_day(geoparser):
    text = ("Сегодня утром в районе села Кулунду произошла перестрелка между пограничниками Кыргызстана и "
            "Таджикистана.\n\n"
            "Обновлено в 15:20. В Пограничной службе уточнили, что инцидент произошел не у Кулунду и не сегодня "
            "утром, как сообщалось ранее, а накануне вечером, 3 июля, около 21:40 вблизи соседнего села Максат. "
            "Ранен один военнослужащий.\n\n"
            "Кроме того, сегодня около 150 жителей Максата перекрыли дорогу, ведущую из села в сторону Кулунду.")
    found = {(i.place.name, i.date_start, i.event_type) for i in incidents_of(geoparser, text, dt.date(2023, 7, 4),
                                                                              lang="ru")}
    assert found == {("Maksat", dt.date(2023, 7, 3), "armed_clash"),
                     ("Maksat", dt.date(2023, 7, 4), "border_incident_protest")}


def test_the_names_of_the_dead_of_the_news_are_counted(geoparser):
    text = ("Стали известны имена двух кыргызских пограничников, погибших в пятницу вечером в перестрелке у села "
            "Ак-Татыр. Их назвали в Пограничной службе.")
    tatyr = by_place(incidents_of(geoparser, text, dt.date(2023, 3, 12), lang="ru"))["Ak-Tatyr"]
    assert (tatyr.fatalities, tatyr.fatalities_by_side) == (2, {"KG": 2})


def test_people_back_by_saturday_morning_were_moved_on_the_day_of_the_shooting(geoparser):
    text = ("В пятницу вечером, 10 марта, у села Ак-Татыр произошла перестрелка, ранен пограничник.\n\n"
            "На время стрельбы из Ак-Татыра в Баткен вывезли 140 женщин и детей, к утру субботы большинство из них "
            "вернулись домой.")
    found = incidents_of(geoparser, text, dt.date(2023, 3, 12), lang="ru")
    assert [(i.place.name, i.date_start, i.displaced) for i in found] == [("Ak-Tatyr", dt.date(2023, 3, 10), 140)]


def test_the_nearest_settlement_of_an_old_mine_s_blast_is_its_place(geoparser):
    text = ("ДУШАНБЕ, 6 июн — Sputnik. Житель района получил ранения при взрыве неразорвавшегося боеприпаса.\n\n"
            "Происшествие случилось вчера, 5 июня, около 11:00 на пастбище примерно в шести километрах к северу от "
            "ближайшего населенного пункта — села Каракенджа. Мужчина задел ржавый предмет, оказавшийся минометной "
            "миной, и получил осколочные ранения обеих ног.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 6), lang="ru"))
    assert set(found) == {"Karakenja"}
    assert (found["Karakenja"].event_type, found["Karakenja"].injured) == ("casualty_report", 1)


def test_both_legs_of_one_man_are_no_count():
    assert _counts(read_ru("пастух получил осколочные ранения обеих ног")) == [("injured", 1)]


def test_the_driver_and_two_passengers_with_their_ages_are_three():
    assert _counts(read_ru("Водитель и двое его попутчиков, жители Самаркандыка в возрасте 24, 31 и 45 лет, "
                           "получили травмы головы и рук.")) == [("injured", 3)]


def test_a_child_brought_to_hospital_with_wounds_is_one_injured():
    assert _counts(read_ru("Ребенок с осколочными ранениями рук доставлен в областную больницу.")) == [("injured", 1)]


def test_a_year_s_statistics_lend_no_zeros(geoparser):
    text = ("В субботу, 18 апреля, у въезда в Кок-Таш группа молодых людей забросала камнями грузовик.\n\n"
            "На следующий день около 300 жителей Самаркандыка вышли на центральную улицу села и на пять часов "
            "перекрыли движение.\n\n"
            "По данным погранслужбы, с начала года на участке Самаркандык – Кок-Таш зарегистрировано шесть бытовых "
            "конфликтов, в пяти из них обошлось без пострадавших.")
    found = incidents_of(geoparser, text, dt.date(2026, 4, 20), lang="ru")
    assert [(i.injured, i.fatalities) for i in found] == [(None, None)] * len(found)
    assert {i.place.name for i in found} == {"Kök-Tash", "Samarkandyk"}


def test_a_home_district_gives_way_to_the_story_s_village(geoparser):
    text = ("АКИpress - Пограничники задержали четырех граждан Таджикистана, незаконно пересекших границу в районе "
            "села Беш-Кент, сообщает Пограничная служба.\n\n"
            "По данным ведомства, 13 ноября около 04:30 наряд обнаружил группу из четырех человек в 1,2 км южнее "
            "Беш-Кента. Пограничники произвели два предупредительных выстрела.\n\n"
            "Один из нарушителей, 29-летний житель Гафуровского района, при попытке бегства получил огнестрельное "
            "ранение ноги.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 11, 14), lang="ru"))
    assert set(found) == {"Beshkent"}
    assert (found["Beshkent"].date_start, found["Beshkent"].injured) == (dt.date(2025, 11, 13), 1)


def test_a_protest_s_grievance_is_no_event_of_its_own(geoparser):
    text = ("Около 150 жителей Кара-Бака в среду на пять часов перекрыли автодорогу на выезде из села. Жители "
            "выступили против того, что таджикская сторона, по их словам, перекрыла общий арык у Лаккона.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2025, 10, 23), lang="ru"))) == {"Kara-Bak"}


def test_a_weekly_digest_s_item_lends_its_zeros_to_no_earlier_item(geoparser):
    text = ("Итоги недели.\n\n"
            "ПОНЕДЕЛЬНИК. В селе Ак-Сай сработал неразорвавшийся боеприпас. Ранен подросток.\n\n"
            "ВТОРНИК. У села Чек пограничники задержали двух граждан Таджикистана за незаконное пересечение "
            "границы. Никто не пострадал.")
    ak_sai = by_place(incidents_of(geoparser, text, dt.date(2025, 10, 25), lang="ru"))["Ak-Sai"]
    assert (ak_sai.event_type, ak_sai.injured) == ("casualty_report", 1)


def test_a_munition_that_went_off_is_harm_and_a_trip_flare_is_not():
    pack = pack_for("ru")
    assert pack.triggers["casualty_report"].search("в селе сработал неразорвавшийся боеприпас")
    assert not pack.triggers["casualty_report"].search("ночью сработала сигнальная мина")


# --- earlier batches' leftovers, read again after batch 69 ---

def test_a_drone_only_heard_over_a_village_is_no_event_there(geoparser):
    text = ("A drone struck a car near Kara-Bak on Sunday evening, wounding its driver, the Border Service said.\n\n"
            "About 15 minutes after the strike, border guards heard the noise of a second drone over the "
            "neighbouring village of Chek, but it dropped nothing.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2024, 6, 17)))) == {"Kara-Bak"}


def test_a_russian_drone_only_heard_is_no_strike():
    assert pack_for("ru").not_event.search("пограничники услышали шум второго беспилотника над соседним селом Чек")


def test_the_airport_a_wounded_man_was_flown_from_is_no_scene(geoparser):
    text = ("Во вторник у села Катран произошла перестрелка, ранен военнослужащий Пограничной службы.\n\n"
            "В ночь на среду его доставили вертолетом из аэропорта Исфана в Ош, где он перенес две операции.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2025, 9, 25), lang="ru"))) == {"Katran"}


def test_a_digest_heading_over_a_routine_detention_is_no_event(geoparser):
    text = ("Вот что случилось на границе с 22 по 28 мая.\n\n"
            "Вторник, 23 мая. Тогуз-Булак: задержаны двое\n"
            "Пограничники задержали у села Тогуз-Булак двух граждан Таджикистана, которые пытались перегнать через "
            "границу 40 голов скота. Задержанные сопротивления не оказали.\n\n"
            "Пятница, 26 мая. Коргон: ранен пограничник\n"
            "Около 05:10 у заставы в селе Коргон таджикские военнослужащие открыли огонь по кыргызскому наряду. "
            "Легко ранен 20-летний рядовой.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2023, 5, 29), lang="ru"))) == {"Korgon"}


# --- the day of writing, a bare place before a dash, and the day of a death ---

def test_this_morning_is_the_day_of_publication():
    from geo.language.en.dates import find_dates

    found = find_dates("Shots were fired at a patrol near Kulundu this morning.", dt.date(2023, 7, 4))
    assert [(d.window.start, d.window.end) for d in found] == [(dt.date(2023, 7, 4), dt.date(2023, 7, 4))]


def test_a_place_alone_before_a_dash_and_a_sentence_is_a_dateline():
    from geo.language.en.dateline import find_dateline as english
    from geo.language.ru.dateline import find_dateline as russian

    assert english("Batken - This morning an exchange of fire took place near the village of Kulundu.").place \
        == "Batken"
    assert english("Vorukh - the exclave where the road ends.") is None
    assert russian("Баткен – Сегодня утром в районе села Кулунду произошла перестрелка.").place == "Баткен"
    assert russian("Ворух – это таджикский анклав, окруженный кыргызской территорией.") is None


def test_the_dateline_place_before_a_dash_is_no_scene(geoparser):
    text = ("Batken - This morning an exchange of fire took place near the village of Kulundu.\n\n"
            "One serviceman was wounded.")
    found = incidents_of(geoparser, text, dt.date(2023, 7, 4))
    assert [(i.place.name, i.date_start) for i in found] == [("Kulundu", dt.date(2023, 7, 4))]


def test_the_day_a_wounded_man_died_does_not_date_the_attack(geoparser):
    text = ("A drone dropped an explosive device on a house in Kyzyl-Bel late on Thursday, the GKNB said.\n\n"
            "A 61-year-old man who had been in intensive care in Batken since Thursday night died early this "
            "morning, the ministry said.")
    found = incidents_of(geoparser, text, dt.date(2024, 8, 3))
    assert [(i.place.name, i.date_start) for i in found] == [("Kyzyl-Bel", dt.date(2024, 8, 1))]
