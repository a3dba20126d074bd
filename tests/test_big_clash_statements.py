"""Statements of the big clashes: rosters of the dead by village, villagers' deaths, the speaker after the story.

Government statements of the 2021 and 2022 fighting name the dead village by village rather than give each village
a number, count the dead as the residents of a village, and put the speaker after the account it gives ("The fight
started when Tajik villagers cut the cables ..., the Leilek district administration said, adding that ..."). Each
test checks one reading, in English and in Russian where both write it. The texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from geo.language import get_pack
from tests.test_counted_and_typed import by_place, incidents_of

_RU_ROSTER = (
    "Душанбе, 16.09.2022 /АНИ «Ховар»/. Сегодня утром подразделения вооруженных сил Кыргызской Республики открыли "
    "огонь по селам Ворух, Чоркух и Сурх города Исфара, а также по джамоату Овчи-Калача.\n\n"
    "В результате провокации погибли семь граждан Таджикистана. Среди погибших — жители Воруха Абдурахим Саидов, "
    "1961 года рождения, Мавлуда Каримова, 1990 года рождения, и 13-летний Фирдавс Назаров; житель Чоркуха Бахтиёр "
    "Шарипов, 1975 года рождения; жительница джамоата Овчи-Калача Гулчехра Рахимова, 1983 года рождения. При "
    "отражении нападения на заставу «Ходжаи Аъло» погибли двое военнослужащих.\n\n"
    "Ранения получили 16 человек: в Ворухе — семь, в Чоркухе — три, в Овчи-Калача — два, на заставе «Ходжаи Аъло» "
    "— четверо военнослужащих."
)

_EN_ROSTER = (
    "DUSHANBE, Sept 16 (Reuters) - Kyrgyz forces shelled the Tajik villages of Vorukh, Chorkuh and Surkh and the "
    "Ovchi-Kalacha jamoat on Friday, killing seven Tajik citizens, the government of Tajikistan said.\n\n"
    "Among the dead were Vorukh residents Abdurahim Saidov, 61, Mavluda Karimova, 32, and 13-year-old Firdavs "
    "Nazarov; Chorkuh resident Bakhtiyor Sharipov, 47; and Ovchi-Kalacha resident Gulchehra Rakhimova, 39. Two "
    "border guards were killed defending the Khoja-Alo outpost, it said."
)


def test_a_roster_of_the_dead_by_village_gives_each_village_its_named_dead(geoparser):
    for text, lang in ((_RU_ROSTER, "ru"), (_EN_ROSTER, "en")):
        found = by_place(incidents_of(geoparser, text, dt.date(2022, 9, 16), lang))
        deaths = {name: (found[name].fatalities, found[name].fatalities_by_side)
                  for name in ("Vorukh", "Chorkuh", "Ovchi-Kalacha")}
        assert deaths == {"Vorukh": (3, {"TJ": 3}), "Chorkuh": (1, {"TJ": 1}), "Ovchi-Kalacha": (1, {"TJ": 1})}, lang
        assert found["Khoja-Alo"].fatalities == 2, lang


def test_the_last_item_of_a_list_of_the_wounded_by_place_is_read_past_its_closing_quote():
    read = get_pack("ru").read_share_after
    assert read("» — четверо военнослужащих.") == (4, len("» — четверо"))
    assert read(" — в 12 км") is None


def test_the_roster_reader_wants_a_head_and_two_villages_with_named_people():
    read = get_pack("en").read_roster
    sentence = "Among the dead were Vorukh residents Ali Saidov and Mavluda Karimova; Chorkuh resident Bakhtiyor Sharipov."
    places = [(sentence.index("Vorukh"), sentence.index("Vorukh") + 6),
              (sentence.index("Chorkuh"), sentence.index("Chorkuh") + 7)]
    assert read(sentence, places) == ("fatalities", [2, 1])
    plain = "The wounded were taken from Vorukh to Chorkuh by Ali Saidov and Mavluda Karimova."
    assert read(plain, [(plain.index("Vorukh"), plain.index("Vorukh") + 6),
                        (plain.index("Chorkuh"), plain.index("Chorkuh") + 7)]) is None


def test_a_local_body_that_speaks_after_its_story_is_the_speaker_not_the_side_in_the_story(geoparser):
    text = ("BISHKEK, Sept 11 (Reuters) - Villagers from Kyrgyzstan and Tajikistan fought with stones at a pumping "
            "station on Tuesday, officials said.\n\n"
            "Residents of Kulundu and the neighbouring Tajik village of Ovchi-Kalacha clashed at the station at "
            "around 11 a.m. The fight started when Tajik villagers cut the power cables to two of the station's "
            "four pumps, the Leilek district administration said, adding that three residents of Kulundu were "
            "injured and taken to the district hospital. Tajikistan's Sughd region administration said two "
            "residents of Ovchi-Kalacha were hurt.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 9, 11)))
    assert found["Kulundu"].injured == 5


def test_a_death_told_person_by_person_after_the_lede_s_toll_is_no_second_death(geoparser):
    text = ("BISHKEK, Sept 11 (Reuters) - A Kyrgyz border guard was shot dead and another wounded late on Tuesday "
            "near the border with Tajikistan, Kyrgyz officials said on Wednesday.\n\n"
            "Kyrgyzstan's border service said a patrol vehicle came under automatic fire from the Tajik side on the "
            "road near the village of Maksat. A 23-year-old junior sergeant died of his wounds on the way to "
            "hospital in Razzakov, while a 21-year-old private wounded in the leg was in a stable condition, it said.")
    maksat = by_place(incidents_of(geoparser, text, dt.date(2024, 9, 11)))["Maksat"]
    assert (maksat.fatalities, maksat.injured) == (1, 1)


def test_one_of_the_wounded_who_died_still_leaves_the_wounded(geoparser):
    text = ("BISHKEK, Sept 11 (Reuters) - A Kyrgyz border guard was shot dead and two others wounded late on Tuesday "
            "near the village of Maksat, the border service said.\n\n"
            "One of the wounded guards died of his wounds in hospital in Razzakov on Wednesday, it said.")
    maksat = by_place(incidents_of(geoparser, text, dt.date(2024, 9, 11)))["Maksat"]
    assert (maksat.fatalities, maksat.injured) == (2, 1)


def test_the_dead_counted_as_one_country_s_villagers_are_that_country_s(geoparser):
    ru = ("Баткен, 12 мая — 24.kg. Вечером 11 мая у села Ак-Сай погибли двое жителей Ак-Сая, сообщили в "
          "Баткенской районной больнице.")
    en = ("BATKEN, May 12 (24.kg) - Two residents of Ak-Sai were killed near the village on Saturday evening, "
          "the Batken district hospital said.")
    for text, lang in ((ru, "ru"), (en, "en")):
        ak_sai = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 12), lang))["Ak-Sai"]
        assert (ak_sai.fatalities, ak_sai.fatalities_by_side) == (2, {"KG": 2}), lang


def test_a_ministry_table_by_village_makes_each_village_an_event_when_the_prose_names_only_the_district(geoparser):
    text = ("Information on citizens affected in Batken district as of 08:00 on May 5, 2025\n\n"
            "The Ministry of Health informs that as a result of mortar shelling of settlements of Batken district "
            "from the territory of the Republic of Tajikistan on May 4, 2025, 6 citizens of the Kyrgyz Republic died "
            "and 20 citizens received injuries.\n\n"
            "Distribution of victims by settlement:\n\n"
            "| No. | Settlement | Died | Injured |\n"
            "| 1 | Kok-Tash | 4 | 12 |\n"
            "| 2 | Ak-Tatyr | 2 | 8 |\n"
            "| | Total | 6 | 20 |\n")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 5, 5)))
    assert set(found) == {"Kök-Tash", "Ak-Tatyr"}
    figures = {name: (i.fatalities, i.injured, i.fatalities_by_side) for name, i in found.items()}
    assert figures == {"Kök-Tash": (4, 12, {"KG": 4}), "Ak-Tatyr": (2, 8, {"KG": 2})}


def test_a_numbered_list_of_the_dead_gives_each_village_its_dead(geoparser):
    text = ("DUSHANBE, 12.07.2023 /NIAT Khovar/. On July 11 the Kyrgyz side opened fire on the villages of Khoja-Alo "
            "and Chorkuh with mortars.\n\n"
            "As a result, 3 (three) citizens of the Republic of Tajikistan died:\n"
            "1. Saidov Nurali, born 1970, resident of the village of Khoja-Alo, killed in the yard of his house;\n"
            "2. Saidova Gulnora, born 1975, resident of the village of Khoja-Alo, killed on July 11;\n"
            "3. Kholov Bakhtiyor, born 1982, resident of the village of Chorkuh, killed while working in his field.\n")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 7, 12)))
    assert (found["Khoja-Alo"].fatalities, found["Chorkuh"].fatalities) == (2, 1)
    assert found["Khoja-Alo"].fatalities_by_side == {"TJ": 2}


def test_each_village_of_a_list_takes_one_each_and_the_numbers_told_respectively(geoparser):
    ru = ("Баткен, 12 мая — 24.kg. Вечером 11 мая таджикские военные обстреляли из минометов села Ак-Татыр и "
          "Самаркандык. В Ак-Татыре и Самаркандыке погибли по одному человеку, раненых там девять и семь "
          "соответственно.")
    en = ("BATKEN, May 12 (24.kg) - Tajik troops shelled Ak-Tatyr and Samarkandyk with mortars on Saturday evening. "
          "In Ak-Tatyr and Samarkandyk one person was killed in each, and nine and seven were wounded respectively.")
    for text, lang in ((ru, "ru"), (en, "en")):
        found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 12), lang))
        figures = {name: (found[name].fatalities, found[name].injured) for name in ("Ak-Tatyr", "Samarkandyk")}
        assert figures == {"Ak-Tatyr": (1, 9), "Samarkandyk": (1, 7)}, lang


def test_villages_listed_line_by_line_with_their_evacuees_are_places_and_shares(geoparser):
    text = ("BISHKEK (AKIpress) - 7,400 residents of Leilek district have been evacuated after the shelling of "
            "Kulundu and Arka on Tuesday, the Ministry of Emergency Situations said.\n"
            "By village:\n"
            "Kulundu – 4,100 people;\n"
            "Arka – 3,300.\n")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 9)))
    assert (found["Kulundu"].displaced, found["Arka"].displaced) == (4100, 3300)


def test_a_place_line_keeps_its_counts_after_the_dash(geoparser):
    text = ("DUSHANBE, October 9 (Asia-Plus) - Kyrgyz mortar fire hit Ovchi-Kalacha and Khistevarz on Tuesday, "
            "the Sughd administration said. The breakdown:\n"
            "Ovchi-Kalacha jamoat – 2 killed, 5 wounded;\n"
            "Khistevarz – 1 killed, 3 wounded.\n")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 9)))
    figures = {name: (found[name].fatalities, found[name].injured) for name in ("Ovchi-Kalacha", "Khistevarz")}
    assert figures == {"Ovchi-Kalacha": (2, 5), "Khistevarz": (1, 3)}


def test_a_wounded_list_by_place_after_a_total_sentence_and_the_dead_named_in_pairs(geoparser):
    text = ("ДУШАНБЕ, 12.05.2024 /НИАТ «Ховар»/. 11 мая кыргызские военные обстреляли села Ходжаи Аъло и Чоркух.\n\n"
            "В селе Ходжаи Аъло погибли житель села Саидов Нурали, 1963 года рождения, и его внучка Рахимова Фарзона. "
            "В селе Чоркух погиб водитель Каримов Бахтиёр.\n\n"
            "Число раненых составляет 9 человек. Больше всего пострадавших в Ходжаи Аъло — шесть человек; в Чоркухе "
            "ранены трое.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 12), "ru"))
    figures = {name: (found[name].fatalities, found[name].injured) for name in ("Khoja-Alo", "Chorkuh")}
    assert figures == {"Khoja-Alo": (2, 6), "Chorkuh": (1, 3)}


def test_a_lede_total_that_the_villages_below_sum_is_no_village_s_and_its_side_is_theirs(geoparser):
    text = ("24.kg, БИШКЕК — Пять граждан Кыргызстана погибли, 14 получили ранения в результате обстрелов сел Кок-Таш "
            "и Ак-Сай 11 мая, сообщили в Минздраве.\n\n"
            "Больше всего пострадал Кок-Таш: здесь погибли трое, ранены 9 человек. В Ак-Сае Минздрав насчитал двоих "
            "погибших и пятерых раненых.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 11), "ru"))
    figures = {name: (found[name].fatalities, found[name].injured, found[name].fatalities_by_side)
               for name in ("Kök-Tash", "Ak-Sai")}
    assert figures == {"Kök-Tash": (3, 9, {"KG": 3}), "Ak-Sai": (2, 5, {"KG": 2})}


def test_a_two_measure_breakdown_gives_each_village_both_counts(geoparser):
    text = ("BISHKEK, July 11 (Reuters) - Fighting on the Kyrgyz-Tajik border killed seven Kyrgyz citizens on "
            "Tuesday, the health ministry said. In a breakdown by village, it said four people were killed and 12 "
            "wounded in Kok-Tash and three killed and 11 wounded in Ak-Sai, where mortar rounds hit houses.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 7, 11)))
    figures = {name: (found[name].fatalities, found[name].injured) for name in ("Kök-Tash", "Ak-Sai")}
    assert figures == {"Kök-Tash": (4, 12), "Ak-Sai": (3, 11)}


def test_a_live_page_kept_as_json_entries_is_read_entry_by_entry(tmp_path):
    from geo.articles import read_articles

    page = {"id": "live-1", "title": "Live updates: fighting on the border", "published": "2024-08-20T13:55:00Z",
            "entries": [{"time": "13:55", "headline": "Truce agreed", "text": "The two sides agreed to stop firing."},
                        {"time": "09:10", "text": "Mortar rounds hit Kok-Tash, the border service said."}]}
    path = tmp_path / "live.json"
    path.write_text(__import__("json").dumps(page), encoding="utf-8")
    article = read_articles([path]).articles[0]
    assert article.text.split("\n\n") == ["13:55\nTruce agreed\nThe two sides agreed to stop firing.",
                                          "09:10\nMortar rounds hit Kok-Tash, the border service said."]
    assert article.title == "Live updates: fighting on the border"
