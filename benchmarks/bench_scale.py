"""Scale-out benchmark: the main job in one process and on a 2-worker Dask cluster.

For each size (default 10,000 and 30,000 synthetic dated articles of ~600 words,
the generator of ``bench_run.py``), writes a JSON Lines corpus, then runs each
configuration in a fresh process (so peak memory is its own):

- ``serial``: read + parse in this process (:func:`geo.runners.serial.serial_events`);
- ``dask-2``: what ``geo run --workers 2`` does: a local ``dask.distributed``
  cluster of 2 worker processes of one thread each
  (:func:`geo.runners.dask_runner.local_cluster`, started before the clock; its
  start-up is printed apart); this process cuts the input into pieces, the
  workers read and parse them (:func:`geo.runners.events_from_inputs`);
  with ``--read-here`` this process reads the articles and sends them, as for
  a running cluster whose workers do not see the files.

Each then merges (:func:`geo.incidents.build.merge_article_events`) and writes
GeoJSON and CSV as ``geo run`` does (:func:`geo.run.publish_outputs`). Prints
per configuration: parse, merge and write seconds, the total, articles/s, the
per-article cost, peak RSS of the process that reads and merges, and peak RSS
of each worker; then the speed-up, and whether the two
runs wrote the same bytes; and the CPU time of each process, which tells a
busy machine (other processes taking cores) from a slow runner: in all, and
while parsing, per article (what the merging process spends per article while
the workers parse is what it takes from them on a machine with as many cores
as workers). Asserts nothing.

    python benchmarks/bench_scale.py [--sizes 10000 30000] [--partition-mb 1] [--read-here]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import hashlib
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: The outputs written, as ``geo run --format geojson --format csv`` writes them (staging folder, swap).
FORMATS = ("geojson", "csv")


def _bench_run():
    spec = importlib.util.spec_from_file_location("bench_run", HERE / "bench_run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(mode: str, corpus: Path, out: Path, partition_bytes: int, read_here: bool = False) -> dict:
    """One configuration in this (fresh) process; figures as a dict."""
    from geo.incidents.build import merge_article_events
    from geo.options import RunOptions
    from geo.run import publish_outputs
    from geo.runners import events_from_inputs

    figures: dict = {"mode": mode}
    with contextlib.ExitStack() as stack:
        client = None
        if mode == "dask-2":
            import distributed

            from geo.runners.dask_runner import local_cluster

            start = time.perf_counter()
            cluster = stack.enter_context(local_cluster(2))
            client = stack.enter_context(distributed.Client(cluster))
            figures["cluster_start_s"] = time.perf_counter() - start
            options = RunOptions(inputs=(corpus,), scheduler=cluster.scheduler_address,
                                 partition_bytes=partition_bytes, max_bytes=10**10, read_on_workers=not read_here)
            figures["mode"] += " (read here)" if read_here else ""
            workers_before = client.run(_cpu_s)
        else:
            options = RunOptions(inputs=(corpus,), max_bytes=10**10)
        c0, t0 = _cpu_s(), time.perf_counter()
        items = list(events_from_inputs(options))
        c1, t1 = _cpu_s(), time.perf_counter()
        result = merge_article_events(items)
        t2 = time.perf_counter()
        written = publish_outputs(result, options=dataclasses.replace(options, out_dir=out, formats=FORMATS))
        t3 = time.perf_counter()
        digest = hashlib.sha256()
        for path in written[:len(FORMATS)]:
            digest.update(path.read_bytes())
        n = len(items)
        figures |= {
            "articles": n, "events": sum(len(i.events) for i in items),
            "incidents": len(result.incidents), "parse_s": t1 - t0, "merge_s": t2 - t1, "write_s": t3 - t2,
            "total_s": t3 - t0, "main_peak_mb": _rss_mb(), "main_cpu_s": _cpu_s(),
            "main_parse_cpu_ms": 1000 * (c1 - c0) / n, "sha256": digest.hexdigest(),
        }
        if client is not None:
            after = client.run(_cpu_s)
            figures["worker_parse_cpu_ms"] = sorted(1000 * (after[w] - workers_before[w]) / n for w in after)
            peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
            figures["worker_peak_mb"] = sorted(peaks.values())
            figures["worker_cpu_s"] = sorted(after.values())
        else:
            figures["worker_peak_mb"] = [figures["main_peak_mb"]]
            figures["worker_cpu_s"] = [figures["main_cpu_s"]]
            figures["worker_parse_cpu_ms"] = [figures["main_parse_cpu_ms"]]
    return figures


def _run_child(mode: str, corpus: Path, out: Path, partition_bytes: int, read_here: bool = False) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--corpus", str(corpus),
               "--out", str(out), "--partition-bytes", str(partition_bytes)] + (["--read-here"] * read_here)
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1]) | {"load_after": os.getloadavg()[0]}


def _print(figures: dict) -> None:
    n = figures["articles"]
    extra = ""
    if "cluster_start_s" in figures:
        extra = f"; cluster start-up {figures['cluster_start_s']:.1f} s (not counted)"
    print(f"  {figures['mode']:<7} parse {figures['parse_s']:7.1f} s  merge {figures['merge_s']:5.2f} s  "
          f"write {figures['write_s']:5.2f} s  total {figures['total_s']:7.1f} s  "
          f"= {n / figures['total_s']:6.1f} articles/s, {1000 * figures['total_s'] / n:5.2f} ms/article{extra}")
    print(f"          peak RSS: reader+merge {figures['main_peak_mb']:.0f} MB; per worker "
          + ", ".join(f"{mb:.0f} MB" for mb in figures["worker_peak_mb"]))
    print(f"          CPU time: reader+merge {figures['main_cpu_s']:.1f} s; per worker "
          + ", ".join(f"{s:.1f} s" for s in figures["worker_cpu_s"])
          + " (a busy machine shows as wall time well above CPU time / workers)")
    print(f"          CPU while parsing, per article: reader+merge {figures['main_parse_cpu_ms']:.3f} ms; "
          f"per worker " + ", ".join(f"{ms:.2f} ms" for ms in figures["worker_parse_cpu_ms"])
          + f"; load average {figures['load_after']:.2f} at the end")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000])
    parser.add_argument("--seed", type=int, default=20260322)
    parser.add_argument("--partition-mb", type=float, default=0.5)
    parser.add_argument("--child", choices=["serial", "dask-2"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--partition-bytes", type=int, default=500_000, help=argparse.SUPPRESS)
    parser.add_argument("--read-here", action="store_true",
                        help="the 2-worker run reads the articles in the merging process and sends them")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.corpus, args.out, args.partition_bytes, args.read_here)))
        return

    print(f"machine: {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}; "
          f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; Python {sys.version.split()[0]}")
    partition_bytes = int(args.partition_mb * 1_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"articles-{n}.jsonl"
            _bench_run().write_corpus(corpus, n, args.seed)
            words = sum(len(json.loads(line)["text"].split()) for line in corpus.open(encoding="utf-8"))
            print(f"{n:,} articles, {corpus.stat().st_size / 1e6:.1f} MB JSON Lines, "
                  f"{words / n:.0f} words per article; partitions of {partition_bytes:,} bytes of input")
            serial = _run_child("serial", corpus, Path(tmp) / f"serial-{n}", partition_bytes)
            _print(serial)
            print(f"  load average {os.getloadavg()[0]:.2f} before the 2-worker run")
            dask = _run_child("dask-2", corpus, Path(tmp) / f"dask-{n}", partition_bytes, args.read_here)
            _print(dask)
            print(f"  speed-up with 2 workers: {serial['total_s'] / dask['total_s']:.2f}x end to end, "
                  f"{serial['parse_s'] / dask['parse_s']:.2f}x parsing; {serial['events']:,} events into "
                  f"{serial['incidents']:,} incidents; same GeoJSON and CSV bytes: "
                  f"{serial['sha256'] == dask['sha256']}")
            corpus.unlink()


if __name__ == "__main__":
    main()
