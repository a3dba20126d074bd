"""PostgreSQL with PostGIS as the store of ``geo serve --database postgresql://…``.

The database holds, in the schema ``geo``:

- ``geo.incidents``, ``geo.mentions``, ``geo.border``, ``geo.admin1`` — the
  served layers: ``fid`` (the key), the attribute columns of the GeoPackage
  layer of the same name, and ``geom geometry(Geometry, 4326)`` with a GiST index;
- ``geo.layers`` — each layer's columns with their GeoPackage types, and its extent;
- ``geo.articles`` — the journal: one row per taken article (``seq``, ``article_id``
  unique, the per-article events as ``jsonb``), in the order they were taken.

Every change is one transaction under an advisory lock (so several services
may share the database): the articles taken meanwhile by others are read,
the new articles' rows are inserted and the layers are replaced by those of
the GeoPackage the same merge has just written in the data folder (same
fids, columns and geometries), then ``COMMIT``; readers see the old layers
until then, and nothing of a failed change. Rows are replaced with
``DELETE``/``COPY`` (never ``DROP``/``TRUNCATE``, which would break
concurrent readers) unless a layer's columns changed.

Queries (:class:`PostgisStore`) answer exactly as
:class:`~geo.service.store.GeoPackageStore` does: the same checks
(:func:`~geo.service.store.criteria`), the bbox as a box-meets-box test
(GiST ``&&``, as the GeoPackage's R*-tree), the datetime window on dates,
property filters compared as SQLite's column affinity compares a text value
with the column, features in ``fid`` order. No request value becomes SQL:
column names come from ``geo.layers`` (written from the GeoPackage's
schema) and are quoted as identifiers; values are bound parameters.

Examples
--------
>>> redact_url("postgresql://geo:s3cret@db.example:5432/incidents")
'postgresql://geo:***@db.example:5432/incidents'
>>> check_database_url("mysql://geo@localhost/incidents")
Traceback (most recent call last):
...
geo.exceptions.ConfigurationError: --database 'mysql://geo@localhost/incidents' is not a PostgreSQL URL; expected postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from geo.exceptions import ConfigurationError, DataError, ServiceError
from geo.incidents.per_article import ArticleEvents
from geo.service.store import (COLLECTIONS, MAX_SQL_INTEGER, Collection, GeoPackageStore, Page, criteria,
                               feature_id, gpkg_wkb, wkb_geometry)

if TYPE_CHECKING:
    import psycopg

__all__ = ["SCHEMA", "PostgresJournal", "PostgisStore", "check_database_url", "connect", "load_layers",
           "redact_url"]

#: The schema holding the service's tables.
SCHEMA = "geo"
#: The SRID of every geometry (the GeoPackage's, WGS 84 longitude/latitude).
SRID = 4326
#: The advisory lock every change of the database takes (an arbitrary constant: "geo " in ASCII).
LOCK_KEY = 0x67656F20
#: GeoPackage column type -> PostgreSQL column type.
PG_TYPES = {"INTEGER": "bigint", "REAL": "double precision", "BOOLEAN": "boolean", "DATE": "date",
            "TEXT": "text"}
_URL_FORM = "postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME"
_NUMBER = re.compile(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*")
_NO_MATCH = object()


# --- the URL ------------------------------------------------------------------------------------

def redact_url(url: str) -> str:
    """``url`` with its password (in the authority or a ``password=`` parameter) replaced by ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<an unreadable URL>"
    netloc = parts.netloc
    if "@" in netloc:
        credentials, _, host = netloc.rpartition("@")
        if ":" in credentials:
            credentials = credentials.split(":", 1)[0] + ":***"
        netloc = f"{credentials}@{host}"
    query = re.sub(r"(?i)(^|&)(password)=[^&]*", r"\1\2=***", parts.query)
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def check_database_url(url: str) -> str:
    """``url`` if it is a PostgreSQL connection URL that names a database.

    Raises
    ------
    ConfigurationError
        Not a ``postgresql://`` (or ``postgres://``) URL, unreadable, or naming no database.
    """
    if not isinstance(url, str) or not url.lower().startswith(("postgresql://", "postgres://")):
        raise ConfigurationError(f"--database {redact_url(str(url))!r} is not a PostgreSQL URL; expected {_URL_FORM}")
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = conninfo_to_dict(url)
    except psycopg.Error as error:
        raise ConfigurationError(f"--database {redact_url(url)!r} cannot be read ({_first_line(error)}); "
                                 f"expected {_URL_FORM}") from None
    if not params.get("dbname"):
        raise ConfigurationError(f"--database {redact_url(url)!r} names no database; expected {_URL_FORM}")
    return url


def connect(url: str, *, autocommit: bool = False) -> psycopg.Connection:
    """A connection to the database at ``url``.

    Raises
    ------
    ServiceError
        The server cannot be reached, or refuses the user (the message says which URL, without its password).
    """
    import psycopg

    try:
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=10, application_name="geo serve")
    except psycopg.Error as error:
        raise ServiceError(f"cannot connect to the database {redact_url(url)}: {_first_line(error)}; expected a "
                           "running PostgreSQL server that takes this user and password") from None


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _table(name: str) -> Any:
    from psycopg import sql

    return sql.Identifier(SCHEMA, name)


# --- set-up -------------------------------------------------------------------------------------

def ensure_schema(connection: psycopg.Connection, url: str) -> None:
    """PostGIS, the schema ``geo`` and ``geo.layers`` (created when missing), in the current transaction.

    Raises
    ------
    ServiceError
        PostGIS is not installed on the server, or the user may not add it to the database.
    """
    import psycopg
    from psycopg import sql

    if connection.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone() is None:
        try:
            with connection.transaction():
                connection.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        except psycopg.errors.InsufficientPrivilege:
            raise ServiceError(f"the database {redact_url(url)} has no PostGIS and this user may not add it; "
                               "expected the extension: run `CREATE EXTENSION postgis;` in it as a superuser") from None
        except psycopg.Error as error:
            raise ServiceError(f"the server of {redact_url(url)} cannot add PostGIS ({_first_line(error)}); "
                               "expected PostGIS installed on it (Debian: apt-get install "
                               "postgresql-15-postgis-3)") from None
    connection.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(SCHEMA)))
    connection.execute(sql.SQL(
        "CREATE TABLE IF NOT EXISTS {} (name text PRIMARY KEY, columns jsonb NOT NULL, "
        "min_x double precision, min_y double precision, max_x double precision, max_y double precision)"
    ).format(_table("layers")))


def _ensure_articles(connection: psycopg.Connection) -> None:
    from psycopg import sql

    connection.execute(sql.SQL(
        "CREATE TABLE IF NOT EXISTS {} (seq bigserial PRIMARY KEY, article_id text NOT NULL UNIQUE, "
        "events jsonb NOT NULL, taken_at timestamptz NOT NULL DEFAULT now())").format(_table("articles")))


def load_layers(connection: psycopg.Connection, gpkg: Path) -> None:
    """Replace the served layers by those of the GeoPackage ``gpkg``, in the current transaction.

    Raises
    ------
    ServiceError
        The GeoPackage is missing a layer, or holds geometries not in WGS 84.
    """
    import shapely
    from psycopg import sql

    source = GeoPackageStore(gpkg)
    with source.connect() as lite:
        for name in COLLECTIONS:
            columns = source.columns(name, connection=lite)
            srs = lite.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (name,)).fetchone()
            if srs is None or srs[0] != SRID:
                raise ServiceError(f"{gpkg}: layer {name!r} has SRS {srs[0] if srs else None}; expected EPSG:{SRID}")
            extent = lite.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?",
                                  (name,)).fetchone() or (None, None, None, None)
            _prepare_table(connection, name, columns)
            names = list(columns)
            target = sql.SQL("COPY {} ({}) FROM STDIN").format(
                _table(name), sql.SQL(", ").join(sql.Identifier(n) for n in ["fid", *names, "geom"]))
            select = ", ".join(f'"{n}"' for n in ["fid", *names, "geom"])
            with connection.cursor() as cursor, cursor.copy(target) as copy:
                for row in lite.execute(f'SELECT {select} FROM "{name}" ORDER BY fid'):
                    values = list(row)
                    for i, column in enumerate(names, start=1):
                        if columns[column] == "BOOLEAN" and values[i] is not None:
                            values[i] = bool(values[i])
                    wkb = gpkg_wkb(values[-1])
                    values[-1] = None if wkb is None else shapely.to_wkb(
                        shapely.set_srid(shapely.from_wkb(wkb), SRID), hex=True, include_srid=True)
                    copy.write_row(values)
            connection.execute(sql.SQL(
                "INSERT INTO {} (name, columns, min_x, min_y, max_x, max_y) VALUES (%s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (name) DO UPDATE SET columns = EXCLUDED.columns, min_x = EXCLUDED.min_x, "
                "min_y = EXCLUDED.min_y, max_x = EXCLUDED.max_x, max_y = EXCLUDED.max_y").format(_table("layers")),
                (name, json.dumps(list(columns.items())), *extent))


def _prepare_table(connection: psycopg.Connection, name: str, columns: dict[str, str]) -> None:
    """An empty table for layer ``name`` with ``columns``: emptied with DELETE if its columns are the same."""
    from psycopg import sql

    row = connection.execute(sql.SQL("SELECT columns FROM {} WHERE name = %s").format(_table("layers")),
                             (name,)).fetchone()
    exists = connection.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.{name}",)).fetchone()[0]
    if exists and row is not None and [tuple(pair) for pair in row[0]] == list(columns.items()):
        connection.execute(sql.SQL("DELETE FROM {}").format(_table(name)))
        return
    connection.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(_table(name)))
    definitions = [sql.SQL("fid bigint PRIMARY KEY")]
    definitions += [sql.SQL("{} {}").format(sql.Identifier(column), sql.SQL(PG_TYPES.get(kind, "text")))
                    for column, kind in columns.items()]
    definitions.append(sql.SQL("geom geometry(Geometry, {})").format(sql.Literal(SRID)))
    connection.execute(sql.SQL("CREATE TABLE {} ({})").format(_table(name), sql.SQL(", ").join(definitions)))
    connection.execute(sql.SQL("CREATE INDEX ON {} USING gist (geom)").format(_table(name)))
    collection = COLLECTIONS[name]
    for column in {collection.id_column, collection.start_column, collection.end_column} - {None, "fid"}:
        connection.execute(sql.SQL("CREATE INDEX ON {} ({})").format(_table(name), sql.Identifier(column)))


# --- reading ------------------------------------------------------------------------------------

class PostgisStore:
    """The served layers in PostgreSQL/PostGIS, read through a small pool of connections.

    Parameters
    ----------
    url : str
        ``postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME`` (libpq's other ways
        to give the password, ``PGPASSWORD`` or ``~/.pgpass``, work too).
    pool_size : int
        Connections kept for queries.

    Raises
    ------
    ConfigurationError
        ``url`` is not a PostgreSQL URL.
    ServiceError
        The server cannot be reached, or PostGIS cannot be had in the database.
    """

    def __init__(self, url: str, *, pool_size: int = 4) -> None:
        from psycopg_pool import ConnectionPool

        self.url = check_database_url(url)
        with connect(self.url) as connection:  # a clear error now rather than a pool timeout later
            with connection.transaction():
                connection.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
                ensure_schema(connection, self.url)
        self._pool = ConnectionPool(self.url, min_size=1, max_size=pool_size, open=True, timeout=30,
                                    kwargs={"autocommit": True, "application_name": "geo serve"})
        self._columns: dict[str, dict[str, str]] = {}
        self._columns_lock = threading.Lock()

    def close(self) -> None:
        """Close the pool's connections."""
        self._pool.close()

    def refresh(self) -> None:
        """Forget the layers' columns read before (a change may have altered them)."""
        with self._columns_lock:
            self._columns.clear()

    @contextlib.contextmanager
    def connection(self) -> Iterator[psycopg.Connection]:
        """A pooled connection (autocommit: every query sees the last committed change)."""
        import psycopg
        from psycopg_pool import PoolTimeout

        try:
            with self._pool.connection() as connection:
                yield connection
        except PoolTimeout as error:
            raise ServiceError(f"no connection to the database {redact_url(self.url)} within 30 s: "
                               f"{_first_line(error)}") from None
        except psycopg.OperationalError as error:
            raise ServiceError(f"the database {redact_url(self.url)} failed: {_first_line(error)}") from None

    def exists(self) -> bool:
        """Whether every served layer has been loaded."""
        from psycopg import sql

        with self.connection() as con:
            row = con.execute(sql.SQL("SELECT count(*) FROM {} WHERE name = ANY(%s)").format(_table("layers")),
                              (list(COLLECTIONS),)).fetchone()
        return row[0] == len(COLLECTIONS)

    def columns(self, name: str) -> dict[str, str]:
        """The attribute columns of a layer with their GeoPackage types (``fid`` and geometry left out)."""
        from psycopg import sql

        collection = _collection(name)
        with self._columns_lock:
            cached = self._columns.get(collection.name)
        if cached is not None:
            return cached
        with self.connection() as con:
            row = con.execute(sql.SQL("SELECT columns FROM {} WHERE name = %s").format(_table("layers")),
                              (collection.name,)).fetchone()
        if row is None:
            raise ServiceError(f"the database {redact_url(self.url)} has no layer {name!r} yet; start "
                               "`geo serve --database` with a folder `geo run` wrote, or with a token to ingest")
        columns = {column: kind for column, kind in row[0]}
        with self._columns_lock:
            self._columns[collection.name] = columns
        return columns

    def extent(self, name: str) -> list[float] | None:
        """The layer's bounding box, as its GeoPackage recorded it (``None`` when empty)."""
        from psycopg import sql

        _collection(name)
        with self.connection() as con:
            row = con.execute(sql.SQL("SELECT min_x, min_y, max_x, max_y FROM {} WHERE name = %s").format(
                _table("layers")), (name,)).fetchone()
        if row is None or any(v is None for v in row):
            return None
        return [float(v) for v in row]

    def query(self, name: str, *, bbox: Sequence[float] | None = None, datetime: str | None = None,
              filters: dict[str, str] | None = None, offset: int = 0, limit: int = 10,
              count: bool = True, skip_geometry: bool = False) -> Page:
        """One page of features, as :meth:`geo.service.store.GeoPackageStore.query` gives it.

        Raises
        ------
        RequestError
            A bad bbox, datetime or filter column.
        ServiceError
            The database cannot be read.
        """
        from psycopg import sql

        collection = _collection(name)
        columns = self.columns(name)
        where, params = _where(collection, columns, bbox=bbox, datetime=datetime, filters=filters or {})
        select = _select(columns)
        with self.connection() as con:
            matched = -1
            if count:
                matched = con.execute(sql.SQL("SELECT count(*) FROM {} AS t ").format(_table(name)) + where,
                                      params).fetchone()[0]
            statement = (sql.SQL("SELECT {} FROM {} AS t ").format(select, _table(name)) + where
                         + sql.SQL(" ORDER BY t.fid LIMIT %s OFFSET %s"))
            rows = con.execute(statement, [*params, min(int(limit), MAX_SQL_INTEGER),
                                           min(int(offset), MAX_SQL_INTEGER)]).fetchall()
        return Page(features=[_feature(collection, columns, row, skip_geometry) for row in rows], matched=matched)

    def get(self, name: str, identifier: str) -> dict[str, Any] | None:
        """The feature whose id is ``identifier`` (``None`` if there is none)."""
        from psycopg import sql

        collection = _collection(name)
        columns = self.columns(name)
        key = feature_id(collection, identifier)
        if key is None:
            return None
        statement = sql.SQL("SELECT {} FROM {} AS t WHERE t.{} = %s ORDER BY t.fid LIMIT 1").format(
            _select(columns), _table(name), sql.Identifier(collection.id_column))
        with self.connection() as con:
            row = con.execute(statement, (key,)).fetchone()
        return None if row is None else _feature(collection, columns, row, False)


def _collection(name: str) -> Collection:
    from geo.service.store import _collection as known

    return known(name)


def _select(columns: dict[str, str]) -> Any:
    from psycopg import sql

    return sql.SQL(", ").join([sql.SQL("t.fid"), *(sql.SQL("t.{}").format(sql.Identifier(c)) for c in columns),
                               sql.SQL("ST_AsBinary(t.geom)")])


def _where(collection: Collection, columns: dict[str, str], *, bbox: Sequence[float] | None,
           datetime: str | None, filters: dict[str, str]) -> tuple[Any, list[object]]:
    from psycopg import sql

    wanted = criteria(collection, columns, bbox=bbox, datetime=datetime, filters=filters)
    clauses: list[Any] = []
    params: list[object] = []
    if wanted.bbox:
        minx, miny, maxx, maxy = wanted.bbox
        # the GeoPackage's R*-tree test (the feature's box meets the query box), with the GiST index
        # finding the candidates (a normalised envelope: a superset when minx > maxx)
        clauses.append(sql.SQL(
            "t.geom && ST_MakeEnvelope(%s, %s, %s, %s, {srid}) AND ST_XMax(t.geom) >= %s AND ST_XMin(t.geom) <= %s "
            "AND ST_YMax(t.geom) >= %s AND ST_YMin(t.geom) <= %s").format(srid=sql.Literal(SRID)))
        params += [min(minx, maxx), min(miny, maxy), max(minx, maxx), max(miny, maxy), minx, maxx, miny, maxy]
    if wanted.last is not None:
        clauses.append(sql.SQL("t.{} <= %s").format(sql.Identifier(collection.start_column)))
        params.append(wanted.last)
    if wanted.first is not None:
        clauses.append(sql.SQL("t.{} >= %s").format(sql.Identifier(collection.end_column)))
        params.append(wanted.first)
    for column, value in wanted.equals:
        typed = _as_sqlite_compares(columns[column], value)
        if typed is _NO_MATCH:
            clauses.append(sql.SQL("FALSE"))
        else:
            clauses.append(sql.SQL("t.{} = %s").format(sql.Identifier(column)))
            params.append(typed)
    if not clauses:
        return sql.SQL(""), params
    return sql.SQL("WHERE ") + sql.SQL(" AND ").join(clauses), params


def _as_sqlite_compares(kind: str, value: str) -> object:
    """The value a filter compares with a column of GeoPackage type ``kind``, as SQLite would compare it.

    SQLite gives numeric columns (INTEGER, REAL, BOOLEAN stored as 0/1, and
    DATE, whose affinity is NUMERIC) a text value converted to a number when
    it reads as one; a text that does not read as a number equals no number.

    >>> _as_sqlite_compares("INTEGER", " 3.0 "), _as_sqlite_compares("BOOLEAN", "1")
    (3.0, True)
    >>> _as_sqlite_compares("INTEGER", "three") is _NO_MATCH
    True
    """
    if kind in ("INTEGER", "REAL", "BOOLEAN"):
        if not _NUMBER.fullmatch(value):
            return _NO_MATCH
        number = float(value)
        if kind == "BOOLEAN":
            return {0.0: False, 1.0: True}.get(number, _NO_MATCH)
        if kind == "INTEGER" and abs(number) > MAX_SQL_INTEGER:
            return _NO_MATCH
        return number
    if kind == "DATE":
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            return _NO_MATCH
        return day if day.isoformat() == value else _NO_MATCH
    return value


def _feature(collection: Collection, columns: dict[str, str], row: Sequence[Any],
             skip_geometry: bool) -> dict[str, Any]:
    fid, *values, wkb = row
    properties: dict[str, Any] = {}
    for column, value in zip(columns, values):
        if isinstance(value, dt.date):
            value = value.isoformat()
        properties[column] = value
    identifier = fid if collection.id_column == "fid" else properties[collection.id_column]
    return {"type": "Feature", "id": identifier,
            "geometry": None if skip_geometry or wkb is None else wkb_geometry(bytes(wkb)),
            "properties": properties}


# --- the journal --------------------------------------------------------------------------------

class PostgresJournal:
    """The journal as the table ``geo.articles``, changed with the served layers in one transaction.

    Parameters
    ----------
    url : str
        The database (as for :class:`PostgisStore`).
    """

    def __init__(self, url: str) -> None:
        self.url = check_database_url(url)
        self.location = f"{redact_url(self.url)} (table {SCHEMA}.articles)"
        self._seq = 0  # the last article row read or written

    def exists(self) -> bool:
        """Whether ``geo.articles`` exists."""
        with connect(self.url, autocommit=True) as con:
            return con.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.articles",)).fetchone()[0]

    def create(self) -> None:
        """An empty ``geo.articles``."""
        with self.transaction() as change:
            _ensure_articles(change.connection)
            change.commit()

    def discard_if_empty(self) -> None:
        """Drop ``geo.articles`` when it holds no row."""
        from psycopg import sql

        with self.transaction() as change:
            con = change.connection
            if con.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.articles",)).fetchone()[0] and \
                    con.execute(sql.SQL("SELECT NOT EXISTS (SELECT 1 FROM {})").format(_table("articles"))).fetchone()[0]:
                con.execute(sql.SQL("DROP TABLE {}").format(_table("articles")))
            change.commit()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[_PostgresTransaction]:
        """One change: a transaction holding the database's advisory lock; rolled back unless committed.

        Raises
        ------
        ServiceError
            The database cannot be reached or refuses the change (nothing changed).
        """
        connection = connect(self.url)
        try:
            with _database_errors(self.url):
                connection.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
                ensure_schema(connection, self.url)
            yield _PostgresTransaction(self, connection)
        finally:
            if not connection.closed:
                with contextlib.suppress(Exception):
                    connection.rollback()  # a no-op after a commit
                connection.close()


@contextlib.contextmanager
def _database_errors(url: str) -> Iterator[None]:
    """Database errors as :class:`ServiceError` naming the database (without its password)."""
    import psycopg

    try:
        yield
    except psycopg.Error as error:
        raise ServiceError(f"the database {redact_url(url)} refused the change: {_first_line(error)}; "
                           "nothing was taken") from None


class _PostgresTransaction:
    def __init__(self, journal: PostgresJournal, connection: psycopg.Connection) -> None:
        self.journal = journal
        self.connection = connection
        self._seq = journal._seq

    def new_items(self) -> list[ArticleEvents]:
        with _database_errors(self.journal.url):
            return self._new_items()

    def _new_items(self) -> list[ArticleEvents]:
        from psycopg import sql

        con = self.connection
        if not con.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.articles",)).fetchone()[0]:
            return []
        rows = con.execute(sql.SQL("SELECT seq, article_id, events FROM {} WHERE seq > %s ORDER BY seq").format(
            _table("articles")), (self._seq,)).fetchall()
        items = []
        for seq, article_id, events in rows:
            try:
                items.append(ArticleEvents.from_dict(events))
            except DataError as error:
                raise ServiceError(f"{self.journal.location}, article {article_id!r}: {error}") from error
            self._seq = seq
        return items

    def append(self, events: list[ArticleEvents], *, store: Path) -> None:
        with _database_errors(self.journal.url):
            self._append(events, store)

    def _append(self, events: list[ArticleEvents], store: Path) -> None:
        from psycopg import sql
        from psycopg.types.json import Jsonb

        _ensure_articles(self.connection)
        with self.connection.cursor() as cursor:
            for item in events:
                cursor.execute(sql.SQL("INSERT INTO {} (article_id, events) VALUES (%s, %s) RETURNING seq").format(
                    _table("articles")), (item.article_id, Jsonb(item.to_dict())))
                self._seq = cursor.fetchone()[0]
        load_layers(self.connection, store)

    def sync(self, *, store: Path, force: bool) -> None:
        with _database_errors(self.journal.url):
            self._sync(store, force)

    def _sync(self, store: Path, force: bool) -> None:
        from psycopg import sql

        loaded = self.connection.execute(sql.SQL("SELECT count(*) FROM {} WHERE name = ANY(%s)").format(
            _table("layers")), (list(COLLECTIONS),)).fetchone()[0] == len(COLLECTIONS)
        if force or not loaded:
            if not store.exists():
                raise ServiceError(f"no {store.name} in {store.parent} to fill the database "
                                   f"{redact_url(self.journal.url)} from; run `geo run --out {store.parent}` "
                                   "first, or start with a token to ingest")
            load_layers(self.connection, store)

    def commit(self) -> None:
        import psycopg

        try:
            self.connection.commit()
        except psycopg.Error as error:
            raise ServiceError(f"the database {redact_url(self.journal.url)} did not commit: {_first_line(error)}; "
                               "nothing was taken") from None
        self.journal._seq = self._seq
