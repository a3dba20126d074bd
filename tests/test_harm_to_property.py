"""Incidents where people come through unharmed or the harm is to property, newest-first live pages, each
government's own count beside a third party's total, and ministries that stress, insist or deny (held-out batch 88,
scored blind, then studied), with the left cases of batch 86 they share rules with. The texts are written for these
tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

from geo.incidents.events import clause_types, is_debunked
from geo.incidents.structure import newest_first_entries
from geo.language import pack_for
from geo.language.en.numbers import read_figures as read_en
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of

EN, RU = pack_for("en"), pack_for("ru")


def _days(pack, text, published):
    return [(d.window.start, d.window.end) for d in pack.find_dates(text, published)]


# --- Fire and its targets ---

def test_several_bursts_from_automatic_weapons_towards_a_post_is_fire():
    assert clause_types("servicemen of the Tajik post fired several bursts from automatic weapons towards the "
                        "Kyrgyz outpost", EN) == ["armed_clash"]


def test_the_shelling_of_a_pump_with_small_arms_is_an_exchange_of_fire(geoparser):
    text = ("The Foreign Ministry today handed a note of protest in connection with the shelling of a pumping station "
            "near the village of Ak-Tatyr on May 11.\n\n"
            "On May 11 at about 23:50, servicemen of the Tajik side fired from small arms at the pumping station of the "
            "Ak-Tatyr irrigation system. The roof of the pump house was damaged. There were no casualties.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 5, 13)))
    assert found["Ak-Tatyr"].event_type == "armed_clash"
    assert (found["Ak-Tatyr"].fatalities, found["Ak-Tatyr"].injured) == (0, 0)


def test_a_car_hit_on_the_outskirts_of_that_village_is_at_the_owners_village(geoparser):
    text = ("On May 11 servicemen of the Tajik side fired at the pumping station of the Ak-Tatyr irrigation system.\n\n"
            "In a separate incident, at about 20:10 on May 12, a Lada car belonging to a resident of Samarkandyk was hit "
            "by two bullets on the road on the outskirts of that village, the Border Service reported. The driver, 47, "
            "was cut by broken glass and treated at the village medical center.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 5, 13)))
    assert found["Samarkandyk"].injured == 1
    assert found["Samarkandyk"].date_start == dt.date(2022, 5, 12)


# --- Places ---

def test_a_village_named_in_where_the_scene_lies_is_no_scene(geoparser):
    text = ("Three people were killed and 15 wounded when Kyrgyz and Tajik border guards exchanged fire on Tuesday, "
            "the United Nations said.\n\n"
            "The shooting broke out at about 10:30 a.m. near the Kyrgyz village of Ak-Sai, where a road and an "
            "irrigation channel run along the edge of Tajikistan's Vorukh exclave, officials said.\n\n"
            "Kyrgyzstan's Health Ministry said two people were killed and 11 wounded on the Kyrgyz side.\n\n"
            "Tajikistan's Interior Ministry said one Tajik citizen, a 34-year-old man from Vorukh, was killed and four "
            "were wounded.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 22)))
    assert set(found) == {"Ak-Sai"}
    assert (found["Ak-Sai"].fatalities, found["Ak-Sai"].injured) == (3, 15)
    assert found["Ak-Sai"].fatalities_by_side == {"KG": 2, "TJ": 1}


def test_a_regional_department_is_a_speaker_not_a_place(geoparser):
    text = ("Вечером 24 августа у села Ходжаи Аъло был обстрелян автомобиль местного жителя. Водитель не пострадал.\n\n"
            "В Баткенском областном управлении внутренних дел «Авесте» заявили, что причастность жителей Ак-Сая к "
            "поджогу «ничем не подтверждена», и отвергли обвинения.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 8, 25), lang="ru"))
    assert set(found) == {"Khoja-Alo"}


# --- Figures ---

def test_the_toll_names_its_peoples_side_after_the_noun():
    assert [(f.value, f.side) for f in read_en("The number of wounded Kyrgyz border guards has risen to two")] \
        == [(2, "KG")]


def test_one_among_the_wounded_is_no_count():
    assert read_en("A 16-year-old boy was among the wounded, it said.") == []
    assert read_en("Two children were among the dead.") == []


def test_a_bare_count_after_animals_counts_animals():
    assert read_en("Thirty-four of the sheep were returned with him; the family says three are missing.") == []
    assert [(f.measure, f.value) for f in read_en("Three are missing.")] == [("missing", 3)]


def test_the_driver_named_with_his_age_is_one_hurt():
    assert [(f.measure, f.value) for f in read_en("The driver, 47, was cut by broken glass.")] == [("injured", 1)]


def test_more_people_after_a_sided_count_are_of_that_side_in_russian():
    found = read_ru("В результате провокации погиб один таджикский военнослужащий, еще двое получили огнестрельные "
                    "ранения.")
    assert [(f.measure, f.value, f.side) for f in found] == [("fatalities", 1, "TJ"), ("injured", 2, "TJ")]
    assert not found[1].additive  # more people, not more of the dead


def test_a_summing_up_keeps_its_counts_unsided():
    found = read_ru("Таким образом, в результате инцидента погиб один кыргызский пограничник, еще один ранен.")
    assert [(f.measure, f.side) for f in found] == [("fatalities", "KG"), ("injured", None)]


def test_each_government_counts_its_own_beside_a_third_partys_total(geoparser):
    text = ("Один киргизский пограничник погиб и трое ранены в результате перестрелки у села Кызыл-Бел во вторник "
            "вечером, сообщила Пограничная служба ГКНБ Киргизии.\n\n"
            "Утром в среду в ведомстве сообщали о двух раненых, затем число раненых возросло до трех.\n\n"
            "\"В результате провокации погиб один таджикский военнослужащий, еще двое получили огнестрельные "
            "ранения\", - цитирует заявление ведомства таджикское госагентство \"Ховар\".\n\n"
            "В офисе ООН сообщили, что в результате инцидента погибли два человека и еще пять получили ранения.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 2), lang="ru"))
    assert (found["Kyzyl-Bel"].fatalities, found["Kyzyl-Bel"].injured) == (2, 5)


def test_the_lede_counts_the_wounded_after_a_death_told_later(geoparser):
    text = ("Two Kyrgyz border guards were killed and four servicemen from both sides were wounded in a shootout near "
            "the village of Kara-Bak on Thursday, officials said Friday.\n\n"
            "The service initially said one guard was killed and three were wounded. Late Thursday, it said one of the "
            "wounded, a 24-year-old sergeant, had died in the hospital in Batken, bringing the death toll to two.\n\n"
            "Tajikistan's border troops said that two of their servicemen were wounded.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 1, 27)))
    assert (found["Kara-Bak"].fatalities, found["Kara-Bak"].injured) == (2, 4)


def test_a_newer_count_later_the_same_day_revises_the_bodys_morning_count(geoparser):
    text = ("Во вторник, 21 мая, на границе у джамоата Овчи-Калача произошла перестрелка.\n\n"
            "В среду утром в управлении здравоохранения Согдийской области сообщили, что за медицинской помощью с "
            "огнестрельными ранениями обратились пять жителей Овчи-Калачи. Днем в ведомстве сказали, что раненых "
            "четверо.\n\n"
            "Пограничная служба ГКНБ Кыргызстана во вторник вечером сообщила о троих раненых со своей стороны.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 22), lang="ru"))
    assert found["Ovchi-Kalacha"].injured == 7  # the health department's latest four and Bishkek's own three


def test_the_sides_own_death_told_again_unsided_is_summed_with_the_others(geoparser):
    text = ("Во вторник, 21 мая, у джамоата Овчи-Калача произошла перестрелка. Погиб военнослужащий Пограничных войск "
            "ГКНБ Таджикистана.\n\n"
            "«В результате провокационных действий кыргызской стороны погиб младший сержант Пограничных войск», — "
            "говорится в сообщении Пограничных войск Таджикистана.\n\n"
            "Пограничная служба ГКНБ Кыргызстана во вторник вечером сообщила об одном погибшем со своей стороны.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 22), lang="ru"))
    assert found["Ovchi-Kalacha"].fatalities == 2
    assert found["Ovchi-Kalacha"].fatalities_by_side == {"KG": 1, "TJ": 1}


# --- Days ---

def test_the_previous_day_counts_back_from_the_day_told():
    assert _days(EN, "said on August 11 that at about 10 a.m. the previous day five servicemen crossed",
                 dt.date(2021, 8, 12))[-1] == (dt.date(2021, 8, 10), dt.date(2021, 8, 10))
    assert _days(RU, "11 августа сообщили, что накануне пятеро военнослужащих", dt.date(2021, 8, 12))[-1] \
        == (dt.date(2021, 8, 10), dt.date(2021, 8, 10))


def test_days_earlier_count_back_from_the_day_told():
    assert _days(EN, "on October 16 handed a note of protest over a shooting two days earlier", dt.date(2024, 10, 16)) \
        == [(dt.date(2024, 10, 16), dt.date(2024, 10, 16)), (dt.date(2024, 10, 14), dt.date(2024, 10, 14))]
    assert _days(RU, "16 октября вручил ноту протеста из-за обстрела двумя днями ранее", dt.date(2024, 10, 16))[-1] \
        == (dt.date(2024, 10, 14), dt.date(2024, 10, 14))
    assert _days(EN, "two days before the talks", dt.date(2024, 10, 16)) == []


def test_a_month_named_with_its_day_is_that_day(geoparser):
    text = ("Gunfire killed a donkey and eleven sheep near Kyzyl-Bel on Wednesday, the aiyl okmotu said.\n\n"
            "Earlier this month, on September 9, a resident of Kara-Bak was detained by Tajik border guards while "
            "gathering firewood and released three hours later.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 9, 28)))
    assert "Kara-Bak" not in found


def test_overnight_is_the_night_that_ends_on_the_day_of_writing():
    assert _days(EN, "A serviceman was wounded overnight", dt.date(2024, 11, 22)) \
        == [(dt.date(2024, 11, 21), dt.date(2024, 11, 22))]
    assert _days(EN, "the man died overnight in the regional hospital", dt.date(2024, 11, 22)) == []
    assert _days(EN, "held overnight before being released", dt.date(2024, 11, 22)) == []


def test_one_night_told_overnight_and_by_its_clock_time_is_one_incident(geoparser):
    text = ("A Kyrgyz serviceman was wounded overnight in an exchange of fire at the Arka border outpost, the Border "
            "Service reported.\n\n"
            "According to the service, at about 01:20 on November 22, servicemen of the Tajik border post opposite "
            "fired several bursts from small arms towards the Arka outpost.")
    found = incidents_of(geoparser, text, dt.date(2024, 11, 22))
    assert [i.place.name for i in found] == ["Arka"]


def test_an_answer_to_a_bold_question_about_a_past_day_is_background(geoparser):
    text = ("**How did September 2022 change the talks?**\n\n"
            "It changed everything. After more than 100 people were killed and about 137,000 of our citizens had to "
            "leave their homes in Batken region, both presidents understood that the situation could not continue.")
    assert incidents_of(geoparser, text, dt.date(2024, 11, 25)) == []


# --- Live pages ---

def test_the_pages_own_time_and_date_is_no_entry():
    text = ("Онлайн\n\n13:40 23.05.2023 (обновлено: 21:10 23.05.2023)\n\nНовые сообщения — вверху.\n\n"
            "21:10\n\nСтрельба прекратилась.\n\n20:05\n\nРанены четверо.\n\n14:30\n\nОткрыт огонь.")
    assert len(newest_first_entries(text)) == 3


def test_a_live_entrys_zero_is_of_the_people_its_count_placed(geoparser):
    text = ("Стрельба на границе у села Арка — онлайн\n\n13:40 23.05.2023 (обновлено: 21:10 23.05.2023)\n\n"
            "Новые сообщения — вверху.\n\n"
            "20:05\n\nМинздрав уточнил данные о пострадавших. Ранения получили четыре человека: двое кыргызских "
            "пограничников и двое детей. Погибших нет, подчеркнули в министерстве.\n\n"
            "19:40\n\nМЧС: всего из Арки эвакуированы 236 жителей.\n\n"
            "16:45\n\nПограничные войска Таджикистана сообщили, что кыргызские военнослужащие обстреляли из минометов "
            "окраину джамоата Хистеварз. «Пострадавших нет», — говорится в сообщении.\n\n"
            "14:30\n\nОколо 13:00 таджикские военнослужащие открыли огонь из стрелкового оружия по кыргызскому "
            "пограничному наряду у села Арка, затем применили минометы.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 23), lang="ru"))
    assert (found["Arka"].fatalities, found["Arka"].injured) == (0, 4)


# --- Denials ---

def test_no_incidents_recorded_with_fireworks_explained_debunks_the_report():
    text = ("The Border Service has denied a report that Kyrgyz border guards fired at the Tajik village of Surkh. "
            "The press centre of the Border Troops of Tajikistan said that no incidents on the Tajik-Kyrgyz border had "
            "been recorded on February 8. The noise heard in Surkh that evening came from fireworks at a wedding.")
    assert is_debunked(text, EN)


def test_no_breach_of_the_border_regime_after_fireworks_debunks_the_report():
    text = ("«Информация не соответствует действительности. Звуки на видео — это фейерверк на свадьбе», — подчеркнули в "
            "погранслужбе. Таджикская сторона также подтвердила, что нарушений режима границы на участке не "
            "зафиксировано.")
    assert is_debunked(text, RU)


def test_one_sides_denial_of_shooting_is_no_debunk():
    text = ("В Пограничной службе заявили, что информация «не соответствует действительности». «5 февраля на этом "
            "участке стрельбы не было», — сказал представитель ведомства.")
    assert not is_debunked(text, RU)
