"""The Tajik side's reporting (blind batch 51): a town as its villages' municipality, attacks told in the lede."""

from __future__ import annotations

import datetime as dt

from geo.articles.model import Article
from geo.language import get_pack
from tests.test_counted_and_typed import by_place, incidents_of


def test_a_border_section_in_a_town_is_the_municipality_its_village_places(geoparser):
    text = ("ДУШАНБЕ, 15 окт — Sputnik. Таджикский пограничник получил огнестрельное ранение в результате ночной "
            "стрельбы на участке границы в Исфаре, сообщили в Пограничных войсках ГКНБ Таджикистана.\n\n"
            "Согласно заявлению ведомства, 14 октября около 23:35 военнослужащие Пограничной службы Кыргызской "
            "Республики открыли огонь из стрелкового оружия по пограничному посту заставы «Ходжаи Аъло», "
            "расположенному на окраине одноименного села города Исфара.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 10, 15), lang="ru"))
    assert set(found) == {"Khoja-Alo"}
    assert found["Khoja-Alo"].injured == 1


def test_the_villages_of_a_town_make_the_town_their_municipality(geoparser):
    text = ("DUSHANBE, June 12 - Two residents were wounded when three border villages of the city of Isfara, "
            "Surkh, Shurob and Chorkuh, were shelled from the Kyrgyz side overnight, officials said.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 6, 12)))
    assert "Isfara" not in found
    assert "Surkh" in found


def test_residents_of_two_villages_who_fought_are_one_fight(geoparser):
    text = ("БИШКЕК, 24 мая — Sputnik. Жители кыргызского села Ак-Суу и таджикского села Мучун подрались во "
            "вторник утром из-за воды на оросительном канале у границы, сообщили в Баткенской областной "
            "администрации. Пострадали трое жителей Ак-Суу.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 5, 24), lang="ru"))
    assert set(found) == {"Ak-Suu"}
    assert found["Ak-Suu"].injured == 3


def test_an_english_brawl_between_residents_of_two_villages_is_one_fight(geoparser):
    text = ("BISHKEK - Residents of the Kyrgyz village of Ak-Suu and the Tajik village of Muchun brawled over "
            "irrigation water on Tuesday morning, the regional administration said. Three residents of Ak-Suu "
            "were injured.")
    found = by_place(incidents_of(geoparser, text, dt.date(2022, 5, 24)))
    assert set(found) == {"Ak-Suu"}


def test_the_lede_s_shelling_types_the_tolls_given_by_village(geoparser):
    text = ("Isfara mayor: houses damaged in Surkh and Chorkuh\n\n"
            "ISFARA, May 19 - Seventeen houses were damaged and three residents of Isfara received bodily injuries "
            "when the Kyrgyz side fired mortars at two border jamoats of the city on Saturday evening, the chairman "
            "of the city of Isfara told a briefing on Sunday.\n\n"
            "The chairman gave the figures by village:\n\n"
            "Surkh jamoat, village of Surkh: 11 houses damaged; two residents, a woman aged 44 and her 71-year-old "
            "father-in-law, received shrapnel wounds.\n\n"
            "Chorkuh jamoat, village of Chorkuh: 6 houses damaged; one person wounded.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 19)))
    assert found["Surkh"].event_type == "shelling_artillery"
    assert found["Chorkuh"].event_type == "shelling_artillery"
    assert found["Surkh"].injured == 2


def test_an_old_round_that_went_off_keeps_its_own_cause(geoparser):
    text = ("ISFARA, May 19 - Border villages of the city were shelled in September 2022 and the fields are still "
            "dangerous, officials said on Sunday.\n\n"
            "On Saturday, a boy was wounded in Surkh when an unexploded mortar round he had found went off.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 5, 19)))
    assert found["Surkh"].event_type == "casualty_report"


def test_a_woman_and_her_father_in_law_are_two():
    pack = get_pack("en")
    for sentence in ("A woman aged 44 and her 71-year-old father-in-law were wounded.",
                     "Two residents, a woman aged 44 and her 71-year-old father-in-law, received shrapnel wounds."):
        figures = [(f.measure, f.value) for f in pack.read_figures(sentence)]
        assert figures == [("injured", 2)], sentence


def test_a_denied_shelling_explained_by_a_gas_cylinder_is_no_incident(geoparser):
    text = ("DUSHANBE - Authorities in Tajikistan's Sughd region have denied reports circulating on social media "
            "that the mining settlement of Shurob, part of the Isfara municipality, was shelled from Kyrgyzstan on "
            "Sunday evening.\n\n"
            "Several Telegram channels claimed that at about 19:40 on February 5 Kyrgyz mortars had hit Shurob, "
            "killing three people and wounding 12.\n\n"
            "\"No shelling took place. This information is false,\" the Isfara city administration said. The "
            "explosion heard in the settlement was caused by a household gas cylinder that blew up in a bakery; "
            "two workers suffered burns.")
    assert incidents_of(geoparser, text, dt.date(2023, 2, 6)) == []


def test_a_russian_denial_explained_by_a_gas_cylinder_is_no_incident(geoparser):
    text = ("ДУШАНБЕ - В хукумате Исфары опровергли сообщения об обстреле.\n\n"
            "Несколько Telegram-каналов написали, что в воскресенье около 19:40 кыргызские минометы обстреляли "
            "Шуроб, погибли три человека. «Никакого обстрела не было», — заявили в хукумате. Взрыв, который слышали жители, "
            "произошел из-за бытового газового баллона в пекарне, двое рабочих получили ожоги.")
    assert incidents_of(geoparser, text, dt.date(2023, 2, 6), lang="ru") == []


def test_a_street_named_like_a_town_is_no_place(geoparser):
    doc = geoparser.parse(Article(id="t", text="A gas cylinder blew up in a bakery on Istiqlol street in Shurob."))
    assert "Istiqlol" not in {m.place.name for m in doc.mentions if m.place is not None}


def test_an_envoy_s_capital_is_no_scene(geoparser):
    text = ("On Thursday afternoon a passenger van was pelted with stones by a group of young people in Ak-Sai; two "
            "passengers were injured. The Ministry of Foreign Affairs handed a note to the Kyrgyz charge d'affaires "
            "in Dushanbe; police in Batken said three local youths had been detained.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 8, 16)))
    assert set(found) == {"Ak-Sai"}


def test_a_drone_of_the_same_type_only_seen_before_is_no_second_event(geoparser):
    text = ("KHUJAND, 26 Sep - A drone that flew in from the Kyrgyz side dropped an explosive device on the outskirts "
            "of Khistevarz on Thursday morning, wounding a school watchman, the border troops said. A drone of the "
            "same type had been seen over Khistevarz on 21 September but had dropped nothing.")
    found = incidents_of(geoparser, text, dt.date(2024, 9, 26))
    assert [(i.place.name, i.date_start) for i in found] == [("Khistevarz", dt.date(2024, 9, 26))]
    assert found[0].injured == 1


def test_each_government_s_toll_with_the_section_named_in_quotes_is_one_fight(geoparser):
    text = ("Душанбе. 22 апреля. ИНТЕРФАКС - Таджикистан и Киргизия приводят разные данные о погибших в результате "
            "перестрелки, произошедшей позавчера вечером на участке границы у села Гульхона.\n\n"
            "«В результате провокации погибли двое граждан Таджикистана - военнослужащий и житель села. Телесные "
            "повреждения получили пятеро граждан республики», - говорится в заявлении Пограничных войск ГКНБ "
            "Таджикистана.\n\n"
            "В среду управление здравоохранения сообщило, что в центральной больнице района Джаббора Расулова в "
            "Мехрободе находятся шесть раненых граждан Таджикистана.\n\n"
            "По версии Бишкека, таджикские военнослужащие первыми обстреляли кыргызский наряд на участке «Кайрагач - "
            "Гульхона» Лейлекского района. «Погиб один кыргызский пограничник, ранения получили двое военнослужащих и "
            "один местный житель», - сообщили в Пограничной службе Кыргызстана.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 22), lang="ru"))
    assert set(found) == {"Gulkhona"}
    assert found["Gulkhona"].fatalities == 3
    assert found["Gulkhona"].fatalities_by_side == {"TJ": 2, "KG": 1}
    assert found["Gulkhona"].injured == 8


def test_a_list_with_its_sided_part_and_an_aside_counts_the_whole_list(geoparser):
    text = ("DUSHANBE/BISHKEK, April 22 (Reuters) - Border guards exchanged fire late on Tuesday near a footbridge "
            "between the Tajik village of Ovchi-Kalacha and the Kyrgyz village of Kulundu, officials said.\n\n"
            "Tajikistan's State Committee for National Security said the Kyrgyz side opened fire on a Tajik patrol "
            "near the bridge, which reopened to pedestrians last year. Two Tajik border guards and a civilian, a "
            "33-year-old resident of Ovchi-Kalacha who was returning from his fields, were killed, the committee "
            "said.\n\n"
            "Kyrgyzstan's Border Service said one Kyrgyz border guard was killed.")
    found = by_place(incidents_of(geoparser, text, dt.date(2026, 4, 22)))
    assert set(found) == {"Ovchi-Kalacha"}
    assert found["Ovchi-Kalacha"].fatalities_by_side == {"TJ": 3, "KG": 1}


def test_the_village_a_road_leads_to_and_the_other_party_s_teenager_stay_with_the_scene(geoparser):
    text = ("Во вторник около 19:00 на окраине поселка Шуроб, у моста на дороге в кыргызский Самаркандык, произошла "
            "потасовка между молодыми людьми из двух приграничных сел. Стороны забрасывали друг друга камнями. По "
            "данным хукумата города Исфара, двое жителей Шуроба получили телесные повреждения. Баткенский районный "
            "отдел милиции сообщил, что пострадал также один подросток из Самаркандыка.")
    found = by_place(incidents_of(geoparser, text, dt.date(2025, 5, 31), lang="ru"))
    assert set(found) == {"Shurob"}
    assert found["Shurob"].injured == 3


def test_a_feminine_arson_verb_reports_the_arson(geoparser):
    text = ("Как говорится в сообщении МИД, поздно вечером в понедельник группа лиц, пришедших со стороны соседнего "
            "кыргызского села Кок-Таш, подожгла хозяйственные постройки на окраине Ходжаи Аъло. Никто из людей не "
            "пострадал.")
    found = by_place(incidents_of(geoparser, text, dt.date(2024, 2, 14), lang="ru"))
    assert "Khoja-Alo" in found


def test_talks_that_resumed_in_a_town_make_it_a_venue(geoparser):
    text = ("Two boys were wounded on Monday when an old shell went off in Ovchi-Kalacha, officials said. The "
            "explosion came as border talks between the two Central Asian neighbours resumed in the Kyrgyz city "
            "of Batken.")
    found = by_place(incidents_of(geoparser, text, dt.date(2023, 3, 28)))
    assert "Batken" not in found
