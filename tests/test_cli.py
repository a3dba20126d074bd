"""The command line: registry, help, version, geocode, parse and run."""

import importlib
import json

import pytest
from click.testing import CliRunner

from geo import __version__
from geo.cli import COMMAND_MODULES, cli


def test_every_command_module_is_registered():
    names = set(cli.commands)
    for module_name in COMMAND_MODULES:
        command = importlib.import_module(module_name).command
        assert command.name in names and command.help, module_name
    assert names == {"run", "parse", "geocode", "map", "data", "serve"}


def test_help_and_version():
    runner = CliRunner()
    assert __version__ in runner.invoke(cli, ["--version"]).output
    for name in cli.commands:
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output, name


def test_python_dash_m_entry_point():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "geo", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and __version__ in out.stdout


@pytest.mark.integration
def test_geocode_json_schema(real_gazetteer):
    result = CliRunner().invoke(cli, ["geocode", "Voruh", "--all", "--json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert records[0]["name"] == "Vorukh"
    assert set(records[0]) == {"name", "lat", "lon", "country_code", "admin1", "feature_class",
                               "feature_code", "population", "source", "score"}
    scores = [r["score"] for r in records]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.integration
@pytest.mark.parametrize("args, message", [
    (["geocode", "Qwzxyvv"], "nothing matched 'Qwzxyvv'"),
    (["geocode", " "], "query is empty"),
    (["geocode", "x" * 500], "at most 200"),
    (["geocode", "Batken", "--country", "KGZ"], "not an ISO 3166-1 alpha-2"),
])
def test_geocode_errors(real_gazetteer, args, message):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code != 0 and message in result.output
    assert "Traceback" not in result.output


@pytest.mark.integration
def test_parse_json_lines_and_bad_files(real_gazetteer, tmp_path):
    (tmp_path / "good.txt").write_text("Clashes\n\nShelling hit Vorukh on Friday.", "utf-8")
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "text": "ok"}\n{broken\n', "utf-8")
    result = CliRunner().invoke(cli, ["parse", str(tmp_path), "--json"])
    assert result.exit_code == 1
    assert "bad.jsonl:2" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    vorukh = [m for r in records for m in r["mentions"] if m["text"] == "Vorukh"][0]
    assert vorukh["role"] == "incident" and vorukh["place"]["country_code"] == "TJ"
    assert {"text", "start", "end", "role", "precision", "excerpt", "place"} <= set(vorukh)


@pytest.mark.integration
def test_run_writes_every_output_and_reports_failures(real_gazetteer, repo_root, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for seed in (repo_root / "seeds").iterdir():
        (inputs / seed.name).write_bytes(seed.read_bytes())
    (inputs / "empty.txt").write_text("", "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["run", str(inputs), "--out", str(out), "--format", "geojson", "--format", "csv",
              "--format", "gpkg", "--format", "map"])
    assert result.exit_code == 1, result.output
    assert "articles read: 3, failed: 1" in result.stdout  # two English seeds, one Russian
    for name in ("incidents.geojson", "incidents.gpkg", "incidents.csv", "map.html", "ATTRIBUTION.txt"):
        assert (out / name).is_file(), name
