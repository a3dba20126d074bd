"""Outlets named after places, datelines in every desk's form, follow-ups that retell (held-out batch 126), counts as
desks give them (batch 128) and the everyday mix (batch 127, after its sealed score), each studied after a blind score.
The texts are written for these tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.articles.model import Article
from geo.language import pack_for
from tests.test_counted_and_typed import incidents_of

# --- datelines ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("ХУДЖАНД, 12 июня 2024, Азия-Плюс — В понедельник вечером у Лаккона.", "ХУДЖАНД", "Азия-Плюс"),
    ("Худжанд, 12 июня 2024 г., «Азия-Плюс» — Жители Ворух.", "Худжанд", "Азия-Плюс"),
    ("Бишкек, 5 марта, 24.kg — Пограничники сообщили.", "Бишкек", "24.kg"),
])
def test_the_outlet_after_the_date_before_the_dash_is_a_russian_dateline(text, place, agency):
    found = pack_for("ru").find_dateline("Заголовок\n\n" + text)
    assert (found.place, found.agency) == (place, agency)


# --- a follow-up's recap ----------------------------------------------------------------------------------------

RECAP_THEN_REPORTED = (
    "A Kyrgyz border guard wounded in a shooting on the Kyrgyz-Tajik border in Leilek district on October 3 has died, "
    "the Ministry of Health said. He died on October 10 in the National Hospital in Bishkek.\n\n"
    "Recall, on October 3, servicemen of the Tajik side opened fire at a Kyrgyz border detail near Beshkent village of "
    "Leilek district. The Border Service then reported that three citizens of Kyrgyzstan were injured: two border "
    "guards and a resident of Beshkent.")


def test_a_recaps_day_dates_the_rest_of_its_paragraph(geoparser):
    found = incidents_of(geoparser, RECAP_THEN_REPORTED, dt.date(2023, 10, 11))
    assert [(i.place.name, i.date_start) for i in found] == [("Beshkent", dt.date(2023, 10, 3))]


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("ru", "*Дароот-Коргон, 12 сентября.* В селе Кызыл-Эшме в четверг похоронили чабана.", "Дароот-Коргон"),
    ("en", "*Daroot-Korgon, September 12.* In the village of Kyzyl-Eshme a herder was buried.", "Daroot-Korgon"),
    ("en", "Daroot-Korgon, 24.kg - A shepherd from the village of Kara-Shibak was found dead.", "Daroot-Korgon"),
])
def test_an_emphasised_or_outlet_dateline_is_a_dateline(lang, text, place):
    assert pack_for(lang).find_dateline("Title\n\n" + text).place == place


# --- the dead found, and no one else hurt -------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Тело 46-летнего жителя кыргызского села Чек, который накануне не вернулся с пастбища, обнаружено утром в "
           "субботу. На теле — огнестрельное ранение, сообщили в погранслужбе. Больше никто, по данным обеих сторон, "
           "не пострадал."),
    ("en", "The body of a 46-year-old Kyrgyz shepherd who went missing on a pasture near the village of Chek was "
           "found on Saturday morning with a gunshot wound, the border service said. No one else was hurt."),
])
def test_a_body_found_is_one_dead(geoparser, lang, text):
    found = incidents_of(geoparser, text, dt.date(2024, 5, 18), lang=lang)
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Chek", 1, 0)]


# --- a follow-up's figures ------------------------------------------------------------------------------------

WOUNDED_DIED_AFTER_SPECIFIED = (
    "Перестрелка произошла 10 сентября у села Кара-Шыбак. В первом сообщении погранслужба говорила об одном погибшем "
    "пограничнике и двух раненых чабанах. 11 сентября Министерство здравоохранения уточнило данные: один из раненых "
    "чабанов скончался в больнице, еще двое жителей района обратились за медицинской помощью позже. «В результате "
    "инцидента погибли два гражданина Кыргызской Республики. Ранения получили трое граждан», — говорится в "
    "последнем сообщении Минздрава.")


def test_a_wounded_mans_death_told_after_specified_adds_to_the_dead(geoparser):
    found = incidents_of(geoparser, WOUNDED_DIED_AFTER_SPECIFIED, dt.date(2024, 9, 12), lang="ru")
    assert [(i.place.name, i.fatalities, i.fatalities_by_side, i.injured) for i in found] == [
        ("Kara-Shibak", 2, {"KG": 2}, 3)]


BOTH_OF_THE_TOLD = (
    "Вечером 22 августа у джамоата Чилгази произошла перестрелка между пограничниками. Ранены три человека. "
    "По сообщению Пограничных войск, «огнестрельное ранение получил военнослужащий Пограничных войск 2002 года "
    "рождения. Кроме того, пулевое ранение руки получил житель села Чилгази 1985 года рождения». Обоих раненых "
    "доставили в больницу Исфары. «Ранение ноги получил кыргызский пограничник», — заявили в погранслужбе "
    "Кыргызстана.")


def test_both_of_the_wounded_told_never_lower_the_count(geoparser):
    found = incidents_of(geoparser, BOTH_OF_THE_TOLD, dt.date(2023, 8, 23), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Chilgazi", 3)]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Вечером 22 августа у джамоата Чилгази произошла перестрелка. На следующий день губернатор Согдийской "
           "области и полпред правительства Кыргызстана на встрече в Баткене договорились о прекращении огня."),
    ("en", "A shootout broke out near Chilgazi on August 22. The next day the governors of the two regions at a "
           "meeting in Batken agreed on a ceasefire."),
])
def test_a_ceasefire_agreed_at_a_meeting_in_a_town_is_an_incident_there(geoparser, lang, text):
    found = incidents_of(geoparser, text, dt.date(2023, 8, 23), lang=lang)
    assert {(i.place.name, i.event_type) for i in found} >= {("Batken", "ceasefire_agreement")}


POSITIONS_OWNER_THEN_PLACE = (
    "«6 октября примерно в 18:50 с позиций Пограничной службы ГКНБ Кыргызской Республики в районе кыргызского села "
    "Ак-Суу Лейлекского района был открыт огонь из минометов по окраине села Мучун», — говорится в сообщении "
    "Пограничных войск Таджикистана. Ранены двое жителей Мучуна.")


def test_the_positions_fire_came_from_are_no_scene(geoparser):
    found = incidents_of(geoparser, POSITIONS_OWNER_THEN_PLACE, dt.date(2023, 10, 7), lang="ru")
    assert [i.place.name for i in found] == ["Muchun"]


# --- who speaks, and whom a count counts ------------------------------------------------------------------------

SERVICEMEN_AND_A_WOMAN = (
    "The Border Service of Kyrgyzstan said Tajik servicemen had fired on a Kyrgyz border detail near Samarkandyk on "
    "Tuesday. Two servicemen were wounded, the service said. On Wednesday, Kyrgyzstan's Health Ministry said a "
    "38-year-old woman from Samarkandyk had been hit in the arm by a bullet in her yard.")


def test_a_woman_hurt_is_a_civilian_beside_the_servicemen(geoparser):
    found = incidents_of(geoparser, SERVICEMEN_AND_A_WOMAN, dt.date(2023, 10, 4))
    assert [(i.place.name, i.injured) for i in found] == [("Samarkandyk", 3)]


RETURN_FIRE_AND_HOSPITAL = (
    "13 апреля военнослужащие Пограничной службы ГКНБ Кыргызской Республики открыли огонь по таджикским "
    "пограничникам в окрестностях джамоата Сомониён. Об этом сообщили в пресс-центре Пограничных войск ГКНБ "
    "Республики Таджикистан.\n\n«Военнослужащий Пограничных войск погиб на месте. Еще один военнослужащий получил "
    "огнестрельное ранение», — говорится в сообщении.\n\nПо оперативным данным Пограничных войск, в результате "
    "ответных действий таджикских пограничников со стороны нарушителей убит один и ранены двое военнослужащих.\n\n"
    "Отдельно Министерство здравоохранения Республики Таджикистан сообщило, что в центральную больницу в поселке "
    "Мехробод с огнестрельными "
    "ранениями доставлены двое мирных жителей джамоата Сомониён.")


def test_the_other_sides_losses_from_return_fire_are_a_claim_and_the_hospital_count_is_new(geoparser):
    found = incidents_of(geoparser, RETURN_FIRE_AND_HOSPITAL, dt.date(2024, 4, 14), lang="ru")
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Somoniyon", 1, 3)]


STONE_TO_THE_HEAD = (
    "Массовая драка между жителями кыргызского села Катран и соседнего таджикского массива произошла вечером 20 июня. "
    "«В результате телесные повреждения получили четыре жителя кыргызского села Катран», — сообщили в милиции. "
    "В Пограничной службе "
    "ГКНБ Кыргызстана отдельно сообщили, что травму головы камнем получил военнослужащий пограничного отряда.")


def test_a_serviceman_hurt_beside_the_villagers_adds_to_them(geoparser):
    found = incidents_of(geoparser, STONE_TO_THE_HEAD, dt.date(2023, 6, 21), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Katran", 5)]


BOTH_SIDES_SPEAK = (
    "Bishkek (AFP) - Eight people were injured when residents of neighbouring Kyrgyz and Tajik villages pelted each "
    "other with stones near Kok-Tash on Sunday, officials in both countries said.\n\n"
    "CORRECTION: An earlier version of this story said seven Kyrgyz citizens had been injured. The Batken regional "
    "health department later said five Kyrgyz citizens had been hurt.")


def test_a_count_that_officials_on_both_sides_told_is_no_ones_claim(geoparser):
    found = incidents_of(geoparser, BOTH_SIDES_SPEAK, dt.date(2024, 6, 10))
    assert [(i.place.name, i.injured) for i in found] == [("Kök-Tash", 8)]



# --- counts as desks give them (held-out batch 128) ----------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ru", "погибли два человека и пять человек получили ранения", [("fatalities", 2), ("injured", 5)]),
    ("ru", "«В результате военнослужащий Пограничных войск получил травму головы»", [("injured", 1)]),
    ("ru", "Больше никто из жителей не пострадал", [("injured", 0)]),
    ("ru", "Трое мирных жителей таджикского джамоата Чилгази в Исфаринском районе Согдийской области получили "
           "огнестрельные ранения", [("injured", 3)]),
    ("ru", "В Кулунду мина попала в животноводческую ферму, погибли 17 овец.", []),
    ("en", "About 320 residents of two streets closest to the border, including 140 children, were temporarily moved "
           "to a school.", [("displaced", 320)]),
    ("en", '"The number of wounded is therefore six," the department said', [("injured", 6)]),
    ("en", "A 58-year-old resident of Samarkandyk was wounded near the market and died on the way to hospital.",
     [("fatalities", 1)]),
])
def test_counts_read_as_desks_give_them(lang, text, expected):
    assert [(f.measure, f.value) for f in pack_for(lang).read_figures(text)] == expected


def test_a_border_bodys_serviceman_before_the_verb_is_that_sides():
    assert [f.side for f in pack_for("ru").read_figures("военнослужащий Пограничных войск получил травму головы")] \
        == ["TJ"]


FIRST_REPORT_QUOTED = (
    "В результате минометного обстрела джамоата Чоркух вечером 21 августа погибли два человека, еще пять получили "
    "ранения, сообщил Минздрав Таджикистана.\n\n"
    "«В результате погиб военнослужащий пограничной заставы, 1999 года рождения, еще один военнослужащий получил "
    "осколочное ранение», — говорилось в первом сообщении Пограничных войск.")


def test_a_quotation_attributed_to_the_first_report_is_an_earlier_report(geoparser):
    found = incidents_of(geoparser, FIRST_REPORT_QUOTED, dt.date(2023, 8, 22), lang="ru")
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Chorkuh", 2, 5)]


VILLAGE_BREAKDOWN_THEN_TOTAL = (
    "Пять человек получили ранения в результате обстрела сел Максат и Кулунду вечером 12 ноября, сообщает Минздрав. "
    "«В селе Максат ранены три человека. В селе Кулунду ранения получили двое жителей», — говорится в сообщении. "
    "Таким образом, общее число раненых составляет пять человек.")


def test_a_total_that_sums_the_villages_goes_to_neither(geoparser):
    found = incidents_of(geoparser, VILLAGE_BREAKDOWN_THEN_TOTAL, dt.date(2023, 11, 13), lang="ru")
    assert {i.place.name: i.injured for i in found} == {"Maksat": 3, "Kulundu": 2}


THIS_NUMBER_INCLUDES = (
    "One person was killed and five were injured in the shelling of Katran village on March 13, the Ministry of "
    "Health of Kyrgyzstan reported. Five people sought medical help. \"This number includes the two servicemen of "
    "the Border Service whose injuries were reported on March 13,\" the ministry stressed.")


def test_the_people_a_number_includes_are_no_count_of_their_own(geoparser):
    found = incidents_of(geoparser, THIS_NUMBER_INCLUDES, dt.date(2024, 3, 14))
    assert [(i.place.name, i.injured) for i in found] == [("Katran", 5)]


def test_the_other_end_of_a_road_linking_two_places_is_no_scene(geoparser):
    text = ("Two residents of the Tajik exclave of Western Qal'acha were injured on Monday when residents of a "
            "neighbouring Kyrgyz village blocked the only road linking the exclave with the rest of the Gulkhona "
            "jamoat, officials said.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 15))
    assert [i.place.name for i in found] == ["Western Qal'acha"]


@pytest.mark.parametrize(("lang", "headline"), [
    ("en", "Large-scale civil defense exercise held in Batken: 1,150 residents take part in evacuation drill"),
    ("ru", "В Баткенском районе отработали эвакуацию жителей и помощь «раненым»"),
])
def test_an_exercise_headline_is_read_in_either_word_order(lang, headline):
    assert pack_for(lang).event_words.exercise_headline.search(headline)


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "Kyrgyz servicemen opened fire on the Tajik border post Surkh on Tuesday, killing a Tajik border guard, the "
           "Border Troops of Tajikistan said.\n\nFive Kyrgyz servicemen were wounded by return fire.", "Surkh"),
    ("ru", "Кыргызские военнослужащие обстреляли дома джамоата Чилгази, ранен один гражданин Таджикистана, говорится в "
           "заявлении Пограничных войск Таджикистана.\n\nОтветным огнем таджикских пограничников подавлены огневые "
           "точки, с киргизской стороны имеются двое убитых.", "Chilgazi"),
])
def test_what_the_speakers_return_fire_did_is_a_claim(geoparser, lang, text, place):
    found = incidents_of(geoparser, text, dt.date(2024, 9, 7), lang=lang)
    assert [(i.place.name, i.fatalities_by_side.get("KG", 0), i.injured) for i in found] == [
        (place, 0, None if lang == "en" else 1)]


# --- after batch 127's sealed score ----------------------------------------------------------------------------

BOLD_LEAD = (
    "# В Ак-Сае ночью забросали камнями дома\n\n"
    "**В ночь на воскресенье, 4 августа, группа неизвестных забросала камнями дома на окраине села Ак-Сай и подожгла "
    "сено во дворах. Двое жителей получили травмы.**\n\n"
    "Как сообщили в РОВД, около 01:30 группа из 15–20 человек начала бросать камни в дома на крайней улице села. "
    "Сгорели около двух тонн сена, в сарае погибли 11 кур.")


def test_a_lead_in_bold_that_ends_its_sentence_is_the_body(geoparser):
    found = incidents_of(geoparser, BOLD_LEAD, dt.date(2024, 8, 4), lang="ru")
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Ak-Sai", None, 2)]


CROSSING_MEETING_CEASEFIRE = (
    "Полномочный представитель президента в Баткенской области и председатель Согдийской области встретились на "
    "пункте пропуска «Кызыл-Бел» — «Гулистон». После трехчасовой встречи стороны договорились неукоснительно "
    "соблюдать режим прекращения огня по всей линии границы, не допускать выхода вооруженных лиц к спорным участкам.")


def test_a_ceasefire_for_the_whole_line_agreed_at_a_quoted_crossing(geoparser):
    found = incidents_of(geoparser, CROSSING_MEETING_CEASEFIRE, dt.date(2024, 6, 21), lang="ru")
    assert [(i.place.name, i.event_type) for i in found] == [("Kyzyl-Bel", "ceasefire_agreement")]


@pytest.mark.parametrize(("text", "expected"), [
    ("В больнице у него диагностировали перелом носа и ушибы ребер.", [("injured", 1, True)]),
    ("Второй пострадавший получил ранение ноги, ему оказана помощь.", [("injured", 1, True)]),
])
def test_one_persons_injuries_told_by_the_hospital(text, expected):
    assert [(f.measure, f.value, f.described) for f in pack_for("ru").read_figures(text)] == expected


def test_the_hospital_a_wounded_man_was_flown_from_is_no_scene(geoparser):
    text = ("A border guard wounded in an exchange of fire near the village of Maksat on September 14 has died. "
            "He died "
            "in a hospital in Bishkek, where he had been brought by helicopter from Razzakov.")
    found = incidents_of(geoparser, text, dt.date(2024, 9, 17))
    assert [i.place.name for i in found] == ["Maksat"]


def test_a_digests_dated_heading_names_its_place(geoparser):
    text = "Our weekly round-up.\n\nMonday, October 7 – Chek\n\nShots were fired at a shepherd's camp; no one was hurt."
    mentions = geoparser.parse(Article(id="t", text=text, date=dt.date(2024, 10, 14), lang="en")).mentions
    assert [m.text for m in mentions] == ["Chek"]


def test_a_drone_said_not_to_have_flown_is_no_event(geoparser):
    text = ("A drone dropped a device on a barn on the edge of Khistevarz on Thursday, wounding a woman, Tajik "
            "officials "
            "said. \"No unmanned aerial vehicles of the Border Service flew over the section near Arka on August 15,\" "
            "the Kyrgyz Border Service said.")
    found = incidents_of(geoparser, text, dt.date(2024, 8, 16))
    assert [i.place.name for i in found] == ["Khistevarz"]
