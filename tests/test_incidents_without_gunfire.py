"""Incidents without gunfire: land, water, trees and property, and the people of two villages hurt in them.

Border quarrels often involve no shot: an orchard cut down on disputed land, poles of a power line dismantled, a canal
bank dug up, a field ploughed, a road or a construction site blocked. Their reports tell the toll in the village
people's own words ("two men from Lakkon and one resident of Chilgazi", «Среди пострадавших — 49-летний житель ...»),
each government's count of its own villagers, a claim about the other village, and a teenager who "was not hurt".
Each test checks one reading, in English and in Russian where both write it. The texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.articles import Article
from geo.geoparse.roles import DESTINATION
from geo.language import get_pack
from tests.test_counted_and_typed import by_place, figures_of, incidents_of, roles_of


def _found(geoparser, text: str, lang: str = "en", date: dt.date = dt.date(2024, 5, 22)):
    return by_place(incidents_of(geoparser, text, date, lang))


# --- property destroyed by hand is an incident --------------------------------------------------------------------------


@pytest.mark.parametrize("lang, text", [
    ("en", "Residents of a neighbouring Tajik jamoat cut down 74 poplars and 12 apricot trees on a disputed plot."),
    ("en", "Villagers found 37 apricot trees cut down overnight in an orchard."),
    ("en", "A group of citizens of Tajikistan dismantled nine reinforced concrete poles of a power line."),
    ("en", 'Citizens of the Kyrgyz Republic dug up the bank of the "Jar-Aryk" irrigation canal.'),
    ("en", "A tractor from the Tajik side ploughed up a field of young wheat."),
    ("en", "Residents, using an excavator, damaged around 150 metres of the bank of an irrigation canal."),
    ("ru", "Неизвестные повредили около 150 метров ограждения."),
    ("ru", "Ночью неизвестные вырубили в саду местного фермера 34 абрикосовых дерева."),
    ("ru", "Жители соседнего села спилили около 60 тополей."),
    ("ru", "Граждане Таджикистана демонтировали девять железобетонных опор ЛЭП."),
    ("ru", "Жители соседнего села раскопали берег канала «Джар-Арык» и соорудили запруду."),
    ("ru", "Граждане Кыргызстана самовольно вспахали земельный участок и уничтожили молодой абрикосовый сад."),
])
def test_property_destroyed_by_hand_is_a_border_incident(lang, text):
    assert get_pack(lang).triggers["border_incident_protest"].search(text)


@pytest.mark.parametrize("lang, text", [
    ("en", "The two officials cut a ribbon and planted two apricot trees at the neutral strip."),
    ("ru", "Стороны договорились высадить 10 тысяч саженцев абрикоса."),
    # (woodcutters' violation, told with their detention)
    ("ru", "Двое граждан Кыргызстана незаконно вырубили 17 деревьев арчи."),
    ("en", "The two men were illegally cutting trees on Kyrgyz land."),
    # (a shell's damage, told without its metres)
    ("en", "Rounds landed in the village, damaging houses and a section of the irrigation canal."),
])
def test_trees_planted_or_cut_by_woodcutters_are_no_incident(lang, text):
    assert not get_pack(lang).triggers["border_incident_protest"].search(text)


def test_an_orchard_cut_down_is_an_incident_at_its_village(geoparser):
    found = _found(geoparser, "Border Service: 86 trees felled near Kyzyl-Bel\n\nResidents of a neighbouring Tajik "
                              "jamoat cut down 74 poplars and 12 apricot trees on a disputed plot near Kyzyl-Bel village "
                              "of Batken district on Sunday, April 13. No one was hurt.\n", date=dt.date(2025, 4, 14))
    assert found["Kyzyl-Bel"].event_type == "border_incident_protest"
    assert found["Kyzyl-Bel"].injured == 0


def test_a_blocked_construction_site_names_where_the_lede_s_fight_was(geoparser):
    # the lede names only the attackers' home; the next sentence names the scene
    text = ("Villagers clash over bypass near Vorukh\n\nResidents of Tajikistan's Vorukh exclave and a neighboring "
            "Kyrgyz village have fought with stones at the construction site of a bypass road on Saturday, leaving six "
            "people injured, officials said.\n\nThe confrontation began when several dozen Vorukh residents blocked the "
            "site on the outskirts of the Kyrgyz village of Tash-Tumshuk in Batken district with boulders and two trucks.\n")
    found = _found(geoparser, text, date=dt.date(2023, 8, 7))
    assert sorted(found) == ["Tash-Tumshuk"]
    assert found["Tash-Tumshuk"].injured == 6


# --- the lede names the scene, the next paragraph the fight -------------------------------------------------------------


def test_a_two_sentence_lede_s_scene_takes_the_fight_told_next(geoparser):
    text = ("Конфликт на пастбище\n\nКонфликт из-за пастбища произошел в понедельник, 3 июля, на джайлоо у села "
            "Кара-Шыбак Чон-Алайского района. Власти обеих стран сообщают о пострадавших со своей стороны.\n\nПо данным "
            "акимиата, около 10:00 на пастбище пришли около 50 жителей соседнего джамоата. Словесная перепалка переросла "
            "в драку.\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 7, 4))
    assert found["Kara-Shibak"].event_type == "border_incident_protest"


# --- the people of two villages, hurt together ---------------------------------------------------------------------------


def test_counts_of_two_villages_people_hurt_together_are_summed():
    read = get_pack("ru").read_figures
    assert figures_of(read, "Двое мужчин из Лаккона и один житель Чилгази получили ушибы.") == [("injured", 3, None)]
    assert figures_of(read, "Трое жителей Кулунду и двое жителей Максата получили ранения.") == [("injured", 5, None)]
    assert figures_of(read, "Ранения получили трое жителей Кулунду и двое жителей Максата.") == [("injured", 5, None)]
    # (not each village's evacuees: their counts are each village's share)
    assert ("displaced", 855, None) not in figures_of(read, "640 жителей Чоркуха и 215 жителей Сурха были эвакуированы.")


def test_a_count_of_one_country_s_villagers_is_its_side_beside_the_other_s_own(geoparser):
    text = ("Драка у Лаккона\n\nВо вторник, 21 мая, на пастбище у села Лаккон чабаны из Лаккона и жители кыргызского села "
            "Кара-Бак поспорили из-за выпаса, спор перерос в драку.\n\nВ медпункт джамоата Лаккон обратились двое мужчин "
            "из Лаккона и один житель Чилгази, пасший там скот родственников, — с ушибами и ссадинами.\n\nКыргызская сторона сообщила о своих "
            "пострадавших: в потасовке пострадал и один житель Кара-Бака.\n")
    assert _found(geoparser, text, "ru")["Lakkon"].injured == 4


def test_villagers_treated_at_a_clinic_are_hurt_and_each_government_s_count_adds_up(geoparser):
    text = ("Villagers hurl stones over plowed-up field\n\nResidents of Kyrgyz and Tajik villages pelted each other with "
            "stones Wednesday on the edge of the village of Maksat, officials in both countries said.\n\nFour residents "
            "of Maksat were injured, Kyrgyz officials said. The administration of Tajikistan's Bobojon Ghafurov district "
            "said three residents of Ovchi-Kalacha, including a 16-year-old boy, were treated at a local clinic.\n")
    assert _found(geoparser, text, date=dt.date(2024, 4, 17))["Maksat"].injured == 7


def test_servicemen_of_no_named_side_are_the_speaker_s_own(geoparser):
    text = ("Перестрелка у Кара-Бака\n\nВечером 8 октября таджикские военнослужащие открыли огонь по кыргызскому наряду "
            "у села Кара-Бак. Ранен один военнослужащий, сообщила Пограничная служба ГКНБ.\n\nПограничные войска "
            "Таджикистана утверждают, что огонь первыми открыли кыргызские пограничники. «Ранения получили двое "
            "таджикских военнослужащих», — говорится в заявлении.\n")
    assert _found(geoparser, text, "ru", dt.date(2023, 10, 9))["Kara-Bak"].injured == 3


def test_a_count_of_another_country_s_village_told_by_a_town_is_a_claim(geoparser):
    text = ("Драка в Арке\n\nВ воскресенье, 19 ноября, на окраине села Арка произошло столкновение жителей Арки и "
            "соседнего таджикского села Хистеварз, в ход пошли камни. Кыргызская сторона сообщает о четырех пострадавших "
            "жителях Арки, среди них 70-летняя женщина, которой камень попал в голову. Трое пострадавших госпитализированы "
            "в Лейлекскую районную больницу, еще одному помощь оказали на месте.\n\nПо данным администрации "
            "Бободжон-Гафуровского района, пострадали трое жителей Хистеварза. В Арке же, утверждают в Гафурове, "
            "«пострадал лишь один человек».\n")
    assert _found(geoparser, text, "ru", dt.date(2023, 11, 20))["Arka"].injured == 7


# --- one person told in the shapes these reports use ---------------------------------------------------------------------


def test_a_list_of_one_person_then_two_more_is_three(geoparser):
    text = ("Драка у Ак-Татыра\n\nВечером в понедельник, 15 апреля, на окраине села Ак-Татыр жители соседнего села "
            "спилили около 60 тополей, завязалась потасовка, в ход пошли камни. Среди пострадавших — 49-летний житель "
            "Ак-Татыра Эркинбек Т.: у него перелом двух ребер. Еще двое молодых людей, 19 и 23 лет, получили ушибы.\n")
    assert _found(geoparser, text, "ru", dt.date(2024, 4, 16))["Ak-Tatyr"].injured == 3


@pytest.mark.parametrize("text", [
    "Военнослужащий получил резаную рану предплечья.",
    "В результате 62-летний житель джамоата Лаккон получил черепно-мозговую травму.",
])
def test_one_wound_told_with_its_kind_is_one_hurt(text):
    assert figures_of(get_pack("ru").read_figures, text) == [("injured", 1, None)]


def test_the_one_treated_on_the_spot_is_a_part_of_the_count():
    parts = get_pack("ru").read_treated_parts(
        "Трое пострадавших госпитализированы в Лейлекскую районную больницу, еще одному помощь оказали на месте.")
    assert [(value, further) for _, _, value, further in parts] == [(3, False), (1, True)]


def test_a_person_among_those_counted_is_no_figure_of_their_own():
    assert figures_of(get_pack("ru").read_figures, "Сообщается о четырех пострадавших жителях Арки, среди них "
                                                  "70-летняя женщина, которой камень попал в голову.") == [
        ("injured", 4, None)]


def test_the_rest_of_a_count_treated_at_a_clinic_is_no_count_of_its_own():
    read = get_pack("en").read_figures
    assert figures_of(read, "The remaining two were treated at the Vorukh rural health center.") == []
    assert figures_of(read, "Four of them were taken to Isfara and two were treated at the jamoat's local hospital.") \
        == []
    assert figures_of(read, "Three residents were treated at a local clinic.") == [("injured", 3, None)]


def test_an_approximate_part_of_the_evacuated_is_no_lower_total():
    assert figures_of(get_pack("en").read_figures, "About 1,100 residents of Maksat, among them around 460 children, "
                                                  "were taken by bus to schools.") == [("displaced", 1100, None)]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Пасший скот 15-летний подросток не пострадал."),
    ("en", "The 15-year-old boy who was herding the sheep was not hurt."),
])
def test_the_one_person_present_unhurt_is_a_zero(lang, text):
    assert figures_of(get_pack(lang).read_figures, text) == [("fatalities", 0, None), ("injured", 0, None)]


# --- places around the scene --------------------------------------------------------------------------------------------


def test_the_school_of_a_village_the_evacuees_were_taken_to_is_their_destination(geoparser):
    parsed = geoparser.parse(Article(id="t", text="В селе Арка Лейлекского района в воскресенье произошла драка, в ход "
                                                  "пошли камни. Из домов на двух крайних улицах в школу села Жаны-Жер "
                                                  "временно вывезены 23 человека.", date=dt.date(2023, 11, 20), lang="ru"))
    [destination] = [m for m in parsed.mentions if m.text == "Жаны-Жер"]
    assert destination.role_reason == DESTINATION


def test_both_ends_of_a_road_told_as_linking_two_places_are_no_scene(geoparser):
    roles = roles_of(geoparser, "Жители кыргызского села Ак-Сай в пятницу перекрыли дорогу, связывающую анклав Ворух с "
                                "Исфарой, и забросали камнями автомобили.", "ru")
    assert ("Исфарой", "context") in roles and ("Ак-Сай", "incident") in roles


def test_a_tract_measured_from_a_village_by_a_comparative_is_no_distant_namesake(geoparser):
    found = _found(geoparser, "Инцидент у Андарака\n\n23 марта 2024 года около 16:00 в местности «Кара-Жыгач» в 3 км "
                              "юго-западнее н.п. Андарак неустановленные лица, прибывшие со стороны Республики "
                              "Таджикистан, угнали с пастбища 27 голов скота, принадлежащих жителю н.п. Андарак.\n",
                   "ru", dt.date(2024, 3, 25))
    assert sorted(found) == ["Andarak"]


def test_the_village_across_the_line_from_an_orchard_is_no_scene(geoparser):
    found = _found(geoparser, "Trees felled in Arka\n\nOn Monday, July 7, residents of the village of Arka found 37 "
                              "apricot trees cut down overnight in an orchard next to the line with the Tajik village of "
                              "Khistevarz.\n", date=dt.date(2025, 7, 8))
    assert sorted(found) == ["Arka"]


def test_a_later_paragraph_s_dated_event_does_not_date_an_earlier_one(geoparser):
    text = ("Two incidents on the border\n\nThe first took place on Saturday, July 5, on a high summer pasture about 18 "
            "kilometers south of the village of Kyzyl-Eshme. According to the district administration, herders from "
            "Kyzyl-Eshme and herders from Tajikistan quarreled over access to a spring. The argument turned into a "
            "fistfight.\n\nThe second incident came on Monday, July 7. Residents of the village of Arka found 37 apricot "
            "trees cut down overnight in an orchard. Some of them threw stones toward a group of people on the Tajik "
            "side.\n")
    found = _found(geoparser, text, date=dt.date(2025, 7, 8))
    assert found["Kyzyl-Eshme"].date_start == dt.date(2025, 7, 5)


# --- the second sample: who is counted, and by whom -----------------------------------------------------------------------


def test_the_other_country_s_villager_taken_to_hospital_is_no_part_of_the_count_before(geoparser):
    text = ("Stones fly over saplings\n\nVillagers from Kyrgyzstan and Tajikistan pelted each other with stones on April 15 "
            "at the edge of the Kyrgyz village of Ak-Tatyr, officials said.\n\nThe Batken regional police department said "
            "two men from Ak-Tatyr, aged 34 and 57, were struck by stones. In a statement issued in Dushanbe, Tajikistan's "
            "Border Troops said one resident of Khoja-Alo had been hospitalized in the town of Isfara with a head wound.\n")
    assert _found(geoparser, text, date=dt.date(2024, 4, 16))["Ak-Tatyr"].injured == 3


def test_two_people_told_one_after_the_other_are_two_and_the_other_village_s_one_more(geoparser):
    read = get_pack("en").read_figures
    first, second = read("A 44-year-old driver suffered cuts to his face from broken glass, and a 16-year-old passenger "
                         "in his car was struck on the shoulder, the statement said.")
    assert (first.value, second.value, second.additive) == (1, 1, True)
    text = ("Cars stoned near Ovchi-Kalacha\n\nThe incident took place on Sunday evening on the road at the edge of "
            "Ovchi-Kalacha. Tajikistan's border troops said that a group of young men had thrown stones at passing cars. "
            "A 44-year-old driver suffered cuts to his face from broken glass, and a 16-year-old passenger in his car was "
            "struck on the shoulder, the statement said.\n\nKyrgyzstan's border service said that a resident of Kulundu "
            "was also hit by a stone and was treated by a local doctor.\n")
    assert _found(geoparser, text, date=dt.date(2025, 7, 14))["Ovchi-Kalacha"].injured == 3


def test_a_quotation_of_the_statement_is_its_speaker_s_claim(geoparser):
    text = ("Canal dammed near Surkh\n\nFive residents of Surkh jamoat were injured yesterday in a brawl with residents of "
            "a neighbouring Kyrgyz village over an irrigation canal near Surkh, the Border Troops of Tajikistan told "
            "Asia-Plus.\n\nWhen Surkh residents came to remove the dam, the Kyrgyz side began throwing stones, the Border "
            "Troops said. \"According to preliminary data, up to ten Kyrgyz citizens also received injuries,\" the "
            "statement says.\n\nThe Border Service of Kyrgyzstan gave a different account. Two residents of Samarkandyk "
            "and a Kyrgyz border guard were injured, the Kyrgyz statement said.\n")
    assert _found(geoparser, text, date=dt.date(2023, 6, 9))["Surkh"].injured == 8


def test_a_person_named_with_initial_and_birth_year_between_commas_is_one_hurt():
    assert figures_of(get_pack("en").read_figures, "The shepherd, Ergeshbai M., born in 1989, was beaten with sticks.") \
        == [("injured", 1, None)]


def test_the_other_government_s_version_goes_to_the_fight_its_paragraph_names(geoparser):
    text = ("Два инцидента в Исфаре\n\nВ понедельник, 10 июля, в двух джамоатах Исфары произошли два инцидента.\n\nОколо "
            "14:00 жители кыргызского села Самаркандык пришли к водозабору в джамоате Сурх, началась потасовка, в ход "
            "пошли камни. Среди пострадавших – 41-летний житель Сурха с черепно-мозговой травмой, а также двое его "
            "односельчан с ушибами.\n\nВторой инцидент произошел в тот же день, около 23:00, в соседнем джамоате Чоркух. "
            "В селе Чоркух подожгли сарай местного жителя, пострадавших нет. Пожарные из Исфары потушили огонь к часу "
            "ночи.\n\nВ полпредстве президента Кыргызстана в Баткенской области утверждают, что потасовку начали жители "
            "Сурха. По данным полпредства, травмы получили двое жителей Самаркандыка.\n")
    found = _found(geoparser, text, "ru", dt.date(2023, 7, 11))
    assert sorted(found) == ["Chorkuh", "Surkh"]
    assert (found["Surkh"].injured, found["Chorkuh"].injured) == (5, 0)


@pytest.mark.parametrize("text, value", [
    ("36-летний электромонтер, которому камнем пробили голову, доставлен в больницу.", 1),
    ("В одной из машин разбито лобовое стекло, осколками поранило 52-летнего водителя и его 9-летнюю внучку.", 2),
])
def test_a_wound_told_by_the_blow_or_an_impersonal_verb_counts_its_people(text, value):
    assert figures_of(get_pack("ru").read_figures, text) == [("injured", value, None)]


@pytest.mark.parametrize("text", [
    "Жители таджикского джамоата Лаккон выкорчевали опоры строящейся линии электропередачи.",
    "Привязав тросы к трактору, они вырвали из земли семь уже установленных опор.",
])
def test_poles_pulled_out_are_an_incident(text):
    assert get_pack("ru").triggers["border_incident_protest"].search(text)


@pytest.mark.parametrize("text, name", [
    ("Грузовики с урожаем не могли выехать из села в сторону Исфары в течение всего дня, после того как жители "
     "перекрыли дорогу.", "Исфары"),
    ("В Баткенском районе Sputnik пояснили, что жители Кок-Таша вышли на дорогу в знак протеста.", "Баткенском районе"),
])
def test_places_of_travellers_speakers_and_the_other_party_are_no_scene(geoparser, text, name):
    assert (name, "context") in roles_of(geoparser, text, "ru")


def test_teenagers_from_the_neighbouring_village_are_its_people_not_its_event(geoparser):
    found = _found(geoparser, "Камни у Арки\n\nВ воскресенье, 14 мая, около 20:00 на участке дороги у села Арка подростки "
                              "из соседнего таджикского села Хистеварз забросали камнями три проезжавших автомобиля.\n",
                   "ru", dt.date(2023, 5, 15))
    assert sorted(found) == ["Arka"]


def test_a_body_named_as_an_actor_in_the_paragraph_before_a_quotation_is_not_its_speaker(geoparser):
    text = ("Задержание жителей Гулхоны\n\nПограничные войска ГКНБ Таджикистана заявили о задержании трех жителей джамоата "
            "Гулхона. 14 июля около 10:00 жители села Гулхона заготавливали сено у села. К ним подошел наряд кыргызских "
            "пограничников, который заставил их пройти на заставу.\n\n«При задержании граждане Таджикистана подверглись "
            "избиению, двое из них получили телесные повреждения», — отмечается в заявлении.\n\n62-летний мужчина с "
            "переломом предплечья госпитализирован в центральную больницу.\n")
    assert _found(geoparser, text, "ru", dt.date(2024, 7, 16))["Gulkhona"].injured == 2


def test_a_date_that_tells_no_event_does_not_make_the_zero_after_it_background(geoparser):
    text = ("Распахали поле у Максата\n\nВ субботу, 13 мая, около 9:00 жители таджикского джамоата на двух тракторах "
            "распахали около 2,5 гектара засеянного пшеницей поля на окраине села Максат. Поле принадлежит местному "
            "фермеру, пшеница была посеяна в марте. Пострадавших нет.\n")
    assert _found(geoparser, text, "ru", dt.date(2023, 5, 15))["Maksat"].injured == 0


# --- from batch 177's brief reading ---------------------------------------------------------------------------------------


def test_people_from_a_village_who_came_to_fell_trees_are_its_people_not_its_event(geoparser):
    text = ("Poplars felled at Arka\n\nKyrgyzstan's border service said about 60 people from the Tajik village of "
            "Khistevarz came with chainsaws to the edge of the Kyrgyz village of Arka on Monday morning and felled some "
            "200 poplars. When villagers ran out to stop them, the two crowds pelted each other with stones.\n")
    assert sorted(_found(geoparser, text, date=dt.date(2025, 5, 13))) == ["Arka"]


def test_an_act_told_as_done_without_violence_reports_none_there(geoparser):
    text = ("Fence torn down in Surkh\n\nOn October 9 a group of citizens of Kyrgyzstan tore down the fence of a garden "
            "plot in the village of Surkh and pelted residents with stones.\n\nAccording to the Kyrgyz side, the fence had "
            "been put up near the village of Samarkandyk, and residents of Samarkandyk removed it \"without any "
            "violence\".\n")
    assert sorted(_found(geoparser, text, date=dt.date(2023, 10, 10))) == ["Surkh"]


@pytest.mark.parametrize("text", [
    "Жители заметили, как группа людей валит деревянные опоры линии электропередачи.",
    "Повалены и частично распилены четыре опоры, оборваны около 200 метров провода.",
])
def test_poles_felled_in_any_tense_are_an_incident(text):
    assert get_pack("ru").triggers["border_incident_protest"].search(text)


def test_a_village_the_line_runs_along_is_no_scene(geoparser):
    assert ("Мучун", "context") in roles_of(
        geoparser, "Группа людей валит опоры линии электропередачи, проходящей вдоль границы с таджикским селом Мучун.",
        "ru")
