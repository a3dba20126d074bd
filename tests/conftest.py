"""Shared fixtures: a tiny in-code gazetteer, and the real one for integration tests."""

from __future__ import annotations

from pathlib import Path

import pytest

# urllib3 (pulled in by geopy) probes IPv6 support by creating, never
# connecting, a socket when first imported. Import it before pytest-socket
# blocks sockets so that the probe does not show up as a blocked attempt.
import urllib3.util.connection  # noqa: F401

from geo.gazetteer.index import Gazetteer, build_index
from geo.gazetteer.model import PlaceRecord


def tiny_records() -> list[PlaceRecord]:
    """Six places: enough for ranking, spelling and false-friend tests."""
    def rec(name, lat, lon, cc, kind="city", pop=0, variants=(), code="PPL", cls="P", admin1=None):
        return PlaceRecord(name=name, lat=lat, lon=lon, country_code=cc, admin1=admin1,
                           feature_class=cls, feature_code=code, population=pop,
                           source=f"test:{name}", kind=kind, variants=list(variants))
    return [
        rec("Kök-Tash", 39.94972, 70.53583, "KG", kind="curated",
            variants=["Kok-Tash", "Koktash", "Кок-Таш"], admin1="Batken Region"),
        rec("Somoniyon", 38.44, 68.8, "TJ", pop=20000, variants=["Koktash"]),
        rec("Vorukh", 39.85125, 70.58012, "TJ", kind="curated", variants=["Voruh", "Ворух"],
            admin1="Sughd Region"),
        rec("Guliston", 40.48972, 68.78417, "UZ", pop=90000),
        rec("Guliston", 40.50, 70.47, "TJ", kind="curated", admin1="Sughd Region"),
        rec("Kyrgyzstan", 41.0, 75.0, "KG", kind="country", pop=6_000_000, code="PCLI", cls="A"),
    ]


@pytest.fixture(scope="session")
def tiny_gazetteer(tmp_path_factory) -> Gazetteer:
    out = tmp_path_factory.mktemp("tiny-gazetteer")
    build_index(tiny_records(), out_dir=out, demonyms={"Kyrgyz": "KG", "Tajik": "TJ"},
                common_words=frozenset({"police"}))
    return Gazetteer(out)


@pytest.fixture(scope="session")
def real_gazetteer() -> Gazetteer:
    """The default index (compiled into the cache folder on first use, ~40 s)."""
    from geo.gazetteer.store import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="session")
def geoparser(real_gazetteer):
    from geo.geoparse.pipeline import Geoparser

    return Geoparser(gazetteer=real_gazetteer)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent




@pytest.fixture()
def loopback():
    """Sockets to this machine only (a test's own server or Dask cluster), for one test."""
    import pytest_socket

    pytest_socket.enable_socket()
    pytest_socket.socket_allow_hosts(["127.0.0.1", "localhost", "::1"], allow_unix_socket=True)
    yield
    pytest_socket.disable_socket(allow_unix_socket=True)


@pytest.fixture(scope="session")
def postgis_cluster():
    """A PostgreSQL with PostGIS started for the session from Debian's packages (tests/postgres_cluster.py).

    Skipped with the reason where the packages are missing; a failure instead
    where ``GEO_REQUIRE_POSTGIS=1`` (CI installs them).
    """
    import os

    from tests import postgres_cluster  # noqa: I001

    def unavailable(reason: str):
        if os.environ.get(postgres_cluster.REQUIRE_ENV) == "1":
            pytest.fail(f"{postgres_cluster.REQUIRE_ENV}=1 but {reason}")
        pytest.skip(reason)

    try:
        import psycopg  # noqa: F401
        import psycopg_pool  # noqa: F401
    except ImportError as error:
        unavailable(f"{error.name} is not installed (pip install -e '.[test]')")
    reason = postgres_cluster.missing()
    if reason:
        unavailable(reason)
    import pytest_socket

    from geo.service.server import free_port

    pytest_socket.enable_socket()  # a moment's loopback socket, to find a free port
    try:
        port = free_port()
    finally:
        pytest_socket.disable_socket(allow_unix_socket=True)
    cluster = postgres_cluster.start_cluster(port)
    try:
        template = postgres_cluster.create_template(cluster)
        yield cluster, template
    finally:
        cluster.stop()


@pytest.fixture()
def postgis_url(postgis_cluster) -> str:
    """The URL of a new, empty database with PostGIS, for one test."""
    from tests import postgres_cluster  # noqa: I001

    cluster, template = postgis_cluster
    return postgres_cluster.create_database(cluster, template)
