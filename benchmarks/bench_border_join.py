"""Benchmark :func:`geo.border.join.join_border` against a plain geopandas baseline.

Draws random points in the Central Asia box (60-82E, 34-46N), times
``join_border`` on all of them, then times the obvious geopandas pipeline on
the same points: ``sjoin`` with the countries and the admin-1 units, and
``sjoin_nearest`` to the border line in the same local stereographic plane (with the
reprojection counted). The baseline runs on a subsample (``--baseline-n``)
and is extrapolated linearly when that is smaller than ``--n``.

Run::

    python benchmarks/bench_border_join.py            # 1,000,000 points
    python benchmarks/bench_border_join.py --n 200000 --baseline-n 200000
"""

from __future__ import annotations

import argparse
import os
import time

import geopandas as gpd
import numpy as np

from geo.border._index import border_index
from geo.border.join import join_border
from geo.border.layer import BorderLayers, load_border_layers

BOX = (60.0, 34.0, 82.0, 46.0)


def _baseline(lon: np.ndarray, lat: np.ndarray, layers: BorderLayers) -> float:
    start = time.perf_counter()
    pts = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    with_country = gpd.sjoin(
        pts, layers.countries[["country_code", "geometry"]], how="left", predicate="within"
    ).drop(columns="index_right")
    with_admin = gpd.sjoin(
        with_country, layers.admin1[["name", "geometry"]], how="left", predicate="within"
    ).drop(columns="index_right")
    plane = border_index(layers).line.crs
    near = gpd.sjoin_nearest(
        with_admin.to_crs(plane),
        layers.border_line[["piece", "geometry"]].to_crs(plane),
        how="left",
        distance_col="distance_m",
    )
    assert len(near) >= len(lon)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="points for join_border")
    parser.add_argument("--baseline-n", type=int, default=100_000, help="points for the baseline")
    parser.add_argument("--seed", type=int, default=20260322)
    args = parser.parse_args()

    rng = np.random.default_rng(args.seed)
    lon = rng.uniform(BOX[0], BOX[2], args.n)
    lat = rng.uniform(BOX[1], BOX[3], args.n)
    print(f"machine: {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}")

    start = time.perf_counter()
    layers = load_border_layers()
    border_index(layers)
    print(f"load layers + build index: {time.perf_counter() - start:.2f} s")

    start, cpu = time.perf_counter(), time.process_time()
    result = join_border(lon, lat, layers=layers)
    ours, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"join_border: {args.n:,} points in {ours:.2f} s wall, {cpu:.2f} s CPU over all threads "
          f"({args.n / ours:,.0f} points/s)")
    print(f"  in KG/TJ: {result['country_code'].isin(['KG', 'TJ']).sum():,}; "
          f"in 20 km zone: {int(result['in_border_zone'].sum()):,}")

    m = min(args.baseline_n, args.n)
    base = _baseline(lon[:m], lat[:m], layers)
    if m < args.n:
        scaled = base * args.n / m
        print(f"baseline sjoin + sjoin_nearest: {m:,} points in {base:.2f} s; "
              f"extrapolated linearly to {args.n:,} points: {scaled:.1f} s (not run in full)")
    else:
        scaled = base
        print(f"baseline sjoin + sjoin_nearest: {m:,} points in {base:.2f} s")
    print(f"speed-up of join_border over the baseline: {scaled / ours:.1f}x")


if __name__ == "__main__":
    main()
