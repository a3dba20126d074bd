"""The named enclaves of the border area, derived from the country polygons.

Features present in the OpenStreetMap-derived time-zone polygons are taken
from them exactly; features missing from every packaged source are added as
small circles of the cited area around a cited coordinate and flagged
``approximate=True``, with the citation in ``source``.

``kind`` is ``"enclave"`` when the source polygons show the feature as a hole
in the polygon of ``surrounded_by`` (so it is verifiably surrounded by that one
country), and ``"exclave"`` for a detached part of ``belongs_to`` whose complete
surrounding the data cannot show (the cited, approximate features, and the
unnamed Tajik piece that a 40 m unassigned gap separates from Tajikistan).

``status`` is ``"current"``, ``"former"`` (no longer an enclave: Barak since
2024, Western Qal'acha under the 2025 treaty as reported) or ``"unknown"``;
``note`` says why.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import shapely
from pyproj import CRS, Transformer
from shapely.geometry.base import BaseGeometry

from geo.exceptions import BorderDataError

__all__ = ["CITED_ENCLAVES", "CitedEnclave", "build_enclaves", "ENCLAVE_COLUMNS"]

ENCLAVE_COLUMNS = [
    "name",
    "name_ru",
    "belongs_to",
    "surrounded_by",
    "kind",
    "approximate",
    "status",
    "note",
    "source",
    "geometry",
]

_OSM = "OpenStreetMap via timezonefinder-data 3.2026.3.post1"


@dataclass(frozen=True)
class CitedEnclave:
    """An enclave that no packaged source has, placed from a cited web page."""

    name: str
    name_ru: str
    belongs_to: str
    surrounded_by: str
    lat: float
    lon: float
    area_km2: float
    status: str
    note: str
    source: str


CITED_ENCLAVES: tuple[CitedEnclave, ...] = (
    CitedEnclave(
        name="Western Qal'acha (Kayragach)",
        name_ru="Кайрагач (Западная Калача)",
        belongs_to="TJ",
        surrounded_by="KG",
        lat=40.0 + 4 / 60 + 9 / 3600,  # 40°04′09″N
        lon=69.0 + 32 / 60 + 46 / 3600,  # 69°32′46″E
        area_km2=1.0,
        status="former",
        note=(
            "Tajik exclave near Kayragach station; the 2025 Kyrgyz-Tajik border treaty "
            "reportedly transfers it (35 ha) to Kyrgyzstan (24.kg, 2025)"
        ),
        source=(
            "location and area (circa 1 km2): German Wikipedia 'Lolasor' (also Qairaghotsch, "
            "West-Qalacha), infobox 40°04′09″N 69°32′46″E, "
            "https://de.wikipedia.org/wiki/Qairaghotsch; transfer: "
            "https://24.kg/english/321306_Kairagach_enclave_transferred_to_Kyrgyzstan/"
        ),
    ),
    CitedEnclave(
        name="Barak",
        name_ru="Барак",
        belongs_to="KG",
        surrounded_by="UZ",
        lat=40.0 + 40 / 60 + 3 / 3600,  # 40°40′03″N
        lon=72.0 + 46 / 60 + 5 / 3600,  # 72°46′05″E
        area_km2=2.08,
        status="former",
        note=(
            "former Kyrgyz exclave; absorbed by Uzbekistan in April 2024 under the "
            "Kyrgyz-Uzbek border agreement (RFE/RL 2024)"
        ),
        source=(
            "location: Russian Wikipedia 'Барак (Кыргызстан)', infobox "
            "40°40′03″N 72°46′05″E, https://ru.wikipedia.org/wiki/Барак_(Кыргызстан); "
            "area 208 ha and 2024 transfer: "
            "https://www.rferl.org/a/uzbekistan-kyrgyzstan-barak-exclave-historic-border-deal/"
            "32917744.html"
        ),
    ),
)


def _circle(lon: float, lat: float, area_km2: float) -> BaseGeometry:
    """A geodesically round polygon of ``area_km2`` around (lon, lat)."""
    radius_m = math.sqrt(area_km2 * 1e6 / math.pi)
    local = CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m")
    back = Transformer.from_crs(local, "EPSG:4326", always_xy=True)
    ring = shapely.Point(0.0, 0.0).buffer(radius_m, quad_segs=16)
    return shapely.transform(
        ring, lambda xy: np.column_stack(back.transform(xy[:, 0], xy[:, 1]))
    )


def _part_containing(
    geoms: list[BaseGeometry], lon: float, lat: float, what: str
) -> BaseGeometry:
    hits = [g for g in geoms if shapely.contains_xy(g, lon, lat)]
    if len(hits) != 1:
        raise BorderDataError(
            f"expected exactly one polygon of {what} at {lat:.4f}N {lon:.4f}E, found {len(hits)}"
        )
    return hits[0]


def build_enclaves(
    *, kg: BaseGeometry, tj: BaseGeometry, uz: BaseGeometry
) -> gpd.GeoDataFrame:
    """Build the ``enclaves`` layer from the country polygons and :data:`CITED_ENCLAVES`.

    Parameters
    ----------
    kg, tj, uz : shapely geometry
        Kyrgyzstan, Tajikistan and Uzbekistan (multi)polygons in EPSG:4326.

    Raises
    ------
    BorderDataError
        An expected feature is not where the source should have it.
    """
    tj_parts = list(shapely.get_parts(tj))
    kg_holes = [
        shapely.Polygon(ring) for poly in shapely.get_parts(kg) for ring in poly.interiors
    ]
    uz_parts = list(shapely.get_parts(uz))
    rows: list[dict[str, object]] = []

    def add(name: str, name_ru: str, belongs: str, inside: str, geom: BaseGeometry, *,
            note: str, kind: str = "enclave", status: str = "current") -> None:
        rows.append({
            "name": name, "name_ru": name_ru, "belongs_to": belongs, "surrounded_by": inside,
            "kind": kind, "approximate": False, "status": status, "note": note,
            "source": _OSM, "geometry": geom,
        })

    # Reference points inside each feature (GeoNames village coordinates, or an
    # interior point of the source polygon for Sarvak and the unnamed piece).
    add("Vorukh", "Ворух", "TJ", "KG", _part_containing(tj_parts, 70.5801, 39.8513, "TJ"),
        note="Tajik exclave, a hole in the Kyrgyz polygon")
    add("Sokh", "Сох", "UZ", "KG", _part_containing(uz_parts, 71.1347, 39.9772, "UZ"),
        note="Uzbek exclave (Asia/Tashkent), a hole in the Kyrgyz polygon")
    add("Shakhimardan", "Шахимардан", "UZ", "KG",
        _part_containing(uz_parts, 71.8051, 39.9832, "UZ"),
        note="Uzbek exclave (Asia/Tashkent), a hole in the Kyrgyz polygon")
    add("Sarvak", "Сарвак", "TJ", "UZ", _part_containing(tj_parts, 70.6182, 40.9605, "TJ"),
        note="Tajik exclave, a hole in the Uzbek polygon")
    add("Tajik piece near Ak-Tatyr (unnamed in source)", "", "TJ", "KG",
        _part_containing(tj_parts, 70.4949, 39.9300, "TJ"), kind="exclave", status="unknown",
        note="5.6 km2 Tajik polygon bounded by Kyrgyzstan except a ~40 m strip that no zone "
        "covers, towards mainland Tajikistan; its name and status are not in the source")
    named = [
        r["geometry"] for r in rows if r["kind"] == "enclave" and r["surrounded_by"] == "KG"
    ]
    for hole in kg_holes:  # every hole in Kyrgyzstan must be one of the features above
        point = hole.representative_point()
        if not any(shapely.contains(g, point) for g in named):
            raise BorderDataError(f"unexpected hole in the Kyrgyz polygon at {point}")
    if len(kg_holes) != len(named):
        raise BorderDataError(
            f"expected {len(named)} holes in the Kyrgyz polygon, found {len(kg_holes)}"
        )
    for cited in CITED_ENCLAVES:
        rows.append({
            "name": cited.name, "name_ru": cited.name_ru, "belongs_to": cited.belongs_to,
            "surrounded_by": cited.surrounded_by, "kind": "exclave", "approximate": True,
            "status": cited.status, "note": cited.note, "source": cited.source,
            "geometry": _circle(cited.lon, cited.lat, cited.area_km2),
        })
    return gpd.GeoDataFrame(rows, columns=ENCLAVE_COLUMNS, geometry="geometry", crs="EPSG:4326")
