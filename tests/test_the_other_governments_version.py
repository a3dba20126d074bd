"""The other government's version of a fight: where it puts the fight, whom it counts, and the villages it names.

The texts are written for these tests, in the styles of the wire copy and the regional first reports that give both
governments' accounts of one brawl (the Kyrgyz police's, then the Tajik border troops' or the Sughd administration's).
"""

from __future__ import annotations

import datetime as dt

from tests.test_counted_and_typed import by_place, incidents_of

DAY = dt.date(2024, 9, 24)

ENGLISH_QUARREL = (
    "Stones through a shop window\n\n"
    "On the evening of Monday, September 23, a quarrel between young men from Jar-Kyshtak, a village of the Ak-Sai "
    "rural district, and from the neighboring Tajik village of Dehcha in Isfara district ended with stones thrown at a "
    "shop on Jar-Kyshtak's main street. Its windows were smashed, the Batken district police department said. Two "
    "residents of Jar-Kyshtak were treated for cuts at the Batken hospital.\n\n"
    "{version}")


def test_the_other_party_s_village_where_the_other_government_puts_the_fight_is_no_second_incident(geoparser):
    text = ENGLISH_QUARREL.format(version=(
        "Tajikistan's border troops said the Jar-Kyshtak youths had come to Dehcha first and that one resident of "
        "Dehcha was hurt in the scuffle."))
    found = by_place(incidents_of(geoparser, text, DAY))
    assert sorted(found) == ["Jar-Kyshtak"]
    # each government's own hurt, summed: two Kyrgyz and one Tajik
    assert found["Jar-Kyshtak"].injured == 3


def test_an_account_given_with_saying_is_the_other_government_s_version(geoparser):
    text = ENGLISH_QUARREL.format(version=(
        "The administration of Tajikistan's Sughd region gave a different account, saying that Kyrgyz youths had "
        "attacked residents of Dehcha who were mending a fence. Two residents of Dehcha were injured by stones, it "
        "said."))
    found = by_place(incidents_of(geoparser, text, DAY))
    assert sorted(found) == ["Jar-Kyshtak"]
    assert found["Jar-Kyshtak"].injured == 4


def test_a_village_the_other_government_names_in_another_section_is_its_own_incident(geoparser):
    # (under its own heading, a later fire at the other party's village is a story of its own, not a version)
    text = ENGLISH_QUARREL.format(version=(
        "A fire in Dehcha\n\n"
        "On Thursday night a haystack was set on fire in Dehcha, Tajikistan's border troops said, blaming residents "
        "of the neighboring Kyrgyz village."))
    found = by_place(incidents_of(geoparser, text, DAY))
    assert sorted(found) == ["Dehcha", "Jar-Kyshtak"]


def test_the_other_party_s_village_with_an_event_at_an_hour_of_its_own_is_its_own_incident(geoparser):
    # (the version rule reads the other government's place for the same fight; a fire there hours later is another)
    text = ENGLISH_QUARREL.format(version=(
        "But at about 2:00 am on Tuesday a haystack was set on fire in Dehcha, the Tajik side said."))
    found = by_place(incidents_of(geoparser, text, DAY))
    assert sorted(found) == ["Dehcha", "Jar-Kyshtak"]


RUSSIAN_QUARREL = (
    "Драка на границе\n\n"
    "Вечером в понедельник ссора между молодыми людьми из села Жар-Кыштак Ак-Сайского айыл окмоту и соседнего "
    "таджикского села Дехча Исфаринского района закончилась тем, что камнями были разбиты окна магазина, сообщило "
    "УВД Баткенского района. Двое жителей Жар-Кыштака получили травмы.\n\n"
    "Пограничные войска Таджикистана заявили, что молодые люди из Жар-Кыштака первыми пришли в Дехчу, и в драке "
    "пострадал один житель Дехчи.")


def test_a_russian_quarrel_between_young_men_of_two_villages_is_at_the_first_named(geoparser):
    found = by_place(incidents_of(geoparser, RUSSIAN_QUARREL, DAY, lang="ru"))
    assert sorted(found) == ["Zhar-Kyshtak"]
    assert found["Zhar-Kyshtak"].injured == 3


def test_a_village_with_an_aiyl_okmotu_after_it_is_kyrgyz_whatever_unit_is_named_nearer(geoparser):
    # «Ак-Сайского айыл окмоту» is a Kyrgyz unit the gazetteer may not hold; Isfara district, named nearer, is the
    # other village's
    found = by_place(incidents_of(geoparser, RUSSIAN_QUARREL, DAY, lang="ru"))
    place = found["Zhar-Kyshtak"].place
    assert (place.country_code, place.stand_in_unit) == ("KG", "Batken District")
