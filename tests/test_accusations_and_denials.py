"""Accusations, denials and versions, and the readings such reporting leans on.

First reports on this border are often one side's accusation: a border service says the other side fired on its post,
the other side denies it at its own place («никаких выстрелов в районе Овчи-Калачи не производилось»), a Telegram
channel or a WhatsApp voice message comes before the officials' count, a witness names only his home. Each test checks
one reading, in English and in Russian where both write it. The texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from geo.articles import read_articles
from geo.language import get_pack
from geo.language.ru.inflect import case_forms
from tests.test_counted_and_typed import by_place, incidents_of


def _found(geoparser, text: str, lang: str = "en", date: dt.date = dt.date(2024, 5, 14)):
    return by_place(incidents_of(geoparser, text, date, lang))


# --- places: a denial's place, where fire came from, a lede's exclave, a witness's home --------------------------------


def test_a_denial_s_place_and_the_height_fire_came_from_are_no_scenes_ru(geoparser):
    text = ("Погранслужба: с таджикской стороны обстреляли заставу «Кулунду»\n\n24.kg, БИШКЕК — «12 августа около 22:40 с "
            "позиций военнослужащих Пограничных войск ГКНБ Республики Таджикистан, оборудованных на высоте над "
            "Овчи-Калачой, был открыт огонь из автоматического оружия по пограничной заставе \"Кулунду\"», — говорится "
            "в сообщении ведомства. Пулей ранен младший сержант.\n\nПограничные войска Таджикистана распространили "
            "опровержение: «В ночь с 12 на 13 августа военнослужащие Пограничных войск на участке Овчи-Калача — "
            "Кулунду оружие не применяли, никаких выстрелов в районе Овчи-Калачи не производилось».\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 8, 14))
    assert sorted(found) == ["Kulundu"]
    assert found["Kulundu"].injured == 1


def test_an_instrumental_after_a_sibilant_has_both_endings():
    assert case_forms("Овчи-Калача")[-2:] == ["Овчи-Калачой", "Овчи-Калачей"]


def test_a_drone_only_seen_and_a_statement_that_leaves_open_what_it_did_is_no_scene(geoparser):
    text = ("Tajikistan says Kyrgyz drone wounded two guards\n\nDUSHANBE, March 15 (Reuters) - A drone dropped two "
            "explosive devices on the Lakkon border post on Thursday, wounding two servicemen, Tajikistan said.\n\n"
            "\"Instead, our outposts near Kara-Bak recorded a Tajik drone flying over Kyrgyz territory for about 20 "
            "minutes,\" the Kyrgyz service said. It did not say whether the drone had dropped anything.\n\nA resident "
            "of Chilgazi, a neighbouring Tajik village, said he had heard \"two bangs\" but had not seen a drone.\n")
    found = _found(geoparser, text, date=dt.date(2024, 3, 15))
    assert sorted(found) == ["Lakkon"]
    assert found["Lakkon"].injured == 2
    ru = ("Пограничники у села Кара-Бак зафиксировали полет таджикского беспилотника над территорией Кыргызстана. В "
          "ведомстве не уточнили, сбрасывал ли беспилотник что-либо.\n")
    assert _found(geoparser, ru, "ru", dt.date(2024, 3, 15)) == {}


def test_a_drone_the_other_side_says_it_never_used_there_is_no_scene_ru(geoparser):
    text = ("Беспилотник сбросил взрывчатку на Чоркух\n\nДУШАНБЕ — 22 июля беспилотник сбросил взрывное устройство на "
            "окраину села Чоркух Исфаринского района, загорелся сарай с сеном.\n\nПограничная служба Кыргызстана в тот "
            "же день заявила в Бишкеке, что «беспилотные летательные аппараты кыргызской стороной 22 июля в районе "
            "Самаркандыка не применялись».\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 7, 23))
    assert sorted(found) == ["Chorkuh"]


def test_a_lede_s_exclave_gives_way_to_the_village_the_body_tells(geoparser):
    text = ("Kyrgyz herder says Tajik guards beat him\n\nBISHKEK -- A Kyrgyz herder says Tajik border guards beat him "
            "with rifle butts after detaining him on a pasture near the Vorukh exclave on May 20, while in another part of "
            "the Batken region villagers protested what they say is construction on disputed land.\n\nKyrgyzstan's Border "
            "Service said Tajik border guards detained a resident of the village of Ak-Sai \"on a pasture near Ak-Sai\" "
            "on May 20 and subjected him to physical violence.\n\nThe Tajik border troops said the man was detained for "
            "crossing the border near Vorukh with 30 head of cattle.\n")
    found = _found(geoparser, text, date=dt.date(2024, 5, 23))
    assert sorted(found) == ["Ak-Sai"]
    assert found["Ak-Sai"].injured == 1


def test_a_person_s_home_in_apposition_is_no_scene_beside_the_blockade(geoparser):
    text = ("Жители Кызыл-Беля перекрыли дорогу\n\nИСФАРА — Около 10 часов утра жители Кызыл-Беля, примерно 80 "
            "человек, перегородили дорогу камнями. Водитель грузовика, житель Исфары, попытался объехать заграждение, "
            "после чего его вытащили из кабины и избили. С ушибами лица он доставлен в больницу.\n")
    found = _found(geoparser, text, "ru", dt.date(2026, 2, 24))
    assert sorted(found) == ["Kyzyl-Bel"]
    assert found["Kyzyl-Bel"].injured == 1


def test_residents_blocking_the_road_to_their_district_centre_are_at_their_village(geoparser):
    text = ("Leilek villagers block road\n\nRAZZAKOV -- Some 150 residents of the village of Andarak blocked the road "
            "linking their village with the district center, Razzakov, on May 22 to protest Tajik road works. \"No one "
            "was hurt,\" a police spokesman said.\n")
    found = _found(geoparser, text, date=dt.date(2024, 5, 23))
    assert sorted(found) == ["Andarak"]


def test_citizens_from_the_neighbouring_village_are_the_other_party(geoparser):
    text = ("Water brawl at Gulkhona\n\nDUSHANBE -- A quarrel over water between residents of Gulkhona jamoat and "
            "citizens of Kyrgyzstan from the neighboring village of Kayragach of Leilek district turned into a mass "
            "brawl on Saturday evening. Four residents of Gulkhona sought medical help, the Sughd administration "
            "said.\n")
    found = _found(geoparser, text, date=dt.date(2023, 6, 12))
    assert sorted(found) == ["Gulkhona"]
    assert found["Gulkhona"].injured == 4


# --- figures: a zero of another section, the second of two, a rumour before the count ----------------------------------


def test_a_zero_in_another_section_says_nothing_of_an_earlier_day_s_event(geoparser):
    text = ("# Herder beaten; villagers block road\n\nBISHKEK -- Tajik border guards detained a resident of Ak-Sai on a "
            "pasture near Ak-Sai on May 20 and beat him, the Border Service said. Doctors found two fractured ribs.\n\n"
            "## Road blocked in Leilek\n\nSome 150 residents of the village of Andarak blocked the road on May 22.\n\n"
            "\"No one was hurt and no one was detained,\" a district police spokesman said.\n")
    found = _found(geoparser, text, date=dt.date(2024, 5, 23))
    assert found["Andarak"].injured == 0
    assert found["Ak-Sai"].injured != 0


def test_the_second_of_two_hurt_counts_one_more():
    ru = get_pack("ru").read_figures("Второму, раненому по касательной в руку, помощь оказана на месте.")
    assert [(f.measure, f.value, f.additive) for f in ru] == [("injured", 1, True)]
    en = get_pack("en").read_figures("The second, wounded slightly in the arm, was treated at the scene.")
    assert [(f.measure, f.value, f.additive) for f in en] == [("injured", 1, True)]


def test_the_second_of_two_hurt_adds_to_the_first(geoparser):
    text = ("Таджикистан заявил о ранении двух фермеров\n\nДУШАНБЕ — Киргизские военнослужащие в понедельник обстреляли "
            "таджикских фермеров в поле у села Гулхона. Один из фермеров, 38 лет, получил огнестрельное ранение бедра "
            "и доставлен в больницу Худжанда. Второму, раненому по касательной в руку, помощь оказана на месте.\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 4, 18))
    assert found["Gulkhona"].injured == 2


def test_a_telegram_channel_s_first_word_gives_way_to_the_officials_count(geoparser):
    text = ("Pasture fight in Chong-Alay\n\nBISHKEK -- The first word of Sunday's fight came from a local Telegram "
            "channel, which wrote that \"a shepherd from Kara-Shibak was beaten by Tajiks in the mountains.\"\n\nThe "
            "Chong-Alay district administration said on Monday that three residents of Kara-Shibak had been injured in "
            "the fight with herders from Tajikistan on Sunday.\n")
    found = _found(geoparser, text, date=dt.date(2026, 5, 19))
    assert found["Kara-Shibak"].injured == 3


def test_a_messenger_s_rumour_the_day_after_joins_the_night_s_fire(geoparser):
    text = ("Что произошло в Максате\n\nВ субботу поздно вечером у села Максат Лейлекского района стреляли: с "
            "таджикской стороны был открыт огонь в направлении пограничного наряда.\n\nУтром в воскресенье в "
            "WhatsApp-группах разошлось голосовое сообщение: «в Максате ранены трое детей». Глава айыл аймака рассказал, "
            "что в ночь стрельбы пострадал один подросток. По его словам, в воскресенье утром к родственникам в "
            "Кулунду уехали около 70 человек.\n")
    found = _found(geoparser, text, "ru", dt.date(2024, 5, 14))
    assert sorted(found) == ["Maksat"]
    assert found["Maksat"].displaced == 70
    assert found["Maksat"].injured == 1


def test_the_other_side_s_losses_told_after_a_quoted_statement_are_its_claim(geoparser):
    text = ("Таджикистан сообщил о гибели пограничника\n\nОдин военнослужащий Пограничных войск ГКНБ Таджикистана погиб в "
            "результате перестрелки у села Ходжаи-Аъло. Об этом говорится в заявлении Пограничных войск, "
            "распространенном в Душанбе.\n\n«Военнослужащие Пограничной службы Кыргызской Республики открыли огонь по "
            "заставе. В результате провокации погиб военнослужащий 2003 года рождения», – говорится в заявлении.\n\n"
            "В ведомстве также утверждают, что, «по имеющимся данным, ранения получили не менее трех кыргызских "
            "военнослужащих».\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 10, 3))
    assert found["Khoja-Alo"].fatalities == 1
    assert found["Khoja-Alo"].injured is None


def test_families_who_left_a_village_for_relatives_are_displaced(geoparser):
    text = ("Families leave Kok-Tash\n\nBISHKEK (AKIpress) - 23 families, about 110 people, have left Kok-Tash village "
            "of Ak-Sai aiyl okmotu of Batken district since Sunday and moved to relatives in Batken city, the head of "
            "the aiyl okmotu said. People are afraid after the Tajik side began digging trenches near the houses.\n")
    found = _found(geoparser, text, date=dt.date(2023, 9, 20))
    assert sorted(found) == ["Kök-Tash"]
    assert found["Kök-Tash"].displaced == 110


def test_a_wounding_after_the_side_that_fired_is_not_that_side_s_loss(geoparser):
    text = ("Kyrgyz post fired on\n\nBISHKEK -- Kyrgyz border guards said Tajik troops fired on the Kulundu post on "
            "Saturday, wounding two guards.\n")
    found = _found(geoparser, text, date=dt.date(2023, 8, 14))
    assert found["Kulundu"].injured == 2


# --- input: a JSON export's date field ----------------------------------------------------------------------------------


def test_a_json_record_s_datetime_field_is_its_date(tmp_path):
    path = tmp_path / "ria.json"
    path.write_text('{"headline": "Тест", "datetime": "2023-04-18T08:40:00+03:00", "agency": "РИА Новости", '
                    '"body": "ДУШАНБЕ, 18 апр - РИА Новости. Текст."}', encoding="utf-8")
    article = read_articles([path]).articles[0]
    assert article.date == dt.date(2023, 4, 18)
    assert article.source == "РИА Новости"


# --- batch 184: the same theme, a second sample ------------------------------------------------------------------------


def test_a_bold_dateline_with_the_agency_in_slashes_is_no_scene():
    found = get_pack("ru").find_dateline("Заголовок\n\n**Худжанд, 22 апреля 2026 г. /Avesta/.** Жители джамоата Сомониён "
                                         "сообщили о камнях.")
    assert (found.place, found.date, found.agency) == ("Худжанд", dt.date(2026, 4, 22), "Avesta")


def test_a_denial_of_the_wounded_and_of_the_shooting_debunks_no_shooting(geoparser):
    text = ("Погранслужба: по заставе «Арка» стреляли с таджикской стороны. В Душанбе стрельбу отрицают\n\n24.kg, "
            "БИШКЕК — 14 мая около 02:30 со стороны таджикского поста \"Хистеварз\" был открыт огонь из стрелкового "
            "оружия в направлении пограничной заставы \"Арка\". Личный состав заставы не пострадал.\n\nПервым о "
            "стрельбе сообщил Telegram-канал «Лейлек онлайн». В его посте говорилось, что «при обстреле заставы ранены "
            "двое пограничников». В Пограничной службе информацию о раненых опровергли: «Сведения о раненых "
            "военнослужащих не соответствуют действительности».\n\nПограничные войска Таджикистана сообщили, что «в "
            "районе Хистеварза никакой стрельбы не было».\n")
    found = _found(geoparser, text, "ru", dt.date(2024, 5, 15))
    assert sorted(found) == ["Arka"]
    assert found["Arka"].injured == 0


def test_a_channel_s_home_town_the_round_s_origin_and_dead_sheep_are_not_the_toll(geoparser):
    text = ("Versions over a blast in the Alay valley\n\nThe first news came from Telegram. On Sunday a popular channel "
            "run out of Osh posted that \"a shepherd boy was slightly hurt\" near Kyzyl-Eshme, along with a photo of a "
            "crater and several dead sheep.\n\nThe Kyrgyz Border Service said: \"On May 24 a mortar round fired from the "
            "territory of the Republic of Tajikistan, from the area of the Tajik border post near the village of "
            "Karakenja, exploded on a pasture on the southern outskirts of Kyzyl-Eshme village. A 15-year-old resident "
            "of the village, who was grazing sheep, received fragment wounds.\"\n")
    found = _found(geoparser, text, date=dt.date(2026, 5, 27))
    assert sorted(found) == ["Kyzyl-Eshme"]
    assert (found["Kyzyl-Eshme"].fatalities, found["Kyzyl-Eshme"].injured) == (None, 1)


def test_a_village_s_town_named_after_it_and_a_resident_s_property_place_the_strike(geoparser):
    text = ("Drone drops explosive on Chilgazi\n\nDUSHANBE -- On April 20, 2024, at 14:20, an unmanned aerial vehicle "
            "that flew in from the territory of the Kyrgyz Republic dropped an explosive device on the livestock "
            "premises of a resident of Chilgazi jamoat, Isfara city. Two cows died. There were no casualties among the "
            "population.\n\nOn April 21 residents of Lakkon blocked the road to protest a fence, Khovar said.\n")
    found = _found(geoparser, text, date=dt.date(2024, 4, 22))
    assert "Isfara" not in found
    assert (found["Chilgazi"].fatalities, found["Chilgazi"].injured) == (0, 0)


def test_a_drone_s_flight_alone_and_a_denied_crossing_are_no_scenes(geoparser):
    text = ("Tajik patrol shot at near Gulkhona\n\nDUSHANBE (AP) -- A Tajik border guard was wounded on Monday when "
            "Kyrgyz guards fired on a patrol near Gulkhona, Tajikistan's border troops said.\n\nThe Kyrgyz service said "
            "no Kyrgyz drones crossed the state border in the area of Kara-Bak, and that a Tajik drone had flown over a "
            "Kyrgyz border post near Beshkent for about 20 minutes. It did not say the drone had dropped anything.\n")
    found = _found(geoparser, text, date=dt.date(2026, 3, 3))
    assert sorted(found) == ["Gulkhona"]


def test_a_village_named_min_is_no_mine(geoparser):
    text = ("Чабан застрелен у Мин-Жыгача\n\nБИШКЕК, 22 авг — Sputnik. В понедельник 45-летний чабан был застрелен "
            "таджикскими пограничниками на пастбище у села Мин-Жыгач Лейлекского района, сообщили в МВД.\n")
    found = incidents_of(geoparser, text, dt.date(2023, 8, 22), "ru")
    assert [incident.event_type for incident in found] == ["armed_clash"]


def test_a_zero_of_the_servicemen_leaves_a_hurt_civilian_counted(geoparser):
    text = ("Что произошло в Максате\n\nВ субботу поздно вечером у села Максат Лейлекского района стреляли. «С таджикской "
            "стороны был открыт огонь в направлении пограничного наряда у села Максат. Пострадавших среди личного "
            "состава нет», — говорится в сообщении Пограничной службы.\n\nГлава айыл аймака рассказал, что в ночь "
            "стрельбы пострадал один подросток.\n")
    found = _found(geoparser, text, "ru", dt.date(2024, 5, 14))
    assert found["Maksat"].injured == 1


def test_people_detained_who_say_they_were_beaten_are_hurt():
    read = get_pack("en").read_figures("Two residents of the village of Khoja-Alo who were detained by Kyrgyz border "
                                       "guards on Tuesday say they were beaten at a Kyrgyz border post.")
    assert [(f.measure, f.value) for f in read] == [("detained", 2), ("injured", 2)]


def test_servicemen_hit_one_in_the_shoulder_are_hurt_and_houses_hit_are_not():
    read = get_pack("en").read_figures("Two more servicemen were hit, one of them in the shoulder, the other by "
                                       "fragments of a ricocheting bullet.")
    assert [(f.measure, f.value) for f in read] == [("injured", 2)]
    assert get_pack("en").read_figures("Two houses were hit, one of them in the roof.") == []
