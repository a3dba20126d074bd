"""The everyday mix, tenth sample (blind batch 65): a neutral total that restates one side's figure beside
the other side's own government figures, a relative clause or participle phrase between a person and
the verb, topic-tag lists of an HTML page, a blockade of a road named by both ends, a canal leading from a
reservoir, a regional department of internal affairs as the speaker, a village "of" its district, the
evacuees brought to a school, "no shooting has been recorded", "Three days later" after a dated event, a
verdict's words about the war, another person's "was not hurt"; the displaced who moved to relatives,
left overnight to stay with them, spent the night in a town or a lyceum; Russian: a dash aside that tells
who a count's people are, «Ранее <speaker> сообщала» as an earlier report, a revised total told by a
ministry, «ранен в плечо», another person's «не пострадал», «На следующий день». Batch 66, studied after its
blind measure: a death that brings a flare-up's toll to a number, the other side's version that names its own
post («По их версии, наряд заставы «Овчи-Калъача» ...»), an evacuation while fire is exchanged near a
neighbouring village («в связи со стрельбой на соседнем участке»), a relative aside inside an evacuation zero,
a home village's people hurt on another day than the neighbouring scene's, the side of the dead from their
subject before a participle's aside or from "in a Kyrgyz border village"."""

from __future__ import annotations

import datetime as dt

from geo.articles.html_reader import extract_html
from geo.incidents.model import Figure
from geo.incidents.quantities import fuse_measure
from geo.language.en.numbers import read_figures
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of


def _counts(figures):
    return [(f.measure, f.value) for f in figures]


# --- figures ---

def test_a_neutral_total_equal_to_one_side_is_that_sides_and_the_other_government_adds():
    figures = [Figure("fatalities", 1, False, "KG", "погиб один кыргызстанский пограничник", article_id="a", order=1),
               Figure("fatalities", 1, False, None, "Погиб 22-летний младший сержант", article_id="a", order=2),
               Figure("fatalities", 2, False, "TJ", "погибли двое таджикских пограничников", claimant="TJ",
                      article_id="a", order=3)]
    fused = fuse_measure(figures, "fatalities")
    assert (fused.total, fused.by_side) == (3, {"KG": 1, "TJ": 2})
    # both sides equal to the neutral total, neither told by its own government: the total stands
    both = [Figure("injured", 2, False, None, "a guard and a villager were wounded", article_id="b", order=1),
            Figure("injured", 1, False, "KG", "a Kyrgyz border guard", article_id="b", order=2),
            Figure("injured", 1, False, "TJ", "a Tajik villager", article_id="b", order=3),
            Figure("injured", 1, False, None, "one serviceman was wounded", article_id="b", order=4)]
    assert fuse_measure(both, "injured").total == 1


def test_a_relative_clause_or_a_participle_phrase_between_person_and_verb():
    text = ("They said a Tajik border guard and a 38-year-old farmer who had been watering his orchard near the "
            "river were killed")
    assert ("fatalities", 2) in _counts(read_figures(text))
    text = ("a Kyrgyz man driving a truck loaded with apricots along the Batken-Isfara road near the village of "
            "Kyzyl-Bel was wounded when shots were fired")
    assert _counts(read_figures(text)) == [("injured", 1)]


def test_the_evacuees_brought_to_a_school_are_displaced():
    text = ("about 150 residents of the upper mahalla, most of them women and children, were brought to school "
            "No. 9 in the center of the jamoat for the night")
    assert _counts(read_figures(text)) == [("displaced", 150)]


def test_the_displaced_who_moved_to_relatives_or_spent_the_night_away():
    cases = {
        "About 350 residents of the southern part of Daroot-Korgon, most of them women and children, have moved "
        "to relatives in the neighboring village of Kyzyl-Eshme": 350,
        "about 150 people, mostly from the streets closest to the border, had left overnight to stay with "
        "relatives in Nefteobod": 150,
        "About 120 residents of Kara-Shybak, mostly women and children, spent the night of May 22-23 with "
        "relatives in Daroot-Korgon": 120,
        "Some 260 women and children from the three upper streets of the village spent the night in lyceum "
        "No. 3": 260,
        "About 700 residents of Kok-Tash and the neighboring village of Ak-Sai spent the night in Batken and in "
        "Kyzyl-Jol": 700,
    }
    for text, value in cases.items():
        assert ("displaced", value) in _counts(read_figures(text)), text
    # the speaker is not among the people he tells of; a night in hospital is no displacement
    assert read_figures("A resident of Chek, who asked not to be named, told RFE/RL that families living closest "
                        "to the border had spent the night in the village school") == []
    assert _counts(read_figures("Two wounded guards spent the night in hospital")) == [("injured", 2)]


def test_a_dash_aside_tells_who_the_counted_are():
    text = "Еще трое жителей села — двое мужчин и женщина — обратились за медицинской помощью с осколочными ранениями"
    figures = read_ru(text)
    assert [(f.measure, f.value, f.additive) for f in figures] == [("injured", 3, True)]


def test_a_wound_in_a_limb_is_one_person():
    assert _counts(read_ru("58-летний тракторист ранен в плечо, его напарник не пострадал.")) == [("injured", 1)]


# --- dates ---

def test_days_later_opens_a_clause():
    from geo.language.en.dates import days_later
    from geo.language.ru.dates import days_later as days_later_ru

    assert days_later("Three days later, an old mortar round exploded") == (0, 16, 3)
    assert days_later("The following morning residents returned")[2] == 1
    assert days_later("He died in hospital three days later") is None
    assert days_later_ru("Через два дня в поле взорвался снаряд")[2] == 2
    assert days_later_ru("На следующий день жители вернулись")[2] == 1
    assert days_later_ru("Он скончался через два дня") is None


def test_a_roundup_dates_its_second_episode_days_after_the_first(geoparser):
    text = ("On August 15, a Tuesday, a Kyrgyz driver was wounded near the village of Kyzyl-Bel when shots were "
            "fired at his truck from the Tajik side, the Border Service said.\n\n"
            "Three days later, an old mortar round exploded in a field on the outskirts of Shurab, killing a "
            "14-year-old boy.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 21)))
    assert found["Kyzyl-Bel"].date_start == dt.date(2023, 8, 15)
    assert found["Kyzyl-Bel"].injured == 1
    assert found["Shurob"].date_start == dt.date(2023, 8, 18)


# --- places and scope ---

def test_topic_tags_of_a_page_are_furniture():
    page = extract_html('<p>A drone struck a house in Surkh.</p><div class="article__tags"><div>Tags</div>'
                        '<a href="/t/isfara">Isfara</a> <a href="/t/drones">drones</a></div><p>End.</p>')
    assert page.text == "A drone struck a house in Surkh.\n\nEnd."
    assert "Баткен" not in extract_html('<p>Текст.</p><div class="news-tags">Теги: <a>#Баткен</a></div>').text


def test_a_blockade_of_a_road_named_by_both_ends(geoparser):
    text = ("About 200 residents of Andarak village in Leilek district blocked the Andarak - Razzakov road on "
            "Monday, June 9, demanding a meeting with officials.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 6, 10)))
    assert set(found) == {"Andarak"}
    assert found["Andarak"].event_type == "border_incident_protest"


def test_the_reservoir_a_canal_leads_from_is_no_scene(geoparser):
    text = ("Residents of Kok-Tash in Batken district on Monday blocked the main canal leading from the Tört-Köl "
            "reservoir, demanding that the authorities revise the water schedule.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2024, 5, 21)))) == {"Kök-Tash"}


def test_a_regional_department_speaks_and_a_village_of_its_district(geoparser):
    text = ("BISHKEK (AKIpress) - Police on Monday dispersed residents of Arka village of Leilek district who had "
            "blocked a local road near the Tajik border, the Batken regional department of internal affairs said.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2024, 4, 23)))) == {"Arka"}


def test_no_shooting_recorded_types_no_clash(geoparser):
    text = ("On April 6, 740 residents of Lakkon were temporarily evacuated as a precaution to the city of "
            "Isfara.\n\nThe Border Troops reported that the situation near Lakkon is calm and that no shooting has "
            "been recorded.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 11)))
    assert found["Lakkon"].event_type == "evacuation_displacement"
    assert found["Lakkon"].displaced == 740


def test_a_verdicts_words_about_the_war_are_no_event(geoparser):
    text = ("A court in Batken on Tuesday sentenced three men to prison for looting houses in Ak-Tatyr in "
            "September 2022.\n\n\"This verdict is for the people who lost everything twice: first to the "
            "shelling, then to thieves,\" said the head of the residents' council in Ak-Tatyr.")
    assert incidents_of(geoparser, text, dt.date(2024, 1, 24)) == []


def test_another_persons_unhurt_leaves_the_count(geoparser):
    text = ("On Thursday at about 06:30, shots were fired from the Kyrgyz side at a tractor in Chilgazi. A "
            "58-year-old driver was wounded in the shoulder, his partner was not hurt.")
    assert by_place(incidents_of(geoparser, text, dt.date(2023, 7, 15)))["Chilgazi"].injured == 1


def test_a_revised_count_by_a_ministry_supersedes_the_earlier_and_keeps_its_parts(geoparser):
    text = ("БИШКЕК (АКИpress) - Число пострадавших в результате обстрела села Самаркандек Баткенского района, "
            "произошедшего во вторник, выросло до девяти человек, сообщили в Министерстве здравоохранения.\n\n"
            "Ранее Пограничная служба ГКНБ сообщала о шести раненых. Еще трое жителей села — двое мужчин и "
            "женщина — обратились за медицинской помощью в среду, уточнили в министерстве.\n\n"
            "Семеро пострадавших проходят лечение в Баткенской областной больнице.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 22), lang="ru"))
    assert found["Samarkandyk"].injured == 9


# --- batch 66, studied after its blind measure ---

def test_a_death_brings_the_flare_ups_toll_to_a_number():
    text = ("A Kyrgyz border guard wounded in a shootout with Tajik forces on Sunday has died in hospital, "
            "Kyrgyzstan's border service said Thursday, bringing the death toll from the latest flare-up on the "
            "disputed frontier to four")
    figures = read_figures(text)
    assert [(f.measure, f.value, f.side) for f in figures] == [("fatalities", 1, "KG"), ("fatalities", 4, None)]
    assert [(f.measure, f.value) for f in read_figures(
        "His death brings to three the number of Kyrgyz border guards killed in Sunday's exchange of fire")] \
        == [("fatalities", 3)]


def test_the_other_sides_version_names_its_own_post_not_a_new_scene(geoparser):
    text = ("Вчера поздно вечером у села Максат Лейлекского района произошла перестрелка между пограничными "
            "нарядами двух стран. «В результате перестрелки погиб младший сержант», — говорится в сообщении "
            "Пограничной службы ГКНБ.\n\n"
            "Пограничные войска ГКНБ Таджикистана возложили ответственность за инцидент на кыргызскую сторону. "
            "По их версии, наряд заставы «Овчи-Калъача» нес службу на своей территории и был обстрелян первым.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 14), lang="ru"))
    assert set(found) == {"Maksat"}


def test_an_evacuation_while_fire_is_exchanged_near_a_neighbouring_village(geoparser):
    text = ("About 1,150 women and children were evacuated from Kulundu village in Leilek district on Thursday "
            "evening while Kyrgyz and Tajik border guards exchanged fire near neighbouring Maksat, the regional "
            "administration said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 5, 15)))
    assert found["Kulundu"].event_type == "evacuation_displacement"
    assert found["Kulundu"].displaced == 1150
    assert found["Maksat"].event_type == "armed_clash"
    text = ("ДУШАНБЕ, 11 мая — Sputnik. Власти района вывезли из села Гулхона 1 140 женщин и детей в связи со "
            "стрельбой на соседнем участке таджикско-кыргызской границы, сообщили в хукумате района.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 5, 11), lang="ru"))
    assert found["Gulkhona"].event_type == "evacuation_displacement"


def test_a_relative_aside_inside_an_evacuation_zero():
    text = "Эвакуация жителей Максата, где проживают около 2 300 человек, не проводилась; в селе открыты магазины"
    assert _counts(read_ru(text)) == [("displaced", 0)]


def test_a_home_villages_people_hurt_on_another_day_are_their_own_event(geoparser):
    text = ("A 15-year-old boy from the Tajik exclave of Western Qal'acha was wounded by gunfire from Kyrgyz border "
            "guards on May 14, relatives told RFE/RL.\n\n"
            "It was the second incident in the area in less than a week. On May 9, Kyrgyz border guards detained "
            "two men from the village of Gulkhona who were cutting grass near the border line. One of them, a "
            "52-year-old, was beaten and suffered a broken rib.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 15)))
    assert found["Gulkhona"].date_start == dt.date(2024, 5, 9)
    assert found["Gulkhona"].injured == 1
    assert found["Western Qal'acha"].date_start == dt.date(2024, 5, 14)


def test_the_side_of_the_dead_from_their_subject_or_their_village():
    text = ("Военнослужащий Пограничной службы ГКНБ, тяжело раненный при обстреле у села Ак-Татыр в ночь на 10 мая, "
            "скончался в Ошской больнице.")
    assert [(f.measure, f.value, f.side) for f in read_ru(text)] == [("fatalities", 1, "KG")]
    text = ("Mortar rounds fired from Tajikistan killed one man and wounded four other people in a Kyrgyz border "
            "village on Monday, officials said")
    assert [(f.measure, f.value, f.side) for f in read_figures(text)][0] == ("fatalities", 1, "KG")


def test_people_told_one_by_one_with_initials_and_a_rank_in_apposition():
    text = ("огнестрельные ранения получили военнослужащий пограничной заставы рядовой Н.Р., 2004 года рождения, "
            "и житель джамоата Чоркух Х.С., 1971 года рождения")
    assert _counts(read_ru(text)) == [("injured", 2)]
    assert _counts(read_ru("Ранены пограничник, житель села и женщина.")) == [("injured", 3)]
