"""The everyday mix, ninth sample (blind batch 64): a headline and a date line without periods, a
coordination after a head ("killing two Tajik servicemen and a Kyrgyz border guard"), a guard's age
after "who died", a side that "has" dead, a pronoun speaker, a canal that separates two villages,
a death toll risen after a long phrase, the dead all of one side, a school building as the evacuees'
destination, a position located near a village, the Tajik izofa written apart (Khoja-i-Alo), a part
of a count that is no total, an evacuation headline that a denial of shooting does not debunk;
Russian: a side's losses told «на ... стороне» and «у ... стороны, по имеющимся данным», a border body
that opens its sentence, a sentence that only names who told the one before, «никто из ... не погиб и
не получил ранений», a link to another story inside the text, the count of the evacuated after a dash,
the same people counted by a second verb («задержаны и избиты»)."""

from __future__ import annotations

import datetime as dt

from geo.geoparse.sentences import split_sentences
from geo.language import get_pack
from geo.incidents.events import is_debunked
from geo.language.en.numbers import read_figures
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of


def _counts(figures):
    return [(f.measure, f.value) for f in figures]


def _sided(figures):
    return [(f.measure, f.value, f.side) for f in figures]


# --- sentences and numbers ---

def test_a_headline_and_a_date_line_end_their_own_sentences():
    text = "Two hurt in shooting near Arka\nMay 3, 2024\nBISHKEK, May 3 (Reuters) - Guards fired on Thursday."
    spans = [text[s:e] for s, e in split_sentences(text).spans]
    assert spans == ["Two hurt in shooting near Arka", "May 3, 2024",
                     "BISHKEK, May 3 (Reuters) - Guards fired on Thursday."]
    # a text wrapped at the line's end is one sentence
    wrapped = "Guards exchanged fire on the road\nnear Arka on Monday. Two were hurt."
    assert len(split_sentences(wrapped).spans) == 2


def test_a_coordination_after_its_head_sums_and_keeps_the_sides():
    figures = read_figures("the clash killed two Tajik soldiers and a Kyrgyz border guard, officials said")
    assert _sided(figures) == [("fatalities", 3, None), ("fatalities", 2, "TJ"), ("fatalities", 1, "KG")]
    # an apposition or a part "of them" adds nothing
    assert _counts(read_figures("The clash killed three people, two of them soldiers")) == [("fatalities", 3)]
    assert _counts(read_figures("killing four people, three soldiers and a civilian")) == [("fatalities", 4)]


def test_the_age_of_the_one_who_died_is_no_toll():
    assert read_figures("The Kyrgyz guard who died was 24 and had served at the post for a year") == []


def test_a_side_that_has_dead_names_whose_dead():
    assert _sided(read_figures('the statement said "the Kyrgyz side has at least four dead"')) \
        == [("fatalities", 4, "KG")]


def test_a_death_toll_risen_after_a_long_phrase():
    figures = read_figures("The death toll from the mortar attack on Kulundu village on Saturday night has risen to four")
    assert _counts(figures) == [("fatalities", 4)]


def test_the_dead_all_of_one_side():
    assert _sided(read_figures("All four of the dead were citizens of Tajikistan")) == [("fatalities", 4, "TJ")]
    assert _sided(read_figures("all two wounded are Kyrgyz border guards")) == [("injured", 2, "KG")]


def test_the_tajik_izofa_written_apart_is_a_spelling():
    from geo.gazetteer.sources import izofa_spellings
    assert izofa_spellings(["Khojai Alo", "Qalai Khumb"]) == ["Khoja-i-Alo", "Qala-i-Khumb"]
    assert izofa_spellings(["Alai District", "Khoja-i-Alo"]) == []


def test_russian_losses_told_on_a_side():
    assert _sided(read_ru("По их данным, на кыргызской стороне погиб один военнослужащий")) \
        == [("fatalities", 1, "KG")]
    assert _sided(read_ru("заявили, что у кыргызской стороны, по имеющимся данным, не менее трех погибших")) \
        == [("fatalities", 3, "KG")]


def test_russian_no_one_of_them_killed_or_wounded():
    assert _counts(read_ru("Никто из пограничников и мирных жителей не погиб и не получил ранений.")) \
        == [("fatalities", 0), ("injured", 0)]


def test_russian_the_same_people_counted_by_a_second_verb():
    figures = read_ru("двое пастухов из Сурха, гнавших скот к реке, были задержаны таджикскими пограничниками и избиты")
    assert _sided(figures) == [("detained", 2, None), ("injured", 2, None)]


def test_an_evacuation_headline_is_not_debunked_by_a_denial_of_shooting():
    text = ("Residents of Surkh were moved to schools in Isfara after troops gathered near the line. No shots "
            "were fired. The Kyrgyz side said it was holding exercises.")
    pack = get_pack("en")
    assert is_debunked(text, pack)
    assert not is_debunked(text, pack, "About 900 residents of Surkh evacuated as troops gather at the border")


# --- articles ---

def test_a_headline_date_line_and_lede_give_the_toll_and_its_sides(geoparser):
    text = ("Two killed as border guards trade fire near Kok-Tash\nJune 4, 2024\n"
            "BISHKEK, June 4 (Reuters) - Kyrgyz and Tajik border guards exchanged fire on Monday, killing a "
            "Tajik serviceman and a Kyrgyz border guard, officials said.\n\n"
            "The shooting began at about 14:00 on the edge of Kok-Tash, the Kyrgyz border service said. The "
            "Kyrgyz guard who died was 22.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 4)))
    assert set(found) == {"Kök-Tash"}
    assert found["Kök-Tash"].fatalities == 2
    assert found["Kök-Tash"].fatalities_by_side == {"KG": 1, "TJ": 1}


def test_a_canal_that_separates_two_villages_and_each_governments_count(geoparser):
    text = ("DUSHANBE, March 4, 2024, Asia-Plus -- A Tajik resident was wounded in a shootout on the outskirts of "
            "Ovchi-Kalacha late on Saturday, the Tajik Border Troops reported.\n\n"
            "The shooting began near the bridge over the canal that separates the jamoat from the Kyrgyz "
            "village of Kulundu.\n\n"
            "The Border Service of Kyrgyzstan gave a different account in Bishkek. It said Tajik servicemen had "
            "opened fire first and that two Kyrgyz border guards were wounded.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 4)))
    assert set(found) == {"Ovchi-Kalacha"}
    assert found["Ovchi-Kalacha"].injured == 3


def test_evacuees_moved_to_a_school_building_in_a_neighbouring_village(geoparser):
    text = ("Two people were killed when mortar shells hit houses on the edge of Maksat on Sunday night, the "
            "Border Service said.\n\n"
            "On Monday, local authorities moved 250 residents of the streets nearest to the border to the school "
            "building in neighbouring Kulundu.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 6, 13)))
    assert set(found) == {"Maksat"}
    assert found["Maksat"].displaced == 250


def test_fire_from_a_position_located_near_a_village(geoparser):
    text = ('"On May 2, 2022, at 20:10, servicemen of the Border Service of the Kyrgyz Republic, from a position '
            'located near the village of Kok-Tash in Batken district, opened fire with automatic weapons in the '
            'direction of the outskirts of the village of Surkh. No one was hurt."')
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 5, 3)))
    assert set(found) == {"Surkh"}


def test_each_villages_count_of_a_brawl_with_one_of_them_described(geoparser):
    text = ("Residents of the Tajik village of Khoja-i-Alo and the Kyrgyz village of Kok-Tash threw stones at each "
            "other on Sunday in a quarrel over water.\n\n"
            "The fight broke out at the head of the canal on the edge of Khoja-i-Alo. Three residents of "
            "Khoja-i-Alo were treated for bruises.\n\n"
            "The Batken district administration said two residents of Kok-Tash were injured in the same brawl. "
            "One of them, a 20-year-old, was admitted to hospital.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 5, 24)))
    assert set(found) == {"Khoja-Alo"}
    assert found["Khoja-Alo"].injured == 5


def test_a_sentence_that_names_who_told_the_one_before(geoparser):
    text = ("Бишкек - 24.kg. Двое военнослужащих Пограничной службы ГКНБ Кыргызстана погибли, еще трое "
            "кыргызских пограничников получили ранения в перестрелке у села Кулунду. Об этом сообщила пресс-служба ведомства.\n\n"
            "Пограничные войска ГКНБ Таджикистана в своем заявлении возложили ответственность на кыргызскую "
            "сторону. По их данным, на таджикской стороне погиб один военнослужащий, еще один ранен.\n\n"
            "Трое раненых доставлены в больницу в Раззакове.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 19), lang="ru"))
    assert set(found) == {"Kulundu"}
    assert found["Kulundu"].fatalities_by_side == {"KG": 2, "TJ": 1}
    assert found["Kulundu"].injured == 4


def test_a_link_to_another_story_inside_the_text_is_no_event(geoparser):
    text = ("БИШКЕК, 9 ноя — Sputnik. Один человек погиб в результате минометного обстрела окраины села Арка "
            "позавчера вечером.\n\n"
            "Читайте также: Перестрелка у Кулунду: ранен пограничник\n\n"
            "Таджикская сторона произошедшее пока не комментирует.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 11, 9), lang="ru"))
    assert set(found) == {"Arka"}


def test_the_count_of_the_evacuated_after_a_dash(geoparser):
    text = ("ДУШАНБЕ, 13 ноя — Sputnik. Власти накануне вывезли из приграничного села Сурх более тысячи жителей. "
            "По словам представителя хукумата, точное число вывезенных — 1 132 человека, из них 500 детей.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 11, 13), lang="ru"))
    assert found["Surkh"].displaced == 1132


# --- the displaced, drawn from the pooled development errors ---

def test_zeros_of_the_displaced_told_in_other_words():
    for clause in ("Evacuation of the residents is not required, the akim said",
                   "No evacuation of residents is planned, it said",
                   "No evacuation was announced",
                   "nobody left the village, the jamoat chairman said",
                   "Officials said families in the village had not been asked to leave their homes"):
        assert _counts(read_figures(clause)) == [("displaced", 0)], clause


def test_the_displaced_who_left_for_relatives_or_were_taken_from_a_village():
    assert _counts(read_figures("about 60 residents of the upper street left for their relatives in Batken")) \
        == [("displaced", 60)]
    assert _counts(read_figures("From Kyzyl-Bel, 90 people left to stay with relatives in Isfana")) \
        == [("displaced", 90)]
    assert _counts(read_figures("About 200 residents of Surkh living closest to the line left for relatives in "
                                "Isfara on Monday")) == [("displaced", 200)]
    assert _counts(read_figures("the 400 people taken from the outskirts of Arka to Razzakov returned home")) \
        == [("displaced", 400)]


def test_russian_zeros_of_the_displaced_told_in_other_words():
    for clause in ("Жители Кулунду эвакуированы не были",
                   "Эвакуация жителей Арки, по словам акима, не проводилась",
                   "Эвакуации, по словам главы айыл окмоту, не требуется",
                   "аким заявил, что эвакуация жителей не проводится",
                   "Из села никого не вывозили",
                   "Эвакуировать никого не пришлось: чабаны остаются на стоянках"):
        assert _counts(read_ru(clause)) == [("displaced", 0)], clause


def test_russian_the_displaced_who_moved_to_relatives():
    for clause, value in (("около 90 жителей махалли, ближайшей к границе, временно переехали к родственникам в Исфару", 90),
                          ("Около 40 женщин и детей с крайней улицы ночью увезли к родственникам в Баткен", 40),
                          ("около 70 жителей крайней улицы, в основном женщины и дети, ушли ночевать к родственникам",
                           70)):
        assert _counts(read_ru(clause)) == [("displaced", value)], clause


def test_comrades_and_members_of_a_family_are_people_and_a_negated_verb_counts_no_one():
    assert _counts(read_figures("Two of his comrades were wounded and taken to hospital in Batken")) == [("injured", 2)]
    assert _counts(read_figures("a farmer was killed, and two members of his family were injured")) \
        == [("fatalities", 1), ("injured", 2)]
    assert read_figures("Five other members of the family, including three children, were not hurt") == []
    assert read_figures("Four other residents were not hurt") == []
