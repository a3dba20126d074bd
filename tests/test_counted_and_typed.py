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


def place_names(found):
    """The sorted place names of ``found`` incidents."""
    return sorted(i.place.name for i in found)


def figures_of(read, text):
    """(measure, value, side) of each figure ``read`` (a pack's ``read_figures``) finds in ``text``."""
    return [(f.measure, f.value, f.side) for f in read(text)]


def roles_of(geoparser, text, lang, date=dt.date(2023, 9, 5)):
    """(name as written, role) of each place of one article that is not a country."""
    parsed = geoparser.parse(Article(id="t", text=text, date=date, lang=lang))
    return [(m.text, m.role) for m in parsed.mentions if m.place is not None and m.place.kind != "country"]


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


def test_related_links_in_an_aside_and_the_menu_are_not_the_article():
    from geo.articles.html_reader import extract_html

    page = extract_html("<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><article><p>Shots at Ak-Sai."
                        "</p></article><aside><ul><li>Mar 23: 2 wounded near Vorukh</li></ul></aside>"
                        "<footer>(c) 2026 Outlet</footer>")
    assert page.text == "Shots at Ak-Sai."


def test_an_unclosed_aside_keeps_the_rest_of_the_page():
    from geo.articles.html_reader import extract_html

    assert "Shots at Ak-Sai." in extract_html("<aside>Related<p>Shots at Ak-Sai.</p>").text


def test_a_building_destroyed_in_a_past_war_is_no_fighting_today(geoparser):
    text = ("BATKEN, Kyrgyzstan (AP) - Hundreds gathered on Sunday to mark four years since the September 2022 "
            "fighting.\n\nAcross the border, Tajik officials held a ceremony in Isfara on Sunday and opened a "
            "rebuilt school in Ovchi-Kalacha, whose previous building was destroyed in the 2022 fighting.")
    assert incidents_of(geoparser, text, dt.date(2026, 9, 14)) == []


def test_russian_evacuees_housed_in_a_towns_sports_complex_and_house_of_culture(geoparser):
    text = ("В пятницу вечером село Кара-Бак Баткенского района попало под минометный обстрел, сообщили в "
            "райадминистрации. Из села временно вывезены 870 жителей. Эвакуированных разместили в школе №3 и "
            "спортивном комплексе Баткена, а также в доме культуры села Кызыл-Жол.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 7, 22), lang="ru"))
    assert set(found) == {"Kara-Bak"}


def test_one_of_three_people_wounded_counts_them_all_less_the_one_who_died(geoparser):
    text = ("DUSHANBE - A resident of Isfara who was wounded last week when shots were fired from the Kyrgyz side "
            "at villagers cleaning an irrigation canal in Surkh has died in hospital, officials said on Monday.\n\n"
            "He was one of three people wounded at about 18:30 on Tuesday, September 17, the officials said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 9, 23)))
    assert (found["Surkh"].fatalities, found["Surkh"].injured) == (1, 2)


def test_a_russian_fact_check_verdict_of_manipulation_reports_no_incident(geoparser):
    text = ("Во вторник в Telegram-каналах распространилось видео, авторы которого утверждали, что «кыргызские "
            "военные прямо сейчас обстреливают Ворух».\n\nВидео подлинное, но старое: оно снято 16 сентября 2022 "
            "года в Овчи-Калаче, а не в Ворухе. Вердикт Радио Озоди: манипуляция.")
    assert incidents_of(geoparser, text, dt.date(2025, 9, 17), lang="ru") == []


def test_a_day_with_no_year_under_a_heading_of_a_past_year_is_background(geoparser):
    text = ("# Два года после сентябрьской войны\n\n"
            "В понедельник, 16 сентября, в Баткене почтили память жертв вооруженного конфликта.\n\n"
            "## Сентябрь 2022 года\n\n"
            "- Бои 14–17 сентября шли почти по всей линии границы — от Лейлекского района до Чон-Алайского.\n"
            "- Кыргызстан потерял 63 человека.")
    assert incidents_of(geoparser, text, dt.date(2024, 9, 17), lang="ru") == []


def test_russian_several_families_are_no_count_of_people():
    from geo.language.ru.numbers import read_figures

    assert read_figures("Несколько семей с детьми на ночь уехали к родственникам") == []
    assert [(f.measure, f.value) for f in read_figures("эвакуированы 40 семей, 180 человек")] == [("displaced", 180)]


def test_the_accused_of_a_past_brawl_sentenced_is_no_brawl(geoparser):
    ru = ("Худжанд, 22.01.2026 /НИАТ «Ховар»/. Суд Согдийской области в четверг вынес приговор четырем жителям. "
          "34-летний житель Сурха, которого следствие считает зачинщиком драки, приговорен к семи годам лишения "
          "свободы.")
    en = ("KHUJAND, January 22 - A court in Sughd region on Thursday sentenced four men. A 34-year-old resident of "
          "Surkh, whom investigators consider the instigator of the brawl, was sentenced to seven years in prison.")
    assert incidents_of(geoparser, ru, dt.date(2026, 1, 22), lang="ru") == []
    assert incidents_of(geoparser, en, dt.date(2026, 1, 22)) == []


def test_russian_both_taken_to_hospital_after_one_wounded_counts_two(geoparser):
    text = ("На пастбище в четырех километрах от села Кара-Шыбак взорвался старый минометный снаряд, сообщили в "
            "МЧС. Младший из братьев получил осколочные ранения ног. Оба доставлены в больницу Дароот-Коргона. "
            "Погибших, подчеркнули в МЧС, нет.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 6, 6), lang="ru"))
    assert (found["Kara-Shibak"].injured, found["Kara-Shibak"].fatalities) == (2, 0)


def test_both_taken_to_hospital_does_not_count_one_who_has_died_since(geoparser):
    text = ("A farmer who was wounded by shots from the Tajik side near Ak-Sai on Saturday has died in hospital, "
            "officials said on Thursday. His neighbour was also wounded. Both were taken to the Batken regional "
            "hospital on Saturday.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 7)))
    assert (found["Ak-Sai"].fatalities, found["Ak-Sai"].injured) == (1, 1)


def test_russian_a_dashed_aside_of_ages_keeps_the_count_with_its_verb(geoparser):
    text = ("Двое подростков — 13 и 15 лет — ранены при взрыве старого минометного снаряда у села Кара-Шыбак, "
            "сообщили в МЧС. Младший получил осколочные ранения ног, старший — ранение руки.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 6, 6), lang="ru"))
    assert found["Kara-Shibak"].injured == 2


def test_the_day_a_statement_came_out_does_not_date_the_fighting(geoparser):
    text = ("БАТКЕН, 9 ноя — Азаттык. В среду вечером, 8 ноября, у Воруха произошла перестрелка.\n\n"
            "Пограничная служба ГКНБ Кыргызстана в заявлении, распространенном в четверг в 09:30, сообщила, что "
            "в перестрелке у Воруха один кыргызский пограничник погиб.")
    found = incidents_of(geoparser, text, dt.date(2023, 11, 9), lang="ru")
    assert [(i.place.name, i.date_start) for i in found] == [("Vorukh", dt.date(2023, 11, 8))]


def test_most_of_the_rounds_landed_in_a_village_makes_it_a_scene(geoparser):
    text = ("LEILEK DISTRICT, Kyrgyzstan -- Mortar rounds fell on two Kyrgyz border villages overnight, officials "
            "said.\n\nThe rounds, fired from the Tajik side according to the Border Service, began to fall shortly "
            "after 1 a.m. on June 14. Most landed in Maksat, where a dozen houses were damaged. Two rounds fell in "
            "gardens on the edge of neighboring Kulundu.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 6, 15)))
    assert set(found) == {"Maksat", "Kulundu"}
    assert found["Maksat"].event_types == ["shelling_artillery"]


def test_rounds_of_talks_are_no_shelling():
    from geo.incidents.events import clause_types
    from geo.language import pack_for

    assert clause_types("Two rounds of talks began to fall behind schedule in Batken.", pack_for("en")) == []


def test_the_russian_pack_reads_rounds_just_told_landing():
    from geo.language import pack_for

    cue = pack_for("ru").impact_anaphor
    assert cue.match("Большинство из них упали на окраине Максата")
    assert cue.match("Два разорвались в огородах")
    assert not cue.match("В Максате упали цены на муку")


def test_russian_a_days_figures_beside_totals_since_monday_and_a_shelters_capacity(geoparser):
    text = ("Душанбе, 16.10.2024. В среду в джамоате Каракенджа продолжились перестрелки. В среду погибли двое "
            "граждан Таджикистана — жители джамоата Каракенджа, еще шесть человек получили ранения.\n\n"
            "Только за среду из Каракенджи вывезли еще 610 человек. Всего с понедельника из приграничных сел района "
            "эвакуированы 1 430 человек. Для них развернуты пункты временного размещения в двух школах на 500 мест. "
            "В больницах находятся в общей сложности девять пострадавших за три дня.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 16), lang="ru"))
    karakenja = found["Karakenja"]
    assert (karakenja.fatalities, karakenja.injured, karakenja.displaced) == (2, 6, 610)


def test_a_days_toll_beside_the_toll_since_the_flare_up_and_the_other_sides_estimate(geoparser):
    text = ("DUSHANBE, October 11, 2023, Asia-Plus - Two Tajik citizens, residents of Vorukh, were killed and five "
            "others were wounded on Wednesday when mortar shells hit the jamoat, the Isfara district administration "
            "said.\n\nWith Wednesday's casualties, the toll since the flare-up began on Monday morning has risen to "
            "six dead and 17 wounded, the administration said. On Tuesday evening it had given four dead and 12 "
            "wounded for Monday and Tuesday together. Since Monday, about 5,300 residents of the border jamoats have "
            "been evacuated.\n\nThe Border Troops said in Dushanbe that the Kyrgyz side had used mortars and put the "
            "losses of the Kyrgyz side at \"at least eight killed\". Bishkek rejected the Tajik figure of eight dead "
            "as \"invented\".")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 11)))
    vorukh = found["Vorukh"]
    assert (vorukh.fatalities, vorukh.injured, vorukh.displaced) == (2, 5, None)


def test_a_zero_attributed_with_specified_does_not_revise_the_sides_count(geoparser):
    text = ("В среду на окраине села Ак-Татыр произошла драка с жителями Ходжаи-Аъло. Двое кыргызских пограничников "
            "получили травмы. Среди кыргызских мирных жителей пострадавших нет, уточнили в погранслужбе.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 3, 10), lang="ru"))
    assert found["Ak-Tatyr"].injured == 2


def test_a_found_shell_that_went_off_is_a_casualty_report():
    from geo.incidents.events import clause_types
    from geo.language import pack_for

    ru = "двое детей пасли коз на окраине села Максат и нашли в арыке металлический предмет, похожий на минометную мину"
    en = "two boys found a metal object resembling a mortar round in a dry ditch near Maksat, and it exploded"
    assert clause_types(ru, pack_for("ru")) == ["casualty_report"]
    assert clause_types(en, pack_for("en")) == ["casualty_report"]


def test_russian_all_three_after_one_person_counted_counts_three(geoparser):
    text = ("Вечером в понедельник на окраине села Тогуз-Булак был открыт огонь по жителям. Ранение в плечо получил "
            "34-летний житель села. Следом в больницу доставили женщину и студента.\n\n"
            "«Жизни всех троих ничего не угрожает», — сказал врач.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 21), lang="ru"))
    assert found["Toguz-Bulak"].injured == 3
