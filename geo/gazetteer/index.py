"""The compiled gazetteer index: SQLite for look-ups, a key set for text matching.

The index is compiled once from the pinned packages (see
:mod:`geo.gazetteer.sources`) into the cache folder and then opened in a few
milliseconds. Two files make an index:

``gazetteer.sqlite``
    ``places`` (one row per :class:`~geo.gazetteer.model.Place`),
    ``names`` (``name_key`` -> place), ``loose`` (``loose_key`` -> place),
    ``demonyms`` (``name_key`` -> country code) and ``meta``.
``text_keys.pickle``
    The set of keys that may be matched in running text. A hashed n-gram
    matcher over this set (:mod:`geo.geoparse.recognize`) replaced an
    Aho-Corasick automaton: with ~700k keys the automaton took 3.5 s to load,
    the set takes ~0.2-0.3 s. The same keys are also the ``text_keys`` table of
    the database, so that a run of a few articles looks its names up there
    and never loads the set (see :class:`TextKeys`).
``text_words.pickle``
    The small sets beside them: the longest key's token count, common words in
    English and Russian, keys written in Cyrillic, region abbreviations.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from geo._atomic import atomic_path
from geo.exceptions import GazetteerError
from geo.gazetteer.model import Place, PlaceRecord
from geo.gazetteer.normalize import has_cyrillic, loose_key, name_key

__all__ = ["INDEX_FORMAT", "Gazetteer", "NameSummary", "TextKeys", "build_index"]

#: Bumped whenever the index layout or its compilation rules change.
INDEX_FORMAT = "23"

#: Places at least this populous (and every country, region and curated
#: place) keep their own names out of the common-word filter: "Russia".
_MAJOR_POPULATION = 1_000_000

#: Memoised look-ups per open index before the memo is cleared.
_CACHE_LIMIT = 200_000

#: Names of more tokens than this are found by look-up only, not in running text.
_MAX_TEXT_TOKENS = 6

_SCHEMA = """
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    country_code TEXT NOT NULL, admin1 TEXT, feature_class TEXT NOT NULL,
    feature_code TEXT NOT NULL, population INTEGER NOT NULL, source TEXT NOT NULL,
    kind TEXT NOT NULL, name_ru TEXT, admin2 TEXT
);
CREATE TABLE names (key TEXT NOT NULL, place_id INTEGER NOT NULL, is_primary INTEGER NOT NULL);
CREATE TABLE loose (key TEXT NOT NULL, place_id INTEGER NOT NULL);
CREATE TABLE demonyms (key TEXT PRIMARY KEY, country_code TEXT NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE text_keys (key TEXT PRIMARY KEY) WITHOUT ROWID;
"""
_INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX loose_key ON loose(key);
CREATE INDEX places_lat ON places(lat);
"""
_PLACE_COLUMNS = (
    "id, name, lat, lon, country_code, admin1, feature_class, feature_code, "
    "population, source, kind, name_ru, admin2"
)
#: Letters of Kyrgyz and Tajik Cyrillic that Russian does not use.
_NOT_RUSSIAN = re.compile(r"[ӨөҮүҢңҒғҚқҲҳҶҷӢӣӮӯ]")


def russian_name(record: PlaceRecord) -> str | None:
    """The record's first Cyrillic name written in the Russian alphabet (its Russian form, where known).

    Curated rows list their Russian spelling first among the Cyrillic ones;
    for GeoNames rows this is the first such alternate name.
    """
    return next((v for v in [record.name, *record.variants] if has_cyrillic(v) and not _NOT_RUSSIAN.search(v)),
                None)


def build_index(
    records: Iterable[PlaceRecord],
    *,
    out_dir: Path,
    demonyms: dict[str, str] | None = None,
    meta: dict[str, str] | None = None,
    common_words: frozenset[str] = frozenset(),
    russian_common_words: frozenset[str] = frozenset(),
) -> Path:
    """Compile place records into an index folder, atomically file by file.

    Parameters
    ----------
    records : iterable of PlaceRecord
        Places with their name variants.
    out_dir : Path
        Folder to write ``gazetteer.sqlite`` and ``text_keys.pickle`` into.
    demonyms : dict, optional
        Adjective or demonym (``"Kyrgyz"``) -> ISO country code.
    meta : dict, optional
        Provenance (package versions, build time) stored in the ``meta`` table.
    common_words : frozenset of str
        Frequent English words; a name equal to one is matched at the start of
        a sentence only with further evidence, unless it is the name of a
        country, a region, a curated place or a city of 100,000 or more.
    russian_common_words : frozenset of str
        Frequent Russian words; a one-word Cyrillic name equal to one needs a
        locative word before it (see ``geo.geoparse.recognize``).

    Returns
    -------
    Path
        ``out_dir``.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    text_keys: set[str] = set()
    major_keys: set[str] = set()
    common_keys = frozenset(map(name_key, common_words))
    cyrillic_keys: set[str] = set()
    abbreviations: set[str] = set()
    with atomic_path(out_dir / "gazetteer.sqlite") as tmp_db:
        connection = sqlite3.connect(tmp_db)
        try:
            connection.executescript(_SCHEMA)
            place_rows, name_rows, loose_rows = [], [], []
            for place_id, record in enumerate(records, start=1):
                place_rows.append(
                    (place_id, record.name, record.lat, record.lon, record.country_code,
                     record.admin1, record.feature_class, record.feature_code,
                     int(record.population or 0), record.source, record.kind, russian_name(record),
                     record.admin2)
                )
                primary = name_key(record.name)
                seen: set[str] = set()
                for variant in [record.name, *record.variants]:
                    key = name_key(variant)
                    if not key or key in seen:
                        continue
                    seen.add(key)
                    name_rows.append((key, place_id, int(key == primary)))
                for key in {loose_key(v) for v in [record.name, *record.variants]} - {""}:
                    loose_rows.append((key, place_id))
                if record.kind == "district":
                    pass  # a county's bare name ("Union", "Story") stays a common word
                elif record.kind != "city":
                    major_keys.update(name_key(v) for v in [record.name, *record.variants])
                elif record.population >= _MAJOR_POPULATION:
                    major_keys.add(primary)
                matchable = record.text_variants
                if matchable is None:
                    matchable = [record.name, *record.variants]
                for variant in matchable:
                    key = name_key(variant)
                    if record.kind == "city" and key != primary and key in common_keys:
                        continue  # a town's other name "The City" or "Island": look-up only
                    short_ok = record.kind == "country" and variant.isupper() and len(key) == 2
                    if (len(key) >= 3 or short_ok) and key.count(" ") < _MAX_TEXT_TOKENS:
                        text_keys.add(key)
                        if has_cyrillic(variant) and record.in_russian_scope():
                            cyrillic_keys.add(key)
                if record.kind == "admin1":
                    abbreviations.update(v for v in record.variants if v.endswith(".") and len(v) <= 8)
            connection.executemany(f"INSERT INTO places ({_PLACE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", place_rows)
            connection.executemany("INSERT INTO names VALUES (?,?,?)", name_rows)
            connection.executemany("INSERT INTO loose VALUES (?,?)", loose_rows)
            for word, code in (demonyms or {}).items():
                connection.execute(
                    "INSERT OR REPLACE INTO demonyms VALUES (?,?)", (name_key(word), code)
                )
            connection.executemany("INSERT INTO text_keys VALUES (?)", ((k,) for k in sorted(text_keys)))
            all_meta = {"format": INDEX_FORMAT, **(meta or {})}
            connection.executemany("INSERT INTO meta VALUES (?,?)", sorted(all_meta.items()))
            connection.executescript(_INDEXES)
            connection.commit()
        finally:
            connection.close()
    max_tokens = max((k.count(" ") + 1 for k in text_keys), default=1)
    keys_pickle = pickle.dumps(frozenset(text_keys), protocol=5)
    with atomic_path(out_dir / "text_keys.pickle") as tmp_keys:
        tmp_keys.write_bytes(keys_pickle)
    with atomic_path(out_dir / "text_words.pickle") as tmp_words:
        with open(tmp_words, "wb") as handle:
            pickle.dump({"max_tokens": max_tokens, "keys_sha256": hashlib.sha256(keys_pickle).hexdigest(),
                         "common": common_keys - major_keys,
                         "cyrillic": frozenset(cyrillic_keys),
                         "common_ru": frozenset(map(name_key, russian_common_words)),
                         "abbreviations": frozenset(abbreviations)}, handle, protocol=5)
    return out_dir


class NameSummary(NamedTuple):
    """What the places of one name are: their kinds (``city``, ``admin1``, ...) and the largest population."""

    kinds: frozenset[str]
    max_population: int


class Gazetteer:
    """Read-only access to a compiled index folder.

    Parameters
    ----------
    index_dir : Path
        A folder written by :func:`build_index`.

    Raises
    ------
    GazetteerError
        If the folder holds no index, or one of another format.
    """

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = Path(index_dir)
        db_path = self.index_dir / "gazetteer.sqlite"
        if not db_path.is_file():
            raise GazetteerError(
                f"no gazetteer index at {db_path}; run 'geo data build --gazetteer' to compile it"
            )
        self._local = threading.local()
        self._places_cache: dict[str, list[Place]] = {}
        self._summary_cache: dict[str, NameSummary] = {}
        fmt = self._query("SELECT value FROM meta WHERE key='format'")
        if not fmt or fmt[0][0] != INDEX_FORMAT:
            found = fmt[0][0] if fmt else "none"
            raise GazetteerError(
                f"gazetteer index at {db_path} has format {found}, expected {INDEX_FORMAT}; "
                "run 'geo data build --gazetteer' to recompile it"
            )

    # -- connection per thread (sqlite3 objects are not shareable) -------------
    def _connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            uri = f"file:{self.index_dir / 'gazetteer.sqlite'}?mode=ro"
            try:
                connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            except sqlite3.Error as error:
                raise GazetteerError(f"cannot open gazetteer index {uri}: {error}") from error
            self._local.connection = connection
        return connection

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        try:
            return self._connection().execute(sql, params).fetchall()
        except sqlite3.DatabaseError as error:
            raise GazetteerError(
                f"gazetteer index {self.index_dir} is unreadable ({error}); "
                "run 'geo data build --gazetteer' to recompile it"
            ) from error

    # -- look-ups ---------------------------------------------------------------
    @cached_property
    def meta(self) -> dict[str, str]:
        """Provenance recorded at build time."""
        return dict(self._query("SELECT key, value FROM meta"))

    def _load_pickle(self, name: str, expected: type) -> object:
        path = self.index_dir / name
        try:
            with open(path, "rb") as handle:
                loaded = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
                ImportError, IndexError, KeyError, MemoryError) as error:  # a damaged pickle raises any of these
            raise GazetteerError(
                f"cannot read {path} ({error}); run 'geo data build --gazetteer'"
            ) from error
        if not isinstance(loaded, expected):
            raise GazetteerError(f"{path} holds a {type(loaded).__name__}, expected a {expected.__name__}; "
                                 "run 'geo data build --gazetteer'")
        return loaded

    @cached_property
    def _text_index(self) -> dict:
        return self._load_pickle("text_words.pickle", dict)  # type: ignore[return-value]

    @cached_property
    def _all_text_keys(self) -> frozenset[str]:
        return self._load_pickle("text_keys.pickle", frozenset)  # type: ignore[return-value]

    @cached_property
    def text_key_lookup(self) -> TextKeys:
        """Membership in :attr:`text_keys` that loads the set only when a run needs many look-ups."""
        return TextKeys(self)

    def check_text_keys(self) -> None:
        """Raise :class:`GazetteerError` unless ``text_keys.pickle`` is the file the index was built with.

        A digest check (about 10 ms) instead of loading the set, which a short run never needs.
        """
        path = self.index_dir / "text_keys.pickle"
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as error:
            raise GazetteerError(f"cannot read {path} ({error}); run 'geo data build --gazetteer'") from error
        if digest != self._text_index.get("keys_sha256"):
            raise GazetteerError(f"{path} is not the file this index was built with (damaged or replaced); "
                                 "run 'geo data build --gazetteer'")

    def has_text_key(self, key: str) -> bool:
        """Whether ``key`` is a text key, asked of the database (one look-up, no set loaded)."""
        return bool(self._query("SELECT 1 FROM text_keys WHERE key=?", (key,)))

    @cached_property
    def border_loose_keys(self) -> dict[str, str]:
        """``loose_key`` -> ``name_key`` of the curated border-zone place it spells, where only one does.

        The recogniser uses it for names it did not find exactly but that a place cue or a
        hyphen marks as names ("the Tajik village of Khojai-Aalo"): every spelling of the
        zone's own places, not of the whole world's.
        """
        keys: dict[str, set[str]] = {}
        for key, name in self._query(
            "SELECT l.key, p.name FROM loose l JOIN places p ON p.id = l.place_id "
            "WHERE p.source LIKE 'curated:%' AND p.kind NOT IN ('country', 'admin1')"
        ):
            keys.setdefault(key, set()).add(name_key(name))
        return {key: next(iter(names)) for key, names in keys.items() if len(names) == 1}

    @property
    def text_keys(self) -> frozenset[str]:
        """Keys (``name_key`` form) that may be matched in running text (the whole set, loaded once)."""
        return self._all_text_keys

    @property
    def cyrillic_keys(self) -> frozenset[str]:
        """Keys that Cyrillic text may match (names written in Cyrillic, of places in scope)."""
        return self._text_index.get("cyrillic", frozenset())

    @property
    def russian_common_words(self) -> frozenset[str]:
        """Frequent Russian words (``name_key`` form) recorded at build time."""
        return self._text_index.get("common_ru", frozenset())

    @property
    def region_abbreviations(self) -> frozenset[str]:
        """Newspaper abbreviations of admin-1 units as written ("Ky.", "B.C.")."""
        return self._text_index.get("abbreviations", frozenset())

    @property
    def common_words(self) -> frozenset[str]:
        """Frequent English words (``name_key`` form) recorded at build time."""
        return self._text_index.get("common", frozenset())

    @property
    def max_tokens(self) -> int:
        """Token count of the longest text key."""
        return int(self._text_index["max_tokens"])

    def places_by_key(self, key: str) -> list[Place]:
        """Places having ``key`` (already in ``name_key`` form) as one of their names.

        Results are memoised per key (names repeat across a batch of articles).
        """
        cached = self._places_cache.get(key)
        if cached is not None:
            return cached
        if len(self._places_cache) > _CACHE_LIMIT:
            self._places_cache.clear()
        rows = self._query(
            f"SELECT {', '.join('p.' + c.strip() for c in _PLACE_COLUMNS.split(','))} "
            "FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ? "
            "ORDER BY n.is_primary DESC, p.population DESC",
            (key,),
        )
        places = _unique_places(rows)
        self._places_cache[key] = places
        return places

    def name_summary(self, key: str) -> NameSummary:
        """The kinds of the places having ``key`` as a name, and the largest population among them.

        Memoised per key: the recogniser asks it of the same name many times
        ("is it a country, a continent, a city of 100,000?"), and a name like
        "washington" has hundreds of places.
        """
        summary = self._summary_cache.get(key)
        if summary is None:
            if len(self._summary_cache) > _CACHE_LIMIT:
                self._summary_cache.clear()
            places = self.places_by_key(key)
            summary = NameSummary(frozenset(p.kind for p in places),
                                  max((p.population for p in places), default=0))
            self._summary_cache[key] = summary
        return summary

    def nearest_places(self, lat: float, lon: float, *, limit: int = 1) -> list[tuple[Place, float]]:
        """Named points (towns, villages, curated places) nearest to ``lat``/``lon``.

        Searches boxes of growing size; areas (countries, admin-1 units,
        districts, continents) are left out, and a GeoNames town that a curated
        row of the same name already covers (within 3 km) is listed once. Returns ``(place, distance_km)``, nearest first.
        """
        from geo.gazetteer.ranking import haversine_km

        columns = ", ".join(c.strip() for c in _PLACE_COLUMNS.split(","))
        for half in (0.1, 0.5, 2.0, 10.0, 45.0, 180.0):
            rows = self._query(
                f"SELECT {columns} FROM places WHERE kind IN ('city', 'curated') "
                "AND feature_code NOT IN ('ADM1', 'ADM2') "
                "AND lat BETWEEN ? AND ? AND (? OR lon BETWEEN ? AND ?)",
                (lat - half, lat + half, int(half >= 45.0), lon - half * 2, lon + half * 2),
            )
            if len(rows) >= limit or half == 180.0:
                places = _unique_places(rows)
                ranked = []
                for place, distance in sorted(
                    ((p, haversine_km(lat, lon, p.lat, p.lon)) for p in places),
                    key=lambda item: (item[1], item[0].kind != "curated", item[0].id),
                ):
                    if not any(name_key(q.name) == name_key(place.name) and haversine_km(q.lat, q.lon, place.lat, place.lon) < 3.0
                               for q, _ in ranked):
                        ranked.append((place, distance))  # one row per place: curated before GeoNames
                # Only a box's inscribed radius is sure to hold the true nearest.
                if half == 180.0 or (ranked and ranked[min(limit, len(ranked)) - 1][1] <= half * 111.0 * 0.7):
                    return ranked[:limit]
        return []

    def places_in_box(self, south: float, west: float, north: float, east: float) -> list[Place]:
        """Named points (towns, villages, curated places) inside a lat/lon box.

        Areas (countries, admin-1 units, districts, continents) are left out,
        and a GeoNames town that a curated row answering to its name covers
        (within 3 km) is listed once, as the curated row. Ordered by id.
        """
        from geo.gazetteer.ranking import haversine_km

        columns = ", ".join(c.strip() for c in _PLACE_COLUMNS.split(","))
        rows = self._query(
            f"SELECT {columns} FROM places WHERE kind IN ('city', 'curated') "
            "AND feature_code NOT IN ('ADM1', 'ADM2') "
            "AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? ORDER BY id",
            (south, north, west, east),
        )
        places = _unique_places(rows)
        curated = [p for p in places if p.kind == "curated"]

        def covered(town: Place) -> bool:
            # a curated row within 3 km that answers to the town's name (its variants included)
            near = [q.id for q in curated if haversine_km(q.lat, q.lon, town.lat, town.lon) < 3.0]
            if not near:
                return False
            marks = ", ".join("?" * len(near))
            return bool(self._query(f"SELECT 1 FROM names WHERE key = ? AND place_id IN ({marks}) LIMIT 1",
                                    (name_key(town.name), *near)))

        return [p for p in places if p.kind == "curated" or not covered(p)]

    def places_by_name(self, name: str, *, loose: bool = True) -> list[Place]:
        """Places called ``name``; spelling-tolerant when nothing matches exactly."""
        found = self.places_by_key(name_key(name))
        if found or not loose:
            return found
        rows = self._query(
            f"SELECT {', '.join('p.' + c.strip() for c in _PLACE_COLUMNS.split(','))} "
            "FROM loose l JOIN places p ON p.id = l.place_id WHERE l.key = ? "
            "ORDER BY p.population DESC",
            (loose_key(name),),
        )
        return _unique_places(rows)

    def is_primary_name(self, key: str, place_id: int) -> bool:
        """Whether ``key`` is the place's own (primary) name rather than a variant."""
        rows = self._query(
            "SELECT is_primary FROM names WHERE key = ? AND place_id = ?", (key, place_id)
        )
        return bool(rows and rows[0][0])

    @cached_property
    def _demonyms(self) -> dict[str, str]:
        return dict(self._query("SELECT key, country_code FROM demonyms"))

    def demonym_country(self, key: str) -> str | None:
        """Country code for a demonym or adjective key (``kyrgyz`` -> ``KG``)."""
        return self._demonyms.get(key)

    @cached_property
    def demonym_keys(self) -> frozenset[str]:
        """Every demonym key (read once: the recogniser asks for it per article)."""
        return frozenset(self._demonyms)

    def country(self, code: str) -> Place | None:
        """The country entry for an ISO alpha-2 code."""
        rows = self._query(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE kind='country' AND country_code=?",
            (code.upper(),),
        )
        return Place(*rows[0]) if rows else None

    def __len__(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM places")[0][0])

    def __repr__(self) -> str:
        return f"Gazetteer({os.fspath(self.index_dir)!r})"


def _unique_places(rows: list[tuple]) -> list[Place]:
    seen: set[int] = set()
    places = []
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            places.append(Place(*row))
    return places


class TextKeys:
    """``key in text_keys`` for a run: database look-ups while they are few, then the whole set.

    Loading the set of text keys (about 550,000) takes 0.2-0.3 s, more than a
    run of one article needs in all. The first :data:`LOOKUP_BUDGET` distinct
    keys asked are therefore looked up in the database (a few microseconds
    each, remembered); past that budget, or for a long text, the set is loaded
    once and used from then on. The answers are the same either way.

    Parameters
    ----------
    gazetteer : Gazetteer
        The index whose keys are asked.
    """

    #: Distinct keys looked up in the database before the whole set is loaded (about 0.1 s of look-ups).
    LOOKUP_BUDGET = 20_000
    #: A text this long (characters) uses the whole set at once.
    LONG_TEXT = 20_000

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer
        self._known: dict[str, bool] = {}

    @property
    def loaded(self) -> bool:
        """Whether the whole set is in memory."""
        return "_all_text_keys" in self._gazetteer.__dict__

    def for_text(self, length: int) -> TextKeys | frozenset[str]:
        """What a text of ``length`` characters should ask: the set when loaded or worth loading, else this."""
        if self.loaded or length >= self.LONG_TEXT or len(self._known) >= self.LOOKUP_BUDGET:
            return self._gazetteer.text_keys
        return self

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        known = self._known.get(key)
        if known is None:
            if self.loaded:
                return key in self._gazetteer.text_keys
            known = self._known[key] = self._gazetteer.has_text_key(key)
        return known
