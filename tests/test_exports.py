"""Export writers: the registry contract, RFC 7946, GeoPackage layers, CSV, atomic writes."""

import csv
import inspect
import json

import pyogrio
import pytest

from geo.exceptions import ConfigurationError
from geo.exports.writers import CSV_COLUMNS, WRITERS, get_writer
from geo.incidents.build import IncidentSet
from geo.incidents.merge import merge_events
from geo.mapping.testing import tiny_border_layers
from tests.test_merge import BATKEN, REGION, SEPT, contains, event


@pytest.fixture()
def result():
    hostile = event(BATKEN, 1, SEPT, 'a"<script>alert(1)</script>')
    return IncidentSet(incidents=merge_events([hostile, event(REGION, 3, SEPT, "b")],
                                              contains=contains), articles=2)


def test_every_writer_has_the_same_contract():
    for name, writer in WRITERS.items():
        params = inspect.signature(writer).parameters
        assert list(params)[:1] == ["result"], name
        assert params["out_dir"].kind is inspect.Parameter.KEYWORD_ONLY, name
        assert writer.__doc__, name


def test_unknown_format_lists_the_valid_ones():
    with pytest.raises(ConfigurationError, match="csv, geojson, gpkg"):
        get_writer("kml")


def test_geojson_is_rfc7946(result, tmp_path):
    path = WRITERS["geojson"](result, out_dir=tmp_path)
    data = json.loads(path.read_text("utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    assert "OpenStreetMap" in data["attribution"] and "GeoNames" in data["attribution"]
    feature = data["features"][0]
    lon, lat = feature["geometry"]["coordinates"]
    assert (round(lon, 2), round(lat, 2)) == (70.82, 40.06)  # longitude first
    props = feature["properties"]
    assert feature["id"] == props["incident_id"]
    assert props["event_date"] == "2022-09-14" and props["geo_precision"] == 1
    assert {s["article_id"] for s in props["sources"]} == {'a"<script>alert(1)</script>', "b"}


def test_gpkg_has_the_four_layers(result, tmp_path):
    path = WRITERS["gpkg"](result, out_dir=tmp_path, layers=tiny_border_layers())
    assert [name for name, _ in pyogrio.list_layers(path)] == ["incidents", "mentions", "border", "admin1"]
    frame = pyogrio.read_dataframe(path, layer="incidents")
    assert frame.crs.to_epsg() == 4326 and len(frame) == 1
    assert json.loads(frame.loc[0, "sources"])[0]["excerpt"] == "excerpt"
    assert "OpenStreetMap" in pyogrio.read_info(path, layer="incidents")["layer_metadata"]["DESCRIPTION"]
    assert not list(tmp_path.glob(".*tmp*"))


def test_csv_has_acled_like_columns(result, tmp_path):
    path = WRITERS["csv"](result, out_dir=tmp_path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["event_date"] == "2022-09-14" and rows[0]["location"] == "Batken"


def test_a_failed_write_leaves_the_last_good_file(result, tmp_path, monkeypatch):
    path = WRITERS["geojson"](result, out_dir=tmp_path)
    good = path.read_text("utf-8")

    def explode(*args, **kwargs):
        raise RuntimeError("crash while serialising")

    monkeypatch.setattr("geo.exports.writers.json.dumps", explode)
    with pytest.raises(RuntimeError):
        WRITERS["geojson"](result, out_dir=tmp_path)
    assert path.read_text("utf-8") == good
    assert [p.name for p in tmp_path.iterdir()] == ["incidents.geojson"]
