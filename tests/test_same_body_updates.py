"""One fight reported over several days by the same bodies (held-out batch 86, studied after its blind measure):
a department's later count standing without a revising word, an update paragraph, the rest of a count told in the
next sentence, a side's losses it "has", routine police news beside the incident (smugglers, drug arrests, a
week's road accidents), a place measured from a village that the gazetteer puts far away, and a habit of years.
The texts are written for these tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

from geo.language import pack_for
from geo.language.en.numbers import read_figures as read_en
from tests.test_counted_and_typed import by_place, incidents_of

EN, RU = pack_for("en"), pack_for("ru")


# --- A later count of the same body ---

def test_the_same_departments_later_count_stands_without_a_revising_word(geoparser):
    text = ("KHUJAND, June 20 -- Four residents of Surkh are being treated for gunshot wounds after Monday's "
            "shooting on the border, the Sughd regional health department said on Thursday.\n\n"
            "On Tuesday evening the same department told reporters that two residents of Surkh had been "
            "hospitalized with gunshot wounds.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 20)))
    assert found["Surkh"].injured == 4


def test_it_said_on_a_later_day_is_the_same_body_speaking(geoparser):
    text = ("A quarrel over a canal near Ak-Sai turned into a stone-throwing brawl on Sunday. Kyrgyzstan's Batken "
            "regional health department said on Sunday evening that three people had been hurt. By Monday evening "
            "it said five Kyrgyz citizens had sought medical help.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 16)))
    assert found["Ak-Sai"].injured == 5


def test_two_bodies_of_one_government_on_different_days_keep_the_lowest(geoparser):
    text = ("По данным Пограничных войск ГКНБ Таджикистана, в понедельник вечером кыргызские военнослужащие "
            "открыли огонь по окраинным домам Гульхоны. «Ранения получили трое граждан республики», — говорится "
            "в заявлении, распространенном во вторник.\n\n"
            "В среду управление здравоохранения Согдийской области сообщило, что в больнице находятся пять "
            "раненых граждан Таджикистана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 22), lang="ru"))
    assert found["Gulkhona"].injured == 3


def test_an_update_label_makes_the_next_count_the_toll(geoparser):
    text = ("Сегодня около 13:40 у села Кулунду военнослужащие Таджикистана открыли огонь по кыргызскому "
            "пограничному наряду. Ранены два человека, сообщили в Пограничной службе.\n\n"
            "ОБНОВЛЕНО, 21:10. В Пограничной службе сообщили, что ранены четверо: три военнослужащих и местный "
            "житель.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 21), lang="ru"))
    assert found["Kulundu"].injured == 4


def test_an_older_update_below_a_newer_one_revises_nothing(geoparser):
    text = ("ОБНОВЛЕНО в 18:50. Число раненых в перестрелке у села Кулунду возросло до пяти, сообщили в Пограничной "
            "службе.\n\n"
            "ОБНОВЛЕНО в 13:05. В больнице подтвердили, что к ним доставлены трое раненых из Кулунду.\n\n"
            "ПЕРВОНАЧАЛЬНЫЙ ТЕКСТ (10:20). Утром у села Кулунду произошла перестрелка, ранен один местный житель.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 13), lang="ru"))
    assert found["Kulundu"].injured == 5


# --- The rest of a count, and the other side's losses ---

def test_two_others_after_a_count_with_a_named_part_are_its_rest(geoparser):
    text = ("В воскресенье у въезда в село Кара-Бак жители Кара-Бака и Лаккона забрасывали друг друга камнями. "
            "Пострадали четверо жителей Кара-Бака, в том числе 15-летний подросток, которого доставили в "
            "больницу. Трое других получили ушибы, помощь им оказана на месте.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 6, 12), lang="ru"))
    assert found["Kara-Bak"].injured == 4


def test_a_side_that_also_has_losses_is_the_one_the_figures_count():
    assert EN.side_losses.search('"the Tajik side also has losses: two servicemen killed"')


def test_the_kyrgyz_services_claim_of_tajik_losses_it_has_is_no_kyrgyz_toll(geoparser):
    text = ("BISHKEK - Two Kyrgyz border guards were wounded on Tuesday evening in an exchange of fire near the "
            "village of Arka, the Border Service said. According to preliminary information from the Border "
            "Service, \"the Tajik side also has losses: three servicemen killed.\"")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 12)))
    assert found["Arka"].fatalities is None
    assert found["Arka"].injured == 2


# --- Police news beside the incident ---

def test_smugglers_held_at_a_village_are_no_incident(geoparser):
    text = ("On Monday, border guards detained two citizens of Tajikistan near the village of Beshkent who were "
            "trying to bring 800 kilograms of sugar into Kyrgyzstan bypassing the checkpoint.")
    assert incidents_of(geoparser, text, dt.date(2024, 6, 12)) == []
    ru = ("В понедельник пограничники задержали у села Бешкент двух граждан Таджикистана, которые пытались "
          "провезти 800 килограммов сахара в обход пункта пропуска.")
    assert incidents_of(geoparser, ru, dt.date(2024, 6, 12), lang="ru") == []


def test_a_drug_arrest_and_a_weeks_road_accidents_lend_no_figures_to_the_shooting(geoparser):
    text = ("DUSHANBE, 04.08.2022. The police of Sughd region summed up the week. 9 road traffic accidents were "
            "registered in the region, in which 2 people died and 11 people were injured. 30 persons wanted for "
            "various crimes were detained.\n\n"
            "On August 1, police officers detained a resident of Isfara in possession of 3 kilograms of hashish.\n\n"
            "On the evening of August 2, a resident of Surkh was wounded in the leg by a shot fired from the "
            "Kyrgyz side on the outskirts of the village of Surkh.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 8, 4)))
    assert set(found) == {"Surkh"}
    assert found["Surkh"].fatalities is None
    assert found["Surkh"].injured == 1


def test_people_detained_for_crossing_the_border_far_down_the_sentence_are_no_incident(geoparser):
    text = ("Servicemen of the Border Troops detained four citizens of the Kyrgyz Republic in the territory of the "
            "Chorkuh jamoat of Isfara city for illegally crossing the state border.")
    assert incidents_of(geoparser, text, dt.date(2022, 8, 4)) == []


def test_a_road_accident_told_with_its_toll_in_one_clause_is_read_as_such():
    assert EN.road_accident.search("11 road traffic accidents were registered in the region")
    assert [f.value for f in read_en("in which 3 people died")] == [3]


# --- Places and background ---

def test_a_place_measured_from_a_village_but_far_away_in_the_gazetteer_is_a_namesake(geoparser):
    text = ("One resident of Kyzyl-Bel was wounded on Monday evening. Shots were fired at local residents who were "
            "grazing livestock in the Kara-Dobo area, 4 kilometers east of Kyzyl-Bel.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 17)))
    assert set(found) == {"Kyzyl-Bel"}


def test_a_habit_of_years_is_background():
    assert EN.background.search("for years the two communities have shared, and fought over, the same roads")
    assert RU.background.search("годами жители двух сел спорят из-за одних и тех же дорог")


# --- The wounded who died, and people counted in passing ---

def test_two_of_the_wounded_told_in_the_sentence_before_have_died(geoparser):
    text = ("BISHKEK -- Five servicemen were wounded in the June 11 shoot-out near Kulundu. Two of them have now "
            "died, the Border Service said. The other three are recovering in Osh.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 18)))
    assert found["Kulundu"].fatalities == 2
    assert found["Kulundu"].injured == 3


def test_treatment_received_for_wounds_counts_the_wounded():
    assert [(f.measure, f.value) for f in read_en(
        "four residents of the village of Surkh had received treatment for gunshot wounds")] == [("injured", 4)]


def test_a_villages_residents_hurt_when_bullets_hit_its_own_edge_place_the_event_there(geoparser):
    text = ("BISHKEK -- A Kyrgyz border guard was wounded in an exchange of fire near Arka on Tuesday, the Border "
            "Service said.\n\n"
            "On the Tajik side, the Sughd health department said that three residents of the village of Khistevarz "
            "had received treatment for gunshot wounds after bullets hit homes on the village's eastern edge.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 13)))
    assert found["Khistevarz"].injured == 3


def test_a_boy_described_by_the_government_that_counted_four_is_one_of_them(geoparser):
    text = ("The Sughd regional health department said on Monday that four residents of the village of Khistevarz "
            "had been wounded when bullets hit homes in the village. A 15-year-old boy wounded in the neck remains "
            "in intensive care, it said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 18)))
    assert found["Khistevarz"].injured == 4


def test_the_death_of_ones_own_serviceman_and_four_wounded_are_two_figures():
    figures = RU.read_figures("Таджикская сторона сообщила о гибели своего пограничника и о четырех раненых "
                              "жителях джамоата Овчи-Калача.")
    assert [(f.measure, f.value) for f in figures] == [("fatalities", 1), ("injured", 4)]


def test_a_death_only_named_or_denied_is_no_figure():
    assert RU.read_figures("Сведения о гибели подростка не соответствуют действительности.") == []
    assert RU.read_figures("Село находится в 90 километрах от места гибели пограничника.") == []


def test_a_body_named_in_the_sentence_before_speaks_for_its_side(geoparser):
    text = ("Во вторник у села Овчи-Калача произошла перестрелка.\n\n"
            "По данным Пограничных войск, стрельба продолжалась около часа. К вечеру обстановку удалось "
            "стабилизировать. В ведомстве также утверждают, что у кыргызских военных «имеются потери: погибли не "
            "менее трех военнослужащих».")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 22), lang="ru"))
    assert found["Ovchi-Kalacha"].fatalities is None


def test_the_wounds_told_before_the_man_delivered_to_hospital_count_one():
    figures = RU.read_figures("С многочисленными ушибами и переломом ребра он доставлен в Баткенскую областную "
                              "больницу.")
    assert [(f.measure, f.value) for f in figures] == [("injured", 1)]


def test_a_later_visit_to_hospital_dates_no_event_of_its_own(geoparser):
    text = ("Во вторник у села Кулунду произошла перестрелка, ранены двое, сообщили в Пограничной службе.\n\n"
            "Кроме того, в среду в Лейлекскую территориальную больницу обратился еще один житель Кулунду с "
            "огнестрельным ранением руки.")
    found = incidents_of(geoparser, text, dt.date(2024, 5, 23), lang="ru")
    assert [(i.place.name, str(i.date_start)) for i in found] == [("Kulundu", "2024-05-21")]


def test_a_post_by_a_village_a_detainee_was_taken_to_is_a_destination(geoparser):
    text = ("14 июня в районе села Кызыл-Бел военнослужащие Пограничных войск Таджикистана с применением физической "
            "силы задержали гражданина Кыргызстана и доставили его на пограничную заставу сопредельной стороны у "
            "села Чилгази.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 6, 18), lang="ru"))
    assert set(found) == {"Kyzyl-Bel"}


def test_a_village_office_as_the_source_is_no_scene(geoparser):
    text = ("Сегодня у села Кулунду пограничники Таджикистана открыли огонь, погиб пограничник, сообщили в "
            "Пограничной службе.\n\n"
            "По информации айыл окмоту Кулунду, пули попали также в крыши двух жилых домов в соседнем селе Максат, "
            "пострадавших там нет. Из улиц, прилегающих к каналу, в Исфану вывезли 143 человека.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 21), lang="ru"))
    assert found["Maksat"].injured == 0
    assert found["Maksat"].displaced is None
    assert found["Kulundu"].displaced == 143


def test_a_smugglers_truck_its_driver_and_the_other_detentions_are_no_incidents(geoparser):
    text = ("6 февраля у села Гулакандоз пограничным нарядом остановлен грузовой автомобиль, в котором без "
            "документов перевозилось 1,2 тонны муки. Водитель, 1988 года рождения, и его напарник задержаны. "
            "Остальные задержания произведены в Канибадамском районе.")
    assert incidents_of(geoparser, text, dt.date(2026, 2, 10), lang="ru") == []


def test_a_hospital_visit_after_a_date_is_read_as_the_day_it_was_told():
    assert RU.statement_date_after.match(" в Лейлекскую территориальную больницу обратился еще один житель")
    assert EN.statement_date_after.match(" another resident went to the district hospital")
    assert not EN.statement_date_after.match(" a mortar round hit a house near the district hospital")
