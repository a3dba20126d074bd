"""Recognition, roles and precision on short synthetic sentences (real gazetteer)."""

import datetime as dt

import pytest

from geo.articles.model import Article

pytestmark = pytest.mark.integration


def parse(geoparser, text, date=dt.date(2022, 9, 18)):
    return geoparser.parse(Article(id="t", text=text, date=date))


def only(parsed, surface):
    found = [m for m in parsed.mentions if m.text == surface]
    assert len(found) == 1, [(m.text, m.kind, m.role) for m in parsed.mentions]
    return found[0]


def test_offsets_index_the_text_as_read(geoparser):
    text = "Fighting broke out near the Kyrgyz village of Kök-Tash on Wednesday."
    for mention in parse(geoparser, text).mentions:
        assert text[mention.start:mention.end] == mention.text
        assert mention.excerpt[mention.start - mention.excerpt_start:
                               mention.end - mention.excerpt_start] == mention.text


@pytest.mark.parametrize("spelling", ["Vorukh", "Voruh", "Voruj", "Ворух"])
def test_vorukh_spellings_are_incident_locations(geoparser, spelling):
    parsed = parse(geoparser, f"Tajik officials said three civilians were killed in {spelling} on Friday.")
    mention = only(parsed, spelling)
    assert mention.place.name == "Vorukh" and mention.role == "incident"
    assert mention.precision == 1


@pytest.mark.parametrize("spelling", ["Kök-Tash", "Kok-Tash", "Koktash", "Кок-Таш"])
def test_kok_tash_spellings(geoparser, spelling):
    parsed = parse(geoparser, f"Shelling damaged houses in {spelling}, on the Kyrgyz-Tajik border.")
    mention = only(parsed, spelling)
    assert mention.place.name == "Kök-Tash" and mention.place.country_code == "KG"


@pytest.mark.parametrize("spelling", ["Khoja-Alo", "Khojai Alo"])
def test_khoja_alo_spellings(geoparser, spelling):
    mention = only(parse(geoparser, f"Gunfire was reported at {spelling} near the water intake."), spelling)
    assert mention.place.name == "Khoja-Alo"


@pytest.mark.parametrize("text, surface, reason", [
    ("The government in Bishkek declared a day of mourning after the fighting.", "Bishkek", "government"),
    ("Bishkek said its troops were shelled at the border.", "Bishkek", "government"),
    ("A reporter in Dushanbe said the shelling had stopped.", "Dushanbe", "reporting"),
    ("Guterres will discuss the clashes in New York on the fringes of the UN General Assembly.",
     "New York", "diplomatic"),
    ("Leaders met for talks in Moscow about the ceasefire.", "Moscow", "diplomatic"),
    # a former name after a comma shares its place's role; an apposition locates the place before it
    ("Three wounded were shot and are treated at the district hospital in Vahdat, formerly Jirgatol.",
     "Jirgatol", "another spelling"),
    ("A resident of Shurob, a mining town in Isfara, was wounded by shots on Sunday.", "Isfara", "locates"),
    ("Часть груза направят в Лейлекский район — в Раззаков, где находятся эвакуированные.", "Раззаков",
     "destination"),
])
def test_context_roles(geoparser, text, surface, reason):
    mention = only(parse(geoparser, text), surface)
    assert mention.role == "context", mention.role_reason
    assert reason in mention.role_reason


def test_distant_conflict_named_for_comparison_is_context(geoparser):
    parsed = parse(geoparser, "Clashes on the Kyrgyz-Tajik border killed dozens. Russia is waging "
                              "a war against Ukraine, and Azerbaijan attacked Armenia.")
    for name in ("Ukraine", "Armenia", "Azerbaijan"):
        assert only(parsed, name).role == "context"
    assert only(parsed, "Kyrgyz-Tajik border").role == "incident"


def test_precision_codes(geoparser):
    parsed = parse(geoparser, "Heavy fighting was reported around the border town of Batken. "
                              "Shelling hit Isfara. Clashes spread across the Batken region.")
    assert only(parsed, "Batken").precision == 2
    assert only(parsed, "Isfara").precision == 1
    region = only(parsed, "Batken region")
    assert region.place.name == "Batken Region" and region.precision == 3


def test_demonyms_are_country_references(geoparser):
    parsed = parse(geoparser, "Kyrgyz forces and Tajik border guards exchanged fire.")
    assert only(parsed, "Kyrgyz").kind == "country_reference"
    assert only(parsed, "Kyrgyz").country_code == "KG"
    assert only(parsed, "Tajik").country_code == "TJ"


def test_place_inside_organisation_name(geoparser):
    parsed = parse(geoparser, "The Kyrgyz Border Service said the Batken regional administration "
                              "evacuated residents.")
    assert only(parsed, "Kyrgyz").kind == "country_reference"
    assert only(parsed, "Batken").place.name == "Batken"


@pytest.mark.parametrize("text", [
    "Maksat Nazarov, a local official, said the talks went well.",
    "President Sadyr Japarov spoke to reporters.",
    "Vladimir Putin urged both sides to stop.",
])
def test_personal_names_are_not_places(geoparser, text):
    names = {m.place.name for m in parse(geoparser, text).mentions if m.place}
    assert not names & {"Maksat", "Sadyr", "Vladimir"}


def test_ambiguous_village_with_a_locative_cue(geoparser):
    mention = only(parse(geoparser, "Houses were burned in Maksat during the clashes."), "Maksat")
    assert mention.place.country_code == "KG" and mention.role == "incident"


def test_determiners_and_possessives_are_trimmed(geoparser):
    parsed = parse(geoparser, "Batken's hospital treated the wounded. The Batken region was shelled.")
    assert only(parsed, "Batken").end - only(parsed, "Batken").start == len("Batken")
    assert only(parsed, "Batken region").text == "Batken region"


def test_unknown_name_in_a_cue_is_reported_unresolved(geoparser):
    mention = only(parse(geoparser, "Shooting was heard in the village of Zhyrgalanbek overnight."),
                   "Zhyrgalanbek")
    assert mention.role == "unresolved" and mention.place is None


def test_month_and_timezone_words_are_not_places(geoparser):
    parsed = parse(geoparser, "Sep 18, 2022 14:55 UTC\nClashes continued in May.")
    assert not [m for m in parsed.mentions if m.place]


def test_a_town_qualified_by_its_region_resolves_inside_it(geoparser):
    plain = only(parse(geoparser, "The market in Guliston was closed."), "Guliston")
    qualified = only(parse(geoparser, "The market in Guliston, Sughd was closed."), "Guliston")
    assert plain.place.country_code == "UZ"
    assert qualified.place.country_code == "TJ" and qualified.place.admin1 == "Sughd Region"


def test_optional_ner_adds_recall_but_removes_nothing(real_gazetteer):
    from geo.geoparse.pipeline import Geoparser

    text = "Shelling hit Vorukh. Fighting spread to Zzyxgrad and to the Isfara valley."
    start = text.index("Zzyxgrad")

    def fake_ner(_text):
        # a model that also mislabels Vorukh: found spans are kept as they are
        return [(start, start + len("Zzyxgrad"), "GPE"), (13, 19, "PERSON")]

    plain = Geoparser(gazetteer=real_gazetteer).parse(Article(id="n", text=text))
    boosted = Geoparser(gazetteer=real_gazetteer, ner=fake_ner).parse(Article(id="n", text=text))
    assert "Zzyxgrad" not in {m.text for m in plain.mentions}
    extra = only(boosted, "Zzyxgrad")
    assert extra.kind == "cue" and extra.role == "unresolved"
    assert only(boosted, "Vorukh").place.name == "Vorukh"


def test_the_ends_of_a_named_road_are_context_in_english(geoparser):
    mentions = parse(geoparser, "Residents of Ak-Sai blocked the road between Batken and Isfana on Monday.")
    assert only(mentions, "Batken").role == "context"
    assert only(mentions, "Ak-Sai").role == "incident"


@pytest.mark.integration
@pytest.mark.parametrize("text, place", [
    ("По данным таджикской стороны, огонь был открыт около 11:20 с кыргызской погранзаставы «Самаркандык» "
     "по селу Сурх.", "Samarkandyk"),
    ("Tajik officials said the fire came from the Kyrgyz border post Samarkandyk and hit Surkh.", "Samarkandyk"),
])
def test_the_border_post_fire_came_from_is_the_origin_not_the_scene(geoparser, text, place):
    mentions = {m.place.name: m for m in geoparser.parse(Article(id="t", text=text)).mentions if m.place}
    assert mentions[place].role == "context" and "origin" in mentions[place].role_reason


@pytest.mark.integration
@pytest.mark.parametrize("text, expected", [
    # a place named only as what the scene faces
    ("A Tajik border guard was killed on Monday when border units exchanged fire on the outskirts of "
     "Khojai Alo, the Tajik village that faces Kyrgyzstan's Kok-Tash across the water intake.",
     {"Khoja-Alo": "incident", "Kök-Tash": "context"}),
    # a court named after its region speaks
    ("The Sughd regional court ruled on February 21 that the three men were guilty of the brawl in which "
     "two Kyrgyz citizens were injured.", {"Sughd Region": "context"}),
    # a town after "in" locates the village before it
    ("Three residents of the Tajik village of Khodjai Allo in Isfara were wounded when border guards "
     "opened fire in their direction.", {"Khoja-Alo": "incident", "Isfara": "context"}),
    # a list of evacuation destinations stays destinations to its end
    ("Shelling hit Ak-Tatyr on Tuesday. According to the office, 2,146 people were evacuated from Ak-Tatyr "
     "on the evening of September 3 to Batken city and to the neighbouring villages of Kyzyl-Jol and Boz-Adyr.",
     {"Batken": "context", "Kyzyl-Jol": "context", "Boz-Adyr": "context"}),
    # a place "near" which fire came from across the border is the scene, not the origin
    ("Two road workers were wounded as a result of shooting from the territory of Tajikistan near "
     "Kyzyl-Jol village of Batken region.", {"Kyzyl-Jol": "incident"}),
])
def test_places_that_locate_face_speak_receive_or_host_an_event(geoparser, text, expected):
    roles = {m.place.name: m.role for m in geoparser.parse(Article(id="t", text=text)).mentions if m.place}
    assert {name: roles.get(name) for name in expected} == expected


@pytest.mark.integration
@pytest.mark.parametrize("text, expected", [
    # a district "of" its own region is not a far namesake of it; "was hit" and a gunshot wound are violence
    ("A resident of Katran village of Leilek district of Batken region received a gunshot wound on Tuesday.",
     {"Katran": "incident", "Batken Region": "context"}),
    ("The 58-year-old woman was hit in her garden in the village of Ovchi-Kalacha on Tuesday. The wounded "
     "were taken to the regional hospital in Khujand, the main city of the Sughd region.",
     {"Ovchi-Kalacha": "incident", "Khujand": "context", "Sughd Region": "context"}),
])
def test_units_of_their_region_wounds_and_the_city_of_a_region(geoparser, text, expected):
    roles = {m.place.name: m.role for m in geoparser.parse(Article(id="t", text=text)).mentions if m.place}
    assert {name: roles.get(name) for name in expected} == expected


@pytest.mark.integration
def test_the_start_of_a_journey_is_not_the_scene(geoparser):
    text = ("On Sunday a car in which a teenager was returning with his father from Batken was pelted with "
            "stones on the bypass road near the last houses of Vorukh.")
    roles = {m.place.name: m.role for m in geoparser.parse(Article(id="t", text=text)).mentions if m.place}
    assert (roles.get("Batken"), roles.get("Vorukh")) == ("context", "incident")


@pytest.mark.integration
def test_commanders_from_regions_a_faced_community_and_a_truce_signed_after_the_venue(geoparser):
    text = ("Regional border commanders from Kyrgyzstan's Batken region and Tajikistan's Sughd region met at the "
            "Kyzyl-Bel crossing point on the Batken-Isfara road and signed a protocol on a complete ceasefire. "
            "The shooting broke out on Tuesday near Samarkandek, a Kyrgyz village that faces the Tajik community "
            "of Chorku across the Isfara river.")
    roles = {m.place.name: (m.role, m.role_reason) for m in geoparser.parse(Article(id="t", text=text)).mentions
             if m.place}
    assert roles["Batken Region"][0] == roles["Sughd Region"][0] == roles["Chorkuh"][0] == "context"
    assert roles["Samarkandyk"][0] == "incident"
    assert roles["Kyzyl-Bel"] == ("incident", "venue of a ceasefire or withdrawal agreement")


@pytest.mark.integration
def test_a_village_bordering_an_exclave_is_the_scene_not_the_exclave(geoparser):
    text = ("A Kyrgyz border guard was killed late on Monday in an exchange of fire near the Kyrgyz village of "
            "Ak-Sai, which borders Tajikistan's Vorukh exclave.")
    roles = {m.place.name: m.role for m in geoparser.parse(Article(id="t", text=text)).mentions if m.place}
    assert (roles["Ak-Sai"], roles["Vorukh"]) == ("incident", "context")


@pytest.mark.integration
@pytest.mark.parametrize("text, expected", [
    # the town after a comma at the end of the sentence locates the village before it
    ("Today at 05:40 a Tajik serviceman was wounded when Kyrgyz servicemen opened fire at a detail on the "
     "outskirts of Surkh, Isfara.", {"Surkh": "incident", "Isfara": "context"}),
    # "opened targeted fire"; the shooters' station is where the fire came from; a settlement of a jamoat
    ("On 14 June servicemen stationed near the Kyrgyz village of Ak-Tatyr opened targeted fire at the residential "
     "quarter of the Khojai Alo settlement of Chorkuh jamoat of the city of Isfara.",
     {"Ak-Tatyr": "context", "Khoja-Alo": "incident", "Chorkuh": "context"}),
])
def test_official_statements_places(geoparser, text, expected):
    roles = {m.place.name: m.role for m in geoparser.parse(Article(id="t", text=text)).mentions if m.place}
    assert {name: roles.get(name) for name in expected} == expected
