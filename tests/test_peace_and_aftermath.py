"""The border at peace and after the war: the news that names border villages on days when nothing violent happens.

Most of what an archive of this border holds after 2022 is such news: a border treaty and the resettlement it brings,
crossings reopened, villages rebuilt and their people returning, anniversaries and memorials, court verdicts about
the war, demining, smuggling stopped at the line. The texts are written for these tests. Each test checks one reading:
what such news recalls (the dead a memorial names, the crime a verdict judges, the flight families return from, a
tally since the war) is no event of its own, while a fresh incident told amid it (a brawl on an anniversary, in a
digest beside a memorial item) keeps its place and figures. Two more readings come from releases reprinted whole and
from the hospital town a wounded child died in.
"""

from __future__ import annotations

import datetime as dt

from geo.language import get_pack
from tests.test_counted_and_typed import by_place, figures_of, incidents_of, place_names


# --- what peaceful news recalls is no event ------------------------------------------------------------------------------


def test_the_dead_a_memorial_names_are_no_event(geoparser):
    text = ("Batken unveils memorial wall on war anniversary\n\n"
            "BATKEN, Sept 15, 2024 - On Sunday, a marble wall bearing the names of the 63 Kyrgyz citizens killed in "
            "September 2022 was unveiled in the centre of Batken, beside the memorial to the 36 who died in the "
            "fighting of April 2021. In Isfara, officials laid wreaths at a monument to the 41 Tajik citizens the "
            "government says were killed in 2022.")
    assert incidents_of(geoparser, text, dt.date(2024, 9, 15)) == []


def test_names_carved_on_a_memorial_and_remains_reburied_are_no_event(geoparser):
    text = ("Три года спустя\n\n"
            "В селе Ак-Сай во вторник перезахоронили останки военнослужащего, погибшего во время вооруженного конфликта "
            "в сентябре 2022 года. 14 сентября у мемориала в Баткене прошел траурный митинг, на плитах которого "
            "высечены имена 63 граждан Кыргызстана, погибших в 2022 году.")
    assert incidents_of(geoparser, text, dt.date(2025, 9, 17), lang="ru") == []


def test_prayers_for_the_dead_are_no_event(geoparser):
    text = ("Годовщина конфликта\n\nВ субботу в мечетях Кызыл-Кыи и Лейлека прочитали коран за погибших в сентябре.")
    assert incidents_of(geoparser, text, dt.date(2024, 9, 14), lang="ru") == []


def test_a_verdict_s_heading_about_deaths_is_no_event(geoparser):
    text = ("# AKIpress: News of the day, February 20, 2024\n\n"
            "Published: 2024-02-20 18:30 (GMT+6)\nSource: AKIpress News Agency\n\n"
            "## Court upholds in absentia sentences to four Tajik servicemen over deaths of civilians in Ak-Sai\n\n"
            "AKIPRESS.COM - The Batken Regional Court on Tuesday upheld the verdict of the Batken District Court, which "
            "sentenced in absentia four servicemen of the Armed Forces of Tajikistan to long prison terms for the "
            "killing of civilians in the village of Ak-Sai during the September 2022 conflict, the court's press "
            "service said.\n\n"
            "According to the investigation, on September 16, 2022, the defendants fired mortars at houses in Ak-Sai. "
            "Three civilians were killed in the shelling.\n\n"
            "## Bishkek: snow expected\n\nForecasters predict snow in Bishkek on Thursday.")
    assert incidents_of(geoparser, text, dt.date(2024, 2, 20)) == []


def test_the_crime_a_russian_sentence_is_for_and_the_acts_a_case_is_opened_over_are_no_events(geoparser):
    text = ("Суд вынес приговор\n\n"
            "Баткенский районный суд приговорил 28-летнего жителя села Ак-Сай к четырем годам лишения свободы за кражи "
            "из домов эвакуированных соседей. Ранее прокуратура возбудила уголовные дела в отношении военнослужащих "
            "по фактам обстрелов населенных пунктов района.")
    assert incidents_of(geoparser, text, dt.date(2023, 11, 20), lang="ru") == []


def test_a_village_s_past_burned_and_rebuilt_is_no_event(geoparser):
    text = ("Обмен территориями\n\n"
            "По договору Кыргызстан передал таджикской стороне село Достук, которое ранее было сожжено и "
            "восстановлено, а взамен получил часть села Ходжаи-Аъло и участок у села Лаккон.")
    assert incidents_of(geoparser, text, dt.date(2025, 2, 27), lang="ru") == []


def test_families_returning_since_the_evacuation_are_no_event(geoparser):
    text = ("New school opens in Dostuk\n\n"
            "According to the regional administration, 64 families who had lived with relatives in Batken and "
            "Kyzyl-Bel since the evacuation have returned to Dostuk this year.")
    assert incidents_of(geoparser, text, dt.date(2024, 8, 26)) == []


def test_a_tally_since_a_year_is_no_event(geoparser):
    text = ("Deminers clear 200 hectares near Ak-Sai\n\n"
            "Officials say at least 12 people, most of them children, have been hurt by old shells in Batken region "
            "since 2022, and two of them died.")
    assert incidents_of(geoparser, text, dt.date(2026, 4, 13)) == []


def test_a_herder_held_for_grazing_across_the_line_is_no_incident(geoparser):
    text = ("Пограничники задержали чабанов\n\n"
            "18 марта кыргызские пограничники задержали у Кара-Бака двух жителей Ворухa за выпас скота на кыргызской "
            "территории. Через три часа их передали таджикской стороне.")
    assert incidents_of(geoparser, text, dt.date(2025, 3, 19), lang="ru") == []


def test_smuggling_stopped_is_no_incident_unless_its_headline_tells_harm(geoparser):
    stopped = ("Пресечена попытка незаконного перегона скота\n\n"
               "14 марта в Баткенском районе у села Кара-Бак пограничный наряд выявил перегон пяти голов скота. "
               "В результате преследования задержан гражданин Кыргызстана.")
    assert incidents_of(geoparser, stopped, dt.date(2025, 3, 15), lang="ru") == []
    fired = ("Smugglers open fire on border guards near Kara-Bak\n\n"
             "A border patrol stopped a group driving cattle across the line near the village of Kara-Bak on "
             "Friday. The smugglers opened fire at the patrol and fled.")
    assert place_names(incidents_of(geoparser, fired, dt.date(2025, 3, 15))) == ["Kara-Bak"]


def test_a_planned_resettlement_is_no_displacement(geoparser):
    headline = ("Resettlement completed: 60 new homes for border families\n\n"
                "All families slated for relocation have moved into their new homes.\n\n"
                "- Residents relocated from border villages Maksat and Kulundu.")
    assert incidents_of(geoparser, headline, dt.date(2025, 12, 1)) == []
    future = ("New settlement rises near Batken\n\n"
              "Some residents of Ak-Tatyr will also be relocated to the new settlement next year, officials said.")
    assert incidents_of(geoparser, future, dt.date(2025, 9, 21)) == []


# --- a fresh incident told amid the look back keeps its place and figures ------------------------------------------------


def test_a_brawl_on_an_anniversary_is_news_with_its_hurt(geoparser):
    text = ("Four hurt in brawl over water at Ak-Sai canal on war anniversary\n\n"
            "Residents of Ak-Sai and of a neighbouring Tajik village fought with sticks and stones at a canal on "
            "Monday evening, on the day the two countries marked two years since the end of the 2022 war. Four "
            "residents of Ak-Sai were injured, the district police said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 9, 17)))
    assert found["Ak-Sai"].injured == 4


def test_a_digest_s_memorial_item_is_background_and_its_fight_item_is_news(geoparser):
    text = ("# Главное за 16 сентября: два года после войны, драка у канала в Самаркандыке и погода\n\n"
            "## Баткен вспоминает сентябрь 2022-го\n\n"
            "Сегодня в Баткене у мемориала прошел траурный митинг. В Кызыл-Кые и Лейлеке в мечетях прочитали коран за "
            "погибших.\n\n"
            "## Драка у канала в Самаркандыке: пострадали трое\n\n"
            "Сегодня около 10:00 на окраине села Самаркандык, у канала, восстановленного после событий 2022 года, "
            "подрались жители села и соседнего таджикского села Чоркух.\n\n"
            "По данным районного ОВД, поводом стал график полива.\n\n"
            "Пострадали трое жителей Самаркандыка. Одного из них доставили в Баткенскую областную больницу.\n\n"
            "## Погода\n\nЗавтра в Бишкеке до +25.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 9, 16), lang="ru"))
    assert list(found) == ["Samarkandyk"]
    assert found["Samarkandyk"].injured == 3


# --- figures ---------------------------------------------------------------------------------------------------------------


def test_a_person_and_her_child_are_two_hurt():
    read = get_pack("en").read_figures
    assert figures_of(read, "the woman and her 12-year-old son, who was standing nearby, received shrapnel "
                            "wounds") == [("injured", 2, None)]
    assert figures_of(read, "Recall, the woman and her minor son were injured by the blast") == [("injured", 2, None)]


def test_the_people_after_a_count_s_colon_are_who_it_counts():
    read = get_pack("en").read_figures
    assert figures_of(read, "Three residents of Ak-Sai were injured: two men aged 30 and 44 received head injuries, "
                            "and a 15-year-old boy suffered a broken arm.") == [("injured", 3, None)]


def test_a_count_on_unconfirmed_data_of_the_other_side_s_people_is_a_claim(geoparser):
    text = ("На границе произошла перестрелка\n\n"
            "Сегодня недалеко от села Кара-Бак пограничный наряд Кыргызстана обстреляли с таджикской стороны, "
            "сообщает Погранслужба. Среди пограничников КР пострадавших нет. По неподтвержденным данным, один из "
            "граждан Таджикистана получил ранение в руку.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 7), lang="ru"))
    assert found["Kara-Bak"].injured == 0


def test_a_release_reprinted_whole_speaks_for_its_sided_figures(geoparser):
    release = ("Statement of the Border Troops\n\n"
               "DUSHANBE, May 14 (Khovar) - The Press Centre of the Border Troops of the State Committee for National "
               "Security of the Republic of Tajikistan disseminated the following information.\n\n"
               "On May 13, 2023, at about 18:40, servicemen of the Kyrgyz border post opened fire on residents of "
               "Vorukh working in their fields. As a result, three residents of Vorukh were wounded and taken to "
               "hospital.\n\n"
               "During the exchange of fire, two Kyrgyz servicemen were also wounded.")
    assert by_place(incidents_of(geoparser, release, dt.date(2023, 5, 14)))["Vorukh"].injured == 3
    ru = ("Информация Пограничной службы\n\n"
          "БИШКЕК, 3 июня — Kabar. Пограничная служба ГКНБ Кыргызской Республики распространила следующую "
          "информацию.\n\n"
          "2 июня 2024 года около 19:20 военнослужащие пограничных войск Таджикистана открыли огонь по пограничному "
          "посту «Кара-Бак». В результате обстрела ранен один военнослужащий пограничной службы.\n\n"
          "Также получили ранения двое таджикских военнослужащих.")
    assert by_place(incidents_of(geoparser, ru, dt.date(2024, 6, 3), lang="ru"))["Kara-Bak"].injured == 1


def test_the_other_side_speaking_after_a_release_s_opening_keeps_its_own_count(geoparser):
    text = ("Shooting near Vorukh: both sides report wounded\n\n"
            "The Press Centre of the Border Troops of Tajikistan disseminated the following information on Sunday: "
            "Kyrgyz servicemen opened fire on residents of Vorukh on May 13, wounding three of them.\n\n"
            "The Kyrgyz border service, however, said that Tajik servicemen fired first near the village of "
            "Kok-Tash.\n\n"
            "Two Kyrgyz servicemen were wounded, the service added.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 14)))
    assert found["Kök-Tash"].injured == 2


def test_the_town_a_wounded_child_died_in_is_no_scene(geoparser):
    text = ("# В Чоркухе взорвался старый снаряд: погиб подросток\n\n"
            "Published: 2026-04-12 10:25 (Азия-Плюс)\nОбновлено: 2026-04-12 13:40\n\n---\n\n"
            "*Обновлено в 13:40: в Худжанде скончался 12-летний мальчик, получивший тяжелые ранения.*\n\n"
            "В субботу у окраины села Чоркух взорвался боеприпас, оставшийся со времен конфликта 2022 года. "
            "Первоначально сообщалось о трех раненых детях. Сегодня утром 12-летний мальчик скончался, не приходя в "
            "сознание. Состояние двух других детей — средней тяжести.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 12), lang="ru"))
    assert list(found) == ["Chorkuh"]
    assert found["Chorkuh"].fatalities == 1


def test_a_man_killed_and_his_son_wounded_and_a_shepherd_beaten_are_counted():
    read = get_pack("en").read_figures
    assert figures_of(read, "A Kyrgyz farmer was killed and his teenage son wounded on April 14") == [
        ("fatalities", 1, "KG"), ("injured", 1, "KG")]
    assert figures_of(read, "the Kyrgyz servicemen beat the shepherd with rifle butts") == [("injured", 1, None)]


def test_one_of_a_group_hurt_and_one_more_person_after_a_count_in_russian():
    read = get_pack("ru").read_figures
    assert figures_of(read, "брошенным камнем в голову ранен один из таджикских топографов") == [("injured", 1, "TJ")]
    assert figures_of(read, "травмы получили двое милиционеров и один житель села") == [("injured", 3, None)]


def test_a_domestic_shell_explosion_is_no_shelling(geoparser):
    text = ("Shell explodes in a house in Arka\n\n"
            "A domestic shell explosion in Arka village on Sunday wounded a man and his son, the border service "
            "said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 1, 6)))
    assert found["Arka"].event_type == "casualty_report"
