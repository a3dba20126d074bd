"""Tests of geo.border.layer (loading) and geo.data_build (deriving the layers)."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from pyproj import Geod

from geo.border.layer import BorderLayers, load_border_layers
from geo.data_build._admin1 import fit_admin1
from geo.data_build.border import _border_line, _write
from geo.exceptions import BorderDataError, DataError
from geo.paths import border_layer_path

GEOD = Geod(ellps="WGS84")
CRS = "EPSG:4326"


def _gdf(rows: list[dict]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)


def _tiny_layers() -> dict[str, gpd.GeoDataFrame]:
    kg, tj = shapely.box(70, 39, 71, 40), shapely.box(71, 39, 72, 40)
    return {
        "countries": _gdf([
            {"country_code": "KG", "name": "Kyrgyzstan", "name_ru": "Киргизия", "geometry": kg},
            {"country_code": "TJ", "name": "Tajikistan", "name_ru": "Таджикистан", "geometry": tj},
        ]),
        "border_line": _border_line(kg, tj),
        "enclaves": _gdf([{
            "name": "E", "name_ru": "", "belongs_to": "TJ", "surrounded_by": "KG",
            "kind": "enclave", "approximate": True, "source": "fixture",
            "geometry": shapely.box(70.4, 39.4, 70.6, 39.6),
        }]),
        "admin1": _gdf([
            {"name": "A", "name_ru": "", "iso_3166_2": "KG-A", "country_code": "KG", "geometry": kg},
            {"name": "B", "name_ru": "", "iso_3166_2": "TJ-B", "country_code": "TJ", "geometry": tj},
        ]),
        "neighbours": _gdf([
            {"country_code": "UZ", "name": "Uzbekistan", "geometry": shapely.box(68, 39, 70, 40)},
        ]),
    }


# --- loading ------------------------------------------------------------------


def test_round_trip_and_cache(tmp_path: Path) -> None:
    path = tmp_path / "border.gpkg"
    _write(_tiny_layers(), out_path=path)
    layers = load_border_layers(path)
    assert isinstance(layers, BorderLayers)
    assert sorted(layers.countries["country_code"]) == ["KG", "TJ"]
    assert bool(layers.enclaves["approximate"].iloc[0]) is True
    assert load_border_layers(path) is layers  # cached per path
    assert load_border_layers(tmp_path / "." / "border.gpkg") is layers  # resolved path


def test_missing_file_names_path_and_fix(tmp_path: Path) -> None:
    path = tmp_path / "nope.gpkg"
    with pytest.raises(BorderDataError, match="geo data build --border") as info:
        load_border_layers(path)
    assert str(path) in str(info.value)
    assert isinstance(info.value, DataError)


def test_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "border.gpkg"
    path.write_bytes(b"this is not a geopackage")
    with pytest.raises(BorderDataError, match=r"cannot read layer .*geo data build --border"):
        load_border_layers(path)


def test_missing_column(tmp_path: Path) -> None:
    layers = _tiny_layers()
    layers["admin1"] = layers["admin1"].drop(columns="iso_3166_2")
    path = tmp_path / "border.gpkg"
    _write(layers, out_path=path)
    with pytest.raises(BorderDataError, match=r"'admin1' lacks columns \['iso_3166_2'\]"):
        load_border_layers(path)


# --- building (pure helpers, tiny fixtures) -----------------------------------


def test_border_line_is_the_shared_edge() -> None:
    line = _border_line(shapely.box(70, 39, 71, 40), shapely.box(71, 39.5, 72, 41))
    assert len(line) == 1
    assert line.geometry.iloc[0].equals(shapely.LineString([(71, 39.5), (71, 40)]))
    expected = GEOD.inv(71, 39.5, 71, 40)[2] / 1000
    assert line["length_km"].iloc[0] == pytest.approx(expected, abs=1e-3)


def test_border_line_without_shared_edge() -> None:
    with pytest.raises(BorderDataError, match="share no edge"):
        _border_line(shapely.box(70, 39, 71, 40), shapely.box(72, 39, 73, 40))


def test_fit_admin1_fills_the_country_without_overlap() -> None:
    country = shapely.box(0, 0, 10, 10).difference(shapely.box(4, 4, 5, 5))
    units = _gdf([  # too small, overlapping, and spilling outside the country
        {"name": "W", "country_code": "KG", "geometry": shapely.box(-1, 0, 5.2, 9.5)},
        {"name": "E", "country_code": "KG", "geometry": shapely.box(5, 0.5, 11, 10)},
    ])
    fitted = fit_admin1(units, countries={"KG": country})
    union = shapely.union_all(fitted.geometry.values)
    assert shapely.symmetric_difference(union, country).area == pytest.approx(0, abs=1e-9)
    assert shapely.intersection(*fitted.geometry.values).area == pytest.approx(0, abs=1e-9)
    assert fitted.geometry.is_valid.all()


def test_fit_admin1_needs_a_unit_per_country() -> None:
    units = _gdf([{"name": "W", "country_code": "KG", "geometry": shapely.box(0, 0, 1, 1)}])
    with pytest.raises(BorderDataError, match="'TJ'"):
        fit_admin1(units, countries={"TJ": shapely.box(0, 0, 1, 1)})


# --- the real committed layer -------------------------------------------------


@pytest.fixture(scope="module")
def real() -> BorderLayers:
    path = border_layer_path()
    if not path.is_file():
        pytest.skip(f"{path} is not built; run `geo data build --border`")
    return load_border_layers(path)


def _country(layers: BorderLayers, code: str):
    return layers.countries.set_index("country_code").geometry[code]


def _covers(layers: BorderLayers, code: str, lon: float, lat: float) -> bool:
    return bool(shapely.contains_xy(_country(layers, code), lon, lat))


@pytest.mark.integration
def test_the_real_layers_load_both_countries() -> None:
    """The load time is measured by ``benchmarks/bench_border_join.py``, not asserted here."""
    load_border_layers.cache_clear()
    layers = load_border_layers()
    assert len(layers.countries) == 2


@pytest.mark.integration
def test_real_shared_border_length(real: BorderLayers) -> None:
    total = sum(GEOD.geometry_length(g) for g in real.border_line.geometry) / 1000
    assert 950 <= total <= 1050
    assert real.border_line["length_km"].sum() == pytest.approx(total, abs=0.01)
    assert list(real.border_line["piece"]) == list(range(1, len(real.border_line) + 1))


@pytest.mark.integration
def test_real_vorukh_is_tajik(real: BorderLayers) -> None:
    assert _covers(real, "TJ", 70.5801, 39.8513)
    assert not _covers(real, "KG", 70.5801, 39.8513)


@pytest.mark.integration
@pytest.mark.parametrize(("name", "lon", "lat"), [("Sokh", 71.1347, 39.9772), ("Shakhimardan", 71.8051, 39.9832)])
def test_real_uzbek_enclaves_in_neither(real: BorderLayers, name, lon, lat) -> None:
    assert not _covers(real, "KG", lon, lat), name
    assert not _covers(real, "TJ", lon, lat), name
    enclave = real.enclaves.set_index("name").loc[name]
    assert enclave["belongs_to"] == "UZ" and enclave["surrounded_by"] == "KG"


@pytest.mark.integration
def test_real_polygons_valid_and_disjoint(real: BorderLayers) -> None:
    for name in ("countries", "border_line", "enclaves", "admin1", "neighbours"):
        gdf = getattr(real, name)
        assert gdf.crs == CRS, name
        assert gdf.geometry.is_valid.all(), name
    overlap = shapely.intersection(_country(real, "KG"), _country(real, "TJ")).area
    assert overlap == pytest.approx(0, abs=1e-12)


@pytest.mark.integration
def test_real_admin1_names(real: BorderLayers) -> None:
    names = set(real.admin1["name"])
    assert {"Sughd Region", "Batken Region", "Districts of Republican Subordination"} <= names
    assert not any("Leninabad" in n or "Tadzhikistan" in n for n in names)
    assert set(real.admin1["country_code"]) == {"KG", "TJ"}
    assert real.admin1["iso_3166_2"].str.match(r"^(KG|TJ)-[A-Z]{1,2}$").all()


@pytest.mark.integration
@pytest.mark.parametrize("code", ["KG", "TJ"])
def test_real_admin1_union_is_the_country(real: BorderLayers, code: str) -> None:
    units = np.asarray(real.admin1[real.admin1["country_code"] == code].geometry.values, dtype=object)
    union = shapely.union_all(units)
    country = _country(real, code)
    assert shapely.symmetric_difference(union, country).area < 1e-6 * country.area
    areas = shapely.area(shapely.intersection(units[:, None], units[None, :]))
    np.fill_diagonal(areas, 0)
    assert areas.max() < 1e-9


@pytest.mark.integration
def test_real_enclaves(real: BorderLayers) -> None:
    enclaves = real.enclaves.set_index("name")
    assert {"Vorukh", "Sokh", "Shakhimardan", "Sarvak"} <= set(enclaves.index)
    approx = enclaves[enclaves["approximate"].astype(bool)]
    assert "Western Qal'acha (Kayragach)" in approx.index
    assert approx["source"].str.contains("https://").all()
    exact = enclaves[~enclaves["approximate"].astype(bool)]
    assert exact["kind"].isin(["enclave", "exclave"]).all()
    assert set(real.neighbours["country_code"]) == {"UZ", "KZ", "CN", "AF"}
