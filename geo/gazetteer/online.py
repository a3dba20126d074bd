"""Opt-in online fallback through any geopy geocoder, rate-limited and cached on disk.

Never used by default and never in tests; ``geo geocode --online nominatim``
or :func:`online_lookup` turn it on. Results are cached in
``<cache>/online/<service>.json`` so a name is asked for once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from geo._atomic import write_text_atomic
from geo.exceptions import ConfigurationError
from geo.paths import cache_dir

__all__ = ["OnlineCache", "online_lookup"]


class OnlineCache:
    """A JSON file of ``query key -> list of records``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._data: dict[str, list[dict]] = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            self._data = {}
        except (OSError, ValueError) as error:
            raise ConfigurationError(f"online cache {path} is unreadable: {error}") from error

    def get(self, key: str) -> list[dict] | None:
        """Cached records for ``key``, or ``None`` if never asked."""
        return self._data.get(key)

    def put(self, key: str, records: list[dict]) -> None:
        """Store and write the cache atomically."""
        self._data[key] = records
        write_text_atomic(self.path, json.dumps(self._data, ensure_ascii=False, indent=1))


def online_lookup(
    name: str,
    *,
    service: str,
    user_agent: str | None,
    country_codes: Sequence[str] = (),
    cache: OnlineCache | None = None,
    geocoder_factory: Callable[..., object] | None = None,
    min_delay_seconds: float = 1.0,
) -> list[dict]:
    """Ask a geopy service for ``name``; records shaped like the offline ones.

    Parameters
    ----------
    name : str
        Place name.
    service : str
        A geopy service name (``nominatim``, ``photon``, ...).
    user_agent : str
        Required by most services' terms.
    country_codes : sequence of str
        Passed as ``country_codes`` where the service supports it.
    cache : OnlineCache, optional
        Defaults to ``<cache>/online/<service>.json``.
    geocoder_factory : callable, optional
        Injected for tests; defaults to ``geopy.geocoders.get_geocoder_for_service(service)``.
    min_delay_seconds : float
        geopy ``RateLimiter`` delay between calls.
    """
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.exc import GeocoderNotFound
    from geopy.geocoders import get_geocoder_for_service

    if not user_agent and geocoder_factory is None:
        raise ConfigurationError(
            "--online needs --user-agent (services such as Nominatim refuse anonymous use)"
        )
    cache = cache or OnlineCache(cache_dir() / "online" / f"{service}.json")
    key = json.dumps([name.strip().lower(), sorted(c.upper() for c in country_codes)])
    cached = cache.get(key)
    if cached is not None:
        return cached
    try:
        factory = geocoder_factory or get_geocoder_for_service(service)
    except GeocoderNotFound as error:
        raise ConfigurationError(f"unknown geopy service {service!r}: {error}") from error
    geocoder = factory(user_agent=user_agent)
    geocode = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=1)
    kwargs = {"exactly_one": False}
    if country_codes:
        kwargs["country_codes"] = list(country_codes)
    locations = geocode(name, **kwargs) or []
    records = [
        {
            "name": location.address, "lat": location.latitude, "lon": location.longitude,
            "country_code": None, "admin1": None, "feature_class": None,
            "feature_code": None, "population": 0, "source": f"online:{service}",
            "score": None,
        }
        for location in locations
    ]
    cache.put(key, records)
    return records
