"""``geo serve``: OGC API – Features over the GeoPackage, ingest, the map, on a real server on loopback.

The server runs in a thread (uvicorn) on 127.0.0.1; only loopback sockets are
allowed, and only in the tests that use the ``loopback`` fixture. OWSLib reads
every collection as an OGC API – Features client (what QGIS does too).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest

pytest.importorskip("pygeoapi")
owslib_features = pytest.importorskip("owslib.ogcapi.features")
requests = pytest.importorskip("requests")

from geo.options import RunOptions  # noqa: E402
from geo.run import run_pipeline  # noqa: E402
from geo.service.config import ServiceSettings  # noqa: E402
from geo.service.ingest import JOURNAL_NAME, Ingestor, articles_from_payload  # noqa: E402
from geo.service.server import running  # noqa: E402
from geo.service.store import COLLECTIONS, GeoPackageStore, parse_datetime  # noqa: E402

from tests.service_articles import ARTICLES, TOKEN  # noqa: E402

pytestmark = pytest.mark.integration



@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory, repo_root, geoparser) -> Path:
    """A data folder written by ``geo run`` over the seeds."""
    out = tmp_path_factory.mktemp("served") / "maps"
    run_pipeline(RunOptions(inputs=(repo_root / "seeds",), out_dir=out), geoparser=geoparser)
    return out


@pytest.fixture()
def server(seeds_store, loopback):
    with running(ServiceSettings(data_dir=seeds_store, port=0)) as settings:
        yield settings.url


def _count(store: Path, table: str) -> int:
    with sqlite3.connect(store / "incidents.gpkg") as con:
        return con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]


# --- OGC API – Features -------------------------------------------------------------------------

def test_owslib_reads_every_collection(server, seeds_store):
    api = owslib_features.Features(server)
    assert set(COLLECTIONS) <= {c["id"] for c in api.collections()["collections"]}
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core" in api.conformance()["conformsTo"]
    for name in COLLECTIONS:
        assert api.collection(name)["id"] == name
        features, offset = [], 0
        while True:  # page through with limit/offset as clients do
            page = api.collection_items(name, limit=3, offset=offset)
            features += page["features"]
            if not any(link["rel"] == "next" for link in page["links"]):
                break
            offset += 3
        assert len(features) == _count(seeds_store, name) > 0, name
        assert len({f["id"] for f in features}) == len(features)
        assert all(f["geometry"]["type"] for f in features)
    first = api.collection_items("incidents")["features"][0]
    assert api.collection_item("incidents", first["id"])["properties"] == first["properties"]


def test_landing_page_has_the_links_qgis_needs(server):
    landing = requests.get(server + "/", headers={"Accept": "application/json"}).json()
    rels = {link["rel"] for link in landing["links"]}
    assert {"service-desc", "conformance", "data"} <= rels
    openapi = requests.get(server + "/openapi?f=json")
    assert openapi.headers["content-type"].startswith("application/vnd.oai.openapi+json")
    document = openapi.json()
    assert document["openapi"].startswith("3.0")
    assert "/collections/incidents/items" in document["paths"] and "/articles" in document["paths"]


def test_item_queries(server):
    items = server + "/collections/incidents/items"
    every = requests.get(items).json()
    assert every["numberMatched"] == len(every["features"]) == 2
    response = requests.get(items, params={"limit": 1})
    assert response.headers["content-type"] == "application/geo+json"
    assert response.headers["x-content-type-options"] == "nosniff"
    page = response.json()
    assert page["numberReturned"] == 1 and page["numberMatched"] == 2
    next_link = next(link["href"] for link in page["links"] if link["rel"] == "next")
    second = requests.get(next_link).json()
    assert second["features"][0]["id"] != page["features"][0]["id"]
    # pygeoapi links a next page whenever a page is full; the page after the last one is empty
    last = next((link["href"] for link in second["links"] if link["rel"] == "next"), None)
    assert last is None or requests.get(last).json()["features"] == []
    # property filters
    kinds = {f["properties"]["event_type"] for f in every["features"]}
    for kind in kinds:
        got = requests.get(items, params={"event_type": kind}).json()["features"]
        assert got and all(f["properties"]["event_type"] == kind for f in got)
    assert requests.get(items, params={"country_code": "KG"}).json()["numberMatched"] == sum(
        f["properties"]["country_code"] == "KG" for f in every["features"])
    assert requests.get(items, params={"admin1": "Batken Region"}).json()["numberMatched"] >= 1
    assert requests.get(items, params={"admin1": "Nowhere"}).json()["features"] == []
    # bbox
    assert requests.get(items, params={"bbox": "70.5,39.9,70.9,40.1"}).json()["numberMatched"] == 2
    assert requests.get(items, params={"bbox": "10,10,11,11"}).json()["numberMatched"] == 0
    # datetime on the incident window: instants and intervals, open ends
    assert requests.get(items, params={"datetime": "2022-09-14"}).json()["numberMatched"] >= 1
    assert requests.get(items, params={"datetime": "2022-09-14T12:00:00Z"}).json()["numberMatched"] >= 1
    assert requests.get(items, params={"datetime": "2022-09-01/2022-09-30"}).json()["numberMatched"] == 2
    assert requests.get(items, params={"datetime": "../2020-01-01"}).json()["numberMatched"] == 0
    assert requests.get(items, params={"datetime": "2030-01-01/.."}).json()["numberMatched"] == 0
    bad = requests.get(items, params={"datetime": "yesterday"})
    assert bad.status_code == 400 and "yesterday" in bad.json()["description"]
    # single items and what is not there
    one = every["features"][0]
    assert requests.get(f"{items}/{one['id']}").json()["properties"] == one["properties"]
    assert requests.get(f"{items}/no-such-incident").status_code == 404
    assert requests.get(server + "/collections/no-such/items").status_code == 404
    assert requests.get(server + "/collections/border/items/1").json()["geometry"]["type"] == "LineString"
    assert requests.get(server + "/collections/admin1/items", params={"country_code": "TJ"}).json()["numberMatched"]


def test_no_request_parameter_reaches_the_file_system(server):
    for path in ("/collections/..%2F..%2Fetc%2Fpasswd/items", "/collections/incidents/items/..%2Fmap.html",
                 "/map.html/../../etc/passwd", "/ATTRIBUTION.txt", "/incidents.gpkg"):
        response = requests.get(server + path)
        assert response.status_code == 404, path
        assert "root:" not in response.text


def test_datetime_parameter_parsing():
    import datetime as dt

    assert parse_datetime("2022-09-01/..") == (dt.date(2022, 9, 1), None)
    assert parse_datetime("/2022-09-01") == (None, dt.date(2022, 9, 1))
    with pytest.raises(ValueError, match="ends before"):
        parse_datetime("2022-09-02/2022-09-01")


# --- the map ------------------------------------------------------------------------------------

def test_the_map_is_served_at_the_root_and_map_html(server, seeds_store):
    page = (seeds_store / "map.html").read_bytes()
    for path in ("/", "/map.html", "/map.html?types=armed_clash"):
        response = requests.get(server + path, headers={"Accept": "text/html,application/xhtml+xml"})
        assert response.status_code == 200 and response.content == page
        assert response.headers["content-type"] == "text/html; charset=utf-8"
        assert "default-src 'none'" in response.headers["content-security-policy"]


# --- ingest -------------------------------------------------------------------------------------

@pytest.fixture()
def ingest_server(tmp_path, geoparser, loopback):
    data = tmp_path / "live"
    settings = ServiceSettings(data_dir=data, port=0, token=TOKEN, max_body_bytes=20_000, max_batch=3)
    ingestor = Ingestor(options=settings.run_options, geoparser=geoparser)
    with running(settings, ingestor=ingestor) as live:
        yield live.url, data


def _post(url: str, payload: object, *, token: str | None = TOKEN, **kwargs) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.post(url + "/articles", json=payload, headers=headers, **kwargs)


def test_ingest_one_by_one_equals_one_batch_run(ingest_server, tmp_path, geoparser):
    url, data = ingest_server
    assert requests.get(url + "/collections/incidents/items").json()["numberMatched"] == 0
    for record in ARTICLES:
        response = _post(url, record)
        assert response.status_code == 201, response.text
        assert response.json()["added"] == [record["id"]]
    batch_input = tmp_path / "batch.jsonl"
    batch_input.write_text("".join(json.dumps(r) + "\n" for r in ARTICLES), encoding="utf-8")
    batch = tmp_path / "batch"
    run_pipeline(RunOptions(inputs=(batch_input,), out_dir=batch), geoparser=geoparser)
    for name in ("incidents.geojson", "incidents.csv", "incidents_ucdp.csv"):
        assert (data / name).read_bytes() == (batch / name).read_bytes(), name
    served = requests.get(url + "/collections/incidents/items", params={"limit": 100}).json()
    geojson = json.loads((batch / "incidents.geojson").read_text(encoding="utf-8"))
    assert [f["id"] for f in served["features"]] == [f["properties"]["incident_id"] for f in geojson["features"]]
    assert served["numberMatched"] >= 2
    # the map is re-rendered for the current data
    assert requests.get(url + "/map.html").content == (data / "map.html").read_bytes()
    # re-posting an article with the same id changes nothing
    before = (data / "incidents.geojson").read_bytes()
    again = _post(url, {**ARTICLES[0], "text": ARTICLES[0]["text"] + " More fighting in Batken."})
    assert again.status_code == 200 and again.json()["unchanged"] == ["a1"] and again.json()["added"] == []
    assert (data / "incidents.geojson").read_bytes() == before


def test_ingest_refuses_bad_requests_and_changes_nothing(ingest_server):
    url, data = ingest_server
    assert _post(url, ARTICLES[0]).status_code == 201
    before = {name: (data / name).read_bytes() for name in ("incidents.geojson", "incidents.gpkg", JOURNAL_NAME)}
    missing = _post(url, ARTICLES[1], token=None)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert _post(url, ARTICLES[1], token="wrong-token-0123456789").status_code == 401
    too_big = _post(url, {"id": "big", "text": "Vorukh " * 5000})
    assert too_big.status_code == 413
    too_many = _post(url, ARTICLES[1:5])
    assert too_many.status_code == 413 and "at most 3" in too_many.json()["description"]
    bad_json = requests.post(url + "/articles", data=b'{"text": ', headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert bad_json.status_code == 400 and "malformed JSON" in bad_json.json()["description"]
    no_text = _post(url, [ARTICLES[1], {"id": "x", "title": "no text"}])
    assert no_text.status_code == 400 and "article 2: missing field 'text'" in no_text.json()["description"]
    bad_date = _post(url, {"id": "d", "text": "Clash at Vorukh.", "date": "not a date"})
    assert bad_date.status_code == 400 and "date" in bad_date.json()["description"]
    form = requests.post(url + "/articles", data={"text": "x"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert form.status_code == 415
    after = {name: (data / name).read_bytes() for name in before}
    assert after == before


def test_ingest_is_off_without_a_token(seeds_store, loopback):
    with running(ServiceSettings(data_dir=seeds_store, port=0)) as settings:
        response = _post(settings.url, ARTICLES[0])
    assert response.status_code == 403 and "GEO_SERVE_TOKEN" in response.json()["description"]


def test_concurrent_posts_lose_nothing(ingest_server):
    url, data = ingest_server
    records = [{"id": f"c{i}", "date": f"2022-11-{i + 1:02d}",
                "text": f"Shelling hit the village of {place} on Monday. {i + 1} residents were wounded."}
               for i, place in enumerate(["Vorukh", "Ak-Sai", "Arka", "Kok-Tash", "Ovchi-Kalacha", "Khodjai-Alo"])]
    statuses: list[int] = []

    def post(chunk):
        for record in chunk:
            statuses.append(_post(url, record, timeout=120).status_code)

    threads = [threading.Thread(target=post, args=(records[i::3],)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [201] * len(records)
    lines = [json.loads(line) for line in (data / JOURNAL_NAME).read_text().splitlines()]
    assert sorted(line["article_id"] for line in lines) == sorted(r["id"] for r in records)
    with sqlite3.connect(data / "incidents.gpkg") as con:
        stored = {row[0] for row in con.execute("SELECT DISTINCT article_id FROM mentions")}
    assert stored == {line["article_id"] for line in lines if line["mentions"]}
    assert len(stored) >= 4


def test_a_restart_rebuilds_the_store_from_the_journal(tmp_path, geoparser):
    settings = ServiceSettings(data_dir=tmp_path / "live", port=0, token=TOKEN)
    first = Ingestor(options=settings.run_options, geoparser=geoparser)
    first.start()
    first.ingest(articles_from_payload(ARTICLES[:2], max_batch=10))
    before = (settings.data_dir / "incidents.geojson").read_bytes()
    (settings.data_dir / "incidents.geojson").unlink()
    with (settings.data_dir / JOURNAL_NAME).open("a") as journal:
        journal.write('{"version": 1, "article_id": "cut-by-a-ki')  # a line cut mid-write: never acknowledged
    second = Ingestor(options=settings.run_options, geoparser=geoparser)
    second.start()
    assert second.article_count == 2
    assert (settings.data_dir / "incidents.geojson").read_bytes() == before
    # the cut line is gone from the file: an article taken now starts a line of its own
    second.ingest(articles_from_payload(ARTICLES[2], max_batch=10))
    third = Ingestor(options=settings.run_options, geoparser=geoparser)
    third.start()
    assert third.article_count == 3
    assert [json.loads(line)["article_id"] for line in (settings.data_dir / JOURNAL_NAME).read_text().splitlines()] \
        == ["a1", "a2", "a3"]


def test_store_reads_without_spatialite(seeds_store):
    store = GeoPackageStore(seeds_store / "incidents.gpkg")
    page = store.query("incidents", bbox=(70, 39, 71, 41), limit=1)
    assert page.matched == 2 and page.features[0]["geometry"]["type"] == "Point"
    assert store.get("admin1", "1")["geometry"]["type"] in ("Polygon", "MultiPolygon")


def _wait_until_up(url: str, timeout: float = 90.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url + "/conformance", timeout=2).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} did not come up in {timeout} s")


def test_killing_the_server_mid_ingest_loses_no_acknowledged_article(tmp_path, loopback):
    """kill -9 while a POST is being processed: every article answered 201 is there after a restart."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from geo.service.server import free_port

    data = tmp_path / "live"
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")

    def start() -> tuple[subprocess.Popen, str]:
        port = free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "geo", "serve", str(data), "--port", str(port), "--token-file", str(token_file)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        url = f"http://127.0.0.1:{port}"
        _wait_until_up(url)
        return process, url

    process, url = start()
    acknowledged: list[str] = []
    try:
        for record in ARTICLES[:2]:
            assert _post(url, record, timeout=120).status_code == 201
            acknowledged.append(record["id"])
        # the third post is in flight when the server dies
        in_flight = threading.Thread(target=lambda: _post_quietly(url, ARTICLES[2]))
        in_flight.start()
        time.sleep(0.4)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        in_flight.join(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    process, url = start()
    try:
        journal = [json.loads(line)["article_id"] for line in (data / JOURNAL_NAME).read_text().splitlines()
                   if line.strip().endswith("}")]
        assert set(acknowledged) <= set(journal) and set(journal) <= {r["id"] for r in ARTICLES[:3]}
        page = requests.get(url + "/collections/incidents/items", timeout=30).json()
        assert page["numberMatched"] >= 1  # the store reads, and it holds the acknowledged incidents
        with sqlite3.connect(data / "incidents.gpkg") as con:
            stored = {row[0] for row in con.execute("SELECT DISTINCT article_id FROM mentions")}
        assert set(acknowledged) <= stored
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


def _post_quietly(url: str, record: dict) -> None:
    try:
        _post(url, record, timeout=60)
    except requests.RequestException:
        pass  # the server was killed under it: never acknowledged


def test_ingest_is_rate_limited_per_client(tmp_path, geoparser, loopback):
    settings = ServiceSettings(data_dir=tmp_path / "live", port=0, token=TOKEN, max_posts_per_minute=2)
    ingestor = Ingestor(options=settings.run_options, geoparser=geoparser)
    with running(settings, ingestor=ingestor) as live:
        statuses = [_post(live.url, record, timeout=120).status_code for record in ARTICLES[:3]]
        third = _post(live.url, ARTICLES[3], timeout=120)
    assert statuses[:2] == [201, 201] and statuses[2] == 429
    assert third.status_code == 429 and 1 <= int(third.headers["Retry-After"]) <= 60
    assert "POST /articles a minute" in third.json()["description"]
    journal = [json.loads(line)["article_id"] for line in (settings.data_dir / JOURNAL_NAME).read_text().splitlines()]
    assert journal == ["a1", "a2"]  # a refused post changes nothing


def test_the_openapi_document_lists_only_what_is_served(server):
    document = requests.get(server + "/openapi", timeout=30).json()
    paths = document["paths"]
    assert "/jobs" not in paths and not any(p.endswith("/schema") for p in paths)
    for path, item in paths.items():
        if "{" in path or "get" not in item:
            continue
        assert requests.get(server + path, timeout=30).status_code == 200, path
