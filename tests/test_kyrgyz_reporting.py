"""The Kyrgyz side's reporting (blind batch 53): who attacked is not who speaks, a victim's home named
after the fact, a load's origin, and tolls that differ between the two capitals."""

from __future__ import annotations

import datetime as dt

from geo.language.en.numbers import read_figures
from tests.test_counted_and_typed import by_place, incidents_of

_TWO_TOLLS = (
    "BISHKEK, Sept 21, 2023 (AFP) - A Kyrgyz border guard was killed and three people were wounded on Thursday in "
    "an exchange of fire with Tajik forces on a road in Kyrgyzstan's Leilek district, Bishkek said.\n\n"
    "Kyrgyzstan's Border Service said Tajik servicemen \"opened fire without warning\" at about 8:40 am at a Kyrgyz "
    "patrol vehicle on a section of the border road near the village of Maksat.\n\n"
    "\"As a result of the provocation by the Tajik side, one serviceman of the Border Service was killed, two "
    "servicemen received gunshot wounds,\" the statement said. A civilian, the 41-year-old driver of a truck "
    "carrying coal from Sulukta, was also wounded when his vehicle was hit.\n\n"
    "The dead serviceman was named as a 24-year-old contract soldier from the village of Ak-Suu in Leilek "
    "district.\n\n"
    "Bishkek said the fire came from Tajik positions near the village of Ovchi-Kalacha across the border, and "
    "that \"according to preliminary data, the Tajik side suffered losses of at least two servicemen killed.\"\n\n"
    "In Dushanbe, Tajikistan's border troops said in a statement that Kyrgyz guards had fired first, and that one "
    "Tajik border guard had been wounded \"in the exchange on that section\". The Tajik statement said three "
    "Kyrgyz servicemen had been killed, a figure Bishkek did not confirm.")


def test_the_two_capitals_tolls_make_one_incident_at_the_road(geoparser):
    found = by_place(incidents_of(geoparser, _TWO_TOLLS, dt.date(2023, 9, 21)))
    # the soldier's home and the truck's load are no scenes
    assert set(found) == {"Maksat"}
    clash = found["Maksat"]
    # "the provocation by the Tajik side" names who attacked: the Kyrgyz service counts its own dead
    assert clash.fatalities == 1
    assert clash.fatalities_by_side == {"KG": 1}
    # each government's own wounded: three Kyrgyz (two servicemen and the driver "also" hit), one Tajik
    assert clash.injured == 4


def test_also_after_a_long_aside_adds_the_person():
    figures = read_figures("A civilian, the 41-year-old driver of a truck carrying coal from Sulukta, was also "
                           "wounded when his vehicle was hit.")
    assert [(f.measure, f.value, f.additive) for f in figures] == [("injured", 1, True)]


def test_ages_after_a_home_country_and_bodily_injuries_are_read():
    figures = read_figures("Three citizens of the Kyrgyz Republic, aged 23, 37 and 54, received bodily injuries - "
                           "head injuries and bruises.")
    assert [(f.measure, f.value, f.side) for f in figures] == [("injured", 3, "KG")]


_CASE_OPENED = (
    "14 June 2021, 11:30\n\n"
    "Criminal case opened after fight over cattle on Kulundu pasture\n\n"
    "Isfana, June 14 /Kabar/. The Leilek district internal affairs department has opened a criminal case after a "
    "fight between residents of Kulundu ayyl aimagy and citizens of Tajikistan on a pasture near the village of "
    "Kulundu, the press service of the Batken regional internal affairs directorate reported.\n\n"
    "According to the police, on Saturday, June 12, at about 15:00, herders from the Tajik village of "
    "Ovchi-Kalacha drove about 40 head of cattle and 120 sheep onto a Kyrgyz pasture 1.5 kilometres from the "
    "last houses of Kulundu. An argument broke out and turned into a fight. Stones and sticks were used.\n\n"
    "Three citizens of the Kyrgyz Republic, aged 23, 37 and 54, received bodily injuries.")


def test_a_fight_reported_undated_takes_the_day_its_place_was_dated(geoparser):
    found = by_place(incidents_of(geoparser, _CASE_OPENED, dt.date(2021, 6, 14)))
    # the police directorate that reported is no scene
    assert set(found) == {"Kulundu"}
    assert found["Kulundu"].date_start == dt.date(2021, 6, 12)
    assert found["Kulundu"].injured == 3


def test_a_limit_dates_no_event(geoparser):
    text = ("Tajik military shells Isfana, three civilians wounded\n\n"
            "Bishkek, 16 September 2022 - 24.kg news agency. The Tajik military shelled the town of Isfana in Leilek "
            "district this morning, the press service told 24.kg.\n\n"
            "Schools in Isfana have suspended classes until Monday.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 9, 16)))
    assert found["Razzakov"].date_end >= dt.date(2022, 9, 15)


def test_a_detainee_beaten_is_one_hurt_and_the_post_he_was_taken_to_is_no_scene(geoparser):
    text = ("Bishkek - 24.kg. According to the Border Service, on April 5 at about 17:30 a 34-year-old resident of "
            "the village of Kök-Tash was detained by servicemen of the Border Troops of Tajikistan on the bypass "
            "road at the edge of the village of Ak-Sai.\n\n"
            "The man told Kyrgyz border guards that four Tajik servicemen stopped his car, pulled him out and beat "
            "him with rifle butts before taking him to a Tajik border post in Vorukh, where he spent the night.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 4, 6)))
    assert set(found) == {"Ak-Sai"}
    assert found["Ak-Sai"].injured == 1


def test_a_pronoun_beaten_is_one_person_but_a_record_beaten_is_none():
    assert [(f.measure, f.value) for f in read_figures("they beat her")] == [("injured", 1)]
    assert read_figures("she beat her record") == []


_AKIM_BRIEFING = (
    "# Chong-Alay akim: houses and a school damaged in two villages\n\n"
    "Mortar rounds fired from the Tajik side on Sunday evening damaged 23 houses and a school in two villages of "
    "Chong-Alay ayyl aimagy, the akim of Chong-Alay district said at a briefing on Monday.\n\n"
    "According to the akim, the rounds landed between 21:40 and 22:15 on October 6. The district commission gave "
    "the following figures by village:\n\n"
    "- **Daroot-Korgon**: 14 houses damaged, the roof and 26 windows of school No. 1 destroyed. Two residents "
    "received shrapnel wounds - a 46-year-old woman and a 61-year-old man.\n"
    "- **Kyzyl-Eshme**: 9 houses damaged, a barn burned down. A 9-year-old boy received a shrapnel wound to the "
    "leg.\n\n"
    "\"There are no dead. The situation is under control,\" the akim said.\n\n"
    "On Sunday night the head of the ayyl okmotu had spoken of four injured. The akim clarified on Monday that "
    "one of them had sought medical help for high blood pressure and was not injured, so the number of injured "
    "is three.")


def test_a_bold_village_list_gives_each_village_its_own_toll_and_the_total_to_none(geoparser):
    found = by_place(incidents_of(geoparser, _AKIM_BRIEFING, dt.date(2024, 10, 7)))
    assert set(found) == {"Daroot-Korgon", "Kyzyl-Eshme"}
    assert found["Daroot-Korgon"].injured == 2
    assert found["Kyzyl-Eshme"].injured == 1  # not the total of three, nor the earlier four
    assert found["Kyzyl-Eshme"].event_type == "shelling_artillery"
    assert found["Kyzyl-Eshme"].date_start == dt.date(2024, 10, 6)


def test_a_plan_dates_nothing_in_the_past(geoparser):
    text = ("On Tuesday, August 22, at about 23:30, shots were fired at the village of Chek of Batken district from "
            "the Tajik side, the Border Service reported. No one was hurt. The head of the ayyl okmotu said "
            "residents were not evacuated and that the school will open on September 1 as planned.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 25)))
    assert found["Chek"].displaced == 0


def test_men_detained_trying_to_cross_are_no_incident(geoparser):
    text = ("On Thursday border guards detained three citizens of Tajikistan who tried to cross the border on foot "
            "near Kyzyl-Jol carrying 200 kilograms of sugar. They were handed over the same evening.")
    assert "Kyzyl-Jol" not in by_place(incidents_of(geoparser, text, dt.date(2023, 8, 25)))


_TWO_VERSIONS_RU = (
    "БИШКЕК (AKIpress) - В результате перестрелки между пограничниками Кыргызстана и Таджикистана, произошедшей в "
    "среду вечером на участке автодороги Баткен - Исфана у села Ак-Татыр, погиб кыргызский военнослужащий, еще "
    "трое граждан Кыргызстана ранены. Об этом сообщила Пограничная служба ГКНБ.\n\n"
    "«С кыргызской стороны погиб один военнослужащий - 23-летний младший сержант. Огнестрельные ранения получили "
    "двое пограничников и один гражданский - 47-летний водитель грейдера», - говорится в сообщении. Министерство "
    "здравоохранения уточнило, что состояние одного из пограничников оценивается как тяжелое, двое других "
    "пострадавших находятся в состоянии средней тяжести.\n\n"
    "По оперативным данным Пограничной службы, «со стороны таджикских военнослужащих имеются двое погибших». "
    "Подтверждения этой информации из Душанбе не поступало.\n\n"
    "Пограничные войска ГКНБ Таджикистана утверждают, что в результате перестрелки «один таджикский "
    "военнослужащий получил ранение, погибших нет».")


def test_the_border_service_s_word_on_the_other_side_is_its_claim_ru(geoparser):
    found = by_place(incidents_of(geoparser, _TWO_VERSIONS_RU, dt.date(2023, 10, 12), lang="ru"))
    clash = found["Ak-Tatyr"]
    # the Border Service's "two Tajik dead" is its claim; Dushanbe says none of its own died
    assert clash.fatalities == 1
    assert clash.fatalities_by_side == {"KG": 1, "TJ": 0}
    # not "the other two" of the three as a new, lower count; the quotation «..., - говорится в сообщении» is
    # the Border Service's named before it, so its three are Kyrgyzstan's own count, and each government's
    # count of its own people is summed: 3 + Dushanbe's one (a count with no known speaker would not add up:
    # tests/test_figures.py)
    assert clash.injured == 4


def test_the_other_two_are_a_remainder_not_a_count():
    from geo.language.ru.numbers import read_figures as read_ru
    assert read_ru("двое других пострадавших находятся в состоянии средней тяжести") == []
    assert [(f.measure, f.value) for f in read_ru("Двое других — мальчики 11 и 14 лет — получили осколочные "
                                                   "ранения.")] == [("injured", 2)]


def test_a_denied_report_with_an_old_photo_is_no_incident(geoparser):
    text = ("БИШКЕК (AKIpress) - Пограничная служба ГКНБ Кыргызстана опровергла информацию об обстреле таджикского "
            "села с кыргызской заставы.\n\n"
            "В среду, 4 февраля, таджикский Telegram-канал опубликовал сообщение о том, что в ночь на среду «с "
            "кыргызской заставы у села Кара-Шыбак» был открыт огонь по селу Каракенджа Лахшского района. Согласно "
            "публикации, ранены двое местных жителей.\n\n"
            "«Данная информация не соответствует действительности. Никаких выстрелов на чон-алайском участке границы "
            "не зафиксировано», - говорится в заявлении ведомства.\n\n"
            "Как выяснили журналисты, приложенное к сообщению фото было сделано в мае 2021 года в Ворухе.")
    assert incidents_of(geoparser, text, dt.date(2026, 2, 5), lang="ru") == []


def test_a_road_closed_after_a_rockfall_is_no_incident(geoparser):
    text = ("Во вторник возобновлено движение по участку автодороги Кызыл-Кыя — Баткен у Айдаркена, который был "
            "закрыт после камнепада 3 апреля. Пострадавших нет.")
    assert "Aidarken" not in by_place(incidents_of(geoparser, text, dt.date(2026, 4, 13), lang="ru"))
    english = ("On Wednesday traffic was restored on the section of the Kyzyl-Kiya - Batken road near Aidarken, "
               "which had been closed since June for reconstruction.")
    assert "Aidarken" not in by_place(incidents_of(geoparser, english, dt.date(2023, 8, 25)))


def test_an_outlet_s_web_name_is_no_count():
    from geo.language.ru.numbers import read_figures as read_ru
    assert read_ru("Родственники мужчины рассказали 24.kg, что при задержании к нему применили физическую силу.") == []
    assert [(f.measure, f.value) for f in read_ru("задержаны 24 человека.")] == [("detained", 24)]
