"""Official statements quoted at length: drones that fly off towards a village, a section named in quotes, a man
flown from a town's hospital, a ministry's second predicate that claims the other side's dead, a toll lowered after a
guard reported killed was found alive, a place's record of violence (held-out batch 102, scored with the session's
start code, then studied). The texts are written for these tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

from geo.language import pack_for
from tests.test_counted_and_typed import by_place, figures_of, incidents_of


# --- English ---

def test_a_drone_that_flew_back_towards_a_village_and_drones_flown_over_one_make_no_scene(geoparser):
    text = ("A drone dropped an explosive device on a pasture near Ak-Sai on Wednesday, wounding a shepherd, the "
            "Border Service said. The drone then flew back \"in the direction of Vorukh\" at 16:50, the service said.\n\n"
            "Tajikistan's border troops said \"no Tajik unmanned aerial vehicles were used\" and accused Kyrgyzstan of "
            "flying its own drones over Vorukh \"at least three times\" that day.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 11, 3)))
    assert "Ak-Sai" in found and "Vorukh" not in found


def test_a_ministrys_second_predicate_claims_the_other_sides_dead(geoparser):
    text = ("Tajikistan's foreign ministry said on Wednesday that Kyrgyz mortar fire had wounded a woman and her "
            "12-year-old son in Chorkuh, a Tajik village across the river from Samarkandyk, and said at least four "
            "Kyrgyz servicemen had died.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 12)))
    assert (found["Chorkuh"].fatalities, found["Chorkuh"].injured) == (None, 2)


def test_a_toll_lowered_after_a_guard_reported_killed_was_found_alive(geoparser):
    text = ("Kyrgyzstan's border service said on Saturday that a border guard it had reported killed when Tajik "
            "mortar fire hit the village of Samarkandyk on Tuesday was in fact alive, lowering its toll from the "
            "flare-up to two wounded and no dead.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 10, 14)))
    assert (found["Samarkandyk"].fatalities, found["Samarkandyk"].injured) == (0, 2)


def test_both_boys_survived_is_a_zero():
    assert ("fatalities", 0, None) in figures_of(pack_for("en").read_figures, "Both boys survived.")


def test_the_sections_that_saw_the_most_violence_are_a_record(geoparser):
    text = ("The treaty signed in March settled the whole border. Both governments say they will build roughly 400 "
            "kilometers of barriers and install cameras on the sections that saw the most violence, near Vorukh, "
            "Ak-Sai and Kök-Tash.")
    assert incidents_of(geoparser, text, dt.date(2025, 4, 8)) == []


# --- Russian ---

def test_a_drone_that_left_the_airspace_towards_a_village_makes_no_scene_ru(geoparser):
    text = ("Беспилотник сбросил взрывное устройство на пост у села Ходжаи Аъло, ранены двое военнослужащих. "
            "«Беспилотник покинул воздушное пространство Республики Таджикистан в 16:48 в направлении села "
            "Ак-Татыр», - говорится в заявлении.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 18), "ru"))
    assert "Khoja-Alo" in found and "Ak-Tatyr" not in found


def test_the_second_end_of_a_quoted_section_is_no_scene_ru(geoparser):
    text = ("«9 августа около 05:50 на участке \"Кулунду - Овчи-Калача\" военнослужащие таджикской стороны открыли "
            "огонь по пограничному наряду», - сообщила Пограничная служба.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 9), "ru"))
    assert "Kulundu" in found and "Ovchi-Kalacha" not in found


def test_the_town_a_wounded_man_was_flown_from_is_no_scene_ru(geoparser):
    text = ("В среду у села Максат произошла перестрелка, ранен пограничник.\n\n"
            "«11 августа в 23:30 в Ошской больнице, куда военнослужащий был переведен санавиацией из Раззакова, "
            "скончался младший сержант», - сообщили в ведомстве.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 12), "ru"))
    assert "Maksat" in found and "Razzakov" not in found


def test_an_attack_using_a_drone_is_a_drone_strike_ru(geoparser):
    text = ("Государственный комитет национальной безопасности Таджикистана обвинил кыргызских военных в атаке с "
            "использованием беспилотника на таджикский пограничный пост в селе Ходжаи Аъло, ранены двое.")
    assert by_place(incidents_of(geoparser, text, dt.date(2023, 5, 18), "ru"))["Khoja-Alo"].event_type \
        == "air_drone_strike"
