"""Border incidents told in documents other than the plain news item: official releases, digests, live blogs.

The texts are written for these tests, in the shapes in which the news of an incident reaches readers: a foreign
ministry's note of protest with numbered claims, a border service's release, a day's digest whose other items are sport
and road accidents, a live page with timestamped entries (oldest or newest first) and its corrections, and a report
with an "UPDATE" paragraph. Each test checks one structural reading: an item's figures stay in their item, a
correction supersedes what it corrects, a digest's unrelated item lends nothing, and the places a document names
around the news (the two sides of a stretch of the border, the unit of a village, a place people were moved to) are
not made scenes.
"""

from __future__ import annotations

import datetime as dt

from geo.incidents.events.figures import _figures
from geo.incidents.model import Clause
from geo.incidents.structure import newest_first_entries
from geo.language import get_pack
from tests.test_counted_and_typed import by_place, incidents_of


def _read(text: str, lang: str):
    """(measure, value, side, home) of each figure of ``text`` read as one clause."""
    clause = Clause(0, len(text), 0, 0, "news", "")
    return [(f.measure, f.value, f.side, f.home) for f in _figures("t", clause, text, get_pack(lang), 0)]


# --- a note of protest: each numbered claim is its own event -----------------------------------------------------------


def test_the_hurt_of_a_numbered_claim_stay_in_their_claim(geoparser):
    text = ("Note of protest handed to the Kyrgyz side\n\n"
            "DUSHANBE, 15.03.2023 /NIAT \"Khovar\"/. A note of protest was handed to the Charge d'Affaires of the "
            "Kyrgyz Republic in connection with violations of the state border on March 13-14, 2023.\n\n"
            "1. On March 13, 2023, at 21:15, servicemen of the Kyrgyz side opened fire from small arms at the Tajik "
            "border post located on the outskirts of the village of Surkh. As a result, a junior sergeant received a "
            "gunshot wound of the right thigh.\n\n"
            "2. On March 14, 2023, from 08:10 to 08:35, a drone of the Kyrgyz side flew over the village of Chorkuh. "
            "There were no casualties.\n\n"
            "3. On March 14, 2023, at about 11:30, on the section of the road running along the Kyrgyz village of "
            "Ak-Sai, a group of citizens of the Kyrgyz Republic pelted with stones the cars of citizens of the "
            "Republic of Tajikistan. Two citizens of the Republic of Tajikistan, residents of Surkh born in 1968 and "
            "1997, received injuries of the head and face.\n\n"
            "4. The Tajik side demands a thorough investigation of these incidents.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 3, 15)))
    assert found["Surkh"].injured == 1
    assert found["Ak-Sai"].injured == 2


def test_a_through_gunshot_wound_of_a_soldier_named_by_rank_and_initials_is_one_hurt():
    read = get_pack("en").read_figures
    assert [(f.measure, f.value) for f in read(
        "As a result of the shelling, Junior Sergeant A.T., born in 2004, received a through gunshot wound of the left "
        "shoulder.")] == [("injured", 1)]


# --- corrections and updates ---------------------------------------------------------------------------------------------


def test_a_live_correction_of_an_earlier_entry_s_toll_replaces_it(geoparser):
    text = ("LIVE: Night mortar fire at Ak-Sai\n\n"
            "Entries are oldest first. All times are Bishkek time.\n\n"
            "07:05 - Kyrgyzstan's Border Service says Tajik units fired mortar rounds at about 01:20 at the village of "
            "Ak-Sai. The head of the rural district said a round hit a house, killing two residents.\n\n"
            "09:40 - Women and children are being moved out of Ak-Sai.\n\n"
            "11:15 - Correction: In our 07:05 entry we reported, citing the head of the rural district, that two "
            "people had been killed in Ak-Sai. Kyrgyzstan's Health Ministry says one person died; the second man is "
            "alive and in hospital in Batken.\n\n"
            "16:20 - The firing has stopped.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 17)))
    assert found["Ak-Sai"].fatalities == 1


def test_a_zero_later_in_an_update_paragraph_corrects_a_death_reported_before(geoparser):
    text = ("Tajik border guards open fire on Kyrgyz shepherds near Arka\n\n"
            "Tajik border guards opened fire on two shepherds near the village of Arka in Leilek district today. "
            "One of the shepherds, a 47-year-old man, died on the spot, the head of the aiyl okmotu said.\n\n"
            "UPDATE (21:10). The regional administration has corrected its earlier information. The 47-year-old "
            "shepherd is alive: he sustained a gunshot wound and was taken to hospital in Isfana. \"No one was "
            "killed,\" the deputy governor said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2019, 9, 19)))
    assert found["Arka"].fatalities == 0


def test_only_a_zero_later_in_an_update_paragraph_is_read_as_the_correction():
    text = ("UPDATE (21:10). The regional administration has corrected its earlier information. Two border guards "
            "and a resident of the village were wounded. No one was killed.")
    pack = get_pack("en")
    wounded_at = text.index("Two border")
    wounded = _figures("t", Clause(wounded_at, text.index(" No one"), 2, 0, "news", ""), text, pack, 0)
    zero = _figures("t", Clause(text.index("No one"), len(text), 3, 0, "news", ""), text, pack, 0)
    assert [(f.value, f.revision) for f in wounded if f.measure == "injured"] == [(3, False)]
    assert [(f.measure, f.value, f.revision) for f in zero] == [("fatalities", 0, True)]


# --- sides told once for a list, and the people of a government's own count ----------------------------------------------


def test_the_next_count_of_a_list_is_of_the_side_named_for_the_first():
    assert _read("Таким образом, на кыргызской стороне погиб один военнослужащий, еще двое ранены.", "ru") == [
        ("fatalities", 1, "KG", None), ("injured", 2, "KG", None)]


def test_a_summary_led_by_its_side_counts_that_side():
    assert _read("Итог дня по кыргызской стороне: погиб один пограничник, двое ранены.", "ru") == [
        ("fatalities", 1, "KG", None), ("injured", 2, "KG", None)]


def test_an_attribution_to_both_border_services_leaves_each_side_its_own_count(geoparser):
    text = ("Kyrgyz guard killed in border shoot-out\n\n"
            "A Kyrgyz border guard was shot dead and two Tajik border guards were wounded on Sunday in an exchange of "
            "fire near Ak-Sai, a village in Kyrgyzstan's Batken district, according to statements from the two "
            "countries' border services. Each side accused the other of firing first.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 14)))
    assert found["Ak-Sai"].fatalities == 1
    assert found["Ak-Sai"].injured == 2


def test_a_total_that_both_governments_give_is_the_sum_of_their_villages(geoparser):
    text = ("Seven injured in a brawl over water\n\n"
            "DUSHANBE, June 10. Seven people were injured on Saturday evening in a mass brawl between residents of the "
            "Tajik village of Chorkuh and the Kyrgyz village of Samarkandyk over water, according to the authorities "
            "of both countries.\n\n"
            "According to the Sughd administration's press service, four residents of Chorkuh received head injuries. "
            "The press service also said that \"several citizens of the Kyrgyz side\" had been injured.\n\n"
            "The office of the Kyrgyz president's envoy in Batken region said three residents of Samarkandyk had been "
            "injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 10)))
    assert found["Chorkuh"].injured == 7


def test_an_attempt_to_beat_someone_hurts_no_one_and_no_wounded_reported_is_a_zero():
    read = get_pack("en").read_figures
    assert read("Moreover, the Tajiks tried to beat up a citizen of Kyrgyzstan.") == []
    assert [(f.measure, f.value, f.side) for f in read("No wounded or injured from the Kyrgyz side were reported.")] \
        == [("injured", 0, "KG")]


# --- a digest's unrelated items -------------------------------------------------------------------------------------------


def test_a_match_score_in_a_digest_is_no_fight(geoparser):
    text = ("Central Asia today\n\n"
            "## Stones thrown at cars near Ak-Sai\n\n"
            "Residents of Ak-Sai threw stones at two cars on Tuesday, injuring two people, police said.\n\n"
            "## Football\n\n"
            "Champion Istiklol beat Khujand 3-1 in Dushanbe and leads the table with nine points.")
    found = by_place(incidents_of(geoparser, text, dt.date(2020, 6, 17)))
    assert sorted(found) == ["Ak-Sai"]


def test_a_score_in_russian_is_no_fight_and_a_count_of_times_is_no_score():
    not_event = get_pack("ru").folded.not_event
    assert not_event.search("«истиклол» обыграл «худжанд» со счетом 3:1")
    assert not get_pack("en").folded.not_event.search("they beat the man 2-3 times")


def test_a_road_accident_s_heading_lends_its_toll_to_no_border_event(geoparser):
    text = ("# Главное за день: 18 июля\n\n"
            "## Драка из-за воды у Ак-Сая\n\n"
            "Вечером в среду жители села Ак-Сай и соседнего таджикского джамоата Чоркух подрались у "
            "водораспределителя. Пятеро жителей Ак-Сая получили травмы.\n\n"
            "## Борцы привезли из Алматы четыре медали\n\n"
            "Кыргызские борцы завоевали одно золото и две бронзы на турнире в Алматы.\n\n"
            "## На трассе Бишкек — Ош погибли два человека\n\n"
            "Около 14:00 на трассе Бишкек — Ош в Токтогульском районе столкнулись легковой автомобиль и грузовик. "
            "Водитель легковушки и его пассажир погибли на месте.\n\n"
            "## Жара до +41\n\n"
            "В ближайшие три дня на юге ожидается до +41 градуса.")
    found = by_place(incidents_of(geoparser, text, dt.date(2019, 7, 18), lang="ru"))
    assert found["Ak-Sai"].fatalities is None
    assert found["Ak-Sai"].injured == 5


# --- places a document names around the news --------------------------------------------------------------------------------


def test_the_two_sides_of_a_stretch_of_the_border_are_no_scenes(geoparser):
    text = ("LIVE: Mortar fire on the Batken section\n\n"
            "We are following events on the border between Kyrgyzstan's Batken district and Tajikistan's Isfara after "
            "a night of mortar fire.\n\n"
            "Kyrgyzstan's Border Service says Tajik units fired mortar rounds at about 01:20 at the village of Ak-Sai. "
            "Two residents were wounded.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 17)))
    assert sorted(found) == ["Ak-Sai"]


def test_a_jamoat_where_evacuees_were_moved_to_relatives_is_no_scene(geoparser):
    text = ("Shelling of Surkh\n\n"
            "Kyrgyz units shelled the village of Surkh on Tuesday night, Tajikistan's Border Troops said. A boy was "
            "wounded. About 210 residents of the village have been moved to relatives in the centre of the Chorkuh "
            "jamoat.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 17)))
    assert sorted(found) == ["Surkh"]


def test_a_village_told_by_another_name_is_still_mapped_at_its_jamoat(geoparser):
    text = ("Tajik account of the night\n\n"
            "The press center of Tajikistan's Border Troops says that at about 00:15 Kyrgyz units shelled the village "
            "of Somoniyon, also known as Maisky, in the Chorkuh jamoat of Isfara, with mortars. A 16-year-old boy was "
            "wounded by shrapnel.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 17)))
    assert sorted(found) == ["Somoniyon"]
    assert found["Somoniyon"].place.stand_in_unit == "Chorkuh"


def test_a_village_s_rural_municipality_is_coarser_than_the_village(geoparser):
    text = ("Drone strike\n\n"
            "A drone dropped an explosive device on a farm building in the village of Kayragach, in Leilek's Beshkent "
            "municipality, the Kyrgyz Border Service said on Saturday. A barn burned down.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 26)))
    assert "Beshkent" not in found


def test_a_wire_live_page_with_four_digit_times_newest_first_is_read_backwards():
    text = ("LIVE: fire on the border\n\n"
            "1415 GMT\nA third resident has been wounded.\n\n"
            "1010 GMT\nThe number evacuated has risen to 1,100.\n\n"
            "0305 GMT\nTajik forces opened fire on a Kyrgyz post. Two guards were wounded.\n")
    assert len(newest_first_entries(text)) == 3
    assert newest_first_entries(text.replace("1415 GMT", "0105 GMT")) == []


def test_one_of_the_wounded_who_died_in_a_hospital_of_his_country_is_of_that_country(geoparser):
    text = ("Обстрел у Ак-Сая: хроника (онлайн)\n\n"
            "Время бишкекское, новые записи сверху.\n\n"
            "11:20\n\nОдин из раненых пограничников скончался в Баткенской областной больнице, сообщили в Минздраве.\n\n"
            "08:30\n\nТаджикская сторона дает свою версию. По данным Пограничных войск Таджикистана, кыргызские "
            "военнослужащие открыли огонь из пулеметов по селу Сурх. Ранена 58-летняя жительница села.\n\n"
            "06:40\n\nПограничная служба Кыргызстана: около 01:50 военнослужащие Таджикистана открыли огонь из "
            "минометов по позициям кыргызских пограничников на окраине села Ак-Сай. Ранены два пограничника.\n")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 10), lang="ru"))
    assert found["Ak-Sai"].fatalities == 1
    assert found["Surkh"].fatalities is None


# --- releases whose fight names no place ----------------------------------------------------------------------------------


def test_the_district_of_a_village_the_gazetteer_lacks_takes_an_event_told_at_the_border(geoparser):
    text = ("A skirmish took place between Kyrgyz border guards and residents of Tajikistan\n\n"
            "A skirmish took place on the Kyrgyz-Tajik border between residents of Tajikistan and Kyrgyz border guards."
            "\n\n\"On May 7, 2024, an incident involving the use of firearms took place on the Kyrgyz-Tajik section of "
            "the state border. Near the Zorbulak village of Leylek district of Batken region, the Kyrgyz border guard "
            "noticed Tajik shepherds grazing their cattle on the territory of Kyrgyzstan.\n\n"
            "\"One of the shepherds fired 2-3 shots at the Kyrgyz border guard,\" the report said.\n\n"
            "According to preliminary information, one citizen of Tajikistan was injured in the leg.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 8)))
    assert sorted(found) == ["Leilek District"]
    assert found["Leilek District"].injured == 1


def test_an_article_with_no_scene_takes_the_district_of_its_unknown_tract(geoparser):
    text = ("Border Service tells details of border incident\n\n"
            "According to the Border Service, citizens of Tajikistan began to clean sand at a site in Zorbulak area "
            "of Batken district.\n\n"
            "Moreover, the Tajiks tried to beat up a citizen of Kyrgyzstan. During the conflict, the border guards of "
            "the neighboring country fired shots towards the Kyrgyz Republic.\n\n"
            "No wounded or injured from the Kyrgyz side were reported.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 7, 24)))
    assert sorted(found) == ["Batken District"]
    assert found["Batken District"].injured == 0


def test_a_russian_stretch_named_for_its_tract_is_mapped_at_the_district_after_it(geoparser):
    text = ("Заявление Пограничных войск\n\n"
            "8 июля в 14 часов 55 минут четверо кыргызских пограничников незаконно пересекли государственную границу "
            "на участке Зорбулак района Деваштич Согдийской области.\n\n"
            "На предупреждение таджикских пограничников кыргызские военнослужащие открыли стрельбу из автоматического "
            "оружия.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 7, 8), lang="ru"))
    assert sorted(found) == ["Devashtich District"]


def test_posts_fired_at_in_a_list_are_each_a_scene_though_a_located_post_is_told_later(geoparser):
    text = ("Таджикская сторона обстреляла пограничные заставы\n\n"
            "Бишкек, 29.04.21. Около 17.00 таджикская сторона открыла огонь по пограничным заставам «Зорбулак» и "
            "«Кашкабулак» Баткенского района, а также на пограничные посты «Эркинсай» и «Тоголок».\n\n"
            "В ответ отряд специального назначения захватил пограничную заставу «Ходжа Аълло» Республики "
            "Таджикистан.")
    found = incidents_of(geoparser, text, dt.date(2021, 4, 29), lang="ru")
    names = {i.place.name for i in found}
    assert "Khoja-Alo" in names
    assert names & {"Zorbulak", "Kashkabulak", "Erkinsay", "Togolok"}


def test_the_most_recent_incident_is_the_news_after_a_comparison_with_an_older_one(geoparser):
    text = ("At least 60 wounded in clash on Tajik-Kyrgyz border\n\n"
            "Violence along the Kyrgyz-Tajik border left 60 wounded in what has been described as a worse flare-up "
            "than a violent clash in March that left at least 25 people injured. The most recent incident appears to "
            "have arisen as rival villagers clashed near the Tajik village of Hoja-Alo.")
    found = by_place(incidents_of(geoparser, text, dt.date(2014, 5, 9)))
    assert sorted(found) == ["Khoja-Alo"]
    assert found["Khoja-Alo"].injured == 60


def test_the_home_of_a_driver_hurt_as_a_result_two_sentences_on_is_no_scene(geoparser):
    text = ("Информационное сообщение Пограничной службы\n\n"
            "1. 10 апреля 2023 года около 14:00 в селе Самаркандек Баткенского района группа граждан Таджикистана "
            "забросала камнями автомашину. Поводом послужил спор из-за места стоянки у рынка. В результате 45-летний "
            "водитель, житель села Кызыл-Жол, получил травму головы.\n\n"
            "2. 13 апреля 2023 года в 23:20 в районе села Кызыл-Бель Баткенского района с таджикской стороны был "
            "открыт огонь по пограничному наряду. Пострадавших нет.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 4, 14), lang="ru"))
    assert "Kyzyl-Jol" not in found
    assert found["Samarkandyk"].injured == 1


def test_a_corrected_count_takes_the_side_of_the_count_it_withdraws(geoparser):
    text = ("Перестрелка у Арки. Хроника\n\n"
            "**09:40** Пограничная служба подтвердила: в 08:20 военнослужащие Таджикистана открыли огонь по заставе у "
            "села Арка. По данным ведомства, ранены три кыргызских военнослужащих.\n\n"
            "**10:30** Таджикские пограничники сообщают, что кыргызские военные обстреляли пост возле Овчи-Калачи. Там "
            "ранен один таджикский военнослужащий.\n\n"
            "**12:20** **Уточнение:** Ранее мы со ссылкой на Погранслужбу писали о троих раненых кыргызских "
            "пограничниках. Ведомство уточнило свои данные: ранены двое, а не трое.")
    found = by_place(incidents_of(geoparser, text, dt.date(2017, 5, 23), lang="ru"))
    assert found["Arka"].injured == 2
    assert found["Ovchi-Kalacha"].injured == 1


# --- corrections that move the scene, and the words of wire live pages ------------------------------------------------------


def test_a_live_correction_moves_the_event_to_the_village_it_names(geoparser):
    text = ("LIVE: Kyrgyzstan and Tajikistan trade fire\n\n"
            "1540 GMT - WRAP: Kyrgyzstan says a border guard was killed when Tajik forces shelled the village of "
            "Ak-Sai overnight.\n\n"
            "1205 GMT - CORRECTION: An entry at 0345 GMT said mortar rounds fell on the village of Kok-Tash. "
            "Kyrgyzstan's border service has since said the shells hit Ak-Sai, and that Kok-Tash itself was not hit.\n\n"
            "0345 GMT - Kyrgyzstan's border service says Tajik forces opened fire with mortars shortly after 2 a.m. on "
            "houses in the village of Kok-Tash [see correction at 1205 GMT]. Four people were wounded.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 3, 14)))
    assert sorted(found) == ["Ak-Sai"]
    assert found["Ak-Sai"].injured == 4


def test_a_correction_label_after_an_entry_s_time_is_a_correction():
    correction = get_pack("en").correction_before
    assert correction.search("1205 GMT - CORRECTION: An entry at 0345 GMT said")
    assert correction.search("**11:15** — **Correction:** In our 07:05 entry")
    assert not correction.search("A correction: the figures")


def test_trading_fire_is_an_exchange_of_fire(geoparser):
    text = ("Why does the border keep flaring up?\n\n"
            "On Wednesday, border guards of the two Central Asian neighbors traded fire near the village of Arka in "
            "Kyrgyzstan's Leilek district. Dushanbe said one Tajik soldier was killed, while Bishkek said two of its "
            "border guards were wounded.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 2, 6)))
    assert found["Arka"].event_type == "armed_clash"
    assert found["Arka"].fatalities == 1


def test_one_of_the_wounded_described_is_one_and_a_side_s_death_toll_names_its_side():
    read = get_pack("en").read_figures
    assert [(f.measure, f.value, f.side) for f in read(
        "One of the wounded villagers, a 67-year-old man, has died in the regional hospital in Batken, Kyrgyzstan's "
        "health ministry said, bringing the Kyrgyz death toll to two.")] == [
        ("fatalities", 1, None), ("fatalities", 2, "KG")]
    assert [(f.measure, f.value) for f in read(
        "The regional health department said the tractor driver died in the Khujand regional hospital.")] == [
        ("fatalities", 1)]


def test_a_jamoat_named_with_a_village_the_gazetteer_lacks_stands_for_it(geoparser):
    text = ("Information of the press centre of the Border Troops\n\n"
            "On August 21, 2017, at 16:40, a group of citizens of the Kyrgyz Republic began laying a water pipe on a "
            "section of the border that has not been delimited, 400 metres from the Zorbulak settlement of the "
            "Chorkuh jamoat of Isfara city.\n\n"
            "The border patrol of the post demanded to stop the works. In response, the citizens of Kyrgyzstan, using "
            "stones and sticks, attacked the border patrol. As a result, a sergeant received a head injury.")
    found = by_place(incidents_of(geoparser, text, dt.date(2017, 8, 22)))
    assert sorted(found) == ["Chorkuh"]
