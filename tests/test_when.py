"""English date expressions (the English pack's date reader)."""

import datetime as dt

import pytest

from geo.articles.model import Article
from geo.incidents.build import build_incidents
from geo.language.en.dates import find_dates


def incidents_of(geoparser, text, published, lang):
    """The incidents of one article of ``text`` in ``lang`` published on ``published``."""
    article = Article(id="w", lang=lang, text=text, date=published)
    return build_incidents([geoparser.parse(article)]).incidents


def find_date_windows(text, *, published):
    return [d.window for d in find_dates(text, published)]

SUNDAY = dt.date(2022, 9, 18)


@pytest.mark.parametrize("text, start, end, precision", [
    ("clashes erupted on Wednesday", "2022-09-14", "2022-09-14", 1),
    ("On September 14, a conflict erupted", "2022-09-14", "2022-09-14", 1),
    ("a ceasefire on Friday", "2022-09-16", "2022-09-16", 1),
    ("Putin spoke on Sunday", "2022-09-18", "2022-09-18", 1),
    ("71 died last week", "2022-09-05", "2022-09-11", 2),
    ("mourning this Monday", "2022-09-12", "2022-09-12", 1),
    ("fighting on 14-16 September", "2022-09-14", "2022-09-16", 2),
    ("shelling yesterday", "2022-09-17", "2022-09-17", 1),
    ("clashes in April 2021", "2021-04-01", "2021-04-30", 3),
    ("on 2021-04-29 gunfire", "2021-04-29", "2021-04-29", 1),
    ("on December 30", "2021-12-30", "2021-12-30", 1),  # after the article date: last year
    ("wounded three days ago", "2022-09-15", "2022-09-15", 1),
    # a week ago is approximate: the seven days around it, which an exact day inside replaces
    ("wounded in the shooting a week ago", "2022-09-08", "2022-09-14", 2),
    ("two weeks ago", "2022-09-01", "2022-09-07", 2),
])
def test_relative_dates(text, start, end, precision):
    window = find_date_windows(text, published=SUNDAY)[0]
    assert (window.start.isoformat(), window.end.isoformat(), window.precision) == (start, end, precision)


def test_relative_dates_need_an_article_date():
    assert find_date_windows("clashes on Wednesday and last week", published=None) == []
    assert find_date_windows("on September 14, 2022", published=None)[0].start == dt.date(2022, 9, 14)


@pytest.mark.parametrize("text, published, start, end", [
    # a season without a year: the latest one begun by the article's date
    ("since fighting there in the spring killed dozens", dt.date(2021, 7, 19), "2021-03-01", "2021-05-31"),
    ("the winter of 2022", None, "2021-12-01", "2022-02-28"),
    ("autumn 2021", None, "2021-09-01", "2021-11-30"),
    ("the road will open this autumn", dt.date(2021, 7, 19), "2021-09-01", "2021-11-30"),
])
def test_seasons_date_clauses_for_the_time_scope(text, published, start, end):
    window = find_date_windows(text, published=published)[0]
    assert (window.start.isoformat(), window.end.isoformat(), window.kind) == (start, end, "season")


def test_a_fall_that_is_not_a_season_is_no_date():
    assert find_date_windows("since the fall of the Soviet Union", published=SUNDAY) == []


@pytest.mark.parametrize("text, start, end", [
    ("весной прошлого года", "2020-03-01", "2020-05-31"),
    ("прошлой осенью", "2020-09-01", "2020-11-30"),
    ("летом 2020 года", "2020-06-01", "2020-08-31"),
])
def test_russian_seasons(text, start, end):
    from geo.language.ru.dates import find_dates as find_russian

    window = find_russian(text, dt.date(2021, 7, 19))[0].window
    assert (window.start.isoformat(), window.end.isoformat(), window.kind) == (start, end, "season")


@pytest.mark.parametrize("text, start, end, precision", [
    ("был ранен три дня назад", "2022-09-15", "2022-09-15", 1),
    ("10 дней назад", "2022-09-08", "2022-09-08", 1),
    ("перестрелка неделю назад", "2022-09-08", "2022-09-14", 2),
    ("две недели назад", "2022-09-01", "2022-09-07", 2),
])
def test_russian_days_and_weeks_ago(text, start, end, precision):
    from geo.language.ru.dates import find_dates as find_russian
    window = find_russian(text, SUNDAY)[0].window
    assert (window.start.isoformat(), window.end.isoformat(), window.precision) == (start, end, precision)
    # a year ago stays a year, for the time scope only
    assert find_russian("год назад", SUNDAY)[0].window.kind == "year"


def test_a_russian_month_of_last_year():
    from geo.language.ru.dates import find_dates as find_russian
    published = dt.date(2023, 4, 20)
    for text in ("После сентября прошлого года у нас все боятся.", "в сентябре прошлого года"):
        window = find_russian(text, published)[0].window
        assert (window.start, window.end) == (dt.date(2022, 9, 1), dt.date(2022, 9, 30))
    window = find_russian("в сентябре позапрошлого года", published)[0].window
    assert window.start == dt.date(2021, 9, 1)


@pytest.mark.integration
@pytest.mark.parametrize("lang, text", [
    ("en", "September 17-18, Ak-Suu (Leilek district). An overnight exchange of fire on a pasture above the village "
           "of Ak-Suu wounded two Kyrgyz border guards."),
    ("ru", "17 сентября у села Ак-Суу Лейлекского района ночью произошла перестрелка, ранены двое кыргызских "
           "пограничников."),
])
def test_a_night_word_is_the_night_of_the_date_the_clause_names(geoparser, lang, text):
    incidents = incidents_of(geoparser, text, dt.date(2024, 10, 1), lang)
    assert [(i.place.name, i.date_start) for i in incidents] == [("Ak-Suu", dt.date(2024, 9, 17))]


@pytest.mark.parametrize("text, start, end", [
    ("В ночь с воскресенья на понедельник произошла перестрелка.", "2024-09-08", "2024-09-09"),
    ("в ночь на понедельник", "2024-09-08", "2024-09-09"),
    ("В ночь с пятницы у села стреляли.", "2024-09-06", "2024-09-07"),
    ("в ночь с 8 на 9 сентября", "2024-09-08", "2024-09-09"),
])
def test_a_russian_night_spans_its_two_days(text, start, end):
    from geo.language.ru.dates import find_dates as find_russian_dates
    [found] = find_russian_dates(text, dt.date(2024, 9, 9))  # a Monday
    assert (found.window.start.isoformat(), found.window.end.isoformat()) == (start, end)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Во дворе соседнего дома пулей убит теленок."),
    ("en", "A calf was killed by a stray bullet in a neighbouring yard."),
])
def test_a_calf_killed_is_no_death(lang, text):
    from geo.language import get_pack
    from geo.language.folding import lower_keep_length
    assert get_pack(lang).folded.not_event.search(lower_keep_length(text))


@pytest.mark.parametrize("lang, opening, days", [
    ("en", "Border Watch: September on the Kyrgyz-Tajik frontier\n\nOur monthly review of incidents.", 38),
    ("ru", "Неделя на границе: 16-22 июня\n\nКаждый понедельник Kloop собирает главное за прошедшую неделю.", 8),
    ("en", "Shots fired near Ak-Sai\n\nBorder guards exchanged fire on Monday.", 14),
])
def test_a_review_s_news_window_is_its_period(lang, opening, days):
    from geo.incidents.scope import news_window_days
    from geo.language import get_pack
    assert news_window_days(opening, get_pack(lang)) == days


@pytest.mark.integration
@pytest.mark.parametrize("lang, text, day", [
    ("ru", "Министерство иностранных дел Таджикистана во вторник, 18 июля, распространило заявление, в котором "
           "обвинило кыргызских военнослужащих в обстреле пастбища у села Зарринруд. Согласно заявлению, в "
           "понедельник около 17:30 по пастухам у Зарринруда был открыт огонь из минометов.", 17),
    ("en", "The Tajik Foreign Ministry on Tuesday, July 18, issued a statement in which it accused Kyrgyz troops "
           "of shelling a pasture near Karakenja. According to the statement, mortar fire hit the herders near "
           "Karakenja at about 5:30 p.m. on Monday.", 17),
    # a passive "was reported wounded" tells the event, not a statement
    ("en", "On Monday, July 17, a 67-year-old woman was reported wounded by a stray bullet in her yard in "
           "Karakenja.", 17),
])
def test_the_day_a_named_speaker_issued_a_statement_dates_no_event(geoparser, lang, text, day):
    incidents = incidents_of(geoparser, text, dt.date(2023, 7, 19), lang)
    assert [(i.place.name, i.date_start) for i in incidents] == [("Karakenja", dt.date(2023, 7, day))]


@pytest.mark.parametrize("lang, text, heard_only", [
    ("ru", "Стрельба была слышна и в соседнем Чоркухе, о пострадавших там не сообщается.", True),
    ("en", "Gunfire could also be heard in neighbouring Chorkuh; no casualties were reported there.", True),
    # where the shooting began is the scene
    ("en", "The first shots were heard at 23:50 on Friday near the village of Katran.", False),
])
def test_fire_only_heard_in_a_neighbouring_village_is_no_event_there(lang, text, heard_only):
    from geo.language import get_pack
    from geo.language.folding import lower_keep_length
    assert bool(get_pack(lang).folded.not_event.search(lower_keep_length(text))) is heard_only


@pytest.mark.parametrize("lang, text, start, end", [
    ("ru", "в ходе конфликта 28 апреля - 1 мая 2021 года погибли 36 граждан", "2021-04-28", "2021-05-01"),
    ("ru", "Напомним, 28 апреля — 1 мая 2021 года на границе произошел конфликт.", "2021-04-28", "2021-05-01"),
    ("ru", "бои шли с 28 апреля по 1 мая", "2022-04-28", "2022-05-01"),
    ("ru", "с 28 декабря — 2 января 2022 года", "2021-12-28", "2022-01-02"),
    ("en", "fighting on April 28 - May 1, 2021 killed 36", "2021-04-28", "2021-05-01"),
    ("en", "from 28 April to 1 May 2021", "2021-04-28", "2021-05-01"),
    ("en", "clashes on April 28 to May 1", "2022-04-28", "2022-05-01"),
])
def test_a_range_across_a_month_s_end_is_one_window(lang, text, start, end):
    """A range over two months is one window, its year on both days: «28 апреля — 1 мая 2021 года»
    was once a 28 April of the publication year beside a 1 May 2021, and the old war's toll came in."""
    from geo.language import pack_for
    [found] = pack_for(lang).find_dates(text, dt.date(2022, 5, 3))
    assert (found.window.start.isoformat(), found.window.end.isoformat()) == (start, end)


def test_an_old_war_s_toll_under_a_range_across_months_is_background(geoparser):
    text = ("В Лейлекском районе ранен житель села Ак-Суу. По данным ведомства, "
            "около 01:30 со стороны таджикского села Мучун прозвучали выстрелы, житель Ак-Суу ранен.\n\n"
            "Напомним, в ходе вооруженного конфликта 28 апреля - 1 мая 2021 года погибли 36 граждан "
            "Кыргызстана, более 40 тыс. жителей Баткенской области были временно эвакуированы.")
    [incident] = incidents_of(geoparser, text, dt.date(2022, 5, 3), "ru")
    assert incident.place.name == "Ak-Suu"
    assert incident.fatalities is None and incident.displaced is None


@pytest.mark.parametrize("lang, text", [
    ("en", "On Tuesday last week, the 15th, a shepherd was wounded"),
    ("en", "on Tuesday of last week"),
    ("ru", "во вторник на прошлой неделе ранен чабан"),
])
def test_a_weekday_of_last_week_is_that_day(lang, text):
    from geo.language import pack_for
    [found] = pack_for(lang).find_dates(text, dt.date(2025, 4, 23))  # a Wednesday
    assert (found.window.start, found.window.end) == (dt.date(2025, 4, 15), dt.date(2025, 4, 15))
