"""``geo serve --database``: the same API on PostgreSQL with PostGIS, against a real server.

The server is started for the session from Debian's packages
(``postgis_cluster`` in conftest.py, tests/postgres_cluster.py); each test
gets a database of its own. Skipped with the reason where PostgreSQL or
PostGIS is missing; CI installs them and sets ``GEO_REQUIRE_POSTGIS=1``,
which makes a missing server a failure.
"""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

pytest.importorskip("pygeoapi")
requests = pytest.importorskip("requests")
psycopg = pytest.importorskip("psycopg")
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st  # noqa: E402

from geo.exceptions import ConfigurationError, ServiceError  # noqa: E402
from geo.options import RunOptions  # noqa: E402
from geo.run import run_pipeline  # noqa: E402
from geo.service.app import make_ingestor  # noqa: E402
from geo.service.config import ServiceSettings  # noqa: E402
from geo.service.ingest import articles_from_payload  # noqa: E402
from geo.service.postgis import PostgisStore, check_database_url, redact_url  # noqa: E402
from geo.service.server import running  # noqa: E402
from geo.service.store import COLLECTIONS, GeoPackageStore  # noqa: E402

from tests.service_articles import ARTICLES, TOKEN  # noqa: E402

pytestmark = pytest.mark.integration



def _post(url: str, payload: object, **kwargs) -> requests.Response:
    return requests.post(url + "/articles", json=payload, headers={"Authorization": f"Bearer {TOKEN}"},
                         timeout=120, **kwargs)


def _every_feature(store, name: str) -> list[dict]:
    return store.query(name, limit=100_000).features


def _batch(tmp_path: Path, records: list[dict], geoparser) -> Path:
    source = tmp_path / "batch.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "batch"
    run_pipeline(RunOptions(inputs=(source,), out_dir=out), geoparser=geoparser)
    return out


def _article_ids(url: str) -> list[str]:
    with psycopg.connect(url) as con:
        return [row[0] for row in con.execute("SELECT article_id FROM geo.articles ORDER BY seq")]


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory, repo_root, geoparser) -> Path:
    """A data folder written by ``geo run`` over the seeds."""
    out = tmp_path_factory.mktemp("served-pg") / "maps"
    run_pipeline(RunOptions(inputs=(repo_root / "seeds",), out_dir=out), geoparser=geoparser)
    return out


# --- the database URL ---------------------------------------------------------------------------

def test_a_bad_database_url_or_server_is_named_without_its_password(tmp_path):
    for url, expected in (("mysql://geo@localhost/incidents", "is not a PostgreSQL URL"),
                          ("postgresql://geo@localhost", "names no database"),
                          ("postgresql://geo@localhost/db?colour=blue", "cannot be read")):
        with pytest.raises(ConfigurationError, match=expected) as caught:
            check_database_url(url)
        assert "postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME" in str(caught.value)
    with pytest.raises(ConfigurationError, match="not a PostgreSQL URL"):
        ServiceSettings(data_dir=tmp_path, database="sqlite:///incidents.gpkg")
    # nothing listens on port 1: the message names the server, never the password
    with pytest.raises(ServiceError, match="cannot connect to the database") as caught:
        PostgisStore("postgresql://geo:hunter2-secret@127.0.0.1:1/incidents")
    assert "127.0.0.1:1/incidents" in str(caught.value) and "hunter2" not in str(caught.value)
    assert redact_url("postgresql://u@h/db?password=x&sslmode=disable") == "postgresql://u@h/db?password=***&sslmode=disable"


def test_geo_serve_refuses_a_bad_database_url(tmp_path):
    from click.testing import CliRunner

    from geo.cli import cli

    result = CliRunner().invoke(cli, ["serve", str(tmp_path), "--database", "mysql://geo:pw@localhost/x"])
    assert result.exit_code == 1
    assert "is not a PostgreSQL URL" in result.output and "pw@" not in result.output


# --- the same API on PostGIS ---------------------------------------------------------------------

def test_ingest_one_by_one_on_postgis_equals_one_batch_run(tmp_path, geoparser, postgis_url, loopback):
    settings = ServiceSettings(data_dir=tmp_path / "live", port=0, token=TOKEN, database=postgis_url)
    with running(settings, ingestor=make_ingestor(settings, geoparser=geoparser)) as live:
        url = live.url
        assert requests.get(url + "/collections/incidents/items").json()["numberMatched"] == 0
        for record in ARTICLES:
            response = _post(url, record)
            assert response.status_code == 201, response.text
            assert response.json()["added"] == [record["id"]]
        served = requests.get(url + "/collections/incidents/items", params={"limit": 100}).json()
        again = _post(url, {**ARTICLES[0], "text": ARTICLES[0]["text"] + " More fighting in Batken."})
        assert again.status_code == 200 and again.json()["unchanged"] == ["a1"]
        # the data folder keeps the map and files of the current data
        assert requests.get(url + "/map.html").content == (settings.data_dir / "map.html").read_bytes()
    batch = _batch(tmp_path, ARTICLES, geoparser)
    geojson = json.loads((batch / "incidents.geojson").read_text(encoding="utf-8"))
    assert [f["id"] for f in served["features"]] == [f["properties"]["incident_id"] for f in geojson["features"]]
    assert served["numberMatched"] >= 2
    # every layer in the database is the batch run's GeoPackage, feature for feature
    database, expected = PostgisStore(postgis_url), GeoPackageStore(batch / "incidents.gpkg")
    try:
        for name in COLLECTIONS:
            assert _every_feature(database, name) == _every_feature(expected, name), name
    finally:
        database.close()
    assert _article_ids(postgis_url) == [r["id"] for r in ARTICLES]  # the journal; the re-post added nothing
    for name in ("incidents.geojson", "incidents.csv"):
        assert (settings.data_dir / name).read_bytes() == (batch / name).read_bytes(), name


def _without_links(body: object) -> object:
    """``body`` without its links and time stamp (they name each server's own address and time)."""
    if isinstance(body, dict):
        return {k: _without_links(v) for k, v in body.items() if k not in ("links", "timeStamp")}
    if isinstance(body, list):
        return [_without_links(v) for v in body]
    return body


PARITY_QUERIES = [
    "/collections/incidents/items",
    "/collections/incidents/items?limit=1&offset=1",
    "/collections/incidents/items?event_type=armed_clash",
    "/collections/incidents/items?country_code=KG",
    "/collections/incidents/items?admin1=Batken%20Region",
    "/collections/incidents/items?bbox=70.5,39.9,70.9,40.1",
    "/collections/incidents/items?bbox=10,10,11,11",
    "/collections/incidents/items?datetime=2022-09-14",
    "/collections/incidents/items?datetime=2022-09-14T12:00:00Z",
    "/collections/incidents/items?datetime=2022-09-01/2022-09-30",
    "/collections/incidents/items?datetime=../2020-01-01",
    "/collections/incidents/items?datetime=2022-09-15/..",
    "/collections/incidents/items?fatalities=3",
    "/collections/incidents/items?fatalities=3.0",
    "/collections/incidents/items?fatalities=three",
    "/collections/incidents/items?in_border_zone=1",
    "/collections/incidents/items?in_border_zone=true",
    "/collections/incidents/items?date_start=2022-09-14",
    "/collections/incidents/items?skipGeometry=true&properties=incident_id,event_type",
    "/collections/incidents/items?resulttype=hits",
    "/collections/incidents/items?datetime=yesterday",
    "/collections/incidents/items?bbox=1,2,3",
    "/collections/mentions/items?limit=50",
    "/collections/mentions/items?role=event_location&limit=100",
    "/collections/mentions/items?bbox=69,39,72,41&limit=100",
    "/collections/mentions/items?precision=1&limit=100",
    "/collections/border/items",
    "/collections/border/items/1",
    "/collections/border/items/99999999999999999999999",
    "/collections/admin1/items?country_code=TJ",
    "/collections/admin1/items/2",
    "/collections/incidents/queryables",
    "/collections/incidents",
    "/collections",
]


def test_items_and_filters_on_postgis_match_the_geopackage(seeds_store, tmp_path, postgis_url, loopback):
    folder = tmp_path / "maps"
    shutil.copytree(seeds_store, folder)
    with running(ServiceSettings(data_dir=seeds_store, port=0)) as files, \
            running(ServiceSettings(data_dir=folder, port=0, database=postgis_url)) as database:
        first = requests.get(files.url + "/collections/incidents/items").json()["features"][0]["id"]
        queries = [*PARITY_QUERIES, f"/collections/incidents/items/{first}", "/collections/incidents/items/nope"]
        for query in queries:
            expected, got = requests.get(files.url + query), requests.get(database.url + query)
            assert got.status_code == expected.status_code, query
            assert got.headers["content-type"] == expected.headers["content-type"], query
            if expected.status_code == 200:
                # the same answers, but for each server's own address
                assert _without_links(json.loads(got.text.replace(database.url, "http://SERVER"))) == \
                    _without_links(json.loads(expected.text.replace(files.url, "http://SERVER"))), query
            else:
                assert got.json()["code"] == expected.json()["code"], query
        assert requests.get(database.url + "/collections/incidents/items").json()["numberMatched"] == 2


@pytest.fixture(scope="module")
def both_stores(seeds_store, postgis_cluster):
    """The seeds' GeoPackage and a database loaded from it."""
    from geo.service.postgis import load_layers
    from tests import postgres_cluster

    cluster, template = postgis_cluster
    url = postgres_cluster.create_database(cluster, template)
    store = PostgisStore(url)  # creates the schema
    with psycopg.connect(url) as con:
        load_layers(con, seeds_store / "incidents.gpkg")
    gpkg = GeoPackageStore(seeds_store / "incidents.gpkg")
    values = {name: {column: sorted({str(f["properties"][column]) for f in _every_feature(gpkg, name)
                                     if f["properties"][column] is not None})[:6]
                     for column in gpkg.columns(name)} for name in COLLECTIONS}
    yield gpkg, store, values
    store.close()


ODD_VALUES = ["", "1", "0", "1.0", " 3", "true", "2022-09-14", "KG", "nan", "1e3", "-0"]


@st.composite
def queries(draw, values):
    name = draw(st.sampled_from(sorted(COLLECTIONS)))
    query: dict = {"name": name, "offset": draw(st.integers(0, 5)), "limit": draw(st.integers(1, 30))}
    if draw(st.booleans()):
        x = sorted(draw(st.lists(st.floats(66, 82), min_size=2, max_size=2)))
        y = sorted(draw(st.lists(st.floats(36, 44), min_size=2, max_size=2)))
        query["bbox"] = (x[0], y[0], x[1], y[1])
    if draw(st.booleans()):
        day = st.dates(min_value=__import__("datetime").date(2022, 8, 1),
                       max_value=__import__("datetime").date(2023, 1, 31)).map(lambda d: d.isoformat())
        first, last = draw(day), draw(day)
        query["datetime"] = draw(st.sampled_from([first, f"{min(first, last)}/{max(first, last)}",
                                                  f"../{last}", f"{first}/.."]))
    if draw(st.booleans()):
        column = draw(st.sampled_from(sorted(values[name])))
        query["filters"] = {column: draw(st.sampled_from(values[name][column] + ODD_VALUES))}
    return query


def test_random_queries_answer_the_same_from_both_stores(both_stores):
    gpkg, database, values = both_stores

    @hypothesis_settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(queries(values))
    def same_answers(query):
        name = query.pop("name")
        expected, got = gpkg.query(name, **query), database.query(name, **query)
        assert got.matched == expected.matched
        assert got.features == expected.features

    same_answers()
    for name in COLLECTIONS:
        assert database.extent(name) == gpkg.extent(name)
        assert database.columns(name) == gpkg.columns(name)


# --- transactions ---------------------------------------------------------------------------------

def test_a_failed_database_change_leaves_nothing_half_written(tmp_path, geoparser, postgis_url, loopback,
                                                             monkeypatch):
    import geo.service.postgis as postgis

    settings = ServiceSettings(data_dir=tmp_path / "live", port=0, token=TOKEN, database=postgis_url)
    with running(settings, ingestor=make_ingestor(settings, geoparser=geoparser)) as live:
        assert _post(live.url, ARTICLES[0]).status_code == 201
        files = {name: (settings.data_dir / name).read_bytes() for name in ("incidents.geojson", "incidents.csv")}
        gpkg = GeoPackageStore(settings.data_dir / "incidents.gpkg")
        gpkg_before = {name: _every_feature(gpkg, name) for name in COLLECTIONS}
        store = PostgisStore(postgis_url)
        before = {name: _every_feature(store, name) for name in COLLECTIONS}
        real_load = postgis.load_layers

        def load_then_fail(connection, gpkg):
            real_load(connection, gpkg)  # the layers are replaced in the transaction ...
            raise psycopg.errors.DiskFull("simulated: no space left on the database's disk")  # ... then it fails

        monkeypatch.setattr(postgis, "load_layers", load_then_fail)
        failed = _post(live.url, ARTICLES[1])
        assert failed.status_code == 500 and "no space left" in failed.json()["description"]
        assert {name: _every_feature(store, name) for name in COLLECTIONS} == before
        assert _article_ids(postgis_url) == ["a1"]
        # the outputs were put back (rewritten: the GeoPackage's bytes hold its time of writing)
        assert {name: (settings.data_dir / name).read_bytes() for name in files} == files
        assert {name: _every_feature(gpkg, name) for name in COLLECTIONS} == gpkg_before
        monkeypatch.setattr(postgis, "load_layers", real_load)
        assert _post(live.url, ARTICLES[1]).status_code == 201  # and the same article is taken afterwards
        assert _article_ids(postgis_url) == ["a1", "a2"]
        store.close()


def test_two_services_sharing_a_database_lose_nothing(tmp_path, geoparser, postgis_url):
    """Two services (own data folders, one database) ingest at once: every article is kept, and the layers
    are those of one batch run over all of them in the database's order."""
    ingestors = [make_ingestor(ServiceSettings(data_dir=tmp_path / f"service-{i}", token=TOKEN,
                                               database=postgis_url), geoparser=geoparser) for i in range(2)]
    for ingestor in ingestors:
        ingestor.start()
    errors: list[BaseException] = []

    def take(ingestor, records):
        try:
            for record in records:
                ingestor.ingest(articles_from_payload(record, max_batch=1))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=take, args=(ingestors[i], ARTICLES[:4][i::2])) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    order = _article_ids(postgis_url)
    assert sorted(order) == sorted(r["id"] for r in ARTICLES[:4])
    by_id = {r["id"]: r for r in ARTICLES}
    batch = _batch(tmp_path, [by_id[i] for i in order], geoparser)
    store = PostgisStore(postgis_url)
    try:
        for name in ("incidents", "mentions"):
            assert _every_feature(store, name) == _every_feature(GeoPackageStore(batch / "incidents.gpkg"), name)
    finally:
        store.close()
