"""Places first reports name without a settlement's noun ("near Kapchygay", «возле Капчыгая», "at Bujum"), places the
gazetteer gives a far namesake, and posts given only by their border detachment. The texts are written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.articles import Article
from geo.language.ru.inflect import nominative_of_genitive
from tests.test_counted_and_typed import incidents_of, place_names
from tests.test_stand_ins import DAY, _mention


def place_names(found):
    return [(i.place.name, i.event_type) for i in found]


# -- bare names after a preposition of place -------------------------------------------------------------------------


def test_a_village_after_near_is_mapped_at_its_district(geoparser):
    text = ("Shots were fired near Kapchygay in Batken district on Tuesday, wounding two Kyrgyz border guards, the "
            "border service said.")
    found = incidents_of(geoparser, text, DAY)
    assert [(i.place.name, i.injured, i.geo_precision) for i in found] == [("Kapchygay", 2, 2)]
    assert found[0].place.stand_in_unit == "Batken District"


def test_a_russian_village_after_vozle_is_named_in_the_nominative(geoparser):
    text = ("БАТКЕН, 14 мая — Sputnik. Возле Капчыгая в Баткенском районе в понедельник произошла перестрелка, "
            "ранены двое пограничников.")
    found = incidents_of(geoparser, text, DAY, lang="ru")
    assert [(i.place.name, i.place.name_ru, i.injured) for i in found] == [("Kapchygay", "Капчыгай", 2)]


def test_a_compound_name_after_u_is_a_place(geoparser):
    text = ("ДУШАНБЕ, 14 мая — Sputnik. Вечером кыргызские военнослужащие открыли огонь по наряду, который "
            "патрулировал участок у Ходжи-Али, ранен один пограничник. Ходжи-Али расположено в джамоате Чоркух "
            "Исфаринского района.")
    found = incidents_of(geoparser, text, DAY, lang="ru")
    assert [(i.place.name_ru, i.injured) for i in found] == [("Ходжи-Али", 1)]
    assert found[0].place.stand_in_unit == "Chorkuh"


def test_a_village_after_at_with_its_district_named_later(geoparser):
    text = ("A Kyrgyz conscript was killed at Bujum before dawn on Tuesday when Tajik servicemen opened fire on a "
            "patrol. The post lies in Batken district.")
    assert place_names(incidents_of(geoparser, text, DAY)) == [("Bujum", "armed_clash")]


@pytest.mark.parametrize("text", [
    "Shots were fired near Zorblatt on Tuesday, wounding two deputies, the sheriff's office said.",
    "Two men were hurt in a fight outside Krindleford on Sunday.",
])
def test_a_bare_name_outside_the_border_zone_is_no_toponym(geoparser, text):
    parsed = geoparser.parse(Article(id="t", text=text, date=DAY, lang="en"))
    assert not [m for m in parsed.mentions if m.text in ("Zorblatt", "Krindleford")]


def test_a_curated_village_named_only_by_its_people_is_read_as_before(geoparser):
    text = ("A brawl broke out at the Khistevarz road in Ghafurov district on Sunday, Tajik police said. The Batken "
            "regional administration said two Arka residents were hurt.")
    assert "Arka" not in [i.place.name for i in incidents_of(geoparser, text, DAY)]


def test_the_country_told_after_a_village_chooses_its_unit(geoparser):
    text = ("On September 28, shots from the Tajik side wounded a herder near Karamyk, the Kyrgyz village that faces "
            "Lakhsh district, the Chong-Alay district administration said.")
    mention = _mention(geoparser, text, "Karamyk")
    assert mention.place.stand_in_unit == "Chong-Alay District" and mention.place.country_code == "KG"


def test_a_village_told_to_be_one_of_a_regions_villages_takes_it_as_its_unit(geoparser):
    text = ("Вечером 8 июля на окраине Кулканда произошла массовая драка между местными жителями и жителями "
            "соседнего кыргызского села. Пострадали три человека, сообщили в аппарате акима Лейлекского района.\n\n"
            "Кулканд — одно из крупных приграничных сел Согдийской области.")
    mention = _mention(geoparser, text, "Кулканда", lang="ru")
    assert mention.place.stand_in_unit == "Sughd Region" and mention.place.country_code == "TJ"


def test_areas_the_gazetteer_lacks_stay_apart_at_a_regions_precision(geoparser):
    text = ("One more conflict occurred in Batken region overnight. Stones were thrown at a car in Zhaka-Oruk area. "
            "About an hour later, stones were thrown at another car in Kocho-Karyn area.")
    assert sorted(i.place.name for i in incidents_of(geoparser, text, DAY)) == ["Kocho-Karyn", "Zhaka-Oruk"]


@pytest.mark.parametrize(("form", "nominative"), [
    ("Капчыгая", "Капчыгай"), ("Борбордука", "Борбордук"), ("Искры", "Искра"), ("Ходжи-Али", "Ходжи-Али"),
    ("Кулунду", "Кулунду"), ("Ак-Сая", "Ак-Сай"),
])
def test_the_nominative_of_a_genitive_place_name(form, nominative):
    assert nominative_of_genitive(form) == nominative


# -- namesakes far away ----------------------------------------------------------------------------------------------


def test_a_village_the_gazetteer_places_far_away_is_mapped_at_its_unit(geoparser):
    text = ("Local residents blocked the road in Leilek district of Batken region on June 3, the police said. After "
            "the conflict, people of both nationalities gathered in Iskra village and blocked the road at night.")
    mention = _mention(geoparser, text, "Iskra")
    assert mention.place.country_code == "KG" and mention.place.stand_in_unit == "Leilek District"


def test_a_mahalla_is_coded_at_its_village(geoparser):
    # a quarter named like a village of another district, and one the gazetteer lacks: the event is the village's
    text = ("ДУШАНБЕ, 28.01.2022 /НИАТ «Ховар»/. 27 января примерно в 18:40 в махалле Сомониён сельского джамоата "
            "Чоркух города Исфары произошел вооружённый конфликт, 10 человек получили ранения.")
    found = incidents_of(geoparser, text, dt.date(2022, 1, 28), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Chorkuh", 10)]
    text = ("Около 19:30 кыргызские военнослужащие открыли огонь по жителям махалли Навбахор джамоата Чоркух, которые "
            "возвращались с полевых работ. Двое получили ранения.")
    found = incidents_of(geoparser, text, dt.date(2022, 1, 28), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Chorkuh", 2)]


def test_a_place_told_far_from_the_scene_is_context(geoparser):
    text = ("The conscript was killed at Bujum in Batken district on Tuesday when Tajik servicemen opened fire on a "
            "patrol.\n\nIskra, a village of some 2,500 people in Leilek district, is a long way from the mountains "
            "where he died.")
    assert [i.place.name for i in incidents_of(geoparser, text, DAY)] == ["Bujum"]


# -- posts given by their detachment ---------------------------------------------------------------------------------


def test_a_post_of_a_detachment_is_coded_at_the_detachments_district(geoparser):
    text = ("DUSHANBE, October 16 — A Tajik border guard was killed when Kyrgyz servicemen opened fire on a post of "
            "the Isfara border detachment on Friday evening, the border troops said.")
    found = incidents_of(geoparser, text, DAY)
    assert [(i.place.name, i.fatalities) for i in found] == [("Isfara District", 1)]


def test_a_russian_post_of_a_detachment(geoparser):
    text = ("Душанбе, 12.09.2023 /АНИ «Ховар»/. 11 сентября военнослужащие Кыргызской Республики открыли огонь по "
            "позициям пограничной заставы Исфаринского пограничного отряда. Сержант получил огнестрельное ранение.")
    found = incidents_of(geoparser, text, dt.date(2023, 9, 12), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Isfara District", 1)]


def test_a_detachment_that_speaks_is_no_scene(geoparser):
    text = ("The Batken border detachment said on Tuesday that the situation on the line was calm after the "
            "shooting near Kok-Tash.")
    assert "Batken District" not in [i.place.name for i in incidents_of(geoparser, text, DAY)]


def test_a_post_fired_at_beside_the_tract_it_was_fired_in(geoparser):
    text = ("БИШКЕК, 14 сентября. «14 сентября в местности Как-Сай Баткенского района пограничники Таджикистана "
            "открыли огонь по пограничникам заставы \"Достук\". Кыргызские пограничники открыли ответный огонь».")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2022, 9, 14), lang="ru")] == ["Kak-Say"]


# -- what is and is not an event -------------------------------------------------------------------------------------


def test_a_stoned_car_is_a_violent_protest(geoparser):
    text = "A car was stoned near Kok-Tash on Monday night, the border service said. Two passengers were hurt."
    assert [(i.place.name, i.event_type, i.injured) for i in incidents_of(geoparser, text, DAY)] == [
        ("Kök-Tash", "border_incident_protest", 2)]


def test_a_verbal_skirmish_is_no_armed_clash(geoparser):
    text = ("A verbal skirmish occurred at Kok-Tash on Monday, after which residents began destroying a fence and "
            "stoning border guards.")
    assert [i.event_type for i in incidents_of(geoparser, text, DAY)] == ["border_incident_protest"]


def test_helicopters_only_seen_over_villages_are_no_event_there(geoparser):
    text = ("По словам полпреда, стрельба началась примерно в 19:00 в селах Кулунду и Максат. Были также замечены "
            "вертолеты таджикской стороны в селах Кок-Таш и Самаркандек.")
    assert sorted(i.place.name for i in incidents_of(geoparser, text, DAY, lang="ru")) == ["Kulundu", "Maksat"]


def test_what_the_family_of_the_dead_is_given_is_no_event(geoparser):
    text = ("ДУШАНБЕ, 3 авг — Sputnik. Таджикский пограничник погиб у Ходжаи Аъло. Семье погибшего выделят квартиру "
            "в Худжанде, сообщили в хукумате.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 8, 3), lang="ru")] == ["Khoja-Alo"]


def test_both_ends_of_a_road_written_with_a_dash_are_no_scene(geoparser):
    text = "Local residents of Leilek district blocked the road Isfana — Andarak at night on Monday."
    assert [i.place.name for i in incidents_of(geoparser, text, DAY)] == ["Leilek District"]


def test_the_toll_of_a_past_clash_named_again_after_its_paragraph(geoparser):
    text = ("A skirmish in the village of Tupakul in Lakhsh district on August 9 left one Kyrgyz citizen dead, "
            "officials said.\n\nClashes occurred several times in 2013 as well. On May 7, 2013, a clash occurred "
            "near the Kyrgyz village of Kok-Tash.\n\nAs a result of the clash, about 60 people from both sides were "
            "injured.")
    found = incidents_of(geoparser, text, dt.date(2014, 8, 12))
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Tupakul", 1, None)]
