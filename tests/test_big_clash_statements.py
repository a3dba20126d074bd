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
