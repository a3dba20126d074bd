"""What an incident was and how many it hurt (blind batches 47 to 49): fire told after the toll, counts."""

from __future__ import annotations

import datetime as dt

from geo.articles.model import Article
from geo.incidents.build import build_incidents
from geo.incidents.events import article_events


def incidents_of(geoparser, text, date, lang="en"):
    """The incidents of one article of ``text`` published on ``date``."""
    return build_incidents([geoparser.parse(Article(id="t", text=text, date=date, lang=lang))]).incidents


def by_place(found):
    return {i.place.name: i for i in found}


def test_fire_told_after_a_lone_toll_types_the_toll(geoparser):
    text = ("A border guard was wounded late on Monday at the frontier post in Ak-Sai, the Border Service said.\n\n"
            "The service said unknown persons opened fire with automatic weapons at the post from the direction "
            "of the Tajik village of Khoja-Alo at about 22:10. The guard was hit in the arm.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 4)))
    assert set(found) == {"Ak-Sai"}
    assert "armed_clash" in found["Ak-Sai"].event_types


def test_an_old_shell_that_went_off_is_no_fire(geoparser):
    text = ("A boy was wounded on Monday in Ak-Sai when an old artillery shell he found went off, officials said.\n\n"
            "The shell was left over from the shelling of September 2022, the emergencies ministry said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 4)))
    assert found["Ak-Sai"].event_types == ["casualty_report"]


def test_shots_fired_from_one_side_at_a_place_in_a_district_make_the_district_the_scene(geoparser):
    text = ("BISHKEK - A herder was wounded when shots were fired from the Tajik side at a summer pasture in the "
            "south of Kadamjay district on Tuesday, June 2, the regional police said.\n\n"
            "According to the police, at about 16:20 Asan B., 52, a resident of Aidarken, was driving to the "
            "pasture when several shots were fired. He was hit in the leg. Both were taken to the Kadamjay "
            "district hospital.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 6, 3)))
    assert set(found) == {"Kadamjay District"}


def test_both_taken_to_hospital_counts_two_injured(geoparser):
    text = ("A farmer was wounded in the leg on Monday when shots were fired at the village of Ak-Sai, the "
            "border service said. His brother was cut by flying glass. Both were taken to the Batken regional "
            "hospital.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 4)))
    assert found["Ak-Sai"].injured == 2


def test_a_russian_zero_with_its_source_set_off_by_commas(geoparser):
    text = ("В понедельник вечером на окраине села Тогуз-Булак Лейлекского района с сопредельной стороны был открыт "
            "огонь по жителям. Ранение в плечо получил местный житель. Погибших, по данным погранслужбы, нет.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 21), lang="ru"))
    assert found["Toguz-Bulak"].fatalities == 0


def test_russian_all_three_counts_the_people_told_one_by_one(geoparser):
    text = ("Вечером в понедельник на окраине села Тогуз-Булак был открыт огонь по жителям, которые поливали огороды.\n\n"
            "Первым привезли 34-летнего жителя села. Пуля попала ему в плечо.\n\n"
            "Следом доставили 52-летнюю женщину с ранением голени. Третьим был студент, пуля задела ему кисть.\n\n"
            "«Жизни всех троих ничего не угрожает», — сказал врач.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 21), lang="ru"))
    assert found["Toguz-Bulak"].injured == 3


def test_both_after_a_count_of_two_only_repeats_it(geoparser):
    text = ("В результате перестрелки у села Хистеварз ранены двое таджикских жителей. Обоих доставили в районную "
            "больницу, их жизни ничего не угрожает. Погибших нет.")
    parsed = geoparser.parse(Article(id="t", text=text, date=dt.date(2024, 8, 18), lang="ru"))
    injured = [f for event in article_events(parsed) for f in event.figures if f.measure == "injured"]
    assert [(f.value, f.together) for f in injured] == [(2, False)]
