"""Reliability battery: bad inputs, damaged caches, oversized overlays and kill -9, each checked.

Prints one line per case (handled or not, and how) and the totals. A case is
*handled* when the run ends without a traceback, reports the bad input by
name, reads every good article beside it, and leaves the outputs consistent.

* inputs: lone surrogates, JSON nested 2,000 deep, a 5,000-digit number,
  UTF-16 with a BOM, a CSV row with a NUL byte, an unterminated CSV quote, a
  FIFO, a symlinked folder, a binary file, an empty file, a typo'd folder
  (the previous outputs must survive);
* gazetteer cache (``--cache``, slow: each case compiles the index, ~30 s):
  a truncated SQLite file, a damaged pickle, a file where the folder should be;
* overlays: a zip whose members unpack far beyond the limit (refused before
  reading; peak memory reported), non-finite coordinates;
* kill -9: ``geo run`` over ``--articles`` articles (default 3,000) killed at
  ``--kills`` random moments (default 10); after each kill the output folder
  must hold exactly one complete set (the previous run's or the new one).

Run::

    python benchmarks/bench_reliability.py              # inputs, overlays, kills
    python benchmarks/bench_reliability.py --cache      # also the gazetteer cache cases
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOOD = "BISHKEK, Sept 16 (Reuters) - Shelling hit Vorukh on Friday, killing two people."
OUTPUTS = {"incidents.geojson", "incidents.csv", "incidents_ucdp.csv", "incidents.gpkg", "incidents.parquet",
           "ATTRIBUTION.txt"}
FORMATS = ["--format", "geojson", "--format", "csv", "--format", "ucdp", "--format", "gpkg",
           "--format", "parquet"]


def _geo(*args: str, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, timeout=timeout)


def _input_cases(base: Path) -> list[tuple[str, Path, str]]:
    """(name, path, the text the report must name) of each bad input, written beside a good one."""
    cases = []

    def case(name: str, filename: str, content: bytes | None, expect: str) -> None:
        folder = base / name
        folder.mkdir(parents=True)
        (folder / "good.txt").write_text(GOOD, encoding="utf-8")
        path = folder / filename
        if content is not None:
            path.write_bytes(content)
        cases.append((name, folder, expect))

    case("lone surrogate", "a.jsonl", b'{"id": "s", "text": "Shelling hit Vorukh \\ud800"}\n', "")
    case("JSON nested 2,000 deep", "a.json", b"[" * 2000 + b"]" * 2000, "nested too deep")
    case("5,000-digit number", "a.jsonl", b'{"id": "n", "n": ' + b"9" * 5000 + b"}\n", "refuses")
    case("UTF-16 with BOM", "a.txt", GOOD.replace("Vorukh", "Ak-Sai").encode("utf-16"), "")
    case("CSV row with NUL", "a.csv", b"id,text\nx,bad\x00row\ny,Shelling hit Ak-Sai\n", "NUL")
    case("unterminated CSV quote", "a.csv", b'id,text\nx,"never closed\n', "not closed")
    case("binary file", "a.txt", bytes(range(256)) * 4, "binary")
    case("empty file", "a.txt", b"", "empty")
    fifo = base / "FIFO"
    fifo.mkdir()
    (fifo / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(fifo / "pipe.txt")
    cases.append(("FIFO", fifo, "FIFO"))
    linked = base / "symlinked folder"
    linked.mkdir()
    (linked / "good.txt").write_text(GOOD, encoding="utf-8")
    real = base / "elsewhere"
    real.mkdir()
    (real / "b.txt").write_text(GOOD, encoding="utf-8")
    (linked / "link").symlink_to(real, target_is_directory=True)
    cases.append(("symlinked folder", linked, "symbolic link"))
    return cases


def run_inputs(base: Path) -> list[tuple[str, bool, str]]:
    results = []
    for name, folder, expect in _input_cases(base / "inputs"):
        out = base / "out" / name.replace(" ", "_")
        proc = _geo("run", str(folder), "--out", str(out), *FORMATS, timeout=120)
        traceback = "Traceback" in proc.stderr
        good_read = out.is_dir() and OUTPUTS <= {p.name for p in out.iterdir()}
        named = expect.lower() in proc.stderr.lower()
        ok = not traceback and good_read and named
        results.append((f"input: {name}", ok, proc.stderr.strip().splitlines()[-1][:120] if proc.stderr.strip() else ""))
    # a typo'd folder must keep the last good outputs
    out = base / "out" / "kept"
    _geo("run", str(base / "inputs" / "FIFO"), "--out", str(out), *FORMATS, timeout=120)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    proc = _geo("run", str(base / "typo_dir"), "--out", str(out), *FORMATS, timeout=120)
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    results.append(("input: typo'd folder keeps the last outputs", before == after and proc.returncode != 0
                    and "Traceback" not in proc.stderr, proc.stderr.strip()[:120]))
    return results


def run_cache(base: Path) -> list[tuple[str, bool, str]]:
    from geo.gazetteer.index import INDEX_FORMAT
    from geo.gazetteer.store import default_index_dir

    good = default_index_dir()
    name = f"gazetteer-v{INDEX_FORMAT}"
    results = []

    def check(label: str, cache: Path) -> None:
        started = time.perf_counter()
        proc = _geo("geocode", "Vorukh", env={"GEO_CACHE_DIR": str(cache)})
        ok = proc.returncode == 0 and "Vorukh" in proc.stdout and "Traceback" not in proc.stderr
        first = proc.stderr.strip().splitlines()[0][:110] if proc.stderr.strip() else ""
        results.append((f"cache: {label} ({time.perf_counter() - started:.0f} s)", ok, first))

    truncated = base / "cache1"
    shutil.copytree(good, truncated / name)
    db = truncated / name / "gazetteer.sqlite"
    db.write_bytes(db.read_bytes()[:4096])
    check("truncated SQLite", truncated)
    damaged = base / "cache2"
    shutil.copytree(good, damaged / name)
    (damaged / name / "text_keys.pickle").write_bytes(b"\x80\x04garbage")
    check("damaged pickle", damaged)
    filed = base / "cache3"
    filed.mkdir()
    (filed / name).write_text("a file, not a folder")
    check("a file where the folder should be", filed)
    return results


def run_overlays(base: Path) -> list[tuple[str, bool, str]]:
    import geopandas as gpd
    from shapely.geometry import Point

    from geo.exceptions import OverlayError
    from geo.mapping.overlays import read_overlay

    results = []
    folder = base / "overlays"
    folder.mkdir()
    # a zip whose .shp member claims ~800 MB once unpacked (a run of zeros compresses to almost nothing)
    bomb = folder / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("big.shp", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(800):
                member.write(chunk)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        read_overlay(str(bomb))
        ok, how = False, "read"
    except OverlayError as error:
        ok, how = "once unpacked" in str(error), str(error)[:110]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results.append((f"overlay: {bomb.stat().st_size / 1e6:.1f} MB zip of 800 MB (peak RSS {peak / 1024:.0f} MB, "
                    f"+{(peak - before) / 1024:.0f} MB)", ok, how))
    nan = folder / "nan.gpkg"
    gpd.GeoDataFrame(geometry=[Point(70, 40), Point(float("nan"), 40)], crs=4326).to_file(nan, driver="GPKG")
    try:
        read_overlay(str(nan))
        ok, how = False, "read"
    except OverlayError as error:
        ok, how = "not finite" in str(error), str(error)[:110]
    results.append(("overlay: non-finite coordinates", ok, how))
    return results


def run_kills(base: Path, *, articles: int, kills: int, seed: int) -> list[tuple[str, bool, str]]:
    folder = base / "many"
    folder.mkdir()
    rng = random.Random(seed)
    villages = ["Vorukh", "Ak-Sai", "Kok-Tash", "Maksat", "Kulundu", "Arka", "Chorkuh", "Khoja-Alo"]
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as handle:
        for i in range(articles):
            text = (f"BISHKEK, Sept {1 + i % 28} (Reuters) - Shelling hit {rng.choice(villages)} on Friday, "
                    f"killing {rng.randint(1, 9)} people, officials said.")
            handle.write(json.dumps({"id": f"a{i}", "text": text, "date": "2022-09-30"}) + "\n")
    out = base / "killed"
    command = [sys.executable, "-m", "geo", "run", str(folder), "--out", str(out), *FORMATS]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, timeout=1800)
    full = time.perf_counter() - started
    results = []
    for k in range(kills):
        delay = rng.uniform(0.3, full * 1.05)
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        names = {p.name for p in out.iterdir()}
        consistent = names == OUTPUTS and _readable(out)
        results.append((f"kill -9 #{k + 1} at {delay:.1f} s of a {full:.1f} s run over {articles:,} articles",
                        consistent, "one complete set" if consistent else f"found {sorted(names)}"))
    return results


def _readable(out: Path) -> bool:
    """Every output parses: a half-written file would not."""
    import csv

    import geopandas as gpd
    import pyogrio

    try:
        json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))
        with open(out / "incidents.csv", encoding="utf-8", newline="") as handle:
            list(csv.reader(handle))
        pyogrio.read_info(out / "incidents.gpkg", layer="incidents")
        gpd.read_parquet(out / "incidents.parquet")
    except Exception:  # any failure to read means an inconsistent output
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--cache", action="store_true", help="also the gazetteer cache cases (slow)")
    args = parser.parse_args(argv)
    base = Path(tempfile.mkdtemp(prefix="geo-reliability-"))
    results = run_inputs(base) + run_overlays(base)
    if args.cache:
        results += run_cache(base)
    results += run_kills(base, articles=args.articles, kills=args.kills, seed=args.seed)
    for label, ok, how in results:
        print(f"{'handled' if ok else 'FAILED '}  {label}" + (f"\n           {how}" if how else ""))
    handled = sum(ok for _, ok, _ in results)
    print(f"\ncases tried: {len(results)}, handled: {handled}")
    shutil.rmtree(base, ignore_errors=True)
    return 0 if handled == len(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
