"""The county build script's TopoJSON decoding and naming rules (no network, no npm)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_us_counties.py"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("build_us_counties", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("fips, bare, name", [
    ("13295", "Walker", "Walker County"),
    ("22071", "Orleans", "Orleans Parish"),
    ("02020", "Anchorage", "Anchorage Municipality"),
    ("02050", "Bethel", "Bethel Census Area"),
    ("02090", "Fairbanks North Star", "Fairbanks North Star Borough"),
    ("51760", "Richmond", "Richmond city"),
    ("32510", "Carson City", "Carson City"),
    ("11001", "District of Columbia", "District of Columbia"),
])
def test_full_names_carry_the_legal_suffix(script, fips, bare, name):
    assert script.full_name(fips, bare) == name


def test_a_made_up_topology_gives_the_middle_of_its_largest_polygon(script, tmp_path):
    # Two squares sharing no arc: a 2x2 one around (1, 1) and a 1x1 islet; quantized, delta-encoded.
    topology = {
        "type": "Topology",
        "transform": {"scale": [1.0, 1.0], "translate": [-100.0, 30.0]},
        "arcs": [
            [[0, 0], [2, 0], [0, 2], [-2, 0], [0, -2]],
            [[5, 5], [1, 0], [0, 1], [-1, 0], [0, -1]],
        ],
        "objects": {
            "counties": {"type": "GeometryCollection", "geometries": [
                {"type": "MultiPolygon", "arcs": [[[0]], [[1]]], "id": "13301",
                 "properties": {"name": "Madeup"}},
                {"type": "Polygon", "arcs": [[1]], "id": "72001", "properties": {"name": "Isla"}},
            ]},
            "states": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[0]], "id": "13", "properties": {"name": "Georgia"}},
            ]},
        },
    }
    (tmp_path / "counties-10m.json").write_text(json.dumps(topology), encoding="utf-8")
    rows = script.build_rows(tmp_path)
    assert rows == [{"fips": "13301", "name": "Madeup County", "bare_name": "Madeup",
                     "state": "Georgia", "lat": "31.00000", "lon": "-99.00000"}]  # Puerto Rico left out


def test_the_committed_table_has_every_county_once(script):
    import csv

    with open(script.OUT, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3142  # 2017 Census: 3,142 counties and equivalents in the 50 states and DC
    assert len({r["fips"] for r in rows}) == len(rows)
    assert all(18 < float(r["lat"]) < 72 and -180 < float(r["lon"]) < -65 for r in rows)
