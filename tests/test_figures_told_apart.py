"""Figures as the two governments and the wires give them (held-out batch 123, scored with the session's start code,
then studied): each side's count kept with its own version, the rest of a count, a toll raised from an earlier
statement, a count inside a quotation whose attribution follows it, and places that only say where a village lies.
The texts are written for these tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.articles.model import Article
from geo.incidents.events import article_events
from geo.language import pack_for
from tests.test_counted_and_typed import by_place, figures_of, incidents_of

# --- each side's count with its own version -------------------------------------------------------------------

TWO_VERSIONS_MORE_OF_ONE_SIDE = (
    "BISHKEK, May 3 (Reuters) - Kyrgyzstan's Border Service said Tajik troops opened fire with mortars on Tuesday "
    "evening on its post on the edge of Ak-Sai, a village in Batken district.\n\n"
    "Four wounded remain in hospital in Batken, among them a civilian, the health ministry said.\n\n"
    "Tajikistan's border troops gave a different account, saying Kyrgyz soldiers fired first on a Tajik post near "
    "Khoja-Alo, a village of the Isfara district across the line.\n\n"
    "One Tajik border guard was killed, the troops said. In a second statement on Wednesday they said two more "
    "servicemen had been wounded and taken to hospital in Isfara.")


def test_more_of_one_sides_people_stay_with_that_sides_version(geoparser):
    found = by_place(incidents_of(geoparser, TWO_VERSIONS_MORE_OF_ONE_SIDE, dt.date(2024, 5, 3)))
    assert set(found) == {"Ak-Sai", "Khoja-Alo"}
    assert found["Ak-Sai"].injured == 4
    assert (found["Khoja-Alo"].fatalities, found["Khoja-Alo"].injured) == (1, 2)


# --- the rest of a count -----------------------------------------------------------------------------------

THE_OTHER_FIVE = (
    "Residents of Ak-Sai and of the Tajik exclave of Vorukh threw stones at each other on the bypass road on "
    "Tuesday evening, and shots were fired, police in Batken said.\n\n"
    "Kyrgyzstan's health ministry said eight citizens of Kyrgyzstan sought medical help, three of them with "
    "gunshot wounds. All three were taken to the Batken regional hospital; one, a 40-year-old man, is in serious "
    "condition. The other five received bruises and were treated as outpatients.")


def test_the_other_five_are_the_rest_of_the_count_two_sentences_back(geoparser):
    found = by_place(incidents_of(geoparser, THE_OTHER_FIVE, dt.date(2023, 4, 19)))
    assert found["Ak-Sai"].injured == 8


# --- a toll raised from an earlier statement -----------------------------------------------------------------

def test_a_toll_raised_from_an_earlier_statement_is_the_new_toll():
    pack = pack_for("en")
    clause = ("Tajikistan on Wednesday accused Kyrgyzstan of killing three civilians in a drone strike, raising its "
              "toll from an earlier statement")
    assert pack.revision.search(clause) is not None


# --- a count inside a quotation, its attribution after it ---------------------------------------------------

QUOTED_TOLL_ATTRIBUTED_AFTER_RU = (
    "БИШКЕК, 12 мая. /ТАСС/. Перестрелка произошла утром у села Ак-Сай, сообщила Пограничная служба Киргизии. "
    "Погибших с киргизской стороны нет, ранен один пограничник.\n\n"
    "Пограничные войска ГКНБ Таджикистана возложили ответственность за инцидент на киргизскую сторону. "
    "\"В результате провокационных действий киргизских военнослужащих погиб один военнослужащий Пограничных "
    "войск ГКНБ Республики Таджикистан, еще один получил ранение\", - цитирует заявление ведомства агентство "
    "\"Ховар\".")


def test_a_count_in_a_quotation_is_not_the_claim_of_the_side_that_fired(geoparser):
    found = by_place(incidents_of(geoparser, QUOTED_TOLL_ATTRIBUTED_AFTER_RU, dt.date(2022, 5, 12), lang="ru"))
    assert found["Ak-Sai"].fatalities == 1
    assert found["Ak-Sai"].fatalities_by_side.get("TJ") == 1  # the Tajik side's own count, not a Kyrgyz claim


# --- places that only say where a village lies ---------------------------------------------------------------

PASTURE_NEAR_A_VILLAGE_AND_A_RECAP_RU = (
    "Баткен, 21 октября. /Кабар/. По данным Пограничной службы, 17 октября около 15:40 с таджикской стороны был "
    "открыт огонь по двум чабанам, которые пасли отару на пастбище в 3 километрах от села Тогуз-Булак. Ранен "
    "один чабан.\n\n"
    "Напомним, в сентябре 2022 года в ходе вооруженного конфликта погибли 63 гражданина Кыргызстана. Лейлекский "
    "район был одним из направлений боев, тогда обстрелам подверглись села Кулунду, Максат и Арка.")


def test_the_village_a_pasture_is_measured_from_is_the_scene_beside_a_recap(geoparser):
    found = by_place(incidents_of(geoparser, PASTURE_NEAR_A_VILLAGE_AND_A_RECAP_RU, dt.date(2023, 10, 21),
                                  lang="ru"))
    assert set(found) == {"Toguz-Bulak"}
    assert found["Toguz-Bulak"].injured == 1


A_VILLAGE_ON_THE_OUTSKIRTS_OF_A_TOWN = (
    "BISHKEK, Kyrgyzstan (AP) - A boy was killed when an old mortar round went off in a dry riverbed on the edge "
    "of Kyzyl-Jol, a village of about 5,000 people on the outskirts of the regional capital, Batken, on Saturday, "
    "officials said. Two other boys were wounded.")


def test_the_town_a_village_lies_on_the_outskirts_of_is_no_scene(geoparser):
    found = by_place(incidents_of(geoparser, A_VILLAGE_ON_THE_OUTSKIRTS_OF_A_TOWN, dt.date(2023, 10, 8)))
    assert set(found) == {"Kyzyl-Jol"}
    assert (found["Kyzyl-Jol"].fatalities, found["Kyzyl-Jol"].injured) == (1, 2)


def test_all_four_children_name_the_side_of_the_dead():
    pack = pack_for("en")
    assert pack.all_dead.search("All four children are Kyrgyz citizens, the ministry said.") is not None


# --- a ceasefire agreed at a checkpoint named before its kind --------------------------------------------------

CEASEFIRE_AT_A_CHECKPOINT = (
    "Two Kyrgyz border guards were wounded in a night shooting near Kok-Tash, the Border Service said on "
    "January 15.\n\n"
    "At 11:00 the commanders of the two border units met at the Kyzyl-Bel - Guliston checkpoint. Following a "
    "two-hour meeting, the parties agreed on a complete ceasefire and the withdrawal of additional forces.")


def test_a_ceasefire_agreed_at_a_checkpoint_for_no_section_is_coded_there(geoparser):
    found = by_place(incidents_of(geoparser, CEASEFIRE_AT_A_CHECKPOINT, dt.date(2025, 1, 15)))
    assert found["Kyzyl-Bel"].event_type == "ceasefire_agreement"
    assert found["Kök-Tash"].injured == 2


# --- no incident ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On the other side, Tajik officials say 17 households near Lakkon were relocated to make way for a "
           "55-hectare plot that passed to Kyrgyzstan."),
    ("en", "Some 40 families of Maksat were resettled under the border treaty last spring."),
    ("ru", "По данным таджикских властей, 17 семей у села Лаккон переселены в связи с передачей участка "
           "Кыргызстану."),
])
def test_households_moved_for_a_border_treaty_are_no_displacement(geoparser, lang, text):
    assert incidents_of(geoparser, text, dt.date(2025, 9, 10), lang=lang) == []


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Rescuers hold evacuation exercise in Ak-Tatyr",
     "According to the exercise scenario, the village came under fire. Within 40 minutes, 420 residents of Ak-Tatyr "
     "were evacuated to a tent camp in Batken. Medics gave first aid to 15 'wounded'."),
    ("ru", "В Ак-Татыре прошли учения по эвакуации населения",
     "По легенде, село попало под обстрел. За 40 минут 420 жителей Ак-Татыра были эвакуированы в палаточный "
     "лагерь в Баткене."),
])
def test_an_exercise_under_its_headline_is_no_incident(geoparser, lang, title, text):
    parsed = geoparser.parse(Article(id="t", text=text, date=dt.date(2024, 10, 23), lang=lang, title=title))
    assert article_events(parsed) == []


@pytest.mark.parametrize("text", [
    "Rescuers hold evacuation exercise in Ak-Tatyr as shelling hits Kok-Tash",
])
def test_an_exercise_headline_that_tells_fighting_is_not_gated(text):
    pack = pack_for("en")
    assert pack.event_words.exercise_headline.search(text) is not None
    assert pack.triggers["shelling_artillery"].search(text) is not None  # the fighting the gate looks for


# --- a count of people told before is no count of the clause -------------------------------------------------

def test_people_besides_whom_others_were_hurt_are_no_count_of_their_own():
    read = pack_for("ru").read_figures
    assert figures_of(read, "Минздрав уточнил, что, помимо двух военнослужащих, за медицинской помощью обратился "
                            "38-летний житель села с пулевым ранением ноги.") == []
    assert figures_of(read, "Кроме двух пограничников, ранены трое мирных жителей.") == [("injured", 3, None)]


# --- one of the people counted before, named by home ---------------------------------------------------------

A_BRAWL_AND_ONE_OF_THEM_DIED = (
    "A brawl between Kyrgyz and Tajik herders over a pasture some 4 kilometers south of the village of Ak-Suu left "
    "people hurt on June 5, Kyrgyzstan's Interior Ministry said. Two residents of Ak-Suu were injured.\n\n"
    "Tajikistan's Interior Ministry said three citizens of Tajikistan had been injured in the fight and taken to "
    "hospital in Ghonchi.\n\n"
    "On June 6, the Tajik ministry said that one of them, a 24-year-old resident of Muchun, had died of his wounds.")


def test_one_of_the_wounded_named_by_his_village_is_no_scene_there(geoparser):
    found = by_place(incidents_of(geoparser, A_BRAWL_AND_ONE_OF_THEM_DIED, dt.date(2022, 6, 7)))
    assert set(found) == {"Ak-Suu"}


@pytest.mark.parametrize(("lang", "before"), [
    ("en", "On June 6, the ministry said that one of them, a 24-year-old resident of "),
    ("ru", "6 июня в министерстве сообщили, что один из них, 24-летний житель села "),
])
def test_one_of_them_before_a_home_is_read(lang, before):
    assert pack_for(lang).event_words.one_of_them_before.search(before) is not None


def test_a_toll_with_no_noun_that_rose_is_of_the_dead():
    read = pack_for("en").read_figures
    assert figures_of(read, "By the afternoon the toll had risen to two: her grandson died in hospital.")[0] == \
        ("fatalities", 2, None)
    assert figures_of(read, "The toll of the wounded had risen to four.") == [("injured", 4, None)]


# --- follow-ups and corrections (batch 125) ------------------------------------------------------------------

COUNT_CORRECTED_BY_THE_NEXT_CLAUSE_RU = (
    "ДУШАНБЕ, 18 июня. Вечером 17 июня кыргызские военнослужащие открыли огонь из минометов по окраине джамоата "
    "Лаккон, сообщили в Пограничных войсках.\n\n"
    "Ночью в хукумате Исфары говорили о четырех пострадавших, однако утром в управлении здравоохранения уточнили, "
    "что в больницу доставлены трое жителей Лаккона с осколочными ранениями.")


def test_a_count_the_next_clause_corrects_is_superseded_and_dates_nothing(geoparser):
    found = incidents_of(geoparser, COUNT_CORRECTED_BY_THE_NEXT_CLAUSE_RU, dt.date(2024, 6, 18), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Lakkon", 3)]
    assert found[0].date_start == dt.date(2024, 6, 17)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tajik troops fired on a Kyrgyz patrol near Uch-Bulak on Tuesday and a border guard was killed, the "
           "ministry said. \"The information about the death of a serviceman published yesterday does not "
           "correspond to reality,\" the ministry said on Wednesday. The guard was seriously wounded."),
    ("ru", "Кыргызские военнослужащие открыли огонь по таджикскому наряду у Чилгази, погиб один военнослужащий, "
           "сообщили в Пограничных войсках. На следующий день ведомство выпустило уточнение: «Информация о гибели "
           "военнослужащего не соответствует действительности». Рядовой получил тяжелое ранение."),
])
def test_a_refuted_death_named_without_a_count_leaves_no_dead(geoparser, lang, text):
    found = incidents_of(geoparser, text, dt.date(2023, 11, 14), lang=lang)
    assert len(found) == 1 and not found[0].fatalities


FLOWN_TO_HOSPITAL = (
    "A Kyrgyz herder wounded when a drone dropped explosives on a pasture camp near Kyzyl-Eshme on July 14 has died, "
    "officials said. The Health Ministry said on July 19 that the 52-year-old man, a resident of the village of "
    "Kyzyl-Eshme, had died in the Osh hospital, where he had been flown by helicopter on July 15.")


def test_the_day_a_patient_was_flown_to_hospital_dates_no_event(geoparser):
    found = incidents_of(geoparser, FLOWN_TO_HOSPITAL, dt.date(2023, 7, 20))
    assert [(i.place.name, i.date_start) for i in found] == [("Kyzyl-Eshme", dt.date(2023, 7, 14))]


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "ASIA-PLUS\n\nUSD 10.71 | EUR 11.52\n\nKHUJAND, June 12, 2024, Asia-Plus -- A mass brawl broke out.",
     "KHUJAND"),
    ("ru", "АЗИЯ-ПЛЮС\n\nКурсы валют\n\nДушанбе, 14.06.2024 /АНИ «Ховар»/. Массовая драка.", "Душанбе"),
])
def test_a_sites_hyphenated_banner_is_no_dateline(lang, text, place):
    assert pack_for(lang).find_dateline(text).place == place
