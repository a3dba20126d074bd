"""The Dask runner gives the serial run's outputs byte for byte, reports bad input the same way,
and survives a worker that dies.

A few hundred articles are generated from templates with real curated place names
(data/border_places.csv); a run in one process is compared with a run on a local
2-worker cluster made by the runner, and with runs on a test cluster under other
partitionings. Only loopback sockets are opened (the cluster's own).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import os
import pickle
import random
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from geo.exports.writers import WRITERS  # noqa: E402
from geo.incidents.build import merge_article_events  # noqa: E402
from geo.options import RunOptions  # noqa: E402
from geo.run import run_pipeline  # noqa: E402
from geo.runners.dask_runner import dask_events, dask_input_events  # noqa: E402
from geo.runners.worker import parse_partition, parse_pieces  # noqa: E402

pytestmark = pytest.mark.integration

N_ARTICLES = 300
#: Articles of a JSON list file (one that cannot be cut into pieces: read by the merging process).
N_LISTED = 40
N_READ = N_ARTICLES + 1 + N_LISTED - 1
TEMPLATES = [
    "{place}: border guards exchanged fire near {place} on {weekday}, killing {n} people, "
    "officials in Bishkek said.",
    "Shelling hit the village of {place} on {weekday}. {n} residents were wounded, the Tajik border "
    "service said in Dushanbe.",
    "Residents of {place} blocked the road on {weekday} in a protest over water, police said.",
    "Hundreds of people were evacuated from {place} after mortar fire on {weekday}, the emergency "
    "ministry said.",
]
FILLER = ("Talks on delimitation of the border will resume next month. Schools would reopen once the "
          "security situation allowed it. The situation remained tense but calm, the statement said. ")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _place_names(repo_root: Path) -> list[str]:
    with (repo_root / "data" / "border_places.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["feature_type"] == "settlement"]
    return sorted({row["name"] for row in rows})[:25]


def _write_corpus(folder: Path, names: list[str]) -> None:
    """JSON Lines of N_ARTICLES articles (several per event, so the merge joins articles),
    a bad record among them, a JSON list of N_LISTED articles, a text file and an undecodable file."""
    rng = random.Random(13)
    events = [(rng.choice(names), dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(120)),
               rng.randrange(len(TEMPLATES)), rng.randrange(1, 9)) for _ in range(N_ARTICLES // 3)]
    lines = []
    for index in range(N_ARTICLES):
        place, day, template, n = events[rng.randrange(len(events))]
        published = day + dt.timedelta(days=rng.randrange(0, 3))
        body = TEMPLATES[template].format(place=place, weekday=WEEKDAYS[day.weekday()], n=n)
        text = FILLER * rng.randrange(1, 6) + body + " " + FILLER * rng.randrange(0, 4)
        lines.append(json.dumps({"id": f"a{index:03d}", "text": text, "title": f"Report {index}",
                                 "date": published.isoformat(), "url": f"https://example.org/{index}"}))
    lines.insert(150, '{"id": "broken", "text": ')  # a bad record: reported, the rest is read
    folder.mkdir()
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    listed = [{"id": f"l{index:02d}", "title": f"Listed {index}", "date": f"2022-03-0{index % 9 + 1}",
               "text": FILLER * 3 + TEMPLATES[index % len(TEMPLATES)].format(
                   place=names[index % len(names)], weekday="Monday", n=index % 5 + 1)}
              for index in range(N_LISTED)]
    listed[7] = {"id": "l07", "title": "no text"}  # a bad item: reported, the others read
    (folder / "y_list.json").write_text(json.dumps(listed, indent=1), encoding="utf-8")  # > 40,000 bytes
    (folder / "z_extra.txt").write_text("VORUKH\n\nShelling hit Vorukh on Friday, killing two people.",
                                        encoding="utf-8")
    (folder / "z_binary.txt").write_bytes(b"\x00\x01\xff\xfe" * 50)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, repo_root) -> Path:
    folder = tmp_path_factory.mktemp("dask") / "articles"
    _write_corpus(folder, _place_names(repo_root))
    return folder


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory):
    """The in-process run: its summary and the bytes of its GeoJSON and CSV."""
    out = tmp_path_factory.mktemp("serial") / "maps"
    errors = []
    summary, result = run_pipeline(RunOptions(inputs=(corpus,), out_dir=out, formats=("geojson", "csv")),
                                   on_error=errors.append)
    return summary, _outputs(out), [str(e) for e in errors]


def _outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in ("incidents.geojson", "incidents.csv")}


def test_the_serial_corpus_is_a_real_test(serial):
    summary, outputs, errors = serial
    assert summary.articles == N_READ
    incidents = json.loads(outputs["incidents.geojson"])["features"]
    assert len(incidents) > 50
    assert any(len({s["article_id"] for s in f["properties"]["sources"]}) > 1 for f in incidents)
    assert len(errors) == 3
    assert any("articles.jsonl:151" in e for e in errors) and any("z_binary.txt" in e for e in errors)
    assert any("y_list.json:" in e and "item 8: missing field 'text'" in e for e in errors)


def test_two_local_workers_write_the_same_bytes_and_report_the_same_bad_input(serial, corpus, tmp_path,
                                                                               loopback):
    serial_summary, serial_outputs, serial_errors = serial
    errors, lines = [], []
    options = RunOptions(inputs=(corpus,), out_dir=tmp_path / "maps", formats=("geojson", "csv"),
                         workers=2, partition_bytes=40_000)
    summary, _ = run_pipeline(options, on_error=errors.append, progress=lines.append)
    assert _outputs(tmp_path / "maps") == serial_outputs
    assert [str(e) for e in errors] == serial_errors
    assert (summary.articles, summary.mentions, summary.incident_mentions, summary.incidents) == (
        serial_summary.articles, serial_summary.mentions, serial_summary.incident_mentions,
        serial_summary.incidents)
    assert any("local Dask cluster of 2 worker processes" in line for line in lines)


def test_workers_keep_only_the_chosen_languages_and_count_the_others(corpus):
    from geo.runners.pieces import FilePiece, plan_pieces
    from geo.runners.worker import parse_articles, read_and_parse

    results = [read_and_parse(unit, max_bytes=10_000_000, languages=("ru",)) if isinstance(unit[0], FilePiece)
               else pickle.loads(parse_articles(unit, languages=("ru",)))  # the JSON list, read here
               for unit in plan_pieces([corpus], max_bytes=10_000_000, partition_bytes=40_000)
               if isinstance(unit, list)]
    assert sum(r.other_language for r in results) == N_READ  # every article is English
    assert not any(r.records for r in results)
    assert [str(e) for r in results for _, e in r.errors][:1] == [
        f"{corpus / 'articles.jsonl'}:151: malformed JSON (Expecting value, column 26); "
        "expected one JSON object per line"]


@pytest.fixture(scope="module")
def cluster():
    import pytest_socket

    pytest_socket.enable_socket()
    pytest_socket.socket_allow_hosts(["127.0.0.1", "localhost", "::1"], allow_unix_socket=True)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                                  silence_logs=50) as local:
        yield local
        # the tests' own ``loopback`` closed sockets again; the scheduler here talks to its workers
        # until the cluster is closed
        pytest_socket.enable_socket()
        pytest_socket.socket_allow_hosts(["127.0.0.1", "localhost", "::1"], allow_unix_socket=True)
    pytest_socket.disable_socket(allow_unix_socket=True)


@pytest.mark.parametrize("read_on_workers", [True, False], ids=["workers-read", "read-here"])
@pytest.mark.parametrize("partition_bytes", [1, 15_000, 10_000_000])
def test_any_partitioning_on_a_running_cluster_writes_the_same_bytes(serial, corpus, tmp_path, cluster,
                                                                     loopback, partition_bytes, read_on_workers):
    errors = []
    options = RunOptions(inputs=(corpus,), out_dir=tmp_path / "maps", formats=("geojson", "csv"),
                         scheduler=cluster.scheduler_address, partition_bytes=partition_bytes,
                         read_on_workers=read_on_workers)
    assert options.workers_read_inputs is read_on_workers
    run_pipeline(options, on_error=errors.append)
    assert _outputs(tmp_path / "maps") == serial[1]
    assert [str(e) for e in errors] == serial[2]


def test_a_running_cluster_reads_here_unless_told_its_workers_see_the_files(cluster, loopback):
    # (``loopback``: the live cluster's scheduler, in this process, may talk to its workers meanwhile)
    assert not RunOptions(inputs=(), scheduler=cluster.scheduler_address).workers_read_inputs
    assert RunOptions(inputs=(), workers=2).workers_read_inputs
    assert not RunOptions(inputs=(), workers=1, read_on_workers=True).workers_read_inputs  # in process


def _die_once_then_parse(articles, *, marker: str):
    """The first task to get here kills its worker process; every other task parses."""
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return parse_partition(articles)
    os._exit(1)


def test_a_worker_that_dies_has_its_task_retried_and_the_run_completes(serial, corpus, tmp_path, cluster,
                                                                       loopback):
    import cloudpickle

    from geo.articles import iter_articles

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import tests/
    try:
        marker = tmp_path / "died"
        with distributed.Client(cluster.scheduler_address) as client:
            pids_before = set(client.run(os.getpid).values())
        options = RunOptions(inputs=(corpus,), scheduler=cluster.scheduler_address, partition_bytes=20_000)
        items = dask_events(iter_articles([corpus], on_error=lambda error: None), options=options,
                            task=functools.partial(_die_once_then_parse, marker=str(marker)))
        result = merge_article_events(items)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert marker.exists()  # a worker did die
    with distributed.Client(cluster.scheduler_address) as client:
        client.wait_for_workers(2, timeout=60)
        assert set(client.run(os.getpid).values()) != pids_before  # the nanny started a new one
    assert result.articles == N_READ
    out = tmp_path / "maps"
    out.mkdir()
    for name in ("geojson", "csv"):
        WRITERS[name](result, out_dir=out)
    assert _outputs(out) == serial[1]


def _die_once_then_read_and_parse(pieces, *, marker: str, **options):
    """The first task to get here kills its worker process; every other task reads and parses its pieces."""
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return parse_pieces(pieces, **options)
    os._exit(1)


def test_a_worker_that_dies_while_reading_files_has_its_task_retried(serial, corpus, tmp_path, cluster,
                                                                     loopback):
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import tests/
    errors = []
    try:
        marker = tmp_path / "died"
        options = RunOptions(inputs=(corpus,), scheduler=cluster.scheduler_address, partition_bytes=20_000,
                             read_on_workers=True)
        items = dask_input_events(options, on_error=errors.append,
                                  task=functools.partial(_die_once_then_read_and_parse, marker=str(marker)))
        result = merge_article_events(items)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert marker.exists()  # a worker did die
    assert [str(e) for e in errors] == serial[2]  # each bad input reported once, in order
    assert result.articles == N_READ
    out = tmp_path / "maps"
    out.mkdir()
    for name in ("geojson", "csv"):
        WRITERS[name](result, out_dir=out)
    assert _outputs(out) == serial[1]


def test_geo_run_workers_2_on_the_command_line(serial, corpus, tmp_path, loopback):
    from click.testing import CliRunner

    from geo.cli import cli

    out = tmp_path / "maps"
    result = CliRunner().invoke(cli, ["run", str(corpus), "--out", str(out), "--format", "geojson",
                                      "--format", "csv", "--workers", "2"])
    assert result.exit_code == 1, result.output  # three bad inputs: reported, the rest written
    assert "skipped: " in result.output and "z_binary.txt" in result.output
    assert f"articles read: {N_READ}, failed: 3" in result.output
    assert _outputs(out) == serial[1]
