"""The everyday mix of batches 145 and 146 and the leftovers of 139 to 141, studied after their blind scores:
follow-ups that revise a toll, weekly digests whose items keep their own figures, statements about detentions,
truces agreed at crossings, and the people of a neighbouring district. The texts are written for these tests; none
is a devset article."""

from __future__ import annotations

import datetime as dt

from geo.incidents.model import Figure
from geo.incidents.quantities import fuse_measure
from geo.language import pack_for
from geo.language.en.dateline import find_dateline
from tests.test_counted_and_typed import by_place, figures_of, incidents_of, roles_of

# --- tolls revised, lost and told one by one ----------------------------------------------------------------------


def test_a_toll_that_rose_from_one_number_to_another_is_the_second():
    en, ru = pack_for("en").read_figures, pack_for("ru").read_figures
    assert figures_of(en, "The number of wounded climbed from three to five.") == [("injured", 5, None)]
    assert figures_of(en, "The number of Kyrgyz citizens injured in the brawl has risen from two to four.") == [
        ("injured", 4, "KG")]
    assert figures_of(ru, "Число раненых возросло с трех до пяти.") == [("injured", 5, None)]
    assert figures_of(ru, "Количество пострадавших увеличилось с двух до четырех человек.") == [("injured", 4, None)]


def test_a_side_that_lost_servicemen_lost_them_dead():
    read = pack_for("en").read_figures
    assert figures_of(read, "Thus, the Kyrgyz side has lost two servicemen in the incident.") == [
        ("fatalities", 2, "KG")]
    # (not what a statement quoted says a side lost, nor an older head: "lost ... killed")
    assert figures_of(read, 'The statement said the Kyrgyz side had "lost at least three servicemen".') == []
    assert figures_of(read, "Tajik forces had lost up to five servicemen killed.") == [("fatalities", 5, "TJ")]
    # (not "fire from Tajikistan killed one man": the side that fired)
    assert figures_of(read, "Mortar rounds fired from Tajikistan killed one man.") == [("fatalities", 1, None)]


def test_a_quoted_statement_about_what_the_other_side_lost_is_its_claim(geoparser):
    text = ("BISHKEK, Kyrgyzstan (AP) - A Kyrgyz border guard was wounded on Sunday when Tajik servicemen opened "
            "fire on the Kyrgyz post at Ak-Sai, Kyrgyzstan's Border Service said. There were no deaths on the Kyrgyz "
            "side, according to the service. The service also asserted that \"according to preliminary information, "
            "the Tajik side lost two servicemen.\"")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 9, 16)))
    assert (found["Ak-Sai"].fatalities, found["Ak-Sai"].injured) == (0, 1)


def test_other_people_of_a_side_make_the_one_named_before_them_that_side_s():
    read = pack_for("en").read_figures
    assert figures_of(read, "An old shell exploded near the village, killing a 12-year-old boy and wounding two "
                            "other Kyrgyz children.") == [("fatalities", 1, "KG"), ("injured", 2, "KG")]


def test_the_others_after_the_speaker_s_own_dead_are_its_own_wounded(geoparser):
    text = ("BISHKEK, March 9 (AFP) - \"Tajik servicemen opened fire with automatic weapons on Kyrgyz positions "
            "near Andarak,\" the Kyrgyz Border Service said, adding that one border guard, aged 23, had been killed "
            "and two others wounded.\n\n"
            "Tajikistan's border troops said one Tajik serviceman had been wounded.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 3, 9)))
    assert (found["Andarak"].fatalities_by_side, found["Andarak"].injured) == ({"KG": 1}, 3)


def test_russian_the_second_of_two_told_one_by_one_is_one_more():
    read = pack_for("ru").read_figures
    assert [f.additive for f in read("Второй, 24 лет, получил ушибы и отпущен домой.")] == [True]
    assert [f.additive for f in read("Во второй раз ранен житель села.")] == [False]


def test_russian_a_toll_of_one_side_after_what_it_resulted_from():
    read = pack_for("ru").read_figures
    assert figures_of(read, "«Всего с кыргызской стороны в результате инцидента 3 сентября погиб один человек, еще "
                            "трое получили травмы различной степени тяжести»") == [("fatalities", 1, "KG"),
                                                                                   ("injured", 3, "KG")]


def test_russian_the_first_day_s_count_is_an_earlier_report(geoparser):
    text = ("БИШКЕК (АКИpress) - В Баткенской областной больнице скончался 47-летний житель села Чек, получивший "
            "тяжелую травму головы в ходе массовой драки 3 сентября.\n\n"
            "Как сообщалось, драка между жителями села Чек и соседнего таджикского села произошла во вторник, 3 "
            "сентября, у канала на окраине Чека.\n\n"
            "Минздрав уточнил данные. «Всего с кыргызской стороны в результате инцидента 3 сентября погиб один "
            "человек, еще трое получили травмы», — говорится в сообщении. В первый день ведомство сообщало о четырех "
            "пострадавших кыргызстанцах, включая скончавшегося.\n\n"
            "Таджикская сторона в день инцидента сообщала, что травмы получили двое граждан Таджикистана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 9, 7), "ru"))
    # one Kyrgyz dead and three hurt by the revised count, two Tajik hurt
    assert (found["Chek"].fatalities, found["Chek"].injured) == (1, 5)


def test_russian_the_hurt_still_in_treatment_are_counted():
    read = pack_for("ru").read_figures
    assert figures_of(read, "Еще четверо остаются на лечении.") == [("injured", 4, None)]
    assert figures_of(read, "Двое из них остаются на лечении.") == []
    assert figures_of(read, "Помощь оказана троим пострадавшим, двое из них выписаны, один продолжает лечение.") == [
        ("injured", 3, None)]


def test_russian_a_wound_named_before_its_verb_and_the_person():
    read = pack_for("ru").read_figures
    assert figures_of(read, "По данным милиции, ушибы и рассечение головы получил 41-летний житель села Андарак.") == [
        ("injured", 1, None)]


def test_english_the_younger_man_s_bruises_are_an_injury():
    read = pack_for("en").read_figures
    assert figures_of(read, "the younger man suffered bruises to his face and arms") == [("injured", 1, None)]


def test_russian_a_described_person_told_by_the_side_that_counted_him_is_no_second_count(geoparser):
    text = ("Вечером в пятницу, 17 мая, у села Кызыл-Бел произошел конфликт между жителями приграничных сел. По "
            "данным полпредства, группа граждан Таджикистана начала забрасывать камнями машины. «В результате "
            "пострадали двое граждан Кыргызстана», — говорится в сообщении.\n\n"
            "Как передает «Азия-Плюс» со ссылкой на Пограничные войска ГКНБ Таджикистана, пострадал один гражданин "
            "Таджикистана. «Житель джамоата Чилгази, 1991 года рождения, получил травму руки и доставлен в "
            "центральную больницу Исфары», — говорится в сообщении таджикского ведомства.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 18), "ru"))
    assert found["Kyzyl-Bel"].injured == 3


def test_a_body_named_again_by_its_kind_after_a_quotation_claims_the_other_side_s_hurt(geoparser):
    text = ("KHUJAND, August 4 (Asia-Plus) - Two residents of Isfara were injured on Saturday evening when a group of "
            "people from Kyrgyzstan pelted cars with stones on the road through Chilgazi, the Sughd regional police "
            "directorate said on Sunday.\n\n"
            "\"At least four citizens of Kyrgyzstan also received injuries in the scuffle with local residents, "
            "according to our information,\" a police spokesman told Asia-Plus.\n\n"
            "The Batken regional administration said one resident of Kara-Bak, aged 28, was injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 4)))
    assert found["Chilgazi"].injured == 3


def test_a_death_of_the_wounded_does_not_come_off_the_other_side_s_count(geoparser):
    text = ("BISHKEK, October 5 - 24.kg. A second serviceman of the Border Service of Kyrgyzstan has died of wounds "
            "received during the shooting near Katran village on October 1, the press center reported.\n\n"
            "Thus, the Kyrgyz side has lost two servicemen in the incident. The Border Service now puts the toll at "
            "two servicemen killed.\n\n"
            "The Tajik side earlier reported one wounded serviceman of its border troops.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 5)))
    assert (found["Katran"].fatalities_by_side, found["Katran"].injured) == ({"KG": 2}, 1)


def test_russian_a_death_told_of_a_village_s_resident_is_that_village_s_side(geoparser):
    text = ("ХУДЖАНД, 28.10.2024 /Avesta/. 58-летний житель джамоата Овчи-Калъача, получивший тяжелую травму в "
            "ходе массовой драки с жителями кыргызского села Кулунду, скончался в воскресенье, 27 октября.\n\n"
            "Напомним, драка произошла в четверг, 24 октября, на окраине Овчи-Калъачи.\n\n"
            "Кыргызская сторона сообщила о троих пострадавших гражданах Кыргызстана.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 28), "ru")
    assert [(i.place.name, i.date_start, i.fatalities_by_side) for i in found] == [
        ("Ovchi-Kalacha", dt.date(2024, 10, 24), {"TJ": 1})]


# --- digests and the items they sum -------------------------------------------------------------------------------

WEEKLY_DIGEST_RU = (
    "БИШКЕК (АКИpress) — Обзор главных событий на кыргызско-таджикской границе за неделю.\n\n"
    "Драка на пастбище у Кара-Шыбака\n\n"
    "24 октября, во вторник, в Чон-Алайском районе произошла драка между кыргызскими чабанами и жителями "
    "соседнего Лахшского района Таджикистана. По данным милиции, у села Кара-Шыбак чабаны столкнулись с "
    "таджикскими пастухами. Спор перерос в драку с применением палок и камней.\n\n"
    "В милиции сообщили, что пострадали трое граждан Кыргызстана. Администрация Лахшского района сообщила об одном "
    "пострадавшем гражданине Таджикистана.\n\n"
    "Временная эвакуация в Кызыл-Эшме\n\n"
    "27 октября, в пятницу, МЧС временно вывезло из села Кызыл-Эшме 126 жителей. «Выстрелов не было, никто не "
    "пострадал», — пояснили в МЧС.")


def test_a_neighbouring_district_across_the_line_is_the_other_party_s_home(geoparser):
    found = incidents_of(geoparser, WEEKLY_DIGEST_RU, dt.date(2023, 10, 30), "ru")
    assert [(i.place.name, i.injured) for i in found] == [("Kara-Shibak", 4), ("Kyzyl-Eshme", 0)]


def test_a_zero_in_one_item_s_paragraph_says_nothing_of_an_item_days_before(geoparser):
    found = by_place(incidents_of(geoparser, WEEKLY_DIGEST_RU, dt.date(2023, 10, 30), "ru"))
    assert (found["Kara-Shibak"].fatalities, found["Kyzyl-Eshme"].fatalities) == (None, 0)


def test_a_note_s_zero_in_a_paragraph_of_its_own_still_covers_its_dated_items(geoparser):
    text = ("Душанбе, 14.03.2024 /НИАТ «Ховар»/. Кыргызской стороне вручена нота протеста в связи с обстрелами.\n\n"
            "— 7 марта, 15:40. Анклав Ворух. В результате стрельбы ранен 54-летний житель джамоата.\n\n"
            "— 11 марта, 21:05. Село Чоркух. Пулей ранена 37-летняя жительница.\n\n"
            "«В результате указанных провокационных действий ранены два гражданина Республики Таджикистан, погибших "
            "нет», — отмечается в документе.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 14), "ru"))
    assert (found["Vorukh"].fatalities, found["Chorkuh"].fatalities) == (0, 0)


def test_a_lede_that_says_none_of_the_week_s_items_was_fatal_covers_them_all(geoparser):
    text = ("# Border week\n\n"
            "Three episodes were reported between April 15 and April 21, none of them with deaths.\n\n"
            "## Andarak (Monday)\n\n"
            "On Monday, April 15, residents of Andarak and of a Tajik village threw stones at each other. Three "
            "Andarak residents were treated for bruises.\n\n"
            "## Kyzyl-Eshme (Saturday)\n\n"
            "On Saturday a 14-year-old shepherd was wounded when an old mortar round went off near Kyzyl-Eshme.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 22)))
    assert (found["Andarak"].fatalities, found["Kyzyl-Eshme"].fatalities) == (0, 0)


def test_russian_a_week_that_passed_without_deaths_covers_its_items(geoparser):
    text = ("Граница за неделю\n\n"
            "С 8 по 14 июля обошлось без погибших, однако о двух инцидентах сообщили официальные органы.\n\n"
            "Вторник, 9 июля. Около 21:30 у села Самаркандык группа молодых людей забросала камнями автомобиль, "
            "водитель получил порезы лица.\n\n"
            "Суббота, 13 июля. Около 23:15 неизвестные произвели несколько выстрелов в направлении села Арка. Две пули "
            "попали в крышу жилого дома.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 7, 15), "ru"))
    assert (found["Samarkandyk"].fatalities, found["Arka"].fatalities) == (0, 0)


def test_a_heading_over_the_other_side_s_statement_is_no_other_item(geoparser):
    text = ("Конфликт у Ак-Татыра\n\n"
            "БИШКЕК, 18 окт — Sputnik. Конфликт между жителями приграничных сел произошел в понедельник, 14 октября, у "
            "села Ак-Татыр. Жители забрасывали друг друга камнями.\n\n"
            "В Минздраве сообщили, что пятеро граждан Кыргызстана получили травмы.\n\n"
            "## Позиция Душанбе\n\n"
            "Пограничные войска ГКНБ Таджикистана в понедельник сообщили, что травмы получили трое граждан "
            "Таджикистана. Они доставлены в больницу Исфары.\n\n"
            "## Вода\n\nКанал обеспечивает водой поля.\n\n## Памятка\n\nКурс валют на сегодня.\n\n"
            "## Погода\n\nВ Баткене солнечно.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 18), "ru"))
    assert found["Ak-Tatyr"].injured == 8


def test_another_item_s_health_ministry_toll_stays_out(geoparser):
    text = ("Kyrgyz and Tajik media blame each other for Lakkon shooting\n\n"
            "A Tajik farmer was killed near Lakkon on Friday when shots were fired from the Kyrgyz side, Tajik media "
            "reported. One Kyrgyz border guard received a gunshot wound, the Kyrgyz border service said.\n\n"
            "## Background\n\nThe area lies close to the junction of three borders.\n\n"
            "## What comes next\n\nBorder representatives are due to meet on Monday.\n\n"
            "## Also in the Central Asian media\n\n"
            "- Kyrgyz Health Ministry reported 1,204 new COVID-19 cases and 17 deaths over the past 24 hours.\n\n"
            "## Sources\n\nKhovar, 24.kg")
    found = incidents_of(geoparser, text, dt.date(2021, 7, 3))
    assert all(i.fatalities in (None, 0, 1) for i in found)


# --- places: posts, districts, headlines and scenes ---------------------------------------------------------------


def test_the_post_whose_servicemen_detained_people_is_no_scene(geoparser):
    ru = ("10 сентября 2024 года примерно в 15:30 на участке государственной границы в районе села Сомониён "
          "военнослужащие кыргызской пограничной заставы «Бешкент» незаконно задержали трех граждан Республики "
          "Таджикистан.")
    assert ("Бешкент", "context") in roles_of(geoparser, ru, "ru", dt.date(2024, 9, 12))
    en = ("On September 10, near the village of Somoniyon, servicemen of the Kyrgyz border post \"Beshkent\" "
          "detained three citizens of Tajikistan.")
    assert ("Beshkent", "context") in roles_of(geoparser, en, "en", dt.date(2024, 9, 12))


def test_russian_servicemen_of_a_border_service_from_a_post_by_a_village_are_no_scene(geoparser):
    text = ("Как отмечается в сообщении МИД, 14 августа примерно в 11:00 военнослужащие Пограничной службы Кыргызской "
            "Республики с поста, расположенного у села Арка, пересекли линию границы и на пастбище на окраине села "
            "Хистеварз задержали двух граждан Республики Таджикистан.")
    roles = roles_of(geoparser, text, "ru", dt.date(2024, 8, 16))
    assert ("Арка", "context") in roles and ("Хистеварз", "incident") in roles


def test_the_heads_of_regional_border_bodies_are_no_scene(geoparser):
    en = ("On Wednesday morning, the heads of the border services of Kyrgyzstan's Batken region and Tajikistan's "
          "Sughd region met in Sulukta and agreed to a ceasefire on the Katran section.")
    roles = roles_of(geoparser, en, "en", dt.date(2024, 10, 2))
    assert ("Batken region", "context") in roles and ("Sughd region", "context") in roles
    ru = ("Руководители пограничных ведомств Согдийской области Таджикистана и Баткенской области Киргизии в пятницу "
          "договорились о полном прекращении огня после перестрелки, произошедшей накануне вечером.")
    roles = roles_of(geoparser, ru, "ru", dt.date(2024, 9, 20))
    assert ("Согдийской области", "context") in roles and ("Баткенской области", "context") in roles


def test_a_town_people_were_taken_to_is_their_destination(geoparser):
    text = ("Tajik servicemen opened fire on a Kyrgyz border outpost near Katran on October 1. Local authorities then "
            "took about 140 residents of the village, mostly women and children, to a sports hall in Razzakov.")
    assert ("Razzakov", "context") in roles_of(geoparser, text, "en", dt.date(2024, 10, 5))


def test_a_border_village_in_a_title_case_headline_is_no_first_name(geoparser):
    text = ("Dushanbe Protests Beating of Gulkhona Herders by Kyrgyz Border Guards\n\n"
            "Tajikistan's Ministry of Foreign Affairs has handed a note of protest to Kyrgyzstan's ambassador.")
    assert ("Gulkhona", "incident") in roles_of(geoparser, text, "en", dt.date(2024, 3, 15))


def test_the_sentence_after_the_story_village_s_dated_one_goes_on_with_its_story(geoparser):
    text = ("Dushanbe Protests Beating of Gulkhona Herders by Kyrgyz Border Guards\n\n"
            "By Times of Central Asia staff\n\n"
            "Tajikistan's Ministry of Foreign Affairs has handed a note of protest to Kyrgyzstan's ambassador in "
            "Dushanbe.\n\n"
            "According to the ministry, the two men, residents of the village of Gulkhona, were grazing cattle about "
            "500 meters from the village at around 11:00 a.m. on March 12, when six Kyrgyz servicemen approached "
            "them. The servicemen \"used physical force, struck the citizens with rifle butts and forcibly took them "
            "to the territory of the Kyrgyz Republic,\" the ministry said.")
    found = incidents_of(geoparser, text, dt.date(2024, 3, 15))
    assert [(i.place.name, i.date_start) for i in found] == [("Gulkhona", dt.date(2024, 3, 12))]


def test_russian_a_digest_s_event_of_the_week_names_its_scene(geoparser):
    text = ("ДУШАНБЕ, 28.07.2024 /Avesta/. «Авеста» подводит итоги недели на таджикско-кыргызской границе.\n\n"
            "ДРАКА НА ПАСТБИЩЕ\n\n"
            "Самым серьезным событием недели стал конфликт на высокогорном пастбище у села Каракенджа джамоата Лахши "
            "Боло. Как сообщили в Пограничных войсках, в среду, 24 июля, около 15:00 между таджикскими пастухами и "
            "чабанами из соседнего Чон-Алайского района возник спор из-за выпаса скота. Спор перерос в драку, в ходе "
            "которой был подожжен кош.\n\n"
            "ПЕРЕГОВОРЫ\n\nВ Исфаре работали топографические группы.")
    found = incidents_of(geoparser, text, dt.date(2024, 7, 28), "ru")
    assert [i.place.name for i in found] == ["Karakenja"]


def test_a_past_year_s_not_but_is_no_correction(geoparser):
    text = ("Three shepherds from the village of Toguz-Bulak were injured in a fight with herders from the Tajik "
            "side on Sunday afternoon, June 18, the district administration said.\n\n"
            "Recall, the fighting in 2022 did not reach Toguz-Bulak, but the villages of Maksat and Kulundu came "
            "under fire.")
    found = incidents_of(geoparser, text, dt.date(2023, 6, 20))
    assert [(i.place.name, i.injured) for i in found] == [("Toguz-Bulak", 3)]


def test_where_the_worst_violence_took_place_is_no_event(geoparser):
    text = ("# In the high Alay, a quieter border dispute over grass\n\n"
            "According to Kyrgyzstan's Border Service, on July 2 a patrol of about eight Tajik servicemen detained two "
            "herders from Kyzyl-Eshme at around 10 a.m. on the pasture some 6 kilometers south of the village, struck "
            "them with rifle butts, and took them across the line.\n\n"
            "## An old pattern\n\n"
            "Chong-Alay lies about 200 kilometers east of Batken, where the worst violence between the two countries "
            "took place. In April 2021, 36 Kyrgyz and 19 Tajik citizens were killed.")
    found = incidents_of(geoparser, text, dt.date(2024, 7, 6))
    assert [i.place.name for i in found] == ["Kyzyl-Eshme"]


# --- rumours, truces and dates ------------------------------------------------------------------------------------


def test_russian_a_telegram_rumour_found_false_after_it_is_no_event(geoparser):
    text = ("# Сурх: тишина, к которой привыкают заново\n\n"
            "Утро в Сурхе начинается с очереди у хлебопекарни. Отсюда до линии границы около 500 метров.\n\n"
            "## Что помнят здесь\n\n"
            "Весной 2021 года, когда конфликт у водозабора перекинулся на соседние села, в Сурхе сгорели несколько "
            "домов и магазинов.\n\n"
            "## Ложная тревога 28 ноября\n\n"
            "В ночь на 28 ноября в нескольких телеграм-каналах появилось сообщение о том, что «у Сурха идет "
            "перестрелка с кыргызскими пограничниками». Видео с глухими взрывами за минуту набрало тысячи просмотров, "
            "и в джамоате многие до утра не ложились спать.\n\n"
            "Утром Пограничные войска сообщили, что никакой стрельбы на участке не было. «Звуки — плановые взрывные "
            "работы на угольном разрезе в Шуробе», — заявили в ведомстве.\n\n"
            "Кыргызская пограничная служба также опровергла информацию о перестрелке.")
    assert incidents_of(geoparser, text, dt.date(2024, 12, 5), "ru") == []


def test_english_what_telegram_channels_reported_is_no_event(geoparser):
    text = ("On the night of November 28, several Telegram channels reported a shootout with Kyrgyz border guards "
            "near Surkh.")
    assert incidents_of(geoparser, text, dt.date(2024, 12, 5)) == []


def test_russian_a_truce_reached_at_the_meeting_in_a_crossing_the_sentence_before_named(geoparser):
    text = ("МОСКВА, 12 июня. /Интерфакс/. Около 15:00 таджикские военнослужащие открыли огонь по кыргызскому посту "
            "у села Максат, ранены двое пограничников.\n\n"
            "Вечером в пункте пропуска \"Кулунду\" на границе состоялась встреча пограничных представителей двух "
            "стран. \"По итогам встречи достигнута договоренность о полном прекращении огня с 19:00 12 июня и "
            "совместном мониторинге ситуации на всем протяжении лейлекского участка границы\", - сообщили в "
            "Пограничной службе.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 12), "ru")
    assert ("Kulundu", ["ceasefire_agreement"]) in [(i.place.name, i.event_types) for i in found]


def test_russian_a_truce_for_the_fight_just_told_agreed_at_a_crossing_named_after_two_places(geoparser):
    text = ("ДУШАНБЕ, 20 сентября. /ТАСС/. Руководители пограничных ведомств Согдийской области Таджикистана и "
            "Баткенской области Киргизии в пятницу на встрече на пункте пропуска «Гулистон — Кызыл-Бел» договорились о "
            "полном прекращении огня после перестрелки, произошедшей накануне вечером.\n\n"
            "По данным Пограничных войск, в четверг около 19:00 киргизские военнослужащие открыли огонь по окраине "
            "села Сурх, ранен один житель.")
    found = incidents_of(geoparser, text, dt.date(2024, 9, 20), "ru")
    assert sorted((i.place.name, i.event_types[0]) for i in found) == [
        ("Kyzyl-Bel", "ceasefire_agreement"), ("Surkh", "armed_clash")]


def test_a_discharge_from_hospital_dates_no_event(geoparser):
    text = ("A 45-year-old resident of Arka who was injured in a mass brawl with residents of Khistevarz on "
            "October 12 died in hospital, the Ministry of Health reported.\n\n"
            "Two residents of Arka were injured: the 45-year-old man and a 19-year-old, who was treated in the "
            "district hospital and discharged on Monday.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 16))
    assert [(i.place.name, i.date_start) for i in found] == [("Arka", dt.date(2024, 10, 12))]


def test_the_day_a_man_died_in_the_hospital_he_was_taken_to_dates_no_event(geoparser):
    text = ("A 45-year-old resident of Arka who was injured in a mass brawl with residents of Khistevarz on "
            "October 12 died in hospital, the Ministry of Health reported.\n\n"
            "According to the ministry, the man died on the evening of October 15 in the Osh regional hospital, "
            "where he had been taken with a severe head injury.\n\n"
            "As 24.kg reported, on Saturday, October 12, a car hit a cow on the road passing through Arka. An "
            "argument grew into a fight in which stones were thrown.\n\n"
            "Two residents of Arka were injured: the 45-year-old man and a 19-year-old.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 16))
    assert [(i.place.name, i.date_start, i.fatalities, i.injured) for i in found] == [
        ("Arka", dt.date(2024, 10, 12), 1, 1)]


def test_a_wire_dateline_in_bold():
    found = find_dateline("Title\n\n**KHUJAND, August 4 (Asia-Plus)** — Two residents of Isfara were injured.")
    assert (found.place, found.month_day, found.agency) == ("KHUJAND", (8, 4), "Asia-Plus")


def test_a_short_quotation_of_where_fire_came_from_names_no_speaker(geoparser):
    text = ("BISHKEK, Aug 23 (Reuters) - A Kyrgyz border guard was wounded late on Tuesday when shots were fired at a "
            "frontier post near the village of Toguz-Bulak, the Kyrgyz border service said.\n\n"
            "The service said in a statement that its post came under automatic rifle fire \"from the direction of "
            "Tajik positions\" roughly 700 metres away.\n\n"
            "A 24-year-old sergeant was hit in the shoulder and taken to the district hospital, it said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 23)))
    assert found["Toguz-Bulak"].injured == 1


# --- batches 143 and 144, studied after their blind final ---------------------------------------------------------


def test_the_press_center_s_town_is_where_it_speaks_from(geoparser):
    text = ("DUSHANBE, September 3 (Asia-Plus) - A woman and her grandson were injured on Sunday evening when a small "
            "unmanned aerial vehicle crashed and exploded in the yard of their house in Somoniyon, the regional "
            "administration said.\n\n"
            "According to the administration's press center in Khujand, at about 7:15 p.m. on September 1 residents "
            "saw a drone flying at low altitude.")
    found = incidents_of(geoparser, text, dt.date(2024, 9, 3))
    assert [(i.place.name, i.event_type, i.injured) for i in found] == [("Somoniyon", "air_drone_strike", 2)]


def test_a_digest_s_note_on_its_own_earlier_issue_is_no_event(geoparser):
    en = ("Chek residents moved as a precaution\n\n"
          "On Wednesday, November 13, about 186 residents of Chek were moved to a school in Batken as a precaution.\n\n"
          "Last week's edition reported the detention of two herders near Andarak; both were released the same day.")
    assert [i.place.name for i in incidents_of(geoparser, en, dt.date(2024, 11, 16))] == ["Chek"]
    read = pack_for("ru").not_event
    assert read.search("В прошлом выпуске мы сообщали о задержании двух чабанов у Андарака.") is not None


def test_a_violent_detention_is_no_armed_clash(geoparser):
    text = ("BISHKEK (AKIpress) - Kyrgyzstan handed a note of protest to the Tajik ambassador over what it called "
            "the \"unlawful and violent\" detention of two Kyrgyz shepherds by Tajik border guards on Sunday near the "
            "village of Andarak.\n\n"
            "The herders, aged 34 and 19, were beaten with rifle butts, tied up and taken across the line.")
    found = incidents_of(geoparser, text, dt.date(2024, 5, 21))
    assert [(i.place.name, i.event_type, i.injured) for i in found] == [("Andarak", "border_incident_protest", 2)]


def test_people_told_by_their_ages_are_as_many_as_the_ages():
    read = pack_for("en").read_figures
    assert figures_of(read, "The men, aged 25, 31 and 40, were wounded.") == [("injured", 3, None)]
    assert figures_of(read, "The herders, aged 34 and 19, had been grazing sheep.") == []


def test_a_follow_up_s_buried_sergeant_and_the_evacuees_return(geoparser):
    text = ("The sergeant killed in Monday night's exchange of fire near Kok-Tash was buried on Thursday in his "
            "native village of Pulgon in Kadamjay district.\n\n"
            "The Border Service updated its account of the shooting, which began at about 11:40 p.m. on June 10. "
            "Three Kyrgyz servicemen, not two, were wounded.\n\n"
            "All 240 residents of Kok-Tash who were taken to Batken on the night of the shooting returned home on "
            "Wednesday afternoon, the district administration said.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 14))
    assert [(i.place.name, i.date_start, i.fatalities, i.displaced) for i in found] == [
        ("Kök-Tash", dt.date(2024, 6, 10), 1, 240)]


def test_a_drone_from_a_district_brought_down_over_a_village(geoparser):
    text = ("Kyrgyzstan's Border Service says its guards have shot down an unmanned aerial vehicle that flew in from "
            "Tajikistan over the Alai valley.\n\n"
            "In a statement on August 28, the service said the drone was spotted at about 6:20 a.m. as it crossed the "
            "border from Tajikistan's Lakhsh district and flew northeast. Guards tracked it for around 25 minutes "
            "before bringing it down with automatic rifle fire on a pasture outside the village of Kara-Shibak.\n\n"
            "\"No one was hurt and no property was damaged,\" the statement said.")
    found = incidents_of(geoparser, text, dt.date(2024, 8, 28))
    assert [(i.place.name, i.event_type, i.injured) for i in found] == [("Kara-Shibak", "air_drone_strike", 0)]


def test_a_school_in_the_neighbouring_village_is_where_people_were_moved_to(geoparser):
    text = ("A border guard and a woman were wounded near Lakkon on Tuesday, the Tajik border troops said. Tajik "
            "authorities moved 85 residents of two streets closest to the border, most of them women and children, "
            "to a school in the neighboring village of Chilgazi for the night.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 16))
    assert [(i.place.name, i.displaced) for i in found] == [("Lakkon", 85)]


def test_an_earlier_incident_of_the_month_told_as_background_is_no_event(geoparser):
    text = ("Kyrgyz villagers and Tajik drivers pelted each other with stones near Kyzyl-Bel on Sunday, injuring five "
            "people, officials said.\n\n"
            "Earlier this month, a 13-year-old boy was wounded in the Kyrgyz village of Ak-Sai when an unexploded "
            "mortar round went off.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 9, 23))] == ["Kyzyl-Bel"]


WEEKLY_DIGEST_BOLD = (
    "# Граница за неделю: годовщина конфликта, драка на пастбище у Тогуз-Булака и учебная эвакуация\n\n"
    "**Понедельник, 16 сентября.** В Баткене прошли траурные мероприятия в память о погибших в сентябре 2022 "
    "года.\n\n"
    "**Вторник, 17 сентября.** Кабинет министров выделил 48 миллионов сомов на достройку 35 домов для семей из "
    "Ак-Сая, чьи дома сгорели два года назад.\n\n"
    "**Среда, 18 сентября.** На летнем пастбище примерно в 7 километрах к югу от села Тогуз-Булак Лейлекского района "
    "подрались кыргызские чабаны и пастухи с таджикской стороны. В ход пошли палки и камни.\n\n"
    "Пострадали трое кыргызских чабанов: 52-летнего мужчину с травмой головы доставили в больницу Раззакова, двое "
    "других получили ушибы и лечатся дома.\n\n"
    "**Четверг, 19 сентября.** В школе Катрана прошла учебная эвакуация, 38 учителей покинули здание за четыре "
    "минуты.")


def test_russian_a_digest_item_s_village_a_distance_is_measured_from_is_its_scene(geoparser):
    found = incidents_of(geoparser, WEEKLY_DIGEST_BOLD, dt.date(2024, 9, 23), "ru")
    assert [(i.place.name, i.date_start, i.injured, i.displaced) for i in found] == [
        ("Toguz-Bulak", dt.date(2024, 9, 18), 3, None)]


def test_russian_a_fight_with_the_other_side_s_citizens_is_a_brawl(geoparser):
    text = ("24.kg, Баткен – Четыре жителя села Андарак получили травмы в ходе конфликта с гражданами Таджикистана на "
            "пастбище у государственной границы.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 4), "ru")
    assert [(i.place.name, i.event_type) for i in found] == [("Andarak", "border_incident_protest")]


def test_russian_one_of_a_village_s_hurt_who_died_and_the_count_that_includes_him(geoparser):
    text = ("Один из жителей джамоата Чоркух Исфаринского района, пострадавших в столкновении с жителями кыргызского "
            "села Самаркандык 18 июля, скончался в больнице.\n\n"
            "Напомним, столкновение произошло в четверг, 18 июля, у канала на южной окраине Чоркуха. Стороны "
            "забрасывали друг друга камнями.\n\n"
            "По уточненным данным, медицинская помощь понадобилась шести жителям Чоркуха, включая скончавшегося.")
    found = incidents_of(geoparser, text, dt.date(2024, 7, 22), "ru")
    assert [(i.place.name, i.fatalities_by_side, i.injured) for i in found] == [("Chorkuh", {"TJ": 1}, 5)]


def test_russian_the_dead_of_old_ordnance_in_a_village_are_its_country_s(geoparser):
    text = ("13 ноября около 16:00 в селе Ак-Сай Баткенского района взорвался неразорвавшийся боеприпас. По данным "
            "МЧС, 14-летний мальчик погиб на месте, его 16-летний брат получил осколочные ранения.")
    found = incidents_of(geoparser, text, dt.date(2024, 11, 18), "ru")
    assert [(i.place.name, i.fatalities_by_side) for i in found] == [("Ak-Sai", {"KG": 1})]


def test_russian_a_seat_in_the_genitive_after_a_village_locates_it(geoparser):
    text = ("В понедельник, 10 июня, у оросительного канала на окраине села Чилгази Исфары произошла массовая драка.")
    roles = roles_of(geoparser, text, "ru", dt.date(2024, 6, 11))
    assert ("Чилгази", "incident") in roles and ("Исфары", "context") in roles


def test_russian_a_border_service_s_quotation_counts_our_servicemen_its_own_and_its_groups(geoparser):
    text = ("На границе у села Максат 6 декабря произошла перестрелка. По данным Пограничной службы ГКНБ Кыргызстана, "
            "ранения получили двое кыргызских пограничников и один житель села Максат.\n\n"
            "«Двое наших военнослужащих получили огнестрельные ранения. Также легкое осколочное ранение получил "
            "68-летний житель села Максат. Погибших нет», — сообщили в Пограничной службе.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 12, 6), "ru"))
    assert found["Maksat"].injured == 3


def test_russian_one_of_them_in_hospital_with_a_fracture_is_hurt():
    read = pack_for("ru").read_figures
    assert figures_of(read, "Один из них находится в Баткенской областной больнице с переломом ребра.") == [
        ("injured", 1, None)]


def test_a_revised_count_that_a_later_correction_withdraws_leaves_no_stale_revision():
    # a side's revised count, then its earlier report of the same number that later words correct, then an unsided
    # count: the withdrawn revision is no longer the side's, and reading on does not fail
    figures = [Figure("injured", 4, False, "TJ", "четверо получили телесные повреждения", revision=True,
                      article_id="a", order=100),
               Figure("injured", 4, False, "TJ", "четырех пострадавших", superseded=True, article_id="a", order=200),
               Figure("injured", 1, False, None, "получил ушибы", article_id="a", order=300)]
    assert fuse_measure(figures, "injured").total == 1


def test_a_death_in_a_story_of_old_ordnance_is_the_ordnance_s_and_the_village_s(geoparser):
    text = ("Kyrgyz Boy Killed As Leftover Shell Explodes In Border Village\n\n"
            "BISHKEK (RFE/RL) - A teenager was fatally wounded on September 10 near Kara-Shibak.\n\n"
            "The Health Ministry said on September 12 that the teenager, a resident of the village of Kara-Shibak, "
            "died that afternoon.")
    found = incidents_of(geoparser, text, dt.date(2023, 9, 13))
    assert [(i.place.name, i.sub_event_type, i.fatalities_by_side) for i in found] == [
        ("Kara-Shibak", "Remote explosive/landmine/IED", {"KG": 1})]
    # (a death of no cause told, beside detained violators of the other side, has no side)
    detained = ("Бишкек, 16 октября 2024. В понедельник у села Максат погиб один человек. Задержаны трое "
                "нарушителей, все они граждане Таджикистана.")
    assert [i.fatalities_by_side for i in incidents_of(geoparser, detained, dt.date(2024, 10, 16), "ru")] == [{}]
