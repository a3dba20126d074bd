"""Whose people were hurt and where (held-out batch 131: water, roads and crossings) and the everyday mix (batch 129,
after its sealed score), each studied after a blind score. The texts are written for these tests; none is a devset
article."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.language import pack_for
from tests.test_counted_and_typed import by_place, figures_of, incidents_of, roles_of

# --- counts of two villages' people -----------------------------------------------------------------------------


def test_a_coordination_of_two_villages_people_is_one_count_of_both():
    read = pack_for("en").read_figures
    assert figures_of(read, "Three residents of Arka and two residents of Khistevarz were injured on Sunday.") == [
        ("injured", 5, None)]
    assert figures_of(read, "Four residents of Arka in Leilek district and one resident of the Tajik village of "
                            "Khistevarz were hurt.")[0] == ("injured", 5, None)


@pytest.mark.parametrize(("text", "expected"), [
    # an apposition is one person, not a coordination
    ("A 29-year-old shepherd, a resident of the village of Karakenja, was wounded.", [("injured", 1, None)]),
    # a count of the dead, then one village's hurt: no sum across measures
    ("In 2021, 36 people died and two residents of Khistevarz were injured.",
     [("fatalities", 36, None), ("injured", 2, None)]),
])
def test_an_apposition_or_another_measure_is_no_coordination(text, expected):
    assert figures_of(pack_for("en").read_figures, text) == expected


ROAD_FIGHT = (
    "Road dug up, stones thrown\n\n"
    "**Four residents of Arka in Leilek district and two residents of the neighboring Tajik village of Khistevarz "
    "were injured on Sunday in a fight over a field road.**\n\n"
    "The trouble began early on Sunday, when residents of Khistevarz dug a trench across the dirt road between "
    "Arka and Khistevarz, the district administration said.\n\n"
    '"Four of our residents were injured: men aged 22, 40 and 61 and a boy of 15. Two were taken to the hospital in '
    'Razzakov," the head of Jany-Jer aiyl aimak told reporters.\n\n'
    "The Tajik side said two residents of Khistevarz had been injured and were treated in Ghafurov.")


def test_a_bold_lead_that_ends_its_sentence_is_no_heading(geoparser):
    roles = roles_of(geoparser, ROAD_FIGHT, "en", dt.date(2024, 4, 15))
    assert ("Arka", "incident") in roles


def test_both_villages_people_hurt_in_one_fight_are_counted_at_the_first(geoparser):
    found = incidents_of(geoparser, ROAD_FIGHT, dt.date(2024, 4, 15))
    assert [(i.place.name, i.injured) for i in found] == [("Arka", 6)]


def test_a_quoted_officials_our_residents_are_his_sides(geoparser):
    arka = by_place(incidents_of(geoparser, ROAD_FIGHT, dt.date(2024, 4, 15)))["Arka"]
    ours = [f for f in arka.figures if f.text.startswith("Four of our residents")]
    assert [(f.side, f.claimant) for f in ours] == [("KG", "KG")]


OTHER_PARTY_ACROSS_THE_LINE = (
    "Batken, May 21. Two citizens of Kyrgyzstan were injured yesterday when residents of a neighboring Tajik village "
    "threw stones at water workers at the head of a canal in Ak-Suu aiyl okmotu of Leilek district, the regional "
    "administration said.\n\n"
    "At about 4 p.m. a group of citizens of Tajikistan from the village of Muchun came to the head of the canal and "
    "began throwing stones at the workers.\n\n"
    "The Sughd regional administration said two residents of Muchun had been injured by stones thrown by citizens of "
    "Kyrgyzstan and were being treated in Ghonchi.")


def test_the_other_partys_village_across_the_line_is_their_home(geoparser):
    found = incidents_of(geoparser, OTHER_PARTY_ACROSS_THE_LINE, dt.date(2023, 5, 21))
    assert [(i.place.name, i.injured) for i in found] == [("Ak-Suu", 4)]


EXCHANGE_AT_ARKA = (
    "Residents of the Kyrgyz village of Arka and the neighboring Tajik village of Khistevarz exchanged gunfire "
    "overnight near a canal. Kyrgyz officials said bullets hit three houses in Arka and two residents of Arka were "
    "wounded.\n\n"
    "In Dushanbe, the Tajik border troops said one resident of Khistevarz and one Tajik border guard had been "
    "wounded by shots fired from the Kyrgyz side.")


def test_one_resident_and_one_guard_of_the_other_side_are_hurt_in_the_exchange_told_before(geoparser):
    found = incidents_of(geoparser, EXCHANGE_AT_ARKA, dt.date(2023, 5, 13))
    assert [(i.place.name, i.injured) for i in found] == [("Arka", 4)]


def test_each_side_told_before_its_count_counts_both():
    assert pack_for("ru").each_side_before.search("Каждая из сторон сообщает об ") is not None
    assert pack_for("en").each_side_before.search("Each side reported ") is not None


def test_each_side_told_first_doubles_the_count(geoparser):
    text = ("Вечером в среду у Торткульского водохранилища произошла перестрелка между пограничниками двух стран. "
            "Каждая из сторон сообщает об одном раненом военнослужащем.")
    found = incidents_of(geoparser, text, dt.date(2023, 6, 22), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Tortkul Reservoir", 2)]


TWO_INCIDENTS = (
    "Два инцидента на границе\n\n"
    "По данным погранслужбы, днем 23 апреля неизвестные со стороны Таджикистана забросали камнями грузовики у пункта "
    "пропуска «Кызыл-Бел». Два водителя, граждане Кыргызстана, получили порезы лица.\n\n"
    "Второй инцидент произошел вечером у насосной станции на окраине таджикского села Лаккон. Жители Кара-Бака "
    "пришли к станции и попытались отключить насос. Между ними и жителями Лаккона завязалась драка. Два жителя "
    "Лаккона получили телесные повреждения, сообщили в хукумате.\n\n"
    "В Баткенской областной администрации заявили, что в драке пострадал один житель Кара-Бака, 29 лет.")


def test_a_village_s_man_hurt_in_the_brawl_beside_it_is_counted_there(geoparser):
    found = by_place(incidents_of(geoparser, TWO_INCIDENTS, dt.date(2025, 4, 24), lang="ru"))
    assert (found["Kyzyl-Bel"].injured, found["Lakkon"].injured) == (2, 3)


# --- where people came from, what a road goes round, who opened a case ----------------------------------------


def test_a_bypass_goes_round_the_exclave(geoparser):
    text = ("Драка произошла в понедельник на участке объездной дороги, которую кыргызская сторона строит, чтобы "
            "жители района могли объезжать анклав Ворух. Пострадали двое рабочих.")
    roles = dict(roles_of(geoparser, text, "ru", dt.date(2024, 9, 3)))
    assert roles["Ворух"] == "context"


def test_a_man_from_the_exclave_who_died_of_wounds_was_hurt_at_the_fight_told_before(geoparser):
    text = ("Драка на строительстве дороги у Ак-Сая\n\n"
            "В понедельник у села Ак-Сай жители соседнего таджикского анклава забросали камнями дорожных рабочих. "
            "Пострадали двое граждан Кыргызстана.\n\n"
            "Пограничные войска Таджикистана сообщили: «4 сентября скончался житель джамоата Ворух 1990 года "
            "рождения, получивший черепно-мозговую травму»")
    found = incidents_of(geoparser, text, dt.date(2024, 9, 5), lang="ru")
    assert [(i.place.name, i.fatalities) for i in found] == [("Ak-Sai", 1)]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "В Баткене по факту драки возбуждено уголовное дело по статье «Хулиганство».", "Баткене"),
    ("en", "In Batken, a criminal case was opened over the brawl under the article on hooliganism.", "Batken"),
])
def test_the_town_that_opened_a_case_over_the_fight_is_no_scene(geoparser, lang, text, name):
    assert dict(roles_of(geoparser, text, lang))[name] == "context"


def test_the_positions_fire_came_from_are_no_scene(geoparser):
    text = ("По данным ведомства, около 01:40 с таджикских позиций в районе джамоата Овчи-Калача был открыт огонь по "
            "заставе и окраине села Максат.")
    roles = dict(roles_of(geoparser, text, "ru"))
    assert (roles["Овчи-Калача"], roles["Максат"]) == ("context", "incident")


def test_the_road_people_fled_on_names_where_they_went(geoparser):
    text = ('"At four in the morning the shooting started, and by noon we were on the road to Razzakov with 30 '
            'families," a farmer said.')
    assert dict(roles_of(geoparser, text, "en"))["Razzakov"] == "context"


def test_a_district_after_a_quoted_origin_of_fire_locates_it(geoparser):
    text = ('The drone appeared at 5:20 a.m. "from the south, from the direction of the Tajik village of Karakenja" in '
            "Tajikistan's Lakhsh district, and dropped two munitions on a barn in Kara-Shibak.")
    roles = dict(roles_of(geoparser, text, "en"))
    assert (roles["Lakhsh district"], roles["Kara-Shibak"]) == ("context", "incident")


def test_a_village_after_a_comma_and_its_unit_is_located_by_it(geoparser):
    text = "The explosion occurred at about 17:40 on the outskirts of Maksat, Kulundu aiyl aimak, wounding two boys."
    roles = dict(roles_of(geoparser, text, "en"))
    assert (roles["Maksat"], roles["Kulundu"]) == ("incident", "context")


# --- ceasefires at crossings and on sections --------------------------------------------------------------------


def test_a_truce_told_after_the_crossing_meeting_by_its_results_is_the_crossings(geoparser):
    text = ("Обстрел заставы «Максат»\n\n"
            "В ночь на 12 марта таджикские военнослужащие обстреляли пограничную заставу «Максат». "
            "Ранен пограничник.\n\n"
            "В 11:00 на пункте пропуска «Кулунду» состоялась встреча пограничных представителей двух стран. По ее "
            "итогам стороны договорились о полном прекращении огня с 12:00.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 3, 12), lang="ru"))
    assert found["Kulundu"].event_type == "ceasefire_agreement"


def test_a_truce_on_a_named_section_is_that_sections(geoparser):
    text = ("Border guard wounded near Maksat\n\n"
            "A Kyrgyz border guard was wounded in a shooting near the village of Maksat on Monday. On Tuesday the "
            "border services agreed on a complete ceasefire on the Kulundu section from 12:00.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 4)))
    assert found["Kulundu"].event_type == "ceasefire_agreement"


@pytest.mark.parametrize("text", [
    "They agreed on a ceasefire on the Kulundu section on Tuesday.",
    "Representatives met at the Kulundu — Ovchi-Kalacha checkpoint on Tuesday.",
    "The Kulundu aiyl aimak lost nine residents in 2022.",
])
def test_a_name_that_is_also_a_persons_is_a_place_before_a_section_crossing_or_unit(geoparser, text):
    assert "Kulundu" in [name for name, _ in roles_of(geoparser, text, "en")]


# --- alarms, and the wounded who died -----------------------------------------------------------------------


def test_a_quoted_no_shooting_with_its_cause_is_a_false_alarm(geoparser):
    text = ("BISHKEK (AP) — Officials dismissed reports of fighting on the border after a video of explosions spread "
            'overnight. A man in the clip says "the Tajiks are shelling Chorkuh again."\n\n'
            'The Border Service said there had been "no shooting and no violation of the ceasefire" on Thursday. The '
            "explosions were blasting works at a coal mine near Shurob, announced in advance.")
    assert incidents_of(geoparser, text, dt.date(2024, 1, 19)) == []


def test_a_death_after_admission_with_wounds_leaves_the_other_boy_hurt(geoparser):
    text = ("В больнице скончался подросток из села Тогуз-Булак\n\n"
            "Во вторник на склоне у села Тогуз-Булак взорвалась старая минометная мина. «23 августа, несмотря на "
            "проводимое лечение, скончался несовершеннолетний гражданин Кыргызской Республики 2009 года рождения, "
            "поступивший с тяжелыми осколочными ранениями живота»,— сообщили в Минздраве.\n\n"
            "Обоих детей сначала доставили в районную больницу в Раззакове. Младший мальчик получил осколочное "
            "ранение руки.")
    found = incidents_of(geoparser, text, dt.date(2024, 8, 24), lang="ru")
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Toguz-Bulak", 1, 1)]


# --- detentions (held-out batch 133) ------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "One of the men, a 47-year-old, was struck with a rifle butt and had bruises, the service said.",
     [("injured", 1, None)]),
    ("en", "Both had bruises on the face and body, the service said.", [("injured", 2, None)]),
    ("en", 'The two men were "forcibly taken to the territory of the neighbouring state" with 86 sheep.', []),
    ("ru", "«Таджикские военнослужащие избили гражданина Кыргызстана и увели на свою заставу».",
     [("injured", 1, "KG")]),
    ("ru", "«Один из них получил ссадины», — сообщили в погранслужбе.", [("injured", 1, None)]),
])
def test_the_hurt_of_a_detention_are_counted(lang, text, expected):
    assert figures_of(pack_for(lang).read_figures, text) == expected


HERDERS_HANDED_BACK = (
    "BISHKEK - Two herders from the village of Toguz-Bulak were detained by Tajik border guards on a pasture on "
    "Sunday, May 19, held at a Tajik post for two days and handed back with injuries on Tuesday evening, the Border "
    "Service said on Wednesday.\n\n"
    "The Tajik border troops said the two Kyrgyz citizens had been detained \"on the territory of Kuhistoni Mastchoh "
    "district, 1.5 kilometers from the line of the state border\".")


def test_a_detention_is_dated_by_its_day_and_placed_at_the_village_not_the_other_sides_territory(geoparser):
    found = incidents_of(geoparser, HERDERS_HANDED_BACK, dt.date(2024, 5, 22))
    assert [(i.place.name, i.date_start) for i in found] == [("Toguz-Bulak", dt.date(2024, 5, 19))]


def test_warning_shots_told_after_a_detention_make_it_no_routine_one(geoparser):
    text = ("A resident of the village of Kulundu and his 15-year-old son, who were detained by Tajik border guards on "
            "July 11, have been returned, the Border Service said.\n\n"
            "The servicemen fired three warning shots into the air, seized the father and son and led them to the "
            "Tajik side.\n\n"
            "Since the beginning of the year, 23 citizens of Kyrgyzstan have been detained by the Tajik side in Batken "
            "region.")
    found = incidents_of(geoparser, text, dt.date(2023, 7, 13))
    assert [i.place.name for i in found] == ["Kulundu"]


def test_a_part_of_the_day_heading_labels_its_section(geoparser):
    text = ("# Два задержания за один день\n\n"
            "Кыргызстан и Таджикистан 8 июля обменялись задержанными на границе.\n\n"
            "## Утро: Тогуз-Булак\n\n"
            "В воскресенье около 06:00 житель села искал коров у границы. Его задержали военнослужащие Пограничных "
            "войск Таджикистана и избили.\n\n"
            "## День: Бешкент\n\n"
            "Около 15:30 у села Бешкент кыргызские пограничники задержали двух граждан Таджикистана. «Один из них "
            "получил ссадины», — сообщили в погранслужбе.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 7, 8), lang="ru"))
    assert set(found) == {"Toguz-Bulak", "Beshkent"}


def test_a_body_handed_over_is_no_second_event(geoparser):
    text = ("Житель Катрана умер на таджикской заставе\n\n"
            "12 февраля военнослужащие Таджикистана задержали и избили жителя села Катран. Утром 13 февраля таджикская "
            "сторона сообщила, что задержанный скончался. Тело передали лишь 14 февраля на участке границы у Катрана.")
    found = incidents_of(geoparser, text, dt.date(2025, 2, 14), lang="ru")
    assert [(i.place.name, i.fatalities) for i in found] == [("Katran", 1)]


def test_a_criminal_case_that_tells_its_event_keeps_the_event(geoparser):
    text = ("Прокуратура района Бободжона Гафурова возбудила уголовное дело по факту массовой драки, произошедшей "
            "3 июля у оросительного канала на окраине села Хистеварз. Пострадали четыре человека.")
    found = incidents_of(geoparser, text, dt.date(2024, 7, 5), lang="ru")
    assert [i.place.name for i in found] == ["Khistevarz"]


# --- the everyday mix (held-out batch 132, after its sealed score) -------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("The older man was beaten with rifle butts and suffered a broken nose, it said.", [("injured", 1, None)]),
    ("The older of the two was treated for a broken nose and bruises at the district hospital.",
     [("injured", 1, None)]),
])
def test_one_of_a_pair_told_by_his_age_is_one_person(text, expected):
    assert figures_of(pack_for("en").read_figures, text) == expected


@pytest.mark.parametrize("text", [
    "Sappers destroyed 37 items found this year in Batken and Leilek districts - mortar rounds, grenades and an "
    "artillery shell - in three detonations.",
    "Clearance of the areas where fighting took place, including the outskirts of Ak-Sai and Kok-Tash, is expected to "
    "continue until 2026.",
    "The Tajik side also regularly reports finding shells near Vorukh and Chorkuh.",
    "Passenger traffic through the Kulundu – Ovchi-Kalacha crossing, which was briefly suspended after last week's "
    "shooting, was restored on Monday.",
])
def test_ordnance_made_safe_and_traffic_through_a_crossing_are_no_scene(geoparser, text):
    assert "incident" not in dict(roles_of(geoparser, text, "en")).values()
