"""The Tajik side's reporting: border troops' releases, notes of protest, regional news of the Tajik villages.

The texts are written for these tests, in the styles of Khovar's and Asia-Plus's English and Russian copy, the
Tajik border troops' press releases (each case a paragraph, "Another violation was recorded ..."), the Foreign
Ministry's notes and the wire items quoting them.
"""

from __future__ import annotations

import datetime as dt

from geo.language import get_pack
from tests.test_counted_and_typed import by_place, figures_of, incidents_of, place_names

EN = get_pack("en")
RU = get_pack("ru")


# --- figures ---------------------------------------------------------------------------------------------------------


def test_a_shooting_that_caused_injury_for_six_counts_six():
    assert figures_of(EN.read_figures, "A shooting on the border caused injury for six Tajik citizens, two of them "
                                       "in serious condition.") == [("injured", 6, "TJ")]


def test_people_told_by_age_and_name_are_counted_one_by_one():
    text = ("Doctors said a 15-year-old Farrukh Nazarov, a 31-year-old Bakhtiyor Rahimov and a 62-year-old Jurabek "
            "Saidov were injured by beating.")
    assert figures_of(EN.read_figures, text) == [("injured", 3, None)]


def test_an_imam_is_a_person_of_a_count():
    text = "a 12-year-old boy, a 40-year-old woman and a 66-year-old imam were injured by stones."
    assert figures_of(EN.read_figures, text) == [("injured", 3, None)]


def test_the_beating_of_two_teenagers_counts_two_hurt():
    assert figures_of(EN.read_figures, "The ministry protested the detention and beating of two Tajik teenagers by "
                                       "Kyrgyz border guards.") == [("injured", 2, "TJ")]
    assert figures_of(EN.read_figures, "Kyrgyz border guards have seized and beaten two Tajik teens.") == [
        ("injured", 2, "TJ")]


# --- where ------------------------------------------------------------------------------------------------------------


def test_the_attackers_village_gives_way_to_the_scene_of_the_people_attacked(geoparser):
    text = ("Road clash at Vorukh\n\n"
            "The clashes broke out on March 13 after the Kyrgyz side resumed work on a road. When residents of Vorukh "
            "began protesting against the construction, shots were fired at them from Kyrgyz territory, the Tajik "
            "border service said. About 60 residents of the Kyrgyz village of Aksai threw stones at residents of "
            "Vorukh. As a result, nine people were hospitalized with serious injuries.")
    found = by_place(incidents_of(geoparser, text, dt.date(2019, 3, 14)))
    assert sorted(found) == ["Vorukh"]
    assert found["Vorukh"].injured == 9


def test_a_toll_of_gunfire_told_after_an_arson_goes_to_the_shooting(geoparser):
    text = ("Road clash at Vorukh\n\n"
            "The clashes broke out on March 13 after the Kyrgyz side resumed work on a road. When residents of Vorukh "
            "began protesting, shots were fired at them from Kyrgyz territory, the Tajik border service said.\n\n"
            "Moreover, Kyrgyz nationals reportedly set fire to a warehouse and a mill in the Chorkuh jamoat.\n\n"
            "In the March 13 clash, several men were wounded. The violence then escalated and a Tajik man was shot "
            "dead.")
    found = by_place(incidents_of(geoparser, text, dt.date(2019, 3, 14)))
    assert found["Vorukh"].fatalities == 1
    assert found["Chorkuh"].fatalities is None and found["Chorkuh"].injured is None


def test_the_district_across_a_section_from_the_district_of_the_scene_is_no_event(geoparser):
    text = ("Three Tajik border guards killed\n\n"
            "Three Tajik servicemen were killed in the September 16 shooting on the border between Tajikistan's "
            "Bobojon-Ghafurov district and the Leilek district of Kyrgyzstan, a Tajik official said.\n\n"
            "According to Tajikistan's border agency, the clash broke out over construction in a sports ground in the "
            "Ovchi-Kalacha jamoat.")
    found = by_place(incidents_of(geoparser, text, dt.date(2019, 9, 17)))
    assert sorted(found) == ["Ovchi-Kalacha"]
    assert found["Ovchi-Kalacha"].fatalities == 3


def test_a_release_that_announces_a_violation_places_the_force_told_paragraphs_later(geoparser):
    text = ("Border troops report\n\n"
            "Another violation was recorded on December 22 at about 14:10 in the area of the Histevarz settlement, "
            "where the border was crossed by a fuel truck with Kyrgyz plates.\n\n"
            "To slow the car down, Tajik border guards signalled it to stop. However, the driver increased the speed of "
            "the car and tried to run over the border guard.\n\n"
            "The car was stopped and the driver was arrested.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 12, 24)))
    assert sorted(found) == ["Khistevarz"]
    assert found["Khistevarz"].event_type == "border_incident_protest"


def test_a_car_stopped_by_force_on_a_bridge_is_an_incident_at_the_bridge_s_village(geoparser):
    text = ("Border troops report\n\n"
            "Today a group of about 40 Kyrgyz citizens forcibly stopped the car of a Tajik citizen, transporting sand "
            "through the Tajik territory, the press center of the border troops said. The incident occured on the "
            "bridge near the settlement of Khojai-Alo.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 1, 27)))
    assert sorted(found) == ["Khoja-Alo"]


def test_a_russian_car_stopped_by_force_is_an_incident_and_a_patrol_s_detention_is_none(geoparser):
    forced = ("Инцидент у Ходжаи Аъло\n\n"
              "Сегодня группа граждан Кыргызстана насильно остановила автомашину гражданина Таджикистана, перевозившую "
              "песок, на мосту у села Ходжаи Аъло, сообщили в Пограничных войсках.")
    assert place_names(incidents_of(geoparser, forced, dt.date(2022, 1, 27), lang="ru")) == ["Khoja-Alo"]
    routine = ("Задержания на границе\n\n"
               "Во время обхода приграничных территорий кыргызские пограничники задержали двух жителей Исфаринского "
               "района возле села Ходжаи Аъло. Оба отпущены.")
    assert place_names(incidents_of(geoparser, routine, dt.date(2021, 5, 30), lang="ru")) == []


def test_an_armed_conflict_told_as_having_taken_place_is_a_clash(geoparser):
    text = ("Statement of the Foreign Ministry\n\n"
            "Another armed conflict took place in Isfara on June 14, the ministry said. Tajikistan regrets that the "
            "provocative actions of the Kyrgyz side have become regular.")
    assert place_names(incidents_of(geoparser, text, dt.date(2022, 6, 14))) == ["Isfara"]
    russian = ("Заявление МИД\n\n"
               "14 июня в Исфаре произошел очередной вооруженный конфликт, сообщили в министерстве. Таджикская сторона "
               "сожалеет, что провокационные действия кыргызской стороны стали регулярными.")
    assert place_names(incidents_of(geoparser, russian, dt.date(2022, 6, 14), lang="ru")) == ["Isfara"]


def test_a_feigned_withdrawal_is_no_ceasefire(geoparser):
    text = ("Информационное сообщение МИД\n\n"
            "Кыргызская сторона создает ложную видимость отвода войск от линии соприкосновения и укрывает технику в "
            "приграничных селах Баткенской области.")
    assert place_names(incidents_of(geoparser, text, dt.date(2022, 9, 21), lang="ru")) == []


def test_a_read_also_line_above_the_story_hides_nothing(geoparser):
    text = ("Border troops report\n\n"
            "Read also\n\n"
            "DUSHANBE, 24.12.2021 (NIAT Khovar) - The press center of the border troops reported that on December 22 at "
            "about 23:00, Kyrgyz citizens fired at the house of a Tajik citizen in the village of Khoja-Alo, and the "
            "windows of the house were broken. No one was hurt, the press center said, calling it a provocation that "
            "aggravates the situation on the border.")
    assert place_names(incidents_of(geoparser, text, dt.date(2021, 12, 24))) == ["Khoja-Alo"]


# --- when -------------------------------------------------------------------------------------------------------------


def test_the_day_the_incident_took_place_dates_a_note_of_protest_s_event(geoparser):
    text = ("Tajikistan protests beating of two teenagers\n\n"
            "A statement released by the Tajik Foreign Ministry on April 28 says Dushanbe handed a note protesting "
            "the beating of two Tajik teenagers by Kyrgyz border guards in Vorukh.\n\n"
            "The incident reportedly took place in the afternoon of April 25, the head of a mahalla in Vorukh said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 4, 28)))
    assert found["Vorukh"].date_start == dt.date(2021, 4, 25)
    assert found["Vorukh"].injured == 2


# --- the Tajik releases and notes: places -----------------------------------------------------------------------------


def test_a_tract_of_a_jamoat_the_gazetteer_lacks_is_mapped_at_the_town_the_jamoat_belongs_to(geoparser):
    text = ("Нота протеста\n\n"
            "МИД Таджикистана в пятницу, 28 апреля, вручил ноту протеста в связи с «незаконными действиями кыргызских "
            "пограничников в отношении двух несовершеннолетних граждан страны в местности Дехча джамоата Кулканд "
            "города Исфара».\n\n"
            "Инцидент произошел во второй половине дня 25 апреля. Оба доставлены в ЦРБ города Исфара.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 4, 28), lang="ru"))
    assert sorted(found) == ["Dekhcha"]
    incident = found["Dekhcha"]
    assert (incident.place.stand_in_unit, incident.date_start, incident.injured) == ("Isfara", dt.date(2023, 4, 25), 2)


def test_illegal_actions_against_citizens_in_an_area_of_a_jamoat_are_an_incident_there(geoparser):
    text = ("Tajikistan protests to Kyrgyzstan\n\n"
            "Tajikistan has handed a note of protest to Kyrgyzstan's ambassador, the Foreign Ministry said on Friday.\n\n"
            "The ministry said Kyrgyz servicemen had committed \"illegal actions against two juvenile citizens of the "
            "country in the Dehcha area of the Chorkuh jamoat\", a rural municipality subordinate to the town of "
            "Isfara.\n\n"
            "The incident took place in the afternoon of April 25, the ministry said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 4, 28)))
    assert sorted(found) == ["Dehcha"]
    assert found["Dehcha"].date_start == dt.date(2023, 4, 25)


def test_the_day_a_note_of_protest_was_handed_is_no_day_of_the_incident(geoparser):
    text = ("Нота протеста\n\n"
            "Министерство иностранных дел Таджикистана в пятницу, 28 апреля, вручило ноту протеста послу Кыргызстана в "
            "связи с избиением двух жителей Воруха кыргызскими пограничниками.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 4, 28), lang="ru"))
    assert found["Vorukh"].date_start < dt.date(2023, 4, 28)


def test_a_settlement_of_a_jamoat_subordinate_to_a_town_is_mapped_at_the_town(geoparser):
    text = ("Border troops report\n\n"
            "On July 6, at about 22:15, from the territory of Kyrgyzstan shots were fired from automatic weapon in the "
            "direction of a residential house in the Dehcha settlement of the Dehcha jamoat, which is subordinate to "
            "the city of Isfara. There were no casualties.")
    found = by_place(incidents_of(geoparser, text, dt.date(2019, 7, 8)))
    assert sorted(found) == ["Dehcha"]
    assert found["Dehcha"].place.stand_in_unit == "Isfara"


def test_a_village_of_a_jamoat_named_like_a_far_town_is_a_village_the_gazetteer_lacks(geoparser):
    # (the gazetteer's Guliston is the former Kairakkum, a town of some 49,000 people)
    text = ("Clash over a ditch\n\n"
            "Some 40 residents of the Kyrgyz village of Jar-Kyshtak came on Tuesday to the outskirts of Guliston, a "
            "village of the Kulkand jamoat, and attacked residents who were cleaning the ditch, throwing stones, the "
            "Isfara administration said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 17)))
    assert sorted(found) == ["Guliston"]
    assert found["Guliston"].place.stand_in_unit is not None


def test_the_people_at_the_entrance_to_the_village_told_before_came_from_elsewhere(geoparser):
    text = ("Stones at a wedding motorcade\n\n"
            "A wedding motorcade was pelted with stones near Jar-Kyshtak village of Ak-Sai aiyl okmotu in Batken "
            "district on Sunday, police said. The motorcade was returning to Jar-Kyshtak from Batken city. At the "
            "entrance to the village, a group of about 20 residents of Dehcha village of Tajikistan began throwing "
            "stones at the cars.")
    assert place_names(incidents_of(geoparser, text, dt.date(2018, 8, 20))) == ["Jar-Kyshtak"]


def test_a_russian_lede_places_an_attack_at_the_village_of_the_people_attacked(geoparser):
    text = ("Согдийская область\n\n"
            "Жители кыргызского села Жар-Кыштак Лейлекского района забросали камнями и избили жителей таджикского села "
            "Дехча Бободжон Гафуровского района, причинив телесные повреждения шести гражданам Таджикистана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 5, 23), lang="ru"))
    assert sorted(found) == ["Dekhcha"]
    assert found["Dekhcha"].injured == 6


def test_a_village_the_headline_names_without_its_country_takes_the_country_the_body_tells(geoparser):
    # (the Kyrgyz district the headline names is nearer to it than any Tajik unit)
    text = ("Хукумат Исфары: жители села Жар-Кыштак Баткенского района забросали камнями жителей Дехчи\n\n"
            "Драка между жителями таджикского села Дехча и соседнего кыргызского села Жар-Кыштак произошла вечером "
            "5 июня на окраине Дехчи, сообщили в пресс-службе председателя города Исфара. Пострадали пять жителей "
            "Дехчи.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 6), lang="ru"))
    assert found["Dekhcha"].place.country_code == "TJ"


def test_a_farm_s_store_and_mill_burnt_at_night_are_an_incident(geoparser):
    text = ("Поджог в Исфаре\n\n"
            "В ночь на 14 марта в селе Дехча Исфаринского района сгорели склад и мельница, принадлежащие дехканскому "
            "хозяйству. Власти считают, что это поджог.")
    assert place_names(incidents_of(geoparser, text, dt.date(2016, 3, 15), lang="ru")) == ["Dekhcha"]


def test_the_beyond_of_a_spreading_war_and_its_recalled_start_are_no_scenes(geoparser):
    text = ("Shelling in Lakhsh\n\n"
            "DUSHANBE -- Tajik officials say Kyrgyz forces shelled a mountain village in Tajikistan's Lakhsh district "
            "late on September 16, killing two civilians, as fighting spread far beyond the Isfara area where it began "
            "two days earlier.\n\n"
            "The fighting, which began on September 14 near the Vorukh enclave in the Isfara area, has been the worst "
            "since April 2021.")
    assert place_names(incidents_of(geoparser, text, dt.date(2022, 9, 17))) == ["Lakhsh District"]


def test_a_ceasefire_to_cease_fire_on_a_village_s_section_is_at_that_village(geoparser):
    text = ("Ceasefire\n\n"
            "At 07:45 the two sides agreed \"to cease fire on the Khoja-Alo section of the border\", the Tajik statement "
            "said.")
    found = incidents_of(geoparser, text, dt.date(2021, 11, 12))
    assert [(i.place.name, i.event_type) for i in found] == [("Khoja-Alo", "ceasefire_agreement")]


# --- the Tajik releases and notes: figures ----------------------------------------------------------------------------


def test_people_counted_by_their_ages_are_as_many_as_the_ages():
    assert figures_of(EN.read_figures, "As a result, the 36-year-old and 41-year-old residents of Unji received "
                                       "injuries of head.") == [("injured", 2, None)]
    assert figures_of(RU.read_figures, "В результате 36-летний и 41-летний жители Унджи получили травмы головы.") == [
        ("injured", 2, None)]


def test_russian_people_named_by_age_and_initials_and_three_more_are_counted():
    text = ("В результате избиения телесные повреждения получили 14-летний Ф. Сафаров, 23-летний Дж. Рахимов и 59-летний "
            "М. Одинаев, а также еще трое жителей села.")
    assert figures_of(RU.read_figures, text) == [("injured", 6, None)]


def test_the_other_three_after_a_side_s_count_are_its_rest(geoparser):
    text = ("Clash over a ditch\n\n"
            "The Isfara administration said residents of the Kyrgyz village of Jar-Kyshtak attacked residents of Dehcha, "
            "a village of the Kulkand jamoat, on Tuesday. \"The attack caused injury for six Tajik citizens,\" the "
            "administration said. \"Three of them were delivered to the central hospital.\" The statement did not "
            "describe the other three injured.")
    assert by_place(incidents_of(geoparser, text, dt.date(2023, 5, 17)))["Dehcha"].injured == 6


def test_a_count_of_a_village_s_people_attributed_at_the_sentence_s_end_is_that_side_s(geoparser):
    text = ("Stones at a motorcade\n\n"
            "A wedding motorcade was pelted with stones near Jar-Kyshtak village of Ak-Sai aiyl okmotu in Batken "
            "district on Sunday, the Batken regional police said. Three residents of Jar-Kyshtak were injured, the "
            "police said.\n\n"
            "The Sughd regional administration gave its own version. Two residents of Dehcha village of Tajikistan were "
            "injured in the scuffle that followed, the Tajik side said.")
    assert by_place(incidents_of(geoparser, text, dt.date(2018, 8, 20)))["Jar-Kyshtak"].injured == 5


def test_men_detained_while_cutting_hay_and_a_protest_that_followed_are_no_detention_incidents(geoparser):
    text = ("Road blocked\n\n"
            "Residents of Kyzyl-Bel village blocked the Batken-Isfara highway on Monday morning, police said. No one was "
            "hurt.\n\n"
            "The protest followed the detention of four Kyzyl-Bel men by Tajik border guards last week. The men were "
            "cutting hay on a disputed plot near the Tajik village of Dehcha when they were detained on Thursday, "
            "October 3. They were handed over unharmed.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 7))
    assert [(i.place.name, i.date_start) for i in found] == [("Kyzyl-Bel", dt.date(2024, 10, 7))]


def test_the_hurt_told_by_name_and_those_brought_to_hospital_are_parts_of_the_side_s_count(geoparser):
    text = ("Согдийская область\n\n"
            "Жители кыргызского села Жар-Кыштак Лейлекского района забросали камнями и избили жителей таджикского села "
            "Дехча Бободжон Гафуровского района, причинив телесные повреждения шести гражданам Таджикистана.\n\n"
            "В результате избиения телесные повреждения получили 14-летний Ф. Сафаров, 23-летний Дж. Рахимов и "
            "59-летний М. Одинаев, а также еще трое жителей села. Троих пострадавших доставили в ЦРБ Бободжон "
            "Гафуровского района.\n\n"
            "По данным кыргызской стороны, пострадали трое жителей Жар-Кыштака.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 5, 23), lang="ru"))
    assert found["Dekhcha"].injured == 9


# --- what is no incident ----------------------------------------------------------------------------------------------


def test_a_driver_held_at_a_post_and_handed_back_is_no_incident(geoparser):
    text = ("Итоги недели\n\n"
            "7 июня около 10:30 на кыргызском пограничном посту у села Ак-Сай был задержан гражданин Республики "
            "Таджикистан, 29-летний водитель грузового автомобиля. 8 июня водитель в установленном порядке передан "
            "таджикской стороне.")
    assert place_names(incidents_of(geoparser, text, dt.date(2024, 6, 10), lang="ru")) == []


def test_a_village_s_quiet_and_its_past_fights_are_no_incidents(geoparser):
    english = ("A year of quiet\n\n"
               "Guliston has not heard a shot in a year and a half. Its farmers are not yet sure what that means.")
    assert place_names(incidents_of(geoparser, english, dt.date(2024, 5, 20))) == []
    russian = ("Год тишины\n\n"
               "Гулистон пережил не одну стычку. Теперь жители надеются на мир.")
    assert place_names(incidents_of(geoparser, russian, dt.date(2025, 4, 7), lang="ru")) == []


def test_a_fight_recalled_as_what_a_meeting_was_the_first_since_is_background(geoparser):
    text = ("Заседание комиссии\n\n"
            "В Худжанде прошло заседание правительственных делегаций. Заседание стало первым после январской "
            "перестрелки у села Тамдык, в которой были ранены пятеро пограничников. Таджикская сторона также подняла "
            "вопрос о задержаниях жителей Исфаринского района, кыргызская — о застройке у Ак-Сая.")
    assert place_names(incidents_of(geoparser, text, dt.date(2014, 10, 15), lang="ru")) == []


def test_a_village_with_its_former_name_in_brackets_keeps_the_jamoat_after_it(geoparser):
    # (the gazetteer's only Somoniyon is in Jabbor Rasulov district, some 90 km away)
    text = ("Ночной обстрел\n\n"
            "В ночь на 15 марта подразделения вооруженных сил Кыргызстана обстреляли из минометов село Сомониён (бывший "
            "Майский) джамоата Чоркух города Исфара. Погибла 62-летняя жительница села.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 3, 15), lang="ru"))
    assert found["Somoniyon"].place.stand_in_unit == "Chorkuh"


def test_each_version_of_one_shooting_and_the_meeting_s_ceasefire(geoparser):
    text = ("Shots at a house\n\n"
            "The administration of Isfara said shots were fired late on November 23 from the Kyrgyz border post in the "
            "direction of Oftobru village of Kulkand jamoat. A 7-year-old girl was injured by glass.\n\n"
            "The Border Service of Kyrgyzstan gave another version. It said Tajik servicemen opened fire at about 23:25 "
            "from the side of Oftobru towards Chongara village of Tört-Kül aiyl okmotu, Batken district. No one was "
            "hurt.\n\n"
            "On Sunday, November 24, the heads of the two border detachments met in Isfara and agreed \"to cease fire "
            "and withdraw additional forces from the border line.\"")
    found = incidents_of(geoparser, text, dt.date(2019, 11, 25))
    assert sorted((i.place.name, i.event_type) for i in found) == [
        ("Chongara", "armed_clash"), ("Isfara", "ceasefire_agreement"), ("Oftobru", "armed_clash")]


def test_one_of_the_shepherds_hurt_in_a_brawl_who_died_is_the_brawl_s_dead_on_the_brawl_s_day(geoparser):
    text = ("Скончался чабан\n\n"
            "Один из таджикских чабанов, пострадавших в драке с кыргызскими пастухами на летнем пастбище в Лахшском "
            "районе, скончался в больнице.\n\n"
            "По словам заместителя председателя района, 51-летний чабан скончался в среду, 24 июля.\n\n"
            "Драка произошла в понедельник, 22 июля, около 17:00 на высокогорном пастбище на территории Лахшского "
            "района, у административной границы с Чон-Алайским районом Ошской области Кыргызстана.")
    found = incidents_of(geoparser, text, dt.date(2024, 7, 25), lang="ru")
    assert [(i.place.name, i.date_start, i.fatalities) for i in found] == [
        ("Lakhsh District", dt.date(2024, 7, 22), 1)]
