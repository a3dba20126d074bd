"""The everyday mix, seventh sample (blind batch 61): a road blocked at the edge of the protesters' own
village, a party's hurt told by a local government named by its town, an injury that someone "had",
one side's losses at the other side's village on a different day of a digest, the streets of the
evacuated, a funeral's day, a burial village after a dash, people told one by one after a plural verb,
fire from positions on the neighbouring land, a detention for crossing without resistance, an
exercise's notional evacuation, shots exchanged, a part with its own verb, a lede dated by the sentence
that opens the telling, none of the people counted, one more animal, no evacuation, a rifle butt, last
week told later by its day, a memorial day, the border forces by name, a road accident's toll, where a
witness now works."""

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


def test_ru_people_told_one_by_one_with_a_plural_verb():
    figures = read_ru("В результате обстрела ранения получили военнослужащий Пограничных войск, 2005 года "
                      "рождения, и житель села Муг 1974 года рождения.")
    assert _counts(figures) == [("injured", 2)]
    assert _counts(read_ru("пограничник и местный житель получили ранения")) == [("injured", 2)]
    assert _counts(read_ru("погибли пограничник и житель села")) == [("fatalities", 2)]
    # one person with a singular verb stays one
    assert _counts(read_ru("ранен пограничник, житель села не пострадал")) == [("injured", 1)]


def test_ru_fire_from_positions_on_the_neighbouring_land_is_its_origin(geoparser):
    text = ("Душанбе, 12.05.2026 /НИАТ «Ховар»/. 11 мая около 15:10 в районе джамоата Лахши Боло Лахшского района "
            "с территории Кыргызской Республики был открыт огонь по пограничному наряду.\n\n"
            "По данным пресс-центра, огонь велся из автоматического оружия с позиций на высоте около 3 100 метров "
            "на сопредельной территории Чон-Алайского района. Ранены пограничник и местный житель. Погибших нет.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 5, 12), lang="ru"))
    assert set(found) == {"Lakhshi Bolo"}
    assert (found["Lakhshi Bolo"].fatalities, found["Lakhshi Bolo"].injured) == (0, 2)


def test_ru_a_detention_for_crossing_without_resistance_is_no_incident(geoparser):
    text = ("Пограничники Лейлекского пограничного отряда задержали у села Тогуз-Булак двух граждан Таджикистана, "
            "которые пытались перегнать через границу 40 голов скота. Задержанные сопротивления не оказали, через "
            "3 часа их передали таджикской стороне.")
    assert incidents_of(geoparser, text, dt.date(2023, 5, 24), lang="ru") == []


def test_an_exercise_s_notional_evacuation_counts_no_one(geoparser):
    ru = ("Накануне у села Кок-Таш Баткенского района произошла перестрелка, пострадавших нет. Позже в Баткенском "
          "районе прошли учения МЧС. По сценарию условно эвакуировали 300 жителей приграничных сел.")
    kok_tash = by_place(incidents_of(geoparser, ru, dt.date(2023, 5, 28), lang="ru"))["Kök-Tash"]
    assert kok_tash.displaced is None
    en = ("Shots were exchanged near Kok-Tash in Batken district on Saturday; no one was hurt. Later, emergency "
          "services held an exercise in the district. Under the scenario, 300 residents of border villages were "
          "evacuated.")
    kok_tash = by_place(incidents_of(geoparser, en, dt.date(2023, 5, 28)))["Kök-Tash"]
    assert kok_tash.displaced is None


def test_shots_exchanged_are_an_exchange_of_fire(geoparser):
    text = "Shots were exchanged near Kok-Tash in Batken district on Saturday; no one was hurt."
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 28)))
    assert set(found) == {"Kök-Tash"}
    assert "armed_clash" in found["Kök-Tash"].event_types


def test_a_part_with_its_own_verb_is_the_count():
    figures = read_figures("Three shepherds from Kadamjay district, two of whom were beaten, were detained")
    assert [(f.measure, f.value) for f in figures if f.measure == "injured"] == [("injured", 2)]
    # the part describing the total, with no verb of its own, leaves the total
    assert _counts(read_figures("Five people, three of them children, were wounded")) == [("injured", 5)]


def test_a_lede_without_a_day_takes_the_day_that_opens_the_telling(geoparser):
    text = ("14 July 2021, 16:40\n\n"
            "Batken, July 14 /Kabar/. Three shepherds from Kadamjay district, two of whom were beaten, were "
            "detained by Tajik border guards on a summer pasture in the south of the district, the Border Service "
            "reports.\n\n"
            "According to the Border Service, on July 12 at about 11:00, a group of six Tajik servicemen approached "
            "the herders' camp on a pasture. The servicemen hit two of them with rifle butts and took all three to "
            "the Tajik side.\n\n"
            "The akim of Kadamjay district met with the families of the herders on July 14.")
    found = incidents_of(geoparser, text, dt.date(2021, 7, 14))
    assert [(i.place.name, i.date_start, i.injured) for i in found] == [("Kadamjay District", dt.date(2021, 7, 12), 2)]


def test_none_of_the_people_counted_is_a_zero():
    figures = read_figures("Thank God, none of the four herders was hurt.")
    assert _counts(figures) == [("fatalities", 0), ("injured", 0)]


def test_one_more_animal_is_no_person():
    assert _counts(read_figures("One horse was killed and one was wounded; I took the bullet out myself")) == []
    assert _counts(read_figures("One soldier was killed and one was wounded")) == [("fatalities", 1), ("injured", 1)]


def test_ru_no_evacuation_is_a_zero_but_no_need_of_one_is_not():
    assert _counts(read_ru("Эвакуации не было, люди оставались в своих домах")) == [("displaced", 0)]
    assert _counts(read_ru("Необходимости в эвакуации не было.")) == []
    assert _counts(read_ru("Никто из жителей не погиб и не ранен.")) == [("fatalities", 0), ("injured", 0)]


def test_ru_one_struck_with_a_rifle_butt_is_hurt():
    assert _counts(read_ru("Одного ударили прикладом, сломали ребро, сейчас он лежит в больнице.")) \
        == [("injured", 1)]


def test_last_week_told_later_by_its_day(geoparser):
    text = ("DUSHANBE, October 9, 2024 - A resident of Ghulakandoz in Jabbor Rasulov district who was wounded in a "
            "shooting on the border last week has died in hospital, officials said on Wednesday.\n\n"
            "The man died on Tuesday, October 8, in the regional hospital in Khujand.\n\n"
            "On the evening of October 2, shots were fired from the direction of a Kyrgyz border post at residents "
            "of Ghulakandoz who were irrigating fields. His nephew, who had a bullet wound in the forearm, was "
            "discharged on October 5.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 9)))
    ghulakandoz = found["Ghulakandoz"]
    assert (ghulakandoz.date_start, ghulakandoz.date_end) == (dt.date(2024, 10, 2), dt.date(2024, 10, 2))


def test_ru_last_week_told_later_by_its_day(geoparser):
    text = ("Душанбе, 9 октября 2024 г. Житель Гулякандоза Джаббор-Расуловского района, раненный в перестрелке на "
            "границе на прошлой неделе, скончался в больнице, сообщили в среду в администрации области.\n\n"
            "Вечером 2 октября со стороны кыргызской заставы был открыт огонь по жителям Гулякандоза, которые "
            "поливали поля.")
    ghulakandoz = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 9), lang="ru"))["Ghulakandoz"]
    assert (ghulakandoz.date_start, ghulakandoz.date_end) == (dt.date(2024, 10, 2), dt.date(2024, 10, 2))


def test_a_memorial_day_is_no_fighting(geoparser):
    text = ("Kulundu (Kyrgyzstan) (AFP) - Several hundred people gathered in the Kyrgyz border village of Kulundu over "
            "the weekend to remember the dead of the September 2022 war with neighbouring Tajikistan.\n\n"
            "Under a grey sky on Saturday, elders read the Koran beside a black granite memorial carrying 14 names of "
            "people from the surrounding area of Leilek district who were killed in the fighting of September "
            "14-17, 2022.")
    assert incidents_of(geoparser, text, dt.date(2024, 9, 16)) == []


def test_ru_the_border_forces_name_their_side():
    figures = read_ru("Погиб военнослужащий Пограничной службы ГКНБ, ранен местный житель.")
    assert [(f.measure, f.value, f.side) for f in figures] == [("fatalities", 1, "KG"), ("injured", 1, None)]
    figures = read_ru("погиб военнослужащий Пограничных войск ГКНБ")
    assert [(f.measure, f.value, f.side) for f in figures] == [("fatalities", 1, "TJ")]


def test_the_toll_of_a_road_accident_told_after_it_is_not_the_border_s(geoparser):
    ru = ("Вчера около 15:20 у села Кызыл-Эшме Чон-Алайского района ранен военнослужащий Пограничной службы ГКНБ.\n\n"
          "Кроме того, вечером на трассе Сары-Таш - Дароот-Коргон перевернулся микроавтобус, следовавший из Оша. "
          "По данным МЧС, погиб 58-летний пассажир, еще семь человек получили травмы.")
    kyzyl_eshme = by_place(incidents_of(geoparser, ru, dt.date(2024, 9, 10), lang="ru"))["Kyzyl-Eshme"]
    assert (kyzyl_eshme.fatalities, kyzyl_eshme.injured) == (None, 1)
    en = ("A Kyrgyz border guard was wounded near Kyzyl-Eshme in Chong-Alay district on Monday, the Border Service "
          "said.\n\nSeparately, a minibus overturned on the Sary-Tash - Daroot-Korgon road in the evening. One "
          "passenger was killed and seven other people were injured, the emergencies ministry said.")
    kyzyl_eshme = by_place(incidents_of(geoparser, en, dt.date(2024, 9, 10)))["Kyzyl-Eshme"]
    assert (kyzyl_eshme.fatalities, kyzyl_eshme.injured) == (None, 1)


def test_where_a_witness_now_works_is_no_scene(geoparser):
    text = ("A court in Isfara on Monday ordered compensation for the family of a farmer killed near Vorukh in "
            "2021. Nazarov, who now works as a driver in Khujand, testified that he was hit while running towards "
            "the canal.")
    assert "Khujand" not in by_place(incidents_of(geoparser, text, dt.date(2024, 11, 26)))
