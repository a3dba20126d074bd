"""The everyday mix as each side tells it: statements, versions, lists of the hurt and the places around a scene.

A border service's statement counts the other side's losses ("The statement said the Kyrgyz side had also suffered
losses"); the other side gives "its own version" in a paragraph of its own, counting its villagers hurt at home; a
report lists the hurt one by one («Среди пострадавших — водитель, а также пассажирка и ее дочь») or tells their
injuries in parts («у двоих — переломы»); a man wounded is told dead in the next sentence; the stones come "from a
slope on the Vorukh side of the road". Each test checks one reading, in English and in Russian where both write it.
The texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.incidents.events.clauses import clause_types
from geo.language import get_pack
from tests.test_counted_and_typed import by_place, figures_of, incidents_of, roles_of


def _found(geoparser, text: str, lang: str = "en", date: dt.date = dt.date(2024, 7, 22)):
    return by_place(incidents_of(geoparser, text, date, lang))


# --- a statement's claim, the other side's version -------------------------------------------------------------------------


def test_a_second_man_hit_after_one_killed_is_one_wounded_and_the_statement_s_claim_is_not_counted(geoparser):
    text = ("Tajik border guard killed at the border\n\nA Tajik border guard was killed and a second wounded when Kyrgyz "
            "servicemen opened fire at a Tajik post near the village of Chilgazi on Sunday evening, Tajikistan's border "
            "troops said on Monday.\n\nOne guard, a 20-year-old conscript, was hit in the chest and died in hospital, "
            "the statement said. A second serviceman was wounded in the leg.\n\nThe statement said the Kyrgyz side had "
            "also suffered losses, \"at least two servicemen wounded\", a claim that could not be verified.\n")
    found = _found(geoparser, text)
    assert (found["Chilgazi"].fatalities, found["Chilgazi"].injured) == (1, 1)


def test_the_other_side_s_version_counting_its_villagers_at_home_joins_the_brawl(geoparser):
    text = ("Brawl over water at Ak-Suu\n\nA mass fight over irrigation water broke out between residents of Ak-Suu "
            "village of Leilek district and citizens of Tajikistan on Sunday evening. A 34-year-old resident of Ak-Suu "
            "was hit in the head by a stone. Two brothers, aged 19 and 22, got away with bruises.\n\nThe Tajik side "
            "gives its own version of events. According to the district administration, two residents of Muchun, aged "
            "45 and 17, were injured and sought medical help at the district hospital.\n")
    found = _found(geoparser, text, date=dt.date(2023, 6, 27))
    assert sorted(found) == ["Ak-Suu"]
    assert found["Ak-Suu"].injured == 5


def test_the_hurt_of_the_other_country_named_two_sentences_on_are_its_own(geoparser):
    text = ("Pasture fight near Khistevarz\n\nOn Thursday residents of Khistevarz and of the Kyrgyz village of Arka fought "
            "with sticks and stones on a pasture on the outskirts of Khistevarz, after cattle from Arka were driven onto "
            "a field.\n\nThe Leilek district administration said two men from Arka were hurt. Both were treated at the "
            "local clinic. On the Tajik side, the district administration said a 60-year-old resident of Khistevarz had "
            "been hospitalized with a head injury.\n")
    found = _found(geoparser, text, date=dt.date(2024, 5, 25))
    assert sorted(found) == ["Khistevarz"]
    assert found["Khistevarz"].injured == 3


# --- counts told in parts and lists ----------------------------------------------------------------------------------------


def test_counts_told_one_by_one_or_in_parts():
    en, ru = get_pack("en").read_figures, get_pack("ru").read_figures
    assert figures_of(en, "Two residents of Kara-Bak and one of the nearby village of Chek were treated for cuts "
                          "and bruises.") == [("injured", 3, None)]
    assert figures_of(en, "One guard, a 20-year-old conscript, was hit in the chest and died early Monday in "
                          "hospital.") == [("fatalities", 1, None)]
    assert figures_of(ru, "Среди пострадавших — 41-летний водитель такси, а также пассажирка и ее девятилетняя "
                          "дочь.") == [("injured", 3, None)]
    assert figures_of(ru, "Двоих из них, по словам родственников, избили на заставе.") == [("injured", 2, None)]
    assert figures_of(ru, "Сторож стройки, 58-летний житель Гулхоны, и его 19-летний сын пытались остановить людей и "
                          "были избиты.") == [("injured", 2, None)]
    assert figures_of(ru, "Его 19-летнему сыну с ушибами лица помощь оказали в медпункте.") == [("injured", 1, None)]
    # (the injuries of some of those counted before, and the rest of them, are no counts of their own)
    assert figures_of(ru, "У одного из госпитализированных черепно-мозговая травма, у двоих — переломы.") == []
    assert figures_of(ru, "Состояние мужчины средней тяжести, двое других госпитализированных — в "
                          "удовлетворительном состоянии.") == []


def test_one_person_told_by_home_or_by_which_of_them_is_described():
    ru = get_pack("ru").read_figures
    assert [f.described for f in ru("у 52-летнего жителя Чилгази перелом двух ребер")] == [True]
    assert [f.described for f in ru("Водитель одного из автомобилей, 1987 г.р., получил рваную рану лба.")] == [True]


def test_parts_are_told_apart_from_counts_of_their_own():
    ru = get_pack("ru").read_figures
    # (the people whose bruises were treated are the count; "the two other hurt", after one of three died, are too)
    assert figures_of(ru, "Фельдшер обработала ушибы и ссадины у двоих мужчин из Тамдыка и одного из Ак-Сая.") == [
        ("injured", 3, None)]
    assert ("injured", 2, None) in figures_of(ru, "Двое других пострадавших — 34-летняя женщина и ее 9-летний сын — "
                                                  "продолжают лечение в больнице.")


@pytest.mark.parametrize("text, expected", [
    ("Погибших и тяжело пострадавших нет.", [("fatalities", 0, None)]),
    # (none hurt badly is no zero of the hurt)
    ("а «у кыргызской стороны серьезно пострадавших нет, один человек получил ушиб».", [("injured", 1, "KG")]),
    ("Акция прошла без столкновений, пострадавших и задержанных нет.", [("fatalities", 0, None), ("injured", 0, None)]),
])
def test_russian_zeros_and_the_side_that_has_them(text, expected):
    assert figures_of(get_pack("ru").read_figures, text) == expected


def test_a_man_wounded_then_told_dead_is_the_death(geoparser):
    text = ("Гибель чабана у Гулхоны\n\n9 апреля около 17:40 военнослужащие кыргызского пограничного поста открыли огонь "
            "по гражданину Таджикистана, пасшему скот вблизи села Гулхона. В результате житель села Гулхона получил "
            "огнестрельное ранение в живот. Его доставили в больницу, однако по дороге он скончался.\n")
    found = _found(geoparser, text, "ru", dt.date(2024, 4, 10))
    assert (found["Gulkhona"].fatalities, found["Gulkhona"].injured) == (1, None)


# --- what a clause is about ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, text", [
    ("en", "Three haystacks belonging to two families burned down in the village late on Monday."),
    ("en", "Residents drove a tractor onto the plot and ploughed up maize that was about to ripen."),
    ("ru", "Около 01:30 загорелся строящийся дом местного жителя, стоящий в 150 метрах от линии границы."),
    # (a detention told with the blow it met is no routine one)
    ("ru", "При задержании один из нарушителей оказал сопротивление и ударил пограничника топором."),
])
def test_property_burnt_or_ploughed_is_a_border_incident(lang, text):
    assert get_pack(lang).triggers["border_incident_protest"].search(text)


@pytest.mark.parametrize("lang, text", [
    ("en", "A planned exercise involving artillery units was being held this week at a range."),
    ("en", "Three years after the September 2022 fighting on the Kyrgyz-Tajik border, the last families whose homes "
           "were burned are moving into new houses."),
    ("ru", "Спустя три года после сентябрьского конфликта на границе семьи переезжают в новые дома."),
])
def test_an_exercise_or_a_war_named_as_the_time_since_is_no_event(lang, text):
    pack = get_pack(lang)
    assert pack.not_event.search(text)


def test_warning_fire_into_the_air_leaves_a_brawl_a_brawl(geoparser):
    text = ("On Saturday, May 4, residents of Lakkon heaped stones across the ditch upstream of Kara-Bak. When Kara-Bak "
            "farmers went out to break the dam, the two groups clashed with stones and spades on the outskirts of "
            "Kara-Bak. Tajik border guards who arrived at the scene fired into the air to make the crowds disperse. The "
            "Kyrgyz side did not return fire.")
    assert _found(geoparser, text, date=dt.date(2024, 5, 9))["Kara-Bak"].event_type == "border_incident_protest"


def test_a_second_incident_takes_the_types_told_after_it(geoparser):
    text = ("Два инцидента в Исфаре\n\nПервый случай произошел в субботу, 20 мая: над селом Чоркух пролетел беспилотник, "
            "который сбросил взрывное устройство на окраине села.\n\nВторой инцидент произошел в ночь на понедельник, 22 "
            "мая, в селе Сурх. Около 01:30 загорелся строящийся дом местного жителя, стоящий в 150 метрах от линии "
            "границы.\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 5, 23))
    assert found["Surkh"].event_type == "border_incident_protest"


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Regional officials said the stones were thrown from a slope on the Vorukh side of the road.", "Vorukh"),
    ("en", "They fought on a pasture near Khistevarz after cattle from Arka were driven onto a field.", "Arka"),
    ("en", "According to the Department of Internal Affairs of Sughd region, the driver died at the scene.",
     "Sughd region"),
    ("ru", "Как уточнили в милиции, камни летели из садов, тянущихся вдоль трассы к таджикскому селу Ходжаи-Аъло.",
     "Ходжаи-Аъло"),
])
def test_places_around_a_scene_are_context(geoparser, lang, text, name):
    assert (name, "context") in roles_of(geoparser, text, lang)


# --- told in few words: digests, briefs and releases ------------------------------------------------------------------------


def test_a_digest_s_road_accident_gives_no_toll_to_the_item_before(geoparser):
    text = ("Batken region: news digest\n\n**Bus stoned near Ak-Sai.** Stones were thrown at a passenger bus near Ak-Sai "
            "village on Sunday evening; a woman passenger was cut by broken glass, the police said.\n\n**Car falls into "
            "gorge.** Three people died when a car fell into a gorge on the Batken - Aidarken road on Sunday night.\n")
    found = _found(geoparser, text, date=dt.date(2026, 5, 18))
    assert (found["Ak-Sai"].fatalities, found["Ak-Sai"].injured) == (None, 1)


def test_a_road_named_by_its_two_ends_keeps_its_clause_whole(geoparser):
    text = ("Residents of Arka in Leilek district blocked the Khujand – Konibodom highway for about three hours on "
            "Monday morning, demanding compensation for their garden plots.")
    assert sorted(_found(geoparser, text, date=dt.date(2026, 5, 18))) == ["Arka"]


def test_a_section_headed_what_happened_on_a_weekday_is_that_day_s(geoparser):
    text = ("Tajik herder shot near the border dies\n\nA Tajik herder who was shot near the border village of Surkh on "
            "Tuesday died in hospital on Friday. His cousin, who was wounded in the same shooting, was discharged on "
            "Thursday.\n\n## What happened on Tuesday\n\nThe two men were grazing sheep on a hillside above Surkh when "
            "Kyrgyz border guards opened fire from a post on the opposite slope at about 3 p.m.\n")
    found = incidents_of(geoparser, text, dt.date(2025, 2, 8))
    assert [(i.place.name, i.date_start) for i in found] == [("Surkh", dt.date(2025, 2, 4))]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "According to the Border Service, both men were beaten with rifle butts.", [("injured", 2, None)]),
    ("en", "About 70 residents of Uch-Bulak, from some 20 families, most of them women and children, spent the night "
           "with relatives in Razzakov.", [("displaced", 70, None)]),
    ("ru", "Оба получили побои", [("injured", 2, None)]),
    ("ru", "Ранены водитель и двое пассажиров, сообщила Баткенская областная милиция.", [("injured", 3, None)]),
])
def test_brief_counts(lang, text, expected):
    assert figures_of(get_pack(lang).read_figures, text) == expected


@pytest.mark.parametrize("text, name", [
    ("В четверг вечером у села Кызыл-Бел забросали камнями рейсовый автобус Баткен — Исфана.", "Баткен"),
    ("Два инцидента произошли в минувшие выходные в приграничных джамоатах Исфары: в Чоркухе жители двух стран "
     "подрались из-за воды.", "Исфары"),
])
def test_a_bus_s_route_and_the_town_of_border_jamoats_are_context(geoparser, text, name):
    assert (name, "context") in roles_of(geoparser, text, "ru")


def test_stones_thrown_at_guards_during_a_detention_are_no_routine_detention():
    assert clause_types("При попытке задержания нарушители стали забрасывать военнослужащих камнями.", get_pack("ru"))
