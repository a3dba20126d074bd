"""The event builder's short cue words live in the language packs: each pack reads its own language's forms."""

import re
from dataclasses import fields

import pytest

from geo.language.base import EventWords
from geo.language.en import ENGLISH
from geo.language.lazy import LazyPattern
from geo.language.ru import RUSSIAN

#: field -> (English text, Russian text, how the pattern is applied). A ``$``-anchored cue is searched in the
#: text before a date, figure or name; an opening cue is matched at the start of the text after one.
EXAMPLES = {
    "into_the_air": ("border guards fired warning shots into the air", "пограничники произвели выстрелы в воздух", "search"),
    "happened": ("The incident happened on the evening of Friday", "Инцидент произошел вечером в пятницу", "search"),
    "died_just_before": ("in intensive care since Thursday night died early ", "раненый скончался ", "search"),
    "limit_day": ("most of them had returned home by ", "большинство из них вернулись домой к утру ", "search"),
    "pronoun_died_after": (", he died in hospital", " утром он умер в больнице", "match"),
    "notice_before": ("Correction (", "Уточнение от ", "search"),
    "negated_day": ("the incident happened not on ", "инцидент произошел не ", "search"),
    "limit_before": ("the road stays closed until ", "дорога закрыта до ", "search"),
    "death_first": ("one of the wounded died", "из раненых скончался", "search"),
    "joint_statement": ("a joint statement of the two services", "совместное заявление двух служб", "search"),
    "relative_opening": (" where two men were hurt", " где пострадали двое", "match"),
    "source_opening": ("According to preliminary data, two were hurt", "По оперативным данным, пострадали двое", "match"),
    "fact_check": ("Fact check: a video of the clash", "Проверка фактов: видео столкновения", "search"),
    "denial_headline": ("Border service denies reports of shooting", "Пограничники опровергли слухи о стрельбе",
                        "search"),
    "withdrawn": ("An earlier version said two. This was wrong.", "Ранее сообщалось о двоих. Это не так.", "search"),
    "result_opening": ("As a result, two men were hurt", "В результате двое получили травмы", "match"),
    "fight_again": ("Two were taken to hospital after the brawl", "После драки двое госпитализированы", "search"),
    "heavy_impact": ("a mortar shell hit a barn", "мина разорвалась во дворе", "search"),
    "at_the_place_after": (" was wounded near the village of ", " получил ранение у села ", "search"),
    "parent_place": (" rural community of the city of ", " города ", "match"),
    "protest_note": ("a note of protest in connection with the shelling", "ноту протеста в связи с обстрелом",
                     "search"),
    "land_before": ("herders drove their flocks onto the pastures of ", "на пастбище у села ", "search"),
    "land_after": (" pastures", " пастбища", "match"),
    "no_force_in_any_case": ("None of the cases involved the use of force, both services said",
                             "Физическая сила и специальные средства при задержаниях не применялись", "search"),
    "no_force": ("The detainees offered no resistance", "Задержанные сопротивления не оказали", "search"),
    "spot_from_the_village": (" was grazing goats about 800 meters west of the village",
                              " пас коз примерно в 800 метрах к западу от села", "search"),
    "fire_opened": ("another detachment opened fire on the observation tower", "пограничники открыли огонь по наряду",
                    "search"),
    "weekday_lead": ("Tuesday: shots at the post", "Вторник, 23 мая. Выстрелы у заставы", "match"),
    "in_part_of_unit_before": ("fighting in the south of ", "бои на юге ", "search"),
    "several_days": ("on three days this week", "за неделю", "search"),
    "not_before": ("four were hurt, not ", "пострадали четверо, а не ", "search"),
    "rest_of_count": ("Two others received bruises", "Двое других получили ушибы", "search"),
    "rest_after": ("Two were hospitalised, the rest were treated as outpatients",
                   "Двое госпитализированы, остальным помощь оказана амбулаторно", "search"),
    "includes_part": ("Three were hurt, including a teenager", "Пострадали трое, в том числе подросток", "search"),
    "update_label": ("UPDATED, 9:40 p.m.", "ОБНОВЛЕНО, 21:10.", "fullmatch"),
    "of_them": ("Two of them have now died", "Двое из них скончались", "match"),
    "thing_relative": ("water along the canal, which had been closed", "подачу воды по каналу, который был перекрыт",
                       "search"),
    "former_name": ("the village, which until 2023 was called Churbek", "село, которое до 2023 года называлось Чурбек",
                    "search"),
    "same_body": ("On Wednesday the same department told reporters", "Днем в ведомстве сказали, что раненых четверо",
                  "search"),
    "here": ("No one was hurt there", "В селе никто не пострадал", "search"),
    "then_opening": ("At the time, some 2,300 people were evacuated", "Тогда из села были эвакуированы 2 300 человек",
                     "match"),
    "in_it_opening": ("In it, about 150 people took part", "В ней участвовали около 150 человек", "match"),
    "part_of_told": ("In Aksay alone, dozens of houses were set on fire", "В одном только Ак-Сае сгорели десятки домов",
                     "search"),
    "where_it_lies": ("Ak-Sai, where a road and an irrigation channel run along the edge of ",
                      "Ак-Сай, где дорога и канал проходят вдоль окраины ", "search"),
    "later_that_day": ("Later in the day the department said four", "Днем в ведомстве сказали, что раненых четверо",
                       "match"),
    "party_zero": ("The driver and two passengers were not hurt", "Водитель и двое пассажиров не пострадали", "match"),
    "small_arms": ("fired from automatic weapons at the post", "из стрелкового оружия был обстрелян пост", "search"),
    "after_the_fight": ("agreed on Sunday to a ceasefire after an exchange of mortar fire near Kara-Bak",
                        "договорились о прекращении огня после перестрелки в районе села Кара-Бак", "search"),
    "count_anaphor": ("By Thursday morning the ministry put the number at 1,460.", "К утру их число выросло до 1460.",
                      "search"),
    "hospital_intake": ("Two were hospitalised", "Двое доставлены в центральную больницу Исфары", "search"),
    "bare_one": ("One received a gunshot wound", "Один получил ранение", "match"),
    "past_relative": ("a new flare-up along a disputed border where fighting killed dozens of people last year",
                      "у села Кок-Таш, где в апреле 2021 года погибли десятки человек", "search"),
    "drone_downed": ("guards opened fire at it and the drone was shot down", "огонь из стрелкового оружия, и "
                     "беспилотник был сбит", "search"),
    "called_false": ("the information is not true", "информация не соответствует действительности", "search"),
    "one_pronoun_opening": ("He received a gunshot wound", "Он получил огнестрельное ранение", "match"),
    "local_people": ("a local man was beaten", "избила местного чабана", "search"),
    "of_them_before": ('and claimed that of them "only ', "а из них «лишь ", "search"),
    "party_with_before": ("injured in a brawl with residents of ", "пострадали в драке с жителями ", "search"),
    "moved_from_before": ("870 people were moved from ", "вывезены 870 человек, из ", "search"),
    "travel_stop": ("Ten kilometres further east, in ", "Первая остановка – ", "fullmatch"),
    "unit_under_fire": ("a patrol of the Kyrgyz Border Service came under fire from the territory of Tajikistan",
                        "наряд Пограничной службы ГКНБ Кыргызстана попал под обстрел", "search"),
    "social_media_report": ("a local Telegram channel wrote that a shepherd was beaten",
                            "в WhatsApp-группах жителей разошлось голосовое сообщение", "search"),
    "active_harm_opening": ("beat a shepherd from Kara-Bak", "избила местного чабана", "match"),
    "both_opening": ("both injured men", "оба пострадавших", "match"),
    "told_on_weekday": ("killed the driver, Tajik authorities said on Thursday", "погиб водитель, сообщили в "
                        "пограничной службе в четверг", "search"),
    "fire_exchanged": ("Tajik border guards returned fire", "Таджикские пограничники открыли ответный огонь", "search"),
    "interdiction_headline": ("Border guards stop illegal movement of cattle near Kara-Bak",
                              "Пресечена попытка незаконного перемещения КРС на кыргызско-таджикской границе", "search"),
    "resettlement_headline": ("Resettlement completed: 76 new homes and a new town for Leilek residents",
                              "Жители Достука начали переселяться в новый поселок", "search"),
    "exercise_headline": ("Rescuers hold evacuation exercise in Ak-Tatyr", "В Ак-Татыре прошли учения по эвакуации",
                          "search"),
    "transfer_before": ("the hospital, where he had been flown by helicopter on ",
                        "его санавиацией перевели в областную больницу ", "search"),
    "one_death": ("The information about the death of a serviceman is untrue",
                  "Информация о гибели военнослужащего не соответствует действительности", "search"),
    "one_of_them_before": ("the ministry said that one of them, a 24-year-old resident of ",
                           "сообщили, что один из них, 24-летний житель села ", "search"),
    "coordinated_part": ("one resident of Histevarz and one Tajik border guard had been wounded",
                         "ранен один житель Хистеварза и один таджикский пограничник", "search"),
    "released_before": ("held for two days and handed back to the Kyrgyz side with injuries ",
                        "задержанных передали кыргызской стороне ", "search"),
    "territory_before": ("had been detained on the territory of ", "находились на территории ", "search"),
    "came_from_before": ("a group of citizens of Tajikistan from the village of ", "группа жителей из соседнего села ",
                         "search"),
    "came_after": (" came to the head of the canal", " пришли к насосной станции", "match"),
    "wounded_on": ("A Kyrgyz farmer wounded on ", "Житель Лейлекского района, раненный ", "search"),
    "past_war_anaphor": ("Around 100 people were killed in those clashes.", "В тех боях погибли около 100 человек.",
                         "search"),
    "alleged_before": ("the Kyrgyz side had allegedly lost ", "кыргызская сторона якобы потеряла ", "search"),
    "since_opening": (" since 2021", " с мая", "match"),
    "past_year_event": ("stealing goods from houses in Ak-Sai during the evacuation of September 2022",
                        "воровство из домов в Ак-Сае во время эвакуации сентября 2022 года", "search"),
    "claimed_before": ("It said Kyrgyz units had responded and claimed that at least ",
                       "В ведомстве утверждают, что ", "search"),
    "rest_opening": (" The others were treated on the spot", " Остальным помощь оказали на месте", "match"),
    "hurt_list_heading": ("Four people were hurt. Among the injured:", "Среди пострадавших:", "search"),
    "beating": ("As a result of the beating, the shepherd received a fracture", "чабана избили палками", "search"),
    "separate_incident": ("while in a separate incident a boy was killed by a shell",
                          "в другом инциденте пострадал чабан", "search"),
    "hurt_list_inline": ("Among the injured are a 56-year-old farmer and two men", "Среди пострадавших — 56-летний дехканин",
                         "match"),
    "listed_person": ("- a 34-year-old resident of Ak-Sai, a gunshot wound to the leg",
                      "— 17-летний подросток с ранением руки", "search"),
    "listed_group": ("- two residents of Ak-Sai, head wounds", "— трое жителей Кок-Таша, ушибы", "match"),
    "kin_opening": ("His 23-year-old son was grazed in the arm", "Его сын получил ранение руки", "match"),
    "unknown_village_in_before": ("a summer pasture near the village of Karamyk in ",
                                  "примерно в 12:20 недалеко от населенного Ак-Босого ", "search"),
    "person_again": ("The older boy died of his wounds", "Старший из мальчиков скончался", "match"),
    "gathering": ("Residents held a rally in front of the administration", "Жители провели митинг у администрации",
                  "search"),
    "side_reports_before": ("From the Tajik side, there were reports of ", "С таджикской стороны сообщается об ",
                            "match"),
    "munition_blast": ("the explosion of a shell wounded two", "из-за взрыва снаряда пострадали двое", "search"),
    "fighting_went_on_opening": ("As the shooting continued, residents were moved",
                                 "Пока продолжалась перестрелка, жителей вывезли", "match"),
    "conflict_began": ("The latest conflict erupted Wednesday when", "Конфликт начался 28 апреля, когда", "search"),
    "site_near_before": ("forcibly stopped a car on the bridge near the settlement of ", "остановили машину на мосту у "
                         "села ", "search"),
    "post_anaphor": ("When the post came under fire, a private was wounded", "При обстреле заставы ранен рядовой",
                     "search"),
    "where_before_date": ("at the intake in Ravat, where ", "у водозабора в Капчыгае, где ", "search"),
    "victims_before": ("About 60 residents of Aksai threw stones at residents of ",
                       "жители Ак-Сая забросали камнями жителей ", "search"),
    "clash_again": ("In the March 13 clash, several men were wounded", "В ходе вчерашней перестрелки ранены двое",
                    "search"),
    "the_village_scene": ("At the entrance to the village, a group of residents of ", "На въезде в село группа жителей ",
                          "search"),
    "incident_happened": ("The incident reportedly took place in the afternoon of April 25",
                          "Инцидент произошел 25 апреля", "search"),
    "earlier_report": ("Earlier, the border service reported a shootout", "Ранее в погранслужбе заявили о перестрелке",
                       "match"),
    "latest_opening": ("The most recent incident appears to have arisen as", "Нынешний инцидент произошел у села",
                       "match"),
    "release_opening": ("The Press Centre of the Border Troops disseminated the following information",
                        "Пресс-центр Пограничных войск распространил следующую информацию", "search"),
    "place_not_hit_before": ("the drone struck a barn on the edge of Borborduk, and not in ",
                             "дрон ударил по сараю на окраине Борбордука, а не в ", "search"),
    "place_not_hit_after": (" itself was not hit", " не пострадал", "match"),
}


def _applies(pattern: re.Pattern[str], text: str, how: str) -> bool:
    apply = {"match": pattern.match, "fullmatch": pattern.fullmatch}.get(how, pattern.search)
    return apply(text) is not None


def test_every_event_word_has_an_example():
    assert set(EXAMPLES) == {f.name for f in fields(EventWords)}


@pytest.mark.parametrize("pack", [ENGLISH, RUSSIAN], ids=lambda p: p.code)
def test_every_event_word_of_a_pack_is_a_pattern(pack):
    for f in fields(EventWords):
        assert isinstance(getattr(pack.event_words, f.name), (re.Pattern, LazyPattern)), f.name


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_each_pack_reads_its_own_language_and_not_the_other(name):
    english, russian, how = EXAMPLES[name]
    assert _applies(getattr(ENGLISH.event_words, name), english, how)
    assert _applies(getattr(RUSSIAN.event_words, name), russian, how)
    assert not _applies(getattr(ENGLISH.event_words, name), russian, how)
    assert not _applies(getattr(RUSSIAN.event_words, name), english, how)


def test_a_district_standing_for_a_village_the_gazetteer_lacks_is_english_only():
    before = "on a summer pasture near the village of Karamyk in "
    assert ENGLISH.event_words.unknown_village_in_before.search(before)
    assert not RUSSIAN.event_words.unknown_village_in_before.search(before)
    for before in ("Near the Ak-Bosogo village of ", "at a site in Kum-Mazar area of "):
        assert ENGLISH.event_words.unknown_village_in_before.search(before)
    assert RUSSIAN.event_words.unknown_village_in_before.search("на участке Росровут района ")


@pytest.mark.parametrize(("pack", "text"), [
    (ENGLISH, "three residents aged 17, 36 and 44 received injuries"),
    (RUSSIAN, "трое жителей 1979, 1994 и 2001 годов рождения получили травмы"),
])
def test_a_list_of_ages_or_birth_years_is_no_coordinated_part(pack, text):
    assert pack.event_words.coordinated_part.search(text) is None
