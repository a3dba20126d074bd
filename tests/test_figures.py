"""The English number grammar and the figure rules (every trap of issue 8 in English)."""

import datetime as dt
from dataclasses import replace

import pytest

from geo.articles.model import Article
from geo.incidents.build import build_incidents
from geo.incidents.model import Figure
from geo.incidents.quantities import fuse_figures, fuse_measure
from geo.language.en.numbers import read_figures


def values(clause):
    return [(f.measure, f.value, f.vague, f.side) for f in read_figures(clause)]


def incidents_of(geoparser, text, published, lang="en"):
    """The incidents of one article of ``text`` in ``lang`` published on ``published``."""
    article = Article(id="f", lang=lang, text=text, date=published)
    return build_incidents([geoparser.parse(article)]).incidents


@pytest.mark.parametrize("clause, expected", [
    ("One of its servicemen, a 24-year-old junior sergeant, was killed and two others were wounded",
     [("fatalities", 1, False, None), ("injured", 2, False, None)]),
    ("One Kyrgyz serviceman was killed and two were wounded",
     [("fatalities", 1, False, "KG"), ("injured", 2, False, "KG")]),
    ("A Kyrgyz guard was killed and five people were wounded",
     [("fatalities", 1, False, "KG"), ("injured", 5, False, None)]),
    ("Two residents of Arka, aged 19 and 45, received bruises and were treated on the spot",
     [("injured", 2, False, None)]),
    ("A junior sergeant was wounded in the forearm", [("injured", 1, False, None)]),
    ("A total of 71 people died in the fighting.", [("fatalities", 71, False, None)]),
    ("Fights that have killed dozens.", [("fatalities", 12, True, None)]),
    ("At least 24 people were wounded and thirty-six killed.",
     [("injured", 24, False, None), ("fatalities", 36, False, None)]),
    ("a woman was killed", [("fatalities", 1, False, None)]),
    ("one Tajik serviceman and one civilian were killed",
     [("fatalities", 2, False, None), ("fatalities", 1, False, "TJ")]),
    ("two Kyrgyz and three Tajik soldiers were killed",
     [("fatalities", 5, False, None), ("fatalities", 2, False, "KG"), ("fatalities", 3, False, "TJ")]),
    ("the shelling went on, killing 2", [("fatalities", 2, False, None)]),
    ("1,200 residents were evacuated", [("displaced", 1200, False, None)]),
    ("two Kyrgyz border guards were killed", [("fatalities", 2, False, "KG")]),
    ("the death toll rose to five", [("fatalities", 5, False, None)]),
    ("the toll now stands at 7", [("fatalities", 7, False, None)]),
    ("no casualties were reported", [("fatalities", 0, False, None), ("injured", 0, False, None)]),
    ("two dozen people were wounded", [("injured", 24, True, None)]),
    ("Two shepherds were killed and a third was wounded", [("fatalities", 2, False, None), ("injured", 1, False, None)]),
    ("nine people, including two police officers, had been hurt by stones", [("injured", 9, False, None)]),
    ("Two servicemen received gunshot wounds", [("injured", 2, False, None)]),
    ("A serviceman of the Border Service of the State Committee for National Security of the "
     "Kyrgyz Republic was killed", [("fatalities", 1, False, "KG")]),
    # the rank alone, and not a private house
    ("A private was wounded in the shoulder", [("injured", 1, False, None)]),
    ("A private house was hit and two people were wounded", [("injured", 2, False, None)]),
    # a headline drops the article; its demonym names the side
    ("Tajik woman killed by gunfire from Kyrgyz side, Dushanbe says", [("fatalities", 1, False, "TJ")]),
    ("Kyrgyz border guard wounded in shootout", [("injured", 1, False, "KG")]),
    # whose losses: "the Tajik side had suffered"
    ("the Tajik side had suffered \"at least four wounded\"", [("injured", 4, False, "TJ")]),
    ("A border guard born in 2002 was wounded in the arm", [("injured", 1, False, None)]),
    ("A 61-year-old local resident was cut by shards of window glass", [("injured", 1, False, None)]),
    ("about 300 residents, mostly women and children, were taken by buses to Batken", [("displaced", 300, False, None)]),
    ("There are no dead", [("fatalities", 0, False, None)]),
    ("Residents of Kara-Bak were not evacuated", [("displaced", 0, False, None)]),
    ("Junior Sergeant Eldiyar Kadyrov, born in 2001, died at the scene", [("fatalities", 1, False, None)]),
    ("killing one Tajik soldier and wounding another",
     [("fatalities", 1, False, "TJ"), ("injured", 1, False, "TJ")]),
    ("a citizen of the Republic of Tajikistan, a resident of the village of Gulkhona born in 1979, received a "
     "gunshot wound to the left thigh", [("injured", 1, False, "TJ")]),
    ("nine cows and two donkeys belonging to local residents were killed", []),
    ("where a 45-year-old local resident returning from a mill was wounded in the leg", [("injured", 1, False, None)]),
    ("The number of people killed in Monday's shooting near the village has been revised down to two from three",
     [("fatalities", 2, False, None)]),
    ("Rahmatullo Sharipov, 58, from the village of Muchun, died late on August 7", []),
    ("A Tajik farmer who was shot while cutting hay near the border last weekend has died of his wounds",
     [("fatalities", 1, False, "TJ")]),
    ("a junior sergeant was killed and another guard was wounded",
     [("fatalities", 1, False, None), ("injured", 1, False, None)]),
    ("no one in the village was hurt and nobody left their homes",
     [("fatalities", 0, False, None), ("injured", 0, False, None), ("displaced", 0, False, None)]),
    # zeros: "nobody died", a side's citizens, "killed or injured", and the side told after the zero
    ("Thank God nobody died", [("fatalities", 0, False, None)]),
    ("No Tajik citizens were killed", [("fatalities", 0, False, "TJ")]),
    ("No one was killed or injured, as the family was visiting relatives",
     [("fatalities", 0, False, None), ("injured", 0, False, None)]),
    ("No one was killed in any of the incidents on the Kyrgyz side, the service said",
     [("fatalities", 0, False, "KG")]),
    # an official's digits with the words after them: one count, not two
    ("1 (one) person was killed, a man born in 1964", [("fatalities", 1, False, None)]),
    ("3 (three) people were injured", [("injured", 3, False, None)]),
    ("Post 3 (Kara-Bak) was hit", []),
    # a wound to a limb, and occupations as people
    ("a 47-year-old farmer from Navgilem was shot in the thigh", [("injured", 1, False, None)]),
    ("A bullet hit a 41-year-old woman in the shoulder", [("injured", 1, False, None)]),
    ("shrapnel struck two shepherds in the legs", [("injured", 2, False, None)]),
    ("the shell hit the school in the centre of the village", []),
    ("two residents were beaten", [("injured", 2, False, None)]),
    ("about 160 women and children were moved to Razzakov overnight as a precaution",
     [("displaced", 160, False, None)]),
    ("the troops were moved to the border", []),
    ("one Kyrgyz farmer from Samarkandyk had also been hurt and was treated in Batken",
     [("injured", 1, False, "KG")]),
    ("Residents of Uch-Bulak have not been evacuated, the life of the village goes on as usual",
     [("displaced", 0, False, None)]),
    ("a shepherd was beaten", [("injured", 1, False, None)]),
    ("A Tajik miner was killed and two other people wounded",
     [("fatalities", 1, False, "TJ"), ("injured", 2, False, None)]),
    # people who left a named village between two days are displaced; "left the hospital" is not
    ("1,450 people, most of them women, children and older people, left Katran between Sunday afternoon and "
     "Monday evening", [("displaced", 1450, False, None)]),
    ("two wounded men left the hospital on Monday", [("injured", 2, False, None)]),
    # an age in words, and people "in" their village before the verb
    ("killing a 70-year-old woman and her eight-year-old grandson", [("fatalities", 2, False, None)]),
    ("Five other people in Isfisor were wounded and taken to the regional hospital in Khujand",
     [("injured", 5, False, None)]),
    # a list of ages is no count: once "36 injured"
    ("three residents aged 17, 36 and 44 were injured", [("injured", 3, False, None)]),
    ("Three residents of Arka aged 17, 36 and 44 received injuries.", [("injured", 3, False, None)]),
    ("Four people aged between 20 and 40 were hurt", [("injured", 4, False, None)]),
    # people taken to a hospital with their wounds are injured; a part of those counted is no figure
    ("two residents of Khistevarz had been taken to the central hospital of Bobojon Gafurov district in the "
     "town of Gafurov with bruises and cuts", [("injured", 2, False, None)]),
    ("Four residents were injured, two of them were taken to the Isfara central hospital with head injuries",
     [("injured", 4, False, None)]),
    ("About 400 women and children from Kok-Tash were taken overnight in 12 buses to Batken",
     [("displaced", 400, False, None)]),
    ("mortar fire hit the village, killing a 58-year-old woman and wounding her 9-year-old grandson",
     [("fatalities", 1, False, None), ("injured", 1, False, None)]),
])
def test_figures_are_read(clause, expected):
    assert values(clause) == expected


@pytest.mark.parametrize("clause", [
    "The shooting began at 07:15 UTC and was killed off by 09:00",
    "Firing started at 22:00 (1700 GMT) and three hours later",
    "the September 2022 war that killed",
    "since 2021 killed",
    "a 45-year-old was wounded",
    "Shots were fired at outpost No. 3 and border post No 5",
    "The countries share a 970-kilometer border.",
    "damage estimated at $2 million, 40% of the harvest",
    "fighting lasted 3 days, 300 metres from the line",
    "on the 13th, killed",
    "A Kyrgyz border guard, 21, was wounded",
    "Some 40 families were temporarily moved to Daroot-Korgon",
    "12 households were evacuated",
    "Officials have not said how many people left their homes",
    "two of them were later moved to the regional hospital in Khujand",
    "Four of them were taken to Isfara and two were treated at the local hospital",
    "Two armoured personnel carriers that Tajikistan had moved to the line",
])
def test_traps_are_never_figures(clause):
    assert [f for f in read_figures(clause) if f.value not in (0, 1)] == []


def fig(value, side=None, *, article="a", order=0, claimant=None, revision=False, vague=False, additive=False):
    return Figure("fatalities", value, vague, side, str(value), claimant=claimant, revision=revision,
                  additive=additive, article_id=article, order=order)


def test_a_later_revision_in_one_article_supersedes_the_earlier_toll():
    result = fuse_measure([fig(3, order=1), fig(5, order=2, revision=True)], "fatalities")
    assert result.total == 5 and "revised" in result.rule


def test_across_sources_the_lowest_precise_figure_wins():
    result = fuse_measure([fig(5, article="a"), fig(3, article="b"), fig(12, article="c", vague=True)],
                          "fatalities")
    assert result.total == 3


def test_sides_are_summed_when_no_total_is_given_and_a_side_is_not_the_total():
    assert fuse_measure([fig(2, "KG", order=1), fig(3, "TJ", order=2)], "fatalities").total == 5
    result = fuse_measure([fig(2, "KG")], "fatalities")
    assert result.total == 2 and result.by_side == {"KG": 2}


def test_a_claim_about_the_other_side_is_kept_but_never_counted():
    result = fuse_measure([fig(2, "KG", claimant="KG"), fig(20, "TJ", claimant="KG")], "fatalities")
    assert result.total == 2 and result.by_side == {"KG": 2}
    assert "claimed by KG" in result.rule


def test_competing_government_totals_take_the_lowest_but_beside_a_neutral_total_they_are_sides():
    competing = [fig(3, claimant="KG", order=1), fig(5, claimant="TJ", order=2)]
    assert fuse_measure(competing, "fatalities").total == 3
    seeds = [fig(71, order=0), fig(36, claimant="KG", order=1), fig(35, "TJ", claimant="TJ", order=2)]
    result = fuse_measure(seeds, "fatalities")
    assert (result.total, result.by_side) == (71, {"KG": 36, "TJ": 35})


def test_a_side_figure_larger_than_the_total_is_a_recorded_conflict():
    result = fuse_measure([fig(3, order=1), fig(5, "KG", order=2)], "fatalities")
    assert result.total == 3 and result.by_side == {} and "conflict" in result.rule


def test_additive_figures_add_and_a_vague_total_gives_way_to_precise_sides():
    assert fuse_measure([fig(3, order=1), fig(1, order=2, additive=True)], "fatalities").total == 4
    result = fuse_measure([fig(12, vague=True, order=1), fig(2, "KG", order=2)], "fatalities")
    assert result.total == 2


def test_the_number_of_people_killed_now_stands_at():
    assert values("The number of people killed in Thursday's clash near Ak-Tatyr now stands at three") == [
        ("fatalities", 3, False, None)]


def test_people_of_a_place_before_their_verb():
    assert values("Two residents of the town of Shurob in Isfara district were killed") == [
        ("fatalities", 2, False, None)]


def test_no_one_hurt_is_zero_dead_and_wounded():
    assert values("No one was hurt, the service said.") == [
        ("fatalities", 0, False, None), ("injured", 0, False, None)]


def flagged(value, order, *, side=None, additive=False, revision=False, superseded=False, article="a"):
    return Figure("fatalities", value, False, side, "t", revision=revision, additive=additive,
                  superseded=superseded, article_id=article, order=order)


def test_an_outdated_report_gives_way_and_a_revision_covers_what_follows():
    # "initially one dead" ... "two dead": the current figure wins over the earlier report
    assert fuse_measure([flagged(1, 1, superseded=True), flagged(2, 2)], "fatalities").total == 2
    # "the toll rose to two" ... "another soldier died in hospital": already counted
    assert fuse_measure([flagged(2, 1, revision=True), flagged(1, 2, additive=True)], "fatalities").total == 2
    # "two guards wounded" ... corrected to "one guard" ... "besides, two residents were wounded": 3
    assert fuse_measure([flagged(2, 1), flagged(1, 2, revision=True), flagged(2, 3, additive=True)],
                        "fatalities").total == 3
    # "the bodies of two more were found" told before "two had died": 4
    assert fuse_measure([flagged(2, 1, additive=True), flagged(2, 2)], "fatalities").total == 4
    # "two Kyrgyz citizens died, another two died on the way to hospital": the same side
    fused = fuse_measure([flagged(2, 1, side="KG"), flagged(2, 2, additive=True)], "fatalities")
    assert fused.total == 4 and fused.by_side == {"KG": 4}


def test_an_explicit_zero_never_lowers_a_figure_or_beats_a_side():
    assert fuse_measure([flagged(3, 1), flagged(0, 2)], "fatalities").total == 3
    assert fuse_measure([flagged(1, 1, side="TJ"), flagged(0, 2)], "fatalities").total == 1


@pytest.mark.parametrize("clause", [
    "An earlier version of this story said three people were killed",
    "a third man, initially reported dead, is missing",
])
def test_a_correction_note_reports_an_earlier_figure(clause):
    from geo.language.en import ENGLISH

    assert ENGLISH.superseded.search(clause) and not ENGLISH.revision.search(clause)


def test_one_person_described_after_a_count_is_one_of_those_counted():
    count = Figure("injured", 2, False, None, "Two civilians were injured", article_id="a", order=1)
    described = [f.described for f in read_figures("A 34-year-old woman sustained shrapnel wounds")]
    assert described == [True]  # the number grammar marks one person described, not counted
    detail = Figure("injured", 1, False, None, "A 34-year-old woman sustained shrapnel wounds",
                    article_id="a", order=2, described=True)
    assert fuse_measure([count, detail], "injured").total == 2
    other_government = Figure("injured", 1, False, None, "one person was hurt", article_id="a", order=2)
    assert fuse_measure([count, other_government], "injured").total == 1


def test_an_outdated_total_gives_way_to_current_side_figures_within_it():
    earlier = Figure("fatalities", 3, False, None, "earlier reports said three", superseded=True,
                     article_id="a", order=1)
    tajik = Figure("fatalities", 2, False, "TJ", "two Tajik citizens were killed", article_id="a", order=2)
    kyrgyz = Figure("fatalities", 0, False, "KG", "no Kyrgyz casualties", article_id="a", order=3)
    fused = fuse_measure([earlier, tajik, kyrgyz], "fatalities")
    assert fused.total == 2 and fused.by_side == {"KG": 0, "TJ": 2}
    more = Figure("fatalities", 4, False, "TJ", "four Tajik citizens were killed", article_id="a", order=2)
    assert fuse_measure([earlier, more], "fatalities").total == 3  # beyond the total: a conflict, kept


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "Tajik forces shelled Ak-Sai on Tuesday, killing two soldiers and wounding three civilians. "
    "One of the wounded later died in hospital.",
    "Таджикские военные обстреляли село Ак-Сай во вторник: погибли двое военнослужащих, ранены трое "
    "мирных жителей. Один из раненых позже скончался в больнице.",
])
def test_a_wounded_person_who_dies_moves_from_the_injured_to_the_dead(geoparser, text):
    from tests.test_event_model import incidents_of

    found = incidents_of(geoparser, text)
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Ak-Sai", 3, 2)]


@pytest.mark.integration
def test_a_death_in_hospital_without_earlier_wounded_is_one_of_the_dead_already_counted(geoparser):
    from tests.test_event_model import incidents_of

    text = ("Shelling hit Ak-Sai on Tuesday. Two soldiers were killed and none was wounded. "
            "One of them died of his wounds on the way to hospital.")
    found = incidents_of(geoparser, text)
    assert [(i.place.name, i.fatalities) for i in found] == [("Ak-Sai", 2)]


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "пострадавшие - мужчины в возрасте от 23 до 60 лет", []),
    ("en", "the wounded were men aged between 23 and 60", []),
    ("ru", "троих из них в тяжёлом состоянии эвакуировали вертолётом Ми-8 в Ош", []),
    ("en", "three of them were evacuated by helicopter to Osh", []),
    ("ru", "из 122-мм гаубиц Д-30", []),
    ("ru", "из села эвакуированы 540 жителей", [("displaced", 540)]),
    ("ru", "«Пострадавших среди военнослужащих и мирного населения нет»", [("fatalities", 0), ("injured", 0)]),
])
def test_ages_ranges_model_numbers_and_medical_evacuations_are_no_counts(lang, text, expected):
    from geo.language import get_pack

    assert [(f.measure, f.value) for f in get_pack(lang).read_figures(text)] == expected


def test_a_unit_number_is_no_year():
    import datetime as dt

    from geo.language import get_pack

    assert get_pack("ru").find_dates("погибли двое военнослужащих в/ч 2023", dt.date(2024, 9, 21)) == []
    assert get_pack("en").find_dates("two soldiers of military unit 2023 were killed", dt.date(2024, 9, 21)) == []


def test_about_ten_and_an_attribution_between_head_and_number():
    from geo.language import get_pack

    text = "произошла потасовка, лёгкие травмы, по данным районной больницы, получили около десятка человек"
    assert [(f.measure, f.value, f.vague) for f in get_pack("ru").read_figures(text)] == [("injured", 10, True)]


@pytest.mark.parametrize("text, expected", [
    ("за медицинской помощью обратились пятеро жителей Кок-Таша", [("injured", 5)]),
    ("в Баткенскую областную больницу доставлены шестеро жителей Самаркандыка", [("injured", 6)]),
    ("они доставлены в центральную больницу Исфары, троих из них позже перевезли в Худжанд", []),
    ("в больницу поступили тела двоих погибших", [("fatalities", 2)]),
])
def test_russian_people_brought_to_hospital_and_parts_of_a_count(text, expected):
    from geo.language import get_pack

    assert [(f.measure, f.value) for f in get_pack("ru").read_figures(text)] == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "two to three others were wounded", [("injured", 2)]),
    ("en", "between 10 and 12 people were injured", [("injured", 10)]),
    ("ru", "ранены двое-трое военнослужащих", [("injured", 2)]),
    ("ru", "ранены два или три человека", [("injured", 2)]),
    ("ru", "погибли двое и ранены трое", [("fatalities", 2), ("injured", 3)]),
    ("ru", "погибли два человека и ранены три", [("fatalities", 2), ("injured", 3)]),
])
def test_a_range_is_its_lowest_figure_and_each_head_keeps_its_own_number(lang, text, expected):
    from geo.language import get_pack

    assert [(f.measure, f.value) for f in get_pack(lang).read_figures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("One of them, a junior sergeant of military unit No. 1021, died from wounds on the way to hospital.",
     [("fatalities", 1)]),
    ("Five people, three of them children, were wounded", [("injured", 5)]),
    ("Two soldiers, including an officer, were killed", [("fatalities", 2)]),
])
def test_an_aside_between_a_number_and_its_verb_and_a_part_of_a_total(text, expected):
    assert [(f.measure, f.value) for f in read_figures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("fourteen Kyrgyz citizens, among them three police officers, were injured", [("injured", 14)]),
    ("sixty people were evacuated", [("displaced", 60)]),
    ("seventeen soldiers were killed", [("fatalities", 17)]),
    ("ninety-one residents fled", [("displaced", 91)]),
])
def test_number_words_that_begin_with_a_smaller_one_are_read_whole(text, expected):
    # "fourteen" was read as "four" + "teen" and dropped, "sixty" as "six" + "ty"
    assert [(f.measure, f.value) for f in read_figures(text)] == expected


@pytest.mark.integration
def test_injured_one_of_whom_died_counts_the_dead_once(geoparser):
    from tests.test_event_model import incidents_of

    text = ("A shootout broke out near Kyzyl-Bel on Saturday. Four people were reported wounded. On Sunday one "
            "more resident of Kyzyl-Bel sought medical help with shrapnel wounds. Thus, five people were injured "
            "in the shootout, one of whom died.")
    found = incidents_of(geoparser, text)
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Kyzyl-Bel", 1, 4)]


@pytest.mark.parametrize("text, expected", [
    ("Residents of Kara-Bak, a village of about 6,000 people, were not evacuated", [("displaced", 0, None)]),
    ("A Kyrgyz security official said Tajik losses were \"at least four dead\"", [("fatalities", 4, "TJ")]),
    ("A Kyrgyz and a Tajik border guard were killed",
     [("fatalities", 2, None), ("fatalities", 1, "KG"), ("fatalities", 1, "TJ")]),
])
def test_populations_negated_evacuations_losses_and_elliptic_pairs(text, expected):
    assert [(f.measure, f.value, f.side) for f in read_figures(text)] == expected


def test_a_side_less_figure_told_after_a_sides_revised_toll_is_counted_in_it():
    """"... bringing the number of Tajik villagers killed to three ... The two villagers killed on the day"."""
    result = fuse_measure([fig(3, order=1, side="TJ", revision=True), fig(2, order=2)], "fatalities")
    assert (result.total, result.by_side) == (3, {"TJ": 3})
    # without a revision, two figures of one article keep the lowest as ever
    assert fuse_measure([fig(3, order=1, side="TJ"), fig(2, order=2)], "fatalities").total == 2


@pytest.mark.parametrize("text, expected", [
    # "at each other" is no "other" that adds to an earlier figure
    ("Villagers hurled stones at each other Sunday in a quarrel over a road, injuring seven people",
     [("injured", 7, None, False)]),
    # an ordinal before a side word, and an age set off by commas
    ("A second Kyrgyz man, aged 27, suffered a knife wound to the arm", [("injured", 1, "KG", False)]),
    # "a third ... has died": the side's toll is now three
    ("A third Kyrgyz border guard has died of wounds he suffered", [("fatalities", 3, "KG", False)]),
    # the verb is the head: "a resident of <village of district> received a gunshot wound"
    ("A resident of Katran village of Leilek district received a gunshot wound", [("injured", 1, None, False)]),
])
def test_each_other_ordinals_and_received_wounds(text, expected):
    assert [(f.measure, f.value, f.side, f.additive) for f in read_figures(text)] == expected


@pytest.mark.integration
@pytest.mark.parametrize("text, expected", [
    # "a third Kyrgyz border guard has died": a revised toll that the UKMK's claim does not touch
    ("A third Kyrgyz border guard has died of wounds he suffered in a shoot-out with Tajik forces near "
     "Ak-Tatyr on Tuesday, the UKMK says. The UKMK also claimed that \"at least five\" Tajik servicemen "
     "were killed when Kyrgyz troops returned fire.", [("Ak-Tatyr", 3, {"KG": 3})]),
    # a clause that begins with "since" and a past season is background
    ("Residents of Vorukh and villagers from the Kyrgyz side hurled stones at each other on Sunday, injuring "
     "seven people. It was the most serious incident on the border since fighting there in the spring killed "
     "dozens.", [("Vorukh", None, {})]),
])
def test_ordinal_tolls_and_seasons_in_articles(geoparser, text, expected):
    from tests.test_event_model import incidents_of

    found = incidents_of(geoparser, text, date=__import__("datetime").date(2021, 7, 19))
    assert [(i.place.name, i.fatalities, i.fatalities_by_side) for i in found] == expected


def test_people_who_were_wounded_and_have_died_are_dead():
    text = ("A Kyrgyz border guard who was wounded in an exchange of fire with Tajik servicemen near the village "
            "of Toguz-Bulak last Sunday has died in hospital")
    assert [(f.measure, f.value, f.side) for f in read_figures(text)] == [("fatalities", 1, "KG")]
    assert [(f.measure, f.value) for f in read_figures("A soldier who was wounded on Monday is recovering")] \
        == [("injured", 1)]


@pytest.mark.integration
def test_a_wounded_guard_who_died_leaves_the_first_statements_wounded(geoparser):
    """The death told first, the outdated count of wounded after it: one dead, one still wounded; the
    village he was buried in is no event."""
    from tests.test_event_model import incidents_of

    text = ("A Kyrgyz border guard who was wounded in an exchange of fire with Tajik servicemen near the village "
            "of Toguz-Bulak on August 4 has died in hospital, the Border Service said on August 10.\n\n"
            "In its first statement on August 4, the Border Service reported that two Kyrgyz servicemen had been "
            "wounded in the shooting.\n\n"
            "He was buried on Saturday morning in his native village of Ak-Suu, about 30 kilometers from the place "
            "where he was wounded.")
    found = incidents_of(geoparser, text, date=__import__("datetime").date(2024, 8, 10))
    assert [(i.place.name, i.fatalities, i.fatalities_by_side, i.injured) for i in found] == [
        ("Toguz-Bulak", 1, {"KG": 1}, 1)]


@pytest.mark.parametrize("text, expected", [
    ("A 52-year-old Chek resident suffered a broken nose and was treated in Batken.", [("injured", 1)]),
    ("two Chorkuh residents were treated for cuts and bruises", [("injured", 2)]),
])
def test_a_home_before_the_person_and_everyday_injuries(text, expected):
    assert [(f.measure, f.value) for f in read_figures(text)] == expected


@pytest.mark.integration
def test_a_digests_crossers_detention_and_the_second_party_of_a_fight(geoparser):
    """Herders "from neighbouring Lakkon" are a party to the fight at Chek; detaining people who crossed
    the line is no incident."""
    from tests.test_event_model import incidents_of

    text = ("Thursday, February 5\n\nPolice in Batken said villagers from Chek, north-east of Batken town, and "
            "herders from neighboring Lakkon on the Tajik side fought with sticks and stones over a pasture on "
            "the edge of the village. A 52-year-old Chek resident suffered a broken nose.\n\n"
            "Friday, February 6\n\nKyrgyz guards detained two Tajik citizens who had crossed the line on foot "
            "near Kyzyl-Bel, apparently to visit relatives. No force was used.")
    found = incidents_of(geoparser, text, date=__import__("datetime").date(2026, 2, 9))
    assert [(i.place.name, i.injured) for i in found] == [("Chek", 1)]


@pytest.mark.parametrize("text, value", [
    ("about 300 women and children from Kok-Tash and the neighbouring village of Ak-Sai were taken by bus to a "
     "school in Batken", 300),
    ("About 200 residents of the Bakhor neighbourhood spent the night with relatives in the town of Ghafurov", 200),
])
def test_people_of_a_place_taken_away_or_sheltering_with_relatives_are_displaced(text, value):
    assert [(f.measure, f.value) for f in read_figures(text)] == [("displaced", value)]


@pytest.mark.parametrize("text, expected", [
    ("A 16-year-old boy who was bringing cattle home was killed", [("fatalities", 1)]),
    ("a 43-year-old woman and her 19-year-old son were wounded in their courtyard", [("injured", 2)]),
    ("Around 300 residents of Kushdevor spent the night in a school in central Isfara", [("displaced", 300)]),
    ("About 150 women and children from the upper streets of Ak-Sai spent the night with relatives in Kok-Tash",
     [("displaced", 150)]),
])
def test_relative_clauses_kin_and_nights_away_from_home(text, expected):
    assert [(f.measure, f.value) for f in read_figures(text)] == expected


@pytest.mark.integration
def test_one_night_told_in_two_time_zones_keeps_the_ledes_toll(geoparser):
    """The Tajik side's "11:20 pm on Wednesday" and the Kyrgyz side's "00:20 on Thursday" are one night:
    the lede's toll goes to the first event; the town a rural district lies on the edge of is context. The village
    the gazetteer lacks is the scene, mapped at the rural district named as its own."""
    from tests.test_event_model import incidents_of

    text = ("Dushanbe (AFP) - A Tajik teenager was killed and two other people were wounded in a night-time exchange "
            "of fire on Tajikistan's border with Kyrgyzstan, Tajik authorities said Thursday.\n\n"
            "The shooting began at 11:20 pm on Wednesday near Kushdevor, a village of the Navgilem rural district "
            "on the edge of the city of Isfara, Tajikistan's border troops said.\n\n"
            "Kyrgyzstan's border service said its post near the village of Kyzyl-Bel had come under fire from the "
            "Tajik side at 00:20 on Thursday, Bishkek time, and that one Kyrgyz serviceman had been wounded.")
    incidents = incidents_of(geoparser, text, date=__import__("datetime").date(2026, 4, 16))
    found = {i.place.name: (i.fatalities, i.injured) for i in incidents}
    assert found == {"Kushdevor": (1, 2), "Kyzyl-Bel": (None, 1)}
    assert [i.place.stand_in_unit for i in incidents if i.place.name == "Kushdevor"] == ["Navgilem"]


@pytest.mark.integration
def test_a_figure_said_to_be_unconfirmed_counts_nothing_but_a_general_disclaimer_changes_nothing(geoparser):
    from tests.test_event_model import incidents_of

    text = ("Residents of Vorukh and Ak-Sai threw stones at each other on Sunday, and two people were hurt, police "
            "said. A video posted online "
            "claimed that 15 people were injured. Police did not confirm that figure. Reuters could not "
            "independently verify the claims of either side.")
    found = incidents_of(geoparser, text, date=__import__("datetime").date(2024, 6, 3))
    assert [(i.place.name, i.injured) for i in found] == [("Vorukh", 2)]


def test_people_taken_overnight_by_bus_are_displaced():
    text = "About 600 residents of Kyzyl-Bel, most of them women and children, were taken overnight by bus to Batken"
    assert [(f.measure, f.value) for f in read_figures(text)] == [("displaced", 600)]


def test_a_person_described_after_a_sides_count_is_one_of_them():
    """"a local farmer was wounded" (counted with the Kyrgyz side) ... "A 47-year-old farmer ... was wounded"."""
    kyrgyz = Figure("injured", 1, False, "KG", "a local farmer was wounded", article_id="a", order=1)
    described = Figure("injured", 1, False, None, "A 47-year-old farmer who was harvesting was wounded",
                       article_id="a", order=2, described=True)
    tajik = Figure("injured", 1, False, "TJ", "One Tajik border guard was wounded", article_id="a", order=3)
    result = fuse_measure([kyrgyz, described, tajik], "injured")
    assert (result.total, result.by_side) == (2, {"KG": 1, "TJ": 1})


@pytest.mark.parametrize("clause, expected", [
    # a relative named by a possessive is one person; one counted with "a woman and her son" is not counted twice
    ("A Kyrgyz shepherd has been shot dead and his nephew wounded", [("fatalities", 1), ("injured", 1)]),
    ("a 43-year-old woman and her 19-year-old son were wounded", [("injured", 2)]),
    ("two Kyrgyz villagers, a 58-year-old man and his nephew, were killed", [("fatalities", 2)]),
    # a year of birth in an aside does not cut the person from the verb
    ("a serviceman of the border post, junior sergeant born in 2001, received a gunshot wound", [("injured", 1)]),
    ("Between 250 and 300 residents left Lakkon for relatives in Isfara", [("displaced", 250)]),
    ("no residents had been evacuated", [("displaced", 0)]),
])
def test_relatives_asides_and_departures_are_read(clause, expected):
    assert [(f.measure, f.value) for f in read_figures(clause)] == expected


def test_an_addition_within_a_side_s_later_count_does_not_stand_alone():
    # "one of the injured died of his wounds ... Thus, 2 citizens of Tajikistan have died"
    result = fuse_measure([fig(1, order=1, additive=True), fig(2, "TJ", order=2)], "fatalities")
    assert result.total == 2 and result.by_side == {"TJ": 2}
    assert fuse_measure([fig(1, order=1, additive=True)], "fatalities").total == 1


def test_an_unsided_count_that_is_one_side_s_gives_way_to_both_governments_own_figures():
    two = fig(2, order=1)
    own = [fig(2, "KG", order=2, claimant="KG"), fig(2, "TJ", order=3, claimant="TJ")]
    assert fuse_measure([two, *own], "fatalities").total == 4
    # a side figure nobody is known to have given for its own side does not add up
    assert fuse_measure([two, fig(2, "KG", order=2, claimant="KG"), fig(2, "TJ", order=3)], "fatalities").total == 2


@pytest.mark.parametrize("clause, expected", [
    # a soldier named by rank and initials is one person (the events make the one who then died a death)
    ("private A. Sh., born in 2002, received a gunshot wound to the abdomen and died on the way to hospital",
     [("injured", 1)]),
    ("Junior sergeant R. N., born in 2000, received a gunshot wound to the arm", [("injured", 1)]),
    ("a major road was closed", []),
])
def test_ranks_with_initials_are_one_person(clause, expected):
    assert [(f.measure, f.value) for f in read_figures(clause)] == expected


def test_a_village_s_residents_with_a_subset_count_the_residents():
    clause = "About 1,100 residents of Ovchi-Kalacha, including 400 children, were moved to schools in Ghafurov"
    assert [(f.measure, f.value) for f in read_figures(clause)] == [("displaced", 1100)]


def test_the_other_side_s_wounded_told_with_also_add_to_the_total_so_far():
    four = fig(4, order=1)
    also = fig(2, "KG", order=2, additive=True)
    assert fuse_measure([fig(6, order=0), four, also], "fatalities").total == 6
    assert fuse_measure([four, also], "fatalities").total == 6
    joint = replace(fig(3, order=1), text="three servicemen from both sides were killed", both_sides=True)
    assert fuse_measure([joint, fig(1, "KG", order=2, additive=True)], "fatalities").total == 3


def test_an_earlier_unsided_report_gives_way_to_a_side_s_revised_toll():
    earlier = Figure("injured", 2, False, None, "о двух раненых", superseded=True, article_id="a", order=1)
    revised = Figure("injured", 3, False, "TJ", "пострадавших трое", claimant="TJ", revision=True,
                     article_id="a", order=2)
    fused = fuse_measure([earlier, revised], "injured")
    assert (fused.total, fused.by_side) == (3, {"TJ": 3})


def test_a_count_of_no_other_dead_does_not_hold_the_wounded_man_who_died():
    # "who was wounded ... died" then "Two people were wounded. No one else was hurt.": the zero
    # counts no dead, so the man who died leaves the two wounded
    def figure(measure, value, order, **flags):
        return Figure(measure=measure, value=value, vague=False, side=None, text="", article_id="a",
                      order=order, **flags)

    died = figure("fatalities", 1, 100, of_wounded=True)
    wounded = figure("injured", 2, 500)
    nobody_dead = figure("fatalities", 0, 501)
    nobody_hurt = figure("injured", 0, 502)
    fused = fuse_figures([died, wounded, nobody_dead, nobody_hurt])
    assert (fused["fatalities"].total, fused["injured"].total) == (1, 1)


@pytest.mark.parametrize("text, expected", [
    # the clash between head and number; the clash's toll has no side of the people named before
    ("A Kyrgyz villager wounded in a shootout on the border with Tajikistan has died in hospital, officials "
     "said Thursday, bringing the death toll from Tuesday's clash to three, including a Tajik border guard.",
     [("fatalities", 1, "KG"), ("fatalities", 3, None)]),
    # whose people a head-first count counts, named after "the number of"
    ("His death brings the number of Kyrgyz citizens killed in the clash to two.", [("fatalities", 2, "KG")]),
    # an aside in brackets after the people counted
    ("Some 2,340 people (about 560 households) were temporarily evacuated from Katran.", [("displaced", 2340, None)]),
])
def test_head_first_tolls_and_asides(text, expected):
    assert [(f.measure, f.value, f.side) for f in read_figures(text)] == expected


def test_a_third_child_revises_the_count_of_children_to_three():
    from geo.language.en.numbers import read_figures as read_en
    got = [(f.measure, f.value) for f in read_en(
        "The Health Ministry later said a third child, a 9-year-old girl, had been treated for shrapnel wounds.")]
    assert got == [("injured", 3)]
    assert [(f.measure, f.value) for f in read_en("a second child was wounded")] == [("injured", 2)]


@pytest.mark.parametrize("pack_code, clause, side", [
    ("en", "There were no casualties among Tajik citizens.", "TJ"),
    ("en", "On the Kyrgyz side, no one was hurt.", "KG"),
    ("ru", "Пограничные войска сообщили, что среди таджикских граждан пострадавших нет.", "TJ"),
    ("ru", "С кыргызской стороны пострадавших нет.", "KG"),
])
def test_a_zero_takes_the_side_named_beside_it(pack_code, clause, side):
    """ "no casualties among Tajik citizens" says nothing of the Kyrgyz side: the zero is the Tajik side's."""
    from geo.language import get_pack
    figures = get_pack(pack_code).read_figures(clause)
    assert figures and {(f.value, f.side) for f in figures} == {(0, side)}


@pytest.mark.parametrize("clause, expected", [
    # the aside closed by its comma describes the man counted: one wounded, not two
    ("One Kyrgyz guard, a 22-year-old private, was hit in the shoulder and taken to hospital.",
     [("injured", 1, False, "KG")]),
    # ... a list is no aside: four dead
    ("Two soldiers, a civilian and a child were killed.", [("fatalities", 4, False, None)]),
    ("One soldier, a civilian and a child were wounded.", [("injured", 3, False, None)]),
    ("His nephew, who was with the flock, received a graze to the arm.", [("injured", 1, False, None)]),
])
def test_an_aside_after_a_count_is_the_same_person_and_a_list_is_not(clause, expected):
    assert values(clause) == expected


@pytest.mark.integration
@pytest.mark.parametrize("lang, text, published, injured", [
    ("en", "Kyrgyz and Tajik border guards exchanged fire overnight near the village of Ak-Suu in Leilek "
           "district, wounding one serviceman on each side, officials in both countries said on Wednesday.",
     "2024-09-18", 2),
    ("ru", "Ночью у села Ак-Суу произошла перестрелка между пограничниками, ранены по одному военнослужащему с "
           "каждой стороны.", "2024-09-18", 2),
])
def test_a_count_on_each_side_is_twice_the_number(geoparser, lang, text, published, injured):
    incidents = incidents_of(geoparser, text, dt.date.fromisoformat(published), lang)
    assert [(i.place.name, i.injured) for i in incidents] == [("Ak-Suu", injured)]


@pytest.mark.integration
def test_a_subject_s_second_predicate_is_its_own_statement(geoparser):
    """ "Tajikistan's border troops ... blamed Kyrgyz servicemen ... and said one Tajik serviceman had been
    wounded": the Tajik troops speak of their own man; with the Kyrgyz private, two wounded. "some 3 km
    (2 miles) from the Tajik village of Muchun" only measures where the pasture lies."""
    text = ("The shooting began at about 11:40 p.m. on Tuesday on a hillside pasture above the Kyrgyz village of "
            "Ak-Suu, some 3 km (2 miles) from the Tajik village of Muchun, Kyrgyzstan's border service said. "
            "One Kyrgyz guard, a 22-year-old private, was hit in the shoulder. Tajikistan's border troops, in a "
            "statement released in Dushanbe, blamed Kyrgyz servicemen for starting the shooting and said one "
            "Tajik serviceman had been wounded.")
    incidents = incidents_of(geoparser, text, dt.date(2024, 9, 18))
    assert [(i.place.name, i.injured) for i in incidents] == [("Ak-Suu", 2)]


@pytest.mark.parametrize("clause, expected", [
    # an ordinal with its noun revises the count ...
    ("A second Kyrgyz border guard was wounded in the shootout", [("injured", 2, False, "KG")]),
    # ... but after "and" it is one more person
    ("Two Kyrgyz shepherds were killed and a third was wounded", [("fatalities", 2, False, "KG"),
                                                                  ("injured", 1, False, "KG")]),
    ("about 80 residents of the upper street of Ak-Suu, mostly women and children, spent the night of the "
     "shooting with relatives in Razzakov", [("displaced", 80, False, None)]),
])
def test_ordinals_that_revise_or_add_and_a_night_spent_away(clause, expected):
    assert values(clause) == expected


@pytest.mark.integration
def test_a_side_reporting_a_wounded_serviceman_counts_its_own(geoparser):
    """ "The Tajik side reported one wounded serviceman": the noun after the head-first figure is its own
    forces; with the Kyrgyz service's revised two, three wounded."""
    text = ("A second Kyrgyz border guard was wounded in the shootout near the village of Ak-Suu in Leilek district "
            "on the night of September 17-18, the Border Service reported. The Tajik side reported one wounded "
            "serviceman. No deaths have been reported by either side.")
    incidents = incidents_of(geoparser, text, dt.date(2024, 9, 19))
    assert [(i.place.name, i.injured) for i in incidents] == [("Ak-Suu", 3)]


@pytest.mark.parametrize("clause, expected", [
    ("A 46-year-old Kyrgyz shepherd was shot on a pasture near Kara-Shybak", [("injured", 1, False, "KG")]),
    ("A shepherd was shot at but not hit.", []),
    ("A border guard was shot dead.", [("fatalities", 1, False, None)]),
])
def test_a_man_shot_is_wounded_unless_shot_at_or_shot_dead(clause, expected):
    assert values(clause) == expected


def test_a_man_shot_who_died_later_is_a_death():
    from geo.language import get_pack
    clause = "A 46-year-old shepherd was shot on a pasture near Kara-Shybak and died in hospital four days later"
    assert get_pack("en").died_of_wounds.search(clause)


def test_a_figure_record_written_before_the_described_flag_is_fused_as_it_was():
    """Stored mention events of earlier versions lack ``described``; they keep the reading they were fused with."""
    from geo.incidents.codec import figure_from_dict, figure_to_dict

    count = Figure("injured", 2, False, None, "Two civilians were injured", article_id="a", order=1)
    detail = Figure("injured", 1, False, None, "A 34-year-old woman sustained shrapnel wounds", article_id="a",
                    order=2, described=True)
    assert figure_from_dict(figure_to_dict(detail)) == detail
    old_record = {k: v for k, v in figure_to_dict(detail).items() if k != "described"}
    assert figure_from_dict(old_record).described
    assert fuse_measure([count, figure_from_dict(old_record)], "injured").total == 2
    plain = {k: v for k, v in figure_to_dict(replace(detail, text="one person was hurt")).items() if k != "described"}
    assert not figure_from_dict(plain).described
