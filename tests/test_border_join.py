"""Tests of geo.border.join: a tiny in-code two-country fixture, plus the real layer."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Geod

from geo.border import join as join_mod
from geo.border.join import JOIN_COLUMNS, join_border, join_border_gdf
from geo.border.layer import BorderLayers
from geo.exceptions import ConfigurationError

GEOD = Geod(ellps="WGS84")
CRS = "EPSG:4326"


def _gdf(rows: list[dict]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)


@pytest.fixture(scope="module")
def tiny() -> BorderLayers:
    """Two countries sharing the meridian 71E, with a TJ enclave inside KG."""
    hole = shapely.box(70.4, 39.9, 70.6, 40.1)
    kg = shapely.box(70.0, 39.5, 71.0, 40.5).difference(hole)
    tj = shapely.union(shapely.box(71.0, 39.5, 72.0, 40.5), hole)
    west = shapely.box(70.0, 39.5, 70.5, 40.5).intersection(kg)
    east = shapely.box(70.5, 39.5, 71.0, 40.5).intersection(kg)
    return BorderLayers(
        countries=_gdf([
            {"country_code": "KG", "name": "Kyrgyzstan", "name_ru": "Киргизия", "geometry": kg},
            {"country_code": "TJ", "name": "Tajikistan", "name_ru": "Таджикистан", "geometry": tj},
        ]),
        border_line=_gdf([
            {"piece": 1, "length_km": 111.0,
             "geometry": shapely.LineString([(71.0, 39.5), (71.0, 40.0), (71.0, 40.5)])},
            {"piece": 2, "length_km": 80.0, "geometry": hole.exterior},
        ]),
        enclaves=_gdf([{
            "name": "Testukh", "name_ru": "", "belongs_to": "TJ", "surrounded_by": "KG",
            "kind": "enclave", "approximate": False, "source": "fixture", "geometry": hole,
        }]),
        admin1=_gdf([
            {"name": "West KG", "name_ru": "", "iso_3166_2": "KG-W", "country_code": "KG",
             "geometry": west},
            {"name": "East KG", "name_ru": "", "iso_3166_2": "KG-E", "country_code": "KG",
             "geometry": east},
            {"name": "TJ unit", "name_ru": "", "iso_3166_2": "TJ-U", "country_code": "TJ",
             "geometry": tj},
        ]),
        neighbours=_gdf([
            {"country_code": "UZ", "name": "Uzbekistan", "geometry": shapely.box(68.0, 39.5, 70.0, 40.5)},
        ]),
    )


def _brute_force_km(layers: BorderLayers, lon: float, lat: float) -> float:
    """Geodesic minimum over the line densified to ~10 m."""
    dense = shapely.get_coordinates(shapely.segmentize(layers.border_line.geometry.values, 0.0001))
    n = len(dense)
    _, _, d = GEOD.inv(np.full(n, lon), np.full(n, lat), dense[:, 0], dense[:, 1])
    return float(d.min()) / 1000.0


def test_columns_and_order(tiny: BorderLayers) -> None:
    df = join_border([70.2, 71.5], [40.3, 40.0], layers=tiny)
    assert tuple(df.columns) == JOIN_COLUMNS
    assert len(df) == 2
    assert df["in_border_zone"].dtype == bool


@pytest.mark.parametrize(
    ("lon", "lat", "country", "admin1", "enclave"),
    [
        (70.2, 40.3, "KG", "West KG", None),
        (70.8, 39.7, "KG", "East KG", None),
        (71.5, 40.0, "TJ", "TJ unit", None),
        (70.5, 40.0, "TJ", "TJ unit", "Testukh"),  # the enclave wins over the surrounding KG
        (69.0, 40.0, "UZ", None, None),  # neighbour: country only
        (80.0, 40.0, None, None, None),  # outside every polygon
    ],
)
def test_country_admin1_enclave(tiny, lon, lat, country, admin1, enclave) -> None:
    row = join_border([lon], [lat], layers=tiny).iloc[0]
    assert row["country_code"] == country
    assert row["admin1"] == admin1
    assert row["enclave"] == enclave


def test_missing_values_are_none(tiny: BorderLayers) -> None:
    df = join_border([80.0], [40.0], layers=tiny)
    assert df["country_code"].iloc[0] is None
    assert df["admin1"].iloc[0] is None


@pytest.mark.parametrize(
    ("lon", "lat"),
    [(70.8, 39.8), (71.3, 40.45), (70.5, 40.15), (67.5, 40.0), (74.5, 37.5), (70.95, 40.0)],
)
def test_distance_matches_geodesic(tiny: BorderLayers, lon: float, lat: float) -> None:
    row = join_border([lon], [lat], layers=tiny).iloc[0]
    expected = _brute_force_km(tiny, lon, lat)
    assert row["distance_to_border_km"] == pytest.approx(expected, rel=0.005, abs=0.02)
    # the reported distance is the geodesic distance to the reported point
    _, _, d = GEOD.inv(lon, lat, row["border_lon"], row["border_lat"])
    assert row["distance_to_border_km"] == pytest.approx(d / 1000.0, rel=1e-4, abs=1e-3)


def test_planar_distance_error_is_tiny(tiny: BorderLayers) -> None:
    """Points up to ~1,100 km from the centre: scale-corrected planar vs Geod."""
    rng = np.random.default_rng(11)
    lon, lat = rng.uniform(60.0, 83.0, 400), rng.uniform(33.0, 47.0, 400)
    df = join_border(lon, lat, layers=tiny)
    _, _, d = GEOD.inv(lon, lat, df["border_lon"].to_numpy(), df["border_lat"].to_numpy())
    rel = np.abs(df["distance_to_border_km"].to_numpy() - d / 1000.0) / (d / 1000.0)
    assert rel.max() < 5e-5


def test_nearest_point_lies_on_the_line(tiny: BorderLayers) -> None:
    row = join_border([70.8], [39.8], layers=tiny).iloc[0]
    assert row["border_lon"] == pytest.approx(71.0, abs=1e-9)
    assert row["border_lat"] == pytest.approx(39.8, abs=0.01)


@pytest.mark.parametrize(("lon", "lat"), [(37.6173, 55.7558), (-74.006, 40.7128)])
def test_far_points_fall_within_half_a_percent(tiny, lon, lat) -> None:
    row = join_border([lon], [lat], layers=tiny).iloc[0]
    assert row["distance_to_border_km"] == pytest.approx(_brute_force_km(tiny, lon, lat), rel=0.005)


def test_in_border_zone(tiny: BorderLayers) -> None:
    lon, lat = [70.9, 70.2], [40.3, 40.3]  # ~8.5 km and ~68 km from the meridian 71E
    wide = join_border(lon, lat, layers=tiny, zone_width_km=20.0)
    assert wide["in_border_zone"].tolist() == [True, False]
    narrow = join_border(lon, lat, layers=tiny, zone_width_km=5.0)
    assert narrow["in_border_zone"].tolist() == [False, False]
    assert (wide["in_border_zone"] == (wide["distance_to_border_km"] <= 20.0)).all()


def test_threaded_path_matches_serial(tiny: BorderLayers, monkeypatch) -> None:
    rng = np.random.default_rng(7)
    lon, lat = rng.uniform(67, 74, 5000), rng.uniform(38, 42, 5000)
    serial = join_border(lon, lat, layers=tiny)
    monkeypatch.setattr(join_mod, "_PARALLEL_MIN", 10)
    monkeypatch.setattr(join_mod.os, "cpu_count", lambda: 3)
    threaded = join_border(lon, lat, layers=tiny)
    pd.testing.assert_frame_equal(serial, threaded)


def test_empty_input(tiny: BorderLayers) -> None:
    df = join_border([], [], layers=tiny)
    assert len(df) == 0 and tuple(df.columns) == JOIN_COLUMNS


@pytest.mark.parametrize(
    ("lon", "lat", "match"),
    [
        ([70.0, 70.1, 70.2], [40.0, 40.1, np.nan], r"lat\[2\] = nan"),
        ([70.0, np.inf], [40.0, 40.1], r"lon\[1\] = inf"),
        ([70.0, 70.1], [40.0, 95.0], r"lat\[1\] = 95\.0.*\[-90, 90\]"),
        ([190.0], [40.0], r"lon\[0\] = 190\.0"),
        ([70.0, 70.1], [40.0], r"equal length"),
        (["a"], [40.0], r"numeric"),
    ],
)
def test_bad_input_names_the_index(tiny, lon, lat, match) -> None:
    with pytest.raises(ConfigurationError, match=match):
        join_border(lon, lat, layers=tiny)


@pytest.mark.parametrize("width", [-1.0, float("nan")])
def test_bad_zone_width(tiny: BorderLayers, width: float) -> None:
    with pytest.raises(ConfigurationError, match="zone_width_km"):
        join_border([70.0], [40.0], layers=tiny, zone_width_km=width)


def test_configuration_error_is_a_value_error(tiny: BorderLayers) -> None:
    with pytest.raises(ValueError):
        join_border([70.0], [99.0], layers=tiny)


def test_join_border_gdf(tiny: BorderLayers) -> None:
    gdf = gpd.GeoDataFrame(
        {"title": ["a", "b"]},
        geometry=gpd.points_from_xy([70.2, 71.5], [40.3, 40.0]),
        crs=CRS,
        index=[10, 20],
    )
    out = join_border_gdf(gdf, layers=tiny)
    assert list(out.index) == [10, 20]
    assert out["country_code"].tolist() == ["KG", "TJ"]
    assert out["title"].tolist() == ["a", "b"]
    assert "country_code" not in gdf.columns  # input untouched
    projected = join_border_gdf(gdf.to_crs("EPSG:3857"), layers=tiny)
    assert projected.crs == "EPSG:3857"
    np.testing.assert_allclose(
        projected["distance_to_border_km"], out["distance_to_border_km"], rtol=1e-9
    )


def test_join_border_gdf_errors(tiny: BorderLayers) -> None:
    pts = gpd.points_from_xy([70.2, 71.5], [40.3, 40.0])
    with pytest.raises(ConfigurationError, match="no CRS"):
        join_border_gdf(gpd.GeoDataFrame(geometry=pts), layers=tiny)
    mixed = gpd.GeoDataFrame(
        geometry=[pts[0], shapely.box(70, 40, 70.1, 40.1)], crs=CRS, index=["p", "q"]
    )
    with pytest.raises(ConfigurationError, match="index 'q'"):
        join_border_gdf(mixed, layers=tiny)
    clash = gpd.GeoDataFrame({"enclave": [1, 2]}, geometry=pts, crs=CRS)
    with pytest.raises(ConfigurationError, match="enclave"):
        join_border_gdf(clash, layers=tiny)


# --- the real committed layer -------------------------------------------------


@pytest.mark.integration
@pytest.mark.parametrize(
    ("name", "lon", "lat", "country", "enclave"),
    [
        ("Vorukh", 70.5801, 39.8513, "TJ", "Vorukh"),
        ("Sokh", 71.1347, 39.9772, "UZ", "Sokh"),
        ("Shakhimardan", 71.8051, 39.9832, "UZ", "Shakhimardan"),
        ("Batken", 70.8194, 40.0628, "KG", None),
        ("Khujand", 69.6300, 40.2826, "TJ", None),
    ],
)
def test_real_point_checks(name, lon, lat, country, enclave) -> None:
    row = join_border([lon], [lat]).iloc[0]
    assert row["country_code"] == country, name
    assert row["enclave"] == enclave, name


@pytest.mark.integration
def test_real_admin1_and_zone() -> None:
    df = join_border([70.5801, 70.8194, 74.59], [39.8513, 40.0628, 42.87])
    assert df["admin1"].tolist() == ["Sughd Region", "Batken Region", "Bishkek"]
    assert df["in_border_zone"].tolist()[:2] == [True, True]
    assert not df["in_border_zone"].iloc[2]


@pytest.mark.integration
def test_real_distances_against_geod() -> None:
    from geo.border.layer import load_border_layers

    layers = load_border_layers()
    rng = np.random.default_rng(3)
    # points within ~300 km of the line, plus Moscow and New York
    lon = np.concatenate([rng.uniform(68.0, 75.0, 25), [37.6173, -74.006]])
    lat = np.concatenate([rng.uniform(38.0, 42.0, 25), [55.7558, 40.7128]])
    df = join_border(lon, lat, layers=layers)
    for i in range(len(lon)):
        expected = _brute_force_km(layers, lon[i], lat[i])
        assert df["distance_to_border_km"].iloc[i] == pytest.approx(
            expected, rel=0.005, abs=0.02
        ), (lon[i], lat[i])


@pytest.mark.integration
def test_every_curated_point_lies_inside_its_recorded_country():
    """The whole curated table: no village sits across the line from the country it belongs to."""
    import csv
    from pathlib import Path

    from geo.border.join import join_border

    known_layer_gaps = {"tj-western-qalacha"}  # the exclave is missing from every border source
    path = Path(__file__).resolve().parent.parent / "data" / "border_places.csv"
    rows = [r for r in csv.DictReader(path.open(encoding="utf-8")) if r["id"] not in known_layer_gaps]
    frame = join_border([float(r["lon"]) for r in rows], [float(r["lat"]) for r in rows])
    wrong = [(r["id"], r["country_code"], got) for r, got in zip(rows, frame["country_code"])
             if got != r["country_code"]]
    assert wrong == []


@pytest.mark.integration
def test_a_curated_place_keeps_its_recorded_country_in_the_incident_join(real_gazetteer):
    from geo.incidents.build import join_places

    qalacha = [p for p in real_gazetteer.places_by_name("Western Qal'acha") if p.source.startswith("curated:")]
    assert qalacha
    joined = join_places(qalacha, layers=None, zone_width_km=20.0)
    assert joined[qalacha[0].id]["country_code"] == "TJ"
