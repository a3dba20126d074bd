"""Several incidents in one article, each with its own place, day and figures (blind batch 41's phenomena)."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.articles.model import Article
from geo.geoparse.sentences import split_sentences
from geo.incidents.build import build_incidents
from geo.incidents.events import clause_types
from geo.language import get_pack
from geo.language.en.numbers import read_figures as read_en
from geo.language.ru.numbers import read_figures as read_ru

EN, RU = get_pack("en"), get_pack("ru")


def incidents_of(geoparser, text, date, lang="en"):
    """The incidents of one article of ``text`` published on ``date``."""
    return build_incidents([geoparser.parse(Article(id="t", text=text, date=date, lang=lang))]).incidents


def summary(found):
    return sorted((i.place.name, i.date_start.isoformat(), i.fatalities, i.injured) for i in found)


def test_a_list_number_starts_its_item_and_is_no_sentence():
    text = "The incidents were:\n\n1. December 9, 10:45. Ak-Tatyr village. A man was hurt.\n2. Dec 10. Calm."
    assert [text[s:e] for s, e in split_sentences(text).spans] == [
        "The incidents were:", "1. December 9, 10:45.", "Ak-Tatyr village.", "A man was hurt.", "2. Dec 10.", "Calm."]


@pytest.mark.parametrize("pack, clause", [
    (EN, "After a quiet few hours, fire resumed at around 06:15 on Monday in Surkh."),
    (EN, "The firing continued with pauses until about 01:10."),
    (RU, "Огонь возобновился около 06:15 у Сурха."),
    (RU, "При обстреле пограничного наряда ранен военнослужащий."),
    (RU, "Пулей, выпущенной со стороны села Кулунду, ранена жительница."),
])
def test_fire_that_resumes_and_a_bullet_that_wounds_are_gunfire(pack, clause):
    assert "armed_clash" in clause_types(clause, pack)


def test_a_mortar_attack_on_a_post_stays_shelling():
    assert clause_types("обстрел пограничной заставы из минометов", RU) == ["shelling_artillery"]
    assert "armed_clash" not in clause_types("A fire broke out in a barn.", EN)


@pytest.mark.parametrize("clause, expected", [
    # a named soldier's age between his name and the verb
    ("Private Nurbek Toktorov, 20, was killed, and a sergeant was wounded.", [("fatalities", 1), ("injured", 1)]),
    # the part of a total died, not the total
    ("One of the two farmers wounded on Tuesday has died in hospital.", [("fatalities", 1)]),
    ("Two of the five soldiers were killed.", [("fatalities", 2)]),
])
def test_english_figures_of_named_people_and_parts(clause, expected):
    assert [(f.measure, f.value) for f in read_en(clause)] == expected


def test_one_of_a_total_followed_by_an_aside_is_no_count():
    figures = read_en("The border troops later said one of the three, a 34-year-old man, was alive "
                      "and was among the wounded.")
    assert ("injured", 1) not in [(f.measure, f.value) for f in figures]


@pytest.mark.parametrize("clause", [
    "ранен 54-летний житель джамоата Гульхона, работавший на участке",
    "Пулей, выпущенной с кыргызской стороны, ранена 37-летняя жительница.",
])
def test_russian_verb_first_singular_with_an_age(clause):
    assert [(f.measure, f.value) for f in read_ru(clause)] == [("injured", 1)]


@pytest.mark.integration
def test_an_english_timeline_dates_and_places_each_entry(geoparser):
    """Each numbered entry's date, place label (a village, or a district where no village is named) and
    wounded belong to that entry; the closing sum and the meeting entry are no incident."""
    text = ("Border Service publishes chronology of incidents\n\n"
            "Bishkek, December 12 /Kabar/. The Border Service has published a chronology of the incidents of "
            "the past four days, in which three people were wounded.\n\n"
            "1. December 9, 10:45. Ak-Tatyr village, Batken district. A 27-year-old resident of the village was "
            "wounded in the leg by a shot from the Tajik side while collecting firewood.\n\n"
            "2. December 10, 16:20. Kyzyl-Bel village, Batken district. A junior sergeant of the border outpost "
            "was wounded in the hand by a shot fired from the direction of Chilgazi.\n\n"
            "3. December 11, 08:05. Kadamjay district. A 35-year-old shepherd was wounded by a shot from the "
            "Tajik side on a winter pasture about 3 kilometers from the line.\n\n"
            "4. December 11, 11:00. A meeting of the border representatives was held at the checkpoint.\n\n"
            "In all, three people were wounded. No one was killed.")
    assert summary(incidents_of(geoparser, text, dt.date(2024, 12, 12))) == [
        ("Ak-Tatyr", "2024-12-09", 0, 1), ("Kadamjay District", "2024-12-11", 0, 1),
        ("Kyzyl-Bel", "2024-12-10", 0, 1)]


@pytest.mark.integration
def test_a_russian_note_s_entries_are_labelled_by_their_first_village(geoparser):
    """«— 9 марта, 06:20. Окрестности села Каракенджа джамоата Лахши Боло ...»: the label names the village
    first and its jamoat and district after; «Махалля Бахор джамоата Овчи-Калача»: an unknown quarter, then
    its jamoat."""
    text = ("Душанбе, 14.03.2024 /НИАТ «Ховар»/. В ноте перечислены следующие инциденты:\n\n"
            "— 9 марта, 06:20. Окрестности села Каракенджа джамоата Лахши Боло Лахшского района. При обстреле "
            "пограничного наряда ранен военнослужащий Пограничных войск.\n\n"
            "— 11 марта, 21:05. Махалля Бахор джамоата Овчи-Калача района Бободжон Гафуров. Пулей, выпущенной "
            "со стороны кыргызского села Кулунду, ранена 37-летняя жительница.")
    found = incidents_of(geoparser, text, dt.date(2024, 3, 14), lang="ru")
    assert sorted((i.place.name, i.date_start.isoformat(), i.injured, i.event_type) for i in found) == [
        ("Karakenja", "2024-03-09", 1, "armed_clash"), ("Ovchi-Kalacha", "2024-03-11", 1, "armed_clash")]


@pytest.mark.integration
def test_fire_at_two_villages_across_midnight_keeps_each_village_s_toll(geoparser):
    """"One resident of Isfara was killed and three others were wounded" sums two villages of the town's
    district: the town is the people's home, no scene, and each village keeps its own figures and day."""
    text = ("DUSHANBE, July 2, 2024, Asia-Plus - One resident of Isfara was killed and three others were wounded "
            "when shots were fired from the Kyrgyz side at two villages of the town's border jamoats on Sunday "
            "night and again on Monday morning, the regional administration said.\n\n"
            "The shooting began at about 23:40 on Sunday, June 30, when bullets hit houses on the edge of "
            "Chorkuh. A 45-year-old woman was wounded in the shoulder. No one was killed in Chorkuh.\n\n"
            "After a quiet few hours, fire resumed at around 06:15 on Monday, July 1, this time on the upper "
            "part of Surkh. A 68-year-old man was killed on his way back from the morning prayer, and two "
            "residents, aged 17 and 39, were wounded.")
    assert summary(incidents_of(geoparser, text, dt.date(2024, 7, 2))) == [
        ("Chorkuh", "2024-06-30", 0, 1), ("Surkh", "2024-07-01", 1, 2)]


@pytest.mark.integration
def test_a_village_that_wraps_around_an_exclave_names_no_second_scene(geoparser):
    text = ("Late on October 11, two mortar rounds landed in gardens on the southern edge of Ak-Sai, the village "
            "that wraps around Tajikistan's Vorukh exclave. A woman and her grandson were wounded.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2023, 10, 14))] == ["Ak-Sai"]


@pytest.mark.integration
def test_a_follow_up_s_death_of_one_of_the_wounded(geoparser):
    """One of two wounded died: one dead and one wounded, whoever reported the first count."""
    text = ("BISHKEK (AKIpress) - One of the two farmers wounded on Tuesday in Toguz-Bulak village has died in "
            "hospital, the Ministry of Health reported on Wednesday.\n\n"
            "As AKIpress reported yesterday, shots were fired from the Tajik side at about 17:10 on May 12 at a "
            "group of farmers weeding a field on the outskirts of Toguz-Bulak. Two men aged 58 and 33 were "
            "wounded.")
    assert summary(incidents_of(geoparser, text, dt.date(2026, 5, 13))) == [("Toguz-Bulak", "2026-05-12", 1, 1)]


@pytest.mark.integration
def test_a_death_told_again_by_name_is_one_death_and_two_told_apart_are_two(geoparser):
    text = ("A Kyrgyz border guard who was wounded in an exchange of fire near the village of Toguz-Bulak last "
            "Sunday has died in hospital, the Border Service said on August 10. Sergeant Nurbek Abdyrakhmanov, "
            "24, died on the evening of August 9 in Osh. In its first statement, the service reported that two "
            "Kyrgyz servicemen had been wounded in the shooting.")
    assert [(i.fatalities, i.injured) for i in incidents_of(geoparser, text, dt.date(2025, 8, 10))] == [(1, 1)]
    text = ("Nine residents of Surkh were injured in the shelling on 20 July. One of the injured, a man born in "
            "1967, died of his wounds in hospital on 21 July. Earlier, a resident of Surkh, a woman born in 1979, "
            "was killed on the spot. Thus, as a result of the shelling, 2 citizens of Tajikistan have died.")
    assert [(i.fatalities, i.injured) for i in incidents_of(geoparser, text, dt.date(2024, 7, 22))] == [(2, 8)]


@pytest.mark.integration
def test_a_pronoun_speaker_passes_to_the_sentence_before(geoparser):
    """ "The Tajik side then opened fire ..., it said": the side named is who fired, and "the service said"
    of the next sentence is still Kyrgyzstan's border service."""
    text = ("A Kyrgyz border guard was killed in an exchange of fire near the village of Andarak late on Monday, "
            "Kyrgyz authorities said on Wednesday.\n\n"
            "A patrol ordered Tajik servicemen to stop digging positions, Kyrgyzstan's border service said in a "
            "statement. The Tajik side then opened fire, and shooting continued until about 1:15 a.m., it said.\n\n"
            "Private Nurbek Toktosunov, 20, died of a chest wound before he could be evacuated, the service said.")
    found = incidents_of(geoparser, text, dt.date(2023, 11, 8))
    assert [(i.place.name, i.fatalities, i.fatalities_by_side) for i in found] == [("Andarak", 1, {"KG": 1})]


@pytest.mark.parametrize("clause, expected", [
    ("Трое кыргызских чабанов в возрасте 19, 27 и 44 лет получили травмы головы.", [("injured", 3)]),
    ("Около 05:50 огнестрельное ранение ноги получил 38-летний местный житель.", [("injured", 1)]),
    ("Ранен 23-летний младший сержант, его доставили в больницу.", [("injured", 1)]),
    ("Погибших в этот день не было.", [("fatalities", 0)]),
    ("Погибших при ночном обстреле нет.", [("fatalities", 0)]),
    ("Люди не пострадали.", [("fatalities", 0), ("injured", 0)]),
    ("Около 120 жителей махалли остались до утра у родственников в центре Исфары.", [("displaced", 120)]),
])
def test_russian_figures_of_batch_41(clause, expected):
    assert [(f.measure, f.value) for f in read_ru(clause)] == expected


def test_russian_yesterday_s_as_an_adjective_dates_the_event():
    from geo.language.ru.dates import find_dates
    found = find_dates("раненных во время вчерашней перестрелки", dt.date(2023, 3, 16))
    assert [d.window.start.isoformat() for d in found] == ["2023-03-15"]


@pytest.mark.parametrize("pack, text", [
    (RU, "Один из жителей Воруха, раненных во время вчерашней перестрелки, скончался ночью в больнице."),
    (RU, "17-летний ученик, получивший ранение в живот, скончался около трех часов ночи."),
    (EN, "One of the two farmers wounded on Tuesday in Toguz-Bulak has died in hospital."),
])
def test_deaths_of_the_wounded(pack, text):
    assert pack.died_of_wounds.search(text)


@pytest.mark.parametrize("pack, text", [
    (RU, "Всего из двух сел временно вывезены около 650 человек."),
    (EN, "In all, about 650 people were taken from the two villages."),
])
def test_a_sum_over_places_is_no_village_s_figure(pack, text):
    assert pack.cumulative.search(text)


def test_a_bold_dashed_dateline():
    from geo.language.ru.dateline import find_dateline
    found = find_dateline("# Заголовок\n\n**Исфара, 16 марта — Радио Озоди.** Один из жителей Воруха скончался.")
    assert (found.place, found.month_day, found.agency) == ("Исфара", (3, 16), "Радио Озоди")


@pytest.mark.integration
def test_a_russian_week_told_under_weekday_headings(geoparser):
    """«Понедельник, Тогуз-Булак»: a weekday heading's place is its section's scene (the section names only
    an adjectival «Тогуз-Булакского айыл окмоту»); the pasture «у границы с Горно-Матчинским районом»
    faces the other country's district; the Saturday statement's sum is no incident."""
    text = ("Бишкек — Kaktus.media. С понедельника зарегистрированы три инцидента.\n\n"
            "Понедельник, Тогуз-Булак\n\n"
            "Около 16:30 в понедельник в урочище Кара-Булак, примерно в 2,5 км от центра Тогуз-Булакского айыл "
            "окмоту Лейлекского района, огнестрельное ранение в плечо получил 52-летний чабан.\n\n"
            "Ночь на четверг, Ак-Сай\n\n"
            "Позавчера, в ночь со среды на четверг, около 01:40, автоматным огнем со стороны Воруха были "
            "обстреляны окраины села Ак-Сай Баткенского района. «Никто не пострадал», — рассказал глава "
            "айыл окмоту.\n\n"
            "Пятница, Кадамжайский район\n\n"
            "Накануне, в пятницу, около 7 утра на пастбище Кан-Ой в Кадамжайском районе, у границы с "
            "Горно-Матчинским районом Таджикистана, произошла драка между чабанами. Трое кыргызских чабанов "
            "в возрасте 19, 27 и 44 лет получили травмы головы и рук.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 15), lang="ru")
    assert sorted((i.place.name, i.date_start.isoformat(), i.injured, i.event_type) for i in found) == [
        ("Ak-Sai", "2024-06-13", 0, "armed_clash"),
        ("Kadamjay District", "2024-06-14", 3, "border_incident_protest"),
        ("Toguz-Bulak", "2024-06-10", 1, "armed_clash")]


@pytest.mark.integration
def test_two_days_in_one_russian_sentence_and_their_sums(geoparser):
    """«Во вторник ... Кара-Бак, а в среду ... у села Кызыл-Бел»: each clause dates its own village; the
    ministry's sum over two days and the evacuees «из двух сел» go to neither."""
    text = ("Азаттык. Во вторник вечером минометному обстрелу подверглось село Кара-Бак, а в среду днем "
            "перестрелка вспыхнула у села Кызыл-Бел.\n\n"
            "Обстрел Кара-Бака начался во вторник, 19 октября, около 18:20. Ранения получили двое жителей "
            "Кара-Бака. Погибших в этот день не было. Около 450 женщин и детей ночью были вывезены в Баткен.\n\n"
            "В среду, 20 октября, около 13:00 перестрелка началась у заставы в районе села Кызыл-Бел. В бою погиб "
            "кыргызский военнослужащий. Ранены трое. Из Кызыл-Бела временно вывезены около 200 жителей.\n\n"
            "Всего из двух сел временно вывезены около 650 человек.")
    found = incidents_of(geoparser, text, dt.date(2021, 10, 21), lang="ru")
    assert sorted((i.place.name, i.date_start.isoformat(), i.fatalities, i.injured, i.displaced) for i in found) == [
        ("Kara-Bak", "2021-10-19", 0, 2, 450), ("Kyzyl-Bel", "2021-10-20", 1, 3, 200)]


@pytest.mark.integration
def test_a_russian_brawl_s_other_party_from_a_district(geoparser):
    """The other party «из соседнего села Лейлекского района» counts its own hurt: the fight's, summed."""
    text = ("Утром во вторник в джамоате Гульхона произошла драка между жителями села и гражданами Кыргызстана "
            "из соседнего села Лейлекского района. Двое жителей Гульхоны получили травмы головы. По информации "
            "Баткенского областного УВД, травму получил и один житель Лейлекского района.")
    found = incidents_of(geoparser, text, dt.date(2023, 8, 22), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Gulkhona", 3)]


@pytest.mark.integration
def test_the_same_death_told_twice_and_a_revised_count_of_wounded(geoparser):
    """A death told in the lede and again after the revised count of wounded is one death, taken from them;
    a scene «, сообщает Пограничная служба» does not speak; a drone «ушел в сторону» a district."""
    text = ("**Исфара, 16 марта — Радио Озоди.** Один из жителей Воруха, раненных во время вчерашней "
            "перестрелки, скончался ночью в больнице.\n\n"
            "Накануне, в среду, 15 марта, около 14:00 на въезде в Ворух между пограничниками двух стран "
            "завязалась перестрелка. Вчера в хукумате говорили о двух раненых. Сегодня утром в хукумате "
            "уточнили, что ранения получили трое граждан Таджикистана. 17-летний ученик, получивший ранение в "
            "живот, скончался около трех часов ночи.")
    found = incidents_of(geoparser, text, dt.date(2023, 3, 16), lang="ru")
    assert [(i.place.name, i.date_start.isoformat(), i.fatalities, i.injured, i.fatalities_by_side)
            for i in found] == [("Vorukh", "2023-03-15", 1, 2, {"TJ": 1})]
    text = ("Около 07:30 таджикские военнослужащие открыли огонь по окраине Самаркандыка, сообщает Пограничная "
            "служба ГКНБ. Ранен один местный житель. В понедельник беспилотник сбросил взрывное устройство на "
            "пастбище у села Кара-Шыбак. Люди не пострадали. Дрон ушел в сторону Лахшского района.")
    found = incidents_of(geoparser, text, dt.date(2026, 4, 23), lang="ru")
    assert sorted(i.place.name for i in found) == ["Kara-Shibak", "Samarkandyk"]


@pytest.mark.integration
def test_a_conclusion_with_takim_obrazom_is_the_toll(geoparser):
    text = ("Один из двух жителей села Кара-Бак, раненных при обстреле 14 июля, скончался в больнице. Утром "
            "15 июля в центр семейной медицины обратился еще один житель села с огнестрельным ранением "
            "предплечья. Таким образом, в результате инцидента погиб один гражданин Кыргызстана, еще двое "
            "получили ранения.")
    found = incidents_of(geoparser, text, dt.date(2025, 7, 16), lang="ru")
    assert [(i.fatalities, i.injured) for i in found] == [(1, 2)]


@pytest.mark.parametrize("pack, clause", [
    (EN, "A boy was killed when an old artillery shell exploded on a slope near Karakenja."),
    (EN, "A teenager was killed when an unexploded shell went off on a pasture near Arka."),
    (RU, "Подросток погиб при взрыве неразорвавшегося снаряда у села Кара-Шыбак."),
])
def test_old_ordnance_going_off_is_a_casualty_report_not_shelling(pack, clause):
    assert clause_types(clause, pack) == ["casualty_report"]


def test_shelling_and_a_senior_sergeant_stay_shelling():
    assert "shelling_artillery" in clause_types("Старший сержант ранен при минометном обстреле.", RU)
    assert "shelling_artillery" in clause_types("Mortar shells hit Vorukh, wounding two.", EN)


def test_old_ordnance_maps_to_acled_s_remote_explosive():
    from geo.incidents.taxonomy import acled_type
    hints = [name for name, p in EN.sub_event_cues.items() if p.search("an unexploded shell went off")]
    assert acled_type("casualty_report", hints)[2] == "Remote explosive/landmine/IED"


def test_a_live_page_in_twelve_hour_time_with_headings_over_its_entries():
    from geo.incidents.structure import newest_first_entries
    text = "Live.\nGuard hurt\n\n1:20 PM\nTwo hurt.\n11:45 AM\nOne hurt.\n9:30 AM\nShots."
    assert [text[i:i + 8] for i in newest_first_entries(text)] == ["Guard hu", "11:45 AM", "9:30 AM\n"]


@pytest.mark.integration
def test_a_live_page_s_summary_headings_and_a_reference_village(geoparser):
    """The summary above the entries sums the day; an entry's heading is told by its body; "a post outside
    the village of Chek, some 6 kilometers south of Kara-Bak" is at Chek though Kara-Bak had its own event;
    "opened fire at about 7:40 a.m. on residents of Kara-Bak" is at Kara-Bak."""
    text = ("LIVE UPDATES: Deadly shooting on the border\n\n"
            "Kyrgyz officials say one villager was killed and five people were wounded on Thursday in shootings "
            "near Kara-Bak and Chek. Tajikistan reports two wounded farmers of its own.\n\n"
            "A guard was wounded at a second post\n\n"
            "8:10 PM\n\n"
            "Kyrgyzstan's Border Service says shots were fired from the Tajik side at about 3:30 p.m. at a border "
            "post outside the village of Chek, some 6 kilometers south of Kara-Bak. One border guard was wounded "
            "in the arm there. There were no deaths at Chek, the service said.\n\n"
            "Kara-Bak toll revised\n\n"
            "4:05 PM\n\n"
            "One of the villagers wounded in Kara-Bak in the morning has died, and a fourth wounded resident has "
            "been brought in, the Health Ministry says. The toll from Kara-Bak now stands at one killed and four "
            "wounded, up from the three wounded reported this morning.\n\n"
            "Shooting at Kara-Bak\n\n"
            "9:30 AM\n\n"
            "Kyrgyzstan's Border Service says Tajik servicemen opened fire at about 7:40 a.m. on residents of "
            "Kara-Bak. Three villagers were wounded.")
    found = incidents_of(geoparser, text, dt.date(2023, 6, 15))
    assert summary(found) == [("Chek", "2023-06-15", 0, 1), ("Kara-Bak", "2023-06-15", 1, 4)]


def test_fire_from_positions_that_hit_fields_is_gunfire():
    assert "armed_clash" in clause_types(
        "fire from Kyrgyz positions hit fields on the outskirts of a village, wounding two farmers", EN)


@pytest.mark.parametrize("clause, expected", [
    ("A Kyrgyz border guard was killed and another was injured when a landmine exploded.",
     [("fatalities", 1), ("injured", 1)]),
    ("One house was destroyed and another was damaged.", [("houses_damaged", 1)]),
])
def test_and_another_was_injured(clause, expected):
    assert [(f.measure, f.value) for f in read_en(clause)] == expected


@pytest.mark.parametrize("clause, expected", [
    ("Двое других — мальчики 11 и 14 лет — получили осколочные ранения.", [("injured", 2)]),
    ("Пострадал водитель, житель Ак-Сая 1986 года рождения.", [("injured", 1)]),
    ("Погибли 5 человек в возрасте от 20 до 45 лет.", [("fatalities", 5)]),
])
def test_russian_ages_in_a_dashed_aside_and_a_singular_hurt_driver(clause, expected):
    assert [(f.measure, f.value) for f in read_ru(clause)] == expected


def test_one_of_two_wounded_who_died_and_where_the_post_that_fired_stood():
    text = ("One of two Tajik brothers wounded a week ago by gunfire from the Kyrgyz side of the border has died "
            "in hospital.")
    assert [(f.measure, f.value) for f in read_en(text)] == [("fatalities", 1)]
    assert EN.died_of_wounds.search(text)
    assert EN.roles.origin_before.search("shots came from the direction of a Kyrgyz border post near ")
    assert EN.roles.scene_before.search("irrigating an apricot orchard on the edge of the neighboring ")
    assert RU.died_of_wounds.search("скончался 26-летний Бакыт А., получивший огнестрельное ранение у села Андарак")


@pytest.mark.integration
def test_a_death_told_on_its_night_keeps_the_attack_s_day(geoparser):
    """«В ночь на пятницу скончался ..., получивший ранение ... в понедельник»: the night is the death's."""
    text = ("В Ошской больнице в ночь на пятницу скончался военнослужащий Бакыт А., получивший огнестрельное "
            "ранение у села Андарак в понедельник, 3 июня.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 8), lang="ru")
    assert [(i.place.name, i.date_start.isoformat()) for i in found] == [("Andarak", "2024-06-03")]


@pytest.mark.parametrize("pack, clause", [
    (RU, "Таджикские пограничники задержали в Канибадамском районе двух граждан Кыргызстана, которые перегоняли "
         "35 овец через неописанный участок границы."),
    (RU, "МЧС провело в Кадамжайском районе учения по эвакуации населения на случай землетрясения и обострения на "
         "границе."),
    (RU, "Людей вывезли в палаточный лагерь в 8 км от сел, учения продлились шесть часов."),
    (EN, "The ministry held an evacuation drill in three villages for an earthquake and an escalation on the border."),
])
def test_exercises_and_herders_held_for_crossing_report_no_event(pack, clause):
    assert clause_types(clause, pack) == []


def test_herders_detained_on_the_other_country_s_land_stay_an_event():
    text = ("Военнослужащие задержали трёх граждан Таджикистана, которые пасли скот на пастбище у села Сурх, на "
            "территории Республики Таджикистан.")
    assert clause_types(text, RU) == ["border_incident_protest"]


@pytest.mark.integration
def test_a_digest_s_dated_district_heading_over_a_drill_is_no_scene(geoparser):
    text = ("Граница за неделю.\n\n"
            "Вторник, 16 мая. Гулистон\n\nВ джамоате Гульхона ранен военнослужащий.\n\n"
            "Суббота, 20 мая. Кадамжайский район\n\n"
            "МЧС провело в Кадамжайском районе учения по эвакуации населения на случай землетрясения и обострения "
            "на границе. Людей вывезли в палаточный лагерь в 8 км от сел, учения продлились шесть часов.")
    found = incidents_of(geoparser, text, dt.date(2023, 5, 21), lang="ru")
    assert "Kadamjay District" not in [i.place.name for i in found]
