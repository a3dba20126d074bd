"""Monitoring and situation reports (blind batch 76, studied after its blind measure): an ombudsman's monthly
bulletin and a quarterly report whose items are weeks old, a humanitarian SITREP whose school "pupils" are no
drill, a digest item that its own paragraph finds false, mahallas named like towns, families counted again as
people, a past war's relative clause, a Telegram channel named after a town, a road named by its two ends,
a side's "no one hurt" that covers only its own section, and the speed paths that must answer as before."""

from __future__ import annotations

import datetime as dt
import random

from geo.geoparse.sentences import _LAST_WORD, _last_word
from geo.incidents.scope import news_window_days
from geo.language import pack_for
from geo.language.en.numbers import read_figures as read_en
from geo.language.folding import blank_matches, lower_keep_length
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of


# --- Reporting windows of monthly and quarterly reports ---

def test_an_ombudsman_s_monthly_bulletin_keeps_its_month_s_items():
    en = pack_for("en")
    ru = pack_for("ru")
    assert news_window_days("The Ombudsman has published its monthly border monitoring bulletin for March.", en) == 45
    assert news_window_days("Омбудсмен опубликовал ежемесячный бюллетень мониторинга за июль 2023 года.", ru) == 45
    assert news_window_days("The Ombudsman spoke about the border on Tuesday.", en) == 14


def test_a_quarterly_report_keeps_its_quarter_s_items():
    assert news_window_days("The NGO presented its quarterly monitoring report on Monday.", pack_for("en")) == 105
    assert news_window_days("Омбудсмен представил доклад о мониторинге прав жителей приграничных районов за июль — "
                            "сентябрь 2021 года.", pack_for("ru")) == 105


def test_a_quarterly_report_s_item_five_weeks_old_is_an_incident(geoparser):
    text = ("Омбудсмен: за квартал на границе пострадали три человека\n\n"
            "Уполномоченный по правам человека в понедельник представил доклад о ситуации в приграничных селах за "
            "июль — сентябрь 2022 года.\n\n"
            "**Арка, 24 августа.** У села Арка неизвестные избили двух чабанов, которые пасли скот у канала. Оба "
            "госпитализированы.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 10, 3), lang="ru"))
    assert set(found) == {"Arka"}
    assert found["Arka"].injured == 2


# --- Places ---

def test_pupils_of_a_school_are_no_drill_that_explains_away_a_shelling(geoparser):
    text = ("Ситуационный отчет № 2\n\n"
            "В ночь на 15 мая село Кок-Таш подверглось минометному обстрелу. Ранены двое жителей. "
            "С утра 17 мая выстрелов не зафиксировано.\n\n"
            "Школа в Кок-Таше (420 учеников) переведена на дистанционное обучение.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 18), lang="ru"))
    assert set(found) == {"Kök-Tash"}
    assert found["Kök-Tash"].injured == 2


def test_a_digest_item_its_paragraph_finds_false_is_no_incident(geoparser):
    text = ("Security roundup\n\n"
            "Kyrgyz border guards said Tajik servicemen had fired on a patrol near Kara-Bak on 7 June, wounding a "
            "soldier.\n\n"
            "A Telegram channel reported on 8 June that a Tajik drone struck the outskirts of Kyzyl-Eshme. The "
            "district administration said the report was false and that the bang heard by residents had been "
            "caused by blasting at a road construction site.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 6, 10)))
    assert set(found) == {"Kara-Bak"}


def test_a_mahalla_named_like_a_town_is_part_of_its_village(geoparser):
    text = ("Shelling damaged houses in the Surkh jamoat on 14 August, killing one resident, officials said.\n\n"
            "Mahalla Guliston - houses damaged: 6; residents relocated: 94.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 8, 16)))
    assert set(found) == {"Surkh"}


def test_the_village_after_its_mahalla_keeps_the_evacuation(geoparser):
    text = ("В среду около 11:00 кыргызские военнослужащие обстреляли джамоат Чилгази, ранен один житель.\n\n"
            "Из махалли Гулистон джамоата Чилгази временно вывезены 45 семей — 186 человек.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 6, 2), lang="ru"))
    assert set(found) == {"Chilgazi"}
    assert found["Chilgazi"].displaced == 186


def test_a_mahalla_of_a_village_in_the_genitive_is_that_village(geoparser):
    text = ("В ночь на субботу обстрелу подвергся поселок Гулякандоз, ранены трое жителей.\n\n"
            "Из приграничной махалли Гулякандоза временно вывезены около 700 человек.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 1, 18), lang="ru"))
    assert set(found) == {"Ghulakandoz"}
    assert found["Ghulakandoz"].displaced == 700


def test_a_village_located_from_another_in_an_aside_is_the_scene(geoparser):
    text = ("On June 30, about 70 women from Beshkent, a Kyrgyz village some 20 kilometers south of Arka, blocked "
            "the road at the entrance to their village for six hours, demanding water.\n\n"
            "Earlier, on June 28, residents of Arka and Khistevarz fought with stones over a canal; four people "
            "were injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 7, 2)))
    assert "Beshkent" in found


def test_a_telegram_channel_named_after_a_town_is_no_scene(geoparser):
    text = ("В воскресенье около 15:30 обстрелу подверглась окраина джамоата Чоркух, ранена 41-летняя учительница. "
            "Первым о стрельбе сообщил местный Telegram-канал «Исфара 24».")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 10, 21), lang="ru"))
    assert set(found) == {"Chorkuh"}
    assert found["Chorkuh"].injured == 1


def test_a_road_named_by_its_ends_breaks_no_clause():
    from geo.geoparse.sentences import split_sentences
    from geo.incidents.scope import split_clauses

    text = "16 мая около 17:20 на объездной дороге Ак-Сай — Тамдык был обстрелян легковой автомобиль."
    clauses = split_clauses(text, split_sentences(text), pack_for("ru"))
    assert [text[s:e] for s, e, _ in clauses] == [text]
    text = "Пострадавшие — двое мужчин, их доставили в больницу."
    assert len(split_clauses(text, split_sentences(text), pack_for("ru"))) == 2


def test_families_counted_again_as_people_break_no_clause():
    from geo.geoparse.sentences import split_sentences
    from geo.incidents.scope import split_clauses

    text = "Из махалли временно вывезены 45 семей — 186 человек, в основном женщины и дети."
    assert len(split_clauses(text, split_sentences(text), pack_for("ru"))) == 1


# --- Background ---

def test_a_past_war_s_relative_clause_lends_no_toll(geoparser):
    text = ("Our monthly digest of security developments in Central Asia.\n\n"
            "Border. Kyrgyz border guards said Tajik troops had opened fire near Kara-Bak village on 9 Oct, wounding "
            "one farmer.\n\n"
            "President Rahmon 26 Oct visited Isfara, opened school rebuilt after Sept 2022 clashes, in which, "
            "according to Dushanbe, 41 Tajik citizens were killed.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 11, 1)))
    assert set(found) == {"Kara-Bak"}


def test_a_memorial_day_s_then_is_the_past(geoparser):
    text = ("В пятницу у села Кок-Таш около 20 минут шла перестрелка, пострадавших нет.\n\n"
            "В четверг, 14 сентября, в Баткене почтили память погибших в сентябре 2022 года: тогда за несколько "
            "дней погибли 63 гражданина Кыргызстана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 9, 17), lang="ru"))
    assert set(found) == {"Kök-Tash"}


def test_the_conflicts_of_past_years_are_background(geoparser):
    text = ("A shepherd was wounded near Ak-Sai on Monday.\n\n"
            "Kök-Tash suffered badly in the conflicts of past years.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 8)))
    assert set(found) == {"Ak-Sai"}


def test_money_promised_to_each_injured_is_no_event(geoparser):
    text = ("On June 28 residents of Arka and Khistevarz fought over a canal; four people were injured.\n\n"
            "On June 30, the government promised 50,000 soms to each injured resident of Arka.")
    found = incidents_of(geoparser, text, dt.date(2025, 7, 2))
    assert [(i.place.name, i.date_start) for i in found] == [("Arka", dt.date(2025, 6, 28))]


def test_a_road_accident_is_no_border_incident(geoparser):
    text = "19 февраля на трассе Баткен — Исфана у села Катран грузовик из-за гололеда съехал в кювет, водитель погиб."
    assert incidents_of(geoparser, text, dt.date(2026, 2, 21), lang="ru") == []


# --- Figures ---

def test_a_telephone_number_is_no_toll():
    assert [(f.measure, f.value) for f in read_ru("Справки: тел. +996 312 300 190")] == []


def test_a_woman_teacher_wounded_is_one_injured():
    assert [(f.measure, f.value) for f in read_ru("Ранена 41-летняя учительница.")] == [("injured", 1)]
    assert [(f.measure, f.value) for f in read_ru("Мальчик ранен осколками в ноги.")] == [("injured", 1)]


def test_no_one_hurt_on_one_side_is_that_side_s_zero():
    assert {(f.measure, f.value, f.side) for f in read_ru("пострадавших с кыргызской стороны нет")} == {
        ("fatalities", 0, "KG"), ("injured", 0, "KG")}


def test_a_named_ministry_is_no_pronoun_speaker(geoparser):
    text = ("Good evening. We begin in Batken Region, on the border with Tajikistan. According to the Ministry of "
            "Health, three residents of Ak-Tatyr village sought medical help after a brawl on Saturday.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 21)))
    figures = [f for f in found["Ak-Tatyr"].figures if f.measure == "injured"]
    assert [(f.value, f.claimant) for f in figures] == [(3, None)]


def test_the_other_party_s_hurt_named_with_the_fight_join_the_brawl(geoparser):
    text = ("Residents of Ak-Tatyr and Khoja-Alo fought with stones at a canal on Saturday. According to the "
            "Ministry of Health, three residents of Ak-Tatyr village sought medical help after the brawl.\n\n"
            "The Isfara district administration said that two residents of Khoja-Alo were hurt and treated in "
            "Isfara, and blamed the Kyrgyz side for starting the fight.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 21)))
    assert set(found) == {"Ak-Tatyr"}


def test_a_side_s_no_one_hurt_covers_only_its_digest_section(geoparser):
    text = ("Итоги недели\n\n"
            "Понедельник: протест в Уч-Булаке\n\n"
            "В понедельник утром около 150 жителей села Уч-Булак перекрыли дорогу, требуя остановить стройку.\n\n"
            "Ночь на субботу: стрельба у Кок-Таша\n\n"
            "В ночь с пятницы на субботу у села Кок-Таш около 20 минут шла перестрелка; пострадавших с кыргызской "
            "стороны нет.")
    found = incidents_of(geoparser, text, dt.date(2023, 9, 17), lang="ru")
    protest = [i for i in found if "border_incident_protest" in i.event_types]
    assert protest and protest[0].fatalities is None and protest[0].injured is None


def test_the_figures_of_en_need_no_plus_rule():
    assert [(f.measure, f.value) for f in read_en("Contact: tel. +996 312 300 190; 3 people were killed")] == [
        ("fatalities", 3)]


# --- Speed paths: the same answers as the plain expressions ---

def test_the_last_word_of_a_tail_is_what_the_anchored_search_finds():
    rng = random.Random(7)
    alphabet = "ab. ,;—-\"'”»)(Ж1_\n…!?"
    for _ in range(20000):
        tail = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))).rstrip()
        plain = _LAST_WORD.search(tail)
        fast = _last_word(tail)
        assert (plain.group(1) if plain else None) == (fast.group(1) if fast else None), tail


def test_violence_outside_non_event_phrases_needs_violence_first():
    from geo.geoparse.roles import _violence_outside_non_events

    for lang, sentences in (("en", ["Shots were fired at the post.", "The memorial to those killed was opened.",
                                    "Talks were held in Khujand.", "Warning shots were fired into the air."]),
                            ("ru", ["Обстрел продолжался час.", "Открыли памятник погибшим.",
                                    "Переговоры прошли в Худжанде."])):
        pack = pack_for(lang)
        for sentence in sentences:
            lowered = lower_keep_length(sentence)
            plain = bool(pack.folded.violence.search(blank_matches(lowered, pack.folded.not_event)))
            assert _violence_outside_non_events(lowered, pack) == plain, sentence


def test_key_figures_since_the_start_of_a_past_crisis_are_background(geoparser):
    text = ("ООН: гуманитарная сводка № 5\n\n"
            "8 июня у села Максат 9-летний мальчик подорвался на неразорвавшемся боеприпасе и получил ранения.\n\n"
            "Ключевые цифры с начала реагирования. По данным правительства, в ходе конфликта погибли 36 граждан "
            "Кыргызстана. Временно эвакуированы были более 58 тысяч человек.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 6, 11), lang="ru"))
    assert set(found) == {"Maksat"}
    assert found["Maksat"].fatalities is None and found["Maksat"].displaced is None


def test_a_digest_s_none_of_them_fatal_and_both_unharmed_are_zeros():
    assert [(f.measure, f.value) for f in read_en("This week: four incidents in four places, none of them fatal.")] == [
        ("fatalities", 0)]
    assert {(f.measure, f.value) for f in read_en("Both were unharmed and were handed back on Friday.")} == {
        ("fatalities", 0), ("injured", 0)}
    assert read_en("His wife was unharmed.") == []


def test_a_side_s_no_one_hurt_still_covers_its_own_place_s_other_event(geoparser):
    text = ("Flash update\n\n"
            "Across the border, Tajik authorities said shells landed in Ovchi-Kalacha on 12 August; a woman was "
            "wounded.\n\n"
            "Tajikistan\n\n"
            "In Ovchi-Kalacha, the Committee of Emergency Situations said on 11 August a woman was wounded by "
            "shrapnel. No deaths were reported on the Tajik side.")
    found = incidents_of(geoparser, text, dt.date(2023, 8, 13))
    assert found and all(i.fatalities == 0 for i in found if i.place.name == "Ovchi-Kalacha")


def test_today_quoted_from_an_earlier_text_dates_nothing(geoparser):
    text = ("Вердикт: ложь.\n\n"
            "Материал вышел 24 июля в 21:35. В нем говорится, что «сегодня около 17:00» на объездной дороге "
            "Ак-Сай – Тамдык, у крайних домов села Ак-Сай, произошла потасовка; травмы получили двое жителей Ак-Сая.")
    found = incidents_of(geoparser, text, dt.date(2024, 7, 27), lang="ru")
    assert all(i.date_start == dt.date(2024, 7, 24) for i in found if i.place.name == "Ak-Sai")


def test_a_telegraphic_line_s_bare_person_is_one():
    assert [(f.measure, f.value) for f in read_en("Boy aged 14 killed and his 11-year-old brother injured 18 Oct.")] == [
        ("fatalities", 1), ("injured", 1)]
    assert [(f.measure, f.value) for f in read_en("Teenager killed by old shell in Batken region.")] == [
        ("fatalities", 1)]
    assert read_en("Man who was killed in 2022 remembered.") == []


# --- The quiet border after the treaties (blind batch 77, studied after its sealed measure) ---

def test_men_who_fled_back_across_a_ditch_are_not_displaced():
    assert read_en("The other four fled back across the ditch towards Ovchi-Kalacha.") == []
    assert [(f.measure, f.value) for f in read_en("About 200 residents fled to Batken.")] == [("displaced", 200)]


def test_stages_of_a_resettlement_are_no_people():
    assert read_ru("По данным полпредства, переселение семей из Кулунду идет в два этапа.") == []


def test_a_denied_brawl_with_old_footage_is_no_incident(geoparser):
    text = ("БИШКЕК, 20 января. Стороны завершили передачу участков территории.\n\n"
            "Отвечая на вопрос о сообщениях о «массовой драке» в селе Ак-Сай, полпред заявил, что эта информация не "
            "соответствует действительности. «Никакой драки в Ак-Сае не было, никто не пострадал. Видео, которое "
            "распространяют в Telegram, снято в 2021 году», — сказал он.")
    assert incidents_of(geoparser, text, dt.date(2026, 1, 20), lang="ru") == []


def test_a_digest_section_whose_shots_were_blasting_is_no_incident(geoparser):
    text = ("Неделя на границе\n\n"
            "## Кара-Шыбак: драка на пастбище\n\n"
            "В воскресенье, 19 июля, у села Кара-Шыбак чабаны подрались, ранены двое.\n\n"
            "## Лейлек: выстрелы оказались взрывами на стройке\n\n"
            "В среду, 22 июля, в соцсетях появились сообщения о стрельбе у села Арка. Погранслужба их опровергла: "
            "«Никакой стрельбы на границе не было. Жители слышали плановые взрывные работы на строительстве "
            "автодороги».")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 7, 24), lang="ru"))
    assert set(found) == {"Kara-Shibak"}


def test_where_stones_came_from_and_where_their_throwers_ran_are_no_scenes(geoparser):
    text = ("У села Кок-Таш неизвестные забросали камнями автомобили, пострадали два человека. Камни летели со "
            "стороны склона, примыкающего к таджикскому селу Чоркух. «Бросили камни и убежали вниз, в сторону "
            "Чоркуха», — рассказал водитель.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 8, 9), lang="ru"))
    assert set(found) == {"Kök-Tash"}


def test_a_district_after_a_country_s_possessive_locates_the_village(geoparser):
    text = ("Residents of the border villages of Kok-Tash in Batken district and Khoja-Alo in Tajikistan's Isfara "
            "district fought with stones over canal water on Tuesday. Four residents of Kok-Tash were injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 6, 11)))
    assert set(found) == {"Kök-Tash"}


# --- The everyday mix (blind batch 78, studied after its sealed measure) ---

def test_a_video_claiming_to_show_shooting_filmed_years_ago_is_no_incident(geoparser):
    text = ("The treaty is working, officials say.\n\n"
            "Last week a video spread on Telegram channels claiming to show shooting near Ak-Sai; the Kyrgyz Border "
            "Service said the footage had been filmed in September 2022, and Tajik officials said the same.")
    assert incidents_of(geoparser, text, dt.date(2025, 3, 28)) == []


def test_a_shootout_report_not_confirmed_and_explained_is_no_incident(geoparser):
    text = ("Делегации провели заседание в Баткене.\n\n"
            "Отдельно делегации обсудили сообщения Telegram-каналов о перестрелке у таджикского села Чоркух 12 "
            "февраля. Как сообщили обе стороны, информация не подтвердилась: звуки, которые жители приняли за "
            "выстрелы, были связаны с взрывными работами на строительстве дороги.")
    assert incidents_of(geoparser, text, dt.date(2026, 2, 14), lang="ru") == []


def test_a_quarrel_that_stopped_short_of_a_fight_is_no_event(geoparser):
    text = ("В субботу у села Ак-Татыр подрались жители, пострадали пять человек.\n\n"
            "«Мой брат живет в Ак-Сае, там тоже в пятницу ругались из-за воды, но до драки, слава богу, не дошло», "
            "— говорит жительница.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 7, 10), lang="ru"))
    assert set(found) == {"Ak-Tatyr"}


def test_one_person_hurt_told_by_his_wounds():
    assert [(f.measure, f.value) for f in read_en("He had bruises on his face and body and a broken rib.")] == [
        ("injured", 1)]
    assert [(f.measure, f.value) for f in read_en("The 52-year-old resident of Kara-Bak was wounded in the leg.")] == [
        ("injured", 1)]
    assert read_en("He had a meeting with officials.") == []
    assert [(f.measure, f.value) for f in read_ru("47-летнего Таалайбека с переломом двух ребер доставили в больницу.")] \
        == [("injured", 1)]


def test_a_ministry_s_regional_department_is_no_scene(geoparser):
    text = ("An old mortar round exploded near Samarkandyk on Sunday, killing a boy.\n\n"
            "Sappers of the ministry's Batken regional department combed an area of about 40 hectares around the "
            "site on Monday and destroyed two more mortar rounds, the ministry said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 3, 19)))
    assert set(found) == {"Samarkandyk"}


def test_half_of_an_area_named_after_two_towns_is_no_scene(geoparser):
    text = ("**Summary:** Tajikistan and Kyrgyzstan have given conflicting accounts of a shooting on their border in "
            "the Isfara-Batken area on the evening of 2 July. The Tajik side says a citizen was killed near Lakkon.")
    found = by_place(incidents_of(geoparser, text, dt.date(2021, 7, 4)))
    assert "Batken" not in found and "Lakkon" in found


def test_a_sentence_that_says_where_a_village_lies_names_no_scene(geoparser):
    text = ("В ночь на 6 августа обстрелу подверглось село Арка, погиб военнослужащий.\n\n"
            "Утром 6 августа перестрелка произошла у села Максат. Максат расположен примерно в 15 км к западу от "
            "Арки. Стрельба продолжалась около получаса.")
    found = incidents_of(geoparser, text, dt.date(2023, 8, 7), lang="ru")
    assert sorted(i.place.name for i in found) == ["Arka", "Maksat"]


def test_a_count_ending_in_one_after_a_singular_verb_is_that_count():
    assert [(f.measure, f.value) for f in read_ru("По данным Душанбе, погиб 41 гражданин Таджикистана.")] == [
        ("fatalities", 41)]
    assert [(f.measure, f.value) for f in read_ru("ранен 31 военнослужащий")] == [("injured", 31)]
    assert {(f.measure, f.value) for f in read_ru("погиб 45-летний гражданин, ещё двое ранены")} == {
        ("fatalities", 1), ("injured", 2)}


def test_relatives_in_the_neighbouring_village_shelter_evacuees(geoparser):
    text = ("В ночь с 3 на 4 ноября обстрелу подвергся джамоат Сурх. Около 200 жителей ночью были вывезены на "
            "автобусах в Исфару, часть семей приютили родственники в соседнем Чоркухе.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 11, 5), lang="ru"))
    assert set(found) == {"Surkh"}


def test_a_herder_s_home_gives_way_to_the_part_of_the_district_where_he_was_hurt(geoparser):
    text = ("A 61-year-old herder from Aidarken was beaten on Wednesday by four men who had come over the ridge from "
            "the Tajik side to the Kumbel high pasture in the south of Kadamjay district, police said on Thursday.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 28)))
    assert set(found) == {"Kadamjay District"}
    assert found["Kadamjay District"].injured == 1


def test_a_village_the_gazetteer_lacks_is_the_scene_at_its_district_s_point(geoparser):
    text = ("On Monday a boy was injured on the edge of Kyzyl-Eshme when an old mortar round exploded.\n\n"
            "On Wednesday, Kyrgyz herders and a group of herders from Tajikistan's Lakhsh district fought on a summer "
            "pasture near the village of Karamyk in Chong-Alay district. Two Kyrgyz herders were hurt, district "
            "officials said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 24)))
    # (Karamyk is mapped at the point of Chong-Alay district, which stood for it before: tests/test_stand_ins.py)
    assert set(found) == {"Kyzyl-Eshme", "Karamyk"}
    assert found["Karamyk"].place.stand_in_unit == "Chong-Alay District" and found["Karamyk"].injured == 2
