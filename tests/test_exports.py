"""Export writers: the registry contract, RFC 7946, GeoPackage layers, CSV, atomic writes."""

import csv
import dataclasses
import inspect
import json
import re
import sqlite3
from pathlib import Path

import pyogrio
import pytest

from geo.exceptions import ConfigurationError
from geo.exports.spreadsheet import FORMULA_PREFIXES
from geo.exports.writers import CSV_COLUMNS, UCDP_COLUMNS, WRITERS, get_writer
from geo.incidents.build import IncidentSet
from geo.incidents.merge import merge_events
from geo.mapping.testing import tiny_border_layers
from tests.test_merge import BATKEN, REGION, SEPT, contains, event, place

ROOT = Path(__file__).resolve().parent.parent
#: ACLED's public columns in ACLED's order (ACLED Codebook); the export must start with them.
ACLED_PUBLIC_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)


def _schema_columns(heading: str) -> list[str]:
    """The backticked names in the first cell of each row of the table under ``heading``."""
    text = (ROOT / "docs" / "SCHEMA.md").read_text(encoding="utf-8")
    section = text[text.index(heading):]
    section = section[:section.index("\n## ", 5)]
    names = []
    for line in section.splitlines():
        if line.startswith("| `"):
            names += re.findall(r"`([a-z_0-9]+)`", line.split("|")[1])
    return names


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


def test_gpkg_has_the_five_layers(result, tmp_path):
    path = WRITERS["gpkg"](result, out_dir=tmp_path, layers=tiny_border_layers())
    assert sorted(name for name, _ in pyogrio.list_layers(path)) == ["admin1", "border", "incidents", "mentions",
                                                                      "sources"]
    frame = pyogrio.read_dataframe(path, layer="incidents")
    assert frame.crs.to_epsg() == 4326 and len(frame) == 1
    assert json.loads(frame.loc[0, "sources"])[0]["excerpt"] == "excerpt"
    assert "OpenStreetMap" in pyogrio.read_info(path, layer="incidents")["layer_metadata"]["DESCRIPTION"]
    assert not list(tmp_path.glob(".*tmp*"))


def test_csv_has_acled_columns_in_acleds_order_then_the_tools(result, tmp_path):
    path = WRITERS["csv"](result, out_dir=tmp_path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert CSV_COLUMNS[:31] == ACLED_PUBLIC_COLUMNS
    row = rows[0]
    assert row["event_date"] == "2022-09-14" and row["year"] == "2022" and row["location"] == "Batken"
    assert row["country"] == "Kyrgyzstan" and row["iso"] == "417" and row["region"] == "Caucasus and Central Asia"
    assert row["event_id_cnty"].startswith("KGZ") and row["fatalities"] == "0"  # none reported -> 0
    assert row["event_type"] == "Battles" and row["interaction"] == "11"
    assert row["notes"].startswith("Between 14 September and 16 September 2022, ")


def test_the_csv_columns_are_the_documented_ones():
    documented = _schema_columns("## `incidents.csv`")
    assert tuple(documented) == CSV_COLUMNS
    assert tuple(_schema_columns("## `incidents_ucdp.csv`")) == UCDP_COLUMNS


def test_every_exported_field_is_documented(result, tmp_path):
    schema = (ROOT / "docs" / "SCHEMA.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z_0-9]+)`", schema))
    geojson = json.loads(WRITERS["geojson"](result, out_dir=tmp_path).read_text("utf-8"))
    props = geojson["features"][0]["properties"]
    fields = set(props) | {k for s in props["sources"] for k in s} | {k for f in props["figures"] for k in f}
    gpkg = WRITERS["gpkg"](result, out_dir=tmp_path, layers=tiny_border_layers())
    for layer in ("incidents", "sources", "mentions"):
        fields |= set(pyogrio.read_info(gpkg, layer=layer)["fields"])
    fields |= set(CSV_COLUMNS) | set(UCDP_COLUMNS)
    assert sorted(fields - named) == []


def test_gpkg_types_are_fixed_whatever_the_data(result, tmp_path):
    path = WRITERS["gpkg"](result, out_dir=tmp_path, layers=tiny_border_layers())
    with sqlite3.connect(path) as db:
        declared = {name: kind for _, name, kind, *_ in db.execute('PRAGMA table_info("incidents")')}
        sources = {name: kind for _, name, kind, *_ in db.execute('PRAGMA table_info("sources")')}
        mentions = {name for _, name, *_ in db.execute('PRAGMA table_info("mentions")')}
        kinds = dict(db.execute("SELECT table_name, data_type FROM gpkg_contents"))
    assert declared["date_start"] == "DATE" and declared["event_date"] == "DATE"
    assert declared["fatalities"] == "INTEGER" and declared["displaced"] == "INTEGER"  # all null here
    assert declared["distance_to_border_km"] == "REAL"
    assert sources["incident_id"] == "TEXT" and sources["date"] == "DATE" and kinds["sources"] == "attributes"
    assert "incident_id" in mentions
    description = pyogrio.read_info(path, layer="sources")["layer_metadata"]["DESCRIPTION"]
    assert "supporting mention" in description and "OpenStreetMap" in description


def test_parquet_is_geoparquet_with_the_incident_columns(result, tmp_path):
    import geopandas as gpd

    from geo.exports.tables import INCIDENT_COLUMNS

    frame = gpd.read_parquet(WRITERS["parquet"](result, out_dir=tmp_path))
    assert list(frame.columns) == [*INCIDENT_COLUMNS, "geometry"] and frame.crs.to_epsg() == 4326
    assert str(frame["fatalities"].dtype) == "Int64"


def test_ucdp_rows_follow_ged(result, tmp_path):
    rows = list(csv.DictReader(WRITERS["ucdp"](result, out_dir=tmp_path).open(encoding="utf-8")))
    assert tuple(rows[0]) == UCDP_COLUMNS
    row = rows[0]
    assert row["where_prec"] == "1" and row["date_prec"] == "2"  # a named village; a three-day window
    assert row["side_a"] == "Government of Kyrgyzstan" and row["best"] == "0"


@pytest.mark.parametrize("bad", ['=HYPERLINK("http://evil.example","x")', "+1+2", "-2+3", "@SUM(A1)",
                                 "\tcmd", "\rcmd"])
def test_csv_cells_never_start_a_formula(tmp_path, bad):
    hostile = event(place(9, bad, 40.06, 70.82), 1, SEPT, bad)
    hostile.source = dataclasses.replace(hostile.source, title=bad, url=bad, source=bad)
    result = IncidentSet(incidents=merge_events([hostile], contains=contains), articles=1)
    for name in ("csv", "ucdp"):
        for row in csv.reader(WRITERS[name](result, out_dir=tmp_path).open(encoding="utf-8", newline="")):
            for cell in row:
                assert not cell.startswith(FORMULA_PREFIXES), (name, cell)
    row = next(csv.DictReader((tmp_path / "incidents.csv").open(encoding="utf-8", newline="")))
    assert row["location"] == "'" + bad and row["urls"] == "'" + bad


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
