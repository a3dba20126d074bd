"""Several incidents in one piece and the days they belong to (blind batch 81, studied after its blind measure):
weekly and monthly reviews, numbered digests, chronologies and "what we know" explainers, each item with its
own day, place and figures; an item found false beside items that stand; a week's total that belongs to no
item; and the smaller readings those pieces need (a two-digit year after a month's name, a range of days, a
weapon told in the next sentence, a fight told in the sentence before)."""

from __future__ import annotations

import datetime as dt

from geo.articles.dates import parse_date
from geo.incidents.events import clause_types
from geo.incidents.scope import news_window_days
from geo.language import pack_for
from geo.language.en.numbers import read_figures as read_en
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of

EN, RU = pack_for("en"), pack_for("ru")


# --- Items and their days ---

def test_a_numbered_heading_with_its_weekday_dates_its_item(geoparser):
    text = ("Border week in review\n\n"
            "The district administration has compiled the week's events on the border.\n\n"
            "1. Monday, March 4.\n\n"
            "A quarrel over the canal in Kok-Tash turned into a brawl with stones; three residents were hurt.\n\n"
            "2. Wednesday, March 6.\n\n"
            "A Kyrgyz patrol near Samarkandyk came under automatic fire. Nobody was hurt.\n\n"
            "4. Also this week\n\n"
            "Each of the injured residents of Kok-Tash will receive 10,000 soms from the district fund.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 9)))
    assert found["Kök-Tash"].date_start == found["Kök-Tash"].date_end == dt.date(2024, 3, 4)
    assert found["Samarkandyk"].date_start == dt.date(2024, 3, 6)


def test_the_first_count_told_again_does_not_undo_the_other_sides_addition(geoparser):
    text = ("A dispute over the canal in Kok-Tash turned into a mass brawl between residents of Kok-Tash and the "
            "neighbouring Tajik village of Khoja-Alo on Monday. Three residents of Kok-Tash were injured.\n\n"
            "The Isfara city administration said on Tuesday that two residents of Khoja-Alo had also been hurt "
            "by stones.\n\n"
            "\"Three people were injured, and all of them are in a stable condition,\" the district press "
            "service said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 22)))
    assert found["Kök-Tash"].injured == 5


def test_a_place_between_the_home_of_the_hurt_and_another_village_is_one_scene(geoparser):
    text = ("A 47-year-old shepherd from Ak-Sai was wounded in the leg by a shot on the pasture between Ak-Sai and "
            "the Tajik enclave of Vorukh overnight into Friday, the aiyl okmotu said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 25)))
    assert set(found) == {"Ak-Sai"}


def test_a_monthly_review_published_days_after_its_month_keeps_the_months_first_days(geoparser):
    text = ("The ombudsman has published its monthly review of the situation in the border jamoats for August.\n\n"
            "**August 3, Chorkuh.** A 15-year-old boy from Chorkuh was injured when an unexploded mortar shell he "
            "had found in a field went off.\n\n"
            "**August 11, Vorukh.** Kyrgyz border guards detained two residents of Vorukh.\n\n"
            "**August 19, Chilgazi.** Unknown persons set fire to 35 haystacks on the outskirts of Chilgazi. No "
            "one was injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 9, 5)))
    assert found["Chorkuh"].date_start == dt.date(2023, 8, 3)
    assert found["Chorkuh"].injured == 1
    # the zero of one item says nothing of another's
    assert found["Chorkuh"].fatalities is None


def test_a_false_item_of_a_review_goes_and_its_toll_with_it_while_the_others_stand(geoparser):
    text = ("The ombudsman has published its monthly review of the situation in the border jamoats for August.\n\n"
            "**August 11, Vorukh.** Kyrgyz border guards detained two residents of Vorukh and beat one of them, "
            "who needed treatment at the Vorukh hospital.\n\n"
            "**August 19, Chilgazi.** Unknown persons set fire to 35 haystacks on the outskirts of Chilgazi. No one "
            "was injured.\n\n"
            "**August 24, Surkh.** Telegram channels reported that a resident of Surkh had been shot dead by Kyrgyz "
            "border guards. The office says the man died of a heart attack and his body bore no wounds. \"There was "
            "no shooting in Surkh on that day,\" the review says.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 9, 5)))
    assert set(found) == {"Vorukh", "Chilgazi"}
    assert found["Chilgazi"].fatalities in (None, 0)


def test_a_denial_that_names_its_village_leaves_the_stories_told_of_others(geoparser):
    text = ("Shooting near Andarak and Toguz-Bulak: what we know so far\n\n"
            "On Tuesday an exchange of fire broke out near the village of Andarak. Two Kyrgyz servicemen were "
            "wounded.\n\n"
            "A video that spread on WhatsApp on Tuesday night, said to show a house on fire in Ak-Suu village after "
            "shelling, was filmed in September 2022, the district administration said. \"There was no shooting in "
            "Ak-Suu,\" it stressed.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 9)))
    assert set(found) == {"Andarak"}
    assert found["Andarak"].injured == 2


def test_a_fact_check_whose_denial_names_the_border_still_finds_nothing(geoparser):
    text = ("Blasts near Konibodom: officials explain\n\n"
            "Residents of Konibodom who heard several explosions on Tuesday need not worry: no incidents took place "
            "on the Tajik-Kyrgyz border. Planned blasting works were carried out on the Konibodom - Isfara road.")
    assert incidents_of(geoparser, text, dt.date(2025, 10, 8)) == []


def test_a_digest_with_headed_items_sets_aside_only_its_false_item(geoparser):
    text = ("Border round-up\n\n"
            "## 1. Brawl over water in Uch-Bulak\n\n"
            "Residents of the Leilek District village of Uch-Bulak clashed with Tajik citizens over irrigation water "
            "on 16 March. Two Kyrgyz residents were injured by stones.\n\n"
            "## 2. Shooting near Sulukta denied\n\n"
            "The Border Service denied reports of a shootout near the town of Sulukta. \"No shooting took place. The "
            "sounds residents heard were blasting at the coal mine,\" it said.\n\n"
            "## 3. Court case\n\n"
            "A court in Batken sentenced a Tajik citizen to eight years in prison.\n\n"
            "## 4. Talks\n\n"
            "Officials met in Khujand on 17 March.\n\n"
            "## 5. Trade\n\n"
            "The Kyzyl-Bel crossing reopened for trucks.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 3, 18)))
    assert set(found) == {"Churbek"}
    assert found["Churbek"].injured == 2


def test_a_district_named_before_the_kind_of_place_locates_the_village(geoparser):
    parsed = geoparser.parse(__import__("geo.articles", fromlist=["Article"]).Article(
        id="t", text="Residents of the Leilek District village of Uch-Bulak clashed with Tajik citizens.",
        date=dt.date(2023, 3, 18)))
    roles = {m.text: m.role for m in parsed.mentions if m.place is not None}
    assert roles["Uch-Bulak"] == "incident"
    assert roles["Leilek District"] == "context"


def test_a_weeks_total_of_the_hurt_goes_to_no_item(geoparser):
    text = ("Погранслужба подвела итоги недели.\n\n"
            "Во вторник, 10 октября, у села Кызыл-Бел таджикские военнослужащие открыли огонь по пограничному "
            "наряду. Ранен один пограничник.\n\n"
            "В ночь со среды на четверг, 11–12 октября, у села Самаркандык произошла массовая драка между жителями "
            "Самаркандыка и соседнего таджикского села Сурх. Жители обвиняют друг друга в том, что ночью перекрыли "
            "арык.\n\n"
            "Двое жителей Самаркандыка получили травмы головы. По информации таджикской стороны, пострадал также "
            "один житель Сурха.\n\n"
            "В сводке отмечается, что за неделю на границе пострадали четыре человека.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 16), "ru"))
    assert found["Kyzyl-Bel"].injured == 1
    # the night's own paragraph dates it («ночью» is that night), and each side's count adds up
    assert found["Samarkandyk"].date_start == dt.date(2023, 10, 11)
    assert found["Samarkandyk"].injured == 3


def test_a_seasons_review_named_in_the_headline_keeps_its_summer_items(geoparser):
    from geo.articles import Article
    from geo.incidents.build import build_incidents
    text = ("Летом на границе в Чон-Алайском районе было неспокойно.\n\n"
            "В понедельник, 28 июля, на пастбище у села Кара-Шыбак чабаны из Кара-Шыбака и таджикского села "
            "Каракенджа не поделили участок. Дело дошло до драки с палками и камнями, травмы получили трое "
            "кыргызских чабанов.")
    article = Article(id="t", text=text, date=dt.date(2025, 9, 2), lang="ru",
                      title="Драки и слухи. Что происходило этим летом на границе в Чон-Алае")
    found = by_place(build_incidents([geoparser.parse(article)]).incidents)
    assert found["Kara-Shibak"].date_start == dt.date(2025, 7, 28)
    assert news_window_days(text, RU, article.title) > news_window_days(text, RU)


def test_a_summing_up_of_a_month_is_a_review():
    assert news_window_days("Chong-Alay district sums up July on the border: two incidents", EN) > 14
    assert news_window_days("В Чон-Алайском районе подвели итоги июля на границе", RU) > 14


# --- Who counts whose people ---

def test_a_border_body_that_speaks_for_its_side_claims_the_other_sides_dead(geoparser):
    text = ("On Tuesday bullets fired from the Tajik side hit two houses in Ak-Tatyr; a resident was wounded in the "
            "arm.\n\n"
            "The Border Service of the State Committee for National Security said on Friday that, according to its "
            "information, the Tajik side had lost two servicemen killed in the exchange near Ak-Tatyr.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 7, 22)))
    assert found["Ak-Tatyr"].fatalities is None
    assert found["Ak-Tatyr"].injured == 1


def test_a_lists_sum_around_one_sides_part_stays_the_total(geoparser):
    text = ("Tajikistan's Border Troops said Kyrgyz forces shelled the Tajik village of Chilgazi on Saturday, wounding "
            "two Tajik border guards and a 14-year-old girl.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 5, 16)))
    assert found["Chilgazi"].injured == 3
    both = read_en("killing two Tajik servicemen and a Kyrgyz border guard")
    assert sorted((f.value, f.side) for f in both) == [(1, "KG"), (2, "TJ"), (3, None)]


def test_a_speakers_own_herders_are_its_sides(geoparser):
    text = ("On July 6, herders from Lakhsh district drove sheep across the line onto the Kyzyl-Eshme pastures. An "
            "argument with local herders turned into a fight, in which two Kyrgyz herders were injured. The Lakhsh "
            "district administration told Tajik media that one of its herders had suffered a broken arm.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 7, 8)))
    assert found["Kyzyl-Eshme"].injured == 3


def test_the_other_militarys_losses_said_by_one_side_are_a_claim():
    from geo.language.ru.cues import SIDE_LOSSES
    assert SIDE_LOSSES.search("по ее данным, у таджикских военных есть потери - не менее трех раненых")


# --- Scenes ---

def test_a_fight_told_without_a_place_takes_the_pasture_named_just_before(geoparser):
    text = ("On July 14, herders from Lakhsh district drove about 1,500 sheep across the line onto the Kyzyl-Eshme "
            "pastures. An argument with local herders turned into a fight, in which two Kyrgyz herders were "
            "injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 7, 20)))
    assert set(found) == {"Kyzyl-Eshme"}
    assert found["Kyzyl-Eshme"].injured == 2


def test_the_home_of_people_hurt_as_a_result_of_the_event_before_is_no_scene(geoparser):
    text = ("Today, at about 17:30, at the Ak-Terek pasture in the south of Kadamjay district, a group of citizens "
            "of Tajikistan threw stones at Kyrgyz shepherds. As a result, two shepherds, residents of the town of "
            "Aidarken, received bodily injuries.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 2)))
    assert "Aidarken" not in found
    assert found["Kadamjay District"].injured == 2


def test_a_toll_that_results_from_the_brawl_before_is_the_brawls(geoparser):
    text = ("On August 9, citizens of the Kyrgyz Republic tried to drive cattle onto the pastures of Surkh jamoat. "
            "When local residents tried to stop them, the Kyrgyz citizens threw stones at them. As a result, two "
            "residents of Surkh received bodily injuries.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 8, 16)))
    assert found["Surkh"].event_type == "border_incident_protest"
    assert found["Surkh"].injured == 2


def test_a_shell_told_in_the_next_sentence_makes_the_shooting_shelling(geoparser):
    text = ("Overnight into Wednesday, the shooting resumed near Toguz-Bulak. At around 02:00, according to the "
            "Leilek district administration, a mortar shell hit a barn on the edge of the village.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 9)))
    assert found["Toguz-Bulak"].event_type == "shelling_artillery"


def test_a_commemoration_of_the_dead_of_a_past_year_is_no_event(geoparser):
    text = "On Monday, relatives gathered at the memorial in Kok-Tash to remember the 36 Kyrgyz citizens killed in 2021."
    assert incidents_of(geoparser, text, dt.date(2026, 4, 28)) == []


def test_a_chronicle_of_past_conflicts_reports_nothing_new(geoparser):
    text = ("Радио Озоди вспоминает, как Ворух и соседние села на протяжении последних лет становились точкой "
            "столкновений.")
    assert incidents_of(geoparser, text, dt.date(2025, 3, 14), "ru") == []
    assert RU.retrospective.search("Ворух: хроника конфликтов")


def test_a_village_said_not_to_be_shelled_is_no_scene(geoparser):
    text = ("В ночь на понедельник обстрел из минометов продолжался до 04:00.\n\n"
            "Катран. Погиб один житель, который поливал поле на окраине села.\n\n"
            "Коргон. Обстрелу не подвергался.\n\n"
            "Во вторник в акимиате уточнили: погибший находился на поле на окраине Катрана, в Коргоне обстрела не "
            "было.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 6, 14), "ru"))
    assert "Korgon" not in found
    assert found["Katran"].fatalities == 1


def test_a_protest_note_about_a_shelling_told_before_is_no_new_event(geoparser):
    text = ("Около 11:00 кыргызская сторона применила минометы: мины разорвались на окраине села Сурх. Погибли двое "
            "граждан Таджикистана.\n\n"
            "5 июня по состоянию на 15:00 на участке спокойно. Министерство иностранных дел Таджикистана вручило "
            "кыргызской стороне ноту протеста в связи с обстрелом Сурха.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 5), "ru")
    assert [i.place.name for i in found] == ["Surkh"]
    assert found[0].fatalities == 2


def test_a_protest_note_that_first_reports_its_event_keeps_it(geoparser):
    text = ("Tajikistan's Ministry of Foreign Affairs today handed a note of protest to the Kyrgyz embassy over a shot "
            "fired from the Kyrgyz side at a civilian car in Konibodom district on Sunday. No one was hurt.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 11)))
    assert set(found) == {"Konibodom District"}


def test_shots_into_the_air_fight_no_one():
    assert clause_types("Пограничники произвели предупредительные выстрелы в воздух, чтобы остановить граждан "
                        "Таджикистана.", RU) == []
    assert clause_types("The servicemen fired warning shots into the air.", EN) == []
    assert "armed_clash" in clause_types("Пограничники произвели предупредительные выстрелы в воздух, а затем "
                                         "открыли огонь по нарушителям.", RU)


def test_a_summer_without_shooting_and_a_fire_not_returned_are_no_fighting():
    assert clause_types("Летом на кыргызско-таджикской границе в Чон-Алайском районе не стреляли.", RU) == []
    assert "armed_clash" in clause_types("Никто не стрелял, но потом началась перестрелка.", RU)


def test_people_evacuated_because_of_shelling_of_neighbouring_villages_were_not_shelled():
    assert clause_types("Из-за обстрела соседних сел из Тогуз-Булака в Раззаков вывезены 340 жителей.", RU) == [
        "evacuation_displacement"]


# --- Readings ---

def test_bbc_monitorings_two_digit_year_after_the_month():
    assert parse_date("18 Mar 23").date() == dt.date(2023, 3, 18)
    days = [d.window.start for d in EN.find_dates("(Source: Asia-Plus website, in Russian 1130 gmt 17 Mar 23)",
                                                  dt.date(2023, 3, 18))]
    assert days == [dt.date(2023, 3, 17)]
    # only at the end of a line or before a bracket: "on 16 May 23 people were hurt" names no year 2023
    assert all(d.window.start.year == 2023 and d.window.text != "16 May 23"
               for d in EN.find_dates("on 16 May 23 people were hurt", dt.date(2023, 5, 28)))


def test_a_list_joined_by_a_comma_after_another_measures_count_is_no_coordination():
    figures = read_en("Officials evacuated 300 residents, two were wounded")
    assert [(f.measure, f.value) for f in figures] == [("displaced", 300), ("injured", 2)]


def test_a_russian_range_of_days_with_po():
    found = RU.find_dates("С 21 по 24 июля жители перекрывали дорогу", dt.date(2025, 8, 1))
    assert [(d.window.start, d.window.end) for d in found] == [(dt.date(2025, 7, 21), dt.date(2025, 7, 24))]


def test_the_end_of_a_range_of_days_is_no_count():
    figures = read_en("On the night of August 11 to 12, Kyrgyz border guards detained two residents of Vorukh.")
    assert [(f.measure, f.value) for f in figures] == [("detained", 2)]


def test_a_number_word_inside_another_word_is_no_number():
    assert [(f.measure, f.value) for f in read_en("They had beaten one of them.")] == [("injured", 1)]
    figures = read_en("Border guards had detained two residents and had beaten one of them, a 29-year-old man.")
    assert [(f.measure, f.value) for f in figures] == [("detained", 2), ("injured", 1)]


def test_bodily_injuries_and_the_citizen_hurt():
    assert [(f.measure, f.value) for f in read_en("As a result, the citizen suffered bodily injuries.")] == [
        ("injured", 1)]
    assert [(f.measure, f.value) for f in read_en("two residents of Surkh received bodily injuries")] == [
        ("injured", 2)]


def test_people_taken_by_bus_to_relatives_and_moved_as_a_precaution_are_displaced():
    assert "evacuation_displacement" in clause_types(
        "Officials took 212 women, children, and elderly residents of Maksat by bus to relatives.", EN)
    assert "evacuation_displacement" in clause_types(
        "86 residents of the upper streets of Kok-Tash, mostly women and children, were moved as a precaution to "
        "school No. 3 in Batken town.", EN)


def test_one_of_them_beaten_during_the_detention():
    assert [(f.measure, f.value) for f in read_ru("Одного из них при задержании избили, у него сотрясение мозга.")] \
        == [("injured", 1)]
    assert ("injured", 1) in [(f.measure, f.value) for f in read_ru(
        "Пограничники задержали двух чабанов и избили одного из них.")]


def test_no_one_hurt_in_the_village_itself():
    assert {(f.measure, f.value) for f in read_ru("Разрушений и пострадавших в самом селе нет.")} == {
        ("fatalities", 0), ("injured", 0)}


def test_people_moved_after_a_mudflow_are_no_ones_displaced_by_the_fighting(geoparser):
    text = ("On the night of July 23 to 24, a herder from Kara-Shibak was wounded by a shot on the pastures south of "
            "the village.\n\n"
            "The district administration also reported that on July 14 a mudflow damaged seven houses and a bridge "
            "in Kara-Shibak. Twenty-three residents were temporarily moved to relatives in Daroot-Korgon.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 8, 2)))
    assert found["Kara-Shibak"].injured == 1
    assert found["Kara-Shibak"].displaced is None


def test_a_government_count_of_its_own_wounded_told_later_gives_the_dead_of_the_wounded_its_side(geoparser):
    text = ("Один из двух чабанов, получивших огнестрельные ранения на границе, скончался в больнице.\n\n"
            "Как сообщалось, во вторник, 3 июня, на пастбище у села Ак-Суу с таджикской стороны был открыт огонь по "
            "двум чабанам. Оба получили ранения. Тогда Пограничная служба ГКНБ сообщила о двух раненых гражданах "
            "Кыргызстана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 6, 6), "ru"))
    assert found["Ak-Suu"].fatalities == 1
    assert found["Ak-Suu"].fatalities_by_side == {"KG": 1}


def test_a_story_opened_with_its_day_dates_an_undated_event_told_later(geoparser):
    text = ("The first images came on April 20, a Monday, in the late afternoon: a shaky phone video passed from one "
            "Telegram channel to the next.\n\n"
            "Neither claim was true, officials said.\n\n"
            "What did happen was a fight over an intake on the outskirts of Uch-Bulak; three residents were hurt.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 23)))
    assert found["Churbek"].date_start == dt.date(2026, 4, 20)


# --- Short first reports and the other side's word (blind batch 82, studied after its sealed measure) ---

def test_the_other_villages_own_count_after_a_brawl_joins_the_brawl(geoparser):
    text = ("A quarrel over a pasture on the outskirts of Khistevarz escalated into a mass brawl with stone-throwing on "
            "Monday. Residents of the neighbouring Kyrgyz village of Arka had driven cattle onto the pasture.\n\n"
            "Three residents of Khistevarz were injured, the police said.\n\n"
            "Kyrgyz media, citing the administration of Leilek district, reported that two residents of Arka sought "
            "medical help after the brawl.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 28)))
    assert set(found) == {"Khistevarz"}
    assert found["Khistevarz"].injured == 5


def test_the_other_villages_count_named_with_the_brawls_instigators_joins_it(geoparser):
    text = ("Массовая драка между жителями приграничных сел произошла вечером в воскресенье на окраине джамоата "
            "Овчи-Калача. В ход пошли камни и палки.\n\n"
            "В результате драки пострадали трое граждан Таджикистана.\n\n"
            "Как сообщили кыргызские СМИ со ссылкой на администрацию Лейлекского района, зачинщиками драки стали "
            "жители таджикского села, а двое жителей Кулунду получили травмы и обратились в больницу.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 7, 5), "ru"))
    assert set(found) == {"Ovchi-Kalacha"}
    assert found["Ovchi-Kalacha"].injured == 5


def test_armed_fire_told_by_each_side_at_its_own_village_stays_two_incidents(geoparser):
    text = ("Kyrgyz officials said Tajik fire hit the village of Arka on Friday, wounding one resident and damaging "
            "41 houses.\n\n"
            "On the other side of the line, officials in Bobojon Ghafurov district said Kyrgyz fire had wounded three "
            "residents of Ovchi-Kalacha on Friday.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 5, 1)))
    assert {"Arka", "Ovchi-Kalacha"} <= set(found)


def test_residents_one_government_counts_beside_the_others_own_count_add_up(geoparser):
    text = ("В понедельник жители кыргызского села Кайрагач перекрыли дорогу, ведущую в таджикский анклав Западная "
            "Калача (село Лолазор), и забросали камнями автомобили. Пострадали двое граждан Таджикистана.\n\n"
            "Кыргызские СМИ со ссылкой на администрацию Лейлекского района сообщают иную версию: камни первыми начали "
            "бросать жители анклава, а один житель Кайрагача получил травму головы.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 11), "ru"))
    assert found["Western Qal'acha"].injured == 3


def test_a_relative_reached_by_phone_in_a_town_is_no_scene(geoparser):
    text = ("Kyrgyz servicemen fired at shepherds on the pastures of Karakenja on Sunday; a 29-year-old shepherd was "
            "wounded in the shoulder, the Border Troops said. A relative of the wounded man, reached by phone in "
            "Jirgatol, said the shepherd was hit while gathering the flock.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 19)))
    assert "Jirgatol" not in found


def test_a_short_first_report_names_the_pasture_and_then_the_hurt(geoparser):
    text = ("A conflict broke out between Kyrgyz herders and citizens of Tajikistan on the summer pastures above the "
            "village of Kara-Shibak on July 6, the district administration reported.\n\n"
            "According to preliminary information, a few people were injured. The district hospital said two men had "
            "been admitted with head injuries.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 7, 7)))
    assert set(found) == {"Kara-Shibak"}


def test_the_driver_slightly_injured_and_light_injuries_count_one():
    assert [(f.measure, f.value) for f in read_en("the driver was slightly injured")] == [("injured", 1)]
    assert [(f.measure, f.value) for f in read_en(
        'According to the administration, the driver received "light injuries from broken glass".')] == [("injured", 1)]


def test_the_other_sides_hurt_on_the_section_facing_a_village_are_that_fights(geoparser):
    text = ("«15 февраля около 19:00 военнослужащие Таджикистана открыли огонь по пограничному наряду в районе села "
            "Андарак. В результате ранен один кыргызский военнослужащий».\n\n"
            "Почти одновременно обстрелу подвергся пограничный пост у села Катран. Там пострадавших нет.\n\n"
            "В Пограничных войсках Таджикистана сообщили: «В ходе перестрелки на участке напротив Андарака ранен один "
            "таджикский пограничник».")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 2, 16), "ru"))
    assert found["Andarak"].injured == 2
    assert found["Katran"].injured == 0


def test_a_correction_that_withdraws_the_first_versions_village_moves_the_event(geoparser):
    text = ("Как сообщает Telegram-канал, стрельба началась около 07:30 у села Ак-Сай. По предварительным данным, "
            "ранены несколько человек.\n\n"
            "Исправление. В первой версии этой заметки говорилось, что перестрелка произошла у села Ак-Сай. Это не "
            "так: по данным Погранслужбы, стрельба была у Кок-Таша, ранены двое пограничников.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 23), "ru"))
    assert set(found) == {"Kök-Tash"}
    assert found["Kök-Tash"].injured == 2


def test_no_shelling_recorded_beside_road_blasting_is_a_false_alarm(geoparser):
    text = ("Взрывы у Каракенджи: ведут дорожные работы\n\n"
            "Жителей напугали взрывы у села Каракенджа. В Telegram-каналах появились сообщения о том, что военные "
            "обстреливают Дароот-Коргон.\n\n"
            "Взрывы связаны с буровзрывными работами на дороге. В аппарате акима заверили, что эвакуации не было и "
            "обстрелов не фиксировалось.")
    assert incidents_of(geoparser, text, dt.date(2025, 7, 14), "ru") == []


def test_the_dead_of_two_wounded_counted_without_their_side_leaves_them_too(geoparser):
    text = ("Один из двух жителей села Сурх, получивших огнестрельные ранения во вторник, 8 ноября, скончался в "
            "больнице.\n\n"
            "Во вторник Пограничные войска Таджикистана сообщили, что кыргызские военнослужащие открыли огонь по "
            "жителям Сурха. Ранены двое граждан Таджикистана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 11, 10), "ru"))
    assert (found["Surkh"].fatalities, found["Surkh"].injured) == (1, 1)


def test_dead_and_wounded_animals_are_no_ones_toll():
    # (found in the sealed batch 83: «Кроме 14 погибших животных» had been read as 14 dead people)
    assert read_ru("Кроме 14 погибших животных, еще шесть овец были ранены, их пришлось забить.") == []
    assert read_en("Besides the 14 dead animals, six more sheep were wounded and had to be slaughtered.") == []
    assert [(f.measure, f.value) for f in read_ru("Двое были ранены.")] == [("injured", 2)]
