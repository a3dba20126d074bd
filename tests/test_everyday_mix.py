"""The everyday mix of the sealed batches 136 and 138, studied after their blind scores: brawls told by both
governments, deaths of the wounded, truces agreed at crossings and for sections, alarms that were exercises, features
that look back. The texts are written for these tests; none is a devset article."""

from __future__ import annotations

import datetime as dt

from geo.language import pack_for
from tests.test_counted_and_typed import by_place, figures_of, incidents_of, roles_of

# --- a brawl of two villages, told by each government ------------------------------------------------------------

CANAL_BRAWL = (
    "KHUJAND, June 25 (Asia-Plus) - Four residents of Somoniyon were injured on Sunday evening, June 23, when an "
    "argument with residents of the neighbouring Kyrgyz village of Kulundu over irrigation water turned into a mass "
    "brawl, the Sughd regional administration said on Tuesday.\n\n"
    "Residents of Kulundu allegedly closed the sluice gate, and some 60 people from both sides began throwing "
    "stones.\n\n"
    "The Batken regional administration said two residents of Kulundu had been injured by stones. It said the "
    "conflict began when \"residents of the Tajik side tried to break the lock\" and claimed that about ten Tajik "
    "residents had also been hurt.")


def test_a_statement_s_day_does_not_part_the_brawl_from_its_neighbour(geoparser):
    found = incidents_of(geoparser, CANAL_BRAWL, dt.date(2024, 6, 25))
    assert [(i.place.name, i.date_start) for i in found] == [("Somoniyon", dt.date(2024, 6, 23))]


def test_what_a_pronoun_also_claims_is_its_claim_about_the_other_side(geoparser):
    # the four Tajik and two Kyrgyz hurt, each government's own; the ten are the Kyrgyz claim
    assert [i.injured for i in incidents_of(geoparser, CANAL_BRAWL, dt.date(2024, 6, 25))] == [6]


def test_a_claim_by_an_unnamed_speaker_is_about_the_other_side(geoparser):
    text = ("A Kyrgyz soldier wounded in a shoot-out near the border village of Kok-Tash on Tuesday has died, "
            "bringing the number of Kyrgyz servicemen killed to three, the Defense Ministry said.\n\n"
            "The ministry said the shooting broke out when Tajik troops set up a post on a hillside that Bishkek "
            "considers Kyrgyz territory. It said Kyrgyz units had responded and claimed that at least eight Tajik "
            "servicemen were killed.")
    found = incidents_of(geoparser, text, dt.date(2024, 3, 22))
    assert [(i.place.name, i.fatalities, i.fatalities_by_side) for i in found] == [("Kök-Tash", 3, {"KG": 3})]


def test_through_via_and_past_are_place_cues(geoparser):
    text = "The brawl broke out on a section of the Khujand-Konibodom road that runs through Arka on Saturday."
    assert ("Arka", "incident") in roles_of(geoparser, text, "en")


def test_the_other_side_s_revision_after_while_revises_no_death(geoparser):
    text = ("A Kyrgyz villager injured in a mass brawl near the border last weekend has died in hospital, health "
            "officials say, while Tajik authorities have raised the number of their citizens hurt from two to four.\n\n"
            "The brawl broke out on July 6 on the road that runs through Arka. In its first statement the Border "
            "Service said three Kyrgyz citizens had been injured.\n\n"
            "On July 8 the Sughd administration said four residents of Bobojon Ghafurov district had sought medical "
            "help.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 7, 10)))
    # one Kyrgyz death of wounds, taken out of the Kyrgyz wounded (not the Tajik): 3 - 1 + 4
    assert (found["Arka"].fatalities, found["Arka"].fatalities_by_side, found["Arka"].injured) == (1, {"KG": 1}, 6)


def test_people_taken_to_a_town_were_evacuated():
    read = pack_for("en").read_figures
    assert figures_of(read, "authorities took around 230 residents of Chek, most of them women and children, to the "
                            "town of Batken") == [("displaced", 230, None)]


def test_a_truce_agreed_at_a_crossing_in_the_meeting_s_sentence_is_its_incident(geoparser):
    text = ("BISHKEK (AFP) - Kyrgyzstan and Tajikistan agreed on Wednesday to a ceasefire after an exchange of fire "
            "near Chek wounded a serviceman on each side.\n\n"
            "Border commanders met for about three hours at the Kyzyl-Bel - Guliston crossing point on the road "
            "between Batken and Isfara and agreed \"a complete ceasefire along the entire line of contact,\" the "
            "border service said.")
    found = incidents_of(geoparser, text, dt.date(2024, 9, 18))
    assert ("Kyzyl-Bel", ["ceasefire_agreement"]) in [(i.place.name, i.event_types) for i in found]


DRILLS_DIGEST = (
    "Border Week: the week's round-up, December 2-8.\n\n"
    "RESIDENTS MOVED AFTER DRILLS\n"
    "On Tuesday, December 3, Tajik emergency officials moved 74 residents of the easternmost mahalla of Lakkon "
    "jamoat to a school in Isfara after Kyrgyz troops held exercises near the village of Kara-Bak. No shots were "
    "fired and nobody was hurt.\n\n"
    "COURT\n"
    "The Batken regional court on Thursday sentenced two men for stealing goods from abandoned houses in Ak-Sai "
    "during the evacuation of September 2022.")


def test_an_evacuation_for_drills_is_real_though_no_shot_was_fired(geoparser):
    found = incidents_of(geoparser, DRILLS_DIGEST, dt.date(2024, 12, 9))
    assert [(i.place.name, i.displaced) for i in found] == [("Lakkon", 74)]


def test_an_event_of_a_past_year_types_no_event_now():
    from geo.incidents.events import clause_types

    pack = pack_for("en")
    assert clause_types("They stole goods from houses in Ak-Sai during the evacuation of September 2022.", pack) == []
    assert clause_types("Residents of Ak-Sai were evacuated on Monday.", pack) == ["evacuation_displacement"]
    assert clause_types("воровали из домов в Ак-Сае во время эвакуации сентября 2022 года", pack_for("ru")) == []


def test_a_headline_about_rebuilding_a_past_war_s_damage_looks_back():
    assert pack_for("ru").retrospective.search("Бишкек завершил восстановление пострадавших в 2022 году сел")
    assert pack_for("en").retrospective.search("Kyrgyzstan finishes rebuilding villages hit in 2022")
    assert not pack_for("en").retrospective.search("Shooting near Ak-Sai: two border guards wounded")


def test_villages_that_suffered_most_in_a_rebuilding_story_are_no_incidents(geoparser):
    text = ("Бишкек завершил восстановление пострадавших в 2022 году сел на границе с Таджикистаном\n\n"
            "БИШКЕК, 10 декабря. /ТАСС/. Власти Киргизии завершили восстановление домов в приграничных селах, "
            "пострадавших в ходе конфликта в сентябре 2022 года.\n\n"
            "По его словам, больше всего пострадали села Ак-Сай и Самаркандык Баткенского района.")
    assert incidents_of(geoparser, text, dt.date(2024, 12, 10), lang="ru") == []


# --- truces for a named section ----------------------------------------------------------------------------------

KYZYL_ESHME_TRUCE = (
    "Пограничные ведомства Кыргызстана и Таджикистана договорились о полном прекращении огня на участке границы у "
    "села Кызыл-Эшме. В понедельник вечером на этом участке произошла перестрелка, ранены двое кыргызских "
    "пограничников.\n\n"
    "Как сообщили в Пограничной службе, в понедельник, 21 октября, около 19:10 военнослужащие Таджикистана открыли "
    "огонь по наряду, который проверял инженерные сооружения на участке у Кызыл-Эшме.\n\n"
    "Во вторник, 22 октября, около 15:00 на пункте пропуска «Карамык» состоялась встреча начальников пограничных "
    "отрядов. По ее итогам стороны договорились о полном прекращении огня на участке у Кызыл-Эшме с 17:00.")


def test_a_truce_for_a_section_is_an_incident_of_the_day_it_was_agreed(geoparser):
    found = incidents_of(geoparser, KYZYL_ESHME_TRUCE, dt.date(2024, 10, 23), lang="ru")
    assert sorted((i.event_types[0], i.date_start) for i in found) == [
        ("armed_clash", dt.date(2024, 10, 21)), ("ceasefire_agreement", dt.date(2024, 10, 22))]


def test_a_truce_for_the_section_where_the_fight_was_keeps_the_fight(geoparser):
    text = ("Пограничные ведомства Кыргызстана и Таджикистана договорились о полном прекращении огня на участке "
            "границы у села Бешкент Лейлекского района после ночной перестрелки, сообщила Пограничная служба.\n\n"
            "Перестрелка началась в ночь на понедельник, около 01:20. Никто не пострадал.")
    found = incidents_of(geoparser, text, dt.date(2023, 3, 13), lang="ru")
    assert sorted(i.event_types[0] for i in found) == ["armed_clash", "ceasefire_agreement"]
    assert {i.place.name for i in found} == {"Beshkent"}


# --- deaths of the wounded, homes and figures --------------------------------------------------------------------


def test_a_person_hurt_in_the_fight_who_died_died_of_wounds():
    died = pack_for("ru").died_of_wounds
    assert died.search("Житель села Арка, пострадавший во время конфликта на пастбище 27 июля, скончался в больнице.")


def test_the_district_that_locates_a_village_is_no_second_party(geoparser):
    text = ("Житель села Арка Лейлекского района, пострадавший во время конфликта на пастбище у границы 27 июля, "
            "скончался в больнице.\n\n"
            "## Что произошло\n\n"
            "Конфликт произошел в субботу, 27 июля, на пастбище на окраине Арки. Жители соседнего таджикского села "
            "Хистеварз пригнали на участок скот, завязалась ссора, были подожжены стога сена.\n\n"
            "28 июля пограничные войска Таджикистана заявили, что в ходе столкновения на пастбище травму получил и "
            "один гражданин Таджикистана — житель Хистеварза.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 8, 1), lang="ru")] == ["Arka"]


def test_a_detainee_brought_in_with_a_concussion_was_hurt():
    read = pack_for("ru").read_figures
    assert figures_of(read, "Старший из задержанных с сотрясением головного мозга и переломом носа доставлен в "
                            "больницу") == [("injured", 1, None)]
    assert figures_of(read, "Гражданин 1979 года рождения получил сотрясение головного мозга") == [("injured", 1, None)]


def test_harm_done_at_a_detention_is_not_routine():
    read = pack_for("ru").read_figures
    from geo.incidents.events.clauses import _non_event_scan

    text = ("При задержании один из нарушителей оказал активное сопротивление, в результате чего травму руки получил "
            "военнослужащий Пограничной службы.")
    spans, _ = _non_event_scan(text, pack_for("ru").folded.not_event)
    assert all(end <= text.index("в результате") for _, end in spans)
    assert figures_of(read, text) == [("injured", 1, "KG")]


def test_sheaves_and_stacks_are_things():
    read = pack_for("ru").read_figures
    assert figures_of(read, "Около 120 снопов скошенного сена остались на месте задержания") == []
    assert figures_of(read, "сгорели 12 стогов сена") == []


def test_one_more_person_after_besides_is_added():
    figures = pack_for("ru").read_figures("Кроме того, осколками стекла легко ранена жительница Хистеварза 61 года.")
    assert [(f.measure, f.value, f.additive) for f in figures] == [("injured", 1, True)]


# --- alarms that were exercises ----------------------------------------------------------------------------------

EXERCISE_DIGEST = (
    "Каждый понедельник мы собираем главное, что происходило на границе за неделю.\n\n"
    "1. Камни у Сурха\n\n"
    "Во вторник, 24 сентября, жители сел Самаркандык и Сурх подрались из-за ремонта дороги у Сурха. Два жителя "
    "Сурха получили травмы.\n\n"
    "2. Стрельба, которая оказалась учениями\n\n"
    "В ночь на четверг, 26 сентября, жители села Чек слышали автоматные очереди. Пограничная служба позднее "
    "сообщила, что таджикская сторона уведомила о плановых учениях на полигоне. Пострадавших нет, эвакуация не "
    "потребовалась.")


def test_a_heading_that_finds_the_shooting_an_exercise_speaks_for_its_paragraph(geoparser):
    found = incidents_of(geoparser, EXERCISE_DIGEST, dt.date(2024, 9, 30), lang="ru")
    assert [(i.place.name, i.fatalities, i.displaced) for i in found] == [("Surkh", None, None)]


def test_a_quoted_shooting_that_turned_out_to_be_drills_is_a_false_report():
    assert pack_for("ru").false_report.search("Четверг: «стрельба у Максата» оказалась учениями")
    assert pack_for("ru").false_report.search("Стрельба, которая оказалась учениями")


# --- features that look back -------------------------------------------------------------------------------------


def test_months_later_goes_on_telling_the_past(geoparser):
    text = ("Kyrgyzstan: In Ak-Sai, the memory of burned houses\n\n"
            "The first house burned down in September 2022, when fighting swept through Ak-Sai.\n\n"
            "Then came April 2021. A dispute at the water intake near Kok-Tash escalated into fighting.\n\n"
            "Seventeen months later the fighting returned and spread from Ak-Sai and Kok-Tash to the villages of "
            "Leilek district. Kyrgyzstan reported 63 dead, Tajikistan 41.\n\n"
            "According to the regional administration, 118 houses were destroyed in the four days of fighting that "
            "September.")
    assert incidents_of(geoparser, text, dt.date(2025, 4, 22)) == []


def test_a_quiet_count_and_a_commemoration_are_no_events(geoparser):
    text = ("Border week in review\n\n"
            "\"Over the past four months not a single shooting has been recorded on the Kyrgyz-Tajik border,\" the "
            "delegation head said on Wednesday.\n\n"
            "Relatives of those killed in September 2022 gathered in Batken on October 8 to mark two years since the "
            "fighting, in which 63 Kyrgyz citizens were killed.")
    assert incidents_of(geoparser, text, dt.date(2024, 10, 14)) == []


def test_people_brought_down_from_pasture_camps_were_evacuated():
    read = pack_for("en").read_figures
    assert figures_of(read, "41 people from six pasture camps in the Kara-Shibak area had been brought down to "
                            "Daroot-Korgon") == [("displaced", 41, None)]
    assert figures_of(read, "the drone was brought down to the ground") == []


POST_ON_THE_OUTSKIRTS = ("Вечером 13 мая со стороны Таджикистана обстреляна застава у села Кара-Бак. Ранен военнослужащий.\n\n"
            "По данным ведомства, около 22:40 военнослужащие таджикского пограничного поста, расположенного на "
            "окраине джамоата Лаккон, открыли огонь из стрелкового оружия по кыргызскому пограничному наряду.")


def test_a_post_on_the_outskirts_of_a_jamoat_that_opened_fire_is_no_scene(geoparser):
    found = incidents_of(geoparser, POST_ON_THE_OUTSKIRTS, dt.date(2024, 5, 14), lang="ru")
    assert [i.place.name for i in found] == ["Kara-Bak"]


def test_the_speaker_before_a_quotation_claims_what_it_says_of_the_other_side(geoparser):
    text = ("В пятницу, 19 июля, на пастбище в окрестностях Кулунду произошла драка между жителями села и гражданами "
            "Таджикистана из соседнего джамоата Овчи-Калача. Травмы получили шесть граждан Кыргызстана.\n\n"
            "По данным УВД Согдийской области, травмы получили четверо жителей джамоата Овчи-Калача. В заявлении УВД "
            "также утверждалось, что «с кыргызской стороны пострадали не более двух человек» — эти данные кыргызская "
            "сторона называет не соответствующими действительности.")
    found = incidents_of(geoparser, text, dt.date(2024, 7, 22), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Kulundu", 10)]


def test_a_truce_for_the_section_where_fighting_was_is_a_second_incident(geoparser):
    text = ("Руководители пограничных ведомств Кыргызстана и Таджикистана в четверг договорились о прекращении огня на "
            "участке границы у села Кызыл-Бел Баткенского района, где во вторник и в среду шла перестрелка.\n\n"
            "Стрельба на этом участке началась во вторник около полудня.")
    found = incidents_of(geoparser, text, dt.date(2023, 11, 17), lang="ru")
    assert ("ceasefire_agreement", dt.date(2023, 11, 16)) in [(i.event_types[0], i.date_start) for i in found]
    assert "armed_clash" in [i.event_types[0] for i in found]


def test_a_guard_wounded_when_shots_were_fired_who_died_leaves_the_wounded(geoparser):
    text = ("BISHKEK, May 21 (Reuters) - A Kyrgyz border guard wounded when shots were fired at a frontier post near "
            "the Tajik border on Saturday has died in hospital, Kyrgyzstan's border service said on Tuesday.\n\n"
            "According to the service, the shots came at about 4:40 a.m. on May 18 and hit the border post on the edge "
            "of the village of Andarak. Two Kyrgyz servicemen on duty were wounded.")
    found = incidents_of(geoparser, text, dt.date(2024, 5, 21))
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Andarak", 1, 1)]


def test_the_wound_phrase_of_one_death_is_not_the_toll_s(geoparser):
    text = ("A Kyrgyz herder wounded when a drone dropped explosives on a pasture camp near Kyzyl-Eshme last week has "
            "died in hospital, bringing the death toll from the July 14 strike to two, officials say.\n\n"
            "A 19-year-old herder was killed on the spot and three people were wounded, the service said that day. "
            "The other two wounded, a girl and her mother, are in stable condition.")
    found = incidents_of(geoparser, text, dt.date(2023, 7, 20))
    assert [(i.fatalities, i.injured) for i in found] == [(2, 2)]


def test_a_serviceman_of_a_border_body_named_after_the_verb_is_that_body_s_side():
    read = pack_for("ru").read_figures
    assert figures_of(read, "в результате чего травму руки получил военнослужащий Пограничной службы") == [
        ("injured", 1, "KG")]
    assert figures_of(read, "огнестрельное ранение получил военнослужащий Пограничных войск 2000 года рождения") == [
        ("injured", 1, "TJ")]


def test_a_side_that_reported_its_own_hurt_earlier_still_speaks_for_them(geoparser):
    text = ("В воскресенье вечером у пограничного рынка в Самаркандыке вспыхнула ссора, которая переросла в массовую "
            "драку жителей Самаркандыка и Сурха. В ход пошли камни.\n\n"
            "Минздрав сообщил, что в результате инцидента погиб один гражданин Кыргызстана, еще трое получили "
            "травмы. Таджикская сторона ранее сообщала о двух пострадавших жителях Сурха. В том же сообщении "
            "утверждалось, что с кыргызской стороны пострадали «не менее пяти человек».")
    found = incidents_of(geoparser, text, dt.date(2023, 8, 24), lang="ru")
    assert [(i.place.name, i.fatalities, i.injured) for i in found] == [("Samarkandyk", 1, 5)]


# --- batches 141 and 142 (the everyday mix, seventieth and seventy-first samples) --------------------------------


def test_the_village_a_city_administration_covers_is_its_ground_not_a_scene(geoparser):
    text = ("Stones were thrown and a shed was set on fire on the outskirts of Kara-Bak on Monday evening during a "
            "conflict between local residents and residents of the neighbouring Tajik village of Lakkon.\n\n"
            "\"Three residents of Kara-Bak received injuries,\" the Batken administration said.\n\n"
            "The administration of Isfara city, which covers Lakkon, said in its statement that two residents of "
            "Lakkon were injured by stones.")
    found = incidents_of(geoparser, text, dt.date(2024, 4, 16))
    assert [(i.place.name, i.injured) for i in found] == [("Kara-Bak", 5)]


def test_a_verdict_after_a_denial_of_a_false_alarm_is_the_verdict():
    from geo.incidents.events.denials import _debunked_by_verdict

    text = ("A video claims to show Kyrgyz forces shelling Ovchi-Kalacha. This is false: officials say no shots were "
            "fired on the border this week. Explosions heard near Kulundu were controlled blasting at a road "
            "construction site.\n\n"
            "## Verdict\n\n"
            "False. The video was filmed in September 2022.")
    assert _debunked_by_verdict(text, pack_for("en"))


def test_the_heads_of_border_departments_of_regions_speak_for_them():
    roles = pack_for("en").roles.government_before
    assert roles.search("the heads of the border departments of Kyrgyzstan's Batken region and Tajikistan's ")


def test_the_other_side_s_territory_a_distance_from_the_line_is_its_version_of_where(geoparser):
    text = ("Two herders from Toguz-Bulak were detained and beaten by Tajik border guards on a pasture near the "
            "village on October 14, the Border Service said.\n\n"
            "The Border Troops of Tajikistan said the two men had been detained \"on the territory of the Republic of "
            "Tajikistan, 300 meters from the state border line\" in Kuhistoni Mastchoh district.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 10, 16))] == ["Toguz-Bulak"]


def test_the_cities_a_road_links_are_no_scenes(geoparser):
    text = ("A drone dropped explosives on a house in Arka on November 6, wounding three people.\n\n"
            "Arka lies on a road linking the Tajik cities of Khujand and Konibodom and has been caught up in earlier "
            "fighting between the two former Soviet republics.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 11, 9))] == ["Arka"]


def test_a_flood_s_evacuees_in_a_digest_are_no_border_event_s(geoparser):
    text = ("## Kazakhstan: the water goes down\n\n"
            "The Emergency Situations Ministry said on April 26 that around 118,000 people had been evacuated in "
            "total since the spring floods began.\n\n"
            "## Tajikistan/Kyrgyzstan: stones at a canal\n\n"
            "Residents of Gulkhona fought with their neighbours from a Kyrgyz village on the evening of April 24 over "
            "water. Two people were hurt.")
    found = incidents_of(geoparser, text, dt.date(2024, 4, 29))
    assert [(i.place.name, i.displaced) for i in found] == [("Gulkhona", None)]


def test_materials_on_the_topic_are_links_to_other_stories():
    from geo.incidents.scope import _related_links_start

    text = "Стороны договорились о графике подачи воды.\n\nМатериалы по теме\nДрака у водораздела: четверо пострадавших"
    assert _related_links_start(text.lower()) == text.index("Материалы")


def test_people_taken_to_relatives_and_to_a_town_name_a_destination(geoparser):
    text = ("В понедельник у села Ак-Татыр произошла массовая драка, в ход пошли камни.\n\n"
            "Вечером местные власти временно вывезли 46 женщин и детей с улицы, прилегающей к каналу, к родственникам "
            "в центре села и в Баткен.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 15), lang="ru")
    assert [(i.place.name, i.displaced) for i in found] == [("Ak-Tatyr", 46)]


def test_a_man_brought_in_with_a_head_injury_who_died_died_of_wounds():
    assert pack_for("ru").died_of_wounds.search(
        "61-летний житель Ак-Татыра, доставленный в Баткенскую областную больницу с черепно-мозговой травмой, "
        "скончался утром 17 октября")


def test_animals_and_families_are_no_people_counted():
    read = pack_for("ru").read_figures
    assert figures_of(read, "Одна из лошадей, привязанных у юрты, была убита.") == []
    assert figures_of(read, "Председатель посетил семью погибшего и выразил соболезнования.") == []
    assert figures_of(read, "Один из пастухов был убит.") == [("fatalities", 1, None)]


def test_one_of_them_with_an_injury_and_a_cousin_with_wounds_are_hurt():
    read = pack_for("ru").read_figures
    assert figures_of(read, "У одного из них, 38-летнего мужчины, перелом руки, он госпитализирован.") == [
        ("injured", 1, None)]
    assert figures_of(read, "Его 13-летний двоюродный брат с осколочными ранениями ног доставлен в больницу") == [
        ("injured", 1, None)]


def test_a_drill_s_scenario_is_no_scene_and_a_heading_s_event_is_dated_under_it(geoparser):
    text = ("Обзор событий на границе за неделю.\n\n"
            "## Лейлекский район: в Андараке сожгли сено, в пожарных бросали камни\n\n"
            "Во вторник, 22 октября, около 20:30 в селе Андарак Лейлекского района загорелось сенохранилище. По данным "
            "МЧС, во время тушения в пожарный расчет с сопредельной стороны бросали камни. Пострадавших нет.\n\n"
            "## Учения в Чон-Алае\n\n"
            "26 октября у Дароот-Коргона прошли тактические учения пограничников. Отрабатывались действия по "
            "отражению нападения на заставу.")
    found = incidents_of(geoparser, text, dt.date(2024, 10, 28), lang="ru")
    assert [(i.place.name, i.date_start) for i in found] == [("Andarak", dt.date(2024, 10, 22))]


# --- batches 139 and 140, studied after their blind final scores -------------------------------------------------


def test_a_district_not_evacuated_and_a_section_that_has_seen_few_incidents_are_no_events():
    from geo.incidents.events.clauses import _non_event_scan

    pack = pack_for("en")
    text = "Residents of the Kadamjay district, which lies about 90 km east of Batken town, were not evacuated."
    spans, _ = _non_event_scan(text, pack.folded.not_event)
    assert any(text[a:b].startswith("were not evacuated") for a, b in spans)
    assert pack.background.search("the chong-alay section of the border has seen few incidents compared with batken")


def test_a_truce_agreed_at_a_named_border_checkpoint_is_its_incident(geoparser):
    text = ("A Kyrgyz border guard was wounded in an exchange of fire near the village of Maksat late on Friday.\n\n"
            "At noon on Saturday, border commanders met at the Kulundu border checkpoint. After two and a half hours "
            "of talks, they agreed on a complete ceasefire, the GKNB said.")
    found = incidents_of(geoparser, text, dt.date(2024, 3, 16))
    assert ("Kulundu", ["ceasefire_agreement"]) in [(i.place.name, i.event_types) for i in found]


def test_a_truce_for_the_whole_border_agreed_at_a_quoted_crossing_is_its_incident(geoparser):
    text = ("Бишкек. 6 декабря. ИНТЕРФАКС - Руководители пограничных ведомств Киргизии и Таджикистана на встрече в "
            "среду на пункте пропуска \"Кызыл-Бель - Гулистон\" договорились о строгом соблюдении режима прекращения огня на "
            "всем протяжении границы.")
    found = incidents_of(geoparser, text, dt.date(2023, 12, 6), lang="ru")
    assert [(i.place.name, i.event_types) for i in found] == [("Kyzyl-Bel", ["ceasefire_agreement"])]


def test_where_responders_came_from_and_where_forces_moved_up_are_no_scenes(geoparser):
    text = ("3 сентября беспилотник сбросил взрывное устройство на поле у села Хистеварз, никто из людей не пострадал. "
            "На место выехали сотрудники следственного управления и взрывотехники из Худжанда.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2023, 9, 4), lang="ru")] == ["Khistevarz"]
    text = ("2 октября из села Чек вывезли 240 жителей. Поводом для эвакуации стало выдвижение к границе в районе "
            "таджикского джамоата Лаккон около 15 единиц бронетехники.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2024, 10, 3), lang="ru")] == ["Chek"]


def test_a_village_a_blast_is_measured_from_is_its_scene(geoparser):
    text = ("БИШКЕК, 18 апр — Sputnik. Взрыв неразорвавшегося боеприпаса произошел накануне в Лейлекском районе.\n\n"
            "По данным ведомства, 17 апреля двое подростков пасли скот на склоне холма примерно в 1,5 километра от "
            "села Үч-Булак и нашли металлический предмет. При попытке разобрать его произошел взрыв.")
    found = incidents_of(geoparser, text, dt.date(2024, 4, 18), lang="ru")
    assert [i.place.name for i in found] == ["Churbek"]


def test_a_body_that_took_people_out_moved_them():
    read = pack_for("ru").read_figures
    assert figures_of(read, "27 октября МЧС временно вывезло из села Кызыл-Эшме 126 жителей") == [("displaced", 126, None)]


def test_the_plenipotentiary_s_region_is_his_seat(geoparser):
    text = ("В субботу вечером у канала на окраине Чилгази произошла драка с жителями соседнего кыргызского села "
            "Кара-Бак, в ход пошли камни. По данным хукумата Исфары, травмы получили четверо жителей Чилгази.\n\n"
            "По данным аппарата полномочного представителя правительства Кыргызстана в Баткенской области, "
            "зачинщиками были жители Чилгази. «Трое жителей Кара-Бака получили ушибы от камней», — сообщили там.")
    found = incidents_of(geoparser, text, dt.date(2024, 6, 23), lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Chilgazi", 7)]
