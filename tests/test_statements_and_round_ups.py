"""Statements dated apart from the events they tell, weekly round-ups and briefings, local heads quoted, sub-counts
of other measures (the detained, the hospitalised) and herders who move their flocks (held-out batch 90, scored
blind, then studied), with a left case of batch 89 that shares a rule. The texts are written for these tests; none
is a devset article."""

from __future__ import annotations

import datetime as dt

from geo.incidents.events import clause_types
from geo.language import pack_for
from geo.language.en.numbers import read_figures as read_en
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, figures_of, incidents_of

EN, RU = pack_for("en"), pack_for("ru")


# --- Sub-counts of other measures ---

def test_of_the_detained_those_hurt_are_a_count():
    assert ("injured", 2, None) in figures_of(read_ru, "Трое жителей задержаны, двое из них ранены.")
    assert ("injured", 2, None) in figures_of(
        read_ru, "По его словам, при задержании мужчин избили, двое из них обратились за медицинской помощью.")


def test_of_the_wounded_those_hospitalised_are_part_of_them():
    assert figures_of(read_ru, "Пятеро ранены, двое из них госпитализированы.") == [("injured", 5, None)]
    assert figures_of(read_ru, "Все трое получили медицинскую помощь, один госпитализирован с травмой головы.") == [
        ("injured", 3, None)]
    assert read_ru("По информации медиков, двое из раненых после оказания помощи уже выписаны.") == []


def test_a_count_of_the_hurt_before_the_detained_keeps_them_apart():
    assert figures_of(read_ru, "Пятеро ранены, трое задержаны, двое из них получили травмы.") == [
        ("injured", 5, None), ("detained", 3, None)]


# --- Stated zeros ---

def test_zeros_with_thanks_to_god_are_zeros():
    assert {(m, v) for m, v, _ in figures_of(read_ru, "Погибших и раненых, слава богу, нет.")} == {
        ("fatalities", 0), ("injured", 0)}
    assert figures_of(read_ru, "Погибших, к счастью, нет.") == [("fatalities", 0, None)]


def test_people_who_did_not_leave_their_homes_are_a_zero():
    assert figures_of(read_en, "People in Samarkandyk did not leave their homes, but they are staying indoors.") == [
        ("displaced", 0, None)]


# --- Sides ---

def test_the_side_after_the_number_of_people_injured():
    assert figures_of(read_en, "the number of people injured on the Kyrgyz side had risen to five") == [
        ("injured", 5, "KG")]


def test_a_jamoat_speaks_for_the_tajik_side():
    assert RU.sides["TJ"].search("сообщил председатель джамоата Назрулло Холов")
    assert not RU.sides["KG"].search("сообщил председатель джамоата Назрулло Холов")


# --- Types and dates ---

def test_a_quotation_opened_after_fired_is_fire():
    assert clause_types('servicemen of the Tajik side had fired "from small arms in the direction of the village"',
                        EN) == ["armed_clash"]


def test_a_period_of_months_counted_is_dated():
    days = [(d.window.start, d.window.end) for d in RU.find_dates(
        "Он напомнил, что за январь и февраль на границе было зафиксировано семь инцидентов.", dt.date(2024, 3, 15))]
    assert days and days[0][0] == dt.date(2024, 1, 1)


def test_the_toll_s_cause_told_in_the_next_sentence_types_it(geoparser):
    text = ("За неделю на границе в Исфаринском районе произошли два инцидента. Об этом в пятницу, 15 марта, сообщил "
            "представитель Пограничных войск.\n\n"
            "Выстрел на пастбище. По словам представителя, в понедельник, 11 марта, около 16:30 на пастбище в верхней "
            "части джамоата Чоркух был ранен 34-летний чабан, житель Чоркуха. «Выстрел был произведен с кыргызской "
            "стороны, с расстояния примерно 600 метров. Пуля попала пастуху в плечо», — рассказал он. Раненого "
            "доставили в центральную больницу Исфары.\n\n"
            "Драка у дороги. Второй инцидент произошел в среду, 13 марта, в Ворухе. Около 19:00 между жителями Воруха "
            "и соседнего кыргызского села Ак-Сай возникла ссора, которая переросла в массовую драку. Стороны "
            "забрасывали друг друга камнями. «Пострадали трое жителей Воруха», — сообщил он.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 15), lang="ru"))
    assert (found["Chorkuh"].event_type, found["Chorkuh"].injured) == ("armed_clash", 1)
    assert found["Vorukh"].event_type == "border_incident_protest"


def test_the_second_incident_dated_before_its_place(geoparser):
    text = ("За неделю на границе произошли два инцидента, сообщил в пятницу представитель ведомства.\n\n"
            "В понедельник, 11 марта, у села Чоркух был ранен чабан. Выстрел был произведен с кыргызской стороны.\n\n"
            "Второй инцидент произошел в среду, 13 марта, в Ворухе. Около 19:00 между жителями Воруха и соседнего "
            "кыргызского села Ак-Сай возникла драка, стороны забрасывали друг друга камнями. Пострадали трое "
            "жителей Воруха.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 15), lang="ru"))
    assert found["Vorukh"].date_start == dt.date(2024, 3, 13)


def test_a_ministry_statement_issued_later_dates_nothing(geoparser):
    text = ("Министерство иностранных дел Республики Таджикистан 10 июня распространило заявление в связи с обстрелом "
            "населенного пункта Ходжаи Аъло, совершенного 8 июня с территории Кыргызской Республики.\n\n"
            "Как говорится в заявлении, 8 июня примерно в 17:20 военнослужащие открыли огонь из минометов по жилым "
            "кварталам Ходжаи Аъло. В результате обстрела три жителя села получили ранения.")
    found = incidents_of(geoparser, text, dt.date(2022, 6, 10), lang="ru")
    assert [(i.place.name, i.date_start) for i in found] == [("Khoja-Alo", dt.date(2022, 6, 8))]
    assert found[0].injured == 3


# --- Places ---

def test_where_the_treated_received_medical_help_is_no_scene(geoparser):
    text = ("A quarrel over irrigation water turned into a fight on the southern outskirts of Vorukh on Tuesday, "
            "April 16. The two groups threw stones at each other.\n\n"
            "Two residents of Vorukh were hurt with head injuries, the administration said.\n\n"
            "Kyrgyz media reported that one resident of Ak-Sai was also injured and received medical help in Batken.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 20)))
    assert "Batken" not in found
    assert found["Vorukh"].injured == 3


def test_a_quarter_told_as_part_of_the_village_is_the_village(geoparser):
    text = ("On Monday, July 10, at 20:15, servicemen of the Kyrgyz border outpost fired from automatic weapons in the "
            "direction of the outskirts of the village of Surkh.\n\n"
            "The chairman of Surkh jamoat said that after the shooting the local authorities moved the residents of the "
            "Navobod neighbourhood, the part of the village closest to the border, to the building of a school. "
            '"Forty-six people spent the night in the school," he said.')
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 7, 12)))
    assert set(found) == {"Surkh"}
    assert found["Surkh"].displaced == 46


def test_the_trouble_that_began_at_a_site_of_the_village(geoparser):
    text = ("A quarrel between traders on October 22 escalated into an exchange of fire between Kyrgyz and Tajik "
            "border guards that left seven people wounded.\n\n"
            "The trouble began on Sunday afternoon at the bazaar in Samarkandyk, a Kyrgyz village in Batken district "
            "that sits on the left bank of the Isfara River, directly across from the Tajik villages of Chorkuh and "
            "Surkh.\n\n"
            "According to the Kyrgyz Border Service, at about 14:30 an argument over the price of onions turned into a "
            "fistfight. Tajik servicemen at a post on the opposite bank then fired at the bazaar.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 24)))
    assert found["Samarkandyk"].injured == 7
