"""The everyday mix, sixth sample (blind batch 58) and retold reporting, second sample (blind batch 60):
animals counted in part, a toll summed up as lives claimed, a predicate that is no aside, machine-translated
copy, a recall of the war by a quoted outlet, an attribution that ends the sentence."""

from __future__ import annotations

import datetime as dt

from geo.language.en.dates import find_dates
from geo.language.en.numbers import read_figures
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of


def _counts(figures):
    return [(f.measure, f.value) for f in figures]


# --- dates ---

def test_mid_month_without_a_space_is_a_month():
    found = find_dates("Fighting along the border in mid-September killed about 100 people", dt.date(2022, 11, 22))
    assert [(d.window.start, d.window.end) for d in found] == [(dt.date(2022, 9, 1), dt.date(2022, 9, 30))]


# --- the number grammar ---

def test_lives_claimed_are_deaths():
    assert _counts(read_figures("Thus, the incident of August 14 claimed one life, one more person was injured")) \
        == [("fatalities", 1), ("injured", 1)]
    assert _counts(read_figures("the clash claimed the lives of two shepherds")) == [("fatalities", 2)]
    assert _counts(read_figures("the group claimed responsibility for two attacks")) == []


def test_a_predicate_after_an_aside_is_no_second_aside():
    figures = read_figures('The service said one serviceman, a 23-year-old private of the Kulundu frontier post, '
                           'was wounded in the shoulder, and that "there are no dead."')
    assert _counts(figures) == [("injured", 1), ("fatalities", 0)]


def test_machine_translated_minors_and_wounds_got():
    figures = read_figures("as a result of the explosion one minor died, one more minor got wounds, reports Sputnik")
    assert _counts(figures) == [("fatalities", 1), ("injured", 1)]


def test_a_tractor_driver_is_a_person():
    assert _counts(read_figures("accused Kyrgyz border guards of wounding a tractor driver")) == [("injured", 1)]


def test_people_of_a_village_then_who_they_were():
    figures = read_figures("Two residents of Vorukh, a 34-year-old truck driver and his passenger, were beaten")
    assert [(f.measure, f.value, f.described) for f in figures] == [("injured", 2, False)]
    figures = read_figures("Two residents of the village of Arka, a 12-year-old girl and a 58-year-old man, "
                           "received shrapnel wounds")
    assert [(f.measure, f.value, f.described) for f in figures] == [("injured", 2, False)]


# --- articles ---

def test_sheep_found_dead_are_no_toll(geoparser):
    text = ("Bishkek - 24.kg news agency. A shepherd was wounded by gunfire from the Tajik side on a pasture near "
            "Ak-Suu village of Leilek district on Sunday, the Border Service said. The shots were fired at about "
            "17.50. Some 120 sheep the man was grazing scattered; 9 of them were found dead.")
    ak_suu = by_place(incidents_of(geoparser, text, dt.date(2021, 8, 16)))["Ak-Suu"]
    assert (ak_suu.fatalities, ak_suu.injured) == (None, 1)


def test_ru_sheep_found_dead_are_no_toll(geoparser):
    text = ("БИШКЕК, 16 авг — Sputnik. В воскресенье на пастбище у села Ак-Суу Лейлекского района с таджикской "
            "стороны обстреляли чабанов, ранен один чабан, сообщила погранслужба. Около 120 овец разбежались, "
            "девять из них погибли.")
    ak_suu = by_place(incidents_of(geoparser, text, dt.date(2021, 8, 16), lang="ru"))["Ak-Suu"]
    assert (ak_suu.fatalities, ak_suu.injured) == (None, 1)


def test_the_rest_of_a_count_is_no_new_total(geoparser):
    text = ("Five residents of Kulundu village of Leilek district were wounded during a shootout on the border on "
            "Monday evening, the Ministry of Health of Kyrgyzstan told 24.kg news agency.\n\n"
            "All five were taken to the hospital in Razzakov. Two of them are in serious condition, the ministry "
            "said, three others received gunshot wounds of light and medium severity.")
    kulundu = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 27)))["Kulundu"]
    assert kulundu.injured == 5


def test_a_background_paragraph_dated_mid_month(geoparser):
    text = ("22 November 2022\n\nDUSHANBE (AFP) - Tajikistan on Tuesday accused Kyrgyz border guards of wounding "
            "a tractor driver working in a field near Ghulakandoz on Monday. The man was hit in the shoulder.\n\n"
            "Fighting along the border in mid-September killed about 100 people, including 63 on the Kyrgyz side, "
            "and some 136,000 people were evacuated from Kyrgyz border areas.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 11, 22)))
    assert set(found) == {"Ghulakandoz"}
    assert (found["Ghulakandoz"].fatalities, found["Ghulakandoz"].injured, found["Ghulakandoz"].displaced) \
        == (None, 1, None)


def test_an_earlier_outlet_s_figure_gives_way(geoparser):
    text = ("08.05.2023\n\nIn the village of Ak-Sai of the Batken district as a result of explosion of unexploded "
            "ammunition one minor died, one more minor got wounds, reports the press service of MES.\n\n"
            'Earlier Kaktus.media, referring to residents, informed that "three children were injured". The press '
            "service told that the third child did not receive injuries.")
    ak_sai = by_place(incidents_of(geoparser, text, dt.date(2023, 5, 8)))["Ak-Sai"]
    assert (ak_sai.fatalities, ak_sai.injured) == (1, 1)


def test_the_family_of_the_dead_and_their_native_village_are_no_scenes(geoparser):
    text = ("In the village of Ak-Sai as a result of explosion of an old mine one teenager died, reports MES. "
            "Both teenagers are natives of the village Andarak, they were in Ak-Sai at relatives. The family of "
            "the dead teenager in Andarak was visited by the akim.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2023, 5, 8)))) == {"Ak-Sai"}


def test_ru_a_recall_of_the_war_by_a_quoted_outlet_is_background(geoparser):
    text = ("Мониторинг СМИ за неделю\n\n• «Азия-Плюс» (12 июля): у села Лолазор в драке пострадали четверо.\n\n"
            "• 24.kg (8 июля) в материале о выплатах семьям погибших напомнило, что в сентябре 2022 года в ходе "
            "конфликта в Баткенской области погибли 63 гражданина Кыргызстана, а в апреле 2021 года — 36.")
    found = incidents_of(geoparser, text, dt.date(2025, 7, 14), lang="ru")
    assert all(i.fatalities in (None, 0) for i in found)


def test_ru_an_attribution_that_ends_the_sentence_names_the_speaker(geoparser):
    text = ("БИШКЕК (AKIpress) - В ночь на субботу у села Ак-Суу Лейлекского района произошла перестрелка между "
            "пограничниками двух стран. Ранены двое кыргызских военнослужащих, сообщила Пограничная служба ГКНБ.\n\n"
            "По версии Душанбе, в районе Ак-Суу ранен один таджикский военнослужащий, сообщили пограничные войска "
            "Таджикистана. Оба доставлены в больницу.")
    ak_suu = by_place(incidents_of(geoparser, text, dt.date(2023, 3, 11), lang="ru"))["Ak-Suu"]
    assert ak_suu.injured == 3


# --- casualties told in detail (blind batch 62) ---

def test_a_numeric_date_is_no_count():
    assert _counts(read_figures("16/05/2024 - Border guard killed on each side in shootout")) == []
    assert _counts(read_ru("16.05.2024 — убит пограничник")) == [("fatalities", 1)]


def test_a_social_media_figure_told_with_its_night_gives_way(geoparser):
    text = ("ISFARA (AFP) - A Tajik farmer was shot dead and his son wounded near Ghulakandoz on Monday, the "
            'district hukumat said.\n\nPosts on social media on Monday night spoke of "three dead in '
            'Ghulakandoz." The hukumat said that was wrong: one man had been killed and one wounded.')
    ghulakandoz = by_place(incidents_of(geoparser, text, dt.date(2026, 5, 12)))["Ghulakandoz"]
    assert (ghulakandoz.fatalities, ghulakandoz.injured) == (1, 1)


def test_a_memorial_s_list_of_the_dead_is_no_news(geoparser):
    text = ("# In Leilek, the names of 2022 are read aloud\n\n"
            "At 10 a.m. on Tuesday, several hundred people gathered outside the school in Maksat while a teacher "
            "read out 27 names. They are the residents of Leilek district who were killed in the fighting on "
            "September 14-17, 2022. Some of the entries:\n\n"
            "- Kubatbek Jolchiev, 34, border guard, of Kulundu, killed at the Maksat post on September 16;\n"
            "- Gulbara Nazarova, 61, of Arka, killed when a shell hit her kitchen;\n"
            "- Aibek Mamytov, 19, conscript, of Ak-Suu, killed near Beshkent.\n\n"
            "More on this topic\n\n16/05/2024 - Border guard killed on each side in shootout near Kulundu")
    assert incidents_of(geoparser, text, dt.date(2025, 9, 16)) == []


def test_ru_a_memorial_wall_to_the_dead_of_the_war_is_no_clash(geoparser):
    text = ("В Раззакове открыли стену памяти погибшим\n\nБИШКЕК, 16 сен — Sputnik. В городе Раззаков во вторник "
            "открыли стену памяти с именами жителей района, погибших в ходе вооруженного конфликта на "
            "кыргызско-таджикской границе 14-17 сентября 2022 года.")
    assert incidents_of(geoparser, text, dt.date(2025, 9, 16), lang="ru") == []


def test_a_victims_list_names_homes_and_animals_of_the_herders(geoparser):
    text = ("Dushanbe (AFP) - Two Tajik herders were killed and five people wounded when a quarrel over grazing "
            "turned into a shootout, officials of both countries said Tuesday.\n\n"
            "The clash broke out on Sunday on a pasture above the village of Karakenja.\n\n"
            "Wounded: Khurshed Odinaev, 31, of Lakhshi Bolo, gunshot wound to the arm, stable.\n\n"
            "Kyrgyz officials said 38 sheep and a horse belonging to the Kara-Shibak herders were shot dead.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 7, 22)))
    assert set(found) == {"Karakenja"}
    assert (found["Karakenja"].fatalities, found["Karakenja"].injured) == (2, 5)


def test_a_list_s_item_number_is_no_count():
    assert all(f.value != 2 for f in read_ru("2. **Сухроб, 14 лет**, ранен в живот и ноги"))
    assert all(f.value != 3 for f in read_figures("3. Firdavs, 11, received scratches and was sent home"))


def test_ru_a_dog_killed_is_no_death(geoparser):
    text = ("ДУШАНБЕ, 27 мар — Sputnik. Один ребенок погиб и двое получили ранения в результате взрыва боеприпаса "
            "на окраине села Гульхона. Об этом сообщили в КЧС.\n\nПо данным ведомства, взрыв произошел накануне. "
            "Взрывом также убита собака, которая была с детьми.")
    gulkhona = by_place(incidents_of(geoparser, text, dt.date(2023, 3, 27), lang="ru"))["Gulkhona"]
    assert (gulkhona.fatalities, gulkhona.injured) == (1, 2)


def test_ru_a_memorial_s_list_without_markers(geoparser):
    text = ("Стена памяти погибшим в Раззакове\n\nБИШКЕК, 16 сен — Sputnik. Во вторник в Раззакове прошла церемония. "
            "На плите высечены имена погибших 14-17 сентября 2022 года. Вот некоторые из имен:\n"
            "Жолдош Мамытов, 41 год, село Максат, — погиб 16 сентября, когда вывозил соседей;\n"
            "Айбек Ташиев, 20 лет, рядовой, уроженец села Арка, — погиб на посту 14 сентября;\n"
            "Нурбубу Эргешова, 67 лет, село Кулунду, — погибла во дворе своего дома.")
    assert incidents_of(geoparser, text, dt.date(2025, 9, 16), lang="ru") == []


def test_ru_a_civil_ruling_about_a_death_in_2021_is_no_event(geoparser):
    text = ("Исфара, 15.11.2023 /АИ «Авеста»/. Исфаринский городской суд в среду удовлетворил иск семьи "
            "17-летнего юноши из Чоркуха, погибшего в апреле 2021 года в ходе конфликта на границе, и обязал "
            "хукумат выплатить компенсацию.")
    assert incidents_of(geoparser, text, dt.date(2023, 11, 15), lang="ru") == []


def test_update_labels_make_a_newest_first_page(geoparser):
    text = ("Bishkek - 24.kg. One citizen of Kyrgyzstan was killed and two more were wounded in a shooting near "
            "Arka village on the evening of October 4, the Ministry of Health reported.\n\n"
            "UPDATED at 16:30. One of the wounded died in hospital. Thus, the toll now stands at one dead and two "
            "wounded.\n\n"
            "UPDATED at 11:05. A third man was found in an orchard with a gunshot wound. The number of wounded has "
            "risen to three.\n\n"
            "Original report, 09:20. Two residents of Arka were wounded on Monday evening when shots were fired "
            "from the Tajik side, the Border Service said.")
    arka = by_place(incidents_of(geoparser, text, dt.date(2021, 10, 5)))["Arka"]
    assert (arka.fatalities, arka.injured) == (1, 2)


def test_a_relative_aside_between_the_people_and_their_verb(geoparser):
    text = ("BISHKEK, May 16 (Reuters) - Kyrgyzstan's Border Service said Tajik servicemen opened fire late on "
            "Wednesday on a Kyrgyz patrol near the village of Kulundu.\n\nTwo Kyrgyz servicemen and a 58-year-old "
            "woman, whose house on the edge of Kulundu was hit, were wounded.")
    assert by_place(incidents_of(geoparser, text, dt.date(2024, 5, 16)))["Kulundu"].injured == 3


def test_the_rest_told_as_a_bare_total_with_a_subset():
    figures = read_figures("The other six, among them two women and a 12-year-old boy, were treated for cuts and "
                           "bruises and sent home")
    assert _counts(figures) == [("injured", 6)]


def test_a_herder_and_his_teenage_son():
    assert _counts(read_figures("wounding a herder and his teenage son, Kyrgyz officials said")) == [("injured", 2)]


def test_ru_a_part_of_the_hurt_and_the_rest(geoparser):
    text = ("Бободжон Гафуров, 07.05.2024 /НИАТ «Ховар»/. Вчера у села Хистеварз группа граждан Кыргызстана напала "
            "на жителей, пострадали пять граждан Таджикистана.\n\nИз пяти пострадавших трое госпитализированы, двое "
            "после оказания помощи отпущены домой.")
    khistevarz = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 7), lang="ru"))["Khistevarz"]
    assert khistevarz.injured == 5


def test_a_hukumat_that_speaks_is_no_scene(geoparser):
    text = ("ISFARA, June 14, 2022, Asia-Plus - Nine residents of Chorkuh sought medical help after Sunday's brawl at "
            'a water distribution point on the canal. "No one was killed in the brawl," the Isfara city hukumat said.')
    assert set(by_place(incidents_of(geoparser, text, dt.date(2022, 6, 14)))) == {"Chorkuh"}


def test_people_told_one_by_one_with_their_ages_are_summed(geoparser):
    text = ("BISHKEK (AKIpress) - Shots were fired from the Tajik side at herders near Ak-Suu on Sunday, the Border "
            "Service said. A 46-year-old shepherd was hit in the leg. A 19-year-old herder received a shrapnel "
            "wound to the arm.")
    assert by_place(incidents_of(geoparser, text, dt.date(2024, 5, 6)))["Ak-Suu"].injured == 2


def test_the_same_person_told_again_is_not_summed(geoparser):
    text = ("BISHKEK (AKIpress) - A 46-year-old shepherd was wounded by shots from the Tajik side near Ak-Suu on "
            "Sunday, the Border Service said. According to the service, a 46-year-old resident of the village was "
            "hit in the leg while grazing sheep.")
    assert by_place(incidents_of(geoparser, text, dt.date(2024, 5, 6)))["Ak-Suu"].injured == 1


def test_a_village_s_dead_told_by_no_one_are_its_country_s(geoparser):
    text = ("ISFARA, July 22 - Mortar shells fired from the Kyrgyz side hit Surkh on Thursday. A resident of Surkh, "
            "a woman born in 1979, was killed on the spot.")
    surkh = by_place(incidents_of(geoparser, text, dt.date(2021, 7, 22)))["Surkh"]
    assert (surkh.fatalities, surkh.fatalities_by_side) == (1, {"TJ": 1})


def test_thus_concludes_the_toll(geoparser):
    text = ("ISFARA, July 22 - Mortar shells fired from the Kyrgyz side hit Surkh on Thursday. One of the injured, "
            "a man born in 1967, died of his wounds in hospital. Earlier, a resident of Surkh, a woman born in "
            "1979, was killed on the spot. Thus, as a result of the shelling, 2 citizens of the Republic of "
            "Tajikistan have died.")
    surkh = by_place(incidents_of(geoparser, text, dt.date(2021, 7, 22)))["Surkh"]
    assert surkh.fatalities == 2


def test_responders_who_arrived_from_a_town_are_no_scene(geoparser):
    text = ("BISHKEK (RFE/RL) - Two boys were wounded on Saturday when an old mortar round went off near Kyzyl-Eshme, "
            "the emergencies ministry said. Sappers who arrived from Osh at 8 p.m. identified the round as an "
            "82-millimeter mortar shell and destroyed it in a controlled blast.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2025, 5, 4)))) == {"Kyzyl-Eshme"}


def test_ru_the_post_that_fired_told_by_where_it_stands(geoparser):
    text = ("Душанбе, 08.11.2022 /АИ «Авеста»/. Вчера фермер из Хистеварза ранен на поле у села Хистеварз. Как "
            "отмечается в заявлении, около 15:10 военнослужащие кыргызского пограничного поста, расположенного у "
            "села Арка Лейлекского района, открыли огонь в сторону таджикских фермеров.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2022, 11, 8), lang="ru"))) == {"Khistevarz"}


def test_ru_planned_night_firing_and_a_denial_are_no_violence(geoparser):
    text = ("Исфара, 14 июня — Азия-Плюс. В ночь на среду у джамоата Чилгази был обстрелян дом, пострадавших нет, "
            "сообщили пограничные войска.\n\nПо словам представителя ведомства, в ночь на среду кыргызские "
            "пограничники на участке у Чека «оружие не применяли», а на полигоне в 15 километрах от границы в это "
            "время велись плановые ночные стрельбы.")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2023, 6, 14), lang="ru"))) == {"Chilgazi"}


def test_ru_a_meeting_s_town_a_shelter_s_town_and_a_planned_transfer_are_no_scenes(geoparser):
    text = ("БИШКЕК, 4 мар — РБК. Во вторник вечером у села Максат произошла перестрелка, ранены трое, "
            "сообщила погранслужба. Раненого доставили в больницу в городе Раззаков, откуда его планировали "
            "перевести в Ош.\n\nИз Кулунду и Максата в Раззаков и Сулюкту вывезли около 600 человек; в Раззакове "
            "для них развернули пункт временного размещения.\n\n«Погибших нет», — цитирует «Кабар» слова "
            "полпреда, прозвучавшие в среду на совещании в Баткене.")
    found = set(by_place(incidents_of(geoparser, text, dt.date(2026, 3, 4), lang="ru")))
    assert "Maksat" in found and not found & {"Razzakov", "Osh", "Batken", "Sulukta"}


def test_ru_stopped_without_a_single_shot_is_no_violence(geoparser):
    text = ("ОШ, 15 окт — Zakon.kg. Вчера у села Катран ранен чабан, сообщила погранслужба.\n\nПо словам "
            "собеседника издания, кыргызские чабаны в тот день якобы пытались перегнать скот на земли джамоата "
            "Ворух, но были остановлены нарядом «без единого выстрела».")
    assert set(by_place(incidents_of(geoparser, text, dt.date(2024, 10, 15), lang="ru"))) == {"Katran"}


def test_a_named_person_s_age_is_no_count():
    assert _counts(read_figures("- Bektur T., 9, Nurislam's younger brother, received cuts to the face")) == []
    assert _counts(read_figures("Private Sherzod Nazarov, 20, was killed")) == [("fatalities", 1)]


def test_a_named_victim_s_home_in_a_list_is_no_scene(geoparser):
    text = ("BISHKEK (AKIpress) - A 12-year-old boy was killed and two of his cousins were injured when an old mortar "
            "round exploded near Kyzyl-Eshme village on April 6, the ministry reports.\n\nThe ministry named the "
            "victims:\n\n- Nurislam T., 12, a pupil of school No. 1 of Kyzyl-Eshme, died at the scene;\n"
            "- Amantur T., 14, of Daroot-Korgon, who was staying with his grandparents in Kyzyl-Eshme, received "
            "multiple shrapnel wounds;\n- Bektur T., 9, Nurislam's younger brother, received cuts to the face.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 7)))
    assert set(found) == {"Kyzyl-Eshme"}
    assert (found["Kyzyl-Eshme"].fatalities, found["Kyzyl-Eshme"].injured) == (1, 2)


def test_ru_one_government_calling_the_other_s_statement_untrue_cancels_nothing(geoparser):
    text = ("БИШКЕК, 11 сен — Sputnik. Пограничная служба Кыргызстана назвала не соответствующей действительности "
            "информацию таджикской стороны о стрельбе у села Хистеварз.\n\nНакануне Пограничные войска "
            "Таджикистана заявили, что в четверг около 18:20 кыргызские военнослужащие открыли огонь по жителям "
            "Хистеварза, ранен 38-летний местный житель.\n\n«Кыргызские пограничники оружие не применяли, никаких "
            "выстрелов зафиксировано не было», — говорится в ответном заявлении.")
    khistevarz = by_place(incidents_of(geoparser, text, dt.date(2026, 9, 11), lang="ru"))["Khistevarz"]
    assert khistevarz.injured == 1


def test_one_government_calling_the_other_s_claims_untrue_cancels_nothing(geoparser):
    text = ("BISHKEK (AKIpress) - Kyrgyzstan's Border Service said the Tajik side's claims are not true.\n\n"
            "Tajikistan's border troops said on Friday that Kyrgyz servicemen had opened fire on farmers near "
            "Khistevarz on Thursday evening, wounding a 38-year-old man.\n\n"
            '"No shots were fired by our servicemen," the Kyrgyz service said.')
    assert "Khistevarz" in by_place(incidents_of(geoparser, text, dt.date(2026, 9, 11)))
