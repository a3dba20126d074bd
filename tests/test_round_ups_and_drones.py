"""Round-ups of small items, drones seen, struck and shot down, rumours denied, old shells made safe, wire copy
without its year (held-out batch 114, scored with the session's start code, then studied). The texts are written
for these tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

from geo.articles.model import Article
from geo.incidents.structure import read_structure
from geo.language import get_pack, pack_for
from tests.test_counted_and_typed import by_place, incidents_of


def _figures(lang: str, sentence: str) -> list[tuple[str, int]]:
    return [(f.measure, f.value) for f in pack_for(lang).read_figures(sentence)]


# --- a week's round-up -------------------------------------------------------------------------------------------


WEEK_EN = ("# Week in Batken region\n\n"
           "**Monday. Cars stoned on the bypass road**\n\n"
           "On June 12, at about 21.30, two cars of residents of Ak-Sai village were pelted with stones on the bypass "
           "road near Ak-Sai, the Border Service reported. The driver of one of them, a 34-year-old resident of "
           "Ak-Sai, received a cut wound to the head.\n\n"
           "**Wednesday. An old shell**\n\n"
           "The same day, sappers of the Ministry of Emergency Situations defused an 82-millimeter mortar mine that a "
           "farmer found in his field in Kara-Bak. No one was hurt.\n\n"
           "**Thursday. Drone over Maksat**\n\n"
           "On June 15, at 16.10, an unmanned aerial vehicle flew from the Tajik side over Maksat village, the Border "
           "Service said. \"There were no casualties or damage,\" the service said.")


def test_a_mine_the_sappers_defused_is_no_incident(geoparser):
    found = by_place(incidents_of(geoparser, WEEK_EN, dt.date(2023, 6, 17)))
    assert "Kara-Bak" not in found and {"Ak-Sai", "Maksat"} <= set(found)


def test_a_zero_under_one_weekday_s_heading_says_nothing_of_another_day_s_item(geoparser):
    found = by_place(incidents_of(geoparser, WEEK_EN, dt.date(2023, 6, 17)))
    assert found["Ak-Sai"].injured == 1
    assert found["Maksat"].injured == 0


def test_an_unexploded_shell_a_resident_found_and_the_sappers_destroyed_is_no_incident(geoparser):
    text = ("## Понедельник. Драка на рынке\n\n"
            "10 июня около 12:00 на рынке в селе Самаркандык произошла драка между торговцами. Телесные повреждения "
            "получили двое жителей Самаркандыка.\n\n"
            "## Среда. Снаряд в огороде\n\n"
            "12 июня житель Кок-Таша, копая огород, обнаружил неразорвавшийся артиллерийский снаряд. Саперы МЧС "
            "вывезли его за пределы села и уничтожили. Никто не пострадал.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 16), lang="ru"))
    assert "Kök-Tash" not in found
    assert found["Samarkandyk"].injured == 2


def test_the_driver_of_one_of_the_cars_with_his_apposition_is_one_hurt():
    assert _figures("en", "The driver of one of them, a 34-year-old resident of Ak-Sai, received a cut wound to "
                          "the head") == [("injured", 1)]


# --- the place's past in a relative clause; its neighbours -------------------------------------------------------


def test_a_border_where_fighting_killed_dozens_last_year_lends_no_toll_to_today_s_drone(geoparser):
    text = ("BISHKEK, Kyrgyzstan (AP) — A small drone dropped an explosive on a Kyrgyz border post near the "
            "village of Arka early Saturday, wounding two border guards, Kyrgyz authorities said, in a new flare-up "
            "along a disputed border where fighting killed dozens of people last year.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 8, 13)))
    assert found["Arka"].injured == 2
    assert found["Arka"].fatalities is None


def test_the_large_village_a_village_borders_is_no_scene(geoparser):
    text = ("A drone dropped an explosive on the border post at Arka early on Saturday, wounding two guards. "
            "Residents of Arka, a village of about 4,000 people that borders the large Tajik village of Khistevarz, "
            "said they were woken by the explosion.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 8, 13)))
    assert set(found) == {"Arka"}


def test_the_region_of_the_commanders_units_is_no_scene_and_the_crossing_pair_is_kyzyl_bel(geoparser):
    text = ("On Friday, May 10, Kyrgyz border guards opened fire at the Tajik frontier post in Chorkuh jamoat, "
            "wounding a Tajik border guard.\n\n"
            "On Saturday, May 11, the commanders of the border units of Sughd province and Kyrgyzstan's Batken region "
            "met at the Guliston-Qizil-Bel border crossing point and agreed on a complete ceasefire along the "
            "entire border.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 13)))
    assert "Batken Region" not in found and "Guliston" not in found
    assert found["Kyzyl-Bel"].event_type == "ceasefire_agreement"


def test_shots_fired_from_the_territory_of_the_other_state_at_a_patrol_are_an_exchange_of_fire(geoparser):
    text = ("Unknown persons fired several shots from the territory of Tajikistan at a Kyrgyz border patrol near "
            "Ak-Tatyr village, Batken district, at about 01:30 on July 7, the Border Service said on Thursday.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 7, 8)))
    assert found["Ak-Tatyr"].event_type == "armed_clash"


def test_the_other_side_s_word_that_herders_crossed_into_its_jamoat_is_no_scene(geoparser):
    text = ("Two residents of Kulundu were detained by Tajik border guards on a pasture near Kulundu on July 5; the "
            "guards beat the younger man with rifle butts.\n\n"
            "The Tajik side told local media that the herders had illegally crossed into the territory of "
            "Ovchi-Kalacha jamoat and had been detained \"in accordance with the law\".")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 7, 8)))
    assert set(found) == {"Kulundu"}


def test_the_younger_one_is_one_of_those_counted_not_a_count():
    assert _figures("en", "As a result of the explosion, the elder brother received shrapnel wounds to his legs, "
                          "the younger one received a concussion") == []


# --- rumours of drones denied ------------------------------------------------------------------------------------


def test_a_video_dismissed_in_the_headline_with_the_drone_s_real_owner_told_is_a_rumour_denied(geoparser):
    text = ("Kyrgyzstan dismisses viral 'Tajik drone' video as misleading\n\n"
            "BISHKEK, June 19, 2024 (AFP) - Kyrgyzstan's border service on Wednesday denied social media reports "
            "that a Tajik military drone had flown over a village near Batken.\n\n"
            "\"No aircraft from the territory of Tajikistan crossed the state border. The information is not true,\" "
            "the border service said in a statement.\n\n"
            "The emergencies ministry said the footage showed one of its own quadcopters, which flew over Kyzyl-Jol "
            "on Sunday, June 16, to photograph damage from a mudflow.")
    assert incidents_of(geoparser, text, dt.date(2024, 6, 19)) == []


def test_a_drone_report_checked_and_explained_is_one_item_of_a_report_not_all_of_it(geoparser):
    text = ("Parliament committee hears GKNB report on border\n\n"
            "On Monday, November 3, about 30 residents of the Tajik village of Chilgazi began throwing stones at a "
            "Kyrgyz patrol near Kyzyl-Bel. Two Kyrgyz border guards were injured.\n\n"
            "MP Zhyldyz Toktosunova said residents of Ak-Sai had told her that Tajik drones were flying over the "
            "village last week. Asanov replied that the Border Service had checked the reports and that no drone had "
            "crossed the border; the objects seen were the Border Service's own observation drones.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 11, 12)))
    assert "Ak-Sai" not in found and found


def test_no_violation_of_the_airspace_and_no_explosions_recorded_is_a_rumour_denied(geoparser):
    text = ("БИШКЕК, 8 июл — Sputnik. Информация о том, что таджикский беспилотник атаковал жилой дом в селе Кара-Бак, "
            "не соответствует действительности.\n\n"
            "«Мы проверили информацию. Никакого нарушения воздушного пространства не было, взрывов в Кара-Баке не "
            "зафиксировано. На видео — сельскохозяйственный дрон», — сказали в ведомстве. Хлопок, скорее всего, "
            "связан с плановыми взрывными работами в карьере у села Кызыл-Бель.")
    assert incidents_of(geoparser, text, dt.date(2024, 7, 8), lang="ru") == []


def test_drones_that_did_not_take_off_near_a_village_make_it_no_scene(geoparser):
    text = ("Дрон пересек линию границы и находился над махаллями Чоркуха. Дежурные силы заставы открыли огонь, и "
            "беспилотник был сбит. Никто не пострадал.\n\n"
            "В Пограничной службе ГКНБ Кыргызстана заявили, что кыргызские военные беспилотники в этот день в районе "
            "Самаркандыка не поднимались.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 21), lang="ru"))
    assert set(found) == {"Chorkuh"}


# --- a drone shot down; a heavy weapon told next ------------------------------------------------------------------


def test_gunfire_that_downed_a_drone_is_the_drone_s_event(geoparser):
    text = ("Kyrgyz border guards have shot down a drone that flew over the village of Katran on August 20. Guards "
            "from a nearby outpost opened fire at it with small arms, and the drone fell into an orchard. No one was "
            "hurt.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 21)))
    assert found["Katran"].event_type == "air_drone_strike"


def test_a_drone_shot_down_during_an_exchange_of_fire_keeps_the_clash(geoparser):
    text = ("Kyrgyz and Tajik border guards exchanged fire near the village of Katran on August 20, and a drone "
            "that flew over the village was shot down. No one was hurt.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 21)))
    assert found["Katran"].event_type == "armed_clash"


def test_mortars_used_in_the_sentence_after_the_shooting_make_it_shelling(geoparser):
    text = ("Во вторник, 14 марта, около 15:30 на участке границы у села Арка завязалась перестрелка. По данным "
            "Пограничной службы ГКНБ Кыргызстана, таджикские военнослужащие сначала открыли огонь из автоматов, а "
            "затем применили минометы.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 3, 16), lang="ru"))
    assert found["Arka"].event_type == "shelling_artillery"


# --- wire copy without its year; one person killed --------------------------------------------------------------


def test_a_dateline_without_its_year_takes_the_year_its_weekday_names():
    text = ("Tajikistan says drone strike on car kills driver\n\n"
            "DUSHANBE, Nov 9 (Reuters) - A drone strike on a car near Tajikistan's border with Kyrgyzstan killed the "
            "driver and wounded two passengers, Tajik authorities said on Thursday.\n\n"
            "The two neighbours fought their worst border conflict in September 2022.")
    structure = read_structure(Article(id="a", text=text), get_pack("en"), lang="en")
    assert structure.published == dt.date(2023, 11, 9)
    assert structure.published_from == "dateline and weekday"


def test_a_dateline_without_its_year_or_a_weekday_dates_nothing():
    text = "ДУШАНБЕ, 22 мая — Sputnik. Делегации провели в Баткене очередной раунд переговоров по границе в 2024 году."
    assert read_structure(Article(id="a", text=text), get_pack("ru"), lang="ru").published is None


def test_killed_the_driver_is_one_dead():
    assert _figures("en", "A drone strike on a car killed the driver and wounded two passengers") == [
        ("fatalities", 1), ("injured", 2)]


def test_a_citizen_s_apposition_before_the_verb_names_the_side_of_the_dead():
    figures = pack_for("ru").read_figures("В результате водитель, гражданин Киргизской Республики 1971 года "
                                          "рождения, скончался на месте")
    assert [(f.measure, f.value, f.side) for f in figures] == [("fatalities", 1, "KG")]


def test_pupils_and_kindergarten_children_taken_away_are_summed():
    assert _figures("ru", "из села Кёк-Таш в Баткен вывезли 260 учеников средней школы и 40 воспитанников "
                          "детского сада") == [("displaced", 300)]


# --- copies kept and corrected (held-out batch 116) ------------------------------------------------------------


def test_shooting_only_heard_in_the_neighbouring_village_makes_it_no_scene(geoparser):
    text = ("18 мая около 23:50 военнослужащие Таджикистана открыли огонь по пограничному наряду у села Арка, ранен "
            "один пограничник. В соседнем таджикском селе Хистеварз, по данным местных властей, стрельбу тоже было "
            "слышно.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 19), lang="ru"))
    assert set(found) == {"Arka"}


def test_the_fire_an_arson_lead_told_breaks_out_at_the_village_named_after_it(geoparser):
    text = ("Bishkek (AFP) - Kyrgyzstan on Monday accused people from neighbouring Tajikistan of setting fire to a "
            "house in a village on the two countries' disputed border.\n\n"
            "The fire broke out at about 2:30 am on Sunday in the village of Kulundu, police said. \"No one was "
            "hurt,\" the statement said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 9, 20)))
    assert set(found) == {"Kulundu"}
    assert "border_incident_protest" in found["Kulundu"].event_types


def test_a_correction_at_the_end_moves_the_house_to_the_village_the_police_named_later(geoparser):
    text = ("Bishkek (AFP) - Kyrgyzstan on Monday accused people from neighbouring Tajikistan of setting fire to a "
            "house in a village on the two countries' disputed border.\n\n"
            "The fire broke out at about 2:30 am on Sunday in the village of Kulundu, police said.\n\n"
            "CORRECTION: This story, sent on September 20, said the burned house was in the village of Kulundu. "
            "Leilek district police later said the house is in Maksat, a village about six kilometres east of "
            "Kulundu.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 9, 20)))
    assert set(found) == {"Maksat"}


def test_the_guliston_checkpoint_is_the_crossing_at_kyzyl_bel_not_the_city_of_guliston(geoparser):
    text = ("Between 250 and 300 residents of Kyzyl-Bel village were temporarily evacuated on February 9 after "
            "residents reported that military vehicles of the Tajik side were moving along the road near the "
            "Guliston checkpoint, some 2 kilometers from the village. No one was hurt.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 2, 10)))
    assert "Guliston" not in found and "Kyzyl-Bel" in found


def test_a_week_s_lede_that_none_of_its_items_ended_in_death_gives_each_item_no_dead(geoparser):
    text = ("С 11 по 17 мая ведомства сообщили о двух происшествиях на границе; ни одно из них не закончилось "
            "гибелью людей.\n\n"
            "## Понедельник, 11 мая. Чек\n\n"
            "Около 18:00 на дороге у села Чек неизвестные со стороны таджикской территории забросали камнями "
            "грузовик местного жителя, водитель получил порезы лица.\n\n"
            "## Четверг, 14 мая. Тогуз-Булак\n\n"
            "Около 10:40 у села Тогуз-Булак с сопредельной стороны были произведены несколько выстрелов в направлении "
            "трактора, трактор получил повреждения.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 5, 18), lang="ru"))
    assert found["Chek"].fatalities == 0 and found["Toguz-Bulak"].fatalities == 0
    assert found["Chek"].injured == 1
