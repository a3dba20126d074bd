"""Records of the gazetteer: one :class:`Place` per point that can be named."""

from __future__ import annotations

from dataclasses import dataclass, field

from geo._pickling import pickle_by_fields

__all__ = ["Place", "PlaceRecord", "KINDS", "STAND_IN_SOURCE"]

#: What a gazetteer entry stands for. ``curated`` rows come from
#: ``data/border_places.csv`` (and a border-zone village no source locates, mapped at its unit, is
#: ``curated`` too: see :data:`STAND_IN_SOURCE`); ``area`` is a continent or world region (no
#: country: ``country_code`` is ``""``); the others come from GeoNames-derived packages.
KINDS = ("country", "admin1", "district", "city", "curated", "border", "area")
#: The ``source`` prefix of a village the gazetteer lacks, mapped at the unit an article puts it in
#: (``stand-in:p2:Batken District``; :mod:`geo.geoparse.stand_ins`).
STAND_IN_SOURCE = "stand-in:"
#: Countries whose every town may be named in Russian text (see :meth:`PlaceRecord.in_russian_scope`).
RUSSIAN_SCOPE_COUNTRIES = frozenset({"KG", "TJ"})
#: Elsewhere, towns at least this large.
RUSSIAN_SCOPE_MIN_POPULATION = 100_000


@pickle_by_fields
@dataclass(frozen=True, slots=True)
class Place:
    """A place the gazetteer knows, with the point used to map it.

    Attributes
    ----------
    id : int
        Row id in the compiled index (stable for one index build only).
    name : str
        Preferred English name.
    lat, lon : float
        WGS84 point (for areas, a representative point).
    country_code : str
        ISO 3166-1 alpha-2 code.
    admin1 : str or None
        English admin-1 name, where known.
    feature_class, feature_code : str
        GeoNames-style class and code: ``A``/``PCLI`` country, ``A``/``ADM1``
        region, ``A``/``ADM2`` district, ``P``/``PPL*`` populated place,
        ``S``/``PSTB`` border post, ``H``/``DAM`` water facility, ``L``/``AREA``
        landmark or enclave.
    population : int
        0 where unknown.
    source : str
        ``geonames:<id>``, ``curated:<id>``, ``countryinfo``, ``derived:<how>``, or for a village no
        source locates, ``stand-in:p<geo-precision>:<unit>``: mapped at the point of the unit an
        article names as its own (kind ``curated``, a negative id; :mod:`geo.geoparse.stand_ins`).
    kind : str
        One of :data:`KINDS`.
    name_ru : str or None
        Its Russian form, where the gazetteer has one (``Ворух`` for Vorukh).
    admin2 : str or None
        Its district, where the source gives it (the curated table does).
    """

    id: int
    name: str
    lat: float
    lon: float
    country_code: str
    admin1: str | None
    feature_class: str
    feature_code: str
    population: int
    source: str
    kind: str
    name_ru: str | None = None
    admin2: str | None = None

    @property
    def stand_in_unit(self) -> str | None:
        """For a village no source locates, the unit whose point it is mapped at; else ``None``."""
        if not self.source.startswith(STAND_IN_SOURCE):
            return None
        return self.source[len(STAND_IN_SOURCE):].split(":", 1)[1]

    @property
    def stand_in_precision(self) -> int | None:
        """For a village no source locates, the geo-precision of an event there (2 at a district or town, 3 at a
        region); else ``None``."""
        if not self.source.startswith(STAND_IN_SOURCE):
            return None
        return int(self.source[len(STAND_IN_SOURCE) + 1])

    @property
    def stand_in_at_a_district(self) -> bool:
        """Whether a village no source locates is mapped at its district's point (not a village's that seats its
        municipality, «Зардалы Кара-Бакского айыл окмоту» at Kara-Bak, nor its region's)."""
        return self.stand_in_unit is not None and self.admin2 == self.stand_in_unit

    @property
    def is_unit(self) -> bool:
        """A district or admin-1 unit: an area that may contain other places, not a point."""
        return self.is_district or self.is_region

    @property
    def is_district(self) -> bool:
        """A second-order unit (a district, a raion, a county)."""
        return self.kind == "district" or self.feature_code == "ADM2"

    @property
    def is_region(self) -> bool:
        """A first-order unit (a region, a province, a state)."""
        return self.kind == "admin1" or self.feature_code == "ADM1"

    def record(self) -> dict[str, object]:
        """The documented JSON form of the place (docs/GEOCODE.md, without ``score``)."""
        return {
            "name": self.name,
            "lat": round(self.lat, 6),
            "lon": round(self.lon, 6),
            "country_code": self.country_code,
            "admin1": self.admin1,
            "feature_class": self.feature_class,
            "feature_code": self.feature_code,
            "population": self.population,
            "source": self.source,
        }


@dataclass(slots=True)
class PlaceRecord:
    """A place and all its names, as fed to :func:`geo.gazetteer.index.build_index`."""

    name: str
    lat: float
    lon: float
    country_code: str
    admin1: str | None
    feature_class: str
    feature_code: str
    population: int
    source: str
    kind: str
    variants: list[str] = field(default_factory=list)
    #: variants that may be matched in running text (subset of ``variants``)
    text_variants: list[str] | None = None
    #: district (admin-2), where the source gives it (the curated table does)
    admin2: str | None = None

    def in_russian_scope(self) -> bool:
        """Whether Russian text may name this place by its Cyrillic names, in any case form.

        Curated rows, countries, admin-1 units and areas, every town of
        Kyrgyzstan and Tajikistan, and towns of 100,000 or more elsewhere: a
        small Russian village named like a common word ("Под", "Все") would
        otherwise match ordinary Russian sentences.
        """
        return self.kind != "city" or self.country_code in RUSSIAN_SCOPE_COUNTRIES \
            or self.population >= RUSSIAN_SCOPE_MIN_POPULATION
