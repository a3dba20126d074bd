"""One wounded man told without his side, treated in a town of his own country, summed with the other side's own count;
and the mourners of a dead man, no count of the dead. The texts are written for these tests."""

from __future__ import annotations

import datetime as dt

from geo.language import LANGUAGE_PACKS
from tests.test_counted_and_typed import incidents_of

DAY = dt.date(2022, 7, 21)


def test_one_wounded_man_taken_to_a_kyrgyz_town_beside_the_tajik_side_s_own(geoparser):
    text = ("A Kyrgyz conscript was killed at the Kok-Tash border post on Tuesday when Tajik servicemen opened fire on "
            "a patrol, Kyrgyzstan's Border Service said. A 24-year-old sergeant was wounded in the chest and taken to "
            "the hospital in Batken.\n\nTajikistan's border troops said in a statement that a Tajik serviceman was "
            "wounded in the leg.")
    found = incidents_of(geoparser, text, DAY)
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Kök-Tash", 1, 2)]


def test_one_wounded_man_taken_to_a_tajik_town_beside_the_kyrgyz_side_s_own(geoparser):
    text = ("ДУШАНБЕ, 2 авг — Sputnik. 1 августа кыргызские военнослужащие открыли огонь по таджикскому наряду у "
            "Ходжаи Аъло. Один военнослужащий, 22-летний ефрейтор, ранен в ногу и доставлен в центральную больницу "
            "Исфары.\n\nПограничная служба Кыргызстана заявила: «В результате обстрела ранен один наш "
            "военнослужащий».")
    found = incidents_of(geoparser, text, dt.date(2021, 8, 2), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Khoja-Alo", 2)]


def test_the_same_man_told_twice_by_his_own_side_is_one(geoparser):
    text = ("A Kyrgyz sergeant was wounded at the Kok-Tash border post on Tuesday and taken to the hospital in Batken. "
            "Kyrgyzstan's Border Service said one of its servicemen had been wounded.")
    assert [i.injured for i in incidents_of(geoparser, text, DAY)] == [1]


def test_the_mourners_of_a_dead_man_are_no_count_of_the_dead():
    read = LANGUAGE_PACKS["ru"].read_figures
    text = ("Более тысячи человек пришли 2 августа проститься с 20-летним таджикским пограничником, погибшим накануне "
            "вечером у Ходжи-Али.")
    assert [(f.measure, f.value) for f in read(text)] == []
    assert [(f.measure, f.value) for f in read("Двое пограничников, погибших накануне, похоронены в родных селах.")] \
        == [("fatalities", 2)]
