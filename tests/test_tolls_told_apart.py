"""Tolls told apart: each government's count of its own people, told in its own words, and how they add up.

A border shooting's toll rarely comes in one sentence. The wire's lede gives a total ("five servicemen were wounded"),
then each government counts its own people in a statement of its own, often without naming its country again ("one of
its servicemen was killed and two others were wounded, the Kyrgyz service said"; "In Dushanbe, Tajikistan's border
troops gave a different account ... One Tajik serviceman was slightly wounded, the statement said"), and later
sentences count parts of the hurt ("one was taken to Osh"). The texts are written for these tests. Each test checks
one reading: whose people a count is, who tells it, and that the sum of each side's own count stands when a total
the article reports bears it out, while a man wounded who then died is counted once, among the dead.
"""

from __future__ import annotations

import datetime as dt

from geo.incidents.model import Figure
from geo.incidents.quantities import fuse_measure
from geo.language import get_pack
from tests.test_counted_and_typed import by_place, figures_of, incidents_of


# --- whose people a count is --------------------------------------------------------------------------------------------


def test_the_side_named_after_a_head_word_is_the_count_s():
    read = get_pack("en").read_figures
    assert figures_of(read, "The two wounded Kyrgyz guards, aged 22 and 31, were taken to the district hospital.") \
        == [("injured", 2, "KG")]
    assert figures_of(read, "Two dead Tajik soldiers were brought to Isfara.") == [("fatalities", 2, "TJ")]
    # (no side named after the head word: none given)
    assert figures_of(read, "Three injured were taken to Batken.") == [("injured", 3, None)]


def test_a_count_of_its_own_servicemen_is_the_side_the_attribution_after_it_names(geoparser):
    text = ("Two border guards killed near Kara-Bak\n\n"
            "BISHKEK, Oct 3 (Reuters) - A Kyrgyz and a Tajik border guard were killed and five other servicemen were "
            "wounded when the two countries' troops exchanged fire on Tuesday near the village of Kara-Bak.\n\n"
            "One of its servicemen, a 27-year-old sergeant, was killed and two others were wounded, the Kyrgyz border "
            "service said in a statement.\n\n"
            "In a separate statement, Tajikistan's border troops said one of their soldiers had been killed and three "
            "wounded. The three wounded were being treated in Isfara, the statement said.")
    incident = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 3)))["Kara-Bak"]
    assert incident.injured == 5
    assert incident.fatalities == 2


def test_the_subject_after_an_opening_adverbial_is_the_sentence_s_speaker(geoparser):
    text = ("Three guards wounded in night shooting\n\n"
            "Bishkek (AFP) - Two Kyrgyz border guards were wounded overnight when Tajik troops opened fire on a "
            "frontier post near the village of Kara-Bak, Kyrgyzstan's border service said on Tuesday.\n\n"
            "The two wounded Kyrgyz guards were taken to the regional hospital in Batken.\n\n"
            "In Dushanbe, Tajikistan's border troops gave a different account, saying Kyrgyz guards had fired first on "
            "a Tajik patrol. One Tajik serviceman was slightly wounded in the arm and was treated at a military "
            "hospital, the statement said.")
    incident = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 15)))["Kara-Bak"]
    assert incident.injured == 3
    assert "claimed by KG" not in incident.figure_rule  # the Tajik count is Dushanbe's own


# --- how the sides' counts add up -----------------------------------------------------------------------------------------


def _injured(value, side=None, text="", order=0, **flags):
    return Figure("injured", value, False, side, text, claimant=side, article_id="a", order=order, **flags)


def test_a_reported_total_that_the_sides_own_counts_sum_to_stands_over_a_later_part():
    figures = [_injured(5, None, "Five border guards were wounded", 1),
               _injured(2, "KG", "two Kyrgyz border guards were wounded", 2),
               _injured(3, "TJ", "three Tajik servicemen were wounded", 3),
               _injured(1, None, "one was taken to Osh", 4)]
    fused = fuse_measure(figures, "injured")
    assert (fused.total, fused.by_side) == (5, {"KG": 2, "TJ": 3})


def test_no_reported_total_bears_out_the_sum_the_lowest_total_stands():
    # (the sides' counts sum to five, but the article's totals are four and one: the lowest is kept, as before)
    figures = [_injured(4, None, "Four border guards were wounded", 1),
               _injured(2, "KG", "two Kyrgyz border guards were wounded", 2),
               _injured(3, "TJ", "three Tajik servicemen were wounded", 3),
               _injured(1, None, "one was taken to Osh", 4)]
    assert fuse_measure(figures, "injured").total == 1


# --- a man wounded who then died ----------------------------------------------------------------------------------------


def test_a_russian_count_of_a_man_wounded_who_died_in_the_same_sentence_is_one_dead_and_no_one_hurt(geoparser):
    ru = get_pack("ru").read_figures
    assert figures_of(ru, "Рядовой срочной службы 2003 года рождения получил тяжёлое ранение в голову и скончался утром "
                          "в районной больнице.") == [("fatalities", 1, None)]
    assert figures_of(ru, "Один пограничник был ранен и позже скончался.") == [("fatalities", 1, None)]
    text = ("Пограничник скончался\n\n"
            "БИШКЕК, 3 октября. Таджикские военнослужащие открыли огонь по кыргызской заставе у села Кара-Бак, "
            "сообщила Пограничная служба. Рядовой срочной службы 2003 года рождения получил тяжёлое ранение в голову и "
            "скончался утром в районной больнице, сообщили в ведомстве.")
    incident = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 3), lang="ru"))["Kara-Bak"]
    assert (incident.fatalities, incident.injured) == (1, None)


def test_a_russian_death_of_another_subject_or_of_a_part_leaves_the_count_of_the_wounded():
    ru = get_pack("ru").read_figures
    assert figures_of(ru, "Двое получили ранения, а один скончался.") == [("injured", 2, None), ("fatalities", 1, None)]
    assert figures_of(ru, "Двое были ранены, и один из них скончался.") \
        == [("injured", 2, None), ("fatalities", 1, None)]


# --- parts of one count ---------------------------------------------------------------------------------------


def test_the_condition_of_some_of_the_hurt_is_no_count_of_its_own(geoparser):
    assert figures_of(get_pack("ru").read_figures, "Состояние двоих пострадавших оценивается как тяжелое.") == []
    text = ("Взрыв в селе\n\n"
            "ИСФАРА, 13 мая. В результате взрыва снаряда в селе Сурх пострадали четыре жителя села, в том числе двое "
            "детей. Состояние двоих пострадавших оценивается как тяжелое, сообщили в больнице.")
    assert by_place(incidents_of(geoparser, text, dt.date(2024, 5, 13), lang="ru"))["Surkh"].injured == 4


def test_a_fatal_wound_is_a_death():
    en = get_pack("en").read_figures
    assert figures_of(en, "According to its statement, a serviceman of the Border Troops, born in 2003, received a "
                          "fatal gunshot wound.") == [("fatalities", 1, None)]
    assert figures_of(en, "Two soldiers received fatal wounds.") == [("fatalities", 2, None)]
    assert figures_of(en, "He received a gunshot wound.") == [("injured", 1, None)]
    ru = get_pack("ru").read_figures
    assert figures_of(ru, "Военнослужащий получил смертельное огнестрельное ранение.") == [("fatalities", 1, None)]
    assert figures_of(ru, "Военнослужащий получил огнестрельное ранение.") == [("injured", 1, None)]


def test_the_hurt_listed_one_by_one_after_a_colon_are_counted_by_the_list():
    en = get_pack("en").read_figures
    assert figures_of(en, "The district administration listed the injured: a 29-year-old man with a broken arm, a "
                          "16-year-old boy with a head wound, and a 60-year-old woman who was hit by a stone.") \
        == [("injured", 3, None)]
    # (one person after a colon is no list)
    assert figures_of(en, "Police said: a 30-year-old man was hurt.") == [("injured", 1, None)]


# --- where a fight told through its villages' people happened ----------------------------------------------------------


def test_the_village_set_as_the_scene_before_its_residents_fight_is_the_scene(geoparser):
    text = ("One pump, two villages\n\n"
            "BATKEN, June 3, 2024 - On Saturday afternoon, residents of the Kyrgyz village of Ak-Sai and of the "
            "neighbouring Tajik village of Khoja-Alo gathered at a pumping station on the outskirts of Ak-Sai. The pump "
            "lifts water to gardens on both sides of the line. Ak-Sai residents tried to stop the Khoja-Alo men from "
            "laying a second pipe, and the argument turned into a brawl with stones and sticks.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 6, 3))] == ["Ak-Sai"]


def test_a_road_that_passes_through_a_village_is_where_the_stones_hit_a_car(geoparser):
    text = ("Stones thrown at a car\n\n"
            "DUSHANBE, 22.08.2023 - On August 20 at 19:15, on the road passing through the village of Surkh, a group of "
            "citizens of Kyrgyzstan threw stones at a car belonging to a resident of the village. The driver received "
            "a head wound.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2023, 8, 22))] == ["Surkh"]


def test_the_other_party_s_hurt_join_a_village_mapped_at_its_municipality_s_seat(geoparser):
    # (Zardaly is no row of the gazetteer: it is mapped at Kara-Bak, the seat of its aiyl okmotu, a few kilometres
    # from Lakkon, whose residents are the brawl's other party)
    text = ("Shepherd beaten on pasture\n\n"
            "BISHKEK, June 11, 2024 - On June 9, at about 16:00, on a pasture near Zardaly village of Kara-Bak aiyl "
            "okmotu, three citizens of Tajikistan beat a local shepherd, the Border Service said. He was taken to "
            "hospital in Batken with a broken rib.\n\n"
            "The Tajik side gave its own version. According to the Tajik border troops, two residents of Lakkon were "
            "also beaten by Kyrgyz shepherds and received medical aid in Isfara.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 11)))
    assert list(found) == ["Zardaly"]
    assert found["Zardaly"].injured == 3


def test_a_total_over_the_incidents_told_before_is_no_one_incident_s(geoparser):
    text = ("Shepherds beaten, stones thrown\n\n"
            "BISHKEK, April 14, 2026 - On April 12, Tajik border guards detained three shepherds from Ak-Sai on a "
            "pasture near the village. Two of the shepherds were beaten during the detention and taken to hospital in "
            "Batken.\n\n"
            "On April 13, stones were thrown from the Tajik side at a tractor working a field near Kök-Tash. No one "
            "was hurt, the Border Service said.\n\n"
            "In all, two citizens of Kyrgyzstan were injured in the two incidents, according to the Border Service.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 14)))
    assert found["Ak-Sai"].injured == 2
    assert found["Kök-Tash"].injured == 0
    text = ("Провокации в Исфаре\n\n"
            "ДУШАНБЕ, 1 октября. 30 сентября около 10:15 у села Сурх граждане Кыргызстана избили двух жителей села. Оба "
            "пострадавших доставлены в больницу Исфары.\n\n"
            "В тот же день у села Чоркух неизвестные с кыргызской стороны забросали камнями трактор. Пострадавших "
            "нет.\n\n"
            "В общей сложности в результате указанных провокационных действий пострадали два гражданина Таджикистана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 1), lang="ru"))
    assert found["Surkh"].injured == 2
    assert found["Chorkuh"].injured == 0
