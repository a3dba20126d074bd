"""Border villages the gazetteer lacks: named in a place cue, mapped at the unit the article puts them in, with their
own name, a coarser geo-precision and a note in every export. The texts are written for these tests."""

from __future__ import annotations

import datetime as dt

from geo.articles import Article
from geo.exports.acled import acled_rows
from geo.exports.records import incident_properties
from geo.exports.ucdp import ucdp_rows
from tests.test_counted_and_typed import incidents_of

DAY = dt.date(2024, 5, 15)
#: One shelling of a village the gazetteer lacks, named with its district.
KAPCHYGAI_SHELLED = ("Tajik forces shelled the village of Kapchygai in Batken district on Tuesday, killing two "
                     "residents, the Kyrgyz border service said.")


def _mention(geoparser, text, name, lang="en"):
    parsed = geoparser.parse(Article(id="t", text=text, date=DAY, lang=lang))
    return next(m for m in parsed.mentions if m.text == name)


def test_a_village_named_with_its_district_is_mapped_at_the_district(geoparser):
    text = ("Tajik forces shelled the village of Kapchygai in Batken district on Tuesday, killing two residents and "
            "wounding five, the Kyrgyz border service said.")
    found = incidents_of(geoparser, text, DAY)
    assert [(i.place.name, i.geo_precision, i.fatalities, i.injured) for i in found] == [("Kapchygai", 2, 2, 5)]
    place = found[0].place
    assert place.stand_in_unit == "Batken District" and place.admin2 == "Batken District"
    assert (round(place.lat, 4), round(place.lon, 4)) == (40.0604, 70.8193)  # the curated district row's point
    assert place.id < 0 and place.kind == "curated"


def test_a_russian_village_after_selo_keeps_its_russian_form(geoparser):
    text = ("БИШКЕК, 15 мая — Sputnik. Таджикские военные обстреляли село Борбордук Лейлекского района, погибли два "
            "человека, еще пятеро ранены, сообщила пограничная служба.")
    found = incidents_of(geoparser, text, DAY, lang="ru")
    assert [(i.place.name, i.place.name_ru, i.geo_precision, i.fatalities) for i in found] == [
        ("Borborduk", "Борбордук", 2, 2)]
    assert found[0].place.stand_in_unit == "Leilek District"


def test_a_village_whose_district_is_named_in_another_sentence(geoparser):
    text = ("Таджикские военные обстреляли село Борбордук, погибли два человека, еще пятеро ранены, сообщила "
            "пограничная служба Кыргызстана. Село находится в Лейлекском районе Баткенской области.")
    mention = _mention(geoparser, text, "Борбордук", lang="ru")
    assert mention.role == "incident" and mention.place.stand_in_unit == "Leilek District"
    assert mention.precision == 2


def test_a_village_with_only_its_region_named_is_coarse(geoparser):
    text = ("Tajik forces shelled the village of Kapchygai on Wednesday, killing two residents.\n\n"
            "The village lies in Kyrgyzstan's southern Batken region.")
    mention = _mention(geoparser, text, "Kapchygai")
    assert mention.place.stand_in_unit == "Batken Region" and mention.place.stand_in_precision == 3
    assert mention.precision == 3


def test_a_village_of_a_known_jamoat_is_mapped_at_the_jamoat(geoparser):
    text = ("В ночь на четверг пограничный наряд у села Чоргул джамоата Чоркух был обстрелян, ранен один "
            "военнослужащий.")
    mention = _mention(geoparser, text, "Чоргул", lang="ru")
    assert mention.place.stand_in_unit == "Chorkuh" and mention.place.name == "Chorgul"


def test_a_village_far_from_the_border_zone_stays_unresolved(geoparser):
    text = "A tornado damaged homes in the village of Brenthollow in Washtenaw County on Tuesday, officials said."
    mention = _mention(geoparser, text, "Brenthollow")
    assert mention.place is None and mention.role == "unresolved"


def test_the_dateline_is_no_villages_unit(geoparser):
    text = "БАТКЕН, 15 мая — 24.kg. Жители села Борбордук сообщили о стрельбе со стороны соседней страны."
    mention = _mention(geoparser, text, "Борбордук", lang="ru")
    assert mention.place is None


def test_a_post_named_in_quotes_after_zastava(geoparser):
    text = ("Таджикские военные открыли огонь по пограничной заставе «Карамойнок» Лейлекского района, ранен один "
            "пограничник.")
    mention = _mention(geoparser, text, "Карамойнок", lang="ru")
    assert mention.place is not None and mention.place.stand_in_unit == "Leilek District"


def test_the_home_of_the_hurt_is_no_scene_when_unknown_too(geoparser):
    text = ("A Kyrgyz border guard was killed and two local residents were wounded on Thursday in a shootout at the "
            "edge of Ovchi-Kalacha, the Border Service said.\n\n"
            "The two residents, a man and a boy from the neighbouring village of Kommunizm, were taken to hospital "
            "in Isfana.")
    found = incidents_of(geoparser, text, DAY)
    assert [i.place.name for i in found] == ["Ovchi-Kalacha"]


def test_every_export_says_the_village_is_mapped_at_its_unit(geoparser):
    text = KAPCHYGAI_SHELLED
    incident = incidents_of(geoparser, text, DAY)[0]
    note = "Kapchygai is not in the gazetteer: mapped at the point of Batken District."
    assert acled_rows([incident])[0]["notes"].endswith(note)
    assert acled_rows([incident])[0]["location"] == "Kapchygai"
    ucdp = ucdp_rows([incident])[0]
    assert ucdp["where_prec"] == 3 and note in ucdp["where_description"]
    properties = incident_properties(incident)
    assert properties["place_source"] == "stand-in:p2:Batken District" and note in properties["notes"]


def test_a_village_told_again_in_its_case_forms_is_the_same_stand_in(geoparser):
    text = ("Ночью загорелись стога сена на окраине Дархума. По словам жителей села Дархум, огонь тушили два часа. "
            "Село Дархум входит в Маргунский айыл окмоту Лейлекского района.")
    parsed = geoparser.parse(Article(id="t", text=text, date=DAY, lang="ru"))
    found = [m for m in parsed.mentions if m.place is not None and m.place.name == "Darkhum"]
    assert [m.text for m in found] == ["Дархума", "Дархум", "Дархум"]
    assert len({m.place.id for m in found}) == 1


def test_the_adjective_of_a_unit_after_sela_is_no_village(geoparser):
    text = "Маргун и Дархум — села Маргунского айыл окмоту Лейлекского района, где вчера произошла драка."
    parsed = geoparser.parse(Article(id="t", text=text, date=DAY, lang="ru"))
    names = [m.place.name for m in parsed.mentions if m.place is not None]
    assert "Margun" in names and "Darkhum" in names
    assert not any(name.startswith("Margunsk") for name in names)


def test_a_village_told_by_its_people_or_its_edge(geoparser):
    text = ("Shots hit a house on the edge of Kapchygai late on Monday, wounding a farmer, the Batken district "
            "administration said. Kapchygai has about 1,200 residents.")
    assert _mention(geoparser, text, "Kapchygai").place.stand_in_unit == "Batken District"


def test_a_name_after_a_native_of_is_no_apposition(geoparser):
    text = ("Sergeant Aibek Toktorov, 23, died in hospital. Toktorov, a native of the village of Ak-Sai, had served "
            "in the Batken district for two years.")
    parsed = geoparser.parse(Article(id="t", text=text, date=DAY, lang="en"))
    assert all(m.place is None or m.place.stand_in_unit is None for m in parsed.mentions)


def test_a_sentence_opening_word_is_no_part_of_the_name(geoparser):
    text = ("Shelling hit Kulundu in Leilek district. In Kommunizm, a smaller village a few kilometers away, a tractor "
            "driver was wounded.")
    parsed = geoparser.parse(Article(id="t", text=text, date=DAY, lang="en"))
    assert "Kommunizm" in [m.place.name for m in parsed.mentions if m.place is not None]


def test_a_jamoat_named_after_its_village_is_context(geoparser):
    text = ("An 11-year-old boy was injured on Monday when an old mortar round went off in the village of Khushtoy, "
            "Gulzor jamoat, Lakhsh district, the district administration said.")
    found = incidents_of(geoparser, text, DAY)
    assert [i.place.name for i in found] == ["Khushtoy"]


def test_a_village_measured_from_a_located_one_is_mapped_at_its_point(geoparser):
    text = ("Automatic-weapons fire was opened at around 11:40 p.m. on the Tuura-Bel border post, about 3 km from the "
            "village of Andarak in Leilek district, wounding a serviceman.")
    found = incidents_of(geoparser, text, DAY)
    assert [(i.place.name, i.place.stand_in_unit, i.geo_precision) for i in found] == [("Tuura-Bel", "Andarak", 2)]


def test_two_unknown_villages_of_one_district_stay_two_incidents(geoparser):
    text = ("Tajik forces fired on the village of Kapchygai in Batken district on Tuesday, wounding a farmer. "
            "Minutes later bullets hit a house in the neighbouring village of Tash-Tumshuk, wounding a boy.")
    found = incidents_of(geoparser, text, DAY)
    assert sorted((i.place.name, i.injured) for i in found) == [("Kapchygai", 1), ("Tash-Tumshuk", 1)]


def test_a_locality_and_a_genitive_plural_of_villages(geoparser):
    text = ("Стрельба началась около полуночи в местности Чак-Булак Баткенского района, у дороги на перевал; "
            "ранены трое.")
    assert _mention(geoparser, text, "Чак-Булак", lang="ru").place.name == "Chak-Bulak"
    text = ("Во вторник жители двух соседних сел Уч-Добо и Капчыгай Баткенского района поспорили из-за воды, "
            "пострадали двое.")
    assert _mention(geoparser, text, "Уч-Добо", lang="ru").place.stand_in_unit == "Batken District"


def test_a_two_word_tajik_spelling_after_a_cue_is_the_curated_village(geoparser):
    text = "Местные власти вывезли из домов у границы 210 жителей села Ҳоҷаи Аъло Исфаринского района."
    assert _mention(geoparser, text, "Ҳоҷаи Аъло", lang="ru").place.name == "Khoja-Alo"


def test_a_regional_dateline_in_bold_is_a_dateline():
    from geo.language.en.dateline import find_dateline

    found = find_dateline("# Two hurt\n\n**ISFARA, September 16 — Asia-Plus.** Two civilians were wounded.")
    assert (found.place, found.month_day, found.agency) == ("ISFARA", (9, 16), "Asia-Plus")


def test_a_tract_is_the_scene_unless_measured_from_a_located_village(geoparser):
    text = ("Вечером 14 мая в местности Кара-Сеңир Баткенского района, у старого моста через канал, произошла "
            "перестрелка, ранены три человека.")
    found = incidents_of(geoparser, text, DAY, lang="ru")
    assert [(i.place.name, i.injured) for i in found] == [("Kara-Sengir", 3)]
    text = ("An old mortar round went off near the village of Churbek in Leilek district on Sunday.\n\n"
            "The blast happened at about 15:30 in the Kara-Sengir area, 3 kilometers south of the village. Two "
            "brothers grazing sheep were injured.")
    found = incidents_of(geoparser, text, DAY)
    assert [i.place.name for i in found] == ["Churbek"]


def test_the_map_says_where_a_village_the_gazetteer_lacks_is_mapped(geoparser):
    from geo.exports.records import incidents_feature_collection
    from geo.incidents.model import IncidentSet
    from geo.mapping._incidents import encode_incidents

    text = KAPCHYGAI_SHELLED
    incidents = incidents_of(geoparser, text, DAY)
    collection = incidents_feature_collection(IncidentSet(incidents=incidents, mentions=[], articles=1))
    details = encode_incidents(collection)["details"]["incidents"]
    assert details[0]["loc"] == "Not in the gazetteer: mapped at the point of Batken District"
