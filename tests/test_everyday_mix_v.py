"""The everyday mix, fifth sample (blind batch 56): victims told one by one after their fight, homes and
funerals away from the scene, a breadcrumb that is no dateline, old shells and the war they were left from,
and counts that are not people (ribs, wounds, grenades)."""

from __future__ import annotations

import datetime as dt

from geo.language.en.dateline import find_dateline
from geo.language.en.dates import find_dates
from geo.language.en.numbers import read_figures
from geo.language.ru.dateline import find_dateline as find_ru_dateline
from geo.language.ru.dates import find_dates as find_ru_dates
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of


def _counts(figures):
    return [(f.measure, f.value) for f in figures]


# --- datelines and dates ---

def test_a_breadcrumb_is_no_dateline():
    text = "Asia-Plus\n\nNews / Tajikistan / Security\n\nISFARA, May 15, 2025, Asia-Plus – A farmer has died."
    assert find_dateline(text).place == "ISFARA"
    assert find_ru_dateline("Новости / Таджикистан / Безопасность\n\nИсфара, 15 мая — Озоди. Фермер умер.").place \
        == "Исфара"


def test_a_treaty_s_year_dates_no_event():
    assert find_ru_dates("на участке, который по договору 2025 года отошел Кыргызстану", dt.date(2026, 5, 18)) == []
    assert find_dates("on a plot handed over under the 2025 treaty", dt.date(2026, 5, 18)) == []
    assert find_dates("the treaty of 2025 was ratified", dt.date(2026, 5, 18)) == []
    assert [d.window.kind for d in find_dates("fighting in 2022 killed many", dt.date(2026, 5, 18))] == ["year"]


# --- the number grammar ---

def test_both_alive_is_no_one_dead():
    assert _counts(read_figures("Both are alive and their condition is assessed as moderate")) == [("fatalities", 0)]
    assert _counts(read_ru("Оба живы, состояние средней тяжести")) == [("fatalities", 0)]


def test_people_taken_to_a_school_are_displaced():
    assert _counts(read_figures("Local authorities took about 150 women and children from the streets nearest the "
                                "border to a school in Razzakov")) == [("displaced", 150)]


def test_one_of_a_group_is_described_not_counted():
    figures = read_figures("One of the shepherds, aged 52, suffered a broken arm")
    assert [(f.measure, f.value, f.described) for f in figures] == [("injured", 1, True)]


def test_a_possessive_is_no_person():
    assert _counts(read_figures("The explosions destroyed a shepherd’s hut and a barn and killed 14 sheep")) == []


def test_ru_ribs_and_wounds_are_no_people():
    # (the man himself is hurt, one person described: "у него диагностировали ..." since the forty-ninth session; the
    # two ribs are no people)
    assert _counts(read_ru("у него диагностировали перелом двух ребер и многочисленные ушибы")) == [("injured", 1)]
    assert _counts(read_ru("Мужчина получил два огнестрельных ранения")) == [("injured", 1)]


def test_ru_ordnance_taken_away_is_no_displacement():
    assert _counts(read_ru("специалисты обнаружили еще две неразорвавшиеся мины и одну ручную гранату, которые "
                           "были вывезены и уничтожены")) == []


def test_ru_a_person_told_by_age_and_home_is_described():
    for clause in ("38-летний житель села Андарак получил тяжелое ранение в живот",
                   "Старший брат получил множественные осколочные ранения ног",
                   "Старший из подростков получил осколочные ранения ног"):
        figures = read_ru(clause)
        assert [(f.measure, f.value, f.described) for f in figures] == [("injured", 1, True)], clause


def test_ru_a_beating_told_with_the_pronoun_first():
    assert _counts(read_ru("Мужчину силой увели на кыргызскую сторону, при этом его избили прикладами")) \
        == [("injured", 1)]


def test_ru_one_more_person_after_a_count():
    assert _counts(read_ru("Ранения получили двое местных жителей — мужчина 45 лет и 17-летний юноша, — а также "
                           "23-летний военнослужащий")) == [("injured", 3)]


# --- articles ---

def test_a_victim_s_home_funeral_and_relative_are_no_scenes(geoparser):
    text = ("Asia-Plus\n\nNews / Tajikistan / Security\n\n"
            "ISFARA, May 15, 2025, Asia-Plus – A 58-year-old resident of Navgilem who was wounded by shots from the "
            "Kyrgyz side while working in an orchard in Chilgazi jamoat on Sunday has died in hospital.\n\n"
            "He was buried on Wednesday afternoon in his native Navgilem, some 12 kilometers from the place where "
            "he was shot.\n\n"
            "Two men were wounded on Sunday: the farmer and his 22-year-old nephew, also from Navgilem, who was hit "
            "in the arm.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 5, 15)))
    assert set(found) == {"Chilgazi"}
    assert found["Chilgazi"].date_start == dt.date(2025, 5, 11)


def test_people_who_spent_the_night_with_relatives_were_displaced_from_home(geoparser):
    text = ("Dushanbe (AFP) - A Tajik civilian was killed in a shootout near the village of Khoja-Alo on Monday, "
            "Tajik authorities said Tuesday.\n\n"
            "Kyrgyzstan's border service said its post near the village of Ak-Tatyr had come under fire and one "
            "Kyrgyz serviceman had been wounded.\n\n"
            "About 300 people from Khoja-Alo spent the night with relatives in Isfara, a local official said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 2, 24)))
    assert found["Khoja-Alo"].displaced == 300
    assert found["Ak-Tatyr"].displaced is None
    assert "Isfara" not in found


def test_a_shell_left_over_from_the_fighting_is_no_clash(geoparser):
    text = ("BISHKEK (AKIpress) - Two schoolboys were injured on Saturday when an unexploded shell left over from "
            "the September fighting went off in a field near the village of Kyzyl-Korgon in Batken district, the "
            "ministry said. Both are alive.")
    clash = by_place(incidents_of(geoparser, text, dt.date(2022, 10, 24)))["Kyzyl-Korgon"]
    assert clash.event_types[0] == "casualty_report" and "armed_clash" not in clash.event_types
    assert (clash.fatalities, clash.injured) == (0, 2)


def test_the_post_that_fired_named_with_its_number(geoparser):
    text = ("Batken, March 14 /Kabar/. Servicemen of Tajikistan opened fire on a Kyrgyz road crew near Chek village "
            "on March 13, the Border Service reported.\n\n"
            "According to the Border Service, at about 14:20 on Wednesday servicemen of the Tajik border post "
            "No. 11 \"Lakkon\" fired several shots towards workers who were building a road 1.5 kilometers north "
            "of Chek. No one was hurt.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 14)))
    assert set(found) == {"Chek"}
    assert (found["Chek"].fatalities, found["Chek"].injured) == (0, 0)


def test_one_of_a_side_s_people_told_without_the_side(geoparser):
    text = ("Two Kyrgyz shepherds were beaten on Monday by a group of men who had crossed from the Tajik side onto "
            "a pasture in the south of Kadamjay district, the aiyl okmotu said. One of the shepherds, aged 52, "
            "suffered a broken arm.")
    assert by_place(incidents_of(geoparser, text, dt.date(2025, 10, 21)))["Kadamjay District"].injured == 2


def test_ru_a_victim_told_by_age_and_home_after_the_fight(geoparser):
    text = ("Один из двух чабанов, получивших огнестрельные ранения на границе, скончался в больнице.\n\n"
            "Как сообщалось, во вторник, 3 июня, на пастбище примерно в четырех километрах от села Ак-Суу "
            "Лейлекского района с таджикской стороны был открыт огонь по двум чабанам. Оба получили ранения.\n\n"
            "38-летний житель села Андарак получил тяжелое ранение в живот. В пятницу вечером он скончался.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 6, 7), lang="ru"))
    assert set(found) == {"Ak-Suu"}
    assert found["Ak-Suu"].date_start == dt.date(2025, 6, 3)
    assert found["Ak-Suu"].fatalities == 1


def test_ru_a_blast_near_a_village_and_an_older_case_in_the_last_paragraph(geoparser):
    text = ("Дароот-Коргон, 22 апреля /Кабар/. В воскресенье на пастбище в двух километрах от села Кара-Шыбак "
            "двое подростков получили ранения при взрыве неразорвавшейся мины. Погибших нет.\n\n"
            "Это уже второй подобный случай: в октябре 2023 года саперы обезвредили снаряд, найденный "
            "школьниками на окраине села Кызыл-Эшме, тогда никто не пострадал.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 22), lang="ru"))
    assert set(found) == {"Kara-Shibak"}
    assert (found["Kara-Shibak"].fatalities, found["Kara-Shibak"].injured) == (0, 2)


def test_ru_an_official_s_seat_is_no_scene(geoparser):
    text = ("Радио Озоди. В ночь на среду окраина села Гульхона Джаббар-Расуловского района попала под обстрел.\n\n"
            "Как рассказал Озоди представитель хукумата района в Мехрободе, стрельба началась около 23:30 во "
            "вторник. Погибших нет.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2023, 8, 23), lang="ru"))) == {"Gulkhona"}


def test_ru_a_protest_over_land_the_treaty_gave_is_news(geoparser):
    text = ("## Суббота, 16 мая. Ак-Татыр\n\n"
            "Около 150 жителей села Ак-Татыр Баткенского района на четыре часа перекрыли дорогу у въезда в село. "
            "Так они протестовали против забора на участке, который по договору 2025 года отошел Кыргызстану. "
            "Никто не пострадал.")
    protest = by_place(incidents_of(geoparser, text, dt.date(2026, 5, 18), lang="ru"))["Ak-Tatyr"]
    assert (protest.fatalities, protest.injured) == (0, 0)


# --- second-hand and retold reporting (blind batch 59) ---

def test_a_rumour_denied_as_untrue_is_no_incident(geoparser):
    text = ("Kyrgyz and Tajik authorities have denied reports of a shooting near the Tajik exclave of Vorukh that "
            "spread on social networks overnight.\n\n"
            "The post read: \"URGENT!!! Tonight at 01:10 shooting started near Ak-Sai from the side of Vorukh. "
            "There are wounded, ambulances are going to Batken.\"\n\n"
            "The press service of the plenipotentiary representative said on Tuesday morning that \"the "
            "information is not true\". \"No shooting took place on the night of 21-22 October. No one was "
            "wounded,\" the statement said.")
    assert incidents_of(geoparser, text, dt.date(2024, 10, 22)) == []


def test_ru_shelling_rumour_explained_by_blasting(geoparser):
    text = ("Власти опровергли сообщения об артиллерийском обстреле поселка Шураб в Исфаринском районе. Взрывы, "
            "которые слышали жители, были плановыми взрывными работами на угольном разрезе.\n\n"
            "Во вторник Telegram-канал утверждал, что «кыргызская сторона ведет огонь по Шурабу, есть погибшие».\n\n"
            "«Никаких обстрелов не было, пострадавших нет», – цитирует агентство чиновника.")
    assert incidents_of(geoparser, text, dt.date(2026, 1, 21), lang="ru") == []


def test_a_telegram_figure_gives_way_to_the_official_one(geoparser):
    text = ("ASTANA. KAZINFORM - Two residents of the Tajik city of Isfara were wounded by gunfire from the "
            "Kyrgyz side at the Somoniyon mahalla of Chorku jamoat on Wednesday, Tajik media reported.\n\n"
            "Some Telegram channels wrote on Wednesday about three wounded, but Asia-Plus later quoted the head "
            "of the Chorku jamoat as confirming two.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 12)))
    assert set(found) == {"Chorkuh"}
    assert found["Chorkuh"].injured == 2


def test_ru_a_telegram_figure_the_ministry_did_not_confirm(geoparser):
    text = ("ВЕДУЩИЙ: Вчера вечером в Баткенской области была слышна стрельба. По первым сообщениям местных "
            "телеграм-каналов, погибли три человека.\n\n"
            "КОРРЕСПОНДЕНТ: Как сообщили сегодня утром в Пограничной службе, перестрелка началась накануне у "
            "села Кулунду Лейлекского района. По данным ведомства, погиб один человек. Еще двое жителей Кулунду "
            "ранены. Сведения о трех погибших, которые вчера вечером разошлись по соцсетям, в ведомстве не "
            "подтвердили.\n\n"
            "По данным местного аймака, около 300 жителей Кулунду сами выехали на ночь к родственникам в Раззаков.")
    clash = by_place(incidents_of(geoparser, text, dt.date(2023, 11, 14), lang="ru"))["Kulundu"]
    assert (clash.fatalities, clash.injured, clash.displaced) == (1, 2, 300)


def test_a_briefing_in_the_regional_center_is_no_scene(geoparser):
    text = ("BISHKEK, June 19 (Xinhua) -- One Kyrgyz border guard was killed in an exchange of fire with Tajik "
            "servicemen on Tuesday, the governor of Kyrgyzstan's Batken region said Wednesday.\n\n"
            "Speaking at a briefing in the regional center Batken, the plenipotentiary representative of the "
            "government in the region said the Ak-Tatyr border outpost had reported at 17:40 on Tuesday that "
            "\"Tajik servicemen opened fire from small arms at a Kyrgyz border detail\".")
    assert "Batken" not in by_place(incidents_of(geoparser, text, dt.date(2024, 6, 19)))


def test_ru_an_anniversary_retells_the_past_war(geoparser):
    text = ("Госагентство «Кабар» вчера опубликовало заявление акима: «сегодня около 18:00 у арыка на окраине "
            "села Чек» произошла драка между жителями Чека и соседнего таджикского села. Пострадали четверо "
            "жителей Чека.\n\n"
            "«Кабар» напоминает, что вчера исполнилось три года со дня окончания боевых действий в сентябре "
            "2022 года: тогда, 14–17 сентября, по официальным данным, погибли 63 гражданина Кыргызстана, из "
            "Баткенской области были эвакуированы около 136 тысяч человек.")
    for incident in incidents_of(geoparser, text, dt.date(2025, 9, 18), lang="ru"):
        assert incident.fatalities in (None, 0) and incident.displaced is None


def test_ru_a_quoted_today_is_the_day_of_the_quoted_report(geoparser):
    text = ("Первым о конфликте написал Kaktus.media. В публикации, вышедшей во вторник в 20:50, издание со "
            "ссылкой на акима сообщало, что драка началась «сегодня около 19:30» у распределительного шлюза на "
            "окраине села Арка. В ход пошли камни и палки, пострадали четверо.")
    brawl = by_place(incidents_of(geoparser, text, dt.date(2023, 6, 28), lang="ru"))["Arka"]
    assert brawl.date_start == dt.date(2023, 6, 27)


def test_a_quoted_yesterday_counts_from_the_statement_s_day(geoparser):
    text = ("On Sunday, 14 April, the Border Service of the State Committee for National Security (GKNB) "
            "published a statement saying that \"yesterday at about 19:50\" shots were fired from the Tajik side "
            "at the outskirts of the village of Kara-Bak, and that a resident was wounded in the arm.")
    clash = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 16)))["Kara-Bak"]
    assert clash.date_start == dt.date(2024, 4, 13)


def test_ru_a_hospital_s_town_in_brackets_is_no_scene(geoparser):
    text = ("В понедельник на окраине села Кызыл-Эшме Чон-Алайского района взорвался неразорвавшийся снаряд, "
            "ранен местный житель. Раненый доставлен в Чон-Алайскую районную больницу (с. Дароот-Коргон), его "
            "состояние средней тяжести.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2025, 6, 10), lang="ru"))) == {"Kyzyl-Eshme"}


def test_ru_a_life_lost_is_a_death():
    assert _counts(read_ru("один пастух 58 лет, гражданин Таджикистана, потерял свою жизнь.")) == [("fatalities", 1)]


def test_a_fact_check_keeps_the_real_event_and_drops_the_claim(geoparser):
    text = ("Claim: On Monday a Telegram channel wrote that \"Tajik troops opened fire on the village of "
            "Kyzyl-Bel, five residents killed\".\n\n"
            "Verdict: MISLEADING. A shooting did take place, but not in Kyzyl-Bel, and no one was killed.\n\n"
            "On Sunday, 14 April, the Border Service published a statement saying that \"yesterday at about "
            "19:50\" shots were fired from the Tajik side at the outskirts of the village of Kara-Bak, and that "
            "a 29-year-old resident of Kara-Bak was wounded in the arm.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 16)))
    assert set(found) == {"Kara-Bak"}
    assert found["Kara-Bak"].fatalities in (None, 0) and found["Kara-Bak"].injured == 1


def test_a_fact_check_with_nothing_real_still_drops_everything(geoparser):
    text = ("Claim: a video shows shelling of Ak-Sai this week, with three dead.\n\n"
            "Verdict: FALSE. The video was filmed in September 2022. There was no shelling.")
    assert incidents_of(geoparser, text, dt.date(2024, 4, 16)) == []


def test_a_press_review_s_quoted_headline_is_no_scene_of_its_own(geoparser):
    text = ("**1. 24.kg** (\"Four residents of Beshkent injured in mass brawl with Tajik neighbours\", Tuesday, "
            "09:12). Citing the district administration, 24.kg reported that a brawl broke out on Monday evening "
            "near Beshkent. Four residents of Beshkent were injured.")
    found = incidents_of(geoparser, text, dt.date(2025, 8, 6))
    assert [(i.place.name, i.date_start) for i in found] == [("Beshkent", dt.date(2025, 8, 4))]


def test_a_department_in_a_town_speaks(geoparser):
    text = ("MOSCOW, March 3 (TASS) - A Kyrgyz border guard was wounded when a drone dropped an explosive device on "
            "a border outpost near the village of Kara-Shivak in the Chon-Alai district overnight, the Border "
            "Service told TASS, citing the Southern regional border department in Osh.")
    assert "Osh" not in by_place(incidents_of(geoparser, text, dt.date(2026, 3, 3)))


def test_a_landmark_beside_the_scene_and_an_earlier_relatives_figure(geoparser):
    text = ("PRESENTER: Last night a car with a family inside was pelted with stones on the bypass road near "
            "Ak-Sai, next to the Tajik exclave of Vorukh. Two people were injured.\n\n"
            "CORRESPONDENT: At the edge of Ak-Sai, some 300 meters from the first houses of Vorukh, a group of "
            "young men blocked the road and threw stones at the car.\n\n"
            "CORRESPONDENT: Earlier today Kaktus.media, citing relatives, reported that three people had been "
            "injured. But the hospital told us that only two were admitted.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 7, 17)))
    assert set(found) == {"Ak-Sai"}
    assert found["Ak-Sai"].injured == 2


def test_ru_a_revised_count_of_the_people_just_named():
    assert _counts(read_ru("Вначале начальник заставы доложил о троих раненых, по уточненным данным их двое")) \
        == [("injured", 3), ("injured", 2)]


def test_ru_an_aside_between_dashes_and_one_more_person(geoparser):
    text = ("ДУШАНБЕ, 17 ноя — Sputnik. Во вторник кыргызские военнослужащие открыли огонь по жителям села Лаккон "
            "Исфаринского района, которые расчищали канал.\n\n"
            "Ранения получили двое местных жителей — мужчина 45 лет и 17-летний юноша, — а также 23-летний "
            "военнослужащий. Погибших нет.")
    clash = by_place(incidents_of(geoparser, text, dt.date(2021, 11, 17), lang="ru"))["Lakkon"]
    assert (clash.fatalities, clash.injured) == (0, 3)
