"""Read the GeoPackage ``geo run`` writes as feature collections, with plain :mod:`sqlite3`.

No SpatiaLite is needed: ``bbox`` queries use the GeoPackage's own R*-tree
index tables (``rtree_<table>_geom``, which GDAL writes), and geometries are
decoded from the GeoPackage binary header plus WKB with shapely. The file is
opened read-only, per query, so a store swapped in by an ingest (or a
``geo run``) is seen by the next request. Column names in SQL come only from
the table's own schema (never from a request); values are bound parameters.

Examples
--------
>>> parse_datetime("2022-09-14")
(datetime.date(2022, 9, 14), datetime.date(2022, 9, 14))
>>> parse_datetime("2022-09-01/..")
(datetime.date(2022, 9, 1), None)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from geo.exceptions import RequestError, ServiceError

__all__ = ["COLLECTIONS", "FILTER_FIELDS", "Collection", "Criteria", "FeatureStore", "GeoPackageStore", "Page",
           "criteria", "decode_geometry", "feature_id", "gpkg_wkb", "parse_datetime", "wkb_geometry"]

#: Property filters every collection that has the column accepts (``?event_type=armed_clash``).
FILTER_FIELDS: tuple[str, ...] = ("event_type", "country_code", "admin1")


@dataclass(frozen=True)
class Collection:
    """One served layer of the GeoPackage.

    Attributes
    ----------
    name : str
        Collection id and table name (no dots: QGIS fails on them).
    title, description : str
        What clients show.
    id_column : str
        The column that is the feature id.
    start_column, end_column : str, optional
        The date window ``datetime`` queries overlap; ``None`` if undated.
    """

    name: str
    title: str
    description: str
    id_column: str = "fid"
    start_column: str | None = None
    end_column: str | None = None


#: The served collections, in the order the API lists them.
COLLECTIONS: dict[str, Collection] = {c.name: c for c in (
    Collection("incidents", "Incidents",
               "One point per incident: an event at one place in one date window, merged across "
               "articles (docs/SCHEMA.md). datetime queries overlap the window date_start..date_end.",
               id_column="incident_id", start_column="date_start", end_column="date_end"),
    Collection("mentions", "Place mentions",
               "Every resolved place mention of every article, any role; incident_id names the "
               "incident it supports, if any."),
    Collection("border", "Kyrgyz-Tajik border", "The Kyrgyz-Tajik border line (OpenStreetMap)."),
    Collection("admin1", "Admin-1 units", "Admin-1 units of Kyrgyzstan and Tajikistan (Natural Earth)."),
)}

_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def gpkg_wkb(blob: bytes | None) -> bytes | None:
    """The WKB of a GeoPackage geometry blob (``None`` for a null or empty one).

    Raises
    ------
    ServiceError
        The blob is not a GeoPackage geometry.
    """
    if blob is None:
        return None
    if len(blob) < 8 or blob[:2] != b"GP":
        raise ServiceError("the store holds a geometry that is not a GeoPackage geometry blob")
    flags = blob[3]
    if flags & 0b10000:  # the empty-geometry flag
        return None
    envelope = _ENVELOPE_BYTES.get((flags >> 1) & 0b111)
    if envelope is None:
        raise ServiceError("the store holds a GeoPackage geometry with a bad envelope code")
    return bytes(blob[8 + envelope:])


def wkb_geometry(wkb: bytes | None) -> dict[str, Any] | None:
    """GeoJSON geometry of WKB (``None`` stays ``None``)."""
    import shapely
    from shapely.geometry import mapping

    return None if wkb is None else dict(mapping(shapely.from_wkb(wkb)))


def decode_geometry(blob: bytes | None) -> dict[str, Any] | None:
    """GeoJSON geometry of a GeoPackage geometry blob (``None`` for a null or empty one).

    Raises
    ------
    ServiceError
        The blob is not a GeoPackage geometry.
    """
    return wkb_geometry(gpkg_wkb(blob))


def _parse_instant(text: str) -> dt.date | None:
    text = text.strip()
    if text in ("", ".."):
        return None
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00")).date()
    except ValueError:
        raise RequestError(f"datetime {text!r} is not an RFC 3339 date or date-time; expected e.g. "
                           "2022-09-14, 2022-09-14T10:00:00Z, or an interval 2022-09-01/2022-09-30 "
                           "with '..' for an open end") from None


def parse_datetime(value: str) -> tuple[dt.date | None, dt.date | None]:
    """The dates (first, last; ``None`` = open) of an OGC ``datetime`` parameter.

    An instant gives the same date twice; an interval ``start/end`` may have
    ``..`` or nothing at either end. Times are cut to their (UTC-offset) date:
    incident windows are days.

    Raises
    ------
    RequestError
        Not an instant or interval of RFC 3339 values, or an interval that ends before it starts.
    """
    if "/" in value:
        first, _, last = value.partition("/")
        if "/" in last:
            raise RequestError(f"datetime {value!r} has more than one '/'; expected start/end")
        start, end = _parse_instant(first), _parse_instant(last)
        if start and end and end < start:
            raise RequestError(f"datetime interval {value!r} ends before it starts")
        if start is None and end is None and first.strip() == last.strip() == "":
            raise RequestError("datetime '/' names no date; expected start/end with '..' for an open end")
        return start, end
    instant = _parse_instant(value)
    if instant is None:
        raise RequestError("datetime '..' is not an instant; expected a date, a date-time or an interval")
    return instant, instant


@dataclass
class Page:
    """One page of features and how many features matched in all."""

    features: list[dict[str, Any]]
    matched: int


@dataclass(frozen=True)
class Criteria:
    """What a query keeps, checked and independent of the SQL dialect.

    Attributes
    ----------
    bbox : tuple of float, optional
        ``minx, miny, maxx, maxy`` (finite numbers): features whose bounding box meets it.
    first, last : datetime.date, optional
        The ``datetime`` window (``None`` = open end): features whose date window overlaps it
        (dated collections only; both ``None`` otherwise).
    equals : tuple of (str, str)
        Column and value pairs, equality; every column is one of the layer's.
    """

    bbox: tuple[float, float, float, float] | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    equals: tuple[tuple[str, str], ...] = ()


def criteria(collection: Collection, columns: dict[str, str], *, bbox: Sequence[float] | None = None,
             datetime: str | None = None, filters: dict[str, str] | None = None) -> Criteria:
    """Check a query's ``bbox``, ``datetime`` and property filters against a collection's columns.

    Raises
    ------
    RequestError
        A bbox that is not 4 finite numbers, a bad datetime, or a filter on a column the layer lacks.
    """
    box = None
    if bbox:
        if len(bbox) != 4:
            raise RequestError(f"bbox has {len(bbox)} numbers; expected 4 (minx,miny,maxx,maxy)")
        try:
            numbers = tuple(float(v) for v in bbox)
        except (TypeError, ValueError):
            raise RequestError(f"bbox {list(bbox)!r} holds a value that is not a number") from None
        if not all(math.isfinite(v) for v in numbers):
            raise RequestError(f"bbox {','.join(str(v) for v in bbox)} holds a value that is not a finite "
                               "number; expected minx,miny,maxx,maxy in degrees")
        box = numbers  # type: ignore[assignment]
    first = last = None
    if datetime and collection.start_column:
        first, last = parse_datetime(datetime)
    equals = []
    for column, value in (filters or {}).items():
        if column not in columns:
            raise RequestError(f"collection {collection.name!r} has no property {column!r} to filter on; "
                               f"expected one of {', '.join(sorted(columns))}")
        equals.append((column, value))
    return Criteria(bbox=box, first=first, last=last, equals=tuple(equals))


class FeatureStore(Protocol):
    """What the service reads collections from: the GeoPackage (:class:`GeoPackageStore`) or
    PostGIS (:class:`geo.service.postgis.PostgisStore`); both answer the same queries the same way."""

    def exists(self) -> bool:
        """Whether the store holds the layers."""

    def columns(self, name: str) -> dict[str, str]:
        """Attribute columns and their GeoPackage SQL types (``INTEGER``, ``REAL``, ``BOOLEAN``, ``DATE``, ``TEXT``)."""

    def extent(self, name: str) -> list[float] | None:
        """The layer's bounding box (``None`` when empty)."""

    def query(self, name: str, *, bbox: Sequence[float] | None = None, datetime: str | None = None,
              filters: dict[str, str] | None = None, offset: int = 0, limit: int = 10,
              count: bool = True, skip_geometry: bool = False) -> Page:
        """One page of features, ordered by ``fid``."""

    def get(self, name: str, identifier: str) -> dict[str, Any] | None:
        """One feature by id, or ``None``."""


class GeoPackageStore:
    """The collections of one GeoPackage file, read-only.

    Parameters
    ----------
    path : Path
        The ``incidents.gpkg`` of a ``geo run`` (fixed when the service starts;
        no request names a file).

    Examples
    --------
    >>> store = GeoPackageStore(Path("maps/incidents.gpkg"))  # doctest: +SKIP
    >>> store.query("incidents", filters={"event_type": "armed_clash"}).matched  # doctest: +SKIP
    2
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def exists(self) -> bool:
        """Whether the file is there (``geo run`` or an ingest wrote it)."""
        return self.path.is_file()

    @contextlib.contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection to the file (``ServiceError`` if it is missing or not SQLite)."""
        if not self.path.is_file():
            raise ServiceError(f"no store at {self.path}; run `geo run --out {self.path.parent}` first")
        try:
            connection = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                         check_same_thread=False)
        except sqlite3.Error as error:
            raise ServiceError(f"cannot open the store {self.path}: {error}") from error
        try:
            yield connection
        finally:
            connection.close()

    def columns(self, name: str, *, connection: sqlite3.Connection | None = None) -> dict[str, str]:
        """The attribute columns of a collection and their SQL types (geometry and ``fid`` left out)."""
        collection = _collection(name)
        with _maybe(self, connection) as con:
            rows = con.execute(f'PRAGMA table_info("{collection.name}")').fetchall()
        if not rows:
            raise ServiceError(f"the store {self.path} has no layer {name!r}")
        return {row[1]: (row[2] or "TEXT").upper() for row in rows if row[1] not in ("fid", "geom")}

    def extent(self, name: str) -> list[float] | None:
        """The layer's bounding box from ``gpkg_contents`` (``None`` when empty)."""
        _collection(name)
        with self.connect() as con:
            row = con.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?",
                              (name,)).fetchone()
        if row is None or any(v is None for v in row):
            return None
        return [float(v) for v in row]

    def date_range(self, name: str) -> tuple[str, str] | None:
        """First and last date of a dated collection (``None`` when undated or empty)."""
        collection = _collection(name)
        if collection.start_column is None:
            return None
        with self.connect() as con:
            row = con.execute(f'SELECT MIN("{collection.start_column}"), MAX("{collection.end_column}") '
                              f'FROM "{collection.name}"').fetchone()
        return None if row is None or row[0] is None else (str(row[0]), str(row[1]))

    def query(self, name: str, *, bbox: Sequence[float] | None = None, datetime: str | None = None,
              filters: dict[str, str] | None = None, offset: int = 0, limit: int = 10,
              count: bool = True, skip_geometry: bool = False) -> Page:
        """One page of features of a collection, in a stable order (by ``fid``).

        Parameters
        ----------
        name : str
            A key of :data:`COLLECTIONS`.
        bbox : sequence of float, optional
            ``minx, miny, maxx, maxy`` in WGS 84; features whose box meets it.
        datetime : str, optional
            An OGC ``datetime`` (:func:`parse_datetime`); dated collections keep
            the features whose window overlaps it, undated ones ignore it.
        filters : dict, optional
            Column -> value, equality (only columns of the layer; others raise).
        offset, limit : int
            Paging.
        count : bool
            Also count every matching feature (``Page.matched``; else -1).
        skip_geometry : bool
            Give ``geometry: null``.

        Raises
        ------
        RequestError
            A bad bbox, datetime or filter column.
        """
        collection = _collection(name)
        with self.connect() as con:
            columns = self.columns(name, connection=con)
            where, params = self._where(collection, columns, bbox=bbox, datetime=datetime, filters=filters or {})
            matched = -1
            if count:
                matched = con.execute(f'SELECT COUNT(*) FROM "{collection.name}" AS t {where}', params).fetchone()[0]
            rows = con.execute(f'SELECT t.* FROM "{collection.name}" AS t {where} ORDER BY t.fid LIMIT ? OFFSET ?',
                               [*params, min(int(limit), MAX_SQL_INTEGER), min(int(offset), MAX_SQL_INTEGER)])
            names = [d[0] for d in rows.description]
            features = [self._feature(collection, columns, dict(zip(names, row)), skip_geometry)
                        for row in rows.fetchall()]
        return Page(features=features, matched=matched)

    def get(self, name: str, identifier: str) -> dict[str, Any] | None:
        """The feature whose id is ``identifier`` (``None`` if there is none)."""
        collection = _collection(name)
        with self.connect() as con:
            columns = self.columns(name, connection=con)
            key = feature_id(collection, identifier)
            if key is None:
                return None
            cursor = con.execute(f'SELECT * FROM "{collection.name}" WHERE "{collection.id_column}" = ? LIMIT 1',
                                 (key,))
            row = cursor.fetchone()
            if row is None:
                return None
            names = [d[0] for d in cursor.description]
            return self._feature(collection, columns, dict(zip(names, row)), False)

    @staticmethod
    def _where(collection: Collection, columns: dict[str, str], *, bbox: Sequence[float] | None,
               datetime: str | None, filters: dict[str, str]) -> tuple[str, list[object]]:
        wanted = criteria(collection, columns, bbox=bbox, datetime=datetime, filters=filters)
        clauses: list[str] = []
        params: list[object] = []
        if wanted.bbox:
            minx, miny, maxx, maxy = wanted.bbox
            clauses.append(f'fid IN (SELECT id FROM "rtree_{collection.name}_geom" '
                           'WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?)')
            params += [minx, maxx, miny, maxy]
        if wanted.last is not None:
            clauses.append(f'"{collection.start_column}" <= ?')
            params.append(wanted.last.isoformat())
        if wanted.first is not None:
            clauses.append(f'"{collection.end_column}" >= ?')
            params.append(wanted.first.isoformat())
        for column, value in wanted.equals:
            clauses.append(f't."{column}" = ?')
            params.append(value)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    @staticmethod
    def _feature(collection: Collection, columns: dict[str, str], row: dict[str, Any],
                 skip_geometry: bool) -> dict[str, Any]:
        blob = row.pop("geom", None)
        fid = row.pop("fid")
        properties = {}
        for column, value in row.items():
            if columns.get(column) == "BOOLEAN" and value is not None:
                value = bool(value)
            properties[column] = value
        identifier = fid if collection.id_column == "fid" else properties[collection.id_column]
        return {"type": "Feature", "id": identifier,
                "geometry": None if skip_geometry else decode_geometry(blob), "properties": properties}


#: SQL integers are 64-bit: a larger offset, or fid, matches nothing.
MAX_SQL_INTEGER = 2**63 - 1


def feature_id(collection: Collection, identifier: str) -> object | None:
    """The value of ``collection``'s id column for an item id in a URL (``None``: no feature can have it)."""
    if collection.id_column != "fid":
        return identifier
    try:
        key = int(identifier)
    except ValueError:
        return None
    return key if -MAX_SQL_INTEGER <= key <= MAX_SQL_INTEGER else None


def _collection(name: str) -> Collection:
    try:
        return COLLECTIONS[name]
    except KeyError:
        raise RequestError(f"no collection {name!r}; expected one of {', '.join(COLLECTIONS)}",
                           status=404) from None


@contextlib.contextmanager
def _maybe(store: GeoPackageStore, connection: sqlite3.Connection | None) -> Iterator[sqlite3.Connection]:
    if connection is not None:
        yield connection
    else:
        with store.connect() as con:
            yield con
