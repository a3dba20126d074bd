"""Analyst overlays: every format, CRS handling, repair and refusals."""

from __future__ import annotations

import builtins
import zipfile

import geopandas as gpd
import pyogrio
import pytest
import shapely
from shapely.geometry import Point, Polygon, box

from geo.exceptions import OverlayError
from geo.mapping import overlays as overlays_module
from geo.mapping.overlays import normalise_style, overlay_feature_collection, read_overlay


def _frame(crs="EPSG:4326"):
    return gpd.GeoDataFrame(
        {"name": ["pasture <b>", "canal"], "area_ha": [12.5, None]},
        geometry=[box(70.1, 40.1, 70.2, 40.2), box(70.3, 40.3, 70.4, 40.4)],
        crs=crs,
    )


def test_geojson(tmp_path):
    path = tmp_path / "zones.geojson"
    _frame().to_file(path, driver="GeoJSON")
    overlay = read_overlay(str(path))
    assert overlay.name == "zones"
    assert len(overlay.gdf) == 2 and overlay.gdf.crs.equals("EPSG:4326")
    props = [f["properties"] for f in overlay_feature_collection(overlay)["features"]]
    assert props[0]["name"] == "pasture <b>" and props[1]["area_ha"] is None


def test_geopackage_single_layer_and_name(tmp_path):
    path = tmp_path / "zones.gpkg"
    _frame().to_file(path, layer="pastures", driver="GPKG")
    overlay = read_overlay(str(path), name="Pastures")
    assert overlay.name == "Pastures" and len(overlay.gdf) == 2


def test_geopackage_several_layers_needs_a_choice(tmp_path):
    path = tmp_path / "zones.gpkg"
    _frame().to_file(path, layer="pastures", driver="GPKG")
    _frame().iloc[:1].to_file(path, layer="canals", driver="GPKG")
    with pytest.raises(OverlayError, match="has 2 layers .*pastures.*canals|has 2 layers .*canals.*pastures"):
        read_overlay(str(path))
    assert len(read_overlay(f"{path}:canals").gdf) == 1
    assert read_overlay(f"{path}:canals").name == "canals"
    assert len(read_overlay(str(path), layer="pastures").gdf) == 2
    with pytest.raises(OverlayError, match="no layer 'roads'; layers are"):
        read_overlay(str(path), layer="roads")


def test_shapefile_and_zipped_shapefile(tmp_path):
    shp = tmp_path / "zones.shp"
    _frame().to_file(shp)
    assert len(read_overlay(str(shp)).gdf) == 2
    archive = tmp_path / "zones.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for part in tmp_path.glob("zones.*"):
            if part.suffix != ".zip":
                zf.write(part, part.name)
    overlay = read_overlay(str(archive))
    assert len(overlay.gdf) == 2 and overlay.gdf.crs.equals("EPSG:4326")


def test_shapefile_without_prj_has_unknown_crs(tmp_path):
    shp = tmp_path / "bare.shp"
    _frame().to_file(shp)
    (tmp_path / "bare.prj").unlink()
    with pytest.raises(OverlayError, match="unknown CRS"):
        read_overlay(str(shp))


def test_kml(tmp_path):
    path = tmp_path / "points.kml"
    frame = gpd.GeoDataFrame({"Name": ["post <1>"]}, geometry=[Point(70.5, 40.2)], crs=4326)
    pyogrio.write_dataframe(frame, path, driver="KML")
    overlay = read_overlay(str(path))
    assert len(overlay.gdf) == 1
    assert overlay.gdf.geometry.iloc[0].x == pytest.approx(70.5)


def test_csv_with_coordinate_columns(tmp_path):
    path = tmp_path / "posts.csv"
    path.write_text("Name,Latitude,Lng\npost A,40.1,70.2\npost B,40.3,70.4\n", encoding="utf-8")
    overlay = read_overlay(str(path))
    assert list(overlay.gdf.columns) == ["Name", "geometry"]
    assert overlay.gdf.geometry.iloc[1].coords[0] == (70.4, 40.3)


def test_csv_without_coordinates_lists_columns(tmp_path):
    path = tmp_path / "posts.csv"
    path.write_text("name,east,north\na,1,2\n", encoding="utf-8")
    with pytest.raises(OverlayError, match="columns are: name, east, north"):
        read_overlay(str(path))


def test_csv_with_bad_coordinates(tmp_path):
    path = tmp_path / "posts.csv"
    path.write_text("name,lat,lon\na,40,70\nb,,70\n", encoding="utf-8")
    with pytest.raises(OverlayError, match="1 row.*lines 3"):
        read_overlay(str(path))


def test_geoparquet(tmp_path):
    path = tmp_path / "zones.parquet"
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        path.write_bytes(b"PAR1")
        with pytest.raises(OverlayError, match="pip install pyarrow"):
            read_overlay(str(path))
    else:
        _frame().to_parquet(path)
        assert len(read_overlay(str(path)).gdf) == 2


def test_geoparquet_without_pyarrow_says_how_to_install(tmp_path, monkeypatch):
    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "pyarrow":
            raise ImportError("no pyarrow")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    path = tmp_path / "zones.parquet"
    path.write_bytes(b"PAR1")
    with pytest.raises(OverlayError, match="pip install pyarrow"):
        read_overlay(str(path))


def test_projected_crs_is_reprojected(tmp_path):
    path = tmp_path / "utm.gpkg"
    _frame().to_crs("EPSG:32642").to_file(path, driver="GPKG")
    overlay = read_overlay(str(path))
    assert overlay.gdf.crs.equals("EPSG:4326")
    west, south, east, north = overlay.gdf.total_bounds
    assert (west, south, east, north) == pytest.approx((70.1, 40.1, 70.4, 40.4), abs=1e-6)


def test_invalid_geometry_is_repaired_with_a_warning(tmp_path):
    bowtie = Polygon([(70, 40), (70.2, 40.2), (70.2, 40), (70, 40.2), (70, 40)])
    path = tmp_path / "bad.geojson"
    gpd.GeoDataFrame({"n": [1, 2]}, geometry=[bowtie, box(70, 40, 70.1, 40.1)], crs=4326).to_file(
        path, driver="GeoJSON"
    )
    with pytest.warns(UserWarning, match="repaired 1 invalid geometry"):
        overlay = read_overlay(str(path))
    assert overlay.repaired == 1
    assert shapely.is_valid(overlay.gdf.geometry.values).all()


def test_no_geometry_is_an_error(tmp_path):
    path = tmp_path / "empty.geojson"
    path.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,'
                    '"properties":{"a":1}}]}', encoding="utf-8")
    with pytest.raises(OverlayError, match="has no geometries"):
        read_overlay(str(path))


def test_too_many_features_suggests_simplifying(tmp_path):
    path = tmp_path / "many.geojson"
    gpd.GeoDataFrame(geometry=[Point(70 + i / 100, 40) for i in range(11)], crs=4326).to_file(
        path, driver="GeoJSON")
    with pytest.raises(OverlayError, match="11 features \\(limit 10\\).*ogr2ogr -simplify"):
        read_overlay(str(path), max_features=10)  # counted from the layer's metadata, before reading


def test_a_zip_that_unpacks_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    import zipfile

    monkeypatch.setattr(overlays_module, "MAX_OVERLAY_BYTES", 1000)
    shp = tmp_path / "big.shp"
    gpd.GeoDataFrame(geometry=[Point(70 + i / 100, 40) for i in range(200)], crs=4326).to_file(shp)
    archive = tmp_path / "big.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        for part in tmp_path.glob("big.*"):
            if part.suffix != ".zip":
                handle.write(part, part.name)
    read_calls = []
    monkeypatch.setattr(overlays_module.pyogrio, "read_dataframe", lambda *a, **k: read_calls.append(a))
    with pytest.raises(OverlayError, match="once unpacked"):
        read_overlay(str(archive))
    assert read_calls == []


def test_non_finite_coordinates_and_missing_geometries(tmp_path):
    path = tmp_path / "odd.geojson"
    path.write_text('{"type": "FeatureCollection", "features": ['
                    '{"type": "Feature", "properties": {}, "geometry": null},'
                    '{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [70, 40]}}]}',
                    encoding="utf-8")
    with pytest.warns(UserWarning, match="1 feature without geometry was dropped"):
        read_overlay(str(path))
    frame = gpd.GeoDataFrame(geometry=[Point(70, 40), Point(float("nan"), 40)], crs=4326)
    nan_path = tmp_path / "nan.gpkg"
    frame.to_file(nan_path, driver="GPKG")
    with pytest.raises(OverlayError, match="not finite"):
        read_overlay(str(nan_path))


def test_a_zipped_shapefile_layer_is_chosen_as_the_message_says(tmp_path):
    import zipfile

    for name in ("roads", "rivers"):
        gpd.GeoDataFrame(geometry=[Point(70, 40)], crs=4326).to_file(tmp_path / f"{name}.shp")
    archive = tmp_path / "two.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for part in tmp_path.iterdir():
            if part.suffix != ".zip":
                handle.write(part, part.name)
    with pytest.raises(OverlayError, match="choose one with"):
        read_overlay(str(archive))
    overlay = read_overlay(f"{archive}:rivers")
    assert len(overlay.gdf) == 1


def test_too_many_vertices_suggests_simplifying(tmp_path, monkeypatch):
    monkeypatch.setattr(overlays_module, "MAX_VERTICES", 8)
    path = tmp_path / "zones.geojson"
    _frame().to_file(path, driver="GeoJSON")
    with pytest.raises(OverlayError, match="10 vertices.*simplify"):
        read_overlay(str(path))


@pytest.mark.parametrize(
    ("name", "message"),
    [("zones.txt", "unsupported overlay format '.txt'"), ("missing.geojson", "no such file")],
)
def test_unsupported_or_missing_file(tmp_path, name, message):
    path = tmp_path / name
    if name.endswith(".txt"):
        path.write_text("x", encoding="utf-8")
    with pytest.raises(OverlayError, match=message):
        read_overlay(str(path))


def test_unreadable_file_is_named(tmp_path):
    path = tmp_path / "broken.gpkg"
    path.write_bytes(b"not a geopackage")
    with pytest.raises(OverlayError, match="broken.gpkg: cannot open"):
        read_overlay(str(path))


def test_styles_are_validated():
    assert normalise_style({"fillOpacity": 0.5, "dash_array": "4 3"}) == {
        "fillOpacity": 0.5, "dashArray": "4 3"}
    with pytest.raises(OverlayError, match="unknown style key 'colour'"):
        normalise_style({"colour": "red"})
    with pytest.raises(OverlayError, match="is not a colour"):
        normalise_style({"color": "red;background:url(x)"})
    with pytest.raises(OverlayError, match="out of range"):
        normalise_style({"fill_opacity": 3})
