"""Large clashes told over several days: running tolls, a ceasefire agreed at a crossing, an official list of
villages where houses burned, the count of the place just told, and analyses whose crisis is background (held-out
batch 95, scored with the session's start code, then studied). The texts are written for these tests; none is a
devset article."""

from __future__ import annotations

import datetime as dt
import re

from geo.articles.model import Article
from geo.incidents.build import build_incidents
from geo.language import pack_for
from geo.language.ranges import lowest_of_ranges
from tests.test_counted_and_typed import by_place, figures_of, incidents_of, roles_of


#: What joins a range's two ends (the English number grammar's joiner).
_JOINER = re.compile(r"\s*(?:to|or|-|\u2013|and)\s*", re.I)


def _titled_incidents(geoparser, title, text, date, lang="en"):
    article = Article(id="t", title=title, text=f"{title}\n\n{text}", date=date, lang=lang)
    return build_incidents([geoparser.parse(article)]).incidents


# --- Running tolls ---

def test_fighting_that_spread_to_other_sections_adds_no_earlier_toll(geoparser):
    text = ("The fighting, which erupted on Tuesday with gunfire and mortar fire near the Kyrgyz village of Maksat and "
            "later spread to other sections of the border, has killed at least 17 people on the Kyrgyz side and "
            "wounded 94, Kyrgyzstan's Health Ministry said on Thursday, up from 11 dead reported on Wednesday evening. "
            "Tajik officials said 12 Tajik citizens had been killed, up from nine a day earlier.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 6)))
    assert found["Maksat"].fatalities == 29
    assert found["Maksat"].fatalities_by_side == {"KG": 17, "TJ": 12}


def test_a_count_and_its_parts_between_dashes_is_the_count():
    read = pack_for("en").read_figures
    assert ("fatalities", 5, None) in figures_of(
        read, "The administration says the number of dead there has risen to five - four servicemen of the border "
              "troops and a 43-year-old tractor driver - and 14 people have been injured.")


def test_a_range_climbs_and_a_count_followed_by_a_smaller_number_is_no_range():
    # "two - three" is one figure, its lower end; "five - four servicemen" is a count and one of its parts
    assert lowest_of_ranges([(0, 3, 2, False), (6, 11, 3, False)], "two - three", _JOINER) == [(0, 11, 2, False)]
    assert len(lowest_of_ranges([(0, 4, 5, False), (7, 11, 4, False)], "five - four", _JOINER)) == 2


def test_the_count_of_the_place_just_told_there_goes_to_that_place(geoparser):
    text = ("Three Tajik civilians were killed and five others injured when a drone struck the jamoat building in "
            "Vorukh at around 2:20 pm on Wednesday, the Sughd regional administration said.\n\n"
            "In the Ovchi Kalacha jamoat, where the fighting started on Tuesday morning, mortar fire continued "
            "through Wednesday. The regional administration says the number of dead there has risen to five - four "
            "servicemen and a 43-year-old tractor driver - and 14 people have been injured. On Tuesday evening, the administration had reported three dead and eight injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 6)))
    assert (found["Ovchi-Kalacha"].fatalities, found["Ovchi-Kalacha"].injured) == (5, 14)
    assert (found["Vorukh"].fatalities, found["Vorukh"].injured) == (3, 5)


# --- A ceasefire agreed at a crossing ---

def test_a_ceasefire_agreed_at_a_meeting_at_a_checkpoint_is_an_agreement_there(geoparser):
    text = ("Late on Wednesday, the heads of the border services of Tajikistan and Kyrgyzstan met at the Kyzyl-Bel "
            "checkpoint and agreed on a complete ceasefire from 8:00 pm, the press center of the State Committee "
            "for National Security said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 6)))
    assert found["Kyzyl-Bel"].event_type == "ceasefire_agreement"


def test_a_truce_that_was_agreed_at_a_meeting_at_a_checkpoint_is_an_agreement_there(geoparser):
    text = ("The truce was agreed late on Wednesday by the chiefs of the two countries' border services at a meeting "
            "at the Kyzyl-Bel checkpoint and was to take effect at 8 p.m.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 6)))
    assert found["Kyzyl-Bel"].event_type == "ceasefire_agreement"


def test_a_truce_for_a_named_section_agreed_at_a_meeting_is_not_an_agreement_at_the_venue(geoparser):
    text = ("Главы пограничных ведомств встретились в Исфаре и договорились о прекращении огня на участке у Сурха "
            "с 10:00.")
    assert ("Исфаре", "incident") not in roles_of(geoparser, text, "ru", dt.date(2024, 2, 15))


# --- An official list of villages ---

def test_the_villages_of_a_list_introduced_by_shelling_are_its_scenes(geoparser):
    text = ("The office of the plenipotentiary representative has published a list of villages where residential "
            "houses burned as a result of shelling by the Tajik side:\n\n"
            "Leilek district, June 4\n\n"
            "Maksat - 34 houses;\nKulundu - 12 houses;\nArka - 5 houses.\n\n"
            "In total, 51 residential houses burned down.")
    roles = roles_of(geoparser, text, "en", dt.date(2024, 6, 5))
    assert {("Maksat", "incident"), ("Kulundu", "incident"), ("Arka", "incident")} <= set(roles)
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 5)))
    assert {"Maksat", "Kulundu", "Arka"} <= set(found)


def test_names_of_people_with_their_ages_are_no_list_of_villages(geoparser):
    text = "The hospital named the wounded:\n\nMaksat - 34 years old;\nAzamat - 21 years old."
    assert ("Maksat", "incident") not in roles_of(geoparser, text, "en", dt.date(2024, 6, 5))


# --- Analyses and explainers ---

def test_an_analysis_tells_its_crisis_as_background_and_only_its_last_week_as_news(geoparser):
    text = ("By Katherine Morrow, June 19, 2024\n\n"
            "Between June 4 and June 7, fighting that began over a gravel road near the Kyrgyz village of Maksat "
            "spread along the frontier and sent shells into Isfana. By the official count, 19 Kyrgyz and 14 Tajik "
            "citizens were killed.\n\n"
            "Each government has its own narrative. Bishkek points to burned houses in Maksat and Ak-Sai. Dushanbe "
            "points to the drone strike on the jamoat building in Vorukh, which killed three civilians.\n\n"
            "The truce has held only loosely. On Monday, a Kyrgyz border guard was wounded by sniper fire near the "
            "village of Kok-Tash, Kyrgyzstan's Border Service said on Tuesday.")
    found = by_place(_titled_incidents(geoparser, "Why the Kyrgyz-Tajik Border Keeps Catching Fire", text,
                                       dt.date(2024, 6, 19)))
    assert set(found) == {"Kök-Tash"}
    assert found["Kök-Tash"].injured == 1


def test_a_russian_explainer_dates_no_news_by_its_month(geoparser):
    text = ("Бои шли вдоль всего участка от Ак-Сая до Кара-Бака. Перемирие, согласованное 14 июня, в целом "
            "соблюдается.\n\n"
            "Новым стало массовое применение беспилотников: в июне они били по школе в Чоркухе и по зданию айыл "
            "окмоту в Кара-Баке.\n\n"
            "Перемирие хрупкое: в понедельник, 24 июня, около 21:30 пограничный наряд у села Чек Баткенского района "
            "был обстрелян с таджикской стороны, пострадавших нет.")
    found = by_place(_titled_incidents(geoparser, "Почему Баткен и Исфара снова воевали. Объясняем в шести вопросах",
                                       text, dt.date(2024, 6, 25), lang="ru"))
    assert set(found) == {"Chek"}
