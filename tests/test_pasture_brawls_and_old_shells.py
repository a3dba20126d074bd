"""Follow-ups, digests and briefs met when blind batches 149 and 150 were read: a village's population, a count
brought to a new figure, a denial that anyone flew a drone, today's blast of an old shell, a haystack gone up in flames,
the two villages of a brawl, a person described after the count that holds him, a digest's item headed as found false,
the other party of a pasture brawl, the evacuation of the night of the shooting. The texts are written for these
tests."""

from __future__ import annotations

import datetime as dt

from geo.language import pack_for
from tests.test_counted_and_typed import by_place, incidents_of


def test_a_village_s_population_is_no_count_of_evacuees():
    read = pack_for("en").read_figures
    assert read("No residents of Chek, a village of roughly 3,000 people, were evacuated, officials said.") == []


def test_a_count_brought_to_a_new_figure_is_that_figure():
    read = pack_for("en").read_figures
    found = read("A fourth resident was admitted with a broken arm, bringing the number of injured Tajik citizens to "
                 "four.")
    assert [(f.measure, f.value, f.side) for f in found] == [("injured", 4, "TJ")]
    # (wounded brought to hospital: no count)
    assert read("They were bringing the injured to hospital in Batken") == []


def test_a_denial_that_anyone_flew_a_drone_is_no_drone_at_its_place(geoparser):
    text = ("Drone downed near Kyzyl-Jol\n\n"
            "BISHKEK, May 20 - Kyrgyz border guards shot down a drone near the village of Kyzyl-Jol on Sunday night, "
            "the border service said. No one was hurt.\n\n"
            "A source in the Sughd regional administration said that \"no state structures of Tajikistan launched "
            "drones in the area of Isfara that night\".")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 5, 20))] == ["Kyzyl-Jol"]


def test_today_s_blast_of_a_shell_left_from_a_past_war_is_news(geoparser):
    text = ("Two teenagers wounded as old shell explodes\n\n"
            "BISHKEK, April 10 - Two teenage boys have been wounded after an artillery shell left over from earlier "
            "fighting exploded near the village of Andarak on Tuesday, local officials said.")
    assert by_place(incidents_of(geoparser, text, dt.date(2024, 4, 10)))["Andarak"].injured == 2
    text = ("Бишкек, 4 апреля. Двое подростков получили ранения в результате взрыва боеприпаса, оставшегося, "
            "предположительно, со времени событий сентября 2022 года, у села Кызыл-Жол Баткенского района.\n\n"
            "«В результате взрыва 13-летний мальчик получил осколочные ранения ног, 15-летний — травму кисти»,"
            " — сообщили в МЧС.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 4), lang="ru"))["Kyzyl-Jol"]
    assert found.injured == 2


def test_a_haystack_gone_up_in_flames_is_an_incident(geoparser):
    text = ("Border week\n\n"
            "BISHKEK, Aug 30 - Shortly before midnight on Tuesday, a haystack of about 300 bales and a barn on the edge "
            "of Beshkent went up in flames after residents of the village and of the Tajik exclave had argued over a "
            "road.")
    assert by_place(incidents_of(geoparser, text, dt.date(2024, 8, 30)))["Beshkent"].event_type == \
        "border_incident_protest"


def test_a_brawl_between_two_villages_at_the_edge_of_one_is_there(geoparser):
    text = ("ДУШАНБЕ, 9 июля. Массовая драка между жителями таджикского джамоата Чилгази Исфаринского района и "
            "соседнего кыргызского села Кызыл-Бел произошла вечером 8 июля у оросительного канала на окраине "
            "Чилгази. В результате драки пострадали четыре жителя джамоата.")
    found = incidents_of(geoparser, text, dt.date(2024, 7, 9), lang="ru")
    assert [i.place.name for i in found] == ["Chilgazi"]
    assert found[0].injured == 4


def test_a_digest_item_headed_as_found_false_is_no_incident(geoparser):
    text = ("# Неделя на границе\n\n"
            "## Жителей Катрана задержали при заготовке дров\n\n"
            "Во вторник, 22 октября, таджикские пограничники задержали двух жителей села Катран, которые собирали "
            "дрова.\n\n"
            "## Видео «перестрелки» у Самаркандыка оказалось старым\n\n"
            "26 октября в соцсетях распространилось видео со звуками автоматных очередей, подписанное как «стрельба у "
            "Самаркандыка сегодня». Ролик набрал более 60 тысяч просмотров.\n")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 10, 27), lang="ru")] == ["Katran"]


def test_the_hurt_of_the_other_party_of_a_pasture_brawl_are_no_scene_at_their_home(geoparser):
    text = ("Herders fight on Alay pasture\n\n"
            "BISHKEK, June 27 (AFP) - Herders from Kyrgyzstan and Tajikistan fought with sticks and stones on a "
            "disputed pasture on Wednesday about 12 kilometres south of the Kyrgyz village of Kyzyl-Eshme, police "
            "said. Three Kyrgyz herders were injured, the police said.\n\n"
            "A spokesman for the Lakhsh district administration said that two residents of the village of Karakenja "
            "had been injured.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 27))
    assert [i.place.name for i in found] == ["Kyzyl-Eshme"]
    assert found[0].injured == 5


def test_the_evacuation_of_the_night_of_the_shooting_is_the_shooting_s(geoparser):
    text = ("Guard wounded near Surkh\n\n"
            "DUSHANBE, Nov 21 - A Tajik border guard was wounded late on Tuesday, November 19, in an exchange of fire "
            "near the village of Surkh, Tajik authorities said. Less than a day later, border commanders of the two "
            "countries met and agreed to stop firing along the entire frontier.\n\n"
            "As the shooting continued, the city administration moved about 140 residents of Surkh to a school. All "
            "of them returned to their homes on Wednesday morning.")
    found = [i for i in incidents_of(geoparser, text, dt.date(2024, 11, 21)) if i.place.name == "Surkh"]
    assert [(i.date_start, i.injured, i.displaced) for i in found] == [(dt.date(2024, 11, 19), 1, 140)]


def test_evacuees_taken_to_a_school_gymnasium_in_a_town_put_no_event_there(geoparser):
    text = ("Shooting at Kara-Bak\n\n"
            "BISHKEK, March 19 - A Kyrgyz border guard was killed on March 18 in an exchange of fire near Kara-Bak. On "
            "the evening of the shooting, local authorities moved about 300 residents of Kara-Bak, mostly women and "
            "children, to a school gymnasium in Batken, about 11 km to the south.")
    found = incidents_of(geoparser, text, dt.date(2024, 3, 19))
    assert [(i.place.name, i.displaced) for i in found] == [("Kara-Bak", 300)]


def test_one_who_fought_the_other_side_s_people_is_of_his_own(geoparser):
    text = ("Herder dies of injuries\n\n"
            "OSH, July 18 - A 54-year-old herder who was injured during Monday's fight with Tajik herders on a pasture "
            "near the village of Kyzyl-Eshme has died, the regional health department said. The Tajik side said two "
            "Tajik herders were injured in the fight.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 7, 18)))["Kyzyl-Eshme"]
    assert found.fatalities_by_side == {"KG": 1}
    text = ("ОШ, 7 авг. В районной больнице скончался 44-летний чабан, получивший травмы в драке с гражданами "
            "Таджикистана на пастбище у села Кызыл-Эшме. Хукумат Лахшского района сообщил, что пострадали двое "
            "граждан Таджикистана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 7), lang="ru"))["Kyzyl-Eshme"]
    assert found.fatalities_by_side == {"KG": 1}
    # (a man killed in a brawl the sentenced men had with Kyrgyz villagers: whose man, the sentence does not tell)
    text = ("KHUJAND - A court has sentenced three residents of the border village of Khistevarz to prison over a mass "
            "brawl with Kyrgyz villagers last May in which a man was killed.")
    found = incidents_of(geoparser, text, dt.date(2024, 2, 22))
    assert all(i.fatalities_by_side.get("TJ") is None for i in found)
