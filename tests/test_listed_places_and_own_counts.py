"""Places named in lists, scenes told apart from their counts, and each government's own count beside a bound.

The texts are written for these tests, in the styles of the first reports of border clashes.
"""

from __future__ import annotations

import datetime as dt

from geo.articles import Article
from geo.language import LANGUAGE_PACKS
from tests.test_counted_and_typed import by_place, incidents_of, place_names

DAY = dt.date(2022, 9, 16)


# --- places in lists ---------------------------------------------------------------------------------------------


def test_each_entry_of_a_list_of_areas_is_a_scene(geoparser):
    text = ("Border conflict: shooting in Batken district\n\nAt about 6 a.m. on September 16 the Tajik side opened "
            "fire on the positions of Kyrgyz border units in the areas of Tuz-Bel, Kara-Kyrchyn and Ak-Jylga of "
            "Batken district, the Border Service said.")
    assert place_names(incidents_of(geoparser, text, DAY)) == ["Ak-Jylga", "Kara-Kyrchyn", "Tuz-Bel"]


def test_each_entry_of_a_russian_list_of_tracts_is_a_scene(geoparser):
    text = ("Перестрелка на границе\n\nУтром 16 сентября таджикская сторона открыла огонь по позициям кыргызских "
            "пограничников в местностях Туз-Бел и Кара-Кырчын Баткенского района, сообщила Погранслужба.")
    assert place_names(incidents_of(geoparser, text, DAY, lang="ru")) == ["Kara-Kyrchyn", "Tuz-Bel"]


def test_adjectives_of_units_after_a_plural_noun_are_no_list_of_villages(geoparser):
    text = ("Обстрел в Баткене\n\n16 сентября таджикская сторона обстреляла из минометов город Баткен. Свои дома "
            "покинули жители семи сел Баткенского и Лейлекского районов.")
    parsed = geoparser.parse(Article(id="t", text=text, date=DAY, lang="ru"))
    assert [m.text for m in parsed.mentions if m.kind == "cue"] == []
    assert place_names(incidents_of(geoparser, text, DAY, lang="ru")) == ["Batken"]


def test_the_villages_a_unit_unites_are_a_description_not_scenes(geoparser):
    text = ("A Kyrgyz herder was beaten and detained by Tajik border guards on a pasture near Kara-Bak on July 26. "
            "The head of the rural administration, which unites the villages of Tuz-Bel, Kara-Kyrchyn and Ak-Jylga, "
            "said that four herders from the area have been detained since May.")
    assert place_names(incidents_of(geoparser, text, dt.date(2023, 7, 28))) == ["Kara-Bak"]


def test_a_compound_village_name_is_not_a_far_place_beside_a_word(geoparser):
    text = ("At 6 a.m. the Tajik side started firing at the positions of the Kyrgyz side in the areas of Kum-Mazar and "
            "Kak-Sai in Batken district.")
    assert place_names(incidents_of(geoparser, text, DAY)) == ["Kak-Sai", "Kum-Mazar"]


def test_firing_at_a_post_is_fighting_there(geoparser):
    text = ("Shooting on the border\n\nAt 7.15 a.m. on September 16, Tajik servicemen began firing at the Samarkandyk "
            "border outpost, the Border Service said.")
    found = incidents_of(geoparser, text, DAY)
    assert [(i.place.name, i.event_type) for i in found] == [("Samarkandyk", "armed_clash")]


def test_a_post_mapped_at_the_town_its_detachment_is_named_for(geoparser):
    text = ("ДУШАНБЕ, 14.09.2022. 14 сентября около 07:15 кыргызские пограничники произвели три выстрела из миномета "
            "в сторону пограничной заставы «Тозабулок» Пограничного отряда «Исфара» Республики Таджикистан.")
    found = incidents_of(geoparser, text, dt.date(2022, 9, 14), lang="ru")
    assert [(i.place.name, i.event_type) for i in found] == [("Tozabulok", "shelling_artillery")]
    assert found[0].place.stand_in_unit == "Isfara"


# --- where the place is said to be ---------------------------------------------------------------------------------


def test_a_recap_tells_the_scene_of_the_stones_and_shots_that_follow(geoparser):
    text = ("Prime ministers discuss the border\n\nThe heads of government of the two countries discussed the "
            "situation on the border on Thursday.\n\nAnother border incident began on April 28 after the Tajik side "
            "started to build a fence on a slope near the water intake in Ak-Sai village of Batken region. Local "
            "residents demanded to remove it. The parties began to throw stones at each other. Shooting started "
            "later.\n\nIn total, 12 victims sought medical help.")
    found = incidents_of(geoparser, text, dt.date(2021, 4, 29))
    assert [(i.place.name, i.injured) for i in found] == [("Ak-Sai", 12)]


def test_the_area_that_connects_two_towns_is_no_scene_of_either(geoparser):
    text = ("Earlier in the day, Bishkek said that forces were put on alert over the Tajik side blocking the area "
            "that connects two Kyrgyz towns, Batken and Isfana. At around 19:35 the Tajik side opened fire on Kyrgyz "
            "border units in the area of Kara-Kyrchyn of the Batken region.")
    assert place_names(incidents_of(geoparser, text, dt.date(2022, 1, 27))) == ["Kara-Kyrchyn"]


def test_fire_from_a_station_of_a_village_comes_from_there(geoparser):
    text = ("A Tajik teenager was wounded in the leg on Monday evening in an orchard of Gulkhona when shots were "
            "fired from the area of the Kyrgyz railway station of Kayragach, some 800 metres away.")
    assert place_names(incidents_of(geoparser, text, dt.date(2025, 9, 2))) == ["Gulkhona"]


def test_the_home_of_the_dead_gives_way_to_the_scene_told_after(geoparser):
    text = ("Таджикистан сообщил о двух погибших\n\nПо данным таджикских пограничников, погибли водитель скорой "
            "помощи и житель села Ходжаи-Аало. Кроме того, ранения получили семь человек.\n\nПриграничный конфликт "
            "произошел вечером 27 января в местности Кара-Кырчын Баткенского района, где была перекрыта дорога. "
            "Почти сразу началась стрельба.")
    found = incidents_of(geoparser, text, dt.date(2022, 1, 28), lang="ru")
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Kara-Kyrchyn", 2, 7)]


def test_an_evacuation_of_the_residents_living_in_a_district_is_from_there(geoparser):
    text = ("Киргизия сообщает о раненых\n\nЧетверо военнослужащих Киргизии получили ранения в результате обстрела "
            "пограничных застав, сообщает администрация области. Началась эвакуация жителей, проживающих в опасных "
            "селах Баткенского района.")
    found = incidents_of(geoparser, text, DAY, lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Batken District", 4)]


def test_a_region_in_the_locative_before_evacuated_is_where_it_happened(geoparser):
    text = "В Баткенской области эвакуировали 24 237 сельчан из-за конфликта на кыргызско-таджикской границе."
    found = incidents_of(geoparser, text, dt.date(2022, 1, 28), lang="ru")
    assert [(i.place.name, i.displaced) for i in found] == [("Batken Region", 24237)]
    to = "Из-за конфликта на границе в Исфару эвакуировали 300 жителей Воруха."
    assert "Isfara" not in place_names(incidents_of(geoparser, to, dt.date(2022, 1, 28), lang="ru"))


def test_a_car_held_for_crossing_the_line_is_no_incident(geoparser):
    text = ("ДУШАНБЕ, 24.12.2021. 22 декабря примерно в 13:50 в районе населенного пункта Чашма Лахшского района при "
            "нарушении государственной границы задержана автомашина с кыргызскими номерами, в которой находились "
            "четверо пограничников.")
    assert incidents_of(geoparser, text, dt.date(2021, 12, 24), lang="ru") == []


# --- counts ---------------------------------------------------------------------------------------------------------


def test_each_government_s_own_count_fills_a_bound(geoparser):
    text = ("Sporadic skirmishes continued on Friday on the border after a day of clashes near the village of Kok-Tash "
            "that killed more than 20 people and wounded over 100.\n\nKyrgyzstan's Health Ministry said 13 people "
            "died and 134 others were injured in the clashes. Local officials in the city of Isfara in Tajikistan "
            "reported eight dead and 30 wounded.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 4, 30)))
    assert (found["Kök-Tash"].fatalities, found["Kök-Tash"].injured) == (21, 164)
    assert found["Kök-Tash"].fatalities_by_side == {"KG": 13, "TJ": 8}


def test_one_of_those_killed_is_no_count_but_a_side_s_wounded_man_is():
    read = LANGUAGE_PACKS["en"].read_figures
    assert [(f.measure, f.value) for f in read('"One of those killed is a 29-year-old soldier," the source said')] == []
    assert [(f.measure, f.value, f.side) for f in read("One of the wounded was a 34-year-old Kyrgyz border guard")] \
        == [("injured", 1, "KG")]


def test_a_wounded_soldier_who_died_is_one_of_the_lede_s_dead(geoparser):
    text = ("As a result of today's shooting at Vorukh, 2 Tajik servicemen were killed and 11 people were injured.\n\n"
            "A source said that a 26-year-old Tajik soldier who was wounded in the morning by Kyrgyz border guards "
            "died of blood loss in the hospital this afternoon. Of the 11 injured, four were taken to the hospital "
            "in Isfara.")
    found = incidents_of(geoparser, text, dt.date(2022, 9, 14))
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Vorukh", 2, 11)]


def test_one_of_the_wounded_who_died_later_is_one_more_dead(geoparser):
    text = ("A Kyrgyz border guard was killed and three were wounded when Tajik troops opened fire on a post near the "
            "village of Arka on Monday.\n\nOne of the wounded died in hospital on Tuesday, the Border Service said.")
    found = incidents_of(geoparser, text, dt.date(2022, 6, 7))
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Arka", 2, 2)]


# --- types and days ------------------------------------------------------------------------------------------------


def test_a_weapon_a_side_uses_makes_the_skirmish_a_shelling(geoparser):
    text = ("Shooting on the border\n\nThe main skirmishes between the border units of the two countries are taking "
            "place in the area of Chek of the Batken region. \"The Tajik side uses mortars and grenade launchers,\" "
            "the spokesperson of the border service said.")
    found = incidents_of(geoparser, text, dt.date(2022, 1, 27))
    assert [(i.place.name, i.event_type) for i in found] == [("Chek", "shelling_artillery")]


def test_a_car_forcibly_stopped_on_a_bridge_is_an_incident_there_not_at_the_home_of_those_who_stopped_it(geoparser):
    text = ("On January 27, at about 5:20 pm, some fifty residents of the village council of Aksai, on the bridge near "
            "the settlement of Khojai-Alo, forcibly stopped the car of a citizen of Tajikistan, the press center of "
            "the border troops reports.")
    found = incidents_of(geoparser, text, dt.date(2022, 1, 27))
    assert [(i.place.name, i.event_type) for i in found] == [("Khoja-Alo", "border_incident_protest")]


def test_clashes_hours_later_are_dated_by_the_day_told_before(geoparser):
    text = ("Tajik military stops shelling Chong-Alay, border service says\n\nOn Saturday the shelling of Kyrgyz border "
            "guards in the Karamyk area of the Chong-Alay district ended.\n\nTensions on the border escalated on "
            "September 14. According to the Kyrgyz side, Tajik border guards on Wednesday took combat positions near "
            "Bulak-Bashy and opened fire. A few hours later, armed clashes also took place in the areas of Tuz-Bel "
            "and Kara-Kyrchyn in the Batken Region.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 9, 17)))
    assert found["Tuz-Bel"].date_start == dt.date(2022, 9, 14)


def test_the_day_the_latest_conflict_erupted_starts_the_fight_s_window(geoparser):
    text = ("Sporadic skirmishes continued Friday on the border despite a cease-fire.\n\nTroops of the two countries "
            "exchanged gunfire around a water facility near the village of Kok-Tash.\n\nThe latest conflict erupted "
            "Wednesday when officials attempted to mount surveillance cameras at the facility, and residents began "
            "hurling stones.")
    found = incidents_of(geoparser, text, dt.date(2021, 4, 30))
    assert [(i.place.name, i.date_start, i.date_end) for i in found] == [
        ("Kök-Tash", dt.date(2021, 4, 28), dt.date(2021, 4, 30))]


def test_a_village_in_a_jamoat_named_by_its_noun_is_the_scene_not_the_jamoat(geoparser):
    text = ("The Tajik side reports that Kyrgyz servicemen opened fire at Tajik border guards on April 29 near Khojai "
            "Alo village in Chorkuh jamoat (Isfara).")
    assert place_names(incidents_of(geoparser, text, dt.date(2021, 4, 29))) == ["Khoja-Alo"]


def test_one_man_described_then_the_count_that_holds_him(geoparser):
    text = ("Residents of Kok-Tash and Tajik citizens threw stones at each other on Wednesday. A 30-year-old resident "
            "of Kok-Tash village suffered a gunshot wound to his eye. In total, eight victims sought medical help.")
    found = incidents_of(geoparser, text, dt.date(2021, 4, 29))
    assert [(i.place.name, i.injured) for i in found] == [("Kök-Tash", 8)]


def test_a_town_where_a_shelter_was_set_up_stays_a_destination(geoparser):
    text = ("Из Кулунду и Максата в Раззаков вывезли около 600 человек; в Раззакове для них развернули пункт временного "
            "размещения. Полпред побывал в школе в Баткене, где разместили эвакуированных.")
    assert [p for p in place_names(incidents_of(geoparser, text, dt.date(2022, 1, 28), lang="ru"))
            if p in ("Razzakov", "Batken")] == []


def test_a_list_of_villages_keeps_each_beside_a_namesake_the_gazetteer_has(geoparser):
    text = ("In Tajikistan, the Sughd administration said Kyrgyz forces had shelled the villages of Kulkand, Guliston "
            "and Oftobru in Isfara district on Friday, killing nine civilians.")
    found = place_names(incidents_of(geoparser, text, DAY))
    assert "Kulkand" in found and "Oftobru" in found


def test_a_name_with_turkic_letters_is_one_name(geoparser):
    text = ("By Tuesday, gunfire had spread to the neighboring village of Ming-Örük in Batken district, where bullets "
            "punched through the roofs of several houses.")
    assert place_names(incidents_of(geoparser, text, dt.date(2023, 6, 7))) == ["Ming-Örük"]


def test_the_home_of_a_couple_killed_on_the_edge_of_another_village_is_no_scene(geoparser):
    text = ("Two more of the dead, a married couple from the village of Tuz-Bel, were killed when a mortar round hit "
            "their car on the edge of Kara-Bak as they drove to their fields on Thursday.")
    assert place_names(incidents_of(geoparser, text, DAY)) == ["Kara-Bak"]


def test_the_village_where_the_dead_man_was_buried_is_no_scene(geoparser):
    text = ("A Tajik farmer was killed by a bullet near Surkh on Monday. The dead man, a father of three from the "
            "village of Tuz-Bel, was buried there on Tuesday.")
    assert place_names(incidents_of(geoparser, text, dt.date(2023, 6, 7))) == ["Surkh"]


def test_the_post_named_again_by_its_noun_takes_its_wounded(geoparser):
    text = ("Вечером 19 июня таджикские военнослужащие открыли огонь по заставе «Жаштык» Лейлекского пограничного "
            "отряда. Спустя несколько часов огонь был открыт по позициям у села Борбордук.\n\nПри обстреле заставы "
            "огнестрельное ранение получил 24-летний рядовой. Во время ночного обстрела у Борбордука пострадавших "
            "нет, сообщили в администрации Лейлекского района.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 6, 20), lang="ru"))
    assert found["Zhashtyk"].injured == 1
    assert not found["Borborduk"].injured


def test_no_dead_for_now_is_a_zero():
    read = LANGUAGE_PACKS["ru"].read_figures
    assert [(f.measure, f.value) for f in read("Погибших на данный момент нет.")] == [("fatalities", 0)]


def test_villages_residents_were_moved_to_are_destinations(geoparser):
    text = ("Около шести тысяч жителей сел Ак-Сай и Ак-Татыр временно переселили в село Рават. Эвакуация также прошла "
            "в селе Максат, оттуда переселили 400 человек в село Маргун.")
    found = place_names(incidents_of(geoparser, text, dt.date(2022, 1, 28), lang="ru"))
    assert "Ravat" not in found and "Margun" not in found and "Maksat" in found


def test_agreeing_to_stop_firing_is_a_ceasefire():
    triggers = LANGUAGE_PACKS["en"].triggers["ceasefire_agreement"]
    assert triggers.search("the district heads met in Samarkandyk and agreed to stop firing from 6 p.m.")
    assert not triggers.search("the guards did not stop firing until dawn")


def test_a_clause_of_thousands_of_places_keeps_only_the_first_few_as_events(geoparser):
    from geo.incidents.events import MAX_PLACES_PER_CLAUSE, article_events

    letters = "абвгдежзиклмнопрстуфхцчшэюя"
    tracts = [f"в местности Кара-{a}{b}ш" for a in letters[:6] for b in letters[:10]]  # 60 tracts, each its own name
    text = "Таджикская сторона открыла огонь " + ", ".join(tracts) + " Баткенского района."
    parsed = geoparser.parse(Article(id="t", text=text, date=DAY, lang="ru"))
    assert len({m.place.name for m in parsed.mentions if m.place is not None}) > MAX_PLACES_PER_CLAUSE
    assert len(article_events(parsed)) == MAX_PLACES_PER_CLAUSE


def test_a_meeting_that_agreed_to_stop_firing_from_an_hour_is_a_ceasefire_at_its_town(geoparser):
    text = ("Shooting resumed at 6:10 a.m. on Tuesday around Jangy-Bak in Batken district.\n\nAt 5 p.m. on Tuesday, the "
            "heads of the Batken and Isfara district administrations met in Samarkandyk and agreed to stop firing from "
            "6 p.m.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 6, 7)))
    assert found["Samarkandyk"].event_type == "ceasefire_agreement"
    ru = ("Во вторник в Исфаре прошла встреча глав районов, на которой стороны договорились прекратить огонь с 18:00. "
          "Утром у Кулунду шла перестрелка.")
    found = by_place(incidents_of(geoparser, ru, dt.date(2023, 6, 7), lang="ru"))
    assert found["Isfara"].event_type == "ceasefire_agreement"
    section = ("A Kyrgyz border guard was killed near Katran on Tuesday. On Wednesday the heads of the border services "
               "met in Sulukta and agreed to a ceasefire on the Katran section from 10 a.m. local time.")
    assert "Sulukta" not in place_names(incidents_of(geoparser, section, dt.date(2024, 10, 2)))
