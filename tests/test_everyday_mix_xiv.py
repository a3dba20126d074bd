"""The everyday mix, seventeenth sample (blind batch 72, studied after its blind measure): reporting heavy with
context (anniversaries, trials, humanitarian and demarcation news) in which one new incident is buried or none
is told: a past beating a prosecutor makes public first, compensation paid for an old war, a resettlement
planned under a border deal, commanders meeting at a post, a detainee handed back near a village, a memorial
rally to come, an anniversary piece whose news paragraph gives only the hour, dates in a page's JSON-LD and
after its menu, and the people of a victim who are not his count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from geo.articles import read_articles
from geo.language.en.numbers import read_figures as read_en
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of


# --- Publication dates ---

def test_a_page_s_json_ld_date_published_dates_it(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text('<html><head><title>T</title><script type="application/ld+json">{"@context": '
                    '"https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", '
                    '"datePublished": "2025-03-04T09:00:00+06:00"}]}</script></head>'
                    "<body><p>Текст заметки о границе.</p></body></html>", encoding="utf-8")
    assert read_articles([page]).articles[0].date == dt.date(2025, 3, 4)


def test_a_broken_json_ld_block_is_furniture_not_an_error(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text('<html><head><title>T</title><script type="application/ld+json">{"datePublished": </script>'
                    '<meta property="article:published_time" content="2024-02-01T10:00:00Z"></head>'
                    "<body><p>Text.</p></body></html>", encoding="utf-8")
    assert read_articles([page]).articles[0].date == dt.date(2024, 2, 1)


def test_a_date_line_below_a_page_s_menu_and_before_its_counter_dates_it(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text("Outlet.kg\n\nSociety\nPolitics\nIncidents\nEconomy\n\nBishkek +9 · Osh +13\n\n"
                    "Shepherd beaten near the border\n\nDate of publication: 12.05.2024 10:15 Views: 2 310\n\n"
                    "A shepherd was beaten on Friday.\n", encoding="utf-8")
    assert read_articles([page]).articles[0].date == dt.date(2024, 5, 12)


# --- English ---

def test_a_village_s_men_count_for_its_side(geoparser):
    text = ("BATKEN - Residents of Kök-Tash and the Tajik village of Khoja-Alo fought with stones at a canal on "
            "Saturday. Three Kök-Tash men were treated for head injuries, the district administration said. "
            "Tajik officials said two residents of Khoja-Alo had been injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 6)))
    assert set(found) == {"Kök-Tash"}
    assert found["Kök-Tash"].injured == 5


def test_a_past_beating_a_prosecutor_makes_public_first_is_coded_on_its_own_day(geoparser):
    text = ("A court in Batken sentenced two men on Tuesday for cattle theft.\n\n"
            "At the hearing the prosecutor described an attack that had never been reported before. According to "
            "the indictment, on 14 April 2023 the two men beat a 16-year-old shepherd from Kara-Bak on a pasture "
            "above the village. The teenager sustained a fractured jaw and was treated in Batken.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 2)))
    assert set(found) == {"Kara-Bak"}
    assert found["Kara-Bak"].date_start == dt.date(2023, 4, 14)
    assert found["Kara-Bak"].injured == 1


def test_the_teenager_told_before_sustained_an_injury():
    assert [(f.measure, f.value) for f in read_en("The teenager sustained a fractured jaw.")] == [("injured", 1)]
    assert [(f.measure, f.value) for f in read_en("According to police, the herder was beaten.")] == [
        ("injured", 1)]


def test_a_day_after_before_and_a_plan_this_month_date_no_second_event(geoparser):
    text = ("DUSHANBE -- An old artillery shell exploded on Tuesday near Chorkuh, injuring a 12-year-old boy, "
            "local officials said.\n\n"
            "The mine action agency said that before this week's explosion it had registered three accidents "
            "with unexploded ordnance in Isfara district since 2022, and that its teams would clear the "
            "fields around Chorkuh later this month.")
    found = incidents_of(geoparser, text, dt.date(2024, 4, 11))
    assert [(i.place.name, i.date_start) for i in found] == [("Chorkuh", dt.date(2024, 4, 9))]


def test_a_resettlement_planned_under_a_border_deal_is_no_displacement(geoparser):
    text = ("BISHKEK (Kabar) - The two governments' commission agreed on Tuesday on the line near Leilek. "
            "Twenty families of Arka whose houses fall on the other side of the new line will be relocated to "
            "a new settlement. In Tajikistan, the relocation concerns 11 households of Khistevarz.")
    assert incidents_of(geoparser, text, dt.date(2025, 6, 12)) == []


def test_commanders_meeting_at_a_post_near_a_village_is_no_scene(geoparser):
    text = ("Kyrgyzstan's Border Service said that on Monday night shots from the Tajik side wounded a "
            "resident of Kulundu.\n\n"
            "Border commanders met on Tuesday at a post near the village of Maksat and agreed to investigate "
            "the shooting.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2025, 2, 5)))) == {"Kulundu"}


def test_a_detainee_handed_back_near_a_village_is_no_scene(geoparser):
    text = ("On Sunday, May 5, Tajik border guards detained a 41-year-old herder from Ak-Sai on a pasture near "
            "his village, the district administration said. According to it, the man was beaten. In the evening "
            "he was handed over to Kyrgyz border guards near the Tajik village of Chorkuh.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 7)))
    assert set(found) == {"Ak-Sai"}
    assert found["Ak-Sai"].injured == 1


def test_compensation_paid_for_an_old_war_is_no_toll(geoparser):
    text = ("Victims of the 2022 conflict received compensation\n\n"
            "BISHKEK - The state has paid compensation to residents of Batken region who suffered in the conflict "
            "of September 2022, the deputy prime minister said on Wednesday.\n\n"
            "According to him, the families of the 59 citizens who died received 3 million soms each, and "
            "140 wounded received from 100,000 to 1 million soms. Of the 900 houses damaged, 850 have been "
            "restored.\n\n"
            "On Monday, March 4, Tajik border guards beat a shepherd from Kara-Bak on a pasture near the village, "
            "the regional administration said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 7)))
    assert set(found) == {"Kara-Bak"}
    assert found["Kara-Bak"].fatalities is None
    assert found["Kara-Bak"].injured in (None, 1)
    assert not any(f.measure == "houses_damaged" for f in found["Kara-Bak"].figures)


def test_the_toll_of_a_shooting_told_after_the_ceasefire_is_not_the_ceasefire_s(geoparser):
    text = ("A Tajik border guard was wounded when gunfire broke out on the evening of March 8, a day after local "
            "commanders had agreed to a cease-fire, Tajik officials said.\n\n"
            "On March 7, commanders met on the line near the Kyrgyz village of Kyzyl-Eshme and agreed to hold fire.\n\n"
            "According to officials, the shooting near Kyzyl-Eshme started at about 8:45 p.m. on Friday. The "
            "district administration said the village school would stay closed on Monday.")
    found = incidents_of(geoparser, text, dt.date(2024, 3, 9))
    kinds = {i.event_type: i for i in found}
    assert set(kinds) == {"ceasefire_agreement", "armed_clash"}
    assert kinds["ceasefire_agreement"].injured is None
    assert kinds["armed_clash"].injured == 1


# --- Russian ---

def test_a_memorial_rally_to_come_is_no_event(geoparser):
    text = ("В воскресенье вечером у села Кок-Таш неизвестные забросали камнями автомобиль, водитель получил "
            "травму головы.\n\nВ понедельник в Баткене пройдет митинг памяти погибших в 2022 году.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2025, 9, 15), "ru"))) == {"Kök-Tash"}


def test_an_attack_not_reported_before_is_dated_a_month_back(geoparser):
    text = ("Прокуратура: у Ак-Сая избили чабана, об инциденте ранее не сообщалось\n\n"
            "Бишкек, 05.08.24 (АКИpress) — Прокуратура возбудила уголовное дело по факту избиения жителя села Ак-Сай.\n\n"
            "По данным прокуратуры, 2 июля около 16:00 на пастбище у села Ак-Сай двое граждан Таджикистана избили "
            "45-летнего чабана. С переломом руки он был госпитализирован.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 5), "ru"))
    assert set(found) == {"Ak-Sai"}
    assert found["Ak-Sai"].date_start == dt.date(2024, 7, 2)


def test_the_people_of_a_victim_are_not_counted_as_victims():
    assert read_ru("увидев пятерых односельчан пострадавшего, нападавшие скрылись") == []
    assert read_ru("Трое родственников погибшего пришли в больницу.") == []
    assert [(f.measure, f.value) for f in read_ru("погибли трое жителей")] == [("fatalities", 3)]


def test_one_of_them_set_off_by_commas_was_beaten():
    assert [(f.measure, f.value) for f in read_ru("При задержании одного из них, 40-летнего мужчину, избили.")] == [
        ("injured", 1)]


def test_no_hurt_and_no_damage_are_zeros():
    assert {(f.measure, f.value) for f in read_ru("«Пострадавших и разрушений нет», — говорится в сообщении.")} == {
        ("fatalities", 0), ("injured", 0)}


def test_people_led_to_a_school_are_displaced():
    assert [(f.measure, f.value) for f in read_ru(
        "Из-за обстрела 42 жителя ближайших улиц были временно выведены в здание школы.")] == [("displaced", 42)]


def test_detainees_taken_to_a_post_near_a_town_is_no_scene(geoparser):
    text = ("В воскресенье, 3 августа, таджикские военнослужащие задержали двух чабанов на пастбище у села "
            "Кара-Шыбак, одного из них избили. Чабаны были доставлены на заставу в районе Джиргаталя.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 8, 5), "ru"))
    assert set(found) == {"Kara-Shibak"}
    assert found["Kara-Shibak"].injured == 1


def test_an_anniversary_piece_keeps_the_night_s_news_told_by_its_hour(geoparser):
    text = ("Пять лет после конфликта: на границе вновь стреляли\n\n"
            "БИШКЕК, 29 апреля. Инцидент произошел в ночь на 29 апреля - ровно через пять лет после начала "
            "конфликта 2021 года.\n\n"
            "По данным Пограничной службы, около 23:30 со стороны Овчи-Калачи был открыт огонь по окраине села "
            "Максат. Пострадавших нет.\n\n"
            "Таджикская сторона изложила другую версию. По ее данным, в ту же ночь кыргызские военнослужащие "
            "открыли огонь по окраине Овчи-Калачи. Пострадавших нет.\n\n"
            "В 2021 году у Максата сгорели несколько десятков домов.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 29), "ru"))
    assert set(found) == {"Maksat", "Ovchi-Kalacha"}
    assert found["Maksat"].date_start == dt.date(2026, 4, 28)
    assert found["Maksat"].injured == 0


def test_a_count_before_an_active_verb_is_of_those_who_beat():
    assert [(f.measure, f.value) for f in read_ru("Трое неизвестных избили 52-летнего пастуха.")] == [("injured", 1)]
    assert [(f.measure, f.value) for f in read_ru("Двоих чабанов избили прикладами.")] == [("injured", 2)]
    assert [(f.measure, f.value) for f in read_ru("двое жителей были избиты")] == [("injured", 2)]


def test_a_dateline_with_its_date_and_the_agency_in_brackets_is_no_scene():
    from geo.language.ru.dateline import find_dateline
    found = find_dateline("Бишкек, 03.07.24 (АКИpress) — Прокуратура возбудила уголовное дело.")
    assert (found.place, found.date, found.agency) == ("Бишкек", dt.date(2024, 7, 3), "АКИpress")


# --- Older folders, studied again ---

def test_where_help_was_given_and_the_next_stop_of_a_transfer_are_no_scenes(geoparser):
    text = ("В субботу вечером у канала на окраине Кок-Таша произошла драка между жителями Кок-Таша и Ходжаи Аъло. "
            "По данным хукумата, пострадал один житель Ходжаи Аъло — ему оказали помощь в Исфаре.\n\n"
            "В понедельник у заставы «Тогуз-Булак» был ранен военнослужащий. Его доставили в Лейлекскую "
            "территориальную больницу, а затем вертолетом МЧС — в Ош.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 7, 16), "ru"))
    assert "Isfara" not in found and "Osh" not in found
    assert "Kök-Tash" in found


def test_people_with_cut_heads_are_hurt():
    assert [(f.measure, f.value) for f in read_ru(
        "Троих парней с разбитыми головами увезли в районную больницу.")] == [("injured", 3)]


# --- Blind batch 74 (official statements and bulletins), studied after its blind measure ---

def test_a_statement_quoted_whole_speaks_for_its_body_in_every_paragraph(geoparser):
    text = ("ДУШАНБЕ, 16.02.2023 /АНИ «Ховар»/. Пограничные войска ГКНБ Республики Таджикистан распространили "
            "заявление. АНИ «Ховар» приводит текст заявления.\n\n"
            "«15 февраля 2023 года примерно в 14:20 военнослужащие Пограничной службы Кыргызской Республики открыли "
            "огонь по гражданам Таджикистана на окраине села Хистеварз. В результате провокации погиб гражданин "
            "Республики Таджикистан.\n\n"
            "Огневая точка кыргызской стороны подавлена. По имеющимся данным, кыргызская сторона потеряла не менее "
            "трех военнослужащих убитыми.»")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 2, 16), "ru"))
    assert set(found) == {"Khistevarz"}
    assert found["Khistevarz"].fatalities == 1


def test_a_wound_of_a_named_part_of_the_body_is_one_hurt():
    assert [(f.measure, f.value) for f in read_ru(
        "огнестрельное ранение мягких тканей правого плеча получил военнослужащий срочной службы")] == [
        ("injured", 1)]


def test_channels_located_in_a_region_are_no_scene_but_what_the_press_reports_is(geoparser):
    text = ("В среду, 21 июля, у села Андарак был обстрелян пограничный наряд, ранен военнослужащий. "
            "Телеграм-каналы в Согдийской области утверждают, что стрельбу спровоцировали кыргызские "
            "пограничники.\n\nТаджикские СМИ сообщают, что в результате обстрела в Лакконе ранен местный житель.")
    found = set(by_place(incidents_of(geoparser, text, dt.date(2021, 7, 22), "ru")))
    assert "Sughd Region" not in found
    assert {"Andarak", "Lakkon"} <= found


def test_people_seen_for_stress_are_not_hurt(geoparser):
    text = ("Вечером 10 марта окраина села Самаркандык подверглась обстрелу, ранены двое жителей. Кроме того, за "
            "медицинской помощью обратились еще шесть жителей села с повышенным артериальным давлением.")
    assert by_place(incidents_of(geoparser, text, dt.date(2024, 3, 12), "ru"))["Samarkandyk"].injured == 2
    text = ("Two residents of Kara-Bak were wounded by shelling on Monday night. In addition, three residents "
            "sought medical help with high blood pressure and an acute stress reaction.")
    assert by_place(incidents_of(geoparser, text, dt.date(2025, 2, 12)))["Kara-Bak"].injured == 2


def test_a_village_s_jamoat_in_brackets_and_a_place_withdrawn_by_a_correction_are_no_scenes(geoparser):
    text = ("Вечером во вторник, 8 июля, у канала на окраине села Ходжаи-Аъло (джамоат Чоркух) произошла драка, "
            "пострадали двое жителей.\n\n"
            "Уточнение от 16:40. В первоначальной версии этой заметки говорилось, что драка произошла в Ворухе.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2025, 7, 9), "ru"))) == {"Khoja-Alo"}


def test_where_a_wounded_man_stays_and_where_evacuees_are_housed_are_no_scenes(geoparser):
    text = ("Вечером 3 сентября у села Кара-Шыбак произошла перестрелка, ранены двое. Второй раненый после "
            "операции остается в Дароот-Коргоне.\n\n"
            "Из села Кара-Шыбак эвакуированы 300 человек. Эвакуированные размещены в школе и спорткомплексе "
            "города Баткен.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2024, 9, 4), "ru"))) == {"Kara-Shibak"}


def test_a_wounded_man_who_died_later_leaves_the_wounded_counted_after(geoparser):
    text = ("Житель таджикского села Лаккон Исфаринского района Согдийской области, получивший огнестрельное "
            "ранение в ходе перестрелки на границе 30 мая, скончался в больнице.\n\n"
            "По данным управления, всего в результате инцидента 30 мая ранения получили трое жителей Лаккона.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 6, 7), "ru"))
    assert (found["Lakkon"].fatalities, found["Lakkon"].injured) == (1, 2)


def test_a_denial_that_the_report_corresponds_to_reality_is_no_event(geoparser):
    text = ("The information disseminated in some Telegram channels on August 11 about shooting near the village "
            "of Karakenja does not correspond to reality. The sounds were caused by blasting works.")
    assert incidents_of(geoparser, text, dt.date(2025, 8, 13)) == []


def test_a_channel_named_after_a_village_and_detainees_taken_to_a_post_are_no_scene_and_no_displacement(geoparser):
    text = ("Tajik servicemen opened fire on Wednesday at the Kyrgyz village of Maksat after an argument over a "
            "pump on the Ak-Suu irrigation channel. Two Tajik citizens were detained; the two were taken to the "
            "Jany-Jer border post for processing.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 7, 22)))
    assert set(found) == {"Maksat"}
    assert found["Maksat"].displaced is None


def test_one_of_two_who_died_is_no_count_of_two():
    assert read_en("One of the two, a 52-year-old man, died in a hospital in Khujand.") == []
    assert [(f.measure, f.value) for f in read_en("Three of the five wounded were civilians.")] == [("injured", 5)]


def test_a_place_corrected_away_and_its_district_are_no_scene_and_the_day_told_narrows_last_week(geoparser):
    text = ("When shots rang out late last week, the two governments followed a familiar script. The incident "
            "happened on the evening of Friday, June 3. In its first statement, the Border Service said Tajik "
            "servicemen had opened fire at a border detail near the village of Kulundu in Leilek district, and "
            "that one guard had been wounded.\n\n"
            "On Saturday, the service corrected itself. The shooting, it said in a second statement, had taken "
            "place not near Kulundu but on the road that skirts Western Qal'acha.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 6, 7)))
    assert set(found) == {"Western Qal'acha"}
    assert found["Western Qal'acha"].date_start == dt.date(2022, 6, 3)


def test_a_dateline_s_day_and_a_correction_s_time_date_no_event(geoparser):
    text = ("ISFARA, April 20, 2026 (Asia-Plus) - Five people were injured in a brawl between residents of Shurob "
            "and Samarkandyk. The conflict arose near Shurob on 18 April at about 17:00, the hukumat said on "
            "Sunday.\n\n"
            "Correction (20 April 2026, 14:10): An earlier version of this report said the brawl had taken place "
            "in Surkh. According to the hukumat, the incident took place near Shurob.")
    found = incidents_of(geoparser, text, dt.date(2026, 4, 20))
    assert [(i.place.name, i.date_start) for i in found] == [("Shurob", dt.date(2026, 4, 18))]


def test_a_weekday_heading_of_a_digest_is_no_dateline():
    from geo.language.en.dateline import find_dateline as find_en
    from geo.language.ru.dateline import find_dateline
    assert find_en("Monday, 4 September - stones fly at Kyzyl-Bel") is None
    assert find_dateline("Понедельник, 4 сентября — камни у Кызыл-Бела. Драка.") is None


def test_a_joint_statement_quoted_whole_speaks_for_neither_side(geoparser):
    text = ("БИШКЕК, 20 ноя — Sputnik. Командиры пограничных отрядов подписали совместное заявление. Документ "
            "распространила пресс-служба Пограничной службы ГКНБ КР.\n\n"
            "«СОВМЕСТНОЕ ЗАЯВЛЕНИЕ\n\n1. В ночь с 18 на 19 ноября 2023 года в районе села Максат имел место "
            "инцидент с применением стрелкового оружия.\n\n2. В результате инцидента ранения получили трое "
            "военнослужащих: двое — с кыргызской стороны, один — с таджикской стороны.»")
    assert by_place(incidents_of(geoparser, text, dt.date(2023, 11, 20), "ru"))["Maksat"].injured == 3


# --- Blind batch 75 (stories told through people), studied after its blind measure ---

def test_a_claim_the_next_sentence_calls_unconfirmed_is_no_toll(geoparser):
    text = ("В субботу, 16 марта, село Катран подверглось минометному обстрелу, ранены двое жителей. По данным "
            "Минобороны, таджикская сторона, как утверждают в ведомстве, потеряла убитыми не менее трех "
            "военнослужащих. Эти данные не подтверждены.")
    assert by_place(incidents_of(geoparser, text, dt.date(2024, 3, 18), "ru"))["Katran"].fatalities is None


def test_a_rumoured_death_the_speaker_calls_a_lie_is_no_death(geoparser):
    text = ("On Thursday, a brawl between border guards near Kulundu left two of our men injured, the commander "
            "said. On Thursday evening one channel wrote that a border guard had been killed near Kulundu. That "
            "was a lie. Nobody died.")
    assert by_place(incidents_of(geoparser, text, dt.date(2026, 2, 17)))["Kulundu"].fatalities == 0


def test_where_shells_were_fired_from_in_a_quote_and_a_minor_killed(geoparser):
    text = ("VORUKH, Tajikistan - On Sunday afternoon an old mortar round went off on the edge of Vorukh. The "
            "Committee for Emergency Situations said on Monday that \"a minor was killed and another minor "
            "injured\" by an explosive object.\n\n\"They fired these at us from Ak-Sai and Kok-Tash, and now our "
            "children pick them up,\" the grandmother said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 11)))
    assert set(found) == {"Vorukh"}
    assert (found["Vorukh"].fatalities, found["Vorukh"].injured) == (1, 1)


def test_where_two_were_driven_to_is_no_scene_and_pogran_makes_a_border_story(geoparser):
    text = ("Вечером в субботу у села Сурх произошла драка между жителями. Двоих отвезли в Исфару, в центральную "
            "больницу.\n\nЛюдей развели пограничники Таджикистана и Кыргызстана. О раненых со своей стороны в Бишкеке не "
            "сообщали.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2024, 5, 13), "ru"))) == {"Surkh"}


def test_a_figure_the_statement_just_named_also_gives_is_its_claim(geoparser):
    text = ("Вечером в воскресенье в Ворухе произошла перестрелка, ранены три гражданина Таджикистана. "
            "Пограничные войска ГКНБ Таджикистана утверждают, что огонь первыми открыли кыргызские "
            "военнослужащие. Там же говорится, что ответным огнем ранены двое кыргызских военнослужащих.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 11, 19), "ru"))
    assert found["Vorukh"].injured == 3


def test_the_past_a_place_remembers_is_background(geoparser):
    text = ("Lakkon, a village on the road between Isfara and Batken, has lived with such nights since long "
            "before April, when fighting near Kok-Tash killed 55 people on both sides. In Vorukh, a wall is still "
            "pocked by shrapnel.")
    assert incidents_of(geoparser, text, dt.date(2021, 11, 9)) == []


def test_bullets_that_came_and_the_fire_on_a_village_are_fighting(geoparser):
    text = ("The bullets came on the night from Saturday to Sunday from the direction of Kara-Bak, across the "
            "fields that separate it from the village of Lakkon. Tajikistan's Border Troops said the fire on "
            "Lakkon lasted about three hours.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 11, 9)))
    assert set(found) == {"Lakkon"}
    assert found["Lakkon"].event_type == "armed_clash"


def test_a_published_line_with_a_clock_and_zone_before_the_date_dates_it():
    from geo.articles.dates import find_dateline_parts
    found = find_dateline_parts("Headline\n\nBy The Associated Press\nPublished 4:12 AM GMT+5, November 9, 2021\n\nBody.")
    assert found is not None and found[0].day == dt.date(2021, 11, 9)


def test_one_of_those_counted_described_after_them_is_no_lower_count():
    found = read_ru("Двоих отвезли в больницу, у одного парня перелом руки, у второго голова разбита камнем.")
    assert [(f.measure, f.value, f.described) for f in found] == [("injured", 1, True)]
    found = read_ru("Двое наших ребят получили ранения: младший сержант, ему 21 год, ранен в ногу, рядовой — в руку.")
    assert [(f.measure, f.value, f.described) for f in found][:2] == [("injured", 2, False), ("injured", 1, True)]


def test_a_byline_with_a_clock_time_and_the_author_gives_the_date():
    from geo.articles.dates import find_dateline_parts
    found = find_dateline_parts("Заголовок интервью\n\n05.10.2023 14:20 Жаныл Мамытова\n\nТекст.")
    assert found is not None and found[0].day == dt.date(2023, 10, 5)


def test_people_who_spent_the_night_at_a_school_are_displaced():
    found = read_en("34 women and children from Arka's border streets spent the night at the school in Kulundu.")
    assert [(f.measure, f.value) for f in found] == [("displaced", 34)]


def test_part_of_the_evacuees_who_spent_the_night_at_a_school_is_no_lower_count():
    assert read_en("Some 260 of them spent the night at a school in Kulundu, the rest in Razzakov.") == []


# --- Blind batch 73 (first reports and what followed), sealed until the code was final, then studied ---

def test_what_social_networks_spread_and_so_called_dead_are_no_toll(geoparser):
    text = ("Пограничная служба во вторник, 24 мая, подтвердила, что накануне вечером окраина села Ак-Суу была "
            "обстреляна. Ранен один местный житель.\n\nУже ночью в соцсетях распространились сообщения о том, что "
            "в селе погиб 15-летний подросток. К утру видео переслали 30 каналов, а число \"погибших\" в пересказах "
            "выросло с трех до пяти.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 5, 25), "ru"))
    assert found["Ak-Suu"].fatalities is None and found["Ak-Suu"].injured == 1


def test_a_figure_named_only_as_rejected_is_no_toll(geoparser):
    text = ("Вечером 4 октября у села Кызыл-Эшме погиб военнослужащий Пограничной службы. Таджикская сторона "
            "утверждает, что у кыргызской стороны «не менее трех убитых». В Погранслужбе сведения о трех погибших "
            "назвали «недостоверными».")
    assert by_place(incidents_of(geoparser, text, dt.date(2023, 10, 5), "ru"))["Kyzyl-Eshme"].fatalities == 1


def test_what_channels_wrote_and_neither_was_true_is_no_toll(geoparser):
    text = ("On Monday, April 20, residents of Üch-Bulak and of a Tajik village fought with stones at a water "
            "intake. Tajik channels wrote that Kyrgyz border guards had fired into the crowd; Kyrgyz ones wrote that "
            "a Kyrgyz teenager had been killed. Neither was true. Three people were injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 22)))
    assert found["Churbek"].fatalities in (None, 0)
    assert found["Churbek"].event_type == "border_incident_protest"


def test_a_death_of_the_wounded_the_lede_already_counted_is_not_added(geoparser):
    text = ("Dushanbe (AFP) - A Tajik border guard was killed and another wounded in a shootout near the village of Karakenja, "
            "Dushanbe said Thursday.\n\nInitial reports by Tajik media on Thursday morning spoke of two servicemen "
            "wounded. In a statement released Thursday evening, the border troops said one of them had died of his "
            "wounds late on Wednesday.")
    found = incidents_of(geoparser, text, dt.date(2023, 10, 12))
    assert [(i.fatalities, i.injured) for i in found] == [(1, 1)]


def test_the_other_side_s_wounded_a_speaker_saw_are_a_claim_and_a_based_reporter_is_no_scene(geoparser):
    text = ("On the night of May 9, shots hit houses in Ovchi-Kalacha. \"No one was hurt,\" the Tajik border troops "
            "said. The Tajik border troops claimed that Kyrgyz soldiers had been seen carrying \"two wounded "
            "servicemen\" away. A resident of Ovchi-Kalacha, speaking to a Khujand-based reporter, said the shooting "
            "woke the whole street.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 10)))
    assert set(found) == {"Ovchi-Kalacha"}
    assert found["Ovchi-Kalacha"].injured == 0


def test_physical_force_and_rifle_butts_are_a_brawl_and_what_users_wrote_is_no_toll(geoparser):
    text = ("В Погранслужбе сообщили, что 12 июня военнослужащие сопредельной стороны применили физическую силу в "
            "отношении жителя села Андарак, пытавшегося вернуть скот. «Меня ударили прикладом по лицу», — "
            "рассказал он.\n\nПод роликами пользователи писали, что «на границе похищены шесть чабанов», а «один "
            "убит».")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 6, 14), "ru"))
    assert set(found) == {"Andarak"}
    assert found["Andarak"].event_type == "border_incident_protest"
    assert found["Andarak"].fatalities is None


def test_what_a_video_s_authors_wrote_about_is_no_event_type(geoparser):
    text = ("Yesterday evening, videos of burning haystacks spread through WhatsApp groups. Their authors wrote about "
            "\"shooting on the border near Ak-Suu\" and \"dozens of wounded\".\n\n"
            "According to the police, on May 16 at about 18:00 a quarrel between herders from Ak-Suu and residents "
            "of Muchun grew into a mass brawl. The two sides threw stones at each other. Four residents of Ak-Suu "
            "were injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 5, 17)))
    assert found["Ak-Suu"].event_type == "border_incident_protest"


def test_the_day_one_of_the_wounded_died_is_no_second_incident(geoparser):
    text = ("Вечером в воскресенье, 17 ноября, в джамоате Ворух произошла перестрелка между таджикскими и "
            "кыргызскими пограничниками. По данным Пограничных войск, ранены три гражданина Таджикистана. 19 ноября "
            "один из них, 27-летний Фаррух Назаров, скончался в больнице.\n\n"
            "— Что с ними сейчас?\n\n— Фарруха спасти не смогли. Во вторник утром он умер.")
    found = incidents_of(geoparser, text, dt.date(2024, 11, 22), "ru")
    assert [(i.place.name, i.date_start, i.fatalities, i.injured) for i in found] == [
        ("Vorukh", dt.date(2024, 11, 17), 1, 2)]
