"""When and where as desks date and place them (held-out batch 135: follow-ups, anniversaries, two clocks) and the
everyday mix of the sealed batches 130 and 134, each studied after a blind score. The texts are written for these
tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.language import pack_for
from geo.language.ru.inflect import case_forms
from tests.test_counted_and_typed import by_place, figures_of, incidents_of, roles_of

# --- a follow-up's day is the fight's -----------------------------------------------------------------------------

FARMER_DIES = (
    "A Kyrgyz farmer who was wounded in Monday's shooting on the border has died in a hospital in Osh, officials "
    "say.\n\n"
    "Kyrgyzstan's Health Ministry said on August 22 that the 58-year-old man, a resident of the village of Andarak "
    "in the Leilek district, died late on Wednesday in the Osh Interregional Clinical Hospital.\n\n"
    "According to the Border Service, the man was one of three people hit when shots were fired from the Tajik side "
    "at farmers irrigating plots on the southern edge of Andarak on Monday afternoon.\n\n"
    "Tajikistan's Border Troops said there had been no casualties among Tajik personnel.")


def test_a_death_in_hospital_days_later_is_the_fights_toll(geoparser):
    found = incidents_of(geoparser, FARMER_DIES, dt.date(2024, 8, 22))
    assert [(i.place.name, i.date_start, i.fatalities) for i in found] == [("Andarak", dt.date(2024, 8, 19), 1)]


def test_people_hit_when_shots_were_fired_were_wounded():
    read = pack_for("en").read_figures
    assert figures_of(read, "the man was one of three people hit when shots were fired") == [("injured", 3, None)]
    assert figures_of(read, "A woman was hit by a stray bullet.") == [("injured", 1, None)]
    assert figures_of(read, "The post was hit by gunfire.") == []


def test_no_casualties_among_a_sides_personnel_is_that_sides_zero():
    assert figures_of(pack_for("en").read_figures, "there had been no casualties among Tajik personnel") == [
        ("fatalities", 0, "TJ"), ("injured", 0, "TJ")]


def test_a_day_s_toll_days_later_is_no_death_of_wounds(geoparser):
    text = ("Shells hit Beshkent late on Monday, the Border Service said.\n\n"
            "On Wednesday five residents of Beshkent were killed and 31 wounded, the Health Ministry said.")
    found = incidents_of(geoparser, text, dt.date(2023, 10, 12))
    assert dt.date(2023, 10, 11) in [i.date_start for i in found]


KULUNDU_TWO_CLOCKS = (
    "Бишкек. 16 мая. ИНТЕРФАКС - Пограничники Киргизии и Таджикистана обвинили друг друга в ночной перестрелке у "
    "села Кулунду.\n\n"
    "Как сообщила Пограничная служба ГКНБ Киргизии, \"во вторник в 00:20 таджикские военнослужащие открыли огонь по "
    "киргизскому наряду у моста в селе Кулунду\". Ранение ноги получил военнослужащий 2001 года рождения.\n\n"
    "Пограничные войска Таджикистана сообщили, что \"15 мая в 23:20 военнослужащие Киргизии первыми открыли огонь по "
    "таджикскому наряду на участке Кулунду - Овчи-Калача\". Ранен один таджикский пограничник.")


def test_one_night_told_by_two_clocks_is_one_incident_of_both_days(geoparser):
    found = incidents_of(geoparser, KULUNDU_TWO_CLOCKS, dt.date(2023, 5, 16), "ru")
    assert [(i.place.name, i.date_start, i.date_end) for i in found] == [
        ("Kulundu", dt.date(2023, 5, 15), dt.date(2023, 5, 16))]


# --- anniversaries and the past -----------------------------------------------------------------------------------

ANNIVERSARY = (
    "Several hundred people gathered at the memorial in Batken on Saturday, September 14, to mark two years since "
    "the conflict. Wreaths were laid at a granite wall bearing the names of the 63 citizens of Kyrgyzstan killed in "
    "the fighting.\n\n"
    "According to official data, 63 Kyrgyz citizens died in the fighting of September 14-16, 2022. Tajikistan "
    "reported 41 dead. The fighting began on the morning of September 14 near the Tajik border post at Khoja-Alo and "
    "spread to Ak-Sai and Kok-Tash. A ceasefire was agreed on September 16 at a meeting in Batken.\n\n"
    "Late on Friday, shots were fired from the Tajik side at farmers in Ak-Tatyr, the district administration said. "
    "No one was hurt.")


def test_days_without_their_year_after_a_past_range_are_that_years(geoparser):
    found = incidents_of(geoparser, ANNIVERSARY, dt.date(2024, 9, 15))
    assert [(i.place.name, i.date_start) for i in found] == [("Ak-Tatyr", dt.date(2024, 9, 13))]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Wreaths were laid at a granite wall bearing the names of the 63 citizens of Kyrgyzstan killed."),
    ("ru", "У стены с именами 63 погибших граждан Кыргызстана возложили цветы."),
])
def test_a_memorials_names_are_no_toll(lang, text):
    assert figures_of(pack_for(lang).read_figures, text) == []


def test_names_released_of_the_dead_are_still_a_toll():
    assert figures_of(pack_for("en").read_figures, "released the names of the three servicemen who lost their "
                                                   "lives") == [("fatalities", 3, None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A Kyrgyz border guard was wounded near Andarak late on Tuesday, the latest flare-up on a border where two "
           "rounds of fighting have killed about 160 people since 2021."),
    ("en", "A herder was beaten near Kyzyl-Bel on Tuesday. Six herders from Kyzyl-Bel have been detained by Tajik "
           "guards since May."),
    ("ru", "Во вторник у Кызыл-Бела был избит чабан. С мая у Кызыл-Бела задержаны шесть чабанов."),
])
def test_a_count_since_a_month_or_a_year_is_no_days_toll(geoparser, lang, text):
    found = incidents_of(geoparser, text, dt.date(2024, 5, 16), lang)
    assert all(i.fatalities in (None, 0) and all(f.value < 6 for f in i.figures) for i in found)


def test_a_sides_count_told_back_then_is_the_past_events(geoparser):
    text = ("В четверг, 1 августа, у въезда в Кызыл-Бел забросали камнями микроавтобус. Пострадали двое пассажиров.\n\n"
            "Ровно 36 граждан Кыргызстана погибли в ходе конфликта 28 апреля - 1 мая 2021 года. На этой неделе в "
            "Баткене открыли мемориальную доску. Таджикская сторона тогда сообщала о 19 погибших.")
    found = incidents_of(geoparser, text, dt.date(2024, 8, 5), "ru")
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Kyzyl-Bel", None, 2)]


def test_a_recap_of_this_events_first_report_is_still_counted(geoparser):
    text = ("A border guard wounded in a shooting near Beshkent on October 3 has died, the Ministry of Health said.\n\n"
            "Recall, on October 3, servicemen of the Tajik side opened fire at a Kyrgyz border detail near Beshkent. "
            "The Border Service then reported that three citizens of Kyrgyzstan were injured.")
    beshkent = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 11)))["Beshkent"]
    assert beshkent.injured == 2


# --- places: scenes, speakers, homes and the other side's version --------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "Herders from Kara-Shibak and a group of herders from the Tajik side quarreled over grazing rights on a "
           "high pasture on Thursday. The argument turned into a fight with sticks and stones. Three Kyrgyz herders "
           "were injured.", "Kara-Shibak"),
    ("ru", "В четверг чабаны из Кара-Шыбака повздорили с таджикскими пастухами из-за пастбища. Ссора переросла в драку "
           "с палками и камнями. Трое кыргызских чабанов получили травмы.", "Kara-Shibak"),
])
def test_a_quarrel_that_turned_into_a_fight_is_placed_where_it_was_told(geoparser, lang, text, place):
    found = incidents_of(geoparser, text, dt.date(2025, 7, 21), lang)
    assert [(i.place.name, i.injured) for i in found] == [(place, 3)]


def test_an_escalation_after_no_quarrel_or_of_a_unit_places_nothing(geoparser):
    text = ("Residents of the enclave and of neighbouring Kyrgyz villages of Beshkent aiyl aimak quarrelled over a "
            "road on Wednesday. The quarrel turned into a brawl and stone-throwing.")
    assert ("Beshkent", "incident") not in roles_of(geoparser, text, "en", dt.date(2026, 4, 16))


def test_the_other_sides_version_of_where_by_its_countrys_territory(geoparser):
    text = ("Two Kyrgyz herders were detained and beaten by Tajik guards on a pasture south of Toguz-Bulak on July "
            "26.\n\n"
            "Tajikistan's GKNB said that two citizens of Kyrgyzstan had been detained \"on the territory of the "
            "Republic of Tajikistan\" in the Kuhistoni Mastchoh district for illegally crossing the border.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2023, 7, 31))] == ["Toguz-Bulak"]


def test_units_named_after_regions_speak_for_them(geoparser):
    text = ("On Thursday, February 29, the heads of the Batken and Sughd regional border units met in the Tajik town "
            "of Ghafurov and agreed on a ceasefire.")
    roles = roles_of(geoparser, text, "en", dt.date(2024, 3, 4))
    assert ("Batken", "incident") not in roles


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("en", "A teenager was killed and his brother wounded when an old mortar round exploded near Navgilem on Sunday. "
           "His brother, who suffered shrapnel wounds to his legs, was operated on in Isfara.", "Isfara"),
    ("ru", "Подросток погиб, а его брат ранен при взрыве старой мины возле Навгилема в воскресенье. Брата, получившего "
           "осколочные ранения ног, прооперировали в Исфаре.", "Isfara"),
    ("en", "Three residents of Chek were injured, one of them with a head wound that needed treatment in Batken.",
     "Batken"),
])
def test_where_the_wounded_were_operated_on_or_treated_is_no_scene(geoparser, lang, text, town):
    found = incidents_of(geoparser, text, dt.date(2025, 4, 15), lang)
    assert town not in [i.place.name for i in found]


def test_the_towns_a_road_runs_between_are_no_scene(geoparser):
    text = ("Tajik servicemen opened fire at about 4:20 p.m. Sunday on the Kyrgyz border post at Arka, a village that "
            "sits on the road between the Tajik cities of Khujand and Konibodom.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 9, 16))] == ["Arka"]


def test_a_crossing_where_a_detainee_was_released_is_no_scene(geoparser):
    text = ("A herder from Toguz-Bulak was detained by Tajik border guards on Thursday morning and beaten with rifle "
            "butts. He was held overnight and released on Friday afternoon at the Kulundu – Ovchi-Kalacha crossing. "
            "No other casualties were reported.")
    assert "Kulundu" not in [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 10, 19))]


def test_where_officials_who_came_to_the_scene_came_from_is_no_scene(geoparser):
    text = ("8 ноября беспилотник сбросил взрывное устройство на хозяйство в селе Гулхона. Разрушен хлев, погибли три "
            "коровы.\n\nНа место происшествия прибыли представители хукумата района из Мехробода и "
            "специалисты-взрывотехники из Худжанда.")
    found = incidents_of(geoparser, text, dt.date(2023, 11, 9), "ru")
    assert [i.place.name for i in found] == ["Gulkhona"]


def test_traffic_through_a_crossing_places_nothing(geoparser):
    text = ("Главное — драка на приграничном рынке в Самаркандыке, возобновление грузового движения через пункт "
            "пропуска в Кызыл-Беле и новый раунд переговоров.")
    assert ("Кызыл-Беле", "incident") not in roles_of(geoparser, text, "ru", dt.date(2024, 6, 10))


def test_a_scene_told_after_an_outlet_and_its_source(geoparser):
    text = ("Трагедия произошла в среду, 2 октября, около 16:30 в окрестностях села Кызыл-Эшме, рассказали "
            "Kaktus.media в МЧС. Подростки нашли старую мину, произошел взрыв, один из них погиб.")
    roles = roles_of(geoparser, text, "ru", dt.date(2024, 10, 3))
    assert ("Кызыл-Эшме", "incident") in roles


# --- figures ------------------------------------------------------------------------------------------------------


def test_the_houses_a_count_of_people_comes_from_are_no_count():
    read = pack_for("en").read_figures
    assert figures_of(read, "As a precaution, 46 residents of the 11 houses nearest to the site were taken to a "
                            "school for the night.") == [("displaced", 46, None)]
    assert figures_of(pack_for("ru").read_figures, "В целях безопасности 46 жителей 11 ближайших к месту домов были "
                                                   "вывезены на ночь в школу.") == [("displaced", 46, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Местные власти вывезли с трех соседних стоянок 46 человек.", [("displaced", 46, None)]),
    ("Из 27 домов временно отселены 118 человек.", [("displaced", 118, None)]),
    ("Поблизости обнаружены еще три таких боеприпаса, их вывезли и уничтожили.", []),
    ("Второй подросток, 12 лет, с осколочными ранениями рук доставлен в районную больницу.", [("injured", 1, None)]),
])
def test_russian_counts_of_camps_houses_munitions_and_one_person(text, expected):
    assert figures_of(pack_for("ru").read_figures, text) == expected


def test_an_age_after_a_revision_is_no_revised_count(geoparser):
    text = ("В ночь на среду у села Кара-Шыбак обстреляна стоянка чабанов. Утром в Погранслужбе сообщали о двух "
            "раненых. Днем Министерство здравоохранения уточнило данные: 47-летний мужчина скончался в больнице.")
    found = incidents_of(geoparser, text, dt.date(2023, 7, 12), "ru")
    assert all(i.injured != 47 for i in found)


def test_the_other_sides_count_told_in_the_same_sentence_is_its_own(geoparser):
    text = ("Жители джамоата Чилгази и села Кызыл-Бель в субботу вечером забросали друг друга камнями у канала. По "
            "данным таджикской стороны, пострадали четверо жителей Чилгази, кыргызская сторона сообщает о двух "
            "пострадавших среди своих граждан.")
    chilgazi = by_place(incidents_of(geoparser, text, dt.date(2023, 6, 19), "ru"))["Chilgazi"]
    assert chilgazi.injured == 6


def test_a_sides_own_earlier_count_is_not_the_others_revision(geoparser):
    text = ("В воскресенье у рынка в Самаркандыке произошла массовая драка с жителями Сурха.\n\n"
            "«По уточненным данным, в результате инцидента погиб один гражданин Кыргызстана, еще трое получили "
            "травмы», — говорится в сообщении Минздрава.\n\n"
            "Таджикская сторона ранее сообщала о двух пострадавших жителях Сурха.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 24), "ru"))
    assert found["Samarkandyk"].injured == 5


def test_a_count_of_the_hurt_in_a_conflict_types_the_follow_up(geoparser):
    text = ("Число пострадавших в результате конфликта на пастбище в окрестностях села Тогуз-Булак выросло до четырех "
            "человек. Об этом сообщили в управлении здравоохранения.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 14), "ru")
    assert [(i.place.name, i.injured) for i in found] == [("Toguz-Bulak", 4)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tajik troops opened fire at about 11:40 p.m. Monday on a Kyrgyz position near the village of Kara-Shibak. "
           "The firing, \"including with the use of mortars,\" continued until about 2 a.m."),
    ("ru", "Около 23:40 в понедельник таджикские военные открыли огонь по позиции у села Кара-Шыбак. Стрельба, в том "
           "числе с применением минометов, продолжалась до 02:00."),
])
def test_mortars_named_in_the_next_sentence_make_it_shelling(geoparser, lang, text):
    found = incidents_of(geoparser, text, dt.date(2024, 7, 23), lang)
    assert [i.event_type for i in found] == ["shelling_artillery"]


# --- reports about an event, truces, fakes --------------------------------------------------------------------------


def test_a_visit_to_the_aftermath_told_first_is_the_shellings_day(geoparser):
    text = ("Правительственная комиссия в среду ознакомилась с последствиями обстрела окраины поселка Шуроб, "
            "совершенного вечером во вторник, 2 апреля.\n\n"
            "2 апреля в 19:45 военнослужащие Кыргызской Республики открыли огонь из минометов по окраине Шуроба. "
            "Погибла 64-летняя жительница поселка.")
    found = incidents_of(geoparser, text, dt.date(2024, 4, 4), "ru")
    assert [(i.place.name, i.date_start) for i in found] == [("Shurob", dt.date(2024, 4, 2))]


def test_a_note_of_protest_over_the_shooting_is_no_second_event(geoparser):
    text = ("Вторник, 8 октября\n\nСамый тревожный эпизод недели произошел на участке у Хистеварза. Около 16:30 "
            "кыргызские пограничники открыли огонь по двум жителям села. Мужчина получил ранение руки.\n\n"
            "Среда, 9 октября\n\nМИД Таджикистана вручил ноту протеста в связи со стрельбой у Хистеварза накануне.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 13), "ru")
    assert [i.place.name for i in found] == ["Khistevarz"]


def test_a_truce_after_the_fire_at_a_village_is_agreed_at_its_crossing(geoparser):
    text = ("Представители пограничных ведомств во вторник договорились о прекращении огня после перестрелки, "
            "произошедшей накануне вечером у села Максат. Ранен один военнослужащий.\n\n"
            "\"В ходе встречи, состоявшейся 16 мая на пункте пропуска \"Кулунду\", стороны договорились о прекращении "
            "огня с 12:00\", - говорится в сообщении.")
    found = incidents_of(geoparser, text, dt.date(2023, 5, 16), "ru")
    assert sorted((i.place.name, i.event_type) for i in found) == [
        ("Kulundu", "ceasefire_agreement"), ("Maksat", "armed_clash")]


def test_a_ceasefire_told_after_its_source_names_the_meetings_crossing(geoparser):
    text = ("В пятницу у села Максат таджикские военные обстреляли позиции кыргызских пограничников.\n\n"
            "В субботу в 10:00 на пункте пропуска \"Кулунду\" состоялась встреча командования пограничных отрядов. Как "
            "сообщили в Погранслужбе, по ее итогам стороны договорились о полном прекращении огня с 12:00.")
    found = incidents_of(geoparser, text, dt.date(2023, 10, 14), "ru")
    assert ("Kulundu", "ceasefire_agreement") in [(i.place.name, i.event_type) for i in found]


def test_an_old_recording_makes_a_digest_item_a_fake(geoparser):
    text = ("1. Драка на рынке\n\nВ среду на рынке в Самаркандыке подрались торговцы. Трое получили травмы.\n\n"
            "2. Фейк недели\n\nВ TikTok распространялось видео, на котором слышны автоматные очереди, с подписью "
            "«Сегодня у Воруха снова стреляют». В Погранслужбе заявили, что никаких обстрелов в районе Воруха не было, "
            "а запись сделана в апреле 2021 года.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 10), "ru")
    assert [i.place.name for i in found] == ["Samarkandyk"]


def test_a_retrospective_articles_quote_goes_on_with_its_news(geoparser):
    text = ("# Два года после сентября 2022-го: в Раззакове почтили память погибших\n\n"
            "## Инцидент у Андарака\n\n"
            "Как сообщили в айыл окмоту, накануне вечером на дороге у села Андарак неизвестные забросали камнями "
            "грузовик местного жителя.\n\n"
            "«Разбито лобовое стекло, водитель получил порезы лица», — рассказал представитель айыл окмоту. Погибших "
            "нет, добавил он.")
    andarak = by_place(incidents_of(geoparser, text, dt.date(2024, 9, 14), "ru"))["Andarak"]
    assert (andarak.fatalities, andarak.injured) == (0, 1)


# --- names --------------------------------------------------------------------------------------------------------


def test_an_adjective_and_its_noun_decline_together():
    assert case_forms("Западная Калача") == ["Западной Калачи", "Западной Калаче", "Западную Калачу",
                                             "Западной Калачой", "Западной Калачей"]
    assert case_forms("Верхний Лахш")[0] == "Верхнего Лахша"
    assert case_forms("Ходжаи Аъло") == []


def test_an_inflected_adjective_name_is_found(geoparser):
    roles = roles_of(geoparser, "В ночь на четверг в Западной Калаче сгорел хлев.", "ru", dt.date(2024, 10, 13))
    assert ("Западной Калаче", "incident") in roles


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "В конце апреля исполнилось три года с начала конфликта 2021 года. Он начался 28 апреля у "
           "водораспределительного узла между селами Кок-Таш и Ходжаи Аъло. Погибли 36 граждан Кыргызстана."),
    ("en", "Three years have passed since the conflict of 2021. It began on April 28 at the water distribution point "
           "between Kok-Tash and Khoja-Alo. Officially, 36 citizens of Kyrgyzstan were killed."),
])
def test_how_a_past_conflict_began_is_told_in_its_year(geoparser, lang, text):
    assert incidents_of(geoparser, text, dt.date(2024, 5, 2), lang) == []


def test_a_town_the_village_lies_near_is_no_scene(geoparser):
    text = ("A Tajik teenager was killed when an old mortar round exploded on the outskirts of Navgilem, near the city "
            "of Isfara, on Sunday.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2025, 4, 15))] == ["Navgilem"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A drone dropped an explosive on a border post near Kara-Bak on Saturday. Two servicemen were wounded.\n\n"
           "The incident came two years after the September 2022 fighting.\n\n"
           "Around 100 people were killed in those clashes. Kyrgyzstan said 63 of its citizens died and more than "
           "136,000 fled their homes, while Tajikistan reported 41 dead. Tajik drones hit targets near Batken's "
           "airport, according to Bishkek."),
    ("ru", "В пятницу вечером у Кара-Бака забросали камнями автомобиль. Водитель получил ушиб головы.\n\n"
           "В субботу в Баткене почтили память погибших в сентябре 2022 года. Более 190 человек тогда получили "
           "ранения, из приграничных сел эвакуированы свыше 136 тысяч жителей."),
])
def test_the_sentences_that_go_on_telling_a_past_war_are_its(geoparser, lang, text):
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 9, 15), lang))
    assert list(found) == ["Kara-Bak"]
    assert found["Kara-Bak"].displaced is None and found["Kara-Bak"].fatalities in (None, 0)


# --- live pages, updates and corrections (batch 137) -----------------------------------------------------------


def test_a_wire_ledes_border_past_is_no_toll():
    read = pack_for("en").read_figures
    assert figures_of(read, "fought with stones on Wednesday evening, injuring 13 people, officials said, in the "
                            "latest flare-up on a frontier where disputes over land and water have killed scores of "
                            "people.") == [("injured", 13, None)]


def test_warning_shots_and_gunfire_that_hurt_no_one_leave_a_brawl(geoparser):
    text = ("Residents of Surkh and Samarkandyk fought with stones and sticks over irrigation water on Wednesday "
            "evening on the edge of Surkh, injuring 13 people. The fight broke out at a canal.\n\n"
            "Border guards of both countries arrived and fired several warning shots into the air. No one was hurt by "
            "gunfire and neither side reported any deaths.")
    found = incidents_of(geoparser, text, dt.date(2024, 7, 11))
    assert [(i.place.name, i.event_type) for i in found] == [("Surkh", "border_incident_protest")]


def test_an_editors_note_and_a_relatives_post_are_the_earlier_reports(geoparser):
    text = ("*Editor's note: This article has been updated. An earlier version, based on a relative's Facebook post, "
            "said that one of the two herders had died of his injuries. Kyrgyz health officials say both men are "
            "alive.*"
            "\n\nTwo Kyrgyz herders were detained and beaten by Tajik border guards on a pasture above the village of "
            "Toguz-Bulak on June 24.\n\nThe confusion began late on June 25, when a nephew posted that his uncle had "
            "\"died in Tajik captivity.\"")
    toguz_bulak = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 27)))["Toguz-Bulak"]
    assert toguz_bulak.fatalities in (None, 0)


def test_a_third_child_who_died_makes_the_toll_three(geoparser):
    text = ("A third child has died after an old artillery shell exploded near the village of Kara-Shibak on April 12, "
            "the Health Ministry said.\n\nFive children found the shell in a gully south of Kara-Shibak on April 12. "
            "Two boys were killed at the scene and three other children were wounded.")
    assert by_place(incidents_of(geoparser, text, dt.date(2024, 4, 13)))["Kara-Shibak"].fatalities == 3


def test_quiet_after_a_truces_hour_debunks_nothing(geoparser):
    text = ("Утром во вторник таджикские военнослужащие открыли огонь по заставе «Максат». Один пограничник получил "
            "ранение.\n\nНа пункте пропуска «Кулунду» состоялась встреча командиров. По итогам встречи стороны "
            "договорились о прекращении огня с 15:00 на всем участке границы в Лейлекском районе. По данным ГПС, после "
            "15:00 выстрелов не зафиксировано.\n\nТаджикская сторона утверждает, что кыргызская сторона якобы потеряла "
            "троих военнослужащих убитыми. В ГПС эти сведения назвали «не соответствующими действительности».")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 9, 5), "ru"))
    assert set(found) == {"Maksat", "Kulundu"}
    assert found["Kulundu"].event_type == "ceasefire_agreement"
    assert found["Maksat"].fatalities in (None, 0)


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Житель села Уч-Булак, раненный 16 августа при стрельбе на кыргызско-таджикской границе, скончался "
           "сегодня в больнице, сообщили родственники."),
    ("en", "A resident of Andarak wounded on August 16 in a shooting on the border died today in a hospital in Osh, "
           "his relatives said."),
])
def test_a_death_of_wounds_is_dated_by_the_wounding(geoparser, lang, text):
    found = incidents_of(geoparser, text, dt.date(2024, 8, 20), lang)
    assert [i.date_start for i in found] == [dt.date(2024, 8, 16)]


@pytest.mark.parametrize("version", [
    "saying Kyrgyz troops had fired first on a Tajik patrol \"on a section of the state border in the Isfara "
    "district.\" One Tajik serviceman was killed.",
    "saying \"a group of Kyrgyz citizens\" had crossed into Tajik territory in the Isfara district. One Tajik "
    "serviceman was killed.",
])
def test_the_other_sides_district_is_its_version_of_the_same_place(geoparser, version):
    text = ("Kyrgyz and Tajik border guards exchanged fire early Wednesday near the Kyrgyz village of Katran, killing "
            "a Kyrgyz border guard.\n\nTajikistan's Border Troops gave a mirror-image account, " + version)
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 5, 22))] == ["Katran"]


def test_residents_taken_out_of_a_village_is_a_count_of_the_moved():
    assert figures_of(pack_for("en").read_figures, "The number of residents taken out of Katran rose to 470 by "
                                                   "evening.") == [("displaced", 470, None)]


def test_a_live_pages_correction_moves_the_strike(geoparser):
    text = ("10:20\n\nЖители сообщают о взрыве. По их словам, беспилотник упал на дом в селе Ак-Суу, ранены двое.\n\n"
            "11:40\n\nИсправление: в предыдущей записи со слов жителей говорилось, что удар пришелся по Ак-Суу. Это "
            "неверно: пострадал Андарак, до Ак-Суу оттуда около 20 километров.")
    found = incidents_of(geoparser, text, dt.date(2023, 7, 12), "ru")
    assert "Ak-Suu" not in [i.place.name for i in found]


def test_a_revised_unsided_toll_is_not_the_side_that_told_of_none(geoparser):
    text = ("Mortar shells hit Andarak on Wednesday morning, the Border Service said. One person was killed.\n\n"
            "The Border Troops of Tajikistan say that \"there are no casualties among citizens of Tajikistan\".\n\n"
            "The Health Ministry says the toll has risen: the toll is therefore one killed and three wounded.")
    andarak = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 14)))["Andarak"]
    assert andarak.fatalities_by_side.get("TJ", 0) == 0
