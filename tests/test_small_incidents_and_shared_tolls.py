"""The small incidents between the big clashes, as first reports tell them, and tolls shared by a list of villages.

The texts are written for these tests, in the styles of the regional first reports (24.kg, Kabar, Khovar, Asia-Plus,
the border services' releases) and of the wire copy of the big clash days.
"""

from __future__ import annotations

import datetime as dt

from geo.articles import Article
from tests.test_counted_and_typed import by_place, incidents_of, place_names

DAY = dt.date(2022, 9, 16)


# --- tolls shared by a list, totals and clocks -----------------------------------------------------------------------


def test_a_toll_told_after_a_listed_village_is_named_again_goes_to_the_first_named(geoparser):
    text = ("Heavy shelling on the border\n\n"
            "The Border Service said Tajik forces opened fire with mortars in the areas of Dostuk, Zardaly and Bujum "
            "in Batken district from about 6 a.m. on Friday. Hours later shells were still falling on the edge of Bujum, a local "
            "official said.\n\n"
            "The Health Ministry said 13 Kyrgyz citizens had been killed and 61 wounded on Friday.")
    found = by_place(incidents_of(geoparser, text, DAY))
    assert sorted(found) == ["Bujum", "Dostuk", "Zardaly"]
    assert (found["Dostuk"].fatalities, found["Dostuk"].injured) == (13, 61)
    assert found["Bujum"].fatalities is None


def test_the_two_parties_of_a_fight_named_again_keep_the_toll_with_the_last_told(geoparser):
    # (two villages of a fight are no list: the toll after the second is named again stays where the rules put it)
    text = ("Clash at the canal\n\n"
            "Residents of the Kyrgyz village of Ak-Suu and the Tajik village of Muchun fought over water on Tuesday "
            "morning. Police later separated the crowds at the edge of Ak-Suu.\n\n"
            "Three residents of Ak-Suu sought medical help, the Health Ministry said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 5, 24)))
    assert found["Ak-Suu"].injured == 3


def test_a_russian_total_after_one_man_described_holds_him(geoparser):
    text = ("Перестрелка у Капчыгая\n\n"
            "Утром во вторник таджикская сторона открыла огонь по окраине села Капчыгай Баткенского района.\n\n"
            "В Капчыгае пулевое ранение ноги получил 46-летний местный житель, который находился во дворе своего дома. "
            "Всего, по данным Министерства здравоохранения Кыргызстана, за медицинской помощью обратились четыре человека.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 14), lang="ru"))
    assert found["Kapchygay"].injured == 4


def test_an_english_total_after_one_resident_holds_him(geoparser):
    text = ("Shooting near Kapchygay\n\n"
            "On Tuesday morning the Tajik side opened fire on the edge of Kapchygay village in Batken district.\n\n"
            "One resident was wounded in the leg in his yard. In total, four people sought medical help, the Health "
            "Ministry said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 14)))
    assert found["Kapchygay"].injured == 4


def test_hours_later_past_midnight_is_the_next_day(geoparser):
    text = ("Обстрелы ночью\n\n"
            "Вчера около 06:40 у водозабора в селе Капчыгай Баткенского района началась перестрелка.\n\n"
            "Около 23:30 таджикская сторона открыла минометный огонь по заставе «Минг-Булак». Спустя несколько "
            "часов, около 04:10, из стрелкового оружия были обстреляны позиции кыргызских пограничников на окраине "
            "села Рават.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 15), lang="ru"))
    assert found["Ravat"].date_start == dt.date(2024, 5, 15)
    assert found["Kapchygay"].date_start == dt.date(2024, 5, 14)


# --- villages the gazetteer lacks, as parties and as scenes ----------------------------------------------------------


def test_an_unknown_village_first_named_of_a_fight_between_villages_is_its_scene(geoparser):
    text = ("Конфликт на границе\n\n"
            "Погранслужба сообщает, что сегодня, 3 апреля, произошел конфликт между жителями приграничных сел "
            "Уч-Добо Баткенского района Баткенской области и Ходжа-Аъло Исфаринского района Таджикистана. Словесная "
            "перепалка переросла в закидывание камнями друг друга.")
    assert place_names(incidents_of(geoparser, text, dt.date(2018, 4, 3), lang="ru")) == ["Uch-Dobo"]


def test_a_village_in_a_jamoat_subordinate_to_a_town_is_the_scene_not_the_town(geoparser):
    text = ("Clash on the border\n\n"
            "A clash erupted on Wednesday morning between residents of the Tajik village of Somoniyon in the Chorkuh "
            "jamoat which is subordinate to the Tajik northern city of Isfara, and residents of the Kyrgyz village "
            "of Koktash. Residents of Somoniyon and Koktash began throwing stones at each other.")
    found = incidents_of(geoparser, text, dt.date(2019, 12, 18))
    assert place_names(found) == ["Somoniyon"]
    assert found[0].place.stand_in_unit in ("Chorkuh", "Isfara")


def test_a_settlement_abbreviated_in_russian_is_a_place_cue(geoparser):
    text = ("Стрельба на границе\n\n"
            "7 мая произошел инцидент с применением оружия. \"Примерно в 12:20 недалеко от н.п. Ак-Босого Лейлекского "
            "района Баткенской области пограничный наряд заметил чабанов, выпасавших скот на территории Кыргызстана. "
            "Требования покинуть территорию чабаны проигнорировали, более того, начали закидывать камнями "
            "военнослужащих\", - говорится в сообщении.")
    found = incidents_of(geoparser, text, dt.date(2024, 5, 7), lang="ru")
    assert place_names(found) == ["Ak-Bosogo"]
    assert found[0].place.stand_in_unit == "Leilek District"


def test_a_post_named_in_quotes_in_russian_is_a_place_cue(geoparser):
    parsed = geoparser.parse(Article(
        id="t", lang="ru", date=dt.date(2014, 7, 10),
        text="Таджикские пограничники открыли огонь по пограничному посту \"Тамдык\" Баткенского района."))
    assert [m.text for m in parsed.mentions if m.kind in ("cue", "place") and m.cue] == ["Тамдык"]


# --- what the scene of a first report is -----------------------------------------------------------------------------


def test_a_hospital_named_by_its_initials_is_where_the_hurt_were_taken(geoparser):
    text = ("Пострадали жители махалли\n\n"
            "Сегодня утром у села Кок-Таш произошла драка между жителями соседних сел. Двое пострадавших "
            "доставлены в ЦРБ города Исфара.")
    assert place_names(incidents_of(geoparser, text, dt.date(2019, 12, 18), lang="ru")) == ["Kök-Tash"]


def test_a_quarter_the_table_holds_is_the_scene_and_its_village_locates_it(geoparser):
    text = ("На приграничном инциденте пострадали пять человек\n\n"
            "Инцидент произошел сегодня утром вблизи махалли Кок-Тош села Аксай Баткенского района.\n\n"
            "Как сообщили в администрации, в ходе инцидента пострадали пять жителей соседнего джамоата. Ученика "
            "остановили по дороге в школу и избили.")
    found = incidents_of(geoparser, text, dt.date(2019, 12, 18), lang="ru")
    assert place_names(found) == ["Kök-Tash"]
    assert found[0].injured == 5


def test_a_windshield_broken_by_residents_is_an_incident(geoparser):
    text = ("Residents of Vorukh break windshield on a car of Ak-Sai head\n\n"
            "Residents of the Tajik enclave of Vorukh broke the windshield on a vehicle of the head of Ak-Sai village "
            "on April 28, he told reporters.")
    found = incidents_of(geoparser, text, dt.date(2019, 4, 30))
    assert place_names(found) == ["Vorukh"]
    assert found[0].event_type == "border_incident_protest"


def test_russian_windows_smashed_is_an_incident(geoparser):
    text = "Хулиганство на границе\n\n10 января жители села Кок-Таш разбили окна магазина в своем селе."
    found = incidents_of(geoparser, text, dt.date(2020, 1, 11), lang="ru")
    assert [(i.place.name, i.event_type) for i in found] == [("Kök-Tash", "border_incident_protest")]


def test_a_village_named_with_its_noun_after_it_in_a_town_is_mapped_there(geoparser):
    text = ("Provocations on the border\n\n"
            "On January 10, a resident of the Koktosh village in the Aksay rural community of the Kyrgyz Batken "
            "district broke the window of a bakery located in the Somoniyon village in the Tajik city of Isfara.")
    found = incidents_of(geoparser, text, dt.date(2020, 1, 11))
    assert place_names(found) == ["Somoniyon"]
    assert found[0].place.stand_in_unit == "Isfara"


# --- each government's count, and the lede's ---------------------------------------------------------------------------


def test_a_ledes_lower_bound_that_sums_both_sides_counts_is_no_village_s(geoparser):
    text = ("Border guards trade fire around the enclave road\n\n"
            "Kyrgyz and Tajik border guards exchanged fire on Tuesday around a road that skirts the Tajik enclave of "
            "Vorukh, leaving at least three people dead, officials said.\n\n"
            "Kyrgyzstan's Border Service said the shooting spread to Kyrgyz positions \"in the areas of Tamdyk, "
            "Uch-Dobo and Kapchygay\", three villages of the Ak-Sai rural district.\n\n"
            "Kyrgyzstan's Health Ministry said a Kyrgyz border guard and a farmer had been killed in the three "
            "villages.\n\n"
            "In Dushanbe, Tajikistan's State Committee for National Security said one Tajik border guard was killed "
            "at a post on the edge of Vorukh.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 6, 14)))
    assert found["Vorukh"].fatalities == 1
    assert found["Tamdyk"].fatalities == 2
    assert sorted(found) == ["Kapchygay", "Tamdyk", "Uch-Dobo", "Vorukh"]


def test_a_higher_count_of_the_same_government_told_after_its_own_takes_the_lowest(geoparser):
    text = ("Shooting near Kapchygay\n\n"
            "Tajik forces opened fire on the village of Kapchygay in Batken district on Tuesday. Kyrgyzstan's Health "
            "Ministry said 19 Kyrgyz citizens had been wounded. The Batken regional administration put the number "
            "of wounded at 22.")
    assert by_place(incidents_of(geoparser, text, dt.date(2022, 6, 14)))["Kapchygay"].injured == 19


def test_a_count_split_between_both_sides_after_a_colon_is_no_one_side_s(geoparser):
    text = ("Драка у Арки\n\n"
            "Во вторник у села Арка Лейлекского района произошла массовая драка между жителями приграничных сел. "
            "По данным Министерства здравоохранения Кыргызстана, пострадали семь человек: пятеро жителей Арки и двое "
            "граждан Таджикистана. Хукумат Бободжон-Гафуровского района сообщил о девяти пострадавших.")
    assert by_place(incidents_of(geoparser, text, dt.date(2023, 5, 17), lang="ru"))["Arka"].injured == 7


def test_a_toll_summed_over_the_villages_listed_goes_to_the_first_named(geoparser):
    text = ("Shells hit Tajik villages\n\n"
            "Kyrgyz artillery had been firing since about 5 a.m. at the villages of Kulkand, Guliston and Oftobru in "
            "Isfara district, the regional administration said.\n\n"
            "In all, six people were killed in the three villages and 15 wounded, it said in an evening statement.")
    found = by_place(incidents_of(geoparser, text, DAY))
    assert (found["Kulkand"].fatalities, found["Kulkand"].injured) == (6, 15)


def test_the_one_a_participle_hurts_is_its_object_not_its_subject(geoparser):
    read = __import__("geo.language", fromlist=["LANGUAGE_PACKS"]).LANGUAGE_PACKS["en"].read_figures
    figures = read('It said that about 40 Kyrgyz citizens, "accompanied by servicemen," approached "the post" and '
                   "threw stones at it, injuring a Tajik serviceman in the head.")
    assert [(f.measure, f.value) for f in figures] == [("injured", 1)]


def test_the_first_man_described_is_one_of_the_sides_counts_told_after_him(geoparser):
    text = ("Car pelted with stones\n\n"
            "The incident occurred this morning near Dacha tract on the Ak-Sai - Kok-Tash road in Batken district. A "
            "group of residents of Vorukh threw stones at a car. The driver, a resident of Tamdyk village born in "
            "1989, received a head injury from glass. The Kyrgyz Border Service said three Kyrgyz citizens sought "
            "medical help.\n\n"
            "According to the Tajik side, two residents of Vorukh were injured in the scuffle that followed.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 4, 18)))
    assert sorted(found) == ["Dacha"]
    assert found["Dacha"].injured == 5


def test_a_total_after_both_told_one_by_one_holds_them(geoparser):
    text = ("House set on fire\n\n"
            "A house in Kulkand village of Isfara district was partly burned late on Wednesday. The owner's son, 26, "
            "received burns to his hands, and a neighbor was hit in the head by a stone. Both were taken to the "
            "central district hospital. In total, three residents of Kulkand sought medical help.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 8, 5)))
    assert found["Kulkand"].injured == 3
    assert found["Kulkand"].event_type == "border_incident_protest"


# --- scenes, parties and the places that are neither ------------------------------------------------------------------


def test_the_second_party_of_a_fight_between_villages_named_again_as_a_home_is_no_scene(geoparser):
    text = ("Conflict between residents of two villages\n\n"
            "A conflict broke out between residents of the border villages of Bulak-Bashy of Leilek district and "
            "Yova of Bobojon Ghafurov district of Tajikistan on the evening of June 24. A group of young people from "
            "Yova threw stones at the windows of a shop on the central street of Bulak-Bashy.\n\n"
            "The Border Troops of Tajikistan, in turn, said that residents of Bulak-Bashy had started the fight and "
            "that three residents of Yova had been injured.")
    assert place_names(incidents_of(geoparser, text, dt.date(2019, 6, 25))) == ["Bulak-Bashy"]


def test_the_district_of_the_other_party_s_home_is_no_scene(geoparser):
    text = ("Сгорело сено\n\n"
            "В ночь на 4 октября в селе Интернациональное Лейлекского района сгорели два стога сена и сарай. Жители "
            "села уверены, что это поджог и что его совершили жители соседнего таджикского села Унджи Бободжон "
            "Гафуровского района.")
    assert place_names(incidents_of(geoparser, text, dt.date(2020, 10, 5), lang="ru")) == ["Internatsionalnoe"]


def test_a_post_s_sector_gives_way_to_the_settlement_named_as_the_scene(geoparser):
    text = ("Информационное сообщение\n\n"
            "17 июля около 15:20 на участке ответственности пограничного поста «Маргун» Лейлекского пограничного "
            "отряда, в районе н.п. Дархум Лейлекского района, был открыт огонь по гражданину Кыргызской Республики, "
            "жителю н.п. Маргун, который выпасал скот. В результате чабан получил огнестрельное ранение бедра.")
    found = incidents_of(geoparser, text, dt.date(2016, 7, 18), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Darkhum", 1)]


def test_a_day_in_a_peaceful_relative_clause_does_not_date_the_fight(geoparser):
    text = ("Перестрелка у Равата\n\n"
            "Во вторник первые выстрелы прозвучали около 09:20 у села Рават Баткенского района, где накануне жители "
            "двух стран поспорили из-за очистки арыка.")
    found = incidents_of(geoparser, text, dt.date(2023, 8, 22), lang="ru")
    assert [(i.place.name, i.date_start) for i in found] == [("Ravat", dt.date(2023, 8, 22))]


def test_a_spot_between_two_villages_is_no_list_of_scenes(geoparser):
    text = ("Конфликт у водозабора\n\n"
            "Конфликт начался утром 14 мая у водозабора между селами Кулканд и Капчыгай Баткенского района из-за "
            "спора об очередности полива, в ход пошли минометы.")
    assert place_names(incidents_of(geoparser, text, dt.date(2024, 5, 15), lang="ru")) == ["Kulkand"]


def test_villages_in_the_dative_plural_are_a_list(geoparser):
    text = ("Обстрел\n\n"
            "Таджикская сторона во вторник открыла огонь из минометов по селам Рават и Орто-Боз Ак-Татырского айыл "
            "окмоту Баткенского района.")
    assert place_names(incidents_of(geoparser, text, dt.date(2023, 8, 22), lang="ru")) == ["Orto-Boz", "Ravat"]


def test_where_helpers_came_from_and_where_runaways_went_are_no_scenes(geoparser):
    text = ("A fire at night\n\n"
            "Late on Thursday a haystack belonging to a farmer on the edge of Kulkand in Isfara district caught fire. "
            "Firefighters from Isfara, 25 kilometers away, needed three hours to put it out. The police said two men "
            "had been seen running toward the Kyrgyz village of Ak-Sai.")
    assert place_names(incidents_of(geoparser, text, dt.date(2024, 9, 27))) == ["Kulkand"]


def test_what_came_before_a_thing_dated_in_a_past_year_is_background(geoparser):
    text = ("A lock on the spring\n\n"
            "The spring above Kulkand has an iron door and a padlock. The lock appeared in 2019, after a fight at the "
            "spring between young men from Kulkand and from the Kyrgyz village across the gully.")
    assert incidents_of(geoparser, text, dt.date(2025, 6, 10)) == []


def test_a_water_spring_is_no_season():
    finder = __import__("geo.language", fromlist=["LANGUAGE_PACKS"]).LANGUAGE_PACKS["en"].find_dates
    day = dt.date(2025, 6, 10)
    assert [d.window.text for d in finder("a fight at the spring above the village", day)] == []
    assert [d.window.text for d in finder("The spring above Kyshtut has a lock", day)] == []
    assert [d.window.text for d in finder("in the spring of 2021 they fought", day)] == ["spring of 2021"]


def test_a_home_beside_a_spot_in_the_mountainous_south_of_a_district_gives_way_to_the_district(geoparser):
    text = ("High pastures\n\n"
            "The latest flare-up came on July 2, when a 34-year-old herder from Aidarken was beaten in a quarrel with "
            "Tajik herders over access to a spring in the mountainous south of Kadamjay district.")
    assert place_names(incidents_of(geoparser, text, dt.date(2025, 7, 9))) == ["Kadamjay District"]


def test_the_other_village_of_a_fight_told_on_the_same_pasture_is_a_home(geoparser):
    text = ("Сено и драка\n\n"
            "В ночь на 3 сентября на пастбище у села Чек Баткенского района сгорели пять стогов сена. Утром на том же "
            "пастбище произошла массовая драка между жителями Чека и таджикского села Лаккон. Травмы получили трое "
            "жителей села Чек.")
    found = incidents_of(geoparser, text, dt.date(2024, 9, 3), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Chek", 3)]


def test_a_far_namesake_in_a_list_of_villages_is_a_village_the_gazetteer_lacks(geoparser):
    text = ("Обстрел сел\n\n"
            "Во второй половине дня в четверг кыргызские военнослужащие открыли огонь из минометов по селам Хонобод, "
            "Танги и Ходжи-Али джамоата Чоркух.")
    found = incidents_of(geoparser, text, dt.date(2022, 1, 27), lang="ru")
    assert "Tangi" in place_names(found)
    assert all(i.place.country_code == "TJ" for i in found)


def test_the_side_that_opens_a_sentence_of_two_predicates_speaks(geoparser):
    text = ("Обстрел\n\n"
            "27 января кыргызские военнослужащие обстреляли из минометов село Чоркух, погибли два гражданина "
            "Таджикистана. Пограничная служба ГКНБ Кыргызстана в Бишкеке возложила ответственность за обострение на "
            "таджикскую сторону и сообщила о семи раненых гражданах Кыргызстана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 1, 27), lang="ru"))
    assert found["Chorkuh"].injured == 7


def test_shots_told_after_the_stones_make_the_incident_an_armed_clash(geoparser):
    text = ("Стрельба на границе\n\n"
            "Примерно в 12:20 недалеко от н.п. Ак-Босого Лейлекского района пограничный наряд заметил чабанов, "
            "выпасавших скот на территории Кыргызстана. Требования покинуть территорию чабаны проигнорировали, более "
            "того, начали закидывать камнями военнослужащих.\n\n"
            "Один из чабанов совершил 2-3 выстрела в сторону пограничного наряда. Пограничники произвели "
            "предупредительные выстрелы в воздух.")
    found = incidents_of(geoparser, text, dt.date(2024, 5, 7), lang="ru")
    assert [(i.place.name, i.event_type) for i in found] == [("Ak-Bosogo", "armed_clash")]


def test_warning_shots_alone_leave_the_stones_a_protest(geoparser):
    text = ("Камни у границы\n\n"
            "Примерно в 12:20 недалеко от н.п. Ак-Босого Лейлекского района граждане Таджикистана начали закидывать "
            "камнями военнослужащих.\n\n"
            "Пограничники произвели предупредительные выстрелы в воздух, после чего чабаны убежали.")
    found = incidents_of(geoparser, text, dt.date(2024, 5, 7), lang="ru")
    assert [(i.place.name, i.event_type) for i in found] == [("Ak-Bosogo", "border_incident_protest")]


def test_the_entries_of_a_list_share_the_unit_named_after_its_last(geoparser):
    text = ("Shelling\n\n"
            "Kyrgyz mortars had been firing since 5 a.m. at the villages of Guzlon, Kaptarkhona and Hoji-Ali in the "
            "Chorkuh jamoat, the regional administration said. Across the valley, Tajik forces shelled positions "
            "outside the village of Tash-Tumshuk in Batken district.")
    found = by_place(incidents_of(geoparser, text, DAY))
    assert sorted(found) == ["Guzlon", "Hoji-Ali", "Kaptarkhona", "Tash-Tumshuk"]
    assert {found[name].place.stand_in_unit for name in ("Guzlon", "Kaptarkhona", "Hoji-Ali")} == {"Chorkuh"}


def test_a_village_named_like_a_common_word_after_its_people_in_any_case(geoparser):
    text = ("Драка\n\nУтром у пастбища произошла массовая драка между жителями Чека и жителями таджикского села "
            "Лаккон.")
    parsed = geoparser.parse(Article(id="t", text=text, date=dt.date(2024, 9, 3), lang="ru"))
    assert "Chek" in {m.place.name for m in parsed.mentions if m.place is not None}


def test_a_home_beside_a_spot_measured_from_a_populated_area_is_no_scene(geoparser):
    text = ("Shepherd shot\n\n"
            "At about 7:40 a.m. on August 9 a 37-year-old resident of the village of Ravat was grazing sheep \"1.5 "
            "kilometers south of the populated area of Orto-Boz\" in Batken district when shots were fired at him "
            "from the Tajik side.")
    assert place_names(incidents_of(geoparser, text, dt.date(2023, 8, 10))) == ["Orto-Boz"]


def test_a_quarter_named_like_a_far_town_is_a_quarter_of_its_district_in_every_case_form(geoparser):
    text = ("Разбили окна\n\n"
            "Вечером 18 марта в махалле Гулистон сельского джамоата Кулканд Исфаринского района группа молодых людей "
            "из соседнего кыргызского села разбила окна в пекарне. Пострадали три жителя Гулистона.")
    found = incidents_of(geoparser, text, dt.date(2024, 3, 19), lang="ru")
    assert [(i.place.name, i.place.stand_in_unit, i.injured) for i in found] == [("Guliston", "Isfara District", 3)]
