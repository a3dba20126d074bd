"""Runs that keep what was good: no-input runs, failed writes, kills, locks, leftovers, user files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo._atomic import FolderLock, atomic_directory, clean_leftovers
from geo.exceptions import ExportError, NoInputError
from geo.run import run

SEED = "SHELLING HIT VORUKH\n\nBISHKEK, Sept 16 (Reuters) - Shelling hit Vorukh on Friday, killing two people."


@pytest.fixture()
def good(tmp_path, geoparser):
    """An output folder holding the outputs of one good run, and a user's own file."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(SEED, encoding="utf-8")
    out = tmp_path / "maps"
    run([articles], out_dir=out, formats=("geojson", "csv"), geoparser=geoparser)
    (out / "my_notes.txt").write_text("mine", encoding="utf-8")
    return out, {p.name: p.read_bytes() for p in out.iterdir()}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_run_that_reads_nothing_keeps_the_outputs(good, tmp_path, geoparser):
    out, before = good
    with pytest.raises(NoInputError, match="outputs in .* are kept"):
        run([tmp_path / "typo_dir"], out_dir=out, formats=("geojson", "csv"), geoparser=geoparser)
    assert _snapshot(out) == before


def test_a_failed_write_keeps_the_whole_previous_set(good, tmp_path, geoparser, monkeypatch):
    out, before = good

    def explode(*args, **kwargs):
        raise RuntimeError("crash in the second writer")

    monkeypatch.setattr("geo.exports.writers.csv_text", explode)
    with pytest.raises(RuntimeError):
        run([tmp_path / "articles"], out_dir=out, formats=("geojson", "csv"), geoparser=geoparser)
    assert _snapshot(out) == before  # the new GeoJSON, written first, did not land alone
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".maps.")
                and not p.name.endswith(".lock")]


def test_a_new_set_replaces_the_old_one_and_keeps_the_users_files(good, tmp_path, geoparser):
    out, before = good
    run([tmp_path / "articles"], out_dir=out, formats=("geojson",), geoparser=geoparser)
    after = _snapshot(out)
    assert after["my_notes.txt"] == b"mine"
    assert "incidents.csv" not in after  # an earlier run's output is not carried into the new set
    assert set(after) == {"incidents.geojson", "ATTRIBUTION.txt", "my_notes.txt"}


def test_a_second_run_into_the_same_folder_is_refused(good, tmp_path, geoparser):
    out, _ = good
    with FolderLock(out):
        with pytest.raises(ExportError, match="another geo run is writing into"):
            run([tmp_path / "articles"], out_dir=out, formats=("geojson",), geoparser=geoparser)


def test_leftovers_of_an_interrupted_run_are_cleaned(tmp_path):
    out = tmp_path / "maps"
    out.mkdir()
    (out / "incidents.csv").write_text("old", encoding="utf-8")
    staging = tmp_path / ".maps.staging-abc"
    staging.mkdir()
    (staging / "incidents.csv").write_text("half", encoding="utf-8")
    removed = clean_leftovers(out)
    assert staging in removed and not staging.exists()
    assert (out / "incidents.csv").read_text(encoding="utf-8") == "old"


def test_an_old_set_is_put_back_when_the_fallback_swap_was_interrupted(tmp_path):
    out = tmp_path / "maps"
    old = tmp_path / ".maps.old-xyz"
    old.mkdir()
    (old / "incidents.csv").write_text("previous", encoding="utf-8")
    clean_leftovers(out)  # killed between "target -> old" and "staging -> target"
    assert (out / "incidents.csv").read_text(encoding="utf-8") == "previous"


def test_atomic_directory_creates_a_new_folder_in_one_step(tmp_path):
    out = tmp_path / "fresh"
    with atomic_directory(out) as staging:
        (staging / "a.txt").write_text("a", encoding="utf-8")
        assert not out.exists()
    assert (out / "a.txt").read_text(encoding="utf-8") == "a"


@pytest.mark.integration
def test_kill_at_random_moments_leaves_a_consistent_folder(tmp_path, repo_root):
    """``kill -9`` a real ``geo run`` while it writes: the folder holds one complete set, old or new."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(40):
        (articles / f"a{i}.txt").write_text(SEED.replace("two", str(i + 2)), encoding="utf-8")
    out = tmp_path / "maps"
    command = [sys.executable, "-m", "geo", "run", str(articles), "--out", str(out), "--format", "geojson",
               "--format", "csv", "--format", "gpkg"]
    env = {**os.environ, "PYTHONPATH": str(repo_root)}
    subprocess.run(command, check=True, capture_output=True, env=env, timeout=300)
    expected = {"incidents.geojson", "incidents.csv", "incidents.gpkg", "ATTRIBUTION.txt"}
    for delay in (0.4, 0.8, 1.2, 1.6, 2.0):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert {p.name for p in out.iterdir()} == expected
        clean_leftovers(out)
        assert not [p for p in tmp_path.iterdir() if ".staging-" in p.name or ".old-" in p.name]
