"""The everyday mix, seventh sample (blind batch 61): a road blocked at the edge of the protesters' own
village, a party's hurt told by a local government named by its town, an injury that someone "had",
one side's losses at the other side's village on a different day of a digest, the streets of the
evacuated, a funeral's day, a burial village after a dash."""

from __future__ import annotations

import datetime as dt

from geo.language.en.numbers import read_figures
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of


def _counts(figures):
    return [(f.measure, f.value) for f in figures]


# --- the number grammar ---

def test_an_injury_someone_had_is_counted():
    assert _counts(read_figures("the district police said one man from Kara-Bak had a head injury")) \
        == [("injured", 1)]
    assert _counts(read_figures("two shepherds had gunshot wounds to the legs")) == [("injured", 2)]
    # no wound told: nothing counted
    assert _counts(read_figures("the guard had a rifle and two magazines")) == []


# --- articles ---

_BRAWL = ("Residents of Chorkuh blocked the road on the edge of their village on Tuesday to protest against a "
          "canal dug by the other side. In the afternoon young men from the neighbouring Kyrgyz village of "
          "Kok-Tash came, and the quarrel turned into a fight with stones. The Isfara city administration said "
          "three residents of Chorkuh were hurt; the Batken regional administration said one resident of Kok-Tash "
          "had a head injury.")


def test_a_road_blocked_at_the_edge_of_their_own_village_is_the_scene(geoparser):
    found = by_place(incidents_of(geoparser, _BRAWL, dt.date(2025, 6, 12)))
    assert set(found) == {"Chorkuh"}


def test_a_local_government_named_by_its_town_counts_its_own_people(geoparser):
    # each government's count of its own people, summed at the one scene: 3 + 1
    chorkuh = by_place(incidents_of(geoparser, _BRAWL, dt.date(2025, 6, 12)))["Chorkuh"]
    assert chorkuh.injured == 4


def test_the_edge_of_another_village_is_no_home(geoparser):
    text = ("A 40-year-old resident of the village of Kok-Tash was beaten by Tajik border guards at the edge of "
            "the village of Ak-Sai on Monday evening, the Border Service said. He received bruises and a broken "
            "arm.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 5)))
    assert set(found) == {"Ak-Sai"}
    assert found["Ak-Sai"].injured == 1


def test_a_digest_s_hurt_on_different_days_stay_with_their_days(geoparser):
    text = ("Eurasianet, weekly review.\n\n"
            "Monday: Brawl in Chorkuh\n"
            "Residents of Chorkuh and of the neighbouring Kyrgyz village of Kok-Tash threw stones at each other "
            "on June 2. Tajik officials said two Tajik citizens were hurt.\n\n"
            "Wednesday: Stones at a truck in Arka\n"
            "A Tajik truck driver was injured on June 4 when youths threw stones at his truck in the Kyrgyz "
            "village of Arka.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 6, 8)))
    assert found["Arka"].injured == 1


def test_ru_streets_of_the_evacuated_are_no_count_of_people():
    figures = read_ru("около 350 жителей трех крайних улиц ночью вывезли в Раззаков")
    assert _counts(figures) == [("displaced", 350)]


def test_ru_a_funeral_s_day_dates_no_event(geoparser):
    text = ("14 августа 2024, 09:30\n\n"
            "Накануне около 21:40 у села Бешкент Лейлекского района произошла перестрелка, погиб военнослужащий "
            "Пограничной службы, сообщили в ведомстве.\n\n"
            "Тело военнослужащего доставлено в родное село, похороны пройдут сегодня после полудня.\n\n"
            "Ранен 46-летний житель Бешкента, который в момент стрельбы поливал огород на окраине села.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 14), lang="ru"))
    assert set(found) == {"Beshkent"}
    beshkent = found["Beshkent"]
    assert (beshkent.date_start, beshkent.fatalities, beshkent.injured) == (dt.date(2024, 8, 13), 1, 1)


def test_ru_a_burial_village_after_a_dash_is_context(geoparser):
    text = ("Исфара, 14 октября 2023 г. В пятницу вечером в больнице скончался 52-летний житель джамоата "
            "Чилгази, получивший огнестрельное ранение 9 октября при обстреле у Лаккона.\n\n"
            "Джаназа прошла утром в субботу в родном селе погибшего — Чилгази.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 14), lang="ru"))
    assert "Chilgazi" not in found
