"""Long and crowded pieces (held-out batch 87, sealed while batch 86 was studied, then studied): live pages and
timelines, weekly round-ups, analyses with one new incident among old ones, English articles quoting Russian-language
outlets and Russian articles quoting Western agencies, and many numbers that are not tolls. The texts are written
for these tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

from geo.language import pack_for
from geo.language.en.numbers import read_figures as read_en
from tests.test_counted_and_typed import by_place, incidents_of

EN, RU = pack_for("en"), pack_for("ru")


# --- Who speaks ---

def test_the_same_statement_speaks_for_the_body_named_before(geoparser):
    text = ("A Kyrgyz border guard has died of wounds sustained in a shooting near Kara-Bak on Sunday, the Kyrgyz Border "
            "Service said.\n\n"
            "Late in the evening the service reported that one of the two wounded had died. The Border Service did not "
            "publish his name. The same statement said that \"the Tajik side lost up to three servicemen killed.\"")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 11, 20)))
    assert found["Kara-Bak"].fatalities == 1
    assert found["Kara-Bak"].fatalities_by_side == {"KG": 1}


def test_the_body_before_the_verb_speaks_not_the_side_it_accuses():
    from geo.incidents.events.claimants import _speaker_side
    sentence = "The press center of the GKNB Border Troops says Kyrgyz servicemen are firing on Vorukh."
    assert _speaker_side([sentence], EN) == "TJ"


def test_the_other_governments_district_is_its_version_of_the_fight(geoparser):
    text = ("Two Kyrgyz border guards were wounded on Sunday when servicemen of the Tajik side opened fire near the "
            "village of Kara-Bak in Batken district, the Border Service said.\n\n"
            "The Tajik account said Kyrgyz border guards had opened fire first on a section of the border in Isfara "
            "district.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 11, 20)))
    assert set(found) == {"Kara-Bak"}


# --- Timelines ---

def test_a_death_of_the_wounded_goes_to_the_event_that_counted_them(geoparser):
    text = ("**07:40.** The first mortar rounds land in Vorukh, near school No. 3.\n\n"
            "**09:10.** The press center of the Border Troops says a 61-year-old woman has been killed in her garden "
            "and two men have been wounded.\n\n"
            "**15:20.** The Kyrgyz Border Service says Tajik servicemen opened fire on the Kyrgyz outpost Ak-Sai and "
            "that there are no casualties on the Kyrgyz side.\n\n"
            "**20:45.** The Sughd regional health department says one of the wounded men, aged 44, has died.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 10, 6)))
    assert (found["Vorukh"].fatalities, found["Vorukh"].injured) == (2, 1)
    assert not found["Ak-Sai"].fatalities


def test_final_figures_revise_the_days_count():
    assert EN.revision.search("Final figures of the day from the Border Troops: in total, two were killed")


def test_a_night_from_one_weekday_to_the_next_is_one_window():
    dates = RU.find_dates("В ночь со среды на четверг у села Арка произошла перестрелка", dt.date(2026, 4, 16))
    assert [(d.window.start, d.window.end) for d in dates] == [(dt.date(2026, 4, 15), dt.date(2026, 4, 16))]


def test_the_day_named_inside_a_nights_window_dates_the_event(geoparser):
    text = ("Позавчера, в ночь со среды на четверг, около 01:40, автоматным огнем были обстреляны окраины села "
            "Ак-Сай.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 15), lang="ru"))
    assert found["Ak-Sai"].date_start == dt.date(2024, 6, 13)


# --- Places that are not scenes ---

def test_relatives_called_in_a_town_are_no_scene(geoparser):
    text = ("Residents of Vorukh call relatives in Isfara: there is automatic fire from the side of Ak-Sai. A "
            "mortar round hit a house in Vorukh.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 10, 6)))
    assert "Isfara" not in found


def test_the_next_village_and_a_sports_hall_in_a_town_are_destinations(geoparser):
    text = ("Во вторник таджикские военнослужащие обстреляли заставу у села Максат, погибли двое пограничников. "
            "Жителей улиц, ближайших к границе, вывезли в соседнее село Кулунду. Часть эвакуированных разместили "
            "в спортивном комплексе в Баткене.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 3, 22), lang="ru"))
    assert set(found) == {"Maksat"}


# --- Figures, dates and non-events ---

def test_a_countrys_people_counted_with_their_wounds():
    assert [(f.measure, f.value, f.side) for f in read_en(
        "Tajik police reported two citizens of Tajikistan with bruises and cuts.")] == [("injured", 2, "TJ")]
    assert [(f.measure, f.value) for f in read_en("three Kyrgyz citizens were injured, one with head bruises")] \
        == [("injured", 3)]


def test_figures_the_officials_did_not_confirm_are_no_toll():
    assert RU.unconfirmed.search("Эти данные в официальных ведомствах не подтвердили.")


def test_the_day_a_spokesman_confirmed_the_deaths_is_no_event_day():
    assert RU.statement_date_after.match(" пресс-секретарь президента подтвердил гибель двух военнослужащих")


def test_a_founding_year_dates_nothing():
    assert EN.find_dates("Maksat, a village of Leilek district founded in 1994, came under fire", None) == []
    assert RU.find_dates("Село основано в 1994 году", None) == []


def test_a_places_past_and_a_habit_of_disputes_are_background():
    assert EN.background.search("where disputes over water and roads have repeatedly turned violent")
    assert EN.background.search("Maksat has lived through both of the wars the two countries fought")
    assert RU.background.search("Он пережил в Максате оба конфликта")


def test_names_of_the_dead_read_at_a_memorial_are_no_event(geoparser):
    text = ("On April 28, about 300 people gathered at the small memorial on the edge of Kok-Tash, in Kyrgyzstan's "
            "Batken district, to read the names of the villagers killed in 2021.")
    assert incidents_of(geoparser, text, dt.date(2026, 4, 30)) == []


def test_people_gathered_at_a_post_demanding_water_is_a_protest():
    from geo.incidents.events import clause_types
    assert "border_incident_protest" in clause_types(
        "Около 150 жителей Хистеварза собрались у пограничного поста на выезде из села, требуя возобновить подачу "
        "воды.", RU)
    assert "border_incident_protest" in clause_types(
        "About 150 residents of Khistevarz gathered at the border post, demanding that the water be turned back "
        "on.", EN)


def test_an_old_date_of_a_thing_in_a_relative_clause_leaves_the_gathering_news(geoparser):
    text = ("**Пятница, 17 ноября. Хистеварз**\n\n"
            "Около 150 жителей Хистеварза собрались у пограничного поста на выезде из села, требуя возобновить подачу "
            "воды по каналу, который, по их словам, был перекрыт с кыргызской стороны три недели назад. Никто не "
            "пострадал.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 11, 18), lang="ru"))
    assert found["Khistevarz"].date_start == dt.date(2023, 11, 17)
