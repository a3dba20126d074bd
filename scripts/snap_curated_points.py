"""Report curated points that fall outside their recorded country, with a snapped point.

A curated row's point must lie inside the country the row records (the
border join would otherwise flip the village to the other side). Where a
cited point (e.g. GeoNames' Ak-Sai) falls a few hundred metres across the
OSM line, this prints the nearest point inside the recorded country, moved
``--inward-m`` further in; the row is then edited by hand and the change
noted in data/border_places.SOURCES.md. Rows for places that the border layer
itself lacks (DATA.md: Western Qal'acha) are listed in KNOWN_LAYER_GAPS.

Run: python scripts/snap_curated_points.py [--inward-m 300]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from shapely.geometry import Point
from shapely.ops import nearest_points

from geo.border.layer import load_border_layers

ROOT = Path(__file__).resolve().parent.parent
#: Curated places the border layer does not hold as part of their country.
KNOWN_LAYER_GAPS = frozenset({"tj-western-qalacha"})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inward-m", type=float, default=300.0)
    args = parser.parse_args()
    layers = load_border_layers()
    countries = layers.countries.set_index("country_code").geometry
    rows = list(csv.DictReader((ROOT / "data" / "border_places.csv").open(encoding="utf-8")))
    for row in rows:
        point = Point(float(row["lon"]), float(row["lat"]))
        shape = countries.get(row["country_code"])
        if shape is None or shape.contains(point) or row["id"] in KNOWN_LAYER_GAPS:
            continue
        edge = nearest_points(shape.boundary, point)[0]
        dx, dy = edge.x - point.x, edge.y - point.y
        length = (dx * dx + dy * dy) ** 0.5 or 1.0
        step = args.inward_m / 111_000.0
        snapped = Point(edge.x + dx / length * step, edge.y + dy / length * step)
        print(f"{row['id']}: {row['lat']},{row['lon']} lies outside {row['country_code']}; "
              f"snapped {snapped.y:.5f},{snapped.x:.5f} (inside: {shape.contains(snapped)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
