"""Translated reporting: the official formulas, word order and spellings of a translation.

Much of what is read about this border is a translation: English editions of Kyrgyz and Tajik agencies written from
Russian, Russian texts of releases written in Kyrgyz or Tajik. The place, day and toll are in the text, but in the
translator's forms: "2 (two) citizens", «на расстоянии 600 (шестисот) метров», "bodily injuries of varying severity were
received by 5 citizens", «ранение, несовместимое с жизнью», "in the territory of the kishlak Chorkuh", «в Максат айылы
Кулунду айыл аймагы», and Kyrgyz words left in a Russian text («айыл өкмөтү»). Each test checks one reading, in English
and in Russian where both write it. The texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from geo.articles import Article
from geo.incidents.build import build_incidents
from geo.language import detect_language, get_pack
from geo.language.en.numbers import word_number as en_word_number
from geo.language.numbering import without_spelled_out
from tests.test_counted_and_typed import by_place, figures_of, incidents_of


def _found(geoparser, text: str, lang: str = "en", date: dt.date = dt.date(2024, 5, 14)):
    return by_place(incidents_of(geoparser, text, date, lang))


# --- numbers written twice, in digits and in words -----------------------------------------------------------------


def test_words_that_say_the_digits_again_are_blanked_and_other_brackets_stay():
    clause = "2 (two) passengers, 3 (five) men, the kishlak Chorkuh (Чоркӯҳ), 1,240 (one thousand two hundred forty)"
    plain = without_spelled_out(clause, en_word_number)
    assert len(plain) == len(clause)
    assert plain.startswith("2       passengers, 3 (five) men, the kishlak Chorkuh (Чоркӯҳ), 1,240 ")
    assert plain.rstrip().endswith("1,240")


def test_a_distance_written_twice_is_no_count_of_the_hurt():
    read = get_pack("ru").read_figures
    assert figures_of(read, "на расстоянии 600 (шестисот) метров от линии государственной границы, получил "
                            "огнестрельное ранение") == [("injured", 1, None)]
    assert figures_of(read, "По данным айыл өкмөтү, всего выехали 97 (девяносто семь) человек, из них 41 ребенок.") == [
        ("displaced", 97, None)]
    read_en = get_pack("en").read_figures
    assert figures_of(read_en, "The driver and 2 (two) passengers of the car, fortunately, were not hurt.") == [
        ("fatalities", 0, None), ("injured", 0, None)]


def test_the_hurt_in_an_official_s_long_sentence_are_counted():
    read = get_pack("ru").read_figures
    assert figures_of(read, "В Лейлекскую районную больницу в городе Раззаков доставлены 2 (два) военнослужащих "
                            "срочной службы.") == [("injured", 2, None)]
    assert [(f.measure, f.value, f.additive) for f in read(
        "По результатам освидетельствования у гражданина 1990 года рождения диагностированы закрытая черепно-мозговая "
        "травма и сотрясение головного мозга, у второго гражданина выявлены множественные ушибы мягких тканей.")] == [
        ("injured", 1, False), ("injured", 1, True)]
    assert [(f.measure, f.value, f.additive) for f in read(
        "Вместе с ним пострадал и его 14-летний племянник, помогавший пасти скот.")] == [("injured", 1, True)]
    read_en = get_pack("en").read_figures
    assert figures_of(read_en, "As a result of the incident, bodily injuries of varying severity were received by "
                               "5 (five) citizens of the Republic of Tajikistan.") == [("injured", 5, None)]
    assert ("injured", 2, None) in figures_of(
        read_en, "The driver, a resident of Kulundu, received cut wounds of the face, and his passenger, a 34-year-old "
                 "woman, received a bruise of the shoulder, both were given medical aid in the hospital.")
    assert figures_of(read_en, "No shots, explosions or injuries were reported.") == [("injured", 0, None)]


def test_a_wound_incompatible_with_life_is_a_death():
    read = get_pack("ru").read_figures
    assert figures_of(read, "рядовой пограничного наряда получил огнестрельное ранение, несовместимое с жизнью.") == [
        ("fatalities", 1, None)]
    assert figures_of(read, "По имеющейся информации, со стороны военнослужащих Кыргызской Республики имеются "
                            "2 (двое) раненых.") == [("injured", 2, "KG")]


def test_a_detention_handed_back_with_injuries_counts_the_detained_as_hurt():
    read = get_pack("en").read_figures
    assert ("injured", 2, None) in figures_of(
        read, "Two residents of Andarak were detained by Tajik border guards on May 7 and handed back on May 8 "
              "\"with bodily injuries.\"")
    assert figures_of(read, "Three shepherds were detained and released the next day.") == [("detained", 3, None)]


def test_no_one_of_a_long_official_list_was_hurt(geoparser):
    text = ("Кабар\n14.05.2024\n\n13 мая около 14:30 со стороны населенного пункта Ходжаи-Аъло были произведены "
            "выстрелы в направлении пограничного поста «Көк-Таш», дислоцированного на территории Көк-Таш айылы, в "
            "результате чего повреждено ограждение поста, при этом никто из личного состава пограничного поста, а также "
            "из числа жителей близлежащих к посту домов Көк-Таш айылы не пострадал.\n")
    kok_tash = _found(geoparser, text, "ru")["Kök-Tash"]
    assert kok_tash.injured == 0


# --- sides -------------------------------------------------------------------------------------------------------


def test_the_serviceman_of_a_patrol_fired_on_is_of_the_patrol_s_side(geoparser):
    text = ("Ховар\n19.02.2024\n\n18 февраля около 22:15 военнослужащие Пограничной службы ГКНБ Кыргызской Республики "
            "открыли огонь из автоматического стрелкового оружия по пограничному наряду Пограничных войск ГКНБ "
            "Республики Таджикистан на участке джамоата Овчи-Калъача.\n\nВ результате рядовой пограничного наряда "
            "Ш. Х., 2004 года рождения, уроженец города Истаравшан, получил огнестрельное ранение, несовместимое с "
            "жизнью.\n")
    incident = _found(geoparser, text, "ru", dt.date(2024, 2, 19))["Ovchi-Kalacha"]
    assert incident.fatalities == 1
    assert incident.fatalities_by_side == {"TJ": 1}


# --- places ------------------------------------------------------------------------------------------------------


def test_a_village_then_its_rural_unit_in_the_kyrgyz_order(geoparser):
    text = ("Азаттык\n06.10.2024\n\n5 октября около 07:20 беспилотным летательным аппаратом на территорию пограничной "
            "заставы «Максат», расположенной в Максат айылы Кулунду айыл аймагы Лейлекского района, было сброшено "
            "взрывное устройство.\n")
    assert list(_found(geoparser, text, "ru", dt.date(2024, 10, 6))) == ["Maksat"]


def test_the_second_case_took_place_at_a_village_names_its_scene(geoparser):
    text = ("24.kg\n08.07.2024\n\n6 июля у Самаркандыка произошла драка с применением камней.\n\nВторой случай, по "
            "данным полпредства, произошел 7 июля примерно в 10:40 на поле у айыла Ак-Татыр. Группа граждан "
            "Таджикистана, жители населенного пункта Ходжаи-Аъло, начали забрасывать камнями трактор, на котором "
            "гражданин КР, житель айыла Көк-Таш, пахал участок.\n")
    found = _found(geoparser, text, "ru", dt.date(2024, 7, 8))
    assert "Ak-Tatyr" in found and "Khoja-Alo" not in found and "Kök-Tash" not in found


def test_residents_of_a_far_village_act_in_the_territory_of_the_kishlak_named(geoparser):
    text = ("Khovar\n19.07.2024\n\nOn 17 July, at about 18:40, in the territory of the kishlak Chorkuh of Isfara "
            "district, a group of citizens of the Kyrgyz Republic, residents of the village Oqsoy (Ak-Sai) of Batken "
            "district, attempted to change the direction of the water of the canal, as a result of which a conflict "
            "arose, which grew into a mass fight with the use of stones.\n\nOn 18 July at about 21:15, on the highway "
            "passing through the settlement Shurob, unidentified persons threw stones at the car belonging to a "
            "resident of the jamoat Navgilem.\n")
    assert sorted(_found(geoparser, text, date=dt.date(2024, 7, 19))) == ["Chorkuh", "Shurob"]


def test_a_translation_s_passive_drone_denial_is_no_event(geoparser):
    text = ("Avesta\n11.09.2024\n\nOn 9 September an unmanned aerial vehicle dropped an explosive device on the "
            "territory of the border post \"Surkh\" located at the kishlak Surkh. Nobody was hurt.\n\nThe Border "
            "Service of the Kyrgyz Republic stated that \"unmanned aerial vehicles of the Kyrgyz side were not used in "
            "the area of Samarkandek aiyl okmotu\".\n")
    assert list(_found(geoparser, text, date=dt.date(2024, 9, 11))) == ["Surkh"]


# --- types and days ------------------------------------------------------------------------------------------------


def test_the_translator_s_fire_and_road_block_are_typed():
    from geo.incidents.events import clause_types

    pack = get_pack("en")
    assert clause_types("the border detail was subjected to firing from small arms from the direction of the kishlak",
                        pack) == ["armed_clash"]
    assert clause_types("residents came out onto the road and blocked the movement of transport", pack) == [
        "border_incident_protest"]
    assert clause_types("unmanned aerial vehicles had flown over the village at night on November 24", pack) == []


def test_days_between_two_dates_are_a_span():
    windows = [d.window for d in get_pack("en").find_dates("17 families moved between November 27 and December 2.",
                                                           dt.date(2024, 12, 4))]
    assert [(w.start, w.end) for w in windows] == [(dt.date(2024, 11, 27), dt.date(2024, 12, 2))]


def test_a_death_day_of_a_man_delivered_with_an_injury_does_not_date_the_brawl(geoparser):
    text = ("24.kg\n06/08/24\n\nOn August 3, 2024, at about 17.00, residents of Khodjai-Alo began to plough a plot in "
            "the area of Ak-Tatyr aiyl. The dispute grew into a mass brawl with stones.\n\nAs a result, 4 (four) "
            "citizens of the Kyrgyz Republic received bodily injuries. One of them, born 1982, who was delivered with a "
            "closed craniocerebral injury, died on August 5 at 06.40 in the intensive care unit.\n\nAccording to the "
            "Tajik side, the brawl was provoked by residents of Ak-Tatyr.\n")
    found = incidents_of(geoparser, text, dt.date(2024, 8, 6))
    assert [(i.place.name, i.date_start) for i in found] == [("Ak-Tatyr", dt.date(2024, 8, 3))]


# --- the language of a translation ---------------------------------------------------------------------------------


def test_a_russian_translation_that_keeps_kyrgyz_words_is_russian():
    text = ("Утром 20 августа из айыла Арка Лейлекского района временно выехали 23 семьи. Об этом сообщили в Жаңы-Жер "
            "айыл өкмөтү, в состав которого входит село. По данным айыл өкмөтү, всего выехали 97 человек. Глава айыл "
            "өкмөтү сказал: «Биз элге түшүндүрүп жатабыз», что в переводе означает: «Мы разъясняем людям, что на "
            "границе спокойно». Көк-Таш, Жаңы-Жер и Өзгөрүш тоже упоминались.")
    assert detect_language(text) == "ru"
    kyrgyz = ("Баткен облусундагы Көк-Таш айылында кечээ кечинде ок атылып, эки жоокер жаракат алды. Чек ара "
              "кызматы бул тууралуу билдирди. Жарадарлар ооруканага жеткирилди, абалы орто деп айтылды.")
    assert detect_language(kyrgyz) == "ky"


# --- batch 188: a second sample of translated reporting ------------------------------------------------------------


def test_the_hurt_of_a_translation_s_long_sentences_second_sample():
    read_en = get_pack("en").read_figures
    assert figures_of(read_en, "As a result of the beating, the citizen received bodily injuries in the form of "
                               "bruises.") == [("injured", 1, None)]
    assert figures_of(read_en, "as a result of which two members of one family were injured") == [
        ("injured", 2, None)]
    assert figures_of(read_en, "the resident of the village of Somoniyon R.Kh. (born 1968), his son (born 1994) and "
                               "their neighbour, a pupil of the school No. 41 (born 2009), received bodily injuries "
                               "of varying severity") == [("injured", 3, None)]
    assert figures_of(read_en, "As a result of the explosion, the tractor driver, resident of the village of Vorukh, "
                               "citizen of the Republic of Tajikistan Sh.N., born 1987, from the received wounds died "
                               "on the spot") == [("fatalities", 1, "TJ")]
    assert figures_of(read_en, "The shepherd died.") == []  # (a man counted wounded before, perhaps)
    read = get_pack("ru").read_figures
    assert figures_of(read, "гражданин, 1981 года рождения, который в ходе задержания подвергся избиению прикладами") \
        == [("injured", 1, None)]
    assert figures_of(read, "С диагнозом \"закрытая черепно-мозговая травма, сотрясение головного мозга\" он "
                            "госпитализирован в Баткенскую областную больницу.") == [("injured", 1, None)]
    assert [(f.measure, f.value, f.described) for f in read(
        "Один из чабанов, 1990 года рождения, получил осколочное ранение левой голени.")] == [("injured", 1, True)]
    assert figures_of(read, "временно выехали 23 (двадцать три) семьи, в составе которых всего 97 человек") == [
        ("displaced", 97, None)]
    assert figures_of(read, "Пограничная служба пояснила, что «оснований для эвакуации нет».") == []


def test_a_death_told_in_the_lede_then_as_a_wound_on_the_way_is_one_death(geoparser):
    text = ("Азия-Плюс\n05.10.2023\n\nЖитель Согдийской области погиб в результате выстрела, произведенного с "
            "территории Кыргызстана.\n\n3 октября на пастбище в 2 километрах от села Сомониён района Джаббор Расулов "
            "гражданин Республики Таджикистан во время выпаса скота получил огнестрельное ранение в результате "
            "выстрела, произведенного со стороны Кыргызской Республики. Пострадавший был направлен в больницу, однако "
            "по пути скончался от полученного ранения.\n")
    incident = _found(geoparser, text, "ru", dt.date(2023, 10, 5))["Somoniyon"]
    assert incident.fatalities == 1 and incident.fatalities_by_side == {"TJ": 1}
    assert not incident.injured


def test_a_lede_that_counts_incidents_in_a_town_s_territory_names_no_event_of_its_own(geoparser):
    text = ("Khovar\n28.05.2024\n\nOn May 27, two incidents took place on the Tajik-Kyrgyz state border in the territory "
            "of Isfara city, as a result of which citizens of Tajikistan received bodily injuries.\n\nAt about 16:50, in "
            "the territory of the Chorkuh jamoat, a group of citizens of the Kyrgyz Republic began to throw stones at "
            "the people cleaning the canal, as a result of which three of them received bodily injuries.\n\nAt about "
            "22:10 unknown persons set fire to two "
            "haystacks belonging to a resident of the village of Khojai A'lo. The fire was extinguished by the forces of "
            "the fire-fighting unit of Isfara city by 23:30.\n")
    assert "Isfara" not in _found(geoparser, text, date=dt.date(2024, 5, 28))


def test_a_village_of_a_rural_unit_the_gazetteer_places_elsewhere_stands(geoparser):
    text = ("AKIpress\n03 August 2024\n\nA serviceman of the Border Service was killed as a result of the shelling of "
            "the Kyrgyz border outpost near Arka village of Jany-Jer aiyl aimagy in Leilek district on the night to "
            "August 3.\n")
    assert list(_found(geoparser, text, date=dt.date(2024, 8, 3))) == ["Arka"]


def test_a_translation_s_road_block_is_no_road_accident_and_its_zero_counts(geoparser):
    text = ("Press release\n02.09.2025\n\nOn 02.09.2025 at about 08:40, a group of citizens of the Republic of "
            "Tajikistan went out to the section of the Ak-Sai - Tamdyk bypass motor road passing near Ak-Sai village "
            "and blocked the movement of the transport by placing stones on the carriageway.\n\nThe group of citizens "
            "left the road at 15:10. No one was hurt.\n")
    incident = _found(geoparser, text, date=dt.date(2025, 9, 2))["Ak-Sai"]
    assert incident.injured == 0
    assert not get_pack("en").road_accident.search("The group of citizens left the road at 15:10.")
    assert get_pack("en").road_accident.search("a Daewoo Nexia car left the road and overturned into a ditch")


def test_families_gone_to_relatives_on_a_rumour_and_a_fear(geoparser):
    from geo.incidents.events import clause_types

    pack = get_pack("en")
    assert clause_types("On October 16, 14 families of Jany-Jer village temporarily moved to relatives in Razzakov.",
                        pack) == ["evacuation_displacement"]
    assert clause_types("The reason was the information spread in messengers about the moving of heavy equipment near "
                        "Khistevarz.", pack) == []
    text = ("Из Андарака временно выехали 23 семьи. Жители опасаются обострения на границе\n\n9 и 10 апреля из айыла Андарак временно выехали 23 (двадцать три) семьи, в составе которых "
            "всего 97 человек, часть семей разместилась у родственников в соседнем селе Кок-Таш, остальные — в городах "
            "Раззаков и Сулюкта.\n\nВ Пограничной службе пояснили, что передвижения на сопредельной стороне связаны с "
            "плановыми учениями, и «оснований для эвакуации нет». Выстрелов зафиксировано не было.\n")
    parsed = geoparser.parse(Article(id="t", text=text, date=dt.date(2024, 4, 11), lang="ru",
                                     title="Из Андарака временно выехали 23 семьи. Жители опасаются обострения на границе"))
    found = by_place(build_incidents([parsed]).incidents)
    assert list(found) == ["Andarak"] and found["Andarak"].displaced == 97


def test_a_second_case_s_road_and_direction_and_a_denial_of_a_part(geoparser):
    text = ("24.kg\n08.09.2023\n\nДва инцидента произошли на прошлой неделе на границе в Баткенском районе.\n\n5 сентября "
            "около 14:30 на пастбище, расположенном в 1,5 километра южнее села Тамдык Ак-Сайского айыл окмоту "
            "Баткенского района, военнослужащими Пограничных войск Таджикистана, прибывшими со стороны анклава Ворух, "
            "был задержан гражданин Кыргызской Республики, который подвергся избиению.\n\nВторой случай произошел "
            "7 сентября около 10:15 на автодороге Баткен — Исфара у села Кызыл-Бел. Группа жителей таджикского села "
            "забросала камнями три грузовых автомобиля, следовавших со стороны пункта пропуска в направлении города "
            "Баткен. «Пострадавших нет», — уточнили в ведомстве.\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 9, 8))
    assert sorted(found) == ["Kyzyl-Bel", "Tamdyk"]
    assert found["Kyzyl-Bel"].date_start == dt.date(2023, 9, 7)


def test_an_overflight_and_a_denial_of_a_part_are_no_events():
    from geo.incidents.events import clause_types

    pack = get_pack("ru")
    assert clause_types("16 августа кыргызский беспилотник пролетел над селом Каракенджа, «не сбросив никаких "
                        "предметов».", pack) == []
    assert pack.not_event.search("жители Арки к поджогу в Хистеварзе «не имеют никакого отношения»")
    assert pack.roles.own_village_after.search(
        "перекрыли участок автодороги Худжанд — Конибодом, проходящий через территорию села")
