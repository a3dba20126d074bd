"""People named in border-service statements and the scenes their sentences give, met when a second sample of real
reporting was read to check behaviour (none of it is stored here): a person named after his nationality and trade,
people told one by one with «Также», things counted beside houses, an incident placed "on the territory of" an
exclave, a district named as its people's home with their village in the next sentence, a zero told "from" one side,
and stones that turned into an exchange of fire. The texts are written for these tests."""

from __future__ import annotations

import datetime as dt

from geo.language import pack_for
from tests.test_counted_and_typed import by_place, figures_of, incidents_of

# --- people named in a statement ---------------------------------------------------------------------------------


def test_a_person_named_after_nationality_and_trade_is_one_person():
    read = pack_for("en").read_figures
    assert figures_of(read, "The violence then escalated and Tajik national Umed Sobirov was shot dead.") == [
        ("fatalities", 1, "TJ")]
    assert figures_of(read, "Kyrgyz border guard Ravshan Muminov was reportedly killed.") == [("fatalities", 1, "KG")]
    assert figures_of(read, "A Tajik national was shot dead near the canal.") == [("fatalities", 1, "TJ")]
    # (a national team, a detention: no one hurt)
    assert figures_of(read, "A national team was hurt by the decision.") == []
    assert figures_of(read, "Tajik national Umed Sobirov was detained.") == []


def test_a_citizen_told_also_after_the_first_wounded_is_one_more():
    read = pack_for("ru").read_figures
    found = read("Также в 11 часов 30 минут в результате обстрела с кыргызской стороны пострадал гражданин РТ Самадов.")
    assert [(f.measure, f.value, f.side, f.additive) for f in found] == [("injured", 1, "TJ", True)]


def test_two_citizens_wounded_one_by_one_in_a_statement_are_two(geoparser):
    text = ("ДУШАНБЕ, 29.04.2021 /НИАТ «Ховар»/. 29 апреля 2021 года в 10 часов 45 минут у села Чоркух со стороны "
            "граждан Кыргызской Республики был открыт огонь из огнестрельного оружия. В результате гражданин РТ "
            "Амаков О., 1989 года рождения, получил ранение в область головы и доставлен в центральную больницу "
            "Исфары.\n\n"
            "Также в 11 часов 30 минут в результате обстрела с кыргызской стороны пострадал гражданин РТ Самадов С., "
            "1989 года рождения, житель села Чоркух. Самадов получил множественные ранения в руку и ногу.")
    assert by_place(incidents_of(geoparser, text, dt.date(2021, 4, 29), lang="ru"))["Chorkuh"].injured == 2


def test_the_parts_of_a_mixed_count_told_again_with_also_stay_the_count(geoparser):
    text = ("БИШКЕК, 6 дек — Sputnik. В результате перестрелки у села Максат ранения получили двое кыргызских "
            "пограничников и один житель села, сообщили в Пограничной службе.\n\n"
            "«Двое наших военнослужащих получили огнестрельные ранения. Также легкое осколочное ранение получил "
            "68-летний житель села Максат. Погибших нет», — сообщили в ведомстве.")
    assert by_place(incidents_of(geoparser, text, dt.date(2024, 12, 6), lang="ru"))["Maksat"].injured == 3


def test_a_thing_counted_beside_houses_is_no_person():
    read = pack_for("ru").read_figures
    assert figures_of(read, "полностью разрушено 14 жилых домов, частично пострадали 2 дома и 1 вспомогательное "
                            "сооружение") == [("houses_damaged", 14, None)]
    assert figures_of(read, "пострадали 2 человека и 1 военнослужащий") == [("injured", 3, None)]


def test_a_zero_told_from_one_side_is_that_side_s():
    read = pack_for("en").read_figures
    assert figures_of(read, "There are no casualties or wounded from the Kyrgyz side.") == [
        ("fatalities", 0, "KG"), ("injured", 0, "KG")]


# --- scenes --------------------------------------------------------------------------------------------------------


def test_an_incident_placed_on_the_territory_of_an_exclave_is_the_exclave_s(geoparser):
    ru = ("На таджикско-киргизской границе произошел конфликт между пограничниками\n\n"
          "Таджикские пограничники задержали двух киргизских коллег, применив силу. Об этом сообщает АКИpress.\n\n"
          "Инцидент произошел 20 июля на территории таджикского анклава Ворух, расположенного в Киргизии.")
    assert set(by_place(incidents_of(geoparser, ru, dt.date(2018, 7, 23), lang="ru"))) == {"Vorukh"}
    en = ("Border guards clash\n\nTajik border guards beat two Kyrgyz colleagues, AKIpress reports.\n\n"
          "The incident took place on July 20 in the Tajik exclave of Vorukh.")
    assert set(by_place(incidents_of(geoparser, en, dt.date(2018, 7, 23)))) == {"Vorukh"}


def test_a_home_district_gives_way_to_its_village_named_in_the_next_sentence(geoparser):
    text = ("ДУШАНБЕ, 30 мая — Sputnik. Пограничники Кыргызстана задержали пятерых граждан Таджикистана.\n\n"
            "Кыргызские пограничники с применением силы задержали двух жителей Исфаринского района. Они искали скот "
            "возле села Ходжа Ало. На данный момент граждане Таджикистана отпущены. Еще одно задержание произошло "
            "ночью в Ошской области Кыргызстана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 5, 30), lang="ru"))
    assert "Khoja-Alo" in found and "Isfara District" not in found
    # (a village of another district is no home's village: the district stays the scene)
    other = text.replace("возле села Ходжа Ало", "возле села Кок-Таш")
    assert "Isfara District" in by_place(incidents_of(geoparser, other, dt.date(2021, 5, 30), lang="ru"))


def test_stones_that_turned_into_an_exchange_of_fire_are_an_armed_clash(geoparser):
    text = ("Another armed incident on the Kyrgyz-Tajik border\n\n"
            "On the section of the Batken-Isfana highway near Kok-Tash, the Tajik border patrol began throwing stones "
            "at cars passing along the highway on March 11.\n\n"
            "Kyrgyz border guards were forced to fire warning shots in the air.\n\n"
            "At this time, another border detachment of Tajikistan opened fire on the observation tower, where there "
            "were Kyrgyz border guards.")
    assert by_place(incidents_of(geoparser, text, dt.date(2022, 3, 12)))["Kök-Tash"].event_type == "armed_clash"
    # (warning shots alone are no clash)
    stones = text.split("\n\nAt this time")[0]
    assert by_place(incidents_of(geoparser, stones, dt.date(2022, 3, 12)))["Kök-Tash"].event_type \
        == "border_incident_protest"


def test_a_region_s_total_told_before_its_villages_is_no_village_s(geoparser):
    text = ("В Баткене из-за приграничного конфликта эвакуировали тысячи человек\n\n"
            "В Баткенской области эвакуировали 24 237 сельчан из-за конфликта на кыргызско-таджикской границе, "
            "сообщили в МЧС. Ранее МЧС сообщал, что 10 410 граждан эвакуировали в более безопасные районы.\n\n"
            "По данным ведомства, жителей сел Ак-Татыр, Самаркандек и Ак-Сай Баткенского района временно переселили "
            "в село Рават. Эвакуация также прошла в селе Максат Лейлекского района, оттуда переселили 400 человек "
            "в село Маргун.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 1, 28), lang="ru"))
    assert {"Ak-Tatyr", "Samarkandyk", "Ak-Sai", "Maksat"} <= set(found)
    assert found["Maksat"].displaced == 400
    assert all(i.displaced is None for name, i in found.items() if name != "Maksat")


def test_people_moved_for_a_while_are_displaced():
    read = pack_for("ru").read_figures
    assert figures_of(read, "около 600 жителей села временно переселили в село Рават") == [("displaced", 600, None)]
    assert pack_for("ru").triggers["evacuation_displacement"].search("жителей временно переселили в село")
    # (a household resettled under the treaty is no evacuation of the moment)
    assert not pack_for("ru").triggers["evacuation_displacement"].search("переселили в рамках договора")


def test_a_first_name_before_a_surname_is_no_place(geoparser):
    text = ("В ходе конфликта на кыргызско-таджикской границе погиб младший сержант внутренних войск Манас "
            "Баатырбеков. Он получил смертельные ранения во время обстрела близ села Ак-Сай.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2022, 9, 17), lang="ru"))) == {"Ak-Sai"}
    # (a village after a locative word stays a place, whoever is named after it)
    found = incidents_of(geoparser, "В селе Максат Ибраимов получил ранение при обстреле.", dt.date(2022, 9, 17),
                         lang="ru")
    assert [i.place.name for i in found] == ["Maksat"]
    en = ("Junior sergeant of the internal troops Manas Baatyrbekov was killed during the shelling near the village of "
          "Ak-Sai, his relatives said.")
    assert set(by_place(incidents_of(geoparser, en, dt.date(2022, 9, 17)))) == {"Ak-Sai"}


def test_the_towns_that_bound_an_area_are_no_scenes(geoparser):
    text = ("DUSHANBE, Jan 28. During a shootout between border guards on the Isfara-Batken road, a resident of the "
            "Tajik village of Khoji Alo was lethally wounded, officials said.\n\n"
            "Earlier in the day, a shooting erupted between border forces of Kyrgyzstan and Tajikistan as the Tajik "
            "side blocked the area between two Kyrgyz towns, Batken and Isfana.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2022, 1, 28)))) == {"Khoja-Alo"}


def test_the_heavy_weapon_told_later_in_the_paragraph_types_the_shooting(geoparser):
    text = ("BISHKEK, June 3. Shooting on the Kyrgyz-Tajik border took place on Friday at about noon near Kok-Tash. "
            "A border detachment of Kyrgyzstan discovered the military of the neighboring republic. Ignoring the "
            "demands to leave, the Tajik border guards opened fire at the Kyrgyz servicemen. Border detachments of "
            "the two countries exchanged fire, during which the Tajik side used mortars.")
    assert by_place(incidents_of(geoparser, text, dt.date(2022, 6, 3)))["Kök-Tash"].event_type \
        == "shelling_artillery"
    # (not past a sentence that names a place of its own)
    elsewhere = text.replace("Ignoring the demands to leave,", "Near Ak-Sai, ignoring the demands to leave,")
    assert by_place(incidents_of(geoparser, elsewhere, dt.date(2022, 6, 3)))["Kök-Tash"].event_type == "armed_clash"


def test_towns_where_the_wounded_are_treated_are_no_scenes(geoparser):
    text = ("The Kyrgyz Ministry of Health said 36 people were killed in the armed conflict on the Kyrgyz-Tajik border. "
            "So far, 129 people have been injured in the armed conflict.\n\n"
            "Out of the injured 79 are currently in Bishkek, 39 in Batken, and 4 in Osh are being treated in "
            "hospitals.")
    assert not {"Batken", "Osh", "Bishkek"} & set(by_place(incidents_of(geoparser, text, dt.date(2022, 9, 18))))
    ru = "Из раненых 79 находятся в Бишкеке, 39 — в Баткене, они проходят лечение в больницах."
    assert pack_for("ru").roles.treated_list_after.match(", они проходят лечение в больницах")
    assert pack_for("ru").roles.treated_list_after.match(ru[ru.index("Бишкеке") + 7:])


# --- read from batch 148 -------------------------------------------------------------------------------------------


def test_a_calibre_and_rounds_found_are_no_people():
    read = pack_for("ru").read_figures
    assert read("обнаружены еще две 82-миллиметровые минометные мины, их вывезли на полигон для уничтожения") == []
    assert figures_of(read, "из села вывезли 82 жителя") == [("displaced", 82, None)]


def test_the_region_of_the_post_that_fired_is_no_scene(geoparser):
    text = ("БИШКЕК, 18 июня — 24.kg. Вечером 17 июня таджикские военнослужащие обстреляли пограничный наряд у села "
            "Андарак Лейлекского района, ранены двое военнослужащих.\n\n"
            "По информации погранслужбы, огонь велся со стороны таджикской заставы, расположенной на территории "
            "Ганчинского района Согдийской области.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2024, 6, 18), lang="ru"))) == {"Andarak"}


def test_a_man_who_was_struck_and_died_days_later_is_the_fight_s_death(geoparser):
    text = ("DUSHANBE, July 12 (Reuters) - The fight broke out on Monday evening on the outskirts of Khistevarz when "
            "residents of the neighbouring Kyrgyz village of Arka tried to stop workers repairing a road.\n\n"
            "A 52-year-old Khistevarz resident who was struck on the head with a stone died on Thursday in the "
            "regional hospital in Khujand, the statement said.")
    found = incidents_of(geoparser, text, dt.date(2024, 7, 12))
    assert [(i.place.name, i.date_start, i.fatalities) for i in found] == [
        ("Khistevarz", dt.date(2024, 7, 8), 1)]


def test_a_truce_agreed_at_a_meeting_in_a_town_after_fire_elsewhere_is_the_town_s(geoparser):
    text = ("БИШКЕК, 2 октября. /ТАСС/. Представители Киргизии и Таджикистана на встрече в таджикском городе Исфара "
            "в среду договорились о полном прекращении огня по всей линии соприкосновения после перестрелки на "
            "границе накануне вечером.\n\n"
            "1 октября около 18:20 таджикские военнослужащие открыли огонь по киргизским пограничникам у села "
            "Ак-Татыр. Ранение получил один военнослужащий.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 2), lang="ru")
    assert sorted((i.place.name, i.event_type) for i in found) == [
        ("Ak-Tatyr", "armed_clash"), ("Isfara", "ceasefire_agreement")]


def test_the_other_side_s_wounded_told_by_an_agency_are_its_claim(geoparser):
    read = pack_for("ru").read_figures
    assert figures_of(read, "По имеющимся у нас данным, у таджикской стороны есть двое раненых") == [
        ("injured", 2, "TJ")]
    text = ("БИШКЕК, 2 октября. По данным Пограничной службы ГКНБ Киргизии, 1 октября таджикские военнослужащие "
            "открыли огонь по киргизским пограничникам у села Ак-Татыр.\n\n"
            "\"Ранение получил один военнослужащий, его жизни ничего не угрожает\", - говорится в сообщении ведомства. "
            "\"По имеющимся у нас данным, у таджикской стороны есть двое раненых\", - добавили в ведомстве.")
    assert by_place(incidents_of(geoparser, text, dt.date(2024, 10, 2), lang="ru"))["Ak-Tatyr"].injured == 1


def test_a_place_named_as_the_speaker_after_the_verb_tells_the_death(geoparser):
    text = ("Умер житель Кызыл-Беля\n\n"
            "БИШКЕК, 7 сен — Sputnik. Житель села Кызыл-Бель Баткенского района, получивший травму во время драки с "
            "жителями таджикского села Чилгази, скончался в больнице, сообщили в Баткенском областном управлении "
            "здравоохранения.\n\n"
            "Драка произошла 3 сентября на пастбище у Кызыл-Беля. Кроме погибшего, травмы получили еще двое жителей "
            "Кызыл-Беля.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 9, 7), lang="ru"))["Kyzyl-Bel"]
    assert (found.fatalities, found.fatalities_by_side) == (1, {"KG": 1})


def test_the_others_counted_after_a_death_never_held_the_dead(geoparser):
    text = ("DUSHANBE, July 12 (Reuters) - The fight broke out on Monday evening on the outskirts of Khistevarz, "
            "officials said.\n\n"
            "A 52-year-old Khistevarz resident who was struck on the head with a stone died on Thursday in the "
            "regional hospital in Khujand, the statement said. Two other residents of Khistevarz were injured and "
            "have since been discharged.\n\n"
            "On Monday night, Tajik officials had said three local residents had been hurt.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 7, 12)))["Khistevarz"]
    assert (found.fatalities, found.injured) == (1, 2)
