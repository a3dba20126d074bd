"""Figures from tables: a situation report's breakdown by village (geo.incidents.tables)."""

import datetime as dt

import pytest

from geo.articles.html_reader import extract_html
from tests.test_event_model import incidents_of

def _village_figures(geoparser, text, published=dt.date(2023, 8, 13)):
    """(place, fatalities, injured, displaced) of each incident, sorted."""
    return sorted((i.place.name, i.fatalities, i.injured, i.displaced)
                  for i in incidents_of(geoparser, text, published))


_LEDE = ("Shelling hit the village of Kulundu on the evening of 11 August and the village of Maksat on the "
         "morning of 12 August.\n\n"
         "As of 10:00 on 13 August, the ministry reports 3 people killed and 11 injured.\n\n")


def test_html_table_rows_are_written_as_pipe_rows():
    page = extract_html("<p>Breakdown:</p><table><tr><th>Village</th><th> Killed </th></tr>"
                        "<tr><td><b>Kulundu</b></td><td>2</td></tr></table><p>End.</p>")
    assert page.text == "Breakdown:\n\n| Village | Killed |\n| Kulundu | 2 |\n\nEnd."


@pytest.mark.integration
def test_each_village_takes_its_own_row_not_the_lede_total(geoparser):
    text = _LEDE + ("| Village | Killed | Injured | Evacuated (people) | Evacuated (families) | Houses damaged |\n"
                    "|---|---:|---:|---:|---:|---:|\n"
                    "| Kulundu | 2 | 7 | 1,380 | 200 | 31 |\n"
                    "| Maksat | 1 | 4 | 760 | 90 | 15 |\n"
                    "| **Total** | **3** | **11** | **2,140** | **290** | **46** |\n")
    assert _village_figures(geoparser, text) == [("Kulundu", 2, 7, 1380), ("Maksat", 1, 4, 760)]


@pytest.mark.integration
def test_a_table_by_hospital_or_without_a_people_column_gives_no_village_figures(geoparser):
    by_hospital = _LEDE + ("| Hospital | Injured |\n|---|---|\n| Batken oblast hospital | 8 |\n"
                           "| General practice centre, Kulundu | 3 |\n")
    houses = _LEDE + "| Village | Houses damaged | Cattle lost |\n|---|---|---|\n| Kulundu | 31 | 134 |\n"
    assert _village_figures(geoparser, by_hospital) == _village_figures(geoparser, houses) \
        == _village_figures(geoparser, _LEDE)


@pytest.mark.integration
def test_a_russian_table_names_villages_in_the_nominative_beside_inflected_prose(geoparser):
    text = ("Бишкек, 13 августа 2023. Вечером 12 августа таджикская сторона обстреляла сёла Кулунду и Максат "
            "Лейлекского района. По данным МЧС, погибли три человека, ранены 11.\n\n"
            "| Село | Погибшие | Раненые | Эвакуировано, чел. |\n"
            "| Кулунду | 2 | 7 | 1 380 |\n"
            "| Максат | 1 | 4 | 760 |\n"
            "| Итого | 3 | 11 | 2 140 |\n")
    assert _village_figures(geoparser, text) == [("Kulundu", 2, 7, 1380), ("Maksat", 1, 4, 760)]


@pytest.mark.integration
def test_a_newest_first_live_blog_takes_its_latest_entry_as_the_current_toll(geoparser):
    text = ("LIVE: shelling on the border, newest entries first\n\n"
            "17:45 - Summing up the day: three residents of Ak-Sai were wounded in the shelling.\n\n"
            "15:30 - A third wounded man from Ak-Sai was brought to Batken oblast hospital.\n\n"
            "11:40 - Two residents of Ak-Sai were wounded when shells hit the village this morning.\n\n"
            "09:10 - Residents of Ak-Sai report explosions on the edge of the village.")
    found = incidents_of(geoparser, text, dt.date(2024, 5, 30))
    assert [(i.place.name, i.injured) for i in found] == [("Ak-Sai", 3)]


@pytest.mark.integration
def test_a_row_that_names_its_country_first_is_the_village_s_row(geoparser):
    text = _LEDE + ("| Country | Village | District | Persons evacuated | Households | Injured | Dead |\n"
                    "| Kyrgyzstan | Kulundu | Leilek | 1,380 | 200 | 7 | 2 |\n"
                    "| Kyrgyzstan | Maksat | Leilek | 760 | 90 | 4 | 1 |\n"
                    "| Total | | | 2,140 | 290 | 11 | 3 |\n")
    assert _village_figures(geoparser, text) == [("Kulundu", 2, 7, 1380), ("Maksat", 1, 4, 760)]


@pytest.mark.integration
def test_cattle_killed_and_the_villages_of_evacuation_centres_are_no_incidents(geoparser):
    text = _LEDE + ("The ministry reports that 37 head of cattle were killed near Ak-Sai.\n\n"
                    "The Red Crescent distributed 120 food parcels in the evacuation centres in Batken and Kyzyl-Jol.")
    assert [name for name, *_ in _village_figures(geoparser, text)] == ["Kulundu", "Maksat"]
