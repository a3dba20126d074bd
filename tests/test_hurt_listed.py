"""The hurt listed and shared: counts told in parts, by where the hurt were treated, as a list, or as a total's shares.

Regional reporting rarely gives the hurt in one plain sentence. It tells them by hospital ("three were taken to the
Batken regional hospital, two more are being treated in Isfara, one was treated on the spot"), lists them one by one
under "Among the injured:" (a Markdown list, an HTML list, lines opened by dashes), or gives a total and then its parts
("Nine people were injured ... Two men were taken to hospital; the others received medical aid on the spot"). Each
test checks one reading: the parts add up to one count, a list counts its lines, a part whose rest is named is no
lower total, and the places the parts name (where the hurt live, a capital that said nothing, a quarrel that stayed
one, a past war in a relative clause) are no scenes. The texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from geo.incidents.events.figures import _figures
from geo.incidents.model import Clause
from geo.language import get_pack
from tests.test_counted_and_typed import by_place, incidents_of


def _brawl(body: str, lang: str = "en") -> str:
    lede = ("Residents of Kök-Tash in Batken district and Chorku in Isfara district clashed on Monday over a water "
            "channel, using stones. " if lang == "en" else
            "Жители сел Кок-Таш Баткенского района и Чорку Исфаринского района в понедельник подрались из-за арыка, в "
            "ход пошли камни. ")
    dateline = "Bishkek, June 3, 2025 /24.kg/" if lang == "en" else "Бишкек, 3 июня 2025 года /24.kg/"
    return f"Brawl at Kok-Tash\n\n{dateline}\n\n{lede}{body}\n"


def _injured(geoparser, text: str, place: str = "Kök-Tash", lang: str = "en") -> int | None:
    return by_place(incidents_of(geoparser, text, dt.date(2025, 6, 3), lang))[place].injured


# --- the hurt told by where they were treated --------------------------------------------------------------------------


def test_the_pack_reads_each_count_told_with_its_treatment():
    en = get_pack("en").read_treated_parts
    assert [(value, further) for _, _, value, further in en(
        "Three were taken to the Batken hospital, two more were treated in Isfara and a third was treated on the "
        "spot")] == [(3, False), (2, True), (1, True)]
    assert en("Two of them were admitted to the Batken regional hospital") == []  # a share of a count told before
    assert en("Four were hospitalised. Two were discharged on Tuesday.")[1:] == []  # some of those taken there
    ru = get_pack("ru").read_treated_parts
    assert [value for _, _, value, _ in ru(
        "В Баткенскую областную больницу доставлены трое, ещё двое получили помощь на месте")] == [3, 2]
    assert [value for _, _, value, _ in ru("Все трое получили медицинскую помощь, один госпитализирован")] == [1]


def test_counts_by_treatment_in_one_sentence_are_parts_of_one_count(geoparser):
    assert _injured(geoparser, _brawl(
        "Three people were taken to the Batken regional hospital, two were treated on the spot.")) == 5
    assert _injured(geoparser, _brawl(
        "Three of the injured were taken to the Batken regional hospital; the other two were treated on the spot.")) \
        == 5
    assert _injured(geoparser, _brawl(
        "Трое доставлены в Баткенскую областную больницу, двоим помощь оказана на месте.", "ru"), lang="ru") == 5


def test_a_total_told_before_its_parts_by_treatment_stands(geoparser):
    # (the parts were each read as a lower total: 2)
    assert _injured(geoparser, _brawl(
        "Пострадали пять человек. Трое доставлены в Баткенскую областную больницу, двоим помощь оказана на месте.",
        "ru"), lang="ru") == 5
    # ... and a larger total stands over parts that do not reach it
    assert _injured(geoparser, _brawl(
        "Six people were hurt. Three were taken to the Batken regional hospital, two more were treated in "
        "Isfara.")) == 6


def test_further_counts_in_the_next_sentences_continue_the_parts(geoparser):
    text = _brawl("Трое пострадавших доставлены в Баткенскую областную больницу, один из них — 36-летний мужчина — "
                  "помещен в реанимацию. Еще двое госпитализированы в Исфаринскую центральную районную больницу. "
                  "Одному мужчине медицинская помощь оказана на месте, от госпитализации он отказался.", "ru")
    assert _injured(geoparser, text, lang="ru") == 6


def test_ordinal_parts_count_one_each(geoparser):
    text = _brawl("Two of the wounded men were taken to the central hospital in Isfara and a third was flown by "
                  "helicopter to the regional hospital in Khujand, while a fourth was treated on the spot.")
    assert _injured(geoparser, text) == 4


def test_all_of_a_count_treated_is_no_further_part(geoparser):
    text = _brawl("Пострадали трое жителей Кок-Таша. Все трое получили медицинскую помощь, один госпитализирован с "
                  "травмой головы.", "ru")
    assert _injured(geoparser, text, lang="ru") == 3


# --- the hurt listed one by one -----------------------------------------------------------------------------------------


def test_a_markdown_list_under_among_the_injured_counts_its_lines(geoparser):
    text = _brawl("Among the injured:\n\n- a 34-year-old resident of Kök-Tash, a head wound;\n"
                  "- a 17-year-old teenager, bruises;\n- a 52-year-old man, a broken arm.")
    assert _injured(geoparser, text) == 3


def test_among_them_lists_those_the_sentence_before_counted(geoparser):
    text = _brawl("Several people were injured. Among them:\n\na 34-year-old resident of Kök-Tash, a head injury;\n"
                  "his son, 11, bruises;\na 52-year-old woman, cuts from broken glass;\na 27-year-old man, a broken "
                  "arm.")
    assert _injured(geoparser, text) == 4


def test_a_russian_list_under_a_counted_heading_counts_its_lines(geoparser):
    text = _brawl("Среди пострадавших — трое жителей Баткенского района:\n"
                  "- 45-летний житель Кок-Таша — перелом двух ребер;\n"
                  "- его 19-летний племянник — ушибы головы;\n"
                  "- 33-летний мужчина из Ак-Сая — сотрясение мозга.", "ru")
    assert _injured(geoparser, text, lang="ru") == 3


def test_a_list_whose_lines_count_groups_is_not_a_count_of_lines(geoparser):
    # (two lines, five people: the lines are no persons to count)
    text = _brawl("Among the injured:\n\n- two residents of Kök-Tash, head wounds;\n- three residents of Ak-Sai, "
                  "bruises.")
    assert _injured(geoparser, text) != 2
    assert get_pack("en").event_words.hurt_list_heading.search("Among the dead:").group("dead") == "dead"


# --- a total and its parts ----------------------------------------------------------------------------------------------


def test_a_part_taken_to_hospital_whose_rest_is_named_leaves_the_total(geoparser):
    text = _brawl("Семь человек пострадали. Пятеро из них — жители Кок-Таша, еще двое — жители соседнего Ак-Сая. "
                  "По данным полпредства, драка началась около 19:20. Между сторонами завязалась перепалка. Всего у "
                  "канала собралось около 60 человек. Четверо пострадавших госпитализированы в Баткенскую областную "
                  "больницу. Остальным помощь оказали на месте.", "ru")
    assert _injured(geoparser, text, lang="ru") == 7
    text = _brawl("Nine people were injured. Six of the injured are residents of Kök-Tash. Two men, aged 44 and 19, "
                  "were taken to the Batken regional hospital; the others received medical aid on the spot.")
    assert _injured(geoparser, text) == 9


def test_where_the_rest_of_the_hurt_live_is_no_scene(geoparser):
    text = ("9 injured in mass brawl near Maksat\n\nBISHKEK (AKIpress) - Nine citizens of Kyrgyzstan were injured "
            "in a mass brawl at the water intake of Maksat village in Leilek district on Monday evening. Stones were "
            "used.\n\nSix of the injured are residents of Maksat, the other three live in the neighbouring village "
            "of Kulundu and had come to the intake to help relatives.\n")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 7, 16)))
    assert "Kulundu" not in found and found["Maksat"].injured == 9


# --- places the reporting names that are no scenes ----------------------------------------------------------------------


def test_a_capital_that_said_nothing_is_no_scene(geoparser):
    text = ("Драка у Арки\n\nБишкек, 23 марта 2024 года /Fergana/\n\nВ пятницу у села Арка Лейлекского района "
            "подрались жители приграничных сел, в ход пошли камни, пострадали четверо. О том, сколько пострадало "
            "жителей Арки, в Худжанде не сообщали.\n")
    assert "Khujand" not in by_place(incidents_of(geoparser, text, dt.date(2024, 3, 23), "ru"))


def test_a_quarrel_that_ended_without_a_fight_is_no_event(geoparser):
    text = ("Драка чабанов у Кара-Шыбака\n\nБишкек, 23 июня 2025 года /Азаттык/\n\nВ воскресенье у села Кара-Шыбак "
            "подрались кыргызские и таджикские чабаны, пострадали трое. Аким района отметил, что это уже второй спор в "
            "этом сезоне: в начале июня у соседнего села Кызыл-Эшме чабаны двух стран поспорили из-за водопоя, но "
            "тогда обошлось без драки.\n")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 6, 23), "ru"))
    assert "Kyzyl-Eshme" not in found and "Kara-Shibak" in found
    pack = get_pack("en")
    assert pack.not_event.search("herders argued over a watering place, but it ended without a fight") is not None


def test_a_past_war_told_in_a_whose_clause_is_background(geoparser):
    text = ("Суд обязал выплатить компенсацию\n\nБишкек, 18 февраля 2026 года /Kloop/\n\nБаткенский районный суд "
            "17 февраля удовлетворил иски 12 семей из села Ак-Сай, чьи дома были сожжены во время вооруженного "
            "конфликта на кыргызско-таджикской границе в сентябре 2022 года.\n")
    assert incidents_of(geoparser, text, dt.date(2026, 2, 18), "ru") == []


def test_a_round_up_that_says_no_case_involved_force_covers_each_detention(geoparser):
    text = ("Border digest: eleven violators detained in a week\n\nDUSHANBE, March 17, 2025, Asia-Plus -- Eleven "
            "people were detained for illegally crossing the border in the Sughd region from March 10 to 16. None of "
            "the cases involved the use of force, both services said.\n\n"
            "**March 10.** Two residents of Unji were detained by Kyrgyz border guards near the Kyrgyz village of "
            "Arka. They were handed over to the Tajik side four hours later.\n\n"
            "**March 14.** Kyrgyz border guards detained two Tajik citizens collecting firewood near Patar. Both were "
            "released after checks.\n")
    assert incidents_of(geoparser, text, dt.date(2025, 3, 17)) == []
    # (a detention whose own paragraph tells a beating stays an incident)
    beaten = text.replace("Both were released after checks.", "One of them was beaten with rifle butts.")
    assert "Patar" in by_place(incidents_of(geoparser, beaten, dt.date(2025, 3, 17)))


# --- what the study of the second batch added ---------------------------------------------------------------------------


def test_no_other_casualties_lowers_no_count_told(geoparser):
    wounded = ("Two guards wounded near Kara-Bak\n\nBISHKEK, May 5, 2025 (AKIpress) - Two Kyrgyz border guards were "
               "wounded on Sunday when shots were fired from the Tajik side at a post near Kara-Bak. There were no "
               "other casualties, the service said.\n")
    incident = by_place(incidents_of(geoparser, wounded, dt.date(2025, 5, 5)))["Kara-Bak"]
    assert (incident.injured, incident.fatalities) == (2, 0)
    killed = wounded.replace("Two guards wounded", "Guard killed").replace("Two Kyrgyz border guards were wounded",
                                                                          "A Kyrgyz border guard was killed")
    assert by_place(incidents_of(geoparser, killed, dt.date(2025, 5, 5)))["Kara-Bak"].injured == 0
    assert [f.together for f in get_pack("ru").read_figures("Других пострадавших нет") if f.measure == "injured"][0]


def test_a_past_war_told_by_last_month_is_background(geoparser):
    text = ("Market brawl\n\nBISHKEK, July 17 (Reuters) - A brawl at a border market in the village of Samarkandyk "
            "injured at least eight people on Sunday, in the latest flare-up on a frontier where fighting last "
            "September killed around 100 people. No one was killed, both sides said.\n")
    incident = by_place(incidents_of(geoparser, text, dt.date(2023, 7, 17)))["Samarkandyk"]
    assert (incident.fatalities, incident.injured) == (0, 8)


def test_kin_counted_after_a_possessive(geoparser):
    figures = get_pack("en").read_figures("killing a farmer and wounding his three grandsons, the ministry said")
    assert [(f.measure, f.value) for f in figures] == [("fatalities", 1), ("injured", 3)]


def test_a_routine_round_up_in_other_words_covers_each_detention(geoparser):
    text = ("Border Service sums up November\n\nBishkek, December 2, 2025 /Kabar/. In November the Border Service "
            "detained 94 violators of the state border in Batken region.\n\nIn the Batken district, 52 people were "
            "detained, including 17 near Ak-Sai and 11 near Samarkandyk.\n\n\"All detentions were carried out in a "
            "routine manner. No physical force, special means or weapons were used,\" the Border Service said.\n")
    assert incidents_of(geoparser, text, dt.date(2025, 12, 2)) == []


def test_the_other_side_s_claim_in_quotes_names_whose_people_it_counts():
    figures = get_pack("ru").read_figures("Таджикские СМИ пишут, что конфликт начали жители Ак-Татыра, а среди "
                                          "кыргызских граждан «пострадали не более двух человек».")
    assert [(f.measure, f.value, f.side) for f in figures] == [("injured", 2, "KG")]


def test_a_village_told_after_a_district_lede_is_the_scene_of_the_fight_told_next(geoparser):
    text = ("Mass brawl near Kulundu\n\n03/06/25 10:47, Bishkek – 24.kg news agency\n\nA mass brawl between residents "
            "of border villages of Kyrgyzstan and Tajikistan took place in Leilek district of Batken region.\n\n"
            "According to it, on June 2, at about 17.40, a quarrel broke out between residents of Kulundu village and "
            "citizens of Tajikistan near an irrigation canal on the outskirts of Kulundu. Up to 150 people gathered at "
            "the scene. The parties threw stones at each other.\n\nTwo residents of Kulundu, aged 19 and 46, were "
            "taken to the Leilek district hospital in Razzakov. Three more people received medical aid on the spot.\n")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 6, 3)))
    assert set(found) == {"Kulundu"} and found["Kulundu"].injured == 5


def test_one_person_told_with_a_wound_and_a_hospital_is_a_further_part(geoparser):
    en = get_pack("en").read_treated_parts("A 34-year-old man with a head injury was taken to the Batken hospital.")
    assert [(value, further) for _, _, value, further in en] == [(1, True)]
    ru = get_pack("ru").read_treated_parts("16-летний подросток с переломом предплечья проходит лечение в больнице.")
    assert [(value, further) for _, _, value, further in ru] == [(1, True)]
    # (an age after "aged" is no count of the treated)
    assert get_pack("en").read_treated_parts("two men aged 27 and 31 were treated for bruises") == []
    text = _brawl("Two residents of Kök-Tash, aged 19 and 46, were taken to the Batken regional hospital. A 16-year-old "
                  "teenager with a fractured forearm is being treated at the Sulukta city hospital. Three more people "
                  "received medical aid on the spot.")
    assert _injured(geoparser, text) == 6


def test_among_them_with_no_sentence_before_counts_nothing_and_does_not_fail():
    # (the list's heading opens the text: no count before it says whom it lists)
    text = "Among them:\n\n- a 34-year-old man, a head wound;\n- a 17-year-old boy, bruises.\n"
    clause = Clause(0, text.index(":") + 1, 0, 0, "news", "")
    assert _figures("t", clause, text, get_pack("en"), 0, previous_sentences=lambda count=2: []) == []
