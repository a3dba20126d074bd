"""Roads, canals and meeting towns named around an incident, and figures told in later reports (held-out batch 104,
studied; batch 105, scored with the session's start code, then studied). The texts are written for these tests;
none is a devset article."""

from __future__ import annotations

import datetime as dt

from geo.incidents.model import Figure
from geo.incidents.quantities import fuse_measure
from geo.language import pack_for
from tests.test_counted_and_typed import by_place, incidents_of


def _figures(lang: str, sentence: str) -> list[tuple[str, int]]:
    return [(f.measure, f.value) for f in pack_for(lang).read_figures(sentence)]


# --- places that are not the scene -----------------------------------------------------------------------------


def test_the_exclave_a_bypass_road_runs_around_is_no_scene(geoparser):
    text = ("A Kyrgyz border guard was wounded late on Monday in an exchange of fire near the village of Ak-Sai.\n\n"
            "The service said Tajik servicemen opened fire with automatic weapons on a Kyrgyz patrol checking the "
            "bypass road that runs from Ak-Sai to the village of Tamdyk around the Tajik exclave of Vorukh.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 7, 12)))
    assert "Ak-Sai" in found and "Vorukh" not in found


def test_the_canal_a_channel_branches_off_and_the_village_it_runs_towards_are_no_scenes(geoparser):
    text = ("On Wednesday residents of Arka and of the Tajik village of Khistevarz threw stones at each other over an "
            "irrigation channel that branches off the Big Fergana Canal and runs along the edge of Arka towards "
            "Khistevarz. Two residents of Arka were injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 18)))
    assert set(found) == {"Arka"}


def test_the_town_where_the_agreement_was_reached_is_the_ceasefire_s_place(geoparser):
    text = ("Kyrgyzstan and Tajikistan agreed on Thursday to an immediate ceasefire along their entire border, hours "
            "after a shootout near Khoja-Alo killed a Tajik border guard.\n\n"
            "The agreement was reached at a meeting of the heads of the two countries' border services in the Tajik "
            "town of Isfara, the Kyrgyz border service said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 11, 18)))
    assert found["Isfara"].event_type == "ceasefire_agreement"


def test_the_other_party_s_village_counting_its_hurt_joins_the_fight(geoparser):
    text = ("Residents of the village of Maksat in Leilek district and the Tajik village of Ovchi-Kalacha clashed "
            "on Thursday evening over irrigation water, the regional administration reported.\n\n"
            "According to it, the conflict broke out at about 19:30 at the water distribution point on the outskirts "
            "of Maksat. Residents of both villages threw stones at each other, and a car was set on fire.\n\n"
            "The Sughd region administration in Khujand said three residents of Ovchi-Kalacha, including a "
            "16-year-old, had been injured and were treated in the district hospital.\n\n"
            "UPDATE, 14:05. The Ministry of Health has clarified the data: seven residents of Maksat sought medical "
            "help after the clash, not five as reported earlier.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 15)))
    assert set(found) == {"Maksat"} and found["Maksat"].injured == 10


def test_troops_massing_by_an_exclave_are_the_cause_not_the_scene(geoparser):
    text = ("Several hundred residents of the Kyrgyz village of Ak-Sai left their homes on Friday evening after "
            "reports that Tajik troops were gathering on the edge of the neighbouring Tajik exclave of Vorukh, local "
            "officials said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 8, 14)))
    assert "Ak-Sai" in found and "Vorukh" not in found


def test_a_road_accident_told_in_a_police_week_adds_no_toll(geoparser):
    text = ("On August 2, a resident of Surkh was wounded in the leg by a shot fired from the Kyrgyz side while he "
            "was picking apricots on the outskirts of Surkh.\n\n"
            "On August 3, a car driven by a 24-year-old resident of the district left the road and overturned into "
            "an irrigation ditch. Two passengers died at the scene.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 8, 4)))
    assert found["Surkh"].fatalities is None and found["Surkh"].injured == 1


def test_the_height_fire_came_from_is_no_scene_ru(geoparser):
    text = ("По данным погранслужбы, 12 июня около 22:15 с таджикской стороны, с высоты у джамоата Овчи-Калача, был "
            "открыт огонь по посту заставы «Максат». Одна из мин попала во двор дома в Максате, погиб хозяин дома.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 6, 13), "ru"))
    assert "Maksat" in found and "Ovchi-Kalacha" not in found


def test_the_post_that_returned_fire_is_no_scene_ru(geoparser):
    text = ("В воскресенье вечером киргизские военнослужащие открыли огонь по окраине Сурха, ранены двое жителей. "
            "По данным погранслужбы Киргизии, наряд заставы у Самаркандыка открыл ответный огонь после того, как с "
            "таджикской стороны были произведены выстрелы.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 3, 7), "ru"))
    assert "Surkh" in found and "Samarkandyk" not in found


def test_the_region_s_office_in_its_capital_is_no_scene_ru(geoparser):
    text = ("23 августа у села Арка произошла драка между жителями Арки и соседнего села Хистеварз. Двое жителей Арки "
            "получили травмы. По информации пресс-службы председателя Согдийской области в Худжанде, травмы получили "
            "трое жителей Хистеварза.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 8, 24), "ru"))
    assert set(found) == {"Arka"} and found["Arka"].injured == 5


def test_the_towns_where_the_wounded_are_treated_are_no_scenes_ru(geoparser):
    text = ("12 июня таджикские военные обстреляли село Максат, погибли трое граждан Кыргызстана. Еще трое раненых "
            "остаются на лечении в Оше и Раззакове, сообщили в Минздраве.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 6, 19), "ru"))
    assert set(found) == {"Maksat"}


def test_the_home_of_the_last_of_the_wounded_listed_is_no_scene_ru(geoparser):
    text = ("26 августа у села Ходжаи Аъло кыргызские пограничники открыли огонь по жителям Исфары, работавшим на "
            "участках. Двое граждан Таджикистана погибли, еще трое ранены.\n\n"
            "Раненых - двоих жителей Чоркуха 35 и 52 лет и 16-летнего подростка из Сурха - доставили в больницу Исфары.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 28), "ru"))
    assert set(found) == {"Khoja-Alo"}


# --- types and dates -------------------------------------------------------------------------------------------


def test_a_drone_s_attack_in_the_genitive_is_a_drone_strike_ru(geoparser):
    text = ("Двое киргизских пограничников получили ранения в результате атаки беспилотника на окраине села Кара-Бак "
            "вечером в понедельник.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 12, 6), "ru"))
    assert found["Kara-Bak"].event_type == "air_drone_strike"


def test_the_day_of_an_accusation_dates_no_attack(geoparser):
    text = ("Tajikistan on Thursday accused Kyrgyzstan of using a drone to attack a car in its Vorukh exclave, killing "
            "the driver and wounding two passengers.\n\n"
            "The car was hit late Tuesday on the road that links Vorukh with the rest of Tajikistan.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 6, 16)))
    vorukh = found["Vorukh"]
    assert vorukh.date_start == dt.date(2022, 6, 14) and (vorukh.fatalities, vorukh.injured) == (1, 2)


def test_a_kind_of_weapon_new_to_the_conflict_makes_no_first_report(geoparser):
    text = ("A drone hit a car near Vorukh late on Tuesday, wounding two passengers.\n\n"
            "In January, two people were killed in an exchange of fire near Kok-Tash.\n\n"
            "Drones have not previously been reported in fighting on the Kyrgyz-Tajik border.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 6, 16)))
    assert "Vorukh" in found and "Kök-Tash" not in found


def test_the_eve_of_a_holiday_is_no_day_ru(geoparser):
    text = ("Вечером в понедельник, накануне праздника Курбан-байрам, жители села Ак-Сай забросали камнями машины "
            "жителей Воруха. Пострадал один человек.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 7, 22), "ru"))
    assert found["Ak-Sai"].date_start == dt.date(2021, 7, 19)


def test_since_the_end_of_a_month_dates_the_past_ru(geoparser):
    text = ("Вечером в понедельник жители села Ак-Сай забросали камнями машины, пострадал один человек.\n\n"
            "Ситуация на этом участке остается напряженной с конца апреля, когда в ходе вооруженного конфликта погибли "
            "19 граждан Таджикистана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 7, 22), "ru"))
    assert found["Ak-Sai"].fatalities is None


def test_an_old_round_believed_left_from_the_war_leaves_the_next_sentence_news_ru(geoparser):
    text = ("В четверг около 16:20 в поле в двух километрах от села Максат 14-летний подросток нашел неразорвавшуюся "
            "минометную мину. Как сообщили в МЧС, боеприпас, предположительно, остался здесь после событий сентября "
            "2022 года. Мальчик получил осколочные ранения рук и лица.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 20), "ru"))
    assert found["Maksat"].injured == 1


def test_talks_that_reached_no_agreement_are_no_ceasefire_ru(geoparser):
    text = ("Позавчера, 17 июня, в Баткене прошла встреча делегаций. Стороны обсудили отвод дополнительных сил от линии "
            "границы на участке Максат - Овчи-Калача, однако договоренности не достигнуты.")
    assert incidents_of(geoparser, text, dt.date(2022, 6, 19), "ru") == []


def test_links_under_other_news_on_the_topic_are_no_news_ru(geoparser):
    text = ("В ночь на субботу неизвестные забросали камнями автомобиль пограничников у села Кулунду.\n\n"
            "**Другие новости по теме:**\n"
            "- [Максат: число погибших выросло до двух](https://example.org/news/1)\n")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 6, 19), "ru"))
    assert set(found) == {"Kulundu"}


# --- figures ---------------------------------------------------------------------------------------------------


def test_the_night_spent_from_one_day_to_the_next_in_a_school_is_displacement():
    assert ("displaced", 150) in _figures("en", "About 150 women and children from Maksat spent the night from "
                                                "Saturday to Sunday at school No. 2 in Kulundu.")


def test_a_man_doctors_treated_for_bruises_is_hurt():
    assert _figures("en", "He was taken to hospital, where doctors treated him for bruises to his face.") \
        == [("injured", 1)]


def test_the_driver_killed_and_the_passengers_wounded_are_counted():
    assert _figures("en", "A drone attacked a car, killing the driver and wounding two passengers.") \
        == [("fatalities", 1), ("injured", 2)]


def test_a_light_wound_is_a_wound():
    assert _figures("en", "One Kyrgyz serviceman received a light wound to his arm.") == [("injured", 1)]


def test_a_sergeant_of_the_border_service_is_one_person():
    assert _figures("en", "A 21-year-old junior sergeant of the Kyrgyz Border Service was wounded in the leg.") \
        == [("injured", 1)]


def test_one_from_each_village_is_how_the_count_splits():
    assert _figures("en", "Two men, one from each village, were treated for cuts to the head.") == [("injured", 2)]


def test_the_younger_boy_who_died_later_is_one_death_but_not_at_the_scene():
    assert _figures("en", "The ministry said that the younger boy had died in hospital overnight.") \
        == [("fatalities", 1)]
    assert _figures("en", "The younger boy died at the scene.") == []


def test_the_younger_boy_s_death_moves_him_from_the_wounded(geoparser):
    text = ("Two Kyrgyz schoolboys were injured on Wednesday when an old mortar round exploded near Ak-Tatyr.\n\n"
            "Update, Thursday 12:10: The Ministry of Health said on Thursday that the younger boy had died in the "
            "Batken regional hospital overnight.")
    ak_tatyr = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 21)))["Ak-Tatyr"]
    assert (ak_tatyr.fatalities, ak_tatyr.injured) == (1, 1)


def test_a_count_of_people_who_needed_medical_help_ru():
    assert _figures("ru", "Медицинская помощь потребовалась пятерым жителям Кок-Таша.") == [("injured", 5)]


def test_two_residents_and_one_teenager_told_by_age_are_three_ru():
    assert _figures("ru", "Ранены двое работников станции и 15-летний подросток, проезжавший мимо.") \
        == [("injured", 3)]
    assert _figures("ru", "Ранены двое жителей — 35-летний мужчина и 16-летний подросток.") == [("injured", 2)]


def test_people_who_drove_out_of_the_village_are_displaced_ru():
    assert ("displaced", 170) in _figures("ru", "В ночь обстрела из села выезжали 170 человек.")


def test_the_side_that_lost_them_is_read_past_where_ru():
    figures = pack_for("ru").read_figures("Таджикская сторона на позициях у Чоркуха потеряла до трех военнослужащих "
                                          "убитыми.")
    assert [(f.measure, f.value, f.side) for f in figures] == [("fatalities", 3, "TJ")]


def test_a_government_s_count_of_the_other_country_s_villagers_is_a_claim():
    own = Figure("injured", 2, False, "KG", "Two residents of Arka were injured", claimant="KG", article_id="a",
                 order=1)
    claimed = Figure("injured", 4, False, None, "four residents of Khistevarz", claimant="KG", home="TJ",
                     article_id="a", order=2)
    theirs = Figure("injured", 3, False, "TJ", "three residents of Khistevarz", claimant="TJ", article_id="a",
                    order=3)
    assert fuse_measure([own, claimed, theirs], "injured").total == 5
    # (a lone count, whose speaker may be misread from the side that fired, stays a count)
    assert fuse_measure([claimed], "injured").total == 4


# --- the hurt told person by person (held-out batch 107, studied) ---------------------------------------------


def test_people_named_with_their_ages_one_by_one_are_summed(geoparser):
    text = ("Residents of Aksai were injured on the evening of August 10 when a quarrel with residents of Vorukh "
            "turned into a stone-throwing fight on the outskirts of Aksai.\n\n"
            "Nurlan Sadykov, 34, received a head injury from a stone and was taken to the Batken regional hospital.\n\n"
            "Bakyt Toktorov, 51, suffered a broken collarbone.\n\n"
            "District police inspector Azamat Osmonov, 29, was hit in the leg by a stone.")
    assert by_place(incidents_of(geoparser, text, dt.date(2021, 8, 11)))["Ak-Sai"].injured == 3


def test_a_statement_s_assertion_of_the_other_side_s_dead_is_a_claim(geoparser):
    text = ("Kyrgyz border guards were wounded in an exchange of fire near Kok-Tash on March 15.\n\n"
            "In Dushanbe, Tajikistan's State Committee for National Security said one Tajik border guard was killed "
            "and another was wounded. The statement also asserted that the Kyrgyz side had \"lost at least four "
            "servicemen killed.\"")
    kok_tash = by_place(incidents_of(geoparser, text, dt.date(2022, 3, 16)))["Kök-Tash"]
    assert kok_tash.fatalities == 1 and kok_tash.fatalities_by_side == {"TJ": 1}


def test_fire_from_the_other_country_names_no_side_of_the_hurt_ru():
    figures = pack_for("ru").read_figures("Трое жителей села Максат получили огнестрельные ранения при обстреле со "
                                          "стороны Таджикистана.")
    assert [(f.measure, f.value, f.side) for f in figures] == [("injured", 3, None)]


def test_the_wounded_told_one_by_one_after_their_count_are_that_count_ru(geoparser):
    text = ("Трое жителей села Максат получили огнестрельные ранения при обстреле со стороны Таджикистана.\n\n"
            "Житель Максата 1987 года рождения получил огнестрельное ранение бедра.\n\n"
            "Его 52-летний сосед ранен в плечо по касательной.\n\n"
            "16-летний школьник, который помогал отцу на участке, получил ранение кисти левой руки.")
    assert by_place(incidents_of(geoparser, text, dt.date(2023, 5, 16), "ru"))["Maksat"].injured == 3


def test_a_ceasefire_for_a_named_section_is_not_placed_where_it_was_agreed(geoparser):
    text = ("The two sides agreed on Thursday to a ceasefire on the Kulundu section of the border after a shootout "
            "near Kulundu wounded a Kyrgyz border guard.\n\n"
            "The agreement was reached at a meeting of border officials in the Tajik town of Isfara, the service "
            "said.")
    assert "Isfara" not in by_place(incidents_of(geoparser, text, dt.date(2021, 11, 19)))


def test_two_more_of_a_village_told_first_add_to_its_country_s_count(geoparser):
    text = ("Bishkek, July 31 /Kabar/. Two more residents of Arka village in Leilek district have sought medical help "
            "after Saturday's mass brawl with residents of the neighboring Tajik village of Khistevarz, the Ministry "
            "of Health reported on Monday.\n\n"
            "The brawl broke out at about 18:00 on July 29 at the edge of Arka.\n\n"
            "On Saturday evening, the Leilek district administration said four residents of Arka had been injured.\n\n"
            "The Sughd region administration in Khujand said on Sunday that a 50-year-old resident of Khistevarz had "
            "received a head wound.")
    assert by_place(incidents_of(geoparser, text, dt.date(2023, 7, 31)))["Arka"].injured == 7


def test_a_group_from_the_other_village_and_a_lower_count_by_a_second_ministry(geoparser):
    text = ("On Saturday, January 24, residents of the Kyrgyz village of Kulundu and the Tajik jamoat of Ovchi-Kalacha "
            "clashed at the Friendship bridge on the edge of Kulundu. According to Kyrgyz officials, a group from "
            "Ovchi-Kalacha tried to pull down a section of the fence.\n\n"
            "The Batken regional administration said that evening that four residents of Kulundu had been injured. "
            "On Tuesday, January 27, Kyrgyzstan's Interior Ministry put the number at three. The Sughd regional "
            "administration in Khujand said two residents of Ovchi-Kalacha were injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 1, 28)))
    assert set(found) == {"Kulundu"} and found["Kulundu"].injured == 5


def test_also_between_the_head_and_its_number_adds_people_ru():
    figures = pack_for("ru").read_figures("При обстреле пострадали также трое мирных жителей махалли Бахор.")
    assert [(f.measure, f.value, f.additive) for f in figures] == [("injured", 3, True)]


def test_the_wounded_evacuated_to_a_named_hospital_are_not_displaced_ru():
    assert _figures("ru", "Двое военнослужащих получили ранения и эвакуированы в Согдийскую областную клиническую "
                          "больницу в Худжанде.") == [("injured", 2)]


def test_residents_who_came_to_a_hospital_the_next_day_are_hurt_ru():
    assert _figures("ru", "В понедельник в участковую больницу Ворух обратились еще двое жителей.") == [("injured", 2)]


def test_villagers_hit_when_bullets_struck_and_people_cut_or_grazed_are_hurt():
    assert _figures("en", "He told RFE/RL that three villagers were hit when bullets struck houses.") == [("injured", 3)]
    assert _figures("en", "A 12-year-old boy was cut on the face and neck by glass.") == [("injured", 1)]
    assert _figures("en", "Sabyr Kozhoev, 67, was grazed in the side by a bullet.") == [("injured", 1)]


# --- batch 109 (studied) ---------------------------------------------------------------------------------------


def test_a_ministry_s_report_on_a_weekday_and_date_dates_no_fight(geoparser):
    text = ("BISHKEK - Three residents of Maksat have been injured in a stone-throwing clash with residents of "
            "Ovchi-Kalacha, the Ministry of Health reported on Monday, July 10.\n\n"
            "The conflict broke out on Saturday, July 8, at about 16:30 at a sluice on the edge of Maksat.")
    found = incidents_of(geoparser, text, dt.date(2023, 7, 10))
    assert [(i.place.name, i.date_start) for i in found] == [("Maksat", dt.date(2023, 7, 8))]


def test_the_far_end_of_a_road_to_be_reopened_is_no_ceasefire_place(geoparser):
    text = ("Kyrgyz and Tajik border officials agreed on Thursday to withdraw additional troops from the Kara-Bak "
            "section of the border by October 25.\n\n"
            "The sides also agreed to create a joint monitoring group of 12 officers, which will check the "
            "withdrawal, and to reopen the Kara-Bak – Lakkon local road for residents of both countries.")
    assert "Lakkon" not in by_place(incidents_of(geoparser, text, dt.date(2023, 10, 19)))


def test_an_old_shell_left_from_last_year_s_fighting_fired_nothing_now(geoparser):
    text = ("An unexploded shell left over from last year's border fighting with Tajikistan blew up in the village of "
            "Ak-Sai on Sunday, killing a 13-year-old boy, officials said. The boys found the shell in a ravine near "
            "the ruins of a house burned during the fighting.")
    assert by_place(incidents_of(geoparser, text, dt.date(2023, 4, 2)))["Ak-Sai"].event_type == "casualty_report"


def test_a_local_body_named_by_its_place_speaks_for_its_own_people(geoparser):
    text = ("On September 18, a quarrel broke out on the edge of Samarkandyk when a Tajik work crew began installing "
            "a water meter on a canal, and a scuffle followed in which stones were thrown. Batken district police said "
            "a 44-year-old local man suffered a broken arm; the Isfara administration said two of its workers were "
            "bruised.")
    assert by_place(incidents_of(geoparser, text, dt.date(2025, 9, 23)))["Samarkandyk"].injured == 3


def test_one_side_s_servicemen_and_its_villagers_are_two_groups_summed():
    soldiers = Figure("injured", 2, False, "KG", "two of its servicemen were wounded", claimant="KG", article_id="a",
                      order=1)
    villagers = Figure("injured", 3, False, "KG", "three villagers were hit", claimant="KG", article_id="a", order=2)
    again = Figure("injured", 2, False, "KG", "two servicemen were wounded", claimant="KG", article_id="a", order=3)
    assert fuse_measure([soldiers, villagers], "injured").total == 5
    # (the same group told twice is one count)
    assert fuse_measure([soldiers, again], "injured").total == 2


def test_civilians_counted_by_an_outlet_hold_no_side_s_serviceman():
    civilians = Figure("injured", 2, False, None, "Two civilians were injured", article_id="a", order=1)
    soldier = Figure("injured", 1, False, "KG", "one Kyrgyz serviceman received a light wound", claimant="KG",
                     article_id="a", order=2)
    assert fuse_measure([civilians, soldier], "injured").total == 3
    # (a count of people that may hold the serviceman stays the total)
    people = Figure("injured", 2, False, None, "Two people were injured", article_id="a", order=1)
    assert fuse_measure([people, soldier], "injured").total == 2
