"""Interviews, features and first-person tellings, and the readings such reporting leans on.

Much of what happens on this border is told not in a wire lede but by a speaker: an interview's answers, a radio
transcript, a resident's letter, a reporter's route through several villages («Первая остановка – Сурх»). The places
come as "our village", a speaker's home, the interview's setting or a hypothetical refuge ("If they start shooting
again, we will go to my sister in Batken"); the hurt come as "my uncle", "the three of them", «сам он из Таласа». Each
test checks one reading, in English and in Russian where both write it. The texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from geo.language import get_pack
from tests.test_counted_and_typed import by_place, figures_of, incidents_of


def _found(geoparser, text: str, lang: str = "en", date: dt.date = dt.date(2024, 5, 14)):
    return by_place(incidents_of(geoparser, text, date, lang))


# --- the hurt and the dead as speakers count them ---------------------------------------------------------------------


def test_a_death_told_with_its_side_then_as_a_wound_that_killed_is_one_death(geoparser):
    text = ("Kyrgyz guard killed at border post\n\nBISHKEK, Oct 25 (Reuters) - A Kyrgyz border guard was killed when "
            "Tajik servicemen opened fire on the Katran border post on Tuesday evening, Kyrgyzstan's border service "
            "said, while Tajikistan said its own troops had two soldiers wounded.\n\n\"As a result, a junior sergeant of "
            "the post received a gunshot wound to the chest and died on the way to the hospital,\" the statement "
            "said.\n\nIn Dushanbe, Tajikistan's border troops gave a different account. \"It was the Kyrgyz side that "
            "opened fire first,\" they said in a statement. \"Two servicemen of ours received gunshot wounds and were "
            "taken to hospital.\"\n")
    katran = _found(geoparser, text, date=dt.date(2023, 10, 25))["Katran"]
    assert katran.fatalities == 1
    assert katran.fatalities_by_side == {"KG": 1}


def test_the_hurt_counted_by_their_way_to_hospital_and_the_speaker_s_own(geoparser):
    read = get_pack("en").read_figures
    assert figures_of(read, "The three of them were driven to the hospital here in Batken the same night.") == [
        ("injured", 3, None)]
    assert figures_of(read, "He has cuts all over his face, and his wife has a big bruise on her shoulder.") == [
        ("injured", 1, None), ("injured", 1, None)]
    assert figures_of(read, "Both of them are in the Batken regional hospital.") == [("injured", 2, None)]
    assert figures_of(read, "All three were taken to the Batken regional hospital.") == []
    assert figures_of(read, "Three residents of Khoja-Alo received medical aid after the fight.") == [
        ("injured", 3, None)]
    assert figures_of(read, "My uncle died on the slope before the ambulance came up from the district.") == [
        ("fatalities", 1, None)]
    assert figures_of(read, "He lost two fingers of his left hand.") == [("injured", 1, None)]
    assert figures_of(read, "He said he was walked to a post on the other side of the line, kept there overnight and "
                            "beaten with rifle butts.") == [("injured", 1, None)]
    assert figures_of(read, "The driver of one of the cars received cuts to his face.") == [("injured", 1, None)]


def test_nobody_else_hurt_beside_one_driver_is_no_zero(geoparser):
    text = ("Stones thrown at cars near Ak-Sai\n\nBISHKEK (AKIpress) - \"About 30 residents of Vorukh blocked the road "
            "at the entrance to Ak-Sai village on August 11 and threw stones at passing vehicles. The driver of one of "
            "the cars received cuts to his face and hands from broken glass. Nobody else was hurt,\" the Border Service "
            "said.\n")
    assert _found(geoparser, text, date=dt.date(2025, 8, 12))["Ak-Sai"].injured == 1


def test_the_other_side_s_losses_told_as_the_opposing_side_s_are_a_claim(geoparser):
    text = ("Mortar rounds hit Kara-Bak\n\nMortar rounds fell on the eastern edge of Kara-Bak late on Saturday, March "
            "14. \"According to preliminary data, the opposing side lost two servicemen killed,\" the Kyrgyz border "
            "service said. One round hit the roof of a house at the end of the village, the last house before the "
            "fields that go down to Lakkon. Thank God nobody was killed.\n")
    found = _found(geoparser, text, date=dt.date(2026, 3, 16))
    assert sorted(found) == ["Kara-Bak"]
    assert found["Kara-Bak"].fatalities == 0


def test_a_patrol_told_under_fire_is_the_side_of_the_servicemen_counted_next(geoparser):
    text = ("Shooting near Andarak\n\nOn November 30 a patrol of the Kyrgyz Border Service came under fire from the "
            "territory of Tajikistan near Andarak village. A junior sergeant, 22, was killed.\n\nA resident of Andarak, "
            "45, said she heard long bursts.\n")
    andarak = _found(geoparser, text, date=dt.date(2025, 12, 2))["Andarak"]
    assert andarak.fatalities_by_side == {"KG": 1}
    ru = ("Обстрел у Андарака\n\n30 ноября наряд Пограничной службы ГКНБ Кыргызстана попал под обстрел у села Андарак. "
          "Погиб младший сержант.\n")
    assert _found(geoparser, ru, "ru", dt.date(2025, 12, 2))["Andarak"].fatalities_by_side == {"KG": 1}


def test_a_wounded_man_told_dead_next_by_a_pronoun_keeps_his_side_ru(geoparser):
    text = ("Беспилотник у Лаккона\n\nИСФАРА, 18.07.2023 /НИАТ «Ховар»/. – Вчера, 17 июля, около 16:30 на поле у "
            "восточной окраины села Лаккон наш житель пахал участок. С ним был его 17-летний сын. Люди видели, как со "
            "стороны кыргызского села Кара-Бак прилетел беспилотник и сбросил что-то на трактор.\n\n– Тракторист, "
            "гражданин Республики Таджикистан, получил тяжелые осколочные ранения. Его повезли в центральную больницу "
            "города Исфара, но по дороге он скончался.\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 7, 18))
    assert sorted(found) == ["Lakkon"]
    assert found["Lakkon"].fatalities_by_side == {"TJ": 1}


# --- the displaced: families and their people ---------------------------------------------------------------------------


def test_families_restated_as_people_after_a_dash(geoparser):
    en = ("Shots at Min-Jygach\n\nShortly before midnight on June 18 bullets hit the roof of a house in Min-Jygach. By "
          "the evening of June 19, seven families -- 29 people, 17 of them children -- had left Min-Jygach to stay with "
          "relatives in Razzakov, the village head said.\n")
    assert _found(geoparser, en, date=dt.date(2023, 6, 20))["Min-Jygach"].displaced == 29
    read = get_pack("ru").read_figures
    assert figures_of(read, "Уехали десять семей — сорок человек.") == [("displaced", 40, None)]
    # (about ten families, about forty people: the first number is the families', no count is read)
    assert figures_of(read, "В воскресенье утром уехали семей десять — человек сорок.") == []


def test_families_that_left_for_good_or_long_ago_are_no_event_ru(geoparser):
    text = ("Два года после войны\n\nВ селе Ак-Сай было 70 дворов, сейчас 68 — две семьи переехали в Бишкек насовсем. "
            "Часть жителей, как говорят в айыл окмоту, так и не вернулась после войны: из Максата, например, уехали 37 "
            "семей.\n")
    assert _found(geoparser, text, "ru", dt.date(2024, 9, 16)) == {}


# --- places: hypotheticals, directions, homes, stops on a route ---------------------------------------------------------


def test_where_a_speaker_would_go_if_it_happened_again_is_no_scene(geoparser):
    en = ("\"If they start shooting again, we will go to my sister in Batken,\" she said. \"If there is shooting "
          "again, I will send the children to my brother in Konibodom.\"\n")
    assert _found(geoparser, en, date=dt.date(2025, 7, 15)) == {}
    ru = "«Если опять начнут стрелять, уедем к сестре в Баткен», — говорит она.\n"
    assert _found(geoparser, ru, "ru", dt.date(2025, 7, 15)) == {}


def test_a_light_seen_moving_back_toward_a_village_is_no_scene(geoparser):
    text = ("Drone hits barn in Ak-Sai\n\nAK-SAI, Kyrgyzstan (AP) - A drone dropped an explosive device on a barn on "
            "the outskirts of Ak-Sai late on Thursday. A neighbor said she saw a small light moving back toward Vorukh "
            "after the blast.\n")
    assert sorted(_found(geoparser, text, date=dt.date(2025, 9, 13))) == ["Ak-Sai"]


def test_a_person_s_age_after_his_home_is_not_a_person_named_like_the_village(geoparser):
    text = ("Shooting near Andarak\n\nShots were fired at a border patrol near Andarak on Sunday.\n\nA resident of "
            "Andarak, 45, said she heard long bursts.\n")
    assert "Andarak" in _found(geoparser, text, date=dt.date(2025, 12, 2))


def test_a_herder_s_home_under_its_own_heading_beside_another_section_s_event(geoparser):
    text = ("# On the Leilek road\n\nA reporter travels the western end of the border.\n\nThe marshrutka from Razzakov "
            "leaves when it is full. On a Wednesday morning in May that took 40 minutes, and the ride to Kulundu took "
            "another hour and a half, past cherry orchards in flower.\n\nThe driver, who has done the route for 14 "
            "years, lists the stops like stations.\n\n## \"They said I was on "
            "their land\"\n\nToktosun, 61, grazes sheep above Maksat. On April 30, he said, four Tajik border guards "
            "came down the hill and took him. He said he was walked to a post on the other side of the line, kept there "
            "overnight and beaten with rifle butts. Kyrgyzstan's Border Service confirmed that a resident of Maksat had "
            "been detained on April 30.\n\n## A post on the edge of Kulundu\n\nIn Kulundu, the talk in the teahouse was "
            "about the night of May 6.\n\nShortly before midnight, bursts of automatic fire were aimed at the Kyrgyz "
            "border post on the edge of Kulundu from the Tajik side, the Border Service said. None of its servicemen "
            "were hurt.\n")
    found = _found(geoparser, text, date=dt.date(2025, 5, 9))
    assert sorted(found) == ["Kulundu", "Maksat"]
    assert found["Maksat"].injured == 1
    assert found["Kulundu"].date_start == dt.date(2025, 5, 6)


def test_a_home_counted_after_the_fight_told_at_another_village_is_no_scene(geoparser):
    text = ("Fight over a field at Ak-Tatyr\n\nOn Tuesday farmers went out to plough the field at the southern edge of "
            "Ak-Tatyr, and a fight with stones broke out at Ak-Tatyr.\n\nTajik media report that three residents of "
            "Khoja-Alo received medical aid after the fight.\n")
    assert sorted(_found(geoparser, text, date=dt.date(2024, 4, 18))) == ["Ak-Tatyr"]


def test_a_soldier_s_home_told_as_where_he_is_from_ru(geoparser):
    text = ("Обстрел у Максата\n\nВо вторник вечером у села Максат был обстрелян пограничный наряд. Один парень ранен, "
            "солдат-срочник, ему 20 лет, сам он из Таласа.\n")
    assert sorted(_found(geoparser, text, "ru", dt.date(2023, 11, 22))) == ["Maksat"]


def test_a_reporter_s_stop_sets_the_scene_of_what_its_people_tell_ru(geoparser):
    text = ("Репортаж из Сурха\n\nКорреспондент проехала по приграничным селам.\n\nПервая остановка – Сурх. На краю "
            "села во дворе 58-летнего Абдурахмона еще пахнет гарью.\n\n– Это было в ночь на 3 октября, около двух часов, "
            "– рассказывает он. – Собака залаяла, я вышел, а сарай уже горит. Из людей, слава Богу, никто не "
            "пострадал.\n\n11 октября прошла встреча председателя Исфары и главы Баткенского района. О пожаре в Сурхе "
            "там говорили «в числе прочего».\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 10, 14))
    assert sorted(found) == ["Surkh"]
    assert found["Surkh"].date_end == dt.date(2023, 10, 3)  # (the night onto October 3)
    assert found["Surkh"].injured == 0


# --- types and dates ----------------------------------------------------------------------------------------------------


def test_small_arms_fire_with_a_wounded_man_flown_by_helicopter_is_a_clash_ru(geoparser):
    text = ("Перестрелка у Кулунду\n\nБИШКЕК, 9 октября. /ТАСС/. «8 октября около 03:00 военнослужащие Пограничных "
            "войск Таджикистана открыли огонь из автоматического оружия по пограничному наряду в районе села Кулунду. В "
            "результате обстрела двое кыргызских пограничников получили огнестрельные ранения», — сообщили в "
            "Пограничной службе. Военнослужащего в тяжелом состоянии затем вертолетом перевезли в Ош.\n")
    found = incidents_of(geoparser, text, dt.date(2023, 10, 9), "ru")
    assert [i.event_type for i in found] == ["armed_clash"]


def test_a_conflict_over_water_is_a_brawl_ru(geoparser):
    text = ("Конфликт в Кок-Таше\n\nВ Баткенском РОВД подтвердили, что 11 июня в Кок-Таше в ходе конфликта из-за воды "
            "травмы получили четыре жителя села.\n")
    assert _found(geoparser, text, "ru", dt.date(2024, 6, 14))["Kök-Tash"].event_type == "border_incident_protest"


def test_a_fact_box_s_when_line_dates_its_event_ru(geoparser):
    text = ("Что произошло у Кызыл-Беля\n\nAKIpress · 16 апреля 2024\n\nКогда: в воскресенье, 14 апреля, около 16:00.\n\n"
            "Где: окраина села Кызыл-Бел Баткенского района.\n\nЧто: драка жителей Кызыл-Беля и соседнего таджикского "
            "села Гулистон с камнями и палками из-за участка земли.\n")
    found = _found(geoparser, text, "ru", dt.date(2024, 4, 16))
    assert found["Kyzyl-Bel"].date_start == dt.date(2024, 4, 14)


def test_a_neighbour_s_boy_described_in_a_dashed_aside_keeps_the_answer_news(geoparser):
    text = ("A teacher from Kok-Tash\n\nRFE/RL: What happened?\n\nAizada: On Saturday evening we had the fight at the "
            "canal in Kok-Tash again. First there were words, then stones.\n\nRFE/RL: Was anyone hurt?\n\nAizada: My "
            "neighbor's son, Bekzat -- he is 19, he finished school two years ago -- got a stone in the head. And the "
            "two brothers from the next street were hurt too. The three of them were driven to the hospital here in "
            "Batken the same night.\n")
    assert _found(geoparser, text, date=dt.date(2025, 7, 15))["Kök-Tash"].injured == 3


# --- from the second sample (batch 186) -----------------------------------------------------------------------------------


def test_a_refuge_named_for_one_day_again_and_families_gone_some_here_some_there_are_no_scenes(geoparser):
    en = "\"If one day there is a shot again, I will take my own children to Razzakov with the first bus,\" she said.\n"
    assert _found(geoparser, en, date=dt.date(2023, 4, 28)) == {}
    ru = ("Мина у Катрана\n\nВ понедельник на окраине села Катран взорвалась мина, погибших нет. На следующий день семь "
          "семей с этой улицы уехали к родственникам — кто в Коргон, кто сюда, в Раззаков.\n")
    found = _found(geoparser, ru, "ru", dt.date(2023, 7, 19))
    assert "Korgon" not in found and "Razzakov" not in found


def test_a_soldier_they_say_is_from_a_town_and_a_night_fled_in_a_past_war_are_no_scenes_ru(geoparser):
    text = ("Дневник учительницы\n\nВечером у поста стреляли. А днём узнали, что ранен наш пограничник, молодой парень, "
            "говорят, из Канибадама.\n\nДо переезда она жила в Ак-Сае. В сентябре 2022 года их дом сгорел. «Мы бежали "
            "ночью, в одних тапочках, до Баткена на грузовике соседа.\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 5, 11))
    assert "Konibodom" not in found and "Batken" not in found


def test_a_minibus_stoned_on_its_way_from_town_at_the_village_s_edge_ru(geoparser):
    text = ("Камни в маршрутку\n\nВ субботу, 20 апреля, примерно в шесть вечера маршрутку, которая шла из Баткена в "
            "Кара-Бак, закидали камнями. Это окраина Кара-Бака, тот участок, где дорога ближе всего подходит к "
            "таджикскому Лаккону.\n")
    assert sorted(_found(geoparser, text, "ru", dt.date(2024, 4, 22))) == ["Kara-Bak"]


def test_a_speaker_s_party_all_hurt_and_a_conflict_over_a_plot(geoparser):
    assert figures_of(get_pack("en").read_figures, "Me and both my sons, all three of us, came out of it hurt.") == [
        ("injured", 3, None)]
    text = ("Fight over apricot plot\n\nThe Border Service confirmed that on March 22 \"a conflict over a land plot took "
            "place between residents of Kok-Tash village and citizens of Tajikistan\".\n")
    assert _found(geoparser, text, date=dt.date(2025, 3, 24))["Kök-Tash"].event_type == "border_incident_protest"


def test_a_bold_dateline_with_its_agency_in_slashes_en():
    from geo.language.en.dateline import find_dateline

    found = find_dateline("Water conflict\n\n**Batken, July 9, 2025. /Kabar/.** A conflict over irrigation water broke "
                          "out between residents of Samarkandyk and Surkh.")
    assert (found.place, found.agency) == ("Batken", "Kabar")
