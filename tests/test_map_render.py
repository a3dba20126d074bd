"""The HTML map page: offline, escaped, complete (no browser needed)."""

from __future__ import annotations

import json
import re

import geopandas as gpd
import pytest
from shapely.geometry import LineString, box

from geo.exceptions import MapInputError, MapRenderError
from geo.mapping import Overlay, render_map, write_map
from geo.mapping._incidents import pack_details, unpack_details, unpack_records
from geo.mapping._json import safe_json
from geo.mapping.basemap import border_zone
from geo.mapping.render import DATA_ATTRIBUTION, external_resources, render_html
from geo.mapping.testing import HOSTILE_STRINGS, hostile_incidents, synthetic_incidents, tiny_border_layers

JSON_BLOCK = re.compile(r'<script type="application/json" id="([^"]+)">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def layers():
    return tiny_border_layers()


@pytest.fixture(scope="module")
def hostile_page(layers):
    overlay = Overlay(
        name="Zones <img src=x onerror=alert(1)>",
        gdf=gpd.GeoDataFrame({"note": ["</script><script>alert(1)</script>"]},
                             geometry=[box(69.2, 40.5, 69.4, 40.7)], crs=4326),
    )
    return render_html(hostile_incidents(), layers=layers, overlays=[overlay])


def _blocks(page: str) -> dict[str, object]:
    """Every JSON block of the page; the packed popup details come back unpacked."""
    blocks = {key: json.loads(text) for key, text in JSON_BLOCK.findall(page)}
    return {key: unpack_details(v) if isinstance(v, dict) and v.get("v") == 1 and "block" in v else
            unpack_records(v) if isinstance(v, dict) and "packedRecords" in v else v
            for key, v in blocks.items()}


def test_page_has_no_external_resources(hostile_page):
    assert external_resources(hostile_page) == []
    assert not re.search(r"<script[^>]+src=", hostile_page)
    assert not re.search(r"<link[^>]+href=", hostile_page)
    assert not re.search(r"url\((?!data:|#)", hostile_page)
    assert "sourceMappingURL" not in hostile_page


def test_hostile_strings_appear_only_escaped(hostile_page):
    for bad in HOSTILE_STRINGS:
        if bad != "</script>" and any(ch in bad for ch in "<>\u2028"):
            assert bad not in hostile_page, bad
    assert "<img src=x" not in hostile_page
    assert "\u2028" not in hostile_page
    # every </script> closes a <script> we opened: the data cannot end a script
    assert hostile_page.count("</script>") == len(re.findall(r"<script[\s>]", hostile_page))


def test_json_blocks_round_trip_the_hostile_text(hostile_page):
    blocks = _blocks(hostile_page)
    incidents = next(v for v in blocks.values() if isinstance(v, dict) and "records" in v)
    places = [record[5] for record in incidents["records"]]
    for bad in HOSTILE_STRINGS:
        assert f"Place {bad}" in places
    details = next(v for v in blocks.values() if isinstance(v, dict) and "articles" in v)
    excerpts = [details["excerpts"][x[0]] for d in details["incidents"] for group in d["src"] for x in group[1]]
    assert "Before </script> after" in excerpts
    overlay = next(v for v in blocks.values() if isinstance(v, dict) and v.get("features")
                   and "note" in v["features"][0]["properties"])
    assert overlay["features"][0]["properties"]["note"] == "</script><script>alert(1)</script>"


def test_layer_control_names_are_html_escaped(hostile_page):
    # html.escape'd for Leaflet's innerHTML, then JSON-escaped by folium's tojson
    assert "Overlay: Zones \\u0026lt;img src=x onerror=alert(1)\\u0026gt;" in hostile_page


def test_page_contains_every_part(hostile_page):
    for needle in ("geoMapKit.vectorLayer", "geoMapKit.overlayLayer", "geoMapKit.incidentLayer",
                   "L.control.scale", "L.control.layers", "preferCanvas", "maxZoom",
                   "Border zone (\\u00b120 km)", "Enclaves and exclaves", "Incidents"):
        assert needle in hostile_page, needle
    blocks = _blocks(hostile_page)
    incidents = next(v for v in blocks.values() if isinstance(v, dict) and "records" in v)
    assert incidents["attribution"][: len(DATA_ATTRIBUTION)] == list(DATA_ATTRIBUTION)
    assert any("OpenStreetMap contributors (ODbL)" in a for a in incidents["attribution"])


def test_safe_json_escapes_script_context():
    text = safe_json({"a": "</script>&<!--\u2028\u2029"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script>&<!--\u2028\u2029"}


def test_every_incident_is_encoded(layers):
    data = synthetic_incidents(57, undated_every=5)
    page = render_html(data, layers=layers)
    blocks = _blocks(page)
    incidents = next(v for v in blocks.values() if isinstance(v, dict) and "records" in v)
    details = next(v for v in blocks.values() if isinstance(v, dict) and "articles" in v)
    assert len(incidents["records"]) == 57 == len(details["incidents"])
    assert incidents["range"]["undated"] == sum(
        f["properties"]["event_date"] is None for f in data["features"])
    assert len(details["articles"]) <= 57


def test_unknown_event_type_and_missing_fields_are_drawn(layers):
    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [70.5, 40.1]},
         "properties": {"event_type": "something_new"}},
    ]}
    page = render_html(data, layers=layers)
    incidents = next(v for v in _blocks(page).values() if isinstance(v, dict) and "records" in v)
    (record,) = incidents["records"]
    assert incidents["types"][record[2]]["key"] == "other"
    assert record[3] is None  # undated


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "FeatureCollection"),
        ({"type": "FeatureCollection", "features": {}}, "'features' must be a list"),
        ({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": None}]},
         "feature 0: geometry must be a GeoJSON Point"),
        ({"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [200, 40]}}]},
         "not a WGS84"),
    ],
)
def test_invalid_incidents_are_refused_with_the_reason(layers, data, message):
    with pytest.raises(MapInputError, match=re.escape(message)):
        render_html(data, layers=layers, source="in.geojson")


def test_zone_is_buffered_in_metres_not_degrees():
    line = gpd.GeoDataFrame(geometry=[LineString([(70, 40), (71, 40)])], crs=4326)
    west, south, east, north = border_zone(line, width_km=20).bounds
    assert north - 40 == pytest.approx(20 / 111.0, rel=0.01)
    assert 40 - south == pytest.approx(20 / 111.0, rel=0.01)
    # 20 km east of 71°E at 40°N is 20 / (111.32 * cos 40°) ≈ 0.2345° of longitude
    assert east - 71 == pytest.approx(0.2345, rel=0.02)
    assert border_zone(line, width_km=0) is None


def test_render_map_writes_atomically(tmp_path, layers):
    out = tmp_path / "sub" / "map.html"
    assert render_map(synthetic_incidents(3), layers=layers, out_path=out) == out
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in out.parent.iterdir()] == ["map.html"]


def test_write_map_uses_given_layers_and_title(tmp_path, layers):
    out = write_map(synthetic_incidents(2), out_path=tmp_path / "m.html", layers=layers,
                    title="A <b>title</b>")
    page = out.read_text(encoding="utf-8")
    assert "<title>A &lt;b&gt;title&lt;/b&gt;</title>" in page
    assert "<b>title</b>" not in page


def test_tiles_are_opt_in(layers):
    page = render_html(synthetic_incidents(1), layers=layers, tiles="OpenStreetMap")
    assert "tile.openstreetmap.org" in page
    assert "tile.openstreetmap.org" not in render_html(synthetic_incidents(1), layers=layers)


def test_duplicate_overlay_names_are_refused(layers):
    frame = gpd.GeoDataFrame(geometry=[box(69, 40, 69.1, 40.1)], crs=4326)
    with pytest.raises(MapRenderError, match="two overlays are named 'a'"):
        render_html(synthetic_incidents(1), layers=layers,
                    overlays=[Overlay(name="a", gdf=frame), Overlay(name="a", gdf=frame)])


def test_missing_border_layer_is_named(layers):
    from dataclasses import replace

    broken = replace(layers, admin1=None)
    with pytest.raises(MapRenderError, match="'admin1' is missing"):
        render_html(synthetic_incidents(1), layers=broken)


def test_typical_page_is_small(layers):
    page = render_html(synthetic_incidents(100), layers=layers)
    assert len(page.encode()) < 400_000


def test_screenshot_without_chromium_says_how_to_install(tmp_path, layers):
    from geo.mapping import screenshot

    page = render_map(synthetic_incidents(1), layers=layers, out_path=tmp_path / "m.html")
    with pytest.raises(MapRenderError, match="apt-get install chromium"):
        screenshot(page, out_png=tmp_path / "m.png", chromium=str(tmp_path / "no-chromium"))
    assert not (tmp_path / "m.png").exists()


def test_packed_details_round_trip_with_paged_sources():
    data = synthetic_incidents(1_203, realistic=True, articles=50)
    first = data["features"][0]["properties"]
    source = first["sources"][0]
    first["sources"] = [dict(source, title=f"Report {i}", url=f"https://news.example.org/{i}") for i in range(1_234)]
    first["sources"].append(dict(first["sources"][0]))  # the same excerpt of the same article again
    from geo.mapping._incidents import DETAIL_BLOCK, INLINE_SOURCES, SOURCE_PAGE, encode_incidents

    details = encode_incidents(data)["details"]
    packed = pack_details(details)
    assert len(packed["incidents"]) == -(-1_203 // DETAIL_BLOCK)
    assert len(packed["pages"]) == -(-(1_234 - INLINE_SOURCES) // SOURCE_PAGE)
    assert unpack_details(packed) == details
    head = details["incidents"][0]
    assert len(head["src"]) == 1_234 and head["nm"] == 1_235  # the repeat is one mention, not one more excerpt
    assert all(len(group[1]) == 1 for group in head["src"])


def test_template_tags_in_data_and_names_are_never_run(layers):
    # folium re-reads rendered HTML and script as Jinja templates: "{{ 7*7 }}" must stay text
    data = synthetic_incidents(2)
    data["features"][0]["properties"]["place_name"] = "Village {{ 7*7 }} {% if x %} {# c"
    overlay = Overlay(name="Zones {{ 6*7 }}", gdf=gpd.GeoDataFrame({"n": ["{{ 5*5 }}"]},
                      geometry=[box(70.1, 40.1, 70.2, 40.2)], crs=4326))
    page = render_html(data, layers=layers, overlays=[overlay], title="Title {{ 4*4 }}")
    assert "Overlay: Zones \\u0026#123;\\u0026#123; 6*7 }}" in page and "Overlay: Zones 42" not in page
    assert "<title>Title {{ 4*4 }}</title>" in page
    blocks = _blocks(page)
    records = next(v for v in blocks.values() if isinstance(v, dict) and "records" in v)["records"]
    assert records[0][5] == "Village {{ 7*7 }} {% if x %} {# c"
    assert any(isinstance(v, dict) and v.get("features") and v["features"][0]["properties"].get("n") == "{{ 5*5 }}"
               for v in blocks.values())
