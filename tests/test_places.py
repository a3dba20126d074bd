"""Places right: the curated table reached by every spelling, homonyms, areas, reverse geocoding, spans."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geo.articles.model import Article
from geo.exceptions import GeocodeQueryError
from geo.gazetteer.geocoder import OfflineGazetteer
from geo.gazetteer.index import Gazetteer, build_index
from geo.gazetteer.model import PlaceRecord
from geo.gazetteer.normalize import name_key
from geo.geoparse.pipeline import Geoparser

ROOT = Path(__file__).resolve().parent.parent


def _curated_rows() -> list[dict[str, str]]:
    with (ROOT / "data" / "border_places.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.integration
def test_geocode_reaches_every_curated_row_by_every_variant(real_gazetteer):
    """Each spelling of each row returns that row among its candidates (homonyms may outrank it)."""
    geocoder = OfflineGazetteer(gazetteer=real_gazetteer)
    missed = []
    for row in _curated_rows():
        for spelling in [row["name"], *filter(None, row["variants"].split("|"))]:
            sources = {s.place.source for s in geocoder.rank(spelling)}
            if f"curated:{row['id']}" not in sources:
                missed.append((row["id"], spelling))
    assert missed == []


def test_curated_rows_are_complete_and_cited():
    rows = _curated_rows()
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["source"].strip() and row["country_code"] in ("KG", "TJ"), row["id"]
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


def _record(name, lat, lon, *, variants=(), kind="curated", admin1="Batken Region", code="PPL"):
    return PlaceRecord(name=name, lat=lat, lon=lon, country_code="KG", admin1=admin1,
                       feature_class="P", feature_code=code, population=0,
                       source=f"curated:{name}-{lat}", kind=kind, variants=list(variants))


@pytest.fixture(scope="module")
def homonym_gazetteer(tmp_path_factory) -> Gazetteer:
    """Two villages called Dostuk ~70 km apart, each with a neighbour that can choose it."""
    out = tmp_path_factory.mktemp("homonyms")
    build_index([
        _record("Dostuk", 40.08, 70.70, variants=["Dustuk"]),          # Batken District, near Isfara
        _record("Dostuk", 40.17, 69.86, variants=["Dustuk"]),          # Leilek District, near Arka
        _record("Ak-Sai", 39.88, 70.52, variants=["Aksay"]),
        _record("Arka", 40.19778, 69.88806),
        _record("Isfana", 39.84, 69.53),
    ], out_dir=out, demonyms={"Kyrgyz": "KG"}, common_words=frozenset())
    return Gazetteer(out)


@pytest.mark.parametrize("neighbour, expected_lon", [("Arka", 69.86), ("Ak-Sai", 70.70)])
def test_a_co_mentioned_village_chooses_between_homonyms(homonym_gazetteer, neighbour, expected_lon):
    parser = Geoparser(gazetteer=homonym_gazetteer)
    text = f"Shooting broke out in Dostuk on Monday. Residents of {neighbour} heard the gunfire."
    mention = next(m for m in parser.parse(Article(id="h", text=text)).mentions if m.text == "Dostuk")
    assert mention.resolved.place.lon == pytest.approx(expected_lon)
    assert mention.resolved.runner_up is not None  # the other Dostuk is kept as the runner-up
    assert mention.resolved.runner_up.lon != pytest.approx(expected_lon)


@pytest.mark.integration
def test_reverse_geocoding_gives_the_nearest_place_and_the_border_join(real_gazetteer):
    geocoder = OfflineGazetteer(gazetteer=real_gazetteer)
    found = geocoder.reverse((39.8513, 70.5801))
    assert found.raw["name"] == "Vorukh"
    assert found.raw["at_point"]["country_code"] == "TJ"
    assert found.raw["at_point"]["enclave"] == "Vorukh"
    nearest = geocoder.reverse("40.06, 70.82", exactly_one=False, limit=3)
    distances = [item.raw["distance_km"] for item in nearest]
    assert nearest[0].raw["name"] == "Batken" and distances == sorted(distances)
    assert len({name_key(item.raw["name"]) for item in nearest}) == len(nearest)


@pytest.mark.integration
def test_reverse_geocode_through_geopandas(real_gazetteer):
    import geopandas
    from shapely.geometry import Point

    frame = geopandas.tools.reverse_geocode(
        [Point(70.58, 39.85)], provider=OfflineGazetteer, gazetteer=real_gazetteer
    )
    assert frame["address"].iloc[0].startswith("Vorukh")


@pytest.mark.parametrize("query", ["not a point", (95.0, 10.0), None])
def test_reverse_rejects_what_is_not_a_point(tiny_gazetteer, query):
    with pytest.raises(GeocodeQueryError):
        OfflineGazetteer(gazetteer=tiny_gazetteer).reverse(query)


def test_an_unknown_country_code_is_named_as_unknown(tiny_gazetteer):
    with pytest.raises(GeocodeQueryError, match="'XX' is unknown"):
        OfflineGazetteer(gazetteer=tiny_gazetteer).geocode("Vorukh", country_codes=["XX"])


@pytest.mark.integration
def test_curated_towns_carry_the_geonames_population(real_gazetteer):
    geocoder = OfflineGazetteer(gazetteer=real_gazetteer)
    assert geocoder.geocode("Batken").raw["population"] > 10_000
    assert geocoder.geocode("Isfara").raw["population"] > 10_000


@pytest.mark.integration
@pytest.mark.parametrize("text, surface, name", [
    ("Officials from Central Asia met in Tashkent.", "Central Asia", "Central Asia"),
    ("Trade with Europe grew.", "Europe", "Europe"),
    ("He moved from Louisville, Ky. last year.", "Ky.", "Kentucky"),
    ("The U.S. embassy said so.", "U.S.", "United States"),
    ("He moved to Wheeling, W.Va. in May.", "W.Va.", "West Virginia"),
    ("She was born in Ind. and moved away.", "Ind.", None),
    ("Deputies in Anderson County said the road was closed.", "Anderson County", None),
    ("A spokesman for the Texas Forestry Service said trees were free.", "Texas", "Texas"),
    ("He spoke in Fort Worth, Texas, on Sunday.", "Texas", "Texas"),
])
def test_spans_follow_the_annotation_conventions(geoparser, text, surface, name):
    mentions = geoparser.parse(Article(id="s", text=text)).mentions
    found = [m for m in mentions if m.text == surface]
    assert found, [m.text for m in mentions]
    if name is not None:
        assert found[0].resolved.place.name == name


@pytest.mark.integration
def test_admin1_units_sit_near_their_middle_not_their_population_centre(real_gazetteer):
    texas = [p for p in real_gazetteer.places_by_name("Texas") if p.kind == "admin1"][0]
    assert abs(texas.lat - 31.25) < 1.0 and abs(texas.lon - -99.25) < 1.0  # GeoNames' own: 31.25N 99.25W


@pytest.mark.integration
def test_the_united_states_sits_at_geonames_own_point(real_gazetteer):
    united_states = real_gazetteer.country("US")
    assert (united_states.lat, united_states.lon) == (39.76, -98.5)  # GeoNames 6252001
    assert real_gazetteer.country("RU").lat == 60.0  # countryinfo's point is GeoNames' own here


@pytest.mark.integration
def test_a_state_named_like_a_country_is_the_state_in_a_story_about_its_towns(geoparser):
    text = "The Georgia Department of Transportation closed the road in Georgia near Atlanta."
    mentions = geoparser.parse(Article(id="s", text=text)).mentions
    georgia = next(m for m in mentions if m.text == "Georgia")
    assert (georgia.resolved.place.kind, georgia.resolved.place.country_code) == ("admin1", "US")


@pytest.mark.integration
def test_a_country_named_like_a_state_stays_the_country_in_a_foreign_story(geoparser):
    text = "Tbilisi said Georgia would talk to Russia about the border with Armenia."
    mentions = geoparser.parse(Article(id="s", text=text)).mentions
    georgia = next(m for m in mentions if m.text == "Georgia")
    assert georgia.resolved.place.country_code == "GE"


@pytest.mark.integration
def test_a_surname_stays_a_person_through_the_article(geoparser):
    text = ("Rep. Trapani filed the bill in Atlanta. Trapani said the bill "
            "would help builders, and Trapani will speak again on Monday.")
    mentions = geoparser.parse(Article(id="s", text=text)).mentions
    assert "Trapani" not in [m.text for m in mentions]
    assert "Atlanta" in [m.text for m in mentions]


@pytest.mark.integration
def test_a_large_city_keeps_its_place_reading_after_a_capitalised_word(geoparser):
    text = "Mayor Atlanta Jones spoke. Schools in Atlanta reopened on Monday."
    mentions = geoparser.parse(Article(id="s", text=text)).mentions
    assert [m.text for m in mentions] == ["Atlanta"]


@pytest.mark.integration
def test_a_feast_named_after_a_saint_is_not_a_place(geoparser):
    text = "Police in Springfield planned patrols for St. Patrick's Day and Valentine's Day."
    mentions = geoparser.parse(Article(id="s", text=text)).mentions
    assert [m.text for m in mentions] == ["Springfield"]


@pytest.mark.integration
@pytest.mark.parametrize("text, state", [
    ("Walker County deputies closed the road to LaFayette, Georgia, after the storm.", "Georgia"),
    ("Walker County deputies closed the road to Jasper, Alabama, after the storm.", "Alabama"),
    ("Storms hit Walker County overnight, Texas officials said.", "Texas"),
])
def test_a_county_name_resolves_to_the_county_of_the_state_in_focus(geoparser, text, state):
    mentions = geoparser.parse(Article(id="s", text=text)).mentions
    county = next(m for m in mentions if m.text == "Walker County")
    place = county.resolved.place
    assert (place.name, place.kind, place.feature_code, place.admin1) == ("Walker County", "district", "ADM2", state)


@pytest.mark.integration
@pytest.mark.parametrize("text, surface, admin1", [
    ("Schools in DeKalb, Illinois, reopened on Monday.", "DeKalb", "Illinois"),
    ("The mayor of Richmond said Virginia would pay for the new bridge.", "Richmond", "Virginia"),
    ("Police in Jasper said the Alabama road would reopen.", "Jasper", "Alabama"),
])
def test_a_bare_town_name_stays_the_town_where_a_county_shares_it(geoparser, text, surface, admin1):
    mentions = geoparser.parse(Article(id="s", text=text)).mentions
    town = next(m for m in mentions if m.text == surface)
    assert (town.resolved.place.kind, town.resolved.place.admin1) == ("city", admin1)


@pytest.mark.integration
def test_county_points_sit_inside_their_county(real_gazetteer):
    walker = {p.admin1: p for p in real_gazetteer.places_by_name("Walker County") if p.kind == "district"}
    assert set(walker) == {"Alabama", "Georgia", "Texas"}
    georgia = walker["Georgia"]
    assert abs(georgia.lat - 34.74) < 0.2 and abs(georgia.lon - -85.30) < 0.2  # Census outline's middle
    assert georgia.source == "derived:us-census-county-13295"
    orleans = [p for p in real_gazetteer.places_by_name("Orleans Parish") if p.kind == "district"]
    assert [p.admin1 for p in orleans] == ["Louisiana"]


@pytest.mark.integration
def test_a_county_bare_name_is_no_text_key_of_its_own(real_gazetteer):
    assert "walker county" in real_gazetteer.text_keys
    assert "walker" not in real_gazetteer.text_keys  # only towns named Walker would make it one
    assert "union" in real_gazetteer.common_words  # Union County does not lift the common-word filter


@pytest.mark.integration
@pytest.mark.parametrize("text, state", [
    ("Deputies in Walker County searched the woods north of Huntsville on Sunday.", "Texas"),
    ("Deputies in Walker County searched the woods near LaFayette on Sunday.", "Georgia"),
])
def test_a_county_without_its_state_is_the_one_next_to_a_town_of_the_article(geoparser, text, state):
    mentions = geoparser.parse(Article(id="s", text=text)).mentions
    assert [(m.resolved.place.kind, m.resolved.place.admin1) for m in mentions] == [
        ("district", state), ("city", state)]


@pytest.mark.integration
def test_the_bare_names_of_a_list_of_counties_are_counties(geoparser):
    text = "Schools in Barrow and Jackson counties closed, as did those in Clarke, Madison or Oconee counties."
    mentions = geoparser.parse(Article(id="s", text=text)).mentions
    assert [m.text for m in mentions] == ["Barrow", "Jackson", "Clarke", "Madison", "Oconee"]
    assert {(m.resolved.place.kind, m.resolved.place.admin1) for m in mentions} == {("district", "Georgia")}


@pytest.mark.integration
def test_a_list_that_names_no_county_is_left_alone(geoparser):
    text = "Officials from Kyrgyzstan and Tajikistan counties met."
    mentions = geoparser.parse(Article(id="s", text=text)).mentions
    assert all(m.resolved is None or m.resolved.place.kind != "district" for m in mentions)


@pytest.mark.integration
@pytest.mark.parametrize("text, person", [
    ("The meeting ran late, said Linda Walker, a teacher in Atlanta.", "Walker"),
    ("Theresa Halsey, 52, was arraigned in Atlanta on Tuesday.", "Halsey"),
])
def test_a_given_name_makes_the_next_word_a_surname_even_where_it_names_a_town(geoparser, text, person):
    mentions = [m.text for m in geoparser.parse(Article(id="s", text=text)).mentions]
    assert person not in mentions and "Linda" not in mentions and "Theresa" not in mentions
    assert "Atlanta" in mentions


@pytest.mark.integration
def test_a_small_town_named_before_said_is_a_speaker_but_not_after_from(geoparser):
    speaker = geoparser.parse(Article(id="s", text="Hawkins said the budget in Atlanta was tight.")).mentions
    assert [m.text for m in speaker] == ["Atlanta"]
    place = geoparser.parse(Article(id="s", text="A pupil from Botley, said the team had won.")).mentions
    assert [m.text for m in place] == ["Botley"]


@pytest.mark.integration
def test_a_small_town_named_like_a_person_needs_place_evidence_somewhere_in_the_article(geoparser):
    alone = "Lindsay received $40 with her first-place certificate."
    assert "Lindsay" not in [m.text for m in geoparser.parse(Article(id="s", text=alone)).mentions]
    evidenced = alone + " The Lindsay police thanked the school."
    assert [m.text for m in geoparser.parse(Article(id="s", text=evidenced)).mentions].count("Lindsay") == 2


@pytest.mark.integration
def test_a_large_city_whose_name_is_a_frequent_word_needs_no_locative_cue(geoparser):
    # "boston" and "cambridge" are among the 5,000 most frequent English words; a
    # frequent word that names only small places still needs "in", "near" ...
    mentions = geoparser.parse(Article(id="s", text="The team thanked Boston firefighters and Cambridge nurses.")).mentions
    assert [m.text for m in mentions] == ["Boston", "Cambridge"]


@pytest.mark.integration
@pytest.mark.parametrize("text, name", [
    # a lawmaker's party and home town, not half of a hyphenated name nor a surname
    ("On the House floor last week, Rep. Wendell Gilliard, D-Charleston, tried to restore the funds.", "Charleston"),
    # a big city named like a person and a common word needs no place cue
    ("Bishop Paulk has ministered to thousands in the Atlanta area.", "Atlanta"),
    # a town before a title is no first name, one after an organisation noun no surname
    ("The memorial matters, Dublin Mayor Marilee Chinnici-Zuercher said.", "Dublin"),
    ("It began like an ordinary Sunday worship service at First Baptist Church Maryville.", "Maryville"),
])
def test_towns_beside_names_titles_and_organisations_are_places(geoparser, text, name):
    assert name in [m.text for m in geoparser.parse(Article(id="t", text=text)).mentions if m.place]


@pytest.mark.integration
def test_a_woman_named_mary_a_man_and_the_white_house_are_no_places(geoparser):
    text = "Mary told the White House that a man from Atlanta was hurt. Man charged after crash."
    places = [m.text for m in geoparser.parse(Article(id="t", text=text)).mentions if m.place]
    assert places == ["Atlanta"]


def test_region_abbreviations_are_found_as_the_longest_one_written_after_a_town():
    """The scanner gives what one alternation of all abbreviations, longest first, matched."""
    import random
    import re

    from geo.geoparse.recognize import _abbreviation_spans

    abbreviations = frozenset({"Ky.", "N.Y.", "N.S.", "N.S.W.", "Pa.", "C. Eq.", "Mass."})
    alternation = re.compile(r"(?<=[a-z], )(?:" + "|".join(
        re.escape(a) for a in sorted(abbreviations, key=len, reverse=True)) + r")(?![A-Za-z])")
    pieces = [*abbreviations, "town, ", "a, ", "Ky", ".", "é", ", ", "N.Y.C.", "Pa.x", " ", "W"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert list(_abbreviation_spans(text, abbreviations)) == [m.span() for m in alternation.finditer(text)]
    assert list(_abbreviation_spans("Sydney, N.S.W.", abbreviations)) == [(8, 14)]
    assert list(_abbreviation_spans("Halifax, N.S.", abbreviations)) == [(9, 13)]


@pytest.mark.integration
@pytest.mark.parametrize("text, expected", [
    # a longer name that overlaps a name already taken gives way to a shorter one
    ("She called her mother in Washington, D.C. on Monday.", [("Washington", "place"), ("D.C.", "place")]),
    # two names joined by a hyphen are two places; half of a brand is none
    ("Flights on the Washington-Moscow route resume.", [("Washington", "place"), ("Moscow", "place")]),
    ("He shops at Wal-Mart.", []),
    # a title, a firm, a person with an age
    ("Miss Cordiner won the Miss Ohio title.", [("Ohio", "place")]),
    ("The city owes Stevens & Wilkinson money.", []),
    ("Deputies chatted with McDonald, 24, of Archer.", [("Archer", "place")]),
    # a street is kept whole as an unresolved cue, not as the place it is named after
    ("The site on Washington Drive near Main Street was closed.", [("Washington Drive", "cue"), ("Main Street", "cue")]),
])
def test_span_conventions_of_english_news(real_gazetteer, text, expected):
    parsed = Geoparser(gazetteer=real_gazetteer).parse(Article(id="s", text=text))
    assert [(m.text, m.kind) for m in parsed.mentions if m.kind != "country_reference"] == expected
