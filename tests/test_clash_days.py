"""Reporting of the big clash days (blind batch 43's phenomena): retellings, district names, tolls."""

from __future__ import annotations

import datetime as dt

from geo.articles.model import Article
from geo.incidents.build import build_incidents


def incidents_of(geoparser, text, date, lang="ru"):
    """The incidents of one article of ``text`` published on ``date``."""
    return build_incidents([geoparser.parse(Article(id="t", text=text, date=date, lang=lang))]).incidents


def places(found):
    return sorted((i.place.name, i.date_start.isoformat()) for i in found)


def test_a_retelling_of_yesterdays_fighting_elsewhere_is_background(geoparser):
    text = ("Душанбе, 5 июня 2024 /Озоди/. В среду около 11:20 беспилотник ударил по АЗС у въезда в село Чоркух, "
            "погибли два человека.\n\n"
            "Напомним, накануне, во вторник, бои шли в районе Бободжона Гафурова: в Овчи-Калача и Хистеварзе, "
            "по данным Минздрава Таджикистана, погибли трое граждан республики, девять ранены.")
    assert places(incidents_of(geoparser, text, dt.date(2024, 6, 5))) == [("Chorkuh", "2024-06-05")]


def test_an_english_recap_of_an_earlier_day_elsewhere_is_background(geoparser):
    text = ("BISHKEK, Sept 16 (24.kg) - Shelling of Ak-Sai on Friday killed four residents, the health ministry said.\n\n"
            "Recall, the first exchange of fire occurred on September 14 near the village of Kara-Bak, where "
            "two border guards were wounded.")
    found = incidents_of(geoparser, text, dt.date(2022, 9, 16), lang="en")
    assert places(found) == [("Ak-Sai", "2022-09-16")]


def test_a_follow_up_retelling_its_own_event_keeps_it(geoparser):
    text = ("Душанбе, 9 августа 2024. В Чоркухе похоронили двоих жителей, погибших в перестрелке на границе.\n\n"
            "Напомним, стрельба вечером 6 августа началась около 19:45 на окраине Чоркуха после спора между "
            "жителями. Погибли два человека.")
    found = incidents_of(geoparser, text, dt.date(2024, 8, 9))
    assert ("Chorkuh", "2024-08-06") in places(found)


def test_the_district_named_for_bobojon_ghafurov_is_the_district_in_every_case(geoparser):
    parsed = geoparser.parse(Article(id="d", lang="ru", text=(
        "По данным хукумата района Бободжона Гафурова, жителей вывезли в Гафуров. "
        "В районе Джаббора Расулова спокойно.")))
    names = [(m.text, m.place.name) for m in parsed.mentions if m.place is not None]
    assert ("Бободжона Гафурова", "Bobojon Ghafurov District") in names
    assert ("Гафуров", "Ghafurov") in names
    assert ("Джаббора Расулова", "Jabbor Rasulov District") in names


def test_evacuees_coming_home_report_no_event(geoparser):
    en = ("BATKEN, Oct 12 (AKIpress) - The border commission met in Batken on Thursday. According to the Ministry of "
          "Emergency Situations, 1,100 of the 7,100 residents evacuated from Maksat, Kulundu and Beshkent returned "
          "home on Thursday on 22 buses.")
    assert incidents_of(geoparser, en, dt.date(2023, 10, 12), lang="en") == []
    ru = ("Исфара, 6 июня 2024. В Исфаре жители начали возвращаться домой. По данным хукумата, в Ворух и Чоркух "
          "вернулись около 1 200 из 2 300 человек, эвакуированных накануне.")
    assert incidents_of(geoparser, ru, dt.date(2024, 6, 6)) == []


def test_evacuees_of_a_dated_shelling_who_came_home_keep_the_shelling(geoparser):
    text = ("Жители села Максат Лейлекского района, эвакуированные после обстрела 12 марта, вернулись домой. "
            "Всего после обстрела из Максата были вывезены 640 человек.")
    found = incidents_of(geoparser, text, dt.date(2026, 3, 20))
    assert [(i.place.name, i.date_start.isoformat(), i.displaced) for i in found] == [("Maksat", "2026-03-12", 640)]


def test_numbered_schools_and_a_stadium_are_shelters(geoparser):
    parsed = geoparser.parse(Article(id="s", lang="ru", date=dt.date(2024, 6, 5), text=(
        "Из Максата вывезены 3 500 человек. Эвакуированных разместили в школах №1 и №4 Раззакова и в спортзале "
        "местного колледжа, а также в палаточном лагере на стадионе Сулюкты.")))
    roles = {m.place.name: m.role for m in parsed.mentions if m.place is not None}
    assert roles["Razzakov"] == "context" and roles["Sulukta"] == "context"


def test_a_visitors_home_village_is_context(geoparser):
    text = ("BISHKEK, Oct 10 (AP) - Shelling hit Maksat on Tuesday, killing six people, the Kyrgyz health ministry "
            "said. Among the dead was a 67-year-old woman from Beshkent who had come to Maksat to help her daughter.")
    assert places(incidents_of(geoparser, text, dt.date(2023, 10, 10), lang="en")) == [("Maksat", "2023-10-10")]


def test_more_than_a_count_is_no_comparison_and_they_claimed_is_the_speaker_before(geoparser):
    text = ("DUSHANBE, Sept 16 (AFP) - Tajikistan's border troops said Kyrgyz forces had attacked Tajik posts near "
            "Khoja-Alo with mortars, killing one Tajik serviceman. They claimed that \"more than 50\" Kyrgyz "
            "servicemen had been killed, figures AFP could not verify.")
    found = incidents_of(geoparser, text, dt.date(2022, 9, 16), lang="en")
    assert [(i.place.name, i.fatalities, i.fatalities_by_side) for i in found] == [("Khoja-Alo", 1, {"TJ": 1})]


def test_a_time_comparison_still_ends_its_clause():
    from geo.geoparse.sentences import split_sentences
    from geo.incidents.scope import split_clauses
    from geo.language import get_pack

    text = ("Mortar rounds landed on the outskirts of Kyzyl-Eshme on October 3, less than three weeks after the worst "
            "fighting in decades. More than 50 people were killed.")
    clauses = [text[s:e] for s, e, _ in split_clauses(text, split_sentences(text), get_pack("en"))]
    assert any(c.lstrip().startswith("less than three weeks") for c in clauses)
    assert "More than 50 people were killed." in clauses


def test_a_count_listed_with_a_claim_about_the_other_sides_losses_is_that_claim_too(geoparser):
    text = ("Душанбе, 16.09.2022 /АНИ «Ховар»/. Сегодня, 16 сентября, подразделения вооруженных сил Кыргызской "
            "Республики открыли огонь по селу Сурх, повреждены 11 домов. Об этом говорится в сообщении Правительства "
            "Республики Таджикистан. По имеющимся данным, потери кыргызской стороны составляют не менее 30 "
            "военнослужащих убитыми и свыше 50 ранеными.")
    found = incidents_of(geoparser, text, dt.date(2022, 9, 16))
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Surkh", None, None)]


def test_the_day_an_agreement_was_reached_does_not_date_the_attack(geoparser):
    ru = ("Душанбе, 16.09.2022 /АНИ «Ховар»/. Сегодня, 16 сентября, начиная с 05:20 утра, подразделения Кыргызской "
          "Республики, грубо нарушив договоренности, достигнутые 14 сентября, открыли огонь по селу Ворух.")
    assert places(incidents_of(geoparser, ru, dt.date(2022, 9, 16))) == [("Vorukh", "2022-09-16")]
    en = ("DUSHANBE, Sept 16 (Asia-Plus) - Violating the agreements reached on September 14, Kyrgyz forces on Friday "
          "opened fire on Vorukh, the Tajik government said.")
    assert places(incidents_of(geoparser, en, dt.date(2022, 9, 16), lang="en")) == [("Vorukh", "2022-09-16")]


def test_a_dash_between_a_casualty_word_and_its_count_is_no_clause_break():
    from geo.geoparse.sentences import split_sentences
    from geo.incidents.scope import split_clauses
    from geo.language import get_pack

    ru = get_pack("ru")
    listed = "Лейлекский район, пострадавшие при обстрелах сел Максат и Арка: погибших — 7, раненых — 25."
    assert [listed[s:e] for s, e, _ in split_clauses(listed, split_sentences(listed), ru)] == [listed]
    told = "Оба погибших — граждане Таджикистана."
    assert len(split_clauses(told, split_sentences(told), ru)) == 2


def test_a_ministrys_district_lines_give_their_counts_to_their_first_village(geoparser):
    text = ("Бишкек, 16.09.2022. По данным Минздрава, в результате обстрелов погибли 10 граждан Кыргызской "
            "Республики. Распределение пострадавших по районам: Лейлекский район, пострадавшие при обстрелах сел "
            "Максат и Арка: погибших — 7, раненых — 25; населенные пункты мэрии г. Баткен, пострадавшие при обстреле "
            "с. Кызыл-Жол: погибших — 3, раненых — 8.")
    found = {i.place.name: (i.fatalities, i.injured) for i in incidents_of(geoparser, text, dt.date(2022, 9, 16))}
    assert found["Maksat"] == (7, 25) and found["Kyzyl-Jol"] == (3, 8)


def test_one_of_the_dead_described_is_no_count_and_losses_named_by_side_are_that_sides():
    from geo.language.en.numbers import read_figures

    assert read_figures("Among the dead was a 67-year-old woman from Beshkent.") == []
    [losses] = read_figures("The Kyrgyz Border Service said Tajik forces had \u201csuffered significant losses,\u201d "
                            "including at least 10 servicemen killed.")
    assert (losses.measure, losses.value, losses.side) == ("fatalities", 10, "TJ")


EVENING_UPDATE = (
    "BISHKEK, Kyrgyzstan (AP) - Fighting between Kyrgyz and Tajik forces killed at least 10 people on Tuesday, "
    "officials in both countries said.\n\n"
    "Kyrgyzstan's Health Ministry said in the evening that six Kyrgyz citizens had been killed and 27 wounded in "
    "the villages of Maksat, Kulundu and Arka, up from two dead and nine wounded it reported at midday. "
    "Kyrgyzstan's Emergencies Ministry said Tajik mortar fire set 14 houses and a shop ablaze in Kulundu.\n\n"
    "On the Tajik side, the Sughd regional administration said three Tajik civilians had been killed and 12 "
    "wounded in Khistevarz, revising a morning figure of one dead and five wounded.\n\n"
    "The Kyrgyz Border Service said Tajik forces had \u201csuffered significant losses,\u201d including at least 10 "
    "servicemen killed.")


def test_an_evening_update_keeps_each_sides_revised_toll_and_no_village_takes_the_sum(geoparser):
    found = {i.place.name: (i.fatalities, i.injured) for i in
             incidents_of(geoparser, EVENING_UPDATE, dt.date(2023, 10, 10), lang="en")}
    assert found["Maksat"] == (6, 27) and found["Khistevarz"] == (3, 12)
    assert all(value in (None, 0) for name, pair in found.items() if name not in ("Maksat", "Khistevarz")
               for value in pair)


def test_a_lists_total_line_is_no_villages_figure(geoparser):
    text = ("Душанбе, 6 июня 2024 /Азия-Плюс/. Потери таджикской стороны по данным Минздрава:\n\n"
            "- Хистеварз (5 июня): двое погибших, шестеро раненых;\n"
            "- Ворух (5 июня): один погибший, пятеро раненых;\n"
            "- Лаккон (5 июня): одна раненая.\n\n"
            "Итого — три погибших и 12 раненых, все они граждане Таджикистана.")
    found = {i.place.name: (i.fatalities, i.injured) for i in incidents_of(geoparser, text, dt.date(2024, 6, 6))}
    assert found["Lakkon"] == (None, 1) and found["Vorukh"] == (1, 5)


def test_the_other_bank_of_a_river_and_a_tour_that_checks_a_pullback_are_no_scenes(geoparser):
    drone = ("Душанбе, 5 июня 2024 /Озоди/. В среду беспилотник ударил по АЗС у въезда в село Чоркух, погибли двое. "
             "Беспилотник прилетел со стороны кыргызского села Самаркандык, которое находится на другом берегу Исфары.")
    assert places(incidents_of(geoparser, drone, dt.date(2024, 6, 5))) == [("Chorkuh", "2024-06-05")]
    tour = ("Исфара, 6 июня 2024. На границе сохраняется тишина. После встречи члены группы объехали Ворух, "
            "Ходжаи Аъло и Кок-Таш, где проверили, как выполняется договоренность об отводе подразделений.")
    assert incidents_of(geoparser, tour, dt.date(2024, 6, 6)) == []


def test_a_digest_heading_over_a_detention_for_crossing_names_no_scene(geoparser):
    text = ("BISHKEK, Feb 12 (TCA) - The week on the border.\n\n"
            "**Kulundu: shots at night**\n\n"
            "On Monday, February 5, shots were fired at Kulundu and a farmer was wounded.\n\n"
            "**Konibodom: two shepherds detained and released**\n\n"
            "On Saturday, February 10, Tajik border guards detained two Kyrgyz shepherds, aged 52 and 27, who had "
            "crossed into Konibodom district with 34 sheep while looking for lost animals. Both were released the "
            "next day.\n")
    assert [name for name, _ in places(incidents_of(geoparser, text, dt.date(2024, 2, 12), lang="en"))] == ["Kulundu"]


def test_a_list_of_other_statements_is_links_not_news(geoparser):
    text = ("Бишкек, 4 мая 2024. Пограничная служба сообщает, что на участке у села Кара-Бак обстановка спокойная.\n\n"
            "Другие заявления\n\n"
            "02.05.2024 — О задержании двух граждан Республики Таджикистан у села Кара-Шыбак\n")
    assert incidents_of(geoparser, text, dt.date(2024, 5, 4)) == []


def test_a_drone_reported_flying_over_pastures_is_a_drone_only_seen():
    from geo.language import get_pack

    clause = "Kyrgyz border guards reported a small unidentified drone flying at about 300 meters over pastures."
    match = get_pack("en").not_event.search(clause)
    assert match is not None and "drone flying" in match.group(0)


def test_a_hospital_with_a_long_name_and_the_city_that_locates_a_jamoat_are_no_scenes(geoparser):
    died = ("BISHKEK, June 15 (Kabar) - A farmer wounded by gunfire in Toguz-Bulak on June 10 has died. The man died "
            "at 21:05 on Friday, June 14, in the Osh Interregional Clinical Hospital.")
    assert [name for name, _ in places(incidents_of(geoparser, died, dt.date(2024, 6, 15), lang="en"))] == ["Toguz-Bulak"]
    statement = ("DUSHANBE, Oct 8 - On October 7, Kyrgyz servicemen opened fire at citizens of Tajikistan who were "
                 "cleaning the irrigation canal in the village of Khojai Alo of Chorkuh jamoat, city of Isfara.")
    assert places(incidents_of(geoparser, statement, dt.date(2023, 10, 8), lang="en")) == [("Khoja-Alo", "2023-10-07")]


def test_training_without_firing_and_detainees_who_offered_no_resistance_report_no_event(geoparser):
    denial = ("Бишкек, 15 октября 2024. В Пограничной службе заявили, что пограничники оружие не применяли. «В этот "
              "день личный состав заставы у села Кызыл-Бел занимался плановой боевой подготовкой без проведения "
              "стрельб», — говорится в ответе ведомства.")
    assert incidents_of(geoparser, denial, dt.date(2024, 10, 15)) == []
    digest = ("Бишкек, 29 июня 2024. Неделя на границе.\n\n"
              "## Четверг: задержание в Кадамжайском районе\n\n"
              "27 июня пограничники в горной части Кадамжайского района задержали троих граждан Таджикистана, "
              "которые перегоняли через границу 40 голов скота. Задержанные сопротивления не оказали.\n")
    assert incidents_of(geoparser, digest, dt.date(2024, 6, 29)) == []
