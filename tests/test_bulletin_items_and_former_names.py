"""Statements, bulletins and small older incidents met when blind batch 151 and a fifth sample of real reporting were
read: a village's former name with its date, a road named by its two ends, the way of one hurt person to hospital, the
fight of a brawl at the edge of one village, a person's bruises told with his age, an emergencies bulletin by village,
a medical helicopter, a protocol that ends the fighting signed at a crossing, the homes of the dead in a list, Latin
letters inside Russian words, a sentence printed twice, a birth year, a conflict between residents. The texts are
written for these tests."""

from __future__ import annotations

import datetime as dt

from geo.language import pack_for
from geo.language.folding import fold_homoglyphs
from tests.test_counted_and_typed import by_place, figures_of, incidents_of


def test_the_day_a_village_lost_its_former_name_does_not_date_the_incident(geoparser):
    text = ("В пятницу, 2 июня, около 19:00 у села Үч-Булак Лейлекского района (до 1 января 2023 года село называлось "
            "Чурбек) неизвестные с таджикской стороны забросали камнями грузовой автомобиль. Водитель, 52 лет, получил "
            "травму головы.")
    found = incidents_of(geoparser, text, dt.date(2023, 6, 3), lang="ru")
    assert [(i.place.name, i.date_start, i.injured) for i in found] == [("Churbek", dt.date(2023, 6, 2), 1)]


def test_a_road_blocked_between_its_two_ends_written_with_a_dash_is_blocked(geoparser):
    text = ("Residents of Kyzyl-Bel village in Batken district blocked the Batken–Isfara highway on Tuesday morning, "
            "refusing to let through vehicles with Tajik licence plates.")
    found = incidents_of(geoparser, text, dt.date(2016, 8, 2))
    assert [(i.place.name, i.event_type) for i in found] == [("Kyzyl-Bel", "border_incident_protest")]


def test_one_hurt_man_taken_to_hospital_is_no_evacuation(geoparser):
    english = ("A Kyrgyz herder was shot and wounded by Tajik border guards near Kara-Shibak on Wednesday. He was "
               "evacuated by servicemen of the Kyzyl-Eshme border outpost to the district hospital in Daroot-Korgon.")
    assert [i.place.name for i in incidents_of(geoparser, english, dt.date(2024, 7, 4))] == ["Kara-Shibak"]
    russian = ("В среду таджикские пограничники ранили кыргызского чабана у села Кара-Шыбак. Военнослужащие заставы "
               "Кызыл-Эшме эвакуировали его в больницу Дароот-Коргона.")
    assert [i.place.name for i in incidents_of(geoparser, russian, dt.date(2024, 7, 4), lang="ru")] == ["Kara-Shibak"]
    # ... while a woman moved with her children from a village is displaced
    moved = "Her house in Kok-Tash was shelled on Wednesday. She was evacuated with her children from Ak-Sai to Batken."
    assert "Ak-Sai" in by_place(incidents_of(geoparser, moved, dt.date(2024, 7, 4)))


def test_the_other_village_s_hurt_in_a_brawl_at_the_edge_of_one_are_its_party(geoparser):
    text = ("Five people were injured on Sunday evening when residents of a Kyrgyz and a Tajik village fought with "
            "sticks and stones over water from a spring on the border, officials said.\n\n"
            "The fight broke out at about 19:00 on May 13 at a spring on the outskirts of Lakkon, a village of Isfara "
            "district, when residents of the Kyrgyz village of Kara-Bak came to clean the channel.\n\n"
            "The Kyrgyz police said three residents of Kara-Bak were injured. The administration of Isfara district "
            "said two residents of Lakkon were hurt.")
    found = incidents_of(geoparser, text, dt.date(2018, 5, 15))
    assert [(i.place.name, i.injured) for i in found] == [("Lakkon", 5)]


def test_a_person_with_his_age_and_his_bruises_is_one_hurt():
    read = pack_for("en").read_figures
    assert figures_of(read, "The elder, 47, has bruises on his face and back and a fractured rib.") == [
        ("injured", 1, None)]
    assert figures_of(read, "The elder, 47, suffered a fractured rib.") == [("injured", 1, None)]
    assert figures_of(read, "The village has cuts in its water supply.") == []


def test_a_count_among_a_side_s_servicemen_is_read_without_failing():
    read = pack_for("en").read_figures
    assert figures_of(read, '"According to our data, there are at least two wounded among the Tajik servicemen."') \
        == [("injured", 2, "TJ")]


def test_a_bulletin_s_villages_each_keep_their_own_figures(geoparser):
    text = ("«6 марта 2024 года в 21:35 со стороны Республики Таджикистан был открыт огонь из стрелкового оружия и "
            "минометов по селам Кара-Бак и Чек Баткенского района.\n\n"
            "По состоянию на 08:00 7 марта:\n\n"
            "село Кара-Бак — повреждены 7 жилых домов. Ранения получили 2 человека. Временно эвакуированы 318 "
            "человек;\n\n"
            "село Чек — повреждены 3 жилых дома. Пострадавших нет. Временно эвакуированы 74 человека.»")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 7), lang="ru"))
    assert (found["Kara-Bak"].injured, found["Kara-Bak"].displaced) == (2, 318)
    assert (found["Chek"].injured, found["Chek"].displaced) == (0, 74)


def test_a_road_s_end_spelt_with_a_kyrgyz_letter_does_not_break_the_clause(geoparser):
    text = ("Заявление Погранслужбы\n\n"
            "Во вторник Пограничная служба ГКНБ распространила заявление. Приводим его полностью:\n\n"
            "«7 октября 2024 года около 23:40 на участке автодороги Раззаков — Үч-Булак, в районе ответственности "
            "пограничной заставы \"Үч-Булак\" Лейлекского пограничного отряда, со стороны сопредельного государства "
            "произведено не менее пяти выстрелов из стрелкового оружия по легковому автомобилю. В результате "
            "гражданин Кыргызской Республики Ж., 1980 года рождения, получил огнестрельное ранение левого плеча.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 9), lang="ru")
    assert [(i.place.name, i.date_start) for i in found] == [("Churbek", dt.date(2024, 10, 7))]


def test_a_medical_helicopter_is_no_air_strike(geoparser):
    text = ("МИД вручил ноту протеста в связи с обстрелом кыргызского пограничного наряда у села Бешкент.\n\n"
            "«11 августа в 16:20 военнослужащие Таджикистана открыли огонь из стрелкового оружия по пограничному "
            "наряду заставы «Бешкент». В результате обстрела военнослужащий получил огнестрельное ранение руки. Он "
            "доставлен в больницу в Раззакове, а затем санитарным вертолетом переправлен в Ош».")
    found = incidents_of(geoparser, text, dt.date(2023, 8, 12), lang="ru")
    assert [(i.place.name, i.event_type) for i in found] == [("Beshkent", "armed_clash")]


def test_a_protocol_that_ends_the_conflict_is_an_agreement_at_its_meeting_s_crossing(geoparser):
    english = ("BISHKEK. A protocol was signed on the settlement of the latest situation on the Kyrgyz-Tajik border, "
               "the head of the State Committee for National Security said.\n\n"
               "The document was signed by the heads of the two committees.\n\n"
               "The meeting of the parties was held at the Kyzyl-Bel checkpoint on Sunday, September 25.")
    found = incidents_of(geoparser, english, dt.date(2022, 9, 26))
    assert [(i.place.name, i.event_type) for i in found] == [("Kyzyl-Bel", "ceasefire_agreement")]
    russian = ("Киргизия и Таджикистан подписали протокол об урегулировании ситуации на киргизско-таджикской "
               "границе.\n\n"
               "Встреча сторон произошла на контрольно-пропускном пункте «Кызыл-Бель» 25 сентября.")
    found = incidents_of(geoparser, russian, dt.date(2022, 9, 25), lang="ru")
    assert [(i.place.name, i.event_type) for i in found] == [("Kyzyl-Bel", "ceasefire_agreement")]


def test_the_homes_of_the_dead_told_with_their_birth_years_are_no_scenes(geoparser):
    text = ("Очередной конфликт произошел вечером 16 сентября в приграничном джамоате Овчи-Калъача Бободжон "
            "Гафуровского района. В результате конфликта погибли трое таджикских пограничников. «Среди погибших – "
            "комендант джамоата Овчи-Калъача, подполковник Р. 1984 года рождения, житель города Гиссар; рядовой И., "
            "1998 года рождения, житель села Киров джамоата Чоргултеппа (Вахш)».")
    found = incidents_of(geoparser, text, dt.date(2019, 9, 17), lang="ru")
    assert [i.place.name for i in found] == ["Ovchi-Kalacha"]


def test_latin_letters_inside_russian_words_read_as_cyrillic(geoparser):
    assert fold_homoglyphs("обстрела c кыргызской стороны, Кыргызcтан, Sputnik") == \
        "обстрела с кыргызской стороны, Кыргызстан, Sputnik"
    # the fire came from the Kyrgyz side: the man hurt is no Kyrgyz
    clause = "в результате обстрела c кыргызской стороны также пострадал начальник угольного разреза «Шуроб»"
    assert [side for _, _, side in figures_of(pack_for("ru").read_figures, fold_homoglyphs(clause))] == [None]
    text = f"16 сентября в джамоате Ворух в результате обстрела убиты шесть жителей. Кроме того, {clause}."
    assert by_place(incidents_of(geoparser, text, dt.date(2022, 9, 16), lang="ru"))["Shurob"].injured == 1


def test_a_sentence_the_page_printed_twice_counts_once(geoparser):
    sentence = "Кроме того, в результате обстрела также пострадал начальник угольного разреза «Шуроб»."
    text = f"16 сентября в джамоате Ворух в результате обстрела убиты шесть жителей. {sentence} {sentence}"
    assert by_place(incidents_of(geoparser, text, dt.date(2022, 9, 16), lang="ru"))["Shurob"].injured == 1


def test_a_birth_year_after_a_name_does_not_date_the_story(geoparser):
    text = ("On July 22 the residents of Vorukh installed the state flag of Tajikistan on a pole. At about 16:35 "
            "Kyrgyz citizens dug the ground and installed the flag of their country.\n\n"
            "The Kyrgyz citizens along with throwing stones also used firearms. As a result of the shooting one Tajik "
            "citizen Sobirov Umed, 1967 birth year, resident of Vorukh was killed and three others were injured.")
    found = incidents_of(geoparser, text, dt.date(2019, 7, 23))
    assert [(i.place.name, i.date_start) for i in found] == [("Vorukh", dt.date(2019, 7, 22))]


def test_a_conflict_between_residents_of_two_villages_is_an_incident(geoparser):
    text = ("A spokesman says a conflict took place yesterday between residents of the Tajik village of Khoja Alo "
            "(Isfara district) and the Kyrgyz village of Uch-Dobo (Batken district).")
    found = incidents_of(geoparser, text, dt.date(2018, 4, 4))
    assert [(i.place.name, i.event_type) for i in found] == [("Khoja-Alo", "border_incident_protest")]


def test_a_third_party_s_concern_is_no_incident(geoparser):
    english = ("The Secretary-General is following the escalation of violence along the Kyrgyz-Tajik border with great "
               "concern. He calls on the leaderships to engage in dialogue for a lasting ceasefire.")
    assert incidents_of(geoparser, english, dt.date(2022, 9, 19)) == []
    russian = ("Генеральный секретарь ООН с глубокой обеспокоенностью следит за эскалацией насилия на "
               "кыргызско-таджикской границе.")
    assert incidents_of(geoparser, russian, dt.date(2022, 9, 19), lang="ru") == []


def test_rebuilding_what_a_past_war_destroyed_is_no_incident(geoparser):
    russian = ("Строительство новых домов на место разрушенных в ходе вооруженного конфликта в Баткене близится к "
               "завершению. Сегодня хозяевам передали 35 домов.")
    assert incidents_of(geoparser, russian, dt.date(2023, 2, 2), lang="ru") == []
    english = ("The construction of new houses in place of those destroyed during the armed conflict in Batken is "
               "nearing completion.")
    assert incidents_of(geoparser, english, dt.date(2023, 2, 2)) == []
    # ... while houses destroyed in today's shelling are news
    news = "Tajik troops shelled Ak-Sai on Wednesday; dozens of houses were destroyed in the clashes."
    assert [i.place.name for i in incidents_of(geoparser, news, dt.date(2023, 2, 2))] == ["Ak-Sai"]


def test_villagers_who_took_hostages_are_an_incident(geoparser):
    russian = ("В Баткенской области около 200 жителей приграничного села Карабак сегодня, 21 июня, взяли в заложники "
               "16 граждан Таджикистана.")
    found = incidents_of(geoparser, russian, dt.date(2012, 6, 21), lang="ru")
    assert [(i.place.name, i.event_type) for i in found] == [("Kara-Bak", "border_incident_protest")]
    english = "About 200 residents of the border village of Kara-Bak took 16 Tajik citizens hostage on Thursday."
    assert [i.place.name for i in incidents_of(geoparser, english, dt.date(2012, 6, 21))] == ["Kara-Bak"]


def test_a_conflict_between_a_jamoat_and_a_village_is_a_brawl(geoparser):
    text = ("На границе между джамоатом Ворух и кыргызским селом Ак-Сай вновь произошел конфликт: один человек погиб. "
            "Жители кыргызского села начали забрасывать камнями жителей Воруха.")
    found = incidents_of(geoparser, text, dt.date(2019, 7, 22), lang="ru")
    assert [(i.place.name, i.event_type, i.fatalities) for i in found] == [("Vorukh", "border_incident_protest", 1)]


def test_a_list_of_the_hurt_by_hospital_is_parts_of_the_total(geoparser):
    text = ("По состоянию на 20:00 в результате вооруженных столкновений в Баткенской области в организации "
            "здравоохранения поступили 59 пострадавших, сообщила пресс-служба Минздрава.\n\n"
            "  • Баткенская областная объединенная больница — 26 пострадавших\n"
            "  • ЦОВП Лейлек 18 пострадавших\n"
            "  • НГ — 3 пострадавших\n"
            "Информация по летальным случаям уточняется.")
    found = incidents_of(geoparser, text, dt.date(2022, 9, 16), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Batken Region", 59)]


def test_thousands_and_the_rest_are_one_number():
    read = pack_for("ru").read_figures
    assert figures_of(read, "Всего с приграничных сел эвакуировано 136 тыс. 770 человек") == [
        ("displaced", 136770, None)]
    assert figures_of(read, "эвакуировано 10 тысяч 215 человек") == [("displaced", 10215, None)]
    assert figures_of(read, "эвакуированы 2,3 тыс. человек") == [("displaced", 2300, None)]


def test_the_schools_evacuees_were_taken_to_put_no_event_in_their_town(geoparser):
    text = ("6 марта таджикские военные обстреляли из минометов село Кара-Бак. Из села эвакуированы 1 тыс. 409 "
            "человек в гостиницы и школы города Баткена. Часть жителей размещены в школе-гимназии № 5 города Баткен, "
            "еще 159 человек — в школы-интернаты города Исфана.")
    found = incidents_of(geoparser, text, dt.date(2024, 3, 7), lang="ru")
    assert [i.place.name for i in found] == ["Kara-Bak"]


def test_a_village_s_line_under_a_list_of_the_evacuated_is_its_count(geoparser):
    text = ("Бишкек, 12.09.23. В результате обстрела со стороны Таджикистана вечером 11 сентября из двух приграничных "
            "сел Баткенского района эвакуированы 1 тыс. 760 человек, сообщает МЧС.\n\n"
            "По данным ведомства, эвакуированы:\n\n"
            "- из села Карабак - 1 тыс. 120 человек;\n"
            "- из села Кызыл-Бел - 640 человек.\n\n"
            "Как сообщили в областной администрации, в Карабаке ранения получили двое жителей.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 9, 12), lang="ru"))
    assert (found["Kara-Bak"].injured, found["Kara-Bak"].displaced) == (2, 1120)


def test_a_village_far_from_the_town_named_as_its_own_is_a_namesake(geoparser):
    # the gazetteer's only Somoniyon lies in Jabbor Rasulov district, about 100 km west of Isfara: the village of the
    # article keeps its name and is mapped at the town or district named as its own (geo/geoparse/stand_ins.py)
    russian = "Вечером 22 декабря с кыргызской стороны обстреляли дом в селе Сомониён города Исфары. Никто не пострадал."
    found = incidents_of(geoparser, russian, dt.date(2021, 12, 23), lang="ru")
    assert [(i.place.name, i.place.stand_in_unit, i.geo_precision) for i in found] == [("Somoniyon", "Isfara", 2)]
    english = ("On Wednesday evening a house in the village of Somoniyon of the Isfara district was fired on from the "
               "Kyrgyz side.")
    found = incidents_of(geoparser, english, dt.date(2021, 12, 23))
    assert [(i.place.name, i.place.stand_in_unit) for i in found] == [("Somoniyon", "Isfara District")]
    # ... while the Somoniyon of Jabbor Rasulov district is itself
    near = "On Wednesday shots were fired at Somoniyon in Jabbor Rasulov district."
    assert [i.place.name for i in incidents_of(geoparser, near, dt.date(2021, 12, 23))] == ["Somoniyon"]


def test_a_heavy_gun_is_shelling(geoparser):
    text = ("Военнослужащие Кыргызстана с применением тяжелого орудия совершили вооружённое нападение на населённые "
            "пункты Ходжаи Аъло и Сурх.")
    found = incidents_of(geoparser, text, dt.date(2022, 9, 16), lang="ru")
    assert {(i.place.name, i.event_type) for i in found} == {("Khoja-Alo", "shelling_artillery"),
                                                             ("Surkh", "shelling_artillery")}
