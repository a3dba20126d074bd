"""The everyday mix, eighth sample (blind batch 63): a clock's "p.m." before the time goes on, an
outlet's web name before a zero, "both" treated for bruises, a plan and a name's history that date
nothing, the parties' villages of a brawl with no weapons, a web page's title with its site, people
told one by one with their years of birth, a number with its own verb of release, fire from positions
by a named settlement, compensation for the dead, one of the wounded who died, an old munition's war,
a question about a shooting told before, a quotation given to the body named before it, a way through
a village, a district centre as a distance reference, a claim that is no toll."""

from __future__ import annotations

import datetime as dt

from geo.articles import Article
from geo.geoparse.sentences import split_sentences
from geo.incidents.build import build_incidents
from geo.language.en.dates import find_dates
from geo.language.en.numbers import read_figures
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of


def _counts(figures):
    return [(f.measure, f.value) for f in figures]


# --- sentences, numbers, dates ---

def test_a_clock_time_that_goes_on_ends_no_sentence():
    text = "Guards opened fire at around 11 p.m. (1800 GMT) on Tuesday at houses in Surkh. A woman was hurt."
    assert len(split_sentences(text).spans) == 2
    text = "The shooting began at 7 a.m. Tuesday near Arka. It stopped at 9 a.m. The guards withdrew."
    assert len(split_sentences(text).spans) == 3


def test_an_outlets_web_name_is_no_count():
    assert _counts(read_figures("the village head told 24.kg that residents had not been evacuated")) \
        == [("displaced", 0)]


def test_both_treated_for_bruises_are_two_injured():
    assert _counts(read_figures("Both, aged 19 and 23, were treated for bruises at the district hospital")) \
        == [("injured", 2)]
    assert _counts(read_figures("Both men were treated for minor injuries")) == [("injured", 2)]


def test_a_plan_and_a_names_history_date_nothing():
    published = dt.date(2024, 8, 21)
    assert find_dates("pupils would start classes on September 2 as planned", published) == []
    assert find_dates("Uch-Bulak, which was known as Churbek until January 2023, has 4,300 people", published) == []


def test_people_told_one_by_one_with_their_years_of_birth_are_counted():
    clause = ("ранения получили военнослужащий Пограничных войск ГКНБ Республики Таджикистан, 1999 года рождения, "
              "и житель села Ходжаи Аъло, 1974 года рождения")
    assert _counts(read_ru(clause)) == [("injured", 2)]


def test_a_number_with_its_own_verb_of_release_counts_no_one():
    assert _counts(read_ru("Все они доставлены в больницу села Кулунду, двое после осмотра отпущены домой.")) == []


# --- articles ---

def test_the_parties_villages_of_a_brawl_without_weapons(geoparser):
    text = ("Five people were injured when residents of a Kyrgyz village and of the neighbouring Tajik exclave of "
            "Vorukh pelted each other with stones on Sunday, officials said.\n\n"
            "The fight started at a sluice on the edge of the Kyrgyz village of Ak-Sai, where an argument over "
            "water quickly turned into a fight. Police said no weapons were used.\n\n"
            "The Kyrgyz Health Ministry said two residents of Ak-Sai had sought medical help. The Tajik Foreign "
            "Ministry said three residents of Vorukh had been hurt.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 15)))
    assert set(found) == {"Ak-Sai"}
    assert found["Ak-Sai"].event_type == "border_incident_protest"
    assert found["Ak-Sai"].injured == 5


def test_a_web_pages_title_with_its_site_is_the_headline(geoparser):
    headline = "Border week: farmer wounded near Gulkhona, road blocked in Chilgazi, boy killed by old shell in Surkh"
    title = headline + " | Asia-Plus"
    text = ("Advertisement\n\nASIA-Plus\n\nSaturday, 13 May 2023\n\nSecurity\n\n" + headline + "\n\n"
            "DUSHANBE, May 13, 2023, Asia-Plus - Our weekly review of the border.\n\n"
            "Monday: shots at a tractor\n"
            "On May 8, Kyrgyz border guards opened fire at a tractor outside Gulkhona; the driver was wounded.\n\n"
            "Wednesday: a road blocked\n"
            "On May 10, about 200 residents of Chilgazi blocked the Isfara-Batken road to protest against a fence.")
    parsed = geoparser.parse(Article(id="t", text=text, title=title, date=dt.date(2023, 5, 13), lang="en"))
    found = {(i.place.name, i.date_start) for i in build_incidents([parsed]).incidents}
    assert found == {("Gulkhona", dt.date(2023, 5, 8)), ("Chilgazi", dt.date(2023, 5, 10))}


def test_fire_from_positions_by_a_named_settlement(geoparser):
    text = ("Душанбе, 09.06.2023 /АНИ «Ховар»/. 7 июня военнослужащие Кыргызстана с позиций, расположенных у "
            "населенного пункта Кок-Таш, открыли огонь в направлении села Ходжаи Аъло джамоата Ворух. "
            "Ранение получил житель села Ходжаи Аъло.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 6, 9), lang="ru"))
    assert set(found) == {"Khoja-Alo"}


def test_compensation_and_a_death_of_one_of_the_wounded(geoparser):
    text = ("В пятницу, 24 июня, около 16:30 с таджикской стороны был открыт огонь по жителям у села Ак-Сай. "
            "Ранения получили четыре человека.\n\n"
            "В воскресенье около 06:00 один из раненых, 38-летний житель Ак-Сая, скончался в реанимации.\n\n"
            "Полпред на встрече с жителями Ак-Сая в понедельник заявил, что семье погибшего будет выделено "
            "200 тыс. сомов, а раненым — по 50 тыс. сомов.")
    found = incidents_of(geoparser, text, dt.date(2022, 6, 27), lang="ru")
    assert [(i.place.name, i.date_start, i.fatalities) for i in found] == [("Ak-Sai", dt.date(2022, 6, 24), 1)]


def test_an_old_munitions_war_dates_no_clause(geoparser):
    text = ("В понедельник в селе Ворух взорвался боеприпас, предположительно оставшийся со времен гражданской "
            "войны 1990-х годов. Погиб 11-летний мальчик.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 19), lang="ru")
    assert [(i.place.name, i.fatalities) for i in found] == [("Vorukh", 1)]
    # ... and an aside about that war is the war's, not the news
    text = ("В воскресенье на окраине села Чек взорвалась минометная мина, оставшаяся после событий сентября 2022 "
            "года, когда окрестности Баткена попали под обстрел. Погиб подросток.")
    found = incidents_of(geoparser, text, dt.date(2023, 4, 17), lang="ru")
    assert [i.place.name for i in found] == ["Chek"]


def test_a_question_about_a_shooting_told_before_is_no_new_event(geoparser):
    text = ("**Среда, 16 октября.** Около 21:00 в районе села Сурх был открыт огонь по позициям таджикских "
            "пограничников, ранен военнослужащий.\n\n"
            "**Пятница, 18 октября.** Двое жителей села Сомониён были задержаны и избиты пограничниками.\n\n"
            "**И еще.** Министр иностранных дел на пресс-конференции в Душанбе в четверг заявил, что стороны "
            "согласовали более 90 процентов линии границы. На вопрос о стрельбе у Сурха он ответил, что инцидент "
            "будет рассмотрен по линии пограничных ведомств.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 19), lang="ru")
    assert [(i.place.name, i.date_start) for i in found] == [("Surkh", dt.date(2024, 10, 16)),
                                                             ("Somoniyon", dt.date(2024, 10, 18))]


def test_a_quotation_is_the_body_named_before_it(geoparser):
    text = ("БИШКЕК, 12 окт — Sputnik. Вечером в понедельник у села Арка произошла перестрелка. Об этом сообщили в "
            "Пограничной службе ГКНБ Кыргызстана.\n\n"
            "«В результате перестрелки погиб один военнослужащий, еще двое наших пограничников получили "
            "огнестрельные ранения», — говорится в сообщении ведомства.\n\n"
            "По версии таджикской стороны, один таджикский пограничник получил ранение.")
    arka = by_place(incidents_of(geoparser, text, dt.date(2021, 10, 12), lang="ru"))["Arka"]
    assert arka.injured == 3


def test_a_way_through_and_a_district_centre_are_no_scenes(geoparser):
    text = ("The shooting started at about 10:40 p.m. (1640 GMT) near a Kyrgyz post by the village of Ak-Sai, on "
            "a bypass road built so that drivers no longer have to pass through Vorukh, the service said. A guard was wounded.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2023, 10, 17)))) == {"Ak-Sai"}
    text = ("Tajik troops opened fire at about 10:40 p.m. Tuesday on a Kyrgyz patrol near Kara-Shybak, a hamlet "
            "some 4 kilometers southwest of the Chong-Alai district center of Daroot-Korgon. Two guards were "
            "wounded.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2024, 8, 21)))) == {"Kara-Shibak"}


def test_a_claim_of_the_other_sides_dead_leaves_the_headline_its_side(geoparser):
    title = "Kyrgyz Villager Killed As Mortar Rounds Hit Alai Valley Village - RFE/RL"
    text = ("Kyrgyz Villager Killed As Mortar Rounds Hit Alai Valley Village\n\n"
            "In Kyzyl-Eshme, a 38-year-old man was killed on Tuesday when a mortar round hit his barn, the district "
            "administration said.\n\n"
            "The Kyrgyz Border Service said that five Tajik soldiers had been killed in the return fire near the "
            "Tajik village of Karakenja.")
    parsed = geoparser.parse(Article(id="t", text=text, title=title, date=dt.date(2024, 9, 25), lang="en"))
    found = by_place(build_incidents([parsed]).incidents)
    assert found["Kyzyl-Eshme"].fatalities_by_side == {"KG": 1}


def test_fire_at_shepherds_with_small_arms_is_an_exchange_of_fire(geoparser):
    # «обстреляли» says only that someone was fired at: with small arms named and no heavy weapon, a clash
    text = ("В ночь на четверг у села Кара-Булак Лейлекского района с сопредельной территории обстреляли чабанов. "
            "По данным Пограничной службы, таджикские военнослужащие открыли огонь из автоматического оружия в "
            "сторону отары. Чабан получил огнестрельное ранение ноги.")
    found = incidents_of(geoparser, text, dt.date(2026, 4, 10), lang="ru")
    assert [i.event_type for i in found] == ["armed_clash"]
    # ... a mortar named makes it shelling
    mortar = text.replace("из автоматического оружия", "из минометов").replace("огнестрельное", "осколочное")
    assert [i.event_type for i in incidents_of(geoparser, mortar, dt.date(2026, 4, 10), lang="ru")] \
        == ["shelling_artillery"]
    # ... and villages shelled with no weapon named stay shelling
    villages = ("16 сентября в результате обстрелов приграничных сел Максат и Кулунду погибли 24 гражданина "
                "Кыргызстана.")
    assert {i.event_type for i in incidents_of(geoparser, villages, dt.date(2022, 9, 17), lang="ru")} \
        == {"shelling_artillery"}


def test_a_resident_who_died_of_his_wounds_is_his_villages_side(geoparser):
    text = ("DUSHANBE, August 9, 2019 -- A 27-year-old resident of Surkh who was wounded when shots were fired from "
            "the Kyrgyz side on August 3 died in hospital in Khujand on Thursday, his relatives said.")
    surkh = by_place(incidents_of(geoparser, text, dt.date(2019, 8, 9)))["Surkh"]
    assert (surkh.fatalities, surkh.fatalities_by_side) == (1, {"TJ": 1})


def test_mortar_rounds_beside_small_arms_make_the_event_shelling(geoparser):
    text = ("DUSHANBE, March 14, 2024 (AP) - Mortar rounds slammed into homes in Vorukh on Wednesday, killing two "
            "civilians in the deadliest violence on the border in a year. Tajik officials said Kyrgyz troops first "
            "opened fire with small arms and then with mortars.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 14)))
    assert found["Vorukh"].event_type == "shelling_artillery"


def test_a_tractor_and_its_water_tank_are_no_shelling(geoparser):
    text = ("Shots fired from Tajikistan hit a tractor and a water tank near Kara-Bak on Monday, wounding a "
            "farmer, the Border Service said.")
    assert [i.event_type for i in incidents_of(geoparser, text, dt.date(2024, 6, 4))] == ["armed_clash"]


def test_a_minutes_abbreviation_is_no_mine():
    from geo.language import get_pack
    triggers = get_pack("ru").triggers["shelling_artillery"]
    assert triggers.search("13 августа 2024 года в 14 ч. 20 мин. военнослужащие открыли огонь") is None
    assert triggers.search("разорвались две мины") is not None


def test_fire_at_a_tractor_names_no_heavy_weapon(geoparser):
    text = ("Сегодня около 09:40 у села Кызыл-Бел Баткенского района со стороны таджикского села Чилгази был "
            "обстрелян трактор, на котором местный житель вспахивал поле. Тракторист получил ранение.")
    assert [i.event_type for i in incidents_of(geoparser, text, dt.date(2022, 5, 10), lang="ru")] == ["armed_clash"]


def test_the_other_sides_toll_at_its_village_is_of_the_days_fighting(geoparser):
    text = ("BISHKEK, Oct 16 (AFP) - A Kyrgyz villager was killed on Tuesday in a shootout between border guards "
            "near the village of Kara-Bak, the Border Service said.\n\n"
            "Tajikistan's border troops said late on Tuesday that one of their servicemen had been killed near the "
            "village of Lakkon.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 16)))
    assert found["Lakkon"].event_type == "armed_clash"


def test_people_shelter_in_their_own_country(geoparser):
    text = ("BISHKEK, Oct 16 (AFP) - A Kyrgyz villager was killed on Tuesday in a shootout near the village of "
            "Kara-Bak, the Border Service said.\n\n"
            "Tajikistan's border troops said that one of their servicemen had been killed near the village of "
            "Lakkon. The emergency situations ministry said about 1,400 residents had spent the night in schools "
            "in Batken.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 16)))
    assert found["Kara-Bak"].displaced == 1400 and found["Lakkon"].displaced is None


def test_a_residents_death_told_with_a_bare_verb_is_his_villages_side(geoparser):
    text = ("Житель села Бешкент Лейлекского района, 38-летний мужчина, раненный на кыргызско-таджикской границе в "
            "минувшую субботу, скончался в больнице.")
    found = incidents_of(geoparser, text, dt.date(2024, 3, 5), lang="ru")
    assert [(i.place.name, i.fatalities_by_side) for i in found] == [("Beshkent", {"KG": 1})]


def test_an_outlets_dateline_with_the_reporters_town():
    from geo.language.en.dateline import find_dateline
    found = find_dateline("Bishkek - 24.kg, Batken - A mass brawl took place this morning near Kara-Bak village.")
    assert (found.place, found.agency, found.end) == ("Bishkek", "24.kg", 26)
    assert find_dateline("Vorukh - the exclave was shelled on Monday.") is None


def test_a_brawls_other_party_told_by_its_hukumat(geoparser):
    text = ("Bishkek - 24.kg, Batken - A mass brawl between residents of Kyrgyzstan and Tajikistan took place this "
            "morning at a water distribution point near Kara-Bak village. Stones and sticks were used. Four citizens "
            "of Kyrgyzstan were injured.\n\n"
            "The administration (hukumat) of Isfara city, in turn, reported that three residents of Lakkon jamoat "
            "were injured in the fight.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 21)))
    assert "Batken" not in found and "Isfara" not in found
    assert found["Kara-Bak"].event_type == "border_incident_protest"
    assert all(i.event_type == "border_incident_protest" for i in found.values())
