"""The everyday mix with places spelt every way, and the readings such reporting leans on.

Reporting names a village by its people («среди ворухцев»), by its hamlet "near the larger village of Ak-Sai", by a
post named after it ("the Maksat post"), and tells the hurt by a pronoun ("he was beaten"), by who helped ("a
neighbour who helped him"), by where they were treated («доставлены трое, еще двое получили помощь в ФАПе»), and
families leaving with no shot fired («временно выехали 23 семьи»). Each test checks one reading, in English and in
Russian where both write it. The texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from geo.language import get_pack
from tests.test_counted_and_typed import by_place, figures_of, incidents_of


def _found(geoparser, text: str, lang: str = "en", date: dt.date = dt.date(2024, 5, 14)):
    return by_place(incidents_of(geoparser, text, date, lang))


# --- places: a post named after its village, a hamlet near a village, a home, a direction --------------------------------


def test_a_post_named_after_its_village_after_said_the_is_the_scene(geoparser):
    text = ("Kyrgyz border guard wounded\n\nBISHKEK, May 14 - A Kyrgyz border guard was wounded on Monday, the border "
            "service said.\n\nThe service said the Maksat post, named after the nearby village in Leilek district, came "
            "under automatic fire from Tajik positions at about 3 p.m.\n")
    found = _found(geoparser, text)
    assert sorted(found) == ["Maksat"]
    assert found["Maksat"].injured == 1


def test_a_hamlet_near_a_larger_village_keeps_its_own_name(geoparser):
    text = ("Farmer hurt in land row\n\nA Kyrgyz farmer was injured in a brawl with residents of Vorukh, officials said "
            "on Tuesday.\n\nThe fight broke out on Monday in Jol-Bashy, a hamlet of a few hundred households near the "
            "larger village of Ak-Sai, the regional administration said.\n")
    found = _found(geoparser, text, date=dt.date(2025, 6, 10))
    assert sorted(found) == ["Jol-Bashy"]


def test_a_hurt_shepherd_s_home_and_the_drone_s_way_back_are_no_scenes(geoparser):
    text = ("Drone drops explosive near shepherds' camp\n\nYesterday a drone that flew in from Tajikistan dropped an "
            "explosive device near a shepherds' camp in the area of Kara-Shybak village, the Border Service reports.\n\n"
            "As a result of the explosion a shepherd, a resident of Kyzyl-Eshme village born in 1980, received a shrapnel "
            "wound. The drone flew away in the direction of Jirgatal district of Tajikistan.\n")
    found = _found(geoparser, text, date=dt.date(2023, 5, 16))
    assert sorted(found) == ["Kara-Shibak"]
    assert found["Kara-Shibak"].injured == 1


def test_where_the_detained_live_is_no_scene_in_russian(geoparser):
    text = ("Трое жителей района вернулись домой с травмами\n\nВо вторник трое мужчин поднялись на склон над речкой. Там "
            "их задержал наряд таджикских пограничников у села Лаккон и избил на заставе.\n\nДвое задержанных живут в "
            "Кара-Баке, третий работает там по найму.\n")
    found = _found(geoparser, text, "ru", dt.date(2024, 9, 20))
    assert sorted(found) == ["Lakkon"]


def test_a_drone_seen_over_a_post_then_dropping_a_charge_is_a_strike_there_in_russian(geoparser):
    text = ("Беспилотник сбросил взрывное устройство у заставы\n\nВ понедельник около 16:10 над пограничным постом у "
            "села Ак-Суу Лейлекского района пролетел квадрокоптер, запущенный с таджикской стороны. По данным "
            "Пограничной службы, беспилотник сбросил на территорию поста самодельное взрывное устройство.\n\nВзрывом "
            "повреждена крыша казармы. «Личный состав не пострадал», — подчеркнули в ведомстве.\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 2, 21))
    assert sorted(found) == ["Ak-Suu"]
    assert found["Ak-Suu"].event_type == "air_drone_strike"
    assert found["Ak-Suu"].injured == 0


def test_shells_that_did_not_fall_make_no_scene(geoparser):
    text_ru = ("Ночью обстреляли Сурх\n\nОдин человек ранен в результате ночного минометного обстрела джамоата Сурх, "
               "сообщили в Пограничных войсках. В соседнем джамоате Чоркух, по словам его председателя, снаряды не "
               "падали.\n")
    text_en = ("Surkh shelled overnight\n\nOne person was wounded when mortar rounds hit the Surkh jamoat overnight, the "
               "border troops said. In neighbouring Chorkuh, no shells fell, its chairman said.\n")
    assert sorted(_found(geoparser, text_ru, "ru", dt.date(2024, 10, 3))) == ["Surkh"]
    assert sorted(_found(geoparser, text_en, "en", dt.date(2024, 10, 3))) == ["Surkh"]


# --- counts -------------------------------------------------------------------------------------------------------------


def test_a_dotted_clock_time_is_no_count_and_a_detainee_beaten_is_one_hurt(geoparser):
    read = get_pack("en").read_figures
    assert figures_of(read, "On August 14, at about 9.40, Tajik border guards detained a 39-year-old shepherd") == [
        ("detained", 1, None)]
    assert figures_of(read, "he was taken to the outpost, where he was beaten with rifle butts") == [
        ("injured", 1, None)]


def test_a_man_and_the_son_also_beaten_in_one_clause_are_two(geoparser):
    read = get_pack("en").read_figures
    assert figures_of(read, "When he objected he was struck on the head with a shovel, and his 16-year-old son, who "
                            "ran to help him, was also beaten") == [("injured", 2, None)]


def test_a_neighbour_who_helped_is_one_more_hurt(geoparser):
    text = ("Barn burned in Surkh\n\nA barn and a cattle shed burned down late on Saturday in Surkh, a border village of "
            "Isfara, after young men were seen running from it across the riverbed, local authorities said.\n\nThe "
            "owner of the barn, a 57-year-old man, suffered burns to his hands. A neighbour who helped him was treated "
            "at the scene for smoke poisoning.\n")
    found = _found(geoparser, text, date=dt.date(2023, 10, 3))
    assert found["Surkh"].injured == 2


def test_a_dashed_aside_before_a_quoted_verb_keeps_the_count_and_its_speaker(geoparser):
    text = ("Farmer and son hurt in land row\n\nTwo Kyrgyz villagers were injured in a brawl at Ak-Sai with residents of "
            "Vorukh on Monday, Kyrgyz officials said.\n\nTajik authorities in Isfara gave a different account. In a "
            "statement, the district said three residents of Voruh -- as the exclave is spelt in some official "
            "translations -- \"received bodily injuries\" after Kyrgyz villagers attacked them, and claimed that "
            "\"only one Kyrgyz citizen received minor scratches\".\n")
    found = _found(geoparser, text, date=dt.date(2025, 6, 10))
    assert found["Ak-Sai"].injured == 5


def test_a_house_s_past_in_a_relative_clause_does_not_date_the_find(geoparser):
    text = ("Teenager dies after old shell goes off\n\nDUSHANBE, 09.04.2024. On April 7, a 15-year-old boy of "
            "Ovchi-Kalacha died after an unexploded shell went off, the emergencies committee reports.\n\nAt about 17:30 "
            "two teenagers found a metal object among the ruins of a house in the mahalla which was destroyed during the "
            "shelling of Ovchi-Kalacha in September 2022. The shell exploded when they tried to carry it. His 13-year-old "
            "cousin received shrapnel wounds.\n")
    found = _found(geoparser, text, date=dt.date(2024, 4, 9))
    incident = found["Ovchi-Kalacha"]
    assert (incident.fatalities, incident.injured, incident.event_type) == (1, 1, "casualty_report")


def test_personnel_unharmed_is_a_zero(geoparser):
    assert figures_of(get_pack("en").read_figures, "No personnel were hurt, the service said") == [
        ("fatalities", 0, None), ("injured", 0, None)]
    assert figures_of(get_pack("ru").read_figures, "«Личный состав не пострадал», — подчеркнули в ведомстве") == [
        ("fatalities", 0, None), ("injured", 0, None)]


def test_a_local_herder_beaten_by_the_other_village_s_people_is_his_village_s_in_russian(geoparser):
    text = ("Жители Овчи-Калачи избили чабана из Максата\n\nВчера около 17:00 на пастбище в двух километрах от села "
            "Максат группа жителей таджикского села Овчи-Калъача избила местного чабана, сообщили АКИpress в УВД "
            "Баткенской области.\n\nВ хукумате района Бободжона Гафурова заявили, что в потасовке получил ушибы и один "
            "житель Овчи-Калъачи.\n")
    found = _found(geoparser, text, "ru")
    assert found["Maksat"].injured == 2


def test_more_of_a_village_s_people_and_the_other_side_s_part_of_them_in_russian(geoparser):
    text = ("Драка из-за воды у Самаркандыка\n\nВ субботу у водораспределителя на окраине Самаркандыка жители "
            "Самаркандыка и Чоркуха подрались из-за воды, сообщили в районном УВД.\n\nДвое жителей Самаркандыка "
            "госпитализированы, еще трое обратились за помощью в сельский ФАП.\n\nСогласно информации хукумата Исфары, "
            "с таджикской стороны пострадали четыре жителя джамоата Чоркух. В хукумате утверждают, что драку начали "
            "жители Самаркандыка, а из них «пострадали лишь двое».\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 6, 12))
    assert found["Samarkandyk"].injured == 9


def test_the_hurt_listed_and_treated_in_one_country_beside_the_other_side_s_own_count_in_russian(geoparser):
    text = ("Камни на дороге у Ак-Сая\n\nВ субботу около 19:30 у села Ак-Сай группа ворухцев перегородила дорогу "
            "грузовиком, после чего началась драка, сообщили в полпредстве.\n\nСреди пострадавших — 15-летний школьник, "
            "водитель маршрутки и 67-летний пенсионер. В Баткенскую областную больницу доставлены трое, еще двое "
            "получили помощь в ФАПе. \n\nВ хукумате Исфары сообщили, что пострадали двое жителей Воруха. В полпредстве "
            "утверждают, что среди ворухцев пострадавших было «не меньше шести».\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 7, 24))
    incident = found["Ak-Sai"]
    assert (incident.injured, incident.event_type) == (7, "border_incident_protest")


def test_families_leaving_with_no_shot_fired_is_a_displacement_over_both_days_in_russian(geoparser):
    text = ("Из Тогуз-Булака выехали 23 семьи\n\nБишкек, 3 апреля. 1 и 2 апреля из приграничного села Тогуз-Булак "
            "Лейлекского района временно выехали 23 семьи, сообщили в полпредстве. Всего село покинули 97 человек, в "
            "том числе 41 ребенок. Стрельбы и иных инцидентов на участке не зафиксировано.\n")
    found = _found(geoparser, text, "ru", dt.date(2024, 4, 3))
    incident = found["Toguz-Bulak"]
    assert (incident.event_type, incident.displaced) == ("evacuation_displacement", 97)
    assert (incident.date_start, incident.date_end) == (dt.date(2024, 4, 1), dt.date(2024, 4, 2))


def test_the_first_of_two_incidents_takes_its_own_type_not_the_headline_s(geoparser):
    text = ("Камни у Ак-Сая и выстрелы у Кок-Таша\n\nДва инцидента произошли на выходных на границе, сообщили в "
            "полпредстве.\n\nПервый случай произошел в субботу у села Ак-Сай. Группа ворухцев перегородила дорогу "
            "грузовиком, вскоре в ход пошли камни.\n\nВторой инцидент произошел в ночь на понедельник: по наряду у "
            "поста «Көк-Таш» было произведено около десяти выстрелов. Никто из пограничников не пострадал.\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 7, 24))
    assert found["Ak-Sai"].event_type == "border_incident_protest"
    assert found["Ak-Sai"].fatalities is None
    assert found["Kök-Tash"].event_type == "armed_clash"


def test_a_brawl_with_one_village_s_people_at_another_is_at_the_other(geoparser):
    text_en = ("Brawl at Ak-Sai\n\nTwo Kyrgyz villagers were injured in a brawl with residents of Vorukh at Ak-Sai on "
               "Monday, officials said.\n")
    text_ru = ("Драка у Ак-Сая\n\nДвое местных жителей пострадали в драке с жителями Воруха у села Ак-Сай в "
               "понедельник, сообщили в милиции.\n")
    assert sorted(_found(geoparser, text_en, "en", dt.date(2025, 6, 10))) == ["Ak-Sai"]
    assert sorted(_found(geoparser, text_ru, "ru", dt.date(2025, 6, 10))) == ["Ak-Sai"]


def test_a_district_s_own_village_named_like_another_district_s_is_mapped_in_its_own(geoparser):
    text = ("Families moved from Leilek's Kok-Tash\n\nAuthorities in Kyrgyzstan's Leilek district say they moved about "
            "230 people out of the village of Kok-Tash on May 22 after Tajik troops were seen gathering across the "
            "border.\n\nThe village lies a few kilometers from Andarak. It is not the Kok-Tash of Batken district, where "
            "the clashes of April 2021 began.\n")
    found = _found(geoparser, text, date=dt.date(2024, 5, 23))
    assert sorted(found) == ["Kok-Tash"]
    place = found["Kok-Tash"].place
    assert (place.stand_in_unit, place.admin2) == ("Leilek District", "Leilek District")


def test_each_village_s_count_of_the_evacuated_is_its_own_in_russian(geoparser):
    assert figures_of(get_pack("ru").read_figures, "Из Кара-Бака вывезены 870 человек, из Чека, по которому мины не "
                                                   "попали, — 370 человек") == [("displaced", 870, None),
                                                                                ("displaced", 370, None)]
    text = ("Из Кара-Бака и Чека эвакуированы жители\n\nВ ночь на субботу минометному обстрелу подверглось село "
            "Кара-Бак, сообщили в штабе гражданской защиты.\n\nВ целях безопасности началась эвакуация жителей двух "
            "сел. Из Кара-Бака вывезены 870 человек, из Чека, по которому мины не попали, — 370 человек.\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 7, 23))
    assert (found["Kara-Bak"].displaced, found["Chek"].displaced) == (870, 370)
    assert found["Chek"].event_type == "evacuation_displacement"


def test_a_count_then_one_more_person_under_one_verb_in_russian(geoparser):
    read = get_pack("ru").read_figures
    assert figures_of(read, "Ранения получили двое взрослых мужчин и 12-летний мальчик") == [("injured", 3, None)]
    assert figures_of(read, "Ранены двое военнослужащих и один мирный житель") == [("injured", 3, None)]


def test_a_village_administered_by_a_town_is_mapped_at_the_town(geoparser):
    text = ("Tajik guard killed\n\nA Tajik serviceman was killed near Khoja-Alo on Wednesday, the Tajik border troops "
            "said.\n\nThe Kyrgyz border service gave its own account. It said a Tajik border detail had taken up "
            "combat positions on an undelimited stretch near Bulak-Bashy, one of the villages administered by the "
            "town of Batken. In the ensuing exchange of fire one Kyrgyz border guard was wounded, the service said.\n")
    found = _found(geoparser, text, date=dt.date(2022, 9, 15))
    assert found["Bulak-Bashy"].place.stand_in_unit == "Batken"
    assert found["Bulak-Bashy"].injured == 1


# --- batch 182: a second sample ------------------------------------------------------------------------------------------


def test_families_moved_in_with_relatives_are_displaced_and_where_they_went_is_no_scene_in_russian(geoparser):
    text = ("Из Лаккона выехали около 30 семей\n\nИСФАРА, 18 сен. Около 30 семей из джамоата Лаккон с пятницы по "
            "воскресенье временно перебрались к родственникам в Исфару и соседний джамоат Навгилем, рассказал "
            "председатель джамоата. По его словам, всего выехали около 150 человек. «Стрельбы не было, никто не "
            "пострадал», – сказал он.\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 9, 18))
    assert sorted(found) == ["Lakkon"]
    assert (found["Lakkon"].event_type, found["Lakkon"].displaced) == ("evacuation_displacement", 150)


def test_trucks_set_across_the_road_at_a_village_is_a_blockade_there_in_russian(geoparser):
    text = ("Жители Воруха перекрыли дорогу\n\nБАТКЕН (АКИpress) - Жители таджикского анклава Ворух во вторник перекрыли "
            "объездную автодорогу Ак-Сай — Тамдык в Баткенском районе, сообщили в полпредстве.\n\nОколо 08:40 примерно "
            "70 ворухцев вышли на дорогу у села Тамдык и поставили поперек проезжей части два грузовика. Пострадавших "
            "нет.\n")
    found = _found(geoparser, text, "ru", dt.date(2026, 2, 10))
    assert found["Tamdyk"].event_type == "border_incident_protest"


def test_a_scene_named_with_its_country_then_there_they_were_beaten_in_russian(geoparser):
    text = ("Жителей Чоркуха избили при задержании\n\nВ воскресенье трое жителей джамоата Чоркух собирали хворост на "
            "берегу реки у кыргызского села Самаркандык. Там их задержали кыргызские пограничники. По словам "
            "родственников, мужчин избили прикладами.\n")
    assert "Samarkandyk" in _found(geoparser, text, "ru", dt.date(2023, 10, 16))


def test_a_fire_told_then_its_arsonists_told_by_the_village_head_is_at_the_village_in_russian(geoparser):
    text = ("Поджог в Сурхе\n\nОколо 01:30 на окраине села Сурх загорелись два стога сена и навес для скота. По словам "
            "председателя джамоата Сурх, поджигатели «пришли со стороны Самаркандыка» и после поджога ушли обратно.\n")
    assert sorted(_found(geoparser, text, "ru", dt.date(2023, 10, 16))) == ["Surkh"]


def test_a_unit_a_jamoat_borders_is_no_scene(geoparser):
    text = ("Barn burned in Chorkuh\n\nA barn with about two tonnes of hay burned down early on Monday in Chorkuh, on the "
            "edge of the jamoat that borders the Kyrgyz aiyl okmotu of Ak-Sai. Residents said two people were seen "
            "running from the barn towards the Kyrgyz side.\n")
    assert "Ak-Sai" not in _found(geoparser, text, date=dt.date(2024, 5, 28))


def test_a_village_named_with_another_district_after_it_is_that_district_s(geoparser):
    text = ("Tajik border guards detain two shepherds from Kok-Tash in Leilek district\n\nTwo shepherds, residents of "
            "Kok-Tash village of Sumbula aiyl okmotu of Leilek district, were detained by Tajik border guards and "
            "beaten on September 14, the Border Service said.\n")
    found = _found(geoparser, text, date=dt.date(2024, 9, 16))
    assert [incident.place.admin2 for incident in found.values()] == ["Leilek District"]


def test_two_villages_of_one_name_keep_the_gazetteer_s_where_its_district_is_named_in_russian(geoparser):
    text = ("Два Кок-Таша\n\nВ воскресенье у вододелителя на окраине села Көк-Таш Ак-Сайского айыл окмоту Баткенского "
            "района вспыхнула драка между жителями Кок-Таша и соседнего таджикского села Ходжаи-Аъло.\n\nДнем ранее "
            "инцидент произошел в другом Кок-Таше – селе Сумбулинского айыл окмоту Лейлекского района: трое мужчин "
            "избили чабана.\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 6, 12))
    assert found["Kök-Tash"].place.admin2 == "Batken District"


def test_a_bus_named_by_its_run_names_no_scene_in_russian(geoparser):
    text = ("Камни у Кызыл-Бела\n\nВ воскресенье у села Кызыл-Бел подростки забросали камнями легковые автомобили. "
            "Камнями также разбиты стекла микроавтобуса, следовавшего рейсом Баткен — Кызыл-Кия.\n")
    assert sorted(_found(geoparser, text, "ru", dt.date(2024, 7, 22))) == ["Kyzyl-Bel"]


def test_trucks_parked_across_the_road_are_a_blockade():
    from geo.incidents.events.clauses import clause_types
    assert "border_incident_protest" in clause_types(
        "About 70 Vorukh residents went out onto the road and parked two trucks across it", get_pack("en"))


def test_its_driver_and_his_son_cut_by_glass_are_two_hurt():
    assert figures_of(get_pack("en").read_figures, "Its driver, a 41-year-old Koktash resident, and his nine-year-old "
                                                   "son, who was sitting in the front seat, were cut by the broken "
                                                   "glass") == [("injured", 2, None)]
