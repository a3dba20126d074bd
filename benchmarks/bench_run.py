"""End-to-end benchmark of the main job (``geo run``) on N synthetic dated articles.

Writes N articles of ~600 words (the generator of ``bench_geoparse.py``, dated
over two years) into a temporary JSON Lines file, then times each stage of
:func:`geo.run.run`: reading + geoparsing, incident building (extraction,
merging, border join), and each export. Prints figures; asserts nothing.

    python benchmarks/bench_run.py [--n 3000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import random
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _generator():
    spec = importlib.util.spec_from_file_location("bench_geoparse", HERE / "bench_geoparse.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.synthetic_articles


def write_corpus(path: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for index, text in enumerate(_generator()(n, seed=seed)):
            day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(730))
            handle.write(json.dumps({
                "id": f"a{index}", "text": text, "title": f"Synthetic article {index}",
                "date": day.isoformat(), "url": f"https://example.org/{index}",
            }) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=20260322)
    args = parser.parse_args()

    from geo.articles import iter_articles
    from geo.exports.records import incidents_feature_collection
    from geo.exports.writers import WRITERS
    from geo.geoparse.pipeline import Geoparser
    from geo.incidents.build import build_incidents
    from geo.mapping import write_map

    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} CPUs; load average {load:.2f}; "
          f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "articles.jsonl"
        write_corpus(corpus, args.n, args.seed)
        size_mb = corpus.stat().st_size / 1e6
        print(f"corpus: {args.n:,} articles, {size_mb:.1f} MB JSON Lines")
        t0 = time.perf_counter()
        geoparser = Geoparser()
        t1 = time.perf_counter()
        parsed = list(geoparser.parse_many(iter_articles([corpus], max_bytes=10**9)))
        t2 = time.perf_counter()
        result = build_incidents(parsed)
        t3 = time.perf_counter()
        timings = {"start-up": t1 - t0, "read + geoparse": t2 - t1, "incidents + border join": t3 - t2}
        out = Path(tmp) / "out"
        for name, writer in WRITERS.items():
            if name in ("map", "png"):
                continue  # the map is timed below; the PNG is not part of the job
            start = time.perf_counter()
            writer(result, out_dir=out)
            timings[f"export {name}"] = time.perf_counter() - start
        start = time.perf_counter()
        write_map(incidents_feature_collection(result), out_path=out / "map.html")
        timings["map.html"] = time.perf_counter() - start
        mentions = sum(len(p.mentions) for p in parsed)
        incident_mentions = sum(len(p.incident_mentions) for p in parsed)
        print(f"mentions: {mentions:,} ({incident_mentions:,} incident); "
              f"incidents: {len(result.incidents):,}")
        total = sum(timings.values())
        for stage, seconds in timings.items():
            print(f"  {stage:<26} {seconds:8.2f} s  ({100 * seconds / total:4.1f} %)")
        print(f"  {'total':<26} {total:8.2f} s  = {args.n / total:.1f} articles/s end to end")


if __name__ == "__main__":
    main()
