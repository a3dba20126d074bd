"""Casualty figures told by side and by count (blind batch 45's phenomena): updates, breakdowns, posts."""

from __future__ import annotations

import datetime as dt

from geo.articles.model import Article
from geo.incidents.build import build_incidents
from geo.language import pack_for


def incidents_of(geoparser, text, date, lang="en"):
    """The incidents of one article of ``text`` published on ``date``."""
    return build_incidents([geoparser.parse(Article(id="t", text=text, date=date, lang=lang))]).incidents


def by_place(found):
    return {i.place.name: i for i in found}


def figures(text, lang="en"):
    return [(f.measure, f.value) for f in pack_for(lang).read_figures(text)]


def test_an_update_by_village_outranks_the_first_statements_breakdown(geoparser):
    text = ("OSH, Aug 3 (AKIpress) - Mortar fire hit the villages of Kara-Bak and Ak-Sai on the evening of August 2, "
            "the Ministry of Health said.\n\n"
            "As of 09:00 on August 3, five residents of Kara-Bak and two residents of Ak-Sai have sought medical "
            "help. In its first statement, issued at 22:10, the ministry had spoken of four injured: three in "
            "Kara-Bak and one in Ak-Sai.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 8, 3)))
    assert (found["Kara-Bak"].injured, found["Ak-Sai"].injured) == (5, 2)


def test_a_raised_count_is_the_new_count():
    assert figures("the ministry said, raising its earlier count of two wounded to three.") == [("injured", 3)]
    assert figures("the official raised the number of wounded residents from one to four") == [("injured", 4)]


def test_one_sides_raised_count_updates_that_sides_village(geoparser):
    text = ("BISHKEK/DUSHANBE, May 9 (Reuters) - Kyrgyzstan's border service said its post near Ak-Sai came under "
            "fire at about 5 a.m. One Kyrgyz border guard was wounded, the service said.\n\n"
            "Tajikistan's border troops said mortar rounds hit the village of Chorkuh and civilians there were "
            "wounded, a spokesman for the Sughd administration said.\n\n"
            "Later the spokesman raised the number of wounded civilians from one to two.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 9)))
    assert found["Ak-Sai"].injured == 1
    assert found["Chorkuh"].injured == 2


def test_guards_at_a_numbered_post_were_killed():
    assert figures("Three Tajik border guards at post No. 4 near the village were killed") == [("fatalities", 3)]


def test_a_victim_described_twice_between_commas_is_counted():
    assert figures("A Tajik border guard, 24, a native of Chorkuh, was killed") == [("fatalities", 1)]


def test_residents_who_left_for_relatives_are_displaced():
    assert figures("About 60 residents of the upper street left for relatives in Isfara") == [("displaced", 60)]
    assert figures("Forty workers left for Russia") == []


def test_a_posts_name_is_not_the_far_place_of_that_name(geoparser):
    text = ("BISHKEK (AKIpress) - Tajik servicemen opened fire at a patrol near the village of Kara-Bak on June 4. "
            'According to the Tajik side, Kyrgyz guards opened fire at the Tajik post "Dahana" and one Tajik '
            "border guard was wounded.")
    parsed = geoparser.parse(Article(id="p", text=text, date=dt.date(2024, 6, 4), lang="en"))
    roles = {m.text: (m.role, m.role_reason) for m in parsed.mentions if m.place is not None}
    assert roles["Dahana"][0] == "context" and "post" in roles["Dahana"][1]
    found = incidents_of(geoparser, text, dt.date(2024, 6, 4))
    assert [i.place.name for i in found] == ["Kara-Bak"]


def test_a_village_named_like_a_person_is_a_place_above_it_and_in_a_table_row(geoparser):
    parsed = geoparser.parse(Article(id="a", lang="en", text=(
        "Two boys were hurt by an old shell they had found in a gully above Maksat.\n\n"
        "| Village | District | Injured |\n|---|---|---|\n| Kulundu | Leilek | 3 |")))
    assert {m.place.name for m in parsed.mentions if m.place is not None} >= {"Maksat", "Kulundu"}


def test_a_survey_above_a_marked_section_gives_the_new_incident_nothing(geoparser):
    text = ("# Red Crescent counts the cost of the 2022 war\n\n"
            "Three and a half years after the September 2022 fighting, the Red Crescent has published a "
            "survey of what the war did to civilians in the villages of Batken region, based on 900 interviews.\n\n"
            "| Village | Civilians killed | Civilians injured |\n|---|---:|---:|\n"
            "| Kulundu | 2 | 6 |\n| Maksat | 1 | 4 |\n\n"
            "Of the 10 injured, 3 remain disabled.\n\n"
            "## A reminder in Kulundu\n\n"
            "On March 2, a boy was wounded when an old mortar round went off in a field above Kulundu, "
            "the ministry said. He survived.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 3, 8)))
    assert found["Kulundu"].injured == 1
    assert not found["Kulundu"].fatalities


def test_a_ledes_toll_above_a_marked_section_is_the_storys(geoparser):
    text = ("# Tajik media report drone strike on border village\n\n"
            "Tajik media have reported that a Kyrgyz drone struck a house in a border village in northern "
            "Tajikistan late on Saturday, killing a civilian, while Kyrgyz outlets carried denials.\n\n"
            "## Tajik version\n\n"
            'Khovar said on 26 November that "a strike drone" hit a house in the village of Chorkuh at about '
            "23:15 on 25 November.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 11, 27)))
    assert found["Chorkuh"].fatalities == 1


def test_the_dead_named_as_citizens_of_one_side(geoparser):
    ru = ("Исфара, 14 мая 2025. В среду около 17:00 на окраине Чоркуха с кыргызской стороны открыли огонь, "
          "погиб один человек, двое ранены. Погибший — гражданин Таджикистана, житель Исфары.")
    assert by_place(incidents_of(geoparser, ru, dt.date(2025, 5, 14), lang="ru"))["Chorkuh"].fatalities_by_side \
        == {"TJ": 1}
    en = ("BATKEN, May 14 (AKIpress) - One person was killed in a shooting near Ak-Sai on Wednesday. "
          "The dead man was a Kyrgyz citizen, the ministry said.")
    assert by_place(incidents_of(geoparser, en, dt.date(2025, 5, 14)))["Ak-Sai"].fatalities_by_side == {"KG": 1}


def test_all_the_dead_of_one_country_over_two_of_its_villages(geoparser):
    text = ("Душанбе, 5 июня 2024. Во вторник в Хистеварзе погибли два человека, в Овчи-Калача погиб один. "
            "Все погибшие — граждане Таджикистана, сообщил Минздрав.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 5), lang="ru"))
    assert found["Khistevarz"].fatalities_by_side == {"TJ": 2}
    assert found["Ovchi-Kalacha"].fatalities_by_side == {"TJ": 1}


def test_the_first_death_of_its_kind_names_the_side_even_in_a_recap(geoparser):
    text = ("Бишкек, 4 апреля 2026. 3 апреля около 05:50 у села Кызыл-Бел таджикские военнослужащие открыли огонь "
            "по пограничному наряду. В результате обстрела погиб младший сержант.\n\n"
            "Напоминаем, что после подписания договора о границе это первый случай гибели кыргызского пограничника.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 4), lang="ru"))
    assert found["Kyzyl-Bel"].fatalities_by_side == {"KG": 1}


def test_a_table_under_a_paragraph_of_an_earlier_war_gives_the_new_incident_nothing(geoparser):
    text = ("Бишкек, 10 июня 2025. По данным доклада, в сентябре 2022 года в пострадавших селах погибли 9 мирных "
            "жителей, 30 получили ранения. Распределение потерь по селам:\n\n"
            "| Село | Погибли | Ранены |\n|---|---:|---:|\n| Ак-Татыр | 3 | 11 |\n| Максат | 6 | 19 |\n\n"
            "Во вторник, 3 июня, на окраине Ак-Татыра взорвалась старая мина, ранен 11-летний мальчик.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 6, 10), lang="ru"))
    assert found["Ak-Tatyr"].injured == 1
    assert not found["Ak-Tatyr"].fatalities


def test_the_families_of_a_past_wars_dead_report_no_event(geoparser):
    text = ("Batken, September 13 /Kabar/. Thirty families of citizens of Kyrgyzstan who were killed during the "
            "armed conflicts on the Kyrgyz-Tajik border in 2021 and 2022 received keys to new apartments in "
            "Batken today.")
    assert incidents_of(geoparser, text, dt.date(2024, 9, 13)) == []


def test_days_counted_with_a_collective_numeral_are_no_toll():
    assert figures("Семья узнала о гибели сына только через двое суток", lang="ru") == []
    assert figures("погибли двое, трое ранены", lang="ru") == [("fatalities", 2), ("injured", 3)]


def test_a_memorial_meal_for_a_past_wars_dead_reports_no_event(geoparser):
    text = "Во вторник, 16 сентября, в Пульгоне пройдет поминальный обед в память о погибших в 2022 году."
    assert incidents_of(geoparser, text, dt.date(2025, 9, 16), lang="ru") == []


def test_the_second_hospital_a_wounded_man_was_taken_to_is_a_destination(geoparser):
    parsed = geoparser.parse(Article(id="o", lang="ru", date=dt.date(2025, 9, 16), text=(
        "У села Ак-Сай ранен чабан. Раненого отвезли в районную больницу, а затем в Ош.")))
    roles = {m.place.name: m.role for m in parsed.mentions if m.place is not None}
    assert roles["Osh"] == "context"


def test_a_district_named_before_a_sentence_about_a_part_of_it_is_the_scene(geoparser):
    text = ("На прошлой неделе тревога снова пришла в Кадамжайский район. В среду, 10 сентября, на пастбище в горах "
            "на юге района огнестрельное ранение получил 37-летний чабан.")
    found = incidents_of(geoparser, text, dt.date(2025, 9, 16), lang="ru")
    assert [(i.place.name, i.date_start.isoformat(), i.injured) for i in found] == [
        ("Kadamjay District", "2025-09-10", 1)]


def test_a_fact_checks_verdict_with_the_outlets_name_debunks(geoparser):
    text = ("Во вторник, 17 февраля, около 20:00 у заставы у Катрана таджики убили троих пограничников, пятеро "
            "ранены, сообщили в Telegram.\n\n**Вердикт Kloop: ложь.**")
    assert incidents_of(geoparser, text, dt.date(2026, 2, 18), lang="ru") == []


def test_the_neighbouring_village_the_other_party_came_from_is_their_home(geoparser):
    # Muchun lies about 16 km from Ak-Suu in the gazetteer; the text calls it the neighbouring village
    text = ("Бишкек – 24.kg. Накануне вечером на окраине села Ак-Суу Лейлекского района произошла массовая драка "
            "между местными жителями и гражданами Таджикистана из соседнего села Мучун. Пострадали четверо жителей "
            "Ак-Суу.\n\nПо информации хукумата Ганчинского района, за медицинской помощью обратились трое жителей "
            "Мучуна.")
    found = incidents_of(geoparser, text, dt.date(2025, 6, 15), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Ak-Suu", 7)]


def test_residents_counted_per_village_after_a_total_are_a_breakdown(geoparser):
    text = ("Бишкек, 16 октября 2024. В понедельник около 21:40 обстрелу подверглись села Кулунду и Максат. "
            "Всего, по уточненным данным, пострадали 10 человек — семеро жителей Кулунду и трое жителей Максата.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 16), lang="ru"))
    assert (found["Kulundu"].injured, found["Maksat"].injured) == (7, 3)


def test_one_victims_own_village_takes_her_death_and_a_villages_none_stays_its_own(geoparser):
    text = ("Бишкек, 16 октября 2024. В понедельник около 21:40 обстрелу подверглись села Кулунду и Максат, "
            "ранены несколько человек.\n\n"
            "68-летняя жительница Максата, получившая тяжелое осколочное ранение во дворе дома, скончалась во "
            "вторник в больнице. Среди жителей Кулунду погибших нет.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 16), lang="ru"))
    assert found["Maksat"].fatalities == 1
    assert found["Kulundu"].fatalities == 0


def test_each_government_counts_its_own_at_one_post_and_claims_the_others(geoparser):
    text = ("БИШКЕК, 21 июн — Sputnik. По данным Пограничной службы Кыргызстана, таджикские военнослужащие открыли "
            "огонь по наряду у села Арка. Ранены двое кыргызских пограничников. «По предварительным данным, потери "
            "таджикской стороны составляют не менее шести человек убитыми», — говорится в сообщении.\n\n"
            "Пограничные войска Таджикистана изложили иную версию. На посту напротив Арки погиб 20-летний рядовой "
            "Пограничных войск Таджикистана, еще один военнослужащий ранен.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 6, 21), lang="ru"))
    arka = found["Arka"]
    assert (arka.fatalities, arka.fatalities_by_side, arka.injured) == (1, {"TJ": 1}, 3)


def test_a_person_described_after_a_count_is_one_of_those_counted(geoparser):
    en = ("ARKA, March 6 - On March 4, two boys aged 11 and 14 were wounded when an old mortar round went off in "
          "a field above Arka. The 11-year-old lost two fingers; his 14-year-old cousin suffered shrapnel wounds.")
    assert by_place(incidents_of(geoparser, en, dt.date(2026, 3, 6)))["Arka"].injured == 2
    ru = ("Во вторник, 3 июня, на окраине Ак-Татыра от взрыва старого боеприпаса пострадали двое детей. "
          "Мальчик получил осколочные ранения рук и лица, его доставили в Баткен.")
    assert by_place(incidents_of(geoparser, ru, dt.date(2025, 6, 10), lang="ru"))["Ak-Tatyr"].injured == 2


def test_a_crowd_before_a_comma_is_no_count_of_bodies():
    assert figures("Проводить рядового пришли несколько сотен человек, тело доставили за 400 км", lang="ru") == []
    assert figures("оказали помощь двум детям, пострадавшим от взрыва", lang="ru") == [("injured", 2)]


def test_a_fight_with_sticks_and_stones_is_a_brawl_not_an_armed_clash(geoparser):
    text = ("Bishkek (AFP) - Seven people were injured when residents of neighbouring Kyrgyz and Tajik villages "
            "fought with sticks and stones over irrigation water, officials said Wednesday.\n\n"
            "The fight broke out at about 7:00 pm on Tuesday on the bank of a canal on the edge of Kulundu.")
    found = incidents_of(geoparser, text, dt.date(2025, 7, 9))
    assert [(i.place.name, i.event_type) for i in found] == [("Kulundu", "border_incident_protest")]


def test_a_wounded_patient_moved_to_the_capital_is_no_new_incident(geoparser):
    text = ("Бишкек, 16 октября 2024. В понедельник около 21:40 обстрелу подверглось село Кулунду, ранены "
            "семь человек.\n\n12-летнего мальчика из Кулунду с осколочным ранением головы во вторник санавиацией "
            "доставили в Бишкек.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 16), lang="ru")
    assert [(i.place.name, i.date_start.isoformat()) for i in found] == [("Kulundu", "2024-10-14")]


def test_all_of_them_after_a_count_names_the_side_of_the_dead(geoparser):
    text = ("Бишкек, 16 октября 2024. В понедельник вечером обстрелу подверглось село Максат. Пострадали три "
            "человека, одна женщина скончалась. Как уточнили в министерстве, все они граждане Кыргызстана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 16), lang="ru"))
    assert found["Maksat"].fatalities_by_side == {"KG": 1}
    detained = ("Бишкек, 16 октября 2024. В понедельник у села Максат погиб один человек. Задержаны трое "
                "нарушителей, все они граждане Таджикистана.")
    assert by_place(incidents_of(geoparser, detained, dt.date(2024, 10, 16), lang="ru"))["Maksat"].fatalities_by_side \
        == {}


def test_a_verdict_paragraph_that_calls_the_reports_untrue_debunks(geoparser):
    text = ("С вечера понедельника распространяется видео с подписью: «Срочно! Сейчас в Ак-Сае опять стреляют, "
            "уже 5 погибших».\n\nВердикт. Видео не свежее: оно снято 16 сентября 2022 года. Сообщения о стрельбе и "
            "пяти погибших в Ак-Сае не соответствуют действительности.")
    assert incidents_of(geoparser, text, dt.date(2026, 2, 17), lang="ru") == []


def test_a_digests_previous_issues_are_links_not_news(geoparser):
    text = ("Граница за неделю\n\nСреда, 21 августа. Около 05:50 с таджикской стороны были выпущены несколько "
            "очередей по палаточному стану чабанов у села Кызыл-Эшме. Люди не пострадали.\n\n"
            "Предыдущие выпуски\n\n19.08.2024 — Граница за неделю: ранен житель Ак-Татыра, 300 человек вывезли")
    found = incidents_of(geoparser, text, dt.date(2024, 8, 26), lang="ru")
    assert [(i.place.name, i.date_start.isoformat()) for i in found] == [("Kyzyl-Eshme", "2024-08-21")]


def test_a_detention_of_people_who_crossed_the_border_is_no_incident(geoparser):
    text = ("Под Сулюктой пограничники задержали четверых граждан Таджикистана, которые незаконно пересекли "
            "границу, чтобы нарубить дров.")
    assert incidents_of(geoparser, text, dt.date(2024, 8, 22), lang="ru") == []
