"""The everyday mix, fifteenth sample (blind batch 70, studied after its blind measure): bylines and agency
datelines that carry the publication date, a digest item headed by its district and village, the post whose
servicemen fired named before its noun, a herd driven towards a district, a shepherd from a
district beaten near a village, a quarter of a village, a border detachment named after its town, the night
into a day, two people told one by one, a subset aside, people counted by age and name in a dashed aside, a beating
with no weapon, shooting nobody heard, and a verdict about a beating and an arson."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geo.articles import read_articles
from geo.articles.dates import find_dateline_parts
from geo.language.ru.dates import find_dates as find_ru_dates
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of


# --- Publication dates from bylines and datelines ---

@pytest.mark.parametrize(("line", "day", "written"), [
    ("AKIpress, 15 June 2024, 11:20", dt.date(2024, 6, 15), "15 June 2024, 11:20"),
    ("Kabar, 20.10.2022 15:10", dt.date(2022, 10, 20), "20.10.2022 15:10"),
    ("Бишкек, 20 февраля 2024 - 24.kg, Жазгуль АСАНОВА", dt.date(2024, 2, 20), "20 февраля 2024"),
    ("ДУШАНБЕ, 22.08.2023 /АНИ «Ховар»/. Пресс-центр сообщает о новых провокациях.", dt.date(2023, 8, 22),
     "22.08.2023"),
    ("ISFARA, Tajikistan, May 2, 2023 (AFP) - Six people were hurt when villagers clashed.", dt.date(2023, 5, 2),
     "May 2, 2023"),
    ("BISHKEK, Kyrgyzstan, Sept. 15, 2022 (AP) — Tajik forces fired mortars.", dt.date(2022, 9, 15),
     "Sept. 15, 2022"),
    ("*Published: 27.01.2023 09:05* | Kaktus.media", dt.date(2023, 1, 27), "27.01.2023 09:05"),
    ("*RFE/RL's Kyrgyz Service | May 21, 2024*", dt.date(2024, 5, 21), "May 21, 2024"),
    ("AFP | 15 Nov 2025 | 11:20 GMT", dt.date(2025, 11, 15), "15 Nov 2025"),
    ("Bishkek, 21.08.21. /Kabar/.", dt.date(2021, 8, 21), "21.08.21"),
    ("БИШКЕК. 2 июня 2020 года. ИНТЕРФАКС — Стороны расходятся в данных.", dt.date(2020, 6, 2), "2 июня 2020 года"),
    ("10:42, 19 January 2024, Bishkek - 24.kg news agency", dt.date(2024, 1, 19), "19 January 2024"),
    ("Date of issue: 16 April 2024", dt.date(2024, 4, 16), "16 April 2024"),
    ("*Ozodi (RFE/RL's Tajik Service), 22 January 2026*", dt.date(2026, 1, 22), "22 January 2026"),
])
def test_a_byline_or_agency_dateline_gives_the_publication_date(line, day, written):
    found = find_dateline_parts(f"Headline of the story\n\n{line}\n\nBody.")
    assert found is not None
    parsed, start, end = found
    assert parsed.day == day
    assert f"Headline of the story\n\n{line}"[start:end] == written


@pytest.mark.parametrize("line", [
    "Leilek district, Maksat. On Monday, 10 June, at about 21:15, a patrol came under fire.",
    "BISHKEK, October 20 (Kabar) - Five weeks after the conflict, families returned.",
    "The brawl broke out on Monday, May 1, 2023, at a canal on the edge of Chorku.",
    "Tajikistan, Kyrgyzstan agree ceasefire after 2022 (clashes)",
])
def test_a_lede_or_a_title_gives_no_publication_date(line):
    assert find_dateline_parts(line) is None


def test_a_page_s_pubdate_meta_tag_dates_it(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text('<html><head><meta name="pubdate" content="2025-06-20T16:30:00+05:00"><title>T</title></head>'
                    "<body><p>Текст заметки о границе.</p></body></html>", encoding="utf-8")
    assert read_articles([page]).articles[0].date == dt.date(2025, 6, 20)


# --- English ---

def test_a_digest_item_headed_by_its_district_and_village_is_placed_there(geoparser):
    text = ("Border week: three events\n\nBISHKEK (AKIpress) - Three events were registered over the past week, the "
            "Border Service said in its weekly summary on Saturday.\n\n"
            'Leilek district, Maksat. On Monday, 10 June, at about 21:15, a patrol of border post No. 4 "Maksat" came '
            "under fire while moving along the patrol road about 400 meters east of the village. There were no "
            "casualties.\n\n"
            "Leilek district, Üch-Bulak. On Thursday, 13 June, an argument between residents over a hay meadow turned "
            "into stone-throwing. Two residents of Üch-Bulak were injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 15)))
    assert set(found) == {"Maksat", "Churbek"}
    assert found["Maksat"].date_start == dt.date(2024, 6, 10)
    assert (found["Maksat"].fatalities, found["Maksat"].injured) == (0, 0)
    assert found["Churbek"].injured == 2


def test_the_post_whose_servicemen_opened_fire_named_before_its_noun_is_no_scene(geoparser):
    text = ("DUSHANBE, October 3 — A Tajik border guard was killed and a local resident was wounded late on Monday "
            "in a shooting near the village of Khistevarz, the press center of the Border Troops said today.\n\n"
            "According to the statement, at about 23:40 on Monday Kyrgyz servicemen of the Arka border post opened "
            "fire from automatic weapons at a Tajik border detail about 1.5 kilometers south-east of Khistevarz.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 3)))
    assert set(found) == {"Khistevarz"}
    assert found["Khistevarz"].fatalities == 1


def test_the_district_a_herd_was_driven_towards_is_no_scene(geoparser):
    text = ("OSH (AKIpress) - A shepherd was beaten and a flock of sheep was driven across the border on Sunday, "
            "August 13, near the village of Kara-Shibak, the district administration said. A scuffle broke out in "
            "which the shepherd was beaten, after which the men drove the animals across the line towards Lakhsh "
            "district.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2023, 8, 15)))) == {"Kara-Shibak"}


def test_a_shepherd_from_a_district_beaten_near_a_village_is_an_event_at_the_village(geoparser):
    text = ("OSH (AKIpress) - A shepherd from Chong-Alay district of Osh region was beaten and a flock of sheep was "
            "driven across the border into Tajikistan on Sunday, August 13, the district administration said.\n\n"
            "According to the administration, the incident took place at about 11:00 on a summer pasture about "
            "11 km south of the village of Kara-Shibak. The 52-year-old shepherd, a resident of Kara-Shibak, was "
            "grazing 270 sheep.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 15)))
    assert set(found) == {"Kara-Shibak"}
    assert found["Kara-Shibak"].date_start == dt.date(2023, 8, 13)


def test_a_quarter_of_a_village_is_the_village_not_a_namesake_elsewhere(geoparser):
    text = ("ISFARA, Tajikistan -- A 67-year-old woman was injured by flying glass when shots hit several houses in "
            "the Bogi Ravon mahalla of the border village of Khojai A'lo late on September 9, residents said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 9, 11)))
    assert set(found) == {"Khoja-Alo"}
    assert found["Khoja-Alo"].injured == 1


def test_no_shooting_heard_is_no_event(geoparser):
    text = ("Last week our correspondent visited Vorukh and Chorkuh. Nobody there had heard any shooting in those "
            "days, and the school in Chorkuh works in two shifts.")
    assert incidents_of(geoparser, text, dt.date(2025, 1, 28)) == []


# --- Russian ---

def test_the_night_into_a_day_of_a_month_spans_both_days():
    night, = find_ru_dates("В ночь на 7 мая у Лаккона произошла перестрелка.", dt.date(2024, 5, 7))
    assert (night.window.start, night.window.end) == (dt.date(2024, 5, 6), dt.date(2024, 5, 7))
    day, = find_ru_dates("7 мая у Лаккона было тихо.", dt.date(2024, 5, 7))
    assert (day.window.start, day.window.end) == (dt.date(2024, 5, 7), dt.date(2024, 5, 7))


def test_two_people_told_one_by_one_are_two_of_the_one_side_named():
    figures = read_ru("В результате обстрела ранения получили таджикский военнослужащий и местная жительница")
    assert [(f.measure, f.value, f.side) for f in figures] == [("injured", 2, "TJ")]


def test_people_counted_by_age_and_name_in_a_dashed_aside_are_the_count(geoparser):
    text = ("ДУШАНБЕ, 22.08.2023 /АНИ «Ховар»/. 21 августа 2023 года группа граждан Кыргызской Республики забросала "
            "камнями жителей села Ходжа-Аъло, которые проводили очистку канала.\n\n"
            "В результате двое жителей махалли — 61-летний Н. Саидов и 19-летний Ф. Юсупов — получили телесные "
            "повреждения и доставлены в центральную больницу города Исфары.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 22), lang="ru"))
    assert set(found) == {"Khoja-Alo"}
    assert found["Khoja-Alo"].injured == 2


def test_a_border_detachment_named_after_its_town_is_no_scene(geoparser):
    text = ("ДУШАНБЕ, 7 мая — Sputnik. В ночь на 7 мая у джамоата Лаккон произошла перестрелка.\n\n"
            "По данным ведомства, около 23:45 в понедельник военнослужащие кыргызского поста открыли огонь из "
            "автоматического оружия по позициям пограничной заставы №9 погранотряда «Исфара».")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 7), lang="ru"))
    assert set(found) == {"Lakkon"}


def test_a_subset_aside_between_a_count_and_its_verb_keeps_the_count():
    figures = read_ru("Ещё трое, в том числе девятилетняя девочка, получили осколочные ранения.")
    assert [(f.measure, f.value) for f in figures] == [("injured", 3)]


def test_a_beating_with_sticks_and_no_weapon_is_no_armed_clash(geoparser):
    text = ("На пастбище у границы неизвестные избили чабана и угнали 40 голов скота.\n\n"
            "По словам главы айыл окмоту, нападение произошло в субботу, 22 июня, около 10:00 на пастбище примерно в "
            "14 километрах к югу от села Кызыл-Эшме. Пятеро всадников избили 58-летнего чабана палками и угнали скот.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 25), lang="ru"))
    assert set(found) == {"Kyzyl-Eshme"}
    assert found["Kyzyl-Eshme"].event_type == "border_incident_protest"


def test_shooting_nobody_heard_is_no_event_ru(geoparser):
    text = ("На прошлой неделе корреспондент побывал в Ворухе и Чоркухе. Стрельбы в эти дни там никто не слышал, "
            "в школе в махалле Сомониён идут занятия во вторую смену.")
    assert incidents_of(geoparser, text, dt.date(2025, 1, 28), lang="ru") == []


def test_a_verdict_about_a_beating_and_an_arson_is_no_event(geoparser):
    text = ("Бишкек, 20 февраля 2024 - 24.kg. Баткенский районный суд вынес приговор по делу об избиении "
            "гражданина Таджикистана и поджоге его грузовика у села Кызыл-Бел. Приговор огласили в понедельник, "
            "19 февраля.")
    assert incidents_of(geoparser, text, dt.date(2024, 2, 20), lang="ru") == []


def test_a_reporter_s_spelling_of_kok_tash_is_found(geoparser):
    text = ("21 августа группа граждан, прибывшая из села Коктош Баткенского района, забросала камнями жителей "
            "села Ходжа-Аъло.")
    from geo.articles import Article
    names = {m.place.name for m in geoparser.parse(Article(id="t", text=text, date=dt.date(2023, 8, 22),
                                                            lang="ru")).mentions if m.place is not None}
    assert "Kök-Tash" in names


def test_the_earlier_event_a_day_after_which_the_news_came_lends_no_type_to_the_news_place(geoparser):
    text = ("BISHKEK, 16 Apr - Sputnik. Lorries stopped crossing the Kyrgyz-Tajik border at Kyzyl-Bel on Thursday "
            "morning, a day after a stone-throwing incident near the Tajik enclave of Western Kalacha in Leilek "
            "district, the Border Service of Kyrgyzstan said.\n\n"
            "According to the service, at about 18:30 on Wednesday residents of the enclave and of neighbouring "
            "Kyrgyz villages quarrelled over repairs to the road. The quarrel turned into a brawl and stone-throwing. "
            "Two Kyrgyz citizens were injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 16)))
    assert set(found) == {"Western Qal'acha"}
    assert found["Western Qal'acha"].injured == 2


def test_the_earlier_event_the_next_day_after_which_the_news_came_ru(geoparser):
    text = ("БИШКЕК, 16 апр — Sputnik. Грузовики в четверг утром перестали пересекать границу у КПП «Кызыл-Бел», на "
            "следующий день после драки с бросанием камней у анклава Западная Калача в Лейлекском районе, сообщили "
            "в Погранслужбе.\n\n"
            "По данным ведомства, около 18:30 в среду жители анклава и соседних кыргызских сел поссорились из-за "
            "ремонта дороги. Ссора переросла в драку с бросанием камней. Двое граждан Кыргызстана получили травмы.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 16), lang="ru"))
    assert set(found) == {"Western Qal'acha"}
    assert found["Western Qal'acha"].injured == 2


def test_people_told_one_by_one_with_their_ages_are_counted():
    figures = read_ru("В результате обстрела ранения получили таджикский военнослужащий и 47-летняя жительница "
                      "Лаккона")
    assert [(f.measure, f.value, f.side) for f in figures] == [("injured", 2, "TJ")]


def test_one_more_person_after_a_takzhe_joins_the_people_told_one_by_one():
    figures = read_ru("Ранены 24-летний сержант и 19-летний рядовой, а также 41-летний житель Кара-Бака.")
    assert [(f.measure, f.value) for f in figures] == [("injured", 3)]


def test_a_home_village_whose_resident_was_elsewhere_is_no_scene(geoparser):
    text = ("Вечером в среду, 17 мая, окраина села Чек Баткенского района попала под минометный обстрел с "
            "таджикской стороны.\n\n"
            "Ранения получили 38-летний житель соседнего села Кара-Бак, который работал в саду родственников в "
            "Чеке, и 14-летняя школьница — жительница Чека. Обоих доставили в Баткенскую областную больницу.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 18), lang="ru"))
    assert set(found) == {"Chek"}
    assert found["Chek"].injured == 2


def test_people_hit_by_shell_fragments_are_hurt():
    from geo.language.en.numbers import read_figures
    assert [(f.measure, f.value) for f in read_figures(
        "A 34-year-old woman and her 12-year-old son were hit by shell fragments in their yard")] == [("injured", 2)]
    assert [(f.measure, f.value) for f in read_figures("A shepherd was hit by a stray bullet")] == [("injured", 1)]
    assert read_figures("Two houses were hit by shell fragments") == []


def test_warning_shots_into_the_air_leave_a_brawl_with_stones_a_brawl(geoparser):
    text = ("DUSHANBE, Tajikistan (AP) — Residents of neighboring Tajik and Kyrgyz villages fought with stones and "
            "sticks over an irrigation channel on Saturday, officials said. The fight broke out at a water intake on "
            "the edge of Surkh. Four residents of Surkh were hurt.\n\n"
            "Police from both countries arrived within an hour and fired warning shots into the air.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 19)))
    assert set(found) == {"Surkh"}
    assert found["Surkh"].event_type == "border_incident_protest"


def test_warning_shots_into_the_air_leave_a_brawl_with_stones_a_brawl_ru(geoparser):
    text = ("В субботу у водозабора на окраине села Сурх произошла драка между жителями соседних сел: в ход пошли "
            "камни и палки. В столкновении четверо жителей Сурха получили травмы.\n\n"
            "Прибывшие милиционеры произвели предупредительные выстрелы вверх.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 19), lang="ru"))
    assert set(found) == {"Surkh"}
    assert found["Surkh"].event_type == "border_incident_protest"


def test_fire_at_a_village_that_wounded_one_serviceman_is_a_clash_not_shelling(geoparser):
    text = ("24.kg, Бишкек. Вчера вечером в результате обстрела со стороны Таджикистана у села Кулунду Лейлекского "
            "района ранен военнослужащий Пограничной службы ГКНБ. Его доставили в больницу Раззакова.")
    found = by_place(incidents_of(geoparser, text, dt.date(2019, 9, 24), lang="ru"))
    assert found["Kulundu"].event_type == "armed_clash"


def test_shelling_that_wounded_a_serviceman_with_shrapnel_stays_shelling(geoparser):
    text = ("Вчера вечером в результате обстрела со стороны Таджикистана у села Кулунду ранен военнослужащий: он "
            "получил осколочные ранения.")
    found = by_place(incidents_of(geoparser, text, dt.date(2019, 9, 24), lang="ru"))
    assert found["Kulundu"].event_type == "shelling_artillery"


def test_a_village_with_only_a_toll_beside_the_days_fighting_was_hit_by_it(geoparser):
    text = ("Kyrgyzstan's border service said the shooting began at about 5:30 a.m. near a border post outside the "
            "village of Beshkent, killing a Kyrgyz border guard.\n\n"
            "Tajikistan's border troops said in a statement that a 61-year-old woman was killed and two people were "
            "wounded in Khistevarz.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 15)))
    assert found["Khistevarz"].event_type == "armed_clash"


def test_an_old_munition_s_toll_beside_the_days_fighting_stays_a_casualty_report(geoparser):
    text = ("Kyrgyzstan's border service said the shooting began at about 5:30 a.m. near a border post outside the "
            "village of Beshkent, killing a Kyrgyz border guard.\n\n"
            "In Khistevarz, a boy was wounded on Monday when an unexploded shell left over from the 2022 fighting "
            "went off in a field.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 15)))
    assert found["Khistevarz"].event_type == "casualty_report"


# --- Batch 71, studied after its blind measure ---

def test_a_village_on_whose_side_troops_took_positions_is_no_scene(geoparser):
    text = ("About 318 residents of Maksat were evacuated on Wednesday evening. The evacuation began at about 20:30, "
            "after two armoured personnel carriers and about 60 Tajik servicemen were seen taking up positions on the "
            "hill opposite the upper streets of Maksat, on the side of Ovchi-Kalacha. No shots were fired.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2023, 6, 8)))) == {"Maksat"}


def test_the_town_whose_rural_communities_were_fired_on_is_no_scene(geoparser):
    text = ("DUSHANBE, 28.03.2023 /NIAT Khovar/. On March 26, Kyrgyz servicemen twice opened fire at residential areas "
            "of the Surkh and Chorkuh rural communities of Isfara, the Border Troops report.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2023, 3, 28)))) == {"Surkh", "Chorkuh"}


def test_a_service_with_no_information_about_shooting_near_a_village_reports_none_there(geoparser):
    text = ("A 15-year-old boy was wounded on Saturday when shots hit a house in Khistevarz, the Tajik Border Troops "
            "said.\n\n"
            "The Border Service of Kyrgyzstan told Asia-Plus on Monday that it had no information about any shooting "
            "by its servicemen near Arka and was checking the Tajik side's report.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2023, 11, 6)))) == {"Khistevarz"}


def test_a_service_with_no_information_about_shooting_near_a_village_reports_none_there_ru(geoparser):
    text = ("В субботу в Хистеварзе ранен 15-летний подросток, сообщили Пограничные войска Таджикистана.\n\n"
            "В Погранслужбе Кыргызстана заявили, что не располагают информацией о стрельбе у села Арка.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2023, 11, 6), lang="ru"))) == {"Khistevarz"}


def test_a_weekday_of_a_plan_dates_no_event():
    from geo.language.en.dates import find_dates
    published = dt.date(2024, 4, 17)
    assert find_dates("Border representatives are to meet at 10:00 on Thursday near the Ak-Sai bridge.", published) == []
    assert find_dates("Talks are scheduled for Friday.", published) == []
    told = find_dates("Officials said the wounded man will be flown to Osh. On Tuesday a shell hit Arka.", published)
    assert [d.window.start for d in told] == [dt.date(2024, 4, 16)]
    assert [d.window.start for d in find_dates("A guard was wounded on Thursday.", published)] == [dt.date(2024, 4, 11)]


def test_a_lede_s_two_wounded_one_on_each_side_is_no_count_of_one_village(geoparser):
    text = ("На кыргызско-таджикской границе в Лейлекском районе вчера, 13 июня, ранены два человека — по одному с "
            "каждой стороны.\n\n"
            "По данным Пограничной службы ГКНБ Кыргызстана, около 10:30 на окраине села Арка был ранен 39-летний "
            "местный фермер.\n\n"
            "По данным таджикской стороны, в Хистеварзе ранен 16-летний подросток.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 6, 14), lang="ru"))
    assert found["Arka"].injured == 1
