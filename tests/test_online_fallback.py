"""The opt-in online fallback, with an injected fake geocoder: no network."""

import pytest

from geo.exceptions import ConfigurationError
from geo.gazetteer.online import OnlineCache, online_lookup


class FakeLocation:
    def __init__(self, address, lat, lon):
        self.address, self.latitude, self.longitude = address, lat, lon


class FakeGeocoder:
    calls = 0

    def __init__(self, *, user_agent):
        self.user_agent = user_agent

    def geocode(self, query, exactly_one=False, country_codes=None):
        FakeGeocoder.calls += 1
        return [FakeLocation(f"{query}, Somewhere", 1.0, 2.0)]


def test_results_are_cached_on_disk(tmp_path):
    cache = OnlineCache(tmp_path / "fake.json")
    first = online_lookup("Zzyx", service="fake", user_agent="test", cache=cache,
                          geocoder_factory=FakeGeocoder, min_delay_seconds=0)
    again = online_lookup("Zzyx", service="fake", user_agent="test",
                          cache=OnlineCache(tmp_path / "fake.json"),
                          geocoder_factory=FakeGeocoder, min_delay_seconds=0)
    assert first == again and first[0]["source"] == "online:fake"
    assert FakeGeocoder.calls == 1


def test_online_needs_a_user_agent(tmp_path):
    with pytest.raises(ConfigurationError, match="user-agent"):
        online_lookup("Zzyx", service="nominatim", user_agent=None,
                      cache=OnlineCache(tmp_path / "n.json"))
