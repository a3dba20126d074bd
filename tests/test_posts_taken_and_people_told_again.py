"""A border post taken by force is fighting, and a person told again by a definite noun phrase is the person counted
before. The texts are written for these tests."""

from __future__ import annotations

import datetime as dt

from geo.language import pack_for
from tests.test_counted_and_typed import by_place, incidents_of

# --- a post taken by force ---------------------------------------------------------------------------------------


def test_a_post_seized_is_an_armed_clash(geoparser):
    text = ("Tajik troops seize Kyrgyz border post\n\n"
            "BISHKEK, Sept 17 (Reuters) - Tajik troops seized a Kyrgyz border post near the village of Ak-Sai in "
            "Batken district on Saturday, the Kyrgyz border service said. Two Kyrgyz border guards were wounded.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 9, 17)))
    assert found["Ak-Sai"].event_type == "armed_clash"
    assert found["Ak-Sai"].injured == 2


def test_a_post_taken_is_an_armed_clash_in_russian(geoparser):
    text = ("Таджикские военные захватили заставу\n\n"
            "БИШКЕК, 17 сен — Sputnik. Таджикские военнослужащие захватили пограничную заставу у села Ак-Сай в "
            "Баткенском районе, сообщила погранслужба. Ранены двое пограничников.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 9, 17), lang="ru"))
    assert found["Ak-Sai"].event_type == "armed_clash"
    assert found["Ak-Sai"].injured == 2


def test_only_a_post_taken_is_fighting():
    en = pack_for("en").triggers["armed_clash"]
    assert en.search("the post was captured by Tajik forces")
    assert en.search("Kyrgyz troops overran two Tajik positions")
    # (goods seized at a checkpoint, a post not taken: no fight)
    assert not en.search("customs officers seized 40 kg of goods at the checkpoint")
    assert not en.search("the troops did not seize the post")
    ru = pack_for("ru").triggers["armed_clash"]
    assert ru.search("пост был захвачен таджикскими военными")
    assert ru.search("захватили две кыргызские позиции")
    # (a post not taken, positions taken up: no fight)
    assert not ru.search("военные не захватывали заставу")
    assert not ru.search("войска заняли позиции вдоль границы")


# --- a person told again ----------------------------------------------------------------------------------------


def test_the_older_boy_who_died_is_the_boy_counted_dead_before(geoparser):
    text = ("Boy killed as old shell explodes\n\n"
            "A 13-year-old Tajik boy was killed and his 10-year-old cousin injured on Wednesday when an old mortar "
            "round went off in the village of Ovchi-Kalacha, the Committee of Emergency Situations said. "
            "The two boys were herding goats on a slope when one of them picked up a rusted metal object. "
            "It exploded in his hands. The older boy died of his wounds on the way to the district hospital.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 12)))["Ovchi-Kalacha"]
    assert (found.fatalities, found.injured) == (1, 1)
    text = ("ИСФАРА, 12 апр. Во вторник у села Овчи-Калача взорвался старый снаряд: погиб 13-летний мальчик, его "
            "10-летний двоюродный брат ранен. Мальчики пасли коз на склоне.\n\n"
            "Старший из мальчиков скончался по дороге в больницу.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 12), lang="ru"))["Ovchi-Kalacha"]
    assert (found.fatalities, found.injured) == (1, 1)


def test_a_wounded_man_who_died_after_another_death_is_one_more(geoparser):
    # (a man of another noun, first counted as wounded: a second death)
    text = ("Two dead after shooting\n\n"
            "A Tajik farmer was killed and two Tajik men were wounded on Monday in a shooting near Ovchi-Kalacha, "
            "the Tajik border service said. The younger man died of his wounds in hospital on Tuesday.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 4, 16)))["Ovchi-Kalacha"]
    assert found.fatalities == 2


# --- people listed, people named ---------------------------------------------------------------------------------


def test_people_named_one_by_one_are_as_many_as_their_names():
    read = pack_for("en").read_figures
    found = read("A source said Major Anvar Rahimov, private soldier Davron Saidov and private soldier Umed Karimov "
                 "were killed in the shooting")
    assert [(f.measure, f.value) for f in found] == [("fatalities", 3)]
    assert [(f.measure, f.value) for f in read("Sergeant Bakyt Osmonov and Private Nurlan Aliev were wounded")] == [
        ("injured", 2)]
    # (two presidents informed: no one hurt)
    assert read("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon were informed") == []
    read = pack_for("ru").read_figures
    assert [(f.measure, f.value) for f in read("Погибли майор Анвар Рахимов, рядовой Даврон Саидов и рядовой Умед "
                                                "Каримов.")] == [("fatalities", 3)]
    assert [(f.measure, f.value) for f in read("Сержант Бакыт Осмонов и рядовой Нурлан Алиев получили ранения.")] == [
        ("injured", 2)]
    assert read("Президенты Садыр Жапаров и Эмомали Рахмон провели переговоры.") == []


def test_each_person_of_a_list_after_a_dash_is_of_the_side_its_count_names(geoparser):
    text = ("ДУШАНБЕ, 28.01.2022 /НИАТ «Ховар»/. 27 января у села Ходжаи Аъло кыргызские военнослужащие обстреляли "
            "село из минометов.\n\n"
            "Кроме того, двое граждан Республики Таджикистан – Каримов А., 1980 года рождения, житель села, был убит "
            "при взрыве мины во дворе своего дома, а также Саидов Б., 1975 года рождения, водитель скорой помощи, "
            "погиб при эвакуации жителей.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 1, 28), lang="ru"))["Khoja-Alo"]
    assert (found.fatalities, found.fatalities_by_side) == (2, {"TJ": 2})


def test_a_government_s_unsided_count_below_the_other_side_s_own_is_its_own(geoparser):
    text = ("Clash at Ak-Sai\n\n"
            "BISHKEK, July 23 - Seventeen Kyrgyz citizens were hurt in a clash near the village of Ak-Sai on Monday, "
            "officials said. The Tajik side reported one killed and about ten wounded.")
    assert by_place(incidents_of(geoparser, text, dt.date(2019, 7, 23)))["Ak-Sai"].injured == 27


def test_a_side_s_report_of_its_losses_is_that_side_s(geoparser):
    text = ("БИШКЕК, 23 июля. Во время конфликта у села Ак-Сай пострадали 17 граждан Кыргызстана.\n\n"
            "С таджикской стороны сообщается об одном убитом и около десяти раненых.")
    found = by_place(incidents_of(geoparser, text, dt.date(2019, 7, 23), lang="ru"))["Ak-Sai"]
    assert found.fatalities_by_side == {"TJ": 1}
    assert found.injured == 27


def test_a_part_of_the_hurt_is_no_count_of_its_own():
    read = pack_for("ru").read_figures
    assert [(f.measure, f.value) for f in read("Из числа пострадавших 4 человека являются гражданскими лицами")] == []


def test_one_side_s_people_unhurt_are_that_side_s_zero():
    read = pack_for("ru").read_figures
    assert [(f.measure, f.value, f.side) for f in read("Кыргызстанцы не пострадали, но их машины повреждены")] == [
        ("fatalities", 0, "KG"), ("injured", 0, "KG")]
    assert [(f.measure, f.value, f.side) for f in read("Среди пограничников КР пострадавшие отсутствуют")] == [
        ("fatalities", 0, "KG"), ("injured", 0, "KG")]


# --- what is and is not an incident ------------------------------------------------------------------------------


def test_an_incident_between_citizens_of_the_two_countries_is_one(geoparser):
    text = ("Incident near Vorukh\n\n"
            "BISHKEK, June 1 - An incident between citizens of Kyrgyzstan and Tajikistan occurred near the Tajik "
            "exclave of Vorukh on Friday, the head of the Kyrgyz border service said.")
    assert by_place(incidents_of(geoparser, text, dt.date(2013, 6, 1)))["Vorukh"].event_type == \
        "border_incident_protest"
    text = ("БИШКЕК, 1 июня. Недалеко от таджикского анклава Ворух произошел инцидент между гражданами Кыргызстана и "
            "Таджикистана, сообщил глава погранслужбы.")
    assert "Vorukh" in by_place(incidents_of(geoparser, text, dt.date(2013, 6, 1), lang="ru"))


def test_a_diplomatic_note_of_protest_is_no_protest(geoparser):
    text = ("ДУШАНБЕ, 4 июня. МИД Кыргызстана вручил ноту протеста послу Таджикистана в связи с проникновением "
            "таджикских военнослужащих в местность у села Кок-Таш, сообщили в ведомстве.")
    assert incidents_of(geoparser, text, dt.date(2021, 6, 4), lang="ru") == []


def test_a_weapon_put_in_place_is_not_fired():
    for lang, text in (("en", "Tajik border guards installed a mortar on the territory of their post"),
                       ("ru", "пограничники Таджикистана установили миномет на территории своего поста")):
        pack = pack_for(lang)
        cleaned = pack.not_event.sub(lambda m: " " * len(m.group(0)), text)
        assert not pack.triggers["shelling_artillery"].search(cleaned), lang


def test_troops_moved_are_no_displacement(geoparser):
    text = ("DUSHANBE, Jan 27 - There is a relocation of individual paramilitary units and military equipment to the "
            "border areas of the Batken region, the Tajik border troops said.")
    assert incidents_of(geoparser, text, dt.date(2022, 1, 27)) == []


def test_what_a_past_fight_left_behind_is_no_event(geoparser):
    text = ("БИШКЕК, 20 окт. Сотни разрушенных домов — это то, что осталось в приграничных селах после вооруженного "
            "конфликта в Баткенской области.")
    assert incidents_of(geoparser, text, dt.date(2022, 10, 20), lang="ru") == []


def test_a_rally_takes_no_toll_of_the_war_told_after_it(geoparser):
    text = ("Victims of border conflict hold rally\n\n"
            "Residents of Ak-Sai village, who suffered during the border conflict, held a rally in front of the "
            "regional administration building on Wednesday.\n\n"
            "At least 190 Kyrgyzstanis suffered in the conflict at the Kyrgyz-Tajik border, 36 people died.")
    found = incidents_of(geoparser, text, dt.date(2021, 7, 22))
    assert all(i.fatalities is None for i in found)


def test_a_follow_up_with_no_fighting_of_its_own_codes_the_fight_it_retells(geoparser):
    text = ("БИШКЕК, 18 сентября. Обстановка на кыргызско-таджикской границе стабильная, сообщили в Пограничной "
            "службе. Пункты пропуска работают в штатном режиме.\n\n"
            "Напомним, 16 сентября в Лейлекском районе произошла перестрелка, в результате которой погиб пограничник "
            "КР и 13 кыргызстанцев ранены.")
    found = by_place(incidents_of(geoparser, text, dt.date(2019, 9, 18), lang="ru"))["Leilek District"]
    assert (found.fatalities, found.injured, found.date_start) == (1, 13, dt.date(2019, 9, 16))


def test_a_shell_that_went_off_in_ruins_is_old_ordnance(geoparser):
    text = ("БИШКЕК, 7 янв. В селе Арка Баткенской области из-за взрыва снаряда пострадали женщина и ее 11-летняя "
            "дочь.\n\n"
            "Как пояснили в погранслужбе, дом женщины был разрушен в 2022 году. Разбирая обломки, она обнаружила "
            "металлический предмет, который оказался взрывным устройством.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 1, 7), lang="ru"))["Arka"]
    assert found.event_type == "casualty_report"


# --- places --------------------------------------------------------------------------------------------------------


def test_the_ends_of_a_road_joined_by_a_hyphen_are_found(geoparser):
    from tests.test_counted_and_typed import roles_of
    found = roles_of(geoparser, "Водитель ехал по автодороге Максат-Жаштык в Лейлекском районе.", "ru")
    assert ("Максат", "context") in found
    # (a name that goes on past the hyphens is no road's ends)
    found = roles_of(geoparser, "Shots were fired near the Kulundu-Ovchi Kalacha road crossing.", "en")
    assert not any(text == "Ovchi" for text, _ in found)


def test_evacuees_taken_to_the_regional_capital_put_no_event_there(geoparser):
    text = ("Kok-Tash evacuees\n\n"
            "BATKEN, Jan 28 - Around 600 people, mostly women and children, had been evacuated from the village of "
            "Kok-Tash to the regional capital, Batken, after the fighting on January 27.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2022, 1, 28))] == ["Kök-Tash"]


def test_a_vehicle_heading_to_a_town_puts_no_event_there(geoparser):
    text = ("БИШКЕК, 10 янв. Ночью у села Кок-Таш граждане Таджикистана закидали камнями автомобиль гражданина "
            "Кыргызстана, который ехал в сторону Баткена.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2020, 1, 10), lang="ru")] == ["Kök-Tash"]


def test_victims_are_a_count_of_their_own_not_a_part_of_the_dead():
    read = pack_for("en").read_figures
    assert [(f.measure, f.value) for f in read("The Ministry of Health reported 163 victims, 59 people were "
                                               "killed.")] == [("fatalities", 59)]


def test_a_toll_from_a_country_is_that_side_s():
    read = pack_for("en").read_figures
    assert [(f.measure, f.value, f.side) for f in read("The death toll from Kyrgyzstan in the incident has reached "
                                                       "33 people")] == [("fatalities", 33, "KG")]


def test_a_man_hurt_named_by_his_post_is_one_person():
    read = pack_for("ru").read_figures
    assert [(f.measure, f.value) for f in read("В результате обстрела также пострадал начальник угольного "
                                               "разреза.")] == [("injured", 1)]


def test_a_conflict_near_an_exclave_is_at_the_exclave(geoparser):
    text = ("БИШКЕК, 13 янв. На границе между Кыргызстаном и Таджикистаном произошла перестрелка.\n\n"
            "Конфликт произошел в Баткенской области возле анклава Ворух. В результате перестрелки ранения получили "
            "трое кыргызских военнослужащих.")
    assert by_place(incidents_of(geoparser, text, dt.date(2014, 1, 13), lang="ru"))["Vorukh"].injured == 3


def test_the_town_a_jamoat_lies_by_and_its_imam_are_no_scenes(geoparser):
    text = ("ИСФАРА, 17 сент. 17 сентября в махалле Муминабад джамоата Чоркух под г. Исфарой состоялась поминальная "
            "молитва сразу семи жертв вооруженного конфликта, произошедшего 16 сентября на границе. Молитву провел "
            "главный хатиб Исфары.")
    assert [i.place.name for i in incidents_of(geoparser, text, dt.date(2022, 9, 17), lang="ru")] == ["Chorkuh"]
