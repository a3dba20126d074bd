"""Load test of ``geo serve`` on loopback: requests per second and p50/p95 latency.

Starts the service in this process (uvicorn in a thread, 127.0.0.1, a free
port) over a fresh data folder, ingests articles one request at a time
(each re-parses nothing old but re-merges everything and rewrites every
output, the map included), then runs item queries from several client
threads against the result. Bounded: ``--ingest`` posts and ``--queries``
GETs. Prints one line per kind.

Run::

    python benchmarks/bench_service.py                       # 20 posts, 2,000 queries, 8 threads
    python benchmarks/bench_service.py --ingest 50 --queries 5000 --threads 16
"""

from __future__ import annotations

import argparse
import concurrent.futures
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

from geo.service.config import ServiceSettings
from geo.service.server import running

sys.path.insert(0, str(Path(__file__).resolve().parent / "load"))
from workload import QUERIES, article_text  # noqa: E402

TOKEN = "bench-token-0123456789abcdef"



def _stats(label: str, seconds: list[float], wall: float) -> str:
    ordered = sorted(seconds)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return (f"{label}: {len(ordered)} requests in {wall:.1f} s = {len(ordered) / wall:,.1f} req/s; "
            f"p50 {statistics.median(ordered) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ingest", type=int, default=20, help="articles posted one by one")
    parser.add_argument("--queries", type=int, default=2000, help="item queries")
    parser.add_argument("--threads", type=int, default=8, help="client threads for the queries")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-service-")) / "live"
    settings = ServiceSettings(data_dir=folder, port=0, token=TOKEN)
    with running(settings) as live:
        url = live.url
        session = requests.Session()
        headers = {"Authorization": f"Bearer {TOKEN}"}
        times = []
        started = time.perf_counter()
        for i in range(args.ingest):
            text = article_text(i)
            record = {"id": f"bench-{i}", "date": f"2022-{9 + i % 3:02d}-{1 + i % 28:02d}", "text": text}
            t0 = time.perf_counter()
            response = session.post(url + "/articles", json=record, headers=headers, timeout=300)
            times.append(time.perf_counter() - t0)
            response.raise_for_status()
        print(_stats("ingest (one article per POST, every output rewritten)", times, time.perf_counter() - started))
        incidents = session.get(url + "/collections/incidents/items").json()["numberMatched"]
        print(f"store: {args.ingest} articles, {incidents} incidents")

        def one(i: int) -> float:
            t0 = time.perf_counter()
            with requests.get(url + QUERIES[i % len(QUERIES)][1], timeout=60) as response:
                response.raise_for_status()
            return time.perf_counter() - t0

        started = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(args.threads) as pool:
            times = list(pool.map(one, range(args.queries)))
        print(_stats(f"item queries ({args.threads} client threads, {len(QUERIES)} kinds)", times,
                     time.perf_counter() - started))


if __name__ == "__main__":
    main()
