"""Phrasing of wire copy and border-service statements, met when real reporting was read to check behaviour (none of
it is stored here): people told one by one and by kin, lists of border villages that are also first names, "the use
of weapons", a lede that names the scene before the paragraph that tells the fight, the district of a village the
gazetteer lacks, a region or district named as the other party's home, run-on pages with links to other stories,
counts that are some of a toll told elsewhere. The texts are written for these tests."""

from __future__ import annotations

import datetime as dt

from geo.incidents.events import clause_types
from geo.language import pack_for
from tests.test_counted_and_typed import by_place, figures_of, incidents_of, roles_of

# --- people told one by one, by kin, by their list ---------------------------------------------------------------


def test_the_younger_man_told_after_the_first_in_his_sentence_is_one_more():
    read = pack_for("en").read_figures
    found = read("; the younger man suffered cuts to his hands and was sent home")
    assert [(f.measure, f.value, f.additive) for f in found] == [("injured", 1, True)]
    assert [(f.measure, f.value, f.additive) for f in read("The other shepherd was treated for a broken arm.")] == [
        ("injured", 1, True)]
    # (a sentence that opens on "The older boy" may describe one of the people counted before: no more people)
    assert [f.additive for f in read("The older boy was flown to a children's hospital with shrapnel wounds.")] in (
        [], [False])


def test_two_people_told_one_by_one_in_a_sentence_are_two(geoparser):
    text = ("DUSHANBE, April 3 - Tajikistan protested on Wednesday the beating of two herders from the village of "
            "Gulkhona by Kyrgyz border guards on April 1, the foreign ministry said.\n\n"
            "The 47-year-old herder was taken to the district hospital with a broken collarbone; the younger man "
            "suffered cuts to his hands and was sent home, the ministry said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 3)))
    assert found["Gulkhona"].injured == 2


def test_the_kin_of_the_person_just_told_takes_his_side(geoparser):
    text = ("ISFARA, May 10 - A Tajik farmer was shot dead on Wednesday evening in a field on the edge of Surkh, "
            "local officials said.\n\n"
            "Bakhtiyor Rahimov, 52, was killed about 200 meters from the line. His 19-year-old nephew, who was with "
            "him, was grazed in the leg by a bullet and treated in Isfara.\n\n"
            "The Kyrgyz Border Service said one of its servicemen was hit by a stone during the incident.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 10)))
    assert found["Surkh"].fatalities_by_side == {"TJ": 1}
    assert found["Surkh"].injured == 2
    ru = ("ИСФАРА, 10 мая — Sputnik. Вечером 8 мая у села Сурх в результате обстрела погиб таджикский фермер.\n\n"
          "Его 19-летний племянник получил ранение ноги и доставлен в больницу Исфары. Пограничная служба "
          "Кыргызстана сообщила, что один военнослужащий получил травму головы от удара камнем.")
    assert by_place(incidents_of(geoparser, ru, dt.date(2024, 5, 10), lang="ru"))["Surkh"].injured == 2


def test_a_list_of_border_villages_that_are_also_first_names_is_a_list_of_places(geoparser):
    text = ("BISHKEK, June 2. According to the Kyrgyz side, its units in the areas of Kulundu, Maksat and Arka came "
            "under mortar fire from Tajik territory on Sunday morning.")
    assert {name for name, role in roles_of(geoparser, text, "en")} >= {"Kulundu", "Maksat", "Arka"}
    assert roles_of(geoparser, "Maksat and Aibek said they had not been hurt.", "en") == []


def test_both_sides_parts_of_a_list_are_summed_by_side():
    read = pack_for("en").read_figures
    assert figures_of(read, "Officials say four Kyrgyz border guards, one Kyrgyz policeman and three Tajik border "
                            "guards were hospitalized with injuries.") == [
        ("injured", 8, None), ("injured", 5, "KG"), ("injured", 3, "TJ")]


def test_a_total_of_both_sides_takes_no_speaker_s_side(geoparser):
    text = ("BISHKEK, March 3 (RFE/RL) - The Kyrgyz Border Service says four Kyrgyz border guards, one Kyrgyz "
            "policeman, and three Tajik border guards have been hospitalized after an exchange of gunfire near "
            "Kok-Tash on Sunday.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 3)))
    assert found["Kök-Tash"].injured == 8


def test_children_among_the_wounded_are_no_count_of_their_own():
    read = pack_for("en").read_figures
    assert figures_of(read, "The ministry said that three injured children were among the wounded.") == []
    assert figures_of(read, "Three injured children were taken to Osh.") == [("injured", 3, None)]


def test_a_villager_of_a_named_village_shot_dead_is_one_death():
    read = pack_for("en").read_figures
    assert figures_of(read, "a 70-year-old resident of the Tajik village of Surkh was shot dead") == [
        ("fatalities", 1, "TJ")]


def test_a_death_not_far_from_the_scene_is_the_incident_s(geoparser):
    text = ("BATKEN, June 9 - A Kyrgyz border guard was wounded early on Sunday when shots were fired at the Kyrgyz "
            "post near Kok-Tash, the Kyrgyz Border Service said.\n\n"
            "Not far from the place of the incident, a 58-year-old resident of the Tajik village of Chorkuh was "
            "shot dead, Tajik border troops said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 9)))
    assert set(found) == {"Kök-Tash"}
    assert (found["Kök-Tash"].fatalities, found["Kök-Tash"].injured) == (1, 1)


def test_besides_opens_a_count_of_more_people():
    read = pack_for("ru").read_figures
    found = read("Кроме того, ударом по мечети в той же общине убиты 9 мирных жителей.")
    assert [(f.measure, f.value, f.additive) for f in found] == [("fatalities", 9, True)]


# --- event words -------------------------------------------------------------------------------------------------


def test_the_use_of_weapons_is_an_armed_clash():
    en, ru = pack_for("en"), pack_for("ru")
    assert clause_types("an incident involving the use of weapons took place on the border", en) == ["armed_clash"]
    assert clause_types("in the course of which one of the sides used weapons", en) == ["armed_clash"]
    assert clause_types("в ходе которой одна из сторон применила оружие", ru) == ["armed_clash"]
    assert clause_types("произошел инцидент с применением оружия", ru) == ["armed_clash"]
    # (not without weapons, nor cases counted)
    assert "armed_clash" not in clause_types("нарушитель задержан без применения оружия", ru)
    assert clause_types("с начала года не зарегистрировано ни одного случая применения оружия", ru) == []
    assert clause_types("no case of the use of weapons has been recorded since May", en) == []


def test_houses_destroyed_by_fire_are_an_event_and_a_drone_is_named_bla():
    en, ru = pack_for("en"), pack_for("ru")
    assert clause_types("more than 20 houses have been destroyed by fire in the village", en) == [
        "border_incident_protest"]
    assert clause_types("в результате ударов БЛА по зданию школы погибли мирные жители", ru)[0] == "air_drone_strike"


def test_an_area_that_saw_fighting_in_past_wars_tells_no_event():
    assert clause_types("The area saw heavy fighting in both of the recent border wars.", pack_for("en")) == []


# --- where -------------------------------------------------------------------------------------------------------


def test_a_lede_that_names_the_scene_places_the_fight_told_next(geoparser):
    text = ("The Border Service reported details of the conflict that occurred the day before at the entrance to "
            "Vorukh village.\n\n"
            "According to the service, an incident with the use of weapons took place on the border on May 14. "
            "Four people were injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 15)))
    assert set(found) == {"Vorukh"}
    assert found["Vorukh"].injured == 4


def test_a_village_the_gazetteer_lacks_is_the_scene_mapped_at_its_district(geoparser):
    text = ("Сегодня, 3 июня, на кыргызско-таджикском участке границы произошел инцидент. Об этом сообщает "
            "Пограничная служба.\n\n"
            "По данным ведомства, примерно в 10:40 недалеко от населенного пункта Тамчы-Булак Лейлекского района "
            "Баткенской области наряд заметил граждан Таджикистана, которые пасли скот на территории КР. Граждане "
            "Таджикистана начали закидывать камнями военнослужащих.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 3), lang="ru"))
    # («населенного пункта» is a settlement's cue: the village keeps its name, at its district's point)
    assert set(found) == {"Tamchy-Bulak"}
    assert found["Tamchy-Bulak"].place.stand_in_unit == "Leilek District"


def test_a_region_named_as_the_other_party_s_home_is_no_scene(geoparser):
    text = ("ДУШАНБЕ, 20.03.2024 /НИАТ «Ховар»/. Примерно в 15:00 жители кишлака Аксай перекрыли дорогу у въезда в "
            "джамоат Ворух и начали забрасывать камнями граждан Таджикистана. Граждане РТ были вынуждены "
            "обороняться от нападения граждан Баткенской области. В результате ранен житель джамоата Ворух.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 20), lang="ru"))
    assert "Batken Region" not in found
    assert "Vorukh" in found


def test_the_head_of_an_office_in_a_region_speaks_from_it(geoparser):
    text = ("The head of border protection in Kyrgyzstan's southern Batken Province, Nurbek Asanov, said the "
            "Tajik side started the shooting near Kok-Tash.")
    assert ("Batken Province", "context") in roles_of(geoparser, text, "en")


def test_the_spellings_of_leilek_and_ovchi_kalacha_in_border_statements(geoparser):
    text = ("25 июля в местности Ак-Суу Ляйлякского района таджикские пограничники пытались установить пост. "
            "Жители села Овча-Калача пытались разрушить мост.")
    names = {name for name, _ in roles_of(geoparser, text, "ru")}
    assert {"Ляйлякского района", "Овча-Калача"} <= names


# --- pages -------------------------------------------------------------------------------------------------------


def test_links_to_other_stories_after_a_run_on_line_are_no_news(geoparser):
    text = ("Traffic resumed on Batken - Isfana road\n\n"
            "Another clash on the Kyrgyzstan - Tajikistan border occurred on July 22 near Vorukh. As a result of the "
            "conflict, 12 people were injured.\nviews: 140\nPrint\nRelated\n"
            "Border conflict: More than 500 residents of Ak-Sai village evacuated\n"
            "Border conflict: Talks completed")
    found = incidents_of(geoparser, text, dt.date(2019, 7, 25))
    assert all(incident.displaced is None for incident in found)
    assert "Ak-Sai" not in by_place(found)


def test_an_incident_told_at_a_distance_from_a_community_s_centre_is_the_community_s(geoparser):
    text = ("Пограничники задержали двух пастухов\n\n"
            "Душанбе, 20.10.2024. /«Авеста»/. Кыргызские пограничники задержали двух жителей джамоата Ворух, пасших "
            "скот, и применили к ним физическую силу, сообщили в хукумате Исфаринского района.\n\n"
            "По данным районных властей, инцидент произошел в субботу, 19 октября, около 11:00 на пастбище примерно в "
            "3 километрах к югу от центра джамоата Ворух. Оба пастуха получили ушибы.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 20), lang="ru"))
    assert set(found) == {"Vorukh"}
    assert found["Vorukh"].injured == 2


def test_an_object_that_turned_out_to_be_a_mine_was_found_not_fired():
    ru = pack_for("ru")
    assert clause_types("Подростки заметили в траве металлический предмет, который, как позже выяснилось, оказался "
                        "минометной миной.", ru) == ["casualty_report"]


def test_a_truce_agreed_at_a_meeting_two_sentences_on_is_the_meeting_town_s(geoparser):
    text = ("Border chiefs agree ceasefire after shooting near Arka\n\n"
            "BISHKEK, March 8 (Kabar) - A Kyrgyz border guard was wounded on Wednesday in an exchange of fire near "
            "Arka, the Border Service said.\n\n"
            "On Thursday, March 7, a meeting of the heads of the border detachments was held at 11.00 in the town of "
            "Isfara in Sughd region of Tajikistan. The meeting lasted about two hours. The sides agreed on a complete "
            "ceasefire along the entire border.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 8)))
    assert "ceasefire_agreement" in found["Isfara"].event_types
    assert "Sughd Region" not in found
