"""Where and when an incident happened (blind batches 46 and 47): sibling dates, posts, roads, spellings."""

from __future__ import annotations

import datetime as dt

from geo.articles.model import Article
from geo.incidents.build import build_incidents


def incidents_of(geoparser, text, date, lang="en"):
    """The incidents of one article of ``text`` published on ``date``."""
    return build_incidents([geoparser.parse(Article(id="t", text=text, date=date, lang=lang))]).incidents


def by_place(found):
    return {i.place.name: i for i in found}


def test_a_sibling_clauses_own_date_beats_the_story_so_far(geoparser):
    text = ("BISHKEK -- A Kyrgyz herder who was shot near the border last week has died of his wounds.\n\n"
            "Nurbek Sadykov, 44, died late on October 8 in a hospital in Osh.\n\n"
            "Sadykov was grazing sheep on a pasture above the village of Uch-Bulak -- when he came under fire "
            "at around 4:30 p.m. on October 4, according to the Kyrgyz Border Service.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 9)))
    assert found["Churbek"].date_start == dt.date(2023, 10, 4)


def test_a_village_placed_in_another_district_is_a_namesake_coded_at_that_district(geoparser):
    text = ("Razzakov (AFP) - A Kyrgyz teenager was shot dead and a shepherd wounded near the Tajik border, the "
            "border service said on Tuesday, the first deadly incident in the west of the Batken region in a year.\n\n"
            "The shots were fired on Monday evening near Koktash, a hamlet of about 900 people in the Sumbula rural "
            "district of Leilek, the service said.\n\n"
            "It is not the better-known Kok-Tash of Batken district, some 90 kilometres to the east.\n\n"
            "The victim was grazing cows on a slope above Koktash when he was hit in the chest.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 9)))
    assert set(found) == {"Leilek District"}
    assert found["Leilek District"].fatalities == 1


def test_a_russian_village_of_another_district_is_a_namesake(geoparser):
    # (its rural unit named by an adjective the gazetteer lacks, then its district: the village is mapped at that
    # district's point under its own name, not at the Kök-Tash of Batken district)
    text = ("Позавчера, в понедельник, около 16:30 в селе Көк-Таш Сумбулинского айыл окмоту Лейлекского района "
            "Баткенской области огнестрельное ранение получил местный фермер.")
    (found,) = incidents_of(geoparser, text, dt.date(2026, 4, 22), lang="ru")
    assert found.place.name_ru == "Көк-Таш" and found.place.admin2 == "Leilek District"
    assert (found.place.lat, found.place.lon) == (39.83333, 69.51667)  # Leilek District's point
    assert found.geo_precision == 2
    assert found.injured == 1


def test_a_village_in_its_own_district_stays_the_village(geoparser):
    text = ("About 420 residents of the village of Arka in Leilek district were evacuated on Tuesday after "
            "mortar shells hit the village, officials said.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2024, 1, 17)))) == {"Arka"}


def test_a_bare_heading_over_a_detention_without_force_names_no_scene(geoparser):
    text = ("Our weekly round-up of events on the Kyrgyz-Tajik border for February 9-15.\n\n"
            "Konibodom: two firewood collectors detained\n\n"
            "On Friday, February 13, Tajik border guards detained two men from the Kyrgyz village of Kara-Bak who "
            "had crossed into Konibodom district to collect firewood. No force was used, both sides said.")
    assert incidents_of(geoparser, text, dt.date(2026, 2, 16)) == []


def test_residents_of_numbered_parts_of_a_village_are_counted():
    from geo.language import pack_for
    figures = pack_for("en").read_figures(
        "About 600 residents of Arka-1 and Arka-2, the two parts of the village, were taken overnight to Beshkent.")
    assert [(f.measure, f.value) for f in figures] == [("displaced", 600)]


def test_visitors_homes_and_a_far_hospital_are_no_scenes(geoparser):
    text = ("BISHKEK, March 3 (Reuters) - Mortar rounds fired from Tajikistan hit the Kyrgyz border village of Arka on "
            "Thursday evening, wounding three civilians, the border service said.\n\n"
            "Among the wounded were a 44-year-old woman from the village of Kulundu who was visiting her sister in "
            "Arka, and a 29-year-old lorry driver from the district centre Razzakov who was unloading cement there.\n\n"
            "The boy, who has shrapnel wounds to the abdomen, was later flown to a children's hospital in the "
            "southern city of Osh.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2023, 3, 3)))) == {"Arka"}


BRAWL_EN = (
    "BISHKEK -- Five people were injured when a quarrel over irrigation water turned into a mass brawl between "
    "residents of Kyrgyzstan and Tajikistan on June 14, officials on both sides said.\n\n"
    "According to Batken police, residents threw stones and attacked each other with shovels. Three residents of "
    "Kok-Tash were injured.\n\n"
    "The Isfara city administration in Tajikistan said in a statement that the fight took place \"on the outskirts "
    "of Khojai-Alo\" and that two Tajik citizens were injured.")


def test_the_other_governments_place_of_one_fight_is_the_same_fight(geoparser):
    found = by_place(incidents_of(geoparser, BRAWL_EN, dt.date(2022, 6, 15)))
    assert set(found) == {"Kök-Tash"}


def test_each_sides_count_sums_to_the_ledes_total(geoparser):
    found = by_place(incidents_of(geoparser, BRAWL_EN, dt.date(2022, 6, 15)))
    assert found["Kök-Tash"].injured == 5


def test_a_russian_version_of_the_fights_place_joins_the_fight(geoparser):
    text = ("Исфара, 25 июля 2023 г. — «Азия-Плюс».\n\n"
            "В понедельник вечером на окраине села Ходжаи Аъло произошла массовая драка между жителями села и "
            "соседнего кыргызского села Кок-Таш. Пострадали пять человек, "
            "сообщили в хукумате Исфары.\n\n"
            "Ранены трое жителей Ходжаи Аъло.\n\n"
            "По версии Баткенской областной администрации, драка произошла «у села Кёк-Таш, на кыргызском участке "
            "канала», там пострадали двое жителей Кок-Таша.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 7, 25), lang="ru"))
    assert set(found) == {"Khoja-Alo"}
    assert found["Khoja-Alo"].injured == 5


def test_a_mistaken_belief_names_no_scene(geoparser):
    text = ("Позавчера в селе Көк-Таш Сумбулинского айыл окмоту Лейлекского района огнестрельное ранение получил "
            "местный фермер.\n\n"
            "В соцсетях многие решили, что стреляли в Кок-Таше Баткенского района, где в апреле 2021 года начался "
            "вооруженный конфликт. Однако речь идет о другом селе.")
    # (the village of Leilek district, mapped at its district's point under its own name; not the Kök-Tash of Batken)
    (found,) = incidents_of(geoparser, text, dt.date(2026, 4, 22), lang="ru")
    assert found.place.admin2 == "Leilek District" and (found.place.lat, found.place.lon) == (39.83333, 69.51667)


def test_what_many_wrongly_believed_is_no_event(geoparser):
    text = ("В соцсетях в понедельник многие решили, что стреляли в Кок-Таше Баткенского района, где в апреле "
            "2021 года начался вооруженный конфликт.")
    assert incidents_of(geoparser, text, dt.date(2026, 4, 22), lang="ru") == []


def test_both_in_stable_condition_is_no_death_toll():
    from geo.language import pack_for
    figures = pack_for("ru").read_figures("«Оба в стабильном состоянии, погибших нет», — сообщили в Минздраве.")
    assert [(f.measure, f.value) for f in figures] == [("fatalities", 0)]


def test_residents_who_block_the_road_in_their_village_are_its_event(geoparser):
    text = ("В субботу вечером у села Ак-Татыр был обстрелян легковой автомобиль, пострадали два человека.\n\n"
            "В воскресенье утром около 60 жителей села Самаркандык перекрыли трассу в центре села, требуя найти "
            "стрелявших. Участники акции забросали камнями два грузовика, водитель одного из них получил травму "
            "головы.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2022, 6, 13), lang="ru"))) == {"Ak-Tatyr", "Samarkandyk"}


def test_a_villages_other_name_in_brackets_shares_its_role(geoparser):
    text = ("В субботу вечером у села Ак-Татыр по автомобилю открыли огонь со стороны таджикского села Ходжаи Аъло "
            "(в Кыргызстане его называют Кожо-Ало). Пострадали два человека.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2022, 6, 13), lang="ru"))) == {"Ak-Tatyr"}


def test_residents_put_up_in_a_school_for_the_night_are_displaced():
    from geo.language import pack_for
    figures = pack_for("ru").read_figures(
        "На ночь около 60 жителей крайней улицы Чека разместили в здании средней школы в Кара-Баке.")
    assert [(f.measure, f.value) for f in figures] == [("displaced", 60)]


def test_planned_firing_at_a_range_is_no_event(geoparser):
    text = ("В Пограничных войсках Таджикистана заявили, что в районе Лаккона в среду проводились плановые стрельбы "
            "на полигоне.")
    assert incidents_of(geoparser, text, dt.date(2023, 5, 18), lang="ru") == []


def test_a_quoted_villagers_home_and_a_drivers_home_are_no_scenes(geoparser):
    text = ("The trouble started at around 2 p.m. on Saturday at the Ak-Sai bazaar, when a quarrel between a minibus "
            "driver from Vorukh and local traders turned into a fistfight. Four Ak-Sai residents were hurt.\n\n"
            "\"Every small fight here becomes a question of the state,\" said a teacher in Vorukh.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2021, 10, 12)))) == {"Ak-Sai"}


def test_a_shepherd_grazed_by_a_bullet_is_wounded(geoparser):
    text = ("On Monday, a 16-year-old shepherd was grazed on the arm by a bullet while watching his family's sheep "
            "on the hill above Surkh.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 5)))
    assert set(found) == {"Surkh"} and found["Surkh"].injured == 1


def test_a_total_in_all_before_its_subset_is_the_count():
    from geo.language import pack_for
    figures = pack_for("en").read_figures(
        "12 families, 46 people in total, including 19 children, were temporarily moved to relatives in Daroot-Korgon.")
    assert [(f.measure, f.value) for f in figures] == [("displaced", 46)]


def test_a_shepherds_home_gives_way_to_where_the_clause_says_he_was_hurt(geoparser):
    text = ("November 19: A 41-year-old shepherd from Isfisor was wounded in the leg on a pasture on the outskirts "
            "of Khistevarz, in Tajikistan's Bobojon Ghafurov district, at around 13:10, the administration said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 11, 20)))
    assert set(found) == {"Khistevarz"} and found["Khistevarz"].injured == 1


def test_a_rural_unit_that_locates_a_village_is_no_scene(geoparser):
    text = ("November 11: Residents of the tiny Tajik exclave of Western Qal'acha and of the neighbouring Kyrgyz "
            "village of Kayragach, in Beshkent aiyl okmotu of Leilek district, fought with sticks and stones on the "
            "exclave's only road.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2025, 11, 12)))) == {"Western Qal'acha"}


def test_a_herder_beaten_named_before_the_verb_is_one_injured():
    from geo.language import pack_for
    figures = pack_for("ru").read_figures(
        "Чабанов заставили перегнать скот, а 38-летнего чабана, пытавшегося остановить табун, избили прикладами.")
    assert [(f.measure, f.value) for f in figures] == [("injured", 1)]


def test_both_injured_are_two():
    from geo.language import pack_for
    figures = pack_for("en").read_figures("Both injured were taken to the Batken regional hospital, 52 km away.")
    assert [(f.measure, f.value) for f in figures] == [("injured", 2)]
