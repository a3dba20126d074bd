"""Russian reporting: case forms, recognition in Cyrillic, roles, dates and figures through the Russian pack."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.articles.model import Article
from geo.language import detect_language
from geo.language.ru.dates import find_dates
from geo.language.ru.inflect import case_forms
from geo.language.ru.numbers import read_figures


@pytest.mark.parametrize("name, form", [
    ("Ворух", "Воруха"), ("Кок-Таш", "Кок-Таша"), ("Исфара", "Исфаре"), ("Ак-Сай", "Ак-Сае"),
    ("Лейлекский район", "Лейлекского района"), ("Баткенская область", "Баткенской области"),
])
def test_case_forms(name, form):
    assert form in case_forms(name)


@pytest.mark.parametrize("name", ["Кулунду", "Ходжаи-Аъло", "Душанбе", "Vorukh"])
def test_indeclinable_and_latin_names_get_no_forms(name):
    assert case_forms(name) == []


@pytest.mark.parametrize("clause, expected", [
    ("погибли 24 человека", [("fatalities", 24)]),
    ("двое военнослужащих погибли", [("fatalities", 2)]),
    ("более 100 раненых", [("injured", 100)]),
    ("эвакуированы 136 тысяч жителей", [("displaced", 136_000)]),
    ("сообщила о трёх погибших и десяти раненых", [("fatalities", 3), ("injured", 10)]),
    ("в 07:15 на заставе №5, 45-летний житель, в 2021 году, в 40 км", []),
])
def test_russian_figures(clause, expected):
    assert [(f.measure, f.value) for f in read_figures(clause)] == expected


def test_russian_dates_resolve_against_publication():
    published = dt.date(2022, 9, 18)  # a Sunday
    windows = [(d.window.start, d.window.end) for d in find_dates(
        "14–16 сентября 2022 года; накануне; позавчера; в среду; на прошлой неделе", published)]
    assert windows == [
        (dt.date(2022, 9, 14), dt.date(2022, 9, 16)), (dt.date(2022, 9, 17),) * 2,
        (dt.date(2022, 9, 16),) * 2, (dt.date(2022, 9, 14),) * 2,
        (dt.date(2022, 9, 5), dt.date(2022, 9, 11)),
    ]


def test_language_is_detected_by_script():
    assert detect_language("Обстрел Воруха продолжался всю ночь.") == "ru"
    assert detect_language("Shelling hit Vorukh overnight.") == "en"


@pytest.mark.integration
def test_inflected_names_resolve_and_capitals_that_speak_are_context(geoparser):
    text = ("ДУШАНБЕ, 14.09.2022 /АНИ «Ховар»/. В результате обстрела села Ворух погибли двое жителей. "
            "Раненые доставлены в больницу Исфары. В Бишкеке заявили, что огонь открыли со стороны Ак-Сая.")
    parsed = geoparser.parse(Article(id="r", text=text))
    assert parsed.lang == "ru" and parsed.structure.published == dt.date(2022, 9, 14)
    roles = {m.resolved.place.name: m.role for m in parsed.mentions if m.resolved}
    assert roles["Vorukh"] == "incident"
    assert roles["Isfara"] == "context" and roles["Bishkek"] == "context" and roles["Ak-Sai"] == "context"


@pytest.mark.integration
def test_common_russian_words_are_not_places(geoparser):
    text = "Все погибшие — граждане Кыргызстана. Как сообщили в пресс-службе, семь человек ранены. Под завалами нашли тело."
    names = {m.resolved.place.name for m in geoparser.parse(Article(id="c", text=text)).mentions if m.resolved}
    assert names == {"Kyrgyzstan"}


@pytest.mark.integration
def test_the_ends_of_a_named_road_are_context(geoparser):
    text = "Жители села Ак-Сай перекрыли автодорогу Баткен — Исфана."
    roles = {m.resolved.place.name: (m.role, m.role_reason) for m in
             geoparser.parse(Article(id="road", text=text)).mentions if m.resolved}
    assert roles["Ak-Sai"][0] == "incident"
    assert roles["Batken"] == ("context", "end of a named road")
