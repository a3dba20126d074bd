"""``geo map`` on the command line (CliRunner, tiny border GeoPackage)."""

from __future__ import annotations

import json
from dataclasses import fields

import geopandas as gpd
import pytest
from click.testing import CliRunner
from shapely.geometry import box

from geo.cli import cli
from geo.cli.map_cmd import parse_overlay_spec, parse_style_spec
from geo.exceptions import OverlayError
from geo.mapping.testing import synthetic_incidents, tiny_border_layers


@pytest.fixture()
def border_gpkg(tmp_path):
    path = tmp_path / "border.gpkg"
    layers = tiny_border_layers()
    for field in fields(layers):
        getattr(layers, field.name).to_file(path, layer=field.name, driver="GPKG")
    return path


@pytest.fixture()
def incidents_file(tmp_path):
    path = tmp_path / "incidents.geojson"
    path.write_text(json.dumps(synthetic_incidents(12)), encoding="utf-8")
    return path


def test_map_writes_a_page_with_overlays(tmp_path, border_gpkg, incidents_file):
    zones = tmp_path / "zones.gpkg"
    gpd.GeoDataFrame({"n": [1]}, geometry=[box(70.1, 40.1, 70.2, 40.2)], crs=4326).to_file(
        zones, layer="pastures", driver="GPKG")
    posts = tmp_path / "posts.csv"
    posts.write_text("name,lat,lon\nA,40.2,70.3\n", encoding="utf-8")
    out = tmp_path / "out" / "map.html"
    result = CliRunner().invoke(cli, [
        "map", str(incidents_file), "--border", str(border_gpkg), "--out", str(out),
        "--overlay", f"{zones}:pastures:Pastures", "--overlay", f"{posts}:Posts",
        "--overlay-style", "Pastures=color:#2ca02c,weight:3", "--overlay-style", "Posts=red",
        "--zone-km", "10",
    ])
    assert result.exit_code == 0, result.output
    assert "12 incidents, 2 overlays" in result.output
    page = out.read_text(encoding="utf-8")
    assert "Overlay: Pastures" in page and "Overlay: Posts" in page
    assert '"color":"#2ca02c"' in page and '"color":"red"' in page
    assert "Border zone (\\u00b110 km)" in page


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"type": "Feature"}', "expected a GeoJSON FeatureCollection"),
        ('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": '
         '{"type": "LineString", "coordinates": []}}]}', "feature 0: geometry must be a GeoJSON Point"),
    ],
)
def test_bad_incidents_file_gives_a_clear_error(tmp_path, border_gpkg, content, message):
    path = tmp_path / "bad.geojson"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["map", str(path), "--border", str(border_gpkg),
                                      "--out", str(tmp_path / "m.html")])
    assert result.exit_code == 1
    assert message in result.output and str(path) in result.output
    assert "Traceback" not in result.output


def test_missing_incidents_file(tmp_path, border_gpkg):
    result = CliRunner().invoke(cli, ["map", str(tmp_path / "nope.geojson"), "--border", str(border_gpkg)])
    assert result.exit_code == 1 and "cannot read incidents file" in result.output


def test_style_for_unknown_overlay(tmp_path, border_gpkg, incidents_file):
    result = CliRunner().invoke(cli, ["map", str(incidents_file), "--border", str(border_gpkg),
                                      "--out", str(tmp_path / "m.html"), "--overlay-style", "X=red"])
    assert result.exit_code == 1 and "unknown overlay(s) ['X']" in result.output


def test_overlay_spec_parsing(tmp_path):
    gpkg = tmp_path / "a:b.gpkg"
    gpkg.write_bytes(b"")
    csv = tmp_path / "p.csv"
    csv.write_text("", encoding="utf-8")
    assert parse_overlay_spec(str(csv)) == (str(csv), None, None)
    assert parse_overlay_spec(f"{csv}:Posts: north") == (str(csv), None, "Posts: north")
    assert parse_overlay_spec(f"{gpkg}:roads:Roads") == (str(gpkg), "roads", "Roads")
    assert parse_overlay_spec(f"{gpkg}::Roads") == (str(gpkg), None, "Roads")
    assert parse_overlay_spec("missing.geojson:Name") == ("missing.geojson", None, "Name")


def test_style_spec_errors():
    with pytest.raises(OverlayError, match="expected NAME=COLOUR"):
        parse_style_spec("red")
    with pytest.raises(OverlayError, match="is not KEY:VALUE"):
        parse_style_spec("A=color:red,weight")
