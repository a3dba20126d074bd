"""The geopy geocoder over the offline gazetteer."""

import geopandas
import pytest
from geopy.location import Location

from geo.exceptions import GeocodeQueryError
from geo.gazetteer.geocoder import MAX_QUERY_LENGTH, OfflineGazetteer


@pytest.fixture()
def tiny_geocoder(tiny_gazetteer):
    return OfflineGazetteer(gazetteer=tiny_gazetteer)


def test_geocode_returns_geopy_locations(tiny_geocoder):
    location = tiny_geocoder.geocode("Voruh")
    assert isinstance(location, Location)
    assert (round(location.latitude, 4), round(location.longitude, 4)) == (39.8513, 70.5801)
    assert location.raw["country_code"] == "TJ"
    every = tiny_geocoder.geocode("Guliston", exactly_one=False)
    assert {loc.raw["country_code"] for loc in every} == {"UZ", "TJ"}
    assert tiny_geocoder.geocode("Atlantis") is None


def test_country_filter_and_border_bias(tiny_gazetteer):
    biased = OfflineGazetteer(gazetteer=tiny_gazetteer)
    assert biased.geocode("Guliston").raw["country_code"] == "TJ"
    unbiased = OfflineGazetteer(gazetteer=tiny_gazetteer, border_bias=False)
    assert unbiased.geocode("Guliston").raw["country_code"] == "UZ"
    assert unbiased.geocode("Guliston", country_codes=["tj"]).raw["country_code"] == "TJ"


def test_false_friend_kok_tash_is_not_somoniyon(tiny_geocoder):
    for spelling in ("Kok-Tash", "Koktash", "Кок-Таш"):
        assert tiny_geocoder.geocode(spelling).raw["name"] == "Kök-Tash"


@pytest.mark.parametrize("query, message", [
    ("", "empty"), ("   ", "empty"), ("x" * (MAX_QUERY_LENGTH + 1), "characters long"), (42, "string"),
])
def test_bad_queries_get_clear_errors(tiny_geocoder, query, message):
    with pytest.raises(GeocodeQueryError, match=message):
        tiny_geocoder.geocode(query)


def test_bad_country_code(tiny_geocoder):
    with pytest.raises(GeocodeQueryError, match="'KGZ' is not an ISO 3166-1 alpha-2"):
        tiny_geocoder.geocode("Vorukh", country_codes=["KGZ"])


def test_usable_as_a_geopandas_provider(tiny_gazetteer):
    frame = geopandas.tools.geocode(["Vorukh", "Kok-Tash"], provider=OfflineGazetteer,
                                    gazetteer=tiny_gazetteer)
    assert frame.crs == "EPSG:4326"
    assert [round(p.x, 3) for p in frame.geometry] == [70.58, 70.536]


@pytest.mark.integration
@pytest.mark.parametrize("query, name, country, admin1", [
    ("Kok-Tash", "Kök-Tash", "KG", "Batken Region"),
    ("Кок-Таш", "Kök-Tash", "KG", "Batken Region"),
    ("Vorukh", "Vorukh", "TJ", "Sughd Region"),
    ("Voruh", "Vorukh", "TJ", "Sughd Region"),
    ("Voruj", "Vorukh", "TJ", "Sughd Region"),
    ("Ворух", "Vorukh", "TJ", "Sughd Region"),
    ("Khoja-Alo", "Khoja-Alo", "TJ", None),
    ("Khojai Alo", "Khoja-Alo", "TJ", None),
    ("Ak-Sai", "Ak-Sai", "KG", "Batken Region"),
    ("Jalal-Abad", None, "KG", "Jalal-Abad Region"),
    ("Batken", "Batken", "KG", "Batken Region"),
    ("Batken region", "Batken Region", "KG", None),
    ("Sogd", "Sughd Region", "TJ", None),
    ("Leninabad Region", "Sughd Region", "TJ", None),
])
def test_real_gazetteer_spellings_and_false_friends(real_gazetteer, query, name, country, admin1):
    best = OfflineGazetteer(gazetteer=real_gazetteer).geocode(query).raw
    assert best["country_code"] == country
    if name:
        assert best["name"] == name
    if admin1:
        assert best["admin1"] == admin1


@pytest.mark.integration
def test_guliston_in_tajikistan_when_asked(real_gazetteer):
    geocoder = OfflineGazetteer(gazetteer=real_gazetteer)
    assert geocoder.geocode("Guliston", country_codes=["TJ"]).raw["country_code"] == "TJ"
    assert geocoder.geocode("Guliston", border_bias=False).raw["country_code"] == "UZ"
