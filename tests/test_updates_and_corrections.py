"""Updates, corrections and looking back (blind batches 54 and 55): figures that change within an article,
corrections appended to it, later items about an event told before, and old incidents that return."""

from __future__ import annotations

import datetime as dt

from geo.language.en.numbers import read_figures
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of


def _counts(figures):
    return [(f.measure, f.value) for f in figures]


# --- the number grammar, English ---

def test_a_mother_of_three_is_no_count_of_three():
    assert _counts(read_figures("Officials said a 29-year-old mother of three was killed in her garden")) == []


def test_streets_are_no_count_of_people():
    assert _counts(read_figures("About 90 residents of the three streets nearest the canal spent the night in a "
                                "school in Batken")) == [("displaced", 90)]


def test_no_one_injured_means_no_one_killed_but_no_soldiers_wounded_does_not():
    assert _counts(read_figures("No one was injured.")) == [("fatalities", 0), ("injured", 0)]
    assert _counts(read_figures("No soldiers were wounded.")) == [("injured", 0)]


def test_no_need_to_evacuate_is_a_zero():
    assert _counts(read_figures("There was no need to evacuate residents, officials said.")) == [("displaced", 0)]


def test_a_beating_told_with_a_pronoun_or_a_number():
    assert _counts(read_figures("the guards struck him several times with rifle butts")) == [("injured", 1)]
    assert _counts(read_figures("a group of men beat three herders with sticks")) == [("injured", 3)]


def test_an_age_names_a_person_whatever_the_trade_or_home():
    assert _counts(read_figures("A 51-year-old excavator operator was wounded in the arm")) == [("injured", 1)]
    assert _counts(read_figures("a 20-year-old from Arka suffered a broken arm")) == [("injured", 1)]


def test_part_of_a_total_named_first_counts_the_total():
    assert _counts(read_figures("Two of the six wounded were soldiers and four were civilians")) == [("injured", 6)]


def test_a_part_told_after_its_total_is_no_second_count():
    assert _counts(read_figures("five Kyrgyz residents were hurt, one of them a 70-year-old man who was struck on "
                                "the head by a stone")) == [("injured", 5)]


def test_the_relative_hit_is_one_person_described():
    figures = read_figures("The nephew was hit in the leg")
    assert [(f.measure, f.value, f.described) for f in figures] == [("injured", 1, True)]


def test_the_other_of_two_adds_no_one():
    figures = read_figures("the other, his 31-year-old brother, suffered head injuries")
    assert [(f.measure, f.value, f.additive) for f in figures] == [("injured", 1, False)]


# --- the number grammar, Russian ---

def test_ru_animals_and_explicit_zeros():
    assert read_ru("Три овцы убиты, еще одна ранена.") == []
    assert _counts(read_ru("Никто из людей не пострадал.")) == [("fatalities", 0), ("injured", 0)]
    assert _counts(read_ru("после стрельбы ни одна семья село не покинула")) == [("displaced", 0)]


def test_ru_not_this_count_but_that_one():
    assert _counts(read_ru("ранены не трое, а четверо граждан Кыргызстана")) == [("injured", 4)]


def test_ru_a_toll_of_people_who_received_wounds():
    assert _counts(read_ru("Число жителей села Кулунду, получивших ранения в результате стрельбы в среду, "
                           "возросло до шести.")) == [("injured", 6)]


def test_ru_a_boy_killed_and_groups_joined():
    assert _counts(read_ru("в результате взрыва погиб 9-летний мальчик")) == [("fatalities", 1)]
    assert _counts(read_ru("ранены трое жителей села и один пограничник")) == [("injured", 4)]
    # two villages' counts stay apart
    assert ("displaced", 420) not in _counts(read_ru("дома покинули 300 жителей Сурха и 120 жителей Чоркуха"))


# --- events ---

def test_a_soldier_s_home_district_is_no_scene(geoparser):
    text = ("BISHKEK, June 5 (Reuters) - A Kyrgyz border guard was killed late on Tuesday in an exchange of fire "
            "with Tajik forces near the village of Maksat in Leilek district, the border service said.\n\n"
            "The dead soldier came from the mining town of Aidarken in Batken region's Kadamjay district, where he "
            "will be buried on Thursday.\n\n"
            "In Dushanbe, Tajikistan's border troops said one Tajik serviceman had been wounded.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 5)))
    assert set(found) == {"Maksat"}
    assert found["Maksat"].fatalities == 1 and found["Maksat"].injured == 1


def test_an_anniversary_s_tolls_stay_in_their_year(geoparser):
    text = ("BATKEN, Kyrgyzstan (AP) - Three years ago this week, on September 14, 2022, fighting broke out between "
            "border posts near Kok-Tash.\n\n"
            "By the time a ceasefire held on September 16-17, 63 Kyrgyz citizens had been killed. About 136,000 "
            "people were evacuated from Batken region.\n\n"
            "Officials put their country's toll from that week at 63; whole streets of Ak-Sai were burned.\n\n"
            "On Saturday, September 13, a 16-year-old boy from Ak-Sai was hit on the head by a stone during a fight "
            "between teenagers at a ditch on the edge of the village, police said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 9, 16)))
    assert set(found) == {"Ak-Sai"}
    fight = found["Ak-Sai"]
    assert fight.date_start == dt.date(2025, 9, 13)
    assert fight.injured == 1 and fight.fatalities is None
    assert fight.event_types[0] == "border_incident_protest"


def test_a_later_visit_and_later_treatment_date_no_second_incident(geoparser):
    text = ("DUSHANBE, May 7, 2024, Asia-Plus - The number of people injured in Monday night's shooting in the "
            "village of Khistevarz has risen to three, the health department said on Tuesday.\n\n"
            "According to the department, one more resident of Khistevarz sought medical help on Tuesday morning "
            "with a graze wound to the arm.\n\n"
            "The shooting came from the direction of the Kyrgyz side at about 23:10 on May 6, the border troops "
            "said.\n\n"
            "The district chairman visited the injured in Ghafurov and promised aid to each family.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 7)))
    assert set(found) == {"Khistevarz"}
    assert found["Khistevarz"].injured == 3
    assert found["Khistevarz"].date_start == dt.date(2024, 5, 6)


def test_a_death_days_later_dates_the_shooting_and_counts_the_dead(geoparser):
    text = ("A Kyrgyz shepherd who was shot near the Tajik border last week has died in hospital, his family said "
            "on May 20.\n\n"
            "Bakyt Asanov, 52, died late on May 19 in the Osh regional hospital, four days after he was shot near "
            "the village of Kara-Shibak.\n\n"
            "Asanov and his 15-year-old son were grazing sheep above Kara-Shibak when shots were fired at them at "
            "about 5 p.m. on May 15. The son was hit in the arm; he was discharged on May 17.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 5, 20)))
    assert set(found) == {"Kara-Shibak"}
    shooting = found["Kara-Shibak"]
    assert shooting.date_start == dt.date(2025, 5, 15)
    assert shooting.fatalities == 1 and shooting.injured == 1


def test_a_correction_notice_gives_the_figures_and_an_update_s_earlier_ones_do_not(geoparser):
    corrected = ("DUSHANBE (AP) - Villagers hurled stones at each other in a fight over water on Monday evening at "
                 "the edge of Chorkuh, leaving two people injured, Isfara officials said Tuesday.\n\n"
                 "This story has been corrected. An earlier version of this story said four people were injured. "
                 "Two people were injured.")
    assert by_place(incidents_of(geoparser, corrected, dt.date(2025, 7, 8)))["Chorkuh"].injured == 2
    update = ("BISHKEK, May 14 (Reuters) - Two Kyrgyz citizens were killed and four wounded on Tuesday when border "
              "guards exchanged fire near the village of Kara-Bak, the Kyrgyz health ministry said.\n\n"
              "Earlier on Tuesday the Border Service had said one serviceman had been killed and two people "
              "wounded.")
    clash = by_place(incidents_of(geoparser, update, dt.date(2024, 5, 14)))["Kara-Bak"]
    assert (clash.fatalities, clash.injured) == (2, 4)


def test_a_digest_s_items_are_read_one_by_one(geoparser):
    text = ("# Border week\n\n"
            "BISHKEK (AKIpress) - AKIpress sums up the week of April 13-17 on the border.\n\n"
            "**Monday, April 13.** A 40-year-old road worker was wounded in the leg near Ak-Suu village of Leilek "
            "district, the Border Service said. It said the single shot came from the direction of the Tajik side.\n\n"
            "**Wednesday, April 15.** A fight over a hayfield on the edge of Katran left two residents of Katran "
            "injured. One resident of the Vorukh exclave was hurt in the same fight, which involved about 20 people "
            "armed with sticks and pitchforks.\n\n"
            "Also on Wednesday, three people were killed when a minibus collided with a truck on the Sulukta road.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 18)))
    assert set(found) == {"Ak-Suu", "Katran"}
    assert found["Ak-Suu"].event_types[0] == "armed_clash"
    fight = found["Katran"]
    assert fight.event_types[0] == "border_incident_protest"
    assert fight.injured == 3 and fight.fatalities is None


def test_a_denied_drone_strike_explained_by_a_short_circuit_is_no_incident(geoparser):
    text = ("Khujand (AFP) - Officials on Wednesday denied reports that a drone had struck a depot near the village "
            "of Zarkhok, where posts said \"dozens\" had been wounded.\n\n"
            "\"There was no drone, no shooting, nobody was killed or wounded,\" the district said. A barn caught fire "
            "after a short circuit, it said.")
    assert incidents_of(geoparser, text, dt.date(2024, 3, 20)) == []


def test_a_verdict_over_a_month_long_past_is_no_incident(geoparser):
    text = ("Prosecutors in Batken region have opened a case over an attack on two shepherds last summer that was "
            "not made public at the time.\n\n"
            "According to prosecutors, on July 18, 2025, a group of men who had come from the Tajik side beat two "
            "shepherds with sticks at a pasture in the south of Kadamjay district.\n\n"
            "The case is the second this winter in which authorities have returned to a border incident months "
            "later. In December, the Batken regional court upheld a 10-year sentence for a man who fired at a "
            "Kyrgyz patrol near Andarak in October 2024, wounding a private.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 1, 22)))
    assert set(found) == {"Kadamjay District"}
    # the old shooting's shots are background: the beating with sticks is no armed clash
    assert found["Kadamjay District"].event_types[0] == "border_incident_protest"
    assert found["Kadamjay District"].injured == 2


def test_ru_a_digest_s_later_reports_about_a_fight_keep_its_day(geoparser):
    text = ("# Неделя на границе\n\n"
            "**Понедельник, 1 июня.** Около 11:00 на пастбище у села Кара-Шыбак произошла драка между кыргызскими и "
            "таджикскими чабанами. По первым данным, пострадали двое граждан Кыргызстана.\n\n"
            "**Среда, 3 июня.** Пограничные войска Таджикистана сообщили о драке на пастбище у Кара-Шыбака: по их "
            "данным, пострадал один житель Таджикистана.\n\n"
            "**Четверг, 4 июня.** Погранслужба уточнила данные о драке у Кара-Шыбака: пострадали не двое, а трое "
            "граждан Кыргызстана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 6, 6), lang="ru"))
    assert set(found) == {"Kara-Shibak"}
    fight = found["Kara-Shibak"]
    assert fight.date_start == dt.date(2026, 6, 1)
    assert fight.injured == 4


def test_ru_another_victim_after_the_dead_is_not_another_wounded(geoparser):
    text = ("БИШКЕК, 14 июн — Sputnik. Накануне вечером у села Катран произошла перестрелка. Погиб гражданин "
            "Кыргызстана, ранен военнослужащий.\n\n"
            "Смертельное ранение получил 50-летний житель Катрана. Он скончался до прибытия скорой помощи. Еще один "
            "пострадавший — 20-летний рядовой — ранен в плечо.")
    clash = by_place(incidents_of(geoparser, text, dt.date(2023, 6, 14), lang="ru"))["Katran"]
    assert (clash.fatalities, clash.injured) == (1, 1)


def test_ru_a_live_page_s_mistaken_figure_and_closed_crossing(geoparser):
    text = ("Перестрелка у Самаркандыка. Онлайн\n\n"
            "19:45 Исправление. В записи от 17:30 мы по ошибке указали, что из Самаркандыка эвакуированы 1 300 "
            "человек. Правильная цифра — 300.\n\n"
            "17:30 Полпредство: из Самаркандыка эвакуированы 300 человек.\n\n"
            "14:00 Погранслужба ГКНБ подтвердила, что около 13:15 таджикские военнослужащие открыли огонь по "
            "кыргызскому наряду у Самаркандыка. Работа пункта пропуска «Кызыл-Бел» приостановлена.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 3, 17), lang="ru"))
    assert set(found) == {"Samarkandyk"}
    assert found["Samarkandyk"].displaced == 300


def test_ru_where_fire_and_a_load_came_from_are_no_scenes(geoparser):
    text = ("ДУШАНБЕ, 14 сен — Sputnik. В ночь на вторник с кыргызской стороны, от села Кулунду, была открыта "
            "стрельба по окраине Овчи-Калачи. «Никто не пострадал», — говорится в сообщении.\n\n"
            "В пятницу грузовой автомобиль, перевозивший уголь из Сулюкты, был обстрелян у села Тогуз-Булак.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 9, 14), lang="ru"))
    assert "Kulundu" not in found and "Sulukta" not in found
    assert found["Ovchi-Kalacha"].injured == 0


def test_ru_a_video_re_uploaded_is_a_false_alarm(geoparser):
    text = ("Около 21:40 понедельника в Telegram-каналах появилось видео с подписью «В Ворухе снова стреляют, есть "
            "погибшие». Один из каналов добавил, что «погибли двое, ранены пятеро».\n\n"
            "«В понедельник в Ворухе было спокойно, никакой стрельбы не было», — сказал председатель джамоата.\n\n"
            "Видео полностью совпадает с кадрами, снятыми 29 апреля 2021 года на дороге у Ворухa. Ролик был просто "
            "перезалит с новой подписью.")
    assert incidents_of(geoparser, text, dt.date(2024, 4, 30), lang="ru") == []


def test_a_day_without_its_month_is_the_latest_such_day():
    from geo.language import pack_for

    published = dt.date(2022, 12, 20)
    english = pack_for("en").find_dates("On the night of the 12th, shots hit the post; the 11th round of talks",
                                        published)
    assert [d.window.start for d in english] == [dt.date(2022, 12, 12)]
    russian = pack_for("ru").find_dates("В ночь на 28-е по посту 12-го батальона открыли огонь", published)
    assert [d.window.start for d in russian] == [dt.date(2022, 11, 28)]


def test_herders_grabbed_by_border_guards_in_an_interview(geoparser):
    text = ("RFE/RL: How has this summer been?\n\n"
            "Mamyrov: Mostly calm. But it happened the day before yesterday, on Monday. Two of our herders from "
            "Kara-Shybak were grabbed by Tajik border guards on the pasture right above the village. The older one "
            "says they beat him with rifle butts.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 25)))
    assert set(found) == {"Kara-Shibak"}
    assert found["Kara-Shibak"].event_types[0] == "border_incident_protest"
    assert found["Kara-Shibak"].injured == 1


def test_the_day_before_yesterday():
    from geo.language import pack_for

    dates = pack_for("en").find_dates("it happened the day before yesterday", dt.date(2023, 8, 25))
    assert [(d.window.start, d.window.end) for d in dates] == [(dt.date(2023, 8, 23), dt.date(2023, 8, 23))]
