"""The served OpenAPI document, fuzzed with schemathesis: no 5xx, and every answer matches the document.

The document is fetched from a running ``geo serve`` (loopback) and must
resolve offline: pygeoapi's references to the OGC's servers are local copies
(geo/service/schemas/ogc_fragments.json). Schemathesis generates requests
for every operation (positive and negative, bounded by ``max_examples`` and a
deadline) and checks each answer: not a server error, a documented status
code and content type, a body valid against its schema. ``POST /articles``
is fuzzed with the token (a small cap on examples: each accepted post parses
and rewrites the outputs).
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pygeoapi")
schemathesis = pytest.importorskip("schemathesis")
requests = pytest.importorskip("requests")
from hypothesis import HealthCheck, settings  # noqa: E402

from geo.articles import iter_articles  # noqa: E402
from geo.options import RunOptions  # noqa: E402
from geo.service.config import ServiceSettings  # noqa: E402
from geo.service.ingest import Ingestor  # noqa: E402
from geo.service.server import running  # noqa: E402

pytestmark = pytest.mark.integration

TOKEN = "fuzz-token-0123456789abcdef"
#: Examples per operation, and for POST /articles (each accepted post re-merges and rewrites the outputs).
MAX_EXAMPLES = 25
MAX_POSTS = 8


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory, repo_root, geoparser):
    """A service over the seeds' articles (journal on, so ingest is open), for the whole module, on loopback."""
    import pytest_socket

    data = tmp_path_factory.mktemp("fuzz") / "live"
    settings_ = ServiceSettings(data_dir=data, port=0, token=TOKEN, max_posts_per_minute=10_000,
                                run_options=RunOptions(inputs=(), formats=("gpkg", "geojson", "map")))
    ingestor = Ingestor(options=settings_.run_options, geoparser=geoparser)
    ingestor.start()
    ingestor.seed(iter_articles([repo_root / "seeds"]))
    pytest_socket.enable_socket()
    pytest_socket.socket_allow_hosts(["127.0.0.1", "localhost", "::1"], allow_unix_socket=True)
    try:
        with running(settings_, ingestor=ingestor) as live:
            yield live.url, ingestor
    finally:
        pytest_socket.disable_socket(allow_unix_socket=True)


@pytest.fixture(scope="module")
def served_document(fuzz_server) -> dict:
    return requests.get(fuzz_server[0] + "/openapi", timeout=30).json()


@pytest.fixture(scope="module")
def api_schema(served_document):
    return schemathesis.openapi.from_dict(served_document)


def test_the_served_document_refers_to_nothing_remote(served_document):
    remote = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str) and not node["$ref"].startswith("#/"):
                remote.append(node["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(served_document)
    assert remote == []
    assert "opengis.net" not in json.dumps({k: v for k, v in served_document.items() if k != "info"}).replace(
        "http://www.opengis.net/def/", "").replace("http://www.opengis.net/spec/", "")


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_fuzz_the_openapi_document(api_schema, fuzz_server, mode, loopback):
    """Every operation, requests that fit the document (positive) and that do not (negative).

    Driven through schemathesis's Python API (each operation's hypothesis
    strategy), not its pytest plugin, whose lazy loading does not run on pytest 9.
    """
    from hypothesis import given
    from hypothesis.errors import Unsatisfiable
    from schemathesis.generation.modes import GenerationMode

    from schemathesis.checks import negative_data_rejection, positive_data_acceptance

    # Checked: no 5xx; status codes, content types, headers and bodies as the document says. Not checked:
    # that every value the document's types allow is taken (a 'datetime' that is no date is a documented
    # 400 the types cannot express), nor that every value outside them is refused (pygeoapi falls back
    # to defaults for an empty 'f' or an unknown 'lang', as its document says it does).
    excluded = [positive_data_acceptance, negative_data_rejection]

    url, ingestor = fuzz_server
    taken_before = ingestor.article_count
    generation_mode = GenerationMode(mode)
    operations = []
    for result in api_schema.get_all_operations():
        operation = result.ok()  # raises for an operation the document cannot describe (an unresolved $ref)
        operations.append(operation)
    assert len(operations) >= 20
    for operation in operations:
        posting = operation.method.upper() == "POST"
        headers = {"Authorization": f"Bearer {TOKEN}"} if posting else None

        @given(case=operation.as_strategy(generation_mode))
        @settings(max_examples=MAX_POSTS if posting else MAX_EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate(base_url=url, headers=headers, timeout=60, excluded_checks=excluded)

        try:
            check()
        except Unsatisfiable:
            assert mode == "negative", f"{operation.method.upper()} {operation.path}: no request can be made"
            continue  # nothing in this operation can be made invalid (no parameters, no body)
        except Exception as error:
            raise AssertionError(f"{operation.method.upper()} {operation.path} ({mode}): {error}") from error
    if mode == "positive":
        assert ingestor.article_count > taken_before  # generated articles were posted and taken (201)
