"""Quarrels between villages told by both sides (held-out batches 83 and 84, studied after their blind measure):
each government's statement printed in full with its own count of its own people and a claim about the other
side's, the other side's media quoting its own officials, counts that change by the last paragraph, people named
by their home while the fight happened elsewhere; and the places that are not villages (a post named for its
village). The texts are written for these tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

from geo.incidents.events import clause_types
from geo.language import pack_for
from geo.language.en.numbers import read_figures as read_en
from geo.language.ru.numbers import read_figures as read_ru
from tests.test_counted_and_typed import by_place, incidents_of

EN, RU = pack_for("en"), pack_for("ru")


def _injured(figures):
    return [(f.value, f.side) for f in figures if f.measure == "injured"]


# --- The number grammar ---

def test_a_count_with_a_subset_aside_is_the_count_not_the_subset():
    assert _injured(read_en("Four residents of the Isfara jamoat of Chorkuh, including a woman, were injured on "
                            "Sunday")) == [(4, None)]
    assert _injured(read_en("two citizens of the Republic of Tajikistan, including a man born in 1971, received "
                            "bodily injuries")) == [(2, "TJ")]


def test_birth_years_listed_between_a_count_and_its_verb_are_an_aside():
    assert _injured(read_en("As a result, four citizens of the Kyrgyz Republic, born in 1988, 1993, 2001 and 2006, "
                            "received bodily injuries.")) == [(4, "KG")]


def test_a_fourth_person_treated_is_the_count_now():
    assert _injured(read_en("the district hospital said that a third resident of Arka, a 15-year-old girl, had been "
                            "treated for a bruised arm on Sunday evening")) == [(3, None)]
    assert EN.revision.search("a third resident of Arka, a 15-year-old girl, had been treated for a bruised arm")
    # (one more person, after "and", stays one)
    assert _injured(read_en("Two shepherds were killed and a third was wounded")) == [(1, None)]


def test_cars_and_stitches_are_no_count_of_the_hurt_in_russian():
    figures = read_ru("В результате четыре гражданина Кыргызской Республики получили травмы различной степени "
                      "тяжести, две автомашины повреждены.")
    assert _injured(figures) == [(4, "KG")]
    assert _injured(read_ru("Он получил рассечение брови, ему наложили пять швов.")) == []


def test_a_subset_with_birth_years_between_a_russian_count_and_its_verb():
    figures = read_ru("В результате четыре гражданина Республики Таджикистан, в том числе двое несовершеннолетних "
                      "2009 и 2011 годов рождения, получили травмы.")
    assert _injured(figures) == [(4, "TJ")]


# --- Types and what is no event ---

def test_a_conflict_between_villagers_is_a_brawl_not_the_war():
    assert "border_incident_protest" in clause_types(
        "a conflict occurred between residents of the village of Kulundu and citizens of the Republic of "
        "Tajikistan", EN)
    assert "border_incident_protest" not in clause_types(
        "the conflict between the two countries has cost hundreds of lives", EN)


def test_a_wish_for_no_fight_is_no_fight(geoparser):
    text = ("Residents of Kulundu say the water shortage is getting worse.\n\n"
            "\"We don't want a fight with anyone, we have lived next to Ovchi-Kalacha all our lives,\" said a "
            "farmer, 58.")
    assert incidents_of(geoparser, text, dt.date(2024, 7, 2)) == []
    ru = ("Жители Кулунду говорят, что воды становится всё меньше.\n\n"
          "«Мы не хотим драки ни с кем, мы всю жизнь живём рядом с Овчи-Калачой», — сказал фермер.")
    assert incidents_of(geoparser, ru, dt.date(2024, 7, 2), lang="ru") == []


def test_a_fence_that_blocks_a_road_is_no_blockade(geoparser):
    text = ("The Tajik side said the fence was installed on Tajik land and blocked the only road to the fields of "
            "about 40 households of Khistevarz.")
    assert incidents_of(geoparser, text, dt.date(2026, 3, 17)) == []


# --- Places ---

def test_a_post_named_for_its_village_places_the_event_at_the_village(geoparser):
    text = ("ISFARA, 12 August. - A Tajik border guard was wounded when a mine went off near the Khojai Alo "
            "border post in Isfara on Saturday, the Border Troops said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 12)))
    assert set(found) == {"Khoja-Alo"}


def test_telegram_channels_in_a_town_are_where_they_write_and_their_refuted_toll_is_no_figure(geoparser):
    text = ("A Tajik border guard was wounded when a mine went off near the village of Khoja-Alo on Saturday, the "
            "Border Troops said.\n\n"
            "On Saturday some Telegram channels in Isfara had written that two border guards were killed in the "
            "blast. The Border Troops called this information \"untrue\".")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 12)))
    assert set(found) == {"Khoja-Alo"}
    assert found["Khoja-Alo"].fatalities is None


def test_stones_thrown_at_residents_of_a_village_place_the_fight_there(geoparser):
    text = ("Residents of the Kyrgyz village of Samarkandyk tried to stop the building of a house in the Tajik "
            "jamoat of Surkh on Monday, the Isfara administration said.\n\n"
            "\"The Kyrgyz citizens destroyed the fence and began throwing stones at the owner of the house and at "
            "residents of Surkh who had come to help him. Two citizens of the Republic of Tajikistan received "
            "bodily injuries.\"")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 16)))
    assert set(found) == {"Surkh"}
    assert found["Surkh"].injured == 2


def test_supporters_from_a_village_named_in_a_claim_are_no_scene(geoparser):
    text = ("Two citizens of Kyrgyzstan were injured in a conflict between residents of the village of Arka and "
            "the neighbouring Tajik village of Khistevarz on Monday, the Cabinet press service said.\n\n"
            "The Tajik side also said that the Kyrgyz participants in the fight 'came with their own supporters "
            "from Kulundu', which the Kyrgyz side denies.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 3, 17)))
    assert "Kulundu" not in found
    assert "Arka" in found


# --- Each side's count, and its claim about the other ---

def test_a_statement_in_english_quotes_claims_the_other_sides_hurt(geoparser):
    text = ("Residents of the Kyrgyz village of Ak-Sai and the Tajik enclave of Vorukh threw stones at each other "
            "at a canal on Sunday evening. Two citizens of Kyrgyzstan were injured, the Office of the Presidential "
            "Plenipotentiary Representative in Batken region reported.\n\n"
            "The office has published the following statement:\n\n"
            "\"On June 2, 2024, a group of residents of Vorukh came to the canal on the outskirts of Ak-Sai. The "
            "argument grew into a brawl with stones. As a result, two citizens of the Kyrgyz Republic received "
            "bodily injuries. According to preliminary information, two citizens of Tajikistan were also "
            "injured.\"\n\n"
            "Asia-Plus, citing the Isfara administration, reported that one resident of Vorukh was injured in the "
            "head.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 3)))
    assert set(found) == {"Ak-Sai"}
    assert found["Ak-Sai"].injured == 3  # the Kyrgyz 2 and the Tajik side's own 1; the Kyrgyz claim of 2 is none


def test_a_revised_count_told_the_next_day_is_the_same_incident(geoparser):
    text = ("Residents of the Kyrgyz village of Ak-Sai and the Tajik enclave of Vorukh threw stones at each other "
            "at a canal on the outskirts of Ak-Sai on Sunday evening. Two citizens of Kyrgyzstan were injured.\n\n"
            "Update at 11.40. The Batken regional health department said the number of injured citizens of "
            "Kyrgyzstan has risen to three: a 40-year-old man from Ak-Sai came to the medical station on Monday "
            "morning with a bruised back.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 3))
    assert len(found) == 1
    assert found[0].injured == 3


def test_a_total_of_both_fighting_parties_takes_no_side(geoparser):
    text = ("On Aug. 12, three teenagers were hurt when boys from Somoniyon and from a Kyrgyz village across the "
            "canal threw stones at each other, local officials on both sides said. Tajik officials said two local "
            "boys were injured; Kyrgyz officials said one Kyrgyz teenager was treated for a head wound.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 15)))
    assert found["Somoniyon"].injured == 3


def test_a_russian_statement_quoted_by_a_regional_government_claims_the_neighbours_hurt(geoparser):
    text = ("Четверо граждан Таджикистана пострадали в понедельник вечером, когда их автомашины забросали камнями "
            "у кыргызского села Ак-Сай. Об этом говорится в заявлении информационной службы председателя "
            "Согдийской области, которое мы приводим полностью.\n\n"
            "«3 июня 2024 года жители джамоата Ворух, возвращавшиеся из Исфары, у населенного пункта Ак-Сай были "
            "остановлены группой местных жителей, которые начали забрасывать автомашины камнями. В результате "
            "четыре гражданина Республики Таджикистан получили травмы.\n\n"
            "По имеющимся данным, в ходе инцидента пострадали также не менее двух жителей сопредельной стороны».\n\n"
            "Кыргызские СМИ со ссылкой на полпредство сообщили: «Завязалась потасовка. Пострадал один житель "
            "Ак-Сая», — говорится в сообщении.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 5), lang="ru"))
    assert found["Ak-Sai"].injured == 5  # the Tajik 4 and the Kyrgyz side's own 1; the claim of two is none


def test_a_region_named_by_its_bodies_adjectives_is_found_and_speaks_or_treats(geoparser):
    from geo.articles.model import Article

    def roles(text):
        parsed = geoparser.parse(Article(id="t", text=text, date=dt.date(2025, 10, 14), lang="ru"))
        return [(m.place.name, m.role_reason) for m in parsed.mentions if m.place is not None]

    assert roles("В Баткенской областной администрации изложили другую версию.") == [
        ("Batken Region", "seat of government or speaker")]
    assert roles("Раненого доставили в Баткенскую областную объединенную больницу.")[0][1].startswith("destination")


def test_our_resident_quoted_from_a_regional_office_is_that_sides_own(geoparser):
    text = ("ДУШАНБЕ, 14 окт — Sputnik. Трое жителей джамоата Чоркух пострадали в понедельник в результате драки с "
            "жителями соседнего кыргызского села Самаркандык, сообщает хукумат Исфары.\n\n"
            "В Баткенской областной администрации изложили другую версию. «Наши люди пришли поговорить, но с той "
            "стороны сразу начали толкаться. Пострадал один наш житель, 34-летний мужчина, у него травма головы», "
            "— сказал собеседник агентства.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 10, 14), lang="ru"))
    assert found["Chorkuh"].injured == 4


def test_a_governments_count_of_both_sides_hurt_competes_as_a_total(geoparser):
    text = ("Массовая драка между жителями таджикского джамоата Чилгази и соседнего кыргызского села Кара-Бак "
            "произошла во вторник, 19 августа, на окраине Чилгази.\n\n"
            "«Всего в драке пострадали шесть человек», — сообщил «Азия-Плюс» представитель хукумата.\n\n"
            "В Баткенской областной администрации назвали другую цифру. «По нашим данным, пострадали четыре человека "
            "с обеих сторон», — говорится в сообщении.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 8, 20), lang="ru"))
    assert found["Chilgazi"].injured == 4


def test_water_turned_away_is_the_quarrels_cause_not_a_blockade(geoparser):
    text = ("Аксакалы Хистеварза и Арки договорились о поливе.\n\n"
            "Напряженность возникла 6 апреля, когда жители Хистеварза обнаружили, что вода из канала не доходит до их "
            "полей. По их словам, жители Арки перекрыли отвод у моста и направили воду на свои огороды.")
    assert incidents_of(geoparser, text, dt.date(2023, 4, 14), lang="ru") == []


def test_a_bazaar_of_a_town_is_the_scene_of_traders_from_a_village(geoparser):
    text = ("«10 августа 2024 года около 13:00 на центральном рынке города Исфара трое граждан Кыргызской Республики "
            "— жители села Кара-Бак — подверглись избиению. Двое из них получили телесные повреждения», — говорится "
            "в заявлении МИД Кыргызстана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 8, 11), lang="ru"))
    assert set(found) == {"Isfara"}


def test_a_russian_body_hurt_told_with_its_object_first_is_one_person():
    assert _injured(read_ru("Также телесные повреждения получил житель села Максат 1979 года рождения.")) == [(1, None)]


def test_a_womans_name_is_no_arabian_town(geoparser):
    text = ("Мадина из Сурха говорит похожее: «Я не хочу, чтобы мои сыновья выросли и бросали камни в соседей». Её "
            "муж получил травму головы в драке у водозабора.")
    found = incidents_of(geoparser, text, dt.date(2021, 7, 25), lang="ru")
    assert all(i.place.country_code in ("KG", "TJ") for i in found)


def test_patients_treated_at_a_hospital_for_bruises_are_hurt():
    assert _injured(read_en("Tajik officials said three residents of Chorkuh had been treated at the Isfara central "
                            "hospital for bruises and cuts.")) == [(3, None)]


def test_a_channels_death_that_the_hospital_calls_false_is_no_figure_and_no_scene(geoparser):
    text = ("At least two people were injured on April 9 when a quarrel at the border market in Samarkandyk escalated "
            "into a brawl between Kyrgyz traders and Tajik shoppers, the Batken police said.\n\n"
            "A Telegram channel popular in Isfara wrote on Sunday that a Tajik man had died in the hospital. The Isfara "
            "hospital said that was false.\n\n"
            "By Monday evening, the combined toll given by the two sides stood at five injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 4, 11)))
    assert set(found) == {"Samarkandyk"}
    assert found["Samarkandyk"].fatalities is None
    assert found["Samarkandyk"].injured == 5


def test_according_to_the_administration_speaks_for_the_place_named_as_speaker_before(geoparser):
    text = ("DUSHANBE, May 16 (Asia-Plus) - Four residents of Lolazor were injured on Tuesday in a fight with residents "
            "of the neighbouring Kyrgyz village of Kayragach over an irrigation ditch, the authorities of Jabbor "
            "Rasulov district said.\n\n"
            "The administration of Leilek district said in Razzakov that the fight began when Lolazor residents "
            "started digging a new channel. According to the administration, two residents of Kayragach were "
            "injured by stones.")
    found = incidents_of(geoparser, text, dt.date(2024, 5, 16))
    assert len(found) == 1
    assert found[0].injured == 6


def test_residents_taken_out_of_the_village_and_the_number_moved_out_are_displaced():
    assert [(f.measure, f.value) for f in read_en("and about 60 residents were taken out of the village, the press "
                                                  "service reported")] == [("displaced", 60)]
    figures = read_en("By 22:00 on Tuesday, the number of residents moved out of Ak-Sai had reached 140")
    assert [(f.measure, f.value) for f in figures] == [("displaced", 140)]


def test_the_administration_said_after_a_sentence_naming_the_tajik_villagers_is_no_tajik_claim(geoparser):
    text = ("On Saturday afternoon, residents of Kök-Tash and the neighboring Tajik village of Khoja-Alo fought with "
            "sticks and stones at the Golovnoy site after, according to the Batken district administration, Tajik "
            "residents tried to reopen a sluice. Two Kök-Tash men, aged 34 and 61, were taken to the Batken regional "
            "hospital with head injuries, the administration said. The administration of Tajikistan's Isfara district "
            "said on Sunday that one resident of Khoja-Alo had been injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 29)))
    assert found["Kök-Tash"].injured == 3


def test_a_plenipotentiary_office_in_a_region_speaks_and_its_villagers_join_the_fight(geoparser):
    text = ("ДУШАНБЕ, 14.05.2024 /АВЕСТА/. В понедельник, 13 мая, у водораспределительного узла на окраине села Сурх "
            "произошла массовая драка между жителями Сурха и соседнего кыргызского села Самаркандык. По данным "
            "хукумата, пострадали трое жителей Сурха.\n\n"
            "По данным кыргызских СМИ, со ссылкой на полномочное представительство президента Кыргызстана в "
            "Баткенской области, двое жителей Самаркандыка также получили травмы.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 14), lang="ru"))
    assert set(found) == {"Surkh"}
    assert found["Surkh"].injured == 5


# --- Held-out batch 85, after its sealed measure: places that are not villages ---

def test_deminers_sent_from_a_city_are_no_scene(geoparser):
    text = ("A 39-year-old excavator driver was injured when an old artillery shell went off near the Kyzyl-Bel "
            "checkpoint on Tuesday. Police cordoned off the section and evacuated about 30 people while a team of "
            "deminers from Osh examined the area.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 17)))
    assert set(found) == {"Kyzyl-Bel"}


def test_truckers_blocking_the_approach_road_to_a_checkpoint_block_it_there_and_no_detention_is_no_event(geoparser):
    text = ("About 60 truck drivers blocked the approach road to the Kyzyl-Bel checkpoint on the Batken-Isfara road "
            "for around three hours on Saturday, June 22, to protest against queues, the police said. The drivers, "
            "most of them from Batken and Osh, dispersed after customs officials came out to talk to them; no one "
            "was detained.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 24)))
    assert set(found) == {"Kyzyl-Bel"}


def test_bangs_caused_by_quarry_blasting_not_by_shooting_are_no_incident(geoparser):
    text = ("BISHKEK (AKIpress) - The loud bangs heard in the villages of Kulundu and Maksat on Monday evening were "
            "caused by planned blasting at a gravel quarry, not by shooting on the border, the Border Service said.\n\n"
            "\"No shooting was recorded on the Leilek section of the border,\" the Border Service said.")
    assert incidents_of(geoparser, text, dt.date(2025, 2, 12)) == []


def test_the_other_sides_media_not_reporting_an_incident_does_not_make_the_article_a_first_report(geoparser):
    text = ("Вчера вечером на участке пограничной заставы «Максат» был обстрелян пограничный наряд, ранен "
            "младший сержант. Таджикские СМИ об инциденте не сообщали.\n\n"
            "Здание заставы было повреждено во время конфликта весной 2021 года. В сентябре 2022-го боевые действия "
            "вновь затронули Максат и соседнее село Кулунду: тогда сгорели десятки домов.")
    found = incidents_of(geoparser, text, dt.date(2023, 6, 14), lang="ru")
    assert [(i.place.name, i.date_start) for i in found] == [("Maksat", dt.date(2023, 6, 13))]


def test_a_russian_local_body_speaking_again_speaks_for_the_place_named_before(geoparser):
    text = ("Четверо граждан Таджикистана пострадали во вторник в Лолазоре в драке с жителями соседнего кыргызского "
            "села Кайрагач у арыка, сообщили в хукумате района Джаббора Расулова.\n\n"
            "Администрация Лейлекского района сообщила в Раззакове, что драку начали жители Лолазора. По данным "
            "администрации, двое жителей Кайрагача получили травмы.")
    found = incidents_of(geoparser, text, dt.date(2024, 5, 16), lang="ru")
    assert len(found) == 1
    assert found[0].injured == 6
