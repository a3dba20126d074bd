"""Load test of ``geo serve`` on loopback with locust: requests/s and p50/p95 for item queries and ingest.

Starts ``geo serve`` as its own process on 127.0.0.1 (a free port) over a new
folder seeded with ``seeds/`` (``--articles``), then runs locust headless
(``benchmarks/load/locustfile.py``), each phase bounded in users and seconds:

1. ingest: one client posting one new article at a time;
2. item queries: N clients paging and filtering without pause (5 kinds of query);
3. mixed: N-1 query clients while one client ingests.

With ``--postgis`` the same runs against ``geo serve --database`` on a
throw-away PostgreSQL with PostGIS started from Debian's packages (as the
tests do: tests/postgres_cluster.py). Nothing leaves the machine. Needs
locust (``pip install -e '.[load]'``).

Run::

    python benchmarks/load_service.py                    # 8 users, 20 s per phase
    python benchmarks/load_service.py --postgis --users 8 --seconds 30
"""

from __future__ import annotations

import argparse
import csv
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
LOCUSTFILE = Path(__file__).resolve().parent / "load" / "locustfile.py"


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_service(folder: Path, token: str, database: str | None) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    command = [sys.executable, "-m", "geo", "serve", str(folder), "--port", str(port), "--articles",
               str(ROOT / "seeds"), "--max-posts-per-minute", "100000"]
    environment = {**os.environ, "GEO_SERVE_TOKEN": token}
    if database:
        environment["GEO_DATABASE_URL"] = database
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"geo serve exited: {process.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            if requests.get(url + "/conformance", timeout=2).status_code == 200:
                return process, url
        except requests.ConnectionError:
            pass
        time.sleep(0.5)
    os.killpg(process.pid, signal.SIGTERM)
    raise SystemExit("geo serve did not come up in 300 s")


def _locust(url: str, token: str, classes: list[str], users: int, seconds: int, out: Path) -> list[dict]:
    prefix = out / "-".join(classes)
    subprocess.run([sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless", "--host", url,
                    "-u", str(users), "-r", str(users), "-t", f"{seconds}s", "--stop-timeout", "120",
                    "--csv", str(prefix), "--only-summary", "--loglevel", "ERROR", *classes],
                   env={**os.environ, "GEO_LOAD_TOKEN": token}, check=False, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=seconds + 300)
    with open(f"{prefix}_stats.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _report(phase: str, rows: list[dict]) -> None:
    """One line for the item queries and one for ingest, from locust's per-request-name statistics.

    The queries' p50/p95 are locust's aggregate when only queries ran; in the
    mixed phase (whose aggregate includes ingest) they are the slowest query kind's.
    """
    queries = [r for r in rows if r["Name"].startswith("items")]
    ingest = [r for r in rows if r["Name"] == "ingest: one article"]
    if queries:
        total = sum(int(r["Request Count"]) for r in queries)
        rate = sum(float(r["Requests/s"]) for r in queries)
        failures = sum(int(r["Failure Count"]) for r in queries)
        aggregated = next((r for r in rows if r["Name"] == "Aggregated"), None)
        if aggregated is not None and not ingest:
            p50, p95 = float(aggregated["50%"]), float(aggregated["95%"])
        else:
            p50, p95 = max(float(r["50%"]) for r in queries), max(float(r["95%"]) for r in queries)
        print(f"{phase}: item queries  {total:6d} requests, {rate:7.1f} req/s, p50 {p50:5.0f} ms, "
              f"p95 {p95:5.0f} ms, {failures} failed")
    for r in ingest:
        print(f"{phase}: ingest        {int(r['Request Count']):6d} requests, {float(r['Requests/s']):7.2f} req/s, "
              f"p50 {float(r['50%']):5.0f} ms, p95 {float(r['95%']):5.0f} ms, {int(r['Failure Count'])} failed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=8, help="concurrent clients in the query phases")
    parser.add_argument("--seconds", type=int, default=20, help="length of each phase")
    parser.add_argument("--postgis", action="store_true", help="serve from a throw-away PostgreSQL with PostGIS")
    args = parser.parse_args()
    if args.users < 2 or args.seconds < 1:
        raise SystemExit("--users must be 2 or more and --seconds 1 or more")

    work = Path(tempfile.mkdtemp(prefix="geo-load-"))
    token = secrets.token_hex(20)
    cluster = database = None
    if args.postgis:
        sys.path.insert(0, str(ROOT))
        from tests import postgres_cluster

        reason = postgres_cluster.missing()
        if reason:
            raise SystemExit(reason)
        cluster = postgres_cluster.start_cluster(_free_port())
        database = postgres_cluster.create_database(cluster, postgres_cluster.create_template(cluster))
    process, url = _start_service(work / "live", token, database)
    try:
        store = "PostGIS" if database else "GeoPackage"
        print(f"geo serve ({store}) at {url}; {args.users} users, {args.seconds} s per phase, {os.cpu_count()} cores")
        _report("ingest", _locust(url, token, ["Ingest"], 1, args.seconds, work))
        matched = requests.get(url + "/collections/incidents/items", timeout=30).json()["numberMatched"]
        print(f"store now: {matched} incidents")
        _report("queries", _locust(url, token, ["ItemQueries"], args.users, args.seconds, work))
        _report("mixed", _locust(url, token, ["ItemQueries", "Ingest"], args.users, args.seconds, work))
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
