"""Stories whose fight names no place of its own: wire copy from Moscow and the agencies, regional features.

The texts are written for these tests, in the styles of the international wires (a lede of figures, then "The
conflict reportedly began near ..."), of the Moscow press («на баткенском участке границы», «киргизская сторона»)
and of regional features that define their village once («X — село в ... айыл окмоту ... района»). In each, the
event's sentence names no place, or names the place by a stretch of the border or an adjective; the tests check
that the event is placed where the story puts it, and not where it is only mentioned.
"""

from __future__ import annotations

import datetime as dt

from geo.articles.model import Article
from geo.language import get_pack
from geo.language.en.cues import DIED_OF_WOUNDS
from geo.language.ru.inflect import case_forms
from tests.test_counted_and_typed import by_place, incidents_of, place_names


# --- where the story says the fight began ------------------------------------------------------------------------------


def test_the_conflict_reportedly_began_near_the_city_places_the_lede(geoparser):
    text = ("Guards wounded in border fighting\n\n"
            "MOSCOW (AP) - A gunfight between Tajik and Kyrgyz border units has wounded at least five people, news "
            "sites in both countries said on Tuesday.\n\n"
            "The conflict reportedly began near the Kyrgyz city of Batken after a quarrel over a water pipe.\n\n"
            "Neither government has commented.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 6, 13)))
    assert sorted(found) == ["Batken"]
    assert found["Batken"].injured == 5


def test_an_adverb_of_hearsay_alone_does_not_make_a_background_place_a_scene(geoparser):
    text = ("Talks on the border\n\n"
            "Delegations met in Batken on Tuesday to discuss the demarcation of the remaining sections. "
            "The talks reportedly began in the city of Batken at 10 a.m.")
    assert incidents_of(geoparser, text, dt.date(2023, 6, 13)) == []


def test_opened_up_with_rifles_is_fire_at_the_village(geoparser):
    text = ("Post fired on\n\n"
            "BISHKEK, May 4 (Reuters) - Tajik troops opened up with automatic rifles on a Kyrgyz post at the edge of "
            "Ak-Sai on Thursday morning, the border service said. Nobody was hurt.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 4)))
    assert sorted(found) == ["Ak-Sai"]
    assert found["Ak-Sai"].event_type == "armed_clash"


def test_opened_up_with_mortars_is_not_read_as_small_arms_fire(geoparser):
    text = ("Shelling\n\n"
            "BISHKEK, May 4 (Reuters) - Tajik troops opened up with mortars on Ak-Sai on Thursday morning, the border "
            "service said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 4)))
    assert found["Ak-Sai"].event_type == "shelling_artillery"


# --- the scene named in the sentence before ---------------------------------------------------------------------------


def test_a_crossing_near_a_village_then_fire_is_a_fight_at_the_village(geoparser):
    text = ("Dushanbe accuses Bishkek over border shooting\n\n"
            "Tajikistan on Sunday accused Kyrgyzstan of starting a shootout on its border.\n\n"
            "The two countries share a poorly marked frontier of some 970 kilometres.\n\n"
            "The Tajik foreign ministry said that on Saturday a Kyrgyz patrol had crossed the line near the village of "
            "Vorukh.\n\n"
            "Ordered to turn back, the patrol refused and opened fire, the ministry said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 7, 16)))
    assert sorted(found) == ["Vorukh"]
    assert found["Vorukh"].date_start == dt.date(2023, 7, 15)


# --- the lede's harm and the story's village --------------------------------------------------------------------------


def test_the_undated_lede_of_a_brawl_goes_to_the_village_the_story_names(geoparser):
    text = ("(без заголовка)\n\n"
            "Четыре киргизстанца получили травмы в результате бытового конфликта между жителями приграничных сел "
            "Киргизии и Таджикистана. Об этом во вторник, 10 мая, сообщает агентство со ссылкой на пресс-службу "
            "погранслужбы Киргизии.\n"
            "В результате противостояния на киргизской территории повреждены три дома. В ходе конфликта произошло "
            "столкновение, в котором около ста жителей приграничных сел забрасывали друг друга камнями.\n"
            "Конфликт начался с возмущения жителей киргизского села Кок-Таш. Они обиделись на соседей из таджикского "
            "села.\n"
            "Жители разошлись лишь около двух часов ночи после бесед с местными властями.\n")
    found = by_place(incidents_of(geoparser, text, dt.date(2016, 5, 10), lang="ru"))
    assert sorted(found) == ["Kök-Tash"]
    assert found["Kök-Tash"].injured == 4


def test_harm_told_only_in_a_later_background_paragraph_places_no_story(geoparser):
    text = ("Village life in Ak-Sai\n\n"
            "Ak-Sai is a village of apricot orchards on the Kyrgyz side of the line.\n\n"
            "Farmers here sell most of their crop in Batken.\n\n"
            "Videos shared on social networks had been described as a Tajik drone, officials said.")
    assert incidents_of(geoparser, text, dt.date(2023, 8, 23)) == []


# --- a village defined once, then named in other cases ----------------------------------------------------------------


def test_an_adjectival_village_defined_with_its_rural_unit_is_the_scene_in_every_case(geoparser):
    text = ("Драка у арыка\n\n"
            "Сетку вдоль арыка на окраине Интернационального начали ставить в понедельник.\n\n"
            "Интернациональное — село в Кулундуйском айыл окмоту Лейлекского района.\n\n"
            "Во вторник утром жители Интернационального вышли к арыку, в ход пошли палки и камни. "
            "В драке пострадали три жителя Интернационального.\n")
    found = incidents_of(geoparser, text, dt.date(2023, 5, 18), lang="ru")
    assert [i.place.name_ru for i in found] == ["Интернациональное"]
    assert found[0].injured == 3


def test_an_adjective_alone_declines_only_when_asked():
    assert case_forms("Интернациональное", adjective_alone=True) == [
        "Интернационального", "Интернациональному", "Интернациональным", "Интернациональном"]
    assert case_forms("Первомайский", adjective_alone=True)[0] == "Первомайского"
    # the gazetteer's index does not ask: «Советского», «Красной» are no places in running text
    assert case_forms("Майское") == []
    assert case_forms("Ворух", adjective_alone=True) == case_forms("Ворух")


# --- a stretch of the border named by a district's adjective ----------------------------------------------------------


def test_a_lower_case_stretch_of_the_border_is_the_district_where_nothing_else_is_named(geoparser):
    text = ("Захарова: Москва следит за ситуацией\n\n"
            "МОСКВА, 12 мая. Москва следит за ситуацией на границе Киргизии и Таджикистана, заявили в МИД России.\n\n"
            "Ранее погранслужбы сообщили о перестрелке на лейлекском участке границы. По данным минздрава Киргизии, "
            "ранения получили шесть человек.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 5, 12), lang="ru"))
    assert sorted(found) == ["Leilek District"]
    assert found["Leilek District"].injured == 6


def test_a_stretch_gives_way_to_the_village_the_article_names(geoparser):
    text = ("Перестрелка у Максата\n\n"
            "БИШКЕК, 12 мая. Перестрелка произошла на лейлекском участке границы. Огонь велся по селу Максат, "
            "ранения получили два человека.")
    assert place_names(incidents_of(geoparser, text, dt.date(2022, 5, 12), lang="ru")) == ["Maksat"]


def test_a_stretch_of_two_countries_is_no_district(geoparser):
    text = ("Перестрелка на границе\n\n"
            "БИШКЕК, 12 мая. Перестрелка произошла на кыргызско-таджикском участке границы, ранения получили два "
            "человека.")
    assert incidents_of(geoparser, text, dt.date(2022, 5, 12), lang="ru") == []


# --- figures of the wires --------------------------------------------------------------------------------------------


def test_people_counted_by_their_demonym():
    read = get_pack("en").read_figures
    assert [(f.measure, f.value, f.side) for f in read("the mayor's office said three Tajiks were killed and 31 were "
                                                         "injured")] == [("fatalities", 3, "TJ"), ("injured", 31, "TJ")]
    assert [(f.measure, f.value, f.side) for f in read("Five Kyrgyzstanis were injured.")] == [("injured", 5, "KG")]
    assert read("two Kyrgyz villages were shelled") == []


def test_wounded_evacuated_to_a_named_hospital_are_not_displaced():
    read = get_pack("en").read_figures
    assert read("Two privates aged 20 and 21 were evacuated to the Leilek district territorial hospital in Isfana.") \
        == []
    assert [(f.measure, f.value) for f in read("About 300 residents were evacuated to a school in Batken.")] == [
        ("displaced", 300)]


def test_a_hurt_man_who_has_died_is_read_as_died_of_wounds():
    sentence = ("A resident of Kulkand who was hurt in Sunday's mass brawl with villagers from across the border has died, "
                "the health department said.")
    assert DIED_OF_WOUNDS.search(sentence) is not None


# --- a village's country ----------------------------------------------------------------------------------------------


def test_a_country_named_for_the_media_is_not_the_village_s(geoparser):
    text = ("Canal brawl\n\n"
            "DUSHANBE, July 24 - Five residents of the village of Kulkand were injured in a brawl with villagers from "
            "across the border on Sunday. Kulkand, the centre of the jamoat of the same name, lies east of Isfara.\n\n"
            "The administration of Batken district told Kyrgyz media that Kulkand residents threw stones first.")
    parsed = geoparser.parse(Article(id="t", text=text, date=dt.date(2018, 7, 24), lang="en"))
    countries = {m.place.country_code for m in parsed.mentions if m.text == "Kulkand" and m.place is not None}
    assert countries == {"TJ"}


# --- truces and dates -------------------------------------------------------------------------------------------------


def test_a_truce_at_a_crossing_with_reinforcements_pulled_back_is_at_the_crossing(geoparser):
    text = ("Truce\n\n"
            "BISHKEK, Oct 15 - The commanders met at the Kyzyl-Bel crossing point and agreed to stop shooting and pull "
            "reinforcements back from the line, both sides said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2020, 10, 15)))
    assert found["Kyzyl-Bel"].event_type == "ceasefire_agreement"


def test_an_earlier_report_does_not_date_the_undated_lede(geoparser):
    text = ("Стрельба на границе\n\n"
            "Ещё несколько сел на границе подверглись обстрелу. Обстрел ведется в местностях Кулунду и Максат "
            "Лейлекского района.\n\n"
            "Ранее в погранслужбе заявили об очередной перестрелке.\n\n"
            "14 сентября в Киргизии сообщили о перестрелке с пограничниками на границе с Таджикистаном.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 9, 16), lang="ru"))
    assert found["Kulundu"].date_end >= dt.date(2022, 9, 15)


# --- stretches, sections and detachments ------------------------------------------------------------------------------


def test_the_border_as_a_whole_gives_way_to_the_stretch_its_sentence_names(geoparser):
    text = ("Guard killed on Kyrgyz-Tajik border\n\n"
            "BISHKEK, May 23 (Xinhua) -- One Kyrgyz border guard was killed in a shootout on the Leilek section of the "
            "Kyrgyz-Tajik border, the border service said on Monday.")
    found = by_place(incidents_of(geoparser, text, dt.date(2016, 5, 23)))
    assert sorted(found) == ["Leilek District"]
    assert found["Leilek District"].fatalities == 1


def test_a_detachment_s_section_is_its_district(geoparser):
    ru = ("Перестрелка на границе\n\n"
          "БИШКЕК, 31 марта. В субботу, 30 марта, около 22:00 на участке Баткенского пограничного отряда киргизские и "
          "таджикские пограничники обменялись огнём из автоматического оружия.")
    assert place_names(incidents_of(geoparser, ru, dt.date(2024, 3, 31), lang="ru")) == ["Batken District"]
    en = ("Shootout\n\n"
          "BISHKEK, March 31 - On Saturday, guards exchanged fire on the section of the Batken border detachment, no one "
          "was hurt.")
    assert place_names(incidents_of(geoparser, en, dt.date(2024, 3, 31))) == ["Batken District"]


def test_an_exchange_of_fire_in_russian_is_fighting(geoparser):
    text = "Перестрелка\n\nБИШКЕК, 31 марта. В субботу около 22:00 у села Ак-Сай пограничники обменялись огнём."
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 31), lang="ru"))
    assert found["Ak-Sai"].event_type == "armed_clash"


def test_a_district_dated_to_a_day_of_its_own_is_an_event_beside_its_village(geoparser):
    text = ("Беспилотник и перестрелка\n\n"
            "В среду, 3 апреля, беспилотник сбросил боеприпас на пастбище у села Ак-Сай Баткенского района, ранен "
            "чабан.\n\n"
            "В субботу, 30 марта, на участке Баткенского пограничного отряда пограничники обменялись огнём, "
            "пострадавших не было.")
    assert place_names(incidents_of(geoparser, text, dt.date(2024, 4, 4), lang="ru")) == ["Ak-Sai", "Batken District"]


def test_a_district_on_the_day_of_its_village_still_gives_way(geoparser):
    text = ("Обстрел\n\n"
            "В среду, 3 апреля, в Баткенском районе был обстрел. В среду, 3 апреля, обстрелу подверглось село Ак-Сай, "
            "ранен чабан.")
    assert place_names(incidents_of(geoparser, text, dt.date(2024, 4, 4), lang="ru")) == ["Ak-Sai"]


# --- what is no incident ----------------------------------------------------------------------------------------------


def test_no_armed_incident_since_the_treaty_is_no_incident(geoparser):
    ru = ("Погранзнаки\n\n"
          "ДУШАНБЕ, 18 февраля. По данным ведомства, с момента подписания договора на исфаринском участке не "
          "зафиксировано ни одного вооруженного инцидента.")
    assert incidents_of(geoparser, ru, dt.date(2026, 2, 18), lang="ru") == []
    en = ("Bus route reopens\n\n"
          "BATKEN - Under the deal, near Lakkon, 55 hectares went to Kyrgyzstan on Tuesday. Border officials said that no "
          "shooting incidents had been recorded this year.")
    assert incidents_of(geoparser, en, dt.date(2026, 4, 22)) == []


def test_no_displacement_reported_is_no_evacuation(geoparser):
    text = ("Bulletin\n\n"
            "The Red Crescent Society of Tajikistan informed the IFRC on Tuesday that no displacement has been reported "
            "in Bobojon Ghafurov district.")
    assert incidents_of(geoparser, text, dt.date(2023, 5, 16)) == []


def test_the_toll_of_a_truck_that_hit_a_customs_post_is_no_border_incident(geoparser):
    text = ("Перестрелка у Кеха\n\n"
            "Ранее стало известно, что семь человек погибли и семеро пострадали при наезде грузовика на здание "
            "таможенного поста в Баткенской области.")
    assert incidents_of(geoparser, text, dt.date(2022, 6, 14), lang="ru") == []


def test_a_rural_district_a_village_belongs_to_is_no_second_scene(geoparser):
    text = ("Mortar fire\n\n"
            "According to Kyrgyzstan's Border Service, Tajik forces began firing mortars at about 10:50 p.m. on "
            "Wednesday at the village of Tamdyk, which belongs to the Ak-Sai rural district of Batken district. A "
            "58-year-old woman was killed in her home.")
    found = incidents_of(geoparser, text, dt.date(2022, 7, 28))
    assert [i.place.name for i in found] == ["Tamdyk"]
    assert found[0].fatalities == 1
