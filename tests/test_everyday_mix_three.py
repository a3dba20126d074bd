"""The everyday mix, third sample (batch 52): protesters and youths counted, a force that moved in,
a fight's parties, a digest read section by section, and a brawl beside an old war's weapons."""

from __future__ import annotations

import datetime as dt

from geo.language import get_pack
from geo.language.en.numbers import read_figures
from tests.test_counted_and_typed import by_place, incidents_of


def _counts(clause: str) -> list[tuple[str, int]]:
    return [(f.measure, f.value) for f in read_figures(clause)]


def test_police_officers_and_a_protester_are_counted_together():
    assert _counts("Two police officers and one protester were injured and taken to the regional hospital") \
        == [("injured", 3)]


def test_police_who_moved_in_were_not_displaced():
    assert _counts("At about 16:30, some 60 police officers moved in to clear the road") == []
    assert _counts("about 200 residents were moved to Batken") == [("displaced", 200)]


def test_bare_ages_between_commas_describe_the_people_counted():
    assert _counts("The Isfara police said two Tajik youths, 17 and 19, were bruised") == [("injured", 2)]
    assert _counts("Two guards, 21 and 23, were killed and 3 were hurt") == [("fatalities", 2), ("injured", 3)]


def test_an_age_standing_for_a_person_is_one_person():
    assert _counts("The Batken police said a Kyrgyz 16-year-old suffered a broken nose") == [("injured", 1)]


_DIGEST = (
    "Border Week: A Farmer Shot, a Fight at a Spring\n\n"
    "Our Monday review of what happened along the Kyrgyz-Tajik border between February 2 and February 8.\n\n"
    "Jabbor Rasulov: farmer wounded in his orchard\n\n"
    "On Monday, February 2, a 58-year-old resident of Somoniyon jamoat in Tajikistan's Jabbor Rasulov district "
    "was wounded in the arm by a shot fired from the direction of a Kyrgyz border post, the Sughd regional "
    "administration said.\n\n"
    "Batken: firewood collectors detained\n\n"
    "On Wednesday, February 4, Kyrgyz border guards detained three Tajik citizens who were collecting firewood "
    "near the village of Chek.\n\n"
    "Isfara: a fight at a spring\n\n"
    "On Thursday, February 5, a quarrel over the order of drawing water at a spring in the upper neighborhood "
    "of Chilgazi turned into a fight between young men from Chilgazi and from the Kyrgyz village of Kara-Bak. "
    "The Isfara police said two Tajik youths, 17 and 19, were bruised. The Batken police said a Kyrgyz "
    "16-year-old suffered a broken nose and was treated in Batken.\n\n"
    "Chong-Alay: avalanche closes the Karamyk road\n\n"
    "An avalanche came down on the road near the Karamyk checkpoint on Friday. No one was hurt.\n")


def test_a_digest_s_fight_keeps_each_side_s_hurt_and_is_a_brawl(geoparser):
    found = by_place(incidents_of(geoparser, _DIGEST, dt.date(2026, 2, 9)))
    assert "Kara-Bak" not in found  # the other party's home
    assert found["Chilgazi"].injured == 3  # 2 Tajik + 1 Kyrgyz, not the Kyrgyz one at Chek
    assert found["Chek"].injured is None
    # the farmer's shot is another section's: the fight at the spring had no weapon
    assert found["Chilgazi"].event_type == "border_incident_protest"
    assert found["Somoniyon"].event_type == "armed_clash"


def test_an_old_war_s_mortars_do_not_make_a_brawl_an_armed_clash(geoparser):
    text = ("Herders from Kyrgyzstan and Tajikistan fought with sticks, stones and at least one knife on a high "
            "pasture near the village of Kara-Shybak on Saturday, leaving people injured on both sides.\n\n"
            "The Chong-Alay administration said three Kyrgyz citizens were injured. No one was killed.\n\n"
            "Chong-Alay was drawn into the September 2022 war, when Kyrgyz and Tajik troops exchanged mortar fire "
            "in the valley on September 17 and about 5,000 residents of the district were evacuated.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 7, 14)))
    assert found["Kara-Shibak"].event_type == "border_incident_protest"
    assert found["Kara-Shibak"].injured == 3


def test_a_live_page_s_time_lines_are_no_sections(geoparser):
    text = ("Shooting at Kara-Bak: live\n\n"
            "23:55\n\n"
            "Tajik border troops gave their version: Kyrgyz servicemen opened fire on the jamoat of Lakkon; one "
            "resident of Lakkon was wounded. They claim the Kyrgyz side had at least three wounded.\n\n"
            "22:05\n\n"
            "The Border Service confirmed that at about 21:30 a border patrol near the village of Kara-Bak came "
            "under fire from the Tajik side. One serviceman was wounded.\n")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 4)))
    assert found["Lakkon"].injured == 1


def test_the_mountainous_south_of_a_district_is_inside_it():
    reference = get_pack("en").roles.reference_before
    assert reference.search("on a pasture in the mountainous south of ") is None
    assert reference.search("on a pasture in the south of ") is None
    assert reference.search("a pasture some 9 km south of ") is not None


_PASTURE_FIGHT = (
    "В воскресенье вечером на летнем пастбище у таджикского села Каракенджа Лахшского района произошла драка между "
    "кыргызскими чабанами и местными жителями. Об этом Kaktus.media сообщили в аппарате полномочного "
    "представителя президента в Ошской области.\n\n"
    "В результате пострадали трое кыргызских чабанов в возрасте 19, 34 и 52 лет. 34-летнего мужчину с "
    "черепно-мозговой травмой в понедельник перевели в Ошскую межобластную больницу. Погибших нет.\n\n"
    "«По нашим данным, с таджикской стороны тоже есть пострадавшие, около четырех человек», — сказал "
    "представитель полпредства.\n\n"
    "В хукумате Лахшского района изложили свою версию. В драке пострадали двое жителей Каракенджи: 45-летний "
    "мужчина со сломанной рукой и 17-летний подросток.")


def test_each_government_s_own_hurt_are_summed_and_its_word_on_the_other_side_is_a_claim(geoparser):
    found = by_place(incidents_of(geoparser, _PASTURE_FIGHT, dt.date(2025, 6, 3), lang="ru"))
    assert set(found) == {"Karakenja"}
    fight = found["Karakenja"]
    # the polpredstvo's "about four" on the Tajik side is a claim; the hukumat's two are Tajikistan's own
    assert fight.injured == 5
    # a patient transferred on Monday does not move the fight from Sunday
    assert fight.date_start == dt.date(2025, 6, 1)


def test_the_side_that_lost_them_is_not_the_side_that_speaks():
    from geo.incidents.events.claimants import _claimant
    clause = ("\"По нашим данным, потери таджикской стороны составляют двое убитых\", - сказал \"Интерфаксу\" "
              "представитель погранслужбы в Бишкеке.")
    at = clause.find("двое")
    # not Tajikistan, whose losses they are (the speaker stands after the outlet's quoted name, and the
    # sentences before name it)
    assert _claimant(clause[:at], clause, get_pack("ru"), clause[at + 12:]) is None
